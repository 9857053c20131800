"""What `extract run --incremental` keeps between runs: each document's results, by its content.

The state is one SQLite file beside the tables, `OUTDIR/.extract-state.sqlite`:

    meta(key, value)                       program, rules, backend, libraries: what the results were made with
    docs(doc_id, digest, result)           sha1 of the document's bytes, where it was read and the date
                                           given with it; its DocResult, pickled

A run reads every input, looks its (doc_id, digest) up, processes only what
is missing or changed, and writes all the tables anew from the stored and
the new results, in input order, so they equal a full run's byte for byte
(the passes across documents, such as duplicates, run over all of them as in
a full run). A document that failed is not stored: it is tried again. New
results are committed every few hundred documents and at the end, so an
interrupted run keeps the work it did (SQLite keeps the file whole whatever
happens), and the next run picks it up. When the program's code, the rule
files, the jieba backend or the version of jieba, regex or the word matcher
differ from the stored ones, the state is emptied first: results made by
other rules are never reused. A state file that is damaged, or that others
could have written (its results are unpickled), is started afresh. Documents no
longer among the inputs are dropped from it when a run ends well.
"""
from __future__ import annotations

import hashlib
import os
import pickle
import sqlite3
from pathlib import Path

from . import registry
from .compiled import trusted
from .load import Source
from .rules import DEFAULT_DIR, rule_files

STATE_FILE = ".extract-state.sqlite"
COMMIT_EVERY = 200  # documents


def code_digest() -> str:
    """The program as it is: every module of the package (a version number is not bumped for each change)."""
    h = hashlib.sha1()
    for path in sorted(Path(__file__).parent.rglob("*.py")):
        h.update(path.relative_to(Path(__file__).parent).as_posix().encode() + b"\0" + path.read_bytes())
    return h.hexdigest()


def rules_digest(rules_dir: str | None) -> str:
    """The rule files a run reads, by content."""
    h = hashlib.sha1()
    for name in rule_files(registry.tables()):
        path = Path(rules_dir or DEFAULT_DIR) / name
        h.update(name.encode() + b"\0" + (path.read_bytes() if path.is_file() else b"(missing)"))
    return h.hexdigest()


class State:
    """The stored results of one output folder."""

    def __init__(self, outdir: Path, made_with: dict[str, str]):
        self.db = _open(outdir / STATE_FILE)
        if dict(self.db.execute("SELECT key, value FROM meta")) != made_with:
            self.db.execute("DELETE FROM docs")  # made by other code or rules: nothing is reusable
            self.db.execute("DELETE FROM meta")
            self.db.executemany("INSERT INTO meta VALUES (?, ?)", made_with.items())
        self.db.commit()
        self.seen: set[str] = set()
        self.reused = 0
        self._unsaved = 0

    def has(self, source: Source, digest: str | None) -> bool:
        """Whether a result of this document, as it is now, is stored."""
        self.seen.add(source.doc_id)
        return digest is not None and self.db.execute(
            "SELECT 1 FROM docs WHERE doc_id = ? AND digest = ?", (source.doc_id, digest)).fetchone() is not None

    def load(self, doc_id: str, digest: str):
        """The stored DocResult (has() said there is one), read when its turn comes, not ahead."""
        (blob,) = self.db.execute("SELECT result FROM docs WHERE doc_id = ? AND digest = ?",
                                  (doc_id, digest)).fetchone()
        self.reused += 1
        return pickle.loads(blob)

    def store(self, digest: str | None, result) -> None:
        if result.error or digest is None:
            return
        self.db.execute("INSERT OR REPLACE INTO docs VALUES (?, ?, ?)",
                        (result.doc_id, digest, pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL)))
        self._unsaved += 1
        if self._unsaved >= COMMIT_EVERY:
            self.db.commit()
            self._unsaved = 0

    def close(self, finished: bool) -> None:
        """Keep what was computed; when the run ended well, forget documents that are no longer inputs."""
        if finished:
            gone = [(d,) for (d,) in self.db.execute("SELECT doc_id FROM docs") if d not in self.seen]
            self.db.executemany("DELETE FROM docs WHERE doc_id = ?", gone)
        self.db.commit()
        self.db.close()


def _open(path: Path) -> sqlite3.Connection:
    """The state's database. It only saves time: a damaged one, or one others could have written
    (its results are unpickled), is started afresh."""
    if path.exists() and not trusted(path.stat()):
        path.unlink()
    try:
        return _connect(path)
    except sqlite3.DatabaseError:  # not a database: a file of that name, half a copy
        path.unlink(missing_ok=True)
        return _connect(path)


def _connect(path: Path) -> sqlite3.Connection:
    db = sqlite3.connect(path)
    try:
        os.chmod(path, 0o600)  # the user's alone, whatever the umask: see trusted()
        db.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT)")
        db.execute("CREATE TABLE IF NOT EXISTS docs (doc_id TEXT PRIMARY KEY, digest TEXT, result BLOB)")
    except sqlite3.DatabaseError:
        db.close()
        raise
    return db

