"""The plain types that flow between the stages of the desk.

Stages never reach into each other's internals: a reader yields ``RawItem``
(or ``Rejection``), cleaning turns a ``RawItem`` into an ``Article``, and
later stages attach ``Claim`` and ``Event`` records. Every type converts to
the JSON shape of ../shared/CONTRACT.md with ``to_dict``.

>>> item = RawItem(id="a1", text="Hello", origin="demo.jsonl:1")
>>> item.has_content
True
>>> Rejection(reason="empty file", path="x.txt").to_dict()
{'path': 'x.txt', 'line': None, 'reason': 'empty file'}
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

PublishedSource = Literal["input", "html-meta", "url", "text"]
ClaimKind = Literal["count", "place", "time", "actor", "statement"]
ClaimStatus = Literal["corroborated", "contested", "single_source"]
Polarity = Literal["asserts", "denies"]


@dataclass(frozen=True, slots=True)
class RawItem:
    """One article as a reader found it, before any cleaning.

    ``origin`` says where it came from ("file.jsonl:12", "dir/a.html",
    "crawl.warc.gz#record-7") so that errors can name the item.
    """

    id: str
    origin: str
    text: str | None = None
    html: str | None = None
    url: str | None = None
    title: str | None = None
    published: str | None = None
    source: str | None = None
    language: str | None = None

    @property
    def has_content(self) -> bool:
        return bool((self.text and self.text.strip()) or (self.html and self.html.strip()))


@dataclass(frozen=True, slots=True)
class Rejection:
    """An input line, file or record that could not be read or cleaned."""

    reason: str
    id: str | None = None
    path: str | None = None
    line: int | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"id": self.id} if self.id is not None else {"path": self.path}
        out["line"] = self.line
        out["reason"] = self.reason
        return out


@dataclass(slots=True)
class Article:
    """A cleaned article: main text without furniture, language, date, source."""

    id: str
    text: str
    title: str | None = None
    language: str | None = None
    published: str | None = None  # ISO date, YYYY-MM-DD
    published_source: PublishedSource | None = None
    source: str | None = None
    url: str | None = None
    removed_lines: int = 0
    duplicate_of: str | None = None
    event_id: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The articles.jsonl line of the contract."""
        return {
            "id": self.id,
            "event_id": self.event_id,
            "language": self.language,
            "published": self.published,
            "published_source": self.published_source,
            "title": self.title,
            "text": self.text,
            "source": self.source,
            "duplicate_of": self.duplicate_of,
            "removed_lines": self.removed_lines,
        }


@dataclass(frozen=True, slots=True)
class Place:
    """A geocoded place (GeoNames)."""

    name: str
    country: str | None = None
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class Span:
    """A character span of an article's clean text."""

    article_id: str
    start: int
    end: int


@dataclass(slots=True)
class Support:
    """One article's span that supports a reconciled claim."""

    article_id: str
    start: int
    end: int
    quote: str
    attributed_to: str | None = None
    polarity: Polarity = "asserts"

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(slots=True)
class ArticleClaim:
    """What one article claims, before reconciliation (a claims.jsonl line).

    ``start``/``end`` are offsets into the article's clean text and ``quote``
    is exactly ``text[start:end]``; ``background`` marks claims about another
    incident than the article's own.
    """

    article_id: str
    kind: ClaimKind
    subject: str
    value: Any
    start: int
    end: int
    quote: str
    attributed_to: str | None = None
    polarity: Polarity = "asserts"
    background: bool = False

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(slots=True)
class Claim:
    """A reconciled claim of an event, with the spans that support it."""

    claim_id: str
    kind: ClaimKind
    subject: str
    value: Any
    status: ClaimStatus = "single_source"
    support: list[Support] = field(default_factory=list)
    conflicts_with: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "claim_id": self.claim_id,
            "kind": self.kind,
            "subject": self.subject,
            "value": self.value,
            "status": self.status,
            "support": [s.to_dict() for s in self.support],
            "conflicts_with": list(self.conflicts_with),
        }


@dataclass(slots=True)
class BriefSentence:
    """One sentence of an event's brief and the spans it cites."""

    text: str
    sources: list[Span] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "sources": [asdict(s) for s in self.sources]}


@dataclass(slots=True)
class Event:
    """A real-world happening and the articles that report it."""

    event_id: str
    title: str | None = None
    date: str | None = None
    place: Place | None = None
    article_ids: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    independent_sources: int = 0
    claims: list[Claim] = field(default_factory=list)
    brief: list[BriefSentence] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """The events.jsonl line of the contract."""
        return {
            "event_id": self.event_id,
            "title": self.title,
            "date": self.date,
            "place": self.place.to_dict() if self.place else None,
            "article_ids": sorted(self.article_ids),
            "sources": sorted(self.sources),
            "independent_sources": self.independent_sources,
            "claims": [c.to_dict() for c in self.claims],
            "brief": [s.to_dict() for s in self.brief],
        }
