"""How a clause reports what it tells: as happening, or not.

A cue word makes an event only when its clause reports it as happening now. The same words
also appear negated ("no agreement"), under a modal ("could face retaliatory duties"), in a
condition ("unless Washington is prepared to sanction ..."), a question ("asked whether Mexico
might take the dispute to a panel"), a hedge ("unlikely to agree"), a wish ("has demanded a
binding agreement"), an analyst's opinion, or as background ("signed in 2009", "had briefed").
:func:`mood` reads which, from the words before the cue; :func:`read_frames` finds who only
reports a sentence (the speaker), and whether that speaker is an analyst; :func:`role` tells an
actor who takes part from one who only hosts, mediates, judges or is the place it happened.

Everything here reads *scrubbed* text: the sentence lower-cased, actor names blanked with "_",
offsets unchanged (see :mod:`._events`).
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from summarizer._engines.offline._aimed import aimed_at
from summarizer._engines.offline._cast import Actor, Cast
from summarizer._engines.offline._fronted import fronted_subject
from summarizer._engines.offline._pair_named import closes_pair
from summarizer._engines.offline._prefilter import Needs, folded, needs
from summarizer._engines.offline._sentences import Sentence
from summarizer._lexicon import lexicon

REAL = "real"
PROPOSED = "proposed"  # a real proposal or plan: a deal that is only proposed
UNREAL = "unreal"  # negated, modal, conditional, asked, hedged, wished, an analyst's view
BACKGROUND = "background"  # what happened before the news: "signed in 2009", "had briefed"

# How far back from a cue a negation, modal or hedge may stand and still govern it: an
# auxiliary and an adverb or two ("would not have signed", "could also face").
_NEAR_WORDS = 4


_END = sys.maxsize  # a search's default end: the text's


@dataclass(frozen=True, slots=True)
class Reading:
    """The compiled ``reading`` patterns of ``events.json``, by name."""

    patterns: dict[str, re.Pattern[str]]
    directed: frozenset[str]
    symmetric: frozenset[str]
    gates: dict[str, Needs] = field(default_factory=dict)
    """Each pattern's needed strings (:mod:`._prefilter`), found when first asked for."""

    def __getitem__(self, name: str) -> re.Pattern[str]:
        return self.patterns[name]

    def may_match(self, name: str, text: str) -> bool:
        """Whether pattern ``name`` may match in ``text``: a text that holds none of the
        strings every match needs is not worth searching. A pattern whose alternatives all
        open on ``\\b`` is tried at every character; a test in C on the text is far faster."""
        gate = self.gates.get(name)
        if gate is None:
            gate = self.gates[name] = needs(self.patterns[name])
        return gate.possible(folded(text))

    def search(
        self, name: str, text: str, pos: int = 0, endpos: int = _END
    ) -> re.Match[str] | None:
        """``self[name].search(text, pos, endpos)``, not run where :meth:`may_match` rules
        a match out (any match lies in ``text[pos:endpos]``)."""
        if not self.may_match(name, text[max(pos, 0) : max(endpos, 0)]):
            return None
        return self.patterns[name].search(text, pos, endpos)

    def finditer(self, name: str, text: str) -> Iterator[re.Match[str]]:
        """``self[name].finditer(text)``, not run where :meth:`may_match` rules a match out."""
        if not self.may_match(name, text):
            return iter(())
        return self.patterns[name].finditer(text)


@lru_cache(maxsize=1)
def reading() -> Reading:
    raw = lexicon("en").events
    patterns = {name: re.compile(source) for name, source in raw.reading}
    # Words that may head a cue's governing stretch: each is searched only in that stretch.
    return Reading(patterns, raw.directed_labels, raw.symmetric_labels)


@dataclass(frozen=True, slots=True)
class Frame:
    """Who only reports a sentence, and how."""

    speakers: tuple[tuple[int, int], ...] = ()
    """Sentence-relative spans of the attribution ("the African Union said on Monday")."""
    analyst: bool = False
    """The sentence is the view of an analyst, expert or lawyer, not news."""
    question: bool = False
    reported: int = -1
    """Where the first reporting verb ends: a past perfect after it is reported speech."""
    names: tuple[tuple[int, int], ...] = ()
    """Sentence-relative spans of status nouns that are part of a name ("the Paris Agreement",
    "the United States-Mexico-Canada Agreement"): a name says nothing of what is done now."""

    def in_name(self, at: int) -> bool:
        return any(s <= at < e for s, e in self.names)

    def speaks(self, at: int) -> bool:
        return any(s <= at < e for s, e in self.speakers)


