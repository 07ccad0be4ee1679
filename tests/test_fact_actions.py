"""Aid given and outcomes announced (facts/actions.py), on sentences written for these tests."""

from __future__ import annotations

import pytest

from newsdesk.facts.actions import ACTION_CUE, find_actions
from newsdesk.facts.document import FactText
from newsdesk.facts.nlp import english_pipeline


def actions_of(text: str) -> list[tuple[str, object, str]]:
    fact_text = FactText.of("t", text, language="en")
    for sentence in fact_text.sentences:
        sentence.parsed = english_pipeline()(sentence.text)
    return [(f.subject, f.value, text[f.start:f.end]) for f in find_actions(fact_text)]


def test_aid_lists_the_things_given_without_grading_words():
    found = actions_of("The stranded fishermen received water, blankets and adequate medical treatment.")
    assert found == [("what the stranded fishermen received", ["water", "blankets", "medical treatment"],
                      "water, blankets and adequate medical treatment")]


def test_aid_names_the_recipient_of_to():
    (subject, value, _), = actions_of("Volunteers provided shelter to 300 displaced families overnight.")
    assert value == ["shelter"] and subject == "what 300 displaced families were given"


@pytest.mark.parametrize("text", [
    "The minister received a call from the governor.",      # nothing that helps
    "The villagers were not given any food for two days.",  # negated
    "Given the weather, the match was cancelled.",          # not a verb of giving
])
def test_no_aid_claim_where_none_was_given(text):
    assert [a for a in actions_of(text) if isinstance(a[1], list)] == []


def test_an_announced_outcome_is_the_whole_clause():
    text = "Officials said the 12 fishermen would be repatriated to Sri Lanka next week."
    (subject, value, quote), = actions_of(text)
    assert quote == "the 12 fishermen would be repatriated to Sri Lanka next week"
    assert value == "to be repatriated to Sri Lanka"
    assert subject == "what happens to the 12 fishermen"


@pytest.mark.parametrize("text", [
    "The prisoners were released on Friday.",              # past, not announced
    "The suspects will not be released on bail.",          # negated
    "The new bridge will be opened in May.",               # opening is not disposing of people
])
def test_no_outcome_without_a_future_disposal(text):
    assert actions_of(text) == []


def test_the_cue_selects_sentences_to_parse():
    assert ACTION_CUE.search("They will be returned after due process.")
    assert ACTION_CUE.search("Families were given tents.")
    assert not ACTION_CUE.search("The army said 46 soldiers crossed.")
