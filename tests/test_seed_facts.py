"""Issues 4 and 5 on the seed pages: the labelled facts, background kept apart, the reconciled event."""

from __future__ import annotations

import json

import pytest

from newsdesk import Desk
from newsdesk.brief import check_event

from conftest import read_jsonl


@pytest.fixture(scope="module")
def seed_run(tmp_path_factory):
    datasets = pytest.importorskip("conftest").datasets_dir()
    seeds = datasets / "seeds" / "seeds.jsonl"
    if not seeds.exists():
        pytest.skip("seeds not found")
    out = tmp_path_factory.mktemp("seeds")
    with Desk(out / "store.db", workers=1) as desk:
        desk.run([str(seeds)], out)
        texts = {a.id: a.text for a in desk.articles()}
        originals = {a.id: a.duplicate_of or a.id for a in desk.articles()}
        events = list(desk.events())
    return out, texts, originals, events


def claims_quoting(out, article: str, quote: str) -> list[dict]:
    return [c for c in read_jsonl(out / "claims.jsonl") if c["article_id"] == article and c["quote"] == quote]


@pytest.mark.parametrize("article, quote, value", [
    ("000_afghanistantimes.txt", "At least 46 Afghan soldiers", {"min": 46}),
    ("002_machine_translated.txt", "46 soldiers, including five officers", {"exact": 46}),
    ("002_machine_translated.txt", "including five officers", {"exact": 5}),
])
def test_each_labelled_count_is_found_with_its_exact_span_and_value(seed_run, article, quote, value):
    out, texts, *_ = seed_run
    found = [c for c in claims_quoting(out, article, quote) if c["kind"] == "count"]
    assert found, f"no count claim quoting {quote!r}"
    assert {k: found[0]["value"].get(k) for k in value} == value
    assert not found[0]["background"]


@pytest.mark.parametrize("article, quote, day, part", [
    ("000_afghanistantimes.txt", "on Sunday night", "2021-07-25", "night"),
    ("002_machine_translated.txt", "on Sunday evening", "2021-07-25", "evening"),
])
def test_the_time_of_the_crossing_resolves_to_the_sunday(seed_run, article, quote, day, part):
    out, *_ = seed_run
    found = [c for c in claims_quoting(out, article, quote) if c["kind"] == "time"]
    assert found and found[0]["value"]["start"] == day and found[0]["value"]["part_of_day"] == part


@pytest.mark.parametrize("article, quote", [
    ("000_afghanistantimes.txt", "Pakistan army said in a statement"),
    ("002_machine_translated.txt", "Inter-Services Public Relations (ISPR) media wing of the Pakistani army"),
])
def test_the_army_statement_is_an_attribution_to_the_pakistani_army(seed_run, article, quote):
    out, *_ = seed_run
    found = [c for c in claims_quoting(out, article, quote) if c["kind"] == "statement"]
    assert found and found[0]["value"] == "Military Forces of Pakistan"


@pytest.mark.parametrize("article", ["000_afghanistantimes.txt", "002_machine_translated.txt"])
def test_the_care_given_is_listed_with_its_exact_span(seed_run, article):
    out, *_ = seed_run
    found = [c for c in claims_quoting(out, article, "food, shelter and necessary medical care")
             if c["kind"] == "statement"]
    assert found and found[0]["value"] == ["food", "shelter", "medical care"]
    assert not found[0]["background"]


def test_what_happens_to_the_soldiers_is_a_claim_of_its_own(seed_run):
    out, *_ = seed_run
    quote = "these soldiers will be returned to Afghan government officials in a respectful manner after due process"
    found = [c for c in claims_quoting(out, "002_machine_translated.txt", quote) if c["kind"] == "statement"]
    assert found and found[0]["value"].startswith("to be returned to Afghan government")


def test_the_care_given_is_corroborated_by_both_pages(seed_run):
    out, *_ = seed_run
    (event,) = read_jsonl(out / "events.jsonl")
    care = [c for c in event["claims"] if c["value"] == ["food", "shelter", "medical care"]]
    assert care and care[0]["status"] == "corroborated"


def test_the_crossing_place_is_chitral_and_arundu_lies_in_it(seed_run):
    out, texts, *_ = seed_run
    chitral = [c for c in claims_quoting(out, "000_afghanistantimes.txt", "the border crossing in Chitral")
               if c["kind"] == "place"]
    arundu = [c for c in claims_quoting(out, "002_machine_translated.txt", "the Arundu sector of the Chitral district")
              if c["kind"] == "place"]
    assert chitral and (chitral[0]["value"]["name"], chitral[0]["value"]["country"]) == ("Chitral", "PK")
    assert arundu and arundu[0]["value"]["name"] == "Arundu"
    assert arundu[0]["value"]["contained_in"][:2] == ["Chitral", "Khyber Pakhtunkhwa"]
    start, end = arundu[0]["value"]["toponym_span"]
    assert texts["002_machine_translated.txt"][start:end] == "Arundu"
    inner = [c for c in claims_quoting(out, "002_machine_translated.txt", "Chitral") if c["kind"] == "place"]
    assert inner and inner[0]["value"]["geonameid"] == 1181065


def test_the_other_crossings_are_background(seed_run):
    out, *_ = seed_run
    counts = [c for c in read_jsonl(out / "claims.jsonl") if c["kind"] == "count"]
    other = [c for c in counts if c["value"].get("exact") in (35, 1000) or c["value"].get("min") in (35, 1000, 1001)]
    assert len(other) >= 2
    assert all(c["background"] for c in other)


def test_every_quote_is_the_text_it_points_at(seed_run):
    out, texts, *_ = seed_run
    for claim in read_jsonl(out / "claims.jsonl"):
        assert texts[claim["article_id"]][claim["start"]:claim["end"]] == claim["quote"]


def test_the_seed_event_is_reconciled_as_the_labels_say(seed_run):
    out, texts, originals, events = seed_run
    (event,) = read_jsonl(out / "events.jsonl")
    assert event["date"] == "2021-07-25"
    counts = [c for c in event["claims"] if c["kind"] == "count"]
    soldiers = [c for c in counts if c["value"].get("exact") == 46 or c["value"].get("min") == 46]
    officers = [c for c in counts if c["value"].get("exact") == 5]
    assert soldiers and soldiers[0]["status"] == "corroborated"
    assert officers and officers[0]["status"] == "single_source"
    values = {json.dumps(c["value"]) for c in counts}
    assert not any('35' in v.split(",")[0] or '1000' in v or '1001' in v for v in values)
    brief_text = " ".join(s["text"] for s in event["brief"])
    assert "35" not in brief_text and "1,000" not in brief_text
    assert 3 <= len(event["brief"]) <= 8
    assert check_event(events[0], texts, originals) == []
