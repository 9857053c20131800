"""Years: calendar years, year ranges and five-year plans."""
from __future__ import annotations

from dataclasses import dataclass

from ..doc import Mention
from ..numbers import digit_by_digit
from ..registry import Table, normalizer, register_table
from . import optional_group


@dataclass(frozen=True, slots=True)
class Year:
    year: int
    year_end: int | None  # last year of a plan or range
    kind: str  # point, since, until, plan


YEARS = register_table(Table("years", Year, keys=("year", "year_end", "kind"), rules="years.yaml"))


def _year(token: str) -> int:
    digits = token.rstrip("年")
    return int(digits) if digits.isdigit() else digit_by_digit(digits)


def _kind(match, lexicons) -> str:
    post = optional_group(match, "post")
    if post and post in lexicons["since_after"]:
        return "since"
    pre = optional_group(match, "pre")
    if pre and pre in lexicons["until_before"]:
        return "until"
    return "point"


@normalizer("year", lexicons=("since_after", "until_before"))
def year(match, doc, rule):
    value = _year(match.group("y"))
    if not 1900 <= value <= 2100:
        return []
    return [Mention("years", match.start("m"), match.end("m"), rule.id, Year(value, None, _kind(match, rule.lexicons)))]


@normalizer("year_range")
def year_range(match, doc, rule):
    """2016-2020年: both tokens are mentions, both carry the last year."""
    first, last = _year(match.group("y1")), _year(match.group("y2"))
    if not first < last:
        return []
    return [Mention("years", match.start(g), match.end(g), rule.id, Year(y, last, "point"))
            for g, y in (("m1", first), ("m2", last))]


@normalizer("plan", lexicons=("five_year_plans",))
def plan(match, doc, rule):
    first = rule.lexicons["five_year_plans"][match.group("m")]
    return [Mention("years", match.start("m"), match.end("m"), rule.id, Year(first, first + 4, "plan"))]
