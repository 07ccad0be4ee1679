"""Run every finder over an article and attach attribution, polarity and background.

>>> from newsdesk.model import Article
>>> article = Article(id="a1", language="en", published="2021-07-26", text=(
...     "At least 46 Afghan soldiers crossed into Pakistan on Sunday night, the Pakistani army said. "
...     "In a similar incident on July 1, 35 soldiers crossed."))
>>> claims = extract_claims(article)
>>> all(c.quote == article.text[c.start:c.end] for c in claims)
True
>>> [(c.quote, c.background) for c in claims if c.kind == "count"]
[('At least 46 Afghan soldiers', False), ('35 soldiers', True)]
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from typing import TypeVar

from newsdesk.clean.furniture import leading_dateline
from newsdesk.facts.actions import ACTION_CUE, find_actions
from newsdesk.facts.actors import actor_name, find_actors, is_force_name
from newsdesk.facts.background import background_sentences
from newsdesk.facts.counts import find_counts, needs_parse
from newsdesk.facts.document import FactText, Finding, Sentence
from newsdesk.facts.nlp import parse
from newsdesk.facts.numbers import Amount, find_amounts
from newsdesk.facts.places import FOREIGN_ARTICLES, find_places
from newsdesk.facts.statements import REPORTING_CUE, attribution_by_sentence, covering_statement, find_statements
from newsdesk.facts.times import TimeMention, find_times, time_mentions
from newsdesk.model import Article, ArticleClaim
from newsdesk.places.outlets import OutletHome

_Spanned = TypeVar("_Spanned", Amount, Finding)
_DATELINE = re.compile(r"\s*(?:,\s*\w[\w .]*)?\s*(?:\([^)]{1,40}\)\s*)?[:—–-]")
# The place and comma that open a line before a dateline's date ("BOGOTA, " in "BOGOTA, March 11 (Reuters) -"),
# within the article's first lines.
_DATELINE_PLACE = re.compile(r"(?:^|\n)[^\S\n]*[A-Z][\w.,'’ -]{0,40},[^\S\n]*$")
_DATELINE_REACH = 300
_STATEMENT_CHARS = 200
_PRONOUNS = frozenset("it he she they we i you this that him her them us me".split())
_SAID_BEFORE = re.compile(r"\b(?:said|says|announced|told\s+\w+|reported|confirmed|stated)\s*$", re.IGNORECASE)


def extract_claims(article: Article) -> list[ArticleClaim]:
    """Every claim of one article, in text order (claims.jsonl lines)."""
    fact_text = _fact_text(article)
    return [_claim(article, finding) for finding in extract_findings(fact_text)]


def extract_claims_of(articles: list[Article], homes: Mapping[str, OutletHome] | None = None,
                      ) -> list[list[ArticleClaim] | Exception]:
    """The claims of each article, or the error that stopped its extraction.

    The sentences all the articles need parsed go through spaCy in one batch,
    which costs about a fifth less than article by article. An error in one
    article is returned in its place; the others are not affected. ``homes``:
    article id -> its outlet's learned home country and beat (:mod:`newsdesk.places.outlets`).

    >>> from newsdesk.model import Article
    >>> articles = [Article(id="a", language="en", text="Two people were killed in Lyon."),
    ...             Article(id="b", language="en", text="Nothing happened.")]
    >>> [[c.quote for c in claims] for claims in extract_claims_of(articles)]
    [['Two people', 'Lyon'], []]
    """
    prepared: list[tuple[FactText, list[Amount]] | Exception] = []
    for article in articles:
        try:
            fact_text = _fact_text(article, (homes or {}).get(article.id) or OutletHome())
            prepared.append((fact_text, find_amounts(fact_text.text, fact_text.language)))
        except Exception as err:  # noqa: BLE001 - reported in the article's place
            prepared.append(err)
    ready = [p for p in prepared if not isinstance(p, Exception)]
    try:
        _parse_relevant_sentences(ready)
    except Exception:  # noqa: BLE001 - one text spaCy cannot take: each article parses its own below
        pass
    results: list[list[ArticleClaim] | Exception] = []
    for article, item in zip(articles, prepared):
        if isinstance(item, Exception):
            results.append(item)
            continue
        try:
            results.append([_claim(article, f) for f in extract_findings(*item)])
        except Exception as err:  # noqa: BLE001 - reported in the article's place
            results.append(err)
    return results


def extract_findings(fact_text: FactText, amounts: list[Amount] | None = None) -> list[Finding]:
    """All findings of one article with attribution, polarity and background set.

    ``amounts`` are the text's :func:`find_amounts` when the caller has them already.
    """
    if amounts is None:
        amounts = find_amounts(fact_text.text, fact_text.language)
    _parse_relevant_sentences([(fact_text, amounts)])
    mentions = time_mentions(fact_text.text, fact_text.published, fact_text.language)
    amounts = _outside_dates(amounts, mentions)
    background = background_sentences(fact_text, mentions)
    places = _outside_dates(find_places(fact_text), mentions)
    statements = find_statements(fact_text)
    actors = _not_places(fact_text.text, find_actors(fact_text, main_country=_main_country(places)), places)
    findings = [*find_counts(fact_text, amounts), *places, *find_times(fact_text, mentions), *actors,
                *find_actions(fact_text)]
    covering = attribution_by_sentence(fact_text, statements)  # resolves "the statement said" first
    statements = [s for s in statements if not _is_pronoun(s.subject)]
    covering = {i: named for i, said in covering.items() if (named := [s for s in said if not _is_pronoun(s.subject)])}
    for statement in statements:
        statement.value = _speaker_actor(fact_text, statement, actors)
    findings += statements
    _mark_statement_times(fact_text, findings)
    _mark_datelines(fact_text, findings)
    speaking = {id(statement) for statement in statements}
    for finding in findings:
        index = fact_text.sentence_index(finding.start)
        finding.background = index in background
        if id(finding) in speaking:  # a statement is its own speaker's, whoever else the sentence quotes
            finding.attributed_to = finding.subject
        elif (statement := covering_statement(covering.get(index, []), finding.start)) is not None:
            finding.attributed_to = statement.subject
            if finding.kind == "count":  # a denial denies what is claimed, not the names around it
                finding.polarity = statement.polarity
    for statement in statements:  # what was said: the statement's sentence, shortened
        sentence = fact_text.sentences[fact_text.sentence_index(statement.start)].text
        statement.subject = sentence if len(sentence) <= _STATEMENT_CHARS else sentence[:_STATEMENT_CHARS - 1] + "…"
    findings.sort(key=lambda f: (f.start, f.end, f.kind))
    return findings


def _outside_dates(items: list[_Spanned], mentions: list[TimeMention]) -> list[_Spanned]:
    """Amounts and places not inside a date: a number there is the date's day ("3 марта", "3 مارس"), a name
    its month ("3 Mart'ta"); the time finder knows the month names of every language, the amount and place
    finders only those of a few."""
    dates = [(m.start, m.end) for m in mentions]
    return [item for item, (start, end) in zip(items, map(_span, items))
            if not any(first <= start and end <= last for first, last in dates)]


def _span(item: Amount | Finding) -> tuple[int, int]:
    return (item.number_start, item.number_end) if isinstance(item, Amount) else (item.start, item.end)


def _is_pronoun(name: str) -> bool:
    """A speaker left a pronoun (none named before it); "US" is a country."""
    return name.lower() in _PRONOUNS and not (len(name) > 1 and name.isupper())


def _not_places(text: str, actors: list[Finding], places: list[Finding]) -> list[Finding]:
    """Drop actors that are only a place's name as written ("Lyon" that the entity recogniser took for an
    organisation); a name the actor finder normalised ("Kabul" -> a government) stays."""
    toponyms = {tuple(p.value.get("toponym_span") or (p.start, p.end)) for p in places if isinstance(p.value, dict)}
    return [a for a in actors if a.value != text[a.start:a.end] or not toponyms & {(a.start, a.end), _name_span(text, a)}]


_LEADING_ARTICLE = re.compile(rf"(?:The|{FOREIGN_ARTICLES})\s+")


def _name_span(text: str, finding: Finding) -> tuple[int, int]:
    """A finding's span less a leading article: the entity recogniser's "La Paca" is the place finder's "Paca"."""
    article = _LEADING_ARTICLE.match(text, finding.start, finding.end)
    return (article.end() if article else finding.start), finding.end


