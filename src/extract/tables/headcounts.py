"""Headcounts: a number and a classifier counting people or households."""
from __future__ import annotations

from . import Mention, normalizer
from .quantity import number_range, plain, qualifier


def counted_noun(text: str, start: int, end: int, lexicons: dict) -> str:
    """The people noun right after the count, else right before it (贫困人口为16.56万人)."""
    nouns = lexicons["people_nouns"]
    after = [n for n in nouns if text.startswith(n, end)]
    if after:
        return max(after, key=len)
    for glue in ["", *lexicons["noun_glue"]]:
        if text.endswith(glue, 0, start):
            before = [n for n in nouns if text.endswith(n, 0, start - len(glue))]
            if before:
                return max(before, key=len)
    return ""


@normalizer("headcount")
def headcount(match, ctx, rule):
    text, lexicons = ctx.text, ctx.lexicons
    if match.group("num") in lexicons["indefinite_numerals"] and not match.groupdict().get("pre"):
        return []  # 一名教师: "a teacher", not a count
    value, value_max, approx = number_range(match)
    if value != value.to_integral_value():
        return []  # 医师2.41人 (per thousand) is a rate: people come in whole numbers
    fields = {
        "value": plain(value.to_integral_value()),
        "value_max": plain(value_max.to_integral_value()) if value_max is not None else "",
        "unit": match.group("unit"),
        "qualifier": qualifier(match, lexicons, approx),
        "noun": counted_noun(text, match.start("m"), match.end("m"), lexicons),
    }
    return [Mention("headcounts", match.start("m"), match.end("m"), rule.id, fields)]
