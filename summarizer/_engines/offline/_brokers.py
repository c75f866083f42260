"""Brokers: who mediates, facilitates, hosts or convenes a deal the clause tells.

A broker is no side of the deal: "EU-mediated talks between Serbia and Kosovo" are Serbia's and
Kosovo's, and the title names those two. But it takes part in the deal, so the briefing lists
it among the deal's parties, after the sides: "the talks, hosted by Turkey's foreign minister",
"a ceasefire brokered by Qatar", "talks in Ankara under Turkish mediation". Used by
:mod:`._events`, which sets the broker apart from the sides.
"""

from __future__ import annotations

import re

from summarizer._engines.offline._event import Event
from summarizer._engines.offline._parties import ArticleText
from summarizer._engines.offline._sentences import Sentence

# The noun of the deal inside its trigger ("held talks", "signed a ceasefire", "the accord").
_DEAL_NOUN = re.compile(
    r"\b(?:talks|dialogue|negotiations|consultations|ceasefire|cease-fire|truce|agreement"
    r"|accord|deal|declaration|pact|treaty|framework|memorandum|roadmap|road map|swap"
    r"|exchange|understanding|arrangement)s?\b"
)
_BROKERING = (
    r"(?:mediated|brokered|facilitated|hosted|co-hosted|convened|sponsored|chaired"
    r"|co-chaired|organi[sz]ed)"
)
# "the EU-mediated talks", "a Qatar-brokered truce": the broker right before the noun.
_BROKERED_BEFORE = re.compile(rf"[-\u2013 ]{_BROKERING}\s+(?:[a-z][a-z-]* ){{0,2}}$")
# "talks co-hosted by Saudi Arabia and the United States", "the truce, which was brokered by".
_BROKERED_BY = re.compile(
    r"(?:,? (?:which (?:were|was|are|is) |being |to be )?(?:[\w-]+ ){0,4}?)?"
    rf"{_BROKERING} by (?:the )?"
)
# "talks in Ankara under Turkish mediation", "under the auspices of the African Union": a few
# words of place or time may stand between the noun and the broker.
_UNDER = re.compile(
    r"(?:,? (?:[\w'’-]+ ){0,10}?)?(?:under|with|through) (?:the )?"
    r"(?:(?:mediation|auspices|aegis|sponsorship|facilitation) of (?:the )?)?"
)
_UNDER_NOUN = re.compile(r"(?:['’]s?)? (?:mediation|auspices|aegis|sponsorship|facilitation)\b")
# "the EU has been mediating talks between the two": the subject brokers the talks.
BROKERING_VERB = re.compile(
    r"(?<![\w-])(?:mediat|broker|facilitat|convene?|chair|sponsor)(?:e|es|ed|ing|s)? "
    r"(?:the |a |an |new |fresh |further |direct |indirect )?$"
)
# A deal noun after a deal verb, in "in a ..." or "under a ...", that a broker follows.
_RESTATED = re.compile(
    r"\b(?:in|under|as part of) (?:an?|the) (?:[\w-]+ ){0,2}?(" + _DEAL_NOUN.pattern + r")"
    r"(?=,? (?:which (?:was|were) )?" + _BROKERING + r" by )"
)
_BROKER_JOIN = re.compile(r"(?:,? and |, )(?:the )?")


def deal_brokers(
    art: ArticleText, sentence: Sentence, end: int, trigger: re.Match[str]
) -> list[str]:
    """Keys of those the phrase of the deal names as its mediator, host or convener, in the
    order told: "the EU-mediated talks", "talks co-hosted by Saudi Arabia and the United
    States", "talks under Turkish mediation"."""
    low = art.lows[sentence.index]
    nouns = list(_DEAL_NOUN.finditer(trigger.group()))
    if nouns:
        noun = nouns[-1]  # the last noun of the trigger heads it ("signed a peace deal")
        at, after = trigger.start() + noun.start(), trigger.start() + noun.end()
    else:
        # "exchanged 175 prisoners each on Wednesday in a swap brokered by the UAE": the verb's
        # own clause names the deal again by a noun, which its broker follows.
        again = _RESTATED.search(low, trigger.end(), end)
        if again is not None:
            at, after = again.start(1), again.end(1)
        else:
            # "agreed to hold talks on their border under U.S. auspices": the noun the verb
            # takes, a few words on, is what the broker is named after.
            taken = _DEAL_NOUN.search(low, trigger.end(), min(end, trigger.end() + 30))
            if taken is None:
                return []
            at, after = taken.start(), taken.end()
    out: list[str] = []
    lo = sentence.start + max(0, at - 60)
    for actor in art.cast.in_span(lo, sentence.start + at):
        for m in actor.mentions:
            if (
                lo <= m.start
                and m.end <= sentence.start + at
                and _BROKERED_BEFORE.fullmatch(low, m.end - sentence.start, at) is not None
                and actor.key not in out
            ):
                out.append(actor.key)
    mentions = sorted(
        (m.start - sentence.start, m.end - sentence.start, a.key)
        for a in art.cast.in_span(sentence.start + after, sentence.start + end)
        for m in a.mentions
        if sentence.start + after <= m.start < sentence.start + end
    )
    by = _BROKERED_BY.match(low, after)
    if by is not None:
        out.extend(k for k in _listed(low, mentions, by.end())[0] if k not in out)
        return out
    under = _UNDER.match(low, after)
    if under is None:
        return out
    named, last = _listed(low, mentions, under.end())
    # "under Turkish mediation" names its broker before the noun of brokering, "under the
    # auspices of the AU" after it; "talks with Turkey" names a partner, no broker.
    if named and (
        under.group().endswith(("of ", "of the ")) or _UNDER_NOUN.match(low, last) is not None
    ):
        out.extend(k for k in named if k not in out)
    return out


