"""The lexicon: one typed, cached loader for every word list and pattern of a language."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pycountry
import pytest

from summarizer import clean_text
from summarizer._engines.offline._sentences import mask, split
from summarizer._lexicon import Lexicon, languages, lexicon
from summarizer._lexicon._types import (
    Calendar,
    Countries,
    Currencies,
    EventCues,
    FirstNames,
    KnownName,
    Languages,
    NameWords,
    OutlookCues,
    Press,
    RelevanceCues,
    SentenceWords,
    Titles,
)

EN = Path(__file__).resolve().parents[1] / "summarizer" / "_lexicon" / "en"

_TYPES: dict[str, type] = {
    "calendar": Calendar,
    "press": Press,
    "names": NameWords,
    "first_names": FirstNames,
    "titles": Titles,
    "sentences": SentenceWords,
    "stopwords": frozenset,
    "countries": Countries,
    "organizations": tuple,
    "companies": tuple,
    "armed_groups": tuple,
    "regions": tuple,
    "people": tuple,
    "events": EventCues,
    "outlook": OutlookCues,
    "relevance": RelevanceCues,
    "languages": Languages,
    "currencies": Currencies,
    "world_regions": dict,
    "cities": dict,
}


def test_every_file_is_a_part_and_every_part_a_file() -> None:
    assert set(Lexicon.PARTS) == {p.stem for p in EN.glob("*.json")} == set(_TYPES)


@pytest.mark.parametrize("part", Lexicon.PARTS)
def test_every_part_loads_typed_and_not_empty(part: str) -> None:
    value = getattr(lexicon("en"), part)
    assert isinstance(value, _TYPES[part])
    fields: tuple[str, ...] = getattr(value, "_fields", ())
    if fields:  # a typed record of the part's lists
        for field in fields:
            assert getattr(value, field), f"{part}.{field} is empty"
    elif isinstance(value, tuple):
        assert value and all(isinstance(v, KnownName) for v in value)
    else:
        assert value and all(isinstance(v, str) for v in value)


def test_the_lexicon_is_read_once_per_process() -> None:
    assert lexicon("en") is lexicon("en") is lexicon()
    assert lexicon("en").titles is lexicon("en").titles


def test_parts_are_immutable() -> None:
    with pytest.raises(AttributeError):
        lexicon("en").calendar.weekdays = ()  # type: ignore[misc]
    with pytest.raises(AttributeError):
        lexicon("en").names.not_names.add("Kremlin")  # type: ignore[attr-defined]


def test_an_armed_group_states_its_stand_toward_its_state(tmp_path: Path) -> None:
    groups = {g.name: g for g in lexicon("en").armed_groups}
    assert groups["Taliban"].home == "governs" and groups["ELN"].home == "fights"
    assert groups["Hezbollah"].home is None  # mixed: listed alone, its state never added
    (tmp_path / "armed_groups.json").write_text(
        json.dumps({"X": {"country": "MLI", "aliases": [], "home": "rules"}}), encoding="utf-8"
    )
    with pytest.raises(ValueError, match=r"armed_groups\.json: 'home' must be"):
        _ = Lexicon("en", tmp_path).armed_groups


def test_an_unknown_language_says_which_there_are() -> None:
    assert languages() == ("en",)
    with pytest.raises(LookupError, match=r"'xx' \(have: en\)"):
        lexicon("xx")


def test_a_broken_file_names_itself_and_its_key(tmp_path: Path) -> None:
    (tmp_path / "titles.json").write_text(json.dumps({"titles": "President"}), encoding="utf-8")
    with pytest.raises(ValueError, match=r"titles\.json: 'titles' must be a list"):
        _ = Lexicon("en", tmp_path).titles
    (tmp_path / "currencies.json").write_text(
        json.dumps({"symbols": {"$": "USD"}, "words": {}, "multipliers": {"k": "1000"}}),
        encoding="utf-8",
    )
    with pytest.raises(ValueError, match=r"currencies\.json: 'multipliers' must be an object"):
        _ = Lexicon("en", tmp_path).currencies


def test_every_pattern_compiles() -> None:
    # The loader leaves compiling to the stages (with their flags, in alternations); here
    # every pattern is compiled once on its own, so that a broken one fails a test.
    lex = lexicon("en")
    events = lex.events
    patterns = [
        *(c.pattern for c in (*events.dispute_triggers, *events.dispute_topics)),
        *(c.pattern for c in (*events.deal_triggers, *events.deal_topics)),
        *(p for _, p in (*events.dispute_status, *events.deal_status)),
        *(p for _, p in (*lex.outlook.cues, *lex.outlook.reported, *lex.outlook.horizons)),
        lex.outlook.reporting,
        lex.outlook.not_cues,
        lex.outlook.conditional,
        lex.outlook.conditions,
        lex.outlook.hedges,
        lex.outlook.past_markers,
        lex.outlook.forward_times,
        lex.outlook.dependent,
        lex.outlook.subordinators,
        lex.outlook.relatives,
        lex.outlook.headless,
        lex.outlook.joiners,
        lex.outlook.stance,
        lex.outlook.states,
        lex.outlook.past_verbs,
        lex.outlook.backward,
        *lex.press.box_headings,
        *lex.press.calls_to_action,
        *lex.armed_reading,
    ]
    for pattern in patterns:
        re.compile(pattern)


# --------------------------------------------------------------------------- what parts hold


def test_calendar() -> None:
    calendar = lexicon("en").calendar
    assert calendar.month_names[0] == "January" and calendar.month_names[11] == "December"
    assert {"May", "Sept", "Sep", "Jun"} <= calendar.month_words
    assert calendar.weekdays[0] == "Monday" and "Sunday" in calendar.weekday_words
    # Full names first: a pattern that may stop early takes "June", not "Jun".
    assert re.match(f"(?:{calendar.month_pattern()})", "June").group() == "June"
    assert re.fullmatch(f"(?:{calendar.month_pattern(abbreviations=False)})", "Sept") is None


def test_placeholders_are_filled_from_the_calendar() -> None:
    outlook = lexicon("en").outlook
    patterns = [p for _, p in (*outlook.cues, *outlook.reported, *outlook.horizons)]
    assert not any("{" + "month_name}" in p or "{" + "weekday}" in p for p in patterns)
    days = dict(outlook.horizons)["days"]
    assert re.search(days, "talks resume on thursday", re.IGNORECASE)
    assert "in" in outlook.may_month_before  # "in May" is the month


def test_titles_are_keyed_by_name_key_and_nouns_sorted_longest_first() -> None:
    titles = lexicon("en").titles
    assert titles.by_key["deputy prime minister"] == "Deputy Prime Minister"
    assert titles.max_words == max(len(t.split()) for t in titles.titles)
    nouns = titles.role_nouns
    assert nouns.index("chief negotiator") < nouns.index("negotiator")


def test_stopwords_hold_month_and_weekday_names() -> None:
    stopwords = lexicon("en").stopwords
    assert {"the", "deal", "may", "june", "monday"} <= stopwords
    assert "sept" not in stopwords  # abbreviations are not topic words, nor stopwords


def test_names_connectors_are_particles_and_joiners() -> None:
    names = lexicon("en").names
    assert names.connectors == names.particles | names.joiners
    assert {"bin", "von", "al"} <= names.particles and {"of", "&"} <= names.joiners


# --------------------------------------------------------------------------- one list, two readers


def test_the_cleaner_and_the_engine_know_the_same_photo_agencies() -> None:
    # "Kyodo" writes itself in mixed case: only the lexicon's list tells it from a name.
    line = "Taro Yamada/Kyodo"
    body = "Japan and South Korea agreed on Monday to resume talks on a fisheries deal."
    assert clean_text(f"{body}\n{line}\n{body.replace('Monday', 'Tuesday')}").count("Kyodo") == 0
    assert mask(f"{line} {body}").startswith(" " * len(line))


def test_the_engine_reads_a_box_heading_the_cleaner_knows() -> None:
    body = "Japan and South Korea agreed on Monday to resume talks on a fisheries deal."
    text = f"{body}\n\nEditor's picks\n\nChina and India sign a border pact"
    assert [s.body for s in split(text)] == [True, False, False]


def test_event_label_lists_name_labels_the_cues_give() -> None:
    # A label listed here but given by no cue (a typo, a renamed cue) would silently do nothing.
    events = lexicon("en").events
    labels = {c.label for c in (*events.dispute_triggers, *events.deal_triggers)}
    assert events.weak_labels <= labels
    assert events.friendly_labels <= labels
    assert events.targeted_labels <= events.weak_labels


def test_every_state_has_a_world_region_and_kosovo_is_in_europe() -> None:

    regions = lexicon("en").world_regions
    assert {c.alpha_3 for c in pycountry.countries} <= set(regions)
    assert regions["XKX"] == "Europe" and regions["CHN"] == "East Asia and Pacific"
    assert len(set(regions.values())) == 7
