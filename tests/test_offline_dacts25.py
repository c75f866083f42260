"""Disputes told indirectly: an annulment of another's act ('null and void'), a nationalisation
of a foreign firm's asset, a warning that supplies could be halted, and a war whose dated
outbreak the text says has gone on doing harm are disputes; a war told as history is not."""

from __future__ import annotations

from offline_support import brief


def _pairs(text: str) -> list[set[str]]:
    return [set(d.parties) for d in brief(text).disputes]


def test_an_agreement_declared_null_and_void_sets_the_caller_against_its_maker() -> None:
    text = (
        "Serbia on Thursday declared a mining agreement between Kosovo and a German company "
        "null and void, saying Pristina had no right to sign contracts in the north."
    )
    disputes = brief(text).disputes
    found = [d for d in disputes if {"Serbia", "Kosovo"} <= set(d.parties)]
    assert found, [(d.title, d.parties) for d in disputes]
    assert "null and void" in " ".join(e.quote for e in found[0].evidence)


def test_a_nationalised_mine_of_a_foreign_firm_is_a_seizure() -> None:
    text = (
        "Niger's military government said on Tuesday it had nationalised a uranium mine run "
        "by the French company Orano, which said it would seek international arbitration."
    )
    assert any({"Niger", "Orano"} <= s for s in _pairs(text)), _pairs(text)


def test_a_warning_that_supplies_could_be_halted_is_a_threat() -> None:
    text = (
        "Azerbaijan warned that it would stop gas supplies to Bulgaria over a transit fee "
        "approved by the Bulgarian parliament last week."
    )
    assert any({"Azerbaijan", "Bulgaria"} <= s for s in _pairs(text)), _pairs(text)


def test_a_war_that_broke_out_years_ago_and_has_killed_thousands_is_news() -> None:
    text = (
        "Talks between Sudan's army and the Rapid Support Forces resumed in Jeddah on Monday. "
        "Sudan's war between the army and the Rapid Support Forces broke out in April 2023 and "
        "has killed tens of thousands of people."
    )
    assert any({"Sudan", "Rapid Support Forces"} <= s for s in _pairs(text)), _pairs(text)


def test_a_war_told_only_as_its_past_outbreak_stays_history() -> None:
    text = (
        "Iran and Iraq signed a border security agreement in Baghdad on Monday. The war "
        "between Iran and Iraq broke out in 1980 and ended in 1988."
    )
    assert not any({"Iran", "Iraq"} <= s for s in _pairs(text)), _pairs(text)


def test_a_threat_its_maker_denies_is_no_dispute() -> None:
    text = (
        "Greece denied a report in a local newspaper that it had threatened to halt gas "
        "deliveries to Bulgaria over the fee."
    )
    assert not any({"Greece", "Bulgaria"} <= s for s in _pairs(text)), _pairs(text)


def test_a_rejection_of_anothers_remarks_is_a_dispute() -> None:
    text = "Kenya on Monday rejected the remarks of Somalia's foreign minister about the border."
    assert any({"Kenya", "Somalia"} <= s for s in _pairs(text)), _pairs(text)


def test_a_law_passed_over_opposition_from_named_states_is_a_dispute_with_them() -> None:
    text = (
        "The European Union gave final approval on Monday to a law banning Russian gas "
        "imports, overriding fierce opposition from Hungary and Slovakia."
    )
    disputes = brief(text).disputes
    found = [d for d in disputes if {"European Union", "Hungary"} <= set(d.parties)]
    assert found, [(d.title, d.parties) for d in disputes]


def test_a_past_border_closure_the_paragraph_says_remains_is_news() -> None:
    still = (
        "Traders in Cotonou said on Monday that costs had doubled. Niger closed its border with "
        "Benin in July 2023. Oil now flows through the pipeline, but the road border remains "
        "shut."
    )
    reopened = (
        "Traders in Cotonou said on Monday that costs had doubled. Niger closed its border with "
        "Benin in July 2023. It reopened the border a year later."
    )
    assert any({"Niger", "Benin"} <= s for s in _pairs(still)), _pairs(still)
    assert not any({"Niger", "Benin"} <= s for s in _pairs(reopened)), _pairs(reopened)


def test_a_repeated_warning_to_stop_selling_to_a_state_is_a_threat() -> None:
    text = (
        "Azerbaijan has warned repeatedly that it could stop selling gas to Bulgaria over the fee."
    )
    assert any({"Azerbaijan", "Bulgaria"} <= s for s in _pairs(text)), _pairs(text)
