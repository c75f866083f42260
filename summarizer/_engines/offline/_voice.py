"""Whose first person a sentence speaks in: the state behind "we", "our government", "my
country" in a quote or an interview's answer.

The reporter never says "we" for a state; an official does, in a quote attributed to them or in
the answers of an interview. Only when the text gives the official's state is "we" that state:
an official of no stated state, a chief executive, a union's head, a fan or an analyst speaks
for no state, and an editorial's "we" (no quote, no interviewee) is the newspaper.

A quote is read as a reader reads it: it may open anywhere in a sentence and run on over the
next sentences of its paragraph; its speaker is named after it ('," the minister said'), before
it ('He said: "'), by "he"/"she" (the person last named), or, for a quote with no attribution of
its own, by the quote before it in the same paragraph.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from summarizer._engines.offline._cast import Actor, Cast
from summarizer._engines.offline._clause import reading
from summarizer._engines.offline._sentences import Sentence

_FIRST_PERSON = re.compile(r"^(?:we|(?:our|my) \w+)\b")
_WE = re.compile(r"\b(?:we|our|my)\b", re.IGNORECASE)
_QUESTION = re.compile(r"^\s*q\s*:", re.IGNORECASE)
_ANSWER = re.compile(r"^\s*a\s*:", re.IGNORECASE)
_QUOTE_MARK = re.compile(r"[\"“”]")
# The stretch from a closing quote to its speaker's name: '," said', '," Energy Minister'.
_TO_SPEAKER = re.compile(r"^[\s,.!?]*(?:[\w'’.-]+\s+){0,5}$")
_PRONOUN = re.compile(r"\b(?:he|she)\b", re.IGNORECASE)
_PUNCTUATION = re.compile(r"[\s,.!?—–-]*")
_PRONOUN_AT = re.compile(r"\s*(?:he|she)\b")
# How far back "he"/"she" looks for the person it stands for: this paragraph and the two before.
_PARAGRAPHS_BACK = 2
# A Q&A whose questions are paragraphs of their own asks at least this many.
_MIN_QUESTIONS = 2
_QUESTION_WORDS = 40


@dataclass(frozen=True, slots=True)
class _Quote:
    paragraph: int
    start: int  # the opening mark (article offset)
    end: int  # the closing mark, or the paragraph's end when it runs on


def first_person(words: str) -> bool:
    """``words`` (the subject stretch before a cue) opens on "we", "our ..." or "my ..."."""
    return _FIRST_PERSON.match(words) is not None


def voice_state(sentences: list[Sentence], cast: Cast, sentence: Sentence, at: int) -> Actor | None:
    """The state that speaks as "we" at ``at`` (sentence-relative) in ``sentence``: the state of
    the quoted official or of the interviewee; None when the speaker or their state is unknown,
    or when ``at`` is the reporter's own text."""
    quote = _quote_around(sentences, sentence, sentence.start + at)
    if quote is not None:
        speaker = _quote_speaker(sentences, cast, quote)
        if speaker is not None:
            return _official_state(sentences, cast, speaker)
    if _answers(sentences, sentence):
        return _interviewee_state(sentences, cast)
    return None


def voices(sentences: list[Sentence], cast: Cast, sentence: Sentence) -> list[Actor]:
    """The states ``sentence`` speaks for in the first person, wherever it says "we"."""
    found: list[Actor] = []
    for word in _WE.finditer(sentence.text):
        state = voice_state(sentences, cast, sentence, word.start())
        if state is not None and state not in found:
            found.append(state)
    return found


def in_answer(sentences: list[Sentence], sentence: Sentence) -> bool:
    """``sentence`` is an interviewee's answer: what it tells, the interviewee tells as news."""
    return _answers(sentences, sentence)


def _paragraph(sentences: list[Sentence], number: int) -> list[Sentence]:
    # Sentences come in text order, so paragraph numbers never fall: a long page's paragraph
    # is found by halving, not by reading every sentence.
    lo = bisect.bisect_left(sentences, number, key=lambda s: s.paragraph)
    hi = bisect.bisect_right(sentences, number, lo=lo, key=lambda s: s.paragraph)
    return sentences[lo:hi]


