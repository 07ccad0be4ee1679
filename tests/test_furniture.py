"""Site furniture out of plain-text articles (newsdesk.clean.furniture).

The dev fixtures below are made-up pages (no text taken from the seeds), in
various layouts; each line carries a mark saying what an editor would do:

    T|  the title line           K|  kept in the body
    X|  furniture (removed)      (blank lines stay blank)

The seed articles of ../shared/datasets/seeds are the test set, checked
against the hand labels of expected.json.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from newsdesk.clean.article import clean_item
from newsdesk.clean.furniture import CleanText, line_key, strip_furniture
from newsdesk.clean.recurrence import candidate_line_keys
from newsdesk.model import RawItem

# ---------------------------------------------------------------------------
# dev fixtures

TOP_FURNITURE = """
X|Skip to content
X|News | Politics | Business | Sport | Culture
X|Home › World › Americas
X|WORLD
T|Mudslide buries highway north of Lima after days of rain
X|By Maria Lopez | Staff writer
X|July 3, 2023 10:15 am
X|4 min read
X|Share on Facebook Share on Twitter WhatsApp

K|LIMA: A mudslide buried a stretch of highway north of the Peruvian capital on Monday, cutting off dozens of towns, the transport ministry said.

K|Rescue crews reached three trapped buses by nightfall.

K|No one was hurt.

K|The ministry said the road would stay closed until at least Friday while engineers check the slope above it.
"""

BOTTOM_FURNITURE = """
T|Dock workers end strike after pay deal in Rotterdam

K|ROTTERDAM (Reuters) - Dock workers at Europe's largest port ended a two-week strike on Tuesday after unions accepted a pay offer of 7 percent over two years.

K|"This is a fair deal and our members can go back to work with their heads high," union spokeswoman Ineke de Vries told reporters.

K|Shipping lines had diverted dozens of vessels to Antwerp and Hamburg during the stoppage.

X|Tags: Rotterdam, strike, ports
X|Share this:
X|Facebook
X|Twitter
X|Related
X|Antwerp port traffic hits record as ships avoid Dutch strike
X|Container volumes at the Belgian port rose sharply last month.
X|Hamburg unions warn of walkouts
X|German port workers said they could follow their Dutch colleagues if talks fail...
X|Leave a Reply
X|Your email address will not be published. Required fields are marked *
X|© 2023 Harbour Times. All rights reserved.
"""

INTERLEAVED = """
T|Factory fire in Ohio forces evacuation of nearby homes

K|Hundreds of residents near an industrial park in Dayton were told to leave their homes on Wednesday after a fire broke out at a plastics factory, city officials said.

X|Ten best hiking trails in the Smoky Mountains for autumn colours
K|Evacuation zone widened
K|By the evening the evacuation zone had been widened to one mile around the plant, and two schools were used as shelters for displaced families.

X|READ MORE: Dayton mayor announces new budget for road repairs

K|Firefighters from four counties fought the blaze through the night.

X|Advertisement

X|Celebrity chef opens third restaurant in downtown Columbus with vegan menu

K|The company that owns the factory said all of its 120 workers were accounted for. Investigators have not yet said what caused the fire.

K|Air quality concerns
K|State environmental officials said they were testing the air for toxic fumes and advised residents to keep windows closed.
"""

WIRE_STYLE = """
K|NAIROBI, Kenya (AP) — Kenyan police fired tear gas at protesters in the capital on Thursday as demonstrations over rising food prices entered a third day.

K|At least 12 people were arrested, police said.

K|Shops in the city centre stayed shut.

K|The government has blamed the price rises on a drought in the north of the country and on the cost of imported fuel.

K|Opposition leaders called for more protests next week.

X|(Reporting by John Otieno; Editing by Mark Heinrich)
X|— AP
"""

BULLETS = """
T|Five things to know about the new tax rules

K|The finance ministry published new tax rules on Friday that take effect in January. Here is what changes.

