"""Deals told by a document and its stage: signing, initialling or ratifying a protocol, a
charter, a roadmap or a joint declaration between named parties is a deal whatever the document
is called; its verb gives the status. Accession steps and payments from an agreed loan are
deals too. A law or decree signed at home, autographs, a document only hoped for are none.

Invented sentences; each test names the rule it guards.
"""

from __future__ import annotations

import pytest
from offline_support import brief

from summarizer import BriefingDraft


def _deal(b: BriefingDraft, *names: str) -> tuple[str, str]:
    """The title and status of the one deal naming all of ``names`` among its parties."""
    found = [d for d in b.deals if all(n in d.parties for n in names)]
    assert len(found) == 1, [(d.title, d.parties) for d in b.deals]
    return found[0].title, found[0].status


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        (
            "Kazakhstan and Kyrgyzstan on Tuesday signed a protocol fixing the last open "
            "stretches of their border.",
            "signed",
        ),
        (
            "Japan and the Philippines on Monday signed a roadmap on coast guard cooperation.",
            "signed",
        ),
        (
            "Kenya and Ethiopia on Tuesday adopted a charter on managing the Omo river basin.",
            "agreed",
        ),
        # Initialled: the wording is final, the document is not yet signed.
        (
            "The foreign ministers of Armenia and Azerbaijan on Friday initialled a joint "
            "declaration on reopening transport links.",
            "agreed",
        ),
        # Ratified: the signed document is approved ("accord with France" is the noun).
        (
            "Greece's parliament on Thursday ratified a strategic defence accord with France.",
            "signed",
        ),
    ],
)
def test_a_document_signed_initialled_or_ratified_is_a_deal(sentence: str, status: str) -> None:
    b = brief(sentence)
    assert len(b.deals) == 1, [d.title for d in b.deals]
    assert len(b.deals[0].parties) >= 2
    assert b.deals[0].status == status


@pytest.mark.parametrize(
    "sentence",
    [
        # A law, a decree, a bill signed at home.
        "Kenya's president on Tuesday signed the Finance Bill into law after weeks of protests.",
        "Kyrgyz President Sadyr Japarov signed a decree creating a border agency on Tuesday.",
        "Greek President Katerina Sakellaropoulou signed the 2022 budget law on Thursday.",
        # Other senses of signing.
        "Kazakh President Kassym-Jomart Tokayev signed autographs for Kyrgyz schoolchildren.",
        "Students at a Nairobi school signed a petition to Ethiopia and Kenya on Tuesday.",
        # A document of long ago, or one only hoped for.
        "Kenya and Ethiopia signed a border convention in 1970, officials recalled.",
        "Kenya and Ethiopia hope to sign a transit protocol before the end of the year.",
    ],
)
def test_signing_at_home_in_another_sense_long_ago_or_hoped_for_is_no_deal(sentence: str) -> None:
    assert brief(sentence).deals == []


def test_a_document_due_to_be_signed_is_not_signed() -> None:
    b = brief("Kazakhstan and Kyrgyzstan are due to sign a water convention in Astana next month.")
    assert all(d.status != "signed" for d in b.deals)


def test_the_document_a_declaration_calls_for_names_no_party() -> None:
    # "calling for respect for a ruling that rejected Beijing's claims": what the document
    # says, not who issues it.
    b = brief(
        "The foreign ministers of Japan and the Philippines on Monday issued a joint "
        "declaration calling for respect for a ruling that rejected Beijing's claims at sea."
    )
    _, status = _deal(b, "Japan", "Philippines")
    assert "China" not in b.deals[0].parties
    assert status == "agreed"


def test_accession_talks_are_with_the_bloc_joined() -> None:
    b = brief(
        "Moldova opened the first cluster of negotiations on joining the European Union "
        "on Wednesday at a conference in Luxembourg."
    )
    _, status = _deal(b, "Moldova", "European Union")
    assert status == "negotiating"


def test_a_payment_from_an_agreed_plan_is_a_deal_carried_out() -> None:
    # The opening "Also on Wednesday," is no description of the subject; "agreed last year"
    # dates the plan, not the payment.
    b = brief(
        "CHISINAU, June 25 - Also on Wednesday, the European Commission disbursed the first "
        "270 million euros to Moldova under a growth plan for the country agreed last year.\n\n"
        "The money will go to roads and small businesses, officials said."
    )
    _, status = _deal(b, "European Commission", "Moldova")
    assert status == "implemented"


def test_a_tranche_paid_from_a_loan_has_its_payer_and_payee() -> None:
    b = brief(
        "The European Union disbursed the first 4 billion euro tranche to Ukraine from the "
        "joint loan on Tuesday."
    )
    _, status = _deal(b, "European Union", "Ukraine")
    assert status == "implemented"
