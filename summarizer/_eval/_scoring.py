"""Scoring briefings against gold annotations: the library behind ``summarizer eval``.

A gold file says what a careful analyst expects in the briefing of one article (the format and
the scoring rules are those of ``shared/gold/README.md``). This module reads gold files, scores
one :class:`BriefingDraft` against one gold (:func:`score_briefing`), runs an engine over many
articles (:func:`evaluate`) and renders the result as a table or as JSON-ready data.

Where the rules leave a choice open, this module decides as follows:

* A ratio with nothing to count (no required items, nothing predicted, no quotes) is 1.0: there
  was nothing to miss and nothing predicted wrongly. The counts stay available (``Ratio.hit``,
  ``Ratio.total``), so "0/0" is never mistaken for real work.
* Matching is not one-to-one: one predicted actor or item may satisfy several gold entries, as
  the rules say "found" / "matched by some predicted item" and nothing more.
* A predicted party is resolved to the predicted actor(s) it names (name or alias, normalised)
  and then, with all their names, against *all* gold actors (required, optional and noise) by
  the actor rule. A name in a gold ``parties`` group that names no gold actor (an annotation
  slip) is matched as if it were a gold actor of kind "other" with no aliases.
* Cues and noise strings are compared case-insensitively after the same folding as quote
  grounding (whitespace runs collapsed, quote marks and dashes unified), field by field, so a
  cue never matches across the boundary of two fields.
* Names are normalised by :func:`summarizer._text._keys.loose_name_key`, which implements the
  rules' normalisation and nothing more (the scorer keeps no copy of its own); similarity is
  :func:`summarizer._text._names.similar_names`. Similarity and length are measured on
  normalised names; the surname rule compares the last word of each predicted name and alias
  with the last word of the gold *name*.
* "Any other field but parties" is taken literally: an item's ``kind`` and ``status`` are text a
  cue may occur in (the cue "territor" is found in the kind "territorial").
* The overall row is micro-averaged: the sums of hits over the sums of totals of every article.
  An article whose briefing failed counts as an empty briefing there (its required actors and
  items are missed), so failing on hard articles never raises the score.
* Gold files: ``article``, ``actors``, ``disputes``, ``deals`` and each section's ``required``
  must be present; ``optional``, ``noise``, ``aliases`` and ``noise_text`` default to empty;
  unknown keys (``notes``) are ignored. Wrong types, empty names, an empty party group or an
  item without cues are errors, since such an entry could never be scored as meant.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, ValidationError

from summarizer._briefing._models import (
    ActorDraft,
    Briefing,
    BriefingDraft,
    DealDraft,
    DisputeDraft,
    iter_evidence,
)
from summarizer._briefing._render import render_markdown
from summarizer._errors import GoldFileError, InputError, SummarizerError
from summarizer._ingest._reading import read_file
from summarizer._text._keys import fold, locate, loose_name_key
from summarizer._text._names import similar_names

__all__ = [
    "ArticleResult",
    "ArticleScore",
    "ClaimScore",
    "EvalReport",
    "Gold",
    "GoldActor",
    "GoldActors",
    "GoldItem",
    "GoldItems",
    "Ratio",
    "SectionScore",
    "evaluate",
    "format_report",
    "gold_files",
    "load_gold",
    "matches_actor",
    "report_to_dict",
    "score_briefing",
]

# --------------------------------------------------------------------------- gold files

_Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]


class _GoldModel(BaseModel):
    # strict: a number where a name belongs is an annotation error, not something to coerce.
    # extra="ignore": gold files carry free-form keys ("notes") and may grow new ones.
    model_config = ConfigDict(strict=True, frozen=True, extra="ignore")


class GoldActor(_GoldModel):
    """An actor the gold expects (or, in ``noise``, forbids)."""

    name: _Text
    kind: _Text
    aliases: tuple[_Text, ...] = ()

    @property
    def is_person(self) -> bool:
        return self.kind.casefold() == "person"


class GoldItem(_GoldModel):
    """A dispute or deal the gold expects: who is on each side, and words that identify it."""

    label: _Text
    # An empty group could never be satisfied, and an item without cues could never match:
    # both are annotation errors, so they fail loading instead of silently scoring 0.
    parties: tuple[Annotated[tuple[_Text, ...], Field(min_length=1)], ...]
    cues: Annotated[tuple[_Text, ...], Field(min_length=1)]
    # For the claims check (our own, beyond the shared rules): the statuses the text supports,
    # and whether the text sets the party groups against each other.
    status: tuple[_Text, ...] = ()
    opposed: bool | None = None


class GoldActors(_GoldModel):
    required: tuple[GoldActor, ...]
    optional: tuple[GoldActor, ...] = ()
    noise: tuple[GoldActor, ...] = ()

    @property
    def all(self) -> tuple[GoldActor, ...]:
        return (*self.required, *self.optional, *self.noise)


class GoldItems(_GoldModel):
    required: tuple[GoldItem, ...]
    optional: tuple[GoldItem, ...] = ()


Relevance = Literal["international", "domestic", "off_topic"]


class _GoldFile(_GoldModel):
    article: _Text
    actors: GoldActors
    disputes: GoldItems
    deals: GoldItems
    noise_text: tuple[_Text, ...] = ()
    relevance: Relevance | None = None
    future: tuple[_Text, ...] = ()
    not_future: tuple[_Text, ...] = ()


@dataclass(frozen=True, slots=True)
class Gold:
    """One parsed gold file, with the article it annotates located on disk."""

    path: Path
    article: str
    """The article reference as written in the file."""
    article_path: Path
    actors: GoldActors
    disputes: GoldItems
    deals: GoldItems
    noise_text: tuple[str, ...]
    relevance: Relevance | None = None
    future: tuple[str, ...] = ()
    not_future: tuple[str, ...] = ()

    @property
    def name(self) -> str:
        """How reports name this article: the gold file's stem."""
        return self.path.stem

    def read_article(self) -> str:
        """The raw text of the article file (not cleaned: quotes are looked up in all of it)."""
        try:
            return read_file(self.article_path).decode("utf-8")
        except InputError as exc:
            raise GoldFileError(
                f"cannot read the article: {exc.message}", source=str(self.article_path)
            ) from None
        except UnicodeDecodeError as exc:
            raise GoldFileError(
                f"cannot read the article: {_one_line(str(exc))}", source=str(self.article_path)
            ) from None