_WORD = re.compile(r"\S+")
_QUOTE_OPEN = re.compile(r"^\s*[\"“']")
# A segment that is only an attribution: "the African Union said on Monday", "he told
# reporters", or the inverted "said Hamid Farahani, a senior fellow at ...".
_ATTRIBUTION = re.compile(
    r"^[\"”“]?\s*(?:[\w_'’.-]+ ){0,8}?(?:said|says|say|told|tells|added|adds|noted|wrote|writes)"
    r"(?: (?:\w+ ){0,3}(?:on|in|at|late|earlier|later|this|last|after|before) [\w_ ]{0,30}"
    r"| (?:reporters|journalists|an? (?:[\w-]+ ){0,2}(?:briefing|conference)|\w+)){0,2}[\s.\"”]*$"
    r"|^[\"”“]?\s*(?:said|says|added|adds|noted|wrote) _[_ .'’-]*(?:,|[.\"”]*\s*$)"
    # "Energy Minister _ told the Financial Times": the outlet is a name the cast may lack.
    r"|^[\"”“]?\s*(?:[\w_'’.-]+ ){0,8}?(?:told|tells) (?:the )?(?:[\w-]+ ){0,2}"
    r"(?:times|post|journal|news|newspaper|daily|magazine|television|tv|radio|broadcaster)"
    r"(?: (?:\w+ ){0,3}(?:on|in|at|late|earlier|later|this|last) [\w_ ]{0,30})?[\s.\"”]*$"
)
# A quote closed by its own punctuation, right before a segment: '..., he said.' or '...," X said'.
_QUOTE_CLOSED = re.compile(r"[,.!?][\"”]\s+$")
_QUOTED_SPEAKER = re.compile(r"(?:[\w_'’.-]+ ){1,8}?(?:said|says|told|added|adds)\b")
# ('[,;:]\s+|["”]\s+|\s+[—–]\s+', opening on the one class every match opens with: ``re``
# skips in C to where one stands.)
_SEGMENTS = re.compile(r"[,;:\"”\s](?:(?<=[,;:\"”])\s+|(?<=\s)\s*[—–]\s+)")
# The reporting verbs one of which an attribution holds: a sentence without any has none.
_ATTRIBUTION_NEEDS = needs(_ATTRIBUTION)
_LEADING_LIMIT = 14  # words of a subject before "said": a longer stretch holds a clause
_PRONOUN_SPEAKER = re.compile(r"(?:^|[\"”,]\s*)(?:he|she|they) (?:said|says|added|told)\b")


def _attributions(low: str, triggers: list[int]) -> tuple[list[tuple[int, int]], int]:
    """Spans of the attribution segments of a sentence, and where the first reporting verb
    ends (-1 when there is none)."""
    r = reading()
    spans: list[tuple[int, int]] = []
    first = r["reporting"].search(low)
    reported = first.end() if first is not None else -1
    # Leading: "Spokesperson Guo Wen told a news briefing that ...": the stretch before the
    # verb is the speaker, if no cue stands in it (then its subject does the thing).
    if first is not None and first.group().startswith(("said", "says", "told", "tells", "wrote")):
        head = low[: first.start()]
        if (
            len(head.split()) <= _LEADING_LIMIT
            and not any(t < first.start() for t in triggers)
            and not _QUOTE_OPEN.match(head)
        ):
            spans.append((0, first.end()))
    cuts = (
        [0, *(x for m in _SEGMENTS.finditer(low) for x in m.span()), len(low)]
        if _ATTRIBUTION_NEEDS.possible(folded(low))
        else []
    )
    for start, end in zip(cuts[0::2], cuts[1::2], strict=True):
        segment = low[start:end]
        if not segment.strip():
            continue
        match = _ATTRIBUTION.match(segment)
        if match is None:
            # '"...," Malian Foreign Minister Abdoulaye Diop said after a meeting of ...': the
            # names before the verb right after a closed quote are its speaker, whatever
            # follows the verb.
            lead = _QUOTED_SPEAKER.match(segment) if _QUOTE_CLOSED.search(low, 0, start) else None
            if lead is not None and not any(start <= t < start + lead.end() for t in triggers):
                spans.append((start, start + lead.end()))
            continue
        if re.match(r"[\"”“ ]*(?:said|says|added|adds|noted|wrote) _[_ .'’-]*,", segment):
            end = len(low)  # the inverted form runs on through the speaker's description
        if not any(t in range(start, end) for t in triggers) or end == len(low):
            spans.append((start, end))
    according = re.search(r"\baccording to\b", low) if "according to" in low else None
    if according is not None:
        stop = _SEGMENTS.search(low, according.end())
        spans.append((according.start(), stop.start() if stop else len(low)))
    return spans, reported


