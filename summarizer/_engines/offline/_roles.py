"""Roles and descriptions: what the words around a name say about who it is.

A role is written around a person's name ("Russia's ambassador to Georgia, NAME,", "NAME,
director general of the IAEA,", "Iran's nuclear chief NAME", "NAME, who heads the Y,"); a
description stands for a body the text names ("the UN nuclear watchdog" for the IAEA). The
probes below (:func:`company_before`, :func:`role_before`...) tell the name reader
(:mod:`._people`) what precedes or follows a capitalised word; the passes
(:func:`descriptions`, :func:`appositive_roles`) run once the cast is complete.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from summarizer._engines.offline._cast import Actor
from summarizer._engines.offline._gazetteer import Entity
from summarizer._engines.offline._prefilter import Needs, folded, needs
from summarizer._engines.offline._reading import Reading
from summarizer._engines.offline._sentences import Sentence
from summarizer._engines.offline._tokens import Token, join
from summarizer._text._keys import name_key

_PLACE = r"[A-Z][\w'’-]+(?: (?:(?:of|for|and) )?(?:the )?[A-Z][\w'’-]+){0,4}"

_ACRONYM_NOUNS = (
    "force|forces|mission|agency|alliance|body|bloc|group|coalition|organi[sz]ation|watchdog"
    "|court|tribunal|company|firm|operator|party|movement|militia|council|commission"
    "|programme|program|fund|union|authority|regulator|office|service|institute|association"
    "|operation|network|committee|federation|front"
)
_ACRONYM_BEFORE = re.compile(
    r"(?<![\w-])(?P<noun>(?i:" + _ACRONYM_NOUNS + r"))(?: \([^)]*\))?,\s+$"
)
_ACRONYM_KINDS = {
    "militia": "armed_group",
    "front": "armed_group",
    "company": "company",
    "firm": "company",
    "operator": "company",
}
_COUNTRY_NOUNS = frozenset(["country", "nation", "kingdom", "republic", "emirate", "state"])
_STATE_POSSESSIVE = re.compile(r"(?<![\w-])([A-Z][\w-]+(?: [A-Z][\w-]+)?)['’]s $")


@dataclass(frozen=True, slots=True)
class _Appositives:
    before: re.Pattern[str]  # "Russia's ambassador to Georgia, " + NAME
    possessive: re.Pattern[str]  # "Iran's nuclear chief " + NAME
    after: re.Pattern[str]  # NAME + ", director general of the IAEA,"
    who: re.Pattern[str]  # NAME + ", who heads the Y,"


@lru_cache(maxsize=1)
def _appositive_patterns(role_nouns: tuple[str, ...]) -> _Appositives:
    nouns = "|".join(re.escape(n) for n in role_nouns)
    noun = r"(?i:" + nouns + r")(?:[- ]general)?"
    portfolio = (
        r"(?: of (?:the )?(?:foreign affairs|foreign relations|defen[cs]e|finance|interior"
        r"|trade|economy|energy|justice|health|agriculture|industry|state))?"
    )
    complement = portfolio + (
        r"(?: (?:to|of|for|at|in|on) (?:the )?"
        r"(?P<place>" + _PLACE + r"(?:['’]s " + _PLACE + r")?"
        r"(?: (?:government|army|military|ministry|embassy|mission|delegation|rebels|forces"
        r"|dialogue|talks|peace process|process|region|regional state|province"
        r"|regional government|provincial government|conflict)"
        # "a spokeswoman for Armenia's foreign ministry", "an economist at Kenya's central
        # bank": a state's body written in lower case after its owner.
        r"|(?<=['’]s)(?: [a-z][a-z-]+){1,2})?"
        # "special envoy for the talks", "head of product": a post's lower-case object.
        r"|(?P<thing>(?:the )?[a-z][a-z-]+(?: [a-z][a-z-]+)?)))?"
        # "head of marine at broker Halvard Risk Partners": the post's field, then the body.
        r"(?: at (?:[a-z]+ ){0,2}[A-Z][\w'’&-]+(?: (?:of |for |and )?[A-Z][\w'’&-]+){0,4})?"
        # "an analyst at Aurora Energy Research in Oxford": where the body sits.
        r"(?: in [A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)?"
    )
    role = (
        r"(?P<role>(?:(?!(?:and|or|but|said|says|the|a|an|who|which|that|was|is)\b)"
        r"[a-z][a-z-]+ ){0,2}" + noun + complement + r")"
    )
    owner = (
        r"(?:(?:[Tt]he )?(?P<owner>[A-Z][\w-]+(?: [A-Z][\w-]+)?)['’]s "
        r"|(?P<pron>[Ii]ts|[Tt]heir) "
        r"|(?:(?:[Tt]he|[Hh]is|[Hh]er) )?(?P<dem>[A-Z][\w-]+(?: [A-Z][\w-]+)?) "
        r"|(?:the )?(?P<anaph>[a-z]+)['’]s |(?:[Tt]he|[Hh]is|[Hh]er) )?"
    )
    before = re.compile(owner + role + r",\s+$")
    # "NAME, who is Kenya's chief negotiator,": the same apposition as a relative clause.
    after = re.compile(
        r",\s+(?:who (?:is|was|serves as) )?(?:(?:the|a|an) )?" + owner + role + r"(?=[,.;])"
    )
    # No comma: "Iran's nuclear chief NAME", "Iran's Foreign Ministry spokesman NAME".
    possessive = re.compile(
        r"(?P<owner>[A-Z][\w-]+)['’]s (?P<role>(?:(?:[A-Z][\w-]+|[a-z-]+) ){0,3}?(?:"
        + noun
        + r")) $"
    )
    who = re.compile(
        r",\s+who (?:heads|leads|runs|chairs|directs|oversees) (?P<led>(?:the )?"
        r"(?:(?P<owner>[A-Z][\w-]+(?: [A-Z][\w-]+)?)['’]s )?(?:(?P<place>" + _PLACE + r")"
        # "NAME, who leads Vietnam's maritime negotiations,": what a state's official leads
        # is the state's, and so is he.
        r"|(?<=['’]s )[a-z][a-z-]+(?: [a-z][a-z-]+){0,2}))(?=[,.;]| in | at | with | on )"
    )
    return _Appositives(before, possessive, after, who)


@lru_cache(maxsize=64)
def _description_pattern(phrases: tuple[str, ...]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in phrases)
    return re.compile(r"(?<![\w.])(?i:" + alternatives + r")(?!\w)")


def _role_text(raw: str) -> str:
    """The role as a briefing shows it: "director general of the IAEA" -> "Director General
    of the IAEA"; a role without an organisation kept as written ("nuclear chief")."""
    text = " ".join(raw.split())
    head, sep, rest = text.partition(" of ")
    if not sep:
        for word in (" for ", " to ", " at "):
            head, sep, rest = text.partition(word)
            if sep:
                break
    if (sep and rest[:1].isupper()) or (rest.startswith("the ") and rest != rest.lower()):
        return " ".join(w[:1].upper() + w[1:] for w in head.split()) + sep + rest
    return text