def load_gold(path: Path) -> Gold:
    """Parse and validate one gold file and locate its article.

    The article path is tried relative to the shared root (the parent of the gold file's folder,
    as in ``shared/gold/x.json`` -> ``shared/seeds/...``), then relative to the gold file's own
    folder. Raises :class:`GoldFileError` when the file cannot be read, is not valid JSON, lacks
    a field or has one of the wrong type, or when the article is not found.
    """
    source = str(path)
    try:
        data = read_file(path, label=source)
    except InputError as exc:
        raise GoldFileError(f"cannot read: {exc.message}", source=source) from None
    try:
        parsed = _GoldFile.model_validate_json(data)
    except ValidationError as exc:
        raise GoldFileError(_validation_message(exc), source=source) from None

    folder = path.absolute().parent
    candidates = list(dict.fromkeys((folder.parent / parsed.article, folder / parsed.article)))
    found = next((c for c in candidates if c.is_file()), None)
    if found is None:
        tried = ", ".join(str(c) for c in candidates)
        raise GoldFileError(f"article {parsed.article!r} not found (tried {tried})", source=source)
    return Gold(
        path=path,
        article=parsed.article,
        article_path=found,
        actors=parsed.actors,
        disputes=parsed.disputes,
        deals=parsed.deals,
        noise_text=parsed.noise_text,
        relevance=parsed.relevance,
        future=parsed.future,
        not_future=parsed.not_future,
    )


def gold_files(path: Path) -> list[Path]:
    """The gold files ``path`` stands for: a directory's ``*.json`` (sorted), or the file itself."""
    if path.is_dir():
        found = sorted(p for p in path.glob("*.json") if p.is_file())
        if not found:
            raise GoldFileError("no gold files (*.json) in this directory", source=str(path))
        return found
    if path.is_file():
        return [path]
    raise GoldFileError("no such file or directory", source=str(path))


def _validation_message(error: ValidationError) -> str:
    first = error.errors()[0]
    where = "".join(f"[{part}]" if isinstance(part, int) else f".{part}" for part in first["loc"])
    where = where.lstrip(".")
    message = f"{where}: {first['msg']}" if where else first["msg"]
    more = error.error_count() - 1
    if more:
        message += f" (and {more} more problem{'s' if more > 1 else ''})"
    return f"invalid gold file: {_one_line(message)}"


def _one_line(text: str) -> str:
    return " ".join(text.split())


# --------------------------------------------------------------------------- names and actors


