"""What money and headcounts share: a number, its qualifier, its range."""
from __future__ import annotations

import regex

from ..numbers import Reading, macros, read_number
from . import optional_group

# the scale characters at the end of a range's upper bound, which it may lend to the lower (3至5万)
SCALE_TAIL = regex.compile(f"[{macros()['CN_SCALE_CHARS'].replace('十', '')}]*$")
QUALIFIER_LEXICONS = ("qualifier_before", "qualifier_before_guarded", "qualifier_after")


def qualifier(match, lexicons: dict, hint: str) -> str:
    """A hedge (约, 左右) wins over 多/余 inside the span (约180余人次 is about),
    which wins over other words after the number, then before it."""
    post = optional_group(match, "post")
    pre = optional_group(match, "pre")
    after = lexicons["qualifier_after"][post] if post else ""
    before = (lexicons["qualifier_before"].get(pre) or lexicons["qualifier_before_guarded"][pre]) if pre else ""
    if "about" in (after, before):
        return "about"
    if hint == "over":
        return "over"
    return after or before or hint or "exact"


def number_range(match, num_group: str = "num", max_group: str = "num_max") -> tuple[Reading, bool]:
    """The number or range a match holds, and whether its first number belongs to it.

    The upper bound's scale lends itself to the lower bound only when that
    keeps the lower bound below the upper one: 两到三万 is 20000..30000, but
    6000到1.1万 is 6000..11000. A first number larger than the second makes
    no range (比分3-1): the second stands alone (False).
    """
    num, num_max = match.group(num_group), optional_group(match, max_group)
    low = read_number(num)
    if not num_max:
        return low, True
    high = read_number(num_max)
    top = high.value_max if high.value_max is not None else high.value
    tail = SCALE_TAIL.search(num_max).group()
    if tail and low.value_max is None:
        try:
            lent = read_number(num + tail)
            if lent.value < top:
                low = lent
        except ValueError:
            pass  # the lower bound with the scale is no number: it stands as written
    if low.value > top:
        return high, False
    return Reading(low.value, top, low.hint or high.hint), True
