"""Spot toponyms in text by the gazetteer: capitalised word runs matched longest first.

This is the cheap, language-independent half of finding places: every run of
capitalised words (joined by short connectors such as "of", "de", "and") is
matched against the gazetteer, longest sub-run first, so "Bosnia and
Herzegovina" is one country and "Chitral District" one name. Each match says
how sure the gazetteer alone can be that the words name a place
(:class:`Spot`.``confidence``):

- ``SURE``: a country, region or continent, or a town named by its own name
  of two or more words or of a big population;
- ``LIKELY``: a smaller town named by its own name, inside a sentence
  ("Chitral", but also "Taylor" the town or the surname);
- ``DOUBTFUL``: a name that is only an alternate name ("La" for Los
  Angeles), a generic word ("Western", "Gulf", "University"), a word
  capitalised only because it opens the sentence ("Home"), any place after
  "of" in a body's name ("the Bank of England", "the University of
  Chicago"), a town's name before a surname the article also uses alone
  ("Paris Hilton ... Hilton said"), the tail of a longer name ("Street" in
  "Frenchmen Street"), a small town's name that opens a longer one
  ("Elysian Fields"), or a small town's name after "the" (towns take no
  article: "the White House", "the Middle East"), unless a place word
  follows ("the Chitral district").

A caller with a better tool (a named entity recogniser) should confirm the
last two.

Weekdays, months and demonyms ("Afghan") are never spotted.

>>> [(s.text, s.confidence) for s in spot("Afghan soldiers crossed into Chitral, Pakistan on Sunday.")]
[('Chitral', 1), ('Pakistan', 2)]
>>> [(s.text, s.confidence) for s in spot("Home prices rose in Bosnia and Herzegovina.")]
[('Home', 0), ('Bosnia and Herzegovina', 2)]
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import lru_cache

import regex

from newsdesk.places.gazetteer import (
    ADMIN1,
    CITY,
    COUNTRY,
    Gazetteer,
    acronym_names,
    city_names_in,
    country_names_in,
    demonym_country,
    get_gazetteer,
    lookup,
    normalize,
    particle_short_form,
    possessive_own_name_rows,
    skeleton,
)
from newsdesk.places.admin_words import REGION_KINDS, administrative_kind
from newsdesk.places.source import countries_speaking
from newsdesk.places.inflection import (
    BARE_MIN_POPULATION,
    INFLECTED_LANGUAGES,
    after_locative,
    any_big_enough_after_locative,
    dictionary_form,
    nominatives,
    region_names,
)
from newsdesk.places.prepositions import (
    OF_PLACE,
    after_preposition_of_place,
    after_preposition_of_place_not_person,
    ending_with,
    ends_before,
)
from newsdesk.stop_words import stop_words

DOUBTFUL, LIKELY, SURE = 0, 1, 2
MAX_WORDS = 6
# A lone town named by its own name is sure from this population on (a round figure, not tuned).
SURE_TOWN_POPULATION = 100_000
# A town named in a script without case by one word of another name than its own: the word is as likely a
# common word unless the town is a city of half a million or more ("بغداد", "القدس").
_CASELESS_SURE_POPULATION = 500_000

# A word: letters (any script) with inner apostrophes, hyphens or dots ("al-Tanf", "U.S", "Pakistan's").
# Hyphens split words: "Khyber-Pakhtunkhwa" is matched as two joined words, "London-based" yields "London".
# Letters with their combining marks: Devanagari or Arabic vowel signs are marks, not letters.
_WORD = regex.compile(r"[^\W\d_][\w\p{M}]*(?:['’.][^\W_][\w\p{M}]*)*")
# Lower-case words that may join the capitalised words of one name.
_CONNECTORS = frozenset(
    "of and de du des la le les del della di da do dos das al el upon on y et am an der den im sur en au aux"
    " the van von ez es ed ash az ul ud"  # the Arabic article as transliterated: "Deir-ez-Zor"
    " d' l' dell' nell'".split()  # elided articles inside a name: "Côte d'Ivoire", "Reggio nell'Emilia"
    + ["e", "i", "ye"]  # the Persian ezafe as transliterated: "Kut e Abdollah", "Qala i Naw", "Sangi-ye Pain"
)
# Last words that make a capitalised run a place, whether the gazetteer knows it or not.
_PLACE_HEADS = frozenset(
    "street st avenue ave road rd boulevard drive lane parade square bridge highway motorway airport station"
    " port harbour harbor church cathedral mosque temple chapel hospital school college university campus"
    " court prison jail embassy consulate palace castle tower hall theatre theater stadium arena park gardens"
    " museum centre center estate market mall hotel inn library cemetery zoo plaza camp barracks ocean sea gulf bay peninsula island islands"
    " isle river lake lagoon canal mountains mountain hills valley desert forest coast strait channel point"
    " district province county region governorate prefecture quarter neighborhood neighbourhood township".split()
)
# A lower-case place word right after a capitalised run: "the Arundu sector", "the Chitral district".
_PLACE_WORD_AFTER = re.compile(
    r"\s+(?:sector|district|province|region|area|village|town|city|valley|border|crossing|county|state"
    r"|river|mountains?|island|camp|neighbou?rhood|municipality|governorate|prefecture|department"
    r"|countryside|outskirts|frontline|roundabout|highway|road|corridor|intersection|junction|refugee camp|desert|plains?"
    r"|woreda|kebele|tehsil|upazila|township|LGA|oblast|raion|rayon|barangay)\b")
# A happening named after where it happened: the town before it takes the happening's "the" ("the Uttarkashi bus
# accident", "the Christchurch attacks").
_HAPPENING_AFTER = re.compile(
    r"(?:\s+[a-z][\w-]*)?\s+(?:accident|crash|collision|attacks?|bombings?|blasts?|explosions?|earthquake|quake"
    r"|floods?|flooding|landslides?|fire|blaze|shootings?|massacre|stampede|derailment|riots?|siege|raids?"
    r"|air ?strikes?|ambush|clashes|tragedy|disaster|hijacking|outbreak|cyclone)\b")
_SHORT_FORMS = frozenset({"st", "ft", "mt", "ste"})  # "St. Louis": the dot belongs to the word
TIME_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july"
    " august september october november december lundi mardi mercredi jeudi vendredi samedi dimanche"
    " janvier fevrier avril mai juin juillet aout septembre octobre novembre decembre lunes martes miercoles"
    " jueves viernes sabado domingo enero febrero marzo abril mayo junio julio agosto septiembre octubre"
    " noviembre diciembre montag dienstag mittwoch donnerstag freitag samstag sonntag januar februar marz"
    " juni juli oktober dezember jan feb mar apr jun jul aug sep sept oct nov dec"  # "Nov. 2" is no Nov
    # Turkish, folded ("Salı", "Mart"); not Pazar (Sunday) and Çarşamba (Wednesday), towns of 30,000 and 140,000
    " pazartesi sali persembe cuma cumartesi ocak subat mart nisan mayis haziran temmuz agustos eylul ekim kasim"
    " aralik"
    # Polish, folded, with the cases news writes them in ("w piątek", "do 10 maja"): "Piątek" is a village too
    " poniedzialek poniedzialku wtorek wtorku sroda srode srody czwartek czwartku piatek piatku sobota sobote"
    " soboty niedziela niedziele niedzieli styczen stycznia luty lutego marzec marca kwiecien kwietnia maja"
    " czerwiec czerwca lipiec lipca sierpien sierpnia wrzesien wrzesnia pazdziernik pazdziernika listopad"
    " listopada grudzien grudnia"
    " muharram safar rajab shaban ramadan ramazan ramzan shawwal"  # the Islamic months news names
    " christmas easter thanksgiving halloween hanukkah passover diwali eid".split()  # "by Christmas" (a town in Florida)
)
# Bodies and their officers that small towns are named after too ("in Congress" is no Congress, Arizona;
# "Police" no town of Poland; "Secretary of State" no Secretary, Maryland): never a place alone.
INSTITUTION_WORDS = frozenset(
    "congress parliament senate cabinet government ministry department council committee agency assembly"
    " court justice police army navy"
    " secretary president minister governor chancellor mayor senator sheriff leader"  # and their officers
    " church iglesia igreja eglise chiesa kirche"  # "la Iglesia" is no Iglesia of Argentina
    " cabildo hacienda".split())  # Spanish: an island's or a town's council, the Treasury (towns of Chile, Philippines)
# Major news agencies, as they write their names: "SANA reported" is Syria's agency, no Sanaa; "Xinhua" no
# Chinese town; "SABA" Yemen's agency, no Caribbean island; "(Bloomberg) --" no Blomberg of Germany. Compared as
# written: "Sana" may be the city.
NEWS_AGENCIES = frozenset(
    "SANA SABA Xinhua IRNA ISNA Tasnim Yonhap Kyodo Bernama Antara WAFA KUNA QNA WAM SPA MENA NNA Anadolu"
    " Interfax TASS Sputnik Reuters AFP EFE ANSA PTI IANS Bloomberg".split())
# Words that GeoNames lists among a town's alternate names but that name something else wherever news writes them:
# "God" (Göd, Hungary, without its accent) and "Google" (Topeka, Kansas, for its renaming as a publicity stunt in 2010);
# Spanish news's "la Justicia", the judiciary, far more often than Madrid's quarter of that name; and its "la Junta",
# a regional government (Andalusia's, Castile and León's), far more often than the small towns of Mexico, Colorado
# and Chile called La Junta; and the planets "Earth", "Mars" and "Mercury", small towns of Texas, Pennsylvania
# and France too.
_OTHER_SENSE_WORDS = frozenset({"god", "google", "justicia", "la junta", "earth", "mars", "mercury"})
# Words after a place's name that make it a newspaper's ("The Washington Post", "Gulf News").
_PUBLICATION_WORDS = frozenset(
    "post times herald tribune journal gazette chronicle telegraph observer guardian independent express courier"
    " examiner inquirer dispatch globe sun star mirror register bulletin news".split())
# The nicknames of the teams of North America's major leagues (MLB, NFL, NBA, NHL), written from general
# knowledge, not from any corpus: after a place's name they make it a team's ("the Boston Red Sox", "the Los
# Angeles Angels"), no place claim. A closed list, as a rule on any plural after a place would take
# companies and lines too ("New Orleans Railways"); nicknames that are common nouns of bodies, of works or of
# weather after a place ("Heat", "Magic", "Thunder", "Senators", "Capitals", "Kings", "Union") are left out.
TEAM_NICKNAMES = frozenset(
    "yankees mets orioles rays tigers royals twins astros angels athletics mariners rangers braves marlins"
    " phillies nationals expos cubs reds brewers pirates cardinals diamondbacks rockies dodgers padres giants"
    " bills dolphins patriots jets ravens bengals browns steelers texans colts jaguars titans broncos chiefs"
    " raiders chargers cowboys eagles redskins commanders bears lions packers vikings falcons panthers saints"
    " buccaneers rams 49ers seahawks celtics nets knicks 76ers sixers raptors bulls cavaliers pistons pacers"
    " bucks hawks hornets wizards nuggets timberwolves warriors clippers lakers suns mavericks rockets"
    " grizzlies pelicans spurs supersonics sonics bruins sabres canadiens flyers penguins blackhawks"
    " predators blues ducks coyotes flames oilers sharks canucks islanders devils hurricanes"
    " red-sox white-sox blue-jays red-wings maple-leafs blue-jackets trail-blazers golden-knights".split())
# Words after a place's name that make it a school's: "Georgia Tech", "Texas A&M".
_SCHOOL_WORDS = ("Tech", "A&M")
_SCHOOL_AFTER = re.compile(r"\s(?:" + "|".join(map(re.escape, _SCHOOL_WORDS)) + r")\b")
# Words that name a kind or a part of a place rather than one place ("Western" is a region of
# six countries, "Gulf" one of Papua New Guinea): never sure alone.
_GENERIC_WORDS = frozenset(
    "north south east west northern southern eastern western central middle upper lower greater capital"
    " coast gulf bay valley delta islands island highlands lowlands plateau mountains lakes river sea"
    " northeast northwest southeast southwest midwest interior frontier border city state"
    " nord sud ouest norte sur oeste".split()  # the French and Spanish directions of "Sud-Kivu", "Norte de Santander"
)


@dataclass(frozen=True, slots=True)
class Spot:
    """A gazetteer match: ``start``/``end`` are offsets into the text given to :func:`spot`."""

    start: int
    end: int
    text: str
    confidence: int  # DOUBTFUL, LIKELY or SURE
    name: str = ""  # what to ask the gazetteer, when not the text: the dictionary form of "Москве"
    unit: bool = False  # named after the noun of an administrative unit: "comté de Cherokee"


@dataclass(slots=True)  # not frozen: a frozen dataclass costs four times as much to make, per word of a text
class _Word:
    start: int
    end: int
    text: str
    capitalised: bool
    opens_sentence: bool
    weak: bool = False  # a capitalised function word ("In", "The", "Los"): starts only longer names
    tail: int = 0  # where the written word ends, a possessive "'s" included
    after_comma: bool = False  # a comma right before it, without a space: "(Buur Hakaba,Bay)" lists two names


@lru_cache(maxsize=1)
def _function_words() -> frozenset[str]:
    """English stop words, and the short ones (articles, prepositions) of other main languages.

    From spaCy's lists (no model needed). Other languages' longer stop words
    are left out: one of them is the English "Press" of "Press Street".
    """
    words = set(_english_stop_words())
    for language in ("fr", "es", "de", "it", "pt", "nl"):
        words |= {w for w in stop_words(language) if len(w) <= 3}
    return frozenset(w.lower() for w in words)


def spot(text: str, offset: int = 0, *, surnames: frozenset[str] = frozenset(),
         whole: str | None = None, language: str | None = None) -> list[Spot]:
    """Toponyms among the capitalised words of ``text``; offsets are shifted by ``offset``.

    ``whole``: the article that ``text`` is a sentence of (``whole[offset:offset + len(text)]``), whose words
    were split already (by :func:`surnames_in`): they are reused where the sentence is cut at white space.

    Besides gazetteer matches, a run of capitalised words is a place by its
    form when it ends with a place word ("Royal Street", "Indian Ocean") or
    a lower-case place word follows it ("the Arundu sector"): such spots are
    ``LIKELY`` and may be unknown to the gazetteer. A lone town whose name
    is in ``surnames`` (see :func:`surnames_in`) is ``DOUBTFUL``.

    In a language that writes names in case endings (``language``: Russian, Ukrainian, Polish, Czech, Slovak,
    German), a word that names no place as written is asked in its dictionary form (see
    :mod:`newsdesk.places.inflection`): the spot keeps the written text, its ``name`` is the form. German
    capitalises its nouns, so there a town's name after an article ("nach dem Essen") or a small town's name
    without a preposition of place before it ("im Sommer") is ``DOUBTFUL``.

    >>> [(s.text, s.confidence) for s in spot("Frenchmen Street runs to the French Quarter of New Orleans.")]
    [('Frenchmen Street', 1), ('French Quarter', 1), ('New Orleans', 2)]
    >>> [(s.text, s.confidence) for s in spot("Troops held the Arundu sector.")]
    [('Arundu', 1)]
    """
    gaz = get_gazetteer()
    spots = []
    words = _words(text) if whole is None else _sentence_words(whole, offset, offset + len(text))
    inflected = language in INFLECTED_LANGUAGES
    if language not in (None, "en"):
        words = tuple(_big_town_opening(gaz, text, word, language)
                      for word in _common_openings(gaz, text, words, language) if not _spaced_en(text, word))
    for run in _runs(words):
        found = list(_match_run(gaz, text, _with_own_possessives(gaz, text, run), offset, surnames, whole,
                                particles_join=language in (None, "en")))
        if inflected:
            found = _with_dictionary_forms(text, run, offset, found, language)
        if language == "ar":
            found = _with_arabic_clitics(gaz, text, run, offset, found)
            found = _with_short_arabic_names(gaz, text, run, offset, found)
            found = [_big_town_after_arabic_place_word(gaz, text, spot, offset) for spot in found]
            found = [spot for spot in found if not _in_arabic_idiom(text, spot, offset)]
        if language not in (None, "en") and len(run) == 1:
            found = [_as_city_of_millions(gaz, spot, language) for spot in found]
        if language == "de":
            found = [_doubted_as_german_noun(text, _after_german_noun_von(gaz, text, run, spot, offset), offset)
                     for spot in found]
        if inflected:
            found = [_own_name_in_case_ending(gaz, text, spot, offset, language) for spot in found]
        if language not in (None, "en"):
            found = [_doubted_as_a_word_of(language, _as_administrative_unit(gaz, text, spot, offset, language))
                     for spot in found if not _in_abbreviated_settlement(text, spot, offset, language)]
            if language == "de":
                found = [_with_umlauts_spelled_out(gaz, spot) for spot in found]
        else:
            found = [_as_written_county(gaz, text, _as_administrative_unit(gaz, text, spot, offset, "en"), offset)
                     for spot in found]
        found = [_doubted_as_another_sense(text, spot, offset, language) for spot in found]
        spots.extend(found)
    spots = [_doubted_as_a_word_stem(gaz, s, whole or text) for s in spots
             if not _closes_a_name_for_a_place(text, s, offset, whole or text, language)
             and not _names_a_state_body(text, s, offset, language)]
    return _with_region_names(text, offset, spots, language) if inflected else spots


# a town's name fused with a lower-case word after it: "Coronavirus", "Coronakrise", "koronavirüs"; not with a
# suffix of the town's people or adjective, which starts with a vowel ("Berliner", "Parisiens", "Romano"), nor
# in a web address ("detroitnews.com")
_FUSED_WORD_AFTER = regex.compile(r"(?=\p{Ll})[^aeiouyäöüéèáíóúı\W\d_]\p{Ll}{3,}(?!\.\p{L})")
_STEM_CUT_BEFORE = regex.compile(r"[\w./@]")  # inside a word or an address, no word starts there


_STEM_MIN_LETTERS = 4


def stem_of_a_longer_word(word: str, whole: str) -> bool:
    """Whether the article ``whole`` writes ``word`` as the first part of a longer word ("Corona" in
    "Coronavirus").

    >>> stem_of_a_longer_word("Corona", "Das Coronavirus"), stem_of_a_longer_word("Berlin", "Die Berliner")
    (True, False)
    """
    if len(word) < _STEM_MIN_LETTERS:
        return False  # "Al" of "Although"
    tail = word[1:]
    for first in {word[:1].upper(), word[:1].lower()}:
        start = whole.find(first + tail)
        while start != -1:
            end = start + len(word)
            if (start == 0 or not _STEM_CUT_BEFORE.match(whole, start - 1)) and _FUSED_WORD_AFTER.match(whole, end):
                return True
            start = whole.find(first + tail, start + 1)
    return False


def _doubted_as_a_word_stem(gaz: Gazetteer, spot_: Spot, whole: str) -> Spot:
    """A lone town's name that the article also writes as the first part of a longer word is that word's stem
    ("Corona" beside "Coronavirus" is the virus, not Corona of California): ``DOUBTFUL``, so that only the
    parse can make it a place."""
    if spot_.confidence == DOUBTFUL or spot_.name or " " in spot_.text or "-" in spot_.text:
        return spot_
    if any(gaz.kind(row) != CITY for row in lookup(gaz, spot_.text)[1]):
        return spot_
    return replace(spot_, confidence=DOUBTFUL) if stem_of_a_longer_word(spot_.text, whole) else spot_


# "for" in the languages whose parties and bodies are named "X for <place>"
_FOR_WORDS = frozenset({"für", "for", "per", "pour", "para", "dla"})
_NAME_FOR_BEFORE = regex.compile(r"(?<!\w)(\p{Lu}[\p{L}\p{M}]*)\s+(\p{L}+)\s+$")


def _closes_a_name_for_a_place(text: str, spot_: Spot, offset: int, whole: str, language: str | None) -> bool:
    """Whether a spot ends the name of a party or body "X for <place>", which names no place of the article's
    events: when the article writes the name's initials as an acronym ("Alternative für Deutschland" and
    "AfD"), or when its "for" is no word of the article's language ("Junts per Catalunya" in Spanish)."""
    start = spot_.start - offset
    before = _NAME_FOR_BEFORE.search(text, max(0, start - 40), start)
    if before is None or before.group(2).lower() not in _FOR_WORDS:
        return False
    if before.group(2).lower() not in stop_words(language):
        return True
    initials = before.group(1)[0] + before.group(2)[0] + "".join(word[0] for word in spot_.text.split())
    return any(sum(letter.isupper() for letter in found.group()) >= 2
               for found in regex.finditer(rf"(?<!\w){regex.escape(initials)}(?!\w)", whole, regex.IGNORECASE))


