"""Article-extraction benchmarks for the reader's cleaner.

    python benchmarks/cleaning.py [--bench-dir PATH] [--ml-dir PATH] [--only 181|ml] [--no-baselines]
                                  [--pages tune] [--tune-only] [--json]

1. The 181-page set (article-extraction): clean_html over html/ and clean_dump over
   dumps/inscriptis/ and dumps/flat/, with baselines in the same run (each only if its package is
   importable): trafilatura.extract on the HTML, jusText (each line as a paragraph, English stoplist)
   on the dumps, and the dump kept as-is. Columns: input, method, precision, recall, F1, docs/s. The
   metric is the benchmark's shingle matching (reader/clean/score.py).

2. The 482-page multilingual set (multilingual-pages): clean_dump over the w3m dumps, clean_html and
   trafilatura.extract over the same HTML (every file decoded as `reader import` decodes it). Scored as trafilatura's own evaluation does: a "with"
   passage found in the whitespace-normalised text is a true positive, one missing a false
   negative, a "without" passage found a false positive; P, R and F1 over the summed counts, and the
   pages "lost" (no "with" passage found). Pages are split once into a tune half and a held-out half
   by the order of the SHA-256 of their id (deterministic, 241/241); figures for tune, held-out and
   all. Rules are tuned on the tune half only (`--pages tune` lists its pages; `--tune-only` leaves
   the held-out half out of the run, for whoever tunes).

3. Confidence (reader.clean.confidence): of the pages a cleaner loses (multilingual: no "with"
   passage found; 181 set: recall under LOST_RECALL), the share flagged low (confidence under
   LOW_CONFIDENCE; goal >= 90%), and of the other pages, the share flagged (goal <= 10%); then the
   reasons given to the flagged pages, lost and good apart (tune half and 181 set only).
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from reader.clean import LOW_CONFIDENCE, clean  # noqa: E402
from reader.clean.score import doc_precision_recall, evaluate  # noqa: E402
from reader.importing.read import decode  # noqa: E402

DEFAULT_BENCH = REPO.parent / "shared" / "benchmarks" / "article-extraction"
DEFAULT_ML = REPO.parent / "shared" / "benchmarks" / "multilingual-pages"
LOST_RECALL = 0.1  # 181 set: a page whose recall is under this was lost
SPLITS = ("tune", "held-out", "all")


def _load(bench: Path) -> tuple[dict[str, str], dict[str, dict[str, str]]]:
    truth = {
        k: v["articleBody"] for k, v in json.loads((bench / "ground-truth.json").read_text("utf-8")).items()
    }
    inputs: dict[str, dict[str, str]] = {"html": {}, "dumps/inscriptis": {}, "dumps/flat": {}}
    for path in sorted((bench / "html").glob("*.html.gz")):
        inputs["html"][path.name.removesuffix(".html.gz")] = gzip.decompress(path.read_bytes()).decode(
            "utf-8", "replace"
        )
    for kind in ("dumps/inscriptis", "dumps/flat"):
        for path in sorted((bench / kind).glob("*.txt")):
            inputs[kind][path.stem] = path.read_text("utf-8", "replace")
    return truth, inputs


def _run(
    name: str, kind: str, docs: dict[str, str], truth: dict[str, str], fn: Callable[[str], str | tuple]
) -> dict:
    """fn returns the text, or (text, flagged low, reason) for a cleaner that says how sure it is."""
    pairs = []
    flagged: list[bool | None] = []
    reasons: list[str | None] = []
    start = time.perf_counter()
    for doc_id, raw in docs.items():
        out = fn(raw)
        text, flag, reason = out if isinstance(out, tuple) else (out, None, None)
        pairs.append((text or "", truth.get(doc_id, "")))
        flagged.append(flag)
        reasons.append(reason)
    elapsed = time.perf_counter() - start
    ev = evaluate(pairs)
    row = {
        "input": kind,
        "method": name,
        "precision": round(ev["precision"], 3),
        "recall": round(ev["recall"], 3),
        "f1": round(ev["f1"], 3),
        "docs": ev["docs"],
        "docs_per_s": round(len(pairs) / elapsed, 1) if elapsed > 0 else None,
    }
    if flagged and flagged[0] is not None:
        lost = []
        for pred, exp in pairs:
            recall = doc_precision_recall(pred, exp)[1]
            lost.append(recall is not None and recall < LOST_RECALL)
        row["confidence"] = _flag_rates(lost, [bool(f) for f in flagged])
        row["confidence"]["reasons"] = reason_tally(lost, [bool(f) for f in flagged], reasons)
    return row


def _flag_rates(lost: list[bool], flagged: list[bool]) -> dict:
    n_lost = sum(lost)
    n_good = len(lost) - n_lost
    lost_flagged = sum(1 for x, f in zip(lost, flagged, strict=True) if x and f)
    good_flagged = sum(1 for x, f in zip(lost, flagged, strict=True) if not x and f)
    return {
        "lost": n_lost,
        "lost_flagged": lost_flagged,
        "good": n_good,
        "good_flagged": good_flagged,
    }


_NUMBER = re.compile(r"\d+")


def reason_tally(lost: list[bool], flagged: list[bool], reasons: list[str | None]) -> dict[str, list[int]]:
    """Reason (numbers as N) -> [lost pages flagged with it, good pages flagged with it]."""
    tally: dict[str, list[int]] = {}
    for is_lost, flag, reason in zip(lost, flagged, reasons, strict=True):
        if flag:
            counts = tally.setdefault(_NUMBER.sub("N", reason or "(no reason)"), [0, 0])
            counts[0 if is_lost else 1] += 1
    return dict(sorted(tally.items(), key=lambda kv: (-kv[1][0], -kv[1][1], kv[0])))


def _reader(fmt: str) -> Callable[[str], tuple[str, bool, str | None]]:
    def fn(raw: str) -> tuple[str, bool, str | None]:
        r = clean(raw, fmt)
        return r.text, r.confidence is not None and r.confidence < LOW_CONFIDENCE, r.reason

    return fn


def _justext_lines(text: str) -> str:
    import justext

    stop = justext.get_stoplist("English")
    html = (
        "<html><body>"
        + "".join(
            "<p>" + line.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") + "</p>"
            for line in text.split("\n")
            if line.strip()
        )
        + "</body></html>"
    )
    if html == "<html><body></body></html>":
        return ""
    paragraphs = justext.justext(html.encode("utf-8"), stop, encoding="utf-8")
    return "\n".join(p.text for p in paragraphs if not p.is_boilerplate)


def _importable(name: str) -> bool:
    try:
        __import__(name)
    except Exception:
        return False
    return True


def run(bench: Path, baselines: bool = True) -> list[dict]:
    truth, inputs = _load(bench)
    rows = []
    rows.append(_run("reader clean_html", "html", inputs["html"], truth, _reader("html")))
    if baselines and _importable("trafilatura"):
        import trafilatura

        rows.append(
            _run("trafilatura.extract", "html", inputs["html"], truth, lambda raw: trafilatura.extract(raw))
        )
    for kind in ("dumps/inscriptis", "dumps/flat"):
        rows.append(_run("reader clean_dump", kind, inputs[kind], truth, _reader("text")))
        if baselines and _importable("justext"):
            rows.append(_run("jusText, each line as a paragraph", kind, inputs[kind], truth, _justext_lines))
        if baselines:
            rows.append(_run("kept as-is", kind, inputs[kind], truth, lambda raw: raw))
    return rows


def format_table(rows: list[dict]) -> str:
    head = ["input", "method", "precision", "recall", "F1", "docs/s"]
    body = [
        [
            r["input"],
            r["method"],
            f"{r['precision']:.3f}",
            f"{r['recall']:.3f}",
            f"{r['f1']:.3f}",
            f"{r['docs_per_s']:.0f}",
        ]
        for r in rows
    ]
    widths = [max(len(x) for x in col) for col in zip(head, *body, strict=False)]
    lines = ["| " + " | ".join(h.ljust(w) for h, w in zip(head, widths, strict=True)) + " |"]
    lines.append("| " + " | ".join("-" * w for w in widths) + " |")
    lines += ["| " + " | ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) + " |" for r in body]
    return "\n".join(lines)


# ---------------------------------------------------------------- the multilingual set


def split_ids(ids: list[str]) -> dict[str, str]:
    """Page id -> "tune" or "held-out": the ids ordered by the SHA-256 of the id, first half tune.
    Deterministic and independent of the pages' content or order on disk."""
    ordered = sorted(ids, key=lambda k: hashlib.sha256(k.encode("utf-8")).hexdigest())
    half = (len(ordered) + 1) // 2
    return {k: ("tune" if n < half else "held-out") for n, k in enumerate(ordered)}


