"""Who blocks a deal, whose property a deal disposes of, and who cuts what it gives are no
parties of a deal.

Three rules of English about deals told with a third party in the sentence:

* Who blocks or vetoes others' talks stands against them, not with them: "Budapest has blocked
  the formal opening of Ukraine's EU accession negotiations" tells a row between Hungary and
  the talks' parties; Hungary is no party of those negotiations. (Who suspends or breaks off
  talks is one of their parties: "Petro suspended peace negotiations with the ELN".)
* Whose assets, reserves or territory a plan disposes of is its object: "The Commission has
  proposed using Russian central bank assets to fund a loan for Ukraine" makes Russia no maker
  or partner of the proposal.
* A grant, aid or a licence is given by one side; the giver's ending it ("the State Department
  said it was terminating 18 remaining grants") is a measure, not a deal that collapsed.

* Who a measure is taken for is no side of a row over it: "Canada proposed that Russian assets
  be seized and used to fund Ukraine's reconstruction" sets Canada against Russia, whose
  property is seized, never against Ukraine, whom the seizure would help.

* Who blocks a measure is no side of it: "Hungary blocked the EU's package of sanctions
  against Russia" tells EU sanctions on Russia that Hungary stands in the way of; Hungary does
  not sanction Russia. (A row told as an obstruction, "blocked appointments to the Appellate
  Body", names the blocking itself: its label is not the blocked thing, and it stays.)

A name every mention of which in a deal's sentences is told so leaves the deal's parties; a
deal left with fewer than two sides is no deal (the engine abstains), and a collapsed deal
whose subject is a one-sided gift is dropped.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from summarizer._engines.offline._cast import Cast, Mention
from summarizer._engines.offline._event import Event
from summarizer._engines.offline._sentences import Sentence
from summarizer._engines.offline._told_only import told_only, without

# From a name to a verb of blocking it governs: "Budapest has also blocked", "Hungary on
# Wednesday vetoed", "Slovakia, which ..., vetoed", "Hungary's government is blocking".
_BLOCKS_AFTER = re.compile(
    r"^(?:['’]s? (?:[A-Z][\w.-]*|government|prime minister|leader|foreign minister)"
    r"(?: [A-Z][\w.-]*){0,3})?"
    r"(?:,[^,;:.]{1,80},)?"
    r"(?: (?:has|have|had|also|again|repeatedly|already|effectively|formally|so far|now|"
    r"(?:on|last|this) [A-Z]?\w+|is|are|was|were|been|still))*"
    r" (?:blocked|blocks|blocking|vetoed|vetoes|vetoing|held up|holds up|holding up|"
    r"obstructed|obstructs|obstructing)\b"
)

# Before a name: the passive doer of a blocking ("talks vetoed by Hungary").
_BLOCKED_BY = re.compile(
    r"\b(?:blocked|vetoed|held up|obstructed)(?: again)? by (?:the )?$", re.IGNORECASE
)

# After a name: its blocking told as a noun ("Hungary's veto of", "a Hungarian veto on").
_VETO_NOUN = re.compile(r"^(?:['’]s?)? (?:veto|vetoes|blocking|blockade) (?:of|on|against)\b")

# After a name: the property a plan disposes of ("Russian central bank assets", "Russia's
# frozen reserves", "Venezuela's territory").
_PROPERTY_AFTER = re.compile(
    r"^(?:['’]s?)? (?:(?:frozen|immobili[sz]ed|sovereign|state|central[- ]bank|national|"
    r"overseas|foreign|seized|blocked) )*(?:assets|reserves|funds|property|holdings|deposits|"
    r"territory|land)\b",
    re.IGNORECASE,
)

# A deal whose subject is a gift of one side: a grant, aid, funding, assistance, a licence.
_GIFT = re.compile(
    r"\b(?:grants?|aid|funding|assistance|licen[cs]es?|permits?|subsid(?:y|ies))\b", re.IGNORECASE
)


# Before a name: a purpose clause naming whom the act serves ("used to fund ", "to rebuild ",
# "paid to ", "for the benefit of ").
_FOR_WHOM = re.compile(
    r"\b(?:to (?:fund|finance|rebuild|help|aid|support|compensate|pay for)|(?:paid|given|"
    r"transferred|handed|channell?ed) to|for the benefit of) (?:the )?$",
    re.IGNORECASE,
)


def _served(sentence: Sentence, mention: Mention) -> bool:
    """The mention names whom the act serves ("used to fund Ukraine's reconstruction")."""
    at = mention.start - sentence.start
    return _FOR_WHOM.search(sentence.text[max(0, at - 40) : at]) is not None


def beneficiaries_apart(
    disputes: list[Event], cast: Cast, sentences: Sequence[Sentence]
) -> list[Event]:
    """The disputes without those whom the act in dispute would serve (see the module); a row
    whose only other side was whom the act serves is no row told."""
    return without(
        disputes, cast, sentences, lambda key, event, by: told_only(key, event, cast, by, _served)
    )


def _blocker_only(key: str, event: Event, cast: Cast, by: dict[int, Sentence]) -> bool:
    """Every mention of ``key`` in the dispute's sentences is the subject of a verb of blocking
    whose object names the dispute's own act ("Hungary blocked the EU's sanctions against
    Russia" in a row over the sanctions)."""
    words = set(re.findall(r"[a-z]{4,}", event.label.lower()))
    if not words:
        return False

    def blocks_it(sentence: Sentence, mention: Mention) -> bool:
        tail = sentence.text[mention.end - sentence.start :]
        blocks = _BLOCKS_AFTER.match(tail)
        return blocks is not None and any(w in tail[blocks.end() :].lower() for w in words)

    return told_only(key, event, cast, by, blocks_it)


