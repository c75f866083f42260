"""The brief as a terminal shows it: rich must show the characters, not the escapes."""

from __future__ import annotations

import io
import subprocess
import sys
from datetime import datetime, timezone
from typing import Any

import pytest

from summarizer import Briefing, locate, render_markdown
from summarizer.cli._terminal import print_briefing

SCRIPT = "<script>alert(1)</script>"
LINK = "[click](javascript:alert(1))"
ARTICLE = f"Officials met on Tuesday. {SCRIPT} Talks on *the* deal | will continue."


def evidence(quote: str) -> dict[str, Any]:
    span = locate(quote, ARTICLE)
    assert span is not None, quote
    return {"quote": quote, "start": span.start, "end": span.end, "match": span.match}


def briefing(headline: str = "Talks resume in Geneva", summary: str = LINK) -> Briefing:
    return Briefing.model_validate(
        {
            "headline": headline,
            "summary": summary,
            "actors": [
                {
                    "name": "# Not a heading",
                    "kind": "organization",
                    "role": "a | b & c",
                    "evidence": [evidence("Officials met on Tuesday.")],
                }
            ],
            "deals": [
                {
                    "title": "Geneva deal",
                    "kind": "diplomatic",
                    "parties": ["# Not a heading"],
                    "value": {"amount": 2.5e9, "currency": "EUR"},
                    "evidence": [evidence(SCRIPT), evidence("Talks on *the* deal | will")],
                }
            ],
            "provenance": {
                "article_id": "ab" * 32,
                "engine": "offline",
                "created_at": datetime(2025, 3, 4, 5, 6, 7, tzinfo=timezone.utc),
            },
            "article_text": ARTICLE,
        }
    )


def show(markdown: str, width: int = 160) -> str:
    out = io.StringIO()
    print_briefing(markdown, file=out, width=width)
    return out.getvalue()


def test_shows_headline_sections_and_facts() -> None:
    text = show(render_markdown(briefing()))
    assert "Talks resume in Geneva" in text
    for title in ("Actors", "Disputes", "Deals", "Outlook", "Evidence"):
        assert title in text
    assert "USD" not in text
    assert "EUR 2.5 billion (2,500,000,000)" in text
    assert "No disputes found in the article." in text
    assert "engine offline · schema 2" in text


def test_hostile_text_shows_literally() -> None:
    text = show(render_markdown(briefing(headline=SCRIPT)))
    # The headline, the summary and an evidence quote, each exactly as the article had it.
    assert text.count(SCRIPT) == 2
    assert LINK in text
    assert "Talks on *the* deal | will" in text
    assert "# Not a heading" in text
    assert "a | b & c" in text
    # Neither the escapes nor the entities that made the markdown inert leak into the display.
    for leak in ("&lt;", "&gt;", "&amp;", "\\[", "\\*", "\\#", "\\|"):
        assert leak not in text, leak


def test_control_characters_do_not_reach_the_terminal() -> None:
    # An OSC 8 hyperlink and a colour change smuggled into a headline.
    headline = "\x1b]8;;http://evil.example\x07Talks\x1b]8;;\x07 \x1b[31mresume"
    text = show(render_markdown(briefing(headline=headline)))
    assert "\x1b" not in text
    assert "\x07" not in text
    # What is left of the sequences is printable and shows as the harmless text it is.
    assert "]8;;http://evil.exampleTalks]8;; [31mresume" in text


def test_width_is_respected() -> None:
    narrow = show(render_markdown(briefing()), width=60)
    assert max(len(line) for line in narrow.splitlines()) <= 60


def test_defaults_to_stdout(capsys: pytest.CaptureFixture[str]) -> None:
    print_briefing("# Hello\n\nworld &amp; \\*friends\\*\n", width=80)
    out = capsys.readouterr().out
    assert "Hello" in out
    assert "world & *friends*" in out


def test_importing_the_renderers_does_not_load_rich() -> None:
    # `summarizer --help` has a start-up budget; rich and markdown-it load only to print.
    code = (
        "import sys, summarizer._briefing._render, summarizer.cli._terminal; "
        "print(sorted(m for m in ('rich', 'markdown_it', 'pydantic') if m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"
