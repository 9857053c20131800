"""--incremental: only new and changed documents are processed, and the tables equal a full run's."""
import json
import shutil

import pytest

from conftest import ROOT
from extract import run as batch
from extract import state as state_module

TABLES = ("places", "amounts", "headcounts", "years", "pairings", "facts", "documents")


@pytest.fixture
def inputs(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for path in sorted((ROOT / "corpus").glob("*.txt")):
        shutil.copy(path, folder)
    shutil.copy(folder / "000_d60384f613a0bde8.txt", folder / "copy.txt")  # a duplicate: documents.csv says so
    return folder


def tables(folder):
    return {t: (folder / f"{t}.csv").read_text(encoding="utf-8") for t in TABLES}


def incremental(inputs, out, **kw):
    return batch.run([str(inputs)], str(out), workers=1, progress=False, incremental=True, **kw)


def full(inputs, tmp_path, **kw):
    out = tmp_path / "full"
    shutil.rmtree(out, ignore_errors=True)
    batch.run([str(inputs)], str(out), workers=1, progress=False, **kw)
    return tables(out)


def test_added_changed_and_deleted_documents(inputs, tmp_path):
    out = tmp_path / "out"
    assert incremental(inputs, out).reused == 0
    assert incremental(inputs, out).reused == 6 and tables(out) == full(inputs, tmp_path)
    (inputs / "new.txt").write_text("2019年，上海市宝山区向会泽县捐赠300万元。", encoding="utf-8")
    changed = inputs / "004_b575e2b127e301af.txt"
    changed.write_text(changed.read_text(encoding="utf-8") + "\n另投入资金1亿元。", encoding="utf-8")
    (inputs / "001_e3436b8330321f4a.txt").unlink()
    summary = incremental(inputs, out)
    assert summary.documents == 6 and summary.reused == 4  # new.txt and the changed one were processed
    assert tables(out) == full(inputs, tmp_path)
    assert "new,0,5,2019年" in tables(out)["years"] and "001_e3436b8330321f4a" not in tables(out)["places"]


def test_an_edited_rule_or_new_code_empties_the_state(inputs, tmp_path, rules_copy, monkeypatch):
    out = tmp_path / "out"
    incremental(inputs, out, rules_dir=str(rules_copy))
    path = rules_copy / "amounts.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("    韩元: KRW\n", "    韩元: KRW\n    韩币: KRW\n", 1),
                    encoding="utf-8")
    assert incremental(inputs, out, rules_dir=str(rules_copy)).reused == 0
    assert tables(out) == full(inputs, tmp_path, rules_dir=str(rules_copy))
    assert incremental(inputs, out, rules_dir=str(rules_copy)).reused == 6
    monkeypatch.setattr(state_module, "code_digest", lambda: "another program")
    assert incremental(inputs, out, rules_dir=str(rules_copy)).reused == 0


def test_an_interrupted_run_keeps_the_work_it_did(inputs, tmp_path, monkeypatch):
    out = tmp_path / "out"
    real, calls = batch.process_file, []

    def interrupted(source, *args):
        calls.append(source.doc_id)
        if len(calls) == 3:
            raise KeyboardInterrupt
        return real(source, *args)

    monkeypatch.setattr(batch, "process_file", interrupted)
    with pytest.raises(KeyboardInterrupt):
        incremental(inputs, out)
    assert not (out / "places.csv").exists()  # nothing published
    monkeypatch.setattr(batch, "process_file", real)
    assert incremental(inputs, out).reused == 2  # the two documents done before the interruption
    assert tables(out) == full(inputs, tmp_path)


def test_a_new_date_or_a_moved_file_is_a_changed_document(tmp_path):
    """The rows depend on more than the text: the date given with it (今年) and where it was read (documents.csv)."""
    feed, out = tmp_path / "feed.jsonl", tmp_path / "out"
    record = {"id": "d1", "text": "今年，宝山区向会泽县捐赠300万元。", "date": "2020-03-01"}
    feed.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    batch.run([str(feed)], str(out), workers=1, progress=False, incremental=True)
    feed.write_text(json.dumps({**record, "date": "2021-03-01"}, ensure_ascii=False) + "\n", encoding="utf-8")
    assert batch.run([str(feed)], str(out), workers=1, progress=False, incremental=True).reused == 0
    assert "d1,0,2,今年,2021" in tables(out)["years"]
    for folder in ("first", "second"):
        (tmp_path / folder).mkdir()
    (tmp_path / "first" / "b.txt").write_text("宝山区投入1亿元。", encoding="utf-8")
    batch.run([str(tmp_path / "first")], str(out), workers=1, progress=False, incremental=True)
    (tmp_path / "first" / "b.txt").rename(tmp_path / "second" / "b.txt")
    batch.run([str(tmp_path / "second")], str(out), workers=1, progress=False, incremental=True)
    assert "second" in tables(out)["documents"] and "first" not in tables(out)["documents"]


@pytest.mark.parametrize("damage", ["not a database", "writable by others"])
def test_a_state_that_cannot_be_trusted_is_started_afresh(inputs, tmp_path, damage):
    out = tmp_path / "out"
    incremental(inputs, out)
    path = out / state_module.STATE_FILE
    if damage == "not a database":
        path.write_bytes(b"this is not SQLite, nor a pickle\n" * 100)
    else:
        path.chmod(0o666)  # its results are unpickled: one others could have written is not read
    summary = incremental(inputs, out)
    assert summary.reused == 0 and not summary.problems and tables(out) == full(inputs, tmp_path)
    assert incremental(inputs, out).reused == 6


def test_another_version_of_jieba_or_regex_empties_the_state(inputs, tmp_path, monkeypatch):
    """jieba's dictionary ships inside its package: an upgrade may cut words otherwise, and move rows."""
    import importlib.metadata
    out = tmp_path / "out"
    incremental(inputs, out)
    assert incremental(inputs, out).reused == 6
    real = importlib.metadata.version
    monkeypatch.setattr(importlib.metadata, "version", lambda name: "99.0" if name == "rjieba" else real(name))
    assert incremental(inputs, out).reused == 0
