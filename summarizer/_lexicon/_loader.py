"""Reading a language's lexicon: ``lexicon("en").calendar``, ``lexicon("en").titles``...

Each part is one JSON file of the language's folder (``en/calendar.json``...), read and checked
the first time it is asked for and kept for the life of the process: a briefing pays for the
lists it uses, once. A file that does not hold what its part needs raises :class:`ValueError`
naming the file and the key; that is a packaging error, not something a user can cause.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from functools import cache, cached_property
from pathlib import Path
from typing import Any, ClassVar

from summarizer._lexicon._types import (
    ArmedReading,
    Calendar,
    Countries,
    CountryEntry,
    CueEntry,
    Currencies,
    EventCues,
    FirstNames,
    KnownName,
    Languages,
    Month,
    NameWords,
    OutlookCues,
    Press,
    RelevanceCues,
    SentenceWords,
    Titles,
    longest_first,
)
from summarizer._lexicon._word_lists import word_list_filler

__all__ = ["Lexicon", "languages", "lexicon"]

_ROOT = Path(__file__).resolve().parent


def languages() -> tuple[str, ...]:
    """The languages that have a lexicon: the folders next to this module."""
    return tuple(sorted(p.name for p in _ROOT.iterdir() if p.is_dir() and p.name[0] not in "_."))


def lexicon(language: str = "en") -> Lexicon:
    """The lexicon of ``language`` (a folder name: ``"en"``), one object per process.

    Raises :class:`LookupError` for a language with no lexicon.
    """
    return _lexicon(language)


@cache  # keyed on the language alone: lexicon() and lexicon("en") are one object
def _lexicon(language: str) -> Lexicon:
    if language not in languages():
        raise LookupError(f"no lexicon for language {language!r} (have: {', '.join(languages())})")
    return Lexicon(language, _ROOT / language)


class Lexicon:
    """Every word list and pattern of one language, each part read on first use."""

    PARTS: ClassVar[tuple[str, ...]] = (
        "calendar",
        "press",
        "names",
        "first_names",
        "titles",
        "sentences",
        "stopwords",
        "countries",
        "organizations",
        "companies",
        "armed_groups",
        "regions",
        "people",
        "events",
        "outlook",
        "relevance",
        "languages",
        "currencies",
        "world_regions",
        "cities",
    )
    """The name of every part: each is an attribute, and the stem of its file."""

    def __init__(self, language: str, folder: Path) -> None:
        self.language = language
        self._folder = folder

    def __repr__(self) -> str:
        return f"Lexicon({self.language!r})"

    def load(self) -> None:
        """Read every part now (benchmarks time loading apart from briefing)."""
        for part in self.PARTS:
            getattr(self, part)

    def _file(self, stem: str) -> _File:
        path = self._folder / f"{stem}.json"
        with path.open(encoding="utf-8") as handle:
            return _File(path.name, json.load(handle))

    @cached_property
    def calendar(self) -> Calendar:
        raw = self._file("calendar")
        months = tuple(
            Month(raw.text(m, "name"), raw.strings(m, "abbreviations"))
            for m in raw.records(raw.data, "months")
        )
        return Calendar.of(months, raw.strings(raw.data, "weekdays"))

    @cached_property
    def press(self) -> Press:
        raw = self._file("press")
        lists = {key: raw.strings(raw.data, key) for key in _PRESS_LISTS}
        longest = ("credit_labels", "citation_leads", "report_words", "link_labels", "furniture")
        for key in (*longest, "teaser_openings"):
            lists[key] = longest_first(lists[key])
        return Press.of(**lists)

    @cached_property
    def names(self) -> NameWords:
        raw = self._file("names")
        return NameWords.of(**{key: frozenset(raw.strings(raw.data, key)) for key in _NAME_SETS})

    @cached_property
    def first_names(self) -> FirstNames:
        raw = self._file("first_names")
        return FirstNames(
            given=frozenset(raw.strings(raw.data, "given")),
            family_first=frozenset(raw.strings(raw.data, "family_first")),
        )

    @cached_property
    def titles(self) -> Titles:
        raw = self._file("titles")
        return Titles.of(
            titles=raw.strings(raw.data, "titles"),
            honorifics=frozenset(raw.strings(raw.data, "honorifics")),
            role_nouns=raw.strings(raw.data, "role_nouns"),
            company_nouns=raw.strings(raw.data, "company_nouns"),
            company_marks=raw.strings(raw.data, "company_marks"),
        )

    @cached_property
    def sentences(self) -> SentenceWords:
        raw = self._file("sentences")
        return SentenceWords(
            abbreviations=frozenset(raw.strings(raw.data, "abbreviations")),
            dangling=frozenset(raw.strings(raw.data, "dangling")),
            dangling_modals=frozenset(raw.strings(raw.data, "dangling_modals")),
        )

    @cached_property
    def stopwords(self) -> frozenset[str]:
        """Words that say nothing about which dispute or deal an item is, lower case; month
        and weekday names included."""
        raw = self._file("stopwords")
        calendar = self.calendar
        dates = {w.lower() for w in (*calendar.month_names, *calendar.weekdays)}
        return frozenset(raw.strings(raw.data, "words")) | dates

    @cached_property
    def world_regions(self) -> dict[str, str]:
        """The world region of each state, by ISO 3166-1 alpha-3 code: how a digest groups
        its threads."""
        raw = self._file("world_regions")
        return {
            code: region
            for region in raw.data
            if not region.startswith("_")
            for code in raw.strings(raw.data, region)
        }

    @cached_property
    def cities(self) -> dict[str, str]:
        """The state each major city other than a capital lies in (ISO 3166-1 alpha-3 code),
        by the city's name as written."""
        raw = self._file("cities")
        return {
            city: code
            for code in raw.data
            if not code.startswith("_")
            for city in raw.strings(raw.data, code)
        }

    @cached_property
    def countries(self) -> Countries:
        raw = self._file("countries")
        entries = tuple(
            CountryEntry(
                code=code,
                name=raw.text(entry, "name"),
                aliases=raw.strings(entry, "aliases", default=()),
                demonyms=raw.strings(entry, "demonyms", default=()),
                capitals=raw.strings(entry, "capitals", default=()),
                prefixes=raw.strings(entry, "prefixes", default=()),
                alpha_2=raw.optional_text(entry, "alpha_2"),
                user_assigned=entry.get("user_assigned") is True,
            )
            for code, entry in raw.entries()
        )
        return Countries(entries, frozenset(raw.strings(raw.data, "_territories", default=())))

    @cached_property
    def organizations(self) -> tuple[KnownName, ...]:
        return self._known("organizations")

    @cached_property
    def companies(self) -> tuple[KnownName, ...]:
        return self._known("companies")

    @cached_property
    def armed_groups(self) -> tuple[KnownName, ...]:
        return self._known("armed_groups")

    @cached_property
    def armed_reading(self) -> ArmedReading:
        raw = self._file("armed_groups")
        node = raw.data.get("_reading")
        if not isinstance(node, dict):
            raise raw._fail("_reading", "an object")
        return ArmedReading(
            *(
                raw.pattern(raw.text(node, key), key)
                for key in ("as_government", "place_before", "place_after")
            )
        )

    @cached_property
    def regions(self) -> tuple[KnownName, ...]:
        return self._known("regions")

    @cached_property
    def people(self) -> tuple[KnownName, ...]:
        return self._known("people")

    def _known(self, stem: str) -> tuple[KnownName, ...]:
        raw = self._file(stem)
        return tuple(
            KnownName(
                name=name,
                country=raw.optional_text(entry, "country"),
                aliases=raw.strings(entry, "aliases", default=()),
                descriptions=raw.strings(entry, "descriptions", default=()),
                former=raw.strings(entry, "former", default=()),
                home=raw.home(entry),
                governed=raw.flag(entry, "governed"),
            )
            for name, entry in raw.entries()
        )

    @cached_property
    def events(self) -> EventCues:
        raw = self._file("events")

        fill = word_list_filler(raw.data.get("word_lists"), raw.name)

        def cues(key: str) -> tuple[CueEntry, ...]:
            return tuple(
                CueEntry(
                    pattern=raw.pattern(fill(raw.text(c, "re")), key),
                    label=raw.text(c, "label"),
                    kind=raw.optional_text(c, "kind"),
                    needs=raw.optional_text(c, "needs"),
                )
                for c in raw.records(raw.data, key)
            )

        return EventCues(
            dispute_triggers=cues("dispute_triggers"),
            dispute_topics=cues("dispute_topics"),
            dispute_status=raw.named_patterns("dispute_status"),
            deal_triggers=cues("deal_triggers"),
            deal_topics=cues("deal_topics"),
            deal_status=raw.named_patterns("deal_status"),
            weak_labels=frozenset(raw.strings(raw.data, "weak_labels")),
            targeted_labels=frozenset(raw.strings(raw.data, "targeted_labels")),
            friendly_labels=frozenset(raw.strings(raw.data, "friendly_labels")),
            reading=raw.named_patterns("reading"),
            directed_labels=frozenset(raw.strings(raw.data, "directed_labels")),
            symmetric_labels=frozenset(raw.strings(raw.data, "symmetric_labels")),
        )

    @cached_property
    def outlook(self) -> OutlookCues:
        raw = self._file("outlook")
        fill = _placeholders(self.calendar)

        def one(key: str) -> str:
            return raw.pattern(fill(raw.text(raw.data, key)), key)

        return OutlookCues(
            cues=raw.named_patterns("cues", fill),
            reported=raw.named_patterns("reported", fill),
            reporting=one("reporting"),
            not_cues=one("not_cues"),
            conditional=one("conditional"),
            conditions=one("conditions"),
            hedges=one("hedges"),
            past_markers=one("past_markers"),
            forward_times=one("forward_times"),
            horizons=raw.named_patterns("horizons", fill),
            may_month_before=longest_first(raw.strings(raw.data, "may_month_before")),
            dependent=one("dependent"),
            subordinators=one("subordinators"),
            relatives=one("relatives"),
            headless=one("headless"),
            joiners=one("joiners"),
            stance=one("stance"),
            states=one("states"),
            past_verbs=one("past_verbs"),
            backward=one("backward"),
        )

    @cached_property
    def relevance(self) -> RelevanceCues:
        raw = self._file("relevance")
        return RelevanceCues(
            off_topic=tuple(
                (raw.text(kind, "label"), raw.strings(kind, "words"))
                for kind in raw.records(raw.data, "off_topic")
            ),
            public_affairs=raw.strings(raw.data, "public_affairs"),
            cross_border=raw.strings(raw.data, "cross_border"),
            other_sense=raw.strings(raw.data, "other_sense"),
        )

    @cached_property
    def languages(self) -> Languages:
        raw = self._file("languages")
        others = raw.data.get("others")
        if not isinstance(others, dict):
            raise raw._fail("others", "an object of word lists")
        return Languages(
            english=frozenset(raw.strings(raw.data, "english")),
            others=tuple((name, frozenset(raw.strings(others, name))) for name in others),
            scripts=raw.mapping("scripts", str),
        )

    @cached_property
    def currencies(self) -> Currencies:
        raw = self._file("currencies")
        return Currencies(
            symbols=raw.mapping("symbols", str),
            words=raw.mapping("words", str),
            multipliers=raw.mapping("multipliers", int),
        )