# Lower-case adjectives after the one noun of a state body's name, in the languages that write them so ("la Marine
# nationale", "la Guardia Nacional", "l'Armée royale", "la Polizia federale"); English capitalises them.
_STATE_BODY_ADJECTIVE_AFTER = re.compile(
    r"[ \t]+(?:nationale?s?|nationaux|nacional(?:es)?|nazional[ei]|militaires?|militar(?:es)?|militar[ei]"
    r"|royale?s?|f[ée]d[ée]ral(?:e|es)?|federal(?:es)?|federal[ei])\b")


def _names_a_state_body(text: str, spot_: Spot, offset: int, language: str | None) -> bool:
    """Whether a one-word spot is the noun of a state body's name, outside English: "la Marine nationale" is the
    French navy, no town of Marine.

    >>> _names_a_state_body("un patrouilleur de la Marine nationale", Spot(22, 28, "Marine", 1), 0, "fr")
    True
    """
    return language not in (None, "en") and " " not in spot_.text \
        and _STATE_BODY_ADJECTIVE_AFTER.match(text, spot_.end - offset) is not None


def _with_region_names(text: str, offset: int, spots: list[Spot], language: str | None) -> list[Spot]:
    """The spots, with the regions named by an adjective and a kind noun in a case ending ("в Донецкой области",
    "w województwie mazowieckim", see :func:`~newsdesk.places.inflection.region_names`) in place of the spots
    they overlap."""
    regions = [Spot(start + offset, end + offset, text[start:end], SURE, form)
               for start, end, form in region_names(text, language)]
    if not regions:
        return spots
    kept = [s for s in spots if not any(r.start < s.end and s.start < r.end for r in regions)]
    return sorted(kept + regions, key=lambda s: s.start)


# Words for days near the day of writing that open sentences of news ("Dün Sinop'ta", "Ayer Madrid", "Wczoraj
# Kraków"), beyond the stop-word lists: capitalised only for their place there, as a stop word opening one.
_OPENING_TIME_WORDS = frozenset(
    "dün bugün yarın ayer hoy anoche mañana ieri oggi domani stanotte stamattina wczoraj dziś dzisiaj jutro"
    " gestern heute morgen hier aujourd demain ontem hoje amanhã gisteren vandaag morgen"
    " вчера сегодня завтра вчора сьогодні".split())


def _common_openings(gaz: Gazetteer, text: str, words: tuple[_Word, ...], language: str | None) -> tuple[_Word, ...]:
    """``words`` with a common word of ``language`` that opens a sentence (a stop word or a word for a day
    near the day of writing) read as lower-case: it joins no name after it ("Dün Sinop", "Ieri Roma",
    "Wczoraj Kraków"), unless the two open a name the gazetteer knows ("Nueva York", "Gran Canaria")."""
    if language in (None, "en"):
        return words
    stop = stop_words(language)
    out = list(words)
    for i, word in enumerate(words):
        if not word.opens_sentence or not word.capitalised or word.weak or not _cased(word.text) \
                or _shouted(word.text):
            continue  # a shouted word opens a shouted line, whose every word is capitalised ("ORA GUARDA:")
        lower = text[word.start:word.end].lower()
        if lower not in _OPENING_TIME_WORDS and lower not in stop:
            continue
        following = words[i + 1] if i + 1 < len(words) else None
        if following is not None and following.capitalised and _joined(word, following) \
                and lookup(gaz, text[word.start:following.end])[1]:
            continue
        out[i] = replace(word, capitalised=False)
    return tuple(out)


# A neighbourhood's name opened by the abbreviation of its noun, per language: "Bo. del Lago" is Barrio del Lago,
# neither Bo of Sierra Leone nor a Lago of Portugal.
_ABBREVIATED_SETTLEMENT = {
    language: regex.compile(r"\bBo\.\s+(?:(?:de|del|do|da|dos)\s+)?\p{Lu}[\w-]*(?:\s+\p{Lu}[\w-]*)*")
    for language in ("es", "pt")}


def _in_abbreviated_settlement(text: str, spot_: Spot, offset: int, language: str) -> bool:
    """Whether a spot lies in a neighbourhood's name opened by the abbreviation of its noun ("Bo. del Lago")."""
    pattern = _ABBREVIATED_SETTLEMENT.get(language)
    if pattern is None or "Bo." not in text:
        return False
    start, end = spot_.start - offset, spot_.end - offset
    return any(match.start() <= start and end <= match.end() for match in pattern.finditer(text))


# The pandemic's short name in other languages than English ("wegen Corona", "la crise de Corona", "Korona
# virüsü"), no town of California or Colombia: a report on the town names its state after a comma.
_VIRUS_NAMES = frozenset({"corona", "korona", "كورونا", "корона"})
_STATE_AFTER = regex.compile(r",\s*\p{Lu}")
# The oil benchmark, named after a North Sea field, before a word for oil or its price in the news languages: no
# borough of London ("Brent crude", "Brent ham petrol", "Brent-Rohöl", "le Brent pétrole").
_OIL_AFTER = regex.compile(r"[\s-]+(?:crude|oil|futures|blend|prices?|ham|petrol\w*|rohöl|öl\w*|pétrole|petróleo"
                           r"|petrolio|ropa|нефт\w*)\b", regex.IGNORECASE)
# The end of a longer name joined by hyphens around a lower-case particle, which the gazetteer did not know
# whole: "Mar-a-Lago" is no Lago of Texas.
_HYPHENED_PARTICLE_BEFORE = regex.compile(
    r"\p{Lu}\w*-(?:a|de|du|des|en|sur|le|la|les|on|upon|am|an|im|ba|al|el|di|da|do|dos|del)-$")


def _doubted_as_another_sense(text: str, spot_: Spot, offset: int, language: str | None) -> Spot:
    """A spot ``DOUBTFUL`` where it is a name of something else: the pandemic outside English unless a comma and
    a name follow it ("Corona, California"), Brent before a word for oil, the last part of a longer name
    ("Mar-a-Lago")."""
    if spot_.confidence == DOUBTFUL:
        return spot_
    start, end, key = spot_.start - offset, spot_.end - offset, normalize(spot_.text)
    if _pandemic_name(spot_.text, language) and not _STATE_AFTER.match(text, end) \
            or key == "brent" and _OIL_AFTER.match(text, end) \
            or _HYPHENED_PARTICLE_BEFORE.search(text, max(0, start - 32), start):
        return replace(spot_, confidence=DOUBTFUL)
    return spot_


def _pandemic_name(name: str, language: str | None) -> bool:
    """Whether ``name`` is the pandemic's short name in a text of ``language`` ("wegen Corona"); not in English."""
    return language not in (None, "en") and normalize(name) in _VIRUS_NAMES


def _doubted_as_a_word_of(language: str, spot_: Spot) -> Spot:
    """A spot of one word, ``DOUBTFUL`` where it is written as a word of the text's language: one of its stop words
    wherever it stands (Spanish "Para el ..." after a headline, where no sentence was seen to open; "PARA") or a
    country's name with an accent that the language's own name of the country lacks (Czech "Malí chlapci", small
    boys: Czech writes the country "Mali")."""
    if spot_.confidence == DOUBTFUL or spot_.unit or " " in spot_.text:
        return spot_
    written = spot_.text.lower()
    if written in stop_words(language) or _accented_unlike_country_name(written, language):
        return replace(spot_, confidence=DOUBTFUL)
    return spot_