def _load_ml(ml: Path) -> tuple[dict[str, dict], dict[str, str], dict[str, str]]:
    evaldata = json.loads((ml / "evaldata.json").read_text("utf-8"))
    html: dict[str, str] = {}
    dumps: dict[str, str] = {}
    for page_id in sorted(evaldata):
        h = ml / "html" / f"{page_id}.html.gz"
        d = ml / "dumps-w3m" / f"{page_id}.txt.gz"
        if h.exists():
            html[page_id] = _decode(gzip.decompress(h.read_bytes()))
        if d.exists():
            dumps[page_id] = _decode(gzip.decompress(d.read_bytes()))
    return evaldata, html, dumps


def _decode(data: bytes) -> str:
    """Bytes -> text as `reader import` reads a file (BOMs, UTF-8, legacy 8-bit encodings), so that
    every method here, trafilatura included, gets the same text."""
    try:
        return decode(data)
    except Exception:
        return data.decode("utf-8", "replace")


_WS = re.compile(r"\s+")


def _norm(s: str) -> str:
    return _WS.sub(" ", s).strip()


def page_counts(text: str, item: dict) -> tuple[int, int, int]:
    """(tp, fp, fn) of one page as trafilatura's evaluation counts them."""
    text = _norm(text or "")
    tp = fn = fp = 0
    for passage in item.get("with") or []:
        if passage and _norm(passage) in text:
            tp += 1
        elif passage:
            fn += 1
    for passage in item.get("without") or []:
        if passage and _norm(passage) in text:
            fp += 1
    return tp, fp, fn


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def run_ml(ml: Path, baselines: bool = True, tune_only: bool = False) -> tuple[list[dict], dict[str, dict]]:
    """Rows per (input, method, split), and per page the figures of each reader method.

    tune_only: clean and score the tune half only (whoever tunes rules never sees held-out figures).
    """
    evaldata, html, dumps = _load_ml(ml)
    splits = split_ids(list(evaldata))
    if tune_only:
        keep = {k for k, v in splits.items() if v == "tune"}
        html = {k: v for k, v in html.items() if k in keep}
        dumps = {k: v for k, v in dumps.items() if k in keep}
    methods: list[tuple[str, str, dict[str, str], Callable]] = [
        ("dumps-w3m", "reader clean_dump", dumps, _reader("text")),
        ("html", "reader clean_html", html, _reader("html")),
    ]
    if baselines and _importable("trafilatura"):
        import trafilatura

        def _traf(raw: str) -> str:
            return trafilatura.extract(
                raw, fast=False, include_comments=False, include_tables=True, include_formatting=False
            )

        methods.append(("html", "trafilatura.extract", html, _traf))
    rows: list[dict] = []
    pages: dict[str, dict] = {}
    for kind, name, docs, fn in methods:
        per: dict[str, tuple[int, int, int, bool | None, str | None]] = {}
        start = time.perf_counter()
        for page_id, raw in docs.items():
            out = fn(raw)
            text, flag, reason = out if isinstance(out, tuple) else (out, None, None)
            per[page_id] = (*page_counts(text or "", evaldata[page_id]), flag, reason)
        elapsed = time.perf_counter() - start
        if name.startswith("reader"):
            for page_id, (tp, fp, fn_, flag, _reason) in per.items():
                pages.setdefault(page_id, {"split": splits[page_id]})[kind] = {
                    "tp": tp,
                    "fp": fp,
                    "fn": fn_,
                    "low": flag,
                }
        for split in ("tune",) if tune_only else SPLITS:
            chosen = [v for k, v in per.items() if split == "all" or splits[k] == split]
            tp = sum(v[0] for v in chosen)
            fp = sum(v[1] for v in chosen)
            fn_ = sum(v[2] for v in chosen)
            p, r, f1 = _prf(tp, fp, fn_)
            lost = [v[0] == 0 and v[2] > 0 for v in chosen]
            row = {
                "input": f"multilingual {kind}",
                "method": name,
                "split": split,
                "pages": len(chosen),
                "precision": round(p, 3),
                "recall": round(r, 3),
                "f1": round(f1, 3),
                "lost": sum(lost),
                "lost_pct": round(100 * sum(lost) / len(chosen), 1) if chosen else 0.0,
                "docs_per_s": round(len(per) / elapsed, 1) if elapsed > 0 else None,
            }
            if chosen and chosen[0][3] is not None:
                row["confidence"] = _flag_rates(lost, [bool(v[3]) for v in chosen])
                if split == "tune":  # (the held-out pages' reasons are not shown: nothing is tuned on them)
                    row["confidence"]["reasons"] = reason_tally(
                        lost, [bool(v[3]) for v in chosen], [v[4] for v in chosen]
                    )
            rows.append(row)
    return rows, pages


