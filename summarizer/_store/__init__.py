"""The local store (SQLite): articles, briefings and the model call log. See :mod:`._store`."""

from __future__ import annotations

from summarizer._store._migrations import SCHEMA_VERSION as STORE_SCHEMA_VERSION
from summarizer._store._store import (
    BUSY_TIMEOUT_MS,
    STORE_ENV,
    BriefingKey,
    CallTotals,
    Store,
    StoredArticle,
    default_store_path,
    key_for,
)

__all__ = [
    "BUSY_TIMEOUT_MS",
    "STORE_ENV",
    "STORE_SCHEMA_VERSION",
    "BriefingKey",
    "CallTotals",
    "Store",
    "StoredArticle",
    "default_store_path",
    "key_for",
]
