"""Trade-war coverage (issue 11, round trade20): a purchase commitment reported by the other
side is the two sides' deal, and buyers moving their purchases elsewhere make no deal."""

from __future__ import annotations

from offline_support import brief


def _deals(text: str) -> list[tuple[str, set[str]]]:
    return [(d.status, set(d.parties)) for d in brief(text).deals]


def test_commitment_reported_by_the_other_side_is_an_agreed_deal() -> None:
    text = (
        "CHICAGO, Dec 16 (Reuters) - Grain futures rose on Monday after Washington said Beijing "
        "had committed to purchase $32 billion in additional American farm goods over two "
        "years under a trade deal announced on Friday. China and the United States have "
        "traded tariffs on each other's goods for more than a year."
    )
    assert _deals(text) == [("agreed", {"China", "United States"})]


def test_speaker_before_said_is_not_the_subject_of_the_reported_clause() -> None:
    text = (
        "OTTAWA, May 2 (Reuters) - Canada said Norway had agreed to buy 12 patrol aircraft "
        "from Brazil in a deal worth $900 million, officials confirmed on Tuesday."
    )
    parties = [p for _, p in _deals(text)]
    assert parties and all("Canada" not in p for p in parties)


def test_buyers_shifting_purchases_to_another_supplier_make_no_deal() -> None:
    text = (
        "CHICAGO, Dec 16 (Reuters) - China, once the biggest buyer of U.S. soybeans, shifted "
        "purchases to Brazil after imposing retaliatory tariffs in 2018, traders said on Monday."
    )
    assert _deals(text) == []
