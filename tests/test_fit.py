"""The markdown of a briefing is shorter than its article, whatever the engine listed
(``_briefing/_fit``, applied by ``render_markdown``); the briefing's JSON keeps everything."""

from __future__ import annotations

from pathlib import Path

import pytest

import summarizer
from summarizer._briefing._fit import shorter_than_article
from summarizer._briefing._models import Briefing, Parties
from summarizer._briefing._render import _length, _markdown, render_markdown

_FIXTURES = Path(__file__).parent / "fixtures"
# Short wire stories (190-380 words) whose briefing, as the offline engine lists it, is
# longer than the story: many actors, two quotes per item, several signals.
_SHORT_STORIES = [
    "articles_armed18/congo_m23_uvira.txt",
    "articles_deals9/greece_turkey_dialogue.txt",
    "articles_disputes/australia_china_wine_wto.txt",
    "articles_editorial17/russia_moldova_wine_expulsion.txt",
]
# One whose disputes, deals and summary alone are longer than the story: the floor.
_AT_THE_FLOOR = "articles_disputes/somalia_ethiopia_port_deal.txt"


def _words(text: str) -> int:
    return len(text.split())


@pytest.mark.parametrize("name", _SHORT_STORIES)
def test_a_short_story_reads_shorter_than_itself(name: str) -> None:
    briefing = summarizer.brief_file(_FIXTURES / name, engine="offline")
    article_words = _words(briefing.article_text)
    # The test means something only if the whole listing is longer than the story.
    assert _words(_markdown(briefing)) >= article_words
    assert _words(render_markdown(briefing)) < article_words
    shown = shorter_than_article(briefing, _length)
    # What a briefing is for never gives way: every dispute and deal, with its parties listed.
    assert [d.title for d in shown.disputes] == [d.title for d in briefing.disputes]
    assert [d.title for d in shown.deals] == [d.title for d in briefing.deals]
    assert shown.summary == briefing.summary
    parties = Parties(shown.actors)
    for item in [*shown.disputes, *shown.deals]:
        assert all(parties.resolve(p) is not None for p in item.parties), item.title
    # What gave way is still in the briefing a program reads.
    assert len(shown.actors) < len(briefing.actors)


def test_what_a_briefing_is_for_stays_at_the_floor() -> None:
    briefing = summarizer.brief_file(_FIXTURES / _AT_THE_FLOOR, engine="offline")
    shown = shorter_than_article(briefing, _length)
    assert [d.title for d in shown.disputes] == [d.title for d in briefing.disputes]
    assert [d.title for d in shown.deals] == [d.title for d in briefing.deals]
    assert len(briefing.outlook.signals) > 1
    assert len(shown.outlook.signals) == 1  # one signal stays
    parties = Parties(shown.actors)
    named = {parties.resolve(p) for item in [*shown.disputes, *shown.deals] for p in item.parties}
    assert {a.name for a in shown.actors} == {found[0] for found in named if found}


def test_a_briefing_already_shorter_is_shown_whole() -> None:
    path = _FIXTURES / "articles_wire" / "chile_argentina_shelf_row.txt"
    briefing = summarizer.brief_file(path, engine="offline")
    assert shorter_than_article(briefing, _length) is briefing
    assert render_markdown(briefing) == _markdown(briefing)


def test_a_text_of_a_few_sentences_is_shown_whole() -> None:
    text = (
        "Japan and South Korea signed an agreement on Monday to swap gas cargoes in an "
        "emergency, officials in Tokyo and Seoul said. Talks on a second deal are due to "
        "resume in March."
    )
    briefing: Briefing = summarizer.brief_text(text, engine="offline")
    assert shorter_than_article(briefing, _length) is briefing
    assert briefing.actors and briefing.deals


def test_a_quote_that_gives_way_takes_its_sentence_of_the_summary_with_it() -> None:
    briefing = summarizer.brief_file("examples/sample-article.txt", engine="offline")
    shown = shorter_than_article(briefing, _length)
    assert shown is not briefing  # the sample's whole listing is longer than the sample
    for full, short in zip(
        [*briefing.disputes, *briefing.deals], [*shown.disputes, *shown.deals], strict=True
    ):
        for dropped in full.evidence[len(short.evidence) :]:
            assert dropped.quote.rstrip(".") not in short.summary, short.title
    text = render_markdown(briefing)
    assert "The dispute has already drawn in Brussels" not in text


def test_a_signal_the_summary_already_tells_gives_way_first(tmp_path: Path) -> None:
    # A short wire story whose lede is a step ahead ("will suspend ... from Friday") and whose
    # last paragraph names the meeting a reader must watch: with room for one signal, the
    # meeting stays, and the lede's step (the summary shows it) gives way.
    story = tmp_path / "story.txt"
    story.write_text(
        "Ecuador halts power sales to Colombia as tariff row deepens\n\n"
        "QUITO, Dec 4 (Wire) - Ecuador will suspend electricity exports to Colombia from"
        " Friday, its energy ministry said on Wednesday, escalating a trade dispute that began"
        ' when Ecuador imposed a 30% "security tariff" on Colombian imports last month.\n\n'
        "Colombia's trade minister, Diana Morales, called the decision \"an act of economic"
        ' aggression" and said Bogota would take the matter to the Andean Community, the'
        " regional trade bloc whose tribunal rules on disputes between its members.\n\n"
        "Ecuador has accused Colombia of failing to stop cocaine trafficking across their"
        " border, a charge the Colombian government rejects. Colombia retaliated on Monday with"
        " a matching 30% duty on Ecuadorean goods and halted crude shipments through a pipeline"
        " that carries Ecuadorean oil to a Colombian port, Ecuador's foreign ministry said.\n\n"
        "Officials from both countries are due to meet in Lima on Dec. 15 under the auspices of"
        " the Andean Community, a meeting diplomats described as the last chance to avoid a"
        " wider trade war.\n",
        encoding="utf-8",
    )
    briefing = summarizer.brief_file(story, engine="offline")
    shown = shorter_than_article(briefing, _length)
    # The test means something only if a signal had to give way.
    assert len(shown.outlook.signals) < len(briefing.outlook.signals)
    kept = [s.description for s in shown.outlook.signals]
    assert any("Dec. 15" in d for d in kept), kept
    assert not any(d.startswith("Ecuador will suspend") for d in kept), kept
