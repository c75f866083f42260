"""The engine protocol and the registry: callers ask the engine, never which engine it is.

* the registry resolves ``"llm"``, ``"offline"`` and ``"auto"`` (the LLM when an API key or a
  base URL is set, offline otherwise), and refuses any other name with a ``ConfigError``;
* the store keys a briefing by the engine's identity, and reuses one only when the engine says
  briefings are worth reusing;
* a run briefs no more articles at once than the engine allows.
"""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

import pytest
from conftest import TEST_ARTICLE

from summarizer import (
    Article,
    BriefingDraft,
    ConfigError,
    Draft,
    Engine,
    LLMSettings,
    Source,
    Store,
    Usage,
    brief_article,
    make_engine,
)
from summarizer._briefing._models import SCHEMA_VERSION
from summarizer._digest._collect import collect
from summarizer._digest._runner import brief_many
from summarizer._engines._protocol import EngineIdentity, EngineName
from summarizer._engines._registry import ENGINE_CHOICES, choose_engine
from summarizer._engines.llm._client import ModelClient
from summarizer._engines.llm._engine import LLMEngine
from summarizer._engines.llm._prompts import load_prompts
from summarizer._engines.offline import OfflineEngine
from summarizer._store import BriefingKey
from summarizer.cli._parser import ENGINE_NAMES

ROOT = Path(__file__).resolve().parent.parent

# --------------------------------------------------------------------------- the registry


@pytest.fixture
def no_endpoint(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "SUMMARIZER_MODEL", "SUMMARIZER_MODE"):
        monkeypatch.delenv(name, raising=False)


@pytest.mark.parametrize("name", ["gpt-4.1-mini", "LLM", "", "openai"])
def test_an_unknown_engine_name_is_a_clear_config_error(name: str) -> None:
    with pytest.raises(ConfigError, match=r"unknown engine .*: use one of auto, llm, offline"):
        make_engine(name)  # type: ignore[arg-type]


@pytest.mark.usefixtures("no_endpoint")
def test_auto_is_offline_without_an_endpoint() -> None:
    chosen = choose_engine("auto")
    assert isinstance(chosen.engine, OfflineEngine)
    assert chosen.notice is not None and chosen.notice.startswith("offline (no OPENAI_API_KEY")


@pytest.mark.usefixtures("no_endpoint")
@pytest.mark.parametrize(
    "settings",
    [LLMSettings(api_key="sk-test"), LLMSettings(base_url="http://127.0.0.1:8080/v1")],
    ids=["api-key", "base-url"],
)
def test_auto_is_the_llm_with_a_key_or_a_base_url(settings: LLMSettings) -> None:
    chosen = choose_engine("auto", settings)
    assert isinstance(chosen.engine, LLMEngine) and chosen.engine.settings is settings
    assert chosen.notice == (
        f"llm ({settings.model} at {settings.shown_endpoint}; --engine offline needs no model)"
    )


@pytest.mark.usefixtures("no_endpoint")
def test_auto_reads_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_BASE_URL", "http://127.0.0.1:8080/v1")
    assert isinstance(make_engine("auto"), LLMEngine)


def test_a_named_engine_is_built_as_named(monkeypatch: pytest.MonkeyPatch) -> None:
    # The offline engine reads no LLM settings: a bad one in the environment is no matter.
    monkeypatch.setenv("SUMMARIZER_MODE", "xml")
    offline = choose_engine("offline")
    assert isinstance(offline.engine, OfflineEngine) and offline.notice is None
    calls: list[object] = []
    llm = choose_engine("llm", LLMSettings(api_key="k"), on_call=calls.append)
    assert isinstance(llm.engine, LLMEngine) and llm.notice is None
    assert llm.engine.on_call == calls.append


def test_the_command_line_offers_the_registrys_names() -> None:
    assert ENGINE_NAMES == ENGINE_CHOICES


