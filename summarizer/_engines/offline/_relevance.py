"""What kind of news an article is, and whether it is in English at all.

Relevance is read from the engine's own actors and from cue words (``relevance.json``):

* **off_topic** when the article has too little public-affairs vocabulary for its length, or
  when the words of one kind of news that is not public affairs (sport, products, culture,
  science, lifestyle, business competition) outnumber its public-affairs words two to one. A
  transfer "deal", a "Japanese striker" or telescopes "in Chile" do not make a sports or
  science story world news, nor a "price war" between chains over stores, brands and market
  share a public affair; a regulator, a court or a government acting in it brings in the
  public-affairs words that keep it news;
* otherwise **international** when what crosses borders weighs enough against what stays inside
  one: cross-border words (diplomacy, war, trade, sanctions, energy supplies, migration), the
  international organisations it names, a second or third state it names more than in passing,
  armed groups;
* otherwise **domestic**: public affairs inside one state.

A text that is not English (its script, or its function words: ``languages.json``) is named by
the language it looks like; the engine reads English only, so such a text is read for its
actors alone (names of states and international bodies are often spelled alike).
"""

from __future__ import annotations

import re
import string
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from summarizer._engines.offline._cast import Actor, Cast
from summarizer._engines.offline._sentences import Sentence
from summarizer._lexicon import lexicon
from summarizer._text._keys import name_key

_ASCII_LETTER_BYTES = string.ascii_letters.encode("ascii")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_CUE_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")
# The same patterns for a text whose letters and digits are all ASCII (most English news: its
# other characters are quote marks and dashes), where they find the same words faster: a
# class of ranges is tested in C, a negated Unicode category per character is not.
_ASCII_WORD = re.compile(r"[a-zA-Z]+(?:['’-][a-zA-Z]+)*")
_ASCII_CUE_WORD = re.compile(r"[a-zA-Z0-9]+(?:['’][a-zA-Z0-9]+)?")
# Enough text to tell a language by: the first few thousand characters say as much as the rest.
_LANGUAGE_SAMPLE = 6000
_MIN_WORDS = 15
_MIN_LETTERS = 20
# A text is taken for another language when its function words are at least this share of
# its words and more than twice the English share: English news has about a third.
_OTHER_SHARE = 0.12
# Public-affairs vocabulary an article of at least _LONG words needs, per word, to be
# public-affairs news at all (one cue word in 250); a shorter text needs one.
_PUBLIC_DENSITY = 1 / 250
_LONG = 250
# Off-topic words needed to decide an article by them: one could be a metaphor.
_MIN_OFF_TOPIC = 2
# Off-topic words must outnumber public-affairs ones this many times to decide the article
# (2 let sports pages written with words of talks and truces pass as news: gold sets 803 -> 808
# of 841 right, labelled off-topic pages 89 -> 90 of 99, nothing else moved).
_OFF_TOPIC_RATIO = 1.5
# International: cross-border weight at least this, and at least this share of the
# public-affairs words that stay inside one state.
_MIN_CROSS = 4
_CROSS_SHARE = 0.5


@dataclass(frozen=True, slots=True)
class Relevance:
    relevance: str
    """"international", "domestic" or "off_topic"."""
    topic: str | None = None
    """For an off-topic article decided by its words: the kind of news it is ("sport")."""


# --------------------------------------------------------------------------- language


def foreign_language(text: str) -> str | None:
    """The language ``text`` looks like when it is not English ("German", "Cyrillic script");
    None for English, or when the text is too short or too bare to tell."""
    sample = text[:_LANGUAGE_SAMPLE]
    table = lexicon("en").languages
    scripts: Counter[str] = Counter()
    # ASCII letters are counted in C (UTF-8 writes every other character with bytes above
    # 0x7f, so deleting the ASCII letters' bytes takes exactly those away); only the rest are
    # looked up one by one.
    encoded = sample.encode("utf-8", "surrogatepass")
    latin = len(encoded) - len(encoded.translate(None, _ASCII_LETTER_BYTES))
    non_ascii = _NON_ASCII.findall(sample)
    for char in non_ascii:
        if not char.isalpha():
            continue
        script = unicodedata.name(char, "").split(" ", 1)[0]
        if script == "LATIN":
            latin += 1
        else:
            scripts[script] += 1
    others = sum(scripts.values())
    if others + latin >= _MIN_LETTERS and others > latin:
        if scripts["HIRAGANA"] + scripts["KATAKANA"] > others / 10:
            return table.scripts.get("HIRAGANA", "Japanese")
        script = scripts.most_common(1)[0][0]
        return table.scripts.get(script, "a script other than Latin")
    word = _WORD if any(map(str.isalnum, non_ascii)) else _ASCII_WORD
    words = list(map(str.casefold, word.findall(sample)))
    if len(words) < _MIN_WORDS:
        return None
    # The words of any vocabulary, counted in C (filter and Counter); each vocabulary, a few
    # dozen words, then sums its own from those counts: one pass over the text, not one a
    # language.
    known = Counter(filter(_vocabulary_words().__contains__, words))
    english = _occurrences(known, table.english) / len(words)
    best, share = max(
        ((name, _occurrences(known, vocabulary) / len(words)) for name, vocabulary in table.others),
        key=lambda pair: pair[1],
    )
    if share >= _OTHER_SHARE and share > 2 * english:
        return best
    return None


