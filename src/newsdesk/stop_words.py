"""spaCy's stop-word lists, read without loading spaCy's language classes.

>>> "the" in stop_words("en"), "les" in stop_words("fr"), stop_words("xx")
(True, True, frozenset())
"""

from __future__ import annotations

import importlib.util
from functools import lru_cache
from pathlib import Path


@lru_cache(maxsize=64)
def stop_words(language: str | None) -> frozenset[str]:
    """spaCy's stop-word list for ``language`` (empty when it has none).

    Only the list's own file is executed: importing ``spacy.lang.xx`` would
    first build that language's tokenizer rules, seconds per process (six for
    French, whose tokenizer exceptions compile into one large pattern).
    """
    if not language or not language.isalpha():
        return frozenset()
    spec = importlib.util.find_spec("spacy")
    if spec is None or not spec.submodule_search_locations:
        return frozenset()
    path = Path(spec.submodule_search_locations[0]) / "lang" / language / "stop_words.py"
    if not path.is_file():
        return frozenset()
    namespace: dict = {}
    exec(compile(path.read_text(encoding="utf-8"), str(path), "exec"), namespace)  # noqa: S102 - spaCy's own data file
    return frozenset(namespace.get("STOP_WORDS", ()))
