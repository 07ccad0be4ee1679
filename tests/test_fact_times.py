"""Times resolved against the publication date, in the article's own language (facts/times.py)."""

from __future__ import annotations

from datetime import date

import pytest

from newsdesk.facts.times import time_mentions

MONDAY = date(2021, 7, 26)


def resolved(text: str, language: str | None = "en") -> list[tuple[str, str, str, str | None]]:
    return [(text[m.start:m.end], m.first.isoformat(), m.last.isoformat(), m.part_of_day)
            for m in time_mentions(text, MONDAY, language)]


@pytest.mark.parametrize("language, text, quote, part", [
    ("en", "They crossed on Sunday night.", "on Sunday night", "night"),
    ("fr", "Ils ont franchi la frontière dimanche soir.", "dimanche soir", "evening"),
    ("es", "Cruzaron el domingo por la noche.", "el domingo por la noche", "night"),
    ("ru", "Они перешли границу в воскресенье вечером.", "в воскресенье вечером", "evening"),
    ("hi", "सैनिक रविवार रात सीमा पार कर गए।", "रविवार रात", "night"),
    ("zh", "士兵们星期日晚上越境。", "星期日晚上", "evening"),
])
def test_a_weekday_is_the_last_such_day_before_publication_in_any_language(language, text, quote, part):
    assert resolved(text, language) == [(quote, "2021-07-25", "2021-07-25", part)]


@pytest.mark.parametrize("language, text, quote", [
    ("fr", "Un incident similaire a eu lieu le 1er juillet.", "le 1er juillet"),
    ("de", "Ein ähnlicher Vorfall ereignete sich am 1. Juli.", "am 1. Juli"),
    ("pl", "Podobny incydent miał miejsce 1 lipca.", "1 lipca"),
    ("tr", "Benzer bir olay 1 Temmuz tarihinde yaşandı.", "1 Temmuz"),
    ("zh", "类似事件发生在7月1日。", "7月1日"),
])
def test_a_day_and_month_take_the_latest_year_not_after_publication(language, text, quote):
    assert resolved(text, language) == [(quote, "2021-07-01", "2021-07-01", None)]


def test_the_full_stop_after_a_date_is_not_part_of_it():
    assert resolved("Il est arrivé le 1er juillet.", "fr")[0][0] == "le 1er juillet"


def test_relative_days_and_periods():
    assert resolved("Yesterday the army spoke; earlier this month there was another crossing.") == [
        ("Yesterday", "2021-07-25", "2021-07-25", None), ("earlier this month", "2021-07-01", "2021-07-25", None)]
    assert resolved("Вчера армия заявила об этом.", "ru") == [("Вчера", "2021-07-25", "2021-07-25", None)]


def test_may_in_lower_case_is_a_verb_not_a_month():
    assert resolved("Troops may return on May 3.") == [("on May 3", "2021-05-03", "2021-05-03", None)]


def test_an_unknown_language_falls_back_to_the_default_names():
    assert resolved("They crossed on 25 July.", "xx") == [("on 25 July", "2021-07-25", "2021-07-25", None)]


def test_the_quick_checks_before_each_pattern_keep_every_date():
    """Each pattern is skipped when the text lacks every word it needs, and tried only where its first letter
    is: a weekday glued to its part of the day, a month in capitals, a day in Arabic-Indic digits still count."""
    text = "They left Sundaynight. The vote is on JULY 5. Talks began ٣ July."
    found = [(text[m.start:m.end], m.value) for m in time_mentions(text, date(2021, 7, 26), "en")]
    assert found == [("Sundaynight", {"start": "2021-07-25", "end": "2021-07-25", "part_of_day": "night"}),
                     ("on JULY 5", {"start": "2021-07-05", "end": "2021-07-05"}),
                     ("٣ July", {"start": "2021-07-03", "end": "2021-07-03"})]
    assert time_mentions("The minister may resign in Juneau.", date(2021, 7, 26), "en") == []


