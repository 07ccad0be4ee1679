"""Resolve the toponyms of one document together, and say which place holds which.

Each name's candidates come from the gazetteer. The choice among them:

1. Kind. A continent or a country always wins over towns of the same name
   ("US", "Pakistan", "Jordan" are never towns). An admin1 region wins too,
   unless only the town has evidence (below) for it ("Bari" beside "Italy" is
   the Italian city, not the Somali region), or, with equal evidence, the town
   lies in the region and has ``NAMESAKE_TOWN_POPULATION`` people or more
   ("New York", "Kabul", "Gomel", "Murcia" alone are the cities; "Murcia"
   beside "Lorca" is the region), or is more populous than the whole region
   ("Gaza" the city, not the province of Mozambique). Between regions, evidence first, then the region
   called by the name as written, then population ("Western Region" alone is Uganda's; beside Tarkwa,
   Ghana's "Western"). A national capital of half a million or more named like the
   region wins unless the document names a town of the region ("Washington"
   beside "Alaska" and "Florida" is the capital). A region inside a
   same-named country never wins over it (the state of Mexico).
2. Evidence from the document's other places, each kind of evidence counted
   once, whatever the number of places that give it:

   - the document names the candidate's admin1 region, or (for a region) a
     place inside it: ``NAMED_REGION`` ("Paris" beside "Texas", "Georgia"
     beside "Atlanta");
   - the document names the candidate's country, or (for a country) a place
     inside it: ``NAMED_COUNTRY`` ("Georgia" beside "Tbilisi");
   - another town of the document lies in the same region: ``SAME_REGION``;
   - (for a region) the document names another region of its country:
     ``SIBLING_REGION`` ("Georgia" beside "Florida");
   - another place lies elsewhere in the same country: ``SAME_COUNTRY``;
   - the outlet is from the candidate's country: ``SOURCE``.
3. Prominence: a town scores log10(population), plus ``CAPITAL_BONUS`` for
   a national capital, less ``ALIAS_PENALTY`` when the name is only one of
   its alternate names ("Liverpool" was once a name of Washington, Indiana),
   unless that name is the town's own cut short ("Khairpur" of Khairpur
   Mir's) and the document names the town's region or another town of it.
   A town in a country the text names outright (its name, its capital, a
   demonym of the text or a word for an administrative unit that only this
   country uses, such as "barangay") or the outlet's country gets
   ``TOLD_COUNTRY`` more: "Tripoli" beside "Lebanese" or "Beirut", or in a
   Lebanese outlet, is Lebanon's, not Libya's bigger capital.
   A city of a million or more, named by its own name in a country the text names, wins over a town
   under ``STRAY_TOWN_POPULATION`` that only a region named favours ("Toronto" beside "Canada" and "New
   South Wales").
   Between a country and a region of the same name ("Georgia"), the country
   gets ``COUNTRY_BONUS``: it wins unless the document names the region or
   a place in it.

A small town (under ``STRAY_TOWN_POPULATION``) in a country the document
does not name, with no evidence at all, is left unresolved when the
document names countries, regions or towns of that size elsewhere (or, when
the town is named by an alternate name only, not its own in another
transliteration, when its demonyms point to countries: "Israeli troops raided Jenin" still means
Janīn): it is more likely a place of
those countries that the gazetteer lacks. Another town of the same name that the document supports takes
its place when there is one ("Sharan" beside "Aleppo"). A town of any size named by another name than its
own (nor its own cut short) is a stray too when nothing supports it and the document names a region of
another country ("Mambasa", listed among Mombasa's names, beside Congo's "Ituri"). A town named by its own name, which no other place
bears, is no stray when the document names no town or region abroad, only countries, and the town has
``SOLE_BEARER_POPULATION`` people or more ("Kilkis" beside migrants "from Afghanistan"; but "Heathrow" beside
"Britain" is no village of Florida), nor, for such a town, when it names no region abroad ("Clacton" beside
"Las Vegas"). A small town whose only evidence is other small towns of a country the document names by no
country, region or big town takes no region's name ("Scotland" beside a village of Wyoming is still Scotland). A country's name means a
same-named region of a country whose administrative words the text uses when
nothing in the document supports the country ("Rafi LGA, Niger" is Nigeria's
Niger state).

The document is resolved name by name first, then again with each name's
evidence taken from the others' current choices, until nothing changes (at
most ``MAX_ROUNDS``).

>>> [(p.name, p.admin1) for p in resolve_places(["Paris", "Texas"])]
[('Paris', 'Texas'), ('Texas', 'Texas')]
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from newsdesk.model import Place
from newsdesk.places.gazetteer import (
    ADMIN1,
    CITY,
    COUNTRY,
    KINDS,
    MIN_CITY_POPULATION,
    Gazetteer,
    Kind,
    get_gazetteer,
    lies_in,
    lookup,
    normalize,
    particle_short_form,
    skeleton,
)

NAMED_REGION = 3.0
NAMED_COUNTRY = 0.7
SAME_REGION = 1.0
SIBLING_REGION = 2.0
SAME_COUNTRY = 0.3
SOURCE = 0.7
REGION_SOURCE = 0.5  # the outlet's country, for a region or country candidate
COUNTRY_BONUS = 1.5
# The country where the text's language is mainly spoken (``language_country``): weaker than any place the
# document names, only enough to settle namesakes that nothing else tells apart ("Bari" in Italian is Italy's
# town, not Somalia's region).
LANGUAGE_COUNTRY = 0.2
# A town in a country the text names outright (by its name, its capital, a demonym or a word for its own
# administrative units) or of the outlet over a famous namesake abroad: "Tripoli" beside "Lebanese" or
# "Beirut" is Lebanon's, though Libya's capital is bigger. (The outlet's country: ACLED's unscored rows 3320 ->
# 3325 of 4070 places within 50 km, none lost.)
TOLD_COUNTRY = 2.0
MAX_TOLD_COUNTRIES = 3
CAPITAL_BONUS = 1.0
ALIAS_PENALTY = 2.0
# A town named by its own name in another transliteration ("Jenin" of Janīn) wins over a namesake that bears the
# name as its own when it is ten times as big: half the penalty of a name it was once called.
RESPELLING_PENALTY = ALIAS_PENALTY / 2
# A shorter name is shared by chance too often to tell one place (a sole bearer, a respelling) by its letters.
DISTINCT_NAME_LENGTH = 5
METROPOLIS_POPULATION = 1_000_000
# A region's town of its own name and of this size is what a bare mention of the name means ("Gomel",
# "Deir ez-Zor"): news says "the province" when it means the region. A round figure (SURE_TOWN_POPULATION).
NAMESAKE_TOWN_POPULATION = 100_000
CAPITAL_POPULATION = 500_000
MAX_ROUNDS = 3
# Below this, a town abroad without any support in the document is taken for a gap of the gazetteer.
STRAY_TOWN_POPULATION = 100_000
# A town of this size or more that alone bears its name is meant by it though the document names towns abroad
# ("Clacton" beside "Las Vegas"): only a region abroad makes it a stray. Smaller sole bearers named like a
# restaurant or a winery abroad ("Le Bernardin" in New York) stay strays. A round figure.
SOLE_BEARER_POPULATION = 10_000


@dataclass(slots=True)
class _Context:
    """Where a document's other toponyms resolved."""

    named_countries: set[str] = field(default_factory=set)
    named_regions: set[tuple[str, str]] = field(default_factory=set)
    town_regions: set[tuple[str, str]] = field(default_factory=set)
    # country -> admin1 codes of the regions and towns in it ("" when unknown)
    regions_by_country: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    big_town_countries: set[str] = field(default_factory=set)  # of towns of STRAY_TOWN_POPULATION or more
    # countries the text names outright: by name, by their capital, or by a demonym
    told_countries: set[str] = field(default_factory=set)
    language_country: str | None = None
    # the text is not in English: the gazetteer holds its names of famous cities as their alternate names
    foreign_language: bool = False


