"""The same-event signals: covers as their plain definition gives them, bit for bit."""

from __future__ import annotations

import math
import os
import subprocess
import sys
from collections import Counter
from collections.abc import Callable

from newsdesk.events import similarity


def _plain_cover(weights: dict, other: dict, members: int) -> float:
    total = 0
    for key, weight in weights.items():
        if key in other:
            total += weight * min(1.0, other[key] / members)
    return total


def test_covers_count_each_key_by_the_share_of_members_holding_it():
    weights = {"lorca": 0.7, "murcia": 0.2, "spain": 0.1, "cartagena": 0.3}
    other = Counter({"lorca": 3, "murcia": 5, "cartagena": 1, "valencia": 2})  # murcia: more than the members
    for members in (1, 2, 3, 4, 7):
        mass = sum(weights.values())
        assert similarity._mass_cover(weights, mass, other, members) == _plain_cover(weights, other, members) / mass
        keys = set(weights)
        held = sum(min(other[key], members) for key in keys if key in other)  # whole members: exact in any order
        assert similarity._cover(keys, other, members) == held / members / 4
        assert math.isclose(similarity._cover(keys, other, members),
                            _plain_cover(dict.fromkeys(keys, 1.0), other, members) / 4)
    assert similarity._mass_cover({}, 0.0, other, 2) == 0.0 and similarity._cover(set(), other, 2) == 0.0
    assert similarity._cover({"lorca", "murcia"}, other, 3) == 1.0
    assert similarity._cover({"spain"}, other, 3) == 0.0


_PROFILE_BYTES = """
import hashlib
from newsdesk.events.features import EventFeatures
from newsdesk.events.profile import EventProfile
profile = EventProfile("E1")
for n in range(3):
    profile.add(EventFeatures(f"a{n}", day=738000 + n, names={"lorca": 1.0},
                              places={f"g{n}", "g2514169", "g2513413", "g6355233"},
                              countries={"ES", "FR", "PT", "MA"}, numbers={"4", "9", str(n), "300"},
                              years={2011, 2012}))
print(hashlib.sha256(profile.to_bytes()).hexdigest())
"""


def test_a_profile_is_stored_as_the_same_bytes_whatever_the_hash_seed():
    # Places, countries and numbers arrive as sets of strings, whose order changes with Python's string
    # hashing; the stored profile used to follow it.
    import os
    import subprocess
    import sys

    digests = {subprocess.run([sys.executable, "-c", _PROFILE_BYTES], env={**os.environ, "PYTHONHASHSEED": seed},
                              capture_output=True, text=True, check=True).stdout for seed in ("1", "2", "3", "4")}
    assert len(digests) == 1


_SIGNALS_OF_STRING_KEYS = """
from collections import Counter
from newsdesk.events import similarity
from newsdesk.events.features import EventFeatures
from newsdesk.events.profile import EventProfile
places = [f"g{n}" for n in range(40)]
event = EventProfile("E1")
for member in range(7):  # each place held by a different number of the 7 members
    event.add(EventFeatures(f"m{member}", names={p: 1.0 + n / 7 for n, p in enumerate(places[member:])},
                            places=set(places[member * 5:]), countries={"ES", "FR", "PT"} - {("ES", "FR", "PT")[member % 3]}))
article = similarity.ArticleEvidence(EventFeatures("a", names={p: 1.0 / (n + 3) for n, p in enumerate(places)},
                                                   places=set(places), countries={"ES", "FR", "PT", "IT"}))
print(repr(similarity.pair_evidence(article, event)))
"""


def test_the_signals_are_the_same_under_every_hash_seed():
    # sets of strings iterate in an order that changes with the process's hash seed: a sum over one must
    # not change with it, or two runs of the desk on one input could decide differently
    outputs = set()
    for seed in ("1", "2", "3", "4"):
        run = subprocess.run([sys.executable, "-c", _SIGNALS_OF_STRING_KEYS], capture_output=True, text=True,
                             env={**os.environ, "PYTHONHASHSEED": seed}, check=True)
        outputs.add(run.stdout)
    assert len(outputs) == 1


def _in_insertion_order(keys: list[int]) -> set[int]:
    built: set[int] = set()
    for key in keys:
        built.add(key)
    return built


