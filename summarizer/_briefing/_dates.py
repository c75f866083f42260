"""The dates an engine gives (``when`` on disputes, deals and signals), checked before they are
shown: well-formed, and a development the article reports is not dated after the article was
published. What fails becomes null, and the change is kept in ``provenance.repairs``."""

from __future__ import annotations

from datetime import date
from typing import Any

from summarizer._briefing._models import BriefingDraft, Repair, parse_when

__all__ = ["check_dates"]


def check_dates(draft: BriefingDraft, published: date | None) -> tuple[BriefingDraft, list[Repair]]:
    """``draft`` with every impossible ``when`` set to null, and a :class:`Repair` for each."""
    repairs: list[Repair] = []

    def checked(where: str, item: Any, *, past: bool) -> Any:
        when = item.when
        if when is None:
            return item
        day = parse_when(when)
        why = None
        if day is None:
            why = "not a date like 2019-11-19, 2019-11 or 2019"
        elif past and published is not None and day > published:
            why = f"after the article's publication on {published.isoformat()}"
        if why is None:
            return item
        repairs.append(Repair(where=f"{where}.when", was=str(when)[:80], now=None, why=why))
        return item.model_copy(update={"when": None})

    update = {
        "disputes": [checked(f"disputes[{i}]", d, past=True) for i, d in enumerate(draft.disputes)],
        "deals": [checked(f"deals[{i}]", d, past=True) for i, d in enumerate(draft.deals)],
        "outlook": draft.outlook.model_copy(
            update={
                "signals": [
                    checked(f"outlook.signals[{i}]", s, past=False)
                    for i, s in enumerate(draft.outlook.signals)
                ]
            }
        ),
    }
    return (draft.model_copy(update=update) if repairs else draft), repairs
