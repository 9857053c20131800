"""Rows to CSV or Parquet, streamed, each table written atomically.

Rows are appended to a temporary file per table as documents finish (in
doc_id order, each document's rows by start, which is the order SPEC.md
asks for), then renamed into place: memory stays flat however large the
corpus, and an interrupted run leaves the old tables (or none), never a
half-written one.
"""
from __future__ import annotations

import csv
import io
import os
import tempfile
from pathlib import Path

from .rules import TABLES
from .tables import ROW_COLUMNS

FORMATS = ("csv", "parquet")


def csv_chunk(rows: list[tuple]) -> tuple[str, int]:
    """Rows (in ROW_COLUMNS order) as CSV lines without header, and their number.

    Workers format their own rows, so the parent only appends text: a string
    crosses a process boundary far cheaper than a list of rows.
    """
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows(rows)
    return buf.getvalue(), len(rows)


def write_header(f, table: str) -> None:
    csv.writer(f, lineterminator="\n").writerow(ROW_COLUMNS[table])


class TableWriter:
    """Collects rows per table on disk; `close()` publishes them."""

    def __init__(self, outdir: Path, fmt: str = "csv"):
        if fmt not in FORMATS:
            raise ValueError(f"unknown format {fmt!r}")
        self.outdir, self.fmt = Path(outdir), fmt
        self.outdir.mkdir(parents=True, exist_ok=True)
        self.counts = dict.fromkeys(TABLES, 0)
        self._spool = {}
        for table in TABLES:
            f = tempfile.NamedTemporaryFile("w", encoding="utf-8", newline="", suffix=".csv",
                                            dir=self.outdir, prefix=f".{table}.", delete=False)
            write_header(f, table)
            self._spool[table] = f

    def add(self, chunks: dict[str, tuple[str, int]]) -> None:
        """Append one document's csv_chunk per table."""
        for table, (text, n) in chunks.items():
            self._spool[table].write(text)
            self.counts[table] += n

    def close(self) -> list[Path]:
        written = []
        for table, f in self._spool.items():
            f.close()
            target = self.outdir / f"{table}.{self.fmt}"
            if self.fmt == "csv":
                os.chmod(f.name, 0o644)
                os.replace(f.name, target)
            else:
                import pandas as pd  # only Parquet needs it; CSV runs skip its import time
                publish(pd.read_csv(f.name, dtype=str, keep_default_na=False), target, self.fmt)
                os.unlink(f.name)
            written.append(target)
        return written

    def abort(self) -> None:
        for f in self._spool.values():
            f.close()
            Path(f.name).unlink(missing_ok=True)


def publish(frame, path: Path, fmt: str) -> Path:
    """Write beside the target, then rename: readers never see a partial file."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    os.close(fd)
    try:
        if fmt == "csv":
            frame.to_csv(tmp, index=False, encoding="utf-8", lineterminator="\n")
        else:
            frame.to_parquet(tmp, index=False)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path
