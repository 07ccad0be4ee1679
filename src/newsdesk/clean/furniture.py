"""Remove site furniture from plain-text articles and find their title.

A scraped page flattened to text keeps what surrounded the story on the
page: breadcrumbs, bylines and desk labels, author boxes, share and
"Back to top" lines, ads, cookie and newsletter prompts, "Check Also" or
"Related" blocks with their teasers, and related-article headlines that the
site injected between paragraphs. ``strip_furniture`` removes them the way
an editor would, one whole line at a time, and never rewrites a line it keeps.

The approach is line-level evidence read against the layout of a news page,
in passes over the non-blank lines:

1. **Shape.** Word count, sentence-final punctuation, a truncated teaser
   ("..."), a bullet, an opening quote, a "Q:"/"KABUL:" label, an introducer
   ending with ":", and whether the line is glued to the one above (no
   blank line between). *Prose* ends like a sentence (a short question is
   a heading), or is too long (28+ words) to be a heading.
2. **Phrasing** that is furniture wherever it stands, one precompiled
   pattern per family: menus and breadcrumbs, share/print/back-to-top,
   ads and shop buttons, comment prompts, cookie and newsletter prompts,
   bylines and desk or agency labels, copyright, tags, photo credits,
   "Read more: <headline>" links, and block *triggers* ("Check Also",
   "Related", "You may also like", "About <author>"). Lines whose
   ``line_key`` is in ``recurring`` go too, unless they are long sentences
   (12+ words ending like a sentence).
3. **Head** (lines above the first paragraph). The first headline-shaped
   line of 3+ words, or the line matching ``known_title``, is the title;
   lines above it are labels; short lines (6 words or fewer) between it and
   the first paragraph are byline, date or desk, unless glued to the
   paragraph and sharing its words (then a sub-heading). Longer ones (a
   standfirst) stay.
4. **Trigger blocks.** A trigger takes the headlines and truncated teasers
   under it. At the bottom of the page (nothing but headline/teaser blocks
   below) it also takes teaser sentences glued under a headline, or the
   author's bio; in mid-article it stops at a gap or at a heading that sits
   on its paragraph.
5. **Tail.** Below the last paragraph up to three non-sentence lines go
   (spam, buttons, sign-offs); more than three is a list (dates, prices,
   results) and stays. Bullets, quotes and sentence-like lines stop the scan.
6. **Body.** Non-sentence lines between paragraphs are headings. A run of
   three or more is a list and stays. In a pair, the line on the paragraph
   is its sub-heading and the other is an injected related-article link if
   it looks like a headline (6+ words, as long as the sub-heading, or a
   headline device) -- unless the paragraph shares the words of the upper
   line and not of the lower one, in which case the link is the lower one.
   A lone heading is a link only if it looks like a headline (long, a
   mid-line colon, question or dash, Title Case), shares almost no content
   words with the paragraphs on either side, is not a question, does not
   start in lower case, is not in the first person, and does not read like
   a sentence that lost its period (many stop words or commas). A short
   all-lower-case line ("cheap hosting") is spam.

Keeping a furniture line is preferred to dropping a real paragraph: no shape
rule removes prose, bullets, quotes or lists. Kept lines are returned
stripped of surrounding whitespace only, joined with blank lines.

Counting: ``removed_lines`` counts every non-blank input line that was
dropped, except the title line itself. A breadcrumb that ends with the title
("Home / News / <title>") is furniture and counts as removed; a copy of the
title further down counts as removed too. A line of only invisible characters
(zero-width spaces) counts as blank.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Collection
from dataclasses import dataclass
from functools import partial

__all__ = ["CleanText", "strip_furniture", "line_key", "restore_line_breaks"]


@dataclass(frozen=True, slots=True)
class CleanText:
    """The result of :func:`strip_furniture`."""

    title: str | None
    """The headline, if the text starts with one (after any breadcrumb or label)."""
    body: str
    """Kept lines (paragraphs and sub-headings) joined with blank lines; no title."""
    removed_lines: int
    """Non-blank input lines dropped as furniture (the title line is not counted)."""


# ---------------------------------------------------------------------------
# line breaks

# A line break written out as the two characters backslash and "n", standing alone (between spaces, or at a
# line's end): text escaped twice on its way, as NewsWCL50's texts end every paragraph. Inside a word it stays.
_WRITTEN_OUT_BREAK = re.compile(r"(?<!\S)\\n(?!\S)")


def restore_line_breaks(text: str) -> str:
    r"""``text`` with its written-out line breaks made line breaks again, before its lines are read.

    >>> restore_line_breaks("Migrants reach the border \\n Members of the caravan waited. \\n")
    'Migrants reach the border \n Members of the caravan waited. \n'
    >>> restore_line_breaks(r'printf("%d\n", n)')
    'printf("%d\\n", n)'
    """
    return _WRITTEN_OUT_BREAK.sub("\n", text)


# ---------------------------------------------------------------------------
# keys

_KEY_JUNK = re.compile(r"[\W\d_]+")


def line_key(line: str) -> str:
    """Normalised key of a line, for counting recurrence across documents.

    Case, whitespace, digits and punctuation do not matter:

    >>> line_key("  Share   this: 12 Comments ")
    'share this comments'
    >>> line_key("© 2021 Harbour Times") == line_key("© 2023  HARBOUR times.")
    True
    >>> line_key("Posted on 26/07/2021") == line_key("posted on 1.8.2022")
    True
    """
    return _KEY_JUNK.sub(" ", line.casefold()).strip()


# ---------------------------------------------------------------------------
# line shape

_CLOSERS = "\"'”’»)]}*"
_TERMINAL = ".!?…。！？।۔؟"
_OPEN_QUOTES = "\"“‘'«„"
_BULLET = re.compile(r"(?:[-*•·▪◦►✓]\s+|\d{1,2}[.)]\s+|[a-z][)]\s+)")
# an internal sentence boundary: "... word. Next"
_BOUNDARY = re.compile(r"(?<=[\w)\"”’])[.!?][\"”’]?\s+[\"“‘]?[A-Z0-9]")
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad"  # a line of only these is blank
_SPEAKER = re.compile(r"(?:[QA]|[A-Z][A-Z.'’-]+(?:\s[A-Z][A-Z.'’-]+){0,2})\s?:\s")
# A dateline on a line of its own: "WASHINGTON —", "WEST PALM BEACH, Fla. —", "KABUL (Reuters) -".
_DATELINE_LINE = re.compile(r"[A-Z][A-Z.'’ -]{2,}(?:,\s*[\w.]+(?:\s[\w.]+)?)?(?:\s*\([^)]{1,30}\))?\s*[—–-]+")
# A dateline as a label: "ACCRA: Nine miners ...", "KABUL: ..." (capitals, then a colon).
_DATELINE_LABEL = re.compile(r"[A-Z][A-Z.'’ -]{2,}:")
_SYMBOL_TAIL = "".join(
    chr(c) for c in range(0x2000, 0x2BFF) if unicodedata.category(chr(c))[0] == "S"
) + "".join(chr(c) for c in range(0x1F000, 0x1FAFF)) + "\ufe0f\u200d "
_WORD_EDGE = "\"'“”‘’.,;:!?()[]{}<>«»-–—…/|*#%&+=_~"
_PUNCT = re.compile("[" + re.escape(_WORD_EDGE) + "\t]")  # (str.translate is slower here)

_STOP = frozenset(
    """a about above after again against all also am an and any are as at be because been
    before being below between both but by can could did do does doing down during each
    few for from further had has have having he her here hers him his how however i if in
    into is it its itself just many may me might more most much must my no nor not now of
    off on once only or other our ours out over own said same says she should since so some
    such than that the their theirs them then there these they this those through to too
    under until up upon very was we were what when where which while who whom why will with
    would yet you your new one two three amid""".split()
)

# Evidence strength thresholds (words).
_PROSE_MIN_WORDS = 28  # a line this long is a paragraph even without a final period
_SHORT_QUESTION = 10  # "What happens next?" is a heading, not a paragraph
_BYLINE_MAX_WORDS = 6  # short lines between title and first paragraph
_TEASER_MAX_WORDS = 45
_TAIL_MAX_LINES = 3  # more non-sentence lines than this below the last paragraph: a list
_CONTENT_CHARS = 300  # content words are read from this many leading characters


class _Line:
    """One non-blank input line (stripped) and its shape, computed once."""

    __slots__ = (
        "text", "low", "wc", "glued", "terminal", "truncated", "prose", "bullet",
        "intro", "quote", "speaker", "_cw", "_norm",
    )

    def __init__(self, text: str, glued: bool) -> None:
        self.text = text
        self.low = text.casefold()
        self.wc = wc = len(text.split())
        if len(text) > 15 * wc:  # scripts written without spaces (Chinese, Japanese, Thai)
            self.wc = len(text) // 2
        self.glued = glued  # no blank line between this line and the previous one
        end = text.rstrip(_CLOSERS) or text
        last = end[-1]
        if last > "\u2000" and last not in _TERMINAL and unicodedata.category(last)[0] == "S":
            end = end.rstrip(_SYMBOL_TAIL) or end  # "... today! 🙂"
            last = end[-1]
        self.truncated = last == "…" or end.endswith("...") or end.endswith("[…]")
        self.terminal = terminal = last in _TERMINAL
        self.intro = last == ":" or last == "："
        self.bullet = _BULLET.match(text) is not None
        self.quote = text[0] in _OPEN_QUOTES
        # "Q: ...", "A: ...", "KABUL: ...": a speaker or dateline label, not a headline kicker
        self.speaker = _SPEAKER.match(text) is not None
        wc = self.wc
        if terminal:
            # a short question is a heading ("What happens next?")
            self.prose = not (
                last == "?" and wc <= _SHORT_QUESTION and not self.quote
                and _BOUNDARY.search(text) is None
            )
        else:
            self.prose = wc >= _PROSE_MIN_WORDS or (
                wc >= 12 and _BOUNDARY.search(text) is not None
            )
        self._cw: frozenset[str] | None = None
        self._norm: str | None = None

    @property
    def content(self) -> frozenset[str]:
        """Content-word stems (5-letter prefixes of non-stop-words) of the line's opening."""
        if self._cw is None:
            words = {w.strip(_WORD_EDGE) for w in set(self.low[:_CONTENT_CHARS].split())}
            words -= _STOP
            self._cw = frozenset(w[:5] for w in words if len(w) > 2 and not w[0].isdigit())
        return self._cw

    @property
    def norm(self) -> str:
        """The line's opening, lower case, punctuation as spaces, padded with spaces.

        A heading announces what the start of its paragraph says, so the first
        ``_CONTENT_CHARS`` characters are enough. A content stem ``s`` of a
        heading occurs here as a word start when ``" " + s`` is a substring:
        one fast search instead of splitting the paragraph into words.
        """
        if self._norm is None:
            self._norm = " " + _PUNCT.sub(" ", self.low[:_CONTENT_CHARS]) + " "
        return self._norm

    @property
    def heading_shaped(self) -> bool:
        return not (self.prose or self.bullet or self.intro or self.quote or self.speaker)


