"""Cross-article actor merging: one digest actor per real-world actor.

Every actor of every briefing is a *mention*. Mentions become digest actors in these steps,
each deterministic (mentions are visited in article order, ties broken by text) and each
merge recorded with its reason:

1. **States by ISO code.** A mention of kind ``state`` with a country code, or of kind
   ``state``/``other`` whose name is a state's name, alias, demonym or capital (the country
   resolver, :mod:`summarizer._text._countries`), joins the state with that code: "Moscow",
   "Russian Federation" and "Russia" are one actor, "Russia".
2. **Same name.** Other mentions whose names are equal after normalising (accents, case,
   punctuation, a leading "the", hyphens; for people also titles such as "President" or "Mr")
   form one *name group*, unless they carry two different countries (two countries' "Foreign
   Ministry" stay apart; one without a country between them is ambiguous and stays apart too).
3. **Spelling.** Two name groups with the same number of words, where every word that differs
   is a plausible typo of the other (same first letter, one edit from 6 letters, two from 12:
   :func:`summarizer._text._names.is_typo_of`) and the whole names are at least
   ``SIMILARITY`` (0.9) alike by difflib ratio, are one actor ("Vladamir Putin" ~ "Vladimir
   Putin": 0.93). For people, two differing words that are both known given names ("John" and
   "Joan") are two people, never a typo.
4. **Short forms.** A name group is joined to the one actor that claims its name: by listing
   it as an alias, as the surname of a person ("Abe" -> "Shinzo Abe"; a leading family name
   too, "Xi" -> "Xi Jinping"), or as the initials of an organisation ("NATO"). When two
   different actors claim the same short form ("Miliband" with both "Ed Miliband" and "David
   Miliband" in the week) the short form is ambiguous: it stays a separate actor and the
   digest says why.

Kinds must agree for steps 3 and 4 (a person never merges with an organisation; ``other`` goes
with anything), and two different known countries never merge, not even through a third
mention without a country. Short forms are matched against the clusters of steps 2 and 3 all
at once, so the order of the week's articles cannot decide what a short form joins.

A merged actor is named by its state's short name (the resolver's) or else by the best of
its mentions' names: for people, a full name over a bare surname, a name without a title over
one with, a known given name over its typo ("Vladimir" over "Vladamir"), then the name most
articles used; for others the name most articles used, then the longer. Its kind and country
are those most of its mentions give; its aliases are every other spelling the articles used,
its roles every distinct role, its articles every article that mentions it (oldest first).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from summarizer._briefing._models import Actor
from summarizer._digest._common import Article, UnionFind, most_common, quoted
from summarizer._digest._models import DigestActor, MergeNote
from summarizer._lexicon import lexicon
from summarizer._text._countries import countries, country_code, country_name, country_place
from summarizer._text._keys import merge_key, name_key, strip_accents
from summarizer._text._names import SIMILARITY, is_typo_of, name_similarity

KIND_PREFERENCE = ("person", "state", "organization", "company", "armed_group", "other")
_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})


# --------------------------------------------------------------------------- reference data


@dataclass(frozen=True, slots=True)
class _Reference:
    titles: tuple[tuple[str, ...], ...]
    demonyms: frozenset[str]
    given: frozenset[str]
    family_first: frozenset[str]


@lru_cache(maxsize=1)
def _reference() -> _Reference:
    lex = lexicon("en")
    words = [*lex.titles.titles, *lex.titles.honorifics]
    titles = {tuple(merge_key(w).split()) for w in words if merge_key(w)}
    names = lex.first_names
    places = countries().places
    return _Reference(
        titles=tuple(sorted(titles, key=lambda t: (-len(t), t))),
        demonyms=frozenset(k for k, p in places.items() if p.how == "demonym" and " " not in k),
        given=frozenset(merge_key(n) for n in names.given),
        family_first=frozenset(merge_key(n) for n in names.family_first),
    )


def _state_of(actor: Actor) -> tuple[str, str] | None:
    """(ISO code, how the name names it) when ``actor`` is a state, else None."""
    if actor.kind not in ("state", "other"):
        return None
    # The name first: a model that calls "Ukraine" a state of country "RUS" slipped on the
    # code, not on the name.
    place = country_place(actor.name)
    if place is not None:
        return place.code, place.how
    if actor.kind == "state" and actor.country:
        return actor.country, "code"
    if actor.kind == "state":
        code = country_code(actor.name)
        return (code, "name") if code is not None else None
    return None


def _strip_titles(tokens: list[str]) -> list[str]:
    """``["russian", "president", "vladimir", "putin"]`` -> ``["vladimir", "putin"]``."""
    ref = _reference()
    changed = True
    while changed and len(tokens) > 1:
        changed = False
        start = 1 if tokens[0] in ref.demonyms else 0
        for title in ref.titles:
            end = start + len(title)
            if tuple(tokens[start:end]) == title and len(tokens) > end:
                tokens = tokens[end:]
                changed = True
                break
    return tokens


def person_key(name: str) -> str:
    """The key of a person's name: :func:`merge_key` without leading titles."""
    return " ".join(_strip_titles(merge_key(name).split()))


