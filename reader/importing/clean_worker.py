"""The worker process of a large import (python -m reader.importing.clean_worker; see reader.workers):
setup {"max_bytes": N}; each request is a list of [kind, name, source, reason] inputs (files, or
missing ones), answered with the pickled list of read_input results, one list per input. Reading and
cleaning run here; the caller stores the articles in order."""

from __future__ import annotations

import pickle

from reader.importing.pipeline import Input, read_input
from reader.workers import serve


def read_inputs(setup: dict, request: list[list]) -> tuple[int, bytes]:
    results = [read_input(Input(*item), max_bytes=setup["max_bytes"]) for item in request]
    return len(results), pickle.dumps(results, protocol=pickle.HIGHEST_PROTOCOL)


if __name__ == "__main__":
    serve(read_inputs)
