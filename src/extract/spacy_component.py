"""extract as a spaCy pipeline component: the same rules, run on `doc.text`.

    nlp = spacy.blank("zh")          # any tokenizer: spaCy's character or jieba segmenter
    nlp.add_pipe("extract")          # found through the `spacy_factories` entry point
    doc = nlp("2019年，宝山区投入帮扶资金3000万元。")
    span = doc.spans["amounts"][0]   # 3000万元
    span._.value, span._.currency, span._.rule   # Decimal('30000000'), 'CNY', 'amount.number_unit'

Every span table (places, amounts, headcounts, years, pairings) becomes a span
group named after it, the span's label is the table, its `id_` the mention's
id (amounts/3, as `extract explain` and the report name it), and each column of the
table is an extension attribute (`span._.value`, `span._.code`, `span._.noun`,
…, `span._.rule`; `span._.row` is the row as `extract run` writes it).
`doc._.facts` holds the facts.csv rows of the text (dicts, each with the
`span` of its figure) and `doc._.document` its documents.csv row.

Edges inside a token: a mention may begin or end inside a token (jieba makes
one token of 投入3000 or of 上海市宝山区). Such a token is split at the edge
(`Retokenizer.split`), so that every span's text is exactly the mention and
spans stay ordinary token spans that any later component can use.

spaCy is imported only here (and `extract run` never imports this module).
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc as SpacyDoc, Span

from . import registry
from .document import Document
from .engine import get_engine

KEY = "extract"  # doc.user_data[KEY]: mention id (span.id_, amounts/3) -> (typed value, its row without doc_id)
DOC_ONLY = {"facts"}  # tables that are not span groups: each row is about a figure of another table


def span_tables(engine) -> list[registry.Table]:
    return [t for t in engine.tables if t.spans and t.name not in DOC_ONLY]


def _register_extensions(tables: list[registry.Table]) -> None:
    """One attribute per column of any span table, read from the mention the span was made from."""
    for column in dict.fromkeys(c for t in tables for c in t.columns):
        if not Span.has_extension(column):
            Span.set_extension(column, getter=lambda span, c=column: getattr(_mention(span)[0], c, None))
    for name, getter in (("rule", lambda span: (_mention(span)[1] or [None])[-1]),  # a row's last cell
                         ("row", lambda span: _mention(span)[1])):
        if not Span.has_extension(name):
            Span.set_extension(name, getter=getter)
    for name in ("facts", "document"):
        if not SpacyDoc.has_extension(name):
            SpacyDoc.set_extension(name, default=None)


def _mention(span: Span) -> tuple[object, tuple | None]:
    """The span's typed value and its row as `extract run` writes it, doc_id left out:
    (start, end, text, *columns, rule), the text as SPEC.md reports it (上\n\n海 is 上海)."""
    return span.doc.user_data.get(KEY, {}).get(span.id_, (None, None))


@Language.factory("extract", default_config={"rules_dir": None, "backend": "rjieba"})
def make_extract(nlp: Language, name: str, rules_dir: str | None, backend: str) -> "ExtractComponent":
    return ExtractComponent(rules_dir, backend)


class ExtractComponent:
    """Reads doc.text; adds doc.spans[<table>], span extension attributes, doc._.facts and doc._.document."""

    def __init__(self, rules_dir: str | None = None, backend: str = "rjieba"):
        self.engine = get_engine(rules_dir, backend)
        self.tables = span_tables(self.engine)
        _register_extensions(self.tables)

    def __call__(self, doc: SpacyDoc) -> SpacyDoc:
        result = self.engine(Document("spacy", doc.text))
        found = {t.name: [(m, row[1:]) for m, row in zip(result.mentions[t.name], result.rows(t.name))]
                 for t in self.tables}  # the rows `extract run` writes, doc_id left out: (start, end, text, …)
        _split_at(doc, {edge for pairs in found.values() for _, row in pairs for edge in row[:2]})
        store = doc.user_data.setdefault(KEY, {})
        for table, pairs in found.items():  # two pairings may share a span: each span has its mention's id
            doc.spans[table] = [doc.char_span(row[0], row[1], label=table, span_id=m.id) for m, row in pairs]
            store.update((m.id, (m.value, row)) for m, row in pairs)
        doc._.facts = [{**row, "span": doc.char_span(row["start"], row["end"])} for row in result.records("facts")]
        doc._.document = next(iter(result.records("documents")), None)
        return doc


def _split_at(doc: SpacyDoc, edges: set[int]) -> None:
    """Split every token that an edge falls inside of, at those edges (text and whitespace unchanged)."""
    with doc.retokenize() as retokenizer:
        for token in doc:
            inner = sorted(e - token.idx for e in edges if token.idx < e < token.idx + len(token.text))
            if inner:
                cuts = [0, *inner, len(token.text)]
                orths = [token.text[a:b] for a, b in zip(cuts, cuts[1:])]
                retokenizer.split(token, orths, heads=[(token, 0)] * len(orths))