def _name_set(names: Iterable[str]) -> frozenset[str]:
    # A name that normalises to nothing ("The", "...") must not equal every other such name.
    return frozenset(n for n in map(loose_name_key, names) if n)


def _matches(predicted: frozenset[str], gold: GoldActor) -> bool:
    gold_names = _name_set((gold.name, *gold.aliases))
    if predicted & gold_names:
        return True
    if any(similar_names(p, g) for p in predicted for g in gold_names):
        return True
    if gold.is_person:
        last = loose_name_key(gold.name).split()[-1:]
        return bool(last) and any(p.split()[-1:] == last for p in predicted)
    return False


def matches_actor(names: Iterable[str], gold: GoldActor) -> bool:
    """Whether a predicted actor known by ``names`` (its name and aliases) is ``gold``.

    True when, after :func:`~summarizer._text._keys.loose_name_key`, one of the names equals the
    gold name or a gold alias; or is at least 90% similar to one of them
    (``difflib.SequenceMatcher(None, predicted, gold).ratio()``, both names longer than 4
    characters); or, for a gold person, has the same last word as the gold name.
    """
    return _matches(_name_set(names), gold)


def _actor_names(actor: ActorDraft) -> frozenset[str]:
    return _name_set((actor.name, *actor.aliases))


# --------------------------------------------------------------------------- results


@dataclass(frozen=True, slots=True)
class Ratio:
    """``hit`` out of ``total``; its value is 1.0 when there is nothing to count."""

    hit: int
    total: int

    @property
    def value(self) -> float:
        return self.hit / self.total if self.total else 1.0

    def __add__(self, other: Ratio) -> Ratio:
        return Ratio(self.hit + other.hit, self.total + other.total)

    def __str__(self) -> str:
        return f"{self.hit}/{self.total}"


@dataclass(frozen=True, slots=True)
class SectionScore:
    """Recall and precision of one section (actors, disputes or deals), with what went wrong."""

    recall: Ratio
    precision: Ratio
    missed: tuple[str, ...] = ()
    """Required gold entries (names or labels) that nothing predicted matched."""
    unmatched: tuple[str, ...] = ()
    """Predicted entries (names or titles) that match no required or optional gold entry."""
    near_misses: tuple[str, ...] = ()
    """For missed items that something came close to: a predicted item with the right parties
    but no cue, or with a cue but not the parties. Empty for actors."""


@dataclass(frozen=True, slots=True)
class ClaimScore:
    """Whether what the briefing *says* about what it found is true (our own check, beyond the
    shared rules, read from the optional gold fields ``status``, ``opposed``, ``relevance``,
    ``future`` and ``not_future``). Zero counts where the gold says nothing."""

    statuses: Ratio = Ratio(0, 0)
    """Matched items whose stated status the gold allows / matched items with a stated status
    (not ``unclear``) and a gold ``status`` list."""
    unclear: int = 0
    """Matched items whose status is ``unclear`` although the gold gives one: abstentions."""
    wrong_statuses: tuple[str, ...] = ()
    false_sides: tuple[str, ...] = ()
    """Disputes titled "A vs B" that match only gold items whose groups are not opposed."""
    future: Ratio = Ratio(0, 0)
    """Gold ``future`` cues found in the outlook's signals / gold ``future`` cues."""
    false_signals: tuple[str, ...] = ()
    """Gold ``not_future`` cues (past events, a modal "may") found in a signal."""
    off_topic_claims: int = 0
    """Disputes, deals and signals in a briefing of an article the gold calls off-topic."""
    relevance: tuple[str, str] | None = None
    """(gold, predicted) relevance, when both are known."""
    words: Ratio = Ratio(0, 0)
    """Words of the whole markdown briefing / words of the article."""


@dataclass(frozen=True, slots=True)
class ArticleScore:
    """How one briefing compares with its gold."""

    actors: SectionScore
    disputes: SectionScore
    deals: SectionScore
    noise_hits: tuple[str, ...]
    """The gold ``noise_text`` strings that occur in the briefing's content."""
    grounding: Ratio
    """Evidence quotes found in the article text / all evidence quotes."""
    ungrounded: tuple[str, ...] = ()
    noise_actors: tuple[str, ...] = ()
    """Predicted actors that match a gold noise actor (text that is not the article)."""
    claims: ClaimScore = ClaimScore()


@dataclass(frozen=True, slots=True)
class ArticleResult:
    """One article's row. When the engine failed, ``error`` says why and ``score`` is that of an
    empty briefing (every required entry missed)."""

    gold: Gold
    score: ArticleScore
    error: str | None = None

    @property
    def failed(self) -> bool:
        return self.error is not None


