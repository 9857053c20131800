"""Scoring by SPEC.md: predicted tables against hand-labelled gold.

Per table and document, predictions are matched one-to-one to gold rows:
identical spans first, then the largest overlap. Gold rows marked optional
are neither missed when absent nor false alarms when predicted.
"""
from __future__ import annotations

import csv
import glob
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path

from . import registry
from .load import shown
from .write import unguard_formula


class EvalError(Exception):
    """Tables that cannot be scored; str() is the one-line reason."""


def scored_tables() -> list[str]:
    """Every registered table: each is scored its own way (Table.scoring)."""
    return [t.name for t in registry.tables()]


def read_rows(path: Path, table: registry.Table) -> list[dict]:
    """A table's rows, offsets as integers; EvalError naming the file (and line) when they cannot be scored."""
    name = shown(str(path))  # one line, whatever the folder is called
    need = {"doc_id", *(("start", "end") if table.spans else ()), *table.keys}
    try:
        with open(path, encoding="utf-8-sig", newline="") as f:  # -sig: a table saved by Excel starts with a BOM
            reader = csv.DictReader(f, strict=True)
            header = reader.fieldnames
            if not header:
                raise EvalError(f"{name}: empty file, no header")
            if twice := sorted({c for c in header if header.count(c) > 1}):  # a dict row keeps the last one only
                raise EvalError(f"{name}: column(s) {', '.join(twice)} given twice; {table.name} cannot be scored")
            if missing := need - set(header):
                raise EvalError(f"{name}: missing column(s) {', '.join(sorted(missing))}; {table.name} cannot be scored")
            rows = []
            for row in reader:
                if None in row or None in row.values():
                    raise EvalError(f"{name}:{reader.line_num}: the row has not the header's {len(header)} fields")
                try:
                    if table.spans:
                        row["start"], row["end"] = int(row["start"]), int(row["end"])
                except ValueError:
                    raise EvalError(f"{name}:{reader.line_num}: start and end must be whole numbers") from None
                for column in table.guarded:  # as the tables were written: =cmd as '=cmd
                    if column in row:
                        row[column] = unguard_formula(row[column])
                rows.append(row)
            return rows
    except UnicodeDecodeError:
        raise EvalError(f"{name}: not UTF-8") from None
    except csv.Error as e:
        raise EvalError(f"{name}: not valid CSV ({e})") from None
    except OSError as e:
        raise EvalError(f"{name}: cannot read ({e.strerror or e})") from None


def role(directory: Path) -> str | None:
    """'gold' (tables with `optional`), 'predictions' (with `rule`), or None."""
    for name in scored_tables():
        path = directory / f"{name}.csv"
        try:
            with open(path, encoding="utf-8-sig", newline="") as f:
                header = next(csv.reader(f), [])
        except (OSError, UnicodeDecodeError, csv.Error):
            continue
        if "optional" in header:
            return "gold"
        if "rule" in header:
            return "predictions"
    return None


def load_tables(directory: str | Path) -> dict[str, list[dict] | None]:
    """The tables directly in the folder (nothing below it: a backup copy in a subfolder is not read)."""
    directory = Path(directory)
    if not directory.is_dir():
        raise EvalError(f"{shown(str(directory))}: no such folder")
    out = {}
    for name in scored_tables():
        path = directory / f"{name}.csv"
        out[name] = read_rows(path, registry.table(name)) if path.is_file() else None
    if all(v is None for v in out.values()):
        raise EvalError(f"{shown(str(directory))}: holds none of {', '.join(f'{n}.csv' for n in out)}")
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
    wrong: tuple[str, ...] = ()  # the columns on which a match disagrees, keys or not (score_table fills it)


def prf(tp: int, pred: int, gold: int) -> tuple[float, float, float]:
    """Precision, recall and F1 from true positives and the two counts (nothing against nothing is 1)."""
    p = tp / pred if pred else (1.0 if not gold else 0.0)
    r = tp / gold if gold else (1.0 if not pred else 0.0)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


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

    def as_dict(self) -> dict:
        names = ("precision", "recall", "f1")
        return {
            "gold": self.gold, "predicted": self.pred,
            "strict": dict(zip(names, prf(self.strict_tp, self.pred, self.gold))),
            "lenient": dict(zip(names, prf(self.lenient_tp, self.pred, self.gold))),
            "row_f1": prf(self.row_tp, self.pred, self.gold)[2],
            "value_f1": prf(self.value_tp, self.pred, self.gold)[2],
            "column_agreement": {c: (n / self.lenient_tp if self.lenient_tp else None) for c, n in self.agree.items()},
        }


