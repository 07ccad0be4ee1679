"""Reconciliation rules (issue 5) on hand-made claims, and the citation checker catching bad briefs."""

from __future__ import annotations

import json

from newsdesk.brief import check_event, to_html, write_brief
from newsdesk.model import Article, ArticleClaim, BriefSentence, Event, Span
from newsdesk.reconcile import reconcile_event


def article(aid: str, published: str = "2024-05-02", copy_of: str | None = None, text: str = "") -> Article:
    return Article(id=aid, text=text, published=published, duplicate_of=copy_of, language="en")


def count(aid: str, value: dict, polarity: str = "asserts", who: str | None = None) -> ArticleClaim:
    return ArticleClaim(aid, "count", "people killed", {"what": "people", "role": "killed", **value}, 0, 2, "xx",
                        attributed_to=who, polarity=polarity)


def test_copies_alone_do_not_corroborate():
    articles = [article("a"), article("b", copy_of="a")]
    result = reconcile_event("E", articles, [count("a", {"exact": 12}), count("b", {"exact": 12})])
    assert [c.status for c in result.claims] == ["single_source"]


def test_incompatible_figures_of_the_same_day_are_contested_and_name_each_other():
    articles = [article("a"), article("b")]
    result = reconcile_event("E", articles, [count("a", {"exact": 35}, who="police"),
                                             count("b", {"exact": 46}, who="army")])
    first, second = result.claims
    assert first.status == second.status == "contested"
    assert first.conflicts_with == [second.claim_id] and second.conflicts_with == [first.claim_id]
    assert {s.attributed_to for c in result.claims for s in c.support} == {"police", "army"}


def test_a_toll_that_rises_in_later_reports_is_an_update_not_a_contest():
    articles = [article("a", "2024-05-01"), article("b", "2024-05-02"), article("c", "2024-05-02")]
    claims = [count("a", {"exact": 10}), count("b", {"exact": 14}), count("c", {"exact": 14})]
    (claim,) = reconcile_event("E", articles, claims).claims
    assert claim.status == "corroborated"
    assert claim.value["exact"] == 14 and claim.value["updated_from"][0]["exact"] == 10


def test_a_part_of_a_group_does_not_contest_its_total():
    articles = [article("a"), article("b")]
    soldiers = {"what": "soldiers", "role": None}
    claims = [ArticleClaim("a", "count", "soldiers crossed", {**soldiers, "exact": 41}, 0, 11, "41 soldiers"),
              ArticleClaim("b", "count", "soldiers", {**soldiers, "exact": 2}, 0, 11, "two of them")]
    assert [c.status for c in reconcile_event("E", articles, claims).claims] == ["single_source"] * 2


def denial(said: str) -> ArticleClaim:
    return ArticleClaim("c", "statement", said, "Kabul", 0, 12, "Kabul denied", attributed_to="Kabul",
                        polarity="denies")


def test_a_denial_of_the_same_thing_contests_the_main_assertion():
    articles = [article("a"), article("b"), article("c")]
    claims = [count("a", {"exact": 46}), count("b", {"min": 40}), denial("Kabul denied that any people died.")]
    result = reconcile_event("E", articles, claims)
    main = next(c for c in result.claims if c.kind == "count")
    contest = next(c for c in result.claims if c.kind == "statement")
    assert main.status == contest.status == "contested"
    assert contest.claim_id in main.conflicts_with and main.claim_id in contest.conflicts_with


def test_a_denial_of_something_else_contests_nothing():
    articles = [article("a"), article("b"), article("c")]
    claims = [count("a", {"exact": 46}), count("b", {"min": 40}), denial("Kabul denied any warning was given.")]
    result = reconcile_event("E", articles, claims)
    assert [c.status for c in result.claims] == ["corroborated", "single_source"]


def test_background_claims_are_not_claims_of_the_event():
    background = count("a", {"exact": 1000})
    background.background = True
    assert reconcile_event("E", [article("a")], [background]).claims == []


