"""A plan a mediator or a third state puts forward, and who turns it down (issue 11, round
plans30): a rejected plan with a named author is a proposal that collapsed; the sides it is put
to are its parties beside its author."""

from __future__ import annotations

from offline_support import brief


def _deals(text: str) -> list[tuple[str, set[str]]]:
    return [(d.status, set(d.parties)) for d in brief(text).deals]


def test_truce_proposed_by_named_states_and_rejected_is_collapsed() -> None:
    text = (
        "PORT SUDAN, Nov 24 (Reuters) - Sudan's army chief has rejected a humanitarian truce "
        "proposed by the United States, Saudi Arabia and Egypt, dealing a blow to the most "
        "serious diplomatic push in a year to halt the war."
    )
    deals = _deals(text)
    assert deals, "the rejected truce is still a plan put forward"
    status, parties = deals[0]
    assert status == "collapsed"
    assert {"Sudan", "United States", "Saudi Arabia"} <= parties


def test_rejected_truce_with_no_author_is_no_deal() -> None:
    text = (
        "PORT SUDAN, Nov 24 (Reuters) - Sudan's army chief has rejected any truce with the "
        "Rapid Support Forces, saying the war would go on until the paramilitaries withdraw "
        "from the cities they hold."
    )
    assert _deals(text) == []


def test_rejecting_a_plan_one_could_reject_is_no_deal() -> None:
    text = (
        "ANKARA, Oct 22 (Reuters) - Somalia could reject a plan proposed by Turkey, officials "
        "in Mogadishu said on Wednesday, as the row with Ethiopia over Somaliland dragged on."
    )
    assert all(status != "collapsed" for status, _ in _deals(text))


def test_roadmap_put_forward_by_a_bloc_to_two_states_is_their_proposed_deal() -> None:
    text = (
        "ADDIS ABABA, Feb 3 (Reuters) - Ethiopia on Monday rejected a roadmap put forward by "
        "the African Union to Ethiopia and Eritrea, saying it ignored the border ruling of "
        "2002. Eritrea has not responded."
    )
    deals = _deals(text)
    assert deals
    status, parties = deals[0]
    assert status == "collapsed"
    assert {"African Union", "Ethiopia", "Eritrea"} <= parties


def test_body_ready_to_convene_the_three_parties_proposes_talks_of_all_three() -> None:
    text = (
        "CAIRO, Sept 30 (Reuters) - Egypt and Sudan accused Ethiopia on Tuesday of releasing "
        "water from its giant dam without warning, flooding farms along the Nile. Ethiopia "
        "said the floods were caused by heavy rain. On Monday, the African Union Commission "
        'said it was "ready to convene the three parties" and proposed a new round of talks '
        "in Addis Ababa before the end of the year."
    )
    deals = _deals(text)
    assert ("proposed", {"African Union Commission", "Egypt", "Sudan", "Ethiopia"}) in deals


def test_the_three_parties_with_two_states_named_is_left_open() -> None:
    text = (
        "CAIRO, Sept 30 (Reuters) - Egypt accused Ethiopia on Tuesday of releasing water from "
        "its giant dam without warning. On Monday, the African Union Commission said it was "
        '"ready to convene the three parties" and proposed a new round of talks.'
    )
    assert all("African Union Commission" not in parties for _, parties in _deals(text))
