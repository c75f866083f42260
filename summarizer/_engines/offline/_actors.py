"""Finding the actors of an article and every form the text uses for each.

Detection reads capitalised word sequences of body sentences (:mod:`._sentences`,
:mod:`._tokens`): known names, longest first (states with their demonyms, capitals and
metonyms, "Russian", "Moscow", "Kremlin"; organisations, companies, armed groups, regions and
well-known people, :mod:`._gazetteer`), parts of hyphenated words ("Russo-Japanese"),
organisations named by a suffix ("Chinese Foreign Ministry", "Ministry of Foreign Affairs")
with the state that owns them ("Russia's ..."), and people (:mod:`._people`). Everything else
capitalised (sentence openers, months, seas, weapon systems) is ignored: an actor the engine is
unsure of costs more than one it misses.

The passes, in the order :func:`find_actors` runs them, and why each comes where it does:

1. **Sentences** (:func:`_sentence`, each body sentence in text order). Known names, hyphen
   parts, organisations and people with a title, a given name or a role around them become
   mentions; what one sentence cannot decide is noted for later: lone capitalised words
   (``bare``: "Lavrov" may be a surname), unknown runs of two or three words (``multi``) and
   lone words a state owns (``owned``: "Germany's NAME"). Text order matters: a title and a
   lone name ("President Putin") and a misspelt full name are read against the people found
   *before*, and a name the text introduces ("the Greek firm NAME") is known from then on.
   Some runs name no actor whatever surrounds them (:func:`_no_actor`): a market index
   ("Germany's DAX", whose owner is then only where it is), a state that no longer exists
   in a time clause ("since the Soviet Union collapsed"); a subheading in capitals ("WHO HAS
   TO AGREE?") is not read at all.
2. **Unknown runs** (:func:`._people.resolve_multi`). A run whose last word also stands alone
   somewhere in the text is a person ("Arben Dushku ... Dushku said"). It needs every lone
   word of the whole text, so it follows pass 1; the people it adds are full names the
   passes after it resolve surnames against.
3. **Owned words** (:func:`._people.resolve_owned`). "Germany's NAME" is a company unless NAME
   is the surname of a person found (then it joins the lone words of pass 4). It needs all
   the people of passes 1 and 2, and must precede pass 4, which it may add to.
4. **Lone words** (:func:`._people.resolve_bare`, in text order). A name introduced before, a
   surname of a person found (the nearest earlier full mention wins), or the surname of a
   single well-known person. Every full name is known by now. Then the names a text gives
   a person ("NAME, better known as Hemedti,", :func:`._people.resolve_nicknames`).
5. **Descriptions** (:func:`._roles.descriptions`). "The UN nuclear watchdog" becomes a
   mention of the IAEA when the cast holds the IAEA, and the "UN" inside it is forgotten. It
   follows every pass that makes mentions, so that none adds one inside a description again,
   and precedes the roles, which read the actors a sentence names.
6. **Roles** (:func:`._roles.appositive_roles`; not in a text written in capitals, where case
   tells no role from a name). Roles and countries of people from the words around their
   mentions. It needs the whole cast: "the country's energy minister" is of the state the
   sentence names, "her Turkish counterpart" takes the post of the person met (people are
   visited in order of first mention, so that person's role is known first).
7. **Venues** (:func:`_drop_mere_venues`). A state named only as a capital after "in", "at",
   "to"..., as where a thing is listed, based or sold ("listed in Singapore"), or as the
   owner of an index, is where things happen, not an actor, and leaves the cast. Late, so that the
   passes before still see the state a venue names ("Speaking in Tehran, the country's oil
   minister" is Iran's).
8. **Opening words** (:func:`_drop_opening_words`). A known name that is also a common word
   ("Shell", "Apple") seen only as a sentence's first word is the word. It needs the whole
   text: the name written elsewhere, mid-sentence, is the name; a state ("Turkey") stays
   when the text names another state and speaks of statecraft.
9. **The article's names** (:func:`_article_names`). An actor the text names only by a
   former name ("Facebook") is briefed under it, never under the name it took later (Meta).
"""

from __future__ import annotations

import dataclasses
import functools
import itertools
import re

from summarizer._engines.offline._aimed import aimed_at
from summarizer._engines.offline._antecedents import fitting_group
from summarizer._engines.offline._appositive_bodies import described_after
from summarizer._engines.offline._bare_organs import bare_organs
from summarizer._engines.offline._cast import Actor, Cast, Mention
from summarizer._engines.offline._clause import reading
from summarizer._engines.offline._communities import communities
from summarizer._engines.offline._follower import follower_trimmed
from summarizer._engines.offline._gazetteer import Entity, Form, Gazetteer
from summarizer._engines.offline._leagues import acting_leagues
from summarizer._engines.offline._named_for import names_a_thing
from summarizer._engines.offline._organs import state_organs
from summarizer._engines.offline._people import (
    place_named_person,
    read_people,
    resolve_bare,
    resolve_multi,
    resolve_nicknames,
    resolve_owned,
)
from summarizer._engines.offline._plural_titles import plural_title_at
from summarizer._engines.offline._ranks import ranked_title_at
from summarizer._engines.offline._reading import Reading
from summarizer._engines.offline._recalled import envoy_recalled_from
from summarizer._engines.offline._roles import (
    appositive_roles,
    body_described,
    descriptions,
    place_after,
    spoken_after,
)
from summarizer._engines.offline._sentences import Sentence
from summarizer._engines.offline._tokens import (
    CONNECTORS,
    Segment,
    Token,
    join,
    lower_tail,
    read_tokens,
    sequences,
)
from summarizer._text._keys import name_key

__all__ = ["find_actors"]

_LOCATIVE = frozenset(["in", "at", "to", "from", "near", "via", "outside", "inside"])
# What a state sends, sells or lends "to" a capital: the capital's state receives it.
_TRANSFER_TO = re.compile(
    r"\b(?:sales?|deliveries|transfers?|supplies|exports?|shipments?|aid|loans?|grants?)\b"
    r"(?: [\w$.,£€()-]+){0,6}? to$"
)
# Prepositions that may open a sentence before "the" and a name ("Outside the Commission's").
_PREPOSITIONS = _LOCATIVE | frozenset(
    [
        "across",
        "after",
        "against",
        "among",
        "around",
        "before",
        "behind",
        "beyond",
        "beside",
        "despite",
        "during",
        "over",
        "throughout",
        "under",
        "within",
        "without",
    ]
)


def find_actors(
    sentences: list[Sentence],
    *,
    exclude: frozenset[str] = frozenset(),
    dateline: tuple[str, ...] = (),
) -> Cast:
    """The actors of the body sentences; ``exclude`` holds normalised names never to list
    (the article's own outlet, for one). The passes are those of the module's docstring."""
    r = Reading.of(sentences, exclude=exclude)
    for sentence in sentences:
        if sentence.body and (r.all_caps or not _heading(sentence)):
            _sentence(r, sentence)
    resolve_multi(r)
    resolve_owned(r)
    resolve_bare(r)
    resolve_nicknames(r)
    if not r.all_caps:
        acting_leagues(r)
    descriptions(r)
    if not r.all_caps:
        _references_back(r)
        _initials_back(r)
        _national_tails(r)
        _armed_back(r)
        _polity_back(r)
        state_organs(r)
        bare_organs(r, dateline)
        appositive_roles(r)
    _drop_mere_venues(r)
    _drop_author_bio(r)
    _drop_opening_words(r)
    _article_names(r)
    if not r.all_caps:
        _interviewees(r, sentences)
    _in_passing(r)
    return r.cast


# ------------------------------------------------------------------ pass 1: one sentence


def _hyphen_tail(r: Reading, run: list[Token]) -> list[Token]:
    """ "Islamic State-linked insurgents": a known armed group's name of several words
    written onto a word of affiliation is that group's name (the fighters it heads are
    the group: :func:`_armed_linked`)."""
    last = run[-1]
    head, _, tail = last.text.rpartition("-")
    if len(run) < 2 or not head or tail not in r.names.affiliation_words or not head[:1].isupper():
        return run
    short = Token(head, last.start, last.start + len(head), False, last.sentence_initial)
    trimmed = [*run[:-1], short]
    form = r.gaz.get(join(trimmed), all_caps=r.all_caps)
    if form is None or form.entity.kind != "armed_group":
        return run
    return trimmed


def _sentence(r: Reading, sentence: Sentence) -> None:
    """Record what the capitalised sequences of one body sentence name."""
    text = lower_tail(sentence.masked) if r.all_caps else sentence.masked
    tokens = read_tokens(sentence, text)
    owner: Actor | None = None
    runs = _whole_names(r, sequences(tokens, text, sentence.start, r.gaz.and_heads), sentence)
    runs = [_hyphen_tail(r, follower_trimmed(_indefinite(run))) for run in runs]
    runs = [part for run in runs for part in _body_of_pair(r, run, sentence)]
    skip = -1
    for i, sequence in enumerate(runs):
        if i == skip:
            continue
        if _no_actor(r, sequence, sentence):
            if i and runs[i - 1][-1].possessive and _index(r, sequence, sentence):
                # "Germany's DAX": the state is where the index is, no actor by this mention.
                r.places.update(t.start for t in runs[i - 1])
            owner = None
            continue
        seat = r.gaz.get(join(sequence), all_caps=r.all_caps)
        if (
            seat is not None
            and seat.how == "capital"
            and not sequence[-1].possessive
            and place_after(r, sequence[-1], sentence)
        ) or names_a_thing(r, sequence, sentence):
            # "overlooking the Miraflores locks", "the Kyiv region": a capital or a seat
            # naming a place is where, not the government that acts; "the Pretoria
            # agreement": a capital naming an instrument names the thing, not its party.
            r.places.update(t.start for t in sequence)
        owner_here = owner if owner is not None and _follows(owner, sequence) else None
        short = None if r.all_caps else _bracketed(sentence, sequence, runs[i + 1 : i + 2])
        if short is not None and _define(r, sequence, short, sentence):
            # "the Food and Agriculture Organization (FAO)": one actor, two forms.
            skip, owner = i + 1, None
            continue
        owner = _sequence(r, sequence, sentence, owner_here)
        if short is not None and owner is not None and _stands_for(r, owner, sequence, short):
            _alias(r, owner, short, sentence)
            skip = i + 1
        if not sequence[-1].possessive:
            owner = None
    if not r.all_caps:
        _ministries(r, sentence)


