"""Cutting the article into sentences, and telling article text from what is not.

The text arrives cleaned, but the engine checks again: a photo credit ("NAME NAME/AFP"), a
source citation in brackets ("(Rosbalt, April 29)", "(, April 28)"), a heading or a trailing
"More from ..." box of other headlines must never yield an actor, dispute or deal. Such text is
*masked* (blanked in a same-length copy, so offsets still line up) or its line marked as not
body. Quotes are cut from the original text, never from the masked copy.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from summarizer._engines.offline._prefilter import folded, needs
from summarizer._lexicon import lexicon
from summarizer._lexicon._types import longest_first
from summarizer._text._dateline import DATELINE

_CALENDAR = lexicon("en").calendar
_PRESS = lexicon("en").press
_MONTH = f"(?:{_CALENDAR.month_pattern()})"
# A bracketed citation: something dated inside brackets, an emptied one "(, April 28)", or one
# introduced by see/source/via/photo.
_CITATION = re.compile(
    r"\s?\((?:[^()\n]{0,80}?\b" + _MONTH + r"\.? \d{1,2}\b[^()\n]{0,80}"
    r"|\s*,[^()\n]{0,80}"
    r"|\s*(?:" + "|".join(re.escape(w) for w in _PRESS.citation_leads) + r")\b"
    r"[^()\n]{0,80})\)",
    re.IGNORECASE,
)
# An author-year citation: "(International Crisis Group, 2024)", "(OHCHR, February 2025)".
_AUTHOR_YEAR = re.compile(
    r"\s?\((?:[A-Z][\w&.'’-]*(?: (?:of|for|the|and|on|[A-Z][\w&.'’-]*))*)"
    r"(?: (?:" + "|".join(re.escape(w) for w in _PRESS.report_words) + r"))?,? "
    r"(?:(?:"
    + _MONTH
    + r"|\d{1,2} "
    + _MONTH
    + r"|"
    + _MONTH
    + r" \d{1,2},?) )?(?:19|20)\d\d[a-z]?\)"
)
_PARENS = re.compile(r"\s?\(([^()\n]{1,60})\)")
# "ALEXANDER NEMENOV/AFP", "Jane Doe/Reuters", "(Photo by X/Getty Images)", "Photo: NAME":
# any agency in capitals, or one the lexicon knows as it writes itself ("Kyodo").
_CREDIT = re.compile(
    r"(?:\b[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,4} ?/ ?(?:"
    + "|".join(re.escape(a) for a in longest_first(_PRESS.agencies))
    + r"|[A-Z]{2,}\b)(?: via Getty Images)?)"
    r"|(?:^|\n)(?:"
    + "|".join(re.escape(label[:1].upper() + label[1:]) for label in _PRESS.credit_labels)
    + r")(?: credit)?\s*[:/][^\n]*",
)
_TERMINAL = ".!?…"
_CLOSERS = "\"”’')]»"
_BOUNDARY = re.compile(r"[.!?…]+[\"”’')\]»]*(?=\s|$)")
_ABBREVIATIONS = lexicon("en").sentences.abbreviations
# A heading of a box of other headlines, perhaps followed by a section or site name.
_BOX_HEADING = re.compile(rf"(?:{_PRESS.box_heading_pattern()})(?: .*)?", re.IGNORECASE)
_SPACES = re.compile(r"\s*")
_MAX_SENTENCE = 2000
"""Characters a sentence may have: a longer one is read in pieces cut at a space.

