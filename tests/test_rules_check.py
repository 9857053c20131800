"""Rule files are validated with file, line and a plain message."""
from click.testing import CliRunner

from extract.cli import main


def check(rules_dir):
    result = CliRunner().invoke(main, ["rules", "check", str(rules_dir)])
    return result.exit_code, result.output


def edit(path, old, new):
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_shipped_rules_pass(rules_copy):
    code, output = check(rules_copy)
    assert code == 0, output
    assert "0 problem(s)" in output


def test_a_stray_file_does_not_hide_the_rules_problems(rules_copy):
    (rules_copy / "stray.yaml").write_text("rules: []\n", encoding="utf-8")
    edit(rules_copy / "years.yaml", "  - id: year.plan\n", "  - id: year.plan\n    colour: red\n")
    code, output = check(rules_copy)
    assert code == 2 and "stray.yaml" in output and "unknown field(s) colour" in output, output


def test_bad_regex_names_file_line_and_rule(rules_copy):
    edit(rules_copy / "years.yaml", "pattern: '(?<![第十])(?P<m>", "pattern: '(?<![第十])(?P<m>(")
    code, output = check(rules_copy)
    assert code == 2
    assert "years.yaml:" in output and "year.plan" in output and "bad regex" in output


def test_unknown_field_duplicate_id_and_missing_examples(rules_copy):
    edit(rules_copy / "headcounts.yaml", "  - id: headcount.range\n", "  - id: headcount.number_classifier\n    colour: red\n")
    code, output = check(rules_copy)
    assert code == 2
    assert "unknown field(s) colour" in output
    assert "duplicate rule id headcount.number_classifier" in output


def test_rule_without_negative_example_fails(rules_copy):
    edit(rules_copy / "years.yaml", "      - text: 电话8008-8208。\n        rows: []\n", "")
    code, output = check(rules_copy)
    assert code == 2 and "year.range: needs at least one positive and one negative example" in output


def test_failing_example_says_what_it_produced(rules_copy):
    edit(rules_copy / "amounts.yaml", "rows: [{text: 2.3亿元, value: 230000000", "rows: [{text: 2.3亿元, value: 999")
    code, output = check(rules_copy)
    assert code == 1
    assert "amounts.yaml:" in output and "gave [2.3亿元 value=230000000" in output


def test_malformed_yaml_is_one_line(rules_copy):
    (rules_copy / "common.yaml").write_text("lexicons: [unclosed\n", encoding="utf-8")
    code, output = check(rules_copy)
    assert code == 2 and "common.yaml" in output and "not valid YAML" in output


def test_catastrophic_pattern_is_reported_not_hung(rules_copy):
    edit(rules_copy / "years.yaml", "pattern: '(?<![第十])(?P<m>{FIVE_YEAR_PLANS})", "pattern: '(?P<m>(?:\\d|\\d?)+(?=x)|{FIVE_YEAR_PLANS})")
    code, output = check(rules_copy)
    assert code == 1 and "year.plan" in output and "backtracks catastrophically" in output


def test_run_refuses_invalid_rules(rules_copy, tmp_path):
    edit(rules_copy / "amounts.yaml", "normalize: amount_pair", "normalize: no_such_thing")
    (tmp_path / "a.txt").write_text("投入5万元", encoding="utf-8")
    result = CliRunner().invoke(main, ["run", str(tmp_path / "a.txt"), "-o", str(tmp_path / "out"),
                                       "--rules", str(rules_copy)])
    assert result.exit_code == 2
    assert "unknown normalizer for a pattern 'no_such_thing'" in result.output
    assert not (tmp_path / "out").exists()


RUNAWAY = ("pattern: '(?<![第十])(?P<m>{FIVE_YEAR_PLANS})", "pattern: '(?P<m>(?:\\d|\\d?)+(?=x)|{FIVE_YEAR_PLANS})")


def test_runaway_pattern_fails_its_document_not_the_run(rules_copy, tmp_path):
    edit(rules_copy / "years.yaml", *RUNAWAY)
    (tmp_path / "digits.txt").write_text("1" * 3000, encoding="utf-8")
    (tmp_path / "plain.txt").write_text("“十三五”期间", encoding="utf-8")
    result = CliRunner().invoke(main, ["run", str(tmp_path / "digits.txt"), str(tmp_path / "plain.txt"),
                                       "-o", str(tmp_path / "out"), "--workers", "1", "--rules", str(rules_copy)])
    assert result.exit_code == 1
    assert "digits.txt: rule year.plan took over" in result.output and "catastrophic backtracking" in result.output
    assert "十三五" in (tmp_path / "out" / "years.csv").read_text(encoding="utf-8")


def test_runaway_pattern_is_stopped_outside_the_main_thread_too(rules_copy):
    """Dask runs documents in worker threads, where no alarm can be set: each regex call is timed instead."""
    import threading

    from extract.document import Document
    from extract.engine import get_engine
    from extract.match import RuleTimeout
    edit(rules_copy / "years.yaml", *RUNAWAY)
    engine, raised = get_engine(str(rules_copy)), []

    def work():
        try:
            engine(Document("digits", "1" * 3000))
        except RuleTimeout as e:
            raised.append(e)
    thread = threading.Thread(target=work)
    thread.start()
    thread.join(timeout=30)
    assert [e.rule_id for e in raised] == ["year.plan"]
