"""Speed round 9: a cue set's bucket holds only the alternatives of each cue that can open with
the bucket's head. The cues it finds must be those the whole cue patterns find."""

from __future__ import annotations

import re
from pathlib import Path

from offline_support import brief, cue_sets_agree

from summarizer._engines.offline._data import _by_head

_FIXTURES = Path(__file__).parent / "fixtures"
# Dev sets written for other rounds (the blind hold-outs are left alone).
_SETS = ("articles_wire", "articles_talks20", "articles_trade20", "articles_conflict21")


def _sentences() -> list[str]:
    paths = [p for name in _SETS for p in sorted((_FIXTURES / name).glob("*.txt"))]
    texts = [p.read_text(encoding="utf-8") for p in paths]
    return [s for t in texts for s in re.split(r"(?<=[.!?])\s+", t) if s]


def test_a_bucket_keeps_only_the_alternatives_that_open_with_its_head() -> None:
    narrowed = _by_head(r"(?<!at )stakes?\b|shares\b|strikes?|sanctions", 3)
    assert narrowed == {
        "sta": r"(?<!at )stakes?\b",
        "sha": r"shares\b",
        "str": "strikes?",
        "san": "sanctions",
    }
    # Two alternatives with one head stay together, in their order.
    assert _by_head("talks|tariffs?|talked", 3) == {"tal": "talks|talked", "tar": "tariffs?"}


def test_a_pattern_without_top_level_alternatives_or_with_unclear_heads_stays_whole() -> None:
    assert _by_head("(?:talks|tariffs)", 3) is None  # one alternative at the top level
    assert _by_head(r"talks|\w+ed", 3) is None  # the heads of "\w+ed" are unclear


def test_narrowed_cue_sets_find_what_every_cue_finds_at_every_word_start() -> None:
    # (The check saw cues, not only sentences without any.)
    assert cue_sets_agree(_sentences()) > 100


def test_a_dispute_and_a_deal_are_still_read_through_the_narrowed_buckets() -> None:
    briefing = brief(
        "China imposed sanctions on Lithuania on Monday, the foreign ministry said. "
        "Separately, Japan and India signed a trade agreement in Tokyo on Tuesday."
    )
    assert briefing.disputes, briefing
    assert briefing.deals, briefing


def _plain_and_fast() -> list[tuple[re.Pattern[str], re.Pattern[str]]]:
    """Each pattern rewritten for speed, with the plain form it stands for."""
    from summarizer._engines.offline import _clause, _events, _outlook, _parties, _titles

    def without(pattern: re.Pattern[str], *inserted: str) -> re.Pattern[str]:
        source = pattern.pattern
        for text in inserted:
            assert text in source
            source = source.replace(text, "", 1)
        return re.compile(source)

    return [
        (without(_titles._STOP, r"(?=\.)"), _titles._STOP),
        (without(_parties.ANAPHORA, "(?=that)"), _parties.ANAPHORA),
        (without(_parties._SEGMENT, r"(?=\s)", r"(?=\s)"), _parties._SEGMENT),
        (without(_events._STANDING, "(?=under )"), _events._STANDING),
        (
            re.compile(
                r",\s+(?=[a-z\"“‘'])|;\s+|:\s+|\s+[—–]\s+|\s+-\s+"
                r"|\s+(?:and|but|or)\s+(?=(?:may|might|could|would|will|should|can|must|that)\b)"
            ),
            _outlook._BREAK,
        ),
        (re.compile(r"[,;:]\s+|[\"”]\s+|\s+[—–]\s+"), _clause._SEGMENTS),
    ]


def test_patterns_written_for_speed_find_what_their_plain_forms_find() -> None:
    texts = [t for s in _sentences() for t in (s, s.lower())]
    texts += ["St. Vincent and Gen. Ortiz said that deal, in 2019. The U.S. - and that - no"]
    for plain, fast in _plain_and_fast():
        assert plain.pattern != fast.pattern
        for text in texts:
            assert [m.span() for m in fast.finditer(text)] == [
                m.span() for m in plain.finditer(text)
            ], (fast.pattern, text)
            for at in range(0, len(text), 9):  # searches in a window, as the callers make
                got, expected = fast.search(text, at, at + 30), plain.search(text, at, at + 30)
                assert (got and got.span()) == (expected and expected.span()), (fast, text, at)


def test_past_days_are_blanked_as_the_plain_substitution_blanks_them() -> None:
    from summarizer._engines.offline._outlook import _PAST_DAY, _blank_past_days

    texts = [*_sentences(), "Talks will resume next week.", "She said on Monday the deal stands."]
    blanked = 0
    for text in texts:
        expected = _PAST_DAY.sub(lambda m: " " * len(m.group()), text)
        assert _blank_past_days(text) == expected, text
        blanked += expected != text
    assert blanked > 5  # the check saw dated statements, not only texts without any
