"""Statements: who the article says said something, and who denied it.

A sentence such as "Pakistan army said in a statement that ..." or "According
to ISPR, ..." yields a ``statement`` finding whose span is the attribution
phrase and whose subject is the speaker; the speaker becomes the
``attributed_to`` of the other claims of the clause the statement covers: the
whole sentence for a main verb or an "according to" phrase, the verb's own
clause for one embedded in it ("Mr. Ghosn, who denied the charges, fled";
see :func:`covering_statement`). "Kabul denied that ..." gives polarity
``denies``; "denied bail" or "rejected an amendment" is a decision, no
statement; "did not say" and "nobody is telling" are none. English sentences
are read with the spaCy parse (the subject of a reporting verb, its agent, a
relative pronoun's antecedent, the speaker of the verb a participle or a
joined verb hangs on: "..., saying", "admitted ... but denied"; "he" and
"she" resolved to the speaker or person named before them); French,
Spanish, Italian, German, Polish and Russian by the verb tables and patterns
of :mod:`newsdesk.facts.reported_speech` ("Le ministre a démenti" ->
``denies``); every language by "according to" and its translations.

>>> from newsdesk.facts.document import FactText
>>> text = "Pakistan army said in a statement that 46 soldiers crossed. Kabul denied the report."
>>> [(text[f.start:f.end], f.subject, f.polarity) for f in find_statements(FactText.of("a", text, language="en"))]
[('Pakistan army said in a statement', 'Pakistan army', 'asserts'), ('Kabul denied', 'Kabul', 'denies')]
"""

from __future__ import annotations

import math
import re
from typing import TYPE_CHECKING

from newsdesk.facts.document import FactText, Finding, Sentence
from newsdesk.facts.nlp import parse, recognise_entities, tokens_among
from newsdesk.facts.reported_speech import calendar_words, cited_source, speaks, speech_cue, speech_in

if TYPE_CHECKING:
    from spacy.tokens import Doc

_REPORTING = frozenset(
    "say says said tell tells told report reports reported announce announces announced confirm confirms "
    "confirmed claim claims claimed state states stated add adds added quote quoted note noted insist "
    "insisted warn warned allege alleged".split()
)
_DENYING = frozenset("deny denies denied denying reject rejects rejected rejecting dismiss dismisses dismissed "
                     "dismissing refute refuted refuting".split())
# Verbs that report only when they put forward what was said ("Davies wrote that ...", "he admitted he had
# lied"), not with a thing as object ("wrote a book", "the hospital admitted 30 patients").
_CONTENT_VERBS = frozenset(
    "write writes wrote concede concedes conceded admit admits admitted acknowledge acknowledges acknowledged "
    "explain explains explained testify testifies testified tweet tweets tweeted argue argues argued reveal "
    "reveals revealed disclose discloses disclosed declare declares declared".split())
