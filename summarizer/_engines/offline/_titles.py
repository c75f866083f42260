"""The noun phrase a dispute or a deal is titled by: the trigger noun with its modifiers ("power
cable deal"), or what follows a verb ("Accusations of spying"), cut before a new clause."""

from __future__ import annotations

import re
from typing import Any

from summarizer._engines.offline._clause import reading
from summarizer._engines.offline._data import trim_dangling
from summarizer._engines.offline._modifiers import fused
from summarizer._engines.offline._sentences import Sentence
from summarizer._lexicon import lexicon

_MONTHS = frozenset(
    w.casefold()
    for m in lexicon("en").calendar.months
    for w in (m.name[:3], m.name[:4], *m.abbreviations)
)
# A period after a capitalised abbreviation ("the island of St. Vincent", "Gen. Ortiz") is
# inside a name, no stop.
_ABBREVIATED = "".join(
    rf"(?<!\b{a.capitalize()})"
    for a in sorted(lexicon("en").sentences.abbreviations)
    # A month's abbreviation opens a date, which ends the phrase as any number does.
    if a.isalpha() and a not in _MONTHS
)
# A count before its noun ("to remove 14 non-tariff barriers") is part of the phrase; any other
# number (a sum, a date, a duration) ends it.
_STOP = re.compile(
    # (The period first: thirty look-behinds tried at every character cost more than the rest.)
    rf",(?!\d{{3}}\b)|[;:()\"“”?!]|(?=\.)(?<!\b[A-Z]){_ABBREVIATED}\.|\s(?:[—–]|--)\s"
    # ("a 41-kilometre section": a measure joined to its noun by a hyphen is a modifier; "the
    # 1973 pipeline agreement": a year after "the" names which one, no stop.)
    r"|(?!\d{1,3}(?:,\d{3})* (?!(?:hour|day|week|month|year)s?\b)[a-z])(?![\d.,]*\d-[a-z])"
    r"(?<!\bthe )(?<!\d)\S*\d"
    r"|\b(?:that|which|who|after|before|when|while|because|"
    r"but|as|said|says|amid|despite|following|prompting|since|until|though|although|would|will|whose|"
    r"could|can|may|might|has|have|had|is|are|was|were|if|unless|whether|so|then|than|between|"
    r"in a|in an|in the|at the|from the|drawing|raising|putting|dashing|hitting)\b|…"
    r"|\b(?:by|from) (?=[A-Z])"
    r"|\band (?=\w+ed\b)"
)
_TIME = re.compile(
    rf"\b(?:on|last|this|next) (?:{lexicon('en').calendar.weekday_pattern()}|"
    r"week|month|year)\b|\b(?:earlier|later) this (?:week|month|year)\b"
    # "a border security pact this autumn": a season is a time, as a month is.
    r"|\b(?:this|next|last|by|in the|early|late) (?:spring|summer|autumn|fall|winter)\b"
    # "on Dec. 3" is a date; "on a 3,000-megawatt link" is not.
    r"|\bon [A-Z][a-z]+\.? \d{1,2}\b(?![.,]?\d)"
    # "signed an agreement Wednesday to build ...": a weekday without "on" (US wire style).
    rf"|\b(?:{lexicon('en').calendar.weekday_pattern()})\b"
    r"|\bin (?:19|20)\d\d\b|\bon (?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b\.?"
    # "negotiated for weeks on the text": a duration says how long, not what about.
    r"|\bfor (?:the (?:past|last) )?(?:(?:several|many|a few|some|two|three|four|five|six)"
    r" )?(?:hours|days|weeks|months|years|decades)\b"
)
_MANNER = re.compile(
    r"^\s*(?:in principle|provisionally|tentatively|formally|unanimously|jointly"
    # "agreed at a video meeting on Saturday to increase output": where they agreed.
    r"|(?:at|during) (?:a|an|the|their|its) (?:[\w-]+ ){0,2}?(?:meeting|summit|session"
    r"|conference)(?: in [A-Z][\w-]+)?(?: on [A-Z][a-z]+)?)(?= to [a-z])"
)
_RATE = re.compile(
    r"^\s*of (?:up to |as much as |about |around |nearly |almost |some )?\d[\d.,]*"
    r"(?:%| ?per ?cent)(?= (?:on|against|for) )"
)
_LEAD_WORDS = frozenset(["a", "an", "the", "its", "their", "his", "her", "and", "to", "of"])
_LINKS = frozenset(["of", "to", "over", "on", "against", "for", "about", "with", "into"])
_PHRASE_WORDS = 8
# Words a phrase cut before a number must not end on ("penalties of up [to $18 billion]").
_DANGLING = frozenset(["up", "about", "around", "some", "nearly", "almost", "more", "than"])
_DANGLING |= frozenset(["least", "roughly", "approximately", "just", "only", "over", "under"])
_BOUNDARY = frozenset(
    [
        *("of", "to", "by", "for", "with", "on", "in", "over", "at", "from", "and", "or"),
        *("the", "a", "an", "into", "against", "about", "under", "between", "near"),
        *("across", "through", "via", "towards", "toward", "along", "around", "without"),
    ]
)
# Words that end the modifiers of a trigger noun ("signed a 10-year agreement" -> "10-year").
_DETERMINERS = frozenset(
    [
        *("a", "an", "the", "its", "their", "his", "her", "our", "this", "that", "these"),
        *("those", "any", "no", "some", "another", "each", "every", "new", "first", "latest"),
        *("and", "or", "but", "will", "would", "has", "have", "had", "is", "are", "was", "were"),
        *("be", "been", "to", "of", "in", "on", "at", "by", "for", "with", "from", "over", "said"),
        *("such", "one", "more", "most", "than", "as", "also", "all", "both", "own"),
    ]
)
# Verbs a multi-word trigger may open with ("sent a protest", "held talks").
_VERBS = frozenset(["sent", "send", "made", "make", "filed", "lodged", "held", "hold", "began"])
_VERBS |= frozenset(["begin", "put", "took", "take", "struck", "strike", "won", "win", "press"])
_VERBS |= frozenset(["call", "calls", "urge", "urges", "issue", "issues", "bought", "buy"])
_VERBS |= frozenset(["sign", "signs", "form", "forms", "launch", "establish", "agree", "seal"])
_VERBS |= frozenset(["announce", "forge", "upgrade", "pave", "paves"])
# "set up a joint committee", "are building a joint registry": joint work told by its verb.
_VERBS |= frozenset(["set", "sets", "build", "builds", "built", "create", "creates", "develop"])
_VERBS |= frozenset(["develops", "design", "designs", "work", "works", "negotiate", "negotiates"])
_VERBS |= frozenset(["establishes", "discuss", "discusses"])
# "offered to host talks", "will attend talks": the talks head, not the host's verb.
_VERBS |= frozenset(["host", "hosts", "attend", "attends", "resume", "resumes", "restart"])
# "went on trial", "stood trial": irregular verbs of the legal cues; the noun after them heads.
_VERBS |= frozenset(["went", "go", "goes", "stood", "stand", "stands"])
# "cut diplomatic ties", "broke off relations": irregular verbs of breaking ties.
_VERBS |= frozenset(["cut", "cuts", "broke", "break", "breaks"])
_PRONOUNS = frozenset(["it", "they", "he", "she", "we", "them", "him", "us", "you", "i"])
# What opens the noun phrase a trigger heads.
_ARTICLES = frozenset(["a", "an", "the", "its", "their", "his", "her", "our", "this", "these"])
_ARTICLES |= frozenset(["those", "another", "new"])
_PARTICLES = frozenset(["up", "down", "out", "off", "back", "over", "in", "on", "away"])
_AIM_ENDS = _PARTICLES | {"aim"}
# The present tense a headline tells a deal or a row by ("Armenia signs air-defence deal",
# "Chile slaps steel tariffs"): the verb of a name, never a modifier.
_HEADLINE_VERBS = frozenset(
    [
        *("signs", "seals", "inks", "strikes", "clinches", "reaches", "agrees", "wins", "sets"),
        *("imposes", "slaps", "lifts", "extends", "renews", "scraps", "launches", "opens"),
    ]
)
# Nouns a trigger word may modify ("tariff fight", "trade row", "supply deal").
_COMPOUND_HEADS = frozenset(
    [
        *("row", "rows", "dispute", "disputes", "fight", "war", "talks", "deal", "deals", "pact"),
        *("agreement", "spat", "standoff", "stand-off", "feud", "case", "complaint", "regime"),
        *("measures", "ban", "threat", "campaign", "system", "programme", "program", "plan"),
        *("note", "notes", "regime", "probe", "investigation", "claim", "claims"),
    ]
)
VERB_FORM = re.compile(
    r"(?:ed|ing)$|^(?:agree|accuse|threaten|condemn|blame|seize|expel|summon|oppose|object)s?$"
)

