"""`extract run --engine dask`: the same per-document function over a Dask cluster.

Files go to the workers in batches; results come back as they finish and are
written in doc order, so the tables are byte-identical to a local run. Each
batch is also kept as one part, `OUTDIR/parts/<table>/part-NNNNN.csv`, which
`merge_parts` (`extract merge OUTDIR`) turns back into the final tables.

Parts and tables are written by the client, so workers need no shared
filesystem for the output; they do need this package installed and the input
paths (and `--rules`, if given) readable at the same location. A run's parts
are written beside the old ones and take their place only when its tables
do: a run that wrote no tables leaves the old parts as they were.
"""
from __future__ import annotations

import csv
import os
import re
import shutil
from functools import partial
from pathlib import Path

from . import run as local
from .engine import get_engine
from .inputs import RecordFields
from .load import shown
from .registry import Table, tables as registered_tables
from .write import FILE_MODE, STALE, OutputError, TableWriter, temp_path, write_header

PARTS_MARK = ".extract-parts"  # a parts folder extract made: only such a folder's part files are ever removed
PART_NAME = re.compile(r"part-\d{5}\.csv")
PART_SIZE = 64  # documents per part


class DaskMissing(ImportError):
    """Dask is an optional dependency; str() is the one-line fix."""


class SchedulerError(Exception):
    """The scheduler cannot be reached; str() is the one-line reason."""


def _dask():
    try:
        import distributed
    except ImportError:
        raise DaskMissing("the dask engine needs Dask: pip install 'extract[dask]' "
                          "(or pip install 'dask[distributed]')") from None
    return distributed


def run_dask(paths: list[str], outdir: str, scheduler: str | None = None, rules_dir: str | None = None,
             backend: str = "rjieba", fmt: str = "csv", batch_size: int | None = None, date: str = "",
             incremental: bool = False, fields: RecordFields = RecordFields()) -> local.Summary:
    """Like run.run, on the cluster at `scheduler` (a 2-worker LocalCluster when None)."""
    distributed = _dask()
    tables = get_engine(rules_dir, backend).tables  # fail on bad rules before anything is submitted
    local.check_output(outdir, fmt)
    parts, staged = Path(outdir) / "parts", temp_path(Path(outdir), "parts")
    check_parts(parts)
    cluster = None
    if scheduler is None:
        import logging
        cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                           dashboard_address=None, silence_logs=logging.ERROR)
    try:
        with _client(distributed, cluster or scheduler) as client:
            slots = sum(client.nthreads().values()) or 1
            summary = local.run(paths, outdir, rules_dir=rules_dir, backend=backend, fmt=fmt, progress=False,
                                date=date, incremental=incremental, fields=fields,
                                runner=partial(_on_cluster, client, 2 * slots),
                                around=partial(_parted, staged, tables, batch_size or PART_SIZE))
        if summary.written:
            _replace_parts(staged, parts)
        return summary
    finally:
        shutil.rmtree(staged, ignore_errors=True)
        if cluster is not None:
            cluster.close()


def _on_cluster(client, window: int, jobs):
    """Each job's results from the cluster, in job order, with at most `window` jobs submitted
    and not yet taken: the inputs are read only as fast as the cluster processes them."""
    for future in local.windowed(lambda job: client.submit(local.process_files, *job, pure=False), jobs, window):
        yield _taken(future)


def _taken(future):
    """A task's results; a task the cluster lost (its workers killed, the scheduler gone) is WorkerDied, one line."""
    from concurrent.futures import CancelledError

    from distributed import KilledWorker
    try:
        results = future.result()
    except (KilledWorker, CancelledError) as e:
        raise local.WorkerDied(f"a Dask task was lost ({type(e).__name__}: {e})") from None
    future.release()
    return results


def _client(distributed, address):
    """A client of the cluster; SchedulerError for an address that is none ('not a url') or does not answer."""
    try:
        return distributed.Client(address)
    except (OSError, ValueError, TypeError) as e:
        raise SchedulerError(f"{shown(str(address))}: cannot reach the Dask scheduler ({e})") from None


