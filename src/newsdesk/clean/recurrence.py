"""Cross-document evidence of furniture: lines that recur within one source.

A short line that appears in several articles of the same outlet ("Share
this article", "About the author", "Subscribe to our newsletter") is site
furniture, whatever it says. The desk counts line keys per source as it
stores articles and hands each new article the keys that have recurred.

>>> sorted(candidate_line_keys("Share this story\\n\\nA long paragraph " + "word " * 40))
['share this story']
"""

from __future__ import annotations

from newsdesk.clean.furniture import line_key, restore_line_breaks

# Seen in this many articles of one source (counting the new one), a line
# is furniture. Two could be a coincidence (a repeated quote); three is a
# template.
MIN_ARTICLES = 3
# Longer lines are prose; prose that recurs is a quote or a wire copy, not furniture.
MAX_LINE_CHARS = 160


def candidate_line_keys(text: str) -> set[str]:
    """Keys of the lines of ``text`` short enough to be furniture."""
    keys = set()
    for line in restore_line_breaks(text).splitlines():
        stripped = line.strip()
        if stripped and len(stripped) <= MAX_LINE_CHARS:
            key = line_key(stripped)
            if key:
                keys.add(key)
    return keys
