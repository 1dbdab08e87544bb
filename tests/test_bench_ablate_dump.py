"""benchmarks/ablate_dump.py: every switch names a setting or step that exists, a switch is put back after
use, the host split keeps a site on one side, and the set figures (no benchmark data needed)."""

import importlib.util
import sys
from pathlib import Path

import pytest

from reader.clean import clean

pytest.importorskip("numpy")

BENCH = Path(__file__).resolve().parents[1] / "benchmarks"


@pytest.fixture(scope="module")
def ablate():
    sys.path.insert(0, str(BENCH))
    spec = importlib.util.spec_from_file_location("bench_ablate_dump", BENCH / "ablate_dump.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


PAGE = """Startseite | Politik | Sport
Anmelden

Der Gemeinderat hat am Dienstag beschlossen, die alte Brücke über den Mühlbach im kommenden Frühjahr zu
erneuern, nachdem ein Gutachten erhebliche Schäden an den Pfeilern festgestellt hatte.

Die Arbeiten sollen im März beginnen und etwa sechs Monate dauern, sagte die Bürgermeisterin nach der
Sitzung. Während dieser Zeit wird der Verkehr über die Umgehungsstraße geleitet.

Impressum | Datenschutz | Kontakt
"""


def test_every_switch_names_an_attribute_that_exists(ablate):
    for name, (mod, attr, _value, kind) in ablate.SWITCHES.items():
        assert hasattr(mod, attr), name
        assert kind in ("region", "features"), name


def test_each_switch_runs_and_is_put_back(ablate):
    before = clean(PAGE, "text").text
    assert "Mühlbach" in before
    for _name, (mod, attr, value, _kind) in ablate.SWITCHES.items():
        saved = getattr(mod, attr)
        setattr(mod, attr, value)
        try:
            clean(PAGE, "text")  # the cleaner still runs with the rule off
        finally:
            setattr(mod, attr, saved)
    assert clean(PAGE, "text").text == before


def test_host_split_keeps_a_site_on_one_side(ablate):
    def doc(url):
        return {"id": url, "item": {"url": url}}

    a = ablate._side(doc("https://www.example-zeitung.de/politik/1.html"))
    b = ablate._side(doc("http://example-zeitung.de/sport/2019/05/bericht"))
    assert a == b
    sides = {ablate._side(doc(f"https://site{n}.example.org/x")) for n in range(40)}
    assert sides == {"A", "B"}


def test_set_figures_sum_passages_and_count_lost_pages(ablate):
    docs = [{"id": "a", "item": {}}, {"id": "b", "item": {}}]
    figs = {
        "a": {"tp": 3, "fp": 1, "fn": 0, "f1": 0.86, "lost": False},
        "b": {"tp": 0, "fp": 0, "fn": 3, "f1": 0.0, "lost": True},
    }
    f1, lost = ablate.set_figures(docs, figs)
    assert lost == 1
    assert f1 == pytest.approx(2 * 0.75 * 0.5 / 1.25)


def test_each_folder_of_written_pages_is_its_own_set(ablate):
    assert ablate.written_set("benchmarks/data/written_pages") == "written"
    assert ablate.written_set("benchmarks/data/kind_pages/check") == "written-check"
    assert ablate.written_set("/tmp/x/train/") == "written-train"


def test_written_pages_load_under_their_set_and_weight(ablate, tmp_path):
    if ablate.tdm.w3m_dump(b"<p>probe</p>") is None:
        pytest.skip("w3m not installed")
    folder = tmp_path / "train"
    folder.mkdir()
    body = "".join(f"<p>{line}</p>" for line in PAGE.splitlines() if line)
    (folder / "bridge_de.html").write_text(f"<html><body>{body}</body></html>", "utf-8")
    (folder / "bridge_de.json").write_text(
        '{"kind": "notice", "lang": "de", "with": ["die alte Brücke"], "without": ["Impressum"]}', "utf-8"
    )
    trained = ablate.tdm.load_written(folder, 0.5, set_name="written-train")
    scored = ablate.tdm.load_written(folder, 0, set_name="written-check")
    assert [d["id"] for d in trained] == ["written-train/bridge_de"]
    assert trained[0]["set"] == "written-train" and not trained[0]["score_only"]
    assert trained[0]["weight"] == 0.5
    assert scored[0]["set"] == "written-check" and scored[0]["score_only"]
    assert "Mühlbach" in trained[0]["raw"]
