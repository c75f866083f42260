"""Cases at courts and panels: the sides are the litigants, never the court. "The case brought
by Y", "Y's case against X", "Y took X to court" and "ruled against X in Y's complaint" set Y
(claimant) against X (respondent); a case dated years back is background unless the text says
it goes on; a court trying a state's own people is no dispute between states."""

from __future__ import annotations

from offline_support import brief


def _disputes(text: str) -> list[tuple[str, set[str]]]:
    return [(d.title, set(d.parties)) for d in brief(text).disputes]


def _one_case(text: str, claimant: str, respondent: str) -> None:
    found = _disputes(text)
    assert len(found) == 1, found
    title, parties = found[0]
    assert parties == {claimant, respondent}, found
    assert title.startswith(f"{claimant} vs {respondent}"), found


def test_a_court_order_on_one_state_in_a_case_brought_by_another_is_their_dispute() -> None:
    _one_case(
        "The International Court of Justice ordered Venezuela to refrain from any action in "
        "the Essequibo, in the case brought by Guyana.",
        "Guyana",
        "Venezuela",
    )


def test_a_panel_that_rules_is_no_side_the_complainant_is() -> None:
    _one_case(
        "The WTO ruled against Indonesia in the case brought by the European Union.",
        "European Union",
        "Indonesia",
    )
    _one_case(
        "A WTO panel ruled against Indonesia in the European Union's complaint over its nickel "
        "export ban.",
        "European Union",
        "Indonesia",
    )


def test_a_states_case_against_another_sets_the_claimant_against_the_respondent() -> None:
    _one_case(
        "South Africa's genocide case against Israel at the ICJ is expected to take years.",
        "South Africa",
        "Israel",
    )


def test_a_case_begun_years_ago_is_news_only_when_the_text_says_it_goes_on() -> None:
    assert _disputes("Guyana took Venezuela to the International Court of Justice in 2018.") == []
    _one_case(
        "Guyana took Venezuela to the International Court of Justice in 2018. The case is "
        "still pending.",
        "Guyana",
        "Venezuela",
    )


def test_a_court_trying_its_own_citizens_is_no_dispute() -> None:
    text = (
        "A Thai court sentenced a pro-democracy activist to four years in prison on Thursday, "
        "in a case brought by prosecutors over speeches he made at protests."
    )
    assert _disputes(text) == []


def test_states_that_back_the_claimant_are_not_respondents() -> None:
    text = (
        "The International Court of Justice ordered Myanmar to protect the Rohingya in the case "
        "brought by Gambia with the support of Canada and the Netherlands."
    )
    found = _disputes(text)
    assert found, found
    for _, parties in found:
        assert not parties & {"Canada", "Netherlands"}, found
    _one_case(
        "The International Court of Justice, in a case brought by Gambia, ordered Myanmar to "
        "protect the Rohingya.",
        "Gambia",
        "Myanmar",
    )
