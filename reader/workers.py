"""Worker processes for CPU-bound work cut into independent parts: cleaning the pages of a large
import, writing the parts of a large CSV export. Python runs one thread at a time, so on a machine
with several cores this is what makes those two faster.

A worker is `python -m MODULE` (a plain module: nothing of the caller's __main__ is imported again,
unlike multiprocessing's spawn). It reads one setup line, then one request line per part, and
answers each request in order with a header line "COUNT SIZE" and SIZE bytes, or "ERR message"."""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from reader.errors import ReaderError, StoreError

MAX_WORKERS = 4


def usable_cores() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def worker_count() -> int:
    return min(MAX_WORKERS, usable_cores())


class Worker:
    """One worker process; leaving the with block ends it (killed if it is still busy)."""

    def __init__(self, module: str, setup: Any) -> None:
        env = dict(os.environ)
        # The worker imports reader from wherever this process did, installed or not.
        env["PYTHONPATH"] = os.pathsep.join(
            filter(None, [str(Path(__file__).parents[1]), env.get("PYTHONPATH")])
        )
        # Errors go to a file, not a pipe: a worker with a lot to say must not block on a full pipe.
        self.errors = tempfile.TemporaryFile()
        self.proc = subprocess.Popen(
            [sys.executable, "-m", module],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self.errors,
            env=env,
        )
        assert self.proc.stdin is not None and self.proc.stdout is not None  # both asked for as pipes
        self.stdin, self.stdout = self.proc.stdin, self.proc.stdout
        self.send(setup)

    def send(self, request: Any) -> None:
        self.stdin.write(json.dumps(request).encode("utf-8") + b"\n")
        self.stdin.flush()

    def receive(self) -> tuple[int, bytes]:
        header = self.stdout.readline()
        if header.startswith(b"ERR "):
            raise StoreError(header[4:].decode("utf-8", "replace").strip())
        try:
            count, size = (int(v) for v in header.split())
        except ValueError:
            self.proc.kill()
            self.proc.wait()
            self.errors.seek(0)
            lines = self.errors.read().decode("utf-8", "replace").strip().splitlines()
            raise StoreError(f"a worker process stopped: {lines[-1] if lines else 'no message'}") from None
        return count, self.stdout.read(size)

    def __enter__(self) -> Worker:
        return self

    def __exit__(self, *exc: object) -> None:
        with contextlib.suppress(OSError):
            self.stdin.close()  # end of work: the worker leaves its loop
        try:
            if exc[0] is not None:
                raise subprocess.TimeoutExpired(self.proc.args, 0)
            self.proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        self.stdout.close()
        self.errors.close()


def run_in_order(module: str, setup: Any, requests: list[Any], workers: int, ahead: int = 2):  # noqa: ANN201
    """Yield (count, body) for each request, in order. Request i goes to worker i % workers; each
    worker has at most `ahead` requests queued, so memory stays bounded however slow the caller is."""
    with contextlib.ExitStack() as stack:
        procs = [stack.enter_context(Worker(module, setup)) for _ in range(min(workers, len(requests)))]
        if not procs:
            return
        window = ahead * len(procs)
        for i in range(min(len(requests), window)):
            procs[i % len(procs)].send(requests[i])
        for i in range(len(requests)):
            answer = procs[i % len(procs)].receive()
            if i + window < len(requests):
                procs[i % len(procs)].send(requests[i + window])
            yield answer


def serve(handle: Callable[[Any, Any], tuple[int, bytes]]) -> None:
    """The worker's side: handle(setup, request) -> (count, body) for each request line."""
    out = sys.stdout.buffer
    setup = json.loads(sys.stdin.readline())
    for line in sys.stdin:
        try:
            count, body = handle(setup, json.loads(line))
        except ReaderError as e:
            out.write(b"ERR " + str(e).replace("\n", " ").encode("utf-8") + b"\n")
            out.flush()
            return
        out.write(b"%d %d\n" % (count, len(body)))
        out.write(body)
        out.flush()
