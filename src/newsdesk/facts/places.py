"""The place finder: every toponym of an article, geocoded, with its exact span.

Finding the names, cheapest first:

1. The gazetteer spots capitalised word runs in every sentence, in any
   language (:mod:`newsdesk.places.spot`): countries, regions, continents
   and towns, plus places named by their form ("Royal Street", "Indian
   Ocean", "the Arundu sector"). Sure and likely spots are kept; doubtful
   ones (a sentence's first word, an alternate name only, a surname of the
   article) are not.
2. English only, and only where it costs nothing: when another finder has
   already parsed a sentence with spaCy, its GPE, LOC and FAC entities
   confirm doubtful spots and add the places the gazetteer lacks, and a
   PERSON entity vetoes a likely spot ("Kelly"). This finder never parses a
   sentence itself: on GeoWebNews' tuning half, parsing every sentence
   raised recall from 0.81 to 0.84 for some 40 times the cost (see
   bench/results/geoparsing.md).

Then all toponyms of the article are resolved together
(:func:`newsdesk.places.resolve_places`), with the outlet's country as a hint
(a ccTLD such as ``.pk``, or a country named in the outlet's name; see
:mod:`newsdesk.places.source`). A name the gazetteer does not know gets a
place from the text when it can:

- ``located_by`` = "container": the text puts it inside a known place
  ("the Arundu sector of the Chitral district", "Royal Street, New Orleans");
- ``located_by`` = "article": else the town the article names most often
  (else its most named region), as streets and buildings mostly lie there;
- ``located_by`` = null: no coordinates at all.

The value of each finding: name, country (ISO2), admin1, lat, lon,
geonameid (null unless the gazetteer knows the name), ``contained_in`` (the
enclosing places' names, innermost first) and ``located_by`` ("gazetteer",
"container", "article" or null).

>>> from newsdesk.facts.document import FactText
>>> text = "Afghan troops crossed into the Arundu sector of the Chitral district of Pakistan."
>>> found = find_places(FactText.of("a1", text, language="en"))
>>> [(text[f.start:f.end], f.value["country"], f.value["contained_in"]) for f in found]
[('Arundu', 'PK', ['Chitral', 'Khyber Pakhtunkhwa', 'Pakistan']), ('Chitral', 'PK', ['Khyber Pakhtunkhwa', 'Pakistan']), ('Pakistan', 'PK', [])]
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from newsdesk.facts.document import FactText, Finding, Sentence
from newsdesk.model import Place
from newsdesk.places import country_place, kind_of, resolve_places
from newsdesk.places.source import source_country
from newsdesk.places.spot import LIKELY, SURE, Spot, spot, surnames_in

if TYPE_CHECKING:
    from spacy.tokens import Doc

SUBJECT = "place mentioned"
_NER_LABELS = frozenset({"GPE", "LOC", "FAC"})
_NOT_PLACE_LABELS = frozenset({"PERSON"})
# "X sector of the Y district", "X, Y", "X in Y": the text says Y holds X.
_CONTAINER_GAP = re.compile(
    r"^(?:\s+(?:\w+\s+){0,2}?(?:of|in|near)\s+(?:the\s+)?|,\s*)$")


@dataclass(slots=True)
class _Mention:
    start: int
    end: int
    text: str


def find_places(fact_text: FactText) -> list[Finding]:
    """Every toponym of the article as a ``place`` finding, geocoded and in text order.

    >>> from newsdesk.facts.document import FactText
    >>> text = "Les soldats ont franchi la frontière à Chitral, au Pakistan."
    >>> [(f.value["name"], f.value["country"]) for f in find_places(FactText.of("a2", text, language="fr"))]
    [('Chitral', 'PK'), ('Pakistan', 'PK')]
    >>> find_places(FactText.of("a3", ""))
    []
    """
    surnames = surnames_in(fact_text.text)
    mentions = [m for sentence in fact_text.sentences for m in _sentence_mentions(sentence, surnames)]
    if not mentions:
        return []
    places = resolve_places([m.text for m in mentions], source_country=source_country(fact_text.source))
    focus = _focus(places)
    findings = []
    for i, (mention, place) in enumerate(zip(mentions, places)):
        if place is not None:
            value = _value(mention, place, None, "gazetteer")
        elif (container := _container(fact_text.text, mentions, places, i)) is not None:
            value = _value(mention, None, container, "container")
        else:
            value = _value(mention, None, focus, "article")
        findings.append(Finding("place", SUBJECT, value, mention.start, mention.end))
    return findings


def _focus(places: list[Place | None]) -> Place | None:
    """The town the article names most often (the first on a tie), else its most named region."""
    for wanted in ("city", "admin1"):
        counts = Counter(p for p in places if p is not None and kind_of(p) == wanted)
        if counts:
            return counts.most_common(1)[0][0]
    return None


def _sentence_mentions(sentence: Sentence, surnames: frozenset[str]) -> list[_Mention]:
    """The toponyms of one sentence, offsets into the article."""
    spots = spot(sentence.text, sentence.start, surnames=surnames)
    doc = _already_parsed(sentence)
    if doc is None:
        return [_Mention(s.start, s.end, s.text) for s in spots if s.confidence >= LIKELY]
    places, others = [], []
    for entity in doc.ents:
        span = (sentence.start + entity.start_char, sentence.start + entity.end_char)
        if entity.label_ in _NER_LABELS:
            places.append(span)
        elif entity.label_ in _NOT_PLACE_LABELS:
            others.append(span)
    mentions = [_Mention(s.start, s.end, s.text) for s in spots if _kept(s, places, others)]
    for a, b in places:
        if not any(m.start < b and a < m.end for m in mentions):
            a, text = _without_article(a, sentence.text[a - sentence.start:b - sentence.start])
            mentions.append(_Mention(a, b, text))
    return sorted(mentions, key=lambda m: m.start)


def _already_parsed(sentence: Sentence) -> Doc | None:
    """The sentence's spaCy parse when another finder has made it already (parsing costs more than finding)."""
    return sentence.parsed if sentence.language == "en" else None


