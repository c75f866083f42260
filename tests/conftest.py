"""Fixtures every test module may use. Keep this small: module-specific fixtures live in the
module that needs them."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from browser import browser  # noqa: F401  (a fixture: the real browser of the HTML tests)
from fake_openai import FakeOpenAI
from hypothesis import settings

from summarizer import Usage

# Locally, property tests explore new inputs on every run; in CI they replay a fixed sequence,
# so a landing is not decided by which random case came up that day.
settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")

ROOT = Path(__file__).resolve().parent.parent
CASSETTES = ROOT / "cassettes"

# Written for these tests: the events and the two ministers are invented.
TEST_ARTICLE = """\
OSLO — Norway and Iceland agreed on Tuesday to share the North Atlantic mackerel catch for the \
next five years, ending a quota row that has soured relations between the two fishing nations \
since 2019.

Under the deal, worth an estimated $1.2 billion a year in landings, Norway will take 55 percent \
of the agreed catch and Iceland 45 percent. "This agreement puts science ahead of politics," \
Norway's fisheries minister, Ingrid Halvorsen, told reporters in Oslo.

Iceland's foreign minister, Einar Magnusson, said the accord would be signed in Reykjavik next \
month. The European Union, which was not part of the talks, said it was "studying the terms" and \
warned that quotas set without it could breach earlier coastal-state arrangements.

Fishing groups in the Faroe Islands criticised the deal, saying it left them out. Talks with the \
Faroese government are expected to resume in the autumn.
"""


# A valid tool-call answer for TEST_ARTICLE: every quote is in it, every party a listed actor.
GOOD_ANSWER: dict[str, Any] = {
    "headline": "Norway and Iceland agree to share the mackerel catch",
    "summary": "Norway and Iceland agreed a five-year mackerel deal.",
    "actors": [
        {
            "name": "Norway",
            "kind": "state",
            "evidence": [{"quote": "Norway will take 55 percent of the agreed catch"}],
        },
        {"name": "Iceland", "kind": "state", "evidence": [{"quote": "Iceland 45 percent"}]},
    ],
    "deals": [
        {
            "title": "Mackerel catch sharing",
            "kind": "trade",
            "parties": ["Norway", "Iceland"],
            "evidence": [{"quote": "worth an estimated $1.2 billion a year in landings"}],
        }
    ],
}


@pytest.fixture(autouse=True)
def _private_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test writes to the user's real store: the CLI's default store is per test, and so is
    the data folder it would fall back to (a subprocess given a trimmed environment)."""
    monkeypatch.setenv("SUMMARIZER_STORE", str(tmp_path / "store.sqlite3"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))


@pytest.fixture
def article_text() -> str:
    """A short world-news article (our own writing) for engine and prompt tests."""
    return TEST_ARTICLE


@pytest.fixture(scope="module")
def vcr_cassette_dir() -> str:
    """All cassettes live in ``<repo>/cassettes``, not pytest-recording's per-module folders.

    pytest-recording deletes ``vcr_cassette_dir/<name>`` before a ``--record-mode=rewrite`` run,
    so this must agree with ``cassette_library_dir`` below.
    """
    return str(CASSETTES)


# Response headers that name the account or set cookies: not for a public repository.
_PRIVATE_RESPONSE_HEADERS = {"openai-organization", "openai-project", "set-cookie"}


def _scrub_response(response: dict[str, Any]) -> dict[str, Any]:
    headers = response.get("headers", {})
    for name in [n for n in headers if n.lower() in _PRIVATE_RESPONSE_HEADERS]:
        del headers[name]
    return response


def cassette_body(response: Any) -> Any:
    """The JSON body of one recorded answer."""
    text = response["body"]["string"]
    return json.loads(text.decode() if isinstance(text, bytes) else text)


def cassette_usage(cassette: Any) -> Usage:
    """Usage summed over every answer in a cassette, as the endpoint reported it."""
    usages = [cassette_body(r)["usage"] for r in cassette.responses]
    return Usage(
        sum(u["prompt_tokens"] for u in usages),
        sum(u["completion_tokens"] for u in usages),
        len(usages),
    )


@pytest.fixture
def vcr_config() -> dict[str, Any]:
    # No "record_mode" here: a record mode in vcr_config would override --record-mode on the
    # command line. The default ("none": replay only, never the network) comes from addopts.
    return {
        "cassette_library_dir": str(CASSETTES),
        "filter_headers": ["authorization", "api-key", "x-api-key", "openai-organization"],
        "before_record_response": _scrub_response,
        # Re-recorded answers are stored readable, not as gzip bytes.
        "decode_compressed_response": True,
    }


@pytest.fixture
def fake_openai() -> Iterator[FakeOpenAI]:
    """A scripted OpenAI-compatible server on 127.0.0.1 (see tests/fake_openai.py)."""
    with FakeOpenAI() as server:
        yield server
