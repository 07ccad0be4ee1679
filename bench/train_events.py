"""Fit the same-event model on tuning data only, and freeze it in src/newsdesk/events/weights.py.

    .venv/bin/python bench/train_events.py          # fit, choose the threshold, rewrite weights.py

Tuning data: the ECB+ training topics and the NewsWCL50 tuning events (see
bench/events.py for the splits). Held-out topics and events are never read
here. The stream is replayed as the linker sees it: each article is
compared with the profile of its gold event as built from the articles
before it (a positive, when there is one) and with the profiles of the
other events the index would offer (negatives), with document
frequencies counted over the articles seen so far. A logistic regression
gives the weights; the join threshold is then chosen by running the real
linker (through Desk) on the same tuning data and keeping the threshold
with the best B-cubed F1.
"""

from __future__ import annotations

import json
import math
import random
import sys
import tempfile
from collections import Counter
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from events import NEWSWCL_TUNE_EVENTS, TRAIN_TOPICS, bcubed, ecb_docs, newswcl_docs  # noqa: E402

from newsdesk.clean.article import clean_item  # noqa: E402
from newsdesk.events import linker as linker_module  # noqa: E402
from newsdesk.events import similarity  # noqa: E402
from newsdesk.events.features import extract_event_features, term_key  # noqa: E402
from newsdesk.events.profile import EventProfile  # noqa: E402
from newsdesk.model import RawItem  # noqa: E402

WEIGHTS_FILE = HERE.parent / "src" / "newsdesk" / "events" / "weights.py"
NEGATIVES_PER_ARTICLE = 12
THRESHOLDS = [round(t, 2) for t in np.arange(0.2, 0.91, 0.05)]


def tuning_corpora() -> list[list[dict]]:
    """Each corpus is clustered on its own, as in the benchmark."""
    ecb = [d for d in ecb_docs() if d["topic"] in TRAIN_TOPICS]
    wcl = [d for d in newswcl_docs() if str(d["event"]) in NEWSWCL_TUNE_EVENTS]
    return [ecb, wcl]


def featurise(docs: list[dict]) -> list[tuple[dict, object]]:
    out = []
    for d in docs:
        raw = RawItem(id=d["id"], origin="tuning", text=d["text"], published=d.get("published"))
        try:
            out.append((d, extract_event_features(clean_item(raw))))
        except ValueError:
            continue
    return out


def training_pairs(corpus: list[tuple[dict, object]], rng: random.Random) -> tuple[list[list[float]], list[int]]:
    order = corpus[:]
    rng.shuffle(order)
    profiles: dict[str, EventProfile] = {}
    documents: Counter = Counter()
    seen = 0
    xs, ys = [], []
    for doc, features in order:
        name_keys = {n: term_key("n:" + n) for n in features.names}
        idf = _idf(documents, seen)
        name_idf = _idf({n: documents.get(k, 0) for n, k in name_keys.items()}, seen)
        gold = str(doc["event"])
        evidence = similarity.ArticleEvidence(features, idf, name_idf)
        if gold in profiles:
            xs.append(similarity.pair_evidence(evidence, profiles[gold]))
            ys.append(1)
        others = [p for e, p in profiles.items() if e != gold]
        others.sort(key=lambda p: -_shared_keys(features, p))
        for profile in others[:NEGATIVES_PER_ARTICLE]:
            xs.append(similarity.pair_evidence(evidence, profile))
            ys.append(0)
        profiles.setdefault(gold, EventProfile(gold)).add(features, idf, name_idf)
        documents.update([*features.terms, *name_keys.values()])
        seen += 1
    return xs, ys


def _shared_keys(features, profile: EventProfile) -> int:
    """How the store index would rank this event as a candidate (shared names, places, title words)."""
    return (len(features.names.keys() & profile.names.keys()) + len(features.places & profile.places.keys())
            + len(features.title_terms & profile.title_terms.keys()))


def _idf(documents, total):
    return lambda key: math.log((total + 1) / (documents.get(key, 0) + 1)) + 1.0


def fit(xs, ys) -> tuple[float, dict[str, float]]:
    model = LogisticRegression(C=1.0, class_weight="balanced", max_iter=2000)
    model.fit(np.array(xs), np.array(ys))
    weights = {name: round(float(w), 4) for name, w in zip(similarity.FEATURE_NAMES, model.coef_[0])}
    return round(float(model.intercept_[0]), 4), weights


def choose_threshold(corpora: list[list[dict]]) -> tuple[float, list[tuple[float, float]]]:
    from newsdesk import Desk

    curve = []
    for threshold in THRESHOLDS:
        scores = []
        for docs in corpora:
            with tempfile.TemporaryDirectory() as tmp:
                feed = Path(tmp) / "feed.jsonl"
                feed.write_text("".join(json.dumps({"id": d["id"], "text": d["text"]}) + "\n" for d in docs))
                with Desk(Path(tmp) / "store.db", workers=2) as desk:
                    desk.linker.threshold = threshold
                    desk.ingest([str(feed)])
                    predicted = {a.id: a.event_id for a in desk.articles()}
            gold = {d["id"]: str(d["event"]) for d in docs}
            scores.append(bcubed(predicted, gold)[2])
        curve.append((threshold, sum(scores) / len(scores)))
        print(f"threshold {threshold:.2f}: mean B-cubed F1 {curve[-1][1]:.4f}", file=sys.stderr)
    return max(curve, key=lambda c: c[1])[0], curve


def write_weights(bias: float, weights: dict[str, float], threshold: float, pairs: int) -> None:
    lines = [
        '"""Frozen coefficients of the same-event model (see similarity.py).',
        "",
        "Written by bench/train_events.py from the tuning data only (ECB+ training topics,",
        f"NewsWCL50 tuning events; {pairs} article-event pairs). Do not edit by hand.",
        '"""',
        "",
        f"BIAS = {bias}",
        "WEIGHTS = {",
        *[f'    "{name}": {value},' for name, value in weights.items()],
        "}",
        f"THRESHOLD = {threshold}",
        "",
    ]
    WEIGHTS_FILE.write_text("\n".join(lines), encoding="utf-8")


def main() -> None:
    rng = random.Random(7)
    corpora = tuning_corpora()
    xs, ys = [], []
    for docs in corpora:
        featurised = featurise(docs)
        for _ in range(3):  # three arrival orders per corpus
            cx, cy = training_pairs(featurised, rng)
            xs += cx
            ys += cy
    bias, weights = fit(xs, ys)
    print(f"{len(ys)} pairs ({sum(ys)} positive); bias {bias}; weights {weights}", file=sys.stderr)
    write_weights(bias, weights, 0.5, len(ys))
    _reload()
    threshold, _ = choose_threshold(corpora)
    write_weights(bias, weights, threshold, len(ys))
    print(f"threshold {threshold}; wrote {WEIGHTS_FILE}", file=sys.stderr)


def _reload() -> None:
    import importlib

    from newsdesk.events import weights

    importlib.reload(weights)
    importlib.reload(similarity)
    importlib.reload(linker_module)


if __name__ == "__main__":
    main()
