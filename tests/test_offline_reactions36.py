"""The side opposite a critic is the doer of what is criticised, not a name inside its
description: "a decision Jordan and Egypt condemned" after Israel's approval of homes in the
West Bank, "South Korea has objected to the curbs" after Japan's curbs on exports to Chinese
companies, "The United States has also objected to the regulation" after "the European Union's
methane regulation" with another critic's sentence between."""

from __future__ import annotations

from offline_support import brief


def _disputes(text: str) -> list[set[str]]:
    return [set(d.parties) for d in brief(text).disputes]


def test_several_critics_of_an_apposed_act_face_its_doer() -> None:
    found = _disputes(
        "AMMAN (Reuters) - Israel's defence ministry on Wednesday approved plans for 3,000 new "
        "homes in settlements in the occupied West Bank, a decision Jordan and Egypt condemned "
        "as a violation of international law."
    )
    assert any({"Jordan", "Egypt", "Israel"} <= p for p in found), found


def test_a_critic_after_the_is_still_the_one_who_criticises() -> None:
    found = _disputes(
        "WARSAW (Reuters) - Poland kept its ban on Ukrainian grain, a move the European "
        "Commission has criticised."
    )
    assert any({"European Commission", "Poland"} <= p for p in found), found


def test_an_objection_to_the_curbs_faces_the_one_who_imposed_them() -> None:
    found = _disputes(
        "SEOUL (Reuters) - Japan last week tightened controls on exports of advanced chipmaking "
        "equipment to Chinese companies. South Korea has objected to the curbs, saying they "
        "could disrupt supply chains for its own chipmakers."
    )
    assert {"South Korea", "Japan"} in found, found
    assert not any("South Korea" in p and "China" in p for p in found), found


def test_the_owner_of_a_regulation_told_before_is_the_objectors_other_side() -> None:
    found = _disputes(
        "BRUSSELS (Reuters) - The European Union's methane regulation will require importers "
        "to show that suppliers limit leaks. Qatar's energy minister said QatarEnergy could stop "
        "shipping gas to Europe if the rules were enforced, and he urged Brussels to scrap them. "
        "The United States has also objected to the regulation, Energy Secretary Chris Wright "
        "said."
    )
    assert any({"United States", "European Union"} == p - {"Chris Wright"} for p in found), found
    assert not any("United States" in p and "Qatar" in p for p in found), found


def test_an_owner_who_underwent_the_act_is_no_doer() -> None:
    found = _disputes(
        "MOSCOW (Reuters) - Police detained the activist on Monday after Navalny's arrest last "
        "year. Germany condemned the arrest."
    )
    assert not any("Germany" in p and len(p) == 2 and "Russia" not in p for p in found), found


def test_only_nouns_of_a_doers_own_act_look_for_an_owner() -> None:
    from summarizer._engines.offline._act_owner import referred_noun

    assert referred_noun(" to the curbs") == "curb"
    assert referred_noun(" the regulation") == "regulation"
    assert referred_noun(" the arrest") is None  # "Navalny's arrest": who underwent it
    assert referred_noun(" this") is None


def test_whom_a_critic_stands_with_is_no_side_against_it() -> None:
    found = _disputes(
        "BOGOTA (Reuters) - The ELN attacked a military base in Catatumbo on Monday. The United "
        "States has designated the ELN a terrorist organisation. A U.S. State Department "
        "spokesperson said Washington condemned the attack and stood with the Colombian people."
    )
    assert not any({"United States", "Colombia"} <= p for p in found), found
