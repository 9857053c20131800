"""Tables: what a mention of each kind is, found and normalized.

Pattern rules name a normalizer; normalizers register here by name, so a
rule file can only ask for a mechanism that exists (rules check says so).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Callable

COLUMNS = {
    "places": ["name", "kind", "level", "parent", "code"],
    "amounts": ["value", "value_max", "currency", "qualifier", "per"],
    "headcounts": ["value", "value_max", "unit", "qualifier", "noun"],
    "years": ["year", "year_end", "kind"],
}
# a table's rows, as written: where the mention is, its columns, the rule that made it
ROW_COLUMNS = {table: ["doc_id", "start", "end", "text", *cols, "rule"] for table, cols in COLUMNS.items()}
KEY_COLUMNS = {
    "places": ["name", "kind"],
    "amounts": ["value", "value_max", "qualifier", "currency"],
    "headcounts": ["value", "value_max", "unit", "qualifier"],
    "years": ["year", "year_end", "kind"],
}


@dataclass(slots=True)
class Mention:
    """A mention in clean-text offsets; `fields` are the normalized columns."""
    table: str
    start: int
    end: int
    rule: str
    fields: dict = field(default_factory=dict)


CLAUSE_END = re.compile(r"[，。；：！？、,;:!?（）()“”\"]")


def window_before(text: str, start: int, width: int = 12) -> str:
    """The clause text just before a position, cut at the last clause boundary."""
    left = text[max(0, start - width):start]
    cut = [m.end() for m in CLAUSE_END.finditer(left)]
    return left[cut[-1]:] if cut else left


def optional_group(match, name: str) -> str | None:
    """A named group some of a normalizer's patterns have and others lack
    (cheaper than match.groupdict(), which copies every group)."""
    return match.group(name) if name in match.re.groupindex else None


NORMALIZERS: dict[str, Callable] = {}  # pattern rules: (match, ctx, rule) -> [Mention]
FINDERS: dict[str, Callable] = {}  # rules without a pattern: (ctx, rule) -> [Mention]


def _registrar(registry: dict):
    def named(name: str):
        def register(fn):
            registry[name] = fn
            return fn
        return register
    return named


normalizer = _registrar(NORMALIZERS)
finder = _registrar(FINDERS)


from . import amounts, headcounts, years, places  # noqa: E402,F401  (register)
