"""A title word after a given name is a surname (issue 11, the seventh session): titles come
before names ("King Abdullah"), so "Kevin King", a hostage freed in a prisoner swap, is a
person the briefing lists; he was dropped as a bare title before."""

from __future__ import annotations

from offline_support import brief


def _people(text: str) -> set[str]:
    return {a.name for a in brief(text).actors if a.kind == "person"}


def test_a_given_name_before_a_title_word_makes_a_person() -> None:
    text = (
        "Hostages Freed\n\n"
        "American Kevin King and Australian Timothy Weeks, both professors at a university in "
        "Kabul, were handed over to U.S. forces on Tuesday, officials said.\n"
    )
    assert {"Kevin King", "Timothy Weeks"} <= _people(text)


def test_a_title_before_a_name_is_still_a_title() -> None:
    text = (
        "Talks in Amman\n\n"
        "Jordan's King Abdullah II met French President Emmanuel Macron in Amman on Monday.\n"
    )
    people = _people(text)
    assert "Emmanuel Macron" in people
    assert not any(name.startswith(("King", "President")) for name in people), people


def test_the_first_words_of_a_longer_name_are_that_person() -> None:
    text = (
        "Ties Restored\n\n"
        "Somali President Hassan Sheikh Mohamud met Ethiopian Prime Minister Abiy Ahmed in "
        "Ankara in December. In January Hassan Sheikh paid his first visit to Addis Ababa in "
        "more than a year.\n"
    )
    assert "Hassan Sheikh" not in _people(text)


def test_a_port_operator_is_read_by_its_whole_name() -> None:
    text = (
        "Port Deal\n\n"
        "Somaliland signed a 30-year concession with DP World, the Dubai-based port operator, "
        "on Monday to run the port of Berbera.\n"
    )
    names = {a.name for a in brief(text).actors}
    assert "DP World" in names and "DP" not in names, names