# Verbs only, never a thing's name, that a trigger matches as written: "they continue to
# escalate the crisis" heads no title ("Escalate"); its label names the event.
_BARE_VERB = re.compile(r"(?:escalate|retaliate|intimidate|negotiate)s?$")


def _head(
    sentence: Sentence, t0: int, t1: int, seg_start: int, *, deal: bool = False
) -> tuple[str, int]:
    """The noun phrase a trigger noun heads, with its modifiers, as written ("rice trade
    memorandum", "10-year agreement"); empty for a verb ("accused"). And where it ends."""
    text = sentence.masked
    word = text[t0:t1].strip()
    if " " in word:
        # "sent a formal protest", "talks with": the noun at its end (or before a link
        # word ending it) heads.
        parts = word.split()
        # "urged member states to [help ...]": the noun between a verb and "to" is who is to
        # act, the subject of the clause that follows, not the event.
        after_to = re.match(r"\s+([a-z]+)\b(?!['’])", text[t1:])
        control = (
            len(parts) > 2
            and parts[-1].casefold() == "to"
            and after_to is not None
            and after_to.group(1) not in _DETERMINERS
            # "visas to citizens": a plural noun after "to" is its object, no verb.
            and (not after_to.group(1).endswith("s") or after_to.group(1).endswith("ss"))
        )
        while parts and parts[-1].casefold() in _BOUNDARY:
            parts.pop()
        while len(parts) > 1 and parts[0].casefold() in _ARTICLES:
            t0 += len(parts.pop(0)) + 1  # "the accord": the noun, not its article
        if (
            not parts
            # "work together": a verb and its adverb head no noun phrase.
            or parts[-1].casefold() in ("together", "jointly", "closely")
            or VERB_FORM.search(parts[-1].casefold())
            # (a talks noun opening the sentence is capitalised: "Talks between A and B")
            or not (parts[-1].islower() or (t0 == 0 and parts[-1][1:].islower()))
            # "ordered a diplomat to leave": an infinitive heads no noun phrase.
            or (len(parts) > 1 and parts[-2].casefold() == "to")
            or _verb_phrase(parts)
        ):
            return "", t1
        if (
            VERB_FORM.search(parts[0].casefold())
            or parts[0].casefold() in _VERBS
            or parts[0].casefold() in _AUXILIARIES
        ):
            if control:
                return "", t1
            # "sent a formal protest", "sign a new energy partnership": the noun phrase after
            # the verb heads, without its article.
            # ("holding normalisation talks": with no article, the words after the verb are
            # the noun's modifiers, as after an article.)
            # ("ended three days of talks": a measure before "of" counts the noun after it.)
            after = next(
                (i + 1 for i, w in enumerate(parts) if w.casefold() in _ARTICLES),
                max(
                    [1]
                    + [
                        i + 1
                        for i, w in enumerate(parts[:-1])
                        if w.casefold() in _BOUNDARY | _DETERMINERS or w.endswith(("'s", "’s"))
                    ]
                ),
            )
            kept = [w for w in parts[after:] if w.casefold() != "new"] or parts[-1:]
            while len(kept) > 1 and kept[0].casefold() in _PARTICLES:
                kept = kept[1:]  # "broke off diplomatic relations": the verb's particle
            if not all(w.islower() for w in kept):
                kept = parts[-1:]
            # (only where the trigger's own words end on its noun: "blocked decisions on
            # [aid]" had ended it with the link word)
            goes_on = _noun_goes_on(text, t1) if text[t0:t1].split()[-1] == kept[-1] else ""
            if goes_on and not deal:
                # "closed its main border [crossing]": the trigger ended on a modifier, the
                # object's noun after it; cut there the phrase names nothing ("Main border"),
                # and the object alone is no act: the label names it.
                return "", t1
            if goes_on and not goes_on.endswith("ing"):
                # "signed a framework [document]": the deal's noun is the one after ("issued a
                # joint declaration calling for": a participle opens what the deal says).
                t1 += len(goes_on) + 1
                kept.append(goes_on)
            t0 = t0 + word.rindex(kept[0])
            word = " ".join(kept)
            t1, seg_start = t0 + len(word), t0
        else:
            # "letter of intent", "peace talks": the whole name.
            word = " ".join(parts)
            t1 = t0 + len(word)
    if VERB_FORM.search(word.casefold()) or _BARE_VERB.match(word.casefold()):
        return "", t1
    mods: list[str] = []
    anchored = True  # the stretch's start, a determiner or an owner ends the modifiers
    tokens = text[seg_start:t0].split()
    for at in range(len(tokens) - 1, -1, -1):
        token = tokens[at]
        folded = token.casefold()
        if folded in _ARTICLES or token.endswith(("'s", "’s")):
            break
        if (
            at > 0
            and folded.endswith("ed")
            and "-" not in folded
            and (
                tokens[at - 1][:1].isupper()
                or tokens[at - 1].casefold() in _PRONOUNS
                # "the government suspended peace talks": after a noun, not an article or an
                # adverb ("the newly signed deal"), an -ed word is the subject's verb.
                or (
                    tokens[at - 1].isalpha()
                    and tokens[at - 1].islower()
                    and tokens[at - 1].casefold() not in _DETERMINERS
                    and not tokens[at - 1].endswith("ly")
                )
            )
        ):
            # "Chile imposed tariffs": a name's verb, no modifier; "Chile imposed steel
            # tariffs": the words after the verb are its object's modifiers ("stepped up
            # attacks": a particle after it is the verb's own).
            anchored = bool(mods) and mods[0].casefold() not in _PARTICLES
            break
        if (
            at > 0
            and folded in _HEADLINE_VERBS
            and (tokens[at - 1][:1].isupper() or tokens[at - 1].casefold() in _PRONOUNS)
        ):
            # "Armenia signs air-defence deal": a headline drops the article, and the name's
            # verb opens the object; the words after it are the object's modifiers.
            anchored = bool(mods) and mods[0].casefold() not in _PARTICLES
            break
        if (
            folded == "and"
            and mods
            and at > 0
            and tokens[at - 1].isalpha()
            and tokens[at - 1].islower()
            and tokens[at - 1].casefold() not in _DETERMINERS
        ):
            # "a policing and security agreement": two modifiers joined; an article must
            # still open the phrase.
            mods.insert(0, token)
            continue
        if folded in _TIME_PREPOSITIONS:
            break  # "after talks", "during negotiations": a preposition opens the phrase
        if folded in _DETERMINERS or token.endswith((",", ";", ":", '"', "”")):
            anchored = False  # "will raise tariffs", "imposed sanctions": a verb, no modifier
            break
        if any(c.isdigit() for c in token) and not re.fullmatch(r"\d+-\w+", token):
            continue  # "$4.2 billion", "100%": no part of a name for the thing
        if folded in ("billion", "million", "trillion", "bn", "m", "percent", "pct"):
            continue  # ("a 25 percent tariff": the rate is no part of the name either)
        if folded in ("per", "cent") and re.search(r"\d\s+per\s+cent\b", text[seg_start:t0]):
            continue
        if not token[:1].isalnum() or (
            folded.endswith("ing")
            and "-" not in folded
            # "a 10-year policing and security agreement": right after an article or a
            # measure, an -ing word is a noun that modifies, no participle.
            and not (
                at > 0
                and (
                    tokens[at - 1].casefold() in _ARTICLES
                    # "a separate wheeling agreement": after a word that places the event.
                    or (
                        tokens[at - 1].casefold() in _DISCOURSE
                        and at > 1
                        and tokens[at - 2].casefold() in _ARTICLES
                    )
                    or re.fullmatch(r"[\d.,]+-[\w-]+", tokens[at - 1]) is not None
                )
            )
        ):
            anchored = False  # "drawing threats": a participle, no modifier
            break
        if folded in _PRONOUNS:
            anchored = False
            break
        mods.insert(0, token)
        if len([m for m in mods if m.casefold() != "and"]) == 3:
            # No article in sight: these words may be a clause ("a 10-year policing and
            # security agreement" has one right before them).
            anchored = at > 0 and tokens[at - 1].casefold() in _ARTICLES and "and" in mods
            break
    if not anchored:
        mods = []
    end = t1
    following = re.match(r"\s+([\w-]+)", text[t1:])
    if following is not None and following.group(1).casefold() in _COMPOUND_HEADS:
        word = f"{word} {following.group(1)}"
        end = t1 + following.end()
    return " ".join([*mods, word]), end


