"""Actors: people, organisations, armed and state forces, normalised across name forms.

Names are normalised the way conflict coders name actors (the ACLED
codebook's style), so that "the Afghan National Army (ANA)", "the ANA",
"Afghan troops" and "Afghan forces" are one actor:

- state forces: "Military Forces of <country>", "Police Forces of <country>"
  ("military forces of Armenia" and "Armenian troops" alike), a unit the
  text names after it ("Military Forces of Brazil Military Police", the
  coders' form without their period in brackets, which no text gives);
  arrests by no one named are the police's;
- crowds: "Protesters (<country>)", or "Rioters (<country>)" when the crowd
  turns violent (stones thrown, burning tyres, clashes, a mob beating someone);
- unnamed gunmen: "Unidentified Armed Group (<country>)", or "Unidentified
  Gang (<country>)" where the article speaks of gangs, cartels, drugs or
  the marks of criminal killings (a drive-by shooting, a bound body); a
  shooting, blast or killing whose perpetrator the article never names is
  theirs too, as coders record it (Brazil's coders name the gang
  "Unidentified Gang and/or Police Militia"); unidentified aircraft are
  "Unidentified Military Forces";
- unarmed people: "Civilians (<country>)" ("Venezuelan migrants");
- governments: "Government of <country>" ("the Turkish government", "the
  government", "Aydin Governorship", "the Interior Ministry");
- militias named for a people, a clan or a place: "Fulani Ethnic Militia
  (<country>)", "Hawadle Clan Militia (<country>)";
- armed groups named by what the coders call them: "<name> Gang" ("members of
  Los Lobos"), "<name> Separatists (<country>)", "<clan>-<sub-clan> Sub-Clan
  Militia (<country>)", "Private Security Forces (<country>)" for hired guards,
  a named brigade as Yemen's forces' unit or as a Syrian faction;
- the OSCE monitors' unattributed ceasefire violations in Donbas: both sides,
  "Military Forces of Ukraine" and the NAF, as the coders record them;
- well-known armed actors under the coders' names ("Saudi-led coalition" is
  "Operation Restoring Hope", the Houthis are Yemen's Supreme Political
  Council forces, ISWAP is "Islamic State (West Africa)"), and the
  operations coders name: Saudi forces and "coalition airstrikes" in Yemen
  are "Operation Restoring Hope", "OPS" "Operation Peace Spring";
- other named organisations and people as written, an acronym replaced by
  the name it abbreviates, a surname alone replaced by the full name used earlier.

The country of a force comes from its demonym or country name ("Afghan",
"Pakistan army"); when the text gives none, from the article's main country
(the caller passes it). Demonyms on their own are affiliations, not actors.

>>> from newsdesk.facts.document import FactText
>>> text = "The Afghan National Army (ANA) said 46 soldiers crossed. The ANA denied it. Protesters gathered."
>>> [f.value for f in find_actors(FactText.of("a", text, language="en"), main_country="AF")]
['Military Forces of Afghanistan', 'Military Forces of Afghanistan', 'Military Forces of Afghanistan', 'Military Forces of Afghanistan', 'Protesters (Afghanistan)']
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from newsdesk.facts.document import FactText, Finding
from newsdesk.facts.places import coordinated_with_a_place
from newsdesk.places import country_names, country_place, demonym_country, normalize, resolve_place

_FORCE_WORDS = {
    "army": "military", "military": "military", "armed forces": "military", "security forces": "military",
    "forces": "military", "troops": "military", "soldiers": "military", "soldier": "military", "navy": "military",
    "air force": "military", "national army": "military",
    "military forces": "military", "military police": "military", "gendarme": "military",
    "gendarmes": "military", "gendarmerie": "military", "national guard": "military",
    "civil police": "police", "federal police": "police",
    "police": "police", "policemen": "police", "policeman": "police", "police officers": "police",
    "police officer": "police", "border police": "police", "border guards": "police", "border guard": "police", "prison guards": "police", "prison guard": "police", "police forces": "police", "armed police": "police",
    # a sentence's capital makes "Riot" a name to the entity recogniser: the phrase is one force
    "riot police": "police", "anti-riot police": "police",
    "protesters": "protesters", "protestors": "protesters", "demonstrators": "protesters",
    "rioters": "rioters", "gunmen": "unidentified", "unidentified gunmen": "unidentified",
    "unidentified armed men": "unidentified", "armed men": "unidentified", "unknown assailants": "unidentified",
    "unidentified assailants": "unidentified", "unidentified attackers": "unidentified",
    "unknown attackers": "unidentified", "unidentified attacker": "unidentified",
    "unidentified perpetrators": "unidentified", "unknown perpetrators": "unidentified",
    "unidentified actors": "unidentified", "unknown party": "unidentified", "unknown armed group": "unidentified",
    "unidentified armed group": "unidentified", "unidentified individuals": "unidentified",
    "unidentified men": "unidentified", "unknown gunmen": "unidentified", "unknown armed men": "unidentified",
    # whoever attacks unnamed is the codebook's unidentified armed group: "an armed man", "two armed
    # individuals", "motorcycle-riding assailants", "bandits", "kidnappers"
    "gunman": "unidentified", "unidentified gunman": "unidentified", "unknown gunman": "unidentified",
    "armed man": "unidentified", "armed individuals": "unidentified", "armed individual": "unidentified",
    "unidentified armed individuals": "unidentified", "unknown armed individuals": "unidentified",
    "armed persons": "unidentified", "armed people": "unidentified", "unknown persons": "unidentified",
    "unidentified persons": "unidentified", "unidentified people": "unidentified", "masked men": "unidentified",
    "assailants": "unidentified", "assailant": "unidentified", "attackers": "unidentified",
    "perpetrators": "unidentified", "armed assailants": "unidentified", "bandits": "unidentified",
    "armed bandits": "unidentified", "kidnappers": "unidentified", "abductors": "unidentified",
    "unidentified militants": "unidentified", "unknown militants": "unidentified", "unidentified group": "unidentified",
    "unknown group": "unidentified", "unknown people": "unidentified", "unidentified forces": "unidentified",
    "unknown forces": "unidentified", "unknown attacker": "unidentified", "unknown individuals": "unidentified",
    "unknown men": "unidentified", "armed criminals": "unidentified", "gang members": "unidentified",
    "gang member": "unidentified", "criminal groups": "unidentified", "criminal group": "unidentified",
    "arsonists": "unidentified", "unidentified man": "unidentified", "unknown man": "unidentified",
}
_CANONICAL = {
    "military": "Military Forces of {}", "police": "Police Forces of {}",
    "protesters": "Protesters ({})", "rioters": "Rioters ({})", "unidentified": "Unidentified Armed Group ({})",
}
# force words that name a unit: the coders write it after the force ("Military Forces of Brazil (2019-)
# Military Police"); here without the period, which the text does not give
_UNITS = {"military police": "Military Police", "civil police": "Civil Police", "federal police": "Federal Police",
          "gendarme": "Gendarmerie", "gendarmes": "Gendarmerie", "gendarmerie": "Gendarmerie",
          "national guard": "National Guard", "prison guards": "Prison Guards", "prison guard": "Prison Guards"}
_NOT_A_UNIT = frozenset({"The", "A", "An", "This", "That", "Local", "Some", "Several", "When", "After", "Before",
                         "By", "Against", "Of", "For", "In", "On", "At", "To", "From", "With", "And", "Or"})
_SUBJECT = {"military": "state forces", "police": "state forces", "protesters": "protesters",
            "rioters": "rioters", "unidentified": "armed group"}
_NAME_WORD = r"[A-Z][\w'’-]+"
def _alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of a regular expression ("A|B(?:c|d)" -> ["A", "B(?:c|d)"])."""
    parts, depth, in_class, start, i = [], 0, False, 0, 0
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 1
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
        i += 1
    return parts + [pattern[start:]]



def _letter_groups(alternatives: list[str], *, ignore_case: bool = False) -> str:
    """A pattern matching any of ``alternatives`` (each starting with a letter), grouped under their first letter:
    "(?:a(?:ttacked|rmy)|b(?:eat))". The regex engine skips a group whose letter fails at once, where trying
    every alternative at each word is what would cost; the alternatives' order holds within each letter."""
    groups: dict[str, list[str]] = {}
    others = []  # alternatives that open with a group: tried behind a look-ahead for their first letters
    for alternative in alternatives:
        if not alternative[0].isalnum() or alternative[1:2] in ("?", "*", "+", "{"):
            others.append(alternative)
            continue
        letter = alternative[0].lower() if ignore_case else alternative[0]
        groups.setdefault(letter, []).append(alternative[1:])
    flags = "?i:" if ignore_case else "?:"
    parts = [f"[{k}{k.upper()}]({flags}{'|'.join(v)})" if ignore_case else f"{k}({flags}{'|'.join(v)})"
             for k, v in groups.items()]
    if others:
        parts.append(f"{_first_letter('|'.join(others))}({flags}{'|'.join(others)})")
    return "(?:" + "|".join(parts) + ")"


def _first_letter(words) -> str:
    """A look-ahead for the first letters of the words (or of a "(?:a|b...)" pattern's alternatives): a
    long alternation scans several times faster behind it."""
    if isinstance(words, str):
        words = [w for w in re.split(r"[|()?:]+", words) if w]
    letters = {w[0].lower() for w in words if w[0].isalpha()}
    return "(?=[" + "".join(sorted(letters | {c.upper() for c in letters})) + "])"


_FORCE_WORD = "(?i:" + "|".join(sorted((re.escape(w) for w in _FORCE_WORDS), key=len, reverse=True)) + ")"
_NOT_QUALIFIER = r"(?i:military|police|armed|security|border|civil|federal)\b"
_FORCE = re.compile(  # the qualifier is no force word: "Military Police" is one force
    rf"(?:\b(?P<qualifier>(?!{_NOT_QUALIFIER}){_NAME_WORD}(?:\s+(?!{_NOT_QUALIFIER}){_NAME_WORD})?)\s+)?"
    rf"\b(?P<force>{_FORCE_WORD})\b"
)
_FORCE_KEY = re.compile(rf"\b{_letter_groups(sorted((re.escape(w) for w in _FORCE_WORDS), key=len, reverse=True), ignore_case=True)}\b")
_FIGHTERS_KEY = re.compile(r"\b(?:militants|rebels|insurgents|fighters|jihadists|gunmen|forces|militiamen|"
                           r"members?|elements|troops)\b")
_MILITIA_KEY = re.compile(r"\b(?=[mM])(?i:militias?|militiamen|militia\s+members)\b")
_GOVERNMENT_KEY = re.compile(r"\b(?i:government)\b")
_SETTLERS_KEY = re.compile(r"\b(?i:settlers)\b")
# "military forces of Armenia", "the armed forces of the Philippines"
_FORCE_OF = re.compile(rf"\b(?P<force>(?i:military forces|armed forces|police forces|security forces|army|police))"
                       rf"\s+of\s+(?:the\s+)?(?P<name>{_NAME_WORD}(?:\s+(?:of\s+)?{_NAME_WORD}){{0,3}})"
                       rf"(?:\s+and\s+(?:the\s+)?(?P<other>{_NAME_WORD}(?:\s+{_NAME_WORD})?))?")
_REBEL_WORD = re.compile(r"\b(?:People'?s|People’s|Liberation|Popular|Democratic|Islamic|Free|Revolutionary|"
                         r"Resistance|Salvation|Patriotic|Republican|Mujahideen)\b")
_AND_BEFORE = re.compile(rf"\b(?P<other>{_NAME_WORD})\s+and\s+$")  # "Burundian and Rwandan soldiers"
_ACRONYM_BRACKET = re.compile(r"\([A-Z]{2,8}\)")
_ACRONYM_DEFINITION = re.compile(r"\b(?P<long>(?:[A-Z][\w'’-]*\s+){1,7}?(?:[A-Z][\w'’-]*))\s+\((?P<short>[A-Z]{2,8})\)")
_NER_LABELS = {"ORG": "organisation", "PERSON": "person"}
_STATE_FORCES = re.compile(r"\b(?:(?:government|govt|state|pro-government)\s+(?:forces|troops|soldiers)|"
                           r"(?<![\w-])regime(?:'s)?(?!-)(?:\s+(?:forces|troops|soldiers|army))?)\b", re.IGNORECASE)
