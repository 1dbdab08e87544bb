"""How many pages the cleaner loses come back with one of its other candidates (reader.body_candidates:
`n` in the original page view, `reader body ID --candidates`), and how long finding them takes.

    python benchmarks/candidates.py [--bench-dir PATH] [--ml-dir PATH] [--synthetic | --only-synthetic]
                                    [--no-timing] [--json]
    python benchmarks/candidates.py --held-out      # the lead's one look at the held-out half

For each page a cleaner loses, its candidates are worked out as the page view does (the cleaner's text
given, as for an article not fixed by hand) and each other candidate is scored against the page's
reference. A candidate RECOVERS the page when the page is no longer lost with its text and its F1 is
at least the cleaner's: on the multilingual set, at least one "with" passage found (passage F1 as
benchmarks/cleaning.py counts it); on the 181-page set, recall at least LOST_RECALL (shingle F1).
Candidate 2 is one key away (P then n), candidate 3 two keys, candidate 4 three.

Sets: the multilingual set's TUNE half (w3m dumps and HTML; the held-out half only with --held-out,
which nobody tuning runs), the 181-page set (HTML, inscriptis and flat dumps), and with --synthetic
the "article lost" pages benchmarks/confidence.py makes from the multilingual tune half's dumps
(the `lead`, `entry` and `shred` variants; `cut` takes the article out of the page, so no candidate
can bring it back). Then the time to find the candidates on the largest pages of the tune half and
of the 181 set (median and worst).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

from cleaning import (  # noqa: E402
    DEFAULT_BENCH,
    DEFAULT_ML,
    LOST_RECALL,
    _load,
    _load_ml,
    _prf,
    _table,
    page_counts,
    split_ids,
)

from reader.body_candidates import body_candidates  # noqa: E402
from reader.clean import clean  # noqa: E402
from reader.clean.score import doc_precision_recall  # noqa: E402

KEYS = (2, 3, 4)  # candidate numbers shown: 1, 2 and 3 presses of n
LARGEST = 10  # pages timed from each set


def _ml_judge(item: dict) -> Callable[[str], tuple[bool, float]]:
    """text -> (lost, F1) against a multilingual page's passages."""

    def judge(text: str) -> tuple[bool, float]:
        tp, fp, fn = page_counts(text, item)
        return tp == 0 and fn > 0, _prf(tp, fp, fn)[2]

    return judge


def _181_judge(expected: str) -> Callable[[str], tuple[bool, float]]:
    def judge(text: str) -> tuple[bool, float]:
        p, r = doc_precision_recall(text, expected)
        p, r = p or 0.0, r or 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        return r < LOST_RECALL, f1

    return judge


def recovery(
    raw: str, fmt: str, judge: Callable[[str], tuple[bool, float]], cleaned: str | None = None
) -> dict | None:
    """None for a page the cleaner keeps; else the candidate number that recovers it first (or None),
    how many candidates there were and the seconds they took. `cleaned`: the cleaner's text, if known."""
    cleaned = clean(raw, fmt).text if cleaned is None else cleaned
    lost, f1 = judge(cleaned)
    if not lost:
        return None
    t0 = time.perf_counter()
    found = body_candidates(raw, fmt, cleaned)
    took = time.perf_counter() - t0
    first = None
    for c in found[1:]:
        c_lost, c_f1 = judge(c.text)
        if not c_lost and c_f1 >= f1:
            first = c.number
            break
    return {"by": first, "candidates": len(found), "seconds": round(took, 3)}


def tally(name: str, pages: int, results: list[dict]) -> dict:
    row = {"set": name, "pages": pages, "lost": len(results)}
    for k in KEYS:
        row[f"by {k}"] = sum(1 for r in results if r["by"] == k)
    row["recovered"] = sum(1 for r in results if r["by"] is not None)
    row["no other candidate"] = sum(1 for r in results if r["candidates"] < 2)
    return row


def run_ml(ml: Path, half: str) -> list[dict]:
    evaldata, html, dumps = _load_ml(ml)
    splits = split_ids(list(evaldata))
    rows = []
    for kind, fmt, docs in (("dumps-w3m", "text", dumps), ("html", "html", html)):
        chosen = {k: v for k, v in docs.items() if splits[k] == half}
        results = []
        for page_id, raw in sorted(chosen.items()):
            r = recovery(raw, fmt, _ml_judge(evaldata[page_id]))
            if r is not None:
                results.append({"id": page_id, **r})
        rows.append({**tally(f"multilingual {kind}, {half}", len(chosen), results), "pages_lost": results})
    return rows


def run_181(bench: Path) -> list[dict]:
    truth, inputs = _load(bench)
    rows = []
    for kind, fmt in (("html", "html"), ("dumps/inscriptis", "text"), ("dumps/flat", "text")):
        results = []
        for page_id, raw in sorted(inputs[kind].items()):
            r = recovery(raw, fmt, _181_judge(truth.get(page_id, "")))
            if r is not None:
                results.append({"id": page_id, **r})
        rows.append({**tally(f"181 {kind}", len(inputs[kind]), results), "pages_lost": results})
    return rows


SYNTHETIC = ("lead", "entry", "shred")  # (`cut` takes the article out of the page: nothing to recover)