def blockers_apart(disputes: list[Event], cast: Cast, sentences: Sequence[Sentence]) -> list[Event]:
    """The disputes without those who only block the act in dispute (see the module); a row
    whose only other side was the blocker is no row told."""
    return without(
        disputes, cast, sentences, lambda key, event, by: _blocker_only(key, event, cast, by)
    )


def _words(event: Event) -> set[str]:
    return {
        w
        for label in (event.label, event.phrase, *event.labels)
        for w in re.findall(r"[a-z]{4,}", label.lower())
    }


def _told_only(key: str, event: Event, cast: Cast, by: dict[int, Sentence]) -> bool:
    """Every mention of ``key`` in the deal's sentences names one who blocks the deal, or the
    owner of the property it disposes of."""
    words = _words(event)

    def outside(sentence: Sentence, mention: Mention) -> bool:
        at = mention.start - sentence.start
        text = sentence.text
        tail = text[mention.end - sentence.start :]
        blocks = _BLOCKS_AFTER.match(tail) or _VETO_NOUN.match(tail)
        if blocks is not None:
            # Blocks this deal, not something else.
            return any(w in tail[blocks.end() :].lower() for w in words)
        return (
            _BLOCKED_BY.search(text[max(0, at - 40) : at]) is not None
            or _PROPERTY_AFTER.match(tail) is not None
        )

    return told_only(key, event, cast, by, outside)


def _one_sided_cut(event: Event) -> bool:
    """A collapsed deal whose subject is a gift of one side: a measure, no deal."""
    if event.status != "collapsed":
        return False
    head = " ".join((event.label, event.phrase))
    return _GIFT.search(head) is not None


def third_parties_apart(
    deals: list[Event], cast: Cast, sentences: Sequence[Sentence]
) -> list[Event]:
    """The deals without those who block them or own what they dispose of (see the module); a
    deal whose only other side was such an outsider is no deal of its own."""
    return without(
        [event for event in deals if not _one_sided_cut(event)],
        cast,
        sentences,
        lambda key, event, by: _told_only(key, event, cast, by),
    )
