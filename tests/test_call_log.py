"""The model call log: one record per attempt from the LLM engine, kept by the store, shown by
``summarizer log``; the API key appears nowhere in it."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import timezone
from pathlib import Path
from typing import Any

import pytest
from conftest import GOOD_ANSWER as GOOD
from conftest import TEST_ARTICLE
from fake_openai import FakeOpenAI, Scripted, completion, refused_base_url

from summarizer import (
    AnswerInvalid,
    AnswerRefused,
    AnswerTruncated,
    Article,
    AuthenticationFailed,
    EndpointUnreachable,
    EngineError,
    LLMSettings,
    ModelNotFound,
    Source,
    Store,
    StoreError,
)
from summarizer._engines.llm._engine import CallRecord, LLMEngine
from summarizer._redact import redact_url
from summarizer.cli import _log, build_parser, main

KEY = "sk-proj-LOGTESTKEY-0123456789abcdefXYZ"
# An answer quoting something the article does not say: rejected, then re-asked.
BAD = {**GOOD, "actors": [{**GOOD["actors"][0], "evidence": [{"quote": "Oslo said no"}]}]}


@pytest.fixture
def article() -> Article:
    return Article(text=TEST_ARTICLE.strip(), source=Source(path="fisheries.txt"))


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store.open(tmp_path / "store.sqlite3") as opened:
        yield opened


def _engine(fake: FakeOpenAI | str, on_call: Any, **overrides: Any) -> LLMEngine:
    base_url = fake if isinstance(fake, str) else fake.base_url
    options: dict[str, Any] = {"api_key": KEY, "base_url": base_url, "max_retries": 0}
    return LLMEngine(LLMSettings(**{**options, **overrides}), on_call=on_call)


def _tool(answer: Any, **kwargs: Any) -> Scripted:
    return Scripted.json(completion(tool_arguments=answer, **kwargs))


# ----------------------------------------------------------------------------- records


def test_a_reasked_answer_is_two_calls(fake_openai: FakeOpenAI, article: Article) -> None:
    fake_openai.enqueue(
        _tool(BAD, prompt_tokens=900, completion_tokens=250),
        _tool(GOOD, prompt_tokens=1400, completion_tokens=260),
    )
    records: list[CallRecord] = []
    draft = _engine(fake_openai, records.append).draft(article)

    assert [r.outcome for r in records] == ["invalid", "ok"]
    assert [r.attempt for r in records] == [1, 2]
    assert [(r.tokens_in, r.tokens_out) for r in records] == [(900, 250), (1400, 260)]
    assert draft.usage.calls == 2
    for record, sent in zip(records, fake_openai.chat_requests, strict=True):
        # The logged request is the body that went out, and the response the one that came.
        assert json.loads(record.request_body) == sent.json()
        assert record.model == "gpt-4.1-mini"
        assert record.endpoint == fake_openai.base_url
        assert record.article_id == article.id
        assert record.started_at.tzinfo == timezone.utc
        assert record.latency_ms >= 0
        assert record.response_body is not None
        response = json.loads(record.response_body)
        assert response["model"] == "gpt-4.1-mini-2025-04-14"
    first, second = (json.loads(r.response_body or "") for r in records)
    assert (
        "Oslo said no" in first["choices"][0]["message"]["tool_calls"][0]["function"]["arguments"]
    )
    assert "Oslo said no" not in json.dumps(second)
    assert "quote not found in the article" in records[1].request_body  # the re-ask
    assert records[0].started_at <= records[1].started_at


def test_an_item_left_out_after_the_last_attempt_is_logged(
    fake_openai: FakeOpenAI, article: Article
) -> None:
    """Without --strict the briefing is made without the item: every answer was invalid."""
    fake_openai.enqueue(*[_tool(BAD)] * 3)
    records: list[CallRecord] = []
    draft = _engine(fake_openai, records.append).draft(article)
    assert [r.outcome for r in records] == ["invalid"] * 3
    assert [d.where for d in draft.dropped] == ["actors[0]", "deals[0]"]


def test_a_401_is_one_error_call(fake_openai: FakeOpenAI, article: Article) -> None:
    fake_openai.enqueue(Scripted.error(401, f"Incorrect API key provided: {KEY}."))
    records: list[CallRecord] = []
    with pytest.raises(AuthenticationFailed):
        _engine(fake_openai, records.append).draft(article)

    (record,) = records
    assert record.outcome == "error: AuthenticationFailed"
    assert record.tokens_in is None and record.tokens_out is None
    assert record.response_body is not None
    error = json.loads(record.response_body)["error"]
    assert error["message"] == "Incorrect API key provided: ***."  # the echoed key, scrubbed
    assert KEY not in record.request_body


@pytest.mark.parametrize(
    ("script", "error", "outcomes"),
    [
        ([_tool(BAD)] * 3, AnswerInvalid, ["invalid"] * 3),
        (
            [Scripted.json(completion(tool_arguments='{"headline": "N', finish_reason="length"))],
            AnswerTruncated,
            ["error: AnswerTruncated"],
        ),
        ([Scripted.json(completion(refusal="No."))], AnswerRefused, ["error: AnswerRefused"]),
        ([Scripted.error(404, "no such model")], ModelNotFound, ["error: ModelNotFound"]),
    ],
    ids=["never-valid", "truncated", "refused", "404"],
)
def test_every_failed_attempt_is_logged(
    fake_openai: FakeOpenAI,
    article: Article,
    script: list[Scripted],
    error: type[EngineError],
    outcomes: list[str],
) -> None:
    fake_openai.enqueue(*script)
    records: list[CallRecord] = []
    with pytest.raises(error) as caught:  # --strict: an answer that never validates fails
        _engine(fake_openai, records.append, drop_invalid=False).draft(article)
    assert [r.outcome for r in records] == outcomes
    usage = caught.value.usage
    assert usage is not None
    assert sum(r.tokens_in or 0 for r in records) == usage.tokens_in


def test_no_answer_at_all_is_logged_without_a_response(article: Article) -> None:
    records: list[CallRecord] = []
    with pytest.raises(EndpointUnreachable):
        _engine(refused_base_url(), records.append).draft(article)
    (record,) = records
    assert record.outcome == "error: EndpointUnreachable"
    assert record.response_body is None
    assert json.loads(record.request_body)["model"] == "gpt-4.1-mini"


def test_transport_retries_are_one_call(fake_openai: FakeOpenAI, article: Article) -> None:
    busy = Scripted.error(503, "overloaded", type="server_error", headers={"retry-after": "0"})
    fake_openai.enqueue(busy, _tool(GOOD))
    records: list[CallRecord] = []
    _engine(fake_openai, records.append, max_retries=1).draft(article)
    assert [r.outcome for r in records] == ["ok"]
    assert len(fake_openai.chat_requests) == 2


def test_a_failing_on_call_is_not_swallowed(fake_openai: FakeOpenAI, article: Article) -> None:
    def broken(record: CallRecord) -> None:
        raise StoreError("the disk is full", source="store.sqlite3")

    # Instructor swallows what hooks raise; the engine raises it once the call is over.
    fake_openai.enqueue(_tool(BAD), _tool(GOOD))
    with pytest.raises(StoreError, match="the disk is full"):
        _engine(fake_openai, broken).draft(article)
    # When the draft fails anyway, its own error is the one to report.
    fake_openai.enqueue(Scripted.error(401, "bad key"))
    with pytest.raises(AuthenticationFailed):
        _engine(fake_openai, broken).draft(article)


def test_endpoint_credentials_are_redacted() -> None:
    url = "https://user:pw@llm.example.com/v1?api-key=SECRET&deployment=gpt&sig=abc"
    assert redact_url(url) == "https://***@llm.example.com/v1?api-key=***&deployment=gpt&sig=***"
    # An endpoint's URL keeps no query value at all: a base URL has no business carrying one.
    assert redact_url(url, endpoint=True) == (
        "https://***@llm.example.com/v1?api-key=***&deployment=***&sig=***"
    )
    assert redact_url("http://127.0.0.1:8080/v1") == "http://127.0.0.1:8080/v1"
    assert redact_url(f"https://proxy.example.com/{KEY}/v1", endpoint=True) == (
        "https://proxy.example.com/***/v1"
    )


# ----------------------------------------------------------------------------- the store


def test_the_store_keeps_every_call(
    fake_openai: FakeOpenAI, article: Article, store: Store
) -> None:
    fake_openai.enqueue(_tool(BAD), _tool(GOOD), Scripted.error(401, "bad key"))
    records: list[CallRecord] = []

    def log(record: CallRecord) -> None:
        records.append(record)
        store.log_call(record)

    engine = _engine(fake_openai, log)
    engine.draft(article)
    with pytest.raises(AuthenticationFailed):
        engine.draft(article)

    assert store.recent_calls(10) == records  # oldest first, every field as it was
    assert store.recent_calls(1) == records[-1:]
    assert store.recent_calls(0) == []
    totals = store.call_totals()
    assert set(totals) == {"gpt-4.1-mini"}
    total = totals["gpt-4.1-mini"]
    assert (total.calls, total.tokens_in, total.tokens_out, total.failed) == (3, 1800, 500, 2)


def test_the_key_is_nowhere_in_the_store_file(
    fake_openai: FakeOpenAI, article: Article, tmp_path: Path
) -> None:
    path = tmp_path / "store.sqlite3"
    # The key echoed back every way an endpoint or a model could: in an error message, in an
    # answer (and so in the re-ask that quotes the validation error), in a refusal.
    echo = {**GOOD, "actors": [{**GOOD["actors"][0], "evidence": [{"quote": KEY}]}]}
    fake_openai.enqueue(
        _tool(echo),
        _tool(GOOD),
        Scripted.error(401, f"Incorrect API key provided: {KEY}"),
        Scripted.error(429, f"quota of {KEY} exceeded", code="insufficient_quota"),
        Scripted.json(completion(refusal=f"not with key {KEY}")),
        Scripted.json(completion(content=KEY, finish_reason="length")),
    )
    with Store.open(path) as store:
        engine = _engine(fake_openai, store.log_call)
        engine.draft(article)
        for _ in range(4):
            with pytest.raises(EngineError):
                engine.draft(article)
        assert len(store.recent_calls(100)) == 6
        _no_key_in_files(path)  # the WAL holds the pages while the store is open
    _no_key_in_files(path)
    # It was really there to scrub: the server did receive it, in the Authorization header.
    assert fake_openai.chat_requests[0].headers["authorization"] == f"Bearer {KEY}"


def _no_key_in_files(path: Path) -> None:
    files = [p for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm")) if p.exists()]
    assert files
    for file in files:
        data = file.read_bytes()
        assert KEY.encode() not in data, file
        assert KEY[8:].encode() not in data, file  # not even in part


# ----------------------------------------------------------------------------- the command


def _log_command(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    """Run ``summarizer log``: parsed by the command's parser, run by its module."""
    args = build_parser().parse_args(["log", *argv])
    code = _log.run(args)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def logged(fake_openai: FakeOpenAI, article: Article, tmp_path: Path) -> Path:
    """A store holding three calls: invalid, ok, then a 401."""
    path = tmp_path / "store.sqlite3"
    fake_openai.enqueue(_tool(BAD), _tool(GOOD), Scripted.error(401, "bad key"))
    with Store.open(path) as store:
        engine = _engine(fake_openai, store.log_call)
        engine.draft(article)
        with pytest.raises(AuthenticationFailed):
            engine.draft(article)
    return path


