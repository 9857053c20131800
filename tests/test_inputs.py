"""Archives as users have them: JSON Lines, .zip and .tar.gz, standard input; bad records one line each."""
import csv
import io
import json
import os
import subprocess
import sys
import tarfile
import zipfile

import pytest
from click.testing import CliRunner

from extract import run as batch
from extract.cli import main

TEXTS = {"a1": "2019年，上海市宝山区投入帮扶资金3000万元。", "b2": "徐汇区帮扶元阳县，投资500万元。",
         "c3": "嘉定区对口支援久治县，培训120名干部。"}


def rows(folder, table):
    with open(folder / f"{table}.csv", encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def cli(*args, stdin=None):
    result = CliRunner().invoke(main, ["run", *map(str, args), "--quiet"], input=stdin)
    return result.exit_code, result.output


def write_jsonl(path, records, extra_lines=()):
    with open(path, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
        for line in extra_lines:
            f.write(line + "\n")


def test_json_lines_with_bad_records_named_by_line(tmp_path):
    path = tmp_path / "news.jsonl"
    write_jsonl(path, [{"id": k, "text": v} for k, v in TEXTS.items()] + [{"id": "a1", "text": "又一篇"}, {"id": "x"}],
                extra_lines=["{not json", "[1, 2]"])
    code, output = cli(path, "-o", tmp_path / "out")
    assert code == 1
    assert f"{path}:4: duplicate doc_id 'a1'" in output
    assert f"{path}:5: no 'text' field with a string" in output
    assert f"{path}:6: not a JSON record" in output and f"{path}:7: not a JSON object" in output
    assert [r["doc_id"] for r in rows(tmp_path / "out", "documents")] == ["a1", "b2", "c3"]  # in file order
    assert [r["text"] for r in rows(tmp_path / "out", "amounts")] == ["3000万元", "500万元"]


def test_json_lines_field_names_and_a_date_per_record(tmp_path):
    path = tmp_path / "feed.jsonl"
    write_jsonl(path, [{"uid": 17, "body": "今年，宝山区投入1亿元。", "date": "2020-07-01"}])
    code, output = cli(path, "-o", tmp_path / "out", "--id-field", "uid", "--text-field", "body")
    assert code == 0, output
    assert rows(tmp_path / "out", "documents")[0]["doc_id"] == "17"
    assert [(r["text"], r["year"]) for r in rows(tmp_path / "out", "years")] == [("今年", "2020")]


def test_zip_and_tar_members_are_documents_named_by_their_path(tmp_path):
    with zipfile.ZipFile(tmp_path / "a.zip", "w") as archive:
        archive.writestr("2020/a1.txt", TEXTS["a1"])
        archive.writestr("2020/b2.TXT", TEXTS["b2"].encode("gbk"))
        archive.writestr("2020/readme.md", "not an article")
    with tarfile.open(tmp_path / "b.tar.gz", "w:gz") as archive:
        for name, text in (("c3.txt", TEXTS["c3"]), ("dup/2020/a1.txt", "重复"), ("2020/a1.txt", "重复的路径")):
            data = text.encode()
            info = tarfile.TarInfo(name)
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
    code, output = cli(tmp_path / "a.zip", tmp_path / "b.tar.gz", "-o", tmp_path / "out")
    assert code == 1 and output.count("duplicate doc_id") == 1 and "b.tar.gz:2020/a1.txt: duplicate" in output
    assert [r["doc_id"] for r in rows(tmp_path / "out", "documents")] == ["2020/a1", "2020/b2", "c3", "dup/2020/a1"]


def test_a_broken_archive_is_one_line_and_the_rest_goes_on(tmp_path):
    (tmp_path / "bad.zip").write_bytes(b"PK\x03\x04 not really")
    (tmp_path / "ok.txt").write_text(TEXTS["a1"], encoding="utf-8")
    code, output = cli(tmp_path / "bad.zip", tmp_path / "ok.txt", "-o", tmp_path / "out")
    assert code == 1 and "bad.zip: cannot read the archive" in output
    assert [r["doc_id"] for r in rows(tmp_path / "out", "documents")] == ["ok"]


def test_one_article_on_standard_input(tmp_path):
    out = tmp_path / "out"
    proc = subprocess.run([sys.executable, "-m", "extract", "run", "-", "-o", str(out), "--quiet"],
                          input=TEXTS["b2"].encode(), capture_output=True)
    assert proc.returncode == 0, proc.stderr
    assert [(r["doc_id"], r["text"]) for r in rows(out, "amounts")] == [("stdin", "500万元")]


def test_streamed_inputs_are_read_as_they_are_processed(tmp_path, monkeypatch):
    """The records are read a batch or two ahead of the work, never all at once (bounded memory)."""
    path = tmp_path / "many.jsonl"
    write_jsonl(path, [{"id": f"d{i}", "text": TEXTS["a1"]} for i in range(200)])
    read, done = [], []
    real_record, real_process = sys.modules["extract.inputs"]._record, batch.process_file
    monkeypatch.setattr(sys.modules["extract.inputs"], "_record", lambda *a: read.append(1) or real_record(*a))
    monkeypatch.setattr(batch, "process_file", lambda *a: done.append(len(read)) or real_process(*a))
    batch.run([str(path)], str(tmp_path / "out"), workers=1, progress=False)
    assert len(done) == 200 and done[0] <= 32  # the first document was processed after at most a batch was read


@pytest.mark.parametrize("incremental", [False, True])
def test_dask_with_streamed_inputs_writes_the_same_tables_and_parts(tmp_path, incremental):
    pytest.importorskip("distributed")
    from extract.distributed import merge_parts, run_dask
    path = tmp_path / "news.jsonl"
    write_jsonl(path, [{"id": k, "text": v} for k, v in reversed(list(TEXTS.items()))])  # not in doc_id order
    batch.run([str(path)], str(tmp_path / "local"), workers=1, progress=False)
    for _ in range(2 if incremental else 1):
        summary = run_dask([str(path)], str(tmp_path / "dask"), batch_size=2, incremental=incremental)
    assert summary.reused == (3 if incremental else 0)
    for table in ("places", "amounts", "headcounts", "documents", "facts"):
        assert rows(tmp_path / "dask", table) == rows(tmp_path / "local", table)
    merge_parts(tmp_path / "dask")  # the parts give the same tables again
    assert rows(tmp_path / "dask", "documents") == rows(tmp_path / "local", "documents")


def test_an_id_no_file_name_could_hold_is_written_escaped(tmp_path):
    path = tmp_path / "odd.jsonl"
    path.write_text('{"id": "x\\ud800", "text": "浦东新区投入5000万元。"}\n', encoding="utf-8")  # a lone surrogate
    code, output = cli(path, "-o", tmp_path / "out")
    assert code == 0, output
    assert rows(tmp_path / "out", "amounts")[0]["doc_id"] == "x\\ud800"


def test_a_date_given_in_a_short_form_is_read_as_the_date(tmp_path):
    (tmp_path / "a.txt").write_text("今年，宝山区投入1亿元。", encoding="utf-8")
    code, output = cli(tmp_path / "a.txt", "-o", tmp_path / "out", "--date", "20210301")
    assert code == 0, output
    assert rows(tmp_path / "out", "documents")[0]["date"] == "2021-03-01"
    assert [r["year"] for r in rows(tmp_path / "out", "years")] == ["2021"]


@pytest.mark.parametrize("incremental", [False, True])
def test_a_text_no_encoding_can_hold_is_one_line_for_its_record(tmp_path, incremental):
    path = tmp_path / "odd.jsonl"
    path.write_text('{"id": "bad", "text": "浦东\\ud800新区"}\n{"id": "ok", "text": "浦东新区投入5000万元。"}\n',
                    encoding="utf-8")
    code, output = cli(path, "-o", tmp_path / "out", *(["--incremental"] if incremental else []))
    assert code == 1 and f"{path}:1: 'text' holds a lone surrogate" in output and "Traceback" not in output, output
    assert [r["doc_id"] for r in rows(tmp_path / "out", "documents")] == ["ok"]


def test_a_damaged_member_is_one_line_and_the_other_members_go_on(tmp_path):
    path = tmp_path / "a.zip"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_STORED) as archive:
        archive.writestr("a1.txt", TEXTS["a1"])
        archive.writestr("b2.txt", TEXTS["b2"])
    data = bytearray(path.read_bytes())
    at = data.index(TEXTS["a1"].encode())
    data[at] ^= 0xFF  # a1's bytes no longer match its CRC
    path.write_bytes(bytes(data))
    code, output = cli(path, "-o", tmp_path / "out")
    assert code == 1 and "a.zip:a1.txt: cannot read this member (Bad CRC-32" in output, output
    assert [r["doc_id"] for r in rows(tmp_path / "out", "documents")] == ["b2"]


def test_the_workers_asked_for_a_streamed_input_are_the_workers_used(tmp_path, monkeypatch):
    """A JSON Lines file's count is not known before it is read: that is no reason to cap --workers at the cores."""
    path = tmp_path / "news.jsonl"
    write_jsonl(path, [{"id": k, "text": v} for k, v in TEXTS.items()])
    asked = []
    monkeypatch.setattr(batch, "_pooled", lambda jobs, workers: asked.append(workers) or map(batch._work, jobs))
    summary = batch.run([str(path)], str(tmp_path / "out"), workers=(os.cpu_count() or 1) + 1, progress=False)
    assert summary.documents == 3 and asked == [(os.cpu_count() or 1) + 1]
