"""Run the benchmarks and write bench/RESULTS.md.

    make bench                                        # every section
    .venv/bin/python bench/run.py seeds throughput    # only some sections

Each section is a module of this folder with a ``run() -> str`` returning
Markdown. A section's latest result is kept in bench/results/NAME.md with
the date, command, machine and revision of the run that produced it, and
RESULTS.md is assembled from all of them, so re-running one section never
drops the others. The datasets are read from ../shared/datasets (or
$NEWSDESK_DATASETS); nothing is downloaded.

With more than one section, each runs in a process of its own: a section
run after others in one process inherited their caches, live objects and
thread pools (the facts step measured 17.4 extractions/s after the other
sections and 23.3 on its own), so a figure depended on what ran before it.
"""

from __future__ import annotations

import datetime
import importlib
import os
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from common import git_revision, machine  # noqa: E402

SECTIONS = ["seeds", "extraction", "throughput", "robustness", "events", "event_scaling", "unrelated_stream",
            "facts_seeds", "geoparsing", "places_languages", "acled", "attribution", "background", "facts_speed",
            "briefs"]
RESULTS = HERE / "RESULTS.md"
PARTS = HERE / "results"


def run_section(name: str, command: str) -> None:
    started = time.perf_counter()
    print(f"running {name} ...", file=sys.stderr, flush=True)
    body = importlib.import_module(name).run()
    seconds = time.perf_counter() - started
    stamp = (f"_Run {datetime.datetime.now(datetime.timezone.utc):%Y-%m-%d %H:%M} UTC with `{command}` "
             f"on {machine()}, revision {git_revision()}, in {seconds:.0f} s._")
    PARTS.mkdir(exist_ok=True)
    (PARTS / f"{name}.md").write_text(f"{body.rstrip()}\n\n{stamp}\n", encoding="utf-8")
    print(f"  {name} done in {seconds:.0f}s", file=sys.stderr, flush=True)


def assemble() -> None:
    parts = [(PARTS / f"{name}.md") for name in SECTIONS]
    text = ["# newsdesk benchmark results", "",
            "Written by `make bench` (`bench/run.py`); each section states when, how and where it was run.", ""]
    text += [p.read_text(encoding="utf-8") for p in parts if p.exists()]
    RESULTS.write_text("\n".join(text), encoding="utf-8")


_COMMAND = "NEWSDESK_BENCH_COMMAND"  # how the user ran it, for a section run in its own process


def main(names: list[str]) -> None:
    unknown = sorted(set(names) - set(SECTIONS))
    if unknown:
        raise SystemExit(f"unknown section(s) {unknown}; choose from {SECTIONS}")
    command = os.environ.get(_COMMAND) or (f".venv/bin/python bench/run.py {' '.join(names)}" if names
                                           else "make bench")
    names = names or SECTIONS
    if len(names) == 1:
        run_section(names[0], command)
    else:
        failed = [name for name in names
                  if subprocess.run([sys.executable, __file__, name], env={**os.environ, _COMMAND: command}).returncode]
        if failed:
            raise SystemExit(f"section(s) failed: {failed}")
    assemble()
    print(f"wrote {RESULTS}", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1:])
