"""Quotes are placed in the article exactly, or fuzzily for the differences a retyping makes."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from summarizer import BriefingDraft, GroundingError, Provenance, Source, locate
from summarizer._briefing._grounding import ground
from summarizer._text._keys import fold

TEXT = (
    "Ankara’s envoy said the “maritime corridor” talks — stalled since June — would resume.\n\n"
    "Officials in  Athens   declined to comment."
)


def test_exact_quote_gets_its_offsets() -> None:
    span = locate("declined to comment", TEXT)
    assert span is not None
    assert span.match == "exact"
    assert TEXT[span.start : span.end] == "declined to comment"


@pytest.mark.parametrize(
    ("quote", "expected"),
    [
        ("Ankara's envoy said", "Ankara’s envoy said"),  # straight vs curly apostrophe
        ('the "maritime corridor" talks', "the “maritime corridor” talks"),
        ("talks - stalled since June - would", "talks — stalled since June — would"),
        ("OFFICIALS IN ATHENS", "Officials in  Athens"),  # case and whitespace runs
        ("resume. Officials", "resume.\n\nOfficials"),  # a paragraph break is whitespace
    ],
)
def test_fuzzy_forgives_quotes_dashes_case_and_whitespace(quote: str, expected: str) -> None:
    span = locate(quote, TEXT)
    assert span is not None
    assert span.match == "fuzzy"
    assert TEXT[span.start : span.end] == expected


@pytest.mark.parametrize(
    "quote",
    [
        "Athens declined to comment on the talks",  # words added
        "envoy said talks would resume",  # words dropped
        "Ankaras envoy said",  # a letter missing is not a quote-mark difference
        "   ",
        "",
    ],
)
def test_anything_else_is_not_in_the_article(quote: str) -> None:
    assert locate(quote, TEXT) is None


def _draft(quote: str) -> BriefingDraft:
    return BriefingDraft.model_validate(
        {
            "headline": "h",
            "summary": "s",
            "actors": [{"name": "Turkey", "kind": "state", "evidence": [{"quote": quote}]}],
        }
    )


def _provenance() -> Provenance:
    return Provenance(article_id="x", engine="offline", created_at=datetime.now(timezone.utc))


def test_ground_places_every_quote() -> None:
    briefing = ground(
        _draft("ankara's envoy"), TEXT, source=Source(path="a.txt"), provenance=_provenance()
    )
    evidence = briefing.actors[0].evidence[0]
    assert (TEXT[evidence.start : evidence.end], evidence.match) == ("Ankara’s envoy", "fuzzy")
    assert briefing.article_text == TEXT


def test_ground_refuses_a_quote_that_is_not_there() -> None:
    draft = _draft("Ankara said no")
    with pytest.raises(GroundingError, match=r"a\.txt: quote not found"):
        ground(draft, TEXT, source=Source(path="a.txt"), provenance=_provenance())


# Python's str.strip() takes all of these; pydantic (which strips every quote of a draft) keeps
# the separators U+001C..U+001F.
_SPACES = [c for c in map(chr, range(0x3001)) if c.isspace()]


@pytest.mark.parametrize("space", _SPACES, ids=[f"U+{ord(c):04X}" for c in _SPACES])
def test_an_exact_quote_is_placed_as_the_draft_keeps_it(space: str) -> None:
    """A quote ending in a character pydantic keeps ends after it (it ended one short)."""
    text = f"Turkey{space} said no."
    briefing = ground(_draft(f"Turkey{space}"), text, source=Source(), provenance=_provenance())
    evidence = briefing.actors[0].evidence[0]
    assert evidence.match == "exact"
    assert text[evidence.start : evidence.end] == evidence.quote


@given(
    st.text(min_size=1, max_size=300),
    st.integers(min_value=0, max_value=300),
    st.integers(min_value=1, max_value=60),
)
def test_offsets_always_point_at_the_quoted_text(text: str, start: int, length: int) -> None:
    start = min(start, len(text) - 1)
    quote = text[start : start + length]
    span = locate(quote, text)
    if not quote.strip():
        assert span is None
        return
    assert span is not None
    assert fold(text[span.start : span.end]) == fold(quote)


@given(st.text(max_size=200), st.text(max_size=40))
def test_a_located_quote_is_really_there(text: str, quote: str) -> None:
    span = locate(quote, text)
    if span is not None:
        assert 0 <= span.start <= span.end <= len(text)
        assert fold(text[span.start : span.end]) == fold(quote)
