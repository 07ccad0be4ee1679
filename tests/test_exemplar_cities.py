"""Big towns' names from CLDR's time-zone exemplar cities, in scripts GeoNames' alternate names lack.

Every sentence here is written for the test; none comes from a dataset.
"""

from __future__ import annotations

from newsdesk.facts.document import FactText
from newsdesk.facts.places import find_places
from newsdesk.places import candidates


def places(text: str, language: str = "zh") -> list[tuple[str, str | None, int | None]]:
    found = find_places(FactText.of("t", text, language=language, published="2022-03-10"))
    return [(text[f.start:f.end], f.value["country"], f.value["geonameid"]) for f in found]


def test_chinese_names_of_big_towns_geonames_lacks_are_found():
    assert places("纽约发生枪击事件，三人受伤。") == [("纽约", "US", 5128581)]
    assert places("基辅市中心昨晚传出爆炸声。") == [("基辅", "UA", 703448)]


def test_a_chinese_name_geonames_gives_only_small_namesakes_is_the_big_town():
    assert places("教皇在罗马主持了弥撒。") == [("罗马", "IT", 3169070)]
    assert places("谈判将在维也纳继续举行。") == [("维也纳", "AT", 2761369)]


def test_the_exemplar_city_is_the_most_populous_place_of_its_zone_country():
    assert candidates("纽约")[0].place.geonameid == 5128581  # New York City, not the state's namesake towns


def test_a_country_name_is_not_given_to_a_town():
    # CLDR calls the zone Asia/Kuwait's city 'Kuwait'; the name stays the country's alone
    assert {c.place.country for c in candidates("科威特")} == {"KW"}
    assert candidates("科威特")[0].place.geonameid != 285787  # Kuwait City


def test_a_town_before_the_word_of_a_newspaper_bank_or_exchange_names_an_organisation():
    assert places("记者援引伦敦晚报和东京证券交易所的消息。") == []
    assert places("他说首尔日报公司已经关门。") == []


def test_a_town_before_a_word_of_place_or_of_reporting_stays_a_place():
    assert [p[1] for p in places("东京市长说，他在东京报告了情况。")] == ["JP", "JP"]
