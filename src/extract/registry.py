"""What exists, declared once where its code lives: tables and the named mechanisms that make their rows.

- A `Table`: its name, its typed value (a dataclass whose fields are the
  table's normalized columns, in order), its key columns, its rules file,
  the steps that finish it and the tables it reads. Every list of tables,
  columns, key columns and rule files is derived from these declarations.
- A normalizer (a pattern rule's match -> mentions), a finder (a rule
  without a pattern: the document -> mentions), a step (a table's mentions ->
  mentions, after its rules ran) and a resource (built once per rule set,
  such as the gazetteer), each declaring the lexicons and resources it reads,
  so a rule file that lacks one is reported before anything runs.
- An overlap policy: how a table chooses among mentions that share characters.

Registering a name twice keeps the first and records a problem, which
`load_rules` reports with both places: a plugin's mistake is one line, not a
traceback at import.
"""
from __future__ import annotations

import inspect
import sys
import typing
from dataclasses import dataclass, fields, replace
from decimal import Decimal
from functools import cached_property, lru_cache
from operator import attrgetter
from typing import Any, Callable

import regex

from .numbers import plain

SPAN_COLUMNS = ("doc_id", "start", "end", "text")


def _cell(kind: type) -> Callable:
    """How a typed column value is written: '' for None, decimals without exponent."""
    if kind is Decimal:
        return lambda v: "" if v is None else plain(v)
    return lambda v: "" if v is None else str(v)


@dataclass(frozen=True)
class Table:
    name: str
    value: type  # a dataclass: its fields are the normalized columns
    keys: tuple[str, ...]  # the columns a row must get right (SPEC.md, Scoring)
    rules: str | None = None  # its rules file in rules/, when rules make it
    steps: tuple[str, ...] = ()  # registered steps run on its mentions after its rules, in order
    requires: tuple[str, ...] = ()  # tables whose final mentions its rules and steps read
    overlap: str = "longest_then_rule_order"
    spans: bool = True  # False: one row per document, without offsets (documents.csv)
    free_text: tuple[str, ...] = ()  # columns holding text from the input (a title): formula-guarded in CSV
    across: str | None = None  # a registered pass the run makes over the table in doc order (duplicates)
    scoring: str = "mentions"  # how eval scores it (evaluate.SCORERS): mentions, documents, pairs, facts
    where: str = ""  # the module that declared it

    @property
    def guarded(self) -> tuple[str, ...]:
        """The columns a CSV writes with a leading ' when they begin as a formula: doc_id and the free text."""
        return ("doc_id", *self.free_text)

    @cached_property
    def columns(self) -> tuple[str, ...]:
        """The normalized columns, between the span and the rule (a field with metadata column=False is none)."""
        return tuple(f.name for f in fields(self.value) if f.metadata.get("column", True))

    @cached_property
    def types(self) -> dict[str, type]:
        """Each column's type (int, Decimal or str; None allowed where the field says so)."""
        hints = typing.get_type_hints(self.value)
        return {c: next((a for a in typing.get_args(hints[c]) if a is not type(None)), hints[c]) for c in self.columns}

    @cached_property
    def row_columns(self) -> tuple[str, ...]:
        """A row as written: where the mention is, its columns, the rule that made it."""
        if not self.spans:
            return ("doc_id", *self.columns)
        return (*SPAN_COLUMNS, *self.columns, "rule")

    @cached_property
    def cells(self) -> Callable[[object], tuple]:
        """value -> its columns as CSV cells (text columns as they are: most cells need no formatting)."""
        get = attrgetter(*self.columns) if len(self.columns) > 1 else (lambda v, g=attrgetter(self.columns[0]): (g(v),))
        formatted = [(i, _cell(self.types[c])) for i, c in enumerate(self.columns) if self.types[c] is not str]
        if not formatted:
            return get

        def cells(value) -> tuple:
            row = list(get(value))
            for i, write in formatted:
                row[i] = write(row[i])
            return tuple(row)
        return cells


@dataclass(frozen=True)
class Mechanism:
    """A named function that rule files and tables refer to."""
    name: str
    fn: Callable
    lexicons: tuple[str, ...] = ()  # lexicons it reads: a rule set without one is refused
    resources: tuple[str, ...] = ()  # resources it reads (built once per rule set)
    requires: tuple[str, ...] = ()  # tables whose final mentions it reads (its table must require them)
    files: tuple[str, ...] = ()  # for a resource: the data files in rules/ it is built from
    teaches: Callable | None = None  # for a finder: rule -> words jieba must learn (UserWord)
    scans: Callable | None = None  # for a finder: rule -> words the document's one shared scan must find
    where: str = ""
    options: dict[str, Shape] | None = None  # options it reads from its rule (each required), by name


@dataclass(frozen=True)
class Shape:
    """What a value in a rule file must be for the code that reads it; `what` says so in a message."""
    what: str
    fits: Callable[[Any], bool]


def a_regex(*groups: str) -> Shape:
    """An option holding a pattern, with these named groups."""
    named = ", ".join(f"(?P<{g}>…)" for g in groups)
    return Shape(f"a regex with groups {named}" if groups else "a regex", lambda v: _compiles(v, groups))


# an option's pattern (a date, a dateline), compiled once: where its rule set is checked, and where it is used
option_pattern = lru_cache(maxsize=64)(regex.compile)