_PRESS_LISTS = (
    "outlets",
    "agencies",
    "credit_lines",
    "credit_line_endings",
    "credit_labels",
    "credit_sources",
    "citation_leads",
    "report_words",
    "box_headings",
    "link_labels",
    "furniture",
    "generic_site_names",
    "teaser_openings",
    "calls_to_action",
    "byline_roles",
    "byline_role_words",
    "generic_bylines",
)
_NAME_SETS = (
    "not_names",
    "org_suffixes",
    "company_suffixes",
    "armed_suffixes",
    "geo_suffixes",
    "particles",
    "joiners",
    "acronym_skip",
    "thing_suffixes",
    "venues",
    "lone_bodies",
    "place_nouns",
    "not_typos",
    "common_words",
    "region_qualifiers",
    "body_nouns",
    "armed_nouns",
    "affiliation_words",
    "polity_heads",
    "polity_back",
    "not_polities",
    "market_indices",
    "index_heads",
    "speech_verbs",
    "former_states",
    "time_cues",
    "place_verbs",
    "language_nouns",
    "visitor_nouns",
    "body_words",
    "company_heads",
    "org_heads",
    "company_prefixes",
    "site_heads",
    "claimant_roles",
    "party_members",
    "caucus_heads",
    "state_cues",
    "state_organs",
    "vessel_nouns",
    "vessel_prefixes",
    "stationed_heads",
    "chamber_heads",
    "nation_openers",
)
_PLACEHOLDER = re.compile(r"\{(month_name|month|weekday)\}")


