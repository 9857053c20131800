"""Years: calendar years, year ranges and five-year plans."""
from __future__ import annotations

from dataclasses import dataclass

import regex

from ..doc import Mention
from ..document import CLAUSE_STOPS, ORDINAL_CHARS, SENTENCE_MARKS
from ..numbers import digit_by_digit, macros
from ..registry import Table, normalizer, register_table, step
from ..rules import alternation
from . import optional_group

_MACROS = macros()
YEAR_DIGITS = f"{_MACROS['YEAR_DIGITS_ARABIC']}|{_MACROS['YEAR_DIGITS_CN']}"  # 2019, 二〇一九: as YEAR4, YEAR_CN
MONTH_DAY = f"{_MACROS['MONTH']}(?:{_MACROS['DAY']})?"  # after a year inside a date (12月, 12月27日), as DATE_TAIL
# right after a year, what makes it the date of a value that follows, its month and day first or not, in its clause:
# 从2012年的169.5万人, 从2019年7月中旬的8户增加到, 由2020年12月27日的五户增加到
DATES_A_VALUE = regex.compile(f"(?:{MONTH_DAY})?[^的{CLAUSE_STOPS}]{{0,4}}的")


@dataclass(frozen=True, slots=True)
class Year:
    year: int
    year_end: int | None  # last year of a plan or range
    kind: str  # point, since, until, plan


YEARS = register_table(Table("years", Year, keys=("year", "year_end", "kind"), rules="years.yaml",
                             steps=("years.date_ranges",), requires=("documents",)))
KIND_LEXICONS = ("since_after", "until_before", "since_before", "since_later", "not_since_later",
                 "since_later_blocked_by", "not_blocking_since", "not_since_after_from", "span_end_words", "not_span_end_after",
                 "span_closers", "relative_years", "clause_inner_marks")


def _year(token: str) -> int:
    digits = token.rstrip("年")
    return int(digits) if digits.isdigit() else digit_by_digit(digits)


def _kind(match, doc, lexicons) -> str:
    """since: 以来/至今/起 right after the year, 以来 or 至今 later in its clause
    (自2015年脱贫攻坚战打响以来), or 从/自 before a year that starts an account
    (从1990年开展对口帮扶); until: 截至/到 before; else point."""
    post, pre = optional_group(match, "post"), optional_group(match, "pre")
    if post and post in lexicons["since_after"]:
        return "since"
    if pre and pre in lexicons["until_before"]:
        return "point" if _closes_a_span(match, doc, lexicons) else "until"
    if _since_later(_own_part(doc.document.clause_after(match.end(), through=lexicons["clause_inner_marks"]), lexicons)[0],
                    lexicons):
        return "since"  # (以来 past a list's 、: 1996年福建、宁夏建立…关系以来)
    own, later_year = _own_part(doc.document.clause_after(match.end()), lexicons)
    if pre and pre in lexicons["since_before"] and not later_year and (
            own.endswith(lexicons["since_after"]) or _starts_account(own, doc, match.end(), lexicons)):
        return "since"  # (从2018年9月驻村的第一天起: the frame 从…起 closes its clause, whatever stands between)
    return "point"


def _own_part(rest: str, lexicons):
    """A year's part of the rest of its clause, up to a later year (written or relative), and that year."""
    later_year = lexicons.derived(_next_year).search(rest)
    return (rest[:later_year.start()] if later_year else rest), later_year


def _next_year(lexicons):
    """A later year in a clause, written or relative: where this year's part of it ends (2020-06-09今年以来:
    the 以来 is 今年's)."""
    return lexicons.compile(f"(?:{YEAR_DIGITS})年|{alternation(lexicons['relative_years'])}")


def _closes_a_span(match, doc, lexicons) -> bool:
    """到/至 before a year after 从/自 + year earlier in its sentence, that year no start of its own:
    the sentence walks through a span (从1998年抗洪抢险，到2003年抗击非典，再到2008年…), and 到 sets no
    deadline. Not after 从2016年起, a start (从2016年起，到2020年全部脱贫: until), nor for 截至."""
    if match.group("pre") not in lexicons["span_closers"]:
        return False
    sentence = doc.document.sentence_at(match.start())
    return lexicons.derived(_from_year).search(doc.text, sentence[0], match.start()) is not None


def _from_year(lexicons):
    """从/自 + a year (or a relative one), with all its month and day, that no since word follows, nor
    the other end of a range of years (从2017年至2025年: that span is closed)."""
    return lexicons.compile(f"(?:{alternation(lexicons['since_before'])})"
                            f"(?:(?:{YEAR_DIGITS})年|{alternation(lexicons['relative_years'])})"
                            f"(?:{MONTH_DAY})?+"  # all of the date, then what follows it
                            f"(?!{alternation(lexicons['since_after'])}|(?:{alternation(lexicons['span_closers'])})[\\d一二])")


def _since_later(own: str, lexicons) -> bool:
    """以来 or 至今 later in the clause, unless it belongs to another start
    (2019年是有记录以来最热) or to a longer word (乃至今后); a start's letter inside another word starts
    nothing (2010年…对口支援海北藏族自治州以来)."""
    for word in (*lexicons["not_since_later"], *lexicons["not_blocking_since"]):
        own = own.replace(word, "·" * len(word))
    hits = [i for i in (own.find(w) for w in lexicons["since_later"]) if i >= 0]
    return bool(hits) and not any(b in own[:min(hits)] for b in lexicons["since_later_blocked_by"])


