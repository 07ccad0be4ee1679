"""Amounts in running text: numerals, number words, qualifiers, ranges, vague amounts.

:func:`find_amounts` returns every amount that could be a count of something,
with its character span, and leaves out the numbers that are not counts:
years, dates, times of day, ages and durations, money, percentages,
measurements, phone numbers, ordinals and identifiers ("Article 370",
"F-16", "Zona 7").

How a phrase becomes bounds (``Amount.low``/``Amount.high``, both inclusive):

- plain numbers are exact: "46", "forty-six", "quarante-six", "1,000", "two dozen" (24),
  "1.5 million", "2 millones";
- "at least 46", "no fewer than", "46 or more" give ``low=46``;
- "more than 1,000", "over", "above" give ``low=1001``: *more than* is
  strict, so the bound is the next integer;
- "up to 15", "as many as", "at most" give ``high=15``; "fewer than 15",
  "less than", "under" give ``high=14``;
- "about/around/approximately/some/an estimated N" give N +- d and
  "nearly/almost/close to N" give [N - d, N], with d = max(1, round(N / 10)):
  a reporter's round figure is read as within ten per cent;
- ranges "between 10 and 15", "10-15", "10 to 15", "two or three" give both;
- a vague amount is the smallest number the words can literally mean, as a
  lower bound only: "a few" 2, "several" 3, "dozens" 24 (two dozen),
  "scores" 40, "hundreds" 200, "thousands" 2,000, "tens of thousands"
  20,000, "several hundred" 300; other languages likewise ("plusieurs" and
  "varios" mean more than one: 2; "des dizaines"/"decenas" 20). This is the
  most conservative reading that is still true; conflict coders such as ACLED
  code vague tolls lower still (by convention, not by meaning).

>>> [(a.quote, a.value) for a in find_amounts("At least 46 soldiers and more than 1,000 others", "en")]
[('At least 46', {'min': 46}), ('more than 1,000', {'min': 1001})]
>>> [a.value for a in find_amounts("On 9 May 2020, a 25-year-old and dozens of people", "en")]
[{'min': 24}]
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from collections.abc import Callable
from functools import lru_cache

from text_to_num import find_numbers


@dataclass(frozen=True, slots=True)
class Amount:
    """One amount: its span (qualifier included), the numeral's span, its bounds."""

    start: int
    end: int
    number_start: int
    number_end: int
    low: int | None
    high: int | None
    qualifier: str
    quote: str
    from_word: bool = False

    @property
    def value(self) -> dict[str, int]:
        """The CONTRACT form: {"exact": n} | {"min": n} | {"max": n} | {"min": a, "max": b}."""
        if self.low is not None and self.low == self.high:
            return {"exact": self.low}
        out: dict[str, int] = {}
        if self.low is not None:
            out["min"] = self.low
        if self.high is not None:
            out["max"] = self.high
        return out


# -- vocabulary -----------------------------------------------------------------------------------

_SCALES = {
    "thousand": 1_000, "thousands": 1_000, "million": 1_000_000, "millions": 1_000_000,
    "billion": 1_000_000_000, "lakh": 100_000, "lakhs": 100_000, "crore": 10_000_000,
    "crores": 10_000_000, "mil": 1_000, "millón": 1_000_000, "millones": 1_000_000, "mille": 1_000,
    "milliard": 1_000_000_000, "milliards": 1_000_000_000, "tausend": 1_000, "million(en)": 1_000_000,
    "millionen": 1_000_000, "milliarde": 1_000_000_000, "milliarden": 1_000_000_000,
    "milhão": 1_000_000, "milhões": 1_000_000, "bilhão": 1_000_000_000, "bilhões": 1_000_000_000,
    "mila": 1_000, "milione": 1_000_000, "milioni": 1_000_000, "miliardo": 1_000_000_000, "miliardi": 1_000_000_000,
    "dozen": 12,
    "тысяч": 1_000, "тысячи": 1_000, "тысяча": 1_000, "миллион": 1_000_000, "миллиона": 1_000_000,
    "миллионов": 1_000_000, "миллиард": 1_000_000_000, "миллиарда": 1_000_000_000,
    "миллиардов": 1_000_000_000, "bin": 1_000, "milyon": 1_000_000, "milyar": 1_000_000_000,
    "ألف": 1_000, "آلاف": 1_000, "مليون": 1_000_000, "ملايين": 1_000_000, "مليار": 1_000_000_000,
    "हजार": 1_000, "हज़ार": 1_000, "लाख": 100_000, "करोड़": 10_000_000, "करोड": 10_000_000,
    "tys": 1_000, "tysiąc": 1_000, "tysiące": 1_000, "tysięcy": 1_000, "mln": 1_000_000, "milion": 1_000_000,
    "miliony": 1_000_000, "milionów": 1_000_000, "mld": 1_000_000_000, "miliard": 1_000_000_000,
    "miliardy": 1_000_000_000, "miliardów": 1_000_000_000,
}
# "two dozen", "three dozen": text2num knows no "dozen", so a number word before it stops short
_DOZEN_AFTER = re.compile(r"[\s-]+dozen\b(?!s)", re.IGNORECASE)

# Qualifier before the numeral -> how it bounds the number n.
_BEFORE = {
    "at least": "at least", "no fewer than": "at least", "no less than": "at least",
    "a minimum of": "at least", "au moins": "at least", "al menos": "at least",
    "por lo menos": "at least", "mindestens": "at least", "pelo menos": "at least", "almeno": "at least",
    "more than": "more than", "over": "more than", "above": "more than", "in excess of": "more than",
    "upwards of": "more than", "plus de": "more than", "más de": "more than", "mehr als": "more than",
    "über": "more than", "mais de": "more than", "oltre": "more than", "just over": "more than",
    "up to": "up to", "as many as": "up to", "at most": "up to", "no more than": "up to",
    "a maximum of": "up to", "jusqu'à": "up to", "jusqu’à": "up to", "hasta": "up to",
    "bis zu": "up to", "até": "up to", "fino a": "up to",
    "fewer than": "fewer than", "less than": "fewer than", "under": "fewer than", "below": "fewer than",
    "moins de": "fewer than", "menos de": "fewer than", "weniger als": "fewer than",
    "meno di": "fewer than", "just under": "fewer than",
    "about": "about", "around": "about", "approximately": "about", "approx.": "about",
    "roughly": "about", "some": "about", "an estimated": "about", "estimated": "about",
    "environ": "about", "quelque": "about", "alrededor de": "about", "unos": "about", "unas": "about",
    "aproximadamente": "about", "etwa": "about", "rund": "about", "ungefähr": "about", "circa": "about",
    "cerca de": "about", "près de": "nearly",
    "nearly": "nearly", "almost": "nearly", "close to": "nearly", "presque": "nearly", "casi": "nearly",
    "fast": "nearly", "knapp": "nearly", "quase": "nearly", "quasi": "nearly",
    "не менее": "at least", "по меньшей мере": "at least", "как минимум": "at least",
    "минимум": "at least", "более": "more than", "больше": "more than", "свыше": "more than",
    "не более": "up to", "менее": "fewer than", "около": "about", "примерно": "about", "порядка": "about",
    "почти": "nearly", "ما لا يقل عن": "at least", "لا يقل عن": "at least", "أكثر من": "more than",
    "أقل من": "fewer than", "نحو": "about", "حوالي": "about", "قرابة": "nearly", "زهاء": "about",
    "en az": "at least", "en fazla": "up to", "yaklaşık": "about", "neredeyse": "nearly",
    "co najmniej": "at least", "przynajmniej": "at least", "ponad": "more than", "więcej niż": "more than",
    "mniej niż": "fewer than", "około": "about", "blisko": "nearly", "prawie": "nearly", "niemal": "nearly",
    "कम से कम": "at least", "लगभग": "about", "करीब": "about", "क़रीब": "about", "तकरीबन": "about",
}
_AFTER_MIN = re.compile(r"\s*(?:or more\b|and more\b|-plus\b|\+|ou plus\b|o más\b|oder mehr\b|ou mais\b)",
                        re.IGNORECASE)
