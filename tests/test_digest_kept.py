"""The digest's LLM synthesis is kept in the store: what it is keyed by, a rerun and another
format that ask the model nothing, ``--refresh`` that asks again, and a failed synthesis that
says so at the top, in the JSON and in the exit status.

Against the scripted server of tests/fake_openai.py: :class:`SynthesisServer` briefs every
article like ``BriefingServer`` and numbers its synthesis answers ("Outlook number 1.", "...2."),
so a test can tell a kept synthesis from a new one.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fake_openai import BriefingServer, FakeOpenAI, RecordedRequest, Scripted, completion, tool_of
from test_digest_llm import GOOD, hand_built_digest
from test_runner import write_articles

from summarizer import Digest, LLMSettings, Store, digest_sources
from summarizer._digest import _kept, _runner
from summarizer._digest._kept import kept, reuse, synthesis_key
from summarizer._digest._llm_synthesis import synthesize as write_synthesis
from summarizer._engines.llm._client import ModelClient
from summarizer._engines.llm._engine import LLMEngine
from summarizer._engines.llm._prompts import Prompts
from summarizer._errors import StoreError
from summarizer.cli import main

BANNER_END = "the bottom line, developments and outlook below are the offline ones.**"


class SynthesisServer(BriefingServer):
    """Briefs like BriefingServer; answers the n-th synthesis request with "Outlook number n.",
    or with ``fail`` when it is set."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.syntheses = 0
        self.fail: Scripted | None = None
        self._count = threading.Lock()

    def _answer(self, request: RecordedRequest) -> Scripted:
        if tool_of(request) != "DigestSynthesis":
            return super()._answer(request)
        with self._count:
            self.syntheses += 1
            number = self.syntheses
        if self.fail is not None:
            return self.fail
        answer = {"developments": [], "outlook": {"summary": f"Outlook number {number}."}}
        return Scripted.json(completion(tool_arguments=answer, tool_name="DigestSynthesis"))


@pytest.fixture
def server() -> Iterator[SynthesisServer]:
    with SynthesisServer(delay=0.01) as running:
        yield running


@pytest.fixture
def week(tmp_path: Path) -> Path:
    write_articles(tmp_path / "week", 4)
    return tmp_path / "week"


def _engine(server: FakeOpenAI) -> LLMEngine:
    return LLMEngine(LLMSettings(base_url=server.base_url, max_retries=0, timeout=10))


# ----------------------------------------------------------------------------- the key


def test_the_key_is_what_the_request_depends_on(monkeypatch: pytest.MonkeyPatch) -> None:
    digest = hand_built_digest()
    key = synthesis_key(digest, "gpt-4.1-mini")
    assert synthesis_key(hand_built_digest(), "gpt-4.1-mini") == key  # the same week again
    assert (key.model, key.schema_version) == ("gpt-4.1-mini", digest.provenance.schema_version)
    assert len(key.inputs) == 64

    assert synthesis_key(digest, "gpt-4.1").inputs == key.inputs  # the model is its own column
    assert synthesis_key(digest, "gpt-4.1") != key
    # What the model reads changes: one article fewer, another headline.
    fewer = digest.model_copy(update={"sources": digest.sources[1:]})
    assert synthesis_key(fewer, "gpt-4.1-mini").inputs != key.inputs
    headline = digest.sources[0].model_copy(update={"headline": "Another headline"})
    retitled = digest.model_copy(update={"sources": [headline, *digest.sources[1:]]})
    assert synthesis_key(retitled, "gpt-4.1-mini").inputs != key.inputs
    # What the answer is mapped back to changes, the request does not: another article id.
    renamed = digest.model_dump_json().replace(digest.sources[0].article, "f" * 64)
    moved = Digest.model_validate_json(renamed)
    assert _kept.data_block(moved) == _kept.data_block(digest)
    assert synthesis_key(moved, "gpt-4.1-mini").inputs != key.inputs
    # Other prompts.
    prompts = _kept.digest_prompts()
    changed = Prompts(
        system=prompts.system, user_template=prompts.user_template, version="other-version"
    )
    monkeypatch.setattr(_kept, "digest_prompts", lambda: changed)
    assert synthesis_key(digest, "gpt-4.1-mini").prompt_version == "other-version"


