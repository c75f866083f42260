"""Dispute and deal threads: every report of one dispute (or deal) across the week, merged.

Two items (disputes with disputes, deals with deals; from the same article or not) are about
the same thing when

* **they share their sides**: each party is resolved to its digest actor (so "Moscow" and
  "Russia" are one party), and a person or body with a country also stands for its state (the
  "Japan Coast Guard" is on Japan's side). The items must have at least two sides in common
  (all, when one has a single side), and what they share must include one of the first two
  parties of each item, its principal sides: two ceasefires brokered by the same mediators
  between different belligerents are different deals; and
* **they share topic words**, one of:

  - a word of one title occurs in the other title, and the two share one more topic word;
  - a *name word* (capitalised inside a sentence of a summary: "Senkaku Islands", "Power of
    Siberia") occurs in both, and the two share one more topic word;
  - they share at least ``MIN_SHARED_WORDS`` (3) topic words making up at least
    ``MIN_TEXT_OVERLAP`` (0.2) of the topic words of both.

  Topic words are the words of the title and summary without function words, the parties' own
  names, generic words of the trade ("dispute", "deal", "talks", "ministry", "signed") and kind
  names ("military", "energy"): two disputes between the same states are one thread only if
  they are about the same thing.

Two more rules make one story one thread within a period: items of the same kind between the
same sides are one (the same war, told twice; a person named beside their own state is that
state's side, so "Gazprom, CNPC, Russia, China, Putin" and "Russia, China, Gazprom, CNPC" are
the same sides), and a *sub-thread* (a mask ban, "meddling"
accusations) whose sides are some of a story's and that shares a name or two topic words with it
folds into it. Only items that could be related are compared (see :func:`_candidates`).

Items with no resolvable party merge only when their titles are equal once normalised. Merging
is transitive (union-find over every related pair), so the result does not depend on input
order.

Each article speaks for a thread through its *lead report*, its first item in the thread (the
later ones are mostly background: "talks began in 2019"). A thread's status is the latest known
status of the lead reports by article date ("unclear" never overrides a known status; reports
of one day are ordered along the usual course of events, ``DISPUTE_COURSE`` / ``DEAL_COURSE``);
its history lists each change with the date and the article that first reported it. Its title
and summary are those of the latest article's lead report (the summary without its background
sentences: :func:`~summarizer._digest._common.news_summary`), unless another title recurs more
often; its kind is the commonest; its parties are ordered by how many reports name them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal

from summarizer._briefing._models import (
    Deal,
    Dispute,
    Evidence,
    Money,
    Precision,
    parse_when,
    when_precision,
)
from summarizer._digest._actors import ActorMerge
from summarizer._digest._common import (
    Article,
    UnionFind,
    common_limit,
    content_words,
    most_common,
    name_words,
    news_summary,
    quoted,
)
from summarizer._digest._models import (
    DealStatusChange,
    DealThread,
    DigestActor,
    DisputeStatusChange,
    DisputeThread,
    MergeNote,
    ThreadEvidence,
)
from summarizer._text._countries import country_forms
from summarizer._text._keys import merge_key

MIN_SHARED_WORDS = 3
MIN_TEXT_OVERLAP = 0.2

# Same-day reports of different statuses are ordered along the usual course of events.
DISPUTE_COURSE = ("escalating", "ongoing", "easing", "resolved")
DEAL_COURSE = ("proposed", "negotiating", "agreed", "signed", "implemented", "stalled", "collapsed")

Section = Literal["dispute", "deal"]


@dataclass(frozen=True, slots=True)
class _Item:
    section: Section
    article: Article
    index: int
    title: str
    kind: str
    status: str
    summary: str
    parties: tuple[str, ...]
    sides: frozenset[str]
    camp: frozenset[str]  # the sides with each person who speaks for a state among them folded
    principal: frozenset[str]
    evidence: tuple[Evidence, ...]
    value: Money | None
    title_words: frozenset[str]
    words: frozenset[str]
    names: frozenset[str]
    date: dt.date | None  # the development's own date, else its article's published date
    precision: Precision  # how much of ``date`` the report gives

    @property
    def order(self) -> tuple[int, int]:
        return (self.article.order, self.index)

    @property
    def when(self) -> tuple[dt.date, int, int]:
        """Sort key in time: an undated report sorts by the day its article was read."""
        return (self.date or self.article.date, *self.order)


@dataclass(frozen=True, slots=True)
class Threads:
    disputes: list[DisputeThread]
    deals: list[DealThread]
    notes: list[MergeNote]


def build_threads(articles: Sequence[Article], actors: ActorMerge) -> Threads:
    """Merge the disputes and deals of ``articles`` (in article order) into threads."""
    known = _Parties(actors.actors)
    disputes: list[_Item] = []
    deals: list[_Item] = []
    for article in articles:
        for index, dispute in enumerate(article.briefing.disputes):
            disputes.append(_item("dispute", article, index, dispute, actors, known))
        for index, deal in enumerate(article.briefing.deals):
            deals.append(_item("deal", article, index, deal, actors, known))
    notes: list[MergeNote] = []
    dispute_threads: list[DisputeThread] = []
    for members, links in _clusters(disputes):
        dispute_thread = _dispute_thread(members)
        dispute_threads.append(dispute_thread)
        notes.extend(_link_note(link, dispute_thread.title) for link in links)
    deal_threads: list[DealThread] = []
    for members, links in _clusters(deals):
        deal_thread = _deal_thread(members)
        deal_threads.append(deal_thread)
        notes.extend(_link_note(link, deal_thread.title) for link in links)
    return Threads(dispute_threads, deal_threads, notes)


# --------------------------------------------------------------------------- items


class _Parties:
    """What the digest knows about each party: its sides and the words of its names."""

    def __init__(self, actors: Sequence[DigestActor]) -> None:
        self._actors = {actor.name: actor for actor in actors}
        self._states = {a.country: a.name for a in actors if a.kind == "state" and a.country}
        self._memo: dict[str, frozenset[str]] = {}

    def sides(self, party: str) -> frozenset[str]:
        """The party, and the state it belongs to when it is a person or body of one."""
        actor = self._actors.get(party)
        if actor is None or actor.kind == "state" or not actor.country:
            return frozenset({party})
        state = self._states.get(actor.country)
        return frozenset({party} if state is None else {party, state})

    def camp(self, sides: frozenset[str]) -> frozenset[str]:
        """``sides`` without each person whose state is among them: a leader or minister named
        beside their state speaks for it ("Putin" beside Russia), and is no side of their own.
        A company or body stays a side: a Gazprom deal is not every Russian deal."""
        folded = set()
        for side in sides:
            actor = self._actors.get(side)
            state = self._states.get(actor.country) if actor and actor.country else None
            if (
                actor is not None
                and actor.kind == "person"
                and state is not None
                and state in sides
            ):
                continue
            folded.add(side)
        return frozenset(folded)

    def words(self, party: str) -> frozenset[str]:
        """Words of the party's names: not topic words of items between those parties."""
        found = self._memo.get(party)
        if found is None:
            actor = self._actors.get(party)
            names = [party]
            if actor is not None:
                names += actor.aliases
                if actor.kind == "state" and actor.country:
                    names += country_forms(actor.country)
            found = frozenset().union(*(content_words(name) for name in names))
            self._memo[party] = found
        return found