K|The main changes are:
K|- a lower rate for incomes under 30,000
K|- a new tax on sugary drinks
K|- higher duties on imported cars

K|Small businesses will also be allowed to file their returns every quarter instead of every month.

K|What stays the same
K|- the VAT rate
K|- pension contributions

X|Print
X|Back to top
"""

KNOWN_TITLE = """
X|Valley Courier — your window on the valley
T|BRIDGE  reopens after two-year  repair
X|Subscribe to our newsletter for daily updates from the valley.

K|The old stone bridge over the Arno reopened to traffic on Saturday after two years of repairs that cost more than 4 million euros.

K|The bridge is the only crossing for ten kilometres, and its closure had doubled travel times for thousands of commuters.

K|Local businesses welcomed the reopening with a street party.

X|We use cookies to improve your experience. By continuing to browse you agree to our use of cookies.
X|Valley Courier — your window on the valley
"""

QUESTIONS_AND_QUOTES = """
T|Will the ceasefire in the north hold?

K|A ceasefire between government forces and rebels in the north came into force at midnight on Sunday, after weeks of talks mediated by neighbouring states.

K|“We have lost everything”
K|“My house was burned and my cattle were taken,” said Amina, a farmer who fled to a camp outside the provincial capital. “I only want to go home.”

K|What happens next?
K|Mediators will meet again in two weeks to discuss the exchange of prisoners and the return of displaced families.

K|Aid agencies said they were ready to send food convoys as soon as roads were declared safe.
"""

HARD_WRAPPED = """
T|Storm knocks out power to 200,000 homes

K|A winter storm brought heavy snow and strong winds to the north-east on
K|Tuesday, knocking out power to about 200,000 homes and closing schools in
K|three states, utility companies said.

K|Crews worked through the night
K|Utility companies said repair crews from neighbouring states had been
K|called in and that most customers should have power back by Thursday
K|evening.

X|Share this article
X|Follow us on Twitter
"""

AUTHOR_BOX = """
X|Web Desk
T|Province launches vaccination drive for 2 million children

K|PESHAWAR: Health officials launched a five-day polio vaccination campaign on Monday that aims to reach more than 2 million children under the age of five.

K|About 9,000 teams will go door to door, officials said.

K|The campaign was delayed last month because of security concerns in two districts.

X|About Sara Khan
X|Sara Khan reports on health and education for the paper.
X|Check Also
X|Teachers protest over unpaid salaries in the capital
X|Hundreds of teachers gathered outside the education department on …
"""

LIST_AND_SHORT_LINES = """
T|City council names winners of annual art prize

K|The city council on Thursday announced the winners of its annual art prize, which drew more than 300 entries this year.

K|The winners were:
K|Lena Park
K|Omar Haddad
K|Julia Brandt

K|Each will receive 5,000 dollars and a solo exhibition at the municipal gallery next spring.

X|semi private tours
X|Back to top
"""

INJECTED_BEFORE_PARAGRAPH_ONLY = """
K|Officials in the coastal town of Nazare said on Saturday that a surfer had set a new record on a wave estimated at 26 metres.

X|Stock markets slide as investors fear higher interest rates: what it means for your pension
K|The record still has to be confirmed by the World Surf League, which measures waves from photographs and video.

K|Judges are expected to announce their decision in the spring.
"""

MID_ARTICLE_RELATED_BOX = """
T|Rail strike halts trains across the country

K|Train drivers walked out on Monday in a dispute over pay, halting most services across the country.

X|Related
X|Union leaders meet minister as strike looms

K|Commuter chaos
K|Millions of commuters were forced to work from home or find other ways to travel.

K|The union said the strike would last 48 hours.

K|Another walkout is planned for next month.
"""

LOOKS_LIKE_FURNITURE_BUT_IS_NOT = """
T|Vaccination drive reaches remote villages

K|Health workers reached 40 remote villages by boat this week, the ministry said.

