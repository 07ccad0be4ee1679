"""Near-duplicate detection with MinHash signatures and LSH banding.

Each article's clean text becomes a set of word 3-grams ("shingles"); its
MinHash signature (datasketch) estimates the Jaccard similarity of two such
sets. The signature is cut into ``BANDS`` bands; two articles that agree on
all rows of any band become candidates, and a candidate whose estimated
similarity reaches ``COPY_THRESHOLD`` is a copy. The band keys live in the
store (an index lookup per band), so finding candidates costs the same
whether the store holds a thousand articles or a million.

>>> a = signature("The army said 46 soldiers crossed the border on Sunday night after clashes.")
>>> b = signature("The army said 46 soldiers crossed the border on Sunday night after heavy clashes.")
>>> round(estimated_similarity(a, b), 1) >= 0.5
True
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

import numpy as np
import xxhash

if TYPE_CHECKING:
    from datasketch import MinHash

NUM_PERM = 128
# A wire copy with a new headline, a trimmed last paragraph and a reworded
# sentence keeps well over half of its 3-grams; two different reports of
# the same event share far fewer (quotes and names, not whole passages).
COPY_THRESHOLD = 0.5
SHINGLE_WORDS = 3

_WORD = re.compile(r"\w+", re.UNICODE)


@lru_cache(maxsize=1)
def _bands() -> tuple[int, int]:
    """(bands, rows) that datasketch finds optimal for the threshold."""
    from datasketch import MinHashLSH  # with SciPy (~0.5 s): imported when copies are first looked for

    lsh = MinHashLSH(threshold=COPY_THRESHOLD, num_perm=NUM_PERM)
    return lsh.b, lsh.r


@lru_cache(maxsize=1)
def _template() -> MinHash:
    # xxh32 instead of datasketch's default SHA-1: half the cost per article,
    # and as good a spread for shingle hashing.
    from datasketch import MinHash

    return MinHash(num_perm=NUM_PERM, seed=1, hashfunc=xxhash.xxh32_intdigest)


@dataclass(frozen=True, slots=True)
class CopyCandidate:
    """A stored article that shares an LSH band with a new one."""

    article_id: str
    signature: bytes
    published: str | None
    text_length: int
    duplicate_of: str | None
    event_id: str | None

    @property
    def original_id(self) -> str:
        return self.duplicate_of or self.article_id


def shingles(text: str) -> set[bytes]:
    """Word 3-grams of the case-folded text (the whole text if it is shorter)."""
    words = _WORD.findall(text.casefold())
    if len(words) < SHINGLE_WORDS:
        return {" ".join(words).encode()} if words else set()
    return {" ".join(words[i : i + SHINGLE_WORDS]).encode() for i in range(len(words) - SHINGLE_WORDS + 1)}


def signature(text: str) -> bytes:
    """MinHash signature of ``text`` as bytes (NUM_PERM unsigned 32-bit values)."""
    minhash = _template().copy()
    grams = shingles(text)
    if grams:
        minhash.update_batch(list(grams))
    return minhash.hashvalues.astype(np.uint32).tobytes()


def band_keys(sig: bytes) -> list[int]:
    """One signed 64-bit key per LSH band: equal keys mean an equal band."""
    bands, rows = _bands()
    values = np.frombuffer(sig, dtype=np.uint32)
    keys = []
    for band in range(bands):
        chunk = values[band * rows : (band + 1) * rows].tobytes()
        digest = hashlib.blake2b(band.to_bytes(2, "little") + chunk, digest_size=8).digest()
        keys.append(int.from_bytes(digest, "little", signed=True))
    return keys


def estimated_similarity(sig_a: bytes, sig_b: bytes) -> float:
    """Estimated Jaccard similarity of the shingle sets behind two signatures."""
    a = np.frombuffer(sig_a, dtype=np.uint32)
    b = np.frombuffer(sig_b, dtype=np.uint32)
    return float(np.count_nonzero(a == b)) / len(a)


def choose_original(
    first: tuple[str, str | None, int], second: tuple[str, str | None, int]
) -> str:
    """Id of the original among two copies given as (id, published, text length).

    The earliest published wins (an undated article is taken as the latest);
    on the same date the most complete (longest) text; then the smaller id.

    >>> choose_original(("b", "2021-07-25", 100), ("a", "2021-07-26", 900))
    'b'
    >>> choose_original(("b", "2021-07-26", 100), ("a", "2021-07-26", 900))
    'a'
    """
    def rank(entry: tuple[str, str | None, int]) -> tuple[str, int, str]:
        article_id, published, length = entry
        return (published or "9999-99-99", -length, article_id)

    return min(first, second, key=rank)[0]