def _indefinite(run: list[Token]) -> list[Token]:
    """ "A U.S. State Department spokesperson said": a capitalised indefinite article opening a
    sentence introduces the name, it is no word of it (unlike "The" in "The Hague")."""
    if len(run) > 1 and run[0].text in ("A", "An"):
        return run[1:]
    return run


@functools.lru_cache(maxsize=4)
def _ministry_pattern(titles: tuple[str, ...], roles: tuple[str, ...]) -> re.Pattern[str]:
    # The portfolios are those of the ministers the titles list knows ("Foreign Minister").
    words = sorted(
        {t.split()[0].lower() for t in titles if len(t.split()) == 2 and t.endswith(" Minister")}
        - {"prime", "deputy", "first"}
    )
    return re.compile(
        r"(?<![\w'’-])(?P<owner>[A-Z][\w-]*(?: [A-Z][\w-]*)?)(?:['’]s)? "
        r"(?P<portfolio>" + "|".join(words) + r") ministry(?![\w-])"
        # "Cambodia's defence ministry spokeswoman, NAME": the person speaks, not the body.
        r"(?! (?:" + "|".join(re.escape(n) for n in roles) + r")(?![\w-]))"
    )


def _ministries(r: Reading, sentence: Sentence) -> None:
    """ "the Cuban foreign ministry", "Georgia's defence ministry": a state's ministry
    written in lower case is a body that acts and speaks, named as the state's."""
    if " ministry" not in sentence.masked:
        return  # what the pattern ends on, found in C: most sentences have none
    pattern = _ministry_pattern(tuple(sorted(r.titles.by_key.values())), r.titles.role_nouns)
    for match in pattern.finditer(sentence.masked):
        owner = match.group("owner")
        # "The Cuban foreign ministry": the owner is the words a list knows.
        form = r.gaz.get(owner) or r.gaz.get(owner.rsplit(" ", 1)[-1])
        if form is None or form.entity.kind != "state":
            continue
        demonym = r.gaz.demonyms.get(form.entity.key, "")
        if not demonym:
            continue
        name = f"{demonym} {match.group('portfolio')} ministry"
        key = name_key(name)
        if key in r.exclude:
            continue
        entity = r.found.get(key) or Entity(
            f"organization:{key}", name, "organization", form.entity.country
        )
        r.found.setdefault(key, entity)
        start = sentence.start + match.start()
        r.cast.mention(entity, match.group(), start, sentence.start + match.end(), sentence.index)


# ------------------------------------------------------------------ what is never an actor

_NUMBER_AFTER = re.compile(r" (\d[\d.]*)\b")


def _heading(sentence: Sentence) -> bool:
    """ "WHO HAS TO AGREE?": a subheading in capitals, where case tells no acronym ("WHO")
    from a word, in a text written in lower case."""
    words = sentence.masked.split()
    return len(words) >= 2 and not any(c.islower() for c in sentence.masked)


def _no_actor(r: Reading, run: list[Token], sentence: Sentence) -> bool:
    """Whether ``run`` names no actor whatever the words around it: a market index ("the
    Nasdaq Composite", "Germany's DAX"), or a state that no longer exists named in a time
    clause ("since the Soviet Union collapsed"), which is background, not news."""
    if r.all_caps:
        return False
    if _index(r, run, sentence):
        return True
    if _MODEL.fullmatch(run[0].text):
        return True  # "F-16 fighter jets", "a P-8A Poseidon", "S-400": a weapon's model
    w = r.names
    if run[-1].text not in _last_words(w.former_states):
        return False  # every name tried below ends on the run's last word
    for k in range(1, min(len(run), 3) + 1):
        tail = run[-k:]
        if join(tail) in w.former_states:
            before = sentence.masked[: tail[0].start - sentence.start]
            return _time_cue(w.time_cues).search(before) is not None
    return False


# A model designation: capitals (or "MiG", "Su"), a hyphen, digits, perhaps a letter after them
# ("F-16", "P-8A", "J-16", "Su-35", "S-400", "MiG-29"). It names a weapon or an aircraft.
_MODEL = re.compile(r"(?:[A-Z]{1,3}|[A-Z][a-z]{1,2}|[A-Z][a-z][A-Z])-\d{1,4}[A-Z]?")


def _index(r: Reading, run: list[Token], sentence: Sentence) -> bool:
    """A stock index: its name ends the run ("the German DAX"), a number may follow it
    ("CAC 40", "S&P 500"), or the run ends on an index's head word ("Hang Seng Index")."""
    w = r.names
    if len(run) >= 2 and run[-1].text in w.index_heads:
        return True
    number = _NUMBER_AFTER.match(sentence.masked, run[-1].end - sentence.start)
    # Every name tried below ends on the run's last word, or on the number after it.
    last = _last_words(w.market_indices)
    if run[-1].text not in last and (number is None or number.group(1) not in last):
        return False
    for k in range(1, min(len(run), 4) + 1):
        tail = join(run[-k:])
        if tail in w.market_indices or (
            number is not None and f"{tail} {number.group(1)}" in w.market_indices
        ):
            return True
    return False


@functools.lru_cache(maxsize=8)
def _last_words(names: frozenset[str]) -> frozenset[str]:
    """The last word of each of ``names`` (a name :func:`join` writes is one space apart)."""
    return frozenset(name.rsplit(" ", 1)[-1] for name in names)


@functools.lru_cache(maxsize=4)
def _time_cue(cues: frozenset[str]) -> re.Pattern[str]:
    words = "|".join(re.escape(c) for c in sorted(cues, key=len, reverse=True))
    return re.compile(r"(?<![\w-])(?i:" + words + r")\s+(?:the\s+)?$")


# ------------------------------------------------------------------ acronyms in brackets

_BRACKET = re.compile(r"\s*\(\s*")


def _bracketed(sentence: Sentence, run: list[Token], following: list[list[Token]]) -> Token | None:
    """The acronym in brackets right after ``run`` ("... Organization (FAO)"), if any."""
    if not following or len(following[0]) != 1 or run[-1].possessive:
        return None
    token = following[0][0]
    gap = sentence.masked[run[-1].end - sentence.start : token.start - sentence.start]
    close = sentence.masked[token.end - sentence.start : token.end - sentence.start + 1]
    letters = token.text.replace("-", "").replace(".", "")
    if (
        _BRACKET.fullmatch(gap) is None
        or close != ")"
        or not 2 <= len(letters) <= 10
        or not (letters.isupper() or _word_acronym(letters))
        or not letters.isalnum()
    ):
        return None
    return token


def _word_acronym(letters: str) -> bool:
    """ "the National Energy Regulator of South Africa (Nersa)": some papers write an
    acronym said as a word in lower case after its capital; such a form stands for the run
    only when it spells the run's initials (:func:`_spells`)."""
    return len(letters) >= 3 and letters[0].isupper() and letters[1:].islower()


def _short_letters(short: Token) -> str:
    return short.text.replace("-", "").replace(".", "").upper()


def _spells(r: Reading, body: list[Token], short: Token) -> bool:
    """Whether the acronym ``short`` is the initials of ``body`` ("NERSA", "Nersa")."""
    return _initials(r, body) == _short_letters(short)


def _translated(r: Reading, body: list[Token], short: Token) -> bool:
    """ "the National Coordinator of Education Workers (CNTE)": a nation's body whose name
    the text translates keeps the acronym of its own language, whose letters the English
    initials do not spell. A run opening on a word of a nation's one body ("National",
    "Federal"), naming after "of" or "for" what it is of, and defining an acronym in capitals
    is that body: the text gives it a short name to use, which it does not for a programme
    or a title it spells out. Several letters must be shared, so a bracketed word of another
    sort (a state's code, a party's) is not read as its acronym."""
    letters = _short_letters(short)
    if len(body) < 4 or len(letters) < 3 or not short.text.isupper():
        return False
    if body[0].text not in r.names.nation_openers:
        return False
    if not any(t.text in ("of", "for") for t in body[2:-1]):
        return False
    initials = _initials(r, body)
    shared = sum(min(initials.count(c), letters.count(c)) for c in set(letters))
    return shared >= len(letters) - 1


def _initials(r: Reading, run: list[Token]) -> str:
    words = [t.text for t in run if t.text not in r.names.acronym_skip and t.text != "The"]
    return "".join(part[:1] for w in words for part in w.split("-") if part).upper()


def _stands_for(r: Reading, actor: Actor, run: list[Token], short: Token) -> bool:
    """Whether the acronym after ``run`` is another name of ``actor``, the body ``run`` ends
    on: its initials, or a body named whole by the run (a name in another language: "the
    Supreme Electoral Tribunal (TSE)"), never a place or a person the run merely ends with."""
    body = run[1:] if run[0].text == "The" and len(run) > 1 else run
    if _spells(r, body, short):
        return actor.kind != "person"
    if not short.text.isupper():
        return False  # a word in brackets that spells nothing is no acronym ("(Reuters)")
    if actor.kind not in ("organization", "company", "armed_group") or len(body) < 2:
        return False
    last = actor.mentions[-1] if actor.mentions else None
    return last is not None and last.start <= body[0].start and last.end == body[-1].end


def _armed_tail(suffixes: frozenset[str], body: list[Token]) -> bool:
    """Whether the name ends on a suffix of two words ("Balochistan Liberation Army")."""
    return len(body) >= 3 and f"{body[-2].text} {body[-1].text}" in suffixes


