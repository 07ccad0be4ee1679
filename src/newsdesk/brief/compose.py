"""Compose an event's brief from its articles' own sentences.

The brief is extractive, so it can never state a number, name or date that
its cited spans do not contain:

1. corroborated facts first: sentences of original (non-copy) articles,
   outside background, chosen greedily for the corroborated claims they
   cover that no chosen sentence covers yet, weighted by independent
   sources, in the language most of the event's articles use when such a
   sentence covers the same facts; each cites its own span plus the other
   sources' spans of the claims it covers;
2. the latest figure of each running toll (a count that updates earlier ones), in its own sentence,
   marked as such and citing the earlier figures too;
3. one sentence per contested point, quoting each side with who says it;
4. single-source details, marked as such, while the brief has room.

A brief has at most ``MAX_SENTENCES`` sentences, and at least
``MIN_SENTENCES`` when the articles offer that many sentences with claims.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from newsdesk.facts.document import opening_dateline, split_sentences
from newsdesk.model import Article, BriefSentence, Claim, Span

MIN_SENTENCES = 3
MAX_SENTENCES = 8
MAX_CORROBORATED_SENTENCES = 5
MAX_SENTENCE_CHARS = 400
MAX_SINGLE_SOURCE_SENTENCES = 2


@dataclass(frozen=True)
class _Candidate:
    article_id: str
    start: int
    end: int
    text: str
    claims: frozenset[str]  # ids of the claims whose support lies inside
    in_main_language: bool = True  # written in the language most of the event's articles use


def write_brief(articles: list[Article], claims: list[Claim]) -> list[BriefSentence]:
    """The cited brief of one event (see the module docstring for the rules).

    >>> from newsdesk.model import Support
    >>> a = Article(id="a", text="46 soldiers crossed on Sunday. They were fed.", language="en")
    >>> b = Article(id="b", text="At least 46 soldiers crossed.", language="en")
    >>> claim = Claim("E-C1", "count", "soldiers crossed", {"exact": 46}, "corroborated",
    ...               [Support("a", 0, 11, "46 soldiers"), Support("b", 0, 20, "At least 46 soldiers")])
    >>> [(s.text, [x.article_id for x in s.sources]) for s in write_brief([a, b], [claim])]
    [('At least 46 soldiers crossed.', ['b', 'a']), ('Single-source detail: They were fed.', ['a'])]
    """
    by_id = {c.claim_id: c for c in claims}
    texts = {a.id: a.text for a in articles}
    candidates = _candidates(articles, claims)
    brief: list[BriefSentence] = []
    covered: set[str] = set()
    corroborated = {c.claim_id for c in claims if c.status == "corroborated"}
    facts = {cid for cid in corroborated if _is_fact(by_id[cid])}
    while len(brief) < MAX_CORROBORATED_SENTENCES:
        pool = [c for c in candidates if c.claims & (facts - covered)]
        best = _best(pool, corroborated - covered, by_id)
        if best is None:
            break
        best = _in_main_language(best, pool, facts - covered, corroborated - covered, by_id)
        brief.append(_cite(best, by_id, corroborated))
        covered |= best.claims
        candidates.remove(best)
    for claim in claims:
        # the earlier figures' sentences hold the claim too: only the latest figure's own sentence states it
        if claim.kind == "count" and claim.value.get("updated_from") and len(brief) < MAX_SENTENCES \
                and (latest := _holding(candidates, claim)) is not None:
            brief.append(_update_sentence(latest, claim))
            covered |= latest.claims
            candidates.remove(latest)
    for claim in claims:
        if claim.status == "contested" and claim.claim_id not in covered and len(brief) < MAX_SENTENCES:
            sentence = _contest_sentence(claim, by_id, texts, {said.sources[0] for said in brief})
            if sentence is not None and all(sentence.text != said.text for said in brief):
                brief.append(sentence)
                covered |= {claim.claim_id, *claim.conflicts_with}
                quoted = [c for c in candidates if Span(c.article_id, c.start, c.end) in sentence.sources]
                for candidate in quoted:  # a sentence quoted whole is not written again as a detail
                    covered |= candidate.claims
                    candidates.remove(candidate)
    singles = {c.claim_id for c in claims if c.status == "single_source" and c.kind in ("count", "place", "time")}
    details = 0
    while len(brief) < MAX_SENTENCES and (len(brief) < MIN_SENTENCES or details < MAX_SINGLE_SOURCE_SENTENCES):
        wanted = singles - covered
        pool = [c for c in candidates if c.claims & wanted] if wanted else candidates
        # among sentences that add a single-source fact, the one that says most
        best = _best(pool, {c.claim_id for c in claims} - covered, by_id)
        details += 1
        if best is None:
            break
        brief.append(_single_source(best))
        covered |= best.claims
        candidates.remove(best)
    _fill_from_leads(brief, articles)
    return brief


def _fill_from_leads(brief: list[BriefSentence], articles: list[Article]) -> None:
    """Up to MIN_SENTENCES with the opening sentences of the original articles, when claims gave too few."""
    used = {(s.article_id, s.start) for sentence in brief for s in sentence.sources}
    originals = sorted((a for a in articles if a.duplicate_of is None), key=lambda a: (a.published or "", a.id))
    for position in range(MIN_SENTENCES):
        for article in originals:
            if len(brief) >= MIN_SENTENCES:
                return
            spans = _sentences(article.text)
            if position < len(spans) and (article.id, spans[position][0]) not in used:
                start, end = spans[position]
                if end - start <= MAX_SENTENCE_CHARS and _states_something(article.text[start:end]):
                    brief.append(_single_source(_Candidate(article.id, start, end, article.text[start:end],
                                                           frozenset())))


def _candidates(articles: list[Article], claims: list[Claim]) -> list[_Candidate]:
    """Sentences of original articles outside background that hold some claim's support."""
    main_language = _main_language(articles)
    spans_by_article: dict[str, list[tuple[int, int, str]]] = {}
    for claim in claims:
        for support in claim.support:
            spans_by_article.setdefault(support.article_id, []).append((support.start, support.end, claim.claim_id))
    found = []
    for article in articles:
        if article.duplicate_of is not None or article.id not in spans_by_article:
            continue
        # Background sentences hold only background claims, which reconciliation leaves
        # out, so no sentence found here is background.
        for start, end in _sentences(article.text):
            sentence = article.text[start:end]
            if len(sentence) > MAX_SENTENCE_CHARS or not _states_something(sentence):
                continue
            inside = frozenset(cid for a, b, cid in spans_by_article[article.id] if start <= a and b <= end)
            if inside:
                found.append(_Candidate(article.id, start, end, sentence, inside, article.language == main_language))
    return found


