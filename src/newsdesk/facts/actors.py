"""Actors: people, organisations, armed and state forces, normalised across name forms.

Names are normalised the way conflict coders name actors (the ACLED
codebook's style), so that "the Afghan National Army (ANA)", "the ANA",
"Afghan troops" and "Afghan forces" are one actor:

- state forces: "Military Forces of <country>", "Police Forces of <country>";
- crowds: "Protesters (<country>)", "Rioters (<country>)";
- unnamed gunmen: "Unidentified Armed Group (<country>)";
- named organisations and people as written, an acronym replaced by the
  name it abbreviates, a surname alone replaced by the full name used earlier.

The country of a force comes from its demonym or country name ("Afghan",
"Pakistan army"); when the text gives none, from the article's main country
(the caller passes it). Demonyms on their own are affiliations, not actors.

>>> from newsdesk.facts.document import FactText
>>> text = "The Afghan National Army (ANA) said 46 soldiers crossed. The ANA denied it. Protesters gathered."
>>> [f.value for f in find_actors(FactText.of("a", text, language="en"), main_country="AF")]
['Military Forces of Afghanistan', 'Military Forces of Afghanistan', 'Protesters (Afghanistan)']
"""

from __future__ import annotations

import re
from functools import lru_cache

from newsdesk.facts.document import FactText, Finding
from newsdesk.places import country_place, demonym_country, resolve_place

_FORCE_WORDS = {
    "army": "military", "military": "military", "armed forces": "military", "security forces": "military",
    "forces": "military", "troops": "military", "soldiers": "military", "navy": "military",
    "air force": "military", "national army": "military", "border guards": "military",
    "police": "police", "policemen": "police", "police officers": "police", "border police": "police",
    "protesters": "protesters", "protestors": "protesters", "demonstrators": "protesters",
    "rioters": "rioters", "gunmen": "unidentified", "unidentified gunmen": "unidentified",
    "unidentified armed men": "unidentified", "armed men": "unidentified", "unknown assailants": "unidentified",
}
_CANONICAL = {
    "military": "Military Forces of {}", "police": "Police Forces of {}",
    "protesters": "Protesters ({})", "rioters": "Rioters ({})", "unidentified": "Unidentified Armed Group ({})",
}
_SUBJECT = {"military": "state forces", "police": "state forces", "protesters": "protesters",
            "rioters": "rioters", "unidentified": "armed group"}
_FORCE = re.compile(
    r"(?:\b(?P<qualifier>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+)?"
    r"\b(?P<force>(?i:" + "|".join(sorted((re.escape(w) for w in _FORCE_WORDS), key=len, reverse=True)) + r"))\b"
)
_ACRONYM_DEFINITION = re.compile(r"\b(?P<long>(?:[A-Z][\w'’-]*\s+){1,7}?(?:[A-Z][\w'’-]*))\s+\((?P<short>[A-Z]{2,8})\)")
_NER_LABELS = {"ORG": "organisation", "PERSON": "person"}
_PROTEST = re.compile(r"\b(?:protest(?:ed|s|ing)?|demonstrat(?:ed|ion|ions|ing)|rall(?:ied|y|ies)|sit-in|"
                      r"went on strike|staged a strike)\b", re.IGNORECASE)
_RIOT = re.compile(r"\b(?:riot(?:ed|s|ing)?|mob|mob violence|scuffle|brawl)\b", re.IGNORECASE)
_STATE_FORCES = re.compile(r"\b(?:government|regime|state|pro-government)\s+(?:forces|troops|soldiers)\b",
                           re.IGNORECASE)
_NAMED_GROUP = re.compile(r"\b(?P<name>(?:[A-Z][\w'’-]+\s+){0,3}[A-Z][\w'’-]+|[A-Z][\w'’-]+\s+[a-z]+)\s+"
                          r"(?:militants|rebels|insurgents|fighters|jihadists|gunmen)\b")


def find_actors(fact_text: FactText, *, main_country: str | None = None) -> list[Finding]:
    """Actor mentions in text order; ``value`` is the normalised actor name."""
    acronyms = {m["short"]: m["long"] for m in _ACRONYM_DEFINITION.finditer(fact_text.text)}
    found = _force_mentions(fact_text, acronyms, main_country)
    taken = [(f.start, f.end) for f in found]
    found.extend(_named_mentions(fact_text, acronyms, main_country, taken))
    taken = [(f.start, f.end) for f in found]
    found.extend(_crowd_and_group_mentions(fact_text, main_country, taken))
    _merge_surnames(found)
    return sorted(found, key=lambda f: f.start)