# Qualifiers written after the number: Turkish "100'den fazla" (more than 100), Hindi "100 से अधिक".
_AFTER_QUALIFIERS: tuple[tuple[re.Pattern, str], ...] = (
    (re.compile(r"['’]?[dt][ae]n\s+(?:fazla|çok)(?!\w)", re.IGNORECASE), "more than"),
    (re.compile(r"['’]?[dt][ae]n\s+az(?!\w)", re.IGNORECASE), "fewer than"),
    (re.compile(r"\s+से\s+(?:अधिक|ज्यादा|ज़्यादा|ऊपर)"), "more than"),
    (re.compile(r"\s+से\s+कम(?![\w\u0900-\u097f])"), "fewer than"),
)
_RANGE_JOIN = re.compile(r"\s*(?:-|–|—|to|or|à|ou|a|o|bis|oder)\s*$", re.IGNORECASE)
_BETWEEN = re.compile(r"(?:between|entre|zwischen|tra|fra)\s+$", re.IGNORECASE)
_BETWEEN_AND = re.compile(r"\s*(?:and|et|y|und|e)\s*$", re.IGNORECASE)

# Vague amounts: pattern -> smallest literal reading (a lower bound), or (n, "about") for
# "une dizaine" style words that mean "about n".
_VAGUE: tuple[tuple[str, int, str], ...] = (
    (r"tens of thousands", 20_000, "vague"), (r"hundreds of thousands", 200_000, "vague"),
    (r"(?:several|a few) (?:hundred|thousand|dozen|million)", 0, "vague"),
    (r"half a dozen", 6, "exact"), (r"a dozen", 12, "exact"), (r"a score of", 20, "exact"),
    (r"a couple of", 2, "vague"), (r"a handful of", 2, "vague"), (r"a few", 2, "vague"),
    (r"several", 3, "vague"), (r"dozens", 24, "vague"), (r"scores(?= of)", 40, "vague"),
    (r"hundreds", 200, "vague"), (r"thousands", 2_000, "vague"), (r"millions", 2_000_000, "vague"),
    (r"une dizaine", 10, "about"), (r"une vingtaine", 20, "about"), (r"une trentaine", 30, "about"),
    (r"une centaine", 100, "about"), (r"un millier", 1_000, "about"), (r"une douzaine", 12, "exact"),
    (r"dizaines", 20, "vague"), (r"centaines", 200, "vague"), (r"milliers", 2_000, "vague"),
    (r"plusieurs", 2, "vague"), (r"quelques", 2, "vague"),
    (r"una decena", 10, "about"), (r"una docena", 12, "exact"), (r"decenas", 20, "vague"),
    (r"docenas", 24, "vague"), (r"cientos", 200, "vague"), (r"centenares", 200, "vague"),
    (r"miles", 2_000, "vague"), (r"varios", 2, "vague"), (r"varias", 2, "vague"),
    (r"ein dutzend", 12, "exact"), (r"dutzende", 24, "vague"), (r"zehntausende", 20_000, "vague"),
    (r"hunderte", 200, "vague"), (r"tausende", 2_000, "vague"), (r"mehrere", 2, "vague"),
    (r"dezenas", 20, "vague"), (r"centenas", 200, "vague"), (r"milhares", 2_000, "vague"),
    (r"vários", 2, "vague"), (r"várias", 2, "vague"),
    (r"una decina", 10, "about"), (r"decine", 20, "vague"), (r"centinaia", 200, "vague"),
    (r"migliaia", 2_000, "vague"), (r"una ventina", 20, "about"), (r"una trentina", 30, "about"),
    (r"una cinquantina", 50, "about"), (r"un centinaio", 100, "about"), (r"un migliaio", 1_000, "about"),
    (r"una dozzina", 12, "exact"), (r"dozzine", 24, "vague"),
    (r"una veintena", 20, "about"), (r"una treintena", 30, "about"), (r"un centenar", 100, "about"),
    (r"un millar", 1_000, "about"),
    # Polish: "tens" and "several tens" as "dizaines" (20), "a dozen or so" (kilkanaście) from 11
    (r"(?:dziesiątki|dziesiątek) tysięcy", 20_000, "vague"), (r"(?:setki|setek) tysięcy", 200_000, "vague"),
    (r"(?:kilka|kilku) tysięcy", 2_000, "vague"), (r"kilkaset|kilkuset", 200, "vague"),
    (r"kilkadziesiąt|kilkudziesięciu", 20, "vague"), (r"kilkanaście|kilkunastu", 11, "vague"),
    (r"dziesiątki|dziesiątek", 20, "vague"), (r"setki|setek", 200, "vague"), (r"tysiące", 2_000, "vague"),
    # Turkish, Russian, Arabic, Hindi: "tens" as "dizaines" (20), "dozens" 24, "hundreds" 200
    (r"on binlerce", 20_000, "vague"), (r"yüz binlerce", 200_000, "vague"), (r"onlarca", 20, "vague"),
    (r"düzinelerce", 24, "vague"), (r"yüzlerce", 200, "vague"), (r"binlerce", 2_000, "vague"),
    (r"(?:десятки|десятков) тысяч", 20_000, "vague"), (r"(?:сотни|сотен) тысяч", 200_000, "vague"),
    (r"десятки|десятков|десятками", 20, "vague"), (r"сотни|сотен|сотнями", 200, "vague"),
    (r"(?:عشرات|العشرات) (?:الآلاف|آلاف)", 20_000, "vague"), (r"(?:مئات|المئات) (?:الآلاف|آلاف)", 200_000, "vague"),
    (r"عشرات|العشرات", 20, "vague"), (r"مئات|المئات", 200, "vague"), (r"آلاف|الآلاف", 2_000, "vague"),
    (r"दसियों", 20, "vague"), (r"दर्जनों", 24, "vague"), (r"सैक(?:\u0921\u093c|\u095c)ों", 200, "vague"),
    (r"हज(?:\u093c?|\u095b)ारों|ह\u095bारों", 2_000, "vague"), (r"लाखों", 200_000, "vague"),
)
_VAGUE_SCALE = {"hundred": 100, "thousand": 1_000, "dozen": 12, "million": 1_000_000}

# Month names written out for the languages text2num reads; those of other languages come from CLDR on first use
# (``_month_patterns``: loading them at import cost every process 30 ms).
_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|"
    "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|"
    "enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|"
    "januar|jänner|februar|märz|juni|juli|oktober|dezember|"
    "janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro|"
    "gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre"
)
_CLDR_MONTH_LANGUAGES = ("pl", "cs", "ru", "tr", "nl", "ar")


@lru_cache(maxsize=1)
def _month_patterns() -> tuple[re.Pattern, re.Pattern]:
    """A month's name ending the text before a figure, and opening the text after it ("10 maja", "5 марта")."""
    months = _MONTHS + "|" + "|".join(sorted(map(re.escape, _cldr_month_names(_CLDR_MONTH_LANGUAGES))))
    return (re.compile(rf"\b(?:{months})\.?\s*(?:de\s+|of\s+)?$", re.IGNORECASE),
            re.compile(rf"^(?:st|nd|rd|th|er|º)?\.?\s*(?:of\s+|de\s+)?(?:{months})\b", re.IGNORECASE))


def _cldr_month_names(languages: tuple[str, ...]) -> set[str]:
    """The wide month names of ``languages`` (CLDR, lower case), as a date writes them ("10 maja", "5 марта") and
    alone ("maj")."""
    from babel.dates import get_month_names

    return {name.lower() for language in languages for context in ("format", "stand-alone")
            for name in get_month_names("wide", context=context, locale=language).values()}


