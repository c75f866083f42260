"""The prompts the LLM engine sends, read from the ``prompts/`` folder.

* ``prompts/system.md``: who the model is and the rules of a briefing;
* ``prompts/user.md``: the user message; ``{article}`` marks where the article goes, and
  ``{published}`` (optional) where its publication date is said, when it is known
  (" (published Tuesday 2025-06-17)"): the model dates "on Tuesday" from it.

The article is untrusted text: it goes in as data between ``<article>`` and ``</article>`` lines,
and any article tag inside it is defused first (see :func:`neutralise`) so the text cannot close
the block early and pose as instructions.

``version`` is a short hash of every file in the folder (names and contents), so a briefing's
provenance says exactly which prompts produced it.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path

from summarizer._errors import ConfigError
from summarizer._resources import resource_dir

__all__ = [
    "ARTICLE_PLACEHOLDER",
    "PUBLISHED_PLACEHOLDER",
    "Prompts",
    "load_prompts",
    "neutralise",
    "published_note",
    "read_prompts",
]

ARTICLE_PLACEHOLDER = "{article}"
PUBLISHED_PLACEHOLDER = "{published}"

# Any opening or closing article tag, however spaced or cased, with or without attributes.
_ARTICLE_TAG = re.compile(r"<\s*(/?)\s*article\b[^<>]*>", re.IGNORECASE)


@dataclass(frozen=True)
class Prompts:
    system: str
    user_template: str
    version: str

    def user(self, article: str, published: date | None = None) -> str:
        """The user message for ``article`` (published on ``published``, when known): the
        template with the date and the defused article in it."""
        # str.replace, not str.format: the article may hold braces of its own. The date goes
        # in first, so a "{published}" in the article stays as it is.
        template = self.user_template.replace(PUBLISHED_PLACEHOLDER, published_note(published))
        return template.replace(ARTICLE_PLACEHOLDER, neutralise(article))

    def messages(self, article: str, published: date | None = None) -> list[dict[str, str]]:
        """The chat messages of one request: the system prompt, then the article."""
        return [
            {"role": "system", "content": self.system},
            {"role": "user", "content": self.user(article, published)},
        ]


def published_note(published: date | None) -> str:
    """What stands for ``{published}``: " (published Tuesday 2025-06-17)", or nothing."""
    if published is None:
        return ""
    # Not strftime("%A"): that follows the process's locale, and the prompt is English.
    return f" (published {_WEEKDAYS[published.weekday()]} {published.isoformat()})"


_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def neutralise(article: str) -> str:
    """The article with each ``<article>`` or ``</article>`` tag made ``[article]``/``[/article]``.

    Only the angle brackets change, so the words stay readable and quotable; nothing the article
    says can end the data block the prompt puts it in.
    """
    return _ARTICLE_TAG.sub(lambda m: f"[{m.group(1)}article]", article)


def read_prompts(directory: Path) -> Prompts:
    """Read the prompts in ``directory`` (uncached; :func:`load_prompts` caches)."""
    files = sorted(
        (p for p in directory.iterdir() if p.is_file() and not p.name.startswith(".")),
        key=lambda p: p.name,
    )
    digest = hashlib.sha256()
    texts: dict[str, str] = {}
    for path in files:
        data = path.read_bytes()
        # Length-prefixed, so that moving bytes from one file to the next changes the hash.
        name = path.name.encode("utf-8")
        digest.update(b"%d:%s%d:" % (len(name), name, len(data)))
        digest.update(data)
        texts[path.name] = data.decode("utf-8")
    for needed in ("system.md", "user.md"):
        if needed not in texts:
            raise ConfigError(f"the prompts folder {directory} has no {needed}")
    user = texts["user.md"].strip()
    if user.count(ARTICLE_PLACEHOLDER) != 1:
        raise ConfigError(
            f"{directory / 'user.md'} must hold the placeholder {ARTICLE_PLACEHOLDER} exactly once"
        )
    if user.count(PUBLISHED_PLACEHOLDER) > 1:
        raise ConfigError(
            f"{directory / 'user.md'} may hold the placeholder {PUBLISHED_PLACEHOLDER} once only"
        )
    return Prompts(
        system=texts["system.md"].strip(),
        user_template=user,
        version=digest.hexdigest()[:12],
    )


@lru_cache(maxsize=8)
def load_prompts(directory: Path | None = None) -> Prompts:
    """The prompts the engine uses: those shipped with summarizer, unless ``directory`` is given.

    Cached: prompt files do not change while a run is going on.
    """
    return read_prompts(directory if directory is not None else resource_dir("prompts"))
