"""Counts: how many of what, and what happened to them ("at least 46 soldiers crossed").

:func:`find_counts` turns every amount of :mod:`newsdesk.facts.numbers` into a
count finding. The value is the amount's bounds plus ``what`` (the counted
noun) and ``role`` (killed, injured, missing, kidnapped, arrested, displaced,
evacuated, affected, protesters, or None).

English sentences are read with the spaCy parse: the noun the number
modifies, and the verb that noun is the subject or object of. A role needs the
counted people on the receiving end: "gunmen killed 5 civilians" gives 5
civilians killed, never "gunmen killed" (the active subject of a transitive
role verb is the doer). An indefinite singular with a role ("a man was shot
dead"), or a singular person with an age ("the 45-year-old man was killed"; "the 60-year-old was killed",
whose age stands for its noun and counts one "person"), counts as exactly 1; a bare "one"/"a" without a role
is not a count.
Other languages get the noun that follows the number and a role from a short
keyword list in the words around it.

"46 soldiers, including five officers" gives two counts: 46 soldiers (span
"46 soldiers, including five officers") and 5 officers (span "including five
officers", subject "officers among them"). A count whose span lies inside
another's is a part of it, not more people.

>>> from newsdesk.facts.document import FactText
>>> text = "At least 46 Afghan soldiers have fled to Pakistan. Gunmen killed three civilians."
>>> [(text[f.start:f.end], f.value) for f in find_counts(FactText.of("a", text, language="en"))]
[('At least 46 Afghan soldiers', {'min': 46, 'what': 'soldiers', 'role': None}), \
('three civilians', {'exact': 3, 'what': 'civilians', 'role': 'killed'})]
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import TYPE_CHECKING

import regex

from newsdesk.facts.cjk import HAN_LANGUAGES, han_count, nested_part
from newsdesk.facts.document import FactText, Finding, Sentence
from newsdesk.facts.numbers import Amount, arabic_counted_noun, find_amounts
from newsdesk.stop_words import stop_words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Words that say what happened to the counted: verbs (any form the parser may tag), adjectives
# and nouns. A role verb in the active voice only counts its object; see _role_of_verb.
_ROLE_WORDS: dict[str, str] = {}
for _role, _words in {
    "killed": "killed kill kills killing murdered murder murders executed massacred slain slew slaughtered "
              "beheaded decapitated lynched assassinated died die dies dying perished succumbed drowned "
              "dead deaths death fatalities fatality bodies body corpses corpse lives toll lifeless "
              "killings",
    "injured": "injured injure injures injuring wounded wound wounding hurt injuries injury wounds "
               "hospitalised hospitalized",
    "missing": "missing disappeared unaccounted",
    "kidnapped": "kidnapped kidnap kidnapping kidnaps abducted abduct abducting abduction kidnappings "
                 "abductions hostage hostages",
    "arrested": "arrested arrest arresting arrests detained detain detaining detention detainees "
                "apprehended nabbed jailed imprisoned custody captured capturing held",
    "displaced": "displaced displacing displacement homeless refugees uprooted",
    "evacuated": "evacuated evacuate evacuating evacuation evacuees relocated",
    "affected": "affected affecting",
    "protesters": "protested protesting protest protests demonstrated demonstrating rallied rallying "
                  "marched marching picketed protesters protestors demonstrators marchers strikers "
                  "rioters",
}.items():
    for _word in _words.split():
        _ROLE_WORDS[_word] = _role

# Verbs whose subject (not object) is the one the role happens to.
_INTRANSITIVE = frozenset(
    "died die dies dying perished succumbed drowned disappeared protested protesting demonstrated "
    "demonstrating rallied rallying marched marching picketed".split()
)
# Nouns whose "of" phrase names the people counted: "the death of 3 soldiers".
_OF_HEADS = frozenset("death deaths killing killings murder lives bodies body corpses abduction kidnapping "
                      "arrest arrests detention evacuation displacement injury injuries".split())
_TOLL_NOUNS = frozenset("toll fatalities deaths casualties dead".split())
# Verbs whose object a figure is ("the toll reached 30") and verbs that set a toll to a figure ("raising the death
# toll to three", "put the toll at 15"); only "toll" or "the number of dead" is their object then, not "took the
# casualties to 3 hospitals". Every word form is listed: the pipeline runs no lemmatiser.
_TOLL_REACHES = frozenset("reach reaches reached reaching hit hits hitting top tops topped topping pass passes "
                          "passed passing exceed exceeds exceeded exceeding surpass surpasses surpassed "
                          "surpassing".split())
_TOLL_SETTERS = frozenset("raise raises raised raising bring brings brought bringing push pushes pushed pushing "
                          "put puts putting take takes took taken taking lift lifts lifted lifting increase "
                          "increases increased increasing revise revises revised revising".split())
_BE = frozenset("be is are was were been being 's 're".split())
_NOT_COUNTED = frozenset(
    "year years month months week weeks day days hour hours minute minutes second seconds time times "
    "decade decades century centuries night nights km kilometres kilometers miles metres meters percent "
    "cent per o'clock am pm p.m. a.m. yesterday today fois veces vez ocasiones occasions mal volte jours "
    "días tage ans años jahre "
    # distances and hours in French, Spanish, German, Italian and Portuguese ("18 milles nautiques")
    "milles kilomètres mètres heures kilómetros metros millas horas kilometer kilometern meter metern meilen "
    "stunden chilometri metri miglia ore quilómetros quilômetros milhas "
    # time in Russian, Turkish, Arabic and Hindi, which vague amounts count too ("сотни лет", "مئات السنين")
    "лет года годы годов дней дня часов часа недель месяцев веков yıl yıldır yıllar yıllardır gün günler "
    "saat hafta ay asır السنين السنوات سنوات سنين الأعوام أعوام عقود العقود القرون قرون الأيام أيام ساعات "
    "أسابيع أشهر الأشهر مرات साल सालों वर्षों दिनों घंटों सदियों".split()
)
_PERSON_NOUNS = frozenset(
    "man woman boy girl child baby infant person youth teenager teen minor adult civilian soldier "
    "policeman policewoman cop officer gendarme guard militant rebel fighter insurgent gunman "
    "jihadist terrorist suspect inmate prisoner detainee convict victim resident villager farmer "
    "herder shepherd student pupil teacher doctor nurse priest imam pastor monk nun cleric chief "
    "leader commander official councillor councilor mayor governor journalist reporter activist "
    "protester protestor demonstrator member worker migrant refugee passenger pedestrian driver "
    "motorcyclist cyclist rider trader vendor merchant shopkeeper businessman businesswoman lawyer "
    "judge politician candidate citizen national foreigner tourist personnel militiaman "
    "serviceman trooper sergeant captain colonel general lieutenant major commando recruit "
    "volunteer employee staffer guardsman elder husband wife son daughter father mother brother "
    "sister relative neighbour neighbor friend youngster native local fisherman miner pirate hostage "
    "captive crew".split()
)
_NOT_PERSON = frozenset(
    "number group total series wave lot couple handful dozen crowd majority minority number center "
    "centre corner order border power water paper letter chapter matter quarter shelter counter "
    "computer helicopter container cluster poster sticker trailer tanker tractor monitor motor "
    "sector".split()
)
_PEOPLE_ONLY_VERBS = frozenset("captured capturing capture held holding affected affecting evacuated".split())
_PERSON_ENDINGS = ("er", "or", "ist", "ian", "man", "woman", "ant", "ee", "ent")
# "-ment" ends nouns of acts and bodies, never of people: "a statement", "the government", "a settlement"
_THING_ENDINGS = ("ment",)
_NOUN_POS = frozenset({"NOUN", "PROPN", "PRON"})
# "three of them", "two of whom": a part of people counted before, never the counted noun itself
_PART_PRONOUNS = frozenset("them us whom those these".split())
_PARTITIVE = re.compile(r"[\w-]+\s+of\s+(?:the|" + "|".join(sorted(_PART_PRONOUNS)) + r")\b", re.IGNORECASE)


# After a figure without a noun: the group it is a part of, named by what befell it ("two of the injured").
_PART_OF_THE = re.compile(r"\s+of\s+(?:the|those)\s+(?P<group>[a-z]+)\b")


def counts_a_part(quote: str) -> bool:
    """Whether a count's quote counts a part of a group named before it ("two of them", "three of the soldiers").

    >>> counts_a_part("two of them"), counts_a_part("Three of the soldiers"), counts_a_part("46 soldiers")
    (True, True, False)
    """
    return _PARTITIVE.match(quote) is not None

# The words that open a part of a count after its whole: "46 soldiers, including five officers", "32 civils,
# dont six enfants"; "aralarında" opens the Turkish part that comes before its whole (see _TURKISH_PART_BEFORE).
_PART_CUES = (
    "including", "among them", "among whom", "of whom", "of them", "incl.", "inclusive", "among",
    "dont", "parmi eux", "incluidos", "incluidas", "incluyendo", "entre ellos", "entre ellas", "darunter",
    "unter ihnen", "tra cui", "tra i quali", "tra loro", "w tym", "в том числе", "среди них", "aralarında",
)
_PART_CUE = "(?:" + "|".join(re.escape(cue) for cue in _PART_CUES) + ")"
# The gap between a whole and its part: a few words, then the cue (group "cue") right before the part.
_NESTED_CUE = re.compile(r"^[^.;:!?]{0,40}?[,(–—-]?\s*(?P<cue>" + _PART_CUE + r")\s+$", re.IGNORECASE)
# Other languages: a role from word beginnings (French, Spanish, German, Portuguese, Italian), so that
# "évacuées", "heridas" and "Verletzten" need no list of endings. English words for mixed text. Written from the
# languages' grammar, as English's _ROLE_WORDS: the verbs, the participles and adjectives used as nouns ("30
# fallecidos", "5 Tote", "10 погибших") and the nouns of the act ("89 décès", "12 Festnahmen") that English gives a
# role ("deaths", "arrests"); a noun of victims whatever befell them ("victimes", "Opfer", "жертв") gets none, as
# "casualties" and "victims" get none in English.
_PLAIN_STEMS: tuple[tuple[str, str], ...] = tuple(
    (stem, role) for role, stems in {
        "killed": "tué mort décéd muert fallec asesin muri morre getötet tote starb gestorb uccis assassin "
                  "killed dead died погиб убит убил смерт умерш умерл скончал öldü ölü öldür ölen मौत मारे मृत हत्या "
                  "décè decess todesf óbito defunc "
                  "mató mataron matando tötet todesopfer zgin zabit zabił zabil zmarł zmarl śmierteln martw zgon "
                  # German umkommen, umbringen, whole ("umgekommen") or joined from a separated particle ("umkam")
                  "umkam umkomm umgekommen umbrach umbring umgebracht "
                  "zemř zahynul zomrel usmrt mrtv mŕtv",  # Czech and Slovak
        "injured": "bless herid verletz ferid ferit injur wound ранен ранены пострадал пострадав yaralan yaralı "
                   "घायल जख्मी ज़ख्मी ranni ranny rannych rannym ranne poszkodowan verwund lesionad zraněn zranen",
        "missing": "disparu desaparec vermisst dispers missing пропавш kayıp लापता zaginion zaginęl pohřešovan pohrešovan nezvěstn nezvestn",
        "kidnapped": "enlev kidnapp otage secuestr rehen entführ geisel sequestr rapit abduct похищ kaçırıl "
                     "अपहरण अगवा porwan uprowadz unesen",
        "arrested": "arrêt interpell détenu detenid arrestad festgenommen verhaftet detid arrestat arrest detain "
                    "задерж арестов gözaltı tutuklan गिरफ्तार गिरफ़्तार हिरासत detuv zatrzyma aresztowa festnahm "
                    "verhaft festnehm festnimm zatčen zatkl zatknut zatkol zadrž",
        "displaced": "déplacé desplaz vertrieb deslocad sfollat displac refugee беженц переселен विस्थापित",
        "evacuated": "évacu evacu evakuier эвакуир tahliye ewakuow evakuov",
        "affected": "sinistré afectad damnific betroffen afetad colpit affected",
        "protesters": "manifestant demonstrant protester protestor demonstrier manifestar marchar протестующ "
                      "митингующ gösterici eylemci protestocu प्रदर्शनकारी "
                      # the verbs of English "protested", "demonstrated": "ont manifesté", "hanno protestato"
                      "manifesté manifestaient manifestato manifestav protestat protestav protestar protestab "
                      "protestier protestow protestując demonstrow demonstrując manifestow manifestując "
                      "протестовал митинговал демонстрант манифестант protestuj demonstrov",
    }.items() for stem in stems.split()
)
# Arabic words carry their clitics ("وقتل", "بالمعتقلين"): a root found anywhere in the word.
_ARABIC_ROOTS: tuple[tuple[str, str], ...] = tuple(
    (root, role) for role, roots in {
        "killed": "قتل قتيل مصرع حتف وفاة توفي موت",
        "injured": "جرح جريح أصيب إصاب اصيب مصاب",
        "missing": "مفقود",
        "kidnapped": "خطف",
        "arrested": "اعتقل معتقل احتجز",
        "displaced": "نزوح نازح",
        "protesters": "متظاهر محتج تظاهر احتج",  # after "احتجز" (detained), which the arrested find first
    }.items() for root in roots.split()
)
_ARABIC_SCRIPT = re.compile(r"[\u0600-\u06ff]")
# "وفيات" (deaths) names the dead only as the count's own noun ("7 وفيات", "7 حالات وفيات"), as English "deaths":
# read among the words around any number, it would give the infected and the recovered of a tally their role.
_ARABIC_DEATHS = "وفيات"
_PLAIN_BIGRAMS = {"ums leben": "killed", "perdu la vie": "killed", "perdieron la vida": "killed",
                  "hayatını kaybetti": "killed", "hayatını kaybeden": "killed", "can kayb": "killed",
                  "без вести": "missing"}
# Turkish says "protested" with a noun and its light verb: "protesto etti", "gösteri yaptı", "eylem yapan"; not in
# the passive ("protesto edildi", "gösteri yapıldı": what was protested, where a rally was held).
_TURKISH_PROTEST = re.compile(r"(?:protesto\s+e(?:t|d(?!il))|(?:gösteri|eylem|yürüyüş)\s+yap(?!ıl))")
_PLAIN_SKIP = frozenset(
    "de d des of di do da dos das von der die das les los las the sus ses leurs seine ihre seus suas "
    "loro ces estos estas diese dei degli delle".split()
)
# "a man was killed", "the 45-year-old man was killed" and "the 60-year-old was killed": an age makes "the"
# one person (see _aged and _aged_person)
_SINGULAR_GATE = re.compile(r"\b(?i:a|an)\s|\b(?i:the)\s+[\w-]+-(?i:year|month)s?-old\b")


def find_counts(fact_text: FactText, amounts: list[Amount] | None = None) -> list[Finding]:
    """Every count in the article, in text order; spans are offsets into ``fact_text.text``.

    >>> from newsdesk.facts.document import FactText
    >>> text = "The army said 46 soldiers, including five officers, crossed. A man was shot dead."
    >>> for f in find_counts(FactText.of("a", text, language="en")):
    ...     print(repr(text[f.start:f.end]), f.value, "|", f.subject)
    '46 soldiers, including five officers' {'exact': 46, 'what': 'soldiers', 'role': None} | soldiers crossed
    'including five officers' {'exact': 5, 'what': 'officers', 'role': None} | officers among them
    'A man' {'exact': 1, 'what': 'man', 'role': 'killed'} | man was shot dead
    """
    if amounts is None:  # a caller that found them already passes them
        amounts = find_amounts(fact_text.text, fact_text.language)
    findings: list[Finding] = []
    index = 0
    for sentence in fact_text.sentences:
        local: list[Amount] = []
        while index < len(amounts) and amounts[index].number_start < sentence.end:
            if amounts[index].number_start >= sentence.start:
                local.append(amounts[index])
            index += 1
        findings += _sentence_counts(sentence, local)
    _nest(fact_text.text, findings)
    return findings


def needs_parse(sentence: Sentence, amounts: list[Amount]) -> bool:
    """Whether the count finder reads this sentence's parse: English, with an amount or a role word.

    For a caller that parses sentences in one batch before the finders run.

    >>> from newsdesk.facts.document import Sentence
    >>> killed, rain = Sentence(0, 17, "A man was killed.", "en"), Sentence(0, 9, "It rains.", "en")
    >>> needs_parse(killed, []), needs_parse(rain, [])
    (True, False)
    """
    if sentence.language != "en":
        return False
    return bool(amounts) or bool(_SINGULAR_GATE.search(sentence.text) and _has_role_word(sentence.text))


def _has_role_word(text: str) -> bool:
    return any(word in _ROLE_WORDS for word in re.findall(r"[a-z]+", text.lower()))


def _sentence_counts(sentence: Sentence, amounts: list[Amount]) -> list[Finding]:
    nobody = _nobody_counts(sentence) if sentence.language == "en" else []
    if not amounts and not needs_parse(sentence, amounts):
        return nobody
    found = _figure_counts(sentence, amounts)
    return sorted(nobody + found, key=lambda f: f.start) if nobody else found


def _figure_counts(sentence: Sentence, amounts: list[Amount]) -> list[Finding]:
    english = sentence.language == "en"
    doc = sentence.doc() if english else None
    if sentence.language in HAN_LANGUAGES:
        return _han_counts(sentence, amounts)
    if doc is None:
        follows = amounts[1:] + [None]
        found = (_plain_count(sentence, amount, following) for amount, following in zip(amounts, follows))
        return [f for f in found if f is not None]
    return _parsed_counts(sentence, doc, amounts)


# "nobody was killed", "no one had been hurt", "no deaths were reported": a count of none, which contests a toll
_NOBODY = re.compile(
    r"\b(?:(?:no\s+one|no-one|nobody)(?:\s+else)?\s+(?:(?:was|were|had|has|have|is|got)\s+)?(?:been\s+)?"
    r"(?:(?:seriously|badly|critically|fatally)\s+)?(?P<fate>killed|died|injured|hurt|wounded|harmed|arrested|detained)"
    r"|(?:there\s+(?:were|was|have\s+been|had\s+been)\s+)?no\s+(?P<toll>deaths|fatalities|injuries)"
    r"(?:\s+(?:were|was|have\s+been|had\s+been|has\s+been)\s+reported)?)\b", re.IGNORECASE)
_NOBODY_ROLE = {"killed": "killed", "died": "killed", "deaths": "killed", "fatalities": "killed",
                "injured": "injured", "hurt": "injured", "wounded": "injured", "harmed": "injured",
                "injuries": "injured", "arrested": "arrested", "detained": "arrested"}


def _nobody_counts(sentence: Sentence) -> list[Finding]:
    """Counts of none: "police said nobody had been killed" is 0 people killed.

    A toll noun counts none with "there were" before it or "reported" after it ("there were no deaths", "no
    injuries were reported"); a bare "no deaths" is mostly part of something else ("no deaths from the virus").
    """
    found = []
    for match in _NOBODY.finditer(sentence.text):
        if match.group("toll") and not (match.group(0).lower().startswith("there") or "reported" in match.group(0)):
            continue
        word = (match.group("fate") or match.group("toll")).lower()
        start, end = sentence.start + match.start(), sentence.start + match.end()
        found.append(Finding("count", match.group(0).lower(),
                             {"exact": 0, "what": "people", "role": _NOBODY_ROLE[word]}, start, end))
    return found


# -- English, with the parse -------------------------------------------------------------------------------

def _parsed_counts(sentence: Sentence, doc: Doc, amounts: list[Amount]) -> list[Finding]:
    findings: list[Finding] = []
    taken: set[int] = set()
    previous_what: str | None = None
    previous_role: str | None = None
    for amount in amounts:
        tokens = _tokens_in(doc, amount.number_start - sentence.start, amount.number_end - sentence.start)
        if not tokens:
            continue
        taken.update(t.i for t in tokens)
        finding = _parsed_count(sentence, amount, tokens, previous_what, previous_role)
        if finding is not None:
            findings.append(finding)
            previous_what = finding.value["what"] or previous_what
            previous_role = finding.value["role"]
    findings += _singular_counts(sentence, doc, taken)
    findings.sort(key=lambda f: f.start)
    return findings


def _parsed_count(sentence: Sentence, amount: Amount, tokens: list[Token],
                  previous_what: str | None, previous_role: str | None = None) -> Finding | None:
    root = _more_of_the_same(_phrase_root(tokens))
    noun = _counted_noun(root, tokens)
    pronoun = noun if noun is not None and noun.lower_ in _PART_PRONOUNS else None
    if pronoun is not None:  # "three of them (were) children": children; "15 of them died": the noun before
        noun = _what_they_were(root, pronoun) or pronoun
    if noun is not None and noun.lower_ in _NOT_COUNTED:
        return None
    # the verb governs the noun in "46 soldiers fled", the number in "dozens of soldiers fled"
    holder = noun if noun is not None and noun.i == root.head.i else root
    role, verb = _role(holder, noun)
    if role is None and noun is pronoun is not None:
        # "six were wounded, two of them seriously": the group's fate (but "three of them were children" says
        # what a part of the group was, and is no second count of the dead)
        role = previous_role
    if role is None and (noun is None or (amount.from_word and amount.low == amount.high == 1)
                         or (noun.tag_ == "NNP" and noun is holder)):
        return None  # a bare "23" (a score, an age), "one of the reasons", "8 Block" (a name) count nothing
    joined = toll = None
    part = _PART_OF_THE.match(sentence.text, amount.end - sentence.start) if noun is None else None
    if part is not None:  # "two of the injured died": a part of a group named before, no toll of its own
        what = part.group("group").lower()
        end = sentence.start + part.end()
        return Finding("count", _subject(None, verb, what, holder), {**amount.value, "what": what, "role": role},
                       amount.start, end)
    if noun is not None and noun is not pronoun:
        joined = _counted_with(noun)  # "470 passengers and crew": one figure for both
        what = _noun_text(noun) if joined is None else f"{_noun_text(noun)} and {_noun_text(joined)}"
        if noun.lower_ == "others" and previous_what:
            what = previous_what  # "14 people were killed and 20 others were missing": 20 people
    else:  # "the death toll rose to 15": the number stands for the toll's noun
        toll = _toll_subject(root)
        what = (toll.lower_ if toll is not None else None) or previous_what
    end = amount.end
    last = joined or noun
    if last is not None and noun.i > root.i and last.i - root.i <= 8:
        end = max(end, sentence.start + last.idx + len(last))
    if toll is not None and noun is None:
        subject = _compact(toll)  # "death toll"
    else:
        subject = _subject(noun, verb, what, holder)
    return Finding("count", subject, {**amount.value, "what": what, "role": role}, amount.start, end)


def _more_of_the_same(root: Token) -> Token:
    """"more" when a figure only modifies it ("dozens more were wounded": the parser makes "more" the subject and
    "dozens" its modifier), so that the figure's noun and role are looked for from "more"; else ``root``."""
    head = root.head
    if root.dep_ == "npadvmod" and head.lower_ == "more" and head.i == root.i + 1:
        return head
    return root


def _counted_with(noun: Token) -> Token | None:
    """The noun coordinated with the counted one under the same figure ("470 passengers and crew"), not one with a
    figure of its own ("five soldiers and two police officers")."""
    for child in noun.children:
        if child.dep_ == "conj" and child.pos_ == "NOUN" and child.i == noun.i + 2 and noun.nbor(1).lower_ == "and" \
                and not any(c.dep_ in ("nummod", "det") for c in child.children):
            return child
    return None


def _what_they_were(root: Token, pronoun: Token) -> Token | None:
    """The noun a part of people already counted is said to be ("three of them were children", "three of
    them children"), or None."""
    following = pronoun.nbor(1) if pronoun.i + 1 < len(pronoun.doc) else None
    if following is not None and following.pos_ == "NOUN":
        return following
    head = root.head
    if root.dep_ != "nsubj" or head.lower_ not in _BE:
        return None
    return next((c for c in head.children if c.dep_ == "attr" and c.pos_ in ("NOUN", "PROPN")), None)


def _tokens_in(doc: Doc, start: int, end: int) -> list[Token]:
    """The tokens that overlap characters [start, end) of the sentence (read as numbers: no Token per word)."""
    rows = doc.to_array(["IDX", "LENGTH"]).tolist()
    return [doc[i] for i, (idx, length) in enumerate(rows) if idx < end and idx + length > start]


def _phrase_root(tokens: list[Token]) -> Token:
    """The token of the amount whose head lies outside it."""
    inside = {t.i for t in tokens}
    for token in tokens:
        if token.head.i not in inside or token.head.i == token.i:
            return token
    return tokens[-1]


def _counted_noun(root: Token, tokens: list[Token]) -> Token | None:
    """The noun the number counts: its head ('46 soldiers') or its 'of' object ('dozens of soldiers')."""
    inside = {t.i for t in tokens}
    if root.dep_ in ("nummod", "quantmod", "amod", "compound", "det", "nmod") and root.head.pos_ in _NOUN_POS:
        return root.head
    current = root
    for _ in range(3):
        of_object = _of_object(current)
        if of_object is None:
            return None
        if of_object.i not in inside:
            return of_object if of_object.pos_ in _NOUN_POS else None
        current = of_object
    return None


def _of_object(token: Token) -> Token | None:
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            objects = [c for c in child.children if c.dep_ == "pobj"]
            return objects[0] if objects else None
    return None


def _noun_text(noun: Token) -> str:
    return noun.text if noun.pos_ == "PROPN" else noun.lower_


def _toll_subject(root: Token) -> Token | None:
    """The toll noun a bare number gives the value of: 'the toll rose to 15', 'fatalities coded as 3', 'the toll
    reached 30', 'raising the death toll to three'."""
    head = root.head
    holders = ("nsubj", "nsubjpass")
    if root.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in ("to", "at", "as"):
        head = head.head
        if head.lower_ in _TOLL_SETTERS:
            holders = ("nsubj", "nsubjpass", "dobj")
    elif not (root.dep_ == "attr" or (root.dep_ == "dobj" and head.lower_ in _TOLL_REACHES)):
        return None
    for child in head.children:
        if child.dep_ not in holders:
            continue
        if child.lower_ in _TOLL_NOUNS and (child.dep_ != "dobj" or child.lower_ == "toll"):
            return child
        of_object = _of_object(child)  # "the number of dead rose to 15"
        if of_object is not None and of_object.lower_ in _TOLL_NOUNS:
            return of_object
    return None


# -- roles -------------------------------------------------------------------------------------------------

def _role(holder: Token, noun: Token | None) -> tuple[str | None, Token | None]:
    """The role of the counted people and the verb that gives it (or None)."""
    modifiers = list(holder.children) + (list(noun.children) if noun is not None and noun is not holder else [])
    for child in modifiers:
        if child.dep_ == "relcl":
            role = _relative_clause_role(child)
        elif child.dep_ in ("amod", "compound", "acl", "appos", "oprd") and child.i != holder.i:
            role = _word_role(child) or _complement_role(child)
        else:
            continue
        if role:
            return role, child if child.pos_ in ("VERB", "AUX") else _governing_verb(holder)
    toll = _toll_subject(holder) if noun is None else None
    if toll is not None:
        return _ROLE_WORDS.get(toll.lower_) or ("killed" if toll.lower_ == "toll" else None), toll.head
    role, verb = _role_from_head(holder)
    if role is None:
        role = _next_word_role(noun if noun is not None else holder)
    if role is None and noun is not None and noun.lower_ not in ("body", "lives", "toll"):
        role = _ROLE_WORDS.get(noun.lower_)  # who they are ("8 fatalities", "200 protesters") comes last
    if verb is not None and verb.lower_ in _PEOPLE_ONLY_VERBS and noun is not None and not _is_people(noun):
        role = None  # "captured two boats", "affected the network"
    return role, verb or _governing_verb(holder)


def _is_people(noun: Token) -> bool:
    """A person noun, singular or plural ('fishermen', 'suspects')."""
    word = noun.lower_
    singulars = {word, word.removesuffix("s"), word.removesuffix("es"), word.replace("men", "man")}
    if word.endswith("ies"):
        singulars.add(word[:-3] + "y")
    return (word in ("people", "persons", "children", "police", "personnel", "crew", "staff", "families",
                     "households")
            or any(w in _PERSON_NOUNS or (len(w) > 4 and _agent_ending(w) and w not in _NOT_PERSON)
                   for w in singulars))


def _relative_clause_role(verb: Token) -> str | None:
    """'people who were killed' gives killed; 'the gunman who killed five' gives nothing."""
    pronoun = next((c for c in verb.children if c.lower_ in ("who", "that", "which", "whom")), None)
    dep = pronoun.dep_ if pronoun is not None else "dobj"  # "the people (whom) they killed"
    return _role_of_verb(verb, dep) if dep in ("nsubj", "nsubjpass", "dobj") else None


def _next_word_role(token: Token) -> str | None:
    """'23 rebels dead, 12 captured': a participle or adjective right after, however it was parsed."""
    if token.i + 1 >= len(token.doc):
        return None
    following = token.doc[token.i + 1]
    if following.tag_ in ("JJ", "VBN") and following.lower_ in _ROLE_WORDS:
        return _ROLE_WORDS[following.lower_]
    return None


def _role_from_head(holder: Token) -> tuple[str | None, Token | None]:
    node = holder
    while node.dep_ in ("conj", "appos") and node.head.i != node.i:
        node = node.head
    head = node.head
    if node.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ == "of":
        owner = head.head
        if owner.lower_ in _OF_HEADS:
            return _ROLE_WORDS.get(owner.lower_), owner
        return None, None
    if node.dep_ not in ("nsubj", "nsubjpass", "dobj", "attr", "dative") or head.i == node.i:
        return None, None
    if head.dep_ in ("aux", "auxpass") and node.dep_ in ("nsubj", "nsubjpass"):
        head = head.head  # a subject the parser hung on the auxiliary ("20 others were missing")
    return _role_of_verb(head, node.dep_), head


def _role_of_verb(verb: Token, dep: str) -> str | None:
    """The role a verb gives its subject or object; active subjects of transitive verbs get none."""
    passive = dep == "nsubjpass" or (dep == "nsubj" and verb.tag_ == "VBN" and not _has_have(verb))
    # "were shot and killed": a coordinated verb shares the subject and object unless it has its own
    candidates = [verb] + [c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "ADJ")
                           and not any(g.dep_ in ("nsubj", "nsubjpass", "dobj") for g in c.children)]
    for candidate in candidates:
        own = _word_role(candidate)
        if own and (dep in ("dobj", "dative") or passive or candidate.lower_ in _INTRANSITIVE
                    or candidate.pos_ == "ADJ" or _missing_as_adjective(candidate)):
            return own
        complement = _complement_role(candidate)
        if complement and dep != "dobj":
            return complement
    if dep in ("nsubj", "nsubjpass"):
        for child in verb.children:
            if child.dep_ == "dobj" and child.lower_ in ("injuries", "wounds", "lives"):
                return _ROLE_WORDS[child.lower_] if child.lower_ != "lives" else "killed"
    if dep == "nsubj" and _joins_a_gathering(verb):
        return "protesters"
    if passive and verb.lower_ in _HOUSED:
        return "displaced"  # "90 people were being housed in a hotel" (not "the stadium housed 40,000 fans")
    if (passive or dep in ("dobj", "dative")) and _taken_to_hospital(verb):
        return "injured"
    return _leaving_home_role(verb, passive or dep in ("dobj", "dative"))


