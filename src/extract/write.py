"""Write: rows to CSV or Parquet, streamed, each table published atomically.

Rows are appended to a hidden temporary file per table as documents finish
(in doc_id order, each document's rows by start, which is the order SPEC.md
asks for), then renamed into place: memory stays flat however large the
corpus, and an interrupted run leaves the old tables (or none), never a
half-written one. A temporary file carries the writing process's id, so a
run that was killed (SIGKILL) leaves files the next run recognises and
removes. The columns and their types come from the table declarations
(extract.registry), so a new table needs nothing here.
"""
from __future__ import annotations

import csv
import errno
import os
import re
import shutil
import sys
from pathlib import Path

from .load import shown
from .registry import Table

FORMATS = ("csv", "parquet")
PARQUET_ROW_GROUP = 50_000
INT64 = range(-2**63, 2**63)
TEMP_PREFIX = ".extract-"  # .extract-<pid>-<table>.<format>.tmp
STALE = re.compile(r"\.extract-(\d+)-.*\.tmp$")
# cells a spreadsheet would run as a formula: written with a leading ' (OWASP's CSV injection advice)
FORMULA_START = tuple("=+-@\t\r")


class OutputError(Exception):
    """The output folder cannot take the tables; str() is the one-line reason."""


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


FILE_MODE = 0o666 & ~_umask()  # as any program the user runs would create them


def guard_formula(cell: str) -> str:
    return "'" + cell if cell.startswith(FORMULA_START) else cell


def unguard_formula(cell: str) -> str:
    """The cell as it was before guard_formula (for reading our own tables back)."""
    return cell[1:] if cell.startswith("'") and cell[1:].startswith(FORMULA_START) else cell


def prepare_outdir(outdir: Path) -> None:
    """Make sure the folder exists and takes files, and remove the temporary
    files of runs that were killed; OutputError with one line when it cannot."""
    try:
        outdir.mkdir(parents=True, exist_ok=True)
        probe = outdir / f"{TEMP_PREFIX}{os.getpid()}-probe.tmp"
        try:
            probe.write_bytes(b"")
        finally:  # a signal between the two must not leave it
            probe.unlink(missing_ok=True)
    except FileExistsError:
        raise OutputError(f"{shown(str(outdir))}: exists and is not a folder") from None
    except NotADirectoryError:
        raise OutputError(f"{shown(str(outdir))}: a part of this path is a file, not a folder") from None
    except OSError as e:
        raise OutputError(f"{shown(str(outdir))}: cannot write there ({e.strerror or e})") from None
    for path in outdir.iterdir():
        m = STALE.match(path.name)
        if m and not _alive(int(m.group(1))):
            try:
                shutil.rmtree(path, ignore_errors=True) if path.is_dir() else path.unlink(missing_ok=True)
            except OSError:
                pass  # litter we may not remove (another user's) harms no table: it stays


def _alive(pid: int) -> bool:
    """Whether the run that wrote a temporary file may still be writing it. A
    number no process can have (.extract-99999999999999999999-x.tmp) is no
    run's: that file is kept, as a live run's is."""
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError):
        return True
    return True


def temp_path(outdir: Path, name: str) -> Path:
    return outdir / f"{TEMP_PREFIX}{os.getpid()}-{name}.tmp"


def write_header(f, table: Table) -> None:
    csv.writer(f, lineterminator="\n").writerow(table.row_columns)


class _CsvSpool:
    def __init__(self, table: Table, outdir: Path):
        self.name = temp_path(outdir, f"{table.name}.csv")
        self.file = open(self.name, "w", encoding="utf-8", newline="")
        write_header(self.file, table)
        self._writer = csv.writer(self.file, lineterminator="\n")
        # columns holding text from the input (doc_id, a title): guarded against spreadsheet formulas
        self._guarded = {table.row_columns.index(c) for c in table.guarded}
        self._free_text = bool(table.free_text)

    def add(self, rows: list[tuple]) -> None:
        if self._free_text or any(r[0].startswith(FORMULA_START) for r in rows):
            rows = [tuple(guard_formula(c) if i in self._guarded and isinstance(c, str) else c for i, c in enumerate(r))
                    for r in rows]
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
        self.table, self.columns = table.name, table.row_columns
        self._int = [i for i, c in enumerate(self.columns) if c in ints]
        self.schema = pa.schema([(c, pa.int64() if c in ints else pa.string()) for c in self.columns])
        self.name = temp_path(outdir, f"{table.name}.parquet")
        self._writer = pq.ParquetWriter(str(self.name), self.schema)
        self._rows: list[tuple] = []

    def add(self, rows: list[tuple]) -> None:
        self._rows += map(self._typed, rows)
        if len(self._rows) >= PARQUET_ROW_GROUP:
            self._flush()

    def _typed(self, row: tuple) -> tuple:
        """Whole-number cells as integers. One that does not fit Parquet's int64
        (共有99999999999999999999人) is written empty, with a line naming its
        document: int64 keeps the column's type the same for every run, which
        whoever reads the tables relies on, and the row stays, its text too."""
        typed = list(row)
        for i in self._int:
            typed[i] = None if row[i] == "" else _int64(row[i])
            if typed[i] is None and row[i] != "":
                cell = str(row[i])
                print(f"{shown(row[0])}: {self.columns[i]} {cell[:24]}{'…' * (len(cell) > 24)} in {self.table} "
                      "does not fit a Parquet integer; written empty", file=sys.stderr)
        return tuple(typed)

    def _flush(self) -> None:
        columns = list(zip(*self._rows)) if self._rows else [() for _ in self.columns]
        self._writer.write_table(self._pa.Table.from_arrays(
            [self._pa.array(col, type=f.type) for col, f in zip(columns, self.schema)], schema=self.schema))
        self._rows = []

    def close(self) -> None:
        if self._rows or not self._writer.is_open:
            self._flush()
        self._writer.close()


