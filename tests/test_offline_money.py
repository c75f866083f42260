"""Money parsing: the forms world-news text uses."""

from __future__ import annotations

import pytest

from summarizer._engines.offline._money import parse_money


@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [
        ("a $20 billion project", 20_000_000_000, "USD"),
        ("worth €1.5bn", 1_500_000_000, "EUR"),
        ("fined 2 million euros", 2_000_000, "EUR"),
        ("¥300 billion in loans", 300_000_000_000, "JPY"),
        ("USD 4.2 billion", 4_200_000_000, "USD"),
        ("£12.5m", 12_500_000, "GBP"),
        ("US$ 3m", 3_000_000, "USD"),
        ("500 million rubles", 500_000_000, "RUB"),
        ("a 1,200 dollars fee", 1_200, "USD"),
        ("HK$5 billion", 5_000_000_000, "HKD"),
        ("2.6 billion dollars", 2_600_000_000, "USD"),
        ("$79 a barrel", 79, "USD"),
    ],
)
def test_amounts(text: str, amount: float, currency: str) -> None:
    found = parse_money(text)
    assert len(found) == 1
    assert found[0].amount == pytest.approx(amount)
    assert found[0].currency == currency


@pytest.mark.parametrize(
    "text", ["in 2021", "try 5 times", "5 years", "40% of the market", "180 tanks", ""]
)
def test_not_money(text: str) -> None:
    assert parse_money(text) == []


def test_several_amounts_in_order() -> None:
    found = parse_money("between $75 and $90 a barrel, up from €60")
    assert [(a.amount, a.currency) for a in found] == [(75, "USD"), (90, "USD"), (60, "EUR")]
