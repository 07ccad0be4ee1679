"""Amounts and counts in Chinese (and Japanese) text, which has no spaces between words.

A number counts something when a measure word follows it, as Chinese and
Japanese count nothing without one: "46名士兵" (46 soldiers), "3人死亡" (3
people died), "3具尸体" (3 bodies). The number is written in digits ("46",
"1.5万" = 15,000, "2,000") or in Chinese numerals ("十二", "一百五十", "两",
"三万"); a vague amount is the smallest number it can mean, as elsewhere in
:mod:`newsdesk.facts.numbers` ("数十" 20, "数百" 200, "上千" 1,000, "十几" 11).

Qualifiers before the number: "至少" (at least), "超过"/"逾" (more than),
"约"/"大约" (about), "近"/"将近" (nearly), "不到" (fewer than), "最多"/"多达"
(at most, as many as); after it: "多"/"余" ("三十多人", more than 30) and
"以上" after the measure word (or more), "左右" (about).

A count is one of people: a measure word of people ("名", "位", "人"), "个"
before a people noun, or "具" before bodies ("尸体", "遗体": killed). What is
counted is the people noun after the measure word ("46名阿富汗士兵": "士兵"),
read from a small dictionary of the nouns news counts, and else the noun
ending in a people suffix ("参议员", "民主党人"); the role comes from the
nearest role word after the count in its clause ("3人死亡"), else before it
("打死3名"). As elsewhere, a bare "一名男子" with no role is no count.

>>> from newsdesk.facts.document import FactText
>>> text = "至少46名阿富汗士兵越境，其中包括5名军官。造成三十多人死亡、12人受伤。"
>>> [(a.quote, a.value) for a in han_amounts(text)]
[('至少46', {'min': 46}), ('5', {'exact': 5}), ('三十多', {'min': 31}), ('12', {'exact': 12})]
"""

from __future__ import annotations

import re
from newsdesk.facts.document import Finding, Sentence
from newsdesk.facts.numbers import Amount

HAN_LANGUAGES = frozenset({"zh", "ja"})

_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
           "八": 8, "九": 9}
_UNITS = {"十": 10, "拾": 10, "百": 100, "千": 1000}
_BIG = {"万": 10_000, "萬": 10_000, "亿": 100_000_000, "億": 100_000_000}
_HAN_NUMERAL = "零〇一二两兩三四五六七八九十拾百千万萬亿億"
# Measure words that count people (and "具", bodies; "个", anything, kept only before a people noun).
_PEOPLE_MEASURES = "名位人"
_MEASURES = _PEOPLE_MEASURES + "个個具"
_NUMBER = (
    r"(?P<vague>(?:数|几|幾|上)[十百千万萬亿億]+|十(?:几|幾))"
    r"|(?P<digits>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:\s?(?P<scale>[十百千万萬亿億]+))?"
    rf"|(?P<han>[{_HAN_NUMERAL}]+)"
)
_QUALIFIER_BOUNDS = {
    **dict.fromkeys("至少 最少 起码 起碼 少なくとも".split(), "min"),
    **dict.fromkeys("超过 超過 多于 多於 高于 逾 超 不止".split(), "more"),
    **dict.fromkeys("约有 約有 大约 大約 大概 约 約 差不多".split(), "about"),
    **dict.fromkeys("将近 將近 接近 近 几乎 幾乎".split(), "nearly"),
    **dict.fromkeys("不到 不足 少于 少於".split(), "fewer"),
    **dict.fromkeys("最多 至多 多达 多達".split(), "max"),
}
_QUALIFIER_BEFORE = "|".join(sorted(_QUALIFIER_BOUNDS, key=len, reverse=True))  # "约有" before "约"
# Characters that make a word with a one-character qualifier after them: "附近" (nearby), "最近" (lately).
_NO_QUALIFIER_AFTER = re.compile(r"[附最靠邻鄰临臨就贴貼亲親远遠]近$")
_AMOUNT = re.compile(
    rf"(?:(?P<qualifier>{_QUALIFIER_BEFORE})\s?)?(?:{_NUMBER})"
    rf"(?:\s?(?:至|到|-|–|—|~|～)\s?(?P<upper>\d+|[{_HAN_NUMERAL}]+))?(?P<more>多|余|餘)?(?=\s?[{_MEASURES}])")