# Adverbs of time and degree that may follow an object ("signed a deal today"): no noun.
_AFTER_OBJECT = frozenset(
    [
        *("today", "yesterday", "tomorrow", "again", "too", "also", "instead", "already", "now"),
        *("here", "there", "together", "early", "late", "soon", "worth", "first", "last"),
    ]
)


def _noun_goes_on(text: str, at: int) -> str:
    """The word the noun phrase a trigger's words open goes on with past ``at``: a lower-case word
    that is no function word, adverb or participle follows ("its main border [crossing]
    with"; an -ing word only as a noun, before a preposition, not "a deal allowing Bolivia")."""
    found = re.match(r" ([a-z][a-z-]*)(?: ([\w'’-]+))?", text[at:])
    if found is None:
        return ""
    word, then = found.group(1), (found.group(2) or "").casefold()
    if (
        word in _BOUNDARY | _DETERMINERS | _AFTER_OBJECT | _AUXILIARIES | _COMPOUND_HEADS
        or word in _PRONOUNS
        or word.endswith(("ly", "ed"))
        or word in _CLOSED
    ):
        return ""
    if word.endswith("ing"):
        return word if then in _PREPOSITIONS else ""
    return word if then in _PREPOSITIONS or not then else ""


# An auxiliary or a negation makes a trigger a verb phrase ("does not support", "is opposing"):
# it names no thing, so it heads no title unless a noun phrase follows it ("is opposing the deal").
_AUXILIARIES = frozenset(["do", "does", "did", "not", "will", "would", "is", "are", "was", "were"])
_AUXILIARIES |= frozenset(["be", "been", "being", "has", "have", "had", "refuse", "refuses"])
_AUXILIARIES |= frozenset(["refused", "refusing", "won't", "wouldn't", "doesn't", "didn't"])


def _verb_phrase(parts: list[str]) -> bool:
    folded = [p.casefold() for p in parts]
    if len(folded) > 1 and folded[-1] in _AIM_ENDS and not _ARTICLES & set(folded):
        # "lashed out", "hit back", "fired back", "took aim": a particle (or the bare noun of
        # "take aim") ends a verb of reproach, never a noun phrase; the act is named by its
        # label, not by the particle.
        return True
    return any(p in _AUXILIARIES for p in folded) and not any(p in _ARTICLES for p in folded)


