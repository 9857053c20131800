"""Command line: run, report, merge, eval, rules check, explain."""
from __future__ import annotations

import json
import signal
import sys
from pathlib import Path
from typing import NoReturn

import click

from .rules import RuleError


class TableName(click.ParamType):
    """A registered table's name, checked when used: plugin tables register after this module is imported."""
    name = "TABLE"

    def convert(self, value, param, ctx):
        from .registry import tables
        names = [t.name for t in tables()]
        if value not in names:
            self.fail(f"{value!r} is not a table (choose from {', '.join(names)})", param, ctx)
        return value


RULES_OPTION = click.option("--rules", "rules_dir", type=click.Path(file_okay=False), default=None,
                            help="Use this rules folder instead of the installed rules/.")


def _fail_on_rules(e: RuleError) -> None:
    for p in e.problems:
        click.echo(p, err=True)
    click.echo(f"{len(e.problems)} problem(s) in the rule files; nothing was run.", err=True)
    sys.exit(2)


STOP_SIGNALS = (signal.SIGTERM, signal.SIGINT)


def _in_finalizer(frame) -> bool:
    """Whether a signal came while a __del__ ran (regex's parser objects have one, run by the garbage collector)."""
    while frame is not None:
        if frame.f_code.co_name == "__del__":
            return True
        frame = frame.f_back
    return False


def _date(value: str) -> str:
    from .inputs import iso_date
    try:
        return iso_date(value) if value else ""
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date YYYY-MM-DD") from None


@click.group()
@click.version_option(package_name="extract", prog_name="extract", message="%(prog)s %(version)s")  # read when asked
def main():
    """Extract places, money, headcounts and years from Chinese articles into tables."""


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("-o", "--out", "outdir", required=True, help="Folder for the tables (made if missing).")
@click.option("--workers", type=int, default=None, help="Parallel processes (default: all cores).")
@click.option("--format", "fmt", type=click.Choice(["csv", "parquet"]), default="csv", show_default=True)
@click.option("--backend", type=click.Choice(["rjieba", "jieba"]), default="rjieba", show_default=True,
              help="jieba implementation: jieba-rs (fast) or the reference Python jieba.")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True)
@click.option("--scheduler", default=None, help="Dask scheduler address, with --engine dask.")
@click.option("--quiet", is_flag=True, help="No progress bar.")
@click.option("--date", default="", callback=lambda ctx, param, value: _date(value),
              help="Publication date YYYY-MM-DD for documents that state none (今年, 去年 are read against it).")
@click.option("--incremental", is_flag=True,
              help="Reprocess only documents that are new or changed since the last --incremental run into OUT.")
@click.option("--id-field", default="id", show_default=True, help="JSON Lines: the field holding a record's doc_id.")
@click.option("--text-field", default="text", show_default=True, help="JSON Lines: the field holding its text.")
@RULES_OPTION
def run(paths, outdir, workers, fmt, backend, engine, scheduler, quiet, date, incremental, id_field, text_field,
        rules_dir):
    """Extract every table from PATHS into OUT: .txt files and folders of them, JSON Lines
    (.jsonl), .zip and .tar.gz archives of .txt files, and - for one article on standard input."""
    from . import run as local
    from .inputs import RecordFields
    fields = RecordFields(id_field, text_field)

    def work():
        if engine == "dask":
            from .distributed import DaskMissing, SchedulerError, run_dask
            try:
                return run_dask(list(paths), outdir, scheduler=scheduler, rules_dir=rules_dir, backend=backend,
                                fmt=fmt, date=date, incremental=incremental, fields=fields)
            except (DaskMissing, SchedulerError) as e:
                raise click.ClickException(str(e)) from None
        return local.run(list(paths), outdir, workers=workers, rules_dir=rules_dir, backend=backend, fmt=fmt,
                         progress=not quiet, date=date, incremental=incremental, fields=fields)

    _finish(_guarded(outdir, work, "the tables in {} were left as they were"))


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("-o", "--out", "outdir", required=True, help="Folder for the site (made if missing): open its index.html.")
@click.option("--gold", "gold_dir", type=click.Path(file_okay=False), default=None,
              help="Gold tables: mark misses, false alarms and wrong values, and score each article.")
