"""Briefing through the provider's Batch API (summarizer/_batch), against the fake Batch API of
tests/fake_batch.py on 127.0.0.1, with the openai SDK as the client: what is submitted, what
is stored, what is listed, and that a stopped run loses nothing."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from fake_batch import FakeBatchAPI
from fake_openai import BriefingServer, Scripted, article_of, briefing_answer, completion
from openai.types import Batch
from test_runner import write_articles

from summarizer._batch import BatchEvent, BatchService, BatchSettings, brief_batch
from summarizer._batch._files import export_requests, import_results
from summarizer._batch._lines import custom_id, key_of
from summarizer._digest._collect import Collected, collect
from summarizer._digest._runner import digest_sources
from summarizer._engines.llm._engine import LLMEngine, LLMSettings
from summarizer._errors import ConfigError
from summarizer._store import BriefingKey, Store

FAST = BatchSettings(poll_interval=0, download_pause=0)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store(tmp_path / "store.sqlite3") as opened:
        yield opened


def _items(folder: Path, count: int) -> list[Collected]:
    write_articles(folder, count)
    return collect([folder]).articles


def _engine(server: BriefingServer, store: Store | None = None, **settings: object) -> LLMEngine:
    return LLMEngine(
        LLMSettings(base_url=server.base_url, max_retries=0, timeout=10, **settings),  # type: ignore[arg-type]
        on_call=store.log_call if store is not None else None,
    )


def _uploaded_lines(server: FakeBatchAPI) -> list[dict[str, object]]:
    """The request lines of every file the client uploaded, in order."""
    lines = []
    for file_id, data in server.files.items():
        if any(b.input_file_id == file_id for b in server.batches.values()):
            lines += [json.loads(x) for x in data.splitlines() if x.strip()]
    return lines


# ----------------------------------------------------------------------------- the happy path


def test_a_batch_is_one_upload_one_create_polls_and_one_download(
    tmp_path: Path, store: Store
) -> None:
    items = _items(tmp_path / "news", 5)
    events: list[BatchEvent] = []
    with FakeBatchAPI(steps=3) as server:
        engine = _engine(server, store)
        results = brief_batch(items, engine, store=store, settings=FAST, progress=events.append)
        counts = server.counts()
    assert [o.failure for o in results.outcomes] == [None] * 5
    assert all(o.briefing is not None and not o.cached for o in results.outcomes)
    assert counts == {"upload": 1, "create": 1, "retrieve": 4, "list": 0, "download": 1, "chat": 0}
    # The progress display is told the provider's counts as they move.
    statuses = [(e.kind, e.status, e.completed) for e in events]
    assert statuses[0] == ("submitted", "validating", 0)
    assert ("status", "in_progress", 1) in statuses
    assert statuses[-1] == ("stored", "completed", 5)
    # Every briefing is stored under the key the synchronous path looks up.
    for item in items:
        assert store.lookup(BriefingKey.of(engine.identity, item.article.id)) is not None
    # Its calls are logged as answered by the batch (priced at its discount), with no latency.
    calls = store.recent_calls(10)
    assert len(calls) == 5 and {c.batch_id for c in calls} == set(results.batches)
    assert {c.latency_ms for c in calls} == {0}
    assert all(o.briefing and o.briefing.provenance.cost for o in results.outcomes)


def test_a_rerun_makes_no_request_at_all(tmp_path: Path, store: Store) -> None:
    items = _items(tmp_path / "news", 3)
    with FakeBatchAPI() as server:
        brief_batch(items, _engine(server, store), store=store, settings=FAST)
        before = server.counts()
        again = brief_batch(items, _engine(server, store), store=store, settings=FAST)
        assert server.counts() == before
    assert all(o.cached and o.briefing is not None for o in again.outcomes)


def test_a_request_line_is_the_body_the_synchronous_engine_sends(
    tmp_path: Path, store: Store
) -> None:
    items = _items(tmp_path / "news", 1)
    with BriefingServer() as sync:
        _engine(sync, max_output_tokens=900).draft(items[0].article)
        sent = sync.briefing_requests[0].json()
    with FakeBatchAPI() as server:
        engine = _engine(server, store, max_output_tokens=900)
        brief_batch(items, engine, store=store, settings=FAST)
        (line,) = _uploaded_lines(server)
    assert line["method"] == "POST" and line["url"] == "/v1/chat/completions"
    assert line["body"] == sent
    key = key_of(str(line["custom_id"]))
    assert key == BriefingKey.of(engine.identity, items[0].article.id)


def test_custom_ids_read_back_with_a_model_name_that_has_slashes() -> None:
    key = BriefingKey("a" * 64, "llm", "Qwen/Qwen2.5-7B-Instruct", "3061e5d96d0a", "2")
    assert key_of(custom_id(key)) == key
    assert key_of("request-1") is None


# ----------------------------------------------------------------------------- validation


def test_an_answer_that_fails_is_re_asked_synchronously_for_its_failing_items_only(
    tmp_path: Path, store: Store
) -> None:
    items = _items(tmp_path / "news", 3)
    bad = items[1].article.text.strip()

    def script(article: str, attempt: int) -> Scripted | None:
        if article.strip() != bad or attempt > 1:
            return None
        answer = briefing_answer(article)
        answer["actors"].append(
            {"name": "Ghost", "kind": "person", "evidence": [{"quote": "words never written"}]}
        )
        return Scripted.json(completion(tool_arguments=answer))

    with FakeBatchAPI(script=script) as server:
        results = brief_batch(items, _engine(server, store), store=store, settings=FAST)
        reasks = server.chat_requests
    assert [o.failure for o in results.outcomes] == [None] * 3
    assert len(reasks) == 1  # one re-ask, for the one failing item of the one article
    body = reasks[0].json()
    assert body["tool_choice"]["function"]["name"] == "BriefingFix"
    assert "words never written" in json.dumps(body)
    briefing = results.outcomes[1].briefing
    assert briefing is not None and briefing.provenance.model_calls == 2
    assert [a.name for a in briefing.actors] == ["Wire Desk"]


def test_error_lines_missing_lines_and_unreadable_answers_are_listed_one_line_each(
    tmp_path: Path, store: Store
) -> None:
    items = _items(tmp_path / "news", 4)
    fates: dict[str, str] = {}

    def line_script(cid: str) -> str | None:
        return fates.get(cid)

    with FakeBatchAPI(line_script=line_script, script=_refuse_third(items)) as server:
        engine = _engine(server, store)
        ids = [custom_id(BriefingKey.of(engine.identity, i.article.id)) for i in items]
        fates.update({ids[0]: "error", ids[1]: "omit"})
        results = brief_batch(items, engine, store=store, settings=FAST)
    reasons = [o.failure.reason if o.failure else None for o in results.outcomes]
    assert reasons[0] == ("the batch answered 400: fake: this request was rejected (invalid_value)")
    assert reasons[1] == f"not briefed: the output of batch {results.batches[0]} has no line for it"
    assert reasons[2] is not None and "refused" in reasons[2]
    assert reasons[3] is None
    # Each is recorded in the store as failed, with why; the batch is settled.
    (batch,) = store.batches(settled=True)
    states = {i.custom_id: (i.state, i.reason) for i in store.batch_items(batch.id)}
    assert states[ids[0]][0] == states[ids[1]][0] == "failed"
    assert states[ids[3]] == ("stored", None)


def _refuse_third(items: list[Collected]) -> object:
    third = items[2].article.text.strip()

    def script(article: str, attempt: int) -> Scripted | None:
        if article.strip() == third:
            return Scripted.json(completion(refusal="I can't help with that."))
        return None

    return script


# ----------------------------------------------------------------------------- ends and stops


def test_an_expired_batch_stores_what_it_answered_and_the_rerun_submits_only_the_rest(
    tmp_path: Path, store: Store
) -> None:
    items = _items(tmp_path / "news", 5)
    with FakeBatchAPI(end="expired", answered=2) as server:
        first = brief_batch(items, _engine(server, store), store=store, settings=FAST)
        (batch_id,) = first.batches
        reasons = [o.failure.reason if o.failure else None for o in first.outcomes]
        assert reasons[:2] == [None, None]
        assert reasons[2:] == [f"not briefed: batch {batch_id} expired before answering it"] * 3
        server.end = "completed"
        second = brief_batch(items, _engine(server, store), store=store, settings=FAST)
        lines = _uploaded_lines(server)
    assert [o.cached for o in second.outcomes] == [True, True, False, False, False]
    assert all(o.briefing is not None for o in second.outcomes)
    assert len(lines) == 5 + 3  # the second batch carries only the three not answered


def test_a_transient_403_on_the_output_file_is_asked_again(tmp_path: Path, store: Store) -> None:
    items = _items(tmp_path / "news", 2)
    with FakeBatchAPI(forbidden=2) as server:
        settings = BatchSettings(poll_interval=0, download_pause=0, download_tries=3)
        results = brief_batch(items, _engine(server, store), store=store, settings=settings)
        assert server.counts()["download"] == 3
    assert all(o.briefing is not None for o in results.outcomes)


def test_an_output_file_still_refused_leaves_the_batch_open_for_the_next_run(
    tmp_path: Path, store: Store
) -> None:
    items = _items(tmp_path / "news", 2)
    with FakeBatchAPI(forbidden=100) as server:
        settings = BatchSettings(poll_interval=0, download_pause=0, download_tries=2)
        first = brief_batch(items, _engine(server, store), store=store, settings=settings)
        assert all(o.failure is not None for o in first.outcomes)
        assert first.outcomes[0].failure is not None
        assert (
            "could not be downloaded (the service refused it)" in first.outcomes[0].failure.reason
        )
        assert [b.id for b in store.batches()] == first.batches  # still open
        server.forbidden = 0
        second = brief_batch(items, _engine(server, store), store=store, settings=settings)
        counts = server.counts()
    assert all(o.briefing is not None for o in second.outcomes)
    assert counts["upload"] == counts["create"] == 1  # picked up, not submitted again
    assert store.batches() == []


def test_a_run_stopped_while_the_batch_runs_is_picked_up_by_the_next(
    tmp_path: Path, store: Store
) -> None:
    items = _items(tmp_path / "news", 3)

    def interrupt(event: BatchEvent) -> None:
        if event.kind == "status":
            raise KeyboardInterrupt

    with FakeBatchAPI(steps=3) as server:
        with pytest.raises(KeyboardInterrupt):
            brief_batch(
                items, _engine(server, store), store=store, settings=FAST, progress=interrupt
            )
        (kept,) = store.batches()
        assert kept.status == "in_progress" and kept.requests == 3
        results = brief_batch(items, _engine(server, store), store=store, settings=FAST)
        counts = server.counts()
    assert results.batches == [kept.id]
    assert all(o.briefing is not None and not o.cached for o in results.outcomes)
    assert counts["upload"] == counts["create"] == 1


class _StopsAfterCreating(BatchService):
    """A Ctrl-C the instant the provider has created the batch, before the run records it."""

    def create(self, input_file_id: str, *, description: str) -> Batch:
        super().create(input_file_id, description=description)
        raise KeyboardInterrupt


@pytest.mark.parametrize("created", [True, False])
def test_a_stop_around_the_batch_creation_loses_nothing_and_pays_nothing_twice(
    tmp_path: Path, store: Store, created: bool
) -> None:
    items = _items(tmp_path / "news", 3)
    with FakeBatchAPI() as server:
        engine = _engine(server, store)
        if created:
            service = _StopsAfterCreating(engine.client)
            with pytest.raises(KeyboardInterrupt):
                brief_batch(items, engine, store=store, settings=FAST, service=service)
        else:  # stopped after the upload, before the create request went out
            service = BatchService(engine.client)
            service.create = _interrupt  # type: ignore[method-assign]
            with pytest.raises(KeyboardInterrupt):
                brief_batch(items, engine, store=store, settings=FAST, service=service)
        (kept,) = store.batches()
        assert kept.status == "uploaded" and kept.requests == 3
        results = brief_batch(items, _engine(server, store), store=store, settings=FAST)
        counts = server.counts()
    assert all(o.briefing is not None for o in results.outcomes)
    assert counts["upload"] == 1 and counts["create"] == 1 and counts["list"] == 1
    assert results.batches == list(server.batches)
    assert store.batches() == []  # settled, under the provider's id
    (done,) = store.batches(settled=True)
    assert done.id == results.batches[0] and len(store.batch_items(done.id)) == 3


def _interrupt(input_file_id: str, *, description: str) -> Batch:
    raise KeyboardInterrupt


def test_wait_zero_submits_and_returns_saying_the_batch_goes_on(
    tmp_path: Path, store: Store
) -> None:
    items = _items(tmp_path / "news", 2)
    with FakeBatchAPI(steps=2) as server:
        results = brief_batch(
            items, _engine(server, store), store=store, settings=BatchSettings(wait=0)
        )
    (batch_id,) = results.batches
    assert [o.failure.reason for o in results.outcomes if o.failure] == [
        f"not briefed yet: batch {batch_id} is still in_progress; run the same command again "
        "to pick it up"
    ] * 2


def test_a_batch_found_expired_at_pickup_is_said_and_only_what_is_missing_submitted_again(
    tmp_path: Path, store: Store
) -> None:
    items = _items(tmp_path / "news", 4)
    with FakeBatchAPI(steps=2, end="expired", answered=1) as server:
        first = brief_batch(
            items, _engine(server, store), store=store, settings=BatchSettings(wait=0)
        )
        (old,) = first.batches
        # While no run watches, the provider's 24 hours pass: one line answered, then expired.
        server.batches[old].status = "in_progress"
        server.batches[old].looks = 1
        server.end = "expired"
        second = brief_batch(items, _engine(server, store), store=store, settings=FAST)
        lines = _uploaded_lines(server)
    assert second.notes == [f"batch {old} expired; what it did not answer is submitted again"]
    assert second.batches[0] == old and len(second.batches) == 2
    assert len(lines) == 4 + 3  # the new batch: only the three the expired one did not answer
    # The new batch expired too (the fake ends every batch so); it answered one more.
    stored = [o.briefing is not None for o in second.outcomes]
    assert stored.count(True) == 2


def test_refresh_asks_again_for_what_the_store_has(tmp_path: Path, store: Store) -> None:
    items = _items(tmp_path / "news", 2)
    with FakeBatchAPI() as server:
        brief_batch(items, _engine(server, store), store=store, settings=FAST)
        again = brief_batch(items, _engine(server, store), store=store, settings=FAST, refresh=True)
        assert server.counts()["create"] == 2
    assert all(o.briefing is not None and not o.cached for o in again.outcomes)


def test_max_cost_submits_what_fits_and_lists_the_rest(tmp_path: Path, store: Store) -> None:
    items = _items(tmp_path / "news", 4)
    with FakeBatchAPI() as server:
        # About $0.0015 a line (gpt-4.1-mini at the batch price, 1,500 output tokens assumed).
        settings = BatchSettings(poll_interval=0, max_cost=0.0035)
        results = brief_batch(items, _engine(server, store), store=store, settings=settings)
        assert len(_uploaded_lines(server)) == 2
    assert [o.briefing is not None for o in results.outcomes] == [True, True, False, False]
    assert results.stopped is not None and "2 articles not submitted" in results.stopped
    assert results.outcomes[3].failure is not None
    assert results.outcomes[3].failure.reason == (
        "not submitted: the estimate would exceed max cost $0.0035"
    )


def test_max_cost_with_a_model_the_price_table_lacks_is_refused(
    tmp_path: Path, store: Store
) -> None:
    items = _items(tmp_path / "news", 1)
    with FakeBatchAPI() as server:
        engine = _engine(server, store, model="local-llama")
        with pytest.raises(ConfigError, match="no price for model 'local-llama'"):
            brief_batch(items, engine, store=store, settings=BatchSettings(max_cost=1))
        assert server.counts()["upload"] == 0


# ----------------------------------------------------------------------------- the digest


def test_digest_sources_with_batch_digests_what_the_batch_briefed(
    tmp_path: Path, store: Store
) -> None:
    write_articles(tmp_path / "news", 3)
    with FakeBatchAPI() as server:
        run = digest_sources(
            [tmp_path / "news"],
            engine=_engine(server, store),
            store=store,
            batch=FAST,
        )
        counts = server.counts()
    assert run.briefed == 3 and run.failed == 0
    assert run.results.batches and counts["upload"] == 1
    assert run.cost is not None and run.cost > 0
    assert run.digest.provenance.cost is not None


def test_digest_sources_with_batch_needs_a_store(tmp_path: Path) -> None:
    write_articles(tmp_path / "news", 1)
    with FakeBatchAPI() as server, pytest.raises(ConfigError, match="needs a store"):
        digest_sources([tmp_path / "news"], engine=_engine(server), batch=True)


# ----------------------------------------------------------------------------- files


def test_export_then_import_of_a_run_batch_output_stores_like_the_synchronous_path(
    tmp_path: Path, store: Store
) -> None:
    write_articles(tmp_path / "news", 3)
    engine = LLMEngine(LLMSettings(base_url=None, api_key=None, model="Qwen/Qwen2.5-7B-Instruct"))
    out = io.StringIO()
    exported = export_requests([tmp_path / "news"], engine, store, out)
    assert exported.written == 3
    requests = [json.loads(line) for line in out.getvalue().splitlines()]
    # What vllm run-batch would write back: one output line per request.
    results = tmp_path / "results.jsonl"
    answers = []
    for number, line in enumerate(requests):
        article = article_of_body(line["body"])
        body = completion(tool_arguments=briefing_answer(article), model=line["body"]["model"])
        answers.append(
            {
                "id": f"vllm-{number}",
                "custom_id": line["custom_id"],
                "response": {"status_code": 200, "body": body},
                "error": None,
            }
        )
    answers[1]["response"] = {"status_code": 500, "body": {"error": {"message": "OOM"}}}
    results.write_text("\n".join(json.dumps(a) for a in answers) + "\n{oops\n", encoding="utf-8")
    imported = import_results(results, engine, store)
    assert imported.stored == 2
    (failed,) = imported.failed
    assert failed[0].endswith("article_001.txt") and failed[1] == "the batch answered 500: OOM"
    assert imported.stray == [
        "line 4 of the output is not JSON (Expecting property name "
        "enclosed in double quotes: line 1 column 2 (char 1))"
    ]
    again = io.StringIO()
    assert export_requests([tmp_path / "news"], engine, store, again).written == 1


def article_of_body(body: dict[str, object]) -> str:
    from fake_openai import RecordedRequest

    return article_of(RecordedRequest("POST", "/", {}, json.dumps(body).encode()))
