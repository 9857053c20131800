"""A toy table, declared from outside the package: percentages (百分之三十五, 12.5%).

tests/test_registry.py loads this module and a rules folder holding
percentages.yaml to show that a new table needs no edit to the package.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from extract.doc import Mention
from extract.numbers import chinese_integer
from extract.registry import Table, normalizer, register_table


@dataclass(frozen=True, slots=True)
class Percentage:
    value: Decimal  # 35 for 35%
    qualifier: str


PERCENTAGES = register_table(Table("percentages", Percentage, keys=("value",), rules="percentages.yaml"))


@normalizer("percentage", lexicons=("percent_qualifiers",))
def percentage(match, doc, rule):
    if match.group("num"):
        value = Decimal(match.group("num"))
    else:
        whole, _, fraction = match.group("cn").partition("点")
        value = Decimal(f"{chinese_integer(whole)}.{''.join(str(chinese_integer(c)) for c in fraction) or 0}")
    qualifier = rule.lexicons["percent_qualifiers"].get(match.group("pre") or "", "exact")
    return [Mention("percentages", match.start("m"), match.end("m"), rule.id, Percentage(value, qualifier))]
