"""A fake of OpenAI's Batch API on 127.0.0.1, for tests and benchmarks.

:class:`FakeBatchAPI` is a :class:`~fake_openai.BriefingServer` (it answers chat requests: the
synchronous re-asks) that also serves what the openai SDK's ``files`` and ``batches`` call:

* ``POST /v1/files`` (multipart, purpose ``batch``) keeps the uploaded JSONL;
* ``POST /v1/batches`` creates a batch of it, ``validating``;
* ``GET /v1/batches`` lists them, newest first;
* ``GET /v1/batches/{id}`` moves it one step on each look: ``validating`` -> ``in_progress``
  -> ``completed`` (``steps`` looks in progress), or to the end the test scripted with
  ``end`` (``expired``, ``failed``, ``cancelled``: then only the first ``answered`` lines are
  answered); the output file is written when it completes (or ends);
* ``GET /v1/files/{id}/content`` serves a file; the first ``forbidden`` downloads of an output
  or error file answer 403, as OpenAI's may for a while after completion.

Each request line is answered as :class:`BriefingServer` answers the chat request it carries
(so ``script`` works for batch lines too); ``line_script(custom_id, attempt)`` may instead make
a line an error (``"error"``), leave it out of the output (``"omit"``), or None to answer it.
:meth:`counts` says how many requests of each kind the client made.
"""

from __future__ import annotations

import itertools
import json
import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Literal

from fake_openai import BriefingServer, RecordedRequest, Scripted

__all__ = ["FakeBatchAPI"]

LineFate = Literal["error", "omit"] | None


@dataclass
class _Batch:
    id: str
    input_file_id: str
    status: str = "validating"
    looks: int = 0  # looks while in progress
    output_file_id: str | None = None
    error_file_id: str | None = None
    total: int = 0
    completed: int = 0
    failed: int = 0
    created_at: int = field(default_factory=lambda: int(time.time()))