def _define(r: Reading, run: list[Token], short: Token, sentence: Sentence) -> bool:
    """Read ``run`` as a body the acronym after it stands for, when no list or suffix names
    it: its initials are the acronym ("Alliance Fleuve Congo (AFC)"). The words inside are
    the name's, not actors of their own ("Congo")."""
    w = r.names
    body = run[1:] if run[0].text == "The" and len(run) > 1 else run
    if len(body) < 2 or not (_spells(r, body, short) or _translated(r, body, short)):
        return False
    if r.gaz.get(join(body), all_caps=r.all_caps) is not None:
        return False  # a known name: read as usual, the acronym joins it
    last = body[-1].text
    if last in w.org_suffixes or last in w.armed_suffixes or last in w.company_suffixes:
        return False  # an organisation by its suffix: read as usual, the acronym joins it
    if last in w.geo_suffixes or last in w.thing_suffixes:
        return False  # "Terminal High Altitude Area Defense (THAAD)": a thing, not a body
    if body[0].text in r.given or body[0].text in r.family_first:
        return False
    kind = "organization"
    if any(t.text in w.armed_suffixes for t in body) or (
        body_described(r, body, sentence) == "armed_group"
    ):
        kind = "armed_group"
    elif any(t.text in w.company_suffixes for t in body) and not any(
        t.text in w.org_suffixes for t in body
    ):
        kind = "company"
    text = join(body)
    key = name_key(text)
    entity = r.found.get(key) or Entity(f"{kind}:{key}", text, kind, None)
    r.found[key] = entity
    actor = r.cast.mention(entity, text, body[0].start, body[-1].end, sentence.index)
    _alias(r, actor, short, sentence)
    return True


def _alias(r: Reading, actor: Actor, short: Token, sentence: Sentence) -> None:
    """The acronym stands for ``actor`` here and wherever the text uses it again."""
    entity = Entity(actor.key, actor.name, actor.kind, actor.country)
    r.found.setdefault(name_key(short.text), entity)
    r.cast.mention(entity, short.text, short.start, short.end, sentence.index)


_ON = re.compile(r" on (?:the )?$")


def _body_of_pair(r: Reading, run: list[Token], sentence: Sentence) -> list[list[Token]]:
    """ "the Joint Boundary Commission of Thailand and Cambodia": a body "of" a state that
    "and" joins to a second state belongs to both, so its name ends before "of" and the
    states are named on their own (the body is no "Commission of Thailand")."""
    if len(run) < 3:
        return [run]  # no room for a body, "of" and a state
    at = next((i for i, t in enumerate(run) if t.text == "of"), -1)
    if at < 1 or run[at - 1].text not in r.names.org_suffixes:
        return [run]
    state = r.gaz.get(join(run[at + 1 :]))
    if state is None or state.entity.kind != "state":
        return [run]
    after = _PAIRED_STATE.match(sentence.masked, run[-1].end - sentence.start)
    other = r.gaz.get(after.group(1)) if after is not None else None
    if other is None or other.entity.kind != "state" or other.entity == state.entity:
        return [run]
    return [run[:at], run[at + 1 :]]


_PAIRED_STATE = re.compile(r" and (?:the )?([A-Z][\w-]*(?: [A-Z][\w-]*)?)")


def _whole_names(r: Reading, runs: list[list[Token]], sentence: Sentence) -> list[list[Token]]:
    """Runs that are parts of one longer name, joined: a name is read whole or not at all.

    "People's Liberation Army" is no owner and its "Liberation Army" (the capitalised runs
    end at a possessive that owns nothing the text names); "United Nations Commission on
    the Limits of the Continental Shelf" is no "United Nations Commission" (a body's name
    goes on after "on").
    """
    if len(runs) < 2:
        return runs
    out: list[list[Token]] = [runs[0]]
    for run in runs[1:]:
        previous = out[-1]
        gap = sentence.masked[previous[-1].end - sentence.start : run[0].start - sentence.start]
        if (
            previous[-1].possessive
            and gap.strip() in ("'s", "’s", "'", "’")
            and _not_owner(r, previous, run)
        ):
            head = previous[-1]
            glued = Token(
                head.text + gap.rstrip(),
                head.start,
                head.end + len(gap.rstrip()),
                False,
                head.sentence_initial,
            )
            out[-1] = [*previous[:-1], glued, *run]
            continue
        if gap == " and " and (
            _and_joins(r, previous, run) or _party_and(r, previous, run, sentence)
        ):
            at = previous[-1].end
            out[-1] = [*previous, Token("and", at + 1, at + 4, False, False), *run]
            continue
        if gap == ", " and _portfolio_list(r, previous, run, sentence):
            # "Ministry of Economy, Trade and Industry": the comma lists the portfolios of
            # one ministry, whose name "and" closes.
            head = previous[-1]
            glued = Token(head.text + ",", head.start, head.end + 1, False, head.sentence_initial)
            out[-1] = [*previous[:-1], glued, *run]
            continue
        if (
            gap == " in "
            and previous[-1].text in r.names.stationed_heads
            and not previous[-1].possessive
            and (form := r.gaz.get(join(run))) is not None
            and form.entity.kind == "state"
        ):
            # "the U.N. Support Mission in Libya": a mission's name goes on with where it sits.
            at = previous[-1].end
            out[-1] = [*previous, Token("in", at + 1, at + 3, False, False), *run]
            continue
        on = _ON.fullmatch(gap) if gap.startswith(" on ") else None
        if (
            on is not None
            and previous[-1].text in r.names.org_suffixes
            and not previous[-1].possessive
        ):
            at = previous[-1].end
            between = [Token("on", at + 1, at + 3, False, False)]
            if gap.endswith(" the "):
                between.append(Token("the", at + 4, at + 7, False, False))
            out[-1] = [*previous, *between, *run]
            continue
        out.append(run)
    return out


def _and_joins(r: Reading, before: list[Token], after: list[Token]) -> bool:
    """Whether "BEFORE and AFTER" is one body's name: "Food and Agriculture Organization",
    "Ministry of Trade and Industry", "Lualaba Copper and Cobalt Mining", "Authority for the
    Regulation and Control of Strategic Mineral Markets". Either the words after "and" end on
    an organisation's or a company's suffix, or those before hold one followed by "of"/"for"
    (and those after hold none: "Ministry of Finance and Bank of Ghana" are two bodies); and
    no word on either side is a name of its own (a known name, a given name, a title), which
    "and" would join to another ("Russia and the Foreign Ministry", "the Ministry of Defence
    and Prime Minister NAME"), nor is either side a known name whole ("the United Nations and
    European Union"), nor does the side before end on a suffix itself ("the Foreign Ministry
    and Defence Ministry"). A state may open the name ("Zimbabwe Electricity Transmission and
    Distribution Company"): a body named after its country."""
    w = r.names
    if before[-1].possessive or any(t.possessive for t in after):
        return False
    suffixes = w.org_suffixes | w.company_suffixes
    # A company's suffix joins one word of its trade ("Copper and Cobalt Mining"); after
    # more words it closes another company's name ("Wistron and Global Lighting
    # Technologies"), and an article opens another name ("Braun and The Carlyle Group").
    suffix_after = after[-1].text in w.org_suffixes or (
        after[-1].text in w.company_suffixes and len(after) == 2 and len(before) >= 2
    )
    suffix_before = any(
        t.text in w.org_suffixes and n.text in ("of", "for") for t, n in itertools.pairwise(before)
    ) and (len(after) <= 3 or not any(t.text in suffixes for t in after))
    if not (suffix_after or suffix_before) or after[-1].text in w.geo_suffixes:
        return False
    opening = [t for t in before if t.text != "The"]
    if suffix_after and before[-1].text in suffixes and len(opening) >= 2:
        # A suffix after words of its own closes a name ("the Foreign Ministry and ..."); a
        # lone word is a portfolio of the name "and" goes on ("Energy and Mines Ministry").
        return False
    for side in (before, after):
        # "the United Nations and European Union": two known bodies, not one.
        text = " ".join(t.text for t in side if t.text != "The")
        if r.gaz.get(text, all_caps=r.all_caps) is not None:
            return False
    words = [t for t in (*before, *after) if t.text not in CONNECTORS and t.text != "The"]
    if len(opening) >= 2 and words and words[0] is opening[0]:
        lead = r.gaz.get(words[0].text, all_caps=r.all_caps)
        if lead is not None and lead.entity.kind == "state" and lead.how in ("name", "demonym"):
            # "Zimbabwe Electricity ...", "Philippine Bureau of Fisheries and Aquatic
            # Resources": the body's country opens its name.
            words = words[1:]
    # "Arab Fund for Economic and Social Development": a word opening a body's "SUFFIX
    # for/of" name before "and" is that name's word, whatever it is on its own.
    opener = opening[0] if suffix_before and len(opening) >= 3 else None
    return not any(
        t.text in r.given
        or t.text in r.family_first
        or (
            t.text in w.not_names
            and t.text not in suffixes
            and t.text not in w.body_words
            and t is not opener
        )
        or r.gaz.get(t.text, all_caps=r.all_caps) is not None
        # A title closing the run titles no one ("Party of Freedom and Justice").
        or (name_key(t.text) in r.titles.by_key and t is not after[-1])
        for t in words
    )


def _portfolio_list(
    r: Reading, before: list[Token], after: list[Token], sentence: Sentence
) -> bool:
    """Whether ", AFTER and NAME" goes on a body's "SUFFIX of NAME": one word after the
    comma, then "and" and one capitalised word, none a name of its own."""
    w = r.names
    if len(after) != 1 or before[-1].possessive or after[0].possessive:
        return False
    # "Commission for Conciliation, Mediation and Arbitration": "for" lists what it does.
    if not any(
        t.text in w.org_suffixes and n.text in ("of", "for") for t, n in itertools.pairwise(before)
    ):
        return False
    rest = sentence.masked[after[-1].end - sentence.start :]
    if _LAST_PORTFOLIO.match(rest) is None:
        return False
    return all(
        r.gaz.get(t.text, all_caps=r.all_caps) is None and t.text not in r.given
        for t in (before[-1], after[0])
    )


_LAST_PORTFOLIO = re.compile(r" and [A-Z][\w-]*(?![\w-]| [A-Z])")


def _party_and(r: Reading, before: list[Token], after: list[Token], sentence: Sentence) -> bool:
    """Whether "BEFORE and AFTER" is one party's name the text describes as a body ("the
    nationalist Law and Justice party", "the opposition Law and Justice") or named whole
    before: common words no list knows, joined by "and"."""
    if len(before) > 2 or len(after) > 2 or before[-1].possessive:
        return False
    words = [t for t in (*before, *after) if t.text != "The"]
    if not words or any(
        t.text in r.given
        or t.text in r.family_first
        or t.text in r.months
        or r.gaz.get(t.text, all_caps=r.all_caps) is not None
        or t.text in r.names.org_suffixes
        or t.text in r.names.company_suffixes
        for t in words
    ):
        return False
    at = before[-1].end
    joined = [*before, Token("and", at + 1, at + 4, False, False), *after]
    if name_key(join([t for t in joined if t.text != "The"])) in r.found:
        return True
    return body_described(r, joined, sentence) is not None