def _kept(spot_: Spot, places: list[tuple[int, int]], others: list[tuple[int, int]]) -> bool:
    """A sure spot always; a likely one unless the parse calls it something else; a doubtful one if it calls
    it a place."""
    if spot_.confidence == SURE:
        return True
    if any(a < spot_.end and spot_.start < b for a, b in places):
        return True
    return spot_.confidence == LIKELY and not any(a < spot_.end and spot_.start < b for a, b in others)


def _without_article(start: int, text: str) -> tuple[int, str]:
    for article in ("the ", "The "):
        if text.startswith(article):
            return start + len(article), text[len(article):]
    return start, text


def _container(text: str, mentions: list[_Mention], places: list[Place | None], i: int) -> Place | None:
    """The place that the text says holds mention ``i``: a resolved mention right after it."""
    mention = mentions[i]
    for following, place in zip(mentions[i + 1:i + 3], places[i + 1:i + 3]):
        if _CONTAINER_GAP.match(text[mention.end:following.start]):
            if place is not None:
                return place
            mention = following
        else:
            break
    return None


def _value(mention: _Mention, place: Place | None, container: Place | None, located_by: str) -> dict[str, Any]:
    if place is not None:
        return {**place.to_dict(), "contained_in": _enclosing(place), "located_by": located_by}
    if container is not None:
        return {"name": mention.text, "country": container.country, "admin1": container.admin1,
                "lat": container.lat, "lon": container.lon, "geonameid": None,
                "contained_in": [container.name, *_enclosing(container)], "located_by": located_by}
    return {"name": mention.text, "country": None, "admin1": None, "lat": None, "lon": None, "geonameid": None,
            "contained_in": [], "located_by": None}


def _enclosing(place: Place) -> list[str]:
    """Names of the admin1 region and the country that hold a place, innermost first."""
    kind = kind_of(place)
    names = []
    if kind == "city" and place.admin1:
        names.append(place.admin1)
    if kind in ("city", "admin1") and place.country:
        country = country_place(place.country)
        if country is not None:
            names.append(country.name)
    return names
