"""Disputes told through institutions and accusations, background sanctions, and deals told as
renewals, loans and restructurings: short invented sentences (issue 11)."""

from __future__ import annotations

from offline_support import brief


def test_a_veto_sets_the_vetoing_member_against_the_texts_author() -> None:
    b = brief(
        "Russia on Monday vetoed a British-drafted Security Council resolution that called for "
        "a halt to fighting in Sudan, officials said."
    )
    assert len(b.disputes) == 1
    d = b.disputes[0]
    assert d.title.startswith("Russia vs United Kingdom")
    assert "Sudan" not in d.parties  # what the text is about is no side


def test_an_author_named_in_a_relative_clause_is_the_vetoed_side() -> None:
    b = brief("China on Tuesday vetoed the resolution, which was drafted by the United States.")
    assert [d.title.split(":")[0] for d in b.disputes] == ["China vs United States"]


def test_a_vote_against_a_text_of_no_named_author_is_no_dispute() -> None:
    b = brief("Poland voted against the resolution on Ukraine at the General Assembly.")
    assert b.disputes == []


def test_an_accusation_after_a_refusal_is_still_made() -> None:
    b = brief(
        "Georgia's President Salome Zourabichvili refused to recognise the election result and "
        "accused Russia of interfering in the vote."
    )
    assert [d.title.split(":")[0] for d in b.disputes] == ["Georgia vs Russia"]


def test_an_opposition_leader_against_the_president_of_the_same_country() -> None:
    b = brief(
        "Venezuelan opposition leader Maria Corina Machado rejected the official results and "
        "accused Nicolas Maduro of rigging the vote."
    )
    assert b.disputes[0].title.startswith("Maria Corina Machado vs Nicolas Maduro")


def test_sanctions_a_government_lives_under_are_background_to_its_deal() -> None:
    b = brief(
        "Belarus and China signed a rail agreement on Wednesday, as President Alexander "
        "Lukashenko's government, under Western sanctions since a disputed 2020 election, "
        "deepens its reliance on Beijing."
    )
    assert b.disputes == []
    assert [d.status for d in b.deals] == ["signed"]


def test_sanctions_in_a_relative_aside_are_background() -> None:
    b = brief(
        "Belarus and China signed a rail agreement on Wednesday. The European Union, which "
        "imposed sanctions on Minsk after Russia used Belarusian territory to invade Ukraine, "
        "has since cut most of its trade with the country."
    )
    assert b.disputes == []


def test_a_renewed_or_extended_deal_is_agreed() -> None:
    for text in (
        "Norway and Russia on Tuesday extended their fisheries accord by five years.",
        "Japan on Monday renewed its security treaty with Australia for another decade.",
        "Iran and Russia extended their gas accord until 2030.",
    ):
        b = brief(text)
        assert [d.status for d in b.deals] == ["agreed"], text


def test_a_renewal_still_ahead_is_no_deal_agreed() -> None:
    b = brief("Japan and Australia will renew the treaty next year, officials said.")
    assert all(d.status != "agreed" for d in b.deals)


def test_a_loan_names_its_borrower_and_a_denied_loan_is_none() -> None:
    b = brief("The IMF approved a $3 billion loan for Egypt with conditions on subsidies.")
    assert {"International Monetary Fund", "Egypt"} <= set(b.deals[0].parties)
    assert b.deals[0].status == "agreed"
    assert brief("Pakistan denied that it had agreed a new loan with the IMF.").deals == []


def test_an_opening_adverb_leaves_the_subject_a_party() -> None:
    b = brief(
        "Separately, the board of the International Monetary Fund on Tuesday approved a "
        "disbursement of $251 million to Ethiopia under its loan programme."
    )
    assert {"International Monetary Fund", "Ethiopia"} <= set(b.deals[0].parties)


def test_a_sentence_opening_on_it_takes_the_state_before() -> None:
    b = brief(
        "Ethiopia defaulted on a coupon payment in December. It reached a deal with its "
        "official creditors, led by China and France, on rescheduling $8 billion of loans."
    )
    assert "Ethiopia" in b.deals[0].parties


def test_asylum_claims_turned_down_do_not_collapse_a_deal() -> None:
    b = brief(
        "The Netherlands signed a memorandum of understanding with Uganda on Thursday on "
        "rejected asylum seekers. Under the arrangement, people whose asylum claims have been "
        "turned down would be flown to Uganda."
    )
    assert [d.status for d in b.deals] == ["signed"]
