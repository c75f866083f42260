"""One deal per subject and pair (issue 11, the sixth session): a meeting the pair will hold on
the sidelines of a summit is the next step of the deal told before, not a second deal; missile
or artillery exchanges are fighting, never a swap."""

from __future__ import annotations

from offline_support import brief


def test_a_follow_up_meeting_of_the_pair_joins_its_deal() -> None:
    briefing = brief(
        "ASUNCION (Wire) - Brazil and Paraguay agreed on Friday to cut the tariff charged for "
        "electricity from the Itaipu dam, officials from both countries said.\n\n"
        "The deal ends a two-year row over the dam's finances.\n\n"
        "The two leaders are expected to meet on the sidelines of the Mercosur summit on "
        "Dec. 20 to sign the revised annex."
    )
    assert [(d.status, sorted(d.parties)) for d in briefing.deals] == [
        ("agreed", ["Brazil", "Paraguay"])
    ]
    assert any("Dec. 20" in (s.horizon or "") for s in briefing.outlook.signals)


def test_talks_on_a_subject_of_their_own_stay_apart() -> None:
    deals = brief(
        "ASUNCION (Wire) - Brazil and Paraguay agreed on Friday to cut the tariff charged for "
        "electricity from the Itaipu dam, officials from both countries said.\n\n"
        "The two governments also opened talks on a new bridge over the Parana river, the "
        "foreign ministry said."
    ).deals
    assert len(deals) == 2, [d.title for d in deals]


def test_missile_exchanges_are_no_swap() -> None:
    briefing = brief(
        "RIYADH (Wire) - The detente survived Iran's missile exchanges with Israel and last "
        "month's 12-day war, diplomats said on Sunday."
    )
    assert all("exchange" not in d.title.casefold() for d in briefing.deals), [
        d.title for d in briefing.deals
    ]


def test_the_tariff_charged_for_electricity_is_a_price_not_a_trade_row() -> None:
    briefing = brief(
        "ASUNCION (Wire) - Brazil and Paraguay have agreed to cut the tariff charged for "
        "electricity from the Itaipu dam they share, officials said on Friday, easing one of "
        "the region's longest-running energy quarrels.\n\n"
        "Under the agreement, the tariff that the two countries' state utilities pay for "
        "Itaipu's power will fall from January, Paraguay's foreign minister said."
    )
    # The quarrel is Brazil's and Paraguay's; the dam is no side of it.
    assert [sorted(d.parties) for d in briefing.disputes] == [["Brazil", "Paraguay"]]
    assert all("Tariff" not in d.title for d in briefing.disputes)


def test_drones_that_set_fire_to_a_site_are_a_strike() -> None:
    disputes = brief(
        "MOSCOW (Wire) - Russia's Defence Ministry said Ukrainian drones had set fire to an "
        "oil pumping station in the Krasnodar region early on Wednesday, calling it a "
        "deliberate provocation intended to derail Washington's peace efforts."
    ).disputes
    assert [sorted({"Russia", "Ukraine"} & set(d.parties)) for d in disputes] == [
        ["Russia", "Ukraine"]
    ]
    assert all("United States" not in d.parties for d in disputes)


def test_a_past_deed_in_a_dated_relative_clause_sets_no_status() -> None:
    disputes = brief(
        "BOGOTA (Wire) - Colombian officials on Monday accused the ELN guerrillas of using "
        "Venezuelan territory as a rearguard for attacks in Catatumbo.\n\n"
        "The row is awkward for Petro, who restored diplomatic relations with Caracas after "
        "taking office in 2022."
    ).disputes
    assert disputes and all(d.status != "resolved" for d in disputes), [
        (d.title, d.status) for d in disputes
    ]


def test_a_deal_agreed_even_as_other_talks_stall_keeps_its_status() -> None:
    deals = brief(
        "ASUNCION (Wire) - Brazil and Paraguay have agreed to cut the tariff charged for power "
        "from the Itaipu dam, officials said on Friday, even as talks on rewriting the treaty "
        "that governs the plant remain stuck.\n\n"
        "The negotiations were frozen for five months this year after a spying row. Paraguay "
        "suspended the talks and summoned Brazil's ambassador, and only resumed them in August."
    ).deals
    tariff = [d for d in deals if "tariff" in d.title.casefold()]
    assert [d.status for d in tariff] == ["agreed"], [(d.title, d.status) for d in deals]


def test_the_two_regional_rivals_are_the_states_named_before() -> None:
    deals = brief(
        "ALGIERS (Wire) - Algeria has rejected a Security Council resolution that endorses "
        "Morocco's autonomy plan for Western Sahara, even as the United States said it hoped to "
        "bring the two North African rivals together for direct talks."
    ).deals
    assert all("UN Security Council" not in d.parties for d in deals), [d.parties for d in deals]
    assert all(d.status in ("proposed", "unclear") for d in deals), [d.status for d in deals]
