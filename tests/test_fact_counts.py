"""The count finder: values, qualifiers, counted nouns, roles, spans, and numbers that are not counts."""

from __future__ import annotations

import json

import pytest

from newsdesk.facts.counts import find_counts
from newsdesk.facts.document import FactText, Finding
from newsdesk.facts.numbers import find_amounts


def counts(text: str, language: str = "en") -> list[Finding]:
    return find_counts(FactText.of("t", text, language=language, published="2021-07-26"))


def by_quote(text: str, language: str = "en") -> dict[str, Finding]:
    return {text[f.start:f.end]: f for f in counts(text, language)}


def test_seed_counts_with_exact_spans(datasets):
    folder = datasets / "seeds"
    articles = {json.loads(line)["id"]: json.loads(line) for line in
                (folder / "seeds.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()}
    first = by_quote(articles["000_afghanistantimes.txt"]["text"])
    assert first["At least 46 Afghan soldiers"].value == {"min": 46, "what": "soldiers", "role": None}

    second = by_quote(articles["002_machine_translated.txt"]["text"])
    whole = second["46 soldiers, including five officers"]
    part = second["including five officers"]
    assert whole.value == {"exact": 46, "what": "soldiers", "role": None}
    assert part.value == {"exact": 5, "what": "officers", "role": None}
    assert part.subject == "officers among them"
    assert second["at least 35 Afghan soldiers"].value["min"] == 35
    assert second["more than 1,000 Afghan security agents"].value["min"] == 1001


def test_subject_says_what_happened():
    text = "At least 46 Afghan soldiers crossed into Pakistan on Sunday night."
    (found,) = counts(text)
    assert found.subject == "Afghan soldiers crossed into Pakistan"
    assert text[found.start:found.end] == "At least 46 Afghan soldiers"


def test_number_words_english_and_french():
    (english,) = counts("Forty-six soldiers were wounded in the attack.")
    assert english.value == {"exact": 46, "what": "soldiers", "role": "injured"}
    found = by_quote("Quarante-six soldats ont été tués, dont cinq officiers.", "fr")
    assert found["Quarante-six soldats ont été tués, dont cinq officiers"].value == {"exact": 46, "what": "soldats",
                                                                        "role": "killed"}
    assert found["dont cinq officiers"].value["exact"] == 5


def test_scaled_and_separated_numbers():
    (million,) = counts("About 1.5 million people were displaced by the floods.")
    assert million.value == {"min": 1_350_000, "max": 1_650_000, "what": "people", "role": "displaced"}
    (spanish,) = counts("La inundación afectó a 2 millones de personas.", "es")
    assert spanish.value["exact"] == 2_000_000 and spanish.value["what"] == "personas"
    (thousand,) = counts("Police arrested 1,000 protesters.")
    assert thousand.value == {"exact": 1000, "what": "protesters", "role": "arrested"}


def test_vague_amounts_are_lower_bounds():
    text = "Dozens of protesters marched while hundreds of people watched and several others were hurt."
    values = {text[f.start:f.end]: f.value for f in counts(text)}
    assert values["Dozens of protesters"]["min"] == 24 and "max" not in values["Dozens of protesters"]
    assert values["hundreds of people"]["min"] == 200
    # "others" stands for the noun counted before it: several other people
    assert values["several others"] == {"min": 3, "what": "people", "role": "injured"}


def test_qualifiers_and_ranges():
    values = [a.value for a in find_amounts(
        "more than 1,000; up to 30; fewer than 15; nearly 50; between 10 and 15; 10-15; two or three", "en")]
    assert values == [{"min": 1001}, {"max": 30}, {"max": 14}, {"min": 45, "max": 50},
                      {"min": 10, "max": 15}, {"min": 10, "max": 15}, {"min": 2, "max": 3}]
    (ranged,) = counts("Between 10 and 15 people were injured in the blast.")
    assert ranged.value == {"min": 10, "max": 15, "what": "people", "role": "injured"}


def test_close_figures_joined_by_or_are_one_uncertain_count():
    assert [c.value for c in counts("3 or 4 people were killed.")] == [
        {"min": 3, "max": 4, "what": "people", "role": "killed"}]
    (german,) = counts("3 oder 4 Menschen wurden getötet.", "de")  # not two counts adding up to 7 dead
    assert (german.value["min"], german.value["max"]) == (3, 4)
    assert [a.value for a in find_amounts("flights 17 or 370", "en")] == [{"exact": 17}, {"exact": 370}]


def test_years_ages_and_other_numbers_are_not_counts():
    text = ("In 2019, a 25-year-old man, aged 25, paid $300 at 10:30 pm on 9 May 2020; 5% voted for "
            "Article 370 and called +92 300 1234567 on the second day.")
    assert counts(text) == []


def test_killed_role_goes_to_the_victims_not_the_attackers():
    found = by_quote("Three gunmen killed five civilians and injured two others.")
    assert found["Three gunmen"].value["role"] is None
    assert found["five civilians"].value == {"exact": 5, "what": "civilians", "role": "killed"}
    assert found["two others"].value["role"] == "injured"


def test_a_single_victim_counts_one_but_a_bare_one_does_not():
    found = by_quote("A man was shot dead. One of the reasons is unclear.")
    assert found == {"A man": found["A man"]}
    assert found["A man"].value == {"exact": 1, "what": "man", "role": "killed"}


def test_death_toll_without_a_noun():
    (toll,) = counts("The death toll rose to 15 on Monday.")
    assert toll.value["exact"] == 15 and toll.value["role"] == "killed"


@pytest.mark.parametrize("text, figure", [
    ("A second body was found on Tuesday, raising the death toll to three.", "three"),
    ("Officials put the death toll at 15.", "15"),
    ("The toll from the floods reached 30.", "30"),
    ("The death toll topped 100 on Friday.", "100"),
    ("Divers found more bodies, bringing the number of dead to nine.", "nine"),
])
def test_a_toll_raised_reached_or_put_at_a_figure(text, figure):
    toll = by_quote(text)[figure]
    assert toll.value["role"] == "killed"


@pytest.mark.parametrize("text", ["Medics took the casualties to 3 hospitals.", "The team reached 30 points.",
                                  "They raised the price to 3 dollars."])
def test_other_things_raised_or_reached_are_no_toll(text):
    assert all(f.value["role"] != "killed" for f in counts(text))


@pytest.mark.parametrize("text", ["46 soldiers, including five officers, crossed.",
                                  "Huit personnes sont mortes à Paris."])
def test_every_span_is_a_quote_of_the_text(text):
    for found in counts(text, "fr" if "personnes" in text else "en"):
        assert 0 <= found.start < found.end <= len(text)
        assert found.kind == "count"


def test_a_count_in_a_script_with_vowel_signs_keeps_the_whole_noun():
    from newsdesk.facts.counts import find_counts
    from newsdesk.facts.document import FactText

    text = "हमले में 12 लोग मारे गए।"
    (count,) = find_counts(FactText.of("t", text, language="hi"))
    assert text[count.start:count.end] == "12 लोग" and count.value["what"] == "लोग"


def test_a_number_of_dozens_is_multiplied():
    (abducted,) = counts("Two dozen farmers were abducted from their fields near the river.")
    assert abducted.value == {"exact": 24, "what": "farmers", "role": "kidnapped"}
    assert [a.value for a in find_amounts("3 dozen boats and some three dozen men", "en")] == [
        {"exact": 36}, {"min": 32, "max": 40}]


def test_among_the_dead_gives_the_group_role_but_not_twice():
    values = {f.value["what"]: f.value for f in counts(
        "Two nurses were among the dead. Among the wounded were 4 guards. Three clerks were among the 9 people hurt.")}
    assert values["nurses"]["role"] == "killed" and values["guards"]["role"] == "injured"
    assert values["clerks"]["role"] is None and values["people"]["role"] == "injured"


def test_a_statement_or_a_settlement_is_no_person():
    found = counts("The militia said in a statement that 7 of its men were killed. A settlement was destroyed.")
    assert [(f.value["what"], f.value.get("exact")) for f in found] == [("men", 7)]


def test_people_who_hold_or_join_a_protest_are_protesters():
    values = {f.value["what"]: f.value["role"] for f in counts(
        "About 400 nurses staged a demonstration. 50 farmers took part in the march. 20 guards attacked the rally.")}
    assert values["nurses"] == values["farmers"] == "protesters" and values.get("guards") is None


def test_qualifiers_of_russian_arabic_turkish_and_hindi_before_and_after_the_number():
    found = {l: [(a.quote, a.value) for a in find_amounts(t, l)] for l, t in [
        ("ru", "Свыше 40 домов сгорели, не менее 9 человек ранены."),
        ("ar", "أصيب ما لا يقل عن 9 أشخاص"),
        ("tr", "en az 9 kişi yaralandı, 40'tan fazla ev yandı"),
        ("hi", "कम से कम 9 लोग घायल हुए और 40 से अधिक घर जले")]}
    assert found == {
        "ru": [("Свыше 40", {"min": 41}), ("не менее 9", {"min": 9})],
        "ar": [("ما لا يقل عن 9", {"min": 9})],
        "tr": [("en az 9", {"min": 9}), ("40'tan fazla", {"min": 41})],
        "hi": [("कम से कम 9", {"min": 9}), ("40 से अधिक", {"min": 41})],
    }


@pytest.mark.parametrize(("language", "text"), [
    ("ru", "Женщине 31 год, она ждала 2 часа, цены выросли на 9 процентов, ущерб 4 миллиона рублей."),
    ("tr", "31 yaşındaki kadın saat 9'da geldi; fiyatlar yüzde 9 arttı, zarar 4 milyon lira."),
    ("hi", "31 वर्षीय महिला सुबह 9 बजे आई; कीमतें 9 प्रतिशत बढ़ीं, नुकसान 4 करोड़ रुपये।"),
    ("ar", "امرأة تبلغ 31 عاما، وارتفعت الأسعار 9 بالمئة، والخسائر 4 ملايين دولار."),
    ("es", "Llegó a las 9 y el daño fue de 4 millones de pesos."),
    ("it", "Il danno è di 4 milioni di euro."),
])
def test_ages_hours_shares_and_money_in_other_languages_are_not_counts(language, text):
    assert find_amounts(text, language) == []


def test_italian_number_words_are_counted():
    found = by_quote("Undici agenti sono stati feriti a Torino.", "it")
    assert found["Undici agenti"].value["exact"] == 11


@pytest.mark.parametrize("text, subject", [
    ("A fire forced the evacuation of all 470 people on board.", "evacuation of people"),
    ("The deaths of 3 soldiers were confirmed.", "deaths of soldiers"),
])
def test_a_count_named_by_the_act_it_suffered_says_so_once(text, subject):
    (found,) = counts(text)
    assert found.subject == subject


def test_people_housed_or_sheltered_are_displaced_but_fans_a_stadium_housed_are_not():
    found = by_quote("About 90 people whose homes were damaged were being housed in a hotel.")
    assert found["About 90 people"].value["role"] == "displaced"
    assert by_quote("The stadium housed 40,000 fans.")["40,000 fans"].value["role"] is None


def test_one_figure_for_two_coordinated_nouns_counts_both():
    found = by_quote("All 470 passengers and crew were evacuated from the ferry.")
    assert found["470 passengers and crew"].value == {"exact": 470, "what": "passengers and crew", "role": "evacuated"}
    found = by_quote("Five soldiers and two police officers were killed.")
    assert found["Five soldiers"].value["what"] == "soldiers" and found["two police officers"].value["exact"] == 2


@pytest.mark.parametrize("text, part, role", [
    ("Six of the soldiers were wounded, two of them seriously, the army said.", "two of them", "injured"),
    ("Three people were injured, one of them critically.", "one of them", "injured"),
])
def test_a_part_said_only_how_badly_shares_the_group_s_fate(text, part, role):
    assert by_quote(text)[part].value["role"] == role


def test_a_part_counted_with_of_them_is_what_it_is_said_to_be_and_nests_in_the_whole():
    text = "Fourteen miners died underground; six of them were teenagers."
    found = by_quote(text)
    assert found["six of them were teenagers"].value == {"exact": 6, "what": "teenagers", "role": None}
    text = "Nine pilgrims, four of them women, were injured in the crush."
    found = by_quote(text)
    assert found["Nine pilgrims, four of them women"].value["exact"] == 9
    assert found["four of them women"].subject == "women among them"


@pytest.mark.parametrize(("language", "text", "role"), [
    ("ru", "В Омске задержаны 14 человек.", "arrested"),
    ("tr", "Kazada 14 kişi yaralandı.", "injured"),
    ("hi", "हादसे में 14 लोग मारे गए।", "killed"),
    ("ar", "وقتل 14 شخصا في الهجوم.", "killed"),
    ("es", "Murieron 14 mineros en la mina.", "killed"),
    ("fr", "Quatorze manifestants ont été interpellés à Lille.", "arrested"),
])
def test_roles_in_other_languages_and_what_happened_before_who_they_are(language, text, role):
    assert [f.value["role"] for f in counts(text, language)] == [role]


def test_russian_and_turkish_number_words_add_up():
    assert [(a.quote, a.value) for a in find_amounts("погибли тридцать семь человек и сто два ранены", "ru")] == \
        [("тридцать семь", {"exact": 37}), ("сто два", {"exact": 102})]
    assert [(a.quote, a.value) for a in find_amounts("otuz yedi kişi öldü, bir saldırı", "tr")] == \
        [("otuz yedi", {"exact": 37})]


def test_a_part_said_to_be_nothing_keeps_its_count_under_the_noun_before():
    text = "Police questioned 30 drivers and fined 12 of them."
    found = by_quote(text)
    assert found["12 of them"].value == {"exact": 12, "what": "drivers", "role": None}


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("tr", "Selde onlarca ev yıkıldı, yüzlerce aile ve on binlerce kişi etkilendi.",
     [("onlarca", {"min": 20}), ("yüzlerce", {"min": 200}), ("on binlerce", {"min": 20000})]),
    ("ru", "Сгорели десятки домов, сотни семей и десятки тысяч жителей остались без света.",
     [("десятки", {"min": 20}), ("сотни", {"min": 200}), ("десятки тысяч", {"min": 20000})]),
    ("ar", "تضررت عشرات المنازل ومئات الأسر وآلاف السكان.",
     [("عشرات", {"min": 20}), ("مئات", {"min": 200}), ("آلاف", {"min": 2000})]),
    ("hi", "दर्जनों घर गिरे, सैकड़ों परिवार और हज़ारों लोग प्रभावित हुए।",
     [("दर्जनों", {"min": 24}), ("सैकड़ों", {"min": 200}), ("हज़ारों", {"min": 2000})]),
    ("hi", "सैक\u095cों परिवार", [("सैक\u095cों", {"min": 200})]),  # the nukta letter written as one character
])
def test_vague_amounts_of_turkish_russian_arabic_and_hindi(language, text, expected):
    assert [(a.quote, a.value) for a in find_amounts(text, language)] == expected