# "Boko haram fighters": a name may end with a lower-case word, but no word of a clause ("into Senegal after fighters")
_NAMED_GROUP = re.compile(r"\b(?P<name>(?:[A-Z][\w'’-]+\s+){0,3}[A-Z][\w'’-]+|[A-Z][\w'’-]+\s+"
                          r"(?!(?:after|before|as|when|while|until|since|and|or|but|then|than|from|to|in|on|at|by|"
                          r"with|for|of|the|where|said|says|had|has|have|was|were|is|are)\b)[a-z]+)\s+"
                          r"(?:militants|rebels|insurgents|fighters|jihadists|gunmen)\b")
# "the NAF rebel forces", "QSD fighters": an acronym before a fighters' noun names an armed group
_ACRONYM_GROUP = re.compile(r"\b(?P<name>[A-Z]{2,6})\s+(?:rebel\s+)?(?:forces|rebels|militants|fighters|"
                            r"militiamen|members?|elements|troops)\b")
_KIND_WORD = r"(?i:ethnic|communal|clan|militias?)\b"
_MILITIA = re.compile(rf"\b(?P<name>(?!{_KIND_WORD}){_NAME_WORD}(?:\s+(?!{_KIND_WORD}){_NAME_WORD})?)\s+(?P<clan>(?i:clan)\s+)?"
                      r"(?i:(?:(?:communal|ethnic)\s+)?(?:militias?|militiamen|militia\s+members))\b")
# herders of a people who attack are that people's militia, as coders name them ("Fulani herdsmen killed 5
# farmers", "an attack by suspected Fulani herders"); herders who are attacked or graze are not
_ATTACKING_HERDERS = re.compile(
    rf"\b(?:(?:attack(?:ed)?|raid(?:ed)?|killed|assault(?:ed)?)\s+by\s+(?:(?:suspected|armed|alleged)\s+)?)?"
    rf"(?P<name>(?!{_KIND_WORD}){_NAME_WORD})\s+(?:cattle\s+)?(?:herdsmen|herders|pastoralists)\b"
    r"(?P<act>\s+(?:(?:have|had|allegedly|reportedly|reportedly\s+have)\s+)?(?:killed|attacked|raided|stormed|"
    r"shot|invaded|abducted|kidnapped|burned|burnt|torched|razed|hacked|ambushed|opened\s+fire))?")
_HERDERS_KEY = re.compile(r"\b(?=[hp])(?:herdsmen|herders|pastoralists)\b")
_CAPITALISED_BEFORE = re.compile(r"[A-Z][\w'’-]*\s+$")  # "Dan Na Ambassagou militia": a longer name
# "Fellata and Rizeigat communal militias": the first people's militia too
_MILITIA_AND = re.compile(rf"\b(?P<name>{_NAME_WORD})\s+and\s+(?:the\s+)?$")
_CLAN_MILITIA = re.compile(rf"\bmilitias?\s+from\s+(?:the\s+)?(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD})?)"
                           rf"(?:\s+and\s+(?:the\s+)?{_NAME_WORD}(?:\s+{_NAME_WORD})?)?\s+clans?\b")
# "communal militias from Okene": the codebook's "<place> Communal Militia (<country>)"
# "militias from Umuleri and Aguleri": each place's or people's militia
_COMMUNAL_MILITIA = re.compile(rf"\b(?=[cvlmCVLM])(?:(?P<communal>(?i:communal|village|local))\s+)?(?i:militias?|militiamen|vigilantes)\s+"
                               rf"from\s+(?:the\s+)?(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD})?)(?:\s+and\s+(?:the\s+)?"
                               rf"(?P<other>{_NAME_WORD}(?:\s+{_NAME_WORD})?))?(?!\s+(?:sub-?)?clans?\b)")
# "militiamen from the Ayr sub-clan of Habar Gedir": the coders' "<clan>-<sub-clan> Sub-Clan Militia"
_MILITIA_FROM_KEY = re.compile(r"(?:ilitia\w*|igilantes)\s+from\s")
_SUB_CLAN = re.compile(rf"\b(?P<sub>{_NAME_WORD})\s+sub-?\s?clans?\s+of\s+(?:the\s+)?(?P<clan>{_NAME_WORD}(?:\s+{_NAME_WORD})?)")
# the codebook's militias named by kind when no group is named: Islamist militants, tribesmen, clans,
# cattle raiders
_ISLAMIST = re.compile(r"\b(?:(?:suspected|alleged)\s+)?(?:(?i:islamist|islamic|jihadist)\s+(?:militants|insurgents|"
                       r"fighters|extremists|militias?|militiamen|gunmen|rebels)|jihadists)\b")
_TRIBESMEN = re.compile(rf"\b(?:(?P<name>(?:Al\s+)?{_NAME_WORD})\s+)?(?:tribesmen|tribal\s+(?:militias?|militiamen|"
                        r"fighters|gunmen))\b")
_CLANS = re.compile(r"\b(?:(?:two\s+)?(?:rival|warring)\s+clans|inter-?clan|clan\s+(?:fighting|clash(?:es)?|feuds?|"
                    r"violence|militias?|militiamen|fighters))\b", re.IGNORECASE)
_RAIDERS = re.compile(r"\b(?:(?:unknown|unidentified|armed|cattle)\s+)+raiders\b", re.IGNORECASE)
_TRIBE_AND = re.compile(rf"\b(?P<name>(?:(?:Al|Bani|Beni)\s+)?{_NAME_WORD})\s+and\s+(?:the\s+)?$")
_PEOPLE_RAIDERS = re.compile(rf"\b(?P<name>{_NAME_WORD})\s+(?:cattle\s+)?raiders\b")  # "Murle raiders": their militia
_KIND_KEY = re.compile(r"\b(?=[iIjJtTcCrR])(?i:islamist|islamic|jihadists?|tribesmen|tribal|clans?|inter-?clan|raiders)\b")
_PRO_GOVERNMENT_MILITIA = re.compile(r"\bpro-(?:government|regime)\s+militia(?:s|men|\s+members)?\b", re.IGNORECASE)
_GOVERNMENT = re.compile(rf"\b(?P<qualifier>{_NAME_WORD})\s+(?i:government)\b")
# criminal groups by name, as the coders write them: "<name> Gang" unless the name says cartel or gang ("Los
# Enanos gang", "members of Tropa del Infierno", "the Gulf Cartel", "Cartel del Abuelo")
_GANG_NAME = r"(?:(?:Los|Las|La|El)\s+)?[A-Z][\w'’-]+(?:\s+(?:(?:de|del|de\s+la|y)\s+)?[A-Z][\w'’-]+){0,3}"
_NAMED_GANG = re.compile(
    rf"\b(?:(?P<gang>{_GANG_NAME})\s+(?i:gang)\b|(?P<cartel>{_GANG_NAME}\s+Cartel|Cartel\s+(?:del?\s+)?{_GANG_NAME})|"
    rf"[Mm]embers\s+of\s+(?:the\s+)?(?P<member_of>(?:Los|Las|La|El)\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?|"
    rf"[A-Z][\w'’-]+\s+del?\s+[A-Z][\w'’-]+|{_GANG_NAME}\s+(?:Gang|Cartel)))")
_GANG_KEY = re.compile(r"(?i:gang|cartel)|embers\s+of\s")
# Syria's (and Iraq's) factions named in Arabic: "Ahrar al-Sharqiyah", "Jaysh al Islam" (the coders drop the hyphen)
_ARABIC_GROUP = re.compile(r"\b(?=[AJLHFKSa-z])(?P<name>(?:Ahrar|Jaysh|Jaish|Ansar|Liwa|Harakat|Faylaq|Kata'?ib|Asa'?ib|"
                           r"Saraya|Jabhat|Hurras)\s+(?:al|el)[- ][A-Z][\w'’]+(?:[- ](?:al[- ])?[A-Z][\w'’]+)?)")
_ARABIC_KEY = re.compile(r"\s(?:al|el)[- ][A-Z]")
# guards a company or a building hires: the codebook's "Private Security Forces (<country>)"
_PRIVATE_SECURITY = re.compile(r"\b(?i:private\s+security(?:\s+(?:guards?|personnel|officers?|agents?|forces|company|firm))?|"
                               r"security\s+guards?)\b")
# "Ambazonian separatists", "Malay Muslim Separatists": the coders' "<name> Separatists (<country>)"
_SEPARATISTS = re.compile(rf"\b(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,2}})\s+(?i:separatists|secessionists)\b")
_ACRONYM_FIRST = re.compile(r"\b(?P<short>[A-Z]{2,8})\s+\((?P<long>[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,7})\)")
_ORGANISATION_WORD = re.compile(
    r"\b(?:Army|Front|Forces?|Movement|Party|Union|Command|Council|Association|Group|Brigades?|Organi[sz]ation|"
    r"Alliance|Liberation|Coalition|Militia|Committee|Congress|League|Federation|Resistance|Revolutionary|"
    r"Mujahideen|Jihad|Guards?|Tigers|Cartel|Gang)\b")
# violence with no perpetrator named: the coders' unidentified armed group (or gang)
# "IED" in capitals only: read without case it is the end of "died", "denied" and "buried"
_UNNAMED_VIOLENCE = re.compile(  # the look-ahead: the alternatives' first letters, to fail most words at once
    r"\b(?=[wbhcrdsegmpu]|op|ar|la|(?-i:[A-Za-z]{0,3}IED))(?:(?:was|were)\s+(?:(?:also|later|reportedly|allegedly)\s+)?(?:found\s+(?:dead|wrapped|buried|lifeless)|"
    r"shot(?:\s+dead|\s+to\s+death|\s+at)?|murdered|beheaded|stabbed|ambushed|attacked|"
    r"set\s+on\s+fire|abducted|kidnapped)|(?:body|bodies|heads?|corpses?|remains|"
    r"dead\s+(?:man|woman|men|women|person))\s+(?:of\s+[^.;]{1,60}?)?(?:was|were)\s+"
    r"(?:(?:also|later|reportedly)\s+)?(?:found|thrown|dumped|discovered|abandoned|recovered)|"
    r"drive-by\s+shooting|shoot-?outs?|explosions?|(?-i:[A-Z]{0,3}IEDs?)|landmines?|grenades?|petrol\s+bombs?|"
    r"unexploded\s+(?:ordnance|ordinance|bombs?|shells?|mines?)|bombs?\s+(?:[\w-]+\s+){0,4}?(?:exploded|detonated|"
    r"went\s+off)|opened\s+fire|(?:shots|gunshots)\s+(?:was|were)\s+fired|(?:shells?|rockets?|mortars?)\s+"
    r"(?:fell|landed|hit)|bullets?\s+hit|bomb\s+was\s+dropped|arson\s+attack|armed\s+attack)\b", re.IGNORECASE)
# a state force's unit known by its number, which the coders write after the force ("Military Forces of Yemen
# (2012-) 35th Armored Brigade", in their US spelling); armed groups seldom number theirs
_NUMBERED_UNIT = re.compile(r"\b(?=\d)\d{1,3}(?:st|nd|rd|th)\s+(?:[A-Z][\w-]*\s+){0,3}(?:Brigade|Division|Battalion|Regiment)\b")
_UNIT_WORDS = ("Brigade", "Division", "Battalion", "Regiment")
# a unit known by its name: in Yemen the coders write it after the state's forces ("Military Forces of Yemen
# (2012-) Amajid Brigade"); in Syria such names are the opposition's factions, named as written ("Al Sham Corps")
_NAMED_UNIT = re.compile(r"\b(?P<name>(?:Al\s+)?(?!The\b)[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\s+"
                         r"(?:Brigades?|Division|Corps|Battalion)\b")
_NAMED_UNIT_WORDS = ("Brigade", "Division", "Corps", "Battalion")
# whoever planted a device or attacked as "a man", "two armed men": unnamed even where the forces they hit
# are named
_PLANTED = re.compile(r"\b(?:(?:shot|stabbed|attacked|killed|shot\s+at|fired\s+at)\s+by\s+(?:a|an|one|two|three|four|\d+|"
                      r"several)\s+(?:armed\s+)?(?:men|man|individuals?|persons)|"
                      r"(?i:a|an|two|three|four|\d+|several)\s+(?:armed\s+)?(?:men|man)\s+(?:shot|stabbed|opened\s+fire|"
                      r"threw|fired)|[A-Z]{0,3}IEDs?|landmines?|(?:magnetic\s+|sticky\s+|roadside\s+)?bombs?\s+"
                      r"(?:[\w-]+\s+){0,4}?(?:exploded|detonated|went\s+off)|of\s+unknown\s+origin|unclear\s+who)\b")
