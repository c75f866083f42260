"""The substring gate before a pattern search: it may let a text through that the pattern
does not match, never hold back one it does."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from offline_support import cue_sets_agree

from summarizer._engines.offline._clause import reading
from summarizer._engines.offline._data import events, outlook
from summarizer._engines.offline._prefilter import alternation, folded, heads, needs

_ARTICLES = Path(__file__).parent / "fixtures" / "articles"


def _outlook_patterns() -> list[re.Pattern[str]]:
    lex = outlook()
    return [
        lex.any_cue,
        lex.not_cues,
        lex.reporting,
        lex.forward_times,
        *(p for _, p in lex.cues),
        *(p for _, p in lex.reported),
        *(p for _, p in lex.horizons),
    ]


def _sentences() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(_ARTICLES.glob("*.txt"))]
    return [s for t in texts for s in re.split(r"(?<=[.!?])\s+", t) if s]


def test_every_sentence_a_cue_pattern_matches_passes_its_gate() -> None:
    sentences = _sentences()
    matched = 0
    for pattern in _outlook_patterns():
        gate = needs(pattern)
        assert gate.words, pattern.pattern  # each cue pattern has words to look for
        for sentence in sentences:
            if pattern.search(sentence) is not None:
                matched += 1
                assert gate.possible(folded(sentence)), (pattern.pattern, sentence)
    assert matched > 100  # the check saw matches, not only misses


def test_a_sentence_without_the_words_is_not_searched() -> None:
    gate = needs(re.compile(r"\b(?:is|are) (?:now )?expected to\b|\bwill\b", re.I))
    assert not gate.possible(folded("The talks collapsed in March."))
    assert gate.possible(folded("Talks ARE EXPECTED to resume."))
    assert gate.possible(folded("Talks Will resume."))


@pytest.mark.parametrize("text", ["Talks wİll resume.", "Talks wıll resume.", "A ſet date."])
def test_letters_that_lower_casing_would_hide_let_the_text_through(text: str) -> None:
    pattern = re.compile(r"\bwill\b|\bset\b", re.I)
    assert pattern.search(text) is not None  # case-insensitive re takes them for i and s
    assert needs(pattern).possible(folded(text))


def test_a_pattern_with_no_word_of_its_own_is_always_searched() -> None:
    gate = needs(re.compile(r"\b\w+\b"))
    assert gate.words is None
    assert gate.possible(folded("Nothing here"))


def test_a_narrowed_alternation_finds_what_the_whole_pattern_finds() -> None:
    sentences = _sentences()
    for pattern in _outlook_patterns():
        narrowed = alternation(pattern)
        for sentence in sentences:
            expected = [m.span() for m in pattern.finditer(sentence)]
            got = [m.span() for m in narrowed.finditer(sentence, folded(sentence))]
            assert got == expected, (pattern.pattern, sentence)


def test_an_alternation_is_cut_only_at_its_own_bars() -> None:
    pattern = re.compile(r"[|a]x|\|y|(?:b|c)z|will", re.I)
    assert alternation(pattern).parts == ("[|a]x", r"\|y", "(?:b|c)z", "will")
    narrowed = alternation(pattern)
    assert [m.group() for m in narrowed.finditer("|x Will", folded("|x Will"))] == ["|x", "Will"]
    # Capturing groups would be renumbered in a narrowed pattern: such a pattern stays whole.
    assert alternation(re.compile(r"(a)|b")).parts == ("(a)|b",)
    # A verbose pattern's comments may hold a bar: it stays whole too.
    verbose = re.compile("a  # one | two\n|b", re.VERBOSE)
    assert alternation(verbose).parts == (verbose.pattern,)


def test_a_match_starts_with_one_of_its_heads() -> None:
    assert heads(r"(?<!the )accus\w*", 3) == {"acc"}
    assert heads(r"den(?:y|ie)(?:s|ed)?\b|rebuk\w*", 2) == {"de", "re"}
    assert heads(r"(?:talks?|row) over", 3) == {"tal", "row"}
    assert heads(r"a?bc", 2) == {"ab", "bc"}
    # A match shorter than the heads asked for, or one that starts anywhere: no heads.
    assert heads(r"\bai\b|chips?", 3) is None
    assert heads(r"\w+ talks", 3) is None
    assert heads(r"(?i)talks", 3) is None


def test_a_cue_set_finds_what_its_cues_find_tried_at_every_word_start() -> None:
    # (The check saw cues, not only sentences without any.)
    assert cue_sets_agree(_sentences()) > 50


def test_many_words_are_looked_for_in_one_search_that_finds_the_same() -> None:
    gates = [needs(p) for p in _outlook_patterns()]
    many = [g for g in gates if g.any_word is not None]
    assert many  # the cue patterns' long lists are searched at once
    texts = [folded(s) or "" for s in _sentences()]
    for gate in many:
        words = gate.words or ()
        for text in [*texts, *words, *(w[:-1] for w in words), *(f"x{w}x" for w in words)]:
            assert gate.possible(text) == any(w in text for w in words), (words, text)


def _windows(low: str) -> list[tuple[int, int]]:
    # The whole sentence and stretches of it that start and end mid-word, as clauses do.
    return [(0, len(low)), *((s, min(len(low), s + 60)) for s in range(0, len(low), 23))]


def test_a_status_pattern_tried_at_word_starts_finds_what_finditer_finds() -> None:
    lex = events()
    statuses = [p for _, p in (*lex.dispute_status, *lex.deal_status)]
    assert all(p.heads is not None for p in statuses)  # each is tried at word starts only
    found = 0
    for sentence in _sentences():
        low = sentence.lower()
        for pattern in statuses:
            for start, end in _windows(low):
                expected = [m.span() for m in pattern.regex.finditer(low, start, end)]
                assert [m.span() for m in pattern.finditer(low, start, end)] == expected
                found += len(expected)
    assert found > 100  # the check saw matches, not only misses


def test_a_gated_reading_search_finds_what_the_pattern_finds() -> None:
    r = reading()
    found = 0
    for sentence in _sentences():
        low = sentence.lower()
        for name, pattern in r.patterns.items():
            for start, end in _windows(low)[:3]:
                expected = pattern.search(low, start, end)
                got = r.search(name, low, start, end)
                assert (got and got.span()) == (expected and expected.span()), (name, low)
                found += expected is not None
            expected_all = [m.span() for m in pattern.finditer(sentence)]
            assert [m.span() for m in r.finditer(name, sentence)] == expected_all
    assert found > 500
