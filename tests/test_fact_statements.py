"""Who the article says said it, and who denied it (facts/statements.py through extract_findings)."""

import pytest

from newsdesk.facts.document import FactText
from newsdesk.facts.extract import extract_findings


def findings(text: str) -> list:
    return extract_findings(FactText.of("t", text, language="en", published="2024-03-14"))


def statements(text: str) -> list[tuple[str, str | None, str]]:
    """(quote, speaker, polarity) of each statement."""
    return [(text[f.start:f.end], f.attributed_to, f.polarity) for f in findings(text) if f.kind == "statement"]


def count_attribution(text: str, quote: str) -> tuple[str | None, str]:
    [count] = [f for f in findings(text) if f.kind == "count" and text[f.start:f.end] == quote]
    return count.attributed_to, count.polarity


def test_a_relative_pronoun_speaks_for_the_name_before_it():
    assert statements("Mr. Okafor, who has denied the charges, left Lagos on Friday.") == [
        ("Mr. Okafor, who has denied", "Mr. Okafor", "denies")]


def test_a_relative_pronoun_with_another_subject_before_its_verb_is_no_speaker():
    # "who" is the subject of "bring", not of "says": nobody here can be named by the pronoun.
    assert all(speaker != "who" for _, speaker, _ in statements("They stopped the traders, who the mayor says "
                                                                   "bring 3 kinds of trouble."))


def test_a_relative_clause_is_not_part_of_the_speakers_name():
    assert count_attribution("Ms. Varga, who runs the shelter in Szeged, said 40 families had arrived.",
                             "40 families") == ("Ms. Varga", "asserts")


def test_an_infinitive_after_the_name_stays_in_it():
    attributed, _ = count_attribution("Six prisoners have arrived at the airbase, said the Coalition to Restore "
                                      "Peace in Yemen.", "Six prisoners")
    assert attributed == "Coalition to Restore Peace in Yemen"


def test_a_quotation_parsed_as_a_subject_is_not_the_speaker():
    assert statements("“That lying, no-good piece of junk,” Delgado said in the video.") == [
        ("Delgado said in the video", "Delgado", "asserts")]


@pytest.mark.parametrize("text", [
    "Three people were reported killed in the blast.",
    "The lawsuit against the club has been dismissed.",
    "A court was told that 2 men had fled.",
])
def test_the_subject_of_a_passive_is_not_a_speaker(text):
    assert statements(text) == []


@pytest.mark.parametrize("text", [
    "The judge denied bail to 3 suspects.",
    "The council rejected an amendment allowing 4 new kiosks.",
    "The high court dismissed a petition filed by 12 residents.",
])
def test_a_decision_is_not_a_denial(text):
    assert statements(text) == []
    assert all(f.polarity == "asserts" for f in findings(text))


@pytest.mark.parametrize("text, speaker", [
    ("The ministry rejected the claims.", "ministry"),
    ("The rebels dismissed the report as propaganda.", "rebels"),
    ("The army denied that 30 civilians were killed.", "army"),
])
def test_denying_something_said_is_a_denial(text, speaker):
    [(_, attributed, polarity)] = statements(text)
    assert (attributed, polarity) == (speaker, "denies")


def test_claims_denied_by_someone_are_denied_by_them():
    assert statements("The bishop was accused of fraud, claims denied by the diocese.") == [
        ("denied by the diocese", "diocese", "denies")]


def test_a_player_denied_by_a_decision_is_no_denial():
    assert statements("Okoye scored twice after being denied by a late offside decision.") == []


def test_according_to_ends_where_a_new_clause_begins():
    [(_, speaker, _)] = statements("Sales peak on Tuesdays, according to one store manager mornings are best.")
    assert "are best" not in speaker


def test_according_to_stops_at_a_dash():
    [(_, speaker, _)] = statements("He was their best player, according to the league – but he is injured.")
    assert speaker == "league"


def test_a_claim_takes_the_statement_of_its_own_clause():
    text = "The radio reported that they had met, and the embassy denied that 2 envoys were in town."
    assert count_attribution(text, "2 envoys") == ("embassy", "denies")
    assert [speaker for _, speaker, _ in statements(text)] == ["radio", "embassy"]


def test_an_object_pronoun_is_no_speaker_but_the_us_is():
    assert statements("Asked what made him say yes, he smiled.") == []
    assert statements("The US has announced it will send 750 soldiers.") == [
        ("The US has announced", "US", "asserts")]


def test_the_who_is_no_relative_pronoun():
    assert statements("On Friday the WHO announced that 4,000 people had died.")[0][1] == "WHO"



