"""Labelling helper: turn hand-written label files into gold tables.

A label file (tests/gold/labels/<doc_id>.tsv) lists mentions in document
order, one per line: a table letter, an anchor, then key=value fields.

    P  云南[大理]        name=大理白族自治州 kind=州
    A  投资[2.3亿元]     value=230000000
    H  [20044户]         value=20044 unit=户
    Y  截至[2019年]底    year=2019 kind=until
    Y  [十三五]          year=2016 year_end=2020 kind=plan optional=1 note="..."

Amount and headcount lines also carry their facts.csv row (SPEC.md, "Facts"):

    A  投资[2.3亿元]  value=230000000 year=2019 year_kind=until year_at=截至[2019年]
                      actor=浦东新区 target=莎车县 measure=investment cue=投资
    H  [1412名]干部   value=1412 unit=名 noun=干部 measure=sent cue=选派 actor=上海市

`year_at` is an anchor for the years.csv row that dates the figure (the last
match starting before the figure, else the first after it); leave the year
fields out when no year dates it. `fact_optional=1` and `fact_note=` mark a
disputable fact without touching the mention. Pairings and the document row:

    R  帮扶[会泽县]   helper=宝山区 helped=会泽县 relation=结对帮扶
    D  -             title="..." date=2020-03-19 date_source=url url=http://...

An R anchor is the span of the pairing row (the helped place's mention, or the
helper's when only the helper is named); give helper_code=/helped_code= when
a name is shared. A D line has no anchor (write -).

The bracketed part of the anchor is the mention; the rest is context that
makes it unique. Whitespace in the raw text (line breaks inside a mention)
is ignored when matching. Each anchor is searched from the previous label's
start, so labels must follow the text. Place rows get level, parent and
code from rules/divisions.csv when the label does not give them.

    python tools/label.py build            # labels -> tests/gold/*.csv
    python tools/label.py check DOC_ID     # problems + uncovered candidates
    python tools/label.py facts DOC_ID     # each figure with its sentence, paragraph years, sentence places
    --gold DIR --texts DIR                 # another gold set (labels in DIR/labels) and its texts
    --mentions                             # label files of some mention tables (no D line, no place
                                           # rows: a fact's places are checked against divisions.csv),
                                           # facts where A/H lines give a measure; build writes the
                                           # tables they hold, no other
"""
from __future__ import annotations

import argparse
import csv
import re
import shlex
import sys
from pathlib import Path

from extract.registry import mention_tables, tables  # the SPEC columns, one definition for output and gold

# the columns of every table, from the tables' declarations: a gold table is the output a perfect
# pipeline would write, with `optional` and `note` instead of `rule`
COLUMNS = {t.name: list(t.columns) for t in tables()}
MENTION_TABLES = mention_tables()  # the tables label lines name directly

ROOT = Path(__file__).resolve().parents[1]
MENTIONS_ONLY = False  # --mentions: a gold set of some tables (no documents row, no places; facts where labelled)
GOLD = ROOT / "tests" / "gold"
CORPUS = ROOT / "corpus"
DIVISIONS = ROOT / "rules" / "divisions.csv"

TABLE_OF = {"P": "places", "A": "amounts", "H": "headcounts", "Y": "years", "R": "pairings", "D": "documents"}
DOCUMENT_COLUMNS = ["doc_id", *COLUMNS["documents"], "note"]
FACT_FIELDS = {"year", "year_end", "year_kind", "year_at", "actor", "target", "measure", "cue",
               "fact_optional", "fact_note"}
