"""`summarizer brief` keeps what it makes: a second LLM brief of the same article is free."""

from __future__ import annotations

import json
import os
import resource
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from conftest import TEST_ARTICLE
from fake_openai import FakeOpenAI, Scripted, completion

from summarizer import Briefing, Store
from summarizer.cli import main

KEY = "sk-test-store-0123456789abcdef"

ANSWER: dict[str, Any] = {
    "headline": "Norway and Iceland agree mackerel quota deal",
    "summary": "Norway and Iceland agreed to share the mackerel catch.",
    "actors": [
        {
            "name": "Norway",
            "kind": "state",
            "country": "NOR",
            "evidence": [{"quote": "Norway will take 55 percent"}],
        },
        {
            "name": "Iceland",
            "kind": "state",
            "country": "ISL",
            "evidence": [{"quote": "Iceland 45 percent"}],
        },
    ],
}


@pytest.fixture
def llm(fake_openai: FakeOpenAI, monkeypatch: pytest.MonkeyPatch) -> FakeOpenAI:
    monkeypatch.setenv("OPENAI_API_KEY", KEY)
    monkeypatch.setenv("OPENAI_BASE_URL", fake_openai.base_url)
    return fake_openai


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "fish.txt"
    path.write_text(TEST_ARTICLE, encoding="utf-8")
    return path


def _brief(argv: list[str], capsys: pytest.CaptureFixture[str]) -> Briefing:
    assert main(["brief", *argv, "--format", "json", "-q"]) == 0
    return Briefing.model_validate_json(capsys.readouterr().out)


def test_the_second_brief_of_an_article_makes_no_model_call(
    llm: FakeOpenAI, article: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store = tmp_path / "store.sqlite3"
    llm.enqueue(Scripted.json(completion(tool_arguments=ANSWER)))
    first = _brief([str(article), "--store", str(store)], capsys)
    second = _brief([str(article), "--store", str(store)], capsys)
    assert len(llm.chat_requests) == 1
    assert (first.provenance.cached, second.provenance.cached) == (False, True)
    assert second.actors == first.actors
    with Store.open(store) as opened:
        (call,) = opened.recent_calls(10)
        assert call.outcome == "ok"
        assert call.tokens_in == 900


def test_refresh_pays_again_and_replaces(
    llm: FakeOpenAI, article: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store = tmp_path / "store.sqlite3"
    llm.enqueue(*[Scripted.json(completion(tool_arguments=ANSWER))] * 2)
    _brief([str(article), "--store", str(store)], capsys)
    again = _brief([str(article), "--store", str(store), "--refresh"], capsys)
    assert len(llm.chat_requests) == 2
    assert again.provenance.cached is False


def test_no_store_leaves_nothing_behind(
    llm: FakeOpenAI, article: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store = tmp_path / "never.sqlite3"
    llm.enqueue(Scripted.json(completion(tool_arguments=ANSWER)))
    _brief([str(article), "--store", str(store), "--no-store"], capsys)
    assert not store.exists()


def test_offline_briefings_are_stored_but_made_afresh(
    article: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL"):
        monkeypatch.delenv(name, raising=False)
    store = tmp_path / "store.sqlite3"
    first = _brief([str(article), "--store", str(store), "--engine", "offline"], capsys)
    second = _brief([str(article), "--store", str(store), "--engine", "offline"], capsys)
    assert second.provenance.cached is False
    with Store.open(store) as opened:
        assert opened.get_briefing(first.provenance.article_id, engine="offline") is not None


def test_a_broken_store_is_one_line(
    article: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "store.sqlite3"
    bad.write_bytes(b"this is not a database, just some bytes" * 100)
    assert main(["brief", str(article), "--store", str(bad), "--engine", "offline"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and str(bad) in err[0] and "Traceback" not in err[0]


def test_the_key_never_reaches_the_store(
    llm: FakeOpenAI, article: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store = tmp_path / "store.sqlite3"
    llm.enqueue(Scripted.json(completion(tool_arguments=ANSWER)))
    _brief([str(article), "--store", str(store)], capsys)
    main(["log", "--store", str(store), "--format", "json"])
    log = capsys.readouterr().out
    assert json.loads(log)
    for path in tmp_path.glob("store.sqlite3*"):
        assert KEY.encode() not in path.read_bytes()
    assert KEY not in log


@pytest.mark.skipif(not hasattr(signal, "SIGXFSZ"), reason="needs RLIMIT_FSIZE")
def test_a_full_disk_in_a_digest_names_each_article_not_the_store(tmp_path: Path) -> None:
    """The store's file may not grow past 200 kB (RLIMIT_FSIZE: the disk is "full")."""
    week = tmp_path / "week"
    week.mkdir()
    for n in range(8):
        text = TEST_ARTICLE.replace("OSLO", f"OSLO ({n})") + ("\n\nMore background. " * 400)
        (week / f"a{n}.txt").write_text(text, encoding="utf-8")
    store = tmp_path / "store.sqlite3"

    def full_disk() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (200_000, 200_000))

    options = ["--engine", "offline", "--store", str(store), "--format", "json"]
    run = subprocess.run(
        [sys.executable, "-m", "summarizer", "digest", str(week), *options],
        capture_output=True,
        text=True,
        check=False,
        preexec_fn=full_disk,
        env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
    )
    assert run.returncode == 3, run.stderr
    not_included = json.loads(run.stdout)["not_included"]
    assert not_included, run.stderr
    for item in not_included:
        assert item["source"].startswith(str(week)), item
        assert f"the store {store} failed" in item["reason"], item


@pytest.mark.skipif(not hasattr(signal, "SIGXFSZ"), reason="needs RLIMIT_FSIZE")
@pytest.mark.parametrize("existing", [None, "an older briefing\n"])
def test_a_failed_write_leaves_no_empty_or_half_file(tmp_path: Path, existing: str | None) -> None:
    article = tmp_path / "a.txt"
    article.write_text(TEST_ARTICLE, encoding="utf-8")
    out = tmp_path / "out" / "brief.md"
    out.parent.mkdir()
    if existing is not None:
        out.write_text(existing, encoding="utf-8")

    def small_disk() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (1000, 1000))

    options = ["-q", "--no-store", "-o", str(out)]
    run = subprocess.run(
        [sys.executable, "-m", "summarizer", "brief", str(article), *options],
        capture_output=True,
        text=True,
        check=False,
        preexec_fn=small_disk,
        env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
    )
    assert run.returncode == 1
    assert run.stderr.startswith(f"summarizer: {out}: cannot write") and run.stderr.count("\n") == 1
    # Nothing half-written, nothing left over, and an older file untouched.
    if existing is None:
        assert list(out.parent.iterdir()) == []
    else:
        assert [p.name for p in out.parent.iterdir()] == [out.name]
        assert out.read_text(encoding="utf-8") == existing