def test_days_weeks_months_and_years_ago():
    text = "Three days ago the road reopened; two weeks ago it was mined, 2 months ago shelled, a year ago quiet."
    assert resolved(text) == [
        ("Three days ago", "2021-07-23", "2021-07-23", None),
        ("two weeks ago", "2021-07-12", "2021-07-18", None),
        ("2 months ago", "2021-05-01", "2021-05-31", None),
        ("a year ago", "2020-01-01", "2020-12-31", None),
    ]


def test_a_toll_weeks_ago_is_background():
    from newsdesk.facts.background import background_sentences
    from newsdesk.facts.document import FactText

    text = "A bomb hit a bus depot on Saturday. Three weeks ago, a similar blast nearby killed 9 commuters."
    assert background_sentences(FactText.of("t", text, language="en", published=MONDAY.isoformat())) == {1}


def test_overnight_alone_is_the_night_before_publication():
    assert resolved("Drones struck the port overnight, and an overnight curfew began.") == [
        ("overnight", "2021-07-25", "2021-07-26", "night")]
    assert resolved("Shelling went on overnight into Sunday.") == [("Sunday", "2021-07-25", "2021-07-25", None)]


def test_mid_month_written_with_a_hyphen():
    assert resolved("Talks stalled in mid-June and resumed in mid July.") == [
        ("mid-June", "2021-06-01", "2021-06-30", None), ("mid July", "2021-07-01", "2021-07-31", None)]


@pytest.mark.parametrize(("language", "text"), [
    ("hi", "7 जुलाई को जयपुर में 4 लोग घायल हुए।"),
    ("ar", "في 7 يوليو، أصيب 4 أشخاص في حمص."),
])
def test_the_day_of_a_date_in_any_language_is_no_count(language, text):
    from newsdesk.facts.document import FactText
    from newsdesk.facts.extract import extract_findings
    findings = extract_findings(FactText.of("d", text, language=language, published="2023-07-09"))
    assert [f.value["exact"] for f in findings if f.kind == "count"] == [4]
    assert [f.value["start"] for f in findings if f.kind == "time"] == ["2023-07-07"]


@pytest.mark.parametrize(("language", "text", "quote", "part"), [
    ("fr", "Le dépôt a brûlé hier soir.", "hier soir", "evening"),
    ("de", "Das Lager brannte gestern Nacht.", "gestern Nacht", "night"),
    ("en", "The depot burned yesterday afternoon.", "yesterday afternoon", "afternoon"),
])
def test_a_part_of_the_day_after_yesterday_belongs_to_it(language, text, quote, part):
    found = [(text[m.start:m.end], m.value) for m in time_mentions(text, date(2022, 5, 4), language)]
    assert found == [(quote, {"start": "2022-05-03", "end": "2022-05-03", "part_of_day": part})]


def test_a_month_name_of_two_letters_is_read():
    text = "7 मई को पटना में एक पुल गिरा।"
    found = [(text[m.start:m.end], m.value) for m in time_mentions(text, date(2022, 5, 9), "hi")]
    assert found == [("7 मई", {"start": "2022-05-07", "end": "2022-05-07"})]


@pytest.mark.parametrize("language, text, quote, day, part", [
    ("pl", "Żołnierze przekroczyli granicę w niedzielę rano.", "w niedzielę rano", "2021-07-25", "morning"),
    ("ru", "Солдаты перешли границу в пятницу.", "в пятницу", "2021-07-23", None),
    ("tr", "Askerler pazar sabahı sınırı geçti.", "pazar sabahı", "2021-07-25", "morning"),
])
def test_a_day_in_its_accusative_or_with_its_possessive_part_of_day(language, text, quote, day, part):
    assert resolved(text, language) == [(quote, day, day, part)]


def test_an_accusative_that_is_also_a_noun_is_a_day_only_after_on():
    assert resolved("Они защищают окружающую среду.", "ru") == []


THURSDAY = date(2024, 3, 14)


