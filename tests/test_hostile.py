"""Careless and hostile input: every case is one clear line, nothing is lost, nothing is left behind.

Each test reproduces one class of failure an audit found (tracebacks, lost
tables, silent wrong results); README's promise about bad input is what
they hold the command line to.
"""
import csv
import os
import shutil
import signal
import subprocess
import sys
import time

import pytest
from click.testing import CliRunner

from conftest import ROOT
from extract.cli import main

GOOD = "上海市宝山区对口帮扶云南省曲靖市会泽县，2019年投入资金1.2亿元，选派干部15名。"


def cli(*args):
    result = CliRunner().invoke(main, [os.fsdecode(a) if isinstance(a, bytes) else str(a) for a in args])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exc_info
    return result.exit_code, result.output


def lines(output):
    return output.strip().splitlines()


def table(path):
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def no_temp_files(folder):
    return [p.name for p in folder.rglob(".extract-*")] == []


# --- runs that die or lose data ---------------------------------------------

def test_a_file_name_that_is_not_utf8_is_read_and_shown_escaped(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "good.txt").write_text(GOOD, encoding="utf-8")
    with open(os.fsencode(src) + b"/bad\xff.txt", "wb") as f:
        f.write(GOOD.encode("utf-8"))
    code, output = cli("run", src, "-o", tmp_path / "out", "--workers", "1")
    assert code == 0, output
    assert {r["doc_id"] for r in table(tmp_path / "out" / "places.csv")} == {"good", "bad\\xff"}


def test_same_name_in_two_folders_takes_the_relative_path_and_a_file_is_read_once(tmp_path):
    for folder, text in (("a", GOOD), ("b", "浦东新区投入5000万元。")):
        (tmp_path / "in" / folder).mkdir(parents=True)
        (tmp_path / "in" / folder / "art.txt").write_text(text, encoding="utf-8")
    (tmp_path / "in" / "link.txt").symlink_to(tmp_path / "in" / "a" / "art.txt")
    code, output = cli("run", tmp_path / "in", tmp_path / "in" / "a" / "art.txt", "-o", tmp_path / "out",
                       "--workers", "1")
    assert code == 0, output
    assert "3 documents" not in output and "2 documents" in output
    rows = table(tmp_path / "out" / "amounts.csv")
    assert [r["doc_id"] for r in rows] == ["a/art", "b/art"]


def test_a_run_with_nothing_to_process_keeps_the_old_tables(tmp_path):
    out = tmp_path / "out"
    assert cli("run", ROOT / "corpus", "-o", out, "--workers", "1")[0] == 0
    before = (out / "places.csv").read_bytes()
    code, output = cli("run", tmp_path / "mistyped", "-o", out)
    assert code == 1
    assert "no such file or folder" in output and "nothing written" in output and "left as it was" in output
    assert (out / "places.csv").read_bytes() == before and no_temp_files(out)


@pytest.mark.parametrize("where", ["file", "under_file", "proc"])
def test_an_output_folder_that_cannot_be_one_is_one_line(tmp_path, where):
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "f").write_text("x", encoding="utf-8")
    out = {"file": tmp_path / "f", "under_file": tmp_path / "f" / "out", "proc": "/proc/extract-out"}[where]
    code, output = cli("run", tmp_path / "a.txt", "-o", out)
    assert code == 2 and len(lines(output)) == 1 and "nothing was run" in output, output


def test_a_full_disk_leaves_the_old_tables_and_no_temporary_file(tmp_path, monkeypatch):
    import errno

    from extract import write
    out = tmp_path / "out"
    assert cli("run", ROOT / "corpus", "-o", out, "--workers", "1")[0] == 0
    before = (out / "amounts.csv").read_bytes()

    def full(self, rows):
        raise OSError(errno.ENOSPC, "No space left on device")
    monkeypatch.setattr(write._CsvSpool, "add", full)
    code, output = cli("run", ROOT / "corpus", "-o", out, "--workers", "1")
    assert code == 1 and "no space left" in output and "Traceback" not in output
    assert (out / "amounts.csv").read_bytes() == before and no_temp_files(out)


