"""Disputes between sides the engine did not set against each other (offline, issue 11,
round rivals31): a case told with its owner's pronoun, two armed groups fighting each other,
and a name that only receives what is granted."""

from __future__ import annotations

from offline_support import brief

_HEAD = "Rivals at odds\n\n"


def _titles(text: str) -> list[str]:
    return [d.title for d in brief(_HEAD + text).disputes]


def test_a_case_told_with_its_owners_pronoun_sets_the_owner_against_the_respondent() -> None:
    titles = _titles(
        "JOHANNESBURG, Dec 2 (AP) - South Africa said Tuesday it would not withdraw its "
        "genocide case against Israel at the International Court of Justice, hours after the "
        "United States announced it was ending a further batch of grants.\n\nOfficials met."
    )
    assert any(t.startswith("South Africa vs Israel") for t in titles), titles


def test_a_case_only_threatened_is_no_case() -> None:
    titles = _titles(
        "DHAKA, Nov 18 (Reuters) - Bangladesh has said in the past that it could take Myanmar "
        "to the International Court of Justice over the cost of hosting refugees.\n\n"
        "Officials met."
    )
    assert not any("Bangladesh vs Myanmar" in t for t in titles), titles


def test_two_armed_groups_fighting_each_other_are_opposed() -> None:
    titles = _titles(
        "YANGON, June 4 (Reuters) - The Ta'ang National Liberation Army (TNLA) and the Shan "
        "State Progress Party (SSPP) have been fighting each other for control of the mining "
        "town of Mogoke since late May, residents said on Wednesday.\n\nResidents fled."
    )
    assert any(
        "Ta'ang National Liberation Army" in t and "Shan State Progress Party" in t and " vs " in t
        for t in titles
    ), titles


def test_who_is_granted_asylum_is_no_side_of_the_row_over_it() -> None:
    briefing = brief(
        _HEAD + "LIMA, Nov 5 (Reuters) - Peru expelled Mexico's ambassador on Wednesday.\n\n"
        "Peruvian Foreign Minister Hugo de Zela said the decision to grant asylum to Betssy "
        'Chávez, who sought refuge in the embassy on Monday, was "an unfriendly act".'
    )
    for item in briefing.disputes:
        assert "Betssy Chávez" not in item.parties, item


def test_allies_fighting_side_by_side_are_not_set_against_each_other() -> None:
    titles = _titles(
        "YANGON, June 4 (Reuters) - The Arakan Army and the Ta'ang National Liberation Army "
        "fought the junta side by side in northern Shan state.\n\nResidents fled."
    )
    assert not any(
        "Arakan Army" in t and "Ta'ang National Liberation Army" in t and " vs " in t
        for t in titles
    ), titles


def test_groups_that_fought_each_other_are_opposed() -> None:
    titles = _titles(
        "YANGON, June 4 (Reuters) - The Ta'ang National Liberation Army and the Shan State "
        "Progress Party have fought each other for control of Mogoke since May.\n\n"
        "Residents fled."
    )
    assert any(" vs " in t and "Shan State Progress Party" in t for t in titles), titles
