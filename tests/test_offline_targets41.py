"""Who a measure hits and who blocks it: the named targets of sanctions and asset freezes
(not the state they are said to have helped, nor the one a demonym says they come from), the
owner of a measure as its imposer, a member that blocks a bloc's package set against the bloc,
and a meeting named as where an objection was made, which is no side."""

from __future__ import annotations

from offline_support import brief


def _disputes(text: str) -> list[set[str]]:
    return [set(d.parties) for d in brief(text).disputes]


def test_targets_named_in_the_next_sentence_are_the_measures_other_side() -> None:
    found = _disputes(
        "WASHINGTON (Reuters) - The U.S. Treasury Department on Wednesday imposed sanctions on "
        "two Sharjah-based oil brokers and a Singapore-registered ship manager that it accused "
        "of helping Iran move crude to buyers in Asia. The firms, Meridian Gulf Petroleum, "
        "Sahara Bridge Trading and Lionsgate Maritime Services, were added to the list."
    )
    assert any({"Meridian Gulf Petroleum", "Lionsgate Maritime Services"} <= p for p in found)
    assert not any("Iran" in p for p in found), found


def test_a_demonym_describing_the_targets_is_not_their_state_hit() -> None:
    found = _disputes(
        "OTTAWA (Reuters) - Canada on Tuesday imposed sanctions on a former Haitian senator and "
        "a prominent businessman it said had financed the gangs that control most of Haiti's "
        "capital. Foreign Minister Anita Anand said the measures targeted former senator Rony "
        "Celestin and businessman Reynold Deeb-Maurice."
    )
    assert any("Rony Celestin" in p and "Canada" in p for p in found), found
    assert not any("Haiti" in p for p in found), found


def test_an_asset_freeze_on_described_men_takes_the_names_given_next() -> None:
    found = _disputes(
        "LONDON (Reuters) - Britain on Thursday froze the assets of two Georgian businessmen it "
        "accuses of helping Russian arms makers. The Foreign Office named the men as Levan "
        "Tsiklauri and Irakli Mamulashvili."
    )
    assert any({"United Kingdom", "Irakli Mamulashvili"} <= p for p in found), found
    assert not any("Georgia" in p or "Russia" in p for p in found), found


def test_a_clause_that_names_its_target_state_keeps_it() -> None:
    found = _disputes(
        "BRUSSELS (Reuters) - The European Union on Monday imposed new sanctions on Belarus over "
        "its role in the war. Officials said the measures would take effect on Tuesday."
    )
    assert any({"European Union", "Belarus"} <= p for p in found), found


def test_a_member_that_blocks_a_blocs_package_is_set_against_the_bloc() -> None:
    found = _disputes(
        "BRUSSELS (Reuters) - Hungary on Wednesday blocked the European Union's 18th package of "
        "sanctions against Russia, diplomats said."
    )
    assert {"Hungary", "European Union"} in found, found
    assert not any("Russia" in p for p in found), found


def test_a_title_case_dateline_with_a_credit_is_no_side() -> None:
    found = _disputes(
        "Brussels (AFP) - Hungary on Wednesday held up the EU's new package of sanctions "
        "against Russia, diplomats said."
    )
    assert {"Hungary", "European Union"} in found, found


def test_the_owner_of_sanctions_imposes_them() -> None:
    found = _disputes(
        "SYDNEY (Reuters) - Australia's sanctions add to measures taken by Britain and the "
        "European Union."
    )
    assert not any("Australia" in p and "United Kingdom" in p for p in found), found


def test_a_meeting_named_as_where_one_objected_is_no_side() -> None:
    found = _disputes(
        "GENEVA (Reuters) - South Africa and India on Wednesday refused to back a draft "
        "decision at the World Trade Organization's General Council that would have extended "
        "a moratorium on customs duties. At a General Council meeting that ran past midnight, "
        "Indonesia refused to back the draft."
    )
    assert not any("General Council" in p for p in found), found
