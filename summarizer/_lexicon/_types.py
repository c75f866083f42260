"""What the lexicon of a language holds, as typed, immutable objects.

Word lists are kept as the files write them (lists in file order, sets for membership, longest
first where matching takes the longest); regular expressions are kept as pattern sources, for
the stage that reads them to compile with the flags its file's comment gives.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from summarizer._text._keys import name_key

__all__ = [
    "Calendar",
    "Countries",
    "CountryEntry",
    "CueEntry",
    "Currencies",
    "EventCues",
    "FirstNames",
    "KnownName",
    "Month",
    "NameWords",
    "OutlookCues",
    "Press",
    "SentenceWords",
    "Titles",
    "longest_first",
]


def _alternation(words: tuple[str, ...]) -> str:
    """``words`` as a regex alternation, in their order (put longer forms first)."""
    return "|".join(re.escape(w) for w in words)


def longest_first(words: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    """``words`` without repeats, longest first (then alphabetical): the order a regex
    alternation must try them in so that "Deputy Prime Minister" wins over "Prime Minister"."""
    return tuple(sorted(dict.fromkeys(words), key=lambda w: (-len(w), w)))


# --------------------------------------------------------------------------- calendar


@dataclass(frozen=True, slots=True)
class Month:
    name: str
    abbreviations: tuple[str, ...]
    """Longer first: "Sept" before "Sep"."""


@dataclass(frozen=True, slots=True)
class Calendar:
    """Month and weekday names (``calendar.json``)."""

    months: tuple[Month, ...]
    """In calendar order: ``months[0]`` is January."""
    weekdays: tuple[str, ...]
    """Monday first."""
    month_names: tuple[str, ...] = field(init=False)
    month_words: frozenset[str] = field(init=False)
    """Every name and abbreviation, as written ("May", "Sept")."""
    weekday_words: frozenset[str] = field(init=False)

    def __post_init__(self) -> None:
        names = tuple(m.name for m in self.months)
        object.__setattr__(self, "month_names", names)
        abbreviations = {a for m in self.months for a in m.abbreviations}
        object.__setattr__(self, "month_words", frozenset(names) | abbreviations)
        object.__setattr__(self, "weekday_words", frozenset(self.weekdays))

    def month_pattern(self, *, abbreviations: bool = True) -> str:
        """A regex alternation of the month names, then (by default) their abbreviations.

        Full names come first, so that a match that may stop anywhere takes "June", not "Jun".
        """
        words = self.month_names
        if abbreviations:
            words += tuple(a for m in self.months for a in m.abbreviations)
        return _alternation(words)

    def weekday_pattern(self) -> str:
        """A regex alternation of the weekday names."""
        return _alternation(self.weekdays)


# --------------------------------------------------------------------------- press


@dataclass(frozen=True, slots=True)
class Press:
    """What a page prints around an article that is not the article (``press.json``)."""

    outlets: tuple[str, ...]
    """News outlets and agencies: cited as sources, never briefed as actors."""
    agencies: tuple[str, ...]
    """Picture and wire agencies that credit photos ("NAME/AFP"), as they write themselves."""
    credit_lines: tuple[str, ...]
    """Openings of a newsroom's credit line ("Reporting by")."""
    credit_labels: tuple[str, ...]
    """Lower-case labels of a picture credit ("photo", "image credit"), longest first."""
    credit_sources: tuple[str, ...]
    """Labels followed by a comma rather than a colon ("image source")."""
    citation_leads: tuple[str, ...]
    """Words opening a bracketed citation ("see", "via"), longest first."""
    report_words: tuple[str, ...]
    """What a cited source published ("data", "survey"), longest first."""
    box_headings: tuple[str, ...]
    """Case-insensitive regular expressions, each a whole heading of a box of headlines."""
    link_labels: tuple[str, ...]
    """Labels of a one-line link to another article ("read more"), longest first."""
    furniture: tuple[str, ...]
    """Whole lines of page furniture ("advertisement"), lower case, longest first."""
    outlet_keys: frozenset[str] = field(init=False)
    """:attr:`outlets`, case folded."""
    agency_keys: frozenset[str] = field(init=False)
    """:attr:`agencies`, case folded."""
    credit_line_keys: tuple[str, ...] = field(init=False)
    """:attr:`credit_lines`, case folded: what a case-folded line may start with."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "outlet_keys", frozenset(o.casefold() for o in self.outlets))
        object.__setattr__(self, "agency_keys", frozenset(a.casefold() for a in self.agencies))
        object.__setattr__(self, "credit_line_keys", tuple(c.casefold() for c in self.credit_lines))

    def box_heading_pattern(self) -> str:
        """A regex alternation of :attr:`box_headings` (compile it case-insensitive)."""
        return "|".join(self.box_headings)


# --------------------------------------------------------------------------- names


@dataclass(frozen=True, slots=True)
class NameWords:
    """Words that make, break or qualify a name (``names.json``)."""

    not_names: frozenset[str]
    """Capitalised words that are never names on their own ("The", "Minister")."""
    org_suffixes: frozenset[str]
    company_suffixes: frozenset[str]
    armed_suffixes: frozenset[str]
    geo_suffixes: frozenset[str]
    """A phrase ending in one is a place ("Baltic Sea"), never an actor."""
    particles: frozenset[str]
    """Lower-case words inside personal names ("bin", "von")."""
    joiners: frozenset[str]
    """Words that join capitalised words into one name ("Bank of England")."""
    acronym_skip: frozenset[str]
    """Words an acronym leaves out ("of", "the")."""
    connectors: frozenset[str] = field(init=False)
    """:attr:`particles` and :attr:`joiners`: what may stand inside a capitalised name."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "connectors", self.particles | self.joiners)


