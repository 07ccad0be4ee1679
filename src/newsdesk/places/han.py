"""Spot toponyms in Chinese and Japanese text, which has neither spaces nor capitals to mark a name.

A run of Han characters is matched against the gazetteer (GeoNames' alternate names and CLDR's country
names in Chinese and Japanese) longest name first at each position, left to right; a katakana run
("パキスタン") is asked whole. As any two characters may be a word of their own as well as a town ("民主",
democracy, is a town of China; "联合", united, another), a name is kept only where it is sure:

- a country, a region or a continent ("巴基斯坦", "欧洲");
- a town of two characters with a million people or more ("伦敦", "北京"), or a town of three or more of
  a hundred thousand ("喀布尔");
- a smaller town only with a word of place around it: a place word after it ("吉德拉尔地区", "中和市") or, for
  a name of three characters or more, a preposition of place before it ("在", "进入", "前往").

A country or a town right before a noun of its people or its bodies ("阿富汗士兵", Afghan soldiers;
"巴基斯坦军方", the Pakistani army; "中国人") stands for who they are, as a demonym does in English ("Afghan
soldiers"): no place of the events, so no spot. Nor is a name that other words around it make part of a team's
name, a title, a person's full name or a longer region ("北爱尔兰"); a town's name before "州" or "省" is the
region of that name where GeoNames gives the region no Chinese name ("内华达州": Nevada).

>>> [(s.text, s.confidence) for s in han_spots("7月25日晚，46名阿富汗士兵越境进入巴基斯坦吉德拉尔地区。喀布尔否认。")]
[('巴基斯坦', 2), ('喀布尔', 2)]
"""

from __future__ import annotations

import re

from newsdesk.places.gazetteer import CITY, Gazetteer, get_gazetteer
from newsdesk.places.prepositions import OF_PLACE
from newsdesk.places.spot import LIKELY, SURE, Spot

_MAX_NAME = 10  # characters: "马萨诸塞州" has 5, transliterated towns rarely more than 8
_BIG_TWO_CHARACTER_TOWN = 1_000_000
_BIG_TOWN = 100_000  # as SURE_TOWN_POPULATION of the spaced languages
_NAME_DOTS = frozenset("·・•‧")
_BURG = "堡"  # "-burg", "fort": ends a longer name ("汉堡" Hamburg, "匹兹堡" Pittsburgh, "布拉格堡" Fort Bragg)
_MAX_TITLE = 30  # characters of a title between its marks
# A region's word after its name, or at its end: "内华达州" (Nevada state), "信德省" (Sindh province).
_REGION_WORDS = "州省"
_REGION_WORD_AFTER = re.compile(f"[{_REGION_WORDS}]")
# One-character words after which a new word starts: particles, conjunctions, prepositions.
_FUNCTION_CHARACTERS = frozenset("的了和与與及或在是对對向为為将將把被由以从從到于於自至往称稱说說也都就而但并並等")
_HAN_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff々]+")
_HAN_CHARACTER = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u30a1-\u30fa]")
_KATAKANA_RUN = re.compile(r"[\u30a1-\u30fa\u30fc]{2,}")  # "ー" lengthens a vowel inside a name
# Words of the kind of place written right after a name: "吉德拉尔地区", "中和市", "洛杉矶县".
_PLACE_WORD_AFTER = re.compile(r"(?:地区|地區|市|省|县|縣|区|區|州|镇|鎮|村|乡|鄉|港|岛|島|湾|灣|机场|機場|郡|町)")
# Prepositions and verbs of place right before a name, with no space between.
_PLACE_WORD_BEFORE = re.compile(f"(?:{'|'.join(OF_PLACE['zh'])})$")
# Nouns of a people or of its bodies after a place's name: the name says who, not where ("阿富汗士兵").
_AFFILIATION_AFTER = re.compile(
    r"(?:副|前|代理|安全|国家|國家|有线|有線|电视|電視)?"  # "爱尔兰副总理", "美国安全部队", "美国有线电视新闻网"
    r"(?:士兵|军|軍|部队|部隊|政府|当局|當局|官员|官員|总统|總統|总理|總理|首相|外交|国防|國防|警方|警察|人|民众|民眾|公民|籍"
    r"|大使|使馆|使館|外长|外長|领导|領導|媒体|媒體|方面|队|隊|代表|选手|選手|企业|企業|公司|难民|難民|移民|游客|遊客|学生|學生|兵|武装|武裝"
    r"|国民|國民|政权|政權|议会|議會|国会|國會|总督|總督|侨民|僑民"
    r"|驻|駐|国务|國務|中央|航空|海军|海軍|空军|空軍|陆军|陸軍|语|語"  # "美国驻伊拉克大使馆", "日本航空", "爱尔兰语"
    r"|联邦|聯邦|协会|協會|议员|議員|参议员|參議員|众议员|眾議員|成年|儿童|兒童|妇女|婦女|平民|球员|球員"
    r"|大学|大學|分校"  # a university named after a place: "加州大学洛杉矶分校" happens on no campus there
    r"|节|節)")  # and a festival named after a place or a saint: "圣帕特里克节" (St Patrick's Day)