def test_resolving_an_engine_imports_no_model_library() -> None:
    code = (
        "import sys\n"
        "from summarizer._engines._registry import make_engine\n"
        "from summarizer._engines.llm._settings import LLMSettings\n"
        "engine = make_engine('llm', LLMSettings(api_key='k'))\n"
        "assert engine.client is not None and engine.identity.engine == 'llm'\n"
        "heavy = sorted(m for m in ('openai', 'instructor', 'httpx2') if m in sys.modules)\n"
        "assert not heavy, heavy\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)


# --------------------------------------------------------------------------- the protocol


def test_each_engine_says_what_callers_need_to_know() -> None:
    llm = LLMEngine(LLMSettings(api_key="k", model="m-1", article_timeout=12))
    assert llm.identity == EngineIdentity("llm", "m-1", load_prompts().version, SCHEMA_VERSION)
    assert (llm.reuses_briefings, llm.max_workers, llm.article_limit) == (True, None, 12)
    assert isinstance(llm.client, ModelClient) and llm.client.settings is llm.settings
    offline = OfflineEngine()
    assert offline.identity == EngineIdentity("offline", None, None, SCHEMA_VERSION)
    assert (offline.reuses_briefings, offline.max_workers, offline.article_limit) == (
        False,
        1,
        None,
    )
    assert offline.client is None
    assert offline.leaving_retries_to_caller(transient=True) is offline


class _Counting:
    """An engine of our own: only the protocol, so what the pipeline and the store do with it
    is what the protocol says."""

    def __init__(self, identity: EngineIdentity, *, reuses: bool, workers: int | None) -> None:
        self._identity = identity
        self._reuses = reuses
        self._workers = workers
        self.drafted = 0
        self.threads: set[str] = set()
        self._lock = threading.Lock()

    @property
    def name(self) -> EngineName:
        return "llm"

    @property
    def identity(self) -> EngineIdentity:
        return self._identity

    @property
    def reuses_briefings(self) -> bool:
        return self._reuses

    @property
    def max_workers(self) -> int | None:
        return self._workers

    @property
    def article_limit(self) -> float | None:
        return None

    @property
    def client(self) -> ModelClient | None:
        return None

    def leaving_retries_to_caller(self, *, transient: bool) -> Engine:
        return self

    def draft(self, article: Article) -> Draft:
        with self._lock:
            self.drafted += 1
            self.threads.add(threading.current_thread().name)
        briefing = BriefingDraft.model_validate(
            {"headline": "Mackerel deal", "summary": "Norway and Iceland agreed a deal."}
        )
        return Draft(briefing=briefing, usage=Usage(10, 5, 1), model="m-1-2025", prompt_version="p")


def _article() -> Article:
    return Article(text=TEST_ARTICLE.strip(), source=Source(path="mackerel.txt"))


def test_the_store_keys_a_briefing_by_the_engines_identity(tmp_path: Path) -> None:
    identity = EngineIdentity("llm", "m-1", "p", SCHEMA_VERSION)
    engine = _Counting(identity, reuses=True, workers=None)
    article = _article()
    with Store.open(tmp_path / "store.sqlite3") as store:
        first = brief_article(article, engine, store=store)
        # Under the identity known before the call, not the provenance's answering model.
        key = BriefingKey(article.id, "llm", "m-1", "p", SCHEMA_VERSION)
        assert BriefingKey.of(identity, article.id) == key
        assert store.lookup(key) == first
        again = brief_article(article, engine, store=store)
        assert engine.drafted == 1 and again.provenance.cached
        # Another identity (a new prompt version) is another briefing.
        newer = _Counting(EngineIdentity("llm", "m-1", "p2"), reuses=True, workers=None)
        assert not brief_article(article, newer, store=store).provenance.cached
        assert newer.drafted == 1


def test_an_engine_that_does_not_reuse_briefings_drafts_every_time(tmp_path: Path) -> None:
    engine = _Counting(EngineIdentity("offline"), reuses=False, workers=None)
    article = _article()
    with Store.open(tmp_path / "store.sqlite3") as store:
        brief_article(article, engine, store=store)
        second = brief_article(article, engine, store=store)
        assert engine.drafted == 2 and not second.provenance.cached
        assert store.lookup(BriefingKey.of(engine.identity, article.id)) == second


def test_a_run_briefs_no_more_at_once_than_the_engine_allows(tmp_path: Path) -> None:
    folder = tmp_path / "a"
    folder.mkdir()
    for n in range(6):
        (folder / f"{n}.txt").write_text(TEST_ARTICLE.replace("OSLO", f"OSLO {n}"), "utf-8")
    items = collect([folder]).articles
    engine = _Counting(EngineIdentity("llm", "m", "p"), reuses=True, workers=2)
    results = brief_many(items, engine, concurrency=8)
    assert results.briefed == 6 and len(engine.threads) <= 2