_PLANTED_WORDS = ("IED", "mine", "bomb", "origin", "unclear", " man ", " men ", "individual", "person")
# a country's aircraft and strikes are its military's: "Russian warplanes", "Turkish drones"
# and so are its guns, patrols and columns: "Israeli artillery", "a Russian patrol", "a US military column",
# and its missile strikes ("Russian missile strikes", "an Iranian missile attack")
_AIRCRAFT = re.compile(rf"\b(?P<qualifier>{_NAME_WORD})\s+(?:(?:rocket|missile|tank|mortar)\s+and\s+)?"
                       r"(?:war\s?planes?|fighter\s+jets?|jets|military\s+aircraft|aircraft|drones?|helicopters?|"
                       r"air\s?strikes?|drone\s+strikes?|(?:missile|rocket)\s+(?:strikes?|attacks?)|artillery|shelling|"
                       r"patrols?|(?:military\s+)?(?:columns?|"
                       r"convoys?)|tanks|warships?|gunboats?)\b")
_AIRCRAFT_KEY = re.compile(r"\b(?=[wfjmadhascptgWFJMADHASCPTG])(?i:war\s?planes?|jets?|aircraft|drones?|helicopters?|"
                           r"air\s?strikes?|strikes?|attacks?|artillery|shelling|patrols?|columns?|convoys?|tanks|warships?|"
                           r"gunboats?)\b")
_GANG_CUE = re.compile(r"\b(?:gangs?|gangland|cartels?|drugs?|trafficking|hitmen|criminal\s+groups?|criminals|"
                       r"pandilleros)\b", re.IGNORECASE)
# the marks of a criminal killing: the coders of these countries name its unnamed killers a gang as well
_CRIME_MARKS = re.compile(r"\b(?:drive-by|tied|bound|plastic\s+bag|mutilated|beheaded|decapitated|dismembered|"
                          r"threatening\s+message|tortur\w*|handcuffed|gagged|blindfolded|coup\s+de\s+grace|"
                          r"executed)\b", re.IGNORECASE)
_MARKS_MEAN_GANG = frozenset({"MX", "BR"})
# a government's own bodies: "(Aydin) Governorship", "the Interior Ministry", "the government" (the article's)
_GOVERNMENT_BODY = re.compile(
    r"\b(?=[GMIHDFEJTtcfng])(?:[Gg]overnorship|Governorate|Governor'?s\s+Office|"
    r"(?:Ministry|Ministries)\s+of\s+[A-Z][\w'’-]+(?:\s+(?:and\s+)?[A-Z][\w'’-]+){0,2}|"
    r"(?:[Tt]he\s+)?(?:Interior|Health|Defen[cs]e|Foreign|Education|Finance|Justice)\s+[Mm]inistry|"
    r"(?<=\b[Tt]he\s)(?:(?:central|federal|national)\s+)?government)\b")
_WORD_BEFORE = re.compile(rf"\b({_NAME_WORD})\s+$")
# the coalition fighting in the country, under the coders' name for it
_COALITION = re.compile(r"\b(?=[Cc])[Cc]oalition\s+(?i:forces|troops|air\s?strikes?|warplanes|(?:war)?planes|"
                        r"aircraft|jets|drones?|reinforcements)\b")
_COALITION_NAMES = {"YE": "Operation Restoring Hope", "SY": "Global Coalition Against Daesh",
                    "IQ": "Global Coalition Against Daesh"}
# people arrested or detained by no one named: the police did it, as coders record
_ARRESTED = re.compile(r"\b(?=[wbg])(?:was|were|been|being|got)\s+(?:(?:later|also|reportedly)\s+)?"
                       r"(?:arrested|detained)\b(?!\s+by\b)")
_CIVILIANS_KEY = re.compile(r"\b(?=[cmrID])(?:civilians|migrants|refugees|returnees|IDPs|"
                            r"displaced\s+(?:people|persons|families))\b")
_CIVILIANS = re.compile(rf"\b(?:(?P<qualifier>{_NAME_WORD})\s+)?(?P<noun>civilians|migrants|refugees|returnees|"
                        r"IDPs|displaced\s+(?:people|persons|families))\b")
# people driven from their homes are civilians, as coders name the displaced: "forced 480 villagers to flee",
# "840 families evacuated", "260 individuals were displaced"
_DISPLACED = re.compile(r"\b(?=[vfrpihVFRPIH])(?P<noun>(?i:villagers|families|residents|people|individuals|households))\b"
                        r"[^.;]{0,80}?\b(?:fled|to\s+flee|evacuated|(?:were|been|being)\s+(?:\w+\s+)?displaced)\b")
_DISPLACED_KEY = re.compile(r"\b(?=[fed])(?:fled|flee|evacuated|displaced)\b")
_SETTLERS = re.compile(rf"\b(?P<qualifier>{_NAME_WORD})\s+(?i:settlers)\b")
# settlers who beat or stone people are a mob: the coders' rioters (the settlers their associated actor)
_SETTLERS_MOB = re.compile(r"\b(?i:settlers)\b[^.;]{0,40}?\b(?:beat|beaten|attacked|assaulted|stoned|pelted|"
                           r"threw\s+stones|hurled\s+stones|lynched)\b")

# -- crowds --------------------------------------------------------------------------------------------
_PROTEST = re.compile(r"\b(?:protest(?:ed|s|ing)?|demonstrat(?:ed|ion|ions|ing)|rall(?:ied|y|ies)|sit-in|"
                      r"went on strike|staged a strike)\b", re.IGNORECASE)
# "riot police", "riot gear", "anti-riot units" are the police's, not a riot
_RIOT = re.compile(r"(?<!anti-)(?<!anti )\b(?:riot(?:ed|s|ing)?(?!\s+(?:police|policemen|gear|squads?|control|units?|"
                   r"officers?|troops|shields?|forces|vans?|trucks?)\b)|mob|mobs|mob violence|lynch(?:ed|ing)?)\b",
                   re.IGNORECASE)
_CROWD_NOUN = (r"(?:people|residents|locals|villagers|workers|labou?rers|traders|vendors|farmers|students|"
               r"teachers|merchants|citizens|supporters|youths?|activists|drivers|women|nurses|doctors|"
               r"employees|staff|miners|shopkeepers|inmates|prisoners|refugees|migrants|tourists|nationals|"
               r"neighbou?rs|parents|retirees|pensioners|crowds?|demonstrators|protesters|protestors|"
               r"sellers|journalists|relatives|families|victims|community\s+members|persons|inhabitants|volunteers|"
               r"graduates|lecturers|paramedics|interns|firefighters|owners|riders|"
               r"members(?=\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}(?:party|union|association|movement|community|"
               r"network|group|organi[sz]ation|front|council|federation|coalition|collective|committee|alliance|"
               r"society|forum|confederation)\b)|"
               r"(?<=[A-Z]{2}\s)(?:members|cadres)|(?:two|rival)\s+groups)")
_PEACEFUL_VERB = (r"(?:protest(?:ed)?|demonstrated|rallied|marched|gathered|assembled|blocked|block|closed|chanted|"
                  r"shouted|started\s+shouting|picketed|boycotted|staged|went\s+on\s+strike|did\s+a\s+motorcade|"
                  r"took\s+to\s+the\s+streets?|took\s+part\s+in|occupied|padlocked|demand(?:ed|ing)|commemorated|"
                  r"came\s+out\s+(?:on|onto|into)\s+the\s+(?:roads?|streets?)|cut\s+off\s+the\s+road|"
                  r"(?:took\s+out|carried\s+out)\s+(?:a\s+)?(?:procession|motorcade|march)|formed\s+a\s+human\s+chain|"
                  r"(?:held|organi[sz]ed)\s+(?:a\s+)?(?:[\w-]+\s+)?(?:protests?|demonstrations?|rall(?:y|ies)|sit-ins?|"
                  r"marche?s?|strikes?|vigils?|dharnas?|(?:solidarity\s+)?stands?|motorcades?))")
_VIOLENT_VERB = (r"(?:attacked|beat|lynched|clash(?:ed|es)?|pelted|burn(?:ed|t)|torched|set\s+(?:fire|ablaze)|"
                 r"vandali[sz]ed|ransacked|stormed|assaulted|threw|stoned|damaged|destroyed|barricaded|"
                 r"hurled|retaliat\w*)")
# violent only with the crowd as their subject ("residents hit a thief"; not "police hit protesters")
_CROWD_VIOLENT_VERB = (r"(?:fought|hit|spat|beat\s+up|turned\s+violent|engaged\s+in\s+a\s+(?:street|fist)[- ]?fight|killed\s+(?:a|an|the|him|her|them|one|two)\b|looted\s+(?:[\w'’-]+\s+){0,2}?(?:shops?|stores?|supermarkets?|houses?|"
                       r"homes?|offices?|warehouses?|trucks?|markets?))")
_CROWD_ACT = re.compile(
    rf"\b(?:(?P<qualifier>{_NAME_WORD})\s+)?(?P<noun>(?i:{_CROWD_NOUN}))\b"
    rf"(?P<between>[^.;:]{{0,80}}?)\b(?P<verb>(?i:{_VIOLENT_VERB}|{_CROWD_VIOLENT_VERB}|{_PEACEFUL_VERB}))\b")
_CROWD_VERB = re.compile(r"\b" + _letter_groups([alternative for verbs in (_VIOLENT_VERB, _CROWD_VIOLENT_VERB, _PEACEFUL_VERB)
                                                   for alternative in _alternatives(verbs[3:-1])], ignore_case=True) + r"\b")
_CROWD_VIOLENT_ONLY = re.compile(rf"(?i:{_CROWD_VIOLENT_VERB})")
_CROWD_BY = re.compile(rf"\b(?:(?:fatally|severely|badly|brutally)\s+)?(?:beaten(?:\s+up|\s+to\s+death)?|attacked|"
                       rf"lynched|assaulted|stoned|injured|torched|killed|set\s+(?:alight|ablaze|on\s+fire))\s+by\s+"
                       rf"(?:[\w'’-]+\s+){{0,3}}?(?P<noun>(?i:{_CROWD_NOUN}|men|persons))\b")
# not violence: "barricaded themselves into an office", "stormed out of the hospital", "a burnt transformer"
_NOT_VIOLENT = re.compile(r"(?i:barricaded\s+themselves|stormed\s+out)\b")
_ARTICLE_BEFORE = re.compile(r"\b(?i:a|an|the)\s+$")
_PARTICIPLES = frozenset({"burnt", "burned", "damaged", "destroyed", "vandalised", "vandalized", "torched"})
_VIOLENT = re.compile(rf"\b(?i:{_VIOLENT_VERB}|stone[- ](?:throwing|pelting)|(?:throwing|hurling|pelting)\s+stones|"
                      r"burning\s+(?:rubber\s+)?(?:tyres|tires|objects|material|debris|vehicles?|barricades|branches)|molotov|"
                      r"turned\s+violent|violent\s+(?:demonstrations?|protests?)|(?:tyres|tires|branches)\s+on\s+fire|"
                      r"set\s+alight|setting\s+fire|responded\s+with\s+(?:rocks|stones|sticks)|stoning|"
                      r"force\s+(?:themselves|their\s+way)\s+into|"
                      r"set\s+(?:[\w'’-]+\s+){1,3}?on\s+fire|"
                      r"brawl|scuffle|physical\s+confrontation|(?:street|fist)[- ]?fights?)\b")
