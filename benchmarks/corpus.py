"""A deterministic synthetic news corpus for the scale benchmarks (no network, no data files).

    python benchmarks/corpus.py dumps DIR --articles 1000     # page dumps, one .txt per article
    python benchmarks/corpus.py db --articles 100000 --annotations 1000000   # build (or reuse) a cached DB

Articles are 300-1,500 words of news-like prose: paragraphs of sentences with people, organisations,
places, numbers, money, percentages and dates, over a Zipf-distributed vocabulary (so the full-text
index has realistic posting lists: a few very common words, a long tail of rare ones). A page dump
wraps the article in site boilerplate (navigation, share buttons, newsletter, related links,
copyright), the way a browser's "save as text" does.

`build_db` writes a reader database directly with executemany in large transactions (the schema
comes from `Store`, so triggers keep the FTS index and annotation counts right); the result is cached
under $READER_BENCH_CACHE (default: <tmp>/reader-bench) keyed by the sizes and the seed. Stored
text is the article body the generator knows (the cleaner is not run for 100,000 pages: the import
benchmark measures it separately); raw holds the page dump, as an import would.

Besides the N articles, the database holds one long article (10,000 words, 500 annotations) for the
reading-view benchmark; its id is in the JSON file written beside the database.
"""

from __future__ import annotations

import argparse
import bisect
import json
import os
import random
import sqlite3
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

GENERATOR_VERSION = 3
DEFAULT_SEED = 20251210

FIRST = (
    "Anna Marc Julia Pierre Sofia Jean Laura Ahmed Mei Carlos Olga Kenji Fatima Lucas Elena David Sarah "
    "Ibrahim Chloe Tomasz Ines Rafael Amira Hugo Nadia Pablo Yuki Emma Thomas Leila Viktor Clara Omar "
    "Giulia Samuel Zofia Mateo Hana Louis Aisha Felix Maria Jonas Priya Paul Lina Oscar Nora Diego Alice"
).split()
LAST = (
    "Martin Bernard Dubois Kurose Garcia Rossi Novak Schmidt Okafor Tanaka Silva Kowalski Haddad Moreau "
    "Laurent Fischer Nguyen Petrov Jensen Costa Meyer Lefebvre Romano Ivanova Suzuki Mendes Larsen Weber "
    "Fontaine Rahman Ortiz Bianchi Keller Dupont Yilmaz Svensson Marchetti Adeyemi Chen Hoffmann Lopez "
    "Sato Andersen Girard Ferrari Kaminski Benali Vargas Lindqvist Delacroix"
).split()
PLACES = (
    "Paris Lyon Douai Marseille Brussels Geneva Berlin Madrid Lisbon Rome Milan Vienna Warsaw Prague "
    "Budapest Athens Istanbul Cairo Lagos Nairobi Dakar Tokyo Osaka Seoul Beijing Shanghai Mumbai Delhi "
    "Jakarta Manila Sydney Toronto Montreal Chicago Boston Denver Houston Lima Santiago Bogota Quito "
    "Oslo Helsinki Tallinn Riga Vilnius Dublin Glasgow Cardiff Leeds Antwerp Rotterdam Hamburg Munich"
).split()
ORG_HEADS = (
    "Stellantis Renault Airbus Siemens Orange Danone Total Enel Iberdrola Nokia Ericsson Philips Bayer "
    "Unilever Carrefour Vinci Alstom Safran Thales Engie Veolia Michelin Hermes Kering Capgemini Atos"
).split()
INSTITUTIONS = (
    "the European Commission|the central bank|the finance ministry|the city council|the regional court|"
    "the health agency|the national statistics office|the labour union|the competition authority|"
    "the port authority|the energy regulator|the prosecutor's office|the education ministry|parliament|"
    "the World Health Organization|the International Monetary Fund|the United Nations|the police"
).split("|")
MONTHS = "January February March April May June July August September October November December".split()
DAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
UNITS = "jobs workers tonnes homes vehicles students patients euros dollars kilometres hectares".split()
SAID = "said|told reporters|said in a statement|told the agency|wrote on social media|confirmed|argued".split(
    "|"
)
SITES = (
    "The Daily Courier|Le Journal du Nord|Metro Herald|The Evening Standard|Regional Post|Wire Today".split(
        "|"
    )
)

