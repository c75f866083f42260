"""Cleaning scraped article text into the text engines read and evidence offsets point into.

What is removed, and what is deliberately kept, is listed in :func:`clean_text`.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Sequence

from summarizer._lexicon import lexicon
from summarizer._text._keys import fold_fast

__all__ = ["clean_text", "has_words"]

# What a page prints around an article (agencies, credit labels, box headings, furniture) and
# month names are the lexicon's; the patterns here say how a line holds them.
_PRESS = lexicon("en").press
_CALENDAR = lexicon("en").calendar


def _alternatives(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(w) for w in words)


# ----------------------------------------------------------------------------- normalising

# Invisible characters a scraper leaves behind (ZWJ/ZWNJ stay: some scripts need them), and
# control characters other than line breaks and tabs.
_DROP = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\ufeff\u200b\u2060\u00ad]")
_LINE_BREAKS = re.compile("[\r\u2028\u2029\x85\x0b\x0c]")
# Only runs that change: a lone space is left alone, which keeps this scan cheap.
_SPACES = "\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000"
_HSPACE = re.compile(f"[ {_SPACES}]{{2,}}|[{_SPACES}]")
# One of the odd spaces: found by a fast scan in C, where _HSPACE tries every plain space.
_ODD_SPACE = re.compile(f"[{_SPACES}]")

# ----------------------------------------------------------------------------- folding


def _paragraph_key(paragraph: str) -> str:
    # Paragraphs are "the same" as quotes are (fold), and an ellipsis is three dots.
    return fold_fast(paragraph).replace("…", "...")


# ----------------------------------------------------------------------------- credits

_AGENCIES = _PRESS.agency_keys
_CREDIT_TAIL = re.compile(r"\s+(?:via|for)\s+.+$", re.IGNORECASE)
_CREDIT_LABEL = re.compile(
    rf"^\(?\s*(?:(?:{_alternatives(_PRESS.credit_labels)})s?\s*[:：]"
    rf"|(?:{_alternatives(_PRESS.credit_sources)})\s*,)\s*\S.{{0,100}}$",
    re.IGNORECASE,
)
# "Photographs by Maxar showed troops near the border." is a sentence, not a credit: the "by"
# form counts only in parentheses or without a final period.
_CREDIT_BY = re.compile(
    rf"^\(?\s*(?:{_alternatives(_PRESS.credit_labels)})s?\s+by\s+\S.{{0,80}}$", re.IGNORECASE
)
_CREDIT_PREFIX_PAREN = re.compile(
    rf"^\(\s*(?:{_alternatives(_PRESS.credit_labels)})s?\b[^()]{{0,100}}\)\s+(?=\S)",
    re.IGNORECASE,
)
_NAME_PARTICLES = lexicon("en").names.particles


def _is_agency(text: str) -> bool:
    text = _CREDIT_TAIL.sub("", text.strip(" ()")).casefold()
    return text in _AGENCIES


def _is_name(text: str, *, max_words: int = 4) -> bool:
    words = text.split()
    return 0 < len(words) <= max_words and all(
        w[0].isupper() or w[0].isdigit() or w in _NAME_PARTICLES for w in words
    )


def _is_slash_credit(text: str) -> bool:
    """``NAME NAME/AFP``, ``REUTERS/Name Name``, ``Name/Getty Images``, ``(X/AP)``."""
    text = text.strip()
    if len(text) > 80 or text.count("/") != 1:
        return False
    if text.startswith("(") and text.endswith(")"):
        text = text[1:-1].strip()
    left, right = (part.strip() for part in text.split("/"))
    if not (_is_name(left) and _is_name(_CREDIT_TAIL.sub("", right), max_words=5)):
        return False
    if _is_agency(left) or _is_agency(right):
        return True
    # An unknown agency: trust it only when the photographer's name is in capitals, the way
    # wire captions print it; "US/China Trade Truce" has one capitalised word on the left.
    return len(left.split()) >= 2 and left.isupper() and right.isupper()


def _is_credit(line: str) -> bool:
    if len(line) > 120:
        return False
    if _CREDIT_LABEL.match(line):
        return _SENTENCE_END.search(line) is None
    if _CREDIT_BY.match(line):
        return line.startswith("(") or not line.endswith(".")
    return _is_slash_credit(line)


def _strip_credit_prefix(line: str) -> str:
    """Cut a credit printed on the same line as the text after it."""
    match = _CREDIT_PREFIX_PAREN.match(line)
    if match:
        return line[match.end() :]
    words = line.split(" ", 6)
    for n in range(1, min(5, len(words))):
        if "/" not in words[n - 1]:
            continue
        # Agency words after the slash are in capitals ("AFP", "EPA-EFE"); the text is not.
        while n < len(words) - 1 and words[n].isupper() and len(words[n]) > 1:
            n += 1
        credit, rest = " ".join(words[:n]), line[len(" ".join(words[:n])) :].lstrip()
        left = credit.split("/")[0]
        if (
            len(rest) >= 40
            and (rest[0].isupper() or rest[0] in "\"'“‘")
            and _is_slash_credit(credit)
            and (left.isupper() or _is_agency(left))
        ):
            return rest
        break
    return line


# ----------------------------------------------------------------------------- furniture

# A whole line of furniture; an AdSense snippet pasted as text too.
_FURNITURE = re.compile(
    rf"^(?:{_alternatives(_PRESS.furniture)}|\(?adsbygoogle.*)$",
    re.IGNORECASE,
)
# "Read more: HEADLINE", and a teaser naming the site it links to: "Also on example.com HEADLINE".
_LINK_LINE = re.compile(
    rf"^(?:{_alternatives(_PRESS.link_labels)})"
    r"(?:\s*[:|]\s*|\s+(?:(?:on|at)\s+)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}\b\s*[:|]?\s*)"
    r"\S[^\n]{0,150}$",
    re.IGNORECASE,
)
_CALL_TO_ACTION = re.compile(rf"^(?:{_PRESS.call_to_action_pattern()})[.!]?$", re.IGNORECASE)
_BOX_MARKER = re.compile(rf"^(?:{_PRESS.box_heading_pattern()})\s*[:»>|.]*$", re.IGNORECASE)


def _is_link_line(line: str) -> bool:
    # One headline after the label: at most one sentence end, and that one at the very end.
    return _LINK_LINE.match(line) is not None and len(_SENTENCE_END.findall(line)) == 0


def _is_call_to_action(line: str) -> bool:
    # "Sign up for our newsletter": one short sentence asking the reader to sign up.
    return (
        len(line) <= 120
        and _CALL_TO_ACTION.match(line) is not None
        and not _SENTENCE_END.search(line)
    )


# ----------------------------------------------------------------------------- citations

_MONTH = rf"(?:{_CALENDAR.month_pattern()})\.?"
_DATE = (
    rf"(?:{_MONTH} \d{{1,2}}(?!\d)(?: ?[-–] ?\d{{1,2}}(?!\d))?|\d{{1,2}} {_MONTH})"
    r"(?:,? \d{4}(?!\d))?"
)
_DATES = rf"{_DATE}(?: ?(?:,|and|&) ?(?:{_DATE}|\d{{1,2}}(?!\d)))*"
# A source is up to six words and starts like a name ("RIA Novosti", "The Moscow Times") or a
# domain ("gazeta.ru"), so "(signed in Paris, March 3)" is not taken for a citation.
_WORD = r"[\w&.'’/-]"
_SOURCE = rf"(?:see (?:also )?)?(?:(?![a-z_]){_WORD}+|[a-z][\w-]*\.[a-z]{{2,}})(?: {_WORD}+){{0,5}}"
_ITEM = rf"(?:{_SOURCE})? ?,+ ?{_DATES}"
_CITATION = re.compile(rf"\( ?{_ITEM}(?: ?; ?{_ITEM})* ?\)|\([ ,;]*\)")


def _drop_citations(paragraph: str) -> str:
    if "(" not in paragraph:
        return paragraph
    out: list[str] = []
    end = 0
    for match in _CITATION.finditer(paragraph):
        # The space before a citation goes with it: "in May (, April 28)." -> "in May."
        out.append(paragraph[end : match.start()].rstrip(" "))
        end = match.end()
    out.append(paragraph[end:])
    return "".join(out).strip()


# ----------------------------------------------------------------------------- paragraphs

_SENTENCE_END = re.compile(r"[.!?][\"'”’)]?\s+(?=[\"“‘']?[A-Z])")
_TERMINAL = tuple(".!?:;\"'”’)…")
_LIST_ITEM = re.compile(r"^(?:[-*•–] |\d{1,3}[.)] |#{1,6} |>)")
_ELLIPSES = ("...", "…", "[...]", "[…]")
_PUNCTUATION = ".,;:!?\"'“”‘’()[]-–—"
_MIN_DUPLICATE = 40
_MIN_TEASER = 25


_SURROGATE = re.compile("[\ud800-\udfff]")


def _normalise(raw: str) -> list[str]:
    # A lone surrogate (from text built in Python, never from decoded bytes) cannot be stored
    # in a briefing or encoded as UTF-8: it becomes the replacement character.
    text = _SURROGATE.sub("\ufffd", _DROP.sub("", raw))
    if not text.isascii() and not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    text = _LINE_BREAKS.sub("\n", text.replace("\r\n", "\n"))
    if "  " in text or _ODD_SPACE.search(text):  # else _HSPACE has nothing to change
        text = _HSPACE.sub(" ", text)
    return [line.strip() for line in text.split("\n")]


def _drop_furniture_lines(lines: list[str]) -> list[str]:
    out: list[str] = []
    for line in lines:
        if line:
            if (
                _FURNITURE.match(line)
                or _COPYRIGHT.match(line)
                or _is_credit(line)
                or _is_link_line(line)
                or _is_call_to_action(line)
            ):
                continue
            line = _strip_credit_suffix(_strip_agency_label(_strip_credit_prefix(line)))
        out.append(line)
    return out


# "Copyright The Financial Times Limited 2026. All rights reserved.", "© 2026 Reuters": the
# page's notice, not the article: a short line opening on the sign or on "Copyright" and a
# year, or reserving rights ("Copyright disputes between labels grew in 2025." is a sentence).
_COPYRIGHT = re.compile(
    r"^(?=.{0,160}$)(?:©|\(c\)\s|copyright\s+(?:©|\(c\)|(?:19|20)\d\d\b)"
    r"|copyright\b.*\brights reserved\b)",
    re.IGNORECASE,
)
# A caption's credit after its last sentence: "... off the Matsu islands. Getty Images",
# "... on Wednesday. Photograph: Kalsakau Tari/AFP/Getty Images".
_CREDIT_AFTER = re.compile(r"(?<=[.!?])\s+(?P<credit>[^.!?]{2,80})$")


def _strip_credit_suffix(line: str) -> str:
    found = _CREDIT_AFTER.search(line)
    if found is None:
        return line
    credit = found.group("credit").strip()
    if _is_agency(credit) or (_CREDIT_LABEL.match(credit) and "/" in credit):
        return line[: found.start()]
    return line


# "Getty Images: Supporters of the government wave flags": a photo agency's name as the label
# of the caption after it.
_AGENCY_LABEL = re.compile(r"^(?P<agency>[^:]{2,40}):\s+(?=\S.{20})")


def _strip_agency_label(line: str) -> str:
    found = _AGENCY_LABEL.match(line)
    if found is not None and _is_agency(found.group("agency")):
        return line[found.end() :]
    return line


def _wrap_width(lines: Sequence[str]) -> int:
    """The width the text is hard-wrapped at, or 0 when its line breaks are paragraph breaks."""
    continued = [a for a, b in itertools.pairwise(lines) if a and b]
    if len(continued) < 3:
        return 0
    width = max(len(line) for line in continued)
    if width > 100:
        return 0
    full = sum(len(line) >= 0.6 * width for line in continued)
    open_ended = sum(not line.endswith(_TERMINAL) for line in continued)
    if full < 0.7 * len(continued) or open_ended < 0.5 * len(continued):
        return 0
    return width


def _paragraphs(lines: list[str]) -> list[str]:
    width = _wrap_width(lines)
    blocks: list[list[str]] = []
    current: list[str] = []
    for line in lines:
        joins = (
            width
            and current
            and len(current[-1]) >= 0.6 * width
            and not _LIST_ITEM.match(line)
            and not _BOX_MARKER.match(line)
            and not _BOX_MARKER.match(current[-1])
        )
        if current and not (line and joins):
            blocks.append(current)
            current = []
        if line:
            current.append(line)
    if current:
        blocks.append(current)
    return [_join_lines(block) for block in blocks]


def _join_lines(lines: list[str]) -> str:
    out = lines[0]
    for line in lines[1:]:
        # A word broken at its own hyphen ("Russo-" / "Japanese") is rejoined without a space.
        out += line if out.endswith("-") and out[-2:-1].isalpha() else " " + line
    return out


def _teasers(paragraphs: list[str], keys: list[str]) -> set[int]:
    """Indexes of teasers: an ellipsis-ended paragraph whose text starts another paragraph."""
    teasers: set[int] = set()
    for i, paragraph in enumerate(paragraphs):
        if not paragraph.endswith(_ELLIPSES):
            continue
        core = _paragraph_key(paragraph).rstrip(" .…[]")
        if len(core) < _MIN_TEASER:
            continue
        for j, key in enumerate(keys):
            if j == i or j in teasers or not key.startswith(core[: len(key)]):
                continue
            # The teaser may run past the end of the paragraph it starts.
            following = " ".join(k for n, k in enumerate(keys[j:], j) if n != i)
            if len(following) > len(core) and following.startswith(core):
                teasers.add(i)
                break
    return teasers


def _duplicates(keys: list[str]) -> set[int]:
    """Indexes of paragraphs that repeat an earlier one."""
    first: dict[str, int] = {}
    for i, key in enumerate(keys):
        first.setdefault(key, i)
    # A short line may recur in real text ("Q: Thank you."), so it goes only when it repeats
    # the paragraph kept just before it, or sits inside a repeated run of paragraphs.
    dropped = {i for i, key in enumerate(keys) if first[key] != i and len(key) >= _MIN_DUPLICATE}
    changed = True
    while changed:
        changed = False
        kept = -1
        for i, key in enumerate(keys):
            if i in dropped:
                continue
            seen = first[key]
            if seen != i and (
                (kept >= 0 and keys[kept] == key)
                or (i - 1 in dropped and first[keys[i - 1]] == seen - 1)
                or (i + 1 in dropped and first[keys[i + 1]] == seen + 1)
            ):
                dropped.add(i)
                changed = True
            else:
                kept = i
    return dropped


def _sentences(paragraph: str) -> int:
    return len(_SENTENCE_END.findall(paragraph)) + 1


def _headline_like(paragraph: str) -> bool:
    if len(paragraph) > 120:
        return False
    if not paragraph.endswith("."):
        return True
    long_words = [w for w in paragraph.split() if len(w.strip(_PUNCTUATION)) >= 4]
    return bool(long_words) and sum(w[0].isupper() for w in long_words) >= 0.7 * len(long_words)


def _box_start(paragraphs: list[str]) -> int | None:
    """Where a trailing box of other headlines starts, if the text ends in one."""
    for i, paragraph in enumerate(paragraphs):
        # A box follows an article: a marker with nothing before it is not one (and cutting
        # there would make cleaning the cleaned text cut again).
        if i == 0 or len(paragraph) > 80 or not _BOX_MARKER.match(paragraph):
            continue
        tail = paragraphs[i + 1 :]
        if not tail:
            return i
        if tail[0][0].islower():
            continue
        if any(len(p) > 300 or _sentences(p) > 2 for p in tail):
            continue
        headlines = sum(_headline_like(p) for p in tail)
        if headlines and 3 * headlines >= len(tail):
            return i
    return None


def _is_title(paragraph: str) -> bool:
    words = paragraph.split()
    return 4 <= len(words) <= 20 and len(paragraph) <= 150 and not paragraph.endswith(".")


# A page's genre or section name set before a topic ("Research — Arms Control", "Opinion | Asia").
_GENRE_LABEL = re.compile(
    r"(?:research|analysis|commentary|comment|opinion|blog|feature|explainer|editorial|"
    r"perspectives?|insights?|briefing|report|reports)\s+[—–|:]\s+\S",
    re.IGNORECASE,
)
# A periodical's issue line ("Eurasia Daily Monitor Volume: 18 Issue: 141").
_ISSUE_LINE = re.compile(r"\bvolume:?\s*\d+\b.{0,20}\bissue:?\s*\d+\b", re.IGNORECASE)


# A site's breadcrumb of sections: "ASEAN Beat | Diplomacy | Southeast Asia", "World > Asia".
_CRUMB_SEPARATOR = re.compile(r"\s+[|›»>/]\s+")


def _is_breadcrumb(paragraph: str) -> bool:
    parts = _CRUMB_SEPARATOR.split(paragraph)
    return (
        2 <= len(parts) <= 5
        and all(1 <= len(part.split()) <= 4 for part in parts)
        and not any(c in paragraph for c in '.!?:;,"“”')
    )


def _is_kicker(paragraph: str) -> bool:
    if len(paragraph.split()) <= 10 and (
        _GENRE_LABEL.match(paragraph) or _ISSUE_LINE.search(paragraph) or _is_breadcrumb(paragraph)
    ):
        return True
    return (
        len(paragraph) <= 30
        and 1 <= len(paragraph.split()) <= 3
        and not any(c in paragraph for c in ".!?:;,")
    )


def clean_text(raw: str) -> str:
    """The cleaned form of a scraped article: paragraphs separated by one blank line.

    Deterministic, idempotent and conservative: only what is recognisably page furniture goes,
    never a body sentence that occurs once. Returns ``""`` when nothing is left (the reader
    turns that into :class:`EmptyInput`).

    * Line endings become ``\\n``; runs of spaces, tabs and no-break spaces become one space;
      lines are stripped; Unicode is NFC; invisible and control characters go. A line break is
      a paragraph break, except in text hard-wrapped at a fixed width of at most 100 columns,
      whose lines are joined back into paragraphs.
    * A paragraph whose folded form (as :func:`summarizer._text._keys.fold`: case, quote marks,
      dashes, whitespace) occurred before is dropped; the first copy stays. Paragraphs under 40
      folded characters go only when they repeat the paragraph just kept or sit in a repeated
      run.
    * A teaser, a paragraph ending in an ellipsis whose text starts another one, is dropped.
    * Photo credit lines, bare furniture lines ("Advertisement"), in-body link lines
      ("Read more: <headline>", "Also on example.com <headline>") and calls to sign up ("Sign
      up for our newsletter") are dropped; a credit glued to a paragraph's start is cut off.
    * A trailing box of other headlines is cut from its marker ("More from ...", "Related",
      "Most popular", ...) to the end, when all that follows is headline/standfirst-sized
      material; a marker followed by body-like paragraphs stays.
    * Parenthesised citations ending in a date ("(Kommersant, April 30)", "(, April 28)") go
      with the space before them; parentheses without a source and date ("(NATO)") stay.
    * A leading section label goes when a title line (4-20 words, no final period) and more
      text follow: one to three words without punctuation ("The Buzz"), a genre before a topic
      ("Research — Arms Control and Strategic Stability"), or a periodical's issue line
      ("Eurasia Daily Monitor Volume: 18 Issue: 141"). The title stays.
    """
    paragraphs = _paragraphs(_drop_furniture_lines(_normalise(raw)))
    paragraphs = [p for p in map(_drop_citations, paragraphs) if p]
    keys = [_paragraph_key(p) for p in paragraphs]
    teasers = _teasers(paragraphs, keys)
    paragraphs = [p for i, p in enumerate(paragraphs) if i not in teasers]
    keys = [k for i, k in enumerate(keys) if i not in teasers]
    duplicates = _duplicates(keys)
    paragraphs = [p for i, p in enumerate(paragraphs) if i not in duplicates]
    box = _box_start(paragraphs)
    if box is not None:
        paragraphs = paragraphs[:box]
    if len(paragraphs) >= 3 and _is_kicker(paragraphs[0]) and _is_title(paragraphs[1]):
        paragraphs = paragraphs[1:]
    return "\n\n".join(paragraphs)


# A word: two letters in a row, of any script ("中国" counts; "42%", "7.8.9" and "---" do not).
_LETTERS = re.compile(r"[^\W\d_]{2,}")


def has_words(text: str) -> bool:
    """Whether ``text`` holds any word at all: a text of numbers, symbols and punctuation
    is no article, and a briefing of it would be its digits dressed as a headline."""
    return _LETTERS.search(text) is not None
