"""The right sides, the right subject (issue 11, nocue32): a reaction told paragraphs after the
act it answers ("Russia's foreign ministry summoned Finland's ambassador" after Finland seized
a tanker) is a move in that row, not a second dispute of the pair titled by the reaction."""

from __future__ import annotations

from offline_support import brief

_SEIZURE = (
    "Finland seizes tanker after cable damaged\n\n"
    "HELSINKI, Jan 3 (Reuters) - Finland seized an oil tanker carrying diesel from the "
    "Russian port of Primorsk on Thursday, suspecting it of damaging an undersea power "
    "cable, and Moscow called the seizure of a commercial vessel piracy.\n\n"
    "Finnish border guards boarded the tanker late on Thursday, hours after the grid "
    "operator reported a fault on the cable.\n\n"
    "The grid operator said the cable would be out of service until the end of February "
    "while repairs are carried out.\n\n"
    "Investigators said the ship's anchor chain was missing and that the crew of 24 would "
    "be questioned in Helsinki over the coming days.\n\n"
    "Insurers said the ship had changed owners three times in two years.\n\n"
    "Analysts said the case would test how far coastal states may act against ships in "
    "their economic zones.\n\n"
    "Russia's foreign ministry summoned Finland's ambassador in Moscow on Friday.\n"
)


def test_a_summons_told_paragraphs_later_joins_the_row_it_answers() -> None:
    disputes = [d for d in brief(_SEIZURE).disputes if {"Finland", "Russia"} <= set(d.parties)]
    assert len(disputes) == 1
    assert "summon" not in disputes[0].title.casefold()


def test_a_summons_over_a_subject_of_its_own_stays_apart() -> None:
    text = _SEIZURE.replace(
        "on Friday.\n", "on Friday over the arrest of a Russian journalist in Helsinki.\n"
    )
    disputes = [d for d in brief(text).disputes if {"Finland", "Russia"} <= set(d.parties)]
    assert disputes


def test_a_statement_opening_the_sentence_leaves_its_subject_a_side() -> None:
    # "In a statement," says where the subject spoke: the name after the comma is the one
    # who accuses, no description set aside.
    text = (
        "Pipeline row\n\n"
        "ASHGABAT, April 10 - In an unusually blunt statement, the Turkmen foreign ministry "
        "accused Gazprom of slashing its intake of gas without warning.\n"
    )
    disputes = brief(text).disputes
    assert disputes
    assert {"Turkmenistan", "Gazprom"} <= set(disputes[0].parties)
    assert "slashing its intake" in disputes[0].title