_AFTER_MEASURE = re.compile(r"\s?(?P<word>以上|左右|上下)")
# What comes before a number that is no count: an ordinal ("第3名"), a rank ("前3名").
_NOT_BEFORE = re.compile(r"(?:第|前|后|後|排名|No\.)\s?$")
# "3名" read as a rank or a name; "人次" counts visits, "人口" a population, "人民" is "people's".
# "X人队" names a team ("49人队", the 49ers).
_NOT_AFTER_MEASURE = re.compile(
    r"人(?:次|口|民|均|队|隊)|名(?:单|單|字|义|義|称|稱|额|額|次)|位(?:置|于|於)|个(?:月|小时|星期)")

# The nouns of people that news counts (the head comes last in a Chinese noun phrase: "阿富汗士兵").
_PEOPLE_NOUNS = tuple(sorted(set(
    "士兵 军人 軍人 官兵 军官 軍官 士官 战士 戰士 警察 警员 警員 警官 民警 平民 民众 民眾 居民 村民 市民 儿童 兒童 孩子 小孩 婴儿"
    " 嬰兒 妇女 婦女 女性 男性 男子 女子 男孩 女孩 少年 青年 老人 学生 學生 教师 教師 老师 老師 医生 醫生 护士 護士"
    " 医护人员 患者 病人 病例 记者 記者 抗议者 抗議者 示威者 游客 遊客 乘客 旅客 船员 船員 渔民 漁民 工人 矿工 礦工 农民"
    " 農民 难民 難民 移民 武装分子 武裝分子 恐怖分子 激进分子 枪手 槍手 嫌疑人 嫌犯 囚犯 犯人 人质 人質 遇难者 遇難者 死者"
    " 伤者 傷者 受害者 幸存者 倖存者 官员 官員 议员 議員 参议员 參議員 众议员 眾議員 部长 部長 成员 成員 人员 人員 员工 員工"
    " 雇员 僱員 职员 職員 消防员 消防員 志愿者 志願者 公民 侨民 僑民 外国人 外國人 游行者 暴徒 叛军 叛軍 武装人员 武裝人員"
    " 战斗人员 戰鬥人員 民兵 人物 法官 宾客 賓客 教练 教練 董事 成年人 士兵们 家人 亲属 親屬 家属 家屬 男女 儿童们 选民 選民 代表 球员 球員 运动员 運動員 选手 選手"
    " 者 員 员 兵 人士 人".split()), key=len, reverse=True))
_SUBJECT_CHARS = 16
_NOUN_WINDOW = 10  # characters after the measure word searched for the counted noun
_CLAUSE_END = re.compile(r"[，,。；;：:！!？?、（）()\n“”\"]")
_NOUN_END = re.compile(r"[，,。；;：:！!？?、（）()\s“”\"]")  # a space too: "四人受伤 没有嫌疑人" are two headlines
_BODIES = re.compile(r"\s?(?:尸体|屍體|遗体|遺體)")
_ROLE_WORDS: tuple[tuple[str, str], ...] = tuple(sorted((
    (word, role) for role, words in {
        "killed": "死亡 遇难 遇難 丧生 喪生 身亡 罹难 罹難 遇害 殉职 殉職 阵亡 陣亡 被杀 被殺 杀害 殺害 打死 炸死 击毙 擊斃 枪杀"
                  " 槍殺 丧命 喪命 死者 尸体 屍體 遗体 遺體 致死 死去 毙命 斃命 处决 處決 死んだ 死者 撞死 烧死 燒死 淹死 砸死"
                  " 压死 壓死 刺死 杀死 殺死 射杀 射殺 谋杀 謀殺",
        "injured": "受伤 受傷 伤者 傷者 负伤 負傷 轻伤 輕傷 重伤 重傷 伤员 傷員 けが 怪我",
        "missing": "失踪 失蹤 下落不明 行方不明",
        "kidnapped": "绑架 綁架 劫持 人质 人質 被绑 被綁 誘拐 拉致",
        "arrested": "被捕 逮捕 拘留 拘捕 抓获 抓獲 扣押 羁押 羈押 抓捕 被抓 拘押 拘禁 被拘 监禁 監禁 入狱 入獄",
        "displaced": "流离失所 流離失所 难民 難民 无家可归 無家可歸 避難民",
        "evacuated": "撤离 撤離 疏散 撤侨 撤僑 避難",
        "affected": "受灾 受災 受影响 受影響 被災",
        "protesters": "抗议者 抗議者 示威者 抗议 抗議 示威 游行 遊行 デモ",
    }.items() for word in words.split()), key=lambda pair: -len(pair[0])))
