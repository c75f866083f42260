"""A run's budget in money (``max_cost``) for the synchronous path: :class:`Budget`.

Before an article is started, its cost is estimated (:func:`summarizer._batch.estimate_cost`
of the request the engine would send, at full price) and reserved; when it ends, the
reservation becomes what it really cost (``provenance.cost``). An article whose estimate would
take the run past the budget is not started, and the run stops: no new work, what is left
listed. An article the store already has costs nothing and reserves nothing.
"""

from __future__ import annotations

import threading

from summarizer._batch import estimate_cost
from summarizer._briefing._article import Article
from summarizer._briefing._models import Briefing
from summarizer._cost import PriceTable, format_cost, load_prices
from summarizer._engines._protocol import Engine
from summarizer._engines.llm._engine import LLMEngine
from summarizer._errors import ConfigError
from summarizer._store import BriefingKey, Store

__all__ = ["Budget"]


class Budget:
    """What a run may still spend; shared by its workers."""

    def __init__(
        self,
        engine: LLMEngine,
        limit: float,
        prices: PriceTable,
        *,
        store: Store | None,
        refresh: bool,
    ) -> None:
        self.engine = engine
        self.limit = limit
        self.prices = prices
        self.store = store
        self.refresh = refresh
        self.spent = 0.0  # costs of the articles done, estimates of those in flight
        self._lock = threading.Lock()

    @classmethod
    def of(
        cls, engine: Engine, limit: float | None, *, store: Store | None, refresh: bool
    ) -> Budget | None:
        """The budget of a run of ``engine``; None when there is none to keep (no limit, or
        an engine that asks no model). Raises :class:`ConfigError` for a model the price
        table lacks: the limit could not be kept."""
        if limit is None or not isinstance(engine, LLMEngine):
            return None
        if limit < 0:
            raise ConfigError(f"max_cost must be 0 or more, not {limit}")
        prices = load_prices()
        if prices.price(engine.settings.model) is None:
            raise ConfigError(
                f"max_cost cannot be kept: the price table has no price for model "
                f"{engine.settings.model!r} (add it to the price file)"
            )
        return cls(engine, limit, prices, store=store, refresh=refresh)

    def reserve(self, article: Article) -> float | None:
        """Reserve the estimated cost of briefing ``article`` (0 when the store has it); None
        when it would take the run past the limit (nothing reserved)."""
        if self._stored(article):
            return 0.0
        body = self.engine.batch_request(article)
        estimate = estimate_cost(body, self.engine, self.prices, batch=False) or 0.0
        with self._lock:
            if self.spent + estimate > self.limit:
                return None
            self.spent += estimate
        return estimate

    def settle(self, reserved: float, briefing: Briefing | None) -> None:
        """Replace the reservation by what the article cost (a failure: the estimate stays,
        since its calls may have been paid for)."""
        if briefing is None or briefing.provenance.cached:
            cost = reserved if briefing is None else 0.0
        else:
            cost = briefing.provenance.cost if briefing.provenance.cost is not None else reserved
        with self._lock:
            self.spent += cost - reserved

    def stop_reason(self) -> str:
        with self._lock:
            spent = self.spent
        return (
            f"the next article's estimated cost would exceed max cost {format_cost(self.limit)} "
            f"(about {format_cost(spent)} spent)"
        )

    def _stored(self, article: Article) -> bool:
        if self.store is None or self.refresh:
            return False
        return self.store.lookup(BriefingKey.of(self.engine.identity, article.id)) is not None
