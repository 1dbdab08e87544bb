"""The original page (P in the reading view) round trip, on the multilingual pages (issue 11).

For each page: clean it as import does, mark where its text stands in the page as the page view does
(reader.body_marks.initial_marks), turn the marks into a BodySpec (spec_from_marks) and choose the
body from the page (reader.body.choose_body): what a journalist gets by pressing P then Enter. Printed:
pages whose chosen body is the cleaned text exactly, the share of cleaned paragraphs found again, the
pages where the phrases could not be made (a long block the page repeats), and the time a page.

Pages p000-p040 were looked at while writing the paragraph rules (tune); the rest is held out.

    python benchmarks/page_marks.py [--pages DIR]
"""

from __future__ import annotations

import argparse
import gzip
import statistics
import time
from pathlib import Path

from reader.body import choose_body, page_text, paragraphs
from reader.body_marks import initial_marks, spec_from_marks
from reader.clean import clean
from reader.errors import InvalidInput
from reader.importing.read import Refused, decode

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "benchmarks" / "multilingual-pages"
TUNE = 41  # p000-p040


def run(folder: Path, fmt: str, names: list[Path]) -> dict:
    same = failed = 0
    shares, times = [], []
    for path in names:
        try:
            raw = decode(gzip.decompress(path.read_bytes()))
        except Refused:
            continue
        cleaned = clean(raw, fmt).text
        if not cleaned.strip():
            continue
        t0 = time.perf_counter()
        page = page_text(raw, fmt)
        paras = paragraphs(page)
        try:
            if not paras:
                raise InvalidInput("no paragraphs")
            body = choose_body(
                page, spec_from_marks(page, paras, initial_marks(page, paras, cleaned, None))
            ).text
        except InvalidInput:
            failed += 1
            continue
        times.append(time.perf_counter() - t0)
        wanted = cleaned.split("\n\n")
        got = set(body.split("\n\n"))
        shares.append(sum(p in got for p in wanted) / len(wanted))
        same += body == cleaned
    n = len(shares) + failed
    return {
        "pages": n,
        "identical": same,
        "share": statistics.mean(shares) if shares else 0.0,
        "failed": failed,
        "ms": 1000 * statistics.median(times) if times else 0.0,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=Path, default=DEFAULT)
    args = parser.parse_args()
    print(f"{'set':22} {'pages':>5} {'identical':>9} {'paragraphs back':>15} {'no phrase':>9} {'ms/page':>7}")
    for kind, fmt in (("dumps-w3m", "text"), ("html", "html")):
        files = sorted((args.pages / kind).iterdir())
        for part, names in (("tune", files[:TUNE]), ("held-out", files[TUNE:])):
            r = run(args.pages, fmt, names)
            print(
                f"{kind + ' ' + part:22} {r['pages']:5} {r['identical']:9} {r['share']:15.3f} {r['failed']:9} {r['ms']:7.1f}"
            )


if __name__ == "__main__":
    main()
