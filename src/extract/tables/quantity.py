"""What money and headcounts share: a number, its qualifier, its range."""
from __future__ import annotations

import regex

from ..numbers import BARE_SCALES, parse_numeral
from . import optional_group

SCALE_TAIL = regex.compile(f"[{BARE_SCALES}]*$")
QUALIFIER_LEXICONS = ("qualifier_before", "qualifier_before_guarded", "qualifier_after")


def qualifier(match, lexicons: dict, approximate: bool) -> str:
    """Inside the span (多/余) first, then words after it, then before it."""
    if approximate:
        return "over"
    post = optional_group(match, "post")
    if post:
        return lexicons["qualifier_after"][post]
    pre = optional_group(match, "pre")
    if pre:
        return lexicons["qualifier_before"].get(pre) or lexicons["qualifier_before_guarded"][pre]
    return "exact"


def number_range(match, num_group="num", max_group="num_max"):
    """(value, value_max, approximate) as Decimals; a shared scale spreads: 3-5万 -> 3万-5万."""
    num = match.group(num_group)
    num_max = optional_group(match, max_group)
    if num_max and num[-1].isdigit():
        num += SCALE_TAIL.search(num_max).group()
    value, approx = parse_numeral(num)
    value_max = parse_numeral(num_max)[0] if num_max else None
    return value, value_max, approx


def lookup_before(window: str, lexicon: dict) -> str:
    """Meaning of the last lexicon word found in the window, else ''."""
    best, best_pos = "", -1
    for word, meaning in lexicon.items():
        pos = window.rfind(word)
        if pos > best_pos:
            best, best_pos = meaning, pos
    return best