# "hosted by Prime Minister Ralph Gonsalves", "hosted by Angolan President Joao Lourenco": a
# person's title of a few words may stand between the verb (or his state) and his name.
_TITLE_GAP = re.compile(r"(?:[a-z][\w.'’-]* ){1,3}")


def _listed(low: str, mentions: list[tuple[int, int, str]], at: int) -> tuple[list[str], int]:
    """The names listed from ``at`` on ("Saudi Arabia and the United States"), and where the
    last ends."""
    out: list[str] = []
    last = at
    titled = at  # where a person's title may begin
    for m_start, m_end, key in mentions:
        if m_start < at:
            continue
        if m_start != at and not (
            key.startswith("person:") and _TITLE_GAP.fullmatch(low, titled, m_start)
        ):
            break
        out.append(key)
        last = m_end
        join = _BROKER_JOIN.match(low, m_end)
        if join is None:
            # "Angolan President Joao Lourenco": the state and the person it titles.
            at = titled = m_end + 1
            continue
        at = titled = join.end()
    return out, last


# "The talks, hosted by Turkey's foreign minister, are meant to ...", "due back at EU-mediated
# talks": a sentence that speaks of talks told before names who brokers them.
_THE_TALKS = re.compile(r"\b(?:talks|dialogue|negotiations|consultations)\b(?! between)")
# How far before a thread's first sentence or after its last "the talks" may still be its talks.
_TALKS_GAP = 3


def told_brokers(art: ArticleText, threads: list[Event]) -> None:
    """Add to the one talks thread a later sentence speaks of ("The talks, hosted by ...")
    the brokers that sentence names."""
    talks = [t for t in threads if t.section == "deal" and "talks" in t.labels]
    if not talks:
        return
    for sentence in art.sentences:
        if not sentence.body:
            continue
        low = art.lows[sentence.index]
        for found in _THE_TALKS.finditer(low):
            keys = deal_brokers(art, sentence, len(low), found) or _envoys(art, sentence, found)
            if not keys:
                continue
            near = [
                t
                for t in talks
                if min(t.sentences) - _TALKS_GAP <= sentence.index <= max(t.sentences) + _TALKS_GAP
            ]
            if len(near) != 1:
                continue  # two talks told nearby: which ones the sentence means is unclear
            thread = near[0]
            thread.brokers += [k for k in keys if k not in thread.parties + thread.brokers]


# "Peter Sorensen, the EU special representative for the Belgrade-Pristina dialogue": whose
# envoy for the talks he is brokers them (a negotiator is a side, no broker).
_ENVOY_FOR = re.compile(
    r"(?:['’]s? |\b)(?:special |chief |top |lead )?(?:envoy|representative|mediator|facilitator"
    r"|coordinator)s? (?:for|to|in|on) (?:the )?(?:[\w-]+ ){0,3}?$"
)


def _envoys(art: ArticleText, sentence: Sentence, found: re.Match[str]) -> list[str]:
    """Keys of the envoy for the talks ``found`` names and of whom he speaks for."""
    low = art.lows[sentence.index]
    envoy = _ENVOY_FOR.search(low, max(0, found.start() - 80), found.start())
    if envoy is None:
        return []
    lo = sentence.start + max(0, envoy.start() - 50)
    at = sentence.start + envoy.start() + 1
    return [
        a.key
        for a in art.cast.in_span(lo, at)
        if a.kind != "other" and any(lo <= m.start and m.end <= at for m in a.mentions)
    ]