def _not_owner(r: Reading, owner: list[Token], run: list[Token]) -> bool:
    """Whether ``owner`` ("People's") is a word of the name ``run`` goes on with, rather than
    an actor that owns it ("Russia's Defence Ministry", "Salinas's ministry")."""
    words = r.names
    last = run[-1].text
    if (
        last not in words.org_suffixes
        and last not in words.armed_suffixes
        and (last not in words.company_suffixes)
    ):
        return (
            r.gaz.get(join([*owner[:-1], Token(owner[-1].text + "'s", 0, 0, False, False), *run]))
            is not None
        )
    text = join(owner)
    if r.gaz.get(text) is not None or name_key(text) in r.gaz.surnames:
        return False
    if any(t.text in r.given or t.text in r.family_first for t in owner):
        return False
    if _titled(r, owner):
        return False  # "President NAME NAME's Progressive Party": a titled person owns it
    key = name_key(owner[-1].text)
    return not any(key == name_key(p.name).split()[-1] for p in r.cast.people())


def _titled(r: Reading, words: list[Token]) -> bool:
    """Whether ``words`` are a title and a name after it ("President Aleksandar Vucic")."""
    return any(
        name_key(join(words[:j])) in r.titles.by_key
        and not any(name_key(w.text) in r.titles.by_key for w in words[j:])
        for j in range(1, min(len(words) - 1, r.titles.max_words) + 1)
    )


def _follows(owner: Actor, sequence: list[Token]) -> bool:
    # "Russia's Ministry": only "'s " between.
    return 0 <= sequence[0].start - owner.last_end <= 4


def _segments(r: Reading, seq: list[Token]) -> list[Segment]:
    segments: list[Segment] = []
    i = 0
    n = len(seq)
    while i < n:
        if seq[i].text in CONNECTORS:
            i += 1
            continue
        found = _known_at(r, seq, i)
        if found is not None:
            segments.append(found)
            i = found.end
            continue
        title = None if r.all_caps else _title_at(r, seq, i)
        if title is not None and not _honorific_in_name(segments, title, n):
            segments.append(title)
            i = title.end
            continue
        segments.append(Segment(i, i + 1))
        i += 1
    return segments


def _honorific_in_name(before: list[Segment], title: Segment, n: int) -> bool:
    """ "President Hassan Sheikh Mohamud": an honorific between two words of a name, after a
    title, is one of its words: the segment before it is a plain word that a title opened."""
    if len(before) < 2 or title.end >= n or title.end - title.start != 1:
        return False
    word, opener = before[-1], before[-2]
    return (
        word.end == title.start
        and word.form is None
        and word.title is None
        and word.end - word.start == 1
        and bool(opener.title)
        and opener.end == word.start
    )


def _known_at(r: Reading, seq: list[Token], i: int) -> Segment | None:
    limit = min(len(seq), i + r.gaz.max_tokens)
    # A name ends at its first possessive word ("Russia's"): the longer runs are never tried,
    # so the bound is found once rather than by a scan per length.
    for k in range(i, limit):
        if seq[k].possessive:
            limit = k + 1
            break
    for j in range(limit, i, -1):
        if seq[j - 1].text in CONNECTORS:
            continue
        text = join(seq[i:j])
        key = name_key(text)
        if key in r.exclude:
            return Segment(i, j, None, "")  # an outlet: consumed, names nothing
        form = r.gaz.get(text, all_caps=r.all_caps, key=key)
        if form is not None:
            if (
                (form.how == "demonym" or text == "America")
                and i > 0
                and seq[i - 1].text in r.names.region_qualifiers
            ):
                # "South American governments", "violence in Central America": a region and
                # its adjective, not the United States.
                return Segment(i, j, None, "")
            return Segment(i, j, form)
    return None


def _title_at(r: Reading, seq: list[Token], i: int) -> Segment | None:
    for j in range(min(len(seq), i + r.titles.max_words), i, -1):
        title = r.titles.by_key.get(name_key(join(seq[i:j])))
        if title is not None and not any(t.possessive for t in seq[i:j]):
            return Segment(i, j, None, title)
    return ranked_title_at(r, seq, i) or plural_title_at(r, seq, i)


def _sequence(
    r: Reading, seq: list[Token], sentence: Sentence, owner: Actor | None
) -> Actor | None:
    """Record what ``seq`` names; return the actor it ends on (the owner of what follows
    when it is possessive, the body a bracketed acronym after it stands for)."""
    w = r.names
    seq = _after_date(r, seq, sentence)
    if not seq:
        return None
    if _outlet_desk(r, seq):
        return None
    if not r.all_caps:
        person = place_named_person(r, seq, sentence)
        if person is not None:
            return person
    cut = _person_of_body(r, seq, sentence)
    if cut is not None:
        # "Marie Doucette of the Liberal Party": a person, then the body she speaks for.
        _sequence(r, seq[:cut], sentence, owner)
        return _sequence(r, seq[cut + 1 :], sentence, None)
    last = seq[-1].text
    segments = _segments(r, seq) if r.all_caps else communities(seq, _segments(r, seq), sentence)
    whole = len(segments) == 1 and segments[0].start == 0 and segments[0].end == len(seq)
    if not whole and (last in w.geo_suffixes or last in w.thing_suffixes):
        # "Baltic Sea", "South Kurile Islands", "... Area Defense": geography; "Henry Hub",
        # "James Webb Space Telescope": things, whatever given name they open with.
        return None
    head = 1 if seq[0].text == "The" else 0
    if (
        not whole
        and len(seq) >= head + 3
        and seq[head].text in w.geo_suffixes
        and seq[head + 1].text == "of"
        and not seq[-1].possessive
    ):
        # "the Gulf of Guinea", "the Sea of Japan": geography written head first; the state
        # after "of" names the place, it does not act.
        return None
    used = [False] * len(seq)
    actors: list[tuple[int, Actor]] = []
    if _named_whole(r, seq, segments):
        # "PT Vale Indonesia", "Indonesia Morowali Industrial Park": one company's name; the
        # state and the company inside it are words of that name, no mentions of their own.
        segments = [s for s in segments if s.form is None]
    for seg in segments:
        if seg.form is not None:
            actor = _known(r, seg.form, seq[seg.start : seg.end], sentence)
            if actor is not None:
                actors.append((seg.end, actor))
            for k in range(seg.start, seg.end):
                used[k] = True
        elif seg.title == "":
            for k in range(seg.start, seg.end):
                used[k] = True
    # Hyphenated words whose parts are known: "Russo-Japanese", "NATO-Russia".
    for k, token in enumerate(seq):
        if not used[k] and "-" in token.text:
            for part_actor in _parts(r, token, sentence):
                actors.append((k + 1, part_actor))
    if not r.all_caps:
        org = _organisation(r, seq, segments, sentence, owner) or _lone_body(r, seq, sentence)
        if org is not None:
            _inside_name(r, actors, org)
            return org
        read_people(r, seq, segments, used, sentence, owner)
    ending = [a for end, a in actors if end == len(seq)]
    return ending[-1] if ending else None


def _outlet_desk(r: Reading, seq: list[Token]) -> bool:
    """ "the Reuters Fact Check team", "BBC Verify": an outlet's name opening a longer one
    names one of its desks, which reports the story and is never an actor of it (unless
    the rest is a name of its own: "AP Moller-Maersk", "Bloomberg Philanthropies" ends on
    no suffix but is no desk either, and is rare)."""
    body = seq[1:] if seq[0].text == "The" else seq
    if len(body) < 2 or body[0].possessive or name_key(body[0].text) not in r.exclude:
        return False
    w = r.names
    rest = body[1:]
    if rest[-1].text in w.org_suffixes or rest[-1].text in w.company_suffixes:
        return False
    return not any(
        r.gaz.get(part, all_caps=r.all_caps) is not None
        for t in rest
        for part in (t.text, *t.text.split("-"))
        if part
    )


def _named_whole(r: Reading, seq: list[Token], segments: list[Segment]) -> bool:
    """Whether ``seq`` is one body's name whatever known names stand inside it: it opens
    on a legal form ("PT", "JSC") or ends on the head of a site a company runs ("Industrial
    Park"), after at least two words of its own; or a known body's name goes on after "on"
    or "for" ("European Council on Foreign Relations" is no European Council)."""
    if any(
        s.form is not None
        and s.form.entity.kind != "state"
        and 0 < s.end < len(seq) - 1
        and seq[s.end - 1].text in r.names.org_suffixes
        and seq[s.end].text in ("on", "for")
        for s in segments
    ):
        return True
    body = seq[1:] if seq[0].text == "The" else seq
    if len(body) >= 2 and body[0].text in r.names.company_prefixes:
        return True
    again = r.found.get(name_key(join(body))) if len(body) >= 2 else None
    if again is not None and again.kind in ("company", "organization"):
        return True  # "Kazakhstan Temir Zholy said": the company named whole before
    return _site(r, body)


def _site(r: Reading, body: list[Token]) -> bool:
    heads = r.names.site_heads
    return any(
        len(body) >= n + 1 and join(body[-n:]) in heads and not any(t.possessive for t in body)
        for n in (2, 3)
    )


def _inside_name(r: Reading, actors: list[tuple[int, Actor]], body: Actor) -> None:
    """ "Bank of Latvia", "Tokyo Electric Power Company": a state word inside a body's name
    says whose or where the body is, as a demonym does; the state does not act by it. A
    known body's name inside a longer one ("People's Liberation Army" of "Sahrawi People's
    Liberation Army") is a word of it, no mention of that body."""
    span = body.mentions[-1] if body.mentions else None
    if span is None:
        return
    for _, actor in actors:
        if actor is body or actor.kind == "person":
            continue
        if actor.kind != "state":
            for m in list(actor.mentions):
                if m.sentence == span.sentence and span.start <= m.start and m.end <= span.end:
                    extra = span.surface[: m.start - span.start].split()
                    if (m.start, m.end) != (span.start, span.end) and all(
                        # "A U.S. State Department": an article or a state before a known
                        # body is no word of a longer name; "Sahrawi" is, and so is a word
                        # that opens a nation's own body ("National Security Council").
                        (word not in r.names.not_names or word in r.names.nation_openers)
                        and r.gaz.get(word) is None
                        for word in extra
                    ):
                        r.cast.forget(actor, m.start)
            continue
        for m in actor.mentions:
            if m.sentence == span.sentence and span.start <= m.start and m.end <= span.end:
                m.adjective = True