_ROLE_PATTERN = re.compile("|".join(re.escape(word) for word, _ in _ROLE_WORDS))
_ROLE_OF = dict(_ROLE_WORDS)
# "46名士兵越境，其中包括5名军官" ("うち5人" in Japanese): the part's cue, at the end of the gap between the whole and the part.
NESTED_CUE = re.compile(r"^[^。；;！？!?]{0,40}?(?P<cue>其中包括|其中有|其中|包括|包含|含|そのうち|うち)\s?$")


def han_amounts(text: str) -> list[Amount]:
    """Every amount of a Chinese or Japanese text that a measure word of counting follows, in text order."""
    amounts = []
    for match in _AMOUNT.finditer(text):
        if match["han"] and match["more"] is None and match.start("han") > 0 \
                and text[match.start("han") - 1] in _HAN_NUMERAL:
            continue
        if match["qualifier"] and _NO_QUALIFIER_AFTER.search(text, max(0, match.start() - 1), match.start() + 1):
            match = _AMOUNT.match(text, match.start("qualifier") + len(match["qualifier"]))
            if match is None:
                continue
        value = _number_value(match)
        if value is None or value <= 0 or _NOT_BEFORE.search(text, max(0, match.start() - 4), match.start()):
            continue
        if match.start() > 0 and (text[match.start() - 1].isdigit() or text[match.start() - 1] == "."):
            continue
        measure_at = _measure_start(text, match.end())
        if _NOT_AFTER_MEASURE.match(text, measure_at):
            continue
        upper = _numeral_value(match["upper"]) if match["upper"] else None
        low, high = _bounds(value, match, upper, _AFTER_MEASURE.match(text, measure_at + 1))
        number_start = next(match.start(g) for g in ("vague", "digits", "han") if match[g])
        number_end = max(match.end(g) for g in ("vague", "digits", "scale", "han", "upper", "more") if match[g])
        amounts.append(Amount(match.start(), match.end(), number_start, number_end, low, high,
                              match["qualifier"] or match["more"] or "", text[match.start():match.end()],
                              from_word=match["digits"] is None))
    return amounts


def _measure_start(text: str, end: int) -> int:
    return end + 1 if text[end:end + 1].isspace() else end


def _number_value(match: re.Match) -> int | None:
    if match["vague"]:
        return _vague_value(match["vague"])
    if match["digits"]:
        number = float(match["digits"].replace(",", ""))
        for scale in match["scale"] or "":
            number *= _UNITS.get(scale) or _BIG[scale]
        return int(number) if number == int(number) else None
    return _numeral_value(match["han"])


def _vague_value(word: str) -> int:
    """The smallest number a vague amount can mean: "数十" 20, "数百万" 2,000,000, "上千" 1,000, "十几" 11."""
    if word[0] == "十":
        return 11
    scale = 1
    for character in word[1:]:
        scale *= _UNITS.get(character) or _BIG[character]
    return scale if word[0] == "上" else 2 * scale


def _numeral_value(numeral: str) -> int | None:
    """The value of a number in digits or in Chinese numerals: "一百五十" 150, "十二" 12, "三万" 30,000."""
    if numeral.isdigit():
        return int(numeral)
    total = section = number = 0
    for i, character in enumerate(numeral):
        if character in _DIGITS:
            number = _DIGITS[character]
        elif character in _UNITS:  # a unit that opens a number is one of it: "十二" 12, "千人" 1,000 people
            opens = i == 0 or numeral[i - 1] in _BIG
            section += (number or (1 if opens else 0)) * _UNITS[character]
            number = 0
        else:
            total = (total + section + number) * _BIG[character]
            section = number = 0
    value = total + section + number
    return value or None


def _bounds(value: int, match: re.Match, upper: int | None,
            after: re.Match | None) -> tuple[int | None, int | None]:
    if upper is not None and upper > value:
        return value, upper
    bound = _QUALIFIER_BOUNDS.get(match["qualifier"] or "")
    if match["more"] or (bound is None and match["vague"]):
        bound = "more" if match["more"] else "min"
    elif bound is None and after is not None:
        bound = "min" if after["word"] == "以上" else "about"
    spread = max(1, round(value / 10))
    return {
        None: (value, value), "min": (value, None), "more": (value + 1, None), "max": (None, value),
        "fewer": (None, value - 1), "about": (value - spread, value + spread), "nearly": (value - spread, value),
    }[bound]