def run_synthetic(ml: Path, bench: Path) -> list[dict]:
    """The "article lost" pages benchmarks/confidence.py makes from the multilingual tune half's dumps
    and the 181 set's dumps, kept as it keeps them (lost, and not mostly the article's own text)."""
    from confidence import _remnant, variants

    rows = []
    evaldata, _html, dumps = _load_ml(ml)
    splits = split_ids(list(evaldata))
    ml_pages = []
    for page_id, raw in sorted(dumps.items()):
        if splits[page_id] != "tune":  # the held-out half is never looked at here
            continue
        item = evaldata[page_id]
        text = clean(raw, "text").text
        tp, _fp, fn = page_counts(text, item)
        reference = "\n".join(item.get("with") or []) + ("" if tp == 0 and fn > 0 else "\n" + text)
        ml_pages.append((page_id, raw, reference, _ml_judge(item)))
    truth, inputs = _load(bench)
    b_pages = [
        (page_id, raw, truth.get(page_id, ""), _181_judge(truth.get(page_id, "")))
        for kind in ("dumps/inscriptis", "dumps/flat")
        for page_id, raw in sorted(inputs[kind].items())
    ]
    for name, pages in (("ml tune dumps", ml_pages), ("181 dumps", b_pages)):
        per: dict[str, list[dict]] = {v: [] for v in SYNTHETIC}
        for page_id, raw, reference, judge in pages:
            for variant, page in variants(page_id, raw, reference).items():
                if variant not in per:
                    continue
                lost_text = clean(page, "text").text
                if _remnant(lost_text, reference):
                    continue  # (confidence.py leaves these out too: the cleaner kept part of the article)
                r = recovery(page, "text", judge, lost_text)
                if r is not None:
                    per[variant].append({"id": page_id, **r})
        rows += [
            {**tally(f"synthetic {variant}, {name}", len(found), found), "pages_lost": found}
            for variant, found in per.items()
        ]
    return rows


def timings(ml: Path, bench: Path, half: str) -> list[dict]:
    """Seconds to find the candidates (cleaned text given) on the largest pages of each set."""
    evaldata, html, dumps = _load_ml(ml)
    splits = split_ids(list(evaldata))
    truth, inputs = _load(bench)
    sets = [
        (f"multilingual dumps-w3m, {half}", "text", {k: v for k, v in dumps.items() if splits[k] == half}),
        (f"multilingual html, {half}", "html", {k: v for k, v in html.items() if splits[k] == half}),
        ("181 dumps/flat", "text", inputs["dumps/flat"]),
        ("181 html", "html", inputs["html"]),
    ]
    rows = []
    for name, fmt, docs in sets:
        largest = sorted(docs, key=lambda k: -len(docs[k]))[:LARGEST]
        seconds = []
        for page_id in largest:
            raw = docs[page_id]
            cleaned = clean(raw, fmt).text
            t0 = time.perf_counter()
            body_candidates(raw, fmt, cleaned)
            seconds.append(time.perf_counter() - t0)
        rows.append(
            {
                "set": name,
                "pages": len(largest),
                "characters": f"{min(len(docs[k]) for k in largest)}-{max(len(docs[k]) for k in largest)}",
                "median s": round(statistics.median(seconds), 2),
                "worst s": round(max(seconds), 2),
            }
        )
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--bench-dir", type=Path, default=DEFAULT_BENCH)
    parser.add_argument("--ml-dir", type=Path, default=DEFAULT_ML)
    parser.add_argument(
        "--held-out",
        action="store_true",
        help="the multilingual HELD-OUT half instead of the tune half (the lead's one look; never tune on it)",
    )
    parser.add_argument("--synthetic", action="store_true", help="also the synthetic lost pages (slow)")
    parser.add_argument("--only-synthetic", action="store_true", help="the synthetic lost pages only")
    parser.add_argument("--no-timing", action="store_true", help="leave out the time on the largest pages")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    for path in (args.bench_dir / "ground-truth.json", args.ml_dir / "evaldata.json"):
        if not path.exists():
            print(f"benchmark not found: {path.parent}", file=sys.stderr)
            return 2
    half = "held-out" if args.held_out else "tune"
    rows = [] if args.only_synthetic else run_ml(args.ml_dir, half)
    if not args.held_out:  # (the 181 set and the synthetic pages were figured with the tune half)
        rows += [] if args.only_synthetic else run_181(args.bench_dir)
        if args.synthetic or args.only_synthetic:
            rows += run_synthetic(args.ml_dir, args.bench_dir)
    times = [] if args.no_timing else timings(args.ml_dir, args.bench_dir, half)
    if args.json:
        print(json.dumps({"recovery": rows, "timing": times}, indent=1))
        return 0
    print(
        "Lost pages recovered by the cleaner's other candidates (recovered: no longer lost, F1 >= the cleaner's)"
    )
    head = ["set", "pages", "lost", "by 2 (one n)", "by 3 (two n)", "by 4 (three n)", "recovered", "no other"]
    body = [
        [
            r["set"],
            str(r["pages"]),
            str(r["lost"]),
            str(r["by 2"]),
            str(r["by 3"]),
            str(r["by 4"]),
            f"{r['recovered']}/{r['lost']}",
            str(r["no other candidate"]),
        ]
        for r in rows
    ]
    print(_table(head, body))
    if not args.held_out:
        print()
        for r in rows:
            if r["set"].startswith("synthetic"):
                continue  # (many: --json lists them)
            for p in r["pages_lost"]:
                by = f"recovered by candidate {p['by']}" if p["by"] else "not recovered"
                print(f"{r['set']} {p['id']}: {by}, {p['candidates']} candidate(s), {p['seconds']} s")
    if times:
        print()
        print(f"Time to find the candidates (cleaned text given) on the {LARGEST} largest pages of each set")
        head = ["set", "pages", "characters", "median s", "worst s"]
        print(_table(head, [[str(t[h]) for h in head] for t in times]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
