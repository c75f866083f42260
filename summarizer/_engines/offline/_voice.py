"""Whose first person a sentence speaks in: the state behind "we", "our government", "my
country" in a quote or an interview's answer.

The reporter never says "we" for a state; an official does, in a quote attributed to them or in
the answers of an interview. Only when the text gives the official's state is "we" that state:
an official of no stated state, a chief executive, a fan or an analyst speaks for no state.
"""

from __future__ import annotations

import re

from summarizer._engines.offline._cast import Actor, Cast
from summarizer._engines.offline._clause import reading
from summarizer._engines.offline._sentences import Sentence

_FIRST_PERSON = re.compile(r"^(?:we|(?:our|my) \w+)\b")
_QUESTION = re.compile(r"^\s*q\s*:", re.IGNORECASE)
_ANSWER = re.compile(r"^\s*a\s*:", re.IGNORECASE)
_QUOTE_OPEN = re.compile(r"^\s*[\"“]")
_QUOTE_CLOSE = re.compile(r"[\"”]")
_INTERVIEW = re.compile(r"\binterview\b", re.IGNORECASE)


def first_person(words: str) -> bool:
    """``words`` (the subject stretch before a cue) opens on "we", "our ..." or "my ..."."""
    return _FIRST_PERSON.match(words) is not None


def voice_state(sentences: list[Sentence], cast: Cast, sentence: Sentence, at: int) -> Actor | None:
    """The state that speaks as "we" at ``at`` (sentence-relative) in ``sentence``: the state of
    the quoted official or of the interviewee; None when the speaker or their state is unknown,
    or when ``at`` is the reporter's own text."""
    if _answers(sentences, sentence):
        return _interviewee_state(sentences, cast)
    closing = _quoted_until(sentence.text, at)
    if closing is None:
        return None
    after = sentence.start + closing
    named = [a for a in cast.in_span(after, sentence.end) if a.kind == "person"]
    return _official_state(cast, named[0]) if len(named) == 1 else None


def in_answer(sentences: list[Sentence], sentence: Sentence) -> bool:
    """``sentence`` is an interviewee's answer: what it tells, the interviewee tells as news."""
    return _answers(sentences, sentence)


def _quoted_until(text: str, at: int) -> int | None:
    """Where the quote that opens ``text`` and holds ``at`` closes; None if ``at`` is not in it."""
    opening = _QUOTE_OPEN.match(text)
    if opening is None or at < opening.end():
        return None
    closing = _QUOTE_CLOSE.search(text, opening.end())
    if closing is None or closing.start() < at:
        return None
    return closing.start()


def _answers(sentences: list[Sentence], sentence: Sentence) -> bool:
    """``sentence`` belongs to an answer ("A: ...") of an interview that asks ("Q: ...")."""
    paragraph = [s for s in sentences if s.paragraph == sentence.paragraph]
    if not paragraph or _ANSWER.match(paragraph[0].text) is None:
        return False
    return any(_QUESTION.match(s.text) for s in sentences[: paragraph[0].index])


def _interviewee_state(sentences: list[Sentence], cast: Cast) -> Actor | None:
    """The state of the person the intro says was interviewed ("..., Finance Minister NAME said
    in an interview"): theirs when the text gives it, else the state the intro's reported clause
    opens on ("Ghana has resolved ..."); None when the intro names no one, or two people."""
    for sentence in sentences:
        if _QUESTION.match(sentence.text):
            return None
        if not sentence.body or _INTERVIEW.search(sentence.text) is None:
            continue
        present = cast.in_span(sentence.start, sentence.end)
        people = [a for a in present if a.kind == "person"]
        if len(people) != 1 or not _official(people[0]):
            continue
        own = _official_state(cast, people[0])
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


def _official(person: Actor) -> bool:
    return (
        not person.commentator
        and reading()["state_post"].search(person.role.casefold()) is not None
    )


def _official_state(cast: Cast, person: Actor) -> Actor | None:
    if not _official(person) or person.country is None:
        return None
    return cast.state_of(person.country, last=True)