def _group_key(name: str, kind: str) -> str:
    """The key a mention's name groups under: :func:`person_key` or :func:`merge_key`, or
    for a name of punctuation only (which those reduce to nothing) its :func:`name_key`."""
    key = person_key(name) if kind == "person" else merge_key(name)
    return key or name_key(name)


def _surnames(tokens: tuple[str, ...]) -> frozenset[str]:
    core = list(tokens)
    while len(core) > 2 and core[-1] in _SUFFIXES:
        core.pop()
    if len(core) < 2:
        return frozenset()
    out = {core[-1]}
    if core[0] in _reference().family_first:
        out.add(core[0])
    return frozenset(out)


def _initials(tokens: tuple[str, ...]) -> str:
    skip = {"of", "the", "and", "for", "on", "in", "de", "du", "des", "la", "le", "&"}
    return "".join(t[0] for t in tokens if t not in skip)


# --------------------------------------------------------------------------- mentions


@dataclass(frozen=True, slots=True)
class Mention:
    article: Article
    index: int
    actor: Actor


@dataclass(slots=True)
class _Group:
    """Mentions with one name key: the unit the merge steps join."""

    number: int
    key: str
    mentions: list[Mention]
    country: str | None
    kind: str
    display: str
    tokens: tuple[str, ...]
    alias_keys: frozenset[str]
    acronym: bool

    @property
    def person(self) -> bool:
        return self.kind == "person"


def _group(number: int, key: str, mentions: list[Mention]) -> _Group:
    kinds = [m.actor.kind for m in mentions]
    kind = most_common(kinds, prefer=KIND_PREFERENCE) or "other"
    countries = [m.actor.country for m in mentions if m.actor.country]
    displays = [m.actor.name for m in mentions]
    aliases = {_group_key(alias, m.actor.kind) for m in mentions for alias in m.actor.aliases}
    alias_keys = aliases - {key, ""}
    display = most_common(displays) or key
    letters = [c for c in display if c.isalpha()]
    return _Group(
        number=number,
        key=key,
        mentions=mentions,
        country=most_common(countries, prefer=sorted(set(countries))),
        kind=kind,
        display=display,
        tokens=tuple(key.split()),
        alias_keys=frozenset(alias_keys),
        acronym=len(letters) >= 2 and all(c.isupper() for c in letters) and " " not in key,
    )


def _compatible(a: _Group, b: _Group) -> bool:
    if a.country and b.country and a.country != b.country:
        return False
    return a.person == b.person or "other" in (a.kind, b.kind)


def _typo_score(a: _Group, b: _Group) -> float | None:
    """The difflib ratio of two spellings of one name, or None if they are not one name."""
    if a.key == b.key or len(a.tokens) != len(b.tokens) or min(len(a.key), len(b.key)) <= 4:
        return None  # one key in two groups: kept apart on purpose (two countries)
    given = _reference().given
    for x, y in zip(a.tokens, b.tokens, strict=True):
        if x == y:
            continue
        if not is_typo_of(x, y):
            return None
        if (a.person or b.person) and x in given and y in given:
            return None  # "John Smith" and "Joan Smith" are two people
    if any(c.isdigit() for c in a.key + b.key) and a.key != b.key:
        return None  # "G7"/"G8", "Resolution 2231"/"2232" differ on purpose
    ratio = name_similarity(a.key, b.key)
    return ratio if ratio >= SIMILARITY else None


@dataclass(frozen=True, slots=True)
class _Link:
    a: int  # the group that was attached
    b: int  # the group it was attached to
    rule: str
    score: float | None = None


# --------------------------------------------------------------------------- result