_TO_HOSPITAL = frozenset("treated admitted taken rushed brought airlifted flown transferred".split())
_HOSPITALS = frozenset("hospital hospitals clinic clinics".split())


def _taken_to_hospital(verb: Token) -> bool:
    """'29 people were being treated in hospital', 'rushed 12 to hospital': the hurt, though no word says so."""
    return verb.lower_ in _TO_HOSPITAL and any(
        prep.dep_ == "prep" and prep.lower_ in ("in", "at", "to") and any(
            place.dep_ == "pobj" and place.lower_ in _HOSPITALS for place in prep.children)
        for prep in verb.children)


def _missing_as_adjective(verb: Token) -> bool:
    """'20 people are missing', parsed as the progressive of "miss"; not '3 players are missing the game'."""
    return verb.lower_ == "missing" and not any(c.dep_ == "dobj" for c in verb.children)


_MOVED = frozenset("moved taken brought ordered bussed ferried airlifted".split())
_DRIVEN = frozenset("forced driven chased pushed".split())
_MOVED_OR_DRIVEN = _MOVED | _DRIVEN
_FLED = frozenset("fled flee flees fleeing".split())
_HOMES = frozenset("home homes house houses".split())
_HOUSED = frozenset("housed sheltered rehoused accommodated lodged".split())
_SAFE_PLACES = frozenset("safety shelter shelters".split())  # "taken to safety", "moved to shelters"


