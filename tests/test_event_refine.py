"""Re-clustering of an event's members (events/refine.py): the second-order agreement signal."""

import numpy as np

from newsdesk.events.refine import linkage_groups, second_order


def _pair_logits(seed: int, n: int) -> np.ndarray:
    rng = np.random.default_rng(seed)
    logits = rng.normal(0.0, 3.0, (n, n))
    logits = (logits + logits.T) / 2
    np.fill_diagonal(logits, 30.0)
    return logits


def test_second_order_is_the_correlation_of_two_rows_without_the_pair_itself():
    logits = _pair_logits(1, 9)
    p = 1.0 / (1.0 + np.exp(-logits))
    found = second_order(logits)
    for i in range(9):
        for j in range(9):
            if i == j:
                continue
            others = [k for k in range(9) if k not in (i, j)]
            assert abs(found[i, j] - np.corrcoef(p[i, others], p[j, others])[0, 1]) < 1e-9


def test_second_order_is_symmetric_and_bounded():
    found = second_order(_pair_logits(2, 12))
    assert np.allclose(found, found.T)
    assert found.min() >= -1 - 1e-9 and found.max() <= 1 + 1e-9


def test_too_few_members_give_no_second_order_signal():
    assert not second_order(_pair_logits(3, 3)).any()


def test_members_that_agree_on_the_others_are_grouped_despite_a_weak_pair_score():
    # 0-2 and 3-5 are two happenings; 0 and 1 score low with each other (a short article, say),
    # but both side with 2 against 3-5: the agreement keeps them together.
    logits = np.full((6, 6), -4.0)
    logits[:3, :3] = 2.0
    logits[3:, 3:] = 2.0
    logits[0, 1] = logits[1, 0] = -2.0
    assert linkage_groups(logits.copy(), -1.0, 0.0) == [[0, 1, 2], [3, 4, 5]]
    assert linkage_groups(logits.copy(), 1.0, 0.0) == [[0, 2], [1], [3, 4, 5]]
    assert linkage_groups(logits.copy(), 1.0, 2.0) == [[0, 1, 2], [3, 4, 5]]


def test_a_moved_member_carries_the_terms_its_sketch_kept_old_json_sketches_too():
    import json

    from newsdesk.events.features import EventFeatures
    from newsdesk.events.members import sketch, unsketch, with_terms

    features = EventFeatures("a1", day=738000, names={"lorca": 2.0}, places={"g1"},
                             terms={7: 0.123456, 3: 2.5, 9: 1.0}, title_terms={3})
    data, linked = sketch(features)
    for member in (linked, unsketch(data)):
        assert member.features.terms == {}  # the arrays hold them
        assert with_terms(member).terms == {3: 2.5, 9: 1.0, 7: 0.1235}  # heaviest first, rounded
        assert with_terms(member).names == {"lorca": 2.0}
    old = json.dumps({"id": "a2", "day": 738000, "names": {"lorca": 2.0}, "places": ["g1"], "countries": [],
                      "numbers": [], "years": [], "terms": {"3": 2.5, "9": 1.0}, "title": {"3": 1.0},
                      "main_places": []})
    assert with_terms(unsketch(old)).terms == {3: 2.5, 9: 1.0}


def test_keys_of_all_kinds_counted_at_once_match_one_kind_at_a_time():
    from newsdesk.events.refine import _pairs_by_kind

    names = [{"lorca": 0.3, "murcia": 0.1}, {"murcia": 0.7}, {}, {"lorca": 0.2, "murcia": 0.1, "cieza": 0.4}]
    places = [{"g1", "g2"}, {"g2"}, set(), {"g1", "g2", "g3"}]
    years = [{2011}, {2011, 2012}, {2012}, set()]
    numbers = [set(), set(), set(), set()]
    kinds = [names, places, years, numbers]
    for together, rows in zip(_pairs_by_kind(kinds, 4), kinds):
        alone = _pairs_by_kind([rows], 4)[0]
        assert np.array_equal(together.shared(), alone.shared())
        assert np.array_equal(together.total(_product), alone.total(_product))
        for sums in ("count", "mass", "squares"):
            assert np.array_equal(getattr(together, sums), getattr(alone, sums))
    _, place_pairs, year_pairs, _ = _pairs_by_kind(kinds, 4)
    place_shared, year_shared = place_pairs.shared(), year_pairs.shared()
    assert place_shared[0, 3] == 2 and place_shared[2, 3] == 0 and year_shared[1, 2] == 1  # a year is not a place


