"""Who said it, and did they deny it: statements found against hand labels on ECB+ and NewsWCL50 sentences.

    .venv/bin/python bench/attribution.py                 # score, print the tables
    .venv/bin/python bench/attribution.py --sentences     # list the sentences to label (JSONL)
    .venv/bin/python bench/attribution.py --misses HALF   # the wrong statements of one group, for reading

The sentences: every sentence of an ECB+ document (../shared/datasets/ecbplus/dev.jsonl) that holds a
word of ``CUES`` (a fixed list of reporting words written before any label was made, not the
extractor's tables), sampled with a fixed seed, ``PER_HALF`` from the training topics (tuning) and as
many from the held-out topics; and, since denials are rare among them, every other sentence with a word
of ``DENIAL_CUES`` (deny, reject, dismiss, refute, dispute, contradict), most of them in the training
topics; and a second held-out set from other news, never read for attribution: ``NEWSWCL_SAMPLE`` NewsWCL50
sentences with a reporting word and every other NewsWCL50 sentence with a word of denial. The labels
(bench/data/attribution_labels.jsonl) give, per sentence, the article's attributions as a reader sees them:
the reporting word(s), the speaker's phrase (a pronoun resolved to the name it stands for; null when the
text never names it) and the polarity. They were
made by reading the sentences and their documents, never the extractor's output. The file holds
document ids, offsets and the speakers' names only; the texts stay in ../shared.

A found statement matches a labelled one when its span overlaps the labelled reporting word or
speaker (one to one, in text order). Its speaker is right when the labelled speaker's head word (or
one of the labelled alternatives) is among the words of ``attributed_to``, the determiners and
possessive endings left out.
"""

from __future__ import annotations

import json
import random
import re
import sys
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from common import datasets_dir, share  # noqa: E402
from events import HELDOUT_TOPICS, TRAIN_TOPICS, newswcl_docs  # noqa: E402

from newsdesk.facts.document import FactText, Finding  # noqa: E402
from newsdesk.facts.extract import extract_findings  # noqa: E402

LABELS = HERE / "data" / "attribution_labels.jsonl"
PER_HALF = 100
# A second held-out set from other news (NewsWCL50, never read for attribution): so many sampled sentences with a
# reporting word, and every sentence with a word of denial, which the ECB+ held-out topics hardly hold.
NEWSWCL_SAMPLE = 64
GROUPS = ("tuning", "held-out", "newswcl50")
SEED = 20261123
CUES = re.compile(
    r"\b(?:said|says|say|saying|told|tell|tells|telling|according to|denied|denies|deny|denying|"
    r"reported|reports|announced|announces|stated|states|claimed|claims|confirmed|confirms|added|adds|"
    r"insisted|insists|warned|warns|rejected|rejects|dismissed|admitted|acknowledged|explained|noted|"
    r"wrote|writes|declared|revealed|disclosed|alleged|alleges)\b",
    re.IGNORECASE,
)
# Denials are rare among the sampled sentences: every sentence holding one of these words is labelled too.
DENIAL_CUES = re.compile(r"(?i)\b(?:den(?:y|ies|ied|ying|ial)|reject(?:s|ed|ing)?|dismiss(?:es|ed|ing)?|"
                         r"refut(?:e|es|ed|ing)|disput(?:e|es|ed|ing)|contradict(?:s|ed)?)\b")
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’']?\s+(?=[\"“‘']?[A-Z0-9])")


