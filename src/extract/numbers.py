"""Chinese, Arabic and mixed numerals to exact decimals, vague ones to ranges.

Chinese numerals are read the way cn2an's "smart" mode reads them (two
hundred thousand generated and odd strings agree: tests/test_numbers.py
checks a sample whenever cn2an is installed), by a grammar written out
here: cn2an takes 0.3 s to import and 25 µs a call, more than the rest of
the pipeline spends on a mention. Mixed forms such as 1.2万 or 200多万 are
split into an Arabic head and a tail of scale characters, because a
mention like 1亿多 is a number, an approximation mark and a scale at once.
Financial (大写) and traditional characters read as their everyday forms
(壹仟玖佰 = 一千九百, 萬 = 万); vague numbers read as a range (三四千 = 3000 to
4000, 数十亿 = 1e9 to 1e10) or as a lower bound (十几 = over 10).

This module is the one source of the numeral characters: rule files get
them as macros (`macros()`), so a pattern never finds a numeral this module
cannot read.
"""
from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import NamedTuple

SCALES = {"十": 10, "百": 100, "千": 1000, "万": 10_000, "亿": 100_000_000}
DIGITS = {"〇": 0, "○": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
          "八": 8, "九": 9}
TRADITIONAL = {"兩": "两", "萬": "万", "億": "亿"}  # read anywhere a numeral is
# 大写 numerals: read only in runs of their own (壹仟玖佰), since 伍 and 陆 are
# also words' characters (队伍, 陆续)
FINANCIAL = {"壹": "一", "贰": "二", "貳": "二", "叁": "三", "參": "三", "叄": "三", "肆": "四", "伍": "五",
             "陆": "六", "陸": "六", "柒": "七", "捌": "八", "玖": "九", "拾": "十", "佰": "百", "仟": "千"}
CN_DIGITS = frozenset(DIGITS) | {"十"}
BARE_SCALES = "".join(c for c in SCALES if c != "十")  # scales that stand for one of them when alone: 万余, 近千
APPROX_MARKS = "多余几"  # after a numeral: a lower bound (200多, 万余, 十几)
ROUGH_MARKS = "来"  # after a scale or a 0 (ROUGH_AFTER): about it (四十来人, 30来户, 三十来万元)
VAGUE_HEADS = "几数"  # before a scale: some of it (几十万, 数百)
_ARABIC = set("0123456789.")
_SECTION = re.compile(r"([\d.]+)(\D*)")  # Arabic digits and the scale characters after them
# (来 only says about: read_number takes its hint from the numeral as written)
_PLAIN = str.maketrans({**TRADITIONAL, **FINANCIAL, ",": None, "，": None, **dict.fromkeys(ROUGH_MARKS)})


MAX_NUMERAL = 40  # characters: 一千二百三十四万五千六百七十八 is 15, 1,234,567,890.12 is 16


class NumeralError(ValueError):
    """A string the numeral grammar accepted but no reading exists for."""


class Reading(NamedTuple):
    value: Decimal
    value_max: Decimal | None  # a vague number's upper bound
    hint: str  # '' exact, 'over' (多, 余, 几 after a numeral), 'about' (a vague range, 来 after a scale or a 0)


@lru_cache(maxsize=1 << 16)  # the same few numerals recur in every article
def read_number(s: str) -> Reading:
    """'200多万' -> (2000000, None, 'over'); '三四千' -> (3000, 4000, 'about'); '数十亿' -> (1e9, 1e10, 'about')."""
    if len(s) > MAX_NUMERAL:
        raise NumeralError(s)  # a run of 4,301 digits is no count (and Python will not print it as an int)
    core = s.translate(_PLAIN).replace("个亿", "亿")  # 两个亿
    hint = "over" if any(c in APPROX_MARKS for c in core[1:]) else "about" if any(c in ROUGH_MARKS for c in s) else ""
    if core[:1] in VAGUE_HEADS:
        rest = core[1:].strip(APPROX_MARKS)
        low = _number("一" + rest if rest[:1] in SCALES else rest, s)
        return Reading(low, low * 10, "about")  # 几十万: from 十万 up to 百万
    core = "".join(c for c in core if c not in APPROX_MARKS)
    if not core:
        raise NumeralError(s)
    if core[0] in BARE_SCALES:
        core = "一" + core  # 万余元, 超过万元, 近千人: a bare scale is one of it
    if "点" in core:
        return Reading(_decimal(core, s), None, hint)  # 一点一九亿: 1.19亿
    pair = _juxtaposed(core)
    if pair:
        low, high = sorted((_number(core[:pair] + core[pair + 1:], s), _number(core[:pair - 1] + core[pair:], s)))
        return Reading(low, high, hint or "about")  # 三四千: 3000 to 4000
    return Reading(_number(core, s), None, hint)


