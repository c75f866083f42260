"""A deal's or a dispute's status, as its clause states it: the furthest step a deal has taken
("signed", "implemented"), never a step only named ("a draft agreement"), hoped for, led up to
("after months of negotiations"), taken back or told as how things stood before the news.
Also whether a deal word holds any deal at all (:func:`not_held`), and how a deal thread's
status merges when one more clause tells it (:func:`merge_status`)."""

from __future__ import annotations

import re

from summarizer._engines.offline._clause import Frame, affirmed, reading
from summarizer._engines.offline._data import WordPattern, events
from summarizer._engines.offline._event import DEAL_RANK, Event

__all__ = ["led_to", "merge_status", "not_held", "stated_status"]


_UNDONE = frozenset({"easing", "resolved"})
_MODALS = frozenset({"would", "could", "may", "might"})


def stated_status(
    patterns: tuple[tuple[str, WordPattern], ...],
    low: str,
    start: int,
    end: int,
    frame: Frame,
    deal: bool,
    *,
    named_ok: bool = True,
) -> str:
    """The status the stretch ``start:end`` states as fact; a deal's furthest one. Without
    ``named_ok``, a status word that only names the deal ("a peace agreement") is none."""
    found: list[str] = []
    named: list[str] = []
    talk = reading()["agree_to_talk"]
    offer = reading()["agree_to_offer"]
    judge = reading()["judgement"]
    noun = reading()["status_noun"]
    definite = reading()["status_definite"]
    # Words the hearsay and since readings need: most sentences hold neither.
    hearsay = reading()["status_hearsay"] if "citing " in low else None
    since = reading()["status_since"] if " since " in low else None
    ahead = reading()["future"]
    for name, pattern in patterns:
        for match in pattern.finditer(low, start, end):
            if frame.in_name(match.start()):
                continue  # "opened a review of the Paris Agreement": what is done to it counts
            seg = max(start, low.rfind(",", start, match.start()) + 1)
            # "a fragile thaw ... is under strain": the cue is taken back.
            if name in _UNDONE and reading()["undercut"].match(low[match.end() : end].lstrip()):
                continue
            # "a draft agreement", "will take effect": a deal not made, a step still ahead (a
            # dispute's "will remain" says how it stands now).
            if deal and _unmade(low[max(seg, match.start() - 30) : match.start()]):
                continue
            if deal and _of_another(low, match):
                continue  # "in stalled efforts to ...", "the negotiating table": another noun's
            if _before_news(low, seg, match, frame):
                continue  # "the dialogue had been suspended since 2022": before the news
            if deal and name in _SETBACKS and _bounded_past(low, seg, match):
                # "The negotiations were frozen for five months this year": a setback told as
                # a past stretch of time is over; the news is what came after it.
                continue
            if deal and name in _SETBACKS and _resumed_after(low, match):
                # "Paraguay suspended the talks ... and only resumed them in August": the
                # later step ends the setback.
                found.append("negotiating")
                continue
            if _dated_relative(low, seg, match, end):
                # "awkward for Petro, who restored diplomatic relations with Caracas after
                # taking office in 2022": what a relative clause dated to a past year tells
                # describes its head; it is not how the row stands now.
                continue
            if (
                deal
                and name in _SETBACKS
                and reading().search("status_resumed_over", low, seg, match.start())
                and not reading()["again"].match(low[match.end() :].lstrip())
            ):
                # "agreed to resume a dialogue suspended for almost four years": the
                # resumption ends the setback its object carries.
                continue
            if (
                not deal
                and name == "ongoing"
                and reading()["status_stance"].match(low, match.start())
            ):
                continue  # "said it remained committed to the declaration": a stance, not a row
            if (
                deal
                and name == "proposed"
                and match.group() in _MODALS
                and reading()["status_terms"].search(
                    low, max(seg, match.start() - 120), match.start()
                )
            ):
                # "the treaty would run for five years and could be extended": the terms of a
                # deal told before; its status is told there (as "the agreement" is).
                continue
            if not deal and reading()["status_bond"].match(low, match.start()):
                continue  # "has deepened trade ties with China": closer, not a row escalating
            if hearsay and hearsay.search(low, max(0, match.start() - 300), match.start()):
                # "a news portal reported, citing two unnamed diplomats, that the officials had
                # held talks": a claim told on unnamed sources, not a step known to be taken.
                continue
            if since and since.search(low, max(seg, match.start() - 120), match.start()):
                # "the sharpest clash since they restored relations in 2022": the past point
                # the news is measured from, not how things stand now.
                continue
            if deal and reading()["status_off_table"].match(low[match.end() :]):
                # "a wider negotiation with JNIM, which some politicians have called for,
                # was not on the table": its own predicate, past an aside, denies it.
                continue
            if deal and _unrealised(low, match.end(), end):
                continue  # "signing a deal has proved elusive": the act did not happen
            if deal and name in _MADE and _topic_of_talks(low, seg, match):
                continue  # "opened negotiations on renewing the treaty": what is negotiated
            if deal and name in _STEPS_BEFORE and led_to(low, seg, match):
                continue  # "signed ... after months of negotiations": the step before it
            if deal and name == "negotiating" and _offered(low, seg, match):
                # "proposed holding the first consultations", "remained open to negotiations":
                # talks put forward, not yet held.
                found.append("proposed")
                continue
            if deal and name == "implemented" and _participle_of_another(low, seg, match):
                continue  # "a fact sheet released by the prime minister's office"
            if deal and name == "implemented":
                # "The signing took place in Tbilisi": the signing happened, not the deal.
                held = _held_event(low, start, match)
                if held:
                    found.append(held)
                    break
            if affirmed(low, seg, match.start(), frame):
                # "agreed to meet", "agreed to a structured process": agreed to negotiate.
                if deal and name == "agreed" and judge.match(low, match.start()):
                    continue  # "concluded the settlements were legal": a judgement
                if deal and name == "agreed" and offer.match(low, match.start()):
                    found.append("proposed")  # "agreed to offer talks on a trade agreement"
                    continue
                if deal and name == "agreed" and talk.match(low, match.start()):
                    found.append("negotiating")
                    continue
                if deal and noun.fullmatch(match.group()):
                    # "still negotiating a trade agreement", "a signing is expected": the noun
                    # names the deal; what the clause says of it is its status. "The
                    # agreement", "this agreement" point back to a deal told before: its
                    # status is told there, not by the noun. "Will sign a power agreement
                    # next month": a step still ahead, so the noun is no agreement made.
                    if not definite.search(
                        low, max(seg, match.start() - 40), match.start()
                    ) and not ahead.search(low, seg, match.start()):
                        named.append(name)
                    continue
                found.append(name)
                break
        if found and not deal:
            return found[0]
    found = found or (named if named_ok else [])
    if deal and found and reading()["unsigned"].search(low, start, end):
        # "had delivered every drop ... and was still ready to sign the water agreement": a
        # deal the stretch says is still to be signed is neither signed nor carried out.
        found = [s for s in found if DEAL_RANK.get(s, 0) < DEAL_RANK["signed"]]
    if not found:
        return ""
    return max(found, key=lambda s: DEAL_RANK.get(s, 0))


