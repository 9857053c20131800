"""`extract run --engine dask`: the same per-document function over a Dask cluster.

Files go to the workers in batches; results come back as they finish and are
written in doc order, so the tables are byte-identical to a local run. Each
batch is also kept as one part, `OUTDIR/parts/<table>/part-NNNNN.csv`, which
`merge_parts` (`extract merge OUTDIR`) turns back into the final tables.

Parts and tables are written by the client, so workers need no shared
filesystem for the output; they do need this package installed and the input
paths (and `--rules`, if given) readable at the same location.
"""
from __future__ import annotations

import csv
import os
import shutil
import tempfile
import time
from pathlib import Path

from . import batch
from .output import TableWriter, csv_chunk, write_header
from .pipeline import get_engine
from .rules import TABLES


class DaskMissing(ImportError):
    """Dask is an optional dependency; str() is the one-line fix."""


def _dask():
    try:
        import distributed
    except ImportError:
        raise DaskMissing("the dask engine needs Dask: pip install 'extract[dask]' "
                          "(or pip install 'dask[distributed]')") from None
    return distributed


def run_dask(paths: list[str], outdir: str, scheduler: str | None = None, rules_dir: str | None = None,
             backend: str = "rjieba", fmt: str = "csv", batch_size: int | None = None) -> batch.Summary:
    """Like batch.run, on the cluster at `scheduler` (a 2-worker LocalCluster when None)."""
    distributed = _dask()
    started = time.perf_counter()
    files, problems = batch.collect_inputs(paths)
    get_engine(rules_dir, backend)  # fail on bad rules before anything is submitted
    parts = Path(outdir) / "parts"
    shutil.rmtree(parts, ignore_errors=True)  # stale parts of an earlier run would be merged
    cluster = None
    if scheduler is None:
        import logging
        cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                           dashboard_address=None, silence_logs=logging.ERROR)
    try:
        with distributed.Client(cluster or scheduler) as client:
            slots = sum(client.nthreads().values()) or 1
            size = batch_size or max(1, min(64, -(-len(files) // (slots * 4))))
            batches = [[str(f) for f in files[i:i + size]] for i in range(0, len(files), size)]
            futures = client.map(batch.process_files, batches, rules_dir=rules_dir, backend=backend, pure=False)
            results = _in_order(distributed.as_completed(futures, with_results=True), futures, parts)
            return batch.write_results(results, outdir, fmt, batch.Summary(problems=problems), started)
    finally:
        if cluster is not None:
            cluster.close()


def _in_order(completed, futures, parts: Path):
    """Each batch's FileResults as soon as every earlier batch is out; one part per batch."""
    index = {f.key: i for i, f in enumerate(futures)}
    waiting, next_i = {}, 0
    for future, results in completed:
        waiting[index[future.key]] = results
        future.release()
        while next_i in waiting:
            results = waiting.pop(next_i)
            _write_part(parts, next_i, [r.chunks for r in results if not r.error])
            yield from results
            next_i += 1


def _write_part(parts: Path, i: int, docs: list[dict]) -> None:
    for table in TABLES:
        folder = parts / table
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=".part-", suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as f:
            write_header(f, table)
            f.writelines(chunks[table][0] for chunks in docs)
        os.chmod(tmp, 0o644)
        os.replace(tmp, folder / f"part-{i:05d}.csv")


def merge_parts(outdir: str | Path, fmt: str = "csv") -> dict[str, int]:
    """OUTDIR/parts/<table>/part-*.csv into OUTDIR/<table>.<fmt>, sorted by doc_id, start.

    Written through TableWriter (temp file, then rename, as output.publish does), so a
    merged CSV is byte-identical to the one `extract run` writes. Returns rows per table.
    """
    parts = Path(outdir) / "parts"
    if not parts.is_dir():
        raise FileNotFoundError(f"{parts}: no parts to merge (they come from extract run --engine dask)")
    writer = TableWriter(Path(outdir), fmt)
    try:
        for table in TABLES:
            rows = []
            for part in sorted((parts / table).glob("part-*.csv")):
                with open(part, encoding="utf-8", newline="") as f:
                    rows += list(csv.reader(f))[1:]  # no header
            rows.sort(key=lambda r: (r[0], int(r[1])))  # doc_id, start
            writer.add({table: csv_chunk(rows)})
    except BaseException:
        writer.abort()
        raise
    writer.close()
    return writer.counts
