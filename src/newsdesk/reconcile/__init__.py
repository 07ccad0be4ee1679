"""Reconcile: line up the claims of an event's articles and decide what holds.

Every aligned claim gets a status, counting *independent* sources (an
article and its copies are one source):

- ``corroborated``: two or more independent sources support compatible values;
- ``contested``: incompatible values for the same thing (35 against 46
  soldiers), or an assertion against a denial; each side names the other in
  ``conflicts_with`` and its supports say who said it (``attributed_to``);
- ``single_source`` otherwise.

A running toll that rises from earlier to later articles is an update, not
a contest: the latest figure is kept and the earlier ones are listed in the
value's ``"updated_from"``. Background claims (another incident) are left out.
The event's date and place are those of its best-supported time and place.

>>> from newsdesk.model import Article, ArticleClaim as C
>>> articles = [Article(id="a", text="", published="2021-07-26"), Article(id="b", text="", published="2021-07-26")]
>>> claims = [C("a", "count", "soldiers crossed", {"min": 46, "what": "soldiers", "role": None}, 0, 11, "At least 46"),
...           C("b", "count", "soldiers crossed", {"exact": 46, "what": "soldiers", "role": None}, 0, 2, "46"),
...           C("b", "count", "officers among them", {"exact": 5, "what": "officers", "role": None}, 5, 9, "five")]
>>> result = reconcile_event("E1", articles, claims)
>>> [(c.value.get("exact"), c.status) for c in result.claims]
[(46, 'corroborated'), (5, 'single_source')]
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date

from newsdesk.facts.document import split_sentences
from newsdesk.model import Article, ArticleClaim, Claim, Place, Support
from newsdesk.places import names_a_building, specificity
from newsdesk.reconcile.align import (
    align_by_value,
    align_counts,
    align_places,
    align_times,
    compatible,
    count_topic,
    days_spanned,
    interval,
    noun_kind,
)

# Roles whose figures grow as a story develops; a later, higher figure updates an earlier one.
TOLL_ROLES = frozenset({"killed", "injured", "missing", "displaced", "affected", "arrested", "evacuated"})
_KIND_ORDER = {"count": 0, "place": 1, "time": 2, "actor": 3, "statement": 4}
_STATEMENT_TIME = "when it was said"
_DATELINE = "dateline"
# A time only one source gives dates the event only from this many days before the first report on
# (``_event_date``; the linker looks as far back for a report's written date, ``EventFeatures.event_day``).
_LONE_TIME_DAYS = 7
# A figure written as a rise (English, French, Spanish): "has risen to", "climbed to at least", "s'est alourdi à",
# "ascendió a".
_RISEN_TO = re.compile(
    r"(?i)\b(?:risen|rose|rises|rising|climbed|climbs|jumped|increased|grown|grew|mounted"
    r"|alourdi|passé|grimpé|ascendió|asciende|aumentó|subió)\s+(?:to|à|a)\s+"
    r"(?:at\s+least\s+|more\s+than\s+|over\s+|au\s+moins\s+|al\s+menos\s+)?\Z")


@dataclass
class Reconciled:
    """An event's reconciled claims and the date and place they give it."""

    claims: list[Claim]
    date: str | None
    place: Place | None
    # days that the event's articles write only in sentences about another incident ("Mueller led the FBI
    # through the Sept. 11, 2001, terrorist attacks"): no fallback date of the event
    other_incidents_days: frozenset[str] = frozenset()

    def date_or(self, fallback: str | None) -> str | None:
        """The reconciled date, else ``fallback`` (the linker's day) unless only other incidents bear that day."""
        if self.date is not None:
            return self.date
        return None if fallback in self.other_incidents_days else fallback


def reconcile_event(event_id: str, articles: list[Article], claims: list[ArticleClaim]) -> Reconciled:
    """Align the claims of ``articles`` (one event) and give each aligned claim its status."""
    context = _Context(articles)
    usable = [c for c in claims if not c.background and c.article_id in context.source]
    asserted = [c for c in usable if c.polarity == "asserts"]
    denied = [c for c in usable if c.polarity == "denies"]
    aligned: list[Claim] = []
    aligned += _count_claims(context, [c for c in asserted if c.kind == "count"])
    place_groups = align_places([c for c in _of(asserted, "place") if c.subject != _DATELINE])
    aligned += [context.claim(g, _most_specific_place(g)) for g in place_groups]
    times = [c for c in _of(asserted, "time") if c.subject not in (_STATEMENT_TIME, _DATELINE)]
    aligned += [context.claim(g, _most_specific_time(g)) for g in align_times(times)]
    aligned += [context.claim(g, g[0].value) for g in align_by_value(_of(asserted, "actor"), lambda c: str(c.value))]
    aligned += [context.claim(g, g[0].value) for g in align_by_value(_of(asserted, "statement"), lambda c: str(c.value))]
    aligned.sort(key=lambda c: (_KIND_ORDER[c.kind], -context.independent(c), c.support[0].article_id,
                                c.support[0].start))
    denials = _denial_claims(context, denied)
    _number(event_id, aligned + denials)
    _contest_with_denials(context, aligned, denials)
    all_claims = aligned + denials
    return Reconciled(all_claims, _event_date(context, all_claims), _event_place(context, place_groups),
                      _other_incidents_days(context, claims))