def _linked_probabilities(monkeypatch, title_terms_of: Callable[[int], set[int]]) -> list[str]:
    from newsdesk.events import linker as linker_module
    from newsdesk.events.features import EventFeatures
    from newsdesk.store import Store

    seen: list[str] = []
    score = similarity.same_event_probability

    def recorded(evidence, profile):
        probability = score(evidence, profile)
        seen.append(f"{evidence.features.article_id} {probability!r} {similarity.pair_evidence(evidence, profile)!r}")
        return probability

    monkeypatch.setattr(linker_module, "same_event_probability", recorded)
    store = Store(":memory:")
    linker = linker_module.EventLinker(store)
    stream = [EventFeatures(f"a{n}", day=738000 + n % 3, names={"lorca": 2.0, f"p{n % 4}": 1.0}, places={"g1"},
                            terms={k: 1.0 + (k * n) % 5 for k in sorted(title_terms_of(n)) + [200 + n]},
                            title_terms=title_terms_of(n)) for n in range(12)]
    with store.transaction():
        linker.begin_batch(stream)
        for features in stream:
            linker.assign(features)
        linker.flush()
    return seen


def test_linking_does_not_follow_the_order_a_set_of_title_terms_was_built_in(monkeypatch):
    # A set of ints iterates in the order its collisions were resolved: the same title terms unpickled from a
    # worker process may come out in another order than where they were extracted, and float sums over them
    # with it. Keys 1, 9, 17, ... share a slot of a small set's table.
    keys = [1 + 8 * k for k in range(12)]

    def held(n: int) -> list[int]:  # each key in another share of the titles, so each weighs differently
        return [key for k, key in enumerate(keys) if (k + 1) * (n + 1) % 13 < 9]

    forward = lambda n: _in_insertion_order(held(n))  # noqa: E731
    backward = lambda n: _in_insertion_order(held(n)[::-1])  # noqa: E731
    assert list(forward(0)) != list(backward(0))
    assert _linked_probabilities(monkeypatch, forward) == _linked_probabilities(monkeypatch, backward)


def _placed(article_id: str, day: int | None, *countries: str):
    from newsdesk.events.features import EventFeatures

    return EventFeatures(article_id, day=day, names={"quake": 1.0},
                         main_places=[(f"town of {c}", None, c) for c in countries])


def test_a_main_country_conflict_counts_only_for_happenings_placed_apart_at_about_the_same_time():
    from newsdesk.events.profile import EventProfile

    index = similarity.FEATURE_NAMES.index("main_country_conflict")
    event = EventProfile("E1")
    event.add(_placed("peru", 738000, "PE"))

    def conflict(article) -> float:
        return similarity.pair_evidence(similarity.ArticleEvidence(article), event)[index]

    assert conflict(_placed("turkey", 738000, "TR")) == 1.0
    assert conflict(_placed("turkey-later", 738004, "TR")) == math.exp(-2)  # weighed as closely as the days are
    assert conflict(_placed("undated", None, "TR")) == 0.0  # no time to compare: another year's quake, maybe
    assert conflict(_placed("border", 738000, "TR", "PE")) == 0.0  # one of its countries is the event's
    assert conflict(_placed("unplaced", 738000)) == 0.0


def test_a_profile_from_an_older_store_counts_its_main_countries_from_its_main_places():
    from newsdesk.events.packed import pack, unpack
    from newsdesk.events.profile import EventProfile

    profile = EventProfile("E1")
    for article_id, countries in (("a", ("PE",)), ("b", ("PE", "CL")), ("c", ())):
        profile.add(_placed(article_id, 738000, *countries))
    assert profile.main_countries == Counter({"PE": 2, "CL": 1})
    data = profile.to_bytes()
    header, terms, titles, offset = unpack(data[:4], data, "a profile")
    del header["main_countries"]
    older = pack(data[:4], header, (terms, titles), [data[offset:]])
    assert EventProfile.from_bytes(older) == profile


def test_a_shared_place_and_day_alone_do_not_make_one_event():
    from newsdesk.events.features import EventFeatures
    from newsdesk.events.profile import EventProfile

    event = EventProfile("E1")
    event.add(EventFeatures("a", day=738000, names={"pleiades": 1.0, "canon": 1.0}, places={"g2921044"},
                            countries={"DE"}, terms={1: 1.0, 2: 1.0, 3: 1.0}))
    stranger = EventFeatures("b", day=738001, names={"twitter": 1.0}, places={"g2921044"}, countries={"DE"},
                             terms={7: 1.0, 8: 1.0, 9: 1.0})
    assert similarity.same_event_probability(similarity.ArticleEvidence(stranger), event) == 0.0
    # a word in common is evidence the model weighs, with the place and the day
    related = EventFeatures("c", day=738001, names={"twitter": 1.0}, places={"g2921044"}, countries={"DE"},
                            terms={1: 1.0, 8: 1.0, 9: 1.0})
    assert similarity.same_event_probability(similarity.ArticleEvidence(related), event) > 0.0
