"""The headline and summary, as the article words them.

The headline is the article's own title when it has one that reads as a headline; otherwise
its lede (the first whole sentence), cut to one line at a clause boundary. The summary is the
lede plus the most central other sentences (a sentence is central when it names many actors
and carries events; earlier ones weigh more), up to three whole sentences in article order
(fewer for a short article: the caller says how many).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from summarizer._engines.offline._cast import Cast
from summarizer._engines.offline._data import trim_dangling
from summarizer._engines.offline._events import Event
from summarizer._engines.offline._outlook import shorten
from summarizer._engines.offline._sentences import Sentence
from summarizer._text._keys import name_key

# Characters per summary sentence, on average: a summary of three is read in a glance.
_SENTENCE_CHARS = 220


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
        key = name_key(sentence.quote)
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
    # A quote never ends on its sentence's stop: one ending on a closing quote mark had
    # its stop after the mark ('... "historic".'), so it still needs one.
    text = " ".join(text.split())
    return text if text[-1:] in ".!?…" else text + "."


@dataclass(frozen=True, slots=True)
class Summary:
    headline: str
    text: str
    quotes: list[str]
    """The article sentences the summary is made of, as quotes (the summary adds a final stop)."""


_PRONOUN_START = frozenset(
    ["he", "she", "it", "they", "this", "these", "those", "its", "their", "his", "her", "that"]
)


def _whole(sentence: Sentence) -> bool:
    """A sentence that can stand in a summary: starts like a sentence, says something."""
    quote = sentence.quote.lstrip()
    if not quote or len(quote.split()) < 6:
        return False
    first = quote[0]
    return first.isupper() or first.isdigit() or first in "\"“‘'«"


def _is_title(sentence: Sentence, title: str | None) -> bool:
    if not title:
        return False
    return " ".join(sentence.text.split()).rstrip(".") == " ".join(title.split()).rstrip(".")


def looks_like_headline(title: str | None) -> bool:
    """A source title a reader would take for the story's headline."""
    if not title:
        return False
    words = title.split()
    if not 3 <= len(words) <= 25 or len(title) > 200:
        return False
    if not any(c.islower() for c in title):
        return False  # "ANALYSIS", a section label shouted in capitals
    return title.strip()[-1:] not in ",;:"


def headline_and_summary(
    sentences: list[Sentence],
    cast: Cast,
    events: list[Event],
    title: str | None = None,
    limit: int = 3,
) -> Summary:
    """The headline (the article's own title when it has one, else its lede cut to a line)
    and a summary of up to ``limit`` whole sentences, the lede first."""
    budget = _SENTENCE_CHARS * limit
    scores = {
        i: v
        for i, v in _scores(sentences, cast, events).items()
        if not _is_title(sentences[i], title)
    }
    if not scores:
        return _fallback(sentences)
    lede_index = next((i for i in sorted(scores) if _whole(sentences[i])), min(scores))
    lede = sentences[lede_index]
    headline = " ".join(title.split()) if title and looks_like_headline(title) else None
    if headline is None:
        headline = _one_line(lede.quote)
    chosen = [lede_index]
    total = len(lede.text)
    ranked = sorted(scores, key=lambda i: (-scores[i], i))
    for index in ranked:
        if len(chosen) >= limit or index == lede_index or not _whole(sentences[index]):
            continue
        first = sentences[index].quote.split(None, 1)[0].strip("\"“‘'«").casefold()
        if first in _PRONOUN_START and index - 1 not in chosen:
            continue  # "He said ..." needs the sentence that says who "he" is
        length = len(sentences[index].text)
        if len(chosen) >= 2 and total + length > budget:
            break
        chosen.append(index)
        total += length
        if len(chosen) >= 2 and total > budget * 0.8:
            break
    quotes = [sentences[i].quote for i in sorted(chosen)]
    return Summary(headline, " ".join(_finish(q) for q in quotes), quotes)


_HEADLINE_WORDS = 20
_HEADLINE_CHARS = 200
# Where a long lede may be cut and still read as a line: before a new clause.
_CLAUSE_CUT = re.compile(
    r",\s+(?=(?:and|but|while|after|as|when|which|who|a|an|the|in|on|prompting|saying|"
    r"according|including|escalating|the most|[a-z]+ing)\b)|;\s+|\s+[—–]\s+"
)


def _one_line(text: str) -> str:
    """A headline: the sentence, or its first clause(s), in at most about twenty words."""
    text = " ".join(text.split())
    words = text.split(" ")
    if len(words) <= _HEADLINE_WORDS:
        return _capped(text)
    limit = len(" ".join(words[:_HEADLINE_WORDS]))
    cuts = [m.start() for m in _CLAUSE_CUT.finditer(text) if m.start() <= limit]
    cuts = [c for c in cuts if len(text[:c].split()) >= 6]
    if cuts:
        return _capped(text[: cuts[-1]].rstrip(",;"))
    kept = words[:_HEADLINE_WORDS]
    kept = trim_dangling(kept, keep=6)
    return _capped(" ".join(kept).rstrip(",;:") + "…")


def _capped(line: str) -> str:
    # A few words can still be a page long (a run of characters with no spaces): one line.
    return shorten(line, _HEADLINE_CHARS) if len(line) > _HEADLINE_CHARS else line


def _fallback(sentences: list[Sentence]) -> Summary:
    """No body sentence: say so, in the text's own first words where there are any."""
    first = next((s for s in sentences if s.quote.strip()), None)
    if first is None:
        return Summary("Empty article", "The article has no text to brief.", [])
    line = _one_line(first.quote) or "Untitled article"
    text = "The text is too short or too unstructured to brief: " + shorten(first.quote, 300)
    return Summary(line, text, [])
