"""Who does the thing to whom in a clause: the side before the trigger acts (or the one after
"by", "from"), the side after it is acted on, or "between A and B"; never who only reports it,
brokers it, hosts it or judges it (a place, a source, a court, an analyst)."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from summarizer._engines.offline._attributive import attributive
from summarizer._engines.offline._cast import Actor, Cast
from summarizer._engines.offline._clause import (
    Frame,
    mediator_speaker,
    mention_end,
    posted_only,
    reading,
    refuses,
    role,
    venue_mention,
)
from summarizer._engines.offline._data import events
from summarizer._engines.offline._event import (
    side_count,
    side_of,
    unique,
    with_states,
    within_state,
)
from summarizer._engines.offline._government_of import government_of
from summarizer._engines.offline._modifiers import modifier_only
from summarizer._engines.offline._neighbour import neighbour_referent
from summarizer._engines.offline._other_act import makes_other_act
from summarizer._engines.offline._participle_row import participle_subject
from summarizer._engines.offline._put_forward import rejected_proposal
from summarizer._engines.offline._reciprocal import on_each_others
from summarizer._engines.offline._sentences import Sentence
from summarizer._engines.offline._subject_list import list_head, list_tail
from summarizer._engines.offline._territory_posts import governed
from summarizer._engines.offline._titles import VERB_FORM
from summarizer._engines.offline._voice import first_person, voice_state

# A comma opens a new segment unless a name follows it (a list: "Britain, France and Germany").
# A subordinate clause opens one too: "exports to Japan have fallen as those buyers signed deals
# with U.S. producers": who fell is no side of what the buyers signed ("such as the", "as well
# as the" go on with a list).
_SEGMENT = re.compile(
    r",[\"”]?\s+(?=[a-z\"“])|;\s+|\s+[—–]\s+|:\s+|\s+and (?=(?:said|says|added|told|called)\b)"
    r"|\s+(?=(?:after|before|when|while|because|although|though|whereas) )"
    r"|(?=\s)(?<!such)(?<!well)\s+(?=as (?:the|those|these|its|their|both|all) )"
    # "escalating a row over the law just as Europe leans on imports to replace Russian gas":
    # "as" before a name opens a clause of its own, whose names are no sides of the row.
    r"|(?=\s)(?<!such)(?<!well)(?<!known)(?<!same)(?<!so)\s+(?=(?:just |even )?as [A-Z])"
)
_BACKER = re.compile(r"[\w'’. ]+?-(?:backed|sponsored|funded|armed|supported)\b")
_SPEAKER = re.compile(r"^[\"“]?(?:He|She)\b")
_SPEAKER_PRONOUN = re.compile(r"\b(?:he|she|it|they|we|i)\b")
_IT_SUBJECT = re.compile(r"it (?:has |had |also |then |later )?")
# An opening possessive whose noun (or the noun after one modifier) is the cue itself.
_ITS_ROW = re.compile(r"its (?:[a-z-]+ )?")


ANAPHORA = re.compile(
    # (The word first: eleven look-behinds tried at every character cost more than the rest.)
    r"(?:\bthe|\bthis|(?=that)(?<!said )(?<!says )(?<!added )(?<!noted )(?<!argued )(?<!showed )"
    r"(?<!told )(?<!warned )(?<!believe )(?<!believes )(?<!meant )\bthat|\bthese|\bthose|\bsuch"
    r"|\bearlier|\bprevious|\bpast|\bits|\btheir)"
    r"(?: (?!(?:of|to|for|on|in|with|by|and|or)\b)[\w-]+){0,2} $"
)


def told_before(low: str, at: int) -> bool:
    """The cue at ``at`` is told as one named before ("the deal", "their two agreements"); not
    when the words before it are a pair noun and its verb ("the pair remain at odds", "the
    neighbours have been at odds"): that pair is the cue's subject, no determiner of it."""
    found = ANAPHORA.search(low, max(0, at - 30), at)
    if found is None:
        return False
    subject = reading()["pair_anaphora"].match(low, found.start())
    return subject is None or not low[subject.end() : at].strip()


_PAIRING = re.compile(
    r"\S+(?: \S+){0,2}? (?:with|between|among)\b(?: \S+){0,3}?(?: and(?: the)?)? ?$"
    r"|\S+(?: \S+){0,6}? by(?: the)? $"
)
_BETWEEN = re.compile(r"\b(?:between|among)\b")
# A number standing alone as a word: "887", "1,200".
_NUMBER_WORD = re.compile(r"(?<= )\d[\d,.]* ")
_INSTRUMENT_BETWEEN = re.compile(
    r"\b(?:deal|agreement|arrangement|accord|pact|treaty|truce|ceasefire|memorandum|"
    r"partnership|alliance)s? (?:signed |reached |struck |agreed )?(?:between|among)$"
)
_WITH = re.compile(r"^\W*(?:\S+ ){0,2}?with\b")
# An apposition or relative clause renaming the act before it: ", a decision that faced ...".
_RELATIVE = re.compile(r"(?:(?:a|an|the) (?:[\w-]+ ){0,2})?(?:that|which)\b")
_AGENT_FROM_LABELS = frozenset(
    ["threats", "warnings", "criticism", "condemnation", "protests", "pressure", "retaliation"]
)
_CONTENT_LABELS = frozenset(["accusations", "blame", "criticism", "condemnation"])


# Trigger words that are verbs whatever stands before them ("paved the way for").
VERBS_ONLY = frozenset(["paved", "paves", "pave", "agreed", "signed", "struck", "reached"])


# Acts on a text ("vetoed a British-drafted resolution"): the side acted on is who wrote it.
_AUTHORED = frozenset(["veto"])
# "..., said the draft was unbalanced, and he accused Britain of ...": a later clause's pronoun
# subject is the sentence's own.
_CLAUSE_PRONOUN = re.compile(r"(?:he|she|it|they) (?:\w+ly )?(?:\w+ed|has|have|had|also)\b")


def segment(sentence: Sentence, start: int, end: int, at: int) -> tuple[int, int]:
    """The comma-delimited stretch of ``start:end`` (sentence-relative) that holds ``at``."""
    seg_start, seg_end = start, end
    for cut_start, cut_end in _cuts(sentence.masked, start, end):
        if cut_end <= at:
            seg_start = cut_end
        elif cut_start >= at:
            seg_end = cut_start
            break
    return seg_start, seg_end


@lru_cache(maxsize=1024)
def _cuts(masked: str, start: int, end: int) -> tuple[tuple[int, int], ...]:
    # Each cue of a clause asks for its segment: the clause is cut once, not once per cue.
    return tuple(m.span() for m in _SEGMENT.finditer(masked, start, end))


def name_spans(cast: Cast) -> dict[int, list[tuple[int, int]]]:
    spans: dict[int, list[tuple[int, int]]] = {}
    for actor in cast.actors.values():
        for mention in actor.mentions:
            spans.setdefault(mention.sentence, []).append((mention.start, mention.end))
    return spans


def scrub(sentence: Sentence, spans: list[tuple[int, int]]) -> str:
    """The sentence with actor names blanked: "North Atlantic Treaty Organization" is no
    treaty, "Sakhalin Energy" no energy deal."""
    chars = list(sentence.masked)
    for start, end in spans:
        for i in range(max(start - sentence.start, 0), min(end - sentence.start, len(chars))):
            chars[i] = "_"
        after = end - sentence.start
        if (
            0 < after < len(chars) - 1
            and sentence.masked.startswith(". ", after)
            and _ABBREVIATED_END.search(sentence.masked, 0, after) is not None
        ):
            # "Woodside Energy Group Ltd. signed an agreement": the stop is the name's, not
            # the end of a sentence that the rules reading the clause would cut at.
            chars[after] = "_"
    return "".join(chars)


# A company's name ending in an abbreviation that takes a full stop.
_ABBREVIATED_END = re.compile(r"\b(?:Ltd|Inc|Corp|Co|Plc|Bhd|Pty|Cie|Bros|Hldgs|Cos)$")


# A segment that describes a name ("the independence movement backed by X") or dates a past
# event ("as the UN promised in 1991"): its actors are no side of the clause's event. So does a
# participle of standing ("the administration in the north, recognised only by Turkey, called
# the signing a provocation"): who recognises an entity takes no part in what it does.
_DESCRIPTION = re.compile(
    r"(?:the|a|an|which|who|whose) (?!two |three |both )|recogni[sz]ed (?:only |solely )?by "
)


# A clause opened by a contrast: "..., the ministry said, while the UN demanded ...".
_CONTRAST_BEFORE = re.compile(r",\s+(?:while|whereas|although)\s+$")


# A stretch that is only a name ("the junior partner, the NAME (ABBR), said"): it renames the
# noun before it, the clause's own subject, and describes no other name.
_RENAMING = re.compile(r"the _+(?: \(_+\))?\s*")


def _asides(sentence: Sentence, start: int, end: int, low: str) -> list[tuple[int, int]]:
    """Absolute spans of the aside segments of the clause ``start:end``."""
    cuts = [start, *(x for span in _cuts(sentence.masked, start, end) for x in span), end]
    spans = []
    # The first segment holds the clause's subject ("The United States said ..."): no aside;
    # after an opening adverb ("Separately, the board of the IMF approved ..."), the second.
    opener = len(cuts) > 3 and reading()["opener"].fullmatch(low[cuts[0] : cuts[1]].strip())
    for seg_start, seg_end in zip(cuts[2::2], cuts[3::2], strict=True):
        if opener and seg_start == cuts[2]:
            continue
        head = low.rfind(", ", start, max(start, seg_start - 2))
        if list_tail(low, seg_start, seg_end, end) and list_head(
            low, start if head < 0 else head + 2, seg_start
        ):
            continue  # "Congo, the United States and U.N. experts accuse ...": a list
        if _DESCRIPTION.match(low, seg_start) and not _RENAMING.fullmatch(low, seg_start, seg_end):
            spans.append((sentence.start + seg_start, sentence.start + seg_end))
    return spans


@dataclass(slots=True)
class ArticleText:
    """What every clause of one article asks: its sentences, their scrubbed text, frames."""

    sentences: list[Sentence]
    cast: Cast
    lows: dict[int, str]
    frames: dict[int, Frame]
    names: dict[int, list[tuple[int, int]]]
    published: date | None
    parties_cache: dict[int, list[Actor]] = field(default_factory=dict)
    kept_cache: dict[tuple[int, int, int, int, bool], list[Actor]] = field(default_factory=dict)
    # A sentence's place in the story as the lede rules count it: a byline or a caption
    # before it beyond the headline is no sentence of the story.
    story: dict[int, int] = field(default_factory=dict)


@dataclass(slots=True)
class _Parties:
    actors: list[Actor]
    left: list[Actor]
    right: list[Actor]
    opposed: bool
    own: bool = True  # the trigger's own stretch names the sides (not only the clause around)
    received: bool = False  # the subject undergoes the act ("faced criticism"): right is it
    # The clause says where its act goes ("deported migrants to Guatemala"): its object is
    # there, so no target is to be looked for elsewhere.
    routed: bool = False
    # The sentence before that told the stance the clause refuses ("A sought X. B refused"),
    # its index: its words are the row's too (see :mod:`._refused_stance`).
    stance: int | None = None

    def drop(self, gone: list[Actor]) -> None:
        """Take ``gone`` off the parties and both sides; sides left without one of the two are
        no longer set against each other."""
        self.left = [a for a in self.left if a not in gone]
        self.right = [a for a in self.right if a not in gone]
        self.actors = [a for a in self.actors if a not in gone]
        if not (self.left and self.right):
            self.opposed = False


def kept_actors(
    art: ArticleText,
    sentence: Sentence,
    start: int,
    end: int,
    cue: int,
    *,
    deal: bool,
    asides: bool = True,
) -> list[Actor]:
    """The actors of ``start:end`` that may be sides: not a place, a broker, a source, a court
    or the speaker who only reports; nor an analyst; nor a name in another name's description."""
    key = (sentence.index, start, end, cue, asides)
    found = art.kept_cache.get(key)
    if found is None:
        found = art.kept_cache[key] = _kept_now(art, sentence, start, end, cue, asides=asides)
    return found


_RELATIVE_ASIDE = re.compile(r"(?:which|who) ")
# "which ASEAN and China have been ": names that are the subject of the verb that follows.
_OBJECT_RELATIVE = re.compile(
    r"which (?:the )?_[_ .'’-]*?(?:,? and (?:the )?_[_ .'’-]*?)? (?:[a-z]+ ){1,3}"
)
# The standard of a comparison of size: "the size of X", "larger than X", "as big as X".
_COMPARED = re.compile(
    r"\b(?:(?:the )?(?:size|area|length) of|(?:larger|bigger|smaller|longer) than"
    r"|as (?:large|big|small|long) as)(?: the)? $"
)


def _kept_now(
    art: ArticleText, sentence: Sentence, start: int, end: int, cue: int, *, asides: bool
) -> list[Actor]:
    low = art.lows[sentence.index]
    frame = art.frames[sentence.index]
    # A name in a stretch that describes another ("the main hub for aid to Ukraine") is no side.
    described = _asides(sentence, start, end, low) if asides else []
    # A relative aside that holds the cue and dates it to the news is the act's own stretch
    # ("..., which summoned Japan's envoy on Monday,"; see :mod:`._events`).
    # So is one whose names are the cue's own subject ("..., which ASEAN and China have been
    # negotiating since 2002"): what they do is the act, however it is dated.
    described = [
        (s, e)
        for s, e in described
        if not (
            s <= sentence.start + cue < e
            and _RELATIVE_ASIDE.match(low, s - sentence.start)
            and (
                reading()["news_day"].match(low[cue : e - sentence.start])
                or _OBJECT_RELATIVE.fullmatch(low, s - sentence.start, cue) is not None
            )
        )
    ]
    analyst = reading()["analyst"]
    out = []
    present = art.cast.in_span(sentence.start + start, sentence.start + end)
    # Every mention in the span, read once for all the actors :func:`_nested` is asked about.
    spans = _span_mentions(present, sentence.start + start, sentence.start + end)
    for actor in present:
        if actor.kind == "other":
            continue
        if _nested(actor, spans, sentence.start + start, sentence.start + end):
            continue
        if actor.role and analyst.search(actor.role.casefold()):
            continue
        if role(actor, low, sentence, frame, cue) is not None:
            continue
        inside = actor.starts_in(sentence.start + start, sentence.start + end)
        if described and inside and all(any(s <= at < e for s, e in described) for at in inside):
            continue
        if _home_of_group(actor, low, sentence, start, end):
            continue
        if inside and all(makes_other_act(low, cue, at - sentence.start) for at in inside):
            # "a conflict ... before agreeing to a ceasefire that Washington says it helped
            # arrange": the maker of another act told in passing is no side of this one.
            continue
        if private_holder(actor, low, sentence, start, end) or _members_of(
            actor, low, sentence, start, end
        ):
            continue
        if inside and all(
            _COMPARED.search(low, max(0, at - sentence.start - 40), at - sentence.start)
            for at in inside
        ):
            # "an economic zone roughly the size of France": the standard a measure is compared
            # with is no side of what the clause tells.
            continue
        if inside and all(
            _BACKER.match(sentence.text, at - sentence.start) or _supporting(sentence, at)
            for at in inside
        ):
            # "the Algeria-backed movement shelled Moroccan posts", "the regime's practice,
            # with Russian support, of ...": the backer of a side is no side of what it does.
            continue
        if modifier_only(actor, sentence, start, end):
            # "along the UN-patrolled buffer zone", "a filing to the Hong Kong stock exchange":
            # a name that only qualifies a noun takes no side in the clause.
            continue
        out.append(actor)
    return out


_AMONG = re.compile(r"\bamong (?:the )?(?:[\w-]+ ){0,2}$")
_MEMBERS = re.compile(r" member(?:s|s'|s’| states?| countries| nations| governments)\b")


def _members_of(actor: Actor, low: str, sentence: Sentence, start: int, end: int) -> bool:
    """Whether a bloc is named in ``start:end`` only as the set some members belong to
    ("bears the brunt among smaller EU members"): the members are meant, not the bloc as a
    side."""
    if actor.kind != "organization":
        return False
    own = [m for m in actor.mentions if sentence.start + start <= m.start < sentence.start + end]
    return bool(own) and all(
        _AMONG.search(low, max(0, m.start - sentence.start - 30), m.start - sentence.start)
        and _MEMBERS.match(low, m.end - sentence.start)
        for m in own
    )


_ONE_OF = re.compile(r"\b(?:a|an|one)(?: [\w-]+)? $")


def private_holder(actor: Actor, low: str, sentence: Sentence, start: int, end: int) -> bool:
    """Whether every mention of a state in ``start:end`` is a demonym (or its name used as one,
    "a U.S. citizen") that describes one person or one firm ("a British entrepreneur fighting
    extradition", "a Chinese firm"):
    where someone comes from, not the state as a side of what they do. A plural ("Chinese
    firms") may stand for a country's industry and is kept."""
    if actor.kind != "state":
        return False
    own = [m for m in actor.mentions if sentence.start + start <= m.start < sentence.start + end]
    if not own:
        return False
    holder = reading()["private_holder"]
    for m in own:
        at, stop = m.start - sentence.start, m.end - sentence.start
        # "a U.S. citizen": the state's name used as its demonym is one too.
        if not (m.adjective or attributive(low, stop)):
            return False
        if _ONE_OF.search(low, max(0, at - 20), at) is None:
            return False
        if holder.match(low[stop : stop + 60]) is None:
            return False
    return True


# A subject that is a group named by its common noun, not by a name: "the opposition",
# "Kenya's opposition", "teachers' and health workers' unions", "the main labour unions".
_GROUP_SUBJECT = re.compile(
    r"(?:the |_+['’]s? )?(?:[\w'’-]+ (?:and )?){0,4}?(?P<group>opposition|unions)"
    # The group noun heads the subject: its verb follows ("opposition lawmakers criticised"
    # is a group of lawmakers, whose side the text does not name).
    r"(?=(?: in (?:the )?_+)? (?:\w+ly )?(?:\w+ed|has|have|had|is|are|was|were|will|would"
    r"|say|says|said|began|begin|begins|held|hold|holds|left|went|took|threaten\w*|vow\w*"
    r"|refus\w*|walk\w*"
    r"|stag\w*|call\w*|plan\w*|vot\w*)\b)"
)
# How the text names a member of the group: "opposition lawmaker NAME", "the opposition NAME";
# a body whose name says it is a union of workers.
_OPPOSITION_BEFORE = re.compile(r"\bopposition (?:[\w-]+ ){0,2}$")
_UNION_NAME = re.compile(
    r"\b(?:labou?r|trade|workers|workers'|teachers|teachers'|employees|mineworkers|nurses"
    r"|doctors|drivers|journalists|miners)\b.*\b(?:unions?|congress|federation|confederation)\b"
    r"|\b(?:unions?|congress|federation|confederation) of (?:[\w-]+ )*(?:workers|teachers"
    r"|employees|trade unions|labou?r)\b"
)


def group_subject(art: ArticleText, sentence: Sentence, seg_start: int, t0: int) -> list[Actor]:
    """The named members of a group that opens the clause as its subject, told by its common
    noun ("Kenya's opposition walked out", "teachers' unions began a strike"): the actors the
    text calls opposition ("opposition lawmaker Edwin Sifuna", "the opposition Socialists"),
    or the bodies whose names say they are unions of workers. Empty when the subject is a
    name, or the text names no member."""
    low = art.lows[sentence.index]
    if "opposition" not in low and "unions" not in low:
        return []  # (tested in C first: most clauses name neither)
    found = _GROUP_SUBJECT.match(low, seg_start)
    if found is None or found.end() > t0:
        return []
    members: list[Actor] = []
    for actor in art.cast.actors.values():
        if actor.kind not in ("organization", "person") or actor.commentator:
            continue
        if found.group("group") == "unions":
            if actor.kind == "organization" and _UNION_NAME.search(actor.name.casefold()):
                members.append(actor)
            continue
        if "opposition" in actor.role.casefold() or any(
            _called_opposition(art, m.sentence, m.start) for m in actor.mentions if not m.back
        ):
            members.append(actor)
    return members


def _called_opposition(art: ArticleText, index: int, at: int) -> bool:
    """Whether the mention at ``at`` (sentence ``index``) follows "opposition" closely."""
    low = art.lows.get(index)
    sentence = next((s for s in art.sentences if s.index == index), None)
    if low is None or sentence is None:
        return False
    local = at - sentence.start
    return _OPPOSITION_BEFORE.search(low, max(0, local - 30), local) is not None


def _home_of_group(actor: Actor, low: str, sentence: Sentence, start: int, end: int) -> bool:
    """Whether every mention of a state in ``start:end`` names, by its possessive, a group
    inside it ("Kenya's opposition walked out", "Nigeria's main labour unions"): where the
    group is, not the state as a side. The opposition or a union facing the government is
    never the state against its own government. (A demonym's plural, "Indian workers", may
    stand for the country's people and is kept, as "Chinese firms" is.)"""
    if actor.kind != "state":
        return False
    starts = actor.starts_in(sentence.start + start, sentence.start + end)
    if not starts:
        return False
    group = _home_group()
    # The name is blanked in ``low``: the group follows the run of blanks.
    return all(group.match(low, at - sentence.start) is not None for at in starts)


@lru_cache(maxsize=1)
def _home_group() -> re.Pattern[str]:
    """``home_group`` read from a mention's start: past the blanked name, then the pattern."""
    pattern = reading()["home_group"]
    return re.compile(r"_+" + pattern.pattern.removeprefix("^"), pattern.flags)


def _span_mentions(present: list[Actor], start: int, end: int) -> list[tuple[Actor, int, int]]:
    """Each actor's mentions that start in ``start:end``, with the actor (for :func:`_nested`)."""
    return [(a, m.start, m.end) for a in present for m in a.mentions if start <= m.start < end]


def _nested(actor: Actor, spans: list[tuple[Actor, int, int]], start: int, end: int) -> bool:
    """Whether every mention of ``actor`` in ``start:end`` lies inside a longer name of another
    actor: "the House Select Committee on the Chinese Communist Party" names a committee, not
    the party it is about. ``spans``: each actor's mentions in ``start:end``."""
    own = [m for m in actor.mentions if start <= m.start < end]
    if not own:
        return False
    longer = [(s, e) for other, s, e in spans if other is not actor]
    return all(
        any(s <= m.start and m.end <= e and e - s > m.end - m.start for s, e in longer) for m in own
    )


_SUPPORT = re.compile(r"(?:[\w'’.-]+ ){1,3}?(?:support|backing|help|assistance|blessing)\b")


def _supporting(sentence: Sentence, at: int) -> bool:
    """Whether the mention at ``at`` names who backs the act: "with Russian support"."""
    local = at - sentence.start
    return sentence.text[:local].endswith(("with ", "with the ")) and bool(
        _SUPPORT.match(sentence.text, local)
    )


# "..., and the government accused neighbouring India": a subject named by its post alone.
_GOVERNMENT_SUBJECT = re.compile(r"\bthe (?:government|authorities)(?: (?:also|then|later))? $")


def government_subject(
    art: ArticleText, sentence: Sentence, seg_start: int, t0: int, right: list[Actor]
) -> Actor | None:
    """The state "the government" is, as the subject of an act aimed at another state
    ("militants ambushed a Pakistani army convoy ..., and the government accused neighbouring
    India of backing the attackers"): the one other state its sentence names. ``None`` when
    the sentence names none or several."""
    low = art.lows[sentence.index]
    if not right or _GOVERNMENT_SUBJECT.search(low, max(seg_start, t0 - 30), t0) is None:
        return None
    targets = {side_of(a) for a in right}
    whole = with_states(art.cast, kept_actors(art, sentence, 0, len(low), t0, deal=False))
    others = unique(
        [a for a in whole if a.kind == "state" and side_of(a) not in targets and a not in right]
    )
    return others[0] if len(others) == 1 else None


def _speakers(art: ArticleText, sentence: Sentence) -> list[Actor]:
    """Who the sentence's attribution names ("Beijing said ...")."""
    frame = art.frames[sentence.index]
    low = art.lows[sentence.index]
    place = reading()["venue_after"]
    # "China, a major buyer of Russian oil, said": a name in what describes the speaker
    # does not speak.
    described = _asides(sentence, 0, len(low), low)
    out = []
    for actor in art.cast.in_span(sentence.start, sentence.end):
        if actor.kind == "other":
            continue
        # "The U.S. Navy's Bahrain-based 5th Fleet said": where the speaker sits is no speaker.
        spoken = [
            m
            for m in actor.mentions
            if sentence.start <= m.start < sentence.end
            and frame.speaks(m.start - sentence.start)
            and place.match(low[m.end - sentence.start : m.end - sentence.start + 16]) is None
            # "The Polisario Front, the Algeria-backed movement, said": its backer says nothing.
            and _BACKER.match(sentence.text, m.start - sentence.start) is None
            and not any(a <= m.start < b for a, b in described)
        ]
        if spoken:
            out.append(actor)
    return out


# "The military said it targeted ...": "it" (or "they", with an auxiliary) right before the act.
# "X said its fighters ambushed ...", "X said it carried out the attack": the speaker's own
# fighters do the act, and a claim to have carried out an act makes the claimant its doer.
# "South Africa's trade minister said his team had submitted a revised proposal to": who
# hands over a text is its author.
_SAID_PRONOUN = re.compile(
    r"\b(?:it|they|its (?:fighters|forces|troops|militants|members|units?)|"
    r"their (?:fighters|forces)|(?:its|their|his|her) (?:team|negotiators|delegation))"
    r"(?: (?:had|has|have))?"
    r"(?: (?:carried out|conducted|launched|staged|mounted|claimed(?: responsibility for)?|"
    r"(?:was|were) (?:behind|responsible for)) (?:the|this|that|an?|its|their)(?: [\w-]+)?"
    r"| (?:submitted|presented|handed over|tabled|delivered|sent) (?:the|this|that|an?|its|"
    r"their)(?: [\w-]+){0,3})? $"
)


def said_pronoun(art: ArticleText, sentence: Sentence, start: int, t0: int) -> bool:
    """Whether "it"/"they" after a reporting verb is the subject of the act at ``t0``."""
    low = art.lows[sentence.index]
    seg_start = segment(sentence, start, len(low), t0)[0]
    return _SAID_PRONOUN.search(low, seg_start, t0) is not None and bool(
        art.frames[sentence.index].speakers
    )


def said_subject(art: ArticleText, sentence: Sentence, start: int, t0: int) -> list[Actor]:
    """Who says "it" did the act at ``t0`` ("The Israeli military said it targeted Hamas
    militants"): the speaker is the act's subject, not only its reporter."""
    low = art.lows[sentence.index]
    seg_start = segment(sentence, start, len(low), t0)[0]
    if _SAID_PRONOUN.search(low, seg_start, t0) is None:
        return []
    if mediator_speaker(low, art.frames[sentence.index]):
        return []
    # "Separatist rebels in northern Mali said they had shot down ...": where the speaker is
    # does not speak.
    frame = art.frames[sentence.index]
    return [
        a
        for a in _speakers(art, sentence)
        if not all(
            _SPEAKER_PLACE.search(low, max(0, at - 40), at)
            for at in (m.start - sentence.start for m in a.mentions)
            if 0 <= at < len(low) and frame.speaks(at)
        )
    ]


_SPEAKER_PLACE = re.compile(
    r"\b(?:in|inside|near|across|from)(?: the)?(?: (?:far )?(?:north|south|east|west|central|"
    r"northern|southern|eastern|western|north-?eastern|north-?western|south-?eastern|"
    r"south-?western))? $"
)


_SUBJECT_PRONOUN = re.compile(r"\b(?:it|they|we|(?:its|their|our|my) \w+)\b(?: \S+){0,4} $")
_DEAL_PRONOUN = re.compile(
    r"\b(?:it|they|we|(?:its|their|our|my) \w+|(?:her|his) (?:government|administration|team|"
    r"negotiators|delegation))\b(?: \S+){0,4} $"
)


def _he_she(art: ArticleText, sentence: Sentence) -> Actor | None:
    """ "He"/"She" opening a sentence: the first person named in the sentence before."""
    if sentence.index == 0 or not _SPEAKER.match(sentence.masked):
        return None
    before = art.sentences[sentence.index - 1]
    people = [a for a in art.cast.in_span(before.start, before.end) if a.kind == "person"]
    return people[0] if people else None


def its_row_owner(art: ArticleText, sentence: Sentence, t0: int) -> Actor | None:
    """The state or body an opening possessive stands for when its noun is the row's cue
    ("Its rivalry with Morocco ..."): the subject the sentence before opens on, or None."""
    if _ITS_ROW.fullmatch(art.lows[sentence.index], 0, t0) is None:
        return None
    return _it(art, sentence, t0, deal=False)


def _it(art: ArticleText, sentence: Sentence, t0: int, *, deal: bool) -> Actor | None:
    """ "It" opening a sentence and doing the act (a deal verb before a deal noun: "It reached
    a deal with its creditors"): the state or body the sentence before opens on."""
    opening = _IT_SUBJECT.match(art.lows[sentence.index])
    if opening is None and not deal:
        # "Its rivalry with Morocco goes deeper": the row the opening possessive owns is the
        # row of the subject the sentence before opens on, as an opening "It" would be.
        opening = _ITS_ROW.fullmatch(art.lows[sentence.index], 0, t0)
    if sentence.index == 0 or opening is None or opening.end() > t0:
        return None
    if deal and not reading()["deal_verb"].search(art.lows[sentence.index], opening.end(), t0):
        return None
    before = art.sentences[sentence.index - 1]
    first = min(
        (
            (m.start, a)
            for a in art.cast.in_span(before.start, before.end)
            for m in a.mentions
            if before.start <= m.start < before.end
        ),
        key=lambda x: x[0],
        default=None,
    )
    if first is None or first[1].kind in ("person", "other"):
        return None
    # The subject: named at the very start of the sentence before ("Ethiopia defaulted ...").
    lead = art.lows[before.index][: first[0] - before.start].split()
    return first[1] if len(lead) <= 1 else None


def _mentioned(actor: Actor, sentence: Sentence, start: int, end: int) -> bool:
    return actor.mentioned_in(sentence.start + start, sentence.start + end)


_LIST_BEFORE = re.compile(r"(?:_+(?:['’]s)?(?:,? and |,? or |, )(?:the |both )?)+$")


def _routed(
    actor: Actor, low: str, sentence: Sentence, start: int, end: int, *, flows: bool = True
) -> bool:
    """Every mention of ``actor`` in ``start:end`` says where goods or people go or come
    from, alone or in a list: "exports to Mexico and the United States", "deported migrants
    to Guatemala and Honduras". A destination or an origin takes part in no act. With
    ``flows`` false only people sent somewhere count: the buyer of a flow that an act stops
    ("threatened to halt gas sales to Iraq") is the one it is aimed at."""
    r = reading()
    starts = actor.starts_in(sentence.start + start, sentence.start + end)
    if not starts:
        return False
    for at in (s - sentence.start for s in starts):
        listed = _LIST_BEFORE.search(low, max(0, at - 120), at)
        head = listed.start() if listed is not None else at
        window = max(0, head - 60)
        if not (
            (flows and r["flow_object"].search(low, window, head))
            or r["destination"].search(low, window, head)
        ):
            return False
    return True


# "grant asylum to ", "the granting of refuge to the ": who is granted a thing receives it.
_GRANTED_TO = re.compile(r"\bgrant(?:s|ed|ing)?(?: of)?(?: [\w-]+){1,2}? to(?: the)? $")


def _granted_to(actor: Actor, low: str, sentence: Sentence, start: int, end: int) -> bool:
    """Every mention of ``actor`` in ``start:end`` names whom a thing is granted to."""
    starts = actor.starts_in(sentence.start + start, sentence.start + end)
    return bool(starts) and all(
        _GRANTED_TO.search(low, max(0, at - sentence.start - 40), at - sentence.start)
        for at in starts
    )


def routed(actor: Actor, low: str, sentence: Sentence, start: int, end: int) -> bool:
    """Whether every mention of ``actor`` in ``start:end`` only says where goods or people go
    or come from ("cargoes from the U.S. Gulf Coast to Japan"): no signatory of a deal."""
    return _routed(actor, low, sentence, start, end)


def _runs_a_thing(actor: Actor, low: str, sentence: Sentence, start: int, end: int) -> bool:
    """Every mention of ``actor`` in ``start:end`` names who pays for, owns or runs a thing
    of the clause ("on flights paid for by Washington"): no side of its act."""
    starts = actor.starts_in(sentence.start + start, sentence.start + end)
    thing_by = reading()["thing_by"]
    return bool(starts) and all(
        thing_by.search(low, max(0, at - sentence.start - 30), at - sentence.start) is not None
        for at in starts
    )


# A stretch that opens a clause of time, cause or contrast with a subject of its own.
_OWN_CLAUSE = re.compile(r"\s*(?:as|while|whereas|although|though|because)\s+(?!(?:a|an)\s)")


# A participle opening a stretch ("accusing the bloc of ..."); not a preposition in -ing.
_PARTICIPLE_OPENING = re.compile(
    r"(?!(?:including|according|regarding|concerning|following|during|pending|excluding"
    r"|notwithstanding|bring|king|ring|spring|string|thing|wing|nothing|something|anything"
    r"|everything)\b)[a-z]+ing\b"
)


def _opening_subject(art: ArticleText, sentence: Sentence, start: int, stop: int) -> Actor | None:
    """The state, body or group a clause opens on ("Armenia said ...", "The EU has ..."),
    at most one word before it; None when it opens otherwise."""
    found = [
        (m.start, a)
        for a in art.cast.in_span(sentence.start + start, sentence.start + stop)
        for m in a.mentions
        if sentence.start + start <= m.start < sentence.start + stop
    ]
    if not found:
        return None
    at, actor = min(found, key=lambda x: x[0])
    lead = art.lows[sentence.index][start : at - sentence.start].split()
    if len(lead) > 1 or actor.kind not in ("state", "organization", "armed_group"):
        return None
    return actor


def clause_parties(
    art: ArticleText,
    sentence: Sentence,
    start: int,
    end: int,
    t0: int,
    t1: int,
    labels: list[str],
    *,
    deal: bool,
    label: str = "",
) -> _Parties:
    """Who does the thing to whom in the clause ``start:end`` whose trigger is ``t0:t1``.

    The side before the trigger acts (or the one after "by", "from"), the side after it is
    acted on; names that only say what an accusation says, or describe a thing, are neither.
    A deal's subject is a party only when it signs, agrees, holds or owns the deal.
    """
    r = reading()
    low = art.lows[sentence.index]
    frame = art.frames[sentence.index]
    seg_start, seg_end = segment(sentence, start, end, t0)
    kept = kept_actors(art, sentence, start, end, t0, deal=deal)
    stop = seg_end
    if set(labels) & _CONTENT_LABELS:
        # "accused of passing details ... to Ukraine": what the accusation says is no side.
        content = r["content"].search(low, t1, seg_end)
        if content is not None and content.start() - t1 <= 40:
            stop = content.start()
    if deal:
        # "tankers suspected of belonging to Russia's fleet": a description, no signatory.
        description = r["description"].search(low, t1, seg_end)
        if description is not None:
            stop = description.start()
    if not deal and _CHARGE.search(low, max(0, t0 - 40), t0):
        # "accused them of spying for the United States", "on charges of spying for Israel":
        # whom the charged act is said to serve is what the charge says, no side.
        kept = [a for a in kept if not _served(a, low, sentence, t1, seg_end)]
    in_seg = [a for a in kept if _mentioned(a, sentence, seg_start, stop)]
    before = _subject(
        sentence,
        low,
        [
            a
            for a in in_seg
            if _mentioned(a, sentence, seg_start, t0)
            and not posted_only(a, low, sentence, seg_start, t0)
        ],
        seg_start,
        t0,
    )
    if before and seg_start > start and list_tail(low, seg_start, seg_end, end):
        # "Congo, the United States and U.N. experts accuse Rwanda": the names before the
        # comma are the list's first items, subjects with the rest.
        head_start = segment(sentence, start, end, seg_start - 2)[0]
        if list_head(low, head_start, seg_start):
            before = unique(
                [*(a for a in kept if _mentioned(a, sentence, head_start, seg_start)), *before]
            )
    # "urged Ottawa to ...": the trigger's own words may name its object.
    after = [
        a
        for a in in_seg
        if _mentioned(a, sentence, t0 + 1, stop)
        and a not in before
        and not _topic(a, low, sentence, t0 + 1, stop, deal=deal, owner_before=t1)
    ]
    if not deal:
        # "Qatar threatened to halt sales ..., Energy Minister Saad al-Kaabi told the FT": who
        # only reports the clause speaks for a side; he is not what the act aims at.
        after = [
            a
            for a in after
            if not all(
                frame.speaks(at - sentence.start)
                and not refuses(
                    low, at - sentence.start, mention_end(a, sentence, at - sentence.start)
                )
                for at in a.starts_in(sentence.start + t0 + 1, sentence.start + stop)
            )
        ]
        after = _object_heads(sentence, low, after, t0, stop)
    authored = not deal and label in _AUTHORED
    if authored:
        # "vetoed a British-drafted resolution on Sudan": what the text is about is no side.
        # The author may be told in a relative clause: "the resolution, which was drafted by".
        # and "a Russian-sponsored text" names its author, not a broker.
        named = art.cast.in_span(sentence.start + t1, sentence.start + end)
        after = [
            a
            for a in named
            if a.kind != "other" and a not in before and _drafter(a, low, sentence, t1, end)
        ]
    # "drafted by France" names the text's author, not the veto's agent.
    agents = (
        _agents_after(sentence, low, after, t1, stop, labels) if not deal and not authored else []
    )
    received = (
        r["received"].search(low, max(seg_start, t0 - 70), t0)
        if not deal and not authored and set(labels) & _AGENT_FROM_LABELS
        else None
    )
    if received is None and not deal:
        undergone = _received_act(low, seg_start, t1, seg_end)
        if undergone is not None:
            # "Israel's offensive in Gaza faced stiff international criticism": the clause
            # tells what its subject underwent; the subject's own noun is what it is about.
            u0, u1, u_label = undergone
            return clause_parties(
                art, sentence, start, end, u0, u1, labels, deal=False, label=u_label
            )
    if received is not None:
        # "Japan faced criticism over its decision to import Icelandic whale meat", "drew
        # condemnation from Canberra": the subject is the target; only those named after
        # "from" or "by" act, or in the noun's own modifiers ("faced stiff international and
        # Palestinian criticism": the Palestinians criticise); any other name is what the act
        # is about.
        subject = [a for a in before if not _mentioned(a, sentence, received.start(), t0)]
        if not subject and seg_start > start and _RELATIVE.match(low, seg_start):
            # "Israel gave final approval ..., a decision that faced criticism": the decision
            # is the first clause's act; its subject is the target.
            first = segment(sentence, start, end, start)
            subject = _subject(
                sentence,
                low,
                [a for a in kept if _mentioned(a, sentence, start, first[1])],
                start,
                first[1],
            )
        targets = with_states(art.cast, subject)
        modifiers = [
            a
            for a in kept_actors(art, sentence, start, end, t0, deal=False, asides=False)
            if a not in subject and _mentioned(a, sentence, received.start(), t0)
        ]
        critics = [a for a in with_states(art.cast, [*modifiers, *agents]) if a not in targets]
        return _Parties(
            unique([*critics, *targets]),
            critics,
            targets,
            bool(critics and targets),
            received=True,
            routed=False,
        )
    if (
        not deal
        and not authored
        and not after
        and stop == seg_end
        and set(labels) & r.directed
        # "has used export bans to force miners, a policy President X has vowed to extend": an
        # apposition renames the act; it is not its object.
        and r["act_apposition"].match(low, seg_end) is None
    ):
        # The object set off by a comma may open with "the": no description here.
        whole = kept_actors(art, sentence, start, end, t0, deal=False, asides=False)
        co, after = _beyond(art, sentence, low, whole, seg_end, end)
        after = _object_heads(sentence, low, after, seg_end, end, described_only=True)
        before = unique([*before, *co])
        if not after:
            # "designs on the Essequibo region, which Guyana says is not up for
            # negotiation": who refuses what the act seeks is its object.
            after = [
                a
                for a in whole
                if a not in before
                and any(
                    refuses(low, at, mention_end(a, sentence, at))
                    for at in (
                        m - sentence.start
                        for m in a.starts_in(sentence.start + seg_end, sentence.start + end)
                    )
                )
            ]
    if not before and seg_start > start:
        opening = low[seg_start:seg_end]
        if r["verb_start"].match(opening):
            # "Qatar, which ..., has signed deals with ...": a segment opening on its verb
            # takes the clause's subject.
            first = segment(sentence, start, end, start)
            # "said the decision to grant asylum to NAME, who ..., was an unfriendly act": who
            # is granted a thing receives it and does nothing in the clause.
            before = [
                a
                for a in kept
                if _mentioned(a, sentence, start, first[1])
                and not _granted_to(a, low, sentence, start, first[1])
            ]
            opener = _opening_subject(art, sentence, start, first[1])
            if (
                not deal
                and set(labels) & r.directed
                and _PARTICIPLE_OPENING.match(opening)
                and opener is not None
            ):
                # "Armenia said it would freeze its participation in the CSTO, accusing the
                # bloc of ...": the participle's subject is the sentence's, the name it opens
                # on (the speaker included), not what the first clause acts on.
                before = [opener]
        elif re.match(r"(?:which|who)\b", opening):
            # "..., the two neighbours, which both have disputes with China": the relative
            # pronoun stands for what the stretch before names.
            prior = segment(sentence, start, end, max(start, seg_start - 2))
            before = [a for a in kept if _mentioned(a, sentence, prior[0], prior[1])]
            if not before:
                before = _pair(art, sentence, prior[0], prior[1])
    if (
        not before
        and start > 0
        and seg_start == start
        and (r["verb_start"].match(low, start) or _CLAUSE_PRONOUN.match(low, start))
    ):
        # "..., said Algeria was not a party, and accused Morocco of ...": a clause that
        # opens on its verb shares the sentence's subject, its speaker included; one that
        # opens on "they" is the pair "they" stands for ("The two sides confirmed that the
        # rail link to Dushanbe would open, and they signed"), not whoever the first names.
        first = segment(sentence, 0, start, 0)
        before = they_pair(art, sentence, start) if low.startswith("they ", start) else []
        first_names = art.cast.in_span(sentence.start, sentence.start + first[1])
        first_spans = _span_mentions(first_names, sentence.start, sentence.start + first[1])
        before = before or [
            a
            for a in first_names
            if a.kind != "other"
            and not (a.role and r["analyst"].search(a.role.casefold()))
            and not _nested(a, first_spans, sentence.start, sentence.start + first[1])
        ]
    person = _he_she(art, sentence)
    if person is not None and not before:
        before = [person]
    if not before and not deal:
        # "Kenya's opposition walked out ...", "the unions began a strike": a group named by
        # its common noun is the members of it the text names.
        before = [a for a in group_subject(art, sentence, seg_start, t0) if a not in after]
    if not deal and not after and set(labels) & r.directed:
        # "accusing its southern neighbour of ...": the one other state just named.
        neighbour = neighbour_referent(art, sentence, t0, t1, before)
        if neighbour is not None:
            after = [neighbour]
            before = [a for a in before if side_of(a) != side_of(neighbour)]
    first_word = low[t0:t1].split()[0] if low[t0:t1].split() else ""
    verb_led = bool(VERB_FORM.search(first_word)) or first_word in VERBS_ONLY
    definite = not verb_led and told_before(low, t0)
    if deal:
        # A deal's subject signs, agrees, holds or offers it: "Germany and Italy preferred to
        # wait for the outcome of the talks" are no parties of the talks.
        # The trigger is the deal verb itself ("agreed"), unless a determiner makes the same
        # word a noun ("an exchange", "the swap").
        window = low[max(0, t0 - 30) : t0]
        # "the ELN began talks": a name after the determiner is the subject of a past verb
        # ("the Beijing agreement", "the Chinese negotiating team" are nouns all the same).
        verb = (
            r["deal_verb"].match(low, t0) is not None
            and not _DETERMINED.search(window)
            and (
                first_word.endswith("ed")
                or first_word in _PAST_VERBS
                or not _DETERMINED_NAME.search(window)
            )
        )
        # A past form right after a name is the name's verb: "the European Commission
        # disbursed" (blanked "the _ disbursed"), not a noun the name modifies.
        verb = verb or (
            r["deal_verb"].match(low, t0) is not None
            and first_word.endswith("ed")
            and re.search(r"\b_+ $", low[max(0, t0 - 30) : t0]) is not None
        )
        # "Burhan has rejected a truce proposed by the US": who turns down a plan a named
        # body put forward is one of the sides it was put to.
        rejecter = rejected_proposal(low, seg_start, t0, t1)
        before = [a for a in before if verb or rejecter or _deal_subject(a, low, sentence, t0)]
        if definite and not verb:
            # "the contract was indexed to the U.S. benchmark": only "the deal with X" names
            # a party; else the deal is the one told before.
            after = [a for a in after if _paired(a, low, sentence, t0)]
    if not deal and definite and not VERB_FORM.search(low[t0:t1]):
        # "... had given Mexico months of warnings and that the tariff was about China": a
        # tariff told before belongs to whoever owns it here, not to any name before it.
        before = [a for a in before if _owns(a, low, sentence, t0)]
        if (
            not before
            and set(labels) <= r.symmetric
            and _BETWEEN.search(low, t1, min(stop, t1 + 40)) is None
            and _WITH.match(low[t1:stop]) is None
        ):
            # "trying to put the disputes at the centre of ASEAN's agenda": a row told before,
            # owned by no one here and not said to be between anyone, names no sides of its own.
            return _Parties([], [], [], False, False)
    if (
        not deal
        and not in_seg
        # "The seizure came as Palau and Australia signed an agreement": an act told before
        # as the subject of a clause of time is the act of no one its other clause names.
        and (set(labels) <= r.symmetric or (definite and not verb_led))
        and r["subordinate"].match(low, seg_end) is not None
        and _BETWEEN.search(low, t1, min(stop, t1 + 40)) is None
    ):
        # "Tension rose sharply after Exxon Mobil and CNOOC began pumping oil": the clause
        # that holds the state of tension names no one; who acts in the clause of its cause
        # is no side of it.
        return _Parties([], [], [], False, False)
    if not before and seg_start == 0 and (it := _it(art, sentence, t0, deal=deal)) is not None:
        before = [it]
    main = None
    # "..., escalating a dispute with Paris": the participle is a cue of its own
    # (escalation) but says only how the row moves, not who does what to whom.
    if not deal and set(labels) - {"escalation"} <= r.symmetric:
        named = art.cast.in_span(sentence.start, sentence.start + t0)
        main = participle_subject(sentence, low, named, t0, t1)
    if main is not None:
        # "Kosovo will ban Serbian plates, reviving a dispute with Serbia": the main clause's
        # subject against the side after 'with' (a name inside the main clause's act, "Serbian
        # plates", is what the act is on, not a side of the row).
        with_side = [a for a in in_seg if _mentioned(a, sentence, t1, stop) and a is not main]
        if with_side:
            before, after = [main], with_side
    pronoun = (_DEAL_PRONOUN if deal else _SUBJECT_PRONOUN).search(low[seg_start:t0])
    if not before and pronoun is not None and not mediator_speaker(low, frame):
        # "Beijing said it would ...": the speaker is the subject; "Sheinbaum said her
        # government had agreed": a person's government is the state the person speaks for.
        before = _speakers(art, sentence)
        at = seg_start + pronoun.start()
        if not before and first_person(pronoun.group()):
            # '"We signed with Italy," the minister of X said', or an interview's answer: the
            # official's state, when the text gives it.
            voice = voice_state(art.sentences, art.cast, sentence, at)
            before = [voice] if voice is not None else []
        if not before and pronoun.group().startswith("they"):
            # "Kenya and Tanzania settled ..., and they signed": the pair "they" stands for.
            before = they_pair(art, sentence, at)
        if not before and not deal and pronoun.group().startswith("they"):
            # "Nigeria's main labour unions said they would defy ...": the group that speaks.
            before = [a for a in group_subject(art, sentence, 0, at) if a not in after]
    loose: list[Actor] = []
    if agents:
        left = agents
        right = [a for a in [*before, *after] if a not in agents]
        if r["likeness"].search(low, max(seg_start, t0 - 50), t0):
            # "Canada's move followed similar tariffs by the United States on Chinese cars":
            # the subject's own act is likened to the agent's, not aimed at by it.
            right = [a for a in after if a not in agents]
    elif (
        not deal
        and not after
        and side_count(before) >= 2
        # "Mexico and Brazil objected": an act the two do together sets them on one side; a
        # state between them ("India and Pakistan eased tensions") still has them as its two.
        and not (
            set(labels) & r.directed
            and not set(labels) & r.symmetric
            and _coordinated(before, low, sentence, t0)
        )
    ):
        # "Iran has argued that Islamabad owes it penalties": names before the cue in two
        # roles, no object after it; two sides, but not who does what to whom.
        left, right, loose = [], [], before
    else:
        left, right = before, after
        if not deal and set(labels) & r.directed:
            # "Niger kept its border with Benin closed, accusing Benin of ...": a name the act
            # takes as its object is the side acted on, though the subject's own words named
            # it before (as a place, "its border with Benin"), when another side acts.
            acted_on = [
                a
                for a in before
                if a in after
                and any(
                    _BARE_OBJECT.fullmatch(low, t1, at - sentence.start) is not None
                    for at in a.starts_in(sentence.start + t1, sentence.start + stop)
                )
            ]
            doers = [a for a in before if a not in acted_on]
            if acted_on and doers and {side_of(a) for a in doers} - {side_of(a) for a in after}:
                left = doers
    opposed = bool(agents) and bool(right)
    mutual = r["mutual"].search(low, max(start, t0 - 40), min(end, t1 + 20)) is not None or (
        not deal and on_each_others(low, start, end, t0, t1, before)
    )
    between = _BETWEEN.search(low, t1, min(stop, t1 + 40))
    opposes_deal = not deal and bool(before) and r["opposed_deal"].search(low, t0, t1) is not None
    if not deal and before and between is not None and not opposes_deal:
        # "Russia criticised the defence treaty between Japan and the Philippines": the pair
        # an instrument binds stands together against its critic, not against each other.
        opposes_deal = _INSTRUMENT_BETWEEN.search(low, t1, between.end()) is not None
    if opposes_deal:
        # "Poland is fighting a trade deal between the EU and Ukraine, setting Warsaw against
        # the Commission": who opposes a deal stands against its backers (named after
        # "against", or else its parties); the parties are not set against each other.
        against = r["against_side"].search(low, t1, end)
        reach = (
            (t1, stop)
            if against is None
            else (against.start(), segment(sentence, start, end, against.start())[1])
        )
        backers = [a for a in kept if _mentioned(a, sentence, *reach) and a not in before]
        if backers:
            left, right, opposed, between = before, backers, True, None
    if not deal and between is not None:
        pair = _joined_after(
            sentence,
            low,
            [a for a in kept if _mentioned(a, sentence, between.end(), stop)],
            between.end(),
            stop,
        )
        if side_count(pair) < 2:
            # "a standoff between the two neighbours": the two named before.
            pair = _pair(art, sentence, between.end(), stop)
        sides = list(dict.fromkeys(side_of(a) for a in pair))
        if len(sides) >= 2:
            left = [a for a in pair if side_of(a) == sides[0]]
            right = [a for a in pair if side_of(a) != sides[0]]
            opposed = True
    elif (
        not deal
        and before
        and side_count(before) >= 2
        and (
            mutual
            # "Russia and India are at odds over Sri Lanka's refinery": a state between a
            # coordinated subject is theirs; a name after it is what they fight over, unless
            # "with" names it as their other side ("both have disputes with China").
            or (
                after
                and set(labels) <= r.symmetric
                and _WITH.match(low[t1:stop]) is None
                and _coordinated(before, low, sentence, t0)
            )
        )
    ):
        sides = list(dict.fromkeys(side_of(a) for a in before))
        left = [a for a in before if side_of(a) == sides[0]]
        right = [a for a in before if side_of(a) != sides[0]]
        opposed = True
    elif not deal and _WITH.match(low[t1:stop]) and left and right:
        opposed = True  # "Chile's dispute with Argentina"
    if not deal and not opposed and set(labels) & r.directed and left and right:
        opposed = True
    if not deal and left and not right and not agents:
        # "Palau's police seized a Chinese-flagged boat ..., drawing an angry demand from
        # Beijing", "..., prompting Russia to accuse Tallinn": who answers the act is its other
        # side when its object names none.
        right = _reactors(sentence, low, kept, left, t1, end)
        opposed = opposed or bool(right)
    named = [*left, *right]
    left = with_states(art.cast, left)
    right = [a for a in with_states(art.cast, right) if a not in left]
    if opposed:
        left, right = within_state(left, right, named, sentence, (start, end))
    if opposed and {side_of(a) for a in left} & {side_of(a) for a in right}:
        # One side set against itself ("Canada's canola council urges Ottawa"): only a court
        # case or a political fight within one country keeps such sides.
        shared = {side_of(a) for a in left} & {side_of(a) for a in right}
        right = [a for a in right if side_of(a) not in shared or a.kind == "person"]
        if not right:
            opposed = False
    others: list[Actor] = list(loose)
    # Whether the trigger's own words name two sides: its subject and object, or names with no
    # new clause between them and the trigger ("that", "which", a full stop).
    near = [
        a
        for a in in_seg
        if a not in left + right
        and not _topic(a, low, sentence, seg_start, stop, deal=deal)
        and not _CLAUSE_BREAK.search(low, _mention_end(a, sentence, seg_start, t0), t0)
    ]
    own = (
        side_count([*left, *right, *after]) if deal else slot_sides(left, right, [*loose, *near])
    ) >= 2
    if deal:
        others = [a for a in after if a not in left and a not in right]
    elif not left or not right:
        # No structure to read: the other names of the stretch, then of the clause; never a
        # name that only says where goods or people go ("Canada's exports to Mexico").
        others += [
            a
            for a in in_seg
            if a not in left
            and a not in right
            and a not in others
            and not _routed(a, low, sentence, start, end)
            and not _runs_a_thing(a, low, sentence, start, end)
        ]
        if slot_sides(left, right, others) < 2 and not (
            _OWN_CLAUSE.match(low, seg_start) and side_count(in_seg) >= 2
        ):
            # ", as Red Sea shipping attacks and Israeli strikes on Yemen raise tensions": a
            # clause of time or cause that names two sides of its own takes none of the main
            # clause's names.
            # "X rejected the complaint, saying its duties answered subsidies that Indonesia
            # gives": what a doer says after its act names no one the act is aimed at.
            said = (
                _BEYOND_STOP.search(low, seg_end, end)
                if left and set(labels) & r.directed
                else None
            )
            others += [
                a
                for a in kept
                if a not in left
                and a not in right
                and a not in others
                and not _mentioned(a, sentence, stop, seg_end)
                and not _routed(a, low, sentence, start, end)
                and not _runs_a_thing(a, low, sentence, start, end)
                and (said is None or _mentioned(a, sentence, start, said.start()))
                # A person of no known country, named nowhere near the act, is no known side
                # ("..., a policy President Prabowo has vowed to extend").
                and (a.kind != "person" or a.country or _mentioned(a, sentence, seg_start, stop))
            ]
    if authored:
        # Who vetoed whose text, or nothing: the other names are what the text is about.
        return _Parties(with_states(art.cast, unique([*left, *right])), left, right, opposed)
    # "Mexico deported 14,000 migrants to Guatemala and Honduras, the institute said": an act
    # whose clause says where it goes has its object there; who reports it is no target.
    routed = any(_routed(a, low, sentence, seg_start, seg_end, flows=False) for a in kept)
    if (side_count([*left, *right, *others]) if deal else slot_sides(left, right, others)) < 2:
        speakers = [
            a
            for a in with_states(art.cast, _speakers(art, sentence))
            # A speaker of no known country is no known side.
            if (a.kind != "person" or a.country)
            and side_of(a) not in {side_of(b) for b in [*left, *right, *others]}
            # "..., the ministry said, while the UN demanded ...": who reports the clause
            # before a contrast does not report the one after it.
            and not (
                _CONTRAST_BEFORE.search(low, 0, start) and not _mentioned(a, sentence, start, end)
            )
            # "X called the move an act of war, and its deputy minister, NAME, said ...": who
            # speaks a clause of his own after "and" does not report the act's clause.
            and not _speaks_after_and(a, low, sentence, seg_end)
            # "..., according to local medics and UN officials": a cited source reports.
            and not _cited(a, low, sentence, frame)
        ]
        # Who reports a side's fight against a deal is not the deal's backer.
        if (
            speakers
            and (left or right or others)
            and not mediator_speaker(low, frame)
            and not opposes_deal
        ):
            # The content names one side: the speaker is the other ("Dimitrov said talks with
            # BOTAS were continuing"; "Poland's minister said ... a war waged by Moscow").
            if not deal and left and not right and not routed:
                right = speakers
                opposed = opposed or bool(set(labels) & r.directed) or bool(agents)
            elif (
                not deal
                and right
                and not left
                and set(labels) & r.directed
                and _SPEAKER_PRONOUN.search(low, seg_start, t0) is None
            ):
                # "said the draft amounted to interference in Sudan's affairs": a speaker who
                # names only who is acted on is not thereby who acts ("said he would raise
                # tariffs on China" is).
                pass
            elif not routed:
                others += speakers
    if (side_count([*left, *right, *others]) if deal else slot_sides(left, right, others)) < 2:
        others += [a for a in _pair(art, sentence, seg_start, seg_end) if a not in others]
    actors = unique([*left, *right, *others])
    return _Parties(with_states(art.cast, actors), left, right, opposed, own, routed=routed)


# The act a charge names: "accused of spying", "on charges of", "suspected of", "convicted of".
_CHARGE = re.compile(
    r"\b(?:accus\w+|charges?|charged|suspect\w*|suspicion|convict\w+|guilty|allegations?)"
    r"(?: [\w-]+){0,2}? (?:of|with) $"
)
_FOR_BEFORE = re.compile(r"\bfor (?:the )?(?:_+(?:,? and |, )(?:the )?)*$")


def _served(actor: Actor, low: str, sentence: Sentence, t1: int, seg_end: int) -> bool:
    """``actor`` is named only in the list after "for" that follows a charged act."""
    starts = [
        at - sentence.start
        for at in actor.starts_in(sentence.start, sentence.end)
        if at - sentence.start >= t1
    ]
    return (
        bool(starts)
        and len(starts) == len(actor.starts_in(sentence.start, sentence.end))
        and all(at < seg_end and _FOR_BEFORE.search(low, max(t1, at - 60), at) for at in starts)
    )


# "according to a statement released on Sunday by Saudi Arabia and the United States": the
# source's phrase may run long, and a list of sources names each one cited.
_ACCORDING = re.compile(r"\baccording to\b[^,;:.\"“”]{0,100}$")


def _cited(actor: Actor, low: str, sentence: Sentence, frame: Frame) -> bool:
    """A mention of ``actor`` in the sentence is a source cited "according to", and every
    other only names where something happens ("according to a statement by Saudi Arabia and
    the United States, which co-host the talks in the Saudi city of Jeddah")."""
    starts = [at - sentence.start for at in actor.starts_in(sentence.start, sentence.end)]
    cited = [at for at in starts if _ACCORDING.search(low, max(0, at - 110), at)]
    return bool(cited) and all(
        at in cited or venue_mention(actor, low, sentence, frame, at) for at in starts
    )


_QUOTE_MARK = re.compile(r"[\"“”]")
_AND_CLAUSE = re.compile(r"[\"”]?\s*,?[\"”]?\s+and\b")


def _speaks_after_and(actor: Actor, low: str, sentence: Sentence, seg_end: int) -> bool:
    """Every mention of ``actor`` in the sentence comes after the act's stretch, in a clause
    that "and" joins to it ("..., and its deputy foreign minister, NAME, said")."""
    starts = actor.starts_in(sentence.start, sentence.end)
    joined = _AND_CLAUSE.match(low, seg_end)
    # ('"We concluded the talks, and both sides must ratify it," NAME said': the quote is
    # all his; the clause after "and" closes before his name.)
    return (
        bool(starts)
        and joined is not None
        and all(
            at - sentence.start >= seg_end
            and not _QUOTE_MARK.search(low, joined.end(), at - sentence.start)
            for at in starts
        )
    )


# "seized a fishing boat on Sunday, prompting China to demand ...", "..., drawing a protest
# from Beijing": a participle clause after an act tells who answers it.
PROMPTED = re.compile(
    r",\s+(?:prompting|provoking|drawing|triggering|sparking)\s+"
    r"(?:(?:an?|angry|sharp|strong|swift|formal|furious|immediate|diplomatic)\s+)*"
    r"(?:(?P<noun>protests?|condemnation|rebukes?|criticism|anger|outrage|objections?"
    r"|complaints?|demands?|calls?|warnings?)\s+from\s+)?(?:the\s+)?(?=_)"
)
REACTION_VERB = re.compile(
    r"[_ ]*(?:\(_+\)\s*)?(?:to|into)\s+(?:(?:\w+ly|swiftly)\s+)?(?:protest|demand|condemn|denounce"
    r"|summon|recall|retaliate|warn|accuse|reject|threaten|lodge|call for|vow|expel)\b"
)


# A participle clause that tells the answer to the act before it: ", drawing a protest from".
_REACTION = re.compile(
    r",\s+(?:drawing|prompting|provoking|triggering|sparking)\b(?: (?!(?:and|but|while)\b)[\w'’-]+)"
    r"{0,5}? (?:from |by )?(?:the )?$|,\s+(?:prompting|provoking) (?:the )?$"
)


def _reactors(
    sentence: Sentence, low: str, kept: list[Actor], left: list[Actor], t1: int, end: int
) -> list[Actor]:
    """The names of ``kept`` that answer the act ending at ``t1``, told after it in a
    participle clause (", drawing a rebuke from Tokyo", ", prompting Russia to summon")."""
    sides = {side_of(a) for a in left}
    found = []
    for actor in kept:
        if actor in left or side_of(actor) in sides:
            continue
        for at in actor.starts_in(sentence.start + t1, sentence.start + end):
            here = at - sentence.start
            reaction = _REACTION.search(low, max(t1, here - 80), here)
            if reaction is None:
                continue
            named = PROMPTED.match(low, reaction.start(), here + 1)
            # Only an answer: "..., prompting China to send a delegation" names no side.
            if (named is not None and named.group("noun")) or REACTION_VERB.match(low, here):
                found.append(actor)
                break
    return found


def _received_act(low: str, seg_start: int, t1: int, seg_end: int) -> tuple[int, int, str] | None:
    """The span of a cue after ``t1`` in its stretch that the stretch's subject undergoes
    ("... faced criticism", "drew condemnation from"), or ``None``."""
    received = reading()["received"]
    for label, start, end in _agent_cues(low):
        if start >= seg_end:
            break
        if (
            start >= t1
            and label in _AGENT_FROM_LABELS
            and received.search(low, max(seg_start, start - 70), start)
        ):
            return start, end, label
    return None


# Every clause of a sentence asks about the same cues: they are found once per sentence.
@lru_cache(maxsize=256)
def _agent_cues(low: str) -> tuple[tuple[str, int, int], ...]:
    """The cues of ``low`` whose agent may be named after "from" ("criticism from X")."""
    return tuple(
        (cue.label, match.start(), match.end())
        for cue, match in events().dispute_triggers.find(low)
        if cue.label in _AGENT_FROM_LABELS
    )


def _drafter(actor: Actor, low: str, sentence: Sentence, t1: int, stop: int) -> bool:
    """``actor`` is named after the trigger as the author of a text: "a British-drafted
    resolution", "a motion tabled by Labour", "France's draft"."""
    r = reading()
    for mention in actor.mentions:
        at, end = mention.start - sentence.start, mention.end - sentence.start
        if not t1 <= at < stop:
            continue
        # "drafted by France and Britain": a name joined to the author's is an author too.
        lead = _JOINED_NAMES.sub("", low[max(t1, at - 80) : at])
        if r["drafter_after"].match(low[end : end + 40]) or r["drafter_before"].search(lead):
            return True
    return False


_JOINED_NAMES = re.compile(r"(?:_+(?:['’]s)?(?:,? and |, ))+$")


_COORDINATION = re.compile(r"(?:\s|,|\band\b|\bor\b|\bthe\b|\bboth\b|['’]s?)*")


def _coordinated(actors: list[Actor], low: str, sentence: Sentence, t0: int) -> bool:
    """The names before the cue at ``t0`` form one coordinated subject ("Mexico and Brazil
    have objected"): one side that acts together, not two sides against each other."""
    spans = sorted(
        (m.start - sentence.start, m.end - sentence.start)
        for a in actors
        for m in a.mentions
        if sentence.start <= m.start < sentence.start + t0
    )
    if len(spans) < 2:
        return False
    gaps = [low[end:start] for (_, end), (start, _) in itertools.pairwise(spans)]
    return all(_COORDINATION.fullmatch(gap) is not None for gap in gaps)


_LINKING = re.compile(
    r"\b(?:link\w*|connect\w*|join(?:s|ed|ing)?|interconnect\w*|integrat\w*)"
    r" (?:the )?(?:[\w-]+ ){0,3}of (?:_+(?:,| and| or|,? and) )*$"
)


def _topic(
    actor: Actor,
    low: str,
    sentence: Sentence,
    start: int,
    stop: int,
    *,
    deal: bool,
    owner_before: int = -1,
) -> bool:
    """``actor`` is what the event is about, not a side of it: "talks on the operation of
    Ethiopia's dam", "the tariff was about China"."""
    at = actor.starts_in(sentence.start + start, sentence.start + stop)
    if not at:
        return False
    if at[0] < sentence.start + owner_before and re.match(r"_*['’]", low[at[0] - sentence.start :]):
        return False  # "paved the way for President Macron's visit": the trigger's owner
    lead = low[max(start, at[0] - sentence.start - 30) : at[0] - sentence.start]
    words = [w.strip("\"“”'‘’(") for w in lead.split()]
    preposition = next((w for w in reversed(words[-4:]) if w in _PREPOSITIONS), None)
    if preposition is None:
        return False
    here = at[0] - sentence.start
    if preposition == "of" and government_of(low, start, here):
        return False  # "agreed with the governments of Greenland and the Faroe Islands"
    if reading()["programme_partner"].search(low, max(0, here - 60), here):
        # "agreed to build two icebreakers for the U.S. Coast Guard under a programme with
        # Canada": the programme's partner, named in passing, is no side of the act.
        return True
    if deal:
        # "a treaty linking the power grids of Morocco and Mauritania": what the deal links
        # belongs to its parties.
        if preposition == "of" and _LINKING.search(low, max(start, here - 50), here):
            return False
        if reading()["beneficiary"].search(low, max(0, here - 40), here):
            return False  # "a $3 billion loan for Egypt": who gets the money is a party
        if reading()["beneficiary_deal"].search(low, max(0, here - 90), here):
            # "a financing agreement worth 1 billion euros on Monday for Jordan": the one a
            # deal of money is for is its party, however long the words between.
            return False
        if reading()["joined_bloc"].search(low, max(0, here - 40), here):
            return False  # "negotiations on joining the EU": the bloc joined is a party
        # "agreed to extend sanctions against North Korea": whom the deal aims at is no party.
        return preposition in (
            *("about", "regarding", "concerning", "over", "on", "of", "for", "against"),
        )
    if _routed(actor, low, sentence, start, stop, flows=False):
        return True  # "deported migrants to Guatemala": where they went, not whom it targets
    if _runs_a_thing(actor, low, sentence, start, stop):
        return True
    if reading()["decision_topic"].search(low, max(0, here - 50), here):
        return True  # "blocked EU decisions on aid to Ukraine": what the decisions concern
    return preposition in ("about", "regarding", "concerning")


def is_source(actor: Actor, low: str, sentence: Sentence, start: int, end: int) -> bool:
    """Every mention of ``actor`` in ``start:end`` follows a word that makes it a topic or a
    source, not a side: "supply from the United States", "demand in China"."""
    starts = actor.starts_in(sentence.start + start, sentence.start + end)
    if not starts:
        return True
    for at in starts:
        words = [
            w.strip("\"“”'‘’(")
            for w in low[max(0, at - sentence.start - 30) : at - sentence.start].split()
        ]
        near = next((w for w in reversed(words[-4:]) if w in _PREPOSITIONS), None)
        if near not in (
            "about",
            "regarding",
            "concerning",
            "over",
            "on",
            "of",
            "for",
            "from",
            "in",
        ):
            return False
    return True


def _owns(actor: Actor, low: str, sentence: Sentence, t0: int) -> bool:
    """``actor`` is the owner or subject of the noun at ``t0``: "Mexico's tariff", "Beijing
    would keep its levy" (a few words, no new clause between)."""
    at = actor.last_start_before(sentence.start + t0)
    if at is None:
        return False
    if reading()["venue_before"].search(low, max(0, at - sentence.start - 12), at - sentence.start):
        return False  # "read the indictment in Warsaw": a place owns nothing
    between = low[at - sentence.start : t0]
    if low[max(0, at - sentence.start - 2) : at - sentence.start] == ", ":
        # "Colombia's president, Gustavo Petro, ordered the expulsion": the comma after a
        # name set in apposition closes it, it opens no clause.
        between = _APPOSITION_CLOSE.sub("", between, count=1)
    if reading()["affected_of"].search(between):
        return False  # "Ireland bears the brunt of the dispute": hit by the row, no owner of it
    return len(between.split()) <= 7 and not re.search(
        r"\b(?:that|which|who|because|when|while|whereas|although)\b|[,;:\"“”]", between
    )


_APPOSITION_CLOSE = re.compile(r"^_+(?= *,),")
_OWNER_BEFORE = re.compile(r"['’]s?(?: [\w$%.,-]+){0,3} $")
# A determiner right before a trigger makes its word a noun ("an exchange", "the swap").
_DETERMINERS = r"\b(?:a|an|the|its|their|this|that|such|first|new|another)"
_DETERMINED = re.compile(_DETERMINERS + r"(?: [a-z][a-z-]*)? $")
_DETERMINED_NAME = re.compile(_DETERMINERS + r" _+ $")
# Past tenses of deal verbs that end on no "-ed": "the ELN began talks".
_PAST_VERBS = frozenset(
    ["began", "begun", "held", "won", "sold", "bought", "built", "sent", "drew"]
)
_SUBJECT_GAP_RE = re.compile(
    # "The Ta'ang National Liberation Army (TNLA) and the SSPP": a short name in brackets
    # closes the name it follows, so the gap after it is read as if it were not there.
    r"^\)?(?:['’]s?(?: [\w-]+){0,3} |,? (?:and|or|&) (?:the |its \w+ |their \w+ )?|, | "
    # "Moldova and the breakaway region of Transnistria": the place noun names the next name.
    r"|,? (?:and|or|&) the (?:[\w-]+ ){0,2}(?:region|republic|territory|enclave|province) of "
    # "the Sudanese army and the RSF": a demonym's organ joined to the next name.
    r"| (?:armed forces|army|military|government|authorities|navy|police|troops|officials"
    r"|delegations?|negotiators|leaders?|ministers?),? (?:and|or|&) (?:the )?)$"
)


def _subject(
    sentence: Sentence, low: str, actors: list[Actor], seg_start: int, t0: int
) -> list[Actor]:
    """Of the names before a trigger, those of the stretch's subject: the first group of names
    joined by "and", a comma or a possessive ("Russia's state-owned Gazprom"). A later name is
    the object of another verb ("Lavrov labelled Lithuania ... and warned Sweden"), and one in
    "between A and B" belongs to another noun ("the partnership between Russia and China")."""
    # Two actors may hold one span ("the European Union" and its commission): keep their
    # order, never compare the actors themselves.
    spans = sorted(
        (
            (m.start - sentence.start, m.end - sentence.start, a)
            for a in actors
            for m in a.mentions
            if sentence.start + seg_start <= m.start < sentence.start + t0
        ),
        key=lambda span: span[:2],
    )
    if not spans:
        return []
    opening = _OPENING_PHRASE.match(low, seg_start, t0)
    if opening is not None and any(start >= opening.end() for start, _, _ in spans):
        # "At a summit of the East African Community on Tuesday, Kenya signed ...", "During a
        # visit to Qatar, Egypt accused ...": the opening phrase names a place or an occasion;
        # the subject is the name after its comma.
        spans = [span for span in spans if span[0] >= opening.end()]
    reports = list(_REPORTED_SUBJECT.finditer(low, seg_start, t0))
    reported = reports[-1] if reports else None
    if reported is not None and any(start >= reported.end() for start, _, _ in spans):
        # "Washington said Beijing had committed to purchase ...": the speaker reports the
        # clause; the name right after the reporting verb is the subject of its verb.
        spans = [span for span in spans if span[0] >= reported.end()]
    group: list[Actor] = []
    last_end = None
    member, flow = reading()["member_gap"], reading()["flow_object"]
    flowing = False
    for start, end, actor in spans:
        # "Canada's exports to Mexico and the United States fell as tariffs bit": a list after
        # a noun of trade or travel says where things go; it acts in nothing.
        gap = low[last_end:start] if last_end is not None and start >= last_end else ""
        flowing = bool(flow.search(low, max(seg_start, start - 60), start)) or (
            flowing and _JOINED.match(gap) is not None
        )
        if flowing:
            last_end = max(end, last_end or 0)
            continue
        if (
            last_end is not None
            and start >= last_end
            and group
            and group[-1].kind == "organization"
            and actor.kind == "state"
            and member.match(low[last_end:start])
        ):
            # "The European Union member Hungary clashed with Ukraine": the bloc says what
            # Hungary belongs to; Hungary acts.
            group[-1] = actor
            last_end = end
            continue
        if group and actor is group[-1] and low[last_end:start] == " (":
            # "The Ta'ang National Liberation Army (TNLA) and ...": the short name in brackets
            # is the same actor; the group goes on after it.
            last_end = max(end, last_end or 0)
            continue
        if (
            last_end is not None
            and start >= last_end
            and _SUBJECT_GAP_RE.match(low[last_end:start]) is None
            and not _titled(group, actor, low[last_end:start])
        ):
            break
        if _BETWEEN.search(low, max(seg_start, start - 12), start):
            break  # "between Russia and China" before the trigger: another noun's sides
        if actor not in group:
            group.append(actor)
        last_end = max(end, last_end or 0)
    for _start, end, actor in spans:
        # "Pakistan is unlikely to agree to Iran's proposal": the owner of the trigger noun.
        if actor not in group and _OWNER_BEFORE.match(low[end:t0]):
            group.append(actor)
    return group


# A reporting verb whose complement opens straight on a (masked) name: "X said Y had agreed".
_REPORTED_SUBJECT = re.compile(
    r"\b(?:said|says|say|announced|confirmed|claimed|insisted)(?: on \w+day)?(?: that)? (?=_)"
)


# A clause that opens on a phrase of place, time or occasion, closed by a comma.
_OPENING_PHRASE = re.compile(
    r"[\"“]?(?:at|on|in|during|after|before|ahead of|amid|following|outside|inside|near|off)"
    r"\b[^,;:]{0,120}?,\s+"
)


def _titled(group: list[Actor], actor: Actor, gap: str) -> bool:
    """ "Venezuelan opposition leader Maria Corina Machado": a person of the country just named,
    after a title of a few words, heads the subject the country's adjective began; so does one
    of a territory of its own government ("Transnistrian leader Vadim Krasnoselsky")."""
    words = gap.split()
    return (
        actor.kind == "person"
        and any(
            (a.kind == "state" and actor.country in (None, "", a.country))
            or (governed(a) and not actor.country)
            for a in group[-1:]
        )
        and 0 < len(words) <= _TITLE_WORDS
        and not any(_TITLE_VERB.fullmatch(w) for w in words)
    )


_TITLE_WORDS = 3
_TITLE_VERB = re.compile(r"\w+ed|said|says|say|has|have|had|is|are|was|were|will|would|told|to")
_NESTED = re.compile(r"\b(?:of|for)\b")
_JOINED = re.compile(r"^(?:\s|,|\band\b|\bor\b|\bthe\b|\bboth\b|['’]s?)*$")


def _object_heads(
    sentence: Sentence,
    low: str,
    after: list[Actor],
    t0: int,
    stop: int,
    *,
    described_only: bool = False,
) -> list[Actor]:
    """The names after a dispute's trigger that it is aimed at, not those nested in the
    object's description: "criticised the Hungarian veto of EU aid for Ukraine" is aimed at
    Hungary; "sanctions on Russia and Belarus" at both."""
    if len(after) < 2:
        return after
    placed = sorted(
        (
            (at - sentence.start, a)
            for a in after
            # From inside the trigger on: "urged Hungary to" names its object within it.
            for at in a.starts_in(sentence.start + t0 + 1, sentence.start + stop)[:1]
        ),
        key=lambda x: x[0],
    )
    kept = [placed[0]]
    description = reading()["description"]
    for at, actor in placed[1:]:
        prev_at, prev = kept[-1]
        between = low[_mention_end(prev, sentence, prev_at, at) : at]
        # "expel Ethiopian troops serving in an African Union force": a name in what
        # describes the object is nested in it too.
        of_for = not described_only and _NESTED.search(between) is not None
        if (of_for or description.search(between)) and not _JOINED.match(between):
            continue
        kept.append((at, actor))
    nested = {a.key for _, a in placed} - {a.key for _, a in kept}
    return [a for a in after if a.key not in nested]


_PAIR_GAP = re.compile(r"^(?:['’]s?)?(?:,? (?:and|&) (?:the )?|, (?:the )?| )$")


def _joined_after(
    sentence: Sentence, low: str, actors: list[Actor], begin: int, stop: int
) -> list[Actor]:
    """Of the names after "between", those of the first list ("between Serbia and Kosovo"),
    not those a later phrase adds ("... has worried neighbours such as Albania"); all of them
    when that list holds fewer than two sides."""
    spans = sorted(
        (m.start - sentence.start, m.end - sentence.start, a)
        for a in actors
        for m in a.mentions
        if sentence.start + begin <= m.start < sentence.start + stop
    )
    joined: list[Actor] = []
    last_end = -1
    for start, end, actor in spans:
        if last_end >= 0 and (start < last_end or _PAIR_GAP.match(low[last_end:start]) is None):
            break
        if actor not in joined:
            joined.append(actor)
        last_end = end
    return joined if side_count(joined) >= 2 else actors


def _mention_end(actor: Actor, sentence: Sentence, start: int, t0: int) -> int:
    """Where the last mention of ``actor`` before ``t0`` ends (sentence-relative); ``t0`` when
    it is named only after it."""
    ends = [
        m.end - sentence.start
        for m in actor.mentions
        if sentence.start + start <= m.start < sentence.start + t0
    ]
    return max(ends) if ends else t0


def slot_sides(left: list[Actor], right: list[Actor], others: list[Actor]) -> int:
    """How many sides: the acting side and the side acted on count one each however many
    names they hold ("Moscow and its ally Belarus"); other names one per country."""
    taken = {side_of(a) for a in [*left, *right]}
    rest = {side_of(a) for a in others} - taken
    return bool(left) + bool(right) + len(rest)


def _agents_after(
    sentence: Sentence, low: str, after: list[Actor], t1: int, stop: int, labels: list[str]
) -> list[Actor]:
    """Names after the trigger that do the thing: "threats ... from Moscow", "charged by"."""
    agents = []
    for actor in after:
        for at in actor.starts_in(sentence.start + t1, sentence.start + stop):
            lead = low[max(t1, at - sentence.start - 24) : at - sentence.start]
            # "on flights paid for by Washington": who pays for or runs a thing is no agent
            # of the act.
            # "rejected the conditions set by ECOWAS": who made the thing answered is the
            # side answered, no agent of the answer.
            by = (
                lead.endswith(("by ", "by the "))
                and reading()["thing_by"].search(lead) is None
                and reading()["author_by"].search(lead) is None
            ) or _CO_AGENT.search(lead) is not None
            frm = lead.endswith(("from ", "from the ")) and bool(set(labels) & _AGENT_FROM_LABELS)
            if by or frm:
                agents.append(actor)
                break
    for actor in after:
        # "waged by Moscow and its ally Belarus": what joins an agent acts too.
        if actor in agents:
            continue
        starts = actor.starts_in(sentence.start + t1, sentence.start + stop)
        if not starts:
            continue
        lead = low[max(t1, starts[0] - sentence.start - 24) : starts[0] - sentence.start]
        if re.search(r"_(?:['’]s)?(?:,| and| or)(?: (?:its|their|the) \w+)? $", lead) and any(
            a.mentioned_in(sentence.start + t1, starts[0]) for a in agents
        ):
            agents.append(actor)
    return agents


# Only an article between a trigger and the name it takes as its object ("accusing Benin",
# "accused the government"): "spying in Lithuania" names a place, no object.
_BARE_OBJECT = re.compile(r" ?(?:(?:the|its|their|his|her) )?")
_CO_AGENT = re.compile(r"\b(?:(?:together|along|jointly) with|alongside)(?: the)? $")
# Where the words after a trigger stop speaking of it: a new clause or a reason.
_BEYOND_STOP = re.compile(
    r",[\"”]?\s+(?:\w+ing|which|who|that|because|after|when|while|as|but|although|saying|adding)\b"
    # "..., and its deputy foreign minister, NAME, said": a clause of its own subject.
    r"|,[\"”]?\s+and (?:its|their|his|her|the|a|an|_)"
    r"|[;:]|\s[—–]\s"
)


def _beyond(
    art: ArticleText, sentence: Sentence, low: str, kept: list[Actor], seg_end: int, end: int
) -> tuple[list[Actor], list[Actor]]:
    """The object of a trigger set off from it by a comma ("condemned, together with Wang,
    the United States' plans"): (who acts with the subject, who is acted on)."""
    # A new clause right at the comma ("rejected the complaint, saying ...") leaves nothing
    # beyond it to be the object.
    stop = _BEYOND_STOP.search(low, seg_end, end)
    last = stop.start() if stop is not None else end
    agents: list[Actor] = []
    objects: list[Actor] = []
    for actor in kept:
        at = actor.starts_in(sentence.start + seg_end, sentence.start + last)
        if not at:
            continue
        lead = low[max(seg_end, at[0] - sentence.start - 24) : at[0] - sentence.start]
        if _CO_AGENT.search(lead):
            agents.append(actor)
        elif not _topic(actor, low, sentence, seg_end, last, deal=False):
            objects.append(actor)
    return agents, objects


def _paired(actor: Actor, low: str, sentence: Sentence, t0: int) -> bool:
    """ "the agreement with X", "the deal between X and Y": named right after the noun."""
    at = actor.starts_in(sentence.start + t0, sentence.start + t0 + 70)
    if not at:
        return False
    # "the exchange of 887 detainees between X and Y": a count is no word of the phrase.
    between = _NUMBER_WORD.sub("", low[t0 : at[0] - sentence.start])
    return _PAIRING.match(between) is not None


# Verbs of leaving or ending a deal, and of keeping it: only a party can.
_ENDING = (
    r"withdr[ae]w(?:n|ing|s)? from|withdraws? from|pull(?:s|ed|ing)? out of|quit(?:s|ting)?"
    r"|exit(?:s|ed|ing)?|abandon\w*|scrap\w*|tore up|tear(?:s|ing)? up|terminat\w*|suspend\w*"
    r"|renounc\w*|revok\w*|abrogat\w*"
)
ENDS_DEAL = re.compile(rf"\b(?:{_ENDING}) (?:[\w'’-]+ ){{0,5}}?$")
# The name is the leaving verb's own subject ("Washington withdrew from", "Kenya has since
# quit"), not an object before another subject ("told Ukraine it would scrap").
_LEFT_DEAL = re.compile(
    r"_+(?:['’]s)? (?:(?!(?:it|they|he|she|we|told|said|says|that|which)\b)[a-z]+ ){0,3}?"
    rf"(?:{_ENDING}|honou?r\w*|reaffirm\w*)\b"
)
_CLAUSE_BREAK = re.compile(r"[.;:]\s|\b(?:said|says|told|tells|that|which|who)\b")


def _deal_subject(actor: Actor, low: str, sentence: Sentence, t0: int) -> bool:
    """``actor``, named before a deal noun, is a party: a deal verb stands between them
    ("Bulgargaz signed a 10-year agreement"), or it owns the noun ("Iran's proposal")."""
    at = actor.last_start_before(sentence.start + t0)
    if at is None:
        return False
    between = low[at - sentence.start : t0]
    if _CLAUSE_BREAK.search(between):
        return False  # "... Arab League envoys. Ethiopia said its delegation would present"
    if reading()["deal_verb"].search(between):
        return True
    if _LEFT_DEAL.match(between):
        return True  # "Washington withdrew from the nuclear deal": it was a party to it
    if re.fullmatch(r"_+['’]s(?: [\w$%.,-]+){0,3} ", between) is not None:
        return True
    # "Serbia has spent years seeking support for its plan": the subject's own plan.
    return re.search(r"\b(?:its|their|his|her)(?: [\w-]+){0,2} $", between) is not None


def _sentence_sides(art: ArticleText, sentence: Sentence) -> list[Actor]:
    """The actors of a sentence that may be sides of anything it tells (for "the two")."""
    found = art.parties_cache.get(sentence.index)
    if found is None:
        kept = kept_actors(art, sentence, 0, len(sentence.masked), 0, deal=False)
        found = art.parties_cache[sentence.index] = with_states(art.cast, kept)
    return found


_STATE_NOUNS = re.compile(
    r"countries|states|nations|governments|neighbou?rs|capitals|allies|rivals"
)
_MOUTHPIECE = re.compile(r"(?i)\bspokes(?:person|man|woman)\b")
_PREPOSITIONS = frozenset(
    (
        *("about", "regarding", "concerning", "over", "on", "of", "for", "with", "between"),
        *("to", "from", "by", "against", "among", "under", "into", "at", "in"),
    )
)
_COUNT = {"two": 2, "three": 3, "four": 4, "both": 2, "each": 2}


def _pair(
    art: ArticleText, sentence: Sentence, start: int, end: int, *, states: bool = False
) -> list[Actor]:
    """ "the two countries", "both sides" in ``start:end``: the sides named just before, in
    the sentence or the ones before it (only states with ``states``)."""
    phrase = reading()["pair_anaphora"].search(art.lows[sentence.index], start, end)
    if phrase is None:
        return []
    words = phrase.group().split()
    count = next((_COUNT[w] for w in words if w in _COUNT), 2)
    # "the two countries" are states; "both sides" may be anyone.
    states = states or _STATE_NOUNS.search(phrase.group()) is not None

    def fit(actors: list[Actor]) -> list[Actor]:
        if states:
            return [a for a in actors if a.kind == "state"]
        # "The two sides have stuck to the deal" after "..., spokesperson NAME told a
        # briefing": who only speaks for a body, or comments, is no side.
        return [a for a in actors if not (a.commentator or _MOUTHPIECE.search(a.role))]

    # Any name before the phrase in its own sentence is one of "the two", even one told in a
    # description ("the region it claims but that Guyana administers, ... the two neighbours").
    whole = kept_actors(
        art, sentence, 0, len(art.lows[sentence.index]), 0, deal=False, asides=False
    )
    # "hours before Barack Obama landed in the Philippine capital, the two governments
    # signed": the state behind a person named before the phrase is one of the two, though
    # the state's own name comes only later.
    before = [
        a
        for a in whole
        if any(
            at < sentence.start + phrase.start() for at in a.starts_in(sentence.start, sentence.end)
        )
    ]
    here = fit(with_states(art.cast, before))
    if side_count(here) >= count:
        return _first_sides(here, count)
    # "Ishiba said Japan valued ... and that the two governments had agreed": a side the
    # sentence names is one of the two; a sentence before that names two others (whom a
    # quote referred to) is not where the pair was told.
    named_here = {side_of(a) for a in here}
    for back in range(1, 4):
        index = sentence.index - back
        if index < 0:
            break
        other = art.sentences[index]
        if not other.body:
            continue
        # "The ministers also agreed ...": they are who acted before, not the names a quote
        # in between speaks of ("Russia will remain the biggest challenge for the EU").
        found = [a for a in fit(_sentence_sides(art, other)) if not _quoted_only(a, other)]
        if found and not named_here <= {side_of(a) for a in found}:
            continue
        if reading()["aside"].match(art.lows[index]) and {
            side_of(a) for a in found if a.kind == "state"
        } - {side_of(a) for a in _lede_named(art)}:
            # "Separately, Guyana and the United States signed ...": a state the lede does
            # not name makes it another story's pair; "the two countries" after it is open.
            return []
        if side_count(found) > count and _enumerated(art, other, found):
            # "Laos, Thailand and Cambodia agreed ... They also agreed to give each other":
            # three named as one subject are no pair; which two "each other" means is open.
            return []
        in_subject = _subject_sides(art, other, found)
        if side_count(found) > count and side_count(in_subject) == count:
            # "President A and Turkish Cypriot leader B met at the residence of the U.N.
            # envoy. The two leaders also agreed ...": of more sides than the pair, the ones
            # the sentence names as its subject are the pair (with their states).
            kept = {side_of(a) for a in in_subject}
            return _first_sides([a for a in found if side_of(a) in kept], count)
        if side_count(found) > count:
            # "Belgrade and its allies Russia and China do not recognise it. The EU has been
            # mediating talks between the two": of more sides than the pair, the story's own
            # (those its lede names); else the pair is told further back.
            lede = {side_of(a) for a in _lede_named(art)}
            told = [a for a in found if side_of(a) in lede]
            if side_count(told) >= count:
                return _first_sides(told, count)
            continue
        if side_count(found) >= count:
            lede = {side_of(a) for a in _lede_named(art) if a.kind == "state"}
            if (
                states
                and len(lede) == count
                and not named_here
                and {side_of(a) for a in _first_sides(found, count)} - lede
            ):
                # "Hun Manet thanked Malaysia for its help. The last clashes between the two
                # neighbours ...": a story whose lede names one pair of states keeps that
                # pair; a sentence naming a helper beside one of them does not replace it.
                continue
            return _first_sides(found, count)
    # Only a phrase that counts its sides ("both governments", "the two countries") reaches
    # further back; "the leaders", "each other" may be anyone's.
    # It must also be the stretch's subject: "a deal that suits both countries" names no
    # one's act.
    counted = len(words) >= 2 and any(w in _COUNT for w in words[:-1])
    subject = _OPENER.match(art.lows[sentence.index][start : phrase.start()]) is not None
    return _told_pair(art, sentence, fit, count) if counted and subject else []


def _subject_sides(art: ArticleText, sentence: Sentence, found: list[Actor]) -> list[Actor]:
    """The actors of ``found`` that ``sentence`` names in its subject (before its first finite
    verb), outside quotes."""
    stop = sentence.start + _subject_end(art, sentence)
    named = [
        (at, a)
        for a in found
        for at in a.starts_in(sentence.start, sentence.end)
        if at < stop and not _in_quote(sentence, at - sentence.start)
    ]
    # Two sides joined by "and" ("President A and Turkish Cypriot leader B met"), not a body
    # and the envoy an apposition names for it ("The EU's special envoy, Peter Sorensen,").
    starts = [at for at, _ in named]
    if (
        not starts
        or _AND.search(
            art.lows[sentence.index], min(starts) - sentence.start, max(starts) - sentence.start
        )
        is None
    ):
        return []
    return unique([a for _, a in named])


_AND = re.compile(r"\band\b")


def _enumerated(art: ArticleText, sentence: Sentence, found: list[Actor]) -> bool:
    """More sides than a pair open ``sentence`` as one subject, a list of names joined by
    commas and "and" ("Laos, Thailand and Cambodia agreed")."""
    low = art.lows[sentence.index]
    spans = sorted(
        (m.start - sentence.start, m.end - sentence.start, a)
        for a in found
        for m in a.mentions
        if sentence.start <= m.start < sentence.end
    )
    if not spans or not _OPENER.match(low[: spans[0][0]]):
        return False
    listed = [spans[0][2]]
    for (_, last, _), (first, _, actor) in itertools.pairwise(spans):
        if not _LISTED.fullmatch(low[last:first]):
            break
        listed.append(actor)
    return side_count(listed) > 2


_LISTED = re.compile(r",? and |, |")


def _told_pair(
    art: ArticleText,
    sentence: Sentence,
    fit: Callable[[list[Actor]], list[Actor]],
    count: int,
) -> list[Actor]:
    """The sides last named together further back ("Peru and Bolivia accused each other ...
    Both governments have kept talking"): the nearest earlier sentence that names exactly
    ``count`` sides, outside quotes, when the sentences since name no other side (a third
    state named in between leaves "the two" open)."""
    seen: list[Actor] = []
    for index in range(sentence.index - 1, -1, -1):
        other = art.sentences[index]
        if not other.body:
            continue
        if other.paragraph < sentence.paragraph - 2:
            return []
        found = [a for a in fit(_sentence_sides(art, other)) if not _quoted_only(a, other)]
        seen = unique([*seen, *found])
        if side_count(seen) > count:
            return []
        if index <= sentence.index - 4 and side_count(found) == count:
            stop = _subject_end(art, other)
            if _COPULA.match(art.lows[other.index], stop):
                return []  # "Germany and Spain are the deal's strongest backers": one camp
            return found
    return []


_COPULA = re.compile(r"(?:are|were|remain|remained)\b")


def _quoted_only(actor: Actor, sentence: Sentence) -> bool:
    """``actor`` is named in ``sentence``, each time inside a direct quote (a state added
    for its army or minister is not named, so not quoted)."""
    starts = actor.starts_in(sentence.start, sentence.end)
    spans = [m.span() for m in _QUOTED.finditer(sentence.text)]
    return bool(starts) and all(
        any(q0 <= at - sentence.start < q1 for q0, q1 in spans) for at in starts
    )


_QUOTED = re.compile(r"[\"“][^\"“”]*(?:[\"”]|$)")


def _first_sides(actors: list[Actor], count: int) -> list[Actor]:
    """The actors of the first ``count`` sides, in order of mention."""
    ordered = sorted(actors, key=lambda a: a.first)
    sides = list(dict.fromkeys(side_of(a) for a in ordered))[:count]
    return [a for a in ordered if side_of(a) in sides]


# "They" as the subject of the clause after it (up to its verb): not "they say" told of others.
_THEY = re.compile(r"\bthey\b")
# The first finite verb of a sentence: where its subject ends.
_FINITE = re.compile(
    r"\b(?:has|have|had|is|are|was|were|will|would|could|can|may|met|said|says|say|agree"
    r"|sign|\w+ed)\b"
)
# Only a connective or an adverbial before "They": the sentence opens on its subject.
# "That commission will meet ..., both sides said": a body or meeting the subject names by a
# definite noun, naming no one; the report's source names the pair.
_BODY_SUBJECT = re.compile(r"^(?:the|that|this|their|its) (?:[a-z-]+ ){1,3}$")
_ENVOYS_OF = re.compile(
    r"[\W_]*(?:the )?(?:senior |chief |top )?(?:officials|negotiators|diplomats|delegates"
    r"|delegations|envoys|representatives|leaders|ministers|negotiating teams) (?:from|of) "
)
_OPENER = re.compile(r"^[\W_]*(?:(?:but|and|yet|still|so|however|meanwhile|also|now)\b[\W_]*)*$")


def they_pair(art: ArticleText, sentence: Sentence, at: int) -> list[Actor]:
    """The two sides that "they" at ``at`` (sentence-relative; the subject of its clause)
    stands for: the pair the sentence's own subject names ("Kenya and Tanzania settled ...,
    and they signed"; "the two leaders confirmed ..., and they"), or, when "They" opens the
    sentence, the pair that is the previous sentence's subject. None when the antecedent is
    three sides or more, people or groups no name gives ("Transporters welcomed the deal.
    They said"), or when "they" speaks inside a quote."""
    if _in_quote(sentence, at):
        return []
    low = art.lows[sentence.index]
    if _OPENER.match(low[:at]) is None:
        return _subject_pair(art, sentence, 0, at)
    if sentence.index == 0:
        return []
    before = art.sentences[sentence.index - 1]
    if not before.body or before.paragraph < sentence.paragraph - 1:
        return []
    stop = _subject_end(art, before)
    return _subject_pair(art, before, 0, stop)


def _in_quote(sentence: Sentence, at: int) -> bool:
    return any(q0 <= at < q1 for q0, q1 in (m.span() for m in _QUOTED.finditer(sentence.text)))


def _subject_end(art: ArticleText, sentence: Sentence) -> int:
    """Where the sentence's subject ends: its first finite verb outside a name."""
    low = art.lows[sentence.index]
    spans = art.names.get(sentence.index, [])
    for verb in _FINITE.finditer(low):
        if not any(s <= verb.start() < e for s, e in spans):
            return verb.start()
    return len(low)


def _subject_pair(art: ArticleText, sentence: Sentence, start: int, end: int) -> list[Actor]:
    """The two sides the stretch ``start:end`` names as one plural subject: an earlier "they"
    (resolved in turn), "the two sides" (see :func:`_pair`), or exactly two named sides; none
    when it names three or more, or one."""
    low = art.lows[sentence.index]
    earlier = [m for m in _THEY.finditer(low, start, end) if not _in_quote(sentence, m.start())]
    if earlier:
        return they_pair(art, sentence, earlier[-1].start())
    phrase = reading()["pair_anaphora"].search(low, start, end)
    if phrase is not None:
        found = _pair(art, sentence, start, end)
        if not found and _ENVOYS_OF.fullmatch(low, start, phrase.start()):
            # "Officials from both countries also said they had signed ...": envoys of the
            # pair speak for it; with no pair named near, it is the article's one pair.
            return article_pair(art, sentence, direct=True)
        return found
    kept = kept_actors(art, sentence, start, end, start, deal=False, asides=False)
    named = [
        a
        for a in with_states(art.cast, kept)
        if a.kind != "other"
        and any(
            sentence.start + start <= m < sentence.start + end
            and not _in_quote(sentence, m - sentence.start)
            for m in a.starts_in(sentence.start, sentence.end)
        )
    ]
    if side_count(named) == 2:
        return named
    return _envoys_pair(art, sentence, start, end)


def _envoys_pair(art: ArticleText, sentence: Sentence, start: int, end: int) -> list[Actor]:
    """The two states whose officials are the stretch's subject ("Officials in Nairobi and
    Addis Ababa say they", "negotiators from Laos and Thailand"): the people of two states
    named only by their places act for them. None for one state ("officials in Kathmandu"),
    three, or people who speak for no state (analysts, protesters)."""
    low = art.lows[sentence.index]
    found = reading()["envoys_of"].search(low, start, end)
    if found is None or not _OPENER.match(low[start : found.start()]):
        return []
    stop = _FINITE.search(low, found.end(), end)
    last = sentence.start + (end if stop is None else stop.start())
    named = with_states(art.cast, art.cast.in_span(sentence.start + found.end(), last))
    states = [a for a in named if a.kind == "state"]
    return states if side_count(states) == 2 else []


# "..., and they signed an agreement": "they" as the subject of the cue.
_THEY_SUBJECT = re.compile(r"\bthey\b(?: \S+){0,4} $")


def subject_pair(art: ArticleText, sentence: Sentence, start: int, at: int) -> list[Actor]:
    """The two sides a reference standing as the subject of the cue at ``at`` (in its own
    stretch of the clause ``start:``) points back to: "they" (see :func:`they_pair`), a pair
    noun ("the neighbours have been at odds", "both governments say", see :func:`_pair`), or,
    when the pair noun or "negotiators" has no antecedent near, the article's one pair (see
    :func:`article_pair`). None when the subject names anyone or refers to no pair."""
    low = art.lows[sentence.index]
    seg_start = segment(sentence, start, at, at)[0]
    they = _THEY_SUBJECT.search(low, seg_start, at)
    if they is not None:
        return they_pair(art, sentence, they.start())
    r = reading()
    phrase = r["pair_anaphora"].search(low, seg_start, at)
    # "Negotiators from the two countries' joint commission ended ...": envoys of the pair
    # speak for it; a body the pair owns is theirs.
    envoys = phrase is not None and _ENVOYS_OF.fullmatch(low, seg_start, phrase.start())
    if phrase is not None and (_OPENER.match(low[seg_start : phrase.start()]) or envoys):
        found = _pair(art, sentence, phrase.start(), at)
        if found or not r["pair_subject"].match(phrase.group()):
            return found
    elif r["unnamed_sides"].match(low, seg_start) is None and not (
        # "Talks on a transit route are due to resume ..., officials from both countries
        # said": talks that open their clause name no one; the report's source names the pair.
        (_OPENER.match(low[seg_start:at]) or _BODY_SUBJECT.match(low[seg_start:at]))
        and r["pair_source"].search(low, at)
    ):
        return []
    until = phrase.end() if envoys and phrase is not None else at
    named = art.cast.in_span(sentence.start + seg_start, sentence.start + until)
    if phrase is None and r["unnamed_sides"].match(low, seg_start):
        # "Negotiators met in Baghdad ... for a third round of talks": where they met is no
        # one's side of them.
        named = [a for a in named if not _venue_only(a, low, sentence, seg_start, until)]
    if named:
        return []
    # "... are due to resume in Washington on Jan. 20": where they meet is no third state.
    venues = frozenset(
        a.key
        for a in art.cast.in_span(sentence.start, sentence.end)
        if _venue_only(a, low, sentence, 0, len(low))
    )
    return article_pair(art, sentence, venues)


def _venue_only(actor: Actor, low: str, sentence: Sentence, start: int, end: int) -> bool:
    """Every mention of ``actor`` in ``start:end`` (sentence-relative) names a place ("in
    Baghdad", "at Geneva")."""
    found = False
    for mention in actor.mentions:
        at = mention.start - sentence.start
        if start <= at < end:
            if not re.search(r"\b(?:in|at) (?:the )?$", low[max(0, at - 8) : at]):
                return False
            found = True
    return found


_MINISTERS = re.compile(
    r"(?:the|both) (?:two )?(?:foreign |prime |defen[cs]e |interior |trade )?"
    r"(?:ministers|presidents|premiers|heads of state)\b"
)


def between_pair(
    art: ArticleText, sentence: Sentence, at: int, end: int, hosts: frozenset[str] = frozenset()
) -> list[Actor]:
    """The two sides a pair noun right after "between" at ``at`` points back to ("talks between
    the two governments", "between the two foreign ministers"); none for any other words.
    ``hosts`` (who hosts the talks, "hosted by Djibouti") are no third state of the story."""
    low = art.lows[sentence.index]
    phrase = reading()["pair_anaphora"].match(low, at + 1 if low[at : at + 1] == " " else at)
    if phrase is None or phrase.end() > end:
        return []
    # "the two foreign ministers", "the two governments" are two states' own; "the two
    # sides" may be anyone (an army and a militia).
    whose = low[phrase.start() : phrase.end() + 30]
    states = _STATE_NOUNS.search(whose) is not None or _MINISTERS.match(whose) is not None
    found = _pair(art, sentence, phrase.start(), phrase.end(), states=states)
    if side_count(found) < 2 and states:
        found = article_pair(art, sentence, hosts)  # no pair named near: the article's pair
    return found if side_count(found) >= 2 else []


def article_pair(
    art: ArticleText,
    sentence: Sentence,
    ignore: frozenset[str] = frozenset(),
    *,
    direct: bool = False,
) -> list[Actor]:
    """The one pair of states the article is about: exactly two state sides named by its
    headline and first body sentence together, when neither ``sentence``'s paragraph up to it
    nor the last sentence before it that names a state names another (a paragraph on a third
    state has changed the subject: its "negotiators" are not the pair's). With ``direct``
    only states named as states count: a body called after a state ("the Kuwait Fund lent
    most of the money") brings no third state to a source "officials from both countries"."""
    pair = _lede_pair(art)
    if not pair:
        return []
    sides = {side_of(a) for a in pair}
    for other in reversed(art.sentences[: sentence.index + 1]):
        named = art.cast.in_span(other.start, other.end)
        if direct:
            named = [a for a in named if not _inside_name(a, named, other)]
        states = [
            side_of(a)
            for a in (named if direct else with_states(art.cast, named))
            if a.kind == "state" and a.key not in ignore
        ]
        if set(states) - sides:
            return []
        if states and other.paragraph < sentence.paragraph:
            break  # the last states named before the paragraph are the pair's
    return unique(pair)


def _inside_name(actor: Actor, named: list[Actor], sentence: Sentence) -> bool:
    """Every mention of ``actor`` in ``sentence`` lies inside another actor's name ("Kuwait"
    in "the Kuwait Fund"): a word of that name, not the actor named."""
    spans = [
        (m.start, m.end)
        for a in named
        if a is not actor
        for m in a.mentions
        if sentence.start <= m.start < sentence.end
    ]
    own = [m for m in actor.mentions if sentence.start <= m.start < sentence.end]
    return bool(own) and all(
        any(s <= m.start and m.end <= e and (s, e) != (m.start, m.end) for s, e in spans)
        for m in own
    )


def _lede_pair(art: ArticleText) -> list[Actor]:
    """The two state sides the headline and first body sentence name together, if exactly two."""
    pair = [a for a in _lede_named(art) if a.kind == "state"]
    return pair if side_count(pair) == 2 else []


def _lede_named(art: ArticleText) -> list[Actor]:
    """The actors (with their states) the headline and first body sentence name."""
    body = [s for s in art.sentences if s.body]
    if not body:
        return []
    heads = [s for s in art.sentences if s.paragraph == 0 and not s.body]
    named = [a for s in [*heads, body[0]] for a in art.cast.in_span(s.start, s.end)]
    if len(named) < 2:
        # The headline's names are no mentions of the cast: a state whose own name (as the
        # body writes it) stands in the headline is named there ("Chile and Argentina to
        # resume talks" over a lede on "Talks on a rail corridor").
        named += [a for a in art.cast.actors.values() if a.kind == "state" and _in_heads(a, heads)]
    return with_states(art.cast, named)


def _in_heads(actor: Actor, heads: list[Sentence]) -> bool:
    forms = {m.surface for m in actor.mentions if not m.back and m.surface[:1].isupper()}
    return any(
        re.search(rf"(?<![\w-]){re.escape(form)}(?![\w-])", s.text) for s in heads for form in forms
    )
