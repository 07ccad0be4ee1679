"""Events: group articles that report the same happening.

For now an event is one copy group: an original and its copies. Grouping
different reports of one happening is the next step of the flow; the
record built here already has the shape of the contract.

>>> from newsdesk.model import Article
>>> event = describe_event("E1", [Article(id="a", text="...", title="Flood", published="2025-03-02", source="x.example"),
...                               Article(id="b", text="...", source="y.example", duplicate_of="a")])
>>> event.title, event.date, event.sources, event.independent_sources
('Flood', '2025-03-02', ['x.example', 'y.example'], 1)
"""

from __future__ import annotations

import hashlib

from newsdesk.model import Article, Event


def new_event_id(first_article_id: str) -> str:
    """A stable event id derived from the article that opened the event."""
    return "E" + hashlib.sha1(first_article_id.encode()).hexdigest()[:12]


def describe_event(event_id: str, articles: list[Article]) -> Event:
    """The event record of ``articles``: title, date, sources, independent sources."""
    originals = [a for a in articles if a.duplicate_of is None] or articles
    lead = min(originals, key=lambda a: (a.published or "9999", -len(a.text), a.id))
    dates = sorted(a.published for a in articles if a.published)
    return Event(
        event_id=event_id,
        title=lead.title,
        date=dates[0] if dates else None,
        article_ids=sorted(a.id for a in articles),
        sources=sorted({a.source for a in articles if a.source}),
        independent_sources=len({a.duplicate_of or a.id for a in articles}),
    )
