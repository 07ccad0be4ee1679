"""Helpers shared by the benchmarks: where the data is, the machine, timing."""

from __future__ import annotations

import gzip
import os
import platform
import resource
import subprocess
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def datasets_dir() -> Path:
    """../shared/datasets beside the checkout, or $NEWSDESK_DATASETS."""
    path = Path(os.environ.get("NEWSDESK_DATASETS", REPO.parent / "shared" / "datasets"))
    if not path.is_dir():
        raise SystemExit(f"datasets not found at {path}; set NEWSDESK_DATASETS")
    return path


def read_html_gz(path: Path) -> str:
    return gzip.decompress(path.read_bytes()).decode("utf-8", errors="replace")


def machine() -> str:
    """One line naming the machine: CPU model, cores, memory, Python."""
    cpu = platform.processor() or "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        mem_kb = int(Path("/proc/meminfo").read_text().split()[1])
        mem = f"{mem_kb / 1024 / 1024:.0f} GiB"
    except (OSError, ValueError, IndexError):
        mem = "? GiB"
    return f"{cpu}, {os.cpu_count()} cores, {mem}, Python {platform.python_version()}"


def git_revision() -> str:
    try:
        return subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=REPO, capture_output=True,
                              text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def peak_rss_mb() -> tuple[float, float]:
    """Peak resident memory (MB) of this process and of its largest finished child."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return own, children


def share(part: int, whole: int) -> str:
    """A share with its counts, for a table cell.

    >>> share(3, 4), share(0, 0)
    ('0.75 (3/4)', 'n/a')
    """
    return f"{part / whole:.2f} ({part}/{whole})" if whole else "n/a"
