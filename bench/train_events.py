"""Fit the same-event model on tuning data only, and freeze it in src/newsdesk/events/weights.py.

    .venv/bin/python bench/train_events.py          # fit, choose the threshold, rewrite weights.py

Tuning data: the ECB+ training topics and the NewsWCL50 tuning events (see
bench/events.py for the splits), and the tuning half of a dated stream of
unrelated web pages (bench/unrelated_stream.py), each page its own event:
the first two are almost undated, and a desk reads dated streams in which
most pages report nothing another page reports. Held-out topics, events
and pages are never read here. Each stream is replayed as the linker sees
it: each article is compared with the profile of its gold event as built
from the articles before it (a positive, when there is one within the
linker's window) and with the profiles of the other events the index
would offer (negatives: within the window, or undated), with document
frequencies counted over the articles seen so far. An ECB+ article placed
in another country than its topic's other happening is also compared with
that happening as if both had fallen on the same day (a negative: the
tuning data holds almost no same-day happenings in different places, and
a stream holds many). A logistic regression gives the weights. A second logistic regression, on pairs of tuning
articles (as the linker's sketches hold them; ECB+ and NewsWCL50 only), gives the article-pair model
that decides splits (``refine.py``). The join threshold and the split
log-odds are then chosen together by running the linker on the features
of the same tuning data (copies are not detected in this loop) and keeping
the pair with the best mean B-cubed F1 over a few arrival orders. The weight of the second-order signal in
re-clustering (``refine.second_order``) is chosen with them.

Tried and not kept (issue 3, similar happenings of one ECB+ topic merged; tuning = mean B-cubed F1 of
three arrival orders as ``choose_threshold`` scores them, held out from bench/events.py):
- Years: the year of an article's best-guess event day added to its written years, and a "year_agree"
  signal (share of an event's members stating the article's year; article pairs: a year in common).
  Refitted and re-chosen here (threshold 0.5 -> 0.3): ECB+ training topics 0.931 -> 0.935, NewsWCL50
  tuning events 0.978 -> 0.989; held out ECB+ 0.924 / 0.933 -> 0.918 / 0.917 (all / held-out topics),
  NewsWCL50 0.984 / 0.967 -> 1.000 / 1.000, SemEval half A linker check: other-event pairs merged
  34 -> 40 (other monolingual). With the old threshold 0.5 kept: held out ECB+ 0.921 / 0.928. The
  remaining merges (topics 9, 20, 24, 27) are an undated ECB half against a dated ECB+ half: the
  undated articles state no year to disagree with.
- A headline and lead without a leading web-address line (every ECB+-half document opens with a
  space-broken URL, which often takes the headline's place), in features.py only: tuning 0.931 ->
  0.930. The cleaning stage now drops such a line as site furniture (``clean.furniture``: a line that
  is one web address once its spaces are out), so the title is found; refitted here on that text
  (threshold 0.5 -> 0.3, title_cover's weight turns negative beside term_cosine): ECB+ held out 0.924
  / 0.933 -> 0.925 / 0.930, NewsWCL50 0.984 / 0.967 -> 0.967 / 0.967 (all / held out). Without the
  refit the same cleaning gave 0.918 / 0.917: the address's "http", "www" and "html", present in
  every ECB+-half document and no ECB-half one, had been telling the two halves of a topic apart.
- A lead-person conflict (the most-named "first last" surname of each title + first 600 characters,
  places and demonyms left out; conflict when neither names the other's): within a topic it fires for
  8% of same-event and 54% of other-event pairs, but the article-pair model with it ranks same above
  other within topics no better (mean per-topic AUC 0.925 -> 0.927, topic-grouped 5-fold); the
  worst topics (9, 20, 24, 27) have no protagonist that tells the two happenings apart.
- Weekdays (session 8). The weekdays an article names in its title and lead (CLDR wide names of its own
  language: "on Thursday"), against those its candidate event's members name: in the replay above
  (3 orders) "none in common" fires for 5.6% of gold-event candidates, 39.6% of the topic's other event
  and 36.8% of other candidates (logistic weight -1.9), and it reads undated articles too. Profile
  weekdays in the event model, refitted and re-chosen here (threshold 0.3 -> 0.5): tuning mean 0.9617 ->
  0.9663, all of it NewsWCL50 (one order 0.967 -> 1.000); the ECB+ orders 0.942 / 0.933 / 0.928 -> 0.938 /
  0.932 / 0.928. The ECB+ training topics of the bench run (772 documents together) stay at 0.922. In the
  article-pair model too: 0.9665 (ECB+ 0.937 / 0.931 / 0.932), and the bench run's training topics
  0.922 -> 0.919. Not kept. Topic 7's two fights
  both fell on a Saturday; topic 24's heists (a Thursday, a Monday) merged further at the higher threshold.
  Checking the article's weekdays against the event's known days instead (its first day - 2 to its last day)
  fires for 4.4% / 9.8% of gold / other candidates (weight -0.26). It changes no decision: tuning 0.9617,
  every order identical.
- Within-topic ranking of the article-pair model (mean per-topic AUC, topic-grouped 5-fold, ECB+
  training topics; base 0.920, worst 27 0.66, 9 0.70, 24 0.70, 20 0.71). Adding: weekday agreement and
  conflict 0.923. A figure conflict (both have figures, none shared: within a topic 18% of same-event and
  47% of other-event pairs) 0.921. A salient-name conflict (each article's two highest-IDF names missing
  from the other: 60% / 90%) 0.919. IDF raised to the power 1.5 / 2 / 3 (topic words weigh less against
  the rarer words that tell two happenings apart): 0.921 / 0.920 / 0.913. None of them is worth a refit.
  The multilingual embedding (events/embed.py) of each article's title + lead, centred on the training
  articles' mean: alone its per-topic AUC is 0.891 (topic 27 0.59, 20 0.57, 9 0.66; 24 0.85, 7 0.97); as a
  second signal beside the article-pair model's log-odds (logistic fit on all training pairs) 0.925 -> 0.929,
  for an embedding of every article. A figure for a date without a year (month and day in the text, within
  two days counted alike): both articles of a pair state one for 32% of same-event and 16% of other-event
  pairs within a topic, and none agrees for 8% and 15%: too few to tell the happenings apart.
- Names from title-case headlines (session 25). A headline that capitalises every longer word ("Kraft Shooting:
  Yvonne Hiller Charged With Two Counts Of Murder", 164 of 469 ECB+ and NewsWCL50 titles) gives one long
  run as a name; taking from such a title only the words the text capitalises inside a sentence gives "kraft",
  "yvonne hiller". Refitted and re-chosen here (same threshold, split and second order): tuning mean 0.9625
  (the old features refitted the same day) -> 0.9607; held out ECB+ 0.925 / 0.930 -> 0.924 / 0.925 (all /
  held-out topics), NewsWCL50 0.967 -> 0.984 (held-out events unchanged); without the refit 0.926 / 0.931. Also dropping a
  sentence's first word unless the text capitalises it elsewhere ("Sixty-year-old Sharron ..."): tuning
  0.9581, ECB+ 0.921 / 0.922. Not kept: cleaner names, no better events. Narrower (session 31): a one-word run
  opening a sentence of the title or lead and written in lower case elsewhere in them ("Magnitude 6.8 quake
  strikes Peru" beside "a magnitude 6.8 earthquake"), refitted: tuning 0.9625 -> 0.9621, ECB+ 0.925 / 0.930 ->
  0.920 / 0.925 (without the refit 0.922 / 0.925). Not kept either.
- Places and countries from the place spotter's sure toponyms (session 29; SURE, or LIKELY after "in", "at"...)
  instead of every capitalised name the gazetteer knows ("Tara", "Reid", "Summit" are towns somewhere). In the
  replay, country conflict then fires for 1.5% of gold-event candidates instead of 4.5% (other candidates 29%
  instead of 42%), and the refit weighs it -1.9 instead of -1.0. But the tuning mean falls 0.9625 -> 0.9533
  (threshold 0.5), ECB+ orders 0.942 / 0.933 / 0.933 -> 0.933 / 0.929 / 0.924. Keeping every name for place
  cover and taking countries only from sure toponyms: 0.9541. Not kept for linking. Two ECB+ articles that both
  name "Reid" share a hit, whatever town that is. Sure toponyms now place the event (``main_places``) only.
  The motive was five made-up flood reports (Spain, Italy, and a trial in Malaga on the same days). They stay one
  event under both fits, because ECB+ holds no such negatives. Session 31 measured it: in the replay (one
  order) a country conflict within a week's day gap fires for 1.3% of the gold-event candidates of the ECB+
  training topics (7: demonym countries, "Morningside" taken for Canada's, an undersea cable that names the
  countries it joins) and 0.25% of the others (17), so no fit can weigh it. Two earthquakes of one day, in
  Peru and in Turkey, joined one event (p 0.91 after 800 ECB+ and NewsWCL50 articles in the store; the
  term cosine of two quake reports and a shared title-initial "Magnitude" outweigh the conflict).
  Kept instead (session 32): the countries of the main places only, conflicting at about the same time
  (``main_country_conflict``): among candidates within a week it fires for 2 of 191 gold-event ones and 71
  of 281 others; with the same-day negatives above its weight is -4.2 (-1.5 without them), tuning mean
  unchanged. In a young store the quakes still joined: see the next item.
- An article's terms that no earlier article holds used to be left out of its norm (they cannot match an
  event yet). In a store of a few articles most words are unseen, so the norm over the few seen ones made
  the two quake reports' term cosine 0.42. Counted in (session 32), refitted: tuning mean 0.9625 -> 0.9676
  (NewsWCL50's third order 0.967 -> 1.000); held out ECB+ 0.925 / 0.930 -> 0.928 / 0.944. Kept.
- Publication dates from datelines in figures (session 33, ``clean.dates``: "Posted: 04/28/09", "Last updated
  13:26 14/09/2013"; a slashed date both of whose parts could be the month is left out), which date 24 more
  ECB+-half documents. Not a change of the model, so the weights were first kept: tuning mean 0.9676 -> 0.9662
  with the new features. Refitted on them: 0.9645 (threshold, split and second order unchanged), so the weights
  written before stay. Held out (weights kept): ECB+ 0.928 / 0.944 -> 0.923 / 0.953 (all / held-out topics;
  held-out topic 23 0.77 -> 0.88; training topics 29 1.00 -> 0.86 and 16 0.95 -> 0.79: articles on the trial,
  two years after the shooting, now dated, stand apart from it, as the issue wants a trial apart from its crime,
  where ECB+'s gold keeps them in the shooting's event), NewsWCL50 unchanged.
- A floor on shared content (session 34, ``similarity.CONTENT_FLOOR``): two German blog posts a week apart that
  both named Germany (place and country cover 0.5, term and name cosines near 0) were linked at p = 0.37. Of the
  1,635 same-event pairs of ``training_pairs`` (three orders), one has both cosines below 0.03, against 18,168 of
  the 20,848 other-event pairs; below it the probability is 0. Applied after the fit, the weights kept: ECB+ and
  NewsWCL50 B3 identical, SemEval half B's linker check without the second look 60 -> 61 of 82 monolingual
  same-event pairs together and 47 -> 46 of 235 other-event ones merged, with it identical.
- A calibration for dated streams (session 37). The tuning corpora are almost undated, and their few dated
  pairs (ECB+-half datelines) are either one happening's reports or happenings years apart, so two dated
  articles a few days apart got the bias alone (-1.54, against -3.90 undated): in a dated stream of unrelated
  web pages (bench/unrelated_stream.py, 984 original pages) 116 joined another page's event, 72 of them 1 to 10
  days apart. Tried: every undated tuning pair again as a dated stream would hold it (one happening's reports 0
  to 2 days apart, any other candidate 0 to WINDOW_DAYS), then the bias and ``day_close`` refitted on those
  copies with every other weight fixed, ``day_unknown`` and ``day_far`` absorbing the change so that undated
  and far-apart pairs score as before (linker and article-pair model alike). Unrelated-stream joins 116 -> 59
  (1 to 10 days apart 72 -> 13); but ECB+ 0.923 / 0.953 -> 0.902 / 0.918 (all / held-out topics): dateline-dated
  reports of one happening a day or two apart split. In the full refit instead of the calibration alone: ECB+
  0.900 / 0.908. Leaving places that are countries out of ``place_cover`` (a country is ``country_cover``'s)
  refitted: ECB+ 0.913 / 0.927 against 0.913 / 0.928 for the unchanged features refitted the same day (the
  committed weights predate later feature changes: 0.923 / 0.953). Not kept.
- Synthetic dated pairs again, session 38 (unrelated-stream joins over all 984 pages; ECB+ all / held-out
  topics). A day gap flat over the first day (``day_close`` 1 within a day, then ``exp(-(gap - 1) / 2)``): alone,
  weights kept, no change (0.923 / 0.953); with the calibration above 61 joins, ECB+ 0.906 / 0.930; with the
  same-event gaps drawn from the dated ECB+ training pairs (0 days 478, 1 day 268, 2 to 10 days 158) instead of
  0 to 2, 52 joins, ECB+ 0.905 / 0.927. Held-out topics 18 and 21 split, 10 and 11 merged: the copied negatives
  are the top candidates of ECB+ topics, the other happening of the topic among them, far harder than what a
  stream's window offers. Kept instead: real negatives, the tuning half of the unrelated stream in the fit and
  in the choice of the threshold, candidates limited to the linker's window. Refitted the same day without it
  (window alone / nothing): ECB+ 0.914 / 0.928 and 0.913 / 0.928, held-out half of the stream 37 and 38 of 475
  pages joined; with it 0.911 / 0.924 and 17, SemEval half B's linker check merging fewer other-event pairs
  (en 5 -> 2 of 41, other monolingual 46 -> 38 of 235, cross-lingual 9 -> 5 of 121) and recalling 14 -> 15 of
  38 cross-lingual same-event pairs. The flat day gap on top: 0.914 / 0.921 and 17; a threshold of 0.4 offered
  to the choice: not chosen.
- SemEval ``pair_score`` (bench/train_pair_score.py's cross-validation on half A, 5 x 5-fold, en-en /
  other monolingual / cross-lingual; frozen set 0.899 / 0.788 / 0.847). Each try below was added to the
  frozen set.
  - A learned diagonal metric: the 384 products of the centred leads (or of the best pair, or of the mean
    pieces), ridge-penalised 300 to 10,000 as a block. At best 0.895 / 0.789 / 0.850; worse below 3,000.
  - Day-and-month dates written in the first 3,000 characters, as a Jaccard or as a conflict. Figures of
    the whole text (Jaccard, shared count). A year conflict. Each within 0.002.
  - Name words matched on their first 4 / 5 / 6 letters, so that Polish "Andrzeja Dudy" matches
    "Andrzej Duda" (correlation with Overall -0.54). Alone or times cross-language: alike.
  - The cosine of the mean of the first 3 / 4 / 6 pieces (all cached) beside the best pair: 0.900 / 0.787 /
    0.852-0.853. That is +0.005 on cross-lingual only, for 1.5-3 times the embedding; not kept.
  - The target denoised with the annotators' Geography, Entities, Time and Narrative scores (mixed into
    Overall): +0.003 at most.
  - A pair with a text under 20-80 words scored "unknown": 0.758 to 0.720 on other monolingual, far worse.
  - The ridge weighting cross-lingual or monolingual pairs 1.5 times (or en-en half): within 0.003.
  Where the other-monolingual figure is lost: out of fold, ar-ar (26 pairs of half A) correlates 0.33.
  Without it the group is at 0.824, not 0.790. Five of those Arabic texts are one site's donation
  banner and mission statement, nothing else. Against different articles they were scored Overall 1, 2,
  4, 1 and 4, so no text evidence can predict them. With the language pair held out instead of random
  folds, other monolingual falls to 0.754: the model leans on its per-language offsets.
"""