def resolve_places(names: Sequence[str], *, source_country: str | None = None, countries: Collection[str] = (),
                   administered_by: Collection[str] = (), language_country: str | None = None,
                   foreign_language: bool = False) -> list[Place | None]:
    """Resolve a document's toponyms together; one Place (or None if unknown) per name, in order.

    ``names`` are the toponyms as they appear in the text, repeats allowed
    ("Paris, Texas" forms too); ``source_country`` is the ISO2 code of the
    outlet's country, if known; ``countries`` are ISO2 codes the text points
    to without naming a place (its demonyms: "Tunisian teachers"). Both are
    hints of the same weight (``SOURCE``), and a town in one of their countries gets ``TOLD_COUNTRY``. ``administered_by`` are ISO2 codes of countries whose own words
    for administrative units the text uses ("LGA" is Nigerian): a hint too, and the country's region named
    like a country wins over that country when nothing in the document supports the country itself.
    ``language_country`` is the country where the text's language is mainly spoken
    (:func:`newsdesk.places.source.language_country`): the weakest hint (``LANGUAGE_COUNTRY``), for the choice
    among namesakes only, not for telling strays. ``foreign_language`` says the text is not in English, where a
    famous city is often named by the language's own name (see :func:`_known_abroad`).

    >>> [p.country for p in resolve_places(["Lorca", "Murcia", "Spain"])]
    ['ES', 'ES', 'ES']
    >>> resolve_places(["Georgia", "Atlanta"])[0].admin1, resolve_places(["Georgia", "Tbilisi"])[0].country
    ('Georgia', 'GE')
    >>> resolve_places(["Atlantis Qzx"])
    [None]
    """
    gaz = get_gazetteer()
    pointed = frozenset(code.upper() for code in (*countries, *administered_by) if code)
    hints = pointed | {source_country.upper()} if source_country else pointed
    administered = frozenset(code.upper() for code in administered_by)
    told = frozenset(code.upper() for code in (*countries, *administered_by, source_country) if code)
    found = {name: _without_lesser_namesakes(gaz, *lookup(gaz, name)) for name in dict.fromkeys(names)}
    speech = language_country.upper() if language_country else None
    chosen = {name: _choose(gaz, key, rows, _Context(told_countries=set(told), language_country=speech), hints,
                            administered)
              for name, (key, rows) in found.items()}
    for _ in range(MAX_ROUNDS):
        contexts: dict[int | None, _Context] = {}  # a name's context depends only on the row it chose
        updated = {name: _choose(gaz, key, rows, contexts.get(chosen[name]) or contexts.setdefault(
                       chosen[name], _context(gaz, chosen, name, told, speech)), hints, administered)
                   for name, (key, rows) in found.items()}
        if updated == chosen:
            break
        chosen = updated
    for name, row in chosen.items():
        if row is None:
            continue
        context = _context(gaz, chosen, name)
        context.foreign_language = foreign_language
        if _stray(gaz, found[name], row, context, hints, pointed):
            chosen[name] = _supported_instead(gaz, found[name], row, context, hints)
    return [None if chosen[name] is None else gaz.place(chosen[name]) for name in names]


