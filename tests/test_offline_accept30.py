"""A side that accepts or rejects a plan told before (issue 11, round accept30): the later
clause that points back by the plan's noun adds its subject to that plan's parties, never a new
deal; one side's acceptance leaves the plan proposed."""

from __future__ import annotations

from offline_support import brief, names


def _deals(text: str) -> list[tuple[str, set[str]]]:
    return [(d.status, set(d.parties)) for d in brief(text).deals]


_PLAN = (
    "DOHA, March 3 (Reuters) - Qatar has put forward a proposal for a permanent ceasefire "
    "between the Congolese government and the Allied Democratic Forces, officials said on "
    "Monday. The proposal would freeze the front lines around Beni for six months. "
)


def test_group_that_accepts_the_truce_told_before_is_its_party() -> None:
    text = (
        "PORT SUDAN, Nov 24 (Reuters) - Sudan's army chief has rejected a humanitarian truce "
        "proposed by the United States, Saudi Arabia and Egypt, dealing a blow to the most "
        "serious diplomatic push in a year to halt the war. The plan calls for a three-month "
        "truce. The Rapid Support Forces said last week that it accepted the truce, though "
        "its fighters kept attacking villages."
    )
    deals = _deals(text)
    assert len(deals) == 1, "the acceptance is the same truce, not a new deal"
    status, parties = deals[0]
    assert status == "collapsed"
    assert "Rapid Support Forces" in parties


def test_rejection_of_the_roadmap_by_a_side_ends_it() -> None:
    text = (
        "ADDIS ABABA, May 2 (Reuters) - The African Union on Wednesday proposed a peace "
        "roadmap to settle the standoff between Ethiopia and the Tigray People's Liberation "
        "Front, calling for elections within a year. Ethiopia said it accepted the roadmap. "
        "But the Tigray People's Liberation Front rejected the roadmap on Friday, saying it "
        "ignored the displaced."
    )
    deals = _deals(text)
    assert deals and deals[0][0] == "collapsed"


def test_outsider_welcoming_the_plan_is_no_party() -> None:
    text = _PLAN + "The European Union welcomed the proposal in a statement."
    deals = _deals(text)
    assert deals
    assert all("European Union" not in parties for _, parties in deals)


def test_a_side_that_would_not_accept_the_plan_answers_nothing() -> None:
    text = _PLAN + "Uganda said it would not accept the proposal."
    assert all("Uganda" not in parties for _, parties in _deals(text))


def test_army_chief_in_a_war_with_a_group_of_his_state_acts_for_the_army() -> None:
    text = (
        "PORT SUDAN, Nov 24 (Reuters) - Sudan's army chief, Gen Abdel Fattah al-Burhan, has "
        "rejected a humanitarian truce proposed by the United States, Saudi Arabia and Egypt, "
        "dealing a blow to efforts to halt the war with the paramilitary Rapid Support Forces."
    )
    briefing = brief(text)
    assert "Sudanese army" in names(briefing)
    assert briefing.deals and "Sudanese army" in briefing.deals[0].parties


def test_army_chief_with_no_war_at_home_acts_for_his_state() -> None:
    text = (
        "ISLAMABAD, May 4 (Reuters) - Pakistan's army chief, Gen Asim Munir, has rejected a "
        "ceasefire proposed by the United States and Saudi Arabia, saying India must first "
        "withdraw its troops from the border."
    )
    assert "Pakistani army" not in names(brief(text))