_YEAR_CONTEXT = re.compile(
    r"\b(?:in|since|of|until|till|by|from|before|after|during|early|late|mid|year|years|the|"
    r"en|de|desde|im|seit|von|bis|dal|nel|em|année|año|jahr|between|and|to)\s*-?$",
    re.IGNORECASE,
)
_TIME_AFTER = re.compile(
    r"^(?::\d\d|h\d\d|\s*(?:[ap]\.?\s?m\b\.?|o'clock|o’clock|hrs\b|h\b|GMT|UTC|IST|local time|uhr|heures?\b|horas?\b))",
    re.IGNORECASE,
)
_AGE_OR_DURATION_AFTER = re.compile(
    r"^[\s-]*(?:(?:years?|yrs?|months?|ans|años|anos|jahren?|anni)\b|-?jährig)", re.IGNORECASE,
)
_AGE_BEFORE = re.compile(r"\b(?:aged|age|ages|âgée?s? de|de edad de|im alter von)\s*$", re.IGNORECASE)
# Words of Russian, Arabic, Turkish, Hindi, Polish, Czech and Slovak after a number that make it a duration, an age, an hour of
# the day, a share or a distance ("40 лет", "45 yaşındaki", "10 बजे", "6 प्रतिशत"). Devanagari words may
# end in a vowel sign, after which \b never holds: the end is "no letter follows".
_OTHER_UNIT_AFTER = re.compile(
    r"^[\s-]*(?:лет|года?|годам?|месяц(?:а|ев)?|недел[ьи]|дн(?:я|ей)|день|час(?:а|ов)?|минут|секунд|"
    r"процент(?:а|ов)?|км|километр(?:а|ов)?|yaş\w*|yıl\w*|saat\w*|dakika\w*|gün\w*|hafta\w*|"
    r"kilometre\w*|sene\w*|عاما|عامًا|سنة|سنوات|أعوام|ساعة|ساعات|دقيقة|دقائق|يوما|أيام|أسابيع|أشهر|"
    r"كيلومتر\w*|بالمئة|بالمائة|في المئة|في المائة|साल|वर्ष\S*|बजे|घंटे|घंटों|मिनट|दिन|दिनों|महीने|"
    r"हफ्ते|प्रतिशत|फीसदी|फ़ीसदी|किलोमीटर|"
    r"lat|lata|latach|roku|lat\w+|let\w+|godzin\w*|godz|minut\w*|dni|tygodni\w*|miesięcy|miesiące|proc|procent\w*|"
    r"let|rok\w*|hodin\w*|hodín|dn[íůy]|týdn\w*|týžd\w*|měsíc\w*|mesiac\w*|percent\w*)"
    r"(?![^\W\d_])",
    re.IGNORECASE,
)
# Words before a number that make it an hour of the day or a share: "a las 8", "saat 14", "yüzde 60".
_OTHER_UNIT_BEFORE = re.compile(r"(?:\b(?:a las|a la|alle|às|saat|yüzde|yuzde|godz\.|o godzinie)|%"
                                r"|\b\d{1,2}\s?h)\s*$",  # the minutes of "3 h 15", French for 3:15
                                re.IGNORECASE)
_PERCENT_AFTER = re.compile(
    r"^\s*(?:%|percent\b|per cent\b|pour cent\b|por ciento\b|prozent\b|por cento\b|per cento\b|"
    r"percentage)", re.IGNORECASE)
_CURRENCY_BEFORE = re.compile(
    r"(?:[$€£¥₹₦₩₱₽]|\bUS\$|\bUSD|\bEUR|\bGBP|\bRs\.?|\bINR|\bRp|R\$|\bTk|\bKSh|\bAfs?)\s*$")
_CURRENCY_AFTER = re.compile(
    r"^\s*(?:(?:de|di|d['’])\s*)?(?:[$€£¥₹]|(?:us |u\.s\. |american |hong kong )?dollars?\b|euros?\b|pounds?\b|rupees?\b|"
    r"naira\b|pesos?\b|reais\b|rubles?\b|roubles?\b|yuan\b|yen\b|francs?\b|dinars?\b|riyals?\b|"
    r"shillings?\b|cedis?\b|rand\b|hryvnias?\b|liras?\b|afghanis?\b|taka\b|bolivars?\b|bolívares\b|"
    r"dirhams?\b|usd\b|eur\b|dólares\b|dollari\b|birr\b|kwacha\b|rials?\b|soles\b|lempiras\b|quetzales\b|"
    r"рубл(?:ь|я|ей)|доллар(?:а|ов)?|евро|гривен|гривн|lira\b|tl\b|dolar\b|avro\b|euro\b|دولار|يورو|"
    r"جنيه|دينار|ريال|ليرة|रुपये|रुपए|रुपया|डॉलर)",
    re.IGNORECASE,
)
_UNIT_AFTER = re.compile(
    r"^(?:\s*|-)(?:km|kms|kilomet(?:er|re)s?|miles?|met(?:er|re)s?|m|mm|cm|kg|kilo(?:gram)?s?|tonnes?|"
    r"tons?|hectares?|ha|acres?|degrees?|°|hours?|hrs?|minutes?|mins?|seconds?|secs?|days?|weeks?|"
    r"nights?|decades?|centuries|times|litres?|liters?|mw|gw|mph|km/h|feet|foot|ft|inch(?:es)?|"
    r"storey|story|stories|jours?|semaines?|mois|heures|días|semanas|meses|tage|wochen|monate|"
    r"stunden|minutos|minuten|dias|giorni|gradi|grados|grad|sq|square|cubic|gb|mb|mbps)\b",
    re.IGNORECASE,
)
_IDENTIFIER_BEFORE = re.compile(
    r"\b(?:article|art|section|sec|no|nos|number|nr|nº|n°|resolution|chapter|clause|rule|paragraph|"
    r"para|page|pp|p|route|highway|road|street|st|avenue|zone|zona|block|sector|ward|phase|level|line|"
    r"point|plot|room|flight|channel|version|grade|class|unit|batch|division|brigade|battalion|"
    r"regiment|squad|precinct|gate|km|kilometer|kilometre|mile|vol|volume|item|case|file|code|covid|"
    r"category|tier|stage|season|episode|act|law|bill|decree|order|platform|terminal|building|"
    r"apartment|flat|floor|row|lot|bus|train|tower|camp|site|area|district|village|sub-sector|"
    r"sous-secteur|numéro|artículo|artikel|kilómetro|calle|rue|via|km\.)\.?\s*[-#:]?\s*$",
    re.IGNORECASE,
)
_PHONE = re.compile(r"(?:\+\d{1,3}[\s.-]?)?(?:\(\d{1,4}\)[\s.-]?)?\d{2,4}(?:[\s.-]\d{2,8})+")
_DATE_FORM = re.compile(r"\b\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}\b")
_PEOPLE_AFTER_YEAR = frozenset(
    "people persons protesters demonstrators soldiers troops residents workers families households "
    "students civilians migrants refugees prisoners inmates police policemen officers men women children".split()
)
_FUNCTION_WORDS = frozenset(
    "the a an at about some over up as more less fewer nearly almost around and or but of to in on by "
    "for with from than least another all these those its their his her our only just killing "
    "la le les el los las der die das des du un una une ein eine".split()
)

_DIGITS_EN = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")
# Outside English a space may group thousands too ("75 500", "10 000"), but only before exactly three digits that
# end the number, so that years in a row ("2019 2020") and lists ("3 5 7") stay apart; not after another number
# or before a dash, as in telephone numbers ("0552 189 0 189", "3 231 186-1111").
_DIGITS_OTHER = re.compile(
    r"(?<!\d )\d{1,3}(?:(?:[.\u00a0\u202f]| (?=\d{3}(?!\d|[.-]\d)))\d{3})+(?:,\d+)?|\d+(?:,\d+)?")
_SCALE_AFTER = re.compile(
    r"^[\s-]*(" + "|".join(sorted((re.escape(k) for k in _SCALES if "(" not in k), key=len, reverse=True))
    + r")(?!\w)", re.IGNORECASE)
_TURKISH_PART = re.compile(r" (\d{1,3})(?![\d.,]?\d)(?: (bin|milyon)(?!\w))?", re.IGNORECASE)
_WORD_TOKEN = re.compile(r"[^\W\d_]+|[-‐]")
_BARE_SCALES = frozenset("hundred thousand million billion cent cents mille million millions hundert "
                         "tausend millón mil milhão".split())
