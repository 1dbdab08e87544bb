"""The pages behind the confidence figures: each lost page and each flagged good page, with its reason.

    python benchmarks/flagged_pages.py [--only 181|ml] [--json OUT] [--compare OLD.json]

Cleans the 181-page set (HTML and both dump forms) and the multilingual set's tune half only (dumps and
HTML; the held-out half is never loaded past its ids) as benchmarks/cleaning.py does, and lists per
input the lost pages (flagged or not) and the good pages flagged low, with confidence, words kept and
reason, then counts them by reason. `--json` writes every page's figures; `--compare` lists the pages
whose flag or loss changed against an earlier `--json` file.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from cleaning import (  # noqa: E402
    DEFAULT_BENCH,
    DEFAULT_ML,
    LOST_RECALL,
    _load,
    _load_ml,
    page_counts,
    reason_tally,
    split_ids,
)

from reader.clean import LOW_CONFIDENCE, clean  # noqa: E402
from reader.clean.score import doc_precision_recall  # noqa: E402


def _page(raw: str, fmt: str) -> tuple[str, float, str | None]:
    r = clean(raw, fmt)
    return r.text or "", r.confidence if r.confidence is not None else 1.0, r.reason


def run(bench: Path, ml: Path, only: str | None) -> dict[str, dict[str, dict]]:
    """input -> page id -> {lost, low, confidence, words, reason, score}."""
    out: dict[str, dict[str, dict]] = {}
    if only != "ml":
        truth, inputs = _load(bench)
        for kind, fmt in (("html", "html"), ("dumps/inscriptis", "text"), ("dumps/flat", "text")):
            rows = out.setdefault(f"181 {kind}", {})
            for page_id, raw in inputs[kind].items():
                text, conf, reason = _page(raw, fmt)
                recall = doc_precision_recall(text, truth.get(page_id, ""))[1]
                rows[page_id] = _row(recall is not None and recall < LOST_RECALL, conf, text, reason, recall)
    if only != "181":
        evaldata, html, dumps = _load_ml(ml)
        tune = {k for k, v in split_ids(list(evaldata)).items() if v == "tune"}
        for kind, fmt, docs in (("dumps-w3m", "text", dumps), ("html", "html", html)):
            rows = out.setdefault(f"ml tune {kind}", {})
            for page_id in sorted(tune & set(docs)):
                text, conf, reason = _page(docs[page_id], fmt)
                tp, fp, fn = page_counts(text, evaldata[page_id])
                rows[page_id] = _row(tp == 0 and fn > 0, conf, text, reason, (tp, fp, fn))
    return out


def _row(lost: bool, conf: float, text: str, reason: str | None, score: object) -> dict:
    return {
        "lost": lost,
        "low": conf < LOW_CONFIDENCE,
        "confidence": conf,
        "words": len(text.split()),
        "reason": reason,
        "score": score,
        "head": text[:80],
        "tail": text[-80:],
    }


def report(out: dict[str, dict[str, dict]]) -> str:
    lines = []
    for kind, rows in out.items():
        lost = [k for k, r in rows.items() if r["lost"]]
        good_low = [k for k, r in rows.items() if not r["lost"] and r["low"]]
        n_lost_low = sum(1 for k in lost if rows[k]["low"])
        lines.append(
            f"== {kind}: lost {len(lost)}, flagged {n_lost_low}; good {len(rows) - len(lost)}, "
            f"flagged {len(good_low)}"
        )
        for label, ids in (("lost", lost), ("good flagged", good_low)):
            for k in ids:
                r = rows[k]
                mark = "LOW" if r["low"] else "   "
                lines.append(
                    f"  {label:12} {mark} {k[:12]:12} conf {r['confidence']:.2f} words {r['words']:5} "
                    f"{r['reason'] or ''}"
                )
        tally = reason_tally(
            [r["lost"] for r in rows.values()],
            [r["low"] for r in rows.values()],
            [r["reason"] for r in rows.values()],
        )
        for reason, (a, b) in tally.items():
            lines.append(f"    lost {a:2} good {b:2}  {reason}")
    return "\n".join(lines)


def compare(old: dict[str, dict[str, dict]], new: dict[str, dict[str, dict]]) -> str:
    lines = []
    for kind, rows in new.items():
        before = old.get(kind, {})
        for k, r in rows.items():
            o = before.get(k)
            if o is None or (o["lost"], o["low"]) == (r["lost"], r["low"]):
                continue
            lines.append(
                f"{kind} {k[:12]}: lost {o['lost']} -> {r['lost']}, low {o['low']} -> {r['low']} "
                f"({o['confidence']:.2f} -> {r['confidence']:.2f}) {r['reason'] or o['reason'] or ''}"
            )
    return "\n".join(lines) or "no page changed its loss or its flag"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--bench-dir", type=Path, default=DEFAULT_BENCH)
    parser.add_argument("--ml-dir", type=Path, default=DEFAULT_ML)
    parser.add_argument("--only", choices=("181", "ml"))
    parser.add_argument("--json", type=Path, help="write every page's figures here")
    parser.add_argument("--compare", type=Path, help="an earlier --json file: list the pages that changed")
    args = parser.parse_args(argv)
    out = run(args.bench_dir, args.ml_dir, args.only)
    print(report(out))
    if args.json:
        args.json.write_text(json.dumps(out, indent=0), "utf-8")
    if args.compare:
        print()
        print(compare(json.loads(args.compare.read_text("utf-8")), out))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