# An organisation's name made of a town's and the word of its kind: a newspaper, its town and a word or two before
# "报" ("纽约时报", "纽约时报公司", "北京日报", "华盛顿邮报"; not "报道", "报告", reports), a bank, an exchange, a
# broadcaster, a company ("上海银行", "纽约证券交易所", "东京电视台", "北京广播公司", "上海汽车集团"). "广播" alone is a
# broadcast, which happens in its town ("在好莱坞广播中"): a broadcaster's name goes on with the word of its kind.
_ORGANISATION_AFTER = re.compile(
    r"[^\W\d_]{0,2}?(?:报|報)(?![道導导告警复復名])"
    r"|(?:银行|銀行|证券|證券|交易所|集团|集團|电视台|電視台|电台|電台|出版社|控股)"
    r"|(?:广播|廣播)(?:公司|电台|電台|网|網|集团|集團|局|台)")
# A team's name: its town and its nickname before "队" ("费城老鹰队", the Philadelphia Eagles).
_TEAM_AFTER = re.compile(r"[^\W\d_]{0,4}?(?:队|隊)")
# A compass point before a country's name makes a region of it ("北爱尔兰", Northern Ireland) the gazetteer may
# lack under that name: not the country.
_COMPASS_BEFORE = frozenset("北南东東西")


def has_han(text: str) -> bool:
    """Whether ``text`` holds a Han or a katakana character."""
    return _HAN_CHARACTER.search(text) is not None


# One-character short names of countries and continents, joined in pairs and lists ("中美", "巴中", "欧美国家"):
# a two-character name with one before it, or made of two, is more likely such a list ("巴中" is Pakistan and
# China before it is Bazhong; "欧美国家" Europe and America, not the United States).
_SHORT_COUNTRY_NAMES = frozenset("中美日韩韓朝俄英法德意西葡荷比瑞奥奧澳加墨巴印越泰缅緬菲马馬新伊叙敘以沙埃土乌烏阿欧歐亚亞非拉")
# Words that end in "中" (in, among, developing): "中" after them opens no name ("发展中国家", developing countries).
_WORDS_ENDING_IN_ZHONG = re.compile(r"(?:其|之|当|當|发展|發展|集|空|心|手|口|途|期|家|狱|獄|暗|正|居|从|從|过程|過程|会议|會議)$")


def han_spots(text: str, offset: int = 0) -> list[Spot]:
    """Toponyms in the Han and katakana runs of ``text``; offsets are shifted by ``offset``."""
    gaz = get_gazetteer()
    spots = []
    for run in _HAN_RUN.finditer(text):
        spots += _run_spots(gaz, text, run.start(), run.end(), offset)
    for run in _KATAKANA_RUN.finditer(text):
        spot = _judged(gaz, text, run.start(), run.end(), offset, run.start())
        if spot is not None:
            spots.append(spot)
    return sorted(spots, key=lambda s: s.start)


def _run_spots(gaz: Gazetteer, text: str, start: int, end: int, offset: int) -> list[Spot]:
    """The names of one Han run, the longest that passes at each position, left to right."""
    spots = []
    i = word_start = start  # where a word may start: the run's start, or the end of the last name
    while i < end - 1:
        for length in range(min(_MAX_NAME, end - i), 1, -1):
            spot = _judged(gaz, text, i, i + length, offset, word_start)
            if spot is not None:
                spots.append(spot)
                i = word_start = i + length
                break
        else:
            i += 1
    return spots