def _accented_unlike_country_name(written: str, language: str) -> bool:
    """Whether a lower-cased word bears an accent that CLDR's name of a country in ``language`` lacks."""
    bare = _without_accents(written)
    if bare == written:
        return False
    names = country_names_in(language)
    return bare in names and written not in names


def _without_accents(word: str) -> str:
    return unicodedata.normalize("NFC", "".join(c for c in unicodedata.normalize("NFD", word)
                                                 if not unicodedata.combining(c)))


def _spaced_en(text: str, word: _Word) -> bool:
    """Whether a word is "en" between spaces, outside English a preposition ("el Congreso en Lima", "à Paris
    en France") or a conjunction (Dutch), never inside one name as in "Saint-Germain-en-Laye": it ends the run,
    so the name after it is no part of a longer one."""
    return word.text == "en" and text[word.start - 1:word.start] == " " and text[word.end:word.end + 1] == " "


def _big_town_opening(gaz: Gazetteer, text: str, word: _Word, language: str) -> _Word:
    """A word that opens the sentence and names a city of millions (see :func:`_city_of_millions`), read
    as inside the sentence. Outside English a capital standing for its government opens sentences by its own
    language's name ("Moskau bestritt", "Kabil reddetti"), to the gazetteer an alternate name."""
    if not word.opens_sentence or not word.capitalised or word.weak \
            or _city_of_millions(gaz, text[word.start:word.end], language) is None:
        return word
    return replace(word, opens_sentence=False)


def _as_city_of_millions(gaz: Gazetteer, spot: Spot, language: str) -> Spot:
    """A doubted name of one word that names a city of millions (see :func:`_city_of_millions`): the
    city ("Москва", "Moskwa", "Киев" are Moscow and Kyiv, not a village of Turkmenistan or Moscow, Idaho)."""
    if spot.confidence != DOUBTFUL or spot.name:
        return spot
    city = _city_of_millions(gaz, spot.text, language)
    if city is None:
        return spot
    if normalize(gaz.name(city)) == normalize(spot.text):
        return spot  # its own name: doubted for its place in the sentence ("il Dubai", an index), not its name
    return replace(spot, confidence=LIKELY)


def _city_of_millions(gaz: Gazetteer, name: str, language: str) -> int | None:
    """The row of the city of ``BARE_MIN_POPULATION`` people or more that a word of four letters or more, no
    stop word of ``language``, names by any of its names, when it names otherwise only places a tenth its size
    or less; else None. Shorter words and stop words name cities as often by chance ("Dla" Douala, "Dabei"
    Dubai)."""
    if len(name) < _CITY_NAME_MIN_LETTERS or not name.isalpha() or name.lower() in stop_words(language):
        return None
    return _dominant_town(gaz, lookup(gaz, name)[1], BARE_MIN_POPULATION)


def _dominant_town(gaz: Gazetteer, rows: tuple[int, ...], least: int) -> int | None:
    """The biggest of ``rows`` when it is a town of ``least`` people or more and ``_DOMINANCE`` times bigger than
    any other place of the rows not at its spot; else None."""
    if not rows:
        return None
    city = max(rows, key=gaz.population)
    if gaz.kind(city) != CITY or gaz.population(city) < least:
        return None
    dominant = all(gaz.population(row) * _DOMINANCE <= gaz.population(city) or _same_spot(gaz, city, row)
                   for row in rows if row != city)
    return city if dominant else None


_CITY_NAME_MIN_LETTERS = 4
_DOMINANCE = 10  # a round figure, not tuned


# Arabic joins "and", "so" and the prepositions "in", "for", "like" to the next word ("وحلب", "بالقاهرة"); "ل"
# before the article drops its alif ("للقاهرة" is "ل" + "القاهرة").
_ARABIC_CONJUNCTIONS = "وف"
_ARABIC_PREPOSITIONS = "بلك"
_ARABIC_MIN_BASE = 3  # letters left once the clitics are cut: "حلب"


def _with_arabic_clitics(gaz: Gazetteer, text: str, run: list[_Word], offset: int, found: list[Spot]) -> list[Spot]:
    """The spots of an Arabic run, with its words that no spot covers asked without the clitics joined before
    them ("بحلب" is "in Aleppo"); a spot so found quotes the name without its clitics, or the whole word where
    the name is not written whole in it ("للقاهرة")."""
    taken = [(s.start - offset, s.end - offset) for s in found]
    added = []
    for word in run:
        if word.text[:1] not in _ARABIC_CONJUNCTIONS + _ARABIC_PREPOSITIONS \
                or any(a < word.end and word.start < b for a, b in taken):
            continue
        for cut, name in _arabic_bases(word.text):
            confidence = _judged(gaz, name, True, False, name, False, False)
            if confidence == DOUBTFUL and word.text[:cut].endswith("ب") and len(name) >= _BIG_ALIAS_MIN_LENGTH \
                    and _dominant_big_town(gaz, name):
                confidence = LIKELY  # "بسوهاج", in Sohag; but "بأمان", safely, is no Amman
            if confidence is not None and confidence > DOUBTFUL:
                start = word.start + cut
                added.append(Spot(start + offset, word.end + offset, text[start:word.end], confidence,
                                  "" if name == text[start:word.end] else name))
                break
    return sorted(found + added, key=lambda s: s.start) if added else found


# A preposition of place or a place word (city, governorate, the capital) before a name, written as a word of its
# own: "في حلب", "محافظة إربد".
_ARABIC_PLACE_WORD_BEFORE = ending_with(OF_PLACE["ar"] + ("مدينة", "بمدينة", "محافظة", "بمحافظة", "العاصمة"))


def _with_short_arabic_names(gaz: Gazetteer, text: str, run: list[_Word], offset: int,
                             found: list[Spot]) -> list[Spot]:
    """The spots of an Arabic run, with a word shorter than an alias needs (``_BIG_ALIAS_MIN_LENGTH``) that
    names a big town only, likely where a preposition of place or a place word stands before it ("في حلب"):
    short words name big towns and things alike ("حزام أمان", a seat belt, is no Amman)."""
    sure = {(s.start - offset, s.end - offset) for s in found if s.confidence > DOUBTFUL}
    added = []
    for word in run:
        if len(word.text) >= _BIG_ALIAS_MIN_LENGTH or _cased(word.text) \
                or any(a < word.end and word.start < b for a, b in sure) \
                or not ends_before(_ARABIC_PLACE_WORD_BEFORE, text, word.start):
            continue
        rows = lookup(gaz, word.text)[1]
        if _one_big_town(gaz, rows, namesakes=True) \
                and max(map(gaz.population, rows)) >= _CASELESS_SURE_POPULATION:
            added.append(Spot(word.start + offset, word.end + offset, word.text, LIKELY))
    if not added:
        return found
    taken = [(s.start, s.end) for s in added]
    kept = [s for s in found if not any(a < s.end and s.start < b for a, b in taken)]
    return sorted(kept + added, key=lambda s: s.start)


def _big_town_after_arabic_place_word(gaz: Gazetteer, text: str, spot: Spot, offset: int) -> Spot:
    """A doubted spot made likely where a preposition of place or a place word stands before it and it names a
    town of ``SURE_TOWN_POPULATION`` people or more, the others of its name far smaller ("في سوهاج", "في الجيزة"):
    Sohag and Giza are too small for the rule of cities of half a million, but after "in" a word is a place."""
    if spot.confidence != DOUBTFUL or " " in spot.text or len(spot.text) < _BIG_ALIAS_MIN_LENGTH \
            or not ends_before(_ARABIC_PLACE_WORD_BEFORE, text, spot.start - offset) \
            or not _dominant_big_town(gaz, spot.name or spot.text):
        return spot
    return replace(spot, confidence=LIKELY)


def _dominant_big_town(gaz: Gazetteer, name: str) -> bool:
    """Whether ``name`` names a town of ``SURE_TOWN_POPULATION`` people or more that dwarfs its namesakes (see
    :func:`_dominant_town`)."""
    return _dominant_town(gaz, lookup(gaz, name)[1], SURE_TOWN_POPULATION) is not None


# Idioms whose first word is a town's name: "مسقط رأسه" (his birthplace, where his head fell) names no Muscat.
_ARABIC_IDIOMS = {"مسقط": regex.compile(r"\s+(?:رأس|راس)")}


def _in_arabic_idiom(text: str, spot: Spot, offset: int) -> bool:
    after = _ARABIC_IDIOMS.get(spot.name or spot.text)
    return after is not None and after.match(text, spot.end - offset) is not None


def _arabic_bases(word: str) -> list[tuple[int, str]]:
    """(letters cut, name) for an Arabic word without the clitics that may open it, longest name first."""
    bases = []
    cut = 0
    if word[:1] in _ARABIC_CONJUNCTIONS:
        cut = 1
        bases.append((cut, word[cut:]))
    if word[cut:cut + 1] in _ARABIC_PREPOSITIONS:
        if word.startswith("لل", cut):
            bases.append((cut, "ا" + word[cut + 1:]))
        bases.append((cut + 1, word[cut + 1:]))
    return [(cut, name) for cut, name in bases if len(name) >= _ARABIC_MIN_BASE]


# German capitalises every noun, so a capital says nothing there: a town's name after an article or a
# quantifier or a figure is the noun ("im Sommer", "nach dem Essen", "mehrere Keller", "18 Grad"), and a small
# town's name is as likely a noun unless a preposition of place stands before it ("in Sommerach", "aus Wald").
_GERMAN_DETERMINER_BEFORE = re.compile(
    r"(?:(?:^|\W)(?:der|die|das|dem|den|des|ein|eine|einem|einen|einer|eines|im|am|vom|zum|zur|beim|ins|ans|aufs"
    r"|kein|keine|keinem|keinen|keiner|mehrere|mehreren|viele|vielen|alle|allen|jede|jeder|jedes|jedem|dieser"
    r"|diese|dieses|diesem|diesen|sein|seine|seinem|seinen|ihr|ihre|ihrem|ihren|unser|unsere)|\d)\s+$",
    re.IGNORECASE)


def _after_german_noun_von(gaz: Gazetteer, text: str, run: list[_Word], spot: Spot, offset: int) -> Spot:
    """A German spot of one word that "von" joins to a common noun ("der Bürgermeister von Köln"), sure when the
    word alone is a sure name: "von" is a name's particle only after a given name ("Ursula von der Leyen"), and a
    noun, unlike a given name, follows an article or a quantifier. Not a lesser town, as "von" also says "of" of
    nouns ("die Einhaltung von Recht") and people ("das Horoskop von Greta Thunberg"), nor a word that more of
    the name follows."""
    if spot.confidence != DOUBTFUL or spot.name:
        return spot
    k = next((k for k, word in enumerate(run) if word.start == spot.start - offset and word.end == spot.end - offset),
             None)
    if k is None or k < 2 or k + 1 < len(run) or run[k - 1].text != "von" or not run[k - 2].capitalised \
            or not _GERMAN_DETERMINER_BEFORE.search(text[max(0, run[k - 2].start - 24):run[k - 2].start]):
        return spot
    return replace(spot, confidence=SURE) if _judge(gaz, text, run[k:k + 1], inside=False) == SURE else spot


_UMLAUT = regex.compile("[äöüÄÖÜ]")
_UMLAUTS_SPELLED_OUT = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"})


def _with_umlauts_spelled_out(gaz: Gazetteer, spot: Spot) -> Spot:
    """A German spot asked as :func:`german_spelling` says, or ``DOUBTFUL`` where that finds no place."""
    if spot.unit:
        return spot
    written = spot.name or spot.text
    asked = german_spelling(gaz, written)
    if asked is None:
        return replace(spot, confidence=DOUBTFUL)
    return spot if asked == written else replace(spot, name=asked)


def german_spelling(gaz: Gazetteer, name: str) -> str | None:
    """What to ask the gazetteer for a name written in German: with its umlauts spelled out as GeoNames spells
    German names in ASCII ("Münster" as "Muenster": the city of Westphalia, not the Irish province that the index
    key "munster" also holds), or None when it names only towns written without the umlaut: an umlaut is a
    letter of its own, and "Länder" (states) is no Lander of Venezuela. Countries and regions stay as written:
    CLDR and GeoNames give their German names with umlauts ("Österreich").

    >>> gaz = get_gazetteer()
    >>> german_spelling(gaz, "Münster"), german_spelling(gaz, "Länder"), german_spelling(gaz, "Österreich")
    ('Muenster', None, 'Österreich')
    """
    if not _UMLAUT.search(name):
        return name
    rows = lookup(gaz, name)[1]
    spelled_out = name.translate(_UMLAUTS_SPELLED_OUT)
    if set(lookup(gaz, spelled_out)[1]) & set(rows):
        return spelled_out
    if rows and all(gaz.kind(row) == CITY and gaz.name(row).isascii() for row in rows):
        return None
    return name


def written_as_place(name: str, language: str | None) -> str | None:
    """What to ask the gazetteer for a lone name written in ``language`` (see :func:`german_spelling`), or None
    where the name is a word of another sense there: the pandemic's short name outside English.

    >>> written_as_place("Corona", "de"), written_as_place("Corona", "en"), written_as_place("Länder", "de")
    (None, 'Corona', None)
    """
    if _pandemic_name(name, language):
        return None
    return german_spelling(get_gazetteer(), name) if language == "de" else name


def _doubted_as_german_noun(text: str, spot: Spot, offset: int) -> Spot:
    """A German spot of one word that names only towns, made ``DOUBTFUL`` where it reads as a noun."""
    if spot.confidence == DOUBTFUL or " " in spot.text or "-" in spot.text:
        return spot
    if reads_as_german_noun(text, spot.start - offset, spot.end - offset, spot.name or spot.text):
        return replace(spot, confidence=DOUBTFUL)
    return spot


