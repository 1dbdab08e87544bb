"""Issue 13 item 25: a copyright year never becomes the publication date ("© 2024" -> 2024-01-01),
whatever the format the page comes in. Checked on the value stored in SQLite after an import."""

from __future__ import annotations

import sqlite3

import pytest

from reader.importing import import_paths

BODY = [
    "The harbour board said on Tuesday that the old ferry pier will close for repairs for most of the summer.",
    "Boats will use a temporary landing stage next to the fish market, the board said in a statement.",
    "Traders at the market said they expected more customers while the works go on near the old pier.",
]


def _published(db_path) -> list[str | None]:
    with sqlite3.connect(db_path) as conn:
        return [r[0] for r in conn.execute("SELECT published FROM articles ORDER BY id")]


@pytest.mark.parametrize(
    "footer",
    [
        "© 2024 Harbour Times",
        "Copyright 2024 Harbour Times. All rights reserved.",
        "&copy; 2024 Hafenblatt GmbH",
    ],
)
def test_html_copyright_footer_is_not_the_published_date(store, db_path, tmp_path, footer):
    page = tmp_path / "pier.html"
    page.write_text(
        "<html><head><title>Ferry pier to close</title></head><body><article><h1>Ferry pier to close</h1>"
        + "".join(f"<p>{p}</p>" for p in BODY)
        + f"</article><footer>{footer}</footer></body></html>",
        encoding="utf-8",
    )
    assert import_paths(store, [page]).imported == [1]
    assert _published(db_path) == [None]


def test_text_and_markdown_copyright_lines_are_not_the_published_date(store, db_path, tmp_path):
    dump = tmp_path / "pier.txt"
    dump.write_text("\n\n".join(["Ferry pier to close", "© 2024 Harbour Times", *BODY, "© 2024"]), "utf-8")
    md = tmp_path / "pier.md"
    md.write_text(
        "# Ferry pier to close\n\nCopyright © 12.03.2024 Harbour Times\n\n" + "\n\n".join(BODY[:2]), "utf-8"
    )
    assert import_paths(store, [dump, md]).imported == [1, 2]
    assert _published(db_path) == [None, None]


def test_a_real_date_beside_the_copyright_footer_is_kept(store, db_path, tmp_path):
    page = tmp_path / "pier.html"
    page.write_text(
        '<html><head><meta property="article:published_time" content="2024-06-03T08:00:00Z"></head><body>'
        "<article>" + "".join(f"<p>{p}</p>" for p in BODY) + "</article><footer>© 2024 Harbour Times</footer>"
        "</body></html>",
        encoding="utf-8",
    )
    assert import_paths(store, [page]).imported == [1]
    assert _published(db_path) == ["2024-06-03"]