from __future__ import annotations

import copy
import dataclasses
import math
import random
import sys
import tempfile
from collections import Counter
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import unrelated_stream  # noqa: E402
from events import NEWSWCL_TUNE_EVENTS, TRAIN_TOPICS, bcubed, ecb_docs, newswcl_docs  # noqa: E402

from newsdesk.clean.article import clean_item  # noqa: E402
from newsdesk.events import linker as linker_module  # noqa: E402
from newsdesk.events import refine, similarity  # noqa: E402
from newsdesk.events.features import extract_event_features, term_key  # noqa: E402
from newsdesk.events.members import sketch  # noqa: E402
from newsdesk.events.profile import EventProfile  # noqa: E402
from newsdesk.model import RawItem  # noqa: E402
from newsdesk.read import iter_inputs  # noqa: E402
from newsdesk.store import Store  # noqa: E402

WEIGHTS_FILE = HERE.parent / "src" / "newsdesk" / "events" / "weights.py"
PAIR_SCORE_MARK = "# -- SemEval pair score"
NEGATIVES_PER_ARTICLE = 12
THRESHOLDS = [0.3, 0.5]
SPLIT_LOGITS = [-2.0, -1.5, -1.25, -1.0]
SECOND_ORDERS = [0.0, 1.0, 2.0, 3.0]
# Each setting is scored on the tuning corpora in this many arrival orders (the file's, then shuffles): streaming
# results depend on the order, and one order's score picked settings that merely suited it.
ORDERS = 3


