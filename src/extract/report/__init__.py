"""`extract report`: a static site to review the tables in a browser.

index.html lists the articles (counts per table; with gold, the row F1 per
table), sortable, with plots drawn from facts.csv and the pairings by helper;
articles/<name>.html shows one article with its mentions highlighted (page.py),
its facts and pairings beside the text, and, with gold, its misses, false
alarms and wrong values. Everything is inline: the site opens from disk with
no server and loads nothing from the network.

It is one more view of the same per-document results `extract run` writes
(run.stream gives them, with the raw text), and like the tables it is
written to a temporary folder and published only when the run ends.
"""
from __future__ import annotations

import hashlib
import os
import re
import shutil
import time
from dataclasses import dataclass, field
from functools import cache
from html import escape
from importlib.resources import files
from pathlib import Path

from .. import registry
from ..engine import get_engine
from ..evaluate import Pair, TableScore, load_tables, score_table
from ..run import DocResult, Passes, Summary, stream, write_results
from ..write import FILE_MODE, prepare_outdir, temp_path
from .page import Mark, highlight

MENTION_TABLES = tuple(registry.mention_tables())
COUNTED = tuple(t.name for t in registry.tables() if t.spans)  # an article's rows per table, in the index
GOLD_KINDS = {"g-miss": "miss", "g-false": "false alarm", "g-wrong": "wrong value"}


def build(paths: list[str], outdir: str, *, gold_dir: str | None = None, rules_dir: str | None = None,
          workers: int | None = None, progress: bool = True, date: str = "") -> Summary:
    started = time.perf_counter()
    engine = get_engine(rules_dir)
    gold = Gold(gold_dir) if gold_dir else None  # a bad gold folder fails before any work (EvalError)
    prepare_outdir(Path(outdir))
    results, problems = stream(paths, workers=workers, rules_dir=rules_dir, progress=progress, date=date,
                               keep_text=True)
    passes = Passes(engine.tables)
    return write_results(passes.through(results), Site(Path(outdir), engine.tables, gold),
                         Summary(outdir=outdir, problems=problems, made="site"), started, passes)


class Gold:
    """Gold rows by table and document, for marking an article and scoring its rows."""

    def __init__(self, directory: str):
        tables = load_tables(directory)
        self.docs = {row["doc_id"] for rows in tables.values() if rows for row in rows}
        self.rows = {t: _by_doc(rows or []) for t, rows in tables.items()}

    def score(self, table: str, doc_id: str, pred: list[dict]) -> TableScore:
        """An article's rows of a table against gold: its row F1 and its pairs (matches, misses, false alarms)."""
        return score_table(table, self.rows.get(table, {}).get(doc_id, []), pred)


def _by_doc(rows: list[dict]) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {}
    for row in rows:
        out.setdefault(row["doc_id"], []).append(row)
    return out


@dataclass
class Article:
    """What the index keeps of one article."""
    doc_id: str
    page: str
    title: str
    date: str
    duplicate_of: str
    counts: dict[str, int]
    f1: dict[str, float] = field(default_factory=dict)


class Site:
    """The sink `extract report` writes into: one page per result, the index at the end."""

    def __init__(self, outdir: Path, tables, gold: Gold | None):
        self.outdir, self.gold = outdir, gold
        self.tables = {t.name: t for t in tables}
        self.tmp = temp_path(outdir, "report")
        (self.tmp / "articles").mkdir(parents=True)
        self.articles: list[Article] = []
        self.facts: list[dict] = []  # of documents that repeat no earlier one, for the plots
        self.pairings: list[dict] = []
        self.names: set[str] = set()

    def add(self, res: DocResult) -> None:
        rows = {t: [dict(zip(self.tables[t].row_columns, r)) for r in res.tables.get(t, [])] for t in self.tables}
        info = rows["documents"][0] if rows.get("documents") else {}
        page = self._page_name(res.doc_id)
        marks, gold_items, f1 = self._marks(res.doc_id, rows)
        body = article_page(res.doc_id, res.text or "", res.sentences or [], info, rows, marks, gold_items)
        _write(self.tmp / "articles" / page, body)
        self.articles.append(Article(res.doc_id, f"articles/{page}", info.get("title", ""), info.get("date", ""),
                                     info.get("duplicate_of", ""),
                                     {t: len(rows.get(t, [])) for t in COUNTED}, f1))
        if not info.get("duplicate_of"):
            self.facts += rows.get("facts", [])
            self.pairings += rows.get("pairings", [])

    def _page_name(self, doc_id: str) -> str:
        """A file name of its own for every doc_id (a/art and a_art differ by their digest)."""
        slug = re.sub(r"[^\w.-]+", "_", doc_id)[:80]
        name = f"{slug}.html"
        if name in self.names or slug != doc_id:
            name = f"{slug}-{hashlib.sha1(doc_id.encode()).hexdigest()[:8]}.html"
        self.names.add(name)
        return name

    def _marks(self, doc_id: str, rows: dict[str, list[dict]]) -> tuple[list[Mark], list[Mark], dict[str, float]]:
        marks = [Mark(r["start"], r["end"], t, f"m-{t}-{i}", describe(t, r, self.tables[t]))
                 for t in MENTION_TABLES for i, r in enumerate(rows.get(t, []))]
        if self.gold is None or doc_id not in self.gold.docs:
            return marks, [], {}
        gold_items, f1 = [], {}
        for t in MENTION_TABLES:
            score = self.gold.score(t, doc_id, rows[t])
            f1[t] = score.as_dict()["row_f1"]
            for pair in score.pairs:
                if item := _gold_mark(t, pair, self.tables[t], len(gold_items)):
                    gold_items.append(item)
        return marks + gold_items, gold_items, f1

    def close(self) -> dict[str, int]:
        from .plots import plots  # matplotlib: only when a report is drawn
        _write(self.tmp / "index.html", index_page(self.articles, plots(self.facts), self.pairings,
                                                   self.gold is not None))
        target = self.outdir / "articles"
        if target.exists():
            shutil.rmtree(target)
        os.replace(self.tmp / "articles", target)
        os.replace(self.tmp / "index.html", self.outdir / "index.html")
        shutil.rmtree(self.tmp, ignore_errors=True)
        return {"articles": len(self.articles)}

    def abort(self) -> None:
        shutil.rmtree(self.tmp, ignore_errors=True)