def _without_lesser_namesakes(gaz: Gazetteer, key: str, rows: tuple[int, ...]) -> tuple[str, tuple[int, ...]]:
    """A name's candidates less the towns it is not the own name of, when a bigger town of
    ``NAMESAKE_TOWN_POPULATION`` or more bears it as its own: "Pittsburgh" is Pennsylvania's city even beside
    "California", whose Pittsburg is only spelled nearly alike."""
    others = {row for row in rows if gaz.kind(row) == CITY and normalize(gaz.name(row)) != key}
    biggest = max((gaz.population(row) for row in rows if gaz.kind(row) == CITY and row not in others), default=0)
    if biggest < NAMESAKE_TOWN_POPULATION:
        return key, rows
    return key, tuple(row for row in rows if row not in others or gaz.population(row) >= biggest)


def _stray_town(gaz: Gazetteer, row: int, context: _Context, hints: frozenset[str],
                pointed: frozenset[str] = frozenset()) -> bool:
    """A small town abroad that nothing in the document points to, when the document's other places (its
    countries, regions and towns of ``STRAY_TOWN_POPULATION`` or more; or, for a town named by an alternate
    name only, not its own respelled, its demonyms: ``pointed``) say which countries it is about (a small town says too little:
    "Dori (Seno)" is no stray beside a Seno of Laos):
    more likely a place of those countries that the gazetteer lacks ("Bara" district of Nepal is no Bara of
    Nigeria; "Afghan forces in Andar" is no Andard of France)."""
    countries = context.named_countries | context.big_town_countries | {country for country, _ in context.named_regions} | pointed
    return (gaz.kind(row) == CITY and bool(countries) and gaz.country(row) not in countries | hints
            and gaz.population(row) < STRAY_TOWN_POPULATION and _evidence(gaz, row, context, hints) == 0)


