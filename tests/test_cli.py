"""The `summarizer` command as a user meets it: output, exit codes, one-line errors."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT, TEST_ARTICLE
from fake_openai import FakeOpenAI, Scripted, completion, refused_base_url
from test_reading import needs_fifo, open_writer, within

import summarizer
from summarizer import Briefing
from summarizer.cli import main

EXAMPLE = ROOT / "examples" / "sample-article.txt"
KEY = "sk-test-cli-0123456789abcdef"


@pytest.fixture(autouse=True)
def _no_endpoint(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test starts like a fresh machine: no key, no base URL."""
    for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "SUMMARIZER_MODEL", "SUMMARIZER_MODE"):
        monkeypatch.delenv(name, raising=False)


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def one_line_error(err: str, *needles: str) -> None:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("summarizer: ")
    assert "Traceback" not in err
    for needle in needles:
        assert needle in lines[0]


# ----------------------------------------------------------------------------- offline runs


def test_auto_with_nothing_configured_briefs_offline_and_says_so(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, err = run(["brief", str(EXAMPLE)], capsys)
    assert code == 0
    assert out.startswith("# ")
    for section in ("## Actors", "## Disputes", "## Deals", "## Outlook", "## Evidence"):
        assert section in out
    # Piped (as here), the engine notice is not said: it is for a person at a terminal.
    assert err == ""


def test_at_a_terminal_the_engine_notice_is_said_once_and_never_with_q(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    code, _, err = run(["brief", str(EXAMPLE)], capsys)
    assert code == 0
    assert "engine: offline" in err and "--engine" in err
    assert len(err.strip().splitlines()) == 1
    code, _, err = run(["brief", str(EXAMPLE), "-q"], capsys)
    assert code == 0 and err == ""


def test_json_is_the_full_contract_and_every_quote_is_where_it_says(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, err = run(["brief", str(EXAMPLE), "--format", "json", "--engine", "offline"], capsys)
    assert code == 0
    assert err == ""  # an explicit engine needs no notice
    briefing = Briefing.model_validate_json(out)
    assert briefing.provenance.engine == "offline"
    assert briefing.provenance.model_calls == 0
    assert briefing.source.path == str(EXAMPLE)
    assert briefing.actors, "the sample article names several states"
    quotes = [e for a in briefing.actors for e in a.evidence]
    for evidence in quotes:
        assert evidence.match == "exact"
        assert briefing.article_text[evidence.start : evidence.end] == evidence.quote


def test_output_file_and_stdin(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "brief.md"
    code, out, _ = run(["brief", str(EXAMPLE), "-o", str(target), "-q"], capsys)
    assert (code, out) == (0, "")
    written = target.read_text(encoding="utf-8")
    assert written.startswith("# ")

    completed = subprocess.run(
        [sys.executable, "-m", "summarizer", "brief", "-", "-q", "--format", "json"],
        input=EXAMPLE.read_bytes(),
        capture_output=True,
        check=False,
        env=_clean_env(),
    )
    assert completed.returncode == 0, completed.stderr
    assert json.loads(completed.stdout)["source"]["path"] == "<stdin>"


def test_the_same_article_gives_the_same_briefing(capsys: pytest.CaptureFixture[str]) -> None:
    first = run(["brief", str(EXAMPLE), "--format", "json", "--engine", "offline"], capsys)[1]
    second = run(["brief", str(EXAMPLE), "--format", "json", "--engine", "offline"], capsys)[1]
    strip = lambda text: {k: v for k, v in json.loads(text).items() if k != "provenance"}  # noqa: E731
    assert strip(first) == strip(second)


# ----------------------------------------------------------------------------- bad input


@pytest.mark.parametrize(
    ("make", "cause"),
    [
        (lambda d: d / "missing.txt", "no such file"),
        (lambda d: d, "directory"),
        (lambda d: _write(d / "empty.txt", b""), "empty"),
        (lambda d: _write(d / "blank.txt", b"  \n\t\n  "), "only whitespace"),
        (
            lambda d: _write(d / "doc.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj"),
            "not a text file",
        ),
        (lambda d: _write(d / "noise.bin", bytes(range(256)) * 8), "not a text file"),
        (lambda d: _write(d / "huge.txt", b"word " * 1_100_000), "limit"),
    ],
    ids=["missing", "directory", "empty", "whitespace", "pdf", "binary", "oversized"],
)
def test_bad_input_is_one_line_naming_the_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], make: Any, cause: str
) -> None:
    path = make(tmp_path)
    code, out, err = run(["brief", str(path)], capsys)
    assert code == 1
    assert out == ""
    one_line_error(err, str(path), cause)


@needs_fifo
def test_a_named_pipe_is_one_line_not_a_hang(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fifo = tmp_path / "fifo.txt"
    os.mkfifo(fifo)
    code = within(5, lambda: main(["brief", str(fifo), "-q"]), lambda: open_writer(fifo))
    assert code == 1
    one_line_error(capsys.readouterr().err, str(fifo), "not a regular file (a named pipe)")


def test_llm_without_a_key_says_how_to_fix_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = _write(tmp_path / "a.txt", TEST_ARTICLE.encode())
    code, _, err = run(["brief", str(article), "--engine", "llm"], capsys)
    assert code == 1
    one_line_error(err, str(article), "OPENAI_API_KEY", "--engine offline")


def test_unreachable_endpoint(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    article = _write(tmp_path / "a.txt", TEST_ARTICLE.encode())
    base = refused_base_url()
    code, _, err = run(["brief", str(article), "--base-url", base, "--timeout", "2"], capsys)
    assert code == 1
    # Auto picked the LLM (a base URL is configured): the error names the endpoint.
    one_line_error(err, str(article), "cannot reach the model endpoint")


# ----------------------------------------------------------------------------- the LLM path


def _answer(**overrides: Any) -> dict[str, Any]:
    briefing: dict[str, Any] = {
        "headline": "Norway and Iceland agree five-year mackerel quota deal",
        "summary": "Norway and Iceland agreed to share the mackerel catch, ending a quota row.",
        "actors": [
            {
                "name": "Norway",
                "kind": "state",
                "country": "NOR",
                "aliases": ["Oslo"],
                "evidence": [{"quote": "Norway will take 55 percent"}],
            },
            {
                "name": "Iceland",
                "kind": "state",
                "country": "ISL",
                "evidence": [{"quote": "Iceland 45 percent"}],
            },
        ],
        "deals": [
            {
                "title": "Mackerel quota deal",
                "kind": "trade",
                "parties": ["Norway", "Iceland"],
                "status": "agreed",
                "value": {"amount": 1.2e9, "currency": "USD"},
                "evidence": [
                    {
                        "quote": "Norway and Iceland agreed on Tuesday to share the North "
                        "Atlantic mackerel catch"
                    }
                ],
            },
        ],
    }
    briefing.update(overrides)
    return completion(tool_arguments=briefing)


def test_llm_briefing_through_a_compatible_server(
    tmp_path: Path,
    fake_openai: FakeOpenAI,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", KEY)
    monkeypatch.setenv("OPENAI_BASE_URL", fake_openai.base_url)
    article = _write(tmp_path / "fish.txt", TEST_ARTICLE.encode())
    fake_openai.enqueue(Scripted.json(_answer()))
    code, out, err = run(["brief", str(article), "--format", "json"], capsys)
    assert code == 0, err
    briefing = Briefing.model_validate_json(out)
    assert briefing.provenance.engine == "llm"
    assert (briefing.provenance.tokens_in, briefing.provenance.model_calls) == (900, 1)
    assert briefing.deals[0].value is not None and briefing.deals[0].value.amount == 1.2e9
    assert KEY not in out + err


def test_an_answer_that_never_validates_is_one_line_and_no_library_logs(
    tmp_path: Path,
    fake_openai: FakeOpenAI,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", KEY)
    monkeypatch.setenv("OPENAI_BASE_URL", fake_openai.base_url)
    article = _write(tmp_path / "fish.txt", TEST_ARTICLE.encode())
    invented = _answer(deals=[])
    invented["choices"][0]["message"]["tool_calls"][0]["function"]["arguments"] = json.dumps(
        {
            **json.loads(
                invented["choices"][0]["message"]["tool_calls"][0]["function"]["arguments"]
            ),
            "actors": [
                {
                    "name": "Norway",
                    "kind": "state",
                    "evidence": [{"quote": "Norway walked out of the talks"}],
                }
            ],
        }
    )
    fake_openai.enqueue(*[Scripted.json(invented)] * 3)
    completed = subprocess.run(
        # --strict: without it the briefing is made without the item (tests/test_reliability.py)
        [sys.executable, "-m", "summarizer", "brief", str(article), "-q", "--strict"],
        capture_output=True,
        text=True,
        check=False,
        env=_clean_env(OPENAI_API_KEY=KEY, OPENAI_BASE_URL=fake_openai.base_url),
    )
    assert completed.returncode == 1
    one_line_error(completed.stderr, str(article), "never validated", "Norway walked out")
    assert completed.stdout == ""
    assert len(fake_openai.chat_requests) == 3  # the first answer and two re-asks
    assert KEY not in completed.stderr


# ----------------------------------------------------------------------------- helpers


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def _clean_env(**extra: str) -> dict[str, str]:
    import os

    # SUMMARIZER_STORE stays: conftest points it at the test's own store, never the user's.
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("OPENAI_", "SUMMARIZER_MODEL", "SUMMARIZER_MODE"))
    }
    env.update(extra)
    return env


@pytest.mark.parametrize(
    ("argv", "flag"),
    [
        (["brief", "x.txt", "--timeout", "0"], "--timeout: must be more than 0"),
        (["brief", "x.txt", "--timeout", "soon"], "--timeout: not a number of seconds"),
        (["brief", "x.txt", "--article-timeout", "-5"], "--article-timeout: must be more than 0"),
        (["brief", "x.txt", "--max-reasks", "-1"], "--max-reasks: must be 0 or more"),
        (["brief", "x.txt", "--max-output-tokens", "0"], "--max-output-tokens: must be 1 or more"),
        (["brief", "x.txt", "--max-wait", "-1"], "--max-wait: must be 0 or more"),
        (["digest", "--concurrency", "0"], "--concurrency: must be 1 or more"),
        (["digest", "--week", "2025-W53"], "--week: 2025 has no ISO week 53"),
    ],
)
def test_a_bad_option_value_is_a_usage_error_naming_the_flag(
    argv: list[str], flag: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(argv)
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert f"argument {flag}" in err and "Traceback" not in err


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda: summarizer.FetchSettings(timeout=0), "FetchSettings.timeout must be more than 0"),
        (lambda: summarizer.LLMSettings(timeout=-1), "LLMSettings.timeout must be more than 0"),
        (lambda: summarizer.LLMSettings(max_reasks=-1), "LLMSettings.max_reasks must be 0 or more"),
        (lambda: summarizer.Selection.week("2025-W53"), "2025 has no ISO week 53"),
    ],
)
def test_library_settings_are_checked_one_way(make: Any, message: str) -> None:
    # Every settings check is a ConfigError naming the library's own argument.
    with pytest.raises(summarizer.ConfigError, match=re.escape(message)):
        make()


def test_brief_as_a_review_page(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "brief.html"
    code, _, err = run(["brief", str(EXAMPLE), "--format", "html", "-q", "-o", str(out)], capsys)
    assert code == 0 and err == ""
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!doctype html>") and '<div class="article-text">' in page
    # Several sources make several pages: they need a folder.
    code, _, err = run(["brief", str(EXAMPLE), str(EXAMPLE), "--format", "html", "-q"], capsys)
    assert code == 1
    one_line_error(err, "--format html with several sources needs -o DIRECTORY/")


def test_a_pipe_is_read_when_no_source_is_given() -> None:
    completed = subprocess.run(
        [sys.executable, "-m", "summarizer", "brief", "--format", "json"],
        input=EXAMPLE.read_bytes(),
        capture_output=True,
        check=False,
        env=_clean_env(),
    )
    assert completed.returncode == 0, completed.stderr
    assert json.loads(completed.stdout)["source"]["path"] == "<stdin>"


def test_no_source_at_a_terminal_says_what_to_give(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True)
    code, _, err = run(["brief"], capsys)
    assert code == 1
    one_line_error(err, "no SOURCE given")


def test_o_is_a_file_for_several_sources_unless_it_ends_in_a_slash(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    two = tmp_path / "new" / "dir" / "two.md"  # parents made
    code, _, _ = run(["brief", str(EXAMPLE), str(EXAMPLE), "-q", "-o", str(two)], capsys)
    assert code == 0 and two.is_file()
    assert two.read_text(encoding="utf-8").count("\n# ") == 1  # two briefs, one file
    folder = tmp_path / "briefs"
    code, _, _ = run(["brief", str(EXAMPLE), "-q", "-o", f"{folder}/"], capsys)
    assert code == 0 and [p.name for p in folder.iterdir()] == ["sample-article.md"]


@pytest.mark.parametrize(
    ("argv", "said"),
    [
        (["--model", "gpt-4o"], "--model gpt-4o needs a model endpoint: set OPENAI_API_KEY"),
        (["--engine", "offline", "--model", "x"], "--engine offline uses none"),
        (["--engine", "offline", "--base-url", "http://127.0.0.1:9/v1"], "--base-url asks"),
        (["--refresh", "--no-store"], "--no-store uses no store"),
    ],
)
def test_flags_that_cannot_do_what_they_say_are_errors(
    argv: list[str], said: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(["brief", str(EXAMPLE), *argv], capsys)
    assert code == 1 and out == ""
    one_line_error(err, said)


def test_eval_pools_several_gold_folders(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    gold = ROOT / "tests" / "fixtures" / "eval" / "gold"
    code, out, _ = run(["eval", str(gold / "harbour.json"), "--format", "json", "-q"], capsys)
    assert code == 0
    one = json.loads(out)
    code, out, _ = run(
        ["eval", str(gold / "harbour.json"), str(gold / "quiet.json"), "--format", "json", "-q"],
        capsys,
    )
    assert code == 0
    both = json.loads(out)
    assert [a["name"] for a in both["articles"]] == ["harbour", "quiet"]
    # The overall row counts the articles of every path given.
    assert (
        both["overall"]["actors"]["recall"]["total"] > one["overall"]["actors"]["recall"]["total"]
    )
    code, _, err = run(["eval", str(gold / "harbour.json"), str(tmp_path / "none"), "-q"], capsys)
    assert code != 0
    one_line_error(err, "none")
