"""One document in, one annotated Doc out.

`Engine` holds what is loaded once per process (the rule set and its
resources, jieba with its user dictionary, the shared word scan); calling it
on a Document is a pure function of that document, which is what workers
and a cluster call. For each table, in an order where every table comes
after those it reads: its rules (match, normalize), its steps (resolve),
its blocker words, its overlap policy, then stable ids. The engine knows no
table by name: all of that is declared in the registry and rules/.
"""
from __future__ import annotations

import os
from bisect import bisect_right
from functools import lru_cache
from itertools import accumulate
from operator import itemgetter
from pathlib import Path

from . import registry
from .doc import Doc, Mention
from .document import Document
from .match import RuleTimeout, TimeLimit, WordMatcher, find
from .numbers import NumeralError
from .rules import DEFAULT_DIR, RuleSet, load_rules, rule_files
from .segment import Segmenter


class Engine:
    def __init__(self, rules_dir: str | Path | None = None, backend: str = "rjieba"):
        self.rules: RuleSet = load_rules(rules_dir)
        self.tables = self.rules.tables
        rules = self.rules.all_rules()
        mechanisms = [(r, r.bound.mechanism) for r in rules]
        self.segmenter = Segmenter(backend, tuple(w for r, m in mechanisms if m.teaches for w in m.teaches(r)))
        self.rank = {r.id: i for i, r in enumerate(rules)}
        # not_<table> lexicons: words inside which the table has no mention (上海青, 千家万户)
        self.blocks = {t.name: frozenset(self.rules.lexicons.get(f"not_{t.name}", ())) for t in self.tables}
        scanned = [*(w for r, m in mechanisms if m.scans for w in m.scans(r)), *(w for r in rules for w in r.anchor_words)]
        self.scanner = WordMatcher([*scanned, *sorted(frozenset().union(*self.blocks.values()))])

    def __call__(self, document: Document) -> Doc:
        doc = Doc(document, self.segmenter.words(document.clean), self.scanner)
        anchors = {}  # anchor pattern -> where it matched: rules with the same anchor share one scan
        with TimeLimit(document.doc_id, len(document.clean)) as limit:
            for table in self.tables:
                mentions = self._table(table, doc, limit, anchors)
                for i, m in enumerate(mentions):
                    m.index = i
                doc.mentions[table.name] = mentions
        return doc

    def _table(self, table: registry.Table, doc: Doc, limit: TimeLimit, anchors: dict) -> list[Mention]:
        found = []
        for rule in self.rules.rules.get(table.name, ()):
            limit.rule = rule.id
            try:
                found += self._rule(rule, doc, limit, anchors)
            except (RuleTimeout, RuleFailed):
                raise
            except Exception as e:  # a mechanism's bug: name the rule, fail this document only
                raise RuleFailed(rule.id, e) from e
        for step in self.rules.steps[table.name]:
            limit.rule = step.mechanism.name
            try:
                found = step.fn(found, doc, step)
            except RuleTimeout:
                raise
            except Exception as e:
                raise RuleFailed(f"step {step.mechanism.name}", e) from e
        blocked = self.blocks[table.name]
        if found and blocked:
            found = _unblocked(found, _blocking(doc.hits(), blocked))
        return registry.OVERLAPS[table.overlap](found, self.rank)

    @staticmethod
    def _rule(rule, doc: Doc, limit: TimeLimit, anchors: dict) -> list[Mention]:
        if rule.pattern is None:
            return rule.fn(doc, rule)
        found = []
        for match in find(rule, doc, limit, anchors):
            try:
                found += rule.fn(match, doc, rule)
            except NumeralError:
                continue  # the pattern took it for a number; it has no reading
        return [m for m in found if m.start < m.end]  # never an empty mention, whatever a pattern allows

    def rows(self, document: Document) -> dict[str, list[tuple]]:
        """Every table's rows for one document (Doc.rows): what a worker sends back."""
        return self(document).tables()


class RuleFailed(Exception):
    """A rule's mechanism raised on a document: that document fails, naming the rule."""

    def __init__(self, rule_id: str, error: Exception):
        super().__init__(f"rule {rule_id} failed on this document, please report it ({type(error).__name__}: {error})")
        self.rule_id = rule_id


def _blocking(hits: list[tuple[int, int, str]], blocked: frozenset[str]) -> list[tuple[int, int]]:
    """The spans of the blocker words in the scan, but one whose end another scanned word runs across
    (上海青浦: 青浦 starts inside 上海青, the vegetable, and goes on): that text says something else.
    Most documents hold no blocker word: only those found are checked."""
    found = [(k, start, end) for k, (start, end, word) in enumerate(hits) if word in blocked]
    return [(start, end) for k, start, end in found
            if not any(s < end < e for s, e, _ in hits[k + 1:bisect_right(hits, end - 1, key=itemgetter(0))])]


def _unblocked(mentions: list[Mention], spans: list[tuple[int, int]]) -> list[Mention]:
    """The mentions not inside any of the spans (sorted by start): the farthest end among
    the spans starting at or before a mention says whether one holds it, so a document
    of many blocker words and many mentions costs n log n, not n × m."""
    if not spans:
        return mentions
    starts, reach = [s for s, _ in spans], list(accumulate((e for _, e in spans), max))
    return [m for m in mentions if (k := bisect_right(starts, m.start) - 1) < 0 or reach[k] < m.end]


def get_engine(rules_dir: str | None = None, backend: str = "rjieba") -> Engine:
    """One engine per process and configuration: workers call this, not Engine().

    The key includes the rule files' sizes and times (a few stat calls), so
    an edited rules/ is reloaded rather than served stale from the cache.
    """
    directory = rules_dir or str(DEFAULT_DIR)
    stamp = []
    for name in rule_files(registry.tables()):
        try:
            st = os.stat(os.path.join(directory, name))
            stamp.append((st.st_mtime_ns, st.st_size))
        except OSError:
            stamp.append(None)  # load_rules reports the missing file
    return _engine(rules_dir, backend, tuple(stamp))


@lru_cache(maxsize=4)
def _engine(rules_dir: str | None, backend: str, stamp: tuple) -> Engine:
    return Engine(rules_dir, backend)
