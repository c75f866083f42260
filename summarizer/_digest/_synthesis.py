"""The offline synthesis: what a desk officer reads first, from rules alone, stating nothing
that no source states.

* **Significance** (:func:`significance`) ranks the threads: a status that changed within the
  period, an escalation or an end (signed, collapsed, resolved), casualties reported, money at
  stake, independent sources (different outlets), then recency. Never the number of parties:
  a long list of names says nothing about weight. A thread has a *weak basis* when one article
  alone reports it and either its status is unclear or its title names no topic: it stays in
  its region's list but never leads.
* **Top developments** are the best-ranked threads, each told by **a source's own sentence**,
  quoted whole (the sentence of the thread's lead evidence in its latest dated article) and
  attributed (outlet and date): no template, no date the source does not give. A thread whose
  latest development is dated before the period is background, never a top development.
* **The bottom line** is three sentences at most about the digest itself: how many articles
  and threads over which dates, which threads lead and why, what changed since the period
  before. Facts about the digest, so true by construction.

Everything here is plain work on the merged threads: the same threads give the same text,
byte for byte.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from summarizer._briefing._models import Precision, last_day
from summarizer._briefing._render import format_money
from summarizer._digest._common import NEWS_DAY, SINCE_PERFECT, Article, content_words, only_history
from summarizer._digest._models import (
    Change,
    DealThread,
    DigestSource,
    DisputeThread,
    KeyDate,
    TopDevelopment,
)
from summarizer._text._dateline import DATELINE
from summarizer._text._keys import merge_key
from summarizer._text._sentences import sentence_around

__all__ = [
    "MAX_DEVELOPMENTS",
    "Thread",
    "bottom_line",
    "day_text",
    "keeps_ahead",
    "key_phrase",
    "rank_key",
    "significance",
    "top_developments",
    "trim_clause",
    "weak_basis",
]

MAX_DEVELOPMENTS = 5
MAX_SENTENCE_WORDS = 60  # a source sentence longer than this is quoted by its evidence only
MIN_CLAUSE_WORDS = 6  # shorter cuts say too little to stand alone

# Someone's words about the news ("..., said Scott Paul, who heads a lobby group"), as against
# the reporter's own telling of it.
_ATTRIBUTED = re.compile(
    r"\b(?:said|says|say|told|tells|according to|added|argued|argues|noted|notes|wrote|writes)\b",
    re.IGNORECASE,
)
# What may or will happen ("may become clear at the summit", "are expected to meet"): an
# outlook, not a development, so told only when the thread has nothing that happened.
_AHEAD = re.compile(
    r"\b(?:may|might|could|would|will|whether|expected to|likely to|set to|due to)\b",
    re.IGNORECASE,
)
Thread = DisputeThread | DealThread

# Casualties: a number (or "dozens", "hundreds") of people killed, dead, wounded or injured.
_CASUALTIES = re.compile(
    r"\b(?:\d[\d,.]*|dozens|scores|hundreds|thousands)\s+(?:\w+\s+){0,3}?"
    r"(?:killed|dead|died|wounded|injured|deaths|casualties)\b",
    re.IGNORECASE,
)
_MONEY = re.compile(
    r"(?:[$€£¥]\s?\d[\d,.]*\s*(?:billion|million|trillion|bn|m)?"
    r"|\b\d[\d,.]*\s*(?:billion|million|trillion)\s+(?:dollars|euros|pounds|yuan|yen|rubles))",
    re.IGNORECASE,
)
_ENDS = {
    "dispute": {"escalating": "escalating", "resolved": "resolved"},
    "deal": {"signed": "signed", "implemented": "carried out", "collapsed": "collapsed"},
}


@dataclass(frozen=True, slots=True)
class Significance:
    """A thread's weight, and the reasons for it in a few words each."""

    score: int
    reasons: tuple[str, ...]


