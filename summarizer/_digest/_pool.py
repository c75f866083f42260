"""A run's worker threads, and the run-wide pause after a 429.

* :class:`Run` is what the workers of one run share: the :class:`Gate` every worker waits at
  before it sends a request (closed, for everyone, while the endpoint asked to wait), and the
  stop: Ctrl-C, the end, or :meth:`Run.halt` when the run must send nothing more.
* :class:`Pool` does the work on a bounded number of threads, taking items from a queue; the
  calling thread hears of each result, and of each pause a worker announces
  (:class:`Waiting`), in the order they came, and raises whatever a worker crashed with.

The worker threads are daemons: Ctrl-C returns at once, and a request still in flight is
abandoned with the process (whatever it had stored stays stored).
"""

from __future__ import annotations

import queue
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from summarizer._digest._collect import Failure

__all__ = ["Gate", "Pool", "Run", "Stopped", "Waiting"]

# How often the waiting main thread wakes up, so that Ctrl-C is handled promptly.
_POLL = 0.1

_Item = TypeVar("_Item")
_Result = TypeVar("_Result")


class Gate:
    """The run-wide pause after a 429: no worker sends a request before it opens.

    ``paused`` is how long it has been closed in all (overlapping holds counted once)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._until = 0.0
        self.paused = 0.0

    def hold(self, seconds: float, budget: float) -> bool:
        """Close the gate ``seconds`` from now (or keep it closed till then), unless that takes
        ``paused`` past ``budget``: False then, and the gate is left as it was."""
        with self._lock:
            now = time.monotonic()
            until = max(self._until, now + seconds)
            more = until - max(self._until, now)
            if self.paused + more > budget + 1e-6:
                return False
            self.paused += more
            self._until = until
            return True

    def left(self, budget: float) -> float:
        with self._lock:
            return max(0.0, budget - self.paused)

    def wait(self, stop: threading.Event) -> bool:
        """Wait until open; False when the run is stopping."""
        while True:
            with self._lock:
                remaining = self._until - time.monotonic()
            if remaining <= 0:
                return not stop.is_set()
            if stop.wait(remaining):
                return False


class Stopped(Exception):
    """The run is stopping: the worker leaves its article undone."""


class Run:
    """What the workers of one run share: the rate-limit gate, and the stop."""

    def __init__(self) -> None:
        self.gate = Gate()
        self.stop = threading.Event()
        self.stopped: str | None = None
        self._lock = threading.Lock()

    def halt(self, reason: str) -> None:
        """Stop the run for ``reason``: no worker starts another request."""
        with self._lock:
            if self.stopped is None:
                self.stopped = reason
        self.stop.set()

    def not_briefed(self, label: str) -> Failure:
        """The failure of an article left undone because the run stopped."""
        return Failure(label, f"not briefed: the run stopped: {self.stopped}")


@dataclass(frozen=True)
class Waiting:
    """A worker pauses ``wait`` seconds for the article ``label``, for the 429 ``message``."""

    label: str
    wait: float
    message: str


@dataclass(frozen=True)
class _Done(Generic[_Result]):
    index: int
    result: _Result


@dataclass(frozen=True)
class _Posted:
    notice: Waiting


@dataclass(frozen=True)
class _Crash:
    error: BaseException


class Pool(Generic[_Item, _Result]):
    """``threads`` daemon threads named ``name``-N, until ``stop`` is set."""

    def __init__(self, threads: int, stop: threading.Event, *, name: str) -> None:
        self._threads = threads
        self._stop = stop
        self._name = name
        self._events: queue.Queue[_Done[_Result] | _Posted | _Crash] = queue.Queue()

    def post(self, notice: Waiting) -> None:
        """Hand ``notice`` to the calling thread's ``on_notice`` (from any thread)."""
        self._events.put(_Posted(notice))

    def run(
        self,
        items: Sequence[_Item],
        work: Callable[[_Item], _Result],
        *,
        on_done: Callable[[int, _Result], None],
        on_notice: Callable[[Waiting], None],
    ) -> None:
        """Do ``work`` on every item, the results told to ``on_done`` with the item's index.

        Returns when every item is done or every worker is gone (a worker leaves when ``work``
        raises :class:`Stopped`). What ``work``, ``on_done`` or ``on_notice`` raise otherwise
        (a bug, KeyboardInterrupt) is raised here; whatever ends the run sets ``stop``, so no
        worker starts another item.
        """
        work_queue: queue.Queue[tuple[int, _Item]] = queue.Queue()
        for pair in enumerate(items):
            work_queue.put(pair)
        threads = [
            threading.Thread(
                target=self._serve, args=(work_queue, work), name=f"{self._name}-{n}", daemon=True
            )
            for n in range(self._threads)
        ]
        done = 0
        try:
            for thread in threads:
                thread.start()
            while done < len(items):
                try:
                    event = self._events.get(timeout=_POLL)
                except queue.Empty:
                    if not any(t.is_alive() for t in threads) and self._events.empty():
                        break  # every worker is gone (they only leave early when stopped)
                    continue
                if isinstance(event, _Crash):
                    raise event.error
                if isinstance(event, _Posted):
                    on_notice(event.notice)
                    continue
                done += 1
                on_done(event.index, event.result)
        finally:
            self._stop.set()

    def _serve(
        self, work_queue: queue.Queue[tuple[int, _Item]], work: Callable[[_Item], _Result]
    ) -> None:
        while not self._stop.is_set():
            try:
                index, item = work_queue.get_nowait()
            except queue.Empty:
                return
            try:
                result = work(item)
            except Stopped:
                return
            except BaseException as error:  # a bug: the calling thread raises it
                self._events.put(_Crash(error))
                return
            self._events.put(_Done(index, result))
