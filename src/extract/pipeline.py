"""One document in, rows of every table out.

`Engine` holds what is loaded once per process (rules, gazetteer, jieba
with its user dictionary); `Engine.rows` is a pure function of one
document, which is what workers and a cluster call (`Engine.process` gives
the same rows as dicts).
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise, repeat
from operator import attrgetter
from pathlib import Path

from .document import Document
from .numbers import NumeralError
from .rules import DEFAULT_DIR, RULE_FILES, TABLES, RuleSet, TimeLimit, WordMatcher, find, load_rules
from .segment import Segmenter, Words
from .tables import COLUMNS, FINDERS, NORMALIZERS, ROW_COLUMNS, Mention
from .tables.places import Gazetteer, build_gazetteer, resolve_places

RESOLVERS = {"places": resolve_places}  # table-wide steps after all rules ran


@dataclass
class Context:
    """What every rule may look at for one document."""
    doc: Document
    text: str
    lexicons: dict
    words: Words  # jieba's word boundaries, cut where asked
    gazetteer: Gazetteer
    segmenter: Segmenter
    lexicon: WordMatcher
    _listed: list | None = None

    def listed(self) -> list[tuple[int, int, str]]:
        """(start, end, word) of every division name and not_<table> word in
        the text, by start, longest first: one pass over the text, on first use."""
        if self._listed is None:
            self._listed = self.lexicon.find(self.text)
        return self._listed


class Engine:
    def __init__(self, rules_dir: str | Path | None = None, backend: str = "rjieba"):
        self.rules: RuleSet = load_rules(rules_dir)
        gaz_rule = next(r for r in self.rules.rules["places"] if r.normalize == "gazetteer")
        self.gazetteer = build_gazetteer(self.rules.divisions, self.rules.lexicons, gaz_rule.options)
        self.segmenter = Segmenter(backend, self.gazetteer.user_words)
        self.order = {r.id: i for i, r in enumerate(self.rules.all_rules())}
        # not_<table> lexicons: words inside which the table has no mention (上海青, 千家万户)
        self.blocks = {t: frozenset(self.rules.lexicons.get(f"not_{t}", ())) for t in TABLES}
        self.lexicon = WordMatcher([*self.gazetteer.by_surface, *sorted(frozenset().union(*self.blocks.values()))])

    def mentions(self, doc: Document, tables=TABLES) -> dict[str, list[Mention]]:
        ctx = Context(doc, doc.clean, self.rules.lexicons, self.segmenter.words(doc.clean),
                      self.gazetteer, self.segmenter, self.lexicon)
        anchors = {}
        with TimeLimit(doc.doc_id, len(doc.clean)) as limit:
            return {table: self._table(table, ctx, limit, anchors) for table in tables}

    def _table(self, table: str, ctx: Context, limit: TimeLimit, anchors: dict) -> list[Mention]:
        found = []
        for rule in self.rules.rules[table]:
            if rule.pattern is None:
                limit.rule = rule.id
                found += FINDERS[rule.normalize](ctx, rule)
                continue
            for match in find(rule, ctx.text, limit, anchors):
                try:
                    found += NORMALIZERS[rule.normalize](match, ctx, rule)
                except NumeralError:
                    continue  # the pattern took it for a number; it has no reading
        if table in RESOLVERS:
            found = RESOLVERS[table](found, ctx)
        if found and self.blocks[table]:
            found = _unblocked(found, [(s, e) for s, e, word in ctx.listed() if word in self.blocks[table]])
        return self._non_overlapping(found)

    def _non_overlapping(self, mentions: list[Mention]) -> list[Mention]:
        """Longest first, then the earlier rule; a position belongs to one mention."""
        ordered = sorted(mentions, key=attrgetter("start"))
        if all(a.end <= b.start for a, b in pairwise(ordered)):
            return ordered  # the common case: nothing to arbitrate
        ranked = sorted(mentions, key=lambda m: (-(m.end - m.start), self.order[m.rule], m.start))
        taken, kept = set(), []
        for m in ranked:
            span = range(m.start, m.end)
            if taken.isdisjoint(span):
                taken.update(span)
                kept.append(m)
        return sorted(kept, key=lambda m: m.start)

    def rows(self, doc: Document) -> dict[str, list[tuple]]:
        """Rows of every table for one document, in ROW_COLUMNS order, offsets into the raw text."""
        return {table: [to_row(doc, COLUMNS[table], m) for m in mentions]
                for table, mentions in self.mentions(doc).items()}

    def process(self, doc: Document) -> dict[str, list[dict]]:
        """The same rows as dicts: for Python callers, not for millions of rows."""
        return {table: [dict(zip(ROW_COLUMNS[table], row)) for row in rows]
                for table, rows in self.rows(doc).items()}


def _unblocked(mentions: list[Mention], spans: list[tuple[int, int]]) -> list[Mention]:
    """The mentions not inside any of the spans."""
    if not spans:
        return mentions
    return [m for m in mentions if not any(s <= m.start and m.end <= e for s, e in spans)]


def to_row(doc: Document, columns: list[str], m: Mention) -> tuple:
    start, end, text = doc.locate(m.start, m.end)
    return (doc.doc_id, start, end, text, *map(m.fields.get, columns, repeat("")), m.rule)


def get_engine(rules_dir: str | None = None, backend: str = "rjieba") -> Engine:
    """One engine per process and configuration: workers call this, not Engine().

    The key includes the rule files' sizes and times (a few stat calls), so
    an edited rules/ is reloaded rather than served stale from the cache.
    """
    directory = rules_dir or str(DEFAULT_DIR)
    stamp = []
    for name in RULE_FILES:
        try:
            st = os.stat(os.path.join(directory, name))
            stamp.append((st.st_mtime_ns, st.st_size))
        except OSError:
            stamp.append(None)  # load_rules reports the missing file
    return _engine(rules_dir, backend, tuple(stamp))


@lru_cache(maxsize=4)
def _engine(rules_dir: str | None, backend: str, stamp: tuple) -> Engine:
    return Engine(rules_dir, backend)
