"""More careless and hostile input, from a second audit: each test is one class of failure it found.

Rule files: every problem is one line `file:line: …` before any work (exit
status 2). Documents, paths and names: one line each, never a traceback.
"""
import os
import shutil

import pytest

from conftest import ROOT
from test_hostile import GOOD, cli, lines, no_temp_files, table


def edit(path, old, new):
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1) if old else text + new, encoding="utf-8")


def refused(output, file, said):
    """Exit status 2 output that names the file with a line number and says why, without a traceback."""
    return f"{file}:" in output and said in output and "Traceback" not in output


# --- F1, F2, F3, F5: rule files of the wrong types, too deep, too large -------------------------

BOMB = "".join(f"  BOMB{i}: '" + "{BOMB%d}" % (i + 1) * 10 + "'\n" for i in range(8)) + "  BOMB8: 'a'\n"


@pytest.mark.parametrize("file,old,new,said", [
    ("common.yaml", "", "\n? [a, b]\n: c\n", "a key must be a word or a name"),
    ("common.yaml", "lexicons:\n", "lexicons:\n  123: [上海]\n", "lexicon name 123 must be a word"),
    ("places.yaml", "    options:\n      new_word_freq: 300", "", "needs option 'new_word_freq'"),
    ("places.yaml", "new_word_freq: 300", "new_word_freq: abc", "option new_word_freq: 'abc' is not a jieba word"),
    ("places.yaml", "new_word_freq: 300", "new_word_freq: -5", "option new_word_freq: -5 is not"),
    ("places.yaml", "not_places: [上海青,", 'not_places: ["", 上海青,', "an empty word"),
    ("places.yaml", "not_places: [上海青,", "not_places: [上海青, 上海青,", "'上海青' is listed twice"),
    ("years.yaml", "    anchor: '{YEAR_START}'", "    anchor: {pattern: '{YEAR_START}', group: [a]}", "anchor's group"),
    ("amounts.yaml", "anchor: {words: [currencies, currency_symbols]}", "anchor: {words: [[currencies], currency_symbols]}",
     "an anchor mapping is {words: [lexicon, ...]}"),
    ("years.yaml", "  - id: year.plan\n", "  - id: year.plan\n    1: x\n", "unknown field(s) 1"),
    ("years.yaml", "(?P<m>{FIVE_YEAR_PLANS})", "(?P<m>{FIVE_YEAR_PLANS})" + "(?:" * 200 + "a?" + ")" * 200,
     "nests groups too deeply"),
    ("amounts.yaml", "    角: 0.1", "    角: abc", "lexicon 'subunit_values': '角': 'abc' is not a number"),
    ("amounts.yaml", "    亩均: 亩", "    亩均: {x: 1}", "lexicon 'per_before': '亩均': {'x': 1} is not text"),
    ("documents.yaml", "header_date: '", "header_date: '(", "option header_date:"),
    ("facts.yaml", "      dateline: '", "      nothing: '", "needs option 'dateline' (a regex)"),
    ("facts.yaml", "      dateline: '", "      datelin: '", "unknown option 'datelin' (known: dateline, sentence_reach)"),
    ("pairings.yaml", "arrangement_names: '[", "arrangement_names: '([", "option arrangement_names:"),
    ("years.yaml", "  - id: year.plan\n", '  - id: "year\\nplan"\n', "rule id 'year\\nplan' holds a line break"),
])
def test_a_rule_file_value_of_the_wrong_type_is_one_line_before_any_work(rules_copy, file, old, new, said):
    edit(rules_copy / file, old, new)
    code, output = cli("rules", "check", rules_copy)
    assert code == 2 and refused(output, file, said), output
    assert all(x.startswith(str(rules_copy)) for x in lines(output)[:-1]), output


def test_a_macro_bomb_is_refused_at_once(rules_copy):
    edit(rules_copy / "common.yaml", "macros:\n", "macros:\n" + BOMB)  # 10^8 copies of 'a', in 9 short lines
    edit(rules_copy / "years.yaml", "(?P<m>{FIVE_YEAR_PLANS})", "(?P<m>{FIVE_YEAR_PLANS}|{BOMB0})")
    code, output = cli("rules", "check", rules_copy)
    assert code == 2 and refused(output, "years.yaml", "over 1,000,000 characters once its macros are expanded")