def _product(values, others, _rows, _other_rows):
    return values * others


def test_pair_sums_go_over_the_shared_keys_in_key_order_for_each_ordered_pair():
    from newsdesk.events.refine import _Pairs

    # member -> {key: value}; keys given out of order, shared by different sets of members
    held = [{9: 0.1, 3: 0.7, 5: 1e-17}, {5: 3.0, 3: 0.2, 7: 0.5}, {7: 1.5}, {3: 0.3, 9: 1e16, 5: 0.9}]
    rows = np.repeat(np.arange(4), [len(h) for h in held])
    keys = np.array([k for h in held for k in h], np.int64)
    values = np.array([v for h in held for v in h.values()])
    pairs = _Pairs(rows, keys, values, 4)
    expected = np.zeros((4, 4))
    for i, mine in enumerate(held):
        for j, theirs in enumerate(held):
            total = 0.0
            for key in sorted(mine.keys() & theirs.keys()):
                total += mine[key] * 2.0 * theirs[key]
            expected[i, j] = total
    assert np.array_equal(pairs.total(lambda v, o, *_: v * 2.0 * o), expected)
    assert np.array_equal(pairs.shared(), [[3, 2, 0, 3], [2, 3, 1, 2], [0, 1, 1, 0], [3, 2, 0, 3]])
    off_diagonal = expected * (1 - np.eye(4))
    assert np.array_equal(pairs.symmetric_total(pairs.left_values * 2.0 * pairs.right_values), off_diagonal)


def test_members_that_all_hold_together_are_not_regrouped_among_themselves_again():
    from newsdesk.events.refine import SECOND_ORDER, _average_linkage

    logits = _pair_logits(4, 10) / 3 + 3.0  # every pair likely the same event
    np.fill_diagonal(logits, 30.0)
    whole = _average_linkage(logits + SECOND_ORDER * second_order(logits), -1.0)
    assert whole == [list(range(10))]
    # the second pass, within the one group, would compare the same members on the same scores
    assert linkage_groups(logits, -1.0) == whole == _average_linkage(logits + SECOND_ORDER * second_order(logits), -1.0)


def test_average_linkage_stops_at_the_first_merge_below_the_cut():
    from newsdesk.events.refine import _average_linkage

    logits = np.array([[30, 5, -1, -9], [5, 30, -2, -9], [-1, -2, 30, -9], [-9, -9, -9, 30]], float)
    assert _average_linkage(logits, 4.0) == [[0, 1], [2], [3]]
    assert _average_linkage(logits, -2.0) == [[0, 1, 2], [3]]  # (-1 - 2) / 2 = -1.5 >= -2
    assert _average_linkage(logits, -10.0) == [[0, 1, 2, 3]]


def test_only_shared_terms_are_kept_and_members_remember_what_they_learnt():
    from newsdesk.events.features import EventFeatures
    from newsdesk.events.refine import Member, shared_terms_only

    documents = {1: 5, 2: 1, 3: 2, 4: 0}
    asked = []

    def counts(keys: np.ndarray) -> np.ndarray:
        asked.append(sorted(keys.tolist()))
        return np.array([documents[k] for k in keys.tolist()], np.int64)

    def members() -> list[Member]:
        return [Member(EventFeatures("a"), {}, np.array([1, 2, 3]), np.array([0.5, 0.25, 0.125]),
                       np.array([False, False, False])),
                Member(EventFeatures("b"), {}, np.array([4, 1]), np.array([1.0, 2.0]), np.array([False, True])),
                Member(EventFeatures("c"), {}, np.array([], np.int64), np.array([]), np.array([], bool))]

    given = members()
    kept = shared_terms_only(given, counts)
    assert asked == [[1, 2, 3, 4]]  # b's term 1 is known to be shared already
    assert [m.term_keys.tolist() for m in kept] == [[1, 3], [1], []]
    assert [m.term_values.tolist() for m in kept] == [[0.5, 0.125], [2.0], []]
    assert all(m.shared.all() for m in kept) and kept[2] is given[2]
    assert given[0].shared.tolist() == [True, False, True] and given[1].shared.tolist() == [False, True]
    documents[2] = 3  # counts only grow: a later call asks about the terms still not known to be shared
    kept = shared_terms_only(given, counts)
    assert asked[1] == [2, 4] and kept[0] is given[0] and kept[1].term_keys.tolist() == [1]
