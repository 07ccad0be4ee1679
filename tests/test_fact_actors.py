"""Actor finding and normalisation to the conflict coders' names (sentences written for these tests)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from newsdesk.facts.actors import find_actors
from newsdesk.facts.document import FactText

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))


def actors(text: str, country: str | None = None) -> list[str]:
    return [f.value for f in find_actors(FactText.of("t", text, language="en"), main_country=country)]


def test_forces_of_a_country_named_after_of():
    found = actors("Armed forces of Armenia shelled a hill held by the military forces of Azerbaijan.", "AZ")
    assert found == ["Military Forces of Armenia", "Military Forces of Azerbaijan"]


def test_forces_of_a_land_no_gazetteer_knows_keep_its_name():
    assert actors("Military forces of Zembla fired at a border post.", "AZ") == ["Military Forces of Zembla"]


def test_coordinated_demonyms_name_both_forces():
    found = actors("Kenyan and Ugandan soldiers exchanged fire near the lake.")
    assert found == ["Military Forces of Kenya", "Military Forces of Uganda"]


def test_coder_country_names_and_the_for_state_forces():
    assert actors("Soldiers raided a market.", "CD") == ["Military Forces of the Democratic Republic of Congo"]
    assert actors("Students protested outside the ministry.", "CD") == ["Protesters (Democratic Republic of Congo)"] * 2


def test_military_police_is_one_military_force():
    assert actors("The Military Police raided a house in the north of the city.", "BR") == [
        "Military Forces of Brazil"]


def test_peaceful_crowd_is_protesters():
    assert set(actors("Dozens of teachers gathered outside the governor's office to demand their wages.", "KE")) == {
        "Protesters (Kenya)"}


def test_crowd_that_burns_tyres_is_rioters():
    found = actors("Residents demonstrated after the shooting. They burned tyres and blocked the highway.", "KE")
    assert found and set(found) == {"Rioters (Kenya)"}


def test_police_teargas_does_not_make_protesters_rioters():
    found = actors("Nurses protested over unpaid salaries. Police used teargas to disperse them.", "KE")
    assert "Protesters (Kenya)" in found and "Rioters (Kenya)" not in found


def test_mob_beating_is_rioters():
    assert "Rioters (Peru)" in actors("A suspected thief was beaten up by locals near the market.", "PE")


def test_demonym_of_the_crowd_gives_its_country():
    assert "Protesters (China)" in actors("Chinese tourists held a protest at the embassy.", "NP")


def test_known_armed_actors_take_the_coders_names():
    assert actors("Saudi-led coalition airstrikes hit a farm.", "YE") == ["Operation Restoring Hope"]
    assert actors("Houthi forces shelled the town.", "YE") == [
        "Military Forces of Yemen (2016-) Supreme Political Council"]
    assert actors("Anti-Houthi forces advanced.", "YE") != [
        "Military Forces of Yemen (2016-) Supreme Political Council"]
    assert actors("IS militants attacked a checkpoint.", "IQ") == ["Islamic State (Iraq)"]
    assert actors("Suspected ISWAP fighters raided a base.", "NE") == ["Islamic State (West Africa)"]


def test_acronym_before_a_fighters_noun_is_an_armed_group():
    assert actors("The XYZ rebel forces fired mortars at the positions.", "UA") == ["XYZ"]


def test_militias_named_for_a_people_or_a_clan():
    assert actors("Suspected Fulani militias attacked the village.", "NG") == ["Fulani Ethnic Militia (Nigeria)"]
    assert actors("Armed militias from the Abgaal and Habar Gidir clans fought.", "SO") == [
        "Abgaal Clan Militia (Somalia)"]


def test_rebel_army_is_no_state_force():
    found = actors("Farmers were held by the XPA (Zemblan People's Army) near the river.", "PY")
    assert "Zemblan People's Army" in found and not any(v.startswith("Military Forces") for v in found)


def test_unnamed_perpetrator_of_a_killing_is_unidentified():
    assert actors("A man was shot dead at his home on Sunday.", "HT") == ["Unidentified Armed Group (Haiti)"]
    assert actors("The body of a man was found tied in a plastic bag.", "MX") == ["Unidentified Gang (Mexico)"]
    assert "Unidentified Armed Group (Haiti)" not in actors("Police shot a man dead. A man was shot dead.", "HT")


def test_government_named_by_demonym():
    assert actors("The Turkish government imposed a curfew.", "TR") == ["Government of Turkey"]


def test_bench_matching_keeps_units_apart_and_drops_periods():
    from acled import actor_names, normalise_actor

    assert normalise_actor("Military Forces of Yemen (2016-) Supreme Political Council") == (
        "military forces of yemen supreme political council")
    assert normalise_actor("Military Forces of Yemen (2016-) Supreme Political Council", keep_unit=False) == (
        "military forces of yemen")
    names = actor_names("Islamic State (West Africa) and/or Boko Haram - Jamatu Ahli is-Sunnah lid-Dawatai wal-Jihad")
    assert "islamic state (west africa)" in names
    assert "boko haram jamatu ahli is sunnah lid dawatai wal jihad" in names
    assert actor_names("NAF: United Armed Forces of Novorossiya") >= {"naf", "united armed forces of novorossiya"}


@pytest.mark.parametrize("text", ["", "Nothing happened here at all."])
def test_no_actor_in_plain_text(text):
    assert actors(text, "KE") == []
