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

import pytest
from conftest import CASSETTES, TEST_ARTICLE
from fake_openai import FakeOpenAI, Scripted, completion, refused_base_url

from summarizer.cli import main

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
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("OPENAI_", "SUMMARIZER_MODEL", "SUMMARIZER_MODE"))
    }
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


# ----------------------------------------------------------------- a secret in the base URL

URL_SECRET = "sk-proj-BASEURL-SECRET-0123456789abcdefXYZ"
URL_FRAGMENTS = [URL_SECRET, URL_SECRET[8:], URL_SECRET[-20:]]


def _with_secret(base_url: str, where: str) -> str:
    """``base_url`` carrying :data:`URL_SECRET` as a password, a query value or a path segment."""
    scheme, rest = base_url.split("://", 1)
    host, path = rest.split("/", 1)
    if where == "userinfo":
        return f"{scheme}://user:{URL_SECRET}@{host}/{path}"
    if where == "api-key":
        return f"{base_url}?api-key={URL_SECRET}"
    if where == "token":
        return f"{base_url}?token={URL_SECRET}"
    return f"{scheme}://{host}/{URL_SECRET}/{path}"


def _url_leaks(data: str | bytes) -> list[str]:
    raw = data.encode() if isinstance(data, str) else data
    return [f for f in URL_FRAGMENTS if f.encode() in raw]


def _fault(fake: FakeOpenAI, fault: str) -> tuple[str, list[str]]:
    """Script ``fault`` on ``fake``: the base URL to use, and extra CLI options."""
    if fault == "refused":
        return refused_base_url(), []
    if fault == "timeout":
        fake.enqueue(*[Scripted.json(completion(tool_arguments=GOOD), delay=1.5)] * 3)
        return fake.base_url, ["--timeout", "0.2"]
    status = 500 if fault == "500" else 404
    # The endpoint echoes the path it was asked for, as many servers do in a 404.
    fake.responder = lambda request: Scripted.error(status, f"no route for {request.path}")
    return fake.base_url, []


@pytest.mark.parametrize("fault", ["500", "404", "timeout", "refused"])
@pytest.mark.parametrize("where", ["userinfo", "api-key", "token", "path"])
def test_a_secret_in_the_base_url_is_never_shown(
    fake_openai: FakeOpenAI,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    where: str,
    fault: str,
) -> None:
    base_url, options = _fault(fake_openai, fault)
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    monkeypatch.setenv("OPENAI_BASE_URL", _with_secret(base_url, where))
    article = tmp_path / "article.txt"
    article.write_text(TEST_ARTICLE, encoding="utf-8")
    store = tmp_path / "store.sqlite3"
    assert main(["brief", str(article), "--engine", "llm", "--store", str(store), *options]) == 1
    err = capsys.readouterr().err
    # The one line still says where it tried, with the secret masked.
    assert err.count("\n") == 1 and "127.0.0.1" in err and "***" in err, err
    assert not _url_leaks(err), err
    if fault != "refused":
        assert fake_openai.chat_requests or fake_openai.requests  # the secret was really used
    assert not _url_leaks(store.read_bytes())


def test_a_digest_writes_no_secret_of_the_base_url(
    fake_openai: FakeOpenAI, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # One article briefs, the others (and the synthesis) meet a 404 that echoes the path: the
    # digest is written, and lists them as not included, saying why.
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    for n in range(3):
        (tmp_path / f"a{n}.txt").write_text(TEST_ARTICLE.replace("OSLO", f"OSLO ({n})"), "utf-8")
    outputs = []
    for where, fmt in [("path", "md"), ("userinfo", "json"), ("api-key", "md")]:
        fake_openai.enqueue(Scripted.json(completion(tool_arguments=GOOD)))
        fake_openai.responder = lambda request: Scripted.error(404, f"no route {request.path}")
        base_url = _with_secret(fake_openai.base_url, where)
        out = tmp_path / f"digest-{where}.{fmt}"
        files = [str(tmp_path / f"a{n}.txt") for n in range(3)]
        options = ["--engine", "llm", "--concurrency", "1", "--format", fmt, "-o", str(out)]
        store = ["--store", str(tmp_path / f"store-{where}.sqlite3")]
        run = _run(["digest", *files, *options, *store], _env(OPENAI_BASE_URL=base_url))
        outputs.append((run, out))
    for run, out in outputs:
        assert run.returncode == 3, run.stderr
        text = out.read_text(encoding="utf-8")
        # Both failed articles are listed with the endpoint, its secret masked.
        assert text.count("127.0.0.1") >= 2 and "***" in text.replace("\\", ""), text
        for data in (run.stdout, run.stderr, text):
            assert not _url_leaks(data), data
    for path in tmp_path.rglob("*"):
        if path.is_file():
            assert not _url_leaks(path.read_bytes()), path