def test_a_kept_synthesis_gives_the_same_digest(fake_openai: FakeOpenAI) -> None:
    digest = hand_built_digest()
    fake_openai.enqueue(Scripted.json(completion(tool_arguments=GOOD, tool_name="DigestSynthesis")))
    written = write_synthesis(
        digest, ModelClient(LLMSettings(base_url=fake_openai.base_url, max_retries=0))
    )
    again = reuse(digest, kept(digest, written))
    assert again == written
    assert again is not None and again.provenance.model_calls == digest.provenance.model_calls + 1


def test_a_kept_synthesis_that_does_not_fit_is_a_miss() -> None:
    digest = hand_built_digest()
    assert reuse(digest, "not json") is None
    assert reuse(digest, json.dumps({"top_developments": "x"})) is None
    stranger = {
        "top_developments": [
            {"statement": "S.", "sources": ["f" * 64], "section": "deal", "thread": "T"}
        ],
        "outlook": {"summary": "", "signals": []},
    }
    assert reuse(digest, json.dumps(stranger)) is None


# ----------------------------------------------------------------------------- the runner


def test_a_rerun_takes_the_synthesis_from_the_store(
    server: SynthesisServer, week: Path, tmp_path: Path
) -> None:
    with Store.open(tmp_path / "store.sqlite3") as store:
        first = digest_sources([week], engine=_engine(server), store=store)
        second = digest_sources([week], engine=_engine(server), store=store)
        assert (first.synthesis, second.synthesis) == ("asked", "stored")
        assert server.syntheses == 1 and len(server.briefing_requests) == 4
        assert second.digest.outlook.summary == "Outlook number 1."
        same = second.digest.model_copy(update={"provenance": first.digest.provenance})
        assert same == first.digest  # the same digest but for when it was made
        assert second.digest.provenance.model_calls == first.digest.provenance.model_calls
        assert second.status == "success"

        third = digest_sources([week], engine=_engine(server), store=store, refresh=True)
        assert (third.synthesis, server.syntheses) == ("asked", 2)
        assert third.digest.outlook.summary == "Outlook number 2."
        fourth = digest_sources([week], engine=_engine(server), store=store)
        assert fourth.digest.outlook.summary == "Outlook number 2."  # the newer one replaced it
        assert server.syntheses == 2


def test_without_a_store_every_run_asks(server: SynthesisServer, week: Path) -> None:
    for _ in range(2):
        assert digest_sources([week], engine=_engine(server)).synthesis == "asked"
    assert server.syntheses == 2