# a clash between two groups of people is a riot ("a clash between two farmer groups")
_CLASH_BETWEEN = re.compile(rf"\b(?=[cfabCFAB])(?:(?:clash(?:es|ed)?|fight|fighting|brawl)\s+(?:(?:took\s+place|erupted|broke\s+out|"
                            rf"ensued|occurred)\s+)?between\s+(?:[\w'’-]+\s+){{0,3}}?(?:(?P<qualifier>(?-i:{_NAME_WORD}))\s+)?"
                            rf"(?P<noun>groups|factions|communities|{_CROWD_NOUN})|"
                            r"(?:fought|attacked|clashed\s+with|beat)\s+(?:one\s+another|each\s+other)|"
                            # "police clashed with / fought with vendors": a crowd that fights the police riots
                            rf"(?:clashed|fought|scuffled)\s+with\s+(?:[\w'’-]+\s+){{0,3}}?(?P<foe>{_CROWD_NOUN}))\b", re.IGNORECASE)
# a people named by its demonym in a clash or doing what crowds do: "clashes erupted between Palestinians and
# Israeli forces", "Palestinians threw stones" (rioters or protesters of that people's country)
_PEOPLE_CROWD = re.compile(rf"\b(?:(?P<clash>[Cc]lash(?:es|ed)?\s+(?:erupted\s+|broke\s+out\s+|took\s+place\s+)?"
                           rf"between\s+)|(?<![\w-]))(?P<noun>[A-Z][a-z]+(?:ans|is|ese))\b(?!\s+[A-Z])"
                           rf"(?(clash)|(?P<between>[^.;:]{{0,60}}?)\b(?P<verb>(?i:{_VIOLENT_VERB}|{_PEACEFUL_VERB}))\b)")
_PEOPLE_KEY = re.compile(r"\b[A-Z][a-z]+(?:ans|is|ese)\b")
# what a crowd did is told in its sentence and the next ones: "Clashes with the police broke out when ..."
_CROWD_SENTENCES = 3
# the police dispersing people: a crowd that was protesting
_CROWD_DISPERSED = re.compile(rf"\b(?=[dD])dispers(?:ed|ing)\s+(?:[\w'’-]+\s+){{0,4}}?"
                              rf"(?P<noun>(?i:{_CROWD_NOUN}))\b", re.IGNORECASE)
_BACKGROUND_CUE = re.compile(r"\b(?:after|following|since|amid|against|over)\b", re.IGNORECASE)
_CROWD_PRONOUN = re.compile(rf"\b(?:they|(?i:{_CROWD_NOUN}))\b")
_STATE_BEFORE = re.compile(r"\b(?:are|is|been|being)\s+$")
_PAST_AFTER = re.compile(r"[^.;,]{0,40}?\b(?:last\s+(?:week|month|year)|earlier|previously|in\s+(?:January|February|"
                         r"March|April|May|June|July|August|September|October|November|December)|on\s+"
                         r"(?:January|February|March|April|May|June|July|August|September|October|November|"
                         r"December)\s+\d)\b")
# "residents were attacked", "people shot by gunmen": the crowd suffered it ("who were travelling" did not)
_PASSIVE = re.compile(r"\b(?:(?:was|were|been|being)\s+(?:\w+ly\s+)?(?:\w+(?:ed|en)|shot|hit|beat|held|caught|struck|"
                      r"hurt|left|set|put|cut|thrown|burnt)|by|armed|gun|unidentified|unknown)\b", re.IGNORECASE)

# -- armed actors the coders name their own way ------------------------------------------------------------
# (pattern, name) with "{}" standing for the article's country, "{faction}" for the faction the match names;
# matched case-sensitively.
_NAF = "NAF: United Armed Forces of Novorossiya"
_NAF_PATTERN = (r"NAF|DPR|LPR|United Armed Forces of Novorossiya|"
                r"Donbass?\s+People'?s\s+(?:Militia|Republic)|Donetsk\s+People'?s\s+(?:Militia|Republic)|"
                r"Lu[hg]ansk\s+People'?s\s+(?:Militia|Republic)")
_KNOWN_ACTORS: tuple[tuple[str, str], ...] = (
    # the Houthis' own police and authorities
    (r"Houthi(?:-run|-led|-controlled)?\s+(?:security\s+forces|police|security\s+services)",
     "Police Forces of Yemen (2016-) Supreme Political Council"),
    (r"Houthi(?:-run|-led|-controlled)?\s+(?:authorities|government|officials)",
     "Government of Yemen (2016-) Supreme Political Council"),
    (r"pro-Hadi\s+Special\s+Security\s+[Ff]orces|Special\s+Security\s+[Ff]orces", "Police Forces of Yemen Special Security Forces"),
    (r"pro-Houthis?|Houthis?|Ansar Allah", "Military Forces of Yemen (2016-) Supreme Political Council"),
    (r"pro-Hadi|Hadi(?:'s)?\s+(?:government\s+)?(?:forces|troops)", "Military Forces of Yemen"),
    (r"LNA|Libyan National Army|Haftar(?:'s)? forces", "Military Forces of Libya (2014-) Haftar Faction"),
    (r"GNA|Government of National Accord", "Military Forces of Libya (2016-) Government of National Accord"),
    (r"ANDSF|ANSF", "Military Forces of Afghanistan"),
    (r"FARDC", "Military Forces of the Democratic Republic of Congo"),
    (r"Security Belt(?: [Ff]orces)?", "Military Forces of Yemen (2012-) Security Belt Forces"),
    (r"Saudi-led coalition|Arab coalition|Saudi-Emirati coalition", "Operation Restoring Hope"),
    (r"Operation Peace Spring", "Operation Peace Spring"),
    (r"OPS", "Operation Peace Spring"),
    (r"Operation Olive Branch", "Operation Olive Branch"),
    (r"Global Coalition|US-led coalition|international coalition", "Global Coalition Against Daesh"),
    (r"ISWAP|Islamic State West Africa Province|Islamic State in West Africa", "Islamic State (West Africa)"),
    (r"ISGS|Islamic State in the Greater Sahara", "Islamic State (Greater Sahara)"),
    (r"ISKP|IS-K|ISIS-K|Islamic State Khorasan(?: Province)?", "Islamic State (Afghanistan)"),
    (r"Islamic State|ISIS|ISIL|IS|Daesh", "Islamic State ({})"),
    (r"Boko Haram", "Boko Haram - Jamatu Ahli is-Sunnah lid-Dawatai wal-Jihad"),
    (r"(?i:al[- ]shabaa?b)", "Al Shabaab"),
    (r"JNIM", "JNIM: Group for Support of Islam and Muslims"),
    (r"QSD|SDF|Syrian Democratic Forces", "QSD: Syrian Democratic Forces"),
    (r"QDW|NDF|National Defen[cs]e Forces", "QDW: National Defense Forces"),
    (r"HTS|Hayat Tahrir al[- ]Sham", "Hayat Tahrir al Sham"),
    (r"PKK|Kurdistan Workers'? Party", "PKK: Kurdistan Workers Party"),
    (r"TTP|Pakistani Taliban|Tehr[ei]e?k-[ei]-Taliban(?: Pakistan)?", "TTP: Tehreek-i-Taliban Pakistan"),
    (r"Taliban(?:'s)?\s+Red\s+Unit", "Taliban - Red Unit"),
    (r"Taliban", "Taliban"),
    (r"Imbonerakure", "CNDD-FDD-Imbonerakure: National Council for the Defence of Democracy (Imbonerakure Faction)"),
    (r"French\s+Operation\s+Barkhane|Operation\s+Barkhane|Barkhane", "Military Forces of France"),
    (r"(?i:southern\s+resistance)(?:\s+(?i:forces|brigades?))?", "Southern Resistance"),
    (r"NPA|New People's Army", "NPA: New People's Army"),
    (r"ADF|Allied Democratic Forces", "ADF: Allied Democratic Forces"),
    (r"National Resistance(?: [Ff]orces)?", "National Resistance Forces"),
    # national forces' units the coders write after the force's name (well known, not from any text)
    (r"PMF|PMU|Popular Mobili[sz]ation (?:Forces|Units)|Hashd al[- ]Shaabi|Hashd",
     "Military Forces of Iraq Popular Mobilization Forces"),
    (r"Rashtriya Rifles", "Military Forces of India Rashtriya Rifles"),
    (r"CRPF|Central Reserve Police Force", "Police Forces of India Central Reserve Police Force"),
    (r"BSF|Border Security Force", "Police Forces of India Border Security Force"),
    (r"CISF|Central Industrial Security Force", "Police Forces of India Central Industrial Security Force"),
    (r"ITBP|Indo-Tibetan Border Police", "Police Forces of India Indo-Tibetan Border Police"),
    (r"NDS|National Directorate of Security", "Police Forces of Afghanistan National Directorate of Security"),
    (r"ANP", "Police Forces of Afghanistan"),
    (r"ANA", "Military Forces of Afghanistan"),
    (r"MIT|National Intelligence Organi[sz]ation", "Police Forces of Turkey National Intelligence Organization"),
    (r"IRGC|Islamic Revolutionary Guards? Corps|Revolutionary Guards", "Military Forces of Iran Islamic Revolutionary Guard Corps"),
    (r"Densus 88|Detachment 88", "Police Forces of Indonesia Detachment 88"),
    (r"Air Force Intelligence(?: Directorate)?", "Military Forces of Syria Air Force Intelligence Directorate"),
    (r"LDUs?|Local Defen[cs]e Units?", "Military Forces of Uganda Local Defense Unit"),
    (r"SSPDF|South Sudan People'?s Defen[cs]e Forces", "Military Forces of South Sudan"),
    (r"RSF|Rapid Support Forces", "Military Forces of Sudan Rapid Support Forces"),
    (r"Tatmadaw", "Military Forces of Myanmar"),
    (r"Nyatura", "Mayi Mayi Militia (Nyatura)"),
    (r"RR", "Military Forces of India Rashtriya Rifles"),
    (r"Puntland\s+Dervish(?:\s+[Ff]orces?)?", "Military Forces of Somalia Puntland Dervish Force"),
    # Donbas: the self-proclaimed republics' forces are the coders' NAF
    (_NAF_PATTERN, _NAF),
    # Syria's opposition factions and their umbrella, under the coders' names
    (r"AAS|Ahrar al[- ]Sham", "AAS: Ahrar al Sham"),
    (r"JaS|Levant Front|al[- ]Jabha al[- ]Shamiya", "JaS: Levant Front"),
    (r"JWS|Syrian National Army", "JWS: Syrian National Army"),
    # India's Maoist insurgency: the party by name, its fighters as the coders' rebels
    (r"CPI\s?[-(]\s?Maoist\)?|Communist Party of India[- ]\(?Maoist\)?", "CPI (Maoist): Communist Party of India (Maoist)"),
    (r"Maoists?(?:\s+(?:rebels|cadres?|insurgents|militants|guerrillas))?|Naxal(?:ite)?s?(?:\s+(?:rebels|cadres?))?",
     "Naxal-Maoist Rebels (India)"),
    (r"BLA|Baloch Liberation Army", "BLA: Baloch Liberation Army"),
    (r"HBDH|Peoples'? United Revolutionary Movement", "HBDH: Peoples United Revolutionary Movement"),
    (r"SPLM-IO|SPLA-IO|SPLM-In Opposition", "SPLM-In Opposition: Sudan People's Liberation Movement-In Opposition"),
    (r"ARSA|Arakan Rohingya Salvation Army", "ARSA: Arakan Rohingya Salvation Army"),
    (r"AA|Arakan Army", "ULA/AA: United League of Arakan/Arakan Army"),
    (r"CODECO", "CODECO: Cooperative for Development of Congo"),
    (r"MONUSCO", "MONUSCO: United Nations Organization Stabilization Mission in Democratic Republic of Congo"),
    (r"AMISOM", "AMISOM: African Union Mission in Somalia"),
    # DR Congo's Mayi Mayi: the coders name each faction in brackets after the movement
    (r"Mayi[- ]Mayi\s+(?:Militia\s+)?Raiy?a\s+Mutomboki(?:-[A-Z][\w]+)?|Raiy?a\s+Mutomboki(?:-[A-Z][\w]+)?",
     "Mayi Mayi Militia (Raia Mutomboki{faction})"),
    (r"Mayi[- ]Mayi\s+(?!Militia\b)[A-Z][\w-]+(?=\s+(?:militia|militiamen|fighters|combatants|rebels|elements|group))",
     "Mayi Mayi Militia ({faction})"),
    (r"Ma(?:yi|i)[- ]Ma(?:yi|i)(?:\s+[Mm]ilitia)?", "Mayi Mayi Militia"),
    # Mexico's cartels by the coders' names
    (r"CJNG|Jalisco New Generation Cartel|Cartel Jalisco Nueva Generaci[oó]n", "CJNG: Jalisco New Generation Cartel"),
    (r"Sinaloa Cartel", "Sinaloa Cartel"),
    (r"Gulf Cartel|Cartel del Golfo", "Gulf Cartel"),
    (r"Los Zetas|Zetas", "Los Zetas Gang"),
    (r"(?i:dahalo)", "Dahalo Militia"),
    (r"Arbaki", "Militia (Pro-Government)"),
    (r"(?i:children\s+of\s+fire)", "Children of Fire"),
    (r"Dyck Advisory Group", "Dyck Advisory Group"),
)
_MAYI_MAYI = "Mayi Mayi Militia"
# the OSCE's monitors in Donbas report explosions and shots along the contact line without saying who fired:
# the coders record each as an exchange between Ukraine's forces and the NAF
_MONITORED = re.compile(r"\b(?:SMM|Special\s+Monitoring\s+Mission)\b[^.;]{0,80}?\b(?:recorded|observed|registered|heard|saw)\b"
                        r"[^.;]{0,80}?\b(?:explosions?|projectiles?|shots|bursts|ceasefire\s+violations)\b")
