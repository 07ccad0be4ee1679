"""Chinese and Japanese text: places by dictionary matching, counts by measure words, parts of day after a date.

Every sentence here is written for the test; none comes from a dataset.
"""

from __future__ import annotations

from newsdesk.facts.counts import find_counts
from datetime import date

from newsdesk.facts.document import FactText, Finding, split_sentences
from newsdesk.facts.extract import extract_findings
from newsdesk.facts.numbers import find_amounts
from newsdesk.facts.places import find_places
from newsdesk.facts.times import time_mentions

PUBLISHED = date(2022, 3, 10)


def _text(text: str, language: str = "zh") -> FactText:
    return FactText.of("t", text, language=language, published="2022-03-10")


def places(text: str, language: str = "zh") -> list[tuple[str, str | None]]:
    return [(text[f.start:f.end], f.value["country"]) for f in find_places(_text(text, language))]


def counts(text: str, language: str = "zh") -> dict[str, Finding]:
    return {text[f.start:f.end]: f for f in find_counts(_text(text, language))}


def amounts(text: str) -> list[tuple[str, dict[str, int]]]:
    return [(a.quote, a.value) for a in find_amounts(text, "zh")]


# -- places ---------------------------------------------------------------------------------------------------

def test_countries_and_big_towns_are_found_in_text_without_spaces():
    assert places("昨天，一艘货轮从土耳其驶往埃及，途中经过开罗。") == [("土耳其", "TR"), ("埃及", "EG"), ("开罗", "EG")]


def test_the_longest_name_wins_at_each_position():
    assert places("代表团抵达印度尼西亚首都雅加达。") == [("印度尼西亚", "ID"), ("雅加达", "ID")]


def test_a_country_before_a_noun_of_its_people_or_bodies_is_who_not_where():
    assert places("法国士兵和德国政府代表在马德里会面。") == [("马德里", "ES")]


def test_a_name_that_burg_continues_is_a_longer_name():
    # 布拉格堡 is Fort Bragg, no Prague; 布拉格 alone is
    assert ("布拉格", "CZ") not in places("五角大楼从位于北卡罗来纳州布拉格堡的第82空降师增派了750名士兵。")
    assert places("代表团前往布拉格。") == [("布拉格", "CZ")]


def test_a_small_town_needs_a_place_word_after_it():
    assert places("警方在卡森市逮捕了他。") == [("卡森", "US")]
    assert places("卡森说他会回来。") == []


def test_a_small_town_inside_an_unknown_longer_name_is_not_spotted():
    # "拉尔" alone is a town; before "地区" it is the tail of a name the gazetteer lacks
    assert places("部队进入了巴基斯坦吉德拉尔地区。") == [("巴基斯坦", "PK")]


def test_two_character_names_read_as_other_words_are_not_spotted():
    assert places("许多发展中国家支持这项决议。") == []  # developing countries, not China
    assert places("会谈在中国举行。") == [("中国", "CN")]
    assert places("巴中两国外长举行会谈。") == []  # Pakistan and China, not Bazhong
    assert places("沿海地区下了大雨。") == []  # coastal areas, not Haiti


def test_a_name_in_a_title_or_joined_to_a_person_name_by_a_dot_is_not_a_place():
    assert places("他在《伦敦晚报》上写道。") == []
    assert places("他在伦敦写道。") == [("伦敦", "GB")]
    assert places("记者采访了保罗·华盛顿。") == []


def test_a_region_word_after_a_town_name_makes_it_the_region_of_that_name():
    found = find_places(_text("大雪覆盖了内华达州的山区。"))
    assert [(f.value["name"], f.value["country"], f.value["geonameid"]) for f in found] == [("Nevada", "US", 5509151)]


def test_japanese_katakana_names_are_found_whole():
    assert places("兵士がパキスタンに越境した。", "ja") == [("パキスタン", "PK")]


# -- counts ---------------------------------------------------------------------------------------------------

def test_chinese_numerals_and_multipliers():
    assert amounts("一百五十名工人、十二名警察、两名记者、1.5万人和三万人") == [
        ("一百五十", {"exact": 150}), ("十二", {"exact": 12}), ("两", {"exact": 2}), ("1.5万", {"exact": 15000}),
        ("三万", {"exact": 30000})]


def test_qualifiers_before_and_after_the_number():
    assert amounts("至少八名、超过300人、约200人、近千人、三十多人、100人以上、数百名") == [
        ("至少八", {"min": 8}), ("超过300", {"min": 301}), ("约200", {"min": 180, "max": 220}),
        ("近千", {"min": 900, "max": 1000}), ("三十多", {"min": 31}), ("100", {"min": 100}), ("数百", {"min": 200})]


def test_numbers_without_a_measure_word_or_of_a_date_rank_or_team_are_no_amounts():
    assert amounts("2021年3月5日，他排名第3名，一个月后读了三分之二，49人队获胜，5名球迷受伤。") == [("5", {"exact": 5})]


def test_a_near_that_is_part_of_nearby_is_no_qualifier():
    assert amounts("工厂附近50名工人") == [("50", {"exact": 50})]