def check_parts(parts: Path) -> None:
    """An earlier run's parts folder holds nothing extract did not write (OutputError
    otherwise, before anything runs): it is only ever replaced, and so removed, whole."""
    if not parts.exists():
        return
    ours = {parts / PARTS_MARK, *(p for p in parts.glob("*/*") if PART_NAME.fullmatch(p.name) or STALE.match(p.name))}
    others = [p for p in parts.rglob("*") if not p.is_dir() and p not in ours]
    if not (parts / PARTS_MARK).exists() or others:
        example = f" (such as {shown(str(others[0].relative_to(parts)))})" if others else ""
        raise OutputError(f"{shown(str(parts))}: holds files extract did not write{example}; "
                          "move them or choose another -o")


def _replace_parts(staged: Path, parts: Path) -> None:
    """The run's parts in place of the earlier run's (stale parts would be merged with them)."""
    if parts.exists():
        check_parts(parts)  # again, just before removing it
        shutil.rmtree(parts)
    os.replace(staged, parts)


def _parted(parts: Path, tables: list[Table], size: int, results):
    """The results on their way to the tables, `size` documents to a part, each written
    when it is full (after the run's passes: a part holds the rows the tables get)."""
    batch, i = [], 0
    for r in results:
        if not r.error:
            batch.append(r.tables)
        yield r
        if len(batch) == size:
            _write_part(parts, i, batch, tables)
            batch, i = [], i + 1
    if batch:
        _write_part(parts, i, batch, tables)


def _write_part(parts: Path, i: int, docs: list[dict], tables: list[Table]) -> None:
    parts.mkdir(parents=True, exist_ok=True)
    (parts / PARTS_MARK).touch()
    for table in tables:
        folder = parts / table.name
        folder.mkdir(exist_ok=True)
        tmp = temp_path(folder, f"part-{i:05d}")
        with open(tmp, "w", encoding="utf-8", newline="") as f:
            write_header(f, table)
            csv.writer(f, lineterminator="\n").writerows(row for doc in docs for row in doc[table.name])
        os.chmod(tmp, FILE_MODE)
        os.replace(tmp, folder / f"part-{i:05d}.csv")


def _read_part(path: Path, table: Table) -> list[tuple]:
    """A part's rows, typed as the writer received them (offsets as integers), checked
    against the header; ValueError naming the file (and line) for a part extract did not write."""
    try:
        with open(path, encoding="utf-8", newline="") as f:
            reader = csv.reader(f, strict=True)
            header = tuple(next(reader, ()))
            if header != table.row_columns:
                raise ValueError(f"{shown(str(path))}: columns {', '.join(header)} are not those of table {table.name}")
            ints = [header.index(c) for c in ("start", "end") if c in header]
            rows = []
            for row in reader:
                if len(row) != len(header) or not all(row[k].isdecimal() for k in ints):
                    raise ValueError(f"{shown(str(path))}:{reader.line_num}: not a row of table {table.name}")
                for k in ints:
                    row[k] = int(row[k])
                rows.append(tuple(row))
            return rows
    except (csv.Error, UnicodeDecodeError) as e:
        raise ValueError(f"{shown(str(path))}: not a part extract wrote ({e})") from None


def merge_parts(outdir: str | Path, fmt: str = "csv") -> dict[str, int]:
    """OUTDIR/parts/<table>/part-*.csv into OUTDIR/<table>.<fmt>, part after part.

    The parts hold the run's documents in the run's order (files by doc_id, then
    JSON Lines records and archive members as they come), so the merged tables,
    written through TableWriter (temp file, then rename), are byte-identical to
    the ones `extract run` writes. Returns rows per table.
    """
    parts = Path(outdir) / "parts"
    if not parts.is_dir():
        raise FileNotFoundError(f"{parts}: no parts to merge (they come from extract run --engine dask)")
    tables = [t for t in registered_tables() if (parts / t.name).is_dir()]
    writer = TableWriter(Path(outdir), tables, fmt)
    try:
        for table in tables:
            for part in sorted((parts / table.name).glob("part-*.csv"), key=lambda p: int(p.stem[5:])):
                writer.add({table.name: _read_part(part, table)})
    except BaseException:
        writer.abort()
        raise
    writer.close()
    return writer.counts