def _stray(gaz: Gazetteer, found: tuple[str, tuple[int, ...]], row: int, context: _Context,
           hints: frozenset[str], pointed: frozenset[str]) -> bool:
    """Whether the town a name chose is more likely a place the gazetteer lacks (see the module doc)."""
    key = found[0]
    own = normalize(gaz.name(row))
    if own == key and key.endswith(_COUNTY):
        return False  # "Cherokee County" says it is a US county, wherever the text's other places are
    by_other_name = own != key and not _short_form(own, key)
    if by_other_name and _stray_by_other_name(gaz, row, context, hints):
        return True
    demonym_countries = pointed if own != key and not _respelled(own, key) else frozenset()
    return not _sole_bearer(gaz, found, row, context) and _stray_town(gaz, row, context, hints, demonym_countries)


_COUNTY = " county"  # the US counties are indexed with their kind word (see gazetteer._admin2_names)


def _stray_by_other_name(gaz: Gazetteer, row: int, context: _Context, hints: frozenset[str]) -> bool:
    """A town of any size, named by another name than its own, not its own cut short ("Mambasa" is listed among
    Mombasa's; "New York" is New York City's own cut short), that nothing
    in the document points to while it names a region of another country ("Ituri"): more likely a place of that
    region the gazetteer lacks than a city abroad called by a name other than the one news gives it."""
    regions_abroad = {country for country, _ in context.named_regions} - {gaz.country(row)}
    return (gaz.kind(row) == CITY and bool(regions_abroad) and gaz.country(row) not in hints
            and not (context.foreign_language and _known_abroad(gaz, row)) and _evidence(gaz, row, context, hints) == 0)


def _known_abroad(gaz: Gazetteer, row: int) -> bool:
    """A national capital or a city of ``METROPOLIS_POPULATION`` or more: each language has its own name for it
    ("Bruselas", "Londres"), which a region abroad named in the text does not make a gap of the gazetteer. Not in
    English, whose names are the gazetteer's own: there a city's other name beside a region abroad is more likely a
    place there ("Adan" beside Somalia's regions is no Aden)."""
    return gaz.is_capital(row) or gaz.population(row) >= METROPOLIS_POPULATION


def _sole_bearer(gaz: Gazetteer, found: tuple[str, tuple[int, ...]], row: int, context: _Context) -> bool:
    """Whether a town is named by its own name (or its name cut short at a particle: "Clacton" of
    Clacton-on-Sea), which no other place bears, in a document that names no town or region of another country,
    only countries: "Kilkis" beside migrants "from Afghanistan" is the Greek town, no stray. (A town or a region
    named abroad says the gazetteer may lack the one meant there; for a town of ``SOLE_BEARER_POPULATION`` or
    more, only a region does.)"""
    key, rows = found
    own = normalize(gaz.name(row))
    abroad = set(context.regions_by_country) | context.named_countries if gaz.population(row) < SOLE_BEARER_POPULATION \
        else {country for country, _ in context.named_regions}
    return rows == (row,) and len(key) >= DISTINCT_NAME_LENGTH and (own == key or particle_short_form(own, key)) \
        and not abroad - {gaz.country(row)}


def _supported_instead(gaz: Gazetteer, found: tuple[str, tuple[int, ...]], stray: int, context: _Context,
                       hints: frozenset[str]) -> int | None:
    """The best other town of a name whose first choice is a stray, among those in a region the document names
    or another of its towns lies in (the country alone is not enough): "Sharan" beside "Aleppo" is the small
    Sharan of Aleppo's province, not a bigger Sharan of Russia, which scores more only by its size. None when
    there is none."""
    key, rows = found
    supported = [row for row in rows
                 if row != stray and gaz.kind(row) == CITY and _support(gaz, row, context) >= SAME_REGION]
    return max(supported, key=lambda row: (_town_score(gaz, key, row, context, hints), gaz.population(row)),
               default=None)


def resolve_place(name: str, *, context: Sequence[str] = (), source_country: str | None = None) -> Place | None:
    """Resolve one toponym, with the document's other toponyms as context.

    >>> resolve_place("Chitral")
    Place(name='Chitral', country='PK', admin1='Khyber Pakhtunkhwa', lat=35.8518, lon=71.78636, geonameid=1181065)
    >>> resolve_place("Paris", context=["Texas"]).country
    'US'
    """
    return resolve_places([name, *context], source_country=source_country)[0]