@pytest.mark.parametrize(("language", "text", "expected"), [
    ("ar", "وصلت ثلاثة قوارب تحمل خمسة عشر صيادا وخمسة وعشرين راكبا.",
     [("ثلاثة", 3), ("خمسة عشر", 15), ("خمسة وعشرين", 25)]),
    ("ar", "بنيت مائة وخمسون شقة وخمسة آلاف متر من الطرق وثلاثمائة مقعد.",
     [("مائة وخمسون", 150), ("خمسة آلاف", 5000), ("ثلاثمائة", 300)]),
    ("hi", "पाँच बसें और दो सौ यात्री, पंद्रह गाँव।", [("पाँच", 5), ("दो सौ", 200), ("पंद्रह", 15)]),
    ("tr", "iki yüz elli araç ve beş bin ağaç", [("iki yüz elli", 250), ("beş bin", 5000)]),
    ("ru", "пять тысяч деревьев", [("пять тысяч", 5000)]),
])
def test_number_words_of_arabic_and_hindi_and_scales_after_words(language, text, expected):
    assert [(a.quote, a.value["exact"]) for a in find_amounts(text, language)] == expected


def test_arabic_weekdays_that_hold_a_number_word_are_no_amount():
    # "الثلاثاء" (Tuesday) holds "ثلاث" (three), "الأربعاء" (Wednesday) "أربع" (four), "الاثنين" (Monday) "اثنين"
    text = "وصل الوفد يوم الثلاثاء وغادر يوم الأربعاء وعاد يوم الاثنين مع أربعة"
    assert [(a.quote, a.value) for a in find_amounts(text, "ar")] == [("أربعة", {"exact": 4})]


