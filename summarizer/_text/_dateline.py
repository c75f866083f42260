"""The dateline that opens a wire story: where (and when) the reporter filed, no part of the
lede's sentence: "VIENNA —", "BRUSSELS, June 12 (Reuters) -", "JEDDAH, Saudi Arabia (AP) —",
and in title case only with an agency's credit, "Paris, 3 March (AFP) -", "Brussels (AFP) -".
One pattern for the offline engine (which masks it, and reads its place) and the digest (which
drops it from a quoted sentence)."""

from __future__ import annotations

import re

__all__ = ["DATELINE"]

DATELINE = re.compile(
    r"(?m)^[A-Z][A-Z'’./-]+(?: [A-Z][A-Z'’./-]+){0,3}(?:,[^—–\n(]{1,40}?)?\s*"
    r"(?:\([^()\n]{1,40}\))?\s*[—–-]{1,2}\s"
    r"|^[A-Z][a-z'’.-]+(?: [A-Z][a-z'’.-]+){0,2}(?:,[^—–\n(]{1,40}?)?\s*"
    r"\([^()\n]{1,40}\)\s*[—–-]{1,2}\s"
)
