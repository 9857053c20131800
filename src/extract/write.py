"""Write: rows to CSV or Parquet, streamed, each table published atomically.

Rows are appended to a hidden temporary file per table as documents finish
(in doc_id order, each document's rows by start, which is the order SPEC.md
asks for), then renamed into place: memory stays flat however large the
corpus, and an interrupted run leaves the old tables (or none), never a
half-written one. The columns and their types come from the table
declarations (extract.registry), so a new table needs nothing here.
"""
from __future__ import annotations

import csv
import os
import tempfile
from pathlib import Path

from .registry import Table

FORMATS = ("csv", "parquet")
PARQUET_ROW_GROUP = 50_000


def write_header(f, table: Table) -> None:
    csv.writer(f, lineterminator="\n").writerow(table.row_columns)


class _CsvSpool:
    def __init__(self, table: Table, outdir: Path):
        self.file = tempfile.NamedTemporaryFile("w", encoding="utf-8", newline="", suffix=".csv",
                                                dir=outdir, prefix=f".{table.name}.", delete=False)
        self.name = self.file.name
        write_header(self.file, table)
        self._writer = csv.writer(self.file, lineterminator="\n")

    def add(self, rows: list[tuple]) -> None:
        self._writer.writerows(rows)

    def close(self) -> None:
        self.file.close()


class _ParquetSpool:
    """Row groups of typed columns: offsets and whole-number columns as integers, the rest as written in CSV."""

    def __init__(self, table: Table, outdir: Path):
        import pyarrow as pa
        import pyarrow.parquet as pq
        self._pa = pa
        ints = {"start", "end", *(c for c, kind in table.types.items() if kind is int)}
        self.columns = table.row_columns
        self._int = [c in ints for c in self.columns]
        self.schema = pa.schema([(c, pa.int64() if i else pa.string()) for c, i in zip(self.columns, self._int)])
        fd, self.name = tempfile.mkstemp(dir=outdir, prefix=f".{table.name}.", suffix=".parquet")
        os.close(fd)
        self._writer = pq.ParquetWriter(self.name, self.schema)
        self._rows: list[tuple] = []

    def add(self, rows: list[tuple]) -> None:
        self._rows += rows
        if len(self._rows) >= PARQUET_ROW_GROUP:
            self._flush()

    def _flush(self) -> None:
        columns = list(zip(*self._rows)) if self._rows else [() for _ in self.columns]
        arrays = [[None if v == "" else int(v) for v in col] if is_int else list(col)
                  for col, is_int in zip(columns, self._int)]
        self._writer.write_table(self._pa.Table.from_arrays(
            [self._pa.array(a, type=f.type) for a, f in zip(arrays, self.schema)], schema=self.schema))
        self._rows = []

    def close(self) -> None:
        if self._rows or not self._writer.is_open:
            self._flush()
        self._writer.close()


SPOOLS = {"csv": _CsvSpool, "parquet": _ParquetSpool}


class TableWriter:
    """Collects rows per table on disk; `close()` publishes them."""

    def __init__(self, outdir: Path, tables: list[Table], fmt: str = "csv"):
        if fmt not in FORMATS:
            raise ValueError(f"unknown format {fmt!r}")
        self.outdir, self.fmt = Path(outdir), fmt
        self.outdir.mkdir(parents=True, exist_ok=True)
        self.counts = {t.name: 0 for t in tables}
        self._spool = {}
        try:
            for t in tables:
                self._spool[t.name] = SPOOLS[fmt](t, self.outdir)
        except BaseException:
            self.abort()
            raise

    def add(self, tables: dict[str, list[tuple]]) -> None:
        """Append one document's rows, table by table."""
        for name, rows in tables.items():
            self._spool[name].add(rows)
            self.counts[name] += len(rows)

    def close(self) -> list[Path]:
        written = []
        for name, spool in self._spool.items():
            spool.close()
            target = self.outdir / f"{name}.{self.fmt}"
            os.chmod(spool.name, 0o644)
            os.replace(spool.name, target)
            written.append(target)
        return written

    def abort(self) -> None:
        for spool in self._spool.values():
            try:
                spool.close()
            finally:
                Path(spool.name).unlink(missing_ok=True)
