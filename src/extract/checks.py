"""Rule self-tests: every example of every rule, and pathological inputs."""
from __future__ import annotations

import re
import time

from .document import Document
from .engine import Engine, RuleFailed
from .evaluate import same
from .match import MATCH_TIMEOUT, RuleTimeout
from .registry import TABLES
from .rules import Example, Rule

# Strings that make careless patterns backtrack: long runs of digits, letters,
# numeral characters and repeated separators, each ended by a character no
# rule expects (so that a greedy pattern must give back what it took).
PATHOLOGICAL = ["1" * 4000 + "!", "a" * 4000 + "!", "一" * 4000 + "元!", "1,1" * 1500, "2019年" * 600 + "-",
                "多余" * 2000, "县" * 4000, "1 " * 2000]
# And a run of each character that stands in a repeated part of a rule's own
# pattern ((?:叒|叒叒)+叕: 叒 × RUN), its literals or its lexicons' words. A
# pattern that tries exponentially many ways through such a run never ends
# on RUN characters; a linear or quadratic one takes milliseconds there.
RUN = 100
QUANTIFIER = re.compile(r"[+*]|\{\d*,\d*\}")


def describe(record: dict, table: str) -> str:
    """A row as `text col=value …`, its normalized columns only, empty ones left out."""
    cols = " ".join(f"{c}={record[c]}" for c in TABLES[table].columns if record[c] != "")
    return f"{record['text']} {cols}" if "text" in record else cols


def example_problem(engine: Engine, rule: Rule, ex: Example) -> str | None:
    """None when the example holds, else what was produced instead.

    A positive example lists every row its table should get from the text;
    a negative one (no rows) says this rule must not fire on it.
    """
    try:
        got = engine(Document("example", ex.text)).records(rule.table)
    except (RuleTimeout, RuleFailed) as e:  # a mechanism that raises on its own example: (?P<m>…)|以来 gives no m
        return f"{ex.where}: rule {rule.id}: example {ex.text!r}: {e}"
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
    """Patterns whose time grows faster than the text on some pathological string.

    Each string is tried at a quarter of its length and at full length: a
    pattern that scans linearly takes about 4 times as long on the longer one,
    however large its word lists (200,000 words are slow, not catastrophic);
    one that backtracks takes 16 times or more, or runs out of time.
    """
    problems = []
    for rule in engine.rules.all_rules():
        if rule.pattern is not None and (probe := _runaway(rule.pattern)):
            problems.append(f"{rule.where}: rule {rule.id}: pattern backtracks catastrophically on {probe[:12]!r}… "
                            "(its time grows much faster than the text)")
    return problems


def _runaway(pattern) -> str | None:
    budget = MATCH_TIMEOUT / 4
    for s in PATHOLOGICAL:
        try:
            # a busy machine can stall one timing: a suspect ratio is measured twice more, best times kept
            if _grows_too_fast(pattern, s, budget, 1) and _grows_too_fast(pattern, s, budget, 3):
                return s
        except TimeoutError:
            return s
    for c in repeated_characters(pattern.pattern):
        try:
            pattern.findall(c * RUN + "!", timeout=budget)
        except TimeoutError:
            return c * RUN + "!"
    return None


def repeated_characters(pattern: str) -> list[str]:
    """The letters (Chinese characters too) inside the parts of a pattern that
    repeat ((...)+, [...]*, X{2,}), in order, once each: what a run must be
    made of for the repetition to try its ways through it. Digits and
    punctuation are left to PATHOLOGICAL; a letter of the syntax (the d of
    \\d, the P of (?P<m>) only costs one more quick probe."""
    found, opened, i = {}, [], 0
    while i < len(pattern):
        start = i
        if pattern[i] == "(":
            opened.append(i)
            i += 1
            continue
        if pattern[i] == ")":
            start = opened.pop() if opened else 0
            i += 1
        elif pattern[i] == "[":
            i = _class_end(pattern, i)
        else:
            i += 2 if pattern[i] == "\\" else 1
        if QUANTIFIER.match(pattern, i):
            found.update(dict.fromkeys(c for c in pattern[start:i] if c.isalpha()))
    return list(found)


def _class_end(pattern: str, i: int) -> int:
    """Just after the [...] that starts at i (a ] first in it, or escaped, is a member)."""
    i += 2 if pattern.startswith("[^", i) else 1
    i += pattern.startswith("]", i)
    while i < len(pattern) and pattern[i] != "]":
        i += 2 if pattern[i] == "\\" else 1
    return i + 1


def _grows_too_fast(pattern, text: str, budget: float, tries: int) -> bool:
    short = _seconds(pattern, text[:len(text) // 4], budget, tries)
    long = _seconds(pattern, text, budget, tries)
    return long > 0.05 and long > 10 * max(short, 1e-4)


def _seconds(pattern, text: str, budget: float, tries: int) -> float:
    best = budget
    for _ in range(tries):
        started = time.perf_counter()
        pattern.findall(text, timeout=budget)
        best = min(best, time.perf_counter() - started)
    return best