def _speaker_actor(fact_text: FactText, statement: Finding, actors: list[Finding]) -> str:
    """The normalised name of who made a statement.

    A state force named in the speaker phrase wins ("ISPR media wing of the
    Pakistani army" speaks for the army); else the first actor found in the
    statement's span ("the military", resolved by the actor finder); else the
    actor of the same sentence written as the speaker is (the "army" of "The
    army denied ... and said ...", whose "said" spans the verb only); else the
    speaker as written.
    """
    named = actor_name(statement.subject)
    if is_force_name(named):
        return named
    inside = [a for a in actors if statement.start <= a.start and a.end <= statement.end]
    if inside:
        return _named_by_apposition(fact_text.text, inside).value
    text, sentence = fact_text.text, fact_text.sentence_index(statement.start)
    speaker = statement.subject.lower()
    same = [a for a in actors if fact_text.sentence_index(a.start) == sentence
            and text[slice(*_name_span(text, a))].lower() == speaker]
    return same[0].value if same else named


def _named_by_apposition(text: str, inside: list[Finding]) -> Finding:
    """The first of the actors in a speaker phrase, unless it only qualifies an organisation named after it
    ("the UN refugee agency UNHCR", "the UN children's agency UNICEF": UNHCR and UNICEF speak)."""
    first = inside[0]
    for later in inside[1:]:
        if first.subject == later.subject == "organisation" \
                and _QUALIFIED_BODY_BETWEEN.fullmatch(text, first.end, later.start) is not None:
            return later
    return first