@dataclass(slots=True)
class ActorMerge:
    """The digest actors, the notes on how they were formed, and the way back from mentions."""

    actors: list[DigestActor]
    notes: list[MergeNote]
    by_mention: dict[tuple[str, int], int]
    by_key: dict[str, int] = field(default_factory=dict)
    _briefing_names: dict[str, dict[str, int]] = field(default_factory=dict)

    def resolve(self, article: Article, party: str) -> str:
        """The digest actor name a party of one article's dispute or deal refers to.

        Through the article's own actor list first (a party is a listed actor's name or
        alias), then by name across the digest; a party that names nothing stays as written.
        """
        names = self._briefing_names.get(article.id)
        if names is None:
            names = {}
            for index, actor in enumerate(article.briefing.actors):
                for name in (actor.name, *actor.aliases):
                    names.setdefault(name_key(name), index)
            self._briefing_names[article.id] = names
        position = names.get(name_key(party))
        if position is not None:
            found = self.by_mention.get((article.id, position))
            if found is not None:
                return self.actors[found].name
        found = self.by_key.get(merge_key(party))
        if found is None:
            found = self.by_key.get(person_key(party))
        return self.actors[found].name if found is not None else party


def merge_actors(articles: Sequence[Article]) -> ActorMerge:
    """Merge the actors of ``articles`` (already in article order) into digest actors."""
    states: dict[str, list[tuple[Mention, str]]] = {}
    others: list[Mention] = []
    for article in articles:
        for index, actor in enumerate(article.briefing.actors):
            mention = Mention(article, index, actor)
            state = _state_of(actor)
            if state is None:
                others.append(mention)
            else:
                states.setdefault(state[0], []).append((mention, state[1]))

    notes: list[MergeNote] = []
    clusters: list[tuple[list[Mention], str, str | None]] = []  # mentions, name, state code
    for iso in sorted(states):
        placed = states[iso]
        canonical = country_name(iso) or most_common(m.actor.name for m, _ in placed) or iso
        clusters.append(([m for m, _ in placed], canonical, iso))
        notes.extend(_state_notes(iso, canonical, placed))

    groups, split_notes = _name_groups(others)
    notes.extend(split_notes)
    uf = _Clusters(groups)
    links = _spelling_links(groups, uf)
    short_links, ambiguous = _short_form_links(groups, uf)
    links.extend(link for link in short_links if uf.join(link.a, link.b))

    canonical_of: dict[int, str] = {}
    for members in uf.groups():
        mentions = sorted(
            (m for g in members for m in groups[g].mentions),
            key=lambda m: (m.article.order, m.index),
        )
        canonical = _canonical(mentions)
        root = uf.find(members[0])
        canonical_of[root] = canonical
        clusters.append((mentions, canonical, None))
        for g in members:
            notes.extend(_variant_notes(groups[g], canonical))
    for link in links:
        a, b = groups[link.a], groups[link.b]
        notes.append(_link_note(link, a, b, canonical_of[uf.find(link.a)]))
    for g, roots in ambiguous:
        candidates = sorted(
            {canonical_of[uf.find(r)] for r in roots}, key=lambda n: (merge_key(n), n)
        )
        group = groups[g]
        notes.append(
            MergeNote(
                section="actor",
                name=group.display,
                into=None,
                rule="ambiguous",
                reason=f"{quoted(group.display)} not merged: could be "
                + " or ".join(quoted(c) for c in candidates),
            )
        )
    return _result(clusters, notes)


def _name_groups(mentions: list[Mention]) -> tuple[list[_Group], list[MergeNote]]:
    buckets: dict[str, list[Mention]] = {}
    for mention in mentions:
        buckets.setdefault(_group_key(mention.actor.name, mention.actor.kind), []).append(mention)
    parts: list[tuple[str, list[Mention]]] = []
    notes: list[MergeNote] = []
    for key in sorted(buckets):
        bucket = buckets[key]
        countries = sorted({m.actor.country for m in bucket if m.actor.country})
        if len(countries) <= 1:
            parts.append((key, bucket))
            continue
        for country in countries:
            parts.append((key, [m for m in bucket if m.actor.country == country]))
        unplaced = [m for m in bucket if not m.actor.country]
        if unplaced:
            parts.append((key, unplaced))
            name = most_common(m.actor.name for m in unplaced) or key
            notes.append(
                MergeNote(
                    section="actor",
                    name=name,
                    into=None,
                    rule="ambiguous",
                    reason=f"{quoted(name)} without a country not merged: the name is used "
                    f"for actors of {', '.join(countries)}",
                )
            )
    return [_group(i, key, members) for i, (key, members) in enumerate(parts)], notes


