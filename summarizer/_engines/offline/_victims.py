"""The other side of an attack or a measure is its doer, never another victim.

A dispute act told as a noun or in the passive has two sides: who does it and whom it is
aimed at. The names a clause gives beside it are not always one of each:

- "Kazakhstan's exports have been disrupted by attacks on Russian energy infrastructure":
  the subject undergoes the act (it is the agent of a passive verb: "disrupted by
  attacks"), like the target after "on"; two that are hit are not opposed. Who attacked is
  named only before the noun ("by Ukrainian drone attacks on ...") or not at all, and then
  there is no pair.
- "Sanctions were reimposed over objections from Moscow and Beijing": the objectors
  oppose whoever reimposed them, and the passive does not say who that is: no pair.
- "Jihadists ambushed a convoy escorted by Malian troops and Russian paramilitaries on the
  road from Senegal": the subject, a bare plural noun, does the act; the names come after
  the verb, in its object: hit or bystanders, no pair.
- "Every week that the attacks continue costs the Egyptian economy dearly, said X": what
  the act harms undergoes it, and the one who says so is a witness: no pair.
- "Indonesia appealed to the Appellate Body, which has been unable to hear cases because
  the United States has blocked the appointment of new judges": an act told to explain a
  relative clause about a third thing has nothing to do with the main clause's subject.
"""

from __future__ import annotations

import re
from typing import Any

from summarizer._engines.offline._cast import Actor, Cast
from summarizer._engines.offline._sentences import Sentence

# A passive verb whose agent is the act ("disrupted by", "were hit by", "hurt by repeated"):
# up to four words may stand between "by" and the act's noun (its doer among them:
# "by Ukrainian drone attacks").
_AGENT_ACT = re.compile(
    r"\b(?:[a-z]+ed|hit|struck|cut|hurt|shut|caught|stricken|undercut|upset|beset|torn)"
    r" by((?: (?!the\b|a\b|an\b)[\w'’-]+){0,4}|(?: (?:the|a|an)(?: [\w'’-]+){0,3})) ?$"
)

# The passive's own subject, right before its verb: a name, maybe with its thing
# ("Kazakhstan's exports", "Moldova's grain exports"), then auxiliaries.
_PASSIVE_SUBJECT = re.compile(
    r"(?:^|[\s(])_+(?:['’]s?)?(?: [a-z-]+){0,2}"
    r"(?: (?:has|have|had|was|were|is|are|been|be|being|also|already|now|repeatedly))* $"
)

# A doer told after the act's noun ("attacks by X", "strikes from X"): the clause names it.
_DOER_AFTER = re.compile(r" (?:by|from) (?:the )?_")

# An agentless passive that goes ahead over someone's objections ("were reimposed at the
# end of September over objections from Moscow and Beijing").
_OVER_OBJECTIONS = re.compile(
    r"\b(?:was|were|been|being|be|is|are) (?:[a-z]+ly )?[a-z]+(?:ed|en)\b"
    r"(?P<mid>[^,;:]*?) (?:over|despite|amid) (?:the )?(?:[a-z]+ )?"
    r"(?:objections?|opposition|protests?) (?:from|of|by) (?P<who>[^;:]*?)"
    r"(?=, which|, who|[,;:.]|$)"
)

# The act as the subject of a verb of harm, with what it harms after ("the attacks continue
# costs the Egyptian economy dearly", "the strikes have hurt Moldova's farmers").
_HARMS = re.compile(
    r"(?: (?!said\b|says\b)[a-z'’-]+){0,3}? (?:(?:has|have|had|will|would) )?"
    r"(?:costs?|hurt|hurts|hits|damag(?:e|es|ed)|disrupt(?:s|ed)?|harm(?:s|ed)?|hamper(?:s|ed)?"
    r"|batter(?:s|ed)?|weigh(?:s|ed)? on)(?P<what>(?: (?:the|its|their|[a-z-]+))*? _+)"
)

# A doer named before the act's noun, in its own phrase ("Houthi attacks", "Russia's
# repeated strikes"): at most two words between.
_OWNER_BEFORE = re.compile(r"_+(?:['’]s?)?(?: [a-z-]+){0,2} $")

# A clause whose subject is a bare plural common noun, not a name nor a word that refers back
# ("Jihadists ambushed ...", "Unidentified gunmen attacked ..."): the doer is not named.
_NOUN_SUBJECT = re.compile(
    r"(?:_+[\w ,.()]{0,30}?[-–—]+ +)?"  # a dateline the clause may begin with
    r"(?P<subject>[\"“(]? ?(?:(?:suspected|unidentified|unknown|armed|masked) )*"
    r"(?!(?:this|his|its|us|was|has|is|as)\b)[a-z-]+(?:s|men) (?:(?:reportedly|allegedly) )?)$"
)

# An explanation inside a relative clause about a third thing: ", which ... because".
_RELATIVE_BECAUSE = re.compile(r", (?:which|who)\b[^;:]*?\bbecause\b")

