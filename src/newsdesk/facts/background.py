"""Background: sentences about another incident than the one the article reports.

News copy recalls earlier incidents ("In a similar incident on July 1, at
least 35 soldiers ...", "Earlier in July, more than 1,000 ... crossed into
Tajikistan"); their counts and places are not claims of this event. The rule:

1. The article's *anchor* is the first date its first three sentences give
   (else the publication date).
2. A sentence is background when it names a date that ends more than
   ``MARGIN_DAYS`` before the anchor and no date near it, or when it carries a
   cue of another incident ("in a similar incident", "earlier this month",
   "last year", "since <when>", "born in 1923", "in the 1950s": a year before
   the article's own, which is the publication's, else the anchor's, else
   the latest the text gives as a time), or a figure per period, a statistic
   ("about 4,000 people a year"). The lead (the first sentence that
   is no heading) is never background: it tells the happening, whatever it
   recalls on the way.
3. Background runs on to the end of the paragraph unless a sentence names a
   date near the anchor again, and across a line break into a sentence that
   opens with a pronoun ("They were sent back"); a heading line (short, no
   final stop) takes background when any sentence of the paragraph it
   introduces is.

>>> from newsdesk.facts.document import FactText
>>> text = ("46 soldiers crossed on Sunday night.\\n"
...         "In a similar incident on July 1, 35 soldiers crossed. They were sent back.\\n"
...         "Pakistan fed them.")
>>> fact_text = FactText.of("a", text, language="en", published="2021-07-26")
>>> sorted(background_sentences(fact_text))
[1, 2]
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from newsdesk.facts.document import FactText
from newsdesk.facts.times import TimeMention, time_mentions

MARGIN_DAYS = 3
_LEAD_SENTENCES = 3
_CUES = re.compile(
    r"(?i)\b(?:in\s+(?:a|another)\s+(?:similar|separate|previous|earlier)\s+(?:incident|attack|case|event)"
    r"|earlier\s+(?:this|last)\s+(?:month|year)|last\s+(?:month|year)|earlier\s+in\s+[A-Z][a-z]+"
    r"|since\s+(?:the|last|early|late|then|(?:19|20)\d\d|January|February|March|April|May|June|July|August"
    r"|September|October|November|December)\b|(?:years?|decades?|months)\s+ago"
    r"|previously|a\s+recent\s+\w+|lors\s+d'un\s+incident\s+similaire|el\s+año\s+pasado|l'année\s+dernière)"
)


# A figure per period is a statistic, no incident's ("road accidents kill about 4,000 people a year", "30 000 morts
# par an"): up to three words between the figure and its period; "a year after", "a day later", "died in a day"
# tell a time instead.
_RATE = re.compile(
    r"(?i)(?:\d|\b(?:hundreds|thousands|millions|dozens))[\d,.]*"
    r"(?:\s+(?!(?:in|on|for|within|over|during|that|one)\b)[\w-]+){0,3}?\s+"
    r"(?:(?:a|per|each|every)\s+(?:year|month|week|day)\b(?!\s+(?:after|before|ago|later|earlier|since|on)\b)"
    r"|annually\b|par\s+an\b|(?:al|por)\s+año\b|pro\s+Jahr\b)")


# A year as the time of what a sentence tells: "In 2019, ...", "born in 1923", "since 2005", "in the 1950s".
_IN_YEAR = re.compile(r"(?i)\b(?:in|since|during|until|by|from|early|late|mid-?)\s+(?:the\s+)?((?:19|20)\d\d)s?\b")


def background_sentences(fact_text: FactText, mentions: list[TimeMention] | None = None) -> set[int]:
    """Indices (into ``fact_text.sentences``) of the sentences that are background."""
    if mentions is None:
        mentions = time_mentions(fact_text.text, fact_text.published, fact_text.language)
    sentences = fact_text.sentences
    per_sentence = _mentions_per_sentence(fact_text, mentions)
    anchor = _anchor(fact_text, per_sentence)
    year = _reference_year(fact_text, anchor)
    own = [_status(fact_text, i, per_sentence[i], anchor, year) for i in range(len(sentences))]
    lead = _lead(fact_text)
    if lead is not None and own[lead]:  # the lead tells the happening, whatever it recalls ("... in the 1950s")
        own[lead] = False
    return _spread(fact_text, own)


def _lead(fact_text: FactText) -> int | None:
    """The first sentence that is no heading."""
    return next((i for i in range(len(fact_text.sentences)) if not _is_heading(fact_text, i)), None)


def _mentions_per_sentence(fact_text: FactText, mentions: list[TimeMention]) -> list[list[TimeMention]]:
    grouped: list[list[TimeMention]] = [[] for _ in fact_text.sentences]
    index = 0
    for mention in mentions:
        while index < len(fact_text.sentences) and fact_text.sentences[index].end <= mention.start:
            index += 1
        if index < len(fact_text.sentences):
            grouped[index].append(mention)
    return grouped


def _reference_year(fact_text: FactText, anchor: date | None) -> int | None:
    """The year the article is written in: the publication's, else the anchor's, else the latest year the text
    gives as a time ("in 2006"): an undated obituary's "born in 1923" is then still an earlier time."""
    if fact_text.published is not None:
        return fact_text.published.year
    if anchor is not None:
        return anchor.year
    years = [int(year) for year in _IN_YEAR.findall(fact_text.text)]
    return max(years) if years else None


