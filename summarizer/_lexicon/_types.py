"""What the lexicon of a language holds, as typed, immutable objects.

Word lists are kept as the files write them (lists in file order, sets for membership, longest
first where matching takes the longest); regular expressions are kept as pattern sources, for
the stage that reads them to compile with the flags its file's comment gives. Forms derived
from a list (a set of it, an index) are made once, by the part's ``of`` constructor.

The types are named tuples rather than dataclasses, and this module does without
``from __future__ import annotations``: the model validator imports the country resolver, and
with it these types, on every run; a named tuple costs a tenth of a frozen dataclass to define,
and one with string annotations compiles each of them again.
"""

import re
from typing import NamedTuple

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
    "Languages",
    "Month",
    "NameWords",
    "OutlookCues",
    "Press",
    "RelevanceCues",
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


class Month(NamedTuple):
    name: str
    abbreviations: tuple[str, ...]
    """Longer first: "Sept" before "Sep"."""


class Calendar(NamedTuple):
    """Month and weekday names (``calendar.json``)."""

    months: tuple[Month, ...]
    """In calendar order: ``months[0]`` is January."""
    weekdays: tuple[str, ...]
    """Monday first."""
    month_names: tuple[str, ...]
    month_words: frozenset[str]
    """Every name and abbreviation, as written ("May", "Sept")."""
    weekday_words: frozenset[str]

    @classmethod
    def of(cls, months: tuple[Month, ...], weekdays: tuple[str, ...]) -> "Calendar":
        names = tuple(m.name for m in months)
        abbreviations = {a for m in months for a in m.abbreviations}
        return cls(months, weekdays, names, frozenset(names) | abbreviations, frozenset(weekdays))

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


class Press(NamedTuple):
    """What a page prints around an article that is not the article (``press.json``)."""

    outlets: tuple[str, ...]
    """News outlets and agencies: cited as sources, never briefed as actors."""
    agencies: tuple[str, ...]
    """Picture and wire agencies that credit photos ("NAME/AFP"), as they write themselves."""
    credit_lines: tuple[str, ...]
    """Openings of a newsroom's credit line ("Reporting by")."""
    credit_line_endings: tuple[str, ...]
    """Lower-case endings of a credit line that opens with names ("contributed to this report")."""
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
    generic_site_names: tuple[str, ...]
    """Values in a page's site-name fields that name no site ("Hosted", "Home")."""
    teaser_openings: tuple[str, ...]
    """How a block pointing to other content opens ("also on", "related"), longest first."""
    calls_to_action: tuple[str, ...]
    """Case-insensitive regular expressions, each a whole line asking the reader to sign up."""
    byline_roles: tuple[str, ...]
    """Job names that may follow a name in a byline ("writer", "correspondent"), lower case."""
    byline_role_words: tuple[str, ...]
    """Words that may precede a job name in a byline's role ("ap", "national"), lower case."""
    generic_bylines: tuple[str, ...]
    """Values in a page's author field that name no one ("admin"), lower case."""
    outlet_keys: frozenset[str]
    """:attr:`outlets`, case folded."""
    agency_keys: frozenset[str]
    """:attr:`agencies`, case folded."""
    credit_line_keys: tuple[str, ...]
    """:attr:`credit_lines`, case folded: what a case-folded line may start with."""

    @classmethod
    def of(cls, **lists: tuple[str, ...]) -> "Press":
        """A part made of the file's lists (keyword per field), the case-folded forms added."""
        return cls(
            **lists,
            outlet_keys=frozenset(o.casefold() for o in lists["outlets"]),
            agency_keys=frozenset(a.casefold() for a in lists["agencies"]),
            credit_line_keys=tuple(c.casefold() for c in lists["credit_lines"]),
        )

    def box_heading_pattern(self) -> str:
        """A regex alternation of :attr:`box_headings` (compile it case-insensitive)."""
        return "|".join(self.box_headings)

    def call_to_action_pattern(self) -> str:
        """A regex alternation of :attr:`calls_to_action` (compile it case-insensitive)."""
        return "|".join(self.calls_to_action)


# --------------------------------------------------------------------------- names