def _complement(
    sentence: Sentence,
    begin: int,
    end: int,
    names: dict[int, list[tuple[int, int]]],
    *,
    skip_names: bool,
    participle: bool = False,
    verb: bool = False,
) -> str:
    """The words after ``begin`` that say what the event is about, up to a new clause:
    "of withholding flow data", "on Chinese steel"; empty when they are no phrase. With
    ``participle``, a participle that says what a document does opens one too ("fixing a
    section of their border")."""
    tail = sentence.masked[begin:end]
    # "the Kurdistan Regional Government (KRG) over payments": a name's short form in brackets
    # is part of the name, no aside.
    tail = _SHORT_FORM.sub(lambda m: " " * len(m.group()), tail)
    if skip_names:
        # "accused Austria, Hungary and Slovakia of turning ...": the object's names (in the
        # sides already), with the commas and "and" that join them.
        chars = list(tail)
        for s_abs, e_abs in names.get(sentence.index, []):
            if fused(sentence.masked, e_abs - sentence.start):
                continue  # "the Russian-occupied city": the name is part of a word
            first = max(s_abs - sentence.start - begin, 0)
            for i in range(first, min(e_abs - sentence.start - begin, len(chars))):
                chars[i] = "\x00"
        lead = re.match(r"(?:\s|\x00|,|\band\b|\bthe\b|['’]s?)*", "".join(chars))
        if lead is not None and "\x00" in lead.group():
            tail = " " * lead.end() + tail[lead.end() :]
    # "tariffs of up to 38% on electric vehicles": the rate is a detail, the goods the subject.
    tail = _RATE.sub(lambda m: " " * len(m.group()), tail, count=1)
    # "agreed in principle to suspend repayments": a manner adverbial between a verb and what
    # it takes says how, not what.
    tail = _MANNER.sub(lambda m: " " * len(m.group()), tail, count=1)
    stop = _stop(tail)
    if stop is not None and stop.group() == "," and _OPEN_INFINITIVE.search(tail, 0, stop.start()):
        # "to impose, as early as Dec. 15, duties on tomatoes": an aside between a verb and
        # its object; the object after it completes the act.
        close = tail.find(",", stop.end(), stop.end() + 80)
        if close > 0:
            tail = tail[: stop.start()] + " " * (close + 1 - stop.start()) + tail[close + 1 :]
            stop = _stop(tail)
    aside = False
    if stop is not None:
        if stop.group() == "…":
            return ""  # a teaser cut short: the full sentence names it better
        # "threatened to impose, as early as Dec. 15, duties on tomatoes": an aside between
        # a verb and its object cuts the object off.
        aside = stop.group().strip() in (",", "(", "—", "–", "--")
        tail = tail[: stop.start()]
    numbered = _NAME_NUMBER.search(tail)
    if numbered is not None:
        tail = tail[: numbered.end() - 1]  # "the Power of Siberia 2 pipeline": a name's number
    # Blanked to the same length: the names blanked below are found by their offsets.
    tail = _TIME.sub(lambda m: " " * len(m.group()), tail)
    chars = list(tail)
    if skip_names:
        # "accused India of ...": the object's name is in the sides already.
        for s_abs, e_abs in names.get(sentence.index, []):
            if fused(sentence.masked, e_abs - sentence.start):
                continue
            first = max(s_abs - sentence.start - begin, 0)
            for i in range(first, min(e_abs - sentence.start - begin, len(chars))):
                chars[i] = " "
    words = [w for w in "".join(chars).split() if any(c.isalnum() for c in w)]
    while words and (words[0].casefold() in _LEAD_WORDS - _LINKS or words[0] in ("'s", "’s")):
        words.pop(0)
    words = [w for w in words if w not in ("'s", "’s")]
    if not words or (
        words[0].casefold() not in _LINKS
        and not (participle and _CONTENT_PARTICIPLE.fullmatch(words[0]) is not None)
        and not (verb and words[0].isalpha() and words[0].islower())
    ):
        return ""
    for i in range(2, len(words) - 1):
        # "over a research ship working in contested waters": a participle and a preposition
        # open a clause that describes the noun.
        if (
            words[i].casefold().endswith(("ing", "ed"))
            and "-" not in words[i]
            and words[i + 1].casefold() in _BOUNDARY
            # "to keep working on a memorial": the gerund a verb of aspect takes is the act.
            and not (words[i].casefold().endswith("ing") and words[i - 1].casefold() in _ASPECT)
        ):
            words = words[:i]
            break
    long = len(words) > _PHRASE_WORDS
    if long:
        words = words[:_PHRASE_WORDS]
        cuts = [
            i
            for i, w in enumerate(words)
            if i >= 3 and w.casefold() in _BOUNDARY and not _shared_modifier(words, i)
        ]
        if cuts:
            cut_at_of = words[cuts[-1]].casefold() == "of"
            cut_at_article = words[cuts[-1]].casefold() in ("a", "an", "the")
            words = words[: cuts[-1]]
            prepositions = [i for i in cuts[:-1] if words[i].casefold() in _PREPOSITIONS]
            if cut_at_of and words[-1].casefold() in _PARTITIVE and prepositions:
                # "a stand-off around a cluster [of islands]": what the cut left is a
                # measure of what it cut; the phrase ends before it.
                words = words[: prepositions[-1]]
            elif cut_at_article and len(words) >= 4 and words[-2].casefold() in ("and", "or"):
                # "to suspend repayments and cut [the interest ...]": the word before the
                # article took the noun phrase cut away; the first conjunct ends the phrase.
                words = words[:-2]
    words = trim_dangling(words, strip=",.")
    while words and (
        words[-1].casefold() in _BOUNDARY
        or words[-1].casefold() in _DANGLING
        # "to a 90-day [\"reduction ...\"]": a measure modifier whose noun was cut off.
        or re.fullmatch(r"[\d.,]+-[\w-]+", words[-1]) is not None
        or words[-1].casefold() in _LEAD_WORDS
    ):
        words.pop()
    # "talks with [Argentina] over the debt": the object was a side's name, cut out; the
    # preposition left without it goes.
    words = [
        w
        for i, w in enumerate(words)
        if not (
            i < len(words) - 1
            and w.casefold() in _PREPOSITIONS
            and words[i + 1].casefold() in _PREPOSITIONS
        )
    ]
    if len(words) > 3 and words[-2].casefold() == "with" and words[-1].casefold() in _BACKING:
        words = words[:-2]  # "shelling the town with [Russian] support": the backer was cut
    if (
        len(words) > 2
        and words[-1].casefold().endswith("ed")
        and "-" not in words[-1]
        and words[-2].casefold() not in _PASSIVE
    ):
        # "into pork imported [from the bloc]": a participle whose clause was cut describes
        # the noun before it; the noun ends the phrase ("to be extended" is no such).
        words.pop()
    if (
        len(words) > 2
        and _CONTENT_PARTICIPLE.fullmatch(words[-1]) is not None
        and words[-2].isalpha()
        and words[-2].islower()
        and words[-2].endswith("s")
        and not words[-2].endswith("ss")
    ):
        # "payments to foreign oil companies operating [in the region]": a participle after a
        # plural noun, its clause cut, describes the noun; the noun ends the phrase.
        words.pop()
    if (
        stop is not None
        and not long
        and any(c.isdigit() for c in stop.group())
        and len(words) > 3
        and words[-2].casefold() in ("and", "or")
    ):
        # "to suspend repayments and cut [the interest on $110 million]": a number cut the
        # second conjunct from its object; the first one ends the phrase.
        words = words[:-2]
    if aside and len(words) >= 2 and words[-2].casefold() == "to" and words[-1].islower():
        # "to impose[, as early as ..., duties]": the act without what it acts on; the phrase
        # ends before it.
        words = _trim(words[:-2], 0)
    if len(words) < 2:
        return ""
    if reading()["vague_head"].match(words[-1].casefold().strip(",.")):
        # "to run joint patrols [on both sides]": a vague last phrase goes, and what comes
        # before it says the subject; "on the part", "over the matter" say none.
        cuts = [i for i, w in enumerate(words) if i >= 2 and w.casefold() in _PREPOSITIONS]
        if not cuts:
            return ""
        words = words[: cuts[-1]]
        while words and (words[-1].casefold() in _BOUNDARY or words[-1].casefold() in _DANGLING):
            words.pop()
        if len(words) < 2 or reading()["vague_head"].match(words[-1].casefold().strip(",.")):
            return ""
    return " ".join(w.strip("\"“”'") for w in words)


