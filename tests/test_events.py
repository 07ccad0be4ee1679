"""Events: same happening together, similar happenings apart, across languages, runs and arrival order."""

from __future__ import annotations

import json
from pathlib import Path

from newsdesk import Desk

from conftest import REPO, read_jsonl, write_jsonl

SAMPLE = REPO / "sample"

# The answer key of sample/README.md: which articles report which made-up event.
SAMPLE_EVENTS = {
    "mine collapse": {"goldcoastledger-0001", "continentalpress-0001", "dailymeridian-0001", "worlddesk24-0001",
                      "extractivesmonitor-0001", "pages/harbourpost-mine-toll.html", "goldcoastledger-0002"},
    "Lorca flood": {"elmiradorsur-0001", "harbourpost-0001", "iberiandispatch-0001", "worlddesk24-0002"},
    "Cieza flood": {"iberiandispatch-0002", "harbourpost-0002", "notes/dailymeridian-cieza-flood.txt"},
    "soldiers into Senegal": {"pages/sahelcourier-kidira-soldiers.html", "borderlinedaily-0001",
                              "continentalpress-0002"},
    "ferry fire": {"pages/coastwatch-ferry-fire.html", "levigile-0001", "dailymeridian-0002"},
}


def partition(desk: Desk) -> set[frozenset[str]]:
    groups: dict[str, set[str]] = {}
    for article in desk.articles():
        groups.setdefault(article.event_id, set()).add(article.id)
    return {frozenset(g) for g in groups.values()}


def test_sample_articles_group_into_their_five_events(tmp_path):
    with Desk(tmp_path / "store.db", workers=1) as desk:
        desk.ingest([str(SAMPLE)])
        assert partition(desk) == {frozenset(ids) for ids in SAMPLE_EVENTS.values()}


def test_a_later_run_extends_the_events_already_stored(tmp_path):
    records = [json.loads(line) for line in (SAMPLE / "feed.jsonl").read_text(encoding="utf-8").splitlines()]
    first = write_jsonl(tmp_path / "first.jsonl", records[::2])
    second = write_jsonl(tmp_path / "second.jsonl", records[1::2])
    with Desk(tmp_path / "store.db", workers=1) as desk:
        desk.ingest([str(first)])
        desk.ingest([str(second), str(SAMPLE / "pages"), str(SAMPLE / "notes")])
        assert len(partition(desk)) == len(SAMPLE_EVENTS)


def test_arrival_order_does_not_change_the_sample_events(tmp_path):
    records = [json.loads(line) for line in (SAMPLE / "feed.jsonl").read_text(encoding="utf-8").splitlines()]
    reversed_feed = write_jsonl(tmp_path / "reversed.jsonl", records[::-1])
    with Desk(tmp_path / "a.db", workers=1) as forward, Desk(tmp_path / "b.db", workers=1) as backward:
        forward.ingest([str(SAMPLE / "feed.jsonl")])
        backward.ingest([str(reversed_feed)])
        assert partition(forward) == partition(backward)


def test_the_two_seed_pages_form_one_event(datasets, tmp_path):
    out = tmp_path / "out"
    with Desk(tmp_path / "store.db", workers=1) as desk:
        desk.run([str(datasets / "seeds" / "seeds.jsonl")], out)
    events = read_jsonl(out / "events.jsonl")
    assert len(events) == 1
    assert events[0]["article_ids"] == ["000_afghanistantimes.txt", "002_machine_translated.txt"]
    assert (events[0]["place"]["name"], events[0]["place"]["country"]) == ("Chitral", "PK")


def test_an_event_is_placed_at_its_most_specific_well_named_place(tmp_path):
    with Desk(tmp_path / "store.db", workers=1) as desk:
        desk.ingest([str(SAMPLE)])
        event_id = desk.store.article("borderlinedaily-0001").event_id
        place = desk.event(event_id).place
    assert (place.name, place.country, place.admin1) == ("Kidira", "SN", "Tambacounda")


def test_a_persons_name_that_is_also_a_small_town_does_not_place_the_event():
    from newsdesk.events.features import extract_event_features
    from newsdesk.model import Article

    article = Article(id="a", language="en", published="2024-03-02", title="Reid checks into rehab",
                      text="Actress Tara Reid has checked into a treatment centre in Malibu. Reid is resting, her "
                           "publicist said.")
    features = extract_event_features(article)
    assert [name for name, _, _ in features.main_places] == ["Malibu"]
    # "Reid" (a town in Australia) still counts when two articles are compared
    assert len(features.places) == 2