_TEXT2NUM_LANGUAGES = frozenset({"en", "fr", "es", "pt", "de", "it"})
_CHEAP_GATE = re.compile(r"\d")
# Arabic writes "and", "with" and "for" as one letter joined to the next word ("وعشرات", "and tens").
_ARABIC_CLITICS = "وبل"
# Marks inside words of Devanagari and Arabic (vowel signs, nukta, virama, harakat), which are no \w: a
# word is letters and these, and its edges are where neither is.
_MARKS = "\u0900-\u0903\u093a-\u094f\u0951-\u0957\u0962\u0963\u064b-\u065f\u0670"
_WORD_START = rf"(?:(?<![\w{_MARKS}])|(?<=(?<![\w{_MARKS}])[{_ARABIC_CLITICS}]))"
_WORD_END = rf"(?![\w{_MARKS}])"
_LETTERS = re.compile(rf"(?:[^\W\d_]|[{_MARKS}])+")
_NUMBER_WORDS = frozenset((
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand "
    "million billion dozen score "
    "un une deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize vingt "
    "vingts trente quarante cinquante soixante cent cents mille "
    "uno una dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince dieciséis "
    "diecisiete dieciocho diecinueve veinte treinta cuarenta cincuenta sesenta setenta ochenta noventa "
    "cien ciento mil quinientos "
    "ein eine zwei drei vier fünf sechs sieben acht neun zehn elf zwölf zwanzig dreißig vierzig fünfzig "
    "hundert tausend "
    "um uma dois duas três quatro sete oito nove dez onze doze treze catorze quinze dezesseis dezessete dezoito "
    "dezenove dezasseis dezassete dezanove vinte trinta quarenta cinquenta sessenta setenta oitenta noventa cem cento quinhentos "
    "due tre quattro cinque sei sette otto nove dieci undici dodici tredici quattordici quindici sedici "
    "diciassette diciotto diciannove venti trenta quaranta cinquanta sessanta settanta ottanta novanta mille "
    "cento"
).split())
_VAGUE_STARTS = frozenset(unicodedata.normalize("NFC", word) for word in (
    "tens hundreds thousands millions several few couple handful half dozen dozens scores score "
    "dizaine vingtaine trentaine centaine millier douzaine dizaines centaines milliers plusieurs quelques "
    "decena docena decenas docenas cientos centenares miles varios varias dutzend dutzende zehntausende "
    "hunderte tausende mehrere dezenas centenas milhares vários várias decina decine centinaia migliaia "
    "onlarca düzinelerce yüzlerce binlerce десятки десятков десятками сотни сотен сотнями "
    "ventina trentina cinquantina centinaio migliaio dozzina dozzine veintena treintena centenar millar "
    "dziesiątki dziesiątek setki setek tysiące kilka kilku kilkaset kilkuset kilkadziesiąt kilkudziesięciu "
    "kilkanaście kilkunastu "
    "عشرات العشرات مئات المئات آلاف الآلاف दसियों दर्जनों सैकड़ों हजारों हज़ारों लाखों"
).split())
# Compound number words of the other languages: "sechsundvierzig", "veintitrés", "doscientos".
_COMPOUND_NUMBER = re.compile(
    r"(?:veinti|dieci|\w+cient[oa]s$|\w+zent[oa]s$|\w+hundert|\w+tausend|\w+zig$|\w+ßig$|\w+zehn$|"
    r"\w+und\w+zig|"
    # Italian: "trentadue", "ventitré", "centocinquanta", "duecento", "tremila"
    r"(?:vent|trent|quarant|cinquant|sessant|settant|ottant|novant)a?(?:uno|due|tré|tre|quattro|cinque|sei|"
    r"sette|otto|nove)$|cento\w+$|\w+cento$|\w+mila$)")


