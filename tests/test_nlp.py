"""The English pipeline's table attribute ruler and batched entity decoder set what spaCy's own components
set (facts/nlp.py, facts/entity_decoder.py)."""

from __future__ import annotations

import importlib

import pytest

from newsdesk.facts.nlp import _MODELS, english_pipeline, parse

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


# More sentences written for this test: entities at either end, long names, two sentences in one text
# (an entity may not cross the parser's sentence break), runs of white space, a lone word, an empty text.
ENTITY_TEXTS = SENTENCES + [
    "Afghanistan's National Security Council met in Kabul on Monday with the U.N. envoy.",
    "The Inter-Services Public Relations said 46 Afghan soldiers crossed near Arundu in Chitral District",
    "Reuters reported it.  Then the Taliban and the Islamic State claimed the attack in Nangarhar province.",
    "Paris\n\nLondon   New York",
    "Hello",
    "",
    "Mr. Barack Obama and Vladimir Putin met in Geneva, Switzerland, on 16 June 2021 for four hours.",
    "Médecins Sans Frontières treated 1,200 people after the flood in Sindh.",
    "The pitcher signed a seven-year, $161-million contract with the Boston Red Sox late Tuesday night.",
    "The club also offered him $140 million over five years, the same deal the other team made last winter.",
    "The Federal Bureau of Investigation and the Department of Homeland Security opened the inquiry at 10 a.m.",
    "The University of California at Los Angeles said the earthquake of magnitude 6.1 lasted 45 seconds.",
    "Between 9 p.m. Friday and 3 a.m. Saturday, more than 2,000 residents of the Lower Ninth Ward left.",
    "The Royal Canadian Mounted Police and the New York City Police Department arrested three men last Thursday.",
    "Prime Minister Imran Khan met President Ashraf Ghani at the Presidential Palace in Kabul for three hours.",
]


def test_the_batched_entity_decoder_finds_the_entities_spacy_finds(stock_pipeline):
    expected = [attributes(doc) for doc in stock_pipeline.pipe(ENTITY_TEXTS)]
    assert [attributes(doc) for doc in parse(ENTITY_TEXTS, [True] * len(ENTITY_TEXTS))] == expected
    assert any(ent_type for doc in expected for *_, ent_type in doc)  # the texts do have entities


def test_parse_leaves_entities_out_where_not_asked():
    first, second = parse(["Kabul is in Afghanistan.", "Kabul is in Afghanistan."], [False, True])
    assert not first.ents and [e.text for e in second.ents] == ["Kabul", "Afghanistan"]