def significance(thread: Thread, sources: Mapping[str, DigestSource]) -> Significance:
    """How much a thread matters this period (see the module docstring)."""
    score = 0
    reasons: list[str] = []
    section = "dispute" if isinstance(thread, DisputeThread) else "deal"
    statuses = [c.status for c in thread.status_history if c.status != "unclear"]
    changed = len(dict.fromkeys(statuses)) > 1
    if changed:
        score += 3
        reasons.append(f"{statuses[-2]} to {statuses[-1]}")
    if (end := _ENDS[section].get(thread.status)) is not None:
        score += 2
        if not changed:
            reasons.append(end)
    texts = [thread.summary, *(e.quote for e in thread.evidence)]
    if any(_CASUALTIES.search(text) for text in texts):
        score += 3
        reasons.append("casualties reported")
    if isinstance(thread, DealThread) and thread.value is not None:
        score += 2
        reasons.append(f"{format_money(thread.value.amount, thread.value.currency)} at stake")
    elif any(_MONEY.search(text) for text in texts):
        score += 1
        reasons.append("money at stake")
    outlets = {_outlet(sources.get(a), a) for a in thread.sources}
    if len(outlets) > 1:
        # Told by several outlets outweighs one outlet's passing mention of a signing.
        score += min(2 * (len(outlets) - 1), 6)
        reasons.append(f"{len(outlets)} independent sources")
    return Significance(score, tuple(reasons))


def _outlet(source: DigestSource | None, article: str) -> str:
    """Who published an article: its site, else the host of its URL, else the article."""
    if source is None:
        return article
    if source.site:
        return merge_key(source.site)
    if source.url:
        host = re.sub(r"^[a-z]+://(?:www\.)?", "", source.url.lower()).split("/", 1)[0]
        return host or article
    return article


def weak_basis(thread: Thread) -> bool:
    """One article alone, and either no known status or a title that names no topic ("Deal",
    "Talks on energy": no word beyond the trade's vocabulary): too little to lead with."""
    if len(thread.sources) > 1:
        return False
    return thread.status == "unclear" or not content_words(key_phrase(thread.title))


def rank_key(thread: Thread, sources: Mapping[str, DigestSource]) -> tuple[int, int, str, str]:
    """Sort key of a thread: most significant first, then the most recent, then by title."""
    weight = significance(thread, sources).score
    latest = thread.date or thread.first_seen or dt.date.min
    return (-weight, -latest.toordinal(), merge_key(thread.title), thread.title)


# --------------------------------------------------------------------------- developments


def top_developments(
    threads: Sequence[tuple[str, Thread]],
    articles: Mapping[str, Article],
    sources: Mapping[str, DigestSource],
    key_dates: Sequence[KeyDate],
    limit: int = MAX_DEVELOPMENTS,
    since: dt.date | None = None,
) -> list[TopDevelopment]:
    """The ``limit`` most significant threads with a firm basis (``threads`` are (section,
    thread) pairs in rank order), each told by a source's own sentence. A thread whose latest
    development is dated before ``since`` (the period's start) is background this period
    ("agreed last year to set up a hotline"), not one of its developments."""
    out: list[TopDevelopment] = []
    for section, thread in threads:
        if len(out) >= max(limit, 0):
            break
        if weak_basis(thread):
            continue
        if (
            since is not None
            and thread.date is not None
            and last_day(thread.date, thread.date_precision) < since
        ):
            continue
        told = _source_sentence(thread, articles)
        if told is None:
            continue
        sentence, article = told
        out.append(
            TopDevelopment.model_validate(
                {
                    "statement": sentence,
                    "sources": thread.sources,
                    "section": section,
                    "thread": thread.title,
                    "attribution": attribution(sources.get(article)),
                    "date": thread.date,
                    "next": _next_date(thread, key_dates),
                }
            )
        )
    return out


