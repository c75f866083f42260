"""Dates as the text writes them, and the ``when`` they stand for."""

from __future__ import annotations

from datetime import date

from summarizer._engines.offline._when import before, dates, find_dates, latest, resolve

MONDAY = date(2026, 3, 16)


def _one(text: str, published: date | None, *, ahead: bool) -> str | None:
    (written,) = find_dates(text)
    return resolve(written, published, ahead=ahead)


def test_a_full_date_needs_no_publication_date() -> None:
    assert _one("signed on Nov. 19, 2025 in Baku", None, ahead=False) == "2025-11-19"
    assert _one("talks in March 2026", None, ahead=True) == "2026-03"


def test_a_weekday_counts_forward_for_what_is_due_and_back_for_what_happened() -> None:
    assert _one("they meet on Wednesday", MONDAY, ahead=True) == "2026-03-18"
    assert _one("they met on Wednesday", MONDAY, ahead=False) == "2026-03-11"
    assert _one("they meet on Wednesday", None, ahead=True) is None


def test_a_month_without_a_year_is_the_next_or_the_last_such_month() -> None:
    assert _one("talks resume in February", MONDAY, ahead=True) == "2027-02"
    assert _one("talks stalled in February", MONDAY, ahead=False) == "2026-02"


def test_may_is_a_month_only_where_nothing_else_can_be_meant() -> None:
    assert find_dates("Talks may resume, said Theresa May.") == []
    assert _one("a vote in May", MONDAY, ahead=True) == "2026-05"
    assert _one("on May 14", MONDAY, ahead=True) == "2026-05-14"


def test_the_date_of_a_development_is_not_a_start_a_target_or_a_span() -> None:
    # "since 2012" starts what still goes on; "by 2028" is a target; "until 2030" a span.
    assert dates("The row has flared repeatedly since 2012.", MONDAY) == []
    assert dates("Both sides aim to finish the line by 2028.", MONDAY) == []
    assert dates("The ban stays until 2030.", MONDAY) == []
    assert dates("The two sides clashed in 2019 and again yesterday.", MONDAY) == [
        "2019",
        "2026-03-15",
    ]
    assert dates("Tariffs will rise next month.", MONDAY) == []


def test_latest_is_the_last_date_not_after_publication() -> None:
    assert latest(["2019", "2026-03-15", "2026-04"], MONDAY) == "2026-03-15"
    assert latest(["2026-03", "2026-03-02"], None) == "2026-03-02"
    assert before("2026-02", MONDAY) and not before("2026-03", MONDAY)


def test_a_year_that_ends_a_name_does_not_date_the_development() -> None:
    # The conventions were made in 1949; the accusation is of now.
    assert dates("accused it of breaching the Geneva Conventions of 1949", None) == []
    assert dates("a border fixed by the Treaty of 1904", None) == []
    # A season or a month of a year is a date.
    assert dates("clashed in the spring of 2022", None) == ["2022"]
    assert dates("met in March of 2024", None) == ["2024"]