def _quotes(sentences: list[Sentence], number: int) -> list[_Quote]:
    """The quotes of a paragraph, in order: a straight mark opens or closes by turns, a curly
    one says which; a quote still open at the paragraph's end runs to it."""
    out: list[_Quote] = []
    opened: int | None = None
    end = 0
    for s in _paragraph(sentences, number):
        end = s.end
        for mark in _QUOTE_MARK.finditer(s.text):
            at = s.start + mark.start()
            if opened is None and mark.group() != "”":
                opened = at
            elif opened is not None and mark.group() != "“":
                out.append(_Quote(number, opened, at))
                opened = None
    if opened is not None:
        out.append(_Quote(number, opened, end))
    return out


def _quote_around(sentences: list[Sentence], sentence: Sentence, at: int) -> _Quote | None:
    return next(
        (q for q in _quotes(sentences, sentence.paragraph) if q.start < at < q.end),
        None,
    )


def _holding(sentences: list[Sentence], at: int) -> Sentence | None:
    i = bisect.bisect_right(sentences, at, key=lambda s: s.start) - 1
    return sentences[i] if i >= 0 and sentences[i].start <= at < sentences[i].end else None


def _quote_speaker(sentences: list[Sentence], cast: Cast, quote: _Quote) -> Actor | None:
    """The person who says ``quote``: named after it, before it, by "he"/"she", or the
    speaker of the quote before it in its paragraph when it has no attribution of its own."""
    closing = _holding(sentences, quote.end)
    if closing is not None and quote.end + 1 < closing.end:
        after = closing.text[quote.end + 1 - closing.start :]
        people = [a for a in cast.in_span(quote.end + 1, closing.end) if a.kind == "person"]
        if people:
            first = min(m.start for m in people[0].mentions if m.start > quote.end)
            gap = after[: first - quote.end - 1]
            if _TO_SPEAKER.match(gap) is not None:
                return people[0]
        if _pronoun_attribution(after.lower()):
            return _last_person(sentences, cast, quote.start)
    opening = _holding(sentences, quote.start)
    if opening is not None:
        before = opening.text[: quote.start - opening.start]
        if reading()["reporting"].search(before.lower()[-40:]) is not None:
            people = [a for a in cast.in_span(opening.start, quote.start) if a.kind == "person"]
            if people:
                return people[-1]
            if _PRONOUN.search(before) is not None:
                return _last_person(sentences, cast, opening.start)
    earlier = [q for q in _quotes(sentences, quote.paragraph) if q.end < quote.start]
    return _quote_speaker(sentences, cast, earlier[-1]) if earlier else None


def _pronoun_attribution(after: str) -> bool:
    """'," he said', '," said she': the quote's own attribution is a pronoun (not a later
    clause's: '," the spokesman said, adding that he ...')."""
    lead = _PUNCTUATION.match(after)
    at = lead.end() if lead is not None else 0
    if _PRONOUN_AT.match(after, at) is not None:
        return True
    said = reading()["reporting"].match(after, at)
    return said is not None and _PRONOUN_AT.match(after, said.end()) is not None


def _last_person(sentences: list[Sentence], cast: Cast, before: int) -> Actor | None:
    """The person named last before ``before``, in its paragraph or the two before it."""
    holding = _holding(sentences, before)
    if holding is None:
        return None
    back = bisect.bisect_left(
        sentences, holding.paragraph - _PARAGRAPHS_BACK, key=lambda s: s.paragraph
    )
    first = sentences[back].start
    best: tuple[int, Actor] | None = None
    for actor in cast.actors.values():
        if actor.kind != "person":
            continue
        for m in actor.mentions:
            if first <= m.start < before and (best is None or m.start > best[0]):
                best = (m.start, actor)
    return None if best is None else best[1]


def _question_paragraph(sentences: list[Sentence], number: int) -> bool:
    """A paragraph that only asks: the questions of an interview printed without "Q:"."""
    paragraph = _paragraph(sentences, number)
    return (
        bool(paragraph)
        and all(s.body for s in paragraph)
        and paragraph[-1].text.rstrip().endswith("?")
        and _QUOTE_MARK.search(" ".join(s.text for s in paragraph)) is None
        and sum(len(s.text.split()) for s in paragraph) <= _QUESTION_WORDS
    )