def test_run_refuses_a_lexicon_value_its_reader_cannot_use_before_any_work(rules_copy, tmp_path):
    edit(rules_copy / "amounts.yaml", "    角: 0.1", "    角: abc")
    (tmp_path / "jiao.txt").write_text("一根冰棍五毛钱，省下2角钱。", encoding="utf-8")
    code, output = cli("run", tmp_path / "jiao.txt", "-o", tmp_path / "out", "--rules", rules_copy)
    assert code == 2 and "subunit_values" in output and not (tmp_path / "out").exists()


# --- F4: explain and rules check: a document's failure is one line -----------------------------

def test_rules_check_names_an_example_on_which_its_rule_fails(rules_copy):
    edit(rules_copy / "years.yaml", "(?P<m>{FIVE_YEAR_PLANS})", "(?:(?P<m>{FIVE_YEAR_PLANS})|以来)")  # m may be absent
    code, output = cli("rules", "check", rules_copy)
    assert code == 1 and "Traceback" not in output
    assert "years.yaml:" in output and "rule year.plan failed on this document" in output and "KeyError" in output


def test_the_backtracking_probe_tries_runs_of_the_patterns_own_characters():
    import regex

    from extract.checks import _runaway, repeated_characters
    assert repeated_characters("(?<![第十])(?P<m>{X}|(?:叒|叒叒)+叕)") == ["叒"]
    assert repeated_characters("[一二三]{2,}年[^]元]*") == ["一", "二", "三", "元"]
    assert _runaway(regex.compile("(?P<m>十三五|(?:叒|叒叒)+叕)")).startswith("叒" * 100)
    assert _runaway(regex.compile("(?P<m>十三五|叒+叕)")) is None


@pytest.mark.parametrize("error", ["timeout", "failed", "bug"])
def test_explain_turns_a_rule_that_fails_into_one_line(monkeypatch, error):
    from extract.engine import Engine, RuleFailed
    from extract.match import RuleTimeout
    raised = {"timeout": RuleTimeout("year.plan", "text", 2.0),
              "failed": RuleFailed("year.plan", KeyError(None)), "bug": ValueError("Exceeds the limit")}[error]

    def fail(self, document):
        raise raised
    monkeypatch.setattr(Engine, "__call__", fail)
    code, output = cli("explain", "“十三五”期间")
    assert code == 1 and len(lines(output)) == 1 and output.startswith("TEXT: ") and str(raised) in output, output


def test_explain_reads_an_argument_that_is_not_utf8_as_a_file_is_read():
    code, output = cli("explain", os.fsdecode(b"\xff") + "上海市投资2亿元")
    assert code == 1 and lines(output) == ["TEXT: not UTF-8 (invalid start byte at byte 0), and not GBK/GB18030 Chinese text"]
    code, output = cli("explain", os.fsdecode("上海市投资2亿元".encode("gbk")))
    assert code == 0 and "TEXT: decoded as GBK/GB18030" in output and "value=200000000" in output


def test_explain_shows_a_file_name_with_a_line_break_on_one_line(tmp_path):
    (tmp_path / "bad\nname.txt").write_text("", encoding="utf-8")
    code, output = cli("explain", "--file", tmp_path / "bad\nname.txt")
    assert code == 1 and len(lines(output)) == 1 and "name.txt': empty file" in output


# --- F12-F15, F22, F24, F25: paths, names and encodings ----------------------------------------

def test_a_file_of_invisible_spaces_is_an_empty_file_and_keeps_the_old_tables(tmp_path):
    out = tmp_path / "out"
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    assert cli("run", tmp_path / "good.txt", "-o", out, "--workers", "1")[0] == 0
    before = (out / "places.csv").read_bytes()
    spaces = {"nbsp": "\xa0", "zwsp": "\u200b", "emsp": "\u2003", "nel": "\x85", "lsep": "\u2028", "fs": "\x1c"}
    for name, char in spaces.items():
        (tmp_path / f"{name}.txt").write_text(char * 20 + "\n", encoding="utf-8")
    code, output = cli("run", *(tmp_path / f"{n}.txt" for n in spaces), "-o", out, "--workers", "1")
    assert code == 1 and sum(x.endswith(": empty file") for x in lines(output)) == len(spaces), output
    assert "nothing written" in output and (out / "places.csv").read_bytes() == before


