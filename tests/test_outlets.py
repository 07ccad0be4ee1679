"""An outlet's home country and beat, learned from the places its earlier articles name."""

from __future__ import annotations

import json

from click.testing import CliRunner

from newsdesk import Desk
from newsdesk.cli import main
from newsdesk.model import ArticleClaim
from newsdesk.places import place_of, resolve_place
from newsdesk.places.outlets import beat, home_country, outlets_of, sure_countries, sure_places
from newsdesk.store import Store

from conftest import write_jsonl

LEBANESE_STORIES = [
    "Protesters blocked the main road in Sidon on Monday against the fall of the pound.",
    "Hundreds of people marched through Beirut on Tuesday to demand the release of detained activists.",
    "Farmers in Akkar protested on Wednesday against the price of fuel and seed.",
    "Rioters set tyres alight near the port of Beirut on Thursday.",
    "Teachers gathered outside the education office in Zahle on Friday to demand their salaries.",
]
TRIPOLI = "Retired soldiers gathered in the main square of Tripoli on Saturday against a cut to their pensions."


def _records(texts: list[str], source: str, first: int) -> list[dict]:
    return [{"id": f"cedar-{first + i}", "text": text, "source": source, "language": "en",
             "published": f"2020-05-{first + i:02d}"} for i, text in enumerate(texts)]


def _place_of(desk: Desk, article_id: str, name: str) -> dict:
    return next(c.value for c in desk.claims() if c.article_id == article_id and c.kind == "place"
                and c.quote == name)


def test_an_outlet_that_reports_lebanese_places_places_its_tripoli_in_lebanon(tmp_path):
    with Desk(tmp_path / "store.db", workers=1) as desk:
        desk.ingest([str(write_jsonl(tmp_path / "first.jsonl", _records([TRIPOLI], "Cedar Daily", 1)))])
        desk.extract_facts()
        # nothing learned yet: the bigger Tripoli, Libya's capital
        assert _place_of(desk, "cedar-1", "Tripoli")["country"] == "LY"
        desk.ingest([str(write_jsonl(tmp_path / "more.jsonl", _records(LEBANESE_STORIES, "Cedar Daily", 2)))])
        desk.extract_facts()
        later = _records([TRIPOLI], "Cedar Daily", 7) + _records([TRIPOLI], "Other Wire", 8)
        desk.ingest([str(write_jsonl(tmp_path / "later.jsonl", later))])
        desk.extract_facts()
        assert _place_of(desk, "cedar-7", "Tripoli")["country"] == "LB"
        # another outlet learned nothing from Cedar Daily's stories
        assert _place_of(desk, "cedar-8", "Tripoli")["country"] == "LY"


def test_the_store_keeps_each_outlets_tally_across_openings(tmp_path):
    with Store(tmp_path / "store.db") as store, store.transaction():
        store.add_outlet_countries(["an-nahar", "murr tv"], {"LB"})
        store.add_outlet_countries(["an-nahar"], set())  # no country named unambiguously: not counted
        store.add_outlet_countries(["an-nahar"], {"LB", "SY"})
    with Store(tmp_path / "store.db") as store:
        assert store.outlet_tallies(["an-nahar", "afp"]) == {"an-nahar": {"": 2, "LB": 2, "SY": 1}}


def test_a_home_needs_enough_articles_and_a_clear_majority():
    assert home_country(["x"], {"x": {"": 4, "LB": 4}}) is None  # too few articles yet
    assert home_country(["x"], {"x": {"": 10, "LB": 7, "SY": 3}}) is None  # no clear majority
    assert home_country(["x"], {"x": {"": 10, "LB": 8, "SY": 3}}) == "LB"
    # outlets of one source that disagree give none
    assert home_country(["x", "y"], {"x": {"": 5, "LB": 5}, "y": {"": 5, "SY": 5}}) is None
    assert outlets_of(" An-Nahar ;; Murr TV ") == ["an-nahar", "murr tv"]


def test_only_unambiguous_places_count():
    def claim(quote: str, country: str | None, geonameid: int | None) -> ArticleClaim:
        value = {"name": quote, "country": country, "geonameid": geonameid, "toponym_span": [10, 10 + len(quote)]}
        return ArticleClaim(article_id="a", kind="place", subject="place mentioned", value=value, start=10,
                            end=10 + len(quote), quote=quote)

    lebanon = claim("Lebanon", "LB", 272103)  # a country: sure, whatever towns abroad are called so
    tripoli_ly = claim("Tripoli", "LY", 2210247)  # Lebanon's Tripoli is a fifth of its size: not sure
    unknown = claim("Hamra Street", "LB", None)  # placed by its container, not by the gazetteer
    assert sure_countries([lebanon, tripoli_ly, unknown]) == {"LB"}
    assert sure_countries([tripoli_ly, unknown]) == set()


