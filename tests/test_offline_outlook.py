"""Signals to watch (offline): what the article says will happen, and nothing else."""

from __future__ import annotations

from datetime import date

from offline_support import brief

from summarizer import Article, Source
from summarizer._engines.offline import OfflineEngine

_TALKS = (
    "Serbia and Kosovo resumed talks in Brussels on Monday under European Union mediation, a "
    "year after the last round broke down. Negotiators are expected to meet again in April, "
    "and the EU's envoy said he would travel to Belgrade and Pristina on Thursday. Kosovo's "
    "prime minister said a deal on energy could be signed by the end of the year if Serbia "
    "recognised Kosovo's documents. In 2023, both sides said they would implement an earlier "
    "agreement, but neither did. Serbia may also raise the status of Serb-majority towns."
)


def _descriptions(text: str) -> list[str]:
    return [s.description for s in brief(text).outlook.signals]


def test_a_scheduled_meeting_and_a_trip_are_signals_with_their_horizon() -> None:
    signals = brief(_TALKS).outlook.signals
    horizons = {s.horizon for s in signals}
    assert any("meet again in April" in s.description for s in signals)
    assert any("Thursday" in s.description for s in signals)
    assert "April" in horizons


def test_a_past_promise_and_a_bare_modal_are_not_signals() -> None:
    said = " ".join(_descriptions(_TALKS))
    # "In 2023, both sides said they would implement": a reported future that is past.
    assert "implement an earlier agreement" not in said
    # "may also raise": a modal alone says nothing will happen.
    assert "Serb-majority towns" not in said


def test_a_condition_leaves_the_likelihood_unclear_or_low() -> None:
    text = _TALKS.replace("could be signed", "would be signed")
    (deal,) = [s for s in brief(text).outlook.signals if "energy" in s.description]
    assert deal.likelihood in ("low", "unclear")


def test_a_modal_with_a_time_is_a_possibility_not_a_signal() -> None:
    # "a deal on energy could be signed by the end of the year": the time dates a "could".
    assert not any("energy" in d for d in _descriptions(_TALKS))
    said = _descriptions(
        "Analysts said Beijing could step up military drills in the coming weeks. Two "
        "officials said the terms could still change before the president visits Beijing "
        "later this month."
    )
    assert not any("drills" in d for d in said)
    # The time dates the visit, a clause of its own, not the "could".
    assert any("later this month" in d for d in said)


def test_a_weekday_is_dated_from_the_publication_date() -> None:
    article = Article(text=_TALKS, source=Source(published=date(2026, 3, 16)))
    signals = OfflineEngine().draft(article).briefing.outlook.signals
    (trip,) = [s for s in signals if "Thursday" in s.description]
    assert trip.when == "2026-03-19"


def test_a_will_of_anyone_who_listens_and_the_writers_own_would_are_not_signals() -> None:
    said = _descriptions(
        "Moscow is telling anyone who will listen that the pipeline is almost agreed. Traders "
        "said they would watch whether the two sides keep a planned meeting next month; a "
        "cancellation would probably push insurance premiums higher."
    )
    assert not any("listen" in d for d in said)
    assert not any("cancellation" in d for d in said)
    assert any("watch whether" in d for d in said)


def test_advice_to_the_reader_a_noun_plan_and_a_past_belief_are_not_signals() -> None:
    said = " ".join(
        _descriptions(
            "If you retire at 50, you will need savings for forty years. The two agreed in "
            "2023 on an EU-backed plan to normalise relations. The family thought they would "
            "never see the cat again. The ministers will meet in Vienna next week."
        )
    )
    assert "savings" not in said
    assert "normalise" not in said
    assert "cat" not in said
    assert "Vienna" in said


def test_the_terms_of_a_text_and_a_date_in_an_aside_are_not_what_is_due() -> None:
    signals = brief(
        "Officials said the memorandum was signed in January, under which Somaliland would "
        "lease 20 km of coastline to Ethiopia. Somaliland, which declared independence in "
        "1991, said it would press ahead with the agreement."
    ).outlook.signals
    assert not any("lease" in s.description for s in signals)
    (press,) = [s for s in signals if "press ahead" in s.description]
    assert press.horizon is None


def test_a_future_between_said_and_a_weekday_keeps_the_weekday() -> None:
    text = (
        "Mexico's economy minister Salinas said he would travel to Washington on Tuesday to "
        "meet U.S. trade officials."
    )
    (trip,) = brief(text).outlook.signals
    assert trip.horizon == "days"


def test_a_signal_is_a_statement_not_a_fragment_of_one() -> None:
    said = _descriptions(
        "The port reopened on Monday, though shippers held back for fear that the strike "
        "would resume. Freight rates fell, combined with weaker demand expected next year. "
        "Harbour chief Ana Ruiz, a former naval officer, said the unions were expected to vote "
        "on a new contract on Friday. The two sides met twice and could finalise a deal soon."
    )
    assert not any(d.startswith(("For ", "Combined ", "Could ")) for d in said)
    # Not the apposition ("A former naval officer, said ..."): a clause with its own subject.
    (vote,) = [d for d in said if "vote" in d]
    assert vote.startswith(("Harbour chief Ana Ruiz", "The unions were expected"))


def test_a_relative_future_is_told_with_its_noun() -> None:
    (vote,) = brief(
        "The treaty must still be approved by the Senate, which is expected to vote in June."
    ).outlook.signals
    assert vote.description.startswith("The treaty must still be approved by the Senate")
    assert vote.horizon == "June"


def test_an_opinion_is_not_a_signal() -> None:
    said = _descriptions(
        "Many will regret the decision, the mayor said. The governor continues to insist that "
        "her plan will be worth it. The council will vote on the plan on Thursday."
    )
    assert not any("regret" in d or "worth it" in d for d in said)
    assert any("Thursday" in d for d in said)


def test_a_past_time_does_not_date_what_is_due() -> None:
    signals = brief(
        "The tariffs took effect on Aug. 5 and will lapse unless ministers back them. The "
        "army will keep its base after troops leave under the plan announced last month."
    ).outlook.signals
    assert signals
    assert all(s.horizon is None and s.when is None for s in signals)


def test_a_long_sentence_keeps_its_subject_and_the_clause_that_is_due() -> None:
    # The history fills the first 25 words; what is due comes in a second verb phrase.
    (due,) = brief(
        "Peru and Chile have been haggling over a shared quota for the "
        "deep-water hake stocks off their coasts since 2011, when a survey found the stocks "
        "depleted, and have set themselves a deadline of 2027 to agree one."
    ).outlook.signals
    assert due.description.startswith("Peru and Chile … have set")
    assert "2027" in due.description
    assert "since 2011" not in due.description
    assert due.horizon == "2027"