def test_an_empty_path_is_one_line_not_the_current_folder(tmp_path, monkeypatch):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "private.txt").write_text(GOOD, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    code, output = cli("run", "", "-o", "out")
    assert code == 1 and lines(output)[0] == "'': empty path" and "nothing written" in output
    code, output = cli("run", "sub/private.txt", "-o", "")
    assert code == 2 and lines(output) == ["'': empty path, not an output folder; nothing was run."]
    assert not list(tmp_path.glob("*.csv")) and not list((tmp_path / "out").iterdir())


def test_names_that_differ_only_in_the_extension_get_two_doc_ids(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("上海市投资1亿元", encoding="utf-8")
    (tmp_path / "in" / "a.TXT").write_text("云南省投资2亿元", encoding="utf-8")
    code, output = cli("run", tmp_path / "in", "-o", tmp_path / "out", "--workers", "1")
    assert code == 0, output
    assert [(r["doc_id"], r["text"]) for r in table(tmp_path / "out" / "places.csv")] == [("a.TXT", "云南省"), ("a.txt", "上海市")]


def nest(top, name: str, depth: int) -> int:
    """top/name/name/… depth levels, made through folder handles (past PATH_MAX, and os.makedirs recurses); the last one's handle."""
    os.mkdir(top)
    fd = os.open(top, os.O_RDONLY)
    for _ in range(depth):
        os.mkdir(name, dir_fd=fd)
        deeper = os.open(name, os.O_RDONLY, dir_fd=fd)
        os.close(fd)
        fd = deeper
    return fd


def unnest(top, name: str) -> None:
    """Remove what nest() made: each level moved up beside top first, as
    shutil.rmtree (pytest's too, on old temporary folders) recurses per level."""
    levels, parent = [top], top
    while (parent / name).is_dir():
        levels.append(top.with_name(f"{top.name}.{len(levels)}"))
        os.rename(parent / name, levels[-1])
        parent = levels[-1]
    for level in levels:
        shutil.rmtree(level)


def test_a_folder_1100_levels_deep_is_read(tmp_path):
    fd = nest(tmp_path / "deep", "d", 1100)
    try:
        with open(os.open("x.txt", os.O_WRONLY | os.O_CREAT, dir_fd=fd), "w", encoding="utf-8") as f:
            f.write(GOOD)
        os.close(fd)
        code, output = cli("run", tmp_path / "deep", "-o", tmp_path / "out", "--workers", "1")
    finally:
        unnest(tmp_path / "deep", "d")
    assert code == 0 and "1 documents" in output, output


def test_output_names_and_folders_without_txt_files_are_one_line_each(tmp_path):
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "afile\nx").write_text("", encoding="utf-8")
    code, output = cli("run", tmp_path / "good.txt", "-o", tmp_path / "afile\nx" / "sub")
    assert code == 2 and len(lines(output)) == 1 and "x/sub': a part of this path is a file" in output
    with open(os.fsencode(tmp_path) + b"/f\xff", "wb"):
        pass
    code, output = cli("run", tmp_path / "good.txt", "-o", os.fsencode(tmp_path) + b"/f\xff")
    assert code == 2 and lines(output) == [f"{tmp_path}/f\\xff: exists and is not a folder; nothing was run."]
    (tmp_path / "others").mkdir()
    (tmp_path / "others" / "notes.md").write_text("x", encoding="utf-8")
    (tmp_path / "others" / "data.csv").write_text("x", encoding="utf-8")
    code, output = cli("run", tmp_path / "others", tmp_path / "good.txt", "-o", tmp_path / "out", "--workers", "1")
    assert code == 1 and lines(output)[:-1] == [f"{tmp_path}/others: folder has no .txt files (2 other file(s) skipped)"]


def test_a_folder_that_cannot_be_listed_is_one_line(tmp_path, monkeypatch):
    (tmp_path / "closed").mkdir()
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    scandir = os.scandir

    def refused(path):  # as chmod 000 does for anyone but root
        if str(path).endswith("closed"):
            raise PermissionError(13, "Permission denied")
        return scandir(path)
    monkeypatch.setattr(os, "scandir", refused)
    code, output = cli("run", tmp_path / "closed", tmp_path / "good.txt", "-o", tmp_path / "out", "--workers", "1")
    assert code == 1 and lines(output)[:-1] == [f"{tmp_path}/closed: cannot list folder (Permission denied)"], output


def test_gbk_with_rare_or_traditional_characters_is_read_and_short_big5_is_not(tmp_path):
    texts = {"rare": ("安徽黟县、歙县、婺源，浙江衢州、丽水缙云县。", "gbk"), "traditional": ("臺灣、雲南省對口支援。", "gbk"),
             "both": ("了解更多对口帮扶信息", "gbk"), "big5": ("上海市對口支援雲南省，投資兩億元。", "big5")}
    for name, (text, encoding) in texts.items():
        (tmp_path / f"{name}.txt").write_bytes(text.encode(encoding))
    code, output = cli("run", tmp_path, "-o", tmp_path / "out", "--workers", "1")
    said = {x.split(": ", 1)[0].rsplit("/", 1)[-1]: x.split(": ", 1)[1] for x in lines(output)[:-1]}
    assert said == {"rare.txt": "decoded as GBK/GB18030", "traditional.txt": "decoded as GBK/GB18030",
                    "both.txt": "decoded as GBK/GB18030 (it reads as Big5 too: convert it to UTF-8 if its rows look wrong)",
                    "big5.txt": "not UTF-8 (invalid start byte at byte 0); looks like Big5: convert it to UTF-8"}, output
    assert "黟县" in {r["text"] for r in table(tmp_path / "out" / "places.csv")}


def test_loops_long_paths_and_large_files_are_named_for_what_they_are(tmp_path):
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "selfloop").symlink_to(tmp_path / "selfloop")
    os.close(nest(tmp_path / "longp", "n" * 30, 150))  # 4,650 characters of path, over PATH_MAX
    with open(tmp_path / "over.txt", "wb") as f:
        f.truncate(50 * 1024 * 1024 + 1)
    code, output = cli("run", tmp_path / "selfloop", tmp_path / "longp", tmp_path / "over.txt", tmp_path / "good.txt",
                       "-o", tmp_path / "out", "--workers", "1")
    said = "\n".join(lines(output))
    assert code == 1 and "selfloop: link loop" in said and "name too long" in said and "dangling" not in said
    assert "over.txt: file is 52,428,801 bytes, over the 50 MB limit" in said