def _leaving_home_role(verb: Token, acted_on: bool) -> str | None:
    """'were moved out of their homes' or 'taken to safety' is an evacuation, 'forced from their homes' or 'fled
    their homes' a displacement; the people counted are the ones moved, not the ones who moved others."""
    word = verb.lower_
    if word in _FLED:
        return "displaced" if any(c.dep_ == "dobj" and c.lower_ in _HOMES for c in verb.children) else None
    if not acted_on or word not in _MOVED_OR_DRIVEN:
        return None
    places = {place.lower_ for prep in verb.children if prep.dep_ == "prep"
              for place in [*prep.children, *(c for p in prep.children if p.dep_ == "prep" for c in p.children)]
              if place.dep_ == "pobj"}
    if places & _HOMES:
        return "evacuated" if word in _MOVED else "displaced"
    return "evacuated" if word in _MOVED and places & _SAFE_PLACES else None


_GATHERINGS = frozenset("protest protests rally rallies march marches demonstration demonstrations sit-in".split())
_JOINING = frozenset("join joins joined joining attend attends attended attending stage stages staged staging "
                     "hold holds held holding".split())
_TAKING_PART = frozenset("take takes took taking participate participates participated participating".split())


def _joins_a_gathering(verb: Token) -> bool:
    """'2,000 people took part in the protest', 'students joined the rally', 'workers staged a march'."""
    word = verb.lower_
    for child in verb.children:
        if word in _JOINING and child.dep_ == "dobj" and child.lower_ in _GATHERINGS:
            return True
        if word in _TAKING_PART and child.dep_ == "prep" and child.lower_ == "in" and any(
                c.dep_ == "pobj" and c.lower_ in _GATHERINGS for c in child.children):
            return True
    return False


