"""Named instruments (treaties, truces, accords, memoranda) and how they stand now.

A deal noun that names a thing ("the Mutual Defense Treaty", "a truce brokered by Oman") takes
its parties from its own words (a hyphenated pair in its name, "between A and B", "in which A
and B pledged", "A accused B of violating it"), never from who brokered it; and those parties
count only when the sentence says how the instrument stands now (reaffirmed, in force,
extended, broken, an act done under it). History alone ("the 1923 treaty, signed after the
war") stays background. Resumed imports of a state's goods end a barrier: an easing between
the two. Used by :mod:`._events`.
"""

from __future__ import annotations

import re

from summarizer._engines.offline._cast import Actor
from summarizer._engines.offline._event import side_count, unique, with_states
from summarizer._engines.offline._parties import ArticleText, between_pair
from summarizer._engines.offline._sentences import Sentence

IMPORTS_RESUMED = "imports resumed"
# The goods right after "imports of": "live Australian rock lobster", "Japanese seafood".
GOODS = re.compile(r"(?: (?!(?:from|by|to|in|at|on|for|after|before|as|and)\b)[\w'’_-]+){1,4}")
# The deal nouns that name an instrument (a treaty, a truce, a memorandum ...), not a step.
INSTRUMENTS = frozenset(
    [
        "agreement",
        "accord",
        "deal",
        "pact",
        "arrangement",
        "memorandum",
        "ceasefire",
        "lease",
        "understanding",
    ]
)


def names_instrument(label: str, cue: str) -> bool:
    """Whether a deal cue names an instrument: its label is an instrument's, or its own words
    end on an instrument's noun ("a military cooperation agreement" is an agreement, whatever
    kind of deal its label tells)."""
    words = cue.lower().split()
    return label in INSTRUMENTS or (bool(words) and words[-1].rstrip("s") in INSTRUMENTS)


