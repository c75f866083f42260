"""The words and patterns of each language the package reads, apart from the code that reads them.

One folder per language (``en/``) holds JSON files, one per part; :func:`lexicon` reads them
into typed objects on first use::

    >>> from summarizer._lexicon import lexicon
    >>> lexicon("en").calendar.month_names[4]
    'May'
    >>> "Mr." in lexicon("en").titles.honorifics
    True

=====================  =============================================================
part                   holds
=====================  =============================================================
``calendar``           month names with their abbreviations, weekday names
``press``              outlets, photo agencies, credit lines and labels, citation
                       openers, headings of boxes of other headlines, page furniture
``names``              words that are never names, suffixes of organisations,
                       companies, armed groups and places, name particles
``first_names``        common given names; family names written first
``titles``             titles before a name, role and company nouns
``sentences``          abbreviations, words a cut-off phrase must not end on
``stopwords``          words that name no topic (the digest's threads)
``countries``          states: short names, aliases, demonyms, capitals (see
                       :mod:`summarizer._text._countries` for the resolver)
``organizations``,     known names, with their country, aliases and descriptions
``companies``,
``armed_groups``,
``regions``,
``people``
``events``             cues of disputes and deals (patterns)
``outlook``            future forms (plain and reported), what only looks like one,
                       hedges, forward time phrases, horizons (patterns)
``relevance``          words of the kinds of news: off-topic kinds (sport...), public
                       affairs, cross-border affairs
``languages``          function words of English and of other languages, scripts:
                       how a text that is not English shows itself
``currencies``         money symbols, codes, words and multipliers
``world_regions``      the world region of each state (how a digest groups threads)
``cities``             the state each major city other than a capital lies in
                       (what an armed act hits)
=====================  =============================================================

A second language is a second folder with the same files; code asks ``lexicon(language)``.
"""

from summarizer._lexicon._loader import Lexicon, languages, lexicon

__all__ = ["Lexicon", "languages", "lexicon"]
