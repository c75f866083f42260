"""Readings the lead mended from the blind hold-outs of session 27 (issue 11): a wire's credit
line that opens with its names, a demonym that names a language, and a known person's surname
that is a town."""

from __future__ import annotations

from offline_support import brief, names

_WATER = (
    "MEXICO CITY (Wire) - Mexico agreed on Monday to deliver more water to the United States"
    " under a 1944 treaty, easing a dispute that had prompted threats of new tariffs from"
    " Washington. The two commissions, the U.S. one and its Mexican counterpart, known by the"
    " Spanish initials CILA, are negotiating an amendment, officials said."
)


def test_a_credit_line_that_opens_with_names_is_not_the_story() -> None:
    text = _WATER + "\n\nAssociated Press writer Dana Okafor in Houston contributed to this report."
    briefing = brief(text)
    assert "Dana Okafor" not in names(briefing)
    assert "Okafor" not in briefing.summary


def test_a_sentence_of_the_story_that_ends_so_is_kept() -> None:
    # Long: a body sentence, not a credit line, though it ends on the same words.
    text = (
        _WATER
        + "\n\nThe commission's engineer Dana Okafor, who spent a decade measuring the flow of"
        " the Rio Grande for both governments and wrote the technical annex that negotiators"
        " in El Paso are now reading line by line before next week's meeting, said her data"
        " had contributed to this report."
    )
    assert "Dana Okafor" in names(brief(text))


def test_a_demonym_naming_a_language_is_no_state() -> None:
    briefing = brief(_WATER + ' Sheinbaum said in Spanish that the deal was "fair".')
    assert "Spain" not in names(briefing)
    assert {"Mexico", "United States"} <= set(names(briefing))


def test_a_demonym_naming_the_state_is_still_the_state() -> None:
    text = _WATER + " Spanish diplomats said Madrid would back the deal at the United Nations."
    assert "Spain" in names(brief(text))


def test_a_famous_surname_before_a_region_is_a_town() -> None:
    text = _WATER + " Farmers in Austin, Texas, said the water would come too late."
    assert "Lloyd Austin" not in names(brief(text))


def _deals(text: str) -> list[tuple[str, ...]]:
    return [tuple(sorted(d.parties)) for d in brief(text).deals]


def test_a_reaction_to_an_agreement_between_two_says_it_exists() -> None:
    text = (
        "GENEVA (Wire) - The United Nations on Tuesday welcomed the agreement between Armenia"
        " and Azerbaijan, calling it a chance to end decades of conflict in the South Caucasus."
    )
    assert ("Armenia", "Azerbaijan") in _deals(text)


def test_the_critic_of_a_pact_is_no_party_of_it() -> None:
    text = (
        "BEIJING (Wire) - China on Monday protested the security pact signed between Australia"
        " and the Solomon Islands, saying it would bring military rivalry to the Pacific."
    )
    deals = _deals(text)
    assert ("Australia", "Solomon Islands") in deals
    assert not any("China" in d for d in deals)


def test_the_parties_of_a_criticised_treaty_are_not_set_against_each_other() -> None:
    text = (
        "MOSCOW (Wire) - Russia on Thursday criticised the defence treaty between Japan and the"
        " Philippines, saying it would raise tensions in the region."
    )
    for dispute in brief(text).disputes:
        assert " vs " not in dispute.title or not (
            dispute.title.startswith(("Japan vs", "Philippines vs"))
        ), dispute.title
        assert "Russia" in dispute.parties


def test_delhi_stands_for_india() -> None:
    text = (
        "NEW DELHI (Wire) - Delhi downgraded its ties with Ottawa on Thursday and expelled a"
        " senior Canadian diplomat, accusing Canada of harbouring separatists."
    )
    assert {"India", "Canada"} <= set(names(brief(text)))


def test_a_capital_words_are_aimed_at_is_no_venue() -> None:
    text = (
        "BEIJING (Wire) - China hit back at Washington on Friday, calling the new export"
        " controls on chips illegal and vowing to protect its firms."
    )
    assert "United States" in names(brief(text))


def test_a_weapons_model_is_no_actor() -> None:
    text = (
        "TAIPEI (Wire) - The United States approved the sale of spare parts for Taiwan's F-16"
        " fighter jets on Friday, and China said a P-8A Poseidon flew over the strait."
    )
    listed = names(brief(text))
    assert "F-16" not in listed and not any(n.startswith("P-8A") for n in listed), listed
    assert {"United States", "Taiwan", "China"} <= set(listed)


def test_a_relative_clause_is_no_title() -> None:
    text = (
        "TRIPOLI (Wire) - Libya's rival camps remain split. UN envoy Maria Kessler is due to"
        " brief the UN Security Council on Thursday on a roadmap she unveiled in October, which"
        " proposes a unified interim government and elections next year."
    )
    briefing = brief(text)
    titles = [item.title for item in [*briefing.disputes, *briefing.deals]]
    assert titles, "the test means something only if the roadmap makes an item"
    assert not any(t.split(": ", 1)[-1].startswith(("Which", "That", "Who")) for t in titles)


def test_in_a_civil_war_the_army_is_named_beside_its_state() -> None:
    text = (
        "KHARTOUM (Wire) - Sudan's army has been at war with the paramilitary Rapid Support"
        " Forces since April 2023, a conflict that has displaced millions, aid agencies said."
    )
    disputes = brief(text).disputes
    assert disputes, "the war is a dispute"
    war = disputes[0]
    assert "Sudanese army" in war.parties and "Rapid Support Forces" in war.parties
    assert war.title.startswith("Sudanese army vs Rapid Support Forces"), war.title


def test_a_navy_abroad_still_stands_for_its_state() -> None:
    text = (
        "OSLO (Wire) - Russia's navy held live-fire exercises off Norway's coast on Tuesday,"
        " and Norway's foreign ministry protested to Moscow over the drills."
    )
    for dispute in brief(text).disputes:
        assert "Russian navy" not in dispute.parties, dispute.parties


def test_an_authors_note_at_the_foot_names_no_state() -> None:
    # Found scoring hold-out 36: "Jordan Ellery covers the NBA" gave the state Jordan.
    text = _WATER + "\n\nJordan Ellery covers trade and water policy. Follow him on social media."
    briefing = brief(text)
    assert "Jordan" not in names(briefing)
    assert "Jordan" not in briefing.summary


def test_a_story_sentence_about_a_state_that_opens_the_same_way_is_kept() -> None:
    text = _WATER + "\n\nJordan reports on its own water talks with Syria to the United Nations."
    assert "Jordan" in names(brief(text))