# Verbs that own up to something: their object is what they admit ("admitted firing", "acknowledged his
# involvement"), unless it is counted ("the hospital admitted 30 patients").
_ADMITTING = frozenset("concede concedes conceded admit admits admitted acknowledge acknowledges acknowledged".split())
# Participles whose speaker stands elsewhere ("quoted the governor as saying", "issued a statement saying", "...,
# saying that ...": the subject of the verb they qualify).
_SAYING = frozenset("saying telling".split())
# Participles of verbs that report only with content, as ``_CONTENT_VERBS`` ("adding that ...", not "adding
# Rory to the mix").
_CONTENT_PARTICIPLES = frozenset("adding admitting insisting claiming warning".split())
# "put the death toll at 31": a verb that reports only a figure, with the figure's noun as object.
_ESTIMATING = frozenset("put puts putting".split())
_FIGURE_NOUNS = frozenset("toll number figure count tally".split())
_SPEECH_VERBS = _REPORTING | _DENYING | _CONTENT_VERBS | _SAYING | _CONTENT_PARTICIPLES | _ESTIMATING
REPORTING_CUE = re.compile(
    r"(?i)\b(?:says?|said|saying|told|tells|telling|reported|reports|announce[sd]?|confirm(?:s|ed)?|"
    r"claim(?:s|ed|ing)|stated|add(?:ed|ing)|quoted|insist(?:s|ed|ing)|warn(?:s|ed|ing)|alleged|"
    r"den(?:y|ies|ied|ying)|reject(?:s|ed|ing)?|dismiss(?:es|ed|ing)?|refut(?:ed|ing)|wr(?:ote|ites?)|"
    r"conced(?:e[sd]?)|admit(?:s|ted|ting)?|acknowledge[sd]?|explain(?:s|ed)?|"
    r"testif(?:y|ies|ied)|tweet(?:s|ed)|argue[sd]?|reveal(?:s|ed)?|disclose[sd]?|declare[sd]?|"
    r"put(?:s|ting)?\s+(?:the\s+|its\s+|their\s+)?(?:death\s+|casualty\s+)?(?:toll|number|figure|count|tally)|"
    r"according\s+to|według|по\s+словам|по\s+данным|"
    r"selon|según|segun|laut|secondo|segundo|a\s+déclaré|a\s+affirmé|dijo|afirmó|declaró|sagte|erklärte)\b"
)
# The source ends at punctuation, but not at the periods of an initialism ("a U.N. report").
_ACCORDING = re.compile(
    r"(?i)\b(?:according\s+to|selon|según|segun|laut|secondo|segundo)\s+"
    r"(?:(?:a|an|the)\s+(?:statement|report|communiqué|press\s+release|spokes(?:man|woman|person))\s+"
    r"(?:from|by|of|issued\s+by)\s+)?(?P<who>(?:[^,.;:–—]|(?<=\b\w)\.){2,120}?)(?=\s+-\s|[,;:–—]|(?<!\b\w)\.|$)"
)
# "according to" in each language read by reported_speech's patterns, its source named after it. Not Polish
# "zdaniem" ("jego zdaniem" puts the source before it) nor Russian "согласно" (mostly laws and rules).
_CITING = {language: re.compile(r"(?i)(?<!\w)(?:" + words + r")\s+") for language, words in {
    "fr": "selon", "es": "según|segun", "it": "secondo", "de": "laut", "pl": "według",
    "ru": r"по\s+словам|по\s+данным"}.items()}
# "il secondo turno", "di secondo grado", "o segundo turno", "em segundo lugar": the Italian or Portuguese ordinal,
# not "according to".
_ORDINAL_SECONDO = re.compile(r"(?i)(?<!\w)(?:il|un|nel|del|al|dal|sul|di|lo|o|um|no|do|ao|pelo|em|seu|sua|este|"
                              r"esse|neste|nesse)\s+$")
_ANAPHORIC = frozenset("he she they it him her them statement spokesman spokeswoman spokesperson official group "
                       "organisation organization agency network charity monitor watchdog".split())
_DETERMINERS = re.compile(r"(?i)^(?:the|a|an)\s+")


def _with_plurals(words: str) -> frozenset[str]:
    """The words and their regular plurals (the pipeline runs no lemmatiser)."""
    singular = words.split()
    return frozenset(singular + [w[:-1] + "ies" if w.endswith("y") else w + "s" for w in singular])


_RELATIVE_PRONOUNS = frozenset("who which that whose whom".split())
# "said the ministry in a statement on Monday": the occasion, not part of the speaker.
_OCCASION_PREPOSITIONS = frozenset("in during on at".split())
_OCCASIONS = _with_plurals("statement interview briefing conference release communique post tweet video message "
                           "letter speech broadcast address session hearing meeting")
# A quotation closed between a subject and its verb: the subject is inside what was said.
_QUOTE_END = re.compile(r"[,.!?]?[”\"’'](?=\s)")
_QUOTE_CLOSED = re.compile(r"[,.!?][\"”’']|[\"”’'][,.!?]")
# "made him say": an object pronoun is the subject of a bare infinitive, not someone the article quotes.
_OBJECT_PRONOUNS = frozenset("him her them me us".split())
# What "reject", "dismiss" or "refute" must have as object to deny something said.
_SAID_NOUNS = _with_plurals(
    "claim allegation accusation charge report rumour rumor suggestion assertion speculation notion idea "
    "criticism account story statement involvement responsibility wrongdoing concern fear it this that")
# What "deny" withholds when it refuses a request rather than denying something said.
_ASKED_FOR = _with_plurals(
    "request bail motion appeal application petition permission access entry visa bid attempt plea parole "
    "licence license asylum offer")


def find_statements(fact_text: FactText) -> list[Finding]:
    """Attribution and denial phrases of every sentence, in text order."""
    findings: list[Finding] = []
    for sentence in fact_text.sentences:
        if REPORTING_CUE.search(sentence.text) or \
                (speaks(sentence.language) and speech_cue(sentence.language).search(sentence.text)):
            findings.extend(_sentence_statements(sentence))
    return findings