def _other_incidents_days(context: _Context, claims: list[ArticleClaim]) -> frozenset[str]:
    """The days of time claims that the articles write in background sentences only, none of them a day an
    article was published on."""
    times = [c for c in claims if c.kind == "time"]
    background = {c.value.get("start") for c in times if c.background}
    told = {c.value.get("start") for c in times if not c.background}
    published = {day[:10] for day in context.published.values()}
    return frozenset(background - told - published - {None, ""})


class _Context:
    """What status decisions need to know about the event's articles."""

    def __init__(self, articles: list[Article]):
        self.source = {a.id: a.duplicate_of or a.id for a in articles}
        self.published = {a.id: a.published or "" for a in articles}
        self._texts = {a.id: a.text for a in articles}
        self._sentences: dict[str, list[tuple[int, int]]] = {}

    def same_sentence(self, first: Support, second: Support) -> bool:
        """Whether two supports lie in one sentence of one article."""
        if first.article_id != second.article_id:
            return False
        if first.article_id not in self._sentences:
            self._sentences[first.article_id] = split_sentences(self._texts.get(first.article_id, ""))
        return any(start <= first.start < end and start <= second.start < end
                   for start, end in self._sentences[first.article_id])

    def says_it_rose(self, claim: ArticleClaim) -> bool:
        """Whether the article writes the figure as a rise: "the toll has risen to 25", "climbed to at least 30"."""
        text = self._texts.get(claim.article_id, "")
        return _RISEN_TO.search(text, max(0, claim.start - 40), claim.start) is not None

    def publication_days(self) -> tuple[int, int] | tuple[None, None]:
        """The ordinal days of the first and the last publication among the articles, if any is dated."""
        days = [_ordinal(p[:10]) for p in self.published.values() if p]
        return (min(days), max(days)) if days else (None, None)

    def independent(self, claim: Claim) -> int:
        return len({self.source[s.article_id] for s in claim.support})

    def claim(self, group: list[ArticleClaim], value: object, status: str | None = None,
              voice: ArticleClaim | None = None) -> Claim:
        """The aligned claim of ``group``; ``voice``, the article claim that gave the value, is cited first."""
        first = min(group, key=lambda c: (self.published[c.article_id], c.article_id, c.start))
        ordered = sorted(group, key=lambda c: (c is not voice, c.article_id, c.start))
        claim = Claim(claim_id="", kind=first.kind, subject=first.subject, value=value,
                      support=[_support(c) for c in ordered])
        claim.status = status or ("corroborated" if self.independent(claim) >= 2 else "single_source")
        return claim


def _count_claims(context: _Context, counts: list[ArticleClaim]) -> list[Claim]:
    found: list[Claim] = []
    for groups in align_counts(counts):
        if len(groups) == 1:
            found.append(_count_claim(context, groups[0]))
        elif count_topic(groups[0][0])[0] in TOLL_ROLES and (
                successive := _updated_over_time(context, groups) or _updated_in_text(context, groups)) is not None:
            found.append(_updated_toll(context, successive))
        else:
            found.extend(_sides(context, groups))
    return found


def _sides(context: _Context, groups: list[list[ArticleClaim]]) -> list[Claim]:
    """The groups of one topic whose values disagree, each contested by those it conflicts with.

    Two values that one article states under one attribution are two quantities, not a contest: an article
    does not contradict itself ("33 homers last season ... 13 homers with the Angels"). Under two
    attributions they are ("police said 12 were killed; the rebels put the toll at 20").
    """
    voices = [{(c.article_id, c.attributed_to) for c in group} for group in groups]
    sides = [_count_claim(context, group) for group in groups]
    for i, side in enumerate(sides):
        side.conflicts_with = [other for j, other in enumerate(sides)  # ids set later
                               if j != i and not voices[i] & voices[j]]
        if side.conflicts_with:
            side.status = "contested"
    return sides


