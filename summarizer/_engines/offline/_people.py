"""Names and people: who the capitalised words that no list knows are.

A person is read from a title and the names after it ("Foreign Minister Sergei Lavrov"), from a
common given name and a surname, from a role noun before a name ("spokesperson Mao Ning") or a
role after it ("NAME NAME, a spokesperson for Y,"). A lone word is decided once every full name
is known (:func:`resolve_bare`): a surname of a person found ("Lavrov"), of a well-known person
("Putin"), or a name the text introduced before. Words a description calls a company ("the
Greek firm NAME") or an acronym set off by commas ("a mission, MINURSO,") are bodies, not
people.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from functools import lru_cache

from summarizer._engines.offline._cast import Actor
from summarizer._engines.offline._gazetteer import Entity, Form
from summarizer._engines.offline._reading import Bare, Reading
from summarizer._engines.offline._roles import (
    acronym_appositive,
    aged,
    body_described,
    company_after,
    company_before,
    held_before,
    introduced,
    introduced_before,
    place_after,
    polity_of,
    role_before,
    speaker,
    state_possessive_before,
    vessel,
)
from summarizer._engines.offline._sentences import Sentence
from summarizer._engines.offline._tokens import CONNECTORS, PARTICLES, Segment, Token, join
from summarizer._text._keys import name_key
from summarizer._text._names import is_typo_of

# How many of the people found first a surname or a misspelt name is compared with. An article
# names a handful (six at most among the fixtures); a text naming 100,000 people must not
# compare each name with all the others.
_NAMESAKES = 64
# Sentences an unknown run must recur in, never shortened, to be read as a name.
_NAMED_OFTEN = 3
# After "Germany's NAME": more of a capitalised name ("Germany's Federal Ministry of ...").
_NAME_GOES_ON = re.compile(r"\s+(?:(?:of|for|and) )?(?:the )?[A-Z]")


def read_people(
    r: Reading,
    seq: list[Token],
    segments: list[Segment],
    used: list[bool],
    sentence: Sentence,
    owner: Actor | None,
) -> None:
    """The people of one sequence (pass 1): names after titles, then the runs of words no
    list knows, which :func:`_run` reads or notes for a later pass."""
    w = r.names
    k = 0
    while k < len(segments):
        seg = segments[k]
        if seg.title and _surname_title(r, seq, segments, k):
            k += 1  # "American Kevin King and ...": the title word is his surname
            continue
        if seg.title:
            # A title is no name: "Major General" or "Press Secretary" with no name after it
            # is nobody the briefing can list.
            for at in range(seg.start, seg.end):
                used[at] = True
            names, next_k = _name_after(r, seq, segments, k + 1)
            if names:
                before = segments[k - 1] if k > 0 else None
                if len(names) >= 2 and _given_place(seq, segments, k + 1):
                    # "Defence Minister Israel Katz": the state's word is his given name.
                    for actor in r.cast.in_span(names[0].start, names[0].end):
                        if actor.kind == "state":
                            r.cast.forget(actor, names[0].start)
                _person_from_title(r, seg.title, names, before, owner, sentence)
                for t in names:
                    used[seq.index(t)] = True
                k = next_k
                continue
        k += 1
    run: list[Token] = []
    for idx, token in enumerate(seq):
        free = not used[idx] and token.text not in w.not_names
        free = free and token.text not in r.months and token.text not in r.weekdays
        if free and (token.text not in CONNECTORS or (run and token.text in PARTICLES)):
            run.append(token)
            continue
        _run(r, run, sentence)
        run = []
    _run(r, run, sentence)


def _surname_title(r: Reading, seq: list[Token], segments: list[Segment], k: int) -> bool:
    """A one-word title right after a given name, with no name after it, is a surname: titles
    come before names ("King Abdullah"), so "Kevin King" and "Stephen Prince" are people."""
    seg = segments[k]
    if k == 0 or seg.end - seg.start != 1:
        return False
    before = segments[k - 1]
    if before.end != seg.start or before.end - before.start != 1 or before.title is not None:
        return False
    if seq[before.start].text not in r.given:
        return False
    # "Hassan Sheikh Mohamud ... Hassan Sheikh paid a visit": the first words of a longer name
    # the article gives are that person, not another one.
    opening = f"{seq[before.start].text} {seq[seg.start].text} "
    if any(a.kind == "person" and a.name.startswith(opening) for a in r.cast.actors.values()):
        return False
    return not _name_after(r, seq, segments, k + 1)[0]


def _name_after(
    r: Reading, seq: list[Token], segments: list[Segment], k: int
) -> tuple[list[Token], int]:
    w = r.names
    names: list[Token] = []
    while k < len(segments) and len(names) < 5:
        seg = segments[k]
        if seg.title and not names:
            k += 1  # titles in a row: "Energy Minister Prince NAME"
            continue
        if seg.title:
            break
        if not names and seg.start != segments[k - 1].end:
            break  # "High Commissioner for Human Rights": the post goes on; no name follows
        if names and seg.start != segments[k - 1].end:
            between = seq[segments[k - 1].end : seg.start]
            if not all(t.text in PARTICLES for t in between):
                break  # a connector between two names: "NAME and NAME"
            names.extend(between)  # "bin", "al", "von": part of the name
        if (
            seg.form is not None
            and seg.form.entity.kind != "person"
            # "Defence Minister Israel Katz": a state's word opening the name is his.
            and (names or not _given_place(seq, segments, k))
        ):
            break
        tokens = seq[seg.start : seg.end]
        if any(t.text in w.not_names or t.text in r.months for t in tokens):
            break
        names.extend(tokens)
        k += 1
        if tokens[-1].possessive:
            break
    return names, k


def _given_place(seq: list[Token], segments: list[Segment], k: int) -> bool:
    """ "Defence Minister Israel Katz": right after a title, a one-word state or capital
    followed by one word no list knows, which closes the run, is a given name and a surname."""
    seg = segments[k]
    nxt = segments[k + 1] if k + 1 < len(segments) else None
    return (
        seg.form is not None
        and seg.form.entity.kind == "state"
        and seg.form.how in ("name", "capital")
        and seg.end - seg.start == 1
        and not seq[seg.start].possessive
        and nxt is not None
        and nxt.form is None
        and not nxt.title
        and nxt.start == seg.end
        and nxt.end == len(seq)
        and nxt.end - nxt.start == 1
    )


def _person_from_title(
    r: Reading,
    title: str,
    names: list[Token],
    before: Segment | None,
    owner: Actor | None,
    sentence: Sentence,
) -> None:
    country: str | None = None
    of: str | None = None
    if before is not None and before.form is not None:
        entity = before.form.entity
        if entity.kind in ("state", "organization"):
            of, country = entity.name, entity.country
    elif owner is not None and owner.kind in ("state", "organization"):
        of, country = owner.name, owner.country
    role = "" if title in r.titles.honorifics else (f"{title} of {of}" if of else title)
    actor = _lone_name(r, names[0], sentence) if len(names) == 1 else _person(r, names, sentence)
    if actor is None:
        return
    # The most specific role wins: "President of Russia" over "President".
    if role and (not actor.role or (" of " in role and " of " not in actor.role)):
        actor.role = role
    if country and not actor.country:
        actor.country = country


def _lone_name(r: Reading, token: Token, sentence: Sentence) -> Actor | None:
    """A title and one name ("President Putin"): a person found already, or a known one."""
    actor = surname_owner(r, token, r.cast.ordered_people())
    if actor is None:
        known = r.gaz.surnames.get(name_key(token.text), [])
        if len(known) != 1:
            r.bare.append(Bare(token, sentence.index))
            return None
        entity = known[0]
    else:
        entity = Entity(actor.key, actor.name, "person", actor.country)
    return r.cast.mention(entity, token.text, token.start, token.end, sentence.index)


def place_named_person(r: Reading, seq: list[Token], sentence: Sentence) -> Actor | None:
    """ "Café Rapido's chief executive, Sofia Marchetti, said", "said NAME NAME, the
    ministry's undersecretary": two words set off as a person's, by a role or a post before or
    after them, are a person's name though the first is also a state's or a capital's ("Sofia",
    "Jordan", "Victoria"), when the second is a word no list knows (a surname)."""
    if len(seq) != 2 or any(t.possessive for t in seq):
        return None
    first, last = seq
    form = r.gaz.get(first.text)
    w = r.names
    if (
        form is None
        or form.entity.kind != "state"
        or form.how not in ("name", "capital")
        or r.gaz.get(join(seq)) is not None
        or r.gaz.get(last.text) is not None
        or last.text in w.not_names
        or last.text in w.org_suffixes
        or last.text in w.company_suffixes
        or last.text in w.geo_suffixes
        or not last.text[:1].isupper()
    ):
        return None
    if not (
        introduced(r, last, sentence)
        or introduced_before(r, seq, sentence)
        or role_before(r, first, sentence) is not None
        or speaker(r, seq, sentence) is not None
    ):
        return None
    return _person(r, seq, sentence)


def _person(r: Reading, names: list[Token], sentence: Sentence) -> Actor | None:
    text = join(names)
    if len(names) == 1:
        r.bare.append(Bare(names[0], sentence.index))
        return None
    if any(t.text.isupper() and len(t.text) > 1 for t in names):
        return None  # "ALEXANDER NEMENOV": a credit line, not prose
    entity = _person_entity(r, names, text)
    return r.cast.mention(entity, text, names[0].start, names[-1].end, sentence.index)


def _person_entity(r: Reading, names: list[Token], text: str) -> Entity:
    form = r.gaz.get(text)
    if form is not None and form.entity.kind == "person":
        return form.entity
    typo = _typo(r, names)
    if typo is not None and typo.entity.kind == "person":
        # "Vladamir Putin": one word as the known person writes it, the other one letter off.
        # Two misspelt words, or a name of another length, is somebody else.
        known = name_key(typo.entity.name).split()
        words = [name_key(t.text) for t in names]
        if len(known) == len(words) and any(a == b for a, b in zip(known, words, strict=True)):
            return typo.entity
    for actor in r.cast.people()[:_NAMESAKES]:
        if is_typo_of(text, actor.name):
            return Entity(actor.key, actor.name, "person", actor.country)
    return Entity(f"person:{name_key(text)}", text, "person", None)


def _run(r: Reading, run: list[Token], sentence: Sentence) -> None:
    while run and run[-1].text in CONNECTORS:
        run = run[:-1]
    if not run:
        return
    w = r.names
    if vessel(r, run, sentence):
        # "the tanker NAME", "MV NAME": a ship, whatever given name or suffix it carries;
        # its whole name, a word the runs cut off ("Marisol Dawn") included.
        text = join(run)
        end = run[-1].end
        more = _SHIP_NAME_RUNS_ON.match(sentence.text, end - sentence.start)
        if more is not None:
            text, end = text + more.group(), end + len(more.group())
        entity = r.found.get(name_key(text)) or Entity(
            f"other:{name_key(text)}", text, "other", None
        )
        r.found[name_key(text)] = entity
        r.cast.mention(entity, text, run[0].start, end, sentence.index)
        return
    if _described(r, run, sentence):
        return
    if place_after(r, run[-1], sentence):
        return  # "Russia's Kursk region", "the giant Nile dam": a place, not a company
    if len(run) == 1:
        token = run[0]
        if (
            token.text not in w.not_names
            and token.text not in r.months
            and not token.possessive
            and company_after(r, token, sentence)
        ):
            entity = r.found.get(name_key(token.text)) or Entity(
                f"company:{name_key(token.text)}", token.text, "company", None
            )
            r.found[name_key(token.text)] = entity
            r.cast.mention(entity, token.text, token.start, token.end, sentence.index)
            return
        if not token.sentence_initial and token.text not in w.not_names:
            acronym = acronym_appositive(token, sentence)
            if acronym is not None:
                # "NATO's peacekeeping force, KFOR,": an organisation by its description.
                r.found[name_key(token.text)] = acronym
                r.cast.mention(acronym, token.text, token.start, token.end, sentence.index)
                return
            if company_before(r, token, sentence) or held_before(token, sentence):
                # "the state energy company NAME": a company by its description.
                entity = Entity(f"company:{name_key(token.text)}", token.text, "company", None)
                r.found[name_key(token.text)] = entity
                r.cast.mention(entity, token.text, token.start, token.end, sentence.index)
                return
            owner = state_possessive_before(r, token, sentence)
            rest = sentence.masked[token.end - sentence.start :]
            if owner is not None and not _NAME_GOES_ON.match(rest):
                r.owned.append((token, sentence.index, owner))
                return
        if not token.text.isupper() or len(token.text) > 1:
            r.bare.append(Bare(token, sentence.index))
        return
    text = join(run)
    if name_key(text) in r.exclude:
        return
    again = r.found.get(name_key(text))
    if again is not None:
        r.cast.mention(again, text, run[0].start, run[-1].end, sentence.index)
        return
    form = _typo(r, run)
    if form is not None and form.how != "prefix":
        r.cast.mention(form.entity, text, run[0].start, run[-1].end, sentence.index)
        return
    if run[0].text in r.given or run[0].text in r.family_first:
        actor = _person(r, run[:4], sentence)
        role = role_before(r, run[0], sentence)
        if actor is not None and role is not None and not actor.role:
            actor.role = role  # "association president NAME NAME": the post before the name
        return
    if len(run) <= 4 and company_before(r, run[0], sentence):
        # "the Greek firm NAME", "the Istanbul-based NAME": a company by its description.
        entity = Entity(f"company:{name_key(text)}", text, "company", None)
        r.found[name_key(text)] = entity
        if run[0].text not in w.not_names:
            # "the miner NAME Copper ... NAME said": a company shortened to its head word.
            r.found.setdefault(name_key(run[0].text), entity)
        r.cast.mention(entity, text, run[0].start, run[-1].end, sentence.index)
        return
    role = role_before(r, run[0], sentence)
    if role is not None and len(run) <= 3:
        # "spokesperson Mao Ning", "analyst NAME NAME": a role noun right before a name.
        actor = _person(r, run, sentence)
        if actor is not None and not actor.role:
            actor.role = role
        return
    if len(run) <= 3 and (introduced(r, run[-1], sentence) or introduced_before(r, run, sentence)):
        # "NAME NAME, a spokesperson for Y,", "NAME NAME, who heads Y,": the role
        # written after the name says it is a person.
        _person(r, run, sentence)
        return
    if aged(run, sentence) and run[-1].text not in w.org_suffixes | w.company_suffixes:
        _person(r, run, sentence)
        return
    post = speaker(r, run, sentence)
    if post is not None:
        # "said NAME NAME, the ministry's undersecretary,": the one who speaks, and the post
        # the description gives (the appositive patterns read the roles they know later).
        actor = _person(r, run, sentence)
        if actor is not None and not actor.role:
            actor.role = post
        return
    if _speaks_as_person(r, run, sentence):
        _person(r, run, sentence)
        return
    r.multi.append((run, sentence.index))


_PERSONAL = re.compile(r"\b(?:[Hh]e|[Ss]he)\b")
_IMPERSONAL = re.compile(r"\b(?:it|its|[Tt]he (?:company|firm|group|agency|body))\b")


def _speaks_as_person(r: Reading, run: list[Token], sentence: Sentence) -> bool:
    """ "NAME NAME told reporters the road was closed. He said ...": two or three words no
    list knows that speak, owned by no one ("Tusk's Civic Platform said"), and that the rest
    of the sentence or the next one refers back to as "he" or "she" (the subject, not "his
    party") before any "it", are a person, whatever the given name; a body is "it"."""
    if not 2 <= len(run) <= 3 or any(t.possessive or t.text.isupper() for t in run):
        return False
    w = r.names
    if any(
        t.text in w.org_suffixes or t.text in w.company_suffixes or t.text in w.not_names
        for t in run
    ) or any(t.text in CONNECTORS or t.text in r.months for t in run):
        return False
    rest = sentence.masked[run[-1].end - sentence.start :]
    if _speaks_next(w.speech_verbs).match(rest) is None:
        return False
    at = run[0].start - sentence.start
    if _PERSON_POSSESSIVE.search(sentence.masked, max(0, at - 40), at) is not None:
        return False  # "Tusk's Civic Platform said": a body its leader owns
    following = rest
    if sentence.index + 1 < len(r.sentences) and r.sentences[sentence.index + 1].body:
        following += " " + r.sentences[sentence.index + 1].masked
    personal = _PERSONAL.search(following)
    impersonal = _IMPERSONAL.search(following)
    return personal is not None and (impersonal is None or impersonal.start() > personal.start())


def _described(r: Reading, run: list[Token], sentence: Sentence) -> bool:
    """Whether the words around ``run`` say what body it names, and it was recorded: a
    province's government ("the NAME government"), or a party, movement or militia ("the
    opposition party NAME", "the NAME militia"). Never a person's name: a given name, or a
    surname of a person named before ("the NAME government" of a prime minister NAME)."""
    if len(run) > 3 or run[0].text in r.given or run[0].text in r.family_first:
        return False
    if any(t.text in r.names.not_names or t.text in r.months for t in run):
        return False
    if len(run) == 1 and (
        surname_owner(r, run[0], r.cast.ordered_people()) is not None
        or name_key(run[0].text) in r.gaz.surnames
    ):
        return False
    text = join(run)
    key = name_key(text)
    known = r.found.get(key)
    # "the ruling NAME party ... the NAME government": the party named before, in power.
    entity = polity_of(r, run, sentence) if known is None or known.key in r.polities else None
    if entity is not None:
        entity = r.found.get(key) or entity
        r.polities.add(entity.key)
    else:
        kind = body_described(r, run, sentence)
        if kind is None:
            return False
        start = _lead(r, run[0], sentence)
        # "the National Renewal party": words that name nothing alone open the name.
        full = sentence.text[start - sentence.start : run[-1].end - sentence.start]
        entity = r.found.get(name_key(full)) or Entity(f"{kind}:{name_key(full)}", full, kind, None)
        r.found[name_key(full)] = entity
        r.found.setdefault(key, entity)
        r.cast.mention(entity, full, start, run[-1].end, sentence.index)
        return True
    r.found[key] = entity
    r.cast.mention(entity, text, run[0].start, run[-1].end, sentence.index)
    return True


_LEAD_WORD = re.compile(r"([A-Z][\w'’-]*) $")
_DETERMINERS = frozenset(["The", "A", "An", "This", "That", "Its", "Their"])


def _lead(r: Reading, first: Token, sentence: Sentence) -> int:
    """Where a body's name opens that ``first`` goes on: before it, capitalised words that
    name nothing alone ("National", "Democratic"), which the name reader left out."""
    at = first.start - sentence.start
    while True:
        match = _LEAD_WORD.search(sentence.masked, max(0, at - 40), at)
        word = match.group(1) if match is not None else ""
        if match is None or word in _DETERMINERS or word not in r.names.not_names:
            return sentence.start + at
        at = match.start()


def resolve_multi(r: Reading) -> None:
    """Unknown runs of two or three capitalised words, read against the whole text.

    * The last word also stands alone: a person ("Arben Dushku ... Dushku said").
    * Else the first word stands alone: an organisation, which a text shortens to its head
      word as it shortens a person to the surname ("Brewhouse Coffee ... Brewhouse said").
    * Else the same run in at least :data:`_NAMED_OFTEN` sentences: an organisation a story
      is about (a person is shortened to the surname; what is never shortened and keeps
      coming back is a name, not a chance capitalised phrase).
    * A run that acts, which its sentence or the next refers back to as a company ("NAME
      said it would appeal; the firm has ...", "its shares fell"), is a company.
    """
    bare_words = {name_key(b.token.text) for b in r.bare}
    sentences_of: dict[str, set[int]] = {}
    for run, index in r.multi:
        sentences_of.setdefault(name_key(join(run)), set()).add(index)
    # "the northern city of Novi Sad ... still in power for Novi Sad": a run the text once
    # calls a place is that place wherever it stands, no body that acts.
    places = {name_key(join(run)) for run, index in r.multi if _place_of(r, run, index)}
    for run, index in r.multi:
        if not 2 <= len(run) <= 3 or opening_participle(r, run[0], r.sentences[index]):
            continue
        if name_key(join(run)) in places:
            continue
        if name_key(run[-1].text) in bare_words:
            _person(r, run, r.sentences[index])
        elif _organisation_name(r, run, r.sentences[index]) and (
            name_key(run[0].text) in bare_words
            or len(sentences_of[name_key(join(run))]) >= _NAMED_OFTEN
            or _leader_speaks_for(r, run, r.sentences[index])
            or _company_by_text(r, run, index)
        ):
            text = join(run)
            key = name_key(text)
            kind = "company" if _company_by_text(r, run, index) else "organization"
            entity = r.found.get(key) or Entity(f"{kind}:{key}", text, kind, None)
            r.found[key] = entity
            # The head word alone, wherever it stands, is this organisation (resolve_bare).
            r.found.setdefault(name_key(run[0].text), entity)
            r.cast.mention(entity, text, run[0].start, run[-1].end, index)


@lru_cache(maxsize=4)
def _place_of_pattern(nouns: frozenset[str]) -> re.Pattern[str]:
    words = "|".join(re.escape(n) for n in sorted(nouns, key=len, reverse=True))
    return re.compile(r"(?<![\w-])(?:" + words + r") of $")


def _place_of(r: Reading, run: list[Token], index: int) -> bool:
    """Whether ``run`` follows a place noun and "of": "the city of NAME", "the port of NAME"."""
    sentence = r.sentences[index]
    at = run[0].start - sentence.start
    pattern = _place_of_pattern(r.names.place_nouns)
    return pattern.search(sentence.masked, max(0, at - 40), at) is not None


def _company_by_text(r: Reading, run: list[Token], index: int) -> bool:
    """ "Andes Cobre said it would appeal ...; the firm has operated there since 2009": a run
    no list knows that speaks is a company when its own sentence, after it, refers back to one
    ("the company", "its shares"), or the next sentence opens on such a reference ("The
    company's chief executive, NAME, blamed ..."). A person is never "the firm"; a chance
    capitalised phrase ("Human Rights groups") does not speak."""
    sentence = r.sentences[index]
    rest = sentence.masked[run[-1].end - sentence.start :]
    if _speaks_next(r.names.speech_verbs).match(rest) is None:
        return False
    pattern = _company_marks(r.titles.company_marks)
    if pattern.search(rest.lower()) is not None:
        return True
    if index + 1 >= len(r.sentences) or not r.sentences[index + 1].body:
        return False
    opening = r.sentences[index + 1].masked.lower()
    found = pattern.search(opening)
    return found is not None and found.start() == 0


@lru_cache(maxsize=2)
def _company_marks(marks: tuple[str, ...]) -> re.Pattern[str]:
    words = "|".join(re.escape(m.lower()) for m in marks)
    return re.compile(r"(?<![\w-])(?:" + words + r")(?![\w-])")


_CAPITALISED_NEXT = re.compile(r"\s*[A-Z]")
_PARTICIPLE = re.compile(r"[A-Z][a-z]{2,}ing")
_SHIP_NAME_RUNS_ON = re.compile(r"(?: [A-Z][\w'’-]*)+(?=[,.;:)]|\s+[a-z]|$)")
_SENTENCE_OPENS = re.compile(r"(?:^|[.!?][\"”’']?\s+)[\"“‘'(]?$")


def opening_participle(r: Reading, token: Token, sentence: Sentence) -> bool:
    """ "Hitting Greek-owned ships is low-cost", "Chasing smaller boats away": a word in
    "-ing" that opens a sentence and no list knows is a participle or a gerund, capitalised
    only because it opens the sentence; it starts no name ("Beijing", "Reading" are known)."""
    before = sentence.text[max(0, token.start - sentence.start - 4) : token.start - sentence.start]
    return (
        (token.sentence_initial or _SENTENCE_OPENS.search(before) is not None)
        and _PARTICIPLE.fullmatch(token.text) is not None
        and r.gaz.get(token.text) is None
        and token.text not in r.given
    )


_PERSON_POSSESSIVE = re.compile(r"([A-Z][\w'’-]*)['’]s? $")


def _leader_speaks_for(r: Reading, run: list[Token], sentence: Sentence) -> bool:
    """ "Tusk's Civic Platform said": a run a person found owns, and that speaks, is a body
    the person leads (a party, a movement); a person's name is never owned by another."""
    at = run[0].start - sentence.start
    match = _PERSON_POSSESSIVE.search(sentence.masked, max(0, at - 40), at)
    if match is None:
        return False
    owner = name_key(match.group(1))
    if not any(name_key(p.name).split()[-1] == owner for p in r.cast.people()):
        return False
    rest = sentence.masked[run[-1].end - sentence.start :]
    return _speaks_next(r.names.speech_verbs).match(rest) is not None


@lru_cache(maxsize=2)
def _speaks_next(verbs: frozenset[str]) -> re.Pattern[str]:
    words = "|".join(re.escape(v) for v in sorted(verbs, key=len, reverse=True))
    return re.compile(r",?\s+(?:" + words + r")\b")


def _organisation_name(r: Reading, run: list[Token], sentence: Sentence) -> bool:
    """Whether an unknown run may name an organisation: not led by a given name, a family
    name written first, a word that is no name, a month or a connector, not by a participle
    opening the sentence (:func:`opening_participle`), and not cut from a longer capitalised
    phrase ("Water Resources" of "Water Resources Minister NAME")."""
    first = run[0].text
    rest = sentence.masked[run[-1].end - sentence.start :]
    return not (
        _CAPITALISED_NEXT.match(rest)
        or opening_participle(r, run[0], sentence)
        or first in r.given
        or first in r.family_first
        or first in r.names.not_names
        or first in r.months
        or any(t.text in CONNECTORS for t in run)
        or name_key(join(run)) in r.exclude
    )


def resolve_owned(r: Reading) -> None:
    """ "Germany's NAME", "Spain's NAME": a single unknown word a state owns is a company
    (people are named in full, or are known), unless it is a surname found elsewhere."""
    people = r.cast.ordered_people()
    for token, index, state in r.owned:
        key = name_key(token.text)
        if key in r.exclude or token.text in r.months:
            continue
        if token.text in r.names.company_suffixes:
            continue  # "Japan's LNG", "Norway's Oil": the state's trade or goods, no company
        if surname_owner(r, token, people) is not None or r.gaz.surnames.get(key):
            r.bare.append(Bare(token, index))
            continue
        entity = r.found.get(key) or Entity(f"company:{key}", token.text, "company", state.country)
        r.found[key] = entity
        r.cast.mention(entity, token.text, token.start, token.end, index)


_KNOWN_AS = re.compile(
    r",? (?:(?:also|better|widely|commonly) )?(?:known as|nicknamed|dubbed) "
    r"(?P<name>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)(?=[,.;)]| (?:and|who|is|has|was)\b)"
)


def resolve_nicknames(r: Reading) -> None:
    """ "NAME NAME, better known as Hemedti,": the name the text gives a person is that
    person wherever it stands alone. After pass 4, which finds the person's lone surname
    ("Dagalo, better known as ...")."""
    for actor in list(r.cast.people()):
        entity = Entity(actor.key, actor.name, "person", actor.country)
        for mention in list(actor.mentions):
            sentence = r.sentences[mention.sentence]
            match = _KNOWN_AS.match(sentence.masked, mention.end - sentence.start)
            if match is None or name_key(match.group("name")) in r.exclude:
                continue
            name = match.group("name")
            if r.gaz.get(name) is not None:
                continue  # a name of another: "known as Russia's ..."
            r.found.setdefault(name_key(name), entity)
            start = sentence.start + match.start("name")
            r.cast.mention(entity, name, start, start + len(name), sentence.index)
            for bare in r.bare:
                if name_key(bare.token.text) == name_key(name):
                    token = bare.token
                    r.cast.mention(entity, token.text, token.start, token.end, bare.sentence)
        r.cast.sort_mentions(actor)


def resolve_bare(r: Reading) -> None:
    for bare in sorted(r.bare, key=lambda b: b.token.start):
        token = bare.token
        if name_key(token.text) in r.exclude or token.text in r.names.not_names:
            continue
        again = r.found.get(name_key(token.text))
        if again is not None and again.kind != "person":
            r.cast.mention(again, token.text, token.start, token.end, bare.sentence)
            continue
        actor = surname_owner(r, token, r.cast.ordered_people())
        if actor is not None:
            r.cast.mention(
                Entity(actor.key, actor.name, "person", actor.country),
                token.text,
                token.start,
                token.end,
                bare.sentence,
            )
            continue
        known = r.gaz.surnames.get(name_key(token.text), [])
        if len(known) == 1 and not _town(r, bare):
            r.cast.mention(known[0], token.text, token.start, token.end, bare.sentence)
            continue
        # Last, once no exact reading is left: a misspelt known name ("Tblisi"). A surname
        # found above is never read as a typo of a company ("Macron" is not Micron).
        form = _typo(r, [token])
        if form is not None and form.entity.kind != "person" and form.how != "prefix":
            r.cast.mention(form.entity, token.text, token.start, token.end, bare.sentence)


def _town(r: Reading, bare: Bare) -> bool:
    """Whether a lone word that is a known person's surname is a town: "in Austin, Texas",
    "near Lincoln, Nebraska". The person is not named; a place with its region is."""
    sentence = r.sentences[bare.sentence]
    before = sentence.masked[: bare.token.start - sentence.start]
    after = sentence.masked[bare.token.end - sentence.start :]
    return _PLACE_BEFORE.search(before) is not None and _REGION_AFTER.match(after) is not None


_PLACE_BEFORE = re.compile(r"(?:^|\s)(?:in|at|near|outside|from|to)\s+$", re.IGNORECASE)
_REGION_AFTER = re.compile(r", [A-Z][a-z]")


def _typo(r: Reading, words: Sequence[Token]) -> Form | None:
    """The known form ``words`` misspell, if any; never for a word that is a word of the
    dictionary or another name ("Indiana" is not "Indian", "Plague" not "Prague")."""
    keys = [name_key(t.text) for t in words]
    if any(k in r.names.not_typos for k in keys):
        return None
    if len(keys) > 1 and not any(k in r.gaz.name_words and k not in CONNECTORS for k in keys):
        return None  # no word of any known name: nothing to be a typo of
    return r.gaz.fuzzy(" ".join(t.text for t in words))


def surname_owner(r: Reading, token: Token, people: Sequence[Actor]) -> Actor | None:
    """The person a lone surname refers to: the nearest earlier full mention wins."""
    key = name_key(token.text)
    best: tuple[int, Actor] | None = None
    for actor in people[:_NAMESAKES]:
        parts = name_key(actor.name).split()
        short = {parts[-1], _unprefixed(parts[-1])}
        if len(parts) >= 2 and actor.name.split()[0] in r.family_first:
            short.add(parts[0])
        if key not in short and (
            key in r.names.not_typos or not any(is_typo_of(key, s) for s in short)
        ):
            continue
        full = actor.full_starts()
        if not full:
            continue
        earlier = bisect.bisect_left(full, token.start)
        # Prefer the latest full mention before the surname, else the first one after it.
        rank = token.start - full[earlier - 1] if earlier else 10**9 + full[0]
        if best is None or rank < best[0]:
            best = (rank, actor)
    return best[1] if best else None


_ARTICLE_PREFIXES = ("al-", "el-")


def _unprefixed(surname: str) -> str:
    """ "al-Burhan" is "Burhan" too: the article before an Arabic family name is often left
    out on a second mention."""
    return surname[3:] if surname.startswith(_ARTICLE_PREFIXES) and len(surname) > 6 else surname
