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