def _source_sentence(thread: Thread, articles: Mapping[str, Article]) -> tuple[str, str] | None:
    """The sentence of the thread's lead evidence in the article that first reported its
    current status (a later report that only mentions the talks again is no development),
    else its latest dated article that has one (undated articles last), whole and verbatim
    (whitespace collapsed), and that article's id.

    Among those sentences, one that tells what happened comes before one about what may or will
    (an outlook), and one in the reporter's own voice before one attributed to a speaker (an
    analyst's view of the tariffs is no development); a sentence that is only
    history (dated years before its article, with no day of the news) is never one: a thread
    told by history alone ("seized the territories in the 1967 war") is background. A dateline
    that opens the lede ("BEIJING, Nov 27 (Wire) -") is no part of its sentence."""
    known = [a for i in thread.sources if (a := articles.get(i)) is not None]
    dated = [a for a in known if a.date_from == "published"]
    history = [c for c in thread.status_history if c.status == thread.status != "unclear"]
    first = [a for a in known if history and a.id == history[0].article]
    rest = [*reversed(dated), *(a for a in known if a not in dated)]
    told: list[tuple[tuple[bool, bool], str, str]] = []
    for article in [*first, *(a for a in rest if a not in first)]:
        text = article.briefing.article_text
        quotes = sorted((e for e in thread.evidence if e.article == article.id), key=_position)
        for quote in quotes:
            start, end = sentence_around(text, quote.start, quote.end)
            sentence = DATELINE.sub("", " ".join(text[start:end].split()), count=1)
            if len(sentence.split()) > MAX_SENTENCE_WORDS:
                sentence = " ".join(text[quote.start : quote.end].split())
            if len(sentence.split()) < MIN_CLAUSE_WORDS:
                continue
            if SINCE_PERFECT.search(sentence) and not NEWS_DAY.search(sentence):
                continue  # "has flared repeatedly since 2012": how things have been, no news
            if article.date_from == "published" and only_history(sentence, article.date.year):
                continue
            told.append(
                (
                    (bool(_AHEAD.search(sentence)), bool(_ATTRIBUTED.search(sentence))),
                    sentence,
                    article.id,
                )
            )
    if not told:
        return None
    _, sentence, article_id = min(told, key=lambda item: item[0])  # stable: first of its kind
    return sentence, article_id


def _position(evidence: object) -> tuple[int, int]:
    return (getattr(evidence, "start", 0), getattr(evidence, "end", 0))


def attribution(source: DigestSource | None) -> str:
    """Whose words a quoted sentence is: outlet (or title) and published date, when known."""
    if source is None:
        return ""
    host = re.sub(r"^[a-z]+://(?:www\.)?", "", (source.url or "").lower()).split("/", 1)[0]
    who = source.site or host or source.title or (source.path or "").rsplit("/", 1)[-1]
    when = day_text(source.published) if source.published else ""
    return ", ".join(part for part in (who, when) if part)


def _next_date(thread: Thread, key_dates: Sequence[KeyDate]) -> KeyDate | None:
    """The first date ahead that one of the thread's own sources gives."""
    mine = set(thread.sources)
    return next((k for k in key_dates if mine & set(k.sources)), None)


# --------------------------------------------------------------------------- bottom line


def bottom_line(
    *,
    articles: int,
    covered: tuple[dt.date, dt.date] | None,
    undated: int,
    ranked: Sequence[tuple[str, Thread]],
    sources: Mapping[str, DigestSource],
    changes: Sequence[Change] | None,
) -> list[str]:
    """Three sentences at most about the digest itself (see the module docstring)."""
    disputes = sum(1 for section, _ in ranked if section == "dispute")
    deals = len(ranked) - disputes
    span = f" from {_span(covered)}" if covered else ""
    undated_note = f" ({undated} undated)" if undated else ""
    lines = [
        f"{articles} article{'s' if articles != 1 else ''}{span}{undated_note}: "
        f"{disputes} dispute thread{'s' if disputes != 1 else ''} and "
        f"{deals} deal thread{'s' if deals != 1 else ''}."
    ]
    leading = [
        (thread, significance(thread, sources)) for _, thread in ranked if not weak_basis(thread)
    ][:2]
    leading = [(t, s) for t, s in leading if s.reasons]
    if leading:
        parts = [f"{key_phrase(t.title)} ({', '.join(s.reasons)})" for t, s in leading]
        lines.append(f"Leading: {'; '.join(parts)}.")
    if changes:
        counts = {
            "new": "new thread",
            "status": "change of status",
            "ended": "thread ended",
            "quiet": "thread gone quiet",
        }
        said = [
            f"{n} {word if n == 1 else _plural(word)}"
            for kind, word in counts.items()
            if (n := sum(1 for c in changes if c.kind == kind))
        ]
        lines.append(f"Since the period before: {', '.join(said)}.")
    return lines[:3]