def attribution_by_sentence(fact_text: FactText, statements: list[Finding]) -> dict[int, list[Finding]]:
    """Sentence index -> its statements in text order (see :func:`covering_statement`).

    "The statement said", "the group said" or "he said" take the speaker of
    the latest named statement before them; "he" and "she" that of the latest one speaking for one
    ("Hansbrough", not "officials" or "Nixon and his aides"), unless a sentence
    stands between them: then the person the text names last before the pronoun
    (see :func:`_person_named_before`).
    """
    covering: dict[int, list[Finding]] = {}
    latest: Finding | None = None
    latest_one: Finding | None = None
    with_entities: dict[int, Doc] = {}  # sentence index -> its parse with entities, made once per article
    for statement in sorted(statements, key=lambda s: s.start):
        index = fact_text.sentence_index(statement.start)
        pronoun = statement.subject.lower()
        if pronoun in _ANAPHORIC:
            named = latest_one if pronoun in ("he", "she") else latest
            since = -1 if named is None else fact_text.sentence_index(named.start)
            person = _person_named_before(fact_text, statement, since, with_entities) \
                if pronoun in ("he", "she") else None
            if person is not None:
                statement.subject = person
            elif named is not None:
                statement.subject = named.subject
        else:
            latest = statement
            if not _speaks_for_many(statement.subject):
                latest_one = statement
        covering.setdefault(index, []).append(statement)
    return covering


# How far back "he" or "she" is looked for among the names of people, in sentences.
_PRONOUN_REACH = 3


def _person_named_before(fact_text: FactText, statement: Finding, since: int,
                         with_entities: dict[int, Doc]) -> str | None:
    """The person "he" or "she" stands for when sentences stand between it and the latest named speaker (in
    sentence ``since``): the first person named in its own sentence before it ("Nichols stole the truck, where
    he said"), else in the nearest sentence before that names one ("... Yanis Varoufakis, did not go to work.
    But he rode into the city. '...,' he said"), back to that speaker's sentence and ``_PRONOUN_REACH``
    sentences at most. The first person of a sentence is most often its subject, the likeliest antecedent.
    ``with_entities`` keeps the parses with entities made for the article's earlier pronouns.
    """
    index = fact_text.sentence_index(statement.start)
    if since >= index - 1:
        return None
    indices = range(max(since + 1, index - _PRONOUN_REACH), index + 1)
    if any(fact_text.sentences[i].language != "en" for i in indices):
        return None
    _add_entities(fact_text, [i for i in indices if i not in with_entities], with_entities)
    for i in reversed(indices):
        sentence, doc = fact_text.sentences[i], with_entities[i]
        people = [entity for entity in doc.ents if entity.label_ == "PERSON"
                  and sentence.start + entity.end_char <= statement.start and _may_speak(sentence, entity)]
        if people:
            return _speaker_name(people[0].text)
    return None


def _may_speak(sentence: Sentence, entity) -> bool:
    """A name outside quotation marks (one the sentence opens, or closes after an earlier one opened it) and
    not a possessive ("Scindia's ideology")."""
    text = sentence.text
    quoted = _inside_a_quotation(text, entity.start_char) or (
        not any(mark in text[:entity.start_char] for mark in "\"“”") and _QUOTE_CLOSED.search(text, entity.end_char))
    possessive = any(token.tag_ == "POS" for token in entity.doc[entity.start:entity.end + 1])
    return not quoted and not possessive


def _add_entities(fact_text: FactText, indices: list[int], with_entities: dict[int, Doc]) -> None:
    """Parses with named entities of the sentences at ``indices``. A parse made without them is copied first: the
    batch shares one parse among the copies of a sentence, and another article's finders must not see entities
    appear."""
    sentences = [fact_text.sentences[i] for i in indices]
    unparsed = [sentence.text for sentence in sentences if sentence.parsed is None]
    fresh = iter(parse(unparsed, [True] * len(unparsed)))
    docs = [next(fresh) if sentence.parsed is None else sentence.parsed for sentence in sentences]
    docs = [doc if doc.has_annotation("ENT_IOB") else doc.copy() for doc in docs]
    recognise_entities(docs)
    with_entities.update(zip(indices, docs))


def _speaks_for_many(speaker: str) -> bool:
    """A plural speaker, by the ending of the last word of its name: "officials", "victims' relatives", "Nixon and
    his aides". A capitalised word is left alone: the parse tags "Davies" and "Timmons" plural as it does
    "Officials"."""
    last = speaker.replace("'", " ").split()[-1]
    return last.islower() and last.endswith("s") and not last.endswith("ss")


