"""Copies: find wire copies and light rewrites, so that one story counts once."""

from newsdesk.copies.minhash import (
    COPY_THRESHOLD,
    CopyCandidate,
    band_keys,
    choose_original,
    estimated_similarity,
    signature,
)

__all__ = ["COPY_THRESHOLD", "CopyCandidate", "band_keys", "choose_original", "estimated_similarity", "signature"]
