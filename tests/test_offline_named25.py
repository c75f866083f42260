"""Named instruments and their state: a treaty, truce or declaration the article names and
says something of now is a deal of the parties its own words name."""

from __future__ import annotations

from offline_support import brief


def _deal_parties(text: str) -> list[tuple[set[str], str]]:
    return [(set(d.parties), d.status) for d in brief(text).deals]


def test_a_hyphenated_pair_names_the_parties_of_a_treaty_said_to_hold_now() -> None:
    text = (
        "Chinese coast guard ships fired water cannon at a Philippine vessel near Sabina Shoal "
        "on Sunday, the Philippine coast guard said, in the latest clash between China and the "
        "Philippines in the South China Sea. The U.S. State Department condemned the attack. "
        "A spokesperson, Jane Doyle, reiterated that the 1951 U.S.-Philippines Mutual Defense "
        "Treaty extends to armed attacks on Philippine public vessels anywhere in the sea."
    )
    deals = _deal_parties(text)
    assert any({"United States", "Philippines"} <= parties for parties, _ in deals), deals


def test_a_pair_subject_and_their_treaty_reaffirmed_is_an_agreed_deal() -> None:
    text = (
        "Japan and the United States on Friday reaffirmed that their security treaty applies "
        "to the Senkaku Islands, which China claims. China's foreign ministry said the islands "
        "were China's inherent territory."
    )
    deals = _deal_parties(text)
    assert ({"Japan", "United States"}, "agreed") in deals, deals


def test_the_accuser_and_the_accused_of_breaking_a_truce_are_its_sides_the_mediator_after() -> None:
    text = (
        "Sudan's army on Sunday accused the Rapid Support Forces of violating a truce brokered "
        "by Saudi Arabia after fighting broke out around El Fasher, residents said. The RSF "
        "denied the accusation and said it remained committed to the truce."
    )
    [truce] = brief(text).deals
    # The broker takes part, listed after the two the truce binds; the title names those two.
    assert (truce.parties, truce.status) == (
        ["Sudan", "Rapid Support Forces", "Saudi Arabia"],
        "unclear",
    )
    assert "Saudi" not in truce.title


def test_a_treaty_named_only_by_its_history_is_no_deal() -> None:
    text = (
        "Greek and Turkish coast guard vessels shadowed each other near Kastellorizo on "
        "Tuesday after a Turkish survey ship entered waters Greece claims. Relations between "
        "the two countries are still shaped by the 1923 Treaty of Lausanne, signed after the "
        "war between Greece and Turkey."
    )
    assert brief(text).deals == []


def test_resuming_imports_of_a_states_goods_is_an_agreed_easing_between_the_two() -> None:
    text = (
        "China will resume imports of live Australian rock lobster by December 20, ending the "
        "last of the trade restrictions Beijing imposed on Australia in 2020, Australia's trade "
        "minister said on Monday."
    )
    deals = _deal_parties(text)
    assert any({"China", "Australia"} <= p and s == "agreed" for p, s in deals), deals


def test_an_accuser_that_brokered_the_truce_is_no_party_of_it() -> None:
    text = (
        "The United States accused Russia on Wednesday of violating a ceasefire it helped "
        "broker in southern Syria, after Russian jets carried out dozens of airstrikes on "
        "rebel-held towns in Daraa province."
    )
    for parties, _ in _deal_parties(text):
        assert not {"United States", "Russia"} <= parties


def test_a_buyers_own_decision_to_import_more_is_no_easing_with_the_seller() -> None:
    text = (
        "Japan faced criticism on Tuesday over its decision to resume large imports of "
        "Icelandic whale meat, a move the fisheries agency said was needed to keep whaling "
        "towns alive."
    )
    assert brief(text).deals == []


def test_a_truce_whose_terms_name_the_two_and_that_is_holding_is_in_force() -> None:
    text = (
        "Houthi fighters attacked a bulk carrier in the Red Sea on Monday. A U.S. official said "
        "a truce brokered by Oman in May, under which Washington halted its strikes on the "
        "Houthis and the group stopped targeting U.S. vessels, was holding."
    )
    [truce] = brief(text).deals
    assert (truce.parties, truce.status) == (["United States", "Houthis", "Oman"], "implemented")
    assert "Oman" not in truce.title


def test_an_act_done_now_under_a_treaty_signed_last_year_puts_it_in_force() -> None:
    text = (
        "The presidents of Kyrgyzstan and Tajikistan walked across a new checkpoint on "
        "Tuesday, marking the first crossing to open under the border treaty the two "
        "countries signed last year."
    )
    deals = _deal_parties(text)
    assert ({"Kyrgyzstan", "Tajikistan"}, "implemented") in deals, deals