def covering_statement(statements: list[Finding], start: int) -> Finding | None:
    """Of one sentence's statements, the one that covers a claim at ``start``: of those whose clause holds it
    (an "according to" phrase holds the whole sentence), the innermost ("the outlet reported ..., and the
    label denied that 2 stars ..." -> the label); None when it lies outside all of them ("claims denied by
    the Vatican, and four statues were seized").

    >>> said = Finding("statement", "outlet", "", 0, 20, reach=(0, 100))
    >>> denied = Finding("statement", "label", "", 40, 60, reach=(40, 100))
    >>> covering_statement([said, denied], 70).subject, covering_statement([said, denied], 30).subject
    ('label', 'outlet')
    >>> covering_statement([denied], 30) is None
    True
    """
    holding = [s for s in statements if s.reach is None or s.reach[0] <= start < s.reach[1]]
    if not holding:
        return None
    return min(holding, key=lambda s: (s.reach[1] - s.reach[0], -s.start) if s.reach else (math.inf, -s.start))


def _sentence_statements(sentence: Sentence) -> list[Finding]:
    doc = sentence.doc()
    if doc is None and speaks(sentence.language):
        found = _cited_sources(sentence)
    else:
        found = [_according_to(sentence, m, doc) for m in _ACCORDING.finditer(sentence.text)
                 if not _ORDINAL_SECONDO.search(sentence.text, 0, m.start())]
    taken = [(f.start, f.end) for f in found]
    if doc is not None:
        found.extend(_parsed_statements(sentence, doc, taken))
    elif speaks(sentence.language):
        found.extend(_patterned_statements(sentence, taken))
    return found


def _patterned_statements(sentence: Sentence, taken: list[tuple[int, int]]) -> list[Finding]:
    """Statements of a language without a parse, from its verb table ("a déclaré le ministre")."""
    found = []
    for speech in speech_in(sentence.text, sentence.language):
        start, end = sentence.start + speech.start, sentence.start + speech.end
        if not any(start < b and a < end for a, b in taken):
            found.append(Finding("statement", speech.speaker, sentence.text, start, end,
                                 polarity="denies" if speech.denies else "asserts"))
    return found


def _cited_sources(sentence: Sentence) -> list[Finding]:
    """The "according to" statements of a sentence read by patterns ("laut Medienberichten am Samstag" ->
    "Medienberichten"): the source ends where a speaker's name ends; nothing when no plain noun phrase follows."""
    found = []
    for match in _CITING[sentence.language].finditer(sentence.text):
        if sentence.language == "it" and _ORDINAL_SECONDO.search(sentence.text, 0, match.start()):
            continue
        after_comma = sentence.text[:match.start()].rstrip().endswith(",")
        span = cited_source(sentence.text[match.end():], sentence.language, closes_sentence=after_comma)
        if span is not None:
            start, end = sentence.start + match.end() + span[0], sentence.start + match.end() + span[1]
            found.append(Finding("statement", sentence.text[match.end() + span[0]:match.end() + span[1]],
                                 sentence.text, start, end))
    return found


def _according_to(sentence: Sentence, match: re.Match, doc) -> Finding:
    written = match["who"]
    if doc is not None:  # the noun phrase the parse gives, where punctuation does not end it
        written = written[:_noun_phrase_end(doc, match.start("who"), match.end("who")) - match.start("who")]
    who = _DETERMINERS.sub("", written).strip()
    start = sentence.start + match.start("who") + written.index(who)
    return Finding("statement", _speaker_name(who), sentence.text, start, start + len(who))