@pytest.mark.parametrize("language, text, quote, first, last, part", [
    # Chinese: CLDR's short and the spoken weekday names, the days before and their part of day
    ("zh", "周日晚上，渡口有两人落水。", "周日晚上", "2024-03-10", "2024-03-10", "evening"),
    ("zh", "礼拜天凌晨，仓库起火。", "礼拜天凌晨", "2024-03-10", "2024-03-10", "night"),
    ("zh", "星期天下午，桥上发生车祸。", "星期天下午", "2024-03-10", "2024-03-10", "afternoon"),
    ("zh", "前天上午，工厂停电。", "前天上午", "2024-03-12", "2024-03-12", "morning"),
    ("zh", "昨晚，一座仓库倒塌。", "昨晚", "2024-03-13", "2024-03-13", "evening"),
    ("zh", "市长将于周二访问该村。", "周二", "2024-03-19", "2024-03-19", None),
    # a future marker right before the day: planned, set for, expected, forecast; not one further back
    ("zh", "两国计划于周二重启会谈。", "周二", "2024-03-19", "2024-03-19", None),
    ("zh", "气象台预计周六有大雪。", "周六", "2024-03-16", "2024-03-16", None),
    ("zh", "部长周二表示，工厂将关闭。", "周二", "2024-03-12", "2024-03-12", None),
    ("zh", "议会周二将其议案否决。", "周二", "2024-03-12", "2024-03-12", None),
    ("ja", "日曜日の夜、倉庫が燃えた。", "日曜日の夜", "2024-03-10", "2024-03-10", "night"),
    # Arabic names the part of day before the day
    ("ar", "انهار جسر في المدينة مساء الأحد.", "مساء الأحد", "2024-03-10", "2024-03-10", "evening"),
    ("ar", "انهار جسر في المدينة صباح يوم الأحد.", "صباح يوم الأحد", "2024-03-10", "2024-03-10", "morning"),
    ("ar", "انهار جسر في المدينة مساء أمس.", "مساء أمس", "2024-03-13", "2024-03-13", "evening"),
    ("ar", "انهار جسر في المدينة ليلة الأحد.", "ليلة الأحد", "2024-03-09", "2024-03-10", "night"),
    ("ar", "انهار جسر في المدينة يوم الأحد.", "يوم الأحد", "2024-03-10", "2024-03-10", None),
    # Czech and Slovak: "v neděli" (locative), "v sobotu" (accusative), CLDR's part-of-day names
    ("cs", "V neděli večer se zřítil most.", "V neděli večer", "2024-03-10", "2024-03-10", "evening"),
    ("cs", "Ve středu ráno vypadl proud.", "Ve středu ráno", "2024-03-13", "2024-03-13", "morning"),
    ("sk", "V nedeľu večer sa zrútil most.", "V nedeľu večer", "2024-03-10", "2024-03-10", "evening"),
    ("de", "Die Brücke stürzte am Dienstagvormittag ein.", "am Dienstagvormittag", "2024-03-12", "2024-03-12",
     "morning"),
])
def test_weekdays_and_days_before_with_their_part_of_day(language, text, quote, first, last, part):
    found = [(text[m.start:m.end], m.first.isoformat(), m.last.isoformat(), m.part_of_day)
             for m in time_mentions(text, THURSDAY, language)]
    assert found == [(quote, first, last, part)]


@pytest.mark.parametrize("language, text", [
    ("zh", "这家报纸每周三出版。"),  # every Wednesday
    ("zh", "这位前天主教神父被起诉。"),  # a former Catholic priest
    ("zh", "结果晚些时候公布。"),  # later
    ("cs", "Ve středu města stojí kostel."),  # in the town centre
    ("cs", "Každou neděli máme volno."),  # "every Sunday": the accusative with no "v" before it
])
def test_words_that_are_no_day(language, text):
    assert time_mentions(text, THURSDAY, language) == []


def test_the_date_of_a_wire_dateline_is_when_it_was_filed_not_when_it_happened():
    from newsdesk.facts.document import FactText
    from newsdesk.facts.extract import extract_findings
    text = ("Landslide buries homes\nBOGOTA, March 11 (Wire) - A landslide buried homes in Rosas on Monday night.\n"
            "Rescuers said on March 11 - the second day - that the search went on.")
    findings = extract_findings(FactText.of("d", text, language="en", published="2025-03-11"))
    subjects = {text[f.start:f.end]: f.subject for f in findings if f.kind == "time"}
    assert subjects["March 11"] == "dateline"
    assert subjects["on Monday night"] == "when it happened"
