"""A governed territory's own leaders and officials are on its side.

A breakaway or autonomous territory the lexicon marks ``governed`` (Transnistria, Somaliland,
Abkhazia, the Kurdistan Regional Government) is a side of its own, with no country. The people
who hold its posts act for it: "Transnistria's leader Vadim Krasnoselsky", "Somaliland's
foreign minister NAME", "Abkhaz leader NAME" (a demonym made from the name), "the region's leader
NAME" where the text names one such territory, "NAME, the leader of Transnistria" (a post the
text gives as the territory's). A row between the territory and its own leader is no row; the
person stands with the territory (``_event.side_of`` reads the owner this module gives).
Where nothing ties a person to the territory the engine does not guess.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from summarizer._engines.offline._cast import Actor, Cast
from summarizer._engines.offline._communities import is_community
from summarizer._engines.offline._sentences import Sentence

# Words of a place that stand for a territory the text names: "the region's leader".
_BACK = re.compile(
    r"\bthe (?:[\w-]+ )?(?:region|territory|enclave|republic|province)['\u2019]s\s+$"
)


def governed(actor: Actor) -> bool:
    """A territory of its own government: a region the gazetteer made a body of no country."""
    return actor.key.startswith("region:") and actor.kind == "organization" and not actor.country


@lru_cache(maxsize=1024)
def _before(post: str) -> re.Pattern[str]:
    """The owner's words right before ``post`` and the name: "X's ", "X ", "the X's "."""
    return re.compile(rf"(?:['\u2019]s)?\s+(?:the\s+)?(?:de facto\s+)?{re.escape(post)},?\s+$")


def _forms(territory: Actor) -> set[str]:
    return {territory.name, *(m.surface for m in territory.mentions if not m.back)}


def _owner_before(head: str, territories: list[Actor]) -> Actor | None:
    """The territory whose name, or demonym made from it, ends ``head``."""
    word = re.search(r"([\w'\u2019-]+(?: [\w'\u2019-]+)?)$", head)
    if word is None:
        return None
    tail = word.group(1)
    for territory in territories:
        for form in _forms(territory):
            # "Transnistria", "Transnistrian", "Abkhaz" (of "Abkhazia"): the name or a
            # word made from its stem.
            if tail.endswith(form) or (
                len(form) >= 6 and re.search(rf"\b{re.escape(form[:-2])}\w*$", tail)
            ):
                return territory
    return None


def territory_officials(cast: Cast, sentences: Sequence[Sentence]) -> dict[str, str]:
    """Each person of no country whose post the text gives as a governed territory's, with
    that territory's key: the side the person stands on."""
    # A community ("Turkish Cypriot leader NAME", see _communities) is a side of its own too:
    # its leader stands with it, not with the state of its adjective.
    territories = [a for a in cast.actors.values() if governed(a) or is_community(a.key)]
    if not territories:
        return {}
    out: dict[str, str] = {}
    for person in cast.actors.values():
        if person.kind != "person" or person.country or not person.role:
            continue
        post, _, of = person.role.partition(" of ")
        owner = next(
            (t for t in territories if of and any(f in of for f in _forms(t))),
            None,
        )
        before = _before(post.casefold())
        for mention in person.mentions:
            if owner is not None:
                break
            if mention.back or mention.sentence >= len(sentences):
                continue
            sentence = sentences[mention.sentence]
            head = sentence.text[: mention.start - sentence.start]
            found = before.search(head.casefold()) if post.casefold() in head.casefold() else None
            if found is None:
                continue
            lead = head[: found.start()]
            owner = _owner_before(lead, territories)
            if owner is None and len(territories) == 1 and _BACK.search(lead + "'s "):
                owner = territories[0]  # "the region's leader NAME": the one territory named
        if owner is not None:
            out[person.key] = owner.key
    return out
