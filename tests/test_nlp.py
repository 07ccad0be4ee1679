"""The English pipeline's table attribute ruler sets what spaCy's own ruler sets (facts/nlp.py)."""

from __future__ import annotations

import importlib

import pytest

from newsdesk.facts.nlp import _MODELS, english_pipeline

# Sentences written for this test: contractions, auxiliaries, "not", quotes, numbers, titles, hyphens.
SENTENCES = [
    "They didn't say whether the 46 soldiers, including five officers, would be returned.",
    "\"We have not been told anything,\" said Lt. Col. Ahmed Khan, a spokesman for the army.",
    "At least 12 people were killed and dozens more injured in the blast on Sunday night.",
    "Police fired tear-gas at protesters who'd gathered outside the U.S. embassy in Kabul.",
    "Can't you see it's over? Yes -- it is, and that's that.",
    "The ministry denied reports that troops had crossed the border near Chitral.",
]


@pytest.fixture(scope="module")
def stock_pipeline():
    for name in _MODELS:
        try:
            return importlib.import_module(name).load(exclude=["lemmatizer"])
        except ImportError:
            continue
    pytest.skip("no English spaCy model installed")


def attributes(doc):
    return [(t.text, t.tag_, t.pos_, str(t.morph), t.dep_, t.head.i, t.ent_iob_, t.ent_type_) for t in doc]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_the_table_ruler_gives_the_same_tokens_as_spacys(stock_pipeline, sentence):
    assert attributes(english_pipeline()(sentence)) == attributes(stock_pipeline(sentence))
