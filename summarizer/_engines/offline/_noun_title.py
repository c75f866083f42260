"""A title is a readable noun phrase naming the subject: the event's noun and what it is about.

A title made from the words of a sentence can go wrong in kind, and each way has a rule of
English that tells it:

- it opens on a preposition ("In talks on X" is how a sentence tells the talks; the title is
  "Talks on X");
- it tells a time ("Agreement in December to cut ...");
- it names a party, whom the title's names already give ("Lease agreements and Greek refiner
  Helleniq Energy", "Talks with Italy's Eni on ...");
- it ends on a vague noun of a phrase that says where or how, not what ("Water cannon on their
  way [to the shoal]");
- it was cut inside a phrase: an infinitive before its object ("Grant to help pay [for ...]",
  "memorandum to reopen [a pipeline]"), a conjunct before the "of" phrase its noun needs ("a
  ceasefire and the release [of hostages]");
- it is a clause: the doer of an act and its verb ("Two Russian bombers flew");
- its topic is a place the act happened near or in ("seized a vessel near the islands" is no
  seizure "over" the islands).

Where no clean phrase is left, the caller names the event by its label.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from summarizer._engines.offline._clause import reading
from summarizer._lexicon import lexicon

# Prepositions a title may not open on (a sentence's "in talks", "at odds", "under a deal").
# ("At odds over X" is an idiom whose noun is no event: it stays as written.)
_OPENING = frozenset(["in", "under", "into", "during", "amid", "through", "via", "from"])
# Prepositions that end a segment of a title (where a phrase naming a party stops).
_PREPOSITIONS = frozenset(
    [
        *("of", "to", "by", "for", "with", "on", "in", "over", "at", "from", "into", "against"),
        *("about", "under", "between", "near", "across", "through", "via", "towards", "toward"),
    ]
)
_DETERMINERS = frozenset(
    [
        *("a", "an", "the", "its", "their", "his", "her", "our", "this", "that", "these"),
        *("those", "any", "some", "another", "each", "every", "all", "both", "no"),
    ]
)
# "to set [up a committee]": a verb's particle; the object follows it.
_PARTICLES = frozenset(["up", "out", "off", "down", "back"])
_RELATIVES = frozenset(["which", "that", "who", "whom", "whose", "where", "when"])
# "to help pay [for ...]": "help" takes a bare infinitive; with "to" before it the two verbs
# are one act, whose object follows.
_BARE_INFINITIVE_TAKERS = frozenset(["help", "helps", "let", "make"])
# A place an act is done at: "near the islands", "inside the reserve around the Galapagos".
_PLACED = re.compile(
    r"\b(?:near|around|off|inside|outside|close to)\s+"
    r"(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,3}$",
    re.IGNORECASE,
)


def _continues(quotes: Iterable[str], words: list[str]) -> str:
    """The word the sentence goes on with right after ``words`` (the title's last words as
    written), "" when it ends there or they are not found as written."""
    wanted = " ".join(words).casefold()
    for quote in quotes:
        folded = quote.casefold()
        at = folded.find(wanted)
        while at >= 0:
            end = at + len(wanted)
            if (at == 0 or not folded[at - 1].isalnum()) and folded[end : end + 1] == " ":
                found = _NEXT_WORD.match(quote, end + 1)
                return found.group() if found is not None else ""
            at = folded.find(wanted, at + 1)
    return ""


_NEXT_WORD = re.compile(r"[\w'’$-]+")


def _without_parties(words: list[str], names: Iterable[str]) -> list[str]:
    """``words`` without a segment opened by "and" or "with" that names a party: a party is
    named by the title's names, not by its noun phrase."""
    folded_names = [n.casefold() for n in names if n]
    out = list(words)
    i = 1
    while i < len(out):
        if out[i].casefold() not in ("and", "with") or (
            # "a joint project of Uganda and Tanzania": "and" joins two names, the subject.
            out[i].casefold() == "and" and not out[i - 1].islower()
        ):
            i += 1
            continue
        j = i + 1
        while j < len(out) and out[j].casefold() not in _PREPOSITIONS:
            j += 1
        segment = " ".join(out[i + 1 : j]).casefold()
        segment = re.sub(r"['’]s\b", "", segment)
        if any(re.search(rf"(?<!\w){re.escape(n)}(?!\w)", segment) for n in folded_names):
            del out[i:j]
            continue
        i += 1
    return out


