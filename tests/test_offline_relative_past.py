"""A past perfect inside a relative clause on the subject is that clause's own time: the main
verb after it, dated to a day of the news, tells the event as news ("Two aid workers who had
been held since 2021 were freed on Sunday in a prisoner exchange")."""

from __future__ import annotations

from offline_support import brief


def _deals(text: str) -> list[tuple[set[str], str]]:
    return [(set(d.parties), d.status) for d in brief(text).deals]


def test_a_relative_past_perfect_does_not_make_todays_exchange_background() -> None:
    found = _deals(
        "KABUL (AP) - Two engineers who had been held by the Taliban since 2021 were freed "
        "Sunday in a prisoner exchange with the United States, officials said."
    )
    assert ({"Taliban", "United States"}, "implemented") in found, found


def test_a_relative_pronoun_after_a_dash_is_still_the_subjects() -> None:
    found = _deals(
        "DOHA (AFP) - Three sailors — two Indians and a Filipino — who had been detained by "
        "Iran since March were released on Monday in an exchange with Sri Lanka."
    )
    assert any({"Iran", "Sri Lanka"} <= parties for parties, _ in found), found


def test_a_past_perfect_of_the_main_verb_stays_background() -> None:
    # No relative clause: the exchange itself is told as before the news.
    found = _deals(
        "KABUL (AP) - The Taliban had freed two engineers in a prisoner exchange with the "
        "United States before the talks began, officials said on Sunday."
    )
    assert not any(status == "implemented" for _, status in found), found


def test_freedom_is_not_freed() -> None:
    # "freed" marks a release done; "freedom to negotiate" is a wish, no deal carried out.
    found = _deals(
        "BUENOS AIRES (Reuters) - Argentina's president has said his government wants freedom "
        "to negotiate its own trade agreement with the United States."
    )
    assert not any(status == "implemented" for _, status in found), found
