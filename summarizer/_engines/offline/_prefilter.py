"""Which patterns cannot match a text, told by plain substring tests.

Python's ``re`` tries a case-insensitive alternation at every character of the text: a dozen
cue patterns over every sentence of an article cost more than the rest of the outlook stage.
Most sentences hold none of the words those patterns need, and ``in`` on a lower-cased text
tells that in C, far faster. So each pattern gets, from its parsed form, a few strings one of
which every match contains ("will", "expected", "’ll"); a text that holds none of them is not
searched. The gate only ever skips a search that would have found nothing: results are the
same as searching every text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

# Past this many strings a set says little and costs a test each: the run is cut there.
_MOST = 16
# A string this long already rules out most texts: past it, the set of fewer strings wins.
_ENOUGH = 5
# Characters that case-insensitive matching takes for an ASCII letter but ``str.lower`` does not
# turn into it (the dotted and dotless i, the long s; found by trying every code point): a
# text that holds one is always searched.
_UNFOLDED = ("İ", "ı", "ſ")

_Items = Any  # a parsed pattern of ``re``'s own parser (a sequence of (opcode, argument))


def folded(text: str) -> str | None:
    """``text`` lower-cased for :meth:`Needs.possible`; ``None`` when lower-casing could hide
    a case-insensitive match (then every pattern is possible)."""
    if not text.isascii() and any(c in text for c in _UNFOLDED):
        return None
    return text.lower()


@dataclass(frozen=True, slots=True)
class Needs:
    """Strings (lower case) one of which every match of a pattern contains; ``None``: no such
    strings were found, and the pattern is always possible."""

    words: tuple[str, ...] | None
    any_word: re.Pattern[str] | None = None
    """For many words, one search for all of them (see :func:`_any_of`)."""

    def possible(self, folded_text: str | None) -> bool:
        """Whether the pattern may match the text whose :func:`folded` form is given."""
        words = self.words
        if words is None or folded_text is None:
            return True
        if self.any_word is not None:
            return self.any_word.search(folded_text) is not None
        for word in words:  # noqa: SIM110 (a plain loop: twice as fast as any() here)
            if word in folded_text:
                return True
        return False


# From this many words on, one search with the words as a tree of their letters beats a test
# a word (the outlook's fifty cue words: a third less time over a sentence).
_MANY_WORDS = 12


def _any_of(words: tuple[str, ...]) -> re.Pattern[str] | None:
    """A pattern that finds any of ``words`` (literally), their common starts shared, so that
    each position of a text tries the letters that may come next, not every word."""
    return re.compile(_tree(set(words))) if len(words) >= _MANY_WORDS else None


def _tree(words: set[str]) -> str:
    by_first: dict[str, set[str]] = {}
    for word in words:
        by_first.setdefault(word[0], set()).add(word[1:])
    branches: list[str] = []
    for first in sorted(by_first):
        rests = by_first[first]
        if "" in rests:  # the word ends here: finding it is enough, whatever follows
            branches.append(re.escape(first))
        elif len(rests) == 1:
            branches.append(re.escape(first + next(iter(rests))))
        else:
            branches.append(re.escape(first) + "(?:" + _tree(rests) + ")")
    return "|".join(branches)


def needs(pattern: re.Pattern[str]) -> Needs:
    """What every match of ``pattern`` contains (case ignored, whatever its flags)."""
    from re import _parser  # type: ignore[attr-defined]  # stdlib: no public parse tree

    found = _needs(_parser.parse(pattern.pattern, pattern.flags))
    if not found:
        return Needs(None)
    # A text that holds "expected to" holds "expect": the longer string tells nothing more.
    words = tuple(sorted(s for s in found if not any(t != s and t in s for t in found)))
    return Needs(words, _any_of(words))


def _plain(char: str) -> bool:
    """A literal whose lower case form finds it in a lower-cased text: ASCII, or uncased
    (a curly apostrophe matches only itself)."""
    return char.isascii() or char.lower() == char == char.upper()


def _exact_item(op: Any, arg: Any) -> set[str] | None:
    """The strings (lower case) one item of a parsed pattern can consume, when few and known;
    a zero-width item consumes ""."""
    name = str(op)
    if name == "LITERAL":
        char = chr(arg)
        return {char.lower()} if _plain(char) else None
    if name == "IN":
        if all(str(o) == "LITERAL" and _plain(chr(a)) for o, a in arg):
            return {chr(a).lower() for _, a in arg}
        return None
    if name == "SUBPATTERN":
        return _exact(arg[-1])
    if name == "BRANCH":
        union: set[str] = set()
        for branch in arg[1]:
            strings = _exact(branch)
            if strings is None:
                return None
            union |= strings
        return union if len(union) <= _MOST else None
    if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
        low, high, body = arg
        once = _exact(body)
        if once is None or high > 3:
            return None
        out: set[str] = set()
        times = {""}
        for count in range(high + 1):
            if count >= low:
                out |= times
            times = {a + b for a in times for b in once}
            if len(out) > _MOST or len(times) > _MOST:
                return None
        return out
    if name in ("AT", "ASSERT", "ASSERT_NOT"):
        return {""}  # consumes nothing (what it asserts only narrows the matches)
    return None


def _exact(items: _Items) -> set[str] | None:
    out = {""}
    for op, arg in items:
        strings = _exact_item(op, arg)
        if strings is None:
            return None
        out = {a + b for a in out for b in strings}
        if len(out) > _MOST:
            return None
    return out


def _needs_item(op: Any, arg: Any) -> set[str] | None:
    """Strings one of which every match of an item that is no short list of strings holds."""
    name = str(op)
    if name == "SUBPATTERN":
        return _needs(arg[-1])
    if name == "ATOMIC_GROUP":
        return _needs(arg)
    if name == "BRANCH":
        union: set[str] = set()
        for branch in arg[1]:
            strings = _needs(branch)
            if strings is None:
                return None
            union |= strings
        return union
    if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT") and arg[0] >= 1:
        return _needs(arg[2])
    return None


def _needs(items: _Items) -> set[str] | None:
    """The best set of strings one of which every match of ``items`` holds: of the runs of
    items that consume known strings (any stretch of such a run, its strings joined), and of
    the other items' own sets, the one that tells most for the fewest tests."""
    candidates: list[set[str]] = []
    run: list[set[str]] = []
    for op, arg in [*items, (None, None)]:
        strings = _exact_item(op, arg) if op is not None else None
        if strings is not None:
            run.append(strings)
            continue
        candidates += _stretches(run)
        run = []
        inner = _needs_item(op, arg) if op is not None else None
        if inner is not None:
            candidates.append(inner)
    usable = [c for c in candidates if c and "" not in c]
    if not usable:
        return None
    return max(usable, key=_worth)


