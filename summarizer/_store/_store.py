"""The local store: articles, their briefings and a log of every model call, in one SQLite file.

Why it is built the way it is:

* **One file, several processes.** WAL mode lets readers go on while one process writes, and
  ``busy_timeout`` makes a writer wait for the lock instead of failing with "database is
  locked". Every write starts with ``BEGIN IMMEDIATE``, taking the write lock before reading
  anything: a deferred transaction that reads and then writes can deadlock with another one
  doing the same, and SQLite then fails at once, without waiting out the timeout.
* **A killed run leaves no half-written row.** Each public write is one transaction (an
  article, its locations and its briefing go in together), so after a crash a briefing is there
  whole or not at all. ``synchronous=NORMAL`` keeps this against a killed process; only a power
  cut may lose the last commits, never the file's integrity.
* **Never pays twice.** Briefings are keyed by what determines them: the article (sha256 of
  its cleaned text), the engine, the model, the prompt version and the schema version. A caller
  knows all five before calling the engine (its identity: :meth:`BriefingKey.of`), so it can
  look first.
* **The digest's LLM synthesis is kept too** (:meth:`Store.put_synthesis`), keyed the same
  way by what decides it (:class:`SynthesisKey`): a rerun, or the same digest rendered in
  another format, asks the model nothing.
* **The file is private, and the user's.** It is created 0600 (article text and request bodies
  are in it); SQLite gives its ``-wal`` and ``-shm`` files the same permissions.
  :meth:`Store.list_articles` says what it holds; :meth:`Store.forget` removes articles with
  everything that hangs off them, and overwrites what it removed in the file.
* **Errors are one line.** Anything SQLite raises becomes :class:`StoreError` naming the file.

One :class:`Store` may be shared by threads (an engine may report calls from a worker thread):
a lock serialises the use of its one connection.
"""

from __future__ import annotations

import json
import logging
import os
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from pathlib import Path
from types import TracebackType
from typing import Literal, TypeVar

from pydantic import ValidationError

from summarizer._briefing._article import Article
from summarizer._briefing._models import SCHEMA_VERSION, Briefing, Relevance, Source
from summarizer._engines._protocol import EngineIdentity, EngineName, Usage
from summarizer._engines.llm._call_log import CallRecord
from summarizer._errors import InputError, InputNotFound, StoreError
from summarizer._store._migrations import check_schema, migrate

__all__ = [
    "BUSY_TIMEOUT_MS",
    "MIN_ID_PREFIX",
    "STORE_ENV",
    "ArticleEntry",
    "BatchItem",
    "BatchRecord",
    "BriefingEntry",
    "BriefingKey",
    "CallTotals",
    "Forgotten",
    "Store",
    "StoredArticle",
    "SynthesisKey",
    "default_store_path",
    "key_for",
]

log = logging.getLogger(__name__)

_Item = TypeVar("_Item", str, int)

STORE_ENV = "SUMMARIZER_STORE"
STORE_FILE = "store.sqlite3"
# Long enough to outwait any single write of another process (each is one short transaction),
# short enough that a store held by a stuck process is reported rather than hanging forever.
BUSY_TIMEOUT_MS = 30_000
# SQLite builds before 3.32 allow 999 parameters per statement.
_CHUNK = 500
# The fewest characters of an article id that forget() takes for the id (store list shows 12).
MIN_ID_PREFIX = 6
_HEX = frozenset("0123456789abcdef")


def default_store_path(environ: Mapping[str, str] | None = None) -> Path:
    """Where the store lives: ``$SUMMARIZER_STORE``, else ``store.sqlite3`` in the user's
    data directory (``~/.local/share/summarizer`` on Linux, per ``platformdirs``)."""
    env = os.environ if environ is None else environ
    value = env.get(STORE_ENV, "").strip()
    if value:
        return Path(value).expanduser()
    import platformdirs

    # appauthor=False: on Windows the default would nest summarizer\summarizer.
    return Path(platformdirs.user_data_dir("summarizer", appauthor=False)) / STORE_FILE


# --------------------------------------------------------------------------- keys


@dataclass(frozen=True, slots=True)
class BriefingKey:
    """What a stored briefing is looked up by: everything that decides what the engine writes.

    ``model`` and ``prompt_version`` are None for the offline engine.
    """

    article_id: str
    engine: EngineName
    model: str | None = None
    prompt_version: str | None = None
    schema_version: str = SCHEMA_VERSION

    @classmethod
    def of(cls, identity: EngineIdentity, article_id: str) -> BriefingKey:
        """The key of the briefing an engine of ``identity`` writes for the article, known
        before calling it (the engine says what decides its briefings; the store asks nothing
        else of it)."""
        return cls(
            article_id,
            identity.engine,
            identity.model,
            identity.prompt_version,
            identity.schema_version,
        )


def key_for(briefing: Briefing) -> BriefingKey:
    """The key a briefing's own provenance gives.

    For the LLM engine ``provenance.model`` is the model that *answered*, which may be a dated
    snapshot of the one asked for ("gpt-4.1-mini-2025-04-14" for "gpt-4.1-mini"): a caller
    looking up before the call only knows the latter, so store with :meth:`BriefingKey.of`.
    """
    p = briefing.provenance
    return BriefingKey(p.article_id, p.engine, p.model, p.prompt_version, p.schema_version)