def _complement_role(token: Token) -> str | None:
    """'found dead', 'shot dead', 'stabbed to death', 'was missing', 'taken hostage', 'among the dead'."""
    for child in token.children:
        if child.dep_ in ("acomp", "oprd", "xcomp", "advmod") and child.lower_ in _ROLE_WORDS:
            return _ROLE_WORDS[child.lower_]
        if child.dep_ == "prep" and child.lower_ == "to" and any(
                c.lower_ == "death" for c in child.children):
            return "killed"
        if child.dep_ == "prep" and child.lower_ == "among" and (role := _among_role(child)):
            return role
    return None


def _among_role(among: Token) -> str | None:
    """'were among the dead', 'among those killed': the role of the group they belong to. Not 'among the
    15 people killed', whose number is the whole and would be counted twice."""
    for group in among.children:
        if group.dep_ != "pobj" or any(c.dep_ == "nummod" for c in group.children):
            continue
        if group.lower_ in _ROLE_WORDS and group.lower_ not in ("body", "bodies", "toll"):
            return _ROLE_WORDS[group.lower_]
        for modifier in group.children:
            if modifier.dep_ in ("acl", "relcl", "amod") and modifier.lower_ in _ROLE_WORDS:
                return _ROLE_WORDS[modifier.lower_]
    return None