def _stretches(run: list[set[str]]) -> list[set[str]]:
    """The strings of every stretch of ``run`` (items in a row), while few enough."""
    out: list[set[str]] = []
    for first in range(len(run)):
        joined = {""}
        for strings in run[first:]:
            joined = {a + b for a in joined for b in strings}
            if len(joined) > _MOST:
                break
            out.append(joined)
    return out


def _worth(strings: set[str]) -> tuple[int, int, int]:
    # A string of a few letters already rules out most texts; past that, fewer tests win.
    shortest = min(len(s) for s in strings)
    return min(shortest, _ENOUGH), -len(strings), shortest


@dataclass(frozen=True, slots=True, eq=False)
class Alternation:
    """A pattern of many alternatives searched with only those a text may match: an
    alternative that cannot match anywhere in the text changes none of the pattern's matches,
    and each one left out is one less tried at every character."""

    pattern: re.Pattern[str]
    parts: tuple[str, ...]
    words: tuple[tuple[str, int], ...]
    """Each alternative's needed strings, with its number: one pass tells which may match."""
    always: frozenset[int]
    """The alternatives with no needed strings: always searched."""
    narrowed: dict[tuple[int, ...], re.Pattern[str]]

    def possible(self, folded_text: str | None) -> bool:
        """Whether the pattern may match the text whose :func:`folded` form is given."""
        if folded_text is None or self.always:
            return True
        for word, _ in self.words:  # noqa: SIM110 (a plain loop: faster than any() here)
            if word in folded_text:
                return True
        return False

    def finditer(self, text: str, folded_text: str | None) -> Iterator[re.Match[str]]:
        """``pattern.finditer(text)``; ``folded_text`` is ``folded(text)``."""
        if folded_text is None:
            return self.pattern.finditer(text)
        found = {i for word, i in self.words if word in folded_text}
        if self.always:
            found |= self.always
        if len(found) == len(self.parts):
            return self.pattern.finditer(text)
        if not found:
            return iter(())
        keep = tuple(sorted(found))
        narrowed = self.narrowed.get(keep)
        if narrowed is None:
            narrowed = re.compile("|".join(self.parts[i] for i in keep), self.pattern.flags)
            if len(self.narrowed) < _NARROWED_MAX:
                self.narrowed[keep] = narrowed
        return narrowed.finditer(text)


# Distinct sets of alternatives kept compiled (a text meets a handful; the bound is for safety).
_NARROWED_MAX = 256