@click.option("--workers", type=int, default=None, help="Parallel processes (default: all cores).")
@click.option("--quiet", is_flag=True, help="No progress bar.")
@click.option("--date", default="", callback=lambda ctx, param, value: _date(value),
              help="Publication date YYYY-MM-DD for documents that state none.")
@RULES_OPTION
def report(paths, outdir, gold_dir, workers, quiet, date, rules_dir):
    """A static site to review PATHS in a browser: every mention highlighted in its article, plots, pairings."""
    from .evaluate import EvalError
    from .report import build
    try:
        summary = _guarded(outdir, lambda: build(list(paths), outdir, gold_dir=gold_dir, rules_dir=rules_dir,
                                                 workers=workers, progress=not quiet, date=date),
                           "the site in {} was left as it was")
    except EvalError as e:
        click.echo(f"{e}; nothing was run.", err=True)
        sys.exit(2)
    _finish(summary)


def _guarded(outdir: str, work, left: str):
    """Run the work, turning bad rules, an unusable output folder and an interruption into one line each."""
    from .load import shown
    from .run import STOP, Interrupted, WorkerDied
    from .write import OutputError

    def stop(signum, frame):  # SIGTERM as Ctrl-C: the run cleans up and says so
        for sig in STOP_SIGNALS:
            signal.signal(sig, signal.SIG_IGN)  # once is enough: a second must not cut the cleanup short
        STOP.set()
        if not _in_finalizer(frame):  # there Python would print the exception and drop it: the next batch raises
            raise Interrupted

    STOP.clear()
    previous = {sig: signal.signal(sig, stop) for sig in STOP_SIGNALS}
    try:
        if not outdir:  # Path("") is the current folder: an unset "$OUT" would write the tables there
            raise OutputError(f"{shown(outdir)}: empty path, not an output folder")
        return work()
    except RuleError as e:
        _fail_on_rules(e)
    except OutputError as e:
        click.echo(f"{e}; nothing was run.", err=True)
        sys.exit(2)
    except (KeyboardInterrupt, Interrupted):
        click.echo(f"interrupted: {left.format(shown(outdir))}", err=True)
        sys.exit(130)
    except WorkerDied as e:
        click.echo(f"{e}: {left.format(shown(outdir))}", err=True)
        sys.exit(1)
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def _finish(summary) -> None:
    for p in summary.problems:
        click.echo(p, err=True)
    click.echo(summary.line(), err=True)
    sys.exit(1 if summary.problems or not summary.written else 0)


@main.command()
@click.argument("outdir", type=click.Path(exists=True, file_okay=False))
@click.option("--format", "fmt", type=click.Choice(["csv", "parquet"]), default="csv", show_default=True)
def merge(outdir, fmt):
    """Merge OUTDIR/parts/<table>/part-*.csv (from --engine dask) into OUTDIR's tables."""
    from .distributed import merge_parts
    from .write import OutputError
    try:
        counts = merge_parts(outdir, fmt)
    except (OSError, ValueError, OutputError) as e:  # ValueError: a part extract did not write, named
        raise click.ClickException(str(e)) from None
    click.echo(", ".join(f"{n} {t}" for t, n in counts.items()), err=True)


