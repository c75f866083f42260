"""JSON Schema export of the public models (the files committed under ``schemas/``)."""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import BaseModel

from summarizer._briefing._models import Briefing, BriefingDraft
from summarizer._digest._models import Digest

#: file name -> model. ``briefing`` is what users get; ``briefing-draft`` is what a model
#: fills; ``digest`` is the weekly digest (``summarizer digest --format json``).
SCHEMA_MODELS: dict[str, type[BaseModel]] = {
    "briefing.schema.json": Briefing,
    "briefing-draft.schema.json": BriefingDraft,
    "digest.schema.json": Digest,
}


def schema_documents() -> dict[str, str]:
    """Each schema file's exact content, as ``summarizer schema --write`` writes it."""
    return {
        name: json.dumps(model.model_json_schema(), indent=2, ensure_ascii=False) + "\n"
        for name, model in SCHEMA_MODELS.items()
    }


def write_schemas(directory: Path) -> list[Path]:
    """Write every schema file into ``directory``; return the paths written."""
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for name, text in schema_documents().items():
        path = directory / name
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written


def stale_schemas(directory: Path) -> list[str]:
    """Names of schema files in ``directory`` that are missing or differ from the models."""
    stale = []
    for name, text in schema_documents().items():
        path = directory / name
        if not path.is_file() or path.read_text(encoding="utf-8") != text:
            stale.append(name)
    return stale
