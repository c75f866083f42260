"""The brief as a terminal shows it: rich must show the characters, not the escapes."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT
from rich.console import Console

from summarizer import Briefing, locate, render_markdown
from summarizer.cli._terminal import print_briefing, working

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


# --------------------------------------------------------------------------- working spinner

LONG = "Talks resume in Geneva\n\n" + "\n\n".join(
    f"Officials in Baku said on day {n} that talks with Yerevan would resume in Geneva next "
    "week, and the foreign ministry said both delegations had agreed to exchange prisoners."
    for n in range(300)
)


def _brief_at_a_terminal(tmp_path: Path, *flags: str) -> str:
    """Run ``summarizer brief`` with stdout and stderr on a pseudo-terminal; what it showed."""
    pty = pytest.importorskip("pty")
    source = tmp_path / "long.txt"
    source.write_text(LONG, encoding="utf-8")
    master, slave = pty.openpty()
    env = {**os.environ, "TERM": "xterm", "COLUMNS": "100"}
    env.pop("OPENAI_API_KEY", None)
    command = [sys.executable, "-m", "summarizer", "brief", str(source), "--no-store", *flags]
    process = subprocess.Popen(
        command, stdin=subprocess.DEVNULL, stdout=slave, stderr=slave, env=env, cwd=ROOT
    )
    os.close(slave)
    shown = b""
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:  # the terminal closed: the command has ended
            break
        if not chunk:
            break
        shown += chunk
    os.close(master)
    assert process.wait(timeout=60) == 0
    return shown.decode("utf-8", "replace")


def test_brief_of_a_long_text_shows_it_is_working_at_a_terminal(tmp_path: Path) -> None:
    shown = _brief_at_a_terminal(tmp_path, "--engine", "offline", "-o", str(tmp_path / "b.md"))
    assert "briefing" in shown and "long.txt" in shown and "characters" in shown
    assert (tmp_path / "b.md").read_text(encoding="utf-8").startswith("# ")


def test_quiet_brief_shows_no_spinner(tmp_path: Path) -> None:
    shown = _brief_at_a_terminal(
        tmp_path, "--engine", "offline", "-q", "-o", str(tmp_path / "b.md")
    )
    assert "briefing" not in shown


def test_piped_brief_has_no_progress_on_either_stream(tmp_path: Path) -> None:
    source = tmp_path / "long.txt"
    source.write_text(LONG, encoding="utf-8")
    completed = subprocess.run(
        [sys.executable, "-m", "summarizer", "brief", str(source), "--engine", "offline"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
    )
    assert completed.returncode == 0
    assert completed.stdout.startswith("# ")
    assert "briefing" not in completed.stdout + completed.stderr
    assert "\x1b[" not in completed.stdout + completed.stderr


def test_working_is_silent_without_a_terminal() -> None:
    screen = io.StringIO()
    with working("reading", quiet=True, console=Console(file=screen, force_terminal=True)) as say:
        say("briefing")
    assert screen.getvalue() == ""
