"""The citation checker: an event's claims and brief say nothing their spans do not.

Rules (those of ../shared/CONTRACT.md and issue 5):

- every support's ``quote`` equals the article's clean ``text[start:end]``;
- a ``corroborated`` claim has support from two or more independent sources
  (an article and its copies count once);
- a ``contested`` claim names at least one claim it conflicts with, and
  those claims exist;
- every number, name and date of a brief sentence appears in the text of
  the spans it cites (a name: a capitalised word not opening the sentence;
  a number: digits or a number word; a date: a month or weekday name).

>>> from newsdesk.model import Event, BriefSentence, Span
>>> texts = {"a": "46 soldiers crossed on Sunday."}
>>> event = Event("E1", brief=[BriefSentence("46 soldiers crossed on Monday.", [Span("a", 0, 30)])])
>>> check_event(event, texts, {"a": "a"})
["E1 brief sentence 1: 'Monday' is not in its cited spans"]
"""

from __future__ import annotations

import re

from newsdesk.model import Event

_WORD = re.compile(r"[^\W_][\w'’.,-]*[^\W_]|[^\W_]")
_NUMBER_WORDS = frozenset(
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds "
    "thousand thousands million millions billion dozen dozens".split()
)


def check_event(event: Event, texts: dict[str, str], original_of: dict[str, str]) -> list[str]:
    """Every violation of the rules above, as readable lines; empty when the event is sound.

    ``texts`` maps article id to clean text; ``original_of`` maps article id to
    the id of the original it copies (itself when it is no copy).
    """
    problems: list[str] = []
    ids = {c.claim_id for c in event.claims}
    for claim in event.claims:
        for support in claim.support:
            actual = texts.get(support.article_id, "")[support.start:support.end]
            if actual != support.quote:
                problems.append(f"{claim.claim_id}: quote {support.quote!r} is not text[{support.start}:"
                                f"{support.end}] of {support.article_id} ({actual!r})")
        sources = {original_of.get(s.article_id, s.article_id) for s in claim.support}
        if claim.status == "corroborated" and len(sources) < 2:
            problems.append(f"{claim.claim_id}: corroborated by {len(sources)} independent source(s)")
        if claim.status == "contested" and (not claim.conflicts_with or set(claim.conflicts_with) - ids):
            problems.append(f"{claim.claim_id}: contested without existing conflicting claims")
    for number, sentence in enumerate(event.brief, 1):
        cited = " ".join(texts.get(s.article_id, "")[s.start:s.end] for s in sentence.sources)
        for token in stated_facts(sentence.text):
            if token not in cited and token.lower() not in cited.lower().split():
                problems.append(f"{event.event_id} brief sentence {number}: {token!r} is not in its cited spans")
    return problems


def stated_facts(sentence: str) -> list[str]:
    """The numbers, names and dates a sentence states (a capital opening the sentence is no name).

    >>> stated_facts("Sources say 46 Afghan soldiers crossed on Sunday, forty-six in all.")
    ['46', 'Afghan', 'Sunday', 'forty-six']
    >>> stated_facts("Fourteen died.")
    ['Fourteen']
    """
    facts = []
    for index, match in enumerate(_WORD.finditer(sentence)):
        token = match.group().rstrip(".,")
        if not token:
            continue
        parts = re.split(r"[-‐]", token.lower())
        number = any(ch.isdigit() for ch in token) or any(p in _NUMBER_WORDS for p in parts)
        if number or (index > 0 and token[0].isupper()):
            facts.append(token)
    return facts