def test_log_table(logged: Path, article: Article, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _log_command(["--store", str(logged)], capsys)
    assert code == 0 and err == ""
    lines = out.splitlines()
    assert lines[0].split() == ["TIME", "MODEL", "ARTICLE", "IN", "OUT", "MS", "COST", "OUTCOME"]
    calls = lines[1:4]
    assert [line.split()[-1] for line in calls[:2]] == ["invalid", "ok"]
    assert calls[2].endswith("error: AuthenticationFailed")
    assert all(article.id[:12] in line and "gpt-4.1-mini" in line for line in calls)
    assert "900" in calls[0] and "250" in calls[0]
    # gpt-4.1-mini at the default prices: 900 in at $0.40, 250 out at $1.60 per million.
    assert "$0.0008" in calls[0] and " $0 " in calls[2]
    assert lines[4] == ""
    assert lines[5] == f"Totals: 3 calls in {logged}"
    assert lines[6].split() == [
        "MODEL",
        "CALLS",
        "TOKENS",
        "IN",
        "CACHED",
        "TOKENS",
        "OUT",
        "FAILED",
        "COST",
    ]
    assert lines[7].split() == ["gpt-4.1-mini", "3", "1,800", "0", "500", "2", "$0.0015"]


def test_log_last_n(logged: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = _log_command(["-n", "1", "--store", str(logged)], capsys)
    assert "error: AuthenticationFailed" in out and "invalid" not in out
    assert "Totals: 3 calls" in out  # totals are over the whole log
    _, out, _ = _log_command(["-n", "0", "--store", str(logged)], capsys)
    assert out.startswith("Totals: 3 calls")


def test_log_json(logged: Path, article: Article, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _log_command(["--format", "json", "--store", str(logged)], capsys)
    assert code == 0
    data = json.loads(out)
    assert data["store"] == str(logged)
    assert [c["outcome"] for c in data["calls"]] == ["invalid", "ok", "error: AuthenticationFailed"]
    first = data["calls"][0]
    assert first["article_id"] == article.id
    assert first["request"]["model"] == "gpt-4.1-mini"  # bodies as JSON, not strings
    assert first["response"]["usage"]["prompt_tokens"] == 900
    assert data["calls"][2]["tokens_in"] is None
    cost = (1800 * 0.40 + 500 * 1.60) / 1_000_000
    counts = {"calls": 3, "tokens_in": 1800, "tokens_cached": 0, "tokens_out": 500, "failed": 2}
    assert data["totals"] == {
        **counts,
        "cost_usd": pytest.approx(cost),
        "by_model": {"gpt-4.1-mini": {**counts, "cost_usd": pytest.approx(cost)}},
    }


def test_log_uses_the_environment_store(
    logged: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("SUMMARIZER_STORE", str(logged))
    _, out, _ = _log_command([], capsys)
    assert "Totals: 3 calls" in out


def test_log_without_a_store_creates_none(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "nowhere" / "store.sqlite3"
    code, out, err = _log_command(["--store", str(path)], capsys)
    assert code == 0
    assert err == f"summarizer: no calls logged yet (no store at {path})\n"
    assert out == f"Totals: 0 calls in {path}\n"
    assert not path.parent.exists()


def test_log_on_a_file_that_is_not_a_store(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("not a database\n" * 100)
    with pytest.raises(StoreError, match="file is not a database"):
        _log_command(["--store", str(path)], capsys)


def test_log_refuses_a_negative_count(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        _log_command(["-n", "-3"], capsys)
    assert caught.value.code == 2
    assert "must be 0 or more" in capsys.readouterr().err


def test_log_is_a_summarizer_command(logged: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["log", "--store", str(logged)]) == 0
    assert "Totals: 3 calls" in capsys.readouterr().out


def test_an_interrupted_call_is_logged(
    fake_openai: FakeOpenAI, article: Article, monkeypatch: pytest.MonkeyPatch
) -> None:
    import httpx2

    def interrupted(self: httpx2.Client, request: httpx2.Request, **kwargs: Any) -> Any:
        raise KeyboardInterrupt

    monkeypatch.setattr(httpx2.Client, "send", interrupted)
    records: list[CallRecord] = []
    with pytest.raises(KeyboardInterrupt):
        _engine(fake_openai, records.append).draft(article)
    # Ctrl-C during a request: it may have been paid for, so it is in the log.
    assert [(r.outcome, r.response_body) for r in records] == [("error: KeyboardInterrupt", None)]
