"""What to watch next: sentences that say something will happen become signals.

A signal needs a future the text states, in a whole sentence of the article's body:

* a finite future form ("will", "is set to", "are expected to", "plans to", "hopes to"), or
  the future of a reported statement ("officials said talks would resume", "the court said
  the hearing was set for May 14"), or a time phrase that points forward ("next month",
  "upcoming");
* not a look-alike ("the will of the people", "than expected", "had been expected");
* not inside an "if" clause; not a reported future that the sentence dates in the past
  ("In 2019, Iran said it would ..."); not a clause whose only date is before publication;
* the modal "may", "might" or "could" alone is a possibility, never a signal, even with a
  time ("could resume next month"): it only lowers the likelihood of a future form;
* inside a direct quotation, only with a verb form and a time the sentence gives: "we will
  not accept this" is a stance, "we will sign in March" something to watch;
* a statement, not a fragment: the description is the sentence, or a clause with its own
  subject that stands after "that", a reporting verb, "and" or a semicolon. A clause whose
  subject was cut off ("could finalise ...", the tail of a list or an apposition before "said")
  is told by its whole sentence, if short enough; a clause that depends on another ("for fear
  that ...", "which is expected to ...", "how it would be funded", "combined with ... next
  year") is no signal;
* not an opinion: a future whose subject is "many" or "no one", one under a verb of belief
  ("insists his tactics will ..."), or an undated evaluation ("will be better off");
* dated by its own future: a time that points back ("last month") or that a past verb governs
  ("took effect on Aug. 5", "it lifted in 2023") is never the signal's date.

The likelihood is the wording's (will, scheduled: high; expected, plans: medium; hopes: low;
a hedge in the clause: low; a conditional sentence or a bare time phrase: unclear). The horizon
is the date as written ("March", "April 30") or the span a time phrase gives ("on Wednesday":
days, "next year": years); ``when`` is that date resolved (see :mod:`._when`). Signals with a
time come first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from summarizer._engines.offline._data import OutlookLexicon, outlook, trim_dangling
from summarizer._engines.offline._gazetteer import gazetteer
from summarizer._engines.offline._prefilter import Alternation, Needs, alternation, folded, needs
from summarizer._engines.offline._sentences import Sentence
from summarizer._engines.offline._when import Written, ahead_of, before, find_dates, resolve
from summarizer._lexicon import lexicon
from summarizer._text._keys import name_key

_MAX_DESCRIPTION = 220
_DESCRIPTION_WORDS = 25
_LIKELIHOOD_ORDER = {"high": 0, "medium": 1, "low": 2, "unclear": 3}
# Signals one sentence may give: two clauses ("patrols are due to begin on 1 November, and the
# ministers will review them in December") are two things to watch; more is a list.
_PER_SENTENCE = 2


@dataclass(frozen=True, slots=True)
class Signal:
    description: str
    horizon: str | None
    likelihood: str
    quote: str
    sentence: int
    when: str | None = None

    @property
    def timed(self) -> bool:
        """Whether the text gives it a time (a date or a span)."""
        return self.horizon is not None


@dataclass(frozen=True, slots=True)
class _Cue:
    start: int
    end: int
    likelihood: str
    kind: str  # "plain", "reported" or "time"


_WEEKDAY = lexicon("en").calendar.weekday_pattern()
_MONTH = lexicon("en").calendar.month_pattern()
_PAST_VERBS = lexicon("en").outlook.past_verbs
# A date that dates what has happened, not what is due: the statement ("said on Thursday"), or
# a past act ("a system agreed with Kyiv on Thursday", "took effect on Aug. 5", "the controls it
# lifted in 2023"; but "will be signed on Friday" and "talks scheduled for Monday" look ahead).
# (The word start is tested first, and then that a lower-case letter opens the word, when
# every verb of the lexicon's list is a plain lower-case word: each alternative needs both,
# and most positions of a sentence fail them before the look-behinds; twice as fast.)
_PAST_TIME = (
    rf"\b(?:on (?:{_WEEKDAY}|(?:{_MONTH})\.? \d{{1,2}})|in (?:(?:{_MONTH})\b|(?:19|20)\d\d)"
    r"|(?:this|last) (?:week|month|year|spring|summer|autumn|fall|winter))\b"
)
# A word after "to" that opens a noun phrase, not an infinitive ("agreed to a ceasefire").
_NOT_VERB = r"(?:be|a|an|the|its|their|his|her|this|that|these|those|our|some|any|no|all)\b"
_PAST_DAY = re.compile(
    r"\b"
    + ("(?=[a-z])" if re.fullmatch(r"[a-z]+(?:\|[a-z]+)*", _PAST_VERBS) else "")
    + r"(?<!\bbe )(?<!\bbeen )(?<!\bis )(?<!\bare )"
    r"(?:(?:said|told|announced|added|says|wrote|stated|confirmed|reported"
    rf"|{_PAST_VERBS})\b"
    # (a participle after an article or a possessive is an adjective: "a revised budget")
    r"|(?<!\ba )(?<!\ban )(?<!\bthe )(?<!\bits )(?<!\btheir )(?<!\bhis )(?<!\bher )"
    r"(?!(?:scheduled|expected|planned|slated|set|due)\b)[a-z]+ed\b)"
    # ... unless an infinitive follows ("agreed to meet in March") or a future stands between
    # ("said he would travel to Washington on Tuesday").
    # A decision's infinitive between them ("exchanged data and agreed to meet again on Dec.
    # 21") makes the date the decision's: it dates what was agreed, not the past act.
    r"(?!\s+to\s)(?:(?!\b(?:would|will|shall|expected|scheduled|planned|slated|due"
    r"|(?:agreed|decided|voted|pledged|promised|vowed|resolved)\s+to\s+"
    rf"(?!{_NOT_VERB})[a-z]+)\b)[^.,;]){{0,60}}?" + _PAST_TIME
)
# Every match ends on such a time: a text with none (most) is not searched for the verbs,
# which are tried at every word start.
_ANY_PAST_TIME = re.compile(_PAST_TIME)
# A decision of the day to do something ("agreed on Tuesday to hold a final round of talks in
# London on Jan. 14"): what it sets is due, when the clause dates it (checked by the caller).
_DECISION = re.compile(
    r"\b(?:agreed|decided|voted|pledged|promised|vowed|resolved)"
    rf"(?:\s+on\s+(?:{_WEEKDAY}))?\s+to\s+(?!{_NOT_VERB})[a-z]+"
)
# A time limit ("has extended the rule until May", "given the parties until Nov. 16"): due when
# the article's own date puts it ahead (checked by the caller).
_DEADLINE = re.compile(
    rf"\b(?:until|by)\s+(?=(?:(?:early|mid|late)[- ]|\d{{1,2}} )?(?:{_MONTH})\b)"
)
# A timetable in the present tense: English writes a scheduled event in the simple present or
# the progressive ("parliament next sits on Tuesday", "Hungary holds an election on April 12",
# "the trade ministers are meeting in January"). The verb is the cue; it is due only with a
# date of its own after it that the article's date puts ahead (checked by the caller), and
# only as a verb: not after an article, a possessive, a preposition or a modal ("a visit in
# March", "to meet in March", "will meet": their own rules).
_SCHEDULED = re.compile(
    r"(?:(?:is|are) (?:now )?(?:meeting|sitting|holding|hosting|voting|visiting|travell?ing"
    r"|flying|convening|reconvening|gathering|heading|returning|arriving|leaving|facing)"
    r"|(?:next )?(?:meets|sits|holds|hosts|votes|opens|starts|begins|convenes|reconvenes"
    r"|resumes|gathers|visits|travels|returns|arrives|leaves|ends|closes|runs|goes|heads|faces"
    r"|takes place|meet|sit|hold|host|vote|convene|reconvene|resume|gather|travel|go to the polls"
    r"|take place|face)|(?:has|have) called(?: for)? (?:a|an)"
    r"|(?:has|have) (?:scheduled|set|fixed|convened))\b(?: again| next)?"
)
# A timetable told in the past of a narrative ("the document was due to be signed on Friday,
# Nov. 13"): due only with a day or a month that the article's date puts ahead.
_BACKSHIFTED = re.compile(r"\b(?:was|were) (?:due|scheduled|set|slated) to\b")
_BACKSHIFTED_NEEDS = needs(_BACKSHIFTED)
# The plural present ("Chileans vote in November") only after a plural subject: a word in -s,
# a plural pronoun.
_SCHEDULED_PLURAL = re.compile(
    r"(?:meet|sit|hold|host|vote|convene|reconvene|resume|gather|travel|go to the polls"
    r"|take place|face)\b"
)
_NOT_BEFORE_VERB = frozenset({
    "a", "an", "the", "its", "their", "his", "her", "our", "my", "your", "this", "that", "these",
    "those", "of", "in", "on", "at", "for", "to", "from", "by", "with", "into", "about", "after",
    "before", "will", "would", "shall", "should", "could", "can", "may", "might", "must", "did",
    "does", "do", "not", "never", "let", "make", "made", "help", "helped", "and", "or", "than",
    "as",
})  # fmt: skip
# A future told by a noun phrase ("the general election due in August", "with first gas
# expected in 2030", "its next session, due later this month"): due, like a timetable, only
# with a date of its own after it that is ahead.
_DUE_NOUN = re.compile(
    r"\b(?:(?P<high>due|pencilled in|penciled in)|(?P<medium>expected|planned))"
    r"(?= (?:on|in|by|for|before|within|later|next|early|late|mid|around)\b)"
)
_NOT_BEFORE_DUE = frozenset({
    "is", "are", "was", "were", "be", "been", "being", "had", "has", "have", "as", "than",
    "originally", "initially", "once", "previously", "not",
})  # fmt: skip
# A time left to act ("China has 30 days to enter consultations", "giving it 14 days to
# propose a schedule"): a limit running from the article's day.
_TIME_LEFT = re.compile(
    r"\b(?:has|have|given|giving \w+|gives \w+|give \w+) (?:only |just |up to )?"
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|several|a few|a) "
    r"(?:more )?(?:hours?|days?|weeks?|months?)(?: in which)? to\b"
)
_SCHEDULE_NEEDS = needs(_SCHEDULED)
_DUE_NOUN_NEEDS = needs(_DUE_NOUN)
_TIME_LEFT_NEEDS = needs(_TIME_LEFT)
# A sentence whose reported clause is attributed at its end ("The ambassador was expected to
# leave on Tuesday, officials said."): reported speech as much as one opening on "said".
_TRAILING_REPORT = re.compile(
    r",\s+(?:[^,;]{1,60}?\s)?(?-i:said|says|told [\w-]+|added|reported)\b[^,;]{0,40}$"
)
# An intention told in the past: what it dates was meant, not due.
_PAST_INTENT = re.compile(r"\b(?:was|were|had been) (?:meant|supposed|intended) to\b")
_RELATIVE_BEFORE = re.compile(r"\b(?:that|which|who|whom|whose)\s+(?:\S+\s+){0,2}$", re.I)
# A sentence that opens on a condition ("If Gazprom wants to go to arbitration, we will
# defend ourselves there"): its main clause is the condition's consequence, no forecast.
_FRONTED_CONDITION = re.compile(r"^[\"“‘'\s]*(?:if|unless)\b", re.I)
# A verb that sets a clause in the past: a time limit under it has passed ("had run until May").
# What a decision or a deadline needs, tested before either is searched at every character.
_DECISION_NEEDS = needs(_DECISION)
_DEADLINE_NEEDS = needs(_DEADLINE)
_PAST_FORM = re.compile(r"\b(?:had|was|were|did)\b")
# A conjunction that joins a clause to the one before: no part of the claim (matched at the
# clause's start).
_CONJUNCTION = re.compile(
    r"(?:and|but|while|whereas|although|though|as|so|with|that|saying|adding that|adding)\s+",
    re.I,
)
# Where a clause ends: a comma before a lower-case word or a quote mark, a semicolon, a colon,
# a dash; and "and"/"but" before a modal or a second "that", which start a claim of their own
# ("would study the proposal and might help fund a study", "said she would call and that she
# was confident").
# (",\s+(?=[a-z\"“‘'])|;\s+|:\s+|\s+[—–]\s+|\s+-\s+|\s+(?:and|but|or)\s+(?=...)", written to
# open on the one character class every match opens with: ``re`` then skips in C to where
# one of them stands, and the look-behinds tell which alternative it opens.)
_BREAK = re.compile(
    r"[,;:\s](?:(?<=,)\s+(?=[a-z\"“‘'])|(?<=[;:])\s+|(?<=\s)\s*[—–]\s+|(?<=\s)\s*-\s+"
    r"|(?<=\s)\s*(?:and|but|or)\s+(?=(?:may|might|could|would|will|should|can|must|that)\b))"
)
# Inside a long clause, where a clause with its own subject may start: "... told reporters
# [that] the talks would resume in March" (not after a preposition: "a meeting with fellow
# exporters next month" is no statement).
_INNER_START = re.compile(r"\b(?:while|whereas|that|saying)\s+")
# A clause that opens on its verb has lost its subject: no place to start a description.
_HEADLESS_START = re.compile(
    r"(?:will|would|shall|should|could|can|may|might|must|is|are|was|were|has|have|had)\b"
)
# A second verb phrase of the same subject: "X have been negotiating ... since 2002, when ...,
# and have set themselves a deadline of 2026" (the deadline is the signal, the rest history).
_SECOND_PREDICATE = re.compile(
    r",\s+(?:and|but)\s+(?=(?:has|have|had|is|are|will|would|plans?|aims?|expects?|hopes?)\b)"
)
# The subject of a sentence: the words before its first finite verb, when that comes early.
_SUBJECT = re.compile(r"^((?:\S+\s+){0,7}?\S+)\s+(?:has|have|had|is|are|was|were|will|would)\b")
# The first word of a clause that is an aside, not a subject: a participle, a relative.
_ASIDE_START = re.compile(
    r"\w+(?:ed|ing|en)|which|who|whom|whose|where|when|once|already|now|after|before|despite|"
    r"since|until|like|including|according|not|both|all|each|itself|themselves",
    re.I,
)
_REPORTING_START = re.compile(r"said|says|told|added|announced|stated|wrote|warned", re.I)
# A clause that tells of something else: a relative clause, a past participle.
_RELATIVE = re.compile(r"\s*(?:which|who|whom|whose|where|when|that|\w+ed)\b", re.I)
_QUOTE_OPEN = "“«"
_QUOTE_CLOSE = "”»"
_QUOTE_MARK = re.compile("[" + _QUOTE_OPEN + _QUOTE_CLOSE + '"]')
_STOPS = ".!?…"
_CLOSING = "\"”’'»)]"


_WORD = re.compile(r"[\w'’-]+")
# A sentence told whole for a clause whose subject was cut off: at most so many words, with
# its future among the first words of a description.
_WHOLE_WORDS = 45
_MARKS = " \"“‘'«(-–—"


def _lower_word(text: str) -> str:
    """``text`` as a lower-case word, or "" when it is capitalised (a name, a sentence start)."""
    return text if text[:1].islower() else ""


def _standing(text: str, opening: int, at: int, lex: OutlookLexicon) -> str:
    """How the clause that starts at ``at`` stands in a sentence that starts at ``opening``:
    "whole" (it is the sentence), "joined" (a clause with its own subject after "that", a
    reporting verb, "and", a semicolon), "cut" (its subject or head is before it: "and could
    finalise", the tail of a list, an apposition before "said") or "dependent" (a clause or
    phrase inside another: "for fear that", "which is", "combined with")."""
    before = text[opening:at]
    if not before.strip(_MARKS):
        return "whole"
    first = _WORD.search(text, at)
    word = _lower_word(first.group()) if first is not None else ""
    words = _WORD.findall(before)
    last = _lower_word(words[-1]) if words else ""
    if lex.joiners.search(before):
        if word and lex.dependent.fullmatch(word):
            return "dependent"
        return "cut" if word and lex.headless.fullmatch(word) else "joined"
    if (word and lex.dependent.fullmatch(word)) or (last and lex.dependent.fullmatch(last)):
        return "dependent"
    return "cut"


def _subordinate(text: str, start: int, at: int, lex: OutlookLexicon) -> str | None:
    """The subordinator a few words before the future at ``at`` (with no "that" or reporting
    verb between) when the future belongs to a clause inside its clause ("how the system
    would be funded", "which is expected to vote"), in lower case; else None."""
    lead = text[start:at]
    found = list(lex.subordinators.finditer(lead))
    if not found:
        return None
    after = lead[found[-1].end() :]
    if len(after.split()) > 8 or lex.joiners.search(after.rstrip() + " ") is not None:
        return None
    return found[-1].group().casefold()


# Where a clause's own subject starts after a fronted phrase ("Under the deal, signed in Sofia,
# Sabine Crest will deliver"): a comma before a capitalised word.
_SUBJECT_AFTER_COMMA = re.compile(r",\s+(?=[\"“‘']?[A-Z])")


def _own_clause(text: str, start: int, at: int, lex: OutlookLexicon) -> int | None:
    """Where, between ``start`` and the future at ``at``, a clause with its own subject starts:
    after a fronted phrase, or after "that" or a reporting verb ("said in a televised address
    that the army would ..."); None if nowhere."""
    after_comma = [m.end() for m in _SUBJECT_AFTER_COMMA.finditer(text, start, at)]
    joints = [m.end() for m in _JOINT.finditer(text, start, at)]
    for begin in sorted([*after_comma, *joints], reverse=True):
        if _standing(text, start, begin, lex) in ("joined", "whole") or begin in after_comma:
            first = _WORD.search(text, begin)
            word = _lower_word(first.group()) if first is not None else ""
            if word and (lex.dependent.fullmatch(word) or lex.headless.fullmatch(word)):
                continue
            if len(text[begin:at].split()) >= 1:
                return begin
    return None


_JOINT = re.compile(r"\b(?:that|said|says|told \S+(?: \S+)?)\s+")


# A modal guess at a side's mind: what it "may hope", "might want", "may be counting on",
# "may have different expectations about". A reading of intentions, not a plan it states.
_GUESSED_MIND = re.compile(
    r"\b(?:may|might|could)(?: well| also| still| even)? (?:hope|want|wish|expect|"
    r"be (?:hoping|counting on|banking on|betting on|expecting|wanting)|"
    r"have (?:[\w-]+ ){0,3}?(?:expectations|hopes|plans|designs))\b"
)


def _opinion(text: str, start: int, cue: _Cue, lex: OutlookLexicon) -> bool:
    """Whether the future is an opinion: told of "many" or "no one", under a verb of belief
    ("insists his tactics will"), or "it is not merely that ..."."""
    lead = text[start : cue.end]
    lead = lead.lstrip(_MARKS)
    joint = _CONJUNCTION.match(lead)
    if joint is not None:
        lead = lead[joint.end() :]
    return lex.stance.search(lead) is not None


def _whole(sentence: Sentence) -> bool:
    """A sentence a signal may come from: article body, starting as a sentence does, long
    enough to say something, and ending as one does (a caption or heading does not)."""
    if not sentence.body:
        return False
    quote = sentence.quote.lstrip(" -–—•*")  # a wire lede may open on a dash ("-- The U.S. ...")
    if len(quote.split()) < 5:
        return False
    first = quote[0]
    if not (first.isupper() or first.isdigit() or first in "\"“‘'«"):
        return False
    # Ends on a stop, perhaps with closing marks and spaces after it: told from the end of the
    # text, not searched for from its start.
    end = sentence.text.rstrip().rstrip(_CLOSING)
    return end[-1:] in _STOPS and end != ""


def _question(sentence: Sentence) -> bool:
    """Whether the sentence asks (a question is no forecast: "Will you go back to arbitration?",
    "Could the deal unravel?")."""
    return sentence.text.rstrip().rstrip(_CLOSING).endswith("?")


def _quoted_spans(sentences: list[Sentence]) -> dict[int, list[tuple[int, int]]]:
    """Per sentence, the spans (sentence-relative) inside quotation marks. A quotation may run
    over several sentences of one paragraph; curly marks open and close, a straight double
    mark toggles."""
    spans: dict[int, list[tuple[int, int]]] = {}
    paragraph = -1
    open_ = False
    for sentence in sentences:
        if sentence.paragraph != paragraph:
            paragraph, open_ = sentence.paragraph, False
        text = sentence.text
        found: list[tuple[int, int]] = []
        start = 0 if open_ else -1
        for mark in _QUOTE_MARK.finditer(
            text
        ):  # the marks only: a loop over every character is slow
            i, char = mark.start(), mark.group()
            if not open_ and (char in _QUOTE_OPEN or char == '"'):
                open_, start = True, i
            elif open_ and (char in _QUOTE_CLOSE or char == '"'):
                found.append((start, i + 1))
                open_ = False
        if open_:
            found.append((max(start, 0), len(text)))
        if found:
            spans[sentence.index] = found
    return spans


def _inside(at: int, spans: list[tuple[int, int]]) -> bool:
    return any(start <= at < end for start, end in spans)


def _clause_start(text: str, at: int) -> int:
    """Where the clause holding ``at`` starts (the sentence start if no break precedes it)."""
    return max((m.end() for m in _BREAK.finditer(text, 0, at) if m.end() <= at), default=0)


@dataclass(frozen=True, slots=True)
class _Gates:
    """What each cue pattern of the lexicon needs in a text to match at all (see
    :mod:`._prefilter`): a sentence without it is not searched."""

    any_cue: Needs
    not_cues: Alternation
    reporting: Needs
    cues: tuple[Alternation, ...]
    reported: tuple[Alternation, ...]
    forward_times: Alternation
    horizons: tuple[Needs, ...]


@lru_cache(maxsize=1)
def _gates() -> _Gates:
    lex = outlook()
    return _Gates(
        any_cue=needs(lex.any_cue),
        not_cues=alternation(lex.not_cues),
        reporting=needs(lex.reporting),
        cues=tuple(alternation(p) for _, p in lex.cues),
        reported=tuple(alternation(p) for _, p in lex.reported),
        forward_times=alternation(lex.forward_times),
        horizons=tuple(needs(p) for _, p in lex.horizons),
    )


def _cues(
    text: str,
    quoted: list[tuple[int, int]],
    lex: OutlookLexicon,
    gates: _Gates,
    reference: tuple[int, int] | None = None,
) -> list[_Cue]:
    """The future forms of ``text`` (a masked sentence) that count, in text order. A pattern
    is searched only where it can match (the results are the same as searching everywhere)."""
    low = folded(text)
    extra = (
        [(m, "decision") for m in _DECISION.finditer(text)] if _DECISION_NEEDS.possible(low) else []
    )
    if reference is not None and _DEADLINE_NEEDS.possible(low):
        extra += [(m, "deadline") for m in _DEADLINE.finditer(text)]
    if _FORWARD_NEEDS.possible(low):
        extra += _scheduled(text, low)
    if low is None or _TIME_UNIT.search(low) is not None:
        extra += [
            (m, "left")
            for m in _TIME_LEFT.finditer(text)
            if not _PAST_FORM.search(text, _clause_start(text, m.start()), m.start())
        ]
    if not extra and not gates.any_cue.possible(low):
        return []  # no cue of any kind: the blocking and reporting passes would find nothing
    blocked = [m.span() for m in gates.not_cues.finditer(text, low)]
    reported = [
        (likelihood, pattern, gate)
        for (likelihood, pattern), gate in zip(lex.reported, gates.reported, strict=True)
        if gate.possible(low)
    ]
    # The reporting verbs matter only to a reported form the sentence may hold.
    reporting = (
        [m.end() for m in lex.reporting.finditer(text)]
        if reported and gates.reporting.possible(low)
        else []
    )
    # "..., officials said.": the sentence before the attribution is told, its own clause
    # (not a relative one: "a road that would link", the terms of a thing).
    trailing = bool(reported) and _TRAILING_REPORT.search(text) is not None
    found: list[_Cue] = []

    def add(match: re.Match[str], likelihood: str, kind: str) -> None:
        start, end = match.span()
        if any(s < end and start < e for s, e in blocked):
            return
        clause = text[_clause_start(text, start) : start]
        if lex.conditional.search(clause):
            return  # "if talks resume next month": a condition, not a forecast
        if conditioned:
            return  # "If Gazprom wants arbitration, we will defend ourselves": its consequence
        if kind == "time" and _PAST_INTENT.search(clause):
            return  # "was meant to conclude next year": an intention of the past
        found.append(_Cue(start, end, likelihood, kind))

    conditioned = _FRONTED_CONDITION.match(text) is not None

    for (likelihood, _), cues in zip(lex.cues, gates.cues, strict=True):
        for match in cues.finditer(text, low):
            add(match, likelihood, "plain")
    if reporting or trailing:
        for likelihood, _, reported_cues in reported:
            for match in reported_cues.finditer(text, low):
                # Reported speech runs from its verb to the end of the sentence, or to a
                # semicolon, past which the writer speaks again ("traders said they would
                # watch the talks; a cancellation would push premiums higher").
                told = [r for r in reporting if r <= match.start()]
                before = bool(told) and ";" not in text[told[-1] : match.start()]
                after = trailing and not _RELATIVE_BEFORE.search(text, 0, match.start())
                if before or after:
                    add(match, likelihood, "reported")
    for match in gates.forward_times.finditer(text, low):
        add(match, "unclear", "time")
    for match, kind in extra:
        likely = "medium" if kind == "decision" or match.groupdict().get("medium") else "high"
        add(match, likely, "plain" if kind == "left" else kind)
    # A verb form before a bare time phrase (a clause with both is the verb's); a cue in a
    # quotation counts only if the sentence gives a time (checked by the caller).
    found.sort(key=lambda c: (c.kind == "time", c.start, _LIKELIHOOD_ORDER[c.likelihood]))
    return [c for c in found if not _inside(c.start, quoted)] + [
        c for c in found if _inside(c.start, quoted)
    ]


# What a timetable's date needs to be written at all: a weekday, a month, "next", "later".
_FORWARD_DATE = re.compile(rf"\b(?:{_WEEKDAY}|{_MONTH}|next|later)\b")
_FORWARD_NEEDS = needs(re.compile(rf"(?:{_WEEKDAY}|{_MONTH}|next|later)", re.I))
# What a time left to act needs ("30 days to"), in a lower-cased text: tested before its
# pattern is searched (it opens on letters, which ``re`` skips ahead to).
_TIME_UNIT = re.compile(r"(?:hour|day|week|month)s? (?:in which )?to ")
# How far after a timetable's verb its date may stand ("meets in Bangkok in April").
_SCHEDULE_REACH = 120


def _scheduled(text: str, low: str | None) -> list[tuple[re.Match[str], str]]:
    """The timetable verbs ("sits on Tuesday", "are meeting in January") and the futures told
    by a noun phrase ("the election due in August", kind "due") and the timetables told in a
    narrative's past ("was due to be signed on Nov. 13", kind "backshifted") of ``text``: each
    due only with a date of its own (see :func:`_due`)."""
    found: list[tuple[re.Match[str], str]] = []
    if _SCHEDULE_NEEDS.possible(low):
        for match in _SCHEDULED.finditer(text):
            if match.start() > 0 and text[match.start() - 1].isalnum():
                continue  # inside a word ("deposit")
            if _FORWARD_DATE.search(text, match.end(), match.end() + _SCHEDULE_REACH) is None:
                continue  # no date after it to be due on
            before = text[: match.start()].split()
            last = before[-1].strip("\"“‘'(").casefold() if before else ""
            if not last or last in _NOT_BEFORE_VERB or last[:1].isdigit():
                continue
            if last.endswith(("'s", "’s", "ed")) and last not in ("needs",):
                continue  # "the council's meeting", "a planned visit": a noun
            if _SCHEDULED_PLURAL.match(match.group()) and not (
                last.endswith("s") or last in ("they", "we")
            ):
                continue
            found.append((match, "scheduled"))
    if _DUE_NOUN_NEEDS.possible(low):
        for match in _DUE_NOUN.finditer(text):
            before = text[: match.start()].split()
            last = before[-1].casefold() if before else ""
            if last in _NOT_BEFORE_DUE:
                continue  # "is due in": a cue of its own; "had been expected in": the past
            found.append((match, "due"))
    if _BACKSHIFTED_NEEDS.possible(low):
        found += [
            (match, "backshifted")
            for match in _BACKSHIFTED.finditer(text)
            # not of a thing a relative clause describes ("the previous programme, which was
            # due to run until April"): what it was meant to do, not what is due
            if not _RELATIVE_BEFORE.search(text, 0, match.start())
        ]
    return found


def _clause(text: str, cue: _Cue) -> tuple[int, int, list[tuple[int, int]]]:
    """The clause around ``cue``: its span, and the spans of asides inside it to leave out of
    a description ("talks, suspended last summer, are expected to resume"). A clause that
    opens on its verb ("are expected to", "said construction could start") takes in the clause
    before, which holds its subject."""
    breaks = [(m.start(), m.end()) for m in _BREAK.finditer(text)]
    break_at = {e: s for s, e in breaks}
    start = max((e for _, e in breaks if e <= cue.start), default=0)
    end = next((b for b, _ in breaks if b >= cue.end), len(text))
    asides: list[tuple[int, int]] = []
    lead = text[start : cue.start].split()
    if start == 0 or (len(lead) >= 2 and not _REPORTING_START.fullmatch(lead[0])):
        return start, end, asides
    # The clause opens on its verb: its subject is in a clause before, perhaps behind an aside
    # ("suspended last summer", "which Greece rejects"), which a description leaves out.
    after = start
    while after > 0:
        cut = break_at[after]
        before = max((e for _, e in breaks if e <= cut), default=0)
        words = text[before:cut].split()
        if (
            before > 0
            and words
            and (_ASIDE_START.fullmatch(words[0]) or _apposition(text, before, breaks, words))
        ):
            asides.append((break_at[before], after))
            after = before
            continue
        start = before
        break
    else:
        start = 0
    return start, end, asides


# A finite verb: a clause that has none is a noun phrase ("and talks on the third element").
_FINITE = re.compile(
    r"\b(?:is|are|was|were|has|have|had|will|would|shall|can|could|may|might|must|should|do|does"
    r"|did|said|says|\w+ed)\b"
)
_DETERMINERS = frozenset({"a", "an", "the"})


def _apposition(text: str, at: int, breaks: list[tuple[int, int]], words: list[str]) -> bool:
    """Whether the clause at ``at`` (its ``words``) is an apposition: a noun phrase opened by an
    article right after a clause with no verb, its head ("talks on the third element, a road
    that would link the exclave, are due to resume": the subject is the talks, not the road)."""
    if words[0].casefold() not in _DETERMINERS:
        return False
    cut = next((s for s, e in breaks if e == at), None)
    if cut is None:
        return False
    head = text[max((e for _, e in breaks if e <= cut), default=0) : cut]
    return bool(head.split()) and _FINITE.search(head) is None


def _clause_ends(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _BREAK.finditer(text)]


def _times(text: str) -> list[Written]:
    # A weekday or date that dates a statement ("said on Monday") or a past act is blanked
    # first; a time that points back ("last month") dates nothing due.
    blanked = _blank_past_days(text)
    # nor does a time that qualifies a noun ("today's retirees").
    backward = outlook().backward
    return [
        d
        for d in find_dates(blanked)
        if backward.search(f"{d.lead} {d.text}") is None
        and not (d.kind == "relative" and text.startswith(("'s", "’s"), d.end))
    ]


def _blank_past_days(text: str) -> str:
    """``text`` with each statement or past act dated by a time (:data:`_PAST_DAY`) blanked."""
    if _ANY_PAST_TIME.search(text) is None:
        return text
    return _PAST_DAY.sub(lambda m: " " * len(m.group()), text)


def _horizon_class(text: str, lex: OutlookLexicon, gates: _Gates) -> str | None:
    text = _blank_past_days(text)
    low = folded(text)
    for (name, pattern), gate in zip(lex.horizons, gates.horizons, strict=True):
        if gate.possible(low) and pattern.search(text):
            return name
    return None


def _pick_time(
    text: str, dates: list[Written], cue: _Cue, start: int, end: int, next_cue: int
) -> Written | None:
    """The date of the clause: the first after the cue, else the last before it; else the
    first date after the clause and before the sentence's next future ("will deliver gas,
    about a third of its needs, starting in the first quarter of 2027")."""
    inside = [d for d in dates if start <= d.start < end]
    after = [d for d in inside if d.start >= cue.start]
    if after:
        if (
            len(after) > 1
            and after[0].kind == "weekday"
            and after[1].kind == "day"
            and after[1].start - after[0].end <= 2
        ):
            return after[1]  # "on Friday, Nov. 13": the day the weekday names
        return after[0]
    if inside:
        return inside[-1]
    later = next((d for d in dates if end <= d.start < next_cue), None)
    if later is None:
        return None
    # Not a date of a relative clause: "the interconnector, which opened in 2022".
    lead = text[_clause_start(text, later.start) : later.start]
    return None if _RELATIVE.match(lead) else later


def describe(
    text: str, at: int, asides: list[tuple[int, int]] | None = None, *, joined: bool = True
) -> str:
    """The clause ``text`` (with the cue at ``at``), as a description of at most about 25
    words: asides left out, a leading conjunction dropped, cut at an inner start when the cue
    is far in, and with an ellipsis when still too long. A whole sentence (not ``joined``)
    keeps its first word ("That will take time")."""
    if asides:
        for a_start, a_end in sorted(asides, reverse=True):
            text = text[:a_start] + " " + text[a_end:]
            if at >= a_end:
                at -= a_end - a_start - 1
    cut = False
    if len(text[:at].split()) >= _DESCRIPTION_WORDS - 8:
        inner = [m.end() for m in _INNER_START.finditer(text, 0, at)]
        # Not a relative "that" ("a road that would link"): a clause has its subject first.
        inner = [
            i for i in inner if len(text[i:at].split()) >= 2 and not _HEADLESS_START.match(text, i)
        ]
        if inner:
            text, at, cut = text[inner[-1] :], at - inner[-1], True
    if not cut and len(text[:at].split()) >= _DESCRIPTION_WORDS - 2:
        # The cue would fall past the cut: keep the subject and the verb phrase that holds it.
        seconds = list(_SECOND_PREDICATE.finditer(text, 0, at))
        subject = _SUBJECT.match(text)
        if seconds and subject is not None and subject.end(1) < seconds[-1].start():
            head, tail = subject.group(1) + " … ", text[seconds[-1].end() :]
            at = len(head) + at - seconds[-1].end()
            text = head + tail
    text = " ".join(text.split())
    lead = _CONJUNCTION.match(text) if joined or cut else None
    text = text[lead.end() :] if lead is not None else text
    text = text[:1].upper() + text[1:]
    words = text.split()
    if len(words) > _DESCRIPTION_WORDS:
        keep = _DESCRIPTION_WORDS
        if words[keep][:1].isdigit() and _MONTH_WORD.fullmatch(words[keep - 1].rstrip(".")):
            keep += 1  # a date is not cut in two: "on Jan. 14", not "on Jan.…"
        if len(words) == keep:
            return " ".join(words).rstrip(" ,;:.") + "."
        words = trim_dangling(words[:keep], keep=6, modals=True)
        return " ".join(words).rstrip(",;:") + "…"
    out = text.rstrip(" ,;:")
    return out if out.endswith(("?", "!", "…")) else out.rstrip(".") + "."


# A relative clause that tells what something provides ("under which", "whereby"): a reported
# "would" there is the terms of a text, not a forecast.
_TERMS = re.compile(r"\s*(?:(?:under|by|in) which|whereby)\b", re.I)
# A sentence that tells what one side gives for another's concession: the terms of a deal.
_IN_RETURN = re.compile(r"[\"“‘']?(?:in return|in exchange)\b", re.I)
# A modal whose subject is a hypothetical act ("any such move would", "such a step could").
_ANY_SUCH = re.compile(
    r"\b(?:any|such an?)(?: such)?(?: [\w-]+)? (?:move|step|attempt|action|decision|deal"
    r"|recognition|deployment|plan)s? (?:would|could|might|will)\b",
    re.I,
)
# "Analysts said a deal would matter more to Moscow than to Beijing": what an indefinite deal,
# not yet made, would do is a judgement of its worth, not a coming event.
_WORTH = re.compile(
    r"\b(?:an?|any) (?:[\w-]+ )?(?:deal|agreement|accord|settlement|truce|ceasefire) "
    r"(?:would|could|might) (?:matter|mean|give|hand|offer|bring|help|hurt|benefit|cost|"
    r"be (?:worth|a (?:boost|blow|win|victory|setback)))\b",
    re.I,
)
# Between a modal and a time phrase, a clause of its own that the time dates: "the terms could
# change before Tokayev visits Beijing later this month" (the visit is due, the change is not).
_DATED_CLAUSE = re.compile(r"\b(?:before|after|until|when|once|ahead of)\b", re.I)


_EARLIEST = re.compile(r"\bas (?:early|soon) as\s+$", re.I)


def _hedged(text: str, start: int, end: int, cue: _Cue) -> bool:
    """Whether the time phrase ``cue`` dates a possibility ("may", "could"), not a future."""
    hedges = list(outlook().hedges.finditer(text, start, end))
    if not hedges:
        return False
    if _EARLIEST.search(text, max(0, cue.start - 16), cue.start):
        return False  # "could take place as early as Friday": a date set, at the earliest
    before = [h for h in hedges if h.end() <= cue.start]
    if before and len(before) == len(hedges):
        return _DATED_CLAUSE.search(text, before[-1].end(), cue.start) is None
    return True


# A pronoun that opens a description, as its subject or its subject's possessor; the value is
# whether it refers to a person (None: either, and never told by a name).
_PRONOUNS = {
    "he": True, "she": True, "his": True, "her": True,
    "it": False, "its": False,
    "they": None, "their": None, "we": None, "our": None, "i": None, "my": None,
}  # fmt: skip
_POSSESSIVES = frozenset({"his", "her", "its", "their", "our", "my"})
# The head of a sentence: the words before its first verb ("Austrian energy group OMV said"),
# up to a time or place phrase ("Colombia on Tuesday rejected": "Colombia").
_HEAD = re.compile(
    r"^[\"“‘']?((?:[\w.'’&-]+\s+){0,6}?[\w.'’&-]+?)"
    r"(?:\s+(?:on|in|at|last|this|earlier|later|also|now|too|yesterday|today)\b[^,;]*?)?"
    r"\s+(?:said|says|told|tells|added|announced|is|are|was|were|has|have|had|will|would|\w+ed)\b"
)
# Another subject between the head and the pronoun ("..., the Fund said on Wednesday, and its
# board is expected to"): the pronoun is the nearer one's, told when a verb follows the name
# ("..., and Norway, which is not a member, has said it will": not told).
_OTHER_SUBJECT = re.compile(
    r"[,;]\s+(?:(?:and|but|while|whereas|as|saying|so)\s+)?(?=(?:the\s+)?[\"“‘']?[A-Z])"
)
_SUBJECT_AT = re.compile(
    r"((?:[Tt]he\s+)?[A-Z][\w.'’&-]*(?:\s+(?:[A-Z][\w.'’&-]*|of|for|de))*)"
    r"(?:\s+(?:also|on|in|last|this)\b[^,;]*?)?"
    r"\s+(?:said|says|told|tells|added|announced|is|are|was|were|has|have|had|will|would|\w+ed)\b"
)
# Who reports the clause that holds the pronoun: "the utility said", "Tepco told reporters".
_REPORTER = re.compile(
    r"\b((?:[Tt]he\s+)?[\w'’-]+(?:\s+(?:[A-Z][\w.'’&-]*|of|for|de))*)"
    r"\s+(?:said|says|told\s+[\w-]+(?:\s+[\w-]+)?|added|announced|confirmed|warned)"
    r"(?:\s+(?:on|in)\s+[\w-]+)?(?:\s+that)?\s*$"
)
_CAPITALISED = re.compile(r"\b[A-Z][\w'’.-]*")
_MONTH_WORD = re.compile(_MONTH)
_CALENDAR_WORD = re.compile(rf"(?:{_MONTH}|{_WEEKDAY})")
_NAME_LINKS = frozenset({"of", "the", "for", "de", "and", "&"})


@lru_cache(maxsize=1)
def _person_words() -> frozenset[str]:
    """Words that make a head a person: given names, honorifics, title words, role nouns."""
    titles = lexicon("en").titles
    words = {t.split()[-1] for t in titles.titles}  # "Minister" of "Foreign Minister"
    roles = {r.split()[-1] for r in titles.role_nouns}
    return frozenset({*lexicon("en").first_names.given, *titles.honorifics, *words, *roles})


def _is_person(head: str) -> bool | None:
    """Whether ``head`` names a person (True), a body or place (False), or cannot be told."""
    words = head.split()
    known = gazetteer().get(" ".join(w for w in words if w[:1].isupper()))
    if known is not None:
        return known.entity.kind == "person"
    if any(w.strip(".,") in _person_words() for w in words):
        return True
    common = [w for w in words if w[:1].islower() and w not in _NAME_LINKS]
    return False if common or words[0].casefold() == "the" else None


def _names_something(text: str) -> bool:
    """Whether ``text`` names anything: a capitalised word after its first (not a date)."""
    return any(
        m.start() > 0
        and m.group() != "I"
        and _CALENDAR_WORD.fullmatch(m.group().rstrip(".")) is None
        for m in _CAPITALISED.finditer(text)
    )


# A reported clause whose subject is a pronoun: "Baisalov said it would be provided".
_REPORTED_PRONOUN = re.compile(
    r"^(.+?)\s+(?:said|says|told \S+(?: \S+)?|added|announced)(?:\s+that)?\s+(it|he|she)\b"
)


def _antecedent(sentence: str, previous: str | None) -> str | None:
    """The name a pronoun that opens ``sentence`` as its subject ("He said ...") stands for:
    the subject of the sentence before, when it names one of the pronoun's kind."""
    head = _HEAD.match(sentence)
    if head is None or previous is None:
        return None
    pronoun = head.group(1).strip("\"“‘'").casefold()
    if pronoun not in ("he", "she", "it"):
        return None
    before = _HEAD.match(previous)
    if before is None:
        return None
    name = before.group(1)
    words = name.split()
    if words[0].casefold() in _PRONOUNS or " and " in f" {name} ":
        return None
    wanted = _PRONOUNS[pronoun]
    if _is_person(name) not in ((True, None) if wanted else (False,)):
        return None
    return name[:1].upper() + name[1:]


def _named(description: str, sentence: str, at: int, previous: str | None = None) -> str | None:
    """``description`` (told from ``sentence[at:]``) with a pronoun that opens it told by the
    sentence's named subject when the two agree and no other subject stands between ("its
    claim is due to be heard", of a sentence that opens "Austrian energy group OMV said":
    "Austrian energy group OMV's claim ..."); None when it opens on a pronoun and names nothing
    ("He said it would be provided next year"); else as it is."""
    first = description.split(" ", 1)
    pronoun = first[0].strip("\"“‘'").casefold()
    if pronoun not in _PRONOUNS or len(first) < 2:
        return _of_its_subject(description)
    antecedent = _antecedent(sentence, previous)
    if antecedent is not None:
        if at == 0:  # the sentence whole: "He hoped to ..." of "Piantedosi said ... He hoped"
            return _of_its_subject(antecedent + " " + first[1], _PRONOUNS[pronoun])
        opening = sentence.split(" ", 1)
        sentence = antecedent + " " + (opening[1] if len(opening) > 1 else "")
        at += len(sentence) - len(" ".join(opening))
    head = _HEAD.match(sentence)
    wanted = _PRONOUNS[pronoun]
    reporter = _REPORTER.search(sentence[:at])
    if reporter is not None:  # "a case the utility said it would settle": the utility
        head = reporter
    elif head is not None and wanted is not None and head.end() <= at:
        others = list(_OTHER_SUBJECT.finditer(sentence, head.end(), at))
        if others:
            head = _SUBJECT_AT.match(sentence, others[-1].end())
    if head is not None and wanted is not None and head.end() <= at:
        name = head.group(1)
        words = name.split()
        if (
            (words[0].casefold() == "the" or any(w[:1].isupper() for w in words))
            and words[0].casefold() not in _PRONOUNS
            and " and " not in f" {name} "
            and _is_person(name) in ((True, None) if wanted else (False,))
        ):
            name = name[:1].upper() + name[1:]
            told = name + ("’s" if "’" in sentence else "'s") if pronoun in _POSSESSIVES else name
            return _of_its_subject(told + " " + first[1])
    return _of_its_subject(description) if _names_something(description) else None


def _of_its_subject(description: str, person: bool | None = None) -> str | None:
    """``description``, or None when the clause it reports has a pronoun for its subject that
    cannot be the reporter's ("Baisalov said it would be provided next year": what is?).
    ``person``: whether the reporter is a person, when a pronoun told it ("He said ...")."""
    found = _REPORTED_PRONOUN.match(description)
    if found is None:
        return description
    if person is None:
        person = _is_person(found.group(1))
    if found.group(2) == "it":
        return None if person is True else description
    return None if person is False else description


def _likelihood(cue: _Cue, clause: str, lex: OutlookLexicon) -> str:
    if lex.hedges.search(clause):
        return "low"
    if cue.kind == "time" or lex.conditions.search(clause):
        # A bare time phrase says nothing of how likely; "will widen sanctions if the survey
        # continues" is as likely as its condition.
        return "unclear"
    return cue.likelihood


def shorten(text: str, limit: int = _MAX_DESCRIPTION) -> str:
    """``text`` cut at a word boundary to at most ``limit`` characters."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:")
    return cut + "…"


def _signals(
    sentence: Sentence,
    quoted: list[tuple[int, int]],
    published: date | None,
    lex: OutlookLexicon,
    gates: _Gates,
    reference: tuple[int, int] | None = None,
    previous: str | None = None,
) -> list[Signal]:
    """The signals of one sentence: one per clause with a future in it, at most two.
    ``reference``: the article's own month and day (published, or its dateline); ``previous``:
    the sentence before in its paragraph, where a pronoun that opens this one may be named."""
    text = sentence.masked
    cues = _cues(text, quoted, lex, gates, reference)
    if not cues:
        return []
    # Where the sentence dates itself in the past ("In 2019, Iran said ..."): a reported or
    # bare-time future after that point is a past expectation. Searched (case-insensitively,
    # slow) only when such a cue comes up; ``-1`` until then.
    past: int | None = -1
    dates = _times(sentence.text)
    found: list[Signal] = []
    taken: list[tuple[int, int]] = []
    for cue in cues:
        if len(found) >= _PER_SENTENCE:
            break
        if cue.kind in ("reported", "time", "decision"):
            if past == -1:
                marker = lex.past_markers.search(text)
                past = marker.start() if marker is not None else None
            if (
                past is not None
                and past < cue.start
                and not (cue.kind == "decision" and text.startswith("had ", past))
            ):
                continue  # "In 2019, Iran said it would ...": a past expectation
        start, end, asides = _clause(text, cue)
        later = [c.start for c in cues if c.start > cue.end]
        # A date inside an aside dates the aside ("Somaliland, which declared independence in
        # 1991, said it would ..."), not what is due.
        own = [d for d in dates if not any(a <= d.start < b for a, b in asides)]
        written = _pick_time(text, own, cue, start, end, min(later, default=len(text)))
        if written is not None and written.start >= end:
            # The date is told after the clause: the quote runs on to show it.
            end = next((b for b, _ in _clause_ends(text) if b >= written.end), len(text))
        if any(s <= cue.start < e or start <= s < end for s, e in taken):
            continue
        if not _due(text, cue, start, written, reference, published):
            continue
        # The clause must hold the article's words: a masked citation leaves nothing to quote.
        offset = sentence.quote_start - sentence.start
        q_start, q_end = max(start, offset), min(end, offset + len(sentence.quote))
        if q_end - q_start < 10 or not (q_start <= cue.start < q_end):
            continue
        if cue.kind == "reported" and _TERMS.match(text, start):
            continue  # "a memorandum, under which Somaliland would lease ...": its terms
        if cue.kind != "time" and (
            _IN_RETURN.match(text)
            or _ANY_SUCH.search(text, max(0, cue.start - 40), cue.end)
            or _WORTH.search(text, max(0, cue.start - 40), cue.end + 40)
        ):
            # "In return, Ethiopia would consider recognising ...": a deal's terms; "any such
            # move would be a violation": what would follow a hypothetical. Neither is due.
            continue
        if cue.kind == "time" and _hedged(text, start, end, cue):
            continue  # "could step up drills in the coming weeks": a possibility, dated
        if _GUESSED_MIND.search(text, q_start, cue.end) is not None:
            # "Chavez may well hope that the quarrel rallies his supporters before next
            # year's vote", "may have rather different expectations about their upcoming
            # meeting": the writer's guess at what a side wants, no event to watch.
            continue
        if written is not None and written.kind in ("day", "month", "year"):
            horizon: str | None = written.text
        elif written is not None and written.kind == "weekday":
            horizon = "days"
        else:  # the span a time phrase gives, read only when no date was written
            horizon = _horizon_class(text[start:end], lex, gates)
        untimed = horizon is None
        if _inside(cue.start, quoted) and (untimed or cue.kind == "time"):
            continue  # a stance in a quotation, with no time to watch for (or no verb)
        when = resolve(written, published, ahead=True) if written is not None else None
        dated = written is not None and written.year is not None and when is not None
        if dated and published is not None and when is not None and before(when, published):
            continue  # "in 2018": the past, whatever the verb
        lead = _CONJUNCTION.match(sentence.text, q_start, q_end)
        if lead is not None and start > 0:
            q_start = lead.end()  # "and its ministers are due to ...": the claim, not the joint
        # The future must be the clause's own, and the clause a statement.
        own_start = max([q_start, *(b for _, b in asides if b <= cue.start)])
        subordinator = _subordinate(text, own_start, cue.start, lex)
        if subordinator is not None and not lex.relatives.fullmatch(subordinator):
            continue  # "how the system would be funded", "for fear that he will"
        if untimed and (_opinion(text, own_start, cue, lex) or lex.states.match(text, cue.start)):
            continue  # "many will deplore", "insists his tactics will", "will be better off"
        standing = _standing(text, offset, q_start, lex)
        if standing == "dependent" or (standing == "cut" and subordinator is None):
            # A fronted phrase ("Under the deal, signed in Sofia, Sabine Crest will"), or a
            # reported clause after a cut subject ("said in an address that the army would").
            inner = _own_clause(text, q_start, cue.start, lex)
            if inner is not None:
                q_start, standing = inner, "joined"
        if standing == "dependent":
            continue  # "for fear that he will", "combined with ... next year"
        if standing == "cut" or (subordinator is not None and standing != "whole"):
            # The subject is before the clause ("and could finalise", "the Congress, which is
            # expected to vote", unless the clause starts the sentence): the whole sentence
            # tells it, if short enough and if no other signal of the sentence holds part of it.
            q_start, q_end = offset, offset + len(sentence.quote)
            standing = "whole"
            if (
                any(q_start <= s < q_end for s, _ in taken)
                or len(sentence.quote.split()) > _WHOLE_WORDS
                or lex.conditional.search(text, q_start, cue.start)
            ):
                continue
            start, end = q_start, q_end
        quote = sentence.clause(q_start, q_end)
        if len(quote.split()) < 4:
            continue
        at = sentence.text.find(quote, q_start)
        local = [(a - at, b - at) for a, b in asides if at <= a and b <= at + len(quote)]
        told = _named(
            describe(quote, max(0, cue.start - at), local, joined=standing == "joined"),
            sentence.quote,
            max(0, at - offset),
            previous,
        )
        whole = len(sentence.quote.split()) <= _DESCRIPTION_WORDS and at > offset
        if told is None and whole and not any(offset <= s < end for s, _ in taken):
            # Its subject is a pronoun the clause cannot name ("which officials said they
            # expected before the end of the year"): the short sentence it is cut from tells it.
            quote, at = sentence.quote, offset
            start = offset
            told = _named(describe(quote, max(0, cue.start - at), joined=False), quote, 0, previous)
        if told is None:
            continue  # "He said it would be provided next year": about nothing it names
        taken.append((start, end))
        found.append(
            Signal(
                description=told,
                horizon=horizon,
                likelihood=_likelihood(cue, text[start:end], lex),
                quote=quote,
                sentence=sentence.index,
                when=when,
            )
        )
    return found


# A date counted from: "since the July 2023 coup", "after the March election".
_SINCE_BEFORE = re.compile(r"\b(?:since|after|following)(?: the)? $")


def _due(
    text: str,
    cue: _Cue,
    start: int,
    written: Written | None,
    reference: tuple[int, int] | None,
    published: date | None = None,
) -> bool:
    """Whether the date of a clause lets its cue stand. A decision ("agreed to hold talks") or
    a time limit ("until May") is something to watch only with a date of its own, and a time
    limit only one the article's date puts ahead (read to the nearer year), under no past
    form; a bare time phrase dated before the article's date is the past. A verb's own future
    ("will hold elections in July", "said the link would carry passengers from January")
    tells its date is ahead, whatever the month."""
    if cue.kind == "deadline":
        if written is None or not cue.end <= written.start <= cue.end + 1:
            return False
        if _PAST_FORM.search(text, start, cue.start):
            return False
        if written.year is not None:
            return published is not None  # the past is told by the article's own date
        return reference is not None and ahead_of(written, reference) is True
    if cue.kind == "due":
        # "the election due in August": the word itself tells the date is ahead.
        if written is None or written.start < cue.end:
            return False
        return written.year is None or published is not None
    if cue.kind == "backshifted":
        return (
            written is not None
            and written.start >= cue.end
            and written.kind in ("day", "month")
            and written.year is None
            and reference is not None
            and ahead_of(written, reference) is True
        )
    if cue.kind == "scheduled":
        # A timetable's own date, after its verb, ahead of the article's: a weekday in the
        # present tense is the coming one; a year only with the article's own date.
        if written is None or written.start < cue.end or _PAST_FORM.search(text, start, cue.start):
            return False
        if written.kind == "weekday":
            return True
        if written.kind == "relative":
            return (written.relative or "").casefold().startswith(("next", "later", "this"))
        if written.year is not None:
            return published is not None
        return reference is not None and ahead_of(written, reference) is True
    if cue.kind == "decision":
        # What was decided is due by its own date after it: a day or a month ahead, a year
        # the article's own date tells from the past ("promised to propose a ban by the end
        # of 2027"), a time that points forward ("in the first half of next year").
        if written is None or written.start < cue.end:
            return False
        if written.kind == "relative":
            return (written.relative or "").casefold().startswith(("next", "later"))
        if written.kind == "year":
            return published is not None
        if written.kind not in ("day", "month"):
            return False
        if _SINCE_BEFORE.search(text, max(0, written.start - 16), written.start):
            return False  # "a closure ... since the July 2023 coup": a date the past counts from
        return reference is None or ahead_of(written, reference) is not False
    if cue.kind == "time" and written is not None and reference is not None:
        return ahead_of(written, reference) is not False
    return True


def find_signals(
    sentences: list[Sentence],
    published: date | None = None,
    dateline: tuple[int, int] | None = None,
) -> list[Signal]:
    """Every signal of the article, those with a time first, then by likelihood, then in
    article order; a repeated sentence once. ``dateline``: the month and day a story files
    under, its own date when it has no ``published`` one."""
    reference = (published.month, published.day) if published is not None else dateline
    lex = outlook()
    gates = _gates()
    quoted = _quoted_spans(sentences)
    signals: list[Signal] = []
    seen: set[str] = set()
    previous: Sentence | None = None
    for sentence in sentences:
        before, previous = previous, sentence
        if before is not None and before.paragraph != sentence.paragraph:
            before = None
        if not _whole(sentence) or _question(sentence):
            continue
        key = name_key(sentence.quote)
        if key in seen:
            continue
        seen.add(key)
        signals += _signals(
            sentence,
            quoted.get(sentence.index, []),
            published,
            lex,
            gates,
            reference,
            before.quote if before is not None else None,
        )
    signals.sort(key=lambda s: (not s.timed, _LIKELIHOOD_ORDER[s.likelihood], s.sentence))
    return signals
