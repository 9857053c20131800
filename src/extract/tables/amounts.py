"""Money: a number and a currency unit, with qualifier, range and rate."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from ..doc import Mention
from ..registry import Table, normalizer, register_table
from . import optional_group
from .quantity import QUALIFIER_LEXICONS, lookup_before, number_range, qualifier


@dataclass(frozen=True, slots=True)
class Amount:
    value: Decimal  # in the currency's base unit
    value_max: Decimal | None  # upper bound of a range
    currency: str  # ISO 4217
    qualifier: str  # exact, about, over, under
    per: str  # the denominator of a rate (亩 in 16000元/亩)


AMOUNTS = register_table(Table("amounts", Amount, keys=("value", "value_max", "qualifier", "currency"),
                               rules="amounts.yaml"))
LEXICONS = (*QUALIFIER_LEXICONS, "currencies", "currencies_before_qian", "per_before")


def _amount(match, doc, lexicons, value, value_max, approx, group="m") -> Amount:
    unit = match.group("cur" + group[1:])  # m -> cur, m1 -> cur1
    currency = lexicons["currencies"].get(unit) or lexicons["currencies_before_qian"][unit]
    per = optional_group(match, "per_after") or ""
    per = per.lstrip("/每") if per else lookup_before(doc.document.clause_before(match.start(group)),
                                                     lexicons["per_before"])
    return Amount(value, value_max, currency, qualifier(match, lexicons, approx), per)


@normalizer("amount", lexicons=LEXICONS)
def amount(match, doc, rule):
    value, value_max, approx = number_range(match)
    return [Mention("amounts", match.start("m"), match.end("m"), rule.id,
                    _amount(match, doc, rule.lexicons, value, value_max, approx))]


@normalizer("amount_pair", lexicons=LEXICONS)
def amount_pair(match, doc, rule):
    """500元至2000元: two mentions sharing value_max."""
    low, _, approx_low = number_range(match, "num1")
    high, _, approx_high = number_range(match, "num2")
    return [
        Mention("amounts", match.start(g), match.end(g), rule.id,
                _amount(match, doc, rule.lexicons, v, high, a, group=g))
        for g, v, a in (("m1", low, approx_low), ("m2", high, approx_high))
    ]