@pytest.mark.parametrize(("language", "text"), [
    ("ar", "بقي السور قائما مئات السنين."),
    ("ru", "Крепость стояла сотни лет."),
    ("tr", "Kale yüzlerce yıl ayakta kaldı."),
    ("hi", "किला सैकड़ों सालों तक खड़ा रहा।"),
])
def test_vague_amounts_of_time_are_no_count(language, text):
    assert counts(text, language) == []


def test_an_arabic_vague_amount_after_a_joined_preposition():
    text = "تبرع المصنع لعشرات العائلات ثم ساعد بمئات الطرود"
    assert [(a.quote, a.value) for a in find_amounts(text, "ar")] == [("عشرات", {"min": 20}), ("مئات", {"min": 200})]


@pytest.mark.parametrize("text, quote, value", [
    ("हादसे में बयालीस लोग घायल हुए।", "बयालीस लोग", 42),
    ("पुलिस ने सड़सठ लोगों को गिरफ्तार किया।", "सड़सठ लोगों", 67),  # a nukta letter
    ("बाढ़ में निन्यानवे हज़ार लोग बेघर हुए।", "निन्यानवे हज़ार लोग", 99_000),  # times a scale
])
def test_a_hindi_number_word_between_twenty_and_a_hundred_is_read(text, quote, value):
    assert by_quote(text, "hi")[quote].value["exact"] == value


