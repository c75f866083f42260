"""The price table (summarizer/_cost): what a model's tokens cost, the user's file over the
dated defaults, and "unknown" rather than a made-up number."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from summarizer._cost import format_cost, load_prices
from summarizer._cost._prices import _DEFAULTS
from summarizer._engines._protocol import Usage
from summarizer._errors import ConfigError

MILLION = 1_000_000


def test_the_default_file_is_dated_and_says_the_prices_are_the_users_to_check() -> None:
    data = json.loads(_DEFAULTS.read_text(encoding="utf-8"))
    assert data["as_of"] == load_prices({}).as_of == "2026-12-01"
    assert "yours to check" in data["note"]
    for name in ("gpt-4.1-mini", "gpt-4.1", "gpt-4o-mini", "gpt-4o"):
        assert data["models"][name]["batch_discount"] == 0.5


def test_input_output_cached_input_and_the_batch_discount_are_each_priced() -> None:
    prices = load_prices({})
    # gpt-4.1-mini: $0.40 in, $0.10 cached in, $1.60 out per million.
    assert prices.cost("gpt-4.1-mini", Usage(MILLION, MILLION, 1)) == pytest.approx(2.00)
    cached = Usage(MILLION, 0, 1, tokens_cached=MILLION // 2)
    assert prices.cost("gpt-4.1-mini", cached) == pytest.approx(0.25)
    batch = Usage(MILLION, MILLION, 1, batch=(MILLION, 0, MILLION))
    assert prices.cost("gpt-4.1-mini", batch) == pytest.approx(1.00)
    # A batch answer and a synchronous re-ask of it: each at its own price.
    both = Usage(2 * MILLION, 2 * MILLION, 2, batch=(MILLION, 0, MILLION))
    assert prices.cost("gpt-4.1-mini", both) == pytest.approx(3.00)


def test_a_dated_snapshot_is_priced_as_its_model_and_an_unknown_model_is_unknown() -> None:
    prices = load_prices({})
    usage = Usage(1000, 100, 1)
    assert prices.cost("gpt-4.1-mini-2025-04-14", usage) == prices.cost("gpt-4.1-mini", usage)
    assert prices.cost("qwen2.5:7b-instruct", usage) is None
    assert format_cost(None) == "unknown"
    assert prices.cost("qwen2.5:7b-instruct", Usage()) == 0.0  # no tokens cost nothing


def test_the_users_file_overrides_the_defaults_model_by_model(tmp_path: Path) -> None:
    mine = tmp_path / "prices.json"
    mine.write_text(
        json.dumps(
            {
                "models": {
                    "gpt-4.1-mini": {"input": 1, "output": 2},
                    "qwen2.5:7b-instruct": {"input": 0, "output": 0},
                }
            }
        ),
        encoding="utf-8",
    )
    prices = load_prices({"SUMMARIZER_PRICES": str(mine)})
    assert prices.cost("gpt-4.1-mini", Usage(MILLION, MILLION, 1)) == pytest.approx(3)
    assert prices.cost("qwen2.5:7b-instruct", Usage(10, 10, 1)) == 0.0
    assert prices.cost("gpt-4o", Usage(MILLION, 0, 1)) == pytest.approx(2.5)  # a default kept
    assert prices.overridden == str(mine)


@pytest.mark.parametrize(
    ("content", "said"),
    [
        ("{oops", "cannot read the price file"),
        ('{"prices": {}}', 'not a price table: no "models" object'),
        ('{"models": {"m": {"input": "cheap", "output": 1}}}', "model 'm': input must be"),
        ('{"models": {"m": {"input": 1, "output": 1, "batch_discount": 50}}}', "a share, 0 to 1"),
    ],
)
def test_a_bad_price_file_is_one_line_naming_it(tmp_path: Path, content: str, said: str) -> None:
    bad = tmp_path / "prices.json"
    bad.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_prices({"SUMMARIZER_PRICES": str(bad)})
    assert said in str(caught.value) and str(bad) in str(caught.value)


def test_a_price_file_named_by_the_variable_must_exist(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="no price file at"):
        load_prices({"SUMMARIZER_PRICES": str(tmp_path / "missing.json")})
