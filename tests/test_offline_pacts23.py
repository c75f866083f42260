"""Deals of other shapes (a lease, an approved payment, a protocol whose text is agreed, a deal
in force under which a side acts) and deal titles that say what the deal is about."""

from __future__ import annotations

from tests.offline_support import brief


def _deals(text: str) -> list[tuple[str, str, list[str]]]:
    return [(d.title, d.status, d.parties) for d in brief(text).deals]


def test_a_lease_signed_is_a_deal_titled_by_what_is_leased() -> None:
    (deal,) = _deals(
        "Zambia signed a 25-year lease on Monday for a fuel import terminal at Tanzania's port "
        "of Dar es Salaam, the two governments said."
    )
    title, status, parties = deal
    assert set(parties) == {"Zambia", "Tanzania"}
    assert status == "signed"
    assert "lease for a fuel import terminal" in title


def test_a_new_lease_of_life_is_no_deal() -> None:
    assert _deals("The talks between Kenya and Uganda were given a new lease of life.") == []


def test_an_approved_payment_is_a_deal_with_whom_it_is_for() -> None:
    (deal,) = _deals(
        "European Union governments approved a 270 million euro payment to Moldova on Monday."
    )
    title, status, parties = deal
    assert set(parties) == {"European Union", "Moldova"}
    assert status == "agreed"
    assert title.endswith("Payment to Moldova")


def test_the_text_of_a_protocol_agreed_titles_the_deal_by_the_protocol() -> None:
    (deal,) = _deals(
        "Colombia and Venezuela have agreed the text of a protocol on the return of deported "
        "migrants, and their foreign ministers are due to sign it next week."
    )
    title, status, _ = deal
    assert title == "Colombia–Venezuela: Protocol on the return of deported migrants"
    assert status == "agreed"


def test_a_deal_made_days_before_the_news_is_news_not_history() -> None:
    deals = _deals(
        "Haiti and the Dominican Republic traded accusations over a border shooting. The "
        "shooting came four days after the two governments agreed the text of a protocol on "
        "deportations."
    )
    assert ("Haiti–Dominican Republic: Protocol on deportations", "agreed") in [
        (t, s) for t, s, _ in deals
    ]


def test_what_a_deal_has_a_side_do_names_it() -> None:
    (deal,) = _deals(
        "Spain and Mauritania signed an agreement on Thursday under which Madrid will fund "
        "Mauritanian coast guard patrols."
    )
    assert deal[0] == "Spain–Mauritania: Agreement to fund Mauritanian coast guard patrols"


def test_a_participle_after_the_document_says_its_content() -> None:
    (deal,) = _deals(
        "Armenia and Azerbaijan on Tuesday signed a protocol fixing a 41-kilometre section of "
        "their border."
    )
    assert deal[0] == "Armenia–Azerbaijan: Protocol fixing a 41-kilometre section of their border"


def test_a_weekday_without_on_and_a_vague_tail_do_not_hide_the_subject() -> None:
    (deal,) = _deals(
        "Poland and Lithuania signed an agreement Tuesday to run joint patrols on both sides of "
        "their shared border."
    )
    assert deal[0] == "Poland–Lithuania: Agreement to run joint patrols"


def test_joined_modifiers_after_an_article_name_the_deal() -> None:
    (deal,) = _deals(
        "Australia and Solomon Islands signed a 10-year policing and security agreement."
    )
    assert deal[0] == "Australia–Solomon Islands: 10-year policing and security agreement"


def test_another_deal_word_titles_a_clause_whose_cue_names_nothing() -> None:
    (deal,) = _deals(
        "Serbia and Kosovo agreed to set up a joint working group to exchange wartime archives."
    )
    assert deal[0] != "Serbia–Kosovo: Exchange"
    assert "joint working group" in deal[0]


def test_a_deal_in_force_under_which_a_side_acts_now_is_news() -> None:
    (deal,) = _deals(
        "Under an agreement signed in Moscow last year, Russia is supplying Mali with "
        "petroleum products and grain."
    )
    title, _, parties = deal
    assert set(parties) == {"Russia", "Mali"}
    assert title == "Russia–Mali: Agreement on supplying Mali with petroleum products and grain"


def test_a_speaker_who_goes_on_as_the_subject_is_a_party() -> None:
    (deal,) = _deals(
        "Mexico said Friday it had suspended an arrangement with the United States to take "
        "back migrants."
    )
    _, status, parties = deal
    assert set(parties) == {"Mexico", "United States"}
    assert status == "stalled"


def test_a_side_named_after_a_multiword_deal_noun_is_not_its_title() -> None:
    (deal,) = _deals(
        "Norway and the United Kingdom agreed an annual fisheries agreement with Norway."
    )
    assert not deal[0].endswith("with Norway")