# Steps a deal passes before it is made: named after "after"/"following" they led to the news.
_STEPS_BEFORE = frozenset({"negotiating", "proposed"})


def led_to(low: str, seg: int, match: re.Match[str]) -> bool:
    """The status word names the step that led to the clause's act ("signed an annex ... after
    months of negotiations", "following a proposal by Oslo"): that step is past, so it says
    nothing of how the deal stands now."""
    before = low[max(seg, match.start() - 60) : match.start()]
    return reading()["status_led_to"].search(before) is not None


def _offered(low: str, seg: int, match: re.Match[str]) -> bool:
    """The talks word is what a verb of offering or proposing puts forward ("had proposed
    holding the first consultations", "agreed to offer the bloc formal negotiations"): the
    talks are proposed, not held. Talks named as where something happens ("proposed a truce
    at talks in Doha") are held."""
    before = low[max(seg, match.start() - 80) : match.start()]
    return reading()["talks_offered"].search(before) is not None


# Steps that make or carry out a deal; named as what talks are about they are not yet taken.
_MADE = frozenset({"agreed", "signed", "implemented"})


def _topic_of_talks(low: str, seg: int, match: re.Match[str]) -> bool:
    """A status noun or gerund that says what talks are about ("negotiations on renewing the
    treaty", "talks on the extension of the deal"): the talks are the step taken, the renewal
    is still ahead. A finite verb ("talks on a deal agreed last month") states its own step."""
    if re.match(r"\w+ed\b", match.group()):
        return False
    before = low[max(seg, match.start() - 60) : match.start()]
    return reading()["status_topic"].search(before) is not None