# ---------------------------------------------------------------------------
# furniture phrasing (matched on the casefolded line without edge punctuation)

_EDGE = " \t-–—|•·*>»«<:;.,!?()[]{}\"'“”‘’#=_~+↑▲►▼→"

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)

# Whole line (after edge punctuation) is one of these: furniture anywhere.
_FURNITURE_LINE = re.compile(
    r"(?:"
    # navigation and page chrome
    r"(?:back|scroll|go|return|jump)\s+to\s+(?:the\s+)?top(?:\s+(?:button|of\s+(?:the\s+)?page))?"
    r"|top\s+of\s+(?:the\s+)?page|skip\s+to\s+(?:main\s+)?content|toggle\s+navigation"
    r"|(?:main\s+|open\s+|close\s+)?menu|search|home|homepage|close|log\s*in|sign\s+in|login"
    r"|e-?paper|live\s+tv|watch\s+live|loading|listen(?:\s+to\s+(?:this\s+)?(?:article|story))?"
    r"|(?:about|contact)\s+us|privacy\s+policy|terms\s+(?:of\s+(?:use|service)|and\s+conditions)"
    r"|advertise(?:\s+with\s+us)?|next|previous|prev|older|newer"
    r"|(?:next|previous|prev|older|newer)\s+(?:article|story|post|page|entry)s?"
    # printing
    r"|print(?:\s+(?:this|article|page|story|friendly|pdf|version))*"
    r"|(?:download|save)\s+(?:as\s+)?pdf"
    # ads
    r"|advertisements?|advertising|ads?|sponsored(?:\s+(?:content|post|links?|stories))?"
    r"|promoted(?:\s+(?:content|stories))?|paid\s+(?:content|post|partnership)|partner\s+content"
    r"|story\s+continues\s+below(?:\s+(?:this\s+)?advertisement)?"
    r"|(?:article\s+)?continues?\s+(?:reading\s+)?(?:below|after\s+(?:this\s+)?advertisement)"
    r"|continue\s+reading(?:\s+(?:below|the\s+main\s+story))?|scroll\s+to\s+continue.*"
    r"|keep\s+reading|click\s+here(?:\s+.{0,60})?"
    r"|(?:see|get|buy|shop|view|order)\s+(?:it|this|them|one)\s+(?:now|here|at|on|from)\b.{0,60}"
    r"|(?:buy|shop|order)\s+now|(?:check|see|view)\s+(?:the\s+)?(?:price|deal|offer)s?\b.{0,40}"
    # comments
    r"|leave\s+a\s+(?:reply|comment)|(?:add|post|write)\s+(?:a\s+)?comment|no\s+comments(?:\s+yet)?"
    r"|comments?(?:\s+\(\d+\))?|\d+\s+(?:comments?|responses?|replies|shares?|views?|likes?|reads?)"
    r"|comments?\s+(?:are\s+)?closed|join\s+the\s+(?:discussion|conversation)"
    r"|be\s+the\s+first\s+to\s+comment|(?:view|show|load|hide)\s+comments"
    r"|your\s+email\s+address\s+will\s+not\s+be\s+published.*|required\s+fields\s+are\s+marked.*"
    r"|you\s+must\s+be\s+logged\s+in.*"
    # reading time
    r"|(?:reading\s+time\s*:?\s*)?\d+\s*(?:min(?:ute)?s?)(?:\s+(?:read|reading|listen))?"
    # desk and agency labels
    r"|staff\s+(?:writer|reporter|report|correspondent)|(?:our|special|a)\s+correspondent"
    r"|correspondent|(?:news|web|online|city|sports?|foreign|monitoring|digital)\s+desk"
    r"|desk\s+report|bureau\s+report|press\s+release|agencies|wire\s+services?"
    r"|(?:the\s+)?associated\s+press|reuters|afp|ap|pti|ians|ani|xinhua|dpa|efe|tass|bernama|irna"
    r"|editor(?:ial)?\s+(?:note|team|board|desk)|admin|administrator"
    # sharing without a social word (the social-word check covers the rest)
    r"|share(?:\s+(?:this|it|now|on|via|story|article|post|page|with))*|sharing\s+is\s+caring"
    # a few common non-English ones (fr, es, pt, de, it)
    r"|partager|partagez|compartir|compartilhe|compartilhar|teilen|condividi|imprimer|imprimir"
    r"|drucken|stampa|retour\s+en\s+haut|volver\s+arriba|voltar\s+ao\s+topo|nach\s+oben"
    r"|torna\s+su|publicité|publicidad|publicidade|anzeige|werbung|pubblicità"
    r")",
)

