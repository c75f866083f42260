"""Who brokers a deal (round brokers30, issue 11): a mediator, facilitator or host takes part in
the deal, so the briefing lists it among the deal's parties after the sides; it is never one of
the sides its title names. Blind readers list the EU in "EU-facilitated" Serbia-Kosovo talks
and Turkey in talks it hosts; leaving them out lost those deals."""

from __future__ import annotations

from offline_support import brief

from summarizer._briefing._models import DealDraft


def _deal(text: str) -> DealDraft:
    deals = brief(text).deals
    assert len(deals) == 1, [(d.title, d.parties) for d in deals]
    return deals[0]


def test_a_hyphenated_broker_before_the_talks_comes_after_the_sides() -> None:
    deal = _deal(
        "BRUSSELS (Wire) - Serbian and Kosovan negotiators met in Brussels on Tuesday for "
        "EU-facilitated talks on the border police, the bloc's envoy said."
    )
    assert deal.parties == ["Serbia", "Kosovo", "European Union"]
    assert deal.title.startswith("Serbia–Kosovo:")


def test_a_broker_named_under_its_mediation() -> None:
    deal = _deal(
        "ANKARA (Wire) - Ethiopian and Somali officials held a second round of technical talks "
        "in Ankara this week under Turkish mediation, the host's foreign ministry said."
    )
    assert deal.parties[:2] == ["Ethiopia", "Somalia"]
    assert deal.parties[2:] == ["Turkey"]


def test_the_auspices_of_an_organisation() -> None:
    deal = _deal(
        "Sudan and South Sudan resumed talks on the oil transit fee in Addis Ababa on Monday "
        "under the auspices of the African Union, officials from both sides said."
    )
    assert set(deal.parties[:2]) == {"Sudan", "South Sudan"}
    assert deal.parties[2:] == ["African Union"]


def test_the_talks_a_later_sentence_says_a_state_hosts() -> None:
    deal = _deal(
        "Ethiopian and Somali officials held technical talks in Ankara this week. The talks, "
        "hosted by Turkish Foreign Minister Hakan Fidan, are meant to turn last year's "
        "declaration into a concrete agreement on a port."
    )
    assert deal.parties[:2] == ["Ethiopia", "Somalia"]
    assert "Turkey" in deal.parties[2:]


def test_the_subject_that_mediates_talks_between_two_is_their_broker() -> None:
    deal = _deal("The EU has been mediating talks between Serbia and Kosovo since 2011.")
    assert deal.parties == ["Serbia", "Kosovo", "European Union"]


def test_an_envoy_for_the_talks_names_their_broker() -> None:
    briefing = brief(
        "BELGRADE (Wire) - Serbian and Kosovan chief negotiators will meet in Brussels on "
        'March 18 for talks on the association of Serb-majority municipalities. "We call on '
        'both sides to refrain from any step that could raise tensions," said Peter Sorensen, '
        "the EU special representative for the Belgrade-Pristina dialogue."
    )
    [deal] = briefing.deals
    assert deal.parties[:2] == ["Serbia", "Kosovo"]
    assert "European Union" in deal.parties[2:]


def test_a_partner_named_with_talks_is_no_broker() -> None:
    # "talks with Turkey": Turkey is a side of the talks, not their broker.
    deal = _deal("Greece held talks with Turkey on Monday under a new confidence-building plan.")
    assert set(deal.parties) == {"Greece", "Turkey"}


def test_the_speakers_state_is_no_broker_of_talks_a_subject_mediates() -> None:
    deal = _deal(
        "Norway's foreign minister said Qatar had been mediating talks between Colombia and "
        "the ELN since March."
    )
    assert "Norway" not in deal.parties
    assert deal.parties[-1] == "Qatar"


def test_a_broker_of_the_deal_the_verbs_clause_names_again() -> None:
    deal = _deal(
        "KYIV (Wire) - Russia and Ukraine exchanged 175 prisoners of war each on Wednesday in a "
        "swap brokered by the United Arab Emirates, officials on both sides said."
    )
    assert deal.parties == ["Russia", "Ukraine", "United Arab Emirates"]
    assert deal.title.startswith("Russia–Ukraine:")