def _write(path: Path, text: str) -> None:
    path.write_text(text, encoding="utf-8")
    os.chmod(path, FILE_MODE)


def describe(table: str, row: dict, spec: registry.Table) -> str:
    """One line a hover shows: the table, the text, every filled column, the rule."""
    cols = " ".join(f"{c}={row[c]}" for c in spec.columns if row.get(c, "") not in ("", None))
    return f"{table}: {row.get('text', '')}  {cols}  [{row.get('rule', 'gold')}]"


def _gold_mark(table: str, pair: Pair, spec: registry.Table, n: int) -> Mark | None:
    """A miss (gold row not found), a false alarm (a row gold lacks), a wrong value (its span or any column the
    agreement counts, a key or not: a headcount's noun, an amount's per)."""
    if pair.pred is None:
        return Mark(pair.gold["start"], pair.gold["end"], "g-miss", f"g-{n}", "missed: " + describe(table, pair.gold,
                                                                                                   spec))
    if pair.gold is None:
        return Mark(pair.pred["start"], pair.pred["end"], "g-false", f"g-{n}",
                    "false alarm: " + describe(table, pair.pred, spec))
    if pair.exact and not pair.wrong:
        return None
    diffs = [f"span {pair.pred['text']}≠{pair.gold['text']}"] * (not pair.exact)
    diffs += [f"{c} {pair.pred.get(c, '')}≠{pair.gold.get(c, '')}" for c in pair.wrong]
    return Mark(pair.pred["start"], pair.pred["end"], "g-wrong", f"g-{n}",
                f"wrong value: {table}: {pair.pred['text']}  " + ", ".join(diffs))


# -- pages ---------------------------------------------------------------------

@cache
def _asset(name: str) -> str:
    return files(__package__).joinpath("static", name).read_text(encoding="utf-8")


def _html(title: str, body: str) -> str:
    return (f'<!DOCTYPE html>\n<html lang="zh"><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>{escape(title)}</title><style>{_asset('report.css')}</style></head>\n"
            f"<body>{body}<div id=\"detail\" title=\"click to close\"></div><script>{_asset('report.js')}</script>"
            f"</body></html>\n")


def legend() -> str:
    items = [f'<span class="t-{t}">{t}</span>' for t in MENTION_TABLES]
    return f'<p class="legend">{"".join(items)}<span class="note">hover a mark for its columns and rule; click to keep it</span></p>'


def article_page(doc_id: str, raw: str, sentences: list[tuple[int, int]], info: dict, rows: dict[str, list[dict]],
                 marks: list[Mark], gold_items: list[Mark]) -> str:
    title = info.get("title") or doc_id
    meta = " · ".join(x for x in (doc_id, info.get("date", ""), f"{len(raw):,} characters") if x)
    if info.get("duplicate_of"):
        meta += f" · repeats {info['duplicate_of']}"
    body = [f'<p><a href="../index.html">← all articles</a></p><h1>{escape(title)}</h1>',
            f'<p class="note">{escape(meta)}</p>', legend(), _gold_list(gold_items)]
    body.append(f'<div class="article"><div class="text">{highlight(raw, marks, sentences)}</div>'
                f'<aside class="facts">{_facts(rows.get("facts", []), sentences)}{_pairings(rows.get("pairings", []), sentences)}'
                f"</aside></div>")
    return _html(title, "".join(body))