def _overlap(a: dict, b: dict) -> int:
    return min(a["end"], b["end"]) - max(a["start"], b["start"])


def match_document(gold: list[dict], pred: list[dict]) -> list[Pair]:
    """Pairs: matched, missed, false alarm (a prediction over an optional gold row is neither)."""
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
    pairs += [Pair(None, p) for p in free_pred if not any(_overlap(p, o) > 0 for o in optional)]
    return pairs


def score_table(table: str, gold: list[dict], pred: list[dict]) -> TableScore:
    """One table's score from its gold rows (with `optional`) and predicted rows."""
    columns, keys = registry.table(table).columns, registry.table(table).keys
    score = TableScore(table, agree=dict.fromkeys(columns, 0))
    g_by, p_by = defaultdict(list), defaultdict(list)
    for row in gold:
        g_by[row["doc_id"]].append(row)
    for row in pred:
        p_by[row["doc_id"]].append(row)
    for doc in sorted(g_by.keys() | p_by.keys()):
        pairs = match_document(g_by[doc], p_by[doc])
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
            # (every column its agreement counts, so --show lists what the agreement line reports: a noun, a per)
            pair.wrong = tuple(c for c in columns if not agree[c])
            keys_ok = all(agree[c] for c in keys)
            score.row_tp += pair.exact and keys_ok
            score.value_tp += keys_ok
    return score


@dataclass
class Evaluation:
    scores: dict[str, "TableScore | DocumentScore | PairScore | FactScore"]  # by table, as its scoring declares
    notes: list[str]  # what was read, swapped or left out, one line each


def evaluate(gold_dir, pred_dir) -> Evaluation:
    """Score PRED against GOLD, only on the documents gold has: those with a gold row, and those its
    articles.txt lists, when it has one (a document stating no pairing is labelled by having no row,
    and a pairing predicted there is a false alarm); folders given the wrong way round (gold has
    `optional`, predictions `rule`) are swapped, and said so."""
    notes: list[str] = []
    gold_role = role(Path(gold_dir))
    if gold_role == "predictions" and role(Path(pred_dir)) == "gold":
        notes.append(f"{shown(gold_dir)} holds predictions and {shown(pred_dir)} gold: scored the other way round")
        gold_dir, pred_dir = pred_dir, gold_dir
    elif gold_role == "predictions":
        raise EvalError(f"{shown(gold_dir)}: holds predictions (a `rule` column), not gold (an `optional` column)")
    gold, pred = load_tables(gold_dir), load_tables(pred_dir)
    gold_docs = {r["doc_id"] for rows in gold.values() if rows for r in rows} | listed_articles(Path(gold_dir))
    pred_docs = {r["doc_id"] for rows in pred.values() if rows for r in rows}
    if pred_docs - gold_docs:
        notes.append(f"{len(pred_docs - gold_docs)} predicted document(s) have no gold and were not scored")
    scores = {}
    for name in scored_tables():
        if gold[name] is None:
            notes.append(f"{shown(str(Path(gold_dir) / (name + '.csv')))}: no such file; {name} not scored")
            continue
        if pred[name] is None:
            notes.append(f"{shown(str(Path(pred_dir) / (name + '.csv')))}: no such file; every gold row of {name} counts as missed")
        rows = [r for r in pred[name] or () if r["doc_id"] in gold_docs]
        scores[name] = SCORERS[registry.table(name).scoring](name, gold[name], rows)
    return Evaluation(scores, notes)


def listed_articles(gold_dir: Path) -> set[str]:
    """The doc_ids a gold folder's articles.txt lists (whitespace-separated), none without one."""
    listed = gold_dir / "articles.txt"
    return set(listed.read_text(encoding="utf-8").split()) if listed.is_file() else set()


