"""Statements outside English, found by the verb tables of newsdesk.facts.reported_speech (invented sentences)."""

from __future__ import annotations

import pytest

from newsdesk.facts.document import FactText
from newsdesk.facts.extract import extract_findings
from newsdesk.facts.statements import find_statements


def _statements(text: str, language: str) -> list[tuple[str, str, str]]:
    fact_text = FactText.of("a", text, language=language, published="2021-03-02")
    return [(text[f.start:f.end], f.subject, f.polarity) for f in find_statements(fact_text)]


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("fr", "« Nous tenons bon », a déclaré lundi le maire de Lyon.",
     [("a déclaré lundi le maire de Lyon", "maire de Lyon", "asserts")]),
    ("fr", "Il a déclaré la guerre au club voisin. Le préfet a démenti ces rumeurs.",
     [("préfet a démenti", "préfet", "denies")]),
    ("es", "El portavoz del ministerio dijo que catorce personas murieron.",
     [("portavoz del ministerio dijo", "portavoz del ministerio", "asserts")]),
    ("es", "La alcaldesa se negó a responder. El gobierno regional negó que hubiera heridos.",
     [("gobierno regional negó", "gobierno regional", "denies")]),
    ("es", "El Senado rechazó la reforma. La empresa rechazó las acusaciones del sindicato.",
     [("empresa rechazó", "empresa", "denies")]),
    ("es", "Ardió un granero, dijo el miércoles la jefa de bomberos.",
     [("dijo el miércoles la jefa de bomberos", "jefa de bomberos", "asserts")]),
    ("de", "Am Dienstag sagte der Sprecher der Feuerwehr, dass zwei Scheunen brannten.",
     [("sagte der Sprecher der Feuerwehr", "Sprecher der Feuerwehr", "asserts")]),
    ("de", "Es gebe 40 bestätigte Fälle im Kreis, teilte das Landratsamt am Abend mit.",
     [("teilte das Landratsamt", "Landratsamt", "asserts")]),
    ("de", "Der Verein hat den Antrag zurückgewiesen. Der Bürgermeister hat die Vorwürfe zurückgewiesen.",
     [("Bürgermeister hat die Vorwürfe zurückgewiesen", "Bürgermeister", "denies")]),
    ("de", "Anna Weber, die Sprecherin des Amtes, sagte am Montag, alles sei ruhig.",
     [("Anna Weber, die Sprecherin des Amtes, sagte", "Anna Weber, die Sprecherin des Amtes", "asserts")]),
    ("de", "„Wir bleiben hier“, sagte Kowalski der Zeitung. Der Zeitung sagte er nichts.",
     [("sagte Kowalski", "Kowalski", "asserts")]),
    ("it", "Lo ha detto il sindaco Bianchi durante la conferenza.",
     [("ha detto il sindaco Bianchi", "sindaco Bianchi", "asserts")]),
    ("it", "Il governo ha negato l'accesso ai giornalisti, mentre l'esercito ha smentito la notizia.",
     [("esercito ha smentito", "esercito", "denies")]),
    ("pl", "– Nie mamy dość łóżek – powiedział PAP rzecznik szpitala Jan Nowak.",
     [("powiedział PAP rzecznik szpitala Jan Nowak", "rzecznik szpitala Jan Nowak", "asserts")]),
    ("pl", "On powiedział, że nic nie wie. Ministerstwo zaprzeczyło tym doniesieniom.",
     [("Ministerstwo zaprzeczyło", "Ministerstwo", "denies")]),
    ("ru", "Об этом заявил журналистам глава района Иван Петров.",
     [("заявил журналистам глава района Иван Петров", "глава района Иван Петров", "asserts")]),
    ("ru", "Он сказал, что всё в порядке. Пресс-служба опровергла эти сообщения.",
     [("Пресс-служба опровергла", "Пресс-служба", "denies")]),
])
def test_patterned_statements(language: str, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _statements(text, language) == expected


def test_a_french_denial_is_the_speaker_and_polarity_of_the_count_it_covers() -> None:
    text = "Le ministère a démenti que 300 soldats aient franchi la frontière."
    findings = extract_findings(FactText.of("a", text, language="fr", published="2021-03-02"))
    counts = [f for f in findings if f.kind == "count"]
    assert [(text[f.start:f.end], f.attributed_to, f.polarity) for f in counts] == \
        [("300 soldats", "ministère", "denies")]


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("de", "Die Brücke soll laut Medienberichten am Freitag in Dresden gesperrt worden sein.", ["Medienberichten"]),
    ("de", "Laut dem Sprecher der Feuerwehr brannten zwei Scheunen.", ["Sprecher der Feuerwehr"]),
    ("de", "Die Fans sangen laut im Stadion.", []),
    ("es", "Según fuentes policiales el incendio empezó de madrugada.", ["fuentes policiales"]),
    ("es", "Según informó el ayuntamiento el martes, el río se desbordó.", ["ayuntamiento"]),
    ("es", "El equipo ganó por segundo año consecutivo.", []),
    ("fr", "Selon le ministère de l'Intérieur, deux bus ont brûlé.", ["ministère de l'Intérieur"]),
    ("fr", "Selon lui, la digue a cédé.", []),
    ("it", "La squadra è passata al secondo turno. Secondo quanto riferito, il ponte è chiuso.", []),
    ("it", "Secondo la polizia stradale il camion viaggiava troppo veloce.", ["polizia stradale"]),
    ("pl", "Według policji, sprawca uciekł pieszo. Według policji sprawca uciekł pieszo.", ["policji"]),
    ("ru", "По словам мэра города, мост закрыт. По данным на 1 мая в городе 5 больных.", ["мэра города"]),
])
def test_according_to_ends_its_source_where_a_name_ends(language: str, text: str, expected: list[str]) -> None:
    found = _statements(text, language)
    assert [subject for _, subject, _ in found] == expected
    assert all(span == subject for span, subject, _ in found)