def read_frames(
    sentences: list[Sentence], lows: list[str], triggers: list[list[int]], cast: Cast
) -> list[Frame]:
    """The frame of every sentence; an analyst's quote runs on through the sentences of the
    paragraph that continue it ('"...," he said. "..."')."""
    r = reading()
    frames: list[Frame] = []
    previous_analyst = False
    previous_paragraph = -1
    for sentence, low, found in zip(sentences, lows, triggers, strict=True):
        spans, reported = _attributions(low, found)
        named = [
            a
            for a in (cast.in_span(sentence.start, sentence.end) if spans else ())
            if any(
                s <= at - sentence.start < e
                for s, e in spans
                for at in a.starts_in(sentence.start, sentence.end)
            )
        ]
        analyst = any(r.search("analyst", low, s, e) for s, e in spans) or any(
            r["analyst"].search(a.role.casefold()) for a in named if a.role
        )
        if not analyst and r["analyst"].match(low.lstrip('"“ ')) is not None:
            # "Analysts said ...", "Security experts said ..." opening the sentence.
            analyst = reported > 0 and len(low[:reported].split()) <= 4
        if sentence.paragraph != previous_paragraph:
            previous_analyst = False
        continues = not named and (
            _QUOTE_OPEN.match(sentence.text) is not None or _PRONOUN_SPEAKER.search(low) is not None
        )
        if continues and previous_analyst:
            analyst = True
        question = sentence.text.rstrip("\"”’' ").endswith("?") or bool(r.search("question", low))
        names = tuple(m.span("word") for m in r.finditer("status_name", sentence.masked))
        frames.append(Frame(tuple(spans), analyst, question, reported, names))
        if named or not continues:
            previous_analyst = analyst
        previous_paragraph = sentence.paragraph
    return frames


def _near(left: str, words: int = _NEAR_WORDS) -> str:
    """The last ``words`` words of ``left`` (with a leading space, so ``\\b`` works)."""
    parts = left.split()
    return " " + " ".join(parts[-words:]) + " " if parts else " "


_OWNED_CUE = re.compile(r"(?:its|their) ")


def presupposed(low: str, seg_start: int, t0: int) -> bool:
    """The cue is a noun the text takes as existing: "the dispute", "Iran's proposal", or a
    cue that opens with its owner's pronoun ("would not withdraw its case against Israel")."""
    return (
        reading().search("presupposed", low, max(seg_start, t0 - 60), t0) is not None
        or _OWNED_CUE.match(low, t0) is not None
    )


# "announced that they would": the decision is made; what follows is its content.
_ANNOUNCED_THAT = re.compile(
    r"\b(?:announced|declared|confirmed|decided)(?: on \w+)? that (?:\S+ ){1,4}$"
)
# "without agreeing the terms of ...": what the gerund governs is not done.
_WITHOUT_ACT = re.compile(r"\bwithout \w+ing\b(?: [\w'’-]+){0,8} $")
_NEW_PREDICATE = re.compile(r"\b(?:and|but) (?:also |then |later )?(?=\w+ed\b|$)")
_BARE_VERB = re.compile(r"[a-z]+(?<!ed)(?<!s)(?<!ing)(?<!ment)\b(?!-)")
_IMAGINED_AFTER = re.compile(r"\S* (?:\S+ )?(?:would|could|might|must|should)\b")
_INDEFINITE_BEFORE = re.compile(r"\b(?:a|an|any|such an?)(?: \S+){0,2} $")