# Social/share vocabulary: a short line made only of these words is a share bar.
_SOCIAL_ANCHOR = frozenset(
    "share shares tweet whatsapp facebook twitter linkedin telegram reddit pinterest print "
    "email e-mail comments instagram youtube rss messenger flipboard tiktok vk viber".split()
)
_SOCIAL_WORDS = _SOCIAL_ANCHOR | frozenset(
    "this article story post page on via it pin mail copy link url like likes views view save "
    "follow us subscribe google news x the and our join channel feed sms to with your friends "
    "comment by".split()
)
_SOCIAL_TOKEN = re.compile(r"[a-z0-9-]+")

# Block triggers: what follows them (headlines, teasers) is furniture too.
_TRIGGER = re.compile(
    r"(?:check\s+also|also\s+check|see\s+also|also\s+see|also\s+read|read\s+also|read\s+more"
    r"|more\s+to\s+read|you\s+(?:may|might)\s+(?:also\s+)?(?:like|enjoy|be\s+interested\s+in)"
    r"|also\s+on\s+\S+|related(?:\s+(?:articles?|posts?|news|stories|content|coverage|reading"
    r"|links?|topics?|items?))?|recommended(?:\s+(?:for\s+you|stories|articles|reading))?"
    r"|trending(?:\s+(?:now|stories|news|topics))?|most\s+(?:read|popular|viewed|shared|commented)"
    r"|popular(?:\s+(?:posts|stories|news|articles))?|don[’']?t\s+miss|must\s+read"
    r"|editor[’']?s\s+picks?|top\s+stories|latest(?:\s+(?:news|stories|posts|articles))?"
    r"|further\s+reading|what\s+to\s+read\s+next|up\s+next|in\s+other\s+news"
    r"|more\s+(?:from|on|in|stories|news|articles|like\s+this)(?:\s+\S+){0,4}"
    r"|about\s+the\s+authors?|author\s+(?:profile|bio)"
    r"|comments|leave\s+a\s+(?:reply|comment)|tags?|topics|share\s+this(?:\s+\w+)?"
    r"|(?:à\s+)?lire\s+aussi|voir\s+aussi|sur\s+le\s+même\s+sujet|lee\s+también|leer\s+más"
    r"|te\s+puede\s+interesar|leia\s+também|veja\s+também|leia\s+mais|lesen\s+sie\s+auch"
    r"|mehr\s+zum\s+thema|auch\s+interessant|weiterlesen|leggi\s+anche"
    r")"
)
# "Read more: <headline>", "ALSO READ | <headline>": a link line by itself.
_INLINE_LINK = re.compile(
    r"(?:also\s+read|read\s+also|read\s+more|read|see\s+also|also\s+see|related(?:\s+\w+)?"
    r"|watch|listen|recommended|must\s+read|don[’']?t\s+miss|check\s+also|also\s+check"
    r"|suggested(?:\s+\w+)?|you\s+(?:may|might)\s+also\s+like|trending|top\s+story"
    r"|in\s+pictures|in\s+photos|video|click\s+here|(?:à\s+)?lire\s+aussi|voir\s+aussi"
    r"|lee\s+también|leer\s+más|leia\s+também|veja\s+também|lesen\s+sie\s+auch"
    r"|mehr\s+zum\s+thema|leggi\s+anche)"
    r"\s*(?::|\||»|>|→|\s[–—-])\s*\S"
)

