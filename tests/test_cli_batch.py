"""The command line of the batch path: `digest --batch`, `--max-cost`, `batch export|import|
list`, and the cost in `summarizer log`; against the fake Batch API on 127.0.0.1."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from fake_batch import FakeBatchAPI
from fake_openai import Scripted, briefing_answer, completion
from test_batch import article_of_body
from test_runner import write_articles

from summarizer import Store
from summarizer.cli import main

KEY = "sk-test-batch-0123456789abcdef"


@pytest.fixture
def service(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[FakeBatchAPI]:
    with FakeBatchAPI(steps=2) as server:
        monkeypatch.setenv("OPENAI_API_KEY", KEY)
        monkeypatch.setenv("OPENAI_BASE_URL", server.base_url)
        monkeypatch.setenv("SUMMARIZER_STORE", str(tmp_path / "store.sqlite3"))
        yield server


def test_digest_batch_submits_polls_stores_and_says_the_cost(
    service: FakeBatchAPI, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_articles(tmp_path / "news", 3)
    argv = ["digest", str(tmp_path / "news"), "--batch", "--poll-interval", "0.01"]
    assert main([*argv, "-o", str(tmp_path / "d.md")]) == 0
    err = capsys.readouterr().err
    (batch_id,) = service.batches
    assert f"summarizer: batch {batch_id} submitted: 3 requests" in err
    assert f"summarizer: batch {batch_id}: completed, 3/3 done, 0 failed" in err
    assert f"summarizer: batch {batch_id} completed: 3 briefings stored, 0 not" in err
    assert "3 briefed, 0 from the store, 0 not included;" in err and ", cost $0.0" in err
    footer = (tmp_path / "d.md").read_text(encoding="utf-8").splitlines()[-1]
    assert "model calls · cost $0.0" in footer
    assert KEY not in err
    # The key went to the service (files and batches too), and nowhere into the store.
    assert {r.headers["authorization"] for r in service.requests} == {f"Bearer {KEY}"}
    for file in tmp_path.glob("store.sqlite3*"):
        assert KEY.encode() not in file.read_bytes()
    # The rerun asks nothing of the service.
    before = service.counts()
    assert main([*argv, "-q", "-o", str(tmp_path / "d2.md")]) == 0
    assert service.counts() == before


def test_an_endpoint_failing_while_the_batch_runs_says_the_batch_is_kept(
    service: FakeBatchAPI, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_articles(tmp_path / "news", 2)
    service.retrieve_error = Scripted.error(401, "Incorrect API key provided")
    argv = ["digest", str(tmp_path / "news"), "--batch", "--poll-interval", "0.01"]
    assert main(argv) == 1
    (batch_id,) = service.batches
    assert capsys.readouterr().err.splitlines()[-2:] == [
        f"summarizer: batch {batch_id} is kept in the store and goes on at the provider; run "
        "the same command again to pick it up",
        "summarizer: the batch service: the endpoint rejected the API key (401) at "
        f"{service.base_url}: check OPENAI_API_KEY or --api-key",
    ]
    service.retrieve_error = None
    assert main([*argv, "-q", "-o", str(tmp_path / "d.md")]) == 0
    assert service.counts()["create"] == 1


def test_batch_flags_that_cannot_do_what_they_say_are_errors(
    service: FakeBatchAPI, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_articles(tmp_path / "news", 1)
    news = str(tmp_path / "news")
    assert main(["digest", news, "--poll-interval", "5"]) == 1
    assert capsys.readouterr().err == "summarizer: --poll-interval needs --batch\n"
    assert main(["digest", news, "--batch", "--no-store"]) == 1
    assert "drop --no-store" in capsys.readouterr().err
    assert main(["digest", news, "--batch", "--engine", "offline"]) == 1
    assert "--engine offline uses none" in capsys.readouterr().err
    assert service.counts()["upload"] == 0


def test_max_cost_without_batch_stops_before_the_article_that_would_exceed_it(
    service: FakeBatchAPI, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_articles(tmp_path / "news", 6)
    argv = ["digest", str(tmp_path / "news"), "--max-cost", "0.004", "--concurrency", "1"]
    assert main([*argv, "-o", str(tmp_path / "d.md")]) == 3
    err = capsys.readouterr().err
    assert (
        "summarizer: the run stopped early: the next article's estimated cost would exceed "
        "max cost $0.0040" in err
    )
    left = [line for line in err.splitlines() if "not briefed: the run stopped" in line]
    briefed = service.stats()["briefing_requests"]
    assert 1 <= briefed < 6 and len(left) == 6 - briefed


def test_max_cost_with_an_unknown_model_says_so(
    service: FakeBatchAPI, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_articles(tmp_path / "news", 1)
    argv = ["digest", str(tmp_path / "news"), "--model", "my-local-model", "--max-cost", "1"]
    assert main([*argv, "--batch"]) == 1
    assert capsys.readouterr().err == (
        "summarizer: --max-cost cannot be kept: the price table has no price for model "
        "'my-local-model' (add it to the price file)\n"
    )


def test_log_shows_the_cost_of_each_call_and_of_each_model(
    service: FakeBatchAPI, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_articles(tmp_path / "news", 2)
    news = str(tmp_path / "news")
    out = str(tmp_path / "d.md")
    assert main(["digest", news, "--batch", "--poll-interval", "0.01", "-q", "-o", out]) == 0
    capsys.readouterr()
    assert main(["log"]) == 0
    out = capsys.readouterr().out
    assert "COST" in out and "(batch)" in out
    assert "Cost in US dollars, estimated from the prices of 2026-12-01" in out
    assert main(["log", "--format", "json", "-n", "5"]) == 0
    document = json.loads(capsys.readouterr().out)
    batched = [c for c in document["calls"] if c["batch_id"]]
    assert len(batched) == 2 and all(c["cost_usd"] > 0 for c in batched)
    # Half the price of the same call made synchronously.
    call = batched[0]
    full = (call["tokens_in"] * 0.40 + call["tokens_out"] * 1.60) / 1_000_000
    assert call["cost_usd"] == pytest.approx(full / 2)
    assert document["totals"]["cost_usd"] > 0


def test_log_says_unknown_for_a_model_the_price_table_lacks(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from datetime import datetime, timezone

    from summarizer._engines.llm._call_log import CallRecord

    path = tmp_path / "store.sqlite3"
    with Store(path) as store:
        store.log_call(
            CallRecord(
                datetime.now(timezone.utc),
                "qwen2.5:7b",
                "http://127.0.0.1:1/v1",
                None,
                1,
                1200,
                300,
                900,
                "ok",
                "{}",
                "{}",
            )
        )
    assert main(["log", "--store", str(path)]) == 0
    out = capsys.readouterr().out
    assert "unknown" in out and "$" not in out.split("Totals")[0]


def test_batch_export_and_import_round_trip(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    monkeypatch.delenv("OPENAI_BASE_URL", raising=False)
    store = tmp_path / "store.sqlite3"
    write_articles(tmp_path / "news", 2)
    requests = tmp_path / "out" / "requests.jsonl"
    argv = ["--store", str(store), "--model", "Qwen/Qwen2.5-7B-Instruct", "--mode", "json_schema"]
    assert main(["batch", "export", str(tmp_path / "news"), "-o", str(requests), *argv]) == 0
    assert "2 request lines written" in capsys.readouterr().err
    lines = [json.loads(x) for x in requests.read_text(encoding="utf-8").splitlines()]
    assert {line["body"]["response_format"]["type"] for line in lines} == {"json_schema"}
    results = tmp_path / "results.jsonl"
    with results.open("w", encoding="utf-8") as out:
        for line in lines:
            answer = json.dumps(briefing_answer(article_of_body(line["body"])))
            body = completion(content=answer, model="Qwen/Qwen2.5-7B-Instruct")
            out.write(
                json.dumps(
                    {"custom_id": line["custom_id"], "response": {"status_code": 200, "body": body}}
                )
                + "\n"
            )
    # The model comes from the custom_ids; no endpoint is needed to check and store.
    assert (
        main(["batch", "import", str(results), "--store", str(store), "--mode", "json_schema"]) == 0
    )
    assert "2 briefings stored, 0 not" in capsys.readouterr().err
    assert main(["batch", "export", str(tmp_path / "news"), "-o", str(requests), *argv]) == 0
    assert "0 request lines written" in capsys.readouterr().err
    assert main(["batch", "list", "--store", str(store)]) == 0
    assert capsys.readouterr().out == f"no batches in {store}\n"
