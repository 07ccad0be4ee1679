"""Brief: a short account of an event in which every sentence cites its spans.

:func:`write_brief` composes it (extractive, corroborated facts first, one
sentence per contested point, single-source details marked);
:func:`check_event` verifies an event's citations; ``render`` turns an
event into Markdown, escaped HTML or JSON.
"""

from newsdesk.brief.check import check_event
from newsdesk.brief.compose import write_brief
from newsdesk.brief.render import to_html, to_json, to_markdown

__all__ = ["check_event", "to_html", "to_json", "to_markdown", "write_brief"]
