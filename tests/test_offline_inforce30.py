"""An instrument signed in the past whose terms the text says bind now ("Its Article 4
commits each side ...") or that a later sentence says holds ("the understanding remains in
place") is a current deal of the pair who made it, however long ago; a treaty told only as
history ("expired in 2019", "never ratified") stays background."""

from __future__ import annotations

from offline_support import brief


def _deals(text: str) -> list[tuple[set[str], str]]:
    return [(set(d.parties), d.status) for d in brief(text).deals]


def test_article_that_commits_each_side_now_makes_the_treaty_current() -> None:
    text = (
        "North Korean troops fought in Kursk this year, officials said. The foundation of the "
        "relationship is the Treaty on Comprehensive Strategic Partnership that Kim Jong Un and "
        "Russian President Vladimir Putin signed in Pyongyang in June 2024. Its Article 4 "
        "commits each side to provide military assistance if the other is attacked."
    )
    found = [(p, s) for p, s in _deals(text) if {"Russia", "North Korea"} <= p]
    assert found and all(s == "implemented" for _, s in found)


def test_dated_treaty_with_no_binding_word_stays_background() -> None:
    text = (
        "North Korean troops fought in Kursk this year, officials said. The foundation of the "
        "relationship is the Treaty on Comprehensive Strategic Partnership that Kim Jong Un and "
        "Russian President Vladimir Putin signed in Pyongyang in June 2024. Analysts said the "
        "deployment surprised Western capitals."
    )
    assert not [p for p, _ in _deals(text) if {"Russia", "North Korea"} <= p]


def test_understanding_said_to_remain_in_place_sentences_later() -> None:
    text = (
        "Chinese coast guard ships fired water cannon at a Philippine boat on Tuesday, Manila "
        "said. In July 2024, Manila and Beijing reached a provisional understanding on "
        "resupply missions to the shoal. Since then, a dozen missions have passed off quietly. "
        '"As far as we are concerned the understanding remains in place," the spokesperson '
        "said."
    )
    found = [(p, s) for p, s in _deals(text) if {"Philippines", "China"} <= p]
    assert found and all(s == "implemented" for _, s in found)


def test_another_instrument_named_in_between_takes_the_back_reference() -> None:
    text = (
        "Chinese coast guard ships fired water cannon at a Philippine boat on Tuesday, Manila "
        "said. In July 2024, Manila and Beijing reached a provisional understanding on "
        "resupply missions to the shoal. Manila also signed a fisheries pact with Vietnam in "
        'August. "The pact remains in place," the spokesperson said.'
    )
    assert not [p for p, _ in _deals(text) if {"Philippines", "China"} <= p]


def test_treaty_told_only_as_history_stays_background() -> None:
    text = (
        "The United States accused Russia on Tuesday of deploying new missiles near its border. "
        "The Intermediate-Range Nuclear Forces Treaty, which Washington and Moscow signed in "
        "1987, banned such missiles for three decades. It expired in 2019."
    )
    assert _deals(text) == []


def test_ceasefire_said_to_be_under_strain_stands_with_status_unclear() -> None:
    text = (
        "Indian and Pakistani troops exchanged fire on Sunday, officials said. The ceasefire "
        "that India and Pakistan agreed in May is under strain."
    )
    assert _deals(text) == [({"India", "Pakistan"}, "unclear")]


def test_next_sentence_saying_the_instrument_itself_frays_makes_it_unclear() -> None:
    text = (
        "Indian and Pakistani troops exchanged fire on Sunday. The ceasefire that India and "
        "Pakistan agreed in May ended the fighting. The ceasefire itself is now fraying."
    )
    assert _deals(text) == [({"India", "Pakistan"}, "unclear")]