class _Clusters(UnionFind):
    """Union-find over name groups that never puts two different countries in one set."""

    def __init__(self, groups: list[_Group]) -> None:
        super().__init__(len(groups))
        self.country = [g.country for g in groups]

    def allows(self, a: int, b: int) -> bool:
        ca, cb = self.country[self.find(a)], self.country[self.find(b)]
        return not (ca and cb and ca != cb)

    def join(self, a: int, b: int) -> bool:
        if not self.allows(a, b):
            return False
        country = self.country[self.find(a)] or self.country[self.find(b)]
        if not self.union(a, b):
            return False
        self.country[self.find(a)] = country
        return True


def _spelling_links(groups: list[_Group], uf: _Clusters) -> list[_Link]:
    buckets: dict[tuple[bool, int, str], list[_Group]] = {}
    for group in groups:
        if len(group.key) > 4:
            buckets.setdefault((group.person, len(group.tokens), group.key[0]), []).append(group)
    links: list[_Link] = []
    for bucket in buckets.values():
        for i, a in enumerate(bucket):
            for b in bucket[i + 1 :]:
                if abs(len(a.key) - len(b.key)) > 4 or not _compatible(a, b):
                    continue
                score = _typo_score(a, b)
                if score is not None and uf.join(a.number, b.number):
                    links.append(_Link(b.number, a.number, "spelling", round(score, 2)))
    return links


def _short_form_links(
    groups: list[_Group], uf: _Clusters
) -> tuple[list[_Link], list[tuple[int, frozenset[int]]]]:
    """Links from a name to the one actor that claims it; names claimed by several actors."""
    by_alias: dict[str, list[_Group]] = {}
    by_surname: dict[str, list[_Group]] = {}
    by_initials: dict[str, list[_Group]] = {}
    for group in groups:
        for alias in group.alias_keys:
            by_alias.setdefault(alias, []).append(group)
        if group.person:
            for surname in _surnames(group.tokens):
                by_surname.setdefault(surname, []).append(group)
        elif len(group.tokens) >= 3:
            by_initials.setdefault(_initials(group.tokens), []).append(group)
    links: list[_Link] = []
    ambiguous: list[tuple[int, frozenset[int]]] = []
    for group in groups:
        claims: list[tuple[_Group, str]] = [(g, "alias") for g in by_alias.get(group.key, [])]
        if len(group.tokens) == 1 and group.kind in ("person", "other"):
            claims += [(g, "surname") for g in by_surname.get(group.key, [])]
        if group.acronym and not group.person:
            claims += [(g, "acronym") for g in by_initials.get(group.key, [])]
        own = uf.find(group.number)
        claims = [
            (g, rule)
            for g, rule in claims
            if g.number != group.number
            and uf.find(g.number) != own
            and _compatible(group, g)
            and uf.allows(group.number, g.number)
        ]
        roots = frozenset(uf.find(g.number) for g, _ in claims)
        if len(roots) == 1:
            # Surname first: it is the reason a reader expects for "Abe" -> "Shinzo Abe".
            rules = {rule for _, rule in claims}
            rule = next(r for r in ("surname", "alias", "acronym") if r in rules)
            target = min(g.number for g, r in claims if r == rule)
            links.append(_Link(group.number, target, rule))
        elif len(roots) > 1:
            ambiguous.append((group.number, roots))
    return links, ambiguous


def _canonical(mentions: list[Mention]) -> str:
    """The name a merged actor goes by (mentions are in article order)."""
    ref = _reference()
    person = most_common((m.actor.kind for m in mentions), prefer=KIND_PREFERENCE) == "person"
    articles: dict[str, set[str]] = {}
    for mention in mentions:
        articles.setdefault(mention.actor.name, set()).add(mention.article.id)

    def rank(name: str) -> tuple[int, int, int, int, int, str]:
        key = merge_key(name)
        stripped = person_key(name)
        tokens = stripped.split()
        if person:
            # A full name over a bare surname however often the surname was used; a name
            # without a title over one with; a known given name over its typo, however
            # often the typo was used.
            return (
                int(stripped != key),
                -int(len(tokens) >= 2),
                -sum(t in ref.given for t in tokens),
                -len(articles[name]),
                0,
                name,
            )
        return (0, 0, -len(articles[name]), -len(tokens), -len(name), name)

    return min(articles, key=rank)


