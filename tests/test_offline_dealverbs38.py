"""Deals told without a deal noun, by what two named sides commit to (issue 11, dealverbs38):
relations restored, terms reached, a joint pledge of two named leaders, a promise made to the
other side, flights resumed under an understanding. And what is no such deal: one side's
pledge, a pledge to one's own voters, a promise to one's own people, a conditional offer to
restore relations."""

from __future__ import annotations

from offline_support import brief


def _deals(text: str) -> list[tuple[str, set[str], str]]:
    return [(d.title, set(d.parties), d.status) for d in brief(text).deals]


def _pair(found: list[tuple[str, set[str], str]], a: str, b: str) -> list[str]:
    return [s for _, p, s in found if a in p and b in p]


def test_two_states_that_announce_they_will_restore_relations_agree() -> None:
    found = _deals(
        "DOHA (Reuters) - Bahrain and Qatar announced on Wednesday that they would restore "
        "diplomatic relations, severed in 2017, the two foreign ministries said."
    )
    assert _pair(found, "Bahrain", "Qatar") == ["agreed"], found


def test_relations_restored_only_if_a_condition_is_met_are_no_deal() -> None:
    found = _deals(
        "ANKARA (Reuters) - Turkey would restore relations with Armenia only if Yerevan signed "
        "a peace treaty with Baku, a Turkish diplomat said on Tuesday."
    )
    assert not _pair(found, "Turkey", "Armenia"), found


def test_terms_reached_with_another_side_are_a_deal_agreed() -> None:
    found = _deals(
        "OSLO (Reuters) - Norway has reached terms with Russia on next year's cod quotas in "
        "the Barents Sea, the fisheries ministry said on Friday."
    )
    assert _pair(found, "Norway", "Russia") == ["agreed"], found


def test_two_named_leaders_who_pledge_to_act_together_agree() -> None:
    found = _deals(
        "ATHENS (Reuters) - Greek Prime Minister Kyriakos Mitsotakis and Turkish President "
        "Tayyip Erdogan pledged on Thursday to double trade between their countries within "
        "five years."
    )
    assert _pair(found, "Greece", "Turkey") == ["agreed"], found


def test_both_leaders_after_a_meeting_of_two_named_ones_are_the_pledge_sides() -> None:
    found = _deals(
        "JAKARTA (Reuters) - Indonesian President Prabowo Subianto and Australian Prime "
        "Minister Anthony Albanese met in Bogor on Thursday, and both leaders pledged to begin "
        "joint maritime patrols in the Timor Sea by June."
    )
    assert _pair(found, "Indonesia", "Australia") == ["agreed"], found


def test_one_side_pledging_to_its_voters_beside_another_leader_is_no_deal() -> None:
    found = _deals(
        "ATHENS (Reuters) - Erdogan, facing high inflation, has pledged to bring prices under "
        "control before local elections in March, while Greek Prime Minister Kyriakos "
        "Mitsotakis has promised voters to cut taxes on pensions."
    )
    assert not found, found


def test_a_leader_pledging_to_fight_corruption_is_no_deal() -> None:
    found = _deals(
        "NAIROBI (Reuters) - Somalia's President Hassan Sheikh Mohamud, who attended the "
        "conference with Kenya's William Ruto, pledged to fight corruption in the distribution "
        "of food aid."
    )
    assert not found, found


def test_a_promise_brought_home_from_the_other_side_is_their_deal() -> None:
    found = _deals(
        "TEGUCIGALPA (Reuters) - U.S. special envoy Mauricio Claver-Carone met Honduran "
        "President Xiomara Castro on Wednesday and flew home with a promise that Honduras "
        "would accept deportation flights from the United States."
    )
    assert _pair(found, "United States", "Honduras") == ["agreed"], found


def test_one_leader_promising_another_that_his_state_will_act_is_their_deal() -> None:
    found = _deals(
        "CAIRO (Reuters) - Egyptian President Abdel Fattah al-Sisi promised Sudan's army chief "
        "Abdel Fattah al-Burhan on Wednesday that Egypt would keep the Argeen crossing open to "
        "refugees."
    )
    assert _pair(found, "Egypt", "Sudan") == ["agreed"], found


def test_a_promise_to_ones_own_people_is_no_deal() -> None:
    found = _deals(
        "CAIRO (Reuters) - Egyptian President Abdel Fattah al-Sisi has promised Egyptians that "
        "the arrival of refugees from Sudan will not strain bread supplies."
    )
    assert not found, found


def test_a_promise_someone_denies_making_is_no_deal() -> None:
    found = _deals(
        "GUATEMALA CITY (Reuters) - Guatemala's foreign minister denied reports that his "
        "government had promised Washington that it would take in migrants from other "
        "countries."
    )
    assert not found, found


def test_flights_resumed_under_an_understanding_between_two_capitals_are_in_force() -> None:
    found = _deals(
        "YEREVAN (Reuters) - After a pause of several months, direct cargo flights between "
        "Armenia and Turkey resumed this week under a renewed understanding, the foreign "
        "ministry said."
    )
    assert _pair(found, "Armenia", "Turkey") == ["implemented"], found


def test_two_sides_pledging_to_keep_fighting_make_no_deal() -> None:
    found = _deals(
        "KYIV (Reuters) - Russia and Ukraine pledged on Sunday to retaliate for the attacks, "
        "officials said."
    )
    assert not found, found


def test_a_joint_pledge_is_titled_by_the_act_pledged() -> None:
    found = _deals(
        "YEREVAN (Reuters) - Armenian envoy Ruben Rubinyan and his Turkish counterpart Serdar "
        "Kilic met in Kars on Monday, and both envoys pledged to open the Margara border "
        "crossing to holders of diplomatic passports."
    )
    assert any("Margara border crossing" in t for t, _, _ in found), found


def test_a_year_in_a_dash_apposition_after_the_pledge_does_not_date_it() -> None:
    found = _deals(
        "SEOUL, Nov 20 (Reuters) - Japanese Prime Minister Shigeru Ishiba met South Korean "
        "President Yoon Suk Yeol in Lima last week, and both leaders pledged to keep up shuttle "
        "diplomacy -- the reciprocal visits revived in March 2023 after a twelve-year gap."
    )
    assert _pair(found, "Japan", "South Korea") == ["agreed"], found
    assert not any("--" in t for t, _, _ in found), found
