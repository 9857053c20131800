"""The compiled-pattern and parsed-rules caches: a second load reads what the first compiled or parsed; a bad cache is
never an error."""
import os
from pathlib import Path

import pytest
import regex
import yaml

from extract import compiled
from extract import engine
from extract.engine import Engine
from extract.load import collect_inputs, read_document
from extract.rules import RuleError, load_rules
from extract.run import process_files


@pytest.fixture
def cache(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    monkeypatch.setenv("EXTRACT_CACHE", str(folder))
    return folder


@pytest.fixture
def compiles(monkeypatch):
    """How many patterns regex had to parse."""
    calls = []

    class Counting:  # regex as compiled.py sees it, counting its parses
        def __getattr__(self, name):
            return getattr(regex, name)

        def compile(self, pattern, *args, **kwargs):
            calls.append(pattern)
            return regex.compile(pattern, *args, **kwargs)

    monkeypatch.setattr(compiled, "regex", Counting())
    return calls


def _money_rule(ruleset):
    return next(r for r in ruleset.rules["amounts"] if r.pattern is not None)


def test_a_second_load_parses_nothing(cache, compiles):
    first = load_rules()
    assert (cache / compiled.FILE).is_file() and compiles
    compiles.clear()
    second = load_rules()
    assert compiles == []
    a, b = _money_rule(first), _money_rule(second)
    assert a.pattern.pattern == b.pattern.pattern
    text = "投入帮扶资金3.5亿元，培训2000人"
    assert [m.span() for m in a.pattern.finditer(text)] == [m.span() for m in b.pattern.finditer(text)]


def test_an_edited_rule_is_compiled_once(cache, compiles, rules_copy):
    load_rules(rules_copy)
    path = rules_copy / "amounts.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("(?P<m>", "(?P<m>(?:)", 1), encoding="utf-8")
    compiles.clear()
    load_rules(rules_copy)
    assert len(compiles) == 1 and "(?P<m>(?:)" in compiles[0]
    compiles.clear()
    load_rules(rules_copy)
    assert compiles == []


@pytest.fixture
def yaml_loads(monkeypatch):
    """How many rule files libyaml had to parse."""
    calls, load = [], yaml.load
    monkeypatch.setattr(yaml, "load", lambda text, Loader: calls.append(text) or load(text, Loader=Loader))
    return calls


def test_a_second_load_parses_no_rule_file_and_reads_the_same(cache, yaml_loads):
    first = load_rules()
    assert (cache / compiled.PARSED_FILE).is_file() and len(yaml_loads) >= 8
    yaml_loads.clear()
    second = load_rules()
    assert yaml_loads == []
    assert first.lexicons["currencies"] == second.lexicons["currencies"]
    assert [(r.id, r.examples) for r in first.all_rules()] == [(r.id, r.examples) for r in second.all_rules()]


def test_an_edited_rule_file_is_parsed_again_and_a_broken_one_is_not_kept(cache, yaml_loads, rules_copy):
    load_rules(rules_copy)
    path = rules_copy / "years.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text + "\n# an edit\n", encoding="utf-8")
    yaml_loads.clear()
    load_rules(rules_copy)
    assert len(yaml_loads) == 1 and yaml_loads[0].endswith("# an edit\n")
    path.write_text(text + "\nrules: [\n", encoding="utf-8")  # not valid YAML: reported at every load
    for _ in range(2):
        with pytest.raises(RuleError, match="years.yaml:.*not valid YAML"):
            load_rules(rules_copy)


@pytest.fixture
def parses(monkeypatch):
    """Every pattern regex parses, whoever asks."""
    calls, parse = [], regex.compile
    monkeypatch.setattr(regex, "compile", lambda pattern, *args, **kwargs: calls.append(pattern) or parse(pattern, *args, **kwargs))
    return calls


def test_patterns_built_while_reading_documents_are_kept(cache, parses, tmp_path):
    """The headcount nouns' patterns are built on the first count a run meets, after the rules
    were loaded and the cache saved: the run keeps them, and the next run parses none of them."""
    article = tmp_path / "a.txt"
    article.write_text("会泽县选派200名驻村干部。", encoding="utf-8")
    engine._engine.cache_clear()  # an engine an earlier test made keeps another cache
    process_files(collect_inputs([str(article)])[0])
    parses.clear()
    rows = Engine()(read_document(article)).tables()
    assert [r[3] for r in rows["headcounts"]] == ["200名"] and parses == []


def test_old_patterns_go_once_the_file_holds_twice_what_a_run_uses(cache, compiles):
    first = compiled.Patterns(cache)
    for n in range(3):
        first.compile(f"a{n}")
    first.save()
    later = compiled.Patterns(cache)
    later.compile("a0")
    later.compile("b")  # new: saved with the three kept (four: not over twice the two used)...
    later.save()
    assert set(compiled.Patterns(cache)._stored) == {"a0", "a1", "a2", "b"}
    last = compiled.Patterns(cache)
    last.compile("c")  # ...but five would be over twice the one used: only what this run used is kept
    last.save()
    assert set(compiled.Patterns(cache)._stored) == {"c"}


@pytest.mark.parametrize("content", [b"", b"not a pickle", b"\x80\x04K\x01."])  # the last: a pickled int
def test_a_damaged_cache_is_ignored_and_replaced(cache, compiles, content):
    cache.mkdir()
    (cache / compiled.FILE).write_bytes(content)
    load_rules()
    assert compiles
    compiles.clear()
    load_rules()
    assert compiles == []


def test_a_cache_others_may_write_is_not_read(cache, compiles):
    load_rules()
    os.chmod(cache / compiled.FILE, 0o666)
    compiles.clear()
    load_rules()
    assert compiles  # unpickling runs code: a file others could have written is not loaded


def test_no_cache_where_none_can_be_written(tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    monkeypatch.setenv("EXTRACT_CACHE", str(blocker / "cache"))  # under a file: no folder can be made
    assert load_rules().rules["amounts"]


def test_turned_off(tmp_path, monkeypatch, compiles):
    monkeypatch.setenv("EXTRACT_CACHE", "")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    load_rules()
    load_rules()
    assert not any(tmp_path.iterdir())
    assert len(compiles) >= 2 * len([r for r in load_rules().all_rules() if r.pattern is not None])


# -- re twins of anchors -------------------------------------------------------------------------

def _matches(pattern, text):
    return [(m.start(), m.lastgroup) for m in pattern.finditer(text)]


def test_the_number_anchor_scans_alike_in_re():
    """The money and headcount rules' anchor has a re twin, and it finds what regex finds,
    on the corpus and on text made to trip a number scan (runs of digits and commas,
    numerals inside words, a decimal point written 点)."""
    ruleset = load_rules()
    rule = next(r for r in ruleset.rules["amounts"] if r.anchor is not None)
    assert rule.anchor_scan is not None
    tricky = ["1,1,1,1,1,1,1,1,1,1,1,1,1元", "统一进一步三四千元两到三万人", "3点5万元和十点二亿", "０１２３４元" * 30,
              "一" * 200 + "人", "壹仟玖佰圆整，5户6口人，第3名"]
    corpus = [p.read_text(encoding="utf-8") for p in sorted((Path(__file__).parents[1] / "corpus").glob("*.txt"))]
    assert corpus
    for text in [*corpus, *tricky]:
        assert _matches(rule.anchor_scan, text) == _matches(rule.anchor, text)


@pytest.mark.parametrize("source", [
    "(?=(?:到|至)?(?:19|20)\\d{2})",  # opens with a lookahead: re would try every position
    "[\\d一](?<!点.|[\\d]点.)",  # lookbehinds of varying width: re cannot
    "[\\p{Han}]+县",  # a class re lacks
    "[[一二]]+",  # a nested set, which re reads otherwise
])
def test_no_twin_where_re_is_slower_or_reads_otherwise(source):
    assert compiled.stdlib_twin(regex.compile(source)) is None
