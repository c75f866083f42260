"""Every name the engine knows, and the entity each one stands for.

States come from the country resolver (:mod:`summarizer._text._countries`: the lexicon's
short names, demonyms, capitals and metonyms such as "Kremlin", then ISO 3166-1's official and
common names); organisations, companies, armed groups, regions and well-known people from the
lexicon's other lists (:mod:`summarizer._lexicon`). A surface form maps to one entity; lookups
are by :func:`summarizer._text._keys.name_key` (case folded, curly apostrophes straightened).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from summarizer._lexicon import lexicon
from summarizer._lexicon._types import KnownName
from summarizer._text._countries import CountryTable, countries
from summarizer._text._keys import name_key
from summarizer._text._names import is_typo_of


@dataclass(frozen=True, slots=True)
class Entity:
    key: str
    name: str
    kind: str
    country: str | None = None


@dataclass(frozen=True, slots=True)
class Form:
    """One way of writing an entity, and what sort of form it is."""

    entity: Entity
    text: str
    how: str  # "name", "alias", "former", "demonym", "capital", "prefix"
    acronym: bool  # all capitals: must be written so ("WHO" the agency, "who" the pronoun)
    cased: bool = False
    """A short form in mixed case ("LeT"): written so, or it is the word ("Let us...")."""


def _is_cased(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) <= 4 and any(c.isupper() for c in letters[1:])


def _is_acronym(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters) and " " not in text


@dataclass(slots=True)
class Gazetteer:
    forms: dict[str, Form] = field(default_factory=dict)
    max_tokens: int = 1
    # Fuzzy candidates by first letter: typos of long names only (see _text._names.max_typos).
    by_initial: dict[str, list[tuple[str, Form]]] = field(default_factory=dict)
    _fuzzy_memo: dict[str, Form | None] = field(default_factory=dict)
    # The words of the known names of more than one word: a misspelt name of several words
    # keeps one of them as the name writes it ("Vladamir Putin"); a run with none is no typo
    # of a known name, and need not be compared with every one.
    name_words: set[str] = field(default_factory=set)
    # Known people by family name, for a bare "Putin" in a text that never gives the full name.
    surnames: dict[str, list[Entity]] = field(default_factory=dict)
    # The first demonym of each state, to name what it owns ("Russia's Ministry" -> "Russian").
    demonyms: dict[str, str] = field(default_factory=dict)
    # Words that come right before "and"/"&" inside a known name ("Bosnia and Herzegovina",
    # "Mitsui & Co."): only there may a capitalised sequence run across "and".
    and_heads: set[str] = field(default_factory=set)
    # Descriptions that stand for a listed body when the text also names it ("the UN nuclear
    # watchdog" for the IAEA), by entity key.
    descriptions: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def add(self, entity: Entity, text: str, how: str) -> None:
        key = name_key(text)
        if how == "demonym":
            self.demonyms.setdefault(entity.key, text)
        if not key or key in self.forms:
            return  # the first list to claim a form keeps it (countries before companies)
        acronym = _is_acronym(text)
        form = Form(entity, text, how, acronym, not acronym and _is_cased(text))
        words = key.split()
        for i, word in enumerate(words[1:], 1):
            if word in ("and", "&"):
                self.and_heads.add(words[i - 1])
        self.forms[key] = form
        self.max_tokens = max(self.max_tokens, key.count(" ") + 1)
        if len(key) >= 6 and not form.acronym:
            self.by_initial.setdefault(key[0], []).append((key, form))
            if len(words) > 1:
                self.name_words.update(words)

    def get(self, text: str, *, all_caps: bool = False, key: str | None = None) -> Form | None:
        form = self.forms.get(name_key(text) if key is None else key)
        if form is None:
            return None
        if form.acronym:
            if all_caps:
                # In a text written in capitals every word looks like an acronym: only long
                # or dotted ones are safe ("NATO", "U.S."), not "US" or "WHO".
                if len(form.text.replace(".", "")) < 4 and "." not in form.text:
                    return None
            elif text.replace("’", "'") != form.text:
                return None
        elif form.cased and not all_caps and text.replace("’", "'") != form.text:
            return None
        return form

    def fuzzy(self, text: str) -> Form | None:
        """The known form ``text`` is a typo of, if any (results are memoised: names recur)."""
        key = name_key(text)
        if len(key) < 6:
            return None
        if key in self._fuzzy_memo:
            return self._fuzzy_memo[key]
        best: Form | None = None
        for form_key, form in self.by_initial.get(key[0], ()):
            close = abs(len(form_key) - len(key)) <= 2 and is_typo_of(key, form_key)
            if close and (best is None or (form.how == "name" and best.how != "name")):
                best = form
        if len(self._fuzzy_memo) > 50_000:
            self._fuzzy_memo.clear()  # bounded: a long batch of odd names must not grow it
        self._fuzzy_memo[key] = best
        return best


def _countries(gaz: Gazetteer, table: CountryTable) -> None:
    entities: dict[str, Entity] = {}
    for country in table.listed:
        entity = Entity(f"state:{country.code}", country.name, "state", country.code)
        entities[country.code] = entity
        gaz.add(entity, country.name, "name")
        for alias in country.aliases:
            gaz.add(entity, alias, "alias")
        for demonym in country.demonyms:
            gaz.add(entity, demonym, "demonym")
        for capital in country.capitals:
            gaz.add(entity, capital, "capital")
        for prefix in country.prefixes:
            gaz.add(entity, prefix, "prefix")
    # Then ISO's own names, after every form of the lexicon: those claim a form first.
    for country in table.catalogue:
        if country.territory:
            continue  # "Western Sahara": a territory (regions.json), not a state
        entity = entities.get(country.code) or Entity(
            f"state:{country.code}", country.name, "state", country.code
        )
        entities[country.code] = entity
        for value in country.iso_names:
            # "Korea, Republic of" and "Bolivia (Plurinational State of)" are catalogue
            # forms no article writes.
            if not any(c in value for c in ",()"):
                gaz.add(entity, value, "name" if value == entity.name else "alias")


def _listed(
    gaz: Gazetteer, entries: tuple[KnownName, ...], kind: str, prefix: str, valid: set[str]
) -> Iterable[Entity]:
    for entry in entries:
        country = entry.country
        if entry.governed:
            # "Tiraspol rejected Chisinau's offer": a territory's own government acts, a side
            # apart from the state it lies in.
            entity = Entity(f"{prefix}:{entry.name}", entry.name, "organization", None)
        else:
            entity = Entity(
                f"{prefix}:{entry.name}", entry.name, kind, country if country in valid else None
            )
        gaz.add(entity, entry.name, "name")
        for alias in entry.aliases:
            gaz.add(entity, alias, "alias")
        for name in entry.former:
            gaz.add(entity, name, "former")
        if entry.descriptions:
            gaz.descriptions[entity.key] = entry.descriptions
        yield entity


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    lex = lexicon("en")
    table = countries()
    # The codes a known name's country may have: ISO 3166-1's and the lexicon's user-assigned
    # ones (Kosovo's "XKX", which ties Kosovo's people and bodies to Kosovo).
    valid = set(table.codes)
    gaz = Gazetteer()
    _countries(gaz, table)
    for entries, kind, prefix in (
        (lex.organizations, "organization", "org"),
        (lex.armed_groups, "armed_group", "armed"),
        (lex.companies, "company", "company"),
        (lex.regions, "other", "region"),
    ):
        for _ in _listed(gaz, entries, kind, prefix, valid):
            pass
    for person in _listed(gaz, lex.people, "person", "person", valid):
        surname = person.name.split()[-1].rstrip(".")
        if len(surname) >= 4:
            gaz.surnames.setdefault(name_key(surname), []).append(person)
        if surname.startswith(("al-", "el-")) and len(surname) > 6:
            # "Burhan" for "Abdel Fattah al-Burhan": the article is often left out.
            gaz.surnames.setdefault(name_key(surname[3:]), []).append(person)
    return gaz