@dataclass(frozen=True, slots=True)
class EvalReport:
    """Every article's row, plus the micro-averaged overall score."""

    articles: tuple[ArticleResult, ...]
    overall: ArticleScore

    @property
    def failures(self) -> int:
        return sum(result.failed for result in self.articles)


# --------------------------------------------------------------------------- scoring


def score_briefing(briefing: BriefingDraft, gold: Gold, article_text: str) -> ArticleScore:
    """Score ``briefing`` against ``gold``; quotes are looked up in ``article_text``."""
    actors = list(briefing.actors)
    quotes = [q.quote for q in iter_evidence(briefing)]
    ungrounded = tuple(q for q in quotes if locate(q, article_text) is None)
    return ArticleScore(
        actors=_score_actors(actors, gold.actors),
        disputes=_score_items(list(briefing.disputes), gold.disputes, actors, gold.actors),
        deals=_score_items(list(briefing.deals), gold.deals, actors, gold.actors),
        noise_hits=_noise_hits(briefing, gold.noise_text),
        grounding=Ratio(len(quotes) - len(ungrounded), len(quotes)),
        ungrounded=ungrounded,
        noise_actors=tuple(
            a.name for a in actors if any(_matches(_actor_names(a), g) for g in gold.actors.noise)
        ),
        claims=_score_claims(briefing, gold, article_text),
    )


def _score_claims(briefing: BriefingDraft, gold: Gold, article_text: str) -> ClaimScore:
    matcher = _ItemMatcher(list(briefing.actors), gold.actors)
    statuses = _StatusTally()
    false_sides: list[str] = []
    sections: list[tuple[Sequence[_Item], GoldItems]] = [
        (briefing.disputes, gold.disputes),
        (briefing.deals, gold.deals),
    ]
    for predicted, golds in sections:
        wanted = (*golds.required, *golds.optional)
        for item in predicted:
            matched = [g for g in wanted if matcher.matches(item, g)]
            statuses.add(item, {s for g in matched for s in g.status})
            if isinstance(item, DisputeDraft) and _wrong_sides(item, matched, matcher):
                false_sides.append(item.title)
    signals = [
        fold(text)
        for signal in briefing.outlook.signals
        for text in _strings(signal.model_dump(mode="json", exclude=_PLACEMENT))
    ]
    relevance = getattr(briefing, "relevance", None)
    return ClaimScore(
        statuses=Ratio(statuses.right, statuses.stated),
        unclear=statuses.unclear,
        wrong_statuses=tuple(statuses.wrong),
        false_sides=tuple(false_sides),
        future=Ratio(sum(_in_any(cue, signals) for cue in gold.future), len(gold.future)),
        false_signals=tuple(cue for cue in gold.not_future if _in_any(cue, signals)),
        off_topic_claims=(
            len(briefing.disputes) + len(briefing.deals) + len(briefing.outlook.signals)
            if gold.relevance == "off_topic"
            else 0
        ),
        relevance=(
            (gold.relevance, str(relevance))
            if gold.relevance is not None and relevance is not None
            else None
        ),
        words=_words(briefing, article_text),
    )


def _wrong_sides(item: DisputeDraft, matched: Sequence[GoldItem], matcher: _ItemMatcher) -> bool:
    """Whether a title that sets sides ("A, B vs C: ...") sets them against what the gold says:
    sides where the gold opposes nobody, or two parties of one gold side set against each other,
    or parties of opposed gold sides put on one side."""
    head = item.title.split(":", 1)[0]
    halves = _VERSUS.split(head)
    known = [g for g in matched if g.opposed is not None]
    if len(halves) != 2 or not known:
        return False
    if not any(g.opposed for g in known):
        return True
    left, right = ([n.strip() for n in half.split(",") if n.strip()] for half in halves)
    for gold in (g for g in known if g.opposed):
        side_of = [
            {i for i, group in enumerate(gold.parties) if matcher.in_group(name, group)}
            for name in (*left, *right)
        ]
        lefts, rights = side_of[: len(left)], side_of[len(left) :]
        across = any(a & b for a in lefts for b in rights)
        within = any(a and b and not a & b for half in (lefts, rights) for a in half for b in half)
        if not across and not within:
            return False
    return True