# Connectors and phrases that make sentences read as prose (the cleaner counts stopwords).
OPENERS = [
    "According to {inst}, ",
    "On {day}, ",
    "In {place}, ",
    "Last {month}, ",
    "Since {year}, ",
    "",
    "",
    "",
    "However, ",
    "Meanwhile, ",
    "By the end of the year, ",
    "For the first time, ",
]
CLAUSES = [
    "{person} {said} that {org} would {verb} {num} {unit} in {place}",
    "{org} plans to {verb} about {num} {unit} over the next {small} years",
    "the {noun} of the {noun2} rose by {pct} to {money}",
    "{person}, who leads the {noun} at {org}, {said} the {noun2} was not {adj}",
    "the {adj} {noun} in {place} has cost {money} since {month} {year}",
    "{inst} {said} that the {noun} had been {adj} for {small} months",
    "more than {num} people attended the {noun} on {day} {date}",
    "{person} {said} it was a {adj} moment for the {noun2} and for {place}",
    "the {noun} is expected to reach {money} by {year}, up from {money2} in {year2}",
    "officials at {org} declined to comment on the {noun} or on the {noun2}",
    "the {noun2} fell {pct} in the quarter, the lowest level since {year}",
    "{person} and {person2} met in {place} to discuss the {adj} {noun}",
    "a {noun} of {num} {unit} was announced by {inst} on {date}",
    "residents of {place} have complained about the {noun} for {small} years",
]
VERBS = "hire cut build close open invest relocate train export sell buy move replace fund recruit".split()
ADJS = (
    "difficult historic sustainable fragile unprecedented modest significant controversial temporary "
    "regional national urgent costly ambitious limited surprising major minor"
).split()
SYLLABLES = (
    "ba be bi bo bu ca co cu da de di do fa fe fi fo ga go gu ha he hi ja jo ka ke ki ko la le li lo lu "
    "ma me mi mo mu na ne ni no nu pa pe pi po pu ra re ri ro ru sa se si so su ta te ti to tu va ve vi "
    "vo za ze zi zo bra cre dri fro gla pla pro sta tri stro quen tion ment ance ity ure ous ive"
).split()
COMMON_NOUNS = (
    "plan project budget factory plant deal contract market economy government policy report strike "
    "election court case investigation price wage tax rate inflation housing transport energy network "
    "programme reform agreement sector industry company union school hospital council agency crisis"
).split()


def _pseudo_words(rng: random.Random, n: int) -> list[str]:
    seen: set[str] = set()
    words: list[str] = []
    while len(words) < n:
        w = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4)))
        if w not in seen:
            seen.add(w)
            words.append(w)
    return words


@dataclass
class Article:
    title: str
    byline: str
    dateline: str
    site: str
    published: str
    paragraphs: list[str]

    @property
    def text(self) -> str:
        """The article body as the cleaner returns it: paragraphs separated by one blank line."""
        return "\n\n".join(self.paragraphs)

    def dump(self) -> str:
        """A browser's "save as text" of the page: the article wrapped in site boilerplate."""
        head = [
            f"{self.site}",
            "Home | World | Politics | Business | Tech | Sport | Culture | Opinion",
            "Subscribe   Log in   Search",
            "",
            "Advertisement",
            "",
            self.title,
            "",
            f"By {self.byline}",
            f"Published {self.published}",
            "",
        ]
        body = self.paragraphs
        foot = [
            "",
            "Share on Facebook  Share on X  Email",
            "Sign up for our newsletter",
            "Enter your email address",
            "",
            "Related articles",
            "- Council approves new budget",
            "- Five things to know this week",
            "- Weather: storms expected",
            "",
            "Most read",
            "1. Transport strike ends",
            "2. Prices at the pump",
            "",
            f"© 2025 {self.site}. All rights reserved.",
            "Terms of use | Privacy policy | Cookie settings | Contact us",
        ]
        return "\n".join(head) + "\n" + "\n\n".join(body) + "\n" + "\n".join(foot) + "\n"