def _word_role(token: Token) -> str | None:
    return _ROLE_WORDS.get(token.lower_)


def _has_have(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in ("have", "has", "had") for c in verb.children)


def _governing_verb(token: Token) -> Token | None:
    node = token
    while node.dep_ in ("conj", "appos") and node.head.i != node.i:
        node = node.head
    if node.dep_ in ("nsubj", "nsubjpass", "dobj") and node.head.pos_ in ("VERB", "AUX"):
        return node.head
    return None


# -- singulars: "a man was shot dead" -----------------------------------------------------------------------

def _singular_counts(sentence: Sentence, doc: Doc, taken: set[int]) -> list[Finding]:
    out = []
    wanted = {doc.vocab.strings[w] for w in _SINGULAR_WORDS}
    for i, lower in enumerate(doc.to_array("LOWER").tolist()):
        if lower not in wanted:
            continue
        token = doc[i]
        if _aged_person(token):
            found = _aged_person_count(sentence, token)
            out += [found] if found is not None else []
            continue
        if not _singular_determiner(token) or token.head.pos_ not in ("NOUN", "PROPN"):
            continue
        noun = token.head
        if noun.i in taken or not _is_person(noun):
            continue
        role, verb = _role(noun, noun)
        if role is None or noun.lower_ in _ROLE_WORDS:
            continue
        start = sentence.start + token.idx
        end = sentence.start + noun.idx + len(noun)
        value = {"exact": 1, "what": noun.lower_, "role": role}
        out.append(Finding("count", _subject(noun, verb, noun.lower_, noun), value, start, end))
    return out


def _aged_person(determiner: Token) -> bool:
    """'The 60-year-old was killed': an age with no noun after it stands for one person (spaCy makes "old" the
    head of the phrase, with "year" its child)."""
    old = determiner.head
    return determiner.dep_ == "det" and determiner.lower_ in ("a", "an", "the") and old.lower_ == "old" \
        and old.dep_ in _AGED_PERSON_DEPS and any(unit.lower_ in _AGE_UNITS for unit in old.children)


_AGED_PERSON_DEPS = frozenset("nsubj nsubjpass dobj conj appos".split())


def _aged_person_count(sentence: Sentence, determiner: Token) -> Finding | None:
    old = determiner.head
    role, verb = _role(old, None)
    if role is None:
        return None  # "the 60-year-old was a teacher"
    start = sentence.start + determiner.idx
    end = sentence.start + old.idx + len(old)
    value = {"exact": 1, "what": "person", "role": role}
    return Finding("count", _subject(None, verb, "person", old), value, start, end)


_SINGULAR_WORDS = ("a", "an", "the", "his", "her", "their")  # every word _singular_determiner accepts


def _singular_determiner(token: Token) -> bool:
    """'a man', 'the 45-year-old man', and 'his brother' in 'a farmer and his brother were killed'."""
    if token.dep_ == "det" and token.lower_ in ("a", "an"):
        return True
    if token.dep_ == "det" and token.lower_ == "the":
        return token.head.tag_ == "NN" and _aged(token.head)
    return (token.dep_ == "poss" and token.lower_ in ("his", "her", "their") and token.head.dep_ == "conj"
            and token.head.tag_ == "NN")


def _aged(noun: Token) -> bool:
    """Whether the noun has an age before it ("45-year-old", "six-month-old"): one person, even after "the"."""
    return any(child.dep_ == "amod" and child.lower_ == "old" and child.i < noun.i
               and any(unit.lower_ in _AGE_UNITS for unit in child.children) for child in noun.children)


_AGE_UNITS = frozenset("year years month months".split())


def _is_person(noun: Token) -> bool:
    """A person noun, by a short list and the endings of agent nouns ('trader', 'journalist')."""
    word = noun.lower_
    if word in _PERSON_NOUNS:
        return True
    if noun.pos_ != "NOUN" or noun.tag_ != "NN" or word in _NOT_PERSON:
        return False
    return _agent_ending(word)


def _agent_ending(word: str) -> bool:
    return word.endswith(_PERSON_ENDINGS) and not word.endswith(_THING_ENDINGS)


# -- subject phrase ---------------------------------------------------------------------------------------

def _subject(noun: Token | None, verb: Token | None, what: str | None, holder: Token) -> str:
    """A short phrase of what is counted and what happened to it: 'Afghan soldiers fled to Pakistan'."""
    phrase = _compact(noun) if noun is not None else (what or "people")
    if verb is None:
        return phrase
    if verb.pos_ == "NOUN" and noun is not None and (of := _of_object(verb)) is not None and of.i == noun.i:
        return f"{verb.lower_} of {phrase}"  # "the evacuation of 470 people": "evacuation of people"
    if holder.dep_ in ("dobj", "dative") or (noun is not None and noun.dep_ in ("dobj", "dative")):
        doer = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        parts = [_compact(doer)] if doer is not None else []
        return " ".join(parts + [verb.text, phrase])
    return " ".join([phrase] + _verb_phrase(verb))


def _compact(token: Token) -> str:
    """The token with its left modifiers (no determiners, numbers or qualifiers)."""
    keep = [c for c in token.lefts if c.dep_ in ("amod", "compound", "poss", "nmod") and not c.like_num
            and c.pos_ != "NUM"]
    words = []
    for modifier in keep:
        words += [t.text for t in modifier.subtree if not t.like_num and t.pos_ not in ("NUM", "DET", "PUNCT")]
    words.append(token.text if token.pos_ == "PROPN" else token.lower_)
    return " ".join(words)


def _verb_phrase(verb: Token) -> list[str]:
    words = [c.text for c in verb.lefts if c.dep_ in ("auxpass", "neg")] + [verb.text]
    for child in verb.rights:
        if child.dep_ in ("prt", "acomp", "oprd"):
            words.append(child.text)
        elif child.dep_ == "prep":
            objects = [c for c in child.children if c.dep_ == "pobj"]
            words += [child.text, _compact(objects[0])] if objects else [child.text]
            break
        elif child.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in child.children):
            break  # "were killed and a woman was missing": another clause with its own subject
        elif child.dep_ in ("dobj", "xcomp"):
            words.append(_compact(child) if child.dep_ == "dobj" else child.text)
            break
        elif child.dep_ == "conj":
            words += [c.text for c in verb.rights if c.dep_ == "cc"][:1] + [child.text]  # "shot and killed"
            break
    return words


# -- other languages ------------------------------------------------------------------------------------------

# A word of any script: letters with their combining marks (Devanagari vowel signs are marks, not letters,
# so a letters-only class would cut "अफगान" after its first two letters).
_PLAIN_WORD = regex.compile(r"\p{L}[\p{L}\p{M}]*(?:[’'-]\p{L}[\p{L}\p{M}]*)?")


_CASE_SUFFIX = regex.compile(r"['’]\p{L}+")


def _plain_count(sentence: Sentence, amount: Amount, following: Amount | None = None) -> Finding | None:
    """A count from the words around the number: the noun after it, a role keyword near it. ``following``: the
    sentence's next amount."""
    if sentence.language == "ar" and (own := arabic_counted_noun(amount.quote)) is not None:
        return _arabic_noun_count(sentence, amount, own)
    offset = _after_number(sentence, amount)
    clause = _clause_after(sentence.text[offset:])
    after = [_elided(w) for w in _PLAIN_WORD.findall(clause)[:8]]
    before = _plain_words_before(sentence, amount)
    nouns = [w for w in after if w.lower() not in _PLAIN_SKIP]
    nouns = nouns[_adjectives_before_noun(nouns, sentence.language):]
    noun = nouns[0] if nouns else None
    if noun is not None and _above_one(amount) and _function_word(noun, sentence.language):
        noun = None  # "40 han fallecido", "293 ont été": the number's verb follows, no noun
    if noun is not None and noun.lower() in _NOT_COUNTED:
        return None
    single = amount.from_word and amount.low == amount.high == 1
    if single:
        return _single_count(sentence, amount, after, following.start if following else None, noun)
    role = _plain_role(_role_words_after(sentence, offset, clause, after, following)) or _plain_role(before)
    if role is None:
        role = _german_separated_role(sentence, amount)
    if role is None and sentence.language == "ar" and any(_ARABIC_DEATHS in word for word in after[:2]):
        role = "killed"
    if role == "protesters" and noun is not None and _plain_role([noun]) == role:
        # who they are comes after what happened to them: "200 manifestants ont été interpellés"
        others = [w for w in after if w is not noun]
        role = _plain_role(others) or _plain_role(before) or _german_separated_role(sentence, amount) or role
    named = noun is not None and noun[0].isupper() and sentence.language != "de" \
        and not _people_noun(noun, sentence.language)
    if role is None and (noun is None or named):
        return None  # a bare number, "5929 Martin Luther Avenue"
    return _plain_finding(sentence, amount, offset, clause, after, noun, role)


