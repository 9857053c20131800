"""Many documents in, tables out: workers, progress, errors, the summary line.

Files are handled in small batches by `process_files`, a pure function of
the paths and the engine configuration; the local pool and the Dask engine
both call it, and both stream its results, in doc order, into the writer.
"""
from __future__ import annotations

import hashlib
import os
import signal
import sys
import threading
import time
from collections import deque
from dataclasses import dataclass, field, replace
from functools import partial
from itertools import chain, islice
from pathlib import Path
from typing import Iterable, Iterator

from . import registry
from .engine import Engine, RuleFailed, get_engine
from .inputs import RecordFields, is_stream, stream_sources
from .load import DocumentError, Source, collect_inputs, read_document, read_file, shown
from .match import RuleTimeout
from .write import OutputError, TableWriter, describe_os_error, parquet_missing, prepare_outdir


@dataclass
class DocResult:
    """What a worker sends back for one input: its rows, or why it has none."""
    path: str  # as messages show it
    doc_id: str
    tables: dict[str, list[tuple]] | None = None  # table -> rows (Doc.rows)
    values: dict[str, list] | None = None  # table -> typed values, for the tables a run passes across (documents)
    error: str = ""
    note: str = ""
    chars: int = 0
    text: str | None = None  # the raw text, when the output shows it (the report)
    sentences: list[tuple[int, int]] | None = None  # with the text: its sentences (SPEC.md's), in raw offsets


@dataclass
class Summary:
    outdir: str = ""
    documents: int = 0
    chars: int = 0
    seconds: float = 0.0
    counts: dict = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)
    found: list[str] = field(default_factory=list)  # what the passes across the run found (duplicates)
    written: bool = False  # False: nothing was processed, or writing failed; the folder was left as it was
    made: str = "tables"  # what the run writes, as the summary line names it (the report: site)
    reused: int = 0  # documents unchanged since an --incremental run: their stored results were written

    def line(self) -> str:
        if not self.written:
            return f"nothing written: {shown(self.outdir)} was left as it was ({len(self.problems)} problem(s))"
        rows = ", ".join(f"{n} {t}" for t, n in self.counts.items())
        found = "".join(f", {x}" for x in self.found)
        failed = f", {len(self.problems)} problem(s)" if self.problems else ""
        found += f", {self.reused} unchanged (stored results reused)" if self.reused else ""
        return (f"{self.documents} documents, {self.chars:,} characters: {rows}{found} in {self.seconds:.1f} s"
                f"{failed}; {self.made} in {shown(self.outdir)}")


def process_files(sources: list[Source], rules_dir: str | None = None, backend: str = "rjieba",
                  date: str = "", keep_text: bool = False) -> list[DocResult]:
    """Each input's result, one engine lookup for all: what a worker or a cluster task runs."""
    engine = get_engine(rules_dir, backend)
    results = [process_file(source, engine, date, keep_text) for source in sources]
    engine.rules.patterns.save()  # what the documents built on first use (the headcount nouns' patterns)
    return results


def process_file(source: Source, engine: Engine, date: str = "", keep_text: bool = False) -> DocResult:
    result = DocResult(path=source.shown, doc_id=source.doc_id)
    try:
        document = read_document(source, date)
        doc = engine(document)
        result.tables = doc.tables()
        result.values = {t.name: [m.value for m in doc.mentions[t.name]] for t in engine.tables if t.across}
        result.note, result.chars = document.note, len(document.raw)
        if keep_text:
            result.text, result.sentences = document.raw, document.raw_sentences()
    except Exception as e:  # a bug on one odd document must not cost the other documents
        result.error = why_failed(e)
    return result


def why_failed(e: Exception) -> str:
    """A document's failure as one line: what a bad input or a rule says, else a bug to report."""
    if isinstance(e, (DocumentError, RuleTimeout, RuleFailed)):
        return str(e)
    return f"internal error, please report it ({type(e).__name__}: {e})"


