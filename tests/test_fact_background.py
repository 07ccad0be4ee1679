from __future__ import annotations

from newsdesk.facts.background import background_sentences
from newsdesk.facts.document import FactText


def background_of(text: str, published: str = "2023-10-12") -> list[int]:
    return sorted(background_sentences(FactText.of("b", text, language="en", published=published)))


def test_a_sentence_opening_with_an_earlier_year_is_background():
    text = "Rebels shelled a market in the north on Tuesday. In 2017, a raid on the same town left 60 dead."
    assert background_of(text) == [1]