# Cardinal words of languages text2num does not read, in the forms a count takes (Russian nominative and
# genitive-after-preposition forms; Turkish has one form, and its "bir" is as much the article "a" as "one").
_ADDITIVE_WORDS: dict[str, dict[str, int]] = {
    "ru": {word: value for value, words in {
        1: "один одна одно", 2: "два две двух", 3: "три трёх трех", 4: "четыре четырёх четырех",
        5: "пять пяти", 6: "шесть шести", 7: "семь семи", 8: "восемь восьми", 9: "девять девяти",
        10: "десять десяти", 11: "одиннадцать", 12: "двенадцать", 13: "тринадцать", 14: "четырнадцать",
        15: "пятнадцать", 16: "шестнадцать", 17: "семнадцать", 18: "восемнадцать", 19: "девятнадцать",
        20: "двадцать двадцати", 30: "тридцать тридцати", 40: "сорок сорока", 50: "пятьдесят пятидесяти",
        60: "шестьдесят", 70: "семьдесят", 80: "восемьдесят", 90: "девяносто", 100: "сто",
        200: "двести", 300: "триста", 400: "четыреста", 500: "пятьсот",
    }.items() for word in words.split()},
    # Polish: nominative and the genitive/virile forms a count of people takes ("trzech policjantów",
    # "pięciu żołnierzy"); not "jeden", as much "a" as "one".
    "pl": {word: value for value, words in {
        2: "dwa dwie dwóch dwaj dwoje", 3: "trzy trzech troje", 4: "cztery czterech czworo", 5: "pięć pięciu",
        6: "sześć sześciu", 7: "siedem siedmiu", 8: "osiem ośmiu", 9: "dziewięć dziewięciu",
        10: "dziesięć dziesięciu", 11: "jedenaście jedenastu", 12: "dwanaście dwunastu", 13: "trzynaście trzynastu",
        14: "czternaście czternastu", 15: "piętnaście piętnastu", 16: "szesnaście szesnastu",
        17: "siedemnaście siedemnastu", 18: "osiemnaście osiemnastu", 19: "dziewiętnaście dziewiętnastu",
        20: "dwadzieścia dwudziestu", 30: "trzydzieści trzydziestu", 40: "czterdzieści czterdziestu",
        50: "pięćdziesiąt pięćdziesięciu", 60: "sześćdziesiąt sześćdziesięciu", 70: "siedemdziesiąt siedemdziesięciu",
        80: "osiemdziesiąt osiemdziesięciu", 90: "dziewięćdziesiąt dziewięćdziesięciu", 100: "sto stu",
        200: "dwieście dwustu", 300: "trzysta trzystu", 400: "czterysta czterystu", 500: "pięćset pięciuset",
        600: "sześćset sześciuset", 700: "siedemset siedmiuset", 800: "osiemset ośmiuset",
        900: "dziewięćset dziewięciuset",
    }.items() for word in words.split()},
    # Czech and Slovak: nominative, and the genitive and (Slovak) masculine forms of people ("tří lidí", "traja
    # ľudia"); not "jeden", as much "a" as "one".
    "cs": {word: value for value, words in {
        2: "dva dvě dvou", 3: "tři tří", 4: "čtyři čtyř", 5: "pět pěti", 6: "šest šesti", 7: "sedm sedmi",
        8: "osm osmi", 9: "devět devíti", 10: "deset deseti", 11: "jedenáct", 12: "dvanáct", 13: "třináct",
        14: "čtrnáct", 15: "patnáct", 16: "šestnáct", 17: "sedmnáct", 18: "osmnáct", 19: "devatenáct",
        20: "dvacet", 30: "třicet", 40: "čtyřicet", 50: "padesát", 60: "šedesát", 70: "sedmdesát", 80: "osmdesát",
        90: "devadesát", 100: "sto",
    }.items() for word in words.split()},
    "sk": {word: value for value, words in {
        2: "dva dve dvaja dvoch", 3: "tri traja troch", 4: "štyri štyria štyroch", 5: "päť piati piatich",
        6: "šesť šiesti šiestich", 7: "sedem siedmi siedmich", 8: "osem ôsmi ôsmich", 9: "deväť deviati deviatich",
        10: "desať desiati desiatich", 11: "jedenásť", 12: "dvanásť", 13: "trinásť", 14: "štrnásť", 15: "pätnásť",
        16: "šestnásť", 17: "sedemnásť", 18: "osemnásť", 19: "devätnásť", 20: "dvadsať", 30: "tridsať",
        40: "štyridsať", 50: "päťdesiat", 60: "šesťdesiat", 70: "sedemdesiat", 80: "osemdesiat", 90: "deväťdesiat",
        100: "sto",
    }.items() for word in words.split()},
    "tr": {word: value for value, word in {
        2: "iki", 3: "üç", 4: "dört", 5: "beş", 6: "altı", 7: "yedi", 8: "sekiz", 9: "dokuz",
        10: "on", 20: "yirmi", 30: "otuz", 40: "kırk", 50: "elli", 60: "altmış", 70: "yetmiş", 80: "seksen",
        90: "doksan", 100: "yüz",
    }.items()},
    # Arabic: masculine and feminine forms, with and without hamza; not "واحد"/"أحد" (also "someone",
    # "Sunday"), nor the short "ست", "سبع", "عشر" ("Mrs", "lion", a tenth): "عشر" only ends a teen.
    "ar": {word: value for value, words in {
        2: "اثنان اثنين إثنين اثنتان اثنتين اثنا اثني اثنتا اثنتي", 3: "ثلاثة ثلاث", 4: "أربعة أربع اربعة اربع",
        5: "خمسة خمس", 6: "ستة", 7: "سبعة", 8: "ثمانية ثماني ثمان", 9: "تسعة تسع", 10: "عشرة",
        20: "عشرون عشرين", 30: "ثلاثون ثلاثين", 40: "أربعون أربعين اربعون اربعين", 50: "خمسون خمسين",
        60: "ستون ستين", 70: "سبعون سبعين", 80: "ثمانون ثمانين", 90: "تسعون تسعين", 100: "مائة مئة",
        200: "مئتان مئتين مائتان مائتين", 1000: "ألف", 2000: "ألفان ألفين",
        **{100 * unit: f"{stem}مائة {stem}مئة" for unit, stem in
           ((3, "ثلاث"), (4, "أربع"), (5, "خمس"), (6, "ست"), (7, "سبع"), (8, "ثمان"), (9, "تسع"))},
    }.items() for word in words.split()},
    # Hindi: every number to a hundred is a word of its own, with the spellings in common use (anusvara or
    # chandrabindu, "व" or "ब" in the nineties). Not "एक", as much the article "a" as "one".
    "hi": {unicodedata.normalize("NFC", word): value for value, words in {
        2: "दो", 3: "तीन", 4: "चार", 5: "पांच पाँच", 6: "छह छः छै", 7: "सात", 8: "आठ", 9: "नौ", 10: "दस",
        11: "ग्यारह", 12: "बारह", 13: "तेरह", 14: "चौदह", 15: "पंद्रह पन्द्रह", 16: "सोलह", 17: "सत्रह",
        18: "अठारह", 19: "उन्नीस", 20: "बीस", 21: "इक्कीस", 22: "बाईस", 23: "तेईस", 24: "चौबीस", 25: "पच्चीस",
        26: "छब्बीस", 27: "सत्ताईस", 28: "अट्ठाईस अठाईस", 29: "उनतीस उन्तीस", 30: "तीस", 31: "इकतीस इकत्तीस",
        32: "बत्तीस", 33: "तैंतीस तैतीस", 34: "चौंतीस चौतीस", 35: "पैंतीस पैतीस", 36: "छत्तीस", 37: "सैंतीस सैतीस",
        38: "अड़तीस", 39: "उनतालीस उन्तालीस", 40: "चालीस", 41: "इकतालीस", 42: "बयालीस", 43: "तैंतालीस तैतालीस",
        44: "चवालीस चौवालीस", 45: "पैंतालीस पैतालीस", 46: "छियालीस", 47: "सैंतालीस सैतालीस", 48: "अड़तालीस",
        49: "उनचास", 50: "पचास", 51: "इक्यावन", 52: "बावन", 53: "तिरपन तिरेपन", 54: "चौवन चौव्वन", 55: "पचपन",
        56: "छप्पन", 57: "सत्तावन", 58: "अट्ठावन अठावन", 59: "उनसठ", 60: "साठ", 61: "इकसठ", 62: "बासठ",
        63: "तिरसठ तिरेसठ", 64: "चौंसठ चौसठ", 65: "पैंसठ", 66: "छियासठ", 67: "सड़सठ सरसठ", 68: "अड़सठ",
        69: "उनहत्तर", 70: "सत्तर", 71: "इकहत्तर", 72: "बहत्तर", 73: "तिहत्तर", 74: "चौहत्तर", 75: "पचहत्तर",
        76: "छिहत्तर", 77: "सतहत्तर", 78: "अठहत्तर", 79: "उन्यासी उनासी", 80: "अस्सी", 81: "इक्यासी", 82: "बयासी",
        83: "तिरासी", 84: "चौरासी", 85: "पचासी", 86: "छियासी", 87: "सत्तासी", 88: "अट्ठासी अठासी", 89: "नवासी",
        90: "नब्बे", 91: "इक्यानवे इक्यानबे", 92: "बानवे बानबे", 93: "तिरानवे तिरानबे", 94: "चौरानवे चौरानबे",
        95: "पचानवे पचानबे", 96: "छियानवे छियानबे", 97: "सत्तानवे सत्तानबे", 98: "अट्ठानवे अट्ठानबे",
        99: "निन्यानवे निन्यानबे", 100: "सौ",
    }.items() for word in words.split()},
}
# Words that multiply the number before them ("пять тысяч", "iki yüz", "خمسة آلاف", "दो सौ"); those that are
# also numbers alone are in _ADDITIVE_WORDS too.
_ADDITIVE_SCALES: dict[str, dict[str, int]] = {
    "ru": {"тысяча": 1_000, "тысячи": 1_000, "тысяч": 1_000, "миллион": 1_000_000, "миллиона": 1_000_000,
           "миллионов": 1_000_000},
    "tr": {"yüz": 100, "bin": 1_000, "milyon": 1_000_000},
    "cs": {"tisíc": 1_000, "tisíce": 1_000, "milion": 1_000_000, "miliony": 1_000_000, "milionů": 1_000_000},
    "sk": {"tisíc": 1_000, "tisíce": 1_000, "milión": 1_000_000, "milióny": 1_000_000, "miliónov": 1_000_000},
    "pl": {"tysiąc": 1_000, "tysiące": 1_000, "tysięcy": 1_000, "milion": 1_000_000, "miliony": 1_000_000,
           "milionów": 1_000_000},
    "ar": {"مائة": 100, "مئة": 100, "ألف": 1_000, "آلاف": 1_000, "مليون": 1_000_000, "ملايين": 1_000_000},
    "hi": {"सौ": 100, "हजार": 1_000, unicodedata.normalize("NFC", "हज़ार"): 1_000, "लाख": 100_000,
           unicodedata.normalize("NFC", "करोड़"): 10_000_000, "करोड": 10_000_000},
}
# Arabic teens are a unit and "ten" ("خمسة عشر" 15, "أحد عشر" 11), and the parts after the first are joined
# by "و" ("خمسة وعشرون" 25, "مائة وخمسون" 150).
_ARABIC_TEN = frozenset({"عشر", "عشرة"})
_ARABIC_ONE_OF_ELEVEN = frozenset({"أحد", "احد", "إحدى", "احدى"})
# Arabic counts one and two with the noun itself: "one" follows its noun ("شخص واحد", "امرأة واحدة"), and two is
# the noun's dual ("جنديان", "جنديين", "امرأتان"). The singulars of the people news counts: those of a broken
# plural (جنود) may end their dual in "ين"; those of a sound plural ("مدنيين", civilians) only in "ان", and
# feminines in "ة" in "تان"/"تين".
_ARABIC_PEOPLE_BROKEN_PLURAL = (
    "شخص جندي قتيل جريح طفل رجل ضابط شاب أسير اسير صبي ولد قائد زعيم عنصر فرد حارس")
_ARABIC_PEOPLE_SOUND_PLURAL = (
    "مدني مسلح متظاهر معتقل مفقود مصاب مواطن مقاتل عسكري صحفي مسعف مهاجر لاجئ شرطي موظف مدرس مزارع صياد عامل"
    " مستوطن")
_ARABIC_PEOPLE_FEMININE = "امرأة سيدة فتاة طفلة مواطنة رهينة ممرضة صحفية طالبة"