class Generator:
    """Articles from a seed: the same seed and index always give the same article."""

    def __init__(self, seed: int = DEFAULT_SEED, vocabulary: int = 30_000, sentences: int = 60_000) -> None:
        rng = random.Random(seed)
        self.seed = seed
        self.vocab = _pseudo_words(rng, vocabulary)
        # Zipf weights: rank r has weight 1/r.
        cum, total = [], 0.0
        for r in range(1, len(self.vocab) + 1):
            total += 1.0 / r
            cum.append(total)
        self._cum = cum
        self._rng = rng
        self.sentences = [self._sentence(rng) for _ in range(sentences)]
        self._lengths = [len(s.split()) for s in self.sentences]

    def _noun(self, rng: random.Random) -> str:
        if rng.random() < 0.5:
            return rng.choice(COMMON_NOUNS)
        return self.vocab[bisect.bisect_left(self._cum, rng.random() * self._cum[-1])]

    def _sentence(self, rng: random.Random) -> str:
        def person() -> str:
            return f"{rng.choice(FIRST)} {rng.choice(LAST)}"

        def clause() -> str:
            return rng.choice(CLAUSES).format(
                person=person(),
                person2=person(),
                said=rng.choice(SAID),
                org=rng.choice(ORG_HEADS),
                inst=rng.choice(INSTITUTIONS),
                verb=rng.choice(VERBS),
                num=f"{rng.randint(2, 9_999):,}",
                small=rng.randint(2, 12),
                unit=rng.choice(UNITS),
                place=rng.choice(PLACES),
                noun=self._noun(rng),
                noun2=self._noun(rng),
                adj=rng.choice(ADJS),
                pct=f"{rng.randint(1, 99)}.{rng.randint(0, 9)}%",
                money=f"€{rng.randint(1, 900)} million",
                money2=f"€{rng.randint(1, 900)} million",
                month=rng.choice(MONTHS),
                day=rng.choice(DAYS),
                date=f"{rng.randint(1, 28)} {rng.choice(MONTHS)}",
                year=rng.randint(1990, 2025),
                year2=rng.randint(1990, 2025),
            )

        opener = rng.choice(OPENERS).format(
            inst=rng.choice(INSTITUTIONS),
            day=rng.choice(DAYS),
            place=rng.choice(PLACES),
            month=rng.choice(MONTHS),
            year=rng.randint(1990, 2025),
        )
        body = clause()
        if rng.random() < 0.4:
            body += rng.choice([", and ", ", while ", ", but ", " because "]) + clause()
        s = opener + body + "."
        return s[0].upper() + s[1:]

    def article(self, index: int, words: int | None = None) -> Article:
        rng = random.Random(self.seed * 1_000_003 + index)
        target = words if words is not None else rng.randint(300, 1500)
        paragraphs: list[str] = []
        n = 0
        pool = self.sentences
        while n < target:
            k = rng.randint(1, 4)
            picks = rng.choices(range(len(pool)), k=k)
            paragraphs.append(" ".join(pool[i] for i in picks))
            n += sum(self._lengths[i] for i in picks)
        # A unique, searchable marker keeps every article's text (and content hash) distinct.
        paragraphs[-1] += f" Reference {index:07d}."
        place = rng.choice(PLACES)
        topic = self._noun(rng)
        title = f"{rng.choice(ORG_HEADS)} {rng.choice(['to', 'will', 'may'])} {rng.choice(VERBS)} {topic} in {place}"
        month = rng.randint(1, 12)
        day = rng.randint(1, 28)
        year = rng.randint(2015, 2025)
        dateline = f"{place.upper()}, {MONTHS[month - 1]} {day} (Reuters)"
        paragraphs[0] = f"{dateline} - {paragraphs[0]}"
        return Article(
            title=title,
            byline=f"{rng.choice(FIRST)} {rng.choice(LAST)}",
            dateline=dateline,
            site=rng.choice(SITES),
            published=f"{year:04d}-{month:02d}-{day:02d}",
            paragraphs=paragraphs,
        )

    def articles(self, n: int, start: int = 0) -> Iterator[Article]:
        for i in range(start, start + n):
            yield self.article(i)

    def query_words(self, n: int, seed: int = 1) -> list[str]:
        """Search inputs a user might type: names, places, topic words (common and rare), pairs, prefixes."""
        rng = random.Random(seed)
        out: list[str] = []
        kinds = ["last", "place", "common", "rare", "pair", "prefix", "org", "full name"]
        for i in range(n):
            kind = kinds[i % len(kinds)]
            if kind == "last":
                out.append(rng.choice(LAST))
            elif kind == "place":
                out.append(rng.choice(PLACES))
            elif kind == "common":
                out.append(rng.choice(COMMON_NOUNS))
            elif kind == "rare":
                out.append(self.vocab[rng.randint(1000, len(self.vocab) - 1)])
            elif kind == "pair":
                out.append(f"{rng.choice(COMMON_NOUNS)} {rng.choice(PLACES)}")
            elif kind == "prefix":
                out.append(rng.choice(self.vocab[:3000])[:4])
            elif kind == "org":
                out.append(f"{rng.choice(ORG_HEADS)} {rng.choice(VERBS)}")
            else:
                out.append(f"{rng.choice(FIRST)} {rng.choice(LAST)}")
        return out


