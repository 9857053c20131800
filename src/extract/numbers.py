"""Chinese, Arabic and mixed numerals to exact decimals.

Pure Chinese numerals go to cn2an (a maintained converter that knows 两,
〇 and the section rules of 万/亿); mixed forms such as 1.2万 or 200多万 are
split here into an Arabic head and a tail of scale characters, because a
mention like 1亿多 is a number, an approximation mark and a scale at once.
"""
from __future__ import annotations

from decimal import Decimal, InvalidOperation
from functools import cache, lru_cache

SCALES = {"十": 10, "百": 100, "千": 1000, "万": 10_000, "亿": 100_000_000}
CN_DIGITS = frozenset("〇零一二两三四五六七八九十")
APPROX_MARKS = "多余"
_ARABIC = set("0123456789.,")


class NumeralError(ValueError):
    """A string the numeral grammar accepted but no reading exists for."""


@lru_cache(maxsize=1 << 16)  # the same few numerals recur in every article, and cn2an is slow per call
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
            value = Decimal(str(_cn2an()(core, "smart")))
    except (KeyError, InvalidOperation, ValueError) as e:
        raise NumeralError(s) from e
    return value, approximate


@cache
def _cn2an():
    """cn2an takes a quarter second to import; most documents never need it."""
    import cn2an
    return cn2an.cn2an


def chinese_digits_to_int(s: str) -> int:
    """Digit-by-digit reading used for years: 二〇二〇 -> 2020."""
    digits = "〇一二三四五六七八九"
    table = {c: str(i) for i, c in enumerate(digits)} | {"零": "0", "○": "0", "O": "0"}
    return int("".join(table[c] for c in s))


def plain(value: Decimal) -> str:
    """A decimal as CSV wants it: no exponent, no trailing zeros."""
    text = format(value.normalize(), "f")
    return text
