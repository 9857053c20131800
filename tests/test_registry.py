"""A table is declared once: a new one plugs in from outside the package, and
rule files and code that disagree are one line naming the file, never a traceback."""
import csv
import importlib.util
import shutil
import sys

import pytest
from click.testing import CliRunner

from conftest import ROOT
from extract import Document, get_engine, registry
from extract.cli import main
from extract.numbers import DIGITS, SCALES
from extract.rules import load_rules

TOY = ROOT / "tests" / "toy_table"
REGISTRIES = ("TABLES", "NORMALIZERS", "FINDERS", "STEPS", "RESOURCES", "OVERLAPS")


@pytest.fixture
def clean_registry():
    """Whatever a test registers is gone afterwards."""
    registry.tables()  # the built-in tables, registered before the snapshot
    saved = {name: dict(getattr(registry, name)) for name in REGISTRIES}
    problems = list(registry.PROBLEMS)
    yield registry
    for name, content in saved.items():
        getattr(registry, name).clear()
        getattr(registry, name).update(content)
    registry.PROBLEMS[:] = problems


def load_module(path, name):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses read the module's names
    spec.loader.exec_module(module)
    return module


def cli(*args):
    result = CliRunner().invoke(main, [str(a) for a in args])
    return result.exit_code, result.output


@pytest.fixture
def toy_rules(clean_registry, rules_copy):
    load_module(TOY / "percentages.py", "toy_percentages")
    shutil.copy(TOY / "percentages.yaml", rules_copy)
    return rules_copy


def test_a_toy_table_plugs_in_without_touching_the_package(toy_rules, tmp_path):
    text = "全县贫困发生率由百分之十二点五降至约0.5%，投入5万元。"
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(text, encoding="utf-8")

    code, output = cli("rules", "check", toy_rules)
    assert code == 0 and "0 problem(s)" in output, output

    code, output = cli("explain", text, "--rules", toy_rules)
    assert "percentages" in output and "value=12.5" in output and "qualifier=about" in output, output
    assert "[percent.any]" in output and "value=50000" in output  # the other tables still run

    code, output = cli("run", tmp_path / "in", "-o", tmp_path / "out", "--rules", toy_rules, "--workers", "1")
    assert code == 0, output
    assert "2 percentages" in output
    with open(tmp_path / "out" / "percentages.csv", encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert [(r["text"], r["value"], r["rule"]) for r in rows] == [("百分之十二点五", "12.5", "percent.any"),
                                                                   ("0.5%", "0.5", "percent.any")]

    gold = tmp_path / "gold"  # gold for the toy table only: the other tables are not scored
    gold.mkdir()
    with open(gold / "percentages.csv", "w", encoding="utf-8", newline="") as f:  # one row missed on purpose
        writer = csv.writer(f)
        writer.writerow(["doc_id", "start", "end", "text", "value", "qualifier", "optional", "note"])
        writer.writerow(["a", 8, 15, "百分之十二点五", "12.5", "exact", "0", ""])
        writer.writerow(["a", 30, 31, "万", "1", "exact", "0", ""])
    code, output = cli("eval", gold, tmp_path / "out", "--show", "percentages")
    assert code == 0, output
    line = next(x for x in output.splitlines() if x.startswith("percentages"))
    assert line.split()[1:3] == ["2", "2"]  # gold rows, predicted rows
    assert "MISS" in output and "FALSE" in output


def test_a_rule_file_no_table_declares_is_reported(rules_copy):
    (rules_copy / "percentages.yaml").write_text("rules: []\n", encoding="utf-8")
    code, output = cli("rules", "check", rules_copy)
    assert code == 2
    assert "percentages.yaml: not a rule file of any table" in output


def test_a_missing_lexicon_is_one_line_naming_file_and_rule(rules_copy):
    path = rules_copy / "amounts.yaml"
    text = path.read_text(encoding="utf-8")
    start = text.index("  per_before:")
    end = text.index("  per_units:")
    path.write_text(text[:start] + text[end:], encoding="utf-8")
    code, output = cli("rules", "check", rules_copy)
    assert code == 2 and "Traceback" not in output
    assert any("amounts.yaml" in line and "amount.number_unit" in line and "'per_before'" in line
               for line in output.splitlines()), output


def test_a_lexicon_defined_twice_is_refused_with_both_places(rules_copy):
    path = rules_copy / "headcounts.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("lexicons:\n", "lexicons:\n  currencies: {美元: EUR}\n", 1),
                    encoding="utf-8")
    code, output = cli("rules", "check", rules_copy)
    assert code == 2
    assert any("headcounts.yaml" in line and "'currencies' is already defined in" in line and "amounts.yaml" in line
               for line in output.splitlines()), output