_BYLINE = re.compile(
    r"(?:(?:written|reported|posted|story|words|text|compiled|edited)\s+by|by|authors?)\s*:?\s+"
    r"(?!the\b|a\b|an\b|then\b|now\b|far\b|contrast\b|comparison\b|law\b|most\b|all\b|way\b)"
    r"[^\s]+"
)
_CREDIT = re.compile(
    r"(?:additional\s+)?(?:reporting|writing|editing|compiled|contributed|translated|produced)"
    r"\s+by\b"
)
_CREDIT_MORE = re.compile(r".*[;,]\s*(?:editing|writing|additional\s+reporting)\s+by\b")
_META_PREFIX = re.compile(
    r"(?:published|updated|posted|last\s+updated|first\s+published|modified|date|dated|filed)"
    r"(?:\s+on)?\s*[:\-]?\s*(?:\d|" + _MONTH + r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day"
    r"|today|yesterday|\w+\s+ago)"
)
_DATE_LINE = re.compile(
    r"(?:(?:mon|tue|tues|wed|wednes|thu|thur|thurs|fri|sat|satur|sun)(?:day)?\.?,?\s+)?"
    r"(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH + r",?\s+\d{4}"
    r"|" + _MONTH + r"\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}"
    r"|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4})"
    r"(?:\b.{0,40})?"
)
_TIME_AGO = re.compile(r"\d+\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago")
_TAGS = re.compile(
    r"(?:tags?|tagged(?:\s+with)?|topics?|filed\s+under|posted\s+in|categor(?:y|ies)|keywords"
    r")\s*[:|]"
)
_PHOTO = re.compile(
    r"(?:file\s+)?(?:photo(?:graph)?s?|images?|pictures?|pics?|illustrations?|videos?"
    r"|graphics?)(?:\s+credits?)?\s*(?::|courtesy\b|/|©|\|)"
)
_PHOTO_BY = re.compile(r"(?:file\s+)?(?:photo(?:graph)?s?|images?|pictures?|pics?)\s+by\b")
_COPYRIGHT = re.compile(r"©|copyright\s*(?:©|\(c\)|\d)|.*\ball\s+rights\s+reserved\b")
# calls to action in the site's own voice, near the start of the line
_CTA_SENTENCE = re.compile(
    r"(?:[\w'’]+\s+){0,4}(?:"
    r"we\s+use\s+cookies|by\s+continuing\s+to\s+(?:use|browse)|uses\s+cookies"
    r"|accept\s+(?:all\s+)?cookies|cookie\s+(?:policy|settings|preferences|consent|notice)"
    r"|(?:subscribe|sign\s+up|signup|sign-up)\b.*\b(?:newsletter|our|inbox|free|updates|alerts)"
    r"|newsletter\b.*\b(?:subscribe|sign\s+up|inbox|delivered)"
    r"|delivered\s+(?:straight\s+)?to\s+your\s+inbox|follow\s+(?:us|our)"
    r"|join\s+(?:us|our)\s+(?:on\s+)?(?:whatsapp|telegram|facebook|channel)"
    r"|download\s+(?:our|the)\s+(?:free\s+)?app|turn\s+on\s+notifications"
    r"|support\s+(?:our|independent)\s+journalism|donate\s+now"
    r")\b"
)
# an advert's pitch ending in its call to action: "... trading app - sign up free today!"
_CTA_TAIL = re.compile(r"\s[-–—:]\s+(?:sign\s+up|subscribe|download|join|register)\b[^.]{0,30}\b(?:free|now|today)\W*$")
# words without which neither a copyright line nor a call to action can match
_HINT = re.compile(
    r"©|c(?:o(?:pyright|okie|ntinuing))|rights\s+reserved|newsletter|s(?:ubscribe|ign.?up)|inbox"
    r"|follow|join|do(?:wnload|nate)|notification|journalism"
)
_URLISH = re.compile(r"(?:https?://|www\.|\S+@\S+\.\w{2,}|(?:^|\s)@\w{2,})")
# a whole line that is one web address, once the spaces a text converter put after its dots
# and slashes are taken out ("http:// www. example. com/2011/05/story. html")
_WEB_ADDRESS = re.compile(r"(?:https?://|www\.)[\w.-]+\.[a-z]{2,}(?:[/?#]\S*)?")
_BREADCRUMB_HOME = re.compile(
    r"(?:home|homepage|start|news|accueil|inicio|startseite|inizio|início)"
    r"\s*(?:/|›|>|»|\||→|::|\\)"
)
_CRUMB_SEP = re.compile(r"\s(?:/|›|>|»|\||→|::)\s")
_PERSONAL = re.compile(r"\b(?:i|i'm|i’m|we|my|our)\b")
_HEAD_COLON = re.compile(r"\S+:\s+\S+(?:\s+\S+){2,}")  # "Kicker: rest", "Headline: what it means"
_MID_PUNCT = re.compile(r"[?!][\"”’]?\s+\S")
_DASH = re.compile(r"\s[–—|-]\s")
_TITLE_WORD = re.compile(r"[A-Z0-9]")


