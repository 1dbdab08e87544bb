"""Out of fold: would keeping the page's runner-up region beside the body help? (tune material only)

    python benchmarks/compete_regions.py --folds-cache F [--written benchmarks/data/written_pages] \
        [--records OUT.json] [--grid ratio:words:sentences,...]

Each document of benchmarks/train_dump_model.py's material (the 181 set's dumps, the multilingual TUNE
half, and the written pages when --written is given) is cleaned with the unit model of the fold that
did not see it (the fold models `train_dump_model.py --cv --folds-cache F` wrote; run that first). For
each page it records the body, the best other run of the learned scores outside the body's region (the
runner-up, as reader.clean.confidence's `learned_second_ratio` reads it) and the third, their weight
against the body's run, words, sentence-end share and mean probability, and the figures of the body
alone and of the body with the runner-up's text added. It prints how often a lost page's runner-up (or
third) holds the article, the ratio's spread on lost and good pages, and the figures of the policy
"keep both when the runner-up weighs at least `ratio` of the body's run, has `words` words or more and
a sentence-end share of `sentences` or more (and stands above the body)" for each grid point, and those
of the cleaner as it is (reader.clean.dump_compete keeps a runner-up above the body, "as cleaned").
--transfer scores each set with a model trained on the other set only (pages of kinds the model has
not seen, as the held-out half's are to the shipped model). The held-out half is never read.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

import train_dump_model as tdm  # noqa: E402
from cleaning import LOST_RECALL, page_counts  # noqa: E402

from reader.clean import dump_compete, dump_model  # noqa: E402
from reader.clean.confidence import FLAG_BOTH_KEPT  # noqa: E402
from reader.clean.dump import _plain_article, clean_dump, extract_body  # noqa: E402
from reader.clean.dump_compete import second_region, sentence_share  # noqa: E402
from reader.clean.dump_lines import _score  # noqa: E402
from reader.clean.score import doc_precision_recall  # noqa: E402


def _setting() -> dict:
    """The shipped decoding setting, as train_dump_model.py --cv runs it by default."""
    return dict(
        edge_prob=0.0,
        edge_reach=2,
        edge_words=12,
        threshold=tdm.THRESHOLD,
        weight_pad=tdm.WEIGHT_PAD,
        hand_mix=tdm.HAND_MIX,
        gain=tdm.GAIN,
        trim_head=tdm.TRIM_HEAD,
        trim_tail=tdm.TRIM_TAIL,
        unit_cost=tdm.UNIT_COST,
        stage1_mix=tdm.STAGE1_MIX,
    )


def _scored(doc: dict, text: str) -> dict:
    """The page's figures for `text`: passage counts (multilingual, written) or word P/R (181)."""
    if "item" in doc:
        a, b, c = page_counts(text, doc["item"])
        return {"tp": a, "fp": b, "fn": c, "lost": a == 0 and c > 0}
    p, r = doc_precision_recall(text, doc["truth"])
    return {"p": p, "r": r, "lost": (r or 0.0) < LOST_RECALL}


def record(doc: dict) -> dict:
    """One page's measures under the model currently set: the body without the runner-up kept
    ("body"), the cleaner's output as it is ("cleaned": the runner-up kept when
    reader.clean.dump_compete says so), and the measures of the runner-up and the third run."""
    saved = dump_compete.KEEP_RATIO
    dump_compete.KEEP_RATIO = None
    try:
        result = clean_dump(doc["raw"])
    finally:
        dump_compete.KEEP_RATIO = saved
    shipped = clean_dump(doc["raw"])
    out = {
        "id": doc["id"],
        "set": doc["set"],
        "body": _scored(doc, result.text),
        "cleaned": _scored(doc, shipped.text),
        "both": FLAG_BOTH_KEPT in shipped.flags,
    }
    units = tdm._units(doc["raw"])
    hand = [_score(u) for u in units]
    if not units or _plain_article(units, hand) is not None:
        return out
    start, end, kept = extract_body(units, hand)  # (the body before the runner-up is kept)
    chosen = dump_model.learned_scores(units)
    if chosen is None or end <= start:
        return out
    taken = {id(u) for u in kept}
    lo, hi = start, end
    for rank in ("second", "third"):
        got = second_region(units, chosen, lo, hi)
        if got is None:
            break
        s2, e2, ratio, extra = got
        words = sum(u.words for u in units[s2:e2]) or 1
        added = [u.text for u in extra if id(u) not in taken]
        out[rank] = {
            "ratio": ratio,
            "words": words,
            "sentences": sentence_share(units[s2:e2]),
            "mean_prob": sum(u.words * (u.prob or 0.0) for u in units[s2:e2]) / words,
            "alone": _scored(doc, "\n\n".join(u.text for u in extra)),
            "union": _scored(doc, result.text + "\n\n" + "\n\n".join(added)),
            "before": s2 < start,
        }
        # the third: the best run outside both the body's region and the runner-up's
        lo, hi = min(lo, s2), max(hi, e2)
    return out


