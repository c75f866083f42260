"""Who does what to whom: the addressee of an appeal is not opposed to the appealer (the
appealer is against the target of the act asked for); names joined by "and" as the object of
an act are one side; a reaction answers the doer of the act, or the speaker of the words, told
in the sentence before."""

from __future__ import annotations

from offline_support import brief


def _disputes(text: str) -> list[tuple[str, set[str]]]:
    return [(d.title, set(d.parties)) for d in brief(text).disputes]


def test_an_appeal_to_sanction_a_third_sets_the_appealer_against_the_target_only() -> None:
    text = (
        "Human Rights Watch on Tuesday called on the European Union to impose sanctions on "
        "Kenyan police commanders over the killing of protesters. Kenya rejected the report."
    )
    found = _disputes(text)
    assert not any({"Human Rights Watch", "European Union"} <= p for _, p in found), found
    assert not any("European Union" in p and "Kenya" in p and "vs" in t for t, p in found), found


def test_an_appeal_with_no_target_still_presses_the_one_asked() -> None:
    text = "Japan on Monday urged China to stop harassing its fishing boats near the islands."
    found = _disputes(text)
    assert any({"Japan", "China"} <= p for _, p in found), found


def test_two_states_warned_together_are_one_side_against_the_warner() -> None:
    text = (
        "China's foreign ministry said the Australian plane had intruded into its airspace. "
        "In a statement that also named the Philippines, the foreign ministry warned Canberra "
        "and Manila that their joint patrols in the South China Sea would bring consequences."
    )
    found = _disputes(text)
    assert found, found
    for title, parties in found:
        assert {"Australia", "Philippines"} != parties, found
        if {"Australia", "Philippines"} <= parties:
            assert title.startswith("China vs"), found


def test_two_states_warned_by_an_unnamed_speaker_are_not_set_against_each_other() -> None:
    text = (
        "Tensions rose in the South China Sea this week. The spokesperson warned Canberra "
        "and Manila that their joint patrols would bring consequences."
    )
    found = _disputes(text)
    assert not any(p == {"Australia", "Philippines"} for _, p in found), found


def test_a_reaction_answers_the_doer_of_the_act_told_last_in_the_sentence_before() -> None:
    text = (
        "Iran seized a Greek tanker on Friday. The seizure came nine days after the United "
        "States said it had confiscated about 800,000 barrels of Iranian oil aboard another "
        'tanker. Iran called that "state piracy" and vowed a response.'
    )
    found = _disputes(text)
    piracy = [(t, p) for t, p in found if "piracy" in t.casefold()]
    assert piracy, found
    assert all(p == {"Iran", "United States"} for _, p in piracy), found


def test_rejected_remarks_answer_the_speaker_of_the_sentence_before() -> None:
    text = (
        "Latvia said on Monday it would raise defence spending to 5% of GDP. "
        '"Riga is arming itself against its neighbours," Russian foreign ministry spokeswoman '
        "Maria Zakharova told reporters in Moscow. Latvia's foreign ministry rejected the "
        "remarks as propaganda."
    )
    found = _disputes(text)
    assert any({"Latvia", "Russia"} <= p and "vs" in t for t, p in found), found


def test_a_summoned_envoy_who_represents_another_state_stands_for_that_state() -> None:
    text = (
        "The United States confiscated a cargo of Iranian crude last week. Iran on Tuesday "
        "summoned the Swiss ambassador, who represents U.S. interests in Tehran, to protest."
    )
    found = _disputes(text)
    assert not any("Switzerland" in p for _, p in found), found


def test_states_in_solidarity_with_another_are_not_its_opponents() -> None:
    text = (
        "Mali recalled its ambassador from Algiers on Monday after Algeria shot down a drone. "
        'Niger and Burkina Faso said they stood "in total solidarity" with Bamako and were '
        "also recalling their ambassadors."
    )
    found = _disputes(text)
    assert not any(
        "Mali" in p and ("Niger" in p or "Burkina Faso" in p) and "vs" in t for t, p in found
    ), found


def test_an_appeal_to_fund_something_presses_no_one() -> None:
    text = (
        "Inuit leader Natar Kilabuk on Monday called on Ottawa to fund more Inuit-led marine "
        "monitoring in the Northwest Passage."
    )
    found = _disputes(text)
    assert not any("Canada" in p for _, p in found), found


def test_an_appeal_to_unnamed_powers_sets_the_appealer_against_no_one_named() -> None:
    text = (
        "Australia and Vanuatu signed a security pact on Monday. Fiji's prime minister, "
        "Sitiveni Rabuka, has urged larger powers not to turn the region into a theatre of "
        "rivalry."
    )
    found = _disputes(text)
    assert not any("Fiji" in p and "vs" in t for t, p in found), found


def test_opposition_to_the_plan_told_before_faces_who_backed_it() -> None:
    text = (
        "European Union energy ministers on Monday backed a plan to phase out imports of "
        "Russian gas by 2027, and the European Commission urged member states to help "
        "consumers to move away from Russian supplies.\n\n"
        "Hungary and Slovakia opposed the plan, arguing that their economies depend on "
        "Russian pipeline gas."
    )
    found = _disputes(text)
    assert not any("Russia" in p and "European Commission" in p for _, p in found), found
    assert any({"Hungary", "European Union"} <= p for _, p in found), found