K|"We urge everyone to sign up for our free vaccination programme," the health minister said.

K|Copyright laws were not the focus of the meeting, officials said, but they were discussed.

K|Reporting by the local radio station first revealed the shortage of vaccines in March.

K|Images by satellite showed the flooded roads that had cut off the villages.

K|Government promises help for the families of those cut off by the floods
K|The interior ministry said each household would receive 50 dollars.

K|The delegations were expected to discuss the delivery of aid to the families still trapped in the north

K|Aid agencies said the mood was constructive but the talks would take time...
"""

INTERVIEW = """
T|Interview: the mayor on the flood defences

K|The mayor spoke to us on Friday about the city's new flood barriers.

K|Q: Why did the barriers fail last winter?
K|A: The pumps were not maintained and the power supply failed during the storm.

K|Q: What has changed?
K|A: We have replaced every pump and installed backup generators.
"""

FRENCH_PAGE = """
X|Accueil / Monde / Séisme au Maroc
T|Séisme au Maroc : au moins 300 morts

K|Un séisme de magnitude 6,8 a frappé le centre du Maroc dans la nuit de vendredi à samedi, faisant au moins 300 morts selon les autorités.

X|Lire aussi : Les secours s'organisent dans la région de Marrakech

K|Les secours poursuivaient leurs recherches samedi dans les villages de montagne.

X|Partager
X|Retour en haut
"""

KICKER_DEK_AND_DATE = """
X|BREAKING NEWS ALERT
T|Wildfire forces thousands from their homes in Greece

K|Strong winds fan flames near Athens as firefighters battle on three fronts
X|Published: 21 August 2023, 14:05
X|* * *

K|Thousands of people were evacuated from suburbs north of Athens on Monday as a wildfire spread towards the capital.