def test_only_unambiguous_regions_and_towns_make_a_beat():
    def claim(quote: str, geonameid: int | None) -> ArticleClaim:
        value = {"name": quote, "geonameid": geonameid, "toponym_span": [0, len(quote)]}
        return ArticleClaim(article_id="a", kind="place", subject="place mentioned", value=value, start=0,
                            end=len(quote), quote=quote)

    horlivka, lebanon = resolve_place("Horlivka"), resolve_place("Lebanon")
    tripoli = resolve_place("Tripoli")  # Libya's, with a Lebanese namesake a fifth its size: not sure
    assert sure_places([claim("Horlivka", horlivka.geonameid), claim("Lebanon", lebanon.geonameid),
                        claim("Tripoli", tripoli.geonameid), claim("Hamra Street", None)]) == {horlivka.geonameid}


def test_a_beat_needs_enough_articles_crowded_in_one_area():
    front = [resolve_place(name).geonameid for name in ("Donetsk", "Horlivka", "Avdiivka", "Toretsk")]
    centre = beat({front[0]: 3, front[1]: 3, front[2]: 2, front[3]: 1})
    assert centre is not None and place_of(centre).admin1 == "Donetsk"
    assert beat({front[0]: 2, front[1]: 2}) is None  # too few articles yet
    abroad = [resolve_place(name).geonameid for name in ("Lviv", "Odesa", "Kharkiv")]
    assert beat({front[0]: 3, front[1]: 2, abroad[0]: 2, abroad[1]: 2, abroad[2]: 1}) is None  # scattered


FRONT_LINE_REPORTS = [
    "Monitors recorded 40 explosions near Avdiivka on Monday.",
    "The patrol heard small-arms fire south of Horlivka on Tuesday.",
    "Shelling damaged a school in Yasynuvata on Wednesday.",
    "A drone was seen over Toretsk on Thursday.",
    "Two houses burned in Marinka after a night of shelling.",
]
LOZOVE = "Monitors recorded 12 explosions near Lozove."


def test_a_village_that_a_front_line_monitor_names_lies_on_its_beat(tmp_path):
    with Desk(tmp_path / "store.db", workers=1) as desk:
        desk.ingest([str(write_jsonl(tmp_path / "first.jsonl", _records([LOZOVE], "Line Watch", 1)))])
        desk.extract_facts()
        first = _place_of(desk, "cedar-1", "Lozove")  # nothing learned yet: the gazetteer's Lozove, in Crimea
        assert (first["located_by"], first["admin1"]) == ("gazetteer", "Crimea")
        desk.ingest([str(write_jsonl(tmp_path / "more.jsonl", _records(FRONT_LINE_REPORTS, "Line Watch", 2)))])
        desk.extract_facts()
        later = _records([LOZOVE], "Line Watch", 7) + _records([LOZOVE], "Other Wire", 8)
        later += _records([LOZOVE + " Kharkiv is calm."], "Line Watch", 9)
        desk.ingest([str(write_jsonl(tmp_path / "later.jsonl", later))])
        desk.extract_facts()
        on_beat = _place_of(desk, "cedar-7", "Lozove")
        assert on_beat["located_by"] == "outlet" and on_beat["geonameid"] is None and on_beat["country"] == "UA"
        assert abs(on_beat["lat"] - 48.1) < 0.5 and abs(on_beat["lon"] - 37.8) < 0.5  # among the front-line towns
        # another outlet learned nothing from Line Watch's reports
        assert _place_of(desk, "cedar-8", "Lozove")["located_by"] == "gazetteer"
        # a big town named for sure leaves the village to the gazetteer
        assert _place_of(desk, "cedar-9", "Lozove")["located_by"] == "gazetteer"


def test_the_store_keeps_each_outlets_places_across_openings(tmp_path):
    with Store(tmp_path / "store.db") as store, store.transaction():
        store.add_outlet_places(["line watch", "other"], {709717})
        store.add_outlet_places(["line watch"], {709717, 707753})
    with Store(tmp_path / "store.db") as store:
        assert store.outlet_places(["line watch", "afp"]) == {"line watch": {709717: 2, 707753: 1}}


def test_the_cli_lists_each_outlets_home_and_beat(tmp_path):
    records = _records(FRONT_LINE_REPORTS, "Line Watch", 1) + _records(LEBANESE_STORIES[:2], "Cedar Daily", 6)
    feed = write_jsonl(tmp_path / "feed.jsonl", records)
    db = str(tmp_path / "out" / "newsdesk.db")
    assert CliRunner().invoke(main, ["run", str(feed), "--out", str(tmp_path / "out"), "--workers", "1", "-q"]
                              ).exit_code == 0
    rows = [json.loads(line) for line in CliRunner().invoke(main, ["outlets", "--db", db, "--json"]).output.splitlines()]
    by_outlet = {row["outlet"]: row for row in rows}
    assert by_outlet["line watch"]["home_country"] == "UA"
    assert by_outlet["line watch"]["beat"]["admin1"] == "Donetsk"
    assert by_outlet["cedar daily"]["beat"] is None  # two stories: too few to learn from
    table = CliRunner().invoke(main, ["outlets", "--db", db]).output
    assert "line watch" in table and "(Donetsk, UA)" in table
