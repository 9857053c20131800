"""Headcounts: a number and a classifier counting people or households."""
from __future__ import annotations

from functools import lru_cache

import regex

from ..rules import alternation
from . import Mention, normalizer, optional_group
from .quantity import number_range, plain, qualifier


@lru_cache(maxsize=8)
def _noun_patterns(nouns: tuple[str, ...], glue: tuple[str, ...]):
    """Longest noun at a position; longest noun (then optional glue) ending at one."""
    words = alternation(nouns)
    return regex.compile(words), regex.compile(f"(?r)(?P<noun>{words})(?:{alternation(glue)})?\\Z")


def counted_noun(text: str, start: int, end: int, lexicons: dict) -> str:
    """The people noun right after the count, else right before it (贫困人口为16.56万人)."""
    after, before = _noun_patterns(tuple(lexicons["people_nouns"]), tuple(lexicons["noun_glue"]))
    if m := after.match(text, end):
        return m.group()
    m = before.search(text, max(0, start - 16), start)
    return m.group("noun") if m else ""


@normalizer("headcount")
def headcount(match, ctx, rule):
    text, lexicons = ctx.text, ctx.lexicons
    if match.group("num") in lexicons["indefinite_numerals"] and not optional_group(match, "pre"):
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