@dataclass(frozen=True, slots=True)
class SynthesisKey:
    """What a stored LLM synthesis of a digest is looked up by: everything that decides what
    the model writes, known before asking it.

    ``inputs`` is the sha256 of what the request carries about the digest (the digest layer
    computes it: :func:`summarizer._digest._kept.synthesis_key`); ``model`` the model asked
    for; ``prompt_version`` the hash of ``prompts/digest/``; ``schema_version`` the digest
    schema's version.
    """

    inputs: str
    model: str
    prompt_version: str
    schema_version: str


# --------------------------------------------------------------------------- records


@dataclass(frozen=True, slots=True)
class StoredArticle:
    """An article as stored, with every place it was seen and the date it counts under."""

    id: str
    text: str
    source: Source  # metadata; url and path are the first seen of each
    read_at: datetime  # when it was first read or fetched (UTC)
    day: date  # the published date, or the local date it was read when that is unknown
    dated_by: Literal["published", "read"]
    urls: tuple[str, ...] = ()
    paths: tuple[str, ...] = ()

    @property
    def published(self) -> date | None:
        return self.source.published

    def article(self) -> Article:
        """The article again, as the pipeline takes it."""
        return Article(text=self.text, source=self.source)


@dataclass(frozen=True, slots=True)
class CallTotals:
    """Calls and tokens over part of the call log. ``failed``: outcomes other than "ok";
    ``tokens_cached`` the part of ``tokens_in`` served from the prompt cache; ``batch`` the
    tokens in, cached and out answered by the provider's batch service (a part of the totals).
    """

    calls: int = 0
    tokens_in: int = 0
    tokens_out: int = 0
    failed: int = 0
    tokens_cached: int = 0
    batch: tuple[int, int, int] = (0, 0, 0)

    def __add__(self, other: CallTotals) -> CallTotals:
        return CallTotals(
            self.calls + other.calls,
            self.tokens_in + other.tokens_in,
            self.tokens_out + other.tokens_out,
            self.failed + other.failed,
            self.tokens_cached + other.tokens_cached,
            (
                self.batch[0] + other.batch[0],
                self.batch[1] + other.batch[1],
                self.batch[2] + other.batch[2],
            ),
        )

    @property
    def usage(self) -> Usage:
        """The tokens as the price table prices them."""
        return Usage(self.tokens_in, self.tokens_out, self.calls, self.tokens_cached, self.batch)


@dataclass(frozen=True, slots=True)
class BatchRecord:
    """A batch submitted to the provider, as the store keeps it (see :meth:`Store.put_batch`).

    ``status`` is the provider's last word on it; ``settled`` says its results were read and
    what validated stored: nothing more is to be fetched from it."""

    id: str
    endpoint: str
    model: str
    status: str
    input_file_id: str
    requests: int
    created_at: datetime
    output_file_id: str | None = None
    error_file_id: str | None = None
    settled: bool = False


@dataclass(frozen=True, slots=True)
class BatchItem:
    """One request line of a stored batch: its ``custom_id`` (the briefing's store key), its
    article, and how it ended: ``pending``, ``stored`` or ``failed`` (``reason`` says why)."""

    custom_id: str
    article_id: str
    state: Literal["pending", "stored", "failed"] = "pending"
    reason: str | None = None


@dataclass(frozen=True, slots=True)
class BriefingEntry:
    """One stored briefing of an article, as :meth:`Store.list_articles` lists it."""

    engine: EngineName
    model: str | None
    prompt_version: str | None
    schema_version: str
    created_at: datetime
    headline: str | None
    relevance: Relevance | None


@dataclass(frozen=True, slots=True)
class ArticleEntry:
    """One stored article, as :meth:`Store.list_articles` lists it: what it is, where it was
    read, the date it counts under, and its briefings (newest first)."""

    id: str
    title: str | None
    site: str | None
    published: date | None
    read_at: datetime  # first read or fetched (UTC)
    day: date  # the published date, or the local date it was read when that is unknown
    dated_by: Literal["published", "read"]
    urls: tuple[str, ...] = ()
    paths: tuple[str, ...] = ()
    briefings: tuple[BriefingEntry, ...] = ()

    @property
    def week(self) -> str:
        """The ISO week the article counts under, as ``--week`` takes it: ``2026-W47``."""
        year, week, _ = self.day.isocalendar()
        return f"{year}-W{week:02d}"

    @property
    def location(self) -> str | None:
        """Where it was first read from: a URL when it has one, else a path."""
        return (self.urls or self.paths or (None,))[0]

    @property
    def headline(self) -> str | None:
        """The newest briefing's headline."""
        return next((b.headline for b in self.briefings if b.headline), None)

    @property
    def relevance(self) -> Relevance | None:
        """The relevance the newest briefing that judged it gave, None when none did."""
        return next((b.relevance for b in self.briefings if b.relevance), None)


@dataclass(frozen=True, slots=True)
class Forgotten:
    """What :meth:`Store.forget` removed (or, with ``dry_run``, would remove).

    ``articles`` are the articles matched; ``briefings`` and ``syntheses`` went with them;
    ``calls`` counts the call-log entries removed, 0 unless asked for.
    """

    articles: tuple[ArticleEntry, ...]
    briefings: int
    syntheses: int
    calls: int
    dry_run: bool = False


# --------------------------------------------------------------------------- the store


@dataclass
class _Locations:
    urls: list[str] = field(default_factory=list)
    paths: list[str] = field(default_factory=list)