def _f1(recs: list[dict], key) -> tuple[float, int, int]:  # noqa: ANN001
    """(F1, lost, pages) of the records with each page's figures taken by key(rec)."""
    got = [key(r) for r in recs]
    if got and "tp" in got[0]:
        tp, fp, fn = (sum(g[k] for g in got) for k in ("tp", "fp", "fn"))
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
    else:
        ps = [g["p"] for g in got if g["p"] is not None]
        rs = [g["r"] for g in got if g["r"] is not None]
        p = sum(ps) / len(ps) if ps else 0.0
        r = sum(rs) / len(rs) if rs else 0.0
    return (2 * p * r / (p + r) if p + r else 0.0), sum(g["lost"] for g in got), len(got)


def policy(ratio: float, words: int, sentences: float, above: float = 0.0):  # noqa: ANN201
    """The figures a page gets under 'keep both when the runner-up weighs at least `ratio` of the body's
    region, has `words` words and a sentence-end share of `sentences` or more (and, `above` 1, stands
    above the body)'."""

    def key(rec: dict) -> dict:
        s = rec.get("second")
        if (
            s
            and s["ratio"] >= ratio
            and s["words"] >= words
            and s["sentences"] >= sentences
            and (s["before"] or not above)
        ):
            return s["union"]
        return rec["body"]

    return key


def report(recs: list[dict], grid: list[tuple]) -> None:
    sets = sorted({r["set"] for r in recs})
    for name in sets:
        part = [r for r in recs if r["set"] == name]
        lost = [r for r in part if r["body"]["lost"]]
        good = [r for r in part if not r["body"]["lost"]]
        held = {
            k: sum(1 for r in lost if r.get(k) and not r[k]["union"]["lost"]) for k in ("second", "third")
        }
        print(
            f"{name}: {len(part)} pages, {len(lost)} lost; the runner-up's text rescues {held['second']}, the third's {held['third']}"
        )
        for r in lost:
            s = r.get("second") or {}
            print(
                f"  lost {r['id']}: ratio {s.get('ratio', 0):.2f} words {s.get('words', 0)} sentences "
                f"{s.get('sentences', 0):.2f} mean p {s.get('mean_prob', 0):.2f}, union lost {s.get('union', {}).get('lost')}"
            )
        for label, group in (("lost", lost), ("good", good)):
            ratios = sorted(r["second"]["ratio"] for r in group if r.get("second"))
            if ratios:
                qs = [ratios[min(len(ratios) - 1, int(q * len(ratios)))] for q in (0.1, 0.25, 0.5, 0.75, 0.9)]
                print(
                    f"  runner-up ratio on {label} pages (10/25/50/75/90%): "
                    + " ".join(f"{q:.2f}" for q in qs)
                )
    header = "policy (ratio, words, sentences)".ljust(34) + " | ".join(s.ljust(22) for s in sets)
    print(header)
    for point in [None, "cleaned", *grid]:
        if point is None:
            key = lambda r: r["body"]  # noqa: E731
        elif point == "cleaned":
            key = lambda r: r.get("cleaned", r["body"])  # noqa: E731
        else:
            key = policy(*point)
        cells = []
        for name in sets:
            part = [r for r in recs if r["set"] == name]
            f1, lost, n = _f1(part, key)
            changed = sum(
                1 for r in part if (r.get("both") if point == "cleaned" else key(r) is not r["body"])
            )
            cells.append(f"{f1:.4f} ({lost}) ch {changed}".ljust(22))
        label = {None: "body alone", "cleaned": "as cleaned (dump_compete)"}.get(point, str(point))  # type: ignore[call-overload]
        print(label.ljust(34) + " | ".join(cells))