def _parsed_statements(sentence: Sentence, doc, taken: list[tuple[int, int]]) -> list[Finding]:
    found = []
    for token in tokens_among(doc, _SPEECH_VERBS):
        if token.pos_ not in ("VERB", "AUX"):
            continue
        if _inside_a_quotation(sentence.text, token.idx):
            continue  # "No matter how much others say we cannot," he said: words quoted, not an attribution
        if _says_nothing(token):
            continue
        speaker = _speaker_of(token)
        if speaker is None or (speaker.tag_ == "PRP" and speaker.lower_ in _OBJECT_PRONOUNS):
            continue
        denying = token.lower_ in _DENYING
        if denying and not _denies_a_claim(token):
            continue  # "denied bail", "rejected an amendment": a decision, not a denial of what was said
        phrase_start, phrase_end = _phrase_span(speaker)
        # "... and said", "..., saying": the speaker is another verb's, the span the verb alone
        shared = token.head.i != speaker.i and not any(t.i == speaker.i for t in token.subtree) \
            and speaker.right_edge.i != token.i - 1  # not ", the Ministry of Lands said" (``_speaker_before``)
        left = token.idx if shared else min(speaker.left_edge.idx, token.idx)
        right = _verb_end(token) if shared else max(phrase_end, _verb_end(token))
        start, end = sentence.start + left, sentence.start + right
        if any(start < b and a < end for a, b in taken):
            continue
        name = _speaker_name(sentence.text[phrase_start:phrase_end])  # the Doc's text, not rebuilt
        found.append(Finding("statement", name, sentence.text, start, end,
                             polarity="denies" if denying else "asserts", reach=_reach(sentence, token)))
    return found


def _inside_a_quotation(text: str, at: int) -> bool:
    """Whether ``text[at]`` lies inside a quotation the sentence opens before it and closes after it (curly
    double quotes, or straight ones by their parity)."""
    before, after = text[:at], text[at:]
    if before.count("“") > before.count("”"):
        return "”" in after
    return before.count('"') % 2 == 1 and '"' in after


def _reach(sentence: Sentence, verb) -> tuple[int, int] | None:
    """The text a reporting verb's statement covers: the whole sentence for a main verb ("46 crossed, the army
    said"); the verb's own clause when it is embedded ("Mr. Ghosn, who has denied the charges, fled with 2
    aides"), with the noun a participle qualifies ("claims denied by the Vatican")."""
    if verb.dep_ == "ROOT" or _trails_the_main_clause(verb):
        return None
    governed = verb.head if verb.dep_ == "acl" else verb
    return sentence.start + governed.left_edge.idx, sentence.start + _subtree_end(governed)


def _trails_the_main_clause(verb) -> bool:
    """"Nine miners were killed ..., the Ministry said": a reporting verb the parse hangs on the main verb as an
    adverbial clause after it, with no conjunction ("after police said" is a clause of its own)."""
    return verb.dep_ == "advcl" and verb.head.dep_ == "ROOT" and verb.i > verb.head.i and not any(
        child.dep_ == "mark" for child in verb.children)


def _speaker_of(verb):
    """Who a reporting verb says spoke: its subject, past a quotation that the parse took for a second subject
    ("... piece of work,” Rourke said"); the agent of a passive denial ("claims denied by the Vatican"); the
    antecedent of a relative pronoun ("Mr. Ghosn, who has denied ..."). None when the subject is what was said
    or told ("the lawsuit was dismissed", "three people were reported killed", "a court was told"); "X was
    quoted" is X speaking."""
    subjects = [child for child in verb.children
                if child.dep_ == "nsubj" or (child.dep_ == "nsubjpass" and verb.lower_ == "quoted")]
    if not subjects:
        if verb.tag_ == "VBG":
            return _speaker_of_saying(verb)
        return _agent_of_denial(verb) or _shared_subject(verb) or _speaker_before(verb)
    unquoted = [child for child in subjects if not _QUOTE_CLOSED.search(_between(child, verb))]
    candidates = unquoted or subjects
    subject = candidates[0]
    if len(candidates) > 1 and not _apposed(candidates[0], candidates[1]):
        # "The original trainwreck Tara Reid's publicist confirmed", "In a meeting with Wang Yi, Zarif said"
        subject = min(candidates, key=lambda child: abs(verb.i - child.i))
    if subject.tag_ in ("WP", "WDT") and not subject.text.isupper():  # "who", "which", "that"; not the WHO
        return verb.head if verb.dep_ == "relcl" and _next_to(subject, verb) else None
    return subject


def _apposed(first, second) -> bool:
    """Whether two subjects the parse gives one verb are one speaker set off by punctuation: a name and its
    title ("Jill Franken, Sioux Falls health director, said") or short name ("Imagination Technologies
    ("Imagination")"); not "In a meeting with Wang Yi in Beijing, Zarif said"."""
    gap = first.doc[first.right_edge.i + 1:second.i]
    own = {token.i for token in second.subtree}
    return len(gap) > 0 and gap[0].is_punct and all(token.is_punct or token.i in own for token in gap)