@lru_cache(maxsize=1)
def _vocabulary_words() -> frozenset[str]:
    table = lexicon("en").languages
    return table.english.union(*(vocabulary for _, vocabulary in table.others))


def _occurrences(counts: Counter[str], vocabulary: frozenset[str]) -> int:
    """How many of the counted words are in ``vocabulary``."""
    get = counts.get
    return sum(get(word, 0) for word in vocabulary)


# --------------------------------------------------------------------------- cue words


# The memo's bound: every English word form a long run of articles meets, and no more.
_SINGLES_MAX = 200_000


@dataclass(frozen=True, slots=True)
class _Matcher:
    """Cue words by class: whole words, prefixes (by length) and phrases (by first word)."""

    words: dict[str, str]
    prefixes: dict[int, dict[str, str]]
    phrases: dict[str, list[tuple[tuple[str, ...], str]]]
    # A token's class as a single word (whole word, else longest prefix), memoised: an
    # article repeats its words, and the prefix tables cost a lookup per length.
    singles: dict[str, str | None] = field(default_factory=dict, compare=False)

    def _single(self, token: str) -> str | None:
        try:
            return self.singles[token]
        except KeyError:
            pass
        found = self.words.get(token)
        if found is None:
            for length, table in self.prefixes.items():
                if len(token) >= length and token[:length] in table:
                    found = table[token[:length]]
                    break
        if len(self.singles) < _SINGLES_MAX:
            self.singles[token] = found
        return found

    def count(self, tokens: list[str]) -> Counter[str]:
        counts: Counter[str] = Counter()
        i = 0
        n = len(tokens)
        # Every word of the article passes here: the tables are looked up from locals and the
        # memo before any call (most words open no phrase and were classed already).
        phrases = self.phrases
        singles = self.singles
        while i < n:
            token = tokens[i]
            step = 1
            found = None
            options = phrases.get(token)
            if options is not None:
                for phrase, kind in options:
                    size = len(phrase)
                    if i + size <= n and _phrase_at(tokens, i, phrase):
                        found, step = kind, size
                        break
            if found is None:
                found = singles[token] if token in singles else self._single(token)
            if found is not None:
                counts[found] += 1
            i += step
        return counts


def _phrase_at(tokens: list[str], at: int, phrase: tuple[str, ...]) -> bool:
    for offset, word in enumerate(phrase):
        token = tokens[at + offset]
        if word.endswith("*"):
            if not token.startswith(word[:-1]):
                return False
        elif token != word:
            return False
    return True


@lru_cache(maxsize=1)
def _matcher() -> _Matcher:
    table = lexicon("en").relevance
    classes: list[tuple[str, tuple[str, ...]]] = [
        *((f"off:{label}", words) for label, words in table.off_topic),
        ("public", table.public_affairs),
        ("cross", table.cross_border),
        # Matched (longest first) so that their words count for nothing: a "price war" is
        # no war, a "time trial" no trial.
        ("other", table.other_sense),
    ]
    words: dict[str, str] = {}
    prefixes: dict[int, dict[str, str]] = {}
    phrases: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for kind, entries in classes:
        for entry in entries:
            parts = tuple(_tokens(entry.replace("*", "")))
            if entry.endswith("*"):
                parts = (*parts[:-1], parts[-1] + "*")
            if len(parts) > 1:
                phrases.setdefault(parts[0], []).append((parts, kind))
            elif entry.endswith("*"):
                stem = parts[0][:-1]
                prefixes.setdefault(len(stem), {}).setdefault(stem, kind)
            else:
                words.setdefault(parts[0], kind)
    for options in phrases.values():
        options.sort(key=lambda p: -len(p[0]))  # the longest phrase first
    ordered = dict(sorted(prefixes.items(), reverse=True))  # the longest prefix first
    return _Matcher(words, ordered, phrases)


