"""Names a clause sets outside its event (issue 11, the sixth session, precision): a state the
text says took no part in the fighting, the country a city lies in, the people a leader rallies.
Each gave a side the article does not support ("Uganda vs Somalia: Clashes" from "Ugandan troops
... were not involved in the fighting")."""

from __future__ import annotations

from offline_support import brief


def _disputes(text: str) -> list[tuple[str, list[str]]]:
    return [(d.title, d.parties) for d in brief(text).disputes]


def test_who_was_not_involved_in_the_fighting_is_no_side() -> None:
    disputes = _disputes(
        "MOGADISHU (Wire) - Ugandan troops in Lower Shabelle were not involved in the fighting "
        "with Somali forces, a spokesperson for the mission said on Tuesday."
    )
    assert all("Uganda" not in parties for _, parties in disputes), disputes


def test_who_stayed_out_of_a_conflict_is_no_side_but_the_conflict_stands() -> None:
    disputes = _disputes(
        "CAIRO (Wire) - Egypt has stayed out of the conflict between Israel and Iran, "
        "officials in Cairo said on Sunday."
    )
    assert [sorted(parties) for _, parties in disputes] == [["Iran", "Israel"]]


def test_who_took_no_part_in_the_sanctions_is_no_side() -> None:
    disputes = _disputes(
        "Brazil has taken no part in the sanctions on Russia, its foreign minister said on "
        "Monday, while the European Union extended its own measures against Moscow."
    )
    assert all("Brazil" not in parties for _, parties in disputes), disputes


def test_the_country_a_city_lies_in_is_where_a_deal_was_reached() -> None:
    deals = brief(
        "Under the deal reached in Busan, South Korea, China agreed to suspend its rare-earth "
        "controls and the United States halved its fentanyl tariffs, officials said."
    ).deals
    assert [d.parties for d in deals] == [["China", "United States"]]


def test_a_state_named_as_a_side_elsewhere_in_the_sentence_stays_one() -> None:
    deals = brief(
        "Officials from Japan and China met in Osaka, Japan, and signed a fisheries agreement "
        "on Thursday, the two governments said."
    ).deals
    assert [sorted(d.parties) for d in deals] == [["China", "Japan"]]


def test_a_leader_rallying_his_people_is_no_dispute() -> None:
    assert (
        _disputes(
            "MOGADISHU (Wire) - Somalia's president has called on Somalis to unite behind the "
            "army and invited opposition leaders to a national forum next week."
        )
        == []
    )


def test_a_call_on_another_state_to_stop_is_still_pressure() -> None:
    disputes = _disputes(
        "WASHINGTON (Wire) - The United States called on China on Monday to stop its military "
        "drills near Taiwan, the State Department said."
    )
    assert [parties[:2] for _, parties in disputes] == [["United States", "China"]]


def test_a_clause_of_time_naming_its_own_sides_takes_none_of_the_main_clause() -> None:
    disputes = _disputes(
        "Qatari foreign minister carries message from Sheikh Tamim, as Red Sea shipping "
        "attacks and Israeli strikes on Yemen raise regional tensions."
    )
    assert all("Qatar" not in parties for _, parties in disputes), disputes


def test_a_place_inside_a_quoted_charge_is_no_side() -> None:
    disputes = _disputes(
        "NUUK (Wire) - The opposition leader Pele Broberg has accused the coalition of "
        '"hiding behind Copenhagen" on independence, in a debate on Tuesday.'
    )
    assert all("Denmark" not in parties for _, parties in disputes), disputes
