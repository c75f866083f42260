"""One country resolver: what the model validator, the offline engine and the digest ask of states.

A state is known by its code and by the forms articles use. The forms come from the lexicon
(``countries.json``: short names, aliases, demonyms, capitals; first entry to claim a form keeps
it), then from the ISO 3166-1 catalogue (pycountry: official and common names). Kosovo, which
ISO 3166-1 leaves to the user-assigned codes, is ``XKX`` (``XK``), as the EU and the IMF write
it, and the lexicon marks it so.

:func:`country_code` turns what a briefing's ``country`` field may hold into a code: an
alpha-3 or alpha-2 code in any case ("rus", "RU"), an ISO numeric code, or a name, alias or
demonym compared under :func:`~summarizer._text._keys.merge_key` ("Russia", "Russian
Federation", "Russian", "Côte d’Ivoire", "the Philippines"). It never guesses: a value that
names no state is ``None`` (pycountry's fuzzy search, used before, turned "Kosovo" into Serbia,
"U.S." into the US Virgin Islands and "Republic of Korea" into North Korea). Capitals are not
countries there; :func:`country_place` also reads them ("Moscow" stands for Russia), for the
digest's state actors.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache, cached_property, lru_cache
from typing import Literal, NamedTuple

from summarizer._lexicon import lexicon
from summarizer._text._keys import merge_key

__all__ = [
    "Country",
    "CountryTable",
    "Place",
    "countries",
    "country_code",
    "country_forms",
    "country_name",
    "country_place",
]

PlaceKind = Literal["name", "alias", "demonym", "capital"]


class Country(NamedTuple):
    code: str
    """ISO 3166-1 alpha-3, or a user-assigned code (:attr:`iso` false): "XKX"."""
    name: str
    """The short name articles use: the lexicon's, else pycountry's common name or name."""
    alpha_2: str | None
    numeric: str | None
    aliases: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    capitals: tuple[str, ...] = ()
    prefixes: tuple[str, ...] = ()
    """Combining forms ("Sino"): they name the state inside a word only."""
    iso_names: tuple[str, ...] = ()
    """pycountry's name, common name and official name, those it has, in that order."""
    listed: bool = False
    """In the lexicon (the forms above come from it)."""
    iso: bool = True
    """An ISO 3166-1 code (pycountry knows it)."""
    territory: bool = False
    """A place the lexicon does not count as a state (Western Sahara)."""


class Place(NamedTuple):
    """The state a form names, and what sort of form it is."""

    code: str
    how: PlaceKind


class CountryTable:
    """Every state, by code and by form; built once (:func:`countries`)."""

    def __init__(self, listed: tuple[Country, ...], catalogue: tuple[Country, ...]) -> None:
        self.listed = listed
        """The lexicon's states, in its order."""
        self.catalogue = catalogue
        """Every state of ISO 3166-1, in pycountry's order (a listed one as :attr:`listed`
        holds it)."""
        self._by_code = {c.code: c for c in (*catalogue, *listed)}
        self.codes = frozenset(self._by_code)
        """ISO 3166-1 alpha-3 codes and the lexicon's user-assigned ones."""
        self._alpha_2 = {c.alpha_2: c.code for c in self._by_code.values() if c.alpha_2}
        self._numeric = {c.numeric: c.code for c in catalogue if c.numeric}

    # The indexes by form are built on first use: the offline engine gives codes only, and its
    # name table (the gazetteer) reads :attr:`listed` and :attr:`catalogue` itself.

    @cached_property
    def places(self) -> Mapping[str, Place]:
        """Every form the lexicon gives a state, by :func:`merge_key`: the first claim wins."""
        places: dict[str, Place] = {}
        for country in self.listed:
            kinds: tuple[tuple[PlaceKind, tuple[str, ...]], ...] = (
                ("name", (country.name,)),
                ("alias", country.aliases),
                ("demonym", country.demonyms),
                ("capital", country.capitals),
            )
            for how, forms in kinds:
                for form in forms:
                    key = merge_key(form)
                    if key:
                        places.setdefault(key, Place(country.code, how))
        return places

    @cached_property
    def _by_name(self) -> dict[str, str]:
        # The lexicon's names, aliases and demonyms (not capitals: a city is no country), then
        # ISO 3166-1's names.
        names = {key: place.code for key, place in self.places.items() if place.how != "capital"}
        for country in self.catalogue:
            for form in country.iso_names:
                names.setdefault(merge_key(form), country.code)
        return names

    def get(self, code: str) -> Country | None:
        return self._by_code.get(code)

    def code(self, value: str) -> str | None:
        """The code of the state ``value`` names or codes; ``None`` when it names none."""
        text = value.strip()
        if not text:
            return None
        if len(text) in (2, 3) and text.isalpha():
            code = text.upper()
            found = self._alpha_2.get(code) if len(code) == 2 else code
            if found in self._by_code:
                return found
        if text.isdigit():
            return self._numeric.get(text.zfill(3))
        return self._by_name.get(merge_key(text))

    def place(self, name: str) -> Place | None:
        """The state a name, alias, demonym or capital of the lexicon stands for."""
        return self.places.get(merge_key(name))

    def name(self, code: str) -> str | None:
        country = self._by_code.get(code)
        return country.name if country is not None else None

    def forms(self, code: str) -> tuple[str, ...]:
        """The lexicon's name, aliases, demonyms and capitals of a state; ``()`` if unlisted."""
        country = self._by_code.get(code)
        if country is None or not country.listed:
            return ()
        return (country.name, *country.aliases, *country.demonyms, *country.capitals)


