"""Scoring by SPEC.md: predicted tables against hand-labelled gold.

Per table and document, predictions are matched one-to-one to gold rows:
identical spans first, then the largest overlap. Gold rows marked optional
are neither missed when absent nor false alarms when predicted.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path

from . import registry


def scored_tables() -> list[str]:
    """The tables scored row by row: every registered table with spans."""
    return [t.name for t in registry.tables() if t.spans]


def load_tables(directory: str | Path) -> dict:
    """Tables directly in the folder or in per-document subfolders, concatenated."""
    import pandas as pd  # only eval needs it: rules check and run start faster without
    directory = Path(directory)
    if not directory.is_dir():
        raise FileNotFoundError(f"{directory}: no such folder")
    out = {}
    for table in scored_tables():
        parts = [pd.read_csv(p, dtype=str, keep_default_na=False) for p in sorted(directory.rglob(f"{table}.csv"))]
        frame = pd.concat(parts, ignore_index=True) if parts else pd.DataFrame(columns=["doc_id", "start", "end"])
        for col in ("start", "end"):
            frame[col] = frame[col].astype(int)
        out[table] = frame
    return out


def same(a: str, b: str) -> bool:
    """Numbers compare as numbers (230000000 == 2.3E8), everything else as text."""
    if a == b:
        return True
    try:
        return Decimal(a) == Decimal(b)
    except (InvalidOperation, ValueError):
        return False


@dataclass
class Pair:
    gold: dict | None
    pred: dict | None
    exact: bool = False


@dataclass
class TableScore:
    table: str
    gold: int = 0
    pred: int = 0
    strict_tp: int = 0
    lenient_tp: int = 0
    row_tp: int = 0
    value_tp: int = 0
    agree: dict = field(default_factory=dict)
    pairs: list[Pair] = field(default_factory=list)

    @staticmethod
    def prf(tp: int, pred: int, gold: int) -> tuple[float, float, float]:
        p = tp / pred if pred else (1.0 if not gold else 0.0)
        r = tp / gold if gold else (1.0 if not pred else 0.0)
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    def as_dict(self) -> dict:
        names = ("precision", "recall", "f1")
        return {
            "gold": self.gold, "predicted": self.pred,
            "strict": dict(zip(names, self.prf(self.strict_tp, self.pred, self.gold))),
            "lenient": dict(zip(names, self.prf(self.lenient_tp, self.pred, self.gold))),
            "row_f1": self.prf(self.row_tp, self.pred, self.gold)[2],
            "value_f1": self.prf(self.value_tp, self.pred, self.gold)[2],
            "column_agreement": {c: (n / self.lenient_tp if self.lenient_tp else None) for c, n in self.agree.items()},
        }


def _overlap(a: dict, b: dict) -> int:
    return min(a["end"], b["end"]) - max(a["start"], b["start"])


def match_document(gold: list[dict], pred: list[dict]) -> tuple[list[Pair], list[dict]]:
    """Pairs (matched, missed, false alarm) and predictions ignored for optional gold."""
    required = [g for g in gold if g.get("optional", "0") != "1"]
    optional = [g for g in gold if g.get("optional", "0") == "1"]
    free_pred = list(pred)
    pairs = []
    for exact in (True, False):
        for g in list(required):
            cands = [p for p in free_pred if (p["start"], p["end"]) == (g["start"], g["end"])] if exact \
                else [p for p in free_pred if _overlap(p, g) > 0]
            if cands:
                best = max(cands, key=lambda p: _overlap(p, g))
                pairs.append(Pair(g, best, exact))
                free_pred.remove(best)
                required.remove(g)
    pairs += [Pair(g, None) for g in required]
    ignored = [p for p in free_pred if any(_overlap(p, o) > 0 for o in optional)]
    pairs += [Pair(None, p) for p in free_pred if p not in ignored]
    return pairs, ignored


def score_table(table: str, gold, pred) -> TableScore:
    """One table's score from two data frames of rows (gold with `optional`)."""
    columns = registry.table(table).columns
    score = TableScore(table, agree=dict.fromkeys(columns, 0))
    keys = registry.table(table).keys
    docs = sorted(set(gold["doc_id"]) | set(pred["doc_id"]))
    g_by, p_by = dict(tuple(gold.groupby("doc_id"))), dict(tuple(pred.groupby("doc_id")))
    for doc in docs:
        g_rows = g_by[doc].to_dict("records") if doc in g_by else []
        p_rows = p_by[doc].to_dict("records") if doc in p_by else []
        pairs, _ = match_document(g_rows, p_rows)
        score.pairs += pairs
        for pair in pairs:
            score.gold += pair.gold is not None
            score.pred += pair.pred is not None
            if pair.gold is None or pair.pred is None:
                continue
            agree = {c: same(str(pair.gold.get(c, "")), str(pair.pred.get(c, ""))) for c in columns}
            score.lenient_tp += 1
            score.strict_tp += pair.exact
            for c, ok in agree.items():
                score.agree[c] += ok
            keys_ok = all(agree[c] for c in keys)
            score.row_tp += pair.exact and keys_ok
            score.value_tp += keys_ok
    return score