def _tokens(text: str) -> list[str]:
    # Hyphens split ("cross-border" is one cue word, but "pre-orders" must meet "pre-order*"):
    # entries and text are cut the same way, so a hyphenated entry matches as a phrase.
    # The apostrophes made one before the cut (the pattern takes either alike): one replace
    # per text, not per word.
    text = text.replace("’", "'")
    word = _CUE_WORD if any(map(str.isalnum, _NON_ASCII.findall(text))) else _ASCII_CUE_WORD
    return list(map(str.casefold, word.findall(text)))


@lru_cache(maxsize=1)
def _international_bodies() -> frozenset[str]:
    """Keys of the organisations the lexicon knows with no country of their own (the UN,
    NATO, the African Union...): international organisations."""
    return frozenset(
        name_key(n)
        for known in lexicon("en").organizations
        if known.country is None
        for n in (known.name, *known.aliases)
    )


# --------------------------------------------------------------------------- relevance


def read_relevance(
    sentences: list[Sentence], cast: Cast, *, title: str | None = None, english: bool = True
) -> Relevance:
    """The article's relevance, from its body (and title) words and its actors."""
    body = [s for s in sentences if s.body]
    mentions = _mentions(body, cast)
    states = sorted((n for (kind, _), n in mentions.items() if kind == "state"), reverse=True)
    bodies = sum(1 for (kind, _), n in mentions.items() if kind == "body")
    armed = sum(1 for (kind, _), n in mentions.items() if kind == "armed" and n >= 2)
    # A second or third state named more than in passing is a relation between states; one
    # named once is often only a place or a nationality ("a Japanese striker").
    other_states = sum(2 if n >= 2 else 0.5 for n in states[1:3])
    actors_weight = 2 * bodies + other_states + armed
    if not english:
        # Only names can be read: states and international bodies.
        if bodies or len(states) >= 2:
            return Relevance("international")
        return Relevance("domestic" if states else "off_topic")
    tokens = _tokens(" ".join(s.masked for s in body))
    if title:
        tokens += _tokens(title)
    counts = _matcher().count(tokens)
    public, cross = counts["public"], counts["cross"]
    off = {kind[4:]: n for kind, n in counts.items() if kind.startswith("off:")}
    off_total = sum(off.values())
    topic = max(off, key=lambda k: (off[k], k)) if off else None
    affairs = public + cross
    if off_total > _OFF_TOPIC_RATIO * affairs and off_total >= _MIN_OFF_TOPIC:
        return Relevance("off_topic", topic)
    # Too little public affairs for its length: a long text with hardly a word of it, or a
    # short one with none at all and no state or international body named (a sentence or two
    # about two states is given the benefit of the doubt).
    if len(tokens) >= _LONG:
        named = sum(mentions.values())  # states and international bodies, every time named
        thin = affairs + named < len(tokens) * _PUBLIC_DENSITY
    else:
        thin = affairs == 0 and not mentions
    if thin:
        return Relevance("off_topic", topic if off_total else None)
    weight = cross + actors_weight
    if weight >= _MIN_CROSS and weight >= _CROSS_SHARE * public:
        return Relevance("international")
    return Relevance("domestic")


def international_body(actor: Actor) -> bool:
    """Whether ``actor`` is an international organisation (the UN, NATO, the African Union)."""
    return actor.kind == "organization" and name_key(actor.name) in _international_bodies()


def _mentions(body: list[Sentence], cast: Cast) -> Counter[tuple[str, str]]:
    """Body mentions of the actors that count for relevance: states, international bodies and
    armed groups, by (kind, key)."""
    in_body = {s.index for s in body}
    counts: Counter[tuple[str, str]] = Counter()
    for actor in cast.actors.values():
        if actor.kind == "state":
            kind = "state"
        elif international_body(actor):
            kind = "body"
        elif actor.kind == "armed_group":
            kind = "armed"
        else:
            continue
        n = sum(1 for m in actor.mentions if m.sentence in in_body)
        if n:
            counts[(kind, actor.key)] = n
    return counts