@main.command("eval")
@click.argument("gold_dir", type=click.Path(exists=True, file_okay=False))
@click.argument("pred_dir", type=click.Path(exists=True, file_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.option("--show", type=TableName(), default=None,
              help="List every miss, false alarm and disagreement of one table.")
@click.option("--corpus", type=click.Path(file_okay=False), default="corpus", show_default=True,
              help="Where the articles are, for context in --show.")
def eval_(gold_dir, pred_dir, as_json, show, corpus):
    """Score predicted tables in PRED_DIR against gold tables in GOLD_DIR (SPEC.md scoring)."""
    from .evaluate import EvalError, evaluate, format_problems, format_scores
    try:
        result = evaluate(gold_dir, pred_dir)
    except EvalError as e:
        click.echo(f"{e}; nothing was scored.", err=True)
        sys.exit(2)
    for note in result.notes:
        click.echo(note, err=True)
    scores = result.scores
    if as_json:
        click.echo(json.dumps({t: s.as_dict() for t, s in scores.items()}, ensure_ascii=False, indent=2))
    else:
        click.echo(format_scores(scores))
    if show and show in scores:
        click.echo("")
        click.echo(format_problems(scores[show], Path(corpus)))


@main.group()
def rules():
    """Rule files: check them."""


@rules.command("check")
@click.argument("directory", required=False, type=click.Path(file_okay=False))
def rules_check(directory):
    """Validate rule files, run every rule's examples, try pathological inputs."""
    from .checks import check_backtracking, check_examples
    from .engine import Engine
    try:
        engine = Engine(directory)
    except RuleError as e:
        _fail_on_rules(e)
    problems = check_examples(engine) + check_backtracking(engine)
    for p in problems:
        click.echo(p)
    n_rules = len(engine.rules.all_rules())
    n_examples = sum(len(r.examples) for r in engine.rules.all_rules())
    click.echo(f"{n_rules} rules, {n_examples} examples: {len(problems)} problem(s)")
    sys.exit(1 if problems else 0)


def _argument_document(text: str):
    """TEXT as a document. An argument that is not UTF-8 reaches Python with
    its bytes as surrogates ($'\\xff上海'), which no text tool takes: its bytes
    are read as a file's are (GBK decoded and said so, others refused)."""
    import os
    from .document import Document
    from .load import decode, encodable
    if not encodable(text):
        text, note = decode(os.fsencode(text))
        click.echo(f"TEXT: {note}", err=True)
    return Document("text", text)


@main.command()
@click.argument("text", required=False)
@click.option("--file", "path", type=click.Path(exists=True, dir_okay=False), help="Explain a whole file.")
@RULES_OPTION
def explain(text, path, rules_dir):
    """Show every mention found in TEXT, its normalized columns and the rule that fired."""
    from .checks import describe
    from .engine import get_engine
    from .load import read_document, shown
    from .run import why_failed
    if text is not None and path is not None:
        raise click.UsageError("give a TEXT or --file PATH, not both")
    if text is None and path is None:
        raise click.UsageError("give a TEXT to explain (extract explain \"文本\") or --file PATH")
    try:
        engine = get_engine(rules_dir)
    except RuleError as e:
        _fail_on_rules(e)
    name = shown(path) if path else "TEXT"
    try:
        doc = engine(read_document(Path(path)) if path else _argument_document(text))
        records = [(table, r) for table in doc.mentions for r in doc.records(table)]
    except Exception as e:  # one line, as `run` makes it: a bad file, a rule that fails, a bug (a 4,301-digit count)
        _fail_on_document(name, why_failed(e))
    mentions = 0
    for table, r in records:
        if "start" not in r:  # a document-level row: shown when the document says something about itself
            said = {k: v for k, v in r.items() if k in ("title", "date", "date_source", "url", "duplicate_of") and v}
            if said:
                click.echo(f"{table:<10} " + " ".join(f"{k}={v}" for k, v in said.items()))
            continue
        text, cols = describe(r, table).split(" ", 1)
        click.echo(f"{table:<10} {r['start']:>5}-{r['end']:<5} {text:<12} {cols}  [{r['rule']}]")
        mentions += 1
    if not mentions:
        click.echo("no mentions")


def _fail_on_document(name: str, why: str) -> NoReturn:
    click.echo(f"{name}: {why}", err=True)
    sys.exit(1)


if __name__ == "__main__":
    main()