def tuning_corpora() -> list[list[dict]]:
    """Each corpus is clustered on its own, as in the benchmark."""
    ecb = [d for d in ecb_docs() if d["topic"] in TRAIN_TOPICS]
    wcl = [d for d in newswcl_docs() if str(d["event"]) in NEWSWCL_TUNE_EVENTS]
    return [ecb, wcl]


def unrelated_stream_docs() -> list[dict]:
    """The tuning half of the dated stream of unrelated pages (bench/unrelated_stream.py), each page its own
    event."""
    with tempfile.TemporaryDirectory() as tmp:
        unrelated_stream.pages_dir(Path(tmp), unrelated_stream.TUNING_HALF)
        items = [item for item in iter_inputs([tmp]) if isinstance(item, RawItem)]
    return [{"id": item.id, "event": item.id, "raw": item} for item in items]


def featurise(docs: list[dict]) -> list[tuple[dict, object]]:
    out = []
    for d in docs:
        raw = d.get("raw") or RawItem(id=d["id"], origin="tuning", text=d["text"], published=d.get("published"))
        try:
            out.append((d, extract_event_features(clean_item(raw))))
        except ValueError:
            continue
    return out


def training_pairs(corpus: list[tuple[dict, object]], rng: random.Random) -> tuple[list[list[float]], list[int]]:
    siblings = _siblings(corpus)
    order = corpus[:]
    rng.shuffle(order)
    profiles: dict[str, EventProfile] = {}
    documents: Counter = Counter()
    seen = 0
    xs, ys = [], []
    for doc, features in order:
        name_keys = {n: term_key("n:" + n) for n in features.names}
        idf = _idf(documents, seen)
        name_idf = _idf({n: documents.get(k, 0) for n, k in name_keys.items()}, seen)
        gold = str(doc["event"])
        evidence = similarity.ArticleEvidence(features, idf, name_idf)
        if gold in profiles and _within_window(features.event_day, profiles[gold]):
            xs.append(similarity.pair_evidence(evidence, profiles[gold]))
            ys.append(1)
        # the candidates the store's index would offer: events within the linker's window, undated ones, all for
        # an undated article
        others = [p for e, p in profiles.items() if e != gold and _within_window(features.event_day, p)]
        others.sort(key=lambda p: -_shared_keys(features, p))
        for profile in others[:NEGATIVES_PER_ARTICLE]:
            xs.append(similarity.pair_evidence(evidence, profile))
            ys.append(0)
        for sibling in siblings.get(gold, ()):
            if sibling in profiles and (x := _same_day_conflict(evidence, profiles[sibling])) is not None:
                xs.append(x)
                ys.append(0)
        profiles.setdefault(gold, EventProfile(gold)).add(features, idf, name_idf)
        documents.update([*features.terms, *name_keys.values()])
        seen += 1
    return xs, ys