def _work(args):
    return process_files(*args)


def check_output(outdir: str, fmt: str) -> None:
    """Before any document is read: the format can be written and the folder takes files (OutputError)."""
    if fmt == "parquet" and (why := parquet_missing()):
        raise OutputError(why)
    prepare_outdir(Path(outdir))


def run(paths: list[str], outdir: str, *, workers: int | None = None, rules_dir: str | None = None,
        backend: str = "rjieba", fmt: str = "csv", progress: bool = True, date: str = "",
        incremental: bool = False, fields: RecordFields = RecordFields(), runner=None, around=None) -> Summary:
    """Every table of every input into OUTDIR. `runner` runs batches elsewhere (the Dask
    engine: jobs -> their results, in order); `around` sees the results on their way to the
    tables, after the passes across documents (the Dask engine's parts)."""
    started = time.perf_counter()
    engine = get_engine(rules_dir, backend)  # fail on bad rules before any worker starts
    check_output(outdir, fmt)
    state = open_state(Path(outdir), rules_dir, backend, date) if incremental else None
    summary, passes = Summary(outdir=outdir), Passes(engine.tables)
    try:
        results, summary.problems = stream(paths, workers=workers, rules_dir=rules_dir, backend=backend,
                                           progress=progress, date=date, state=state, fields=fields, runner=runner)
        results = passes.through(results)
        sink = Tables(Path(outdir), engine.tables, fmt)
        try:  # from the moment the temporary tables exist: a signal before write_results' own guard
            write_results(around(results) if around else results, sink, summary, started, passes)
        except BaseException:
            sink.abort()  # (twice is harmless)
            raise
    finally:
        if state is not None:
            summary.reused = state.reused
            state.close(finished=summary.written)
    return summary


def open_state(outdir: Path, rules_dir: str | None, backend: str, date: str):
    """The stored results of earlier --incremental runs into this folder, for this program, these
    rules and options, and the libraries whose data or matching shape the rows (jieba's dictionary)."""
    from importlib.metadata import version

    from .state import State, code_digest, rules_digest
    libraries = {name: version(name) for name in (backend, "regex", "ahocorasick-rs")}
    return State(outdir, {"program": code_digest(), "rules": rules_digest(rules_dir), "backend": backend,
                          "date": date, "libraries": repr(sorted(libraries.items()))})


def sources_of(paths: list[str], fields: RecordFields = RecordFields()) -> tuple[Iterable[Source], int | None, list]:
    """The inputs in order: .txt files and folders (sorted by doc_id), then the streamed ones
    (JSON Lines, archives, stdin) in argument order, read as they are processed; their count
    when it is known without reading them; and the problems found listing them."""
    streamed = [p for p in paths if is_stream(p)]
    files, problems = collect_inputs([p for p in paths if not is_stream(p)])
    if not streamed:
        return files, len(files), problems
    return chain(files, stream_sources(streamed, fields, {f.doc_id for f in files})), None, problems