# The noun phrase a relative clause is about: the names (blanked with '_') right before its
# comma, with their "the" and "'s".
_HEAD_PHRASE = re.compile(r"(?:(?:the |_+(?:['’]s?)? ?))+$")


def _named(cast: Cast, sentence: Sentence, start: int, end: int) -> list[Actor]:
    return [
        a for a in cast.in_span(sentence.start + start, sentence.start + end) if a.kind != "other"
    ]


def victims_apart(
    cast: Cast, sentence: Sentence, low: str, start: int, trigger: re.Match[str], parties: Any
) -> None:
    """Set right the sides of the dispute act at ``trigger`` (see the module): in place."""
    _agent_act(cast, sentence, low, start, trigger, parties)
    _over_objections(cast, sentence, low, start, trigger, parties)
    _explained_aside(cast, sentence, low, start, trigger, parties)
    _harm_done(cast, sentence, low, start, trigger, parties)
    _unnamed_subject(cast, sentence, low, start, trigger, parties)


def _agent_act(
    cast: Cast, sentence: Sentence, low: str, start: int, trigger: re.Match[str], parties: Any
) -> None:
    """ "X was hit by attacks on Y": X and Y undergo the act; its doer is the one named
    between "by" and the noun, or no one."""
    passive = _AGENT_ACT.search(low, start, trigger.start())
    if passive is None or _DOER_AFTER.match(low, trigger.end()):
        return
    subject = _PASSIVE_SUBJECT.search(low, start, passive.start())
    before = [] if subject is None else _named(cast, sentence, subject.start(), passive.start())
    if not before:
        return
    doers = _named(cast, sentence, passive.start(1), trigger.start())
    if doers:
        hit = [a for a in parties.right if a not in doers] or before
        parties.left, parties.right, parties.opposed = doers, hit, True
        parties.actors = [*doers, *hit]
        return
    # No doer named: the ones hit are not each other's opponents.
    parties.drop([a for a in before if a not in parties.right])


def _over_objections(
    cast: Cast, sentence: Sentence, low: str, start: int, trigger: re.Match[str], parties: Any
) -> None:
    """ "Sanctions were reimposed over objections from Y": Y opposes an unnamed doer."""
    for found in _OVER_OBJECTIONS.finditer(low, start):
        if trigger.start() > found.end("who") or " by _" in found.group("mid"):
            continue
        objectors = _named(cast, sentence, found.start("who"), found.end("who"))
        if any(a in parties.left or a in parties.right for a in objectors):
            # Whoever did it is not named: no pair of the names the clause has.
            parties.left, parties.right, parties.actors = [], [], []
            parties.opposed = False
        return


def _explained_aside(
    cast: Cast, sentence: Sentence, low: str, start: int, trigger: re.Match[str], parties: Any
) -> None:
    """An act told in "..., which ... because Y did it": the main clause's names before the
    relative pronoun are no side of it, but for the thing the clause is about (the name
    right before the comma)."""
    asides = list(_RELATIVE_BECAUSE.finditer(low, start, trigger.start()))
    if not asides:
        return
    aside = asides[-1]
    main = _named(cast, sentence, start, aside.start())
    phrase = _HEAD_PHRASE.search(low, start, aside.start())
    head = _named(cast, sentence, phrase.start(), aside.start()) if phrase else []
    gone = [a for a in main if a not in head]
    if gone:
        parties.drop(gone)


def _harm_done(
    cast: Cast, sentence: Sentence, low: str, start: int, trigger: re.Match[str], parties: Any
) -> None:
    """ "The attacks cost the Egyptian economy dearly, said X": what the act harms undergoes
    it; with no doer named in the act's own phrase, there is no pair (the one who says so
    is a witness)."""
    harms = _HARMS.match(low, trigger.end())
    if harms is None or _OWNER_BEFORE.search(low, start, trigger.start()):
        return
    hit = _named(cast, sentence, harms.start("what"), harms.end("what"))
    if hit and any(a in parties.left or a in parties.right for a in hit):
        parties.left, parties.right, parties.actors = [], [], []
        parties.opposed = False


def _unnamed_subject(
    cast: Cast, sentence: Sentence, low: str, start: int, trigger: re.Match[str], parties: Any
) -> None:
    """ "Jihadists ambushed a convoy escorted by Malian troops": a verb whose subject opens
    its clause as a common noun has its doer unnamed; the names after it are no pair."""
    subject = _NOUN_SUBJECT.fullmatch(low, start, trigger.start())
    if subject is None or not re.match(r"[a-z]+ed\b", trigger.group()):
        return  # only a verb in the past ("ambushed", "attacked") has that subject
    if _DOER_AFTER.match(low, trigger.end()):
        return  # "Soldiers were ambushed by JNIM": the agent is named
    lo, at = sentence.start + subject.start("subject"), sentence.start + trigger.end()
    sides = [*parties.left, *parties.right]
    if sides and not any(lo <= m.start < at for a in sides for m in a.mentions):
        parties.left, parties.right, parties.actors = [], [], []
        parties.opposed = False
