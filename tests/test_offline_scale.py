"""The offline engine's work grows in step with its input, however repetitive the text.

Each new mention, event or name used to be compared with every earlier one: a megabyte of one
sentence repeated took forty seconds, just under the 5 MB input cap twenty minutes. Work is
counted here as the function calls the profiler sees (the same on every run, unlike time):
twice the text must cost about twice the calls, not four times. One end-to-end megabyte run
adds a wall-clock bound, so generous (about eight times what it takes) that only the old
behaviour fails it.
"""

from __future__ import annotations

import cProfile

import pytest

from summarizer import Article, brief_text
from summarizer._engines.offline import OfflineEngine
from summarizer._engines.offline._engine import brief
from summarizer._engines.offline._length import caps
from summarizer._engines.offline._sentences import split

# Each one repeated: the issue's own sentence; people named in full, by title and by surname;
# a description that stands for a known body ("the UN nuclear watchdog" is the IAEA); deals
# that all differ, so that each is merged into the first; and a new person in every sentence.
SENTENCES = {
    "deal": "Russia and Japan signed a deal. ",
    "people": (
        "President Vladimir Putin met Foreign Minister Sergei Lavrov in Moscow. "
        "Putin said Russia's Foreign Ministry would respond. Lavrov agreed. "
    ),
    "description": "The UN nuclear watchdog said Iran and the IAEA met. ",
    "numbered deals": "Russia and Japan signed gas deal number {n}. ",
    "new people": "John {name} spoke. {name} agreed. ",
}
_SIZE = 40_000  # characters; the old code already took over three times the calls for twice it


def _name(n: int) -> str:
    """A made-up surname for each number: "Topa", "Vopa", "Zopa", ..."""
    consonants, vowels = "bcdfghjklmnprstvz", "aeiou"
    n += 1000
    syllables = []
    while n:
        syllables.append(consonants[n % 17] + vowels[n // 17 % 5])
        n //= 85
    return "".join(syllables).capitalize()


def _text(sentence: str, size: int) -> str:
    out: list[str] = []
    length = 0
    while length < size:
        out.append(sentence.format(n=len(out), name=_name(len(out))))
        length += len(out[-1])
    return "".join(out)


def _calls(text: str) -> int:
    engine = OfflineEngine()
    profile = cProfile.Profile()
    profile.enable()
    engine.draft(Article(text=text))
    profile.disable()
    # Calls of every function, a generator's resumptions included.
    return sum(entry.callcount for entry in profile.getstats())


@pytest.mark.parametrize("sentence", SENTENCES.values(), ids=SENTENCES.keys())
def test_twice_the_repetitive_text_is_about_twice_the_work(sentence: str) -> None:
    _calls(_text(sentence, 2_000))  # word lists loaded, patterns compiled: not counted below
    once = _calls(_text(sentence, _SIZE))
    twice = _calls(_text(sentence, 2 * _SIZE))
    # Linear work gives 2.0; comparing each mention or name with every earlier one: 3.3 to 3.7.
    assert twice / once < 2.4


def test_a_megabyte_of_one_sentence_is_briefed_to_one_deal() -> None:
    # Its cost is bounded by the call counts above (linear work); it takes about 2.5 s.
    text = _text(SENTENCES["deal"], 1_000_000)
    briefing = brief_text(text, engine="offline")
    assert [a.name for a in briefing.actors] == ["Russia", "Japan"]
    assert len(briefing.deals) == 1


def test_a_text_naming_thousands_lists_a_readable_few_actors_the_first_named() -> None:
    text = _text("The state energy company {name} signed a contract with Japan. ", 150_000)
    briefing = brief(Article(text=text))
    # The parties of the listed deals, and a few more: a list a reader reads.
    parties = {p for deal in briefing.deals for p in deal.parties}
    assert parties <= {a.name for a in briefing.actors}
    assert (
        len(briefing.actors) <= len(parties) + caps(len(text.split())).actors <= len(parties) + 14
    )
    assert [a.name for a in briefing.actors[:3]] == [_name(0), "Japan", _name(1)]


def test_a_text_telling_thousands_of_disputes_keeps_one_thread_per_pair_of_sides() -> None:
    # The same two sides accusing each other thousands of times over is one thread (it was
    # thirty disputes, the same one repeated), and its evidence starts with the first report.
    sentence = "China accused the Philippines of ramming boat {n}. All was calm. Crews slept. "
    briefing = brief(Article(text=_text(sentence, 100_000)))
    assert len(briefing.disputes) == 1
    assert "ramming boat 0" in briefing.disputes[0].evidence[0].quote


def test_a_text_with_no_full_stop_is_read_in_pieces_of_bounded_length() -> None:
    text = "Russia and Japan signed a deal and " * 3000 + "more."
    sentences = split(text)
    assert len(sentences) > 50
    assert max(s.end - s.start for s in sentences) <= 2000
    assert all(text[s.start : s.end] == s.text for s in sentences)
    assert " ".join(s.text for s in sentences) == text  # cut at spaces: nothing lost