def test_killed_runs_leave_the_old_tables_and_their_litter_goes_with_the_next_run(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    articles = sorted((ROOT / "corpus").glob("*.txt"))
    for i in range(1500):
        shutil.copy(articles[i % len(articles)], src / f"a{i:04d}.txt")
    out = tmp_path / "out"
    assert cli("run", articles[0], "-o", out, "--workers", "1")[0] == 0
    before = (out / "places.csv").read_bytes()
    command = [sys.executable, "-m", "extract", "run", str(src), "-o", str(out), "--workers", "1", "--quiet"]
    for sig in (signal.SIGTERM, signal.SIGKILL):
        proc = subprocess.Popen(command, cwd=ROOT, stderr=subprocess.PIPE, text=True)
        deadline = time.time() + 60
        while not any(out.glob(".extract-*.csv.tmp")) and time.time() < deadline:  # writing has begun (not the probe)
            time.sleep(0.05)
        proc.send_signal(sig)
        _, err = proc.communicate(timeout=60)
        assert proc.returncode != 0
        assert (out / "places.csv").read_bytes() == before
        if sig == signal.SIGTERM:
            assert "interrupted" in err and "Traceback" not in err and no_temp_files(out)
    assert not no_temp_files(out)  # SIGKILL leaves its temporary tables …
    assert cli("run", articles[0], "-o", out, "--workers", "1")[0] == 0
    assert no_temp_files(out)  # … which the next run removes


def test_the_dask_engine_never_deletes_files_it_did_not_write(tmp_path):
    pytest.importorskip("distributed")
    out = tmp_path / "out"
    (out / "parts").mkdir(parents=True)
    (out / "parts" / "notes.txt").write_text("mine", encoding="utf-8")
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    code, output = cli("run", tmp_path / "a.txt", "-o", out, "--engine", "dask")
    assert code == 2 and "holds files extract did not write" in output
    assert (out / "parts" / "notes.txt").read_text(encoding="utf-8") == "mine"


def divisions_edit(rules_copy, old, new):
    path = rules_copy / "divisions.csv"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.mark.parametrize("old,new,said", [
    ("110101,东城区,区,county,北京市,110000", "110101,东城区,区,county,北京市,110101", "its own ancestor"),
    ("110101,东城区,区,county", "110101,东城区,区,township", "level 'township'"),
    ("110101,东城区,区,county", "110101,东城区,镇,county", "kind '镇' is not one of 省市州区县"),
    ("110101,东城区,区,county,北京市,110000,东城,", "110101,东城区", "the row has not the header's"),
])
def test_a_broken_division_row_is_one_line(rules_copy, old, new, said):
    divisions_edit(rules_copy, old, new)
    started = time.time()
    code, output = cli("rules", "check", rules_copy)
    assert code == 2 and said in output and "divisions.csv:" in output and "Traceback" not in output
    assert time.time() - started < 30


# --- silent wrong results ------------------------------------------------------

def test_random_bytes_and_big5_are_refused_with_the_reason(tmp_path):
    import random
    rnd = random.Random(5)
    (tmp_path / "random.txt").write_bytes(bytes(rnd.randrange(0x81, 0xFF) for _ in range(3000)))
    (tmp_path / "big5.txt").write_bytes("臺灣對口支援四川，投入新臺幣三億元，興建學校與醫院。".encode("big5") * 10)
    code, output = cli("run", tmp_path, "-o", tmp_path / "out")
    assert code == 1
    assert any("random.txt" in x and "not GBK" in x for x in lines(output)), output
    assert any("big5.txt" in x and "looks like Big5" in x for x in lines(output)), output


def test_invisible_characters_and_markup_inside_a_number_do_not_change_it(engine):
    from extract import Document
    doc = engine(Document("d", "投资2\u200b亿元，捐赠3\u00ad00万元，合计2**3亿元，再投**141.08亿元**。"))
    values = [r["value"] for r in doc.records("amounts")]
    assert values[:2] == ["200000000", "3000000"]
    assert "2300000000" not in values and "14108000000" in values


def test_run_refuses_a_pattern_that_matches_nothing_as_check_does(rules_copy, tmp_path):
    path = rules_copy / "years.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace(
        "pattern: '(?<![第十])(?P<m>{FIVE_YEAR_PLANS})", "pattern: '(?P<m>x*)", 1), encoding="utf-8")
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    code, output = cli("run", tmp_path / "a.txt", "-o", tmp_path / "out", "--rules", rules_copy)
    assert code == 2 and "matches the empty string" in output and not (tmp_path / "out").exists()


