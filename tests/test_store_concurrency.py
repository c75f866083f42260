"""The store under two processes at once, and under a process killed mid-write.

The writers are real processes (``subprocess``), not threads: SQLite's locking between
processes is what is under test, and a thread cannot be SIGKILLed.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT

from summarizer import Store

# One writer: briefings (article, location and briefing in one transaction), each followed by
# the log of its model call, then a line on stdout once both are committed. count < 0: forever.
WRITER = r"""
import json, sys, time
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from summarizer._briefing._article import Article
from summarizer._engines.llm._engine import CallRecord
from summarizer._briefing._models import Briefing, Provenance, Source
from summarizer._store import Store

path, tag, go = sys.argv[1], sys.argv[2], Path(sys.argv[4])
count, size, start = int(sys.argv[3]), int(sys.argv[5]), int(sys.argv[6])
pause = float(sys.argv[7])
print("ready", flush=True)  # imports done: the parent starts every writer at once
while not go.exists():
    time.sleep(0.001)
with Store.open(path) as store:
    n = start
    while count < 0 or n < start + count:
        text = (f"Article {n} by writer {tag}. " * size).strip()
        article = Article(text=text, source=Source(url=f"https://example.com/{tag}/{n}"))
        now = datetime.now(timezone.utc)
        briefing = Briefing(
            headline=f"Headline {tag} {n}",
            summary=f"Summary {tag} {n}",
            source=article.source,
            provenance=Provenance(article_id=article.id, engine="offline", created_at=now),
            article_text=article.text,
        )
        store.put_briefing(briefing)
        store.log_call(
            CallRecord(
                started_at=now, model=f"model-{tag}", endpoint="http://127.0.0.1:1/v1",
                article_id=article.id, attempt=1, tokens_in=n, tokens_out=2 * n,
                latency_ms=5, outcome="ok",
                request_body=json.dumps({"n": n, "tag": tag, "pad": "x" * (size * 20)}),
                response_body=json.dumps({"n": n, "tag": tag}),
            )
        )
        print(n, flush=True)
        n += 1
        time.sleep(pause)  # a real writer waits on a model between writes
"""


def _writer(
    path: Path, tag: str, count: int, go: Path, *, size: int, start: int = 0, pause: float = 0
) -> Any:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    argv = [str(path), tag, str(count), str(go), str(size), str(start), str(pause)]
    return subprocess.Popen(
        [sys.executable, "-c", WRITER, *argv],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


@pytest.fixture
def raw() -> Iterator[Any]:
    opened: list[sqlite3.Connection] = []

    def connect(path: Path) -> sqlite3.Connection:
        conn = sqlite3.connect(path)
        opened.append(conn)
        return conn

    yield connect
    for conn in opened:
        conn.close()


def test_two_processes_write_one_store_at_once(tmp_path: Path, raw: Any) -> None:
    path = tmp_path / "store.sqlite3"  # not there yet: both processes race to create it
    go = tmp_path / "go"
    count = 300
    # A short pause after each write: without one, SQLite's busy handler (which polls, it
    # does not queue) may let one writer take every turn until it is done.
    writers = [_writer(path, tag, count, go, size=40, pause=0.0005) for tag in ("a", "b")]
    for writer in writers:
        assert writer.stdout is not None and writer.stdout.readline() == "ready\n"
    go.touch()  # both start at once
    results = [w.communicate(timeout=120) for w in writers]
    for writer, (out, err) in zip(writers, results, strict=True):
        assert writer.returncode == 0, err
        assert err == ""  # no "database is locked", no warning
        assert out.split() == [str(n) for n in range(count)]

    conn = raw(path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    # The writes really did interleave: this was concurrency, not one writer after the other.
    order = [row[0] for row in conn.execute("SELECT model FROM calls ORDER BY id")]
    switches = sum(1 for x, y in itertools.pairwise(order) if x != y)
    assert switches >= 2, order
    for table in ("articles", "article_locations", "briefings", "calls"):
        assert conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 2 * count, table
    with Store.open(path) as store:
        totals = store.call_totals()
        ids = [row[0] for row in conn.execute("SELECT id FROM articles")]
        assert len(store.briefings_for(ids, engine="offline")) == 2 * count
    expected = sum(range(count))
    for tag in ("a", "b"):
        total = totals[f"model-{tag}"]
        assert (total.calls, total.tokens_in, total.tokens_out) == (count, expected, 2 * expected)


def test_a_killed_writer_leaves_no_half_written_row(tmp_path: Path, raw: Any) -> None:
    path = tmp_path / "store.sqlite3"
    go = tmp_path / "go"
    go.touch()
    acknowledged = 0
    for rounds in range(3):  # each round reopens what the killed one left, and is killed too
        # Large rows, so that a write spans many pages and the kill likely lands inside one.
        writer = _writer(path, "k", -1, go, size=2000, start=rounds * 100_000)
        assert writer.stdout is not None
        assert writer.stdout.readline() == "ready\n"
        for _ in range(15):
            line = writer.stdout.readline()
            assert line, writer.stderr.read() if writer.stderr else ""
        writer.kill()  # SIGKILL: no cleanup, no rollback, no close
        writer.wait(timeout=30)
        writer.stdout.close()
        if writer.stderr is not None:
            writer.stderr.close()
        acknowledged += 15
        _check_complete(path, raw, acknowledged)


def _check_complete(path: Path, raw: Any, acknowledged: int) -> None:
    conn = raw(path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    articles = dict(conn.execute("SELECT id, text FROM articles").fetchall())
    # Every commit that was acknowledged is there.
    assert len(articles) >= acknowledged
    for article_id, text in articles.items():
        assert hashlib.sha256(text.encode()).hexdigest() == article_id
    # An article is only ever written with its location and its briefing: all or nothing.
    located = [r[0] for r in conn.execute("SELECT article_id FROM article_locations")]
    briefed = [r[0] for r in conn.execute("SELECT article_id FROM briefings")]
    assert sorted(located) == sorted(briefed) == sorted(articles)
    calls = conn.execute("SELECT article_id, request, response FROM calls").fetchall()
    assert len(articles) - len(calls) in (0, 1)  # killed between a briefing and its call log
    for article_id, request, response in calls:
        assert article_id in articles
        assert json.loads(response)["n"] == json.loads(request)["n"]
    conn.close()
    with Store.open(path) as store:
        found = store.briefings_for(list(articles), engine="offline")
    assert set(found) == set(articles)
    assert all(found[i].article_text == articles[i] for i in articles)
