"""A deal's parties told apart from the deal word.

News copy often names who makes a deal away from the deal noun itself:

* a plan or proposal that "calls for" a deal puts it forward; it does not only wish for it:
  "A plan drawn up by Kenya and Ethiopia calls for a 90-day ceasefire between the government
  and the rebels" is a proposed ceasefire, its proposers and the sides it is for its parties
  (who drew it up is named by the clause; see :func:`plan_calls_for`);
* a format, body or channel of talks is told by the pair that meets in it, in an apposition or
  a relative clause on its name: "the Geneva International Discussions, the only format in
  which Georgia and Russia meet", "The Joint Boundary Commission, the only body in which
  Thailand and Cambodia still sit down together, will meet ..." (see :func:`format_pair`).

Only a pair joined by "and" in that relative clause counts, and only when its verb says they
meet or talk: a format "co-chaired by the EU, the UN and the OSCE" names its chairs, no sides.
"""

from __future__ import annotations

import re

from summarizer._engines.offline._cast import Actor
from summarizer._engines.offline._event import side_count, with_states
from summarizer._engines.offline._parties import ArticleText
from summarizer._engines.offline._sentences import Sentence

# A document that puts a deal forward, as the subject of the verb that names the deal: "a plan
# (drawn up by ...) calls for", "the draft provides for", "the proposal envisages". The verb
# may not open a predicate of its own ("and calls for": someone else's call) and nothing
# between the noun and the verb may end the clause.
_PLAN_CALLS_FOR = re.compile(
    r"\b(?:a|an|the|its|their|_+['’]s)(?: [\w'’-]+){0,4}? "
    r"(?:plan|proposal|draft|blueprint|road ?map|initiative|peace plan|framework|formula)s?\b"
    r"(?P<gap>[^.;:?!\"“”]{0,160}?)"
    r"(?<!\band) (?:calls? for|provides? for|envisages?|envisions?|foresees?|sets? out|"
    r"lays? out|proposes?)"
    r"(?: (?:an?|the|some|fresh|new|immediate|[\w-]+-(?:day|week|month|year))){0,3} $"
)
# What, in the stretch between a plan's noun and its verb, makes the noun another clause's:
# a finite verb of saying or a second subject ("the plan, officials said, calls for" stays).
_GAP_BREAK = re.compile(r"\b(?:said|says|told|but|while|whereas|although|because|if|unless)\b")


def plan_calls_for(low: str, seg_start: int, t0: int) -> bool:
    """Whether the deal cue at ``t0`` is what a plan or proposal, its clause's subject, calls
    for ("A plan drawn up by Kenya and Ethiopia calls for a 90-day ceasefire"): a proposed
    deal, not a wish. ``low`` is the lower-cased, name-blanked sentence."""
    found = _PLAN_CALLS_FOR.search(low, max(0, seg_start - 200), t0)
    while found is not None and found.end() != t0:
        found = _PLAN_CALLS_FOR.search(low, found.start() + 1, t0)
    if found is None:
        return False
    return _GAP_BREAK.search(found.group("gap")) is None


# A relative clause (or an apposition holding one) that says who meets in a format: ", the only
# format in which A and B meet", ", where A and B talk", ", which brings together A and B".
_MEETS_IN = re.compile(
    r",(?: (?:the|a|an)(?: [\w-]+){0,4}?)? (?:(?:in|at|through|under|via) which|where) "
    r"(?:the )?(?P<a>_[_ .'’-]*?) and (?:the )?(?P<b>_[_ .'’-]*?)"
    r"(?: (?:still|now|regularly|both|directly|ever|routinely|formally))* "
    r"(?:meet|talk|negotiate|sit(?: down)?(?: together| face to face)?|hold talks|discuss|"
    r"engage)\b"
    r"|, which (?:still )?(?:brings|brought) together (?:the )?(?P<c>_[_ .'’-]*?) "
    r"and (?:the )?(?P<d>_[_ .'’-]*?)(?=[,.;]| (?:to|in|at|on|for)\b)"
)


