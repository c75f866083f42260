"""Briefing many articles at once against the answering fake server (tests/fake_openai.py).

What must hold: never more requests in flight than asked; a 429 pauses the run and the article
is tried again; a 429 that never ends fails that article only; the store makes a second run
(and a run after Ctrl-C) pay only for what is missing.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from fake_openai import BriefingServer, Scripted

from summarizer import Digest, LLMSettings, MissingApiKey, RateLimited, Store, digest_sources
from summarizer._digest import _runner
from summarizer._digest._collect import Collected, collect
from summarizer._digest._progress import ProgressEvent
from summarizer._digest._retry import RetryPolicy
from summarizer._digest._runner import brief_many
from summarizer._engines.llm._client import ModelClient
from summarizer._engines.llm._engine import LLMEngine

CITIES = (
    "Oslo", "Lima", "Accra", "Hanoi", "Quito", "Tunis", "Riga", "Dakar", "Sofia", "Doha",
    "Baku", "Minsk", "Kigali", "Male", "Suva", "Apia", "Bern", "Rome", "Kyiv", "Cairo",
)  # fmt: skip
TOPICS = ("fishing quotas", "a gas pipeline", "grain exports", "a border crossing", "port fees")


def news_text(number: int) -> str:
    """A short, distinct news article of our own writing, numbered."""
    city = CITIES[number % len(CITIES)]
    topic = TOPICS[number % len(TOPICS)]
    return (
        f"{city.upper()} — Negotiators meeting in {city} on Monday reached a preliminary "
        f"agreement on {topic}, officials said, in round {number} of talks.\n\n"
        f"The accord, the {number}th of its kind this year, still needs the approval of both "
        f"cabinets. Delegates said the talks in {city} had been long but constructive.\n\n"
        "Analysts said the terms would be published next month, after parliaments are told.\n"
    )


def write_articles(folder: Path, count: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for number in range(count):
        path = folder / f"article_{number:03d}.txt"
        path.write_text(news_text(number), encoding="utf-8")
        paths.append(path)
    return paths


@pytest.fixture
def server() -> Iterator[BriefingServer]:
    with BriefingServer(delay=0.05) as running:
        yield running


def _engine(server: BriefingServer) -> LLMEngine:
    return LLMEngine(LLMSettings(base_url=server.base_url, max_retries=0, timeout=10))


def _items(folder: Path, count: int) -> list[Collected]:
    write_articles(folder, count)
    return collect([folder]).articles


FAST = RetryPolicy(rate_limit_attempts=3, max_wait=0.05, base_wait=0.01)


# --------------------------------------------------------------------------- concurrency


def test_never_more_requests_in_flight_than_the_concurrency(
    server: BriefingServer, tmp_path: Path
) -> None:
    server.delay = 0.1
    items = _items(tmp_path / "a", 12)
    results = brief_many(items, _engine(server), concurrency=3)
    assert (results.briefed, results.failures) == (12, [])
    assert len(server.chat_requests) == 12
    # Bounded, and actually concurrent (sequential would be 1).
    assert 2 <= server.max_in_flight <= 3
    # In the order the articles came, whatever order they finished in.
    assert [b.source.path for b in results.briefings] == [i.article.source.path for i in items]


def test_the_offline_engine_runs_in_one_thread(tmp_path: Path) -> None:
    from summarizer._engines.offline import OfflineEngine

    seen: set[str] = set()

    class Watching(OfflineEngine):
        def draft(self, article):  # type: ignore[no-untyped-def]
            seen.add(threading.current_thread().name)
            return super().draft(article)

    results = brief_many(_items(tmp_path / "a", 4), Watching(), concurrency=8)
    assert results.briefed == 4 and len(seen) == 1


# --------------------------------------------------------------------------- rate limits


def test_a_429_pauses_the_whole_run_and_the_article_is_tried_again(tmp_path: Path) -> None:
    items = _items(tmp_path / "a", 6)
    limited = items[1].article.text.strip()
    starts: list[float] = []
    lock = threading.Lock()
    moment: list[float] = []

    def script(article: str, attempt: int) -> Scripted | None:
        with lock:
            starts.append(time.monotonic())
            if article.strip() == limited and attempt == 1:
                moment.append(time.monotonic())
                return Scripted.error(429, "slow down", headers={"retry-after": "1"})
        return None

    with BriefingServer(delay=0.05, script=script) as server:
        began = time.monotonic()
        results = brief_many(items, _engine(server), concurrency=2)
        took = time.monotonic() - began
    assert (results.briefed, results.failures) == (6, [])
    assert len(server.chat_requests) == 7
    assert took >= 1.0
    # Nobody knocked while the run was told to wait (the other worker may have been mid-call,
    # its request reaching the server a little late on a loaded machine).
    (limited_at,) = moment
    assert not [t for t in starts if limited_at + 0.3 < t < limited_at + 0.95]


def test_a_429_that_never_ends_fails_that_article_only(tmp_path: Path) -> None:
    items = _items(tmp_path / "a", 4)
    stuck = items[2].article.text.strip()

    def script(article: str, attempt: int) -> Scripted | None:
        if article.strip() == stuck:
            return Scripted.error(429, "slow down", headers={"retry-after": "0"})
        return None

    events: list[ProgressEvent] = []
    with BriefingServer(script=script) as server:
        results = brief_many(
            items, _engine(server), concurrency=2, retry=FAST, progress=events.append
        )
    assert results.briefed == 3
    (failure,) = results.failures
    assert failure.source == items[2].label
    assert "rate limited at" in failure.reason and "rate limited 3 times; gave up" in failure.reason
    assert sum(1 for e in events if e.kind == "waiting") == 2
    assert events[-1].done == 4 and events[-1].failed == 1


def test_a_server_error_is_tried_again(tmp_path: Path) -> None:
    items = _items(tmp_path / "a", 2)

    def script(article: str, attempt: int) -> Scripted | None:
        if attempt == 1 and article.strip() == items[0].article.text.strip():
            return Scripted.error(503, "overloaded", type="server_error")
        return None

    with BriefingServer(script=script) as server:
        results = brief_many(items, _engine(server), concurrency=2)
    assert (results.briefed, results.failures, len(server.chat_requests)) == (2, [], 3)


def test_a_rejected_answer_is_not_tried_again(tmp_path: Path) -> None:
    items = _items(tmp_path / "a", 2)

    def script(article: str, attempt: int) -> Scripted | None:
        if article.strip() == items[0].article.text.strip():
            return Scripted.error(400, "bad request")
        return None

    with BriefingServer(script=script) as server:
        results = brief_many(items, _engine(server), concurrency=2)
    assert results.briefed == 1 and len(server.chat_requests) == 2
    assert "answered 400" in results.failures[0].reason


def test_a_digest_run_takes_over_the_clients_retries(server: BriefingServer) -> None:
    engine = LLMEngine(LLMSettings(base_url=server.base_url, max_retries=5))
    taken = engine.leaving_retries_to_caller(transient=True)
    assert isinstance(taken, LLMEngine) and taken.settings.max_retries == 0
    assert taken.settings.model == engine.settings.model
    # `brief` keeps the client's other retries, and takes over its 429s only.
    paced = engine.leaving_retries_to_caller(transient=False)
    assert isinstance(paced, LLMEngine) and paced.settings.max_retries == 5
    assert not paced.retry_rate_limits


# --------------------------------------------------------------------------- the store


def test_a_second_run_makes_no_model_call(server: BriefingServer, tmp_path: Path) -> None:
    items = _items(tmp_path / "a", 5)
    with Store.open(tmp_path / "store.sqlite3") as store:
        first = brief_many(items, _engine(server), store=store, concurrency=3)
        calls = len(server.chat_requests)
        second = brief_many(items, _engine(server), store=store, concurrency=3)
    assert (first.briefed, calls) == (5, 5)
    assert (second.briefed, second.cached, len(server.chat_requests)) == (0, 5, 5)


def test_an_interrupted_run_resumes_where_it_stopped(tmp_path: Path) -> None:
    # Ten articles: on a loaded machine the workers may run ahead of the progress events, but
    # not through ten while three are counted.
    folder = tmp_path / "ten"
    write_articles(folder, 10)
    path = tmp_path / "store.sqlite3"

    def interrupt_after_three(event: ProgressEvent) -> None:
        if event.briefed == 3:
            raise KeyboardInterrupt

    with BriefingServer(delay=0.05) as server, Store.open(path) as store:
        engine = _engine(server)
        with pytest.raises(KeyboardInterrupt):
            digest_sources([folder], engine=engine, store=store, concurrency=2,
                           progress=interrupt_after_three)  # fmt: skip
        # A request already in flight may still land (and be stored): the workers finish the
        # article in hand and end; wait for them, however slow the machine, then count.
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and any(
            t.name.startswith("digest-") and t.is_alive() for t in threading.enumerate()
        ):
            time.sleep(0.01)
        first_calls = len(server.briefing_requests)
        assert 3 <= first_calls < 10 and len(server.chat_requests) == first_calls

        run = digest_sources([folder], engine=engine, store=store, concurrency=2)
    assert run.status == "success"
    assert (run.cached, run.briefed) == (first_calls, 10 - first_calls)
    # Every article was paid for exactly once over the two runs; then one synthesis call.
    assert (len(server.briefing_requests), len(server.chat_requests)) == (10, 11)
    assert run.digest.provenance.engine == "llm"


# --------------------------------------------------------------------------- digest_sources


def test_digest_sources_lists_what_failed_and_says_partial(
    server: BriefingServer, tmp_path: Path
) -> None:
    write_articles(tmp_path / "a", 3)
    (tmp_path / "a" / "empty.txt").write_text("", encoding="utf-8")
    with Store.open(tmp_path / "store.sqlite3") as store:
        run = digest_sources([tmp_path / "a"], engine=_engine(server), store=store)
    assert (run.status, run.exit_code, run.briefed, run.failed) == ("partial", 3, 3, 1)
    assert isinstance(run.digest, Digest)
    assert len(run.digest.sources) == 3
    assert [(n.source, n.reason) for n in run.digest.not_included] == [
        (str(tmp_path / "a" / "empty.txt"), "file is empty")
    ]
    assert run.tokens[0] > 0
    assert run.digest.provenance.briefings == 3


def test_nothing_digested_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    run = digest_sources([tmp_path / "empty.txt"], engine="offline")
    assert (run.status, run.exit_code, run.briefings) == ("error", 1, [])


def test_no_api_key_stops_the_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write_articles(tmp_path / "a", 2)
    with pytest.raises(MissingApiKey):
        digest_sources([tmp_path / "a"], engine=LLMEngine(LLMSettings()))


def test_the_llm_synthesis_is_used_when_it_is_there(
    server: BriefingServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_articles(tmp_path / "a", 2)
    clients: list[ModelClient] = []

    def synthesize(digest: Digest, client: ModelClient) -> Digest:
        clients.append(client)
        outlook = digest.outlook.model_copy(update={"summary": "written by the model"})
        return digest.model_copy(update={"outlook": outlook})

    monkeypatch.setattr(_runner, "write_synthesis", synthesize)

    engine = LLMEngine(LLMSettings(base_url=server.base_url, max_retries=3))
    run = digest_sources([tmp_path / "a"], engine=engine)
    assert run.digest.outlook.summary == "written by the model"
    # The caller's client, its retries included: the synthesis is one plain call.
    assert clients == [engine.client] and clients[0].settings.max_retries == 3

    offline = digest_sources([tmp_path / "a"], engine="offline")
    assert offline.digest.outlook.summary != "written by the model"

    def failing(digest: Digest, client: ModelClient) -> Digest:
        raise RateLimited("rate limited at the synthesis")

    monkeypatch.setattr(_runner, "write_synthesis", failing)
    kept = digest_sources([tmp_path / "a"], engine=engine)
    # Partial: every article is in it, but the synthesis is not the model's, and it says so.
    assert (kept.status, kept.exit_code, kept.synthesis) == ("partial", 3, "failed")
    assert kept.digest.provenance.synthesis_error == "rate limited at the synthesis"
    assert kept.notes == [
        "the LLM synthesis failed, the offline one is kept: rate limited at the synthesis"
    ]