@lru_cache(maxsize=1)
def ecb_documents() -> list[dict]:
    with open(datasets_dir() / "ecbplus" / "dev.jsonl", encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


@lru_cache(maxsize=1)
def all_texts() -> dict[str, str]:
    """The text of every ECB+ and NewsWCL50 document by id."""
    return {doc["id"]: doc["text"] for doc in [*ecb_documents(), *newswcl_docs()]}


def _text_of(sentence: dict) -> str:
    return all_texts()[sentence["doc"]][sentence["start"]:sentence["end"]]


def sentences_of(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence: lines cut at a full stop followed by a capital."""
    spans = []
    offset = 0
    for line in text.split("\n"):
        start = 0
        for cut in _SENTENCE_END.finditer(line):
            spans.append((offset + start, offset + cut.start()))
            start = cut.end()
        if line[start:].strip():
            spans.append((offset + start, offset + len(line)))
        offset += len(line) + 1
    return [(s, e) for s, e in spans if e > s]


def candidate_sentences() -> list[dict]:
    """The sentences to label, each with its document, half and offsets: ``PER_HALF`` sampled per half, then
    every other sentence with a word of ``DENIAL_CUES``."""
    rng = random.Random(SEED)
    chosen, denials = [], []
    for half, topics in (("tuning", TRAIN_TOPICS), ("held-out", HELDOUT_TOPICS)):
        pool = []
        for doc in ecb_documents():
            if doc["topic"] in topics:
                for start, end in sentences_of(doc["text"]):
                    sentence = {"doc": doc["id"], "half": half, "start": start, "end": end}
                    if CUES.search(doc["text"][start:end]):
                        pool.append(sentence)
                    elif DENIAL_CUES.search(doc["text"][start:end]):
                        denials.append(sentence)
        sample = rng.sample(pool, PER_HALF)
        denials += [s for s in pool if s not in sample and DENIAL_CUES.search(_text_of(s))]
        chosen += sorted(sample, key=lambda s: (s["doc"], s["start"]))
    chosen += sorted(denials, key=lambda s: (s["half"] != "tuning", s["doc"], s["start"]))
    return chosen + _newswcl_sentences(rng)


def _newswcl_sentences(rng: random.Random) -> list[dict]:
    sentences = [{"doc": doc["id"], "half": "newswcl50", "start": start, "end": end}
                 for doc in newswcl_docs() for start, end in sentences_of(doc["text"])]
    sample = rng.sample([s for s in sentences if CUES.search(_text_of(s))], NEWSWCL_SAMPLE)
    denials = [s for s in sentences if s not in sample and DENIAL_CUES.search(_text_of(s))]
    return sorted(sample + denials, key=lambda s: (s["doc"], s["start"]))


def read_labels() -> list[dict]:
    with open(LABELS, encoding="utf-8") as lines:
        labels = [json.loads(line) for line in lines if line.strip()]
    expected = {(s["doc"], s["start"]) for s in candidate_sentences()}
    if {(label["doc"], label["start"]) for label in labels} != expected:
        raise SystemExit(f"{LABELS} does not label exactly the sampled sentences; was CUES, SEED or the data changed?")
    return labels


def found_statements(doc_ids: set[str]) -> dict[str, list[Finding]]:
    """The extractor's statements of each labelled document (its raw text, English, no date)."""
    found = {}
    for doc_id, text in all_texts().items():
        if doc_id in doc_ids:
            findings = extract_findings(FactText.of(doc_id, text, language="en"))
            # statements of who said it; not the "what they were given" aid claims that share the kind
            found[doc_id] = [f for f in findings if f.kind == "statement" and not f.subject.startswith("what ")]
    return found


_NOT_NAME = {"the", "a", "an", "its", "his", "her", "their", "our", "'s", "’s"}


def name_words(name: str | None) -> set[str]:
    """The words of a speaker's name, lower-cased, determiners and possessive endings out.

    >>> sorted(name_words("The Boston Red Sox's spokesman")), sorted(name_words("EW.com"))
    (['boston', 'red', 'sox', 'spokesman'], ['com', 'ew'])
    """
    words = re.findall(r"\w[\w&-]*", (name or "").lower().replace("’", "'").replace("'s", " "))
    return set(words) - _NOT_NAME


def speaker_right(found: str | None, gold: dict) -> bool:
    words = name_words(found)
    heads = [gold["head"], *gold.get("also", [])] if gold.get("head") else []
    return any(name_words(head) <= words for head in heads if name_words(head))


def _overlaps(a: int, b: int, span: list[int] | None) -> bool:
    return span is not None and a < span[1] and span[0] < b


@dataclass
class Tally:
    labelled: int = 0  # gold statements scored (not uncertain)
    found: int = 0  # the extractor's statements in the labelled sentences (those matching an uncertain one left out)
    matched: int = 0
    speaker: int = 0  # matched with the right speaker
    unnamed: int = 0  # matched, the label names no speaker
    polarity: int = 0  # matched with the right polarity
    denials: int = 0  # labelled denials
    denials_found: int = 0  # the extractor's denials (matching no uncertain label)
    denials_matched: int = 0  # labelled denials matched by a found denial
    sentences: int = 0
    wrong: list = field(default_factory=list)  # (label, gold, found): missed, wrong speaker, or found and not labelled


def _matches(finding: Finding, gold: dict) -> bool:
    return _overlaps(finding.start, finding.end, gold["cue"]) or _overlaps(finding.start, finding.end,
                                                                         gold.get("speaker_span"))


def score(labels: list[dict], found: dict[str, list[Finding]]) -> dict[str, Tally]:
    """Tallies per half. Labels marked uncertain, and the found statements that fall on them, are left out."""
    tallies = {group: Tally() for group in GROUPS}
    for label in labels:
        tally = tallies[label["half"]]
        # overlapping, not inside: the sampled sentences were cut naively ("Mr." | "LaRue said ...")
        statements = [f for f in found[label["doc"]] if f.start < label["end"] and label["start"] < f.end]
        matched_to: dict[int, dict] = {}
        for gold in label["statements"]:
            match = next((i for i, f in enumerate(statements) if i not in matched_to and _matches(f, gold)), None)
            if match is not None:
                matched_to[match] = gold
            if not gold.get("uncertain"):
                _tally_label(tally, label, gold, None if match is None else statements[match])
        for i, statement in enumerate(statements):
            gold = matched_to.get(i)
            on_uncertain = gold.get("uncertain") if gold else any(
                g.get("uncertain") and _matches(statement, g) for g in label["statements"])
            if not on_uncertain:
                tally.found += 1
                tally.denials_found += statement.polarity == "denies"
                if gold is None:
                    tally.wrong.append((label, None, statement))
    return tallies


def _tally_label(tally: Tally, label: dict, gold: dict, statement: Finding | None) -> None:
    tally.labelled += 1
    tally.denials += gold["polarity"] == "denies"
    if statement is None:
        tally.wrong.append((label, gold, None))
        return
    tally.matched += 1
    if gold.get("speaker") is None:
        tally.unnamed += 1
    elif speaker_right(statement.attributed_to, gold):
        tally.speaker += 1
    else:
        tally.wrong.append((label, gold, statement))
    tally.polarity += statement.polarity == gold["polarity"]
    tally.denials_matched += gold["polarity"] == statement.polarity == "denies"


def table(tallies: dict[str, Tally]) -> list[str]:
    rows = ["| half | sentences | labelled statements | found | recall | precision | speaker right (of matched, "
            "speaker named) | polarity right (of matched) | denials: labelled / found / both | denial recall | "
            "denial precision |",
            "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    names = {"tuning": "ECB+ training topics (tuning)", "held-out": "ECB+ held-out topics (**held out**)",
             "newswcl50": "NewsWCL50 (**held out**)"}
    for half, t in tallies.items():
        rows.append(f"| {names[half]} | {t.sentences} | {t.labelled} | {t.found} | "
                    f"{share(t.matched, t.labelled)} | {share(t.matched, t.found)} | "
                    f"{share(t.speaker, t.matched - t.unnamed)} | {share(t.polarity, t.matched)} | "
                    f"{t.denials} / {t.denials_found} / {t.denials_matched} | {share(t.denials_matched, t.denials)} | "
                    f"{share(t.denials_matched, t.denials_found)} |")
    return rows


def run() -> str:
    labels = read_labels()
    found = found_statements({label["doc"] for label in labels})
    tallies = score(labels, found)
    for label in labels:
        tallies[label["half"]].sentences += 1
    return "\n".join([
        "## Attribution and denials (issue 4)", "",
        f"`bench/attribution.py`: the statements of `newsdesk.facts.extract.extract_findings` (English, each "
        f"document's raw text, no publication date) against hand labels of {len(labels)} sentences: "
        f"{PER_HALF} per half that hold a reporting word (said, told, according to, denied ...: a fixed list, not "
        "the extractor's), sampled with a fixed seed from the ECB+ training topics (tuning) and the held-out "
        "topics, and every other sentence with a word of denial (deny, reject, dismiss, refute, dispute, "
        "contradict; the held-out topics hold few); and, as a second held-out set from other news never read "
        f"for attribution, {NEWSWCL_SAMPLE} NewsWCL50 sentences with a reporting word and every other NewsWCL50 "
        "sentence with a word of denial. The "
        "labels were made by reading the sentences and their documents, blind to the extractor's output: "
        "each attribution's reporting word, its speaker (a pronoun resolved to the name it stands for) and "
        "whether it denies (a claim contradicted: denied, rejected as false, called untrue). Doubtful ones "
        "(a decision or an attribution?) are labelled uncertain and left out, with what the extractor found "
        "on them. A found statement matches a labelled one when its span overlaps the reporting word or the "
        "speaker's phrase; its speaker is right when `attributed_to` holds the labelled speaker's head word "
        "(a surname, \"officials\", \"Times\") or an alternative the label gives (a spokesman's organisation). "
        "Recall and precision are over statements; a speaker the text never names is not scored.", "",
        *table(tallies),
    ])


def misses(half: str) -> None:
    """Print the wrong and missed statements of one half, for reading (tuning half only while developing)."""
    labels = read_labels()
    texts = all_texts()
    found = found_statements({label["doc"] for label in labels if label["half"] == half})
    tally = score([label for label in labels if label["half"] == half], found)[half]
    for label, gold, statement in tally.wrong:
        text = texts[label["doc"]]
        print(text[label["start"]:label["end"]])
        if gold is not None:
            print("   label:", repr(text[gold["cue"][0]:gold["cue"][1]]), gold.get("speaker"), gold["polarity"])
        print("   found:", None if statement is None else
              (repr(text[statement.start:statement.end]), statement.attributed_to, statement.polarity))


if __name__ == "__main__":
    if sys.argv[1:2] == ["--sentences"]:
        texts = all_texts()
        for sentence in candidate_sentences():
            print(json.dumps({**sentence, "text": texts[sentence["doc"]][sentence["start"]:sentence["end"]]}))
    elif sys.argv[1:2] == ["--misses"]:
        misses(sys.argv[2] if len(sys.argv) > 2 else "tuning")
    else:
        print(run())