def _arabic_people_forms() -> tuple[frozenset[str], frozenset[str]]:
    """(singulars that "واحد"/"واحدة" may follow, duals) of the people nouns above."""
    broken, sound = _ARABIC_PEOPLE_BROKEN_PLURAL.split(), _ARABIC_PEOPLE_SOUND_PLURAL.split()
    feminine = _ARABIC_PEOPLE_FEMININE.split()
    duals = {noun + ending for noun in broken for ending in ("ان", "ين")} | {noun + "ان" for noun in sound}
    duals |= {noun[:-1] + ending for noun in feminine for ending in ("تان", "تين")}
    return frozenset(broken + sound + feminine), frozenset(duals)


_ARABIC_PEOPLE, _ARABIC_PEOPLE_DUALS = _arabic_people_forms()
_ARABIC_ONE = frozenset({"واحد", "واحدة"})
# The clitics and the article a noun may carry: "وجنديان", "للجنديين", "القتيلان".
_ARABIC_NOUN_PREFIX = re.compile(r"^(?:[وف]?لل|[وف]?[بل]?(?:ال)?)")  # "لل" first: the other branch always matches


@dataclass(slots=True)
class _Numeral:
    start: int
    end: int
    value: int
    from_word: bool
    kind: str = "exact"  # "exact" | "vague" | "about"


class _Token:
    """A word with its offsets, in the form text2num's ``find_numbers`` reads."""

    __slots__ = ("word", "start", "end")

    def __init__(self, match: re.Match) -> None:
        self.word = match.group()
        self.start = match.start()
        self.end = match.end()

    def text(self) -> str:
        return self.word

    def nt_separated(self, previous: _Token) -> bool:
        return False

    def not_a_number_part(self) -> bool:
        return False


# -- public ---------------------------------------------------------------------------------------

def find_amounts(text: str, language: str | None = "en") -> list[Amount]:
    """Every amount in ``text`` that may count something, in text order.

    >>> [(a.quote, a.value) for a in find_amounts("between 10 and 15 people, quarante-six", "fr")]
    [('between 10 and 15', {'min': 10, 'max': 15}), ('quarante-six', {'exact': 46})]
    >>> [a.value for a in find_amounts("1.5 million people; about 200; up to 30; 10-15", "en")]
    [{'exact': 1500000}, {'min': 180, 'max': 220}, {'max': 30}, {'min': 10, 'max': 15}]
    >>> find_amounts("At 10:30 pm, 5% of $300 and Article 370, aged 25, in 2020", "en")
    []
    """
    if language in ("zh", "ja"):  # no spaces between words: a number counts before a measure word
        from newsdesk.facts.cjk import han_amounts  # cjk builds on this module's Amount

        return han_amounts(text)
    hits = _number_word_hits(text, language)
    numerals = _vague(text, hits) + _digits(text, language) + _words(text, language, hits)
    if language in _ADDITIVE_WORDS:
        numerals += _additive_numerals(text, language)
    if language == "ar":
        numerals += _arabic_noun_numerals(text)
    numerals = _drop_overlaps(sorted(numerals, key=lambda n: (n.start, -(n.end - n.start))))
    numerals = [n for n in numerals if not _is_excluded(text, n, language)]
    return _combine(text, numerals)


def may_hold_amount(text: str) -> bool:
    """A cheap test: could ``text`` hold an amount at all (a digit or a number word)?

    >>> may_hold_amount("No numbers here."), may_hold_amount("forty-six soldiers")
    (False, True)
    """
    return bool(_CHEAP_GATE.search(text) or _number_word_hits(text, None))


# -- numerals ---------------------------------------------------------------------------------------

def _digits(text: str, language: str | None) -> list[_Numeral]:
    pattern = _DIGITS_EN if language in (None, "en") else _DIGITS_OTHER
    out = []
    for match in pattern.finditer(text):
        raw = match.group()
        number = _digit_value(raw, language)
        end = match.end()
        scale = _SCALE_AFTER.match(text[end:end + 14])
        if scale:
            multiplier = _SCALES[_lower(scale.group(1))]
            number *= multiplier
            end += scale.end()
            if language == "tr":
                number, end = _turkish_rest(text, end, number, multiplier)
        if number != int(number) or _not_a_quantity(raw):
            continue
        out.append(_Numeral(match.start(), end, int(number), False))
    return out


def _turkish_rest(text: str, end: int, number: float, scale: int) -> tuple[float, int]:
    """Turkish writes the parts after a scale in digits too: "3 bin 434" (3,434), "1 milyon 200 bin"
    (1,200,000); the number read so far, and where it ends, with those parts added."""
    while True:
        part = _TURKISH_PART.match(text, end)
        if part is None:
            return number, end
        value, smaller = int(part.group(1)), _SCALES[_lower(part.group(2))] if part.group(2) else None
        if smaller is not None and smaller < scale:
            number, end, scale = number + value * smaller, part.end(), smaller
            continue
        if smaller is None and scale == 1_000:
            return number + value, part.end()
        return number, end


def _lower(word: str) -> str:
    """A matched word in lower case as the tables hold it: a pattern that ignores case matches the Turkish
    "İ" of "BİN" (thousand) to "i", but "İ" lowers to "i" and a combining dot."""
    return word.lower().replace("\u0307", "")


def _not_a_quantity(raw: str) -> bool:
    """'007', '000' and undivided runs of six digits or more are codes, not amounts."""
    return (len(raw) > 1 and raw[0] == "0" and (raw[1].isdigit() or raw[1] == " ")) or (raw.isdigit() and len(raw) >= 6)


def _digit_value(raw: str, language: str | None) -> float:
    if language in (None, "en"):
        return float(raw.replace(",", ""))
    whole, _, decimals = raw.partition(",")
    whole = re.sub(r"[. \u00a0\u202f]", "", whole)
    return float(f"{whole}.{decimals}" if decimals else whole)


def _words(text: str, language: str | None, hits: list[tuple[int, int, str]]) -> list[_Numeral]:
    """Number words read by text2num, in windows around the words that may start one; none in a language text2num
    does not read (English rules would read Polish "ten sposób", this way, and Dutch "ten noorden" as 10)."""
    if language is not None and language not in _TEXT2NUM_LANGUAGES:
        return []
    lang = language or "en"
    out = []
    for window_start, window_end in _windows(text, [(a, b) for a, b, w in hits if w not in _VAGUE_STARTS]):
        tokens = [_Token(m) for m in _WORD_TOKEN.finditer(text, window_start, window_end)]
        for occurrence in find_numbers(tokens, lang, 0.0):
            numeral = _word_numeral(text, tokens, occurrence)
            if numeral is not None:
                out.append(numeral)
    return out


def _additive_numerals(text: str, language: str) -> list[_Numeral]:
    """Number words of a language text2num does not read, as runs of parts that add up: falling parts
    ("двадцать пять" 25, "yüz elli" 150), a scale multiplying what comes before it ("пять тысяч" 5,000), and
    in Arabic a teen's "ten" and parts joined by "و" ("خمسة عشر" 15, "خمسة وعشرون" 25). A part that does not
    join starts a new number."""
    values, scales = _ADDITIVE_WORDS[language], _ADDITIVE_SCALES.get(language, {})
    out: list[_Numeral] = []
    run: _AdditiveRun | None = None
    for match in _LETTERS.finditer(text):
        word = unicodedata.normalize("NFC", match.group().lower())
        joined = language == "ar" and word[:1] == "و" and (
            word[1:] in values or word[1:] in scales or word[1:] in _ARABIC_ONE_OF_ELEVEN)
        key = word[1:] if joined else word
        adjacent = run is not None and not text[run.end:match.start()].strip()
        if adjacent and run.take(key, values, scales, joined):
            run.end = match.end()
            continue
        if run is not None and run.value:
            out.append(_Numeral(run.start, run.end, run.value, True))
        run = _AdditiveRun.starting(match.start() + joined, match.end(), key, values)
    if run is not None and run.value:
        out.append(_Numeral(run.start, run.end, run.value, True))
    return out


