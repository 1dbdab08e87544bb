"""How well the cleaner's confidence mark finds the pages it loses, on real and on synthetic pages.

    python benchmarks/confidence.py [--bench-dir PATH] [--ml-dir PATH] [--features FILE] [--json]
                                    [--out-of-fold [--folds-cache FILE]]

Only six real dump pages of the multilingual tune half are lost: too few to tune the mark on. So this
script also makes "article lost" pages, deterministically (seeded by each page's id), from pages that
may be tuned on: the multilingual TUNE half's w3m dumps (never the held-out half) and the 181-page
set's dumps. The article is located with the page's own reference (the multilingual "with" passages
and the cleaner's body on the intact page when that body holds them; the 181 set's ground truth),
then the page is changed so that the article is gone or nearly gone:

- cut:   the article's lines are removed (the cleaner takes a consent wall, a teaser list, comments...);
- lead:  only the article's first paragraph is left (a paywall teaser, a cut-off story);
- entry: only one paragraph from the middle of the article is left (one entry of a live blog, a caption);
- shred: the whole article is left, but each paragraph is cut from the next by a few of the page's own
         short lines (a tabloid layout): the cleaner may take another block, the article competing with it.

A synthetic page counts only when the cleaner then loses it by the set's own measure (no "with"
passage found; recall under LOST_RECALL on the 181 set) and takes a text that is not mostly the
article's own (REMNANT): its label is "lost". The real pages keep
their measured labels. Printed: pages flagged low (confidence < LOW_CONFIDENCE) among the lost and
among the good pages of each group, and the reasons given. `--features FILE` writes every page's
confidence signals (reader.clean.confidence.signals, every measure) with its label, for
benchmarks/confidence_train.py. `--out-of-fold` cleans each page (and the pages made from it) with the
learned dump scorer trained without it (benchmarks/train_dump_model.py's 4 folds), so that the
scorer's measures are those of an unseen page: the model is fitted to these.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import sys
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
    _pct,
    _table,
    page_counts,
    reason_tally,
    split_ids,
)

from reader.clean import LOW_CONFIDENCE, clean  # noqa: E402
from reader.clean.score import doc_precision_recall, shingles  # noqa: E402

VARIANTS = ("cut", "lead", "entry", "shred")
SHRED_LABEL = 30  # characters: a line of the page this short is a label (a menu entry, a link)
SHRED_LINES = 4  # labels put between two paragraphs of the article
MIN_LINE = 25  # characters: a shorter line (a label, a date) says nothing about where the article is
SHINGLE_SHARE = 0.5  # a line with this share of its 4-word shingles in the reference is the article's

_WS = re.compile(r"\s+")


def _norm(s: str) -> str:
    return _WS.sub(" ", s).strip()


def article_lines(lines: list[str], reference: str) -> list[int]:
    """Indexes of the page's lines that belong to the article, as the reference text holds it."""
    ref = _norm(reference)
    ref_sh = shingles(ref)
    found = []
    for i, line in enumerate(lines):
        t = _norm(line)
        if len(t) < MIN_LINE:
            continue
        if t in ref:
            found.append(i)
            continue
        sh = shingles(t)
        n = sum(sh.values())
        if n >= 3 and sum((sh & ref_sh).values()) >= SHINGLE_SHARE * n:
            found.append(i)
    return found


def _paragraphs(lines: list[str], lo: int, hi: int) -> list[tuple[int, int]]:
    """[start, end) of the blank-line-separated paragraphs in lines[lo:hi]."""
    out = []
    i = lo
    while i < hi:
        while i < hi and not lines[i].strip():
            i += 1
        j = i
        while j < hi and lines[j].strip():
            j += 1
        if j > i:
            out.append((i, j))
        i = j
    return out


