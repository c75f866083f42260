"""Dispute and deal titles are readable noun phrases: they never end on a word that needs
the next one ("Call to stop its"), never open with another clause's subject ("States to help
consumers ..."), and say more than "Separate row"."""

from __future__ import annotations

import os
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from tests.offline_support import brief

_FIXTURES = Path(__file__).parent / "fixtures"

# Closed classes of English a noun phrase never ends on: determiners, possessive pronouns,
# prepositions and the infinitive's "to".
_CLOSED = frozenset(
    [
        *("a", "an", "the", "this", "that", "these", "those", "its", "their", "his", "her"),
        *("our", "my", "your", "whose", "each", "every", "any", "some", "no", "another"),
        *("of", "to", "on", "in", "at", "by", "for", "with", "from", "over", "into", "about"),
        *("against", "under", "between", "across", "through", "near", "toward", "towards"),
        *("along", "around", "without", "via", "and", "or"),
    ]
)


def _titles(text: str) -> list[str]:
    briefing = brief(text)
    return [item.title for item in [*briefing.disputes, *briefing.deals]]


def _last_word(title: str) -> str:
    what = title.split(": ", 1)[-1]
    words = what.split()
    return words[-1].strip(",.;:!?\"“”'‘’()").casefold() if words else ""


def _bad_titles(path: Path) -> list[str]:
    text = path.read_text(encoding="utf-8")
    return [
        f"{path.parent.name}/{path.name}: {t}" for t in _titles(text) if _last_word(t) in _CLOSED
    ]


def test_no_fixture_title_ends_on_a_closed_class_word() -> None:
    paths = sorted(p for p in _FIXTURES.glob("articles*/**/*.txt"))
    assert len(paths) > 100
    with ProcessPoolExecutor(max_workers=max(1, min(4, os.cpu_count() or 1))) as pool:
        bad = [t for found in pool.map(_bad_titles, paths, chunksize=8) for t in found]
    assert not bad, bad


_CALL = (
    "BEIJING, Aug. 9 (Wire) - China on Friday called on the Philippines to stop its "
    '"provocative" patrols near Scarborough Shoal, a day after a Philippine vessel sailed '
    "near the reef. The Philippines rejected the demand."
)


def test_call_takes_the_noun_its_act_needs() -> None:
    titles = _titles(_CALL)
    assert any(t.endswith("Call to stop its provocative patrols") for t in titles), titles


_THREAT = (
    "WASHINGTON, Dec. 3 (Wire) - The United States threatened Mexico on Tuesday with a plan to "
    "impose, as early as Dec. 15, duties of 21% on fresh tomatoes, saying Mexican growers were "
    "selling below cost. Mexico rejected the threat and said it would defend its growers."
)


def test_infinitive_takes_its_object_past_an_aside() -> None:
    titles = _titles(_THREAT)
    assert any(t.endswith("to impose duties") for t in titles), titles


_ROUTE = (
    "YEREVAN, Oct. 2 (Wire) - Armenia and Azerbaijan agreed on Wednesday to open a transit "
    "route across southern Armenia that will link Azerbaijan's mainland to its Nakhchivan "
    "exclave, officials from both countries said."
)


def test_title_does_not_end_on_an_adjective_whose_noun_was_cut() -> None:
    titles = _titles(_ROUTE)
    assert any(t.endswith("Agreement to open a transit route") for t in titles), titles


_ISLAND = (
    "KINGSTOWN, Nov. 14 (Wire) - The leaders of Guyana and Suriname signed a joint declaration "
    "on the Caribbean island of St. Vincent on Thursday, pledging to settle their quarrel over "
    "the river through a commission of surveyors rather than in court."
)


def test_abbreviation_is_no_place_to_end_a_title() -> None:
    titles = _titles(_ISLAND)
    assert titles, titles
    assert not any(t.endswith(("St", "St.", " of")) for t in titles), titles
    assert any(
        t.endswith("Joint declaration on the Caribbean island of St. Vincent") for t in titles
    )
    assert all(len(t.split(": ", 1)[-1].split()) <= 9 for t in titles), titles


_URGED = (
    "BRUSSELS, June 16 (Wire) - The European Commission urged member states to help consumers "
    "to transition away from Russian supplies. Hungary and Slovakia opposed the plan, and "
    "Russia condemned it."
)


def test_title_never_opens_with_another_clauses_subject() -> None:
    titles = _titles(_URGED)
    assert titles, titles
    assert not any(": States to" in t or ": Member states to" in t for t in titles), titles


_SEPARATE = (
    "WARSAW, May 4 (Wire) - Poland and Ukraine signed a grain transit agreement on Monday. "
    "In a separate row, Poland accused Lithuania of blocking its trucks at the border "
    "crossing, and Lithuania rejected the charge."
)


def test_separate_row_is_named_by_what_it_is() -> None:
    titles = _titles(_SEPARATE)
    assert any("Lithuania" in t for t in titles), titles
    assert not any(t.endswith(("Separate row", "Separate quarrel")) for t in titles), titles


def test_a_clause_told_to_its_verb_or_a_weapon_is_no_title() -> None:
    b = brief(
        "KYIV, May 3 (Reuters) - Russian glide bombs struck Kharkiv overnight, killing four "
        "people, Ukrainian officials said."
    )
    titles = [d.title for d in b.disputes]
    assert titles, "the attack is a dispute"
    for title in titles:
        what = title.split(": ", 1)[-1]
        assert not what.endswith(("struck", "hit", "down"))
        assert " over drones" not in what and " over bombs" not in what
