"""Which of the dump cleaner's hand rules carry to pages they were not written for? (tune material only)

    python benchmarks/ablate_dump.py [--model shipped|transfer|folds] [--folds-cache F]
                                     [--only NAME,...] [--written benchmarks/data/written_pages] [--json OUT]

Each rule of reader/clean/dump*.py that can be switched (a module setting, or a step replaced by a no-op)
is switched in turn, and every document of benchmarks/train_dump_model.py's material is cleaned again:
the multilingual TUNE half (passages), the 181 set's two dump forms (shingle F1), and the written pages
(passages; only with w3m installed). Per set: F1, pages lost, and the pages the switch changes, better
and worse (F1 of the page up or down by more than 0.001). The multilingual tune pages are also split in
two by the host of their URL (a SHA-256 of the host: no site on both sides), so that a rule found on
one page shows as a change on one side only.

The unit model that chooses the region:
- `shipped`: dump_model.json as it is (in sample for the tune material);
- `transfer`: a model trained on the 181 set alone cleans the multilingual tune and written pages, and
  one trained on the multilingual tune pages alone cleans the 181 set (pages of kinds the model has not
  seen, as the held-out half's are; compete_regions.py --transfer's view);
- `folds`: each page with the fold model of train_dump_model.py --cv --folds-cache F that did not see it.

The steps before the region (the context passes) feed the unit model's features; switched off with the
model unchanged, they move the features away from what it was trained on (marked "features" in the
table). The held-out half is never read.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlsplit

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

import train_dump_model as tdm  # noqa: E402
from cleaning import LOST_RECALL, page_counts  # noqa: E402

from reader.clean import (  # noqa: E402
    LOW_CONFIDENCE,
    clean,
    dump,
    dump_compete,
    dump_context,
    dump_hedge,
    dump_lines,
    dump_model,
    dump_teasers,
    dump_threads,
)
from reader.clean.score import doc_precision_recall, evaluate  # noqa: E402


def _noop_region(units, scores, start, end):  # type: ignore[no-untyped-def]
    return start, end


def _noop(*_a, **_k):  # type: ignore[no-untyped-def]
    return None


# name -> (module, attribute, value when switched, kind); kind "features": a context pass the model reads
SWITCHES: dict[str, tuple[object, str, object, str]] = {
    "numbered_threads (h43)": (dump, "NUMBERED_THREADS", False, "region"),
    "galleries (h48)": (dump, "GALLERIES", False, "region"),
    "list_articles (h43)": (dump, "LIST_ARTICLES", False, "region"),
    "bridge_lists": (dump, "BRIDGE_LISTS", False, "region"),
    "extend_runs": (dump, "EXTEND_RUNS", False, "region"),
    "islands": (dump, "ISLAND_MIN", 0, "region"),
    "dedup": (dump, "DEDUP", 0, "region"),
    "prefer_headed": (dump, "HEADER_RATIO", 0, "region"),
    "runner_up_kept (h55)": (dump_compete, "KEEP_RATIO", None, "region"),
    "hedge_small_body (h109)": (dump_hedge, "HEDGE_TIMES", None, "region"),
    "prose_teasers (h89)": (dump_teasers, "PROSE_TEASERS", False, "region"),
    "long_about_heads (h89)": (dump_threads, "BIO_HEAD_WORDS", 8, "region"),
    "split_at_end_markers": (dump, "_split_at_end_markers", _noop_region, "region"),
    "split_at_stamps": (dump, "_split_at_stamps", _noop_region, "region"),
    "skip_contents": (dump, "_skip_contents", lambda u, s, a, b: a, "region"),
    "edge_sentences": (dump, "_edge_sentence", lambda u: False, "region"),
    "drop_inside": (dump, "_drop_inside", lambda u: False, "region"),
    "plain_article": (dump, "_plain_article", lambda u, s: None, "region"),
    "count_link_over_post (h43)": (dump_threads, "_count_link_over_post", lambda *a: False, "region"),
    "text_wrap_width (h43)": (dump_lines, "_text_wrap_width", lambda lines: None, "features"),
    "spread_consent": (dump, "_spread_consent", _noop, "features"),
    "bridge_consent": (dump, "_bridge_consent", _noop, "features"),
    "sink_comment_entries": (dump, "_sink_comment_entries", _noop, "features"),
    "sink_signed_entries": (dump, "_sink_signed_entries", lambda u, s: [], "features"),
    "lift_lists": (dump, "_lift_lists", lambda u, s: [], "features"),
    "lift_live_entries": (dump, "_lift_live_entries", _noop, "features"),
    "lift_between_prose": (dump, "_lift_between_prose", _noop, "features"),
}


def _side(doc: dict) -> str:
    """ "A" or "B" by a hash of the page's host (multilingual pages), so that no site is on both sides."""
    url = (doc.get("item") or {}).get("url") or doc["id"]
    host = urlsplit(url).netloc.lower().removeprefix("www.") or url
    return "A" if int(hashlib.sha256(host.encode()).hexdigest(), 16) % 2 == 0 else "B"