@pytest.mark.parametrize("text, quote, value, role", [
    ("قتل رجل واحد في الاشتباك.", "رجل واحد", 1, "killed"),  # "one" after its noun
    ("أصيب شرطيان في الانفجار.", "شرطيان", 2, "injured"),  # a dual in "ان"
    ("أسفر القصف عن مقتل طفلين.", "طفلين", 2, "killed"),  # a dual in "ين", of a broken plural (أطفال)
    ("سقط قتيلان خلال المواجهات.", "قتيلان", 2, "killed"),  # the noun says the role
])
def test_an_arabic_one_or_two_written_with_its_noun_is_counted(text, quote, value, role):
    count = by_quote(text, "ar")[quote]
    assert (count.value["exact"], count.value["role"]) == (value, role)


def test_an_arabic_dual_after_the_contracted_preposition_and_article_is_counted():
    # "لل" is "to the": the dual noun behind it is read as in "الجنديين"
    assert by_quote("منح الوزير وساما للجنديين المصابين.", "ar")["جنديين"].value["exact"] == 2


def test_an_arabic_sound_plural_is_no_dual():
    assert "مدرسين" not in by_quote("اجتمع الوزير مع مدرسين من المدينة.", "ar")  # teachers, not two teachers


def test_an_age_before_a_person_noun_after_the_counts_one_person():
    found = by_quote("The 52-year-old farmer was stabbed to death near his field. The tractor was stolen.")
    assert found["The 52-year-old farmer"].value == {"exact": 1, "what": "farmer", "role": "killed"}
    assert not any(f.value.get("exact") == 52 for f in found.values())
    assert "The tractor" not in found  # "the" with no age counts nothing


def test_an_age_standing_for_its_noun_counts_one_person():
    found = by_quote("The 71-year-old was crushed to death when the roof fell. Doctors said the 19-year-old died in hospital.")
    assert found["The 71-year-old"].value == {"exact": 1, "what": "person", "role": "killed"}
    assert found["the 19-year-old"].value == {"exact": 1, "what": "person", "role": "killed"}
    assert by_quote("Masked men abducted an 8-year-old outside the school.")["an 8-year-old"].value == \
        {"exact": 1, "what": "person", "role": "kidnapped"}


def test_an_age_without_a_role_or_of_a_thing_counts_nothing():
    assert counts("The 71-year-old was a retired pilot.") == []
    assert by_quote("The 12-year-old dispute has wounded hundreds.").keys() == {"hundreds"}


@pytest.mark.parametrize("language, text, whole, part", [
    ("en", "About 30 pilgrims, including four guides, drowned.", "About 30 pilgrims, including four guides",
     "including four guides"),
    ("fr", "Au moins 30 pèlerins, parmi eux quatre guides, se sont noyés.",
     "Au moins 30 pèlerins, parmi eux quatre guides", "parmi eux quatre guides"),
    ("it", "Almeno 30 pellegrini, tra cui quattro guide, sono annegati.",
     "Almeno 30 pellegrini, tra cui quattro guide", "tra cui quattro guide"),
    ("pl", "Utonęło 30 pielgrzymów, w tym czterech przewodników.", "30 pielgrzymów, w tym czterech przewodników",
     "w tym czterech przewodników"),
])
def test_one_list_of_part_cues_nests_the_part_in_every_language(language, text, whole, part):
    found = by_quote(text, language)
    assert set(found) == {whole, part}
    assert found[part].subject.endswith("among them")


def test_the_part_starts_at_its_cue_not_at_an_earlier_among():
    found = by_quote("About 30 fans were hurt among the crowd, including nine children.")
    assert "including nine children" in found


def test_a_spanish_part_between_commas_leaves_the_role_to_the_whole():
    found = by_quote("Unos 30 mineros, incluyendo dos capataces, murieron en la mina.", "es")
    assert found["Unos 30 mineros, incluyendo dos capataces"].value["role"] == "killed"


def test_an_italian_elision_after_one_keeps_its_noun():
    # the Turkish case ending after a number ("14'te") is read in Turkish only
    found = by_quote("Un'infermiera è stata ferita ieri sera.", "it")
    assert found["Un'infermiera"].value == {"exact": 1, "what": "infermiera", "role": "injured"}


def test_a_turkish_scale_in_capitals_is_read():
    # "İ" lowers to "i" and a combining dot: "BİN" (thousand) in a headline had raised a KeyError
    assert [a.value for a in find_amounts("DEPREMDE 5 BİN KİŞİ EVSİZ KALDI", "tr")] == [{"exact": 5000}]


