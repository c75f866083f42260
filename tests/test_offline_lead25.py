"""Small readings the lead mended while reading briefings as an analyst (issue 11, session 25):
a summary sentence keeps its full stop when the article closes a quotation before it, and "on a
3,000-megawatt link" is no date to cut from a title."""

from __future__ import annotations

from offline_support import brief, names


def test_a_summary_sentence_ending_on_a_quotation_keeps_its_stop() -> None:
    text = (
        "BRASILIA (Wire) - Brazil's president said on Tuesday that the trade agreement the bloc"
        ' signed with the European Union would open markets for beef, calling it "a historic day'
        ' for our producers". He said Brazil would ratify the accord quickly and urged European'
        " lawmakers in Strasbourg to do the same before the summer recess."
    )
    summary = brief(text).summary
    assert '"a historic day for our producers". ' in summary
    assert '"a historic day for our producers" He' not in summary


def test_a_number_after_on_a_is_no_date_in_a_title() -> None:
    text = (
        "CAIRO (Wire) - Egypt and Saudi Arabia signed an agreement on Wednesday to begin commercial"
        " operations on a 3,000-megawatt electricity interconnection between the two countries"
        " next year, the energy ministries said."
    )
    titles = [d.title for d in brief(text).deals]
    assert titles, "the signed agreement is a deal"
    assert not any(",000" in t or t.rstrip().endswith((",", " on a")) for t in titles), titles


def test_urging_others_to_do_the_same_is_no_row() -> None:
    text = (
        "BRASILIA (Wire) - Brazil's president said on Tuesday that the trade agreement the"
        " Mercosur bloc signed with the European Union would open markets for Brazilian beef."
        " He said Brazil would ratify the accord quickly and urged European lawmakers to do the"
        " same."
    )
    assert brief(text).disputes == []


def test_urging_another_to_stop_is_still_pressure() -> None:
    text = (
        "MANILA (Wire) - The Philippines on Monday urged China to stop harassing its fishing boats"
        " near Scarborough Shoal, after a coast guard ship fired water cannon at two of them."
    )
    assert brief(text).disputes, "a demand to stop an act is a row"


def test_mercosul_is_the_mercosur_bloc() -> None:
    text = (
        "SAO PAULO (Wire) - Brazil's president said on Tuesday that the trade agreement the"
        " Mercosul bloc signed with the European Union would open markets for Brazilian beef."
    )
    listed = names(brief(text))
    assert "Mercosur" in listed and "Mercosul" not in listed, listed


def test_a_text_too_short_to_tell_is_not_called_off_topic_news() -> None:
    briefing = brief("Headline only")
    assert "too short to tell" in briefing.outlook.summary
    assert "not public-affairs news" not in briefing.outlook.summary
    assert briefing.disputes == [] and briefing.deals == []


def test_a_short_sports_text_is_still_off_topic() -> None:
    briefing = brief(
        "The striker scored twice in the second half as the home side beat their rivals 3-1 in"
        " the league on Saturday, the coach said after the match at the stadium."
    )
    assert briefing.relevance == "off_topic"
    assert "not public-affairs news" in briefing.outlook.summary


_DERBY = (
    "ISTANBUL (Wire) - The presidents of the two city rivals agreed on Monday to a truce in their"
    " war of words before Sunday's derby, after talks at the football federation. The league"
    " leaders meet their rivals at the stadium with the title race tight: the home side's coach"
    " said his striker would start, and the visitors' captain, a Brazilian midfielder, is back"
    " from injury. Fans were asked to respect the agreement. Last season's derby ended in a"
    " goalless draw, a red card and a brawl between players after the final whistle. The"
    " federation said the match would be played with away supporters banned, and that the"
    " referee would be a foreigner. Both clubs said the talks had been constructive, and the"
    " coaches promised an attacking game with goals for the fans in the stands. The interior"
    " minister said police and security officials would be deployed around the ground, and the"
    " governor's office issued a statement for the government."
)


def test_a_derby_written_with_words_of_talks_and_truces_is_off_topic() -> None:
    briefing = brief(_DERBY)
    assert briefing.relevance == "off_topic"
    assert briefing.deals == [] and briefing.disputes == []
