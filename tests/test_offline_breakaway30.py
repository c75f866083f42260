"""A breakaway or de facto territory is a side of its own (regions.json 'governed'): it signs
deals and quarrels with the state it broke from; its own leaders stand with it; the partner of
a deal a third state objects to is not the objector's target; two who make a deal together are
not opposed by a row that names them together or only points back."""

from __future__ import annotations

from offline_support import brief


def _disputes(text: str) -> list[tuple[str, set[str]]]:
    return [(d.title, set(d.parties)) for d in brief(text).disputes]


def _deals(text: str) -> list[tuple[str, set[str]]]:
    return [(d.title, set(d.parties)) for d in brief(text).deals]


def test_a_breakaway_region_signs_a_deal_with_the_state_it_broke_from() -> None:
    text = (
        "Moldova and the breakaway region of Transnistria signed a gas supply agreement on "
        "Thursday, ending weeks of blackouts on the left bank of the river."
    )
    found = _deals(text)
    assert any({"Moldova", "Transnistria"} <= p for _, p in found), found


def test_a_breakaway_region_is_accused_by_the_state_it_broke_from() -> None:
    found = _disputes("Somalia accused Somaliland of selling its coast to a foreign navy.")
    assert any({"Somalia", "Somaliland"} <= p for _, p in found), found


def test_the_territorys_own_leader_is_never_against_it() -> None:
    text = (
        "The European Union offered Transnistria help on condition that Tiraspol release "
        "political prisoners, conditions the region's leader Vadim Krasnoselsky rejected as "
        "blackmail. Transnistrian leader Vadim Krasnoselsky also accused Moldova of lying."
    )
    for title, parties in _disputes(text):
        # the leader is on Transnistria's side: never the one side against it
        assert parties != {"Transnistria", "Vadim Krasnoselsky"}, title


def test_the_partner_of_a_deal_a_third_state_objects_to_is_not_its_target() -> None:
    text = (
        "Somalia's government said Ethiopia had continued to interfere in its internal affairs "
        "since the memorandum of understanding was signed in January, under which Somaliland "
        "would lease 20 km of coastline to Ethiopia for a naval base."
    )
    for title, parties in _disputes(text):
        assert parties != {"Ethiopia", "Somaliland"}, title


def test_deal_partners_named_together_as_a_target_are_not_opposed() -> None:
    text = (
        "Taiwan and Somaliland signed a coast guard cooperation agreement on Wednesday. "
        'Beijing said it "firmly opposes any official exchanges" between Taiwan and Somaliland.'
    )
    for title, parties in _disputes(text):
        assert parties != {"Taiwan", "Somaliland"}, title
    assert any({"Taiwan", "Somaliland"} <= p for _, p in _deals(text))


def test_a_war_between_two_who_agreed_a_truce_stays_a_dispute() -> None:
    text = (
        "The Sudanese army and the RSF agreed a seven-day truce in Jeddah on Saturday. "
        "The war between the Sudanese army and the RSF has killed tens of thousands of people."
    )
    assert _disputes(text), brief(text).disputes


def test_a_territory_the_objector_claims_as_its_own_is_not_its_target() -> None:
    text = (
        "Ethiopia signed a memorandum of understanding with Somaliland in January to lease a "
        "stretch of coastline for a naval base. Somalia, which considers Somaliland part of its "
        'territory, called the memorandum "an act of aggression".'
    )
    for title, parties in _disputes(text):
        assert parties != {"Somalia", "Somaliland"}, title