_FACTION_AFTER = re.compile(r"\s+(?:militia(?:men)?\s+|fighters\s+|combatants\s+)?\((?P<name>[A-Z][\w-]+)\s+faction\)")
# short names that mean the actor only in its own countries ("OPS" in baseball is no operation)
_KNOWN_ONLY_IN = {"OPS": frozenset({"SY", "TR"}), r"(?i:southern\s+resistance)(?:\s+(?i:forces|brigades?))?": frozenset({"YE"}), r"pro-Hadi\s+Special\s+Security\s+[Ff]orces|Special\s+Security\s+[Ff]orces": frozenset({"YE"}),
                  r"National Resistance(?: [Ff]orces)?": frozenset({"YE"}), r"ANP": frozenset({"AF"}),
                  r"ANA": frozenset({"AF"}), r"NDS|National Directorate of Security": frozenset({"AF"}),
                  r"BSF|Border Security Force": frozenset({"IN"}),
                  r"MIT|National Intelligence Organi[sz]ation": frozenset({"TR"}),
                  r"Air Force Intelligence(?: Directorate)?": frozenset({"SY"}),
                  r"LDUs?|Local Defen[cs]e Units?": frozenset({"UG"}), r"RSF|Rapid Support Forces": frozenset({"SD"}),
                  r"RR": frozenset({"IN"}), r"Nyatura": frozenset({"CD"}), r"AAS|Ahrar al[- ]Sham": frozenset({"SY"}), r"JaS|Levant Front|al[- ]Jabha al[- ]Shamiya": frozenset({"SY"}),
                  r"JWS|Syrian National Army": frozenset({"SY", "TR", "LY"}), r"BLA|Baloch Liberation Army": frozenset({"PK"}),
                  r"AA|Arakan Army": frozenset({"MM", "BD"}), r"ARSA|Arakan Rohingya Salvation Army": frozenset({"MM", "BD"}),
                  r"Maoists?(?:\s+(?:rebels|cadres?|insurgents|militants|guerrillas))?|Naxal(?:ite)?s?(?:\s+(?:rebels|cadres?))?": frozenset({"IN"}),
                  r"HBDH|Peoples'? United Revolutionary Movement": frozenset({"TR"}),
                  _NAF_PATTERN: frozenset({"UA", "RU"})}


def _by_first_letter(patterns: tuple[tuple[str, str], ...]) -> tuple[re.Pattern, dict[str, int]]:
    """One pattern for all ``patterns``, their alternatives grouped under their first letter
    ("H(?:outhis?|...)"): the regex engine skips a group whose letter fails at once, where trying ~150
    alternatives at each capitalised word is what would cost. Returns it and each named group's index in
    ``patterns``; each alternative must start with a letter (or "(?i:" and a letter)."""
    buckets: dict[str, list[str]] = {}
    index: dict[str, int] = {}
    for i, (pattern, _) in enumerate(patterns):
        for alternative in _alternatives(pattern):
            if alternative.startswith("(?i:"):
                letter, rest = alternative[4], "(?i:" + alternative[5:]
                letters = {letter.lower(), letter.upper()}
            else:
                letter, rest, letters = alternative[0], alternative[1:], {alternative[0]}
            if not letter.isalnum() or rest[:1] in ("?", "*", "+", "{"):
                raise ValueError(f"a known actor's pattern must start with a letter: {alternative!r}")
            for letter in sorted(letters):
                name = f"k{len(index)}"
                index[name] = i
                buckets.setdefault(letter, []).append(rf"(?P<{name}>{rest})\b")
    body = "|".join(f"{letter}(?:{'|'.join(alternatives)})" for letter, alternatives in buckets.items())
    return re.compile(rf"\b(?:{body})"), index


_KNOWN, _KNOWN_INDEX = _by_first_letter(_KNOWN_ACTORS)
# a state's forces abroad in an operation the coders name: (forces' country, article's country) -> name
_OPERATIONS = {("SA", "YE"): "Operation Restoring Hope", ("US", "SY"): "Global Coalition Against Daesh",
               ("US", "IQ"): "Global Coalition Against Daesh", ("US", "AF"): "NATO: North Atlantic Treaty Organization"}
# the coders' name for unidentified gangs where police militias may be the killers as well
_COUNTRY_GANG_NAMES = {"BR": "Unidentified Gang and/or Police Militia"}
_UNIDENTIFIED_AIRCRAFT = re.compile(r"\b(?=[uU])(?:unidentified|unknown)\s+(?:war\s?planes?|aircraft|"
                                    r"(?:fighter\s+)?jets?|drones?|helicopters?)\b", re.IGNORECASE)
# state forces the coders write with "the" ("Military Forces of the Philippines"), crowds without it
_THE_COUNTRIES = frozenset({"CD", "CG", "CF", "CI", "US", "GB", "PH", "NL", "DO", "CZ", "BS", "KM", "MV", "SB", "MH",
                            "AE", "GM"})
# armed and state actors and institutions that belong to one country: the country of an article whose
# places do not resolve
_HOME_COUNTRIES: tuple[tuple[str, str], ...] = (
    (r"Houthis?|Ansar Allah|pro-Hadi|Security Belt|Saudi-led coalition|Arab coalition", "YE"),
    (r"LNA|GNA|Haftar|Libyan National Army|Government of National Accord", "LY"),
    (r"ANDSF|ANSF|ANA|ANP|NDS|Taliban|ISKP", "AF"),
    (r"FARDC|MONUSCO|Mayi[- ]Mayi|Mai[- ]Mai", "CD"),
    (r"QSD|SDF|HTS|Hayat Tahrir al[- ]Sham|Syrian Democratic Forces|Operation Peace Spring|Olive Branch", "SY"),
    (r"PMF|PMU|Popular Mobili[sz]ation (?:Forces|Units)|Hashd al[- ]Shaabi|Peshmerga", "IQ"),
    (r"ISWAP|Boko Haram", "NG"),
    (r"(?i:al[- ]shabaa?b)|AMISOM", "SO"),
    (r"TTP|ISPR", "PK"),
    (r"NPA|New People's Army", "PH"),
    (r"CRPF|BSF|CISF|ITBP|J&K|Jammu and Kashmir|Rashtriya Rifles", "IN"),
    (r"SSPDF|SPLM-IO|SPLA-IO", "SS"),
    (r"Imbonerakure|CNDD-FDD", "BI"),
    (r"RSF|Rapid Support Forces", "SD"),
    (r"Tatmadaw", "MM"),
    (r"SMM|Donbass?|Novorossiya", "UA"),
)
_HOME = re.compile(r"(?<![\w-])(?:" + "|".join(rf"(?P<h{i}>{pattern})" for i, (pattern, _) in enumerate(_HOME_COUNTRIES))
                   + r")(?![\w-])")
_PEOPLE_WORD = re.compile(r"\b[A-Z][a-z]{2,}\b")
# the coders' country names where GeoNames names a country otherwise
_CODER_COUNTRY_NAMES = {
    "CD": "Democratic Republic of Congo", "CG": "Republic of Congo", "PS": "Palestine", "SZ": "eSwatini",
    "CZ": "Czech Republic", "CV": "Cape Verde", "TL": "East Timor", "VA": "Vatican City",
    "CI": "Ivory Coast", "MK": "North Macedonia",
}


def find_actors(fact_text: FactText, *, main_country: str | None = None) -> list[Finding]:
    """Actor mentions in text order; ``value`` is the normalised actor name.

    ``main_country`` is the country of the article's places; without one (no place resolved), the
    country the text's own words point to (:func:`text_country`).
    """
    main_country = main_country or text_country(fact_text)
    acronyms = {m["short"]: m["long"] for m in _near(_ACRONYM_DEFINITION, _ACRONYM_BRACKET, fact_text.text, 120)}
    if " (" in fact_text.text:
        acronyms |= {m["short"]: m["long"] for m in _ACRONYM_FIRST.finditer(fact_text.text)}
    found = _known_mentions(fact_text.text, main_country)
    found.extend(_monitored_violations(fact_text.text))
    found.extend(_free(_coalition_mentions(fact_text.text, main_country), found))
    found.extend(_free(_defined_mentions(fact_text.text, acronyms), found))
    found.extend(_free(_force_mentions(fact_text, acronyms, main_country), found))
    found.extend(_free(_government_mentions(fact_text.text, main_country), found))
    found.extend(_free(_group_mentions(fact_text.text, main_country), found))
    found.extend(_free(_named_mentions(fact_text, acronyms, main_country), found))
    found.extend(_free(_crowd_mentions(fact_text.text, main_country), found))
    _crowds_turned_violent(fact_text, found)
    _settler_mobs(fact_text.text, found)
    found.extend(_free(_unnamed_perpetrators(fact_text.text, found, main_country), found))
    found.extend(_free(_unnamed_arresters(fact_text.text, found, main_country), found))
    found.extend(_free(_civilians(fact_text.text, main_country), found))
    _gangs(fact_text.text, found, main_country)
    _merge_surnames(found)
    return sorted(found, key=lambda f: f.start)


def text_country(fact_text: FactText) -> str | None:
    """The country an article without a resolved place is about: the home of an actor that belongs to one
    country ("the Houthis", "CRPF personnel"), else its most frequent demonym ("Iraqi forces"), else
    its outlet's country ("Sun (Nigeria)")."""
    text = fact_text.text
    home = _HOME.search(text)
    if home is not None:
        return _HOME_COUNTRIES[int(home.lastgroup[1:])][1]
    demonyms = Counter(code for m in _PEOPLE_WORD.finditer(text) if (code := demonym_country(m.group())))
    if demonyms:
        return demonyms.most_common(1)[0][0]
    return fact_text.outlet_country


def _near(pattern: re.Pattern, keyword: re.Pattern, text: str, reach: int) -> list[re.Match]:
    """``pattern``'s matches that end at a ``keyword``, tried only in the ``reach`` characters before
    each keyword: scanning a whole article with the name-then-keyword patterns is what would cost."""
    matches, searched_to = [], 0
    for key in keyword.finditer(text):
        start = max(searched_to, key.start() - reach)
        matches.extend(pattern.finditer(text, start, key.end()))
        searched_to = key.end()
    return matches


def _free(candidates: list[Finding], taken: list[Finding]) -> list[Finding]:
    """The candidates that overlap no finding already taken (nor an earlier candidate)."""
    spans = [(f.start, f.end) for f in taken]
    kept = []
    for finding in candidates:
        if not any(finding.start < b and a < finding.end for a, b in spans):
            kept.append(finding)
            spans.append((finding.start, finding.end))
    return kept