def alternation(pattern: re.Pattern[str]) -> Alternation:
    """``pattern`` cut at its top-level "|" (whole, when it has capturing groups, whose
    numbers a narrowed pattern would change, inline global flags, or comments)."""
    parts = _top_level(pattern.pattern)
    if (
        pattern.groups
        or pattern.flags & re.VERBOSE
        or parts is None
        or len(parts) < 2
        or re.match(r"\(\?[aiLmsux]+\)", pattern.pattern)
    ):
        parts = [pattern.pattern]
    try:
        compiled = [re.compile(part, pattern.flags) for part in parts]
    except re.error:  # not cut where it should be: searched whole
        parts, compiled = [pattern.pattern], [pattern]
    gates = [needs(c).words for c in compiled]
    words = tuple((word, i) for i, found in enumerate(gates) for word in found or ())
    always = frozenset(i for i, found in enumerate(gates) if found is None)
    return Alternation(pattern, tuple(parts), words, always, {})


def _top_level(regex: str) -> list[str] | None:
    """``regex`` cut at each "|" outside brackets and parentheses; None if unbalanced."""
    parts: list[str] = []
    depth = 0
    start = 0
    i = 0
    while i < len(regex):
        char = regex[i]
        if char == "\\":
            i += 2
            continue
        if char == "[":
            # A class: "]" right after "[" or "[^" is a literal, and so is an escaped one.
            i += 1
            if regex[i : i + 1] == "^":
                i += 1
            if regex[i : i + 1] == "]":
                i += 1
            while i < len(regex) and regex[i] != "]":
                i += 2 if regex[i] == "\\" else 1
            if i >= len(regex):
                return None
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth < 0:
                return None
        elif char == "|" and depth == 0:
            parts.append(regex[start:i])
            start = i + 1
        i += 1
    if depth:
        return None
    parts.append(regex[start:])
    return parts


# Past this many heads a pattern's set is not worth keeping: its cue is tried by first letter.
_HEADS_MOST = 512


def heads(regex: str, size: int) -> frozenset[str] | None:
    """The strings of ``size`` characters that every match of ``regex`` (compiled without
    flags) starts with; ``None`` when unclear, too many, or some match may be shorter.

    A cue set tries at each word start only the cues whose heads the text there starts with.
    Zero-width items (word edges, look-arounds) are passed over: what they assert only narrows
    the matches, so the set may hold heads no match has, never miss one a match has.
    """
    from re import _parser  # type: ignore[attr-defined]  # stdlib: no public parse tree

    parsed = _parser.parse(regex)
    if parsed.state.flags & re.IGNORECASE:
        return None
    found = _heads(parsed, frozenset({""}), size)
    if found is None or any(len(head) < size for head in found):
        return None
    return found


def _heads(items: _Items, sofar: frozenset[str], size: int) -> frozenset[str] | None:
    """``sofar`` (the heads up to here, each cut at ``size``) extended by ``items``."""
    for op, arg in items:
        if all(len(head) >= size for head in sofar):
            return sofar  # what follows changes no head
        name = str(op)
        if name == "LITERAL":
            sofar = _joined(sofar, (chr(arg),), size)
        elif name == "IN":
            if any(str(o) != "LITERAL" for o, _ in arg):
                return None
            sofar = _joined(sofar, tuple(chr(a) for _, a in arg), size)
        elif name == "SUBPATTERN":
            if arg[1] & re.IGNORECASE:
                return None
            extended = _heads(arg[-1], sofar, size)
            if extended is None:
                return None
            sofar = extended
        elif name == "BRANCH":
            union: set[str] = set()
            for branch in arg[1]:
                extended = _heads(branch, sofar, size)
                if extended is None:
                    return None
                union |= extended
            sofar = frozenset(union)
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            repeated = _repeated(arg, sofar, size)
            if repeated is None:
                return None
            sofar = repeated
        elif name not in ("AT", "ASSERT", "ASSERT_NOT"):
            return None
        if len(sofar) > _HEADS_MOST:
            return None
    return sofar


def _repeated(arg: Any, sofar: frozenset[str], size: int) -> frozenset[str] | None:
    """``sofar`` extended by ``low`` to ``high`` repeats of ``body``."""
    low, high, body = arg
    out: set[str] = set()
    current = sofar
    # Each repeat that changes anything lengthens a head: after ``size`` of them none can.
    for count in range(low + size + 1):
        if count >= low:
            out |= current
        if count == high:
            return frozenset(out)
        extended = _heads(body, current, size)
        if extended is None:
            return None
        if extended == current:  # more repeats change nothing
            return frozenset(out | current)
        current = extended
    return None


def _joined(sofar: frozenset[str], chars: tuple[str, ...], size: int) -> frozenset[str]:
    return frozenset(head + char if len(head) < size else head for head in sofar for char in chars)
