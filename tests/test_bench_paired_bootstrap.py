"""benchmarks/paired_bootstrap.py reads an ablate_dump.py --json file: the switch's changed pages replace the
base row's, pooled passages for the multilingual sets, mean page F1 for the others (no benchmark data)."""

import importlib.util
import json
from pathlib import Path

BENCH = Path(__file__).resolve().parents[1] / "benchmarks"


def _module():
    spec = importlib.util.spec_from_file_location("bench_paired_bootstrap", BENCH / "paired_bootstrap.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_a_switch_that_loses_one_page_shows_in_f1_and_lost(tmp_path, capsys):
    pages = {
        f"ml/p{i}": {"set": "ml-tune", "tp": 2, "fp": 0, "fn": 1, "f1": 0.8, "lost": False, "low": False}
        for i in range(5)
    }
    pages["181/flat/a"] = {"set": "181-flat", "f1": 0.9, "lost": False, "low": False}
    changed = {"ml/p0": {"tp": 0, "fp": 0, "fn": 3, "f1": 0.0, "lost": True, "low": True}}
    report = {"pages": pages, "switches": {"off": {"changed": changed}}}
    path = tmp_path / "r.json"
    path.write_text(json.dumps(report))
    assert _module().main([str(path), "--resamples", "50"]) == 0
    out = capsys.readouterr().out
    ml = next(line for line in out.splitlines() if line.startswith("ml-tune"))
    assert "(0 lost)" in ml and "(1 lost)" in ml and "pages changed 1" in ml
    flat = next(line for line in out.splitlines() if line.startswith("181-flat"))
    assert "d +0.0000" in flat and "pages changed 0" in flat
    # (pooled: tp 2, fn 4: precision 1, recall 1/3)
    assert abs(_module()._f1([pages["ml/p1"], changed["ml/p0"]]) - 0.5) < 1e-9