def write_dumps(
    folder: str | os.PathLike[str], n: int, seed: int = DEFAULT_SEED, start: int = 0
) -> list[Path]:
    """Write n page dumps as DIR/article-NNNNNNN.txt; returns the paths."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    gen = Generator(seed)
    paths = []
    for i, art in enumerate(gen.articles(n, start), start):
        p = folder / f"article-{i:07d}.txt"
        p.write_text(art.dump(), "utf-8")
        paths.append(p)
    return paths


# -- the database ------------------------------------------------------------------------------

LONG_WORDS = 10_000
LONG_ANNOTATIONS = 500
_LABELS = [(1, "entity"), (2, "entity"), (3, "entity"), (4, "entity"), (5, "entity"), (6, "claim")]
_QUANTITY_LABEL, _CLAIM_LABEL = 4, 6


def cache_dir() -> Path:
    return Path(os.environ.get("READER_BENCH_CACHE") or Path(tempfile.gettempdir()) / "reader-bench")


def db_path_for(articles: int, annotations: int, seed: int = DEFAULT_SEED) -> Path:
    return cache_dir() / f"corpus-v{GENERATOR_VERSION}-s{seed}-a{articles}-n{annotations}.db"


def _spans(rng: random.Random, text: str, k: int) -> list[tuple[int, int]]:
    """k word-aligned spans of 1-4 words in text."""
    spans = []
    n = len(text)
    for _ in range(k):
        pos = rng.randrange(0, max(1, n - 40))
        s = text.rfind(" ", 0, pos) + 1
        e = s
        for _w in range(rng.randint(1, 4)):
            nxt = text.find(" ", e + 1)
            if nxt == -1:
                nxt = n
            e = nxt
        e = min(e, n)
        while e > s and not text[e - 1].isalnum():
            e -= 1
        if e > s:
            spans.append((s, e))
    return spans


def _annotation_rows(rng: random.Random, article_id: int, text: str, k: int, stamp: str) -> list[tuple]:
    from reader.anchor import context
    from reader.segments import SentenceBounds

    rows = []
    sentences = SentenceBounds(text)
    for s, e in _spans(rng, text, k):
        label_id, kind = rng.choice(_LABELS)
        prefix, suffix = context(text, s, e)
        rows.append(
            (
                article_id,
                label_id,
                s,
                e,
                text[s:e],
                prefix,
                suffix,
                sentences.sentence(s, e),
                None,
                "bench",
                stamp,
                stamp,
                "manual",
                None,
                "unverified" if kind == "claim" else None,
            )
        )
    return rows


_INSERT_ARTICLE = """INSERT INTO articles (id, content_hash, source, format, site, title, byline, dateline, agency,
    published, language, raw, text, word_count, status, imported_at) VALUES (?, ?, ?, 'text', ?, ?, ?, ?, ?, ?, 'en', ?, ?, ?, ?, ?)"""
_INSERT_ANNOTATION = """INSERT INTO annotations (article_id, label_id, start, "end", text, prefix, suffix,
    sentence, note, annotator, created, updated, origin, claimant, claim_status)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"""


def build_db(
    path: str | os.PathLike[str],
    articles: int,
    annotations: int,
    seed: int = DEFAULT_SEED,
    progress: bool = False,
) -> dict:
    """Write a fresh database at path: `articles` articles, `annotations` spread over them (0 to 2x the
    mean per article), plus the long article. Returns the metadata (also written to path + '.json')."""
    from reader.store import Store, content_hash, word_count

    path = Path(path)
    for p in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        p.unlink(missing_ok=True)
    Store(path).close()  # the schema and default labels, by the store's own migrations
    conn = sqlite3.connect(str(path), isolation_level=None)
    conn.execute("PRAGMA synchronous = OFF")
    conn.execute("PRAGMA cache_size = -200000")
    gen = Generator(seed)
    rng = random.Random(seed + 7)
    stamp = "2025-12-10T09:00:00+00:00"
    mean = annotations / articles if articles else 0
    remaining = annotations
    started = time.perf_counter()

    # The long article first (id 1): 10,000 words, 500 annotations.
    long = gen.article(-1, words=LONG_WORDS)
    long.title = "Benchmark long article"
    meta = {"articles": articles, "annotations": annotations, "seed": seed, "long_article_id": 1}
    batch: list[tuple] = []
    ann_batch: list[tuple] = []
    links: list[tuple[int, int]] = []
    next_id = 1  # annotation ids, as AUTOINCREMENT gives them in this fresh database

    def flush() -> None:
        conn.execute("BEGIN")
        conn.executemany(_INSERT_ARTICLE, batch)
        conn.executemany(_INSERT_ANNOTATION, ann_batch)
        conn.executemany("INSERT INTO claim_quantities (claim_id, quantity_id) VALUES (?, ?)", links)
        conn.execute("COMMIT")
        batch.clear()
        ann_batch.clear()
        links.clear()

    def add(article_id: int, art: Article, k: int) -> None:
        text = art.text
        batch.append(
            (
                article_id,
                content_hash(text),
                f"/bench/article-{article_id:07d}.txt",
                art.site,
                art.title,
                art.byline,
                art.dateline,
                "Reuters",
                art.published,
                art.dump(),
                text,
                word_count(text),
                "new" if k == 0 else "in progress",
                stamp,
            )
        )
        nonlocal next_id
        rows = _annotation_rows(rng, article_id, text, k, stamp)
        # A claim links up to two of its article's quantities, as the claim form does.
        quantities = [next_id + j for j, row in enumerate(rows) if row[1] == _QUANTITY_LABEL]
        for j, row in enumerate(rows):
            if row[1] == _CLAIM_LABEL and quantities:
                for qid in rng.sample(quantities, min(len(quantities), rng.randint(0, 2))):
                    links.append((next_id + j, qid))
        ann_batch.extend(rows)
        next_id += len(rows)

    add(1, long, LONG_ANNOTATIONS)
    for i in range(articles):
        left = articles - i
        if left == 1:
            k = remaining
        else:
            k = min(remaining, rng.randint(0, int(2 * mean)) if mean else 0)
        remaining -= k
        add(i + 2, gen.article(i), k)
        if len(batch) >= 2000:
            flush()
            if progress:
                rate = (i + 1) / (time.perf_counter() - started)
                print(f"  {i + 1:,}/{articles:,} articles ({rate:,.0f}/s)", file=sys.stderr, flush=True)
    if batch:
        flush()
    meta["annotation_rows"] = conn.execute("SELECT count(*) FROM annotations").fetchone()[0]
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    meta["build_seconds"] = round(time.perf_counter() - started, 1)
    path.with_name(path.name + ".json").write_text(json.dumps(meta, indent=1), "utf-8")
    return meta


def cached_db(
    articles: int, annotations: int, seed: int = DEFAULT_SEED, progress: bool = True
) -> tuple[Path, dict]:
    """The database for these sizes, built once and reused (delete the cache folder to rebuild)."""
    path = db_path_for(articles, annotations, seed)
    info = path.with_name(path.name + ".json")
    if path.exists() and info.exists():
        return path, json.loads(info.read_text("utf-8"))
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + f".building-{os.getpid()}")
    if progress:
        print(f"building {articles:,} articles / {annotations:,} annotations in {path}", file=sys.stderr)
    meta = build_db(tmp, articles, annotations, seed, progress=progress)
    os.replace(tmp, path)
    tmp.with_name(tmp.name + ".json").unlink(missing_ok=True)
    info.write_text(json.dumps(meta, indent=1), "utf-8")
    for suffix in ("-wal", "-shm"):
        tmp.with_name(tmp.name + suffix).unlink(missing_ok=True)
    return path, meta


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("dumps", help="write page dumps to a folder")
    d.add_argument("folder")
    d.add_argument("--articles", type=int, default=1000)
    d.add_argument("--seed", type=int, default=DEFAULT_SEED)
    b = sub.add_parser("db", help="build (or reuse) the cached database and print its path")
    b.add_argument("--articles", type=int, default=100_000)
    b.add_argument("--annotations", type=int, default=1_000_000)
    b.add_argument("--seed", type=int, default=DEFAULT_SEED)
    args = ap.parse_args(argv)
    if args.cmd == "dumps":
        paths = write_dumps(args.folder, args.articles, args.seed)
        print(f"{len(paths)} dumps in {args.folder}")
    else:
        path, meta = cached_db(args.articles, args.annotations, args.seed)
        print(path)
        print(json.dumps(meta))


if __name__ == "__main__":
    main()
