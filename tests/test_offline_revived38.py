"""A deal made before the news (told in background: "signed in June 2024", "last year's
agreement") that a later clause, pointing back to it by its noun, tells as standing now: the
deal is a thread of the sides its own clause names, with the status of the later clause and
the date of its own. A background deal nothing points back to, or a clause that points back
to a deal of now, makes no such thread."""

from __future__ import annotations

from offline_support import brief


def _deals(text: str) -> list[tuple[set[str], str, str | None]]:
    return [(set(d.parties), d.status, d.when) for d in brief(text).deals]


def test_a_treaty_signed_in_background_and_later_in_force_is_a_deal_of_its_signers() -> None:
    found = _deals(
        "SEOUL (Reuters) - North Korean troops took part in drills in Russia's Far East, "
        "South Korea's spy agency said on Tuesday.\n\n"
        "The drills come months after Russia and North Korea signed a mutual defence treaty "
        "in Pyongyang in June 2024. The treaty, which took effect that December, obliges "
        "each side to help the other if it is attacked."
    )
    assert any(
        {"Russia", "North Korea"} <= p and s == "implemented" and w == "2024-06"
        for p, s, w in found
    ), found


def test_an_accord_told_in_force_takes_the_pair_of_the_clause_that_signed_it() -> None:
    found = _deals(
        "MANILA (Reuters) - Japanese troops landed in the Philippines on Monday for joint "
        "exercises with Filipino marines, the military said.\n\n"
        "Japan and the Philippines signed an access agreement in Manila in July 2024. The "
        "accord, which entered into force in September, sets the rules for visiting forces."
    )
    assert any(p == {"Japan", "Philippines"} and s == "implemented" for p, s, _ in found), found


def test_a_background_deal_nothing_points_back_to_stays_history() -> None:
    found = _deals(
        "SANTIAGO (Reuters) - Chile and Bolivia began talks on Tuesday on a gas supply "
        "contract, officials said.\n\n"
        "Bolivia lost its coastline in a war, and the two signed a peace treaty in 1904 that "
        "fixed the border. Argentina and Bolivia signed a gas export contract in 2006."
    )
    assert not any(p == {"Argentina", "Bolivia"} for p, _, _ in found), found
    made = [p for p, s, _ in found if s in ("signed", "implemented")]
    assert {"Chile", "Bolivia"} not in made, found


def test_a_new_deal_of_the_same_noun_is_not_the_old_one() -> None:
    found = _deals(
        "ANKARA (Reuters) - Turkey and Iraq signed a pipeline accord in 1973, officials "
        "recalled on Monday as the two began talks.\n\n"
        "Egypt and Sudan signed a water agreement in 1959. A new agreement, signed on "
        "Monday by Turkey and Iraq, covers electricity."
    )
    assert not any(p == {"Egypt", "Sudan"} for p, _, _ in found), found


def test_a_clause_pointing_back_with_no_status_lends_no_thread() -> None:
    found = _deals(
        "ATHENS (Reuters) - Greek officials met on Monday to discuss migration.\n\n"
        "Greece and Egypt signed an agreement on their sea boundary in August 2020. The "
        "agreement is often cited by officials in Athens."
    )
    assert not any(p == {"Greece", "Egypt"} for p, _, _ in found), found


def test_the_new_agreement_is_not_the_one_made_before() -> None:
    found = _deals(
        "CAIRO (Reuters) - Egyptian and Sudanese officials met in Cairo on Monday, the foreign "
        "ministry said.\n\n"
        "Egypt and Sudan signed a water agreement in Khartoum in 1959. The new agreement, "
        "which took effect on Monday, covers flood warnings."
    )
    assert not any(p == {"Egypt", "Sudan"} and s == "implemented" for p, s, _ in found), found


def test_a_fund_of_the_pair_set_up_under_last_years_agreement_names_its_sides() -> None:
    found = _deals(
        "KYIV (Reuters) - A joint U.S.-Ukrainian investment fund set up under last year's "
        "minerals agreement will make its first investment in Ukraine, officials said on "
        "Thursday.\n\n"
        "The fund will commit $75 million to a lithium deposit. The agreement, signed in "
        "Washington on April 30 last year, created a fund fed by royalties from new licences."
    )
    assert any(p == {"United States", "Ukraine"} and s == "signed" for p, s, _ in found), found
