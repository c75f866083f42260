"""Outlook (issue 11, the sixth session): what a deal would be worth is a judgement, not an
event to watch; a date given as the earliest a step "could" come is one."""

from __future__ import annotations

from offline_support import brief


def _signals(text: str) -> list[str]:
    return [s.description for s in brief(text).outlook.signals]


def test_what_a_deal_would_matter_is_no_signal() -> None:
    signals = _signals(
        "MOSCOW (Wire) - Russian and Chinese negotiators resumed talks on a gas pipeline on "
        "Monday.\n\n"
        "Analysts said a deal would matter more to Moscow than to Beijing. China already buys "
        "gas from Central Asia and can afford to wait."
    )
    assert not any("matter more" in s for s in signals), signals


def test_the_earliest_date_a_step_could_come_is_a_signal() -> None:
    signals = _signals(
        "NAIROBI (Wire) - Kenya and Tanzania settled the last open point of a border accord on "
        "Tuesday, officials said.\n\n"
        "The accord could be signed as early as next week, two officials said."
    )
    assert any("as early as next week" in s for s in signals), signals
