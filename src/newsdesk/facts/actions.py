"""What was done for the people of a story, and what will be done with them.

Two kinds of statement claim an analyst asks after an incident:

- **aid**: what people were given ("Afghan soldiers have been provided food,
  shelter and necessary medical care"). The value is the list of things, each
  without evaluative words such as "necessary"; at least one of them must be
  a kind of help (food, shelter, medical care, asylum, passage...), so that
  "received a call" is not read as aid.
- **outcome**: what is to happen to them ("these soldiers will be returned to
  Afghan government officials after due process"): a future passive clause
  whose verb disposes of people (returned, released, deported, tried...).
  The span is the whole clause; the value keeps the verb and where to.

Both read the spaCy parse, so only sentences that ``ACTION_CUE`` matches need
parsing for them.

>>> from newsdesk.facts.document import FactText
>>> from newsdesk.facts.nlp import english_pipeline
>>> text = ("The families were given tents and blankets by the Red Cross. "
...         "The detained men will be handed over to the police on Monday.")
>>> fact_text = FactText.of("a1", text, language="en")
>>> for sentence in fact_text.sentences:
...     sentence.parsed = english_pipeline()(sentence.text)
>>> [(f.subject, f.value, text[f.start:f.end]) for f in find_actions(fact_text)]  # doctest: +NORMALIZE_WHITESPACE
[('what the families were given', ['tents', 'blankets'], 'tents and blankets'),
 ('what happens to the detained men', 'to be handed over to the police',
  'The detained men will be handed over to the police on Monday')]
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsdesk.facts.document import FactText, Finding
from newsdesk.facts.nlp import tokens_among

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_GIVING = frozenset("provide provides provided providing give gives gave given giving offer offers offered offering "
                    "supply supplies supplied supplying grant grants granted granting receive receives received "
                    "receiving deliver delivers delivered delivering extend extended".split())
_RECEIVING = frozenset("receive receives received receiving".split())
_HELP = frozenset(
    "aid assistance care treatment food water shelter shelters tents tent blankets clothing clothes medicine "
    "medicines medication supplies rations meals asylum refuge passage protection accommodation housing "
    "compensation relief support first-aid evacuation transport vaccines vaccine hospitalisation "
    "hospitalization cash help security escort".split())
# Words that grade the help rather than say what it was.
_QUALIFIERS = frozenset("necessary needed required adequate proper appropriate basic essential immediate urgent "
                        "all some any much-needed sufficient".split())
_DISPOSING = frozenset(
    "returned repatriated released freed deported extradited handed transferred relocated resettled sent "
    "tried prosecuted charged sentenced evacuated exchanged expelled detained interrogated questioned "
    "reunited".split())
_VERBS = _GIVING | _DISPOSING
_FUTURE = frozenset("will would shall 'll".split())
_DESTINATION = frozenset("to into over from".split())

ACTION_CUE = re.compile(
    r"\b(?:provided|given|gave|offered|supplied|granted|received|delivered|extended)\b"
    r"|\b(?:will|would|shall)\s+(?:be|soon\s+be|later\s+be)\s+\w+(?:ed|en|nt)\b", re.IGNORECASE)


def find_actions(fact_text: FactText) -> list[Finding]:
    """Aid and outcome claims in the already-parsed sentences of an article."""
    findings: list[Finding] = []
    for sentence in fact_text.sentences:
        doc = sentence.parsed
        if doc is None:
            continue
        for token in tokens_among(doc, _VERBS):  # the only tokens _aid or _outcome can take
            finding = _aid(token, sentence.start) or _outcome(token, sentence.start)
            if finding is not None:
                findings.append(finding)
    return findings


def _aid(verb: Token, offset: int) -> Finding | None:
    if verb.lower_ not in _GIVING or verb.pos_ not in ("VERB", "AUX") or _negated(verb):
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if not objects:
        return None
    things = _conjuncts(objects[0])
    items = [_item(t) for t in things]
    if not any(t.lower_ in _HELP for t in things):
        return None
    first = _item_tokens(things[0])[0]
    last = things[-1]
    recipient = _recipient(verb)
    subject = f"what {recipient} {'received' if verb.lower_ in _RECEIVING else 'were given'}" if recipient \
        else "what was given"
    return Finding(kind="statement", subject=subject, value=items,
                   start=offset + first.idx, end=offset + last.idx + len(last.text))


def _outcome(verb: Token, offset: int) -> Finding | None:
    if verb.lower_ not in _DISPOSING or verb.tag_ != "VBN" or _negated(verb):
        return None
    auxiliaries = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if not (auxiliaries & _FUTURE) or "be" not in auxiliaries or not subjects:
        return None
    words = [w for w in verb.subtree if not w.is_punct or w.i < verb.i]
    start, end = words[0], words[-1]
    particle = [c.text for c in verb.children if c.dep_ == "prt"]
    where = next((c for c in verb.children if c.dep_ in ("prep", "dative") and c.lower_ in _DESTINATION), None)
    value = " ".join(["to be", verb.text, *particle, *([_phrase(where).text] if where is not None else [])])
    return Finding(kind="statement", subject=f"what happens to {_who(subjects[0])}", value=value,
                   start=offset + start.idx, end=offset + end.idx + len(end.text))


def _conjuncts(head: Token) -> list[Token]:
    """The head noun and the nouns coordinated with it, in text order."""
    found = [head]
    for child in head.children:
        if child.dep_ == "conj":
            found += _conjuncts(child)
    return sorted(found, key=lambda t: t.i)


def _item_tokens(noun: Token) -> list[Token]:
    """The noun with its compounds and classifying adjectives, without determiners or graders."""
    left = [c for c in noun.lefts if c.dep_ in ("compound", "amod", "nmod") and c.lower_ not in _QUALIFIERS]
    return sorted([*left, noun], key=lambda t: t.i)


def _item(noun: Token) -> str:
    return " ".join(t.text for t in _item_tokens(noun))


def _recipient(verb: Token) -> str | None:
    """Who got it: the passive or receiving subject, else the object of "to"/"for", else the indirect object."""
    for child in verb.children:
        if child.dep_ == "nsubjpass" or (child.dep_ == "nsubj" and verb.lower_ in _RECEIVING):
            return _who(child)
    for child in verb.children:
        if child.dep_ == "dative":
            return _who(child)
        if child.dep_ == "prep" and child.lower_ in ("to", "for"):
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects:
                return _who(objects[0])
    return None


def _phrase(token: Token) -> Span:
    return token.doc[token.left_edge.i:token.right_edge.i + 1]


def _who(token: Token) -> str:
    """A subject phrase as it reads inside a question: "The families" -> "the families"."""
    phrase = _phrase(token)
    return phrase.text[0].lower() + phrase.text[1:] if phrase[0].dep_ == "det" else phrase.text


def _negated(verb: Token) -> bool:
    return any(c.dep_ == "neg" for c in verb.children)