def _arabic_noun_numerals(text: str) -> list[_Numeral]:
    """One and two written with an Arabic noun of people: "شخص واحد" (1), "جنديان" (2); the span holds the noun
    (see :func:`arabic_counted_noun`)."""
    out = []
    previous: tuple[int, str] | None = None  # where the word before starts without its clitics, and that word
    for match in _LETTERS.finditer(text):
        word, noun = match.group(), _arabic_bare_noun(match.group())
        if word in _ARABIC_ONE and previous is not None and not text[previous[0]:match.start()].count("\n") \
                and previous[1] in _ARABIC_PEOPLE:
            out.append(_Numeral(previous[0], match.end(), 1, True))
        elif noun in _ARABIC_PEOPLE_DUALS:
            out.append(_Numeral(match.end() - len(noun), match.end(), 2, True))
        previous = (match.end() - len(noun), noun)
    return out


def _arabic_bare_noun(word: str) -> str:
    """An Arabic word without the clitics and the article that may open it, when what is left is a people noun
    or its dual; else the word as written."""
    for cut in range(len(_ARABIC_NOUN_PREFIX.match(word).group()), -1, -1):
        rest = word[cut:]
        if rest in _ARABIC_PEOPLE or rest in _ARABIC_PEOPLE_DUALS:
            return rest
    return word


def arabic_counted_noun(quote: str) -> str | None:
    """The people noun an Arabic amount is written with ("جنديان", "شخص" of "شخص واحد"), else None.

    >>> arabic_counted_noun("جنديان"), arabic_counted_noun("شخص واحد"), arabic_counted_noun("ثلاثة")
    ('جنديان', 'شخص', None)
    """
    words = quote.split()
    if len(words) == 2 and words[1] in _ARABIC_ONE and words[0] in _ARABIC_PEOPLE:
        return words[0]
    return quote if len(words) == 1 and quote in _ARABIC_PEOPLE_DUALS else None


@dataclass(slots=True)
class _AdditiveRun:
    """A number being read word by word: what earlier scales made (``total``), the group since, its last part."""

    start: int
    end: int
    total: int
    group: int
    last: int

    @classmethod
    def starting(cls, start: int, end: int, word: str, values: dict[str, int]) -> _AdditiveRun | None:
        if word in values:
            return cls(start, end, 0, values[word], values[word])
        if word in _ARABIC_ONE_OF_ELEVEN:
            return cls(start, end, 0, 0, 1)  # a number only if "عشر" follows
        return None

    @property
    def value(self) -> int:
        return self.total + self.group

    def take(self, word: str, values: dict[str, int], scales: dict[str, int], joined: bool) -> bool:
        """Whether ``word`` continues this number (and if so, add it)."""
        if word in _ARABIC_TEN and 1 <= self.last <= 9 and not joined:
            self.group += 10 if self.group else 11
            self.last = 10
            return True
        scale = scales.get(word)
        if scale is not None and 0 < self.group < scale and self.last < scale:
            self.group *= scale
            if scale >= 1_000:
                self.total, self.group = self.total + self.group, 0
            self.last = scale
            return True
        value = values.get(word)
        if value is None or not self.value or not (joined or _falls(self.last, value)):
            return False
        self.group += value
        self.last = value
        return True


def _falls(previous: int, value: int) -> bool:
    """Whether ``value`` may follow ``previous`` in one number: a smaller order of magnitude."""
    return value < previous and len(str(value)) < len(str(previous)) and previous % 10 == 0


def _word_numeral(text: str, tokens: list[_Token], occurrence) -> _Numeral | None:
    if occurrence.is_ordinal or occurrence.end <= occurrence.start or occurrence.value != int(occurrence.value):
        return None
    start, end = tokens[occurrence.start].start, tokens[occurrence.end - 1].end
    if text[start:end].lower() in _BARE_SCALES:
        article = re.search(r"\b(?:a|one|un|une|um|uma)\s+$", text[max(0, start - 5):start], re.IGNORECASE)
        if article is None:
            return None  # "$140 million" split apart, "millions": never a bare "million"
        start -= len(text[max(0, start - 5):start]) - article.start()
    value = int(occurrence.value)
    dozen = _DOZEN_AFTER.match(text, end)
    if dozen is not None:
        value, end = value * 12, dozen.end()
    return _Numeral(start, end, value, True)


