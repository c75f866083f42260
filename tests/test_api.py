"""The library as another program uses it: one import, a few calls, typed errors."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT, TEST_ARTICLE

import summarizer
from summarizer import (
    Article,
    Briefing,
    BriefingDraft,
    Draft,
    EmptyInput,
    GroundingError,
    InputNotFound,
    MissingApiKey,
    SummarizerError,
    Usage,
)

EXAMPLE = ROOT / "examples" / "sample-article.txt"


def test_every_public_name_resolves() -> None:
    for name in summarizer.__all__:
        assert getattr(summarizer, name) is not None


def test_errors_form_one_hierarchy() -> None:
    errors = [getattr(summarizer, n) for n in summarizer.__all__ if n[0].isupper()]
    for error in (e for e in errors if isinstance(e, type) and issubclass(e, Exception)):
        assert issubclass(error, SummarizerError), error


def test_importing_the_package_stays_light() -> None:
    """`import summarizer` (and so `summarizer --help`) must not pay for openai or pydantic."""
    code = (
        "import sys, summarizer.cli; print(sorted(m for m in ('openai', 'instructor', "
        "'pydantic', 'rich', 'httpx') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_brief_text_offline_gives_a_grounded_briefing() -> None:
    briefing = summarizer.brief_text(TEST_ARTICLE, engine="offline")
    assert isinstance(briefing, Briefing)
    assert {"Norway", "Iceland"} <= {a.name for a in briefing.actors}
    for actor in briefing.actors:
        for evidence in actor.evidence:
            span = briefing.article_text[evidence.start : evidence.end]
            assert summarizer.locate(evidence.quote, span) is not None
    markdown = summarizer.render_markdown(briefing)
    assert markdown.startswith("# ")


def test_brief_file_and_render_json_round_trip() -> None:
    briefing = summarizer.brief_file(EXAMPLE, engine="offline")
    assert briefing.source.path == str(EXAMPLE)
    assert Briefing.model_validate_json(summarizer.render_json(briefing)) == briefing


def test_auto_without_an_endpoint_is_offline(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    monkeypatch.delenv("OPENAI_BASE_URL", raising=False)
    assert summarizer.make_engine("auto").name == "offline"
    assert summarizer.make_engine("auto", summarizer.LLMSettings(api_key="k")).name == "llm"


def test_llm_without_a_key_raises_a_typed_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    monkeypatch.delenv("OPENAI_BASE_URL", raising=False)
    with pytest.raises(MissingApiKey):
        summarizer.brief_text(TEST_ARTICLE, engine="llm")


def test_input_errors_are_typed(tmp_path: Path) -> None:
    with pytest.raises(InputNotFound):
        summarizer.brief_file(tmp_path / "nope.txt", engine="offline")
    with pytest.raises(EmptyInput):
        summarizer.brief_text("   \n ", engine="offline")


class _Inventing:
    """An engine that makes up a quote: the pipeline must not let it through."""

    name = "offline"

    def draft(self, article: Article) -> Draft:
        briefing = BriefingDraft.model_validate(
            {
                "headline": "h",
                "summary": "s",
                "actors": [
                    {"name": "Norway", "kind": "state", "evidence": [{"quote": "Norway quits"}]}
                ],
            }
        )
        return Draft(briefing=briefing, usage=Usage())


def test_a_custom_engine_cannot_smuggle_in_an_unverified_quote() -> None:
    with pytest.raises(GroundingError, match="Norway quits"):
        summarizer.brief_text(TEST_ARTICLE, engine=_Inventing())


@pytest.mark.parametrize(
    ("engine", "said"),
    [
        ("llmm", "unknown engine 'llmm': use one of auto, llm, offline"),
        (None, "engine must be 'auto', 'llm', 'offline' or an engine object, not None"),
    ],
)
def test_the_engine_argument_is_checked_with_a_clear_error(engine: Any, said: str) -> None:
    with pytest.raises(summarizer.ConfigError, match=re.escape(said)):
        summarizer.brief_text("Norway and Iceland agreed a fishing deal on Tuesday.", engine=engine)


def test_library_errors_name_library_arguments(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    monkeypatch.delenv("OPENAI_BASE_URL", raising=False)
    with pytest.raises(summarizer.MissingApiKey) as caught:
        summarizer.brief_text("Norway and Iceland agreed a fishing deal.", engine="llm")
    assert "engine='offline'" in str(caught.value) and "--engine" not in str(caught.value)