class NameWords(NamedTuple):
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
    thing_suffixes: frozenset[str]
    """A phrase ending in one names a thing ("Henry Hub", "Paris Agreement"), never an actor."""
    venues: frozenset[str]
    """Rooms and buildings where things happen ("Oval Office"), never actors."""
    lone_bodies: frozenset[str]
    """One word that, capitalised, names a country's own body ("Congress"), alone too."""
    place_nouns: frozenset[str]
    """Lower-case nouns that make the name before them a place ("Kursk region")."""
    not_typos: frozenset[str]
    """Keys of dictionary words and names near a known name ("indiana"): never typos of it."""
    common_words: frozenset[str]
    """Known names that are common words ("Shell"): the word at a sentence's start."""
    region_qualifiers: frozenset[str]
    """Before a demonym, make it a region's adjective ("South American"), no state's."""
    body_nouns: frozenset[str]
    """Lower-case nouns that describe a party, movement or union ("the opposition party
    NAME", "the NAME party")."""
    armed_nouns: frozenset[str]
    """Lower-case nouns that describe an armed group ("the NAME militia", "the rebel group
    NAME")."""
    affiliation_words: frozenset[str]
    """Words that tie fighters to a group's name ("Islamic State-linked insurgents"): the
    fighters are that group, unlike "Iran-backed" (a sponsor behind them)."""
    polity_heads: frozenset[str]
    """After a place no list knows, make it a province's own government ("the NAME
    government", "NAME's premier")."""
    polity_back: frozenset[str]
    """Lower-case heads that refer back to the one provincial government a text names ("the
    provincial government", "the province")."""
    not_polities: frozenset[str]
    """Capitalised words before "government" that say which government, not where ("the
    Liberal government")."""
    market_indices: frozenset[str]
    """Stock and bond indices ("DAX", "FTSE 100"): they rise and fall, never act."""
    index_heads: frozenset[str]
    """Last words that make a capitalised run an index ("Hang Seng Index")."""
    speech_verbs: frozenset[str]
    """After one, "NAME NAME, a description," is the person who speaks ("said NAME NAME,
    the ministry's undersecretary")."""
    former_states: frozenset[str]
    """States that no longer exist ("Soviet Union"): background in a time clause."""
    time_cues: frozenset[str]
    """Lower-case words before a former state that make its mention a time clause ("since",
    "collapse of")."""
    place_verbs: frozenset[str]
    """Participles after which "in STATE" is where something is listed, based or sold."""
    language_nouns: frozenset[str]
    """Nouns a demonym qualifies as a language ("the Spanish initials", "a French-language
    daily"): the state is no actor by that mention."""
    visitor_nouns: frozenset[str]
    """People who come from a state to travel or buy ("British walkers", "shoppers from
    China"): the state is where they come from, no actor by that mention."""
    body_words: frozenset[str]
    """Words of :attr:`not_names` that stand inside a body's name ("National Geology and
    Mining Service"): "and" may join them into one name."""
    company_heads: frozenset[str]
    """Head nouns that open a company's name in languages that put the head first
    ("Empresa Nacional de Electricidad", "Yacimientos de Litio Bolivianos")."""
    org_heads: frozenset[str]
    """Head nouns that open an organisation's name in languages that put the head first
    ("Instituto Nacional de Estadistica", "Universidad Mayor de San Andres")."""
    company_prefixes: frozenset[str]
    """Legal forms written before a company's name ("PT Vale Indonesia", "JSC Kazakhstan
    Temir Zholy"): the capitalised words after one are a company's, a state word too."""
    site_heads: frozenset[str]
    """Last two words of a run operated as a business ("Morowali Industrial Park", "Suez
    Canal Economic Zone"): the run is its operator's name, a state opening it included."""
    claimant_roles: frozenset[str]
    """Lower-case posts of people who only voice claims from outside a story ("commentator",
    "influencer"): named as a claim's author, they do not act in it."""
    party_members: frozenset[str]
    """Plurals for a persuasion's members ("Democrats", "Liberals"): after a word of its own
    ("Sweden Democrats", "Free Democrats") the run is a party's whole name."""
    caucus_heads: frozenset[str]
    """Words before :attr:`party_members` that make them members in a chamber or a wing
    ("House Democrats", "Senate Republicans"), no party's name."""
    state_cues: frozenset[str]
    """Lower-case words of statecraft ("ministry", "sanctions"): with another state named,
    a state that is also a common word ("Turkey") opening a sentence is the state."""
    state_organs: frozenset[str]
    """Lower-case nouns for a state's organs ("the Sudanese army", "the Philippine coast
    guard", "India's ministry of external affairs")."""
    vessel_nouns: frozenset[str]
    """Lower-case nouns for ships ("the tanker NAME", "NAME, a Liberia-flagged vessel"): the
    name they introduce or describe is a vessel (kind other), not a person or a company."""
    vessel_prefixes: frozenset[str]
    """Capitalised prefixes of a ship's name ("MV", "USS"): the run they open is a vessel."""
    stationed_heads: frozenset[str]
    """Body heads whose name goes on with "in" and the state they sit in ("U.N. Support
    Mission in Libya")."""
    chamber_heads: frozenset[str]
    """Heads of an English name written head first, the body's own words after "of" ("House
    of Representatives", "House of Lords")."""
    nation_openers: frozenset[str]
    """Words that open the name of a nation's one body of its kind ("National Oil
    Corporation"): with a head after them the name is specific, its other words generic."""
    connectors: frozenset[str]
    """:attr:`particles` and :attr:`joiners`: what may stand inside a capitalised name."""

    @classmethod
    def of(cls, **sets: frozenset[str]) -> "NameWords":
        """A part made of the file's lists (keyword per field), :attr:`connectors` added."""
        return cls(**sets, connectors=sets["particles"] | sets["joiners"])