def _windows(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Merged stretches of whole words around each span (a few words either side)."""
    out: list[tuple[int, int]] = []
    for start, end in spans:
        a = text.rfind(" ", 0, max(0, start - 24)) + 1
        b = text.find(" ", end + 40)
        b = len(text) if b < 0 else b
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


def _vague(text: str, hits: list[tuple[int, int, str]]) -> list[_Numeral]:
    out: list[_Numeral] = []
    seen: set[int] = set()
    for start, end, word in hits:
        if word not in _VAGUE_STARTS:
            continue
        for match in _vague_pattern().finditer(text, max(0, start - 5), min(len(text), end + 20)):
            if match.start() in seen or not match.start() <= start < match.end():
                continue
            seen.add(match.start())
            out.append(_vague_numeral(match))
    return out


def _vague_numeral(match: re.Match) -> _Numeral:
    phrase = match.group().lower()
    for pattern, number, kind in _VAGUE:
        if re.fullmatch(re.sub(r"\(\?=[^)]*\)", "", pattern), phrase):  # lookaheads were checked
            if number == 0:  # "several hundred": the vague word times the scale
                head, scale = phrase.rsplit(" ", 1)
                number = (3 if head == "several" else 2) * _VAGUE_SCALE[scale]
            return _Numeral(match.start(), match.end(), number, True, kind)
    raise AssertionError(phrase)


@lru_cache(maxsize=1)
def _vague_pattern() -> re.Pattern:
    alternatives = "|".join(p for p, _, _ in sorted(_VAGUE, key=lambda v: -len(v[0])))
    return re.compile(rf"{_WORD_START}(?:{alternatives}){_WORD_END}", re.IGNORECASE)


def _number_word_hits(text: str, language: str | None) -> list[tuple[int, int, str]]:
    """(start, end, lower-case word) of every word that may start a number or a vague amount."""
    compound = language not in (None, "en")
    hits = []
    for match in _LETTERS.finditer(text):
        word = unicodedata.normalize("NFC", match.group().lower())
        if word in _NUMBER_WORDS or word in _VAGUE_STARTS or (compound and _COMPOUND_NUMBER.match(word)):
            hits.append((match.start(), match.end(), word))
        elif word[0] in _ARABIC_CLITICS and word[1:] in _VAGUE_STARTS:
            hits.append((match.start() + 1, match.end(), word[1:]))
    return hits


def _drop_overlaps(numerals: list[_Numeral]) -> list[_Numeral]:
    """Keep the first (longest at a start) of overlapping numerals."""
    out: list[_Numeral] = []
    for numeral in numerals:
        if out and numeral.start < out[-1].end:
            continue
        out.append(numeral)
    return out


# -- what is not a count ------------------------------------------------------------------------------

def _is_excluded(text: str, n: _Numeral, language: str | None) -> bool:
    before = text[max(0, n.start - 28):n.start]
    after = text[n.end:n.end + 32]
    if n.kind != "exact":
        return bool(_CURRENCY_AFTER.match(after) or _PERCENT_AFTER.match(after))
    checks: tuple[Callable[[], object], ...] = (  # cheapest first; stop at the first that holds
        lambda: _TIME_AFTER.match(after),
        lambda: _UNIT_AFTER.match(after),
        lambda: _PERCENT_AFTER.match(after) or _CURRENCY_AFTER.match(after) or _AGE_OR_DURATION_AFTER.match(after),
        lambda: _OTHER_UNIT_AFTER.match(after) or _OTHER_UNIT_BEFORE.search(before),
        lambda: _is_identifier(text, n, before, after),
        lambda: _is_date_or_year(text, n, before, after),
        lambda: _CURRENCY_BEFORE.search(before) or _AGE_BEFORE.search(before),
        lambda: _is_bracketed_age(text, n, before, after),
        lambda: _is_phone(text, n),
    )
    return any(check() for check in checks)


def _is_identifier(text: str, n: _Numeral, before: str, after: str) -> bool:
    if n.from_word:
        return bool(_IDENTIFIER_BEFORE.search(before)) and not before.endswith(("  ",))
    previous = text[n.start - 1] if n.start else " "
    following = text[n.end] if n.end < len(text) else " "
    if previous.isalpha() or previous in "=#/.,:" or following.isalpha() or following in "/":
        return True
    if previous in "-‐" and n.start >= 2 and text[n.start - 2].isalnum():
        # "F-16", "Point-114": a code; but "10-15" is a range (digit before the hyphen)
        return not text[n.start - 2].isdigit()
    if _IDENTIFIER_BEFORE.search(before):
        return True
    return _capitalised_name_before(before)


# A Turkish case ending after an apostrophe ("Mart'ta", "Ankara'dan"); not the English "'s"
_CASE_ENDING = re.compile(r"['’](?!s$)[a-zçğıöşü]{1,4}$")


def _capitalised_name_before(before: str) -> bool:
    """'Zona 7', 'Apollo 11': a capitalised word right before the number names a thing.

    Not the first word of a sentence or line ("Between 10 and 15", "Some 200").
    """
    match = re.search(r"([A-Z][\w’'-]*)[ \u00a0]$", before)
    if not match or re.search(r"(?:^|[.!?:;]\s+|\n\s*)$", before[:match.start()]):
        return False
    if _CASE_ENDING.search(match.group(1)):
        return False  # "Mart'ta 20 kişi", "İstanbul'da 20": a name in a case, not a name of the number
    word = match.group(1).lower()
    return word not in _FUNCTION_WORDS and word not in _BEFORE and not _month_patterns()[0].search(word)


def _is_date_or_year(text: str, n: _Numeral, before: str, after: str) -> bool:
    if n.from_word:
        return False
    month_before, month_after = _month_patterns()
    if month_before.search(before) or month_after.match(after):
        return True
    for match in _DATE_FORM.finditer(text, max(0, n.start - 11), n.end + 11):
        if match.start() <= n.start and n.end <= match.end():
            return True
    raw = text[n.start:n.end]
    if re.fullmatch(r"(1[5-9]|20)\d\d", raw):
        # Years outnumber counts in this range by far: a count only before a word for people.
        next_word = re.match(r"\s+([a-zà-ÿ]+)", after)
        return next_word is None or next_word.group(1) not in _PEOPLE_AFTER_YEAR or bool(_YEAR_CONTEXT.search(before))
    return False


def _is_bracketed_age(text: str, n: _Numeral, before: str, after: str) -> bool:
    """'Ahmad Khan (25)' and 'Ahmad Khan, 25,': an age after a name."""
    if n.value > 110 or n.from_word:
        return False
    if before.endswith("(") and after.startswith(")"):
        return bool(re.search(r"[A-Za-z]\w*\s*\($", before))
    return bool(re.search(r"[A-Z][a-z]+,\s$", before) and after[:1] == ",")


def _is_phone(text: str, n: _Numeral) -> bool:
    if n.from_word:
        return False
    window_start = max(0, n.start - 18)
    for match in _PHONE.finditer(text, window_start, n.end + 18):
        if match.start() <= n.start and n.end <= match.end() and sum(c.isdigit() for c in match.group()) >= 8:
            return True
    return False


# -- qualifiers and ranges ----------------------------------------------------------------------------

def _combine(text: str, numerals: list[_Numeral]) -> list[Amount]:
    out: list[Amount] = []
    i = 0
    while i < len(numerals):
        first = numerals[i]
        second = numerals[i + 1] if i + 1 < len(numerals) else None
        if second is not None and _is_score(text, first, second):
            i += 2
            continue
        amount = _range(text, first, second) if second else None
        if amount:
            out.append(amount)
            i += 2
            continue
        out.append(_qualified(text, first))
        i += 1
    return out


def _range(text: str, first: _Numeral, second: _Numeral) -> Amount | None:
    """'between 10 and 15', '10-15', '10 to 15', 'two or three'; None when not a range."""
    gap = text[first.end:second.start]
    if len(gap) > 6 or first.kind != "exact" or second.kind != "exact" or first.value >= second.value:
        return None
    before = text[max(0, first.start - 12):first.start]
    between = _BETWEEN.search(before)
    if between and _BETWEEN_AND.fullmatch(gap):
        start = first.start - len(before) + between.start()
    elif _RANGE_JOIN.fullmatch(gap) and (first.from_word or gap.strip().lower() in ("-", "–", "—", "to", "à", "bis")
                                         or _estimate(gap, first, second)):
        start = first.start  # other digits joined by "a" ("a 5": Spanish "to" or the object's "a") stay two
    else:
        return None
    return _amount(text, start, second.end, first.start, second.end, _scale_like(first, second),
                   second.value, "range", first.from_word)


# "3 or 4", "3 ou 4", "3 o 4", "3 oder 4": digits joined by "or" are an estimate when they lie close together.
_OR = frozenset({"or", "ou", "o", "oder"})


def _estimate(gap: str, first: _Numeral, second: _Numeral) -> bool:
    """Whether two figures joined by "or" give one uncertain amount ("3 or 4 people", "50 oder 60 Menschen"),
    the second at most twice the first; farther apart they are two numbers ("flights 17 or 370")."""
    return gap.strip().lower() in _OR and second.value <= 2 * first.value


def _is_score(text: str, first: _Numeral, second: _Numeral) -> bool:
    """'a 52-21 win', '3-1': a result, not a range (a range rises)."""
    return (not first.from_word and not second.from_word and text[first.end:second.start] in ("-", "–")
            and first.value >= second.value)


def _scale_like(first: _Numeral, second: _Numeral) -> int:
    """'2 to 3 million': the first number takes the second's scale."""
    if first.value < 100 <= second.value and second.value % 1000 == 0 and second.value // first.value >= 1000:
        scale = 1
        while first.value * scale * 10 <= second.value:
            scale *= 10
        return first.value * scale if first.value * scale <= second.value else first.value
    return first.value


def _qualified(text: str, n: _Numeral) -> Amount:
    if n.kind == "vague":
        return _amount(text, n.start, n.end, n.start, n.end, n.value, None, "vague", True)
    qualifier, start = "exact", n.start
    before = text[max(0, n.start - 24):n.start]
    match = _qualifier_pattern().search(before)
    if match:
        qualifier = _BEFORE[_lower(match.group(1))]
        start = n.start - len(before) + match.start(1)
    if n.kind == "about" and qualifier == "exact":
        qualifier = "about"
    end = n.end
    after = _AFTER_MIN.match(text, n.end)
    if qualifier == "exact" and after:
        qualifier, end = "at least", after.end()
    elif qualifier == "exact":
        qualifier, end = _after_qualifier(text, n.end)
    low, high = _bounds(n.value, qualifier)
    return _amount(text, start, end, n.start, n.end, low, high, qualifier, n.from_word)


def _after_qualifier(text: str, end: int) -> tuple[str, int]:
    """A qualifier written after the number ("100'den fazla", "100 से अधिक") and the amount's new end."""
    for pattern, qualifier in _AFTER_QUALIFIERS:
        match = pattern.match(text, end)
        if match:
            return qualifier, match.end()
    return "exact", end


def _bounds(value: int, qualifier: str) -> tuple[int | None, int | None]:
    spread = max(1, round(value / 10))
    return {
        "exact": (value, value),
        "at least": (value, None),
        "more than": (value + 1, None),
        "up to": (None, value),
        "fewer than": (None, value - 1),
        "about": (max(0, value - spread), value + spread),
        "nearly": (max(0, value - spread), value),
    }[qualifier]


@lru_cache(maxsize=1)
def _qualifier_pattern() -> re.Pattern:
    words = "|".join(re.escape(q) for q in sorted(_BEFORE, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])({words})\s+$", re.IGNORECASE)


def _amount(text: str, start: int, end: int, number_start: int, number_end: int, low: int | None,
            high: int | None, qualifier: str, from_word: bool) -> Amount:
    return Amount(start, end, number_start, number_end, low, high, qualifier, text[start:end], from_word)
