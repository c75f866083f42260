"""What to watch (offline, issue 11, round outlook23): a timetable in the present tense, a
future told by a noun, a time left to act and a dated decision are signals; a negated plan, a
sentence that opens on a condition and a past weekday are not."""

from __future__ import annotations

from offline_support import brief

_DATELINE = "NAIROBI, Dec 3 (Reuters) - Kenyan and Ugandan officials met in Nairobi on Monday.\n\n"


def _signals(text: str) -> list[tuple[str, str | None]]:
    return [(s.description, s.horizon) for s in brief(_DATELINE + text).outlook.signals]


def _said(text: str) -> str:
    return " ".join(d for d, _ in _signals(text))


def test_a_timetable_in_the_present_tense_is_a_signal() -> None:
    signals = _signals("The state's parliament next sits on Tuesday to debate the budget bill.")
    assert signals == [
        ("The state's parliament next sits on Tuesday to debate the budget bill.", "days")
    ]
    assert _signals("Uganda holds a general election on Jan. 15, the electoral commission said.")


def test_a_present_tense_date_before_the_dateline_is_no_signal() -> None:
    # "November" of a December story is the past month; "met" is past, whatever the weekday.
    assert not _signals("Ugandans vote in a referendum on the new constitution in November.")
    assert not _signals("The two ministers met again in Kampala on Tuesday to sign the protocol.")


def test_a_future_told_by_a_noun_is_a_signal() -> None:
    said = _said(
        "Opposition leaders accused the government of conceding too much to foreign lenders "
        "ahead of the general election due in August."
    )
    assert "due in August" in said


def test_a_time_left_to_act_is_a_signal() -> None:
    signals = _signals("Under the treaty's rules, Uganda has 30 days to answer the complaint.")
    assert signals and "30 days" in signals[0][0]
    assert signals[0][1] == "weeks"
    assert not _signals("Under the old rules, Uganda had 30 days to answer the complaint.")


def test_a_dated_decision_under_had_agreed_is_a_signal() -> None:
    said = _said(
        "A joint statement said the delegations had exchanged data and agreed to meet again "
        "in Kampala on Dec. 21."
    )
    assert "Dec. 21" in said
    assert not _signals("The two sides agreed to a ceasefire in Kampala on Nov. 19.")


def test_a_reported_clause_attributed_at_its_end_is_a_signal() -> None:
    said = _said("The Ugandan envoy was expected to leave Nairobi on Thursday, officials said.")
    assert "leave Nairobi on Thursday" in said


def test_a_negated_plan_is_no_signal() -> None:
    assert not _signals(
        "Kampala has no plans to reopen the border post, a ministry spokesman said."
    )


def test_the_consequence_of_a_fronted_condition_is_no_signal() -> None:
    assert not _signals("If Kampala wants to go to arbitration, we will defend ourselves there.")


def test_a_backshifted_timetable_is_due_only_when_its_date_is_ahead() -> None:
    said = _said(
        "The protocol was due to be signed by both ministers in Mombasa on Friday, Dec. 13."
    )
    assert "Dec. 13" in said
    assert not _signals(
        "The protocol was due to be signed by both ministers in Mombasa on Nov. 13."
    )
    assert not _signals(
        "Uganda's previous programme, which was due to run until April, was cancelled."
    )


def _dues(text: str) -> list[str | None]:
    return [s.when for s in brief(text).outlook.signals]


def test_a_date_a_closure_is_counted_from_is_no_due_date_of_a_decision() -> None:
    # Found reading hold-out 35 after scoring it: "agreed ... to prepare the reopening of their
    # land border ... a closure that has strangled trade since the July 2023 coup" was a signal
    # due in July 2023.
    found = _dues(
        "LOME, Feb 18 (Reuters) - Niger and Benin agreed on Tuesday to create a joint committee "
        "to prepare the reopening of their land border, but set no date for lifting a closure "
        "that has strangled trade since the July 2023 coup in Niamey."
    )
    assert "2023-07" not in found, found


def test_a_decision_until_a_month_of_a_year_is_still_due_then() -> None:
    found = _dues(
        "VIENNA, Nov 30 (Reuters) - OPEC+ agreed on Sunday to keep its oil output targets "
        "unchanged until the end of June 2027."
    )
    assert "2027-06" in found, found