# A relative clause right after the deal word telling who made it: "a December 2023 agreement
# in which Ali and Maduro pledged not to use force", "the accord under which A and B agreed".
_MADE_IN = re.compile(
    r",? (?:in|under|by|through) which (?:the )?(?P<a>(?:[a-z]+ ){0,2}?_[_.'’-]*"
    r"(?: [a-z]+){0,2}?(?: _[_.'’-]*)?) and (?:the )?(?P<b>(?:[a-z]+ ){0,2}?_[_.'’-]*"
    r"(?: [a-z]+){0,2}?(?: _[_.'’-]*)?)(?: (?:both|each|jointly|formally|also))? "
    r"(?:have |had )?"
    r"(?:pledged|agreed|committed|promised|undertook|vowed|settled|renounced|recognised|"
    r"recognized|accepted|met|meet|talk|negotiate)\b"
)


def format_pair(art: ArticleText, sentence: Sentence, trigger: re.Match[str]) -> list[Actor]:
    """The two sides a format of talks is told by, in a relative clause on its name: right
    after the talks word ("the Geneva International Discussions, the only format in which
    Georgia and Russia meet, ...") or on the subject of a verb of meeting ("The Joint Boundary
    Commission, the only body in which Thailand and Cambodia still sit down together, will meet
    ..."). Empty unless the clause names exactly two sides."""
    low = art.lows[sentence.index]
    found = _MADE_IN.match(low, trigger.end())
    for m in [] if found is not None else _MEETS_IN.finditer(low):
        if (
            trigger.end() <= m.start() <= trigger.end() + 45
            and "," not in low[trigger.end() : m.start()]
        ):
            found = m  # the aside on the talks word (or the name that ends it)
            break
        close = low.find(",", m.end())
        if (
            m.end() <= trigger.start()
            and close >= 0
            and close <= trigger.start()
            and len(low[close + 1 : trigger.start()].split()) <= 4
            and "," not in low[: m.start()].rstrip(",")
            and len(low[: m.start()].split()) <= 6
        ):
            found = m  # the aside on the subject of the meeting verb
            break
    if found is None:
        return []
    a, b = ("a", "b") if found.re is _MADE_IN or found.group("a") is not None else ("c", "d")
    named = with_states(
        art.cast,
        [
            *art.cast.in_span(sentence.start + found.start(a), sentence.start + found.end(a)),
            *art.cast.in_span(sentence.start + found.start(b), sentence.start + found.end(b)),
        ],
    )
    named = [x for x in named if x.kind != "other"]
    return named if side_count(named) == 2 else []


# Who drew a plan up, in its clause before the verb: "drawn up by Kenya and Ethiopia", "put
# forward by the Quad". A possessive before the noun ("Kenya's plan") names its maker too.
_DRAWN_BY = re.compile(
    r"\b(?:drawn up|proposed|put forward|presented|tabled|drafted|prepared|unveiled|floated|"
    r"sponsored|written|devised|submitted) by (?P<by>(?:the )?_[_.'’-]*"
    r"(?:(?:,| and| &) (?:the )?_[_.'’-]*)*)"
)
_MAKER_BEFORE = re.compile(r"(?P<by>_[_ .'’-]*?)['’]s(?: [\w-]+){0,3}? $")
# The sides a deal is for, right after its word: "a ceasefire between A and B".
_FOR_SIDES = re.compile(
    r"(?: [\w-]+){0,3}? between (?P<a>[^,;]{1,60}?) and (?P<b>(?:the )?[^,;]{1,60}?)"
    r"(?=[,;.]|$| (?:on|to|in|that|which|over|for|from|after|before)\b)"
)