def km_between(a: Place, b: Place) -> float:
    """Great-circle distance in kilometres between two places with coordinates.

    >>> kabul, kandahar = resolve_places(["Kabul", "Kandahar"])
    >>> round(km_between(kabul, kandahar))
    457
    """
    lat1, lon1, lat2, lon2 = map(math.radians, (a.lat, a.lon, b.lat, b.lon))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def contains(outer: Place, inner: Place) -> bool:
    """Whether ``outer`` holds ``inner``: a continent its countries, a country its regions and towns,
    a region its towns.

    Strict (a place does not contain itself). Both places must be known to
    the gazetteer (made by this module, or carrying their GeoNames ids).

    >>> chitral, kp, pk = resolve_places(["Chitral", "Khyber Pakhtunkhwa", "Pakistan"])
    >>> contains(pk, kp), contains(kp, chitral), contains(pk, chitral), contains(chitral, pk)
    (True, True, True, False)
    """
    gaz = get_gazetteer()
    outer_row, inner_row = gaz.row_of(outer), gaz.row_of(inner)
    if outer_row is None or inner_row is None:
        return False
    return gaz.kind(outer_row) < gaz.kind(inner_row) and lies_in(gaz, inner_row, outer_row)


def kind_of(place: Place) -> Kind | None:
    """"continent", "country", "admin1" or "city" for a place the gazetteer knows, else None.

    >>> kind_of(resolve_place("Andalusia")), kind_of(resolve_place("Lorca")), kind_of(resolve_place("Africa"))
    ('admin1', 'city', 'continent')
    """
    gaz = get_gazetteer()
    row = gaz.row_of(place)
    return None if row is None else KINDS[gaz.kind(row)]


# A town says more about where something happened than a region, a region more than a country.
_SPECIFICITY = {"city": 3, "admin1": 2, "country": 1, "continent": 0}


def specificity(place: Place) -> int:
    """3 for a town, 2 for a region, 1 for a country, 0 for a continent; a place of unknown kind counts as a town.

    >>> specificity(resolve_place("Lorca")), specificity(resolve_place("Andalusia")), specificity(resolve_place("Spain"))
    (3, 2, 1)
    """
    return _SPECIFICITY[kind_of(place) or "city"]


def _context(gaz: Gazetteer, chosen: dict[str, int | None], name: str, told: frozenset[str] = frozenset(),
             language_country: str | None = None) -> _Context:
    """Where the document's other names resolved; ``told`` are the countries of the text's demonyms."""
    context = _Context(told_countries=set(told), language_country=language_country)
    own = chosen[name]
    for row in set(chosen.values()):  # the other names' rows: a row chosen twice says nothing more
        if row is None or row == own or not gaz.country(row):
            continue  # a continent says nothing about which town is meant
        country, code, kind = gaz.country(row), gaz.admin1_code(row), gaz.kind(row)
        if kind == COUNTRY:
            context.named_countries.add(country)
            context.told_countries.add(country)
            continue
        if kind == CITY and gaz.is_capital(row):
            context.told_countries.add(country)
        context.regions_by_country[country].add(code)
        if kind == CITY and gaz.population(row) >= STRAY_TOWN_POPULATION:
            context.big_town_countries.add(country)
        if code:
            (context.named_regions if kind == ADMIN1 else context.town_regions).add((country, code))
    return context