# What lies between an organisation and the body of it named in apposition: lower-case words only, none a
# conjunction or preposition ("the UN and the EU said" are two speakers).
_QUALIFIED_BODY_BETWEEN = re.compile(
    r"(?:['’]s)?(?:\s+(?!(?:and|or|nor|of|with|to|for|by|from|as|but|the|in|on|at)\b)[a-z][\w'’-]*)+\s+")


def _mark_statement_times(fact_text: FactText, findings: list[Finding]) -> None:
    """"said on Monday": that is when it was said, not when it happened."""
    for finding in findings:
        if finding.kind == "time" and _SAID_BEFORE.search(fact_text.text, max(0, finding.start - 40), finding.start):
            finding.subject = "when it was said"


def _mark_datelines(fact_text: FactText, findings: list[Finding]) -> None:
    """"KABUL: ..." or "PARIS (Reuters) -" open a wire story: where it was filed, not where it happened; so
    does the date of "BOGOTA, March 11 (Reuters) -": when it was filed. A line that opens with a dateline in
    capitals further down ("WASHINGTON —" after a video's blurb) is the story's opening too."""
    text = fact_text.text
    for finding in findings:
        if finding.kind == "place" and (_DATELINE.match(text, finding.end) and not text[:finding.start].strip()
                                        or _in_line_dateline(text, finding.start, finding.end)):
            finding.subject = "dateline"
        elif finding.kind == "time" and finding.start < _DATELINE_REACH and _DATELINE.match(text, finding.end) \
                and _DATELINE_PLACE.search(text, 0, finding.start):
            finding.subject = "dateline"


def _in_line_dateline(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` lies in a dateline in capitals that opens its line ("WASHINGTON —")."""
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip():
        return False
    length = leading_dateline(text[line_start:end + _DATELINE_REACH])
    return length > 0 and end <= line_start + length


def _parse_relevant_sentences(texts: list[tuple[FactText, list[Amount]]]) -> None:
    """Parse, in one batch, the English sentences the finders will read in ``texts`` (with their amounts).

    Sentences with an amount that may count something or a role word get the
    whole pipeline; those with only a reporting verb or a verb of giving or
    disposing (``ACTION_CUE``) are parsed without the entity recogniser (its
    own tok2vec costs as much as the tagger's and parser's), which their
    finders do not need. Parsing every sentence would cost more than every
    other step of the desk together.
    """
    full: list[Sentence] = []
    light: list[Sentence] = []
    for fact_text, amounts in texts:
        if fact_text.language != "en":
            continue
        per_sentence: dict[int, list[Amount]] = {}
        for amount in amounts:
            per_sentence.setdefault(fact_text.sentence_index(amount.number_start), []).append(amount)
        for i, sentence in enumerate(fact_text.sentences):
            if sentence.parsed is not None:
                continue
            if needs_parse(sentence, per_sentence.get(i, [])):
                full.append(sentence)
            elif REPORTING_CUE.search(sentence.text) or ACTION_CUE.search(sentence.text):
                light.append(sentence)
    if not full and not light:
        return
    # a sentence that recurs in the batch (wire copy, boilerplate) is parsed once; its finders only read the Doc
    distinct = list(dict.fromkeys([(s.text, True) for s in full] + [(s.text, False) for s in light]))
    docs = dict(zip(distinct, parse([text for text, _ in distinct], [entities for _, entities in distinct])))
    for sentence in full:
        sentence.parsed = docs[sentence.text, True]
    for sentence in light:
        sentence.parsed = docs[sentence.text, False]


def _fact_text(article: Article, home: OutletHome = OutletHome()) -> FactText:
    return FactText.of(article.id, article.text, language=article.language, published=article.published,
                       source=article.source, home_country=home.country, home_beat=home.beat)


def _main_country(places: list[Finding]) -> str | None:
    """The country the article's places lie in most often (for actors the text leaves unplaced).

    Places inside a country count before countries named as such: "migrants from Afghanistan arrived in
    Kilkis" happens in Greece.
    """
    placed = [p.value for p in places if isinstance(p.value, dict) and p.value.get("country")]
    inside = [value for value in placed if value.get("contained_in")]
    countries = Counter(value["country"] for value in inside or placed)
    return countries.most_common(1)[0][0] if countries else None


def _claim(article: Article, finding: Finding) -> ArticleClaim:
    return ArticleClaim(
        article_id=article.id, kind=finding.kind, subject=finding.subject, value=finding.value,
        start=finding.start, end=finding.end, quote=article.text[finding.start:finding.end],
        attributed_to=finding.attributed_to, polarity=finding.polarity, background=finding.background,
    )
