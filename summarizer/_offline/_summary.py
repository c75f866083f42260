"""The headline and summary: the most central sentences, as the article words them.

A sentence is central when it names many actors and carries events, and earlier sentences
weigh more (news puts the point first). The headline is the best one, cut to a line; the
summary is the best two to four, in article order.
"""

from __future__ import annotations

from summarizer._offline._actors import Cast
from summarizer._offline._events import Event
from summarizer._offline._outlook import shorten
from summarizer._offline._sentences import Sentence

_HEADLINE_CHARS = 140
_SUMMARY_CHARS = 900


def _scores(sentences: list[Sentence], cast: Cast, events: list[Event]) -> dict[int, float]:
    per_sentence: dict[int, set[str]] = {}
    for actor in cast.actors.values():
        for mention in actor.mentions:
            per_sentence.setdefault(mention.sentence, set()).add(actor.key)
    event_count: dict[int, int] = {}
    for event in events:
        for index in event.sentences:
            event_count[index] = event_count.get(index, 0) + 1
    scores: dict[int, float] = {}
    seen: set[str] = set()
    rank = 0
    for sentence in sentences:
        if not sentence.body:
            continue
        key = " ".join(sentence.quote.casefold().replace("’", "'").split())
        if key in seen:
            continue  # a repeated paragraph adds nothing
        seen.add(key)
        words = len(sentence.text.split())
        score = min(len(per_sentence.get(sentence.index, ())), 5) + 2.0 * event_count.get(
            sentence.index, 0
        )
        score = (score + 0.5) / (1.0 + 0.12 * rank)
        if words < 8:
            score *= 0.5
        scores[sentence.index] = score
        rank += 1
    return scores


def _finish(text: str) -> str:
    text = " ".join(text.split())
    return text if text[-1:] in '.!?…"”' else text + "."


def headline_and_summary(
    sentences: list[Sentence], cast: Cast, events: list[Event]
) -> tuple[str, str]:
    scores = _scores(sentences, cast, events)
    if not scores:
        return _fallback(sentences)
    ranked = sorted(scores, key=lambda i: (-scores[i], i))
    # A headline is one line: a sentence that fits one beats a slightly richer long one.
    fits = {
        i: scores[i] * (1.0 if len(sentences[i].quote) <= _HEADLINE_CHARS else 0.7) for i in scores
    }
    best = sentences[min(fits, key=lambda i: (-fits[i], i))]
    headline = _one_line(best.quote)
    chosen: list[int] = []
    total = 0
    for index in ranked[:4]:
        length = len(sentences[index].text)
        if len(chosen) >= 2 and total + length > _SUMMARY_CHARS:
            break
        chosen.append(index)
        total += length
    summary = " ".join(_finish(sentences[i].quote) for i in sorted(chosen))
    return headline, summary


def _one_line(text: str) -> str:
    """A headline: the sentence, or its first clause(s) when it runs long."""
    text = " ".join(text.split())
    if len(text) <= _HEADLINE_CHARS:
        return text
    # The longest run of whole clauses that fits; a stub of a few words says too little.
    cut = max(text.rfind(mark, 0, _HEADLINE_CHARS) for mark in (", ", "; ", " — ", " which "))
    if cut >= 80:
        return text[:cut].rstrip(",;")
    return shorten(text, _HEADLINE_CHARS)


def _fallback(sentences: list[Sentence]) -> tuple[str, str]:
    """No body sentence: say so, in the text's own first words where there are any."""
    first = next((s for s in sentences if s.quote.strip()), None)
    if first is None:
        return "Empty article", "The article has no text to brief."
    line = _one_line(first.quote) or "Untitled article"
    return line, "The text is too short or too unstructured to brief: " + shorten(first.quote, 300)
