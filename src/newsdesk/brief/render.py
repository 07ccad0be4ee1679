"""Render an event and its brief as Markdown, HTML or JSON.

Article text is untrusted: the HTML escapes every string taken from it.

>>> from newsdesk.model import Event, BriefSentence, Span
>>> event = Event("E1", title="<script>x</script> Flood", date="2025-03-02",
...               brief=[BriefSentence("Water rose.", [Span("a", 0, 11)])])
>>> "<script>" in to_html(event)
False
>>> print(to_markdown(event))
# <script>x</script> Flood
2025-03-02
<BLANKLINE>
1. Water rose. [a:0-11]
"""

from __future__ import annotations

import json
from html import escape

from newsdesk.model import Event


def to_markdown(event: Event) -> str:
    """The event's title, date, place and numbered brief with its citations."""
    lines = [f"# {event.title or event.event_id}", _when_where(event), ""]
    for number, sentence in enumerate(event.brief, 1):
        cites = " ".join(f"[{s.article_id}:{s.start}-{s.end}]" for s in sentence.sources)
        lines.append(f"{number}. {sentence.text} {cites}")
    contested = [c for c in event.claims if c.status == "contested"]
    if contested:
        lines += ["", "Contested: " + ", ".join(c.claim_id for c in contested)]
    return "\n".join(lines)


def to_html(event: Event) -> str:
    """An HTML fragment; every text from the articles is escaped."""
    items = []
    for sentence in event.brief:
        cites = "".join(f' <cite>{escape(s.article_id)}:{s.start}-{s.end}</cite>' for s in sentence.sources)
        items.append(f"<li>{escape(sentence.text)}{cites}</li>")
    return (f'<article class="event" id="{escape(event.event_id)}"><h1>{escape(event.title or event.event_id)}</h1>'
            f"<p>{escape(_when_where(event))}</p><ol>{''.join(items)}</ol></article>")


def to_json(event: Event) -> str:
    """The events.jsonl record of the event, indented."""
    return json.dumps(event.to_dict(), ensure_ascii=False, indent=2)


def _when_where(event: Event) -> str:
    parts = [event.date or "date unknown"]
    if event.place:
        parts.append(", ".join(p for p in (event.place.name, event.place.admin1, event.place.country) if p))
    return " · ".join(parts) if event.place else parts[0]