def _after_date(r: Reading, seq: list[Token], sentence: Sentence) -> list[Token]:
    """ "Last Tuesday the State Department", "On Monday the Commission", "On 30 September the
    Security Council": a date that opens the sentence is no word of the name run into it."""
    k = 0
    dated = False
    while k < len(seq):
        text = seq[k].text
        # A month alone may open a name ("March Networks"); after "In", "Last"... or a day's
        # number ("30 September") it is a date.
        if text in r.weekdays or (
            text in r.months
            and (k > 0 or _DAY_BEFORE.search(sentence.text, 0, _at(seq[k], sentence)))
        ):
            dated = True
        elif not (
            text in r.names.not_names
            and k + 1 < len(seq)
            and (seq[k + 1].text in r.weekdays or seq[k + 1].text in r.months)
        ):
            break
        k += 1
    if not dated or k == len(seq):
        return seq
    while k < len(seq) and seq[k].text in CONNECTORS:
        k += 1
    return seq[k:]


# A day's number right before a month: "On 30 September".
_DAY_BEFORE = re.compile(r"(?<![\w.,])\d{1,2}(?:st|nd|rd|th)? $")


def _at(token: Token, sentence: Sentence) -> int:
    """Where ``token`` starts in ``sentence.text``."""
    return max(0, token.start - sentence.start)


def _person_of_body(r: Reading, seq: list[Token], sentence: Sentence) -> int | None:
    """Where "of" cuts "GIVEN FAMILY of the NAME Party" into a person and a body: the run
    opens on a given name, or follows a verb of speaking ("said NAME NAME of the NAME
    Union"), two or three words before "of", and ends on a body's suffix."""
    w = r.names
    if r.all_caps or seq[-1].text not in w.org_suffixes:
        return None
    if seq[0].text not in r.given and not spoken_after(r, seq[0], sentence):
        return None
    for k in (2, 3):
        if k + 1 < len(seq) and seq[k].text == "of":
            head = seq[:k]
            if any(t.text in CONNECTORS or t.text in w.org_suffixes or t.possessive for t in head):
                return None
            return k
    return None


def _known(r: Reading, form: Form, tokens: list[Token], sentence: Sentence) -> Actor | None:
    surface = join(tokens)
    start, end = tokens[0].start, tokens[-1].end
    entity = form.entity
    if entity.kind == "person":
        actor = r.cast.mention(entity, surface, start, end, sentence.index)
        return actor
    if form.how == "prefix":
        return None  # "Russo" alone is not a mention; only inside "Russo-Japanese"
    if len(tokens) == 1 and surface.isupper() and len(surface) >= 3:
        spelt = _spelt_out(r, surface, entity)
        if spelt is not None:
            entity = spelt
    return r.cast.mention(
        entity, surface, start, end, sentence.index, adjective=form.how == "demonym"
    )


def _spelt_out(r: Reading, acronym: str, entity: Entity) -> Entity | None:
    """ "The International Cricket Council lifted ... The ICC says": an acronym a list
    knows for another body ("ICC", the International Criminal Court) is the body the
    article named before in full, whose initials it is."""
    for actor in r.cast.actors.values():
        if actor.key == entity.key or actor.kind not in ("organization", "company"):
            continue
        words = [w for w in actor.name.split() if w not in r.names.acronym_skip]
        if len(words) == len(acronym) and "".join(w[:1] for w in words).upper() == acronym:
            return Entity(actor.key, actor.name, actor.kind, actor.country)
    return None


def _parts(r: Reading, token: Token, sentence: Sentence) -> list[Actor]:
    found: list[Actor] = []
    offset = token.start
    parts = token.text.split("-")
    for k, part in enumerate(parts):
        form = r.gaz.get(part, all_caps=r.all_caps) if part else None
        if form is not None and parts[k + 1 : k + 2] not in (
            ["flagged"],
            ["registered"],
            ["speaking"],
        ):
            # "a Liberia-flagged vessel": the registry a ship flies the flag of, no actor;
            # "the French-speaking liberals": speakers of a language, not the state.
            actor = r.cast.mention(form.entity, part, offset, offset + len(part), sentence.index)
            found.append(actor)
        offset += len(part) + 1
    return found


# ------------------------------------------------------------------ organisations by suffix


def _organisation(
    r: Reading, seq: list[Token], segments: list[Segment], sentence: Sentence, owner: Actor | None
) -> Actor | None:
    w = r.names
    # A date after the name is no part of it: "the Tribunal on Wednesday blocked ...".
    dated = next(
        (
            k
            for k, (t, n) in enumerate(itertools.pairwise(seq))
            if t.text in ("on", "in") and (n.text in r.weekdays or n.text in r.months)
        ),
        None,
    )
    if dated is not None:
        seq = seq[:dated]
        segments = [s for s in segments if s.end <= dated]
    if len(seq) < 2 and owner is None:
        return None
    last = seq[-1].text
    first = 0
    while first < len(seq) and (
        seq[first].text in CONNECTORS
        or seq[first].text == "The"
        # "Since the Soviet Union", "Outside the Commission's headquarters": a sentence's
        # opening word, no word of the name.
        or (
            (seq[first].text in w.not_names or seq[first].text.casefold() in _PREPOSITIONS)
            and first + 1 < len(seq)
            and seq[first + 1].text == "the"
        )
    ):
        first += 1
    if any(s.form is not None and s.start <= first and s.end == len(seq) for s in segments):
        return None  # "The International Atomic Energy Agency": a known name already
    # "the CEO of New Media Investment Group", "Governor of the Bank of England": a post of
    # the body names the body, not one called after the post.
    if (
        first + 2 < len(seq)
        and (last in w.org_suffixes or last in w.company_suffixes)
        and seq[first + 1].text == "of"
        # "Leaders of the African National Congress": a plural of people is no word of it.
        and (name_key(seq[first].text) in r.titles.by_key or seq[first].text in w.not_names)
        # "the Federation of Unions of South Africa": a body's own head word, then "of" and
        # no article, is the body's whole name ("the Council of the EU" is the EU's).
        and not (seq[first].text in w.org_suffixes and seq[first + 2].text != "the")
    ):
        first += 3 if seq[first + 2].text == "the" else 2
    body = seq[first:]
    if not body:
        return None
    lead = next((s for s in segments if s.start == first and s.form is not None), None)
    suffix_kind: str | None = None
    # "Empresa Nacional de Electricidad": a language that puts the head first names the
    # body by its first word.
    head_first = (
        ("company" if body[0].text in w.company_heads else None)
        or ("organization" if body[0].text in w.org_heads else None)
        if len(body) >= 2
        else None
    )
    prefixed = len(body) >= 2 and body[0].text in w.company_prefixes
    party = _party_name(r, body)
    if prefixed or _site(r, body):
        suffix_kind = "company"
    elif last in w.armed_suffixes or _armed_tail(w.armed_suffixes, body):
        suffix_kind = "armed_group"
    elif last in w.org_suffixes:
        # "fighters of the Allied Democratic Forces": the text says what kind of body it is.
        suffix_kind = (
            "armed_group" if body_described(r, body, sentence) == "armed_group" else "organization"
        )
    elif last in w.company_suffixes:
        suffix_kind = "company"
    elif head_first is not None:
        suffix_kind = head_first
    elif (
        len(body) >= 3
        and any(
            (t.text in w.org_suffixes and n.text in ("of", "for"))
            # "National Corporation for Indigenous Development": a public body's name.
            or (k > 0 and t.text in w.company_suffixes and n.text == "for")
            or (t.text in w.stationed_heads and n.text == "in")
            or (k == 0 and t.text in w.chamber_heads and n.text == "of" and not _of_state(r, body))
            for k, (t, n) in enumerate(itertools.pairwise(body[:4]))
        )
    ):
        # "Ministry of Foreign Affairs", "Bank of England", "Ad Hoc Committee of NAME
        # Bondholders": the body's kind, then whom it is of.
        suffix_kind = "organization"
    elif any(t.text in w.org_suffixes and n.text == "on" for t, n in itertools.pairwise(body)):
        suffix_kind = "organization"  # "Commission on the Limits of the Continental Shelf"
    elif len(body) >= 3 and body[-2].text == "and" and body_described(r, body, sentence):
        # "the nationalist Law and Justice party": joined by what the text says it is.
        suffix_kind = "organization"
    elif party:
        # "the Sweden Democrats", "the Free Democrats": a persuasion's members after a word
        # of the party's own are the party's whole name, a state word in it included.
        suffix_kind = "organization"
    elif len(body) >= 2 and lead is not None and body[0] is seq[lead.start]:
        # "the ruling Georgian Dream party": a name that opens on a demonym, which the text
        # says is a party or a movement, is the body's whole name, not its country.
        suffix_kind = body_described(r, body, sentence)
    elif len(body) >= 2 and not any(s.form is not None for s in segments):
        # "the National Coordinator for Human Rights, an umbrella group of ...": a name the
        # description after it says is a body (:mod:`._appositive_bodies`).
        suffix_kind = described_after(r, body, sentence)
    if suffix_kind is None:
        again = r.found.get(name_key(join(body))) if len(body) >= 2 else None
        if again is None:
            return None
        # "the ruling Georgian Dream party ... dominated by Georgian Dream": the body again.
        return r.cast.mention(again, join(body), body[0].start, body[-1].end, sentence.index)
    # The suffix alone, or generic words and a suffix ("Foreign Ministry") with no owner,
    # name nothing in particular.
    # A place a list knows is a specific word, whatever words it is made of ("Federation of
    # Unions of South Africa").
    known = {seq[k].start for s in segments if s.form is not None for k in range(s.start, s.end)}
    specific = [
        t
        for t in body
        if (t.text not in w.not_names or t.start in known)
        and t.text not in CONNECTORS
        and t.text not in w.org_suffixes
        and t.text not in w.company_suffixes
    ]
    country: str | None = None
    # A party in a state's name ("Sweden Democrats") is one side of that state's politics,
    # never the state's camp against another party or the government.
    if (
        lead is not None
        and lead.form is not None
        and lead.form.entity.kind == "state"
        and not party
    ):
        country = lead.form.entity.country
        if (
            suffix_kind == "company"
            and lead.form.how == "demonym"
            and lead.end - lead.start == 1
            and len(specific) >= 3
        ):
            # "Indonesian Bintang Timur Minerals": before a company's own name, a demonym
            # says where it is from ("Indian Oil Corporation" keeps it: no name without it).
            body = body[1:]
            specific = specific[1:]
    name = join(body)
    if owner is not None and owner.kind == "state":
        country = owner.country
        demonym = _demonym(owner, r.gaz)
        # "Russia's Foreign Ministry" is the Russian Foreign Ministry; a company's own name
        # ("Chile's Sociedad Quimica y Minera") needs no country.
        if demonym and suffix_kind != "company" and head_first is None:
            name = f"{demonym} {name}"
    if (
        not specific
        and country is None
        and not (last == "Party" and len(body) >= 2)
        # "the National Oil Corporation": the nation's one body of its kind, a proper name.
        and not (len(body) >= 3 and body[0].text in w.nation_openers)
        and not party
        and not (len(body) >= 2 and body_described(r, body, sentence) is not None)
    ):
        # "the opposition Socialist Party", "the opposition National Alliance" name a party
        # though their words are generic: the text says what body they are.
        return None
    if len(body) < 2 and country is None:
        return None
    if name_key(name) in r.exclude or name_key(join(body)) in r.exclude:
        return None
    if suffix_kind == "company" and lead is not None and len(body) == 2:
        return None  # "Russian Energy", "Chinese Oil": a demonym and a sector
    if suffix_kind == "company" and not specific and len(body) == 1:
        return None  # "Japan's LNG", "Chile's Mining": an owner's goods or trade, no company
    again = r.found.get(name_key(join(body)))
    if again is not None and again.kind == suffix_kind and country in (None, again.country):
        # "China's Commerce Ministry ... the Commerce Ministry said": the body named before.
        actor = r.cast.mention(again, join(body), body[0].start, body[-1].end, sentence.index)
        if party:
            r.cast.drop_within([(body[0].start, body[-1].end)], keep=actor)
        return actor
    entity = Entity(f"{suffix_kind}:{name_key(name)}", name, suffix_kind, country)
    r.found.setdefault(name_key(join(body)), entity)
    if prefixed:
        # "JSC Kazakhstan Temir Zholy ... Kazakhstan Temir Zholy said": the legal form is
        # mostly left out when the company is named again.
        r.found.setdefault(name_key(join(body[1:])), entity)
    if suffix_kind == "company" and last in w.company_suffixes and len(specific) == len(body) - 1:
        # "Sabine Crest LNG ... Sabine Crest will deliver": the company without its suffix.
        r.found.setdefault(name_key(join(body[:-1])), entity)
    actor = r.cast.mention(entity, join(body), body[0].start, body[-1].end, sentence.index)
    if party:
        # "the Sweden Democrats said": the state is a word of the party's name; it says
        # nothing by it.
        r.cast.drop_within([(body[0].start, body[-1].end)], keep=actor)
    return actor