def test_a_yaml_key_given_twice_is_refused_with_its_line(rules_copy):
    path = rules_copy / "amounts.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("    美元: USD\n", "    美元: USD\n    美元: EUR\n", 1),
                    encoding="utf-8")
    code, output = cli("rules", "check", rules_copy)
    assert code == 2 and "amounts.yaml:" in output and "given twice" in output
    assert len(lines(output)) == 2, output  # the problem and the summary: no "unknown macro" from files that read it


def test_eval_reads_only_the_folder_and_refuses_what_cannot_be_scored(tmp_path):
    pred = tmp_path / "pred"
    assert cli("run", ROOT / "corpus", "-o", pred, "--workers", "1")[0] == 0
    (pred / "old").mkdir()
    shutil.copy(pred / "places.csv", pred / "old" / "places.csv")  # a backup copy is not read
    code, output = cli("eval", ROOT / "tests" / "gold", pred)
    assert code == 0 and next(x for x in lines(output) if x.startswith("places")).split()[1:3] == ["798", "798"]
    rows = table(pred / "amounts.csv")
    with open(pred / "amounts.csv", "w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=[c for c in rows[0] if c != "value"], extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)
    code, output = cli("eval", ROOT / "tests" / "gold", pred)
    assert code == 2 and "amounts.csv: missing column(s) value" in output


def test_links_pipes_and_other_extensions_in_a_folder_are_named(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(GOOD, encoding="utf-8")
    (src / "UPPER.TXT").write_text("浦东新区", encoding="utf-8")
    (src / "notes.md").write_text("x", encoding="utf-8")
    (src / "dangling.txt").symlink_to(tmp_path / "nowhere.txt")
    (src / "loop").symlink_to(src)
    os.mkfifo(src / "pipe.txt")
    code, output = cli("run", src, "-o", tmp_path / "out", "--workers", "1")
    assert code == 1
    said = "\n".join(lines(output))
    assert "dangling.txt: dangling link" in said and "loop: link loop" in said
    assert "pipe.txt: not a regular file" in said and "1 file(s) without the .txt extension" in said
    assert {r["doc_id"] for r in table(tmp_path / "out" / "places.csv")} == {"a", "UPPER"}


# --- tracebacks instead of a line --------------------------------------------------

@pytest.mark.parametrize("file,old,new,said", [
    ("years.yaml", "rules:\n", "rules:\n  nothing: here\nunused:\n", "rules must be a list"),
    ("amounts.yaml", "  per_periods: [", "  per_periods: [1, 2, ", "lexicon 'per_periods': words must be"),
    ("places.yaml", "    options:\n      new_word_freq: 300", "    options: 5", "options must be a mapping"),
])
def test_a_rule_file_of_the_wrong_shape_is_one_line(rules_copy, file, old, new, said):
    path = rules_copy / file
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    code, output = cli("rules", "check", rules_copy)
    assert code == 2 and said in output and f"{file}:" in output and "Traceback" not in output


def test_a_normalizer_that_raises_names_its_rule_and_fails_one_document(tmp_path, monkeypatch):
    from extract import registry
    from extract.engine import get_engine
    get_engine()
    mech = registry.NORMALIZERS["plan"]

    def broken(match, doc, rule):
        raise ValueError("boom")
    monkeypatch.setitem(registry.NORMALIZERS, "plan", registry.Mechanism("plan", broken, mech.lexicons))
    rules = tmp_path / "rules"
    shutil.copytree(ROOT / "rules", rules)
    (tmp_path / "a.txt").write_text("“十三五”期间", encoding="utf-8")
    (tmp_path / "b.txt").write_text(GOOD, encoding="utf-8")
    code, output = cli("run", tmp_path / "a.txt", tmp_path / "b.txt", "-o", tmp_path / "out", "--rules", rules,
                       "--workers", "1")
    assert code == 1 and "a.txt: rule year.plan failed" in output and "ValueError: boom" in output
    assert {r["doc_id"] for r in table(tmp_path / "out" / "places.csv")} == {"b"}


@pytest.mark.parametrize("content,said", [
    ("doc_id,end,text,value\n", "missing column(s)"),
    ("doc_id,start,end,text,value,value_max,qualifier,currency\nd,x,3,a,1,,exact,CNY\n", "whole numbers"),
    ("", "empty file"),
    ("doc_id,start,end,text,value,value_max,qualifier,currency\nd,1,3\n", "not the header's"),
    ('doc_id,start,end,text,value,value_max,qualifier,currency\nd,1,3,"unclosed,1,,exact,CNY\n', "not valid CSV"),
])
def test_eval_on_a_broken_table_is_one_line(tmp_path, content, said):
    pred = tmp_path / "pred"
    pred.mkdir()
    (pred / "amounts.csv").write_text(content, encoding="utf-8")
    code, output = cli("eval", ROOT / "tests" / "gold", pred)
    assert code == 2 and said in output and len(lines(output)) == 1, output


def test_eval_on_a_table_that_is_not_utf8_is_one_line(tmp_path):
    pred = tmp_path / "pred"
    pred.mkdir()
    (pred / "amounts.csv").write_bytes("doc_id,start,end,text\n上海".encode("gbk"))
    code, output = cli("eval", ROOT / "tests" / "gold", pred)
    assert code == 2 and "not UTF-8" in output


def test_the_backtracking_probe_finds_runaways_but_not_long_word_lists(rules_copy):
    path = rules_copy / "years.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("pattern: '(?<![第十])(?P<m>{FIVE_YEAR_PLANS})", "pattern: '(?P<m>(a+)+b|{FIVE_YEAR_PLANS})"),
                    encoding="utf-8")
    code, output = cli("rules", "check", rules_copy)
    assert code == 1 and "year.plan: pattern backtracks catastrophically" in output
    path.write_text(text, encoding="utf-8")
    words = [f"词{i:06d}" for i in range(200_000)]
    places = rules_copy / "places.yaml"
    places.write_text(places.read_text(encoding="utf-8").replace(
        "lexicons:\n", "lexicons:\n  not_places: [" + ", ".join(words) + "]\n", 1).replace(
        "  not_places: [上海青", "  not_places_old: [上海青", 1), encoding="utf-8")
    code, output = cli("rules", "check", rules_copy)
    assert "catastrophically" not in output, output


def test_a_yaml_alias_bomb_is_refused_at_once(rules_copy):
    bomb = "lexicons:\n  a: &a [x, x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"  {chr(98 + i)}: &{chr(98 + i)} [*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, "
        f"*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}]\n"
        for i in range(8))
    (rules_copy / "common.yaml").write_text(bomb, encoding="utf-8")
    started = time.time()
    code, output = cli("rules", "check", rules_copy)
    assert code == 2 and "anchors and aliases are not allowed" in output and len(lines(output)) == 2, output
    assert time.time() - started < 10


# --- smaller -------------------------------------------------------------------

def test_utf16_is_read_with_its_byte_order_mark_and_named_without(tmp_path):
    (tmp_path / "bom.txt").write_bytes(GOOD.encode("utf-16"))
    (tmp_path / "nobom.txt").write_bytes(GOOD.encode("utf-16-le"))
    code, output = cli("run", tmp_path, "-o", tmp_path / "out", "--workers", "1")
    assert "bom.txt: decoded as UTF-16" in output
    assert any("nobom.txt" in x and "UTF-16 without a byte order mark" in x for x in lines(output))
    rows = table(tmp_path / "out" / "amounts.csv")
    assert [(r["doc_id"], r["text"]) for r in rows] == [("bom", "1.2亿元")]


def test_a_file_name_with_a_newline_stays_one_line(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "two\nlines.txt").write_bytes(b"")
    code, output = cli("run", src, "-o", tmp_path / "out")
    assert code == 1 and "'" in output and any("empty file" in x and "lines.txt" in x for x in lines(output))


def test_a_doc_id_that_looks_like_a_formula_is_guarded_in_csv(tmp_path):
    (tmp_path / "=cmd.txt").write_text(GOOD, encoding="utf-8")
    assert cli("run", tmp_path / "=cmd.txt", "-o", tmp_path / "out")[0] == 0
    assert table(tmp_path / "out" / "places.csv")[0]["doc_id"] == "'=cmd"


def test_a_duplicate_named_like_a_formula_is_guarded_too(tmp_path):
    for name in ("=a.txt", "=b.txt"):
        (tmp_path / name).write_text(GOOD, encoding="utf-8")
    assert cli("run", tmp_path / "=a.txt", tmp_path / "=b.txt", "-o", tmp_path / "out")[0] == 0
    assert table(tmp_path / "out" / "documents.csv")[1]["duplicate_of"] == "'=a"


def test_eval_show_reads_no_file_outside_the_corpus(tmp_path):
    (tmp_path / "secret.txt").write_text("机密" * 20, encoding="utf-8")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    gold, pred = tmp_path / "gold", tmp_path / "pred"
    for folder, extra in ((gold, "optional"), (pred, "rule")):
        folder.mkdir()
        (folder / "places.csv").write_text(
            f"doc_id,start,end,text,name,kind,level,parent,code,{extra}\n../secret,0,2,机密,上海市,省,province,,310000,"
            + ("0" if extra == "optional" else "r") + "\n", encoding="utf-8")
    (pred / "places.csv").write_text("doc_id,start,end,text,name,kind,level,parent,code,rule\n", encoding="utf-8")
    code, output = cli("eval", gold, pred, "--show", "places", "--corpus", corpus)
    assert code == 0 and "MISS" in output and "机密" not in output


def test_tables_follow_the_umask(tmp_path):
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    result = subprocess.run(f"umask 077 && {sys.executable} -m extract run {tmp_path / 'a.txt'} -o {tmp_path / 'out'}",
                            shell=True, cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert oct((tmp_path / "out" / "places.csv").stat().st_mode & 0o777) == "0o600"


# --- what new users tripped over -------------------------------------------------------

def test_eval_with_the_folders_swapped_says_so_and_scores_the_right_way(tmp_path):
    pred = tmp_path / "pred"
    assert cli("run", ROOT / "corpus", "-o", pred, "--workers", "1")[0] == 0
    (tmp_path / "extra.txt").write_text(GOOD, encoding="utf-8")
    assert cli("run", ROOT / "corpus", tmp_path / "extra.txt", "-o", pred, "--workers", "1")[0] == 0
    code, output = cli("eval", pred, ROOT / "tests" / "gold")
    assert code == 0 and "scored the other way round" in output
    assert "1 predicted document(s) have no gold" in output
    assert next(x for x in lines(output) if x.startswith("places")).split()[1:3] == ["798", "798"]


def test_run_without_an_output_folder_asks_for_one(tmp_path):
    code, output = cli("run", ROOT / "corpus")
    assert code == 2 and "'-o'" in output


def test_parquet_without_pyarrow_is_said_before_any_work(tmp_path, monkeypatch):
    from extract import write
    monkeypatch.setattr(write, "parquet_missing", lambda: "--format parquet needs pyarrow: pip install pyarrow")
    monkeypatch.setattr("extract.run.parquet_missing", write.parquet_missing)
    code, output = cli("run", ROOT / "corpus", "-o", tmp_path / "out", "--format", "parquet")
    assert code == 2 and "pip install pyarrow" in output and no_temp_files(tmp_path)
    assert not list((tmp_path / "out").glob("*.parquet"))


def test_explain_without_text_and_version():
    code, output = cli("explain")
    assert code == 2 and "give a TEXT to explain" in output
    code, output = cli("--version")
    assert code == 0 and output.startswith("extract ")


def test_a_missing_parent_is_said_once_not_once_per_descendant(rules_copy):
    """云南省's code changed: every county below a prefecture of 云南 once walked up to the
    missing parent and said so again."""
    divisions_edit(rules_copy, "530000,云南省,省,province,,,", "539999,云南省,省,province,,,")
    code, output = cli("rules", "check", rules_copy)
    said = [x for x in lines(output) if "is no division's code" in x]
    with open(rules_copy / "divisions.csv", encoding="utf-8", newline="") as f:
        children = [r for r in csv.DictReader(f) if r["parent_code"] == "530000"]
    assert code == 2 and len(said) == len(children) == len(set(said)), output


def test_a_signal_inside_a_temporary_tables_constructor_leaves_no_file(tmp_path, monkeypatch):
    """The third table's file is open when Ctrl-C comes, before its writer keeps it: it goes with the others."""
    from extract import write
    from extract.registry import tables
    made = []

    class Interrupted(write.SPOOLS["csv"]):
        def __init__(self, table, outdir):
            super().__init__(table, outdir)
            made.append(table.name)
            if len(made) == 3:
                raise KeyboardInterrupt

    monkeypatch.setitem(write.SPOOLS, "csv", Interrupted)
    with pytest.raises(KeyboardInterrupt):
        write.TableWriter(tmp_path, tables(), "csv")
    assert len(made) == 3 and no_temp_files(tmp_path)