def _within_window(day: int | None, profile: EventProfile) -> bool:
    if day is None or profile.first_day is None:
        return True
    return profile.first_day - linker_module.WINDOW_DAYS <= day <= profile.last_day + linker_module.WINDOW_DAYS


def _siblings(corpus: list[tuple[dict, object]]) -> dict[str, set[str]]:
    """Gold event -> the other happenings of its ECB+ topic (same kind of happening, another time and place)."""
    by_topic: dict[object, set[str]] = {}
    for doc, _ in corpus:
        if "topic" in doc:
            by_topic.setdefault(doc["topic"], set()).add(str(doc["event"]))
    return {event: events - {event} for events in by_topic.values() for event in events}


def _same_day_conflict(evidence: similarity.ArticleEvidence, profile: EventProfile) -> list[float] | None:
    """The signals of ``evidence`` against ``profile`` (the other happening of its topic) had the two happened on
    the same day, when they are placed in different countries; None when they are not (or the profile is undated)."""
    mine = evidence.features.main_countries
    if profile.first_day is None or not (mine and profile.main_countries and not mine & profile.main_countries.keys()):
        return None
    moved = copy.copy(evidence)
    moved.day = profile.first_day
    moved.features = dataclasses.replace(evidence.features, years=set(profile.years))
    return similarity.pair_evidence(moved, profile)