@pytest.mark.parametrize("language, text, what", [
    ("de", "Mindestens 46 afghanische Soldaten überquerten die Grenze.", "soldaten"),  # lower case before a noun
    ("ru", "Не менее 46 афганских военных пересекли границу.", "военных"),  # a genitive plural adjective
    ("pl", "Co najmniej 46 afgańskich żołnierzy przekroczyło granicę.", "żołnierzy"),
    ("tr", "En az 46 Afgan askeri sınırı geçti.", "askeri"),  # a demonym, capitalised
    ("tr", "Sınırda 12 Suriyeli mülteci yakalandı.", "mülteci"),  # a country's name and "-li"
])
def test_an_adjective_between_a_number_and_its_noun_is_skipped(language, text, what):
    (count,) = counts(text, language)
    assert count.value["what"] == what and count.value.get("min", count.value.get("exact")) in (46, 12)


def test_a_turkish_month_after_a_number_is_no_demonym():
    assert counts("Karar 13 Nisan tarihinde alındı.", "tr") == []


@pytest.mark.parametrize("language, text", [
    ("fr", "Une explosion a fait 9 morts à Kaboul."),
    ("it", "Un'esplosione ha ucciso 9 persone a Kabul."),
    ("es", "Un coche bomba mató a 7 personas en Mogadiscio."),
])
def test_one_that_did_to_the_next_number_what_befell_it_is_no_count(language, text):
    assert [f.value["exact"] for f in counts(text, language)] == [9 if language != "es" else 7]


def test_one_with_its_role_before_the_next_clause_is_still_counted():
    found = by_quote("Полиция сообщает, что один человек погиб, а еще один ранен.", "ru")
    assert found["один человек"].value["role"] == "killed"


@pytest.mark.parametrize("language, text, quote, role", [
    ("fr", "Trente-deux civils, dont six enfants, ont été tués.", "Trente-deux civils, dont six enfants", "killed"),
    ("es", "Un coche bomba mató a 7 personas.", "7 personas", "killed"),
    ("es", "La policía detuvo a 40 manifestantes.", "40 manifestantes", "arrested"),
    ("de", "Am Dienstagabend tötete eine Explosion in Kabul neun Menschen.", "neun Menschen", "killed"),
    ("de", "Die Zahl der Todesopfer stieg auf 27.", "27", "killed"),
    ("pl", "We wtorek w wybuchu zginęło 9 osób.", "9 osób", "killed"),
    ("pl", "Policja zatrzymała 100 demonstrantów.", "100 demonstrantów", "arrested"),
    ("pl", "Trzy osoby zostały ranne w wypadku.", "Trzy osoby", "injured"),
    ("tr", "Kazada 3 kişinin hayatını kaybettiği belirtildi.", "3 kişinin", "killed"),
])
def test_roles_of_wire_sentences_in_other_languages(language, text, quote, role):
    assert by_quote(text, language)[quote].value["role"] == role


def test_a_german_role_word_before_the_number_is_read_back_only_to_its_clause():
    found = by_quote("13 Personen sind gestorben, 398 Patienten wurden gesund.", "de")
    assert found["398 Patienten"].value["role"] is None


@pytest.mark.parametrize("language, text, values", [
    ("pl", "Trzydziestu dwóch migrantów i trzech policjantów", [{"exact": 32}, {"exact": 3}]),
    ("pl", "co najmniej 46 osób, ponad 160 tys. osób, kilkuset demonstrantów", [{"min": 46}, {"min": 160_001},
                                                                           {"min": 200}]),
    ("pl", "34-latek, 80 lat, 28 proc. i po godz. 21", []),  # an age, a duration, a share, an hour
    ("it", "Trentadue migranti e un centinaio di manifestanti", [{"exact": 32}, {"min": 90, "max": 110}]),
    ("es", "un centenar de vecinos", [{"min": 90, "max": 110}]),
])
def test_polish_italian_and_spanish_number_words(language, text, values):
    assert [a.value for a in find_amounts(text, language)] == values


def test_a_turkish_part_named_before_its_whole_is_nested_in_it():
    text = "Saldırıda aralarında 2 çocuğun da bulunduğu 9 kişi öldü."
    found = by_quote(text, "tr")
    whole = found["aralarında 2 çocuğun da bulunduğu 9 kişi"]
    assert whole.value["exact"] == 9 and found["2 çocuğun"].subject.endswith("among them")


@pytest.mark.parametrize("language, text, values", [
    ("pl", "Ewakuowano 64 300 mieszkańców.", [{"exact": 64_300}]),
    ("fr", "Quelque 12 000 manifestants.", [{"min": 10_800, "max": 13_200}]),
    ("ru", "Пострадали 2 400 человек и 1 250 000 голов скота.", [{"exact": 2_400}, {"exact": 1_250_000}]),
    ("pl", "w latach 2018 2019", []),  # years in a row: four digits never group
    ("pl", "Zatrzymano 5, 120 uwolniono.", [{"exact": 5}, {"exact": 120}]),  # a comma parts a list
    ("pl", "Punkty 4 17 i 212.", [{"exact": 4}, {"exact": 17}, {"exact": 212}]),  # only a group of three
    ("pl", "Tel. 0601 222 333.", []),  # a telephone number, not 601,222,333
])
def test_a_space_groups_thousands_outside_english(language, text, values):
    assert [a.value for a in find_amounts(text, language)] == values


@pytest.mark.parametrize("text, value", [
    ("Kampta 4 bin 215 kişi kalıyor.", 4_215),
    ("Seçmen sayısı 12 milyon 40 bin 7 oldu.", 12_040_007),
    ("Toplam 6 bin kişi geldi, 2020 yılında.", 6_000),  # a year after a scale is not a part
])
def test_turkish_digits_after_a_scale_word_add_up(text, value):
    assert [a.value["exact"] for a in find_amounts(text, "tr") if "exact" in a.value] == [value]


