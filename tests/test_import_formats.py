"""Each input format is recognised, cleaned and stored with its raw input kept as read."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from reader.importing import import_paths
from reader.importing.formats import looks_like_html, sniff

SEED = Path(__file__).resolve().parent.parent / "sample_data" / "000_d13f4cea6e1b214d.txt"
BODY = [
    "The mayor of Lille said on Monday that the new tram line will open in March and carry forty thousand people a day.",
    "The council approved a budget of 120 million euros for the work, which starts next week near the station.",
    "Opponents say the line will cut through a park that hundreds of families use every weekend in summer.",
]
HTML = (
    "<!DOCTYPE html><html><head><title>Lille opens a tram | City News</title></head><body>"
    "<nav><a href='/'>Home</a> | <a href='/news'>News</a></nav><article><h1>Lille opens a tram</h1>"
    + "".join(f"<p>{p}</p>" for p in BODY)
    + "</article><footer>Copyright 2025 City News</footer></body></html>"
)
MARKDOWN = "# Lille opens a tram\n\n" + "\n\n".join(BODY).replace("new tram line", "**new tram line**") + "\n"


def _only(store):
    assert store.count_articles() == 1
    return store.get_article(1, with_raw=True)


def test_text_dump(store):
    report = import_paths(store, [SEED])
    assert report.imported == [1]
    article = _only(store)
    assert article.title == "France's 'Battery Valley' makes use of Asian experts"
    assert article.byline == "Etienne BALMER" and article.published == "2025-12-10"
    assert article.raw == SEED.read_text(encoding="utf-8")
    assert article.source == str(SEED)
    assert store.article_format(1) == "text"


def test_html_by_suffix_and_by_content(store, tmp_path):
    page = tmp_path / "page.html"
    page.write_text(HTML, encoding="utf-8")
    assert import_paths(store, [page]).imported == [1]
    article = _only(store)
    assert store.article_format(1) == "html"
    assert article.title == "Lille opens a tram"
    assert BODY[1] in article.text
    assert "<p>" not in article.text and "Copyright" not in article.text
    assert article.raw == HTML
    assert sniff("saved.txt", HTML) == "html" and looks_like_html(HTML)
    assert sniff("dump.txt", SEED.read_text()) == "text"


def test_markdown(store, tmp_path):
    md = tmp_path / "story.md"
    md.write_text(MARKDOWN, encoding="utf-8")
    assert import_paths(store, [md]).imported == [1]
    article = _only(store)
    assert store.article_format(1) == "markdown"
    assert article.title == "Lille opens a tram"
    assert BODY[0] in article.text and "**" not in article.text


def test_json_list_of_records(store, tmp_path):
    records = [
        {
            # two paragraphs: the HTML page below holds the same article in full (not a duplicate)
            "text": "\n\n".join(BODY[:2]),
            "title": "Tram for Lille",
            "url": "https://news.example/tram",
            "date": "2025-03-04T09:30:00Z",
            "author": "Jeanne Martin",
        },
        {"html": HTML, "title": None},
    ]
    path = tmp_path / "batch.json"
    path.write_text(json.dumps(records), encoding="utf-8")
    report = import_paths(store, [path])
    assert report.imported == [1, 2] and not report.refused
    first = store.get_article(1, with_raw=True)
    assert first.title == "Tram for Lille"
    assert first.source == "https://news.example/tram"
    assert first.published == "2025-03-04"
    assert first.byline == "Jeanne Martin"
    assert first.text == "\n\n".join(BODY[:2])
    assert json.loads(first.raw) == records[0]
    assert store.article_format(1) == "json"
    second = store.get_article(2)
    assert second.title == "Lille opens a tram" and second.source == str(path)


def test_json_object(store, tmp_path):
    raw = json.dumps({"text": "\n\n".join(BODY), "title": "One record", "date": "4 March 2025"})
    path = tmp_path / "one.json"
    path.write_text(raw, encoding="utf-8")
    assert import_paths(store, [path]).imported == [1]
    article = _only(store)
    assert article.title == "One record" and article.published == "2025-03-04"
    assert article.raw == raw


@pytest.mark.parametrize("suffix", [".jsonl", ".ndjson"])
def test_json_lines(store, tmp_path, suffix):
    lines = [json.dumps({"text": p, "title": f"Story {i}"}) for i, p in enumerate(BODY, 1)]
    path = tmp_path / f"feed{suffix}"
    path.write_text("\n".join(lines) + "\n\n", encoding="utf-8")
    report = import_paths(store, [path])
    assert report.imported == [1, 2, 3]
    assert [store.get_article(i).title for i in (1, 2, 3)] == ["Story 1", "Story 2", "Story 3"]
    assert store.get_article(2, with_raw=True).raw == lines[1]


def test_stdin(store):
    data = SEED.read_bytes()
    report = import_paths(store, ["-"], stdin=io.BytesIO(data))
    assert report.imported == [1]
    article = _only(store)
    assert article.source is None
    assert article.raw == data.decode("utf-8")
    assert article.byline == "Etienne BALMER"


def test_stdin_html_is_sniffed(store):
    assert import_paths(store, ["-"], stdin=io.BytesIO(HTML.encode())).imported == [1]
    assert store.article_format(1) == "html"


def test_folder_is_recursive_sorted_and_skips_hidden(store, tmp_path):
    root = tmp_path / "pages"
    (root / "b").mkdir(parents=True)
    (root / ".git").mkdir()
    (root / ".git" / "page.html").write_text(HTML)
    (root / ".hidden.md").write_text(MARKDOWN)
    (root / "b" / "z.md").write_text(MARKDOWN)
    (root / "a.txt").write_bytes(SEED.read_bytes())
    seen: list[tuple[int, int, str]] = []
    report = import_paths(
        store, [root], on_progress=lambda done, total, label: seen.append((done, total, label))
    )
    assert report.imported == [1, 2]
    assert [s for _, _, s in seen] == [str(root / "a.txt"), str(root / "b" / "z.md")]
    assert seen[-1][:2] == (2, 2)
    assert store.get_article(1).source == str(root / "a.txt")


def test_json_record_url_gives_the_site(store, tmp_path):
    path = tmp_path / "r.json"
    body = "The council approved a budget of 120 million euros for the new tram line on Monday."
    path.write_text(json.dumps({"url": "https://www.example.com/x", "text": body}), encoding="utf-8")
    report = import_paths(store, [path])
    assert report.imported == [1], report.refused
    article = store.get_article(1)
    assert article.source == "https://www.example.com/x"
    assert article.site == "example.com"


def test_a_file_keeps_no_site(store, tmp_path):
    path = tmp_path / "plain.txt"
    path.write_text("The council approved a budget of 120 million euros for the tram.\n", encoding="utf-8")
    report = import_paths(store, [path])
    assert store.get_article(report.imported[0]).site is None


def test_gzipped_pages_are_read_as_the_page_inside(store, tmp_path):
    """Found importing the benchmark's saved pages (h57): a page saved compressed (page.html.gz) was
    refused as "binary content". It is read as the page inside; its kind comes from the name
    without .gz (or from the content)."""
    import gzip

    (tmp_path / "tram.html.gz").write_bytes(gzip.compress(HTML.encode("utf-8")))
    french = [
        "Le maire de Roubaix a annoncé lundi que la nouvelle ligne de tramway ouvrira en mars prochain.",
        "Le conseil a voté un budget de 120 millions d’euros pour les travaux, qui débutent près de la gare.",
        "Les opposants craignent que la ligne ne traverse un parc très fréquenté par les familles l’été.",
    ]
    dump = "Un tramway pour Roubaix\n\n" + "\n\n".join(french)
    (tmp_path / "tram-fr.txt.gz").write_bytes(gzip.compress(dump.encode("cp1252")))
    report = import_paths(store, [tmp_path / "tram.html.gz", tmp_path / "tram-fr.txt.gz"])
    assert report.refused == [] and report.imported == [1, 2]
    assert store.article_format(1) == "html" and store.get_article(1).title == "Lille opens a tram"
    assert store.get_article(1, with_raw=True).raw == HTML
    assert store.article_format(2) == "text" and french[1] in store.get_article(2).text


def test_a_broken_or_oversized_gzip_is_refused_in_one_line(store, tmp_path):
    import gzip

    broken = tmp_path / "cut.html.gz"
    broken.write_bytes(gzip.compress(HTML.encode("utf-8"))[:40])
    bomb = tmp_path / "bomb.txt.gz"  # small on disk, over the limit once unpacked
    bomb.write_bytes(gzip.compress(b"a few words " * 5000))
    report = import_paths(store, [broken, bomb], max_bytes=10 * 1024)
    assert report.imported == []
    reasons = dict(report.refused)
    assert reasons[str(broken)].startswith("not a valid gzip file")
    assert reasons[str(bomb)] == "too large once unpacked (over the 10 KB limit)"