# Verbs whose object is a gerund: "to keep working on", "to resume talking about".
_ASPECT = frozenset(
    [
        "keep",
        "keeps",
        "continue",
        "continues",
        "start",
        "starts",
        "begin",
        "begins",
        "resume",
        "resumes",
        "stop",
        "stops",
        "finish",
        "avoid",
        "consider",
        "considers",
    ]
)
_OPEN_INFINITIVE = re.compile(r"\bto [a-z]+\s*$")


def _shared_modifier(words: list[str], i: int) -> bool:
    """Whether ``words[i]`` is an "and" or "or" after a lone word after an article ("on a
    trade [and free-movement agreement]"): that word shares the noun after the conjunction,
    and a cut there would leave it without one."""
    return (
        words[i].casefold() in ("and", "or")
        and words[i - 2].casefold() in _ARTICLES
        and words[i - 1].islower()
    )


_SHORT_FORM = re.compile(
    r"(?<=[A-Za-z]) \([A-Z][A-Za-z&.-]{1,9}\)(?= (?:over|on|about|of|for|to|with|against)\b)"
)
# A question word right after a preposition opens its object, an indirect question ("a deal
# on who supplies electricity", "talks on whether to extend"), not a new clause.
_INDIRECT_QUESTION = frozenset(["who", "whether"])


def _stop(tail: str) -> re.Match[str] | None:
    """Where the phrase in ``tail`` ends (``_STOP``), past an indirect question."""
    stop = _STOP.search(tail)
    while (
        stop is not None
        and stop.group() in _INDIRECT_QUESTION
        and tail[: stop.start()].split()[-1:] in (["on"], ["over"], ["about"])
    ):
        stop = _STOP.search(tail, stop.end())
    return stop


# "a protocol fixing a section of the border", "an accord allowing ...": a participle right
# after a document's noun says what the document does (not a time or a ceremony word).
_CONTENT_PARTICIPLE = re.compile(
    r"(?!(?:during|following|according|including|concerning|signing|ending|being|having"
    r"|bring|thing|ring|string|spring|morning|evening|meeting|building|wording)$)[a-z]{3,}ing"
)
_PARTITIVE = frozenset(
    {
        *("cluster", "group", "series", "number", "pair", "couple", "set", "handful", "string"),
        *("wave", "range", "chain", "host", "batch", "flurry", "raft", "slew", "spate", "part"),
    }
)
_BACKING = frozenset({"support", "backing", "help", "assistance", "blessing"})
_PREPOSITIONS = _BOUNDARY - {"the", "a", "an", "and", "or"}
_PASSIVE = frozenset({"be", "been", "being", "is", "are", "was", "were"})
# A number after a capitalised word is part of a name ("Nord Stream 2"); the name ends there.
# (The capital first, its word edge checked behind it: ``re`` then skips ahead to capitals.)
_NAME_NUMBER = re.compile(r"[A-Z](?<!\w[A-Z])[\w-]*\s+\d")

_BETWEEN = re.compile(r"\s+between\b")
_WITH = re.compile(r"\s+with\b")
_TIME_PREPOSITIONS = frozenset(
    ["after", "before", "since", "during", "following", "amid", "despite", "until"]
)
# "talks between A and B on water": the sides are named already; what follows says what the
# talks are about.
_TALKS_HEADS = frozenset(["talks", "negotiations", "dialogue", "peace talks", "direct talks"])
_OBJECT = re.compile(r"\s+(?:(?:a|an|the|their|its|new)\s+)*([a-z]+)\b")

# "met at the weekend to seek a compromise on the fuel levy": a meeting named by its purpose.
_MEETING_VERB = re.compile(r"(?:(?:will|would|to|shall) )?(?:met|meets?|convene[sd]?)$")
_PURPOSE = re.compile(
    r"(?:[^\s,;]+ ){0,5}?to ((?:seek|negotiate|hammer out|work out|find|reach|agree on|settle"
    r"|resolve|narrow|discuss|break) [^,;:.()\"“”]+)"
)


_BODY_MEETS = re.compile(
    r"(?i:joint|bilateral|intergovernmental|mixed) [\w -]*?(?i:commission|committee)"
)
_BODY_HELD = re.compile(
    r"\b(?i:hold|held|holds|holding|convene\w*|open\w*) (?:\w+ ){0,3}?"
    r"(session|meeting|round|sitting)s?\b"
)


_OWN_SESSION = re.compile(r"\w+ (?:its|their) (?:[\w-]+ ){0,2}?(session|meeting|round|sitting)s?")
_BODY_NAME = re.compile(
    r"(?:[A-Z][\w-]* )+(?:Commission|Committee|Council)\b|(?i:joint|bilateral|intergovernmental"
    r"|mixed) [\w -]*?(?i:commission|committee)\b"
)


def _met_for(sentence: Sentence, t0: int, t1: int, end: int) -> str:
    """ "Talks to seek a compromise on the fuel levy": the title of a meeting whose verb says
    what the sides met to do; empty for any other trigger, or no purpose told."""
    text = sentence.masked
    body = _BODY_MEETS.fullmatch(text[t0:t1].strip())
    if body is not None:
        # "The joint boundary commission of A and B will hold its next session": the body's
        # meeting, "Joint boundary commission session".
        held = _BODY_HELD.search(text, t1, end)
        noun = held.group(1).casefold() if held else "meeting"
        return f"{body.group().capitalize()} {noun}"
    own = _OWN_SESSION.fullmatch(text[t0:t1].strip())
    if own is not None:
        # "The Joint Boundary Commission of A and B will hold its next session": the session
        # of the body its subject names.
        bodies = list(_BODY_NAME.finditer(text, max(0, t0 - 120), t0))
        if not bodies:
            return ""
        name = re.sub(r"^(?:[Tt]he|[Tt]heir|[Ii]ts) ", "", bodies[-1].group())
        return f"{name[0].upper()}{name[1:]} {own.group(1).casefold()}"
    if _MEETING_VERB.fullmatch(text[t0:t1].strip().casefold()) is None:
        return ""
    purpose = _PURPOSE.match(text[t1:end].lstrip())
    if purpose is None:
        return ""
    words = purpose.group(1).split()
    return "Talks to " + " ".join(words[:9])


