"""Background told inside a current sentence: a second act named in passing, with a relative
clause that says who made it ("a ceasefire that Washington says it helped arrange"), gives its
maker no side in the act the sentence tells; the same kind of noun renamed keeps its sides."""

from __future__ import annotations

from offline_support import brief

from summarizer._engines.offline._other_act import makes_other_act


def _disputes(text: str) -> list[set[str]]:
    return [set(d.parties) for d in brief(text).disputes]


def _deals(text: str) -> list[set[str]]:
    return [set(d.parties) for d in brief(text).deals]


def test_the_maker_of_a_truce_told_in_passing_is_no_side_of_the_war() -> None:
    found = _disputes(
        "ISLAMABAD, Oct 3 (Reuters) - Pakistan warned India on Friday over water. The two "
        "countries fought a four-day conflict in May, with missile and drone strikes on each "
        "other's military bases, before agreeing to a ceasefire that Washington says it helped "
        "arrange."
    )
    assert {"Pakistan", "India"} in found, found
    assert not any("United States" in p for p in found), found


def test_the_maker_of_a_conflict_told_in_passing_is_no_party_of_the_treaty() -> None:
    found = _deals(
        "BAKU, Oct 3 (Reuters) - Armenia and Azerbaijan on Friday signed a treaty ending a "
        "conflict that Russia failed to settle, officials said."
    )
    assert {"Armenia", "Azerbaijan"} in found, found
    assert not any("Russia" in p for p in found), found


def test_a_noun_of_the_cue_s_own_kind_keeps_its_relative_subject_a_side() -> None:
    found = _disputes(
        "BEIJING, Oct 3 (Reuters) - The United States imposed tariffs that China called unfair "
        "on Friday, officials said."
    )
    assert {"United States", "China"} in found, found


def test_only_a_relative_clause_right_before_the_name_counts() -> None:
    low = "fought a conflict before agreeing to a ceasefire that washington says it arranged"
    cue = low.index("conflict")
    assert makes_other_act(low, cue, low.index("washington"))
    assert not makes_other_act(low, low.index("ceasefire"), low.index("washington"))
    low = "fought a conflict with russia before agreeing to a ceasefire"
    assert not makes_other_act(low, low.index("conflict"), low.index("russia"))


def test_a_name_before_the_cue_is_never_read_as_another_act_s_maker() -> None:
    low = "a ceasefire that washington brokered collapsed in fighting"
    assert not makes_other_act(low, low.index("fighting"), low.index("washington"))
