"""Train the dump cleaner's unit scorer (reader/clean/dump_model.json) on tune material only.

    python benchmarks/train_dump_model.py [--cv] [--write]

Material: the 181-page article-extraction set (its inscriptis and flat dumps; a unit is the
article's when most of its 4-word shingles are in the ground truth's articleBody) and the TUNE half
of the multilingual set (benchmarks/cleaning.split_ids; never a held-out page): a unit holding a
"with" passage is the article's, one holding a "without" passage is not, and the other units are
labelled by whether they are in clean_html's text of the same page's HTML (weak labels).

More renderings of the same pages, tried and not kept (--cv only; see benchmarks/README.md):
--w3m-181 adds the 181 set's HTML rendered by w3m as the multilingual dumps were (`w3m -dump -cols
100 -T text/html -O UTF-8`, cached in the temp dir by the HTML's hash; without w3m, one line says
so and that material is left out) as a third form, scored too ("181 w3m"); --ml-cols 80,140 adds
the multilingual tune pages' HTML rendered by w3m at those widths, with the same labels (trained on,
not scored: the figures stay those of the 100-column dumps). A page's renderings always share a fold.

Written page kinds, tried and not kept (--written DIR, e.g. benchmarks/data/written_pages; see
benchmarks/README.md): pages written for training
(table layouts, wiki, shop, forum, company/government pages, list-line articles; see that folder's
README), rendered by w3m at 100 columns like the multilingual dumps and labelled like the
multilingual tune pages (with/without passages, clean_html weak labels). Each page is its own fold
group and is scored out of fold as the "written" group; --written-weight 0 scores them without
training on them (the figure of a model that never saw those kinds).

Model: boosted depth-2 trees (Newton steps on the logistic loss, features binned at quantiles),
numpy only, deterministic. --cv runs grouped 4-fold cross-validation inside that material (folds by
page) and prints the whole cleaner's out-of-fold figures (multilingual tune F1 and lost pages; 181-set
dump F1) for each decoding setting; --write trains on all of it and writes dump_model.json with
the setting chosen here (THRESHOLD, WEIGHT_PAD, HAND_MIX, ROUNDS below, picked from --cv).
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

from cleaning import DEFAULT_BENCH, DEFAULT_ML, LOST_RECALL, _decode, page_counts, split_ids  # noqa: E402

from reader.clean import dump_model, dump_regions  # noqa: E402
from reader.clean.dump import _plain_article, clean_dump, context_passes  # noqa: E402
from reader.clean.dump_columns import split_columns  # noqa: E402
from reader.clean.dump_lines import _score, split_units  # noqa: E402
from reader.clean.html import clean_html  # noqa: E402
from reader.clean.page_url import take_url_header  # noqa: E402
from reader.clean.score import doc_precision_recall, evaluate  # noqa: E402
from reader.normalize import normalize_text  # noqa: E402

# Chosen by --cv (see benchmarks/README.md).
THRESHOLD = 0.4
WEIGHT_PAD = 4.0
HAND_MIX = 0.6
GAIN = 2.0
TRIM_HEAD = True
TRIM_TAIL = True
UNIT_COST = 0.0
ROUNDS = 150
LEARNING_RATE = 0.1
BINS = 32
L2 = 1.0
MIN_HESS = 1.0
FOLDS = 4
DEPTH = 2  # each tree's depth (1: stumps; for --cv and the transfer view)
# Bagging (--bags): that many models, each trained on a bootstrap sample of the pages (a page drawn
# twice weighs twice), their margins averaged (train_bagged). 1: one model on all the material.
BAGS = 1
BAG_SEED = 0
# More renderings of the same pages, for --cv (tried and not kept, see benchmarks/README.md): the 181
# set's HTML rendered by w3m as a third form (--w3m-181), the multilingual tune pages' HTML rendered by
# w3m at other widths (--ml-cols 80,140), each weighing ML_EXTRA against its 100-column dump's 1. W181
# None: each 181 page's forms share a weight of 1 (the shipped material: inscriptis and flat, 0.5 each).
W3M_181 = False
ML_COLS: tuple[int, ...] = ()
ML_EXTRA = 0.5
W181: float | None = None
WRITTEN_DIR: str | None = None  # written page kinds (--written): tried and not kept, off by default
WRITTEN_WEIGHT = 1.0  # each written page's weight (a multilingual tune page weighs 1); 0: scored only
FOLD_SALT = os.environ.get("DUMP_MODEL_FOLD_SALT", "fold:")  # another salt: another partition (noise check)
# Features left out of training: where the unit stands against the hand densest region. That region
# comes from hand rules tuned on this same material, so it is right here more often than on unseen
# pages, and a model that leans on it inherits that overfit (DUMP_MODEL_UNUSED overrides, for --cv).
UNUSED = os.environ.get("DUMP_MODEL_UNUSED", "in_region,region_distance,region_position,region_share").split(
    ","
)
UNUSED = [x for x in UNUSED if x]
# A first stage (trained without these features: the whole list, region features included) whose
# out-of-fold probabilities of each unit and its neighbours become features of the scorer (p1,
# p1_-3..p1_+3, pmass_*): set to try a stacked scorer (tried and not kept, see benchmarks/README.md).
_STAGE1 = os.environ.get("DUMP_STAGE1_UNUSED")
STAGE1_UNUSED = None if _STAGE1 is None else [x for x in _STAGE1.split(",") if x]
STAGE1_MIX = float(os.environ.get("DUMP_STAGE1_MIX", "0"))  # the first stage's region scores mixed in

_WS = re.compile(r"\s+")
_TOK = re.compile(r"\w+")


def _norm(s: str) -> str:
    return _WS.sub(" ", s).strip()


def _shingles(text: str) -> set[tuple[str, ...]]:
    toks = _TOK.findall(text.lower())
    if len(toks) < 4:
        return {tuple(toks)} if toks else set()
    return {tuple(toks[i : i + 4]) for i in range(len(toks) - 3)}


def _units(raw: str):
    _url, raw = take_url_header(raw)
    return split_units(normalize_text(split_columns(raw)))


def _in_text(unit_text: str, norm_text: str, shingles: set) -> bool:
    if _norm(unit_text) in norm_text:
        return True
    own = _shingles(unit_text)
    return bool(own) and len(own) >= 3 and sum(1 for s in own if s in shingles) >= 0.5 * len(own)


W3M_COLS = 100  # the multilingual set's dumps: w3m -dump -cols 100 -T text/html -O UTF-8
_W3M_WARNED: list[bool] = []


def w3m_dump(html: bytes, cols: int = W3M_COLS) -> str | None:
    """The page rendered to text as the multilingual set's dumps were (`w3m -dump -cols N -T
    text/html -O UTF-8`, the HTML on stdin), cached under the temp dir by the HTML's hash and the
    width; None (and one line said once) when w3m is not installed or fails on the page."""
    cache = Path(os.environ.get("READER_W3M_CACHE") or Path(tempfile.gettempdir()) / "reader-w3m-dumps")
    key = f"{hashlib.sha256(html).hexdigest()}-c{cols}.txt"
    if (cache / key).exists():
        return (cache / key).read_text("utf-8")
    exe = shutil.which("w3m")
    if exe is None:
        if not _W3M_WARNED:
            print("w3m not found: the w3m renderings are left out of the training material", file=sys.stderr)
            _W3M_WARNED.append(True)
        return None
    try:
        out = subprocess.run(
            [exe, "-dump", "-cols", str(cols), "-T", "text/html", "-O", "UTF-8"],
            input=html,
            capture_output=True,
            timeout=120,
            check=True,
        ).stdout
    except (subprocess.SubprocessError, OSError):
        return None
    text = out.decode("utf-8", "replace")
    cache.mkdir(parents=True, exist_ok=True)
    (cache / key).write_text(text, "utf-8")
    return text


def load_docs(
    w3m_181: bool = W3M_181,
    ml_cols: tuple[int, ...] = ML_COLS,
    w181: float | None = W181,
    ml_extra: float = ML_EXTRA,
    written_dir: str | None = WRITTEN_DIR,
    written_weight: float = WRITTEN_WEIGHT,
) -> list[dict]:
    """Every training document: id, group (folds keep a page's renderings together), raw dump, its
    training weight (each 181 form weighs `w181`, None: 1/the number of forms, so that each page
    weighs 1 as before; an extra width of a multilingual page weighs `ml_extra` against its
    100-column dump's 1), and how its output is scored (181: truth body; ml: the
    evaldata item; `extra` documents are trained on and not scored)."""
    docs = []
    truth = {
        k: v["articleBody"]
        for k, v in json.loads((DEFAULT_BENCH / "ground-truth.json").read_text("utf-8")).items()
    }
    forms: dict[str, dict[str, str]] = {}
    for kind in ("inscriptis", "flat"):
        for path in sorted((DEFAULT_BENCH / "dumps" / kind).glob("*.txt")):
            forms.setdefault(kind, {})[path.stem] = path.read_text("utf-8", "replace")
    if w3m_181:
        for path in sorted((DEFAULT_BENCH / "html").glob("*.html.gz")):
            text = w3m_dump(gzip.decompress(path.read_bytes()))
            if text is None:
                continue
            forms.setdefault("w3m", {})[path.name.removesuffix(".html.gz")] = text
    weight = 1.0 / len(forms) if w181 is None else w181
    for kind, texts in forms.items():
        for stem, raw in sorted(texts.items()):
            body = truth.get(stem, "")
            docs.append(
                {
                    "id": f"181/{kind}/{stem}",
                    "group": stem,
                    "set": f"181-{kind}",
                    "raw": raw,
                    "weight": weight,
                    "truth": body,
                    "label_text": body,
                    "with": [],
                    "without": [],
                }
            )
    evaldata = json.loads((DEFAULT_ML / "evaldata.json").read_text("utf-8"))
    splits = split_ids(list(evaldata))
    for page_id in sorted(evaldata):
        if splits[page_id] != "tune":
            continue  # the held-out half is never read here
        d = DEFAULT_ML / "dumps-w3m" / f"{page_id}.txt.gz"
        h = DEFAULT_ML / "html" / f"{page_id}.html.gz"
        if not d.exists():
            continue
        html_bytes = gzip.decompress(h.read_bytes()) if h.exists() else b""
        html_text = clean_html(_decode(html_bytes)).text if html_bytes else ""
        item = evaldata[page_id]
        doc = {
            "id": f"ml/{page_id}",
            "group": page_id,
            "set": "ml-tune",
            "raw": _decode(gzip.decompress(d.read_bytes())),
            "weight": 1.0,
            "item": item,
            "label_text": html_text,
            "with": [_norm(p) for p in item.get("with") or [] if p],
            "without": [_norm(p) for p in item.get("without") or [] if p],
        }
        docs.append(doc)
        for cols in ml_cols:
            text = w3m_dump(html_bytes, cols) if html_bytes else None
            if text is not None:
                docs.append(dict(doc, id=f"ml/c{cols}/{page_id}", raw=text, weight=ml_extra, extra=True))
    for folder in (written_dir or "").split(","):
        if folder:
            docs.extend(load_written(Path(folder), written_weight))
    return docs


def load_written(folder: Path, weight: float = WRITTEN_WEIGHT, set_name: str = "written") -> list[dict]:
    """The written page kinds of `folder` (NAME.html with NAME.json: kind, lang, with, without),
    rendered by w3m at 100 columns as the multilingual dumps were and labelled as the multilingual
    tune pages are; `weight` 0: scored, not trained on (`score_only`). Without w3m: none. `set_name`
    names the group they are scored as (and their ids' prefix)."""
    docs = []
    for gold_path in sorted(folder.glob("*.json")):
        html_path = gold_path.with_suffix(".html")
        if not html_path.exists():
            continue
        html_bytes = html_path.read_bytes()
        raw = w3m_dump(html_bytes)
        if raw is None:
            continue
        item = json.loads(gold_path.read_text("utf-8"))
        docs.append(
            {
                "id": f"{set_name}/{gold_path.stem}",
                "group": f"{set_name}/{gold_path.stem}",
                "set": set_name,
                "raw": raw,
                "weight": weight,
                "score_only": weight <= 0,
                "item": item,
                "label_text": clean_html(_decode(html_bytes)).text,
                "with": [_norm(x) for x in item.get("with") or [] if x],
                "without": [_norm(x) for x in item.get("without") or [] if x],
            }
        )
    return docs


PASSAGE_WEIGHT = float(
    os.environ.get("DUMP_MODEL_PASSAGE_WEIGHT", "3.0")
)  # a unit labelled by a with/without passage counts this much more than a weak label


PAGES: dict[str, tuple] = {}  # a document's (units, hand scores, scores after context), kept by featurise


def featurise(doc: dict) -> tuple[np.ndarray, np.ndarray, np.ndarray] | None:
    """(features, labels, weights) of a document's units, or None when the cleaner reads the text as a
    bare article (no region is chosen there)."""
    units = _units(doc["raw"])
    if not units:
        return None
    hand = [_score(u) for u in units]
    if _plain_article(units, hand) is not None:
        return None
    lifted = list(hand)
    context_passes(units, lifted)
    PAGES[doc["id"]] = (units, hand, lifted)
    rows = dump_model.unit_features(units, hand, lifted)
    label_norm = _norm(doc["label_text"])
    label_sh = _shingles(doc["label_text"])
    y = np.zeros(len(units))
    w = np.zeros(len(units))
    for i, u in enumerate(units):
        t = _norm(u.text)
        y[i] = 1.0 if _in_text(u.text, label_norm, label_sh) else 0.0
        w[i] = 1.0
        if any(p in t or (len(t) >= 20 and t in p) for p in doc["with"]):
            y[i], w[i] = 1.0, PASSAGE_WEIGHT
        elif any(p in t for p in doc["without"]):
            y[i], w[i] = 0.0, PASSAGE_WEIGHT
    words = np.array([u.words for u in units], dtype=float)
    w = w * np.sqrt(words + 1.0)
    w = (
        w / w.sum() * (doc["weight"] if not doc.get("score_only") else 1.0)
    )  # each page counts the same (its renderings share its weight)
    return np.array(rows, dtype=float), y, w


# ---------------------------------------------------------------- boosted trees


def _bin_edges(X: np.ndarray) -> list[np.ndarray]:
    edges = []
    qs = np.linspace(0, 1, BINS + 1)[1:]
    for f in range(X.shape[1]):
        e = np.unique(np.quantile(X[:, f], qs))
        edges.append(e)
    return edges


def _binned(X: np.ndarray, edges: list[np.ndarray]) -> np.ndarray:
    B = np.zeros(X.shape, dtype=np.int64)
    for f, e in enumerate(edges):
        B[:, f] = np.minimum(np.searchsorted(e, X[:, f], side="left"), len(e) - 1)
    return B


def _best_split(Bf: np.ndarray, g: np.ndarray, h: np.ndarray, idx: np.ndarray, nbins: list[int]):
    """Best (gain, feature, bin) over all features for the samples idx."""
    F = Bf.shape[1]
    sub = Bf[idx] + np.arange(F) * BINS
    G = np.bincount(sub.ravel(), weights=np.repeat(g[idx], F).reshape(-1, F).ravel(), minlength=F * BINS)
    H = np.bincount(sub.ravel(), weights=np.repeat(h[idx], F).reshape(-1, F).ravel(), minlength=F * BINS)
    G = G.reshape(F, BINS).cumsum(axis=1)
    H = H.reshape(F, BINS).cumsum(axis=1)
    Gt, Ht = G[0, -1], H[0, -1]
    GR, HR = Gt - G, Ht - H
    gain = G**2 / (H + L2) + GR**2 / (HR + L2) - Gt**2 / (Ht + L2)
    valid = (H >= MIN_HESS) & (HR >= MIN_HESS)
    for f in range(F):
        valid[f, nbins[f] - 1 :] = False
    gain = np.where(valid, gain, -np.inf)
    k = int(np.argmax(gain))
    f, b = divmod(k, BINS)
    return gain[f, b], f, b


def train(
    X: np.ndarray, y: np.ndarray, w: np.ndarray, rounds: int = ROUNDS, unused: list[str] | None = None
) -> dict:
    unused = UNUSED if unused is None else unused
    X = X.copy()
    for name in unused:
        X[:, dump_model.FEATURES.index(name)] = 0.0  # a constant column: no tree splits on it
    edges = _bin_edges(X)
    nbins = [len(e) for e in edges]
    Bf = _binned(X, edges)
    scale = 1.0 / w.mean()
    ws = w * scale
    p0 = float(np.clip(np.average(y, weights=w), 1e-3, 1 - 1e-3))
    base = float(np.log(p0 / (1 - p0)))
    z = np.full(len(y), base)
    trees = []
    all_idx = np.arange(len(y))
    for _ in range(rounds):
        p = 1 / (1 + np.exp(-z))
        g = (p - y) * ws
        h = np.maximum(p * (1 - p), 1e-6) * ws

        def leaf(idx, g=g, h=h):
            return float(-LEARNING_RATE * g[idx].sum() / (h[idx].sum() + L2))

        gain, f, b = _best_split(Bf, g, h, all_idx, nbins)
        if not np.isfinite(gain) or gain <= 0:
            break
        left = all_idx[Bf[:, f] <= b]
        right = all_idx[Bf[:, f] > b]
        node: list = [int(f), float(edges[f][b])]
        for side in (left, right):
            gain2, f2, b2 = _best_split(Bf, g, h, side, nbins) if DEPTH > 1 else (-np.inf, 0, 0)
            if np.isfinite(gain2) and gain2 > 0:
                ll = side[Bf[side, f2] <= b2]
                rr = side[Bf[side, f2] > b2]
                node.append([int(f2), float(edges[f2][b2]), [leaf(ll)], [leaf(rr)]])
                z[ll] += node[-1][2][0]
                z[rr] += node[-1][3][0]
            else:
                node.append([leaf(side)])
                z[side] += node[-1][0]
        trees.append(node)
    return {"kind": "trees", "base": base, "trees": trees, "features": dump_model.FEATURES, "unused": unused}


def train_bagged(
    X: np.ndarray,
    y: np.ndarray,
    w: np.ndarray,
    groups: np.ndarray,
    rounds: int = ROUNDS,
    bags: int | None = None,
    seed: int | None = None,
    unused: list[str] | None = None,
) -> dict:
    """train() on X, y, w; with bags > 1, `bags` models each on a bootstrap sample of the pages
    (`groups`: each row's page; a page drawn k times weighs k times), averaged into one model
    (combine). Deterministic for a seed."""
    bags = BAGS if bags is None else bags
    if bags <= 1:
        return train(X, y, w, rounds, unused)
    return combine(train_members(X, y, w, groups, rounds, bags, seed, unused))


def train_members(
    X: np.ndarray,
    y: np.ndarray,
    w: np.ndarray,
    groups: np.ndarray,
    rounds: int = ROUNDS,
    bags: int = 5,
    seed: int | None = None,
    unused: list[str] | None = None,
) -> list[dict]:
    """`bags` models, each trained on a bootstrap sample of the pages (see train_bagged)."""
    seed = BAG_SEED if seed is None else seed
    names, index = np.unique(groups, return_inverse=True)
    rng = np.random.default_rng(seed)
    members = []
    for _ in range(bags):
        counts = np.bincount(rng.integers(0, len(names), len(names)), minlength=len(names))
        mult = counts[index].astype(float)
        keep = mult > 0
        members.append(train(X[keep], y[keep], w[keep] * mult[keep], rounds, unused))
    return members


def combine(models: list[dict]) -> dict:
    """One model whose margin is the mean of `models`' margins: all their trees, each leaf divided by
    their number, and the mean of their bases (`members`: each one's number of trees and base, in
    order). Its inference costs as many trees as they hold together."""
    k = len(models)

    def scaled(t: list) -> list:
        if len(t) == 1:
            return [t[0] / k]
        return [t[0], t[1], scaled(t[2]), scaled(t[3])]

    trees = [scaled(t) for m in models for t in m["trees"]]
    base = sum(m["base"] for m in models) / k
    members = [[len(m["trees"]), m["base"]] for m in models]
    return dict(models[0], base=base, trees=trees, members=members)


def stacked(feats: dict, ids: list[str], group_of: dict[str, str]) -> tuple[np.ndarray, ...]:
    """(X, y, w, groups) of the documents `ids` (featurise's rows), each row's group its page's."""
    X, y, w = (np.concatenate([feats[i][n] for i in ids]) for n in range(3))
    g = np.concatenate([np.full(len(feats[i][1]), group_of[i], dtype=object) for i in ids])
    return X, y, w, g.astype(str)


def _round_model(m: dict) -> dict:
    def r(t):
        if len(t) == 1:
            return [round(t[0], 5)]
        return [t[0], round(t[1], 6), r(t[2]), r(t[3])]

    return dict(m, base=round(m["base"], 5), trees=[r(t) for t in m["trees"]])


# ---------------------------------------------------------------- the region choice (second stage)

CHOICE_L2 = float(os.environ.get("DUMP_CHOICE_L2", "1.0"))
CHOICE_STEPS = 400


def _quality(doc: dict, units: list, y: np.ndarray, s: int, e: int) -> float:
    """How good the region [s, e) is as the page's article: for a multilingual page, the F1 of its
    "with" and "without" passages found in the region's text; else the F1 of its words against the
    units labelled the article's."""
    if doc["with"]:
        text = _norm(" ".join(u.text for u in units[s:e]))
        tp = sum(1 for p in doc["with"] if p in text)
        fp = sum(1 for p in doc["without"] if p in text)
        fn = len(doc["with"]) - tp
        return 2 * tp / (2 * tp + fp + fn) if tp else 0.0
    words = np.array([u.words for u in units], dtype=float)
    pos = float((words * y).sum())
    inside = float((words[s:e] * y[s:e]).sum())
    got = float(words[s:e].sum())
    if not pos or not inside:
        return 0.0
    p, r = inside / got, inside / pos
    return 2 * p * r / (p + r)


def choice_material(doc: dict, y: np.ndarray, m: dict) -> tuple[list, np.ndarray, np.ndarray] | None:
    """(candidates, feature rows, quality of each) of a document under the unit model m (out of fold)."""
    units, hand, lifted = PAGES[doc["id"]]
    chosen = dump_model.rescore(units, hand, lifted, m)
    cands = dump_regions.candidates(
        chosen, m.get("top_k", dump_regions.TOP_K), m.get("join_gap", dump_regions.JOIN_GAP)
    )
    if not cands:
        return None
    rows = dump_regions.region_features(units, chosen, lifted, cands)
    q = np.array([_quality(doc, units, y, s, e) for s, e, _ in cands])
    return cands, np.array(rows, dtype=float), q


def train_choice(material: list[tuple[np.ndarray, np.ndarray, float]], l2: float = CHOICE_L2) -> dict:
    """A linear choice model (conditional logit over each page's candidates): the best candidates
    (quality within 0.02 of the page's best) share the target; pages weigh by how much the choice
    matters there (best minus worst quality) times their own weight."""
    allx = np.concatenate([x for x, _, _ in material])
    mean = allx.mean(axis=0)
    scale = allx.std(axis=0)
    scale[scale < 1e-9] = 1.0
    pages = []
    for x, q, pw in material:
        spread = q.max() - q.min()
        if len(q) < 2 or spread < 0.02:
            continue
        t = (q >= q.max() - 0.02).astype(float)
        pages.append(((x - mean) / scale, t / t.sum(), pw * spread))
    total_w = sum(w for _, _, w in pages) or 1.0
    coef = np.zeros(allx.shape[1])
    # plain gradient descent with Adam steps: a few hundred pages, a few features
    m1 = np.zeros_like(coef)
    m2 = np.zeros_like(coef)
    for step in range(1, CHOICE_STEPS + 1):
        grad = l2 * coef * 0.01
        for z, t, w in pages:
            v = z @ coef
            v = v - v.max()
            p = np.exp(v)
            p /= p.sum()
            grad += (w / total_w) * (z.T @ (p - t))
        m1 = 0.9 * m1 + 0.1 * grad
        m2 = 0.999 * m2 + 0.001 * grad**2
        coef -= 0.05 * (m1 / (1 - 0.9**step)) / (np.sqrt(m2 / (1 - 0.999**step)) + 1e-8)
    return {
        "features": dump_regions.REGION_FEATURES,
        "mean": [round(float(v), 6) for v in mean],
        "scale": [round(float(v), 6) for v in scale],
        "coef": [round(float(v), 6) for v in coef],
    }


# ---------------------------------------------------------------- evaluation of the whole cleaner


def _add_page(counts: list, text: str, item: dict) -> tuple[int, int, int]:
    """Add a page's passage counts (tp, fp, fn), whether it is lost, and one page to `counts`."""
    a, b, c = page_counts(text, item)
    counts[0], counts[1], counts[2] = counts[0] + a, counts[1] + b, counts[2] + c
    counts[3] += a == 0 and c > 0
    counts[4] += 1
    return a, b, c


def run_docs(docs: list[dict]) -> dict:
    """Counts of the cleaner with the model currently set: multilingual (tp, fp, fn, lost, pages) and
    the 181 set's (text, truth) pairs per kind."""
    out: dict = {"ml": [0, 0, 0, 0, 0], "written": [0, 0, 0, 0, 0], "pairs": {}, "marks": []}
    for d in docs:
        if d.get("extra"):
            continue  # trained on, not scored: the figures stay those of the shipped dumps
        result = clean_dump(d["raw"])
        text = result.text
        if d["set"] == "written":
            a, b, c = _add_page(out["written"], text, d["item"])
            out.setdefault("written_pages", []).append((d["id"], a, b, c))
        elif d["set"] == "ml-tune":
            a, _, c = _add_page(out["ml"], text, d["item"])
            sig = result.signals
            if "learned_second_ratio" in sig:  # (reader.clean.confidence.learned_signals)
                margin = 1.0 - sig["learned_second_ratio"]
                out["marks"].append((a == 0 and c > 0, margin, sig.get("learned_confidence", 1.0)))
        else:
            out["pairs"].setdefault(d["set"], []).append((text, d["truth"]))
    return out


def summary(runs: list[dict]) -> dict:
    tp = sum(r["ml"][0] for r in runs)
    fp = sum(r["ml"][1] for r in runs)
    fn = sum(r["ml"][2] for r in runs)
    p = tp / (tp + fp) if tp + fp else 0.0
    r_ = tp / (tp + fn) if tp + fn else 0.0
    out = {
        "ml_p": p,
        "ml_r": r_,
        "ml_f1": 2 * p * r_ / (p + r_) if p + r_ else 0.0,
        "ml_lost": sum(r["ml"][3] for r in runs),
        "ml_pages": sum(r["ml"][4] for r in runs),
    }
    wtp, wfp, wfn = (sum(r["written"][n] for r in runs) for n in range(3))
    if sum(r["written"][4] for r in runs):
        wp = wtp / (wtp + wfp) if wtp + wfp else 0.0
        wr = wtp / (wtp + wfn) if wtp + wfn else 0.0
        out.update(
            written_f1=2 * wp * wr / (wp + wr) if wp + wr else 0.0,
            written_p=wp,
            written_r=wr,
            written_lost=sum(r["written"][3] for r in runs),
            written_pages=sum(r["written"][4] for r in runs),
            written_detail=sorted(x for r in runs for x in r.get("written_pages", [])),
        )
    marks = [m for r in runs for m in r.get("marks", [])]
    for k, name in ((1, "margin"), (2, "confidence")):
        lost = [m[k] for m in marks if m[0]]
        good = [m[k] for m in marks if not m[0]]
        if lost and good:  # how often a lost page's learned signal is under a good page's (ROC AUC)
            out[f"auc_{name}"] = sum((x < g) + 0.5 * (x == g) for x in lost for g in good) / (
                len(lost) * len(good)
            )
    pairs: dict[str, list] = {}
    for r in runs:
        for k, v in r["pairs"].items():
            pairs.setdefault(k, []).extend(v)
    for k, v in pairs.items():
        out[k] = evaluate(v)["f1"]
        out[f"lost_{k}"] = sum(1 for t, b in v if (doc_precision_recall(t, b)[1] or 0.0) < LOST_RECALL)
    return out


def _memoise_probabilities() -> None:
    """The trees' probabilities of a page do not change with the decoding setting: compute them once
    per (model, page)."""
    plain = dump_model.probabilities
    cache: dict = {}

    def probabilities(units, hand, lifted, m=None, probs1=None):
        key = (id(m["trees"]) if m else None, tuple(u.text for u in units))
        if key not in cache:
            cache[key] = plain(units, hand, lifted, m, probs1)
        return cache[key]

    dump_model.probabilities = probabilities


def _fold(group: str) -> int:
    return int(hashlib.sha256((FOLD_SALT + group).encode()).hexdigest(), 16) % FOLDS


def oof_choice_material(docs: list[dict], feats: dict, models: dict, setting: dict) -> dict:
    """Each document's (candidates, region features, qualities, page weight) under the unit model
    that did not see it (its fold's)."""
    out = {}
    for d in docs:
        if d["id"] not in feats:
            continue
        m = dict(models[_fold(d["group"])], **setting)
        got = choice_material(d, feats[d["id"]][1], m)
        if got is not None:
            out[d["id"]] = (got[0], got[1], got[2], d["weight"])
    return out


def _stacked_rows(feats: dict, group: dict, args) -> tuple[dict[int, dict], dict[str, np.ndarray]]:
    """The first stage's fold models (trained without STAGE1_UNUSED), and every document's feature
    rows with its out-of-fold first-stage probabilities (each page scored by the fold model that did
    not see it; the second stage of fold k trains on pages whose probabilities came from models that
    saw fold k's pages: the usual stacking leak, which favours the stacked scorer a little)."""
    cache = Path(args.stage1_cache) if args.stage1_cache else None
    if cache is not None and cache.exists():
        stage1 = {int(k): v for k, v in json.loads(cache.read_text()).items()}
    else:
        stage1 = {}
        for k in range(FOLDS):
            tr = [i for i in feats if _fold(group[i]) != k]
            X, y, w = (np.concatenate([feats[i][n] for i in tr]) for n in range(3))
            stage1[k] = train(X, y, w, args.rounds, unused=STAGE1_UNUSED)
        if cache is not None:
            cache.write_text(json.dumps(stage1))
    rows = {}
    for i in feats:
        units, hand, lifted = PAGES[i]
        p1 = dump_model.probabilities(units, hand, lifted, stage1[_fold(group[i])])
        rows[i] = np.array(dump_model.unit_features(units, hand, lifted, probs1=p1), dtype=float)
    return stage1, rows


def _fmt(r: dict) -> str:
    return (
        f"ml tune F1 {r['ml_f1']:.3f} (P {r['ml_p']:.3f} R {r['ml_r']:.3f}) lost {r['ml_lost']}/{r['ml_pages']}"
        f" | 181 inscriptis {r.get('181-inscriptis', 0):.3f} flat {r.get('181-flat', 0):.3f}"
        + (f" w3m {r['181-w3m']:.3f}" if "181-w3m" in r else "")
        + " (lost "
        + "/".join(str(r.get(f"lost_{k}", 0)) for k in ("181-inscriptis", "181-flat", "181-w3m") if k in r)
        + ")"
        + (
            f" | written F1 {r['written_f1']:.3f} (P {r['written_p']:.3f} R {r['written_r']:.3f})"
            f" lost {r['written_lost']}/{r['written_pages']}"
            if "written_f1" in r
            else ""
        )
        + f" | lost-page AUC of learned margin {r.get('auc_margin', 0):.3f} confidence {r.get('auc_confidence', 0):.3f}"
    )


def main(argv: list[str] | None = None) -> int:
    global DEPTH, L2, LEARNING_RATE
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--cv", action="store_true", help="grouped cross-validation over decoding settings")
    ap.add_argument("--write", action="store_true", help="train on all the tune material, write the model")
    ap.add_argument("--folds-cache", help="a file to keep the fold models in between --cv runs")
    ap.add_argument(
        "--rerank", default="", help="with --cv: also the region choice, at these L2 weights (1,10)"
    )
    ap.add_argument("--top-k", type=int, default=dump_regions.TOP_K, help="candidate runs per page")
    ap.add_argument(
        "--join-gap", type=int, default=dump_regions.JOIN_GAP, help="candidates this close are joined"
    )
    ap.add_argument(
        "--stage1-cache", help="a file to keep the first stage's fold models in (one per DUMP_STAGE1_UNUSED)"
    )
    ap.add_argument("--rounds", type=int, default=ROUNDS)
    ap.add_argument(
        "--bags", type=int, default=BAGS, help="models on bootstrap samples of the pages, averaged"
    )
    ap.add_argument("--depth", type=int, default=DEPTH, help="each tree's depth (1 or 2)")
    ap.add_argument("--l2", type=float, default=L2, help="the leaves' L2")
    ap.add_argument("--rate", type=float, default=LEARNING_RATE, help="the learning rate")
    ap.add_argument(
        "--w3m-181",
        action=argparse.BooleanOptionalAction,
        default=W3M_181,
        help="also train on the 181 set's HTML rendered by w3m (a third form)",
    )
    ap.add_argument(
        "--ml-cols",
        default=",".join(str(c) for c in ML_COLS),
        help="also train on the multilingual tune pages rendered by w3m at these widths ('' for none)",
    )
    ap.add_argument(
        "--w181", type=float, default=W181, help="weight of each 181-set form (0: 1/number of forms)"
    )
    ap.add_argument(
        "--ml-extra",
        type=float,
        default=ML_EXTRA,
        help="weight of each extra width of a multilingual page (its 100-column dump: 1)",
    )
    ap.add_argument(
        "--written",
        default=WRITTEN_DIR,
        help="also the written page kinds in this folder, or these folders (comma list; one fold group each)",
    )
    ap.add_argument(
        "--written-weight",
        type=float,
        default=WRITTEN_WEIGHT,
        help="weight of each written page (a multilingual tune page: 1); 0: scored out of fold, not trained on",
    )
    ap.add_argument(
        "--written-detail", action="store_true", help="with --cv: each written page's out-of-fold counts"
    )
    ap.add_argument("--grid", default="", help="settings to try with --cv: t:pad:mix,t:pad:mix,...")
    args = ap.parse_args(argv)
    DEPTH, L2, LEARNING_RATE = args.depth, args.l2, args.rate
    t0 = time.time()
    docs = load_docs(
        w3m_181=args.w3m_181,
        ml_cols=tuple(int(c) for c in args.ml_cols.split(",") if c),
        w181=args.w181 or None,
        ml_extra=args.ml_extra,
        written_dir=args.written,
        written_weight=args.written_weight,
    )
    feats = {}
    for d in docs:
        f = featurise(d)
        if f is not None:
            feats[d["id"]] = f
    print(
        f"{len(docs)} documents, {len(feats)} with a region to choose, "
        f"{sum(len(v[1]) for v in feats.values())} units ({time.time() - t0:.0f} s)",
        flush=True,
    )
    share: dict[str, float] = {}
    for d in docs:
        if d["id"] in feats and not d.get("score_only"):
            key = "ml-extra" if d.get("extra") else d["set"]
            share[key] = share.get(key, 0.0) + d["weight"]
    total = sum(share.values())
    print("training weight:", ", ".join(f"{k} {v / total:.3f}" for k, v in share.items()), flush=True)
    trainable = {d["id"] for d in docs if not d.get("score_only")}
    _memoise_probabilities()
    if args.cv:
        saved = dump_model.MODEL_PATH
        dump_model.MODEL_PATH = Path("/nonexistent")
        dump_model._load.cache_clear()
        print("hand scores:      ", _fmt(summary([run_docs(docs)])), flush=True)
        dump_model.MODEL_PATH = saved
        dump_model._load.cache_clear()
        grid = [tuple(float(x) for x in g.split(":")) for g in args.grid.split(",") if g] or [
            (THRESHOLD, WEIGHT_PAD, HAND_MIX, GAIN, float(TRIM_HEAD), float(TRIM_TAIL), UNIT_COST)
        ]
        group = {d["id"]: d["group"] for d in docs}
        by_fold: dict[int, list] = {}
        for d in docs:
            by_fold.setdefault(_fold(d["group"]), []).append(d)
        models = {}
        if args.folds_cache and Path(args.folds_cache).exists():
            models = {int(k): v for k, v in json.loads(Path(args.folds_cache).read_text()).items()}
        stage1: dict[int, dict] = {}
        rows = {i: v[0] for i, v in feats.items()}
        if STAGE1_UNUSED is not None:
            stage1, rows = _stacked_rows(feats, group, args)
        for k in range(FOLDS):
            if k in models:
                continue
            tr = [i for i in feats if _fold(group[i]) != k and i in trainable]
            X = np.concatenate([rows[i] for i in tr])
            _X, y, w, g = stacked(feats, tr, group)
            models[k] = train_bagged(X, y, w, g, args.rounds, args.bags, seed=BAG_SEED + k)
        if args.folds_cache:
            Path(args.folds_cache).write_text(json.dumps(models))
        for k in stage1:
            models[k] = dict(models[k], stage1=stage1[k])
        print(f"trained {FOLDS} folds ({time.time() - t0:.0f} s)", flush=True)
        for t, pad, mix, gain, trim, tail, cost, *edge in grid:
            setting = dict(
                edge_prob=edge[0] if edge else 0.0,
                edge_reach=edge[1] if len(edge) > 1 else 2,
                edge_words=edge[2] if len(edge) > 2 else 12,
                threshold=t,
                weight_pad=pad,
                hand_mix=mix,
                gain=gain,
                trim_head=bool(trim),
                trim_tail=bool(tail),
                unit_cost=cost,
                stage1_mix=STAGE1_MIX,
            )
            runs = []
            for k, fold_docs in sorted(by_fold.items()):
                dump_model.set_model(dict(models[k], **setting))
                runs.append(run_docs(fold_docs))
            dump_model.set_model(None)
            got = summary(runs)
            print(
                f"t {t} pad {pad} mix {mix} gain {gain} trim {trim} {tail} cost {cost} edge {edge}: ",
                _fmt(got),
                f"({time.time() - t0:.0f} s)",
                flush=True,
            )
            if args.written_detail:
                for page, a, b, c in got.get("written_detail", []):
                    print(f"  {page}: with found {a}/{a + c}, without found {b}", flush=True)
            if args.rerank:
                shape = {"top_k": args.top_k, "join_gap": args.join_gap}
                material = oof_choice_material(docs, feats, models, dict(setting, **shape))
                for l2 in [float(x) for x in args.rerank.split(",")]:
                    runs = []
                    picks: dict[str, list] = {"top": [], "choice": [], "oracle": []}
                    for k, fold_docs in sorted(by_fold.items()):
                        train_on = [v[1:] for i, v in material.items() if _fold(group[i]) != k]
                        choice = dict(train_choice(train_on, l2), **shape)
                        for i, (_cands, x, q, _pw) in material.items():
                            if _fold(group[i]) == k and i.startswith("ml/"):
                                v = dump_regions.region_values(choice, x.tolist())
                                picks["top"].append(q[0])
                                picks["choice"].append(q[int(np.argmax(v))])
                                picks["oracle"].append(q.max())
                        dump_model.set_model(dict(models[k], **setting, regions=choice))
                        runs.append(run_docs(fold_docs))
                    dump_model.set_model(None)
                    proxy = " ".join(
                        f"{n} {np.mean(v):.3f}/{sum(1 for x in v if x == 0)}" for n, v in picks.items()
                    )
                    print(
                        f"  + region choice l2 {l2}: ",
                        _fmt(summary(runs)),
                        f"| ml region F1/zero: {proxy} ({time.time() - t0:.0f} s)",
                        flush=True,
                    )
    if args.write:
        feats = {i: v for i, v in feats.items() if i in trainable}
        rows = {i: v[0] for i, v in feats.items()}
        stage1_all = None
        if STAGE1_UNUSED is not None:
            # the second stage learns from out-of-fold first-stage probabilities (the fold models'),
            # and reads at run time those of a first stage trained on all the material
            group = {d["id"]: d["group"] for d in docs}
            _folds, rows = _stacked_rows(feats, group, args)
            X, y, w = (np.concatenate([v[n] for v in feats.values()]) for n in range(3))
            stage1_all = _round_model(train(X, y, w, args.rounds, unused=STAGE1_UNUSED))
        X = np.concatenate([rows[i] for i in feats])
        group_of = {d["id"]: d["group"] for d in docs}
        _X, y, w, g = stacked(feats, list(feats), group_of)
        m = _round_model(train_bagged(X, y, w, g, args.rounds, args.bags))
        if stage1_all is not None:
            m.update(stage1=stage1_all, stage1_mix=STAGE1_MIX)
        m.update(
            threshold=THRESHOLD,
            weight_pad=WEIGHT_PAD,
            hand_mix=HAND_MIX,
            gain=GAIN,
            trim_head=TRIM_HEAD,
            trim_tail=TRIM_TAIL,
            unit_cost=UNIT_COST,
        )
        dump_model.MODEL_PATH.write_text(json.dumps(m, separators=(",", ":")) + "\n", "utf-8")
        print(f"wrote {dump_model.MODEL_PATH} ({len(m['trees'])} trees)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
