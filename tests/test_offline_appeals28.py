"""Appeals and calls are not disputes with their addressee: the one asked is asked to act, not
opposed to the one asking. An addressee named by no name ("the international community") is
no side, and a name later in the clause ("called for EU monitors to be deployed") is not it.
An act asked that withholds something from a third ("cut off all oil revenue to the
government") aims at that third, and only a third the clause names is a side."""

from __future__ import annotations

from offline_support import brief


def _disputes(text: str) -> list[tuple[str, set[str]]]:
    return [(d.title, set(d.parties)) for d in brief(text).disputes]


def _opposed(found: list[tuple[str, set[str]]], one: str, other: str) -> bool:
    return any({one, other} <= p and " vs " in t for t, p in found)


def test_an_unnamed_addressee_leaves_a_later_name_of_the_clause_unopposed() -> None:
    text = (
        "YEREVAN, Dec 5 (Reuters) - Armenian Prime Minister Nikol Pashinyan urged the "
        'international community to "hold the aggressor to account" and called for European '
        "Union monitors to be deployed along the border."
    )
    found = _disputes(text)
    assert not _opposed(found, "Armenia", "European Union"), found
    assert not any(t.endswith("Call to hold the aggressor") for t, _ in found), found


def test_an_appeal_to_cut_off_revenue_to_an_unnamed_government_opposes_no_one() -> None:
    text = (
        "CARACAS, Dec 5 (Reuters) - Opposition leader Juan Guaidó has urged Washington to cut "
        "off all oil revenue to the government."
    )
    found = _disputes(text)
    assert not any("United States" in p and " vs " in t for t, p in found), found


def test_an_appeal_to_halt_arms_sales_to_a_named_third_opposes_that_third() -> None:
    text = (
        "CARACAS, Dec 5 (Reuters) - Opposition leader Juan Guaidó had urged Washington to halt "
        "all arms sales to the government of Nicolás Maduro."
    )
    found = _disputes(text)
    assert not _opposed(found, "Juan Guaidó", "United States"), found
    assert _opposed(found, "Juan Guaidó", "Nicolas Maduro"), found


def test_an_unnamed_addressee_asked_to_sanction_a_named_state_opposes_that_state() -> None:
    text = (
        "TAIPEI, Dec 5 (Reuters) - Taiwan called on the international community to impose "
        "sanctions on China."
    )
    assert _opposed(_disputes(text), "Taiwan", "China")


def test_an_appeal_to_the_one_pressed_still_presses_it() -> None:
    text = "TOKYO, Dec 5 (Reuters) - Japan urged Beijing to release the detained fishermen."
    assert _opposed(_disputes(text), "Japan", "China")


def test_a_quoted_act_with_only_a_manner_word_does_not_title_the_call() -> None:
    text = (
        'KYIV, Dec 5 (Reuters) - Ukraine urged China to "see clearly who is the aggressor" in '
        "the war."
    )
    titles = [t for t, _ in _disputes(text)]
    assert not any("see clearly" in t for t in titles), titles