def _placeholders(calendar: Calendar) -> Callable[[str], str]:
    """Fills ``{month_name}``, ``{month}`` and ``{weekday}`` in a pattern with the calendar's
    alternations; other braces (``\\d{1,2}``) are the pattern's own."""
    values = {
        "month_name": calendar.month_pattern(abbreviations=False),
        "month": calendar.month_pattern(),
        "weekday": calendar.weekday_pattern(),
    }
    return lambda pattern: _PLACEHOLDER.sub(lambda m: values[m.group(1)], pattern)


class _File:
    """One parsed JSON file, with typed accessors that name the file in their errors."""

    def __init__(self, name: str, data: Any) -> None:
        if not isinstance(data, dict):
            raise ValueError(f"{name}: expected a JSON object")
        self.name = name
        self.data: dict[str, Any] = data

    def _fail(self, key: str, wanted: str) -> ValueError:
        return ValueError(f"{self.name}: {key!r} must be {wanted}")

    def entries(self) -> list[tuple[str, dict[str, Any]]]:
        """The file's entries: every key but those starting with "_" (comments, notes)."""
        out = []
        for key, value in self.data.items():
            if key.startswith("_"):
                continue
            if not isinstance(value, dict):
                raise self._fail(key, "an object")
            out.append((key, value))
        return out

    def records(self, node: dict[str, Any], key: str) -> list[dict[str, Any]]:
        value = node.get(key)
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            raise self._fail(key, "a list of objects")
        return value

    def text(self, node: dict[str, Any], key: str) -> str:
        value = node.get(key)
        if not isinstance(value, str) or not value:
            raise self._fail(key, "a non-empty string")
        return value

    def home(self, node: dict[str, Any]) -> str | None:
        """An armed group's stand toward its country's state (see ``KnownName.home``)."""
        value = self.optional_text(node, "home")
        if value not in (None, "fights", "governs", "serves"):
            raise self._fail("home", '"fights", "governs", "serves" or null')
        return value

    def flag(self, node: dict[str, Any], key: str) -> bool:
        value = node.get(key, False)
        if not isinstance(value, bool):
            raise self._fail(key, "true or false")
        return value

    def optional_text(self, node: dict[str, Any], key: str) -> str | None:
        value = node.get(key)
        if value is not None and not isinstance(value, str):
            raise self._fail(key, "a string or null")
        return value

    def strings(
        self, node: dict[str, Any], key: str, *, default: tuple[str, ...] | None = None
    ) -> tuple[str, ...]:
        value = node.get(key)
        if value is None and default is not None:
            return default
        if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
            raise self._fail(key, "a list of non-empty strings")
        return tuple(value)

    def pattern(self, source: str, key: str) -> str:
        """``source``, a regular expression the reader compiles (with its own flags, often in
        one alternation with others: compiling each here as well would double the cost of
        loading; tests/test_lexicon.py compiles every one)."""
        if not source:
            raise self._fail(key, "non-empty regular expressions")
        return source

    def named_patterns(
        self, key: str, fill: Callable[[str], str] = str
    ) -> tuple[tuple[str, str], ...]:
        """A list of ``[name, pattern]`` pairs."""
        value = self.data.get(key)
        pairs = value if isinstance(value, list) else None
        if pairs is None or not all(
            isinstance(p, list) and len(p) == 2 and all(isinstance(x, str) for x in p)
            for p in pairs
        ):
            raise self._fail(key, "a list of [name, pattern] pairs")
        return tuple((name, self.pattern(fill(source), key)) for name, source in pairs)

    def mapping(self, key: str, kind: type[Any]) -> dict[str, Any]:
        value = self.data.get(key)
        if not isinstance(value, dict) or not all(
            isinstance(k, str) and isinstance(v, kind) for k, v in value.items()
        ):
            raise self._fail(key, f"an object of {kind.__name__} values")
        return dict(value)