def reads_as_german_noun(text: str, start: int, end: int, name: str) -> bool:
    """Whether the German word ``text[start:end]``, a town's name (``name``), reads as a noun there: after an
    article or a quantifier, or, with no preposition of place before it, when it names no big town as German
    would name one (see :func:`_population_named_as_in`).

    >>> reads_as_german_noun("nach dem Essen", 9, 14, "Essen"), reads_as_german_noun("aus Essen", 4, 9, "Essen")
    (True, False)
    """
    gaz = get_gazetteer()
    key, rows = lookup(gaz, name)
    kinds = {gaz.kind(row) for row in rows}
    if CITY not in kinds or any(kind <= COUNTRY for kind in kinds):
        return False  # countries and regions take articles in German ("die Schweiz", "im Elsass")
    if _before_a_german_date(text, end):
        return True  # "Mitte März", "Ende 2021": a noun of time, not Berlin's Mitte
    before = text[max(0, start - 24):start]
    if _GERMAN_DETERMINER_BEFORE.search(before) and not text.startswith("-", end):
        return True  # "ein Zug" is a train, though Zug is a canton's name too; but "der Borno-Hauptstadt"
    return kinds == {CITY} and _population_named_as_in(gaz, key, rows, "de") < SURE_TOWN_POPULATION \
        and not after_preposition_of_place(text, start, "de")


_WORD_AFTER = regex.compile(r"[ \t]+(\p{L}+|\d{4}\b)")


def _before_a_german_date(text: str, end: int) -> bool:
    """Whether a month's name (as CLDR writes it in German) or a year follows the word ending at ``end``."""
    after = _WORD_AFTER.match(text, end)
    if after is None:
        return False
    word = after.group(1)
    return word.isdigit() or normalize(word) in _german_month_names()


@lru_cache(maxsize=1)
def _german_month_names() -> frozenset[str]:
    """CLDR's German month names, full and abbreviated, with Austria's ("Jänner"), normalised."""
    from babel import Locale
    names = set()
    for locale in ("de", "de_AT"):
        months = Locale.parse(locale).months
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                names |= {normalize(name.rstrip(".")) for name in months[context][width].values()}
    return frozenset(names)


def _population_named_as_in(gaz: Gazetteer, key: str, rows: tuple[int, ...], language: str) -> int:
    """The population of the biggest of the towns ``rows`` that ``language`` calls ``key``: by the town's own
    name, as a town where the language is spoken, or by CLDR's name of it in the language. A town named
    otherwise is named by one of the many alternate names GeoNames gathers from every language, which a noun
    of this one may spell: "Kitas" (Lithuanian for Quito) are kindergartens, "Dabei" (a name of Dubai) an
    adverb; but "Warschau", "Moskau", "Posen" are German names."""
    if key in city_names_in(language):
        return max(map(gaz.population, rows))
    speaking = countries_speaking(language)
    named = [row for row in rows if gaz.country(row) in speaking
             or normalize(gaz.name(row)) == key or particle_short_form(normalize(gaz.name(row)), key)]
    return max(map(gaz.population, named), default=0)


def _with_dictionary_forms(text: str, run: list[_Word], offset: int, found: list[Spot],
                           language: str | None) -> list[Spot]:
    """The spots of a run, with its capitalised words that no spot covers, or only a village's name, asked in
    their dictionary form (with the words hyphenated before them: "Нью-Йорке")."""
    spots = {(s.start - offset, s.end - offset): s for s in found}
    changed = False
    for k, word in enumerate(run):
        own = spots.get((word.start, word.end))
        if not word.capitalised or word.weak or (own is None or own.confidence == SURE) \
                and any(a < word.end and word.start < b for a, b in spots):
            continue
        first = k
        while first > 0 and run[first - 1].capitalised and text[run[first - 1].end:run[first].start] == "-":
            first -= 1
        start = run[first].start
        written = text[start:word.end]
        # German capitalises its nouns: "Bürgermeister Berlins" is no longer name; nor is a sentence's first
        # word with the name after it ("Власти Харькова")
        longer = language != "de" and _inside_longer_name(run, first, k)
        locative = after_locative(text, start, language)
        tail = _FIXED_TAIL.match(text, word.end)
        end = word.end if tail is None else tail.end()
        form = None if tail is None else dictionary_form(text[start:end], language, after_locative=locative,
                                                         in_longer_name=longer)
        if form is None:
            end = word.end
            form = dictionary_form(written, language, after_locative=locative, in_longer_name=longer)
        if form is not None:
            spots.pop((word.start, word.end), None)
            spots[(start, end)] = Spot(start + offset, end + offset, text[start:end], SURE, form)
            changed = True
    changed = _with_two_word_forms(text, run, offset, language, spots) or changed
    return sorted(spots.values(), key=lambda s: s.start) if changed else found


def _own_name_in_case_ending(gaz: Gazetteer, text: str, spot: Spot, offset: int, language: str) -> Spot:
    """A word of a language that writes names in case endings, naming a place only by an alternate name that is the
    town's own name with an ending of that language ("Milana", "Milanu": Milan's names in other languages) is
    that own name inflected, doubted unless a preposition of place stands before it: the language gives such a
    name to what bears it in the language itself (a club, a person: "Milana" is also the genitive of the given name
    Milan), while it may call the place otherwise (Polish "Mediolan")."""
    if spot.name or spot.confidence == DOUBTFUL or " " in spot.text:
        return spot
    key, rows = lookup(gaz, spot.text)
    if any(gaz.kind(row) != CITY for row in rows):
        return spot  # a country's or a region's name in the language is CLDR's or the subdivisions' own: "Finlandia"
    own_names = {normalize(gaz.name(row)) for row in rows}
    if not rows or key in own_names or not own_names & {normalize(form) for form in nominatives(spot.text, language)}:
        return spot
    if after_locative(text, spot.start - offset, language):
        return spot
    return replace(spot, confidence=DOUBTFUL)


def _as_administrative_unit(gaz: Gazetteer, text: str, spot: Spot, offset: int, language: str) -> Spot:
    """A name after the noun of an administrative unit of the text's language ("comté de Cherokee", "Kadirli
    ilçesinde") is a place, the unit's (see :mod:`newsdesk.places.admin_words`): asked as that unit ("Cherokee
    county", as an English text writes it) where the unit's kind only narrows the places of its countries, not
    where it would move it abroad ("la provincia de Córdoba" of Spain is no Argentine province: the gazetteer lacks
    Spain's provinces). Only after a noun in running text (not a body's name: "Departamento de Salud"; German
    capitalises every noun) and with no capitalised word after it (no person's name: "del Estado Andrés Carbajal",
    "сенатор штата Лена Тейлор"). A word in a case ending is a complement, not the unit's name ("районом Китая", a
    region of China): left alone."""
    at, end = spot.start - offset, spot.end - offset
    kind = None if spot.name else administrative_kind(text, at, end, language)
    if kind is None:
        return spot
    if language != "de" and _ADMIN_NOUN_CAPITALISED.search(text, 0, at) or _CAPITALISED_WORD_AFTER.match(text, end):
        return spot
    confidence = max(spot.confidence, LIKELY)
    typed = f"{spot.text} {kind}"
    rows, typed_rows = lookup(gaz, spot.text)[1], lookup(gaz, typed)[1]
    if kind in REGION_KINDS and all(gaz.kind(row) == CITY and gaz.country(row) not in countries_speaking(language)
                                    for row in rows):
        return spot  # a region the gazetteer knows by another name, no town abroad: "штата Виктория" is no Victoria, BC
    countries = {gaz.country(row) for row in rows}
    same_countries = bool(typed_rows) and {gaz.country(row) for row in typed_rows} == countries
    own_named = bool(typed_rows) and normalize(gaz.name(typed_rows[0])) == normalize(typed)  # "Alameda County"
    if any(gaz.kind(row) == COUNTRY for row in rows) or not (same_countries or own_named
                                                                 or _a_region_over_villages(gaz, rows, typed_rows)):
        typed = ""
    return replace(spot, confidence=confidence, name=typed, unit=True)


def _a_region_over_villages(gaz: Gazetteer, rows: tuple[int, ...], typed_rows: tuple[int, ...]) -> bool:
    """Whether a unit's kind names a region (``typed_rows``) whose countries hold every town of the name of
    ``SURE_TOWN_POPULATION`` or more: "la provincia de Buenos Aires" is Argentina's province, not the city, and
    the other Buenos Aires are villages; "la provincia de Córdoba" may be Spain's, whose city is no village."""
    countries = {gaz.country(row) for row in typed_rows}
    return any(gaz.kind(row) != CITY for row in typed_rows) and not any(
        gaz.kind(row) == CITY and gaz.population(row) >= SURE_TOWN_POPULATION and gaz.country(row) not in countries
        for row in rows)


_COUNTY_AFTER = re.compile(r"\s+county\b")


def _as_written_county(gaz: Gazetteer, text: str, spot: Spot, offset: int) -> Spot:
    """A name with "county" after it in lower case ("Cherokee county") is the county when the gazetteer holds
    counties of that name (US counties, indexed with their kind word), not a town of the bare name."""
    if spot.name or not _COUNTY_AFTER.match(text, spot.end - offset):
        return spot
    county = f"{spot.text} county"
    key, rows = lookup(gaz, county)
    if not rows or normalize(gaz.name(rows[0])) != key:
        return spot
    return replace(spot, confidence=max(spot.confidence, LIKELY), name=county, unit=True)


_ADMIN_NOUN_CAPITALISED = regex.compile(r"\p{Lu}\p{Ll}+\s+(?:\p{Ll}+\s+|\p{Ll}+['’])?\Z")
_CAPITALISED_WORD_AFTER = regex.compile(r"\s+\p{Lu}")


def _inside_longer_name(run: list[_Word], first: int, last: int) -> bool:
    """Whether ``run[first:last + 1]`` stands inside a longer capitalised name: a capitalised word that does not
    open the sentence before it, or a capitalised word after it."""
    before = run[first - 1] if first > 0 else None
    return (before is not None and before.capitalised and not before.opens_sentence) \
        or (last + 1 < len(run) and run[last + 1].capitalised)


# The fixed tail of a name whose head alone takes the case ending: "-на-Дону" of "Ростове-на-Дону".
_FIXED_TAIL = regex.compile(r"-\p{Ll}{1,4}-\p{Lu}\p{L}+")


def _with_two_word_forms(text: str, run: list[_Word], offset: int, language: str | None,
                         spots: dict[tuple[int, int], Spot]) -> bool:
    """Add to ``spots`` (offsets in ``text``) the names of two capitalised words in case endings that name a
    place in their dictionary form, an adjective agreeing with its noun ("в Нижнем Новгороде"), in place of
    the spots of their words; whether any was added."""
    added = False
    for k in range(1, len(run)):
        first, second = run[k - 1], run[k]
        if not (first.capitalised and second.capitalised) or first.weak or second.weak \
                or text[first.end:second.start] != " " or any(
                    spot.confidence == SURE and spot.name == "" and a < second.end and first.start < b
                    for (a, b), spot in spots.items()):
            continue
        form = dictionary_form(text[first.start:second.end], language,
                               after_locative=after_locative(text, first.start, language),
                               in_longer_name=_inside_longer_name(run, k - 1, k))
        if form is not None:
            for key in [key for key in spots if key[0] < second.end and first.start < key[1]]:
                del spots[key]
            spots[(first.start, second.end)] = Spot(first.start + offset, second.end + offset,
                                                    text[first.start:second.end], SURE, form)
            added = True
    return added


def _with_own_possessives(gaz: Gazetteer, text: str, run: list[_Word]) -> list[_Word]:
    """The run, with the "'s" kept on a word that ends a place's own name with it ("St. John's", "St.
    George's"), where the word splitter cut it off as a possessive."""
    if all(word.tail == word.end for word in run):
        return run
    run = list(run)
    for k, word in enumerate(run):
        if word.tail != word.end and any(possessive_own_name_rows(gaz, text[run[first].start:word.tail])
                                         for first in range(max(0, k - MAX_WORDS + 1), k + 1)
                                         if run[first].capitalised):
            run[k] = replace(word, end=word.tail, text=text[word.start:word.tail])
    return run


def is_generic(name: str) -> bool:
    """Whether a name is a word for a kind or part of a place ("Western", "Valley", "University").

    >>> is_generic("Eastern"), is_generic("Idleb")
    (True, False)
    """
    key = normalize(name)
    return key in _GENERIC_WORDS or key in _PLACE_HEADS


def never_a_place(name: str) -> bool:
    """A time word, a body's name alone or a word of another sense ("Monday", "Ramadan", "Congress", "Xinhua",
    "Google"): no place, whatever the gazetteer holds.

    >>> never_a_place("Christmas"), never_a_place("Congress"), never_a_place("SANA"), never_a_place("Google")
    (True, True, True, True)
    >>> never_a_place("Chitral"), never_a_place("Göd")
    (False, False)
    """
    key = normalize(name)
    bare = _LEADING_ARTICLE.sub("", key)  # "El Cabildo" is the council as "Cabildo" is
    return key in TIME_WORDS or bare in INSTITUTION_WORDS or name in NEWS_AGENCIES or name in _TIME_ZONES or (
        key in _OTHER_SENSE_WORDS and name.isascii())


# Time zones as written after a clock time ("9 a.m. EST"): "EST" is no Est region of Burkina Faso.
_TIME_ZONES = frozenset("EST EDT CST CDT MST MDT PST PDT AKST HST GMT UTC CET CEST EET EEST BST AEST AEDT".split())


_LEADING_ARTICLE = re.compile(r"^(?:the|el|la|los|las|le|les|il|lo|der|die|das|o|a|os|as) ")