class FirstNames(NamedTuple):
    """Given names common in world news (``first_names.json``)."""

    given: frozenset[str]
    family_first: frozenset[str]
    """Family names written first ("Wang", "Kim"): "Wang Yi" is a person, "Wang" its short form."""


class Titles(NamedTuple):
    """Titles before a name, and nouns that introduce one (``titles.json``)."""

    titles: tuple[str, ...]
    """As the file lists them ("Foreign Minister", "Mr.")."""
    honorifics: frozenset[str]
    role_nouns: tuple[str, ...]
    """Lower-case nouns before an appositive name ("the ambassador to Georgia, NAME,"),
    longest first."""
    company_nouns: tuple[str, ...]
    """Nouns that describe a company ("the Greek firm NAME"), longest first."""
    company_marks: tuple[str, ...]
    """Lower-case words that refer back to a company named by its own words alone ("the
    firm", "its shares"), longest first."""
    by_key: dict[str, str]
    """Each title by its :func:`~summarizer._text._keys.name_key`."""
    max_words: int
    """Words in the longest title."""

    @classmethod
    def of(
        cls,
        titles: tuple[str, ...],
        honorifics: frozenset[str],
        role_nouns: tuple[str, ...],
        company_nouns: tuple[str, ...],
        company_marks: tuple[str, ...],
    ) -> "Titles":
        return cls(
            titles,
            honorifics,
            longest_first(role_nouns),
            longest_first(company_nouns),
            longest_first(company_marks),
            by_key={name_key(t): t for t in titles},
            max_words=max(t.count(" ") + 1 for t in titles),
        )


class SentenceWords(NamedTuple):
    """Words about where sentences and phrases may end (``sentences.json``)."""

    abbreviations: frozenset[str]
    """Lower case, without the final period: after "Gen." no sentence ends."""
    dangling: frozenset[str]
    """Words a phrase cut short must not end on ("the", "of")."""
    dangling_modals: frozenset[str]


# --------------------------------------------------------------------------- known names


class CountryEntry(NamedTuple):
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


class Countries(NamedTuple):
    entries: tuple[CountryEntry, ...]
    """In file order: the first to claim a form keeps it."""
    territories: frozenset[str]
    """ISO codes of places that are not states here (Western Sahara: see ``regions.json``)."""


class ArmedReading(NamedTuple):
    """How the text places an armed group toward its state (``armed_groups.json``
    ``_reading``); regular expressions matched against lower-cased text."""

    as_government: str
    """Right after the group's name: it is named as a government ("-run government")."""
    place_before: str
    """Right before a state's name: the state is named as a place ("in the capital"), where
    something happens, not as a side."""
    place_after: str
    """Right after a state's demonym: the state is a place ("Somali border", "side")."""


class KnownName(NamedTuple):
    """An organisation, company, armed group, region or person the lexicon knows by name."""

    name: str
    country: str | None
    aliases: tuple[str, ...]
    descriptions: tuple[str, ...] = ()
    """Phrases that stand for it when the text also names it ("the UN nuclear watchdog")."""
    former: tuple[str, ...] = ()
    """Names it had before ("Facebook" for Meta): an article that writes only those is
    briefed under its own word, never a name the body took later."""
    home: str | None = None
    """An armed group's stand toward the state of ``country``: ``"fights"`` (an insurgency
    against that state's government), ``"governs"`` (it is that state's government),
    ``"serves"`` (a force of that state); ``None``: the lexicon does not say."""
    governed: bool = False
    """A region with its own government ("the Kurdistan Regional Government"): in its
    deals and disputes it is a side of its own, never the state it lies in."""