def _better_role(new: str, old: str) -> bool:
    if not old:
        return True
    specific = (" of ", " for ", " to ")
    if any(w in old for w in specific) and not any(w in new for w in specific):
        return False
    return len(new) > len(old)


@lru_cache(maxsize=1)
def _role_noun_pattern(role_nouns: tuple[str, ...]) -> re.Pattern[str]:
    nouns = "|".join(re.escape(n) for n in role_nouns)
    return re.compile(r"(?<![\w-])(?P<role>(?:" + nouns + r")),? $")


@lru_cache(maxsize=1)
def _company_noun_pattern(company_nouns: tuple[str, ...]) -> re.Pattern[str]:
    nouns = "|".join(re.escape(n) for n in company_nouns)
    # "the state energy company NAME", "a UAE-based broker, NAME,"
    return re.compile(r"(?:(?<![\w-])(?:" + nouns + r")|\w-based),? $")


@lru_cache(maxsize=1)
def _company_after_pattern(company_nouns: tuple[str, ...]) -> re.Pattern[str]:
    nouns = "|".join(re.escape(n) for n in company_nouns)
    # "NAME, South Africa's largest mobile operator,", "NAME, the investment group that":
    # a description set off by a comma, ending on a company noun within a few words.
    return re.compile(
        r",\s+(?:(?:a|an|the)\s+|(?:[A-Z][\w-]*\s+){0,2}?[A-Z][\w-]*['’]s\s+)"
        # "NAME, the world's largest uranium producer,": a possessive inside the description.
        r"(?:[\w'’-]+\s+){0,4}?(?:" + nouns + r")(?![\w-])"
        # "... of NAME, the company said": who speaks, not what NAME is.
        r"(?!\s+(?:said|says|told|added|announced|reported|stated|wrote)\b)"
    )