K|Firefighters said the next 24 hours would be critical.
"""

DEV_FIXTURES = {
    "top_furniture": TOP_FURNITURE,
    "bottom_furniture": BOTTOM_FURNITURE,
    "interleaved": INTERLEAVED,
    "wire_style": WIRE_STYLE,
    "bullets": BULLETS,
    "questions_and_quotes": QUESTIONS_AND_QUOTES,
    "hard_wrapped": HARD_WRAPPED,
    "author_box": AUTHOR_BOX,
    "list_and_short_lines": LIST_AND_SHORT_LINES,
    "injected_single": INJECTED_BEFORE_PARAGRAPH_ONLY,
    "mid_article_related_box": MID_ARTICLE_RELATED_BOX,
    "looks_like_furniture_but_is_not": LOOKS_LIKE_FURNITURE_BUT_IS_NOT,
    "interview": INTERVIEW,
    "french_page": FRENCH_PAGE,
    "kicker_dek_and_date": KICKER_DEK_AND_DATE,
}


def parse_fixture(marked: str) -> tuple[str, str | None, list[str], int]:
    """(text, title, kept lines, number of furniture lines) of a marked fixture."""
    text_lines, kept, title, n_furniture = [], [], None, 0
    for line in marked.strip("\n").splitlines():
        if not line.strip():
            text_lines.append("")
            continue
        mark, _, content = line.partition("|")
        assert mark in {"T", "K", "X"}, f"bad mark in {line!r}"
        text_lines.append(content)
        if mark == "T":
            title = content.strip()
        elif mark == "K":
            kept.append(content.strip())
        else:
            n_furniture += 1
    return "\n".join(text_lines), title, kept, n_furniture


@pytest.mark.parametrize("name", sorted(DEV_FIXTURES))
def test_dev_fixture(name: str) -> None:
    text, title, kept, n_furniture = parse_fixture(DEV_FIXTURES[name])
    clean = strip_furniture(text)
    assert clean.body.split("\n\n") == kept
    assert clean.title == title
    assert clean.removed_lines == n_furniture


def test_known_title_is_dropped_even_with_other_spacing() -> None:
    text, title, kept, _ = parse_fixture(KNOWN_TITLE)
    recurring = {line_key("Valley Courier — your window on the valley")}
    clean = strip_furniture(text, recurring=recurring, known_title="Bridge reopens after two-year repair")
    assert clean.title == title
    assert clean.body.split("\n\n") == kept
    assert clean.removed_lines == 4


def test_known_title_matches_a_first_line_that_is_a_sentence() -> None:
    text = "Heavy rain floods the old town.\n\nWater rose to a metre in the main square on Sunday, firefighters said."
    clean = strip_furniture(text, known_title="Heavy rain floods the old town")
    assert clean.title == "Heavy rain floods the old town."
    assert clean.body == "Water rose to a metre in the main square on Sunday, firefighters said."
    assert clean.removed_lines == 0


def test_kept_lines_are_never_altered() -> None:
    text = "  Title of a short story here  \n\n\t  A paragraph   with  odd   spacing, kept as it is.  \n"
    clean = strip_furniture(text)
    assert clean.title == "Title of a short story here"
    assert clean.body == "A paragraph   with  odd   spacing, kept as it is."


def test_empty_and_furniture_only_input() -> None:
    assert strip_furniture("") == CleanText(title=None, body="", removed_lines=0)
    assert strip_furniture("\n  \n") == CleanText(title=None, body="", removed_lines=0)
    only = strip_furniture("Share on Facebook\nBack to top\nAdvertisement")
    assert only.body == "" and only.removed_lines == 3


def test_block_page_is_all_furniture() -> None:
    robot_check = (
        "Access to this site\n\nOur servers saw an unusual number of requests from your network.\n\n"
        "Tick the box to show that you are not a robot.\n\nYour IP address: 198.51.100.23"
    )
    assert strip_furniture(robot_check) == CleanText(title=None, body="", removed_lines=4)
    other_language = "Strona chwilowo niedostępna. Spróbuj ponownie za chwilę. Adres IP klienta: 198.51.100.23"
    assert strip_furniture(other_language).body == ""
    # An article that mentions an address, or is long, is no block page.
    story = "Server moved\n\nThe new server went live on Monday, the admin said: 198.51.100.23"
    assert "The new server went live" in strip_furniture(story).body
    long_story = robot_check + "\n\n" + "The council met on Monday to approve the new budget for schools. " * 12
    assert "The council met" in strip_furniture(long_story).body


def test_paragraph_starting_with_furniture_words_is_kept() -> None:
    text = (
        "Related charges were filed against two other men on Friday, prosecutors said.\n\n"
        "By Monday night, the troops had left the town.\n\n"
        "About 200 people attended the funeral.\n\n"
        "Print and broadcast media were barred from the hearing, which lasted four hours."
    )
    clean = strip_furniture(text)
    assert clean.body.split("\n\n") == [line for line in text.split("\n\n")]
    assert clean.removed_lines == 0


# ---------------------------------------------------------------------------
# recurrence


def test_recurring_short_line_is_removed_long_sentence_is_kept() -> None:
    slogan = "Independent news from the river towns"
    quote = (
        "The mayor has said many times that the council will not raise local taxes before the "
        "next election, whatever the state of the budget."
    )
    text = f"{slogan}\n\nThe ferry service resumed on Monday after a week of repairs, operators said.\n\n{quote}"
    recurring = {line_key(slogan), line_key(quote)}
    clean = strip_furniture(text, recurring=recurring)
    assert slogan not in clean.body
    assert quote in clean.body
    assert clean.removed_lines == 1


def test_line_key_ignores_case_whitespace_digits_and_punctuation() -> None:
    assert line_key("Share  this: 12 Comments") == line_key("SHARE THIS — 3 comments!")
    assert line_key("  Posted on 26/07/2021 ") == line_key("posted on 01.08.2022")
    assert line_key("Back to top") != line_key("Back to the top of the page")
    text = "Posted on 01.08.2022\n\nThe ferry service resumed on Monday after a week of repairs, operators said."
    clean = strip_furniture(text, recurring={line_key("POSTED ON 26/07/2021")})
    assert clean.body.startswith("The ferry") and clean.removed_lines == 1


# ---------------------------------------------------------------------------
# seeds (the test set)


def seeds_dir() -> Path:
    base = os.environ.get("NEWSDESK_DATASETS")
    root = Path(base) if base else Path(__file__).resolve().parents[2] / "shared" / "datasets"
    return root / "seeds"


SEEDS = ["000_afghanistantimes.txt", "002_machine_translated.txt"]


@pytest.mark.parametrize("name", SEEDS)
def test_seed_article(name: str) -> None:
    folder = seeds_dir()
    if not (folder / name).is_file() or not (folder / "expected.json").is_file():
        pytest.skip(f"seed {name} or expected.json not found in {folder} (set NEWSDESK_DATASETS)")
    labels = json.loads((folder / "expected.json").read_text(encoding="utf-8"))["articles"][name]
    lines = (folder / name).read_text(encoding="utf-8").splitlines()
    clean = strip_furniture("\n".join(lines))
    body = clean.body.split("\n\n")

    def line(no: int) -> str:
        return lines[no - 1].strip()

    assert clean.title == line(labels["title_line"])
    assert line(labels["title_line"]) not in body
    wanted = sorted(labels["content_lines"] + labels.get("subheading_lines", []))
    assert body == [line(no) for no in wanted]  # all content, in order, nothing else
    for no in labels["furniture_lines"]:
        assert line(int(no)) not in body, f"furniture line {no} kept"
    # line 5 of seed 000 ("AT News", a desk label) is counted as furniture
    assert clean.removed_lines == len(labels["furniture_lines"])


@pytest.mark.parametrize("layout", ["blank_between_all", "no_blank_lines", "crlf", "known_title"])
@pytest.mark.parametrize("name", SEEDS)
def test_seed_article_in_other_layouts(name: str, layout: str) -> None:
    """The same page flattened differently: the labels must still hold."""
    folder = seeds_dir()
    if not (folder / name).is_file() or not (folder / "expected.json").is_file():
        pytest.skip(f"seed {name} or expected.json not found in {folder} (set NEWSDESK_DATASETS)")
    labels = json.loads((folder / "expected.json").read_text(encoding="utf-8"))["articles"][name]
    lines = (folder / name).read_text(encoding="utf-8").splitlines()
    nonblank = [line for line in lines if line.strip()]
    title = lines[labels["title_line"] - 1].strip()
    known = None
    if layout == "blank_between_all":
        text = "\n\n".join(nonblank)
    elif layout == "no_blank_lines":
        text = "\n".join(nonblank)
    elif layout == "crlf":
        text = "\r\n".join(lines)
    else:
        text, known = "\n".join(lines), title.upper()
    clean = strip_furniture(text, known_title=known)
    wanted = sorted(labels["content_lines"] + labels.get("subheading_lines", []))
    assert clean.body.split("\n\n") == [lines[no - 1].strip() for no in wanted]
    assert clean.title == title
    assert clean.removed_lines == len(labels["furniture_lines"])


# ---------------------------------------------------------------------------
# a long page


def composite_page() -> str:
    """~560 words, 52 lines: several dev fixtures run together under one headline."""

    def without_title(marked: str) -> str:
        return "\n".join(line for line in marked.strip("\n").splitlines() if not line.startswith("T|"))

    rest = (INTERLEAVED, WIRE_STYLE, QUESTIONS_AND_QUOTES, BOTTOM_FURNITURE)
    return TOP_FURNITURE.strip("\n") + "\n\n" + "\n\n".join(without_title(m) for m in rest)


def test_composite_page() -> None:
    text, title, kept, n_furniture = parse_fixture(composite_page())
    clean = strip_furniture(text)
    assert clean.title == title
    assert clean.body.split("\n\n") == kept
    assert clean.removed_lines == n_furniture



def test_web_address_broken_by_spaces_is_a_link_not_the_title() -> None:
    text = (
        "http:// www. valleycourier. example/2019/03/river-bridge-reopens-after-repair. html\n"
        "River bridge reopens after repair\n"
        "The old river bridge reopened to traffic on Monday after two years of repair work, the council said.\n"
        "Buses will use it again from next week."
    )
    clean = strip_furniture(text)
    assert clean.title == "River bridge reopens after repair"
    assert clean.body.startswith("The old river bridge reopened")
    assert clean.removed_lines == 1


def test_sentence_naming_a_web_address_is_kept() -> None:
    line = "Readers can find the full report at www.valleycourier.example/report, the council said."
    clean = strip_furniture("Council publishes flood report\n" + line)
    assert clean.body == line


def test_a_dateline_on_its_own_line_is_no_title() -> None:
    text = ("WEST PALM BEACH, Fla. —\nThe mayor opened the new harbour bridge on Tuesday after two years of repairs, "
            "officials said.\n\nTraffic is expected to return to normal by the end of the week, the city added.")
    clean = strip_furniture(text)
    assert clean.title is None
    assert clean.body.startswith("WEST PALM BEACH, Fla. —")


def test_a_truncated_teaser_under_an_inline_related_link_goes_with_it() -> None:
    text = (
        "Storm closes the coast road\n\n"
        "The coast road was closed on Friday after waves threw rocks onto it, the county said.\n\n"
        "Related: Ferry services cancelled as storm nears the islands\n\n"
        "Harbour officials say two crossings were called off and a third is in doubt after…\n\n"
        "Crews expect to reopen the road by Monday if the wind drops."
    )
    clean = strip_furniture(text)
    assert clean.body.split("\n\n") == [
        "The coast road was closed on Friday after waves threw rocks onto it, the county said.",
        "Crews expect to reopen the road by Monday if the wind drops.",
    ]
    assert clean.removed_lines == 2


def test_a_plain_headline_sharing_no_word_with_the_story_below_is_injected() -> None:
    text = (
        "Bridge reopens after two-year repair\n"
        "The old river bridge reopened to traffic on Friday after a repair that took two years, the council said.\n"
        "Crews replaced the deck and two of the piers.\n"
        "Police arrest three men after a pharmacy break-in\n"
        "Drivers will pay no toll until the end of the month, the council added.\n"
    )
    clean = strip_furniture(text)
    assert "Police arrest" not in clean.body
    assert clean.body.count("\n\n") == 2  # the three paragraphs of the story stay


def test_an_advert_pitch_ending_in_a_call_to_action_goes() -> None:
    text = (
        "Bridge reopens after two-year repair\n\n"
        "The old river bridge reopened to traffic on Friday after a repair that took two years, the council said.\n\n"
        "Savers are flocking to this new budgeting app - sign up free today!\n"
    )
    clean = strip_furniture(text)
    assert clean.body == ("The old river bridge reopened to traffic on Friday after a repair that took two years, "
                          "the council said.")


def test_line_breaks_written_out_as_backslash_n_are_read_as_breaks() -> None:
    # text escaped twice on its way: each paragraph ends with the two characters "\n" before the real break
    text = ("Harbour ferry runs aground in fog \\n Passengers waited on deck for three hours. \\n\n\n"
            "The coast guard said nobody was hurt and tugs freed the ferry at high tide. \\n\n")
    article = clean_item(RawItem(id="esc", origin="test", text=text))
    assert article.title == "Harbour ferry runs aground in fog"
    assert "\\n" not in article.text
    assert article.text.startswith("Passengers waited on deck for three hours.")
    assert candidate_line_keys(text) == candidate_line_keys(text.replace(" \\n", "\n"))