def variants(page_id: str, raw: str, reference: str) -> dict[str, str]:
    """The synthetic "article lost" pages made from `raw` (none if its article cannot be located)."""
    lines = raw.split("\n")
    found = article_lines(lines, reference)
    if len(found) < 2:
        return {}
    lo, hi = found[0], found[-1] + 1
    rng = random.Random(hashlib.sha256(page_id.encode("utf-8")).hexdigest())
    out = {"cut": "\n".join(lines[:lo] + lines[hi:])}
    paras = [p for p in _paragraphs(lines, lo, hi) if any(p[0] <= i < p[1] for i in found)]
    if len(paras) < 3:  # a dump with no blank line between paragraphs: each line is one
        paras = [(i, i + 1) for i in found]
    if len(paras) >= 3:
        a, b = paras[0]
        out["lead"] = "\n".join(lines[:lo] + lines[a:b] + lines[hi:])
        a, b = paras[rng.randrange(1, len(paras) - 1)]
        out["entry"] = "\n".join(lines[:lo] + lines[a:b] + lines[hi:])
        # the article still on the page, each paragraph cut from the next by the page's own link labels
        labels = [x for x in lines[:lo] + lines[hi:] if x.strip() and len(x.strip()) < SHRED_LABEL]
        if len(labels) >= SHRED_LINES:
            shredded: list[str] = []
            for a, b in paras:
                shredded += lines[a:b] + rng.sample(labels, SHRED_LINES)
            out["shred"] = "\n".join(lines[:lo] + shredded + lines[hi:])
    return out


REMNANT = 0.5  # a body with this share of its shingles in the article is a part of it, not another text


def _remnant(text: str, reference: str) -> bool:
    """The body the cleaner took from a changed page is mostly the article's own text (a part the
    reference did not locate, or the lead left in place): the page is not "lost" beyond doubt, and is
    left out rather than given a label that may be wrong."""
    sh = shingles(text)
    n = sum(sh.values())
    return n > 0 and sum((sh & shingles(reference)).values()) >= REMNANT * n


def _judge(raw: str) -> tuple[str, bool, str | None]:
    r = clean(raw, "text")
    return r.text, r.confidence is not None and r.confidence < LOW_CONFIDENCE, r.reason


def fold_models(cache: Path | None = None) -> dict[int, dict]:
    """The learned dump scorer trained by benchmarks/train_dump_model.py on 3 of its 4 folds of the tune
    material (folds by page), once per fold, with the shipped model's decoding settings; kept in
    `cache` when given (and read from it when it exists)."""
    from reader.clean import dump_model

    # the shipped model's decoding settings (threshold, hand mix, trims...) over each fold's trees
    settings = {k: v for k, v in (dump_model.model() or {}).items() if k not in ("trees", "base")}
    if cache is not None and cache.exists():
        trained = {int(k): v for k, v in json.loads(cache.read_text("utf-8")).items()}
    else:
        import numpy as np
        import train_dump_model as tdm

        docs = tdm.load_docs()
        feats = {d["id"]: f for d in docs if (f := tdm.featurise(d)) is not None}
        group = {d["id"]: d["group"] for d in docs}
        trained = {}
        for k in range(tdm.FOLDS):
            train = [i for i in feats if tdm._fold(group[i]) != k]
            X, y, w = (np.concatenate([feats[i][n] for i in train]) for n in range(3))
            trained[k] = tdm._round_model(tdm.train(X, y, w, tdm.ROUNDS))
        if cache is not None:
            cache.write_text(json.dumps(trained), "utf-8")
    return {k: {**settings, **m} for k, m in trained.items()}


def collect(
    bench: Path, ml: Path, features: bool = False, folds: dict[int, dict] | None = None
) -> list[dict]:
    """One record per page: group, variant ("real" or a synthetic kind), lost, flagged, reason
    (and the signals when `features`). `folds` (fold_models): each page, and the pages made from it,
    is cleaned with the learned scorer of the folds that did not train on it, so that its measures
    are those of an unseen page."""
    from reader.clean import confidence, dump_model

    # every measure, weighted or not, so that the training script can weigh any of them
    confidence.measure_everything(features)
    records: list[dict] = []

    def use_fold(page_id: str) -> None:
        if folds is not None:
            from train_dump_model import _fold

            dump_model.set_model(folds[_fold(page_id)])

    def add(group: str, variant: str, page_id: str, raw: str, lost: bool, flag: bool, reason: str | None):
        rec = {"group": group, "variant": variant, "id": page_id, "lost": lost, "low": flag, "reason": reason}
        if features:
            from reader.clean.confidence import assess, signals

            r = clean(raw, "text")
            rec["signals"] = signals(raw, "text", r)
            rec["plain_low"] = assess(raw, "text", r, model=False)[0] < LOW_CONFIDENCE
        records.append(rec)

    evaldata, _html, dumps = _load_ml(ml)
    splits = split_ids(list(evaldata))
    for page_id in sorted(dumps):
        if splits[page_id] != "tune":  # the held-out half is never looked at here
            continue
        item = evaldata[page_id]
        raw = dumps[page_id]
        use_fold(page_id)
        text, flag, reason = _judge(raw)
        tp, _fp, fn = page_counts(text, item)
        lost = tp == 0 and fn > 0
        add("ml tune", "real", page_id, raw, lost, flag, reason)
        # the article as the page's reference locates it: its "with" passages, and the cleaner's body
        # when that body holds them
        reference = "\n".join(item.get("with") or []) + ("" if lost else "\n" + text)
        for variant, page in variants(page_id, raw, reference).items():
            text, flag, reason = _judge(page)
            tp, _fp, fn = page_counts(text, item)
            if tp == 0 and fn > 0 and not _remnant(text, reference):
                add("ml tune", variant, page_id, page, True, flag, reason)
    truth, inputs = _load(bench)
    for kind in ("dumps/inscriptis", "dumps/flat"):
        group = "181 " + kind.split("/")[1]
        for page_id, raw in inputs[kind].items():
            expected = truth.get(page_id, "")
            use_fold(page_id)
            text, flag, reason = _judge(raw)
            recall = doc_precision_recall(text, expected)[1]
            add(group, "real", page_id, raw, recall is not None and recall < LOST_RECALL, flag, reason)
            for variant, page in variants(page_id, raw, expected).items():
                text, flag, reason = _judge(page)
                recall = doc_precision_recall(text, expected)[1]
                if recall is not None and recall < LOST_RECALL and not _remnant(text, expected):
                    add(group, variant, page_id, page, True, flag, reason)
    dump_model.set_model(None)
    confidence.measure_everything(False)
    return records


