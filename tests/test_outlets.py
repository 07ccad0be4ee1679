"""An outlet's home country, learned from the places its earlier articles name."""

from __future__ import annotations

from newsdesk import Desk
from newsdesk.model import ArticleClaim
from newsdesk.places.outlets import home_country, outlets_of, sure_countries
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
