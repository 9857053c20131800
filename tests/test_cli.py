"""The command line as a user meets it: bad input, exit codes, atomic tables."""
import csv
import subprocess
import sys

import pytest
from click.testing import CliRunner

from extract.cli import main
from conftest import ROOT

GOOD = "上海市宝山区对口帮扶云南省曲靖市会泽县，2019年投入资金1.2亿元，选派干部15名。"


def run_cli(*args):
    result = CliRunner().invoke(main, list(map(str, args)), catch_exceptions=False)
    return result.exit_code, result.output


def rows(path):
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


@pytest.fixture
def inputs(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    (d / "good.txt").write_text(GOOD, encoding="utf-8")
    (d / "gbk.txt").write_bytes("浦东新区帮扶莎车县，投入5000万元。".encode("gbk"))
    (d / "empty.txt").write_bytes(b"")
    (d / "binary.txt").write_bytes(b"\x89PNG\x00\x00\x01")
    (d / "latin.txt").write_bytes(bytes([0x80, 0xff, 0xfe, 0x81]) * 20)
    big = d / "big.txt"
    with open(big, "wb") as f:
        f.truncate(51 * 1024 * 1024)  # sparse: size is checked before reading
    return d


def test_bad_files_are_named_and_the_rest_processed(inputs, tmp_path):
    out = tmp_path / "out"
    code, output = run_cli("run", inputs, tmp_path / "missing.txt", "-o", out, "--workers", "1")
    assert code == 1
    for name, problem in [("empty.txt", "empty"), ("binary.txt", "binary"), ("latin.txt", "not UTF-8"),
                          ("big.txt", "50 MB"), ("missing.txt", "no such file")]:
        assert any(name in line and problem in line for line in output.splitlines()), (name, output)
    assert "gbk.txt: decoded as GBK/GB18030" in output
    docs = {r["doc_id"] for r in rows(out / "places.csv")}
    assert docs == {"good", "gbk"}
    assert {r["text"] for r in rows(out / "amounts.csv")} == {"1.2亿元", "5000万元"}


def test_folder_without_txt_files_is_an_error(tmp_path):
    empty = tmp_path / "nothing"
    empty.mkdir()
    code, output = run_cli("run", empty, "-o", tmp_path / "out")
    assert code == 1 and "no .txt files" in output


def test_tables_have_spec_columns_and_are_sorted(tmp_path):
    code, _ = run_cli("run", ROOT / "corpus", "-o", tmp_path, "--workers", "1", "--quiet")
    assert code == 0
    expected = {
        "places": ["name", "kind", "level", "parent", "code"],
        "amounts": ["value", "value_max", "currency", "qualifier", "per"],
        "headcounts": ["value", "value_max", "unit", "qualifier", "noun"],
        "years": ["year", "year_end", "kind"],
    }
    for table, cols in expected.items():
        with open(tmp_path / f"{table}.csv", encoding="utf-8") as f:
            header = next(csv.reader(f))
        assert header == ["doc_id", "start", "end", "text", *cols, "rule"]
        keys = [(r["doc_id"], int(r["start"])) for r in rows(tmp_path / f"{table}.csv")]
        assert keys == sorted(keys)


def test_an_interrupted_run_leaves_no_partial_table(tmp_path, monkeypatch):
    from extract import run as batch
    out = tmp_path / "out"
    out.mkdir()
    (out / "places.csv").write_text("old\n", encoding="utf-8")

    def boom(*a, **k):
        raise KeyboardInterrupt
    monkeypatch.setattr(batch, "process_files", boom)
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    with pytest.raises(KeyboardInterrupt):
        batch.run([str(tmp_path / "a.txt")], str(out), workers=1, progress=False)
    assert (out / "places.csv").read_text(encoding="utf-8") == "old\n"
    assert sorted(p.name for p in out.iterdir()) == ["places.csv"]


def test_explain_prints_rule_and_columns():
    code, output = run_cli("explain", "截至2019年底，投入约500万元")
    assert code == 0
    assert "kind=until" in output and "[year.single]" in output
    assert "qualifier=about" in output and "[amount.number_unit]" in output


def test_python_dash_m_entry_point(tmp_path):
    result = subprocess.run([sys.executable, "-m", "extract", "explain", "浦东新区"],
                            capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0 and "浦东新区" in result.stdout


def test_an_unexpected_error_fails_one_document_not_the_run(tmp_path, monkeypatch):
    from extract import run as batch
    from extract.engine import Engine
    real = Engine.__call__

    def flaky(self, document):
        if document.doc_id == "bad":
            raise ValueError("boom")
        return real(self, document)
    monkeypatch.setattr(Engine, "__call__", flaky)
    for name in ("bad", "good"):
        (tmp_path / f"{name}.txt").write_text(GOOD, encoding="utf-8")
    summary = batch.run([str(tmp_path / "bad.txt"), str(tmp_path / "good.txt")], str(tmp_path / "out"),
                        workers=1, progress=False)
    assert summary.documents == 1
    assert summary.problems == [f"{tmp_path / 'bad.txt'}: internal error, please report it (ValueError: boom)"]
