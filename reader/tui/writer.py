"""One writer for the whole TUI: every store change runs, in the order it was asked for, on a
single thread that drains a queue, so the event loop never waits for SQLite's write lock.

    app.writer.submit(change, done, failed)

`change()` runs on the writer thread (it commits its own transaction); then `done(result)` (or
`failed(message)` for a ReaderError) runs on the event loop, through a message to the app. The
screen shows "saving…" when it submits and "✓ saved" only from `done`. Undo and redo go through
the same queue, so they apply in order after the changes before them. `drain()` waits until
everything queued is committed (quitting waits for it)."""

from __future__ import annotations

import contextlib
import queue
import threading
import time
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import Any

from textual.message import Message

from reader.errors import ReaderError

Done = Callable[[Any], None]
Failed = Callable[[str], None]


@dataclass
class _Job:
    change: Callable[[], Any]
    done: Done | None
    failed: Failed | None


class Failure(str):
    """What failed() is given: the message (a str), with the class of the error behind it."""

    kind: type[Exception]

    def __new__(cls, text: str, kind: type[Exception] = Exception) -> Failure:
        failure = super().__new__(cls, text)
        failure.kind = kind
        return failure


class WriteFinished(Message):
    """Posted to the app by the writer thread when a change has committed (or failed)."""

    def __init__(self, job: _Job, result: Any, error: str | None, kind: type[Exception] = Exception) -> None:
        super().__init__()
        self.job = job
        self.result = result
        self.error = error
        self.kind = kind  # the class of the error


class Writer:
    def __init__(
        self,
        post: Callable[[Message], object],
        context: Callable[[], AbstractContextManager[object]] | None = None,
    ) -> None:
        self._post = post  # App.post_message: thread-safe
        # Each change runs in the app's context (Textual's active app): a change reading `self.app`
        # of a screen the user has already left (x then Esc, with a slow write ahead) finds no app
        # through the detached screen's parents, and failed with NoActiveAppError, unsaved.
        self._context = context or contextlib.nullcontext
        self._queue: queue.Queue[_Job | None] = queue.Queue()
        self._pending = 0
        self._count_lock = threading.Lock()
        self._idle = threading.Event()
        self._idle.set()
        self._thread = threading.Thread(target=self._run, name="reader-writer", daemon=True)
        self._thread.start()

    @property
    def pending(self) -> int:
        """Changes submitted and not yet committed (or failed)."""
        return self._pending

    @property
    def idle(self) -> bool:
        return self._pending == 0

    def submit(
        self, change: Callable[[], Any], done: Done | None = None, failed: Failed | None = None
    ) -> None:
        with self._count_lock:
            self._pending += 1
            self._idle.clear()
        self._queue.put(_Job(change, done, failed))

    def _run(self) -> None:
        while True:
            job = self._queue.get()
            if job is None:
                return
            result, error, kind = None, None, Exception
            try:
                with self._context():
                    result = job.change()
            except ReaderError as e:
                error, kind = str(e), type(e)
            except Exception as e:  # noqa: BLE001 - a bug must not kill the writer (later changes wait on it)
                error = f"{type(e).__name__}: {e}"
            with self._count_lock:
                self._pending -= 1
                if self._pending == 0:
                    self._idle.set()
            try:
                self._post(WriteFinished(job, result, error, kind))
            except Exception:  # noqa: BLE001 - the app is gone: the change is committed anyway
                pass

    def drain(self, timeout: float | None = None) -> bool:
        """Block until every queued change has run; False if `timeout` passed first."""
        return self._idle.wait(timeout)

    async def drain_async(self, poll: float = 0.05) -> None:
        """Wait for the queue to empty without blocking the event loop."""
        import asyncio

        while not self._idle.is_set():
            await asyncio.sleep(poll)

    def stop(self, timeout: float | None = None) -> bool:
        """Let everything queued run, then end the thread. False if it is still writing after `timeout`."""
        deadline = None if timeout is None else time.monotonic() + timeout
        self._queue.put(None)
        self._thread.join(None if deadline is None else max(0.0, deadline - time.monotonic()))
        return not self._thread.is_alive()