class _StatusTally:
    """Stated statuses against those the gold allows; ``unclear`` is an abstention."""

    def __init__(self) -> None:
        self.right = self.stated = self.unclear = 0
        self.wrong: list[str] = []

    def add(self, item: _Item, allowed: set[str]) -> None:
        if not allowed:
            return
        if item.status == "unclear":
            self.unclear += 1
            return
        self.stated += 1
        if item.status in allowed:
            self.right += 1
        else:
            self.wrong.append(f"{item.title}: {item.status} (gold: {'/'.join(sorted(allowed))})")


def _in_any(cue: str, texts: Sequence[str]) -> bool:
    folded = fold(cue)
    return any(folded in text for text in texts)


def _words(briefing: BriefingDraft, article_text: str) -> Ratio:
    """The briefing's words, as a reader gets them (the whole markdown), and the article's."""
    if not isinstance(briefing, Briefing):
        return Ratio(0, 0)
    return Ratio(len(render_markdown(briefing).split()), len(article_text.split()))


def _score_actors(predicted: Sequence[ActorDraft], gold: GoldActors) -> SectionScore:
    names = [_actor_names(a) for a in predicted]
    missed = tuple(g.name for g in gold.required if not any(_matches(n, g) for n in names))
    wanted = (*gold.required, *gold.optional)
    unmatched = tuple(
        a.name
        for a, n in zip(predicted, names, strict=True)
        if not any(_matches(n, g) for g in wanted)
    )
    return SectionScore(
        recall=Ratio(len(gold.required) - len(missed), len(gold.required)),
        precision=Ratio(len(predicted) - len(unmatched), len(predicted)),
        missed=missed,
        unmatched=unmatched,
    )


_Item = DisputeDraft | DealDraft
# How a title sets one side against another: "Serbia vs Kosovo: Border".
_VERSUS = re.compile(r"\s(?:vs\.?|v\.|versus)\s", re.IGNORECASE)

# A final Briefing's evidence also carries where each quote was placed; offsets and "exact" are
# not content, so they must not count as text where a cue or a noise string could occur.
_PLACEMENT: dict[str, Any] = {"evidence": {"__all__": {"start", "end", "match"}}}


class _ItemMatcher:
    """Decides which predicted items match which gold items of one section."""

    def __init__(self, actors: Sequence[ActorDraft], gold_actors: GoldActors) -> None:
        self._actor_names = [_actor_names(a) for a in actors]
        self._gold_actors = gold_actors.all

    def resolve(self, party: str) -> frozenset[str]:
        """All names of the predicted actor(s) ``party`` names; just ``party`` if none."""
        key = loose_name_key(party)
        named = [names for names in self._actor_names if key in names]
        return _name_set([party]).union(*named)

    def gold_group(self, group: Sequence[str]) -> list[GoldActor]:
        """The gold actors a ``parties`` group names (by name first, else by alias)."""
        out: list[GoldActor] = []
        for entry in group:
            key = loose_name_key(entry)
            by_name = [g for g in self._gold_actors if loose_name_key(g.name) == key]
            by_alias = [g for g in self._gold_actors if key in _name_set(g.aliases)]
            out.extend(by_name or by_alias or [GoldActor(name=entry, kind="other")])
        return out

    def in_group(self, party: str, group: Sequence[str]) -> bool:
        """Whether the predicted ``party`` is one of the gold actors ``group`` names."""
        names = self.resolve(party)
        return any(_matches(names, actor) for actor in self.gold_group(group))

    def parties_match(self, item: _Item, gold: GoldItem) -> bool:
        resolved = [self.resolve(p) for p in item.parties]
        return all(
            any(_matches(names, actor) for names in resolved for actor in self.gold_group(group))
            for group in gold.parties
        )

    @staticmethod
    def cue_match(item: _Item, gold: GoldItem) -> bool:
        content = item.model_dump(mode="json", exclude={"parties": True, **_PLACEMENT})
        fields = [fold(s) for s in _strings(content)]
        return any(fold(cue) in text for cue in gold.cues for text in fields)

    def matches(self, item: _Item, gold: GoldItem) -> bool:
        return self.cue_match(item, gold) and self.parties_match(item, gold)