def _answers(sentences: list[Sentence], sentence: Sentence) -> bool:
    """``sentence`` belongs to an answer of an interview: "A: ..." after a "Q: ...", or a
    paragraph right after one that only asks, in a text that asks so more than once."""
    paragraph = _paragraph(sentences, sentence.paragraph)
    if not paragraph:
        return False
    if _ANSWER.match(paragraph[0].text) is not None:
        return any(_QUESTION.match(s.text) for s in sentences[: paragraph[0].index])
    if sentence.paragraph == 0 or _question_paragraph(sentences, sentence.paragraph):
        return False
    if not _question_paragraph(sentences, sentence.paragraph - 1):
        return False
    asked = 0
    for s in sentences:
        # Only a paragraph's last sentence can close a question paragraph.
        last = s.index + 1 == len(sentences) or sentences[s.index + 1].paragraph != s.paragraph
        if last and s.text.rstrip().endswith("?") and _question_paragraph(sentences, s.paragraph):
            asked += 1
            if asked >= _MIN_QUESTIONS:
                return True
    return False


def _interviewee_state(sentences: list[Sentence], cast: Cast) -> Actor | None:
    """The state of the person the intro says was interviewed ("..., Finance Minister NAME said
    in an interview", "NAME ... spoke to this newspaper"): theirs when the text gives it, else
    the state the intro's reported clause opens on ("Ghana has resolved ..."); None when the
    intro names no one, or two people."""
    for sentence in sentences:
        if _QUESTION.match(sentence.text) or (
            sentence.text.rstrip().endswith("?")
            and _question_paragraph(sentences, sentence.paragraph)
        ):
            return None
        if not sentence.body or reading()["interview_intro"].search(sentence.text) is None:
            continue
        present = cast.in_span(sentence.start, sentence.end)
        people = [a for a in present if a.kind == "person"]
        if len(people) != 1 or not _official(sentences, cast, people[0]):
            continue
        own = _official_state(sentences, cast, people[0])
        if own is not None:
            return own
        first = min(
            (
                (m.start, a)
                for a in present
                for m in a.mentions
                if sentence.start <= m.start < sentence.end
            ),
            key=lambda x: x[0],
            default=None,
        )
        if first is None or first[1].kind != "state":
            return None
        lead = sentence.text[: first[0] - sentence.start].split()
        return first[1] if len(lead) <= 1 else None
    return None


def _official(sentences: list[Sentence], cast: Cast, person: Actor) -> bool:
    """A person whose post is a state's: by the role the cast gives, or by the words that
    introduce them ("when NAME became Indonesia's trade minister")."""
    if person.commentator:
        return False
    if reading()["state_post"].search(person.role.casefold()) is not None:
        return True
    return not person.role and _owner_in_intro(sentences, cast, person, post=True) is not None


def _official_state(sentences: list[Sentence], cast: Cast, person: Actor) -> Actor | None:
    if not _official(sentences, cast, person):
        return None
    if person.country is not None:
        return cast.state_of(person.country, last=True)
    return _owner_in_intro(sentences, cast, person, post=False)


def _owner_in_intro(
    sentences: list[Sentence], cast: Cast, person: Actor, *, post: bool
) -> Actor | None:
    """The one state the sentence that first names ``person`` names as an owner ("Vietnam's
    maritime negotiations", "Indonesia's trade minister"), and no other state; with ``post``
    only when a state's post follows the owner there."""
    if not person.mentions:
        return None
    intro = _holding(sentences, person.mentions[0].start)
    if intro is None:
        return None
    states = [a for a in cast.in_span(intro.start, intro.end) if a.kind == "state"]
    if len({a.country or a.key for a in states}) != 1:
        return None
    low = intro.text.casefold()
    for m in states[0].mentions:
        if not intro.start <= m.start < intro.end:
            continue
        at = m.end - intro.start
        if low[at : at + 2] not in ("'s", "’s"):
            continue
        if not post or reading()["owned_post"].match(low, at + 2) is not None:
            return cast.state_of(states[0].country, last=True) or states[0]
    return None