def fold_records(cache: Path, written: str | None) -> list[dict]:
    """Every page's record under the fold model that did not see it."""
    t0 = time.time()
    models = {int(k): v for k, v in json.loads(cache.read_text()).items()}
    docs = [d for d in tdm.load_docs(written_dir=written, written_weight=0) if not d.get("extra")]
    tdm._memoise_probabilities()
    setting = _setting()
    recs = []
    for d in docs:
        dump_model.set_model(dict(models[tdm._fold(d["group"])], **setting))
        recs.append(record(d))
    dump_model.set_model(None)
    print(f"{len(recs)} pages ({time.time() - t0:.0f} s)", flush=True)
    return recs


def transfer_records(written: str | None) -> list[dict]:
    """Every page's record under a model trained on the other kind of material only (the 181 set for
    the multilingual and written pages, the multilingual tune pages for the 181 set): pages of kinds
    the model has not seen, as the held-out half's are."""
    t0 = time.time()
    docs = [d for d in tdm.load_docs(written_dir=written, written_weight=0) if not d.get("extra")]
    feats = {d["id"]: f for d in docs if (f := tdm.featurise(d)) is not None}
    setting = _setting()
    recs = []
    for train_on, score in (("181", ("ml-tune", "written")), ("ml-tune", ("181-inscriptis", "181-flat"))):
        ids = [d["id"] for d in docs if d["set"].startswith(train_on) and d["id"] in feats]
        X, y, w = (tdm.np.concatenate([feats[i][n] for i in ids]) for n in range(3))
        m = tdm.train(X, y, w)
        print(f"trained on {train_on} ({time.time() - t0:.0f} s)", flush=True)
        dump_model.set_model(dict(m, **setting))
        recs += [record(d) for d in docs if d["set"] in score]
    dump_model.set_model(None)
    print(f"{len(recs)} pages ({time.time() - t0:.0f} s)", flush=True)
    return recs


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--folds-cache", help="the fold models train_dump_model.py --cv wrote")
    ap.add_argument("--written", default=None, help="also the written pages in this folder")
    ap.add_argument("--records", help="write each page's measures to this JSON file")
    ap.add_argument("--from-records", help="read the measures from this JSON file instead of cleaning")
    ap.add_argument(
        "--transfer",
        action="store_true",
        help="instead of the fold models: a model trained on the 181 set only scores the multilingual tune"
        " and written pages, one trained on the multilingual tune pages only scores the 181 set (unseen kinds)",
    )
    ap.add_argument(
        "--grid",
        default="0.3:0:0,0.5:0:0,0.7:0:0,0.9:0:0,0.5:0:0.5,0.7:50:0.5,0.3:0:0.5:1,0.4:0:0.5:1,0.5:0:0.5:1,0.6:0:0.5:1,0.4:0:0:1",
        help="ratio:words:sentences[:above],... (above 1: the runner-up stands above the body)",
    )
    args = ap.parse_args(argv)
    grid = [
        (float(a), int(b), float(c), *(float(x) for x in rest))
        for a, b, c, *rest in (g.split(":") for g in args.grid.split(",") if g)
    ]
    if args.from_records:
        report(json.loads(Path(args.from_records).read_text()), grid)
        return 0
    cache = Path(args.folds_cache or "")
    if args.transfer:
        recs = transfer_records(args.written)
    elif not args.folds_cache or not cache.exists():
        print(
            f"no fold models at {cache}: run train_dump_model.py --cv --folds-cache {cache} first",
            file=sys.stderr,
        )
        return 2
    else:
        recs = fold_records(cache, args.written)
    if args.records:
        Path(args.records).write_text(json.dumps(recs))
    report(recs, grid)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