def surnames_in(text: str, language: str | None = None) -> frozenset[str]:
    """Normalised last words of two- and three-word capitalised runs that are not places ("John Kelly"), and
    first words of two-word ones that name small towns only, if any ("Rod Stewart"). Outside English a common
    word of ``language`` opening a sentence starts no such run (see :func:`_common_openings`).

    One name, one sense in an article: "Kelly" alone later on is the same person. Words of a script without
    case make no such runs: every word of theirs looks capitalised ("قتل 30 متظاهرا في القاهرة").

    >>> sorted(surnames_in("John Kelly met Rod Rosenstein in New York."))
    ['john', 'kelly', 'rod', 'rosenstein']
    >>> sorted(surnames_in("Bassett, Sr. spoke."))
    ['bassett']
    >>> sorted(surnames_in("Mr. Kim met President Moon."))
    ['kim', 'moon']
    >>> sorted(surnames_in("George W. Bush met Bob Woodward and Carl Bernstein."))
    ['bernstein', 'bob', 'bush', 'carl', 'woodward']
    """
    gaz = get_gazetteer()
    found = {normalize(match.group(1)) for pattern in _SURNAME_PATTERNS for match in pattern.finditer(text)}
    if language in (None, "en"):
        found.update(_speakers_named_like_towns(text))
    for match in _TITLED_FULL_NAME.finditer(text):
        found.add(normalize(match.group(2)))
        if small_towns_only(gaz, match.group("given")):
            found.add(normalize(match.group("given")))  # "Foreign Minister Wang Yi": "Wang said" is he
    runs = list(_runs(_common_openings(gaz, text, _words(text), language)))
    # one name, one sense: a name the text writes after "in", "at"... is a site ("at Brands Hatch on Sunday"),
    # not a person, wherever else it appears; outside English also a word that ends a longer name ("in Flensburg"
    # ... "die Bezirkskriminalinspektion Flensburg"), unless "a" or "à" stood before it, which also take a person
    # ("davanti a Mesa"), as English "in" does ("in Horton's death")
    after_place = [run for run in runs if after_preposition_of_place(text, run[0].start, "en")
                   or after_preposition_of_place_not_person(text, run[0].start, language)]
    sites = {text[run[0].start:word.end] for run in after_place for word in run}
    site_words = set() if language in (None, "en") else {
        text[run[0].start:word.end] for run in after_place for word in run
        if not ends_before(_PREPOSITION_OF_A_PERSON_TOO, text, run[0].start)}
    for run in (stretch for run in runs for stretch in _capitalised_stretches(run)):
        if 2 <= len(run) <= 3 and _cased(run[-1].text) and _given_name_first(run) \
                and not any(w.text.lower() in _GENERIC_WORDS for w in run[:-1]):  # "Eastern Ghouta",
            # "Athens-Central Athens" name no person
            name = text[run[0].start:run[-1].end]
            if name not in sites and run[-1].text not in site_words and not lookup(gaz, name)[1] \
                    and run[-1].text.lower() not in _PLACE_HEADS \
                    and len(run[-1].text.rstrip(".")) > 1 \
                    and (language != "de" or small_towns_only(gaz, run[-1].text)):
                # "George W." ends with an initial; German capitalises the noun a town's name follows
                # ("Polizeipräsidium Pforzheim", "Landgericht Göttingen"): a big town there is no surname
                found.add(normalize(run[-1].text))
                if len(run) == 2 and not never_a_place(run[0].text) and small_towns_only(gaz, run[0].text):
                    found.add(normalize(run[0].text))  # "Rod Stewart": "Rod's career" is his, no town's
    return frozenset(found)


_PREPOSITION_OF_A_PERSON_TOO = ending_with(("a", "à"))


def small_towns_only(gaz: Gazetteer, name: str) -> bool:
    """Whether every place named so is a town below ``SURE_TOWN_POPULATION``."""
    rows = lookup(gaz, name)[1]
    return all(gaz.kind(row) == CITY and gaz.population(row) < SURE_TOWN_POPULATION for row in rows)


def _capitalised_stretches(run: list[_Word]) -> Iterator[list[_Word]]:
    """The stretches of capitalised words of a run that its connectors separate: "Bob Woodward and Carl
    Bernstein" holds two names, "Tony Thompson on Saturday" one."""
    stretch: list[_Word] = []
    for word in run:
        if word.capitalised:
            stretch.append(word)
        elif stretch:
            yield stretch
            stretch = []
    if stretch:
        yield stretch


def _given_name_first(run: list[_Word]) -> bool:
    """Whether a run may be a person's name by its words: none weak but, first, a short function word of
    another language that is neither English nor a particle of place names ("Dan Patrick", "Ed Rendell":
    Dutch "dan" and Italian "ed" are no "Los", "de" or "Al")."""
    first, *rest = run
    if any(word.weak for word in rest):
        return False
    lower = first.text.lower()
    return not first.weak or (lower not in _english_stop_words() and lower not in _CONNECTORS)


@lru_cache(maxsize=1)
def _english_stop_words() -> frozenset[str]:
    return frozenset(w.lower() for w in stop_words("en"))


# A name after a title of address: "Mr. Kim", "President Kim", "Gen. Patton".
_HONORIFIC_NAME = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Col|Capt|Lt|Sgt|Prof|President|Chancellor|Premier"
                             r"|Senator|Governor|Judge|Sheikh|Imam)\.?\s+([A-Z][a-z]+)\b(?![\s-]+[A-Z])")
# A full name after a title: "District Attorney Paul Howard", "Managing Editor Jane Q. Public".
_TITLE_WORDS = (
    "President Senator Governor Judge Minister Secretary Attorney General Ambassador Mayor Sheriff"
    " Commissioner Coach Director Chairman Detective Officer Deputy Justice Speaker Captain Colonel"
    " Sergeant Lieutenant Editor Manager Spokesman Spokeswoman Professor Agent Trooper"
    " Mr Mrs Ms Dr Sen Rep Gov Gen Dep Sgt Lt Capt Col Prof".split())
_TITLES = "(?:" + "|".join(_TITLE_WORDS) + ")"
_TITLE_WORD = re.compile(_TITLES)
_TITLED_FULL_NAME = re.compile(
    r"\b" + _TITLES + r"\.?\s+(?P<given>[A-Z][a-z]+)\s+(?:[A-Z][a-z]+\s+)?(?:[A-Z]\.\s+)?([A-Z][a-z]+)\b(?![\s-]+[A-Z])")
# A president's name before his administration or era: "the Bush administration", "a Nixon-era rule".
_ADMINISTRATION = re.compile(r"\b([A-Z][a-z]+)(?:\s+administration\b|-era\b)")
# A surname after a given name and initials: "George W. Bush", "Richard M. Nixon".
_INITIALLED_NAME = re.compile(r"\b[A-Z][a-z]+\s+(?:[A-Z]\.\s+)+([A-Z][a-z]+)\b")
# A surname before a generational suffix: "Bassett, Sr.", "King Jr.", "Smith III".
_NAME_SUFFIX = re.compile(r"\b([A-Z][a-z]+),?\s+(?:Sr\.|Jr\.|Sr\b|Jr\b|III\b|II\b|IV\b)")
# Patterns whose first group is a surname wherever they match.
_SURNAME_PATTERNS = (_NAME_SUFFIX, _HONORIFIC_NAME, _INITIALLED_NAME, _ADMINISTRATION)
# A name alone as the one who speaks: "Bush said", "Austin told reporters", "Warren has argued".
_SPEAKER = re.compile(r"\b([A-Z][a-z]+)\s+(?:has\s+|had\s+)?(?:said|says|told|added|noted|wrote|tweeted|argued"
                      r"|insisted|admitted|replied|recalled|explained)\b")


# "a resident of Lubbock told", "Barry, who was from Dewsbury said", "an encampment near Tyler said"
_WHERE_FROM = ending_with(("of", "from", "in", "at", "near", "to", "into", "outside", "around", "across", "toward",
                           "towards", "through", "for"))
# Characters before a name within which a word of a longer name or "the" is looked for.
_NAME_REACH = 64


def _is_word_of_a_title_or_body(name: str) -> bool:
    """"He said", "Police said", "Commissioner said": a pronoun, a title or a body's head word, no person's name."""
    key = name.lower()
    return key in _english_stop_words() or key in _NOT_SURNAMES or key in _NOT_SURNAME_WORDS


def _speakers_named_like_towns(text: str) -> Iterator[str]:
    """The names that speak alone in an English text ("Bush said") and are only towns' names, none a national
    capital: a town does not speak, a person of that name does (one name, one sense: "changed by Bush" is he
    too). A capital speaks for its government ("Kabul said"), and so do a country and a region; a name after
    "the", a capitalised word or a preposition of place is no person's ("officials in Austin said")."""
    gaz = get_gazetteer()
    for match in _SPEAKER.finditer(text):
        name = match.group(1)
        start = match.start()
        if _CAPITALISED_OR_ARTICLE_BEFORE.search(text, max(0, start - _NAME_REACH), start) \
                or ends_before(_WHERE_FROM, text, start) or _is_word_of_a_title_or_body(name):
            continue
        rows = lookup(gaz, name)[1]
        if rows and all(gaz.kind(row) == CITY and not gaz.is_capital(row) for row in rows):
            yield normalize(name)


def capitalised_runs(text: str) -> Iterator[tuple[int, int, bool]]:
    """(start, end, opens the sentence) of each run of capitalised words joined by connectors.

    >>> text = "Troops left the Arundu sector of the Chitral district."
    >>> [text[a:b] for a, b, _ in capitalised_runs(text)]
    ['Troops', 'Arundu', 'Chitral']
    """
    for run in _runs(_words(text)):
        yield run[0].start, run[-1].end, run[0].opens_sentence


@lru_cache(maxsize=64)  # a sentence is spotted, then searched for runs again by the place finder
def _words(text: str) -> tuple[_Word, ...]:
    return tuple(_split_words(text))


@lru_cache(maxsize=64)
def _word_starts(text: str) -> list[int]:
    return [word.start for word in _words(text)]


def _sentence_words(whole: str, start: int, end: int) -> tuple[_Word, ...]:
    """The words of the sentence ``whole[start:end]``, offsets into it, from the words of ``whole``.

    A sentence cut at white space (as :class:`~newsdesk.facts.document.FactText` cuts them) has the words
    the whole text has there, but its first word opens it; one cut elsewhere is split afresh.
    """
    if not (start == 0 or whole[start - 1].isspace()) or not _ends_words(whole, end):
        return _words(whole[start:end])
    starts = _word_starts(whole)
    first = _LETTER.search(whole, start, end)
    words = []
    for word in _words(whole)[bisect_left(starts, start):bisect_left(starts, end)]:
        opens = word.opens_sentence or (word.capitalised and _cased(word.text) and word.start == first.start())
        words.append(_Word(word.start - start, word.end - start, word.text, word.capitalised, opens, word.weak,
                           word.tail - start, word.after_comma))
    return tuple(words)


def _ends_words(text: str, end: int) -> bool:
    """Whether no word of ``text`` runs on or gains a full stop past ``end``: white space or a closing
    quote or bracket follows (a quote not followed by a letter, which would continue a word)."""
    if end == len(text) or text[end].isspace() or text[end] in "\"”)]":
        return True
    return text[end] in "'’" and not _LETTER.match(text, end + 1)


_LETTER = regex.compile(r"[^\W\d_]")  # what a word starts with (see _WORD)


# Turkish case endings after an apostrophe ("İstanbul'da", "Suriye'den", "Ankara'nın"); one-letter endings
# are left out, as "Sana'a" is a name.
_TURKISH_CASE_SUFFIX = regex.compile(
    r"['’](?:[dt][ae]n?|[dt][ae]ki|n[dt][ae]n?|y[ae]|n[ıiuü]n|[ıiuü]n|y[ıiuü]|y?l[ae])$")
# The dative and accusative of a name ending in a consonant are one vowel, in harmony with the name's last
# vowel ("Pakistan'a", "Berlin'e", "Kabil'i"); a name ending in a vowel takes them with "y" ("Suriye'ye"), so
# "Sana'a" (a vowel before the apostrophe) stays a name.
_TURKISH_ONE_VOWEL_CASE = regex.compile(r"(?<=[^\W\d_aeıioöuüâîû])['’][aeıiuü]$", regex.IGNORECASE)
_TURKISH_HARMONY = {"a": "aı", "ı": "aı", "o": "au", "u": "au", "e": "ei", "i": "ei", "ö": "eü", "ü": "eü",
                    "â": "aı", "î": "ei", "û": "au"}
_TURKISH_VOWELS = regex.compile(r"[aeıioöuüâîû]", regex.IGNORECASE)


def _turkish_case_suffix(word: str, after_name: bool) -> regex.Match | None:
    """The case ending after an apostrophe that Turkish writes after a proper name, or None. A one-vowel
    ending only after a name of one word (not a person's surname: "Orçun Yaman'ı") that names a place a text
    would go to (see :func:`~newsdesk.places.inflection.any_big_enough_after_locative`: "Moon'a" is no French
    village)."""
    if "'" not in word and "’" not in word:
        return None  # the common case, cheaply: both endings start with the apostrophe
    found = _TURKISH_CASE_SUFFIX.search(word)
    if found is not None:
        return found
    found = _TURKISH_ONE_VOWEL_CASE.search(word)
    if found is None or after_name:
        return None
    vowels = _TURKISH_VOWELS.findall(word[:found.start()].lower())
    if not vowels or found.group()[-1].lower() not in _TURKISH_HARMONY[vowels[-1]]:
        return None
    gaz = get_gazetteer()
    whole, base = lookup(gaz, word)[1], lookup(gaz, word[:found.start()])[1]
    if whole and max(whole, key=gaz.population) not in base:
        return None  # "Dar'a" is Daraa written so ("Berline" too names Berlin: "Berlin'e" is its dative)
    if not any_big_enough_after_locative(gaz, base):
        return None
    return found


# An article or preposition elided before a vowel and written onto the next word, in French and Italian ("l'Iran",
# "d'Afghanistan", "jusqu'à", "nell'Iraq", "dall'Italia"). Not "Sant'", which opens a place's own name.
# Those that hold an article ("l'", "dell'" is "of the") and the others ("d'", "qu'").
_ELIDED_WITH_ARTICLE = ("l", "dell", "nell", "all", "dall", "sull", "coll", "pell", "quell", "un")
_ELIDED = _ELIDED_WITH_ARTICLE + ("d", "qu", "jusqu", "lorsqu", "puisqu")
_ELIDED_ARTICLE = re.compile(rf"(?i:{'|'.join(_ELIDED)})['’](?=\w)")