The longest sentence of the fixture articles has about 300. A text with no full stop for a
megabyte is one sentence otherwise, and the stages do work per clause that grows with the
length of its sentence.
"""


@dataclass(frozen=True, slots=True)
class Sentence:
    index: int
    start: int
    end: int
    paragraph: int
    body: bool
    text: str
    """The sentence as written (offsets ``start:end`` of the article text)."""
    masked: str
    """The same characters with citations and credits blanked: what detection reads."""
    quote_start: int
    quote_end: int
    quote: str
    """The longest unmasked stretch, without terminal punctuation: the evidence quote.

    The final period is left out on purpose: the cleaner drops a citation such as
    " (, April 28)" that stood before it, so "...in May." is not in the raw article while
    "...in May" is.
    """

    def clause(self, start: int, end: int) -> str:
        """The quote for ``text[start:end]`` (sentence-relative), trimmed like :attr:`quote`."""
        while start < end and (self.masked[start].isspace() or self.text[start] in ",;:-–—"):
            start += 1
        while end > start and (
            self.masked[end - 1].isspace() or self.text[end - 1] in _TERMINAL + _CLOSERS + ",;:-–—"
        ):
            end -= 1
        return self.text[start:end] if start < end else self.quote


def mask(text: str) -> str:
    """``text`` with citations and photo credits blanked (newlines kept, length unchanged)."""
    # Most articles have no photo credit and few brackets: a pattern whose every match needs
    # a "/" or a "(" the text lacks is not run (see _prefilter; the spans are the same).
    low = folded(text)
    spans = [m.span() for m in _finditer(_CITATION, text, low)]
    spans += [m.span() for m in _finditer(_AUTHOR_YEAR, text, low)]
    outlets = _PRESS.outlet_keys
    spans += [
        m.span() for m in _finditer(_PARENS, text, low) if m.group(1).strip().casefold() in outlets
    ]
    spans += [m.span() for m in _finditer(_CREDIT, text, low)]
    spans += [m.span() for m in _finditer(DATELINE, text, low)]
    if not spans:
        return text
    # Slices, not a list of every character: most of an article is kept as it is.
    pieces: list[str] = []
    done = 0
    for start, end in sorted(spans):
        if end <= done:
            continue
        start = max(start, done)
        pieces += [text[done:start], _NOT_NEWLINE.sub(" ", text[start:end])]
        done = end
    pieces.append(text[done:])
    return "".join(pieces)


_NOT_NEWLINE = re.compile(r"[^\n]")
_NEEDS = {
    pattern: needs(pattern) for pattern in (_CITATION, _AUTHOR_YEAR, _PARENS, _CREDIT, DATELINE)
}


def _finditer(pattern: re.Pattern[str], text: str, low: str | None) -> Iterator[re.Match[str]]:
    if not _NEEDS[pattern].possible(low):
        return iter(())
    if pattern in _BRACKETED:
        return _bracketed(pattern, text)
    return pattern.finditer(text)


# Patterns whose every match opens on "(" or on one space character before it: they are tried
# only there, not at every character of the article (the same matches as ``finditer``).
_BRACKETED = frozenset({_CITATION, _AUTHOR_YEAR, _PARENS})


def _bracketed(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    end = 0
    bracket = text.find("(")
    while bracket >= 0:
        for at in (bracket - 1, bracket):
            if at < end:
                continue
            match = pattern.match(text, at)
            if match is not None:
                yield match
                end = match.end()
                break
        bracket = text.find("(", max(bracket + 1, end))


def _is_heading(line: str, first: bool = False) -> bool:
    stripped = line.strip()
    if not stripped:
        return True
    if stripped[-1] in _TERMINAL or stripped[-1] in '"”»':
        return False
    # The first line without a final stop is the title, even a long one.
    return len(stripped.split()) < (30 if first else 15)


_CREDIT_WORDS = 30


def _is_credit_line(line: str) -> bool:
    """ "Reporting by NAME in CITY; Editing by NAME": the newsroom, not the story."""
    # "--With assistance from NAME": a wire's credit line may open with a dash.
    folded = line.strip().lstrip("(-–— ").casefold()
    if folded.startswith(_PRESS.credit_line_keys):
        return True
    # "Associated Press writer NAME in CITY contributed to this report.": names first. A short
    # line only, so that a body sentence that merely ends so is kept.
    ending = folded.rstrip(".)").endswith(_PRESS.credit_line_endings)
    if ending and len(folded.split()) <= _CREDIT_WORDS:
        return True
    return _BIO_LINE.match(line.strip()) is not None and len(line.split()) <= _CREDIT_WORDS


# An author's note at the foot of a page: "Jordan Ellery covers the NBA. Follow him on social
# media", "NAME is a senior correspondent for the paper": a name that opens such a line is the
# writer's, so its first word names no state ("Jordan", "Israel", "Chad") of the story.
_BIO_LINE = re.compile(
    r"(?:[A-Z][\w'’.-]+ ){2,3}(?:covers|writes about|writes on|reports on|reports from"
    r"|is (?:a|an|the) (?:[\w-]+ ){0,3}(?:reporter|correspondent|writer|editor|columnist"
    r"|journalist|contributor)\b)"
)


# Words of a paragraph no box of headlines holds: a headline or a teaser is shorter.
_PROSE_WORDS = 30


def _is_prose(line: str) -> bool:
    stripped = line.strip()
    return stripped[-1:] in _TERMINAL and len(stripped.split()) >= _PROSE_WORDS


def _is_box_marker(line: str) -> bool:
    stripped = line.strip().rstrip(":")
    if len(stripped.split()) > 6 or stripped[-1:] in _TERMINAL:
        return False
    return _BOX_HEADING.fullmatch(stripped.casefold()) is not None


def _ends_sentence(masked: str, at: int, stop: int) -> bool:
    """Whether the punctuation ending at ``at`` closes a sentence (not "U.S." or "Mr.")."""
    nxt = _next_visible(masked, at, stop)
    if nxt == stop:
        return True
    before = masked[max(0, at - 40) : at].rstrip(_CLOSERS)
    if before.endswith("."):
        word = before.rsplit(None, 1)[-1].rstrip(".").lstrip("(\"“'‘").casefold()
        # A single letter is an initial ("J. Smith"); a single digit is not ("on Feb. 2.").
        initial = len(word) == 1 and not word.isdigit()
        if word in _ABBREVIATIONS or initial or re.fullmatch(r"(?:\w\.)+\w", word):
            return False
    return not masked[nxt].islower()


def _next_visible(masked: str, at: int, stop: int) -> int:
    """Where the first character that is not a space is, from ``at`` (``stop`` if none).

    Found without a copy of the rest of the line: a line can hold a whole megabyte.
    """
    match = _SPACES.match(masked, at, stop)
    return match.end() if match is not None else stop


def split(text: str) -> list[Sentence]:
    """Every sentence of ``text``, with its paragraph and whether it is article body."""
    masked = mask(text)
    sentences: list[Sentence] = []
    paragraph = -1
    offset = 0
    seen_body = False
    in_box = False
    for line in text.split("\n"):
        line_start, line_end = offset, offset + len(line)
        offset = line_end + 1
        if not line.strip():
            continue
        paragraph += 1
        masked_line = masked[line_start:line_end]
        if seen_body and _is_box_marker(line):
            in_box = True  # what follows "More from ..." is other articles' headlines
        elif in_box and _is_prose(masked_line):
            # A box set in the middle of a scraped page ends where the article goes on: a
            # paragraph of running prose, never a headline.
            in_box = False
        heading = _is_heading(masked_line, first=paragraph == 0)
        body = not in_box and not heading and bool(masked_line.strip())
        body = body and not _is_credit_line(masked_line)
        seen_body = seen_body or body
        start = line_start
        for match in _BOUNDARY.finditer(masked, line_start, line_end):
            if not _ends_sentence(masked, match.end(), line_end):
                continue
            _add(sentences, text, masked, start, match.end(), paragraph, body)
            start = match.end()
        if masked[start:line_end].strip():
            _add(sentences, text, masked, start, line_end, paragraph, body)
    return sentences


def _add(
    out: list[Sentence], text: str, masked: str, start: int, end: int, paragraph: int, body: bool
) -> None:
    start, end = _strip(masked, start, end)
    while end - start > _MAX_SENTENCE:
        cut = masked.rfind(" ", start + 1, start + _MAX_SENTENCE)
        if cut < 0:
            cut = start + _MAX_SENTENCE  # no space to cut at: cut anywhere
        _add_one(out, text, masked, *_strip(masked, start, cut), paragraph, body)
        start, end = _strip(masked, cut, end)
    _add_one(out, text, masked, start, end, paragraph, body)


def _strip(masked: str, start: int, end: int) -> tuple[int, int]:
    while start < end and masked[start].isspace():
        start += 1
    while end > start and masked[end - 1].isspace():
        end -= 1
    return start, end


def _add_one(
    out: list[Sentence], text: str, masked: str, start: int, end: int, paragraph: int, body: bool
) -> None:
    if start >= end:
        return
    q_start, q_end = _longest_unmasked(text, masked, start, end)
    quote = text[q_start:q_end]
    out.append(
        Sentence(
            index=len(out),
            start=start,
            end=end,
            paragraph=paragraph,
            # str.split() cuts at what ``\s`` matches: the words a pattern \S+ would find.
            body=body and len(masked[start:end].split()) >= 3,
            text=text[start:end],
            masked=masked[start:end],
            quote_start=q_start,
            quote_end=q_end,
            quote=quote,
        )
    )


def _longest_unmasked(text: str, masked: str, start: int, end: int) -> tuple[int, int]:
    """The longest run of ``start:end`` with no blanked citation in it, trimmed for quoting."""
    if text[start:end] == masked[start:end]:
        return _trim(text, start, end, start, end)
    best = (start, start)
    run_start = start
    i = start
    while i <= end:
        blanked = i < end and masked[i] == " " and text[i] != " "
        if i == end or blanked:
            if i - run_start > best[1] - best[0]:
                best = (run_start, i)
            if blanked:
                while i < end and masked[i] == " " and text[i] != " ":
                    i += 1
                run_start = i
                continue
        i += 1
    return _trim(text, best[0], best[1], start, end)


def _trim(text: str, q_start: int, q_end: int, start: int, end: int) -> tuple[int, int]:
    while (
        q_start < q_end
        and (
            text[q_start].isspace()
            or text[q_start] in ",;:"
            # A dash left where a dateline was cut off opens no quote ("- France and Brazil ...").
            or (text[q_start] in "—–-" and text[q_start + 1 : q_start + 2].isspace())
        )
    ):
        q_start += 1
    while q_end > q_start and (text[q_end - 1].isspace() or text[q_end - 1] in _TERMINAL + ",;:"):
        q_end -= 1
    # A closing quote mark after the final period goes too: '...said "no."' -> '...said "no'.
    while (
        q_end > q_start
        and text[q_end - 1] in _CLOSERS
        and text[q_end - 2 : q_end - 1] in (*_TERMINAL,)
    ):
        q_end -= 1
        while q_end > q_start and text[q_end - 1] in _TERMINAL:
            q_end -= 1
    if q_start >= q_end:
        return start, end
    return q_start, q_end