def _updated_over_time(context: _Context, groups: list[list[ArticleClaim]]) -> list[list[ArticleClaim]] | None:
    """The groups of a running toll in the order they were reported, when each figure was first published after
    the last report of the one before and the figures rise (the missing may also fall, as they are found);
    else None. A figure still reported when a higher one is out (the ministry's 12 on the day residents say 31)
    is not superseded, it is contested. So is a claim that nobody was killed: it denies a toll, it does not
    start one."""
    ordered = sorted(groups, key=lambda g: min(context.published[c.article_id] for c in g))
    latest = [max(context.published[c.article_id] for c in g) for g in ordered]
    earliest = [min(context.published[c.article_id] for c in g) for g in ordered]
    if not all(earliest[i + 1] > latest[i] for i in range(len(ordered) - 1)):
        return None
    lows = [interval(g[0].value)[0] for g in ordered]
    if lows == sorted(lows) and interval(ordered[0][0].value)[1] > 0:
        return ordered
    missing = count_topic(groups[0][0])[0] == "missing"
    return ordered if missing and lows == sorted(lows, reverse=True) else None


def _updated_in_text(context: _Context, groups: list[list[ArticleClaim]]) -> list[list[ArticleClaim]] | None:
    """The groups of a running toll from the lowest figure up, when an article says the highest is a rise ("the
    death toll has risen to 25") and no lower figure was first published after that article; else None. Articles
    of one day carry no order of their own, but such a figure says that it updates the lower ones."""
    ordered = sorted(groups, key=lambda g: interval(g[0].value)[0])
    rises = [c for c in ordered[-1] if context.says_it_rose(c)]
    if not rises or interval(ordered[-2][0].value)[0] == interval(ordered[-1][0].value)[0]:
        return None
    said = max(context.published[c.article_id] for c in rises)
    if any(min(context.published[c.article_id] for c in g) > said for g in ordered[:-1]):
        return None
    return ordered


def _updated_toll(context: _Context, ordered: list[list[ArticleClaim]]) -> Claim:
    """The latest figure of a running toll (``ordered`` as reported), with the earlier ones it updates."""
    latest = _most_specific_count(ordered[-1])
    value = dict(latest.value)
    value["updated_from"] = [_most_specific_count(g).value for g in ordered[:-1]]
    claim = context.claim(ordered[-1], value, voice=latest)
    claim.support += [_support(c) for g in ordered[:-1] for c in g]
    return claim


def _denial_claims(context: _Context, denied: list[ArticleClaim]) -> list[Claim]:
    groups = align_by_value(denied, lambda c: f"{c.kind}|{c.value}")
    return [context.claim(g, g[0].value, status="contested") for g in groups]


def _contest_with_denials(context: _Context, aligned: list[Claim], denials: list[Claim]) -> None:
    """What each denial contests: a denied figure, whoever asserts it; a denial statement, the figure its own
    sentence denies, else the first count of the kind of thing it speaks of (none: it contests nothing); any
    other denial, the event's main assertion (its best-supported count, else its top statement)."""
    if not denials:
        return
    targets = [c for c in aligned if c.kind == "count"] or [c for c in aligned if c.kind == "statement"]
    if not targets:  # a denial of nothing this event asserts: just a statement
        for denial in denials:
            denial.status = "corroborated" if context.independent(denial) >= 2 else "single_source"
        return
    for denial in denials:
        target = _denied_figure(denial, aligned) or _figure_its_sentence_denies(context, denial, denials, aligned)
        if target is None:
            target = targets[0] if denial.kind != "statement" else \
                next((c for c in targets if _denial_is_about(denial, c)), None)
        if target is None:
            denial.status = "corroborated" if context.independent(denial) >= 2 else "single_source"
            continue
        target.status = "contested"
        denial.conflicts_with.append(target.claim_id)
        target.conflicts_with.append(denial.claim_id)


def _denied_figure(denial: Claim, aligned: list[Claim]) -> Claim | None:
    """The asserted count a denied count rejects: the same role and kind of thing, a value both can have ("the
    ministry rejected the union's claim that at least 12 had died" contests the union's "at least 12", not the
    ministry's own nine)."""
    if denial.kind != "count":
        return None
    role, kind = denial.value.get("role"), noun_kind(str(denial.value.get("what") or ""))
    return next((c for c in aligned if c.kind == "count" and c.value.get("role") == role
                 and noun_kind(str(c.value.get("what") or "")) == kind and compatible(c.value, denial.value)), None)


def _figure_its_sentence_denies(context: _Context, statement: Claim, denials: list[Claim],
                                aligned: list[Claim]) -> Claim | None:
    """What a denial statement contests when its own sentence denies a figure: whoever asserts that figure
    ("..., the ministry said, rejecting a union's claim that at least 12 had died" contests the union's 12)."""
    if statement.kind != "statement":
        return None
    for count in (d for d in denials if d.kind == "count"):
        if any(context.same_sentence(s, c) for s in statement.support for c in count.support):
            return _denied_figure(count, aligned)
    return None