# The particles of the German separable verbs of _PLAIN_STEMS: in a main clause the particle ends the clause, far from
# its verb ("Die Polizei nahm zwölf Personen fest": festnehmen; "brachten drei Menschen um": umbringen).
_GERMAN_PARTICLES = frozenset({"fest", "um"})


def _german_separated_role(sentence: Sentence, amount: Amount) -> str | None:
    """The role of a German separable verb whose particle ends the number's clause: the particle joined to each word
    before it ("fest" + "nahm" = "festnahm") and read as one word."""
    if sentence.language != "de":
        return None
    text, at = sentence.text, amount.start - sentence.start
    start = max((mark.end() for mark in _CLAUSE_MARK.finditer(text, 0, at)), default=0)
    end_mark = _CLAUSE_MARK.search(text, amount.end - sentence.start)
    end = end_mark.start() if end_mark else len(text)
    words = _PLAIN_WORD.findall(text[start:end])
    after = _PLAIN_WORD.findall(text[amount.end - sentence.start:end])
    if len(words) < 2 or not after or after[-1].lower() not in _GERMAN_PARTICLES:
        return None  # the particle closes the clause after the number: "um 3.15 Uhr" is no "umbrachte"
    return _plain_role([words[-1].lower() + word.lower() for word in words[:-1]])


def _after_number(sentence: Sentence, amount: Amount) -> int:
    """Where the words after a number start in its sentence: past a Turkish case ending on it ("14'te", "60'a":
    the number's case, no noun). Only in Turkish: an Italian "un'" elides before its noun ("un'infermiera")."""
    offset = amount.end - sentence.start
    suffix = _CASE_SUFFIX.match(sentence.text, offset) if sentence.language == "tr" else None
    return suffix.end() if suffix is not None else offset


def _plain_words_before(sentence: Sentence, amount: Amount) -> list[str]:
    """The words before a number read for its role: the three before it; in German those of its clause, up to six
    (see _BEFORE_WORDS); in Arabic nearest first, so that the verbal noun opening the number's own clause wins
    ("مقتل جنديين وإصابة ثلاثة")."""
    text = sentence.text[:amount.start - sentence.start]
    if sentence.language == "de":
        return _PLAIN_WORD.findall(_clause_before(text))[-_BEFORE_WORDS:]
    before = _PLAIN_WORD.findall(text)[-3:]
    return before[::-1] if sentence.language == "ar" else before


def _role_words_after(sentence: Sentence, offset: int, clause: str, after: list[str],
                      following: Amount | None) -> list[str]:
    """The words after a number that may give its role: with the next number in the same clause, not the words of
    that number's own noun phrase ("395 przypadków i trzech ofiar śmiertelnych", "395 cas et trois morts": the
    deaths are the three's), but still the clause's verb after it ("46 żołnierzy i 3 oficerów zginęło")."""
    if following is None:
        return after
    next_start, next_end = following.start - sentence.start - offset, following.end - sentence.start - offset
    if next_end > len(clause) or clause[:next_end] != sentence.text[offset:offset + next_end]:
        return after  # the next number is in another clause
    own = len(_PLAIN_WORD.findall(clause[:next_start]))
    rest = after[own + len(_PLAIN_WORD.findall(clause[next_start:next_end])):]  # as far as ``after`` reads
    return after[:own] + rest[_noun_phrase_length(rest, sentence.language):]


def _noun_phrase_length(words: list[str], language: str | None) -> int:
    """How many of the words after a number are its noun phrase: articles, adjectives before the noun, the noun,
    and the adjectives after it that agree with it in Polish and Russian ("ofiar śmiertelnych")."""
    skipped = 0
    while skipped < len(words) and words[skipped].lower() in _PLAIN_SKIP:
        skipped += 1
    nouns = words[skipped:]
    if not nouns:
        return skipped
    length = skipped + _adjectives_before_noun(nouns, language) + 1
    agreeing = _GENITIVE_PLURAL_ADJECTIVE.get(language or "")
    while agreeing is not None and length < len(words) and agreeing.search(words[length].lower()):
        length += 1
    return length


def _plain_finding(sentence: Sentence, amount: Amount, offset: int, clause: str, after: list[str],
                   noun: str | None, role: str | None) -> Finding:
    end = amount.end
    if noun is not None:
        noun_at = clause.index(noun)
        end = sentence.start + offset + noun_at + len(noun)
        if clause[:noun_at + len(noun)] == sentence.text[offset:offset + noun_at + len(noun)]:  # a noun in its text
            end += _adjectives_after_noun_length(sentence.text[end - sentence.start:], noun, sentence.language)
    subject = " ".join(after[after.index(noun):][:6]) if noun is not None else ""
    value = {**amount.value, "what": noun.lower() if noun else None, "role": role}
    return Finding("count", subject, value, amount.start, end)


def _single_count(sentence: Sentence, amount: Amount, after: list[str], next_start: int | None,
                  noun: str | None) -> Finding | None:
    """"un soldat a été tué": one, with a role from the words after it up to the next number. The role is
    not its own when that number is the object of the role's verb: "une explosion a fait 9 morts", "un'esplosione
    ha ucciso 9 persone", "un coche bomba mató a 7 personas"."""
    offset = _after_number(sentence, amount)
    between = sentence.text[offset:next_start - sentence.start] if next_start is not None else ""
    if next_start is not None and not _CLAUSE_MARK.search(between):  # the next number in its clause
        after = [_elided(w) for w in _PLAIN_WORD.findall(between)]
        if not after:
            return None
        last = [w for w in after if w.lower() not in _OBJECT_MARKERS][-1:]
        if _plain_role(last):
            return None  # the doer of what befell the next number
    role = _plain_role(after[:4])
    if role is None:
        return None  # "une attaque"
    clause = _clause_after(sentence.text[offset:])
    return _plain_finding(sentence, amount, offset, clause, after, noun, role)


# Words between a verb and its object: the Spanish "a" of persons ("mató a 7 personas"), articles.
_OBJECT_MARKERS = frozenset("a à al de d des les los las le la il lo i gli".split())
# The words before a number read for its role in German, back to the start of its clause or the number before:
# a verb-second clause ends with its object, far from the verb ("Am Dienstag tötete eine Explosion in Kabul
# neun Menschen"). Elsewhere the three words before it.
_BEFORE_WORDS = 6
# What ends a clause for the words read around a number (and, before it in German, the number before).
_CLAUSE_MARK = re.compile(r"[,;:.!?()]")
_CLAUSE_MARK_OR_DIGIT = re.compile(r"[,;:.!?()\d]")
# Parts of a count that sit between its noun and its verb ("32 civils, dont six enfants, ont été tués").
_NESTED_PART = re.compile(r"\s*[,(–—]\s*" + _PART_CUE + r"\b[^,;:.!?()]*[,)–—]", re.IGNORECASE)


def _clause_after(text: str) -> str:
    """The words after a number up to the end of its clause, a part of the count between commas skipped."""
    first = _CLAUSE_MARK.split(text, maxsplit=1)[0]
    part = _NESTED_PART.match(text, len(first)) if _PLAIN_WORD.search(first) else None  # a noun before it
    if part is None:
        return first
    return first + " " + _CLAUSE_MARK.split(text[part.end():], maxsplit=1)[0]


def _clause_before(text: str) -> str:
    """The words before a number back to the start of its clause or the number before it."""
    return _CLAUSE_MARK_OR_DIGIT.split(text)[-1]


# Adjectives that stand between a number and its noun: German lower-case ones before a capitalised noun
# ("46 afghanische Soldaten"), Russian and Polish genitive plurals ("46 афганских военных", "46 afgańskich
# żołnierzy"), a Turkish capitalised demonym before a lower-case noun ("46 Afgan askeri").
_GENITIVE_PLURAL_ADJECTIVE = {"ru": re.compile(r"[ыи]х$"), "uk": re.compile(r"их$"), "pl": re.compile(r"[yi]ch$")}
_GERMAN_ADJECTIVE = re.compile(r"^[a-zäöüß]+(?:e|en|er|es|em)$")
_OTHERS = frozenset("innych других остальных".split())  # "others", standing for the noun
_MIN_NOUN_LETTERS = 4  # "27 погибших в": a preposition, no noun, follows