def _known_mentions(text: str, main_country: str | None) -> list[Finding]:
    """Armed actors the coders name their own way ("Saudi-led coalition" -> "Operation Restoring Hope")."""
    found = []
    for match in _KNOWN.finditer(text):
        pattern, name = _KNOWN_ACTORS[_KNOWN_INDEX[match.lastgroup]]
        if text[max(0, match.start() - 5):match.start()].lower() == "anti-":
            continue  # "anti-Houthi tribesmen" are not the Houthis
        if main_country not in _KNOWN_ONLY_IN.get(pattern, {main_country}):
            continue
        if "{}" in name:
            if main_country is None:
                continue
            name = name.format(_coder_country(main_country))
        elif "{faction}" in name:
            name = name.format(faction=_faction(match.group(), name))
        elif name == _MAYI_MAYI and (faction := _FACTION_AFTER.match(text, match.end())):
            name = f"{name} ({faction['name']})"  # "Mayi Mayi militiamen (Charles faction)"
        subject = "state forces" if is_force_name(name) else "armed group"
        found.append(Finding("actor", subject, name, match.start(), match.end()))
    return found


def _monitored_violations(text: str) -> list[Finding]:
    """"The OSCE SMM observed 14 explosions near Spartak": both sides of Donbas's contact line, as coders record
    the monitors' unattributed ceasefire violations."""
    match = _MONITORED.search(text) if "SMM" in text or "Special Monitoring" in text else None
    if match is None:
        return []
    return [Finding("actor", "state forces", _force_name("military", "UA"), match.start(), match.end()),
            Finding("actor", "armed group", _NAF, match.start(), match.end())]


def _faction(mention: str, name: str) -> str:
    """The faction a mention names, as the coders write it in brackets: "-Kabazimiya" of "Raia
    Mutomboki-Kabazimiya" (the movement's name is in the pattern), "Kifuafua" of "Mayi Mayi Kifuafua"."""
    if "Mutomboki" in name:
        return mention[mention.index("Mutomboki") + len("Mutomboki"):]
    return mention.split()[-1]


def _coalition_mentions(text: str, main_country: str | None) -> list[Finding]:
    """"coalition airstrikes" in Yemen are Operation Restoring Hope's, in Syria or Iraq the Global Coalition's."""
    if main_country not in _COALITION_NAMES:
        return []
    name = _COALITION_NAMES[main_country]
    return [Finding("actor", "armed group", name, m.start(), m.end()) for m in _COALITION.finditer(text)]


def _defined_mentions(text: str, acronyms: dict[str, str]) -> list[Finding]:
    """Organisations the text defines with an acronym ("the EPP (Paraguayan People's Army)"), under the
    long name wherever the acronym or the definition stands; state forces are left to the force finder."""
    found = []
    for short, long in acronyms.items():
        long = _clean_name(long)
        if _force_of_name(long) or _country_of(short) or not _ORGANISATION_WORD.search(long):
            continue
        for match in re.finditer(rf"\b{re.escape(short)}\b(?:\s+\({re.escape(long)}\))?", text):
            found.append(Finding("actor", "organisation", long, match.start(), match.end()))
    return found


def _unnamed_perpetrators(text: str, found: list[Finding], main_country: str | None) -> list[Finding]:
    """"a man was found dead", "a shoot-out took place": violence whose perpetrator the article never
    names is recorded, as coders do, as an unidentified armed group's (only when no armed actor is named;
    a bomb's planter only when no armed group is: state forces are what bombs and mines hit)."""
    if main_country is None or any(f.subject in ("armed group", "rioters") for f in found):
        return []
    match = _PLANTED.search(text) if any(word in text for word in _PLANTED_WORDS) else None
    if match is None and not any(f.subject == "state forces" for f in found):
        match = _UNNAMED_VIOLENCE.search(text)
    if match is None:
        return []
    return [Finding("actor", "armed group", _force_name("unidentified", main_country), match.start(), match.end())]


def _unnamed_arresters(text: str, found: list[Finding], main_country: str | None) -> list[Finding]:
    """"55 people were arrested": arrests whose agent the article never names are the police's (only when
    no state force is named)."""
    if main_country is None or any(f.subject == "state forces" for f in found):
        return []
    match = _ARRESTED.search(text)
    if match is None:
        return []
    return [Finding("actor", "state forces", _force_name("police", main_country), match.start(), match.end())]


def _civilians(text: str, main_country: str | None) -> list[Finding]:
    """Unarmed people as coders name them: "Venezuelan migrants" -> Civilians (Venezuela); without a
    demonym, the article's country."""
    found = []
    for match in _near(_CIVILIANS, _CIVILIANS_KEY, text, 30):
        qualifier = match["qualifier"]
        country = (_country_of(qualifier) if qualifier else None) or main_country
        if country is not None:
            start = match.start() if qualifier and _country_of(qualifier) else match.start("noun")
            found.append(Finding("actor", "civilians", f"Civilians ({_coder_country(country)})", start, match.end()))
    if main_country is not None:
        found += [Finding("actor", "civilians", f"Civilians ({_coder_country(main_country)})", m.start(), m.end("noun"))
                  for m in _near(_DISPLACED, _DISPLACED_KEY, text, 120)]
    return found


def _government_mentions(text: str, main_country: str | None) -> list[Finding]:
    """A government by its bodies: "the Indian Defence Ministry"; the article's own for "Aydin
    Governorship", "the Interior Ministry", "the government"."""
    found = []
    for match in _GOVERNMENT_BODY.finditer(text):
        before = _WORD_BEFORE.search(text, max(0, match.start() - 30), match.start())
        country = (_country_of(before[1]) if before else None) or main_country
        if country is not None:
            start = before.start(1) if before and _country_of(before[1]) else match.start()
            found.append(Finding("actor", "government", _government_name(country), start, match.end()))
    return found


def _gangs(text: str, found: list[Finding], main_country: str | None) -> None:
    """Unidentified gunmen in an article about gangs or drugs are a gang (under the coders' own name for them
    in some countries); where the coders name the killers of a criminal killing (a drive-by shooting, a bound
    body) a gang as well (Mexico, Brazil), so do its marks."""
    unidentified = [f for f in found if f.value.startswith("Unidentified Armed Group (")]
    if unidentified and (_GANG_CUE.search(text) or main_country in _MARKS_MEAN_GANG and _CRIME_MARKS.search(text)):
        local = _force_name("unidentified", main_country) if main_country else None
        for finding in unidentified:
            if finding.value == local and main_country in _COUNTRY_GANG_NAMES:
                finding.value = _COUNTRY_GANG_NAMES[main_country]
            else:
                finding.value = "Unidentified Gang (" + finding.value.removeprefix("Unidentified Armed Group (")


_QUANTITY_WORDS = frozenset("one two three four five six seven eight nine ten eleven twelve several many some "
                            "few dozens hundreds thousands scores".split())


def _qualifier_and_force(match: re.Match) -> tuple[str | None, int, str, int]:
    """The qualifier and where it starts, the force phrase (lower case) and where the force starts.

    A number opening the sentence is no part of the qualifier ("Two Israeli soldiers" are
    Israeli soldiers). A capitalised word that opens a force phrase with the force word is part of the force:
    "Unidentified gunmen" at a sentence's start are unidentified gunmen, not gunmen of a group "Unidentified".
    """
    qualifier, force = match["qualifier"], " ".join(match["force"].lower().split())
    start = match.start("qualifier")
    while qualifier and (opening := re.match(r"(\S+)\s+", qualifier)) and opening[1].lower() in _QUANTITY_WORDS:
        qualifier, start = qualifier[opening.end():], start + opening.end()
    if qualifier:
        *rest, last = qualifier.split()
        joined = f"{last.lower()} {force}"
        if joined in _FORCE_WORDS:
            return " ".join(rest) or None, start, joined, start + qualifier.rindex(last)
    return qualifier, start, force, match.start("force")


def _force_mentions(fact_text: FactText, acronyms: dict[str, str], main_country: str | None) -> list[Finding]:
    text = fact_text.text
    found = _forces_of(text)
    previous_end = -2
    last_country: dict[str, str] = {}  # force type -> country of its latest qualified mention
    for match in _near(_FORCE, _FORCE_KEY, text, 60):
        if match.start() <= previous_end + 1:  # "Pakistan army troops": one actor
            continue
        previous_end = match.end()
        qualifier, qualifier_start, force_phrase, force_start = _qualifier_and_force(match)
        force = _FORCE_WORDS[force_phrase]
        if qualifier and _REBEL_WORD.search(qualifier):
            if force_phrase == "forces":  # "Southern Resistance forces": the group's name
                found.append(Finding("actor", "armed group", _clean_name(qualifier), match.start(), match.end()))
            continue  # "Paraguayan People's Army": a rebel group, named elsewhere
        country = _country_of(qualifier) if qualifier else None
        start = qualifier_start if country else force_start
        if country is None and force in ("military", "police") and force_phrase == "forces":
            continue  # "forces" alone is too vague to name
        if country is None and qualifier and force_phrase.startswith("gang"):
            continue  # "Los Viagra gang members": a named gang (_named_gangs)
        if country:
            last_country[force] = country
            found.extend(_coordinated(text, qualifier_start, force, match.end()))
        # "soldiers" after "Afghan soldiers" are those soldiers; else the article's main country
        country = country or last_country.get(force) or _home_of_unnamed(text, force, main_country)
        if country is None:
            continue
        name = _force_name(force, country)
        if force == "military" and (country, main_country) in _OPERATIONS:
            name = _OPERATIONS[country, main_country]  # "Saudi forces" in Yemen
        elif force in ("military", "police") and (unit := _unit(text, match, country)):
            name = f"{name} {unit}"
        found.append(Finding("actor", _SUBJECT[force], name, start, match.end()))
    if main_country is not None:
        for match in _NUMBERED_UNIT.finditer(text) if any(word in text for word in _UNIT_WORDS) else ():
            if _REBEL_WORD.search(match.group()):
                continue  # "the 6th Southern Resistance Brigade": an armed group's
            name = f"{_force_name('military', main_country)} {match.group().replace('Armoured', 'Armored')}"
            found.append(Finding("actor", "state forces", name, match.start(), match.end()))
    if main_country in ("YE", "SY") and any(word in text for word in _NAMED_UNIT_WORDS):
        found.extend(_named_units(text, main_country))  # after the numbered: "35th Armored Brigade" is one unit
    for short, long in acronyms.items():
        force = _force_of_name(_clean_name(long))
        if force is None:
            continue
        for match in re.finditer(rf"\b{re.escape(short)}\b", text):
            found.append(Finding("actor", _SUBJECT[force[0]], _force_name(*force), match.start(), match.end()))
    return found


# Countries without an army of their own (Palestine's security forces are police; Costa Rica, Panama and
# Iceland abolished theirs; the micro-states never had one): soldiers there are another country's.
_NO_ARMY = frozenset("PS CR PA IS VA LI AD MC SM GD KI MH FM NR PW WS SB TV DM LC VC".split())


def _home_of_unnamed(text: str, force: str, main_country: str | None) -> str | None:
    """The country of a force the text names without one: the article's, unless that country has no
    army, when it is the one other country the text's demonyms name ("an Israeli raid left 2 soldiers
    dead in Jenin"), else unknown."""
    if force != "military" or main_country not in _NO_ARMY:
        return main_country
    named = {code for m in _PEOPLE_WORD.finditer(text) if (code := demonym_country(m.group()))} - {main_country}
    return named.pop() if len(named) == 1 else None


def _named_units(text: str, main_country: str) -> list[Finding]:
    """"Amajid Brigade" in Yemen is a unit of the state's forces; "Hamza Division" in Syria an armed faction."""
    found = []
    for match in _NAMED_UNIT.finditer(text):
        name = match.group()
        if _REBEL_WORD.search(name) or "Resistance" in name or _country_of(match["name"]):
            continue  # "the Southern Resistance Brigades": a group the known actors name
        if main_country == "YE":
            found.append(Finding("actor", "state forces", f"{_force_name('military', 'YE')} {name}",
                                 match.start(), match.end()))
        else:
            found.append(Finding("actor", "armed group", name, match.start(), match.end()))
    return found