@dataclass
class DocumentScore:
    """A document-level table: per document of gold, whether each key column agrees."""
    table: str
    gold: int = 0
    pred: int = 0
    matched: int = 0
    agree: dict = field(default_factory=dict)
    disagreements: list[tuple[dict, dict | None]] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {"gold": self.gold, "predicted": self.pred, "matched": self.matched,
                "agreement": {c: (n / self.gold if self.gold else None) for c, n in self.agree.items()}}

    def line(self) -> str:
        return f"{self.table:<11}{self.gold:>6}{self.pred:>6}  agreement: " + "  ".join(
            f"{c} {v:.3f}" if v is not None else f"{c} -" for c, v in self.as_dict()["agreement"].items())

    def problems(self, corpus) -> str:
        lines = []
        for g, p in self.disagreements:
            if p is None:
                lines.append(f"MISS   {g['doc_id']}: no predicted row")
                continue
            diff = ", ".join(f"{c}: {p.get(c, '')}≠{g.get(c, '')}" for c in self.agree if not same(g.get(c, ""), p.get(c, "")))
            lines.append(f"DIFF   {g['doc_id']}: {diff}")
        return "\n".join(lines) or "no misses or disagreements"


def score_documents(table: str, gold: list[dict], pred: list[dict]) -> DocumentScore:
    keys = registry.table(table).keys
    score = DocumentScore(table, len(gold), len(pred), agree=dict.fromkeys(keys, 0))
    by_doc = {r["doc_id"]: r for r in pred}
    for g in gold:
        p = by_doc.get(g["doc_id"])
        score.matched += p is not None
        ok = {c: p is not None and same(g.get(c, ""), p.get(c, "")) for c in keys}
        for c, good in ok.items():
            score.agree[c] += good
        if not all(ok.values()):
            score.disagreements.append((g, p))
    return score


@dataclass
class PairScore:
    """Pairings: per document, the set of (helper, helped) pairs; the relation on matched pairs."""
    table: str
    gold: int = 0
    pred: int = 0
    tp: int = 0
    relation_ok: int = 0
    problems_: list[str] = field(default_factory=list)

    def as_dict(self) -> dict:
        p, r, f = prf(self.tp, self.pred, self.gold)
        return {"gold": self.gold, "predicted": self.pred, "precision": p, "recall": r, "f1": f,
                "relation_agreement": self.relation_ok / self.tp if self.tp else None}

    def line(self) -> str:
        d = self.as_dict()
        rel = f"{d['relation_agreement']:.3f}" if d["relation_agreement"] is not None else "-"
        return (f"{self.table:<11}{self.gold:>6}{self.pred:>6}  pairs P/R/F1 "
                f"{d['precision']:.3f}/{d['recall']:.3f}/{d['f1']:.3f}  relation {rel}")

    def problems(self, corpus) -> str:
        return "\n".join(self.problems_) or "no misses, false alarms or disagreements"


def score_pairs(table: str, gold: list[dict], pred: list[dict]) -> PairScore:
    score = PairScore(table)
    by_doc: dict[str, tuple[dict, dict, set]] = defaultdict(lambda: ({}, {}, set()))
    for g in gold:
        required, _, optional = by_doc[g["doc_id"]]
        key = (g["helper"], g["helped"])
        if g.get("optional", "0") == "1":
            optional.add(key)
        else:
            required.setdefault(key, g)
    for p in pred:
        by_doc[p["doc_id"]][1].setdefault((p["helper"], p["helped"]), p)
    for doc, (required, predicted, optional) in sorted(by_doc.items()):
        counted = {k: v for k, v in predicted.items() if k not in optional or k in required}
        score.gold += len(required)
        score.pred += len(counted)
        for key, g in required.items():
            p = counted.get(key)
            if p is None:
                score.problems_.append(f"MISS   {doc}: {key[0]} → {key[1]} ({g['relation']})  {g.get('text', '')}")
                continue
            score.tp += 1
            if p["relation"] == g["relation"]:
                score.relation_ok += 1
            else:
                score.problems_.append(f"DIFF   {doc}: {key[0]} → {key[1]}: relation {p['relation']}≠{g['relation']}")
        for key, p in counted.items():
            if key not in required:
                score.problems_.append(f"FALSE  {doc}: {key[0]} → {key[1]} ({p['relation']}) at {p.get('start', '')}")
    return score


FACT_GROUPS = {"year": ("year", "year_end", "year_kind"), "actor": ("actor",), "target": ("target",),
               "measure": ("measure",)}


