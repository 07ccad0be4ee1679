"""The nouns of administrative units in the languages news is read in, which name the unit they open:
"comté de Cherokee", "contea di Johnson", "condado de Marin", "Landkreis Cherokee", "hrabstwie Cherokee",
"штате Огайо", "محافظة حلب"; in Turkish the noun follows the name ("Hatay ilinde").

The word after such a noun is a place, and the unit itself: :func:`administrative_kind` gives the English kind
word that the gazetteer's lookup reads after a name ("Cherokee county", see
:func:`newsdesk.places.gazetteer.lookup`), so that the unit is asked before a town of the same name, as in an
English text. Written from the languages' grammar, not from any corpus; a noun with a common second meaning
before a capitalised word ("Gemeinde", the parish; "منطقة", any area; Russian "в районе", near) is left out; so
is Russian and Ukrainian "округ", a county but also an okrug or any district, after which a foreign county's
name in Cyrillic is read as a town in a case ending ("округе Станислаус": no Stanislav).
"""

from __future__ import annotations

import re

# English kind word -> the nouns that name it, per language; the nouns of inflecting languages with their case
# endings (a stem and any ending), the others with the prepositions and articles that join the name.
_NOUNS: dict[str, dict[str, str]] = {
    "fr": {"county": "comté", "department": "département", "district": "district", "province": "province",
           "region": "région", "state": "état", "prefecture": "préfecture", "governorate": "gouvernorat",
           "oblast": "oblast", "municipality": "municipalité", "commune": "commune"},
    "es": {"county": "condado", "department": "departamento", "district": "distrito", "province": "provincia",
           "region": "región", "state": "estado", "prefecture": "prefectura", "governorate": "gobernación",
           "municipality": "municipio", "commune": "comuna"},
    "pt": {"county": "condado", "department": "departamento", "district": "distrito", "province": "província",
           "region": "região", "state": "estado", "prefecture": "prefeitura", "municipality": "município"},
    "it": {"county": "contea", "department": "dipartimento", "district": "distretto", "province": "provincia",
           "region": "regione", "state": "stato", "prefecture": "prefettura", "governorate": "governatorato",
           "commune": "comune"},
    "de": {"county": "county", "district": "landkreis kreis bezirk distrikt", "province": "provinz",
           "region": "region", "state": "bundesstaat staat", "department": "departement",
           "prefecture": "präfektur", "governorate": "gouvernement", "oblast": "oblast"},
    "pl": {"county": r"hrabstw\w*", "district": r"powiat\w* dystrykt\w* okręg\w*", "province": r"prowincj\w*",
           "region": r"region\w*", "state": r"stan(?:ie|u|em)?", "department": r"departament\w*",
           "commune": r"gmin\w*", "oblast": r"obwod\w*", "prefecture": r"prefektur\w*"},
    "ru": {"county": r"графств\w* уезд\w*", "province": r"провинци\w*",
           "region": r"регион\w*", "state": r"штат\w*", "oblast": r"област\w*", "department": r"департамент\w*",
           "prefecture": r"префектур\w*", "governorate": r"мухафаз\w*"},
    "uk": {"county": r"графств\w*", "province": r"провінці\w*",
           "region": r"регіон\w*", "state": r"штат\w*", "oblast": r"област\w*", "department": r"департамент\w*"},
    "ar": {"governorate": "محافظة", "state": "ولاية", "province": "مقاطعة إقليم"},
}
# What joins the noun to the name: "comté de", "comté d'", "contea dell'", "provincia de la".
# The kinds that are never a town: a name after their noun that the gazetteer knows only as towns is another place.
REGION_KINDS = frozenset("state province region oblast governorate department prefecture".split())
_JOINERS = {
    "fr": r"(?:de\s+la\s+|de\s+l['’]|de\s+|du\s+|d['’]|des\s+)?",
    "es": r"(?:de\s+la\s+|de\s+|del\s+)?",
    "pt": r"(?:de\s+|do\s+|da\s+|dos\s+|das\s+)?",
    "it": r"(?:di\s+|del\s+|della\s+|dello\s+|dell['’]|d['’])?",
}
# Turkish: the noun after the name, in the possessive and any case ending after it ("Hatay ili", "ilçesinde").
_TURKISH_AFTER = re.compile(r"\s+(?:(?P<district>ilçe(?:si|sin\w*))|(?P<province>il(?:i|in\w*)|vilayet(?:i|in\w*))"
                            r"|(?P<state>eyalet(?:i|in\w*))|(?P<region>bölge(?:si|sin\w*)))\b")
_ARABIC_CLITICS = r"(?:[وف]?[بل]?(?:ال)?)"


def _before_pattern(language: str, nouns: dict[str, str]) -> re.Pattern[str]:
    groups = "|".join(f"(?P<{kind}>{'|'.join(words.split())})" for kind, words in nouns.items())
    clitics = _ARABIC_CLITICS if language == "ar" else ""
    return re.compile(rf"(?:^|\W){clitics}(?:{groups})\s+{_JOINERS.get(language, '')}$", re.IGNORECASE)


_BEFORE = {language: _before_pattern(language, nouns) for language, nouns in _NOUNS.items()}
# An English text may keep a unit's own name in its language ("the provincia de Buenos Aires", "the comté de
# Cherokee"): the nouns of French, Spanish, Portuguese and Italian that are no English word, with their joiner.
_ENGLISH_WORDS = frozenset("district province region commune oblast county".split())
_FOREIGN_NOUNS = sorted({noun for language in ("fr", "es", "pt", "it") for words in _NOUNS[language].values()
                         for noun in words.split()} - _ENGLISH_WORDS)
_FOREIGN_JOINER = "|".join(_JOINERS[language].removeprefix("(?:").removesuffix(")?") for language in _JOINERS)
_BEFORE["en"] = re.compile(rf"(?:^|\W)(?P<noun>{'|'.join(_FOREIGN_NOUNS)})\s+(?:{_FOREIGN_JOINER})$", re.IGNORECASE)
_READ_BEFORE = 40  # characters: the longest noun with its joiner


def administrative_kind(text: str, start: int, end: int, language: str | None) -> str | None:
    """The English kind of the administrative unit whose noun stands before ``text[start:end]`` (after it in
    Turkish), in the text's language; None when there is none. In English, only a unit's noun of French,
    Spanish, Portuguese or Italian with its joiner ("the provincia de Buenos Aires").

    >>> text = "Deux morts dans le comté de Cherokee."
    >>> administrative_kind(text, text.index("Cherokee"), len(text) - 1, "fr")
    'county'
    >>> english = "Floods in the provincia de Buenos Aires and in Cherokee."
    >>> administrative_kind(english, english.index("Buenos"), english.index(" and"), "en")
    'province'
    >>> administrative_kind(english, english.index("Cherokee"), len(english) - 1, "en") is None
    True
    """
    if language == "tr":
        found = _TURKISH_AFTER.match(text, end)
    else:
        pattern = _BEFORE.get(language or "")
        found = pattern.search(text[max(0, start - _READ_BEFORE):start]) if pattern is not None else None
    if found is None:
        return None
    if language == "en":
        return _english_kind(found.group("noun"))
    return next(kind for kind, word in found.groupdict().items() if word)


def _english_kind(noun: str) -> str:
    """The English kind of a French, Spanish, Portuguese or Italian noun of an administrative unit."""
    noun = noun.lower()
    return next(kind for language in ("fr", "es", "pt", "it") for kind, words in _NOUNS[language].items()
                if noun in words.split())