def test_a_denial_in_a_clause_of_its_own_covers_only_that_clause():
    text = "The mayor was accused of fraud, claims denied by the council, and four offices were searched."
    assert count_attribution(text, "four offices") == (None, "asserts")
    text = "Mr. Okafor, who has denied the 4 charges, left Lagos with 2 aides."
    assert count_attribution(text, "4 charges") == ("Mr. Okafor", "denies")
    assert count_attribution(text, "2 aides") == (None, "asserts")


def test_a_main_verb_of_saying_covers_the_whole_sentence():
    text = "At least 46 soldiers crossed into Pakistan on Sunday night, the army said."
    assert count_attribution(text, "At least 46 soldiers") == ("army", "asserts")


def test_the_occasion_is_not_part_of_the_speaker():
    text = "Nine shops stayed shut, said the Trade Ministry in a statement on May 3."
    assert count_attribution(text, "Nine shops")[0] == "Trade Ministry"
    text = "Supplies of 20 kits are short, said a representative of the province, quoted by Reuters."
    assert count_attribution(text, "20 kits")[0] == "representative of the province"


def test_according_to_him_is_the_speaker_named_before():
    text = "Gen. Okoro said the parade went well. According to him, 5 soldiers were honoured."
    assert count_attribution(text, "5 soldiers")[0] == "Gen. Okoro"
    assert count_attribution("According to him, 5 soldiers were honoured.", "5 soldiers")[0] is None


def test_a_verb_of_saying_inside_a_quotation_is_no_attribution():
    text = "“No matter how much others say we cannot, 3 teams will finish,” Adeyemi told the crowd."
    assert [speaker for _, speaker, _ in statements(text)] == ["Adeyemi"]
    assert count_attribution(text, "3 teams")[0] == "Adeyemi"


def test_the_periods_of_an_initialism_do_not_end_the_source():
    text = "Turkey sent 5 drones to the region, according to the U.S. military."
    assert count_attribution(text, "5 drones")[0] == "U.S. military"


def test_a_verb_of_saying_joined_by_and_shares_the_speaker_but_not_the_denial():
    text = "The ministry denied that any unit had fled and said fewer than 20 wounded men were evacuated."
    assert count_attribution(text, "fewer than 20 wounded men") == ("ministry", "asserts")


def test_a_content_verb_reports_only_what_is_put_forward():
    assert statements("Davies wrote that over $76 million was spent on the farms.") == [
        ("Davies wrote", "Davies", "asserts")]
    assert statements("Davies wrote a book about the farms.") == []
    assert statements("The hospital admitted 30 patients on Monday.") == []
    assert statements("Authorities did not disclose how much money was taken.") == []


def test_verbs_joined_to_a_verb_of_saying_share_its_speaker():
    assert statements("Hiller admitted firing at several employees, but denied shooting at the officers.") == [
        ("Hiller admitted", "Hiller", "asserts"), ("denied", "Hiller", "denies")]


def test_a_participle_speaks_for_the_subject_it_qualifies():
    assert statements("Denying he was a gangster, Gigante would wander the streets.") == [
        ("Denying", "Gigante", "denies")]
    assert ("saying", "governor", "asserts") in statements(
        "Another news agency quoted the governor as saying five people had received treatment.")
    # a participle that says nothing: the sentence's subject is no speaker
    assert statements("Adding a new striker to the mix, the sky is the limit for the club.") == []


def test_dismissed_as_something_is_a_denial_but_a_dismissed_petition_a_decision():
    assert statements("Voters cast ballots in an election dismissed by critics as a sham.") == [
        ("dismissed by critics", "critics", "denies")]
    assert statements("The high court dismissed a petition against the appointment of Walia as advocate "
                      "general.") == []


def test_a_withheld_denial_is_none():
    assert statements("But neither can deny the attraction that pulls them together.") == []
    assert statements("Nixon denied him the post, and he seethed.") == []


def test_verbs_of_saying_used_for_something_else_are_no_statements():
    assert statements("After experiencing no symptoms, Mr. Kamara reported to a health center.") == []
    assert statements("The shooting outside a school that claimed the life of a teacher shocked the city.") == []


def test_he_or_she_speaks_for_one_not_for_a_group():
    text = "Mr. Abara said the bridge was closed. Two officials said 3 lanes were open. He said it would reopen."
    assert [speaker for _, speaker, _ in statements(text)] == ["Mr. Abara", "Two officials", "Mr. Abara"]


def test_of_two_subjects_a_name_and_its_title_the_name_speaks():
    assert count_attribution("Jill Franken, Sioux Falls Public Health Director said 12 parks were closed.",
                             "12 parks") == ("Jill Franken", "asserts")