def _item(
    section: Section,
    article: Article,
    index: int,
    item: Dispute | Deal,
    actors: ActorMerge,
    known: _Parties,
) -> _Item:
    parties = tuple(dict.fromkeys(actors.resolve(article, party) for party in item.parties))
    drop = frozenset().union(*(known.words(p) for p in parties))
    title_words = content_words(item.title) - drop
    words = title_words | (content_words(item.summary) - drop)
    sides = frozenset().union(*(known.sides(p) for p in parties))
    return _Item(
        section=section,
        article=article,
        index=index,
        title=item.title,
        kind=item.kind,
        status=item.status,
        summary=item.summary,
        parties=parties,
        sides=sides,
        camp=known.camp(sides),
        principal=frozenset().union(*(known.sides(p) for p in parties[:2])),
        evidence=tuple(item.evidence),
        value=item.value if isinstance(item, Deal) else None,
        title_words=title_words,
        words=words,
        names=name_words(item.summary) & words,
        **_date_of(item.when, article),
    )


def _date_of(when: str | None, article: Article) -> dict[str, Any]:
    """A report's date: its own ``when`` (the first day it can mean, and how much of a date it
    gives), else the published date of its article; None when neither is known (the day it was
    read dates nothing)."""
    if when is not None and (day := parse_when(when)) is not None:
        return {"date": day, "precision": when_precision(when)}
    published = article.date if article.date_from == "published" else None
    return {"date": published, "precision": "day"}


