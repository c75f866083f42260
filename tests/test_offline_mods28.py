"""A name that only qualifies a noun is no side and no party (issue 11: mods28).

"Chinese-built smelters", "the UN-patrolled buffer zone", "a filing to the Hong Kong stock
exchange": the name tells what the thing is or where a market sits, not who acts.
"""

from __future__ import annotations

from offline_support import brief

from summarizer._engines.offline._modifiers import fused


def _claims(text: str) -> tuple[list[tuple[str, set[str]]], list[tuple[str, set[str]]]]:
    b = brief(text)
    return (
        [(d.title, set(d.parties)) for d in b.disputes],
        [(d.title, set(d.parties)) for d in b.deals],
    )


def test_the_keeper_of_a_zone_is_no_party_of_a_deal_made_along_it() -> None:
    _, deals = _claims(
        "NICOSIA, Dec 1 (Wire) - The leaders of Cyprus's divided communities agreed on Monday "
        "to open two new crossing points along the UN-patrolled buffer zone, the first result "
        "of a thaw since October."
    )
    assert not any("United Nations" in parties for _, parties in deals)


def test_the_builder_of_a_thing_is_no_side_of_a_row_over_it() -> None:
    disputes, _ = _claims(
        "Three years after a panel ruled that Indonesia's ban on exports of raw nickel ore "
        "broke trade rules, the ban is still in force, Chinese-built smelters line the coasts "
        "of Sulawesi, and the European Union, which brought the case, is preparing to sign a "
        "trade agreement with Jakarta."
    )
    assert not any("China" in parties for _, parties in disputes)


def test_a_maker_named_in_a_compound_is_no_party_but_the_buyer_still_is_one() -> None:
    _, deals = _claims(
        "BAKU, May 2 (Wire) - Armenia's Chinese-built border posts were handed over on "
        "Monday.\n\nThe two sides agreed to open a new crossing point in the spring, officials "
        "said."
    )
    assert not any("China" in parties for _, parties in deals)
    _, deals = _claims(
        "Kenya and Uganda agreed on Thursday to jointly finance an extension of the "
        "Chinese-built railway to the border."
    )
    assert [parties for _, parties in deals] == [{"Kenya", "Uganda"}]


def test_a_name_that_acts_elsewhere_in_the_clause_stays_a_side() -> None:
    disputes, _ = _claims(
        "Manila protested after Chinese coast guard ships fired water cannon at a Philippine "
        "supply boat that was filmed by a US-made patrol aircraft."
    )
    assert [parties for _, parties in disputes] == [{"China", "Philippines"}]


def test_a_title_keeps_a_hyphenated_word_whole() -> None:
    disputes, _ = _claims(
        "Russia accused Ukraine of shelling the Russian-occupied city of Donetsk on Monday."
    )
    [(title, parties)] = disputes
    assert parties == {"Russia", "Ukraine"}
    assert "Russian-occupied city" in title
    assert " -occupied" not in title


def test_a_name_fused_into_a_hyphenated_word() -> None:
    assert fused("the UN-patrolled zone", 6)
    assert not fused("the UN - a body", 6)
    assert not fused("the UN, which", 6)
