"""A dispute told as a deal: who blocks or vetoes others' talks is no party of them; whose
assets a proposal disposes of is its object; a giver's ending of grants is a measure, no
deal."""

from __future__ import annotations

from offline_support import brief


def _deals(text: str) -> list[tuple[str, set[str]]]:
    return [(d.title, set(d.parties)) for d in brief(text).deals]


def test_who_blocks_others_talks_is_no_party_of_them() -> None:
    text = (
        "Brussels (AFP) - Hungary on Monday blocked the European Union's new package of "
        "sanctions against Russia, diplomats said. Budapest has also blocked the formal opening "
        "of the first cluster of Ukraine's EU accession negotiations since June 2024, despite "
        "the support of the other members."
    )
    found = _deals(text)
    assert not any("Hungary" in p for _, p in found), found


def test_who_suspends_talks_is_still_their_party() -> None:
    text = (
        "Colombian President Gustavo Petro suspended peace negotiations with the ELN on Friday "
        "after the guerrilla group attacked a military base."
    )
    found = _deals(text)
    assert any("ELN" in p for _, p in found), found


def test_whose_assets_a_proposal_uses_is_not_its_partner() -> None:
    text = (
        "Money is the other fight. The European Commission has proposed using Russian central "
        "bank assets frozen in the EU to fund a loan of up to 140 billion euros for Ukraine."
    )
    found = _deals(text)
    assert not any("Russia" in p for _, p in found), found


def test_a_giver_ending_grants_makes_no_collapsed_deal() -> None:
    text = (
        "JOHANNESBURG, Dec 2 (AP) - South Africa said it would keep its case against Israel. "
        "The U.S. State Department said on Monday it was terminating 18 remaining grants worth "
        "about $140 million to South Africa, including programs for HIV prevention."
    )
    found = brief(text).deals
    assert not any(d.status == "collapsed" for d in found), [(d.title, d.status) for d in found]


def test_whom_a_seizure_would_serve_is_no_side_against_its_maker() -> None:
    text = (
        "OTTAWA, Nov 20 (Reuters) - Canada has proposed to its Group of Seven partners that "
        "Russian central bank assets frozen in Western accounts be seized and used to fund "
        "Ukraine's reconstruction, its finance minister said on Wednesday."
    )
    found = [(d.title, set(d.parties)) for d in brief(text).disputes]
    assert not any({"Canada", "Ukraine"} <= p for _, p in found), found


def test_who_blocks_sanctions_is_no_side_of_them() -> None:
    text = (
        "BRUSSELS, Oct 1 (Reuters) - Hungary on Wednesday blocked the European Union's new "
        "package of sanctions against Russia, diplomats said. Budapest said the measures would "
        "hurt its economy."
    )
    found = [(d.title, set(d.parties)) for d in brief(text).disputes]
    assert not any({"Hungary", "Russia"} <= p for _, p in found), found


def test_the_pair_a_protested_deal_is_between_are_no_sides_of_the_protest() -> None:
    text = (
        "Greek fishermen have blocked the port of Piraeus in protest against a new fisheries "
        "agreement between the EU and Morocco that they say will ruin them. The fishermen said "
        "the blockade would go on until Friday."
    )
    found = [(d.title, set(d.parties)) for d in brief(text).disputes]
    assert not any("Morocco" in p for _, p in found), found