def format_ml_table(rows: list[dict]) -> str:
    head = ["input", "method", "split", "pages", "precision", "recall", "F1", "lost", "docs/s"]
    body = [
        [
            r["input"],
            r["method"],
            r["split"],
            str(r["pages"]),
            f"{r['precision']:.3f}",
            f"{r['recall']:.3f}",
            f"{r['f1']:.3f}",
            f"{r['lost']} ({r['lost_pct']:.1f}%)",
            f"{r['docs_per_s']:.0f}",
        ]
        for r in rows
    ]
    return _table(head, body)


def format_confidence_table(rows: list[dict]) -> str:
    head = [
        "input",
        "method",
        "split",
        "lost pages flagged low (goal >= 90%)",
        "good pages flagged low (goal <= 10%)",
    ]
    body = []
    for r in rows:
        c = r.get("confidence")
        if not c:
            continue
        body.append(
            [
                r["input"],
                r["method"],
                r.get("split", "all"),
                f"{c['lost_flagged']}/{c['lost']} ({_pct(c['lost_flagged'], c['lost'])})",
                f"{c['good_flagged']}/{c['good']} ({_pct(c['good_flagged'], c['good'])})",
            ]
        )
    return _table(head, body)


def format_reasons_table(rows: list[dict]) -> str:
    head = ["input", "split", "reason", "lost", "good"]
    body = [
        [r["input"], r.get("split", "all"), reason, str(counts[0]), str(counts[1])]
        for r in rows
        for reason, counts in r.get("confidence", {}).get("reasons", {}).items()
    ]
    return _table(head, body)


