"""An instrument whose terms the text says bind now, or that a later sentence says holds.

"The foundation of the relationship is the treaty that Kim and Putin signed in June 2024.
Its Article 4 commits each side to provide military assistance": an article, a provision or
the terms of an instrument belong to that instrument alone, so "its" refers back to it; in
the present tense they bind its parties now, however long ago it was signed. So too "the
accord obliges each side to ...", "Under the agreement, Kyrgyzstan must release ...".

"In July 2024, Manila and Beijing reached a provisional understanding ... [three sentences
on] As far as we are concerned the understanding remains in place": a definite noun refers
back to the last instrument the text named with that noun; when the next sentence that
names the noun again says it holds now, the instrument stands now.

Who made it: the pair subject of a relative clause after it ("that Kim and Russian President
Vladimir Putin signed": a title may stand between a name and "and"), or the pair subject of
the clause whose verb takes it as object ("Manila and Beijing reached what both sides called
a provisional understanding"). A treaty told only as history ("signed in 1996 and never
ratified", "which expired in 2019") has no such predicate and stays background.
Used by :mod:`._holds_now`.
"""

from __future__ import annotations

import re

from summarizer._engines.offline._cast import Actor
from summarizer._engines.offline._event import side_count, unique, with_states
from summarizer._engines.offline._parenthesis import held_past_aside
from summarizer._engines.offline._parties import ArticleText
from summarizer._engines.offline._sentences import Sentence

_NOUN = (
    r"(?:truce|ceasefire|cease-fire|agreement|deal|accord|pact|treaty|arrangement|"
    r"understanding|memorandum|convention|protocol|charter)"
)
# The parts of an instrument: only an instrument has them.
_TERMS = r"(?:article \d+[a-z]?|provisions?|terms|clauses?|annex(?:es)?)"
# Present tense only: "committed" tells what it did, not what it does.
_VERB = (
    r"(?:commits?|obliges?|obligates?|requires?|binds?|allows?|permits?|entitles?|"
    r"guarantees?|bars?|forbids?|prohibits?|lets)\b"
)
# The subject of a clause that refers back to the instrument, then its binding verb.
_BINDS = re.compile(
    r"(?:^|[,;:] |\band |\bbut |\bwhile )[\"“]?(?:its (?:[\w-]+ )?"
    + _TERMS
    + r"|(?:the|that|this) "
    r"(?:[\w-]+ ){0,2}" + _NOUN + r"(?:'s (?:[\w-]+ )?" + _TERMS + r")?) "
    r"(?:also |still |explicitly |expressly )?"
    + _VERB
    + r"|(?:^|[;:] )[\"“]?under (?:the|that|this|its) (?:[\w-]+ ){0,2}"
    + _NOUN
    + r", [^,;]{0,60}?\b(?:must|(?:is|are) (?:required|obliged|bound) to)\b"
)
# Right after the instrument itself: its own present predicate ("the accord obliges").
_OWN_BINDS = re.compile(r"(?:'s (?:[\w-]+ )?" + _TERMS + r")? (?:also |still )?" + _VERB)
# Said to hold now (the predicates of :mod:`._holds_now`'s clause, for a later sentence).
_HOLDS = (
    r"(?:remains?|is still|are still) (?:largely |broadly |fully )?"
    r"(?:in (?:force|effect|place)|intact|valid|binding)\b"
    r"|(?:is|are) (?:still )?being (?:implemented|observed|respected|honou?red|applied)\b"
)
# An instrument named: "the <noun>", "the <word> <noun>", or any other phrase before it.
_ANY = re.compile(r"\b(the )?((?:[\w-]+ )?)??(" + _NOUN + r")s?\b")
_HELD = re.compile(r" (?:" + _HOLDS + r")")
_HELD_AFTER = re.compile(_HOLDS)
# "that Kim and Russian President Vladimir Putin signed": titles may stand between the names.
_MADE_REL = re.compile(
    r"(?: (?:on|of|for)(?: [\w'’-]+){1,6}?)? (?:that|which) (?:the )?"
    r"((?:\w+ ){0,4}?_[_ .'’-]*?) and (?:the )?"
    r"((?:\w+ ){0,4}?_[_ .'’-]*?) (?:had |have )?(?:jointly )?"
    r"(?:signed|agreed|reached|struck|concluded|sealed|negotiated|clinched)\b"
)
# "Manila and Beijing reached (what both sides called) a (provisional) understanding".
_MADE_SUBJ = re.compile(
    r"(?:^|[,;:] )(?:the )?(_[_ .'’-]*?) and (?:the )?(_[_ .'’-]*?) (?:had |have |has )?"
    r"(?:jointly )?(?:(?:signed|reached|struck|concluded|sealed|clinched) "
    r"(?:what (?:both sides|they|the two|officials) (?:called|described as|termed) )?"
    r"(?:an? |the |their )?[\"“]?(?:[\w-]+ ){0,3}[\"“]?)?$"
)


