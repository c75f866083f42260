"""Actors of wire copy the name lists do not know: spokespeople introduced by their post,
ships, companies and bodies named by their trade or body word, and acronyms of bodies the
article spells out."""

from __future__ import annotations

from offline_support import actor, brief, names


def test_a_spokeswoman_for_a_states_ministry_is_a_person() -> None:
    text = (
        'Armenia rejected a demand from Azerbaijan on Tuesday. "We will not write our '
        "constitution under dictation,\" Narine Badeyan, a spokeswoman for Armenia's foreign "
        "ministry, said on Tuesday."
    )
    badeyan = actor(brief(text), "Narine Badeyan")
    assert badeyan.kind == "person"


def test_a_post_with_its_field_and_body_says_a_person() -> None:
    text = (
        "Iran denied any role in the attacks on Monday. Tamsin Ure, head of marine at broker "
        "Halvard Risk Partners, said war-risk premiums had doubled."
    )
    briefing = brief(text)
    assert actor(briefing, "Tamsin Ure").kind == "person"
    assert actor(briefing, "Halvard Risk Partners").kind == "company"


def test_ships_are_named_by_their_noun_prefix_or_description() -> None:
    text = (
        "Yemen's Houthi movement seized the tanker Marlow Crest on Sunday. Hours later the "
        "Silver Petrel, a Liberia-flagged vessel carrying fertiliser, reported an explosion. "
        "The group seized the car carrier MV Galaxy Leader in 2023."
    )
    briefing = brief(text)
    for ship in ("Marlow Crest", "Silver Petrel", "MV Galaxy Leader"):
        assert actor(briefing, ship).kind == "other"
    # The flag a ship flies is its registry, not an actor of the story.
    assert "Liberia" not in names(briefing)


def test_a_ship_agent_is_no_ship() -> None:
    text = (
        "Hours later a bulk carrier reported an explosion near Hodeidah. Four ships have "
        "diverted since Sunday, said Tihama Marine Services, a Jeddah-based ship agent."
    )
    assert actor(brief(text), "Tihama Marine Services").kind == "company"


def test_trade_and_body_words_name_companies_and_bodies() -> None:
    text = (
        "Kuwait said on Wednesday that Al-Wafra Joint Operations had awarded the contract to "
        "Red Sea Offshore Constructors and Tihama Marine Services. The first units of the "
        "Gang Suppression Force reached Haiti, where the Haitian National Police lost 14 "
        "officers last month."
    )
    briefing = brief(text)
    for company in ("Al-Wafra Joint Operations", "Red Sea Offshore Constructors"):
        assert actor(briefing, company).kind == "company"
    assert actor(briefing, "Tihama Marine Services").kind == "company"
    assert actor(briefing, "Gang Suppression Force").kind == "organization"
    assert actor(briefing, "Haitian National Police").kind == "organization"


def test_a_depository_described_after_its_name_is_a_company() -> None:
    text = (
        "Belgium objected on Thursday. Euroclear, the Belgian depository that holds most of "
        "the frozen assets, warned that the plan exposed it to lawsuits."
    )
    assert actor(brief(text), "Euroclear").kind == "company"


def test_a_federation_of_a_named_place_is_one_body() -> None:
    text = (
        "South Africa refused to raise its offer on Monday. Cosatu said it would be joined by "
        "the Federation of Unions of South Africa in a strike next week."
    )
    assert actor(brief(text), "Federation of Unions of South Africa").kind == "organization"


def test_a_body_of_a_state_described_as_a_governing_body() -> None:
    text = (
        "The International Cricket Council lifted its suspension on Saturday. Sri Lanka "
        "Cricket, the national governing body, had been suspended over government "
        "interference. The ICC says member boards must be free of political control."
    )
    briefing = brief(text)
    assert actor(briefing, "Sri Lanka Cricket").kind == "organization"
    # The acronym is the body named in full before, not another body of the same initials.
    assert "International Criminal Court" not in names(briefing)
    assert "ICC" in actor(briefing, "International Cricket Council").aliases


def test_a_speaker_referred_back_to_as_he_is_a_person() -> None:
    text = (
        "Rwanda denied the claim on Monday. Obiora Nwankwo told reporters the border road "
        "was closed. He said it would reopen next week."
    )
    assert actor(brief(text), "Obiora Nwankwo").kind == "person"


def test_a_body_its_leader_owns_is_no_speaker() -> None:
    text = (
        "Prime Minister Donald Tusk criticised the veto on Friday. Tusk's Civic Platform said "
        "the veto showed the president was protecting his party."
    )
    assert all(a.kind != "person" or a.name != "Civic Platform" for a in brief(text).actors)