def _puts_forward_content(verb) -> bool:
    """A clause said ("wrote that ...", "admitted he had lied"), a quotation the verb sits in ("“...,” she
    wrote"), or for a verb of admitting what it owns up to ("admitted firing", "acknowledged his involvement")."""
    if verb.dep_ == "parataxis" or any(child.dep_ == "ccomp" for child in verb.children):
        return True
    return verb.lower_ in _ADMITTING and any(
        child.dep_ in ("dobj", "xcomp") and not any(c.dep_ == "nummod" for c in child.children)
        for child in verb.children)


def _says_nothing(verb) -> bool:
    """A verb of saying used for something else: a content verb or participle without what was said ("wrote a
    book", "adding Rory to the mix"), "reported to a health center", "claimed the life of"; or withheld: "did not
    say how many", "nobody is telling", "neither can deny"."""
    if verb.lower_ in _CONTENT_VERBS | _CONTENT_PARTICIPLES and not _puts_forward_content(verb):
        return True
    if verb.lower_ in _ESTIMATING and not _puts_a_figure(verb):
        return True  # "put the box at the door"
    return _takes_a_life(verb) or _went_to(verb) or _withheld(verb)


def _puts_a_figure(verb) -> bool:
    """"put the death toll at 31", "put the number of dead at 31": a figure given, so a source."""
    children = list(verb.children)
    return any(c.dep_ == "dobj" and c.lower_ in _FIGURE_NOUNS for c in children) and any(
        c.dep_ == "prep" and c.lower_ == "at" for c in children)


def _went_to(verb) -> bool:
    """"he reported to a health center": went there, said nothing."""
    return verb.lower_.startswith("report") and any(child.dep_ == "prep" and child.lower_ == "to"
                                                   for child in verb.children) and not any(
        child.dep_ in ("ccomp", "dobj", "parataxis") for child in verb.children)


def _takes_a_life(verb) -> bool:
    """"a shooting that claimed the life of ...": a death, not a claim."""
    return verb.lower_.startswith("claim") and any(  # the words after the verb: the parse often errs here
        token.lower_ in ("life", "lives") for token in verb.doc[verb.i + 1:verb.i + 4])


def _withheld(verb) -> bool:
    """Negated ("did not say", "nobody is telling", "no group has claimed"), or a denial only possible ("can't
    deny")."""
    return any(child.dep_ == "neg" or child.lower_ in ("neither", "nobody", "none") or
               (child.dep_ == "nsubj" and any(c.dep_ == "det" and c.lower_ == "no" for c in child.children)) or
               (verb.lower_ in _DENYING and child.dep_ == "aux" and child.lower_ in ("can", "could", "ca"))
               for child in verb.children)


def _speaker_of_saying(participle):
    """Who speaks in "quoted the governor as saying" (the one quoted) or "issued a statement saying" (the
    statement's issuer); None elsewhere ("with 60 percent of those polled saying")."""
    head = participle.head
    if participle.dep_ == "pcomp" and head.lower_ == "as" and head.head.lower_ in ("quoted", "cited"):
        return next((child for child in head.head.children if child.dep_ == "dobj"), None)
    if participle.dep_ == "acl" and head.lower_ in _OCCASIONS and head.dep_ == "dobj":
        return next((child for child in head.head.children if child.dep_ == "nsubj"), None)
    if participle.dep_ == "advcl":  # "Karamanlis dismissed calls to quit, saying ...", "Denying ..., Gigante ..."
        subject = next((child for child in head.children if child.dep_ == "nsubj"), None)
        return subject or (_speaker_before(head) if head.lower_ in _SPEECH_VERBS else None)
    return None


_SPEAKER_WORDS = 10


def _speaker_before(verb):
    """The noun phrase between a comma and a reporting verb that the parse gave no subject ("Nine miners were
    killed in Ghana's Western Region, the Ministry of Lands said": the parse hangs "the Ministry" on "Region");
    its head, or None when a verb stands between or no noun does."""
    doc = verb.doc
    start = verb.i - 1
    while start >= 0 and verb.i - start <= _SPEAKER_WORDS and doc[start].text != ",":
        if doc[start].pos_ in ("VERB", "AUX") or doc[start].is_punct:
            return None
        start -= 1
    if start < 0 or doc[start].text != "," or start == verb.i - 1 or doc[verb.i - 1].pos_ not in ("NOUN", "PROPN"):
        return None
    phrase = range(start + 1, verb.i)
    heads = [doc[i] for i in phrase if doc[i].head.i not in phrase and doc[i].pos_ in ("NOUN", "PROPN")]
    return heads[0] if heads else None


