"""The JSON Schema files committed under schemas/ are what the models export today."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from summarizer._briefing._schema import (
    SCHEMA_MODELS,
    schema_documents,
    stale_schemas,
    write_schemas,
)
from summarizer.cli import main

SCHEMAS = Path(__file__).resolve().parents[1] / "schemas"


def test_committed_schemas_are_current() -> None:
    stale = stale_schemas(SCHEMAS)
    assert not stale, f"stale: {stale}; run `summarizer schema --write schemas`"


def test_check_flags_a_stale_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write_schemas(tmp_path)
    assert main(["schema", "--check", str(tmp_path)]) == 0
    path = tmp_path / "briefing.schema.json"
    doc = json.loads(path.read_text())
    del doc["properties"]["headline"]
    path.write_text(json.dumps(doc))
    assert main(["schema", "--check", str(tmp_path)]) == 1
    assert "briefing.schema.json" in capsys.readouterr().err


def test_contract_field_names_are_in_the_schema() -> None:
    briefing = json.loads(schema_documents()["briefing.schema.json"])
    assert {"headline", "summary", "actors", "disputes", "deals", "outlook"} <= set(
        briefing["properties"]
    )
    assert {"source", "provenance"} <= set(briefing["properties"])
    defs = briefing["$defs"]
    assert {"start", "end", "match", "quote"} <= set(defs["Evidence"]["properties"])
    assert defs["Actor"]["properties"]["kind"]["enum"] == [
        "state",
        "person",
        "organization",
        "company",
        "armed_group",
        "other",
    ]
    provenance = set(defs["Provenance"]["properties"])
    assert {"article_id", "engine", "model", "prompt_version", "schema_version"} <= provenance
    assert {"tokens_in", "tokens_out", "model_calls", "created_at"} <= provenance


def test_draft_schema_carries_no_program_fields() -> None:
    """What the model fills stays lean: no offsets, source or provenance to pay tokens for."""
    text = schema_documents()["briefing-draft.schema.json"]
    for field in ('"start"', '"end"', '"match"', '"provenance"', '"source"'):
        assert field not in text


def test_every_model_is_exported() -> None:
    assert set(schema_documents()) == set(SCHEMA_MODELS)