def _judged(gaz: Gazetteer, text: str, start: int, end: int, offset: int, word_start: int) -> Spot | None:
    """A spot of ``text[start:end]`` if the gazetteer knows it and the rules of the module keep it; ``word_start``:
    where a word may start last before it (see :func:`_opens_word`)."""
    name = text[start:end]
    rows = gaz.rows(name)
    if not rows or _read_as_other_words(text, start, end, name):
        return None
    if any(gaz.kind(row) != CITY for row in rows):
        return None if text[start - 1:start] in _COMPASS_BEFORE else Spot(start + offset, end + offset, name, SURE)
    if _REGION_WORD_AFTER.match(text, end) or name[-1] in _REGION_WORDS:
        region = _region_named_alike(gaz, rows)
        if region is not None:  # "内华达州": the state of Nevada, where GeoNames gives the towns' names only
            return Spot(start + offset, end + offset, name, SURE, region)
        if name[-1] in _REGION_WORDS:
            return None  # a region's name ("...州") given to towns only: a stray alternate name
    if max(map(gaz.population, rows)) >= (_BIG_TWO_CHARACTER_TOWN if len(name) == 2 else _BIG_TOWN):
        return Spot(start + offset, end + offset, name, SURE)
    before = _PLACE_WORD_BEFORE.search(text, max(0, start - 3), start) is not None
    if (_PLACE_WORD_AFTER.match(text, end) and (before or _opens_word(text, start, word_start))) \
            or (len(name) > 2 and before):
        return Spot(start + offset, end + offset, name, LIKELY)
    return None


def _read_as_other_words(text: str, start: int, end: int, name: str) -> bool:
    """Whether the words around a name make it part of something else: a people's or a body's name ("阿富汗士兵"),
    a team's ("费城老鹰队"), an organisation's ("纽约时报"), a title ("《利物浦回声报》"), a person's full name, joined by a dot ("唐纳德·特朗普"),
    a place word that opens with the name's last character ("沿海地区", coastal areas, holds no "海地", Haiti), a
    longer name ending in "堡" ("布拉格堡", Fort Bragg, is no Prague), or words that a two-character name cuts
    across (see :func:`_two_characters_read_otherwise`)."""
    return bool(
        _AFFILIATION_AFTER.match(text, end) or _TEAM_AFTER.match(text, end)
        or _ORGANISATION_AFTER.match(text, end) or _in_title(text, start)
        or text[start - 1:start] in _NAME_DOTS or text[end:end + 1] in _NAME_DOTS
        or (name[-1] == "地" and _PLACE_WORD_AFTER.match(text, end - 1))
        or text[end:end + 1] == _BURG
        or _two_characters_read_otherwise(text, start, name))


def _region_named_alike(gaz: Gazetteer, rows: tuple[int, ...]) -> str | None:
    """The name of a region (admin1) of the same name as one of the towns ``rows`` and in its country."""
    for row in rows:
        region = gaz.admin1_by_name(gaz.country(row), gaz.name(row))
        if region is not None:
            return gaz.name(region)
    return None


def _in_title(text: str, start: int) -> bool:
    """Whether a name stands inside the title marks of a work or a newspaper ("《利物浦回声报》")."""
    opened = text.rfind("《", max(0, start - _MAX_TITLE), start)
    return opened >= 0 and text.rfind("》", opened, start) < 0 and "》" in text[start:start + _MAX_TITLE]


def _two_characters_read_otherwise(text: str, start: int, name: str) -> bool:
    """Whether a two-character name is more likely other words: a pair of short country names ("巴中"), or a
    name after a short country name ("欧美国家") or after a word ending in "中" ("发展中国家")."""
    if len(name) != 2:
        return False
    if name[0] in _SHORT_COUNTRY_NAMES and name[1] in _SHORT_COUNTRY_NAMES:
        return True
    previous = text[start - 1:start]
    return previous in _SHORT_COUNTRY_NAMES or (
        name[0] == "中" and _WORDS_ENDING_IN_ZHONG.search(text, max(0, start - 2), start) is not None)


def _opens_word(text: str, start: int, word_start: int) -> bool:
    """Whether a small town's name found by the place word after it starts where a word may: ``word_start`` (the
    run's start, or the end of the name before it) or after a word of function; not inside a longer name
    ("吉德拉尔地区" is no "拉尔")."""
    return start == word_start or text[start - 1] in _FUNCTION_CHARACTERS
