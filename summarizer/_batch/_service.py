"""The provider's batch service, through the openai SDK: upload, create, retrieve, download.

Every call goes through the model client's own openai client (:meth:`ModelClient.sdk`): the
same endpoint, key, retries, per-request deadline and log scrubbing as a briefing's requests.
What fails comes out as the typed error of the synchronous path
(:func:`~summarizer._engines.llm._translate.endpoint_error`).

An output file may answer 403 (or 404) for a while after its batch completed, while the
provider finishes writing it: :meth:`BatchService.download` asks again a few times, pausing,
and then says it is not there yet (None) rather than failing: the batch stays open in the
store and the next run fetches it.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, TypeVar

from summarizer._engines.llm._client import ModelClient
from summarizer._engines.llm._translate import endpoint_error

if TYPE_CHECKING:
    from openai.types import Batch

__all__ = ["TERMINAL", "BatchService"]

#: The statuses a batch does not leave.
TERMINAL = frozenset({"completed", "failed", "expired", "cancelled"})
_LABEL = "the batch service"
_T = TypeVar("_T")


class BatchService:
    """Batches of chat requests at the endpoint of ``client``."""

    def __init__(
        self,
        client: ModelClient,
        *,
        download_tries: int = 5,
        download_pause: float = 10.0,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.client = client
        self.download_tries = max(download_tries, 1)
        self.download_pause = download_pause
        self._sleep = sleep

    def upload(self, lines: Sequence[str]) -> str:
        """Upload ``lines`` as one JSONL file for a batch; its file id."""
        data = ("\n".join(lines) + "\n").encode("utf-8")
        sdk = self.client.sdk(_LABEL)
        uploaded = self._call(
            lambda: sdk.files.create(
                file=("requests.jsonl", data, "application/jsonl"), purpose="batch"
            )
        )
        return uploaded.id

    def create(self, input_file_id: str, *, description: str) -> Batch:
        """A batch of the uploaded file ``input_file_id`` (24 h window)."""
        sdk = self.client.sdk(_LABEL)
        return self._call(
            lambda: sdk.batches.create(
                input_file_id=input_file_id,
                endpoint="/v1/chat/completions",
                completion_window="24h",
                metadata={"made_by": "summarizer", "description": description[:500]},
            )
        )

    def find(self, input_file_id: str, *, most: int = 1000) -> Batch | None:
        """The batch made of ``input_file_id``, among the ``most`` latest batches; None when
        there is none (it was never created)."""
        sdk = self.client.sdk(_LABEL)
        page = self._call(lambda: sdk.batches.list(limit=100))
        for number, batch in enumerate(page):  # the SDK fetches the next pages as needed
            if batch.input_file_id == input_file_id:
                return batch
            if number + 1 >= most:
                break
        return None

    def retrieve(self, batch_id: str) -> Batch:
        sdk = self.client.sdk(_LABEL)
        return self._call(lambda: sdk.batches.retrieve(batch_id))

    def download(self, file_id: str) -> bytes | None:
        """The file's content; None while the service still refuses it (403 or 404) after
        :attr:`download_tries` tries."""
        import openai

        sdk = self.client.sdk(_LABEL)
        for attempt in range(1, self.download_tries + 1):
            try:
                return self._call(lambda: sdk.files.content(file_id).content, raw=True)
            except (openai.PermissionDeniedError, openai.NotFoundError):
                if attempt == self.download_tries:
                    return None
                self._sleep(self.download_pause)
        return None  # pragma: no cover - the loop returns

    def _call(self, action: Callable[[], _T], *, raw: bool = False) -> _T:
        """``action``'s result; an error of the SDK as its typed error (``raw``: a 403 or 404
        as the SDK raised it, for :meth:`download` to ask again)."""
        import openai

        try:
            return action()
        except openai.OpenAIError as exc:
            if raw and isinstance(exc, (openai.PermissionDeniedError, openai.NotFoundError)):
                raise
            error = endpoint_error(exc, self.client.settings)
            error.source = _LABEL
            raise error from exc