@pytest.mark.parametrize("text, roles", [
    ("مقتل جنديين وإصابة ثلاثة مدنيين في انفجار.", ["killed", "injured"]),
    ("إصابة جنديين ومقتل ثلاثة مدنيين في انفجار.", ["injured", "killed"]),
])
def test_an_arabic_count_takes_the_role_word_nearest_before_it(text, roles):
    found = find_counts(FactText.of("a", text, language="ar"))
    assert [f.value["role"] for f in found] == roles


def test_a_french_count_quotes_the_adjectives_after_its_noun_but_not_what_befell_them():
    text = "Jeudi, 4 gendarmes mobiles ont été blessés et 7 gardiens suisses tués."
    assert [(text[f.start:f.end], f.value["role"]) for f in counts(text, "fr")] == [
        ("4 gendarmes mobiles", "injured"), ("7 gardiens suisses", "killed")]


@pytest.mark.parametrize(("language", "text", "quotes"), [
    ("fr", "On compte 31 décès dus à la grippe cet hiver.", ["31 décès"]),  # a participle with its complement
    ("es", "Hubo 58 muertes relacionadas con las lluvias.", ["58 muertes"]),
    ("es", "Unos 7 millones de lectores puedes ver el vídeo aquí.", ["Unos 7 millones de lectores"]),  # "puede" + s
    ("es", "Hay 12 heridos leves y 5 muertos en el hospital.", ["12 heridos leves", "5 muertos"]),
    ("pl", "Straż odnotowała 230 alarmów fałszywych.", ["230 alarmów fałszywych"]),  # adjective after its noun
    ("pl", "Potwierdzono 75 przypadków związanych z epidemią.", ["75 przypadków"]),  # a participle is none
    ("pl", "Lekarze zbadali 14 osób tych rodzin.", ["14 osób"]),  # a pronoun is none
])
def test_a_count_quotes_the_adjectives_after_its_noun_up_to_a_verb(language: str, text: str,
                                                                   quotes: list[str]) -> None:
    assert [text[f.start:f.end] for f in counts(text, language)] == quotes


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("es", "De los enfermos, 40 han fallecido.", [("40", None, "killed")]),  # the verb is no noun
    ("fr", "Sur les cas suspects, 215 ont été testés.", []),  # a bare number with no role
    ("fr", "Une personne a été tuée.", [("Une personne", "personne", "killed")]),  # a stop word after one
])
def test_a_function_word_after_a_number_is_no_counted_noun(language: str, text: str,
                                                            expected: list[tuple]) -> None:
    assert [(text[f.start:f.end], f.value["what"], f.value["role"]) for f in counts(text, language)] == expected


@pytest.mark.parametrize(("language", "text", "quote"), [
    ("fr", "Des milliers d'Américains ont regardé le match.", "milliers d'Américains"),  # unlike "États-Unis"
    ("es", "Cientos de Estadounidenses llenaron el estadio.", "Cientos de Estadounidenses"),
    ("it", "Migliaia di Tedeschi hanno visitato la mostra.", "Migliaia di Tedeschi"),  # a language's name
    ("pl", "Setki Amerykanów obejrzały mecz.", "Setki Amerykanów"),
])
def test_a_people_is_counted_though_its_name_is_unlike_its_country(language: str, text: str, quote: str) -> None:
    assert [text[f.start:f.end] for f in counts(text, language)] == [quote]


def test_a_capitalised_plural_unlike_any_people_is_still_a_name() -> None:
    assert counts("Il a été vu par 532 Koronas cette année.", "fr") == []  # "Koro" is a minor language


def test_a_french_people_noun_is_counted_though_capitalised():
    text = "Des milliers de Syriens ont gagné la frontière turque."
    assert [(text[f.start:f.end], f.value["what"]) for f in counts(text, "fr")] == [("milliers de Syriens", "syriens")]
    assert counts("Il habite au 12 Boulevard Voltaire.", "fr") == []  # a name still is none


@pytest.mark.parametrize(("language", "text", "roles"), [
    # the role word is the next count's own noun or its adjective: not the first count's
    ("pl", "W szpitalu jest 120 pacjentów i dwóch ofiar śmiertelnych.", [None, "killed"]),
    ("fr", "La région recense 820 malades et deux morts.", [None, "killed"]),
    # the verb after both counts is shared by both
    ("pl", "Podczas burzy 12 turystów i 2 przewodników zginęło.", ["killed", "killed"]),
])
def test_a_role_inside_the_next_counts_noun_phrase_is_its_own(language, text, roles):
    assert [f.value["role"] for f in counts(text, language)] == roles


@pytest.mark.parametrize("language, text, quote, what", [
    ("fr", "Les autorités ont annoncé 47 nouveaux décès dimanche.", "47 nouveaux décès", "décès"),
    ("es", "El ministerio confirmó 312 nuevos casos ayer.", "312 nuevos casos", "casos"),
    ("fr", "Le convoi a perdu 5 autres soldats en route.", "5 autres soldats", "soldats"),
    ("fr", "Hier, 3 casques bleus ont été blessés.", "3 casques bleus", "casques"),  # the adjective after it
])
def test_a_plural_adjective_before_the_noun_is_not_the_counted_noun(language, text, quote, what):
    assert by_quote(text, language)[quote].value["what"] == what


def test_a_portuguese_number_word_with_a_people_s_name_counts_those_killed():
    found = by_quote("Ontem, três alemães foram mortos num ataque.", "pt")["três alemães"].value
    assert (found["exact"], found["what"], found["role"]) == (3, "alemães", "killed")
    assert by_quote("Dezasseis turistas ficaram feridos.", "pt")["Dezasseis turistas"].value["exact"] == 16