def _unit(text: str, match: re.Match, country: str) -> str | None:
    """The unit a force phrase names: "Military Police", "Gendarmerie" (for "gendarmes"), or a capitalised
    name that is neither a country nor a place, "Government Railway Police"."""
    phrase = " ".join(match["force"].lower().split())
    if phrase in _UNITS:
        return _UNITS[phrase]
    qualifier = match["qualifier"]
    if (not qualifier or len(qualifier.split()) < 2 or not match["force"][0].isupper() or "'" in qualifier
            or "’" in qualifier or "National" in qualifier or _NOT_A_UNIT.intersection(qualifier.split())
            or _country_of(qualifier) == country
            or re.search(r"(?:^|[.!?:]\s*)$", text[:match.start()])  # a sentence's first words
            or re.match(r"\s+[A-Z]", text[match.end():])  # a headline's Title Case
            or resolve_place(qualifier) is not None):
        return None
    named = re.match(r"(?:[A-Z]\w*\s*)+", match["force"]).group().strip()  # "Police" of "Police officer"
    return f"{qualifier} {named}"


def _forces_of(text: str) -> list[Finding]:
    """"military forces of Armenia" -> Military Forces of Armenia; a name no gazetteer knows ("of
    Artsakh") is kept as written when the force words are explicit."""
    found = []
    for match in _FORCE_OF.finditer(text):
        force = _FORCE_WORDS[" ".join(match["force"].lower().split())]
        country = _country_of(match["name"])
        if country:
            name = _force_name(force, country)
        elif match["force"].lower() in ("military forces", "armed forces", "police forces"):
            name = _CANONICAL[force].format(match["name"])
        else:
            continue
        found.append(Finding("actor", _SUBJECT[force], name, match.start(), match.end("name")))
        other = _country_of(match["other"]) if match["other"] else None
        if other:  # "military forces of India and Pakistan"
            found.append(Finding("actor", _SUBJECT[force], _force_name(force, other), match.start("other"), match.end()))
    return found


def _coordinated(text: str, qualifier_start: int, force: str, end: int) -> list[Finding]:
    """"Burundian and Rwandan soldiers": the first demonym's forces too."""
    before = _AND_BEFORE.search(text, max(0, qualifier_start - 40), qualifier_start)
    country = _country_of(before["other"]) if before else None
    if country is None or demonym_country(before["other"][:-1]):
        return []  # "Palestinians and Israeli forces": a people, not a second force
    return [Finding("actor", _SUBJECT[force], _force_name(force, country), before.start("other"), before.end("other"))]


def _group_mentions(text: str, main_country: str | None) -> list[Finding]:
    """Armed groups named by a group word: "Al Shabaab militants", "the NAF rebel forces", "Fulani
    militias" (an ethnic militia), "Hawadle clan militia", "Israeli settlers"; "regime forces" are the
    main country's military."""
    found = _militias_by_kind(text, main_country)
    for match in _near(_NAMED_GROUP, _FIGHTERS_KEY, text, 80):
        if _country_of(match["name"]) or _ISLAMIST.fullmatch(match.group()):
            continue
        name, start = _without_opening_words(match["name"], match.start("name"))
        if name:
            found.append(Finding("actor", "armed group", _clean_name(name), start, match.end("name")))
    for match in _near(_ACRONYM_GROUP, _FIGHTERS_KEY, text, 30):
        if _country_of(match["name"]):
            continue
        # "a UP member" belongs to a party or a council: an organisation, no armed group
        subject = "organisation" if match.group().endswith(("member", "members")) else "armed group"
        found.append(Finding("actor", subject, match["name"], match.start("name"), match.end("name")))
    for match in _near(_MILITIA, _MILITIA_KEY, text, 60):
        if _CAPITALISED_BEFORE.search(text, max(0, match.start() - 30), match.start()):
            continue  # "Dan Na Ambassagou militiamen": the whole name is the entity recogniser's
        name = _militia_name(match["name"], bool(match["clan"]), main_country)
        if name:
            found.append(Finding("actor", "armed group", name, match.start("name"), match.end()))
            other = _MILITIA_AND.search(text, max(0, match.start() - 30), match.start())
            if other and (name := _militia_name(other["name"], bool(match["clan"]), main_country)):
                found.append(Finding("actor", "armed group", name, other.start("name"), other.end("name")))
    for match in _ATTACKING_HERDERS.finditer(text) if main_country is not None and _HERDERS_KEY.search(text) else ():
        attacked_by = match.start() < match.start("name")
        if (attacked_by or match["act"]) and (name := _militia_name(match["name"], False, main_country)):
            found.append(Finding("actor", "armed group", name, match.start("name"), match.end("name")))
    for match in _CLAN_MILITIA.finditer(text):
        if main_country is not None:
            found.append(Finding("actor", "armed group", _militia_name(match["name"], True, main_country),
                                 match.start(), match.end()))
    for match in _COMMUNAL_MILITIA.finditer(text) if main_country is not None and _MILITIA_FROM_KEY.search(text) else ():
        for group in ("name", "other"):
            if not match[group] or _country_of(match[group]):
                continue
            if match["communal"]:
                name = f"{_clean_name(match[group])} Communal Militia ({_coder_country(main_country)})"
            else:
                name = _militia_name(match[group], False, main_country)
            if name:
                found.append(Finding("actor", "armed group", name, match.start(group), match.end(group)))
    for match in _SUB_CLAN.finditer(text) if main_country is not None and ("ub-clan" in text or "ub clan" in text) else ():
        name = f"{match['clan']}-{match['sub']} Sub-Clan Militia ({_coder_country(main_country)})"
        found.append(Finding("actor", "armed group", name, match.start(), match.end()))
    found += _named_gangs(text)
    for match in _ARABIC_GROUP.finditer(text) if _ARABIC_KEY.search(text) else ():
        name = re.sub(r"[-\s]+", " ", match["name"].replace("’", "'"))
        found.append(Finding("actor", "armed group", name, match.start(), match.end()))
    for match in _PRIVATE_SECURITY.finditer(text) if main_country is not None and ("ecurity guard" in text or "rivate security" in text) else ():
        name = f"Private Security Forces ({_coder_country(main_country)})"
        found.append(Finding("actor", "private security", name, match.start(), match.end()))
    for match in _SEPARATISTS.finditer(text) if main_country is not None and "eparatist" in text else ():
        name = _clean_name(match["name"])
        first, _, rest = name.partition(" ")
        name = rest if rest and first.lower() in _NOT_A_PEOPLE else name  # "Suspected Ambazonian separatists"
        if not _country_of(name):
            found.append(Finding("actor", "armed group", f"{name} Separatists ({_coder_country(main_country)})",
                                 match.start("name"), match.end()))
    for match in _UNIDENTIFIED_AIRCRAFT.finditer(text):
        found.append(Finding("actor", "state forces", "Unidentified Military Forces", match.start(), match.end()))
    for match in _PRO_GOVERNMENT_MILITIA.finditer(text):
        found.append(Finding("actor", "armed group", "Militia (Pro-Government)", match.start(), match.end()))
    for match in _near(_GOVERNMENT, _GOVERNMENT_KEY, text, 40):
        country = _country_of(match["qualifier"])
        if country:
            found.append(Finding("actor", "government", _government_name(country),
                                 match.start(), match.end()))
    for match in _near(_SETTLERS, _SETTLERS_KEY, text, 40):
        country = _country_of(match["qualifier"])
        if country:
            found.append(Finding("actor", "armed group", f"Settlers ({_coder_country(country)})",
                                 match.start(), match.end()))
    for match in _near(_AIRCRAFT, _AIRCRAFT_KEY, text, 40):
        country = _country_of(match["qualifier"])
        if country:
            name = _OPERATIONS.get((country, main_country)) or _force_name("military", country)
            found.append(Finding("actor", "state forces", name, match.start(), match.end()))
    if main_country is not None:
        for match in _STATE_FORCES.finditer(text):
            found.append(Finding("actor", "state forces", _force_name("military", main_country),
                                 match.start(), match.end()))
    return found


def _named_gangs(text: str) -> list[Finding]:
    """Criminal groups by name: "the Los Enanos gang" -> Los Enanos Gang, "members of Los Viagras" -> Los
    Viagras Gang, "the Gulf Cartel" as written."""
    found = []
    for match in _NAMED_GANG.finditer(text) if _GANG_KEY.search(text) else ():
        group = match.lastgroup
        name = _clean_name(match[group])
        if _country_of(name) or name.split()[0].lower() in _NOT_A_PEOPLE:
            continue  # "Mexican gang", "Rival gang"
        if group != "cartel" and not name.endswith(("Gang", "Cartel")):
            name += " Gang"
        found.append(Finding("actor", "armed group", name, match.start(group), match.end()))
    return found


def _militias_by_kind(text: str, main_country: str | None) -> list[Finding]:
    """Militias the codebook names by kind when the text names no group: "suspected Islamist militants"
    -> Islamist Militia (<country>), "Al Hayash tribesmen" -> Al Hayash Tribal Militia (<country>) (without
    a name, Unidentified Tribal Militia), "two rival clans" -> Unidentified Clan Militia, "unknown raiders"
    (cattle raids) -> Unidentified Communal Militia."""
    if main_country is None or not _KIND_KEY.search(text):
        return []
    country = _coder_country(main_country)
    found = [Finding("actor", "armed group", f"Islamist Militia ({country})", m.start(), m.end())
             for m in _ISLAMIST.finditer(text)]
    for match in _TRIBESMEN.finditer(text):
        name = match["name"]
        named = name and not _country_of(name) and _clean_name(name).lower() not in _NOT_A_PEOPLE
        value = f"{_clean_name(name)} Tribal Militia ({country})" if named else f"Unidentified Tribal Militia ({country})"
        found.append(Finding("actor", "armed group", value, match.start(), match.end()))
        other = _TRIBE_AND.search(text, max(0, match.start() - 30), match.start()) if named else None
        if other and not _country_of(other["name"]):  # "between Bani Ali and Al Badi tribesmen"
            found.append(Finding("actor", "armed group", f"{_clean_name(other['name'])} Tribal Militia ({country})",
                                 other.start("name"), other.end("name")))
    for match in _PEOPLE_RAIDERS.finditer(text):
        if match["name"].lower() not in _NOT_RAIDERS and (name := _militia_name(match["name"], False, main_country)):
            found.append(Finding("actor", "armed group", name, match.start(), match.end()))
    found += [Finding("actor", "armed group", f"Unidentified Clan Militia ({country})", m.start(), m.end())
              for m in _CLANS.finditer(text)]
    found += [Finding("actor", "armed group", f"Unidentified Communal Militia ({country})", m.start(), m.end())
              for m in _RAIDERS.finditer(text)]
    return found


_NOT_RAIDERS = frozenset({"unknown", "unidentified", "armed", "cattle", "suspected", "alleged", "the", "some"})
_NOT_A_PEOPLE = frozenset({"suspected", "alleged", "armed", "local", "some", "several", "rival", "the"})


def _without_opening_words(name: str, start: int) -> tuple[str, int]:
    """A group's name without the capitalised article or adjective that opens its sentence ("The militants",
    "Suspected ISWAP fighters"): the name and where it starts, or "" when nothing is left."""
    offset = 0
    while (word := re.match(r"(\S+)\s+", name[offset:])) and _opening_word(word[1]):
        offset += word.end()
    rest = name[offset:]
    return ("", start) if _opening_word(rest) or not rest[:1].isupper() else (rest, start + offset)


def _opening_word(word: str) -> bool:
    # an adverb opens a description, never a name: "Heavily armed militants"
    adverb = len(word) > 4 and word.lower().endswith("ly") and word[1:].islower()
    return word in _NOT_A_UNIT or word.lower() in _NOT_A_PEOPLE or adverb


def _militia_name(name: str, clan: bool, main_country: str | None) -> str | None:
    """"Fulani" -> "Fulani Ethnic Militia (Nigeria)"; a place -> "<place> Communal Militia (...)"."""
    name = _clean_name(name)
    first, _, rest = name.partition(" ")
    if rest and first.lower() in _NOT_A_PEOPLE:
        name = rest  # "Suspected Fulani militias"
    if (main_country is None or _country_of(name) or name.lower() in ("local", "communal", "tribal", "armed")
            or name.lower().startswith(("pro-", "anti-"))):
        return None
    country = _coder_country(main_country)
    if clan:
        return f"{name} Clan Militia ({country})"
    place = resolve_place(name)
    kind = "Communal" if place is not None and place.country == main_country else "Ethnic"
    return f"{name} {kind} Militia ({country})"


