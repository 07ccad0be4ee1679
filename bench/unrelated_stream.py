"""Events in a dated stream of mostly unrelated pages: how many pages does the linker join to another's event?

    .venv/bin/python bench/unrelated_stream.py

ECB+, NewsWCL50 and SemEval (bench/events.py) hold no publication dates, and every article there has a
same-topic neighbour. A desk reads the opposite: a dated stream in which most pages report nothing another
page reports. The trafilatura evaluation pages (../shared/datasets/extraction/trafilatura_eval, 991 pages
of many news sites, blogs, shops and public bodies in several languages, mostly of 2019 to 2023)
are such a stream: the pages were collected to test extraction, not grouped by happening, so nearly every
page joined to another page's event is a wrong join (reading the joined groups of a first run found few
that report one happening, e.g. a press office's index page and one of its releases).

Every page goes through the whole desk (`Desk.ingest`: cleaning, publication date, copies, events) in one
fresh store. Reported: pages stored, pages with a publication date, events, events of more than one
original page, and the original pages joined to an event another page opened; joined pages are counted
by the day gap to the page they joined (same day, within the linker's window, undated).
"""

from __future__ import annotations

import gzip
import tempfile
from collections import defaultdict
from datetime import date
from pathlib import Path

from common import datasets_dir

from newsdesk import Desk
from newsdesk.events.linker import WINDOW_DAYS

_WITHIN_WINDOW = f"1 to {WINDOW_DAYS} days"


def pages_dir(target: Path) -> int:
    """Write the evaluation pages, unpacked, into ``target``; how many."""
    source = datasets_dir() / "extraction" / "trafilatura_eval" / "html"
    count = 0
    for path in sorted(source.glob("*/*.html.gz")):
        (target / path.name.removesuffix(".gz")).write_bytes(gzip.decompress(path.read_bytes()))
        count += 1
    return count


def evaluate() -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "pages"
        folder.mkdir()
        read = pages_dir(folder)
        with Desk(Path(tmp) / "store.db", workers=2) as desk:
            desk.ingest([str(folder)])
            articles = list(desk.articles())
    originals = [a for a in articles if a.duplicate_of is None]
    by_event: dict[str, list] = defaultdict(list)
    for article in originals:
        by_event[article.event_id].append(article)
    gaps = {"same day": 0, _WITHIN_WINDOW: 0, "more": 0, "one of them undated": 0}
    joined = 0
    for members in by_event.values():
        first = min(members, key=lambda a: (a.published or "9999", a.id))
        for other in members:
            if other is first:
                continue
            joined += 1
            gaps[_gap_kind(first.published, other.published)] += 1
    return {"read": read, "stored": len(articles), "copies": len(articles) - len(originals),
            "dated": sum(a.published is not None for a in originals), "originals": len(originals),
            "events": len(by_event), "multi": sum(len(m) > 1 for m in by_event.values()), "joined": joined,
            "gaps": gaps}


def _gap_kind(one: str | None, other: str | None) -> str:
    if one is None or other is None:
        return "one of them undated"
    gap = abs((date.fromisoformat(one) - date.fromisoformat(other)).days)
    return "same day" if gap == 0 else _WITHIN_WINDOW if gap <= WINDOW_DAYS else "more"


def run() -> str:
    r = evaluate()
    gaps = r["gaps"]
    lines = [
        "## Events in a dated stream of unrelated pages (issue 3)", "",
        "`bench/unrelated_stream.py`: the 991 trafilatura evaluation pages (many sites, several languages, "
        "mostly 2019-2023), through the whole desk into one fresh store. The pages were not chosen by happening, so a "
        "page joined to another page's event is nearly always a wrong join. Gap: days between a joined page's "
        "publication and that of the event's first page.", "",
        "| pages read | stored (copies) | originals with a date | events | events of several originals "
        f"| originals joined to another's event | of them: same day | 1-{WINDOW_DAYS} days | more | one undated |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
        f"| {r['read']} | {r['stored']} ({r['copies']}) | {r['dated']} of {r['originals']} | {r['events']} "
        f"| {r['multi']} | **{r['joined']}** ({r['joined'] / r['originals']:.1%}) | {gaps['same day']} "
        f"| {gaps[_WITHIN_WINDOW]} | {gaps['more']} | {gaps['one of them undated']} |",
    ]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    print(run())
