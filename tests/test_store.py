"""The local store: schema and migrations, articles, briefings, and files that are not stores."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import stat
import sys
from collections.abc import Iterator
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from conftest import TEST_ARTICLE

from summarizer import (
    Article,
    Briefing,
    LLMSettings,
    Provenance,
    Source,
    Store,
    StoreError,
    SummarizerError,
    brief_article,
    default_store_path,
)
from summarizer._briefing._models import SCHEMA_VERSION
from summarizer._engines.llm._engine import LLMEngine
from summarizer._engines.llm._prompts import load_prompts
from summarizer._engines.offline import OfflineEngine
from summarizer._store import STORE_SCHEMA_VERSION, BriefingKey, key_for
from summarizer._store._migrations import APPLICATION_ID, MIGRATIONS, migrate

TEXT = TEST_ARTICLE.strip()  # cleaned text has no trailing newline
posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "store.sqlite3"


@pytest.fixture
def store(path: Path) -> Iterator[Store]:
    with Store.open(path) as opened:
        yield opened


def _article(text: str = TEXT, **source: object) -> Article:
    return Article(text=text, source=Source(**source))


def _briefing(article: Article, **provenance: object) -> Briefing:
    """A small valid briefing without running an engine."""
    fields: dict[str, object] = {
        "article_id": article.id,
        "engine": "offline",
        "created_at": datetime(2025, 6, 3, 9, 30, tzinfo=timezone.utc),
        **provenance,
    }
    return Briefing(
        headline=f"Headline of {article.id[:8]}",
        summary="A summary.",
        source=article.source,
        provenance=Provenance(**fields),
        article_text=article.text,
    )


# ----------------------------------------------------------------------------- location


def test_default_path_is_in_the_user_data_directory() -> None:
    import platformdirs

    expected = Path(platformdirs.user_data_dir("summarizer", appauthor=False)) / "store.sqlite3"
    assert default_store_path({}) == expected
    assert default_store_path({"SUMMARIZER_STORE": "  "}) == expected  # blank counts as unset


def test_environment_overrides_the_default_path() -> None:
    assert default_store_path({"SUMMARIZER_STORE": "/data/s.db"}) == Path("/data/s.db")
    home = default_store_path({"SUMMARIZER_STORE": "~/briefs.db"})
    assert home == Path("~/briefs.db").expanduser()


def test_missing_folders_are_created(tmp_path: Path) -> None:
    path = tmp_path / "a" / "b" / "store.sqlite3"
    with Store.open(path):
        pass
    assert path.is_file()


@posix_only
def test_store_files_are_private(tmp_path: Path) -> None:
    path = tmp_path / "store.sqlite3"
    old = os.umask(0o022)  # the usual umask, which would give 0644
    try:
        with Store.open(path) as store:
            store.put_article(_article())
            wal = Path(f"{path}-wal")
            assert wal.exists()
            assert stat.S_IMODE(wal.stat().st_mode) == 0o600
    finally:
        os.umask(old)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


# ----------------------------------------------------------------------------- schema

EXPECTED_COLUMNS = {
    # name: [(column, declared type, not null, primary key position)]
    "articles": [
        ("id", "TEXT", 0, 1),
        ("text", "TEXT", 1, 0),
        ("title", "TEXT", 0, 0),
        ("site", "TEXT", 0, 0),
        ("author", "TEXT", 0, 0),
        ("language", "TEXT", 0, 0),
        ("published", "TEXT", 0, 0),
        ("read_at", "TEXT", 1, 0),
        ("read_on", "TEXT", 1, 0),
    ],
    "article_locations": [
        ("article_id", "TEXT", 1, 1),
        ("kind", "TEXT", 1, 2),
        ("location", "TEXT", 1, 3),
        ("first_seen", "TEXT", 1, 0),
        ("last_seen", "TEXT", 1, 0),
    ],
    "briefings": [
        ("article_id", "TEXT", 1, 1),
        ("engine", "TEXT", 1, 2),
        ("model", "TEXT", 1, 3),
        ("prompt_version", "TEXT", 1, 4),
        ("schema_version", "TEXT", 1, 5),
        ("created_at", "TEXT", 1, 0),
        ("briefing", "TEXT", 1, 0),
    ],
    "calls": [
        ("id", "INTEGER", 0, 1),
        ("started_at", "TEXT", 1, 0),
        ("model", "TEXT", 1, 0),
        ("endpoint", "TEXT", 1, 0),
        ("article_id", "TEXT", 0, 0),
        ("attempt", "INTEGER", 1, 0),
        ("tokens_in", "INTEGER", 0, 0),
        ("tokens_out", "INTEGER", 0, 0),
        ("latency_ms", "INTEGER", 1, 0),
        ("outcome", "TEXT", 1, 0),
        ("request", "TEXT", 1, 0),
        ("response", "TEXT", 0, 0),
        ("tokens_cached", "INTEGER", 0, 0),
        ("batch_id", "TEXT", 0, 0),
    ],
    "batches": [
        ("id", "TEXT", 0, 1),
        ("endpoint", "TEXT", 1, 0),
        ("model", "TEXT", 1, 0),
        ("status", "TEXT", 1, 0),
        ("input_file_id", "TEXT", 1, 0),
        ("output_file_id", "TEXT", 0, 0),
        ("error_file_id", "TEXT", 0, 0),
        ("requests", "INTEGER", 1, 0),
        ("created_at", "TEXT", 1, 0),
        ("updated_at", "TEXT", 1, 0),
        ("settled", "INTEGER", 1, 0),
    ],
    "batch_items": [
        ("batch_id", "TEXT", 1, 1),
        ("custom_id", "TEXT", 1, 2),
        ("article_id", "TEXT", 1, 0),
        ("state", "TEXT", 1, 0),
        ("reason", "TEXT", 0, 0),
    ],
    "syntheses": [
        ("id", "INTEGER", 0, 1),
        ("inputs", "TEXT", 1, 0),
        ("model", "TEXT", 1, 0),
        ("prompt_version", "TEXT", 1, 0),
        ("schema_version", "TEXT", 1, 0),
        ("created_at", "TEXT", 1, 0),
        ("synthesis", "TEXT", 1, 0),
    ],
    "synthesis_articles": [
        ("synthesis_id", "INTEGER", 1, 1),
        ("article_id", "TEXT", 1, 2),
    ],
}


def test_an_empty_database_is_migrated_to_the_expected_tables(path: Path) -> None:
    sqlite3.connect(path).close()  # an empty SQLite database, as a new file is
    with Store.open(path):
        pass
    conn = sqlite3.connect(path)
    try:
        tables = {
            row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
        assert tables == set(EXPECTED_COLUMNS)
        for table, expected in EXPECTED_COLUMNS.items():
            columns = [
                (name, kind, notnull, pk)
                for _, name, kind, notnull, _, pk in conn.execute(f"PRAGMA table_info({table})")
            ]
            assert columns == expected, table
        assert conn.execute("PRAGMA user_version").fetchone()[0] == STORE_SCHEMA_VERSION
        assert len(MIGRATIONS) == STORE_SCHEMA_VERSION
        assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()


def test_the_date_range_query_uses_the_index(store: Store, path: Path) -> None:
    conn = sqlite3.connect(path)
    try:
        plan = conn.execute(
            "EXPLAIN QUERY PLAN SELECT id FROM articles "
            "WHERE COALESCE(published, read_on) BETWEEN '2025-01-01' AND '2025-01-07'"
        ).fetchall()
    finally:
        conn.close()
    assert "articles_day" in " ".join(str(row) for row in plan)


def _raw(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(path, isolation_level=None)


def test_migration_steps_run_in_order_and_only_once(path: Path) -> None:
    step1 = ("CREATE TABLE t (a TEXT)", "INSERT INTO t VALUES ('one')")
    step2 = ("ALTER TABLE t ADD COLUMN b TEXT", "UPDATE t SET b = 'two'")
    conn = _raw(path)
    try:
        assert migrate(conn, str(path), [step1]) == 0
        assert migrate(conn, str(path), [step1]) == 1  # nothing to do the second time
        assert migrate(conn, str(path), [step1, step2]) == 1
        assert conn.execute("SELECT a, b FROM t").fetchall() == [("one", "two")]
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 2
    finally:
        conn.close()


# Every released step, fingerprinted: stores in the wild ran these exact statements, so a step
# is never edited, only new ones appended (add the new step's fingerprint here when it lands).
RELEASED_STEPS = {
    1: "47ef723c5c4f19ca3a066831d6900404a80b7c92b137b84f8ae004381b9e7da5",
    2: "d44d34cba467201ffeb704a615bee1723432d7fb797729f5f8c0511fda6ad2a6",
    3: "a041551c4c3da87e3dc84d3b7fa1c04f88bf6b304cb0472e2577d80e12f55941",
}


def test_released_migration_steps_are_never_edited() -> None:
    for number, fingerprint in RELEASED_STEPS.items():
        step = MIGRATIONS[number - 1]
        assert hashlib.sha256("\n;\n".join(step).encode()).hexdigest() == fingerprint, (
            f"migration step {number} was edited: append a new step instead"
        )
    assert len(MIGRATIONS) == len(RELEASED_STEPS), "fingerprint the new step in RELEASED_STEPS"


def test_a_version_1_store_is_migrated_and_keeps_everything(path: Path) -> None:
    conn = _raw(path)
    try:
        migrate(conn, str(path), MIGRATIONS[:1])  # a store made by the summarizer of schema 1
        conn.execute(
            "INSERT INTO articles (id, text, read_at, read_on) VALUES (?, ?, ?, ?)",
            (_article().id, TEXT, "2025-06-03T09:30:00.000000+00:00", "2025-06-03"),
        )
        conn.execute(
            "INSERT INTO calls (started_at, model, endpoint, attempt, latency_ms, outcome, "
            "request) VALUES ('2025-06-03T09:30:00.000000+00:00', 'm', 'e', 1, 5, 'ok', '{}')"
        )
    finally:
        conn.close()
    with Store.open(path) as store:
        stored = store.get_article(_article().id)
        assert stored is not None and stored.text == TEXT
        assert sum(t.calls for t in store.call_totals().values()) == 1
    conn = _raw(path)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == STORE_SCHEMA_VERSION
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        assert {"syntheses", "synthesis_articles", "batches", "batch_items"} <= names
    finally:
        conn.close()


def test_a_failing_step_leaves_the_store_at_the_version_before(path: Path) -> None:
    good = ("CREATE TABLE t (a TEXT)",)
    bad = ("CREATE TABLE u (a TEXT)", "THIS IS NOT SQL")
    conn = _raw(path)
    try:
        migrate(conn, str(path), [good])
        with pytest.raises(sqlite3.OperationalError):
            migrate(conn, str(path), [good, bad])
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        assert names == {"t"}  # table u went with the failed step
    finally:
        conn.close()


# ----------------------------------------------------------------------------- not a store


def _one_line(error: SummarizerError, path: Path, needle: str) -> None:
    text = str(error)
    assert "\n" not in text
    assert text.startswith(f"{path}: ")
    assert needle in text


def test_a_file_that_is_not_a_database(path: Path) -> None:
    path.write_bytes(b"these are not the bytes you are looking for\n" * 200)
    with pytest.raises(StoreError) as caught:
        Store.open(path)
    _one_line(caught.value, path, "file is not a database")


def test_a_truncated_store(path: Path) -> None:
    with Store.open(path) as store:
        for n in range(30):
            store.put_article(_article(f"{TEXT} {n}" * 20))
    data = path.read_bytes()
    path.write_bytes(data[:100])  # the header survives; the pages it points to do not
    with pytest.raises(StoreError) as caught, Store.open(path) as store:
        store.articles_between(date(1900, 1, 1), date(2999, 1, 1))
    assert "\n" not in str(caught.value) and str(caught.value).startswith(f"{path}: ")


def test_a_foreign_sqlite_database(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(StoreError) as caught:
        Store.open(path)
    _one_line(caught.value, path, "not a summarizer store")
    # Refused before anything was changed: not converted, not even switched to WAL (which
    # rewrites the header and leaves -wal and -shm files beside it).
    assert path.read_bytes() == before
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]
    conn = sqlite3.connect(path)
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    conn.close()
    assert names == {"moz_places"}


def test_a_foreign_database_with_a_version_but_no_tables(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 3")
    conn.close()
    with pytest.raises(StoreError, match="not a summarizer store"):
        Store.open(path)


def test_a_store_from_a_newer_summarizer(path: Path) -> None:
    with Store.open(path):
        pass
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 7")
    conn.close()
    with pytest.raises(StoreError) as caught:
        Store.open(path)
    _one_line(
        caught.value,
        path,
        f"store was written by a newer summarizer (schema 7, this one knows "
        f"{STORE_SCHEMA_VERSION})",
    )


def test_a_directory(tmp_path: Path) -> None:
    with pytest.raises(StoreError) as caught:
        Store.open(tmp_path)
    _one_line(caught.value, tmp_path, "is a directory")


def test_a_closed_store_says_so(path: Path) -> None:
    store = Store.open(path)
    store.close()
    store.close()  # twice is fine
    with pytest.raises(StoreError, match="the store is closed"):
        store.put_article(_article())


# ----------------------------------------------------------------------------- articles


def test_one_article_seen_at_two_places_is_one_article(store: Store) -> None:
    first = datetime(2025, 6, 2, 8, 0, tzinfo=timezone.utc)
    store.put_article(_article(path="mackerel.txt"), read_at=first)
    store.put_article(
        _article(url="https://example.com/a", title="Mackerel deal", published=date(2025, 6, 1)),
        read_at=first + timedelta(days=2),
    )
    store.put_article(_article(path="mackerel.txt"), read_at=first + timedelta(days=3))

    stored = store.get_article(_article().id)
    assert stored is not None
    assert stored.text == TEXT
    assert stored.paths == ("mackerel.txt",)
    assert stored.urls == ("https://example.com/a",)
    # Metadata the first sighting lacked is filled in; the first read time stays.
    assert stored.source.title == "Mackerel deal"
    assert stored.published == date(2025, 6, 1)
    assert stored.read_at == first
    assert stored.article().id == stored.id
    assert store.get_article("0" * 64) is None


def test_articles_between_dates_by_published_else_read(store: Store) -> None:
    read = datetime(2025, 6, 10, 12, 0, tzinfo=timezone.utc)
    published = _article("Published on the 2nd.", published=date(2025, 6, 2))
    undated = _article("No date given.", url="https://example.com/undated")
    old = _article("Published long before.", published=date(2024, 1, 1))
    for article in (published, undated, old):
        store.put_article(article, read_at=read)

    week = store.articles_between(date(2025, 6, 1), date(2025, 6, 7))
    assert [(a.id, a.dated_by, a.day) for a in week] == [
        (published.id, "published", date(2025, 6, 2))
    ]
    read_on = read.astimezone().date()  # the reader's local date
    later = store.articles_between(read_on, read_on)
    assert [(a.id, a.dated_by, a.day) for a in later] == [(undated.id, "read", read_on)]
    assert later[0].urls == ("https://example.com/undated",)
    every = store.articles_between(date(2000, 1, 1), date(2100, 1, 1))
    assert [a.id for a in every] == [old.id, published.id, undated.id]  # oldest first
    assert store.articles_between(date(2025, 6, 8), date(2025, 6, 1)) == []


# ----------------------------------------------------------------------------- briefings


def test_a_briefing_comes_back_equal(store: Store) -> None:
    article = _article(path="mackerel.txt")
    briefing = brief_article(article, OfflineEngine())
    assert briefing.actors  # a real one, with evidence offsets
    store.put_article(article)
    store.put_briefing(briefing)
    assert store.get_briefing(article.id, engine="offline") == briefing
    assert store.lookup(key_for(briefing)) == briefing


def test_the_article_text_is_stored_once(store: Store, path: Path) -> None:
    article = _article()
    store.put_briefing(_briefing(article))
    conn = sqlite3.connect(path)
    payload = conn.execute("SELECT briefing FROM briefings").fetchone()[0]
    conn.close()
    assert TEXT[:60] not in payload


def test_put_briefing_stores_its_article(store: Store) -> None:
    article = _article(url="https://example.com/x", published=date(2025, 6, 2))
    store.put_briefing(_briefing(article))
    stored = store.get_article(article.id)
    assert stored is not None
    assert stored.text == TEXT and stored.urls == ("https://example.com/x",)
    assert stored.published == date(2025, 6, 2)


def test_briefings_are_keyed_by_engine_model_prompts_and_schema(store: Store) -> None:
    article = _article()
    offline = _briefing(article)
    llm = _briefing(article, engine="llm", model="m1", prompt_version="p1")
    store.put_briefing(offline)
    store.put_briefing(llm)

    get = store.get_briefing
    assert get(article.id, engine="offline") == offline
    assert get(article.id, engine="llm", model="m1", prompt_version="p1") == llm
    for miss in (
        {"engine": "llm", "model": "m2", "prompt_version": "p1"},
        {"engine": "llm", "model": "m1", "prompt_version": "p2"},
        {"engine": "llm", "model": "m1", "prompt_version": "p1", "schema_version": "0"},
        {"engine": "offline", "model": "m1"},
    ):
        assert get(article.id, **miss) is None, miss  # type: ignore[arg-type]
    assert get("f" * 64, engine="offline") is None


def test_put_briefing_replaces_the_one_under_the_same_key(store: Store, path: Path) -> None:
    article = _article()
    store.put_briefing(_briefing(article))
    newer = _briefing(article, created_at=datetime(2025, 6, 4, tzinfo=timezone.utc))
    store.put_briefing(newer)  # offline: model and prompt version are None, still one key
    assert store.get_briefing(article.id, engine="offline") == newer
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT count(*) FROM briefings").fetchone()[0] == 1
    conn.close()


def test_an_llm_briefing_is_found_by_the_key_known_before_the_call(store: Store) -> None:
    engine = LLMEngine(LLMSettings(api_key="sk-test", model="gpt-4.1-mini"))
    article = _article()
    key = BriefingKey.of(engine.identity, article.id)
    assert key == BriefingKey(
        article.id, "llm", "gpt-4.1-mini", load_prompts().version, SCHEMA_VERSION
    )
    assert store.lookup(key) is None
    # The provenance names the model that answered, a dated snapshot of the one asked for.
    briefing = _briefing(
        article,
        engine="llm",
        model="gpt-4.1-mini-2025-04-14",
        prompt_version=load_prompts().version,
    )
    store.put_briefing(briefing, key=key)
    assert store.lookup(key) == briefing
    offline = BriefingKey.of(OfflineEngine().identity, article.id)
    assert offline == BriefingKey(article.id, "offline", None, None, SCHEMA_VERSION)


def test_a_key_for_another_article_is_refused(store: Store) -> None:
    briefing = _briefing(_article())
    with pytest.raises(ValueError, match="key for article"):
        store.put_briefing(briefing, key=BriefingKey("0" * 64, "offline"))


def test_briefings_for_many_articles(store: Store) -> None:
    articles = [_article(f"Article number {n}.") for n in range(5)]
    for article in articles[:3]:
        store.put_briefing(_briefing(article))
    store.put_article(articles[3])  # stored, never briefed
    # More ids than one statement may carry: the store asks in chunks.
    unknown = [f"{n:064x}" for n in range(1200)]
    ids = [*unknown[:600], *(a.id for a in articles), *unknown[600:], articles[0].id]
    found = store.briefings_for(ids, engine="offline")
    assert set(found) == {a.id for a in articles[:3]}
    assert all(found[a.id].provenance.article_id == a.id for a in articles[:3])
    assert store.briefings_for(ids, engine="llm", model="m") == {}


def test_a_briefing_that_no_longer_validates_is_a_miss(store: Store, path: Path) -> None:
    article = _article()
    store.put_briefing(_briefing(article))
    conn = sqlite3.connect(path)
    conn.execute('UPDATE briefings SET briefing = \'{"headline": ""}\'')
    conn.commit()
    conn.close()
    assert store.get_briefing(article.id, engine="offline") is None


def test_one_store_shared_by_threads(store: Store) -> None:
    from concurrent.futures import ThreadPoolExecutor

    from summarizer._engines.llm._engine import CallRecord

    def work(n: int) -> None:
        article = _article(f"Article {n} written by a thread.")
        store.put_briefing(_briefing(article))
        store.log_call(
            CallRecord(
                started_at=datetime.now(timezone.utc),
                model="m",
                endpoint="http://127.0.0.1:1/v1",
                article_id=article.id,
                attempt=1,
                tokens_in=n,
                tokens_out=n,
                latency_ms=1,
                outcome="ok",
                request_body="{}",
                response_body="{}",
            )
        )

    with ThreadPoolExecutor(max_workers=8) as pool:
        list(pool.map(work, range(200)))
    assert store.call_totals()["m"].calls == 200
    assert len(store.articles_between(date(1900, 1, 1), date(2999, 1, 1))) == 200
