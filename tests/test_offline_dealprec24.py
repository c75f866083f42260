"""Deal precision: a deal restated as "the accord" is not found again with other parties; a
relative clause names a deal's parties; an appeal to negotiate, a visit or summit, a modal
"can ... and agree" and "to meet existing targets" tell no deal."""

from __future__ import annotations

from tests.offline_support import brief


def _deals(text: str) -> list[tuple[str, str, list[str]]]:
    return [(d.title, d.status, d.parties) for d in brief(text).deals]


def test_the_accord_signed_at_a_summit_is_the_deal_told_before() -> None:
    deals = _deals(
        "The Andean Community and Japan signed an economic partnership agreement on Wednesday, "
        "ending ten years of negotiations.\n\n"
        "Japanese Foreign Minister Kenji Arakawa and the presidents of Peru, Colombia and "
        "Ecuador signed the accord at a summit in Lima. The pact will remove duties on most "
        "goods, officials said."
    )
    assert len(deals) == 1
    _, status, parties = deals[0]
    assert set(parties) == {"Andean Community", "Japan"}
    assert status == "signed"


def test_an_accord_named_by_its_subject_is_not_merged_away() -> None:
    deals = _deals(
        "Chile and Peru signed a fisheries agreement on Monday, officials said.\n\n"
        "Separately, Chile and Bolivia agreed on Tuesday to build a rail link to the port of "
        "Arica, the two foreign ministries said."
    )
    assert {frozenset(p) for _, _, p in deals} == {
        frozenset({"Chile", "Peru"}),
        frozenset({"Chile", "Bolivia"}),
    }


def test_a_relative_clause_names_the_parties_of_the_deal() -> None:
    (deal,) = _deals(
        "Chilean President Gabriel Soto said on Friday that the fisheries accord Chile signed "
        "with Argentina would let salmon farmers move live fish across the border."
    )
    _, status, parties = deal
    assert {"Chile", "Argentina"} <= set(parties)
    assert status == "signed"


def test_an_appeal_to_two_sides_to_negotiate_is_no_deal() -> None:
    text = (
        "Sudan accused South Sudanese troops of attacking a police post in Abyei on Thursday, "
        "and Juba denied it.\n\n"
        "The African Union on Sunday called on Sudan and South Sudan to resume negotiations "
        'over the region. "We urge both sides to return to the negotiating table without '
        'delay," the AU said.'
    )
    assert _deals(text) == []


def test_talks_held_after_an_appeal_are_still_talks() -> None:
    deals = _deals(
        "Sudan and South Sudan resumed negotiations over Abyei in Addis Ababa on Monday, a week "
        "after the African Union urged both sides to return to the table, officials said."
    )
    assert [set(p) for _, _, p in deals] == [{"Sudan", "South Sudan"}]


def test_a_visit_with_nothing_agreed_is_no_deal() -> None:
    text = (
        "Finland and Estonia signed a memorandum on Tuesday to restart a rail ferry across the "
        "Gulf of Finland, the two transport ministries said.\n\n"
        "Estonian Prime Minister Karl Tamm is expected to visit Helsinki next week, his office "
        "said. Finnish President Mikko Lehtinen will also visit Stockholm in October."
    )
    deals = _deals(text)
    assert [set(p) for _, _, p in deals] == [{"Finland", "Estonia"}]


def test_a_summit_where_a_deal_is_signed_is_still_a_deal() -> None:
    (deal,) = _deals(
        "Kenya and Tanzania signed a border trade agreement at a summit in Arusha on Monday, "
        "the two governments said."
    )
    _, status, parties = deal
    assert {"Kenya", "Tanzania"} <= set(parties)
    assert status == "signed"


def test_can_sit_and_agree_is_an_ability_not_a_deal() -> None:
    text = (
        '"The Barents is still the place where Norway and Russia can sit at the same table '
        'and agree on something," said Hilde Brekke, a professor of Arctic law.'
    )
    assert _deals(text) == []


def test_to_meet_existing_targets_is_no_meeting() -> None:
    text = (
        "The issue has divided OPEC members for years, with African producers such as "
        "Nigeria and Angola struggling to meet existing targets, delegates said."
    )
    assert _deals(text) == []


def test_who_sets_a_deadline_for_talks_is_no_party() -> None:
    text = (
        "The U.S. Treasury's Office of Foreign Assets Control has given Lukoil until January 17 "
        "to conclude talks on a sale of its foreign assets, officials said."
    )
    assert _deals(text) == []