def _plural(phrase: str) -> str:
    head, _, rest = phrase.partition(" ")
    if head == "change":
        return f"changes {rest}"
    return f"{head} {rest}s" if rest else f"{head}s"


def _span(covered: tuple[dt.date, dt.date]) -> str:
    start, end = covered
    return day_text(start) if start == end else f"{day_text(start)} to {day_text(end)}"


def day_text(day: dt.date, precision: Precision = "day") -> str:
    """``3 Dec 2019``: a date as a reader takes it in, the same everywhere in a digest; no more
    of it than the source gives (``Dec 2019``, ``2019``)."""
    if precision == "year":
        return f"{day.year}"
    if precision == "month":
        return day.strftime("%b %Y")
    return f"{day.day} {day.strftime('%b %Y')}"


# --------------------------------------------------------------------------- text helpers

_TITLE_PREFIX = re.compile(r"^[^:]{1,80}:\s+(?=\S)")


def key_phrase(title: str) -> str:
    """The part of a thread title that says what it is about ("Russia, China: Contract on
    pipeline" gives "Contract on pipeline")."""
    title = " ".join(title.split())
    prefix = _TITLE_PREFIX.match(title)
    return (title[prefix.end() :] if prefix else title).strip(" .,;:")


_BOUNDARY = re.compile(
    r"[,;:]\s|[.!?][\"'”’]?\s|\s[—–]\s|\s--?\s"
    r"|\s(?=(?:as|while|but|because|although|though|whereas|after|since|which|who|amid"
    r"|in the latest|saying)\s)"
)


def trim_clause(text: str, max_words: int, min_words: int = MIN_CLAUSE_WORDS) -> str | None:
    """``text`` whole when it has at most ``max_words`` words, else its longest beginning
    that ends at a clause boundary (a comma, a dash, "as", "which"...) with at least
    ``min_words`` words and no quotation or bracket left open; None when there is none."""
    text = " ".join(text.split()).rstrip(" ,;:")
    if len(text.split()) <= max_words and _balanced(text):
        return text
    best: str | None = None
    for boundary in _BOUNDARY.finditer(text):
        head = text[: boundary.start() + 1].rstrip(" ,;:—–-")
        count = len(head.split())
        if count > max_words:
            break
        if count >= min_words and _balanced(head) and not _open_apposition(head):
            best = head
    return best


# What says a thing is ahead: a modal or a verb of expecting or planning, or a time to come
# ("next year", "by 2030", "in March", "within weeks"; a weekday mostly dates the news).
_AHEAD_MARK = re.compile(
    r"\b(?:will|would|shall|may|might|could|can|expects?|expected|expecting|due|set to|"
    r"plans?|planned|planning|intends?|intended|aims?|likely|ahead|next|coming|upcoming|"
    r"tomorrow|later|within|soon|until|by|(?:1[89]|20)\d\d|january|february|march|april|"
    r"june|july|august|september|october|november|december)\b",
    re.IGNORECASE,
)


def keeps_ahead(clause: str, text: str) -> bool:
    """Whether ``clause``, cut from ``text`` (a signal, or the source sentence it tells),
    still says what is ahead when ``text`` does: a cut that leaves only the past ("India has
    signed a string of long-term contracts" of "... as it seeks to raise the share of gas to
    15 percent by 2030") tells no signal and would put its date on the wrong thing."""
    return _AHEAD_MARK.search(clause) is not None or _AHEAD_MARK.search(text) is None


def _open_apposition(text: str) -> bool:
    """ "Zhou Liang, a Chinese foreign ministry spokesman": a short opening (a name) set off
    by a comma that is never closed, so no verb has come yet."""
    parts = text.split(",")
    return len(parts) % 2 == 0 and len(parts[0].split()) <= 4


def _balanced(text: str) -> bool:
    return (
        text.count('"') % 2 == 0
        and text.count("“") == text.count("”")
        and text.count("(") == text.count(")")
    )


def topic_words(thread: Thread) -> frozenset[str]:
    """The words a thread is about: its title and summary, without function words."""
    return content_words(f"{thread.title} {thread.summary}")