@dataclass(frozen=True, slots=True)
class FirstNames:
    """Given names common in world news (``first_names.json``)."""

    given: frozenset[str]
    family_first: frozenset[str]
    """Family names written first ("Wang", "Kim"): "Wang Yi" is a person, "Wang" its short form."""


@dataclass(frozen=True, slots=True)
class Titles:
    """Titles before a name, and nouns that introduce one (``titles.json``)."""

    titles: tuple[str, ...]
    """As the file lists them ("Foreign Minister", "Mr.")."""
    honorifics: frozenset[str]
    role_nouns: tuple[str, ...]
    """Lower-case nouns before an appositive name ("the ambassador to Georgia, NAME,"),
    longest first."""
    company_nouns: tuple[str, ...]
    """Nouns that describe a company ("the Greek firm NAME"), longest first."""
    index: dict[str, str] = field(init=False)
    """Each title by its :func:`~summarizer._text._keys.name_key`."""
    max_words: int = field(init=False)
    """Words in the longest title."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "index", {name_key(t): t for t in self.titles})
        object.__setattr__(self, "max_words", max(t.count(" ") + 1 for t in self.titles))


@dataclass(frozen=True, slots=True)
class SentenceWords:
    """Words about where sentences and phrases may end (``sentences.json``)."""

    abbreviations: frozenset[str]
    """Lower case, without the final period: after "Gen." no sentence ends."""
    dangling: frozenset[str]
    """Words a phrase cut short must not end on ("the", "of")."""
    dangling_modals: frozenset[str]


# --------------------------------------------------------------------------- known names


@dataclass(frozen=True, slots=True)
class CountryEntry:
    """A state as articles name it (``countries.json``)."""

    code: str
    """ISO 3166-1 alpha-3, or a user-assigned code (:attr:`user_assigned`)."""
    name: str
    """The short name articles use ("Russia", not "Russian Federation")."""
    aliases: tuple[str, ...]
    demonyms: tuple[str, ...]
    capitals: tuple[str, ...]
    """Capitals and other seats of power standing for the state ("Kremlin" is an alias)."""
    prefixes: tuple[str, ...]
    """Combining forms that name the state only inside a word ("Sino" in "Sino-Indian")."""
    alpha_2: str | None = None
    """The two-letter code, for a user-assigned code pycountry does not know."""
    user_assigned: bool = False
    """Not an ISO 3166-1 code: one of the codes the standard leaves to users (Kosovo's XKX)."""


@dataclass(frozen=True, slots=True)
class Countries:
    entries: tuple[CountryEntry, ...]
    """In file order: the first to claim a form keeps it."""
    territories: frozenset[str]
    """ISO codes of places that are not states here (Western Sahara: see ``regions.json``)."""


@dataclass(frozen=True, slots=True)
class KnownName:
    """An organisation, company, armed group, region or person the lexicon knows by name."""

    name: str
    country: str | None
    aliases: tuple[str, ...]
    descriptions: tuple[str, ...] = ()
    """Phrases that stand for it when the text also names it ("the UN nuclear watchdog")."""


# --------------------------------------------------------------------------- cues


@dataclass(frozen=True, slots=True)
class CueEntry:
    """One cue of ``events.json``: a pattern, and what its match is an event of."""

    pattern: str
    """Lower case; matched against lower-cased text, at word starts."""
    label: str
    kind: str | None
    """``None``: the topics decide the kind."""
    needs: str | None = None
    """A topic kind that must also be in the clause ("claims" counts only next to territory)."""


@dataclass(frozen=True, slots=True)
class EventCues:
    """Cues of disputes and deals (``events.json``); statuses in the order they are tried."""

    dispute_triggers: tuple[CueEntry, ...]
    dispute_topics: tuple[CueEntry, ...]
    dispute_status: tuple[tuple[str, str], ...]
    deal_triggers: tuple[CueEntry, ...]
    deal_topics: tuple[CueEntry, ...]
    deal_status: tuple[tuple[str, str], ...]


@dataclass(frozen=True, slots=True)
class OutlookCues:
    """Forward-looking cues, hedges and horizons (``outlook.json``), placeholders filled in.

    All case-insensitive except :attr:`date` ("May" the month is capitalised, "may" the verb
    is not).
    """

    forward: str
    likelihood: tuple[tuple[str, str], ...]
    horizons: tuple[tuple[str, str], ...]
    date: str


@dataclass(frozen=True, slots=True)
class Currencies:
    """Money in text (``currencies.json``): symbols, codes and words -> ISO 4217."""

    symbols: dict[str, str]
    words: dict[str, str]
    multipliers: dict[str, int]
