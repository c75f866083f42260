"""The offline engine as a whole: protocol, determinism, grounding and bad input."""

from __future__ import annotations

from pathlib import Path

import pytest
from offline_support import brief

from summarizer import Article, Draft, Usage, locate
from summarizer._briefing._models import iter_evidence
from summarizer._engines.offline import OfflineEngine

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "articles"


def _texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(FIXTURES.glob("*.txt"))]


def test_engine_follows_the_protocol(article_text: str) -> None:
    engine = OfflineEngine()
    assert engine.name == "offline"
    draft = engine.draft(Article(text=article_text))
    assert isinstance(draft, Draft)
    assert draft.usage == Usage()
    assert draft.model is None and draft.prompt_version is None
    assert draft.briefing.headline and draft.briefing.summary


def test_same_input_same_output_byte_for_byte() -> None:
    for text in _texts():
        first = brief(text).model_dump_json()
        second = OfflineEngine().draft(Article(text=text)).briefing.model_dump_json()
        assert first == second


@pytest.mark.parametrize("index", range(len(_texts())))
def test_every_quote_is_grounded_with_offsets(index: int) -> None:
    text = _texts()[index]
    b = brief(text)
    quotes = iter_evidence(b)
    assert quotes
    for quote in quotes:
        span = locate(quote.quote, text)
        assert span is not None, quote.quote
        assert span.match == "exact"
        assert text[span.start : span.end] == quote.quote
        # one sentence or clause, never a paragraph, and without the final period
        assert "\n" not in quote.quote
        assert not quote.quote.endswith(".")


def test_briefing_of_a_rich_article_is_filled(article_text: str) -> None:
    b = brief(article_text)
    names = {a.name for a in b.actors}
    assert {"Norway", "Iceland", "European Union"} <= names
    assert b.deals and b.disputes
    assert b.outlook.signals
    assert any(s.horizon for s in b.outlook.signals)


BAD_INPUTS = {
    "empty-ish": "   \n\n  ",
    "one word": "Hello",
    "one sentence": "Talks continued.",
    "no punctuation": "russia and japan talked about islands and gas and nobody agreed on anything "
    "at all for many hours in the capital while officials waited outside",
    "all capitals": "RUSSIA AND JAPAN SIGNED A GAS DEAL WORTH $5 BILLION ON MONDAY. PRESIDENT "
    "VLADIMIR PUTIN SAID THE AGREEMENT WOULD LAST FOR DECADES. NATO OFFICIALS WERE SILENT.",
    "french": "La Russie et le Japon ont signé lundi un accord gazier. Le président a salué une "
    "étape importante pour les deux pays, selon le ministère des Affaires étrangères.",
    "russian": "Россия и Япония подписали в понедельник соглашение о поставках газа. Президент "
    "назвал его важным шагом.",
    "symbols": "$$$ ((( ))) ... !!! ??? ---",
    "numbers": "1 2 3 4 5 6 7 8 9 10. 11 12.",
    "one long line": "word " * 3000,
}


@pytest.mark.parametrize("text", BAD_INPUTS.values(), ids=BAD_INPUTS.keys())
def test_bad_input_gives_an_honest_sparse_briefing(text: str) -> None:
    b = brief(text)
    assert b.headline.strip() and b.summary.strip()
    for quote in iter_evidence(b):
        assert locate(quote.quote, text) is not None


def test_all_capitals_still_finds_the_safe_names() -> None:
    b = brief(BAD_INPUTS["all capitals"])
    names = {a.name for a in b.actors}
    assert {"Russia", "Japan"} <= names
    assert "United States" not in names  # "US" is not read into shouted text


def test_foreign_language_text_yields_no_invented_actors() -> None:
    assert brief(BAD_INPUTS["russian"]).actors == []


def test_output_does_not_depend_on_hash_seed() -> None:
    """Set iteration order changes with PYTHONHASHSEED; none of it may reach the output."""
    import subprocess
    import sys

    code = (
        "import pathlib, sys; from summarizer._briefing._article import Article; "
        "from summarizer._engines.offline import OfflineEngine; "
        "paths = sorted(pathlib.Path(sys.argv[1]).glob('*.txt')); "
        "print(''.join(OfflineEngine().draft(Article(text=p.read_text(encoding='utf-8')))"
        ".briefing.model_dump_json() for p in paths))"
    )
    outputs = {
        subprocess.run(
            [sys.executable, "-c", code, str(FIXTURES)],
            env={**__import__("os").environ, "PYTHONHASHSEED": seed},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in ("1", "2")
    }
    assert len(outputs) == 1


def test_a_headline_is_one_line_however_long_its_words() -> None:
    # A run of characters with no spaces (a mangled page, a pasted hash) is few words but a
    # page long: the headline is cut to a line, the rest of the briefing still made.
    draft = brief("a" * 120_000)
    assert len(draft.headline) <= 201 and draft.headline.endswith("…")
    words = brief(" ".join(["x" * 500] * 30))
    assert len(words.headline) <= 201
