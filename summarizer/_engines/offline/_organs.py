"""A state's organ written in lower case after the state's name is that state's own body.

Wire copy names the armies, navies, coast guards, police forces and ministries of states in
lower case, after the state's name or demonym: "Neither the Sudanese army nor the RSF ...",
"the Philippine coast guard said", "Kosovo police detained four men", "India's ministry of
external affairs said". Such a phrase names one body of that state, as surely as its
capitalised name would, and the briefing lists it (with its state as its country) when it acts
or speaks where it is named: the phrase is the subject of a verb, the agent after "by", or
stands alone before a comma or a conjunction. "A Philippine coast guard spokesman" is the
spokesman's post (he speaks, not the body), and "coast guard ships" are the ships.

A body of that state the text already names under a capitalised name ending on the same organ
("the China Coast Guard") is the one the lower-case phrase means: one actor, not two.
"""

from __future__ import annotations

import functools
import re

from summarizer._engines.offline._army_chief import chief_at_war
from summarizer._engines.offline._cast import Actor
from summarizer._engines.offline._gazetteer import Entity
from summarizer._engines.offline._reading import Reading
from summarizer._text._keys import name_key

# The organs of force, one family: "the Sudanese army" is the body named "Sudanese Armed
# Forces" where the text writes that name too.
_FORCE = frozenset({"army", "military", "armed forces"})

# Words right after the phrase that make it the subject of its clause ("the army said", "the
# coast guard has ...", "neither the army nor ..."): auxiliaries, conjunctions and a relative.
_AFTER = frozenset(
    {
        "nor",
        "has",
        "have",
        "had",
        "is",
        "was",
        "were",
        "are",
        "will",
        "would",
        "could",
        "can",
        "may",
        "might",
        "must",
        "should",
        "did",
        "does",
        "also",
        "then",
        "later",
        "which",
        "who",
        "itself",
    }
)

# Where a clause's subject begins: the sentence's start or a reporting verb's complement.
_OPENS = re.compile(r"(?:^|[,;:] |\b(?:said|says|that) )(?:the )?$", re.IGNORECASE)

# Irregular past tenses of acts a body does ("the army took control", "the navy shot").
_IRREGULAR = frozenset(
    {
        "began",
        "blew",
        "bought",
        "brought",
        "built",
        "caught",
        "drove",
        "fought",
        "gave",
        "held",
        "hit",
        "kept",
        "led",
        "left",
        "made",
        "met",
        "put",
        "ran",
        "sent",
        "set",
        "shot",
        "sought",
        "spoke",
        "stood",
        "struck",
        "took",
        "told",
        "threw",
        "won",
        "wrote",
    }
)


@functools.lru_cache(maxsize=4)
def _pattern(organs: frozenset[str]) -> re.Pattern[str]:
    heads = sorted((o for o in organs if o != "ministry"), key=len, reverse=True)
    return re.compile(
        r"(?<![\w'’.-])(?P<owner>[A-Z][\w-]*(?: [A-Z][\w-]*)?)(?P<poss>['’]s)? "
        r"(?P<organ>" + "|".join(re.escape(h) for h in heads) + r"|ministry of (?:[a-z]+ ){0,3}"
        r"(?:affairs|defen[cs]e|justice|finance|health|interior|trade|energy|economy|"
        r"industry|agriculture|education|labou?r|security|mines|transport|environment|"
        r"commerce|information)"
        r")(?![\w-])(?!['’]s\b)"
    )


@functools.lru_cache(maxsize=4)
def _heads(organs: frozenset[str]) -> re.Pattern[str]:
    words = "|".join(re.escape(o) for o in sorted(organs, key=len, reverse=True))
    return re.compile(r"(?<![\w-])(?:" + words + r")(?![\w-])")


