"""``max_cost`` on the synchronous path (summarizer/_digest/_budget.py): no article is started
whose estimated cost would take the run past the budget; the rest is listed."""

from __future__ import annotations

from pathlib import Path

import pytest
from fake_openai import BriefingServer
from test_runner import write_articles

from summarizer._digest._collect import collect
from summarizer._digest._runner import brief_many, digest_sources
from summarizer._engines.llm._engine import LLMEngine, LLMSettings
from summarizer._engines.offline import OfflineEngine
from summarizer._errors import ConfigError
from summarizer._store import Store


def _engine(server: BriefingServer, model: str = "gpt-4.1-mini") -> LLMEngine:
    return LLMEngine(LLMSettings(base_url=server.base_url, max_retries=0, timeout=10, model=model))


def test_the_run_stops_before_the_article_that_would_exceed_the_budget(tmp_path: Path) -> None:
    write_articles(tmp_path / "news", 6)
    items = collect([tmp_path / "news"]).articles
    with BriefingServer() as server:
        # Each article is estimated at about $0.003 (1,500 output tokens assumed) and costs
        # about $0.0005: the budget lets a few start, not all six.
        results = brief_many(items, _engine(server), concurrency=1, max_cost=0.004)
        asked = server.stats()["briefing_requests"]
    assert 1 <= results.briefed < 6
    assert asked == results.briefed  # nothing was sent for the articles left
    assert results.stopped is not None
    assert results.stopped.startswith(
        "the next article's estimated cost would exceed max cost $0.0040 (about $0.0"
    )
    left = results.failures
    assert len(left) == 6 - results.briefed
    assert all(f.reason.startswith("not briefed: the run stopped: the next article") for f in left)
    made = [b.provenance.cost for b in results.briefings]
    assert all(cost is not None and cost > 0 for cost in made)


def test_articles_the_store_has_cost_nothing(tmp_path: Path) -> None:
    write_articles(tmp_path / "news", 3)
    with BriefingServer() as server, Store(tmp_path / "s.sqlite3") as store:
        first = digest_sources([tmp_path / "news"], engine=_engine(server), store=store)
        assert first.briefed == 3
        again = digest_sources(
            [tmp_path / "news"], engine=_engine(server), store=store, max_cost=0.0
        )
    assert again.cached == 3 and again.failed == 0 and again.cost == 0


def test_a_model_without_a_price_cannot_be_held_to_a_budget(tmp_path: Path) -> None:
    write_articles(tmp_path / "news", 1)
    items = collect([tmp_path / "news"]).articles
    with BriefingServer() as server:
        with pytest.raises(ConfigError, match="no price for model 'local-model'"):
            brief_many(items, _engine(server, "local-model"), max_cost=1.0)
        assert server.stats()["chat_requests"] == 0
    # The offline engine costs nothing: a budget is no obstacle.
    assert brief_many(items, OfflineEngine(), max_cost=0.0).briefed == 1
