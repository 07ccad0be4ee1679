"""Statements: who the article says said something, and who denied it.

A sentence such as "Pakistan army said in a statement that ..." or "According
to ISPR, ..." yields a ``statement`` finding whose span is the attribution
phrase and whose subject is the speaker; the speaker becomes the
``attributed_to`` of every other claim of that sentence (see
:func:`attribution_by_sentence`). "Kabul denied that ..." gives polarity
``denies``. English sentences are read with the spaCy parse (subject of a
reporting verb); other languages by a few patterns.

>>> from newsdesk.facts.document import FactText
>>> text = "Pakistan army said in a statement that 46 soldiers crossed. Kabul denied the report."
>>> [(text[f.start:f.end], f.subject, f.polarity) for f in find_statements(FactText.of("a", text, language="en"))]
[('Pakistan army said in a statement', 'Pakistan army', 'asserts'), ('Kabul denied', 'Kabul', 'denies')]
"""

from __future__ import annotations

import re

from newsdesk.facts.document import FactText, Finding, Sentence
from newsdesk.facts.nlp import tokens_among

_REPORTING = frozenset(
    "say says said tell tells told report reports reported announce announces announced confirm confirms "
    "confirmed claim claims claimed state states stated add adds added quote quoted note noted insist "
    "insisted warn warned allege alleged".split()
)
_DENYING = frozenset("deny denies denied reject rejects rejected dismiss dismisses dismissed refute refuted".split())
_SPEECH_VERBS = _REPORTING | _DENYING
REPORTING_CUE = re.compile(
    r"(?i)\b(?:says?|said|told|tells|reported|reports|announced|confirm(?:s|ed)?|claim(?:s|ed)|stated|added|"
    r"quoted|insisted|warned|alleged|den(?:y|ies|ied)|reject(?:s|ed)?|dismiss(?:es|ed)?|refuted|according\s+to|"
    r"selon|según|segun|laut|secondo|segundo|a\s+déclaré|a\s+affirmé|dijo|afirmó|declaró|sagte|erklärte)\b"
)
_ACCORDING = re.compile(
    r"(?i)\b(?:according\s+to|selon|según|segun|laut|secondo|segundo)\s+"
    r"(?:(?:a|an|the)\s+(?:statement|report|communiqué|press\s+release|spokes(?:man|woman|person))\s+"
    r"(?:from|by|of|issued\s+by)\s+)?(?P<who>[^,.;:]{2,120})"
)
_ANAPHORIC = frozenset("he she they it statement spokesman spokeswoman spokesperson official".split())
_DETERMINERS = re.compile(r"(?i)^(?:the|a|an)\s+")


def find_statements(fact_text: FactText) -> list[Finding]:
    """Attribution and denial phrases of every sentence, in text order."""
    findings: list[Finding] = []
    for sentence in fact_text.sentences:
        if REPORTING_CUE.search(sentence.text):
            findings.extend(_sentence_statements(sentence))
    return findings


def attribution_by_sentence(fact_text: FactText, statements: list[Finding]) -> dict[int, Finding]:
    """Sentence index -> the statement that covers its claims.

    A sentence's own statement covers it; "the statement said" or "he said"
    take the speaker of the latest named statement before them.
    """
    covering: dict[int, Finding] = {}
    latest_named: Finding | None = None
    for statement in sorted(statements, key=lambda s: s.start):
        index = fact_text.sentence_index(statement.start)
        if statement.subject.lower() in _ANAPHORIC and latest_named is not None:
            statement.subject = latest_named.subject
        elif statement.subject.lower() not in _ANAPHORIC:
            latest_named = statement
        covering.setdefault(index, statement)
    return covering


def _sentence_statements(sentence: Sentence) -> list[Finding]:
    found = [_according_to(sentence, m) for m in _ACCORDING.finditer(sentence.text)]
    doc = sentence.doc()
    if doc is not None:
        found.extend(_parsed_statements(sentence, doc, taken=[(f.start, f.end) for f in found]))
    return found


def _according_to(sentence: Sentence, match: re.Match) -> Finding:
    written = match["who"]
    who = _DETERMINERS.sub("", written).strip()
    start = sentence.start + match.start("who") + written.index(who)
    return Finding("statement", _speaker_name(who), sentence.text, start, start + len(who))


def _parsed_statements(sentence: Sentence, doc, taken: list[tuple[int, int]]) -> list[Finding]:
    found = []
    for token in tokens_among(doc, _SPEECH_VERBS):
        word = token.lower_
        if token.pos_ not in ("VERB", "AUX"):
            continue
        subjects = [child for child in token.children if child.dep_ in ("nsubj", "nsubjpass")]
        if not subjects:
            continue
        subject = subjects[0]
        left = min(subject.left_edge.idx, token.idx)
        right = max(_subtree_end(subject), _verb_end(token))
        start, end = sentence.start + left, sentence.start + right
        if any(start < b and a < end for a, b in taken):
            continue
        speaker = sentence.text[subject.left_edge.idx:_subtree_end(subject)]  # the Doc's text, not rebuilt
        polarity = "denies" if word in _DENYING else "asserts"
        found.append(Finding("statement", _speaker_name(speaker), sentence.text, start, end, polarity=polarity))
    return found


def _subtree_end(token) -> int:
    last = token.right_edge
    return last.idx + len(last.text)


def _verb_end(verb) -> int:
    """End of the verb plus a following "in a statement" / "on Monday" prepositional phrase."""
    end = verb.idx + len(verb.text)
    for child in verb.children:
        if child.i == verb.i + 1 and child.dep_ == "prep" and child.lower_ == "in":
            if any(t.lower_ in ("statement", "communique", "release", "interview") for t in child.subtree):
                end = _subtree_end(child)
    return end


def _speaker_name(phrase: str) -> str:
    """The speaker as written, without a leading article and trailing punctuation."""
    return _DETERMINERS.sub("", phrase.strip().strip("\"'“”‘’")).strip(" ,")
