"""An instrument told by who made it, in a relative clause, and what the main clause does to it.

"Thailand suspended the peace declaration it signed with Cambodia in October": the relative
clause after the deal noun ("(that) X signed|agreed|reached|struck with Y") names its two
parties, X and Y; X may be a pronoun standing for the one side the clause names before it
("it" for Thailand), and Y may be "the agency", "the bloc", "the court" standing for the ONE
body of that kind the article has named (none or two: abstain). "Armenia and Azerbaijan have
yet to sign the peace treaty they initialled" names its pair by "they" and the pair subject.
The relative clause tells how the deal was made (signed, initialled: agreed); the main
clause's verb acting on the noun tells how it stands now (suspended, frozen, scrapped, torn
up, withdrawn from: collapsed, for a signed instrument one side no longer keeps binds no one,
whereas talks suspended are only stalled; renewed, extended: in force), unless that verb is
only threatened, wished for or denied ("would render void", "wanted X to cancel", "did not
suspend"): the deal still stands as made. Used by :mod:`._events`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from summarizer._engines.offline._cast import Actor
from summarizer._engines.offline._event import side_count, unique, with_states
from summarizer._engines.offline._gazetteer import gazetteer
from summarizer._engines.offline._parties import ArticleText
from summarizer._engines.offline._sentences import Sentence

# The kinds of body a definite noun refers back to: "the agency" is the one agency named.
_BODY_NOUNS = (
    r"agency|watchdog|bloc|alliance|court|tribunal|union|commission|council|fund|bank|"
    r"organi[sz]ation"
)
# "(that) X (has) signed with Y", "it agreed with the agency", "they struck with the bloc".
# The instrument's noun phrase may go on before the clause ("the memorandum of understanding
# that ...", "the accord on grain exports which ..."); the partner may follow a description of
# what it is ("with the breakaway region of Somaliland", "with the Dubai port operator DP
# World"): a kind of polity before "of", or a kind of body right before the name.
NOUN_GOES_ON = r"(?: (?:of|on) (?:[a-z-]+ ){0,2}?[a-z-]+(?= that | which ))?"
DESCRIBED = (
    r"(?:(?:[\w-]+ ){0,2}?(?:region|province|republic|territory|enclave|kingdom|emirate) of "
    r"(?:the )?|(?:[\w-]+ ){0,2}?(?:operator|company|firm|group|giant|producer|maker|carrier|"
    r"consortium|utility|conglomerate) )?"
)
_MADE_WITH = re.compile(
    NOUN_GOES_ON
    + r"(?: (?:that|which))? (?:the )?(_[_ .'’-]*?|it|they)(?: (?:bloc|government|leaders?))? "
    r"(?:has |had |have )?(?:jointly )?(signed|reached|struck|concluded|negotiated|sealed|"
    r"clinched|agreed|initiall?ed) with (?:the )?"
    + DESCRIBED
    + r"(_[_ .'’-]*|(?:"
    + _BODY_NOUNS
    + r")\b)"
)
# "the peace treaty they initialled in August": a pair's own instrument, no "with".
_THEY_MADE = re.compile(
    r"(?: (?:that|which))? they (?:have |had )?(signed|reached|struck|concluded|agreed|"
    r"initiall?ed)\b(?! (?:to|on|with)\b)"
)
# "Armenia and Azerbaijan have yet to sign the ...": a pair at the head of the clause.
_PAIR_HEAD = re.compile(r"(?:^|[,;:] |\bthat )(?:the )?(_[_ .'’-]*?) and (?:the )?(_[_ .'’-]*?) ")
# What the main clause does to the instrument: its verb right before the noun phrase.
_NP = r" (?:the|its|their|this|that|a|an) (?:[\w'’-]+ ){0,4}$"
_SUSPENDED = re.compile(
    r"\b(?:suspend(?:s|ed|ing)?|freez(?:es|ing|e)|froze(?:n)?|put(?:s|ting)? on hold)"
    r"(?: (?:implementation|parts?) of)?" + _NP
)
_COLLAPSED = re.compile(
    r"\b(?:(?:withdr(?:aw|ew|awn|awing|aws)|pull(?:s|ed|ing)? out|exit(?:s|ed|ing)?) (?:from|of)"
    r"|quit(?:s|ting)?|(?:tear(?:s|ing)?|tore|torn) up|scrap(?:s|ped|ping)?|"
    r"abandon(?:s|ed|ing)?|annul(?:s|led|ling)?|revok(?:es|ed|ing|e)|renounc(?:es|ed|ing|e)|"
    r"terminat(?:es|ed|ing|e)|cancel(?:s|led|ed|ling|ing)?|render(?:s|ed|ing)? void|"
    r"void(?:s|ed|ing)?|rip(?:s|ped|ping)? up|walk(?:s|ed|ing)? away from|"
    # The act told by its noun: "announced the termination of the 2015 agreement".
    r"(?:termination|cancell?ation|annulment|abrogation|revocation|renunciation) of)" + _NP
)
_IN_FORCE = re.compile(r"\b(?:renew(?:s|ed|ing)?|extend(?:s|ed|ing)?|prolong(?:s|ed|ing)?)" + _NP)
_RATIFIED = re.compile(r"\b(?:ratif(?:y|ies|ied|ying))" + _NP)
# "have yet to sign the ...", "has not signed the ...": the act still to come.
_NOT_YET = re.compile(
    r"\b(?:(?:yet|still|failed|refused|declined) to|not yet|(?:has|have|had)n[o’']?t"
    r"(?: yet)?|(?:has|have|had) not(?: yet)?) (?:sign|ratify|signed|ratified)" + _NP
)
# A threat or a forecast, not an act: "would render void", "threatened to scrap".
_ONLY_THREATENED = re.compile(
    r"(?:\b(?:would|could|might|may|will|shall|to|threat(?:en(?:s|ed|ing)?)?|if|unless|not|"
    r"never|whether)|n[’']t)(?: (?:not|also|soon|now|then|yet|\w+ly))?(?: be)? $"
)
_MADE_STATUS = {"initialled": "agreed", "initialed": "agreed", "agreed": "agreed"}


@lru_cache(maxsize=1)
def _known_forms() -> dict[str, tuple[str, ...]]:
    """Every listed way of naming each known body, by entity key ("org:IAEA": "International
    Atomic Energy Agency", "UN atomic energy agency", ...)."""
    gaz = gazetteer()
    out: dict[str, list[str]] = {}
    for form in gaz.forms.values():
        out.setdefault(form.entity.key, []).append(form.text)
    for key, descriptions in gaz.descriptions.items():
        out.setdefault(key, []).extend(descriptions)
    return {key: tuple(texts) for key, texts in out.items()}


def _one_body(art: ArticleText, sentence: Sentence, at: int, noun: str) -> Actor | None:
    """The one organisation named before ``at`` (this sentence or earlier) whose name is
    headed by ``noun`` ("the agency": the International Atomic Energy Agency); None when
    the article names none or more than one."""
    found: dict[str, Actor] = {}
    for actor in art.cast.in_span(0, sentence.start + at):
        if actor.kind != "organization":
            continue
        names = [actor.name, *actor.aliases(), *_known_forms().get(actor.key, ())]
        head = re.sub(r"organi[sz]ation", "organi[sz]ation", noun)
        if any(re.search(rf"\b{head}\b", n.casefold()) for n in names):
            found[actor.key] = actor
    return next(iter(found.values())) if len(found) == 1 else None


def ambiguous_body(art: ArticleText, sentence: Sentence, start: int, end: int) -> bool:
    """Whether ``start:end`` of the sentence is "the agency", "the bloc" ... and the article
    names no one body of that kind before it (none, or two: which one is not told)."""
    told = sentence.text[start:end].casefold().strip()
    return (
        re.fullmatch(_BODY_NOUNS, told) is not None
        and _one_body(art, sentence, start, told) is None
    )


def _subject_of(art: ArticleText, sentence: Sentence, start: int, at: int) -> Actor | None:
    """What "it" stands for: the one side the sentence names before the pronoun (a pronoun
    with two candidates is left unresolved)."""
    named = with_states(
        art.cast, unique(art.cast.in_span(sentence.start + start, sentence.start + at))
    )
    named = [a for a in named if a.kind in ("state", "organization", "company", "group")]
    return named[0] if len(named) == 1 else None


def made_by(
    art: ArticleText, sentence: Sentence, start: int, end: int, trigger: re.Match[str]
) -> tuple[list[Actor], str] | None:
    """The two parties a relative clause right after an instrument names ("the roadmap it
    signed with the IAEA", "the treaty they initialled"), with the status that clause tells
    (signed, agreed); None when it names no two sides."""
    low = art.lows[sentence.index]
    made = _MADE_WITH.match(low, trigger.end(), end)
    if made is not None:
        maker_text = made.group(1)
        if maker_text in ("it", "they"):
            if maker_text == "they":
                return None
            maker = _subject_of(art, sentence, start, made.start(1))
            makers = [] if maker is None else [maker]
        else:
            makers = list(
                art.cast.in_span(sentence.start + made.start(1), sentence.start + made.end(1))
            )
        partner_text = made.group(3)
        told = sentence.text[made.start(3) : made.end(3)].casefold().strip()
        if re.fullmatch(_BODY_NOUNS, told):
            partner_text = told  # "the agency" the cast has read as a name: which one, below
        if partner_text.startswith("_"):
            partners = list(
                art.cast.in_span(sentence.start + made.start(3), sentence.start + made.end(3))
            )
        else:
            body = _one_body(art, sentence, made.start(3), partner_text)
            partners = [] if body is None else [body]
        named = with_states(art.cast, unique([*makers, *partners]))
        if not makers or not partners or side_count(named) < 2:
            return None
        return named, _MADE_STATUS.get(made.group(2), "signed")
    they = _THEY_MADE.match(low, trigger.end(), end)
    if they is None:
        return None
    heads = list(_PAIR_HEAD.finditer(low, start, trigger.start()))
    if not heads:
        return None
    head = heads[-1]
    named = with_states(
        art.cast,
        unique(art.cast.in_span(sentence.start + head.start(1), sentence.start + head.end(2))),
    )
    if side_count(named) != 2:
        return None
    return named, _MADE_STATUS.get(they.group(1), "signed")


def main_act(low: str, start: int, trigger: re.Match[str]) -> str | None:
    """What the main clause's verb right before an instrument does to it: "not yet" (yet to
    sign), "threat" (would void, threatened to scrap), or the status its act gives (collapsed,
    implemented, signed); None when no such verb governs it."""
    before = low[max(start, trigger.start() - 90) : trigger.start()]
    for pattern, status in (
        (_NOT_YET, "not yet"),
        (_SUSPENDED, "collapsed"),
        (_COLLAPSED, "collapsed"),
        (_IN_FORCE, "implemented"),
        (_RATIFIED, "signed"),
    ):
        act = pattern.search(before)
        if act is None:
            continue
        if pattern is not _NOT_YET and _ONLY_THREATENED.search(before, 0, act.start()):
            return "threat"
        return status
    return None


def status_now(low: str, start: int, trigger: re.Match[str], made: str) -> str:
    """How the instrument stands now: what the main clause's verb does to it ("suspended the
    declaration it signed": collapsed), or how it was made when that verb is only threatened,
    still to come, or says nothing of its standing."""
    act = main_act(low, start, trigger)
    return made if act in (None, "threat", "not yet") else act