def _adjectives_before_noun(words: list[str], language: str | None) -> int:
    """How many of the first words after a number are adjectives of the noun after them (0 or 1, 2 in German)."""
    if len(words) < 2 or _plain_role(words[:1]) or words[0].lower() in _OTHERS:
        return 0  # "12 раненых доставлены", "12 innych zostało": the word that says who is the noun itself
    first, second = words[0], words[1]
    if language == "de":
        skip = 0
        while skip < min(2, len(words) - 1) and _GERMAN_ADJECTIVE.match(words[skip]):
            skip += 1
        return skip if words[skip][:1].isupper() else 0
    if language in _GENITIVE_PLURAL_ADJECTIVE:
        return int(bool(_GENITIVE_PLURAL_ADJECTIVE[language].search(first.lower())) and second[:1].islower()
                   and len(second) >= _MIN_NOUN_LETTERS)
    if language == "tr":
        return int(_turkish_lower(first) in _turkish_demonyms() and second[:1].islower()
                   and not _turkish_predicate(words[1:3]))
    if language in _PARTICIPLE_END:
        return int(_plural_word_before_noun(first, second, language))
    return 0


# The light verbs that make a verb of the noun before them: "protesto etti", "gösteri yaptı", "şehit oldu".
_TURKISH_LIGHT_VERB = re.compile(r"^(?:et(?:t|m|ti|miş)|ed(?:i|e)|yap(?:t|ı|m)|ol(?:d|m|u))", re.IGNORECASE)


def _turkish_predicate(words: list[str]) -> bool:
    """Whether the words after a Turkish demonym are the clause's verb, not a noun it qualifies: a word of what
    befell them ("Amerikalı öldü") or a noun with its light verb ("Amerikalı protesto etti"). The demonym is then
    the counted noun itself."""
    return bool(_plain_role(words[:1])) or (len(words) > 1 and _TURKISH_LIGHT_VERB.match(words[1]) is not None)


# The plural adjectives that French, Spanish and Portuguese put before the noun, the closed class of age, order,
# size and sameness that spaCy's stop-word lists hold only in part: "nouveaux décès", "últimos días", "outros casos".
_ADJECTIVES_BEFORE_NOUN = {
    "fr": frozenset("nouveaux nouvelles premiers premières derniers dernières autres jeunes vieux vieilles petits "
                    "petites grands grandes anciens anciennes".split()),
    "es": frozenset("nuevos nuevas primeros primeras últimos últimas otros otras jóvenes viejos viejas pequeños "
                    "pequeñas grandes antiguos antiguas".split()),
    "pt": frozenset("novos novas primeiros primeiras últimos últimas outros outras jovens velhos velhas pequenos "
                    "pequenas grandes antigos antigas".split()),
}


def _plural_word_before_noun(first: str, second: str, language: str) -> bool:
    """French, Spanish and Portuguese: whether a plural stop word stands before a lower-case plural word that is
    none, nor a participle: an adjective or a determiner before the noun ("89 nouveaux décès", "5 autres
    soldats", "89 nuevos casos"). A participle after a stop word says what befell it ("otros heridos")."""
    stop = stop_words(language)
    first, second = first.lower(), second.lower() if second[:1].islower() else ""
    before = first in _ADJECTIVES_BEFORE_NOUN[language] or first in stop
    return (before and first.endswith(_PLURAL_END) and second.endswith(_PLURAL_END)
            and second not in stop and not second.endswith(_PARTICIPLE_END[language]))


# French, Spanish and Portuguese put most adjectives after the noun ("3 casques bleus", "12 soldats maliens"); a
# plural noun's are plural too, in -s or -x. Polish puts a classifying adjective after it ("ofiar śmiertelnych",
# "żołnierzy amerykańskich"), in the genitive plural after five and more.
_ADJECTIVES_AFTER_LANGUAGES = frozenset("fr es pt pl".split())
_MAX_ADJECTIVES_AFTER = 2
_PLURAL_END = ("s", "x")
_MIN_ADJECTIVE_LETTERS = 3
# A participle that takes a complement is a verb of the clause, not an adjective of the noun: "89 décès dus à la
# maladie", "99 muertes relacionadas con el tráfico".
_PARTICIPLE_END = {"fr": ("és", "ées", "us", "ues", "is", "ies"), "es": ("ados", "adas", "idos", "idas"),
                   "pt": ("ados", "adas", "idos", "idas")}
_COMPLEMENT_PREPOSITIONS = {"fr": frozenset("à au aux de du des par pour avec".split()),
                            "es": frozenset("a al de del por con para".split()),
                            "pt": frozenset("a à ao aos às de do da dos das por pelo pela pelos pelas com para".split())}


def _above_one(amount: Amount) -> bool:
    return max(amount.low or 0, amount.high or 0) > 1


def _function_word(word: str, language: str | None) -> bool:
    """Whether the word after a number above one is a function word of French, Spanish, Portuguese, Italian,
    German or Polish, no noun: in the first three one of spaCy's stop words that is not plural ("han", "ont",
    "en", "del"; the plural ones, "otros", "autres", "estados", may stand for a noun or be one, and so may
    singular ones after one, "une personne", "um grupo"); in Italian one of a closed list ("si", "nei",
    "all'estero"); in German and Polish a stop word in lower case."""
    lowered = word.lower()
    if language == "it":
        return lowered in _ITALIAN_FUNCTION_WORDS or _ITALIAN_ARTICLED_PREPOSITION.match(lowered) is not None
    if language in ("de", "pl"):  # German nouns have capitals ("19 bis", "3 oder"); Polish: "dwa w", "40 na"
        return word[:1].islower() and lowered in stop_words(language)
    return (language in _PARTICIPLE_END and not lowered.endswith(_PLURAL_END)
            and lowered in stop_words(language))


# The Italian words after a number that are no noun: articles, prepositions alone and joined to their article,
# pronouns, conjunctions and the verbs of being and having ("cinque milioni si trovano", "due milioni nella
# Striscia"). A closed list: spaCy's Italian stop words hold nouns too ("persone", "anni").
_ITALIAN_FUNCTION_WORDS = frozenset(
    "il lo la i gli le un uno una "
    "a ad al allo alla ai agli alle da dal dallo dalla dai dagli dalle in nel nello nella nei negli nelle su sul "
    "sullo sulla sui sugli sulle con col per tra fra e ed o che non si ci ne mentre secondo sono è era erano sarà "
    "saranno sia siano ha hanno aveva avevano abbia abbiano".split())
# "all'estero", "nell'area": a preposition joined to its article opens a phrase, no noun.
_ITALIAN_ARTICLED_PREPOSITION = re.compile(r"(?:al|dal|nel|sul)l['’]")


def _adjectives_after_noun_length(text: str, noun: str, language: str | None) -> int:
    """How many characters of ``text`` (what follows a noun) are adjectives of it: in French, Spanish and
    Portuguese lower-case plural words right after a plural noun that are neither function words ("dans", "sans",
    "plus") nor what befell them ("tués") nor a verb with its complement ("dus à"); in Polish the genitive plural
    adjectives after it."""
    if language not in _ADJECTIVES_AFTER_LANGUAGES:
        return 0
    if language != "pl" and not noun.lower().endswith(_PLURAL_END):
        return 0
    length = 0
    for _ in range(_MAX_ADJECTIVES_AFTER):
        word = _NEXT_WORD.match(text, length)
        if word is None:
            break
        if not _adjective_after(word.group("word"), language) or _takes_complement(word, text, language):
            break
        length = word.end()
    return length


def _adjective_after(word: str, language: str) -> bool:
    if language == "pl":
        return (word[:1].islower() and _GENITIVE_PLURAL_ADJECTIVE["pl"].search(word) is not None
                and not word.endswith(_POLISH_PARTICIPLE_END) and word not in stop_words(language)
                and _plain_role([word]) is None)
    return _plural_adjective(word, language)


# Polish participles after a noun are verbs with their own complement ("przypadków związanych z", "osób
# podtrutych czadem", "koronawirusów krążących wśród"): active -ący, passive -any, -ony, -ęty, -uty.
_POLISH_PARTICIPLE_END = ("ących", "anych", "onych", "ętych", "utych")


def _plural_adjective(word: str, language: str) -> bool:
    """A plural word that is no function word, nor one with its last letter ("puedes": "puede", a verb)."""
    return (word[:1].islower() and word.endswith(_PLURAL_END) and len(word) >= _MIN_ADJECTIVE_LETTERS
            and word not in stop_words(language) and word[:-1] not in stop_words(language)
            and _plain_role([word]) is None)


def _takes_complement(word: regex.Match, text: str, language: str) -> bool:
    """Whether the word is a participle followed by a preposition that opens its complement ("dus à")."""
    if not word.group("word").endswith(_PARTICIPLE_END.get(language, ())):
        return False
    following = _NEXT_WORD.match(text, word.end())
    return following is not None and following.group("word").lower() in _COMPLEMENT_PREPOSITIONS[language]


_NEXT_WORD = regex.compile(r"[ \t]+(?P<word>\p{L}[\p{L}\p{M}]*)\b")