def _memoise() -> None:
    """The trees' probabilities of a page, computed once per (model, units, hand and lifted scores)."""
    plain = dump_model.probabilities
    cache: dict = {}

    def probabilities(units, hand, lifted, m=None, probs1=None):  # type: ignore[no-untyped-def]
        key = (
            id(m["trees"]) if m else None,
            tuple(u.text for u in units),
            tuple(hand),
            tuple(lifted),
        )
        if key not in cache:
            cache[key] = plain(units, hand, lifted, m, probs1)
        return cache[key]

    dump_model.probabilities = probabilities  # type: ignore[assignment]


def page_figures(doc: dict, text: str) -> dict:
    if "item" in doc:
        tp, fp, fn = page_counts(text, doc["item"])
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        return {
            "tp": tp,
            "fp": fp,
            "fn": fn,
            "f1": 2 * p * r / (p + r) if p + r else 0.0,
            "lost": tp == 0 and fn > 0,
        }
    p, r = doc_precision_recall(text, doc["truth"])
    p, r = p or 0.0, r or 0.0
    return {"text": text, "f1": 2 * p * r / (p + r) if p + r else 0.0, "lost": r < LOST_RECALL}


def set_figures(docs: list[dict], figs: dict[str, dict]) -> tuple[float, int]:
    """(F1, lost pages) of `docs` under `figs` (per-page figures)."""
    if not docs:
        return 0.0, 0
    lost = sum(figs[d["id"]]["lost"] for d in docs)
    if "item" in docs[0]:
        tp = sum(figs[d["id"]]["tp"] for d in docs)
        fp = sum(figs[d["id"]]["fp"] for d in docs)
        fn = sum(figs[d["id"]]["fn"] for d in docs)
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        return (2 * p * r / (p + r) if p + r else 0.0), lost
    return evaluate([(figs[d["id"]]["text"], d["truth"]) for d in docs])["f1"], lost


def clean_all(docs: list[dict], model_for: Callable[[dict], dict | None]) -> dict[str, dict]:
    out = {}
    for d in docs:
        dump_model.set_model(model_for(d))
        result = clean(d["raw"], "text")
        out[d["id"]] = page_figures(d, result.text)
        out[d["id"]]["low"] = (result.confidence or 0.0) < LOW_CONFIDENCE
        out[d["id"]]["confidence"] = result.confidence or 0.0
    dump_model.set_model(None)
    return out


def groups(docs: list[dict]) -> dict[str, list[dict]]:
    g: dict[str, list[dict]] = {}
    for d in docs:
        g.setdefault(d["set"], []).append(d)
        if d["set"] == "ml-tune":
            g.setdefault(f"ml-{_side(d)}", []).append(d)
    return dict(sorted(g.items()))


def compare(docs: list[dict], base: dict[str, dict], figs: dict[str, dict]) -> dict[str, dict]:
    rows = {}
    for name, part in groups(docs).items():
        f1, lost = set_figures(part, figs)
        up = [d["id"] for d in part if figs[d["id"]]["f1"] > base[d["id"]]["f1"] + 0.001]
        down = [d["id"] for d in part if figs[d["id"]]["f1"] < base[d["id"]]["f1"] - 0.001]
        lost_ids = [d["id"] for d in part if figs[d["id"]]["lost"]]
        rows[name] = {"f1": f1, "lost": lost, "up": up, "down": down, "lost_ids": lost_ids}
    return rows