# "the U.S.-Philippines Mutual Defense Treaty", "the China-Australia Free Trade Agreement":
# two names joined by a hyphen at the head of the instrument's noun phrase.
# (A capital "The" opening the sentence is no word of the first name.)
_PAIR_COMPOUND = re.compile(
    r"(?<![\w.-])(?:(?:The|A|An|This|That|Its|Their) )?"
    r"((?:[A-Z][\w.'’]*)(?: [A-Z][\w.'’]*){0,2})[-–]((?:[A-Z][\w.'’]*)"
    r"(?: [A-Z][\w.'’]*){0,2}?) (?:[\w’'-]+ ){0,5}$"
)
# "the truce between A and B", "the agreement signed in June between A and B".
_OWN_BETWEEN = re.compile(r"(?: [\w'’-]+){0,7}? between\b")
# An instrument said to be broken: "a violation of", "accused X of violating", "breached".
VIOLATED = re.compile(
    r"\b(?:violat(?:ed|es|e|ing|ions?)|breach(?:ed|es|ing)?|in breach of)\b[\"”’']?"
    r"(?: of)?(?= )[^;:.!?]{0,70}$"
)
# "the 1951 U.S.-Philippines Mutual Defense Treaty": a year at the head of its name.
YEAR_NAMED = re.compile(r"\b(?:the|its|their) (?:1[89]|20)\d\d (?:[\w.'’_-]+ ){0,5}$")
# What an instrument does now: "extends to", "covers", "remains in force".
HOLDS_NOW = re.compile(
    r"(?: [\w'’-]+){0,6}? (?:still )?(?:extends|covers|applies|binds|obliges|commits|holds|"
    r"stands|remains (?:in (?:force|effect|place)|valid|binding|alive))\b"
)
# "The UN welcomed the agreement between A and B", "Somalia condemned the pact between A and
# B": others' reaction now to an instrument says it exists now, whoever reacts.
REACTED_TO = re.compile(
    r"\b(?:(?:welcom|prais|denounc|criticis|criticiz|endors|oppos)(?:ed|es|ing)|"
    r"(?:hail|applaud|condemn|protest|reject)(?:ed|s|ing)?)"
    r" (?:the|this|that|their|a) (?:[\w'’-]+ ){0,3}$"
)
# "A accused B of violating ...": the accuser and the accused, both bound by what is broken.
_ACCUSED_OF_BREAKING = re.compile(
    r"(?:^|[,;] )(?:the )?(_[_ .'’-]*?)(?:['’]s)?(?: [\w'’-]+){0,4}? (?:accused|accuses|accusing) "
    r"(?:the )?(_[_ .'’-]*?)(?: [a-z'’-]+){0,2}? of (?:violating|breaching|breaking) "
    r"(?:[\w'’-]+ ){0,4}$"
)
# "a ceasefire it helped broker": the accuser is its broker, no party bound by it.
_BROKERED_BY_IT = re.compile(
    r" (?:that |which )?(?:it|they|_[_ .'’-]*) (?:had |has |have )?(?:helped (?:to )?)?"
    r"(?:broker|mediat|sponsor|guarantee|negotiate)"
)
BARRIER = re.compile(
    r"\b(?:bans?|banned|restrictions?|barriers?|embargo(?:es)?|suspension|lift(?:s|ed|ing)?)\b"
)
# "between Congo and Rwanda": two names and nothing else ("Rwanda-backed rebels" is no name).
# "between the Ethiopian government and the TPLF": a demonym and its government is the state.
_OWN_ORGAN = r"(?:['’]s? [a-z]+| (?:government|authorities|administration))?"
_TWO_NAMES = re.compile(
    r" (?:the )?_[_ .'’]*?"
    + _OWN_ORGAN
    + r" (?:and|&) (?:the )?_[_ .'’]*?"
    + _OWN_ORGAN
    + r"(?![\w-])"
)
# "a December 2023 agreement in which Ali and Maduro pledged not to use force".
_IN_WHICH = re.compile(
    r"(?: [\w'’-]+){0,2}? (?:in|under|by) which (?:the )?(_[_ .'’-]*?(?: [a-z]+){0,2}"
    r"(?:,| and) (?:the )?(?:[a-z]+ ){0,2}_[^,;:]*?) (?:[a-z]+ed|agreed|swore|undertook)\b"
)
# "a truce brokered by Oman in May, under which Washington halted its bombing campaign
# against the Houthis and the group stopped ...": its terms bind the ones they name.
_UNDER_WHICH = re.compile(r"(?: [\w'’_-]+){0,6}?,? under which ([^,;:]+)")
# A relative clause telling an instrument's terms: "..., in which A and B pledged ...".
WHICH_TERMS = re.compile(r"(?: [\w'’_-]+){0,6}?,? (?:in|under|by) which\b")
# "the first crossing to open under the border treaty the two countries signed last year":
# an act done now under an instrument puts it in force, whenever it was signed.
DONE_UNDER = re.compile(
    r"\b(?:open(?:s|ed|ing)?|reopen(?:s|ed|ing)?|operat(?:es|ed|ing)|carried out|delivered|"
    r"released|freed|exchanged|handed over|began|begins|started|starts) (?:[\w'’-]+ ){0,3}?"
    r"under (?:the |an? |its |their )?(?:[\w'’-]+ ){0,4}$"
)
# "the truce was holding": in force now.
STILL_HOLDING = re.compile(
    r"\b(?:is|was|are|were|remains?|remained|(?:has|have) been) (?:still )?[\"“]?holding\b"
    r"(?![\w ]*?\b(?:talks|meetings?|negotiations|consultations|elections?|hostages?|"
    r"prisoners?|captives?|people|staff)\b)"
)
# "A and B reaffirmed that their treaty ...": the pair the possessive points back to.
_THEIR = re.compile(r"\btheir (?:[\w'’-]+ ){0,6}$")
_PAIR_SUBJECT = re.compile(
    r"(?:^|[,;:] |\bthat |\bwhen )(?:the )?(_[_ .'’-]*?) and (?:the )?(_[_ .'’-]*?) "
    r"(?:[a-z]+ ){1,3}?(?:that )?their\b"
)


