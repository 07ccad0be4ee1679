"""Facts: what each article claims, with character spans in its clean text.

Finders each look for one kind of claim in a :class:`FactText` and return
:class:`Finding` records; :func:`extract_claims` runs them all and marks
attribution, denials and background.
"""

from newsdesk.facts.document import FactText, Finding, Sentence, split_sentences

__all__ = ["FactText", "Finding", "Sentence", "split_sentences"]
