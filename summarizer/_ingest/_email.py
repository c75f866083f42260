"""An article forwarded by e-mail and saved as a message (``.eml``, or its text pasted in).

A message opens with its header block ("From: ...", "Subject: ...", a blank line); read as
text, the sender's address becomes the headline. The body is what the reader sent on: its
plain-text part, else its HTML part, decoded as the message says (quoted-printable, base64,
a charset). The lines a mail program puts before a forwarded text ("---------- Forwarded
message ---------", "From: ...", "Subject: ...") are no part of the article. The message's own
date is when it was sent, not when the article was published: it is not used.
"""

from __future__ import annotations

import email
import email.policy
import re
from dataclasses import dataclass
from email.message import EmailMessage

__all__ = ["MailBody", "looks_like_email", "mail_body"]

# A header line of a message ("Subject: ...") and the fields a message always has one of.
_HEADER = re.compile(r"^[A-Za-z][A-Za-z0-9-]*:[ \t]")
_FIELDS = ("from:", "to:", "subject:", "date:", "message-id:", "received:", "mime-version:")
# The block a mail program sets before a forwarded text, and its header lines.
_FORWARDED = re.compile(
    r"^[ \t>]*-{2,}\s*(?:Forwarded message|Original Message|Begin forwarded message)"
    r"\s*-*\s*:?\s*$",
    re.IGNORECASE | re.MULTILINE,
)
_FORWARD_HEADER = re.compile(r"^[ \t>]*(?:From|To|Cc|Date|Sent|Subject):[ \t].*$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class MailBody:
    text: str
    html: bool
    subject: str


def looks_like_email(text: str) -> bool:
    """Whether ``text`` opens with a message's header block: header lines (and their folded
    continuations) up to a blank line, with "From:" and one more field a message has."""
    head = text.lstrip("\ufeff")[:8192]
    block = re.split(r"\r?\n[ \t]*\r?\n", head, maxsplit=1)[0]
    lines = block.splitlines()
    if len(lines) < 2 or not _HEADER.match(lines[0]):
        return False
    if not all(_HEADER.match(line) or line[:1] in (" ", "\t") for line in lines):
        return False
    fields = {line.split(":", 1)[0].casefold() + ":" for line in lines if _HEADER.match(line)}
    return "from:" in fields and len(fields & set(_FIELDS)) >= 2


def mail_body(data: bytes) -> MailBody | None:
    """The forwarded article of a message: its plain-text part (else its HTML part), without
    the forwarding block; ``None`` when the message holds no text."""
    message = email.message_from_bytes(data, policy=email.policy.default)
    if not isinstance(message, EmailMessage):
        return None
    part = message.get_body(preferencelist=("plain", "html"))
    if part is None:
        return None
    try:
        content = part.get_content()
    except (LookupError, ValueError):
        return None  # an unknown charset or a broken transfer encoding
    if not isinstance(content, str) or not content.strip():
        return None
    html = part.get_content_subtype() == "html"
    subject = re.sub(
        r"^(?:(?:fwd?|fw|re)\s*:\s*)+", "", str(message.get("subject", "")), flags=re.I
    )
    return MailBody(content if html else _without_forwarding(content), html, subject.strip())


def _without_forwarding(text: str) -> str:
    """The text after a "Forwarded message" block and its header lines."""
    found = _FORWARDED.search(text)
    if found is None:
        return text
    lines = text[found.end() :].lstrip("\r\n").splitlines()
    while lines and (_FORWARD_HEADER.match(lines[0]) or not lines[0].strip()):
        lines.pop(0)
    return "\n".join(lines)