def title_phrase(
    sentence: Sentence, t0: int, t1: int, seg_start: int, end: int, names: Any, *, deal: bool
) -> tuple[str, bool]:
    """The noun phrase a title names the event by, and whether the trigger heads it."""
    if deal:
        met = _met_for(sentence, t0, t1, end)
        if met:
            return met, True
        swap = _SWAP_VERB.match(sentence.masked, t0, t1)
        swapped = " ".join(sentence.masked[swap.end() : t1].split()) if swap else ""
        if swapped and swapped[0].isalnum():
            # "exchanged prisoners on Wednesday": the thing swapped alone ("Prisoners") names
            # no act; the swap of it does.
            return f"exchange of {swapped}", True
    head, head_end = _head(sentence, t0, t1, seg_start, deal=deal)
    if head:
        rest = _complement(sentence, head_end, end, names, skip_names=False, participle=deal)
        between = _BETWEEN.match(sentence.masked, head_end)
        if not rest and between is not None and (not deal or head.casefold() in _TALKS_HEADS):
            # "a dispute between A and B over payments": the sides are named already; what
            # follows them says what the dispute is about.
            at = between.end()
            pair = reading()["pair_anaphora"].match(sentence.masked.lower(), at + 1)
            if deal and pair is not None:
                at = pair.end()  # "talks between the two governments on X": about X
            rest = _complement(sentence, at, end, names, skip_names=True)
        if rest.casefold().startswith("with ") and not deal:
            # "dispute with X": X is a side; "lodged a protest with Kampala over the seizure
            # of the boats": what follows the side says what the row is about.
            with_side = _WITH.match(sentence.masked, head_end)
            if re.search(r"\bown\s+(?:[\w-]+\s+)?$", sentence.masked[max(0, t0 - 30) : t0]):
                # "Egypt, which has its own dispute with Ethiopia over a dam": a row of the
                # clause's own subject, told beside the story, not what the story's row is about.
                with_side = None
            about = (
                _complement(sentence, with_side.end(), end, names, skip_names=True)
                if with_side is not None
                else ""
            )
            rest = about if about.casefold().startswith(("over ", "about ")) else ""
        if deal and not rest:
            # "signed an agreement on Thursday under which Madrid will fund coast guard
            # patrols": what the deal has a side do says what it is about.
            tail = sentence.masked[head_end:end]
            under = (
                _UNDER_WHICH.match(_TIME.sub(lambda m: " " * len(m.group()), tail))
                if "under which" in tail or "whereby" in tail
                else None
            )
            if under is not None:
                act = _complement(
                    sentence, head_end + under.end(), end, names, skip_names=False, verb=True
                )
                if act:
                    rest = act if act.casefold().startswith("to ") else f"to {act}"
        if (
            deal
            and len(head.split()) > 1
            and rest.casefold().startswith(("with ", "to ", "from "))
            and not _complement(sentence, head_end, end, names, skip_names=True, participle=True)
        ):
            # "an annual fisheries agreement with Norway": only a side, named already ("deal
            # with India" keeps it: a bare "Deal" names nothing).
            rest = ""
        return (f"{head} {rest}" if rest else head), True
    rest = _complement(sentence, t1, end, names, skip_names=True)
    if rest:
        return rest, False
    joint = _JOINT_GERUND.match(sentence.masked, t1) if deal else None
    if joint is not None:
        # "will work together in developing jet engines": the gerund names the work.
        act = _complement(sentence, joint.end(), end, names, skip_names=False, verb=True)
        if act:
            return f"joint work on {act}", True
    # "are negotiating an agreement on sharing water": the verb's object is an event noun
    # with what it is about; the object names the event.
    obj = _OBJECT.match(sentence.masked, t1)
    if obj is not None and obj.group(1).casefold() in _COMPOUND_HEADS:
        rest = _complement(sentence, obj.end(1), end, names, skip_names=False)
        if rest:
            return f"{obj.group(1)} {rest}", True
    if deal:
        # "agreed the text of a protocol on deportations", "initialled a new lease": the deal
        # verb's object is the document it made, which names the deal.
        made = _DOCUMENT.match(sentence.masked, t1, end)
        if made is not None:
            rest = _complement(sentence, made.end(), end, names, skip_names=False)
            noun = " ".join(made.group(1).split())
            return (f"{noun} {rest}" if rest else noun), True
        negotiated = _negotiated(sentence, t0, t1, end, names)
        if negotiated:
            return negotiated, not negotiated.startswith("on ")
    return "", False


# "exchanged prisoners", "swapped 150 prisoners of war": a swap verb and what it swaps.
_SWAP_VERB = re.compile(r"(?:exchang|swapp?)(?:ed|es|e|ing|s)? ")
_OBJECT_WORDS = 6
# The nouns of a deal itself (an object that is one names the deal, not what it is about).
_DEAL_NOUNS = frozenset(
    [
        *("agreement", "agreements", "deal", "deals", "pact", "pacts", "accord", "accords"),
        *("treaty", "treaties", "protocol", "memorandum", "contract", "contracts", "lease"),
        *("convention", "charter", "arrangement", "compact", "settlement", "partnership"),
    ]
)
_VERB_ADVERBIAL = frozenset(["under", "through", "via", "with", "at", "in", "during", "by"])
_VERB_ADVERBIAL |= frozenset(["without", "since", "from", "despite", "amid"])
# A verb of negotiating whose object is what is negotiated ("are negotiating a joint patrol
# regime", "discussed the terms of a loan").
_NEGOTIATING_VERB = re.compile(r"(?:negotiat|discuss|agree)(?:e|es|ed|ing|s|d)?$")
# What opens a noun phrase object: an article or a possessive determiner.
_OBJECT_OPENS = re.compile(r"\s+(a|an|the|their|its|his|her|our)\s+(?=[a-z])")
# A word right after an object that makes it the subject of a new clause ("discussed the two
# sides would ...", "negotiate the ships are ..."): no object then.
_CLAUSE_VERB = re.compile(
    r"\s*(?:would|will|could|should|can|may|might|must|shall|had|has|have|is|are|was|were)\b"
)


def _negotiated(sentence: Sentence, t0: int, t1: int, end: int, names: Any) -> str:
    """ "are negotiating a joint patrol regime for the waters": what a verb of negotiating
    takes as its object names the talks ("on a joint patrol regime ..."), or, when it is a
    deal itself ("a trade agreement"), the deal ("trade agreement"); empty when the trigger
    is no such verb or its object is no noun phrase of its own."""
    words = sentence.masked[t0:t1].split()
    if not words or _NEGOTIATING_VERB.fullmatch(words[-1].casefold()) is None:
        return ""
    opens = _OBJECT_OPENS.match(sentence.masked, t1, end)
    if opens is None:
        return ""
    rest = _complement(sentence, opens.end(1), end, names, skip_names=True, verb=True)
    if not rest or VERB_FORM.search(rest.split()[0].casefold()):
        return ""
    words = rest.split()
    # "the terms of a divorce [they still disagree about]": a pronoun opens a relative clause
    # whose "that" was dropped; the object ends before it.
    # "negotiate a wider peace agreement under [Qatari] mediation", "negotiating a code of
    # conduct through envoys": how or where they negotiate is the verb's, not the object's.
    cut = next(
        (i for i, w in enumerate(words) if i and w.casefold() in _PRONOUNS | _VERB_ADVERBIAL),
        len(words),
    )
    words = words[:cut]
    if len(words) > _OBJECT_WORDS:
        # At most a few words: cut back where a phrase opens, never inside a name.
        opens_at = [i for i in range(2, _OBJECT_WORDS + 1) if words[i] in _PREPOSITIONS]
        words = words[: opens_at[-1]] if opens_at else []
    words = _trim(words, 0)
    if not words or reading()["vague_head"].match(words[-1].casefold()):
        return ""  # "the terms [of ...]": a vague noun whose "of" phrase was cut says nothing
    rest = " ".join(words)
    # The object's own words, up to where the complement stopped: a verb right after them
    # makes them a clause's subject ("negotiating the terms would take months").
    last = rest.split()[-1]
    at = sentence.masked.find(last, opens.end(1), end)
    if at >= 0 and _CLAUSE_VERB.match(sentence.masked, at + len(last)):
        return ""
    head = next((i for i, w in enumerate(words) if w.casefold() in _PREPOSITIONS), len(words))
    if head and words[head - 1].casefold() in _DEAL_NOUNS:
        # "negotiating a trade agreement": the object is the deal itself, which names it.
        return rest
    if any(w.casefold() in _DEAL_NOUNS for w in words):
        # "agreed the full text of the 17-article agreement": the deal's own noun names it.
        return ""
    return f"on {opens.group(1)} {rest}"


