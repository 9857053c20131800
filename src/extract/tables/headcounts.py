"""Headcounts: a number and a classifier counting people or households."""
from __future__ import annotations

from . import Mention, normalizer
from .quantity import number_range, plain, qualifier


def counted_noun(text: str, start: int, end: int, nouns: list[str]) -> str:
    """The people noun right after the count, else right before it."""
    after = [n for n in nouns if text.startswith(n, end)]
    if after:
        return max(after, key=len)
    before = [n for n in nouns if text.endswith(n, 0, start)]
    return max(before, key=len) if before else ""


@normalizer("headcount")
def headcount(match, ctx, rule):
    text, lexicons = ctx.text, ctx.lexicons
    if match.group("num") in lexicons["indefinite_numerals"] and not match.groupdict().get("pre"):
        return []  # 一名教师: "a teacher", not a count
    value, value_max, approx = number_range(match)
    fields = {
        "value": plain(value.to_integral_value()),
        "value_max": plain(value_max.to_integral_value()) if value_max is not None else "",
        "unit": match.group("unit"),
        "qualifier": qualifier(match, lexicons, approx),
        "noun": counted_noun(text, match.start("m"), match.end("m"), lexicons["people_nouns"]),
    }
    return [Mention("headcounts", match.start("m"), match.end("m"), rule.id, fields)]
