"""The digest's LLM synthesis, kept in the store: a rerun, or the same digest rendered in
another format, asks the model nothing and shows the very same synthesis.

A kept synthesis is looked up by a :class:`~summarizer._store.SynthesisKey`: what decides the
model's answer, all of it known before asking (:func:`synthesis_key`):

* ``inputs``, the sha256 of what the request carries about the digest: the data block
  (:func:`~summarizer._digest._llm_synthesis.data_block`: the articles' dates, outlets and
  headlines, the ranked threads, the actors, the signals) and the response model's JSON schema
  (the tool the model fills in); with what the answer is mapped back to, the article ids behind
  the handles A1..An and the threads' whole titles (the block clips them);
* the model asked for (the one that answered, perhaps a dated snapshot, is kept with the
  synthesis and shown in provenance as it was);
* the version of ``prompts/digest/`` (a hash of the folder);
* the digest schema's version.

So a digest of the same briefings finds it, and any change to what the model would read (one
more article, a briefing made again and different, a new prompt, another model) asks again.

What is kept is the synthesis as it went into the digest: the top developments, the outlook,
the model that answered and what its call cost (:func:`kept`). A reuse (:func:`reuse`) gives
the same digest as the run that paid for it; like a stored briefing's, its tokens and calls in
provenance are what it cost when made. A kept synthesis that no longer validates, or cites an
article the digest does not have, is a miss: the model is asked again and it is replaced.
"""

from __future__ import annotations

import hashlib
import json
import logging
from functools import lru_cache

from pydantic import BaseModel, ConfigDict, ValidationError

from summarizer._digest._llm_synthesis import DigestSynthesis, data_block, digest_prompts
from summarizer._digest._models import (
    DIGEST_SCHEMA_VERSION,
    Digest,
    DigestOutlook,
    TopDevelopment,
)
from summarizer._store import SynthesisKey

__all__ = ["kept", "reuse", "synthesis_key"]

log = logging.getLogger(__name__)


class _Kept(BaseModel):
    """A kept synthesis: what the model's answer became in the digest, and what it cost."""

    model_config = ConfigDict(extra="ignore")

    top_developments: list[TopDevelopment]
    outlook: DigestOutlook
    model: str | None = None
    tokens_in: int = 0
    tokens_out: int = 0
    model_calls: int = 0
    cost: float | None = None  # dollars; None: unknown (or kept before costs were)


@lru_cache(maxsize=1)
def _response_schema() -> str:
    return json.dumps(DigestSynthesis.model_json_schema(), sort_keys=True)


def synthesis_key(digest: Digest, model: str) -> SynthesisKey:
    """What the synthesis of ``digest`` by ``model`` is kept under (see the module docstring)."""
    sent = {
        "data": data_block(digest),
        "response_model": _response_schema(),
        "articles": [source.article for source in digest.sources],
        "disputes": [thread.title for thread in digest.disputes],
        "deals": [thread.title for thread in digest.deals],
    }
    inputs = hashlib.sha256(json.dumps(sent, ensure_ascii=False).encode("utf-8")).hexdigest()
    return SynthesisKey(
        inputs=inputs,
        model=model,
        prompt_version=digest_prompts().version,
        schema_version=DIGEST_SCHEMA_VERSION,
    )


def kept(before: Digest, after: Digest) -> str:
    """What to keep of the synthesis that turned ``before`` (the offline digest) into
    ``after``: JSON text for :meth:`~summarizer._store.Store.put_synthesis`."""
    was, now = before.provenance, after.provenance
    return _Kept(
        top_developments=after.top_developments,
        outlook=after.outlook,
        model=now.model,
        tokens_in=now.tokens_in - was.tokens_in,
        tokens_out=now.tokens_out - was.tokens_out,
        model_calls=now.model_calls - was.model_calls,
        cost=None if now.cost is None or was.cost is None else now.cost - was.cost,
    ).model_dump_json()


def reuse(digest: Digest, payload: str) -> Digest | None:
    """``digest`` with the kept synthesis ``payload`` in it, as the run that asked for it made
    it; None when the payload does not validate or cites an article not in ``digest``."""
    try:
        synthesis = _Kept.model_validate_json(payload)
    except ValidationError:
        log.warning("a kept digest synthesis does not validate; asking the model again")
        return None
    ids = {source.article for source in digest.sources}
    cited = [
        *(a for item in synthesis.top_developments for a in item.sources),
        *(a for signal in synthesis.outlook.signals for a in signal.sources),
    ]
    if not set(cited) <= ids:
        log.warning("a kept digest synthesis cites articles the digest lacks; asking again")
        return None
    p = digest.provenance
    provenance = p.model_copy(
        update={
            "engine": "llm",
            "model": synthesis.model,
            "tokens_in": p.tokens_in + synthesis.tokens_in,
            "tokens_out": p.tokens_out + synthesis.tokens_out,
            "model_calls": p.model_calls + synthesis.model_calls,
            "cost": None if p.cost is None or synthesis.cost is None else p.cost + synthesis.cost,
        }
    )
    return digest.model_copy(
        deep=True,
        update={
            "top_developments": synthesis.top_developments,
            "outlook": synthesis.outlook,
            "provenance": provenance,
        },
    )
