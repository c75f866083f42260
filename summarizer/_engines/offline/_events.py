"""Disputes and deals, read from the cue words of clauses that report them as happening.

A clause with a *trigger* (accused, sanctions, intercepts...; agreement, contract, talks...)
may hold an event; *topic* words decide its kind (islands -> territorial, reactors -> energy).
Whether it holds one is the clause's grammar (:mod:`._clause`): a negated, modal,
conditional, asked, hedged, wished-for or analyst's event is no event of today, and one told
as history is background. Its parties are who does the thing to whom in the clause -- the
side before the trigger and the side after it, or "between A and B" -- never who only reports
it, brokers it, hosts it or judges it. Sides are set against each other ("A vs B") only when
the trigger is an act of one on the other, or a state "between" them.

Events about the same thing and the same sides merge into one thread per article; the few
threads the article is most about are kept.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter
from collections.abc import Sequence
from datetime import date
from typing import Any

from summarizer._engines.offline._act_owner import act_owner, referred_noun
from summarizer._engines.offline._affairs import affairs, same_affair
from summarizer._engines.offline._answered import answered_plans
from summarizer._engines.offline._appeal import appeal_target, asked_in
from summarizer._engines.offline._appealers import appealers_apart
from summarizer._engines.offline._armed import ARMED_LABELS, complete, unnamed_doer
from summarizer._engines.offline._aside_dates import before_dash_aside, without_asides
from summarizer._engines.offline._asides import told_in_passing, wrong_partner
from summarizer._engines.offline._between_named import named_between
from summarizer._engines.offline._binds_now import strained
from summarizer._engines.offline._breach_lasts import BREACH_LABELS, breach_stands
from summarizer._engines.offline._brokers import BROKERING_VERB, deal_brokers, told_brokers
from summarizer._engines.offline._cases import claim_sides, settle_claimants
from summarizer._engines.offline._cast import Actor, Cast
from summarizer._engines.offline._clause import (
    BACKGROUND,
    PROPOSED,
    REAL,
    UNREAL,
    Frame,
    denied,
    mood,
    read_frames,
    reading,
)
from summarizer._engines.offline._commitment import LABELS as COMMITMENT_LABELS
from summarizer._engines.offline._commitment import (
    commitment_phrase,
    commitment_sides,
    decided_status,
    told_now,
)
from summarizer._engines.offline._consent import consent
from summarizer._engines.offline._convened import convened
from summarizer._engines.offline._data import Cue, WordPattern, events
from summarizer._engines.offline._deal_reactors import reaction_spans
from summarizer._engines.offline._denied_acts import denied_act
from summarizer._engines.offline._detainees import detainees_apart
from summarizer._engines.offline._doer import late_doer, speaker_before
from summarizer._engines.offline._done_under import UNDER, done_under_sides, told_under
from summarizer._engines.offline._drawn_from import drawn_from
from summarizer._engines.offline._ended_now import acted_on_now
from summarizer._engines.offline._event import (
    MAX_PARTIES,
    OWNERS,
    Event,
    Found,
    adopt_officials,
    home_apart,
    lower,
    name_owners,
    side_count,
    side_of,
    unique,
    with_states,
)
from summarizer._engines.offline._extradition import granted_extradition
from summarizer._engines.offline._fronted import in_opener
from summarizer._engines.offline._handed import handed_to
from summarizer._engines.offline._hardware import opens_on_doer
from summarizer._engines.offline._held import held_title
from summarizer._engines.offline._history import (
    LEDE_SENTENCES,
    clause_when,
    dated_past,
    follows_history,
    goes_on_since,
    month_past,
    perfect_past_lede,
)
from summarizer._engines.offline._holds_now import holds_now, stands_now
from summarizer._engines.offline._home_target import aimed_at_home
from summarizer._engines.offline._instruments import (
    BARRIER,
    DONE_UNDER,
    GOODS,
    HOLDS_NOW,
    IMPORTS_RESUMED,
    INSTRUMENTS,
    REACTED_TO,
    STILL_HOLDING,
    VIOLATED,
    WHICH_TERMS,
    YEAR_NAMED,
    instrument_parties,
    names_instrument,
    reacted_to,
)
from summarizer._engines.offline._joint import joint_object
from summarizer._engines.offline._joint_body import broker_aside
from summarizer._engines.offline._made_before import own_clause
from summarizer._engines.offline._mandates import MANDATE, mandate_parties
from summarizer._engines.offline._measure_targets import (
    MEASURE_LABELS,
    helped_apart,
    named_targets,
    owner_imposes,
)
from summarizer._engines.offline._money import Amount, deal_value, parse_money
from summarizer._engines.offline._noun_title import doer_act
from summarizer._engines.offline._object_places import place_spans
from summarizer._engines.offline._observers import observers_apart
from summarizer._engines.offline._own import (
    Homes,
    addressees_apart,
    allies_apart,
    one_state,
    own_apart,
)
from summarizer._engines.offline._owned_object import object_owner, passive_sides
from summarizer._engines.offline._pair_told import pair_subject_parties, pair_subject_told
from summarizer._engines.offline._participle_row import participle_subject
from summarizer._engines.offline._parties import (
    ENDS_DEAL,
    PROMPTED,
    REACTION_VERB,
    VERBS_ONLY,
    ArticleText,
    article_pair,
    between_pair,
    clause_parties,
    government_subject,
    group_subject,
    is_source,
    its_row_owner,
    kept_actors,
    name_spans,
    private_holder,
    routed,
    said_subject,
    scrub,
    segment,
    slot_sides,
    subject_pair,
    told_before,
)
from summarizer._engines.offline._partners import deal_partners_apart
from summarizer._engines.offline._passive_signers import signers_from
from summarizer._engines.offline._places import places_apart
from summarizer._engines.offline._pressed import PRESSED_UNDER, pressed_apart
from summarizer._engines.offline._put_forward import drafted_by, put_to, rejected_proposal
from summarizer._engines.offline._refused_stance import refused_stance
from summarizer._engines.offline._same_side import same_side_apart
from summarizer._engines.offline._sentences import Sentence
from summarizer._engines.offline._separate_deal import separate_pair
from summarizer._engines.offline._shared_bodies import shared_bodies_apart
from summarizer._engines.offline._short_of import stopped_short
from summarizer._engines.offline._sides import settle_sides
from summarizer._engines.offline._signed_with import (
    DESCRIBED,
    NOUN_GOES_ON,
    ambiguous_body,
    made_by,
    main_act,
    status_now,
)
from summarizer._engines.offline._status import led_to, not_held, stated_status
from summarizer._engines.offline._stood_with import friends_apart
from summarizer._engines.offline._supporters import (
    ROLE_AFTER,
    ROLE_BEFORE,
    for_process,
    support_before,
)
from summarizer._engines.offline._talks import (
    UNDER_TERMS,
    hyphen_pair,
    round_goes_on,
)
from summarizer._engines.offline._territory_posts import territory_officials
from summarizer._engines.offline._third_parties import (
    beneficiaries_apart,
    blockers_apart,
    third_parties_apart,
)
from summarizer._engines.offline._threads import (
    main_threads,
    make_threads,
    side_set,
    story_disputes,
)
from summarizer._engines.offline._titles import VERB_FORM, demanded_act, title_phrase
from summarizer._engines.offline._told_act import referred_act, told_doer
from summarizer._engines.offline._told_apart import (
    bloc_antecedent,
    format_pair,
    plan_calls_for,
    plan_parties,
    proposal_maker,
)
from summarizer._engines.offline._victims import victims_apart
from summarizer._engines.offline._voice import first_person, in_answer, voice_state, voices
from summarizer._lexicon import lexicon
from summarizer._text._keys import name_key

__all__ = ["Event", "find_events"]

_SIGNED_DOCUMENT = "signed document"

# Clauses: "..., and the two countries will also ..." holds a second deal.
# ", as the United States and Russia were at odds": "as" before a named subject opens one too;
# "even as talks on rewriting the treaty remain stuck" always does.
# "that phrase carried a threat: Aliyev had suggested ...": a colon before a capital opens a
# sentence of its own that explains the first; it lends the first clause no sides.
_CLAUSE = re.compile(
    r";\s+|:\s+(?=[A-Z])|,\s+(?:and|but|while|whereas|although|as well as)\s+|\s+[—–]\s+"
    r"|,?\s+even\s+(?:as|though|while)\s+"
    r"|,\s+as\s+(?=(?:the\s+)?[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)*"
    r"(?:\s+and\s+(?:the\s+)?[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)*)?\s+(?:is|are|was|were|has|have|had)\b)"
)


# "The coalition was thrown into crisis on Thursday after the PSD said it would vote against
# the plan": a passive of upheaval tells the effect on its subject; the act that caused it,
# with its own subject and object, is the clause "after" or "when" opens.
_UPHEAVAL = re.compile(
    r"\b(?:is|are|was|were|been|being)\s+(?:\w+ly\s+)?(?:(?:thrown|plunged|pitched|tipped|"
    r"sent|pushed)\s+into\s+(?:[\w'’-]+\s+){0,4}?(?:crisis|turmoil|uncertainty|disarray|chaos|"
    r"doubt|limbo)|rocked|shaken|jolted)\b[^.;:]*?(?:,\s+|\s+)(?:after|when)\s+"
)


def _clauses(sentence: Sentence) -> list[tuple[int, int]]:
    bounds: list[tuple[int, int]] = []
    start = 0
    cuts = list(_CLAUSE.finditer(sentence.masked))
    masked = sentence.masked
    # (The pattern only where one of its verbs stands: most sentences have none.)
    upheaval = (
        _UPHEAVAL.search(masked)
        if ("into" in masked or "rocked" in masked or "shaken" in masked or "jolted" in masked)
        else None
    )
    if upheaval is not None:
        cuts = sorted([*cuts, upheaval], key=lambda m: m.end())
    for match in cuts:
        if match is upheaval:
            bounds.append((start, match.end()))
            start = match.end()
            continue
        # Only a real clause on both sides: at least four words before the cut.
        if len(sentence.masked[start : match.start()].split()) >= 4:
            bounds.append((start, match.start()))
            start = match.end()
    bounds.append((start, len(sentence.masked)))
    return bounds


def _kind(
    found: list[tuple[Cue, re.Match[str]]],
    topics: list[tuple[Cue, re.Match[str]]],
    default: str,
) -> tuple[str, bool, list[str], list[str]] | None:
    """Kind, whether it is only the default, trigger labels and topic words of one clause."""
    present = {cue.kind for cue, _ in topics}
    found = [(cue, m) for cue, m in found if cue.needs is None or cue.needs in present]
    if not found:
        return None
    votes: Counter[str] = Counter()
    order: dict[str, int] = {}
    labels: list[str] = []
    for cue, match in found:
        if cue.label not in labels:
            labels.append(cue.label)
        if cue.kind is not None:
            # Diplomatic is the fallback of most disputes; a concrete trigger kind weighs more.
            votes[cue.kind] += 1 if cue.kind == "diplomatic" else 2
            order.setdefault(cue.kind, match.start())
    topic_words: list[str] = []
    for cue, match in topics:
        votes[cue.kind or default] += 1
        order.setdefault(cue.kind or default, match.start())
        word = match.group()
        if word not in topic_words:
            topic_words.append(word)
    if not votes:
        return default, True, labels, topic_words
    kind = max(votes, key=lambda k: (votes[k], -order[k]))
    return kind, False, labels, topic_words


def _within(
    found: list[tuple[Cue, re.Match[str]]], start: int, end: int
) -> list[tuple[Cue, re.Match[str]]]:
    """The cues of ``found`` (in text order) that start inside ``start:end``."""
    at = bisect.bisect_left(found, start, key=_cue_start)
    return found[at : bisect.bisect_left(found, end, key=_cue_start)]


def _cue_start(found: tuple[Cue, re.Match[str]]) -> int:
    return found[1].start()


# A person named by a past conviction: a participle right after a noun, no auxiliary before it.
# A war or conflict whose outbreak is dated and which the same sentence says has gone on
# doing harm since ("The war between A and B broke out in April 2023 and has killed tens of
# thousands"): the date is its start, the war is news now.
_STILL_ON = re.compile(
    r"\b(?:erupted|broke out|began|started)\b[^.;:]*?\b(?:and|which|that) (?:has|have) "
    r"(?:since |now |already |so far )?(?:killed|displaced|left|claimed|uprooted|devastated|"
    r"driven|forced|caused|triggered|created|pushed)\b"
)
_STILL_ON_LABELS = frozenset(["war", "conflict", "hostilities"])
# A measure taken in the past that the sentence says is still in force ("Niger closed its
# border with Benin after the 2023 coup ... but the road border remains shut").
_STILL_IN_FORCE = re.compile(
    r"\b(?:remains?|remained|stays?|stayed|(?:is|are) still|still) (?:largely |firmly |mostly )?"
    r"(?:shut|closed|sealed|in place|in force|in effect)\b"
)
_MEASURE_LABELS = frozenset(["border closure", "sanctions", "embargo", "trade restrictions"])


def _still_in_force(art: ArticleText, sentence: Sentence, at: int) -> bool:
    """The sentence after ``at``, or a later one of its paragraph, says a measure is still in
    force ("... but the road border remains shut")."""
    if _STILL_IN_FORCE.search(art.lows[sentence.index], at) is not None:
        return True
    return any(
        _STILL_IN_FORCE.search(art.lows[s.index]) is not None
        for s in art.sentences
        if s.index > sentence.index and s.paragraph == sentence.paragraph and s.index in art.lows
    )


_OUTBREAK = re.compile(r"\b(?:erupted|broke out|began|started)\b")
# The same told by the next sentence about it: "... erupted in April 2023. It has killed ...".
_STILL_ON_NEXT = re.compile(
    r"(?:it|the (?:war|conflict|fighting)) (?:has|have) "
    r"(?:since |now |already |so far )?(?:killed|displaced|left|claimed|uprooted|devastated|"
    r"driven|forced|caused|triggered|created|pushed)\b"
)
_CONVICTED = re.compile(
    r"(?<!\bis)(?<!\bwas)(?<!\bwere)(?<!\bare)(?<!\bbeen)(?<!\bbeing)(?<!\bbe)"
    r" (?:convicted|jailed|sentenced|imprisoned) (?:of|for) $"
)
_COURT_CHALLENGE = re.compile(r"(?:challeng|contest|su(?:e|es|ing)\b)")
_PLANNED_ASK = re.compile(r"\b(?:would|will|could|may|might|plans? to|intends? to|to)\s+$")


_SETTLED_BY = re.compile(
    r"\b(?:settl|resolv)\w* (?:[\w'’-]+ ){0,5}?(?:through|by|via) (?:binding |international )?$"
)
_NAME_WORD = re.compile(r" (?:(?:of|on|for|and|the) )*([A-Z][\w'’-]*)")


def _in_thing_name(sentence: Sentence, match: re.Match[str]) -> bool:
    """ "have signed up to a stopgap, the Multi-Party Interim Appeal Arbitration Arrangement":
    a cue word written inside the capitalised name of an agreement, a law or a programme
    names that thing, no act of a dispute."""
    text = sentence.text
    at = match.start()
    if at == 0 or not text[at : at + 1].isupper() or text[at - 2 : at - 1] in '.:"“':
        return False
    end = text.find(" ", at)
    end = len(text) if end < 0 else end
    last = None
    while (word := _NAME_WORD.match(text, end)) is not None:
        last, end = word.group(1), word.end()
    suffixes = lexicon("en").names.thing_suffixes
    return last is not None and re.sub(r"['’]s?$", "", last) in suffixes


def _forum_fits(art: ArticleText, sentence: Sentence, cue: Cue, match: re.Match[str]) -> bool:
    """Whether a cue that needs a court, or must not be a walk-out, has what it needs. "Asked
    the Court of Arbitration to rule" opens a case (against whoever the ruling is sought on);
    "asked Japan to halt" is no case. A boycott of a hearing, a summit or a vote is staying
    away from it, no embargo on anyone. A rivalry is a dispute between states vying for
    influence; companies vying for orders compete. A labour strike needs its strikers named."""
    if cue.label == "court case":
        low = art.lows[sentence.index]
        if _PLANNED_ASK.search(low, max(0, match.start() - 20), match.start()) and not (
            _COURT_CHALLENGE.match(match.group())
        ):
            # "would ask the court to order ...": a plan, no case yet; "will challenge the
            # ban at the court" announces the case against the ban's maker, as "will sue" does.
            return False
        named = art.cast.in_span(sentence.start + match.start(), sentence.start + match.end())
        return any(
            a.kind == "organization" and reading()["court_name"].search(a.name.casefold())
            for a in named
        )
    if cue.label == "rivalry":
        named = art.cast.in_span(sentence.start, sentence.end)
        # "Its rivalry with Morocco": the possessive names the state the sentence before is about.
        owner = its_row_owner(art, sentence, match.start())
        named = [*named, owner] if owner is not None else named
        return len({side_of(a) for a in named if a.kind == "state"}) >= 2
    if cue.label == "labour strike":
        # Workers strike, not states: a strike whose sentence names no body or person (only
        # states, or "they"), nor opens on unions the text names, has no strikers to stand
        # as a side ("truckers' unions on both
        # sides ... staged a two-day strike" is no row between the two states).
        named = art.cast.in_span(sentence.start, sentence.end)
        return any(a.kind in ("organization", "person") for a in named) or bool(
            group_subject(art, sentence, 0, match.start())
        )
    if cue.label == "protests" and not drawn_from(art.lows[sentence.index], match):
        return False  # "discussed a complaint from Serbia": no act drew it
    if cue.label == "embargo" and match.group().startswith("boycott"):
        low = art.lows[sentence.index]
        return reading()["boycotted_event"].match(low, match.end()) is None
    return True


# A trade measure offered away is no dispute: "offered to cut tariffs on X if ...". Nor is
# one that will be taken away: "India will halve its tariff on whisky", "the agreement would
# cut the tariff on cars" tell the terms of a deal or a plan, not an act against anyone.
_FRIENDLY = re.compile(
    r"\b(?:offer\w*|agree\w*|propos\w*|ready|willing|pledg\w*|promis\w*|will|would|shall"
    r"|set to|due to|plans? to) (?:\w+ ){0,4}?"
    r"(?:cut|lower|reduce|phase out|scrap|remove|waive|eliminate|ease|halve|slash|abolish)\b"
    r"(?: \S+){0,6} \S*$"
)
# "the tariff cuts are front-loaded": a measure's cut, named as a noun; "the tariff of 110% on
# cars would be cut to 10%": a deal's term, no act against anyone.
_CUT_AFTER = re.compile(
    r"\s*(?:cuts?|reductions?|removal|elimination|exemptions?)\b|(?: [\w$%.,'-]+){0,8}? "
    r"(?:would|will|is to|are to|to) (?:be (?:cut|lowered|reduced|phased out|eliminated|removed"
    r"|scrapped|abolished|halved|slashed|waived)|fall)\b"
)
# "Chile cut tariffs on Bolivian lithium", "cuts customs duties on goods": a measure taken away
# is no act against anyone; it only tells how a dispute told elsewhere stands ("China lifted
# its tariffs": easing).
_TAKEN_AWAY = re.compile(
    r"\b(?:cut|cuts|cutting|lower(?:s|ed|ing)|reduc(?:e|es|ed|ing)|slash\w*|lift(?:s|ed|ing)?"
    r"|remov(?:e|es|ed|ing)|scrap\w*|waiv(?:e|es|ed|ing)|eliminat\w+|eas(?:e|es|ed|ing)"
    r"|abolish\w*|halv(?:e|es|ed|ing)|suspend\w*|end(?:s|ed|ing)?|rescind\w*|revok\w+)"
    r"(?: (?:its|their|the|an?|all|some|most|\w+ly))*"
    r"(?: (?!and\b|or\b)[\w-]+)? \S*(?: on)?$"
)
# Sanctions, an embargo, trade or travel restrictions lifted, waived or ended ("Washington
# ended its Syria sanctions programme", "the EU lifted its economic sanctions"): an easing,
# no act against anyone; it only tells how a row told elsewhere stands.
_LIFTABLE_LABELS = frozenset({"sanctions", "embargo", "trade restrictions", "travel restrictions"})
# "talks on lifting oil sanctions", "have urged Washington to ease the measures": a lifting
# sought or hoped for; the measure stands, and so does the row over it.
_LIFT_SOUGHT = re.compile(
    r"\b(?:on|for|about|over|of|towards?|without) \w+ing$|\b(?:urg|ask|press|call|seek|sought"
    r"|hop|demand|want|push|wish|lobb|plead|appeal)\w*(?: \S+){0,4} to \w+$"
)


def _lifted(low: str, start: int, match: re.Match[str]) -> bool:
    """Whether a measure is told as lifted, waived or ended ("Washington ended its Syria
    sanctions programme"), not as a lifting someone seeks ("talks on lifting sanctions")."""
    found = _TAKEN_AWAY.search(low, max(start, match.start() - 40), match.end())
    if found is None or found.start() >= match.start():
        # "cut off gas supplies to Morocco", "suspended exports to": the verb is the measure
        # itself, imposed, not a measure named before it and taken away.
        return False
    verb_end = found.start() + len(found.group().split()[0])
    return _LIFT_SOUGHT.search(low, max(start, found.start() - 60), verb_end) is None


# A trigger in "after the annexation of ...", "since the coup": the sentence's background.
_BACKGROUND_SEGMENT = re.compile(r"(?:after|since|following) (?:the|its|their|his|her) ")
_RELATIVE_ASIDE = re.compile(r"(?:which|whose|who) ")
# "Under an agreement signed last year, Russia is supplying ...": a deal opening the clause
# and a main clause in the present progressive.
_IN_FORCE = re.compile(
    r"(under (?:an?|the|their|its) [^,;]{3,90}?), (?:[\w_'’-]+ ){1,5}?"
    r"(?:is|are|has been|have been) (?:now |still |already )?([a-z]+ing)\b"
)
# The act that follows, up to a new clause or a number.
_ACT_WORDS_RE = re.compile(r"[a-z]+ing(?: (?![\d$€£])[\w'’-]+)*")
_ACT_TAIL = frozenset(
    ["and", "or", "with", "to", "of", "for", "the", "a", "an", "on", "in", "at", "by", "from"]
)
# "signed in 2010 by A and B": the deal's signatories, right after its cue.
_SIGNED_BY = re.compile(
    r"[^;:]{0,20}?\b(?:signed|initial(?:l)?ed|concluded|ratified)\b[^;:,]{0,40}? by "
    r"((?:the )?_[_ .'’-]*(?:(?:,| and| &) (?:the )?_[_ .'’-]*)+)"
)
_MADE_WITH = re.compile(
    NOUN_GOES_ON + r"(?: (?:that|which))? (?:the )?(_[_ .'’-]*?)(?: (?:bloc|government|leaders?))? "
    r"(?:has |had |have )?(?:signed|reached|struck|concluded|negotiated|sealed|clinched) "
    r"with (?:the )?" + DESCRIBED + r"(_[_ .'’-]*)"
)
_DAYS_BEFORE = re.compile(
    r"\b(?:hours|(?:a|one|two|three|four|five|six|\d) days?|days|a day) $", re.IGNORECASE
)
_ACT_CLAUSE = re.compile(r"(?:[a-z][\w-]* ){1,2}?(?:[a-z]+ed)(?: [\w'’-]+){0,8}? and $")
_STANDING = re.compile(r"(?=under )(?<!placed )(?<!put )(?<!brought )\bunder (?:[\w.'’-]+ ){0,3}$")
_SUBJECT_WORDS = 8  # a longer stretch before the relative clause holds a verb of its own
_SINCE = re.compile(r"\b[Ss]ince (?:the|its|their|his|her|a)(?: [\w-]+){0,2} $")
# "talking about model treaties": deals as a topic of talk, not a deal.
_IDLE = re.compile(
    r"\b(?:talk\w* about|talk of|discuss\w*|spoke of|speak\w* of|dream\w* of|ideas? (?:of|for))"
    r" (?:\w+ ){0,3}$"
)
# A bare plural is a kind of thing ("commercial contracts were none of ...", "taking larger
# stakes in mines") unless a deal verb, a number or a determiner makes it some deals.
_BARE_PLURAL = re.compile(r"(?:deals|contracts|agreements|treaties|pacts|accords|stakes)\b")
_COUNTED = re.compile(
    r"\b(?:the|these|those|its|their|his|her|our|two|three|four|several|\d[\d.,]*)\b"
    r"|\b(?:sign\w*|conclud\w+|reach\w*|struck|strike|agreed|inked|clinch\w*|negotiat\w+"
    r"|won|award\w*|finaliz\w+|finalis\w+|renew\w*|extend\w*|expire\w*)\b"
)
_PAIRED_AFTER = re.compile(r"\S* (?:\S+ )?(?:with|between|among)\b")
_INDEFINITE = re.compile(r"\b(?:a|an|another)(?: [\w-]+){0,2} $")


# "threatened to overshadow the visit": a thing that threatens is no side that threatens.
_THREAT_VERB = re.compile(r"threat(?:en|ened|ens|ening) to\b")
_SUBJECT_GAP = re.compile(
    r"(?:['’]s)?(?: (?:has|have|had|also|again|repeatedly|previously|now|\w+ly))* $|"
    r"(?:\bit|\bthey|\bhe|\bshe|\bwe)(?: (?:has|have|had|also|again|repeatedly|\w+ly))* $"
)


_SAME_SIDE_KINDS = frozenset(["legal", "political"])


_HOSTED = re.compile(r"host(?:s|ed|ing)?\b")
# Where a clause's subject can begin: after a verb of saying, "that" or a comma.
_SUBJECT_BREAK = re.compile(r"\b(?:said|says|say|told|added|noted|that)\b|[,;:]")


# Cue labels that are deals only in the frame their own rule checks: a link in service (a
# joint project of the two states), a group's decision (the group is the subject).
_LINK = "link in service"
_GROUP_DECISION = "group decision"
_LINK_USE = re.compile(r"(?:will|would|is|are|should)\b")


def _held_link(low: str, start: int, match: re.Match[str], label: str) -> bool:
    """A link told by what it does ("the interconnector between A and B began flows", "the
    rail link will open to passengers") is a deal when the link is the subject and the
    sentence calls it the states' joint or bilateral work; else it is only news of a
    power line."""
    if label != _LINK:
        return True
    r = reading()
    # The noun may be the verb's object: "Tanzania and Zambia opened the rebuilt railway".
    return (
        r["link_noun"].search(low, start, match.end()) is not None or _route(low, match) is not None
    ) and r["joint_marker"].search(low) is not None


def _route(low: str, match: re.Match[str]) -> tuple[int, int] | None:
    """The link a flow runs through, told after its verb ("power began flowing through the
    Greece-Cyprus interconnector"), up to the clause's next comma: where it is, or None."""
    stop = low.find(",", match.end())
    end = len(low) if stop < 0 else stop
    route = reading()["link_route"].match(low, match.end(), end)
    if route is None or reading()["link_noun"].search(low, route.end(), end) is None:
        return None
    return route.end(), end


def _link_sides(
    art: ArticleText,
    sentence: Sentence,
    start: int,
    live: list[tuple[Cue, re.Match[str]]],
    spoke: set[str],
) -> list[Actor]:
    """The sides a link in service joins, named anywhere in its subject ("the pipeline, a
    joint project of Uganda and Tanzania, came on stream", "a railway linking the Thai city
    ... with the Lao capital ... will open"): the two sides of the joint work, or none."""
    link = min((m for c, m in live if c.label == _LINK), key=lambda m: m.start())
    at = link.start()
    found = kept_actors(art, sentence, start, at, at, deal=True, asides=False)
    route = _route(art.lows[sentence.index], link)
    if route is not None:
        # "flowing through the Greece-Cyprus interconnector": the link's own name.
        found = [*found, *kept_actors(art, sentence, *route, route[0], deal=True, asides=False)]
    named = with_states(art.cast, [a for a in found if a.key not in spoke])
    return named if side_count(named) >= 2 else []


# "We are in talks with ...", "our government has signed ...": a first-person subject.
_FIRST_PERSON_SUBJECT = re.compile(r"\b(?P<we>we|(?:our|my) \w+)\b(?: \S+){0,4} $")
# "What we signed with Japan is a defence pact": a free relative whose maker is "we", the
# subject of "is" before the cue, says the speaker made the thing the cue names.
_FIRST_PERSON_CLEFT = re.compile(
    r"\bwhat (?P<we>we|(?:our|my) \w+) \w+(?: \S+){0,4}? (?:is|was|are|were) (?:a|an|the)"
    r"(?: \S+){0,3} $"
)


def _first_person_state(art: ArticleText, sentence: Sentence, start: int, at: int) -> Actor | None:
    """The state that speaks as the first-person subject of the cue at ``at``, if the text
    gives it (see :mod:`._voice`)."""
    low = art.lows[sentence.index]
    seg_start = segment(sentence, start, at, at)[0]
    found = _FIRST_PERSON_SUBJECT.search(low, seg_start, at) or _FIRST_PERSON_CLEFT.search(
        low, seg_start, at
    )
    if found is None or not first_person(found.group("we")):
        return None
    return voice_state(art.sentences, art.cast, sentence, found.start("we"))


def _internal(low: str, match: re.Match[str]) -> bool:
    """A deal "with its staff union", "with its own workers": a firm's own affairs."""
    return reading()["internal_partner"].match(low[match.end() : match.end() + 80]) is not None


# Deals one named buyer makes: the seller or the thing bought may be no actor.
_ONE_BUYER = frozenset(["stake acquisition", "purchase"])


# Acts aimed at someone the clause may leave unnamed ("condemned the move").
_TARGETED = frozenset(["pressure", "criticism", "demands", "warnings", "blame", "condemnation"])
# A request to another to act ("urged X to"): a friend's is support, not pressure.
_REQUESTS = frozenset(["pressure", "demands"])
_URGING = "pressure"  # "urged X to", "called on X to": the words name the one asked
# A judgement of another's act: it faces the act's doer.
_JUDGING = frozenset(["condemnation", "criticism", "objections", "protests", "censure", "blame"])
# A measure one side takes against another, which others may answer.
_MEASURES = frozenset(
    ["sanctions", "tariffs", "embargo", "trade restrictions", "border closure", "asset seizure"]
)
# An armed act of one side on another: who judges it faces the one who did it.
_ARMED_ACTS = frozenset(["strikes", "attacks", "military offensive"])
# What one side says or does in answer to another's act.
_REACTIONS = frozenset(
    [
        "condemnation",
        "criticism",
        "objections",
        "rejection",
        "protests",
        "warnings",
        "blame",
        "censure",
        "hostile act",
        "summoning of an envoy",
    ]
)
_TARGETED |= frozenset(["objections", "protests", "censure"])


# The home government as the object of a domestic act; "the government of X" names its state.
_GOVERNMENT = re.compile(
    r"\bthe (?:government|cabinet|ruling coalition|coalition government)\b(?! of\b)"
    r"|\b(?:the|its|this year's|next year's|(?:19|20)\d\d) budget\b"
    r"|\ba government (?:bill|plan|proposal|reform|budget)\b"
)


_HEAD_POST = re.compile(r"\b(?:prime minister|premier|chancellor|president)\b(?! of (?!the )\w)")


# From a name to the cue it says it will (not) do: "(ABBR), said on Monday it would not".
_SAID_IT = re.compile(
    r"[\s(),_]*(?:said|says|announced|insisted|declared)(?: on \w+)?,? (?:that )?(?:it|they) "
)


def find_events(
    sentences: list[Sentence], cast: Cast, published: date | None = None
) -> tuple[list[Event], list[Event]]:
    """The disputes and the deals of the body sentences, one thread per subject and sides,
    in text order. ``published`` places weekdays and months in time."""
    adopt_officials(cast, sentences)
    token = OWNERS.set({**name_owners(cast), **territory_officials(cast, sentences)})
    try:
        disputes, deals = _find_events(sentences, cast, published)
        deals = third_parties_apart(deals, cast, sentences)
        disputes = blockers_apart(beneficiaries_apart(disputes, cast, sentences), cast, sentences)
        disputes = friends_apart(disputes, cast, sentences)
        disputes = detainees_apart(appealers_apart(disputes), cast, sentences)
        return deal_partners_apart(disputes, deals, cast, sentences), deals
    finally:
        OWNERS.reset(token)


def _find_events(
    sentences: list[Sentence], cast: Cast, published: date | None
) -> tuple[list[Event], list[Event]]:
    lex = events()
    r = reading()
    names = name_spans(cast)
    body = [s for s in sentences if s.body]
    lows = {s.index: lower(scrub(s, names.get(s.index, []))) for s in body}
    cues = {s.index: _cues(lows[s.index]) for s in body}
    triggers = [sorted(m.start() for _, m in (*cues[s.index][0], *cues[s.index][2])) for s in body]
    frames = read_frames(body, [lows[s.index] for s in body], triggers, cast)
    art = ArticleText(
        sentences,
        cast,
        lows,
        {s.index: f for s, f in zip(body, frames, strict=True)},
        names,
        published,
    )
    skipped = 0
    for s in sentences:
        # "Jonas Lindqvist in Copenhagen": a byline between the headline and the first body
        # sentence does not push that sentence out of the lede.
        art.story[s.index] = s.index - max(0, skipped - 1)
        skipped += not s.body
    disputes: list[Event] = []
    deals: list[Event] = []
    meetings: list[Event] = []  # visits and summits told with nothing agreed at them
    seen_quotes: set[str] = set()
    for sentence in body:
        low = lows[sentence.index]
        d_triggers, d_topics, a_triggers, a_topics = cues[sentence.index]
        money: list[Amount] | None = None
        if not d_triggers and not a_triggers:
            continue
        for start, end in _clauses(sentence):
            if not _within(d_triggers, start, end) and not _within(a_triggers, start, end):
                continue
            quote = sentence.clause(start, end)
            key = name_key(quote)
            if key in seen_quotes:
                continue  # a paragraph printed twice is one event, not two
            if r.search("off_sense", low, start, end):
                continue  # a match report, a transfer, shopping deals: no public affairs
            made = meeting = False
            for section, statuses, default, out, found, topics in (
                ("dispute", lex.dispute_status, "diplomatic", disputes, d_triggers, d_topics),
                ("deal", lex.deal_status, "other", deals, a_triggers, a_topics),
            ):
                deal = section == "deal"
                if deal and _shopping(art, sentence, start, end):
                    continue  # "carriers lined up their own deals": a sale, no agreement
                in_clause = [
                    (c, m)
                    for c, m in _within(found, start, end)
                    if not art.frames[sentence.index].speaks(m.start())
                    # "deportation flows from Mexico, Guatemala and Honduras": a count of
                    # acts; the names after it are where the flows start, not sides.
                    and r["measure_head"].match(low, m.end()) is None
                    and not (
                        _THREAT_VERB.match(low, m.start())
                        and not _named_subject(art, sentence, m.start())
                    )
                    and _forum_fits(art, sentence, c, m)
                    and (deal or not _in_thing_name(sentence, m))
                    # "under which they agree to settle appeals through arbitration": the
                    # way a dispute is to be settled, no case brought against anyone.
                    and not (
                        c.label == "legal case"
                        and _SETTLED_BY.search(low, max(start, m.start() - 60), m.start())
                    )
                ]
                kind = _kind(in_clause, _within(topics, start, end), default)
                if kind is None:
                    continue
                live = [(c, m) for c, m in in_clause if c.needs is None or c.label in kind[2]]
                if deal:
                    # "agreed that the plan was unlawful": a judgement, no deal between parties.
                    live = [(c, m) for c, m in live if not r["judgement"].match(low, m.start())]
                    # "requested consultations with Indonesia at the WTO": one side's step in
                    # a trade dispute, no deal ("agreed to start consultations" still is one).
                    live = [
                        (c, m)
                        for c, m in live
                        if not (
                            r["talks_sought"].search(low, max(start, m.start() - 30), m.start())
                            and r["dispute_forum"].search(sentence.text.casefold(), m.end(), end)
                        )
                    ]
                    # "a power line between A and B began flows": infrastructure told by what
                    # it does is a deal of the two only when the text calls it their joint work.
                    live = [(c, m) for c, m in live if _held_link(low, start, m, c.label)]
                    # "reached a deal with its staff union on wages": a firm's own affairs.
                    live = [(c, m) for c, m in live if not _internal(low, m)]
                    # "A and B pledged to open the crossing" is a deal; "Erdogan pledged to
                    # bring prices down", or ties "restored three years ago", are not (see
                    # :mod:`._commitment`).
                    live = [
                        (c, m)
                        for c, m in live
                        if told_now(art, sentence, start, end, m, c.label)
                        and told_under(art, sentence, start, end, m, c.label)
                    ]
                    # "urged both sides to return to the negotiating table": an appeal to
                    # others to negotiate tells no talks, and the one appealing is no party.
                    live = [
                        (c, m)
                        for c, m in live
                        if not (c.label == "talks" and _appeal_to_pair(art, sentence, start, m))
                    ]
                    # "is expected to visit Seoul in May": a visit or a summit is a deal only
                    # when the clause tells something agreed, signed or negotiated there; it
                    # still tells whom the story is about (see the lead below).
                    # A visit the text says was arranged ("paved the way for a visit",
                    # "secured an invitation to visit") is agreed between host and visitor.
                    # Talks that a trip still ahead is made for ("is due to travel to Washington
                    # next week for talks with U.S. officials") are that trip: a visit.
                    meeting = all(
                        (c.label == "visit" and _ARRANGED.match(m.group()) is None)
                        or (c.label == "talks" and _trip_ahead(low, start, m))
                        for c, m in live
                    )
                if not deal and set(kind[2]) <= lex.friendly_labels:
                    # "offered to cut tariffs on X": a measure offered away is no dispute.
                    live = [
                        (c, m)
                        for c, m in live
                        if _FRIENDLY.search(low, max(start, m.start() - 60), m.end()) is None
                        and _CUT_AFTER.match(low, m.end()) is None
                    ]
                    if not live:
                        continue
                    taken_away = all(
                        _TAKEN_AWAY.search(low, max(start, m.start() - 40), m.end()) is not None
                        for _, m in live
                    )
                elif not deal and set(kind[2]) <= _LIFTABLE_LABELS:
                    taken_away = all(_lifted(low, start, m) for _, m in live)
                else:
                    taken_away = False
                if deal and all(
                    _IDLE.search(low, max(0, m.start() - 40), m.start()) is not None
                    for _, m in live
                ):
                    continue
                event = _read_event(
                    art, sentence, start, end, section, statuses, kind, live, quote, deals
                )
                if (
                    not deal
                    and event is not None
                    and event.real
                    and (event.lone or event.needs_target)
                ):
                    # "Mauritius renewed its claim to the islands, accusing Britain of
                    # stalling": the first cue names one side; a later clause's cue may name
                    # both.
                    event = (
                        _later_clause_event(
                            art, sentence, (start, end), statuses, live, topics, default, quote
                        )
                        or event
                    )
                if event is None:
                    continue
                if deal and MANDATE in kind[2]:
                    at = next(m.start() for c, m in live if c.label == MANDATE)
                    event = mandate_parties(art, sentence, at, end, event)
                    if event is None:
                        continue
                if deal and meeting:
                    meetings.append(event)
                    continue
                if not deal:
                    _prompted_reaction(art, sentence, start, end, live, event)
                if not deal and taken_away:
                    event.lone, event.opposed = True, False
                if not deal and event.kind == "military" and _verbal_clash(art, sentence, event):
                    event.kind = "political"
                if not deal and event.kind == "diplomatic" and _one_country(art, event):
                    event.kind = "political"
                if deal and event.real and any(d.real for d in deals) and _restated(low, live):
                    # "The EU and Mercosur signed a trade agreement ... The presidents of
                    # Brazil and Paraguay signed the accord at a summit": "the accord" is the
                    # deal told before; its clause adds evidence, not a deal of other parties.
                    event.lone, event.anaphoric, event.named = True, True, []
                if deal and event.real:
                    if money is None:
                        money = parse_money(sentence.masked)
                    event.money = deal_value(low, money, start, end)
                out.append(event)
                made = True
            if made:
                seen_quotes.add(key)
    _aim(disputes, deals, cast, affairs(art.sentences))
    body_at = {s.index: s for s in body}
    for item in disputes:
        _one_bloc(item, cast)
        settle_sides(item, cast, body_at)
        settle_claimants(item, cast, body_at)
    shared_bodies_apart([*disputes, *deals], cast)
    homes = Homes(cast, {s.index: s for s in body})
    disputes, deals = own_apart(disputes, cast, homes), own_apart(deals, cast, homes)
    disputes = addressees_apart(disputes, cast, homes.sentences)
    # "Officials from the US and China attended the talks as observers": no sides of them.
    deals = observers_apart(deals, cast, homes.sentences)
    disputes = allies_apart(disputes, cast, homes.sentences)
    # "squeezed by U.S. tariffs and by Chinese steel", "A and B, both hit by attacks": names
    # on one side of their clause are no dispute between them.
    disputes = same_side_apart(disputes, cast, homes.sentences)
    dispute_threads, deal_threads = make_threads(disputes, cast), make_threads(deals, cast)
    told_brokers(art, deal_threads)
    dispute_threads = [
        t
        for t in dispute_threads
        if not _one_state_only(t, cast)
        and not one_state(t, cast, homes)
        and not _person_of_body_only(t, cast, body_at, posted=True)
    ]
    answered_plans(art, deal_threads, dispute_threads)
    lede = {s.index for s in body[:LEDE_SENTENCES]}
    by_index = {s.index: s for s in body}
    deal_threads = [
        t
        for t in deal_threads
        if not _one_state_only(t, cast)
        and not one_state(t, cast, homes)
        and not _home_firm_only(t, cast, by_index)
        and not _person_of_body_only(t, cast, by_index)
    ]
    deal_threads = [t for t in deal_threads if not _borrowed(t, lede, by_index, art)]
    opening = [s for s in sentences if s.paragraph == 0 and not s.body][:1] + body[:LEDE_SENTENCES]
    deal_threads = [
        t
        for t in deal_threads
        if not wrong_partner(t, cast) and not told_in_passing(t, lede, opening, cast)
    ]
    if dispute_threads:
        # A summit or visit the story tells first is its lead, though it is no deal.
        told = [m for m in meetings if m.real and len(side_set(m, cast)) >= 2][:1]
        lead = min(dispute_threads[:1] + deal_threads[:1] + told, key=lambda t: t.sentences[0])
        heads = [s.text for s in sentences if s.paragraph == 0 and not s.body]
        headline = frozenset(
            side_of(a)
            for a in cast.actors.values()
            if heads
            and any(
                # (The name itself first, in C: most are not in the headline at all.)
                n in heads[0] and re.search(rf"(?<!\w){re.escape(n)}(?!\w)", heads[0])
                for n in (a.name, *a.aliases())
            )
        )
        dispute_threads = story_disputes(dispute_threads, lead, cast, lows, headline)
    return main_threads(dispute_threads), main_threads(deal_threads)


def _makers(
    art: ArticleText,
    sentence: Sentence,
    start: int,
    end: int,
    trigger: re.Match[str],
    labels: list[str],
    label: str,
) -> tuple[list[str], str | None]:
    """A deal told as history: the sides its own clause says made it ("Putin and Kim signed",
    "between India and Pakistan"), by the clause's syntax, not every name it holds, and the
    date it gives it ("in June 2024"). A later clause that tells the deal standing now makes
    it a thread of those sides (:mod:`._made_before`)."""
    low = art.lows[sentence.index]
    seg = segment(sentence, start, end, trigger.start())
    own = own_clause(low, seg, trigger.start())
    if own is None:
        return [], None
    parties = clause_parties(
        art, sentence, *own, trigger.start(), trigger.end(), labels, deal=True, label=label
    )
    actors = with_states(art.cast, parties.actors)
    if side_count(actors) != 2:
        return [], None  # one side, or more than a pair: not plainly the deal's own two
    return [a.key for a in actors][:MAX_PARTIES], clause_when(
        sentence, low, start, end, seg, art.published
    )


def _prompted_reaction(
    art: ArticleText,
    sentence: Sentence,
    start: int,
    end: int,
    live: list[tuple[Cue, re.Match[str]]],
    event: Event,
) -> None:
    """A one-sided act whose clause goes on with a participle of reaction ("Ecuador's navy
    seized a fishing vessel, prompting China to demand the crew's release", "..., drawing a
    protest from Beijing"): who reacts is the act's other side. Only an act told as fact, of
    a named doer, with no side acted on named."""
    if event.unreal or event.background or not event.left or event.right or not live:
        return
    low = art.lows[sentence.index]
    first = min(m.start() for _, m in live)
    found = PROMPTED.search(low, first, end)
    if found is None:
        return
    at = found.end()
    if found.group("noun") is None and REACTION_VERB.match(low, low.find(" ", at)) is None:
        return
    name_end = at
    while name_end < len(low) and low[name_end] == "_":
        name_end += 1
    reactors = [
        a
        for a in art.cast.in_span(sentence.start + at, sentence.start + name_end)
        if a.kind != "other"
    ]
    mine = {side_of(art.cast.actors[k]) for k in event.left if k in art.cast.actors}
    right = [a for a in with_states(art.cast, reactors) if side_of(a) not in mine]
    if not right:
        return
    event.right = [a.key for a in right]
    event.parties = list(dict.fromkeys([*event.parties, *event.right]))[:MAX_PARTIES]
    event.opposed = True
    event.needs_target = False


# Words that make a clash one of force: who bears arms, and what force does.
_FORCE = re.compile(
    r"\b(?:kill\w*|dead|died|deaths?|wound\w*|injur\w*|troops|soldiers|forces|police\w*"
    r"|army|armies|militar\w*|fighters|gunmen|militants?|rebels?|militias?|armed|weapons?"
    r"|guns?|gunfire|fire|fired|shots?|tear gas|rubber bullets|stones|rocks|border|frontier"
    r"|riot\w*|protesters|demonstrators|crowds?)\b"
)


def _verbal_clash(art: ArticleText, sentence: Sentence, event: Event) -> bool:
    """Whether a clash is one of words: its sides are named bodies and people only (political
    parties, ministers; no state, no armed group) and its sentence names no force, no weapon
    and no one hurt ("the ANC and the DA clashed over the fuel levy"). Parties and ministers
    clash in debate; a clash of arms is fought by states, armed groups or forces."""
    if set(event.labels) != {"clashes"} or not event.parties:
        return False
    actors = [art.cast.actors[k] for k in event.parties if k in art.cast.actors]
    if len(actors) < 2 or any(a.kind not in ("organization", "person") for a in actors):
        return False
    return _FORCE.search(art.lows[sentence.index]) is None


def _one_country(art: ArticleText, event: Event) -> bool:
    """Whether a row's two sides are all of one state: its parties and ministers, at most the
    state itself ("the PSD threatened to quit unless Finance Minister X drops the freeze").
    Diplomacy is between states; a row inside one is political. Every body must be known to
    be of that state (an international body is of none); a person may be unplaced."""
    if not event.left or not event.right:
        return False
    countries: set[str] = set()
    for key in (*event.left, *event.right):
        actor = art.cast.actors.get(key)
        if actor is None or actor.kind not in ("organization", "person", "state"):
            return False
        if actor.country is None:
            if actor.kind != "person":
                return False
            continue
        countries.add(actor.country)
    sides = [[art.cast.actors[k].kind for k in side] for side in (event.left, event.right)]
    return len(countries) == 1 and not any(kinds == ["state"] for kinds in sides)


def _act_led_to(
    statuses: tuple[tuple[str, WordPattern], ...], low: str, start: int, at: int
) -> tuple[int, int] | None:
    """The noun the act that talks (named after "after"/"following") led to makes: the object
    of the last verb of making a deal ("signed an annex") before them in the clause."""
    acts = [
        m.end()
        for name, pattern in statuses
        if name in ("signed", "agreed")
        for m in pattern.finditer(low, start, at)
        if m.group().endswith("ed")
    ]
    if not acts:
        return None
    made = _MADE_OBJECT.match(low, max(acts), at)
    return made.span(1) if made is not None else None


# The noun a deal verb makes: "signed [an annex] to ...", "agreed [a framework] for ...".
_MADE_OBJECT = re.compile(r" (?:an?|the|their|its|a new) ([a-z][\w-]*)")


# "talks between the two governments", "between both sides": a pair the talks are held by.
# What became of a deal, told in the next clause: "..., but that deal was suspended in 2021".
_LATER_FATE = re.compile(
    r"[,;]? (?:but|and|before|until) (?:that|the|this|it|its)(?: [\w-]+)?"
    r"(?: deal| agreement| arrangement| accord| pact| truce| ceasefire| treaty| plan)?"
    r" (?:was|were|has been|had been|is) (?:later |since |subsequently |eventually )?"
    r"(suspended|frozen|cancell?ed|scrapped|terminated|abandoned|revoked|annulled|collapsed)\b"
)
# "The two will hold talks in Brussels": the pair opens the sentence as the talks' subject.
_PAIR_TALKS = re.compile(
    r"(?:the two|both)(?: countries| sides| governments| neighbou?rs| leaders| delegations)? "
    r"(?:will |would |are (?:due |set )?to |plan to |agreed to |have agreed to |also )?"
    r"(?:hold|held|resume|resumed|begin|began|start|started|open|opened|meet|met)\b"
)
_PAIR_BETWEEN = re.compile(
    r"\b(?:talks|negotiations|dialogue)(?: [\w-]+){0,3}? between (?:the|both) (?:two )?"
    r"(?:countries|sides|governments|neighbou?rs|nations|capitals|delegations"
    r"|(?:foreign |prime |defen[cs]e |interior )?ministers|leaders|presidents)\b"
    # ... and the talks have a verb of their own ("were postponed", "broke up"): "said after
    # annual talks between the two governments that ..." names them as a statement's occasion.
    r"(?:(?! that )[^.;:])*?\b(?:were|was|is|are|have|has|had|will|broke|collapsed|ended"
    r"|stalled|resumed|began|opened|failed|continued)\b"
)


def _borrowed(
    thread: Event, lede: set[int], by_index: dict[int, Sentence], art: ArticleText
) -> bool:
    """Talks or an offer told once, past the lede, in a clause that names fewer than two of
    its sides ("it stood ready to support both countries' dialogue"): the sides come from
    other sentences, and the clause does not say they are the ones talking. An official's
    "we" names their state ("we have started talks with Jakarta")."""
    cast = art.cast
    if thread.real != 1 or thread.sentences[0] in lede:
        return False
    if not set(thread.labels) <= events().weak_labels:
        return False
    told = [by_index[i] for kind, i in thread.quote_keys if kind == 0 and i in by_index]
    if "talks" in thread.labels and any(
        _PAIR_BETWEEN.search(art.lows[s.index]) is not None
        or _PAIR_TALKS.match(art.lows[s.index]) is not None
        or reading()["pair_source"].search(art.lows[s.index]) is not None
        for s in told
    ):
        # "Talks between the two governments ...", "The two will hold talks", "That
        # commission will meet ..., both sides said": the clause names them talking, or both
        # sides report it.
        return False
    sides = {side_of(cast.actors[k]) for k in thread.members("parties") if k in cast.actors}
    if any(pair_subject_told(art, s, sides) for s in told):
        return False  # "The neighbours are negotiating a protocol": the pair told as subject
    named = {
        side_of(a)
        for sentence in told
        for a in cast.in_span(sentence.start, sentence.start + len(sentence.text))
        if a.key in thread.members("parties")
    }
    named |= {
        side_of(a)
        for sentence in told
        for a in voices(art.sentences, cast, sentence)
        if a.key in thread.members("parties")
    }
    return len(named) < 2


def _cues(low: str) -> tuple[list[Found], list[Found], list[Found], list[Found]]:
    """A sentence's dispute triggers and topics, deal triggers and topics. Topics only choose
    the kind of a section's triggers: a sentence with none of them is not read for its topics
    (most sentences name no event; this saves a pass over each)."""
    lex = events()
    disputes = lex.dispute_triggers.find(low)
    deals = lex.deal_triggers.find(low)
    return (
        disputes,
        lex.dispute_topics.find(low) if disputes else [],
        deals,
        lex.deal_topics.find(low) if deals else [],
    )


# How many paragraphs back "the decision", "the move" finds the target told without critics.
_RECEIVED_GAP = 2


def _aim(disputes: list[Event], deals: list[Event], cast: Cast, matters: dict[int, int]) -> None:
    """Give an act aimed at something told before its target ("China's foreign ministry
    condemned the move"): the side that did the thing the actor is on the receiving end of,
    or else the sides of the story's lead event."""
    told = sorted(
        (e for e in [*disputes, *deals] if e.real and not e.lone and not e.needs_target),
        key=lambda e: e.sentences[0],
    )
    undergone = [e for e in disputes if e.real and e.received and e.right and not e.left]
    for item in disputes:
        if not item.needs_target:
            continue
        item.needs_target = False
        if aimed_at_home(item, cast):
            item.lone = True  # "accused the government": its own, not a side told before
            continue
        mine = {side_of(cast.actors[k]) for k in item.left if k in cast.actors}
        before = [
            e
            for e in told
            if e.sentences[0] <= item.sentences[0]
            and same_affair(matters, e.paragraph, item.paragraph)
        ]
        target: list[str] = []
        measure = not set(item.labels) & (_REACTIONS | _TARGETED)
        for event in reversed(before):
            theirs = {side_of(cast.actors[k]) for k in event.right if k in cast.actors}
            if measure and event.labels[0] in _REACTIONS and set(event.labels) & _MEASURES:
                # "Mexico condemned U.S. sanctions on Cuba. The Treasury announced the
                # measures, blacklisting ...": the measure told again, not an answer to its
                # critics.
                continue
            if event.opposed and mine & theirs:
                target = list(event.left)
                break
        if not target:
            target = _holder(item, disputes, mine, cast)
        if not target and item.referent:
            # "India put the treaty in abeyance. Pakistan called this an act of hostility":
            # the act the sentence before told, whose doer no thread holds as a side.
            target = item.referent
            # The act answered is what the row is about: its words join the reaction's.
            _lend_quote(item, item.referent_quote)
        if not target:
            # "Japan faced criticism over ... The decision drew criticism from Australia": the
            # side told as the act's target just before, with no critic named then.
            target = next(
                (
                    list(e.right)
                    for e in reversed(undergone)
                    if e.sentences[0] <= item.sentences[0]
                    and item.paragraph - e.paragraph <= _RECEIVED_GAP
                    and not mine & {side_of(cast.actors[k]) for k in e.right if k in cast.actors}
                ),
                [],
            )
        earlier = [e for e in before if e.sentences[0] < item.sentences[0]]
        if (
            not target
            and earlier
            and set(item.labels) & _TARGETED
            # "noted that Tehran had long opposed any change to borders": a standing position,
            # no answer to the story's act.
            and reading()["standing_stance"].search(item.quotes[0].casefold()) is None
        ):
            # "Iran said it opposed any project imposed on the Caspian": a reaction to the
            # story's lead event, when no act against the reacting side was told. One told in
            # the same sentence ("X freed two aid workers, while the UN demanded ...") is a
            # matter beside it, not what the act answers.
            lead = earlier[0]
            if not mine & side_set(lead, cast):
                # "The EU adopted sanctions against Russia ... China said it opposed unilateral
                # sanctions": who judges the measure the lead tells faces its doer; the one
                # it was taken against is no opponent of the judge.
                # Who condemns a strike or an attack faces the attacker, not the attacked.
                judged = (
                    set(item.labels) & _JUDGING
                    and (
                        (lead.labels[0] in _MEASURES and set(item.labels) & _MEASURES)
                        or lead.labels[0] in _ARMED_ACTS
                    )
                    and lead.left
                    and lead.right
                )
                if judged and lead.labels[0] in _ARMED_ACTS and _other_act_judged(item, lead):
                    # "condemned the attack on the market" after a lead strike on an army
                    # headquarters: who hit the market the text does not say.
                    item.lone = True
                    continue
                target = list(lead.left if judged else lead.parties)
                if (
                    set(item.labels) & _JUDGING
                    and lead.labels[0] in _JUDGING
                    and lead.opposed
                    and lead.right
                ):
                    # "Britain and France condemned Iran's seizure ... Germany and Italy also
                    # condemned the seizure": a second judge of the act the lead's critics
                    # judged stands with them, against the act's doer; critics are never
                    # set against each other by judging the same act.
                    target = list(lead.right)
        if not target and item.told_referent:
            # "Japan condemned the launch": no thread nor lead event tells the act, but a
            # sentence or two before told it by its own word ("North Korea fired a missile").
            target = item.told_referent
            _lend_quote(item, item.told_referent_quote)
        if not target:
            item.lone = True
            continue
        item.right = [k for k in target if k not in item.left]
        item.parties = list(dict.fromkeys([*item.parties, *item.right]))
        item.opposed = bool(item.right)
        item.aimed = True


_HELD = "detentions"
# A demand that names what it asks: people or a ship to be freed.
_RELEASE = re.compile(r"\b(?:release|free|freeing|freedom)\b")
# Acts that hold people or things another side may ask back.
_HOLDING = frozenset(["detentions", "asset seizure"])
# How far back, in paragraphs, a demand for a release may answer a detention.
_HOLDING_GAP = 3


def _holder(item: Event, disputes: list[Event], mine: set[str], cast: Cast) -> list[str]:
    """Whom a demand for a release faces when its clause names no one held by anyone ("China
    demanded the immediate release of the crew"): the doer of the latest detention or seizure
    told before it, as fact, even when that clause named no other side ("Ecuador's navy
    seized a fishing vessel")."""
    if "demands" not in item.labels or not any(_RELEASE.search(q.casefold()) for q in item.quotes):
        return []
    for event in reversed(disputes):
        if event is item or event.sentences[0] > item.sentences[0]:
            continue
        if item.paragraph - event.paragraph > _HOLDING_GAP:
            break
        if not set(event.labels) & _HOLDING or event.background:
            continue
        if event.unreal and not event.alone:
            continue
        doers = event.left or event.parties
        sides = {side_of(cast.actors[k]) for k in doers if k in cast.actors}
        if sides and not sides & mine:
            return list(doers)
    return []


# "condemned the attack on the market": the act judged, named by what it hit.
_JUDGED_OBJECT = re.compile(
    r"\b(?:attacks?|strikes?|shelling|bombing|bombardment|raids?) (?:on|of) (?:the |a |an )?"
    r"((?:[\w'-]+ ?){1,3})"
)


def _other_act_judged(item: Event, lead: Event) -> bool:
    """Whether the armed act a critic judges names what it hit, and the lead's own clauses
    name none of it: then the lead is another act, and the judged one's doer is not told."""
    found = _JUDGED_OBJECT.search(" ".join(item.quotes).casefold())
    if found is None:
        return False
    words = [w for w in re.findall(r"[a-z][\w-]{3,}", found.group(1))]
    told = " ".join(lead.quotes).casefold()
    return bool(words) and not any(w in told for w in words)


_BARE_DEFINITE = re.compile(r"the $")
_COMPLEMENT = re.compile(
    r"(?:-| (?:on|to|for|of|over|between|with|that|which|under|covering|signed in \d))\b"
)


_ARRANGED = re.compile(r"(?:pave\w* the way for|secur|arrang|invit)")
# A trip still ahead whose purpose is talks: "is due to travel to Washington for talks".
_TRIP_AHEAD = re.compile(
    r"\b(?:will|shall|due to|set to|expected to|scheduled to|plans? to|planning to|is to|are to)"
    r" (?:travel|fly|head|go|come|visit|return)\b[^.;]{0,80}? for (?:[\w-]+ ){0,2}?talks$"
)


def _trip_ahead(low: str, start: int, match: re.Match[str]) -> bool:
    noun = re.search(r"\btalks\b", match.group())
    return noun is not None and bool(_TRIP_AHEAD.search(low, start, match.start() + noun.end()))


_APPEAL = re.compile(
    r"\b(?:call\w* (?:on|upon)|urg\w*|press\w*|appeal\w* to|ask\w*|encourag\w*|exhort\w*)"
    r"(?P<obj>(?: \S+){1,8}?) to (?:\S+ ){0,8}?$"
)
_DEADLINE_GIVEN = re.compile(
    r"\b(?:giv(?:e|es|en|ing)|gave|grant\w*) (?:\S+ ){1,5}?(?:until|till) (?:\S+ ){1,4}?"
    r"to (?:\S+ ){0,3}?$"
)
_PAIR = re.compile(
    r" (?:both|all|the two|the) (?:sides|parties|countries|governments|neighbou?rs|rivals)$"
)


def _appeal_to_pair(art: ArticleText, sentence: Sentence, start: int, match: re.Match[str]) -> bool:
    """Whether the talks at ``match`` are what one party appeals to two others to hold
    ("called on Sudan and South Sudan to resume negotiations", "urged both sides to return
    to the negotiating table"): an appeal, not talks; "Malaysia asked Singapore to reopen
    talks" is one side's proposal to the other, and stands."""
    low = art.lows[sentence.index]
    given = _DEADLINE_GIVEN.search(low, max(start, match.start() - 120), match.start())
    if given is not None:
        # "OFAC has given Lukoil until January 17 to conclude talks on a sale": who sets the
        # deadline is no party, and talks whose other side the clause does not name are no
        # deal of two.
        after = re.compile(r"[.;,](?:\s|$)").search(low, match.end())
        stop = len(low) if after is None else after.start()
        return not art.cast.in_span(sentence.start + match.end(), sentence.start + stop)
    found = _APPEAL.search(low, max(start, match.start() - 160), match.start())
    if found is None:
        return False
    if _PAIR.search(found.group("obj")):
        return True
    named = art.cast.in_span(sentence.start + found.start("obj"), sentence.start + found.end("obj"))
    return side_count(with_states(art.cast, unique(named))) >= 2


def _restated(low: str, live: list[tuple[Cue, re.Match[str]]]) -> bool:
    """Whether a deal clause names its deal only as one told before: a noun after a bare
    "the" that no complement follows ("signed the accord at a summit", not "the accord on
    fishing"), beside at most a visit or summit it was signed at."""
    nouns = [m for c, m in live if c.label != "visit"]
    return bool(nouns) and all(
        _BARE_DEFINITE.search(low, max(0, m.start() - 4), m.start()) is not None
        and " " not in m.group()
        and _COMPLEMENT.match(low, m.end()) is None
        for m in nouns
    )


def _refers_back(low: str, start: int, cue: Cue, match: re.Match[str]) -> bool:
    """A directed reaction whose object is an act told before: "condemned the move",
    "vowed to retaliate against the decision", "called this an act of hostility"."""
    if cue.label not in reading().directed and cue.label not in _TARGETED:
        return False
    return _object_refers_back(low, start, match, calling=cue.label == "hostile act")


def _object_refers_back(low: str, start: int, match: re.Match[str], *, calling: bool) -> bool:
    """Whether the object of the reaction at ``match`` is an act told before: the verb's own
    object ("rejected this as 'political pressure'"), or, with ``calling``, what a verb of
    calling names ("called this an act of hostility")."""
    words = match.group().split()
    verb = match.start() + len(words[0]) if words else match.end()
    if any(reading()["act_reference"].match(low, at) for at in (match.end(), verb)):
        return True
    called = reading()["calling"].search(low, start, match.start()) if calling else None
    return called is not None and reading()["act_reference"].match(low, called.end()) is not None


def _act_told_by_word(
    art: ArticleText, sentence: Sentence, start: int, trigger: re.Match[str], left: list[Actor]
) -> tuple[list[str], tuple[int, str, str]] | None:
    """The doer of the act "the launch", "the sale", "the deportations" names, told before by
    that word or its verb ("North Korea fired a missile ... Japan condemned the launch")."""
    low = art.lows[sentence.index]
    words = trigger.group().split()
    verb = trigger.start() + len(words[0]) if words else trigger.end()
    called = reading()["calling"].search(low, start, trigger.start())
    noun = referred_act(low, [trigger.end(), verb, *([called.end()] if called else [])])
    if noun is None:
        return None
    mine = {side_of(a) for a in left}
    found = told_doer(art.cast, art.sentences, art.lows, sentence, noun, mine)
    if found is None:
        return None
    doers, told = found
    first_start, first_end = _clauses(told)[0]
    return (
        [a.key for a in with_states(art.cast, doers)],
        (told.index, told.clause(first_start, first_end), told.quote),
    )


def _act_before(
    art: ArticleText, sentence: Sentence, start: int, trigger: re.Match[str], left: list[Actor]
) -> tuple[list[str], tuple[int, str, str]] | None:
    """The doer of the act the sentence before tells, when a reaction's object refers to it
    ("India put the treaty in abeyance. Pakistan's foreign office called this an act of
    hostility"; "... The Kremlin dismissed the measures"): the one side named as that
    sentence's subject, other than the reacting one, when that sentence tells an act (a
    dispute or deal cue). Nothing when the object names its own owner ("the decision of the
    court") or the sentence before has no single doer."""
    low = art.lows[sentence.index]
    before = [s for s in art.sentences if s.index == sentence.index - 1 and s.index in art.lows]
    if not before:
        return None
    prev = before[0]
    prev_low = art.lows[prev.index]
    spoke = speaker_before(art.cast, prev, prev_low, low, trigger)
    if spoke is not None and side_of(spoke) not in {side_of(a) for a in left}:
        # "\"...,\" Irro told supporters. Somalia's government rejected the remarks."
        first_start, first_end = _clauses(prev)[0]
        return (
            [a.key for a in with_states(art.cast, [spoke])],
            (prev.index, prev.clause(first_start, first_end), prev.quote),
        )
    if not _object_refers_back(low, start, trigger, calling=True):
        return None
    owned = _owner_of_reference(art, sentence, start, trigger, left)
    if owned is not None:
        return owned
    opening = [
        a
        for a in art.cast.in_span(prev.start, prev.start + len(prev_low))
        if a.kind != "other"
        and any(
            prev.start <= m.start
            and len(prev_low[: m.start - prev.start].split()) <= _SUBJECT_OPENING
            for m in a.mentions
        )
        # "Belarus sentenced a Lithuanian citizen": where the one held comes from, no doer.
        and not private_holder(a, prev_low, prev, 0, len(prev_low))
    ]
    if not opening:
        # "But the seizure came nine days after the United States said it had confiscated
        # ...": the act told last has its own subject (see ``late_doer``).
        late = late_doer(art.cast, prev, prev_low, _cues(prev_low)[0])
        if late is None or side_of(late) in {side_of(a) for a in left}:
            return None
        first_start, first_end = _clauses(prev)[0]
        return (
            [a.key for a in with_states(art.cast, [late])],
            (prev.index, prev.clause(first_start, first_end), prev.quote),
        )
    if opening[0].kind == "other":
        return None  # "Typhoon Doksuri struck the Philippines": no one's act
    mine = {side_of(a) for a in left}
    doers = {side_of(a) for a in opening}
    if len(doers) != 1 or doers & mine:
        return None
    first = min(m.end for m in opening[0].mentions if m.start >= prev.start) - prev.start
    d_triggers, _, a_triggers, _ = _cues(prev_low)
    said = reading()["reporting"].search(prev_low, first, first + _SPEAKER_REACH)
    # "India's minister said work would proceed and that India owed Pakistan no
    # explanation. Pakistan called this an act of hostility": what the speaker said, naming
    # no one but its own side and the one that answers, is its side's own stand.
    own = (
        said is not None
        and _SPEAKER_GAP.fullmatch(_ASIDE.sub(" ", prev_low[first : said.start()])) is not None
        and _own_report(art, prev, said.end(), doers, mine)
    )
    if not (d_triggers or a_triggers or reading()["act_verb"].match(prev_low, first) or own):
        return None  # "Hungary blocked EU aid": an act; "Officials met": none told
    told = reading()["reporting"].search(prev_low, first, first + 40)
    if (
        told is not None
        and _SPEAKER_GAP.fullmatch(_ASIDE.sub(" ", prev_low[first : told.start()]))
        and _PRONOUN_SUBJECT.match(prev_low, told.end()) is None
        and not own
    ):
        # "The Commission said Hungary's plan broke the rules": "this" is what it said, a
        # statement, not an act of its own ("India said it had put the treaty in abeyance").
        return None
    first_start, first_end = _clauses(prev)[0]
    return (
        [a.key for a in with_states(art.cast, opening[:1])],
        (prev.index, prev.clause(first_start, first_end), prev.quote),
    )


def _owner_of_reference(
    art: ArticleText, sentence: Sentence, start: int, trigger: re.Match[str], left: list[Actor]
) -> tuple[list[str], tuple[int, str, str]] | None:
    """The owner of the act a reaction's object points back to, when an earlier sentence told
    it as that owner's ("the European Union's methane regulation ... objected to the
    regulation"; see :mod:`._act_owner`), unless the owner is the reacting side itself."""
    low = art.lows[sentence.index]
    words = trigger.group().split()
    verb = trigger.start() + len(words[0]) if words else trigger.end()
    called = reading()["calling"].search(low, start, trigger.start())
    spots = [trigger.end(), verb, *([called.end()] if called is not None else [])]
    noun = None
    for at in spots:
        reference = reading()["act_reference"].match(low, at)
        if reference is not None:
            noun = referred_noun(reference.group())
            break
    if noun is None:
        return None
    before = [s for s in art.sentences if s.index < sentence.index]
    found = act_owner(art.cast, before, art.lows, noun)
    if found is None:
        return None
    owner, told = found
    if side_of(owner) in {side_of(a) for a in left}:
        return None
    first_start, first_end = _clauses(told)[0]
    return (
        [a.key for a in with_states(art.cast, [owner])],
        (told.index, told.clause(first_start, first_end), told.quote),
    )


def _own_report(
    art: ArticleText, sentence: Sentence, at: int, doers: set[str], mine: set[str]
) -> bool:
    """What a speaker says from ``at`` on is its own side's stand: the first side it names is
    the speaker's, and it names no one but that side and the one that answers ("India's
    minister said work would proceed at full speed and that India owed Pakistan no
    explanation"). A report about the answering side's own act ("the IMF said Hungary's plan
    broke its rules") is a judgement of it, no act of the speaker's."""
    named = [
        a
        for a in art.cast.in_span(sentence.start + at, sentence.end)
        if a.kind != "other" and a.kind != "person"
    ]
    return (
        bool(named)
        and side_of(named[0]) in doers
        and all(side_of(a) in doers | mine for a in named)
    )


def _person_acts_only(labels: list[str]) -> bool:
    """Deporting people ("300 Indians were deported by Mexican immigration authorities") is
    enforcement against persons, no row between the states named; the clause makes a dispute
    only with a state's own act beside it (a protest, a summoned envoy, a tariff)."""
    acts = reading()["person_acts"]
    return bool(labels) and all(acts.match(label) for label in labels)


def _passive_target(low: str, start: int, trigger: re.Match[str]) -> bool:
    """A directed act told in the passive ("Russia and the Syrian government have been accused
    of ..."): its subject is the target, with no doer named; it answers nothing told before
    ("is opposed to" is no passive: its subject opposes)."""
    told = low[max(start, trigger.start() - 30) : trigger.start()] + trigger.group().split()[0]
    return reading()["passive_target"].search(told) is not None


def _unnamed_claimant(low: str, start: int, trigger: re.Match[str]) -> bool:
    """Complaints, suits or criticism "against X" whose complainant the phrase does not name:
    not as an owner ("Y's complaints"), nor as the subject of the verb that governs them ("Y
    filed complaints"), nor after them ("by Y", "a suit Y brought")."""
    r = reading()
    if r["claim_noun"].match(low, trigger.start()) is None:
        return False
    before = low[max(start, trigger.start() - 60) : trigger.start()]
    return (
        r["claimant_before"].search(before) is None
        and r["claimant_after"].match(low, trigger.end()) is None
    )


def _one_state_only(thread: Event, cast: Cast) -> bool:
    """A thread whose parties are one state and a body that is that state's by its full name
    ("China" and "the Communist Party", told before as "the Chinese Communist Party"): a
    state, its government and its ruling party are one side, and one side is no row or deal."""
    actors = [cast.actors[k] for k in thread.parties if k in cast.actors]
    if len(actors) != len(thread.parties):
        return False
    return len({_own_side(a, cast) for a in actors}) < 2 and len({side_of(a) for a in actors}) > 1


def _home_firm_only(thread: Event, cast: Cast, by_index: dict[int, Sentence]) -> bool:
    """A deal thread whose parties are one state and firms of that state only ("a second
    Norwegian firm, Brattholm, pulled out of talks"; "Zambia's state power company ZESCO said
    it had signed a deal with a Tanzanian firm"): a firm and its home state are one side, and
    one side makes no deal; who the deal was with is not named."""
    actors = [cast.actors[k] for k in thread.parties if k in cast.actors]
    if len(actors) != len(thread.parties):
        return False
    states = [a for a in actors if a.kind == "state"]
    firms = [a for a in actors if a.kind == "company"]
    # Two firms are a deal between firms, whoever's they are.
    if len(states) != 1 or len(firms) != 1 or len(actors) != 2:
        return False
    state = states[0]
    owners = OWNERS.get()
    if state.country is not None and all(
        (firm.country or owners.get(firm.key)) == state.country for firm in firms
    ):
        return True
    # A state its sentences name only as where the firm is from, right before it ("a Norwegian
    # firm, Brattholm", "Zambia's state power company ZESCO"), is its home, not a party.
    told = [
        (m, sentence)
        for index in thread.sentences
        if (sentence := by_index.get(index)) is not None
        for m in state.mentions
        if sentence.start <= m.start < sentence.end
    ]

    def home_of_firm(m: Any, sentence: Sentence) -> bool:
        if not (m.adjective or sentence.text.startswith(("'s", "’s"), m.end - sentence.start)):
            return False
        return any(
            0 <= f.start - m.end <= 50
            and re.search(
                r"[.;:()]|\bwith\b",
                sentence.text[m.end - sentence.start : f.start - sentence.start],
            )
            is None
            for firm in firms
            for f in firm.mentions
        )

    return bool(told) and all(home_of_firm(m, sentence) for m, sentence in told)


# Between a body and the person whose post it names: "Orano's general counsel, NAME", "the
# head of the Thai delegation, NAME", "EU Trade Commissioner NAME"; not a list or a partner.
_POST_GAP = re.compile(r"(?:['’]s?)?(?:,? (?!and\b|with\b|between\b|or\b)[\w.'’-]+){0,7},? ")


# An appositive after a comma renames a post only when the words before the comma name one
# ("the head of the Thai delegation, NAME"; not "visas for Bangladeshi workers, Minister NAME").
_POST_NOUN = re.compile(
    r"\b(?:leader|head|chief|counsel|minister|commissioner|secretary|spokes\w+|president|"
    r"director|envoy|negotiator|delegation|advis[eo]r|ambassador|chair\w*|official|executive|"
    r"lawyer|representative|deputy|governor|officer)s?\b"
)


def _title_run(gap: str) -> bool:
    """Whether ``gap`` is only a capitalised title before a name ("ECOWAS Commission President
    NAME"): a post written as part of the name, not a verb between two actors."""
    words = gap.split()
    return (
        bool(words)
        and all(w[:1].isupper() for w in words)
        and (_POST_NOUN.search(gap.casefold()) is not None)
    )


def _person_of_body_only(
    thread: Event, cast: Cast, by_index: dict[int, Sentence], posted: bool = False
) -> bool:
    """A deal or dispute thread whose parties are one person and the body or state whose post
    the text gives them ("Chega's leader in parliament, NAME, accused the two largest parties
    of a backroom deal"): the person speaks for that body, so the two are one side, and one
    side makes no deal and has no row. ``posted``: the words between must name the post (a
    row's two sides are often named close together: "ties between Niger and France since
    General NAME seized power")."""
    actors = [cast.actors[k] for k in thread.parties if k in cast.actors]
    if len(actors) != 2 or len(thread.parties) != 2:
        return False
    people = [a for a in actors if a.kind == "person"]
    if len(people) != 1:
        return False
    person = people[0]
    body = actors[0] if actors[1] is person else actors[1]
    if body.kind == "person":
        return False
    for sentence in by_index.values():
        for p in person.mentions:
            if not sentence.start <= p.start < sentence.end:
                continue
            for b in body.mentions:
                if sentence.start <= b.end <= p.start and p.start - b.end <= 60:
                    gap = sentence.text[b.end - sentence.start : p.start - sentence.start]
                    if (
                        _POST_GAP.fullmatch(gap)
                        and ("," not in gap.rstrip(", ") or _POST_NOUN.search(gap.split(",")[0]))
                        and (not posted or _POST_NOUN.search(gap) or _title_run(gap))
                    ):
                        return True
    return False


def _own_side(actor: Actor, cast: Cast) -> str:
    """The side of ``actor``, or of the named body a short form of its name refers back to
    ("the Communist Party" after "the Chinese Communist Party")."""
    if actor.kind != "organization" or actor.country is not None:
        return side_of(actor)
    tail = f" {actor.name.casefold()}"
    full = [
        a
        for a in cast.actors.values()
        if a.kind == "organization" and a.country and a.name.casefold().endswith(tail)
    ]
    return (
        full[0].country
        if len({a.country for a in full}) == 1 and full[0].country
        else side_of(actor)
    )


def _one_bloc(item: Event, cast: Cast) -> None:
    """A body is on its own bloc's side ("the European Commission said firms stay protected
    by the European Union's statute"): the bloc leaves the side opposite its body, and a side
    left empty sets no one against anyone."""
    if not item.opposed:
        return
    belongs = reading()["bloc_body"]

    def blocs_of(keys: list[str]) -> set[str]:
        names = [(k, cast.actors[k].name.casefold()) for k in keys if k in cast.actors]
        return {
            k
            for k in cast.actors
            for _, body in names
            if belongs.match(f"{body} of {cast.actors[k].name.casefold()}")
        }

    left, right = blocs_of(item.right), blocs_of(item.left)
    if not (left & set(item.left) or right & set(item.right)):
        return
    item.left = [k for k in item.left if k not in left]
    item.right = [k for k in item.right if k not in right]
    if not (item.left and item.right):
        # Only the bloc and its body: one side, as an act told of one actor is.
        item.opposed, item.lone = False, True


_IN_EXCHANGE = re.compile(r"\bin (?:exchange|return) for\b")


def _quid_pro_quo(
    art: ArticleText, sentence: Sentence, after: int, end: int, actors: list[Actor]
) -> list[Actor]:
    """``actors`` and the one other state or body an "in exchange for" phrase after the deal
    names as giving what it is traded for; ``actors`` alone when it names none or several."""
    low = art.lows[sentence.index]
    found = _IN_EXCHANGE.search(low, after, end)
    if found is None:
        return actors
    mine = {side_of(a) for a in actors}
    givers = unique(
        [
            a
            for a in art.cast.in_span(sentence.start + found.end(), sentence.start + end)
            if a.kind in ("state", "organization") and side_of(a) not in mine
        ]
    )
    return [*actors, givers[0]] if len(givers) == 1 else actors


_RELATIVE_OPENING = re.compile(r"(?:which|who|whom|whose|where|when|that)\b")


def _lend_quote(item: Event, quote: tuple[int, str, str] | None) -> None:
    """Add the act a reaction answers (its sentence index, clause and whole sentence) to the
    reaction's evidence, told before it."""
    if quote is None:
        return
    index, clause, whole = quote
    item.sentences.append(index)
    item.quotes.append(clause)
    item.sentence_quotes.append(whole)
    item.quote_keys.append((0, index))


def _later_clause_event(
    art: ArticleText,
    sentence: Sentence,
    span: tuple[int, int],
    statuses: tuple[tuple[str, WordPattern], ...],
    live: list[tuple[Cue, re.Match[str]]],
    topics: list[tuple[Cue, re.Match[str]]],
    default: str,
    quote: str,
) -> Event | None:
    """The dispute a cue after a comma tells with both its sides, when the clause's first
    cue named one: each later cue is read alone, in its own stretch of the clause."""
    start, end = span
    low = art.lows[sentence.index]
    first = min(m.start() for _, m in live)
    for cue, match in sorted(live, key=lambda x: x[1].start()):
        if match.start() == first or "," not in low[first : match.start()]:
            continue
        opened = low[low.rfind(",", first, match.start()) + 1 : match.start()].lstrip()
        if _RELATIVE_OPENING.match(opened):
            continue  # ", which Peruvian officials rejected as interference": another's act
        kind = _kind([(cue, match)], _within(topics, start, end), default)
        if kind is None:
            continue
        event = _read_event(
            art, sentence, start, end, "dispute", statuses, kind, [(cue, match)], quote
        )
        if (
            event is not None
            and event.real
            # (two sides: set against each other, or only two named)
            and (event.opposed or len(event.parties) == 2)
            and not event.lone
            and not event.needs_target
        ):
            return event
    return None


def _read_event(
    art: ArticleText,
    sentence: Sentence,
    start: int,
    end: int,
    section: str,
    statuses: tuple[tuple[str, WordPattern], ...],
    kind: tuple[str, bool, list[str], list[str]],
    live: list[tuple[Cue, re.Match[str]]],
    quote: str,
    earlier: Sequence[Event] = (),
) -> Event | None:
    """The event of one clause, or ``None`` when it has no sides (``earlier``: the deals told
    before it)."""
    lex = events()
    low = art.lows[sentence.index]
    frame = art.frames[sentence.index]
    deal = section == "deal"
    moods = []
    dated = False
    refused: set[int] = set()
    planned: set[int] = set()
    for cue, match in live:
        # What dates a trigger comes before it or in its own stretch: "signed ... on Monday,
        # a deal that would raise exports by 2028" is no deal of 2028.
        seg_start, seg_end = segment(sentence, start, end, match.start())
        found = mood(low, seg_start, end, match.start(), match.end(), deal=deal, frame=frame)
        if deal and found == UNREAL and _talks_refused(low, seg_start, match, cue, frame):
            # "Peru has ruled out talks with Bolivia", "said it would not return to peace
            # talks with the ELN": the refusal is the news, and the talks are off.
            found = REAL
            refused.add(match.start())
        if (
            deal
            and found == UNREAL
            and not (frame.analyst or frame.question)
            and plan_calls_for(low, seg_start, match.start())
        ):
            # "A plan drawn up by Kenya and Ethiopia calls for a 90-day ceasefire": what a plan
            # calls for it puts forward; a proposal, not a wish.
            found = PROPOSED
            planned.add(match.start())
        if (
            deal
            and found == UNREAL
            and not (frame.analyst or frame.question)
            and rejected_proposal(low, seg_start, match.start(), match.end())
        ):
            # "rejected a truce proposed by the US and Egypt": a plan a named body put
            # forward exists; the side turning it down leaves it dead (collapsed).
            found = PROPOSED
            refused.add(match.start())
        if deal and found == REAL and _bare_plural(low, seg_start, match):
            found = UNREAL  # "foreign contracts were none of ...": a kind of thing
        if deal and found in (REAL, PROPOSED) and not_held(low, seg_start, seg_end, match):
            found = UNREAL
        if deal and found in (REAL, PROPOSED) and stopped_short(low, seg_start, match.start()):
            found = UNREAL  # "the guarantees stop short of a mutual defence pact": not made
        if (
            not deal
            and found in (REAL, PROPOSED)
            and reading()["hearsay"].search(low, start, match.start()) is not None
        ):
            found = UNREAL  # "a claim shared on social media says Egypt has banned ...": hearsay
        if (
            not deal
            and found in (REAL, PROPOSED)
            and cue.label == "threats"
            and reading()["deal_denial"].search(low, seg_start, match.start()) is not None
        ):
            # "Athens denied a report that it had threatened to take Bulgaria to court": a
            # threat the one said to make it denies is no threat of the news.
            found = UNREAL
        if (
            not deal
            and found in (REAL, PROPOSED)
            # A denial of blame answers an accusation, which is the row itself: "Turkish
            # officials deny that the dams are to blame for Iraq's shortages".
            and cue.label not in ("blame", "accusations")
            and denied_act(low, seg_start, match.start(), match.end())
        ):
            found = UNREAL  # "denied that Belgrade had any role in the attack": no act told
        if found in (REAL, PROPOSED) and (
            (
                deal
                and perfect_past_lede(
                    low, seg_start, match.start(), art.story.get(sentence.index, sentence.index)
                )
                # "A: We have signed a ten-year agreement with ...", '"Our government has
                # signed ...," the minister said': an official's present perfect in the first
                # person is the news they give, not the setting of other news.
                and not in_answer(art.sentences, sentence)
                and _first_person_state(art, sentence, start, match.start()) is None
            )
            # A year told from the news dates a dispute's act as it does a deal's: "Lithuania
            # expelled two diplomats last year" is history in a story of this week.
            # "A and B, which fought a war in 2022, signed a treaty": the aside's year is its own
            # (for a deal; a row's verb may still be told of the aside's act). So is the year
            # of a dash apposition after a deal's cue ("pledged to keep up shuttle diplomacy --
            # the visits revived in March 2023").
            or dated_past(
                without_asides(low, start, match.start(), seg_end) if deal else low,
                start,
                before_dash_aside(low, start, match.start(), seg_end) if deal else seg_end,
                match.start(),
                art.published,
                relative=True,
            )
            or _background_segment(sentence, start, end, match.start(), deal=deal)
            or follows_history(low, start, end, art.published, relative=not deal)
            or (deal and _dated_after_aside(art, sentence, start, end, match))
            # "in exchange for a Belarusian convicted of spying in Lithuania": a person told
            # by a past conviction; the act convicted is no news of its own.
            or (not deal and _CONVICTED.search(low, max(start, match.start() - 40), match.start()))
        ):
            found = BACKGROUND
        if (
            found == BACKGROUND
            and not deal
            and cue.label in _STILL_ON_LABELS | _MEASURE_LABELS
            and (
                (cue.label in _MEASURE_LABELS and _still_in_force(art, sentence, match.end()))
                or _STILL_ON.search(low, match.end(), end) is not None
                or (
                    _OUTBREAK.search(low, match.end(), end) is not None
                    and _STILL_ON_NEXT.match(art.lows.get(sentence.index + 1, "")) is not None
                )
            )
        ):
            found = REAL
        if (
            found == BACKGROUND
            and not deal
            and cue.label in BREACH_LABELS
            and breach_stands(art, sentence.index, start, end, match.start(), match.end())
        ):
            # "Algeria cut diplomatic relations with Rabat in August 2021": a break dated in
            # the past that nothing in the text ends is a rift of now.
            found = REAL
        if (
            deal
            and found == REAL
            and art.story.get(sentence.index, sentence.index) >= LEDE_SENTENCES
            and month_past(sentence, low, start, seg_end, match.start(), art.published)
        ):
            dated = True
        in_force = _IN_FORCE.match(low, start) if deal and found == BACKGROUND else None
        if in_force is not None and match.start() < in_force.end(1):
            # "Under an agreement signed in Moscow last year, Russia is supplying Mali with
            # fuel": the date tells when it was signed; the main clause, in the present, says
            # the deal is in force now.
            found = REAL
        if (
            deal
            and found == BACKGROUND
            and names_instrument(cue.label, match.group())
            and (
                VIOLATED.search(low, max(start, match.start() - 80), match.start()) is not None
                or DONE_UNDER.search(low, max(start, match.start() - 80), match.start()) is not None
                or STILL_HOLDING.search(low, match.end(), end) is not None
                or (
                    YEAR_NAMED.search(low, max(start, match.start() - 60), match.start())
                    is not None
                    and HOLDS_NOW.match(low, match.end(), end) is not None
                )
                or holds_now(art, sentence, start, end, match, cue.label)
            )
        ):
            # "a flagrant violation of the Argyle Declaration, a December 2023 agreement",
            # "the 1951 Mutual Defense Treaty extends to coast guard vessels": the year names
            # which instrument; what the clause says of it (broken, in force) is said now.
            found = REAL
        if (
            deal
            and found == BACKGROUND
            and cue.label in INSTRUMENTS
            and acted_on_now(low, start, seg_start, match, art.published)
        ):
            # "On January 25, Mali announced the termination of the 2015 peace agreement":
            # the year names the instrument; the act on it is the news (see :mod:`._ended_now`).
            found = REAL
        if (
            deal
            and found != REAL
            and main_act(low, seg_start, match) is not None
            and made_by(art, sentence, start, end, match) is not None
        ):
            # "Thailand suspended the declaration it signed with Cambodia in October", "have
            # yet to sign the treaty they initialled", "would render void the roadmap it
            # signed": the relative clause tells as fact that the instrument was made; the
            # main clause's date, negation or modal is its act's, not the instrument's.
            found = REAL
        moods.append((cue, match, found))
    if deal:
        # A meeting of one side alone ("the cabinet met", "the council plans to meet") is no
        # deal; its words say nothing of the clause's other cues.
        moods = [
            x
            for x in moods
            if _MEETING.match(x[1].group()) is None
            or _meeting_sides(art, sentence, start, end, x[1])
            or format_pair(art, sentence, x[1])
        ]
        # "secure Israeli agreement", "without Kyiv's agreement": one party's consent to
        # something names no deal between parties (see :mod:`._consent`).
        moods = [x for x in moods if not consent(low, x[1].start(), x[1].end())]
        if not moods:
            return None
    order = (REAL, PROPOSED, BACKGROUND, UNREAL)
    # A deal told anew ("talks on a trade pact resumed") before one referred to ("the
    # proposal"): the new one makes the event. "A plan drawn up by Kenya calls for a
    # ceasefire between A and B": the deal a plan calls for is the one it proposes.
    cue, trigger, state = min(
        moods,
        key=lambda x: (
            x[1].start() not in planned,
            order.index(x[2]),
            deal and told_before(low, x[1].start()),
            # "After twenty years of negotiations, A and B are close to a deal": the cue of
            # the main clause, not of the phrase fronted before its subject.
            deal and in_opener(low, x[1].start()),
            x[1].start(),
        ),
    )
    labels = kind[2]
    if not deal and _person_acts_only(labels):
        return None
    alone = False
    if all(label in lex.weak_labels for label in labels) and state in (REAL, PROPOSED):
        strong = _strong_enough(art, sentence, start, end, trigger, labels, deal=deal) or (
            # "The meeting of chief negotiators on March 18": the sides who meet.
            deal
            and trigger.group().startswith("meeting")
            and side_count(_meeting_sides(art, sentence, start, end, trigger)) >= 2
        )
        # "the Geneva talks, the only format in which Georgia and Russia meet": the pair the
        # format is told by.
        strong = strong or (deal and bool(format_pair(art, sentence, trigger)))
        alone = not strong and state == REAL
        state = state if strong else UNREAL
    if state in (UNREAL, BACKGROUND):
        # Words about an event, not the event: they only join the thread of the same sides.
        named = with_states(
            art.cast, kept_actors(art, sentence, start, end, trigger.start(), deal=deal)
        )
        # "..., stood idle while the two countries haggled over tariffs": a pair noun as the
        # cue's subject names its sides, whoever else the clause names.
        named = unique([*subject_pair(art, sentence, start, trigger.start()), *named])
        if deal and not named:
            # "the Argyle Declaration, a December 2023 agreement in which Ali and Maduro
            # pledged ...": the pair its relative clause says made it.
            named = format_pair(art, sentence, trigger)
        if not named:
            return None
        own_sides: list[str] = []
        when = None
        if deal and state == BACKGROUND:
            own_sides, when = _makers(art, sentence, start, end, trigger, labels, cue.label)
        return Event(
            section=section,
            kind=kind[0],
            soft=kind[1],
            labels=[cue.label],
            topics=kind[3],
            object_topics=[w for w in kind[3] if low.find(w, trigger.start(), end) >= 0],
            parties=[a.key for a in named][:MAX_PARTIES],
            sentences=[sentence.index],
            quotes=[quote],
            status="unclear",
            paragraph=sentence.paragraph,
            background=state == BACKGROUND,
            unreal=state == UNREAL,
            alone=alone,
            denied=deal
            and state == UNREAL
            and denied(
                low,
                segment(sentence, start, end, trigger.start())[0],
                end,
                trigger.start(),
                trigger.end(),
            ),
            label=cue.label,
            sentence_quotes=[sentence.quote],
            quote_keys=[(1, sentence.index)],
            made_by=own_sides,
            when=when,
        )
    parties = clause_parties(
        art,
        sentence,
        start,
        end,
        trigger.start(),
        trigger.end(),
        labels,
        deal=deal,
        label=cue.label,
    )
    if not deal and parties.left and _unnamed_claimant(low, start, trigger):
        # "an attempt to change the legal context for complaints against Israel": no one
        # named complains; the subject of another verb is no side.
        parties.actors = [a for a in parties.actors if a not in parties.left]
        parties.left, parties.opposed = [], False
    if not deal:
        _forum_apart(art, sentence, cue.label, trigger, parties)
        claim_sides(art.cast, sentence, cue.label, parties)
        _linked_apart(art, sentence, start, end, trigger, parties)
        _protector_apart(art, sentence, start, end, trigger, parties)
        _reaim(art, sentence, start, end, live, parties)
        _rebels_own_state(art, sentence, trigger, end, parties)
        if (
            set(labels) & ARMED_LABELS
            and parties.left
            and unnamed_doer(art, sentence, start, trigger.start())
        ):
            # "Rebels in northern Mali said they had shot down a Malian army drone": the
            # speaker acts, unnamed; the ones named are hit.
            parties.right = unique([*parties.left, *parties.right])
            parties.left, parties.opposed = [], False
        if set(labels) & ARMED_LABELS:
            armed = complete(
                art, sentence, start, end, trigger, parties.left, parties.right, parties.actors
            )
            if armed is not None:
                parties.left, parties.right, parties.opposed = armed[0], armed[1], True
                parties.own = True
                parties.actors = unique([*armed[0], *parties.actors, *armed[1]])
        home_apart(art.cast, parties, sentence, low, (start, end))
        victims_apart(art.cast, sentence, low, start, trigger, parties)
        pressed_apart(art.cast, sentence, low, start, trigger, parties)
        places_apart(art.cast, sentence, low, parties)
        _owner_aimed(art, sentence, low, (start, end), cue.label, trigger, parties)
        if cue.label in MEASURE_LABELS:
            # "sanctions on two traders it accused of helping Iran. The firms, A and B, ...":
            # the measure hits the traders, named next; Iran is no side (see _measure_targets).
            owner_imposes(art.cast, sentence, low, trigger, parties)
            helped_apart(art.cast, sentence, low, trigger, end, parties)
            named_targets(art.cast, art.sentences, art.lows, sentence, trigger, end, parties)
    # "rejected this ... and said the government would not": a reaction to an act told before
    # is not aimed at a government another verb names.
    back = not deal and any(_refers_back(low, start, c, m) for c, m in live)
    home = (
        None
        if deal or parties.right or back
        else _home_government(art, sentence, end, trigger, parties)
    )
    if home is not None and asked_in(cue.label == _URGING, home, sentence, trigger):
        home = None  # "urged Washington to cut off all revenue to the government": not the asked
    if home is not None:
        parties.right = [home]
        parties.opposed = True
        parties.actors = unique([*parties.actors, home])
    if not deal:
        _state_beside_head(art, parties)
    own = (
        None
        if deal or parties.left
        else government_subject(
            art,
            sentence,
            segment(sentence, start, end, trigger.start())[0],
            trigger.start(),
            parties.right,
        )
    )
    if own is not None:
        parties.left, parties.opposed = [own], True
        parties.actors = unique([own, *parties.actors])
    actors = parties.actors
    if not deal and cue.label == "legal case" and granted_extradition(low, start, trigger, actors):
        return None
    spoke = _speakers(art, sentence, start, trigger.start()) if deal else set()
    # "Washington said Beijing had committed to buy American goods": a speaker the clause
    # names again after the trigger, as what the deal is with, is a side of it.
    kept = [a for a in actors if a.key not in spoke or a in parties.right]
    # "India's foreign ministry said the two sides had agreed": a speaking state whose side
    # is still a party (by its leader, named in the pair) is one of the makers it speaks of.
    kept_sides = {side_of(a) for a in kept}
    actors = [a for a in actors if a in kept or (a.kind == "state" and side_of(a) in kept_sides)]
    judges = _not_makers(art, sentence, start, end, trigger) if deal else set()
    actors = [a for a in actors if a.key not in judges]
    if deal:
        actors = unique([*actors, *_territory_partner(art, sentence, end, trigger)])
    if deal and cue.label == IMPORTS_RESUMED:
        # "China will resume imports of live Australian rock lobster": whose goods they are
        # (the state the goods are named by) is the other side of the easing.
        # Only a barrier lifted makes it an easing between the two ("partly lifting a ban",
        # "removing the last of the trade barriers"); a buyer's own decision to import more
        # is no deal with the seller's state.
        goods = GOODS.match(low, trigger.end(), end) if BARRIER.search(low) else None
        if goods is not None:
            origin = [
                a
                for a in art.cast.in_span(
                    sentence.start + trigger.end(), sentence.start + goods.end()
                )
                if a.kind == "state"
            ]
            actors = unique([*actors, *origin[:1]])
    voice = _first_person_state(art, sentence, start, trigger.start()) if deal else None
    if voice is not None and voice not in actors:
        # "Our partners in Tokyo have agreed to finance ...": the partners are the government
        # named with them, and "our" the speaker's state, the other party.
        actors = [voice, *actors]
    if deal and state == PROPOSED:
        # "Ghana has offered Togo training ... under a draft memorandum": whom an offer is made
        # to (named right after the verb) is the deal's other side.
        offered = _offer_recipient(art, sentence, start, end, trigger)
        if offered is not None and offered not in actors and actors:
            actors = [*actors, offered]
    if deal and any(c.label == _LINK for c, _ in live):
        # "began flows to Hungary": where a link carries things is no side of it.
        actors = _link_sides(art, sentence, start, live, spoke)
        if not actors:
            # "both governments say the cable will let them trade power": the pair its
            # subject refers back to.
            link = min((m for c, m in live if c.label == _LINK), key=lambda m: m.start())
            actors = subject_pair(art, sentence, start, link.start())
        if side_count(actors) < 2:
            return None
    if deal:
        # "exports through Turkey's Ceyhan port", "sell its interests in Mongolia to Glencore":
        # a name that only places what the deal moves or sells is no party of it.
        # "..., a transaction Mongolia's prime minister welcomed": who only meets the deal
        # with praise or blame is no party of it either.
        object_spans = [
            *place_spans(low, trigger.start(), end),
            *reaction_spans(low, trigger.end(), end),
        ]
        actors = [a for a in actors if not _only_within(a, sentence, object_spans)]
    # "EU-mediated talks", "a truce brokered by Qatar": who brokers a deal takes part in it,
    # listed after its sides, but is no side of it.
    brokers = deal_brokers(art, sentence, end, trigger) if deal else []
    aside = broker_aside(low, start, trigger) if deal else None
    if aside is not None:
        # "The Argyle Declaration, brokered by Caricom and Brazil, created a joint commission":
        # who brokered the deal made no body; the makers left must still be two sides.
        gone = {
            a.key
            for a in art.cast.in_span(sentence.start + aside, sentence.start + trigger.start())
        }
        actors = [a for a in actors if a.key not in gone]
        if side_count(actors) < 2:
            return None
    brokering = (
        BROKERING_VERB.search(low, max(start, trigger.start() - 40), trigger.start())
        if deal and cue.label == "talks"
        else None
    )
    if deal and cue.label == "talks" and (_HOSTED.match(trigger.group()) or brokering):
        # "Qatar has hosted months of talks with Congo's government", "the EU has been
        # mediating talks between the two": who hosts talks is no side of them; the sides
        # are the ones it hosts.
        at = trigger.start() if brokering is None else brokering.start()
        # The subject only: "Kosovo's premier said the EU has been mediating" names no host
        # in its speaker.
        opens = max([start, *(m.end() for m in _SUBJECT_BREAK.finditer(low, start, at))])
        subject = [
            a.key
            for a in art.cast.in_span(sentence.start + opens, sentence.start + at)
            if a.kind != "other"
        ]
        brokers += [k for k in dict.fromkeys(subject) if k not in brokers]
        if brokering is None:
            spoke = spoke | {a.key for a in parties.left}
            actors = [a for a in actors if a.key not in spoke]
        else:
            actors = [a for a in actors if a.key not in subject]
    held: list[Actor] = []
    named_between: list[Actor] = []
    if deal and "talks" in labels:
        # "Oman has hosted indirect talks between Iran and the United States": talks between
        # two named sides are theirs; who hosts, attends or reports them is no side.
        held = named_between = _between_sides(art, sentence, end, trigger, actors)
        if not held and not _OCCASION.search(low, max(0, trigger.start() - 40), trigger.start()):
            # "Talks between the two governments ... were postponed", "talks hosted by
            # Djibouti between the two foreign ministers": the pair the noun points back to
            # (not talks named as the occasion of a statement, "said after talks between the
            # two governments that ...").
            between = (
                trigger
                if trigger.group().endswith("between")
                else _BETWEEN_AFTER.match(low, trigger.end())
            )
            hosts = (
                frozenset(
                    a.key
                    for a in art.cast.in_span(
                        sentence.start + trigger.end(), sentence.start + between.end()
                    )
                )
                if between
                else frozenset()
            )
            held = between_pair(art, sentence, between.end(), end, hosts) if between else []
        if brokers:
            # "EU-mediated talks", "talks co-hosted by Saudi Arabia and the United States":
            # who mediates, hosts or convenes talks is no side of them (it is listed after them).
            actors = [a for a in actors if a.key not in brokers]
            held = [a for a in held if a.key not in brokers]
            if side_count(actors) < 2:
                # "The leaders of Kosovo and Serbia have left EU-mediated talks": the two
                # sides the clause names before the talks, the broker set aside.
                seg_start = segment(sentence, start, end, trigger.start())[0]
                named = [
                    a
                    for a in with_states(
                        art.cast,
                        kept_actors(
                            art, sentence, seg_start, trigger.start(), trigger.start(), deal=True
                        ),
                    )
                    if a.key not in brokers and a.kind != "other"
                ]
                if side_count(named) == 2:
                    actors = named
        if not held:
            # "Kyrgyz-Tajik talks", "the Belgrade-Pristina dialogue": a hyphenated pair of
            # names before the noun of talks names the two sides that talk.
            held = hyphen_pair(art, sentence, trigger)
        if held:
            actors = held
    if deal and "talks" in labels:
        # "Negotiators from Ethiopia and Sudan will meet in Addis Ababa", "a meeting of the
        # foreign ministers of Malawi and Mozambique": the ones who meet are the sides.
        met = _meeting_sides(art, sentence, start, end, trigger)
        if met:
            actors = met
    if deal:
        # "The Joint Boundary Commission, the only body in which Thailand and Cambodia still
        # sit down together, will meet": the pair a format of talks is told by are its sides.
        format_sides = format_pair(art, sentence, trigger)
        if format_sides:
            actors = format_sides
    if deal and cue.label in COMMITMENT_LABELS:
        # "A and B pledged to open the crossing", "promised B that ...": a deal told by what
        # two sides commit to; its sides are the ones the roles bind, or none (see
        # :mod:`._commitment`).
        actors = commitment_sides(art, sentence, start, end, trigger, cue.label)
        if not actors:
            return None
    if deal and cue.label == "understanding" and UNDER.match(trigger.group()):
        # "flights between A and B resumed under a renewed understanding": the sides the act
        # done under it names (see :mod:`._done_under`).
        actors = done_under_sides(art, sentence, start, end, trigger)
        if not actors:
            return None
    # "mediators handed Israel and Hamas a revised proposal", "the envoy delivered the plan
    # to both sides": the sides it is handed to, then who handed it; a proposal, not a
    # third party's offer to sides it does not name.
    handed = (
        handed_to(art, sentence, start, trigger.start(), trigger.end(), end)
        if deal and state in (REAL, PROPOSED)
        else []
    )
    if (
        deal
        and state == PROPOSED
        and not handed
        and not (named_between and cue.label == "talks")
        # A plan's drafters put it forward for the sides it names; they are its proposers.
        and trigger.start() not in planned
        # A side that rejects the plan was one it was put to: no offer to unnamed sides.
        and trigger.start() not in refused
        and (
            _third_party_offer(art, sentence, start, trigger, actors)
            or _offer_between_others(art, sentence, start, end, trigger)
        )
    ):
        # "Tanzania offered to host talks between the two governments": a third party's
        # offer made to sides it does not name is its gesture, no deal of theirs. Talks it
        # offers "between" two sides it names ("offered to host talks between Bolivia and
        # Chile") are proposed talks of those two, the host no side of them.
        return None
    # "The talks paved the way for a visit": the article before a verb is another noun's.
    first_word = trigger.group().split()[0]
    noun = not (VERB_FORM.search(first_word) or first_word in VERBS_ONLY)
    noun = noun and not opens_on_doer(cue.label)  # "that Chinese warplanes crossed ..."
    anaphoric = (noun and told_before(low, trigger.start())) or (
        deal and re.search(r"\b(?:the|its|their)(?: [\w-]+){0,2}$", trigger.group()) is not None
    )
    signers = _SIGNED_BY.match(low, signers_from(trigger), end) if deal and anaphoric else None
    if signers is not None and side_count(actors) < 2:
        # "The treaty, signed in Prague in 2010 by Barack Obama and Dmitry Medvedev, ...": who
        # signed the deal told before are its parties ("a treaty, signed by A and B, that
        # sets ..." may be one wished for).
        named = with_states(
            art.cast,
            unique(
                art.cast.in_span(sentence.start + signers.start(1), sentence.start + signers.end(1))
            ),
        )
        if side_count(named) >= 2:
            actors = named
    # A relative clause right after the cue makes it an instrument's noun, told before or not
    # ("the memorandum of understanding that Ethiopia signed with Somaliland").
    made_with = _MADE_WITH.match(low, trigger.end(), end) if deal else None
    if made_with is not None and side_count(actors) < 2:
        # "the trade agreement the Mercosur bloc signed with the European Union": a relative
        # clause telling who made the deal told before, and with whom, names its parties.
        named = with_states(
            art.cast,
            unique(
                [
                    *art.cast.in_span(
                        sentence.start + made_with.start(1), sentence.start + made_with.end(1)
                    ),
                    *art.cast.in_span(
                        sentence.start + made_with.start(2), sentence.start + made_with.end(2)
                    ),
                ]
            ),
        )
        if side_count(named) >= 2 and not ambiguous_body(
            art, sentence, made_with.start(2), made_with.end(2)
        ):
            actors = named
        else:
            made_with = None
    made_rel = made_by(art, sentence, start, end, trigger) if deal and anaphoric else None
    if made_rel is not None and made_with is None and side_count(actors) < 2:
        # "the peace declaration it signed with Cambodia", "the roadmap Tehran signed with
        # the agency", "the treaty they initialled": who made it, and with whom.
        actors = made_rel[0]
    if (
        deal
        and noun
        and cue.label in INSTRUMENTS
        and (side_count(actors) < 2 or reacted_to(art, sentence, start, end, trigger))
    ):
        # "the U.S.-Philippines Mutual Defense Treaty", "the truce between Kinshasa and the
        # M23", "a December 2023 agreement in which Ali and Maduro pledged ...", "Japan and the
        # United States reaffirmed that their treaty ...": an instrument's own words name its
        # parties; who mediated it, hosted it or complains of it are no party.
        # Only when the clause says how it stands now (signed, reaffirmed, stalled, broken,
        # in force): "after a US-Houthi truce brokered by Oman in May" tells history.
        bound = instrument_parties(art, sentence, start, end, trigger)
        held = holds_now(art, sentence, start, end, trigger, cue.label)
        if side_count(held) >= 2:
            # "the ceasefire that India and Pakistan agreed in May has largely held"
            actors = held
        elif side_count(bound) >= 2 and (
            VIOLATED.search(low, max(start, trigger.start() - 80), trigger.start())
            or REACTED_TO.search(low, max(start, trigger.start() - 60), trigger.start())
            or HOLDS_NOW.match(low, trigger.end(), end)
            or STILL_HOLDING.search(low, trigger.end(), end)
            or stated_status(statuses, low, start, end, frame, deal, named_ok=False)
            not in ("", "proposed")
        ):
            actors = bound
    if deal and not anaphoric and side_count(actors) < 2:
        # "Talks in the commission collapsed after Moscow demanded ... and accused Oslo": a
        # deal that moved (signed, collapsed ...) is between the sides its clause names.
        seg = segment(sentence, start, end, trigger.start())
        moved = stated_status(statuses, low, seg[0], seg[1], frame, deal)
        if not moved and led_to(low, seg[0], trigger):
            # "signed an annex ... after months of negotiations": the talks led to the act.
            moved = stated_status(statuses, low, start, end, frame, deal)
        if moved not in ("", "proposed"):
            # Within the clause's own sentence: a missed full stop ("on Feb. 2. Ethiopia said")
            # joins two.
            first = max(0, low.rfind(". ", 0, trigger.start()) + 1)
            stop = low.find(". ", trigger.end())
            last = len(low) if stop < 0 else stop
            # "..., saying the pause was agreed bilaterally, while Pakistan has thanked Trump":
            # a contrasting clause with its own subject tells of others.
            contrast = _CONTRAST_CLAUSE.search(low, trigger.end(), last)
            last = contrast.start() if contrast is not None else last
            others = _other_partners(art, sentence, trigger, cue.label)
            named = [
                a
                for a in kept_actors(art, sentence, first, last, trigger.start(), deal=True)
                if not is_source(a, low, sentence, first, last)
                and a.key not in spoke
                and a.key not in judges
                and a.key not in others
                and not routed(a, low, sentence, first, last)
                and not _next_clause_subject(a, low, sentence, trigger.end(), last)
            ]
            actors = unique([*actors, *with_states(art.cast, named)])
    # "The European Union has been in talks with Chile ... The bloc signed a partnership with
    # Santiago": "the bloc" as the subject is the body of states named just before.
    bloc = bloc_antecedent(art, sentence, start, trigger) if deal and actors else None
    if bloc is not None and bloc not in actors and side_count([bloc, *actors]) == 2:
        actors = [bloc, *actors]
    else:
        bloc = None
    words_only = False
    # "Our government has signed a memorandum with Australia": the speaker's state makes it.
    if (
        deal
        and voice is None
        and made_with is None
        and bloc is None
        and _partners_only(art, sentence, start, trigger, actors)
    ):
        if not anaphoric:
            return None
        actors = []  # "the framework contract with Nammo": the deal told before, if any
        # "The Democratic Party said the agreement with Bangladesh came too late": a
        # comment on the deal lends it words, not its title or status.
        words_only = bool(spoke)
    # "China's foreign ministry condemned the move": an act aimed at what was told before;
    # the threads find its target (see :mod:`._threads`).
    needs_target = (
        not deal
        and bool(parties.left)
        and not parties.right
        and bool(set(labels) & (_TARGETED | reading().directed))
        and not parties.routed
        and slot_sides(parties.left, [], [a for a in actors if a not in parties.left]) < 2
        and not _passive_target(low, start, trigger)
    )
    referent = _act_before(art, sentence, start, trigger, parties.left) if needs_target else None
    told_act = (
        _act_told_by_word(art, sentence, start, trigger, parties.left)
        if needs_target and referent is None
        else None
    )
    # A deal's co-signers named together are two parties; a dispute's two sides are the one
    # acting and the one acted on, however many names each holds.
    sides = (
        side_count(actors)
        if deal
        else slot_sides(
            parties.left,
            parties.right,
            [a for a in actors if a not in parties.left and a not in parties.right],
        )
    )
    legal = kind[0] in _SAME_SIDE_KINDS and bool(parties.left and parties.right) and not deal
    seg = segment(sentence, start, end, trigger.start())
    if (
        deal
        and sides < 2
        and parties.left
        and set(labels) & _ONE_BUYER
        and stated_status(statuses, low, seg[0], seg[1], frame, deal) in ("implemented", "signed")
    ):
        sides = 2  # "Gazprom acquired a majority stake in Sakhalin-2": a buyer's deal
    if deal and sides < 2 and MANDATE in labels:
        # "The Security Council authorised a new force in Haiti": who grants a mandate and
        # whom it binds are read apart (mandate_parties), not as the clause's co-signers.
        sides = 2
    if (
        deal
        and sides < 2
        and len(actors) == 1
        and actors[0] in parties.left
        and actors[0].kind == "organization"
        and actors[0].country is None
        and (
            re.match(
                r"agreed (?:\S+ ){0,3}?to (?:extend|renew|cut|raise|pause|keep|maintain|lift|"
                r"impose|set|adopt|expand|admit)\b",
                trigger.group() + low[trigger.end() :],
            )
            # "OPEC+ extends its output limits", "will pause increases": the decision told
            # by its own verb.
            or cue.label == _GROUP_DECISION
        )
        and state in (REAL, PROPOSED)
    ):
        # "OPEC+ agreed to extend production limits": a group of states that decides together
        # on a measure is its members' deal, the group named as its party (a debate it agreed
        # to hold is no measure).
        sides = 2
    elif deal and cue.label == _GROUP_DECISION and any(a not in parties.left for a in actors):
        return None  # "Russia extends output cuts to China": not a group deciding together
    if (
        deal
        and sides == 2
        and not parties.right
        and set(labels) <= lex.weak_labels
        and _one_phrase(sentence, start, end, actors)
    ):
        # "Ecuadorean President Daniel Noboa put forward the proposal": a state and the person
        # its title names are one maker; an offer or talks of one side is no deal.
        sides = 1
    if (
        not actors
        and not needs_target
        # "Under the agreement, the two countries will also set up a joint committee": a
        # clause that refers back to a deal told before tells more of it, not a new one.
        # ("talks on replacing the 1973 agreement": a deal told after the trigger is what
        # the talks are about.)
        and not any(told_before(low, m.start()) for _, m in live if m.start() <= trigger.start())
    ):
        # "Negotiators were also close to agreement on a revised airspace deal": a clause that
        # names no one takes the pair its reference subject points back to.
        actors = subject_pair(art, sentence, start, trigger.start())
        sides = side_count(actors)
    elif deal and actors and not needs_target:
        # "The neighbours are negotiating a protocol, an official in Niamey said": a pair
        # reference as the cue's subject names its sides; the clause's other names report or
        # place the deal (see :mod:`._pair_told`).
        by_pair = pair_subject_parties(art, sentence, start, trigger.start(), actors)
        if by_pair is not None:
            actors, sides = by_pair, side_count(by_pair)
    if deal and trigger.start() in planned:
        # "A plan drawn up by Kenya and Ethiopia calls for a ceasefire between A and B": the
        # plan's makers and the two sides it is for.
        drafted = plan_parties(art, sentence, seg[0], end, trigger)
        if drafted:
            actors, sides = drafted, side_count(drafted)
    if deal and state == PROPOSED:
        # "a roadmap put forward by IGAD to the government and the SPLM-IO": its author and
        # the sides it is put to.
        put = put_to(art, sentence, trigger.start(), trigger.end(), end)
        if put:
            actors = unique([*actors, *put])
            sides = side_count(actors)
    if handed:
        actors, state = unique([*actors, *handed]), PROPOSED
        sides = side_count(actors)
    if deal and state in (REAL, PROPOSED) and {"proposal", "talks"} & set(labels):
        # "ready to convene the three parties and proposed a new round of talks": the
        # convener and the three sides the story names.
        gathered = convened(art, sentence)
        if gathered:
            actors = unique([*actors, *gathered])
            sides = side_count(actors)
    if deal and state in (REAL, PROPOSED) and sides >= 2:
        # "a U.S. proposal under which Israel would scale back its strikes": who the proposal
        # is named after puts it forward, a party beside the two it binds.
        makers = [a for a in proposal_maker(art, sentence, trigger) if a not in actors]
        if makers and side_count([*makers, *actors]) > sides:
            actors = [*makers, *actors]
            sides = side_count(actors)
    if deal and sides < 2 and state in (REAL, PROPOSED):
        # "The draft, put forward by Switzerland and Singapore, offered a compromise": the
        # co-authors an aside names after the text are the two who propose it.
        authors = drafted_by(art, sentence, trigger.start(), trigger.end(), end)
        if authors and not (anaphoric and any(e.status == "proposed" for e in earlier)):
            # ("The plan, drawn up by Niger and Cameroon, would see ...": the plan told
            # before, with the sides it is for, not a new proposal of its authors alone.)
            actors, sides, state = authors, side_count(authors), PROPOSED
    terms = UNDER_TERMS.search(low, trigger.end(), end) if deal and sides < 2 else None
    if terms is not None:
        # "a truce brokered by Oman, under which Washington halted its bombing and the group
        # stopped targeting U.S. vessels": the two its terms bind are its parties.
        bound = [
            a
            for a in kept_actors(art, sentence, terms.end(), end, trigger.start(), deal=True)
            if a.kind != "other"
        ]
        if side_count(bound) == 1:
            # "an agreement under which Russia will build four reactors in India": the state
            # the terms place the work in is the other party.
            placed = [
                a
                for a in art.cast.in_span(sentence.start + terms.end(), sentence.start + end)
                if a.kind == "state" and a not in bound
            ]
            bound = unique([*bound, *placed])
        if side_count(bound) == 2:
            actors, sides = bound, 2
    if deal and sides == 1 and state in (REAL, PROPOSED):
        # "Mexico agreed to send troops to its border in exchange for a pause in U.S.
        # tariffs": who gives what the deal is traded for is its other party.
        actors = _quid_pro_quo(art, sentence, trigger.end(), end, actors)
        sides = side_count(actors)
    if deal and sides < 2 and state == REAL:
        # "A separate memorandum signed the same day provides for a centre in Armenia": a
        # second instrument of the pair whose deal was told just before.
        pair = separate_pair(
            low,
            sentence.index,
            trigger.start(),
            unique([*actors, *kept_actors(art, sentence, start, end, trigger.start(), deal=True)]),
            earlier,
            art.cast,
        )
        if pair:
            actors, sides = pair, 2
    if sides < 2 and not needs_target and not legal and not anaphoric and not parties.received:
        return None  # an event of one side is no dispute or deal between sides
    status = ""
    when = None
    if state in (REAL, PROPOSED):
        # The trigger's own stretch first: "proposed building a pipeline, reviving a project
        # that has been discussed" is proposed, not under negotiation.
        # A status word that only names the deal ("a peace agreement, signed in June, ...")
        # counts when neither the stretch nor the clause states another.
        status = (
            stated_status(statuses, low, seg[0], seg[1], frame, deal, named_ok=False)
            or stated_status(statuses, low, start, end, frame, deal, named_ok=False)
            or stated_status(statuses, low, seg[0], seg[1], frame, deal)
            or stated_status(statuses, low, start, end, frame, deal)
        )
        halted = reading()["halted_aside"].match(low, seg[1])
        if (
            deal
            and status == "negotiating"
            and halted is not None
            # "which stalled in May, resumed on Monday": going again now.
            and reading()["resumed"].search(low, halted.end(), end) is None
            # "agreed to resume confidence-building talks, suspended since 2020": the stretch
            # itself takes the talks up again; the aside tells how they stood before.
            and not reading().search("status_resumed_over", low, seg[0], seg[1])
        ):
            # "Talks between them, suspended last summer, are expected to resume": an aside
            # on the talks themselves says how they stand now.
            status = "stalled"
        if deal and cue.label == "talks" and status in ("", "proposed", "negotiating"):
            # "Talks between A and B on Abyei, due to open on Wednesday, have been postponed
            # indefinitely": the talks are the subject; the verb after the aside on them
            # states how they stand.
            setback = _setback_after_aside(art, sentence, start, end, seg, trigger, statuses)
            status = setback or status
        if deal and state == REAL:
            # "A and B pledged to open the crossing", "announced that they would restore
            # relations": the decision is the news, agreed (see :mod:`._commitment`).
            status = decided_status([cue.label], status)
        if deal and cue.label == IMPORTS_RESUMED and state == REAL:
            # "will resume imports" is a decision taken (agreed); "resumed imports" is done.
            done = trigger.group().startswith(("resumed", "resumes", "resuming"))
            status = "implemented" if done else "agreed"
        if (
            (
                status in ("", "proposed")
                and deal
                and state == REAL
                and cue.label in INSTRUMENTS
                and (
                    HOLDS_NOW.match(low, trigger.end(), end)
                    or STILL_HOLDING.search(low, trigger.end(), end)
                )
            )
            or (
                # "The Pretoria agreement ..., signed in November 2022, ... and the ceasefire has
                # largely held since": how it was made is history; that it holds is said now.
                status in ("", "proposed", "signed", "agreed")
                and deal
                and state == REAL
                and cue.label in INSTRUMENTS
                and side_count(actors) >= 2
                and stands_now(art, sentence, start, trigger)
            )
            or (
                status in ("", "proposed", "signed", "agreed")
                and deal
                and state == REAL
                and cue.label in INSTRUMENTS
                and DONE_UNDER.search(low, max(start, trigger.start() - 80), trigger.start())
            )
        ):
            status = "implemented"  # "the treaty extends to coast guard vessels": in force
            if deal and cue.label in INSTRUMENTS and strained(art, sentence, trigger):
                status = "unclear"  # "the ceasefire ... is fraying": it stands, under strain
        fate = (
            _LATER_FATE.match(low, end, min(len(low), end + 120))
            if deal and status in ("agreed", "signed", "implemented")
            else None
        )
        if fate is not None:
            # "Guatemala agreed to take asylum seekers, but that deal was suspended in 2021":
            # what became of the deal, told right after, is how it stands.
            status = "stalled" if fate.group(1) in ("suspended", "frozen") else "collapsed"
        if (
            deal
            and status not in ("", "collapsed")
            and any(
                m is not trigger
                and denied(
                    low, segment(sentence, start, end, m.start())[0], end, m.start(), m.end()
                )
                for _, m in live
            )
        ):
            # "Guatemala denied that it had agreed ..., a day after Mexican officials said the
            # two had reached an understanding": one side denies the deal the clause tells.
            status = "unclear"
        if (
            status in ("", "proposed")
            and deal
            and ENDS_DEAL.search(low, max(start, trigger.start() - 60), trigger.start())
        ):
            # "said it would terminate its 1973 pipeline agreement": a deal in force whose
            # end is only planned; neither proposed nor yet collapsed.
            status = "unclear"
        if not status and deal and state == PROPOSED and not _LINK_USE.match(trigger.group()):
            # "the bridge would carry 10,000 trucks a day": what a link will do says nothing
            # of whether its deal is made.
            status = "proposed"
        if handed and status not in ("collapsed", "negotiating", "unclear"):
            # "delivered a revised plan to both sides": the giving is no deal made.
            status = "proposed"
        if (
            deal
            and cue.label == "talks"
            and reading()["offer_of_talks"].search(low, seg[0], trigger.start()) is not None
        ):
            # "Seoul offered military talks ..., but Pyongyang rejected the offer": talks
            # offered are proposed, not held; an offer the sentence goes on to reject is dead.
            rejected = reading()["offer_rejected"].search(low, trigger.end())
            status = "collapsed" if rejected is not None else "proposed"
        if deal and trigger.start() in refused:
            status = "collapsed"
        if (
            deal
            and state == REAL
            and status in ("", "proposed")
            and _HELD_MEETING.match(trigger.group())
        ):
            # "A and B met at the weekend to seek a compromise", "the joint commission held its
            # session": the sides have met, so they are negotiating; what they seek is the aim.
            status = "negotiating"
        if deal and status == "collapsed" and "talks" in labels and round_goes_on(art, sentence):
            # "talks ended without agreement ... the sides will meet again in January": a round
            # that ended with no deal, the talks going on, is negotiation, not a collapse.
            status = "negotiating"
        if (
            made_rel is not None
            and side_count(actors) >= 2
            and {a.key for a in made_rel[0]} <= {a.key for a in actors}
        ):
            # "suspended the declaration it signed with Cambodia": the main clause's act on
            # the instrument says how it stands now; the relative clause, how it was made.
            status = status_now(low, start, trigger, made_rel[1])
        elif (
            deal
            and (cue.label in INSTRUMENTS or cue.label == _SIGNED_DOCUMENT)
            and status in ("", "signed", "agreed", "implemented")
            and not trigger.group().startswith(("sign", "co-sign", "cosign", "initial"))
            and main_act(low, seg[0], trigger) == "collapsed"
        ):
            # "it was suspending a peace declaration with Cambodia signed weeks ago": the
            # verb acting on the instrument now beats the participle telling how it was made.
            status = "collapsed"
        when = clause_when(sentence, low, start, end, seg, art.published)
        verb = reading()["deal_verb"].match(low, trigger.start()) is not None and not anaphoric
        if (
            deal
            and anaphoric
            and not verb
            and not status
            and not (cue.label in INSTRUMENTS and reacted_to(art, sentence, start, end, trigger))
        ):
            sides = min(sides, 1)  # "the treaty uses the meridian": named, not a development
        if (
            deal
            and cue.label in INSTRUMENTS
            and status not in ("collapsed", "stalled")
            and VIOLATED.search(low, max(start, trigger.start() - 80), trigger.start())
            and WHICH_TERMS.match(low, trigger.end(), end)
        ):
            # "a flagrant violation of the Argyle Declaration, ... in which A and B pledged":
            # what it pledged is its content; said to be broken, how it stands is unclear.
            status = ""
    if not deal and anaphoric and not parties.own:
        sides = min(sides, 1)  # "the indictment", "the blockades": a dispute told elsewhere
    phrase, headed = title_phrase(
        sentence, trigger.start(), trigger.end(), seg[0], end, art.names, deal=deal
    )
    if deal and cue.label in COMMITMENT_LABELS:
        # "both envoys pledged to open the Margara crossing": what the sides bind themselves
        # to names the deal (see :mod:`._commitment`).
        acted = commitment_phrase(sentence, low, trigger.end(), end, cue.label)
        phrase, headed = (acted, True) if acted else (phrase, headed)
    if headed and opens_on_doer(cue.label):
        # "bombers flew near": the craft and its verb, a clause; the craft names the act.
        phrase, headed = doer_act(phrase), False
    in_force = _IN_FORCE.match(low, start) if deal and len(phrase.split()) < 2 else None
    if in_force is not None and trigger.start() < in_force.end(1):
        # "Under an agreement signed last year, Russia is supplying Mali with fuel": what the
        # deal has a side do now names it ("Agreement on supplying Mali with fuel").
        acting = _ACT_WORDS_RE.match(sentence.masked, in_force.end() - len(in_force.group(2)))
        if acting is not None:
            words = acting.group().split()[:8]
            while words and words[-1].casefold() in _ACT_TAIL:
                words.pop()
            if len(words) >= 2:
                phrase, headed = f"{phrase or cue.label} on {' '.join(words)}", True
    if deal and len(phrase.split()) < 2:
        # "agreed to set up a joint working group to exchange wartime archives": the cue that
        # makes the event ("exchange") names nothing alone; another deal word of the clause
        # whose phrase says what the deal is about titles it.
        for other_cue, other in live:
            if other is trigger:
                continue
            found, found_headed = title_phrase(
                sentence, other.start(), other.end(), seg[0], end, art.names, deal=True
            )
            if len(found.split()) < 2:
                continue
            phrase, headed = (found, True) if found_headed else (f"{other_cue.label} {found}", True)
            break
    if not deal and cue.label in _REQUESTS:
        # "demanded that Manila withdraw a coast guard vessel": the act asked names the item.
        asked = demanded_act(
            sentence, low, trigger.end(), end, "call" if cue.label == _URGING else "demand"
        )
        if asked:
            phrase, headed = asked, True
    if not deal and cue.label == _HELD:
        # "sentenced a U.S. citizen to 12 years": the act names the row, not its term.
        held_act = held_title(sentence, trigger.start(), trigger.end())
        if held_act:
            phrase, headed = held_act, True
    if deal and led_to(low, start, trigger):
        # "signed an annex to their storage agreement ... after months of negotiations over
        # the fees": the talks are the step before; the act they led to names the deal.
        act = _act_led_to(statuses, low, start, trigger.start())
        if act is not None:
            made, made_headed = title_phrase(
                sentence, *act, act[0], trigger.start(), art.names, deal=True
            )
            if made and made_headed:
                phrase, headed = made, True
    told = state in (REAL, PROPOSED) and not words_only
    event = Event(
        section=section,
        kind=kind[0],
        soft=kind[1],
        labels=[cue.label, *(label for label in labels if label != cue.label)],
        label=cue.label,
        topics=kind[3],
        object_topics=[w for w in kind[3] if low.find(w, trigger.start(), end) >= 0],
        parties=[a.key for a in actors][:MAX_PARTIES],
        brokers=[k for k in brokers if k not in {a.key for a in actors}],
        sentences=[sentence.index],
        quotes=[quote],
        status=status or "unclear",
        paragraph=sentence.paragraph,
        anaphoric=anaphoric,
        background=state == BACKGROUND,
        unreal=state == UNREAL,
        left=[a.key for a in parties.left],
        right=[a.key for a in parties.right],
        opposed=parties.opposed and not deal,
        phrase=phrase,
        headed=headed,
        sentence_quotes=[sentence.quote],
        quote_keys=[(0 if told else 1, sentence.index)],
        when=when,
        indefinite=_INDEFINITE.search(low, max(0, trigger.start() - 30), trigger.start())
        is not None,
        separate=reading()["separate"].search(low, max(0, trigger.start() - 30), trigger.start())
        is not None
        or (deal and reading()["second_work"].match(low, trigger.end(), end) is not None),
        real=1 if told else 0,
        dated=dated and state == REAL,
        needs_target=needs_target,
        referent=referent[0] if referent else [],
        referent_quote=referent[1] if referent else None,
        told_referent=told_act[0] if told_act else [],
        told_referent_quote=told_act[1] if told_act else None,
        lone=sides < 2 and not needs_target and not legal,
        received=parties.received,
        named=sorted(
            {
                side_of(a)
                for a in art.cast.in_span(sentence.start + start, sentence.start + end)
                if a.kind == "state"
            }
        )
        if deal
        else [],
    )
    if parties.stance is not None:
        _add_stance(art, parties.stance, event)
    return event


def _owner_aimed(
    art: ArticleText,
    sentence: Sentence,
    low: str,
    clause: tuple[int, int],
    label: str,
    trigger: re.Match[str],
    parties: Any,
) -> None:
    """Set the owner of the act's object against its doer when the clause names no other
    side: "Turkey vetoed Sweden's bid" is Turkey against Sweden (see :mod:`._owned_object`).
    Only acts one side does to another are read so, and only with a doer named: in the
    passive ("Sweden's bid was vetoed by Turkey") the one after "by"."""
    start, end = clause
    if parties.right or label not in reading().directed:
        return
    if not parties.left:
        seg_start = segment(sentence, start, end, trigger.start())[0]
        found = passive_sides(art.cast, sentence, low, seg_start, trigger)
        if found is not None:
            parties.left, parties.right, parties.opposed = [found[0]], [found[1]], True
            parties.actors = unique([*found, *parties.actors])
        return
    owner = object_owner(art.cast, sentence, low, trigger, end, parties.left)
    if owner is None or owner in parties.left:
        return
    parties.right, parties.opposed = [owner], True
    parties.actors = unique([*parties.actors, owner])


def _add_stance(art: ArticleText, index: int, event: Event) -> None:
    """Give a refusal the words of the stance it refuses, told in the sentence ``index``
    before it ("Washington has pressed for China to join. Beijing has refused"): what the row
    is over is said there, not in the bare refusal."""
    told = next(s for s in art.sentences if s.index == index)
    first_start, first_end = _clauses(told)[0]
    event.sentences.insert(0, index)
    event.quotes.insert(0, told.clause(first_start, first_end))
    event.sentence_quotes.insert(0, told.quote)
    event.quote_keys.insert(0, (0, index))


def _drop_sides(parties: Any, gone: list[Any]) -> None:
    """Take ``gone`` out of a clause's parties; with one side left empty nothing is opposed."""
    parties.actors = [a for a in parties.actors if a not in gone]
    parties.left = [a for a in parties.left if a not in gone]
    parties.right = [a for a in parties.right if a not in gone]
    if not parties.left or not parties.right:
        parties.opposed = False


# "filed a complaint with the secretariat of the Andean Community", "lodged an appeal with
# the WTO": where a complaint or a case is filed (blanked, right after the cue).
_FILED_WITH = re.compile(
    r" (?:with|before) (?:the )?(?:(?:secretariat|registry|court|tribunal|panel|office)"
    r" of (?:the )?)?(_+(?:[ -]_+)*)"
)
_FILED_LABELS = frozenset({"legal case", "complaints", "appeal", "court case"})


def _forum_apart(
    art: ArticleText, sentence: Sentence, label: str, trigger: re.Match[str], parties: Any
) -> None:
    """ "Colombia has filed a complaint with the secretariat of the Andean Community, arguing
    that the tariff violates ...": the body a complaint, an appeal or a case is filed with is
    where it is heard, no side of it; the side is whom it is against."""
    if label not in _FILED_LABELS:
        return
    low = art.lows[sentence.index]
    found = _FILED_WITH.match(low, trigger.end())
    if found is None:
        return
    at = sentence.start + found.start(1), sentence.start + found.end(1)
    forum = [a for a in parties.actors if a.starts_in(*at)]
    if not forum:
        return
    _drop_sides(parties, forum)


# "a power cable linking Sweden and Lithuania", "the pipeline between A and B": the
# places a link joins, after its noun.
_LINKED = re.compile(
    r" (?:(?:that|which) )?(?:link|connect|join)(?:s|ed|ing)? |"
    r" (?:running |that runs |which runs )?(?:between|from) "
)


def _linked_apart(
    art: ArticleText, sentence: Sentence, start: int, end: int, trigger: re.Match[str], parties: Any
) -> None:
    """ "Swedish authorities detained an oil tanker suspected of damaging an undersea power
    cable linking Sweden and Lithuania": the places a cable, a pipeline or a bridge joins
    describe the thing an act is about, no sides of the act. A side named only there is
    dropped (one named elsewhere in the clause stays)."""
    low = art.lows[sentence.index]
    r = reading()
    if not r.may_match("link_noun", low[trigger.end() : end]):
        return
    spans = []
    for noun in r["link_noun"].finditer(low, trigger.end(), end):
        joined = _LINKED.match(low, noun.end())
        if joined is None:
            continue
        stop = min(
            (i for i in (low.find(",", joined.end()), low.find(";", joined.end())) if i >= 0),
            default=end,
        )
        spans.append((sentence.start + joined.end(), sentence.start + min(stop, end)))
    if not spans:
        return
    clause = sentence.start + start, sentence.start + end
    only_there = [
        a
        for a in parties.actors
        if (at := a.starts_in(*clause)) and all(any(s <= x < e for s, e in spans) for x in at)
    ]
    if not only_there:
        return
    _drop_sides(parties, only_there)


_SELF = re.compile(r"\b(?:itself|themselves|himself|herself|ourselves|its own|their own)\b")


def _protector_apart(
    art: ArticleText, sentence: Sentence, start: int, end: int, trigger: re.Match[str], parties: Any
) -> None:
    """ "joint Jordanian-U.S. operations provide protection to civilians against Russian
    airstrikes": who protects, shields or shelters others from an act is no side of it; the
    sides are the one who acts and the one protected, if named ("protected Kyiv from Russian
    missiles"). Who protects itself is struck, and stays."""
    low = art.lows[sentence.index]
    if not reading().may_match(
        "protected_from", low[max(start, trigger.start() - 160) : trigger.start()]
    ):
        return  # the plain-string test first: no word the pattern needs is there
    seg_start = segment(sentence, start, end, trigger.start())[0]
    found = reading()["protected_from"].search(
        low, max(start, seg_start - 80, trigger.start() - 160), trigger.start()
    )
    if found is None or _SELF.search(found.group("held")):
        return
    cut = sentence.start + found.start()
    protectors = [
        a
        for a in parties.actors
        if a.starts_in(sentence.start + start, sentence.start + end)
        and all(at < cut for at in a.starts_in(sentence.start + start, sentence.start + end))
    ]
    if not protectors:
        return
    _drop_sides(parties, protectors)
    parties.own = False


def _rebels_own_state(
    art: ArticleText, sentence: Sentence, trigger: re.Match[str], end: int, parties: Any
) -> None:
    """ "A drone strike by the Arakan Army on a Myanmar air force base": the state a rebel group
    fights in, named after the act as what it hits, is the side acted on, not the group's own
    side (the group's country only says where it fights)."""
    if parties.right or not parties.left:
        return
    groups = [a for a in parties.left if a.kind == "armed_group" and a.country]
    at = sentence.start + trigger.end()
    for group in groups:
        state = art.cast.state_of(group.country, last=True)
        if (
            state is None
            or state not in parties.left
            or not state.mentioned_in(at, sentence.start + end)
            or state.mentioned_in(sentence.start, at)
        ):
            continue
        parties.left = [a for a in parties.left if a is not state]
        parties.right, parties.opposed = [state], True
        return


def _reaim(
    art: ArticleText,
    sentence: Sentence,
    start: int,
    end: int,
    live: list[tuple[Cue, re.Match[str]]],
    parties: Any,
) -> None:
    """Set ``parties`` to the two sides the words at a cue name, whatever else the clause
    names. Who rejects "the U.S. objections" or "Nepal's claims" faces whoever owns them, not a
    name in what the rejecter goes on to say. Who objects to "the dam, a project Tashkent has
    long objected to" aims at the doer of the thing the apposition renames: the clause's
    subject, not a name inside the thing's description ("a pipeline through Iran")."""
    low = art.lows[sentence.index]
    if refused_stance(art, sentence, live, parties):
        return  # "A sought X. B refused": B against A, whose stance syntax names
    _asked_side(sentence, live, parties)
    lead_cue, lead = min(live, key=lambda found: found[1].start())
    named = art.cast.in_span(sentence.start + start, sentence.start + end)
    if lead_cue.label == _URGING and appeal_target(sentence, low, lead, named, parties):
        return  # "called on Ottawa to impose sanctions on Indian officials"
    if lead_cue.label in reading().directed and joint_object(
        art.cast, sentence, low, start, lead, parties
    ):
        return  # "the foreign ministry warned Canberra and Manila"
    if _friends_request(art, sentence, start, live, parties):
        # A friend's request is support: no row, and no target to look for elsewhere. With
        # no side read, the clause sets no one against anyone.
        parties.right, parties.opposed, parties.routed = [], False, True
        parties.actors = list(parties.left)
        return
    if _spare_beside(art, sentence, live, parties):
        return
    _condition_target(art, sentence, live, parties)
    back = [_refers_back(low, start, c, m) for c, m in live]
    if (
        parties.left
        and any(back)
        # "condemned the vote and warned Israel that ...": a second act of the clause that
        # names its own object keeps it.
        and not any(
            not b and c.label in reading().directed and _names_object(art, sentence, m, parties)
            for b, (c, m) in zip(back, live, strict=True)
        )
    ):
        # "China condemned this as a tragedy and offered aid to the Philippines": the object
        # is an act told before, its doer found there (see ``_act_before``); a name another
        # verb of the clause governs is not what is condemned.
        parties.right, parties.opposed = [], False
        parties.actors = list(parties.left)
        return
    # Every name of the clause: one set off by a comma is still who objects.
    kept = [
        a
        for a in art.cast.in_span(sentence.start + start, sentence.start + end)
        if a.kind != "other"
    ]
    if not (parties.left and parties.right) and {c.label for c, _ in live} <= reading().symmetric:
        contrasted = _contrasted(art, sentence, live[0][1])
        if contrasted is not None:
            parties.left, parties.right = [contrasted[0]], [contrasted[1]]
            parties.actors = unique([*parties.actors, *contrasted])
            parties.opposed = True
            return
    for cue, match in live:
        first = match.group().split()[0] if match.group().split() else ""
        calling = (
            reading()["calling"].search(low, start, match.start())
            # "declared the agreement null and void": an annulment is a calling too.
            if cue.label == "hostile act"
            or (cue.label == "rejection" and match.group().startswith("null"))
            else None
        )
        if calling is not None:
            # "Its foreign ministry called the EU measures an unfriendly act": who calls it so
            # is the subject, whose owner the thing called; a subject the text does not name
            # here leaves no sides.
            callers = [
                a
                for a in kept
                if a.mentioned_in(sentence.start + start, sentence.start + calling.start())
            ]
            owners = [
                a
                for a in kept
                if a not in callers
                and a.mentioned_in(sentence.start + calling.end(), sentence.start + match.start())
            ]
            if callers and not owners:
                continue  # "called the memorandum an act of aggression": sides as read
            parties.left = with_states(art.cast, callers) if callers else []
            parties.right = [a for a in with_states(art.cast, owners) if a not in parties.left]
            parties.actors = unique([*parties.left, *parties.right]) if callers else []
            parties.opposed = bool(parties.left and parties.right)
            return
        if cue.label == "rejection" and parties.left:
            owners = [
                a
                for a in kept
                if a not in parties.left
                and a.mentioned_in(
                    sentence.start + match.start() + len(first), sentence.start + match.end()
                )
            ]
            if owners:
                parties.right = with_states(art.cast, owners)
                parties.actors = unique([*parties.left, *parties.right])
                parties.opposed = True
                return
        if (
            cue.label == "objections"
            and _OBJECTS_VERB.match(match.group())
            and parties.left
            and parties.right
            and not _PASSIVE.search(low, max(start, match.start() - 12), match.start())
        ):
            ahead = [
                a
                for a in parties.right
                if a.mentioned_in(sentence.start + start, sentence.start + match.start())
            ]
            if ahead and not any(
                a.mentioned_in(sentence.start + start, sentence.start + match.start())
                for a in parties.left
            ):
                # "Beijing objected to the sale by CK Hutchison to a group led by BlackRock":
                # the subject of the active verb objects; a "by" after it is the sale's.
                parties.left, parties.right = parties.right, parties.left
                return
        if cue.label in _APPOSED:
            thing = reading()["opposed_thing"].search(
                low, max(start, match.start() - 160), match.start()
            )
            if thing is None:
                continue
            objectors = [
                a
                for a in kept
                if a.mentioned_in(sentence.start + thing.start(), sentence.start + match.start())
            ]
            doers = [
                a
                for a in kept
                if a not in objectors
                and any(
                    sentence.start + start <= m.start < sentence.start + thing.start()
                    and len(low[start : m.start - sentence.start].split()) <= _SUBJECT_OPENING
                    for m in a.mentions
                )
            ]
            if objectors and doers:
                parties.left = with_states(art.cast, objectors)
                parties.right = [
                    a for a in with_states(art.cast, doers[:1]) if a not in parties.left
                ]
                parties.actors = unique([*parties.left, *parties.right])
                parties.opposed = bool(parties.right)
                return


def _asked_side(sentence: Sentence, live: list[tuple[Cue, re.Match[str]]], parties: Any) -> None:
    """Who a request's own words name ("called on Ankara to respect ...") is the one asked,
    never the one asking, even when the clause before named it as a subject ("The Commission
    said Turkey had to uphold ..., and called on Ankara to ...")."""
    cue, first = min(live, key=lambda found: found[1].start())
    if cue.label != _URGING or not parties.left:
        return
    span = (sentence.start + first.start(), sentence.start + first.end())
    asked = [a for a in parties.left if a.mentioned_in(*span)]
    if not asked or len(asked) == len(parties.left):
        return
    parties.left = [a for a in parties.left if a not in asked]
    parties.right = unique([*parties.right, *asked])
    parties.opposed = True


# "unless Brussels guarantees ...", "until the Commission puts in writing ...": a condition whose
# subject is a name.
_CONDITION = re.compile(r"\b(?:unless|until)\s+(?:the\s+|its\s+|their\s+)?(_+)")


def _condition_target(
    art: ArticleText, sentence: Sentence, live: list[tuple[Cue, re.Match[str]]], parties: Any
) -> None:
    """A threat or refusal held until another acts ("threatened to veto the renewal of EU
    sanctions on Russia unless Brussels guarantees compensation for gas flowing through
    Ukraine") sets the one who must act against the one who threatens. Of the other names on
    that side, one the condition only goes on to mention (Ukraine), or one the threatened act
    only aims a measure at (sanctions on Russia), is no opponent."""
    cue, first = min(live, key=lambda found: found[1].start())
    if cue.label not in reading().directed or not parties.left or not parties.right:
        return
    low = art.lows[sentence.index]
    cond = _CONDITION.search(low, first.end())
    if cond is None:
        return
    at = sentence.start + cond.start(1)
    asked = [a for a in parties.right if a.mentioned_in(at, sentence.start + cond.end(1))]
    if not asked:
        return
    aimed = reading()["measure_aimed"]

    def beside(actor: Actor) -> bool:
        spots = [m for m in actor.mentions if sentence.start <= m.start < at]
        return all(
            m.start > sentence.start + first.start()
            and aimed.search(low[first.start() : m.start - sentence.start]) is not None
            for m in spots
        )

    dropped = [a for a in parties.right if a not in asked and beside(a)]
    if dropped:
        parties.right = [a for a in parties.right if a not in dropped]
        parties.actors = [a for a in parties.actors if a not in dropped]


def _in_aside(low: str, at: int, stop: int) -> bool:
    """Whether ``at`` sits in a stretch set off by commas that closes before ``stop``."""
    opened = low.rfind(",", 0, at)
    closed = low.find(",", at, stop)
    return opened >= 0 and closed >= 0


def _friends_request(
    art: ArticleText,
    sentence: Sentence,
    start: int,
    live: list[tuple[Cue, re.Match[str]]],
    parties: Any,
) -> bool:
    """Whether a request is a friend's, no row: its maker has just welcomed, thanked or praised
    the one it asks or its act ("Lithuania welcomed the package and urged the EU to go
    further"; "thanked Washington for the package and called on the United States to speed up
    deliveries"), or calls it a partner or ally ("we call on our partners to do more"). A
    contrast between ("welcomed the truce but urged Israel to ...") or a welcome of another's
    act ("welcomed Qatar's mediation and urged Israel to ...") keeps the pressure."""
    cue, first = min(live, key=lambda found: found[1].start())
    if cue.label not in _REQUESTS:
        return False
    low = art.lows[sentence.index]
    r = reading()
    if r["friendly_addressee"].match(low, first.start()) is not None:
        return True
    if first.group().endswith(" to") and r["friendly_ask"].match(low, first.end()) is not None:
        return True  # "called on Somalis to unite behind the army": a rallying call, no row
    welcome = r["friendly_before"].search(low, start, first.start())
    if welcome is None:
        return _supporters_request(art, sentence, start, first)
    asked = {
        side_of(a)
        for a in art.cast.in_span(sentence.start + first.start(), sentence.start + first.end())
    }
    if not asked:
        # "praised Moldova's resilience and urged member states to go further": praise, then a
        # request to no one named; no named side is pressed.
        return cue.label == _URGING
    between = art.cast.in_span(sentence.start + welcome.start(), sentence.start + first.start())
    return all(side_of(a) in asked for a in between if a.kind != "other")


def _supporters_request(
    art: ArticleText, sentence: Sentence, start: int, first: re.Match[str]
) -> bool:
    """Whether a request follows its maker's declared support of the one it asks, or of a
    process that one takes part in, with no opposition in the clause (see ``_supporters``)."""
    low = art.lows[sentence.index]
    support = support_before(low, start, first.start(), first.end())
    if support is None:
        return False
    at = sentence.start + first.start()
    asked = {side_of(a) for a in art.cast.in_span(at, sentence.start + first.end())}
    if not asked:
        return False  # "urged the world to ...": no named side is advised or pressed

    def runs_process(actor: Actor) -> bool:
        # "the EU-facilitated dialogue": who runs the process supported is no side of it.
        spots = [m for m in actor.mentions if sentence.start + support.start() <= m.start < at]
        return all(
            ROLE_AFTER.match(low, m.end - sentence.start)
            or ROLE_BEFORE.search(low, 0, m.start - sentence.start)
            for m in spots
        )

    between = [
        a
        for a in art.cast.in_span(sentence.start + support.start(), at)
        if a.kind != "other" and not runs_process(a)
    ]
    if between:
        return all(side_of(a) in asked for a in between)
    return for_process(low, support.end())


def _spare_beside(
    art: ArticleText, sentence: Sentence, live: list[tuple[Cue, re.Match[str]]], parties: Any
) -> bool:
    """Take off the side acted on of a reaction the names that only say whom the act reacted to
    was aimed at or hurt: the target of a measure ("Mexico condemned new U.S. sanctions on
    Cuba": Mexico against the United States, not Cuba), or whom a detention or a release
    concerns ("condemned the detention ... and expected NAME's release", "called on Baku to
    release the Armenian prisoners"). Who objects to an act on a third party sides with it, or
    is not its opponent. True when no side acted on is left: the clause told whom the act
    concerns, so no target is looked for elsewhere."""
    if not (parties.left and parties.right):
        return False
    cue, first = min(live, key=lambda found: found[1].start())
    if cue.label not in _REACTIONS and cue.label not in _REQUESTS:
        return False
    low = art.lows[sentence.index]
    r = reading()
    at = sentence.start + first.start()
    cut = first.start()

    def beside(actor: Actor) -> bool:
        # A name told before the verb ("India rejected criticism ... of a tariff on Indian
        # goods") has its role there, unless only in an aside ("France, home to a large
        # Armenian diaspora, called on Baku to release the Armenian prisoners").
        if any(
            sentence.start <= m.start < at and not _in_aside(low, m.start - sentence.start, cut)
            for m in actor.mentions
        ):
            return False
        # Its first mention after the reaction's verb: what the reaction is about.
        spot = min(
            (m for m in actor.mentions if at <= m.start < sentence.start + len(low)),
            key=lambda m: m.start,
            default=None,
        )
        if spot is None:
            return False
        ahead = low[first.start() : spot.start - sentence.start]
        return (
            r["measure_aimed"].search(ahead) is not None
            or r["victim_before"].search(ahead) is not None
            or r["victim_after"].match(low, spot.end - sentence.start) is not None
        )

    spared = [a for a in parties.right if beside(a)]
    if not spared:
        return False
    parties.right = [a for a in parties.right if a not in spared]
    if parties.right:
        # The one a measure hurts stands with who condemns it, against the measure's owner.
        parties.left = unique([*parties.left, *spared])
        return False
    parties.actors = [a for a in parties.actors if a not in spared or a in parties.left]
    parties.opposed, parties.routed = False, True
    return True


def _names_object(art: ArticleText, sentence: Sentence, match: re.Match[str], parties: Any) -> bool:
    """Whether a side acted on is named right after the cue's verb ("warned Israel")."""
    at = sentence.start + match.start()
    return any(
        any(at < m.start <= at + len(match.group()) + 12 for m in a.mentions) for a in parties.right
    )


# Labels of what one may say of a thing another does: "a project Russia has called a threat".
_APPOSED = frozenset(["objections", "threats", "hostile act", "condemnation", "criticism"])
_OBJECTS_VERB = re.compile(r"object(?:s|ed|ing) to\b")
_PASSIVE = re.compile(r"\b(?:was|were|is|are|been|be|being)\s+$")


def _contrasted(art: ArticleText, sentence: Sentence, trigger: re.Match[str]) -> list[Actor] | None:
    """The two subjects a sentence sets against each other ("Egypt wants the gas piped to
    its plants, while Cyprus prefers a floating plant") when the cue sums the sentence up in
    an apposition at its end (", a disagreement that has delayed the project")."""
    low = art.lows[sentence.index]
    if _SUMMING.search(low, max(0, trigger.start() - 40), trigger.start()) is None:
        return None
    turn = _CONTRAST.search(low, 0, trigger.start())
    if turn is None:
        return None
    subjects = []
    for at in (0, turn.end()):
        opening = [
            a
            for a in art.cast.in_span(sentence.start + at, sentence.start + trigger.start())
            if a.kind != "other"
            and any(
                at <= m.start - sentence.start
                and len(low[at : m.start - sentence.start].split()) <= _SUBJECT_OPENING
                for m in a.mentions
            )
        ]
        if not opening:
            return None
        subjects.append(opening[0])
    if side_of(subjects[0]) == side_of(subjects[1]):
        return None
    return subjects


# ", a disagreement that ...", ", the row": a noun that names what the sentence told.
_SUMMING = re.compile(r", (?:as |amid |in )?(?:a|an|the) (?:[\w-]+ ){0,2}$")
_CONTRAST = re.compile(r",? (?:while|whereas) |; |, but ")
_SUBJECT_OPENING = 5  # words before a clause's subject: a date, "but", "on Friday"
_SPEAKER_REACH = 60  # characters from a speaker's name to its verb, a long title between


# Between two names of one noun phrase only a possessive and capitalised title words stand:
# "Ecuadorean President Daniel Noboa", "Iceland's Fisheries Minister Svandis Svavarsdottir".
_BETWEEN_AFTER = re.compile(r"(?: [\w-]+){0,3}? between\b")
_TITLE_GAP = re.compile(r"(?:['’]s)?(?:\s+[A-Z][\w.-]*)*\s+|['’]s")


def _home_government(
    art: ArticleText, sentence: Sentence, end: int, trigger: re.Match[str], parties: Any
) -> Actor | None:
    """The state whose government a domestic act is aimed at ("the USR said it would not back
    the government's bill", "walked out of the budget vote"): the act's object names no one,
    but a party, a person or a body acting against "the government" of a text about one state
    acts against that state's government. ``None`` when a state acts (another's government is
    meant), the object names someone, or the text has no one state it is about."""
    low = art.lows[sentence.index]
    left = parties.left or _subject_of_refusal(sentence, low, trigger, parties.actors)
    # "South Africa's National Union of Mineworkers": a state named as the home of the body
    # that acts is not itself acting.
    homes = {a.country for a in left if a.kind != "state" and a.country}
    left = [a for a in left if a.kind != "state" or a.country not in homes]
    if not left or any(a.kind == "state" for a in left):
        return None
    stop = low.find(",", trigger.end(), end)
    tail = low[trigger.start() : end if stop < 0 else stop]
    if _GOVERNMENT.search(tail) is None:
        return None
    states = [a for a in art.cast.actors.values() if a.kind == "state" and not a.passing]
    own = {a.country for a in left if a.country}
    mine = [a for a in states if a.country in own]
    if len(mine) == 1:
        return _head_of(art, mine[0], parties)
    if own:
        return None
    ranked = sorted(states, key=lambda a: -len(a.mentions))
    if not ranked:
        # "Zagreb ... the junior party voted to reject a government bill": no state is an
        # actor, but the one head of government the text names heads "the government".
        head = _sole_head(art)
        if head is None or head in left:
            return None
        if not parties.left:
            parties.left = left
        return head
    if len(ranked) > 1 and len(ranked[1].mentions) * 2 > len(ranked[0].mentions):
        return None  # two states of weight: whose government is not said
    if not parties.left:
        parties.left = left
    return _head_of(art, ranked[0], parties)


def _head_of(art: ArticleText, state: Actor, parties: Any) -> Actor:
    """Who heads the state's government in the text (one prime minister or president of
    it), else the state. The state leaves the acting side: "The Left party, the smallest
    partner in Slovenia's ruling coalition" does not have Slovenia act against its own
    government."""
    parties.left = [a for a in parties.left if a is not state] or parties.left
    heads = [
        a
        for a in art.cast.actors.values()
        if a.kind == "person"
        and a.country in (state.country, None)
        and _HEAD_POST.search(a.role.casefold())
    ]
    return heads[0] if len(heads) == 1 else state


def _state_beside_head(art: ArticleText, parties: Any) -> None:
    """A party acting against the head of government of a story about one state does not
    have that state on its side ("The Left party, the smallest partner in Slovenia's ruling
    coalition, said it would leave the government if Prime Minister Robert Golob ..."): the
    state names whose coalition it is, the head's."""
    if not any(
        a.kind == "person" and a.country is None and _HEAD_POST.search(a.role.casefold())
        for a in parties.right
    ) or not any(a.kind != "state" and a.country is None for a in parties.left):
        return
    states = [a for a in art.cast.actors.values() if a.kind == "state" and not a.passing]
    if len(states) == 1 and states[0] in parties.left:
        parties.left = [a for a in parties.left if a is not states[0]]


def _sole_head(art: ArticleText) -> Actor | None:
    """The one prime minister or president the text names, if one."""
    heads = [
        a
        for a in art.cast.actors.values()
        if a.kind == "person" and _HEAD_POST.search(a.role.casefold())
    ]
    return heads[0] if len(heads) == 1 else None


def _subject_of_refusal(
    sentence: Sentence, low: str, trigger: re.Match[str], actors: list[Actor]
) -> list[Actor]:
    """Who says it will not do the act ("the NAME (ABBR), said it would not back"): the one
    name whose mention the reporting verb and its pronoun subject join to the cue."""
    found = []
    for actor in actors:
        if actor.kind == "state":
            continue
        for mention in actor.mentions:
            at = mention.end - sentence.start
            if 0 <= at < trigger.start() and _SAID_IT.fullmatch(low, at, trigger.start()):
                found.append(actor)
                break
    return found if len(found) == 1 else []


def _one_phrase(sentence: Sentence, start: int, end: int, actors: list[Actor]) -> bool:
    """Every name of ``actors`` in the clause ``start:end`` stands in one noun phrase."""
    first, last = sentence.start + start, sentence.start + end
    spans = sorted((m.start, m.end) for a in actors for m in a.mentions if first <= m.start < last)
    if len(spans) < 2:
        return False  # "officials of the two countries ... in Beijing": a side not named here
    for (_, e0), (s1, _) in itertools.pairwise(spans):
        if s1 < e0:
            continue  # a name inside another
        gap = sentence.text[e0 - sentence.start : s1 - sentence.start]
        if _TITLE_GAP.fullmatch(gap) is None:
            return False
    return True


_OCCASION = re.compile(
    r"\b(?:said|says|told [\w ]{0,25}?|announced|speaking|spoke|declared) (?:after|following"
    r"|at the end of|on the sidelines of|before) (?:[\w-]+ ){0,2}$"
)
# An aside set off by commas after a subject: ", due to open in Addis Ababa on Wednesday, ".
_SUBJECT_ASIDE = re.compile(r",\s+[^,;:]{1,120},\s+")
# Words that may stand before a talks noun heading its clause's subject ("The planned talks").
_SUBJECT_LEAD = re.compile(r"(?:\s*(?:the|a|new|planned|proposed|scheduled|next|latest|fresh))*\s*")


def _setback_after_aside(
    art: ArticleText,
    sentence: Sentence,
    start: int,
    end: int,
    seg: tuple[int, int],
    trigger: re.Match[str],
    statuses: tuple[tuple[str, WordPattern], ...],
) -> str:
    """The setback ("stalled", "collapsed") the verb after an aside on a talks noun that opens
    its clause states ("Talks ..., due to open on Wednesday, have been postponed"); "" if none."""
    low = art.lows[sentence.index]
    verb = _predicate_after_aside(sentence, low, start, end, seg, trigger)
    if verb is None:
        return ""
    told = stated_status(
        statuses, low, verb[0], verb[1], art.frames[sentence.index], True, named_ok=False
    )
    return told if told in ("stalled", "collapsed") else ""


_OFFER_TO = re.compile(r"\boffer(?:s|ed|ing)? (?=_)")


def _offer_recipient(
    art: ArticleText, sentence: Sentence, start: int, end: int, trigger: re.Match[str]
) -> Actor | None:
    """The state or body an offer verb before the deal cue names as its indirect object
    ("offered Togo training and patrol boats under a draft memorandum"), if one."""
    low = art.lows[sentence.index]
    seg = segment(sentence, start, end, trigger.start())
    verbs = list(_OFFER_TO.finditer(low, seg[0], trigger.start()))
    if not verbs:
        return None
    verb = verbs[-1]
    at = sentence.start + verb.end()
    for actor in art.cast.in_span(at, at + 1):
        if actor.kind in ("state", "organization") and any(m.start == at for m in actor.mentions):
            return actor
    return None


def _dated_after_aside(
    art: ArticleText, sentence: Sentence, start: int, end: int, match: re.Match[str]
) -> bool:
    """The verb after an aside on the deal noun heading the clause is dated to a past year
    ("Talks ..., brokered by X, collapsed in 2023"): history, however the aside reads."""
    low = art.lows[sentence.index]
    seg = segment(sentence, start, end, match.start())
    verb = _predicate_after_aside(sentence, low, start, end, seg, match)
    return verb is not None and dated_past(low, verb[0], verb[1], verb[0], art.published)


def _predicate_after_aside(
    sentence: Sentence, low: str, start: int, end: int, seg: tuple[int, int], trigger: re.Match[str]
) -> tuple[int, int] | None:
    """Where the verb of a clause whose subject the trigger heads resumes after an aside on it
    ("Talks between the two sides, brokered by X in Jeddah, collapsed in 2023"), to the end
    of its stretch; ``None`` when the trigger heads no subject or no aside follows it."""
    if not _SUBJECT_LEAD.fullmatch(low, seg[0], trigger.start()):
        return None  # the talks are no subject ("Juba had pressed for the talks, ...")
    aside = _SUBJECT_ASIDE.match(low, seg[1], end)
    if aside is None or reading()["verb_start"].match(low, aside.end()) is None:
        return None
    return aside.end(), segment(sentence, start, end, aside.end())[1]


def _third_party_offer(
    art: ArticleText, sentence: Sentence, start: int, trigger: re.Match[str], actors: list[Actor]
) -> bool:
    """A state or body before the deal that is none of its parties offers it ("Tanzania
    offered to host talks between the two governments"): the sides have agreed to nothing,
    not even to propose it."""
    sides = {side_of(a) for a in actors}
    return bool(sides) and any(
        a.kind in ("state", "organization") and side_of(a) not in sides
        for a in art.cast.in_span(sentence.start + start, sentence.start + trigger.start())
    )


# "said it would continue talks": the speaker goes on as the subject of the deal.
# ("said Friday it was suspending ...": a weekday without "on", as US wires write it.)
_PRONOUN_SUBJECT = re.compile(
    r"(?: (?:on|in|that)\b[\w ]{0,20}?| (?:mon|tues|wednes|thurs|fri|satur|sun)day(?: that)?)?"
    r" (?:it|they|we|he|she)\b"
)
# "Sheinbaum said her government had agreed", "the minister said his team had submitted": the
# speaker's government or negotiators make the deal.
_GOVERNMENT_SUBJECT = re.compile(
    r"(?: (?:on|in|that)\b[\w ]{0,20}?| (?:mon|tues|wednes|thurs|fri|satur|sun)day(?: that)?)?"
    r" (?:its|their|our|her|his) (?:government|administration|team|negotiators|delegation)\b"
)
# Between a speaker's name and its verb: a few words of its title ("'s foreign minister",
# "'s envoy for the Belgrade-Pristina dialogue"), the comma closing an apposition, any aside
# set off by commas ("official, speaking on condition of anonymity, said"); a lone comma ends
# the subject ("Fighting between A and B killed 40, officials said").
_ASIDE = re.compile(r",[^,]*,")
_SPEAKER_GAP = re.compile(r"(?:['’]s)?\s*(?:[\w.-]+\s+){0,6},?\s*")
# "It reached a deal with its creditors": a subject told in a sentence before.
_PRONOUN = re.compile(r"(?:^|(?<=[\s\"“]))(?:it|they|we)\b")
_WITH_AFTER = re.compile(r"(?: [\w-]+){0,5}? with\b")


def _other_partners(
    art: ArticleText, sentence: Sentence, trigger: re.Match[str], label: str
) -> set[str]:
    """Who another deal of the same kind in the sentence is "with" ("we signed a memorandum
    with Portugal ..., and in March a memorandum with India"): that deal's partner, not this
    one's. A deal of another kind may rename this one ("agreed to buy more ... as part of a
    trade arrangement with Washington")."""
    low = art.lows[sentence.index]
    found: set[str] = set()
    for other, match in events().deal_triggers.find(low):
        if match.start() == trigger.start() or other.label != label:
            continue
        after = _WITH_AFTER.match(low, match.end())
        if after is None:
            continue
        at = sentence.start + after.end() + 1
        found |= {
            a.key
            for a in art.cast.in_span(at, at + 40)
            if any(at <= m < at + 12 for m in a.starts_in(at, at + 40))
        }
    return found


def _partners_only(
    art: ArticleText,
    sentence: Sentence,
    start: int,
    trigger: re.Match[str],
    actors: list[Actor],
) -> bool:
    """A deal "with" partners whose maker none of its parties names ("the minister said the
    talks with Pakistan and Egypt would continue", "QatarEnergy has contracts with buyers in
    Germany and France"): the names after "with" are one side, the other is implied or no
    party, and the sides are not borrowed from who reports it."""
    after = _WITH_AFTER.match(art.lows[sentence.index], trigger.end())
    if after is None or not actors:
        return False
    low = art.lows[sentence.index]
    if named_between(low, trigger.end()):
        return False  # "Talks between A and B ended with an agreement": A and B make it
    if _PRONOUN.search(low, start, trigger.start()):
        return False  # "It reached a deal with its creditors": a subject told before
    keys = {a.key for a in actors}
    before = art.cast.in_span(sentence.start + start, sentence.start + after.start())
    return not any(a.key in keys for a in before)


def _speakers(art: ArticleText, sentence: Sentence, start: int, at: int) -> set[str]:
    """Actors named before the deal cue at ``at`` only as who speaks of it: "The Democratic
    Party said the agreement with Bangladesh came too late", "a U.S. official said the
    release had been agreed" -- no maker of it, unless it goes on as the subject ("Spain said
    it would continue talks with Senegal")."""
    low = art.lows[sentence.index]
    first, last = sentence.start + start, sentence.start + at
    makers: set[str] = set()
    speakers: set[str] = set()
    for actor in art.cast.in_span(first, last):
        for mention in actor.mentions:
            if not first <= mention.start < last:
                continue
            told = reading()["reporting"].search(low, mention.end - sentence.start, at)
            if (
                told is None
                or not _SPEAKER_GAP.fullmatch(
                    _ASIDE.sub(" ", low[mention.end - sentence.start : told.start()])
                )
                or _PRONOUN_SUBJECT.match(low, told.end()) is not None
                or _GOVERNMENT_SUBJECT.match(low, told.end()) is not None
            ):
                makers.add(actor.key)
            else:
                speakers.add(actor.key)
    return speakers - makers


# "an agreement with Djibouti that Nairobi says breaks an earlier accord": a name that opens a
# relative clause after the deal, as the subject of a verb of saying or judging.
_RELATIVE_OPENER = re.compile(r"\b(?:that|which|whom)\s+(?:the\s+)?$")
_JUDGING_VERB = re.compile(
    r"\s+(?:(?:has|have|had)\s+)?(?:long\s+)?(?:says?|said|calls?|called|claims?|claimed|"
    r"considers?|considered|regards?|regarded|sees?|saw|views?|viewed|describes?|described|"
    r"deems?|deemed|condemns?|condemned|rejects?|rejected|opposes?|opposed)\b"
)
# A clause of time or cause opened before the deal's cue, with its own named subject: "Kenya
# recalled its envoy after Ethiopia signed a port agreement with Djibouti".
_SUBORDINATOR = re.compile(r"\b(?:after|because|when|since|following|before)\s+(?:the\s+)?_")
_PARTNER_AFTER = re.compile(r"[^,;:]{0,80}?\bwith\b")


# ", and Doha has since struck a more conciliatory tone": a name that opens a clause of its own.
_CLAUSE_OPENER = re.compile(r"[,;]\s+(?:and|but|while|whereas|although|though)\s+(?:the\s+)?$")


def _next_clause_subject(actor: Actor, low: str, sentence: Sentence, after: int, last: int) -> bool:
    """Every mention of ``actor`` after the deal's cue (and none before it) opens a clause of
    its own: "The EU agreed in December to scale back the law, and Doha has since struck a
    more conciliatory tone": the subject of another verb, not a party of the deal."""
    starts = [
        m.start - sentence.start for m in actor.mentions if sentence.start <= m.start < sentence.end
    ]
    inside = [at for at in starts if at < last]
    return (
        bool(inside)
        and all(at >= after for at in inside)
        and all(_CLAUSE_OPENER.search(low, max(0, at - 14), at) is not None for at in inside)
    )


# "a memorandum on building the pipeline through Mongolia": where a link runs is no signatory.
_TRANSIT = re.compile(
    r"\b(?:pipelines?|cables?|interconnectors?|railways?|rail (?:links?|lines?)|corridors?|"
    r"highways?|roads?|routes?)(?: [\w-]+){0,2}? (?:through|via|across)(?: the)? $"
)


# "Mexico agreed to deploy troops to its southern border with Guatemala": the neighbour the
# subject's own border runs along is where the deal is carried out, not who makes it.
# "under the G20's Common Framework", "under the EU's rules": the owner of the frame a deal
# is made under.
_UNDER_OWNED = re.compile(r"\bunder (?:the )?$")
_BORDER_OF = re.compile(r"\b(?:its|their) (?:[\w-]+ )?(?:border|frontier) with (?:the )?$")


# ", while Pakistan has thanked ...", ", whereas ...": a clause of contrast after the deal.
_CONTRAST_CLAUSE = re.compile(r", (?:while|whereas|although|though) ")


def _not_makers(
    art: ArticleText, sentence: Sentence, start: int, end: int, trigger: re.Match[str]
) -> set[str]:
    """Actors the clause names only as who reacts to or judges the deal, never as who makes it:
    in the main clause when the deal is told in a clause of time or cause with its own subject
    and partner ("Somalia recalled its envoy after Ethiopia signed an agreement with ..."), or
    as the
    subject of a verb of saying in a relative clause after the deal ("... with Somaliland that
    Mogadishu says violates its sovereignty"), or as where a link runs ("the pipeline through
    Mongolia")."""
    low = art.lows[sentence.index]
    opener = None
    for m in _SUBORDINATOR.finditer(low, start, trigger.start()):
        opener = m
    if opener is not None and (
        re.search(r"[;:]", low[opener.end() : trigger.start()])
        # "... after China agreed to review the duties": with no partner named in its own
        # clause, the deal may be with the main clause's subject.
        or _PARTNER_AFTER.match(low, trigger.start()) is None
    ):
        opener = None
    cut = opener.start() if opener is not None else -1

    def reacts(at: int, stop: int) -> bool:
        if at < cut or _TRANSIT.search(low, max(0, at - 50), at) is not None:
            return True
        if at >= trigger.end() and _BORDER_OF.search(low, max(0, at - 40), at) is not None:
            return True
        if (
            at >= trigger.end()
            and _UNDER_OWNED.search(low, max(0, at - 12), at) is not None
            and low.startswith(("'s ", "’s "), stop)
        ):
            return True  # "under the G20's Common Framework": whose framework, no maker
        return (
            at >= trigger.end()
            and _RELATIVE_OPENER.search(low, max(0, at - 12), at) is not None
            and _JUDGING_VERB.match(low, stop) is not None
        )

    first, last = sentence.start + start, sentence.start + end
    out: set[str] = set()
    for actor in art.cast.in_span(first, last):
        inside = [m for m in actor.mentions if first <= m.start < last]
        if inside and all(reacts(m.start - sentence.start, m.end - sentence.start) for m in inside):
            out.add(actor.key)
    return out


# "signed an agreement with the breakaway region of Somaliland": the partner a deal is made
# with, a territory that makes its own deals.
_WITH_PARTNER = re.compile(
    r"\bwith (?:the )?(?:(?:breakaway|self-declared|self-governing|semi-autonomous|autonomous)"
    r" )?(?:(?:region|republic|territory|enclave) of )?$"
)


def _only_within(actor: Actor, sentence: Sentence, spans: list[tuple[int, int]]) -> bool:
    """Every mention of ``actor`` in ``sentence`` starts inside one of ``spans``
    (sentence-relative)."""
    starts = [at - sentence.start for at in actor.starts_in(sentence.start, sentence.end)]
    return bool(starts) and all(any(s <= at < e for s, e in spans) for at in starts)


def _territory_partner(
    art: ArticleText, sentence: Sentence, end: int, trigger: re.Match[str]
) -> list[Actor]:
    """A territory that belongs to no state in the lexicon (a breakaway region) named right
    after "with" in the deal's stretch is its partner: places are never sides, but a place
    that signs a deal is one."""
    low = art.lows[sentence.index]
    out = []
    for actor in art.cast.in_span(sentence.start + trigger.end(), sentence.start + end):
        if actor.country is not None or not actor.key.startswith("region:"):
            continue  # a region of a state, or no region
        for m in actor.mentions:
            at = m.start - sentence.start
            if (
                trigger.end() <= at < end
                and _WITH_PARTNER.search(low, max(trigger.end(), at - 60), at)
                and re.search(r"[,;:]", low[trigger.end() : at]) is None
            ):
                out.append(actor)
                break
    return out


def _between_sides(
    art: ArticleText, sentence: Sentence, end: int, trigger: re.Match[str], actors: list[Actor]
) -> list[Actor]:
    """The parties named after "between" right after the trigger, when they are two sides."""
    between = _BETWEEN_AFTER.match(art.lows[sentence.index], trigger.end())
    if between is None:
        return []
    named = {a.key for a in art.cast.in_span(sentence.start + between.end(), sentence.start + end)}
    inside = [a for a in actors if a.key in named]
    return inside if side_count(inside) >= 2 else []


# A meeting told by its verb ("will meet", "convenes in") or its noun ("a meeting of the
# ministers of ..."); see the "talks" triggers of the lexicon.
_MEETING = re.compile(
    r"(?:will|would|to|shall) (?:meet|convene)\b|(?:meets|convenes|met|sat down)\b|meeting of\b"
    r"|(?:sessions?|meetings?|rounds?|sittings?) of (?:the |their |its )?(?:joint|bilateral"
    r"|intergovernmental|mixed)\b|(?:joint|bilateral|intergovernmental|mixed) [\w -]*?"
    r"(?:commission|committee)\b|(?:hold|held|holds|holding|convene[sd]?|convening) (?:its|their) "
)
# A meeting that took place or takes place now ("met", "meets"), not one ahead ("will meet").
_HELD_MEETING = re.compile(r"(?:met|meets|sat down)\b")
# A standing body of two sides ("the joint boundary commission of Thailand and Cambodia",
# "Thailand and Cambodia's joint commission"): its sides are named on either side of it.
_COMMISSION = re.compile(
    r"(?:\w+ )?(?:\w+ of (?:the |their |its )?)?(?:joint|bilateral|intergovernmental|mixed)\b"
)


def _meeting_sides(
    art: ArticleText, sentence: Sentence, start: int, end: int, trigger: re.Match[str]
) -> list[Actor]:
    """The sides that meet: the names of the subject before "will meet" ("Negotiators from
    Ethiopia and Sudan will meet") or after "a meeting of" ("the foreign ministers of Malawi
    and Mozambique"), or the pair "they" stands for; none when they are one side (a cabinet, a
    party congress, shareholders meet alone)."""
    if _MEETING.match(trigger.group()) is None:
        return []
    seg_start, seg_end = segment(sentence, start, end, trigger.start())
    first, last = (
        # "A and B approved new rules at a meeting of their joint commission": "their" body
        # is the subject pair's, named before it.
        (seg_start, seg_end)
        if _COMMISSION.match(trigger.group()) or trigger.group().endswith("their ")
        else (trigger.end(), seg_end)
        if trigger.group().startswith("meeting")
        else (seg_start, trigger.start())
    )
    low = art.lows[sentence.index]
    kept = kept_actors(art, sentence, first, last, trigger.start(), deal=True)
    lo, hi = sentence.start + first, sentence.start + last
    mentions = sorted(
        ((m.start, m.end, a) for a in kept if a.kind != "other" for m in a.mentions),
        key=lambda x: (x[0], x[1]),
    )
    mentions = [m for m in mentions if lo <= m[0] and m[1] <= hi]
    # Only names joined as one plural subject ("A and B", "A, B and C") meet each other:
    # "Serbia would ask the Security Council to meet" is one body meeting alone.
    named: list[Actor] = []
    for (_, end_one, one), (start_two, _, two) in itertools.pairwise(mentions):
        gap = low[end_one - sentence.start : start_two - sentence.start]
        if _JOINED.fullmatch(gap) and side_of(one) != side_of(two):
            named = unique([*named, one, two])
    if side_count(with_states(art.cast, named)) >= 2:
        return with_states(art.cast, named)
    if trigger.group().startswith("meeting"):
        # "The meeting of chief negotiators on March 18", "a meeting of the two foreign
        # ministers": envoys no name follows are the pair's, or the article's.
        envoys = _UNNAMED_ENVOYS.match(low, trigger.end())
        if envoys is not None:
            hosts = frozenset(
                a.key for a in art.cast.in_span(sentence.start, sentence.start + trigger.start())
            )
            pair = between_pair(art, sentence, trigger.end(), envoys.end(), hosts)
            if pair:
                return pair
            if not art.cast.in_span(sentence.start + trigger.end(), sentence.start + envoys.end()):
                return article_pair(art, sentence, hosts)
    return subject_pair(art, sentence, start, trigger.start())


_UNNAMED_ENVOYS = re.compile(
    r" (?:the )?(?:two |chief |top |senior )*(?:foreign |prime |defen[cs]e )?"
    r"(?:ministers|negotiators|envoys|delegations)\b(?! (?:of|from)\b)"
)
_JOINED = re.compile(r"\s*(?:,|and|, and|&)\s*(?:the\s+)?")  # "A and the B"


def _offer_between_others(
    art: ArticleText, sentence: Sentence, start: int, end: int, trigger: re.Match[str]
) -> bool:
    """A state or body before an offered deal "between" others ("Tanzania offered to host
    talks between the two governments") is none of its sides, and they agreed to nothing."""
    between = _BETWEEN_AFTER.match(art.lows[sentence.index], trigger.end())
    if between is None:
        return False
    inside = {
        side_of(a) for a in art.cast.in_span(sentence.start + between.end(), sentence.start + end)
    }
    return any(
        a.kind in ("state", "organization") and side_of(a) not in inside
        for a in art.cast.in_span(sentence.start + start, sentence.start + trigger.start())
    )


def _named_subject(art: ArticleText, sentence: Sentence, at: int) -> bool:
    """A name (of anyone or anything: "the dam threatens ...") or a pronoun just before the verb
    at ``at``: "a quarrel ... threatened to overshadow the visit" threatens no one."""
    low = art.lows[sentence.index]
    for actor in art.cast.in_span(sentence.start, sentence.start + at):
        for mention in actor.mentions:
            if sentence.start <= mention.end <= sentence.start + at:
                gap = low[mention.end - sentence.start : at]
                if len(gap) <= 30 and _SUBJECT_GAP.match(gap):
                    return True
    return (
        re.search(r"\b(?:it|they|he|she|we)(?: \w+){0,2} $", low[max(0, at - 30) : at]) is not None
    )


def _shopping(art: ArticleText, sentence: Sentence, start: int, end: int) -> bool:
    """The clause speaks of shops and buyers and names no state: its deals are sales."""
    if reading().search("shopping", art.lows[sentence.index], start, end) is None:
        return False
    return not any(
        a.kind == "state" for a in art.cast.in_span(sentence.start + start, sentence.start + end)
    )


def _talks_refused(low: str, seg_start: int, match: re.Match[str], cue: Cue, frame: Frame) -> bool:
    """A side rules talks out or will not go back to them, right before the talks word
    ("has ruled out talks with", "would not return to peace talks"): a stand taken now, not
    talks imagined. A condition, a question or an analyst's view still makes it unreal."""
    if cue.label != "talks" or frame.analyst or frame.question:
        return False
    r = reading()
    if r.search("condition", low[seg_start : match.start()]):
        return False
    return r["talks_refused"].search(low, seg_start, match.start()) is not None


def _bare_plural(low: str, seg_start: int, match: re.Match[str]) -> bool:
    before = low[max(seg_start, match.start() - 40) : match.start()]
    return (
        _BARE_PLURAL.match(match.group()) is not None
        and _COUNTED.search(before) is None
        and _PAIRED_AFTER.match(low, match.end(), match.end() + 40) is None
    )


def _background_segment(
    sentence: Sentence, start: int, end: int, at: int, *, deal: bool = True
) -> bool:
    """The trigger sits in an "after the ...", "since the ..." stretch of a longer clause, or
    is the origin of a time span: "the worst violation since the war in Ukraine began"."""
    if _SINCE.search(sentence.masked, max(start, at - 40), at) is not None:
        return True
    seg_start, seg_end = segment(sentence, start, end, at)
    if (
        not deal
        and _STANDING.search(sentence.masked[max(seg_start, at - 40) : at].lower()) is not None
        # "did X under pressure from Y": the pressure moved the subject to act; news.
        and PRESSED_UNDER.match(sentence.masked.lower(), at) is None
    ):
        # "the government, under Western sanctions since 2020, ...": a standing state of
        # affairs its subject lives in, not an act told as news.
        return True
    before = sentence.masked[seg_start:at].lower()
    if not deal and reading().search("circumstance", before) is not None:
        # "signed ... amid tensions between A and B": a dispute named as the setting of other
        # news, not a development of it. ("talks to end a long-running fight broke down" is
        # one: an old dispute may be the news.)
        return True
    if seg_start == start:
        return False
    opening = _BACKGROUND_SEGMENT.match(sentence.masked, seg_start)
    if (
        opening is not None
        and deal
        and _DAYS_BEFORE.search(sentence.masked, max(0, seg_start - 30), seg_start) is not None
    ):
        # "The shooting came four days after the two governments agreed the text of a
        # protocol": an act hours or days before the news is part of it, not history.
        return False
    if opening is not None:
        # "killed 11 fighters after the rebels crossed the border and exchanged fire with a
        # patrol": an "after" clause whose subject acts in it tells the act the news reports,
        # not history before it ("after the war", "since the clashes" are); a dated one is
        # history by its date.
        return (
            deal
            or opening.group().startswith("since")
            or _ACT_CLAUSE.match(sentence.masked, opening.end(), at) is None
        )
    # "Poland and Lithuania, which quarrelled over schools, signed a pact": a relative clause
    # set off by commas after the subject describes a side; the news is the clause it
    # interrupts (a relative after the object, "arming the RSF, which it has been fighting",
    # may tell the news itself).
    if (
        deal
        or _RELATIVE_ASIDE.match(sentence.masked, seg_start) is None
        or segment(sentence, start, end, start)[1] != seg_start - 2
        or len(sentence.masked[start:seg_start].split()) > _SUBJECT_WORDS
    ):
        return False
    if not deal and goes_on_since(sentence.masked[seg_start:seg_end].lower()):
        # "The ELN, which has fought the Colombian state since 1964, said ...": what has gone
        # on since a start and goes on still is no past of the side's; it is ongoing.
        return False
    if not deal and reading()["news_day"].match(sentence.masked[at:seg_end].lower()) is not None:
        # "China's foreign ministry, which summoned Japan's ambassador on Monday, said ...": an
        # aside that dates its act to the news tells news, not the side's past (its names are
        # the act's sides, see :func:`._parties.kept_actors`).
        return False
    if sentence.masked.startswith(",", seg_end):
        return True
    # The aside may run on past an "after ..." stretch: "The EU, which imposed sanctions after
    # Russia used its territory, has since cut ...": the main clause resumes on its verb.
    close = sentence.masked.find(", ", at, end)
    return (
        close >= 0
        and reading()["verb_start"].match(sentence.masked[close + 2 : end].lower()) is not None
    )


def _apposed(art: ArticleText, sentence: Sentence, start: int, trigger: re.Match[str]) -> bool:
    """The cue ends an apposition that renames the clause's act as a thing someone names."""
    low = art.lows[sentence.index]
    thing = reading()["opposed_thing"].search(
        low, max(start, trigger.start() - 160), trigger.start()
    )
    return thing is not None and bool(
        art.cast.in_span(sentence.start + thing.start(), sentence.start + trigger.start())
    )


def _strong_enough(
    art: ArticleText,
    sentence: Sentence,
    start: int,
    end: int,
    trigger: re.Match[str],
    labels: list[str],
    *,
    deal: bool = False,
) -> bool:
    """A weak cue ("attacks", "tensions") makes an event only when its clause names a side on
    each side of it, or both after "between"; a targeted one ("pressure") also with one side
    when the other is the story's main actor. The "we" of an official whose state the text
    gives ("A: We are in talks with Italy's Eni", "we lodged a protest with Beijing") names
    that state."""
    kept = kept_actors(art, sentence, start, end, trigger.start(), deal=False)
    voice = _first_person_state(art, sentence, start, trigger.start())
    if voice is not None:
        kept = unique([*kept, voice])
    owner = None if deal or start else its_row_owner(art, sentence, trigger.start())
    if owner is None and not deal and set(labels) <= reading().symmetric:
        # "Kosovo will ban Serbian plates, reviving a dispute with Serbia": the main subject.
        named = art.cast.in_span(sentence.start, sentence.start + trigger.start())
        low = art.lows[sentence.index]
        owner = participle_subject(sentence, low, named, trigger.start(), trigger.end())
    if owner is not None:
        # "Its rivalry with Guyana has deepened": the subject the sentence before opens on.
        kept = unique([owner, *kept])
    # The count of sides is taken again only when ``kept`` has grown.
    sides = side_count(with_states(art.cast, kept))
    if sides == 1:
        # "The military said it targeted Hamas militants": the speaker does the act.
        kept = unique([*kept, *said_subject(art, sentence, start, trigger.start())])
        sides = side_count(with_states(art.cast, kept))
    if sides < 2 and set(labels) & ARMED_LABELS:
        # "Al Shabaab said it carried out the attack", "bombs struck ... in Kharkiv": the
        # sides an armed act names by a claim, a reference or a place.
        armed = complete(art, sentence, start, end, trigger, [], [], kept)
        if armed is not None:
            kept = unique([*kept, *armed[0], *armed[1]])
            sides = side_count(with_states(art.cast, kept))
    if sides >= 2:
        return True
    if trigger.group().split()[0] in ("threat", "threats") and _apposed(
        art, sentence, start, trigger
    ):
        return True  # "..., a project Russia has called a threat": Russia against the doer
    if set(labels) <= reading().symmetric and _contrasted(art, sentence, trigger) is not None:
        return True  # "A wants X, while B prefers Y, a disagreement that ...": A and B
    low = art.lows[sentence.index]
    if reading()["pair_anaphora"].search(low, start, end):
        return True
    if subject_pair(art, sentence, start, trigger.start()):
        return True
    if (
        not deal
        and side_count(kept) == 1
        and set(labels) & reading().directed
        and _act_told_by_word(art, sentence, start, trigger, kept) is not None
    ):
        # "Tokyo lodged a protest over the launch": one side's protest at an act a sentence
        # before told by its own word ("North Korea fired a missile"), whose doer is the other.
        return True
    return bool(set(labels) & events().targeted_labels) and side_count(kept) == 1
