"""A batch digest of many articles against the fake Batch API: the client's own cost.

    python benchmarks/bench_batch.py [--articles 1000] [--failing 0.03] [--steps 3]

The fake Batch API of tests/fake_batch.py (files, batches moving validating -> in_progress ->
completed in ``--steps`` looks, the answers those of tests/fake_openai.py's ``BriefingServer``)
runs in a child process, on 127.0.0.1, as a provider would be elsewhere. A share ``--failing``
of the batch's answers quote words the article does not hold, so their items are re-asked
synchronously. The batch answers at once and the run polls with no pause, so the wall time is
the client's own work plus the local round trips: none of it is the service's wait.

Each run is :func:`summarizer._digest._runner.digest_sources` with a store in a temporary
folder, in a fresh child process of its own (so its peak RSS is its own):

1. ``batch``: every article through one batch, then the digest (its one synthesis request);
2. ``rerun``: the same again, on the same store: every briefing from the store;
3. ``sync``: the baseline, the same articles briefed one request each (``--concurrency``
   at a time) against an endpoint that answers at once, on a fresh store.

Printed: wall and CPU time, peak RSS, and the requests each kind made.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import resource
import sys
import tempfile
import time
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from fake_batch import FakeBatchAPI  # noqa: E402
from fake_openai import BriefingServer, Scripted, briefing_answer, completion  # noqa: E402
from test_runner import write_articles  # noqa: E402


def _script(share: float) -> Any:
    every = round(1 / share) if share > 0 else 0

    def script(article: str, attempt: int) -> Scripted | None:
        number = int(article.split("round ", 1)[1].split(" ", 1)[0]) if "round " in article else 0
        if not every or attempt > 1 or number % every:
            return None
        answer = briefing_answer(article)
        answer["actors"].append(
            {"name": "Ghost", "kind": "person", "evidence": [{"quote": "words never written"}]}
        )
        return Scripted.json(completion(tool_arguments=answer))

    return script


def _serve(conn: Connection, kind: str, steps: int, failing: float) -> None:
    server: BriefingServer
    if kind == "batch":
        server = FakeBatchAPI(steps=steps, script=_script(failing))
    else:
        server = BriefingServer(script=_script(failing))
    with server:
        conn.send(server.base_url)
        while conn.recv() == "counts":
            conn.send(server.counts() if isinstance(server, FakeBatchAPI) else server.stats())


def _client(conn: Connection, base_url: str, folder: str, store: str, batch: bool) -> None:
    from summarizer._batch import BatchSettings
    from summarizer._digest._runner import digest_sources
    from summarizer._engines.llm._engine import LLMEngine, LLMSettings
    from summarizer._store import Store

    with Store(Path(store)) as opened:
        engine = LLMEngine(
            LLMSettings(base_url=base_url, max_retries=0, timeout=60), on_call=opened.log_call
        )
        wall, cpu = time.perf_counter(), time.process_time()
        run = digest_sources(
            [folder],
            engine=engine,
            store=opened,
            batch=BatchSettings(poll_interval=0, download_pause=0) if batch else False,
            concurrency=8,
        )
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB -> MiB on Linux
    conn.send(
        {
            "wall": wall,
            "cpu": cpu,
            "peak_mb": peak,
            "briefed": run.briefed,
            "cached": run.cached,
            "failed": run.failed,
            "cost": run.cost,
        }
    )


def _run(kind: str, folder: Path, store: Path, args: argparse.Namespace) -> dict[str, Any]:
    fork = multiprocessing.get_context("fork")
    ours, theirs = fork.Pipe()
    server = fork.Process(target=_serve, args=(theirs, kind, args.steps, args.failing))
    server.start()
    base_url = ours.recv()
    results = []
    counts = []
    for _ in range(2 if kind == "batch" else 1):
        mine, child_end = fork.Pipe()
        # spawn, not fork: the client starts from nothing, as a user's process does.
        client = multiprocessing.get_context("spawn").Process(
            target=_client, args=(child_end, base_url, str(folder), str(store), kind == "batch")
        )
        client.start()
        results.append(mine.recv())
        client.join()
        ours.send("counts")
        counts.append(ours.recv())
    ours.send("done")
    server.join()
    return {"runs": results, "requests": counts}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--failing", type=float, default=0.03)
    parser.add_argument("--steps", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "news"
        write_articles(folder, args.articles)
        batch = _run("batch", folder, Path(tmp) / "batch.sqlite3", args)
        sync = _run("sync", folder, Path(tmp) / "sync.sqlite3", args)
    first, rerun = batch["runs"]
    (baseline,) = sync["runs"]
    report = {
        "articles": args.articles,
        "failing_share": args.failing,
        "batch": first,
        "rerun": rerun,
        "batch_requests": batch["requests"][0],
        "rerun_requests": {
            k: batch["requests"][1][k] - batch["requests"][0][k] for k in batch["requests"][0]
        },
        "sync": baseline,
        "sync_requests": {
            "chat": sync["requests"][0]["chat_requests"],
            "briefing": sync["requests"][0]["briefing_requests"],
        },
        "ratios_batch_over_sync": {
            "wall": first["wall"] / baseline["wall"],
            "cpu": first["cpu"] / baseline["cpu"],
            "peak_mb": first["peak_mb"] / baseline["peak_mb"],
        },
    }
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
