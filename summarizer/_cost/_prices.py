"""The price table: what a model's tokens cost, per million, and what a call cost.

Why it looks as it does:

* **Dated defaults, the user's to check.** ``prices.json`` beside this module holds OpenAI's
  public prices for its common models on the date it names. Prices change and contracts differ,
  so a user file overrides them model by model: ``$SUMMARIZER_PRICES``, else ``prices.json`` in
  the user's config folder (``~/.config/summarizer/`` on Linux). Same shape as the default file.
* **Never a made-up number.** A model the table lacks costs ``None`` ("unknown"), not zero and
  not another model's price. A dated snapshot (``gpt-4.1-mini-2025-04-14``) is priced as its
  model when the table has no entry of its own.
* **What the usage says, priced as billed.** Cached input tokens (``prompt_tokens_details``)
  at the cached price, the tokens answered through the batch service at the batch discount.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from summarizer._engines._protocol import Usage
from summarizer._errors import ConfigError

__all__ = ["PRICES_ENV", "Price", "PriceTable", "format_cost", "load_prices", "user_prices_path"]

PRICES_ENV = "SUMMARIZER_PRICES"
_DEFAULTS = Path(__file__).resolve().parent / "prices.json"
_SNAPSHOT = re.compile(r"-\d{4}-\d{2}-\d{2}$")
_MILLION = 1_000_000


@dataclass(frozen=True, slots=True)
class Price:
    """One model's prices in dollars per million tokens; ``cached_input`` None: cached input
    is billed as input; ``batch_discount`` the share the batch service takes off (0.5)."""

    input: float
    output: float
    cached_input: float | None = None
    batch_discount: float = 0.0

    def cost(self, usage: Usage) -> float:
        """What ``usage`` cost at these prices."""
        b_in, b_cached, b_out = usage.batch
        now = self._tokens(
            usage.tokens_in - b_in, usage.tokens_cached - b_cached, usage.tokens_out - b_out
        )
        later = self._tokens(b_in, b_cached, b_out) * (1 - self.batch_discount)
        return now + later

    def _tokens(self, tokens_in: int, cached: int, tokens_out: int) -> float:
        cached = min(max(cached, 0), max(tokens_in, 0))
        cached_price = self.cached_input if self.cached_input is not None else self.input
        paid = (tokens_in - cached) * self.input + cached * cached_price + tokens_out * self.output
        return max(paid, 0.0) / _MILLION


@dataclass(frozen=True)
class PriceTable:
    """Prices by model name; ``as_of`` the default file's date, ``overridden`` the user file
    read over it, if any."""

    prices: Mapping[str, Price] = field(default_factory=dict)
    as_of: str = ""
    overridden: str | None = None

    def price(self, model: str | None) -> Price | None:
        """The price of ``model`` (a dated snapshot falls back to its model); None: unknown."""
        if not model:
            return None
        found = self.prices.get(model)
        if found is None:
            found = self.prices.get(_SNAPSHOT.sub("", model))
        return found

    def cost(self, model: str | None, usage: Usage) -> float | None:
        """What ``usage`` of ``model`` cost, in dollars; None when the table lacks the model."""
        if usage.tokens_in == 0 and usage.tokens_out == 0:
            return 0.0
        price = self.price(model)
        return None if price is None else price.cost(usage)

    @property
    def described(self) -> str:
        """Where the prices come from, for a footer: "prices of 2026-12-01" (and the file)."""
        said = f"prices of {self.as_of}" if self.as_of else "prices"
        return f"{said}, with {self.overridden}" if self.overridden else said


def format_cost(cost: float | None) -> str:
    """``$0.0123``, ``$12.34``; "unknown" for None."""
    if cost is None:
        return "unknown"
    if cost == 0:
        return "$0"
    return f"${cost:,.4f}" if cost < 1 else f"${cost:,.2f}"


def user_prices_path(environ: Mapping[str, str] | None = None) -> Path:
    """The user's price file: ``$SUMMARIZER_PRICES``, else ``prices.json`` in the config
    folder (it need not exist)."""
    env = os.environ if environ is None else environ
    value = env.get(PRICES_ENV, "").strip()
    if value:
        return Path(value).expanduser()
    import platformdirs

    return Path(platformdirs.user_config_dir("summarizer", appauthor=False)) / "prices.json"


def load_prices(environ: Mapping[str, str] | None = None) -> PriceTable:
    """The default table with the user's file read over it, model by model.

    Raises :class:`ConfigError` naming the user file when it is not a price table; a file
    named by ``$SUMMARIZER_PRICES`` must exist, the config folder's need not."""
    env = os.environ if environ is None else environ
    path = user_prices_path(env)
    named = bool(env.get(PRICES_ENV, "").strip())
    try:
        stamp = path.stat().st_mtime_ns
    except OSError:
        if named:
            raise ConfigError(
                f"no price file at {path} (named by ${PRICES_ENV})", source=str(path)
            ) from None
        stamp = None
    return _load(str(path) if stamp is not None else None, stamp)


@cache
def _defaults() -> tuple[dict[str, Price], str]:
    data = json.loads(_DEFAULTS.read_text(encoding="utf-8"))
    return _models(data, str(_DEFAULTS)), str(data.get("as_of", ""))


@cache
def _load(path: str | None, stamp: int | None) -> PriceTable:
    prices, as_of = _defaults()
    if path is None:
        return PriceTable(dict(prices), as_of)
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise ConfigError(f"cannot read the price file: {error}", source=path) from None
    return PriceTable({**prices, **_models(data, path)}, as_of, overridden=path)


def _models(data: Any, path: str) -> dict[str, Price]:
    models = data.get("models") if isinstance(data, dict) else None
    if not isinstance(models, dict):
        raise ConfigError('not a price table: no "models" object', source=path)
    table: dict[str, Price] = {}
    for name, entry in models.items():
        if not isinstance(entry, dict):
            raise ConfigError(f"model {name!r}: not an object of prices", source=path)
        try:
            table[name] = Price(
                input=_number(entry, "input"),
                output=_number(entry, "output"),
                cached_input=(
                    None if entry.get("cached_input") is None else _number(entry, "cached_input")
                ),
                batch_discount=(
                    _number(entry, "batch_discount") if "batch_discount" in entry else 0.0
                ),
            )
        except ValueError as error:
            raise ConfigError(f"model {name!r}: {error}", source=path) from None
        if table[name].batch_discount > 1:
            raise ConfigError(f"model {name!r}: batch_discount is a share, 0 to 1", source=path)
    return table


def _number(entry: Mapping[str, Any], key: str) -> float:
    value = entry.get(key)
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0:
        raise ValueError(f"{key} must be a number of dollars per million tokens, 0 or more")
    return float(value)