def written_set(folder: str) -> str:
    """The set a folder of written pages is scored as: "written" (benchmarks/data/written_pages), else
    "written-" and the folder's name (e.g. kind_pages/check: "written-check")."""
    name = Path(folder).name
    return "written" if name == "written_pages" else f"written-{name}"


def load_all(written: list[str], train_on: list[str], weight: float) -> list[dict]:
    """train_dump_model's material (the written folders each its own set), the sets of `train_on`
    given `weight` (trained on by the transfer models, on both sides) and the others scored only."""
    docs = [d for d in tdm.load_docs(written_dir=None) if not d.get("extra")]
    for folder in written:
        name = written_set(folder)
        trained = name in train_on
        docs.extend(tdm.load_written(Path(folder), weight if trained else 0, set_name=name))
    return docs


def _setting() -> dict:
    """The shipped model's decoding setting (train_dump_model's)."""
    return {
        "threshold": tdm.THRESHOLD,
        "weight_pad": tdm.WEIGHT_PAD,
        "hand_mix": tdm.HAND_MIX,
        "gain": tdm.GAIN,
        "trim_head": tdm.TRIM_HEAD,
        "trim_tail": tdm.TRIM_TAIL,
        "unit_cost": tdm.UNIT_COST,
    }


def _models(
    mode: str, docs: list[dict], cache: str | None, extra: tuple[str, ...] = ()
) -> Callable[[dict], dict | None]:
    setting = _setting()
    if mode == "shipped":
        shipped = dump_model.model()
        return lambda d: shipped
    if mode == "folds":
        models = {int(k): dict(v, **setting) for k, v in json.loads(Path(cache or "").read_text()).items()}
        return lambda d: models[tdm._fold(d["group"])]
    if cache and Path(cache).exists():
        trained = {k: dict(v, **setting) for k, v in json.loads(Path(cache).read_text()).items()}
        return lambda d: trained["ml-tune" if d["set"].startswith("181") else "181"]
    feats = {d["id"]: f for d in docs if (f := tdm.featurise(d)) is not None}
    trained = {}
    for train_on in ("181", "ml-tune"):
        ids = [
            d["id"]
            for d in docs
            if (d["set"].startswith(train_on) or d["set"] in extra)
            and d["id"] in feats
            and not d.get("score_only")
        ]
        X, y, w, g = tdm.stacked(feats, ids, {d["id"]: d["group"] for d in docs})
        trained[train_on] = dict(tdm.train_bagged(X, y, w, g, rounds=tdm.ROUNDS), **setting)
    if cache:
        Path(cache).write_text(json.dumps(trained))
    return lambda d: trained["ml-tune" if d["set"].startswith("181") else "181"]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--model", choices=("shipped", "transfer", "folds"), default="shipped")
    ap.add_argument(
        "--folds-cache",
        help="folds: the fold models of train_dump_model.py --cv; transfer: a file to keep the two models in "
        "(read when it exists: one file per --train-on material)",
    )
    ap.add_argument(
        "--written",
        action="append",
        default=[],
        help="also the written pages in this folder (needs w3m; repeat for more folders, each its own set)",
    )
    ap.add_argument(
        "--train-on",
        default="",
        help="transfer: also train both models on these written sets (comma list, e.g. written-train)",
    )
    ap.add_argument("--train-weight", type=float, default=1.0, help="each --train-on page's weight")
    ap.add_argument("--only", default="", help="comma list of switch names (a prefix is enough)")
    ap.add_argument("--json", help="write the figures to this file")
    ap.add_argument(
        "--set",
        action="append",
        default=[],
        help="module.NAME=VALUE (a number or None), e.g. dump.ISLAND_MIN=10: measured as one more switch",
    )
    ap.add_argument("--rounds", type=int, help="transfer: trees per model (default train_dump_model's)")
    ap.add_argument("--rate", type=float, help="transfer: learning rate (default train_dump_model's)")
    ap.add_argument("--l2", type=float, help="transfer: the leaves' L2 (default train_dump_model's)")
    ap.add_argument("--bags", type=int, help="transfer: models on bootstrap samples of the pages, averaged")
    ap.add_argument("--depth", type=int, help="transfer: each tree's depth (1 or 2)")
    ap.add_argument("--bag-seed", type=int, help="transfer: the bootstrap samples' seed")
    args = ap.parse_args(argv)
    tdm.BAG_SEED = tdm.BAG_SEED if args.bag_seed is None else args.bag_seed
    tdm.BAGS = args.bags or tdm.BAGS
    tdm.DEPTH = args.depth or tdm.DEPTH
    tdm.ROUNDS = args.rounds or tdm.ROUNDS
    tdm.LEARNING_RATE = args.rate or tdm.LEARNING_RATE
    tdm.L2 = tdm.L2 if args.l2 is None else args.l2
    t0 = time.time()
    extra = tuple(x for x in args.train_on.split(",") if x)
    docs = load_all(args.written, list(extra), args.train_weight)
    model_for = _models(args.model, docs, args.folds_cache, extra)
    _memoise()
    base = clean_all(docs, model_for)
    print(f"{len(docs)} documents, model {args.model} ({time.time() - t0:.0f} s)", flush=True)
    sets = list(groups(docs))
    head = "switched off".ljust(30) + "".join(s.ljust(24) for s in sets)
    print(head)
    cells = []
    for part in groups(docs).values():
        f1, lost = set_figures(part, base)
        cells.append(f"{f1:.4f} ({lost})".ljust(24))
    print("(none: as shipped)".ljust(30) + "".join(cells), flush=True)
    print("    lost: " + " ".join(d["id"] for d in docs if base[d["id"]]["lost"]), flush=True)
    for name, part in groups(docs).items():
        lost = [d for d in part if base[d["id"]]["lost"]]
        good = [d for d in part if not base[d["id"]]["lost"]]
        print(
            f"    {name}: lost pages flagged low {sum(base[d['id']]['low'] for d in lost)}/{len(lost)}, "
            f"good pages flagged {sum(base[d['id']]['low'] for d in good)}/{len(good)}",
            flush=True,
        )
    wanted = [w for w in args.only.split(",") if w]
    modules = {
        "dump": dump,
        "dump_compete": dump_compete,
        "dump_context": dump_context,
        "dump_hedge": dump_hedge,
        "dump_lines": dump_lines,
        "dump_threads": dump_threads,
    }
    for spec in args.set:
        target, value = spec.split("=", 1)
        mod_name, attr = target.rsplit(".", 1)
        SWITCHES[spec] = (modules[mod_name], attr, None if value == "None" else float(value), "region")
        wanted.append(spec)
    report: dict = {
        "base": compare(docs, base, base),
        "pages": {
            d["id"]: {"set": d["set"], **{k: v for k, v in base[d["id"]].items() if k != "text"}}
            for d in docs
        },
        "switches": {},
    }
    for name, (mod, attr, value, kind) in SWITCHES.items():
        if wanted and not any(name.startswith(w) for w in wanted):
            continue
        saved = getattr(mod, attr)
        setattr(mod, attr, value)
        try:
            figs = clean_all(docs, model_for)
        finally:
            setattr(mod, attr, saved)
        rows = compare(docs, base, figs)
        changed_pages = {
            i: {k: v for k, v in f.items() if k != "text"}
            for i, f in figs.items()
            if abs(f["f1"] - base[i]["f1"]) > 1e-9
            or f["lost"] != base[i]["lost"]
            or f["low"] != base[i]["low"]
        }
        # (the pages the switch changes, with their figures: a paired bootstrap reads them beside "pages")
        report["switches"][name] = {"kind": kind, "sets": rows, "changed": changed_pages}
        cells = [
            f"{r['f1']:.4f} ({r['lost']}) +{len(r['up'])}/-{len(r['down'])}".ljust(24) for r in rows.values()
        ]
        label = name + (" *" if kind == "features" else "")
        print(label.ljust(30) + "".join(cells), flush=True)
        changed = rows.get("ml-tune", {})
        if changed.get("up") or changed.get("down"):
            print(" " * 4 + f"ml up {changed['up'][:8]} down {changed['down'][:8]}", flush=True)
    print(
        f"(* a context pass the unit model reads: switched off with the model unchanged) {time.time() - t0:.0f} s"
    )
    if args.json:
        Path(args.json).write_text(json.dumps(report, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