def _furniture_reason(line: _Line, in_lower_half: bool) -> str | None:
    """Why ``line`` is furniture by its phrasing alone, or None."""
    low = line.low
    core = low.strip(_EDGE)
    if ("://" in core or "www." in core) and _WEB_ADDRESS.fullmatch("".join(core.split())):
        return "link"  # counted as many words as its slug has, so before the length test
    wc = line.wc
    if wc > 40:
        return None  # a paragraph: no furniture phrase is this long
    if not core:
        return "symbols"  # dividers, lone bullets and arrows
    if wc <= 12:
        if _FURNITURE_LINE.fullmatch(core):
            return "chrome"
        if _TRIGGER.fullmatch(core):
            return "trigger"
        if core.partition(" ")[0].strip(_WORD_EDGE) in _SOCIAL_WORDS:
            toks = _SOCIAL_TOKEN.findall(core)
            if all(t in _SOCIAL_WORDS or t.isdigit() for t in toks) and any(
                t in _SOCIAL_ANCHOR for t in toks
            ):
                return "share"
        if not line.prose:
            if in_lower_half and _AUTHOR_BOX.fullmatch(core) and _author_name(line.text):
                return "author-box"
            if _META_PREFIX.match(core) or (" ago" in core and _TIME_AGO.search(core)):
                return "dateline-meta"
            if _DATE_LINE.fullmatch(core) and wc <= 10:
                return "date"
            if wc <= 8 and ("www." in core or "://" in core or "@" in core) and _URLISH.search(core):
                return "link"
    if (
        wc <= 15
        and not line.terminal
        and _BYLINE.match(core)
        and (not core.startswith("by") or _byline_name(line.text))
    ):
        return "byline"
    if wc <= 30:
        if _INLINE_LINK.match(core) and (not line.prose or wc <= 20 or line.truncated):
            return "link"
        if _CREDIT.match(core) and (
            line.text[0] in "([" or not line.terminal or _CREDIT_MORE.match(core)
        ):
            return "credit"
        hint = _HINT.search(low)
        if _PHOTO.match(core) or (hint and _COPYRIGHT.match(core)) or (
            not line.prose and _PHOTO_BY.match(core)
        ):
            return "credit"
        if not line.prose:
            if _TAGS.match(core):
                return "tags"
            if _breadcrumb(line, core):
                return "breadcrumb"
    else:
        hint = _HINT.search(low)
    if hint and not line.quote and (_CTA_SENTENCE.match(low) or _CTA_TAIL.search(low)):
        return "prompt"
    return None


# "About admin", "About Sara Khan": a user name or a capitalised name (see _author_name)
_AUTHOR_BOX = re.compile(r"about\s+(?!\d)[\w.@'’-]+(?:\s+[\w.@'’-]+){0,2}")
_NAME_WORD = re.compile(r"[A-Z][\w.'’-]*|[a-z0-9_.@-]+")
_NAME_AFTER_BY = re.compile(r"\s*(?:[\w.'’-]+\s+)?by\s*:?\s+([A-Z][\w.'’-]*|[A-Z]{2,})")


def _author_name(text: str) -> bool:
    """The words after 'About' form a name or a single user name, not a topic."""
    words = text.strip(_EDGE).split()[1:]
    if len(words) == 1:
        return _NAME_WORD.fullmatch(words[0]) is not None and words[0].casefold() not in _STOP
    return all(w[:1].isupper() for w in words) and not any(w.casefold() in _STOP for w in words)


def _byline_name(text: str) -> bool:
    """'By John Smith': 'by' followed by a capitalised word (a name, not 'by far')."""
    return _NAME_AFTER_BY.match(text.lstrip(_EDGE)) is not None


def _breadcrumb(line: _Line, core: str) -> bool:
    """'Home / World / ...', 'News | Sport | Business': navigation, not text."""
    if _BREADCRUMB_HOME.match(core):
        return True
    text = line.text
    if "/" not in text and "›" not in text and ">" not in text and "»" not in text and (
        "|" not in text and "→" not in text and "::" not in text
    ):
        return False
    seps = _CRUMB_SEP.findall(text)
    if len(seps) >= 2 and not line.prose:
        sep = seps[0]
        parts = line.text.split(sep)
        return len(parts) >= 3 and max(len(p.split()) for p in parts) <= 12
    return False


# ---------------------------------------------------------------------------
# helpers


def _near_title(line: _Line, title_key: str, title_words: frozenset[str]) -> bool:
    """``line`` is the title again (same key, or nearly the same words)."""
    key = line_key(line.text)
    if not key or not title_key:
        return False
    if key == title_key:
        return True
    words = frozenset(key.split())
    if len(title_words) < 3 or len(words) < 3:
        return False
    inter = len(words & title_words)
    jaccard = inter / len(words | title_words)
    if line.prose:
        return jaccard >= 0.85
    return jaccard >= 0.7 or (
        inter >= 0.9 * min(len(words), len(title_words))
        and abs(len(words) - len(title_words)) <= 6
    )


def _overlap(line: _Line, near: str) -> float:
    """Share of ``line``'s content stems that start a word of ``near`` (a ``norm`` text)."""
    cw = line.content
    if not cw or not near:
        return 0.0
    return sum(1 for stem in cw if " " + stem in near) / len(cw)


