"""The text layer's keys and name matching: what each key forgives, and what it does not."""

from __future__ import annotations

import re
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from summarizer import locate
from summarizer._briefing import _grounding
from summarizer._text._keys import (
    fold,
    fold_fast,
    loose_name_key,
    merge_key,
    name_key,
    strip_accents,
)
from summarizer._text._names import (
    SIMILARITY,
    damerau,
    is_typo_of,
    max_typos,
    name_similarity,
    similar_names,
)

# --------------------------------------------------------------------------- fold


def test_fold_forgives_case_whitespace_quote_marks_and_dashes() -> None:
    assert fold("“Peace”  –\n now") == '"peace" - now'
    assert fold("  Russia’s ‘red line’ ") == "russia's 'red line'"


def test_fold_keeps_accents_and_punctuation() -> None:
    # A quote is the article's words: "Côte" and "Cote" are not the same text.
    assert fold("Côte d'Ivoire.") == "côte d'ivoire."
    assert fold("Cote") != fold("Côte")


def test_fold_fast_is_fold_for_keys() -> None:
    text = "The “Power of Siberia 2” — signed\tin  Beijing…"
    assert fold_fast(text) == fold(text)


def test_locate_is_exact_first_then_fuzzy() -> None:
    text = "Officials said the “deal is done” on Friday."
    exact = locate("the “deal is done”", text)
    assert exact is not None and exact.match == "exact"
    fuzzy = locate('the "Deal is  done"', text)
    assert fuzzy is not None and fuzzy.match == "fuzzy"
    assert text[fuzzy.start : fuzzy.end] == "the “deal is done”"
    assert locate("the deal was done", text) is None


def test_grounding_reexports_the_text_layer_not_a_copy() -> None:
    assert _grounding.fold is fold
    assert _grounding.locate is locate


# --------------------------------------------------------------------------- name keys


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Côte d’Ivoire", "côte d'ivoire"),  # curly apostrophe, case
        ("STRASSE", "Straße"),  # full case folding
        ("Kim  Jong\nUn", "kim jong un"),  # whitespace
    ],
)
def test_name_key_forgives_case_whitespace_and_the_curly_apostrophe(a: str, b: str) -> None:
    assert name_key(a) == name_key(b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Côte d'Ivoire", "Cote d'Ivoire"),  # accents count
        ("Kim Jong-un", "Kim Jong Un"),  # hyphens count
        ("The Hague", "Hague"),  # "the" counts
        ("Russia's", "Russia"),  # a possessive counts
        ("U.S.", "US"),  # dots count
    ],
)
def test_name_key_keeps_what_a_briefing_spells(a: str, b: str) -> None:
    assert name_key(a) != name_key(b)


def test_loose_name_key_forgives_accents_possessives_the_and_punctuation() -> None:
    assert loose_name_key("The Kremlin’s") == "kremlin"
    assert loose_name_key("Shinzō Abe") == loose_name_key("Shinzo Abe") == "shinzo abe"
    assert loose_name_key("U.S.") == "u s"
    assert loose_name_key("Grey–Banks & Co") == "grey-banks & co"  # & and - stay


def _gold_rules(name: str) -> str:
    """shared/gold/README.md's normalisation written out step by step, on top of fold()."""
    text = strip_accents(fold(name.translate(dict.fromkeys(map(ord, "ʼ＇"), "'")))).casefold()
    category = unicodedata.category
    text = "".join(" " if category(c)[0] == "P" and c not in "&-'" else c for c in text)
    text = re.sub(r"'s$", "", " ".join(text.split()))
    text = " ".join(text.replace("'", " ").split())
    return re.sub(r"^the (?=\S)", "", text)


@settings(max_examples=500, deadline=None)
@given(
    st.text(max_size=24) | st.text(alphabet="aZ İΣσς ’‘'`´ʼ＇“”–—-_.,&\t\n\x1cTheés", max_size=24)
)
def test_loose_name_key_is_the_gold_rules(name: str) -> None:
    # loose_name_key folds in C for speed; it must stay exactly the rules' normalisation.
    assert loose_name_key(name) == _gold_rules(name)


def test_merge_key_also_forgives_hyphens_and_spaced_initials() -> None:
    assert merge_key("Kim Jong-un") == merge_key("Kim Jong Un") == "kim jong un"
    assert merge_key("U. N.") == merge_key("UN") == "un"
    assert merge_key("U.S.") == "us"
    assert loose_name_key("Kim Jong-un") != loose_name_key("Kim Jong Un")


def test_strip_accents() -> None:
    assert strip_accents("Erdoğan, São Tomé, Shinzō") == "Erdogan, Sao Tome, Shinzo"


_NAMES = st.text(alphabet="aAbBéÉoōß ’'‘-–.,&Tthe", max_size=16)


@settings(max_examples=300, deadline=None)
@given(_NAMES, _NAMES)
def test_each_key_forgives_at_least_what_the_stricter_one_does(a: str, b: str) -> None:
    if name_key(a) == name_key(b):
        assert loose_name_key(a) == loose_name_key(b)
    if loose_name_key(a) == loose_name_key(b):
        assert merge_key(a) == merge_key(b)


# --------------------------------------------------------------------------- names


def test_typos_of_long_names_only_with_the_first_letter_right() -> None:
    assert is_typo_of("Vladamir", "Vladimir")
    assert is_typo_of("Tblisi", "Tbilisi")  # a transposition is one edit
    assert not is_typo_of("Iraq", "Iran")  # short names allow no edit
    assert not is_typo_of("Gambia", "Zambia")  # the first letter must agree
    assert not is_typo_of("Vladimir", "Vladimir")  # the same name is no typo
    assert max_typos(5) == 0 and max_typos(6) == 1 and max_typos(12) == 2
    assert damerau("abcdef", "abdcef") == 1
    assert damerau("abcdef", "uvwxyz", limit=2) == 3  # capped


def test_similar_names_is_the_gold_rule() -> None:
    assert SIMILARITY == 0.9
    assert similar_names("vladamir putin", "vladimir putin")
    assert not similar_names("putin", "putim")  # 0.8
    assert not similar_names("iran", "iran")  # 4 characters or fewer never count
    assert name_similarity("vladamir putin", "vladimir putin") == pytest.approx(13 / 14)