# --------------------------------------------------------------------------- merging


@dataclass(frozen=True, slots=True)
class _Link:
    attached: _Item
    to: _Item
    parties: tuple[str, ...]
    words: tuple[str, ...]
    how: str  # "title", "text" or "same title"


def _related(a: _Item, b: _Item) -> _Link | None:
    if not a.parties or not b.parties:
        if not a.parties and not b.parties and merge_key(a.title) == merge_key(b.title):
            return _Link(b, a, (), (), "same title")
        return None
    shared = a.sides & b.sides
    sides = tuple(sorted(shared, key=lambda s: (merge_key(s), s)))
    in_text = a.words & b.words
    # One thread per pair of sides and kind within a period: the same war, told twice.
    if a.kind == b.kind and len(a.camp) >= 2 and a.camp == b.camp:
        return _Link(b, a, sides, tuple(sorted(in_text)), "same parties and kind")
    # A sub-thread (a mask ban, "meddling" accusations) folds into its story: its sides are
    # some of the story's, and the two share a name or two topic words.
    subset = a.sides <= b.sides or b.sides <= a.sides
    if subset and shared and ((a.names | b.names) & in_text or len(in_text) >= 2):
        return _Link(b, a, sides, tuple(sorted(in_text)), "sub-thread")
    need = min(2, len(a.sides), len(b.sides))
    if len(shared) < need or not (shared & a.principal and shared & b.principal):
        return None
    in_titles = a.title_words & b.title_words
    if in_titles and len(in_text) >= 2:
        return _Link(b, a, sides, tuple(sorted(in_text)), "title")
    in_names = (a.names | b.names) & in_text
    if in_names and len(in_text) >= 2:
        return _Link(b, a, sides, tuple(sorted(in_text)), "name")
    if len(in_text) >= MIN_SHARED_WORDS and len(in_text) >= MIN_TEXT_OVERLAP * len(
        a.words | b.words
    ):
        return _Link(b, a, sides, tuple(sorted(in_text)), "text")
    return None


def _clusters(items: list[_Item]) -> list[tuple[list[_Item], list[_Link]]]:
    """Related items joined transitively; each cluster with the links that joined it.

    Items of one kind between the same two sides or more are one thread: each is joined to the
    first of them at once, with no pair compared. Then only the pairs that could be related
    are compared (:func:`_candidates`), and none already in one thread.
    """
    uf = UnionFind(len(items))
    links: list[tuple[int, _Link]] = []
    for members in _same_sides(items):
        first = items[members[0]]
        for j in members[1:]:
            link = _related(first, items[j])
            if link is not None and uf.union(members[0], j):
                links.append((members[0], link))
    for i, j in _candidates(items):
        if uf.find(i) == uf.find(j):
            continue
        link = _related(items[i], items[j])
        if link is not None and uf.union(i, j):
            links.append((i, link))
    by_root: dict[int, list[_Link]] = {}
    for i, link in links:
        by_root.setdefault(uf.find(i), []).append(link)
    return [
        ([items[i] for i in members], by_root.get(uf.find(members[0]), []))
        for members in uf.groups()
    ]