def _juxtaposed(core: str) -> int:
    """Where the second of two digits side by side stands (三四千 -> 1), or 0.
    A run of digits with a zero (二〇〇八, 一○○) is read digit by digit instead."""
    digits = core.rstrip(_UNITS)
    if all(c in DIGITS for c in digits) and any(c in _ZEROS for c in digits):
        return 0
    for i in range(1, len(core)):
        if core[i - 1] in _ONE_TO_NINE and core[i] in _ONE_TO_NINE:
            if DIGITS[core[i - 1]] == DIGITS[core[i]]:
                raise NumeralError(core)  # 一一名: no count at all
            return i
    return 0


def _decimal(core: str, original: str) -> Decimal:
    """A Chinese decimal: 一点一九亿 -> 119000000, 三点五 -> 3.5."""
    whole, _, rest = core.partition("点")
    fraction = rest.rstrip(_UNITS)
    if not fraction or any(c not in DIGITS for c in fraction):
        raise NumeralError(original)
    number = Decimal(f"{_number(whole or '零', original)}.{''.join(str(DIGITS[c]) for c in fraction)}")
    return number * _scale(rest[len(fraction):])


def _number(core: str, original: str) -> Decimal:
    digits = core.rstrip(_UNITS)
    try:
        if len(digits) > 1 and all(c in DIGITS for c in digits):
            return Decimal(digit_by_digit(digits)) * _scale(core[len(digits):])  # 一○○万: 100万
        if core[0] in _ARABIC:
            return sum(Decimal(head) * _scale(units) for head, units in _SECTION.findall(core))  # 5万3000
        return Decimal(chinese_integer(core))
    except (KeyError, InvalidOperation, ValueError) as e:
        raise NumeralError(original) from e


def _scale(units: str) -> int:
    """万亿 -> 10**12: scale characters multiply."""
    value = 1
    for c in units:
        value *= SCALES[c]
    return value


# The grammar of a well-formed Chinese integer, each part a function from a
# start position to where it ends (-1: no match). Every optional tail is
# followed only by a bigger unit or the end, so reading greedily is exact.
#   up_to_99   = d? 十 d? | d               hundreds = d 百 (零 d | d 十 d?)?
#   up_to_999  = hundreds | up_to_99        thousands = d 千 (零 up_to_99 | hundreds)?
#   up_to_9999 = thousands | up_to_999      wans = up_to_9999 万 (零 up_to_999 | thousands)?
#   up_to_wan  = wans | up_to_9999          integer = 零 | up_to_wan (亿 (零 up_to_wan | wans)?)?
_ONE_TO_NINE = "".join(c for c, v in DIGITS.items() if v)
_ZEROS = "".join(c for c, v in DIGITS.items() if not v)


def _digit(s: str, i: int) -> int:
    return i + 1 if 0 <= i < len(s) and s[i] in _ONE_TO_NINE else -1


def _unit(s: str, i: int, unit: str) -> int:
    return i + 1 if 0 <= i < len(s) and s[i] == unit else -1


def _zero_then(s: str, i: int, part) -> int:
    return part(s, i + 1) if 0 <= i < len(s) and s[i] in _ZEROS else -1


def _either(part, other):
    """part, else other (tried only when part fails)."""
    return lambda s, i: j if (j := part(s, i)) >= 0 else other(s, i)


def _scaled(head, unit: str, after_zero, tail):
    """head unit (零 after_zero | tail)?"""
    def parse(s: str, i: int) -> int:
        j = _unit(s, head(s, i), unit)
        if j < 0:
            return -1
        end = _zero_then(s, j, after_zero)
        if end < 0:
            end = tail(s, j)
        return end if end >= 0 else j
    return parse


def _tens(s: str, i: int) -> int:
    """十 and an optional digit, from i."""
    ten = _unit(s, i, "十")
    if ten < 0:
        return -1
    d = _digit(s, ten)
    return d if d >= 0 else ten


def _up_to_99(s: str, i: int) -> int:
    d = _digit(s, i)
    ten = _tens(s, d if d >= 0 else i)
    return ten if ten >= 0 else d


_hundreds = _scaled(_digit, "百", _digit, lambda s, i: _tens(s, _digit(s, i)))
_up_to_999 = _either(_hundreds, _up_to_99)
_thousands = _scaled(_digit, "千", _up_to_99, _hundreds)
_up_to_9999 = _either(_thousands, _up_to_999)
_wans = _scaled(_up_to_9999, "万", _up_to_999, _thousands)
_up_to_wan = _either(_wans, _up_to_9999)