def summary(records: list[dict]) -> list[list[str]]:
    rows = []
    groups = sorted({r["group"] for r in records})
    for group in groups:
        for variant in ("real", *VARIANTS):
            chosen = [r for r in records if r["group"] == group and r["variant"] == variant]
            if not chosen:
                continue
            lost = [r for r in chosen if r["lost"]]
            good = [r for r in chosen if not r["lost"]]
            lf = sum(r["low"] for r in lost)
            gf = sum(r["low"] for r in good)
            rows.append(
                [
                    group,
                    variant,
                    f"{lf}/{len(lost)} ({_pct(lf, len(lost))})",
                    f"{gf}/{len(good)} ({_pct(gf, len(good))})" if variant == "real" else "",
                ]
            )
    synth = [r for r in records if r["variant"] != "real"]
    lf = sum(r["low"] for r in synth)
    rows.append(["all synthetic", "", f"{lf}/{len(synth)} ({_pct(lf, len(synth))})", ""])
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--bench-dir", type=Path, default=DEFAULT_BENCH)
    parser.add_argument("--ml-dir", type=Path, default=DEFAULT_ML)
    parser.add_argument("--features", type=Path, help="write every page's signals and label (JSON)")
    parser.add_argument("--json", action="store_true", help="print the records as JSON")
    parser.add_argument(
        "--out-of-fold",
        action="store_true",
        help="clean each page with the learned dump scorer of the folds that did not train on it",
    )
    parser.add_argument("--folds-cache", type=Path, help="keep the fold models in this file (--out-of-fold)")
    args = parser.parse_args(argv)
    for path in (args.bench_dir / "ground-truth.json", args.ml_dir / "evaldata.json"):
        if not path.exists():
            print(f"benchmark not found: {path.parent}", file=sys.stderr)
            return 2
    folds = fold_models(args.folds_cache) if args.out_of_fold else None
    records = collect(args.bench_dir, args.ml_dir, features=args.features is not None, folds=folds)
    if args.features:
        args.features.write_text(json.dumps(records), "utf-8")
    if args.json:
        print(json.dumps(records, indent=1))
        return 0
    print(
        f"Confidence on real pages and synthetic 'article lost' pages (flagged: confidence < {LOW_CONFIDENCE}; "
        "multilingual tune half and 181-set dumps only)"
    )
    head = ["group", "pages", "lost pages flagged low (goal >= 90%)", "good pages flagged low (goal <= 10%)"]
    print(_table(head, summary(records)))
    print()
    print("Reasons given to the pages flagged low, lost/good")
    body = []
    for variant in ("real", *VARIANTS):
        chosen = [r for r in records if r["variant"] == variant]
        tally = reason_tally(
            [r["lost"] for r in chosen], [r["low"] for r in chosen], [r["reason"] for r in chosen]
        )
        body += [[variant, reason, str(c[0]), str(c[1])] for reason, c in tally.items()]
    print(_table(["pages", "reason", "lost", "good"], body))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
