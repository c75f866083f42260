"""The engine's compiled view of the lexicon: cue sets and patterns, built once.

The words and patterns themselves are the lexicon's (:mod:`summarizer._lexicon`, ``en/*.json``);
this module compiles what the stages match with. Compiling is lazy and cached: the first
briefing pays for it (a few milliseconds), every later one reuses it. Benchmarks time
:func:`load` separately for that reason.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress
from typing import Any

from summarizer._engines.offline._gazetteer import gazetteer
from summarizer._engines.offline._prefilter import _top_level, heads
from summarizer._lexicon import lexicon
from summarizer._lexicon._types import CueEntry


@dataclass(frozen=True, slots=True)
class Cue:
    """One cue of a lexicon: what it matched is an event of ``kind`` named ``label``."""

    kind: str | None
    label: str
    needs: str | None = None
    """A topic kind that must also be in the clause ("claims" counts only next to territory)."""


@dataclass(frozen=True, slots=True)
class CueSet:
    """Many cues, matched at word starts only.

    One alternation of fifty cues tried at every character is slow in Python's ``re``; so the
    cues are bucketed by the first ``size`` characters their matches can start with ("acc",
    "con"), and each word start of the (lower-cased) text tries only the bucket of what it
    starts with, if any: most word starts have none.
    """

    size: int
    buckets: dict[str, re.Pattern[str]]
    cues: dict[str, Cue]

    def find(self, text: str) -> list[tuple[Cue, re.Match[str]]]:
        """Cues in ``text`` (which must be lower case), in order, not overlapping."""
        found: list[tuple[Cue, re.Match[str]]] = []
        buckets = self.buckets
        # Each word start's head is tested against the buckets in C (``map``, ``compress``):
        # only the few word starts that open a bucket reach the Python loop.
        starts, heads = _word_heads(text, self.size)
        opens = list(map(buckets.__contains__, heads))
        if True not in opens:
            return found
        end = 0
        for at, head in compress(zip(starts, heads, strict=True), opens):
            if at < end:
                continue
            match = buckets[head].match(text, at)
            if match is not None and match.lastgroup is not None:
                found.append((self.cues[match.lastgroup], match))
                end = match.end()
        return found


# A word start: a word character after none, nor a hyphen.
_WORD_START = re.compile(r"(?<![\w-])\w")
_START = re.Match.start


# A sentence's text is searched for two to four cue sets (and again by the parties): its word
# starts and their heads are found once. (Shared: the callers only read them.)
@lru_cache(maxsize=64)
def _word_starts(text: str) -> list[int]:
    """The offset of each word start of ``text``."""
    return list(map(_START, _WORD_START.finditer(text)))


@lru_cache(maxsize=64)
def _word_heads(text: str, size: int) -> tuple[list[int], list[str]]:
    """The offset of each word start of ``text``, and the ``size`` characters there."""
    starts = _word_starts(text)
    return starts, [text[at : at + size] for at in starts]


def _first_chars(regex: str) -> set[str] | None:
    """The characters a match of ``regex`` can start with; ``None`` when that is unclear."""
    from re import _parser as sre_parse  # type: ignore[attr-defined]

    def first(items: Any) -> set[str] | None:
        out: set[str] = set()
        for op, arg in items:
            name = str(op)
            if name == "LITERAL":
                return out | {chr(arg)}
            if name == "IN":
                chars = {chr(a) for o, a in arg if str(o) == "LITERAL"}
                if any(str(o) != "LITERAL" for o, _ in arg):
                    return None
                return out | chars
            if name == "SUBPATTERN":
                inner = first(arg[-1])
                return None if inner is None else out | inner
            if name == "BRANCH":
                union: set[str] = set()
                for branch in arg[1]:
                    starts = first(branch)
                    if starts is None:
                        return None
                    union |= starts
                return out | union
            if name in ("MAX_REPEAT", "MIN_REPEAT"):
                low, _, inner_items = arg
                inner = first(inner_items)
                if inner is None:
                    return None
                out |= inner
                if low > 0:
                    return out
                continue  # optional: what follows may come first too
            if name in ("AT", "ASSERT", "ASSERT_NOT"):
                continue
            return None
        return out or None

    return first(sre_parse.parse(regex))


def _cue_set(entries: tuple[CueEntry, ...], prefix: str) -> CueSet:
    cues: dict[str, Cue] = {}
    parts: list[str] = []
    for number, entry in enumerate(entries):
        group = f"{prefix}{number}"
        cues[group] = Cue(entry.kind, entry.label, entry.needs)
        # Written in lower case; matched against lower-cased text.
        parts.append(f"(?P<{group}>{entry.pattern})")
    for size in _HEAD_SIZES:
        found = [heads(entry.pattern, size) for entry in entries]
        if all(found):
            by_head: dict[str, list[str]] = {}
            for number, (entry, starts) in enumerate(zip(entries, found, strict=True)):
                narrowed = _by_head(entry.pattern, size)
                for head in sorted(starts or ()):
                    # Only the cue's alternatives a match at this head can open with: one
                    # that cannot changes no match, and each one left out is one less tried.
                    body = narrowed.get(head, entry.pattern) if narrowed else entry.pattern
                    by_head.setdefault(head, []).append(f"(?P<{prefix}{number}>{body})")
            return CueSet(size, _compiled(by_head), cues)
    # Some cue's heads are unclear: by first letter, the unclear cues in every letter's bucket.
    by_letter: dict[str, list[str]] = {}
    anywhere: list[str] = []
    for part, entry in zip(parts, entries, strict=True):
        letters = _first_chars(entry.pattern)
        if letters is None:
            anywhere.append(part)
            continue
        for letter in sorted(letters):
            by_letter.setdefault(letter, []).append(part)
    every = set(by_letter) | ({chr(c) for c in range(97, 123)} if anywhere else set())
    return CueSet(1, _compiled({k: by_letter.get(k, []) + anywhere for k in sorted(every)}), cues)


def _by_head(regex: str, size: int) -> dict[str, str] | None:
    """``regex``'s top-level alternatives that a match may open with, joined in their order,
    by the head (``size`` characters) they may open with; ``None`` when it has no top-level
    alternatives, or some alternative's heads are unclear (then the whole pattern is tried)."""
    parts = _top_level(regex)
    if parts is None or len(parts) < 2:
        return None
    by_head: dict[str, list[str]] = {}
    for part in parts:
        try:
            starts = heads(part, size)
        except re.error:
            return None
        if starts is None:
            return None
        for head in starts:
            by_head.setdefault(head, []).append(part)
    return {head: "|".join(alts) for head, alts in by_head.items()}


