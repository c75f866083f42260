"""Right parties, right words: a deal told as a second work ("a memorandum to study a second
cable") is a deal of its own, not merged with the first one told around it; a report's source
"officials from both countries" speaks for the article's pair, even past a body named after a
third state ("the Kuwait Fund")."""

from __future__ import annotations

from offline_support import brief

_TEXT = (
    "CAIRO, Dec 2 (Reuters) - Egypt and Saudi Arabia began exchanging electricity through a "
    "new undersea interconnector on Tuesday, officials said.\n\n"
    "Egypt's electricity minister said the first phase had been switched on after months of "
    "testing.\n\n"
    "The two governments signed the agreement to build the interconnector in 2012, but work "
    "was delayed for years. The Arab Fund and the Kuwait Fund lent most of the money.\n\n"
    "Officials from both countries also said they had signed a memorandum of understanding on "
    "Tuesday to study a second cable, though they gave no timetable or cost.\n\n"
    "Egypt and Saudi Arabia agreed a pricing formula for the power in June, people familiar "
    "with the talks said."
)


def test_a_memorandum_on_a_second_work_is_its_own_deal_of_the_pair() -> None:
    deals = brief(_TEXT).deals
    second = [d for d in deals if "second cable" in d.title]
    assert second, [d.title for d in deals]
    assert set(second[0].parties) == {"Egypt", "Saudi Arabia"}, second[0].parties
    assert second[0].status == "signed"


def test_the_first_deal_is_not_merged_into_the_second() -> None:
    deals = brief(_TEXT).deals
    others = [d for d in deals if "second cable" not in d.title]
    assert others, [d.title for d in deals]


def test_a_body_named_after_a_state_brings_no_third_state_to_the_pair() -> None:
    deals = brief(_TEXT).deals
    assert not any("Kuwait" in p for d in deals for p in d.parties), [
        (d.title, d.parties) for d in deals
    ]
