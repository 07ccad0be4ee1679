"""The clustering metrics of bench/events.py on toy clusterings computed by hand (no datasets)."""

from __future__ import annotations

import itertools
import random
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

import events as bench_events  # noqa: E402
from events import bcubed, pairwise, pearson, pearson_interval  # noqa: E402

# gold: X = {a, b, c, d}, Y = {e}
GOLD = {"a": "X", "b": "X", "c": "X", "d": "X", "e": "Y"}


def close(scores, expected):
    assert tuple(scores) == pytest.approx(expected)


def test_perfect_clustering_scores_one_whatever_the_labels():
    pred = {"a": 7, "b": 7, "c": 7, "d": 7, "e": 3}
    close(bcubed(pred, GOLD), (1.0, 1.0, 1.0))
    close(pairwise(pred, GOLD), (1.0, 1.0, 1.0))


def test_all_singletons():
    pred = {item: item for item in GOLD}
    # precision 1; recall = mean over items of 1/|gold cluster| = (4 * 1/4 + 1) / 5
    close(bcubed(pred, GOLD), (1.0, 2 / 5, 2 * 0.4 / 1.4))
    # no predicted pairs: nothing claimed (precision 1), no gold pair found
    close(pairwise(pred, GOLD), (1.0, 0.0, 0.0))


def test_one_big_cluster():
    pred = dict.fromkeys(GOLD, "all")
    # precision per item = |gold cluster| / 5: (4 * 4/5 + 1/5) / 5 = 17/25
    close(bcubed(pred, GOLD), (17 / 25, 1.0, 2 * (17 / 25) / (17 / 25 + 1)))
    # 10 predicted pairs, 6 gold pairs, all 6 found
    close(pairwise(pred, GOLD), (0.6, 1.0, 0.75))


def test_mixed_example_by_hand():
    pred = {"a": 1, "b": 1, "c": 2, "d": 2, "e": 2}  # {a, b}, {c, d, e}
    # a, b: P 2/2, R 2/4; c, d: P 2/3, R 2/4; e: P 1/3, R 1/1
    # P = (1 + 1 + 2/3 + 2/3 + 1/3) / 5 = 11/15, R = (4 * 1/2 + 1) / 5 = 3/5, F1 = 2PR / (P + R) = 0.66
    close(bcubed(pred, GOLD), (11 / 15, 3 / 5, 0.66))
    # predicted pairs ab, cd, ce, de; gold pairs: the 6 within X; together in both: ab, cd
    close(pairwise(pred, GOLD), (2 / 4, 2 / 6, 0.4))


def test_restricting_items_keeps_whole_clusters():
    pred = {"a": 1, "b": 1, "c": 2, "d": 2, "e": 2}
    # averaged over a and b only; their clusters stay those of the whole clustering
    close(bcubed(pred, GOLD, ["a", "b"]), (1.0, 0.5, 2 / 3))
    # e alone: its cluster {c, d, e} holds one of its own
    close(bcubed(pred, GOLD, ["e"]), (1 / 3, 1.0, 0.5))
    # pairs touching a or b: predicted ab; gold ab, ac, ad, bc, bd
    close(pairwise(pred, GOLD, ["a", "b"]), (1.0, 1 / 5, 2 * 0.2 / 1.2))
    # pairs touching e: predicted ce, de (both wrong); no gold pair touches e
    close(pairwise(pred, GOLD, ["e"]), (0.0, 1.0, 0.0))


def brute_force(pred, gold, items):
    items = list(items)
    p = sum(sum(pred[j] == pred[i] and gold[j] == gold[i] for j in gold) / sum(pred[j] == pred[i] for j in gold)
            for i in items) / len(items)
    r = sum(sum(pred[j] == pred[i] and gold[j] == gold[i] for j in gold) / sum(gold[j] == gold[i] for j in gold)
            for i in items) / len(items)
    chosen = set(items)
    pairs = [(i, j) for i, j in itertools.combinations(sorted(gold), 2) if i in chosen or j in chosen]
    together_pred = [(i, j) for i, j in pairs if pred[i] == pred[j]]
    together_gold = [(i, j) for i, j in pairs if gold[i] == gold[j]]
    both = [x for x in together_pred if gold[x[0]] == gold[x[1]]]
    pp = len(both) / len(together_pred) if together_pred else 1.0
    pr = len(both) / len(together_gold) if together_gold else 1.0
    return (p, r), (pp, pr)


def test_agrees_with_brute_force_on_random_clusterings():
    rng = random.Random(3)
    for _ in range(30):
        ids = [f"d{n}" for n in range(rng.randint(2, 25))]
        gold = {i: rng.randint(0, 5) for i in ids}
        pred = {i: rng.randint(0, 6) for i in ids}
        subset = rng.sample(ids, rng.randint(1, len(ids)))
        for items in (None, subset):
            (p, r), (pp, pr) = brute_force(pred, gold, ids if items is None else items)
            assert tuple(bcubed(pred, gold, items))[:2] == pytest.approx((p, r))
            assert tuple(pairwise(pred, gold, items))[:2] == pytest.approx((pp, pr))


def test_mismatched_items_are_refused():
    with pytest.raises(ValueError):
        bcubed({"a": 1}, {"a": 1, "b": 1})
    with pytest.raises(ValueError):
        pairwise({"a": 1, "b": 1}, {"a": 1, "b": 1}, ["z"])


def test_pearson():
    assert pearson([1, 2, 3], [2, 4, 6]) == pytest.approx(1.0)
    assert pearson([1, 2, 3], [3, 2, 1]) == pytest.approx(-1.0)
    # by hand: x - mean = (-1, 0, 1), y - mean = (-7/3, -1/3, 8/3): r = 5 / sqrt(2 * 38/3)
    assert pearson([1, 2, 3], [2, 4, 7]) == pytest.approx(5 / (2 * 38 / 3) ** 0.5)
    assert pearson([1, 1, 1], [1, 2, 3]) != pearson([1, 1, 1], [1, 2, 3])  # NaN for a constant side
    low, high = pearson_interval(0.8, 62)
    assert low < 0.8 < high


def test_splits_are_disjoint():
    assert not set(bench_events.TRAIN_TOPICS) & set(bench_events.HELDOUT_TOPICS)
    assert set(bench_events.HELDOUT_TOPICS) == {2, 5, 12, 18, 21, 23, 34, 35}
    assert not set(bench_events.NEWSWCL_TUNE_EVENTS) & set(bench_events.NEWSWCL_HELDOUT_EVENTS)
    assert {bench_events.pair_half(str(n)) for n in range(20)} == {"A", "B"}


def test_country_overlap_of_two_texts_place_claims():
    from places_languages import country_overlap

    assert country_overlap((("DE", True), ("FR", True), ("DE", True)), (("DE", True), ("PL", False))) == 1 / 3
    assert country_overlap(((None, False),), ((None, False),)) == 0.0  # unplaced claims share no country
    assert country_overlap((("US", True),), ()) == 0.0
