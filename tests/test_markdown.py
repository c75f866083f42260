"""Markdown files read as their words (``_ingest/_markdown``): a headline behind "#", a
dateline in bold, links and emphasis are text to the engine, and every quote is still a run
of the article's own words."""

from __future__ import annotations

from pathlib import Path

import pytest

import summarizer
from summarizer._ingest._markdown import looks_like_markdown, markdown_text

_STORY = """# Ecuador and Colombia agree to talks on tariffs

**QUITO (Wire)** - Ecuador and [Colombia](https://example.com/colombia) agreed on Monday to
hold talks on their tariff dispute, officials said. The talks will open in Lima on *Dec. 15*.

![Officials at the border](https://example.com/photo.jpg)

> "We want this settled before the harvest," said Diana Morales, Colombia's trade minister.

- Ecuador imposed a 30% tariff on Colombian goods in November.
- Colombia answered with a matching duty.
"""


def test_the_marks_go_and_the_words_stay() -> None:
    text = markdown_text(_STORY)
    assert text.startswith("Ecuador and Colombia agree to talks on tariffs\n")
    assert "QUITO (Wire) - Ecuador and Colombia agreed" in text
    assert "in Lima on Dec. 15." in text
    assert "photo.jpg" not in text and "https://" not in text
    assert '"We want this settled' in text
    assert "Ecuador imposed a 30% tariff" in text
    assert "*" not in text and "#" not in text


@pytest.mark.parametrize(
    "word", ["snake_case_name", "5*3*2", "a_b"], ids=["underscores", "stars", "short"]
)
def test_marks_inside_a_word_are_the_word(word: str) -> None:
    assert markdown_text(f"# T\n\nThe value {word} stays.") == f"T\n\nThe value {word} stays."


def test_plain_text_is_not_taken_for_markdown() -> None:
    plain = "Ecuador and Colombia agree to talks\n\nQUITO (Wire) - Ecuador and Colombia agreed."
    assert not looks_like_markdown("story.txt", plain)
    # A hashtag heading alone is no markdown document.
    assert not looks_like_markdown("story.txt", "# 1 story of the day\n\nText follows.")
    assert looks_like_markdown("story.md", plain)
    assert looks_like_markdown("<stdin>", _STORY)


def test_a_markdown_file_is_briefed_from_its_words(tmp_path: Path) -> None:
    path = tmp_path / "story.md"
    path.write_text(_STORY, encoding="utf-8")
    briefing = summarizer.brief_file(path, engine="offline")
    assert briefing.headline == "Ecuador and Colombia agree to talks on tariffs"
    assert briefing.summary.startswith("Ecuador and Colombia agreed on Monday")
    assert any("Dec. 15" in s.description for s in briefing.outlook.signals)
    quotes = [e.quote for d in [*briefing.disputes, *briefing.deals] for e in d.evidence]
    assert quotes and all("**" not in q and "](" not in q for q in quotes)
    assert {a.name for a in briefing.actors} >= {"Ecuador", "Colombia"}