def _score_items(
    predicted: Sequence[_Item],
    gold: GoldItems,
    actors: Sequence[ActorDraft],
    gold_actors: GoldActors,
) -> SectionScore:
    matcher = _ItemMatcher(actors, gold_actors)
    missed_items = [g for g in gold.required if not any(matcher.matches(p, g) for p in predicted)]
    wanted = (*gold.required, *gold.optional)
    unmatched = tuple(p.title for p in predicted if not any(matcher.matches(p, g) for g in wanted))
    return SectionScore(
        recall=Ratio(len(gold.required) - len(missed_items), len(gold.required)),
        precision=Ratio(len(predicted) - len(unmatched), len(predicted)),
        missed=tuple(g.label for g in missed_items),
        unmatched=unmatched,
        near_misses=tuple(
            note for g in missed_items if (note := _near_miss(matcher, predicted, g)) is not None
        ),
    )


def _near_miss(matcher: _ItemMatcher, predicted: Sequence[_Item], gold: GoldItem) -> str | None:
    """Why the closest predicted item missed ``gold``, if any came close."""
    for item in predicted:
        if matcher.parties_match(item, gold):
            return f"{gold.label}: {item.title!r} has the parties but none of the cues"
    for item in predicted:
        if matcher.cue_match(item, gold):
            return f"{gold.label}: {item.title!r} has a cue but not the parties"
    return None


def _noise_hits(briefing: BriefingDraft, noise_text: Sequence[str]) -> tuple[str, ...]:
    content = briefing.model_dump(
        mode="json",
        include={"headline", "summary", "actors", "disputes", "deals", "outlook"},
        exclude={
            "actors": {"__all__": _PLACEMENT},
            "disputes": {"__all__": _PLACEMENT},
            "deals": {"__all__": _PLACEMENT},
            "outlook": {"signals": {"__all__": _PLACEMENT}},
        },
    )
    fields = [fold(s) for s in _strings(content)]
    return tuple(t for t in noise_text if any(fold(t) in text for text in fields))


def _strings(value: Any) -> Iterator[str]:
    """Every field of a dumped model as text, one string per field."""
    if isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _strings(item)
    elif isinstance(value, str):
        yield value
    elif value is not None:
        yield str(value)


def _nothing_found(gold: Gold) -> ArticleScore:
    """The score of an empty briefing: what a failed article counts as."""

    def section(required: Sequence[str]) -> SectionScore:
        return SectionScore(Ratio(0, len(required)), Ratio(0, 0), missed=tuple(required))

    return ArticleScore(
        actors=section([a.name for a in gold.actors.required]),
        disputes=section([i.label for i in gold.disputes.required]),
        deals=section([i.label for i in gold.deals.required]),
        noise_hits=(),
        grounding=Ratio(0, 0),
    )


def _combine(results: Sequence[ArticleResult]) -> ArticleScore:
    """Micro-average: sum the counts; details are kept, prefixed with the article's name."""

    def tagged(pick: Callable[[ArticleResult], tuple[str, ...]]) -> tuple[str, ...]:
        return tuple(f"{r.gold.name}: {s}" for r in results for s in pick(r))

    def section(pick: Callable[[ArticleScore], SectionScore]) -> SectionScore:
        return SectionScore(
            recall=sum((pick(r.score).recall for r in results), Ratio(0, 0)),
            precision=sum((pick(r.score).precision for r in results), Ratio(0, 0)),
            missed=tagged(lambda r: pick(r.score).missed),
            unmatched=tagged(lambda r: pick(r.score).unmatched),
            near_misses=tagged(lambda r: pick(r.score).near_misses),
        )

    return ArticleScore(
        actors=section(lambda s: s.actors),
        disputes=section(lambda s: s.disputes),
        deals=section(lambda s: s.deals),
        noise_hits=tagged(lambda r: r.score.noise_hits),
        grounding=sum((r.score.grounding for r in results), Ratio(0, 0)),
        ungrounded=tagged(lambda r: r.score.ungrounded),
        noise_actors=tagged(lambda r: r.score.noise_actors),
        claims=_combine_claims(results),
    )


def _combine_claims(results: Sequence[ArticleResult]) -> ClaimScore:
    scored = [r for r in results if not r.failed]

    def total(pick: Callable[[ClaimScore], Ratio]) -> Ratio:
        return sum((pick(r.score.claims) for r in scored), Ratio(0, 0))

    def tagged(pick: Callable[[ClaimScore], tuple[str, ...]]) -> tuple[str, ...]:
        return tuple(f"{r.gold.name}: {s}" for r in scored for s in pick(r.score.claims))

    return ClaimScore(
        statuses=total(lambda c: c.statuses),
        unclear=sum(r.score.claims.unclear for r in scored),
        wrong_statuses=tagged(lambda c: c.wrong_statuses),
        false_sides=tagged(lambda c: c.false_sides),
        future=total(lambda c: c.future),
        false_signals=tagged(lambda c: c.false_signals),
        off_topic_claims=sum(r.score.claims.off_topic_claims for r in scored),
        words=total(lambda c: c.words),
    )