def _of_state(r: Reading, body: list[Token]) -> bool:
    """ "the Government of Canada", "the Government of Nova Scotia": a head-first name of a
    place is that place's own government, read as such elsewhere; only one named for what it
    is ("Government of National Unity", "House of Representatives") is a body of its own
    name. A chamber is never named for a place alone."""
    if body[0].text != "Government":
        return False
    return body[2].text not in r.names.nation_openers


def _party_name(r: Reading, body: list[Token]) -> bool:
    """Whether ``body`` is a party named by its members ("Sweden Democrats", "Christian
    Democrats"): the members' plural after words of the name's own, none a person's name, a
    month or a chamber or wing the members sit in ("House Democrats", "Senate Republicans",
    who belong to a party named elsewhere)."""
    if len(body) < 2 or len(body) > 3 or body[-1].text not in r.names.party_members:
        return False
    return not any(
        t.text in r.names.caucus_heads
        or t.text in r.given
        or t.text in r.family_first
        or t.text in r.months
        or t.text in CONNECTORS
        or t.possessive
        for t in body[:-1]
    )


def _lone_body(r: Reading, seq: list[Token], sentence: Sentence) -> Actor | None:
    """ "Congress approved the measure", "the Senate passed a resolution": a country's own
    body named by its one word (a longer name, "Congress President NAME", is read whole)."""
    body = seq[1:] if seq[0].text == "The" else seq
    if len(body) != 1 or body[0].text not in r.names.lone_bodies:
        return None
    token = body[0]
    key = name_key(token.text)
    entity = r.found.get(key) or Entity(f"organization:{key}", token.text, "organization", None)
    r.found.setdefault(key, entity)
    return r.cast.mention(entity, token.text, token.start, token.end, sentence.index)


def _demonym(actor: Actor, gaz: Gazetteer) -> str:
    return gaz.demonyms.get(actor.key, "")


# ------------------------------------------------------------------ references back

_THE_HEAD = re.compile(r"\b[Tt]he ([a-z]+)\b(?!['’]?\s+(?:of|for|on)\b)(?!\s+[A-Z])")


def _references_back(r: Reading) -> None:
    """ "The Constitutional Court ... the court said": "the" and a body's head noun, in lower
    case, after the one body of the text whose name ends on it, is that body again. Only a
    head the text gives to one body (two courts named: "the court" is neither), and only
    after that body is named: a generic noun alone ("the ministry") is never an actor."""
    bodies: dict[str, list[Actor]] = {}
    for actor in r.cast.actors.values():
        if actor.kind in ("organization", "company", "armed_group") and actor.mentions:
            # The last word naming the body's kind: "Bank of Zambia" is "the bank".
            words = r.names.org_suffixes | r.names.company_suffixes
            head = next((w for w in reversed(actor.name.split()) if w in words), None)
            if head is not None:
                bodies.setdefault(head.casefold(), []).append(actor)
    heads = {h: a[0] for h, a in bodies.items() if len(a) == 1}
    if not heads:
        return
    for sentence in r.sentences:
        # A sentence without any of the heads (most: they are few) has no reference back.
        if not sentence.body or not any(head in sentence.masked for head in heads):
            continue
        for match in _THE_HEAD.finditer(sentence.masked):
            body = heads.get(match.group(1))
            start = sentence.start + match.start(1)
            if body is None or body.first >= start:
                continue
            entity = Entity(body.key, body.name, body.kind, body.country)
            end = sentence.start + match.end(1)
            r.cast.mention(entity, match.group(1), start, end, sentence.index, back=True)


_CAPITALS = re.compile(r"(?<![\w.&-])[A-Z]{2,6}(?![\w&]|-[A-Z])")


def _initials_back(r: Reading) -> None:
    """ "the Democratic Alliance ... the DA said", "the African National Congress ... the
    ANC's secretary-general": a word in capitals that no list knows, written in a text that
    names one organisation whose initials it is, is that organisation's short form (a party's
    usual name in the press), though no bracket defined it. Not a word inside another name,
    and not when two bodies share the initials."""
    by_initials: dict[str, list[Actor]] = {}
    for actor in r.cast.actors.values():
        if actor.kind not in ("organization", "company") or not actor.mentions:
            continue
        words = [w for w in actor.name.split() if w not in r.names.acronym_skip and w != "The"]
        if len(words) < 2 or not all(w[:1].isupper() for w in words):
            continue
        by_initials.setdefault("".join(w[:1] for w in words).upper(), []).append(actor)
    bodies = {k: v[0] for k, v in by_initials.items() if len(v) == 1}
    if not bodies:
        return
    grown: list[Actor] = []
    taken = [(m.start, m.end) for a in r.cast.actors.values() for m in a.mentions]
    for sentence in r.sentences:
        # (Only a sentence that holds one of the short forms is read: most hold none.)
        if not sentence.body or not any(short in sentence.masked for short in bodies):
            continue
        for match in _CAPITALS.finditer(sentence.masked):
            body = bodies.get(match.group())
            if body is None or r.gaz.get(match.group(), all_caps=False) is not None:
                continue
            start, end = sentence.start + match.start(), sentence.start + match.end()
            if any(s < end and start < e for s, e in taken):
                continue
            entity = Entity(body.key, body.name, body.kind, body.country)
            r.cast.mention(entity, match.group(), start, end, sentence.index)
            grown.append(body)
    for body in {a.key: a for a in grown}.values():
        r.cast.sort_mentions(body)


def _national_tails(r: Reading) -> None:
    """ "The Chinese Communist Party ... the Communist Party appears weaker": a body whose
    name opens on its own state's name or demonym is meant by the rest of its name alone
    once it is named (one body, not two), when the rest names no body of another state."""
    bodies = [a for a in r.cast.actors.values() if a.kind == "organization" and a.country]
    for body in bodies:
        words = body.name.split()
        if len(words) < 3:
            continue
        form = r.gaz.get(words[0])
        if form is None or form.entity.kind != "state" or form.entity.country != body.country:
            continue
        tail = r.cast.actors.get(f"organization:{name_key(' '.join(words[1:]))}")
        if (
            tail is None
            or tail is body
            or tail.country not in (None, body.country)
            or tail.first < body.first
        ):
            continue
        entity = Entity(body.key, body.name, body.kind, body.country)
        for m in tail.mentions:
            r.cast.mention(entity, m.surface, m.start, m.end, m.sentence, back=m.back)
        r.cast.remove(tail.key)
        r.cast.sort_mentions(body)


@functools.lru_cache(maxsize=4)
def _armed_back_pattern(nouns: frozenset[str]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(n) for n in sorted(nouns, key=len, reverse=True))
    return re.compile(
        r"\b[Tt]he (?P<head>" + alternatives + r")\b(?!['’]?\s+(?:of|from)\b)(?![\w-])"
        r"(?!\s+[A-Z])"
    )


