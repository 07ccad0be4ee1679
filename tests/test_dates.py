"""Publication dates the clean stage reads from a text's dateline."""

import pytest

from newsdesk.clean.article import clean_item
from newsdesk.clean.dates import published_from_text
from newsdesk.model import RawItem

BODY = ("Firefighters in the harbour town spent the night pumping water out of the flooded market hall.\n"
        "The mayor said the hall would stay closed until the end of the month.")


def _published(dateline: str) -> tuple[str | None, str | None]:
    article = clean_item(RawItem(id="a", origin="t", text=f"Market hall flooded\n{dateline}\n{BODY}"))
    return article.published, article.published_source


@pytest.mark.parametrize("dateline, expected", [
    ("Posted: 04/28/09 07:30 PM", "2009-04-28"),  # month first: 28 is no month
    ("Last updated 13:26 14/09/2013", "2013-09-14"),  # day first: 14 is no month
    ("Veröffentlicht 08.02.2013", "2013-02-08"),  # dots: day first
    ("8:13 AM PDT 8/2/2013", "2013-08-02"),  # a US time zone: month first
    ("06/06/13 07:05 PM", "2013-06-06"),  # both readings agree
    ("POSTED: 03/04/11, 6:30 AM PST |", "2011-03-04"),  # separators around the date and time
])
def test_a_dateline_in_figures_dates_a_plain_text(dateline, expected):
    assert _published(dateline) == (expected, "text")


@pytest.mark.parametrize("dateline", [
    "UPDATED 05/03/2013 at 11:00",  # May 3 or 5 March: no guess
    "The council met on 14/09/2013 and voted to close the hall.",  # a date inside a sentence is no dateline
    "Posted: 31/02/2013",  # no such day
])
def test_an_uncertain_date_in_figures_leaves_the_text_undated(dateline):
    assert _published(dateline) == (None, None)


def test_a_date_given_with_the_input_wins_over_the_dateline():
    article = clean_item(RawItem(id="a", origin="t", text=f"Market hall flooded\nPosted: 04/28/09\n{BODY}",
                                 published="2009-04-29"))
    assert (article.published, article.published_source) == ("2009-04-29", "input")


def test_a_dateline_written_with_the_month_in_words_is_read_as_before():
    assert published_from_text("HARWICH, July 26, 2021 - The market hall flooded ...") == "2021-07-26"