def _held_event(low: str, start: int, match: re.Match[str]) -> str:
    """What an "implemented" word ("took place", "went ahead") reports when its subject is the
    signing or the talks: that they were held ("signed", "negotiating"), not that the deal is
    carried out; ``""`` when its subject is the deal itself."""
    r = reading()
    before = low[max(start, match.start() - 90) : match.start()]
    if r["status_signing_subject"].search(before):
        return "signed"
    if r["status_talks_subject"].search(before):
        return "negotiating"
    return ""


def _of_another(low: str, match: re.Match[str]) -> bool:
    """The status word modifies a noun that is no deal ("a breakthrough in stalled efforts to
    revive negotiations", "the negotiating table"): it is that noun's state, not the deal's
    ("the stalled talks" is)."""
    r = reading()
    if r["status_modifier_before"].search(low, max(0, match.start() - 6), match.start()) is None:
        return False
    after = r["status_modifier_after"].match(low[match.end() :])
    if after is None:
        return False
    noun = low[match.end() + 1 :]
    return not any(m.start() == 0 for _, m in events().deal_triggers.find(noun))


# Words before a past participle that make it a verb of the clause, not a noun's modifier.
_VERBAL = frozenset(
    {"was", "were", "is", "are", "be", "been", "being", "has", "have", "had", "and", "or", "then"}
)


def _participle_of_another(low: str, seg: int, match: re.Match[str]) -> bool:
    """A past participle right after a noun, with its agent after "by" ("a fact sheet
    released by the prime minister's office"), is a reduced relative clause: it tells what
    was done to that noun, not to the deal, unless the noun is a deal's ("the pipeline
    completed by ...")."""
    if not re.fullmatch(r"\w+(?:ed|en)", match.group()) or not low.startswith(" by ", match.end()):
        return False
    prev = re.search(r"(?:^|\s)([a-z][\w-]*) $", low[max(seg, match.start() - 40) : match.start()])
    if prev is None or prev.group(1) in _VERBAL or prev.group(1).endswith("ly"):
        return False
    noun = low[match.start() - len(prev.group(1)) - 1 :]
    return not any(m.start() == 0 for _, m in events().deal_triggers.find(noun))


def _before_news(low: str, seg: int, match: re.Match[str], frame: Frame) -> bool:
    """A status in the past perfect that no reporting verb introduces ("Turkey's dialogue with
    Greece had been suspended since 2022") is how the deal stood before the news."""
    perfect = reading()["pluperfect"].search(low, seg, match.end())
    return (
        perfect is not None
        and perfect.end() == match.end()
        and not 0 <= frame.reported <= perfect.start()
    )


_RELATIVE_OPEN = re.compile(r"\s*(?:who|which)\b")
# A past year, not the start of a stretch that runs to now ("have been negotiating since 2002").
_YEAR = re.compile(r"(?<!since )(?<!from )\b(?:19\d\d|20[0-2]\d)\b")
_PAST_COPULA = re.compile(r"\b(?:was|were)\s+$")
_BOUNDED = re.compile(
    r"\w*\s+for (?:(?:about|almost|nearly|more than|over|some|the|a|an|\w+) ){0,3}"
    r"(?:days|weeks|months|years)\b"
)
_RESUMED = re.compile(
    r"\b(?:and|but|before) (?:\w+ ){0,2}?(?:resumed|restarted|reopened) "
    r"(?:them|it|(?:the )?(?:talks|negotiations|dialogue))\b"
)


