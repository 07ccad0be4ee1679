"""Statements outside English, found by patterns: "Le ministre a déclaré", "—dijo el portavoz", "Kabul dementierte".

No parser reads these languages, so a statement is a reporting or denying verb of a small per-language table
(:data:`SPEECH`) and the noun phrase right before it, back to where its clause begins ("Der Sprecher des
Ministeriums sagte"), or right after it in the inverted order news uses after a quotation or an opening adverbial
("», a déclaré le ministre", "Am Montag sagte Merkel", "— заявил министр"). A pronoun or anything that is not
plainly a noun phrase gives no statement: the patterns prefer silence to a wrong speaker.

No installed library lists reporting verbs (babel has none, spaCy ships no lemma tables for these languages), so
the verbs, articles, clause openers and pronouns are written here; spaCy's stop-word lists end a speaker's name
and babel's CLDR day and month names keep a time out of it ("a annoncé lundi le gouvernement"). Denying verbs
that also refuse or decide ("negó", "rechazó", "bestritt", "wies ... zurück") deny only something said.
Read on every new statement of the SemEval sample (fr, es, it, de, pl, ru), at least 92% of the speakers are right
in each language; Portuguese, absent from the sample, has no table.

Words that end a speaker are spaCy's stop words of the language (prepositions, adverbs, auxiliaries, pronouns)
minus the articles and the "of" words a speaker may hold ("el portavoz del ministerio"); the tables name only what
stop words cannot tell: the verbs, the articles, where a clause begins, and the pronouns.

>>> [(s.speaker, s.denies) for s in speech_in("« Nous restons », a déclaré le ministre de l'Intérieur.", "fr")]
[("ministre de l'Intérieur", False)]
>>> [(s.speaker, s.denies) for s in speech_in("Das Ministerium dementierte den Bericht.", "de")]
[('Ministerium', True)]
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from newsdesk.stop_words import stop_words

MAX_SPEAKER_WORDS = 6


@dataclass(frozen=True, slots=True)
class SpeechTable:
    """What one language needs to find who said or denied something (all words lower case)."""

    reporting: tuple[str, ...]  # verb forms, an auxiliary included ("a déclaré")
    denying: tuple[str, ...]  # deny whatever their object
    rejecting: tuple[str, ...] = ()  # deny only something said: "rechazó las acusaciones", not "rechazó la ley"
    said_nouns: tuple[str, ...] = ()  # stems of what can be denied as said ("acusaci" - "acusaciones")
    asked_for: tuple[str, ...] = ()  # stems of what a denying verb withholds when it refuses ("permiso")
    refusing: frozenset[str] = frozenset()  # a word before a denying verb that makes it a refusal ("se negó")
    particles: tuple[tuple[str, str], ...] = ()  # separable verbs: (verb, particle ending its clause)
    articles: frozenset[str] = frozenset()  # may open a speaker, dropped from its name
    connectors: frozenset[str] = frozenset()  # may stand inside a speaker ("de", "des", "von")
    clause_openers: frozenset[str] = frozenset()  # conjunctions, relatives: a clause begins after them
    adverbs: frozenset[str] = frozenset()  # "also", "yesterday": a clause begins after them, its subject may follow
    pronouns: frozenset[str] = frozenset()  # a subject that names nobody
    clitics: frozenset[str] = frozenset()  # object pronouns between subject and verb ("lo ha detto")
    addressees: tuple[str, ...] = ()  # stems of who is told, written like a speaker after the verb
    speaking_stop_words: frozenset[str] = frozenset()  # nouns the language's stop-word list holds
    more_stop_words: frozenset[str] = frozenset()  # words its list lacks ("all'", "jednocześnie")
    declaring: frozenset[str] = frozenset()  # "declare" verbs: "declaró el estado de emergencia" is no statement
    adjectives: frozenset[str] = frozenset()  # verb forms also written as adjectives ("die bestätigten Fälle")
    stop_endings: tuple[str, ...] = ()  # endings of words that end a name (Polish "dodając")
    auxiliaries: frozenset[str] = frozenset()  # "hat ... gesagt": the participle closes the clause
    participles: tuple[str, ...] = ()  # reporting participles after an auxiliary
    denying_participles: tuple[str, ...] = ()
    rejecting_participles: tuple[str, ...] = ()
    governed_articles: frozenset[str] = frozenset()  # open the object of a preposition ("laut dem Minister")
    bare_openings: tuple[str, ...] = ()  # endings of a word opening a name without article ("según fuentes")


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


def _forms(stems: str, endings: str) -> tuple[str, ...]:
    """Every stem with every ending: _forms("заявил", " а и о") -> заявил, заявила, заявили, заявило."""
    return tuple(stem + ending for stem in stems.split() for ending in endings.split(" "))


def _polish_past(stems: str) -> tuple[str, ...]:
    """Every person of Polish past verbs: powiedział, powiedziała, powiedziało, powiedziały, powiedzieli."""
    forms: list[str] = []
    for stem in stems.split():
        plural = stem[:-3] + "ieli" if stem.endswith("iał") else stem[:-1] + "li"
        forms += [stem, stem + "a", stem + "o", stem + "y", plural]
    return tuple(forms)


def _after(auxiliaries: str, participles: str) -> tuple[str, ...]:
    """Compound past forms: every auxiliary before every participle ("a déclaré", "ont déclaré")."""
    return tuple(f"{aux} {participle}" for aux in auxiliaries.split() for participle in participles.split())


SPEECH: dict[str, SpeechTable] = {
    "fr": SpeechTable(
        reporting=_after("a ont", "déclaré affirmé indiqué annoncé confirmé précisé ajouté assuré souligné expliqué "
                         "dit estimé averti rapporté"),
        denying=_after("a ont", "démenti nié") + ("dément", "démentent"),
        rejecting=_after("a ont", "rejeté réfuté"),
        said_nouns=("accusation", "allégation", "information", "affirmation", "rumeur", "propos", "version"),
        articles=_words("le la les l' un une"),
        connectors=_words("de du des d' la l'"),
        governed_articles=_words("des"),
        bare_openings=("s", "x"),
        clause_openers=_words("et mais ou car que qu' qui dont où lorsque quand puis"),
        adverbs=_words("aussi également encore ensuite enfin hier"),
        pronouns=_words("il elle ils elles on je nous vous ce cela ça celui celle"),
        clitics=_words("l' lui leur le la les y en"),
        more_stop_words=_words("aujourd' au aux"),
        declaring=_words("déclaré"),
    ),
    "es": SpeechTable(
        reporting=_forms("dij", "o eron") + _forms("afirm declar asegur explic indic señal inform anunci confirm "
                                                   "agreg precis manifest subray destac apunt", "ó aron") +
        ("añadió", "añadieron", "advirtió", "advirtieron") +
        ("dice", "dicen", "afirma", "asegura", "explica", "señala", "añade", "agrega", "sostuvo") +
        _after("ha han", "dicho afirmado declarado asegurado explicado señalado informado anunciado confirmado"),
        denying=("negó", "niega", "niegan", "negaron", "desmintió", "desmiente", "desmienten", "desmintieron") +
        _after("ha han", "negado desmentido"),
        rejecting=("rechazó", "rechaza", "rechazan", "rechazaron") + _after("ha han", "rechazado"),
        said_nouns=("acusaci", "informaci", "versi", "afirmaci", "denuncia", "señalamiento", "rumor", "informe",
                    "declaraci", "que"),
        asked_for=("permiso", "acceso", "entrada", "visado", "visa", "solicitud", "petici", "recurso", "asilo"),
        refusing=_words("se"),
        articles=_words("el la los las un una"),
        connectors=_words("de del la"),
        bare_openings=("s",),
        clause_openers=_words("y e o pero que quien quienes donde cuando mientras aunque pues"),
        adverbs=_words("también además ayer hoy luego después finalmente asimismo"),
        pronouns=_words("él ella ellos ellas yo nosotros usted ustedes esto eso este esta"),
        clitics=_words("lo la le les"),
        more_stop_words=_words("al"),
        declaring=_words("declaró declararon declarado"),
    ),
    "it": SpeechTable(
        reporting=_after("ha hanno", "detto dichiarato affermato spiegato sottolineato annunciato confermato "
                         "aggiunto riferito precisato assicurato ribadito comunicato") +
        ("dice", "dicono", "spiega", "sottolinea", "aggiunge", "afferma", "dichiara", "disse", "dichiarò",
         "affermò", "spiegò"),
        denying=_after("ha hanno", "smentito negato") + ("smentisce", "smentiscono", "smentì", "nega", "negano",
                                                           "negò"),
        rejecting=_after("ha hanno", "respinto"),
        said_nouns=("accus", "notizi", "indiscrezion", "voci", "ricostruzion", "affermazion", "che"),
        asked_for=("permesso", "accesso", "autorizzazion", "visto", "ingresso", "richiest", "asilo"),
        refusing=_words("si"),
        articles=_words("il lo la i gli le l' un una uno un'"),
        connectors=_words("di del della dello dei degli delle dell' d'"),
        bare_openings=("i", "e"),
        clause_openers=_words("e ed o ma che chi cui dove quando mentre"),
        adverbs=_words("anche inoltre poi ieri oggi infine"),
        pronouns=_words("lui lei egli ella esso essa loro io noi voi questo quello ciò"),
        clitics=_words("lo l' gli le ne"),
        speaking_stop_words=_words("ministro governo consiglio gruppo generale"),
        more_stop_words=_words("all' dall' nell' sull' coll' agli alla alle allo al dal dalla nel nella sul sulla"),
        declaring=_words("dichiarato dichiarò dichiara"),
    ),
    "de": SpeechTable(
        reporting=_forms("sagte erklärte betonte berichtete bestätigte meldete warnte verkündete erläuterte "
                         "ergänzte mitteilte", " n") + ("sagt", "erklärt", "betont", "berichtet", "bestätigt",
                                                        "teilte", "teilten", "teilt"),
        denying=_forms("dementierte", " n") + ("dementiert",),
        rejecting=("bestritt", "bestritten", "bestreitet", "wies", "wiesen", "weist"),
        said_nouns=("vorw", "bericht", "behauptung", "darstellung", "anschuldigung", "meldung", "spekulation",
                    "gerücht", "angabe", "dass", "dies"),
        particles=(("teilte", "mit"), ("teilten", "mit"), ("teilt", "mit"), ("wies", "zurück"),
                   ("wiesen", "zurück"), ("weist", "zurück")),
        articles=_words("der die das ein eine"),
        connectors=_words("des der von vom"),
        governed_articles=_words("dem den des einem einen einer eines"),
        bare_openings=("en", "er", "em", "es"),  # "laut vorläufigen Ergebnissen", "laut offizieller Statistik"
        clause_openers=_words("und oder aber denn dass wie als wo während nachdem weil sondern zumal"),
        adverbs=_words("auch zudem außerdem gestern heute dann nun jetzt später zuvor bereits inzwischen"),
        pronouns=_words("er sie es man wir ich ihr du"),
        addressees=("zeitung", "dpa", "nachrichtenagentur", "agentur", "sender", "deutschen", "funke", "bild",
                    "journalisten", "reportern", "„", '"'),
        declaring=_words("erklärte erklärten erklärt"),
        adjectives=_words("bestätigte bestätigten bestätigt erklärte erklärten gemeldete gemeldeten"),
        auxiliaries=_words("hat haben"),
        participles=("gesagt", "erklärt", "betont", "berichtet", "bestätigt", "mitgeteilt"),
        denying_participles=("dementiert",),
        rejecting_participles=("bestritten", "zurückgewiesen"),
    ),
    "pl": SpeechTable(
        reporting=_polish_past("powiedział poinformował oświadczył stwierdził podkreślił zapowiedział ogłosił "
                               "potwierdził wyjaśnił zaznaczył dodał") +
        ("mówi", "informuje", "podkreśla", "dodaje", "zaznacza", "wyjaśnia", "twierdzi"),
        denying=_polish_past("zaprzeczył zdementował") + ("zaprzecza", "dementuje"),
        clause_openers=_words("i oraz a ale lecz że który która które którzy którą którego której którym których "
                              "któremu gdy kiedy jak"),
        adverbs=_words("także również też wcześniej później wczoraj dziś dzisiaj wieczorem rano późnym wczesnym "
                       "popołudniu"),
        pronouns=_words("on ona ono oni one ja my wy to ten ta"),
        addressees=("pap", "dziennikarzom", "mediom", "reporterom", "portalowi", "agencji", "serwisowi", "rmf",
                    "polsatowi", "radiu", "telewizji", "gazecie"),
        more_stop_words=_words("jednocześnie zarazem oczywiście natomiast ponadto dodatkowo właśnie "
                               "jednak ostatecznie następnie swoją swój swoje swojego swoim swojej"),
        stop_endings=("ąc",),
        declaring=frozenset(_polish_past("ogłosił")),
    ),
    "ru": SpeechTable(
        reporting=_forms("заявил сообщил сказал отметил подчеркнул рассказал объявил подтвердил добавил пояснил "
                         "уточнил", " а и о") + ("заявляет", "сообщает", "сообщают", "говорит", "отмечает"),
        denying=_forms("опроверг", " ла ли ло") + _forms("отрицал", " а и о") +
        ("опровергает", "опровергают", "отрицает", "отрицают"),
        clause_openers=_words("и а но что который которая которое которые когда как где"),
        adverbs=_words("также тоже ранее позднее вчера сегодня затем"),
        pronouns=_words("он она оно они я мы вы это"),
        addressees=("журналистам", "репортерам", "риа", "интерфаксу", "агентству", "изданию", "телеканалу",
                    "газете", "радио", "корреспонденту"),
        declaring=frozenset(_forms("объявил", " а и о")),
    ),
}

# Words: "Dr." and "prof." keep their dot, "Merkur.de" stays one word, "Hahn.mehr" (a lost space) does not.
_WORD = re.compile(r"\w+['’](?=\w)|(?:[A-ZÀ-ÝА-Я][a-zà-ÿа-я]{0,2}|prof|dr|gen|płk|ks|mjr|hab|inż)\.(?=\s+\w)"
                   r"|\w+(?:-\w+)*(?:\.[a-z]{2,3}\b)?|[^\w\s]")
_GAP = re.compile(r"\n|\s{2,}")  # a headline glued to the text: the clause ends there
_LINE = "\n"
_INVERSION_MARKS = frozenset(",«»„“”\"'’‘—–-")  # after a quotation or a clause the speaker may follow the verb
_OBJECT_WINDOW = 6
_CLAUSE_MARK = re.compile(r"[,;:()—–-]$")


@dataclass(frozen=True, slots=True)
class Speech:
    """One statement of a sentence: offsets into the sentence."""

    speaker: str
    speaker_start: int
    speaker_end: int
    verb_start: int
    verb_end: int
    denies: bool

    @property
    def start(self) -> int:
        return min(self.speaker_start, self.verb_start)

    @property
    def end(self) -> int:
        return max(self.speaker_end, self.verb_end)


@dataclass(frozen=True, slots=True)
class _Token:
    text: str
    start: int
    end: int

    @property
    def lower(self) -> str:
        return self.text.lower().replace("’", "'")

    @property
    def is_mark(self) -> bool:
        return not (self.text[0].isalnum() or self.text[0] == "_")

    @property
    def is_capitalised(self) -> bool:
        return self.text[0].isupper()


def speaks(language: str | None) -> bool:
    """Whether statements of ``language`` are found by these patterns."""
    return language in SPEECH


@lru_cache(maxsize=None)
def speech_cue(language: str) -> re.Pattern[str]:
    """A cheap test that a sentence may hold a statement of ``language``."""
    table = SPEECH[language]
    verbs = {form.split()[-1] for form in table.reporting + table.denying + table.rejecting}
    verbs |= set(table.participles + table.denying_participles + table.rejecting_participles)
    return re.compile(r"(?i)(?<!\w)(?:" + "|".join(sorted(map(re.escape, verbs), key=len, reverse=True)) + r")(?!\w)")


@lru_cache(maxsize=None)
def calendar_words(language: str) -> frozenset[str]:
    """The names of the days and months (CLDR, through babel): "a annoncé lundi le gouvernement" is no 'lundi'."""
    from babel.dates import get_day_names, get_month_names

    words: set[str] = set()
    for context in ("format", "stand-alone"):
        words |= {name.lower() for name in get_day_names("wide", context, language).values()}
        words |= {name.lower() for name in get_month_names("wide", context, language).values()}
    return frozenset(words)


def speech_in(sentence: str, language: str) -> list[Speech]:
    """The statements of one sentence of ``language``, in text order."""
    table = SPEECH[language]
    tokens = _tokens(sentence)
    found = []
    for first, last, denies in _verbs(tokens, table):
        span = _speaker_span(_Verb(tokens, table, language, first, last), denies)
        if span is not None:
            start, end = tokens[span[0]].start, tokens[span[1] - 1].end
            found.append(Speech(sentence[start:end], start, end, tokens[first].start, tokens[last].end, denies))
    return found


def cited_source(text: str, language: str, closes_sentence: bool = False) -> tuple[int, int] | None:
    """Whom an "according to" word cites, read from the start of ``text`` (what follows "selon", "laut",
    "по словам"): the (start, end) of the name in ``text``, without a leading article, ending where a speaker's
    name ends ("Medienberichten am Samstag ..." -> "Medienberichten"); past a reporting verb ("según informó el
    ministerio"). None when what follows is not plainly a noun phrase ("selon lui", "secondo quanto riferito").
    ``closes_sentence``: the phrase follows a comma ("..., według policji."), so its source may end the sentence.

    >>> text = "dem Sprecher der Polizei am Montag"
    >>> start, end = cited_source(text, "de")
    >>> text[start:end]
    'Sprecher der Polizei'
    """
    table = SPEECH[language]
    tokens = _tokens(text)
    start = 0
    while start < len(tokens) and (tokens[start].lower in table.articles
                                   or tokens[start].lower in table.governed_articles):
        start += 1
    if start < len(tokens) and tokens[start].lower in table.reporting:
        span = _speaker_after(_Verb(tokens, table, language, start, start), None)
    elif start == 0 < len(tokens) and table.articles and not _may_open_a_name(tokens[start], table) \
            and not tokens[start].lower.endswith(table.bare_openings):
        return None  # "según muestran las cifras": no article, capital or plural opens a name
    else:
        span = _name_at(_Words(tokens, table, language), start, closes_sentence)
    if span is None:
        return None
    first, end = span
    while first < end and tokens[first].lower in table.articles:
        first += 1
    if first == end or tokens[first].lower in table.pronouns:
        return None
    return tokens[first].start, tokens[end - 1].end


def _name_at(words: _Words, start: int, closes_sentence: bool) -> tuple[int, int] | None:
    """The tokens of a name opening at ``start`` and running to where a name ends, or None."""
    tokens, table = words.tokens, words.table
    end = start
    while end < len(tokens) and not words.ends_name(end, start):
        end += 1
    while end > start and (tokens[end - 1].lower in table.articles or tokens[end - 1].lower in table.connectors):
        end -= 1
    if end == start or end - start > MAX_SPEAKER_WORDS or not _content(tokens[start:end], table):
        return None
    closing = tokens[end].text if end < len(tokens) else ""
    if not table.articles and not (_CLAUSE_MARK.match(closing) or (closes_sentence and closing in ("", ".", "!", "?"))):
        return None  # Polish and Russian mark no noun: only a comma shows where "Według policji, ..." ends
    if words.language == "de" and not _noun_like(tokens[end - 1]):
        return None  # a German name ends with a noun: "laut um Hilfe" is "loudly"
    return start, end


def _tokens(sentence: str) -> list[_Token]:
    tokens: list[_Token] = []
    for match in _WORD.finditer(sentence):
        if tokens and _GAP.search(sentence, tokens[-1].end, match.start()):
            tokens.append(_Token(_LINE, tokens[-1].end, match.start()))
        tokens.append(_Token(match.group(), match.start(), match.end()))
    return tokens


def _verbs(tokens: list[_Token], table: SpeechTable) -> list[tuple[int, int, bool]]:
    """(first token, last token, denies) of each verb form of the table in ``tokens``."""
    found = []
    for i in range(len(tokens)):
        for words, denies in _verb_forms(table):
            if [t.lower for t in tokens[i:i + len(words)]] == words:
                found.append((i, i + len(words) - 1, denies))
                break
    perfects = _perfects(tokens, table)
    closing = {last for _, last, _ in perfects}
    return sorted([verb for verb in found if verb[1] not in closing] + perfects)


_PERFECT_REACH = 8


@lru_cache(maxsize=None)
def _verb_forms(table: SpeechTable) -> tuple[tuple[list[str], bool], ...]:
    """(words, denies) of each verb form of a table, split once."""
    return tuple([(form.split(), False) for form in table.reporting] + [(form.split(), True) for form in table.denying]
                 + [(form.split(), True) for form in table.rejecting])


@lru_cache(maxsize=None)
def _participles(table: SpeechTable) -> dict[str, bool]:
    """Participle -> denies, of a table's perfect forms."""
    return {p: False for p in table.participles} | {p: True for p in table.denying_participles} \
        | {p: True for p in table.rejecting_participles}


def _perfects(tokens: list[_Token], table: SpeechTable) -> list[tuple[int, int, bool]]:
    """(auxiliary, participle, denies) of "Der Minister hat die Vorwürfe zurückgewiesen.": a participle that
    closes its clause, an auxiliary a few words before it in the same clause."""
    participles = _participles(table)
    found = []
    for j, token in enumerate(tokens):
        if token.lower not in participles or (j + 1 < len(tokens) and not tokens[j + 1].is_mark):
            continue
        for i in range(j - 1, max(-1, j - _PERFECT_REACH), -1):
            if tokens[i].is_mark:
                break
            if tokens[i].lower in table.auxiliaries:
                found.append((i, j, participles[token.lower]))
                break
    return sorted(found)


@dataclass(frozen=True, slots=True)
class _Words:
    """A sentence's tokens, read with one language's table: where a name ends."""

    tokens: list[_Token]
    table: SpeechTable
    language: str

    def is_stop(self, i: int) -> bool:
        """Whether the word at ``i`` cannot stand inside a speaker's name."""
        token, table = self.tokens[i], self.table
        word = token.lower
        if word in table.articles or word in table.connectors or word in table.speaking_stop_words:
            return False
        if word in calendar_words(self.language) or word in table.pronouns:
            return True
        if self.language == "de" and token.is_capitalised and i > 0 and not self.tokens[i - 1].is_mark:
            return False  # a German capital inside a clause is a noun or a name ("Bundeskanzler Sebastian Kurz")
        return word in stop_words(self.language) or word in table.more_stop_words or word in table.clause_openers \
            or word in table.adverbs or word in table.clitics or (bool(table.stop_endings)
                                                                  and word.endswith(table.stop_endings))

    def is_time(self, i: int) -> bool:
        return self.tokens[i].lower in calendar_words(self.language) or self.tokens[i].lower in self.table.adverbs

    def ends_name(self, i: int, start: int) -> bool:
        """Whether the word at ``i`` ends a name begun at ``start`` (reading forward): a mark, a stop word, an
        article that no "of" word brings ("dicen las autoridades Un hombre"), or in German a small word after a
        noun ("sagt der 48-Jährige mehrmals") and a "der" that tells whom ("sagte Krings der Düsseldorfer")."""
        token, table = self.tokens[i], self.table
        if token.is_mark or self.is_stop(i):
            return True
        if i == start:
            return False
        previous = self.tokens[i - 1]
        if token.lower in table.articles and token.lower not in table.connectors \
                and previous.lower not in table.connectors:
            return True
        if self.language == "de":
            if not token.is_capitalised and _noun_like(previous) and previous.lower not in table.articles \
                    and token.lower not in table.connectors:
                return True
            if token.lower == "der" and i + 1 < len(self.tokens):
                following = self.tokens[i + 1]
                return following.is_mark or following.lower.endswith(("er", "en"))
        return False



@dataclass(frozen=True, slots=True)
class _Verb(_Words):
    """A reporting or denying verb found in a sentence's tokens."""

    first: int
    last: int

    @property
    def is_perfect(self) -> bool:
        """"hat ... gesagt": the auxiliary, its object, the participle."""
        return self.tokens[self.first].lower in self.table.auxiliaries

    @property
    def form(self) -> str:
        """The verb as the table writes it (a perfect's participle)."""
        if self.is_perfect:
            return self.tokens[self.last].lower
        return " ".join(t.lower for t in self.tokens[self.first:self.last + 1])

    @property
    def object_words(self) -> list[str]:
        """The words after the verb, or a perfect's words between auxiliary and participle, marks but commas
        left out."""
        words = self.tokens[self.first + 1:self.last] if self.is_perfect \
            else self.tokens[self.last + 1:self.last + _OBJECT_WINDOW]
        return [t.lower for t in words if not t.is_mark or t.text == ","]


def _noun_like(token: _Token) -> bool:
    """A German noun or name: a capital or a number first ("der 37-Jährige")."""
    return token.is_capitalised or token.text[0].isdigit()


def _speaker_span(verb: _Verb, denies: bool) -> tuple[int, int] | None:
    """The speaker's tokens (start, end) of a verb, or None."""
    tokens, table, last = verb.tokens, verb.table, verb.last
    particle = dict(table.particles).get(verb.form)
    if particle is not None and not _particle_ends_clause(tokens, last, particle):
        return None
    if denies and not _denies_something_said(verb):
        return None
    if _is_adjective(verb) or (last + 1 < len(tokens) and tokens[last + 1].lower in table.pronouns) \
            or (verb.is_perfect and verb.first + 1 < last and tokens[verb.first + 1].lower in table.pronouns):
        return None  # "die bestätigten Fälle"; "Der Zeitung sagte er": the subject follows
    before, where = _speaker_before(verb)
    if before is not None:
        if verb.form.split()[-1] in table.declaring and _declares_a_thing(verb):
            return None  # "Kasachstan erklärt Coronavirus-Notstand", "a déclaré la guerre"
        span = before
    elif where == "inverted":
        span = _speaker_after(verb, particle)
    else:
        return None
    if span is None:
        return None
    start, end = span
    while start < end and tokens[start].lower in table.articles:
        start += 1
    if start == end or tokens[start].lower in table.pronouns or tokens[end - 1].lower in table.connectors:
        return None
    return start, end


def _speaker_before(verb: _Verb) -> tuple[tuple[int, int] | None, str]:
    """The speaker's tokens before the verb, or None and why: "inverted" when the subject may follow the verb
    (after a quotation, a clause or an adverb, and in German and Russian after any adverbial: "Am Montag sagte
    Merkel", "Об этом заявил министр"), "none" otherwise (a pronoun, "and said", an unclear phrase)."""
    tokens, table = verb.tokens, verb.table
    end = verb.first
    while end > 0 and tokens[end - 1].lower in table.clitics:
        end -= 1
    start = _run_start(verb, end)
    opener = tokens[start - 1] if start > 0 else None
    if start == end:  # nothing nameable right before the verb
        return _nothing_before(verb, start, opener, after_clitic=end < verb.first)
    words = tokens[start:end]
    if not _content(words, table):  # "Das sagte Merkel"
        only_articles = all(t.lower in table.articles for t in words)
        return None, "inverted" if only_articles and _inverts(verb.language) else "none"
    if end - start > MAX_SPEAKER_WORDS or any(verb.ends_name(i, start) for i in range(start, end)) \
            or (table.articles and not _may_open_a_name(words[0], table)):
        return None, "none"  # "impossible de toucher les a expliqué M6"
    if opener is None or opener.text == _LINE or (opener.is_mark and opener.text != ")") \
            or opener.lower in table.clause_openers or opener.lower in table.adverbs:
        return (start, end), "found"
    return None, "inverted" if _inverts(verb.language) else "none"


def _nothing_before(verb: _Verb, start: int, opener: _Token | None,
                    after_clitic: bool) -> tuple[tuple[int, int] | None, str]:
    """Why no speaker stands before the verb; "Lo ha detto il sindaco": after an object pronoun opening the
    clause the subject follows."""
    table = verb.table
    if opener is None or opener.text == _LINE:
        # "Anunciaron la prórroga": a verb opening the sentence has its object after it
        return None, "inverted" if after_clitic else "none"
    if opener.text == ",":
        apposition = _apposition(verb, start - 1)
        if apposition is not None:
            return apposition, "found"
    if opener.text in _INVERSION_MARKS or opener.lower in table.adverbs:
        return None, "inverted"
    if opener.is_mark or opener.lower in table.pronouns or opener.lower in table.clause_openers:
        return None, "none"
    return None, "inverted" if _inverts(verb.language) and opener.lower not in table.clitics else "none"


def _inverts(language: str) -> bool:
    """German and Russian put the subject after the verb when an adverbial opens the clause."""
    return language in ("de", "ru")


def _run_start(verb: _Verb, end: int) -> int:
    """Where the words that may name someone, ending at ``end``, begin."""
    start = end
    while start > 0 and not verb.tokens[start - 1].is_mark and not verb.is_stop(start - 1):
        start -= 1
    return start


def _content(words: list[_Token], table: SpeechTable) -> bool:
    """Whether the words name something: not only articles and "of" words, not a pronoun."""
    named = [t for t in words if t.lower not in table.articles and t.lower not in table.connectors]
    opens_with_of = words[0].lower in table.connectors and words[0].lower not in table.articles
    return bool(named) and named[0].lower not in table.pronouns and not opens_with_of


def _apposition(verb: _Verb, comma: int) -> tuple[int, int] | None:
    """"Kowalski, rzecznik ministerstwa, powiedział": a name at the clause's start, a comma, a description and the
    comma before the verb make one speaker; "Ils sont partis, a déclaré" does not."""
    tokens, table = verb.tokens, verb.table
    described = _run_start(verb, comma)
    if described == comma or comma - described > MAX_SPEAKER_WORDS or described < 2 \
            or tokens[described - 1].text != "," or not _content(tokens[described:comma], table):
        return None
    name = _run_start(verb, described - 1)
    if name == described - 1 or described - 1 - name > 4:
        return None
    if not all(t.is_capitalised or t.lower in table.connectors for t in tokens[name:described - 1]):
        return None
    opener = tokens[name - 1] if name > 0 else None
    if opener is not None and opener.text not in "«„“\"—–-" + _LINE and opener.lower not in table.clause_openers:
        return None
    return name, comma


def _speaker_after(verb: _Verb, particle: str | None) -> tuple[int, int] | None:
    """The speaker right after the verb ("», a déclaré le ministre", "sagte der Sprecher der Polizei am Montag"),
    past when it was said and whom it was told ("dijo el lunes el presidente", "заявил журналистам министр"),
    ending at a mark, a stop word or the separable verb's particle."""
    tokens, table = verb.tokens, verb.table
    start = _past_time(verb, verb.last + 1)
    while start < len(tokens) and _told(tokens, start, table):
        start += 2 if tokens[start].lower in table.articles else 1
    if start >= len(tokens) or (table.articles and not _may_open_a_name(tokens[start], table)):
        return None  # "explicó la importancia" needs an article or a name; "anunció planes" has neither
    i = start
    while i < len(tokens) and not verb.ends_name(i, start) and tokens[i].lower != particle \
            and not (i > start and _told(tokens, i, table)):
        i += 1
    if i == start or i - start > MAX_SPEAKER_WORDS or not _content(tokens[start:i], table):
        return None
    while tokens[i - 1].lower in table.articles or tokens[i - 1].lower in table.connectors:
        i -= 1  # "sagte Merkel der Zeitung"
    return start, i


def _may_open_a_name(token: _Token, table: SpeechTable) -> bool:
    """In a language with articles a speaker opens with one, a capital or a number ("27 insegnanti")."""
    return token.is_capitalised or token.text[0].isdigit() or token.lower in table.articles


def _past_time(verb: _Words, i: int) -> int:
    """The first token at or after ``i`` past a time ("lundi", "el miércoles", "am Montag", "hier")."""
    tokens = verb.tokens
    for _ in range(3):
        if i < len(tokens) and verb.is_time(i):
            i += 1
        elif i + 1 < len(tokens) and not tokens[i].is_mark and verb.is_time(i + 1) \
                and (verb.is_stop(i) or tokens[i].lower in verb.table.articles):
            i += 2
    return i


def _declares_a_thing(verb: _Verb) -> bool:
    """Whether a "declare" verb has a thing as object ("declaró el estado de emergencia", "ogłosił stan") rather
    than what is said ("declaró que", "erklärte am Montag, ...", "объявил о")."""
    tokens, table = verb.tokens, verb.table
    if verb.is_perfect:  # "hat den Notstand erklärt", not "hat am Montag erklärt"
        between = range(verb.first + 1, verb.last)
        return any(tokens[i].lower in table.articles or not (tokens[i].is_mark or verb.is_stop(i) or verb.is_time(i))
                   for i in between)
    i = _past_time(verb, verb.last + 1)
    if i >= len(tokens):
        return False
    following = tokens[i]
    if following.is_mark or following.lower in table.clause_openers:
        return False
    return following.lower in table.articles or not verb.is_stop(i)


def _is_adjective(verb: _Verb) -> bool:
    """"416 bestätigte Fälle", "keine bestätigten Infektionen": a past form before a noun, after a number or a
    small word, is an adjective."""
    tokens, table = verb.tokens, verb.table
    if verb.form not in table.adjectives or verb.first == 0 or verb.last + 1 >= len(tokens):
        return False
    previous, following = tokens[verb.first - 1], tokens[verb.last + 1]
    if not following.is_capitalised or following.is_mark:
        return False
    small = previous.text.islower() and previous.lower not in table.clause_openers \
        and previous.lower not in table.adverbs and previous.lower not in table.pronouns
    return previous.text[0].isdigit() or small


def _told(tokens: list[_Token], i: int, table: SpeechTable) -> bool:
    """Whether the word at ``i`` (or after its article) names who was told ("der Zeitung", "журналистам")."""
    if tokens[i].lower in table.articles and i + 1 < len(tokens):
        i += 1
    return bool(table.addressees) and tokens[i].lower.startswith(table.addressees)


def _particle_ends_clause(tokens: list[_Token], verb: int, particle: str) -> bool:
    """"teilte die Polizei am Montag mit.": the particle closes the verb's clause."""
    for i in range(verb + 1, min(len(tokens), verb + 12)):
        if tokens[i].is_mark:
            return False
        if tokens[i].lower == particle:
            return i + 1 == len(tokens) or tokens[i + 1].is_mark
    return False


def _denies_something_said(verb: _Verb) -> bool:
    """Whether a denying verb denies what was said: not "se negó a" (refused), not "negó el permiso"; a rejecting
    verb only with something said as object ("rechazó las acusaciones", "wies die Vorwürfe zurück")."""
    tokens, table = verb.tokens, verb.table
    if verb.first > 0 and tokens[verb.first - 1].lower in table.refusing:
        return False
    following = [w for w in verb.object_words if w not in table.articles][:3]
    if verb.form in table.rejecting or verb.form in table.rejecting_participles:
        return any(w.startswith(table.said_nouns) for w in following if w != ",") or following[:2] == [",", "dass"]
    return not any(w.startswith(table.asked_for) for w in following[:2]) if table.asked_for else True
