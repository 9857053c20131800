"""One document as the engine annotates it: the data every output is a view of.

`Doc` holds the loaded `Document` (raw text, clean text, offsets, header
metadata), jieba's words, the one word scan every table shares, and each
table's mentions: typed values with stable ids, in clean-text offsets until
a view reports them against the raw text. CSV, Parquet, `explain`, `eval`,
the Dask path, the spaCy component and the report all read `Doc.rows` or
`Doc.mentions`; nothing parses an output back.
"""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from operator import itemgetter

from . import registry
from .document import Document
from .segment import Words


@dataclass(slots=True)
class Mention:
    """A span of the clean text, the rule that found it and its typed value
    (the table's value class; a step may finish a draft, see places)."""
    table: str
    start: int
    end: int
    rule: str
    value: object
    index: int = -1  # its position in its table, once the table is final

    @property
    def id(self) -> str:
        """Stable within its document: the table and the mention's position (amounts/3)."""
        return f"{self.table}/{self.index}"


class Doc:
    __slots__ = ("document", "words", "mentions", "_scanner", "_hits", "_memo")

    def __init__(self, document: Document, words: Words, scanner=None):
        self.document = document
        self.words = words
        self.mentions: dict[str, list[Mention]] = {}
        self._scanner, self._hits = scanner, None
        self._memo: dict = {}

    def memo(self, key, build):
        """What more than one table reads of this document (Regions.own_places: pairings and facts), built on the
        first ask and kept with the document: once per document, however many tables read it."""
        if key not in self._memo:
            self._memo[key] = build()
        return self._memo[key]

    @property
    def text(self) -> str:
        """The clean text every rule reads (document.py says how it is made)."""
        return self.document.clean

    def hits(self) -> list[tuple[int, int, str]]:
        """(start, end, word) of every word the tables asked the shared scan for
        (division names, not_<table> words), by start, longest first: one pass, on first use."""
        if self._hits is None:
            self._hits = self._scanner.find(self.text) if self._scanner else []
        return self._hits

    def hit_end(self, start: int) -> int | None:
        """The end of the longest scanned word starting at a position, None when none does."""
        hits = self.hits()
        k = bisect_left(hits, start, key=itemgetter(0))
        return hits[k][1] if k < len(hits) and hits[k][0] == start else None

    def rows(self, table: str) -> list[tuple]:
        """A table's rows as written: (doc_id, start, end, text, *columns, rule), offsets into the raw text."""
        spec = registry.TABLES[table]
        doc, cells, doc_id = self.document, spec.cells, self.document.doc_id
        if not spec.spans:
            return [(doc_id, *cells(m.value)) for m in self.mentions.get(table, ())]
        return [(doc_id, *doc.locate(m.start, m.end), *cells(m.value), m.rule) for m in self.mentions.get(table, ())]

    def records(self, table: str) -> list[dict]:
        """The same rows as dicts keyed by column name: for Python callers, not for millions of rows."""
        columns = registry.TABLES[table].row_columns
        return [dict(zip(columns, row)) for row in self.rows(table)]

    def tables(self) -> dict[str, list[tuple]]:
        """Every table's rows, in the engine's table order."""
        return {table: self.rows(table) for table in self.mentions}