class FakeBatchAPI(BriefingServer):
    def __init__(
        self,
        *,
        steps: int = 1,
        end: str = "completed",
        answered: int | None = None,
        forbidden: int = 0,
        line_script: Callable[[str], LineFate] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        self.steps = steps
        self.end = end
        self.answered = answered
        self.forbidden = forbidden
        self.line_script = line_script
        #: Answered to every look at a batch while set (an endpoint failing mid-run).
        self.retrieve_error: Scripted | None = None
        self.files: dict[str, bytes] = {}
        self.batches: dict[str, _Batch] = {}
        self.calls: Counter[str] = Counter()
        self._ids = itertools.count(1)
        self._batch_lock = threading.Lock()

    def counts(self) -> dict[str, int]:
        """Requests by kind: upload, create, retrieve, list, download, chat (re-asks)."""
        with self._lock:
            chat = sum(1 for r in self.requests if r.path.endswith("/chat/completions"))
        kinds = ("upload", "create", "retrieve", "list", "download")
        return {**{k: self.calls[k] for k in kinds}, "chat": chat}

    def _next(self, request: RecordedRequest) -> Scripted:
        path = request.path.split("?", 1)[0]
        if path.endswith("/stats"):
            return Scripted.json({**self.stats(), **self.counts()})
        if request.method == "POST" and path.endswith("/files"):
            return self._upload(request)
        if request.method == "POST" and path.endswith("/batches"):
            return self._create(request)
        if request.method == "GET" and path.endswith("/batches"):
            return self._list()
        if request.method == "GET" and "/batches/" in path:
            return self._retrieve(path.rsplit("/", 1)[1])
        if request.method == "GET" and "/files/" in path and path.endswith("/content"):
            return self._download(path.split("/files/", 1)[1].split("/", 1)[0])
        return super()._next(request)

    # ------------------------------------------------------------------ files

    def _upload(self, request: RecordedRequest) -> Scripted:
        content = _multipart_file(request)
        with self._batch_lock:
            self.calls["upload"] += 1
            file_id = f"file-fake{next(self._ids):06d}"
            self.files[file_id] = content
        return Scripted.json(_file(file_id, len(content), "batch"))

    def _download(self, file_id: str) -> Scripted:
        with self._batch_lock:
            self.calls["download"] += 1
            if file_id not in self.files:
                return Scripted.error(404, f"No such File object: {file_id}")
            if self.forbidden > 0:
                self.forbidden -= 1
                return Scripted.error(
                    403, "You do not have access to this file yet.", type="invalid_request_error"
                )
            data = self.files[file_id]
        return Scripted(status=200, body=data, headers={"content-type": "application/octet-stream"})

    # ------------------------------------------------------------------ batches

    def _create(self, request: RecordedRequest) -> Scripted:
        body = request.json()
        with self._batch_lock:
            self.calls["create"] += 1
            input_id = body["input_file_id"]
            if input_id not in self.files:
                return Scripted.error(404, f"No such File object: {input_id}")
            batch = _Batch(id=f"batch_fake{next(self._ids):06d}", input_file_id=input_id)
            batch.total = len([x for x in self.files[input_id].splitlines() if x.strip()])
            self.batches[batch.id] = batch
        return Scripted.json(_batch(batch))

    def _list(self) -> Scripted:
        with self._batch_lock:
            self.calls["list"] += 1
            data = [_batch(b) for b in reversed(self.batches.values())]  # newest first
        ids = [b["id"] for b in data]
        return Scripted.json(
            {
                "object": "list",
                "data": data,
                "first_id": ids[0] if ids else None,
                "last_id": ids[-1] if ids else None,
                "has_more": False,
            }
        )

    def _retrieve(self, batch_id: str) -> Scripted:
        with self._batch_lock:
            self.calls["retrieve"] += 1
            if self.retrieve_error is not None:
                return self.retrieve_error
            batch = self.batches.get(batch_id)
            if batch is None:
                return Scripted.error(404, f"No batch found with id '{batch_id}'.")
            if batch.status == "validating":
                batch.status = "in_progress"
            elif batch.status == "in_progress":
                batch.looks += 1
                if batch.looks >= self.steps:
                    self._finish(batch)
                else:
                    batch.completed = batch.total * batch.looks // self.steps
            return Scripted.json(_batch(batch))

    def _finish(self, batch: _Batch) -> None:
        lines = [x for x in self.files[batch.input_file_id].splitlines() if x.strip()]
        limit = len(lines) if self.end == "completed" else (self.answered or 0)
        output: list[str] = []
        errors: list[str] = []
        for number, raw in enumerate(lines):
            if number >= limit:
                break
            line = json.loads(raw)
            cid = line["custom_id"]
            fate = self.line_script(cid) if self.line_script is not None else None
            if fate == "omit":
                continue
            if fate == "error":
                errors.append(
                    json.dumps(
                        {
                            "id": f"batch_req_{number}",
                            "custom_id": cid,
                            "response": {
                                "status_code": 400,
                                "request_id": f"req_{number}",
                                "body": {
                                    "error": {
                                        "message": "fake: this request was rejected",
                                        "type": "invalid_request_error",
                                        "code": "invalid_value",
                                    }
                                },
                            },
                            "error": None,
                        }
                    )
                )
                continue
            chat = RecordedRequest(
                "POST", "/v1/chat/completions", {}, json.dumps(line["body"]).encode()
            )
            answer = self._answer(chat)
            output.append(
                json.dumps(
                    {
                        "id": f"batch_req_{number}",
                        "custom_id": cid,
                        "response": {
                            "status_code": answer.status,
                            "request_id": f"req_{number}",
                            "body": json.loads(answer.body),
                        },
                        "error": None,
                    }
                )
            )
        batch.completed = len(output)
        batch.failed = len(errors)
        if output:
            batch.output_file_id = f"file-fake{next(self._ids):06d}"
            self.files[batch.output_file_id] = ("\n".join(output) + "\n").encode()
        if errors:
            batch.error_file_id = f"file-fake{next(self._ids):06d}"
            self.files[batch.error_file_id] = ("\n".join(errors) + "\n").encode()
        batch.status = self.end


def _file(file_id: str, size: int, purpose: str) -> dict[str, Any]:
    return {
        "id": file_id,
        "object": "file",
        "bytes": size,
        "created_at": int(time.time()),
        "filename": "requests.jsonl",
        "purpose": purpose,
        "status": "processed",
    }


def _batch(batch: _Batch) -> dict[str, Any]:
    return {
        "id": batch.id,
        "object": "batch",
        "endpoint": "/v1/chat/completions",
        "errors": None,
        "input_file_id": batch.input_file_id,
        "completion_window": "24h",
        "status": batch.status,
        "output_file_id": batch.output_file_id,
        "error_file_id": batch.error_file_id,
        "created_at": batch.created_at,
        "request_counts": {
            "total": batch.total,
            "completed": batch.completed,
            "failed": batch.failed,
        },
        "metadata": None,
    }


def _multipart_file(request: RecordedRequest) -> bytes:
    """The content of the ``file`` part of a multipart/form-data body."""
    kind = request.headers.get("content-type", "")
    boundary = kind.split("boundary=", 1)[1].strip('"').encode()
    for part in request.body.split(b"--" + boundary):
        head, _, body = part.partition(b"\r\n\r\n")
        if b'name="file"' in head:
            return body[:-2] if body.endswith(b"\r\n") else body
    raise ValueError("no file part in the upload")