# "[an agreement] under which Spain will issue visas": the act the deal has a side do.
_JOINT_GERUND = re.compile(r"\s+(?:in|on)\s+(?=[a-z]+ing\b)")
_UNDER_WHICH = re.compile(
    r"\s*,?\s*(?:under which|whereby) (?:[\w'’-]+ ){1,5}?"
    r"(?:will|would|shall|is to|are to|must|can) (?:also |each |both )?(?=[a-z])"
)


# The document a deal verb makes, as its object: "[agreed] the text of a protocol", "[signed]
# a 25-year lease" (modifiers, no names, then the document's noun).
_DOCUMENT = re.compile(
    r"\s+(?:the (?:full |final )?(?:text|terms|wording|draft) of )?"
    r"(?:an?|the|their|its|two|three) "
    r"((?:[a-z0-9][\w-]* ){0,3}?"
    r"(?:protocols?|memorand(?:um|a)|treaty|treaties|accords?|pacts?|leases?|contracts?"
    r"|conventions?|charters?|declarations?|arrangements?|frameworks?|compacts?))\b"
)


# Words that end the object of a demanded act ("free 23 Armenians [held in Baku]", "withdraw a
# vessel [it has kept]", "stop [what she called]"): a new clause, a preposition, a pronoun.
_ACT_STOP = frozenset(
    [
        *("that", "which", "who", "whom", "whose", "what", "where", "when", "while", "why"),
        *("since", "after", "before", "because", "and", "or", "but", "as", "so", "until"),
        *("unless", "without", "if", "held", "kept", "saying", "said", "by", "in", "at", "from"),
        *("on", "over", "to", "for", "with", "under", "through", "across", "following", "amid"),
        *("despite", "immediately", "within", "it", "they", "he", "she", "we", "them", "him"),
        *("now", "soon", "or", "than", "into", "onto", "during", "ahead", "by", "no", "not"),
    ]
)
_ACT_WORDS = 5


def demanded_act(sentence: Sentence, low: str, at: int, end: int, noun: str) -> str:
    """The act a demand or a call asks of the one it names, as a title ("Demand to withdraw a
    coast guard vessel", "Call to release the crew"); empty when the words after the cue name
    no such act with its object ("urged allies to do more", "called on X to stop what ...")."""
    found = reading()["demanded_act"].match(low, at, end)
    if found is None and noun == "call":
        # "called on Ottawa to fund more marine monitoring", "urged China to \"cease its
        # military pressure\"": whatever verb the one urged is asked to act by, with its object.
        after_to = low[:at].endswith(("to", "to ", 'to "', "to “"))
        found = (_VERB_AT if after_to else _ASKED_VERB).match(low, at, end)
        if (
            found is not None
            and (
                found.group(1) in _NO_ACT_VERBS | _CLOSED | _DETERMINERS | _PRONOUNS
                # "urged X not to turn the region into ...": an act asked not to be done is no
                # act to title the call by.
                or re.search(r"\b(?:not|never)\W+to\W*$", low[max(0, at - 12) : found.start(1)])
            )
        ):
            found = None
    if found is None:
        # "demanded the immediate release of the crew": the act asked, told as a noun.
        freed = _RELEASE_OF.match(low, at, end)
        if freed is None:
            return ""
        words = _act_object(sentence, freed.end(), end)
        return f"{noun} for the release of {' '.join(words)}" if words else ""
    verb = " ".join(sentence.masked[found.start(1) : found.end(1)].split()).casefold()
    words = _act_object(sentence, found.end(1), end)
    if not words or (len(words) == 1 and _MANNER_WORD.fullmatch(words[0])):
        # "call to stop [its ...]": the act without its object names nothing; nor does one with
        # only how it is to be done ('urged the world to "see clearly who is ..."').
        return ""
    return f"{noun} to {verb} {' '.join(words)}"


# A word telling how an act is done, no object of it: "clearly", "swiftly", "immediately"
# (nouns in -ly such as "supply", "family", "assembly" are not such words).
_MANNER_WORD = re.compile(
    r"(?i)(?!(?:supply|family|assembly|monopoly|anomaly|italy|july)$)[a-z]{4,}ly"
)


# "urged X to [\"]fund ...": the verb of the act asked, right after "to".
_ASKED_VERB = re.compile(
    r"\s*(?:(?!to )[\w'’_-]+ ){0,4}?to [\"“]?([a-z]{3,})\b(?! (?:to|from|for|with|that|on|of)\b)"
)
_VERB_AT = re.compile(r"\s*[\"“]?([a-z]{3,})\b(?! (?:to|from|for|with|that|on|of)\b)")
# Verbs that ask for no act of their own ("urged both sides to be patient", "to do more").
_NO_ACT_VERBS = frozenset(["be", "do", "have", "help", "continue", "keep", "try", "work"])
# "the immediate and unconditional release of": a release asked for, named by a noun.
_RELEASE_OF = re.compile(
    r"\s*(?:for )?(?:the |their |its |his |her )?"
    r"(?:(?:immediate|swift|speedy|prompt|unconditional|safe)(?:,? and |,? ))*release of "
)


def _act_object(sentence: Sentence, start: int, end: int) -> list[str]:
    """The object of a demanded act, from ``start`` up to where a new clause, a preposition
    or a pronoun ends it, at most a few words, never a name cut in two."""
    words: list[str] = []
    following = sentence.masked[start:end].split()
    for at, word in enumerate(following, start=1):
        core = word.strip(",.;:!?\"“”'‘’()")
        quoted = word[:1] in '"“‘'
        if (
            quoted
            and words
            and words[-1].casefold() in _ARTICLES
            and word.rstrip(",.;:").endswith(('"', "”", "’"))
        ):
            # "stop its 'provocative' patrols": a word in scare quotes inside the noun phrase.
            words.append(core)
            continue
        if not core or word[:1] in '"“‘(' or core.casefold() in _ACT_STOP:
            break
        words.append(core)
        if word.endswith((",", ";", ":", ".", ")")):
            break
        if len(words) == _ACT_WORDS:
            if core[:1].isupper() and at < len(following) and following[at][:1].isupper():
                # "patrols near Scarborough [Shoal]": never a name cut in two; the phrase
                # ends before the name.
                while words and words[-1][:1].isupper():
                    words.pop()
            break
    while words and (words[-1].casefold() in _DANGLING or not _closes(words[-1])):
        words.pop()
    return words


