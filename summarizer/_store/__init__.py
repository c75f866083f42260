"""The local store (SQLite): articles, briefings, the digest's LLM syntheses and the model call
log. See :mod:`._store`."""

from __future__ import annotations

from summarizer._store._migrations import SCHEMA_VERSION as STORE_SCHEMA_VERSION
from summarizer._store._store import (
    BUSY_TIMEOUT_MS,
    MIN_ID_PREFIX,
    STORE_ENV,
    ArticleEntry,
    BatchItem,
    BatchRecord,
    BriefingEntry,
    BriefingKey,
    CallTotals,
    Forgotten,
    Store,
    StoredArticle,
    SynthesisKey,
    default_store_path,
    key_for,
)

__all__ = [
    "BUSY_TIMEOUT_MS",
    "MIN_ID_PREFIX",
    "STORE_ENV",
    "STORE_SCHEMA_VERSION",
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