MEASURES = {
    "amounts": {"aid", "donation", "investment", "sales", "output", "income", "subsidy", "loan", "budget",
                "price", "other"},
    "headcounts": {"lifted", "poor", "employed", "trained", "sent", "relocated", "benefited", "visitors", "other"},
}
RELATIONS = {"扶贫协作", "对口支援", "对口帮扶", "结对帮扶", "帮扶"}
YEAR_KINDS = {"point", "since", "until", "plan"}
DATE_SOURCES = {"", "header", "url", "file_name", "input"}
REQUIRED = {
    "pairings": {"helper", "helped", "relation"},
    "documents": set(),
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
    """The anchor as searched in the whitespace-free text (a full-width space copied from the
    article is dropped too), and where its bracketed part lies in it."""
    anchor = "".join(anchor.split())
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


def find_anchor(anchor: str, flat: str, where: list[int], before: int) -> tuple[int, int] | None:
    """Raw span of an anchor's bracketed part: the last match starting before
    raw offset `before`, else the first after it."""
    needle, a, b = parse_anchor(anchor)
    spans = [(where[m.start() + a], where[m.start() + b - 1] + 1) for m in re.finditer(re.escape(needle), flat)]
    earlier = [s for s in spans if s[0] < before]
    return earlier[-1] if earlier else (spans[0] if spans else None)


def fact_row(row: dict, kv: dict, table: str, flat: str, where: list[int], raw: str) -> tuple[dict, list[str]]:
    """The facts.csv row of an amount or headcount line."""
    problems = []
    fact = {k: row[k] for k in ("doc_id", "start", "end", "text")}
    fact.update(table=table, value=row["value"], value_max=row["value_max"],
                unit=row["currency"] if table == "amounts" else row["unit"])
    for k in ("year", "year_end", "year_kind", "actor", "target", "measure", "cue"):
        fact[k] = kv.get(k, "")
    fact["year_start"] = ""
    if kv.get("year"):
        span = find_anchor(kv["year_at"], flat, where, row["start"]) if kv.get("year_at") else None
        if span is None:
            problems.append(f"year={kv['year']} needs year_at=ANCHOR of its years row (not found: {kv.get('year_at')!r})")
        else:
            fact["year_start"] = span[0]
        if kv.get("year_kind") not in YEAR_KINDS:
            problems.append(f"year_kind must be one of {sorted(YEAR_KINDS)}")
    if fact["measure"] not in MEASURES[table] and kv.get("fact_optional") != "1":
        problems.append(f"measure={fact['measure']!r} is not one of {sorted(MEASURES[table])}")
    if fact["cue"] and "".join(fact["cue"].split()) not in flat:
        problems.append(f"cue {fact['cue']!r} is not in the text")
    fact["optional"] = "1" if "1" in (row["optional"], kv.get("fact_optional")) else "0"
    fact["note"] = kv.get("fact_note", "")
    return fact, problems


def check_links(doc_id: str, rows: dict, divisions: dict) -> list[str]:
    """Every place of a fact or pairing is a places row of the document (where places are not labelled,
    --mentions: a division's official name, or a name the article writes), every year a years row."""
    if MENTIONS_ONLY:  # (a name as the article writes it: a former county the gazetteer lacks, 水城县)
        raw = read_raw(doc_id)
        written = [f[k] for f in rows["facts"] for k in ("actor", "target")] + [
            p[k] for p in rows["pairings"] for k in ("helper", "helped")]
        names = set(divisions) | {n for n in written if n and n in raw}
    else:
        names = {r["name"] for r in rows["places"]}
    years = {r["start"]: r for r in rows["years"]}
    problems = []
    for f in rows["facts"]:
        for k in ("actor", "target"):
            if f[k] and f[k] not in names:
                problems.append(f"{doc_id}: fact at {f['start']} ({f['text']}): {k} {f[k]} is no places row of the document")
        y = years.get(f["year_start"]) if f["year_start"] != "" else None
        if f["year_start"] != "" and (y is None or str(y["year"]) != str(f["year"])):
            problems.append(f"{doc_id}: fact at {f['start']} ({f['text']}): year_at is no years row with year {f['year']}")
    for p in rows["pairings"]:
        for k in ("helper", "helped"):
            if p[k] not in names:
                problems.append(f"{doc_id}: pairing at {p['start']}: {k} {p[k]} is no places row of the document")
    return problems


def pairing_codes(kv: dict, divisions: dict) -> list[str]:
    problems = []
    for side in ("helper", "helped"):
        if f"{side}_code" in kv:
            continue
        found = divisions.get(kv[side], [])
        if len(found) > 1:
            problems.append(f"{side} {kv[side]} is ambiguous in divisions.csv: give {side}_code=")
        kv[f"{side}_code"] = found[0]["code"] if len(found) == 1 else ""
    if kv["relation"] not in RELATIONS:
        problems.append(f"relation={kv['relation']!r} is not one of {sorted(RELATIONS)}")
    return problems


def document_row(doc_id: str, kv: dict, raw: str) -> tuple[dict, list[str]]:
    row = {c: kv.get(c, "") for c in DOCUMENT_COLUMNS}
    row.update(doc_id=doc_id, chars=len(raw))
    problems = []
    if row["date"] and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", row["date"]):
        problems.append(f"date {row['date']!r} is not YYYY-MM-DD")
    if row["date_source"] not in DATE_SOURCES or bool(row["date"]) != bool(row["date_source"]):
        problems.append(f"date_source {row['date_source']!r}: one of {sorted(DATE_SOURCES - {''})} when a date is given")
    unknown = kv.keys() - set(DOCUMENT_COLUMNS)
    if unknown:
        problems.append(f"unknown fields {sorted(unknown)}")
    return row, problems


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
        if table == "documents":
            row, p = document_row(doc_id, kv, raw)
            problems += [f"{path.name}:{lineno}: {x}" for x in p]
            rows["documents"].append(row)
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
        if table == "pairings":
            problems += [f"{path.name}:{lineno}: {p}" for p in pairing_codes(kv, divisions)]
        for k, v in DEFAULTS.get(table, {}).items():
            kv.setdefault(k, v)
        columns = COLUMNS[table]
        facts = FACT_FIELDS if table in MEASURES else set()
        unknown = kv.keys() - set(columns) - {"optional", "note"} - facts
        if unknown:
            problems.append(f"{path.name}:{lineno}: unknown fields {sorted(unknown)}")
        row = {"doc_id": doc_id, "start": s, "end": e, "text": re.sub(r"\s+", "", raw[s:e])}
        row.update({c: kv.get(c, "") for c in columns})
        row["optional"] = kv.get("optional", "0")
        row["note"] = kv.get("note", "")
        rows[table].append(row)
        if facts and (not MENTIONS_ONLY or "measure" in kv):  # (a set of mentions may label facts too)
            fact, p = fact_row(row, kv, table, flat, where, raw)
            problems += [f"{path.name}:{lineno}: {x}" for x in p]
            rows["facts"].append(fact)
    if len(rows["documents"]) != 1 and not MENTIONS_ONLY:
        problems.append(f"{path.name}: needs exactly one D line (found {len(rows['documents'])})")
    problems += check_links(doc_id, rows, divisions)
    for table, rs in rows.items():
        if table in ("documents", "pairings"):
            continue
        rs.sort(key=lambda r: r["start"])
        for x, y in zip(rs, rs[1:]):
            if y["start"] < x["end"]:
                problems.append(f"{doc_id}: {table} rows overlap: {x['text']}@{x['start']} and {y['text']}@{y['start']}")
    return rows, problems


CANDIDATE = re.compile(
    r"[0-9０-９.〇零一二两三四五六七八九十百千万亿多余]+"
    r"(?:万|亿)?(?:元|美元|块|人次|人|名|位|户|口|年)"
    r"|十[一二三四五]五|今年|去年|前年|明年"
)
SENTENCE_END = re.compile(r"[。！？；!?;]")
PARAGRAPH_END = re.compile(r"(?<=[。！？”…!?])[ \t\u3000]*\n|\n[ \t\u3000]*\n")


def around(raw: str, start: int, end: int) -> tuple[tuple[int, int], tuple[int, int]]:
    """The sentence and the paragraph holding raw[start:end], roughly as SPEC.md
    defines them (a reading aid for labelling, not the pipeline's definition)."""
    p_start = max([m.end() for m in PARAGRAPH_END.finditer(raw, 0, start)], default=0)
    m = PARAGRAPH_END.search(raw, end)
    p_end = m.start() if m else len(raw)
    s_start = max([m.end() for m in SENTENCE_END.finditer(raw, p_start, start)], default=p_start)
    m = SENTENCE_END.search(raw, end, p_end)
    return (s_start, m.end() if m else p_end), (p_start, p_end)


def show_facts(doc_id: str) -> int:
    """Each figure with its sentence, the years of its paragraph and the places of its sentence."""
    divisions = load_divisions()
    rows, problems = label_doc(doc_id, divisions)
    raw = read_raw(doc_id)
    for fact in rows["facts"]:
        (ss, se), (ps, pe) = around(raw, fact["start"], fact["end"])
        sentence = raw[ss:fact["start"]] + "【" + raw[fact["start"]:fact["end"]] + "】" + raw[fact["end"]:se]
        years = [f"{y['text']}@{y['start']}" for y in rows["years"] if ps <= y["start"] < pe]
        places = [p["name"] for p in rows["places"] if ss <= p["start"] < se]
        print(f"{fact['start']:>6} {fact['table'][0].upper()} {fact['text']}: " + " ".join(sentence.split()))
        print(f"       paragraph years: {', '.join(years) or '-'}   sentence places: {', '.join(dict.fromkeys(places)) or '-'}")
        labelled = " ".join(f"{k}={fact[k]}" for k in ("year", "year_kind", "year_start", "actor", "target", "measure", "cue") if fact[k] != "")
        print(f"       labelled: {labelled or '-'}")
    print("\n".join(problems) or "no problems")
    return 1 if problems else 0


def uncovered(doc_id: str, rows: dict, divisions: dict) -> list[str]:
    raw = read_raw(doc_id)
    flat, where = strip_map(raw)
    covered = set()
    for table in MENTION_TABLES:
        for r in rows[table]:
            covered.update(range(r["start"], r["end"]))
    names = set(divisions)
    for rs in divisions.values():
        for r in rs:
            names.update(x for x in r.get("short_forms", "").split("|") if len(x) >= 2)
    found = []
    for m in CANDIDATE.finditer(flat):
        if not re.search(r"[0-9０-９〇零一二两三四五六七八九十]|^(?:今|去|前|明)年$", m.group()):
            continue
        found.append((where[m.start()], m.group()))
    if names and not MENTIONS_ONLY:  # (places are not labelled in a gold set of mentions only)
        pat = re.compile("|".join(sorted(map(re.escape, names), key=len, reverse=True)))
        found += [(where[m.start()], m.group()) for m in pat.finditer(flat)]
    out = []
    for start, text in sorted(found):
        if start not in covered:
            ctx = re.sub(r"\s+", "", raw[max(0, start - 12):start + len(text) + 8])
            out.append(f"  uncovered @{start} {text!r}  …{ctx}…")
    return out


def gold_columns(table: str) -> list[str]:
    if table == "documents":
        return DOCUMENT_COLUMNS
    return ["doc_id", "start", "end", "text", *COLUMNS[table], "optional", "note"]


def build(out: Path | None = None) -> int:
    """Compile GOLD/labels/*.tsv into the gold tables in `out` (default GOLD)."""
    divisions = load_divisions()
    tables = {t: [] for t in COLUMNS}
    problems = []
    for path in sorted((GOLD / "labels").glob("*.tsv")):
        rows, p = label_doc(path.stem, divisions)
        problems += p
        for t in tables:
            tables[t] += rows[t]
    for t, rs in tables.items():
        if MENTIONS_ONLY and not rs:
            continue  # a set of some tables: the others are not labelled, so not written (nor scored)
        rs.sort(key=lambda r: (r["doc_id"], r.get("start", 0)))
        cols = gold_columns(t)
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
    global GOLD, CORPUS, MENTIONS_ONLY
    parser = argparse.ArgumentParser(description="Labelling helper: label files to gold tables.")
    parser.add_argument("--gold", type=Path, default=GOLD, help="gold folder (labels in GOLD/labels)")
    parser.add_argument("--texts", type=Path, default=CORPUS, help="folder of the labelled texts")
    parser.add_argument("--mentions", action="store_true", help="mentions only: no D line, no facts")
    parser.add_argument("command", choices=["build", "check", "facts"])
    parser.add_argument("doc_id", nargs="?")
    args = parser.parse_args(argv)
    GOLD, CORPUS, MENTIONS_ONLY = args.gold.resolve(), args.texts.resolve(), args.mentions
    if args.command == "build":
        return build()
    if not args.doc_id:
        parser.error(f"{args.command} needs a DOC_ID")
    return check(args.doc_id) if args.command == "check" else show_facts(args.doc_id)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