def test_a_german_noun_after_an_article_is_no_name_of_the_event():
    from newsdesk.events.features import extract_event_features
    from newsdesk.model import Article

    text = ("Die Feuerwehr löschte den Brand am Abend. Die Deutsche Bahn und die SPD lobten die Helfer, "
            "Merkel auch. Die Bilder gingen in die Schweiz.")
    german = extract_event_features(Article(id="de", language="de", title="Großbrand in Köln", text=text))
    assert {"feuerwehr", "brand", "bilder"}.isdisjoint(german.names)
    assert {"deutsche bahn", "spd", "merkel", "schweiz", "koln"} <= set(german.names)
    english = extract_event_features(Article(id="en", language="en", title="Fire", text="The Fire Brigade came."))
    assert "fire brigade" in english.names


def test_words_of_another_sense_give_the_event_no_place():
    from newsdesk.events.features import extract_event_features
    from newsdesk.model import Article

    text = "Bund und Länder beraten wegen Corona über neue Regeln in Münster."
    features = extract_event_features(Article(id="de", language="de", title="Corona-Gipfel", text=text))
    assert features.countries == {"DE"}  # no Corona of California, no Lander of Venezuela, no Munster of Ireland


def test_an_articles_kept_terms_are_the_heaviest_known_and_new_ones_ties_first():
    import numpy as np

    from newsdesk.events.linker import _kept_terms

    rng = np.random.default_rng(3)
    for _ in range(300):
        size = int(rng.integers(0, 40))
        values = np.round(rng.random(size) * 4, 1)  # many ties
        counts = rng.integers(0, 3, size)
        plain = sorted(range(size), key=lambda i: -values[i])  # stable: ties keep their order
        held = [i for i in plain if counts[i] > 0][:6]
        new = [i for i in plain if counts[i] == 0][:4]
        assert _kept_terms(values, counts, 6, 4).tolist() == sorted(held + new)


def test_an_event_is_titled_by_the_first_headline_else_by_the_opening_sentence():
    from newsdesk.events import describe_event
    from newsdesk.model import Article

    untitled = Article(id="a", text="Fire crews fought a blaze at the Kos ferry terminal on Monday night, the port "
                                    "authority said, and no one among the passengers waiting for the last boat was hurt.\nMore later.", published="2025-03-02")
    titled = Article(id="b", text="Crews fought the blaze for hours.", title="Kos ferry terminal fire put out",
                     published="2025-03-03")
    assert describe_event("E1", [untitled, titled]).title == "Kos ferry terminal fire put out"
    assert describe_event("E1", [untitled]).title == (
        "Fire crews fought a blaze at the Kos ferry terminal on Monday night, the port authority said, and no one among the…")


def test_an_event_is_titled_in_the_language_most_of_its_articles_use():
    from newsdesk.events import describe_event
    from newsdesk.model import Article

    articles = [Article(id="a", text="Texto.", title="Tres muertos por una riada", language="es", published="2025-04-07"),
                Article(id="b", text="Text.", title="Three killed in flash flood", language="en", published="2025-04-08"),
                Article(id="c", text="Text.", title="Flood toll rises", language="en", published="2025-04-09")]
    assert describe_event("E1", articles).title == "Three killed in flash flood"
    assert describe_event("E1", articles[:2]).title == "Tres muertos por una riada"


def test_an_untitled_events_title_skips_the_dateline_line():
    from newsdesk.events import describe_event
    from newsdesk.model import Article

    article = Article(id="a", text="WASHINGTON —\n\nThe Senate passed the budget late on Friday.", published="2025-04-07")
    assert describe_event("E1", [article]).title == "The Senate passed the budget late on Friday."


_BUS_CRASH_EN = ("At least 18 people were killed and 22 injured when a bus carrying pilgrims fell into a gorge near "
                 "Uttarkashi in Uttarakhand on Monday evening, police said. The bus was travelling from Gangotri to "
                 "Rishikesh with 44 passengers on board.")