def _choose(gaz: Gazetteer, key: str, rows: tuple[int, ...], context: _Context, hints: frozenset[str],
            administered: frozenset[str] = frozenset()) -> int | None:
    """The row a name most likely means; see the module docstring for the order of evidence."""
    if not rows:
        return None
    towns = [row for row in rows if gaz.kind(row) == CITY]
    # all evidence equal, a region called so by its own name ("Western Region" of Uganda, not Ghana's "Western")
    region = max(_regions(gaz, rows), key=lambda row: (_region_score(gaz, row, context, hints),
                                                       normalize(gaz.name(row)) == key, gaz.population(row)),
                 default=None)
    town = max(towns, key=lambda row: (_town_score(gaz, key, row, context, hints), gaz.population(row)),
               default=None)
    town = _metropolis_of_named_country(gaz, key, towns, town, context) or town
    if region is not None and gaz.kind(region) == COUNTRY:
        region = _region_pointed_to(gaz, rows, region, context, administered) or region
    if region is None or town is None:
        return town if region is None else region
    if gaz.kind(region) <= COUNTRY:
        return region
    if _capital_named_like(gaz, town, region) and (gaz.country(region), gaz.admin1_code(region)) \
            not in context.town_regions:
        return town  # "Washington" beside other states is still the capital, unless a town of the state is named
    town_evidence = _evidence(gaz, town, context, hints)
    region_evidence = _evidence(gaz, region, context, hints)
    if region_evidence == 0 < town_evidence and not _only_small_towns_abroad(gaz, town, town_evidence, context):
        return town
    if region_evidence == town_evidence and _outranks_region(gaz, key, town, region):
        return town
    metropolis = [row for row in towns if gaz.population(row) >= METROPOLIS_POPULATION and lies_in(gaz, row, region)
                  and _evidence(gaz, row, context, hints) >= region_evidence]
    return max(metropolis, key=gaz.population) if metropolis else region  # "Odessa" is Odesa, not the oblast


def _only_small_towns_abroad(gaz: Gazetteer, town: int, evidence: float, context: _Context) -> bool:
    """Whether a small town (under ``STRAY_TOWN_POPULATION``) has no evidence but other small towns of its country,
    which the document names by no country, region or big town: too little to take a region's name from the
    region ("Scotland" beside a village of Wyoming is still Scotland, not a village of Pennsylvania)."""
    country = gaz.country(town)
    named = context.named_countries | context.big_town_countries | {c for c, _ in context.named_regions}
    return gaz.population(town) < STRAY_TOWN_POPULATION and evidence <= SAME_COUNTRY and country not in named


def _metropolis_of_named_country(gaz: Gazetteer, key: str, towns: list[int], town: int | None,
                                 context: _Context) -> int | None:
    """A city of ``METROPOLIS_POPULATION`` or more, named by its own name, in a country the document names, over a
    small town (under ``STRAY_TOWN_POPULATION``) that scored more only by lying in a region named too: "Toronto"
    beside "Canada" and "New South Wales" is Ontario's city, not a village of New South Wales."""
    if town is None or gaz.population(town) >= STRAY_TOWN_POPULATION:
        return None
    big = [row for row in towns if gaz.population(row) >= METROPOLIS_POPULATION and normalize(gaz.name(row)) == key
           and gaz.country(row) in context.named_countries]
    return max(big, key=gaz.population, default=None)


def _region_pointed_to(gaz: Gazetteer, rows: tuple[int, ...], country: int, context: _Context,
                       pointed: frozenset[str]) -> int | None:
    """A region named like a country, in a country whose administrative words the text uses (``pointed``),
    when nothing in the document supports the country itself ("Niger" beside "LGA" is Nigeria's Niger
    state, not the Republic of Niger)."""
    if gaz.kind(country) != COUNTRY or gaz.country(country) in pointed or _support(gaz, country, context):
        return None
    inside = [row for row in rows if gaz.kind(row) == ADMIN1 and gaz.country(row) in pointed]
    return max(inside, key=gaz.population, default=None)


def _regions(gaz: Gazetteer, rows: tuple[int, ...]) -> list[int]:
    """The continent, country and region candidates, less regions inside a same-named country."""
    countries = {gaz.country(row) for row in rows if gaz.kind(row) == COUNTRY}
    return [row for row in rows
            if gaz.kind(row) < ADMIN1 or (gaz.kind(row) == ADMIN1 and gaz.country(row) not in countries)]


def _outranks_region(gaz: Gazetteer, key: str, town: int, region: int) -> bool:
    """Whether, all evidence equal, a same-named region's name more likely means the town: a big town of
    the region called so by its own name, or by a one-word other name ("Gomel" is Homyel'; "District of
    Columbia" is the district, though GeoNames lists it among Washington's names)."""
    population = gaz.population(town)
    namesake = normalize(gaz.name(town)) == key or " " not in key
    if namesake and population >= NAMESAKE_TOWN_POPULATION and lies_in(gaz, town, region) \
            and gaz.is_packaged_record(town):
        return True
    return population > gaz.population(region)


