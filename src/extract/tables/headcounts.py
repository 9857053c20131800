"""Headcounts: a number and a classifier counting people or households."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex

from ..doc import Mention
from ..registry import Table, normalizer, register_table
from ..rules import alternation
from . import optional_group
from .quantity import QUALIFIER_LEXICONS, number_range, qualifier


@dataclass(frozen=True, slots=True)
class Headcount:
    value: int
    value_max: int | None
    unit: str  # the classifier as written: 人 名 位 人次 户 口
    qualifier: str
    noun: str  # what is counted, when the text names it next to the count


HEADCOUNTS = register_table(Table("headcounts", Headcount, keys=("value", "value_max", "unit", "qualifier"),
                                  rules="headcounts.yaml"))


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


@normalizer("headcount", lexicons=(*QUALIFIER_LEXICONS, "indefinite_numerals", "people_nouns", "noun_glue",
                                   "ranking_words", "ranked_units"))
def headcount(match, doc, rule):
    lexicons = rule.lexicons
    if match.group("num") in lexicons["indefinite_numerals"] and not optional_group(match, "pre"):
        return []  # 一名教师: "a teacher", not a count
    if match.group("unit") in lexicons["ranked_units"] and any(
            w in doc.document.clause_before(match.start("m"), width=16) for w in lexicons["ranking_words"]):
        return []  # 排名短节目二三位: places in a ranking, not people
    reading, whole = number_range(match)
    if reading.value != reading.value.to_integral_value():
        return []  # 医师2.41人 (per thousand) is a rate: people come in whole numbers
    start = match.start("m") if whole else match.start("num_max")
    count = Headcount(int(reading.value), int(reading.value_max) if reading.value_max is not None else None,
                      match.group("unit"), qualifier(match, lexicons, reading.hint),
                      counted_noun(doc.text, start, match.end("m"), lexicons))
    return [Mention("headcounts", start, match.end("m"), rule.id, count)]
