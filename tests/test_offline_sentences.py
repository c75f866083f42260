"""Sentence splitting, masking of non-article text, and the shape of evidence quotes."""

from __future__ import annotations

from pathlib import Path

from summarizer._engines.offline._sentences import _BRACKETED, _bracketed, mask, split

_FIXTURES = Path(__file__).parent / "fixtures"


def test_split_keeps_abbreviations_together() -> None:
    text = "The U.S. envoy met Mr. Smith in Geneva. They spoke for an hour. Talks ended."
    sentences = split(text)
    assert [s.quote for s in sentences] == [
        "The U.S. envoy met Mr. Smith in Geneva",
        "They spoke for an hour",
        "Talks ended",
    ]


def test_quote_has_no_terminal_punctuation_and_is_a_span() -> None:
    text = 'He said: "We will not give in." Then he left!'
    for sentence in split(text):
        assert sentence.quote[-1] not in '.!?"'
        assert text[sentence.quote_start : sentence.quote_end] == sentence.quote


def test_citations_and_credits_are_masked_same_length() -> None:
    text = (
        "JOHN DOE/AFP Russia warned Lithuania (RIA Novosti, April 30; see EDM, April 21). "
        "Japan objected (, April 28)."
    )
    masked = mask(text)
    assert len(masked) == len(text)
    assert "Novosti" not in masked
    assert "April 28" not in masked
    assert "DOE" not in masked
    assert "Russia warned Lithuania" in masked


def test_quote_avoids_a_masked_citation() -> None:
    text = "Lavrov met Wang in Beijing (Kommersant, April 28) and praised the talks."
    (sentence,) = split(text)
    assert "Kommersant" not in sentence.quote
    assert sentence.quote in text


def test_headings_box_and_credit_lines_are_not_body() -> None:
    text = (
        "Ministers meet in Oslo\n\n"
        "Norway and Sweden agreed a new border treaty on Monday after long talks.\n\n"
        "Reporting by Anna Berg; Editing by Tom Lee\n\n"
        "More from Nordic Times\n\n"
        "A story about something else entirely happened in Denmark today.\n"
    )
    body = [s.quote for s in split(text) if s.body]
    assert body == ["Norway and Sweden agreed a new border treaty on Monday after long talks"]


def test_citations_tried_at_brackets_only_are_those_a_full_search_finds() -> None:
    texts = [p.read_text(encoding="utf-8") for p in sorted(_FIXTURES.rglob("*.txt"))]
    texts += [
        "((Reuters, May 2)) and (AFP)\t(, April 28) (OHCHR, February 2025)(UN, 2024)",
        "(Crisis Group, 2024) begins the text; ( Reuters ) (see EDM, April 21)",
    ]
    found = 0
    for pattern in _BRACKETED:
        for text in texts:
            expected = [m.span() for m in pattern.finditer(text)]
            assert [m.span() for m in _bracketed(pattern, text)] == expected, text[:80]
            found += len(expected)
    assert found > 20  # the check saw citations, not only texts without any


def test_a_title_case_dateline_with_a_credit_leaves_no_dash_in_the_quote() -> None:
    for text in (
        "Paris, 3 March (AFP) - France and Brazil signed a trade agreement on Tuesday.",
        "Nairobi, Kenya (Reuters) — Kenya and Uganda signed a dairy deal on Friday.",
    ):
        (sentence,) = split(text)
        assert sentence.quote[0].isalpha(), sentence.quote
        assert "Paris" not in sentence.quote and "Nairobi" not in sentence.quote
    # A minus sign is not a dash left by a dateline.
    (sentence,) = split("-5 degrees were forecast for Kyiv on Friday.")
    assert sentence.quote.startswith("-5 degrees")
