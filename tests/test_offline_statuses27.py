"""A status is what the item's own clause says has happened: a step a side only stands ready
to take ("was prepared to impose further sanctions") is not taken, and talks a side is open to,
with a quoted modifier ("open to \"fair and balanced\" negotiations"), are proposed, not held."""

from __future__ import annotations

from offline_support import brief


def _statuses(text: str) -> list[tuple[str, str]]:
    found = brief(text)
    return [(d.title, d.status) for d in [*found.disputes, *found.deals]]


def test_sanctions_a_side_is_prepared_to_impose_are_no_escalation() -> None:
    text = (
        "The United States sanctioned General Ahmed Musa in January. On Tuesday the U.S. "
        "envoy said Washington was prepared to impose further sanctions on commanders found "
        "to be obstructing aid."
    )
    found = _statuses(text)
    assert not any(status == "escalating" for _, status in found), found


def test_further_sanctions_imposed_escalate() -> None:
    text = "The United States on Tuesday imposed further sanctions on Sudan over the aid blockade."
    found = _statuses(text)
    assert any(status == "escalating" for _, status in found), found


def test_talks_a_side_is_open_to_in_quoted_terms_are_proposed() -> None:
    text = (
        'Iranian Foreign Minister Abbas Araghchi said Iran remained open to "fair and '
        'balanced" negotiations with Washington.'
    )
    found = _statuses(text)
    assert not any(status == "negotiating" for _, status in found), found


def test_two_names_on_one_span_do_not_break_the_briefing() -> None:
    text = (
        "Officials of the European Union and China are scheduled to hold a high-level economic "
        "and trade dialogue in Brussels in May, the European Commission said on Friday."
    )
    found = _statuses(text)
    assert found, found