# A longer head rules out more word starts, and more heads cost nothing at a word start (one
# dictionary look-up); past three letters few words are told apart that three do not.
_HEAD_SIZES = (3, 2)


def _compiled(parts_by_head: dict[str, list[str]]) -> dict[str, re.Pattern[str]]:
    # A bucket keeps the cues' order: of two cues that match at one place, the first wins.
    return {head: re.compile("|".join(parts)) for head, parts in parts_by_head.items()}


def _ordered(pairs: tuple[tuple[str, str], ...]) -> tuple[tuple[str, WordPattern], ...]:
    # Matched against lower-cased text (faster than re.IGNORECASE).
    return tuple((name, _word_pattern(r"(?<![\w-])(?:" + regex + ")")) for name, regex in pairs)


@dataclass(frozen=True, slots=True, eq=False)
class WordPattern:
    """A pattern whose matches open only at word starts, found where a match may open.

    ``re`` cannot skip ahead past the look-behind ``(?<![\\w-])`` the pattern opens on, so
    ``finditer`` tries it at every character; here it is tried only at the word starts whose
    first few characters (:data:`_WORD_HEAD`) some match opens with. The matches are
    ``finditer``'s: no other place can open one, and each search goes on from the last end.
    """

    regex: re.Pattern[str]
    heads: frozenset[str] | None
    """What a match's first characters may be; ``None``: unclear, searched everywhere."""

    def finditer(self, text: str, pos: int, endpos: int) -> Iterator[re.Match[str]]:
        """``regex.finditer(text, pos, endpos)``; ``text`` is lower case."""
        if self.heads is None:
            return self.regex.finditer(text, pos, endpos)
        return self._at_openings(text, pos, endpos)

    def _at_openings(self, text: str, pos: int, endpos: int) -> Iterator[re.Match[str]]:
        openings = _openings(self, text)
        match = self.regex.match
        end = pos
        for at in openings[bisect_left(openings, pos) :]:
            if at >= endpos:
                return
            if at < end:
                continue
            found = match(text, at, endpos)
            if found is not None:
                yield found
                end = found.end()


_WORD_HEAD = 3


def _word_pattern(regex: str) -> WordPattern:
    found = heads(regex, _WORD_HEAD)
    if found is not None and not all(re.match(r"\w", head) for head in found):
        found = None  # a match may open on what the word starts do not list
    return WordPattern(re.compile(regex), found)


# A sentence's stretches are read for its status over and over: where each pattern may open in
# it is found once (a sentence meets about a dozen patterns).
@lru_cache(maxsize=256)
def _openings(pattern: WordPattern, text: str) -> list[int]:
    starts, heads = _word_heads(text, _WORD_HEAD)
    opens = pattern.heads or frozenset()  # (only asked for a pattern with heads)
    return list(compress(starts, map(opens.__contains__, heads)))


