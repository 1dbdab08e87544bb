"""A brat export imported as new articles (`reader import FOLDER`, then `reader import-annotations
FOLDER`) gives the tags on the title, byline and dateline back: the folder's texts are the articles
(not their .ann, .meta.txt or .conf files), each gets the title, byline and dateline its
NAME.meta.txt carries, and the tags land on them. A value the library already has is kept (never
overwritten): its tags are placed by their words or reported. Invented text, German and Spanish;
the importing library on both backends."""

from __future__ import annotations

from pathlib import Path

from reader.export import export
from reader.export.importers import import_annotations
from reader.importing import import_paths
from reader.models import CleanResult
from reader.store.store import Store

ARTICLES = (
    CleanResult(
        text="Die neue Brücke in Velmsdorf wurde am Montag eröffnet.\n\nHanne Osterkamp sprach von einem Festtag.",
        title="Velmsdorf feiert seine Brücke",
        byline="Von Jens Falkenrath",
        dateline="VELMSDORF",
    ),
    CleanResult(
        text="El puerto de Alvorinha recibió 3 millones de turistas.\n\nLa alcaldesa Inés Valadares lo celebró.",
        title="Alvorinha bate su récord",
        byline="Por Tiago Meireles",
        dateline="ALVORINHA, 3 de mayo",
    ),
)


def _source(tmp_path: Path) -> Store:
    src = Store(tmp_path / "source.db")
    for clean in ARTICLES:
        aid = src.add_article(clean, "raw " + clean.title, None, "text").article_id  # type: ignore[operator]
        place = clean.title.split()[0]  # type: ignore[union-attr]
        src.add_annotation(aid, "PLACE", clean.text.index(place), clean.text.index(place) + len(place))
        src.add_annotation(aid, "PLACE", 0, len(place), field="title")
        name = clean.byline.split(" ", 1)[1]  # type: ignore[union-attr]
        src.add_annotation(aid, "PERSON", clean.byline.index(name), len(clean.byline), field="byline")  # type: ignore[union-attr]
        src.add_annotation(aid, "PLACE", 0, len(place), field="dateline")
    return src


def _tags(store: Store) -> list[tuple]:
    out = []
    for aid in store.article_ids():
        article = store.get_article(aid)
        for a in store.annotations(aid):
            out.append((article.title, a.label, a.field, a.start, a.end, a.text))
    return sorted(out)


def _metadata(store: Store) -> list[tuple]:
    return sorted(
        (a.title, a.byline, a.dateline, a.text) for a in map(store.get_article, store.article_ids())
    )


def test_a_brat_folder_imported_as_new_articles_keeps_its_metadata_tags(tmp_path, store):
    src = _source(tmp_path)
    export(src, "brat", tmp_path / "brat")
    report = import_paths(store, [tmp_path / "brat"])
    assert len(report.imported) == 2, report  # the texts only: no .ann, .meta.txt or .conf article
    tags = import_annotations(store, tmp_path / "brat", "brat")
    assert tags.problems == [] and tags.added == 8
    assert _metadata(store) == _metadata(src)
    assert _tags(store) == _tags(src)
    src.close()


def test_metadata_the_library_has_is_kept(tmp_path, store):
    src = _source(tmp_path)
    export(src, "brat", tmp_path / "brat")
    first = ARTICLES[0]
    store.add_article(CleanResult(text=first.text, title="Eine andere Überschrift"), "raw", None, "text")
    tags = import_annotations(store, tmp_path / "brat", "brat")
    article = store.get_article(1)
    assert article.title == "Eine andere Überschrift"  # kept
    assert (article.byline, article.dateline) == (first.byline, first.dateline)  # filled in
    assert [p for p in tags.problems if "title" in p] == [
        "article-1.ann: PLACE 'Velmsdorf' at 0-9: text not found in article 1's title"
    ]
    assert tags.added == 3
    src.close()
