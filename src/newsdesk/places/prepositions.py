"""Prepositions of place, one table per purpose, one entry per language.

- :data:`OF_PLACE`: words after which a capitalised name is a place rather than a common noun or a thing
  named after a place ("in Essen", not "nach dem Essen"; "at Brands Hatch").
- :data:`OF_PLACE_NOT_PERSON`: words after which a name is a place and seldom a person, so that a name two
  readings share ("Pedro Sánchez", a village and a man; "Milana", Milan and the given name) reads as the place.
  A preposition as common before a person as before a place is left out here though it is of place.

>>> after_preposition_of_place("Sie kam von Berlin", 12, "de")
True
>>> after_preposition_of_place_not_person("Sie kam von Berlin", 12, "de")
False
"""

from __future__ import annotations

import re

OF_PLACE: dict[str, tuple[str, ...]] = {
    "en": ("in", "at", "into", "near", "inside", "outside"),
    # "von" and "um" also stand before a person ("von Anna", "um Anna"), but not before a bare common noun,
    # which takes an article there: the tell of a town against a noun, not of a town against a person.
    # "südlich von", "nahe bei" need no entry: their last word counts.
    "de": ("in", "aus", "nach", "bei", "von", "um", "nahe", "bis"),
    # Written as words of their own: in, to (with and without its hamza), from, near, towards, and "ب" (in)
    # set apart by a tatweel; "ب" joined to the name is a clitic, cut by the spotter.
    "ar": ("في", "إلى", "الى", "من", "قرب", "نحو", "بـ"),
    # And verbs of going and being somewhere: enter, head for, arrive at, fly to, come from, be located in,
    # visit, pass through, return to, leave. Chinese writes no spaces: a consumer matches these right before a
    # name, with nothing between.
    "zh": ("在", "于", "於", "到", "从", "從", "自", "赴", "往", "进入", "進入", "前往", "抵达", "抵達", "飞往", "飛往",
           "来自", "來自", "位于", "位於", "访问", "訪問", "途经", "途經", "返回", "离开", "離開"),
}

OF_PLACE_NOT_PERSON: dict[str, tuple[str, ...]] = {
    # Not "a", which also marks a person as an object ("criticó a Pedro Sánchez"), nor "de", "di", "da", which
    # also mark a possessor.
    "es": ("en", "hacia", "desde", "hasta"),
    "fr": ("à", "en", "vers", "depuis"),
    "it": ("in", "a", "verso", "presso"),
    "pt": ("em", "no", "na", "para", "até"),
    # Not "von", "um", "bis": "von Anna", "um Anna", "bis Anna kommt".
    "de": ("in", "nach", "bei", "aus"),
    # Of place and of origin; not "с", "к", "у" (Russian), "od" (Polish), often before a person
    # ("с Владимиром", "od Anny").
    "ru": ("в", "во", "из", "изо", "под", "подо", "на", "до", "около", "возле", "близ", "из-под"),
    "be": ("в", "ў", "у", "з", "пад", "на", "да", "каля"),
    "uk": ("в", "у", "з", "із", "зі", "під", "на", "до", "біля", "поблизу"),
    "pl": ("w", "we", "z", "ze", "do", "pod", "na", "koło", "spod", "przy", "nad", "znad"),
    "cs": ("v", "ve", "z", "ze", "do", "na", "u", "pod", "nad", "při", "poblíž", "kolem"),
    "sk": ("v", "vo", "z", "zo", "do", "na", "u", "pod", "nad", "pri", "blízko", "okolo"),
}

# Characters before a name within which its preposition must stand.
_REACH = 16


def ending_with(words: tuple[str, ...]) -> re.Pattern[str]:
    """A pattern for one of ``words`` as a word of its own, not the end of a longer or hyphenated word
    ("Ростов-на-Дону"), with the spaces after it, at the end of the stretch searched."""
    return re.compile(rf"(?<![\w-])(?:{'|'.join(map(re.escape, words))})\s+\Z", re.IGNORECASE)


def ends_before(pattern: re.Pattern[str], text: str, start: int) -> bool:
    """Whether ``pattern`` (see :func:`ending_with`) matches right before ``text[start]``."""
    return pattern.search(text, max(0, start - _REACH), start) is not None


_OF_PLACE = {language: ending_with(words) for language, words in OF_PLACE.items() if language != "zh"}
_OF_PLACE_NOT_PERSON = {language: ending_with(words) for language, words in OF_PLACE_NOT_PERSON.items()}


def after_preposition_of_place(text: str, start: int, language: str | None) -> bool:
    """Whether a preposition of :data:`OF_PLACE` in ``language`` stands right before ``text[start]``."""
    pattern = _OF_PLACE.get(language or "")
    return pattern is not None and ends_before(pattern, text, start)


def after_preposition_of_place_not_person(text: str, start: int, language: str | None) -> bool:
    """Whether a preposition of :data:`OF_PLACE_NOT_PERSON` in ``language`` stands right before ``text[start]``."""
    pattern = _OF_PLACE_NOT_PERSON.get(language or "")
    return pattern is not None and ends_before(pattern, text, start)