def _force_mentions(fact_text: FactText, acronyms: dict[str, str], main_country: str | None) -> list[Finding]:
    found = []
    text = fact_text.text
    previous_end = -2
    last_country: dict[str, str] = {}  # force type -> country of its latest qualified mention
    for match in _FORCE.finditer(text):
        if match.start() <= previous_end + 1:  # "Pakistan army troops": one actor
            continue
        previous_end = match.end()
        force = _FORCE_WORDS[" ".join(match["force"].lower().split())]
        qualifier = match["qualifier"]
        country = _country_of(qualifier) if qualifier else None
        start = match.start("qualifier") if country else match.start("force")
        if country is None and force in ("military", "police") and match["force"].lower() == "forces":
            continue  # "forces" alone is too vague to name
        if country:
            last_country[force] = country
        # "soldiers" after "Afghan soldiers" are those soldiers; else the article's main country
        country = country or last_country.get(force) or main_country
        if country is None:
            continue
        found.append(Finding("actor", _SUBJECT[force], _force_name(force, country), start, match.end()))
    for short, long in acronyms.items():
        force = _force_of_name(long)
        if force is None:
            continue
        for match in re.finditer(rf"\b{re.escape(short)}\b", text):
            found.append(Finding("actor", _SUBJECT[force[0]], _force_name(*force), match.start(), match.end()))
    return found


def _crowd_and_group_mentions(fact_text: FactText, main_country: str | None,
                               taken: list[tuple[int, int]]) -> list[Finding]:
    """Actors named by what they do or by a group word rather than a noun of their own.

    "interns protested" -> Protesters (<country>); "a riot broke out" -> Rioters (<country>);
    "regime forces" -> the main country's military; "Al Shabaab militants" -> Al Shabaab.
    """
    found = []
    text = fact_text.text
    for pattern, force in ((_PROTEST, "protesters"), (_RIOT, "rioters"), (_STATE_FORCES, "military")):
        if main_country is None:
            break
        for match in pattern.finditer(text):
            if not any(match.start() < b and a < match.end() for a, b in taken):
                found.append(Finding("actor", _SUBJECT[force], _force_name(force, main_country),
                                     match.start(), match.end()))
    for match in _NAMED_GROUP.finditer(text):
        start, end = match.start("name"), match.end("name")
        if any(start < b and a < end for a, b in taken) or _country_of(match["name"]):
            continue
        found.append(Finding("actor", "armed group", _clean_name(match["name"]), start, end))
    return found


def _named_mentions(fact_text: FactText, acronyms: dict[str, str], main_country: str | None,
                    taken: list[tuple[int, int]]) -> list[Finding]:
    """Organisations and people that spaCy's NER found in the sentences already parsed (English)."""
    found = []
    for sentence in fact_text.sentences:
        doc = sentence.parsed
        if doc is None:
            continue
        for entity in doc.ents:
            if entity.label_ not in _NER_LABELS:
                continue
            start = sentence.start + entity.start_char
            end = sentence.start + entity.end_char
            if any(start < b and a < end for a, b in taken):
                continue
            name = _clean_name(entity.text)
            name = acronyms.get(name, name)
            force = _force_of_name(name)
            value = _force_name(*force) if force else name
            subject = _SUBJECT[force[0]] if force else _NER_LABELS[entity.label_]
            found.append(Finding("actor", subject, value, start, end))
    return found


def _merge_surnames(found: list[Finding]) -> None:
    """A person named by surname alone takes the full name used for them elsewhere in the article."""
    full_names = [f.value for f in found if f.subject == "person" and " " in f.value]
    for finding in found:
        if finding.subject == "person" and " " not in finding.value:
            matches = [n for n in full_names if n.split()[-1] == finding.value]
            if len(set(matches)) == 1:
                finding.value = matches[0]


def actor_name(phrase: str) -> str:
    """The normalised actor name of a phrase such as a speaker ("Pakistan army said").

    >>> actor_name("Inter-Services Public Relations (ISPR) media wing of the Pakistani army")
    'Military Forces of Pakistan'
    >>> actor_name("Dawn News")
    'Dawn News'
    """
    for match in _FORCE.finditer(phrase):
        force = _force_of_name(match.group())
        if force:
            return _force_name(*force)
    return _clean_name(phrase)


def is_force_name(name: str) -> bool:
    """True for a normalised state force, crowd or armed group name ("Military Forces of Pakistan")."""
    return any(name.startswith(pattern.split("{}")[0]) for pattern in _CANONICAL.values())


def _force_of_name(name: str) -> tuple[str, str] | None:
    """("military", "AF") for "Afghan National Army", None for a name that is no state force."""
    match = _FORCE.fullmatch(name.strip())
    if match is None or not match["qualifier"]:
        return None
    country = _country_of(match["qualifier"])
    if country is None:
        return None
    return _FORCE_WORDS[" ".join(match["force"].lower().split())], country


def _force_name(force: str, country: str) -> str:
    return _CANONICAL[force].format(_country_name(country))


def _country_of(qualifier: str) -> str | None:
    """ISO2 code of a demonym or country name ("Afghan", "Pakistan", "Pakistani", "Afghan National")."""
    words = qualifier.replace("’", "'").removesuffix("'s").split()
    for word in words[:1]:
        code = demonym_country(word)
        if code:
            return code
    place = resolve_place(" ".join(words))
    if place is not None and place.geonameid is not None and _is_country(place):
        return place.country
    return None


def _is_country(place) -> bool:
    country = country_place(place.country) if place.country else None
    return country is not None and country.geonameid == place.geonameid


@lru_cache(maxsize=512)
def _country_name(code: str) -> str:
    place = country_place(code)
    return place.name if place else code


def _clean_name(text: str) -> str:
    return re.sub(r"^(?:the|The)\s+", "", text.strip()).removesuffix("'s").removesuffix("’s").strip()