# "paved the way for", "cleared the way for", "opened the door to", "set the stage for": what
# follows is made possible, not done.
_OPENS_WAY = re.compile(
    r"\b(?:pav(?:e|es|ed|ing) the way|clear(?:s|ed|ing)? the way|open(?:s|ed|ing)? the "
    r"(?:door|way)|set(?:s|ting)? the stage) (?:for|to)\b(?: [\w'’-]+){0,4}? ?$"
)


def mood(
    low: str,
    seg_start: int,
    clause_end: int,
    t0: int,
    t1: int,
    *,
    deal: bool,
    frame: Frame,
) -> str:
    """How the clause reports the cue at ``t0:t1``: :data:`REAL`, :data:`PROPOSED`,
    :data:`UNREAL` or :data:`BACKGROUND`. Offsets are sentence-relative."""
    r = reading()
    left = low[seg_start:t0]
    if frame.analyst or frame.question or r.search("condition", left):
        return UNREAL
    opening = r["condition_opening"].match(low)
    if not deal and (
        # "If the talks fail, Rwanda could argue that ... while fighting continues": what a
        # condition opening the sentence governs, or what someone might argue, is imagined.
        (opening is not None and opening.end() <= t0)
        or r.search("imagined_speech", low, max(0, t0 - 150), t0)
    ):
        return UNREAL
    if r["supported_cue"].match(low, t0) and r["support"].search(low, max(seg_start, t0 - 60), t0):
        # "the bloc stands behind Guyana's sovereignty": backing a state's claim is no claim
        # against anyone.
        return UNREAL
    near = _near(left)
    definite = presupposed(low, seg_start, t0)
    # A negation or modal anywhere before the cue in its stretch governs it and what it
    # governs ("could widen sanctions on officials ... in disputed waters"); a hedge only the
    # noun it stands before ("every compromise").
    # "refused to recognise the result and accused Russia of ...": a verb joined by "and"
    # opens a new predicate, which the negation or modal before it does not govern.
    # "can sit at the same table and agree on something": a bare verb joined by "and" is
    # still the modal's (the cue itself is that verb); "and agreed" is a predicate of its own.
    bare = _BARE_VERB.match(low, t0) is not None
    joined = [m.end() for m in _NEW_PREDICATE.finditer(left) if m.end() < len(left) or not bare]
    if joined:
        left = left[joined[-1] :]
    hedge = r["hedge"].search(_near(left, 3))
    if hedge is not None and not deal and r["refusal"].search(_near(left, 4)):
        hedge = None  # "Morocco has rejected any vote on independence": a real stand
    governed = (
        r.search("negation", " " + left) is not None
        or (deal and r["deal_negation"].search(near) is not None)
        or hedge is not None
    )
    modals = [
        m
        for m in r.finditer("modal", " " + left)
        # "X said Y would ...": the future of reported speech, not a hypothesis; so is "X and
        # Y announced that they would restore relations", a decision made public.
        if not (
            m.group() == "would"
            and (
                0 <= frame.reported <= seg_start + m.start()
                or _ANNOUNCED_THAT.search(" " + left, 0, m.start()) is not None
            )
        )
        # "the EU and Mercosur may be close to a trade deal": the modal hedges how near the
        # deal is, not whether the two are bargaining for it.
        and not (deal and _HEDGED_NEAR.match(" " + left, m.end()) is not None)
    ]
    if modals:
        governed = True
    if not deal and _OPENS_WAY.search(low, max(seg_start, t0 - 60), t0):
        # "said the policy change paved the way for the annexation of settlements": what a
        # step makes possible has not happened, however definite its noun.
        return UNREAL
    if not deal and r.search("asked_to", low, max(0, t0 - 130), t0):
        # "urged both governments to ... speed up deportation flights": what one is asked to
        # do is not done ("urged Russia to stop attacks" still tells of attacks).
        governed = True
    # "a deal would be hard to sell", "warned that a wider trade war could hurt sales": an
    # indefinite noun that a modal verb follows is only imagined, whoever warns of it.
    after = low[t1 : min(clause_end, t1 + 40)]
    imagined = bool(_IMAGINED_AFTER.match(after) and _INDEFINITE_BEFORE.search(left))
    if deal and re.search(r"\bnot yet\b|\b(?:has|have|had)(?:n't| not) (?:yet )?been\b", after):
        governed = True
    if governed and not deal and r["threat_frame"].search(left):
        # "The EU has warned that it could widen sanctions": the threat is real.
        governed = False
    if deal and denied(low, seg_start, clause_end, t0, t1):
        return UNREAL
    if imagined or (governed and not (definite and not deal)):
        # A definite dispute ("the dispute", "its levy") exists whatever is said of it.
        return UNREAL
    # "killed during Japan's occupation", "divided since 1974, when Turkey invaded": a war or
    # an invasion named as the setting of something else, or told in a clause of a past date,
    # is history, not the news. The date may stand in the clause before the cue's own. A
    # setting dated to the news ("killed during clashes on Monday") is the news.
    day = r["news_day"].match(low[t1:clause_end])
    if (
        not deal
        and r.search("setting", low, max(0, t0 - 160), t0)
        # "..., traders said on Tuesday": a day after a reporting verb dates the report.
        and not (day and not r["reporting"].search(day.group(0)))
    ):
        return BACKGROUND
    if (
        deal
        and (
            r.search("since_deal", low, max(0, t0 - 60), t0)
            or r.search("past_when", low, max(0, t0 - 160), t0)
        )
        and not (day and not r["reporting"].search(day.group(0)))
    ):
        # "fighting has been frozen since a U.N.-brokered truce in 2022": the deal is when
        # what holds now began, made before the news ("since the truce took effect on
        # Monday" is news).
        return BACKGROUND
    if (
        background(low, seg_start, t0, frame, _relative_cut(low, seg_start, t1, clause_end))
        and not (deal and _subject_relative_dated(low, seg_start, t0, t1, clause_end))
    ) or (
        # "a previous supply agreement ... was fully delivered": another, earlier deal.
        deal and r["deal_earlier"].search(low, max(seg_start, t0 - 40), t0)
    ):
        return BACKGROUND
    # "hoped to bring the two rivals together for direct talks"; not past a relative clause
    # of its own ("wants to conclude a code, which ASEAN and China have been negotiating").
    own = left[max(left.rfind(", which "), left.rfind(", who ")) + 1 :]
    if deal and r.search("wish", _near(own, 12)) and not definite:
        return UNREAL
    if deal and r["proposal"].search(_near(left, 6)):
        return PROPOSED
    return REAL


