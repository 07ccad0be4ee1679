"""The place finder: every toponym of an article, geocoded, with its exact span.

Finding the names, cheapest first:

1. The gazetteer spots capitalised word runs in every sentence, in any
   language (:mod:`newsdesk.places.spot`). Its sure matches are kept as they
   are: countries, regions, continents, big towns, names of several words.
2. English only: a sentence whose spots are not sure ("Taylor", "Home",
   "Street" in "Frenchmen Street") or that holds a capitalised run the
   gazetteer does not know after a place word ("in", "near", "sector")
   is parsed by spaCy (:meth:`Sentence.doc`, cached for the other finders);
   its GPE, LOC and FAC entities confirm or drop those spots and add the
   places the gazetteer lacks (streets, buildings, rivers, villages).
   Other languages keep the spots that are likely without that check.

Then all toponyms of the article are resolved together
(:func:`newsdesk.places.resolve_places`), with the outlet's country as a hint
(a ccTLD such as ``.pk``, or a country named in the outlet's name). A name the
gazetteer does not know ("Arundu") but that the text places inside a known
one ("the Arundu sector of the Chitral district") takes that place's
country, region and coordinates, with ``geonameid`` null and
``located_by`` = "container".

The value of each finding: name, country (ISO2), admin1, lat, lon,
geonameid (null when unresolved), ``contained_in`` (the enclosing places'
names, innermost first) and ``located_by`` ("gazetteer", "container" or
null when unplaced).

>>> from newsdesk.facts.document import FactText
>>> text = "Afghan troops crossed into the Arundu sector of the Chitral district of Pakistan."
>>> found = find_places(FactText.of("a1", text, language="en"))
>>> [(text[f.start:f.end], f.value["country"], f.value["contained_in"]) for f in found]
[('Arundu', 'PK', ['Chitral', 'Khyber Pakhtunkhwa', 'Pakistan']), ('Chitral', 'PK', ['Khyber Pakhtunkhwa', 'Pakistan']), ('Pakistan', 'PK', [])]
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from newsdesk.facts.document import FactText, Finding, Sentence
from newsdesk.model import Place
from newsdesk.places import country_place, kind_of, resolve_places
from newsdesk.places.source import source_country
from newsdesk.places.spot import LIKELY, SURE, spot, surnames_in

SUBJECT = "place mentioned"
_NER_LABELS = frozenset({"GPE", "LOC", "FAC"})
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
    findings = []
    for i, (mention, place) in enumerate(zip(mentions, places)):
        container = _container(fact_text.text, mentions, places, i) if place is None else None
        findings.append(Finding("place", SUBJECT, _value(mention, place, container), mention.start, mention.end))
    return findings


PARSE_LIKELY = False
PARSE_DOUBTFUL = False
USE_CACHED = True


def _sentence_mentions(sentence: Sentence, surnames: frozenset[str]) -> list[_Mention]:
    """The toponyms of one sentence, offsets into the article."""
    spots = spot(sentence.text, sentence.start, surnames=surnames)
    if sentence.language != "en":
        return [_Mention(s.start, s.end, s.text) for s in spots if s.confidence >= LIKELY]
    parsed = USE_CACHED and sentence._doc is not None
    needs = ((PARSE_LIKELY and any(s.confidence == LIKELY for s in spots))
             or (PARSE_DOUBTFUL and any(s.confidence < LIKELY for s in spots)))
    if not (parsed or needs):
        return [_Mention(s.start, s.end, s.text) for s in spots if s.confidence >= LIKELY]
    doc = sentence.doc()
    entities = [(sentence.start + e.start_char, sentence.start + e.end_char) for e in doc.ents
                if e.label_ in _NER_LABELS]
    mentions = [_Mention(s.start, s.end, s.text) for s in spots
                if s.confidence == SURE or any(a < s.end and s.start < b for a, b in entities)]
    for a, b in entities:
        if not any(m.start < b and a < m.end for m in mentions):
            a, text = _without_article(a, sentence.text[a - sentence.start:b - sentence.start])
            mentions.append(_Mention(a, b, text))
    return sorted(mentions, key=lambda m: m.start)


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


def _value(mention: _Mention, place: Place | None, container: Place | None) -> dict[str, Any]:
    if place is not None:
        return {**place.to_dict(), "contained_in": _enclosing(place), "located_by": "gazetteer"}
    if container is not None:
        return {"name": mention.text, "country": container.country, "admin1": container.admin1,
                "lat": container.lat, "lon": container.lon, "geonameid": None,
                "contained_in": [container.name, *_enclosing(container)], "located_by": "container"}
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