def _same_sides(items: Sequence[_Item]) -> list[list[int]]:
    """The indices of items of one kind between the same two sides or more (a person beside
    their state counted as the state: :meth:`_Parties.camp`), in groups of two or more, each
    ascending."""
    groups: dict[tuple[str, ...], list[int]] = {}
    for index, item in enumerate(items):
        if len(item.camp) >= 2:
            groups.setdefault((item.kind, *sorted(item.camp)), []).append(index)
    return [members for _, members in sorted(groups.items()) if len(members) > 1]


def _candidates(items: Sequence[_Item]) -> list[tuple[int, int]]:
    """Every pair (i < j) of items :func:`_related` could join, each once, in a fixed order (so
    union-find gives the same result whatever the input order).

    Blocking: a side and a topic word in common (every rule but the same sides and kind, which
    :func:`_same_sides` serves, needs both); or, with no parties, the same title. A topic word
    found in more than ``common_limit(n)`` items says little about which story an item tells,
    and blocking on it would compare every pair of a superpower's items: such words make no
    block. The work then grows with the number of items, not its square.
    """
    frequency: dict[str, int] = {}
    for item in items:
        for word in item.words:
            frequency[word] = frequency.get(word, 0) + 1
    limit = common_limit(len(items))
    blocks: dict[tuple[str, ...], list[int]] = {}
    for index, item in enumerate(items):
        if not item.sides:
            keys: list[tuple[str, ...]] = [("title", merge_key(item.title))]
        else:
            words = [w for w in item.words if frequency[w] <= limit]
            keys = [("word", side, word) for side in item.sides for word in words]
        for key in keys:
            blocks.setdefault(key, []).append(index)
    pairs: set[tuple[int, int]] = set()
    for members in blocks.values():
        for n, i in enumerate(members):
            pairs.update((i, j) for j in members[n + 1 :])
    return sorted(pairs)


# --------------------------------------------------------------------------- threads


@dataclass(frozen=True)
class _Common:
    title: str
    kind: str
    parties: list[str]
    summary: str
    sources: list[str]
    evidence: list[ThreadEvidence]


def _common(items: list[_Item]) -> _Common:
    # The latest article's lead report speaks for the thread unless a title recurs, or its
    # title shares no topic word with the other reports (a bare "Warnings" does not name the
    # stand-off three outlets describe): then the title they share most words with.
    latest = _leads(items)[-1]
    by_key: dict[str, str] = {merge_key(latest.title): latest.title}
    newest_first = sorted(items, key=lambda i: i.order, reverse=True)
    for item in newest_first:
        by_key.setdefault(merge_key(item.title), item.title)

    def shared(item: _Item) -> int:
        return sum(len(item.title_words & other.words) for other in items if other is not item)

    speaker = latest
    if len(items) > 1 and shared(latest) == 0:
        speaker = max(newest_first, key=shared)  # the first of the best: the newest
    title_key = most_common((merge_key(i.title) for i in items), prefer=[merge_key(speaker.title)])
    kind = most_common((i.kind for i in items), prefer=[latest.kind])
    counts: dict[str, int] = {}
    for item in items:
        for party in item.parties:
            counts[party] = counts.get(party, 0) + 1
    first_seen = list(counts)
    parties = sorted(counts, key=lambda p: (-counts[p], first_seen.index(p)))
    summaries = [i for i in _leads(items) if i.summary] or [i for i in items if i.summary]
    # Oldest article first, then in the article's own order; one entry per quoted span.
    evidence: dict[tuple[int, int, int], ThreadEvidence] = {}
    for item in items:
        for quote in item.evidence:
            evidence.setdefault(
                (item.article.order, quote.start, quote.end),
                ThreadEvidence.of(item.article.id, quote),
            )
    return _Common(
        title=by_key[title_key] if title_key is not None else latest.title,
        kind=kind or latest.kind,
        parties=parties,
        summary=_summary(summaries[-1]) if summaries else "",
        sources=list(dict.fromkeys(i.article.id for i in sorted(items, key=lambda i: i.order))),
        evidence=[evidence[key] for key in sorted(evidence)],
    )