def plan_parties(
    art: ArticleText, sentence: Sentence, seg_start: int, end: int, trigger: re.Match[str]
) -> list[Actor]:
    """The parties of a deal a plan calls for: who drew the plan up and the two sides it is
    between ("A plan drawn up by Kenya and Ethiopia calls for a 90-day ceasefire between the
    government of South Sudan and the SPLM-IO"). Empty unless both sides are named."""
    low = art.lows[sentence.index]
    found = _PLAN_CALLS_FOR.search(low, max(0, seg_start - 200), trigger.start())
    while found is not None and found.end() != trigger.start():
        found = _PLAN_CALLS_FOR.search(low, found.start() + 1, trigger.start())
    sides = _FOR_SIDES.match(low, trigger.end(), end)
    if found is None or sides is None:
        return []

    def named(a: int, b: int) -> list[Actor]:
        return [
            x
            for x in with_states(art.cast, art.cast.in_span(sentence.start + a, sentence.start + b))
            if x.kind != "other"
        ]

    first, second = named(*sides.span("a")), named(*sides.span("b"))
    if side_count(first) != 1 or side_count(second) != 1 or side_count([*first, *second]) != 2:
        return []
    by = _DRAWN_BY.search(low, found.start(), found.end()) or _MAKER_BEFORE.search(
        low, max(0, found.start() - 40), found.start() + 1
    )
    makers = named(*by.span("by")) if by is not None else []
    out: list[Actor] = []
    for x in [*makers, *first, *second]:
        if x not in out:
            out.append(x)
    return out


# A maker named right before a proposal's noun: "a U.S. proposal", "Kenya's plan", "the
# Egyptian draft" (one or two modifiers may stand between: "a new U.S. peace proposal").
_MAKER_OF = re.compile(
    r"\b(?:a|an|the|its|their|this|that)(?: (?:new|fresh|revised|latest|draft|formal))? "
    r"(?P<by>_[_.'’-]*)(?:['’]s)?(?: (?:new|fresh|revised|latest|peace|ceasefire|truce))? $"
    r"|^(?P<own>_[_.'’-]*)['’]s(?: (?:new|fresh|revised|latest|peace|ceasefire|truce))? $"
)
_PROPOSAL_NOUN = re.compile(r"(?:proposals?|plans?|draft|blueprint|initiative|offer)\b")


def proposal_maker(art: ArticleText, sentence: Sentence, trigger: re.Match[str]) -> list[Actor]:
    """Who a proposal is named after: "a U.S. proposal under which Israel would scale back its
    strikes" is put forward by the United States, a party of the proposed deal beside the two
    it binds (a broker names the talks it hosts, not a plan: see :mod:`._events`)."""
    low = art.lows[sentence.index]
    if _PROPOSAL_NOUN.match(low, trigger.start()) is None:
        return []
    before = low[max(0, trigger.start() - 60) : trigger.start()]
    found = _MAKER_OF.search(before)
    if found is None:
        return []
    group = "by" if found.group("by") is not None else "own"
    at = trigger.start() - len(before)
    return [
        x
        for x in with_states(
            art.cast,
            art.cast.in_span(
                sentence.start + at + found.start(group), sentence.start + at + found.end(group)
            ),
        )
        if x.kind in ("state", "organization")
    ]


# "The bloc", "the 27-nation bloc" as a clause's subject: the bloc named just before.
_BLOC_SUBJECT = re.compile(
    r"\W*(?:the|its) (?:[\w-]+-(?:nation|member|country|state) |\w+ )?bloc"
    r"(?: (?:has|had|have|also|then|finally|formally|on \w+day|last \w+|this \w+))* $"
)
# How many sentences back the bloc may be named.
_BLOC_BACK = 2


def bloc_antecedent(
    art: ArticleText, sentence: Sentence, start: int, trigger: re.Match[str]
) -> Actor | None:
    """The bloc "the bloc" stands for as the subject of a deal's verb ("The European Union has
    been in talks with Chile for two years. The bloc signed a raw materials partnership with
    Santiago on Tuesday"): the one body of states the sentence or the two before it name (a
    body no state owns). None when they name none or more than one."""
    low = art.lows[sentence.index]
    if _BLOC_SUBJECT.match(low[start : trigger.start()]) is None:
        return None
    for back in range(_BLOC_BACK + 1):
        index = sentence.index - back
        prev = next((s for s in art.sentences if s.index == index), None)
        if prev is None or (back and prev.paragraph < sentence.paragraph - 1):
            break
        stop = prev.start + (start if back == 0 else len(prev.text))
        bodies = {
            a.key: a
            for a in art.cast.in_span(prev.start, stop)
            if a.kind == "organization" and a.country is None
        }
        if len(bodies) == 1:
            return next(iter(bodies.values()))
        if bodies:
            return None
    return None