def _starts_account(own: str, doc, end: int, lexicons) -> bool:
    """从/自 + year starts an account, unless the year dates a value (从2012年的169.5万人),
    names a point of view or a source (从2019年全年来看, 从2020年补助资金中), or the
    sentence goes on to an end (从2016年到2020年, 自2020年3月1日至5月31日)."""
    if DATES_A_VALUE.match(own) or any(w in own for w in lexicons["not_since_after_from"]):
        return False
    return not lexicons.derived(_span_end).match(doc.text, end)


def _span_end(lexicons):
    """An end later in the sentence: 到/至 (not 乃至) before a number or an end word
    (从2018年“…”，到2019年“…”, 至5月31日, 到本世纪中叶): a span, not a start."""
    return lexicons.compile(f"[^{SENTENCE_MARKS}]*?(?<!{alternation(lexicons['not_span_end_after'])})"
                            f"(?:{alternation(lexicons['span_closers'])})"
                            f"(?:[\\d{ORDINAL_CHARS}]|{alternation(lexicons['span_end_words'])})")


@normalizer("year", lexicons=KIND_LEXICONS)
def year(match, doc, rule):
    value = _year(match.group("y"))
    if not 1900 <= value <= 2100:
        return []
    kind = _kind(match, doc, rule.lexicons)
    return [Mention("years", match.start("m"), match.end("m"), rule.id, Year(value, None, kind))]


@normalizer("year_range")
def year_range(match, doc, rule):
    """2016-2020年: both tokens are mentions, both carry the last year."""
    first, last = _year(match.group("y1")), _year(match.group("y2"))
    if not first < last:
        return []
    return [Mention("years", match.start(g), match.end(g), rule.id, Year(y, last, "point"))
            for g, y in (("m1", first), ("m2", last))]


@normalizer("plan", lexicons=("five_year_plans", "quoted_five_year_plans"))
def plan(match, doc, rule):
    name = match.group("m")
    first = rule.lexicons["five_year_plans"].get(name) or rule.lexicons["quoted_five_year_plans"][name]
    return [Mention("years", match.start("m"), match.end("m"), rule.id, Year(first, first + 4, "plan"))]


@normalizer("relative_year", lexicons=(*KIND_LEXICONS, "relative_years"), requires=("documents",))
def relative_year(match, doc, rule):
    """今年, 去年, 前年, 明年: the year of the document's date, or one or two before or after;
    nothing in a document whose date is not known."""
    info = doc.mentions["documents"][0].value if doc.mentions.get("documents") else None
    if info is None or not info.date:
        return []
    start, end, words = match.start("m"), match.end("m"), doc.words
    if not words.is_start(start) and words.is_start(end - 1) and not words.is_end(end) and match.end() == end:
        return []  # split between two other words: 过去|年轻人, 辞去|年薪, 胡明|年龄 (not 到明|年底: a date follows)
    value = int(info.date[:4]) + rule.lexicons["relative_years"][match.group("rel")]
    kind = _kind(match, doc, rule.lexicons)
    return [Mention("years", match.start("m"), match.end("m"), rule.id, Year(value, None, kind))]


@step("years.date_ranges", lexicons=("range_separators", "since_before"))
def date_ranges(mentions: list[Mention], doc, step) -> list[Mention]:
    """A range of two dates, each with its year, is a range of years, like 2016-2020年: both years carry
    the last (2018年12月到2019年5月 → 2018..2019 and 2019..2019; 2020年4月17日至2020年4月23日 → 2020..2020), as
    point; the last may read until (2018年12月份至2019年3月份). A range opened by 从/自 is one though its first year
    alone reads since, and needs no month (自2019年1月1日起至2020年12月31日止, 自2017年启动至2020年底 → 2017..2020: SPEC's
    从2016年到2020年); not 2016年以来, then 到 a date that ends a span, nor 2019年提出到2020年, a year and a deadline."""
    text, ordered = doc.text, sorted(mentions, key=lambda m: m.start)  # each rule's mentions come in turn
    gap, openers = step.lexicons.derived(_date_range_gap), step.lexicons["since_before"]
    for first, last in zip(ordered, ordered[1:]):
        a, b = first.value, last.value
        opened = text.endswith(openers, 0, first.start)
        if (a.kind in (("point", "since") if opened else ("point",)) and b.kind in ("point", "until")
                and a.year_end is None and b.year_end is None and a.year <= b.year
                and (between := gap.fullmatch(text, first.end, last.start)) and (opened or between.group("date"))
                and not DATES_A_VALUE.match(text, first.end)):
            first.value, last.value = Year(a.year, b.year, "point"), Year(b.year, b.year, "point")
    return mentions


def _date_range_gap(lexicons):
    """Between the years of a date range: the first date's month (and day, 中下旬…), then a separator
    (2018年12月到2019年5月, 去年11月中下旬到今年1月初, 2019年12月27日至2020年2月14日, 2020.05—2021.05); in a range
    opened by 从/自, a word or two of the account in its stead (自2017年启动至2020年底). No figure between, nor a
    first year dating a value (DATES_A_VALUE): not two years each dating one (从2015年的5户增加到2019年, 2020年1月的五户
    增加到2020年3月)."""
    return lexicons.compile(f"(?P<date>{MONTH_DAY}|{_MACROS['DOTTED_MONTH']})?[^\\d{CLAUSE_STOPS}、]{{0,6}}?"
                            f"(?:{alternation(lexicons['range_separators'])})")
