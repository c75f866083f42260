"""Request files out and result files in, for a batch run elsewhere (``vllm run-batch``, or
any tool that reads the OpenAI batch format): :func:`export_requests`, :func:`import_results`.

The request lines are the ones :func:`~summarizer._batch.brief_batch` submits (the same body,
``custom_id`` the store key); the export stores the articles, so that the import finds each
answer's article by its id. The import checks every answer as the synchronous path does
(:func:`~summarizer._batch.settle_lines`): local repairs, re-asks of the failing items when an
endpoint is configured (else they are left out), and stores what validates.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from summarizer._batch._lines import key_of, read_output, request_line
from summarizer._batch._run import settle_lines
from summarizer._digest._collect import collect
from summarizer._digest._periods import Selection
from summarizer._digest._sources import Failure
from summarizer._engines.llm._engine import LLMEngine
from summarizer._errors import InputError, InputNotFound
from summarizer._store import BriefingKey, Store

if TYPE_CHECKING:
    from summarizer._ingest._fetching import FetchSettings

__all__ = ["Exported", "Imported", "export_requests", "import_results", "models_named"]


@dataclass
class Exported:
    """What :func:`export_requests` wrote: ``written`` lines, ``stored`` articles left out
    (the store has their briefing), and the inputs that gave no article."""

    written: int = 0
    stored: int = 0
    failures: list[Failure] = field(default_factory=list)


@dataclass
class Imported:
    """What :func:`import_results` stored, what it could not (source, why), and the lines
    that are not answers to our requests (why)."""

    stored: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)
    stray: list[str] = field(default_factory=list)


def export_requests(
    sources: Sequence[str | os.PathLike[str]],
    engine: LLMEngine,
    store: Store,
    out: TextIO,
    *,
    selection: Selection | None = None,
    fetch_settings: FetchSettings | None = None,
) -> Exported:
    """Write to ``out`` one request line per article of ``sources`` (none: the store's of
    ``selection``) the store has no briefing of under ``engine``'s key."""
    collection = collect(sources, selection=selection, store=store, fetch_settings=fetch_settings)
    done = Exported(failures=list(collection.failures))
    identity = engine.identity
    for item in collection.articles:
        store.put_article(item.article)
        key = BriefingKey.of(identity, item.article.id)
        if store.lookup(key) is not None:
            done.stored += 1
            continue
        out.write(request_line(key, engine.batch_request(item.article)) + "\n")
        done.written += 1
    return done


def import_results(path: Path, engine: LLMEngine, store: Store) -> Imported:
    """Check and store the answers of the output file at ``path``."""
    data = _read(path)
    states, stray = settle_lines(
        list(read_output(data)), engine, store, batch_id=f"import:{path.name}"
    )
    done = Imported(stray=stray)
    for cid, (state, reason) in states.items():
        if state == "stored":
            done.stored += 1
            continue
        key = key_of(cid)
        found = store.get_article(key.article_id) if key is not None else None
        place = (found.urls or found.paths or (None,))[0] if found is not None else None
        done.failed.append((place or cid, reason or "not stored"))
    return done


def models_named(path: Path) -> list[str]:
    """The models the custom_ids of the output file at ``path`` name."""
    models = {
        key.model
        for line in read_output(_read(path))
        if not isinstance(line, str)
        for key in [key_of(line.custom_id)]
        if key is not None and key.model
    }
    return sorted(models)


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise InputNotFound("no such file", source=str(path)) from None
    except OSError as error:
        raise InputError(f"cannot read it: {error.strerror or error}", source=str(path)) from None