# A relative pronoun after a noun: "the three Sahel states that quit it last year".
_SUBJECT_RELATIVE = re.compile(r"(?:(?<=[a-z_])|(?<=[—–])) (?:that|which|who)\b")


def _subject_relative_dated(low: str, seg_start: int, t0: int, t1: int, clause_end: int) -> bool:
    """ "The Sahel states that quit it last year agreed in principle on Sunday": a time word
    inside a relative clause on the subject dates that clause's own verb; a day of the news
    right after the cue dates the main verb, which is news. Only when every time word before
    the cue stands in that relative clause and no reporting verb opens it ("said that")."""
    r = reading()
    # (From just before the stretch: "two hostages — an American and an Australian — who
    # had been held": a dash closes the stretch before the relative pronoun.)
    relatives = list(_SUBJECT_RELATIVE.finditer(low, max(0, seg_start - 2), t0))
    relative = relatives[-1] if relatives else None
    if relative is None or r["reporting"].search(
        low, max(seg_start, relative.start() - 12), relative.start()
    ):
        return False
    if r.search("background", low, seg_start, relative.start()):
        return False
    if r.search("pluperfect", low, seg_start, relative.start()):
        return False
    day = r["status_news_day"].search(low, t1, min(clause_end, t1 + 60))
    if day is not None:
        return r.search("pluperfect", low[relative.start() : t0]) is None
    # "Two hostages who had been held since 2016 were released Tuesday in a prisoner swap":
    # the past perfect is the relative clause's own; the main verb after it, dated to a day
    # of the news, tells the event as news.
    told = [m.end() for m in r.finditer("pluperfect", low[relative.start() : t0])]
    told += [m.end() for m in r.finditer("background", low[relative.start() : t0])]
    if not told:
        return False
    after = relative.start() + max(told)
    return _MAIN_VERB_DAY.search(low, after, t0) is not None


# A finite past verb of the main clause and the day of the news: "were released Tuesday",
# "was signed on Monday".
_MAIN_VERB_DAY = re.compile(
    r"\b(?:was|were|has been|have been|\w+ed)\s(?:\w+\s){0,2}?"
    r"(?:on\s|late\s|early\s)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"today|yesterday)\b"
)