# ------------------------------------------------------------------ passes


def descriptions(r: Reading) -> None:
    """ "The UN nuclear watchdog" is the IAEA when the text names the IAEA: the description
    becomes one of its forms, and the "UN" inside it no mention of the United Nations."""
    for key, phrases in r.gaz.descriptions.items():
        actor = r.cast.actors.get(key)
        if actor is None:
            continue
        pattern = _description_pattern(phrases)
        found = [
            (sentence, match)
            for sentence in r.sentences
            if sentence.body
            for match in pattern.finditer(sentence.masked)
        ]
        # All at once: the descriptions do not overlap, and only ``actor`` gains mentions.
        r.cast.drop_within([(s.start + m.start(), s.start + m.end()) for s, m in found], keep=actor)
        entity = Entity(actor.key, actor.name, actor.kind, actor.country)
        for sentence, match in found:
            start, end = sentence.start + match.start(), sentence.start + match.end()
            r.cast.mention(entity, match.group(), start, end, sentence.index)
        r.cast.sort_mentions(actor)


def appositive_roles(r: Reading) -> None:
    """Roles written around a name, the most specific one winning.

    "Russia's ambassador to Georgia, NAME,", "NAME, director general of the IAEA,",
    "NAME, the country's energy minister,", "Iran's nuclear chief NAME", "NAME, who heads
    the Y,". The country comes from a possessive or demonym owner that is a state, from
    "the country's" (the state the sentence names), or from the organisation led.
    """
    pats = _appositive_patterns(r.titles.role_nouns)
    for actor in r.cast.ordered():
        if actor.kind != "person":
            continue
        for mention in actor.mentions:
            sentence = r.sentences[mention.sentence]
            rel = mention.start - sentence.start
            end = rel + len(mention.surface)
            masked = sentence.masked
            window = max(0, rel - 160)
            begin = _role_before_start(masked, window, rel)
            match = None if begin is None else pats.before.search(masked, begin, rel)
            if match is None and _possessive_in(masked, window, rel):
                match = pats.possessive.search(masked, window, rel)
            if match is None:
                match = pats.after.match(masked, end)
            if match is None:
                match = pats.who.match(masked, end)
            if match is None:
                continue
            groups = match.groupdict()
            led = groups.get("led")
            role = "Head of " + " ".join(led.split()) if led else _role_text(match.group("role"))
            if role.casefold().endswith("counterpart"):
                role = _counterpart(r, actor, sentence, role)
            # "Deputy Foreign Minister NAME, who leads Vietnam's maritime negotiations,": what
            # he leads is a task of his post, which the title names; it only says whose he is.
            task = bool(led) and not groups.get("place")
            if _better_role(role, actor.role) and not (task and actor.role):
                actor.role = role
            if not actor.country:
                actor.country = _owner_country(r, match, sentence, rel)
            break


# The characters of a role written before a name, up to its comma ("Russia's ambassador to
# Georgia"): every character ``_Appositives.before`` matches there is one of these.
_ROLE_CHARS = re.compile(r"[\w '’-]*")


def _role_before_start(text: str, start: int, end: int) -> int | None:
    """Where in ``text[start:end]`` a role written before a name may start; ``None`` when the
    stretch does not end on a comma and whitespace, as such a role does ("Russia's ambassador
    to Georgia, "). Most names have none; for the rest, the search for the role (slow: tried at
    each character) starts past the last character no role holds, where it would fail."""
    at = end
    while at > start and text[at - 1].isspace():
        at -= 1
    if not (start < at < end and text[at - 1] == ","):
        return None
    comma = at - 1
    run = _ROLE_CHARS.match(text[start:comma][::-1])
    return comma - (run.end() if run is not None else 0)


