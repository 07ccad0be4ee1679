"""newsdesk: turn raw news from many outlets into verified event records.

>>> from newsdesk import Desk
>>> Desk(":memory:").store.count_articles()
0
"""

__version__ = "0.1.0"

from newsdesk.desk import Desk, IngestReport  # noqa: E402

__all__ = ["Desk", "IngestReport", "__version__"]