def test_the_checker_rejects_a_sentence_that_states_what_its_spans_do_not():
    texts = {"a": "Twelve people were killed in Lorca on Tuesday."}
    bad = Event("E", brief=[BriefSentence("Fourteen people were killed in Murcia.", [Span("a", 0, 46)])])
    problems = check_event(bad, texts, {"a": "a"})
    assert any("Murcia" in p for p in problems) and any("Fourteen" in p for p in problems)
    good = Event("E", brief=[BriefSentence(texts["a"], [Span("a", 0, 46)])])
    assert check_event(good, texts, {"a": "a"}) == []


def test_a_written_brief_passes_the_checker_and_its_html_escapes_article_text():
    text = "Twelve people were killed in Lorca on Tuesday, officials said. <script>alert(1)</script> was posted."
    articles = [article("a", text=text), article("b", text="At least 12 were killed in Lorca.")]
    claims = [ArticleClaim("a", "count", "people killed", {"exact": 12, "what": "people", "role": "killed"},
                           0, 6, "Twelve"),
              ArticleClaim("b", "count", "people killed", {"min": 12, "what": "people", "role": "killed"},
                           0, 11, "At least 12")]
    result = reconcile_event("E", articles, claims)
    brief = write_brief(articles, result.claims)
    assert brief and brief[0].text.startswith(("Twelve", "At least 12"))
    event = Event("E", title="<b>Lorca</b>", claims=result.claims, brief=brief)
    assert check_event(event, {a.id: a.text for a in articles}, {"a": "a", "b": "b"}) == []
    assert "<b>" not in to_html(event) and "&lt;b&gt;" in to_html(event)


_BRIEF_OF_TWO_EQUAL_CLAIMS = """
from newsdesk.brief import write_brief
from newsdesk.model import Article, Claim, Support
a = Article(id="a", text="Two people died and forty were hurt in the flood.", language="en")
b = Article(id="b", text="Two people died.", language="en")
c = Article(id="c", text="Forty were hurt.", language="en")
claims = [Claim(f"E-C{n}", "count", what, {"exact": value}, "corroborated", [Support("a", *span_a), support])
          for n, what, value, span_a, support in (
              (1, "people died", 2, (0, 16, "Two people died"), Support("b", 0, 15, "Two people died")),
              (2, "were hurt", 40, (21, 36, "forty were hurt"), Support("c", 0, 15, "Forty were hurt")))]
print([[(s.article_id, s.start) for s in sentence.sources] for sentence in write_brief([a, b, c], claims)])
"""