def _pct(a: int, b: int) -> str:
    return f"{100 * a / b:.1f}%" if b else "n/a"


def _table(head: list[str], body: list[list[str]]) -> str:
    widths = [max(len(x) for x in col) for col in zip(head, *body, strict=False)]
    lines = ["| " + " | ".join(h.ljust(w) for h, w in zip(head, widths, strict=True)) + " |"]
    lines.append("| " + " | ".join("-" * w for w in widths) + " |")
    lines += ["| " + " | ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) + " |" for r in body]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--bench-dir", type=Path, default=DEFAULT_BENCH)
    parser.add_argument("--ml-dir", type=Path, default=DEFAULT_ML)
    parser.add_argument("--only", choices=("181", "ml"), help="run one of the two sets")
    parser.add_argument("--no-baselines", action="store_true", help="skip trafilatura, jusText, as-is")
    parser.add_argument(
        "--pages", choices=("tune",), help="also list the multilingual tune pages each reader cleaner loses"
    )
    parser.add_argument(
        "--tune-only", action="store_true", help="multilingual set: clean and score the tune half only"
    )
    parser.add_argument("--json", action="store_true", help="print the figures as JSON instead of a table")
    args = parser.parse_args(argv)
    baselines = not args.no_baselines
    out: dict = {}
    if args.only != "ml":
        if not (args.bench_dir / "ground-truth.json").exists():
            print(f"benchmark not found: {args.bench_dir}", file=sys.stderr)
            return 2
        out["181"] = run(args.bench_dir, baselines)
    if args.only != "181":
        if not (args.ml_dir / "evaldata.json").exists():
            print(f"benchmark not found: {args.ml_dir}", file=sys.stderr)
            return 2
        out["multilingual"], pages = run_ml(args.ml_dir, baselines, args.tune_only)
    if args.json:
        print(json.dumps(out, indent=1))
        return 0
    if "181" in out:
        print("181-page article-extraction set (shingle F1)")
        print(format_table(out["181"]))
        print()
    if "multilingual" in out:
        print(f"482-page multilingual set (passage match; LOW_CONFIDENCE = {LOW_CONFIDENCE})")
        print(format_ml_table(out["multilingual"]))
        print()
    conf_rows = [r for r in out.get("multilingual", []) if r.get("confidence")]
    conf_rows += [dict(r, split="all") for r in out.get("181", []) if r.get("confidence")]
    if conf_rows:
        print(
            f"Confidence: pages flagged low (confidence < {LOW_CONFIDENCE}); lost = no passage found "
            f"(multilingual) or recall < {LOST_RECALL} (181 set)"
        )
        print(format_confidence_table(conf_rows))
        print()
        print("Reasons given to the pages flagged low, lost/good (tune half and 181 set only)")
        print(format_reasons_table(conf_rows))
    if args.pages == "tune" and "multilingual" in out:
        print()
        for page_id, p in sorted(pages.items()):
            if p["split"] != "tune":
                continue
            for kind in ("dumps-w3m", "html"):
                v = p.get(kind)
                if v and (v["tp"] == 0 or v["fp"] > 0 or v["fn"] > 0):
                    print(f"{page_id} {kind}: tp {v['tp']} fp {v['fp']} fn {v['fn']} low {v['low']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