def _bounded_past(low: str, seg: int, match: re.Match[str]) -> bool:
    """ "were frozen for five months": a past stretch of time, over by now."""
    return (
        _PAST_COPULA.search(low, seg, match.start()) is not None
        and _BOUNDED.match(low, match.end()) is not None
    )


def _resumed_after(low: str, match: re.Match[str]) -> bool:
    """The setback's sentence goes on to tell the talks resumed ("..., and only resumed them
    in August"), past the clause the setback ends."""
    return _RESUMED.search(low, match.end()) is not None


def _dated_relative(low: str, seg: int, match: re.Match[str], end: int) -> bool:
    """The status word stands in a relative clause ("..., who restored ...") that names a
    year."""
    if _RELATIVE_OPEN.match(low, seg) is None:
        return False
    stop = low.find(",", match.end(), end)
    return _YEAR.search(low, seg, stop if stop >= 0 else end) is not None


def not_held(low: str, seg_start: int, seg_end: int, match: re.Match[str]) -> bool:
    """A deal hoped for or seen coming ("he hoped the swap would pave the way for direct
    talks") or said to be impossible ("had made a normal agreement impossible"): none held."""
    r = reading()
    return (
        r["deal_prospect"].search(low, max(seg_start, match.start() - 80), match.start())
        is not None
        or r["deal_impossible"].match(low[match.end() : seg_end]) is not None
        or _unrealised(low, match.end(), seg_end)
        or r["deal_suggested"].search(low, max(0, match.start() - 160), match.start()) is not None
    )


def _unrealised(low: str, at: int, end: int) -> bool:
    """What follows a deal or status word makes it the subject of a failure or absence ("signing
    a deal has proved elusive", "a final agreement remains out of reach"): the act did not
    happen, so the word states no deal and no status. ``deal_suggested`` (used beside it) is
    its kin: a deal named only inside what advisers suggest ("suggested that Lima resume
    buying gas as part of a trade deal") is no one's deal."""
    return reading()["status_unrealised"].match(low[at:end]) is not None


def _unmade(before: str) -> bool:
    r = reading()
    return bool(r["status_unmade"].search(before) or r["status_future"].search(before))


# A deal's steps that set it back, and those that take it forward: a thread told by both
# must say which came last, or its status is the furthest step.
_SETBACKS = frozenset({"stalled", "collapsed"})
_STEPS = frozenset({"negotiating", "agreed", "signed", "implemented"})


def merge_status(thread: Event, item: Event) -> None:
    """A deal thread's status once one more clause tells it: the latest step the text dates or
    orders, else the furthest. A clause dated to a past month ("agreed in July on a
    timetable") lends a thread of now no status, and a thread first told so takes the news;
    a setback and a step forward that the text dates take the later one's; talks told as
    resumed come after the stall or breakdown they end ("suspended in May ... resumed on
    Tuesday"), unless the setback came "again"."""
    if item.status == "unclear":
        return
    if thread.status == "unclear" or (thread.dated and not item.dated):
        thread.status, thread.dated = item.status, item.dated
        return
    if item.dated and not thread.dated:
        return
    pair = {thread.status, item.status}
    if pair & _SETBACKS and pair & _STEPS:
        order = _order(thread.when, item.when)
        if order:
            thread.status = thread.status if order > 0 else item.status
            return
        setback, step = (thread, item) if thread.status in _SETBACKS else (item, thread)
        resumed = reading()["resumed"]
        again = setback is item and reading()["again"].search(item.quotes[0].casefold())
        if (
            step.status == "negotiating"
            and any(resumed.search(q.casefold()) for q in step.quotes)
            and not again
        ):
            thread.status = "negotiating"
            return
    if DEAL_RANK.get(item.status, 0) > DEAL_RANK.get(thread.status, 0):
        thread.status = item.status


def _order(a: str | None, b: str | None) -> int:
    """Which of two dates ("2024", "2024-05", "2024-05-14") is later: 1 when ``a``, -1 when
    ``b``, 0 when either is missing or one holds the other ("2024" and "2024-05")."""
    if a is None or b is None or a.startswith(b) or b.startswith(a):
        return 0
    return 1 if a > b else -1