def _shared_subject(verb):
    """The subject a verb of saying joined to another shares with it: with a verb of saying ("Nixon acknowledged
    his involvement, but always denied ..."), or with a denial before it ("The ministry denied that any unit had
    fled and said fewer than 20 were hurt": what follows "said" is asserted, not denied). The parse may hang the
    second on any verb before it, and there the shared subject is right for barely two joined verbs in three
    ("Malkin scored twice and added an assist"), hence only after a denial. A bare participle is passive: no
    speaker."""
    if verb.dep_ != "conj" or verb.tag_ == "VBN":
        return None
    if verb.head.lower_ in _SPEECH_VERBS:
        sharer = verb.head
    else:
        earlier = [t for t in verb.doc[:verb.i] if t.lower_ in _SPEECH_VERBS and t.pos_ in ("VERB", "AUX")]
        if verb.lower_ in _DENYING or not earlier or earlier[-1].lower_ not in _DENYING:
            return None
        sharer = earlier[-1]
    subjects = [child for child in sharer.children if child.dep_ == "nsubj"]
    return subjects[0] if subjects and subjects[0].tag_ not in ("WP", "WDT") else None


def _agent_of_denial(verb):
    """"claims denied by the Vatican", "an election dismissed by critics as a sham": the agent denies when what
    is denied is something said, or is judged "as" something."""
    denied = [child for child in verb.children if child.dep_ == "nsubjpass"]
    if verb.dep_ == "acl":
        denied.append(verb.head)
    if verb.lower_ not in _DENYING or not (any(token.lower_ in _SAID_NOUNS for token in denied) or _judged_as(verb)):
        return None
    agents = [grandchild for child in verb.children if child.dep_ == "agent"
              for grandchild in child.children if grandchild.dep_ == "pobj"]
    return agents[0] if agents else None


def _between(token, verb) -> str:
    """The text from a subject before its verb to the verb."""
    return token.doc.text[token.left_edge.idx:verb.idx] if token.i < verb.i else ""


def _next_to(pronoun, verb) -> bool:
    """Whether only auxiliaries and adverbs stand between a relative pronoun and its verb ("who has denied",
    not "who Trump says")."""
    return all(token.pos_ in ("AUX", "ADV", "PART") for token in pronoun.doc[pronoun.i + 1:verb.i])


def _denies_a_claim(verb) -> bool:
    """Whether a denying verb denies something said. "Deny" does unless what it withholds is a thing asked for
    ("denied bail", "denied the request"); "reject", "dismiss" and "refute" only when their object is something
    said ("rejected the claim", "dismissed the report as propaganda") or a clause ("dismissed that ...")."""
    objects = [child for child in verb.children if child.dep_ in ("dobj", "nsubjpass", "ccomp", "xcomp")]
    if verb.lower_.startswith("den"):  # "denied him (the post)": a thing asked for, too
        return not any(child.dep_ in ("dobj", "nsubjpass") and child.lower_ in _ASKED_FOR | _OBJECT_PRONOUNS
                       for child in objects) and not any(child.dep_ == "dative" for child in verb.children)
    return any(child.dep_ in ("ccomp", "xcomp") or child.lower_ in _SAID_NOUNS for child in objects) or (
        _judged_as(verb) and not any(child.lower_ in _ASKED_FOR for child in objects))


def _judged_as(verb) -> bool:
    """"dismissed the vote as a sham", "rejected by critics as a sham": what is dismissed is called false. The
    parse hangs "as" on the verb, its object or its agent."""
    holders = [verb, *(child for child in verb.children if child.dep_ in ("dobj", "agent")),
               *(pobj for child in verb.children if child.dep_ == "agent" for pobj in child.children)]
    return any(child.dep_ == "prep" and child.lower_ == "as" for holder in holders for child in holder.children)


def _opens_a_relative_clause(token) -> bool:
    """A relative clause that a pronoun or a comma opens ("Biggs, who was appointed"), not an infinitive the
    parse also calls one ("Coalition to Restore Legitimacy")."""
    return token.lower_ in _RELATIVE_PRONOUNS or (token.i > 0 and token.nbor(-1).text == ",")


