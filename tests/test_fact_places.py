"""The place finder of the facts stage: toponyms with exact spans, geocoded together."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from newsdesk.facts.document import FactText
from newsdesk.facts.places import find_places
from newsdesk.places import get_gazetteer, kind_of, place_of, resolve_places
from newsdesk.places.source import source_country

SEEDS = Path(os.environ.get("NEWSDESK_DATASETS", Path(__file__).resolve().parents[2] / "shared" / "datasets")) / "seeds"


@pytest.fixture(scope="module", autouse=True)
def gazetteer_loaded():
    return get_gazetteer()


def places_of(text: str, language: str = "en", source: str | None = None) -> list:
    return find_places(FactText.of("t", text, language=language, source=source))


def place_of_name(name: str) -> int | None:
    """The GeoNames id of what the gazetteer resolves ``name`` to alone."""
    return resolve_places([name])[0].geonameid


def seed(name: str) -> FactText:
    if not (SEEDS / "seeds.jsonl").exists():
        pytest.skip("seed articles not found (set NEWSDESK_DATASETS)")
    with open(SEEDS / "seeds.jsonl", encoding="utf-8") as handle:
        for line in handle:
            item = json.loads(line)
            if item["id"] == name:
                return FactText.of(item["id"], item["text"], language="en", published=item.get("published"),
                                   source=item.get("source"))
    raise AssertionError(f"{name} not in seeds.jsonl")


def test_seed_chitral_is_found_with_its_exact_span_and_resolved():
    fact_text = seed("000_afghanistantimes.txt")
    found = find_places(fact_text)
    assert all(fact_text.text[f.start:f.end] for f in found)
    chitral = [f for f in found if fact_text.text[f.start:f.end] == "Chitral"]
    assert len(chitral) == 1
    value = chitral[0].value
    assert (value["name"], value["country"], value["admin1"]) == ("Chitral", "PK", "Khyber Pakhtunkhwa")
    assert value["lat"] == pytest.approx(35.85, abs=0.01) and value["lon"] == pytest.approx(71.79, abs=0.01)
    assert value["geonameid"] == 1181065
    assert value["contained_in"] == ["Khyber Pakhtunkhwa", "Pakistan"]
    assert fact_text.text.index("the border crossing in Chitral") < chitral[0].start


def test_seed_arundu_lies_in_chitral_district_in_khyber_pakhtunkhwa():
    fact_text = seed("002_machine_translated.txt")
    found = {fact_text.text[f.start:f.end]: f for f in find_places(fact_text)}
    arundu = found["Arundu"]
    assert fact_text.text[arundu.start - 4:arundu.end + 7] == "the Arundu sector"
    value = arundu.value
    assert (value["country"], value["admin1"]) == ("PK", "Khyber Pakhtunkhwa")
    assert value["contained_in"] == ["Chitral", "Khyber Pakhtunkhwa", "Pakistan"]
    assert value["geonameid"] is None and value["located_by"] == "container"
    assert found["Chitral"].value["geonameid"] == 1181065
    assert found["Khyber-Pakhtunkhwa"].value["country"] == "PK"


def parsed_places_of(text: str) -> tuple[list, str]:
    fact_text = FactText.of("t", text, language="en")
    for sentence in fact_text.sentences:
        sentence.doc()
    return find_places(fact_text), text


def test_a_parsed_locative_phrase_is_quoted_whole_with_its_most_specific_place():
    found, text = parsed_places_of("The soldiers fled to the Arundu sector of the Chitral district on Sunday.")
    quotes = {text[f.start:f.end]: f.value for f in found}
    assert set(quotes) == {"the Arundu sector of the Chitral district", "Chitral"}
    arundu = quotes["the Arundu sector of the Chitral district"]
    assert arundu["name"] == "Arundu" and arundu["contained_in"][0] == "Chitral"
    assert text[slice(*arundu["toponym_span"])] == "Arundu"
    assert text[slice(*quotes["Chitral"]["toponym_span"])] == "Chitral"


def test_a_phrase_takes_the_region_over_the_country_and_leaves_other_names_alone():
    found, text = parsed_places_of("They took refuge in Pakistan's Khyber Pakhtunkhwa province. Kabul said nothing.")
    quotes = {text[f.start:f.end]: f.value["name"] for f in found}
    assert quotes == {"Pakistan's Khyber Pakhtunkhwa province": "Khyber Pakhtunkhwa", "Pakistan": "Pakistan",
                      "Kabul": "Kabul"}


def test_without_a_parse_claims_quote_the_toponym_only():
    text = "The soldiers fled to the border crossing in Chitral on Sunday."
    (chitral,) = places_of(text)
    assert text[chitral.start:chitral.end] == "Chitral" and chitral.value["toponym_span"] == [chitral.start, chitral.end]


def test_every_span_is_the_toponym_as_written():
    text = "KABUL: Troops fled from Kunar province to Pakistan’s Khyber-Pakhtunkhwa, near Chitral."
    found = places_of(text)
    assert [text[f.start:f.end] for f in found] == ["KABUL", "Kunar", "Pakistan", "Khyber-Pakhtunkhwa", "Chitral"]
    assert all(f.kind == "place" and f.subject for f in found)


def test_demonyms_are_not_places():
    found = places_of("Afghan soldiers and Pakistani officials met Afghans in Islamabad.")
    assert [f.value["name"] for f in found] == ["Islamabad"]


def test_a_country_beats_a_same_named_town():
    found = places_of("Protesters gathered in Tbilisi, the capital of Georgia.")
    georgia = [f for f in found if f.value["name"] == "Georgia"][0]
    assert georgia.value["country"] == "GE" and georgia.value["admin1"] is None
    found = places_of("Storms hit Atlanta, Georgia on Sunday.")
    assert [f.value["country"] for f in found] == ["US", "US"]


def test_weekdays_months_and_surnames_are_not_places():
    found = places_of("John Kelly arrived on Monday in May. Kelly said Paris was calm.")
    assert [f.value["name"] for f in found] == ["Paris"]


def test_a_non_english_article_gets_places():
    text = "Quarante-six soldats afghans ont franchi la frontière à Chitral, au Pakistan, dimanche soir."
    found = places_of(text, language="fr")
    assert [(text[f.start:f.end], f.value["country"]) for f in found] == [("Chitral", "PK"), ("Pakistan", "PK")]
    found = places_of("Die Soldaten flohen aus Deutschland nach Österreich.", language="de")
    assert [f.value["country"] for f in found] == ["DE", "AT"]


def test_the_outlets_country_is_a_hint():
    assert source_country("dawn.com.pk") == "PK" and source_country("news.bbc.co.uk") == "GB"
    assert source_country("example.tv") is None and source_country("unknown (machine-translated page)") is None
    assert places_of("Talks were held in Cambridge.", source="bostonglobe.us")[0].value["country"] == "US"
    assert places_of("Talks were held in Cambridge.", source="cambridge-news.co.uk")[0].value["country"] == "GB"


def test_unknown_places_named_by_their_form_are_claims_without_an_id():
    text = "The march went down Royal Street in New Orleans."
    found = places_of(text)
    street = found[0]
    assert text[street.start:street.end] == "Royal Street"
    assert street.value["geonameid"] is None and street.value["country"] == "US"


def test_empty_and_placeless_texts():
    assert places_of("") == []
    assert places_of("   \n ") == []
    assert places_of("nothing to see here, all lower case.") == []


def test_a_demonym_before_a_place_noun_names_the_country_but_not_before_people():
    text = "Troops massed on the Turkish border while Afghan soldiers and Russian diplomats watched."
    found = places_of(text)
    assert [(text[f.start:f.end], f.value["country"]) for f in found] == [("Turkish", "TR")]


def test_counties_are_known_and_resolved_with_their_neighbours():
    text = "The series visits Brands Hatch, Kent, then Thruxton, Hampshire, and Snetterton, Norfolk."
    found = {text[f.start:f.end]: f.value for f in places_of(text)}
    assert all(found[name]["country"] == "GB" for name in ("Kent", "Hampshire", "Norfolk"))
    assert found["Kent"]["lat"] == pytest.approx(51.2, abs=0.3)


def test_a_small_town_abroad_with_no_support_is_no_claim_to_a_place():
    text = "Police clashed with protesters near Hardiya in Bara district of Nepal."
    values = {f.value["name"]: f.value for f in places_of(text)}
    assert values["Nepal"]["country"] == "NP"
    assert all(v["country"] in (None, "NP") for v in values.values())


def test_a_town_inside_a_longer_name_is_not_taken_alone():
    text = "A tasting was held at Sullivan Goss and on Elysian Fields."
    # "at Sullivan Goss" is a site the gazetteer lacks (a venue), never the town Sullivan
    assert [(f.value["name"], f.value["geonameid"]) for f in places_of(text)] == [("Sullivan Goss", None)]


def test_a_name_after_a_preposition_of_place_is_no_surname():
    text = "The race starts at Brands Hatch on Sunday. Brands Hatch is sold out."
    assert [f.value["name"] for f in places_of(text)][:1] == ["Brands Hatch"]


def test_names_joined_before_a_plural_place_word_are_each_such_a_place():
    text = "He collapsed at the corner of State and Hubbard streets in Chicago."
    names = [f.value["name"] for f in places_of(text)]
    assert names[:2] == ["State", "Hubbard"]
    text = "Entire villages were lost."
    assert places_of(text) == []


def test_unknown_places_are_put_in_the_article_s_best_supported_town():
    text = ("Lafayette was quiet. Crowds filled New Orleans, Louisiana. "
            "The parade went down Frenchmen Street.")
    street = [f for f in places_of(text) if f.value["name"] == "Frenchmen Street"][0]
    assert street.value["located_by"] == "article" and street.value["contained_in"][0] == "New Orleans"


def test_ap_state_abbreviations_after_a_town_are_the_states():
    text = "RALEIGH, N.C. (AP) - A pool in Slidell, La., was closed. The Walker County (Ga.) office agreed."
    found = {text[f.start:f.end]: f.value for f in places_of(text)}
    assert (found["N.C."]["name"], found["La."]["name"], found["Ga."]["country"]) == \
        ("North Carolina", "Louisiana", "US")
    assert found["Ga."]["name"] == "Georgia"


def test_postal_codes_after_a_town_of_their_state_are_the_states():
    text = ("Crews from Austin, Texas, reached Albany, NY, on Friday. Officials in Portland, ME, and Portland, "
            "Ore., sent buses; a volunteer from Boise, ID.")
    found = [(text[f.start:f.end], f.value["name"], f.value.get("admin1")) for f in places_of(text)]
    assert ("Albany", "Albany", "New York") in found and ("NY", "New York", "New York") in found
    assert [admin1 for quote, _, admin1 in found if quote == "Portland"] == ["Maine", "Oregon"]
    assert ("ID", "Idaho", "Idaho") in found


def test_a_postal_code_is_no_us_state_after_a_town_it_does_not_hold():
    text = "Farmers marched in Madurai, TN, on Monday. FLOODS, IN PICTURES: water rose in Dhaka."
    found = {text[f.start:f.end]: f.value for f in places_of(text)}
    assert found["Madurai"]["country"] == "IN"
    assert "IN" not in found and found.get("TN", {}).get("country") != "US"


def test_an_ap_abbreviation_spotted_as_a_town_of_its_own_is_still_the_state():
    text = "A tornado struck a school in Birmingham, Ala., on Tuesday, the governor said."
    found = {text[f.start:f.end]: f.value for f in places_of(text)}
    assert (found["Birmingham"]["country"], found["Birmingham"]["admin1"]) == ("US", "Alabama")
    assert found["Ala."]["name"] == "Alabama" and "Ala" not in found


def test_canadian_and_australian_abbreviations_after_a_town_of_theirs_are_the_regions():
    text = ("A man from London, Ont., and a woman from Victoria, B.C., were charged. Residents of Gympie, Qld, "
            "fled the flood; lifeguards from Perth, WA, helped.")
    found = [(text[f.start:f.end], f.value["country"], f.value.get("admin1")) for f in places_of(text)]
    assert ("London", "CA", "Ontario") in found and ("Ont.", "CA", "Ontario") in found
    assert ("Victoria", "CA", "British Columbia") in found and ("B.C.", "CA", "British Columbia") in found
    assert ("Qld", "AU", "Queensland") in found and ("Perth", "AU", "Western Australia") in found


def test_a_province_abbreviation_is_no_region_after_a_town_it_does_not_hold():
    text = "Crews from Lyon, ON, the relief ship, docked at Marseille."
    found = {text[f.start:f.end]: f.value for f in places_of(text)}
    assert found["Lyon"]["country"] == "FR" and "ON" not in found


def test_a_place_named_given_name_after_a_title_is_a_person():
    text = "Defence Minister Israel Katz told troops on the Lebanon border that Senator Georgia Lane backed them."
    found = {text[f.start:f.end]: f.value for f in places_of(text)}
    assert "Israel" not in found and "Georgia" not in found
    assert found["Lebanon"]["country"] == "LB"


def test_the_sea_a_region_is_named_after_is_the_sea_unless_written_as_the_region():
    text = "Drones struck a tanker in the Red Sea. Later, protesters gathered in Suakin, in Red Sea state."
    found = [(text[f.start:f.end], f.value["country"], f.value["lat"]) for f in places_of(text)]
    assert found[0] == ("Red Sea", None, None)
    assert ("Red Sea", "SD") in [(quote, country) for quote, country, _ in found[1:]]


def test_an_arabic_name_with_or_without_its_closing_h_is_the_same_big_town():
    text = "Missiles were fired from Hodeidah on Monday, and Sarah Barra flew home."
    found = {text[f.start:f.end]: f.value for f in places_of(text)}
    assert (found["Hodeidah"]["country"], found["Hodeidah"]["geonameid"]) == ("YE", 79415)
    assert "Sarah" not in found


def test_an_english_as_after_a_long_name_joins_no_name():
    text = "Shops closed in Sweida as Druze elders met, while shells fell near Bir at Tutah."
    found = {text[f.start:f.end]: f.value for f in places_of(text)}
    assert found["Sweida"]["country"] == "SY" and abs(found["Sweida"]["lat"] - 32.7) < 0.3
    assert not any(" as " in quote for quote in found)
    assert "Bir at Tutah" in found


def test_a_big_towns_alias_shared_with_a_landmark_at_its_point_is_still_the_town():
    text = "Displaced families walked from El Geneina toward the border on Friday."
    found = {text[f.start:f.end]: f.value for f in places_of(text)}
    assert found["El Geneina"]["country"] == "SD" and abs(found["El Geneina"]["lon"] - 22.45) < 0.2


def test_a_town_whose_own_name_ends_with_a_possessive_keeps_it():
    text = "Fishermen in St. John's said the harbour froze, as Jordan's envoy flew to Canada."
    found = {text[f.start:f.end]: f.value for f in places_of(text)}
    assert (found["St. John's"]["country"], found["St. John's"]["admin1"]) == ("CA", "Newfoundland and Labrador")
    assert found["Jordan"]["country"] == "JO" and "Jordan's" not in found


def test_a_countrys_name_with_a_regions_kind_after_it_is_the_region_of_another_country():
    text = "Gunmen raided two villages in Niger state, police said. Rains flooded Niger State farms."
    found = [(text[f.start:f.end], f.value["country"], f.value.get("admin1")) for f in places_of(text)]
    assert [(country, admin1) for quote, country, admin1 in found if quote.startswith("Niger")] == \
        [("NG", "Niger"), ("NG", "Niger")]


def test_small_towns_take_no_article_and_short_forms_join_names():
    text = "Aides met at the White House. Later they flew to St. Louis and the Holy See."
    assert [(text[f.start:f.end], f.value["country"]) for f in places_of(text)] == \
        [("St. Louis", "US"), ("Holy See", "VA")]


def test_the_capital_named_like_a_state_stays_the_capital_among_other_states():
    found = places_of("Trips to Alaska, Hawaii, Florida and Washington were planned.")
    washington = [f for f in found if f.value["name"] == "Washington"][0]
    assert washington.value["admin1"] == "District of Columbia"


def test_another_transliteration_after_in_or_near_is_the_known_place():
    text = "Shelling was reported near Saraqab in Idleb on Friday."
    found = {text[f.start:f.end]: f.value for f in places_of(text)}
    assert found["Idleb"]["country"] == "SY" and found["Saraqab"]["name"] == "Saraqib"


def test_a_respelling_that_lands_in_an_unrelated_country_is_dropped():
    text = "Doctors in Kinshasa, Congo, sent a team to Kampungu on Friday."
    assert [f.value["country"] for f in places_of(text) if text[f.start:f.end] == "Kampungu"] in ([], [None], ["CD"])


def test_country_names_in_scripts_without_capitals_are_places():
    from newsdesk.facts.document import FactText
    from newsdesk.facts.places import find_places

    hindi = "रविवार रात 46 अफगान सैनिक पाकिस्तान में घुस गए।"
    arabic = "قُتل 12 شخصًا في هجوم في العراق يوم الأحد."
    for language, text, country in (("hi", hindi, "PK"), ("ar", arabic, "IQ")):
        found = find_places(FactText.of("t", text, language=language))
        assert [p.value["country"] for p in found] == [country]


def test_demonyms_of_the_text_disambiguate_its_towns():
    # Beja is a Portuguese region and town, and a Tunisian town: the text's demonym decides.
    [tunisian] = places_of("Teachers of the Tunisian union protested in Beja on Monday.")
    [plain] = places_of("Teachers protested in Beja on Monday.")
    assert (tunisian.value["country"], plain.value["country"]) == ("TN", "PT")
    assert tunisian.value["name"] == "Béja"


def test_a_demonym_of_the_text_beats_a_famous_namesakes_capital():
    text = "Lebanese protesters blocked the main road in Tripoli on Tuesday evening."
    [tripoli] = places_of(text)
    assert (tripoli.value["name"], tripoli.value["country"]) == ("Tripoli", "LB")
    [libya] = places_of("Protesters blocked the main road in Tripoli on Tuesday evening.")
    assert libya.value["country"] == "LY"


def test_a_name_the_gazetteer_lacks_is_placed_by_the_bracketed_place_after_it():
    text = "Rival militias clashed in Al Hishah (Misrata) overnight."
    found = {text[f.start:f.end]: f.value for f in places_of(text)}
    assert found["Misrata"]["country"] == "LY" and found["Misrata"]["located_by"] == "gazetteer"
    assert found["Al Hishah"]["located_by"] == "container"
    assert (found["Al Hishah"]["lat"], found["Al Hishah"]["lon"]) == (found["Misrata"]["lat"], found["Misrata"]["lon"])


def test_an_unknown_name_opening_with_a_region_lies_there_but_a_street_named_after_a_town_does_not():
    [airport] = places_of("Shelling was reported near Donetsk Airport on Sunday.")
    assert (airport.value["country"], airport.value["located_by"]) == ("UA", "container")
    avenue, leeds = places_of("He lives on Hampton Avenue in a quiet part of Leeds.")
    assert avenue.value["located_by"] == "article" and avenue.value["country"] == leeds.value["country"] == "GB"


def test_the_kind_of_place_the_text_states_is_the_kind_resolved():
    [city] = places_of("Students marched in Rajshahi city on Monday.")
    [region] = places_of("Students marched in Rajshahi region on Monday.")
    [bare] = places_of("Students marched in Rajshahi on Monday.")  # the division's town of 700,000
    assert city.value["country"] == region.value["country"] == "BD"
    assert None is not city.value["geonameid"] != region.value["geonameid"] is not None  # the town; the division
    assert (kind_of(place_of(city.value["geonameid"])), kind_of(place_of(region.value["geonameid"]))) == ("city", "admin1")
    assert bare.value["geonameid"] == city.value["geonameid"]
    town, province = places_of("Dockers blocked the port around Formosa (Formosa) on Friday.")
    assert (town.value["country"], province.value["country"]) == ("AR", "AR")
    assert town.value["geonameid"] is not None and province.value["admin1"] == "Formosa"
    assert (town.value["lat"], town.value["lon"]) != (province.value["lat"], province.value["lon"])


def test_french_compound_names_and_department_words():
    found = places_of("A man was shot in Port-au-Prince, Ouest department.")
    assert [(f.value["name"], f.value["country"]) for f in found] == [("Port-au-Prince", "HT"), ("Ouest", "HT")]
    # "Sud" of "Sud-Kivu" is no region of Haiti on its own
    assert all(f.value["country"] != "HT" for f in places_of("Militias clashed near Kalehe, Sud-Kivu."))


def test_a_respelled_town_needs_support_from_the_text():
    [town] = places_of("Palestinian residents said soldiers raided the city of Qalqiliyah at dawn.")
    assert town.value["country"] == "PS"
    # a small town spelled alike is no support: the city the text names is left unplaced
    assert [f.value["lat"] for f in places_of("Soldiers raided the city of Qalqiliyah at dawn.")] == [None]
    assert all(f.value["country"] == "MX" for f in places_of("Gunmen ambushed police in El Ramie, Veracruz."))


def test_initials_of_a_region_or_country_the_text_names_or_holds():
    text = "Platinum is mined in South Africa. Mining in SA employs many; the USA buys it."
    found = {text[f.start:f.end]: f.value for f in places_of(text)}
    assert found["SA"]["country"] == "ZA" and found["SA"]["name"] == "South Africa"
    text = "Workers protested in Nellore (AP) on Monday; the AFP news agency said so."
    found = {text[f.start:f.end]: f.value["name"] for f in places_of(text)}
    assert found["AP"] == "Andhra Pradesh" and "AFP" not in found
    assert [f.value["name"] for f in places_of("The UN met in Geneva.")] == ["Geneva"]


def test_a_name_written_as_an_address_before_its_county_is_a_place():
    text = "Round 3: Eastwick Hollow, Kent. Round 4: Snetterton, Norfolk."
    found = {text[f.start:f.end]: f.value for f in places_of(text)}
    assert found["Eastwick Hollow"]["located_by"] == "container" and found["Eastwick Hollow"]["country"] == "GB"
    assert "Snetterton" in found
    # a word before a region that the sentence goes on with is not
    assert [f.value["name"] for f in places_of("Meanwhile, Texas officials said no.")] == ["Texas"]


def test_a_compass_word_before_a_region_leaves_the_region_a_place():
    text = "Two walkers were found on a cliff path in West Wales."
    [wales] = places_of(text)
    assert text[wales.start:wales.end] == "Wales" and wales.value["country"] == "GB"


def test_a_building_without_container_lies_in_the_town_its_neighbours_support():
    text = ("A man was stabbed in Chicago on Friday. Witnesses from Evanston and Oak Park called police. "
            "The suspect had taught in Bristol, and in Bristol again later. He fled to Quillmore Plaza.")
    found = {text[f.start:f.end]: f.value for f in places_of(text)}
    assert found["Quillmore Plaza"]["located_by"] == "article"
    assert found["Quillmore Plaza"]["admin1"] == "Illinois"


def test_a_demonym_the_parser_calls_a_place_is_no_place():
    found, text = parsed_places_of("Residents of a village in Chui region marched to defend a Kyrgyz school.")
    names = [text[f.start:f.end] for f in found]
    assert "Kyrgyz" not in names
    chui = next(f for f in found if "Chui" in text[f.start:f.end])
    assert chui.value["country"] == "KG"


def test_a_local_government_area_makes_niger_the_nigerian_state():
    found = places_of("Gunmen raided Tumbu (Mokwa LGA, Niger) at night and took two farmers.")
    niger = next(f for f in found if f.value["name"] == "Niger")
    assert (niger.value["country"], niger.value["admin1"]) == ("NG", "Niger")
    assert places_of("Troops crossed from Chad into Niger on Monday.")[-1].value["country"] == "NE"


def test_an_arabic_article_joins_the_parts_of_one_name():
    found = places_of("A mine went off near a farm in Deir-ez-Zor countryside.")
    assert [(f.value["name"], f.value["country"]) for f in found] == [("Deir ez-Zor", "SY")]


def test_a_town_the_text_puts_in_another_region_yields_to_its_namesake_there_or_to_the_region():
    text = "Shelling hit Orikhove, Luhansk on Monday."  # the gazetteer's Orikhove lies in Crimea
    found = {text[f.start:f.end]: f.value for f in places_of(text)}
    assert (found["Orikhove"]["admin1"], found["Orikhove"]["located_by"]) == ("Luhansk", "container")
    text = "Protesters gathered in San Antonio (Valparaiso) on Friday."
    assert places_of(text)[0].value["country"] == "CL"
    text = "Officials flew from Beijing, Tokyo and Seoul."  # a list of big towns, not an address
    assert [f.value["country"] for f in places_of(text)][:2] == ["CN", "JP"]


def test_rural_and_compass_words_mark_the_place_after_them():
    text = "Gunmen killed a man in Rural Damascus on Sunday."
    assert [f.value["country"] for f in places_of(text)] == ["SY"]
    text = "Rebels were captured on the eastern Idleb front."
    assert [(f.value["name"], f.value["country"]) for f in places_of(text)] == [("Idlib", "SY")]


def test_another_transliteration_after_a_comma_that_follows_a_locative_name():
    text = "Troops of Azerbaijan fired near Qazaxlar, Fizuli, on Tuesday."
    assert [f.value["name"] for f in places_of(text)][-1] == "Fuzuli"


def test_a_respelling_dropped_as_implausible_does_not_sway_the_other_places():
    text = "One civilian died in Shahrak district, Ghor. Police blamed militants (Taliban sources denied it)."
    # Ghor is found under its spelling Ghowr (after "district,"); "Taliban" in brackets is no place
    assert [(f.value["name"], f.value["country"]) for f in places_of(text)] == [("Shahrak", "AF"), ("Ghowr", "AF")]


def test_a_seat_listed_without_a_population_is_no_smaller_than_any_town():
    text = "Fighters shelled Hays (Al Hudaydah) at dawn."  # the Yemeni seat has population 0 in the data
    found = {text[f.start:f.end]: f.value for f in places_of(text)}
    assert (found["Hays"]["country"], found["Hays"]["located_by"]) == ("YE", "gazetteer")


def test_a_french_compass_region_is_also_its_english_namesake():
    text = "Soldiers burnt a market in Batibo (Momo, Nord-Ouest) on Friday."
    found = {text[f.start:f.end]: f.value for f in places_of(text)}
    assert found["Batibo"]["country"] == found["Nord-Ouest"]["country"] == "CM"


def test_the_kind_written_after_a_name_is_asked_first():
    text = "Police met workers in Hyderabad city (Hyderabad, TS) on Monday."
    assert {f.value["country"] for f in places_of(text)} == {"IN"}
    text = "Troops clashed with rebels in Argelia municipality, Cauca department."
    assert [f.value["country"] for f in places_of(text)] == ["CO", "CO"]
    text = "Gunmen attacked farmers in Madagali LGA (Adamawa) on Sunday."
    assert (places_of(text)[0].value["name"], places_of(text)[0].value["located_by"]) == ("Madagali", "gazetteer")


def test_a_town_after_a_comma_yields_to_its_namesake_in_a_region_of_another_country():
    text = "In Valparaiso, Zacatecas, armed men clashed with soldiers."
    assert [f.value["country"] for f in places_of(text)] == ["MX", "MX"]
    text = "Storms hit Washington, Oregon and Idaho."  # a list of sibling regions: no namesake taken
    assert places_of(text)[0].value["admin1"] != "Oregon"


def test_a_town_known_by_the_very_name_written_is_kept_alone_whatever_its_size():
    text = "Two families exchanged fire in Braytal on Friday."  # an alternate name of Brîtel, Lebanon
    assert [f.value["country"] for f in places_of(text)] == ["LB"]


def test_a_country_naming_a_currency_is_no_place():
    text = "Traders in Beirut sold the US dollar at a new high. Later the minister flew to the US."
    found = [(f.value["name"], f.start) for f in find_places(FactText.of("fx", text, language="en"))]
    assert ("United States", text.index("US dollar")) not in found
    assert ("United States", text.rindex("US")) in found
    assert ("Beirut", text.index("Beirut")) in found


def test_another_transliteration_of_a_places_own_name_is_a_place_anywhere_in_a_sentence():
    text = "Artillery hit two villages in the western countryside of Idleb overnight."
    assert [(f.value["name"], f.value["country"]) for f in places_of(text)] == [("Idlib", "SY")]
    text = "Patrols moved through the countryside of Ar-Raqqa."
    assert [f.value["country"] for f in places_of(text)] == ["SY"]


def test_a_town_before_a_road_word_is_a_place_even_after_the_article():
    text = "Drivers blocked the Zahle roundabout with burning tyres."
    assert [(f.value["name"], f.value["country"]) for f in places_of(text)] == [("Zahlé", "LB")]


def test_a_place_word_after_a_name_of_several_words_keeps_the_whole_name():
    text = "Two men were robbed in Port of Spain city on Monday."
    assert [(f.value["name"], f.value["country"]) for f in places_of(text)] == [("Port of Spain", "TT")]
    text = "Guards patrolled a market in the Deir-ez-Zor countryside."
    assert [f.value["country"] for f in places_of(text)] == ["SY"]


def test_an_unknown_site_after_in_or_at_is_placed_by_the_article_but_no_person_or_body_is():
    text = "Farmers in Nenagh met twice. Later they gathered at Ballyquirke Hall and in Drumcullen."
    found = {f.value["name"]: f.value for f in places_of(text)}
    assert found["Drumcullen"]["located_by"] == "article" and found["Drumcullen"]["country"] == "IE"
    assert found["Ballyquirke Hall"]["country"] == "IE"
    text = "The farmers of Nenagh spoke to Mr Quirke at Drumcullen Council and in NCAA games on Monday."
    assert [f.value["name"] for f in places_of(text)] == ["Nenagh"]


def test_a_unit_of_a_named_region_is_the_namesake_inside_it():
    text = "Troops entered the Merkez district of Van on Monday."  # not the bigger Merkez of Duzce
    found = {f.value["name"]: f.value for f in places_of(text)}
    assert found["Merkez"]["admin1"] == "Van"


def test_the_first_of_towns_joined_by_a_hyphen_places_the_road_between_them():
    text = "Lorries queued on the Zahle-Qarnayel road after the storm."
    [road] = places_of(text)
    value = road.value
    assert (value["name"], value["country"], value["located_by"]) == ("Zahle-Qarnayel", "LB", "container")
    assert value["contained_in"][0] == "Zahlé"


def test_a_function_word_inside_a_hyphenated_name_is_part_of_it():
    text = "Talks between Nur-Sultan and Tashkent resumed on Sunday."
    assert [(f.value["name"], f.value["country"]) for f in places_of(text)] == [("Astana", "KZ"), ("Tashkent", "UZ")]
    text = "Residents of a new complex in Nur-Sultan city protested."  # a place word after it: still whole
    assert [(f.value["name"], f.value["country"]) for f in places_of(text)] == [("Astana", "KZ")]


def test_a_county_cut_by_compass_words_is_named_whole():
    text = "Floods closed roads in Yorkshire and Sussex, England, on Friday."
    found = {text[f.start:f.end]: f.value["country"] for f in places_of(text)}
    assert found["Yorkshire"] == "GB" and found["Sussex"] == "GB"


def test_a_name_the_gazetteer_lacks_is_asked_under_a_spelling_alike_in_a_country_the_text_names():
    text = "Gunmen attacked a checkpoint in Shirqat district, Iraq, at dawn."  # Ash Sharqat
    found = {text[f.start:f.end]: f.value for f in places_of(text)}
    assert (found["Shirqat"]["name"], found["Shirqat"]["country"]) == ("Ash Sharqāt", "IQ")
    text = "Families held a sit-in at the Douris roundabout near Baalbek."  # no Durres of Albania
    found = {text[f.start:f.end]: f.value for f in places_of(text)}
    assert found["Douris"]["country"] == found["Baalbek"]["country"] == "LB"


def test_a_plural_administrative_word_tells_its_country_too():
    text = "Engineers cleared the Barangays around Pinabacdao, Samar, on Friday."
    found = {text[f.start:f.end]: f.value["country"] for f in places_of(text)}
    assert found["Samar"] == "PH"


def test_names_the_gazetteer_lacks_do_not_vouch_for_each_others_spellings_alike():
    text = "Jets hit Bulani village of Zhari district, Balkh, overnight."  # no Bielany and Zary of Poland
    assert {f.value["country"] for f in places_of(text)} == {"AF"}


def test_a_site_after_in_stays_a_site_when_no_place_spelled_alike_is_plausible():
    text = "Farmers in Nenagh said a barn burned in Garabully overnight."  # no Garoua-Boulai of Cameroon
    found = {f.value["name"]: f.value for f in places_of(text)}
    assert (found["Garabully"]["country"], found["Garabully"]["located_by"]) == ("IE", "article")


def test_a_compass_word_and_a_name_make_no_persons_name():
    text = "Aid convoys reached Douma in Eastern Ghouta after the siege ended."
    assert "Eastern Ghouta" in [f.value["name"] for f in places_of(text)]


def test_a_county_named_without_its_unit_word_is_found_under_that_name():
    text = "Lifeboats searched the cliffs near Cardigan, Ceredigion, on Sunday."
    found = {f.value["name"]: f.value["country"] for f in places_of(text)}
    assert found.get("Ceredigion") == "GB"


def test_a_street_named_by_number_or_with_a_compass_word_after_its_type_is_a_place():
    text = "Police were called to Eglinton Avenue West. All three were arrested on 14th St. in Chattanooga."
    found = {f.value["name"]: f.value for f in places_of(text)}
    assert "Eglinton Avenue West" in found
    assert found["14th St."]["located_by"] == "container" and found["14th St."]["contained_in"][0] == "Chattanooga"


def test_dc_alone_is_the_district_of_columbia():
    text = 'She said: "In D.C., we have had a problem with murals."'
    assert [(f.value["name"], f.value["country"]) for f in places_of(text)] == [("District of Columbia", "US")]


def test_a_town_is_named_by_its_name_before_a_particle_of_place():
    text = "A tribute show comes to Clacton this weekend, near Colchester in Essex."
    found = {f.value["name"]: f.value for f in places_of(text)}
    assert found["Clacton-on-Sea"]["country"] == "GB"
    text = "Soldiers and gunmen clashed in the resort of Acapulco on Saturday."
    assert [f.value["name"] for f in places_of(text)] == ["Acapulco de Juárez"]
    text = "Children fell ill on the central island of Bohol, local officials said."
    assert [f.value["country"] for f in places_of(text)] == ["PH"]


def test_an_unknown_village_in_a_region_lies_at_the_regions_biggest_town():
    text = "Gunmen attacked a farm in Qzxwvillage, Texas on Monday."
    village = [f for f in places_of(text) if f.value["name"] == "Qzxwvillage"][0].value
    assert village["located_by"] == "container" and village["contained_in"][0] == "Texas"
    houston = resolve_places(["Houston", "Texas"])[0]
    assert (village["lat"], village["lon"]) == (houston.lat, houston.lon)


def test_an_islamic_month_is_no_place():
    text = "Residents in Algeria denounced the lack of Ramadan food aid."
    assert [f.value["name"] for f in places_of(text)] == ["Algeria"]


def test_a_later_part_of_a_hyphenated_name_lies_in_the_documents_countries():
    text = "Boko Haram raided Qzxkerawa village, Qzxkolo subdivision (Mayo-Sava, Extreme-Nord)."
    assert all(f.value["country"] in ("CM", None) for f in places_of(text))


def test_a_name_before_desert_is_a_place():
    text = "Aircraft struck a hideout in the Rutbah desert in Anbar province."
    assert "Ar Ruţbah" in [f.value["name"] for f in places_of(text)]


def test_an_article_inside_a_name_after_in_continues_it():
    text = "Forces clashed in Wadi al-Qzxrabi on Friday."
    assert [f.value["name"] for f in places_of(text)] == ["Wadi al-Qzxrabi"]  # an unknown site, no Wadi


def test_a_region_after_a_district_and_a_comma_is_found_under_its_spelling():
    found = {f.value["name"]: f.value for f in places_of("Two soldiers were killed in Kharwar district, Logar.")}
    assert found["Lowgar"]["country"] == "AF" and found["Kharwar"]["country"] == "AF"


def test_a_word_for_a_kind_of_place_listed_in_brackets_as_a_region_is_that_region():
    found = {f.value["name"]: f.value for f in places_of("Militants shot a soldier near Mayafulka (Baydhaba, Bay).")}
    assert found["Bay"]["country"] == "SO" and found["Mayafulka"]["located_by"] == "container"
    assert "Bay" not in [f.value["name"] for f in places_of("Boats sailed across the bay at dawn.")]


def test_a_kind_of_place_written_before_the_name_is_asked_for():
    found = places_of("The first case was found in the state of Washington last year.")
    assert [(f.value["name"], f.value["admin1"], f.value["geonameid"]) for f in found][0][:2] == ("Washington", "Washington")
    assert found[0].value["lon"] < -115  # the state, not the capital
    # a unit of a place is no kind of it: "the Cacuaco district of Angola" is the country
    found = places_of("Cases rose in the Cacuaco district of Angola's capital Luanda.")
    assert "Angola" in [f.value["name"] for f in found]


def test_the_place_after_a_comma_is_the_namesake_that_holds_the_place_before_it():
    # naming the Davao region and a town of it favours a small Bulacan of Davao over the province, but for the comma
    text = "Filipino vets checked farms in Davao region and in Santa Maria. Pigs tested positive in Pandi, Bulacan."
    found = {f.value["name"]: f.value for f in places_of(text)}
    assert found["Bulacan"]["admin1"] == found["Pandi"]["admin1"] == "Central Luzon"


def test_a_place_the_gazetteer_lacks_after_a_possessive_place_lies_there():
    found = {f.value["name"]: f.value for f in places_of("Officials from Paris's Lariboisiere Animal Reception Center spoke.")}
    center = found["Lariboisiere Animal Reception Center"]
    assert (center["country"], center["located_by"], center["contained_in"][0]) == ("FR", "container", "Paris")


def test_a_given_name_that_is_a_foreign_function_word_still_makes_a_surname_and_holidays_are_no_towns():
    text = ("Dan Patrick reported on his radio show that the Red Sox made an offer. Patrick said the deal "
            "could be done by Christmas.")
    assert [f.value["name"] for f in find_places(FactText.of("t", text, language="en"))] == []


def test_a_body_named_alone_is_no_town_of_that_name():
    text = ("Republicans in Congress said the Justice Department had opened an inquiry; protesters in Lagos were "
            "dispersed by Police.")
    assert [f.value["name"] for f in find_places(FactText.of("t", text, language="en"))] == ["Lagos"]


def test_a_place_opening_a_papers_name_is_no_place_claim():
    text = ("The Washington Post said the team made an offer in Las Vegas. Residents of Washington Heights "
            "were not told.")
    names = [f.value["name"] for f in find_places(FactText.of("t", text, language="en"))]
    assert names == ["Las Vegas", "Washington Heights"]


def test_a_name_after_a_title_of_address_is_a_persons_and_a_demonym_before_a_noun_no_region():
    text = "Mr. Kim met the envoy on Friday. Kim said the navy had seized 26 Somali pirates near Aden."
    assert [f.value["name"] for f in find_places(FactText.of("t", text, language="en"))] == ["Aden"]
    region = "Fighting spread in the Somali region of Ethiopia."
    assert "Somali" in [f.value["name"] for f in find_places(FactText.of("t", region, language="en"))]


def test_a_gathering_after_in_or_at_is_no_unknown_site():
    text = "The third baseman must prove his health in Spring Training, the manager told reporters at Winter Meetings in Boston."
    assert [f.value["name"] for f in find_places(FactText.of("t", text, language="en"))] == ["Boston"]


def test_a_name_joined_by_an_article_is_the_place_spelled_like_it_whole_not_its_last_word():
    # 'Arab' alone is a town of Alabama; the whole is another spelling of ‘Ayn al ‘Arab of Syria
    found = places_of("Shops reopened in Ain al Arab city after the curfew, the governor of Aleppo said.")
    assert [(f.value["name"], f.value["located_by"]) for f in found][0] == ("‘Ayn al ‘Arab", "gazetteer")
    # with no country to vouch for the spelling, an unknown site, but never a town its last word names
    found = places_of("Shops reopened near Ain al Arab town after the curfew.")
    assert [(f.value["name"], f.value["country"]) for f in found] == [("Ain al Arab", None)]


def test_a_bracketed_container_may_be_a_region_of_the_documents_country_spelled_nearly_alike():
    # "Aljfara": the article glued and a vowel dropped; Libya's district is "Sha`biyat al Jafarah" in the data
    found = places_of("Shells fell on farms near Bir Zubair (Aljfara), Libyan officials said.")
    assert [(f.value["name"], f.value["country"], f.value["located_by"]) for f in found] == [
        ("Bir Zubair", "LY", "container"), ("Al Jafarah", "LY", "gazetteer")]
    # a loose spelling vouches for no country by itself: no region of anywhere, and no claim for it
    found = places_of("Shells fell on farms near Bir Zubair (Aljfara).")
    assert [(f.value["name"], f.value["country"]) for f in found] == [("Bir Zubair", None)]


def test_containers_listed_in_brackets_hold_each_other_across_countries():
    # Dessie of Ethiopia alternately spells "Dessa", but the list puts it in Tillabéri of Niger, as the village
    found = places_of("Gunmen raided Kobbelou village (Dessa, Tillaberi) at night.")
    assert [(f.value["name"], f.value["country"]) for f in found] == [
        ("Kobbelou", "NE"), ("Dessa", "NE"), ("Tillabéri", "NE")]
    found = places_of("Gunmen raided Kobbelou village (Mambasa, Nord-Kivu) at night.")
    assert {f.value["country"] for f in found} == {"CD"}  # no Mombasa of Kenya
    # within one country a town stays, though the list's region is not its own
    found = places_of("Shots were fired in Larkana city (Larkana, Punjab) at night.")
    assert [f.value["admin1"] for f in found][:2] == ["Sindh", "Sindh"]


def test_a_name_after_countryside_outskirts_or_a_compass_word_and_of_is_asked_like_one_after_in():
    found = places_of("Gunmen opened fire in the western neighbourhood of Quamishli on Monday.")
    assert [(f.value["name"], f.value["country"]) for f in found] == [("Al Qāmishlī", "SY")]
    found = places_of("A mine went off a few kilometres east of Quamishli.")
    assert [(f.value["name"], f.value["country"]) for f in found] == [("Al Qāmishlī", "SY")]


def test_an_outlet_names_its_country_in_its_own_language():
    assert source_country("Journal du Tchad") == "TD" and source_country("La Gazette Tunisie") == "TN"
    assert source_country("The Nation") is None and source_country("Daily Express") is None
    found = places_of("Farmers protested in front of the delegation in Beja.", source="Le Quotidien de Tunisie")
    assert [(f.value["name"], f.value["country"]) for f in found] == [("Béja", "TN")]


def test_a_respelling_takes_the_place_spelled_alike_in_the_documents_country():
    # Ras el Aioun of Algeria is the biggest place spelled so; Al-Hasakeh says Syria
    found = places_of("Rebels looted crops near Ras al Ain in the countryside of Al-Hasakeh.")
    assert [(f.value["name"], f.value["country"]) for f in found][0] == ("Ra’s al ‘Ayn", "SY")


def test_a_place_opening_a_team_s_name_is_no_claim_but_a_company_s_name_keeps_it():
    text = ("The Denver Broncos beat the Kansas City Chiefs, and the Toronto Blue Jays signed a pitcher in Omaha. "
            "Workers at Halifax Tramways said the line would reopen.")
    assert [text[f.start:f.end] for f in places_of(text)] == ["Omaha", "Halifax"]


def test_a_school_named_by_a_state_is_no_claim_of_the_state():
    text = "Virginia Tech beat Indiana State, and a lineman from Texas A&M trains at Georgia Tech in Boston."
    found = places_of(text)
    assert [text[f.start:f.end] for f in found] == ["Boston"]
    assert found[0].value["admin1"] == "Massachusetts"  # no state of Georgia named to pull Boston there
    text = "Fires burned in New York State and in Washington State."
    assert [text[f.start:f.end] for f in places_of(text)] == ["New York State", "Washington State"]


@pytest.mark.parametrize("text", [
    "Reporters Bob Woodward and Carl Bernstein broke the story. Editors trusted Woodward in Denver.",
    "President Richard M. Nixon resigned. Aides to Nixon flew to Denver.",
    "The Bush administration acted. Aides to Bush flew to Denver.",
    "County District Attorney Paul Howard spoke. Reporters asked Howard about Denver.",
    "The champion beat Tony Thompson on Saturday. The punch sent Thompson down in Denver.",
    "Foreign Minister Wang Yi arrived on Monday. Reporters asked Wang about Denver.",
])
def test_a_surname_of_the_text_is_no_town_elsewhere_in_it(text):
    # names joined by "and" or "on", a middle initial, a title before the full name, "the X administration"
    assert [f.value["name"] for f in places_of(text)] == ["Denver"]


def test_an_officer_s_title_is_no_town():
    assert [f.value["name"] for f in places_of("Aides to Secretary of State Ann Lee met in Denver.")] == ["Denver"]


def test_a_given_name_of_the_text_is_no_small_town_elsewhere_in_it():
    text = "Rod Stewart toured Canada. Fans loved Rod's voice in Denver."
    assert [f.value["name"] for f in places_of(text)] == ["Canada", "Denver"]


def test_a_small_town_after_the_is_doubtful_though_a_big_town_is_called_so_too():
    # "Luck" is a village of Wisconsin by its own name and Lutsk by another: the village takes no article
    assert [f.value["name"] for f in places_of("The band closed with All The Luck in Denver.")] == ["Denver"]


def test_a_short_word_before_a_hyphen_is_no_town_that_holds_the_name():
    # "Mid" is one of Mérida's names; "Mid-Jutland" is no part of Mexico
    assert [f.value["country"] for f in places_of("Storms flooded farms in Mid-Jutland on Sunday.")] == [None]


def test_a_site_in_the_capital_of_a_named_country_lies_in_that_capital():
    text = "Gunmen stormed the Intercontinental Hotel in the Afghan capital, and the Kenyan capital markets fell."
    hotel = places_of(text)[0]
    assert (hotel.value["name"], hotel.value["contained_in"][0]) == ("Intercontinental Hotel", "Kabul")
    text = "Diplomats left the Russian Embassy in the U.S. capital on Sunday."
    assert places_of(text)[0].value["contained_in"][0] == "Washington"


def test_a_body_s_field_after_of_and_a_month_s_abbreviation_are_no_towns():
    text = "The Chamber of Commerce and Industry hosted the Leader of the House in Denver on Nov. 2."
    assert [f.value["name"] for f in places_of(text)] == ["Denver"]
    text = "The rule waits for a review by the Interior and Commerce departments in Denver."
    assert [f.value["name"] for f in places_of(text)] == ["Denver"]


def test_a_country_or_city_in_a_body_s_name_is_no_place_of_the_event():
    text = ("Economists from the University of Toronto and the National Bank of Canada met in Ottawa. "
            "The Labour Party of Norway and the Republic of Ireland sent delegates.")
    assert [f.value["name"] for f in places_of(text)] == ["Ottawa", "Ireland"]
    text = "A fire broke out at the University of Toronto's library."  # put at the body: its seat is literal
    assert [f.value["name"] for f in places_of(text)] == ["Toronto"]


def test_a_capital_before_a_surname_the_text_uses_alone_is_a_given_name():
    text = "Dublin Moretti opened a bakery near the station in Graz. Moretti said sales were slow."
    assert [f.value["name"] for f in places_of(text)] == ["Graz"]
    text = "Dublin Moretti opened a bakery. The Moretti family said sales were slow in Dublin."
    # "Moretti" is never alone, but a capital's name before a surname closing a two-word name is a given name
    assert [f.start for f in places_of(text)] == [text.index("in Dublin") + 3]
    text = "Pakistan Taliban fighters attacked a post. Taliban commanders denied it."
    assert [f.value["name"] for f in places_of(text)] == ["Pakistan"]  # a country keeps its sense


def test_a_surname_is_a_town_only_where_the_text_marks_it_as_a_place():
    text = "Mike Lowell hit a homer. Lowell said the fans cheered Lowell. Police in Lowell said the fire was out."
    assert [text[f.start:f.end] for f in places_of(text)] == ["Lowell"]
    assert places_of(text)[0].start == text.index("in Lowell") + 3


def test_a_team_or_school_the_parser_calls_a_place_is_no_claim_either():
    found, text = parsed_places_of("He played at Georgia Tech and Ohio State before the Boston Red Sox signed him in Denver.")
    assert [text[f.start:f.end] for f in found] == ["Denver"]


def test_a_name_joined_by_the_persian_ezafe_is_one_name():
    found = places_of("Bakers went on strike in Kut e Abdollah on Sunday.")
    assert [(f.value["name"], f.value["country"]) for f in found] == [("Kūt-e ‘Abdollāh", "IR")]
    found = places_of("Police posts were attacked in Qala i Naw district, Badghis.")
    assert [(f.value["name"], f.value["geonameid"]) for f in found][0] == ("Qala i Naw", 1129867)


def test_a_stray_namesake_gives_way_to_a_small_town_the_document_supports():
    # a Sharan of Russia is bigger, but nothing in the text supports it; Aleppo does the Syrian one
    found = places_of("A shell hit a school in Sharan, a village of Aleppo's countryside.")
    assert [(f.value["name"], f.value["country"]) for f in found][0] == ("Sharān", "SY")


def test_a_bracketed_region_abroad_does_not_move_a_town_of_the_outlets_country():
    text = "Bus drivers blocked the main square of Valdivia (Los Rios) on Friday."
    found = places_of(text, source="Noticias de Chile")
    assert [(f.value["name"], f.value["country"]) for f in found][0] == ("Valdivia", "CL")
    # without the outlet's word the bracket still decides, as for 'San Antonio (Valparaiso)'
    assert places_of(text)[0].value["country"] != "CL"


def test_a_misspelt_town_is_the_town_of_its_container_spelled_nearly_alike():
    found = places_of("A bridge collapsed in Tecapaltepec (Michoacan) on Tuesday.")
    assert [(f.value["name"], f.value["located_by"]) for f in found][0] == ("Tepalcatepec", "gazetteer")
    # another name sharing a tail is no slip: the village stays unknown, placed by its region
    found = places_of("Shelling was heard near Bohdanivka, Donetsk, overnight.")
    assert [(f.value["name"], f.value["located_by"]) for f in found][0] == ("Bohdanivka", "container")


def test_a_lower_case_arabic_article_joins_a_name_known_only_with_it():
    text = "Drones hit a convoy near al-Bukamal after dawn."
    found = places_of(text)
    assert [(text[f.start:f.end], f.value["name"], f.value["country"]) for f in found] == [
        ("al-Bukamal", "Ālbū Kamāl", "SY")]


def test_a_small_town_after_the_is_kept_before_a_local_unit_word():
    found = places_of("Herders clashed with farmers in the Bati woreda of Amhara.")
    assert [(f.value["name"], f.value["country"]) for f in found][0] == ("Batī", "ET")


def test_a_demonym_before_led_or_backed_names_who_leads_not_where():
    text = "Saudi-led coalition aircraft bombed Al Jawf governorate twice."
    found = places_of(text, source="Yemen Monitor")
    assert [(f.value["name"], f.value["country"]) for f in found] == [("Al Jawf", "YE")]
    # the demonym alone still points to its country, which then weighs as much as the outlet's
    text = "Saudi aircraft bombed Al Jawf governorate twice."
    assert places_of(text, source="Yemen Monitor")[0].value["country"] == "SA"


def test_a_comma_without_a_space_still_separates_two_names():
    text = "Gunmen attacked a well in Daynuunay (Buur Hakaba,Bay) at night."
    found = places_of(text)
    assert [text[f.start:f.end] for f in found][-2:] == ["Buur Hakaba", "Bay"]
    assert [f.value["name"] for f in found][-2] == "Buurhakaba"


def test_a_town_named_in_another_transliteration_beats_a_far_smaller_namesake_of_that_spelling():
    # "Jenin" is Janīn of the West Bank (35,000 people), not the Polish village of 1,100 spelled so
    found = places_of("Fighting was reported in Jenin on Monday.")
    assert [(f.value["name"], f.value["country"]) for f in found] == [("Janīn", "PS")]


def test_a_demonym_makes_no_stray_of_a_town_named_in_another_transliteration_of_its_own_name():
    # "Israeli" points to Israel, but "Jenin" is Janīn's own name respelled, not a name it was once called
    found = places_of("Israeli troops raided Jenin before dawn on Tuesday.")
    assert [(f.value["name"], f.value["country"]) for f in found] == [("Janīn", "PS")]


def test_a_news_agency_is_no_place_though_a_town_bears_its_name():
    found = places_of("SANA said rockets hit Homs overnight, and Xinhua quoted a witness.")
    assert [f.value["name"] for f in found] == ["Homs"]
    # the agency is told by its own spelling: the city written alike still counts
    assert [f.value["name"] for f in places_of("Protesters marched in Sana'a on Friday.")] == ["Sanaa"]


def test_a_state_abbreviated_after_a_comma_holds_the_town_even_where_the_name_means_the_state_elsewhere():
    text = ("The crew is based in Olympia and works across central Washington. "
            "It has also flown to Ohio and to Washington, D.C., for drills.")
    found = [(text[f.start:f.end], f.value["admin1"]) for f in places_of(text)]
    assert found[1] == ("Washington", "Washington")
    assert ("Washington", "District of Columbia") in found[2:]


def test_a_water_body_the_gazetteer_lacks_is_no_land_place_of_its_bare_name():
    text = "Floodwater from the Missouri River reached Tulsa, and ferries stopped on the Ohio river."
    found = {text[f.start:f.end]: f.value for f in places_of(text)}
    assert found["Missouri River"]["admin1"] != "Missouri" and found["Missouri River"]["geonameid"] is None
    assert found["Ohio"]["admin1"] != "Ohio" and found["Ohio"]["geonameid"] is None
    # a town named like a water body is still the town
    assert places_of("Mills closed in Fall River.")[0].value["admin1"] == "Massachusetts"


def test_a_water_word_before_a_name_makes_a_water_body_not_the_land_place_of_the_name():
    text = ("Herders near Lake Chad moved south, and a tanker was boarded in the Gulf of Aden "
            "on its way to the Sea of Japan.")
    found = {text[f.start:f.end]: f.value for f in places_of(text)}
    assert set(found) == {"Lake Chad", "Gulf of Aden", "Sea of Japan"}
    assert all(value["geonameid"] is None for value in found.values())
    assert found["Gulf of Aden"]["lat"] is None  # open water takes no point from the article
    # a town named after its lake, or a name with no water word, is the place still
    assert places_of("Skaters met in Lake Placid.")[0].value["admin1"] == "New York"
    assert [f.value["name"] for f in places_of("Flights to the Bay Area and Chad resumed.")] == ["Chad"]


def test_an_ocean_the_gazetteer_lacks_gets_no_point_from_the_article():
    text = "Divers searched the Arabian Sea for the wreck, officials in Karachi said."
    ocean = next(f.value for f in places_of(text) if text[f.start:f.end] == "Arabian Sea")
    assert (ocean["lat"], ocean["located_by"]) == (None, None)


def test_a_lettered_place_is_no_spelling_of_the_name_without_its_letter():
    # GeoNames holds an "Orinoco A" in South Africa: its letter is no vowel of "Orinoco"
    text = "Investors from South Africa plan to dig for gold in the Orinoco area."
    orinoco = next(f.value for f in places_of(text) if text[f.start:f.end] == "Orinoco")
    assert orinoco["country"] != "ZA"


def test_a_region_spelled_nearly_alike_abroad_is_no_guess_for_a_province_of_a_country_the_text_names():
    # "Baringu", a province the gazetteer lacks, is only spelled nearly like Baringo county of Kenya
    text = "Aid convoys left Kinshasa for Baringu province."
    province = next(f.value for f in places_of(text) if text[f.start:f.end] == "Baringu")
    assert province["country"] == "CD" and province["geonameid"] is None
    # alone in the text, the region spelled nearly alike stays the best guess
    assert places_of("Farmers in Wassit province asked for water.")[0].value["name"] == "Wasit"


@pytest.mark.parametrize("territory", ["Lukweti", "Musasi"])  # the gazetteer lacks both; Masasi of Tanzania is alike
def test_a_name_listed_in_brackets_before_its_container_is_a_place_of_that_container(territory):
    text = f"Gunmen burned a school in Kasheke ({territory}, Nord-Kivu) at night."
    found = {text[f.start:f.end]: f.value for f in places_of(text)}
    assert found[territory]["country"] == "CD" and found[territory]["located_by"] == "container"
    assert found["Kasheke"]["country"] == "CD"


def test_a_lake_named_after_a_country_lies_in_it_when_the_article_names_no_town():
    lake = places_of("Fishermen on Lake Chad say the water has fallen for years.")[0].value
    assert (lake["country"], lake["located_by"], lake["geonameid"]) == ("TD", "container", None)
    assert lake["lat"] is not None
    # a town of the article still places it, and a river named after a region, not a country, gets no point
    assert places_of("Fishermen on Lake Chad met traders from Maiduguri.")[0].value["country"] == "NG"
    assert places_of("Barges stopped on the Ohio river for a week.")[0].value["lat"] is None


def test_a_town_named_only_as_the_dateline_or_as_a_government_voice_places_no_unknown_name():
    text = ("Moscow, (Novosti) - The ministry said shelling in Eastern Ghouta had eased, voicing "
            "Moscow's concern over the talks.")
    area = next(f.value for f in places_of(text) if text[f.start:f.end] == "Eastern Ghouta")
    assert (area["lat"], area["located_by"]) == (None, None)
    # a possessive that locates ("Beirut's west") and a dateline town named again still place it
    assert places_of("Smoke rose over Hamra Street, in Beirut's west, on Monday.")[0].value["country"] == "LB"
    text = "Leeds, (Agency) - Police closed Quarry Street after a fire in Leeds on Friday."
    row = next(f.value for f in places_of(text) if text[f.start:f.end] == "Quarry Street")
    assert (row["located_by"], row["country"]) == ("article", "GB")


def test_a_department_named_after_its_town_is_no_region_spelled_alike_abroad():
    # "(Titao, Loroum)": the department of Titao, named after the town; Tete of Mozambique is only spelled alike
    text = "An IED struck a cart between Pellaboukou and Titao (Titao, Loroum)."
    assert {f.value["country"] for f in places_of(text)} == {"BF"}
    # a demonym of the region's country still bears the guess out
    text = "Residents of a village in Chui region marched to defend a Kyrgyz school."
    assert next(f.value for f in places_of(text) if "Chui" in text[f.start:f.end])["country"] == "KG"


def test_a_township_named_after_its_town_is_placed_at_the_town():
    text = "A landmine killed a man in Tin Ma Village, Kyauktaw Township, Mrauk-U District, Rakhine State."
    found = {text[f.start:f.end]: f.value for f in places_of(text)}
    assert found["Kyauktaw Township"]["name"] == "Kyauktaw"
    assert found["Tin Ma Village"]["contained_in"][0] == "Kyauktaw"  # the innermost container places the village


def test_a_district_named_after_its_town_with_a_compass_word_lies_at_the_town():
    text = "Laborers protested in Central Weda district, North Maluku province, and in Tonj South county (Warrap state)."
    found = {text[f.start:f.end]: f.value for f in places_of(text)}
    assert (found["Central Weda"]["located_by"], found["Central Weda"]["contained_in"][0]) == ("container", "Weda")
    assert found["Tonj South"]["contained_in"][0] == "Tonj"
    # a town abroad of the name after the compass word places nothing
    text = "Gunmen raided East Lyon village in Warrap state."
    assert next(f.value for f in places_of(text) if text[f.start:f.end] == "East Lyon")["country"] == "SS"


def test_a_unit_the_gazetteer_lacks_named_after_a_big_town_lies_at_the_town():
    text = "Police arrested an opposition candidate in Bujumbura Rural province."
    place = places_of(text)[0].value
    assert (place["country"], place["located_by"], place["contained_in"][0]) == ("BI", "container", "Bujumbura")
    # a venue named after a town is no unit: left unplaced without other places
    assert places_of("Animals passed through the Heathrow Animal Reception Center.")[0].value["lat"] is None


def test_a_name_after_the_mayor_of_is_a_place():
    text = "At midnight the house of the Mayor of Tyr, Hassan Dabouq, was shot at."
    assert [(text[f.start:f.end], f.value["country"]) for f in places_of(text)] == [("Tyr", "LB")]


def test_a_name_opening_with_a_region_abroad_is_not_placed_there():
    text = "Rioters smashed the windows of the Lebanese French Bank in Bar Elias."
    assert places_of(text)[0].value["country"] != "ME"  # not Montenegro's Bar
    # a country the name opens with says itself where the place is
    text = "A convoy drove near the Israeli Supreme Court, chanting against the Blue and White party."
    assert next(f.value for f in places_of(text) if "Supreme Court" in text[f.start:f.end])["country"] == "IL"


def test_countries_listed_in_brackets_are_a_list_not_containers():
    text = "Sales grew in North America (United States, Canada and Mexico) and South America (Brazil, Argentina)."
    found = {text[f.start:f.end]: f.value for f in places_of(text)}
    assert [found[name]["country"] for name in ("United States", "Canada", "Brazil")] == ["US", "CA", "BR"]
    assert found["South America"]["geonameid"] is not None  # the continent, not a part of the United States


def test_a_region_written_before_another_region_is_that_regions_town_of_its_name():
    text = "In La Libertad, Arequipa, night watchmen staged a demonstration."
    found = {text[f.start:f.end]: f.value for f in places_of(text)}
    assert (found["La Libertad"]["admin1"], found["La Libertad"]["country"]) == ("Arequipa", "PE")
    # a list of regions stays a list of regions
    text = "Strikes hit Delhi, Punjab and Haryana."
    assert {text[f.start:f.end]: f.value for f in places_of(text)}["Punjab"]["name"] == "Punjab"


def test_bo_before_a_name_is_barrio_in_spanish_not_bo_of_sierra_leone():
    text = "Lo detuvieron cuando entraba a una vivienda de Bo. del Lago, en Paraná."
    found = {text[f.start:f.end]: f.value for f in places_of(text, language="es")}
    assert "Bo" not in found and "Lago" not in found  # the neighbourhood's name, no place of its own
    assert found["Paraná"]["country"] in ("AR", "BR")
    assert places_of("Llegó a Bo, en Sierra Leona.", language="es")[0].value["country"] == "SL"


def test_a_respelling_abroad_does_not_make_a_town_named_by_its_own_name_a_stray():
    # "Boungou" is spelled like Bengo of Angola; Fada N'gourma of Burkina Faso is named as written
    text = "Gunmen entered the village of Boungou (Fada Ngourma, Gourma) and killed two people."
    assert {f.value["country"] for f in places_of(text)} == {"BF"}


def test_a_neighbourhood_opened_by_colonia_is_no_department_of_uruguay():
    text = ("In Iztalcalco, Ciudad de Mexico, armed men shot two men in Colonia Agricola Pantitlan. "
            "Both victims died.")
    found = {text[f.start:f.end]: f.value for f in places_of(text)}
    assert found["Ciudad de Mexico"]["country"] == "MX"
    assert (found["Colonia Agricola Pantitlan"]["country"], found["Colonia Agricola Pantitlan"]["geonameid"]) == ("MX", None)
    # the town whose own name opens with the word is still that town
    assert places_of("Tourists visited Colonia del Sacramento and Montevideo.")[0].value["country"] == "UY"


def test_a_dateline_names_the_city_though_the_story_names_other_states():
    text = "NEW YORK (AP) — Police in California and Texas said a New York court ruled on Friday."
    found = {text[f.start:f.end]: f.value for f in places_of(text)}
    assert found["NEW YORK"]["name"] == "New York City"
    assert found["New York"]["name"] == "New York"  # the state, beside the other states: only the dateline is sure
    assert places_of("(NEW YORK) — Officers in Brooklyn and California said.")[0].value["name"] == "New York City"
    # a dateline that names a region with no big town of its name stays the region
    assert places_of("GEORGIA, April 5 (Reuters) - Police in Atlanta and Florida said.")[0].value["admin1"] == "Georgia"


def test_a_village_named_before_airport_is_left_to_the_article_unless_its_region_is_named():
    text = "Officers searched a jet at Heathrow airport, London police said, as Washington and the United States watched."
    airport = next(f.value for f in places_of(text) if text[f.start:f.end] == "Heathrow")
    assert (airport["country"], airport["geonameid"]) == ("GB", None)
    # its region named, the village is meant (Heathrow of Florida, 6,000 people)
    text = "Planes idled at Heathrow airport near Orlando, Florida, on Sunday."
    assert places_of(text)[0].value["admin1"] == "Florida"


def test_a_town_the_gazetteer_lacks_in_a_named_province_is_placed_there_not_at_a_namesake_abroad():
    text = "Militiamen raided Bakuma village (Mambasa, Ituri) at dawn on Tuesday."
    found = {text[f.start:f.end]: f.value for f in places_of(text)}
    assert (found["Mambasa"]["country"], found["Mambasa"]["admin1"]) == ("CD", "Ituri")
    text = "Militiamen attacked a market in Mambasa, a town in Ituri province, on Tuesday."
    assert places_of(text)[0].value["country"] == "CD"


def test_a_compass_word_opening_an_unknown_place_is_no_town_called_north():
    found, text = parsed_places_of("Drones killed 4 fighters in North Waziristan and 2 in South Waziristan.")
    assert [(text[f.start:f.end], f.value.get("country")) for f in found] == [
        ("North Waziristan", None), ("South Waziristan", None)]


def test_a_turkish_name_with_a_case_ending_is_a_place_even_opening_its_sentence():
    text = "Konya'da bir fabrikada yangın çıktı, itfaiye Kayseri'den geldi."
    found = [(text[f.start:f.end], f.value["country"]) for f in find_places(FactText.of("tr", text, language="tr"))]
    assert found == [("Konya", "TR"), ("Kayseri", "TR")]


def test_a_month_inside_a_date_is_no_place_and_the_number_after_it_counts():
    from newsdesk.facts.extract import extract_findings
    text = "Bursa'da 9 Mart'ta 30 kişi gözaltına alındı."
    findings = extract_findings(FactText.of("tr", text, language="tr", published="2024-03-14"))
    assert [text[f.start:f.end] for f in findings if f.kind == "place"] == ["Bursa"]
    assert [(f.value["exact"], f.value["role"]) for f in findings if f.kind == "count"] == [(30, "arrested")]


@pytest.mark.parametrize(("language", "text", "town", "country"), [
    ("ar", "سقط صاروخ على بغداد يوم الجمعة.", "بغداد", "IQ"),
    ("hi", "दिल्ली में भारी बारिश हुई।", "दिल्ली", "IN"),
])
def test_a_town_of_a_caseless_script_is_found_between_words_and_opening_its_sentence(language, text, town, country):
    found = [(text[f.start:f.end], f.value["country"]) for f in find_places(FactText.of("c", text, language=language))]
    assert found == [(town, country)]


def test_a_caseless_word_that_is_only_a_lesser_towns_other_name_is_no_place():
    # "الجديد" ("the new") is also listed among the names of a Libyan town of some 100,000 people
    text = "أعلنت الوزارة عن المشروع الجديد يوم الأحد في القدس."
    found = [text[f.start:f.end] for f in find_places(FactText.of("c", text, language="ar"))]
    assert found == ["القدس"]


@pytest.mark.parametrize("language, text, written, country", [
    ("ru", "Вечером в Харькове снова включили свет.", "Харькове", "UA"),
    ("ru", "Колонна грузовиков шла под Донецком.", "Донецком", "UA"),
    ("ru", "Спортсмены вернулись из Турции домой.", "Турции", "TR"),
    ("ru", "Рейс задержали в Нью-Йорке из-за тумана.", "Нью-Йорке", "US"),
    ("uk", "Нова лікарня відкрилася у Харкові.", "Харкові", "UA"),
    ("uk", "Автобус зі Львова запізнився.", "Львова", "UA"),
    ("pl", "Nowy most otwarto we Lwowie.", "Lwowie", "UA"),
    ("pl", "Autobus z Krakowa spóźnił się.", "Krakowa", "PL"),
    ("pl", "Ceny paliwa w Polsce spadły.", "Polsce", "PL"),
    ("de", "Die Schulden Deutschlands sind gestiegen.", "Deutschlands", "DE"),
])
def test_a_place_written_in_a_case_ending_is_found_by_its_dictionary_form_with_the_span_as_written(
        language, text, written, country):
    found = [(text[f.start:f.end], f.value["country"]) for f in places_of(text, language)]
    assert (written, country) in found


@pytest.mark.parametrize("language, text, word, place", [
    ("ru", "Он поговорил с Владимиром о жизни в Казани.", "Владимиром", "Казани"),  # Vladimir the city
    ("pl", "Napisała do Anny list z Poznania.", "Anny", "Poznania"),  # Anna, a town of 19,000
    ("pl", "Prezes Jacek Kurski przyjechał do Gdyni.", "Kurski", "Gdyni"),  # a surname, no case of Kursk
    ("pl", "Ochotniczej Straży Pożarnej w Lublinie brakuje ludzi.", "Straży", "Lublinie"),  # no Straža of Slovenia
])
def test_a_word_in_a_case_ending_that_only_a_person_or_a_small_place_bears_is_no_place(language, text, word, place):
    found = [text[f.start:f.end] for f in places_of(text, language)]
    assert place in found and not any(word in name for name in found)


def test_a_big_town_in_the_genitive_needs_a_preposition_of_place_unless_a_city_of_millions():
    assert places_of("Mieszkańcy Gdańska protestowali.", "pl") == []
    assert [f.value["country"] for f in places_of("Protestowali mieszkańcy z Gdańska.", "pl")] == ["PL"]
    assert [f.value["country"] for f in places_of("Власти Харькова закрыли школы.", "ru")] == ["UA"]


def test_a_german_noun_that_is_also_a_towns_name_is_no_place():
    text = ("Im Sommer musste die Feuerwehr in Hamburg mehrere Keller auspumpen. Nach dem Essen fuhr ein Zug aus "
            "Essen ab. In Nigeria, im Bundesstaat Borno, 80 Kilometer von der Borno-Hauptstadt, kam es zu Kämpfen.")
    found = [(text[f.start:f.end], f.value["country"]) for f in places_of(text, language="de")]
    assert ("Hamburg", "DE") in found and ("Essen", "DE") in found and ("Borno", "NG") in found
    assert not {quote for quote, _ in found} & {"Sommer", "Keller", "Zug"}
    assert [quote for quote, _ in found].count("Essen") == 1  # "dem Essen" is the meal


def test_a_german_noun_after_a_figure_is_no_place():
    text = "Bis zu 18 Grad werden in Zürich erwartet, über 18,4 Grad am Sonntag."
    assert [(text[f.start:f.end], f.value["country"]) for f in places_of(text, language="de")] == [("Zürich", "CH")]
    assert [f.value["country"] for f in places_of("Die Reise führte nach Grad in Slowenien.", language="de")] == [
        "SI", "SI"]


def test_a_german_noun_spelled_like_a_foreign_towns_alternate_name_is_no_place():
    # "Kitas" is a Lithuanian name of Quito, "Dabei" a name of Dubai, "Google" one of Topeka
    text = ("Ab Montag bleiben Schulen, Kitas und Spielplätze geschlossen. Dabei hatte die Stadt lange gezögert. "
            "Ein Telefon ohne Google verkauft sich schlecht.")
    assert places_of(text, language="de") == []


def test_a_foreign_town_by_its_german_name_or_after_a_preposition_of_place_stays_a_place():
    text = ("Moskau wies die Vorwürfe zurück. Der Minister flog danach nach Warna und weiter nach Quito. "
            "Die Gäste kamen aus Freising und München.")
    found = [(text[f.start:f.end], f.value["country"]) for f in places_of(text, language="de")]
    assert {("Moskau", "RU"), ("Warna", "BG"), ("Quito", "EC"), ("München", "DE")} <= set(found)


def test_a_city_of_millions_by_its_german_name_is_a_place():
    text = "Sie wurde in Wien geboren, lebte in Prag und in Peking. WIEN (dpa-AFX) - Nach dem Essen fuhr sie nach Essen."
    found = [(text[f.start:f.end], f.value["country"]) for f in places_of(text, language="de")]
    assert found == [("Wien", "AT"), ("Prag", "CZ"), ("Peking", "CN"), ("WIEN", "AT"), ("Essen", "DE")]


def test_a_german_umlaut_is_a_letter_of_its_own():
    text = ("Bund und Länder einigten sich am Mittwoch. Der Münster-Tatort wird in Münster gedreht. "
            "Die Gäste kamen aus Österreich, Thüringen und Düsseldorf.")
    found = [(text[f.start:f.end], f.value["country"]) for f in places_of(text, language="de")]
    assert "Länder" not in [quote for quote, _ in found]  # no Lander of Venezuela
    assert ("Münster", "DE") in found and ("Münster", "IE") not in found  # not the Irish province Munster
    assert {("Österreich", "AT"), ("Thüringen", "DE"), ("Düsseldorf", "DE")} <= set(found)


def test_the_united_states_in_russian_and_spanish_initials():
    # CLDR's Russian "Виргинские о-ва (США)" names the Virgin Islands' owner in brackets, no other name of theirs
    found = places_of("Президент США прилетел в Москву.", language="ru")
    assert [(f.value["name"], f.value["country"]) for f in found][:1] == [("United States", "US")]
    found = places_of("Venezuela denuncia la negativa de EEUU y de EE.UU. a repatriar a sus ciudadanos.", "es")
    assert [f.value["country"] for f in found] == ["VE", "US", "US"]


def test_china_is_never_hong_kong():
    # CLDR's "Hong Kong SAR (China)" closes with the owner's name in brackets: no name of Hong Kong's
    found = places_of("Seit der Rückkehr 1997 nach China wird Hongkong nach dem Prinzip regiert.", language="de")
    assert [(f.value["name"], f.value["country"]) for f in found] == [("China", "CN"), ("Hong Kong", "HK")]


def test_words_of_another_sense_are_no_places():
    german = "Ströer zieht Prognosen wegen Corona zurück. Der Kampf gegen Corona ist in Spanien erfolgreich."
    assert [f.value["country"] for f in places_of(german, language="de")] == ["ES"]
    spanish = "Vive en Corona, California, desde 2010. El Cabildo aprobó el plan de la concejala de Hacienda."
    assert [(f.value["name"], f.value["country"]) for f in places_of(spanish, language="es")] == [
        ("Corona", "US"), ("California", "US")]
    assert places_of("Brent crude rose 2% on Monday. Brent petrolün varili 41 dolar.", language="en") == []
    assert [f.value["country"] for f in places_of("Police in Brent arrested two men.")] == ["GB"]
    assert places_of("Piątek był spokojny. Piątek lepszy niż Zlatan!", language="pl") == []


def test_the_end_of_a_longer_hyphened_name_is_no_place_alone():
    found = places_of("Trump spent the weekend at Mar-a-Lago in Florida, not in Stoke-on-Trent.")
    assert [f.value["name"] for f in found] == ["Florida", "Stoke-on-Trent"]  # no Lago of Texas
    found = places_of("Il resort di Mar-a-Lago, in Florida.", language="it")
    assert [f.value["name"] for f in found] == ["Florida"]


def test_a_party_named_for_a_place_names_no_place():
    german = "Die Alternative für Deutschland verlor Stimmen. Die AfD will nun klagen."
    assert "Deutschland" not in [german[f.start:f.end] for f in places_of(german, language="de")]
    spanish = "En el pleno votaron el PP, Vox y Junts per Catalunya contra la ley."
    assert places_of(spanish, language="es") == []


def test_a_place_after_the_for_of_the_articles_own_language_stays_a_place():
    german = "Die Prognose für Deutschland ist düster, sagte die AfD."  # no acronym "PfD"
    assert [german[f.start:f.end] for f in places_of(german, language="de")] == ["Deutschland"]
    spanish = "El director de la empresa para Filipinas habló ayer."
    assert [f.value["country"] for f in places_of(spanish, language="es")] == ["PH"]


def test_a_towns_name_the_article_fuses_with_a_longer_word_is_that_words_stem():
    # Corona is a town of California; here, beside "Coronavirus", it is the virus
    german = "Das Coronavirus breitet sich aus. Wegen Corona schließen die Bäder, in Corona-Zeiten bleibt man daheim."
    assert places_of(german, language="de") == []
    turkish = "Koronavirüs salgını sürüyor. Korona nedeniyle okullar kapandı."
    assert places_of(turkish, language="tr") == []


def test_a_towns_name_beside_its_peoples_name_or_a_web_address_stays_a_place():
    text = "Berliner protestierten in Berlin. Detroit voted, says detroitnews.com, and Corona too."
    found = [text[f.start:f.end] for f in places_of(text, language="en")]
    assert "Berlin" in found and "Detroit" in found and "Corona" in found


def test_a_german_town_after_von_and_a_common_noun_is_a_place_not_a_name_particle():
    text = "Die Feuerwehr von Leverkusen und der Bürgermeister von Köln baten um Geduld."
    found = [(text[f.start:f.end], f.value["country"]) for f in places_of(text, language="de")]
    assert ("Leverkusen", "DE") in found and ("Köln", "DE") in found
    assert places_of("Gestern sprach Ursula von der Leyen lange.", language="de") == []


@pytest.mark.parametrize("language, text, quote, name", [
    ("ru", "Митинг прошёл вчера в Нижнем Новгороде.", "Нижнем Новгороде", "Nizhniy Novgorod"),  # adjective + noun
    ("ru", "Жители Нижнего Новгорода вышли на улицы.", "Нижнего Новгорода", "Nizhniy Novgorod"),  # a city of millions
    ("ru", "Выставка открылась в Великом Новгороде.", "Великом Новгороде", "Velikiy Novgorod"),
    ("ru", "Рейс задержали в Ростове-на-Дону утром.", "Ростове-на-Дону", "Rostov-on-Don"),  # the head's ending only
    ("pl", "Mecz rozegrano w Zielonej Górze wieczorem.", "Zielonej Górze", "Zielona Góra"),
    ("pl", "Delegacja z Chin przyleciała rano.", "Chin", "China"),  # a plural name's genitive has no ending
    ("ru", "Мигрантов задержали на границе с Польшей.", "Польшей", "Poland"),  # "-ей" after a hushing consonant
    ("pl", "Migrantów zatrzymano na granicy z Białorusią.", "Białorusią", "Belarus"),  # a soft consonant's "i"
])
def test_a_name_in_case_endings_is_read_whole(language, text, quote, name):
    found = [(text[f.start:f.end], f.value["name"]) for f in places_of(text, language)]
    assert found == [(quote, name)]


@pytest.mark.parametrize("language, text, found", [
    ("ru", "Ночью в Донецкой области отключили свет.", [("Донецкой области", "Donetsk")]),
    ("ru", "Губернатор Московской области открыл мост.", [("Московской области", "Moskovskaya")]),  # a genitive
    ("ru", "Колонна въехала в Ростовскую область.", [("Ростовскую область", "Rostov")]),  # an accusative
    ("ru", "Град прошёл в Краснодарском крае.", [("Краснодарском крае", "Krasnodarskiy")]),  # a kind noun listed
    ("uk", "Уночі у Львівській області пролунали вибухи.", [("Львівській області", "Lviv")]),
    ("ru", "Дожди идут в Донецкой и Луганской областях.",  # two adjectives before one plural noun
     [("Донецкой", "Donetsk"), ("Луганской областях", "Luhansk")]),
    ("pl", "Burza przeszła w województwie mazowieckim.", [("województwie mazowieckim", "Masovian Voivodeship")]),
    ("pl", "Strażacy z województwa śląskiego pomagali.", [("województwa śląskiego", "Silesian Voivodeship")]),
    ("pl", "Burze przeszły w województwach śląskim i małopolskim.",  # the noun first, in the plural
     [("województwach śląskim", "Silesian Voivodeship"), ("małopolskim", "Lesser Poland Voivodeship")]),
    ("ru", "Совещание прошло в области здравоохранения.", []),  # "область" of a field of work names no region
])
def test_a_region_named_by_an_adjective_and_a_kind_noun_in_a_case_ending(language, text, found):
    assert [(text[f.start:f.end], f.value["name"]) for f in places_of(text, language)] == found


@pytest.mark.parametrize("text, quotes, countries", [
    ("اندلعت اشتباكات عنيفة في حلب مساء الأحد.", ["حلب"], ["SY"]),  # a short name after "in"
    ("وصل وزير الخارجية إلى القاهرة صباحا.", ["القاهرة"], ["EG"]),  # a spelling Cairo's namesakes share
    ("اجتمع المسؤولون ببيروت والقاهرة أمس.", ["بيروت", "القاهرة"], ["LB", "EG"]),  # "in" and "and" joined to names
    ("أوقفت الشرطة 12 شخصا في القاهرة.", ["القاهرة"], ["EG"]),  # three words without case are no person's name
    ("ربط السائق حزام أمان جديدا.", [], []),  # "a seat belt": a short word naming Amman too, with no "in"
])
def test_an_arabic_town_is_found_with_its_clitics_and_short_names(text, quotes, countries):
    found = places_of(text, "ar")
    assert [text[f.start:f.end] for f in found] == quotes and [f.value["country"] for f in found] == countries


@pytest.mark.parametrize("text, quote, country", [
    ("Askerler Pakistan'a geçti.", "Pakistan", "PK"),  # the dative after a consonant is one vowel
    ("Heyet dün akşam Berlin'e ulaştı.", "Berlin", "DE"),  # "Berline", another name of Berlin, is no help
    ("Militanlar dün Kabil'i ele geçirdi.", "Kabil", "AF"),  # the accusative
])
def test_a_turkish_one_vowel_case_ending_after_a_name_is_cut(text, quote, country):
    assert [(text[f.start:f.end], f.value["country"]) for f in places_of(text, "tr")] == [(quote, country)]


def test_a_one_vowel_ending_is_cut_neither_after_a_vowel_nor_after_a_given_name_nor_for_a_village():
    assert [f.value["country"] for f in places_of("Heyet dün Sana'a vardı.", "tr")] == ["YE"]
    assert places_of("Hastaneye kaldırılan Orçun Yaman'ı ziyaret etti.", "tr") == []  # a surname, not Yemen
    assert places_of("NASA yakında Moon'a insanlı bir görev planlıyor.", "tr") == []  # no French village


@pytest.mark.parametrize("language, text, quote, country", [
    ("tr", "Kabil iddiayı reddetti.", "Kabil", "AF"),
    ("es", "Moscú negó haber atacado objetivos civiles.", "Moscú", "RU"),
    ("it", "Roma ha respinto le accuse.", "Roma", "IT"),
    ("de", "Moskau bestritt jede Beteiligung.", "Moskau", "RU"),
    ("pl", "Moskwa zaprzeczyła tym doniesieniom.", "Moskwa", "RU"),  # Moscow's name and a Turkmen village's
    ("ru", "Киев обвинил соседей в обстреле.", "Киев", "UA"),
])
def test_a_capital_named_in_the_text_s_language_opens_a_sentence(language, text, quote, country):
    assert [(text[f.start:f.end], f.value["country"]) for f in places_of(text, language)] == [(quote, country)]


def test_a_stop_word_opening_a_sentence_names_no_city_of_millions():
    assert places_of("Dabei handelt es sich um zwei Fälle.", "de") == []  # no Dubai
    assert places_of("Dla mnie to jest fejk dnia.", "pl") == []  # no Douala


@pytest.mark.parametrize("language, text, country", [
    ("it", "Ieri sera a Bari due agenti sono stati aggrediti.", "IT"),  # not Somalia's region
    ("tr", "İki tekne dün Sinop limanında battı.", "TR"),  # not Brazil's town
    ("en", "Two boats sank off Bari yesterday.", "SO"),  # English gets no hint: as before
    ("es", "Dos barcos se hundieron en Bari.", "SO"),  # nor a language of many countries
])
def test_the_country_of_a_language_of_one_country_settles_namesakes(language, text, country):
    found = find_places(FactText.of("t", text, language=language))
    assert [f.value["country"] for f in found] == [country]


@pytest.mark.parametrize("language, text, quote, country", [
    ("tr", "Dün Sinop merkezde bir patlama oldu.", "Sinop", "TR"),
    ("tr", "Bugün Ankara'da bir toplantı yapıldı.", "Ankara", "TR"),
    ("es", "Ayer Madrid vivió una protesta.", "Madrid", "ES"),
    ("it", "Ieri Roma ha respinto le accuse.", "Roma", "IT"),
    ("pl", "Wczoraj Kraków przyjął uchodźców.", "Kraków", "PL"),  # no given name before a surname
])
def test_a_common_word_opening_a_sentence_joins_no_name_after_it(language, text, quote, country):
    assert [(text[f.start:f.end], f.value["country"]) for f in places_of(text, language)] == [(quote, country)]


def test_a_common_word_opening_a_known_name_stays_in_it():
    text = "Nueva York recibió a los migrantes."  # "nueva" is a Spanish stop word
    assert [(text[f.start:f.end], f.value["country"]) for f in places_of(text, "es")] == [("Nueva York", "US")]


def test_a_shouted_common_word_opening_a_line_leaves_the_line_shouted():
    assert places_of("ORA GUARDA: il video della protesta.", "it") == []  # "now watch", no Guarda of Portugal


def test_en_between_spaces_outside_english_joins_no_body_to_the_town_after_it():
    text = "Hubo una protesta frente al Congreso en Lima."  # not "Congreso en Lima", inside which Lima is doubted
    assert [(text[f.start:f.end], f.value["country"]) for f in places_of(text, "es")] == [("Lima", "PE")]


def test_the_arabic_idiom_for_a_birthplace_names_no_muscat():
    def countries(text: str) -> list[str | None]:
        return [f.value["country"] for f in find_places(FactText.of("a", text, language="ar"))]
    assert "OM" not in countries("عاد الطبيب إلى مسقط رأسه بعد غياب طويل.")
    assert "OM" in countries("وصل الوزير إلى مسقط أمس في زيارة رسمية.")


def _place_names(text: str) -> list[str]:
    from newsdesk.facts.places import find_places
    found = find_places(FactText.of("t", text, language="en", published="2024-03-14"))
    return [text[f.value["toponym_span"][0]:f.value["toponym_span"][1]] for f in found]


@pytest.mark.parametrize("text", [
    "Paris Hilton opened a boutique on Monday.",  # a capital's name, no parse
    "Jordan Peterson signed copies of his book.",  # a country's name: the parse reads a person
    "The cook said Florence Pugh had ordered soup.",
])
def test_a_place_name_that_opens_a_persons_name_is_no_place(text):
    assert _place_names(text) == []


@pytest.mark.parametrize("text", [
    "The rule was changed by Bush in 2008. Bush said it would protect jobs.",  # Bush, a town of Egypt
    "Austin told reporters the troops would stay.",  # Austin, Texas
])
def test_a_lone_name_that_speaks_is_a_person_wherever_the_article_writes_it(text):
    assert _place_names(text) == []


@pytest.mark.parametrize("text, place", [
    ("Kabul denied the report.", "Kabul"),  # a capital speaks for its government
    ("Officials in Austin said the storm had passed.", "Austin"),
    ("A former resident of Lubbock told reporters the spraying had stopped.", "Lubbock"),
    ("Pakistan said the soldiers were given safe passage.", "Pakistan"),
])
def test_a_capital_a_country_or_a_town_after_a_preposition_that_speaks_stays_a_place(text, place):
    assert place in _place_names(text)


@pytest.mark.parametrize("text, place", [
    ("Jordan's army closed the crossing.", "Jordan"),
    ("Paris police questioned the driver.", "Paris"),
    ("Veterans of the Iraq War marched.", "Iraq"),
    ("Kenya Airways resumed its flights.", "Kenya"),
    ("Switzerland Responds to the Crisis", "Switzerland"),  # a headline: a country before a verb
])
def test_a_place_before_its_own_body_or_a_headline_verb_stays_a_place(text, place):
    assert place in _place_names(text)


@pytest.mark.parametrize("language, text, country", [
    ("es", "El equipo juega en la Liga desde hace diez años.", "CI"),  # the league, not Liga of Côte d'Ivoire
    ("fr", "Elle a été chef de la direction de Saks pendant dix ans.", "US"),  # the firm, not Saks of Alabama
])
def test_outside_english_a_lone_small_town_abroad_with_nothing_around_it_is_no_place(language, text, country):
    assert country not in [f.value["country"] for f in places_of(text, language)]


def test_a_small_town_abroad_stays_a_place_beside_its_region():
    text = "Elle a grandi à Saks, en Alabama, avant de partir."
    assert ("Saks", "US") in [(text[f.start:f.end], f.value["country"]) for f in places_of(text, "fr")]


def test_a_town_s_own_name_with_a_case_ending_is_no_town_without_a_preposition_of_place():
    assert "IT" not in [f.value["country"] for f in places_of("Kibice oglądali mecz Milana do rana.", "pl")]
    assert [f.value["country"] for f in places_of("Finlandia wygrała z Norwegią.", "pl")][:1] == ["FI"]


def test_a_german_text_names_its_region_in_german():
    text = "Nach der Wahl in Thüringen traf sich der Landtag in Erfurt. Auch in Nordrhein-Westfalen wird bald gewählt."
    places = {(text[f.start:f.end], f.value["name"], f.value["country"]) for f in find_places(FactText.of("t", text, language="de"))}
    assert ("Thüringen", "Thuringia", "DE") in places
    assert ("Nordrhein-Westfalen", "North Rhine-Westphalia", "DE") in places


def _extracted_places(text: str) -> dict[str, dict]:
    from newsdesk.facts.extract import extract_findings  # parses the sentences, as the desk does
    findings = extract_findings(FactText.of("t", text, language="en", published="2024-03-12"))
    return {text[f.value["toponym_span"][0]:f.value["toponym_span"][1]]: f.value
            for f in findings if f.kind == "place"}


@pytest.mark.parametrize("text, town, country", [
    ("Bandits stormed Kagara (Rafi LGA, Niger) before dawn and took four people.", "Kagara", "NG"),
    ("Two soldiers died on the edge of Tarinkot city, Uruzgan, on Tuesday.", "Tarinkot", "AF"),
])
def test_a_name_the_parse_calls_a_person_is_a_place_when_its_kind_or_address_follows(text, town, country):
    found = _extracted_places(text)
    assert town in found and found[town]["country"] == country


def test_a_container_written_as_part_of_a_namesakes_region_name_picks_that_namesake():
    found = {p.value["name"]: p.value for p in places_of("A trader was robbed in Chitakale (Mulanje, Southern) on Friday.")}
    assert found["Mulanje"]["country"] == "MW" and found["Mulanje"]["located_by"] == "gazetteer"
    assert found["Southern Region"]["country"] == "MW"  # not Zambia's Southern province
    found = {p.value["name"]: p.value for p in places_of("Police broke up a camp in Agnibilekrou town (Indenie-Djuablin, "
                                                         "Comoe) last week.")}
    assert found["Agnibilékrou"]["country"] == "CI" and all(v["country"] == "CI" for v in found.values())


@pytest.mark.parametrize("text, name, country", [
    ("Teachers protested in Rivadavia, San Juan on Monday.", "San Juan", "AR"),  # a namesake held already
    ("Strikes hit Delhi, Punjab and Haryana.", "Delhi", "IN"),  # a big town before a bare comma stays
])
def test_a_container_that_holds_the_town_already_changes_nothing(text, name, country):
    found = {p.value["name"]: p.value for p in places_of(text)}
    assert found[name]["country"] == country


@pytest.mark.parametrize("text, town, country", [
    ("On 3 June 2021, two Taliban fighters died when their mine went off early in the limits of Maidan Shar city, "
     "Wardak.", "Maidan Shar", "AF"),
    ("On 3 June 2021, soldiers shelled homes, killing a farmer, in the Sheikhan area of Bala Buluk district, Farah.",
     "Farah", "AF"),
])
def test_a_town_the_parse_reads_with_its_kind_as_a_person_or_after_a_district_is_a_place(text, town, country):
    assert _extracted_places(text).get(town, {}).get("country") == country


@pytest.mark.parametrize("language, text, word", [
    ("fr", "Un accident dans le comté de Cherokee a fait deux morts.", "Cherokee"),
    ("it", "Un incidente nella contea di Cherokee ha causato due morti.", "Cherokee"),
    ("es", "Un choque en el condado de Cherokee dejó dos muertos.", "Cherokee"),
    ("de", "Ein Unfall im Landkreis Cherokee forderte zwei Tote.", "Cherokee"),
    ("pl", "Wypadek w hrabstwie Cherokee spowodował śmierć dwóch osób.", "Cherokee"),
])
def test_outside_english_a_word_after_an_administrative_unit_s_noun_stays_a_place(language, text, word):
    found = [(text[f.start:f.end], f.value["country"]) for f in places_of(text, language)]
    assert (word, "US") in found


def test_a_word_after_an_administrative_unit_s_noun_is_asked_as_that_unit():
    from newsdesk.places.admin_words import administrative_kind

    text = "Il neige dans la province de Hebei et dans le comté d'Orange."
    assert administrative_kind(text, text.index("Hebei"), text.index("Hebei") + 5, "fr") == "province"
    assert administrative_kind(text, text.index("Orange"), text.index("Orange") + 6, "fr") == "county"
    turkish = "Kaza Hatay ilinde oldu."
    assert administrative_kind(turkish, 5, 10, "tr") == "province"
    assert administrative_kind("Kaza Hatay'da oldu.", 5, 10, "tr") is None


def _named_places(text: str, language: str) -> list[tuple[str, str, str]]:
    return [(text[f.start:f.end], f.value["name"], f.value["country"]) for f in places_of(text, language)]


@pytest.mark.parametrize("language, text, person", [
    ("es", "Ayer Pedro Sánchez inauguró un puente en Valencia.", "Pedro Sánchez"),
    ("pt", "O ministro disse que Pedro Sánchez chegou tarde a Lisboa.", "Pedro Sánchez"),
])
def test_outside_english_a_village_named_like_a_person_is_the_person(language, text, person):
    assert person not in [written for written, _, _ in _named_places(text, language)]


def test_outside_english_a_village_named_like_a_person_stays_a_place_after_a_preposition_of_place():
    text = "La tormenta dejó sin luz a los vecinos que viven en Pedro Sánchez, cerca de El Seibo."
    assert ("Pedro Sánchez", "Pedro Sánchez", "DO") in _named_places(text, "es")


def test_a_capital_named_in_the_language_is_no_gap_beside_a_region_of_another_country():
    text = "El parlamento de Andalucía aprobó la ley y la consejera viajó luego a Bruselas."
    assert ("Bruselas", "Brussels", "BE") in _named_places(text, "es")


def test_a_famous_city_s_other_name_beside_a_region_abroad_is_the_city_outside_english_only():
    assert resolve_places(["Bruselas", "Andalusia"], foreign_language=True)[0].country == "BE"
    assert resolve_places(["Bruselas", "Andalusia"])[0] is None  # in English, more likely a place the gazetteer lacks


@pytest.mark.parametrize("language, text", [
    ("en", "Hail hit Cherokee county overnight and then the provincia de Buenos Aires."),
    ("es", "El granizo golpeó la provincia de Buenos Aires y después el condado de Cherokee."),
])
def test_a_county_and_a_province_named_by_their_unit_are_those_units(language, text):
    found = {written: (name, country) for written, name, country in _named_places(text, language)}
    assert found["Cherokee"] == ("Cherokee County", "US")
    buenos_aires = resolve_places(["Buenos Aires province"])[0]
    assert found["Buenos Aires"] == ("Buenos Aires", "AR") and kind_of(buenos_aires) == "admin1"
    assert next(f for f in places_of(text, language) if f.value["name"] == "Buenos Aires").value["admin1"] \
        == buenos_aires.admin1 != "Buenos Aires F.D."


def test_a_province_whose_name_a_city_abroad_bears_keeps_the_city():
    text = "Las inundaciones en la provincia de Córdoba, en Andalucía, cortaron carreteras."
    assert ("Córdoba", "Cordoba", "ES") in _named_places(text, "es")


def test_buenos_aires_alone_stays_the_city():
    text = "Thousands marched in Buenos Aires on Friday."
    assert places_of(text)[0].value["admin1"] == "Buenos Aires F.D."


def test_outside_english_a_town_named_like_a_given_name_stays_a_place_after_a_preposition():
    text = "La crecida afectó a los barrios bajos en Dolores, en la provincia de Buenos Aires."
    assert ("Dolores", "Dolores", "AR") in _named_places(text, "es")


def test_the_surname_of_a_person_named_like_a_village_is_no_place_alone():
    text = "La investidura de Pedro Sánchez fracasó en Madrid. Sánchez esperará al martes."
    assert [written for written, _, _ in _named_places(text, "es")] == ["Madrid"]


def test_a_county_the_text_names_in_italian_is_the_county():
    text = "Il procuratore della contea di Alameda, in California, ha parlato ai giornalisti."
    assert ("Alameda", "Alameda County", "US") in _named_places(text, "it")


def test_words_that_a_town_lists_among_its_names_but_mean_something_else():
    # GeoNames lists "God" for Göd (Hungary) and "Google" for Topeka (Kansas)
    text = "Thank God, said the pastor, whose sermon Google streamed from Kansas."
    names = [finding.value["name"] for finding in find_places(FactText.of("godgoogle", text, language="en"))]
    assert names == ["Kansas"]
    # "la Justicia" is the judiciary, not Madrid's quarter
    text = "La Justicia argentina ordenó la detención del exministro en Buenos Aires."
    assert [f.value["name"] for f in find_places(FactText.of("justicia", text, language="es"))] == ["Buenos Aires"]
    # "la Junta" is a regional government, not a town of Mexico or Colorado
    text = "La Junta declaró la emergencia en Sevilla tras las inundaciones."
    assert [f.value["name"] for f in find_places(FactText.of("junta", text, language="es"))] == ["Sevilla"]


def _places_of(text: str, language: str) -> list[tuple[str, str | None]]:
    return [(text[f.start:f.end], f.value["country"]) for f in find_places(FactText.of("inv", text, language=language))]


def test_a_capitalised_stop_word_of_the_language_is_no_place_even_where_no_sentence_opens():
    # "Para" (for) is the Brazilian state Pará to the gazetteer; after a headline no full stop opens its sentence
    text = "Nuevas rutas aéreas llegan al país  Para 2030 habrá más vuelos a Bogotá. PARA todos los viajeros."
    assert _places_of(text, "es") == [("Bogotá", "CO")]
    assert ("Pará", "BR") in _places_of("El gobernador viajó a Belém, en el estado de Pará.", "es")


def test_a_czech_word_with_an_accent_the_countrys_czech_name_lacks_is_no_country():
    text = "Malí chlapci si hráli na hřišti. Vojáci odjeli do Mali."
    assert _places_of(text, "cs") == [("Mali", "ML")]


def test_a_german_noun_before_a_month_or_a_year_is_no_town():
    text = "Der Kurs fiel bis Mitte März deutlich, und Mitte 2021 stieg er wieder. Sie arbeitet in Mitte."
    assert _places_of(text, "de") == [("Mitte", "DE")]


def test_an_english_pronoun_after_in_is_no_unknown_site():
    assert _places_of("God loves us all, and in Him we live and hope.", "en") == []


def test_a_small_town_abroad_repeated_in_a_list_does_not_vouch_for_itself():
    # "A, A, A" asks the first A as a town and the next as its region: the one word vouches for no country
    assert _places_of("Çiftçiler, Hamza, Hamza ve diğerleri tarlada çalıştı.", "tr") == []


def test_a_village_named_after_the_town_it_lies_by_is_placed_at_the_town():
    text = "Gunmen attacked a checkpoint in Khani Chahar Bagh district, Faryab."
    place = next(f.value for f in places_of(text) if text[f.start:f.end] == "Khani Chahar Bagh")
    assert (place["located_by"], place["contained_in"][0], place["admin1"]) == ("container", "Chahār Bāgh", "Faryab")
    text = "Gunmen opened fire on a meeting held in Shewa Robit, in Amhara."
    assert places_of(text)[0].value["contained_in"][0] == "Robit"


def test_a_name_joined_by_de_to_a_town_of_the_container_is_placed_at_that_town():
    # not at Santa Cruz of San Martín, nor in Asia; the Asia of Lima's region lies outside Lima city's own code
    text = "On 30 April 2020, in Santa Cruz de Asia, Lima, residents protested."
    found = {text[f.start:f.end]: f.value for f in places_of(text)}
    assert found["Santa Cruz de Asia"]["contained_in"][:2] == ["Asia", "Lima"]
    assert (found["Santa Cruz de Asia"]["country"], found["Santa Cruz de Asia"]["geonameid"]) == ("PE", None)
    # the gazetteer's longer names and a town whose particle names no town keep their own
    text = "In Machiques de Perija, Zulia state, drivers protested. Rio de Janeiro was calm."
    names = {text[f.start:f.end] for f in places_of(text)}
    assert {"Machiques", "Rio de Janeiro"} <= names and "Machiques de Perija" not in names
    # in Spanish "de" is also "of": the community and the town are two places
    text = "El mercado de la comunidad Nueva Palestina de Ocosingo, Chiapas, se incendió."
    assert "Nueva Palestina" in {text[f.start:f.end] for f in places_of(text, "es")}


def test_iraqi_governorates_under_their_english_and_other_transliterated_names():
    text = "Militants attacked a checkpoint in Saladin province. Demonstrators blocked roads in Thi Qar province."
    assert [f.value["admin1"] for f in places_of(text)] == ["Salah ad Din Governorate", "Dhi Qar"]


def test_an_indian_states_press_code_written_as_a_container_is_the_state():
    text = "Soldiers exchanged fire in Naushera sector area (Rajouri district, J&K)."
    found = {text[f.start:f.end]: f.value for f in places_of(text)}
    assert found["J&K"]["geonameid"] == place_of_name("Jammu and Kashmir")
    # the state it names also tells which place spelled like a name the gazetteer lacks is meant
    assert (found["Rajouri"]["admin1"], found["Rajouri"]["country"]) == (found["J&K"]["admin1"], "IN")
    text = "Farmers protested in Mahabubnagar city (Mahabubnagar, TS) against sand mining."
    assert [f.value["admin1"] for f in places_of(text)] == ["Telangana", "Telangana"]
    # the same letters elsewhere name nothing
    assert places_of("The TS file was saved. KA-52 helicopters flew.") == []


def test_a_longer_name_closing_with_a_town_of_another_region_is_not_placed_there():
    # Nagar is a town of Rajasthan; this story's places are in Delhi
    text = "Fire broke out in a factory in Udoh Nagar area in New Delhi."
    place = next(f.value for f in places_of(text) if text[f.start:f.end].startswith("Udoh"))
    assert place["admin1"] != "Rajasthan"
    # a firm named like a town is no quarter of it, nor a base named after a person
    text = "A man from Los Angeles, California fell ill after eating at Taco Bell."
    assert all(f.value["contained_in"][:1] != ["Bell"] for f in places_of(text))
    text = "He died at his home near Fort Hood, Texas."
    place = next(f.value for f in places_of(text) if text[f.start:f.end] == "Fort Hood")
    assert place["admin1"] == "Texas"


def test_one_lower_case_letter_hyphened_to_a_name_ends_the_name():
    text = "Clashes took place in Minbya Township, Mrauk-u District, Rakhine State."
    found = {text[f.start:f.end]: f.value for f in places_of(text)}
    assert found["Mrauk-u District"]["name"] == "Mrauk U"
    # a letter between hyphens is inside a longer name
    text = "Trump spoke at his Mar-a-Lago resort in Florida."
    assert "Mar-a" not in {text[f.start:f.end] for f in places_of(text)}


def test_the_countryside_of_a_city_is_its_region():
    text = "A car bomb went off in the eastern Aleppo countryside."
    aleppo = places_of(text)[0].value
    assert (aleppo["name"], kind_of(place_of(aleppo["geonameid"]))) == ("Aleppo", "admin1")
    text = "Gunmen shot a civilian in the eastern countryside of Deir-ez-Zor."
    assert kind_of(place_of(places_of(text)[0].value["geonameid"])) == "admin1"


def test_a_name_after_the_town_of_is_a_place_even_when_it_reads_as_a_persons():
    text = "Forces looted homes in the town of Tal Tamer. Shelling hit Al-Hasakeh."
    found = {text[f.start:f.end]: f.value for f in places_of(text)}
    assert found["Tal Tamer"]["country"] == "SY"


def test_names_listed_before_a_plural_word_for_streets_are_streets_of_the_articles_town():
    text = "He collapsed at the corner of State and Hubbard streets, Chicago police said."
    found = {text[f.start:f.end]: f.value for f in places_of(text)}
    assert (found["Hubbard"]["admin1"], found["Hubbard"]["geonameid"]) == ("Illinois", None)  # no Hubbard of Ohio
    # a region's or a big town's name says whose roads they are
    text = "Floods closed Kansas and Missouri roads."
    assert [f.value["name"] for f in places_of(text)] == ["Kansas", "Missouri"]


def test_a_region_written_with_its_kind_is_the_one_the_article_s_town_lies_in():
    # Uganda's admin1 region is called "Western Region"; Ghana's is "Western", which Ghanaian copy writes with its kind
    found = {p.value["name"]: p.value["country"]
             for p in places_of("Police in the Western Region said the mine near Tarkwa collapsed.")}
    assert found == {"Western": "GH", "Tarkwa": "GH"}
    # with nothing else to go by, the region that bears the name as written
    [alone] = places_of("Fighting broke out in the Western Region.")
    assert (alone.value["name"], alone.value["country"]) == ("Western Region", "UG")


def test_a_body_named_with_a_plural_possessive_is_no_town():
    # "Union" is a town of New Jersey, but "the Workers' Union" is a trade union
    assert places_of("The National Underground Workers' Union said 12 of its members died.") == []
    # a place's own plural possessive still parts two names
    assert [p.value["name"] for p in places_of("Fighting in the Philippines' Davao region.")][:1] == ["Philippines"]


def test_a_force_named_after_a_town_is_no_place():
    from newsdesk.facts.extract import extract_findings

    # "Guardia" opens no town's name here (Laguardia): the Guardia Civil is Spain's gendarmerie
    text = "Officers of the Guardia Civil rescued two drivers near Cieza."
    found = [text[f.start:f.end] for f in extract_findings(FactText.of("t", text, language="en")) if f.kind == "place"]
    assert found == ["Cieza"]


def test_a_town_the_parse_took_for_a_name_stays_when_its_region_is_named():
    from newsdesk.facts.extract import extract_findings

    text = ("At least four people were killed when flash floods swept through rural districts of Lorca in the "
            "Murcia region of south-east Spain on Sunday night.")
    found = {text[f.start:f.end]: f for f in extract_findings(FactText.of("t", text, language="en"))}
    assert found["Lorca"].kind == "place" and found["Lorca"].value["admin1"] == "Murcia"


def test_a_capital_that_speaks_or_is_asked_is_no_town_to_put_unknown_places_in():
    lead = ("The man went missing during Sunday night's flash floods in Lorca. Most of the 312 people evacuated from "
            "La Paca were allowed to return home on Monday. ")
    for voice in ("The regional government said it would ask Madrid to declare a disaster zone.",
                  "Madrid said it would declare the area a disaster zone."):
        paca = [f for f in places_of(lead + voice) if f.value["name"] == "Paca"]
        assert paca and paca[0].value["contained_in"][0] == "Lorca"
    # where the capital is a place things happen in, it counts (and outweighs the smaller town on a tie)
    paca = [f for f in places_of(lead + "Officials in Madrid said aid would follow.") if f.value["name"] == "Paca"]
    assert paca[0].value["contained_in"][0] == "Madrid"


def test_a_name_found_as_a_place_is_a_place_again_after_a_preposition():
    from newsdesk.facts.extract import extract_findings

    text = ("Flash floods hit Lorca on Sunday. Most of the 312 people evacuated from La Paca and Zarzadilla de Totana "
            "were allowed to return home on Monday evening. Several rural roads remain closed and a bridge on the "
            "road to La Paca was washed away.")
    found = extract_findings(FactText.of("t", text, language="en"))
    places = [f.start for f in found if f.kind == "place" and f.value["name"] == "Paca"]
    assert places == [text.index("La Paca") + 3, text.index("to La Paca") + 6]
    assert not any("Paca" in text[f.start:f.end] for f in found if f.kind == "actor")


@pytest.mark.parametrize("route", ["road", "corridor"])
def test_a_route_named_by_its_two_towns_is_both_towns(route):
    from newsdesk.facts.extract import extract_findings

    text = f"Traffic on the Dakar–Bamako {route} was halted near Kidira."
    found = extract_findings(FactText.of("t", text, language="en"))
    assert [(text[f.start:f.end], f.value["country"]) for f in found if f.kind == "place"] == [
        ("Dakar", "SN"), ("Bamako", "ML"), ("Kidira", "SN")]


@pytest.mark.parametrize("text, language, kept", [
    ("Les passagers ont été recueillis par un patrouilleur de la Marine nationale.", "fr", []),
    ("La Guardia Nacional llegó a Caracas el martes.", "es", ["Caracas"]),
])
def test_the_noun_of_a_state_body_named_with_a_lower_case_adjective_is_no_place(text, language, kept):
    assert [text[f.start:f.end] for f in places_of(text, language)] == kept


def test_a_place_the_article_lacks_lies_where_it_happened_not_where_the_hurt_were_taken():
    text = ("The death toll in the Uttarkashi bus accident rose to 21 after three injured passengers died in hospital "
            "in Dehradun. Nineteen are still being treated at AIIMS Rishikesh. Survivors said the driver had been "
            "speeding on a narrow stretch near Dabrani.")
    found = {f.value["name"]: f.value for f in places_of(text)}
    # a town named before its happening ("the Uttarkashi bus accident") and a body's branch ("AIIMS Rishikesh")
    assert {"Uttarkāshi", "Dehradun", "Rishīkesh"} <= set(found)
    assert found["Dabrani"]["located_by"] == "article" and found["Dabrani"]["contained_in"][0] == "Uttarkāshi"


def test_a_small_town_after_the_is_still_no_place_unless_a_happening_follows():
    assert [f.value["name"] for f in places_of("Reporters waited outside the White House on Monday.")] == []
    assert [f.value["name"] for f in places_of("Messi scored twice for FC Barcelona.")] == []


def test_a_name_written_without_a_letter_no_accent_makes_is_the_town_s_own_name():
    # Sındırgı written "Sindirgi": the dotless i folds like an accent, so the name is the town's own, not an alias
    text = "A magnitude 6.1 earthquake struck Sindirgi in Balikesir province on Sunday evening."
    assert [(f.value["name"], f.value["admin1"]) for f in places_of(text)][0] == ("Sındırgı", "Balıkesir")
    text = "Un séisme a frappé la Turquie. Seize bâtiments se sont effondrés à Sindirgi, a indiqué le ministre."
    assert [f.value["name"] for f in places_of(text, "fr")] == ["Turkey", "Sındırgı"]


def test_a_dateline_line_further_down_a_story_is_where_it_was_filed_not_a_place_of_the_event():
    from newsdesk.facts.extract import extract_claims
    from newsdesk.model import Article

    text = ("A video report on the lawsuit is below.\n\nWASHINGTON —\n\nThe party filed a lawsuit on Friday in "
            "Boston against three campaign officials.\n\nWASHINGTON – Lawyers for the officials declined to comment.")
    places = [c for c in extract_claims(Article(id="a", text=text, language="en", published="2018-04-21"))
              if c.kind == "place"]
    assert [(c.quote, c.subject) for c in places if c.quote.upper() == "WASHINGTON"] == [("WASHINGTON", "dateline")] * 2
    assert any(c.value["name"] == "Boston" and c.subject != "dateline" for c in places)


def test_planets_and_a_news_agency_are_no_places():
    text = ("The probe will fly past Earth on Friday before heading to Mars and Mercury, the agency said in Houston. "
            "(Bloomberg) -- Engineers in Darmstadt tracked it.")
    names = [f.value["name"] for f in find_places(FactText.of("a", text, language="en", published="2020-04-06"))]
    assert names == ["Houston", "Darmstadt"]


def test_a_capitalised_noun_after_in_is_no_unknown_site_outside_english():
    german = "Wir haben seit heute einen offenen Wettbewerb in Wüste geschickt, sagte er in Berlin. Es ist in Planung."
    assert [f.value["name"] for f in find_places(FactText.of("a", german, language="de", published="2020-02-18"))] \
        == ["Berlin"]


def test_turkish_weekdays_and_months_are_no_places():
    text = ("Pazartesi ve Salı günü Marmara bölgesi ile Antalya'da yağış bekleniyor. Perşembe günü 11 Mart "
            "Mersin'de maçlar seyircisiz oynandı.")
    assert [f.value["name"] for f in find_places(FactText.of("a", text, language="tr", published="2020-03-05"))] \
        == ["Marmara", "Antalya"]


def test_the_church_is_a_body_not_a_village():
    text = "Habrá una ceremonia en la que un sacerdote de la Iglesia estará presente, en Córdoba."
    assert [f.value["name"] for f in find_places(FactText.of("a", text, language="es", published="2020-01-05"))] \
        == ["Córdoba"]


def test_a_royal_is_no_town_named_like_them():
    found = places_of("Queen Elizabeth met Prince George and King Abdullah in London.")
    assert [p.value["name"] for p in found] == ["London"]
    assert places_of("La princesse Diana a rencontré le prince Charles.", "fr") == []
    # the town itself, where a preposition of place or an address places it
    assert [p.value["country"] for p in places_of("He flew to Prince George, British Columbia.")] == ["CA", "CA"]


def test_a_country_ending_a_parsed_persons_name_is_his_surname():
    found, text = parsed_places_of("Michael Jordan scored 30 points for Chicago on Sunday.")
    assert [text[p.start:p.end] for p in found] == ["Chicago"]
    found, text = parsed_places_of("Jordan said 30 people were killed in Syria on Sunday.")
    assert [text[p.start:p.end] for p in found] == ["Jordan", "Syria"]


@pytest.mark.parametrize("language, text, names", [
    ("fr", "L'Iran a répondu à l'Allemagne et aux soldats d'Afghanistan.", ["Iran", "Germany", "Afghanistan"]),
    ("it", "Gli attacchi nell'Iraq del nord e dell'Afghanistan.", ["Iraq", "Afghanistan"]),
    ("fr", "Il a visité la Côte d'Ivoire et Villeneuve-d'Ascq (Val-d'Oise).",
     ["Ivory Coast", "Villeneuve-d'Ascq", "Val-d'Oise"]),
    ("it", "Arrivati a L'Aquila ieri.", ["L'Aquila"]),  # the article of the town's own name
    ("fr", "Les membres de l'Union européenne.", []),  # a town takes no article: no Union, New Jersey
    ("en", "Alphonse D'Arco testified.", []),  # a surname, not Arco
])
def test_a_name_after_an_elided_article_is_read(language, text, names):
    assert [p.value["name"] for p in places_of(text, language)] == names


def test_a_region_named_in_russian_and_inflected_is_found():
    assert [p.value["name"] for p in places_of("Пожар в доме в Калифорнии.", "ru")] == ["California"]


@pytest.mark.parametrize("text, name", [
    ("Atak na kierowcę busa w Krośnie.", "Krosno"),  # a town of 46,000 of the language's own country
    ("Małgorzata Rozenek spędziła sylwestra w Zakopanem.", "Zakopane"),
    ("Kolejna osoba zginęła w Ostrowi Mazowieckiej.", "Ostrów Mazowiecka"),  # the adjective after its noun
    ("Pojawił się w Arabii Saudyjskiej.", "Saudi Arabia"),
])
def test_a_polish_town_or_country_in_the_locative_is_read(text, name):
    assert [p.value["name"] for p in places_of(text, "pl")] == [name]


@pytest.mark.parametrize("text, names", [
    ("وقع حادث بسوهاج أمس.", ["Sohag"]),  # a town of 270,000 after the clitic "in"
    ("حادث في الجيزة اليوم", ["Giza"]),  # after "in", though Jordan and Syria have villages of its name
    ("فلا بأس من الشعور بالضيق وطمأنتهم بأنهم بأمان", []),  # "safely", no Amman
    ("أعلنت السعودية اليوم إصابات جديدة بكورونا.", ["Saudi Arabia"]),  # the pandemic, no Corona, California
])
def test_arabic_towns_after_a_preposition_and_short_country_names(text, names):
    assert [p.value["name"] for p in places_of(text, "ar")] == names


def test_translated_country_names_and_what_they_must_not_take():
    found = places_of("Szanowni Państwo, rząd Republiki Czeskiej obraduje.", "pl")
    assert [p.value["country"] for p in found] == ["CZ"]  # "Państwo" (ladies and gentlemen) is no Palestine
    assert places_of("She left UC Riverside in 2019.") == []  # Vietnamese "Úc" is Australia


@pytest.mark.parametrize("language, text, names", [
    ("en", "They lost to LSU in the SEC Championship.", []),  # Vietnamese "Séc" is Czechia
    ("en", "The parade begins at 9 a.m. EST at the square.", []),  # a time zone, no Est region of Burkina Faso
    ("en", "Troops of the US, the UAE and the EU.", ["United States", "United Arab Emirates", "Europe"]),
    ("tr", "ÇIN DIŞINDA KI ÜLKELERDE DE GÖRÜLDÜ", ["China"]),  # a line in capitals, no acronym
])
def test_a_word_in_capitals_is_an_acronym_unless_a_country_goes_by_it(language, text, names):
    assert [p.value["name"] for p in places_of(text, language)] == names


@pytest.mark.parametrize("text, names", [
    # one name, one sense: the town written after "in" is no surname in "Bezirkskriminalinspektion Flensburg"
    ("Ein Mann wurde in Flensburg erstochen. Zeugen sollen sich bei der Bezirkskriminalinspektion Flensburg melden.",
     ["Flensburg"]),
    ("Pforzheim - Ein Radfahrer wurde am Montag verletzt. Polizeipräsidium Pforzheim", ["Pforzheim"]),  # a big town
])
def test_a_german_town_after_a_noun_is_no_surname(text, names):
    assert [p.value["name"] for p in places_of(text, "de")] == names
