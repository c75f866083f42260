"""Deals whose subject refers back to a pair or speaks in the first person (issue 11, pairs41):
a pair noun as the subject of talks told past the lede, a pair subject whose clause also names
a source or a capital of the pair, "the two leaders" after a sentence naming more sides than
two in which the pair is the subject, and "what we signed with X is a pact" in an answer."""

from __future__ import annotations

from offline_support import brief


def _deals(text: str) -> list[tuple[set[str], str]]:
    return [(set(d.parties), d.status) for d in brief(text).deals]


_FORCE = (
    "Mali, Niger joint force stalls\n\n"
    "BAMAKO, May 12 (Reuters) - Mali and Niger set up a joint force last year to fight "
    "militants.\n\nThe force has 1,200 troops.\n\n"
)


def test_a_pair_noun_negotiating_past_the_lede_is_the_pair() -> None:
    found = _deals(
        _FORCE + "The neighbours are negotiating a financing protocol for the force, an "
        "official said."
    )
    assert ({"Mali", "Niger"}, "negotiating") in found, found


def test_a_source_and_a_place_in_a_pair_clause_are_no_sides() -> None:
    found = _deals(
        _FORCE + "The neighbours are negotiating a financing protocol, a Nigerien defence "
        "official said, adding that a draft had been sent to Bamako at the end of April."
    )
    assert any(p == {"Mali", "Niger"} for p, _ in found), found


def test_a_pair_negotiating_over_a_third_states_measure_is_no_pair_deal() -> None:
    found = _deals(
        "Thailand and Cambodia agree truce\n\n"
        "KUALA LUMPUR, July 28 (Reuters) - Thailand and Cambodia agreed on Monday to an "
        "immediate ceasefire.\n\nThe fighting killed 40 people.\n\n"
        "Both governments are negotiating to lower U.S. tariffs on their exports, officials said."
    )
    assert not any(p == {"Thailand", "Cambodia"} and s == "negotiating" for p, s in found), found


def test_the_ministers_are_no_counted_pair() -> None:
    found = _deals(
        "EU ministers back Moldova payment\n\n"
        "BRUSSELS, May 20 (Reuters) - European Union foreign ministers extended sanctions on "
        "Belarus on Tuesday.\n\nThe measures target 30 officials.\n\n"
        "The ministers also approved the second payment under the EU's growth plan for Moldova."
    )
    assert not any({"European Union", "Belarus"} <= p for p, _ in found), found


def test_a_pair_noun_with_no_pair_named_stays_unresolved() -> None:
    found = _deals(
        "Why we should stop splitting the difference\n\n"
        "Every negotiation has two sides. The two sides are negotiating a settlement, we "
        "are told, and both sides agreed to keep talking."
    )
    assert found == [], found


def test_the_two_leaders_are_the_subject_pair_of_a_crowded_sentence() -> None:
    found = _deals(
        "Leaders agree to new crossing points\n\n"
        "NICOSIA, Feb. 9 (Reuters) - The leaders of Cyprus's Greek Cypriot and Turkish "
        "Cypriot communities agreed on Monday to open two more crossing points, the United "
        "Nations said.\n\n"
        "President Nikos Christodoulides and Turkish Cypriot leader Tufan Erhurman met for "
        "three hours at the residence of the U.N. special representative. The two leaders "
        "also agreed to set up a joint committee on cemeteries, a U.N. statement said."
    )
    committee = [p for p, _ in found if "Nikos Christodoulides" in p or "Tufan Erhurman" in p]
    assert any({"Nikos Christodoulides", "Tufan Erhurman"} <= p for p in committee), found
    assert not any("United Nations" in p for p in committee), found


_INTERVIEW = (
    "INTERVIEW-Philippine minister on maritime ties\n\n"
    "MANILA, Sept. 17 (Reuters) - Philippine Foreign Secretary Theresa Lazaro spoke to "
    "Reuters on Wednesday about the South China Sea. Excerpts of the interview follow.\n\n"
    "Q: Beijing says your ties with Japan are a threat. How do you respond?\n\n"
    "A: {answer}\n\n"
    "Q: Are talks with China still possible?\n\n"
    "A: We continue to talk."
)


def test_what_we_signed_with_a_partner_in_an_answer_is_the_speakers_deal() -> None:
    found = _deals(
        _INTERVIEW.format(
            answer="What we signed with Japan is a defence pact that lets our troops train "
            "in each other's territory."
        )
    )
    assert any(p == {"Philippines", "Japan"} for p, _ in found), found


def test_a_columnists_what_we_is_no_states_deal() -> None:
    found = _deals(
        "Why we should stop splitting the difference\n\n"
        "By Helen Marsh\n\n"
        "What we signed with Japan is a defence pact, some readers will say, and what we "
        "got in return is nothing. That is the wrong way to think about it."
    )
    assert not any("Japan" in p and len(p) > 1 for p, _ in found), found