def denied(low: str, seg_start: int, clause_end: int, t0: int, t1: int) -> bool:
    """A deal the clause denies or calls false: "denied reports that it had agreed",
    "reports of a deal are false". Reported, then denied, it is no fact of the news."""
    r = reading()
    return (
        r["deal_denial"].search(low, seg_start, t0) is not None
        or r["denied_after"].match(low[t1:clause_end]) is not None
    )


def background(low: str, seg_start: int, t0: int, frame: Frame, seg_end: int = -1) -> bool:
    """The words around the cue put it before the news: "once", "previously", "at the time",
    "a year later" (anywhere in its stretch), or a past perfect before it that no reporting
    verb introduces ("had briefed" against "said ... had agreed")."""
    r = reading()
    left = low[seg_start:t0]
    if r.search("background", low, seg_start, seg_end if seg_end >= 0 else t0):
        return True
    perfect = r.search("pluperfect", left)
    return perfect is not None and not 0 <= frame.reported <= seg_start + perfect.start()


# A relative clause, or a reduced one: a past participle with its own date after the noun
# ("a growth plan agreed last year", "a treaty signed in 1996").
_RELATIVE = re.compile(
    r"\s(?:that|which|who|whose)\s"
    r"|(?<=[a-z]) (?:[a-z]+ed|made|given|won|struck|drawn up|set up) (?=(?:last|earlier|in|on|"
    r"this|since|back in)\b)"
)


def _relative_cut(low: str, seg_start: int, at: int, end: int) -> int:
    """Where the words that may date a cue's stretch end. "Voted on Thursday against ratifying
    a border treaty that the two governments signed last year": a relative clause after the
    cue tells of the noun, and when the clause dates its own act to the news, the relative's
    time is the noun's, not the act's."""
    stop = _segment_end(low, at, end)
    found = _RELATIVE.search(low, at, stop)
    if found is None:
        return stop
    # The news day may open the sentence before the subject: "Also on Wednesday, the
    # Commission disbursed ...".
    opening = low.rfind(",", 0, seg_start) if low[:seg_start].rstrip().endswith(",") else -1
    day = reading()["status_news_day"]
    if (
        not day.search(low, seg_start, found.start())
        and not (opening >= 0 and day.search(low, max(0, opening - 30), opening))
        # "Iran is refusing inspectors access to the sites that were struck last year": a
        # present progressive dates the act to now, as a news day does.
        and _PROGRESSIVE.search(low, seg_start, at) is None
    ):
        return stop
    return found.start()


_HEDGED_NEAR = re.compile(
    r" (?:\w+ly )?be (?:very |now |getting |edging )?(?:close|closer|near|nearer) (?:to )?"
    r"(?:an? |the |their )?(?:[\w-]+ ){0,3}$"
)
_PROGRESSIVE = re.compile(r"\b(?:is|are|am)(?: (?:still|now|again|also|\w+ly))? [a-z]+ing\b")


_SEGMENT_END = re.compile(r",\s+(?=[a-z\"“])|;\s+|\s+[—–]\s+|:\s+")


def _segment_end(low: str, at: int, end: int) -> int:
    found = _SEGMENT_END.search(low, at, end)
    return found.start() if found is not None else end


def affirmed(low: str, seg_start: int, at: int, frame: Frame) -> bool:
    """A status word stated as fact: not "keep the row from escalating", "likely to let the
    dispute escalate", "could escalate"."""
    r = reading()
    left = low[seg_start:at]
    if frame.analyst or frame.question or r.search("condition", left):
        return False
    near = _near(left)
    if r.search("negation", near) or r.search("modal", near) or r["hedge"].search(near):
        return False
    if _WITHOUT_ACT.search(low, max(seg_start, at - 60), at):
        return False  # "without agreeing the terms of a renewed treaty": none of it done
    if r["status_asked"].search(low, max(seg_start, at - 130), at):
        return False  # "urged the militia to ... accept a government offer": not done
    if r["purpose_joined"].search(low, max(seg_start, at - 120), at):
        return False  # "an effort to cut its surplus and ease pressure": a second aim, not done
    return r.search("unaffirmed", low, max(seg_start, at - 60), at) is None


# --------------------------------------------------------------------------- roles

