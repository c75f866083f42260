"""How long a 429 (or 503) answer asks the client to wait, in seconds.

``retry-after-ms`` (OpenAI's, in milliseconds) first, then ``Retry-After`` as a number of seconds
or as an HTTP date (``Thu, 03 Dec 2026 10:00:00 GMT``), which is turned into seconds from now.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime

__all__ = ["retry_after_seconds"]


def retry_after_seconds(
    get: Callable[[str], str | None], *, now: datetime | None = None
) -> float | None:
    """The wait the headers ``get`` reads ask for, in seconds (0 for a date already past);
    None when they ask for none, or say it in a way that cannot be read."""
    millis = _number(get("retry-after-ms"))
    if millis is not None:
        return millis / 1000
    value = get("retry-after")
    if value is None:
        return None
    seconds = _number(value)
    if seconds is not None:
        return seconds
    try:
        when = parsedate_to_datetime(value.strip())
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    current = now if now is not None else datetime.now(timezone.utc)
    return max(0.0, (when - current).total_seconds())


def _number(value: str | None) -> float | None:
    if value is None:
        return None
    try:
        number = float(value.strip())
    except ValueError:
        return None
    return max(0.0, number) if math.isfinite(number) else None
