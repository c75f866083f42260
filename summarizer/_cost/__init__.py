"""What model calls cost in money: the price table (:mod:`._prices`)."""

from __future__ import annotations

from summarizer._cost._prices import (
    PRICES_ENV,
    Price,
    PriceTable,
    format_cost,
    load_prices,
    user_prices_path,
)

__all__ = ["PRICES_ENV", "Price", "PriceTable", "format_cost", "load_prices", "user_prices_path"]
