"""The store's schema, as a list of migration steps, and the check that a file is our store.

The schema version is SQLite's ``PRAGMA user_version``: step ``n`` (1-based) of
:data:`MIGRATIONS` takes a store from version ``n - 1`` to ``n``. Each step runs in its own
``BEGIN IMMEDIATE`` transaction together with the version bump, so a store is always at exactly
one version, even if the process dies halfway. Steps are only ever appended: a released step is
never edited, since stores in the wild already ran it.

``PRAGMA application_id`` marks the file as ours, so a foreign SQLite database handed to
``--store`` is refused instead of having our tables added to it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence

from summarizer._errors import StoreError

__all__ = ["APPLICATION_ID", "MIGRATIONS", "SCHEMA_VERSION", "check_schema", "migrate"]

# "SumZ": a 32-bit tag in the database header (offset 68) saying whose file this is.
APPLICATION_ID = int.from_bytes(b"SumZ", "big")

# Why the columns look as they do:
# * model and prompt_version are '' rather than NULL in briefings: SQLite treats NULLs as
#   distinct in a primary key, so an offline briefing (no model) would never be replaced by
#   its upsert, and a lookup would have to spell "IS NULL".
# * dates and times are ISO 8601 text: sortable, readable in the sqlite3 shell, and exactly what
#   pydantic parses. read_at is UTC with microseconds (fixed width, so text order is time
#   order); read_on is the reader's local date, which "this week" means to a user.
# * a briefing's JSON leaves out article_text: it is the article's text, stored once in
#   articles; the store puts it back on the way out.
# * calls.article_id has no foreign key: a call is logged as soon as it ends, before the
#   briefing (and perhaps the article) is stored, and a failed call never stores either.
# * No STRICT tables: they need SQLite 3.37, and older builds could not even read the file.
_V1: tuple[str, ...] = (
    """
    CREATE TABLE articles (
        id TEXT PRIMARY KEY,              -- sha256 of the cleaned text
        text TEXT NOT NULL,               -- the cleaned text evidence offsets point into
        title TEXT,
        site TEXT,
        author TEXT,
        language TEXT,
        published TEXT,                   -- YYYY-MM-DD, when the source gives it
        read_at TEXT NOT NULL,            -- first read or fetched, UTC
        read_on TEXT NOT NULL             -- the local date of read_at: the fallback date
    )
    """,
    # articles_between() filters on exactly this expression, so SQLite can use the index.
    "CREATE INDEX articles_day ON articles (COALESCE(published, read_on))",
    """
    CREATE TABLE article_locations (
        article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('url', 'path')),
        location TEXT NOT NULL,
        first_seen TEXT NOT NULL,
        last_seen TEXT NOT NULL,
        PRIMARY KEY (article_id, kind, location)
    )
    """,
    """
    CREATE TABLE briefings (
        article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        engine TEXT NOT NULL,
        model TEXT NOT NULL,              -- '' when the engine uses none
        prompt_version TEXT NOT NULL,     -- '' when the engine has no prompts
        schema_version TEXT NOT NULL,
        created_at TEXT NOT NULL,
        briefing TEXT NOT NULL,           -- the Briefing as JSON, without article_text
        PRIMARY KEY (article_id, engine, model, prompt_version, schema_version)
    )
    """,
    """
    CREATE TABLE calls (
        id INTEGER PRIMARY KEY,
        started_at TEXT NOT NULL,         -- UTC
        model TEXT NOT NULL,
        endpoint TEXT NOT NULL,           -- base URL, credentials redacted
        article_id TEXT,
        attempt INTEGER NOT NULL,
        tokens_in INTEGER,                -- NULL when the endpoint did not say
        tokens_out INTEGER,
        latency_ms INTEGER NOT NULL,
        outcome TEXT NOT NULL,            -- ok | invalid | error: <class>
        request TEXT NOT NULL,            -- JSON, API key scrubbed
        response TEXT                     -- JSON, API key scrubbed; NULL when none came
    )
    """,
    "CREATE INDEX calls_started ON calls (started_at)",
    "CREATE INDEX calls_article ON calls (article_id)",
)

# Step 2: the digest's LLM synthesis, kept so that a rerun (or the same digest in another
# format) asks the model nothing.
# * A synthesis is keyed like a briefing, by what decides it, all known before the call: the
#   hash of what its request carries about the digest (inputs: see summarizer._digest._kept),
#   the model asked for, the version of prompts/digest/ and the digest schema's version.
# * synthesis_articles says which articles a synthesis was written from, so that forgetting an
#   article forgets the syntheses that read it (its headline is in their request). No foreign
#   key to articles: a synthesis may be kept for a digest whose articles were never stored (a
#   library caller's), and Store.forget removes such syntheses itself, before the articles.
_V2: tuple[str, ...] = (
    """
    CREATE TABLE syntheses (
        id INTEGER PRIMARY KEY,
        inputs TEXT NOT NULL,             -- sha256 of what the request carries about the digest
        model TEXT NOT NULL,              -- the model asked for
        prompt_version TEXT NOT NULL,     -- hash of prompts/digest/
        schema_version TEXT NOT NULL,     -- the digest schema's
        created_at TEXT NOT NULL,         -- UTC
        synthesis TEXT NOT NULL,          -- JSON, as the digest layer wrote it
        UNIQUE (inputs, model, prompt_version, schema_version)
    )
    """,
    """
    CREATE TABLE synthesis_articles (
        synthesis_id INTEGER NOT NULL REFERENCES syntheses (id) ON DELETE CASCADE,
        article_id TEXT NOT NULL,
        PRIMARY KEY (synthesis_id, article_id)
    )
    """,
    "CREATE INDEX synthesis_articles_article ON synthesis_articles (article_id)",
)

# Step 3: the provider's batch service, and what calls cost in money.
# * calls.tokens_cached: the prompt tokens the endpoint served from its cache (billed lower);
#   calls.batch_id: the batch that answered the call (billed at the batch discount). NULL in
#   the calls logged before (no cached tokens known, none answered by a batch).
# * batches: every batch submitted, so that a run stopped while the provider works (Ctrl-C, a
#   crash, a closed laptop) is picked up by the next one; settled once its results are read
#   and what validated is stored (nothing more to fetch from it).
# * batch_items: which request lines it holds (custom_id: the briefing's store key) and how
#   each ended: pending, stored, or failed with why. No foreign key to articles: forgetting an
#   article leaves a finished batch's record alone.
_V3: tuple[str, ...] = (
    "ALTER TABLE calls ADD COLUMN tokens_cached INTEGER",
    "ALTER TABLE calls ADD COLUMN batch_id TEXT",
    """
    CREATE TABLE batches (
        id TEXT PRIMARY KEY,              -- the provider's batch id
        endpoint TEXT NOT NULL,           -- base URL, credentials redacted
        model TEXT NOT NULL,              -- the model asked for
        status TEXT NOT NULL,             -- the provider's last word: validating ... completed
        input_file_id TEXT NOT NULL,
        output_file_id TEXT,
        error_file_id TEXT,
        requests INTEGER NOT NULL,
        created_at TEXT NOT NULL,         -- UTC
        updated_at TEXT NOT NULL,         -- UTC
        settled INTEGER NOT NULL DEFAULT 0
    )
    """,
    """
    CREATE TABLE batch_items (
        batch_id TEXT NOT NULL REFERENCES batches (id) ON DELETE CASCADE,
        custom_id TEXT NOT NULL,          -- the briefing's store key (summarizer._batch._lines)
        article_id TEXT NOT NULL,
        state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'stored', 'failed')),
        reason TEXT,
        PRIMARY KEY (batch_id, custom_id)
    )
    """,
    "CREATE INDEX batch_items_custom ON batch_items (custom_id)",
)

MIGRATIONS: tuple[tuple[str, ...], ...] = (_V1, _V2, _V3)
SCHEMA_VERSION = len(MIGRATIONS)


def migrate(
    conn: sqlite3.Connection, path: str, steps: Sequence[Sequence[str]] = MIGRATIONS
) -> int:
    """Check that ``conn`` is a store we can use and bring it to ``len(steps)``.

    Returns the version the store was at. Raises :class:`StoreError` for a foreign database
    or one written by a newer summarizer. ``conn`` must be in autocommit mode
    (``isolation_level=None``): the steps manage their own transactions.
    """
    latest = len(steps)
    version = check_schema(conn, path, latest)
    if version == latest:
        return version
    # IMMEDIATE takes the write lock now, so two processes opening a new store at once queue
    # on the busy timeout instead of both migrating; the loser re-reads the version below.
    conn.execute("BEGIN IMMEDIATE")
    try:
        start = check_schema(conn, path, latest)
        if start == 0:
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        for number in range(start + 1, latest + 1):
            for statement in steps[number - 1]:
                # execute(), never executescript(): executescript COMMITs first, which would
                # split a step from its version bump.
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {number}")
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    return start


def check_schema(conn: sqlite3.Connection, path: str, latest: int = SCHEMA_VERSION) -> int:
    """The store's schema version; raises if the file is not ours or is too new. Only reads."""
    application_id = int(conn.execute("PRAGMA application_id").fetchone()[0])
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    if application_id != APPLICATION_ID:
        objects = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        if version == 0 and objects == 0:
            return 0  # an empty database (a new file is one): ours to set up
        raise StoreError(
            "not a summarizer store (a SQLite database of something else)", source=path
        )
    if version > latest:
        raise StoreError(
            f"store was written by a newer summarizer (schema {version}, this one knows "
            f"{latest}); upgrade summarizer, or use another --store",
            source=path,
        )
    return version