@pytest.mark.parametrize("text, quote, role", [
    ("Saldırıda yüzlerce Amerikalı öldü.", "yüzlerce Amerikalı", "killed"),  # the demonym is the noun
    ("Dün yüzlerce Amerikalı protesto etti.", "yüzlerce Amerikalı", "protesters"),  # as "protested"
    ("Saldırıda 46 Afgan askeri öldü.", "46 Afgan askeri", "killed"),  # the demonym qualifies the noun
])
def test_a_turkish_demonym_before_a_verb_is_the_counted_noun(text, quote, role):
    assert by_quote(text, "tr")[quote].value["role"] == role


@pytest.mark.parametrize("language, text, quote, role", [
    ("fr", "Le ministère a signalé 89 nouveaux décès mardi.", "89 nouveaux décès", "killed"),
    ("it", "La polizia ha contato 9 arresti e 3 decessi.", "3 decessi", "killed"),  # not the arrests before it
    ("de", "Die Polizei meldete 12 Festnahmen und 6 Todesfälle.", "12 Festnahmen", "arrested"),
    ("de", "Die Polizei meldete 12 Festnahmen und 6 Todesfälle.", "6 Todesfälle", "killed"),
    ("de", "Es gab 3 Verwundete.", "3 Verwundete", "injured"),
    ("es", "Hubo 4 lesionados en el choque.", "4 lesionados", "injured"),
    ("pt", "Foram registrados 15 óbitos no hospital.", "15 óbitos", "killed"),
    ("ru", "В больнице зарегистрировано 5 умерших.", "5 умерших", "killed"),
    ("ar", "سجلت السلطات 7 وفيات جديدة.", "7 وفيات", "killed"),
    ("tr", "Depremde 12 can kaybı yaşandı.", "12 can", "killed"),
])
def test_a_counted_noun_that_names_the_dead_the_wounded_or_the_arrested_gives_the_role(language, text, quote, role):
    assert by_quote(text, language)[quote].value["role"] == role


@pytest.mark.parametrize("language, text, quote", [
    ("fr", "La police a fait état de 12 victimes.", "12 victimes"),
    ("ru", "В городе 14 жертв.", "14 жертв"),
    ("en", "Officials reported 30 casualties.", "30 casualties"),
])
def test_a_noun_of_victims_whatever_befell_them_gives_no_role(language, text, quote):
    assert by_quote(text, language)[quote].value["role"] is None


@pytest.mark.parametrize("language, text, quote, role", [
    ("tr", "Dün 500 öğrenci kararı protesto etti.", "500 öğrenci", "protesters"),
    ("tr", "Meydanda 200 kişi eylem yaptı.", "200 kişi", "protesters"),
    ("tr", "Karar 300 kişi tarafından protesto edildi.", "300 kişi", None),  # the passive: what was protested
    ("fr", "Environ 5000 personnes ont manifesté samedi.", "Environ 5000 personnes", "protesters"),
    ("it", "Circa 300 persone hanno protestato davanti al municipio.", "Circa 300 persone", "protesters"),
    ("pl", "Około 300 osób protestowało przed urzędem.", "Około 300 osób", "protesters"),
    ("ru", "Около 300 человек протестовали у мэрии.", "Около 300 человек", "protesters"),
])
def test_a_verb_of_protest_makes_the_counted_protesters(language, text, quote, role):
    assert by_quote(text, language)[quote].value["role"] == role


@pytest.mark.parametrize(("text", "role"), [
    ("Nach dem Spiel nahmen Beamte elf Fans fest.", "arrested"),
    ("Die Polizei nimmt am Montag sieben Demonstranten in Köln fest, sagte ein Sprecher.", "arrested"),
    ("Bei dem Brand kamen vier Bewohner um.", "killed"),
    ("In der Nacht brachten Räuber zwei Wachleute um.", "killed"),
    ("Nach dem Spiel nahmen Beamte elf Fans mit.", None),  # mitnehmen: no role
])
def test_a_german_separable_verb_gives_its_role_from_the_particle_at_the_clause_end(text, role):
    [count] = counts(text, "de")
    assert count.value["role"] == role


@pytest.mark.parametrize(("language", "text", "value", "role"), [
    ("cs", "Při požáru skladu zemřeli čtyři hasiči.", 4, "killed"),
    ("cs", "Policie ve čtvrtek zatkla sedm mladíků.", 7, "arrested"),
    ("cs", "Po srážce vlaků bylo zraněno dvacet cestujících.", 20, "injured"),
    ("sk", "Pri výbuchu zahynuli traja robotníci.", 3, "killed"),
    ("sk", "Hasiči evakuovali štyridsať obyvateľov.", 40, "evacuated"),
])
def test_czech_and_slovak_number_words_and_roles(language, text, value, role):
    [count] = counts(text, language)
    assert (count.value["exact"], count.value["role"]) == (value, role)


@pytest.mark.parametrize(("language", "text"), [
    ("cs", "Bylo mu dvacet let."),  # an age
    ("sk", "Stavba trvala tri roky."),  # a duration
])
def test_czech_and_slovak_ages_and_durations_are_no_counts(language, text):
    assert counts(text, language) == []


def test_clock_times_and_distances_in_other_languages_are_no_counts():
    # "3 h 15" is a quarter past three; "18 milles nautiques" a distance
    assert counts("Le feu a pris vers 3 h 15 dans le garage, à environ 18 milles nautiques de Bastia.", "fr") == []
    assert counts("El fuego empezó a las 3 h 15, a unos 18 kilómetros de la costa.", "es") == []
    # "um" before the hour is a preposition, not the particle of "umbringen" closing the clause
    assert counts("Das Feuer brach um 3.15 Uhr aus, 18 Kilometer vor der Küste.", "de") == []
    [killed] = counts("Die Angreifer brachten drei Menschen um.", "de")
    assert (killed.value["exact"], killed.value["role"]) == (3, "killed")


