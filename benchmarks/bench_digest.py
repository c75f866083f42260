"""`summarizer digest` over many articles: concurrency, the store, and a rate-limited endpoint.

    python benchmarks/bench_digest.py [--articles 100] [--delay 0.2] [--concurrency 8]
                                      [--budget 10] [--cli-runs 5]

Against the answering fake server of tests/fake_openai.py (``BriefingServer``: every request
gets a valid briefing of the article it carries, after a fixed delay), on 127.0.0.1 only, with
the real engine (openai client, instructor, grounding) and a store in a temporary folder:

1. a first run over N distinct articles (written from a template by tests/test_runner.py's
   ``write_articles``): wall time against the ideal N x delay / concurrency;
2. a second run over the same articles: every briefing from the store, no model call;
3. a fresh store and a server that allows only ``budget`` requests per second (429 with
   Retry-After beyond it): no article may fail, and the time is set against N / budget;
4. the command a user reruns, in a fresh process, on the store of runs 1 and 2:
   ``summarizer digest FOLDER --engine llm --base-url ... --store ... -o FILE``, then the same
   with ``--format json``, each ``--cli-runs`` times: the median wall time (the interpreter's
   start and imports included) and every model call they made, the synthesis's included.

Each run is :func:`summarizer._digest._runner.digest_sources`, as the CLI calls it: reading the
files, briefing, building the digest and the LLM synthesis call (one more request, not in N).

The first model call of a process is timed apart, as a warm-up: imports and schema building
cost ~0.7 s once, whatever the number of articles.

The server runs in a child process, as a real endpoint would be elsewhere: in this process its
JSON work would share the interpreter lock with the client's and count against the runner.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import multiprocessing
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from fake_openai import BriefingServer  # noqa: E402
from test_runner import news_text, write_articles  # noqa: E402

from summarizer._digest._runner import DigestRun, digest_sources  # noqa: E402
from summarizer._engines.llm._engine import LLMEngine, LLMSettings  # noqa: E402
from summarizer._store import Store  # noqa: E402


def _serve(conn: Connection, delay: float, rate_limit: float | None) -> None:
    with BriefingServer(delay=delay, rate_limit=rate_limit) as server:
        conn.send(server.base_url)
        conn.recv()  # until the benchmark is done with it


class _Remote:
    """A BriefingServer in a child process: its base URL, and its counts over HTTP."""

    def __init__(self, base_url: str) -> None:
        self.base_url = base_url

    def stats(self) -> dict[str, Any]:
        import httpx

        answer: dict[str, Any] = httpx.get(f"{self.base_url}/stats", timeout=10).json()
        return answer


@contextlib.contextmanager
def _server(delay: float, rate_limit: float | None = None) -> Iterator[_Remote]:
    ours, theirs = multiprocessing.Pipe()
    child = multiprocessing.get_context("fork").Process(
        target=_serve, args=(theirs, delay, rate_limit), daemon=True
    )
    child.start()
    try:
        yield _Remote(ours.recv())
    finally:
        ours.send("stop")
        child.join(timeout=10)


def _run(server: _Remote, folder: Path, store: Store, concurrency: int) -> tuple[float, DigestRun]:
    engine = LLMEngine(LLMSettings(base_url=server.base_url, timeout=30))
    began = time.perf_counter()
    run = digest_sources([folder], engine=engine, store=store, concurrency=concurrency)
    return time.perf_counter() - began, run


def _cli(server: _Remote, folder: Path, store: Path, output: Path, *more: str) -> tuple[float, int]:
    """``summarizer digest`` as a user runs it: its wall time and the model calls it made."""
    argv = [sys.executable, "-m", "summarizer", "digest", str(folder), "--engine", "llm"]
    argv += ["--base-url", server.base_url, "--store", str(store), "-q", "-o", str(output)]
    before = server.stats()["chat_requests"]
    began = time.perf_counter()
    subprocess.run([*argv, *more], check=False, cwd=ROOT, stdin=subprocess.DEVNULL)
    took = time.perf_counter() - began
    return took, server.stats()["chat_requests"] - before


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--articles", type=int, default=100)
    parser.add_argument("--delay", type=float, default=0.2)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--budget", type=float, default=10.0, help="requests per second")
    parser.add_argument("--cli-runs", type=int, default=5, help="runs of each CLI rerun")
    args = parser.parse_args()
    logging.disable(logging.CRITICAL)  # instructor logs every failed attempt (the 429s)
    n, delay, workers, budget = args.articles, args.delay, args.concurrency, args.budget

    rows: list[tuple[str, str, str, str, str]] = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "articles"
        write_articles(folder, n)
        # Warm-up, timed apart: the first model call of a process costs ~0.7 s more than the
        # others (openai and instructor imports, the response model's schema), once per process.
        with _server(delay) as server:
            from summarizer._briefing._article import Article

            began = time.perf_counter()
            warm = LLMEngine(LLMSettings(base_url=server.base_url))
            warm.draft(Article(text=news_text(n + 1)))
            rows.append(
                (
                    "warm-up: first model call of the process",
                    f"{time.perf_counter() - began:.2f} s",
                    f"one answer takes {delay:g} s",
                    "1 call",
                    "not counted below",
                )
            )

        with _server(delay) as server, Store.open(Path(tmp) / "a.sqlite3") as store:
            ideal = n * delay / workers
            took, run = _run(server, folder, store, workers)
            stats = server.stats()
            calls = stats["briefing_requests"]
            rows.append(
                (
                    f"first run, {n} articles, {delay:g} s/answer, concurrency {workers}",
                    f"{took:.2f} s",
                    f"ideal {ideal:.2f} s: x{took / ideal:.2f}",
                    f"{calls} calls, max {stats['max_in_flight']} in flight",
                    f"{run.briefed} briefed, {run.failed} failed",
                )
            )
            before = server.stats()["chat_requests"]
            took, run = _run(server, folder, store, workers)
            more = server.stats()["chat_requests"] - before
            rows.append(
                (
                    "second run, same articles",
                    f"{took:.2f} s",
                    "target < 2 s",
                    f"{more} model calls (synthesis included)",
                    f"{run.cached} from the store",
                )
            )
            store_path = Path(tmp) / "a.sqlite3"
            for label, output, extra in (
                ("md", "digest.md", ()),
                ("json", "digest.json", ("--format", "json")),
            ):
                times, calls = [], 0
                for _ in range(args.cli_runs):
                    took, made = _cli(server, folder, store_path, Path(tmp) / output, *extra)
                    times.append(took)
                    calls += made
                rows.append(
                    (
                        f"CLI rerun, same articles, --format {label} (median of {args.cli_runs})",
                        f"{statistics.median(times):.2f} s",
                        f"target < 2 s; {min(times):.2f}-{max(times):.2f} s",
                        f"{calls} model calls in {args.cli_runs} runs",
                        "a fresh process each",
                    )
                )

        with (
            _server(delay, rate_limit=budget) as server,
            Store.open(Path(tmp) / "b.sqlite3") as store,
        ):
            floor = n / budget
            took, run = _run(server, folder, store, workers)
            stats = server.stats()
            rows.append(
                (
                    f"rate limit {budget:g} req/s, concurrency {workers}",
                    f"{took:.2f} s",
                    f"minimum {floor:.2f} s: x{took / floor:.2f}",
                    f"{stats['briefing_requests']} calls, {stats['rate_limited']} answered 429",
                    f"{run.briefed} briefed, {run.failed} failed",
                )
            )

    headers = ("run", "wall time", "against", "requests", "articles")
    widths = [max(len(r[i]) for r in [headers, *rows]) for i in range(len(headers))]
    line = " | ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True))
    print(f"| {line} |")
    print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    for row in rows:
        print("| " + " | ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)) + " |")


if __name__ == "__main__":
    main()