def test_a_brief_cites_in_the_same_order_whatever_the_hash_seed():
    # Claims of equal weight in one sentence were cited in set order, which
    # Python's string hashing changes from run to run.
    import os
    import subprocess
    import sys

    outputs = set()
    for seed in ("1", "2", "3", "4"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        run = subprocess.run([sys.executable, "-c", _BRIEF_OF_TWO_EQUAL_CLAIMS], env=env,
                             capture_output=True, text=True, check=True)
        outputs.add(run.stdout)
    assert len(outputs) == 1
    assert "('b', 0), ('c', 0)" in outputs.pop()


def test_a_corroborated_count_is_named_by_the_noun_most_of_its_sources_use():
    articles = [article("a"), article("b"), article("c")]
    claims = [ArticleClaim("a", "count", "members fled", {"exact": 46, "what": "members", "role": None}, 0, 10,
                           "46 members"),
              ArticleClaim("a", "count", "soldiers", {"exact": 46, "what": "soldiers", "role": None}, 20, 31,
                           "46 soldiers"),
              ArticleClaim("b", "count", "soldiers fled", {"min": 46, "what": "soldiers", "role": None}, 0, 20,
                           "at least 46 soldiers"),
              ArticleClaim("c", "count", "troops fled", {"exact": 46, "what": "troops", "role": None}, 0, 9,
                           "46 troops")]
    (claim,) = reconcile_event("E", articles, claims).claims
    assert claim.status == "corroborated"
    assert claim.value == {"exact": 46, "what": "soldiers", "role": None}


def test_two_figures_one_article_states_under_one_voice_are_two_quantities_not_a_contest():
    articles = [article("a"), article("b")]
    claims = [count("a", {"exact": 33}), count("a", {"exact": 13}), count("b", {"exact": 33}), count("b", {"exact": 13})]
    result = reconcile_event("E", articles, claims)
    assert [(c.value["exact"], c.status, c.conflicts_with) for c in result.claims] == [
        (13, "corroborated", []), (33, "corroborated", [])]


def test_two_figures_one_article_gives_to_two_voices_are_contested():
    articles = [article("a"), article("b")]
    claims = [count("a", {"exact": 12}, who="police"), count("a", {"exact": 20}, who="rebels"),
              count("b", {"exact": 12}, who="police")]
    low, high = reconcile_event("E", articles, claims).claims
    assert low.status == high.status == "contested"
    assert low.conflicts_with == [high.claim_id] and high.conflicts_with == [low.claim_id]


def test_a_brief_states_its_facts_in_the_main_language_though_a_minority_report_names_more_places():
    # the Spanish sentence also names the country, which a second English article names elsewhere; its count and
    # town are the English sentence's too
    english = "Twelve people were killed in Djibo."
    spanish = "Doce muertos en Djibo, Burkina Faso."
    articles = [article("a", text=english),
                article("b", text="Twelve people were killed in Djibo. Burkina Faso mourns."),
                Article(id="c", text=spanish, published="2024-05-02", language="es")]
    people = {"what": "people", "role": "killed", "exact": 12}
    djibo = {"name": "Djibo", "country": "BF", "admin1": "Sahel", "lat": 14.1, "lon": -1.63, "geonameid": 2360886,
             "contained_in": ["Sahel", "Burkina Faso"], "located_by": "gazetteer"}
    burkina = {"name": "Burkina Faso", "country": "BF", "admin1": None, "lat": 12.5, "lon": -1.67,
               "geonameid": 2361809, "contained_in": [], "located_by": "gazetteer"}
    claims = [ArticleClaim("a", "count", "people killed", people, 0, 6, "Twelve"),
              ArticleClaim("a", "place", "place mentioned", djibo, 29, 34, "Djibo"),
              ArticleClaim("b", "count", "people killed", people, 0, 6, "Twelve"),
              ArticleClaim("b", "place", "place mentioned", djibo, 29, 34, "Djibo"),
              ArticleClaim("b", "place", "place mentioned", burkina, 36, 48, "Burkina Faso"),
              ArticleClaim("c", "count", "people killed", people, 0, 4, "Doce"),
              ArticleClaim("c", "place", "place mentioned", djibo, 16, 21, "Djibo"),
              ArticleClaim("c", "place", "place mentioned", burkina, 23, 35, "Burkina Faso")]
    brief = write_brief(articles, reconcile_event("E", articles, claims).claims)
    assert brief[0].text == english


def place(aid: str, name: str, geonameid: int | None, inside: list[str], located_by: str) -> ArticleClaim:
    value = {"name": name, "country": "SN", "admin1": "Tambacounda", "lat": 14.46, "lon": -12.22,
             "geonameid": geonameid, "contained_in": inside, "located_by": located_by}
    return ArticleClaim(aid, "place", "place mentioned", value, 0, len(name), name)


def test_a_place_only_guessed_to_lie_in_a_town_is_not_folded_into_it():
    articles = [article("a"), article("b")]
    kidira = [place(aid, "Kidira", 2249892, ["Tambacounda", "Senegal"], "gazetteer") for aid in "ab"]
    guessed = place("a", "Diboli", None, ["Kidira", "Tambacounda", "Senegal"], "article")
    known = place("b", "Bakel Road", None, ["Kidira", "Tambacounda", "Senegal"], "container")
    result = reconcile_event("E", articles, [*kidira, guessed, known])
    names = sorted((c.value["name"], len(c.support)) for c in result.claims if c.kind == "place")
    assert names == [("Bakel Road", 3), ("Diboli", 1)]
    assert result.place.name == "Kidira"


def test_counts_of_people_in_two_languages_corroborate_each_other():
    articles = [article("en"), article("es")]
    people = ArticleClaim("en", "count", "people killed", {"exact": 4, "what": "people", "role": "killed"}, 0, 11,
                          "Four people")
    personas = ArticleClaim("es", "count", "personas murieron", {"min": 4, "what": "personas", "role": "killed"}, 0,
                            24, "Al menos cuatro personas")
    result = reconcile_event("E", articles, [people, personas])
    assert [(c.status, len(c.support)) for c in result.claims] == [("corroborated", 2)]


def test_a_death_toll_and_a_bare_figure_of_dead_count_the_people_killed():
    articles = [article("a", "2024-05-01"), article("b", "2024-05-02"), article("c", "2024-05-03")]
    people = ArticleClaim("a", "count", "people killed", {"exact": 2, "what": "people", "role": "killed"}, 0, 10,
                          "Two people")
    bare = ArticleClaim("b", "count", "people", {"exact": 2, "what": None, "role": "killed"}, 0, 3, "two")
    toll = ArticleClaim("c", "count", "death toll", {"exact": 3, "what": "toll", "role": "killed"}, 0, 5, "three")
    (claim,) = reconcile_event("E", articles, [people, bare, toll]).claims
    assert claim.value["exact"] == 3 and [v["exact"] for v in claim.value["updated_from"]] == [2]


def test_a_building_in_a_town_does_not_name_the_town_s_group():
    articles = [article("a"), article("b")]
    tarkwa = [place(aid, "Tarkwa", 2294768, ["Western", "Ghana"], "gazetteer") for aid in "ab"]
    hospital = place("b", "Tarkwa Municipal Hospital", None, ["Tarkwa", "Western", "Ghana"], "container")
    result = reconcile_event("E", articles, [*tarkwa, hospital])
    assert [(c.value["name"], len(c.support)) for c in result.claims if c.kind == "place"] == [("Tarkwa", 3)]


def test_a_figure_for_passengers_and_crew_counts_people_not_passengers():
    articles = [article("en"), article("fr"), article("it")]
    everyone = ArticleClaim("en", "count", "passengers and crew evacuated",
                            {"exact": 470, "what": "passengers and crew", "role": "evacuated"}, 0, 23,
                            "470 passengers and crew")
    people = ArticleClaim("it", "count", "people evacuated", {"exact": 470, "what": "people", "role": "evacuated"},
                          0, 10, "470 people")
    passagers = ArticleClaim("fr", "count", "passagers évacués", {"exact": 412, "what": "passagers", "role": "evacuated"},
                             0, 12, "412 passagers")
    result = reconcile_event("E", articles, [everyone, people, passagers])
    assert sorted((c.value["exact"], c.status) for c in result.claims) == [(412, "single_source"), (470, "corroborated")]


def test_families_counted_in_two_languages_corroborate_each_other():
    articles = [article("en"), article("fr")]
    families = ArticleClaim("en", "count", "families evacuated",
                            {"min": 270, "max": 330, "what": "families", "role": "evacuated"}, 0, 18, "about 300 families")
    familles = ArticleClaim("fr", "count", "familles évacuées",
                            {"min": 270, "max": 330, "what": "familles", "role": "evacuated"}, 0, 20, "Quelque 300 familles")
    result = reconcile_event("E", articles, [families, familles])
    assert [(c.status, len(c.support)) for c in result.claims] == [("corroborated", 2)]


def test_the_date_a_dateline_gives_is_not_the_event_s_time():
    articles = [article("a", "2025-03-11")]
    dateline = ArticleClaim("a", "time", "dateline", {"start": "2025-03-11", "end": "2025-03-11"}, 8, 16, "March 11")
    night = ArticleClaim("a", "time", "when it happened", {"start": "2025-03-10", "end": "2025-03-10",
                                                           "part_of_day": "night"}, 40, 55, "on Monday night")
    result = reconcile_event("E", articles, [dateline, night])
    assert [c.value["start"] for c in result.claims if c.kind == "time"] == ["2025-03-10"]


def when(aid: str, day: str, end: str | None = None, start: int = 40) -> ArticleClaim:
    return ArticleClaim(aid, "time", "when it happened", {"start": day, "end": end or day}, start, start + 8, "xx")


def test_a_date_one_report_recalls_from_long_before_it_does_not_date_the_event():
    articles = [article("a", "2018-04-21"), article("b", "2018-04-21")]
    recalled = when("a", "2016-07-22")
    assert reconcile_event("E", articles, [recalled]).date is None  # the caller falls back on the linker's day
    friday = when("b", "2018-04-20", start=90)
    assert reconcile_event("E", articles, [recalled, friday]).date == "2018-04-20"
    # two independent sources giving the earlier date make it the event's
    assert reconcile_event("E", articles, [recalled, when("b", "2016-07-22"), friday]).date == "2016-07-22"


def test_an_undated_stream_is_dated_by_corroborated_times_only():
    articles = [article("a", ""), article("b", "")]
    assert reconcile_event("E", articles, [when("a", "2016-07-22")]).date is None
    assert reconcile_event("E", articles, [when("a", "2016-07-22"), when("b", "2016-07-22")]).date == "2016-07-22"


def test_the_linkers_day_does_not_date_the_event_when_only_another_incident_bears_it():
    articles = [article("a", ""), article("b", "")]
    recalled = when("a", "2001-09-11")  # "Mueller led the FBI through the Sept. 11, 2001, terrorist attacks"
    recalled.background = True
    result = reconcile_event("E", articles, [recalled, when("b", "2018-01-25")])
    assert result.date is None
    assert result.date_or("2001-09-11") is None and result.date_or("2018-01-25") == "2018-01-25"
    # a day that some article also writes of the event itself, or that an article was published on, stays
    assert reconcile_event("E", articles, [recalled, when("b", "2001-09-11")]).date_or("2001-09-11") == "2001-09-11"
    dated = [article("a", "2001-09-11"), article("b", "2001-09-11")]
    assert reconcile_event("E", dated, [recalled]).date_or("2001-09-11") == "2001-09-11"


def test_a_brief_sentence_leaves_out_the_dateline_that_opens_a_story():
    text = "LIMA, April 2 (Wire) - Five people were killed when a landslide struck Chavin on Monday."
    articles = [article("a", text=text)]
    claims = [ArticleClaim("a", "count", "people killed", {"exact": 5, "what": "people", "role": "killed"},
                           23, 34, "Five people")]
    brief = write_brief(articles, reconcile_event("E", articles, claims).claims)
    assert brief[0].text == "Single-source detail: Five people were killed when a landslide struck Chavin on Monday."
    assert (brief[0].sources[0].start, brief[0].sources[0].end) == (23, len(text))
    assert check_event(Event("E", title="Chavin", claims=[], brief=brief), {"a": text}, {"a": "a"}) == []


def test_a_lower_figure_still_reported_when_a_higher_one_is_out_is_contested_not_updated():
    articles = [article("a", "2025-06-15"), article("b", "2025-06-16"), article("c", "2025-06-16")]
    claims = [count("a", {"exact": 12}, who="health ministry"), count("b", {"exact": 12}, who="health ministry"),
              count("c", {"exact": 31}, who="local official")]
    result = reconcile_event("E", articles, claims)
    assert sorted((c.value["exact"], c.status) for c in result.claims) == [(12, "contested"), (31, "contested")]
    assert all("updated_from" not in c.value for c in result.claims)


def test_a_denied_figure_and_the_denial_that_states_it_contest_whoever_asserts_it_not_the_denier_s_own():
    text = "Nine miners were killed, the ministry said, rejecting a union's claim that at least 12 had died."
    articles = [article("m", "2025-03-12", text=text), article("u", "2025-03-12", text="At least 12 miners died.")]
    nine = ArticleClaim("m", "count", "miners killed", {"exact": 9, "what": "miners", "role": "killed"}, 0, 11,
                        "Nine miners", attributed_to="ministry")
    twelve = {"min": 12, "what": "miners", "role": "killed"}
    denied = ArticleClaim("m", "count", "miners died", twelve, 74, 85, "at least 12", attributed_to="ministry",
                          polarity="denies")
    union = ArticleClaim("u", "count", "miners died", twelve, 0, 18, "At least 12 miners")
    rejecting = ArticleClaim("m", "statement", "ministry rejecting", "ministry", 43, 52, "rejecting",
                             attributed_to="ministry", polarity="denies")
    result = reconcile_event("E", articles, [nine, denied, union, rejecting])
    by_value = {json.dumps(c.value, sort_keys=True) + c.support[0].polarity: c for c in result.claims}
    asserted_twelve = by_value[json.dumps(twelve, sort_keys=True) + "asserts"]
    denied_twelve = by_value[json.dumps(twelve, sort_keys=True) + "denies"]
    assert denied_twelve.conflicts_with == [asserted_twelve.claim_id]
    assert next(c for c in result.claims if c.kind == "statement").conflicts_with == [asserted_twelve.claim_id]
    # both denials quote the same sentence: the brief says it once
    brief = [s.text for s in write_brief(articles, result.claims)]
    assert len(brief) == len(set(brief))


def test_a_denial_statement_contests_the_count_of_the_kind_it_speaks_of_not_only_the_first():
    articles = [article("a"), article("b"), article("c")]
    civilians = {"what": "civilians", "role": "killed"}
    claims = [count("a", {"exact": 12}), count("b", {"exact": 12}),
              ArticleClaim("a", "count", "civilians died", {**civilians, "min": 30}, 0, 2, "xx"),
              ArticleClaim("b", "count", "civilians died", {**civilians, "min": 24}, 0, 2, "xx"),
              denial("The army denied that civilians were targeted.")]
    result = reconcile_event("E", articles, claims)
    contested = {c.value["what"] if c.kind == "count" else c.value for c in result.claims if c.status == "contested"}
    assert contested == {"civilians", "Kabul"}


def test_a_contest_quotes_the_report_that_gives_the_figure_not_one_that_merely_agrees():
    texts = {"c": "At least seven miners were killed, the operator said.",
             "m": "Nine miners were killed, the ministry said.",
             "u": "Twelve miners were killed, the union said."}
    articles = [article(aid, text=text) for aid, text in texts.items()]
    miners = {"what": "miners", "role": "killed"}
    claims = [ArticleClaim("c", "count", "miners killed", {**miners, "min": 7}, 0, 21, "At least seven miners",
                           attributed_to="operator"),
              ArticleClaim("m", "count", "miners killed", {**miners, "exact": 9}, 0, 11, "Nine miners",
                           attributed_to="ministry"),
              ArticleClaim("u", "count", "miners killed", {**miners, "exact": 12}, 0, 13, "Twelve miners",
                           attributed_to="union")]
    result = reconcile_event("E", articles, claims)
    nine = next(c for c in result.claims if c.value.get("exact") == 9)
    assert nine.support[0].article_id == "m"
    contest = next(s.text for s in write_brief(articles, result.claims) if s.text.startswith("Sources disagree"))
    assert "Nine miners" in contest and "Twelve miners" in contest and "seven" not in contest


def test_a_sentence_that_holds_both_sides_of_a_contest_is_quoted_once():
    text = "Kabul denied that its soldiers fled, hours after the army said 46 soldiers had crossed."
    articles = [article("a", text=text), article("b", text="About 46 soldiers crossed.")]
    soldiers = {"what": "soldiers", "role": None}
    claims = [ArticleClaim("a", "count", "soldiers crossed", {**soldiers, "exact": 46}, 62, 73, "46 soldiers",
                           attributed_to="army"),
              ArticleClaim("b", "count", "soldiers crossed", {**soldiers, "min": 41, "max": 51}, 0, 17,
                           "About 46 soldiers"),
              ArticleClaim("a", "statement", text, "Kabul", 0, 12, "Kabul denied", attributed_to="Kabul",
                           polarity="denies")]
    result = reconcile_event("E", articles, claims)
    contests = [s.text for s in write_brief(articles, result.claims) if s.text.startswith("Sources disagree")]
    assert contests == [f"Sources disagree, as one report puts it: “{text}”."]


def test_a_brief_prefers_the_language_most_of_its_articles_are_in_among_equal_sentences():
    english = "Twelve people were killed in Djibo."
    spanish = "Doce muertos en Djibo."
    articles = [article("a", text=english), article("b", text="Twelve people were killed in Djibo on Monday."),
                Article(id="c", text=spanish, published="2024-05-02", language="es")]
    people = {"what": "people", "role": "killed", "exact": 12}
    claims = [ArticleClaim("a", "count", "people killed", people, 0, 6, "Twelve"),
              ArticleClaim("b", "count", "people killed", people, 0, 6, "Twelve"),
              ArticleClaim("c", "count", "people killed", people, 0, 4, "Doce")]
    brief = write_brief(articles, reconcile_event("E", articles, claims).claims)
    assert brief[0].text == english


def test_a_contest_does_not_quote_again_a_sentence_the_brief_already_holds():
    texts = {"a": "An airstrike killed 12 people in Djibo on Saturday, the ministry said.",
             "b": "Witnesses said the strike hit a crowded market in the centre of the town on Saturday.",
             "c": "A local official put the death toll at 31."}
    articles = [article(aid, text=text) for aid, text in texts.items()]

    def claim(aid: str, kind: str, quote: str, value: dict, who: str | None = None) -> ArticleClaim:
        start = texts[aid].index(quote)
        return ArticleClaim(aid, kind, "it", value, start, start + len(quote), quote, attributed_to=who)

    saturday = {"start": "2024-05-01", "end": "2024-05-01"}
    killed = {"what": "people", "role": "killed"}
    claims = [claim("a", "time", "on Saturday", saturday), claim("b", "time", "on Saturday", saturday),
              claim("a", "count", "12 people", {**killed, "exact": 12}, "ministry"),
              claim("c", "count", "31", {**killed, "exact": 31}, "local official")]
    brief = write_brief(articles, reconcile_event("E", articles, claims).claims)
    assert brief[0].text == texts["a"]
    [contest] = [s for s in brief if s.text.startswith("Sources disagree")]
    assert "the report quoted above says “12 people”" in contest.text and texts["c"] in contest.text
    twelve = texts["a"].index("12 people")
    assert texts["a"] not in contest.text and Span("a", twelve, twelve + len("12 people")) in contest.sources


def test_the_dead_and_the_hurt_line_up_across_languages_whatever_noun_counts_them():
    articles = [article("a"), article("b")]
    claims = [ArticleClaim("a", "count", "killing person", {"exact": 1, "what": "person", "role": "killed"}, 0, 2,
                           "xx"),
              ArticleClaim("b", "count", "mort", {"exact": 1, "what": "mort", "role": "killed"}, 0, 2, "xx"),
              ArticleClaim("a", "count", "buildings collapsed", {"min": 16, "what": "buildings", "role": None}, 0, 2,
                           "xx"),
              ArticleClaim("b", "count", "bâtiments", {"exact": 16, "what": "bâtiments", "role": None}, 0, 2, "xx")]
    assert [c.status for c in reconcile_event("E", articles, claims).claims] == ["corroborated"] * 2


def test_nobody_killed_contests_a_later_toll_rather_than_starting_it():
    articles = [article("a", "2024-05-01"), article("b", "2024-05-02")]
    claims = [count("a", {"exact": 0}, who="police"), count("b", {"exact": 3}, who="rights group")]
    result = reconcile_event("E", articles, claims)
    assert [c.status for c in result.claims] == ["contested", "contested"]


def test_a_sentence_quoted_in_a_contest_is_not_repeated_as_a_detail():
    texts = {"a": "Police said nobody had been killed.",
             "b": "A rights group said three people were killed and at least 40 injured."}
    articles = [article(aid, text=text) for aid, text in texts.items()]

    def claim(aid: str, quote: str, value: dict, who: str) -> ArticleClaim:
        start = texts[aid].index(quote)
        return ArticleClaim(aid, "count", "people", value, start, start + len(quote), quote, attributed_to=who)

    claims = [claim("a", "nobody had been killed", {"what": "people", "role": "killed", "exact": 0}, "police"),
              claim("b", "three people", {"what": "people", "role": "killed", "exact": 3}, "rights group"),
              claim("b", "at least 40", {"what": "people", "role": "injured", "min": 40}, "rights group")]
    brief = [s.text for s in write_brief(articles, reconcile_event("E", articles, claims).claims)]
    assert sum(texts["b"] in s for s in brief) == 1


def test_the_missing_may_fall_in_later_reports_as_they_are_found():
    articles = [article("a", "2024-05-01"), article("b", "2024-05-03")]
    missing = {"what": "people", "role": "missing"}
    claims = [ArticleClaim("a", "count", "people missing", {**missing, "exact": 5}, 0, 2, "xx"),
              ArticleClaim("b", "count", "people missing", {**missing, "exact": 2}, 0, 2, "xx")]
    (claim,) = reconcile_event("E", articles, claims).claims
    assert claim.value["exact"] == 2 and claim.value["updated_from"][0]["exact"] == 5
    # a death toll that falls is no update: the lower figure contests the higher
    claims = [count("a", {"exact": 5}), count("b", {"exact": 2})]
    assert [c.status for c in reconcile_event("E", articles, claims).claims] == ["contested", "contested"]


def test_a_figure_written_as_a_rise_updates_the_lower_ones_of_the_same_day():
    text = "The death toll has risen to 25, the Red Cross said."
    articles = [article("a"), article("b"), article("c", text=text)]
    start = text.index("25")
    risen = ArticleClaim("c", "count", "death toll", {"exact": 25, "what": "toll", "role": "killed"},
                         start, start + 2, "25")
    (claim,) = reconcile_event("E", articles, [count("a", {"exact": 23}), count("b", {"min": 23}), risen]).claims
    assert claim.value["exact"] == 25 and claim.value["updated_from"][0]["exact"] == 23
    brief = write_brief(articles, [claim])
    assert brief[0].text == f"Updated figure: {text}"
    assert [s.article_id for s in brief[0].sources] == ["c", "a", "b"]


def test_without_a_rise_in_the_text_figures_of_the_same_day_stay_contested():
    text = "The death toll is 25, the Red Cross said."
    articles = [article("a"), article("c", text=text)]
    start = text.index("25")
    other = ArticleClaim("c", "count", "death toll", {"exact": 25, "what": "toll", "role": "killed"},
                         start, start + 2, "25", attributed_to="Red Cross")
    claims = reconcile_event("E", articles, [count("a", {"exact": 23}, who="police"), other]).claims
    assert [c.status for c in claims] == ["contested", "contested"]


def test_a_crowd_counted_as_protesters_and_as_a_bare_figure_of_marchers_corroborate_each_other():
    articles = [article("a"), article("b")]
    claims = [ArticleClaim("a", "count", "people marched", {"min": 2000, "what": None, "role": "protesters"},
                           0, 9, "Thousands"),
              ArticleClaim("b", "count", "protesters marching",
                           {"min": 2000, "what": "protesters", "role": "protesters"}, 0, 23, "thousands of protesters")]
    result = reconcile_event("E", articles, claims)
    assert [(c.status, len(c.support)) for c in result.claims if c.kind == "count"] == [("corroborated", 2)]


def test_a_brief_quotes_no_line_of_names_alone_though_two_sources_give_its_place():
    text = "Landshut, Deutschland\n\nEin Mann wurde bei einem Küchenbrand in Landshut schwer verletzt."
    articles = [article("a", text=text), article("b", text=text.replace("Ein Mann", "Ein Rentner"))]
    place = {"name": "Landshut", "country": "DE", "geonameid": 2880221}
    claims = [ArticleClaim(aid, "place", "place mentioned", place, start, start + 8, "Landshut")
              for aid in "ab" for start in (0, text.rindex("Landshut") + (aid == "b") * 3)]
    brief = write_brief(articles, reconcile_event("E", articles, claims).claims)
    assert brief and all(not s.text.startswith("Landshut, Deutschland") for s in brief)
    assert brief[0].text.endswith("in Landshut schwer verletzt.")
