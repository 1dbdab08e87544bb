"""How much hostile input the suite threw at reader, by kind (issue 13: "the hostile-input suite
reports its counts"). Tests call exercised(kind, n) where a hostile item was actually run through the
product; the totals of the tests that passed are printed at the end of the run, xdist workers included.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

import pytest

KINDS = ("strings", "screens", "files", "server behaviours")
_PREFIX = "hostile:"
_running: Counter[str] = Counter()  # this process's counts so far
_totals: Counter[str] = Counter()  # the controller's sum over passed tests
_passed: set[str] = set()


def exercised(kind: str, n: int = 1) -> None:
    """Count n hostile items of kind as run through the product by the current test."""
    assert kind in KINDS, kind
    _running[kind] += n


@pytest.fixture(autouse=True)
def _count_hostile_items(request: pytest.FixtureRequest) -> Iterator[None]:
    before = _running.copy()
    yield
    for kind in KINDS:
        if n := _running[kind] - before[kind]:
            request.node.user_properties.append((_PREFIX + kind, n))


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    # The counts land in user_properties at fixture teardown, so they are read from the teardown report;
    # only tests whose call passed count.
    if report.when == "call" and report.passed:
        _passed.add(report.nodeid)
    elif report.when == "teardown" and report.nodeid in _passed:
        for name, value in report.user_properties:
            if isinstance(name, str) and name.startswith(_PREFIX):
                _totals[name[len(_PREFIX) :]] += int(value)


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if not _totals:
        return
    figures = ", ".join(f"{_totals[kind]:,} {kind}" for kind in KINDS)
    terminalreporter.write_line(f"hostile-input suite: {figures} (in tests that passed)")
