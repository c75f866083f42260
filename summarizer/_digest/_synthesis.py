"""The offline synthesis: the week's top developments and its outlook, from rules alone.

* **Top developments** are the threads (disputes and deals together) a desk officer would lead
  with. A thread has a *weak basis* when one article alone reports it and either its status is
  unclear or its title names no topic ("Deal", "Talks on energy": no word beyond the trade's
  generic vocabulary); weak threads are left out of the list (they stay in the thread
  sections). The rest are ranked by how many articles report them, then known status before
  unclear, then how many actors they involve, then how recent their latest report is, then
  title (for a total order). Each becomes a short statement (see :func:`statement`) citing
  its articles.
* **Outlook**: the articles' signals, merged when they say the same thing (equal once
  normalised, or sharing at least ``MIN_SIGNAL_WORDS`` (3) topic words that make up at least
  ``SIGNAL_SIMILARITY`` (0.6) of both), each with its sources. Ranked by number of sources,
  then likelihood (high first), then recency. The summary restates, each cut to its main
  clause, the best-ranked signals of up to three different articles.

Everything here is plain string work on the merged threads: the same threads give the same
statements, byte for byte.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from summarizer._briefing._models import Signal
from summarizer._digest._common import Article, UnionFind, content_words, quoted
from summarizer._digest._models import (
    DealThread,
    DigestOutlook,
    DisputeThread,
    MergeNote,
    ThreadEvidence,
    TopDevelopment,
    WatchSignal,
)
from summarizer._lexicon import lexicon
from summarizer._text._keys import merge_key

MAX_DEVELOPMENTS = 5
MIN_SIGNAL_WORDS = 3
SIGNAL_SIMILARITY = 0.6
LIKELIHOOD_ORDER = ("high", "medium", "low", "unclear")
MAX_STATEMENT_WORDS = 45  # a top development, supporting clause included
MAX_CLAUSE_WORDS = 24  # the supporting clause taken from an article
MIN_CLAUSE_WORDS = 6  # shorter cuts say too little to stand alone
MAX_TOPIC_WORDS = 10  # of the title's key phrase, after its head noun
MAX_SUMMARY_CLAUSE_WORDS = 20  # each signal restated in the outlook summary

Thread = DisputeThread | DealThread


# --------------------------------------------------------------------------- ranking


def thread_rank(thread: Thread, dates: Mapping[str, dt.date]) -> tuple[int, int, int, str, str]:
    """Sort key of a thread: most sources, most parties, latest report, then title."""
    latest = max((dates[s] for s in thread.sources if s in dates), default=dt.date.min)
    return (
        -len(thread.sources),
        -len(thread.parties),
        -latest.toordinal(),
        merge_key(thread.title),
        thread.title,
    )


def weak_basis(thread: Thread) -> bool:
    """One article alone, and either no known status or a title that names no topic."""
    if len(thread.sources) > 1:
        return False
    return thread.status == "unclear" or not content_words(key_phrase(thread.title))


def development_rank(
    thread: Thread, section: str, dates: Mapping[str, dt.date]
) -> tuple[int, bool, int, int, str, str, str]:
    """Sort key of a top development: :func:`thread_rank`, with known status before unclear
    right after the number of sources."""
    sources, parties, latest, key, title = thread_rank(thread, dates)
    return (sources, thread.status == "unclear", parties, latest, key, title, section)


def top_developments(
    disputes: Sequence[DisputeThread],
    deals: Sequence[DealThread],
    dates: Mapping[str, dt.date],
    limit: int = MAX_DEVELOPMENTS,
) -> list[TopDevelopment]:
    """The ``limit`` best threads with a firm basis, each as a short statement with its
    sources (see the module docstring for the ranking)."""
    both: list[tuple[str, Thread]] = [
        *(("dispute", t) for t in disputes),
        *(("deal", t) for t in deals),
    ]
    ranked = sorted(
        (pair for pair in both if not weak_basis(pair[1])),
        key=lambda pair: development_rank(pair[1], pair[0], dates),
    )
    return [
        TopDevelopment.model_validate(
            {
                "statement": statement(thread, section),
                "sources": thread.sources,
                "section": section,
                "thread": thread.title,
            }
        )
        for section, thread in ranked[: max(limit, 0)]
    ]


# --------------------------------------------------------------------------- statements

_MONTHS = lexicon("en").calendar.month_names
_TITLE_PREFIX = re.compile(r"^[^:]{1,80}:\s+(?=\S)")


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_CONNECTORS = _words("on over about around for to of with between concerning near against in")
_TOPIC_CONNECTORS = _words("on over about around concerning")
_DEAL_NOUNS = _words(
    """agreement agreements deal deals contract contracts pact pacts accord accords treaty
    partnership memorandum purchase sale loan package framework arrangement alliance
    ceasefire truce merger acquisition"""
)
_DISPUTE_NOUNS = _words(
    """dispute disputes row rows standoff stand-off conflict clash clashes spat feud quarrel
    tension tensions crisis confrontation"""
)
# Leading title words that say how a thing was reported, not what it is about.
_REPORT_WORDS = _words(
    """signed agreed proposed new draft possible final planned talks negotiations
    accusations accusation allegations"""
)
# Last words of names that take "the": "the United Kingdom", "the World Food Programme".
_THE_LAST = _words(
    """union programme program forces department committee nations kingdom states republic
    emirates netherlands philippines council commission agency fund bank guard army navy
    ministry parliament government office organization organisation"""
)
_DEAL_VERBS: dict[str, tuple[str, str]] = {
    # status: (active predicate, with {np}; "on" or "as of" before the date, "" for none)
    "proposed": ("proposed {np}", "on"),
    "negotiating": ("{be} negotiating {np}", "as of"),
    "agreed": ("reached {np}", "on"),
    "signed": ("signed {np}", "on"),
    "implemented": ("began implementing {np}", "on"),
}
_DEAL_OTHER: dict[str, tuple[str, str]] = {
    # status: (sentence with {np} and {who}, date word)
    "stalled": ("Talks {between} on {np} stalled", "on"),
    "collapsed": ("{NP} {between} collapsed", "on"),
    "unclear": ("Reports link {who} to {np}; its status is unclear", ""),
}
_DEAL_PASSIVE = {
    "proposed": "was proposed",
    "negotiating": "was under negotiation",
    "agreed": "was agreed",
    "signed": "was signed",
    "implemented": "took effect",
    "stalled": "stalled",
    "collapsed": "collapsed",
    "unclear": "was reported; its status is unclear",
}
_DISPUTE_VERBS: dict[str, tuple[str, str]] = {
    "escalating": ("escalated", "on"),
    "ongoing": ("was ongoing", "as of"),
    "easing": ("eased", "on"),
    "resolved": ("was resolved", "on"),
    "unclear": ("was reported; its course is unclear", ""),
}
_BEFORE: dict[str, str] = {
    # the previous status, as a clause after "after"
    "proposed": "it was proposed",
    "negotiating": "talks were still open",
    "agreed": "terms were agreed",
    "signed": "it was signed",
    "implemented": "it took effect",
    "stalled": "talks stalled",
    "collapsed": "it collapsed",
    "escalating": "it escalated",
    "ongoing": "it simmered",
    "easing": "it eased",
    "resolved": "it was settled",
}


def statement(thread: Thread, section: str) -> str:
    """One thread as a sentence or two a reader can take in at a glance.

    The first sentence is built from the thread alone: its first two parties by name, what
    it is (kind, and the key phrase of its title: the part after "Parties:", reduced to its
    head noun and topic), where it stands in plain words ("signed on 14 March", "eased on
    11 March") and, when the status changed during the week, the status before ("after talks
    were still open on 10 March"). Then, when it fits within ``MAX_STATEMENT_WORDS`` and adds
    something, a supporting clause taken verbatim from the lead quote of the latest article
    that has a usable one, cut at a clause boundary.
    """
    first = _first_sentence(thread, section)
    budget = min(MAX_CLAUSE_WORDS, MAX_STATEMENT_WORDS - len(first.split()))
    clause = _supporting_clause(thread, first, budget)
    if clause is None:
        return first
    if _restates(clause, first):
        # The article says it better ("Russia and China signed an agreement on Friday to
        # build ..."): its clause leads, the thread's kind and course follow in brackets.
        kind = thread.kind.replace("_", " ") + " " if thread.kind != "other" else ""
        return f"{clause.rstrip('.!?')} ({kind}{section}; {_course(thread)})."
    _, tail = _noun_phrase(thread, section)
    if tail and tail.strip().lower() in clause.lower():
        first = _first_sentence(thread, section, topic=False)  # the clause names the topic
    return f"{first} {_sentence(clause)}"


def _restates(clause: str, first: str) -> bool:
    """Whether ``clause`` opens like ``first`` (same subject and verb: four words or more)."""
    a, b = clause.split(), first.split()
    shared = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), len(a))
    return shared >= 4


def _course(thread: Thread) -> str:
    """The last two known statuses with their dates: "negotiating on 10 March, signed on
    14 March"."""
    with_year = len({c.date.year for c in thread.status_history}) > 1
    steps = [c for c in thread.status_history if c.status != "unclear"][-2:]
    if not steps:
        return "status unclear"
    if len(steps) == 2 and steps[0].date == steps[1].date:
        return f"{steps[0].status}, then {steps[1].status}, on {_day(steps[1].date, with_year)}"
    return ", ".join(f"{c.status} on {_day(c.date, with_year)}" for c in steps)


def key_phrase(title: str) -> str:
    """The part of a thread title that says what it is about ("Russia, China: Contract on
    pipeline" gives "Contract on pipeline")."""
    title = " ".join(title.split())
    prefix = _TITLE_PREFIX.match(title)
    return (title[prefix.end() :] if prefix else title).strip(" .,;:")


def _first_sentence(thread: Thread, section: str, *, topic: bool = True) -> str:
    with_year = len({c.date.year for c in thread.status_history}) > 1
    np, tail = _noun_phrase(thread, section)
    tail = tail if topic else ""
    names = [_the(p) for p in thread.parties[:2] if p.strip()]
    status = thread.status
    if section == "dispute":
        verb, when = _DISPUTE_VERBS.get(status, _DISPUTE_VERBS["unclear"])
        if len(names) == 2:
            subject = f"The {np} between {names[0]} and {names[1]}{tail}"
        elif names:
            subject = f"The {np} involving {names[0]}{tail}"
        else:
            subject = f"The {np}{tail}"
        text = f"{subject} {verb}"
    else:
        full = f"{_article(np)} {np}{tail}"
        who = " and ".join(names)
        between = f"between {names[0]} and {names[1]}" if len(names) == 2 else f"involving {who}"
        if not names:
            text, when = f"{_capital(full)} {_DEAL_PASSIVE.get(status, 'was reported')}", ""
            if status in _DEAL_VERBS or status in ("stalled", "collapsed"):
                when = (_DEAL_VERBS.get(status) or _DEAL_OTHER[status])[1]
        elif status in _DEAL_VERBS:
            predicate, when = _DEAL_VERBS[status]
            be = "were" if len(names) == 2 else "was"
            text = f"{_capital(who)} " + predicate.format(np=full, be=be)
        else:
            template, when = _DEAL_OTHER.get(status, _DEAL_OTHER["unclear"])
            text = _capital(template.format(np=full, NP=_capital(full), who=who, between=between))
    if when and thread.status_since is not None:
        text += f" {when} {_day(thread.status_since, with_year)}"
    history = thread.status_history
    if len(history) > 1 and history[-2].status in _BEFORE:
        before = history[-2]
        same_day = thread.status_since is not None and before.date == thread.status_since
        on = "the same day" if same_day else f"on {_day(before.date, with_year)}"
        text += f", after {_BEFORE[before.status]} {on}"
    return text + "."


def _noun_phrase(thread: Thread, section: str) -> tuple[str, str]:
    """(head noun phrase, topic tail) of the thread's key phrase, e.g. ("energy agreement",
    " on gas") or ("Kuril Islands dispute", "")."""
    words = key_phrase(thread.title).split()
    if words and not _proper(words[0], thread):
        words[0] = words[0].lower()
    cut = next((i for i, w in enumerate(words) if i > 0 and w.lower() in _CONNECTORS), len(words))
    head, rest = words[:cut], words[cut:]
    while head and head[0].lower() in _REPORT_WORDS:
        head = head[1:]
    nouns = _DISPUTE_NOUNS if section == "dispute" else _DEAL_NOUNS
    kind = [] if thread.kind == "other" else [thread.kind.replace("_", " ")]
    if head and head[-1].lower() in nouns:
        core = [*head[:-1], head[-1].lower()]
        tail = rest
    else:
        core = ["dispute" if section == "dispute" else "deal"]
        if rest and rest[0].lower() in _TOPIC_CONNECTORS:
            tail = rest  # "Accusations over X", "War over sea": the topic is X, the sea
        elif not head:
            # "Accusations of blocking aid convoys": what the dispute is over
            tail = ["over", *rest[1:]] if section == "dispute" and rest else rest
        elif section == "dispute":
            tail = ["over", *head, *rest]
        else:
            tail = ["on" if not rest else "covering", *head, *rest]
    if len(core) == 1:
        core = kind + core
    if len(tail) > MAX_TOPIC_WORDS:
        cuts = [i for i, w in enumerate(tail) if 1 < i <= MAX_TOPIC_WORDS and w in _CONNECTORS]
        tail = tail[: cuts[-1]] if cuts else []
    if all(w.lower() in _CONNECTORS or w.lower() in ("a", "an", "the", *kind) for w in tail):
        tail = []  # "Talks on energy" of an energy deal: nothing beyond the kind
    return " ".join(core), "".join(" " + w for w in tail)


def _proper(word: str, thread: Thread) -> bool:
    """Whether a title's first word is a name (and keeps its capital) rather than a noun."""
    bare = word.strip("\"'“”‘’()")
    if not bare or any(c.isupper() for c in bare[1:]) or not bare[0].isupper():
        return True
    if any(p.split()[:1] == [bare] for p in thread.parties if p.strip()):
        return True
    texts = [thread.summary, *(e.quote for e in thread.evidence)]
    for text in texts:
        for sentence in re.split(r"(?<=[.!?])\s+", text):
            if bare in (t.strip("\"'“”‘’(),.;:") for t in sentence.split()[1:]):
                return True
    return False


def _the(name: str) -> str:
    words = name.split()
    if words and (words[0] == "United" or words[-1].lower() in _THE_LAST):
        return f"the {name}"
    return name


def _article(np: str) -> str:
    low = np.lower()
    if low[:1] in ("a", "e", "i", "o") or (low[:1] == "u" and not low.startswith("uni")):
        return "an" if not low.startswith(("eu", "one", "use")) else "a"
    return "a"


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _day(day: dt.date, with_year: bool) -> str:
    text = f"{day.day} {_MONTHS[day.month - 1]}"
    return f"{text} {day.year}" if with_year else text


def _supporting_clause(thread: Thread, first: str, budget: int) -> str | None:
    """The lead quote (first in the text) of the latest article, or else of the article that
    first reported the current status, cut to ``budget`` words.

    Usable: quoted exactly, starting a sentence, and either adding two topic words to
    ``first`` or saying the same in the article's words (see :func:`_restates`).
    Older articles are not used: their news is what the status history already tells.
    """
    if budget < MIN_CLAUSE_WORDS:
        return None
    leads: dict[str, ThreadEvidence] = {}
    for item in sorted(thread.evidence, key=lambda e: (e.start, e.end)):
        if item.match == "exact":
            leads.setdefault(item.article, item)
    known = content_words(first)
    latest = thread.sources[-1:]
    current = [thread.status_history[-1].article] if thread.status_history else []
    for article in dict.fromkeys([*latest, *current]):
        lead = leads.get(article)
        if lead is None:
            continue
        clause = trim_clause(lead.quote, budget)
        if clause is None or not _starts_sentence(clause):
            continue
        if _restates(clause, first) or len(content_words(clause) - known) >= 2:
            return clause
    return None


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


def _starts_sentence(text: str) -> bool:
    bare = text.lstrip("\"'“‘(")
    return bool(bare) and (bare[0].isupper() or bare[0].isdigit())


# --------------------------------------------------------------------------- outlook


@dataclass(frozen=True, slots=True)
class _Signal:
    article: Article
    index: int
    signal: Signal
    words: frozenset[str]

    @property
    def order(self) -> tuple[int, int]:
        return (self.article.order, self.index)


def _similar(a: _Signal, b: _Signal) -> float | None:
    if merge_key(a.signal.description) == merge_key(b.signal.description):
        return 1.0
    shared = a.words & b.words
    if len(shared) < MIN_SIGNAL_WORDS:
        return None
    score = len(shared) / len(a.words | b.words)
    return score if score >= SIGNAL_SIMILARITY else None


def merge_outlook(articles: Sequence[Article]) -> tuple[DigestOutlook, list[MergeNote]]:
    """The articles' signals merged into one outlook, with notes on what was merged."""
    items = [
        _Signal(article, index, signal, content_words(signal.description))
        for article in articles
        for index, signal in enumerate(article.briefing.outlook.signals)
    ]
    uf = UnionFind(len(items))
    links: list[tuple[int, int, float]] = []
    for i, a in enumerate(items):
        for j in range(i + 1, len(items)):
            score = _similar(a, items[j])
            if score is not None and uf.union(i, j):
                links.append((j, i, score))
    merged: list[tuple[WatchSignal, dt.date]] = []
    first_of: dict[int, str] = {}
    for members in uf.groups():
        group = [items[i] for i in members]
        signal = _watch_signal(group)
        merged.append((signal, max(s.article.date for s in group)))
        first_of[uf.find(members[0])] = signal.description
    merged.sort(
        key=lambda pair: (
            -len(pair[0].sources),
            LIKELIHOOD_ORDER.index(pair[0].likelihood),
            -pair[1].toordinal(),
            merge_key(pair[0].description),
            pair[0].description,
        )
    )
    signals = [signal for signal, _ in merged]
    notes = [
        MergeNote(
            section="signal",
            name=items[j].signal.description,
            into=first_of[uf.find(j)],
            rule="same words",
            score=round(score, 2),
            reason=_signal_reason(items[j], items[i], score),
        )
        for j, i, score in links
    ]
    summary = _summary(signals) or _latest_summary(articles)
    return DigestOutlook(summary=summary, signals=signals), notes


def _signal_reason(a: _Signal, b: _Signal, score: float) -> str:
    pair = (
        f"{quoted(a.signal.description)} ({a.article.id[:12]}) ~ "
        f"{quoted(b.signal.description)} ({b.article.id[:12]})"
    )
    return f"{pair}: " + ("same text" if score == 1.0 else f"shared words {score:.2f}")


def _watch_signal(group: list[_Signal]) -> WatchSignal:
    group = sorted(group, key=lambda s: s.order)
    horizons = [s.signal.horizon for s in group if s.signal.horizon]
    likelihoods = [s.signal.likelihood for s in group if s.signal.likelihood != "unclear"]
    evidence: dict[tuple[str, int, int], ThreadEvidence] = {}
    for item in group:
        for quote in sorted(item.signal.evidence, key=lambda e: (e.start, e.end)):
            evidence.setdefault(
                (item.article.id, quote.start, quote.end), ThreadEvidence.of(item.article.id, quote)
            )
    return WatchSignal(
        description=group[0].signal.description,
        horizon=horizons[-1] if horizons else None,
        likelihood=likelihoods[-1] if likelihoods else "unclear",
        sources=list(dict.fromkeys(s.article.id for s in group)),
        evidence=list(evidence.values()),
    )


def _sentence(text: str) -> str:
    text = " ".join(text.split())
    return text if text.endswith((".", "!", "?", "…")) else text + "."


def _summary(signals: Sequence[WatchSignal]) -> str:
    """The best-ranked signals of up to three different articles, each cut to its main clause
    (a signal whose articles are all covered already adds no new report)."""
    chosen: list[str] = []
    covered: set[str] = set()
    for signal in signals:
        if len(chosen) == 3:
            break
        if signal.sources and set(signal.sources) <= covered:
            continue
        clause = trim_clause(signal.description, MAX_SUMMARY_CLAUSE_WORDS)
        if clause is None:
            continue
        chosen.append(_sentence(clause))
        covered |= set(signal.sources)
    return " ".join(chosen)


def _latest_summary(articles: Sequence[Article]) -> str:
    for article in reversed(articles):
        if article.briefing.outlook.summary:
            return " ".join(article.briefing.outlook.summary.split())
    return ""
