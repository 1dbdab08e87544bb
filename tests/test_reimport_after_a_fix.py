"""Importing a page again after its article's text was fixed by hand (`reader body`, the page view's
`Enter`, a candidate) is a duplicate, as it was before the fix: re-importing a folder of saved pages
never gives a fixed article a second, untagged copy."""

from __future__ import annotations

import sqlite3

from reader.body import BodySpec, fix_body
from reader.body_candidates import article_candidates
from reader.importing import import_paths
from reader.store import Store
from reader.store.schema import _COUNT_TRIGGERS

LEAD = "Le port de Sète fermera son plus vieux quai en 2027, a annoncé jeudi la région Occitanie."
MORE = "Le quai a reçu 1,2 million de tonnes de marchandises l'an dernier, un tiers de moins qu'en 2015."
END = "La région veut y installer un chantier d'éoliennes flottantes d'ici 2030, selon le président."
PAGE = "\n\n".join(
    [
        "Accueil | Actualités | Sport",
        "Le port de Sète ferme son plus vieux quai",
        LEAD,
        MORE,
        "À lire aussi : la grève des dockers de Marseille est terminée",
        END,
        "© 2024 Journal du Midi",
    ]
)


def test_a_page_imported_again_after_a_hand_fix_is_a_duplicate(store: Store, tmp_path):
    page = tmp_path / "sete.txt"
    page.write_text(PAGE, encoding="utf-8")
    (aid,) = import_paths(store, [page]).imported
    fix_body(store, aid, BodySpec(LEAD[:30], MORE[-30:], []))
    assert store.get_article(aid).text == f"{LEAD}\n\n{MORE}"
    again = import_paths(store, [page])
    assert again.imported == [] and again.duplicates == [(str(page), aid)]
    assert store.count_articles() == 1


def test_a_page_imported_again_after_a_candidate_was_taken_is_a_duplicate(store: Store, tmp_path):
    page = tmp_path / "sete.txt"
    page.write_text(PAGE, encoding="utf-8")
    (aid,) = import_paths(store, [page]).imported
    fix_body(store, aid, BodySpec(MORE[:30], END[-30:], ["À lire aussi"]))
    assert article_candidates(store, aid)  # still answers after the fix
    assert import_paths(store, [page]).duplicates == [(str(page), aid)]


def test_an_older_library_learns_its_pages_when_upgraded(tmp_path):
    """Articles stored before the upgrade are found by their page too."""
    db = tmp_path / "r.db"
    page = tmp_path / "sete.txt"
    page.write_text(PAGE, encoding="utf-8")
    with Store(db) as store:
        (aid,) = import_paths(store, [page]).imported
        fix_body(store, aid, BodySpec(LEAD[:30], MORE[-30:], []))
        version = store.schema_version
    conn = sqlite3.connect(db)  # back to schema 6, before the page hash (and what came after it)
    for trigger in ("articles_count_insert", "annotations_count_insert", "annotations_count_delete"):
        conn.execute(f"DROP TRIGGER {trigger}")  # schema 9: the counts in a table of their own
    conn.execute("DROP TABLE annotation_counts")
    conn.execute("ALTER TABLE articles ADD COLUMN annotation_count INTEGER NOT NULL DEFAULT 0")
    conn.execute("CREATE INDEX articles_by_annotations ON articles (annotation_count, id, status)")
    conn.executescript(_COUNT_TRIGGERS)
    conn.execute("DROP INDEX articles_by_page")
    conn.execute("ALTER TABLE articles DROP COLUMN page_hash")
    conn.execute("ALTER TABLE articles DROP COLUMN text_changed_by")
    conn.execute("ALTER TABLE articles DROP COLUMN title_by_hand")  # schema 11
    conn.execute("PRAGMA user_version = 6")
    conn.commit()
    conn.close()
    with Store(db) as store:
        assert store.schema_version == version
        assert import_paths(store, [page]).duplicates == [(str(page), aid)]
