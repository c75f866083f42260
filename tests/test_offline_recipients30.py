"""Money and capitals in deal clauses (round recipients30, issue 11): a capital that receives a
sale ("weapons sales to Taipei") is its state, not a place; and an amount converted in brackets
("$6.2bn (£4.7bn) package") does not hide the deal from its verb."""

from __future__ import annotations

from offline_support import brief, names


def test_a_capital_that_receives_a_sale_is_its_state() -> None:
    briefing = brief("The United States approved a $6.2bn package of weapons sales to Taipei.")
    assert "Taiwan" in names(briefing)
    [deal] = briefing.deals
    assert set(deal.parties) == {"United States", "Taiwan"}


def test_a_capital_travelled_to_is_still_a_place() -> None:
    briefing = brief("The minister flew to Taipei on Monday for a trade fair.")
    assert "Taiwan" not in names(briefing)


def test_an_amount_converted_in_brackets_keeps_the_deal() -> None:
    briefing = brief(
        "TAIPEI - China launched drills around Taiwan on Monday, days after the United States "
        "approved a $6.2bn (£4.7bn) package of weapons sales to Taipei."
    )
    assert any({"United States", "Taiwan"} <= set(d.parties) for d in briefing.deals)
