"""Who made a deal, read the way wire copy tells it (issue 11, the seventh session): the pair a
noun like "the two governments" points back to, a speaker that is one of that pair, the
neighbour a border runs along, a hyphenated pair opening the sentence, and a dash-set aside
in a deal's title. Each was a false or a lost deal in hold-out 31 or 29."""

from __future__ import annotations

from offline_support import brief


def _deals(text: str) -> list[tuple[str, list[str]]]:
    return [(d.title, sorted(d.parties)) for d in brief(text).deals]


def test_the_state_behind_a_person_is_one_of_the_two_governments() -> None:
    text = (
        "Pacific Pacts\n\n"
        "China's coast guard blocked a Philippine supply boat near the shoal on Monday. "
        "Manila now has an insurance policy of sorts. On April 28, hours before Barack Obama "
        "landed in the Philippine capital, the two governments signed the Enhanced Defense "
        "Cooperation Agreement, which gives U.S. forces rotational access to Philippine "
        "bases for ten years.\n"
    )
    deals = _deals(text)
    assert any({"Philippines", "United States"} <= set(p) for _, p in deals), deals
    assert not any("China" in p for _, p in deals), deals


def test_a_speaking_state_is_one_of_the_two_sides_it_speaks_of() -> None:
    text = (
        "Standoff Ends\n\n"
        "India and China have agreed to end a ten-week military standoff on the plateau, just "
        "days before Prime Minister Narendra Modi is due in China for a summit.\n\n"
        "India's Ministry of External Affairs said on Monday that the two sides had kept up "
        'diplomatic contacts and had agreed to the "expeditious disengagement" of troops at '
        "the face-off site.\n"
    )
    deals = _deals(text)
    # One deal, between the two states: not China and Modi without India.
    assert len(deals) == 1, deals
    assert {"China", "India"} <= set(deals[0][1]), deals


def test_the_neighbour_a_border_runs_along_is_no_party() -> None:
    text = (
        "Migration Deal\n\n"
        "Mexico and the United States agreed on Friday that Mexico would deploy 6,000 troops "
        "to its southern border with Guatemala to curb migration.\n"
    )
    deals = _deals(text)
    assert deals, deals
    assert all("Guatemala" not in p for _, p in deals), deals


def test_a_lone_state_sending_troops_to_its_border_makes_no_deal_with_the_neighbour() -> None:
    text = (
        "Troops Sent\n\n"
        "Mexico agreed to deploy 6,000 troops to its southern border with Guatemala.\n"
    )
    assert _deals(text) == []


def test_a_hyphenated_pair_opening_the_sentence_names_the_instrument() -> None:
    text = (
        "Truce Holds\n\n"
        "The India-Pakistan ceasefire has largely held since the fighting ended, officials "
        "said.\n"
    )
    deals = _deals(text)
    assert [p for _, p in deals] == [["India", "Pakistan"]], deals


def test_a_double_hyphen_aside_does_not_end_up_in_the_title() -> None:
    text = (
        "Troops Sent\n\n"
        "Mexico and the United States agreed to deploy the new National Guard -- some 6,000 "
        "troops -- to the south.\n"
    )
    titles = [t for t, _ in _deals(text)]
    assert titles, titles
    assert all("6,000" not in t for t in titles), titles


def test_a_truce_told_beside_the_fighting_of_the_pair_is_theirs() -> None:
    text = (
        "India and Pakistan Close Airspace Again\n\n"
        "India and Pakistan extended the closure of their airspace to each other's airlines "
        "on Monday. The announcements underlined how little has thawed between the "
        "nuclear-armed neighbours since a four-day conflict in May, the worst fighting between "
        "them in decades, even as a ceasefire agreed on May 10 continues to hold along the "
        "Line of Control.\n\n"
        "The treaty had survived three wars and decades of hostility.\n"
    )
    deals = brief(text).deals
    truce = [d for d in deals if any("ceasefire" in e.quote for e in d.evidence)]
    assert [sorted(d.parties) for d in truce] == [["India", "Pakistan"]], deals
    assert truce[0].status == "implemented"
    # "The treaty" points back to a treaty, not to the truce.
    assert not any("treaty" in e.quote for e in truce[0].evidence)


def test_a_contrasting_clause_names_no_party_of_the_deal() -> None:
    text = (
        "Truce Claims\n\n"
        "India and Pakistan fought for four days in May. U.S. President Donald Trump has "
        "repeatedly said Washington brokered the truce. India has rejected any third-party "
        "mediation, saying the pause in fighting was agreed bilaterally, while Pakistan has "
        "thanked Trump for his role.\n"
    )
    deals = _deals(text)
    assert not any("United States" in p or "Donald Trump" in p for _, p in deals), deals


def test_the_owner_of_the_framework_a_deal_is_made_under_is_no_party() -> None:
    text = (
        "Debt Deal\n\n"
        "Zambia signed a debt restructuring deal with China on Monday under the G20's Common "
        "Framework, the finance ministry said.\n"
    )
    deals = _deals(text)
    assert [p for _, p in deals] == [["China", "Zambia"]], deals