_BUS_CRASH_HI = ("उत्तरकाशी में सोमवार शाम तीर्थयात्रियों से भरी एक बस खाई में गिर गई, जिसमें कम से कम 18 लोगों की मौत हो "
                 "गई और 22 लोग घायल हो गए। पुलिस ने बताया कि बस गंगोत्री से ऋषिकेश जा रही थी और उसमें 44 यात्री सवार थे।")
_OTHER_CRASH_HI = ("हिमाचल प्रदेश के मंडी जिले में मंगलवार सुबह एक निजी बस पलटने से 5 लोगों की मौत हो गई और 15 लोग घायल हो "
                   "गए। पुलिस के अनुसार बस सुंदरनगर से जोगिंदरनगर जा रही थी।")


def test_a_hindi_report_joins_the_english_one_by_its_figures_and_another_crash_stays_apart(tmp_path):
    # The Hindi text names no place the gazetteer knows in Devanagari and no name in Latin letters: its figures
    # are what finds the English report's event, and the embedded lead confirms it.
    records = [{"id": "en", "title": "18 pilgrims killed as bus falls into gorge in Uttarkashi",
                "text": _BUS_CRASH_EN, "published": "2025-08-12"},
               {"id": "hi", "title": "उत्तरकाशी में बस खाई में गिरी, 18 की मौत", "text": _BUS_CRASH_HI,
                "published": "2025-08-12"},
               {"id": "hi-other", "title": "मंडी में निजी बस पलटी, 5 की मौत", "text": _OTHER_CRASH_HI,
                "published": "2025-08-13"}]
    feed = write_jsonl(tmp_path / "feed.jsonl", records)
    with Desk(tmp_path / "store.db", workers=1) as desk:
        desk.ingest([str(feed)])
        assert partition(desk) == {frozenset({"en", "hi"}), frozenset({"hi-other"})}


def test_two_earthquakes_of_one_day_in_two_countries_are_two_events(tmp_path):
    # Same kind of happening, same night, same wording ("a magnitude ... earthquake struck"): only the places
    # tell them apart.
    records = [
        {"id": "peru-wire", "published": "2025-06-03T08:00:00Z",
         "title": "Magnitude 6.8 quake strikes southern Peru, killing at least 9",
         "text": "A magnitude 6.8 earthquake struck southern Peru late on Monday, killing at least nine people and "
                 "injuring 47, the country's civil defence institute said. The quake was centred 30 km south of "
                 "Arequipa at a depth of 40 km, the U.S. Geological Survey said. Several adobe homes collapsed in "
                 "the town of Chala."},
        {"id": "turkey-wire", "published": "2025-06-03T07:00:00Z",
         "title": "Magnitude 5.9 earthquake hits western Turkey; no deaths reported",
         "text": "A magnitude 5.9 earthquake shook western Turkey on Monday night, damaging dozens of buildings in "
                 "the province of Manisa, the disaster agency AFAD said. No deaths were reported, but 23 people "
                 "were hurt while fleeing their homes, Interior Minister Ali Yerlikaya said."},
        {"id": "peru-toll", "published": "2025-06-04T09:00:00Z", "title": "Peru quake death toll rises to 12",
         "text": "The death toll from Monday's earthquake in southern Peru has risen to 12, officials said on "
                 "Wednesday, as rescuers searched collapsed homes in Chala. About 300 people were left homeless. "
                 "The president visited Arequipa on Tuesday."},
        {"id": "turkey-local", "published": "2025-06-03T12:00:00Z", "title": "Turkey: 5.9 quake injures 23 in Manisa",
         "text": "Twenty-three people were injured when a 5.9 magnitude earthquake struck Manisa province in "
                 "western Turkey late on Monday, officials said. AFAD said 41 buildings were damaged. Schools in "
                 "the province will stay closed on Tuesday."},
    ]
    feed = write_jsonl(tmp_path / "feed.jsonl", records)
    with Desk(tmp_path / "store.db", workers=1) as desk:
        desk.ingest([str(SAMPLE)])  # a desk that holds other news already: words are weighed by their rarity
        desk.ingest([str(feed)])
        groups = {g for g in partition(desk) if g & {r["id"] for r in records}}
        assert groups == {frozenset({"peru-wire", "peru-toll"}), frozenset({"turkey-wire", "turkey-local"})}
