"""Common wire phrasings the engine misread: a supply cut-off is a measure imposed, not one
lifted ("cut off gas supplies to Morocco"); a protest at another state's act named by its
owner ("protested Beijing's deployment of a survey ship"); "prisoners of war" exchanged tell
a swap, not a war."""

from __future__ import annotations

from offline_support import brief


def _disputes(text: str) -> list[set[str]]:
    return [set(d.parties) for d in brief(text).disputes]


def test_a_supply_cut_off_is_a_measure_imposed() -> None:
    found = _disputes(
        "ALGIERS (Reuters) - Algeria cut off gas supplies to Morocco on Sunday, the energy "
        "ministry said."
    )
    assert {"Algeria", "Morocco"} in found, found


def test_a_lifted_ban_is_still_no_row_of_its_own() -> None:
    # The measure named before and taken away: no new dispute is stated from it.
    assert not _disputes(
        "CANBERRA (AP) - China lifted its ban on Australian wine on Friday, trade officials said."
    )


def test_a_protest_at_another_states_act_named_by_its_owner() -> None:
    found = _disputes(
        "HANOI (AFP) - Vietnam protested Beijing's deployment of a survey ship in its "
        "exclusive economic zone on Tuesday."
    )
    assert {"Vietnam", "China"} in found, found


def test_prisoners_of_war_swapped_tell_a_swap_not_a_war() -> None:
    briefing = brief(
        "ABU DHABI (Reuters) - Russia and Ukraine swapped 150 prisoners of war each on "
        "Saturday in an exchange brokered by the United Arab Emirates."
    )
    assert not briefing.disputes, [d.title for d in briefing.disputes]
    assert any({"Russia", "Ukraine"} <= set(d.parties) for d in briefing.deals), briefing.deals


def test_sides_that_sparred_over_a_matter_are_in_a_row() -> None:
    found = _disputes(
        "ATHENS (AP) - Greece and Turkey sparred over migrant boats in the Aegean on Friday, "
        "each accusing the other's coast guard."
    )
    assert {"Greece", "Turkey"} in found, found


def test_a_sparring_partner_is_no_row() -> None:
    assert not _disputes(
        "LAS VEGAS (AP) - The champion's sparring partner from Mexico arrived on Friday."
    )


def test_a_finalised_deal_is_agreed_and_one_not_yet_finalised_is_not() -> None:
    done = brief(
        "KYIV (Reuters) - The United States and Ukraine finalised a minerals deal on Wednesday "
        "after weeks of wrangling, officials said."
    ).deals
    assert any(d.status == "agreed" for d in done), [(d.title, d.status) for d in done]
    pending = brief(
        "KYIV (Reuters) - The United States and Ukraine have not yet finalised a minerals deal, "
        "officials said on Wednesday."
    ).deals
    assert not any(d.status in ("agreed", "signed") for d in pending), pending


def test_a_company_name_ending_in_ltd_with_a_full_stop_is_still_a_party() -> None:
    # The stop after "Ltd." belongs to the name; the clause goes on past it.
    deals = brief(
        "DILI (Bloomberg) -- Timor-Leste and Woodside Energy Group Ltd. signed an agreement to "
        "fund an engineering study of a gas pipeline on Tuesday."
    ).deals
    assert any("Timor" in " ".join(d.parties) and len(d.parties) >= 2 for d in deals), deals


def test_ties_upgraded_to_a_partnership_are_a_deal_of_the_two() -> None:
    deals = brief(
        "HANOI (Reuters) - Washington and Hanoi upgraded their ties to a comprehensive "
        "strategic partnership on Sunday during a visit by the U.S. president."
    ).deals
    assert any(
        set(d.parties) >= {"United States", "Vietnam"} and d.status == "agreed" for d in deals
    ), [(d.title, d.parties, d.status) for d in deals]


def test_ties_that_could_be_upgraded_are_no_deal() -> None:
    assert not brief(
        "HANOI (Reuters) - The two countries could upgrade their ties to a strategic partnership "
        "next year, diplomats said."
    ).deals


def test_a_warning_of_what_could_happen_to_a_thing_is_aimed_at_no_one() -> None:
    # "warned the fund could be exhausted": what follows is what is feared, no one warned;
    # the one warning takes no side in the story's row.
    disputes = brief(
        "DILI (Bloomberg) -- Timor-Leste and Woodside Energy signed an agreement on Tuesday, a "
        "step toward ending a two-decade standoff over the gas. Output from its only producing "
        "field ended this year, and the International Monetary Fund has warned the fund could "
        "be exhausted by the mid-2030s without new revenue."
    ).disputes
    assert disputes and not any("International Monetary Fund" in d.parties for d in disputes), [
        (d.title, d.parties) for d in disputes
    ]
    warned = brief("MANILA (AP) - China warned the Philippines on Tuesday to stop provoking it.")
    assert any({"China", "Philippines"} <= set(d.parties) for d in warned.disputes)