VENUE = "venue"
MEDIATOR = "mediator"
AUTHOR = "author"
COURT = "court"
SPEAKER = "speaker"
OUTSIDER = "outsider"


def role(actor: Actor, low: str, sentence: Sentence, frame: Frame, cue: int) -> str | None:
    """Why ``actor`` is no side of the cue's event in this sentence, or ``None``: it is only
    where it happened, who brokered it, whose report says so, the court that hears it, who
    reports it, or one the clause puts outside it. Judged on the mention nearest the cue."""
    r = reading()
    starts = [at - sentence.start for at in actor.starts_in(sentence.start, sentence.end)]
    if not starts:
        return None
    # "blocked appointments to the Appellate Body": a court whose own bench is blocked is
    # acted on, not the court that hears a case.
    if (
        actor.kind == "organization"
        and r["court_name"].search(actor.name.casefold())
        and not any(r["court_acted_on"].search(low, max(0, at - 60), at) for at in starts)
    ):
        return COURT
    roles = [
        VENUE
        if _post(low, at, _mention_end(actor, sentence, at), cue)
        else _mention_role(low, at, _mention_end(actor, sentence, at), frame)
        for at in starts
    ]
    # A side in one place of the sentence is a side: "Egypt ... talks in Egypt".
    if any(found is None for found in roles):
        return None
    nearest = min(range(len(starts)), key=lambda i: abs(starts[i] - cue))
    return roles[nearest]


def posted_only(actor: Actor, low: str, sentence: Sentence, start: int, cue: int) -> bool:
    """Every mention of ``actor`` in ``start:cue`` names where an envoy who does the cue's act
    is posted: "China's ambassador to Britain accused the UK": Britain is no subject."""
    starts = [
        at - sentence.start for at in actor.starts_in(sentence.start + start, sentence.start + cue)
    ]
    return bool(starts) and all(
        _post(low, at, _mention_end(actor, sentence, at), cue) for at in starts
    )


def _post(low: str, at: int, end: int, cue: int) -> bool:
    """ "Russia's envoy to the UN accused Poland": the state or body an envoy is posted to
    names where the actor serves, not a side of what the envoy's own clause does. Told apart
    from the envoy's state in a clause of its own ("Russia's ambassador to Georgia returned
    after a row"), where the post may well be the other side."""
    if cue < end:  # the plain test first: a mention after the cue is never the post
        return False
    r = reading()
    return (
        r["post_before"].search(low, max(0, at - 60), at) is not None
        and r["post_gap"].match(low[end:cue]) is not None
    )


def _mention_end(actor: Actor, sentence: Sentence, at: int) -> int:
    for mention in actor.mentions:
        if mention.start - sentence.start == at:
            return mention.end - sentence.start
    return at + 1


def venue_mention(actor: Actor, low: str, sentence: Sentence, frame: Frame, at: int) -> bool:
    """Whether the mention of ``actor`` starting at ``at`` (sentence-relative) only names
    where something happens: "in the Saudi city of Jeddah", "in the Uzbek capital of
    Tashkent"."""
    return _mention_role(low, at, _mention_end(actor, sentence, at), frame) == VENUE


def mention_end(actor: Actor, sentence: Sentence, at: int) -> int:
    """Where the mention of ``actor`` starting at ``at`` ends (sentence-relative)."""
    return _mention_end(actor, sentence, at)


# A body named between "at a" and a meeting noun names the meeting where an act happens ("At a
# General Council meeting that ran past midnight"); "fired at a Philippine boat" names a target.
_AT_A = re.compile(r"\bat an? $")
_MEETING_AFTER = re.compile(r" (?:meeting|session|summit|conference|gathering)s?\b")


