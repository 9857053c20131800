"""Years: calendar years, year ranges and five-year plans."""
from __future__ import annotations

from ..numbers import digit_by_digit
from . import Mention, normalizer, optional_group


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


@normalizer("year")
def year(match, ctx, rule):
    value = _year(match.group("y"))
    if not 1900 <= value <= 2100:
        return []
    fields = {"year": value, "year_end": "", "kind": _kind(match, ctx.lexicons)}
    return [Mention("years", match.start("m"), match.end("m"), rule.id, fields)]


@normalizer("year_range")
def year_range(match, ctx, rule):
    """2016-2020年: both tokens are mentions, both carry the last year."""
    first, last = _year(match.group("y1")), _year(match.group("y2"))
    if not first < last:
        return []
    return [
        Mention("years", match.start(g), match.end(g), rule.id,
                {"year": y, "year_end": last, "kind": "point"})
        for g, y in (("m1", first), ("m2", last))
    ]


@normalizer("plan")
def plan(match, ctx, rule):
    first = ctx.lexicons["five_year_plans"][match.group("m")]
    fields = {"year": first, "year_end": first + 4, "kind": "plan"}
    return [Mention("years", match.start("m"), match.end("m"), rule.id, fields)]