def test_he_after_other_sentences_is_the_person_named_last_before_it():
    text = ('Mr. Abara said the bridge was closed. Maria Lopez, a nurse at the hospital, stayed home. '
            'But he rode his bicycle into the city. "It was a battlefield," he said.')
    assert [speaker for _, speaker, _ in statements(text)] == ["Mr. Abara", "Maria Lopez"]


def test_a_name_inside_a_quotation_or_a_possessive_is_not_who_he_is():
    text = ('Mr. Abara said the bridge was closed. The crowd grew. "We asked Ms. Lund for help," he said.')
    assert [speaker for _, speaker, _ in statements(text)] == ["Mr. Abara", "Mr. Abara"]


def test_dismissed_concerns_are_denied_and_a_denied_offer_is_a_decision():
    assert ("dismissed", "denies") in [(quote.split()[-1], polarity) for quote, _, polarity in statements(
        "Mehdi Zareh dismissed concerns that the earthquake would cause tsunamis.")]
    assert statements("The prosecutor denied a Nichols offer to plead guilty.") == []


def test_a_negated_verb_of_saying_is_no_statement():
    assert statements("Halvern Resources did not say how many workers were trapped.") == []
    assert statements("Officials could not say how many died.") == []
    assert statements("No group has claimed responsibility for the attack on 3 posts.") == []
    assert statements("Lynch did not deny that Timmons had a gun.") == []
    assert statements("Police said no one was hurt.") == [("Police said", "Police", "asserts")]


def test_the_portuguese_ordinal_segundo_is_not_according_to():
    def statements_pt(text):
        return [text[f.start:f.end] for f in extract_findings(FactText.of("t", text, language="pt"))
                if f.kind == "statement"]
    assert statements_pt("O segundo turno das eleições será no domingo, com 5 candidatos.") == []
    assert statements_pt("Ele ficou em segundo lugar com 30 votos.") == []
    assert statements_pt("Segundo o ministério, 12 pessoas morreram.") == ["o ministério"]


def test_whoever_puts_the_toll_at_a_figure_is_its_source():
    text = "A local official, speaking on condition of anonymity, put the death toll at 31."
    assert count_attribution(text, "31") == ("local official", "asserts")
    assert count_attribution("Officials put the number of dead at 31.", "31") == ("Officials", "asserts")
    assert statements("He put the box at the door.") == []


def test_a_speaker_the_parse_hangs_on_a_noun_before_the_verb_still_speaks_for_the_sentence():
    # the parse makes "the Ministry" an apposition of "Region", and "said" a clause of "killed"
    text = ("ACCRA: Nine miners were killed in the collapse of the Bonsa Valley gold mine in Ghana's Western Region, "
            "the Ministry of Lands and Natural Resources said on Wednesday, rejecting a trade union's claim that "
            "at least 12 had died.")
    assert count_attribution(text, "Nine miners") == ("Ministry of Lands and Natural Resources", "asserts")
    assert count_attribution(text, "at least 12") == ("Ministry of Lands and Natural Resources", "denies")
    # a reporting verb after a conjunction covers its own clause only
    assert count_attribution("Two men fled after police said 3 were killed.", "Two men")[0] is None


def test_a_second_verb_of_a_speaker_names_the_speaker_as_the_first_does():
    text = ("An airstrike killed 12 people in Djibo in northern Burkina Faso on Saturday, the ministry said.\n"
            "The army denied that civilians were targeted and said the strike hit a militant camp.")
    speakers = {text[f.start:f.end]: f.value for f in findings(text) if f.kind == "statement"}
    assert speakers["The army denied"] == speakers["said"] == "Military Forces of Burkina Faso"


def test_an_agency_named_after_what_it_belongs_to_speaks_for_itself():
    def speakers(text: str) -> list[str]:
        return [f.value for f in findings(text) if f.kind == "statement"]

    assert speakers("About 2,000 people have fled the town, according to the UN refugee agency UNHCR.") == ["UNHCR"]
    assert speakers("The UN children's agency UNICEF said 20 children died.") == ["UNICEF"]


def test_the_group_said_speaks_for_the_organisation_named_before():
    text = ("Shelling killed 23 civilians in El Fasher on Monday, the Sudan Doctors Network said. "
            "The group said 41 others were wounded.")
    assert [speaker for _, speaker, _ in statements(text)] == ["Sudan Doctors Network", "Sudan Doctors Network"]
    assert count_attribution(text, "41 others") == ("Sudan Doctors Network", "asserts")
