"""Capitalised tokens and shouted text (the offline engine's name reading)."""

from __future__ import annotations

import pytest

from summarizer._engines.offline._sentences import split
from summarizer._engines.offline._tokens import is_all_caps


@pytest.mark.parametrize(
    "text",
    [
        "RUSSIA AND JAPAN SIGN A PEACE TREATY IN MOSCOW, OFFICIALS SAY.",
        # Numbers and spaces are no letters: a lower-case word among capitals stays few.
        "KYIV 2024-2025: 14 DRONES DOWNED, 3 HIT GRID SITES ON 12 AND 13 MAY, AP says.",
        "ΕΛΛΑΔΑ ΚΑΙ ΤΟΥΡΚΙΑ ΥΠΟΓΡΑΦΟΥΝ ΣΥΜΦΩΝΙΑ ΓΙΑ ΤΑ ΝΗΣΙΑ ΤΟΥ ΑΙΓΑΙΟΥ.",
    ],
)
def test_a_text_in_capitals_is_shouted(text: str) -> None:
    assert is_all_caps(split(text))


@pytest.mark.parametrize(
    "text",
    [
        "Russia and Japan signed a peace treaty in Moscow on Tuesday, officials said.",
        "NATO AND THE EU WARN MOSCOW OVER BALTIC CABLES cut last week near Gotland.",
        # Few lower-case letters for its length, but capitals are four in five of its letters:
        # short of the share.
        "KYIV 2024-2025: 14 DRONES DOWNED, 3 HIT GRID SITES ON 12 AND 13 MAY, says army.",
        "Short.",
    ],
)
def test_a_text_in_mixed_case_is_not_shouted(text: str) -> None:
    assert not is_all_caps(split(text))
