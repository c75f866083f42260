"""The weekly digest: many briefings merged into one desk-officer briefing.

    >>> from summarizer._digest._build import build_digest
    >>> from summarizer._digest._render import render_digest_markdown
    >>> digest = build_digest(briefings, not_included=[("bad.txt", "file is empty")])
    >>> print(render_digest_markdown(digest))

Actors are merged across articles (:mod:`._actors`), disputes and deals become threads
(:mod:`._threads`), and the top developments and outlook are synthesised offline
(:mod:`._synthesis`). Every merge is recorded in ``Digest.merges`` with its reason.
"""