def han_count(sentence: Sentence, amount: Amount, previous_end: int, next_start: int) -> Finding | None:
    """A count of people from the measure word and the words after it; ``previous_end`` and ``next_start``:
    where the sentence's other amounts around this one end and start (a role word between two counts is the
    nearer one's: "3人死亡、12人受伤")."""
    text, base = sentence.text, sentence.start
    measure_at = _measure_start(text, amount.end - base)
    measure = text[measure_at:measure_at + 1]
    after_measure = measure_at + 1
    noun = _counted_noun(text, after_measure)
    if measure in "个個" and (noun is None or noun[1] - len(noun[0]) > _measure_start(text, after_measure)):
        return None  # "个" counts anything: people only when their noun follows it ("三个孩子", not "两个选区的居民")
    bodies = _BODIES.match(text, after_measure) if measure == "具" else None
    if measure == "具" and bodies is None:
        return None
    end = noun[1] if noun else bodies.end() if bodies else after_measure
    single = amount.from_word and amount.low == amount.high == 1
    role = "killed" if bodies else _role_after(text, end, next_start - base) or (
        None if single else _role_before(text, amount.start - base, previous_end - base))
    if single and role is None:
        return None  # "一名男子" alone, as "a man": no count without what befell him
    what = noun[0] if noun else bodies.group().strip() if bodies else "人"
    subject = what + text[end:_clause_end(text, end)][:_SUBJECT_CHARS]  # "士兵越境进入...": who did what
    return Finding("count", subject, {**amount.value, "what": what, "role": role}, amount.start, base + end)


def _counted_noun(text: str, start: int) -> tuple[str, int] | None:
    """(the people noun, where it ends) among the few characters after a measure word, the first one found:
    a noun of the dictionary ("士兵"), or the words up to a people suffix ("民主党人")."""
    start = _measure_start(text, start)
    stop = _NOUN_END.search(text, start, start + _NOUN_WINDOW)
    window = text[start:stop.start() if stop else start + _NOUN_WINDOW]
    for i in range(len(window)):
        noun = next((n for n in _PEOPLE_NOUNS if window.startswith(n, i)), None)
        if noun is None or (len(noun) == 1 and i == 0):
            continue  # a suffix alone is no noun ("5名人")
        whole = noun if len(noun) > 1 else window[:i + 1]
        if len(noun) == 1 and any(joint in whole for joint in "和与與及或"):
            return None  # "一个班加西和美国人": two things joined, no one noun of people
        return whole, start + i + len(noun)
    return None


def _clause_end(text: str, start: int) -> int:
    found = _CLAUSE_END.search(text, start)
    return found.start() if found else len(text)


def _role_after(text: str, start: int, limit: int) -> str | None:
    """The first role word after a count, in its clause and before the next count."""
    found = _ROLE_PATTERN.search(text, start, max(start, min(limit, _clause_end(text, start))))
    return _ROLE_OF[found.group()] if found else None


def _role_before(text: str, start: int, limit: int) -> str | None:
    """The nearest role word before a count, in its clause and after the previous count."""
    clause_start = max((mark.end() for mark in _CLAUSE_END.finditer(text, 0, start)), default=0)
    found = list(_ROLE_PATTERN.finditer(text, max(limit, clause_start), start))
    return _ROLE_OF[found[-1].group()] if found else None


# A letter of a script other than Han and kana: a name in it is for the Latin place spotter.
_OTHER_LETTER = re.compile(r"[^\W\d_\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
# A foreign person's name written in Han, with "·" between its parts, and then the original in brackets:
# "伊丽莎白·沃伦（Elizabeth Warren）".
_TRANSLITERATED_PERSON_BEFORE = re.compile(r"[\u4e00-\u9fff]+[·•・][\u4e00-\u9fff·•・]+\s?[（(]\s?$")


def has_other_letters(text: str) -> bool:
    """Whether a Chinese or Japanese text has a letter of another script (a name the Latin spotter may find)."""
    return _OTHER_LETTER.search(text) is not None


def original_of_a_person(text: str, start: int) -> bool:
    """Whether the word at ``start`` opens the original of a foreign person's name given in brackets after its Han
    transliteration ("沃伦（Elizabeth Warren）"): a given name there, "Elizabeth", is no place."""
    return _TRANSLITERATED_PERSON_BEFORE.search(text, max(0, start - 24), start) is not None


def nested_part(gap: str) -> re.Match | None:
    """The cue of a part of a count in the gap after the whole ("，其中包括"), or None; its group "cue" is the cue's
    words."""
    return NESTED_CUE.match(gap)

