"""Compiled rule patterns and parsed rule files, kept between runs.

regex parses a pattern in Python: the rule set's patterns (the money rules'
run to 1,700 characters of alternations) take ~0.15 s at every start, a
quarter of it. A compiled regex pattern pickles with its compiled code and
loads ~30x faster, so the patterns a run compiled are kept in one file in
the user's cache folder, named by the Python and regex versions that made
them, and the next run loads them instead of parsing again. Patterns a
mechanism builds from its lexicons on first use (`Lexicons.compile`: the
headcount nouns' run to 60,000 characters, 0.13 s to parse) go through the
same cache, and are kept once the documents that needed them are done.
The rule files' YAML, as parsed, is kept the same way (`Parsed`).

The cache only saves time: a file that is missing, unreadable, not the
user's own or written by other versions is ignored, and one that cannot be
written is not written; nothing is ever reported. EXTRACT_CACHE names
another folder; EXTRACT_CACHE= (empty) turns the cache off.
"""
from __future__ import annotations

import hashlib
import os
import pickle
import re
import sys
import tempfile
import warnings
from pathlib import Path
from typing import Callable

import regex
import yaml

FILE = f"patterns-py{sys.version_info[0]}.{sys.version_info[1]}-regex{regex.__version__}.pickle"
PARSED_FILE = f"rules-py{sys.version_info[0]}.{sys.version_info[1]}-yaml{yaml.__version__}.pickle"


def cache_dir() -> Path | None:
    """$EXTRACT_CACHE, else $XDG_CACHE_HOME/extract, else ~/.cache/extract; None when turned off."""
    chosen = os.environ.get("EXTRACT_CACHE")
    if chosen is not None:
        return Path(chosen) if chosen else None
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "extract"


class _Kept:
    """A dict kept in one pickle file of the cache folder: what a run used is read back by the next; `save` once
    the run has used what it needs. A subclass says what a stored value must be (`_valid`)."""

    def __init__(self, path: Path | None):
        self.path = path
        self._stored = self._read()
        self._used: dict = {}

    def _valid(self, value) -> bool:
        raise NotImplementedError

    def save(self) -> None:
        """Keep what was used since the file was read, with what it held: a pattern a mechanism builds on first
        use (not every run makes it) stays for the run that needs it. An edited rule's old entries go once the
        file holds twice what this run used."""
        if self.path is None or self._used.keys() <= self._stored.keys():
            return
        kept = self._stored | self._used
        if len(kept) > 2 * len(self._used):
            kept = dict(self._used)
        self._stored = kept
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd, temp = tempfile.mkstemp(dir=self.path.parent, prefix=".kept-", suffix=".tmp")
            try:
                with os.fdopen(fd, "wb") as f:
                    pickle.dump(kept, f, protocol=pickle.HIGHEST_PROTOCOL)
                os.replace(temp, self.path)  # a reader sees the old file or the new one, never half of one
            finally:
                if os.path.exists(temp):
                    os.unlink(temp)
        except OSError:
            pass  # a read-only home, a full disk: the next run does the work again

    def _read(self) -> dict:
        if self.path is None:
            return {}
        try:
            with open(self.path, "rb") as f:
                if not trusted(os.fstat(f.fileno())):
                    return {}  # unpickling runs code: only a file this user alone can have written
                stored = pickle.load(f)
        except Exception:  # missing, truncated, another version's: work as if there were none
            return {}
        if not isinstance(stored, dict) or not all(isinstance(k, str) and self._valid(v) for k, v in stored.items()):
            return {}
        return stored


class Patterns(_Kept):
    """regex.compile through the cache: `compile` as regex's, then `save` once the rule set is loaded."""

    def __init__(self, directory: Path | None = None):
        super().__init__(directory / FILE if directory else None)

    def _valid(self, value) -> bool:
        return isinstance(value, regex.Pattern)

    def compile(self, pattern: str) -> regex.Pattern:
        compiled = self._stored.get(pattern) or regex.compile(pattern)
        self._used[pattern] = compiled
        return compiled


class Parsed(_Kept):
    """The rule files' YAML as parsed, by the hash of a file's text: libyaml reads the rule files in ~0.1 s
    (building 20,000 Python objects one by one), a pickle of what it built loads in a few milliseconds. Only a
    file that parsed without a problem is kept; an edited file is parsed again (its hash is new)."""

    def __init__(self, directory: Path | None = None):
        super().__init__(directory / PARSED_FILE if directory else None)

    def _valid(self, value) -> bool:
        return isinstance(value, bytes)

    def get(self, text: str, parse: Callable[[str], dict]) -> dict:
        """The file's data, parsed by `parse` unless kept; kept as pickled at once, as the reader may change it."""
        if self.path is None:  # (the cache off: nothing to look up or keep)
            return parse(text)
        key = hashlib.sha256(text.encode("utf-8")).hexdigest()
        if (kept := self._stored.get(key)) is not None:
            self._used[key] = kept
            return pickle.loads(kept)
        data = parse(text)
        self._used[key] = pickle.dumps(data, protocol=pickle.HIGHEST_PROTOCOL)
        return data


def trusted(st: os.stat_result) -> bool:
    """Whether only this user can have written a file: unpickling one runs what it holds."""
    if not hasattr(os, "getuid"):
        return True
    return st.st_uid == os.getuid() and not st.st_mode & 0o022


OPENS_WITH_CLASS = regex.compile(r"(?:\(\?:)*\[")  # (?:(?:[…


def stdlib_twin(pattern: regex.Pattern) -> re.Pattern | None:
    """The same pattern compiled by Python's re, to scan a text with, where re reads
    it alike and scans it faster; else None.

    re skips to the places where a pattern's first character can match when the
    pattern opens with a character class: the number anchor (QUANTITY_START) scans
    2-3x faster than in regex. A pattern opening with a lookahead (YEAR_START) re
    tries at every position, 5x slower than regex, so it keeps regex; so does any
    syntax re lacks (lookbehinds of varying width, \\p{Han}) or reads otherwise
    (a nested set, which re warns about). re has no per-call timeout: the engine
    uses a twin only under its CPU-time alarm, which interrupts re as it does regex.
    """
    if not OPENS_WITH_CLASS.match(pattern.pattern):
        return None
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            return re.compile(pattern.pattern)
    except (re.error, Warning, RecursionError, OverflowError):
        return None