# What a title may not end on: a word that needs the word after it. Determiners and possessives
# ("its"), prepositions and "to" ("talks on", "threats to"), conjunctions and complementisers
# ("demand that"). Closed classes of English, not a list tuned to sentences.
_CLOSED = frozenset(
    [
        *lexicon("en").sentences.dangling,
        *_BOUNDARY,
        *("this", "these", "those", "our", "my", "your", "whose", "each", "every", "any"),
        *("some", "no", "another", "such", "both", "either", "neither", "than", "if", "whether"),
        *("because", "while", "when", "where", "so", "nor", "yet", "beyond", "amid", "upon"),
        *("within", "onto", "per", "like", "toward", "during", "after", "before", "since"),
        *("until", "including", "against", "among", "behind", "beside", "besides", "off"),
    ]
)
# Adjectives of place that only modify ("across southern [Armenia]"): left at a title's end,
# their noun was cut (a name blanked as a side, or the length cut).
_PLACE_ADJECTIVE = re.compile(
    r"(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)ern$|central$"
    r"|upper$|lower$|inner$|outer$|coastal$"
)
# A nationality's adjective ("a Belarusian [prisoner]"), not its people's plural ("Armenians").
_DEMONYMS = frozenset(
    d.casefold()
    for entry in lexicon("en").countries.entries
    for d in entry.demonyms
    if not d.endswith("s")
)
# Words that place an event among others the text tells ("a separate row", "another
# dispute"): they say where it stands in the story, not what it is about.
_DISCOURSE = frozenset(
    [
        *("separate", "another", "similar", "fresh", "new", "latest", "second", "further"),
        *("related", "other", "parallel", "same", "earlier", "previous", "recent", "current"),
    ]
)
# An adverb ("formally [ending]") a cut leaves at the end modifies what was cut.
_ADVERB = re.compile(r"[a-z]{3,}(?:ally|ely|tly|ously|edly|ively)$")
_PARTICIPLE_CUT = re.compile(r"[a-z]{3,}ing$")
# Abbreviations that end a name ("Korea Gas Corp.") may end a title; the others open one ("St.
# Vincent", "Gen. Ortiz") or a date ("Dec. 15"), and left last they were cut from it.
_NAME_FINAL = frozenset(["inc", "corp", "co", "ltd", "jr", "sr", "etc"])
TITLE_WORDS = 9  # "about eight": a title a reader takes in at a glance


def _closes(word: str) -> bool:
    """Whether a title may end on ``word``: not on a closed-class word that needs what comes
    after it, an abbreviation cut from its name ("St", "Dec"), an adjective of place or a
    nationality without its noun, or an adverb without its verb."""
    core = word.strip(",.;:!?\"“”'‘’()")
    folded = core.casefold()
    if not core or folded in _CLOSED or folded.endswith(("'s", "’s", "'", "’")):
        return False
    if folded in lexicon("en").sentences.abbreviations and folded not in _NAME_FINAL:
        return False
    if core[:1].islower() and (_PLACE_ADJECTIVE.match(folded) or _ADVERB.fullmatch(folded)):
        return False
    return not (folded in _DEMONYMS and core[:1].isupper())


def _trim(words: list[str], keep: int = 1) -> list[str]:
    """``words`` without the words a title must not end on."""
    out = list(words)
    while len(out) > keep and not _closes(out[-1]):
        out.pop()
    return out


def readable(phrase: str) -> str:
    """``phrase`` as a title reads it: a noun phrase of at most ``TITLE_WORDS`` words that
    ends on a word that can end one. A longer phrase is cut back where a new phrase opens (a
    preposition, a participle), never inside a name; one that ends on a closed-class word or
    an abbreviation cut from its name is trimmed back to the last whole phrase. Empty when
    nothing is left but one such word, or a noun with only the words that place it among
    others ("separate row"): the caller names the event by its label."""
    words = phrase.split()
    # "clashes with the [EU] over the rule of law": an article with no noun before the next
    # preposition lost its noun (a side's name, cut out); it goes with the preposition before it.
    for i in range(len(words) - 2, 0, -1):
        if words[i].casefold() in _ARTICLES and words[i + 1].casefold() in _PREPOSITIONS:
            drop = 2 if words[i - 1].casefold() in _PREPOSITIONS else 1
            del words[i - drop + 1 : i + 1]
    # "Separate row": the words that place an event among others, before a lone noun.
    lead = 0
    while lead < len(words) - 1 and words[lead].casefold() in _DISCOURSE:
        lead += 1
    if lead and len(words) - lead <= 1:
        return ""
    if lead:
        words = words[lead:]
        words[0] = words[0][:1].upper() + words[0][1:]
    if len(words) > TITLE_WORDS:
        cuts = [
            i
            for i in range(3, TITLE_WORDS + 1)
            if (
                words[i] in _BOUNDARY - {"the", "a", "an"}
                # "on a trade [and free-movement agreement]": a lone word after an article,
                # before "and", shares the noun after it; the cut would leave it without one.
                and not _shared_modifier(words, i)
            )
            # "the road linking Lethem to ...": a participle opening a clause on the noun, not
            # one naming a kind ("fishing accord").
            or (
                _PARTICIPLE_CUT.fullmatch(words[i]) is not None
                and i + 1 < len(words)
                and (words[i + 1][:1].isupper() or words[i + 1].casefold() in _DETERMINERS)
            )
        ]
        if cuts:
            words = words[: cuts[-1]]
        else:
            # Never inside a name: "ending World [War II]" loses the whole name.
            name_cut = words[TITLE_WORDS][:1].isupper()
            words = words[:TITLE_WORDS]
            while name_cut and len(words) > 1 and words[-1][:1].isupper():
                words.pop()
    trimmed = _trim(words)
    if len(trimmed) < len(words) and len(trimmed) > 2 and trimmed[-2].casefold() == "to":
        # "call to stop [its]": the verb's object was what the trim took; the act goes too.
        trimmed = _trim(trimmed[:-2])
    words = trimmed
    if len(words) == 1 and not _closes(words[0]):
        return ""
    if len(words) > 1 and _CLAUSE_END.fullmatch(words[-1].casefold()):
        # "Russian glide bombs struck", "shot the aircraft down": a clause told to its verb,
        # not a noun phrase; the label names the event.
        return ""
    return " ".join(words)


# Words a clause ends on and a noun phrase never does: a past verb of striking or a particle
# after its object.
_CLAUSE_END = re.compile(
    r"hit|struck|pounded|shelled|bombed|fired|launched|targeted|attacked|killed|wounded"
    r"|downed|down|destroyed|damaged|rained|slammed|landed"
)
