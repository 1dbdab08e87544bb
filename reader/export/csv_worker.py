"""A CSV export worker process (see csv_format._write_parts): run as python -m reader.export.csv_worker.

stdin: one JSON line {"path": database, "kwargs": export filters}, then one "first last" line per range
of article ids. stdout, per range in the order given: "rows bytes\\n" and that many bytes of UTF-8
CSV, or "ERR message\\n"."""

from __future__ import annotations

import csv
import io
import json
import sys

from reader.errors import ReaderError
from reader.export.csv_format import collector_paused, table
from reader.store.store import Store


def main() -> None:
    out = sys.stdout.buffer
    setup = json.loads(sys.stdin.readline())
    store = Store(setup["path"], migrate=False)
    for line in sys.stdin:
        first, last = (int(v) for v in line.split())
        # The whole part is kept (encoded batch by batch: a str of the part would take up to 4 bytes a
        # character) so this worker goes on to its next part while the caller reads another's.
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\r\n")
        chunks: list[bytes] = []
        count = 0
        try:
            with collector_paused():
                for rows in table(store, setup["kwargs"], (first, last)):
                    writer.writerows(rows)
                    chunks.append(buffer.getvalue().encode("utf-8"))
                    buffer.seek(0)
                    buffer.truncate()
                    count += len(rows)
        except ReaderError as e:
            out.write(b"ERR " + str(e).replace("\n", " ").encode("utf-8") + b"\n")
            out.flush()
            return
        out.write(b"%d %d\n" % (count, sum(len(c) for c in chunks)))
        out.writelines(chunks)
        out.flush()


if __name__ == "__main__":
    main()