def acts(text: str, end: int, before: str, verbs: frozenset[str], roles: frozenset[str]) -> bool:
    """Whether the organ named up to ``end`` acts there: the subject of a verb, the agent
    after "by", or the subject of a relative clause after it; not the modifier of a noun ("a
    coast guard spokesman", "army officers"), nor an object before a comma ("supplied fuel to
    the Russian army, ...") or one of a list ("coast guard and police units")."""
    if before.rstrip().endswith(" by") or before.rstrip() == "by":
        return True
    rest = text[end:]
    if re.match(r",? (?:which|who) ", rest):
        return True  # "Myanmar's military, which ... was using it": what it does follows
    if re.match(r" and (?:the )?[A-Z_]", rest) and _OPENS.search(before):
        return True  # "The Sudanese army and the RSF have fought since 2023": both act
    words = rest.split()
    word = words[0].strip(',.;:"”') if words else ""
    if not word or not word.islower() or word in roles or word.rstrip("s") in roles:
        return False
    return (
        word in _AFTER
        or word in _IRREGULAR
        or word in verbs
        or (word.endswith("ed") and len(word) > 4)
    )


def state_organs(r: Reading) -> None:
    """List the lower-case organs of named states that act where the text names them."""
    pattern = _pattern(r.names.state_organs)
    heads = _heads(r.names.state_organs)
    verbs = frozenset(v for v in r.names.speech_verbs if " " not in v)
    roles = frozenset(r.titles.role_nouns)
    for sentence in r.sentences:
        if not sentence.body:
            continue
        text = sentence.masked
        if not heads.search(text):
            continue  # what the pattern ends on, found in C: most sentences have none
        for match in pattern.finditer(text):
            owner = match.group("owner")
            written = owner
            form = r.gaz.get(owner)
            if form is None and " " in owner:
                written = owner.split(" ", 1)[1]
                form = r.gaz.get(written)
            if form is None or form.entity.kind != "state":
                continue
            lead = match.start("owner") + len(owner) - len(written)
            if not acts(text, match.end(), text[:lead], verbs, roles) and not chief_at_war(
                r.cast, text, match.end(), match.group("organ"), form.entity.country
            ):
                continue
            end = sentence.start + match.end()
            if r.cast.in_span(sentence.start + match.start("organ"), end):
                continue  # inside a name the text gives (never, with the organ in lower case)
            organ = match.group("organ")
            country = form.entity.country
            head = "ministry" if organ.startswith("ministry") else organ
            known = _known_body(r, country, head)
            if known is not None:
                entity = Entity(known.key, known.name, known.kind, known.country)
            else:
                demonym = r.gaz.demonyms.get(form.entity.key, "")
                # "Myanmar's military": the state's body, named by its demonym; "Kosovo
                # police", "the Philippine coast guard": named as written.
                owner_word = (demonym or written) if match.group("poss") else written
                name = f"{owner_word} {organ}"
                key = name_key(name)
                if key in r.exclude:
                    continue
                entity = r.found.get(key) or Entity(
                    f"organization:{key}", name, "organization", country
                )
                r.found.setdefault(key, entity)
            # The organ's words only: the state's name before them stays a mention of the
            # state, which a clause about the organ's act still names.
            at = sentence.start + match.start("organ")
            actor = r.cast.mention(entity, organ, at, end, sentence.index)
            actor.organ = known is None


def _known_body(r: Reading, country: str | None, head: str) -> Actor | None:
    """The body of ``country`` the text names whose name ends on ``head`` (or, for the
    organs of force, on any of them), if there is exactly one."""
    heads = _FORCE if head in _FORCE else frozenset({head})
    found: list[Actor] = []
    for actor in r.cast.actors.values():
        if actor.country != country or actor.kind not in ("organization", "armed_group"):
            continue
        if head == "ministry":
            continue  # a ministry's portfolio tells it from the others: no merging by head
        key = name_key(actor.name)
        if any(key == h or key.endswith(" " + h) for h in heads):
            found.append(actor)
    return found[0] if len(found) == 1 else None