def _elided_word(text: str, start: int, elided: str, opens: bool) -> _Word:
    """The elided article or preposition before a name as a word of its own: a connector inside a name ("Côte
    d'Ivoire", "Val-d'Oise"); capitalised, a function word that may open one ("L'Aquila") or not ("L'Iran")."""
    end = start + len(elided)
    if elided[0].isupper():
        return _Word(start, end, elided, True, opens, True, end, text[start - 1:start] == ",")
    return _Word(start, end, elided.lower().replace("’", "'"), False, False, False, end, text[start - 1:start] == ",")


def _split_words(text: str) -> list[_Word]:
    """The words :func:`_runs` reads: capitalised words and connectors.

    Other lower-case words are left out: each ends any run, as the gap it
    leaves between its neighbours does (no two words it separates are joined).
    """
    function_words = _function_words()
    words: list[_Word] = []
    previous_end = 0
    first = True
    for match in _WORD.finditer(text):
        start, end = match.span()
        tail = end
        word = match.group()
        case_suffix = None
        elided = _ELIDED_ARTICLE.match(word)
        if elided is not None and word[elided.end()].isupper() and word[0] != "D":  # "dell'Afghanistan",
            # "L'Iran": two words; "D'Arco", "D'Souza" are surnames
            words.append(_elided_word(text, start, elided.group(), first or _opens(text, previous_end, start)))
            start += elided.end()
            word = word[elided.end():]
        if word[-1] == "s" and word.endswith(("'s", "’s")):
            end -= 2
            word = word[:-2]
        elif word[-1] == "s" and text[end:end + 1] in ("'", "’") and not text[end + 1:end + 2].isalnum():
            tail = end + 1  # a plural's possessive: "the Workers' Union" is one name
        elif (case_suffix := _turkish_case_suffix(word, _after_name(words, text, start))) is not None and not word[0].islower():
            end -= len(case_suffix.group())
            word = word[:case_suffix.start()]
        elif end < len(text) and text[end] == "." and (len(word) <= 3 and word.lower() in _SHORT_FORMS or "." in word
                                                       or (len(word) == 1 and word.isupper())):
            end += 1  # "St." "U.S." "D.C."
            word += "."
            if word.lower().rstrip(".") in _SHORT_FORMS:
                tail = end  # "St. Louis" is one name; "U.S. Army" is two
        # Scripts without case (Devanagari, Arabic...) have no capitals to mark a name: every word may start one.
        if not word[0].islower():
            # Turkish writes an apostrophe before a case ending only after a proper name ("Ankara'da"): a
            # name even where it opens the sentence
            # a caseless script's first word is as much a name as any other: no capital to doubt there
            opens = case_suffix is None and elided is None and _cased(word) \
                and (first or _opens(text, previous_end, start))
            lower = word.lower()
            weak = (len(word) == 1 or not word.isupper()) and lower in function_words
            words.append(_Word(start, end, word, True, opens, weak, tail, text[start - 1:start] == ","))
        elif len(word) == 1 and text[start - 1:start] == "-" != text[end:end + 1] and words \
                and words[-1].capitalised and words[-1].tail == start - 1:
            # one lower-case letter hyphened to a name ends it, as Burmese "Mrauk-u" does ("Mar-a-Lago" goes on)
            words.append(_Word(start, end, word, True, False, False, tail, False))
        elif len(word) <= 5 and word.lower() in _CONNECTORS:
            words.append(_Word(start, end, word, False, False, False, tail, text[start - 1:start] == ","))
        first = False
        previous_end = tail
    return words


def _after_name(words: list[_Word], text: str, start: int) -> bool:
    """Whether a capitalised word ends right before ``start``, with only a space between, one that does not
    open the sentence (there any word is capitalised: "Askerler Pakistan'a geçti")."""
    return bool(words) and words[-1].capitalised and not words[-1].opens_sentence \
        and text[words[-1].tail:start] == " "


def _opens(text: str, previous_end: int, start: int) -> bool:
    """Whether the gap before a word ends with a sentence's end, a colon or a quote, then white space, or with
    a line break (a regex search per capitalised word cost more)."""
    gap = text[previous_end:start]
    bare = gap.rstrip()
    return bare[-1:] in _OPENERS or "\n" in gap[len(bare):]


_OPENERS = frozenset(".!?:;\n\"“”")


def _runs(words: tuple[_Word, ...]) -> Iterator[list[_Word]]:
    """Runs that start and end with a capitalised word; connectors only inside, one at a time (or "of the")."""
    run: list[_Word] = []
    for word in words:
        adjacent = run and _joined(run[-1], word)
        if word.capitalised and (not run or adjacent):
            run.append(word)
            continue
        if word.capitalised:
            yield from _trimmed(run)
            run = [word]
        elif run and adjacent and word.text.lower() in _CONNECTORS and _may_follow(run[-1], word):
            run.append(word)
        else:
            yield from _trimmed(run)
            run = []
    yield from _trimmed(run)


def _may_follow(previous: _Word, connector: _Word) -> bool:
    """A connector follows a capitalised word, or an article follows "of"/"de" ("Republic of the Congo")."""
    if previous.capitalised:
        return True
    return previous.text.lower() in ("of", "de", "di", "da") and connector.text.lower() in _ARTICLES


_ARTICLES = frozenset({"the", "la", "le", "les", "el"})
# Connectors inside one name, unlike "and", "of", "on" that may join two ("Lorca and Murcia").
_PARTICLES = frozenset({"al", "el", "de", "del", "della", "di", "da", "do", "dos", "das", "du", "des", "la", "le",
                        "les", "van", "von", "der", "den", "ez", "es", "ed", "ash", "az", "ul", "ud", "e", "i", "ye"})


def _joined(left: _Word, right: _Word) -> bool:
    """Whether two words follow each other within a name (one space, or a hyphen or comma-free gap)."""
    return right.start - left.tail <= 1 and not right.after_comma


def _trimmed(run: list[_Word]) -> Iterator[list[_Word]]:
    while run and not run[-1].capitalised:
        run = run[:-1]
    if run:
        yield run


def _match_run(gaz: Gazetteer, text: str, run: list[_Word], offset: int, surnames: frozenset[str],
               whole: str | None = None, particles_join: bool = False) -> Iterator[Spot]:
    """Places named by their form, and the longest gazetteer matches in the rest of the run, in order; ``whole``
    as for :func:`spot`, ``particles_join`` as for :func:`_gazetteer_matches`."""
    rest: list[_Word] = []
    for segment in _segments(run):
        typed = _by_form(text, segment, run)
        if typed is None:
            rest.extend(segment)
            continue
        named = _capitalised_head(segment)
        if typed > 0 and segment[typed - 1].weak and _opens_own_name(gaz, text, segment[typed - 1], named[-1]):
            typed -= 1
        before, words = rest + segment[:typed], named[named.index(segment[typed]):]
        longer = _known_start(gaz, text, before, words[-1])
        if longer is not None:  # "Port of Spain city", "Deir-ez-Zor countryside": the whole name, not its tail
            before, words = before[:longer], before[longer:] + words
        yield from _gazetteer_matches(gaz, text, before, offset, surnames, whole, particles_join)
        rest = segment[len(named):]
        start, end = words[0].start, words[-1].end
        known = _judge(gaz, text, words, inside=False) or DOUBTFUL
        yield Spot(start + offset, end + offset, text[start:end], max(LIKELY, known))
    yield from _gazetteer_matches(gaz, text, rest, offset, surnames, whole, particles_join)


def _opens_own_name(gaz: Gazetteer, text: str, weak: _Word, last: _Word) -> bool:
    """Whether a function word before a place named by its form opens the own name of a place the gazetteer
    knows from it to ``last``: an article of the name ("At Tuhayta city", "Al Jawf governorate", "La Paz city"
    are no Tuhayta, Jawf, Paz), not one of the sentence ("The Walker County")."""
    first = normalize(weak.text) + " "
    return any(normalize(gaz.name(row)).startswith(first) for row in lookup(gaz, text[weak.start:last.end])[1])


def _known_start(gaz: Gazetteer, text: str, before: list[_Word], last: _Word) -> int | None:
    """Where in ``before`` starts the longest gazetteer name that ends with ``last``, a name of a place
    joined by connectors to the words before it; None when there is none."""
    for k in range(max(0, len(before) - MAX_WORDS), len(before)):
        if before[k].capitalised and not before[k].weak and lookup(gaz, text[before[k].start:last.end])[1]:
            return k
    return None


def _segments(run: list[_Word]) -> Iterator[list[_Word]]:
    """The run cut after each capitalised stretch (connectors go with the stretch before them)."""
    segment: list[_Word] = []
    for word in run:
        if word.capitalised and segment and not segment[-1].capitalised:
            yield segment
            segment = []
        segment.append(word)
    if segment:
        yield segment


def _gazetteer_matches(gaz: Gazetteer, text: str, run: list[_Word], offset: int, surnames: frozenset[str],
                       whole: str | None = None, particles_join: bool = False) -> Iterator[Spot]:
    """Longest gazetteer matches, left to right; a match starts and ends with a capitalised word.

    ``particles_join``: in a text whose language has no "de" of its own (English), a Romance particle between
    capitalised words is inside one name (see :func:`_longer_name_end`); in Spanish or Italian it is also the
    preposition "of" ("Nueva Palestina de Ocosingo", "la Carolina del Nord").
    """
    i = 0
    while i < len(run):
        if not run[i].capitalised:
            i += 1
            continue
        shortest = i + 2 if run[i].weak else i + 1
        for j in range(min(len(run), i + MAX_WORDS), shortest - 1, -1):
            if not run[j - 1].capitalised or (run[j - 1].weak and not _region_named(gaz, text, run[i:j])):
                continue  # a name ends with a content word, but "Holy See" is a country
            found = _judge(gaz, text, run[i:j], _inside(run, i) and not _branch_of_a_body(run, i, j))
            if found == DOUBTFUL and _after_compass(run, i) and _judge(gaz, text, run[i:j], inside=False) == SURE:
                found = SURE  # "West Wales", "Eastern Ukraine": the part of a place the gazetteer knows
            body = _body_words(text, run, j) if found is not None and j < len(run) else 0
            if body:
                i = j + body  # "The Washington Post", "the Boston Red Sox", "Georgia Tech": a body's name
                break
            if found is not None and j - i >= 2 and run[j - 1].text == "State" \
                    and _state_school(gaz, text[run[i].start:run[j - 2].end]):
                i = j
                break
            if found is not None and j == i + 1 and _people_adjective(gaz, text, run[i]):
                i = j  # "Somali pirates" are Somalia's, not of Ethiopia's Somali region
                break
            if found is not None:
                if (j == i + 1 or j == i + 2 and run[i].weak) and found and normalize(run[j - 1].text) in surnames \
                        and not _is_region(gaz, run[j - 1].text):  # "Kelly", "the Bush administration"
                    found = DOUBTFUL
                elif found == LIKELY and (_of_a_body(run, i) or _BODY_AFTER.match(text, run[j - 1].tail)):
                    found = DOUBTFUL  # "Chamber of Commerce and Industry", "the Commerce department"
                elif found == SURE and _named_after_by_a_body(text, run, i):
                    found = DOUBTFUL  # "the Bank of England said", "the University of Chicago found"
                elif found == LIKELY and j < len(run) and ((run[j].capitalised and _cased(run[j].text))
                                                           or run[j].text.lower() in _PARTICLES):
                    found = DOUBTFUL  # a small town's name opening a longer one: "Elysian Fields", "Wadi al-Rabi"
                elif found == SURE and j + 1 == len(run) == i + 2 and (
                        _given_name(gaz, text, run[i], run[j], surnames)
                        or _surname_used_alone(gaz, text, whole, offset, run[i], run[j])):
                    found = DOUBTFUL  # a town's name before a surname is a given name: "Hassan Rouhani"
                elif j == i + 1 and _titled_given_name(text, run, i):
                    found = DOUBTFUL  # "Defence Minister Israel Katz", "Senator Georgia Smith": a person's
                elif found and _royal_name(text, run, i, j):
                    found = DOUBTFUL  # "Queen Elizabeth", "Prince George", "la reina Isabel": a person's
                elif found and _after_article(text, run, i) and _small_town(gaz, text, run[i:j]) \
                        and not _PLACE_WORD_AFTER.match(text, run[j - 1].end) \
                        and not (j == i + 1 and _HAPPENING_AFTER.match(text, run[j - 1].end)):
                    found = DOUBTFUL  # towns take no article: "the White House", "the Middle East", "the Pioneer"
                first = run[i + 1] if _article_only(gaz, text, run[i:j]) else run[i]
                j = _longer_name_end(gaz, text, run, i, j) if found and particles_join else j
                yield Spot(first.start + offset, run[j - 1].end + offset, text[first.start:run[j - 1].end], found)
                i = j
                break
        else:
            i += 1


def _longer_name_end(gaz: Gazetteer, text: str, run: list[_Word], i: int, j: int) -> int:
    """Where the name of a place ends that the name ``run[i:j]`` of a town or region opens, when a Romance particle
    joins it to the name of a town, the gazetteer lacking the whole ("Santa Cruz de Asia", "San Luis de Cañete": places named
    after the town they lie by, not Santa Cruz, nor the continent); else ``j``. The whole is then placed as a name
    the gazetteer lacks, by the town its last words name."""
    k = j
    if k < len(run) and run[k].text.lower() in _ROMANCE_PARTICLES and _joined(run[k - 1], run[k]):
        k += 1
        if k < len(run) and run[k].text.lower() in _ROMANCE_ARTICLES and _joined(run[k - 1], run[k]):
            k += 1
    if k == j or k >= len(run) or not (run[k].capitalised and _cased(run[k].text) and not run[k].weak):
        return j
    end = k + 1
    while end < len(run) and run[end].capitalised and _cased(run[end].text) and _joined(run[end - 1], run[end]):
        end += 1
    if any(gaz.kind(row) <= COUNTRY for row in lookup(gaz, text[run[i].start:run[j - 1].end])[1]):
        return j  # "Chile de Todos": a country's name keeps its own
    if lookup(gaz, text[run[i].start:run[end - 1].end])[1]:
        return j  # the gazetteer knows the longer name: asked again from there
    if not any(gaz.kind(row) == CITY for row in lookup(gaz, text[run[k].start:run[end - 1].end])[1]):
        return j  # "Machiques de Perijá" is Machiques: only a town's name after the particle names another place
    return end