def _anchor(fact_text: FactText, per_sentence: list[list[TimeMention]]) -> date | None:
    for i, mentions in enumerate(per_sentence[:_LEAD_SENTENCES]):
        if mentions and not _has_cue(fact_text, i, fact_text.published.year if fact_text.published else None):
            return mentions[0].first
    return fact_text.published


def _status(fact_text: FactText, index: int, mentions: list[TimeMention], anchor: date | None,
            year: int | None) -> bool | None:
    """True: background; False: about the event (a date near the anchor); None: no sign either way."""
    if anchor is not None and mentions:
        near = [m for m in mentions if m.last >= anchor - timedelta(days=MARGIN_DAYS)]
        if near and not _has_cue(fact_text, index, year):
            return False
        if not near:
            return True
    return True if _has_cue(fact_text, index, year) else None


def _has_cue(fact_text: FactText, index: int, year: int | None) -> bool:
    text = fact_text.sentences[index].text
    if _CUES.search(text) or _RATE.search(text):
        return True
    return year is not None and any(int(y) < year for y in _IN_YEAR.findall(text))


def _spread(fact_text: FactText, own: list[bool | None]) -> set[int]:
    """Carry background to the end of each paragraph; headings follow the paragraph after them."""
    sentences = fact_text.sentences
    background: set[int] = set()
    current = False
    for i, status in enumerate(own):
        if i and _paragraph_break(fact_text, i) and not _continues(sentences[i].text):
            current = False
        if status is not None:
            current = status
        if current:
            background.add(i)
    for i in range(len(sentences) - 1, -1, -1):
        if _is_heading(fact_text, i) and i + 1 < len(sentences) and _paragraph_break(fact_text, i + 1):
            if any(j in background for j in _paragraph(fact_text, i + 1)):
                background.add(i)
            else:
                background.discard(i)
    return background


_CONTINUING = re.compile(r"^[\"“]?(?:He|She|It|They|His|Her|Its|Their|The victim|The attack|The incident)\b")


def _continues(text: str) -> bool:
    """A sentence that opens with a pronoun goes on about what the one before told, across a line break (some
    sources break every sentence)."""
    return bool(_CONTINUING.match(text))


def _paragraph(fact_text: FactText, first: int) -> range:
    """Indices of the sentences of the paragraph that starts at sentence ``first``."""
    last = first + 1
    while last < len(fact_text.sentences) and not _paragraph_break(fact_text, last):
        last += 1
    return range(first, last)


def _paragraph_break(fact_text: FactText, index: int) -> bool:
    previous, sentence = fact_text.sentences[index - 1], fact_text.sentences[index]
    return "\n" in fact_text.text[previous.end:sentence.start]


def _is_heading(fact_text: FactText, index: int) -> bool:
    text = fact_text.sentences[index].text
    lone = index == 0 or _paragraph_break(fact_text, index)
    return lone and not text.endswith((".", "!", "?", "\"", "”", ":")) and len(text.split()) <= 15