class Store:
    """The local store. ``Store.open(path)`` (or ``Store(path)``) opens or creates it,
    migrating an older schema; use it as a context manager, or call :meth:`close`.

    Every method raises :class:`StoreError` (one line, naming the file) when SQLite fails.
    """

    def __init__(self, path: str | os.PathLike[str] | None = None) -> None:
        self.path = Path(path).expanduser() if path is not None else default_store_path()
        self._label = str(self.path)
        self._lock = threading.RLock()
        self._conn: sqlite3.Connection | None = _connect(self.path)

    @classmethod
    def open(cls, path: str | os.PathLike[str] | None = None) -> Store:
        """Open the store at ``path`` (default: :func:`default_store_path`), creating it."""
        return cls(path)

    def close(self) -> None:
        """Close the connection; later calls raise :class:`StoreError`. Closing twice is fine."""
        with self._lock:
            conn, self._conn = self._conn, None
        if conn is not None:
            conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        state = "" if self._conn is not None else ", closed"
        return f"Store({self._label!r}{state})"

    # ------------------------------------------------------------------ articles

    def put_article(self, article: Article, *, read_at: datetime | None = None) -> None:
        """Store ``article`` (by id) and the URL or path it was read from.

        Seen again, from the same place or another, it stays one article: the place is added,
        metadata it lacked is filled in, and ``read_at`` (default: now) stays the first one.
        """
        seen = read_at or datetime.now(timezone.utc)
        with self._write() as conn:
            _upsert_article(conn, article.id, article.text, article.source, seen)

    def get_article(self, article_id: str) -> StoredArticle | None:
        with self._read() as conn:
            rows = conn.execute(_ARTICLE_SELECT + " WHERE id = ?", (article_id,)).fetchall()
            places = _locations(conn, [article_id])
        return _article(rows[0], places) if rows else None

    def articles_between(self, start: date, end: date) -> list[StoredArticle]:
        """Articles dated from ``start`` to ``end``, both included, oldest first.

        An article is dated by its published date, or by the local date it was first read when
        the source gives none; ``dated_by`` on each says which.
        """
        where = " WHERE COALESCE(published, read_on) BETWEEN ? AND ?"
        order = " ORDER BY COALESCE(published, read_on), read_at, id"
        with self._read() as conn:
            rows = conn.execute(
                _ARTICLE_SELECT + where + order, (start.isoformat(), end.isoformat())
            ).fetchall()
            places = _locations(conn, [row[0] for row in rows])
        return [_article(row, places) for row in rows]

    # ------------------------------------------------------------------ briefings

    def put_briefing(self, briefing: Briefing, *, key: BriefingKey | None = None) -> None:
        """Store ``briefing`` under ``key`` (default :func:`key_for`), replacing any there.

        Its article is stored too when it is not yet (from ``article_text`` and ``source``),
        in the same transaction: a briefing is never stored without its article.
        """
        key = key if key is not None else key_for(briefing)
        if key.article_id != briefing.provenance.article_id:
            raise ValueError(
                f"key for article {key.article_id[:12]} given with a briefing of "
                f"{briefing.provenance.article_id[:12]}"
            )
        payload = briefing.model_dump_json(exclude={"article_text"})
        created = _utc_text(briefing.provenance.created_at)
        with self._write() as conn:
            _upsert_article(
                conn,
                key.article_id,
                briefing.article_text,
                briefing.source,
                datetime.now(timezone.utc),
            )
            conn.execute(
                """
                INSERT INTO briefings (article_id, engine, model, prompt_version,
                                       schema_version, created_at, briefing)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (article_id, engine, model, prompt_version, schema_version)
                DO UPDATE SET created_at = excluded.created_at, briefing = excluded.briefing
                """,
                (*_key_columns(key), created, payload),
            )

    def get_briefing(
        self,
        article_id: str,
        *,
        engine: EngineName,
        model: str | None = None,
        prompt_version: str | None = None,
        schema_version: str = SCHEMA_VERSION,
    ) -> Briefing | None:
        """The briefing stored under this key, or None."""
        key = BriefingKey(article_id, engine, model, prompt_version, schema_version)
        return self.lookup(key)

    def lookup(self, key: BriefingKey) -> Briefing | None:
        """The briefing stored under ``key``, or None (see :meth:`BriefingKey.of`)."""
        found = self._briefings([key.article_id], key)
        return found.get(key.article_id)

    def briefings_for(
        self,
        article_ids: Iterable[str],
        *,
        engine: EngineName,
        model: str | None = None,
        prompt_version: str | None = None,
        schema_version: str = SCHEMA_VERSION,
    ) -> dict[str, Briefing]:
        """The stored briefings of these articles under one engine setting, by article id.

        Articles without one are simply absent from the result.
        """
        key = BriefingKey("", engine, model, prompt_version, schema_version)
        return self._briefings(list(dict.fromkeys(article_ids)), key)

    def _briefings(self, article_ids: Sequence[str], key: BriefingKey) -> dict[str, Briefing]:
        rows: list[tuple[str, str, str]] = []
        with self._read() as conn:
            for chunk in _chunks(article_ids):
                marks = ", ".join("?" * len(chunk))
                rows += conn.execute(
                    f"""
                    SELECT b.article_id, b.briefing, a.text
                    FROM briefings b JOIN articles a ON a.id = b.article_id
                    WHERE b.article_id IN ({marks}) AND b.engine = ? AND b.model = ?
                      AND b.prompt_version = ? AND b.schema_version = ?
                    """,
                    (*chunk, *_key_columns(key)[1:]),
                ).fetchall()
        found: dict[str, Briefing] = {}
        for article_id, payload, text in rows:
            briefing = _load_briefing(payload, text)
            if briefing is not None:
                found[article_id] = briefing
            else:
                # Unreadable (a bug let it in, or it was edited): a miss, so the caller briefs
                # again and the upsert replaces it.
                log.warning("stored briefing of %s does not validate; ignoring it", article_id)
        return found

    # ------------------------------------------------------------------ syntheses

    def put_synthesis(self, key: SynthesisKey, synthesis: str, *, articles: Iterable[str]) -> None:
        """Keep a digest's LLM synthesis (``synthesis``: JSON text, as the digest layer writes
        it) under ``key``, replacing any there, with the ids of the ``articles`` it was written
        from: forgetting any of them forgets it."""
        ids = list(dict.fromkeys(articles))
        columns = (key.inputs, key.model, key.prompt_version, key.schema_version)
        with self._write() as conn:
            conn.execute(
                """
                INSERT INTO syntheses (inputs, model, prompt_version, schema_version, created_at,
                                       synthesis)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (inputs, model, prompt_version, schema_version)
                DO UPDATE SET created_at = excluded.created_at, synthesis = excluded.synthesis
                """,
                (*columns, _utc_text(datetime.now(timezone.utc)), synthesis),
            )
            (synthesis_id,) = conn.execute(_SYNTHESIS_ID, columns).fetchone()
            conn.execute("DELETE FROM synthesis_articles WHERE synthesis_id = ?", (synthesis_id,))
            conn.executemany(
                "INSERT INTO synthesis_articles (synthesis_id, article_id) VALUES (?, ?)",
                [(synthesis_id, article_id) for article_id in ids],
            )

    def get_synthesis(self, key: SynthesisKey) -> str | None:
        """The synthesis kept under ``key`` (the JSON text given to :meth:`put_synthesis`), or
        None."""
        with self._read() as conn:
            row = conn.execute(
                """
                SELECT synthesis FROM syntheses
                WHERE inputs = ? AND model = ? AND prompt_version = ? AND schema_version = ?
                """,
                (key.inputs, key.model, key.prompt_version, key.schema_version),
            ).fetchone()
        return None if row is None else str(row[0])

    # ------------------------------------------------------------------ what it holds

    def list_articles(
        self, *, start: date | None = None, end: date | None = None
    ) -> list[ArticleEntry]:
        """The stored articles dated from ``start`` to ``end`` (both included; None leaves that
        end open), oldest first, each with where it was read and its briefings, newest first.

        Dated as :meth:`articles_between` dates them: published, else the day first read.
        """
        clauses: list[str] = []
        params: list[str] = []
        if start is not None:
            clauses.append(f"{_DAY} >= ?")
            params.append(start.isoformat())
        if end is not None:
            clauses.append(f"{_DAY} <= ?")
            params.append(end.isoformat())
        where = f" WHERE {' AND '.join(clauses)}" if clauses else ""
        with self._read() as conn:
            rows = conn.execute(_ENTRY_SELECT + where + _ENTRY_ORDER, params).fetchall()
            return _entries(conn, rows)

    def forget(
        self,
        targets: Iterable[str] = (),
        *,
        before: date | None = None,
        calls: bool = False,
        dry_run: bool = False,
    ) -> Forgotten:
        """Remove articles and everything that hangs off them: the places they were read from,
        their briefings and the syntheses written from them. Returns what was removed; with
        ``dry_run``, what would be, removing nothing.

        ``targets`` are article ids (whole, or their first :data:`MIN_ID_PREFIX` characters or
        more), URLs and paths the articles were read from (a folder: every file under it);
        ``before`` adds every article dated before that day (published, else first read).

        The call log is a record of money spent and stays, unless ``calls``: then the calls
        about the forgotten articles go too, and with ``before`` every call made before that
        day (the digest's synthesis calls are about no one article).

        What was removed is overwritten in the file, not only unlinked (``secure_delete``),
        and the write-ahead log is checkpointed when no other process is reading.

        Raises :class:`~summarizer._errors.InputError` when nothing is given to match (forget
        never empties the store by default) or an id prefix fits several articles, and
        :class:`~summarizer._errors.InputNotFound` for a target that matches no article; then
        nothing is removed.
        """
        wanted = [t.strip() for t in targets if t.strip()]
        if not wanted and before is None:
            raise InputError(
                "nothing to forget: name articles (id, URL or path) or a date to forget before"
            )
        cutoff = before.isoformat() if before is not None else None
        if dry_run:
            with self._read() as conn:
                return _forget(conn, wanted, cutoff, before, calls=calls, delete=False)
        with self._write() as conn:
            conn.execute("PRAGMA secure_delete = ON")
            try:
                forgotten = _forget(conn, wanted, cutoff, before, calls=calls, delete=True)
            finally:
                conn.execute("PRAGMA secure_delete = OFF")
        with self._lock, _errors(self._label):
            # The old pages may still be in the WAL: copy the log into the file and empty it.
            # A reader elsewhere keeps it from finishing (it reports busy, never fails); the
            # next checkpoint will do it.
            self._connection().execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        return forgotten

    # ------------------------------------------------------------------ call log

    def log_call(self, record: CallRecord) -> None:
        """Append one model call to the log (``ModelClient(on_call=store.log_call)``)."""
        with self._write() as conn:
            conn.execute(
                """
                INSERT INTO calls (started_at, model, endpoint, article_id, attempt, tokens_in,
                                   tokens_out, latency_ms, outcome, request, response,
                                   tokens_cached, batch_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
                (
                    _utc_text(record.started_at),
                    record.model,
                    record.endpoint,
                    record.article_id,
                    record.attempt,
                    record.tokens_in,
                    record.tokens_out,
                    record.latency_ms,
                    record.outcome,
                    record.request_body,
                    record.response_body,
                    record.tokens_cached,
                    record.batch_id,
                ),
            )

    def recent_calls(self, limit: int = 20) -> list[CallRecord]:
        """The last ``limit`` calls logged, oldest first."""
        with self._read() as conn:
            rows = conn.execute(
                """
                SELECT started_at, model, endpoint, article_id, attempt, tokens_in, tokens_out,
                       latency_ms, outcome, request, response, tokens_cached, batch_id
                FROM calls ORDER BY started_at DESC, id DESC LIMIT ?
                """,
                (max(limit, 0),),
            ).fetchall()
        return [
            CallRecord(
                started_at=datetime.fromisoformat(row[0]),
                model=row[1],
                endpoint=row[2],
                article_id=row[3],
                attempt=row[4],
                tokens_in=row[5],
                tokens_out=row[6],
                latency_ms=row[7],
                outcome=row[8],
                request_body=row[9],
                response_body=row[10],
                tokens_cached=row[11],
                batch_id=row[12],
            )
            for row in reversed(rows)
        ]

    def call_totals(self) -> dict[str, CallTotals]:
        """Calls and tokens over the whole log, per model asked for. The grand total is
        ``sum(totals.values(), CallTotals())``."""
        with self._read() as conn:
            rows = conn.execute(
                """
                SELECT model, batch_id IS NOT NULL, count(*), COALESCE(sum(tokens_in), 0),
                       COALESCE(sum(tokens_out), 0), sum(outcome != 'ok'),
                       COALESCE(sum(tokens_cached), 0)
                FROM calls GROUP BY model, batch_id IS NOT NULL ORDER BY model
                """
            ).fetchall()
        totals: dict[str, CallTotals] = {}
        for model, batched, calls, tokens_in, tokens_out, failed, cached in rows:
            part = CallTotals(
                calls,
                tokens_in,
                tokens_out,
                failed,
                cached,
                (tokens_in, cached, tokens_out) if batched else (0, 0, 0),
            )
            totals[model] = totals.get(model, CallTotals()) + part
        return totals

    # ------------------------------------------------------------------ batches

    def put_batch(self, batch: BatchRecord, items: Iterable[BatchItem]) -> None:
        """Keep a batch just submitted, with its request lines, so that a later run finds it
        (:meth:`open_batches`) whatever becomes of this one."""
        now = _utc_text(datetime.now(timezone.utc))
        with self._write() as conn:
            conn.execute(
                """
                INSERT INTO batches (id, endpoint, model, status, input_file_id, output_file_id,
                                     error_file_id, requests, created_at, updated_at, settled)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (id) DO NOTHING
                """,
                (
                    batch.id,
                    batch.endpoint,
                    batch.model,
                    batch.status,
                    batch.input_file_id,
                    batch.output_file_id,
                    batch.error_file_id,
                    batch.requests,
                    _utc_text(batch.created_at),
                    now,
                    int(batch.settled),
                ),
            )
            conn.executemany(
                """
                INSERT INTO batch_items (batch_id, custom_id, article_id, state, reason)
                VALUES (?, ?, ?, ?, ?) ON CONFLICT (batch_id, custom_id) DO NOTHING
                """,
                [(batch.id, i.custom_id, i.article_id, i.state, i.reason) for i in items],
            )

    def update_batch(
        self,
        batch_id: str,
        *,
        status: str,
        output_file_id: str | None = None,
        error_file_id: str | None = None,
        settled: bool = False,
        items: Mapping[str, tuple[str, str | None]] | None = None,
    ) -> None:
        """Record the provider's ``status`` of a kept batch (and its files), how some of its
        lines ended (``items``: custom_id to state and reason), and whether it is ``settled``;
        in one transaction."""
        with self._write() as conn:
            conn.execute(
                """
                UPDATE batches SET status = ?, output_file_id = COALESCE(?, output_file_id),
                    error_file_id = COALESCE(?, error_file_id), updated_at = ?, settled = ?
                WHERE id = ?
                """,
                (
                    status,
                    output_file_id,
                    error_file_id,
                    _utc_text(datetime.now(timezone.utc)),
                    int(settled),
                    batch_id,
                ),
            )
            conn.executemany(
                "UPDATE batch_items SET state = ?, reason = ? WHERE batch_id = ? AND custom_id = ?",
                [(state, why, batch_id, cid) for cid, (state, why) in (items or {}).items()],
            )

    def adopt_batch(self, provisional: str, batch_id: str, *, status: str) -> None:
        """Give the batch kept as ``provisional`` (its file uploaded, the batch not known to be
        created) the provider's id ``batch_id``, its lines with it; one transaction."""
        now = _utc_text(datetime.now(timezone.utc))
        with self._write() as conn:
            conn.execute(
                """
                INSERT INTO batches (id, endpoint, model, status, input_file_id, output_file_id,
                                     error_file_id, requests, created_at, updated_at, settled)
                SELECT ?, endpoint, model, ?, input_file_id, output_file_id, error_file_id,
                       requests, created_at, ?, settled
                FROM batches WHERE id = ?
                """,
                (batch_id, status, now, provisional),
            )
            conn.execute(
                "UPDATE batch_items SET batch_id = ? WHERE batch_id = ?", (batch_id, provisional)
            )
            conn.execute("DELETE FROM batches WHERE id = ?", (provisional,))

    def batches(self, *, settled: bool | None = False) -> list[BatchRecord]:
        """The kept batches, oldest first: those not settled yet (default), the settled ones,
        or all (``settled=None``)."""
        where = "" if settled is None else f" WHERE settled = {int(settled)}"
        with self._read() as conn:
            rows = conn.execute(
                "SELECT id, endpoint, model, status, input_file_id, requests, created_at, "
                f"output_file_id, error_file_id, settled FROM batches{where} "
                "ORDER BY created_at, id"
            ).fetchall()
        return [
            BatchRecord(
                id=row[0],
                endpoint=row[1],
                model=row[2],
                status=row[3],
                input_file_id=row[4],
                requests=row[5],
                created_at=datetime.fromisoformat(row[6]),
                output_file_id=row[7],
                error_file_id=row[8],
                settled=bool(row[9]),
            )
            for row in rows
        ]

    def batch_items(self, batch_id: str) -> list[BatchItem]:
        """The request lines of a kept batch, in the order they were submitted."""
        with self._read() as conn:
            rows = conn.execute(
                "SELECT custom_id, article_id, state, reason FROM batch_items "
                "WHERE batch_id = ? ORDER BY rowid",
                (batch_id,),
            ).fetchall()
        return [BatchItem(row[0], row[1], row[2], row[3]) for row in rows]

    # ------------------------------------------------------------------ transactions

    def _connection(self) -> sqlite3.Connection:
        if self._conn is None:
            raise StoreError("the store is closed", source=self._label)
        return self._conn

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One write transaction, holding the write lock from its start."""
        with self._lock, _errors(self._label):
            conn = self._connection()
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
            except BaseException:
                # SQLite may already have rolled back by itself (disk full, I/O error).
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")

    @contextmanager
    def _read(self) -> Iterator[sqlite3.Connection]:
        """One read transaction: several SELECTs see the same snapshot."""
        with self._lock, _errors(self._label):
            conn = self._connection()
            conn.execute("BEGIN")
            try:
                yield conn
            finally:
                if conn.in_transaction:
                    conn.execute("COMMIT")


# --------------------------------------------------------------------------- helpers


def _connect(path: Path) -> sqlite3.Connection:
    label = str(path)
    if path.is_dir():
        raise StoreError("is a directory, not a store file", source=label)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(f"cannot create the store's folder: {_reason(exc)}", source=label) from exc
    try:
        # Created here with 0600 before SQLite would create it with the umask (often 0644).
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
        os.close(fd)
    except OSError as exc:
        raise StoreError(f"cannot open the store: {_reason(exc)}", source=label) from exc
    try:
        conn = sqlite3.connect(
            path,
            timeout=BUSY_TIMEOUT_MS / 1000,
            # Autocommit: every transaction is begun and ended explicitly, never implicitly by
            # the sqlite3 module (which would begin deferred ones).
            isolation_level=None,
            # The lock in Store serialises threads; see the module docstring.
            check_same_thread=False,
        )
    except sqlite3.Error as exc:
        raise _store_error(exc, label) from exc
    try:
        with _errors(label):
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            conn.execute("PRAGMA synchronous = NORMAL")
            conn.execute("PRAGMA foreign_keys = ON")
            _when_not_busy(lambda: _set_up(conn, label))
    except BaseException:
        conn.close()
        raise
    return conn


def _set_up(conn: sqlite3.Connection, label: str) -> None:
    # The first statement to read the file ("file is not a database" comes from here), and
    # only reads: a foreign database is refused before anything (the journal mode included)
    # is changed in it. One read transaction, so that its three reads see one state of the
    # file: another process creating the store at the same moment commits all or nothing.
    conn.execute("BEGIN")
    try:
        check_schema(conn, label)
    finally:
        if conn.in_transaction:
            conn.execute("COMMIT")
    if conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
        # Persistent: set once, by whoever creates the store. On a file system without shared
        # memory SQLite keeps its rollback journal; locking is then coarser, but still safe.
        conn.execute("PRAGMA journal_mode = WAL")
    migrate(conn, label)


def _when_not_busy(action: Callable[[], None]) -> None:
    """Run ``action``, again and again while the database is locked, up to the busy timeout.

    Changing the journal mode needs an exclusive lock, and SQLite reports "database is locked"
    at once rather than calling the busy handler: two processes creating the store at the same
    moment would see it. Both steps of the set-up are idempotent, so trying again is safe.
    """
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    pause = 0.005
    while True:
        try:
            action()
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() >= deadline:
                raise
        time.sleep(pause)
        pause = min(pause * 2, 0.1)


@contextmanager
def _errors(label: str) -> Iterator[None]:
    """Turn what SQLite raises into a one-line :class:`StoreError` naming the file."""
    try:
        yield
    except sqlite3.Error as exc:
        raise _store_error(exc, label) from exc


def _store_error(exc: sqlite3.Error, label: str) -> StoreError:
    text = " ".join(str(exc).split())
    lowered = text.lower()
    if "not a database" in lowered or "file is encrypted" in lowered:
        message = "file is not a database (not a summarizer store)"
    elif "locked" in lowered or "busy" in lowered:
        message = (
            f"the store is locked by another process (waited {BUSY_TIMEOUT_MS // 1000} s); "
            "try again when it is done"
        )
    elif "malformed" in lowered or "corrupt" in lowered:
        message = f"the store file is damaged ({text})"
    elif "readonly" in lowered or "read-only" in lowered:
        message = f"the store cannot be written ({text})"
    elif "full" in lowered:
        message = "the disk is full"
    elif "unable to open" in lowered:
        message = f"cannot open the store ({text})"
    else:
        message = f"cannot use the store: {text}"
    return StoreError(message, source=label)


def _reason(exc: OSError) -> str:
    return exc.strerror or str(exc)


def _utc_text(moment: datetime) -> str:
    # Fixed width (always microseconds, always +00:00), so that text order is time order.
    return moment.astimezone(timezone.utc).isoformat(timespec="microseconds")


def _key_columns(key: BriefingKey) -> tuple[str, str, str, str, str]:
    return (
        key.article_id,
        key.engine,
        key.model or "",
        key.prompt_version or "",
        key.schema_version,
    )


def _chunks(items: Sequence[_Item]) -> Iterator[Sequence[_Item]]:
    for start in range(0, len(items), _CHUNK):
        yield items[start : start + _CHUNK]


def _upsert_article(
    conn: sqlite3.Connection, article_id: str, text: str, source: Source, seen: datetime
) -> None:
    seen_text = _utc_text(seen)
    published = source.published.isoformat() if source.published else None
    conn.execute(
        """
        INSERT INTO articles (id, text, title, site, author, language, published, read_at,
                              read_on)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
        ON CONFLICT (id) DO UPDATE SET
            title = COALESCE(title, excluded.title),
            site = COALESCE(site, excluded.site),
            author = COALESCE(author, excluded.author),
            language = COALESCE(language, excluded.language),
            published = COALESCE(published, excluded.published)
        """,
        (
            article_id,
            text,
            source.title,
            source.site,
            source.author,
            source.language,
            published,
            seen_text,
            # The reader's local date: what "read on Monday" means to them.
            seen.astimezone().date().isoformat(),
        ),
    )
    for kind, location in (("url", source.url), ("path", source.path)):
        if location:
            conn.execute(
                """
                INSERT INTO article_locations (article_id, kind, location, first_seen, last_seen)
                VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (article_id, kind, location)
                DO UPDATE SET last_seen = max(last_seen, excluded.last_seen)
                """,
                (article_id, kind, location, seen_text, seen_text),
            )


_ARTICLE_SELECT = """
    SELECT id, text, title, site, author, language, published, read_at, read_on
    FROM articles
"""


def _locations(conn: sqlite3.Connection, article_ids: Sequence[str]) -> dict[str, _Locations]:
    places: dict[str, _Locations] = {}
    for chunk in _chunks(article_ids):
        marks = ", ".join("?" * len(chunk))
        rows = conn.execute(
            f"""
            SELECT article_id, kind, location FROM article_locations
            WHERE article_id IN ({marks}) ORDER BY first_seen, location
            """,
            tuple(chunk),
        ).fetchall()
        for article_id, kind, location in rows:
            seen = places.setdefault(article_id, _Locations())
            (seen.urls if kind == "url" else seen.paths).append(location)
    return places


def _article(row: tuple[str, ...], places: Mapping[str, _Locations]) -> StoredArticle:
    article_id, text, title, site, author, language, published, read_at, read_on = row
    seen = places.get(article_id, _Locations())
    source = Source(
        url=seen.urls[0] if seen.urls else None,
        path=seen.paths[0] if seen.paths else None,
        title=title,
        site=site,
        author=author,
        language=language,
        published=date.fromisoformat(published) if published else None,
    )
    return StoredArticle(
        id=article_id,
        text=text,
        source=source,
        read_at=datetime.fromisoformat(read_at),
        day=source.published or date.fromisoformat(read_on),
        dated_by="published" if source.published else "read",
        urls=tuple(seen.urls),
        paths=tuple(seen.paths),
    )


def _load_briefing(payload: str, text: str) -> Briefing | None:
    try:
        data = json.loads(payload)
        data["article_text"] = text
        return Briefing.model_validate(data)
    except (ValueError, TypeError, ValidationError):
        return None


# --------------------------------------------------------------------------- listing, forgetting

_DAY = "COALESCE(published, read_on)"  # the expression the articles_day index is on
_ENTRY_SELECT = "SELECT id, title, site, published, read_at, read_on FROM articles"
_ENTRY_ORDER = f" ORDER BY {_DAY}, read_at, id"
_SYNTHESIS_ID = """
    SELECT id FROM syntheses
    WHERE inputs = ? AND model = ? AND prompt_version = ? AND schema_version = ?
"""


def _entries(conn: sqlite3.Connection, rows: Sequence[tuple[str, ...]]) -> list[ArticleEntry]:
    """The listing of these article rows (``_ENTRY_SELECT``'s columns), in their order."""
    ids = [row[0] for row in rows]
    places = _locations(conn, ids)
    briefings: dict[str, list[BriefingEntry]] = {}
    for chunk in _chunks(ids):
        marks = ", ".join("?" * len(chunk))
        found = conn.execute(
            f"""
            SELECT article_id, engine, model, prompt_version, schema_version, created_at,
                   briefing
            FROM briefings WHERE article_id IN ({marks})
            ORDER BY created_at DESC, engine, model
            """,
            tuple(chunk),
        ).fetchall()
        for article_id, engine, model, prompt_version, schema, created, payload in found:
            headline, relevance = _headline_and_relevance(payload)
            briefings.setdefault(article_id, []).append(
                BriefingEntry(
                    engine=engine,
                    model=model or None,
                    prompt_version=prompt_version or None,
                    schema_version=schema,
                    created_at=datetime.fromisoformat(created),
                    headline=headline,
                    relevance=relevance,
                )
            )
    entries = []
    for article_id, title, site, published, read_at, read_on in rows:
        seen = places.get(article_id, _Locations())
        day = date.fromisoformat(published) if published else date.fromisoformat(read_on)
        entries.append(
            ArticleEntry(
                id=article_id,
                title=title,
                site=site,
                published=date.fromisoformat(published) if published else None,
                read_at=datetime.fromisoformat(read_at),
                day=day,
                dated_by="published" if published else "read",
                urls=tuple(seen.urls),
                paths=tuple(seen.paths),
                briefings=tuple(briefings.get(article_id, ())),
            )
        )
    return entries


_RELEVANCE: dict[object, Relevance] = {
    "international": "international",
    "domestic": "domestic",
    "off_topic": "off_topic",
}


def _headline_and_relevance(payload: str) -> tuple[str | None, Relevance | None]:
    """A stored briefing's headline and relevance, read without validating the whole of it."""
    try:
        data = json.loads(payload)
    except ValueError:
        return None, None
    if not isinstance(data, dict):
        return None, None
    headline = data.get("headline")
    return (
        headline if isinstance(headline, str) and headline else None,
        _RELEVANCE.get(data.get("relevance")),
    )


def _forget(
    conn: sqlite3.Connection,
    targets: Sequence[str],
    cutoff: str | None,
    before: date | None,
    *,
    calls: bool,
    delete: bool,
) -> Forgotten:
    ids: dict[str, None] = {}
    for target in targets:
        ids.update(dict.fromkeys(_match(conn, target)))
    if cutoff is not None:
        rows = conn.execute(f"SELECT id FROM articles WHERE {_DAY} < ?", (cutoff,)).fetchall()
        ids.update(dict.fromkeys(row[0] for row in rows))
    chosen = list(ids)

    rows = []
    briefings = 0
    syntheses: set[int] = set()
    call_ids: set[int] = set()
    for chunk in _chunks(chosen):
        marks = ", ".join("?" * len(chunk))
        rows += conn.execute(f"{_ENTRY_SELECT} WHERE id IN ({marks})", tuple(chunk)).fetchall()
        briefings += conn.execute(
            f"SELECT count(*) FROM briefings WHERE article_id IN ({marks})", tuple(chunk)
        ).fetchone()[0]
        syntheses.update(
            row[0]
            for row in conn.execute(
                f"SELECT synthesis_id FROM synthesis_articles WHERE article_id IN ({marks})",
                tuple(chunk),
            )
        )
        if calls:
            call_ids.update(
                row[0]
                for row in conn.execute(
                    f"SELECT id FROM calls WHERE article_id IN ({marks})", tuple(chunk)
                )
            )
    if calls and before is not None:
        # Local midnight of that day, as the log's UTC text: "before Monday" as the user's
        # clock says it.
        midnight = datetime.combine(before, datetime.min.time()).astimezone()
        call_ids.update(
            row[0]
            for row in conn.execute(
                "SELECT id FROM calls WHERE started_at < ?", (_utc_text(midnight),)
            )
        )
    rows.sort(key=lambda row: (row[3] or row[5], row[4], row[0]))
    entries = _entries(conn, rows)
    if delete:
        for numbers in _chunks(sorted(syntheses)):
            marks = ", ".join("?" * len(numbers))
            conn.execute(f"DELETE FROM syntheses WHERE id IN ({marks})", tuple(numbers))
        for chunk in _chunks(chosen):
            marks = ", ".join("?" * len(chunk))
            # Their locations and briefings go by ON DELETE CASCADE.
            conn.execute(f"DELETE FROM articles WHERE id IN ({marks})", tuple(chunk))
        for numbers in _chunks(sorted(call_ids)):
            marks = ", ".join("?" * len(numbers))
            conn.execute(f"DELETE FROM calls WHERE id IN ({marks})", tuple(numbers))
    return Forgotten(
        articles=tuple(entries),
        briefings=briefings,
        syntheses=len(syntheses),
        calls=len(call_ids),
        dry_run=not delete,
    )


def _match(conn: sqlite3.Connection, target: str) -> list[str]:
    """The ids of the articles ``target`` names: an article id or the start of one, a URL, or
    a path (a folder: the files under it). Raises when it names none, or an id prefix fits
    several."""
    lowered = target.lower()
    if len(lowered) >= MIN_ID_PREFIX and set(lowered) <= _HEX:
        rows = conn.execute(
            "SELECT id FROM articles WHERE substr(id, 1, ?) = ? LIMIT 3",
            (len(lowered), lowered),
        ).fetchall()
        if len(rows) > 1:
            raise InputError(
                "several articles have ids starting with this; give more of the id",
                source=target,
            )
        if rows:
            return [rows[0][0]]
    found: list[str] = []
    if "://" in target:
        found = [
            row[0]
            for row in conn.execute(
                "SELECT DISTINCT article_id FROM article_locations "
                "WHERE kind = 'url' AND location = ?",
                (target,),
            )
        ]
    else:
        place = _absolute(target)
        inside = place.rstrip(os.sep) + os.sep
        for article_id, location in conn.execute(
            "SELECT article_id, location FROM article_locations WHERE kind = 'path'"
        ):
            stored = _absolute(location)
            if location == target or stored == place or stored.startswith(inside):
                found.append(article_id)
    if not found:
        raise InputNotFound(
            "no article in the store has this id or was read from here", source=target
        )
    return list(dict.fromkeys(found))


def _absolute(path: str) -> str:
    try:
        return str(Path(path).expanduser().resolve())
    except (OSError, RuntimeError):  # a symlink loop, an unreadable folder on the way
        return path