def _shared_keys(features, profile: EventProfile) -> int:
    """How the store index would rank this event as a candidate (shared names, places, title words)."""
    return (len(features.names.keys() & profile.names.keys()) + len(features.places & profile.places.keys())
            + len(features.title_terms & profile.title_terms.keys()))


def _idf(documents, total):
    return lambda key: math.log((total + 1) / (documents.get(key, 0) + 1)) + 1.0


def fit(xs, ys) -> tuple[float, dict[str, float]]:
    model = LogisticRegression(C=1.0, class_weight="balanced", max_iter=2000)
    model.fit(np.array(xs), np.array(ys))
    weights = {name: round(float(w), 4) for name, w in zip(similarity.FEATURE_NAMES, model.coef_[0])}
    return round(float(model.intercept_[0]), 4), weights


def pair_examples(corpus: list[tuple[dict, object]]) -> tuple[np.ndarray, np.ndarray]:
    """Signals and labels of every pair of articles of one corpus, from sketches weighted as the linker would."""
    documents: Counter = Counter()
    for _, features in corpus:
        documents.update([*features.terms, *(term_key("n:" + n) for n in features.names)])
    idf = _idf(documents, len(corpus))
    members = []
    for _, features in corpus:
        evidence = similarity.ArticleEvidence(features, idf, lambda n: idf(term_key("n:" + n)))
        members.append(sketch(features, evidence.terms, evidence.names, evidence.title_weights)[1])
    members = refine.shared_terms_only(members, lambda keys: np.array([documents[k] for k in keys.tolist()], np.int64))
    signals = refine.member_features(members)
    upper = np.triu_indices(len(members), 1)
    xs = np.stack([signals[name][upper] for name in similarity.FEATURE_NAMES], axis=1)
    gold = np.array([str(doc["event"]) for doc, _ in corpus])
    return xs, (gold[upper[0]] == gold[upper[1]]).astype(int)