def _named_as(art: ArticleText, word: str) -> Actor | None:
    """The actor whose name or alias is ``word`` ("Philippines", "U.S."), or its plural."""
    key = word.casefold().rstrip(".").removesuffix("’s").removesuffix("'s")
    for actor in art.cast.actors.values():
        for name in (actor.name, *actor.aliases()):
            folded = name.casefold().rstrip(".")
            if folded in (key, f"{key}s", f"the {key}"):
                return actor
    return None


def reacted_to(
    art: ArticleText, sentence: Sentence, start: int, end: int, trigger: re.Match[str]
) -> bool:
    """Whether others react now to an instrument whose own phrase names its two parties ("The
    UN welcomed the agreement between A and B"): the definite noun then tells a deal that
    exists, not one told before."""
    low = art.lows[sentence.index]
    if REACTED_TO.search(low, max(start, trigger.start() - 60), trigger.start()) is None:
        return False
    return side_count(instrument_parties(art, sentence, start, end, trigger)) >= 2


def instrument_parties(
    art: ArticleText, sentence: Sentence, start: int, end: int, trigger: re.Match[str]
) -> list[Actor]:
    """The parties an instrument's own phrase names: a compound of two names at its head,
    "between A and B" right after it, "in which A and B ..." after it, or "their" pointing
    back to a pair subject of its clause."""
    low = art.lows[sentence.index]
    text = sentence.text
    head = _PAIR_COMPOUND.search(text, max(start, trigger.start() - 80), trigger.start())
    if head is not None:
        heads = [_named_as(art, head.group(1)), _named_as(art, head.group(2))]
        found = [a for a in heads if a is not None]
        if len(found) == 2 and side_count(found) >= 2:
            return found
    between = _OWN_BETWEEN.match(low, trigger.end())
    if between is not None and not re.search(r"[,;:()]", low[trigger.end() : between.end()]):
        two = _TWO_NAMES.match(low, between.end(), end)
        if two is not None:
            named = with_states(
                art.cast,
                unique(art.cast.in_span(sentence.start + two.start(), sentence.start + two.end())),
            )
            if side_count(named) >= 2:
                return named
        pair = between_pair(art, sentence, between.end(), end)
        if pair:
            return pair
    accused = _ACCUSED_OF_BREAKING.search(low, start, trigger.start())
    if accused is not None and not _BROKERED_BY_IT.match(low, trigger.end()):
        named = with_states(
            art.cast,
            unique(
                [
                    *art.cast.in_span(
                        sentence.start + accused.start(1), sentence.start + accused.end(1)
                    ),
                    *art.cast.in_span(
                        sentence.start + accused.start(2), sentence.start + accused.end(2)
                    ),
                ]
            ),
        )
        if side_count(named) >= 2:
            return named
    terms = _UNDER_WHICH.match(low, trigger.end(), end)
    if terms is not None:
        named = unique(
            art.cast.in_span(sentence.start + terms.start(1), sentence.start + terms.end(1))
        )
        if side_count(named) == 2:
            return named
    which = _IN_WHICH.match(low, trigger.end())
    if which is not None:
        named = with_states(
            art.cast,
            unique(
                art.cast.in_span(sentence.start + which.start(1), sentence.start + which.end(1))
            ),
        )
        if side_count(named) >= 2:
            return named
    if _THEIR.search(low, max(start, trigger.start() - 60), trigger.start()):
        subjects = list(_PAIR_SUBJECT.finditer(low, start, trigger.start()))
        if subjects:
            subject = subjects[-1]
            named = with_states(
                art.cast,
                unique(
                    art.cast.in_span(
                        sentence.start + subject.start(1), sentence.start + subject.end(2)
                    )
                ),
            )
            if side_count(named) >= 2:
                return named
    return []