def _head(trigger: re.Match[str]) -> str:
    words = re.findall(r"[a-z-]+", trigger.group().lower())
    return words[-1] if words else ""


def binds_now(art: ArticleText, sentence: Sentence, trigger: re.Match[str]) -> bool:
    """Whether the text says the terms of the instrument at ``trigger`` bind now: its own
    present predicate, or a later clause or the next sentence whose subject refers back."""
    if re.fullmatch(_NOUN + r"s?", _head(trigger)) is None:
        return False
    low = art.lows[sentence.index]
    if _OWN_BINDS.match(low, trigger.end()) is not None:
        return True
    if _BINDS.search(low, trigger.end()) is not None:
        return True
    after = art.lows.get(sentence.index + 1)
    return after is not None and _BINDS.match(after) is not None


def held_later(art: ArticleText, sentence: Sentence, trigger: re.Match[str]) -> bool:
    """Whether a later sentence says "the understanding" holds now, before any sentence
    names another instrument: "the <noun>" (or "the <word> <noun>" with the trigger's own
    noun) refers back to it; any other instrument named in between ends the search."""
    head = _head(trigger).rstrip("s")
    if re.fullmatch(_NOUN, head) is None:
        return False
    later = sorted(i for i in art.lows if sentence.index < i <= sentence.index + 8)
    for index in later:
        low = art.lows[index]
        for noun in _ANY.finditer(low):
            back = noun.group(1) is not None and (not noun.group(2) or noun.group(3) == head)
            if not back:
                return False
            if _HELD.match(low, noun.end()) is not None:
                return True
            if held_past_aside(low, noun.end(), _HELD_AFTER):
                return True  # "the agreement, which commits ..., is still in force"
    return False


def made_pair(
    art: ArticleText, sentence: Sentence, start: int, end: int, trigger: re.Match[str]
) -> list[Actor]:
    """The two makers of the instrument at ``trigger`` its clause names: the pair subject of
    a relative clause after it, or of the verb that takes it as object; [] otherwise."""
    low = art.lows[sentence.index]
    made = _MADE_REL.match(low, trigger.end(), end) or _MADE_SUBJ.search(
        low, start, trigger.start()
    )
    return pair_named(art, sentence, made) if made is not None else []


def pair_named(art: ArticleText, sentence: Sentence, made: re.Match[str]) -> list[Actor]:
    """The two sides named from ``made``'s first group to its second ("that Kim and Putin
    signed"); [] unless they are exactly two."""
    named = with_states(
        art.cast,
        unique(art.cast.in_span(sentence.start + made.start(1), sentence.start + made.end(2))),
    )
    return named if side_count(named) == 2 else []


# Standing now, but under strain: "is fraying", "is under growing strain", "is in jeopardy".
_STRAIN = re.compile(
    r"\b(?:is|are|has been|have been|remains?|looks?|appears?) (?:itself )?(?:now )?"
    r"(?:increasingly |visibly |already |badly )?(?:fraying|unravell?ing|faltering|wobbling|"
    r"crumbling|under (?:growing |increasing |severe |mounting |heavy )?(?:strain|pressure)|"
    r"in (?:jeopardy|doubt|question|peril)|fragile|shaky)\b"
)
# What parts the instrument from a new clause: a predicate after it is no longer its own.
_PARTED = re.compile(r"[,;:()]|\b(?:but|while|though|although|after|because)\b")
# The next sentence's subject refers back: "The agreement itself is fraying."
_STRAIN_BACK = re.compile(r"[\"“]?(?:the|that|this) (?:[\w-]+ ){0,2}" + _NOUN + r"s? (?:itself )?")


def strained(art: ArticleText, sentence: Sentence, trigger: re.Match[str]) -> bool:
    """Whether the text says the instrument at ``trigger`` stands now under strain (its own
    clause's predicate, or the next sentence's whose subject refers back): how it stands
    is then unclear."""
    low = art.lows[sentence.index]
    for strain in _STRAIN.finditer(low, trigger.end()):
        if _PARTED.search(low, trigger.end(), strain.start()) is None:
            return True
    after = art.lows.get(sentence.index + 1, "")
    back = _STRAIN_BACK.match(after)
    return back is not None and _STRAIN.match(after, back.end()) is not None
