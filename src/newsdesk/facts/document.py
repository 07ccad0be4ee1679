"""The article as the fact finders see it: clean text cut into sentences.

Every finder (counts, places, times, actors, attributions) reads the same
:class:`FactText`. Sentences are found by a cheap rule for every language;
the spaCy English pipeline runs only on the sentences a finder asks for
(:meth:`Sentence.doc`), once per sentence, because parsing every sentence of
every article costs more than the whole rest of the desk.

>>> text = "At least 46 soldiers crossed on Sunday night. Kabul denied it."
>>> fact_text = FactText.of("a1", text, language="en", published="2021-07-26")
>>> [s.text for s in fact_text.sentences]
['At least 46 soldiers crossed on Sunday night.', 'Kabul denied it.']
>>> fact_text.sentences[1].start, fact_text.sentence_index(50)
(46, 1)
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from newsdesk.clean.furniture import leading_dateline
from newsdesk.model import ClaimKind, Polarity

if TYPE_CHECKING:
    from spacy.tokens import Doc

# A sentence ends at . ! ? (optionally followed by a closing quote or bracket)
# before white space and an upper-case letter, digit or opening quote, or at a
# line break. Abbreviations such as "Mr." or "U.S." are guarded below.
# Chinese and Japanese end a sentence with a full-width stop and no space after it ("。", "！", "？").
_SENTENCE_END = re.compile(r"""(?<=[.!?])["'”’)\]]*\s+(?=["'“‘(\[]?[A-Z0-9À-ÖØ-Þ])|\n+|(?<=[。！？])[”’」』）]*\s*""")
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof gen col lt capt maj sgt st no vs jan feb mar apr jun jul aug sep sept oct nov dec "
    "rep sen gov pres inc ltd co corp u.s u.k u.n e.g i.e a.m p.m jr sr mt ft dist atty det cpl pvt supt insp cmdr "
    "adm rev".split()
)


@dataclass(slots=True)
class Sentence:
    """One sentence of the clean text; ``start``/``end`` are offsets into it."""

    start: int
    end: int
    text: str
    language: str | None = None
    _doc: Any = field(default=None, repr=False)

    @property
    def parsed(self) -> Doc | None:
        """The parse if some finder already asked for it, else None (never parses)."""
        return self._doc

    @parsed.setter
    def parsed(self, doc: Doc) -> None:
        """Store a parse made elsewhere (a caller that parses many sentences in one batch)."""
        self._doc = doc

    def doc(self) -> Doc | None:
        """The sentence parsed by the English pipeline (None for other languages).

        Token offsets in the Doc are relative to the sentence: add ``start``.
        """
        if self.language != "en":
            return None
        if self._doc is None:
            from newsdesk.facts.nlp import english_pipeline

            self._doc = english_pipeline()(self.text)
        return self._doc


@dataclass(slots=True)
class FactText:
    """An article's clean text, its sentences and what the finders need to know."""

    article_id: str
    text: str
    language: str | None
    published: date | None
    source: str | None = None
    sentences: list[Sentence] = field(default_factory=list)
    # the outlet's home country and the GeoNames id of its beat's centre, as learned from its other articles
    # (newsdesk.places.outlets), if any
    home_country: str | None = None
    home_beat: int | None = None

    @classmethod
    def of(cls, article_id: str, text: str, *, language: str | None = None, published: str | None = None,
           source: str | None = None, home_country: str | None = None, home_beat: int | None = None) -> FactText:
        """Cut ``text`` into sentences; ``published`` is an ISO date or None."""
        day = _parse_day(published)
        sentences = [Sentence(a, b, text[a:b], language) for a, b in _dateline_apart(text, split_sentences(text))]
        return cls(article_id, text, language, day, source, sentences, home_country, home_beat)

    @property
    def outlet_country(self) -> str | None:
        """The outlet's country: its learned home (newsdesk.places.outlets, which weighs what each outlet's domain or
        name says first), else what the source's domain or name says (newsdesk.places.source)."""
        from newsdesk.places.source import source_country

        return self.home_country or source_country(self.source)

    def sentence_index(self, offset: int) -> int:
        """Index of the sentence that holds (or last starts before) character ``offset``; -1 before the first."""
        return bisect_right(self.sentences, offset, key=lambda s: s.start) - 1


@dataclass(slots=True)
class Finding:
    """One thing a finder found: a claim of one article before it gets its id and quote.

    ``start``/``end`` are offsets into the article's clean text. A statement
    read from the parse also has ``reach``: the offsets of the clause its verb
    governs, where a denial denies ("the army denied that 30 were killed").
    """

    kind: ClaimKind
    subject: str
    value: Any
    start: int
    end: int
    attributed_to: str | None = None
    polarity: Polarity = "asserts"
    background: bool = False
    reach: tuple[int, int] | None = None


def opening_dateline(text: str, spans: list[tuple[int, int]]) -> int:
    """Length of the dateline that opens the story ("ACCRA: ", "LIMA, April 2 (Reuters) - ") at the start of its
    first sentence ``spans[0]`` (``split_sentences``), else 0.

    >>> text = "LIMA, April 2 (Reuters) - Five people died. Rescuers searched."
    >>> opening_dateline(text, split_sentences(text))
    26
    """
    if not spans or text[:spans[0][0]].strip():
        return 0
    start, end = spans[0]
    return leading_dateline(text[start:end])


def _dateline_apart(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The story's opening dateline as a sentence of its own, so that the parse of the first sentence finds its
    speaker."""
    length = opening_dateline(text, spans)
    if not length:
        return spans
    start, end = spans[0]
    return [(start, start + len(text[start:start + length].rstrip())), (start + length, end), *spans[1:]]


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence, without surrounding white space.

    >>> text = "Mr. Khan said 46 crossed. They were fed.\\nNext line"
    >>> [text[a:b] for a, b in split_sentences(text)]
    ['Mr. Khan said 46 crossed.', 'They were fed.', 'Next line']
    """
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        if "\n" not in match.group() and _ends_in_abbreviation(text, match.start()):
            continue
        _add_trimmed(text, start, match.start(), spans)
        start = match.end()
    _add_trimmed(text, start, len(text), spans)
    return spans


def _ends_in_abbreviation(text: str, end: int) -> bool:
    """True when the word before ``end`` is an abbreviation or an initial ("J.")."""
    head = text[max(0, end - 12):end].rstrip("\"'”’)]")
    if not head.endswith("."):
        return False
    word = head[:-1].rsplit(None, 1)[-1].lstrip("(\"'“‘") if head[:-1].split() else ""
    return word.lower() in _ABBREVIATIONS or (len(word) == 1 and word.isupper())


def _add_trimmed(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))


def _parse_day(iso: str | None) -> date | None:
    if not iso:
        return None
    try:
        return date.fromisoformat(iso[:10])
    except ValueError:
        return None