def _headline_pattern(line: _Line) -> tuple[int, int]:
    """(strong, weak) counts of headline-only devices in ``line``.

    Strong: a mid-line colon ("Kicker: rest"), a question or exclamation in mid-line, a
    spaced dash or bar. Weak: Title Case, twelve words or more.
    """
    text = line.text
    strong = weak = 0
    if ":" in text and _HEAD_COLON.search(text):
        strong += 1
    if _MID_PUNCT.search(text):
        strong += 1
    if _DASH.search(text):
        strong += 1
    if line.wc >= 6:
        words = text.split()
        caps = sum(1 for w in words if _TITLE_WORD.match(w))
        if caps >= 0.75 * len(words):
            weak += 1
    if line.wc >= 12:
        weak += 1
    return strong, weak


def _injected_alone(
    line: _Line,
    following: Callable[[], str],
    preceding: Callable[[], str],
) -> bool:
    """A lone heading between paragraphs: an injected related-article link?

    It must share almost no content words with the paragraphs on either side
    and look like a headline; a long line with a sentence's share of stop
    words and no headline device is a paragraph that lost its period.
    """
    if line.text.endswith("?") or line.text[0].islower():
        return False  # a question answered below, or a fragment: not a headline
    if _PERSONAL.search(line.low):
        return False  # "I", "we": the article's own voice, not another story's headline
    strong, weak = _headline_pattern(line)
    if not (line.wc >= 8 or strong or weak):
        return False
    if not strong and (_longish(line) or line.text.count(",") >= 2):
        return False  # a sentence that lost its period (stop words, or clauses in any language)
    if len(line.content) < 3:
        return False
    after = _overlap(line, following())
    if after < 0.2 and (line.wc >= 9 or strong or weak) and _overlap(line, preceding()) < 0.2:
        return True
    if after == 0 and line.wc >= 8 and _overlap(line, preceding()) < 0.2:
        return True  # not one word of the story below it: another story's headline, however plain
    return strong >= 1 and strong + weak >= 2 and after < 0.4 and line.wc >= 8


# ---------------------------------------------------------------------------
# main


def strip_furniture(
    text: str,
    *,
    recurring: Collection[str] = frozenset(),
    known_title: str | None = None,
) -> CleanText:
    """Remove site furniture from a plain-text article and find its title.

    ``recurring`` holds :func:`line_key` keys of lines that recur across
    articles of the same source: such a line is furniture unless it is a long
    sentence. ``known_title`` is the title the input gave, if any: a first
    line that (nearly) equals it is the title and leaves the body.

    >>> page = '''Home / World / Ferry fire off the coast
    ...
    ... Ferry fire off the coast
    ...
    ... By Jane Doe | Staff writer
    ...
    ... HARBOUR CITY: Forty passengers were evacuated on Friday, the coast guard said.
    ...
    ... Rescue effort
    ... Two boats reached the burning ferry within minutes of the rescue call.
    ...
    ... Share on Facebook
    ... Back to top'''
    >>> clean = strip_furniture(page)
    >>> clean.title
    'Ferry fire off the coast'
    >>> print(clean.body)
    HARBOUR CITY: Forty passengers were evacuated on Friday, the coast guard said.
    <BLANKLINE>
    Rescue effort
    <BLANKLINE>
    Two boats reached the burning ferry within minutes of the rescue call.
    >>> clean.removed_lines
    4
    """
    lines, why, title_idx = _classify(text, recurring, known_title)
    if _access_block(lines):
        return CleanText(title=None, body="", removed_lines=len(lines))
    kept = [line.text for i, line in enumerate(lines) if why[i] is None and i != title_idx]
    removed = sum(1 for i in range(len(lines)) if why[i] is not None and i != title_idx)
    return CleanText(
        title=lines[title_idx].text if title_idx is not None else None,
        body="\n\n".join(kept),
        removed_lines=removed,
    )


# A page that stands between the reader and the article (a robot check, a "too many connections from
# your address" wall) is short and says so; it is all furniture. A line ending in the reader's address
# ("Twój adres IP: 192.0.2.7") says so in any language.
_BLOCK_MAX_WORDS = 120
_BLOCK_PHRASE = re.compile(
    r".*\b(?:i\s*a?m\s+not\s+a\s+robot|i['’]m\s+not\s+a\s+robot|verify\s+(?:that\s+)?you\s+are\s+(?:a\s+)?human"
    r"|unusual\s+traffic\s+from\s+your\s+(?:computer\s+)?network|checking\s+your\s+browser\s+before\s+accessing"
    r"|(?:huge|large|unusual)\s+(?:amount|number)\s+of\s+(?:connections|requests)\s+from)"
)
_IP_END = re.compile(r"\bIP\b[^\d:.!?]{0,30}:\s*(?:\d{1,3}\.){3}\d{1,3}\.?$")  # "... Your IP address: 192.0.2.7"


def _access_block(lines: list[_Line]) -> bool:
    """Whether the page is a block page rather than an article."""
    if sum(line.wc for line in lines) > _BLOCK_MAX_WORDS:
        return False
    return any(_BLOCK_PHRASE.match(line.low) or _IP_END.search(line.text) for line in lines)