def _states_something(sentence: str) -> bool:
    """Whether a sentence of a cased script has a word in lower case: one whose every word opens with a capital is
    a dateline, a heading or a list of names ("Landshut, Deutschland", "WASHINGTON —"), which states nothing.

    >>> [_states_something(s) for s in ("Landshut, Deutschland", "Five people died.", "喀布尔否认。")]
    [False, True, True]
    """
    cased = [word for word in sentence.split() if word[:1].isupper() or word[:1].islower()]
    return not cased or any(word[:1].islower() for word in cased)


def _main_language(articles: list[Article]) -> str | None:
    """The language most original articles of the event are in; the earliest article's among equals."""
    originals = sorted((a for a in articles if a.duplicate_of is None), key=lambda a: (a.published or "", a.id))
    counts = Counter(a.language for a in originals)  # most_common keeps first-seen order among equals
    return counts.most_common(1)[0][0] if counts else None


def _best(candidates: list[_Candidate], wanted: set[str], by_id: dict[str, Claim]) -> _Candidate | None:
    def gain(candidate: _Candidate) -> float:
        return sum(_weight(by_id[cid]) * len({s.article_id for s in by_id[cid].support})
                   for cid in candidate.claims & wanted)

    scored = [(gain(c), c.in_main_language, -len(c.text), c) for c in candidates]
    scored = [s for s in scored if s[0] > 0]
    if not scored:
        return None
    return max(scored, key=lambda s: (s[0], s[1], s[2], -s[3].start, s[3].article_id))[3]


def _in_main_language(best: _Candidate, pool: list[_Candidate], facts: set[str], wanted: set[str],
                      by_id: dict[str, Claim]) -> _Candidate:
    """``best``, or when it is in a minority language, the best sentence of the event's main language that covers
    every fact ``best`` covers: a reader of an English event reads its count, date and town in English, though a
    French report also names the country."""
    if best.in_main_language:
        return best
    needed = best.claims & facts
    alike = [c for c in pool if c.in_main_language and needed <= c.claims]
    return _best(alike, wanted, by_id) or best


# What a reader of a brief wants first: how many, when, where (a town more than a
# country); who is named anyway in the sentences that say so.
_KIND_WEIGHT = {"count": 4.0, "time": 3.0, "place": 1.0, "actor": 0.5, "statement": 0.5}