def stream(paths: list[str], *, workers: int | None = None, rules_dir: str | None = None, backend: str = "rjieba",
           progress: bool = True, date: str = "", keep_text: bool = False, state=None,
           fields: RecordFields = RecordFields(), runner=None):
    """Every input's DocResult, in input order, from a pool of workers or the runner (only for
    the inputs the state holds no result of, when given one); and the problems found listing inputs."""
    sources, total, problems = sources_of(paths, fields)
    n = max(1, workers or os.cpu_count() or 1)
    if total is not None:  # no more workers than documents; a streamed input's count is not known
        n = min(n, max(1, total))

    # batches small enough to keep every worker busy to the end; 16 when the count is not known
    size = max(1, min(32, total // (n * 8))) if total is not None else 16

    def compute(todo: Iterable[Source], count: int | None):
        jobs = ((batch, rules_dir, backend, date, keep_text) for batch in batched(todo, size))
        return _results(jobs, runner or partial(_local, workers=n), count, progress and (count is None or count > 20))

    return (compute(sources, total) if state is None else _reusing(sources, state, compute)), problems


def _reusing(sources: Iterable[Source], state, compute):
    """Stored results where the document is unchanged, new ones for the rest (stored as they
    come), in input order, from one run of `compute` (one pool) over the documents to do.
    Inputs are looked up as the workers ask for more; an unchanged one waits in the queue as
    its doc_id and digest only, and its result is read when its turn comes."""
    queue: deque = deque()  # in input order: (doc_id, digest) of a stored result, (None, digest) of one to compute

    def to_do():
        for source in sources:
            digest, source = _digest(source)
            stored = state.has(source, digest)
            queue.append((source.doc_id if stored else None, digest))
            if not stored:
                yield source

    computed, ready = compute(to_do(), None), deque()
    while True:
        while (not queue or queue[0][0] is None) and not ready:  # the head's result is not here yet
            result = next(computed, None)
            if result is None:  # every input read and done
                break
            ready.append(result)
        if not queue:
            return
        doc_id, digest = queue.popleft()
        if doc_id is None:
            result = ready.popleft()
            state.store(digest, result)
        else:
            result = state.load(doc_id, digest)
        yield result


def batched(items: Iterable, size: int):
    """Lists of up to `size` items, in order (itertools.batched from Python 3.12 on)."""
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


def _digest(source: Source) -> tuple[str | None, Source]:
    """A digest of what the document's rows are made from: where it is read (documents.csv
    names it), the date given with it, and its text or bytes (None: unreadable, which the worker
    reports); and the source holding the bytes read, so that the worker makes its rows from
    the very bytes the digest was made of, not from a second read of a file that may have changed."""
    if source.problem:
        return None, source
    if source.data is None:
        try:
            source = replace(source, data=read_file(source.path))
        except DocumentError:
            return None, source
    data = source.data.encode("utf-8") if isinstance(source.data, str) else source.data
    return hashlib.sha1(f"{source.shown}\0{source.date}\0".encode() + data).hexdigest(), source


class Tables:
    """The sink `extract run` writes into: each result's rows into the tables, CSV or Parquet."""

    def __init__(self, outdir: Path, tables, fmt: str):
        self.writer = TableWriter(outdir, tables, fmt)

    def add(self, res: DocResult) -> None:
        self.writer.add(res.tables)

    def close(self) -> dict[str, int]:
        self.writer.close()
        return self.writer.counts

    def abort(self) -> None:
        self.writer.abort()


class Passes:
    """The passes a run makes across documents, in doc order (a document
    repeating an earlier one): each result goes through them once."""

    def __init__(self, tables):
        self._passes = [(t, registry.ACROSS[t.across]()) for t in tables if t.across]

    def through(self, results: Iterable[DocResult]) -> Iterator[DocResult]:
        """The results, each document's rows of these tables made as they come (a failed one has none)."""
        for res in results:
            for table, across in self._passes if not res.error else ():
                values = res.values.pop(table.name, None)
                if values is not None:
                    res.tables[table.name] = [(res.doc_id, *table.cells(across(res.doc_id, v))) for v in values]
            yield res

    def summaries(self) -> list[str]:
        return [across.summary() for _, across in self._passes]


class Interrupted(BaseException):
    """A stop signal (SIGTERM, Ctrl-C), raised where the run is, so that it cleans up."""


# Set by the stop signals' handler (cli). Python prints and drops an exception raised inside a
# finalizer, and the handler may run inside one (regex's parser objects have __del__, and the
# garbage collector runs them at any moment): the tables' writer raises it again at the next document,
# and before it publishes anything.
STOP = threading.Event()


def write_results(results, sink, summary: Summary, started: float, passes: Passes) -> Summary:
    """Stream DocResults, in the order given (already through the run's passes, whose findings
    it reports), into a sink (the tables, the report); bad inputs become problems. Nothing is
    published when no document was processed or writing failed."""
    try:
        for res in results:
            _stop_if_asked()
            if res.error:
                summary.problems.append(f"{res.path}: {res.error}")
                continue
            if res.note:
                print(f"{res.path}: {res.note}", file=sys.stderr)
            sink.add(res)
            summary.documents += 1
            summary.chars += res.chars
        if not summary.documents:
            sink.abort()
            return summary
        _stop_if_asked()
        counts = sink.close()
    except OSError as e:
        sink.abort()
        summary.problems.append(describe_os_error(Path(summary.outdir), e))
        return summary
    except BaseException:
        sink.abort()
        raise
    summary.written = True
    summary.counts = counts
    summary.found = passes.summaries()
    summary.seconds = time.perf_counter() - started
    return summary


def _stop_if_asked() -> None:
    if STOP.is_set():
        raise Interrupted


def _results(jobs, runner, total, progress):
    """Each job's results in job order, from the runner (this process, a pool, a cluster)."""
    if progress:
        from tqdm import tqdm  # 50 ms of imports a quiet run does without
        bar = tqdm(total=total, unit="doc", file=sys.stderr)
    else:
        bar = _NoBar()
    try:
        for batch in runner(jobs):
            bar.update(len(batch))
            yield from batch
    finally:
        bar.close()


def _local(jobs, workers: int):
    """Batches run in this process for one worker, else in a pool of processes."""
    return map(_work, jobs) if workers == 1 else _pooled(jobs, workers)


class WorkerDied(Exception):
    """A worker process ended without a result (killed, out of memory): the run cannot be trusted."""


def _pooled(jobs, workers: int):
    """The jobs' results in order from a process pool, with at most two jobs per worker in flight:
    inputs are read only as fast as they are processed, so a 2 GB JSON Lines file streams
    through in bounded memory (Pool.imap would queue every job at once)."""
    import multiprocessing as mp  # here, not at the top: 20 ms of start-up a one-worker run does not need
    from concurrent.futures import ProcessPoolExecutor
    context = mp.get_context("fork" if sys.platform != "win32" else "spawn")
    pool = ProcessPoolExecutor(workers, mp_context=context, initializer=_worker_init)
    finished = False
    try:
        for future in windowed(lambda job: pool.submit(_work, job), jobs, 2 * workers):
            yield _result_of(future)
        finished = True
    finally:
        if not finished:  # interrupted, or a worker died: stop the others now, not after their jobs
            for process in list(getattr(pool, "_processes", {}).values()):
                process.terminate()
        # then wait for the pool's own thread, which ends as soon as it sees them gone: left running,
        # it races Python's exit hook, which printed "OSError: Bad file descriptor" after a SIGTERM
        pool.shutdown(wait=True, cancel_futures=True)


def windowed(submit, jobs, window: int):
    """The jobs' futures in job order, each when its turn comes, with at most `window` jobs
    submitted ahead: the inputs are read only as fast as they are processed (a pool's map
    would submit them all). Those not yet taken when the caller stops are cancelled."""
    pending: deque = deque()
    try:
        for job in jobs:
            pending.append(submit(job))
            if len(pending) >= window:
                yield pending.popleft()
        while pending:
            yield pending.popleft()
    finally:
        for future in pending:
            future.cancel()


def _result_of(future):
    from concurrent.futures.process import BrokenProcessPool
    try:
        return future.result()
    except BrokenProcessPool:
        raise WorkerDied("a worker process ended without its results (killed, or out of memory?)") from None


def _worker_init() -> None:
    """Workers leave Ctrl-C to the parent, which stops them and cleans up; SIGTERM (the parent's,
    or `timeout`'s to the whole group) ends a worker at once, and the parent sees it end."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


class _NoBar:
    def update(self, n: int) -> None:
        pass

    def close(self) -> None:
        pass