def test_a_lexicon_word_written_as_a_name_stands_for_that_lexicons_words(rules_copy):
    # 沪滇资金 is written once, in pair_funds; three lexicons read it there
    lexicons = load_rules(rules_copy).lexicons
    assert "沪滇资金" in lexicons["pair_funds"]
    assert lexicons["money_cues"]["沪滇资金"] == "aid" and "{PAIR_FUNDS}" not in lexicons["money_cues"]
    assert "沪滇资金" in lexicons["noun_cues"] and "沪滇资金" in lexicons["given_fund_ends"]


@pytest.mark.parametrize("old, new, problem", [
    ("given_fund_ends: [援助资金,", "given_fund_ends: ['{NO_SUCH_WORDS}', 援助资金,", "'{NO_SUCH_WORDS}' names no list"),
    ("given_fund_ends: [援助资金,", "given_fund_ends: ['{MONEY_CUES}', 援助资金,", "'{MONEY_CUES}' names no list"),
    ("given_fund_ends: [援助资金,", "given_fund_ends: [沪滇资金, 援助资金,", "'沪滇资金' is listed twice"),
    ("    扶贫资金: aid\n", "    扶贫资金: aid\n    闽宁资金: aid\n", "'闽宁资金' is listed twice"),
])
def test_a_bad_lexicon_name_in_a_lexicon_is_one_line(rules_copy, old, new, problem):
    path = rules_copy / "facts.yaml"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    code, output = cli("rules", "check", rules_copy)
    assert code == 2 and "Traceback" not in output
    assert any("facts.yaml:" in line and problem in line for line in output.splitlines()), output


def test_a_name_registered_twice_is_reported_and_the_first_kept(clean_registry, tmp_path, rules_copy):
    plugin = tmp_path / "clash.py"
    plugin.write_text("from extract.registry import normalizer\n\n"
                      "@normalizer('amount')\ndef amount(match, doc, rule):\n    return []\n", encoding="utf-8")
    load_module(plugin, "clash")
    code, output = cli("rules", "check", rules_copy)
    assert code == 2
    assert f"{plugin}: normalizer 'amount' is already registered by" in output
    assert "tables/amounts.py" in output
    assert registry.NORMALIZERS["amount"].where.endswith("amounts.py")


def test_a_table_requiring_an_unknown_table_is_reported(clean_registry, rules_copy):
    from dataclasses import dataclass

    @dataclass(frozen=True)
    class Nothing:
        label: str
    registry.register_table(registry.Table("orphans", Nothing, keys=("label",), requires=("nowhere",)))
    code, output = cli("rules", "check", rules_copy)
    assert code == 2 and "requires table 'nowhere'" in output


def test_numeral_characters_come_from_the_number_reader():
    """The macros rules use are made from numbers.py: every numeral it reads, patterns find."""
    engine = get_engine()
    num = next(r for r in engine.rules.all_rules() if r.id == "amount.number_unit")
    for c in [*DIGITS, *SCALES]:
        assert c in num.pattern.pattern, c
    doc = engine(Document("d", "投入一○○万元，二〇〇八年"))
    assert [(r["text"], r["value"]) for r in doc.records("amounts")] == [("一○○万元", "1000000")]


def test_mentions_are_typed_with_stable_ids():
    from decimal import Decimal
    doc = get_engine()(Document("d", "2019年，上海投入2.3亿元，选派15名干部。"))
    amount = doc.mentions["amounts"][0]
    assert amount.value.value == Decimal("230000000") and amount.value.value_max is None
    assert [m.id for m in doc.mentions["places"]] == ["places/0"]
    assert doc.mentions["headcounts"][0].value.value == 15 and doc.mentions["years"][0].value.year == 2019
    assert doc.rows("amounts") == [("d", 10, 15, "2.3亿元", "230000000", "", "CNY", "exact", "", "amount.number_unit")]


def test_overlap_policy_is_named_in_the_table_declaration():
    for table in registry.tables():
        assert table.overlap in registry.OVERLAPS


def test_a_step_reading_a_table_its_table_does_not_require_is_reported(clean_registry, rules_copy):
    from dataclasses import dataclass

    @dataclass(frozen=True)
    class Echo:
        year: int

    @registry.step("echo.copy_years", requires=("years",))
    def copy_years(mentions, doc, step):
        return mentions
    registry.register_table(registry.Table("echo", Echo, keys=("year",), steps=("echo.copy_years",)))
    code, output = cli("rules", "check", rules_copy)
    assert code == 2 and "step echo.copy_years of table echo reads table 'years'" in output, output
