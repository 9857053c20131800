"""Print every facts audit's accuracy against one run of the news quarter.

    extract run ../shared/news/rmrb-2020q1 -o OUT --quiet --workers 2
    python tools/audit_scores.py OUT

One line per set of tests/gold_audit/ (its README says which sets were read
while rules were written and which never were): year (year, year_end and
year_kind together, as SPEC.md scores them), actor, target and measure on
the labelled figures, and `noun` and `per` where the set labels them.
tests/test_audit.py holds floors below these; this prints the figures
themselves, for a closing note or a before-and-after comparison.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd

GOLD = Path(__file__).resolve().parents[1] / "tests" / "gold_audit"
KEY = ["doc_id", "start", "end"]
MENTION_COLUMNS = {"noun": "headcounts", "per": "amounts"}  # labelled in some sets: the column and its table


def read(path: Path, sep: str = ",") -> pd.DataFrame:
    return pd.read_csv(path, sep=sep, dtype=str, keep_default_na=False)


def scores(gold: pd.DataFrame, out: Path) -> dict[str, float]:
    facts = gold.merge(read(out / "facts.csv"), on=KEY, suffixes=("_g", "_p"))
    year = ["year", "year_end", "year_kind"]
    found = {"year": (facts[[c + "_g" for c in year]].values == facts[[c + "_p" for c in year]].values).all(axis=1).mean()}
    found |= {c: (facts[c + "_g"] == facts[c + "_p"]).mean() for c in ("actor", "target", "measure")}
    for column, table in MENTION_COLUMNS.items():
        if column in gold:
            rows = gold.merge(read(out / f"{table}.csv"), on=KEY, suffixes=("_g", "_p"))
            found[column] = (rows[column + "_g"] == rows[column + "_p"]).mean()
    return found


def main(out: str) -> None:
    for path in sorted(GOLD.glob("audit*.tsv"), key=lambda p: int(p.stem.removeprefix("audit"))):
        found = scores(read(path, "\t"), Path(out))
        print(path.stem, " ".join(f"{column} {value:.3f}" for column, value in found.items()))


if __name__ == "__main__":
    if len(sys.argv) != 2 or not Path(sys.argv[1], "facts.csv").is_file():
        sys.exit("usage: python tools/audit_scores.py OUT  (OUT: an `extract run` of ../shared/news/rmrb-2020q1)")
    main(sys.argv[1])
