"""What a reader checks first in an offline briefing: headline, summary, roles, parties,
titles and signals. Invented sentences; none is taken from a fixture article."""

from __future__ import annotations

import re

from offline_support import actor, brief

from summarizer._engines.offline._outlook import describe
from summarizer._engines.offline._sentences import mask

STORY = (
    "Watchdog chief heads to Ankara as reactor row grows\n\n"
    "VIENNA — The head of the U.N. nuclear watchdog will travel to Ankara next week to press "
    "Turkey to admit inspectors to its new research reactor, after a report found that "
    "records of fuel deliveries were missing.\n\n"
    "Lena Varga, director general of the International Energy Inspectorate, said on Monday "
    "that she hoped to agree practical steps with Turkish officials.\n\n"
    "Turkey's atomic energy chief Kemal Aydemir said cooperation would depend on the "
    "inspectorate staying neutral. He accused Austria, Hungary and Slovakia of turning the "
    "agency into a political tool after the three countries drafted a motion criticising "
    "Ankara at a meeting attended by the United Nations and the United States.\n\n"
    "Relations between the two sides came close to collapse in 2011, when Turkey expelled "
    "two inspectors.\n"
)


# ---------------------------------------------------------------------------- headline


def test_headline_is_the_articles_own_title_when_it_has_one() -> None:
    title = "Watchdog chief heads to Ankara as reactor row grows"
    assert brief(STORY, title=title).headline == title


def test_headline_without_a_title_is_the_lede_cut_at_a_clause() -> None:
    headline = brief(STORY).headline
    assert headline.startswith("The head of the U.N. nuclear watchdog will travel to Ankara")
    assert len(headline.split()) <= 21
    assert "2011" not in headline  # not a "central" background sentence


def test_a_section_label_is_not_a_headline() -> None:
    assert brief(STORY, title="ANALYSIS").headline != "ANALYSIS"


# ---------------------------------------------------------------------------- summary


def test_summary_is_whole_sentences_lede_first() -> None:
    summary = brief(STORY).summary
    assert summary.startswith("The head of the U.N. nuclear watchdog")
    sentences = re.split(r"(?<=[.!?])\s+(?=[A-Z\"“])", summary)
    assert 1 <= len(sentences) <= 4
    for sentence in sentences:
        assert sentence[:1].isupper() or sentence[:1] in '"“', sentence


def test_event_summaries_are_never_clause_fragments() -> None:
    b = brief(
        "Greece and Turkey signed a grid deal on Monday. A thaw began in 2023, but left the "
        "core disputes over airspace and islands between Greece and Turkey untouched."
    )
    for item in [*b.disputes, *b.deals]:
        assert item.summary[:1].isupper(), item.summary


# ---------------------------------------------------------------------------- roles


def test_appositive_role_names_the_organisation() -> None:
    varga = actor(brief(STORY), "Lena Varga")
    assert varga.role == "Director General of the International Energy Inspectorate"


def test_possessive_title_gives_role_and_country() -> None:
    aydemir = actor(brief(STORY), "Kemal Aydemir")
    assert aydemir.role == "atomic energy chief"
    assert aydemir.country == "TUR"


def test_the_countrys_minister_takes_the_state_the_sentence_names() -> None:
    b = brief(
        "Oslo and Warsaw signed a power deal on Friday. Marta Lindqvist, the country's energy "
        "minister, said Norway would export more electricity."
    )
    person = actor(b, "Marta Lindqvist")
    assert person.role == "energy minister"
    assert person.country == "NOR"


def test_unknown_people_introduced_by_their_role_are_found() -> None:
    b = brief(
        "Chad accused Sudan of shelling border towns. According to Idriss Mahamat, a "
        "spokesperson for the Chadian government, 12 people died. Omar Sidig, who heads "
        "Sudan's Border Commission, denied the charge."
    )
    spokesperson = actor(b, "Idriss Mahamat")
    assert spokesperson.role == "Spokesperson for the Chadian government"
    assert spokesperson.country == "TCD"
    assert actor(b, "Omar Sidig").role.startswith("Head of")


def test_company_named_by_description_or_owner() -> None:
    b = brief(
        "Algeria's state energy company Kharrouba signed a supply deal with Germany's Lenvo on "
        "Monday. Lenvo said the gas would arrive in 2027."
    )
    assert actor(b, "Kharrouba").kind == "company"
    lenvo = actor(b, "Lenvo")
    assert lenvo.kind == "company"
    assert lenvo.country == "DEU"


# ---------------------------------------------------------------------------- disputes


def test_parties_are_the_sides_the_clause_names() -> None:
    b = brief(STORY)
    accusation = next(d for d in b.disputes if any("accused" in e.quote for e in d.evidence))
    assert {"Austria", "Hungary", "Slovakia", "Turkey"} <= set(accusation.parties)
    assert "United Nations" not in accusation.parties
    assert "United States" not in accusation.parties
    # "He" is the person named just before: Turkey's side against the three.
    assert accusation.title.startswith("Turkey vs Austria, Hungary, Slovakia")
    assert "accusations of turning the agency into a political tool" in accusation.title.casefold()


def test_background_year_joins_the_current_dispute_instead_of_making_one() -> None:
    b = brief(STORY)
    assert not any(d.evidence[0].quote.startswith("Relations between") for d in b.disputes)


def test_pressure_with_two_sides_is_a_dispute() -> None:
    b = brief("Poland urged Hungary to drop its veto on the aid package for Ukraine.")
    assert any({"Poland", "Hungary"} <= set(d.parties) for d in b.disputes)


def test_generic_cue_without_a_pair_is_no_dispute() -> None:
    b = brief("Kenya's farmers face pressure on their margins as fuel prices rise.")
    assert b.disputes == []


# ---------------------------------------------------------------------------- outlook


def test_signal_description_is_a_trimmed_clause() -> None:
    b = brief(STORY)
    for signal in b.outlook.signals:
        assert len(signal.description.split()) <= 26, signal.description
        assert not signal.description.endswith("…."), signal.description
    first = b.outlook.signals[0]
    assert first.horizon == "weeks"  # "next week"
    assert first.description.endswith("new research reactor.")


def test_describe_cuts_long_text_with_an_ellipsis_and_no_period() -> None:
    text = " ".join(["word"] * 30) + " will happen " + " ".join(["more"] * 30)
    out = describe(text, text.index("will"))
    assert out.endswith("…") and not out.endswith("….")
    assert len(out.split()) <= 25


def test_a_reported_weekday_is_not_the_horizon() -> None:
    b = brief("The minister said on Thursday that talks would resume in the coming months.")
    assert b.outlook.signals[0].horizon == "months"


def test_author_year_citations_are_not_article_text() -> None:
    masked = mask("Attacks rose by a fifth (Crisis Watch Institute, 2025) in the region.")
    assert "Crisis Watch" not in masked
    assert "Attacks rose by a fifth" in masked