def _possessive_in(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds an owner's "'s " ("Iran's nuclear chief "), which
    the possessive role needs: most stretches before a name have none."""
    return text.find("'s ", start, end) >= 0 or text.find("’s ", start, end) >= 0


def _counterpart(r: Reading, actor: Actor, sentence: Sentence, role: str) -> str:
    """ "her Turkish counterpart, NAME": the same post as the person met, in another state.

    The role of the other person the sentence names before (their post, without its "of
    Greece") when it is known ("foreign minister"); else "counterpart of NAME".
    """
    first = min(m.start for m in actor.mentions if m.sentence == sentence.index)
    # The person met is named earlier in the sentence, or just before ("His
    # Azerbaijani counterpart, NAME, said ...").
    begin = r.sentences[max(0, sentence.index - 2)].start
    others = [
        a for a in r.cast.in_span(begin, first) if a.kind == "person" and a is not actor and a.role
    ]
    if not others:
        return role
    other = others[-1]
    post = other.role.split(" of ", 1)[0].split(" for ", 1)[0].strip()
    if post and post.casefold() != "counterpart":
        return post.lower()
    return f"counterpart of {other.name}"


def _owner_country(r: Reading, match: re.Match[str], sentence: Sentence, rel: int) -> str | None:
    groups = match.groupdict()
    for name in ("owner", "dem"):
        owner = groups.get(name)
        form = r.gaz.get(owner) if owner else None
        if form is not None and form.entity.kind in ("state", "organization"):
            return form.entity.country
    if groups.get("anaph") in _COUNTRY_NOUNS or groups.get("pron"):
        # "the country's energy minister": the one state the sentence names, else the
        # last one named before.
        here = {
            a.country
            for a in r.cast.in_span(sentence.start, sentence.end)
            if a.kind == "state" and a.country
        }
        if len(here) == 1 and not groups.get("pron"):
            return next(iter(here))  # "its" minister: the state named before, not after
        last: tuple[int, str] | None = None
        for a in r.cast.actors.values():
            if a.kind != "state" or not a.country:
                continue
            before = a.last_start_before(sentence.start + rel)
            if before is not None and (last is None or before > last[0]):
                last = (before, a.country)
        return last[1] if last else None
    place = groups.get("place")
    if place:
        # "of the International Atomic Energy Agency", "Russia's Federal Agency for
        # Fishery": the organisation's own country, when it has one.
        start = sentence.start + match.start("place")
        owners = {
            a.country
            for a in r.cast.in_span(start, start + len(place))
            if a.kind in ("state", "organization") and a.country
        }
        if len(owners) == 1:  # "envoy for the Belgrade-Pristina dialogue": neither side's
            return next(iter(owners))
    return None


# ------------------------------------------------------------------ probes for the name reader


def company_before(r: Reading, token: Token, sentence: Sentence) -> bool:
    before = sentence.masked[
        max(0, token.start - sentence.start - 40) : token.start - sentence.start
    ]
    return _company_noun_pattern(r.titles.company_nouns).search(before) is not None


# "owned 63% of NAME", "a 40 percent stake in NAME", "shares in NAME", "took operational
# control of NAME": what is held in shares or run as an operation is a company (a town is
# taken, not owned by the percent; "control of" alone may be of land).
_HELD_BEFORE = re.compile(
    r"(?:(?<![\w-])(?:stakes?|shares|shareholding|holding) in"
    r"|(?:own|owns|owned|hold|holds|held|control|controls|controlled) "
    r"(?:about |around |some |nearly |almost |more than |less than )?"
    r"\d[\d.,]* ?(?:%|percent|per cent)"
    r"(?: stake)? (?:of|in)"
    r"|(?<![\w-])operational control of) $"
)


def held_before(token: Token, sentence: Sentence) -> bool:
    """Whether the words right before ``token`` say it is held in shares or run as an
    operation ("owned 63% of NAME", "a stake in NAME", "operational control of NAME")."""
    at = token.start - sentence.start
    before = sentence.masked[max(0, at - 60) : at]
    return _HELD_BEFORE.search(before) is not None


def company_after(r: Reading, token: Token, sentence: Sentence) -> bool:
    """ "NAME, South Africa's largest mobile operator,": a company by the description set
    off after it. Read even at a sentence's start, where case says nothing: the description
    does."""
    return (
        _company_after_pattern(r.titles.company_nouns).match(
            sentence.masked, token.end - sentence.start
        )
        is not None
    )


@lru_cache(maxsize=1)
def _vessel_patterns(nouns: frozenset[str]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    words = "|".join(re.escape(n) for n in sorted(nouns, key=len, reverse=True))
    noun = r"(?<![\w-])(?:" + words + r")"
    # "the tanker NAME", "the Greek-owned bulk carrier NAME": a ship noun right before; or
    # "the Liberian-flagged NAME": only a ship flies a flag of registry.
    before = re.compile(r"(?:" + noun + r"|[\w'’]-flagged)\s+$")
    # "NAME, a Cook Islands-flagged vessel carrying ...": a ship noun closing a description
    # set off after the name, the description ending there (not "a ship agent").
    after = re.compile(
        r",\s+an?\s+(?:[\w'’-]+\s+){0,3}?" + noun + r"(?=\s*[,.;]|\s+(?:[a-z]+ing|with|that"
        r"|which|bound|owned|managed|operated|registered|in|off|near|from|to|at|on)\b)"
    )
    return before, after


def vessel(r: Reading, run: list[Token], sentence: Sentence) -> bool:
    """Whether ``run`` names a ship: after a ship noun ("the tanker NAME"), opened by a
    ship's prefix ("MV NAME"), or described as one after a comma ("NAME, a Liberia-flagged
    vessel,"). A ship is where things happen to a crew; it is no person and no company."""
    w = r.names
    if len(run) > 4 or run[-1].possessive:
        return False
    if len(run) >= 2 and run[0].text in w.vessel_prefixes:
        return True
    before, after = _vessel_patterns(w.vessel_nouns)
    start = run[0].start - sentence.start
    if before.search(sentence.masked, max(0, start - 30), start) is not None:
        return True
    return after.match(sentence.masked, run[-1].end - sentence.start) is not None


def acronym_appositive(token: Token, sentence: Sentence) -> Entity | None:
    """An unknown acronym set off by commas after a description of a body: "a mission,
    MINURSO, to organise", "NATO's peacekeeping force, KFOR,"."""
    text = token.text
    if not (3 <= len(text) <= 8 and text.isupper() and text.isalpha()) or token.possessive:
        return None
    rel = token.start - sentence.start
    rest = sentence.masked[token.end - sentence.start :]
    if rest[:1] not in (",", ")", ";") and not rest.startswith(" ("):
        return None
    match = _ACRONYM_BEFORE.search(sentence.masked, max(0, rel - 80), rel)
    if match is None:
        return None
    kind = _ACRONYM_KINDS.get(match.group("noun").casefold(), "organization")
    return Entity(f"{kind}:{name_key(text)}", text, kind, None)


def introduced_before(r: Reading, run: list[Token], sentence: Sentence) -> bool:
    """ "The EU's envoy for the dialogue, NAME NAME,": the post, then the name between
    commas."""
    if len(run) < 2:
        return False
    pats = _appositive_patterns(r.titles.role_nouns)
    rel = run[0].start - sentence.start
    after = sentence.masked[run[-1].end - sentence.start :]
    if not after.startswith(","):
        return False
    return pats.before.search(sentence.masked, max(0, rel - 160), rel) is not None


@lru_cache(maxsize=4)
def _speaker_patterns(verbs: frozenset[str]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    words = "|".join(re.escape(v) for v in sorted(verbs, key=len, reverse=True))
    before = re.compile(r"(?<![\w-])(?:" + words + r") $")
    # A description in lower case, or a body's post: "the ministry's undersecretary",
    # "head of strategy at NAME", "NAME's co-founder"; not another name ("NAME, NAME and").
    # Or the body the person speaks for: "said NAME NAME of the NAME Union".
    after = re.compile(
        r",\s+(?:(?:a|an|the|his|her|its|their) )?(?:[A-Z][\w-]*['’]s )?[a-z]"
        r"|\s+of\s+(?:the\s+)?[A-Z]"
    )
    return before, after


def spoken_after(r: Reading, token: Token, sentence: Sentence) -> bool:
    """Whether ``token`` comes right after a verb of speaking ("said NAME", "according to
    NAME")."""
    before, _ = _speaker_patterns(r.names.speech_verbs)
    start = token.start - sentence.start
    return before.search(sentence.masked, max(0, start - 20), start) is not None


_AGE = re.compile(r",\s+\d{1,3},\s")


def aged(run: list[Token], sentence: Sentence) -> bool:
    """ "NAME NAME, 34, a miner,": only a person is given an age between commas."""
    return (
        2 <= len(run) <= 3 and _AGE.match(sentence.masked, run[-1].end - sentence.start) is not None
    )


_POST = re.compile(r",\s+(?:(?:the|a|an) )?(?P<post>[^,.;:\"“”()]{3,90}?)(?=[,.;]|$)")


def speaker(r: Reading, run: list[Token], sentence: Sentence) -> str | None:
    """ "..., said NAME NAME, the ministry's undersecretary,": two or three words no list
    knows right after a verb of speaking and described after a comma are the person who
    speaks, whatever the given name (a body is "NAME said", or is described as one). The
    post the description gives, "" when it is too long to be one; ``None`` for no speaker."""
    if not 2 <= len(run) <= 3 or any(t.possessive or t.text.isupper() for t in run):
        return None
    w = r.names
    last = run[-1].text
    if last in w.org_suffixes or last in w.company_suffixes or last in w.armed_suffixes:
        return None
    before, after = _speaker_patterns(w.speech_verbs)
    masked = sentence.masked
    start, end = run[0].start - sentence.start, run[-1].end - sentence.start
    if before.search(masked, max(0, start - 20), start) is None:
        return None
    if after.match(masked, end) is None:
        return None
    post = _POST.match(masked, end)
    if post is None or len(post.group("post").split()) > 10:
        return ""
    return " ".join(post.group("post").split())


def introduced(r: Reading, token: Token, sentence: Sentence) -> bool:
    pats = _appositive_patterns(r.titles.role_nouns)
    rel = token.end - sentence.start
    return (
        pats.after.match(sentence.masked, rel) is not None
        or pats.who.match(sentence.masked, rel) is not None
    )


def state_possessive_before(r: Reading, token: Token, sentence: Sentence) -> Entity | None:
    """The state in "Germany's NAME" right before ``token``, if that is what precedes it."""
    before = sentence.masked[
        max(0, token.start - sentence.start - 40) : token.start - sentence.start
    ]
    match = _STATE_POSSESSIVE.search(before)
    if match is None:
        return None
    form = r.gaz.get(match.group(1))
    if form is None or form.entity.kind != "state":
        return None
    return form.entity


@lru_cache(maxsize=1)
def _place_noun_pattern(place_nouns: frozenset[str]) -> re.Pattern[str]:
    nouns = "|".join(re.escape(n) for n in sorted(place_nouns, key=len, reverse=True))
    return re.compile(r"['’]?s?\s+(?:" + nouns + r")(?![\w-])")


def place_after(r: Reading, token: Token, sentence: Sentence) -> bool:
    """Whether a place noun follows ``token`` ("Kursk region", "Nile dam"): the name is a
    place's, whatever a possessive or a description before it says."""
    pattern = _place_noun_pattern(r.names.place_nouns)
    return pattern.match(sentence.masked, token.end - sentence.start) is not None


def role_before(r: Reading, token: Token, sentence: Sentence) -> str | None:
    before = sentence.masked[: token.start - sentence.start]
    match = _role_noun_pattern(r.titles.role_nouns).search(before)
    return match.group("role") if match is not None else None


# ------------------------------------------------------------------ bodies by description


@dataclass(frozen=True, slots=True)
class _BodyPatterns:
    before: re.Pattern[str]  # "the opposition party " + NAME
    head: re.Pattern[str]  # NAME + " party", "the NAME militia"
    after: re.Pattern[str]  # NAME + ", the ruling party,"


@lru_cache(maxsize=4)
def _body_patterns(bodies: frozenset[str], armed: frozenset[str]) -> _BodyPatterns:
    nouns = "|".join(re.escape(n) for n in sorted(bodies | armed, key=len, reverse=True))
    noun = r"(?P<noun>" + nouns + r")(?![\w'’-])"
    fighters = "|".join(re.escape(n) for n in sorted(armed, key=len, reverse=True))
    return _BodyPatterns(
        # "fighters of the Allied Democratic Forces": those who fight for a body are its
        # members, and the body an armed one.
        before=re.compile(
            r"(?<![\w-])(?:"
            + noun
            + r",? |(?P<armed>"
            + fighters
            + r") (?:of|from) the |"
            # "a militia called NAME", "a group calling itself the NAME": named by the text.
            + r"(?P<called>"
            + nouns
            + r") (?:called|calling (?:itself|themselves)|known as|named) (?:the )?)$"
        ),
        # Not "the Amhara militia Fano": a name after the noun is the body's, the word before
        # it a qualifier.
        head=re.compile(r" " + noun + r"(?!,?\s+[A-Z])"),
        after=re.compile(
            r",\s+(?:(?:a|an|the)\s+|(?:[A-Z][\w-]*\s+){0,2}?[A-Z][\w-]*['’]s\s+)"
            r"(?:(?!(?:of|for|and|or|to|in|at|with|by)\b)[a-z][\w-]*\s+){0,3}?"
            + noun
            # The description ends there: "NAME, the party of NAME" is no such description.
            # "NAME, the largest party in the coalition," too.
            + r"(?=\s*[,.;]|\s+(?:that|which|whose|led|founded|formed|backed|based|active|in"
            r"|operating)\b)"
        ),
    )


# A hyphenated word ending on a participle modifies a noun: "Algeria-backed", "Kyiv-based".
_PARTICIPLE_END = re.compile(r"-[a-z]+(?:ed|en)$")


def body_described(r: Reading, run: list[Token], sentence: Sentence) -> str | None:
    """The kind of body ("organization", "armed_group") a description around ``run`` makes
    it: a noun before ("the opposition party NAME", "the rebel group NAME"), a noun after
    ("the ruling NAME party", "the NAME militia") or an apposition ("NAME, the ruling
    party,"). A party, a movement or a militia named by one word no list knows is learnt from
    what the article says it is, as a company is from "the Greek firm NAME"."""
    names = r.names
    pats = _body_patterns(names.body_nouns, names.armed_nouns)
    masked = sentence.masked
    start, end = run[0].start - sentence.start, run[-1].end - sentence.start
    match = pats.before.search(masked[max(0, start - 40) : start])
    if match is None and not run[-1].possessive:
        word = _CAPITALISED_BEFORE.search(masked, 0, start)
        if (
            word is not None
            and word.group(1) not in names.not_names
            # "the EU's Aspides mission": an owner's possessive is another name.
            and not word.group(1).endswith(("'s", "’s"))
        ):
            # "the Chile Vamos coalition": the name opens on a name a list knows; it is the
            # whole phrase, not the word of it no list knows.
            return None
        match = pats.after.match(masked, end)
        if match is None and (
            _HEAD_OPENER.search(masked, _opener_from(masked, start), start) or _acronym(run)
        ):
            # An acronym is a name wherever it stands: "FDLR rebels crossed the border".
            # "the ruling NAME party", "fighters of the NAME militia"; not "my annual NAME
            # party" (a party of another sort) nor "NAME union representatives" opening a
            # sentence, where case says nothing.
            match = pats.head.match(masked, end)
    if match is None:
        return None
    if _PARTICIPLE_END.search(run[-1].text):
        return None  # "the Algeria-backed movement": who backs the movement, not its name
    if len(run) == 1 and run[0].text.endswith(_ADJECTIVE_ENDINGS):
        return None  # "the Democratic party": an adjective, not the party's whole name
    if match.re is pats.before and match.group("armed") is not None:
        return "armed_group"
    noun = (
        match.group("noun") if match.group("noun") is not None else match.groupdict().get("called")
    )
    return "armed_group" if noun in names.armed_nouns else "organization"


@lru_cache(maxsize=4)
def _polity_patterns(
    heads: frozenset[str],
) -> tuple[re.Pattern[str], re.Pattern[str], Needs]:
    nouns = "|".join(re.escape(n) for n in sorted(heads, key=len, reverse=True))
    after = re.compile(r"(?:['’]s)? (?:" + nouns + r")(?![\w-])")
    before = re.compile(
        # "the military government of NAME" is a regime, of a person.
        r"(?:(?<![\w-])Government|(?<![\w-])[Tt]he (?:provincial |regional |state )?government"
        r"|(?<![\w-])[Tt]he (?:provincial|regional) administration|[Pp]remier) of (?:the )?"
        r"(?:(?:[Pp]rovince|[Ss]tate|[Rr]egion) of )?"
        r"(?:(?P<owner>[A-Z][\w-]+(?: [A-Z][\w-]+)?)['’]s )?$"
    )
    # What ``before`` needs ("government of "): most stretches before a name have none.
    return after, before, needs(before)


# "The": a name; "a Hutu militia" is one militia of a people, named by no one. An owner's
# possessive stands for "the": "Hungary's ruling NAME party" is the one party of that name.
_HEAD_OPENER = re.compile(
    r"(?:(?<![\w-])[Tt]he|(?<![\w'’-])[A-Z][\w-]*['’]s)(?: [a-z][\w-]*){0,2}"
    r"(?: [A-Z][\w'’-]*){0,2} $"
)


def _opener_from(text: str, end: int) -> int:
    """Where a match of ``_HEAD_OPENER`` ending at ``end`` may start: it holds five spaces at
    most (and ends on one), so not before the sixth space back; searching from there finds
    what a search of the whole text before finds, and does not try every character of it."""
    at = end
    for _ in range(6):
        at = text.rfind(" ", 0, at)
        if at < 0:
            return 0
    return at + 1


def _acronym(run: list[Token]) -> bool:
    text = run[0].text
    return len(run) == 1 and 2 <= len(text) <= 8 and text.isupper() and text.isalnum()


_CAPITALISED_BEFORE = re.compile(r"([A-Z][\w'’.-]*) $")
_ADJECTIVE_ENDINGS = ("ive", "ist", "ic", "ican", "ian", "ese", "ish")


def polity_of(r: Reading, run: list[Token], sentence: Sentence) -> Entity | None:
    """The government of a province or region the text names by a place no list knows, when
    the words around it say it governs: "the Manitoba government", "the Government of Nova
    Scotia", "the government of Ethiopia's Amhara region", "Ontario's premier". Such a
    government acts (it signs, budgets, is struck against) and is never its country: the
    entity is "NAME government", of the state that owns it when the text says so."""
    names = r.names
    words = [t.text for t in run]
    if (
        run[0].sentence_initial
        or run[0].text in r.given
        or run[0].text in r.family_first
        or any(w in names.not_polities or w in names.not_names for w in words)
        or (len(run) == 1 and words[0].endswith(_ADJECTIVE_ENDINGS))
        or (len(run) > 1 and name_key(words[-1]) in r.gaz.surnames)
        # "the Republican-dominated state government": a description, not a place.
        or any("-" in w and w.rsplit("-", 1)[1].islower() for w in words)
    ):
        return None
    after, before, before_needs = _polity_patterns(names.polity_heads)
    masked = sentence.masked
    start, end = run[0].start - sentence.start, run[-1].end - sentence.start
    owner: str | None = None
    if after.match(masked, end) is None:
        window = masked[max(0, start - 80) : start]
        match = before.search(window) if before_needs.possible(folded(window)) else None
        if match is None:
            return None
        owner = match.group("owner")
    country: str | None = None
    if owner is not None:
        form = r.gaz.get(owner)
        if form is None or form.entity.kind != "state":
            return None
        country = form.entity.country
    text = join(run)
    name = f"{text} government"
    return Entity(f"organization:{name_key(name)}", name, "organization", country)