def _int64(cell) -> int | None:
    """A whole-number cell as an integer, or None when it does not fit 64 bits (nor int() a 5,000-digit one)."""
    text = str(cell)
    if len(text) > 20:
        return None
    n = int(text)
    return n if n in INT64 else None


SPOOLS = {"csv": _CsvSpool, "parquet": _ParquetSpool}


def parquet_missing() -> str | None:
    """Why Parquet cannot be written here, with the fix, or None."""
    try:
        import pyarrow.parquet  # noqa: F401
    except ImportError:
        return "--format parquet needs pyarrow: pip install 'extract[parquet]' (or pip install pyarrow)"
    return None


class TableWriter:
    """Collects rows per table on disk; `close()` publishes them, `abort()` leaves the folder as it was."""

    def __init__(self, outdir: Path, tables: list[Table], fmt: str = "csv"):
        if fmt not in FORMATS:
            raise ValueError(f"unknown format {fmt!r}")
        self.outdir, self.fmt = Path(outdir), fmt
        # every temporary table's name, known before it exists: a signal inside a spool's
        # constructor (its file open, the spool not yet kept) must not leave the file
        self._temps = [temp_path(self.outdir, f"{t.name}.{fmt}") for t in tables]
        prepare_outdir(self.outdir)
        self.counts = {t.name: 0 for t in tables}
        self._spool = {}
        try:
            for t in tables:
                self._spool[t.name] = SPOOLS[fmt](t, self.outdir)
        except OSError as e:  # too few file handles (ulimit -n 6): before any document is read
            self.abort()
            raise OutputError(f"{shown(str(self.outdir))}: cannot open the temporary tables ({e.strerror or e})") from None
        except BaseException:
            self.abort()
            raise

    def add(self, tables: dict[str, list[tuple]]) -> None:
        """Append one document's rows, table by table."""
        for name, rows in tables.items():
            self._spool[name].add(rows)
            self.counts[name] += len(rows)

    def close(self) -> list[Path]:
        """Publish every table: all written first, then all renamed into place."""
        try:
            for spool in self._spool.values():
                spool.close()
                os.chmod(spool.name, FILE_MODE)
            return self._swap()
        except BaseException:
            self.abort()
            raise

    def _swap(self) -> list[Path]:
        """Rename every table into place, or none: each old table is first kept
        under a temporary name (a hard link, so the table never goes missing),
        and when one rename fails (years.csv is a folder) or a signal comes
        between two, the tables already renamed get their old content back."""
        targets = [(spool.name, self.outdir / f"{name}.{self.fmt}") for name, spool in self._spool.items()]
        kept: dict[Path, Path] = {}  # table -> its old content
        done: list[Path] = []
        try:
            for _, target in targets:
                if os.path.lexists(target):
                    kept[target] = _keep(target)
            for temp, target in targets:
                os.replace(temp, target)
                done.append(target)
        except BaseException:
            for target in done:
                os.replace(kept[target], target) if target in kept else target.unlink(missing_ok=True)
            raise
        finally:
            for old in kept.values():
                old.unlink(missing_ok=True)
        return done

    def abort(self) -> None:
        for spool in self._spool.values():
            try:
                spool.close()
            except Exception:
                pass  # a full disk may refuse even the close; the file goes anyway
        for temp in self._temps:
            temp.unlink(missing_ok=True)


def _keep(table: Path) -> Path:
    """A second name for a table's present content, in its folder: a hard link,
    or a copy where the filesystem has none (a folder named years.csv is neither: OSError)."""
    old = temp_path(table.parent, f"{table.name}.old")
    old.unlink(missing_ok=True)
    try:
        os.link(table, old, follow_symlinks=False)
    except OSError:
        shutil.copyfile(table, old, follow_symlinks=False)
    return old


def describe_os_error(outdir: Path, e: OSError) -> str:
    """One line for a failure while writing the tables."""
    if e.errno == errno.ENOSPC:
        return f"{shown(str(outdir))}: no space left on the device; the tables there were left as they were"
    return f"{shown(str(outdir))}: cannot write the tables ({e.strerror or e}); they were left as they were"