# Particles that join the words of one Spanish, Portuguese, Italian or French place name, and the articles after them.
_ROMANCE_PARTICLES = frozenset({"de", "del", "della", "di", "da", "do", "dos", "das", "du", "des"})
_ROMANCE_ARTICLES = frozenset({"la", "las", "los", "el", "le", "les", "l"})


def _of_a_body(run: list[_Word], i: int) -> bool:
    """Whether the name at ``run[i]`` follows "of" after a body's or an officer's word, across "and" or "the"
    and other capitalised words: "Chamber of Commerce and Industry", "Minister of Industry", "Leader of the House"."""
    head = _head_before_of(run, i)
    return head is not None and run[head].text.lower() in _BODY_HEADS


def _named_after_by_a_body(text: str, run: list[_Word], i: int) -> bool:
    """Whether the place at ``run[i]`` only names a body after its seat ("the Bank of England said"), and the
    text does not put anything at the body ("shots at the University of Alabama": there the place is literal)."""
    head = _head_before_of(run, i)
    return head is not None and run[head].text.lower() in _ORGANISATION_HEADS \
        and not _puts_something_at(text, run[head].start)


def _head_before_of(run: list[_Word], i: int) -> int | None:
    """The index of the word before the "of" that the name at ``run[i]`` follows, across "and", "the" and
    other capitalised words; None when no such "of" comes first."""
    for k in range(i - 1, 0, -1):
        word = run[k].text.lower()
        if word == "of":
            return k - 1
        if not (run[k].capitalised or word in ("and", "the")):
            return None
    return None


# "On" puts an attack or a ban on a body: "shots at the University", "a raid on the Bank".
_AT_A_BODY = ending_with((*OF_PLACE["en"], "on"))
_THE_BEFORE = re.compile(r"(?<![\w-])the\s+\Z", re.IGNORECASE)


def _puts_something_at(text: str, start: int) -> bool:
    """Whether a preposition of place, or "on", stands before ``text[start]``, across "the"."""
    the = _THE_BEFORE.search(text, max(0, start - 8), start)
    return ends_before(_AT_A_BODY, text, start if the is None else the.start())


# Lower-case words for a body after the field it deals with: "the Interior and Commerce departments".
_BODY_AFTER = re.compile(r"\s+(?:departments?|ministry|ministries|secretary|secretaries|committees?)\b")
# Words for a body or an officer that "of" follows with the body's field or seat, not a place of its own.
_BODY_HEADS = frozenset(
    "chamber chambers ministry minister department secretary association council committee house bank board"
    " office bureau institute academy society federation union league party leader director head chairman"
    " president commission commissioner".split())
# Bodies whose "of" names their seat or founding land, even a country or a big city ("the Bank of England",
# "the University of Chicago", "the Communist Party of China"): the place is the body's name, no place where
# things happen. Not the lands' own forms ("Republic of", "Kingdom of", "Union of the Comoros"), nor
# "Department of", a region in Colombia or France.
_ORGANISATION_HEADS = frozenset(
    "bank university institute academy college school museum chamber association society council committee"
    " board bureau ministry commission league party".split())


def _people_adjective(gaz: Gazetteer, text: str, word: _Word) -> bool:
    """Whether a demonym that also names a place other than its country ("Somali" region) is said of people or
    things here: a lower-case word follows that is no kind of place ("Somali pirates", but "Somali region"; a
    country's own name, "the Philippines said", is never one)."""
    after = _LOWER_WORD_AFTER.match(text, word.tail)
    return (after is not None and after.group(1) not in _english_stop_words() and demonym_country(word.text) is not None
            and _PLACE_WORD_AFTER.match(text, word.tail) is None
            and not any(gaz.kind(row) <= COUNTRY for row in lookup(gaz, word.text)[1]))


_LOWER_WORD_AFTER = re.compile(r"[ \t]+([a-z]+)")


def _body_words(text: str, run: list[_Word], j: int) -> int:
    """How many words after a place's name (``run[:j]``) make it the name of a newspaper ("The Washington Post",
    "Gulf News"), a team ("the Boston Red Sox") or a school ("Georgia Tech", "Texas A&M"); 0 when none do."""
    place, after = run[j - 1], run[j]
    if not after.capitalised or after.start > place.tail + 1:
        return 0
    word = after.text.lower()
    if word in _PUBLICATION_WORDS or word in TEAM_NICKNAMES:
        return 1
    if j + 1 < len(run) and f"{word}-{run[j + 1].text.lower()}" in TEAM_NICKNAMES:
        return 2
    school = _SCHOOL_AFTER.match(text, place.end)
    return 0 if school is None else sum(1 for w in run[j:] if w.start < school.end())


def _state_school(gaz: Gazetteer, state: str) -> bool:
    """Whether "<state> State" names a university ("Ohio State", "Indiana State"): a US state is written so
    only when a big American town shares its name ("New York State", "Washington State")."""
    key, rows = lookup(gaz, state)
    american = [row for row in rows if gaz.country(row) == "US"]
    return any(gaz.kind(row) == ADMIN1 and normalize(gaz.name(row)) == key for row in american) \
        and not any(gaz.kind(row) == CITY and gaz.population(row) >= SURE_TOWN_POPULATION for row in american)


def names_a_body(name: str) -> bool:
    """Whether a capitalised name is a newspaper's, a team's or a school's that opens with a place's name (a
    name that another tool calls a place may be one).

    >>> names_a_body("Boston Red Sox"), names_a_body("Georgia Tech"), names_a_body("Ohio State")
    (True, True, True)
    >>> names_a_body("New York State"), names_a_body("New Orleans Railways")
    (False, False)
    """
    words = name.split()
    gaz = get_gazetteer()
    for size in (1, 2):
        tail = "-".join(word.lower() for word in words[-size:])
        if len(words) > size and (tail in TEAM_NICKNAMES or size == 1 and tail in _BODY_NAME_ENDS) \
                and lookup(gaz, " ".join(words[:-size]))[1]:
            return True
    return len(words) > 1 and words[-1] == "State" and _state_school(gaz, " ".join(words[:-1]))


# "the Guardia Civil", "la Sécurité civile": a force or a civil-protection body, whatever town opens its name
_BODY_NAME_ENDS = _PUBLICATION_WORDS | {word.lower() for word in _SCHOOL_WORDS} | {"civil", "civile"}


def _given_name(gaz: Gazetteer, text: str, word: _Word, after: _Word, surnames: frozenset[str]) -> bool:
    """Whether a town's name (``word``) is a given name: a surname of the article (see :func:`surnames_in`)
    follows it that the gazetteer knows as small towns at most ("Tyler Smith": a Smith of Nevada has 1,000
    people), and the town is no capital nor a region's name."""
    if normalize(after.text) not in surnames or not small_towns_only(gaz, after.text) \
            or after.text.lower() in _PLACE_HEADS:
        return False
    rows = lookup(gaz, word.text)[1]
    return all(gaz.kind(row) == CITY and not gaz.is_capital(row) for row in rows)


def _surname_used_alone(gaz: Gazetteer, text: str, whole: str | None, offset: int, word: _Word, after: _Word) -> bool:
    """Whether a town's name (``word``, even a capital's) is a given name because the word after it is a surname
    the article (``whole``, else ``text``; as for :func:`spot`) also uses alone, as people are named again
    ("Paris Hilton ... Hilton said"). Alone: no capitalised word next to it and no article ("the Agreement" is
    no person). The surname is no acronym ("Damascus FIR"), not joined by a hyphen ("Mumbai-Barwani"), and no
    place but small towns. A country's or a region's name keeps its sense ("Pakistan Taliban ... Taliban
    fighters")."""
    article, offset = (text, 0) if whole is None else (whole, offset)
    name = after.text
    if not article[word.end + offset:after.start + offset].isspace() or not name[:1].isupper() or name.isupper() \
            or normalize(name) in _NOT_SURNAMES or name.lower() in _PLACE_HEADS \
            or never_a_place(name) or demonym_country(name) is not None or not small_towns_only(gaz, name) \
            or _is_region(gaz, word.text):
        return False
    for match in re.finditer(rf"(?<![\w'’.-]){re.escape(name)}(?![\w-])", article):
        if match.start() == after.start + offset:
            continue
        before = article[max(0, match.start() - 20):match.start()]
        if not _CAPITALISED_OR_ARTICLE_BEFORE.search(before) and not _CAPITALISED_AFTER.match(article, match.end()):
            return True
    return False


# A name written alone: no capitalised word (nor "the") right before it, none right after it.
_CAPITALISED_OR_ARTICLE_BEFORE = re.compile(r"(?:\b[A-Z][\w'’-]*|\b[A-Z]\.|\b(?i:the))[ \t]+\Z")
_CAPITALISED_AFTER = re.compile(r"[ \t-]+[A-Z]")
# Capitalised words after a town that name what belongs to it, not a person ("Kabul Governor ... the Governor";
# "Paris Club", "London Marathon" take "the" when alone, which the rule already reads).
_NOT_SURNAMES = frozenset(w.lower() for w in _TITLE_WORDS) | _BODY_HEADS


def opens_person_name(text: str, start: int, end: int, surnames: frozenset[str]) -> bool:
    """Whether the place name at ``text[start:end]`` is the given name of a two-word person's name: a surname
    of the article (see :func:`surnames_in`) follows it and closes the name ("Paris Hilton arrived", "Jordan
    Peterson's book"), whatever place shares the given name, a capital's or a country's. English only: there
    a capitalised word after a place is mostly a name. Not after "the" or a capitalised word ("the Iraq War",
    "Air Canada Cargo"), nor before a word that names an event, a body or what belongs to the place ("Kenya Airways", "Kabul
    Governor"), nor before a possessive of the place ("Jordan's army") or a lower-case word ("Paris police").

    >>> names = surnames_in("Paris Hilton arrived. Paris police came. Jordan's army left. The Iraq War ended.")
    >>> [opens_person_name(t, 0, len(w), names) for t, w in [("Paris Hilton arrived.", "Paris"),
    ...     ("Paris police came.", "Paris"), ("Jordan's army left.", "Jordan")]]
    [True, False, False]
    >>> opens_person_name("The Iraq War ended.", 4, 8, names)
    False
    """
    if _CAPITALISED_OR_ARTICLE_BEFORE.search(text, 0, start):
        return False  # "the Iraq War", "Air Canada Cargo": the place is inside a longer name
    after = _SURNAME_AFTER.match(text, end)
    if after is None:
        return False
    name = after.group(1)
    key = normalize(name)
    return key in surnames and key not in _NOT_SURNAMES and key not in _NOT_SURNAME_WORDS \
        and name.lower() not in _PLACE_HEADS and not never_a_place(name) and demonym_country(name) is None \
        and small_towns_only(get_gazetteer(), name)


# One capitalised word closing the name: a possessive may follow, another capitalised word or a hyphen not.
_SURNAME_AFTER = re.compile(r" ([A-Z][a-z]+)(?:['’]s)?(?![\w'’-])(?![ \t]+[A-Z])")
# Words after a place's name that name an event or a body of it, never a person.
_NOT_SURNAME_WORDS = frozenset(
    "war wars agreement accord accords convention conventions declaration protocol process talks summit "
    "conference marathon olympics games airways airlines airport gate brigade brigades club bank times exchange "
    "university college police army attack attacks bombing bombings massacre uprising crisis spring "
    "republic customs governorship township airbase base cargo fire transport united masters light power "
    "oeste este norte sur".split()
) | _BODY_NAME_ENDS


# A saint's name opens many towns' ("San Pedro", "São Luiz", "Saint-Jean", "Sankt Johann"): the gazetteer's
# own list of given names. Words of such towns that are no given name (Santa Cruz, Santa Fe) are left out.
_SAINTS = ("san", "santa", "santo", "sao", "saint", "sainte", "sankt")
_NOT_GIVEN_NAMES = frozenset("cruz fe cristo espiritu".split())


def saints_name(gaz: Gazetteer, word: str) -> bool:
    """Whether a word is a saint's name, and so a given name, by the towns named after that saint.

    >>> gaz = get_gazetteer()
    >>> saints_name(gaz, "Pedro"), saints_name(gaz, "Jean"), saints_name(gaz, "Cruz"), saints_name(gaz, "Alta")
    (True, True, False, False)
    """
    key = normalize(word)
    return key not in _NOT_GIVEN_NAMES and " " not in key \
        and any(gaz.rows(f"{saint} {key}") for saint in _SAINTS)


# Titles of royalty and of the pope, in the languages the spotter reads: the name after one is a person's, though
# towns bear some ("Prince George", a city of 80,000 in British Columbia). Not "Sheikh", "Sultan", "Emir", which
# open many places' own names ("Sheikh Zuweid", "Sultan Kudarat").
_ROYAL_TITLES = (
    "king queen prince princess duke duchess pope emperor empress"
    " roi reine princesse duc duchesse pape empereur impératrice"
    " rey reina príncipe princesa duque duquesa papa emperador emperatriz"
    " regina principe principessa duca duchessa imperatore"
    " könig königin prinz prinzessin herzog herzogin papst kaiser kaiserin"
    " rei rainha").split()
_ROYAL_TITLE = re.compile("|".join(_ROYAL_TITLES), re.IGNORECASE)
_AFTER_ROYAL_TITLE = ending_with(tuple(_ROYAL_TITLES))
# What places a name the title opens after all: an address ("Prince George, B.C.") or the kind of place.
_ADDRESS_AFTER = re.compile(r",\s*[A-Z]|\s+(?:city|town|county|district|area)\b")


def _royal_name(text: str, run: list[_Word], i: int, j: int) -> bool:
    """Whether the name ``run[i:j]`` is a royal's: a title and one name ("Queen Elizabeth", "Prince George") with
    no preposition of place before it nor an address after it, or a name right after a title ("King Abdullah",
    "la princesse Diana")."""
    if j == i + 2 and _ROYAL_TITLE.fullmatch(run[i].text) and run[i + 1].text.lower() not in _PLACE_HEADS:
        return not after_preposition_of_place(text, run[i].start, "en") \
            and not _ADDRESS_AFTER.match(text, run[j - 1].end)
    return ends_before(_AFTER_ROYAL_TITLE, text, run[i].start)


