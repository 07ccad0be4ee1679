"""newsdesk: turn raw news from many outlets into verified event records.

>>> from newsdesk import Desk
>>> Desk(":memory:").store.count_articles()
0
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

__all__ = ["Desk", "IngestReport", "__version__"]

if TYPE_CHECKING:
    from newsdesk.desk import Desk, IngestReport


def __getattr__(name: str) -> Any:
    # The desk pulls in every stage (spaCy, SciPy, trafilatura: over a second); ``import newsdesk`` alone,
    # or ``newsdesk --help``, should not pay for it.
    if name in ("Desk", "IngestReport"):
        from newsdesk import desk

        return getattr(desk, name)
    raise AttributeError(f"module 'newsdesk' has no attribute {name!r}")