# "an agreement in December", "a memorandum on March 3": a month is a time, no subject.
_MONTH = re.compile(
    r"\s+(?:in|on|by|since|from|until) (?:"
    + "|".join(m.name for m in lexicon("en").calendar.months)
    + r")\b(?: \d{1,2}\b)?"
)


def noun_title(phrase: str, quotes: Iterable[str], names: Iterable[str]) -> str:
    """``phrase`` (a title's noun phrase, as ``readable`` made it) set right by the rules of
    this module; "" when nothing readable is left."""
    quotes = list(quotes)
    words = _MONTH.sub("", phrase).split()
    # "In talks on a railway": the preposition tells how a sentence placed the event.
    if len(words) > 1 and words[0].casefold() in _OPENING:
        words = words[1:]
    words = _without_parties(words, names)
    # "Which proposes [elections]": a relative clause names no event; the label says it.
    if words and words[0].casefold() in _RELATIVES:
        return ""
    # "water cannon on their way [to the shoal]": a preposition with only a vague noun says
    # where or how, not what.
    vague = reading()["vague_head"]
    if len(words) > 2 and vague.match(words[-1].casefold().strip(",.")):
        cut = len(words) - 2
        while cut > 1 and words[cut].casefold() in _DETERMINERS:
            cut -= 1
        if cut > 0 and words[cut].casefold() in _PREPOSITIONS - {"to"}:
            words = words[:cut]
    if len(words) > 2:
        after = _continues(quotes, words[-2:]).casefold()
        # "a ceasefire and the release [of hostages]": a conjunct whose "of" phrase was cut.
        if (
            after == "of"
            and len(words) > 4
            and words[-3].casefold() in ("and", "or")
            and words[-2].casefold() in _DETERMINERS
        ):
            words = words[:-3]
        # "memorandum to reopen [a pipeline]", "grant to help pay [for substations]": an
        # infinitive cut before its object names no act.
        elif after and after not in ("and", "or"):
            to = len(words) - 2 if words[-2].casefold() == "to" else -1
            if (
                to < 0
                and len(words) > 3
                and words[-3].casefold() == "to"
                and words[-2].casefold() in _BARE_INFINITIVE_TAKERS
            ):
                to = len(words) - 3
            last = words[-1]
            if (
                to > 0
                # "memorandum to reopen": an infinitive on a noun; "preparing to invade" is a
                # verb's own, and cut it would leave the verb without it.
                and not words[to - 1].casefold().endswith(("ing", "ed"))
                and last.isalpha()
                and last.islower()
                and last not in _DETERMINERS
                and (
                    to < len(words) - 2
                    or after in _DETERMINERS
                    or after in _PARTICLES
                    or after == "to"
                    or after[:1].isdigit()
                )
            ):
                words = words[:to]
    if not words:
        return ""
    return " ".join([words[0][:1].upper() + words[0][1:], *words[1:]])


def doer_act(phrase: str) -> str:
    """ "Two Russian bombers flew": a cue that opens on the doer's craft and goes on with its
    verb tells a clause; the title names the craft the act was done by ("of bombers")."""
    words = phrase.split()
    if len(words) < 2 or not words[-2].isalpha() or not words[-2].islower():
        return ""
    return f"of {words[-2]}"


def placed(topic: str, quotes: Iterable[str]) -> bool:
    """Whether every mention of ``topic`` in ``quotes`` is a place an act was done at ("near
    the islands"): no subject a row is over."""
    seen = False
    wanted = topic.casefold()
    for quote in quotes:
        folded = quote.casefold()
        at = folded.find(wanted)
        while at >= 0:
            end = at + len(wanted)
            if (at == 0 or not folded[at - 1].isalnum()) and not folded[end : end + 1].isalnum():
                seen = True
                if _PLACED.search(quote, max(0, at - 60), at) is None:
                    return False
            at = folded.find(wanted, at + 1)
    return seen