def evaluate(gold_dir, pred_dir) -> dict[str, TableScore]:
    gold, pred = load_tables(gold_dir), load_tables(pred_dir)
    return {t: score_table(t, gold[t], pred[t]) for t in scored_tables()}


def format_scores(scores: dict[str, TableScore]) -> str:
    head = f"{'table':<11}{'gold':>6}{'pred':>6}  {'strict P/R/F1':<20}{'lenient P/R/F1':<20}{'row F1':>7}{'value F1':>9}"
    lines = [head, "-" * len(head)]
    for t, s in scores.items():
        d = s.as_dict()
        fmt = lambda x: "/".join(f"{v:.3f}" for v in x.values())  # noqa: E731
        lines.append(f"{t:<11}{s.gold:>6}{s.pred:>6}  {fmt(d['strict']):<20}{fmt(d['lenient']):<20}"
                     f"{d['row_f1']:>7.3f}{d['value_f1']:>9.3f}")
    lines.append("")
    lines.append("column agreement on lenient matches:")
    for t, s in scores.items():
        agree = s.as_dict()["column_agreement"]
        lines.append(f"  {t:<11}" + "  ".join(f"{c} {v:.3f}" if v is not None else f"{c} -" for c, v in agree.items()))
    return "\n".join(lines)


def format_problems(score: TableScore, corpus: Path | None) -> str:
    """Every miss, false alarm and disagreement, with the sentence around it."""
    keys, lines = registry.table(score.table).keys, []
    texts: dict[str, str] = {}

    def context(row):
        doc = row["doc_id"]
        if doc not in texts and corpus and (corpus / f"{doc}.txt").exists():
            texts[doc] = (corpus / f"{doc}.txt").read_text(encoding="utf-8")
        raw = texts.get(doc, "")
        s, e = row["start"], row["end"]
        return "".join((raw[max(0, s - 15):s] + "【" + raw[s:e] + "】" + raw[e:e + 15]).split())

    def cols(row):
        return " ".join(f"{c}={row.get(c, '')}" for c in keys)

    for p in score.pairs:
        if p.gold is not None and p.pred is None:
            lines.append(f"MISS   {p.gold['doc_id']} {p.gold['start']}: {cols(p.gold)}  {context(p.gold)}")
        elif p.gold is None:
            lines.append(f"FALSE  {p.pred['doc_id']} {p.pred['start']}: {cols(p.pred)} [{p.pred.get('rule', '')}]  {context(p.pred)}")
        else:
            bad = [c for c in keys if not same(str(p.gold.get(c, "")), str(p.pred.get(c, "")))]
            span = "" if p.exact else f" span {p.pred['text']}≠{p.gold['text']}"
            if bad or span:
                diff = ", ".join(f"{c}: {p.pred.get(c, '')}≠{p.gold.get(c, '')}" for c in bad)
                lines.append(f"DIFF   {p.gold['doc_id']} {p.gold['start']}:{span} {diff} [{p.pred.get('rule', '')}]  {context(p.gold)}")
    return "\n".join(lines) or "no misses, false alarms or disagreements"