def _armed_back(r: Reading) -> None:
    """ "Fighters of the Allied Democratic Forces ... after the rebels crossed the border":
    "the rebels", "the militants", "the militia" is the one armed group named before it, or,
    of several, the one the text called by that word (:func:`._antecedents.fitting_group`);
    else it is left open."""
    groups = [a for a in r.cast.actors.values() if a.kind == "armed_group" and a.mentions]
    if not groups:
        return
    pattern = _armed_back_pattern(r.names.armed_nouns)
    _armed_linked(r, groups)
    for sentence in r.sentences:
        if not sentence.body:
            continue
        for match in pattern.finditer(sentence.masked):
            start = sentence.start + match.start("head")
            end = sentence.start + match.end("head")
            if r.cast.in_span(start, end):
                continue
            group = fitting_group(groups, match.group("head"), r.sentences, start)
            if group is None:
                continue
            entity = Entity(group.key, group.name, group.kind, group.country)
            r.cast.mention(entity, match.group("head"), start, end, sentence.index, back=True)


@functools.lru_cache(maxsize=4)
def _linked_pattern(nouns: frozenset[str], ties: frozenset[str]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(n) for n in sorted(nouns, key=len, reverse=True))
    return re.compile(
        r"-(?:" + "|".join(sorted(ties)) + r") (?P<head>" + alternatives + r")\b"
        r"(?![\w-])"
    )


def _armed_linked(r: Reading, groups: list[Actor]) -> None:
    """ "Islamic State-linked insurgents killed soldiers": the fighters a group's name is
    linked or allied to are that group as the text knows them (the insurgents act, not a
    sponsor behind them, as in "Iran-backed"), so the head noun is a mention of it."""
    pattern = _linked_pattern(r.names.armed_nouns, r.names.affiliation_words)
    for group in groups:
        for mention in list(group.mentions):
            sentence = r.sentences[mention.sentence]
            match = pattern.match(sentence.masked, mention.end - sentence.start)
            if match is None:
                continue
            start = sentence.start + match.start("head")
            end = sentence.start + match.end("head")
            if r.cast.in_span(start, end):
                continue
            entity = Entity(group.key, group.name, group.kind, group.country)
            r.cast.mention(entity, match.group("head"), start, end, sentence.index, back=True)


_PLACE_BEFORE = frozenset(
    ["in", "across", "throughout", "around", "within", "of", "from", "to", "into", "outside"]
)


def _polity_back(r: Reading) -> None:
    """ "The Manitoba government ... the provincial government said": the one province's or
    region's government a text names (:func:`._roles.polity_of`) is meant by "the provincial
    government", "the regional administration", "the province" after it is named; and by
    "the government" too when the text names no state whose government it could be. Not
    after "in", "across"...: "nurses across the province" is a place."""
    polities = [r.cast.actors[k] for k in r.polities if k in r.cast.actors]
    if len(polities) != 1:
        return
    body = polities[0]
    heads = set(r.names.polity_back)
    if not any(a.kind == "state" for a in r.cast.actors.values()):
        heads.add("government")
    pattern = _polity_back_pattern(frozenset(heads))
    entity = Entity(body.key, body.name, body.kind, body.country)
    for sentence in r.sentences:
        if not sentence.body or sentence.end <= body.first:
            continue
        for match in pattern.finditer(sentence.masked):
            start = sentence.start + match.start("head")
            before = sentence.masked[: match.start()].split()
            if start <= body.first or (before and before[-1].casefold() in _PLACE_BEFORE):
                continue
            end = sentence.start + match.end("head")
            if not r.cast.in_span(start, end):
                r.cast.mention(entity, match.group("head"), start, end, sentence.index, back=True)
    r.cast.sort_mentions(body)


@functools.lru_cache(maxsize=4)
def _polity_back_pattern(heads: frozenset[str]) -> re.Pattern[str]:
    nouns = "|".join(re.escape(h) for h in sorted(heads, key=len, reverse=True))
    # "the province's", "its provincial government"; not "the province of NAME" (a place).
    return re.compile(r"\b(?:[Tt]he|[Ii]ts) (?P<head>" + nouns + r")\b(?!['’]?\s+of\b)")


# ------------------------------------------------------------------ pass 7: venues


# "NAME NAME is a senior fellow at the Institute of X.": who the writer is, after the text;
# or the bare "NAME is a contributing editor.": a sentence saying no more than a job.
_BIO = re.compile(
    r"(?:[A-Z][\w'’.-]+ ){1,3}is an? (?:[\w-]+ ){0,5}?(?:(?:at|of|with|in|for) |[a-z][\w-]*\.\s*$)"
)


_WRITER_JOB = re.compile(
    r"\bis an? (?:[\w-]+ ){0,3}?(?:fellow|editor|correspondent|professor|analyst|director|"
    r"researcher|writer|journalist|columnist|contributor|lecturer|reporter|scholar)\b"
)
# A line that is only a name, as a byline is ("Dr Helena Marsh", "By: NAME NAME").
_BYLINE_ONLY = re.compile(
    r"(?:By:?\s+)?(?:(?:Dr|Prof|Professor|Mr|Ms|Mrs)\.?\s+)?(?:[A-Z][\w'’.-]+\s+){0,2}[A-Z][\w'’.-]+"
)


def _drop_author_bio(r: Reading) -> None:
    """An opinion column ends on who wrote it ("NAME is a senior fellow at NAME Institute.
    The views expressed are her own."): the author and her employer act in no story the
    column tells. Every actor named only in that last paragraph's bio line goes."""
    body = [s for s in r.sentences if s.body]
    if not body:
        return
    # The bio may be followed by a page's last lines ("Share this:", "Tags: ...").
    tail = sorted({s.paragraph for s in body})[-3:]
    first = next(
        (
            s
            for s in body
            if s.paragraph in tail
            and _BIO.match(s.text)
            # Before the last paragraph, only a writer's job ("is a senior fellow in").
            and (s.paragraph == tail[-1] or _WRITER_JOB.search(s.text[:120]) is not None)
        ),
        None,
    )
    if first is None:
        return
    # The bio runs to the paragraph's end ("... She previously worked at the Commission."),
    # and the writer's name may also stand alone as the byline ("Dr NAME").
    spans = [
        (s.start, s.end) for s in body if s.paragraph == first.paragraph and s.start >= first.start
    ]
    spans += [(s.start, s.end) for s in r.sentences if _BYLINE_ONLY.fullmatch(s.text.strip())]
    for key in list(r.cast.actors):
        actor = r.cast.actors[key]
        if actor.mentions and all(any(a <= m.start < b for a, b in spans) for m in actor.mentions):
            r.cast.remove(key)


def _drop_mere_venues(r: Reading) -> None:
    """A state seen only as a place ("diplomats in Vienna") is a venue, not an actor.

    A capital stands for its state when it acts ("Tokyo wants..."); after "in", "at",
    "to", "from" it is where things happen. A state named no other way is dropped.
    """
    for key in [k for k, a in r.cast.actors.items() if a.kind == "state"]:
        actor = r.cast.actors[key]
        venue = True
        for mention in actor.mentions:
            if mention.start in r.places:
                continue
            form = r.gaz.get(mention.surface)
            sentence = r.sentences[mention.sentence]
            before = sentence.masked[: mention.start - sentence.start]
            # " in " is in every match of the place verbs: most stretches have none.
            if " in " in before and _place_verb(r.names.place_verbs).search(before) is not None:
                continue  # "listed in Singapore", "sold in Germany, France and ..."
            if _visitors(r, mention, before):
                continue  # "popular with British walkers", "shoppers from China"
            if form is not None and _as_language(r, mention, form, before):
                continue  # "known by the Spanish initials CILA", "said in Russian"
            if reading()["partners_in"].search(before.lower()) is not None:
                venue = False  # "our partners in Tokyo": the government that sits there
                break
            if envoy_recalled_from(before):
                venue = False  # "recalled its envoy from Vienna": the state it leaves
                break
            before = before.rstrip()
            # "flights from London, Manchester and Dublin": the first of a list says where.
            # A list ends on its joint (the text is stripped): without one, nothing to cut.
            listed = before.endswith((",", " and", " or"))
            last = _LISTED.sub("", before).rstrip() if listed else before
            if _serving(last):
                venue = False  # "officials in Astana and Baku": whom they serve
                break
            last = last.rsplit(None, 1)[-1].casefold() if last else ""
            if form is None or form.how != "capital" or last not in _LOCATIVE:
                venue = False
                break
            if aimed_at(before.casefold() + " "):
                venue = False  # "Beijing hit back at Washington": whom words are aimed at
                break
            if last == "to" and _TRANSFER_TO.search(before.casefold()) is not None:
                venue = False  # "a package of weapons sales to Taipei": who receives them
                break
        if venue:
            r.cast.remove(key)
    # "U.S. forces in southern Syria's al-Tanf": a word a state owns was taken for a company;
    # seen only after "in", "at"... (past the owner and a compass word), it is a place.
    qualifiers = {q.casefold() for q in r.names.region_qualifiers}
    owned = {f"company:{name_key(token.text)}" for token, _, _ in r.owned}
    for key in [k for k in r.cast.actors if k in owned]:
        actor = r.cast.actors[key]
        if all(_after_locative(r, m, qualifiers) for m in actor.mentions):
            r.cast.remove(key)


def _serving(before: str) -> bool:
    """Whether ``before`` ends on officials or a government "in" that nothing else owns
    ("officials in", not "U.S. officials in" nor "the bloc's ministers in"): the place named
    next is the state they serve. Names past the sentence's first word are blanked as the
    event reading blanks them."""
    blanked = _CAPITALISED.sub("_", before).lower()
    return reading()["officials_in"].search(blanked + " ") is not None


_CAPITALISED = re.compile(r"(?<=\S )[A-Z][\w.'’-]*")


_LISTED = re.compile(r"(?<= )(?:[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)*(?:,(?: and| or)?| and| or) ?)+$")


def _visitors(r: Reading, mention: Mention, before: str) -> bool:
    """Whether a state's mention says only where travellers or buyers come from: a demonym
    before them ("British walkers", "Indian families" is not: families do not travel by the
    word), or "from STATE" (and the states listed with it) after them."""
    nouns, after = _visitor_patterns(r.names.visitor_nouns)
    sentence = r.sentences[mention.sentence]
    if after.match(sentence.masked, mention.end - sentence.start) is not None:
        return True
    # " from " is in every match of ``nouns``: most stretches before a mention have none.
    return " from " in before and nouns.search(before) is not None


