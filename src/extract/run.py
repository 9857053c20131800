"""Many documents in, tables out: workers, progress, errors, the summary line.

Files are handled in small batches by `process_files`, a pure function of
the paths and the engine configuration; the local pool and the Dask engine
both call it, and both stream its results, in doc order, into the writer.
"""
from __future__ import annotations

import multiprocessing as mp
import os
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from .engine import Engine, get_engine
from .load import DocumentError, collect_inputs, read_document
from .match import RuleTimeout
from .write import TableWriter


@dataclass
class DocResult:
    """What a worker sends back for one input: its rows, or why it has none."""
    path: str
    doc_id: str
    tables: dict[str, list[tuple]] | None = None  # table -> rows (Doc.rows)
    error: str = ""
    note: str = ""
    chars: int = 0


@dataclass
class Summary:
    documents: int = 0
    chars: int = 0
    seconds: float = 0.0
    counts: dict = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)

    def line(self) -> str:
        rows = ", ".join(f"{n} {t}" for t, n in self.counts.items())
        failed = f", {len(self.problems)} problem(s)" if self.problems else ""
        return f"{self.documents} documents, {self.chars:,} characters: {rows} in {self.seconds:.1f} s{failed}"


def process_files(paths: list[str], rules_dir: str | None = None, backend: str = "rjieba") -> list[DocResult]:
    """Each file's result, one engine lookup for all: what a worker or a cluster task runs."""
    engine = get_engine(rules_dir, backend)
    return [process_file(path, engine) for path in paths]


def process_file(path: str, engine: Engine) -> DocResult:
    result = DocResult(path=path, doc_id=Path(path).stem)
    try:
        document = read_document(Path(path))
        result.tables = engine(document).tables()
        result.note, result.chars = document.note, len(document.raw)
    except (DocumentError, RuleTimeout) as e:
        result.error = str(e)
    except Exception as e:  # a bug on one odd document must not cost the other documents
        result.error = f"internal error, please report it ({type(e).__name__}: {e})"
    return result


def _work(args):
    return process_files(*args)


def run(paths: list[str], outdir: str, *, workers: int | None = None, rules_dir: str | None = None,
        backend: str = "rjieba", fmt: str = "csv", progress: bool = True) -> Summary:
    started = time.perf_counter()
    files, problems = collect_inputs(paths)
    engine = get_engine(rules_dir, backend)  # fail on bad rules before any worker starts
    workers = max(1, min(workers or os.cpu_count() or 1, len(files) or 1))
    size = max(1, min(32, len(files) // (workers * 8)))  # small enough to keep every worker busy to the end
    jobs = [([str(f) for f in files[i:i + size]], rules_dir, backend) for i in range(0, len(files), size)]
    results = _results(jobs, workers, len(files), progress and len(files) > 20)
    return write_results(results, outdir, fmt, engine.tables, Summary(problems=problems), started)


def write_results(results, outdir: str, fmt: str, tables, summary: Summary, started: float) -> Summary:
    """Stream DocResults, in the order given, into the tables; bad files become problems."""
    writer = TableWriter(Path(outdir), tables, fmt)
    try:
        for res in results:
            if res.error:
                summary.problems.append(f"{res.path}: {res.error}")
                continue
            if res.note:
                print(f"{res.path}: {res.note}", file=sys.stderr)
            writer.add(res.tables)
            summary.documents += 1
            summary.chars += res.chars
    except BaseException:
        writer.abort()
        raise
    writer.close()
    summary.counts = writer.counts
    summary.seconds = time.perf_counter() - started
    return summary


def _results(jobs, workers, total, progress):
    if progress:
        from tqdm import tqdm  # 50 ms of imports a quiet run does without
        bar = tqdm(total=total, unit="doc", file=sys.stderr)
    else:
        bar = _NoBar()
    if workers == 1:
        stream = map(_work, jobs)
    else:
        pool = mp.get_context("fork" if sys.platform != "win32" else "spawn").Pool(workers)
        stream = pool.imap(_work, jobs)
    try:
        for batch in stream:
            bar.update(len(batch))
            yield from batch
    finally:
        bar.close()
        if workers > 1:
            pool.terminate()


class _NoBar:
    def update(self, n: int) -> None:
        pass

    def close(self) -> None:
        pass