def _classify(
    text: str, recurring: Collection[str], known_title: str | None
) -> tuple[list[_Line], list[str | None], int | None]:
    """The non-blank lines of ``text``, why each is furniture (None: kept), the title's index."""
    lines: list[_Line] = []
    glued = False
    for raw in text.splitlines():
        stripped = raw.strip()
        if stripped and stripped.strip(_INVISIBLE):
            lines.append(_Line(stripped, glued))
            glued = True
        else:
            glued = False
    n = len(lines)
    if n == 0:
        return lines, [], None
    _mark_wrapped(lines)

    why: list[str | None] = [None] * n
    trigger = [False] * n
    half = n // 2
    for i, line in enumerate(lines):
        reason = _furniture_reason(line, i >= half and i > 0)
        if reason is not None:
            why[i] = reason
            trigger[i] = reason == "trigger" or reason == "author-box"
    if recurring:
        for i, line in enumerate(lines):
            if why[i] is None and not (line.prose and line.wc >= 12 and not line.truncated):
                if line_key(line.text) in recurring:
                    why[i] = "recurring"

    # --- head: title, labels and byline before the first paragraph
    title_idx = _find_title(lines, why, known_title)
    title_key, title_words = "", frozenset[str]()
    start = title_idx + 1 if title_idx is not None else 0
    first = next(
        (i for i in range(start, n) if why[i] is None and lines[i].prose), n
    )
    if title_idx is not None:
        title_key = line_key(lines[title_idx].text)
        title_words = frozenset(title_key.split())
        for i in range(title_idx):
            if why[i] is None:
                why[i] = "label"
    if first < n:
        for i in range(start, first):
            line = lines[i]
            if why[i] is not None or line.bullet or line.intro:
                continue
            if title_idx is not None and _near_title(line, title_key, title_words):
                why[i] = "title-repeat"
            elif title_idx is None and line.wc > 2:
                continue  # no headline: keep what is not obviously a label
            elif line.wc <= _BYLINE_MAX_WORDS and not _develops(lines, why, i, first):
                why[i] = "byline"

    # --- blocks after triggers (only below the first paragraph)
    for i in range(first, n):
        if trigger[i]:
            _consume_block(lines, why, i, bottom=_only_blocks_after(lines, why, i))
        elif why[i] == "link" and i + 1 < n and why[i + 1] is None and lines[i + 1].truncated:
            why[i + 1] = "teaser"  # "Related: <headline>" over the first words of that story, cut off

    # --- tail: below the last paragraph only prose, bullets and lists survive
    tail = n
    trailing: list[int] = []
    for i in range(n - 1, first, -1):
        if why[i] is not None:
            tail = i
            continue
        line = lines[i]
        if line.bullet or line.quote or _longish(line) or (line.intro and line.wc >= 5):
            break
        if line.prose and not (line.truncated and _under_headline(lines, why, i)):
            break
        trailing.append(i)
        tail = i
    if len(trailing) <= _TAIL_MAX_LINES:
        for i in trailing:
            why[i] = "trailing"
    else:  # a list (tour dates, prices, results): keep it
        tail = trailing[0] + 1

    # --- body: headings between paragraphs
    if first < n:
        _judge_headings(lines, why, first, tail)
        if title_idx is not None:
            for i in range(first, n):
                if why[i] is None and not lines[i].prose and line_key(lines[i].text) == title_key:
                    why[i] = "title-repeat"
    return lines, why, title_idx


def _mark_wrapped(lines: list[_Line]) -> None:
    """Hard-wrapped text: treat the fragments of a wrapped paragraph as prose."""
    continuations = 0
    for prev, line in zip(lines, lines[1:]):
        if line.glued and not prev.terminal and prev.wc >= 6 and line.text[0].islower():
            continuations += 1
            prev.prose = True  # a line that runs on into the next one is part of a paragraph
    if continuations < 2:
        return
    width = max(len(line.text) for line in lines)
    in_paragraph = False
    for i, line in enumerate(lines):
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        long_enough = len(line.text) >= 0.6 * width and line.wc >= 6
        if (in_paragraph and line.glued) or (long_enough and nxt is not None and nxt.glued):
            line.prose = True
            in_paragraph = not line.terminal or (nxt is not None and nxt.glued and long_enough)
        else:
            in_paragraph = False


def _under_headline(lines: list[_Line], why: list[str | None], i: int) -> bool:
    """Line ``i`` sits right under furniture or a headline (a teaser, not a paragraph)."""
    return i > 0 and (why[i - 1] is not None or lines[i - 1].heading_shaped)


def _longish(line: _Line) -> bool:
    """A long line with a sentence's share of stop words (a paragraph missing its period)."""
    if line.wc < 12:
        return False
    words = line.low.split()
    stops = sum(1 for w in words if w.strip(_EDGE) in _STOP)
    return stops >= 0.3 * len(words)


def leading_dateline(sentence: str) -> int:
    """Length of the dateline that opens a sentence ("LIMA, April 2 (Reuters) - Five people ..."), else 0.

    >>> leading_dateline("LIMA, April 2 (Reuters) - Five people died."), leading_dateline("Storm hits - again.")
    (26, 0)
    >>> leading_dateline("ACCRA: Nine miners were killed."), leading_dateline("Note: nine were killed.")
    (7, 0)
    """
    found = _DATELINE_LINE.match(sentence) or _DATELINE_LABEL.match(sentence)
    if found is None or not sentence[found.end():found.end() + 1].isspace():
        return 0
    rest = len(sentence) - len(sentence[found.end():].lstrip())
    return rest if sentence[rest:rest + 1].isupper() or sentence[rest:rest + 1] in "\"“‘'" else 0


def is_dateline_line(text: str) -> bool:
    """Whether a line is only a dateline, the place (and agency) that opens a story.

    >>> is_dateline_line("WEST PALM BEACH, Fla. —"), is_dateline_line("KABUL (Reuters) -"), is_dateline_line("Storm hits —")
    (True, True, False)
    """
    return _DATELINE_LINE.fullmatch(text.strip()) is not None


