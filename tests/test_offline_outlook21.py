"""What to watch (offline, issue 11): a signal is a whole clause with its own subject, names
what it is about, and is due after the article's own date."""

from __future__ import annotations

from offline_support import brief

from summarizer._engines.offline._when import Written, ahead_of, dateline


def _signals(text: str) -> list[tuple[str, str | None]]:
    return [(s.description, s.horizon) for s in brief(text).outlook.signals]


def _said(text: str) -> str:
    return " ".join(d for d, _ in _signals(text))


def test_an_apposition_between_subject_and_verb_does_not_cut_the_subject_off() -> None:
    text = (
        "Kyrgyzstan and Tajikistan signed two parts of a three-part border package on "
        "Wednesday, and talks on the third element, a road that would link mainland "
        "Tajikistan with its Vorukh exclave, are due to resume in Dushanbe on Jan. 20, "
        "officials from both countries said."
    )
    signals = _signals(text)
    assert signals, "the scheduled talks are something to watch"
    description, horizon = signals[0]
    assert description.startswith("Talks on the third element are due to resume")
    assert horizon == "Jan. 20"
    assert not any(d.startswith("Would") for d, _ in signals)


def test_a_pronoun_that_names_nothing_is_no_signal() -> None:
    text = (
        "Kyrgyz Deputy Prime Minister Edil Baisalov told reporters the cost of the new road "
        "had not yet been settled by the two governments. He said it would be provided next "
        "year. The two presidents will meet in Bishkek in March to sign the final package."
    )
    said = _said(text)
    assert "provided next year" not in said
    assert "meet in Bishkek in March" in said


def test_a_possessive_pronoun_is_told_by_the_sentence_subject() -> None:
    text = (
        "Austrian energy group OMV said on Wednesday it would keep buying Norwegian gas through "
        "the end of the heating season, and its arbitration claim against Gazprom Export is due "
        "to be heard in Stockholm on March 26."
    )
    said = _said(text)
    assert "OMV's arbitration claim against Gazprom Export is due to be heard" in said
    assert "Its arbitration" not in said


def test_a_statement_dated_by_a_month_reports_a_past_expectation() -> None:
    text = (
        "NICOSIA, Nov 12 (Reuters) - Greek Cypriot and Turkish Cypriot leaders will meet in "
        "Nicosia on Nov. 18 under United Nations auspices, a U.N. spokesman said on Tuesday. "
        "Turkey said in July that it would back a two-state settlement, a proposal the Cypriot "
        "government rejected."
    )
    said = _said(text)
    assert "meet in Nicosia on Nov. 18" in said
    assert "two-state settlement" not in said


def test_a_time_limit_ahead_of_the_dateline_is_a_signal() -> None:
    text = (
        "VIENNA, Feb 12 (Reuters) - Gas storage in Austria stood well above the European "
        "average this week, the regulator said. The government has extended an emergency rule "
        "allowing the use of strategic reserves until May, the energy minister said. A federal "
        "mediator has given the two utilities until Feb. 20 to settle their billing row."
    )
    signals = _signals(text)
    assert ("May" in [h for _, h in signals]) and ("Feb. 20" in [h for _, h in signals])


def test_a_time_limit_already_past_or_without_an_article_date_is_not() -> None:
    past = (
        "VIENNA, Nov 12 (Reuters) - Gas storage in Austria stood well above the European "
        "average this week, the regulator said. The government had extended an emergency rule "
        "allowing the use of strategic reserves until May, the energy minister said."
    )
    assert "strategic reserves" not in _said(past)
    undated = past.split(" - ", 1)[1].replace("had extended", "extended")
    assert "strategic reserves" not in _said(undated)


def test_a_decision_of_the_day_to_meet_on_a_date_is_a_signal() -> None:
    text = (
        "COLOMBO, Dec 2 (Reuters) - Sri Lanka and a group of its private bondholders agreed on "
        "Tuesday to hold a final round of talks in London on Jan. 14, the finance ministry said. "
        "Sri Lanka defaulted on its foreign debt for the first time in 2022."
    )
    signals = _signals(text)
    assert any(h == "Jan. 14" and "final round of talks" in d for d, h in signals)


def test_a_deadline_told_with_has_until_is_a_signal() -> None:
    text = (
        "The International Court of Justice heard the case last month. Belize has until "
        "March 30 to file its written reply to the new Guatemalan evidence, according to a "
        "court order."
    )
    assert any(h == "March 30" for _, h in _signals(text))


def test_an_adjective_participle_does_not_date_the_past() -> None:
    text = (
        "Malawi's parliament will vote on a revised budget on Oct. 14, Finance Minister "
        "Simplex Chithyola Banda said on Thursday, as the government tries to unlock funds."
    )
    assert "Oct. 14" in [h for _, h in _signals(text)]


def test_the_dateline_is_the_article_date_and_months_read_to_the_nearer_year() -> None:
    assert dateline("Title\n\nCOLOMBO, Dec 2 (Reuters) - Sri Lanka said.") == (12, 2)
    assert dateline("Paris, 3 March (AFP) - France said.") == (3, 3)
    assert dateline("No dateline here - at all.") is None
    july = Written(0, 4, "July", "month", month=7)
    january = Written(0, 7, "Jan. 14", "day", month=1, day=14)
    assert ahead_of(july, (11, 12)) is False
    assert ahead_of(january, (12, 2)) is True


def test_a_key_date_line_ends_on_a_whole_phrase_and_no_full_stop() -> None:
    from summarizer._digest._render import _what

    long = (
        "The International Court of Justice will hold public hearings in the territorial "
        "dispute between Guatemala and Belize starting on April 21."
    )
    assert _what(long) == (
        "The International Court of Justice will hold public hearings in the territorial "
        "dispute between Guatemala and Belize …"
    )
    assert _what("Belize has until March 30 to file its reply.") == (
        "Belize has until March 30 to file its reply"
    )
    assert _what("Talks resume in the U.S.") == "Talks resume in the U.S."
