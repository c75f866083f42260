"""The API key appears nowhere: not in cassettes, not in the store, not in anything printed.

A real CLI run (a subprocess, so logging is configured exactly as for a user) against the fake
server with a known test key, on the paths where a key is most likely to escape: a model that
echoes the key in its answer (and so in the validation error of the re-ask), an endpoint that
echoes it in a 401, 403 or 500 error body, the key given on the command line, ``-v`` and
``-vv`` logs, ``summarizer log`` in both formats. Every byte printed and every file left behind
is then searched for the key, and for a long part of it.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

from conftest import CASSETTES, TEST_ARTICLE
from fake_openai import FakeOpenAI, Scripted, completion

KEY = "sk-proj-SECRETS-TEST-KEY-0123456789abcdefXYZ"
FRAGMENTS = [KEY, KEY[8:], KEY[-20:]]

GOOD: dict[str, Any] = {
    "headline": "Norway and Iceland agree to share the mackerel catch",
    "summary": "Norway and Iceland agreed a five-year mackerel deal.",
    "actors": [
        {
            "name": "Norway",
            "kind": "state",
            "evidence": [{"quote": "Norway will take 55 percent of the agreed catch"}],
        },
        {"name": "Iceland", "kind": "state", "evidence": [{"quote": "Iceland 45 percent"}]},
    ],
}
ECHO = {**GOOD, "actors": [{**GOOD["actors"][0], "evidence": [{"quote": KEY}]}]}


def _leaks(text: str | bytes) -> list[str]:
    data = text.encode() if isinstance(text, str) else text
    return [f for f in FRAGMENTS if f.encode() in data]


# ----------------------------------------------------------------------------- cassettes

# What an OpenAI key looks like; the recording placeholder is the only one allowed.
_KEY_SHAPE = re.compile(rb"sk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{16,}")
_PLACEHOLDER = b"sk-test-not-a-real-key"


def test_no_cassette_holds_a_key() -> None:
    files = [p for p in CASSETTES.rglob("*") if p.is_file()]
    assert any(p.suffix == ".yaml" for p in files)
    for path in files:
        data = path.read_bytes()
        shapes = set(_KEY_SHAPE.findall(data)) - {_PLACEHOLDER}
        assert not shapes, (path, shapes)
        if path.suffix == ".yaml":
            # vcrpy's filter drops the header; a recorded request must not carry one.
            assert not re.search(rb"(?im)^\s*-?\s*(authorization|api-key|x-api-key):", data), path
            assert b"Bearer " not in data, path


# ----------------------------------------------------------------------------- a real CLI run


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "SUMMARIZER_"))}
    env.update(extra)
    return env


def _run(argv: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "summarizer", *argv],
        capture_output=True,
        text=True,
        check=False,
        env=env,
    )


def test_the_key_is_in_no_output_and_no_file(fake_openai: FakeOpenAI, tmp_path: Path) -> None:
    store = tmp_path / "store.sqlite3"
    env = _env(OPENAI_API_KEY=KEY, OPENAI_BASE_URL=fake_openai.base_url)
    articles = []
    for n in range(5):
        path = tmp_path / f"article{n}.txt"
        path.write_text(TEST_ARTICLE.replace("OSLO", f"OSLO ({n})"), encoding="utf-8")
        articles.append(str(path))
    common = ["--store", str(store), "--max-reasks", "1"]
    fake_openai.enqueue(
        # article 0: the model echoes the key in a quote; the re-ask quotes the validation error.
        Scripted.json(completion(tool_arguments=ECHO)),
        Scripted.json(completion(tool_arguments=GOOD)),
        # articles 1 and 2: the endpoint echoes the key in its error bodies (a 500 is retried
        # twice by the client: the CLI has no retry option).
        Scripted.error(401, f"Incorrect API key provided: {KEY}.", code="invalid_api_key"),
        *[Scripted.error(500, f"internal error for {KEY}", type="server_error")] * 3,
        # article 3: it refuses, with the key.
        Scripted.json(completion(refusal=f"not with key {KEY}")),
        # article 4, the key given on the command line this time: a 403 echoing it.
        Scripted.error(403, f"Key {KEY} may not use this model"),
    )
    runs = [
        # -vv: every library log at DEBUG, request bodies included.
        _run(["brief", *articles[:4], *common, "-vv", "--format", "json"], env),
        _run(
            ["brief", articles[4], *common, "-v", "--api-key", KEY],
            _env(OPENAI_BASE_URL=fake_openai.base_url),
        ),
        _run(["log", "--store", str(store)], env),
        _run(["log", "--store", str(store), "--format", "json"], env),
    ]
    assert [r.returncode for r in runs] == [3, 1, 0, 0], [r.stderr for r in runs]
    assert fake_openai.pending == 0
    # The key was really sent, so there was something to leak.
    assert all(r.headers["authorization"] == f"Bearer {KEY}" for r in fake_openai.chat_requests)
    # The failures did say what went wrong, without the key; and the logs were on.
    brief_err = runs[0].stderr
    assert "DEBUG openai._base_client: Request options" in brief_err
    assert "rejected the API key (401)" in brief_err
    assert "answered 500 (3 attempts): internal error for ***" in brief_err
    assert "the model refused: not with key ***" in brief_err
    assert "rejected the API key (403" in runs[1].stderr
    assert "Totals: 6 calls" in runs[2].stdout  # echo (invalid), ok, 401, 500, refusal, 403
    for run in runs:
        assert not _leaks(run.stdout), run.stdout
        assert not _leaks(run.stderr), run.stderr
    files = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert store in files
    for path in files:
        assert not _leaks(path.read_bytes()), path
