"""Labelling helper: turn hand-written label files into gold tables.

A label file (tests/gold/labels/<doc_id>.tsv) lists mentions in document
order, one per line: a table letter, an anchor, then key=value fields.

    P  云南[大理]        name=大理白族自治州 kind=州
    A  投资[2.3亿元]     value=230000000
    H  [20044户]         value=20044 unit=户
    Y  截至[2019年]底    year=2019 kind=until
    Y  [十三五]          year=2016 year_end=2020 kind=plan optional=1 note="..."

The bracketed part of the anchor is the mention; the rest is context that
makes it unique. Whitespace in the raw text (line breaks inside a mention)
is ignored when matching. Each anchor is searched from the previous label's
start, so labels must follow the text. Place rows get level, parent and
code from rules/divisions.csv when the label does not give them.

    python tools/label.py build            # labels -> tests/gold/*.csv
    python tools/label.py check DOC_ID     # problems + uncovered candidates
    --gold DIR --texts DIR                 # another gold set (labels in DIR/labels) and its texts
"""
from __future__ import annotations

import argparse
import csv
import re
import shlex
import sys
from pathlib import Path

from extract.registry import tables  # the SPEC columns, one definition for output and gold

COLUMNS = {t.name: list(t.columns) for t in tables() if t.spans}

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "gold"
CORPUS = ROOT / "corpus"
DIVISIONS = ROOT / "rules" / "divisions.csv"

TABLE_OF = {"P": "places", "A": "amounts", "H": "headcounts", "Y": "years"}
REQUIRED = {
    "places": {"name", "kind"},
    "amounts": {"value"},
    "headcounts": {"value", "unit"},
    "years": {"year", "kind"},
}
DEFAULTS = {
    "amounts": {"currency": "CNY", "qualifier": "exact"},
    "headcounts": {"qualifier": "exact"},
}
LEVEL_OF_KIND = {"省": "province", "州": "prefecture", "市": "prefecture", "县": "county", "区": "county"}


def read_raw(doc_id: str) -> str:
    path = next(CORPUS.rglob(f"{doc_id}.txt"), None)  # texts may sit in dated subfolders
    if path is None:
        sys.exit(f"{doc_id}.txt: not found under {CORPUS}")
    with open(path, encoding="utf-8", newline="") as f:
        return f.read()


def strip_map(raw: str) -> tuple[str, list[int]]:
    """Whitespace-free text and, per kept character, its raw offset."""
    chars, where = [], []
    for i, ch in enumerate(raw):
        if not ch.isspace():
            chars.append(ch)
            where.append(i)
    return "".join(chars), where


def load_divisions() -> dict[str, list[dict]]:
    by_name: dict[str, list[dict]] = {}
    if DIVISIONS.exists():
        with open(DIVISIONS, encoding="utf-8") as f:
            for row in csv.DictReader(f):
                by_name.setdefault(row["name"], []).append(row)
    return by_name


def parse_anchor(anchor: str) -> tuple[str, int, int]:
    m = re.fullmatch(r"([^\[\]]*)\[([^\[\]]+)\]([^\[\]]*)", anchor)
    if not m:
        return anchor, 0, len(anchor)
    left, mid, right = m.groups()
    return left + mid + right, len(left), len(left) + len(mid)


def parse_line(line: str):
    parts = shlex.split(line)
    letter, anchor, fields = parts[0], parts[1], parts[2:]
    kv = {}
    for f in fields:
        if "=" not in f:
            raise ValueError(f"field without '=': {f!r}")
        k, v = f.split("=", 1)
        kv[k] = v
    return letter, anchor, kv


def fill_place(kv: dict, divisions: dict) -> list[str]:
    problems = []
    if kv.get("code") is None:
        rows = divisions.get(kv["name"], [])
        if len(rows) == 1:
            for k in ("level", "parent", "code"):
                kv.setdefault(k, rows[0][k])
        elif len(rows) > 1:
            problems.append(f"name {kv['name']} is ambiguous in divisions.csv: give code=")
        else:
            kv.setdefault("code", "")
    elif kv["code"]:
        rows = [r for r in divisions.get(kv["name"], []) if r["code"] == kv["code"]]
        if rows:
            for k in ("level", "parent"):
                kv.setdefault(k, rows[0][k])
    kv.setdefault("level", LEVEL_OF_KIND.get(kv["kind"], ""))
    kv.setdefault("parent", "")
    return problems


