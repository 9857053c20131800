"""Many files in, tables out: input discovery, workers, progress, errors.

Files are handled in small batches by `process_files`, a pure function of
the paths and the engine configuration; the local pool and the Dask engine
both call it.
"""
from __future__ import annotations

import multiprocessing as mp
import os
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from .document import DocumentError, read_document
from .output import TableWriter, csv_chunk
from .pipeline import Engine, get_engine
from .rules import RuleTimeout


@dataclass
class FileResult:
    path: str
    doc_id: str
    chunks: dict | None = None  # table -> (CSV lines, row count), see output.csv_chunk
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


def collect_inputs(paths: list[str]) -> tuple[list[Path], list[str]]:
    """Every .txt named or inside a named folder, sorted by doc id; problems for the rest."""
    found, problems = [], []
    for p in map(Path, paths):
        if p.is_dir():
            txts = sorted(q for q in p.rglob("*.txt") if q.is_file())
            if not txts:
                problems.append(f"{p}: folder has no .txt files")
            found += txts
        elif p.is_file():
            found.append(p)
        else:
            problems.append(f"{p}: no such file or folder")
    return sorted(dict.fromkeys(found), key=lambda q: (q.stem, str(q))), problems


def process_files(paths: list[str], rules_dir: str | None = None, backend: str = "rjieba") -> list[FileResult]:
    """Each file's result, one engine lookup for all: what a worker or a cluster task runs."""
    engine = get_engine(rules_dir, backend)
    return [process_file(path, engine) for path in paths]


def process_file(path: str, engine: Engine) -> FileResult:
    result = FileResult(path=path, doc_id=Path(path).stem)
    try:
        doc = read_document(Path(path))
        result.chunks = {table: csv_chunk(rows) for table, rows in engine.rows(doc).items()}
        result.note, result.chars = doc.note, len(doc.raw)
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
    get_engine(rules_dir, backend)  # fail on bad rules before any worker starts
    workers = max(1, min(workers or os.cpu_count() or 1, len(files) or 1))
    size = max(1, min(32, len(files) // (workers * 8)))  # small enough to keep every worker busy to the end
    jobs = [([str(f) for f in files[i:i + size]], rules_dir, backend) for i in range(0, len(files), size)]
    results = _results(jobs, workers, len(files), progress and len(files) > 20)
    return write_results(results, outdir, fmt, Summary(problems=problems), started)


def write_results(results, outdir: str, fmt: str, summary: Summary, started: float) -> Summary:
    """Stream FileResults, in the order given, into the tables; bad files become problems."""
    writer = TableWriter(Path(outdir), fmt)
    try:
        for res in results:
            if res.error:
                summary.problems.append(f"{res.path}: {res.error}")
                continue
            if res.note:
                print(f"{res.path}: {res.note}", file=sys.stderr)
            writer.add(res.chunks)
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