def test_a_synthesis_the_store_cannot_keep_is_still_shown(
    server: SynthesisServer, week: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(*args: object, **kwargs: object) -> None:
        raise StoreError("the disk is full", source="store.sqlite3")

    with Store.open(tmp_path / "store.sqlite3") as store:
        monkeypatch.setattr(store, "put_synthesis", full)
        run = digest_sources([week], engine=_engine(server), store=store)
    assert (run.synthesis, run.status) == ("asked", "success")
    assert run.digest.outlook.summary == "Outlook number 1."
    assert run.notes == [
        "the LLM synthesis could not be kept in the store: store.sqlite3: the disk is full"
    ]


def test_a_failed_synthesis_is_partial_and_not_kept(
    server: SynthesisServer, week: Path, tmp_path: Path
) -> None:
    server.fail = Scripted.error(401, "Incorrect API key provided.", code="invalid_api_key")
    with Store.open(tmp_path / "store.sqlite3") as store:
        run = digest_sources([week], engine=_engine(server), store=store)
        assert (run.synthesis, run.status, run.exit_code) == ("failed", "partial", 3)
        assert run.failures == []  # every article is in it: only the synthesis failed
        error = run.digest.provenance.synthesis_error
        assert error is not None and error.startswith("the endpoint rejected the API key (401)")
        assert run.digest.provenance.engine == "offline"
        server.fail = None
        again = digest_sources([week], engine=_engine(server), store=store)
    assert (again.synthesis, again.status) == ("asked", "success")
    assert again.digest.provenance.synthesis_error is None


def test_the_run_uses_the_synthesis_module_it_always_did(
    server: SynthesisServer, week: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The runner still calls ``write_synthesis`` (tests replace it there)."""
    seen: list[Digest] = []

    def spy(digest: Digest, client: ModelClient) -> Digest:
        seen.append(digest)
        return write_synthesis(digest, client)

    monkeypatch.setattr(_runner, "write_synthesis", spy)
    digest_sources([week], engine=_engine(server))
    assert len(seen) == 1


# ----------------------------------------------------------------------------- the CLI


@pytest.fixture
def cli(server: SynthesisServer, monkeypatch: pytest.MonkeyPatch) -> SynthesisServer:
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    monkeypatch.setenv("OPENAI_BASE_URL", server.base_url)
    return server


def test_a_rerun_and_json_after_md_make_no_model_call(
    cli: SynthesisServer, week: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    md = tmp_path / "week.md"
    assert main(["digest", str(week), "-o", str(md)]) == 0
    first = capsys.readouterr().err
    calls = len(cli.chat_requests)
    assert (calls, cli.syntheses) == (5, 1)
    assert "synthesis by the model" in first
    markdown = md.read_text(encoding="utf-8")
    assert "Outlook number 1." in markdown

    assert main(["digest", str(week), "-o", str(md)]) == 0
    assert "synthesis from the store (no model call)" in capsys.readouterr().err
    assert md.read_text(encoding="utf-8").split("created")[0] == markdown.split("created")[0]

    assert main(["digest", str(week), "--format", "json", "-q"]) == 0
    digest = Digest.model_validate_json(capsys.readouterr().out)
    assert len(cli.chat_requests) == calls  # no model call: not for a briefing, nor the synthesis
    assert digest.outlook.summary == "Outlook number 1."
    assert digest.provenance.engine == "llm" and digest.provenance.synthesis_error is None


def test_refresh_asks_again(
    cli: SynthesisServer, week: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["digest", str(week), "--format", "json", "-q"]) == 0
    capsys.readouterr()
    assert main(["digest", str(week), "--format", "json", "-q", "--refresh"]) == 0
    refreshed = Digest.model_validate_json(capsys.readouterr().out)
    assert cli.syntheses == 2 and len(cli.briefing_requests) == 8
    assert refreshed.outlook.summary == "Outlook number 2."


def test_a_failed_synthesis_says_so_at_the_top_and_exits_3(
    cli: SynthesisServer, week: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cli.fail = Scripted.error(401, "Incorrect API key provided.", code="invalid_api_key")
    md = tmp_path / "week.md"
    assert main(["digest", str(week), "-o", str(md)]) == 3
    err = capsys.readouterr().err
    assert "the LLM synthesis failed, the offline one is kept" in err
    assert "the model's synthesis failed, the offline one is shown" in err
    lines = md.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("# Digest")
    banner = lines[2]
    assert banner.startswith("> **The model's synthesis failed (the endpoint rejected the API ")
    assert "(401)" in banner and banner.endswith(BANNER_END)
    assert sum(BANNER_END in line for line in lines) == 1  # one line, at the top only

    assert main(["digest", str(week), "--format", "json", "-q"]) == 3  # not kept: asked again
    captured = capsys.readouterr()
    document = json.loads(captured.out)
    assert document["provenance"]["synthesis_error"].startswith(
        "the endpoint rejected the API key (401)"
    )
    assert document["provenance"]["engine"] == "offline"
    assert cli.syntheses == 2

    cli.fail = None
    assert main(["digest", str(week), "-o", str(md)]) == 0
    assert BANNER_END not in md.read_text(encoding="utf-8")
