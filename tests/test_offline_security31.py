"""Deals told as instruments of security and licences: who grants, pledges or is bound."""

from __future__ import annotations

from offline_support import brief


def _deal_parties(text: str) -> list[list[str]]:
    return [sorted(d.parties) for d in brief(text).deals]


def test_a_licence_a_government_approves_for_a_firm_is_a_deal_between_the_two() -> None:
    text = (
        "Greenland's government approved an exploitation licence for Amaroq Minerals, a "
        "Canadian-listed gold miner, to expand its mine in the south, the company said."
    )
    assert ["Amaroq Minerals", "Greenland"] in _deal_parties(text)


def test_a_licence_only_applied_for_or_refused_is_no_deal() -> None:
    assert _deal_parties("Greenland refused a licence for Shell on Monday.") == []
    assert (
        _deal_parties(
            "Reliance Industries has applied for a licence to resume purchases, according to "
            "two people familiar with the matter."
        )
        == []
    )


def test_security_guarantees_pledged_to_a_state_bind_the_guarantors_and_the_state() -> None:
    text = (
        "Britain and France pledged security guarantees to Moldova on Thursday, promising to "
        "help defend its airspace if it came under attack, in a joint declaration signed in "
        "Chisinau."
    )
    deals = brief(text).deals
    assert deals and {"United Kingdom", "France", "Moldova"} <= set(deals[0].parties)


def test_security_guarantees_only_demanded_are_no_deal() -> None:
    text = (
        "Armenia demanded security guarantees from its partners after the war, but none have "
        "yet been offered, Prime Minister Nikol Pashinyan told parliament."
    )
    assert brief(text).deals == []


def test_a_pact_an_act_stops_short_of_is_not_made() -> None:
    text = (
        "British Foreign Secretary David Lammy and his French counterpart Jean-Noel Barrot "
        "signed the declaration with Moldovan President Maia Sandu on Thursday. The guarantees "
        "stop short of a mutual defence pact but commit both countries to consult within 24 "
        "hours of any threat."
    )
    titles = [d.title for d in brief(text).deals]
    assert not [t for t in titles if "pact" in t.lower()], titles


def test_states_named_through_their_governments_are_parties_of_a_package_agreed_with_them() -> None:
    text = (
        "Denmark on Monday unveiled an Arctic defence package agreed with the governments of "
        "Greenland and the Faroe Islands, including three new navy vessels."
    )
    deals = brief(text).deals
    assert deals and {"Denmark", "Greenland", "Faroe Islands"} <= set(deals[0].parties)


def test_a_mandate_renewed_by_the_council_binds_the_council_and_the_mission() -> None:
    text = (
        "TUNIS - This autumn Algeria and Morocco traded accusations again at the UN Security "
        "Council, which renewed the mandate of its peacekeeping mission, MINURSO, in October "
        "for another year."
    )
    deals = brief(text).deals
    assert deals, "no deal"
    assert "UN Security Council" in deals[0].parties
    assert not {"Algeria", "Morocco"} & set(deals[0].parties)


def test_a_mandate_renewal_a_member_vetoes_is_no_deal() -> None:
    text = (
        "Russia vetoed a draft resolution renewing the mandate of the U.N. panel of experts "
        "on Mali."
    )
    assert brief(text).deals == []
