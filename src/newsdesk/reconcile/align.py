"""Alignment: which claims of an event's articles say the same thing.

Claims are aligned per kind, and "the same thing" is *compatible*, not equal:

- counts: same role and the same kind of thing counted ("soldiers", "troops",
  "members of the army" are military personnel; "officers" are not), and
  overlapping values ("at least 46" and "46" agree; 35 and 46 do not);
- places: the same GeoNames place, or one named inside the other ("Chitral"
  and "the Arundu sector of the Chitral district");
- times: overlapping days ("Sunday night" and "Sunday evening");
- actors: the same normalised name; statements: the same speaker.

Each group is a list of :class:`~newsdesk.model.ArticleClaim`; counts that
are incompatible with each other end in separate groups of one *topic* so
that the caller can mark them contested (or as a running toll's update).

>>> from newsdesk.model import ArticleClaim as C
>>> def count(article, value): return C(article, "count", "soldiers crossed", value, 0, 2, "46")
>>> groups = align_counts([count("a", {"min": 46, "what": "soldiers", "role": None}),
...                        count("b", {"exact": 46, "what": "troops", "role": None}),
...                        count("c", {"exact": 35, "what": "soldiers", "role": None})])
>>> [[c.article_id for c in group] for topic in groups for group in topic]
[['c'], ['b', 'a']]
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from datetime import date

from newsdesk.facts.counts import counts_a_part
from newsdesk.model import ArticleClaim

# Nouns that count the same kind of people, so that one outlet's "46 soldiers"
# and another's "46 members of the army" line up, and so do the nouns of the
# languages whose counts the desk reads ("412 passagers", "cuatro personas").
# A toll ("the death toll rose to three", "12 fatalities") counts people too.
_SAME_KIND = {
    "military": "soldier soldiers troop troops member members personnel servicemen serviceman "
                "agents agent guards guard army "
                "soldats militaires troupes soldados militares tropas soldaten soldati militari",
    "people": "people person persons individuals individual residents resident toll dead deaths fatalities "
              "personnes habitants personas vecinos habitantes pessoas moradores menschen personen "
              "einwohner persone abitanti люди человек человека жителей kişi "
              # the dead and the hurt themselves, as several languages count them ("un mort", "29 blessés")
              "victims casualties injured wounded morts mort blessés blessé victimes muertos muerto heridos herido "
              "víctimas tote toten verletzte verletzten morti feriti vittime mortos feridos vítimas",
    "families": "families family households household familles ménages familias hogares famílias familien "
                "haushalte famiglie семей семьи aile",
    "children": "children child kids minors enfants niños menores crianças kinder bambini minori дети детей "
                "çocuk",
    "passengers": "passengers passenger passagers pasajeros passageiros passagiere passeggeri пассажиров yolcu",
    "police": "police policemen policeman policiers gendarmes policías agentes policiais polizisten poliziotti",
    "militants": "militants militant fighters fighter insurgents insurgent rebels rebel gunmen gunman "
                 "combattants rebelles insurgés jihadistes combatientes rebeldes insurgentes kämpfer rebellen "
                 "miliziani ribelli",
    "migrants": "migrants migrant migrantes migranten migranti",
    "buildings": "buildings building bâtiments bâtiment immeubles edificios edificio gebäude edifici здания зданий "
                 "bina",
    "homes": "homes home houses house maisons logements casas viviendas häuser wohnungen abitazioni домов дома "
             "ev konut",
}
_KIND_OF_NOUN = {noun: kind for kind, nouns in _SAME_KIND.items() for noun in nouns.split()}
# Nouns that only name the people a role makes ("2,000 protesters marched" and "thousands marched" count the
# same protesters; "12 hostages were freed" and "12 were kidnapped" the same captives): the people of that role.
_ROLE_NOUNS = {
    "protesters": "protesters protester demonstrators demonstrator marchers manifestants manifestantes "
                  "demonstranten manifestanten dimostranti manifestanti",
    "kidnapped": "hostages hostage abductees captives otages rehenes geiseln ostaggi",
    "evacuated": "evacuees évacués evacuados evakuierte",
    "arrested": "detainees detainee arrestees détenus detenidos festgenommene",
}
_ROLE_OF_NOUN = {(role, noun) for role, nouns in _ROLE_NOUNS.items() for noun in nouns.split()}
_UNBOUNDED = 10**12


def interval(value: dict) -> tuple[float, float]:
    """The range of values a count claim allows.

    >>> interval({"min": 46}), interval({"exact": 5}), interval({"min": 10, "max": 15})
    ((46, 1000000000000), (5, 5), (10, 15))
    """
    if "exact" in value:
        return value["exact"], value["exact"]
    return value.get("min", 0), value.get("max", _UNBOUNDED)


def compatible(a: dict, b: dict) -> bool:
    """True when two count values can both be true ("at least 46" and "46")."""
    (low_a, high_a), (low_b, high_b) = interval(a), interval(b)
    return low_a <= high_b and low_b <= high_a


def count_topic(claim: ArticleClaim) -> tuple[str | None, str, bool]:
    """What a count is about: its role, the kind of thing counted, and whether it counts a part of a group
    named before ("two of them", "five officers among them"), which never contradicts the group's total.

    >>> count_topic(ArticleClaim("a", "count", "soldiers", {"exact": 2, "what": "soldiers"}, 0, 11, "two of them"))
    (None, 'military', True)
    >>> march = {"min": 2000, "what": "protesters", "role": "protesters"}
    >>> count_topic(ArticleClaim("a", "count", "protesters", march, 0, 9, "thousands"))
    ('protesters', 'people', False)
    """
    part = claim.subject.endswith(" among them") or counts_a_part(claim.quote)
    role = claim.value.get("role")
    what = str(claim.value.get("what") or "")
    # a bare figure with a role ("seven were killed") counts people, as a toll does, and so does a noun that only
    # names the role's people ("thousands of protesters marched")
    if role and (role, _head_word(what)) in _ROLE_OF_NOUN:
        return role, "people", part
    kind = noun_kind(what) or ("people" if role else "")
    return role, kind, part


def noun_kind(what: str) -> str:
    """The kind of thing a counted noun names ("troops" and "soldiers" -> "military").

    >>> noun_kind("Afghan soldiers"), noun_kind("troops"), noun_kind("officers")
    ('military', 'military', 'officer')
    """
    if " and " in what:
        return "people"  # one figure for a mixed group: "passengers and crew"
    head = _head_word(what)
    return _KIND_OF_NOUN.get(head, head.rstrip("s") or head)


def _head_word(what: str) -> str:
    """The last word of a counted noun phrase, in lower case ("" for none): "Afghan soldiers" -> "soldiers"."""
    words = what.lower().split()
    return words[-1] if words else ""


def align_counts(claims: list[ArticleClaim]) -> list[list[list[ArticleClaim]]]:
    """Topics of count claims; each topic is a list of groups of compatible claims.

    Exact and bounded values form the groups; an open value ("at least 46",
    "dozens") joins the compatible group with the most articles, or stands
    alone when none is compatible.
    """
    topics: dict[tuple, list[ArticleClaim]] = defaultdict(list)
    for claim in claims:
        topics[count_topic(claim)].append(claim)
    aligned = []
    for topic_claims in topics.values():
        tight = sorted((c for c in topic_claims if _bounded(c.value)), key=lambda c: interval(c.value))
        groups: list[list[ArticleClaim]] = []
        for claim in tight:
            if groups and all(compatible(claim.value, other.value) for other in groups[-1]):
                groups[-1].append(claim)
            else:
                groups.append([claim])
        for claim in (c for c in topic_claims if not _bounded(c.value)):
            fits = [g for g in groups if all(compatible(claim.value, other.value) for other in g)]
            if fits:
                max(fits, key=lambda g: len({c.article_id for c in g})).append(claim)
            else:
                groups.append([claim])
        aligned.append(groups)
    return aligned


def align_places(claims: list[ArticleClaim]) -> list[list[ArticleClaim]]:
    """Groups of place claims that name the same place or one inside the other.

    Claims naming the same place (GeoNames id, else folded name) are grouped
    first; containment is then checked between those groups, which are few.
    """
    by_place: dict[str, list[ArticleClaim]] = defaultdict(list)
    for claim in claims:
        by_place[_place_key(claim.value)].append(claim)
    groups = list(by_place.values())
    merged = _union(groups, lambda a, b: _one_inside_other(a[0].value, b[0].value))
    return [[claim for group in cluster for claim in group] for cluster in merged]


def align_times(claims: list[ArticleClaim]) -> list[list[ArticleClaim]]:
    """Groups of time claims whose days overlap (a wide period joins nothing)."""
    narrow = [c for c in claims if days_spanned(c.value) <= 2]
    return _union(narrow, _same_time)


def align_by_value(claims: list[ArticleClaim], key: Callable[[ArticleClaim], str]) -> list[list[ArticleClaim]]:
    """Groups of claims with the same ``key`` (actors by name, statements by speaker)."""
    groups: dict[str, list[ArticleClaim]] = defaultdict(list)
    for claim in claims:
        groups[key(claim)].append(claim)
    return list(groups.values())


def _bounded(value: dict) -> bool:
    low, high = interval(value)
    return high < _UNBOUNDED and high - low <= max(2, 0.2 * high)


def _place_key(value: dict) -> str:
    return f"id:{value['geonameid']}" if value.get("geonameid") is not None else f"name:{_fold(value.get('name'))}"


def _one_inside_other(a: dict, b: dict) -> bool:
    """One place is named inside the other, at town or district level (not merely in one country)."""
    if _fold(a.get("name")) == _fold(b.get("name")):
        return True
    inside_a = {_fold(n) for n in _known_containers(a)}
    inside_b = {_fold(n) for n in _known_containers(b)}
    return (_fold(b.get("name")) in inside_a and _is_local(b)) or (_fold(a.get("name")) in inside_b and _is_local(a))


def _known_containers(value: dict) -> list[str]:
    """The places a place is known to lie in; none for a name no gazetteer knows, which the place finder only
    put in the article's best-supported town or on its outlet's beat: a guess that must not fold "Diboli" (in
    Mali) into "Kidira" (in Senegal)."""
    return [] if value.get("located_by") in ("article", "outlet") else value.get("contained_in") or []


def _is_local(value: dict) -> bool:
    return bool(value.get("contained_in")) and len(value.get("contained_in")) >= 2


def _same_time(a: ArticleClaim, b: ArticleClaim) -> bool:
    return a.value["start"] <= b.value["end"] and b.value["start"] <= a.value["end"]


def days_spanned(value: dict) -> int:
    """Days from a time value's start to its end (0 for a single day)."""
    return (date.fromisoformat(value["end"]) - date.fromisoformat(value["start"])).days


def _fold(name: object) -> str:
    return re.sub(r"\W+", " ", str(name or "")).strip().lower()


def _union(claims: list, same: Callable[[object, object], bool]) -> list[list]:
    """Connected groups under ``same`` (the items per event are few: pairs are fine)."""
    parent = list(range(len(claims)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i in range(len(claims)):
        for j in range(i):
            if root(i) != root(j) and same(claims[i], claims[j]):
                parent[root(i)] = root(j)
    groups: dict[int, list[ArticleClaim]] = defaultdict(list)
    for i, claim in enumerate(claims):
        groups[root(i)].append(claim)
    return list(groups.values())