def _gold_list(items: list[Mark]) -> str:
    if not items:
        return ""
    counts = ", ".join(f"{sum(i.kind == k for i in items)} {name}(s)" for k, name in GOLD_KINDS.items())
    lines = "".join(f'<li><a href="#{i.anchor}"><span class="kind {i.kind.removeprefix("g-")}">'
                    f"{GOLD_KINDS[i.kind]}</span></a> {escape(i.title.split(': ', 1)[1])}</li>" for i in items)
    return f'<section class="gold-list"><h2>Against gold: {counts}</h2><ol>{lines}</ol></section>'


def _facts(facts: list[dict], sentences: list[tuple[int, int]]) -> str:
    """Each figure: what it measures, its year, actor and target, linked to its sentence."""
    lines = []
    for f in facts:
        sentence = _sentence_at(f["start"], sentences)
        year = f["year"] + (f"–{f['year_end']}" if f["year_end"] else "")
        who = f"{f['actor'] or '?'} → {f['target'] or '?'}"
        lines.append(f'<li><a href="#s-{sentence}">{escape(f["text"])}</a> {escape(f["measure"])}'
                     f'{" (" + escape(f["cue"]) + ")" if f["cue"] else ""} · {escape(year or "no year")} · '
                     f"{escape(who)}</li>")
    return f"<h2>Facts ({len(facts)})</h2><ol>{''.join(lines)}</ol>"


def _pairings(pairings: list[dict], sentences: list[tuple[int, int]]) -> str:
    """Each pair, linked to the sentence that states it."""
    lines = "".join(f'<li><a href="#s-{_sentence_at(p["start"], sentences)}">{escape(p["helper"])} → '
                    f'{escape(p["helped"])}</a> {escape(p["relation"])}</li>' for p in pairings)
    return f"<h2>Pairings ({len(pairings)})</h2><ol>{lines}</ol>"


def _sentence_at(pos: int, sentences: list[tuple[int, int]]) -> int:
    """The start of the sentence holding a position: the id of its mark in the page (s-START)."""
    return next((s for s, e in sentences if s <= pos < e), pos)


def index_page(articles: list[Article], plot_svgs: list[tuple[str, str]], pairings: list[dict], gold: bool) -> str:
    head = "".join(f"<th>{h}</th>" for h in ("doc_id", "title", "date")) + "".join(
        f'<th class="num">{t}</th>' for t in COUNTED)
    if gold:
        head += "".join(f'<th class="num">F1 {t}</th>' for t in MENTION_TABLES)
    rows = []
    for a in articles:
        cells = (f'<td><a href="{escape(a.page)}">{escape(a.doc_id)}</a></td><td>{escape(a.title)}'
                 f'{" <span class=note>(repeats " + escape(a.duplicate_of) + ")</span>" if a.duplicate_of else ""}'
                 f"</td><td>{escape(a.date)}</td>")
        cells += "".join(f'<td class="num">{a.counts[t]}</td>' for t in COUNTED)
        if gold:
            cells += "".join(f'<td class="num">{a.f1[t]:.3f}</td>' if t in a.f1 else '<td class="num" data-sort="">–</td>'
                             for t in MENTION_TABLES)
        rows.append(f"<tr>{cells}</tr>")
    plots = "".join(f'<figure class="plot"><figcaption>{escape(caption)}</figcaption>{svg}</figure>'
                    for caption, svg in plot_svgs)
    body = (f"<h1>extract report: {len(articles)} articles</h1>{legend()}"
            f'<h2>Articles</h2><p class="note">click a column to sort{"; F1: row F1 against gold (– without gold)" if gold else ""}</p>'
            f'<table class="sortable" id="articles"><thead><tr>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table>'
            f'<h2>From facts.csv</h2><p class="note">Sums of the figures as the articles state them, yuan, documents '
            f"that repeat another left out: a total and its parts (其中…) both count, and a figure with no year or "
            f"no target is not in the plot that needs it.</p><div class=\"plots\">{plots}</div>"
            f"<h2>Pairings by helper</h2>{pairing_table(pairings)}")
    return _html("extract report", body)


def pairing_table(pairings: list[dict]) -> str:
    """helper → the places it helps, the relation, in how many articles the pair is stated."""
    by_pair: dict[tuple[str, str, str], set] = {}
    for p in pairings:
        by_pair.setdefault((p["helper"], p["helped"], p["relation"]), set()).add(p["doc_id"])
    rows = "".join(f"<tr><td>{escape(h)}</td><td>{escape(d)}</td><td>{escape(r)}</td>"
                   f'<td class="num">{len(docs)}</td></tr>' for (h, d, r), docs in sorted(by_pair.items()))
    return (f'<table class="sortable" id="pairings"><thead><tr><th>helper</th><th>helped</th><th>relation</th>'
            f'<th class="num">articles</th></tr></thead><tbody>{rows}</tbody></table>')
