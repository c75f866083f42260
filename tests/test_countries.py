"""One country resolver for the model validator, the offline engine and the digest."""

from __future__ import annotations

import pycountry
import pytest
from offline_support import actor, brief
from test_digest_support import make_briefing

from summarizer import build_digest
from summarizer._briefing._models import ActorDraft
from summarizer._engines.offline._gazetteer import gazetteer
from summarizer._lexicon import lexicon
from summarizer._text._countries import (
    countries,
    country_code,
    country_forms,
    country_name,
    country_place,
)

# (what a briefing's country field may hold, the code it means)
CASES = [
    ("Kosovo", "XKX"),
    ("XKX", "XKX"),
    ("xk", "XKX"),
    ("Kosovar", "XKX"),
    ("Ivory Coast", "CIV"),
    ("Côte d'Ivoire", "CIV"),
    ("Côte d’Ivoire", "CIV"),
    ("Cote d'Ivoire", "CIV"),
    ("Burma", "MMR"),
    ("Myanmar", "MMR"),
    ("Russia", "RUS"),
    ("Russian Federation", "RUS"),
    ("Russian", "RUS"),
    ("rus", "RUS"),
    ("RU", "RUS"),
    ("643", "RUS"),
    # What pycountry's fuzzy search, used before, got wrong.
    ("U.S.", "USA"),  # not the US Virgin Islands
    ("American", "USA"),  # not American Samoa
    ("Republic of Korea", "KOR"),  # not North Korea
    ("British", "GBR"),  # not the British Indian Ocean Territory
    ("Dutch", "NLD"),  # not Sint Maarten
    ("the Philippines", "PHL"),
    ("UK", "GBR"),
    ("UAE", "ARE"),
]
NOTHING = ["EU", "UN", "none", "", "  ", "Atlantis", "Deutschland"]


@pytest.mark.parametrize(("value", "code"), CASES)
def test_names_demonyms_and_codes_resolve(value: str, code: str) -> None:
    assert country_code(value) == code


@pytest.mark.parametrize("value", NOTHING)
def test_what_names_no_state_is_none_never_a_guess(value: str) -> None:
    assert country_code(value) is None


def test_kosovo_is_never_serbia() -> None:
    assert country_code("Kosovo") == "XKX"
    assert country_code("Serbia") == "SRB"


# --------------------------------------------------------------------------- the LLM path


@pytest.mark.parametrize(("value", "code"), CASES)
def test_the_model_validator_resolves_the_same(value: str, code: str) -> None:
    draft = ActorDraft.model_validate(
        {"name": "X", "kind": "state", "country": value, "evidence": [{"quote": "X"}]}
    )
    assert draft.country == code


@pytest.mark.parametrize("value", NOTHING)
def test_the_model_validator_nulls_what_names_no_state(value: str) -> None:
    draft = ActorDraft.model_validate(
        {"name": "X", "kind": "organization", "country": value, "evidence": [{"quote": "X"}]}
    )
    assert draft.country is None


# --------------------------------------------------------------------------- the offline path

ARTICLE = (
    "Kosovo and Serbia resumed talks in Brussels on Monday after a month of border clashes.\n\n"
    "Ivory Coast sent observers to the talks, and its diplomats said the mission would stay "
    "for a week.\n\n"
    "Burma, which the United Nations calls Myanmar, abstained in the vote on the mission.\n\n"
    "Russia criticised the talks and said Moscow would not recognise any deal."
)


def test_the_offline_engine_gives_the_same_codes() -> None:
    briefing = brief(ARTICLE)
    assert actor(briefing, "Kosovo").country == "XKX"
    assert actor(briefing, "Serbia").country == "SRB"
    assert actor(briefing, "Ivory Coast").country == "CIV"
    myanmar = actor(briefing, "Myanmar")
    assert myanmar.country == "MMR" and "Burma" in myanmar.aliases
    russia = actor(briefing, "Russia")
    assert russia.country == "RUS" and "Moscow" in russia.aliases


ENGINE_FORMS = [
    ("Kosovo", "XKX"),
    ("Kosovar", "XKX"),
    ("Ivory Coast", "CIV"),
    ("Côte d'Ivoire", "CIV"),
    ("Côte d’Ivoire", "CIV"),
    ("Cote d'Ivoire", "CIV"),
    ("Burma", "MMR"),
    ("Myanmar", "MMR"),
    ("Russia", "RUS"),
    ("Russian Federation", "RUS"),
    ("Russian", "RUS"),
]


@pytest.mark.parametrize(("form", "code"), ENGINE_FORMS)
def test_the_engines_names_stand_for_the_same_states(form: str, code: str) -> None:
    # The engine's table of names is built from the resolver: a form the text uses stands for
    # the state the resolver gives that form.
    found = gazetteer().get(form)
    assert found is not None and found.entity.kind == "state"
    assert found.entity.country == code == country_code(form)


# --------------------------------------------------------------------------- the digest


def test_the_digest_merges_a_states_forms_under_its_code() -> None:
    one = make_briefing(
        "Kosovo said no.", actors=[{"name": "Kosovo", "kind": "state", "country": "XKX"}]
    )
    two = make_briefing(
        "Pristina said no again.",
        actors=[{"name": "Pristina", "kind": "state", "country": None}],
        published="2025-06-03",
    )
    kosovo = [a for a in build_digest([one, two]).actors if a.name == "Kosovo"]
    assert len(kosovo) == 1
    assert kosovo[0].country == "XKX" and "Pristina" in kosovo[0].aliases


# --------------------------------------------------------------------------- the table


def test_capitals_are_places_not_country_values() -> None:
    place = country_place("Moscow")
    assert place is not None and (place.code, place.how) == ("RUS", "capital")
    assert country_code("Moscow") is None


def test_names_and_forms() -> None:
    assert country_name("RUS") == "Russia"
    assert country_name("XKX") == "Kosovo"
    assert country_name("DEU") == "Germany"
    assert country_name("ZZZ") is None
    assert country_forms("XKX") == ("Kosovo", "Kosovar", "Kosovars", "Pristina")


def test_every_lexicon_code_is_iso_or_marked_user_assigned() -> None:
    iso = {str(c.alpha_3) for c in pycountry.countries}
    for entry in lexicon("en").countries.entries:
        assert entry.code in iso or entry.user_assigned, entry.code
        assert not entry.user_assigned or entry.alpha_2, entry.code


def test_territories_are_not_states_of_the_engine() -> None:
    table = countries()
    western_sahara = table.get("ESH")
    assert western_sahara is not None and western_sahara.territory
    assert country_code("Western Sahara") == "ESH"  # still a code where one is asked for


def test_the_lexicon_claims_a_form_before_the_iso_catalogue() -> None:
    # Articles mean the DRC by "Congo" far more often than the Republic of the Congo.
    assert country_code("Congo") == "COD"
    assert country_code("Congo-Brazzaville") == "COG"