def _as_language(r: Reading, mention: Mention, form: Form, before: str) -> bool:
    """Whether a demonym names a language: "the Spanish initials", "a French-language daily",
    "said in Russian." The state is not in the story by it."""
    if form.how != "demonym":
        return False
    sentence = r.sentences[mention.sentence]
    after = sentence.masked[mention.end - sentence.start :]
    word = _LANGUAGE_NEXT.match(after)
    if word is not None and (word.group(1) or word.group(2)) in r.names.language_nouns:
        return True
    return before.endswith(" in ") and _LANGUAGE_END.match(after) is not None


# The noun after a demonym, or the hyphenated word written onto it ("-language").
_LANGUAGE_NEXT = re.compile(r"(?: ([a-z]+)|(-[a-z]+))")
# "said in Russian." / "in Spanish, " / "said in Spanish that": the language ends the phrase
# ("in Spanish waters" goes on with a noun: the state's).
_LANGUAGE_END = re.compile(r"\s*(?:[.,;:)\"”]|$| that )")


@functools.lru_cache(maxsize=4)
def _visitor_patterns(nouns: frozenset[str]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    words = "|".join(re.escape(n) for n in sorted(nouns, key=len, reverse=True))
    listed = r"(?:[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)*(?:, (?:and |or )?| and | or ))*"
    others = r"(?:(?:, (?:and |or )?| and | or )[A-Z][\w'’.-]*)*"
    return (
        re.compile(r"(?<![\w-])(?i:" + words + r") from (?:the )?" + listed + r"$"),
        # "German and Dutch hikers", "American tour groups"
        re.compile(others + r" (?:[a-z][\w-]* )?(?:" + words + r")(?![\w'’-])"),
    )


@functools.lru_cache(maxsize=4)
def _place_verb(verbs: frozenset[str]) -> re.Pattern[str]:
    words = "|".join(re.escape(v) for v in sorted(verbs, key=len, reverse=True))
    # The states listed with the first: "sold in Germany, France and the Nordic countries".
    listed = r"(?:[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)*(?:, (?:and |or )?| and | or ))*"
    return re.compile(r"(?<![\w-])(?:" + words + r") in (?:the )?" + listed + r"$")


def _after_locative(r: Reading, mention: Mention, qualifiers: set[str]) -> bool:
    sentence = r.sentences[mention.sentence]
    words = sentence.masked[: mention.start - sentence.start].split()
    if words and words[-1].endswith(("'s", "’s")):
        words.pop()  # the owner
        if words and words[-1].casefold() in qualifiers:
            words.pop()
    return bool(words) and words[-1].casefold() in _LOCATIVE


# ------------------------------------------------------------------ passes 8 and 9


def _drop_opening_words(r: Reading) -> None:
    """ "Shell companies hide owners": a known name that is a common word, seen only at the
    start of sentences, is that word; written as a name once elsewhere, it is the name."""
    common = {name_key(w) for w in r.names.common_words}
    for key in list(r.cast.actors):
        actor = r.cast.actors[key]
        if all(
            name_key(m.surface) in common and _opens(r.sentences[m.sentence], m.start)
            for m in actor.mentions
        ) and not (actor.kind == "state" and (_about_states(r, actor) or _acts(r, actor))):
            r.cast.remove(key)


# What only an agent does: "Turkey accused Damascus of ..." is the state, never the bird.
_AGENT_VERB = re.compile(
    r"\s+(?:and [A-Z][\w'’-]+(?: [A-Z][\w'’-]+)? )?(?:(?:has|have|had|also|on \w+|again|then"
    r"|later) )?(?:accus|warn|sign|impos|condemn|"
    r"reject|den(?:y|ie)|threaten|announc|summon|expel|protest|demand|urg|vow|recall|retaliat|"
    r"sanction|negotiat|agree)\w*\b"
)


def _acts(r: Reading, actor: Actor) -> bool:
    """Whether a mention of ``actor`` is the subject of a verb only an agent does."""
    for m in actor.mentions:
        sentence = r.sentences[m.sentence]
        if _AGENT_VERB.match(sentence.text, m.start - sentence.start + len(m.surface)):
            return True
    return False


def _about_states(r: Reading, actor: Actor) -> bool:
    """ "Turkey faced U.S. criticism ... the ministry said": a text that names another state
    and speaks of statecraft is about states; its opening "Turkey" is the state, not the
    bird of a recipe (decided by the article, not by a second mention)."""
    others = any(
        a.kind == "state" and a is not actor and any(not m.adjective for m in a.mentions)
        for a in r.cast.actors.values()
    )
    if not others:
        return False
    cues = _state_cue_pattern(r.names.state_cues)
    return any(cues.search(s.text) for s in r.sentences if s.body)


@functools.lru_cache(maxsize=2)
def _state_cue_pattern(cues: frozenset[str]) -> re.Pattern[str]:
    words = "|".join(re.escape(c) for c in sorted(cues, key=len, reverse=True))
    return re.compile(r"(?<![\w-])(?:" + words + r")(?![\w-])", re.IGNORECASE)


def _opens(sentence: Sentence, at: int) -> bool:
    return not sentence.masked[: at - sentence.start].strip(" \"“‘'(«-–—")


def _article_names(r: Reading) -> None:
    """An actor named only by a former name ("Facebook", now Meta) keeps the article's name:
    a briefing of the article must not say what the text could not have said."""
    for actor in r.cast.actors.values():
        forms = [r.gaz.get(m.surface) for m in actor.mentions]
        if forms and all(f is not None and f.how == "former" for f in forms):
            first = min(actor.mentions, key=lambda m: m.start)
            actor.name = first.surface


# An interview's turns: "Q: Why ...?", "A: Because ...".
_QUESTION = re.compile(r"Q\s*[:.]\s")
_ANSWER = re.compile(r"A\s*[:.]\s")


def _interviewees(r: Reading, sentences: list[Sentence]) -> None:
    """In an interview (questions and answers, turn by turn), the people the headline names
    are those who answer ("Q&A: Lagos ports chief NAME NAME says ..."), though the body may
    never name them again: they join the cast, with the headline as where they are named.
    Nothing else of a headline is read: it names no actor the body does not."""
    body = [s for s in sentences if s.body]
    if not any(_QUESTION.match(s.text) for s in body) or not any(
        _ANSWER.match(s.text) for s in body
    ):
        return
    for sentence in sentences:
        if sentence.body or sentence.paragraph != 0:
            continue
        header = find_actors([dataclasses.replace(sentence, body=True)], exclude=r.exclude)
        for person in header.people():
            if person.key in r.cast.actors or len(person.name.split()) < 2:
                continue
            entity = Entity(person.key, person.name, person.kind, person.country)
            for m in person.mentions:
                r.cast.mention(entity, m.surface, m.start, m.end, m.sentence)
            r.cast.actors[person.key].role = person.role


@functools.lru_cache(maxsize=2)
def _speech_after(verbs: frozenset[str]) -> re.Pattern[str]:
    # "NAME said", "NAME, the third coalition partner, said", "NAME (ACRONYM) said"; not
    # "according to".
    words = "|".join(re.escape(v) for v in sorted(verbs, key=len, reverse=True) if " " not in v)
    return re.compile(r"(?:,[^,;:\"“]{1,100},| \([^()]{1,20}\))?\s+(?:" + words + r")\b")


@functools.lru_cache(maxsize=2)
def _claimant_pattern(roles: frozenset[str]) -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in sorted(roles, key=len, reverse=True))
    return re.compile(r"(?<![\w-])(?:" + words + r")s?,? $")


def _in_passing(r: Reading) -> None:
    """Mark the commentators (:attr:`Actor.commentator`) and the actors named in passing
    (:attr:`Actor.passing`): one sentence, adjectives only ("a Dutch side", "Chinese metal"),
    no role; or a body named only in the post of a commentator ("NAME, an analyst at the X
    Institute"), whom the briefing lists with it. A body named in the post of someone who
    speaks or acts for it ("NAME, coordinator of the X Coalition") is in the story."""
    commenting = reading()["analyst"]
    posts: dict[int, list[str]] = {}
    for person in r.cast.people():
        if person.role and commenting.search(person.role.casefold()) is not None:
            person.commentator = True
            for index in person.sentences():
                posts.setdefault(index, []).append(name_key(person.role))
    speech = _speech_after(r.names.speech_verbs)
    for actor in r.cast.actors.values():
        if actor.kind in ("organization", "company", "armed_group"):
            actor.speaks = any(
                speech.match(r.sentences[m.sentence].masked, m.end - r.sentences[m.sentence].start)
                for m in actor.mentions
            )
    claimant = _claimant_pattern(r.names.claimant_roles)
    for person in list(r.cast.people()):
        # "a video posted by commentator NAME": the author of a claim the story examines
        # voices it from outside; named, not acting in it, and not listed.
        if any(
            claimant.search(
                r.sentences[m.sentence].masked, 0, m.start - r.sentences[m.sentence].start
            )
            for m in person.mentions
        ) or (person.role and claimant.search(person.role + " ") is not None):
            r.cast.remove(person.key)
    for actor in r.cast.actors.values():
        if actor.role or not actor.mentions:
            continue
        if actor.kind != "person" and all(
            any(name_key(m.surface) in post for post in posts.get(m.sentence, ()))
            for m in actor.mentions
        ):
            actor.passing = True
            continue
        if actor.kind == "state" and all(m.adjective for m in actor.mentions):
            inside = [
                m
                for m in actor.mentions
                if (f := r.gaz.get(m.surface)) is None or f.how != "demonym"
            ]
            if inside:
                # "Bank of Latvia", "Japan Atomic Industrial Forum" and nothing else: the
                # state is named only inside bodies' names, where it does not act.
                actor.passing = True
                continue
        first = actor.mentions[0].sentence
        if all(m.sentence == first for m in actor.mentions) and all(
            (f := r.gaz.get(m.surface)) is not None and f.how == "demonym" for m in actor.mentions
        ):
            actor.passing = True