# kin, victims and helpers who gathered protest only if the article says so or the sentence gives a cause
# ("relatives gathered to demand answers"; not "relatives gathered at the mine gate waiting for news")
_MERE_GATHERINGS = frozenset({"gathered", "assembled"})
_KIN_AND_HELPERS = frozenset("relatives families parents victims tourists volunteers neighbours neighbors paramedics "
                             "firefighters".split())
_GATHERED_FOR = re.compile(r"[^.;]{0,80}?\b(?:to\s+(?:demand|protest|denounce|condemn|call|oppose|press|voice|"
                           r"express|show|demonstrate|reject|mark|commemorate)|against|demanding|calling\s+for|chant"
                           r"|in\s+(?:support|solidarity|protest)|with\s+(?:placards|banners|slogans))", re.IGNORECASE)


def _crowd_mentions(text: str, main_country: str | None) -> list[Finding]:
    """Crowds named by what they do: "interns protested", "residents blocked the road", "a suspected
    thief was beaten by locals", "a riot broke out". Protesters here; rioters if the crowd turned violent
    (decided for the whole article by :func:`_crowds_turned_violent`)."""
    found = []
    for match in _near(_CROWD_ACT, _CROWD_VERB, text, 120):
        # "people whose homes were badly damaged": the verb is passive, the crowd did nothing
        if _PASSIVE.search(match["between"] + match["verb"]) or _PASSIVE.search(text, max(0, match.start() - 8),
                                                                                 match.start()):
            continue
        if match["verb"].lower() in _MERE_GATHERINGS and match["noun"].lower() in _KIN_AND_HELPERS \
                and not _PROTEST.search(text) \
                and not _GATHERED_FOR.match(text, match.end()):
            continue  # "relatives gathered at the mine gate waiting for news"
        violent = _CROWD_VIOLENT_ONLY.fullmatch(match["verb"]) is not None
        found.append(_crowd(match, match["qualifier"], main_country, violent=violent))
    for match in _PEOPLE_CROWD.finditer(text) if _PEOPLE_KEY.search(text) else ():
        country = demonym_country(match["noun"][:-1]) or demonym_country(match["noun"])
        if country and not (match["between"] and _PASSIVE.search(match["between"])):
            violent = bool(match["clash"]) or _CROWD_VIOLENT_ONLY.fullmatch(match["verb"] or "") is not None
            found.append(_crowd(match, None, country, violent=violent))
    for pattern, violent in ((_CROWD_BY, True), (_CLASH_BETWEEN, True), (_CROWD_DISPERSED, False),
                             (_PROTEST, False), (_RIOT, True)):
        for match in pattern.finditer(text):
            if pattern is _RIOT and _told_as_background(text, match):
                continue  # "relatives protested following a riot at the colony last month"
            found.append(_crowd(match, match.groupdict().get("qualifier"), main_country, violent=violent))
    return [f for f in found if f is not None]


def _crowd(match: re.Match, qualifier: str | None, main_country: str | None, *,
           violent: bool = False) -> Finding | None:
    country = _country_of(qualifier) if qualifier else None
    # the crowd is its noun ("CNL supporters": the organisation's own name stays the organisation's), with
    # the qualifier that names its country
    noun = match.groupdict().get("noun")
    start = match.start("qualifier") if country else match.start("noun") if noun else match.start()
    country = country or main_country
    if country is None:
        return None
    end = match.end("noun") if noun else match.end()
    kind = "rioters" if violent else "protesters"
    return Finding("actor", kind, _force_name(kind, country), start, end)


def _told_as_background(text: str, match: re.Match) -> bool:
    """Violence the sentence gives as the crowd's reason or a past event, not as what the crowd did:
    "after / following / since / amid ..." before it in the same clause (unless "they" did it), a time after it ("last
    month", "on April 28"), or a state ("houses are damaged")."""
    before = text[max(0, match.start() - 60):match.start()]
    cue = None
    for cue in _BACKGROUND_CUE.finditer(before):
        pass
    if cue is not None and not re.search(r"[,.;:]", before[cue.end():]) and not _CROWD_PRONOUN.search(before, cue.end()):
        return True
    return bool(_STATE_BEFORE.search(before) or _PAST_AFTER.match(text, match.end()))


def _settler_mobs(text: str, found: list[Finding]) -> None:
    """"Settlers beat a farmer": mob violence, whose actor the coders name rioters of the settlers' country."""
    for finding in found:
        if finding.value.startswith("Settlers (") and _SETTLERS_MOB.match(text, finding.end - len("settlers")):
            finding.subject, finding.value = "rioters", "Rioters" + finding.value.removeprefix("Settlers")


def _crowds_turned_violent(fact_text: FactText, found: list[Finding]) -> None:
    """A crowd that throws stones, burns tyres, clashes or beats someone riots: the article's protesters
    are rioters. What the crowd did is read from its sentence and the two after it."""
    crowds = [f for f in found if f.subject in ("protesters", "rioters")]
    if not crowds:
        return
    text, sentences = fact_text.text, fact_text.sentences
    violent = False
    for finding in crowds:
        index = fact_text.sentence_index(finding.start)
        start, end = sentences[index].start, sentences[min(index + _CROWD_SENTENCES, len(sentences)) - 1].end
        if finding.subject == "rioters" or any(not _told_as_background(text, m) and not _not_violence(text, m)
                                               for m in _VIOLENT.finditer(text, start, end)):
            violent = True
    for finding in crowds:
        if violent and finding.subject == "protesters":
            finding.subject = "rioters"
            finding.value = "Rioters" + finding.value.removeprefix("Protesters")


def _not_violence(text: str, match: re.Match) -> bool:
    """A violent word that tells no violence by a crowd: "barricaded themselves in", "stormed out", "a burnt
    house", "protesters were attacked by police" (but "a man was beaten by locals" is the locals')."""
    return bool(_NOT_VIOLENT.match(text, match.start())
                or match.group().lower() in _PARTICIPLES and _ARTICLE_BEFORE.search(text, max(0, match.start() - 5),
                                                                                    match.start())
                or _PASSIVE_BEFORE.search(text, max(0, match.start() - 24), match.start())
                and text.startswith(" by ", match.end()) and not _CROWD_BY.match(text, match.start()))


_PASSIVE_BEFORE = re.compile(r"\b(?i:was|were|been|being)\s+(?:\w+ly\s+)?$")


def _named_mentions(fact_text: FactText, acronyms: dict[str, str], main_country: str | None) -> list[Finding]:
    """Organisations and people that spaCy's NER found in the sentences already parsed (English)."""
    found = []
    for sentence in fact_text.sentences:
        doc = sentence.parsed
        if doc is None:
            continue
        for entity in doc.ents:
            if entity.label_ not in _NER_LABELS:
                continue
            start = sentence.start + entity.start_char
            end = sentence.start + entity.end_char
            name = _clean_name(entity.text)
            if _countries_joined(name):  # "Pak-Afghan (trade)": an adjective of two countries, no actor
                continue
            if name.islower() or entity.label_ == "PERSON" and _town_after_preposition(fact_text.text, start, name) \
                    or coordinated_with_a_place(entity.root):
                continue  # "apricot orchards", "the road to Abarán": no name, or a place the recogniser misread
            if entity.label_ == "PERSON" and any(c.isdigit() for c in name) \
                    or " " not in name and _TITLE_AFTER.match(fact_text.text, end):
                continue  # "the Finance Bill 2025"; "Interior" of "Interior Minister Ali Yerlikaya": a portfolio
            name = acronyms.get(name, name)
            force = _force_of_name(name)
            value = _force_name(*force) if force else name
            subject = _SUBJECT[force[0]] if force else _NER_LABELS[entity.label_]
            government = _GOVERNMENT.fullmatch(name)
            country = _country_of(government["qualifier"]) if government else None
            if country:  # "Turkish Government"
                value, subject = _government_name(country), "government"
            found.append(Finding("actor", subject, value, start, end))
    return found


_PREPOSITION_OF_PLACE = re.compile(r"\b(?i:in|near|into|outside|to|from)\s+$")
# A title after one word makes that word a portfolio, not a body: "Interior Minister", "Foreign Secretary".
_TITLE_AFTER = re.compile(r"\s+(?:Ministers?|Secretar(?:y|ies)|Commissioner|Spokes(?:man|woman|person))\b")


def _town_after_preposition(text: str, start: int, name: str) -> bool:
    """Whether a one-word name after a preposition of place is a place the gazetteer knows ("the road to Abarán")."""
    return " " not in name and _PREPOSITION_OF_PLACE.search(text, max(0, start - 8), start) is not None \
        and resolve_place(name) is not None


def _merge_surnames(found: list[Finding]) -> None:
    """A person named by surname alone takes the full name used for them elsewhere in the article."""
    full_names = [f.value for f in found if f.subject == "person" and " " in f.value]
    for finding in found:
        if finding.subject == "person" and " " not in finding.value:
            matches = [n for n in full_names if n.split()[-1] == finding.value]
            if len(set(matches)) == 1:
                finding.value = matches[0]


def actor_name(phrase: str) -> str:
    """The normalised actor name of a phrase such as a speaker ("Pakistan army said").

    >>> actor_name("Inter-Services Public Relations (ISPR) media wing of the Pakistani army")
    'Military Forces of Pakistan'
    >>> actor_name("Dawn News")
    'Dawn News'
    """
    for match in _FORCE.finditer(phrase):
        force = _force_of_name(match.group())
        if force:
            return _force_name(*force)
    return _clean_name(phrase)


def is_force_name(name: str) -> bool:
    """True for a normalised state force, crowd or armed group name ("Military Forces of Pakistan")."""
    return any(name.startswith(pattern.split("{}")[0]) for pattern in _CANONICAL.values())


def _force_of_name(name: str) -> tuple[str, str] | None:
    """("military", "AF") for "Afghan National Army", None for a name that is no state force
    ("Paraguayan People's Army" is a rebel group)."""
    match = _FORCE.fullmatch(name.strip())
    if match is None or not match["qualifier"] or _REBEL_WORD.search(match["qualifier"]):
        return None
    country = _country_of(match["qualifier"])
    if country is None:
        return None
    return _FORCE_WORDS[" ".join(match["force"].lower().split())], country


def _force_name(force: str, country: str) -> str:
    name = _coder_country(country)
    if force in ("military", "police") and country in _THE_COUNTRIES:
        name = "the " + name
    return _CANONICAL[force].format(name)


def _government_name(country: str) -> str:
    """"Government of Turkey", "Government of the Philippines" (the coders' "the" as for state forces)."""
    return f"Government of {'the ' if country in _THE_COUNTRIES else ''}{_coder_country(country)}"


def _country_of(qualifier: str) -> str | None:
    """ISO2 code of a demonym or country name ("Afghan", "Pakistan", "Pakistani", "Afghan National")."""
    words = _clean_name(qualifier.replace("’", "'")).split()  # "The Indian" (Army)
    for word in words[:1]:
        code = demonym_country(word)
        if code:
            return code
    place = resolve_place(" ".join(words))
    if place is not None and place.geonameid is not None and _is_country(place):
        return place.country
    return None


def _is_country(place) -> bool:
    country = country_place(place.country) if place.country else None
    return country is not None and country.geonameid == place.geonameid


@lru_cache(maxsize=512)
def _coder_country(code: str) -> str:
    """The country's name as conflict coders write it ("Democratic Republic of Congo")."""
    if code in _CODER_COUNTRY_NAMES:
        return _CODER_COUNTRY_NAMES[code]
    place = country_place(code)
    return place.name if place else code


def _countries_joined(name: str) -> bool:
    """True for countries joined by hyphens, named or clipped ("Pak-Afghan", "Indo-Pak", "US-Mexico").

    >>> _countries_joined("Pak-Afghan"), _countries_joined("US-Mexico"), _countries_joined("Coca-Cola")
    (True, True, False)
    """
    parts = name.split("-")
    return len(parts) > 1 and all(_country_of(part) or _country_clipped(part) for part in parts)


def _country_clipped(word: str) -> bool:
    """A capitalised word of three letters or more that opens a country's English name ("Pak", "Indo")."""
    if len(word) < 3 or not word[:1].isupper():
        return False
    start = normalize(word)
    return any(name.startswith(start) for name in country_names())


def _clean_name(text: str) -> str:
    return re.sub(r"^(?:the|The)\s+", "", text.strip()).removesuffix("'s").removesuffix("’s").strip()