def evaluate(
    gold_paths: Sequence[Path],
    brief: Callable[[Path], BriefingDraft],
    *,
    on_result: Callable[[ArticleResult], None] | None = None,
) -> EvalReport:
    """Brief every gold file's article with ``brief`` and score it.

    Every gold file and article is loaded before the first call to ``brief``, so a bad gold file
    raises :class:`GoldFileError` before any engine time is spent. An exception raised by
    ``brief`` for one article becomes that article's ``error`` instead of ending the run.
    ``on_result`` is called after each article (for progress display; the library never prints).
    """
    if not gold_paths:
        raise GoldFileError("no gold files to evaluate")
    golds = [load_gold(path) for path in gold_paths]
    texts = [gold.read_article() for gold in golds]
    results: list[ArticleResult] = []
    for gold, text in zip(golds, texts, strict=True):
        try:
            briefing = brief(gold.article_path)
        except Exception as exc:  # any failure of the engine is this article's result
            result = ArticleResult(gold, _nothing_found(gold), _describe(exc))
        else:
            result = ArticleResult(gold, score_briefing(briefing, gold, text))
        results.append(result)
        if on_result is not None:
            on_result(result)
    return EvalReport(articles=tuple(results), overall=_combine(results))


def _describe(exc: Exception) -> str:
    # Our own errors are already worded for users; anything else needs its type to make sense.
    text = _one_line(str(exc))
    if isinstance(exc, SummarizerError):
        return text
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


# --------------------------------------------------------------------------- output

_COLUMNS = (
    "article", "actor R", "actor P", "dispute R", "dispute P", "deal R", "deal P", "noise",
    "grounded",
)  # fmt: skip


def _cells(score: ArticleScore) -> list[str]:
    return [
        *(
            f"{ratio.value:.2f}"
            for section in (score.actors, score.disputes, score.deals)
            for ratio in (section.recall, section.precision)
        ),
        str(len(score.noise_hits)),
        str(score.grounding),
    ]


def format_report(report: EvalReport, *, details: bool = False) -> str:
    """A plain-text table: one row per article and a micro-averaged ``overall`` row.

    A failed article shows ``-`` in every column; its error is listed under the table. With
    ``details``, what each article missed or got wrong is listed too. The text ends with a
    newline, ready to be written out as is.
    """
    rows = [
        [r.gold.name, *(["-"] * (len(_COLUMNS) - 1) if r.failed else _cells(r.score))]
        for r in report.articles
    ]
    rows.append(["overall", *_cells(report.overall)])
    table = [list(_COLUMNS), *rows]
    widths = [max(len(row[i]) for row in table) for i in range(len(_COLUMNS))]
    lines = [
        "  ".join(
            cell.ljust(width) if i == 0 else cell.rjust(width)
            for i, (cell, width) in enumerate(zip(row, widths, strict=True))
        ).rstrip()
        for row in table
    ]
    lines.insert(len(report.articles) + 1, "-" * len(lines[0]))
    failed = report.failures
    lines.append(
        f"overall: micro-averaged over {len(report.articles)} article"
        f"{'s' if len(report.articles) != 1 else ''}"
        + (f"; {failed} failed and count as empty briefings" if failed else "")
    )
    for result in report.articles:
        if result.failed:
            lines.append(f"failed: {result.gold.name}: {result.error}")
    if any(_claims_checked(r.gold) for r in report.articles):
        lines.extend(_claims_table(report))
    if details:
        for result in report.articles:
            if not result.failed:
                lines.extend(_detail_lines(result))
    return "\n".join(lines) + "\n"


_CLAIM_COLUMNS = (
    "article", "status ok", "unclear", "false vs", "future", "false signals", "off-topic",
    "relevance", "words",
)  # fmt: skip


def _claims_checked(gold: Gold) -> bool:
    """Whether the gold carries any of the optional fields the claims check reads."""
    items = (*gold.disputes.required, *gold.disputes.optional, *gold.deals.required)
    return bool(
        gold.relevance
        or gold.future
        or gold.not_future
        or any(i.status or i.opposed is not None for i in (*items, *gold.deals.optional))
    )


