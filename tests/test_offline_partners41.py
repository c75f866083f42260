"""Deals told with one party as the subject and the other in a phrase of the clause (issue 11,
partners41): the one a deal of money or goods is for ("signed an agreement to fund patrol
boats for the Somali coast guard", "a financing agreement worth 1 billion euros on Monday for
Jordan"), a proposal made "to" the other side ("proposed to Eritrea a joint commission"), and
a text whose co-authors an aside names ("The draft, put forward by Switzerland and Singapore,
...")."""

from __future__ import annotations

from offline_support import brief


def _deals(text: str) -> list[tuple[set[str], str]]:
    return [(set(d.parties), d.status) for d in brief(text).deals]


def test_the_buyer_a_deal_pays_for_things_for_is_its_other_party() -> None:
    found = _deals(
        "OTTAWA (Reuters) - Canada signed an agreement on Monday to pay for 20 armoured "
        "vehicles for the Haitian police, officials said."
    )
    assert any({"Canada", "Haiti"} <= p and s == "signed" for p, s in found), found


def test_the_one_a_funded_thing_is_for_is_the_other_party() -> None:
    found = _deals(
        "MOGADISHU (Reuters) - Japan signed an agreement on Thursday to fund 12 patrol boats "
        "for the Somali coast guard, officials said."
    )
    assert any({"Japan", "Somalia"} <= p for p, _ in found), found


def test_a_financing_agreement_for_a_state_named_after_its_terms_is_theirs() -> None:
    found = _deals(
        "AMMAN (Reuters) - The European Union signed a financing agreement worth 1 billion "
        "euros on Monday for Jordan, officials said."
    )
    assert any({"European Union", "Jordan"} <= p and s == "signed" for p, s in found), found


def test_a_market_a_cargo_is_sold_for_is_no_party() -> None:
    found = _deals(
        "KUALA LUMPUR (Reuters) - Petronas said it was seeking buyers for spot cargoes for "
        "European buyers over the winter."
    )
    assert found == [], found


def test_a_proposal_made_to_the_other_side_is_proposed_between_them() -> None:
    found = _deals(
        "ADDIS ABABA (Reuters) - Ethiopia on Wednesday proposed to Eritrea a joint commission "
        "to manage the port of Assab."
    )
    assert any(p == {"Ethiopia", "Eritrea"} and s == "proposed" for p, s in found), found


def test_the_co_authors_an_aside_names_propose_the_text() -> None:
    found = _deals(
        "GENEVA (Reuters) - The draft, put forward by Switzerland and Singapore, offered a "
        "compromise on fishing subsidies."
    )
    assert any(p == {"Switzerland", "Singapore"} and s == "proposed" for p, s in found), found


def test_a_text_and_its_topic_before_the_authors_aside() -> None:
    found = _deals(
        "GENEVA (Reuters) - A compromise text on curbing fishing subsidies, drafted by Norway "
        "and Chile, was circulated to members on Monday."
    )
    assert any(p == {"Norway", "Chile"} and s == "proposed" for p, s in found), found


def test_one_author_alone_makes_no_deal() -> None:
    found = _deals(
        "GENEVA (Reuters) - The plan, put forward by Switzerland, offered a compromise on "
        "fishing subsidies."
    )
    assert found == [], found


def test_who_brokered_a_truce_is_no_author_of_it() -> None:
    found = _deals(
        "DOHA (Reuters) - The truce, brokered by Qatar and Egypt, has held since Monday."
    )
    assert not any(p == {"Qatar", "Egypt"} for p, _ in found), found


def test_a_separate_memorandum_after_a_pairs_deal_is_theirs() -> None:
    found = _deals(
        "NEW DELHI (Reuters) - India and Armenia signed a defence deal on Monday for the supply "
        "of artillery systems, officials said. A separate memorandum signed the same day "
        "provides for a maintenance centre in Armenia, to be staffed partly by Indian engineers."
    )
    assert sum(p == {"India", "Armenia"} for p, _ in found) == 2, found


def test_a_separate_agreement_with_a_third_is_not_the_pairs() -> None:
    found = _deals(
        "NEW DELHI (Reuters) - India and Armenia signed a defence deal on Monday for the supply "
        "of artillery systems, officials said. A separate agreement signed the same day with "
        "France covers radar systems."
    )
    assert sum(p == {"India", "Armenia"} for p, _ in found) == 1, found


def test_a_package_negotiated_with_two_governments_is_agreed_by_the_three() -> None:
    found = _deals(
        "OSLO (Reuters) - Norway announced on Wednesday a mackerel quota package negotiated with "
        "the governments of Iceland and the Faroe Islands."
    )
    assert any(p == {"Norway", "Iceland", "Faroe Islands"} and s == "agreed" for p, s in found), (
        found
    )


def test_a_deal_still_being_negotiated_is_not_agreed() -> None:
    found = _deals(
        "OSLO (Reuters) - Norway said a mackerel quota deal being negotiated with Iceland was "
        "close."
    )
    assert not any(s == "agreed" for _, s in found), found
