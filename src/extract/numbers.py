"""Chinese, Arabic and mixed numerals to exact decimals.

Chinese numerals are read the way cn2an's "smart" mode reads them (two
hundred thousand generated and odd strings agree: tests/test_numbers.py
checks a sample whenever cn2an is installed), by a grammar written out
here: cn2an takes 0.3 s to import and 25 µs a call, more than the rest of
the pipeline spends on a mention. Mixed forms such as 1.2万 or 200多万 are
split into an Arabic head and a tail of scale characters, because a
mention like 1亿多 is a number, an approximation mark and a scale at once.
"""
from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from functools import lru_cache

SCALES = {"十": 10, "百": 100, "千": 1000, "万": 10_000, "亿": 100_000_000}
DIGITS = {"〇": 0, "○": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
          "八": 8, "九": 9}
CN_DIGITS = frozenset("〇零一二两三四五六七八九十")
APPROX_MARKS = "多余"
_ARABIC = set("0123456789.,")


class NumeralError(ValueError):
    """A string the numeral grammar accepted but no reading exists for."""


@lru_cache(maxsize=1 << 16)  # the same few numerals recur in every article
def parse_numeral(s: str) -> tuple[Decimal, bool]:
    """Return (value, approximate): '200多万' -> (2000000, True)."""
    approximate = any(c in APPROX_MARKS for c in s)
    core = "".join(c for c in s if c not in APPROX_MARKS and c not in ",，")
    if not core:
        raise NumeralError(s)
    if core[0] in "百千万亿":
        core = "一" + core  # 万余元, 超过万元, 近千人: a bare scale is one of it
    head = ""
    while core and core[0] in _ARABIC:
        head, core = head + core[0], core[1:]
    try:
        if head:
            value = Decimal(head)
            for c in core:
                value *= SCALES[c]
        else:
            value = Decimal(chinese_integer(core))
    except (KeyError, InvalidOperation, ValueError) as e:
        raise NumeralError(s) from e
    return value, approximate


# The grammar of a well-formed Chinese integer, as sets of positions a part
# can end at (strings are a few characters long: no need for more).
def _chars(cs):
    return lambda s, i: {i + 1} if i < len(s) and s[i] in cs else set()


def _seq(*parts):
    def parse(s, i):
        ends = {i}
        for part in parts:
            ends = {e for j in ends for e in part(s, j)}
        return ends
    return parse


def _alt(*parts):
    return lambda s, i: set().union(*(part(s, i) for part in parts))


def _opt(part):
    return lambda s, i: {i} | part(s, i)


_D, _ZERO = _chars("一二两三四五六七八九"), _chars("零〇")
_TEN, _HUNDRED, _THOUSAND, _WAN, _YI = (_chars(c) for c in "十百千万亿")
_UP_TO_99 = _alt(_seq(_opt(_D), _TEN, _opt(_D)), _D)
_TENS_WITH_DIGIT = _seq(_D, _TEN, _opt(_D))  # 一十五: after 百, the 一 is written
_HUNDREDS = _alt(_seq(_D, _HUNDRED, _opt(_seq(_ZERO, _D))), _seq(_D, _HUNDRED, _TENS_WITH_DIGIT))
_UP_TO_999 = _alt(_HUNDREDS, _UP_TO_99)
_THOUSANDS = _alt(_seq(_D, _THOUSAND, _opt(_seq(_ZERO, _UP_TO_99))), _seq(_D, _THOUSAND, _HUNDREDS))
_UP_TO_9999 = _alt(_THOUSANDS, _UP_TO_999)
_WANS = _alt(_seq(_UP_TO_9999, _WAN, _opt(_seq(_ZERO, _UP_TO_999))), _seq(_UP_TO_9999, _WAN, _THOUSANDS))
_UP_TO_WAN = _alt(_WANS, _UP_TO_9999)
_YIS = _alt(_seq(_UP_TO_WAN, _YI, _opt(_seq(_ZERO, _UP_TO_WAN))), _seq(_UP_TO_WAN, _YI, _WANS))
_INTEGER = _alt(_ZERO, _YIS, _UP_TO_WAN)

_NUM = "〇零一二两三四五六七八九"
_MISSING = [  # written forms that leave out a 零 or an 一, made whole before the grammar
    (re.compile(f"(万)零(?=[{_NUM}]千)"), r"\1"),
    (re.compile(f"([万亿])([{_NUM}][十百])"), r"\1零\2"),
    (re.compile(f"(千)([{_NUM}]?十)"), r"\1零\2"),
    (re.compile("(百)(十)"), r"\1一\2"),
]
_SPOKEN = re.compile(f"(?:[{_NUM}]{{0,2}}[十百千万亿])+[{_NUM}]")  # 三千五, 两万三: the last unit is implied
_NEXT_UNIT_DOWN = {10_000: "千", 1000: "百", 100: "十"}


def chinese_integer(s: str) -> int:
    """一千二百万 -> 12000000, 三千五 -> 3500, 二〇二〇 -> 2020; ValueError when it is no numeral (三四千)."""
    if not s or any(c not in DIGITS and c not in SCALES for c in s):
        raise ValueError(s)
    s = s.replace("零十", "零一十").replace("零百", "零一百")
    for pattern, whole in _MISSING:
        s = pattern.sub(whole, s)
    s = s.replace("零十", "零一十")
    if len(s) in _INTEGER(s, 0):
        return _value(s)
    if all(c in DIGITS for c in s):
        return digit_by_digit(s)
    if len(s) >= 3 and _SPOKEN.fullmatch(s):
        last = SCALES[next(c for c in reversed(s) if c in SCALES)]
        if last in _NEXT_UNIT_DOWN:
            return _value(s + _NEXT_UNIT_DOWN[last])
    raise ValueError(s)


def _value(s: str) -> int:
    """The value of a well-formed numeral, read from the right: a unit scales
    the digit before it, 万 and 亿 scale everything before them (万亿 too)."""
    total, unit, section = 0, 1, 1
    for k, c in enumerate(reversed(s)):
        if c in DIGITS:
            total += DIGITS[c] * unit
            continue
        unit = SCALES[c]
        if unit % 10_000 == 0:
            if unit > section:
                section = unit
            else:
                section = unit = unit * section
        if unit < section:
            unit *= section
        if k == len(s) - 1:
            total += unit  # a leading unit stands for one of it: 十五
    return total


def digit_by_digit(s: str) -> int:
    """二〇二〇 -> 2020: digits read one by one, as years are."""
    return int("".join(str(DIGITS[c]) for c in s))


def plain(value: Decimal) -> str:
    """A decimal as CSV wants it: no exponent, no trailing zeros."""
    text = format(value.normalize(), "f")
    return text