def _people_noun(word: str, language: str | None) -> bool:
    """Whether a capitalised plural word names a people ("Soudanais", "Syriens", "Afghans", "Américains",
    "Alemanes", "Tedeschi"): it opens with the name of a country or a language in the text's language, or with
    the adjective that names a language's regional variant ("anglais américain"), whole or short of its last letter
    ("Syri|e", "Américai|n"), or with six letters of it ("Afghan|istan"). Such a word is a counted noun, not a name
    ("des milliers de Soudanais")."""
    if language == "tr":
        return _turkish_demonym(word)
    folded = _fold(word)
    if not folded.endswith(_PEOPLE_PLURAL_END.get(language or "", _PLURAL_END)):
        return False
    return any(folded.startswith(stem[:max(len(stem) - 1, _MIN_PEOPLE_STEM)])
               or (len(stem) > _LONG_PEOPLE_STEM and folded.startswith(stem[:_LONG_PEOPLE_STEM]))
               for stem in _people_stems(language))


_MIN_PEOPLE_STEM = 4
_LONG_PEOPLE_STEM = 6
# The plural endings of a people's name where they are not -s or -x: "Tedeschi", "Amerykanów", "Niemcy".
_PEOPLE_PLURAL_END = {"it": ("i", "e"), "pl": ("ow", "ie", "cy")}


@lru_cache(maxsize=16)
def _people_stems(language: str | None) -> tuple[str, ...]:
    """What a people's name opens with in ``language``, from CLDR (accent-folded, lower-case, one word): the names
    of countries ("Syrie"); of the languages with a two-letter code, which many languages name after their
    people ("allemand", "alemán", "tedesco"); and the adjectives that name a language's regional variants, which
    are the region's people's ("anglais américain", "inglés estadounidense", "angielski amerykański"), where the country's name is unlike
    them ("États-Unis")."""
    from babel import Locale, UnknownLocaleError

    try:
        locale = Locale.parse(language or "en")
    except (UnknownLocaleError, ValueError):
        return ()
    names = {name for code, name in locale.territories.items() if code.isalpha()}
    names |= {name for code, name in locale.languages.items() if len(code) == 2}  # the major ones, not "Koro"
    for code, name in locale.languages.items():
        base, _, region = code.partition("_")
        if len(region) == 2 and region.isalpha() and (base_name := locale.languages.get(base)):
            names |= set(name.split()) - set(base_name.split())
    return tuple(sorted({_fold(name) for name in names if name.isalpha() and len(name) >= _MIN_PEOPLE_STEM}))


def _fold(word: str) -> str:
    """Lower-case, without accents ("Français" -> "francais")."""
    return "".join(c for c in unicodedata.normalize("NFD", word.lower()) if not unicodedata.combining(c))


def _turkish_demonym(word: str) -> bool:
    """A Turkish demonym, singular (Turkish counts in the singular: "yüzlerce Amerikalı") or plural ("-lar")."""
    lower = _turkish_lower(word)
    return lower in _turkish_demonyms() or lower[-3:] in ("lar", "ler") and lower[:-3] in _turkish_demonyms()


def _turkish_lower(word: str) -> str:
    return word.replace("I", "ı").replace("İ", "i").lower()


# Turkish names a people by an adjective of its own ("Afgan askeri", "Alman turist") or by its country's name and
# "-lı" in vowel harmony ("Suriyeli", "Iraklı", "Pakistanlı"); the first kind, of the peoples news names.
_TURKISH_OWN_DEMONYMS = (
    "afgan türk alman rus arap kürt fransız ingiliz amerikan japon italyan ispanyol portekiz yunan ermeni gürcü "
    "azeri özbek kazak kırgız tacik türkmen moğol macar sırp hırvat boşnak arnavut bulgar rumen çek slovak fin leh "
    "hint hintli suudi çeçen uygur fars acem yahudi"
)
_TURKISH_LI = {"a": "lı", "ı": "lı", "o": "lu", "u": "lu", "e": "li", "i": "li", "ö": "lü", "ü": "lü"}


@lru_cache(maxsize=1)
def _turkish_demonyms() -> frozenset[str]:
    """Lower-case Turkish demonyms: the peoples' own adjectives and every one-word country name of CLDR with
    its "-lı"."""
    from babel import Locale

    forms = set(_TURKISH_OWN_DEMONYMS.split())
    for name in Locale.parse("tr").territories.values():
        if " " in name or not name.isalpha():
            continue
        lower = _turkish_lower(name)
        vowels = [c for c in lower if c in _TURKISH_LI]
        if vowels:
            forms.add(lower + _TURKISH_LI[vowels[-1]])
    return frozenset(forms)


def _arabic_noun_count(sentence: Sentence, amount: Amount, noun: str) -> Finding | None:
    """A count written with its Arabic noun ("جنديان", "شخص واحد"): the role from the noun itself ("قتيلان"),
    else from the nearest role word before it (the verb opens an Arabic clause: "أصيب جنديان"), else after it."""
    before = _plain_words_before(sentence, amount)  # nearest first
    clause = re.split(r"[,;:.!?()،؛]", sentence.text[amount.end - sentence.start:], maxsplit=1)[0]
    after = _PLAIN_WORD.findall(clause)[:4]
    role = _plain_role([noun]) or _plain_role(before) or _plain_role(after)
    if role is None and amount.low == 1:
        return None  # "رجل واحد" alone is no count, as "a man" is none without what befell him
    subject = " ".join([noun] + after)
    return Finding("count", subject, {**amount.value, "what": noun, "role": role}, amount.start, amount.end)


def _han_counts(sentence: Sentence, amounts: list[Amount]) -> list[Finding]:
    """Chinese and Japanese counts (:mod:`newsdesk.facts.cjk`), each amount between its neighbours."""
    ends = [sentence.start] + [a.end for a in amounts]
    starts = [a.start for a in amounts[1:]] + [sentence.end]
    found = (han_count(sentence, amount, previous_end, next_start)
             for amount, previous_end, next_start in zip(amounts, ends, starts))
    return [finding for finding in found if finding is not None]


def _elided(word: str) -> str:
    """"d'animaux" -> "animaux"."""
    return re.sub(r"^(?:d|l|qu)['’]", "", word, flags=re.IGNORECASE)


def _plain_role(words: list[str]) -> str | None:
    lowered = [w.lower() for w in words]
    for i, word in enumerate(lowered):
        if _ARABIC_SCRIPT.match(word):
            found = next((role for root, role in _ARABIC_ROOTS if root in word), None)
            if found:
                return found
            continue
        for stem, role in _PLAIN_STEMS:
            if word.startswith(stem):
                return role
        if word == "tot":
            return "killed"
        for bigram, role in _PLAIN_BIGRAMS.items():
            if " ".join(lowered[i:i + bigram.count(" ") + 1]).startswith(bigram):  # "hayatını kaybettiği"
                return role
        if _TURKISH_PROTEST.match(" ".join(lowered[i:i + 2])):
            return "protesters"
    return None


# -- parts of a count ---------------------------------------------------------------------------------------

# "Eight civilians, three of them children": the part's own words say whose part it is
_PART_GAP = re.compile(r"\s*[,(–—-]\s*")
_PART_OF = re.compile(r"[\w-]+(?:\s+[\w-]+)?\s+of\s+(?:them|whom)\b", re.IGNORECASE)


def _nest(text: str, findings: list[Finding]) -> None:
    """'46 soldiers, including five officers': the part gets its own span and subject, the whole covers it."""
    for outer, inner in zip(findings, findings[1:]):
        gap = text[outer.end:inner.start]
        cue = _NESTED_CUE.match(gap) or (None if gap.isascii() else nested_part(gap))
        part_of = _PART_OF.match(text, inner.start, inner.end) if _PART_GAP.fullmatch(gap) else None
        if (cue is None and part_of is None) or outer.start > inner.start:
            continue
        if cue is not None:
            inner.start = outer.end + cue.start("cue")
        outer.end = max(outer.end, inner.end)
        what = inner.value.get("what") or "people"
        inner.subject = f"{what} among them"
    for part, whole in zip(findings, findings[1:]):
        cue = _TURKISH_PART_BEFORE.search(text, 0, part.start)
        if cue is not None and _TURKISH_PART_GAP.fullmatch(text, part.end, whole.start):
            whole.start = cue.start(1)  # the whole covers its part, as "46 soldiers, including five officers"
            part.subject = f"{part.value.get('what') or 'people'} among them"


# Turkish names the part before the whole: "aralarında 3 polisin de bulunduğu 15 kişi" (15 people, 3 police
# officers among them).
_TURKISH_PART_BEFORE = re.compile(r"(?:^|\s)(aralarında)\s+$", re.IGNORECASE)
_TURKISH_PART_GAP = re.compile(r"\s+(?:de|da|te|ta)?\s*(?:bulunduğu|olduğu)\s+", re.IGNORECASE)
