"""The one rule for showing a URL or a text that may carry a secret.

Every place that shows or stores a URL (an error line, a digest's "Not included" list, the call
log, a briefing's ``source``) takes it through :func:`redact_url`; every text that may echo a
secret (an endpoint's error body, a log record) goes through :func:`scrub` with the secrets the
run knows (the API key, and whatever :func:`url_secrets` finds in the base URL).

What counts as a secret in a URL:

* the user name and password (``http://user:sk-...@host/``, also where a browser would find
  them without the two slashes: ``http:user:pw@host/``, ``http:///user:pw@host/``);
* query values: every one for a model endpoint (``?api-key=...``, ``?token=...``: a base URL has
  no business carrying anything else), and for a web page those whose name is a credential's
  (``key``, ``token``, ``passphrase``, ``sig``...) or whose value looks like a token;
* path segments that look like tokens (``/sk-abc.../v1``, a long high-entropy string).
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Iterable
from urllib.parse import parse_qsl, quote, unquote, urlencode, urlsplit

__all__ = ["REDACTED", "redact_url", "scrub", "url_secrets"]

REDACTED = "***"

# Endings of query parameter names whose values are credentials often enough that none may be
# shown: ``api_key``, ``apiKey``, ``access-token``, ``passphrase``, ``sig``; not ``keyword``.
_SECRET_NAME = re.compile(
    r"(?:key|token|secret|password|passwd|passphrase|pass|pwd|sig|signature|auth|authorization|"
    r"session|sessionid|sid|credential|credentials)$",
    re.IGNORECASE,
)
# Prefixes of the API keys and tokens of common providers (OpenAI, Anthropic, GitHub, Slack,
# Hugging Face, AWS, Stripe, Google...).
_KEY_PREFIX = re.compile(
    r"^(?:sk|pk|rk|key|api|token|hf|ghp|gho|ghs|github_pat|xox[abpr]|AKIA|AIza|glpat)"
    r"(?:[-_](?:proj|live|test|ant|or)?[-_]?)?",
)
_TOKEN_CHARS = re.compile(r"^[A-Za-z0-9_\-+/=.~%]+$")
# After a key's prefix, the random part of every provider's key is at least this long.
_MIN_TOKEN = 16
# Shorter than this, a string without a key's prefix is a word, a slug or an id.
_MIN_RANDOM = 20
# Shorter than this, a query value or a user name is too common a string to scrub from text.
_MIN_SECRET = 4
# A query value with a name that does not say "secret" is scrubbed from texts from this length.
_MIN_SECRET_VALUE = 12
# Bits of entropy per character: English slugs stay under about 3.5, random tokens go over 4.
_MIN_ENTROPY = 3.6
# Schemes whose authority a browser finds even without "//" (WHATWG "special" schemes; a
# file: URL has no user name).
_SPECIAL_SCHEMES = frozenset({"http", "https", "ws", "wss", "ftp"})
# What urlsplit drops before splitting: it is not part of the URL shown either.
_DROPPED = str.maketrans("", "", "\t\r\n")
_C0_OR_SPACE = "".join(map(chr, range(0x21)))


def redact_url(url: str, *, endpoint: bool = False) -> str:
    """``url`` fit to show or store: credentials replaced by ``***``.

    ``endpoint``: the URL is a model endpoint's, so every query value and every path segment
    that looks random goes too; a web page keeps its ids and slugs (its ``source`` must still
    lead back to the page) and loses only what looks like a key. Never raises: a URL too broken
    to parse is ``<unparseable URL>``.
    """
    try:
        text = url.strip().translate(_DROPPED)
        parts = urlsplit(text)
        netloc = parts.netloc
        if "@" in netloc:
            netloc = f"{REDACTED}@{netloc.rpartition('@')[2]}"
        path = parts.path
        if not netloc and parts.scheme in _SPECIAL_SCHEMES:
            path = _hide_loose_userinfo(path)
        path = "/".join(
            REDACTED if _secret_segment(unquote(segment), endpoint) else segment
            for segment in path.split("/")
        )
        query = parts.query
        if query:
            pairs = parse_qsl(query, keep_blank_values=True)
            hidden = [endpoint or _secret_pair(name, value) for name, value in pairs]
            if any(hidden):
                query = urlencode(
                    [
                        (name, REDACTED if hide else value)
                        for (name, value), hide in zip(pairs, hidden, strict=True)
                    ],
                    safe="*",
                    quote_via=quote,
                )
        fragment = REDACTED if endpoint and parts.fragment else parts.fragment
        return _unsplit(
            parts.scheme, _has_authority(text, parts.scheme), netloc, path, query, fragment
        )
    except ValueError:
        return "<unparseable URL>"


def _has_authority(text: str, scheme: str) -> bool:
    """Whether ``text`` has an authority part ("//", perhaps empty: ``file:///etc``)."""
    rest = text.lstrip(_C0_OR_SPACE)  # as urlsplit does
    if scheme:
        rest = rest.partition(":")[2]
    return rest.startswith("//")


def _unsplit(
    scheme: str, authority: bool, netloc: str, path: str, query: str, fragment: str
) -> str:
    """The URL again, in the form it was given. urlunsplit drops an empty authority of a
    scheme it does not know (``feed:///x`` came out ``feed:/x``), and before a path that
    starts with ``//`` it puts the path where the host goes: ``file:////etc/passwd`` came
    out ``file://etc/passwd``, and ``http:////evil.example/`` as ``http://evil.example/``."""
    shown = f"{scheme}:" if scheme else ""
    if authority:
        shown += f"//{netloc}"
    shown += path
    if query:
        shown += f"?{query}"
    if fragment:
        shown += f"#{fragment}"
    return shown


def _hide_loose_userinfo(path: str) -> str:
    """``path`` with the user name and password a browser would read in it hidden: for an
    http(s) URL with no authority, the first path segment, after any slashes or
    backslashes, is the authority (``http:user:pw@host/`` is ``http://user:pw@host/``)."""
    body = path.lstrip("/\\")
    authority = re.split(r"[/\\]", body, maxsplit=1)[0]
    if "@" not in authority:
        return path
    lead = path[: len(path) - len(body)]
    return f"{lead}{REDACTED}@{authority.rpartition('@')[2]}{body[len(authority) :]}"


def url_secrets(url: str | None) -> tuple[str, ...]:
    """The parts of ``url`` that :func:`redact_url` hides from an endpoint URL, raw and
    percent-decoded: what :func:`scrub` must take out of any text that might echo the URL."""
    if not url:
        return ()
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return ()
    found: list[str] = []
    if "@" in parts.netloc:
        userinfo = parts.netloc.rpartition("@")[0]
        user, _, password = userinfo.partition(":")
        # A plain user name ("admin") stays: scrubbing it would garble any text using the word.
        found.extend([userinfo, password])
        if _secret_segment(unquote(user), endpoint=True) or len(user) >= _MIN_RANDOM:
            found.append(user)
    found.extend(s for s in parts.path.split("/") if _secret_segment(unquote(s), endpoint=True))
    for name, value in parse_qsl(parts.query, keep_blank_values=True):
        if _secret_pair(name, value) or len(value) >= _MIN_SECRET_VALUE:
            found.extend([value, f"{name}={value}"])
    if len(parts.fragment) >= _MIN_SECRET_VALUE:
        found.append(parts.fragment)
    forms = {form for secret in found for form in (secret, unquote(secret))}
    # Short values ("1", "v1", "true") are no secret, and scrubbing them would garble any text.
    return tuple(sorted((f for f in forms if len(f) >= _MIN_SECRET), key=len, reverse=True))


def scrub(text: str, secrets: Iterable[str | None]) -> str:
    """``text`` with every one of ``secrets`` replaced by ``***``, in its plain and its
    JSON-escaped forms (an error body may quote a secret inside a JSON string)."""
    for secret in sorted(
        {s for s in secrets if s and len(s) >= _MIN_SECRET}, key=len, reverse=True
    ):
        for form in (
            secret,
            json.dumps(secret)[1:-1],
            json.dumps(secret)[1:-1].replace("/", "\\/"),
        ):
            if form in text:
                text = text.replace(form, REDACTED)
        text = _scrub_cut(text, secret)
    return text


# A secret's start before an ellipsis is as good as a leak: the message was clipped mid-secret.
_CUT = re.compile(r"(?:…|\.\.\.)")
_MIN_CUT = 6


def _scrub_cut(text: str, secret: str) -> str:
    """``text`` with any start of ``secret`` (6 characters or more) that a clip ended in "…"
    replaced: a message cut short must not show the first half of a key."""
    if len(secret) < _MIN_CUT or secret[:_MIN_CUT] not in text:
        return text
    pieces: list[str] = []
    last = 0
    for match in _CUT.finditer(text):
        end = match.start()
        for size in range(min(len(secret), end), _MIN_CUT - 1, -1):
            if text[end - size : end] == secret[:size]:
                pieces.append(text[last : end - size] + REDACTED)
                last = end
                break
    return "".join(pieces) + text[last:]


def _secret_pair(name: str, value: str) -> bool:
    return bool(_SECRET_NAME.search(name)) or _looks_like_key(value)


def _secret_segment(segment: str, endpoint: bool) -> bool:
    return _looks_like_key(segment) or (endpoint and _looks_random(segment))


def _looks_like_key(text: str) -> bool:
    """A provider's key or token: a known prefix, then a long run of random characters."""
    match = _KEY_PREFIX.match(text)
    if match is None:
        return False
    rest = text[match.end() :]
    return len(rest) >= _MIN_TOKEN and _looks_random(rest, minimum=_MIN_TOKEN)


def _looks_random(text: str, minimum: int = _MIN_RANDOM) -> bool:
    """Whether ``text`` reads as a random token rather than words, a slug or a number."""
    if len(text) < minimum or not _TOKEN_CHARS.match(text) or text.isdigit():
        return False
    if not any(c.isdigit() for c in text) or not any(c.isalpha() for c in text):
        return False
    # A slug ("talks-resume-2026") is mostly short words between separators.
    words = sum(len(w) for w in re.split(r"[-_.~]", text) if w.isalpha() and len(w) <= 12)
    if words > len(text) / 2:
        return False
    return _entropy(text) >= _MIN_ENTROPY


def _entropy(text: str) -> float:
    counts = Counter(text)
    n = len(text)
    return -sum(c / n * math.log2(c / n) for c in counts.values())
