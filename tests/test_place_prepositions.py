"""The prepositions of place, by language and purpose: which words before a name make it a place."""

import pytest

from newsdesk.places.prepositions import (
    OF_PLACE,
    OF_PLACE_NOT_PERSON,
    after_preposition_of_place,
    after_preposition_of_place_not_person,
)


def _after(check, text: str, name: str, language: str) -> bool:
    return check(text, text.index(name), language)


@pytest.mark.parametrize("text", ["Sie wohnt in Ulm", "Er kam aus Ulm", "Der Zug fährt nach Ulm", "Hilfe bei Ulm",
                                  "Ein Brief von Ulm", "südlich von Ulm", "Kämpfe um Ulm", "Sie fuhr bis Ulm",
                                  "Sie wohnt IN Ulm"])
def test_german_prepositions_before_a_place(text: str) -> None:
    assert _after(after_preposition_of_place, text, "Ulm", "de")


@pytest.mark.parametrize("text", ["Die Mutter von Anna", "Sorge um Anna", "Warten, bis Anna kommt"])
def test_german_person_rule_leaves_out_prepositions_also_before_persons(text: str) -> None:
    assert _after(after_preposition_of_place, text, "Anna", "de")
    assert not _after(after_preposition_of_place_not_person, text, "Anna", "de")


def test_german_person_rule_prepositions_are_prepositions_of_place() -> None:
    assert "von" not in OF_PLACE_NOT_PERSON["de"]
    assert set(OF_PLACE_NOT_PERSON["de"]) < set(OF_PLACE["de"])


@pytest.mark.parametrize("text", ["Das Dorf Ulm", "der Bürgermeister Ulm", "Hinweis Ulm", "Ulm"])
def test_no_preposition_before_the_name(text: str) -> None:
    assert not _after(after_preposition_of_place, text, "Ulm", "de")


def test_a_preposition_must_be_a_word_of_its_own() -> None:
    assert not _after(after_preposition_of_place, "Berlin Ulm", "Ulm", "de")  # "in" ends "Berlin"
    assert not _after(after_preposition_of_place_not_person, "Ростов-на Дону", "Дону", "ru")
    assert _after(after_preposition_of_place_not_person, "(en Lima", "Lima", "es")


@pytest.mark.parametrize(("text", "name", "language", "expected"), [
    ("el alcalde en Pedro Sánchez", "Pedro", "es", True),
    ("criticó a Pedro Sánchez", "Pedro", "es", False),  # "a" also marks a person as an object
    ("la casa de Pedro Sánchez", "Pedro", "es", False),
    ("arrivé à Saint Martin", "Saint", "fr", True),
    ("они приехали в Москву", "Москву", "ru", True),
    ("встреча с Владимиром", "Владимиром", "ru", False),
    ("wyjechał do Krakowa", "Krakowa", "pl", True),
    ("list od Anny", "Anny", "pl", False),
])
def test_before_a_place_not_a_person(text: str, name: str, language: str, expected: bool) -> None:
    assert _after(after_preposition_of_place_not_person, text, name, language) is expected


def test_english_and_arabic_before_a_place() -> None:
    assert _after(after_preposition_of_place, "fighting near Aleppo", "Aleppo", "en")
    assert _after(after_preposition_of_place, "a camp outside Mosul", "Mosul", "en")
    assert _after(after_preposition_of_place, "At Brands Hatch", "Brands", "en")
    assert not _after(after_preposition_of_place, "said Aleppo", "Aleppo", "en")
    assert _after(after_preposition_of_place, "قتال في حلب", "حلب", "ar")


def test_a_language_without_a_table_has_no_preposition_of_place() -> None:
    assert not after_preposition_of_place("in Ulm", 3, "xx")
    assert not after_preposition_of_place_not_person("in Ulm", 3, None)
