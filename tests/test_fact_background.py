from __future__ import annotations

from newsdesk.facts.background import background_sentences
from newsdesk.facts.document import FactText


def background_of(text: str, published: str = "2023-10-12") -> list[int]:
    return sorted(background_sentences(FactText.of("b", text, language="en", published=published)))


def test_a_sentence_opening_with_an_earlier_year_is_background():
    text = "Rebels shelled a market in the north on Tuesday. In 2017, a raid on the same town left 60 dead."
    assert background_of(text) == [1]


def test_an_earlier_year_anywhere_in_an_undated_article_is_measured_against_its_latest_year():
    text = ("Bettie Page, the pin-up model famous in the 1950s, has died in Los Angeles.\n"
            "Born in 1923 in Nashville, Page was one of six children.\n"
            "A website launched in 2008 by her agent said that she had been ill.")
    # the lead recalls the 1950s but tells the death; 1923 is before 2008, the latest year the text gives
    assert sorted(background_sentences(FactText.of("b", text, language="en"))) == [1]


def test_background_goes_on_into_a_line_that_opens_with_a_pronoun():
    text = ("Rebels shelled a market in the north on Tuesday.\n"
            "In 2017, a raid on the same town left 60 dead.\n"
            "They were buried in a mass grave.\n"
            "Aid workers reached the market on Wednesday.")
    assert background_of(text) == [1, 2]


def test_decades_ago_tells_another_incident():
    text = ("Police said a fire in a bank killed three people on Monday. "
            "A similar case three decades ago killed several people inside another building.")
    assert background_of(text) == [1]


def test_a_figure_per_period_is_a_statistic_not_the_incident():
    text = ("A bus fell off a bridge near Naivasha on Monday, killing 23 people.\n"
            "Road accidents kill about 4,000 people a year in Kenya.\n"
            "Five people died in a day of violence in the same county on Monday.")
    assert background_of(text, "2026-03-10") == [1]