def _weight(claim: Claim) -> float:
    weight = _KIND_WEIGHT[claim.kind]
    if claim.kind == "place" and len(claim.value.get("contained_in") or []) >= 2:
        weight = 2.0
    return weight


def _is_fact(claim: Claim) -> bool:
    """How many, when, or where at town level: what a brief sentence must add to be chosen."""
    return _weight(claim) >= 2.0


def _cite(candidate: _Candidate, by_id: dict[str, Claim], corroborated: set[str]) -> BriefSentence:
    """The sentence with its own span first, then other sources' spans of its corroborated claims."""
    sources = [Span(candidate.article_id, candidate.start, candidate.end)]
    for cid in sorted(candidate.claims & corroborated, key=lambda c: (-_weight(by_id[c]), c)):
        cited = {candidate.article_id}
        for support in by_id[cid].support:
            if support.article_id not in cited:
                cited.add(support.article_id)
                sources.append(Span(support.article_id, support.start, support.end))
    return BriefSentence(text=candidate.text, sources=sources)


def _holding(candidates: list[_Candidate], claim: Claim) -> _Candidate | None:
    """The candidate sentence that holds the claim's first support (the figure it states), if any."""
    first = claim.support[0]
    return next((c for c in candidates if c.article_id == first.article_id and c.start <= first.start < c.end),
                None)


def _update_sentence(latest: _Candidate, claim: Claim) -> BriefSentence:
    """A running toll's latest figure in its own sentence, citing it and the earlier figures it updates."""
    sources = [Span(latest.article_id, latest.start, latest.end)]
    sources += [Span(s.article_id, s.start, s.end) for s in claim.support[1:] if s.article_id != latest.article_id]
    return BriefSentence(text=f"Updated figure: {latest.text}", sources=sources)


def _single_source(candidate: _Candidate) -> BriefSentence:
    return BriefSentence(text=f"Single-source detail: {candidate.text}",
                         sources=[Span(candidate.article_id, candidate.start, candidate.end)])


def _contest_sentence(claim: Claim, by_id: dict[str, Claim], texts: dict[str, str],
                      in_brief: set[Span]) -> BriefSentence | None:
    """"Sources disagree: a report says: “...46 soldiers...”; a report denies: “...”."

    Each side quotes and cites the whole sentence of its first support (the
    one that gave its value), so who says it is in the quote; a sentence the
    brief already holds (``in_brief``: the spans of its sentences) is not
    written twice, its side quotes the claim's own words (unless they are a
    bare figure, "17", which says nothing alone). A sentence that
    holds two sides ("X denied ..., hours after Y said ...") is quoted once.
    """
    sides = [claim] + [by_id[cid] for cid in claim.conflicts_with if cid in by_id]
    if len(sides) < 2:
        return None
    parts, sources = [], []
    for side in sides:
        support = side.support[0]
        start, end = _sentence_around(texts[support.article_id], support.start, support.end)
        if Span(support.article_id, start, end) in sources:
            continue
        sentence = texts[support.article_id][start:end]
        verb = "denies" if support.polarity == "denies" else "says"
        if Span(support.article_id, start, end) in in_brief and any(c.isalpha() for c in support.quote):
            parts.append(f"the report quoted above {verb} “{support.quote}”")
            sources.append(Span(support.article_id, support.start, support.end))
            continue
        parts.append(f"a report {verb}: “{sentence}”" if len(sentence) <= MAX_SENTENCE_CHARS
                     else f"a report {verb} “{support.quote}”")
        sources.append(Span(support.article_id, start, end))
    if len(parts) == 1:  # both sides in one sentence
        only = sources[0]
        sentence = texts[only.article_id][only.start:only.end]
        if len(sentence) > MAX_SENTENCE_CHARS:
            return None
        return BriefSentence(text=f"Sources disagree, as one report puts it: “{sentence}”.", sources=sources)
    return BriefSentence(text="Sources disagree: " + "; ".join(parts) + ".", sources=sources)


def _sentences(text: str) -> list[tuple[int, int]]:
    """The sentences of an article, a story's opening dateline ("LIMA, April 2 (Reuters) -") left out: it says
    where and when the story was filed, not what happened."""
    spans = split_sentences(text)
    if length := opening_dateline(text, spans):
        spans[0] = (spans[0][0] + length, spans[0][1])
    return spans


def _sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    for a, b in _sentences(text):
        if a <= start and end <= b:
            return a, b
    return start, end