def _compiles(pattern: Any, groups: tuple[str, ...] = ()) -> bool:
    try:
        return isinstance(pattern, str) and set(groups) <= set(option_pattern(pattern).groupindex)
    except (regex.error, RecursionError, OverflowError):
        return False


TABLES: dict[str, Table] = {}
NORMALIZERS: dict[str, Mechanism] = {}  # pattern rules: (match, doc, rule) -> [Mention]
FINDERS: dict[str, Mechanism] = {}  # rules without a pattern: (doc, rule) -> [Mention]
STEPS: dict[str, Mechanism] = {}  # table-wide, after its rules: (mentions, doc, step) -> [Mention]
RESOURCES: dict[str, Mechanism] = {}  # (rules, resource) -> object, once per rule set
ACROSS: dict[str, type] = {}  # () -> a pass over one table's values in doc order: (doc_id, value) -> value
OVERLAPS: dict[str, Callable] = {}  # (mentions, rule_rank) -> mentions without shared characters
PROBLEMS: list[str] = []  # names registered twice: reported by load_rules


def _add(registry: dict, kind: str, name: str, item, where: str) -> None:
    if name in registry:
        first = getattr(registry[name], "where", "") or "an earlier registration"
        PROBLEMS.append(f"{where}: {kind} '{name}' is already registered by {first}; the first is kept")
        return
    registry[name] = item


def register_table(table: Table) -> Table:
    if not table.where:
        table = replace(table, where=sys._getframe(1).f_code.co_filename)
    _add(TABLES, "table", table.name, table, table.where)
    return table


def _registrar(registry: dict, kind: str):
    def named(name: str, *, lexicons=(), resources=(), requires=(), files=(), teaches=None, scans=None,
              options=None):
        def register(fn):
            where = inspect.getsourcefile(fn) or "?"
            mech = Mechanism(name, fn, tuple(lexicons), tuple(resources), tuple(requires), tuple(files), teaches,
                             scans, where, options)
            _add(registry, kind, name, mech, where)
            return fn
        return register
    return named


normalizer = _registrar(NORMALIZERS, "normalizer")
finder = _registrar(FINDERS, "finder")
step = _registrar(STEPS, "step")
resource = _registrar(RESOURCES, "resource")


def across(name: str):
    """Register a pass a run makes over a document-level table's values, in doc
    order, with bounded memory: a class whose instances take (doc_id, value) and
    return the value, and say in `summary()` what they found."""
    def register(cls):
        _add(ACROSS, "pass", name, cls, inspect.getsourcefile(cls) or "?")
        return cls
    return register


def overlap_policy(name: str):
    def register(fn):
        _add(OVERLAPS, "overlap policy", name, fn, inspect.getsourcefile(fn) or "?")
        return fn
    return register


@overlap_policy("longest_then_rule_order")
def longest_then_rule_order(mentions: list, rank: dict[str, int]) -> list:
    """A character belongs to one mention: the longest, then the one whose rule
    comes first in the rule files (上海浦东新区: the chain's parts, not 海浦)."""
    ordered = sorted(mentions, key=attrgetter("start"))
    if all(a.end <= b.start for a, b in zip(ordered, ordered[1:])):
        return ordered  # the common case: nothing to arbitrate
    ranked = sorted(mentions, key=lambda m: (-(m.end - m.start), rank[m.rule], m.start))
    taken, kept = set(), []
    for m in ranked:
        span = range(m.start, m.end)
        if taken.isdisjoint(span):
            taken.update(span)
            kept.append(m)
    return sorted(kept, key=attrgetter("start"))


@overlap_policy("keep_all")
def keep_all(mentions: list, rank: dict[str, int]) -> list:
    """Rows that may share a span (two helpers of one place, a figure's fact): all kept, by start."""
    return sorted(mentions, key=attrgetter("start"))


def tables() -> list[Table]:
    """Every registered table, in an order where each comes after the tables it requires."""
    from . import tables as _builtin  # noqa: F401  (the built-in tables register on import)
    done: dict[str, Table] = {}

    def visit(t: Table, path: tuple[str, ...]) -> None:
        if t.name in done:
            return
        for name in t.requires:
            if name in path:
                raise RegistryError(f"{t.where}: table {t.name} requires {name}, which requires it (a cycle)")
            if name not in TABLES:
                raise RegistryError(f"{t.where}: table {t.name} requires table '{name}', which is not registered")
            visit(TABLES[name], (*path, t.name))
        done[t.name] = t

    for t in list(TABLES.values()):
        visit(t, ())
    return list(done.values())


def mention_tables() -> list[str]:
    """The tables of spans scored as mentions (places, amounts, …): what a reader marks in the text."""
    return [t.name for t in tables() if t.scoring == "mentions"]


def readable(table: Table) -> set[str]:
    """The tables whose final mentions a table's rules and steps may read: those it requires, and theirs."""
    out, todo = set(), list(table.requires)
    while todo:
        name = todo.pop()
        if name not in out and name in TABLES:
            out.add(name)
            todo += TABLES[name].requires
    return out


def table(name: str) -> Table:
    tables()
    return TABLES[name]


class RegistryError(Exception):
    """A declaration that cannot work; str() is the one-line reason."""