def _well_formed(s: str) -> bool:
    if len(s) == 1 and s in _ZEROS:
        return True
    head = _up_to_wan(s, 0)
    yi = _unit(s, head, "亿")
    if yi < 0:
        return head == len(s)
    return len(s) in (yi, _zero_then(s, yi, _up_to_wan), _wans(s, yi))


_NUM, _UNITS = "".join(DIGITS), "".join(SCALES)
_MISSING = [  # written forms that leave out a 零 or an 一, made whole before the grammar
    (re.compile(f"(万)零(?=[{_NUM}]千)"), r"\1"),
    (re.compile(f"([万亿])([{_NUM}][十百])"), r"\1零\2"),
    (re.compile(f"(千)([{_NUM}]?十)"), r"\1零\2"),
    (re.compile("(百)(十)"), r"\1一\2"),
]
_SPOKEN = re.compile(f"(?:[{_NUM}]{{0,2}}[{_UNITS}])+[{_NUM}]")  # 三千五, 两万三: the last unit is implied
_UNIT_OF = {value: unit for unit, value in SCALES.items()}


def chinese_integer(s: str) -> int:
    """一千二百万 -> 12000000, 三千五 -> 3500, 二〇二〇 -> 2020; ValueError when it is no numeral (三四千)."""
    if not s or any(c not in DIGITS and c not in SCALES for c in s):
        raise ValueError(s)
    if len(s) > 1:
        s = s.replace("零十", "零一十").replace("零百", "零一百")
        for pattern, whole in _MISSING:
            s = pattern.sub(whole, s)
        s = s.replace("零十", "零一十")
    if _well_formed(s):
        return _value(s)
    if all(c in DIGITS for c in s):
        return digit_by_digit(s)
    if len(s) >= 3 and _SPOKEN.fullmatch(s):
        last = SCALES[next(c for c in reversed(s) if c in SCALES)]
        if last // 10 in _UNIT_OF:  # 万 -> 千, 千 -> 百, 百 -> 十; after 十 or 亿 nothing is implied
            return _value(s + _UNIT_OF[last // 10])
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
    """A decimal as CSV wants it: no exponent, no trailing zeros (2.3E+8 -> 230000000)."""
    return format(value.normalize(), "f")


# every character a Chinese numeral is written with, traditional forms too
CN_DIGIT_CHARS = "".join(DIGITS) + "".join(t for t, c in TRADITIONAL.items() if c in DIGITS)
CN_SCALE_CHARS = "".join(SCALES) + "".join(t for t, c in TRADITIONAL.items() if c in SCALES)
ROUGH_AFTER = CN_SCALE_CHARS + "0"  # what 来 (ROUGH_MARKS) stands after in a number: 四十来, 30来 (not 一来…二来)
COUNT_CHARS = "\\d" + CN_DIGIT_CHARS + "十"  # what a small count is written with, inside [...]: 3县, 三县, 十二个县


def macros() -> dict[str, str]:
    """The numeral characters as rule-file macros (sets of characters, used
    inside [...]), so patterns and this module read the same numerals; and the
    digits of a calendar year (2019, 二〇一九) and a date's month and day, which
    the years' patterns and their Python read alike."""
    year_chars = "".join(c for c in DIGITS if c != "两")  # 二〇二〇, never 两〇两〇
    return {
        "CN_DIGIT_CHARS": CN_DIGIT_CHARS,
        "CN_SCALE_CHARS": CN_SCALE_CHARS,
        "CN_NUMERAL_CHARS": CN_DIGIT_CHARS + CN_SCALE_CHARS,
        "CN_NONZERO_CHARS": "".join(c for c in CN_DIGIT_CHARS + CN_SCALE_CHARS if DIGITS.get(c) != 0),
        "CN_FINANCIAL_CHARS": "".join(FINANCIAL) + "".join(t for t, c in TRADITIONAL.items() if c in SCALES),
        "CN_YEAR_DIGIT_CHARS": year_chars,
        "YEAR_DIGITS_ARABIC": r"(?:19|20)\d\d",
        "YEAR_DIGITS_CN": f"[一二][{year_chars}]{{3}}",
        "MONTH": r"\d{1,2}月",  # after a year inside a date (2019年12月27日): years.yaml and years.py alike
        "DAY": r"\d{1,2}日",
        "DOTTED_MONTH": r"[./](?:0?[1-9]|1[0-2])(?:[./]\d{1,2})?",  # after a year in a dotted date (2019.8, 2020/10/17)
        "APPROX_CHARS": APPROX_MARKS,
        "ROUGH_CHARS": ROUGH_MARKS,
        "ROUGH_AFTER_CHARS": ROUGH_AFTER,
        "VAGUE_HEAD_CHARS": VAGUE_HEADS,
    }
