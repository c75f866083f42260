"""A league is an actor where it acts: "the Premier League said", "the Democratic League of
Kosovo".

"League" heads the name of a body (a party, the company that runs a football league) and of a
competition ("the Champions League", "the Indian Premier League"), which is played, won and
qualified for, never an actor. The name alone does not tell them apart, so "League" is no
organisation suffix; what the text makes the league do does. A league is an organisation when
one of its mentions is the subject of a verb, a relative clause or the agent after "by"
(:func:`._organs.acts`: "The Premier League said", "The English Football League, which
represents ..."), or when its name goes on after "of" or "for" (a body named for whom it is of:
"the National League for Democracy"). Every mention of that name then counts, and a known name
inside it ("Kosovo") is a word of the name, not an actor there.
"""

from __future__ import annotations

import re

from summarizer._engines.offline._gazetteer import Entity
from summarizer._engines.offline._organs import acts
from summarizer._engines.offline._reading import Reading
from summarizer._engines.offline._sentences import Sentence
from summarizer._text._keys import name_key

__all__ = ["acting_leagues"]

_WORD = r"[A-Z][\w-]*"
# One to three capitalised words, "League", and for a body's own name "of"/"for" and one or
# two capitalised words. No apostrophe inside a word: "the NBA's G League" is owned, and the
# owner's word is not one of the name.
_LEAGUE = re.compile(
    rf"(?<![\w'’.-])(?P<name>(?:{_WORD} ){{1,3}}League(?P<of> (?:of|for) {_WORD}(?: {_WORD})?)?)"
    r"(?![\w-])"
)


def acting_leagues(r: Reading) -> None:
    """List the leagues the text makes act (the module's docstring), with all their mentions."""
    verbs = frozenset(v for v in r.names.speech_verbs if " " not in v)
    roles = frozenset(r.titles.role_nouns)
    found: dict[str, str] = {}
    for sentence in r.sentences:
        if not sentence.body:
            continue
        for match in _LEAGUE.finditer(sentence.masked):
            name = _trimmed(r, match.group("name"))
            if name is None or name_key(name) in found:
                continue
            end = match.end("name")
            before = sentence.masked[: match.start("name")]
            if match.group("of") or acts(sentence.masked, end, before, verbs, roles):
                found[name_key(name)] = name
    for key, name in found.items():
        _mention_all(r, key, name)


def _trimmed(r: Reading, name: str) -> str | None:
    """The league's name without a sentence's opening words ("Several", "The"); none when
    a word of it is a person's given name or the name is a known body already (the Arab
    League is read by the gazetteer)."""
    words = name.split()
    while words and (words[0] in r.names.not_names or words[0] == "The"):
        words = words[1:]
    if len(words) < 2 or any(w in r.given for w in words):
        return None
    text = " ".join(words)
    if r.gaz.get(text, all_caps=r.all_caps) is not None or name_key(text) in r.exclude:
        return None
    return text


def _mention_all(r: Reading, key: str, name: str) -> None:
    entity = r.found.get(key) or Entity(f"organization:{key}", name, "organization", None)
    r.found.setdefault(key, entity)
    pattern = re.compile(rf"(?<![\w'’.-]){re.escape(name)}(?![\w-])")
    for sentence in r.sentences:
        if sentence.body:
            _mention_in(r, entity, pattern, sentence)


def _mention_in(r: Reading, entity: Entity, pattern: re.Pattern[str], sentence: Sentence) -> None:
    for match in pattern.finditer(sentence.masked):
        start, end = sentence.start + match.start(), sentence.start + match.end()
        actor = r.cast.mention(entity, match.group(0), start, end, sentence.index)
        r.cast.drop_within([(start, end)], keep=actor)
