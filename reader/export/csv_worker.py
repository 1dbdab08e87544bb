"""The worker process of a large CSV export (python -m reader.export.csv_worker; see reader.workers):
setup {"path": database, "kwargs": export filters}; each request [first, last] is answered with the
CSV rows of the articles with ids first..last, encoded."""

from __future__ import annotations

import csv
import io

from reader.export.csv_format import collector_paused, table
from reader.store.store import Store
from reader.workers import serve

_stores: dict[str, Store] = {}


def write_part(setup: dict, request: list[int]) -> tuple[int, bytes]:
    path = setup["path"]
    store = _stores.get(path)
    if store is None:
        store = _stores[path] = Store(path, migrate=False)
    # The whole part is kept (encoded batch by batch: a str of the part would take up to 4 bytes a
    # character) so this worker goes on to its next part while the caller reads another's.
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    chunks: list[bytes] = []
    count = 0
    with collector_paused():
        for rows in table(store, setup["kwargs"], (request[0], request[1])):
            writer.writerows(rows)
            chunks.append(buffer.getvalue().encode("utf-8"))
            buffer.seek(0)
            buffer.truncate()
            count += len(rows)
    return count, b"".join(chunks)


if __name__ == "__main__":
    serve(write_part)
