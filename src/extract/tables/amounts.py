"""Money: a number and a currency unit, with qualifier, range and rate."""
from __future__ import annotations

from . import Mention, normalizer, optional_group, window_before
from .quantity import lookup_before, number_range, plain, qualifier


def _row(match, text, lexicons, value, value_max, approx, group="m"):
    unit = match.group("cur" + group[1:])  # m -> cur, m1 -> cur1
    currency = lexicons["currencies"].get(unit) or lexicons["currencies_before_qian"][unit]
    per = optional_group(match, "per_after") or ""
    per = per.lstrip("/每") if per else lookup_before(window_before(text, match.start(group)), lexicons["per_before"])
    return {
        "value": plain(value),
        "value_max": plain(value_max) if value_max is not None else "",
        "currency": currency,
        "qualifier": qualifier(match, lexicons, approx),
        "per": per,
    }


@normalizer("amount")
def amount(match, ctx, rule):
    text, lexicons = ctx.text, ctx.lexicons
    value, value_max, approx = number_range(match)
    fields = _row(match, text, lexicons, value, value_max, approx)
    return [Mention("amounts", match.start("m"), match.end("m"), rule.id, fields)]


@normalizer("amount_pair")
def amount_pair(match, ctx, rule):
    """500元至2000元: two mentions sharing value_max."""
    text, lexicons = ctx.text, ctx.lexicons
    low, _, approx_low = number_range(match, "num1")
    high, _, approx_high = number_range(match, "num2")
    return [
        Mention("amounts", match.start(g), match.end(g), rule.id,
                _row(match, text, lexicons, v, high, a, group=g))
        for g, v, a in (("m1", low, approx_low), ("m2", high, approx_high))
    ]