def label_doc(doc_id: str, divisions: dict):
    raw = read_raw(doc_id)
    flat, where = strip_map(raw)
    rows = {t: [] for t in COLUMNS}
    problems = []
    cursor = 0
    path = GOLD / "labels" / f"{doc_id}.tsv"
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        try:
            letter, anchor, kv = parse_line(line)
            table = TABLE_OF[letter]
        except (ValueError, KeyError, IndexError) as e:
            problems.append(f"{path.name}:{lineno}: cannot parse ({e})")
            continue
        needle, a, b = parse_anchor(anchor)
        hits = [m.start() for m in re.finditer(re.escape(needle), flat)]
        after = [h for h in hits if h + a >= cursor]
        if not after:
            where_txt = "anywhere" if not hits else f"after offset {where[cursor]}"
            problems.append(f"{path.name}:{lineno}: anchor {anchor!r} not found {where_txt}")
            continue
        h = after[0]
        s, e = where[h + a], where[h + b - 1] + 1
        cursor = h + a
        missing = REQUIRED[table] - kv.keys()
        if missing:
            problems.append(f"{path.name}:{lineno}: missing {sorted(missing)}")
            continue
        if table == "places":
            problems += [f"{path.name}:{lineno}: {p}" for p in fill_place(kv, divisions)]
        for k, v in DEFAULTS.get(table, {}).items():
            kv.setdefault(k, v)
        unknown = kv.keys() - set(COLUMNS[table]) - {"optional", "note"}
        if unknown:
            problems.append(f"{path.name}:{lineno}: unknown fields {sorted(unknown)}")
        row = {"doc_id": doc_id, "start": s, "end": e, "text": re.sub(r"\s+", "", raw[s:e])}
        row.update({c: kv.get(c, "") for c in COLUMNS[table]})
        row["optional"] = kv.get("optional", "0")
        row["note"] = kv.get("note", "")
        rows[table].append(row)
    for table, rs in rows.items():
        rs.sort(key=lambda r: r["start"])
        for x, y in zip(rs, rs[1:]):
            if y["start"] < x["end"]:
                problems.append(f"{doc_id}: {table} rows overlap: {x['text']}@{x['start']} and {y['text']}@{y['start']}")
    return rows, problems


CANDIDATE = re.compile(
    r"[0-9０-９.〇零一二两三四五六七八九十百千万亿多余]+"
    r"(?:万|亿)?(?:元|美元|块|人次|人|名|位|户|口|年)"
    r"|十[一二三四五]五"
)


def uncovered(doc_id: str, rows: dict, divisions: dict) -> list[str]:
    raw = read_raw(doc_id)
    flat, where = strip_map(raw)
    covered = set()
    for rs in rows.values():
        for r in rs:
            covered.update(range(r["start"], r["end"]))
    names = set(divisions)
    for rs in divisions.values():
        for r in rs:
            names.update(x for x in r.get("short_forms", "").split("|") if len(x) >= 2)
    found = []
    for m in CANDIDATE.finditer(flat):
        if not re.search(r"[0-9０-９〇零一二两三四五六七八九十]", m.group()):
            continue
        found.append((where[m.start()], m.group()))
    if names:
        pat = re.compile("|".join(sorted(map(re.escape, names), key=len, reverse=True)))
        found += [(where[m.start()], m.group()) for m in pat.finditer(flat)]
    out = []
    for start, text in sorted(found):
        if start not in covered:
            ctx = re.sub(r"\s+", "", raw[max(0, start - 12):start + len(text) + 8])
            out.append(f"  uncovered @{start} {text!r}  …{ctx}…")
    return out


def build(out: Path | None = None) -> int:
    """Compile GOLD/labels/*.tsv into the four gold tables in `out` (default GOLD)."""
    divisions = load_divisions()
    tables = {t: [] for t in COLUMNS}
    problems = []
    for path in sorted((GOLD / "labels").glob("*.tsv")):
        rows, p = label_doc(path.stem, divisions)
        problems += p
        for t in tables:
            tables[t] += rows[t]
    for t, rs in tables.items():
        rs.sort(key=lambda r: (r["doc_id"], r["start"]))
        cols = ["doc_id", "start", "end", "text", *COLUMNS[t], "optional", "note"]
        with open((out or GOLD) / f"{t}.csv", "w", encoding="utf-8", newline="") as f:
            w = csv.DictWriter(f, fieldnames=cols)
            w.writeheader()
            w.writerows(rs)
    print("\n".join(problems) or "no problems", file=sys.stderr)
    print({t: len(r) for t, r in tables.items()})
    return 1 if problems else 0


def check(doc_id: str) -> int:
    divisions = load_divisions()
    rows, problems = label_doc(doc_id, divisions)
    print("\n".join(problems) or "no problems")
    print({t: len(r) for t, r in rows.items()})
    print("\n".join(uncovered(doc_id, rows, divisions)))
    return 1 if problems else 0


def main(argv: list[str]) -> int:
    global GOLD, CORPUS
    parser = argparse.ArgumentParser(description="Labelling helper: label files to gold tables.")
    parser.add_argument("--gold", type=Path, default=GOLD, help="gold folder (labels in GOLD/labels)")
    parser.add_argument("--texts", type=Path, default=CORPUS, help="folder of the labelled texts")
    parser.add_argument("command", choices=["build", "check"])
    parser.add_argument("doc_id", nargs="?")
    args = parser.parse_args(argv)
    GOLD, CORPUS = args.gold.resolve(), args.texts.resolve()
    if args.command == "build":
        return build()
    if not args.doc_id:
        parser.error("check needs a DOC_ID")
    return check(args.doc_id)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
