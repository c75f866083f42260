"""Country names and codes, from pycountry (ISO 3166 data maintained upstream)."""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=4096)
def to_alpha3(value: str) -> str | None:
    """``"RUS"``, ``"rus"``, ``"RU"`` or ``"Russia"`` -> ``"RUS"``; ``None`` when unknown."""
    import pycountry

    text = value.strip()
    if not text:
        return None
    if len(text) in (2, 3) and text.isalpha():
        code = text.upper()
        found = (
            pycountry.countries.get(alpha_2=code)
            if len(code) == 2
            else pycountry.countries.get(alpha_3=code)
        )
        if found is not None:
            return str(found.alpha_3)
    try:
        return str(pycountry.countries.lookup(text).alpha_3)
    except LookupError:
        pass
    # Common short names ("Russia", "South Korea") are not pycountry's official names. Short
    # strings are left out: fuzzy search maps "EU" to Réunion.
    if len(text) <= 3:
        return None
    try:
        matches = pycountry.countries.search_fuzzy(text)
    except LookupError:
        return None
    return str(matches[0].alpha_3) if matches else None