def test_the_role_comes_from_the_nearest_role_word_in_the_clause():
    found = counts("矿井坍塌造成9人死亡、14人受伤，另有2人失踪。")
    assert [(f.value["exact"], f.value["role"]) for f in found.values()] == [
        (9, "killed"), (14, "injured"), (2, "missing")]


def test_a_role_word_before_the_count_applies_when_none_follows():
    found = counts("警方逮捕了六名抗议者。")
    assert found["六名抗议者"].value == {"exact": 6, "what": "抗议者", "role": "arrested"}


def test_the_counted_noun_is_the_people_noun_after_the_measure_word():
    found = counts("27名叙利亚难民抵达边境。")
    assert found["27名叙利亚难民"].value["what"] == "难民"


def test_the_general_measure_word_counts_people_only_right_before_their_noun():
    assert counts("三个孩子在洪水中失踪。")["三个孩子"].value == {"exact": 3, "what": "孩子", "role": "missing"}
    assert counts("两个村庄的居民撤离了。") == {}


def test_bodies_are_counted_as_killed():
    assert counts("搜救队找到4具遗体。")["4具遗体"].value == {"exact": 4, "what": "遗体", "role": "killed"}


def test_a_part_of_a_count_is_a_count_of_its_own():
    text = "30名游客被困山中，其中包括8名儿童。"
    found = counts(text)
    assert found["其中包括8名儿童"].value == {"exact": 8, "what": "儿童", "role": None}
    assert found["其中包括8名儿童"].subject == "儿童 among them"
    assert "30名游客被困山中，其中包括8名儿童" in found


def test_one_person_without_a_role_is_no_count():
    assert counts("一名男子说他看见了。") == {}
    assert counts("一名男子被捕。")["一名男子"].value == {"exact": 1, "what": "男子", "role": "arrested"}


def test_japanese_counts_with_the_people_counter():
    assert counts("地震で12人が死亡した。", "ja")["12人"].value == {"exact": 12, "what": "人", "role": "killed"}


def test_a_japanese_part_of_a_count():
    found = counts("46人が越境し、うち5人は将校だった。", "ja")
    assert found["うち5人"].subject == "人 among them"


# -- times and sentences --------------------------------------------------------------------------------------

def test_a_part_of_day_after_a_chinese_date():
    text = "3月8日晚，大桥关闭；3月9日晚些时候重新开放。"
    found = [(text[m.start:m.end], m.part_of_day) for m in time_mentions(text, PUBLISHED, "zh")]
    assert found == [("3月8日晚", "evening"), ("3月9日", None)]


def test_a_part_of_day_after_a_japanese_date():
    text = "3月8日夜、橋が閉鎖された。"
    assert [(text[m.start:m.end], m.part_of_day) for m in time_mentions(text, PUBLISHED, "ja")] == [("3月8日夜", "night")]


def test_a_chinese_date_written_with_spaces():
    text = "2021 年 12 月 18 日，议会通过了法案。"
    assert [text[m.start:m.end] for m in time_mentions(text, PUBLISHED, "zh")] == [
        "2021 年 12 月 18 日"]


def test_chinese_sentences_end_at_full_width_stops():
    text = "他来了。她走了！真的吗？"
    assert [text[a:b] for a, b in split_sentences(text)] == ["他来了。", "她走了！", "真的吗？"]


def test_the_whole_chinese_example_of_the_issue():
    text = "7月25日晚，46名阿富汗士兵越境进入巴基斯坦吉德拉尔地区，其中包括5名军官。喀布尔否认了这一说法。"
    found = [(f.kind, text[f.start:f.end]) for f in extract_findings(_text(text))]
    assert ("time", "7月25日晚") in found
    assert ("place", "巴基斯坦") in found and ("place", "喀布尔") in found
    assert ("count", "其中包括5名军官") in found
    assert not any(kind == "place" and quote == "阿富汗" for kind, quote in found)


def test_a_broadcast_in_a_town_names_the_town_but_a_broadcaster_does_not():
    assert "好莱坞" in [quote for quote, _ in places("数百万观众在好莱坞广播中看到了新年烟火。")]
    assert "北京" not in [quote for quote, _ in places("北京广播电台报道了这次地震。")]


def test_the_original_of_a_transliterated_person_s_name_is_no_place():
    text = "会上，议员林肯·布朗（Lincoln Brown）表示，这座桥将于明年重建。"
    assert [f.value["name"] for f in find_places(FactText.of("t", text, language="zh"))
            if f.value["name"] == "Lincoln"] == []


def test_original_names_and_other_letters_in_han_text():
    from newsdesk.facts.cjk import has_other_letters, original_of_a_person

    text = "议员林肯·布朗（Lincoln Brown）与来自特威克纳姆 (Twickenham) 的代表会面。"
    assert original_of_a_person(text, text.index("Lincoln"))
    assert not original_of_a_person(text, text.index("Twickenham"))  # a place's name, no "·" before it
    assert has_other_letters(text) and not has_other_letters("上海有三人死亡。2024年")
