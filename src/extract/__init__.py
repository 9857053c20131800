"""Extract places, money, headcounts and years from Chinese news articles.

    from extract import extract_text
    rows = extract_text("浦东新区投入2.3亿元")   # {"places": [...], "amounts": [...], ...}
"""
from .document import Document, DocumentError, read_document
from .pipeline import Engine, get_engine
from .rules import RuleError, load_rules


def extract_text(text: str, doc_id: str = "text", rules_dir=None) -> dict[str, list[dict]]:
    """Rows of every table for one text, as `extract run` would write them."""
    return get_engine(str(rules_dir) if rules_dir else None).process(Document(doc_id, text))


__all__ = ["Document", "DocumentError", "Engine", "RuleError", "extract_text", "get_engine",
           "load_rules", "read_document"]
