"""More careless and hostile input, from a second audit: each test is one class of failure it found.

Rule files: every problem is one line `file:line: …` before any work (exit
status 2). Documents, paths and names: one line each, never a traceback.
"""
import os

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
    ("years.yaml", "    anchor: '{YEAR_START}'", "    anchor: {pattern: '{YEAR_START}', group: [a]}", "anchor's group"),
    ("amounts.yaml", "anchor: {words: [currencies, currency_symbols]}", "anchor: {words: [[currencies], currency_symbols]}",
     "an anchor mapping is {words: [lexicon, ...]}"),
    ("years.yaml", "  - id: year.plan\n", "  - id: year.plan\n    1: x\n", "unknown field(s) 1"),
    ("years.yaml", "(?P<m>{FIVE_YEAR_PLANS})", "(?P<m>{FIVE_YEAR_PLANS})" + "(?:" * 200 + "a?" + ")" * 200,
     "nests groups too deeply"),
    ("amounts.yaml", "    角: 0.1", "    角: abc", "lexicon 'subunit_values': '角': 'abc' is not a number"),
    ("amounts.yaml", "    亩均: 亩", "    亩均: {x: 1}", "lexicon 'per_before': '亩均': {'x': 1} is not text"),
    ("documents.yaml", "header_date: '", "header_date: '(", "option header_date:"),
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
              "failed": RuleFailed("year.plan", "text", KeyError(None)), "bug": ValueError("Exceeds the limit")}[error]

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
