"""The text layer: how every stage compares, matches and resolves text.

* :mod:`._keys` — the keys texts are compared under, strictest first: :func:`~._keys.fold`
  (quotes), :func:`~._keys.name_key` (a name in one briefing), :func:`~._keys.loose_name_key`
  (the gold scoring rules), :func:`~._keys.merge_key` (actors across articles); and
  :func:`~._keys.locate`, where a quote occurs in a text.
* :mod:`._names` — whether two spellings are one name: :func:`~._names.is_typo_of`,
  :func:`~._names.similar_names`.
* :mod:`._countries` — the one country resolver: :func:`~._countries.country_code` and the
  table of states it reads, built from the lexicon (:mod:`summarizer._lexicon`) and ISO 3166-1.

Words themselves (months, titles, agencies...) are the lexicon's; this layer holds no list.
"""
