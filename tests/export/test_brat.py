"""brat standoff, checked with a small .ann parser written here (not the importer's)."""

from __future__ import annotations

from export_fixtures import KUROSE_CLAIM, TRICKY_NOTE

from reader.export import export
from reader.export.brat_format import escape, unescape


def parse_ann(ann: str) -> dict:
    out: dict = {"T": {}, "R": [], "A": [], "#": []}
    for line in ann.split("\n"):
        if not line:
            continue
        assert "\r" not in line
        tag, rest = line.split("\t", 1)
        if tag[0] == "T":
            head, text = rest.split("\t")
            label, offsets = head.split(" ", 1)
            frags = [tuple(map(int, f.split(" "))) for f in offsets.split(";")]
            out["T"][tag] = (label, frags, text)
        elif tag[0] == "R":
            kind, a1, a2 = rest.split(" ")
            assert a1.startswith("Arg1:") and a2.startswith("Arg2:")
            out["R"].append((kind, a1[5:], a2[5:]))
        elif tag[0] == "A":
            out["A"].append(tuple(rest.split(" ")))
        elif tag[0] == "#":
            head, note = rest.split("\t")
            kind, target = head.split(" ")
            assert kind == "AnnotatorNotes"
            out["#"].append((target, note))
        else:
            raise AssertionError(line)
    return out


def export_brat(tagged, tmp_path):
    folder = tmp_path / "brat"
    count = export(tagged.store, "brat", folder)
    name = f"article-{tagged.article_id}"
    text = (folder / f"{name}.txt").read_bytes().decode("utf-8")
    ann = parse_ann((folder / f"{name}.ann").read_bytes().decode("utf-8"))
    return folder, count, text, ann


def by_text(ann: dict, label: str, text: str) -> str:
    (tid,) = [t for t, (lab, _, tx) in ann["T"].items() if lab == label and tx == text]
    return tid


def test_text_file_is_the_cleaned_text_and_offsets_are_valid(tagged, tmp_path):
    folder, count, text, ann = export_brat(tagged, tmp_path)
    assert text == tagged.store.get_article(tagged.article_id).text
    assert count == len(ann["T"]) == 16
    for _label, frags, quoted in ann["T"].values():
        assert " ".join(text[s:e] for s, e in frags) == quoted
        for s, e in frags:
            assert "\n" not in text[s:e]
    labels = sorted(lab for lab, _, _ in ann["T"].values())
    assert labels.count("CLAIM") == 3 and labels.count("SUBHEAD") == 1


def test_span_across_a_line_break_becomes_fragments(tagged, tmp_path):
    _, _, text, ann = export_brat(tagged, tmp_path)
    clothes = tagged.by_name["clothes"]
    (frags,) = [f for lab, f, _ in ann["T"].values() if f[0][0] == clothes.start and lab == "CLAIM"]
    assert len(frags) == 2
    assert frags[0][0] == clothes.start and frags[-1][1] == clothes.end
    assert text[frags[0][0] : frags[0][1]].endswith("sector.")
    assert text[frags[1][0] : frags[1][1]].startswith('"I sold')


def test_claim_links_status_and_notes(tagged, tmp_path):
    _, _, _, ann = export_brat(tagged, tmp_path)
    claim = by_text(ann, "CLAIM", KUROSE_CLAIM)
    experts = by_text(ann, "QUANTITY", "150 Chinese experts")
    staff = by_text(ann, "QUANTITY", "800 local staff")
    kurose = by_text(ann, "PERSON", "Ayumi Kurose")
    assert ("Quantity", claim, experts) in ann["R"]
    assert ("Quantity", claim, staff) in ann["R"]
    assert ("Claimant", claim, kurose) in ann["R"]
    assert ("Status", claim, "mostly_true") in ann["A"]
    # The Redjimi claim's claimant is a PERSON in the article: a relation, not a note.
    redjimi = by_text(ann, "PERSON", "Ericka Redjimi")
    clothes = [t for t, (lab, f, _) in ann["T"].items() if lab == "CLAIM" and len(f) == 2][0]
    assert ("Claimant", clothes, redjimi) in ann["R"]
    assert ("Status", clothes, "true") in ann["A"]
    # "AFP" is tagged as no PERSON: the claimant travels in a note.
    years = by_text(ann, "CLAIM", "AESC has been manufacturing electric car batteries in Asia for 15 years")
    assert (years, "Claimant: AFP") in ann["#"]
    assert ("Status", years, "unverified") in ann["A"]
    assert not [r for r in ann["R"] if r[1] == years]
    verkor = by_text(ann, "ORG", "Verkor")
    assert (verkor, escape(TRICKY_NOTE)) in ann["#"]
    assert unescape(escape(TRICKY_NOTE)) == TRICKY_NOTE
    assert (verkor, "Annotator: Jane Doe") in ann["#"]
    renault = by_text(ann, "ORG", "Renault")
    assert (renault, "Origin: suggested") in ann["#"]


def test_annotation_conf_describes_labels_relations_and_status(tagged, tmp_path):
    folder, *_ = export_brat(tagged, tmp_path)
    conf = (folder / "annotation.conf").read_text(encoding="utf-8")
    sections = {}
    current = None
    for line in conf.splitlines():
        if line.startswith("["):
            current = line.strip("[]")
            sections[current] = []
        elif line and not line.startswith("#") and current:
            sections[current].append(line)
    assert sections["entities"] == ["PERSON", "ORG", "PLACE", "QUANTITY", "DATE", "CLAIM", "SUBHEAD"]
    assert "Quantity\tArg1:CLAIM, Arg2:<ENTITY>" in sections["relations"]
    assert "Claimant\tArg1:CLAIM, Arg2:PERSON" in sections["relations"]
    assert sections["attributes"] == [
        "Status\tArg:CLAIM, Value:unverified|true|mostly_true|misleading|false|unproven"
    ]
    assert "CLAIM\tbgColor:#e06c75" in (folder / "visual.conf").read_text(encoding="utf-8")


def test_brat_needs_a_folder(tagged):
    import io

    import pytest

    from reader.errors import InvalidInput

    with pytest.raises(InvalidInput):
        export(tagged.store, "brat", io.StringIO())