def _denial_is_about(denial: Claim, target: Claim) -> bool:
    """A denial statement is about a count when it speaks of the same kind of thing ("troops" for "soldiers")."""
    if target.kind != "count":
        return True
    wanted = noun_kind(str(target.value.get("what") or ""))
    words = re.findall(r"[a-z]+", denial.subject.lower())
    return bool(wanted) and any(noun_kind(w) == wanted for w in words)


def _number(event_id: str, claims: list[Claim]) -> None:
    """Claim ids in output order; conflicts recorded as claims become ids."""
    for index, claim in enumerate(claims, 1):
        claim.claim_id = f"{event_id}-C{index}"
    for claim in claims:
        claim.conflicts_with = [c.claim_id if isinstance(c, Claim) else c for c in claim.conflicts_with]


def _count_claim(context: _Context, group: list[ArticleClaim]) -> Claim:
    """The aligned count of ``group``: its most specific value, cited first from the article that gives it (so
    that a contest quotes the ministry's "nine", not a report of "at least seven" that agrees with it)."""
    voice = _most_specific_count(group)
    return context.claim(group, voice.value, voice=voice)


def _most_specific_count(group: list[ArticleClaim]) -> ArticleClaim:
    """The claim with the narrowest value of a group ("46" over "at least 46"); among equally narrow ones, the one
    whose counted noun most of the group uses ("46 soldiers" over a headline's "46 members" when the others say
    soldiers)."""
    nouns = Counter(str(c.value.get("what") or "") for c in group)

    def width(claim: ArticleClaim) -> float:
        low, high = interval(claim.value)
        return high - low

    return min(group, key=lambda c: (width(c), -nouns[str(c.value.get("what") or "")], c.article_id, c.start))


def _most_specific_place(group: list[ArticleClaim]) -> dict:
    """The place deepest in the gazetteer's containment; a building inside a town ("Tarkwa Municipal Hospital",
    where the injured were taken) names the group only when no other place does."""
    return max(group, key=lambda c: (not names_a_building(c.value["name"]), len(c.value.get("contained_in") or []),
                                     c.value.get("geonameid") is not None, -c.start)).value


def _most_specific_time(group: list[ArticleClaim]) -> dict:
    return min(group, key=lambda c: (days_spanned(c.value), "part_of_day" not in c.value, c.start)).value


def _event_date(context: _Context, claims: list[Claim]) -> str | None:
    """The start of the best-supported time that can date the event, or None (the caller falls back on the
    linker's day of the event, see ``Reconciled.date_or``).

    A time (of a day or two: ``align_times`` leaves wider ones out) dates the event when two independent
    sources give it or when it falls between ``_LONE_TIME_DAYS`` before the first report and the last one:
    a date that one source alone writes outside that is more often an incident the story recalls ("on July
    22, 2016", in a report of April 2018) than the event's own. A stream without publication dates is dated
    by corroborated times alone.
    """
    first, last = context.publication_days()
    times = [c for c in claims if c.kind == "time" and (
        context.independent(c) >= 2
        or first is not None and first - _LONE_TIME_DAYS <= _ordinal(c.value["start"]) <= last)]
    if not times:
        return None
    best = max(times, key=lambda c: (context.independent(c), len(c.support), -_ordinal(c.value["start"])))
    return best.value["start"]


def _event_place(context: _Context, groups: list[list[ArticleClaim]]) -> Place | None:
    """The best place group (independent sources times specificity), at its most specific gazetteer place."""
    def score(group: list[ArticleClaim]) -> tuple[int, int]:
        resolved = [c for c in group if c.value.get("geonameid") is not None]
        sources = len({context.source[c.article_id] for c in group})
        return (sources * max((specificity(_place(c.value)) for c in resolved), default=0), len(group))

    ranked = [g for g in groups if any(c.value.get("geonameid") is not None for c in g)]
    if not ranked:
        return None
    best = max(ranked, key=score)
    return _place(_most_specific_place([c for c in best if c.value.get("geonameid") is not None]))


def _place(value: dict) -> Place:
    """The Place a place claim's value describes."""
    return Place(name=value["name"], country=value.get("country"), admin1=value.get("admin1"), lat=value.get("lat"),
                 lon=value.get("lon"), geonameid=value.get("geonameid"))


def _ordinal(iso: str) -> int:
    return date.fromisoformat(iso).toordinal()


def _of(claims: list[ArticleClaim], kind: str) -> list[ArticleClaim]:
    return [c for c in claims if c.kind == kind]


def _support(claim: ArticleClaim) -> Support:
    return Support(article_id=claim.article_id, start=claim.start, end=claim.end, quote=claim.quote,
                   attributed_to=claim.attributed_to, polarity=claim.polarity)