@cache
def countries() -> CountryTable:
    """The table of every state: the lexicon's, then the ISO 3166-1 catalogue's."""
    # Imported here: pycountry takes tens of milliseconds to import, and most runs (a schema
    # check, a cached briefing) never resolve a country.
    import pycountry

    data = lexicon("en").countries
    iso: dict[str, tuple[str | None, str | None, tuple[str, ...], str]] = {}
    for record in pycountry.countries:
        names = tuple(
            value
            for attr in ("name", "common_name", "official_name")
            if isinstance(value := getattr(record, attr, None), str)
        )
        display = str(getattr(record, "common_name", None) or record.name)
        iso[str(record.alpha_3)] = (str(record.alpha_2), str(record.numeric), names, display)
    listed = tuple(
        Country(
            code=entry.code,
            name=entry.name,
            alpha_2=iso[entry.code][0] if entry.code in iso else entry.alpha_2,
            numeric=iso[entry.code][1] if entry.code in iso else None,
            aliases=entry.aliases,
            demonyms=entry.demonyms,
            capitals=entry.capitals,
            prefixes=entry.prefixes,
            iso_names=iso[entry.code][2] if entry.code in iso else (),
            listed=True,
            iso=entry.code in iso,
            territory=entry.code in data.territories,
        )
        for entry in data.entries
    )
    by_code = {c.code: c for c in listed}
    catalogue = tuple(
        by_code.get(code)
        or Country(
            code=code,
            name=display,
            alpha_2=alpha_2,
            numeric=numeric,
            iso_names=names,
            territory=code in data.territories,
        )
        for code, (alpha_2, numeric, names, display) in iso.items()
    )
    return CountryTable(listed, catalogue)


@lru_cache(maxsize=4096)
def country_code(value: str) -> str | None:
    """``"RUS"``, ``"rus"``, ``"RU"``, ``"Russia"`` or ``"Russian"`` -> ``"RUS"``;
    ``"Kosovo"`` -> ``"XKX"``; ``None`` when ``value`` names no state ("EU")."""
    return countries().code(value)


def country_name(code: str) -> str | None:
    """The short name of the state with ``code`` ("RUS" -> "Russia")."""
    return countries().name(code)


def country_forms(code: str) -> tuple[str, ...]:
    """The lexicon's name, aliases, demonyms and capitals of the state with ``code``."""
    return countries().forms(code)


def country_place(name: str) -> Place | None:
    """The state a name, alias, demonym or capital stands for ("Moscow" -> RUS, capital)."""
    return countries().place(name)