def _capital_named_like(gaz: Gazetteer, town: int, region: int) -> bool:
    """A national capital of half a million or more that bears the region's name ("Washington")."""
    return gaz.population(town) >= CAPITAL_POPULATION and gaz.is_capital(town) and gaz.name(town) == gaz.name(region)


def _population(gaz: Gazetteer, row: int) -> int:
    """A town's population, at least ``MIN_CITY_POPULATION`` for a GeoNames town of unknown size: the packaged
    cities500 keeps such towns only as seats of an administrative unit ("Hays" of Yemen, listed with 0)."""
    population = gaz.population(row)
    return population or (MIN_CITY_POPULATION if gaz.is_packaged_record(row) else 0)


def _support(gaz: Gazetteer, row: int, context: _Context) -> float:
    """The evidence of the document's other places for a candidate (see the module docstring)."""
    country, code, kind = gaz.country(row), gaz.admin1_code(row), gaz.kind(row)
    if kind < COUNTRY:
        return 0.0
    if kind == COUNTRY:
        return NAMED_COUNTRY * (country in context.regions_by_country)
    spoken = LANGUAGE_COUNTRY * (country == context.language_country)
    region = (country, code)
    inside = region in context.town_regions if kind == ADMIN1 else region in context.named_regions
    elsewhere = bool(context.regions_by_country.get(country, set()) - {code})
    score = NAMED_REGION * (bool(code) and inside) + NAMED_COUNTRY * (country in context.named_countries)
    if kind == CITY:
        score += SAME_REGION * (bool(code) and region in context.town_regions)
    elif any(other[0] == country for other in context.named_regions):
        score += SIBLING_REGION  # "Georgia" in a list of US states
    return score + SAME_COUNTRY * elsewhere + spoken


def _evidence(gaz: Gazetteer, row: int, context: _Context, hints: frozenset[str]) -> float:
    return _support(gaz, row, context) + SOURCE * (gaz.country(row) in hints)


def _region_score(gaz: Gazetteer, row: int, context: _Context, hints: frozenset[str]) -> float:
    score = _support(gaz, row, context) + REGION_SOURCE * (gaz.country(row) in hints)
    return score + COUNTRY_BONUS * (gaz.kind(row) <= COUNTRY)


def _town_score(gaz: Gazetteer, key: str, row: int, context: _Context, hints: frozenset[str]) -> float:
    score = math.log10(_population(gaz, row) + 1) + _evidence(gaz, row, context, hints)
    told = gaz.country(row) in context.told_countries and len(context.told_countries) <= MAX_TOLD_COUNTRIES
    score += CAPITAL_BONUS * gaz.is_capital(row) + TOLD_COUNTRY * told
    own = normalize(gaz.name(row))
    region = (gaz.country(row), gaz.admin1_code(row))
    in_region_named = region[1] != "" and (region in context.named_regions or region in context.town_regions)
    if own == key or (in_region_named and _short_form(own, key)):
        return score
    return score - (RESPELLING_PENALTY if _respelled(own, key) else ALIAS_PENALTY)


@lru_cache(maxsize=4096)
def _respelled(own: str, key: str) -> bool:
    """Whether a name is the town's own name in another transliteration ("Jenin" of Janīn), not a name it was
    once called or another town's: such a name is the town's as much as its own.

    >>> _respelled("janin", "jenin"), _respelled("washington", "liverpool")
    (True, False)
    """
    return len(key) >= DISTINCT_NAME_LENGTH and skeleton(own) == skeleton(key)


def _short_form(own: str, key: str) -> bool:
    """Whether an alternate name is the town's own name cut short, as news writes it in the town's region
    (the document names the region or another town of it: see :func:`_town_score`), rather than a name it
    was once called: its first words ("Khairpur" of Khairpur Mir's, "Cintalapa" of Cintalapa de Figueroa) or
    the words after "Ciudad" ("Lazaro Cardenas" of Ciudad Lázaro Cárdenas).

    >>> _short_form("khairpur mirs", "khairpur"), _short_form("ciudad lazaro cardenas", "lazaro cardenas")
    (True, True)
    >>> _short_form("washington", "liverpool"), _short_form("new york", "york")
    (False, False)
    """
    return own.startswith(key + " ") or own == _CITY_WORD + key


_CITY_WORD = "ciudad "