def _noun_phrase_end(doc, start: int, end: int) -> int:
    """Where the phrase of "according to <phrase>" that starts at ``start`` ends (at most ``end``): at the end of
    its noun phrase when a verb follows before ``end``, as where no punctuation closes it ("according to one
    shop employee mornings are best" -> "one shop employee mornings")."""
    first = next((token for token in doc if token.idx >= start), None)
    if first is None:
        return end
    head = first
    while head.dep_ != "pobj" and head.head.i != head.i and head.head.idx >= start:
        head = head.head
    if head.dep_ != "pobj":
        return end
    phrase_end = _phrase_span(head)[1]
    verb_after = any(token.pos_ in ("VERB", "AUX") and phrase_end <= token.idx < end for token in doc)
    return min(end, phrase_end) if verb_after else end


def _phrase_span(speaker) -> tuple[int, int]:
    """Start and end of the speaker's phrase in its sentence: without what the parse hangs on the name after it,
    relative clauses first ("Daniels, who had 10 tackles, said"; "a representative, quoted by Reuters"); then
    after the end of a quotation or headline joined to it ("touts ‘new weapon’ Kim Jong-un said" -> "Kim
    Jong-un"); then without the occasion ("said the ministry in a statement on May 3")."""
    doc, first = speaker.doc, speaker.left_edge
    dependents = [child for token in speaker.subtree for child in token.children]
    end = _end_before([child.left_edge.i for child in dependents if _clause_after_the_name(child)
                       or (child.dep_ == "prep" and child.lower_ == "as")], speaker)  # "critics as a sham"
    start = first.idx + _quotation_end(doc.text[first.idx:end])
    occasions = [child.left_edge.i for child in dependents
                 if child.left_edge.idx >= start and _occasion(child) and child.left_edge.idx < end]
    return start, min(end, _end_before(occasions, speaker))


def _end_before(cuts: list[int], speaker) -> int:
    """End of the last word before the first of the token indices ``cuts`` (punctuation left out)."""
    if not cuts:
        return _subtree_end(speaker)
    last = speaker.doc[min(cuts) - 1]
    while last.i > speaker.left_edge.i and last.is_punct:
        last = last.nbor(-1)
    return last.idx + len(last.text)


def _clause_after_the_name(child) -> bool:
    """A relative clause that a pronoun or a comma opens, or a participle set off by a comma."""
    if child.dep_ == "relcl":
        return _opens_a_relative_clause(child.left_edge)
    return child.dep_ == "acl" and child.left_edge.i > 0 and child.doc[child.left_edge.i - 1].text == ","


def _occasion(child) -> bool:
    """"in a statement", "during a briefing", "on Saturday": when and how it was said, not who said it."""
    return child.dep_ == "prep" and child.lower_ in _OCCASION_PREPOSITIONS and any(
        token.lower_ in _OCCASIONS or token.lower_ in calendar_words("en") or token.ent_type_ in ("DATE", "TIME")
        for token in child.subtree)


def _subtree_end(token) -> int:
    last = token.right_edge
    return last.idx + len(last.text)


def _verb_end(verb) -> int:
    """End of the verb plus a following "in a statement" (the occasion, see ``_OCCASIONS``)."""
    end = verb.idx + len(verb.text)
    for child in verb.children:
        if child.i == verb.i + 1 and child.dep_ == "prep" and child.lower_ == "in":
            if any(t.lower_ in _OCCASIONS for t in child.subtree):
                end = _subtree_end(child)
    return end


def _speaker_name(phrase: str) -> str:
    """The speaker as written, without a leading article and trailing punctuation."""
    return _DETERMINERS.sub("", phrase.strip().strip("\"'“”‘’")).strip(" ,")


def _quotation_end(phrase: str) -> int:
    """Where the last quotation closed in ``phrase`` ends, when something follows it; else 0.

    >>> text = "the ‘new weapon’ Kim"
    >>> text[_quotation_end(text):], _quotation_end("NPD’s food adviser"), _quotation_end("the players’ union")
    (' Kim', 0, 0)
    """
    closed = [match.end() for match in _QUOTE_END.finditer(phrase) if _opened_before(phrase, match.start())]
    return closed[-1] if closed and phrase[closed[-1]:].strip() else 0


def _opened_before(phrase: str, end: int) -> bool:
    """Whether a quotation mark that closes at ``end`` closes one: a double mark always does, a single one
    (also an apostrophe: "the players’ union") only after an opening one."""
    mark = phrase[end] if phrase[end] in "”\"’'" else phrase[end + 1]
    return mark in "”\"" or re.search("‘" if mark == "’" else r"(?:^|\s)'", phrase[:end]) is not None