def _titled_given_name(text: str, run: list[_Word], i: int) -> bool:
    """Whether ``run[i]`` is the given name of a full name after a title ("Minister Israel Katz"), whatever
    place shares it: a title is followed by a person's name, not by a place's."""
    if i == 0 or not _TITLE_WORD.fullmatch(run[i - 1].text):
        return False
    full = _TITLED_FULL_NAME.match(text, run[i - 1].start)
    return full is not None and full.start("given") == run[i].start



def _article_only(gaz: Gazetteer, text: str, words: list[_Word]) -> bool:
    """Whether a leading "The" is no part of the name ("The U.S." but "The Hague")."""
    return words[0].text.lower() == "the" and not gaz.rows(normalize(text[words[0].start:words[-1].end]))


def _region_named(gaz: Gazetteer, text: str, words: list[_Word]) -> bool:
    return len(words) > 1 and _is_region(gaz, text[words[0].start:words[-1].end])


_ARTICLE_BEFORE = re.compile(rf"(?:\bthe\s+|(?<![\w'’])(?i:{'|'.join(_ELIDED_WITH_ARTICLE)})['’])\Z")
_ARTICLES_BEFORE_NO_TOWN = frozenset({"the", "l'", "l’"})


def _after_article(text: str, run: list[_Word], i: int) -> bool:
    """Whether the name at ``run[i]`` comes after "the" (or starts with a capitalised "The"), or after an elided
    French or Italian article ("l'Union européenne", "dell'Hub": the towns of those languages take none)."""
    if run[i].text.lower() == "the" or (i > 0 and run[i - 1].text.lower() in _ARTICLES_BEFORE_NO_TOWN):
        return True
    return i == 0 and bool(_ARTICLE_BEFORE.search(text, max(0, run[i].start - 6), run[i].start))


def _small_town(gaz: Gazetteer, text: str, words: list[_Word]) -> bool:
    """Whether every place the words name by its own name is a town below ``SURE_TOWN_POPULATION``
    ("White House", Tennessee; its other sense, an old name of Casablanca, does not count)."""
    key, rows = lookup(gaz, text[words[0].start:words[-1].end])
    if any(gaz.kind(row) != CITY or not gaz.is_packaged_record(row) for row in rows):
        return False  # "the Congo", "the Gambia"; a district: "nell'East Gippsland"
    key = key.removeprefix("the ")  # "The Luck" is Luck, Wisconsin by its own name (and Lutsk by another)
    rows = [row for row in rows if normalize(gaz.name(row)) == key] or rows
    return all(gaz.population(row) < SURE_TOWN_POPULATION for row in rows)


def _capitalised_head(segment: list[_Word]) -> list[_Word]:
    return [w for w in segment if w.capitalised]


def _place_word_after(text: str, run: list[_Word], segment: list[_Word]) -> bool:
    """Whether a lower-case place word follows the segment's name: the run's last segment before one ("the
    Arundu sector"), or any name of the run joined by "and" before a plural one ("Bourbon and Dauphine streets")."""
    if segment[-1] is run[-1]:
        if _PLACE_WORD_AFTER.match(text, run[-1].end) is not None:
            return True
    elif segment[-1].text != "and":
        return False
    return _PLURAL_PLACE_AFTER.match(text, run[-1].end) is not None and any(w.text == "and" for w in run)


# A plural place word after names joined by "and": each name is one such place.
_PLURAL_PLACE_AFTER = re.compile(r"\s+(?:streets|roads|avenues|boulevards|rivers|islands|districts|provinces"
                                 r"|counties|villages|towns|regions|states)\b")


def _by_form(text: str, segment: list[_Word], run: list[_Word]) -> int | None:
    """Where a place named by its form starts in ``segment`` (capitalised words, then connectors) of ``run``,
    or None."""
    whole = segment
    if segment[-1].text == "and":
        segment = segment[:-1]  # "Bourbon and" of "Bourbon and Dauphine streets" (see _place_word_after)
    words = _capitalised_head(segment)
    last = words[-1]
    start = max((i + 1 for i, w in enumerate(words[:-1]) if w.tail != w.end), default=0)  # after "Pakistan's"
    while start < len(words) - 1 and words[start].weak and not text.startswith("-", words[start].end):
        start += 1  # "In Royal Street", "The Hague Street": not "In", "The"; but "Nur-Sultan city" is whole
    if len(words) - start >= 2 and last.text.lower().rstrip(".") in _PLACE_HEADS:
        return start
    if len(words) - start >= 2 and words[start].text.lower() in SETTLEMENT_OPENERS:
        return start  # "Colonia Agricola Pantitlan": a neighbourhood, not Colonia of Uruguay
    if len(words) - start >= 3 and last.text.lower() in COMPASS and words[-2].text.lower().rstrip(".") in _PLACE_HEADS:
        return start  # "Eglinton Avenue West"
    if len(words) == len(segment) and _place_word_after(text, run, whole):
        if not words[start].weak and not (len(words) == 1 and demonym_country(last.text)):
            return start
    return None


# Spanish and Portuguese nouns of a neighbourhood or a hamlet that open its name, as "Street" closes a street's.
SETTLEMENT_OPENERS = frozenset(
    "colonia barrio bairro fraccionamiento ejido aldea caserio caserío vereda corregimiento poblado favela".split())

COMPASS = frozenset(
    "north south east west northern southern eastern western central northeast northwest southeast southwest"
    " north-east north-west south-east south-west upper lower".split())


def _after_compass(run: list[_Word], i: int) -> bool:
    """Whether the word before ``run[i]`` is a compass word joined to it ("West Wales")."""
    return i > 0 and run[i - 1].text.lower() in COMPASS and run[i - 1].tail == run[i - 1].end


def _branch_of_a_body(run: list[_Word], i: int, j: int) -> bool:
    """Whether the name ``run[i:j]`` closes a body's acronym and names where that branch of it is ("AIIMS
    Rishikesh", "IIT Delhi"); not a club's ("FC Barcelona")."""
    acronym = run[i - 1].text if i > 0 else ""
    return j == len(run) and i == 1 and 2 <= len(acronym) <= 6 and acronym.isalpha() and acronym.isupper() \
        and acronym not in _CLUB_ACRONYMS and not run[i].text.isupper()  # not a shouted line: "ORA GUARDA"


_CLUB_ACRONYMS = frozenset({"FC", "AC", "SC", "CF", "AFC", "SK", "FK", "CD", "RC", "SV", "TSV", "BSC", "RB", "KV"})


def _inside(run: list[_Word], i: int) -> bool:
    """Whether word ``i`` continues a longer name: after a capitalised word or a name particle ("de Silva")."""
    if i == 0:
        return False
    before = run[i - 1]
    if before.tail == before.end + 1:  # a plural's possessive: "the Workers' Union" goes on, "Philippines' Mindanao" not
        return not lookup(get_gazetteer(), before.text)[1]
    if before.tail != before.end:
        return False  # "Pakistan's Khyber-Pakhtunkhwa"
    if before.capitalised:
        # a word of a script without case (Arabic, Devanagari) is "capitalised" only for want of case: it
        # says nothing of a longer name ("انفجار في بغداد": Baghdad after the words "blast in")
        return not before.weak and _cased(before.text)
    return before.text.lower() not in ("of", "and", "et", "y", "und", "on", "upon")


def _cased(word: str) -> bool:
    return word[:1].upper() != word[:1].lower()


def _is_region(gaz: Gazetteer, name: str) -> bool:
    return any(gaz.kind(row) != CITY for row in lookup(gaz, name)[1])


def _judge(gaz: Gazetteer, text: str, words: list[_Word], inside: bool) -> int | None:
    """None when the words name no place; else how sure the gazetteer alone is that they do."""
    # "The Taliban" is one word after the article; "Nur-Sultan" two words, though "nur" is a German function word
    single = sum(not w.weak or (w is not words[-1] and text.startswith("-", w.end)) for w in words) == 1
    acronym = len(words) == 1 and _acronym(words[0].text) and not _among_capitals(text, words[0])
    return _judged(gaz, text[words[0].start:words[-1].end], single, words[0].weak, words[-1].text,
                   len(words) == 1 and words[0].opens_sentence, inside, acronym)


@lru_cache(maxsize=1 << 16)  # the same names recur from sentence to sentence and article to article
def _judged(gaz: Gazetteer, name: str, single: bool, first_weak: bool, last: str, opens: bool,
            inside: bool, acronym: bool = False) -> int | None:
    """:func:`_judge` of a name: one content word or several, the first word weak, the last word as written,
    a single word opening the sentence, inside a longer name, a word in capitals among words that are not."""
    if single and never_a_place(name):
        return None
    key, rows = lookup(gaz, name)
    if not rows:
        return None
    bare = key.removeprefix("the ") if first_weak else key
    own = [row for row in rows if normalize(gaz.name(row)) in (key, bare)]
    if single and demonym_country(last) and (not own or not _is_region(gaz, last)):
        return None  # "Pakistani" (Pakistan in Swahili), "English" (a town in Indiana); but "Philippines"
    opens = opens and not _shouted(name)
    if acronym and not own and key not in acronym_names():
        return DOUBTFUL  # "the SEC", "(FAS)": Vietnamese "Séc" (Czechia), Turkish "Fas" (Morocco) in capitals
    if any(gaz.kind(row) <= COUNTRY for row in rows):
        # countries and continents by any of their names ("Holland", "Allemagne")
        return DOUBTFUL if opens and key in _GENERIC_WORDS else SURE
    if (single and (bare in _GENERIC_WORDS or bare in _PLACE_HEADS)) or inside:
        return DOUBTFUL  # "Western", "University" (a town in Florida), "Point"
    own = own or [row for row in rows if particle_short_form(normalize(gaz.name(row)), bare)]
    if not own:
        if not single and len(key) > 8:
            return SURE  # "New York City"
        if _transliterated(gaz, name, rows) or (not last.isupper() and _big_town_alias(gaz, bare, rows)):
            if single and not _cased(name) and max(map(gaz.population, rows)) < _CASELESS_SURE_POPULATION:
                return DOUBTFUL  # without case, a lesser town's other name is as likely a word ("الجديد", "new")
            return DOUBTFUL if opens else LIKELY  # "Idleb" is Idlib written otherwise, as "Al-Hasakeh" Al-Hasakah
        return DOUBTFUL  # "La" is no sure Los Angeles
    if not single or max(gaz.population(row) for row in own) >= SURE_TOWN_POPULATION:
        return SURE  # a region of few people is no surer than a town its size ("Paul" of Cape Verde)
    return DOUBTFUL if opens else LIKELY


def _big_town_alias(gaz: Gazetteer, key: str, rows: tuple[int, ...]) -> bool:
    """Whether an alternate name is one town's only, a town of ``SURE_TOWN_POPULATION`` people or more: a name
    the world writes it by ("Heraklion" of Irakleion, "Leopoldville" of Kinshasa), not one a village shares
    (the caller leaves out codes in capitals: "the GRU" is no Guarulhos airport). GeoNames may list the town
    twice, under a landmark or a quarter at its very point that shares its names ("El Geneina" of Al-Junaynah and
    of its fort): one town still. In a script without case a name its namesakes share counts too, a spelling of
    their own name ("القاهرة" of the Cairos of Egypt and of Illinois)."""
    return len(key) >= _BIG_ALIAS_MIN_LENGTH and _one_big_town(gaz, rows, namesakes=not _cased(key))


def _one_big_town(gaz: Gazetteer, rows: tuple[int, ...], *, namesakes: bool) -> bool:
    """Whether the rows of a name are one town of ``SURE_TOWN_POPULATION`` people or more, listed once or
    more at one spot, and with ``namesakes`` the towns that share its own name too (see
    :func:`_big_town_alias`)."""
    if not rows or any(gaz.kind(row) != CITY for row in rows):
        return False
    town = max(rows, key=gaz.population)
    return gaz.population(town) >= SURE_TOWN_POPULATION and all(
        _same_spot(gaz, town, row) or namesakes and gaz.name(row) == gaz.name(town) for row in rows)


_BIG_ALIAS_MIN_LENGTH = 5
_SAME_SPOT_DEGREES = 0.1  # about 10 km


def _same_spot(gaz: Gazetteer, row: int, other: int) -> bool:
    place, at = gaz.place(row), gaz.place(other)
    return place.country == at.country and abs(place.lat - at.lat) <= _SAME_SPOT_DEGREES \
        and abs(place.lon - at.lon) <= _SAME_SPOT_DEGREES


def _transliterated(gaz: Gazetteer, name: str, rows: tuple[int, ...]) -> bool:
    """Whether an alternate name is the same name as a place's own in another transliteration (same
    :func:`~newsdesk.places.gazetteer.skeleton`): a spelling of the place, not a word it was once called."""
    key = skeleton(name)
    return len(key) >= _TRANSLITERATION_MIN_LENGTH and any(skeleton(gaz.name(row)) == key for row in rows)


_TRANSLITERATION_MIN_LENGTH = 4


def _acronym(name: str) -> bool:
    """A word of two or three capitals: an acronym more often than a place's name in capitals."""
    return 2 <= len(name) <= 3 and name.isupper() and name.isalpha()


_CAPITALS_WORD = regex.compile(r"\p{Lu}{2,}")


def _among_capitals(text: str, word: _Word) -> bool:
    """Whether the word next to ``word`` on either side is in capitals too: a line written in capitals ("ÇIN
    DIŞINDA" is "outside China"), not an acronym."""
    before = text[max(0, word.start - 40):word.start].split()
    after = text[word.end:word.end + 40].split()
    return any(_CAPITALS_WORD.match(near) is not None for near in (before[-1:] + after[:1]))


def _shouted(name: str) -> bool:
    """An upper-case name of three letters or more ("LONDON —" in a dateline) is written so on purpose."""
    return len(name) >= 3 and name.isupper()
