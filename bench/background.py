"""Background: sentences about another incident, found against hand labels of whole ECB+ documents.

    .venv/bin/python bench/background.py                 # score, print the table
    .venv/bin/python bench/background.py --documents     # list the documents and sentences to label (JSONL)
    .venv/bin/python bench/background.py --misses HALF   # the wrong sentences of one half, for reading

The documents: ``PER_HALF`` ECB+ documents (../shared/datasets/ecbplus/dev.jsonl) of at most
``MAX_SENTENCES`` sentences, sampled with a fixed seed from the training topics (tuning) and as many from
the held-out topics; every sentence of each (cut as bench/attribution.py cuts them). The labels
(bench/data/background_labels.jsonl) say of each sentence, read with its whole document and blind to
the extractor's output (and ``EXTRA_TUNING`` more tuning documents, drawn after the others), whether it is about the happening the article reports ("event": the incident,
its circumstances, aftermath, reactions and the inquiry into it), about another incident or an earlier
time ("background": a previous crime, an earlier stay in rehab, last year's quake), or about no incident
("general": site furniture, a headline of another story, general description). The file holds document
ids, offsets and labels only; the texts stay in ../shared.

A labelled sentence is marked background by the extractor when the sentence of
``newsdesk.facts.background.background_sentences`` (English, the raw text) that holds
its first character is. The extractor reads the raw text with the publication date that the desk's clean stage
finds in it (a dateline), else none. Scored: the "event" and "background" sentences.
"""

from __future__ import annotations

import json
import random
import sys
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from attribution import ecb_documents, sentences_of  # noqa: E402
from common import share  # noqa: E402
from events import HELDOUT_TOPICS, TRAIN_TOPICS  # noqa: E402

from newsdesk.clean.article import clean_item  # noqa: E402
from newsdesk.facts.background import background_sentences  # noqa: E402
from newsdesk.facts.counts import find_counts  # noqa: E402
from newsdesk.facts.document import FactText  # noqa: E402
from newsdesk.model import RawItem  # noqa: E402

LABELS = HERE / "data" / "background_labels.jsonl"
PER_HALF = 24
# Background is rare in the tuning topics (29 of 364 sentences in the first draw): more documents to study there.
EXTRA_TUNING = 24
MAX_SENTENCES = 40
SEED = 20261123


def sampled_documents() -> list[dict]:
    """The documents to label, each with its half and its sentences' offsets."""
    rng = random.Random(SEED)
    pools = {half: [doc for doc in ecb_documents()
                    if doc["topic"] in topics and len(sentences_of(doc["text"])) <= MAX_SENTENCES]
             for half, topics in (("tuning", TRAIN_TOPICS), ("held-out", HELDOUT_TOPICS))}
    draws = [(half, rng.sample(pools[half], PER_HALF)) for half in pools]
    taken = {doc["id"] for doc in draws[0][1]}
    draws.append(("tuning", rng.sample([doc for doc in pools["tuning"] if doc["id"] not in taken], EXTRA_TUNING)))
    return [{"doc": doc["id"], "half": half, "sentences": [[start, end] for start, end in sentences_of(doc["text"])]}
            for half, docs in draws for doc in sorted(docs, key=lambda d: d["id"])]


def read_labels() -> list[dict]:
    with open(LABELS, encoding="utf-8") as lines:
        labels = [json.loads(line) for line in lines if line.strip()]
    expected = {(d["doc"], tuple(map(tuple, d["sentences"]))) for d in sampled_documents()}
    found = {(label["doc"], tuple((s["start"], s["end"]) for s in label["sentences"])) for label in labels}
    if found != expected:
        raise SystemExit(f"{LABELS} does not label exactly the sampled sentences; was SEED or the data changed?")
    return labels


def fact_text_of(text: str, doc_id: str) -> FactText:
    """A document as the extractor reads it, with the publication date the desk's clean stage finds in the text (a
    dateline; ``Tally.dated`` counts the documents that have one)."""
    published = clean_item(RawItem(id=doc_id, origin=doc_id, text=text)).published
    return FactText.of(doc_id, text, language="en", published=published)


def marked(fact_text: FactText) -> list[tuple[int, int, bool]]:
    """(start, end, background) of each of the extractor's sentences of one document."""
    background = background_sentences(fact_text)
    return [(s.start, s.end, i in background) for i, s in enumerate(fact_text.sentences)]


def count_starts(fact_text: FactText) -> list[int]:
    """Where the extractor's count claims of one document start: the claims a background sentence would add to
    the event's figures if it were not marked."""
    return [f.start for f in find_counts(fact_text)]


def _is_marked(sentences: list[tuple[int, int, bool]], start: int) -> bool:
    return any(first <= start < last and flag for first, last, flag in sentences)