def fit_pairs(corpora: list[list[tuple[dict, object]]]) -> tuple[float, dict[str, float]]:
    examples = [pair_examples(c) for c in corpora]
    xs = np.vstack([x for x, _ in examples])
    ys = np.concatenate([y for _, y in examples])
    model = LogisticRegression(C=1.0, max_iter=2000)  # calibrated log-odds: the split cut is a log-odds
    model.fit(xs, ys)
    weights = {name: round(float(w), 4) for name, w in zip(similarity.FEATURE_NAMES, model.coef_[0])}
    print(f"{len(ys)} article pairs ({int(ys.sum())} positive)", file=sys.stderr)
    return round(float(model.intercept_[0]), 4), weights


def link(corpus: list[tuple[dict, object]], threshold: float, split_logit: float | None) -> dict[str, str]:
    """The event of each article when the linker alone runs over ``corpus`` in batches, as Desk would."""
    store = Store(":memory:")
    linker = linker_module.EventLinker(store, threshold=threshold, split_logit=split_logit)
    for start in range(0, len(corpus), 128):
        batch = [features for _, features in corpus[start:start + 128]]
        with store.transaction():
            linker.begin_batch(batch)
            for features in batch:
                linker.assign(features)
            linker.flush()
    events = store.event_member_events()
    store.close()
    return events