# --- F9, F11, F16, F17: writing the tables ------------------------------------------------------

def test_parquet_writes_a_count_beyond_int64_empty_and_names_the_document(tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    (tmp_path / "bigint.txt").write_text("共有99999999999999999999人参加。", encoding="utf-8")
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    code, output = cli("run", tmp_path / "bigint.txt", tmp_path / "good.txt", "-o", tmp_path / "out", "--format", "parquet",
                       "--workers", "1")
    assert code == 0 and "bigint: value 99999999999999999999 in headcounts does not fit a Parquet integer" in output
    rows = pq.read_table(tmp_path / "out" / "headcounts.parquet").to_pylist()
    assert [(r["doc_id"], r["value"]) for r in rows] == [("bigint", None), ("good", 15)]


@pytest.mark.parametrize("how", ["folder", "rename"])
def test_a_table_that_cannot_be_replaced_leaves_every_table_as_it_was(tmp_path, monkeypatch, how):
    out = tmp_path / "out"
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    assert cli("run", tmp_path / "good.txt", "-o", out, "--workers", "1")[0] == 0
    if how == "folder":
        (out / "years.csv").unlink()
        (out / "years.csv").mkdir()
    else:  # the third rename fails: the first two must get their old content back
        import extract.write
        replace, renamed = os.replace, []

        def failing(src, dst):
            renamed.append(dst)
            if len(renamed) == 3:
                raise OSError(5, "Input/output error")
            replace(src, dst)
        monkeypatch.setattr(extract.write.os, "replace", failing)
    before = {p.name: p.read_bytes() for p in out.glob("*.csv") if p.is_file()}
    code, output = cli("run", ROOT / "corpus", "-o", out, "--workers", "1")
    monkeypatch.undo()
    assert code == 1 and "they were left as they were" in output, output
    assert {p.name: p.read_bytes() for p in out.glob("*.csv") if p.is_file()} == before and no_temp_files(out)


def test_too_few_file_handles_for_the_tables_is_one_line(tmp_path, monkeypatch):
    import errno

    from extract import write
    opened, spool = [], write.SPOOLS["csv"]

    def few_handles(table, outdir):
        if opened:
            raise OSError(errno.EMFILE, "Too many open files")
        opened.append(table)
        return spool(table, outdir)
    monkeypatch.setitem(write.SPOOLS, "csv", few_handles)
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    code, output = cli("run", tmp_path / "good.txt", "-o", tmp_path / "out", "--workers", "1")
    assert code == 2 and lines(output) == [f"{tmp_path}/out: cannot open the temporary tables (Too many open files); "
                                           "nothing was run."] and no_temp_files(tmp_path / "out")


def test_files_named_like_temporary_files_do_not_stop_the_cleanup(tmp_path):
    out = tmp_path / "out"
    (out / ".extract-999999-places.csv.tmp").mkdir(parents=True)
    (out / ".extract-99999999999999999999-x.tmp").write_text("", encoding="utf-8")
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    code, output = cli("run", tmp_path / "good.txt", "-o", out, "--workers", "1")
    assert code == 0, output
    assert sorted(p.name for p in out.glob(".extract-*")) == [".extract-99999999999999999999-x.tmp"]  # no run's: kept


# --- F18, F19, F25: eval ---------------------------------------------------------------------------

GOLD_PLACES = "doc_id,start,end,text,name,kind,level,parent,code,optional,note\n"
PRED_PLACES = "doc_id,start,end,text,name,kind,level,parent,code,rule\n"


def tables_in(folder, **csvs):
    folder.mkdir()
    for name, text in csvs.items():
        (folder / f"{name}.csv").write_text(text, encoding="utf-8")
    return folder


@pytest.mark.parametrize("doc_id", ["长" * 300, "a\x00b"])
def test_eval_show_with_a_doc_id_no_file_can_be_named_after(tmp_path, doc_id):
    gold = tables_in(tmp_path / "gold", places=GOLD_PLACES + f'"{doc_id}",0,3,上海市,上海市,省,province,,310000,0,\n')
    pred = tables_in(tmp_path / "pred", places=PRED_PLACES)
    code, output = cli("eval", gold, pred, "--show", "places", "--corpus", ROOT / "corpus")
    assert code == 0 and "MISS" in output and "Traceback" not in output


@pytest.mark.parametrize("without", ["gold", "pred"])
def test_eval_show_without_a_text_column(tmp_path, without):
    gold_row, pred_row = "d,0,3,上海市,上海市,省,province,,310000,0,\n", "d,0,2,上海,上海市,省,province,,310000,r\n"
    gold = tables_in(tmp_path / "gold", places=GOLD_PLACES + gold_row)
    pred = tables_in(tmp_path / "pred", places=PRED_PLACES + pred_row)
    path = tmp_path / without / "places.csv"
    rows = [line.split(",") for line in path.read_text(encoding="utf-8").splitlines()]
    path.write_text("".join(",".join(r[:3] + r[4:]) + "\n" for r in rows), encoding="utf-8")
    code, output = cli("eval", gold, pred, "--show", "places", "--corpus", tmp_path)
    assert code == 0 and "DIFF   d 0: span" in output and "[0:" in output, output


def test_eval_refuses_a_column_given_twice_and_reads_a_table_with_a_bom(tmp_path):
    row = "d,0,3,上海市,上海市,省,province,,310000"
    gold = tables_in(tmp_path / "gold", places=GOLD_PLACES + row + ",0,\n")
    dup = tables_in(tmp_path / "dup", places=PRED_PLACES.replace("\n", ",doc_id\n") + row + ",r,x\n")
    code, output = cli("eval", gold, dup)
    assert code == 2 and lines(output) == [f"{dup}/places.csv: column(s) doc_id given twice; places cannot be scored; "
                                           "nothing was scored."]
    bom = tables_in(tmp_path / "bom", places="\ufeff" + PRED_PLACES + row + ",r\n")
    code, output = cli("eval", gold, bom)
    assert code == 0 and next(x for x in lines(output) if x.startswith("places")).split()[1:4] == ["1", "1", "1.000/1.000/1.000"]


# --- F20, F21: the Dask engine and merge ---------------------------------------------------------

class FakeDask:
    """Just enough of `distributed` for run_dask, in this process: a client at any address but
    'not a url' (ValueError, as Dask's) and tcp://127.0.0.1:1 (OSError, as after Dask's timeout)."""

    class Client:
        def __init__(self, address):
            if address == "not a url":
                raise ValueError("missing port number in address 'not a url'")
            if address == "tcp://127.0.0.1:1":
                raise OSError("Timed out trying to connect to tcp://127.0.0.1:1 after 30 s")

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            return False

        def nthreads(self):
            return {"worker": 1}

        def submit(self, fn, *args, pure):
            return FakeDask.Future(fn(*args))

    class Future:
        def __init__(self, value):
            self.value = value

        def result(self):
            return self.value

        def release(self):
            pass

        def cancel(self):
            pass


@pytest.fixture
def fake_dask(monkeypatch):
    from extract import distributed
    monkeypatch.setattr(distributed, "_dask", lambda: FakeDask)


@pytest.mark.parametrize("address", ["not a url", "tcp://127.0.0.1:1"])
def test_a_scheduler_that_cannot_be_reached_is_one_line(tmp_path, fake_dask, address):
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    code, output = cli("run", tmp_path / "a.txt", "-o", tmp_path / "out", "--engine", "dask", "--scheduler", address)
    assert code == 1 and len(lines(output)) == 1 and "cannot reach the Dask scheduler" in output, output


def test_a_dask_run_that_writes_nothing_keeps_the_parts_of_the_last_one(tmp_path, fake_dask):
    out = tmp_path / "out"
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "blank.txt").write_text("   \n", encoding="utf-8")
    assert cli("run", tmp_path / "a.txt", "-o", out, "--engine", "dask", "--scheduler", "fake")[0] == 0
    before = {p: p.read_bytes() for p in (out / "parts").rglob("*") if p.is_file()}
    assert len(before) > 1
    code, output = cli("run", tmp_path / "blank.txt", "-o", out, "--engine", "dask", "--scheduler", "fake")
    assert code == 1 and "nothing written" in output
    assert {p: p.read_bytes() for p in (out / "parts").rglob("*") if p.is_file()} == before and not list(out.rglob("*.tmp"))
    tables = (out / "places.csv").read_bytes()
    assert cli("merge", out)[0] == 0 and (out / "places.csv").read_bytes() == tables


@pytest.mark.parametrize("row,said", [("a,1\n", ":2: not a row of table places"),
                                      ('a,1,2,"x\n', ": not a part extract wrote"),
                                      ("a,x,2,a,b,c,d,e,f,g\n", ":2: not a row of table places")])
def test_merge_names_a_malformed_part(tmp_path, row, said):
    part = tmp_path / "out" / "parts" / "places" / "part-00000.csv"
    part.parent.mkdir(parents=True)
    (tmp_path / "out" / "parts" / ".extract-parts").touch()
    part.write_text(PRED_PLACES + row, encoding="utf-8")
    code, output = cli("merge", tmp_path / "out")
    assert code == 1 and lines(output) == [f"Error: {part}{said}" + (" (unexpected end of data)" if '"' in row else "")]
    assert not (tmp_path / "out" / "places.csv").exists() and not list((tmp_path / "out").rglob("*.tmp"))