# Every cue and clause of a sentence asks again about the same mentions; the answer depends
# only on the sentence's text and frame (both hashable), so it is read once.
@lru_cache(maxsize=4096)
def _mention_role(low: str, at: int, end: int, frame: Frame) -> str | None:
    r = reading()
    before = low[max(0, at - 60) : at]
    after = low[end : end + 80]
    # "urged Sudan's army and the paramilitary RSF on Thursday to accept a truce": the two
    # sides it presses may take more than the usual reach.
    if r.search("mediator_before", before) or (
        r["mediator_after"].search(low[end : end + 140]) and not closes_pair(low, at, end)
    ):
        return MEDIATOR
    # "welcomed the Saudi efforts", "thanked Qatar's mediation": a name whose effort or help
    # is welcomed calms the row; it is no side of it.
    if r["mediator_welcomed_before"].search(before) and r["mediator_welcomed_after"].match(after):
        return MEDIATOR
    if _listed(low, at, r["mediator_before"]):
        return MEDIATOR  # "hosted by Saudi Arabia and the United States": both host
    if r["author_before"].search(before):
        return AUTHOR
    # "within the Philippines' economic zone": a place that belongs to someone names a side.
    owned = re.match(r"['’](?:s\b)?", after) is not None
    # "officials in Astana and Baku signed": officials nothing else owns serve the place.
    kept = r["venue_keep"].search(before) or r["officials_in"].search(before)
    # "lashed out at Kosovo", "hit back at Washington": the name the act is aimed at.
    aimed = aimed_at(before)
    # "In Sochi, Russia and Belarus agreed": the subject after a fronted place phrase.
    fronted = before.endswith((", ", ", the ")) and fronted_subject(low, at)
    if r["venue_before"].search(before) and not kept and not owned and not aimed and not fronted:
        return VENUE
    if _AT_A.search(before) and _MEETING_AFTER.match(after):
        return VENUE  # "At a General Council meeting, India refused": the body names a meeting
    if _city_before().search(before) and not fronted:
        return VENUE  # "the deal reached in Busan, South Korea,": the state a city lies in
    if r["venue_after"].match(after):
        return VENUE  # "the Bahrain-based 5th Fleet", "a Marshall Islands-flagged tanker"
    if _listed_venue(low, at) and not owned and not aimed and not fronted:
        return VENUE
    if frame.speaks(at) and not refuses(low, at, end):
        return SPEAKER
    if _outside(after):
        return OUTSIDER
    return None


@lru_cache(maxsize=1)
def _city_before() -> re.Pattern[str]:
    names = sorted((name.casefold() for name in lexicon().cities), key=len, reverse=True)
    return re.compile(
        r"\b(?:in|at|near|outside|from|to) (?:" + "|".join(map(re.escape, names)) + r"), $"
    )


@lru_cache(maxsize=1)
def _outside_pattern() -> re.Pattern[str]:
    # The subject, a few words of its noun phrase ("troops in Lower Shabelle") and the
    # predicate that puts it outside: no clause break between them.
    return re.compile(r"(?:['’]s?)?(?: [\w'’-]+){0,6}? (?:" + reading()["non_party"].pattern + ")")


def _outside(after: str) -> bool:
    """ "Ugandan troops were not involved in the fighting", "Egypt has stayed out of the
    conflict": the clause names someone as outside what it tells, so no side of it."""
    return _outside_pattern().match(after) is not None


def refuses(low: str, at: int, end: int) -> bool:
    """The name at ``at:end`` says, in a relative clause, that what is sought of it is not to
    be had: "designs on Greenland, which Copenhagen says is not for sale". It answers the one
    who seeks it: a side, not a reporter."""
    r = reading()
    return (
        r["refuser_before"].search(low[max(0, at - 60) : at]) is not None
        and r["refuser_after"].match(low[end : end + 80]) is not None
    )


_LIST_JOIN = re.compile(r"(?:,\s+|\s+and\s+|,\s+and\s+)(?:the\s+)?$")


def _listed_venue(low: str, at: int) -> bool:
    """ "in the United Arab Emirates and Hong Kong": the second name is a place too; not in
    "officials in Astana and Baku", where both name whom the officials serve."""
    r = reading()
    return _listed(low, at, r["venue_before"]) and not _listed(low, at, r["officials_in"])


def _listed(low: str, at: int, role_before: re.Pattern[str]) -> bool:
    """The name at ``at`` is listed after one that ``role_before`` gives a role."""
    join = _LIST_JOIN.search(low, max(0, at - 12), at)
    if join is None:
        return False
    head = low[: join.start()]
    name = re.search(r"_+$", head)
    if name is None:
        return False
    return role_before.search(low[max(0, name.start() - 60) : name.start()]) is not None


def mediator_speaker(low: str, frame: Frame) -> bool:
    """The speaker says it brokered the thing: "... said it had mediated 17 exchanges"."""
    return bool(frame.speakers) and reading()["mediator_speech"].search(low) is not None


def words(text: str) -> list[str]:
    return _WORD.findall(text)