def choose_threshold(corpora: list[list[tuple[dict, object]]]) -> tuple[tuple[float, float, float], list]:
    """(join threshold, split log-odds, second-order weight) with the best mean B-cubed F1 over ``corpora``."""
    orders = []
    for corpus in corpora:
        rng = random.Random(11)
        orders += [corpus] + [rng.sample(corpus, len(corpus)) for _ in range(ORDERS - 1)]
    curve = []
    for second_order in SECOND_ORDERS:
        refine.SECOND_ORDER = second_order
        for threshold in THRESHOLDS:
            for split_logit in SPLIT_LOGITS:
                scores = []
                for corpus in orders:
                    gold = {doc["id"]: str(doc["event"]) for doc, _ in corpus}
                    scores.append(bcubed(link(corpus, threshold, split_logit), gold)[2])
                curve.append(((threshold, split_logit, second_order), sum(scores) / len(scores)))
                print(f"threshold {threshold:.2f}, split {split_logit}, second order {second_order}: mean B-cubed F1 "
                      f"{curve[-1][1]:.4f} ({', '.join(f'{x:.4f}' for x in scores)})", file=sys.stderr)
    return max(curve, key=lambda c: c[1])[0], curve


def write_weights(bias: float, weights: dict[str, float], threshold: float, pairs: int,
                  pair_model: tuple[float, dict[str, float]], split_logit: float | None,
                  second_order: float = 0.0) -> None:
    pair_bias, pair_weights = pair_model
    lines = [
        '"""Frozen coefficients of the same-event models (see similarity.py and refine.py).',
        "",
        "Written by bench/train_events.py from the tuning data only (ECB+ training topics,",
        "NewsWCL50 tuning events, the tuning half of bench/unrelated_stream.py's pages;",
        f"{pairs} article-event pairs). Do not edit by hand.",
        '"""',
        "",
        f"BIAS = {bias}",
        "WEIGHTS = {",
        *[f'    "{name}": {value},' for name, value in weights.items()],
        "}",
        f"THRESHOLD = {threshold}",
        "# Article-pair model and the average log-odds below which an event's members are split apart.",
        f"PAIR_BIAS = {pair_bias}",
        "PAIR_WEIGHTS = {",
        *[f'    "{name}": {value},' for name, value in pair_weights.items()],
        "}",
        f"SPLIT_LOGIT = {split_logit}",
        "# Weight of the second-order signal (refine.second_order) added to the pair log-odds when re-clustering.",
        f"SECOND_ORDER = {second_order}",
        "",
    ]
    # the SemEval pair-score block at the end belongs to bench/train_pair_score.py: keep it
    old = WEIGHTS_FILE.read_text(encoding="utf-8") if WEIGHTS_FILE.exists() else ""
    tail = old[old.find(PAIR_SCORE_MARK):] if PAIR_SCORE_MARK in old else ""
    WEIGHTS_FILE.write_text("\n".join(lines) + tail, encoding="utf-8")


def main() -> None:
    rng = random.Random(7)
    corpora = [featurise(docs) for docs in tuning_corpora()]
    # The unrelated stream trains the linker model and takes part in choosing the threshold; the article-pair
    # model judges members of one event, which its pages never are together (its 130,000 pairs of unrelated
    # pages would outweigh the rest: ECB+ 0.911 / 0.924 -> 0.901 / 0.922 when they were in).
    linked = [*corpora, featurise(unrelated_stream_docs())]
    xs, ys = [], []
    for featurised in linked:
        for _ in range(3):  # three arrival orders per corpus
            cx, cy = training_pairs(featurised, rng)
            xs += cx
            ys += cy
    bias, weights = fit(xs, ys)
    print(f"{len(ys)} pairs ({sum(ys)} positive); bias {bias}; weights {weights}", file=sys.stderr)
    pair_model = fit_pairs(corpora)
    print(f"pair model {pair_model}", file=sys.stderr)
    write_weights(bias, weights, 0.5, len(ys), pair_model, None)
    _reload()
    (threshold, split_logit, second_order), _ = choose_threshold(linked)
    write_weights(bias, weights, threshold, len(ys), pair_model, split_logit, second_order)
    print(f"threshold {threshold}, split log-odds {split_logit}, second order {second_order}; wrote {WEIGHTS_FILE}",
          file=sys.stderr)


def _reload() -> None:
    import importlib

    from newsdesk.events import weights

    importlib.reload(weights)
    importlib.reload(similarity)
    importlib.reload(refine)
    importlib.reload(linker_module)


if __name__ == "__main__":
    main()