def _summary(item: _Item) -> str:
    """The report's summary without its background sentences (see :func:`news_summary`)."""
    article = item.article
    year = article.date.year if article.date_from == "published" else None
    return news_summary(item.summary, year)


def _leads(items: list[_Item]) -> list[_Item]:
    """Each article's lead report of the thread (its first item), in article order."""
    leads: dict[str, _Item] = {}
    for item in sorted(items, key=lambda i: i.order):
        leads.setdefault(item.article.id, item)
    return list(leads.values())


def _history(items: list[_Item], course: tuple[str, ...]) -> list[tuple[dt.date | None, str, str]]:
    """(date, status, article) for each change of known status, oldest first; the date is
    the report's own (its development's date, else its article's published date), None when
    undated.

    An article's status is that of its lead report: its later items about the same thing are
    mostly background ("talks began in 2019"), not news.
    """
    known = [i for i in _leads(items) if i.status != "unclear"]
    if not known:
        first = min(items, key=lambda i: i.when)
        return [(first.date, "unclear", first.article.id)]
    known.sort(
        key=lambda i: (
            i.when[0],
            course.index(i.status) if i.status in course else len(course),
            i.order,
        )
    )
    history: list[tuple[dt.date | None, str, str]] = []
    for item in known:
        if not history or history[-1][1] != item.status:
            history.append((item.date, item.status, item.article.id))
    return history


_PRECISION_RANK: dict[str, int] = {"year": 0, "month": 1, "day": 2}


def _dates(items: list[_Item]) -> dict[str, Any]:
    """The thread's date (its latest dated report) and, when nothing dates it, the day its
    first article was read (for programs: the digest's text never shows it as a date)."""
    dated = [i for i in items if i.date is not None]
    if dated:
        # The latest by its first day; of one day, the most precise ("on March 3, 2025" over
        # "in March 2025").
        latest = max(dated, key=lambda i: (i.date, _PRECISION_RANK[i.precision]))
        return {"date": latest.date, "date_precision": latest.precision, "first_seen": None}
    return {"date": None, "first_seen": min(i.article.date for i in items)}


def _dispute_thread(items: list[_Item]) -> DisputeThread:
    common = _common(items)
    history = _history(items, DISPUTE_COURSE)
    return DisputeThread.model_validate(
        {
            **vars(common),
            **_dates(items),
            "status": history[-1][1],
            "status_since": history[-1][0],
            "status_history": [
                DisputeStatusChange.model_validate({"date": d, "status": s, "article": a})
                for d, s, a in history
            ],
        }
    )


def _deal_thread(items: list[_Item]) -> DealThread:
    common = _common(items)
    history = _history(items, DEAL_COURSE)
    values = [i.value for i in sorted(items, key=lambda i: i.order) if i.value is not None]
    return DealThread.model_validate(
        {
            **vars(common),
            **_dates(items),
            "status": history[-1][1],
            "status_since": history[-1][0],
            "status_history": [
                DealStatusChange.model_validate({"date": d, "status": s, "article": a})
                for d, s, a in history
            ],
            "value": values[-1] if values else None,
        }
    )


def _link_note(link: _Link, into: str) -> MergeNote:
    a, b = link.attached, link.to
    where = f"{quoted(a.title)} ({a.article.id[:12]}) + {quoted(b.title)} ({b.article.id[:12]})"
    parties = ", ".join(link.parties)
    words = f"; shared topic words: {', '.join(link.words)}" if link.words else ""
    if link.how == "same title":
        rule, why = "same title", "same title, no named parties"
    elif link.how == "same parties and kind":
        rule, why = link.how, f"the same sides ({parties}) and kind in one period{words}"
    elif link.how == "sub-thread":
        rule, why = link.how, f"its sides are among the story's ({parties}){words}"
    else:
        what = {
            "title": "a title word and topic words",
            "name": "a name and topic words",
        }.get(link.how, "topic words")
        rule = f"parties and {link.how}"
        why = f"same sides ({parties}); shared {what}: {', '.join(link.words)}"
    return MergeNote(
        section=a.section, name=a.title, into=into, rule=rule, reason=f"{where}: {why}"
    )