def _claim_cells(claims: ClaimScore) -> list[str]:
    relevance = "-" if claims.relevance is None else "/".join(claims.relevance)
    ratio = claims.words
    return [
        f"{claims.statuses} {claims.statuses.value:.2f}",
        str(claims.unclear),
        str(len(claims.false_sides)),
        str(claims.future),
        str(len(claims.false_signals)),
        str(claims.off_topic_claims),
        relevance,
        f"{ratio.hit / ratio.total:.2f}" if ratio.total else "-",
    ]


def _claims_table(report: EvalReport) -> list[str]:
    """The claims check (our own, beyond the shared rules): is what was found said truly?"""
    rows = [[r.gold.name, *_claim_cells(r.score.claims)] for r in report.articles if not r.failed]
    rows.append(["overall", *_claim_cells(report.overall.claims)])
    table = [list(_CLAIM_COLUMNS), *rows]
    widths = [max(len(row[i]) for row in table) for i in range(len(_CLAIM_COLUMNS))]
    lines = [
        "  ".join(
            cell.ljust(width) if i == 0 else cell.rjust(width)
            for i, (cell, width) in enumerate(zip(row, widths, strict=True))
        ).rstrip()
        for row in table
    ]
    lines.insert(len(rows), "-" * len(lines[0]))
    return [
        "",
        "claims: statuses the gold allows; 'false vs' = disputes titled A vs B whose sides the "
        "gold does not oppose; future cues caught by signals; signals about the past or a modal; "
        "disputes, deals and signals of off-topic articles; briefing words / article words",
        *lines,
    ]


def _detail_lines(result: ArticleResult) -> list[str]:
    score = result.score
    entries = [
        ("missed actors", score.actors.missed),
        ("unmatched actors", score.actors.unmatched),
        ("noise actors", score.noise_actors),
        ("missed disputes", score.disputes.missed),
        ("unmatched disputes", score.disputes.unmatched),
        ("near-miss disputes", score.disputes.near_misses),
        ("missed deals", score.deals.missed),
        ("unmatched deals", score.deals.unmatched),
        ("near-miss deals", score.deals.near_misses),
        ("noise text", score.noise_hits),
        ("ungrounded quotes", score.ungrounded),
        ("wrong statuses", score.claims.wrong_statuses),
        ("false sides", score.claims.false_sides),
        ("signals that are not about the future", score.claims.false_signals),
    ]
    lines = [f"\n{result.gold.name}:"]
    for title, values in entries:
        lines.extend(f"  {title}: {value}" for value in values)
    if len(lines) == 1:
        lines.append("  nothing missed")
    return lines


def _ratio_dict(ratio: Ratio) -> dict[str, Any]:
    return {"value": round(ratio.value, 4), "hit": ratio.hit, "total": ratio.total}


def _section_dict(section: SectionScore) -> dict[str, Any]:
    return {
        "recall": _ratio_dict(section.recall),
        "precision": _ratio_dict(section.precision),
        "missed": list(section.missed),
        "unmatched": list(section.unmatched),
        "near_misses": list(section.near_misses),
    }


def _score_dict(score: ArticleScore) -> dict[str, Any]:
    return {
        "actors": _section_dict(score.actors),
        "disputes": _section_dict(score.disputes),
        "deals": _section_dict(score.deals),
        "noise_hits": list(score.noise_hits),
        "noise_actors": list(score.noise_actors),
        "grounding": _ratio_dict(score.grounding),
        "ungrounded": list(score.ungrounded),
        "claims": _claims_dict(score.claims),
    }


def _claims_dict(claims: ClaimScore) -> dict[str, Any]:
    return {
        "statuses": _ratio_dict(claims.statuses),
        "unclear": claims.unclear,
        "wrong_statuses": list(claims.wrong_statuses),
        "false_sides": list(claims.false_sides),
        "future": _ratio_dict(claims.future),
        "false_signals": list(claims.false_signals),
        "off_topic_claims": claims.off_topic_claims,
        "relevance": list(claims.relevance) if claims.relevance else None,
        "words": {"briefing": claims.words.hit, "article": claims.words.total},
    }


def report_to_dict(report: EvalReport) -> dict[str, Any]:
    """The report as JSON-ready data (``summarizer eval --format json``)."""
    return {
        "articles": [
            {
                "name": r.gold.name,
                "gold": str(r.gold.path),
                "article": str(r.gold.article_path),
                "error": r.error,
                **_score_dict(r.score),
            }
            for r in report.articles
        ],
        "overall": {
            "articles": len(report.articles),
            "failed": report.failures,
            "averaging": "micro",
            **_score_dict(report.overall),
        },
    }