# --------------------------------------------------------------------------- cues


class CueEntry(NamedTuple):
    """One cue of ``events.json``: a pattern, and what its match is an event of."""

    pattern: str
    """Lower case; matched against lower-cased text, at word starts."""
    label: str
    kind: str | None
    """``None``: the topics decide the kind."""
    needs: str | None = None
    """A topic kind that must also be in the clause ("claims" counts only next to territory)."""


class EventCues(NamedTuple):
    """Cues of disputes and deals (``events.json``); statuses in the order they are tried."""

    dispute_triggers: tuple[CueEntry, ...]
    dispute_topics: tuple[CueEntry, ...]
    dispute_status: tuple[tuple[str, str], ...]
    deal_triggers: tuple[CueEntry, ...]
    deal_topics: tuple[CueEntry, ...]
    deal_status: tuple[tuple[str, str], ...]
    weak_labels: frozenset[str]
    """Trigger labels that say little alone ("attacks", "tensions")."""
    targeted_labels: frozenset[str]
    """Weak labels whose target may be the story's main actor, unnamed ("pressure")."""
    friendly_labels: frozenset[str]
    """Labels of a trade measure, no dispute when offered away ("tariffs")."""
    reading: tuple[tuple[str, str], ...]
    """Named patterns that say how a clause reports an event (negation, modality, conditions,
    background...) and which actors only report, host, broker or judge it."""
    directed_labels: frozenset[str]
    """Labels of an act one side does to another ("accusations"): only these set sides."""
    symmetric_labels: frozenset[str]
    """Labels of a state between two sides ("row"): opposed when "between A and B"."""


class OutlookCues(NamedTuple):
    """What makes a sentence say that something will happen (``outlook.json``), placeholders
    filled in; every pattern is compiled case-insensitive ("May" the month is told from "may"
    the modal by the pattern itself, and by :attr:`may_month_before`)."""

    cues: tuple[tuple[str, str], ...]
    """Finite future forms, each with the likelihood its wording gives."""
    reported: tuple[tuple[str, str], ...]
    """Futures of a reported statement ("said talks would resume"): cues after a reporting verb."""
    reporting: str
    not_cues: str
    conditional: str
    conditions: str
    hedges: str
    past_markers: str
    forward_times: str
    horizons: tuple[tuple[str, str], ...]
    may_month_before: tuple[str, ...]
    """Lower case, longest first: after these words "May" is the month ("in May")."""
    dependent: str = ""
    """First words of a clause whose future is not the sentence's own ("which", "for")."""
    subordinators: str = ""
    """The words of :attr:`dependent` that open a clause inside another ("which", "how")."""
    relatives: str = ""
    """The subordinators that tell of a noun ("which"): the whole sentence tells the future."""
    headless: str = ""
    """First words of a clause whose subject was cut off ("could", "said")."""
    joiners: str = ""
    """What may end the text right before a clause that reads alone ("that", "and", ";")."""
    stance: str = ""
    """A future that is an opinion ("many will deplore", "insists ... will")."""
    states: str = ""
    """A future that is an evaluation ("will be better off"): a signal only with a time."""
    past_verbs: str = ""
    """Past forms without -ed ("took"): a date they govern is the past."""
    backward: str = ""
    """Words that make a time phrase point back ("last month")."""


# --------------------------------------------------------------------------- relevance


class RelevanceCues(NamedTuple):
    """Words that tell what kind of news an article is (``relevance.json``): lower case,
    whole words; a trailing ``*`` makes a prefix ("diplomat*")."""

    off_topic: tuple[tuple[str, tuple[str, ...]], ...]
    """(label, words) of each kind of news that is not public affairs ("sport")."""
    public_affairs: tuple[str, ...]
    cross_border: tuple[str, ...]
    other_sense: tuple[str, ...] = ()
    """Phrases in which a cue word has another sense ("price war", "time trial",
    "front-runner"): they count for no kind of news."""


class Languages(NamedTuple):
    """How a text that is not English shows itself (``languages.json``)."""

    english: frozenset[str]
    """English function words, lower case."""
    others: tuple[tuple[str, frozenset[str]], ...]
    """(language name, function words) of other languages, none shared with English."""
    scripts: dict[str, str]
    """First word of a letter's Unicode name ("CYRILLIC") -> the name a notice gives it."""


class Currencies(NamedTuple):
    """Money in text (``currencies.json``): symbols, codes and words -> ISO 4217."""

    symbols: dict[str, str]
    words: dict[str, str]
    multipliers: dict[str, int]