def _find_title(lines: list[_Line], why: list[str | None], known_title: str | None) -> int | None:
    """Index of the headline among the first lines still kept, or None."""
    head = [i for i in range(len(lines)) if why[i] is None][:4]
    if not head:
        return None
    if known_title and known_title.strip():
        key = line_key(known_title)
        words = frozenset(key.split())
        for i in head:
            if _near_title(lines[i], key, words):
                return i
            if lines[i].prose:
                break
    for i in head:
        line = lines[i]
        if line.prose or line.bullet or line.intro:
            return None
        if is_dateline_line(line.text):
            continue  # the first paragraph's dateline, above it on a line of its own
        if line.wc >= 3:
            below = next((j for j in range(i + 1, len(lines)) if why[j] is None), None)
            if below is None:
                return None  # a headline needs something under it
            nxt = lines[below]
            if line.text.isupper() and nxt.heading_shaped and nxt.wc >= 3 and not nxt.text.isupper():
                continue  # "BREAKING NEWS ALERT" above the real headline
            return i
        # a one- or two-word line above the headline: a section label or site name
    return None


def _develops(lines: list[_Line], why: list[str | None], i: int, first: int) -> bool:
    """A short line glued to the first paragraph that shares its words: a sub-heading."""
    nxt = next((j for j in range(i + 1, first + 1) if why[j] is None), None)
    if nxt != first or not lines[first].glued or nxt != i + 1:
        return False
    return _overlap(lines[i], lines[first].norm) > 0


def _consume_block(lines: list[_Line], why: list[str | None], i: int, *, bottom: bool) -> None:
    """Mark the headlines and teasers that follow a 'Related'/'Check Also' trigger.

    Any trigger takes the headlines and truncated teasers right under it. At
    the bottom of the page (no real paragraph below the trigger) it also takes
    the teaser sentences glued under those headlines, or an author's bio. In
    mid-article it takes its glued lines, or one line after a gap, and leaves
    a heading that sits on its paragraph (a sub-heading).
    """
    prev_headline = True  # the trigger itself heads the block
    taken = 0
    for j in range(i + 1, len(lines)):
        if taken >= 12:
            return
        if why[j] is not None:
            prev_headline = why[j] in ("trigger", "author-box")
            continue
        line = lines[j]
        if not bottom:
            if taken and not line.glued:
                return
            nxt = lines[j + 1] if j + 1 < len(lines) else None
            if (
                line.heading_shaped and nxt is not None and nxt.glued and nxt.prose
                and not nxt.truncated and why[j + 1] is None
            ):
                return
        if line.truncated or not line.prose:
            why[j] = "teaser"
            prev_headline = not line.prose
        elif (
            bottom and prev_headline and line.glued and line.wc <= _TEASER_MAX_WORDS
            and _only_blocks_after(lines, why, j)
        ):
            why[j] = "teaser"
            prev_headline = False
        else:
            return
        taken += 1


def _only_blocks_after(lines: list[_Line], why: list[str | None], j: int) -> bool:
    """Below line ``j`` there is only furniture, headlines and teasers under them."""
    for k in range(j + 1, len(lines)):
        line = lines[k]
        if why[k] is not None or not line.prose or line.truncated:
            continue
        if not (line.glued and line.wc <= _TEASER_MAX_WORDS and lines[k - 1].heading_shaped):
            return False
    return True


def _following_text(lines: list[_Line], why: list[str | None], j: int, stop: int) -> str:
    """The ``norm`` text of the paragraph(s) that follow a heading (up to two lines)."""
    parts: list[str] = []
    taken = 0
    for k in range(j, stop):
        if why[k] is not None:
            continue
        line = lines[k]
        if not (line.prose or line.bullet or line.quote or line.intro):
            break
        parts.append(line.norm)
        taken += 1
        if taken >= 2:
            break
    return "".join(parts)


def _link_shaped(line: _Line, heading: _Line) -> bool:
    """Could ``line`` be a related-article link next to the sub-heading ``heading``?"""
    return line.wc >= 6 and (line.wc >= heading.wc or _headline_pattern(line)[0] > 0)


def _judge_headings(lines: list[_Line], why: list[str | None], first: int, tail: int) -> None:
    """Sub-heading or injected related-article link, for every heading-shaped body line."""
    alive = [i for i in range(first, tail) if why[i] is None]
    below: dict[int, str] = {}  # text under a heading, read only when needed

    def text_below(after: int) -> str:
        if after not in below:
            below[after] = _following_text(lines, why, after, tail)
        return below[after]

    def text_above(before: int | None) -> str:
        if before is None or not lines[before].prose:
            return ""
        return lines[before].norm

    k = 0
    while k < len(alive):
        i = alive[k]
        if not lines[i].heading_shaped:
            k += 1
            continue
        run = [i]
        k += 1
        while k < len(alive) and lines[alive[k]].heading_shaped:
            run.append(alive[k])
            k += 1
        after = alive[k] if k < len(alive) else tail
        before = next((j for j in reversed(range(first, run[0])) if why[j] is None), None)
        if before is not None and lines[before].intro:
            continue  # a list introduced by "...:" — content
        if len(run) >= 3:
            continue  # an unbulleted list (items, links with no heading): keep
        # spam keywords: a short all-lowercase line is never a heading
        for j in run:
            line = lines[j]
            if line.wc <= 5 and line.text[0].islower() and line.text == line.low:
                why[j] = "spam"
        run = [j for j in run if why[j] is None]
        if not run:
            continue
        following = partial(text_below, after)
        if len(run) == 1:
            if _injected_alone(lines[run[0]], following, partial(text_above, before)):
                why[run[0]] = "injected"
            continue
        # Two non-sentence lines in a row: the one on the paragraph is its
        # sub-heading, the other an injected link, unless the paragraph takes up
        # the words of the upper line and not those of the lower one (then the
        # link sits between the sub-heading and its paragraph). Only a line that
        # looks like a headline (six words or more, as long as the sub-heading,
        # or a headline device) is removed.
        upper, lower = lines[run[0]], lines[run[1]]
        if not (_link_shaped(upper, lower) or _link_shaped(lower, upper)):
            continue
        if _overlap(lower, following()) < 0.15 and _overlap(upper, following()) >= 0.3:
            if _link_shaped(lower, upper):
                why[run[1]] = "injected"
        elif _link_shaped(upper, lower):
            why[run[0]] = "injected"
