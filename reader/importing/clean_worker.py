"""The worker process of a large import (python -m reader.importing.clean_worker; see reader.workers):
setup {"max_bytes": N}; each request is a list of [kind, name, source, reason] inputs (files, or
missing ones), answered with the pickled list of read_input results, one list per input. Reading and
cleaning run here; the caller stores the articles in order."""

from __future__ import annotations

import pickle

from reader.importing.pipeline import Input, read_input
from reader.importing.read import Refused
from reader.workers import serve


def read_inputs(setup: dict, request: list[list]) -> tuple[int, bytes]:
    items = [Input(*item) for item in request]
    # read_input refuses whatever a parser raises, so one bad file never stops the import.
    results = [read_input(item, max_bytes=setup["max_bytes"]) for item in items]
    try:
        return len(results), pickle.dumps(results, protocol=pickle.HIGHEST_PROTOCOL)
    except Exception:  # noqa: BLE001 - a result that cannot travel back refuses its input only
        return len(results), pickle.dumps(
            [_picklable(item, result) for item, result in zip(items, results, strict=True)],
            protocol=pickle.HIGHEST_PROTOCOL,
        )


def _picklable(item: Input, result: list) -> list:
    try:
        pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL)
    except Exception as e:  # noqa: BLE001
        return [(item.label, Refused(f"could not be read ({type(e).__name__})"))]
    return result


if __name__ == "__main__":
    serve(read_inputs)