@dataclass(frozen=True, slots=True)
class EventLexicon:
    dispute_triggers: CueSet
    dispute_topics: CueSet
    dispute_status: tuple[tuple[str, WordPattern], ...]
    deal_triggers: CueSet
    deal_topics: CueSet
    deal_status: tuple[tuple[str, WordPattern], ...]
    weak_labels: frozenset[str]
    """Labels of cues that say little alone ("attacks"): an event only with both sides."""
    targeted_labels: frozenset[str]
    """Weak labels whose target may go unnamed, being the story's main actor ("pressure")."""
    friendly_labels: frozenset[str]
    """Labels of trade measures that are no dispute when offered away ("tariffs")."""


@dataclass(frozen=True, slots=True)
class OutlookLexicon:
    """``outlook.json`` compiled (see :class:`summarizer._lexicon._types.OutlookCues`)."""

    cues: tuple[tuple[str, re.Pattern[str]], ...]
    reported: tuple[tuple[str, re.Pattern[str]], ...]
    reporting: re.Pattern[str]
    not_cues: re.Pattern[str]
    conditional: re.Pattern[str]
    conditions: re.Pattern[str]
    hedges: re.Pattern[str]
    past_markers: re.Pattern[str]
    forward_times: re.Pattern[str]
    any_cue: re.Pattern[str]
    """``cues``, ``reported`` and ``forward_times`` in one alternation: one search tells that a
    sentence has none of them (most have none), sparing the passes of each."""
    horizons: tuple[tuple[str, re.Pattern[str]], ...]
    may_month_before: tuple[str, ...]
    # What tells a statement from a fragment or an opinion; ``dependent``, ``relatives`` and
    # ``headless`` are fullmatched on one lower-case word.
    dependent: re.Pattern[str]
    subordinators: re.Pattern[str]
    relatives: re.Pattern[str]
    headless: re.Pattern[str]
    joiners: re.Pattern[str]
    stance: re.Pattern[str]
    states: re.Pattern[str]
    backward: re.Pattern[str]


@lru_cache(maxsize=1)
def events() -> EventLexicon:
    raw = lexicon("en").events
    return EventLexicon(
        dispute_triggers=_cue_set(raw.dispute_triggers, "t"),
        dispute_topics=_cue_set(raw.dispute_topics, "p"),
        dispute_status=_ordered(raw.dispute_status),
        deal_triggers=_cue_set(raw.deal_triggers, "t"),
        deal_topics=_cue_set(raw.deal_topics, "p"),
        deal_status=_ordered(raw.deal_status),
        weak_labels=raw.weak_labels,
        targeted_labels=raw.targeted_labels,
        friendly_labels=raw.friendly_labels,
    )


@lru_cache(maxsize=1)
def outlook() -> OutlookLexicon:
    raw = lexicon("en").outlook

    def compiled(pattern: str) -> re.Pattern[str]:
        return re.compile(pattern, re.IGNORECASE)

    every = [*(r for _, r in raw.cues), *(r for _, r in raw.reported), raw.forward_times]
    return OutlookLexicon(
        cues=tuple((n, compiled(r)) for n, r in raw.cues),
        reported=tuple((n, compiled(r)) for n, r in raw.reported),
        reporting=compiled(raw.reporting),
        not_cues=compiled(raw.not_cues),
        conditional=compiled(raw.conditional),
        conditions=compiled(raw.conditions),
        hedges=compiled(raw.hedges),
        past_markers=compiled(raw.past_markers),
        forward_times=compiled(raw.forward_times),
        any_cue=compiled("|".join(f"(?:{r})" for r in every)),
        horizons=tuple((n, compiled(r)) for n, r in raw.horizons),
        may_month_before=raw.may_month_before,
        dependent=re.compile(rf"(?:{raw.dependent})"),
        subordinators=compiled(rf"\b(?:{raw.subordinators})\b"),
        relatives=re.compile(rf"(?:{raw.relatives})"),
        headless=re.compile(rf"(?:{raw.headless})"),
        joiners=compiled(raw.joiners),
        stance=compiled(raw.stance),
        states=compiled(raw.states),
        backward=compiled(raw.backward),
    )


def load() -> None:
    """Read the lexicon and compile every table now (benchmarks time this apart from briefing)."""
    lexicon("en").load()
    events()
    outlook()
    gazetteer()


def trim_dangling(
    words_: list[str], *, keep: int = 0, strip: str = ",;:", modals: bool = False
) -> list[str]:
    """``words_`` without trailing words a cut-off phrase must not end on ("talks over the").

    At least ``keep`` words stay. ``modals`` also trims "will", "may"...: a signal cut after
    its modal verb says nothing.
    """
    table = lexicon("en").sentences
    endings = table.dangling | table.dangling_modals if modals else table.dangling
    out = list(words_)
    while len(out) > keep and out[-1].casefold().strip(strip) in endings:
        out.pop()
    return out