def test_people_moved_out_of_their_homes_were_evacuated_and_those_forced_out_displaced():
    roles = {quote: f.value["role"] for quote, f in by_quote(
        "Nearly 1,200 people were moved out of homes along the river. About 300 families were forced from their "
        "homes. Some 500 residents fled their homes. Forty people were taken to safety. Two officials were taken "
        "to court.").items()}
    assert roles == {"Nearly 1,200 people": "evacuated", "About 300 families": "displaced",
                     "Some 500 residents": "displaced", "Forty people": "evacuated", "Two officials": None}


def test_a_subject_phrase_keeps_its_coordinated_verb_but_not_the_next_clause():
    found = by_quote("At least two people were killed and a woman was missing. Two soldiers were shot and killed.")
    assert found["At least two people"].subject == "people were killed"
    assert found["Two soldiers"].subject == "soldiers were shot and killed"


def test_people_said_to_be_missing_in_any_tense_or_parse_are_missing():
    assert by_quote("Twenty people are missing.")["Twenty people"].value["role"] == "missing"
    # the parser hangs the subject on the auxiliary here; "others" stands for the noun counted before it
    found = by_quote("At least 14 people were killed and 20 others were missing after a landslide.")
    assert found["20 others"].value == {"exact": 20, "what": "people", "role": "missing"}
    # a verb "missing" with an object is no role of its subject
    assert by_quote("Three players are missing the game.")["Three players"].value["role"] is None


def test_families_moved_to_shelters_or_evacuated_are_evacuated():
    assert by_quote("About 300 families were evacuated.")["About 300 families"].value["role"] == "evacuated"
    found = by_quote("The governor said roughly 300 families were moved to shelters.")
    assert found["roughly 300 families"].value["role"] == "evacuated"
    assert by_quote("Crews moved 300 boxes to storage.")["300 boxes"].value["role"] is None


def test_people_treated_or_taken_to_hospital_are_injured():
    found = by_quote("Officials said 29 people were being treated in hospital. Ambulances rushed 12 people to hospital.")
    assert found["29 people"].value["role"] == found["12 people"].value["role"] == "injured"
    assert by_quote("Rescuers pulled four people alive from the rubble.")["four people"].value["role"] is None
    assert by_quote("The hospital treated 300 patients last year.")["300 patients"].value["role"] is None


@pytest.mark.parametrize("text, quote, role", [
    ("Police denied using live rounds and said nobody had been killed.", "nobody had been killed", "killed"),
    ("No one was hurt in the blast.", "No one was hurt", "injured"),
    ("There were no deaths, officials said.", "There were no deaths", "killed"),
    ("A man was shot and no one else was injured.", "no one else was injured", "injured"),
])
def test_a_count_of_none_is_zero_people(text, quote, role):
    assert by_quote(text)[quote].value == {"exact": 0, "what": "people", "role": role}


def test_no_one_doing_something_else_counts_nothing():
    assert counts("No one has claimed responsibility for the attack.") == []
    assert counts("No deaths from the virus were recorded in May.") == []


def test_a_bare_figure_of_the_named_group_is_a_part_not_the_toll():
    text = "The death toll has risen to 25, the Red Cross said, after two of the injured died in hospital."
    found = by_quote(text)
    assert found["25"].value["exact"] == 25
    part = found["two of the injured"]
    assert part.value == {"exact": 2, "what": "injured", "role": "killed"}


def test_a_figure_of_more_people_counts_them_with_the_verb_s_role():
    # the parser makes "more" the subject and "dozens" its modifier after "The committee said"
    found = by_quote("The committee said dozens more were wounded.")
    assert found["dozens"].value == {"min": 24, "what": None, "role": "injured"}


def test_italian_thousands_and_function_words_after_a_number():
    found = by_quote("Sono stati arrestati 40 manifestanti, e 3 mila persone sono state evacuate.", "it")
    assert found["3 mila persone"].value == {"exact": 3000, "what": "persone", "role": "evacuated"}
    assert found["40 manifestanti"].value["role"] == "arrested"
    # a figure followed by a pronoun or a preposition counts nothing it names: no count, no contest with another
    assert counts("Cinque milioni si trovano nei territori e circa 727 mila all'estero.", "it") == []
    assert by_quote("Circa 300 persone sono state evacuate.", "it")["Circa 300 persone"].value["what"] == "persone"


@pytest.mark.parametrize("text, language", [
    ("W ten sposób prezydent chce osiągnąć ten cel.", "pl"),  # "ten" is "this" in Polish, no 10
    ("Ten noorden van de stad is het rustig.", "nl"),  # nor in Dutch ("to the north")
    ("Spotkanie odbędzie się 10 maja.", "pl"),  # a day of a month: no count
    ("Заседание пройдёт 5 марта.", "ru"),
])
def test_english_number_words_and_dates_in_other_languages_are_no_counts(text, language):
    assert counts(text, language) == []


def test_a_german_function_word_after_a_figure_is_no_counted_noun():
    found = by_quote("Bei dem Brand starben 3 und weitere wurden verletzt.", "de")
    assert list(found) == ["3"] and found["3"].value["what"] is None  # not "3 und", a count of "und"
    assert counts("Er blieb 12 bis zum Schluss.", "de") == []


def test_a_polish_function_word_after_a_figure_is_no_counted_noun():
    assert [f.value["what"] for f in counts("Zginęło co najmniej 25 osób, a dwa w szpitalu. 40 na miejscu.", "pl")] \
        == ["osób"]
