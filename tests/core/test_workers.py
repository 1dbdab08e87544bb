"""Worker processes (reader.workers): answers come back in request order, failures are one error."""

from __future__ import annotations

import pytest

from reader.errors import StoreError
from reader.workers import run_in_order

ECHO = """
import time
from reader.errors import InvalidInput
from reader.workers import serve

def handle(setup, request):
    if request == "bad":
        raise InvalidInput("cannot do " + setup["what"])
    time.sleep(0.05 if request % 3 == 0 else 0)  # answers would come back out of order if unsorted
    return request, (setup["what"] * request).encode()

serve(handle)
"""


@pytest.fixture
def echo(tmp_path, monkeypatch):
    (tmp_path / "echo_worker.py").write_text(ECHO)
    monkeypatch.setenv("PYTHONPATH", str(tmp_path))
    return "echo_worker"


def test_answers_come_back_in_order_with_a_bounded_queue(echo):
    answers = list(run_in_order(echo, {"what": "ab"}, list(range(1, 12)), workers=3, ahead=2))
    assert answers == [(n, b"ab" * n) for n in range(1, 12)]


def test_a_refusal_in_a_worker_is_raised_here(echo):
    with pytest.raises(StoreError, match="cannot do this"):
        list(run_in_order(echo, {"what": "this"}, [1, 2, "bad", 4], workers=2))


def test_a_worker_that_cannot_start_is_one_error():
    with pytest.raises(StoreError, match="a worker process stopped: .*No module named"):
        list(run_in_order("reader.no_such_worker", {}, [1], workers=1))


def test_no_requests_start_no_worker():
    assert list(run_in_order("reader.no_such_worker", {}, [], workers=2)) == []