@dataclass
class FactScore:
    """Facts: rows matched to gold's by identical span; on them, the accuracy of
    year (with year_end and year_kind), actor, target and measure, a blank
    against a value counting as wrong either way."""
    table: str
    gold: int = 0
    matched: int = 0
    right: dict = field(default_factory=lambda: dict.fromkeys(FACT_GROUPS, 0))
    problems_: list[str] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {"gold": self.gold, "matched": self.matched,
                "accuracy": {c: (n / self.matched if self.matched else None) for c, n in self.right.items()}}

    def line(self) -> str:
        acc = self.as_dict()["accuracy"]
        return (f"{self.table:<11}{self.gold:>6}{self.matched:>6}  matched; accuracy: "
                + "  ".join(f"{c} {v:.3f}" if v is not None else f"{c} -" for c, v in acc.items()))

    def problems(self, corpus) -> str:
        texts: dict[str, str] = {}
        lines = []
        for doc, start, end, diffs in self.problems_:
            start, end = int(start), int(end)
            if doc not in texts:
                texts[doc] = _article(corpus, doc)
            raw = texts[doc]
            context = "".join((raw[max(0, start - 30):start] + "【" + raw[start:end] + "】" + raw[end:end + 15]).split())
            lines.append(f"DIFF   {doc} {start}: {diffs}  {context}")
        return "\n".join(lines) or "no disagreements"


def score_facts(table: str, gold: list[dict], pred: list[dict]) -> FactScore:
    score = FactScore(table)
    by_span = {(p["doc_id"], p["start"], p["end"]): p for p in pred}
    for g in gold:
        if g.get("optional", "0") == "1":
            continue
        score.gold += 1
        p = by_span.get((g["doc_id"], g["start"], g["end"]))
        if p is None:
            score.problems_.append((g["doc_id"], g["start"], g["end"], "no predicted fact (the figure was missed)"))
            continue
        score.matched += 1
        wrong = []
        for group, columns in FACT_GROUPS.items():
            if all(same(g.get(c, ""), p.get(c, "")) for c in columns):
                score.right[group] += 1
            else:
                wrong.append(f"{group}: " + "/".join(p.get(c, "") for c in columns) + "≠"
                             + "/".join(g.get(c, "") for c in columns))
        if wrong:
            score.problems_.append((g["doc_id"], g["start"], g["end"], ", ".join(wrong)))
    return score


SCORERS = {"mentions": score_table, "documents": score_documents, "pairs": score_pairs, "facts": score_facts}


def format_scores(scores: dict) -> str:
    head = f"{'table':<11}{'gold':>6}{'pred':>6}  {'strict P/R/F1':<20}{'lenient P/R/F1':<20}{'row F1':>7}{'value F1':>9}"
    lines = [head, "-" * len(head)]
    others = {t: s for t, s in scores.items() if not isinstance(s, TableScore)}
    scores = {t: s for t, s in scores.items() if isinstance(s, TableScore)}
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
    for s in others.values():
        lines += ["", s.line()]
    return "\n".join(lines)


def format_problems(score, corpus: Path | None) -> str:
    """Every miss, false alarm and disagreement, with the sentence around it."""
    if not isinstance(score, TableScore):
        return score.problems(corpus)
    keys, lines = registry.table(score.table).keys, []
    texts: dict[str, str] = {}

    def context(row):
        doc = row["doc_id"]
        if doc not in texts:
            texts[doc] = _article(corpus, doc)
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
            span = "" if p.exact else f" span {_span(p.pred)}≠{_span(p.gold)}"
            if p.wrong or span:
                diff = ", ".join(f"{c}: {p.pred.get(c, '')}≠{p.gold.get(c, '')}" for c in p.wrong)
                lines.append(f"DIFF   {p.gold['doc_id']} {p.gold['start']}:{span} {diff} [{p.pred.get('rule', '')}]  {context(p.gold)}")
    return "\n".join(lines) or "no misses, false alarms or disagreements"


def _span(row: dict) -> str:
    """A row's mention: its text, or its offsets in a table without the text column."""
    return row["text"] if "text" in row else f"[{row['start']}:{row['end']}]"


def _article(corpus: Path | None, doc_id: str) -> str:
    """The text of a document for context, only from inside the corpus folder
    (a doc_id is no path out of it: ../secret), directly or in a subfolder;
    "" when there is none, also for a doc_id no file can be named after (300
    characters, a NUL byte)."""
    if corpus is None:
        return ""
    try:
        root = corpus.resolve()
        path = (corpus / f"{doc_id}.txt").resolve()
        if root not in path.parents:
            return ""
        if not path.is_file() and "/" not in doc_id:
            path = next(root.rglob(f"{glob.escape(doc_id)}.txt"), path)
        if not path.is_file():
            return ""
        with open(path, encoding="utf-8", newline="") as f:  # offsets count \r\n as two characters
            return f.read()
    except (OSError, ValueError):  # ValueError: a NUL in the name; UnicodeDecodeError is one too
        return ""
