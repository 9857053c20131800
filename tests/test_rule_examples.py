"""Every example of every rule file is a test case."""
import pytest

from extract.checks import example_problem
from extract.engine import get_engine

ENGINE = get_engine()
CASES = [(rule, ex) for rule in ENGINE.rules.all_rules() for ex in rule.examples]


@pytest.mark.parametrize("rule,example", CASES, ids=[f"{r.id}:{e.where.rsplit(':', 1)[1]}" for r, e in CASES])
def test_rule_example(rule, example):
    assert example_problem(ENGINE, rule, example) is None


def test_every_rule_has_positive_and_negative_examples():
    from extract.rules import is_positive
    for rule in ENGINE.rules.all_rules():
        assert any(is_positive(e, rule.table) for e in rule.examples), rule.id
        assert not all(is_positive(e, rule.table) for e in rule.examples), rule.id
