"""Places outside English: what the place finder gives the SemEval-2022 Task 8 texts, and how well the
countries it finds agree with the annotators' Geography score of each pair.

    .venv/bin/python bench/places_languages.py

GeoWebNews and GeoVirus (bench/geoparsing.py) are English; the SemEval sample holds news in ten languages
with no toponyms marked, but each pair carries a Geography score (1 = the two articles are about the same
place, 4 = unrelated places). Every distinct text goes through the desk's clean stage and then
``newsdesk.facts.places.find_places`` in the language the clean stage finds (the CSV's when it finds none).

Per language: the texts, place claims per text, the share of texts with at least one place claim and the
share of claims placed (with coordinates). Per pair: the Jaccard overlap of the two texts' sets of countries
(of their place claims) against -Geography, Pearson r, by kind of pair (en-en, both in one other language,
two languages). A finder that invents places in texts that share none, or misses or misplaces the places
two texts share, lowers r; r is far from 1 by design (a country says little about a town; annotators read
the live pages, whose scraped text is sometimes a block page). Pairs with a text the desk rejects are left out.
"""

from __future__ import annotations

import csv
import sys
from collections import defaultdict
from functools import lru_cache
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from common import datasets_dir, share  # noqa: E402
from events import Pair, pearson, pearson_interval, semeval_pairs  # noqa: E402

from newsdesk.clean.article import CleanError, clean_item  # noqa: E402
from newsdesk.facts.document import FactText  # noqa: E402
from newsdesk.facts.places import find_places  # noqa: E402
from newsdesk.model import RawItem  # noqa: E402

KINDS = (("en", "en-en"), ("mono", "other monolingual"), ("cross", "cross-lingual"))


@lru_cache(maxsize=None)
def places_of(text: str, csv_language: str) -> tuple[str, tuple[tuple[str | None, bool], ...]] | None:
    """(language read, (country, placed) of each place claim) of one SemEval text; None when the desk rejects it."""
    try:
        article = clean_item(RawItem(id="semeval", origin="semeval", text=text))
    except CleanError:
        return None
    language = article.language or csv_language
    body = f"{article.title or ''}\n{article.text}"
    findings = find_places(FactText.of("semeval", body, language=language))
    return language, tuple((f.value.get("country"), f.value.get("lat") is not None) for f in findings)


def geography_scores() -> dict[str, float]:
    """The Geography score of each CSV row (keyed like ``Pair.row``)."""
    path = datasets_dir() / "semeval2022_task8" / "train_sample.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        return {record.get("Unnamed: 0", ""): float(record["Geography"]) for record in csv.DictReader(handle)}


def country_overlap(a: tuple[tuple[str | None, bool], ...], b: tuple[tuple[str | None, bool], ...]) -> float:
    """Jaccard overlap of the countries of two texts' place claims (0 when neither has any).

    >>> country_overlap((("DE", True), ("FR", True)), (("DE", True),)), country_overlap((), ())
    (0.5, 0.0)
    """
    first, second = {c for c, _ in a if c}, {c for c, _ in b if c}
    union = first | second
    return len(first & second) / len(union) if union else 0.0


def language_table(pairs: list[Pair]) -> list[str]:
    texts: dict[str, tuple[str, tuple]] = {}
    for pair in pairs:
        for text, language in ((pair.text1, pair.lang1), (pair.text2, pair.lang2)):
            found = places_of(text, language)
            if found is not None:
                texts[text] = found
    by_language: dict[str, list[tuple]] = defaultdict(list)
    for language, claims in texts.values():
        by_language[language].append(claims)
    rows = ["| language (as the desk reads it) | texts | place claims per text | texts with a place claim "
            "| claims placed |", "|---|---:|---:|---:|---:|"]
    for language, claim_sets in sorted(by_language.items(), key=lambda item: -len(item[1])):
        claims = [claim for claim_set in claim_sets for claim in claim_set]
        rows.append(f"| {language} | {len(claim_sets)} | {len(claims) / len(claim_sets):.1f} "
                    f"| {share(sum(bool(c) for c in claim_sets), len(claim_sets))} "
                    f"| {share(sum(placed for _, placed in claims), len(claims))} |")
    return rows


def overlap_table(pairs: list[Pair]) -> list[str]:
    geography = geography_scores()
    cells: dict[str, tuple[list[float], list[float]]] = defaultdict(lambda: ([], []))
    for pair in pairs:
        first, second = places_of(pair.text1, pair.lang1), places_of(pair.text2, pair.lang2)
        if first is None or second is None:
            continue
        for kind in (pair.kind, "all"):
            cells[kind][0].append(country_overlap(first[1], second[1]))
            cells[kind][1].append(-geography[pair.row])

    def cell(kind: str) -> str:
        xs, ys = cells[kind]
        r = pearson(xs, ys)
        low, high = pearson_interval(r, len(xs))
        return f"{r:.3f} ({low:.2f}–{high:.2f}), {len(xs)} pairs"

    head = " | ".join(name for _, name in KINDS)
    return [f"| measure | {head} | all |", "|---|---:|---:|---:|---:|",
            "| Pearson r, country overlap vs -Geography | "
            + " | ".join(cell(kind) for kind, _ in KINDS) + f" | {cell('all')} |"]


def run() -> str:
    pairs = semeval_pairs()
    lines = ["## Places outside English: the SemEval texts (issue 4)", "",
             *(" ".join(paragraph.split()) + "\n" for paragraph in __doc__.split("\n\n")[2:]),
             "### Place claims by language", ""]
    lines += language_table(pairs)
    lines += ["", "### Do two texts' countries agree where the annotators say their places do?", ""]
    lines += overlap_table(pairs)
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    print(run())
