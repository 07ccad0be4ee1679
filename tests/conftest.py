"""Shared fixtures: where the third-party datasets live, small article factories."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


def datasets_dir() -> Path:
    """../shared/datasets beside the checkout, or $NEWSDESK_DATASETS."""
    return Path(os.environ.get("NEWSDESK_DATASETS", REPO.parent / "shared" / "datasets"))


@pytest.fixture
def datasets() -> Path:
    path = datasets_dir()
    if not path.is_dir():
        pytest.skip(f"datasets not found at {path} (set NEWSDESK_DATASETS)")
    return path


def story(n: int, topic: str = "flood") -> str:
    """A made-up article body, different for every ``n``."""
    return (
        f"Report {n}: officials in district {n} said on Monday that {n + 3} homes were damaged by the {topic}.\n\n"
        f"Rescue teams worked through the night near village number {n * 7}, the regional office said.\n\n"
        f"Residents of block {n % 13} were moved to a school, and roads {n % 5} and {n % 11} stayed closed."
    )


def write_jsonl(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
