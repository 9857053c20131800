"""Extract places, money, headcounts and years from Chinese news articles.

    from extract import extract_text
    rows = extract_text("浦东新区投入2.3亿元")   # {"places": [...], "amounts": [...], ...}

    from extract import Document, get_engine
    doc = get_engine()(Document("d1", "浦东新区投入2.3亿元"))   # a Doc: typed mentions, and rows as views
"""
from .doc import Doc, Mention
from .document import Document
from .engine import Engine, get_engine
from .load import DocumentError, read_document
from .rules import RuleError, load_rules


def extract_text(text: str, doc_id: str = "text", rules_dir=None) -> dict[str, list[dict]]:
    """Rows of every table for one text, as `extract run` would write them."""
    doc = get_engine(str(rules_dir) if rules_dir else None)(Document(doc_id, text))
    return {table: doc.records(table) for table in doc.mentions}


__all__ = ["Doc", "Document", "DocumentError", "Engine", "Mention", "RuleError", "extract_text", "get_engine",
           "load_rules", "read_document"]