@dataclass
class Tally:
    documents: int = 0
    dated: int = 0  # documents with a dateline, so a publication date
    event: int = 0  # labelled "event"
    background: int = 0  # labelled "background"
    general: int = 0  # labelled "general" (not scored)
    hit: int = 0  # background marked background
    false: int = 0  # event marked background
    counted_background: int = 0  # background sentences holding a count claim
    counted_hit: int = 0  # of them, marked background
    counted_event: int = 0  # event sentences holding a count claim
    counted_false: int = 0  # of them, marked background
    wrong: list = field(default_factory=list)  # (doc, start, end, label)


def score(labels: list[dict], texts: dict[str, str]) -> dict[str, Tally]:
    tallies = {"tuning": Tally(), "held-out": Tally()}
    for label in labels:
        tally = tallies[label["half"]]
        tally.documents += 1
        fact_text = fact_text_of(texts[label["doc"]], label["doc"])
        tally.dated += fact_text.published is not None
        sentences, counts = marked(fact_text), count_starts(fact_text)
        for sentence in label["sentences"]:
            kind = sentence["label"]
            if kind == "general":
                tally.general += 1
                continue
            flagged = _is_marked(sentences, sentence["start"])
            counted = any(sentence["start"] <= start < sentence["end"] for start in counts)
            if kind == "background":
                tally.background += 1
                tally.hit += flagged
                tally.counted_background += counted
                tally.counted_hit += counted and flagged
            else:
                tally.event += 1
                tally.false += flagged
                tally.counted_event += counted
                tally.counted_false += counted and flagged
            if flagged != (kind == "background"):
                tally.wrong.append((label["doc"], sentence["start"], sentence["end"], kind))
    return tallies


def table(tallies: dict[str, Tally]) -> list[str]:
    rows = ["| half | documents | sentences: event / background / general | background recall | background precision "
            "| F1 | event sentences marked background | background sentences with a count: recall "
            "| event sentences with a count marked background |",
            "|---|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for half, t in tallies.items():
        marked_all = t.hit + t.false
        recall = t.hit / t.background if t.background else 0.0
        precision = t.hit / marked_all if marked_all else 0.0
        f1 = 2 * recall * precision / (recall + precision) if recall + precision else 0.0
        rows.append(f"| {'**held-out**' if half == 'held-out' else half} | {t.documents} | {t.event} / {t.background} / "
                    f"{t.general} | {share(t.hit, t.background)} | {share(t.hit, marked_all)} | {f1:.2f} | "
                    f"{share(t.false, t.event)} | {share(t.counted_hit, t.counted_background)} | "
                    f"{share(t.counted_false, t.counted_event)} |")
    return rows


def run() -> str:
    labels = read_labels()
    texts = {doc["id"]: doc["text"] for doc in ecb_documents()}
    tallies = score(labels, texts)
    dated = sum(t.dated for t in tallies.values())
    return "\n".join([
        "## Background: sentences about another incident (issue 4)", "",
        f"`bench/background.py`: `newsdesk.facts.background.background_sentences` (English, each ECB+ document's raw "
        f"text with the publication date the desk's clean stage finds in it, a dateline, for {dated} of the "
        f"{len(labels)}; else the anchor is the first date of the lead) against hand labels of every "
        f"sentence of {len(labels)} ECB+ documents, {PER_HALF + EXTRA_TUNING} sampled with a fixed seed from the "
        f"training topics (tuning) and {PER_HALF} from the held-out topics. Each sentence was labelled, with its "
        "whole document and blind to the extractor's output, as about the happening the article reports "
        "(event: the incident, its circumstances, aftermath, reactions, the inquiry), about another incident "
        "or an earlier time (background: a previous crime, an earlier stay in rehab, last year's quake), or about "
        "no incident (general: furniture, description; not scored). A labelled sentence counts as marked when the "
        "extractor's sentence holding its first character is background. The last two columns keep to the "
        "sentences that hold a count claim (`find_counts`): those whose figures would join the event's if the "
        "sentence were not marked.", "",
        *table(tallies),
    ])


if __name__ == "__main__":
    if sys.argv[1:2] == ["--documents"]:
        texts = {doc["id"]: doc["text"] for doc in ecb_documents()}
        for document in sampled_documents():
            text = texts[document["doc"]]
            print(json.dumps({**document, "texts": [text[a:b] for a, b in document["sentences"]]},
                             ensure_ascii=False))
    elif sys.argv[1:2] == ["--misses"]:
        texts = {doc["id"]: doc["text"] for doc in ecb_documents()}
        half = sys.argv[2] if len(sys.argv) > 2 else "tuning"
        tally = score([label for label in read_labels() if label["half"] == half], texts)[half]
        for doc, start, end, kind in tally.wrong:
            print(f"{doc} [{kind}] {texts[doc][start:end]}")
    else:
        print(run())