def _result(
    clusters: list[tuple[list[Mention], str, str | None]], notes: list[MergeNote]
) -> ActorMerge:
    built: list[tuple[DigestActor, list[Mention]]] = []
    for mentions, canonical, iso in clusters:
        kinds = [m.actor.kind for m in mentions]
        countries = [m.actor.country for m in mentions if m.actor.country]
        kind: str | None
        country: str | None
        if iso is not None:
            kind, country = "state", iso
        else:
            kind = most_common(kinds, prefer=KIND_PREFERENCE)
            country = most_common(countries, prefer=sorted(set(countries)))
        names = {n for m in mentions for n in (m.actor.name, *m.actor.aliases) if n}
        roles: dict[str, str] = {}
        for mention in mentions:
            if mention.actor.role:
                roles.setdefault(merge_key(mention.actor.role), mention.actor.role)
        actor = DigestActor(
            name=canonical,
            kind=kind or "other",
            country=country,
            aliases=sorted(names - {canonical}, key=lambda n: (merge_key(n), n)),
            articles=list(dict.fromkeys(m.article.id for m in mentions)),
            roles=list(roles.values()),
        )
        built.append((actor, mentions))
    built.sort(key=lambda item: (-len(item[0].articles), merge_key(item[0].name), item[0].name))

    by_mention: dict[tuple[str, int], int] = {}
    claims: dict[str, set[int]] = {}
    for number, (actor, mentions) in enumerate(built):
        for mention in mentions:
            by_mention[(mention.article.id, mention.index)] = number
        for name in (actor.name, *actor.aliases):
            claims.setdefault(merge_key(name), set()).add(number)
    by_key = {key: next(iter(owners)) for key, owners in claims.items() if len(owners) == 1}
    unique = {(n.section, n.name, n.into, n.rule, n.reason): n for n in notes}
    ordered = sorted(
        unique.values(), key=lambda n: (n.into is None, merge_key(n.into or ""), n.name, n.reason)
    )
    return ActorMerge([a for a, _ in built], ordered, by_mention, by_key)


# --------------------------------------------------------------------------- explanations


def _state_notes(iso: str, canonical: str, members: list[tuple[Mention, str]]) -> list[MergeNote]:
    aliases = {
        merge_key(alias)
        for mention, _ in members
        if merge_key(mention.actor.name) == merge_key(canonical)
        for alias in mention.actor.aliases
    }
    notes: list[MergeNote] = []
    seen: set[str] = set()
    for mention, how in members:
        name = mention.actor.name
        if name == canonical or name in seen:
            continue
        seen.add(name)
        why = f"same country code {iso}" if how == "code" else f"{how} of {iso}"
        if merge_key(name) in aliases:
            why += f", also listed as an alias of {quoted(canonical)}"
        notes.append(
            MergeNote(
                section="actor",
                name=name,
                into=canonical,
                rule=f"state {how}",
                reason=f"{quoted(name)} -> {quoted(canonical)}: {why}",
            )
        )
    return notes


def _variant_notes(group: _Group, canonical: str) -> list[MergeNote]:
    """Why the spellings inside one name group are one name."""
    names = list(dict.fromkeys(m.actor.name for m in group.mentions))
    other = canonical if canonical in names else group.display
    notes: list[MergeNote] = []
    for name in names:
        if name == other:
            continue
        if merge_key(name) != merge_key(other):
            why = "same name without the title"
        elif name.casefold() == other.casefold():
            why = "same name in other letter case"
        elif strip_accents(name).casefold() == strip_accents(other).casefold():
            why = "same name without accents"
        else:
            why = "same name once punctuation is ignored"
        notes.append(
            MergeNote(
                section="actor",
                name=name,
                into=canonical,
                rule="same name",
                reason=f"{quoted(name)} = {quoted(other)}: {why}",
            )
        )
    return notes


def _link_note(link: _Link, a: _Group, b: _Group, canonical: str) -> MergeNote:
    if link.rule == "spelling":
        if a.display == canonical:
            a, b = b, a  # the spelling kept goes second: "'Vladamir' ~ 'Vladimir'"
        reason = f"{quoted(a.display)} ~ {quoted(b.display)}: spelling {link.score:.2f}"
    elif link.rule == "surname":
        reason = f"{quoted(a.display)} -> {quoted(canonical)}: surname of a person"
    elif link.rule == "acronym":
        reason = f"{quoted(a.display)} -> {quoted(canonical)}: initials of the name"
    else:
        count = len({m.article.id for m in b.mentions if _lists(m, a.key)})
        where = f"{count} article{'s' if count != 1 else ''}"
        reason = f"{quoted(a.display)} -> {quoted(canonical)}: listed as an alias of "
        reason += f"{quoted(b.display)} in {where}"
    return MergeNote(
        section="actor",
        name=a.display,
        into=canonical,
        rule=link.rule,
        score=link.score,
        reason=reason,
    )


def _lists(mention: Mention, key: str) -> bool:
    return any(_group_key(alias, mention.actor.kind) == key for alias in mention.actor.aliases)
