"""Rule self-tests: every example of every rule, and pathological inputs."""
from __future__ import annotations

from .document import Document
from .engine import Engine
from .evaluate import same
from .match import MATCH_TIMEOUT
from .registry import TABLES
from .rules import Example, Rule

# Strings that make careless patterns backtrack: long runs of digits,
# numeral characters and repeated separators.
PATHOLOGICAL = ["1" * 5000 + "!", "一" * 3000 + "元!", "1,1" * 2000, "2019年" * 500 + "-", "多余" * 2000, "县" * 5000]


def describe(record: dict, table: str) -> str:
    """A row as `text col=value …`, its normalized columns only, empty ones left out."""
    return f"{record['text']} " + " ".join(f"{c}={record[c]}" for c in TABLES[table].columns if record[c] != "")


def example_problem(engine: Engine, rule: Rule, ex: Example) -> str | None:
    """None when the example holds, else what was produced instead.

    A positive example lists every row its table should get from the text;
    a negative one (no rows) says this rule must not fire on it.
    """
    got = engine(Document("example", ex.text)).records(rule.table)
    if not ex.rows:
        got = [r for r in got if r["rule"] == rule.id]
    ok = len(got) == len(ex.rows) and all(
        all(same(str(want[k]), str(row.get(k, ""))) for k in want)
        for want, row in zip(ex.rows, got)
    )
    if ok:
        return None
    shown = "; ".join(describe(r, rule.table) for r in got)
    return f"{ex.where}: rule {rule.id}: example {ex.text!r} gave [{shown or 'nothing'}]"


def check_examples(engine: Engine) -> list[str]:
    return [p for rule in engine.rules.all_rules() for ex in rule.examples
            if (p := example_problem(engine, rule, ex))]


def check_backtracking(engine: Engine) -> list[str]:
    problems = []
    for rule in engine.rules.all_rules():
        if rule.pattern is None:
            continue
        for s in PATHOLOGICAL:
            try:
                rule.pattern.findall(s, timeout=MATCH_TIMEOUT / 4)
            except TimeoutError:
                problems.append(f"{rule.where}: rule {rule.id}: pattern takes over {MATCH_TIMEOUT / 4:g} s "
                                f"on {s[:12]!r}… (catastrophic backtracking)")
                break
    return problems
