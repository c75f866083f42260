"""`summarizer digest` end to end: the sample week offline, the store, the LLM against the fake."""

from __future__ import annotations

import io
import json
from pathlib import Path

import feedparser
import pytest
from fake_openai import BriefingServer
from rich.console import Console
from test_digest_support import WEEK
from test_runner import write_articles

from summarizer import Digest
from summarizer._digest._runner import digest_sources
from summarizer.cli import main
from summarizer.cli._digest import _Display


@pytest.fixture(autouse=True)
def _no_endpoint(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL"):
        monkeypatch.delenv(name, raising=False)


def test_the_sample_week_offline_is_partial_for_the_empty_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "digest.md"
    code = main(["digest", str(WEEK), "--engine", "offline", "-o", str(out)])
    assert code == 3
    markdown = out.read_text(encoding="utf-8")
    for section in ("# Digest", "## Top developments", "## Actors", "## Not included"):
        assert section in markdown
    assert "09\\_broken\\_feed.txt: file is empty" in markdown
    err = capsys.readouterr().err
    assert "[8/8]" in err
    assert "not included: " in err and "09_broken_feed.txt: file is empty" in err
    assert "digest of 8 articles: 8 briefed, 0 from the store, 1 not included" in err


def test_the_json_digest_validates(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["digest", str(WEEK), "--engine", "offline", "--format", "json", "-q"])
    captured = capsys.readouterr()
    assert code == 3
    assert captured.err == ""
    digest = Digest.model_validate_json(captured.out)
    assert len(digest.sources) == 8
    assert [n.reason for n in digest.not_included] == ["file is empty"]
    assert json.loads(captured.out)["provenance"]["briefings"] == 8


def test_a_complete_digest_exits_0(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    files = sorted(WEEK.glob("0[1-3]*.txt"))
    code = main(
        ["digest", *map(str, files), "--engine", "offline", "-q", "-o", str(tmp_path / "d")]
    )
    assert code == 0


def test_without_sources_an_empty_store_has_nothing_to_digest(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code = main(["digest", "--engine", "offline", "--week", "2026-W47"])
    captured = capsys.readouterr()
    assert code == 1 and captured.out == ""
    assert "the store has no articles dated 2026-W47 (2026-11-16 to 2026-11-22)" in captured.err


def test_without_sources_the_store_is_digested(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["digest", *map(str, sorted(WEEK.glob("0[1-2]*.txt"))), "--engine", "offline"]) == 0
    capsys.readouterr()
    # Read today, with no published date: they are this week's, under --since.
    code = main(["digest", "--engine", "offline", "--since", "1d", "--format", "json"])
    captured = capsys.readouterr()
    assert code == 0
    digest = Digest.model_validate_json(captured.out)
    assert len(digest.sources) == 2


def test_period_options_do_not_mix(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["digest", "--week", "2026-W47", "--since", "7d"]) == 2
    assert "give one of --week, --since, or --from/--to" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exit_:
        main(["digest", "--week", "47"])
    assert exit_.value.code == 2
    assert "not an ISO week" in capsys.readouterr().err
    assert main(["digest", "--from", "2026-11-20", "--to", "2026-11-01"]) == 2
    assert "--from 2026-11-20 is after --to 2026-11-01" in capsys.readouterr().err
    # Without --to the period ends today, and the message says so.
    assert main(["digest", "--from", "2999-01-01"]) == 2
    err = capsys.readouterr().err
    assert "--from 2999-01-01 is after today" in err and "None" not in err


def test_the_llm_digest_pays_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    write_articles(tmp_path / "a", 4)
    listing = tmp_path / "week.txt"
    listing.write_text("# the week\na\n", encoding="utf-8")
    with BriefingServer(delay=0.02) as server:
        monkeypatch.setenv("OPENAI_BASE_URL", server.base_url)
        args = ["digest", f"@{listing}", "--concurrency", "2", "--format", "json"]
        assert main(args) == 0
        first = capsys.readouterr()
        assert main(args) == 0
        second = capsys.readouterr()
    assert len(server.briefing_requests) == 4
    assert "digest of 4 articles: 4 briefed, 0 from the store" in first.err
    assert "digest of 4 articles: 0 briefed, 4 from the store, 0 not included; 0 tokens" in (
        second.err
    )
    assert server.max_in_flight <= 2
    digest = Digest.model_validate_json(second.out)
    assert digest.provenance.engine == "llm"
    assert digest.outlook.summary == "Watch whether the week's agreements are ratified."


@pytest.mark.parametrize("fmt", ["html", "atom"])
def test_the_digest_as_a_review_page_or_a_feed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], fmt: str
) -> None:

    out = tmp_path / f"digest.{fmt}"
    code = main(["digest", str(WEEK), "--engine", "offline", "-q", "--format", fmt, "-o", str(out)])
    assert code == 3  # the week's empty file is not included
    text = out.read_text(encoding="utf-8")
    if fmt == "atom":
        feed = feedparser.parse(text)
        assert not feed.bozo and feed.version == "atom10" and feed.entries
    else:
        assert text.startswith("<!doctype html>") and "Content-Security-Policy" in text
        assert text.count("<mark ") > 5 and "<script>" in text


# --------------------------------------------------------------------------- progress


def test_at_a_terminal_the_bar_shows_the_reading_then_the_briefing(tmp_path: Path) -> None:
    write_articles(tmp_path, 3)
    screen = io.StringIO()
    display = _Display(quiet=False, console=Console(file=screen, force_terminal=True, width=100))
    with display:
        digest_sources([tmp_path], engine="offline", progress=display)
    shown = screen.getvalue()
    # The bar is up from the first file read, long before the first briefing.
    assert "reading" in shown
    assert shown.index("reading") < shown.index("briefing")
    assert "3/3" in shown


def test_piped_the_digest_prints_no_reading_progress(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_articles(tmp_path / "in", 2)
    code = main(["digest", str(tmp_path / "in"), "--engine", "offline", "-o", str(tmp_path / "d")])
    err = capsys.readouterr().err
    assert code == 0
    assert "reading" not in err and "━" not in err and "\x1b[" not in err
