"""A deal's or a dispute's status, as its clause states it: the furthest step a deal has taken
("signed", "implemented"), never a step only named ("a draft agreement"), hoped for, led up to
("after months of negotiations"), taken back or told as how things stood before the news.
Also whether a deal word holds any deal at all (:func:`not_held`)."""

from __future__ import annotations

import re

from summarizer._engines.offline._clause import Frame, affirmed, reading
from summarizer._engines.offline._data import events
from summarizer._engines.offline._event import DEAL_RANK

__all__ = ["led_to", "not_held", "stated_status"]


_UNDONE = frozenset({"easing", "resolved"})


def stated_status(
    patterns: tuple[tuple[str, re.Pattern[str]], ...],
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
    judge = reading()["judgement"]
    noun = reading()["status_noun"]
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
            if deal and _before_news(low, seg, match, frame):
                continue  # "the dialogue had been suspended since 2022": before the news
            if deal and _unrealised(low, match.end(), end):
                continue  # "signing a deal has proved elusive": the act did not happen
            if deal and name in _MADE and _topic_of_talks(low, seg, match):
                continue  # "opened negotiations on renewing the treaty": what is negotiated
            if deal and name in _STEPS_BEFORE and led_to(low, seg, match):
                continue  # "signed ... after months of negotiations": the step before it
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
                if deal and name == "agreed" and talk.match(low, match.start()):
                    found.append("negotiating")
                    continue
                if deal and noun.fullmatch(match.group()):
                    # "still negotiating a trade agreement", "a signing is expected": the noun
                    # names the deal; what the clause says of it is its status.
                    named.append(name)
                    continue
                found.append(name)
                break
        if found and not deal:
            return found[0]
    found = found or (named if named_ok else [])
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


def _before_news(low: str, seg: int, match: re.Match[str], frame: Frame) -> bool:
    """A status in the past perfect that no reporting verb introduces ("Turkey's dialogue with
    Greece had been suspended since 2022") is how the deal stood before the news."""
    perfect = reading()["pluperfect"].search(low, seg, match.end())
    return (
        perfect is not None
        and perfect.end() == match.end()
        and not 0 <= frame.reported <= perfect.start()
    )


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
