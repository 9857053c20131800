"""Archives as users have them: JSON Lines, .zip and .tar.gz of .txt files, one article on standard input.

Each is read as a stream of Sources that carry their own text, one at a time,
so that a 2 GB JSON Lines file goes through in the memory of a few articles
(the pool takes the next only as it finishes one). doc_ids:
- JSON Lines: the record's id field (`--id-field`, default `id`; its text in
  `--text-field`, default `text`; a `date` field, YYYY-MM-DD, dates it as
  `--date` does); a record is one line;
- .zip, .tar.gz: the member's path without its .txt suffix (news/2020/a);
- `-`: `stdin`.
An id met twice, in one archive or across the inputs, is an error for the
later record (named with its line or member), never a silent overwrite. A
bad record (not JSON, no text field, a text that is not a string) is one
line naming the file and its line number, and the rest go on.
"""
from __future__ import annotations

import datetime
import json
import os
import sys
import tarfile
import zipfile
import zlib
from dataclasses import dataclass
from typing import Iterator

from .load import MAX_BYTES, SUFFIX, Source, encodable, over_limit, shown, unreadable

ARCHIVES = (".zip", ".tar.gz", ".tgz")
RECORDS = (".jsonl", ".ndjson")
STDIN = "-"


@dataclass(frozen=True)
class RecordFields:
    """Where a JSON Lines record keeps its id, its text and (optionally) its publication date, YYYY-MM-DD."""
    id: str = "id"
    text: str = "text"
    date: str = "date"


def is_stream(arg: str) -> bool:
    """An argument read as a stream of documents rather than a .txt file or a folder."""
    return arg == STDIN or arg.lower().endswith(ARCHIVES + RECORDS)


def stream_sources(args: list[str], fields: RecordFields, seen: set[str]) -> Iterator[Source]:
    """The documents of every streamed argument, in argument order; ids already in `seen` are refused."""
    for arg in args:
        if arg == STDIN:
            yield _checked(Source("<stdin>", "stdin", data=sys.stdin.buffer.read(MAX_BYTES + 1)), seen)
        elif not os.path.isfile(arg):
            yield Source(arg, arg, problem=unreadable(arg))
        elif arg.lower().endswith(RECORDS):
            yield from (_checked(s, seen) for s in _records(arg, fields))
        else:
            yield from (_checked(s, seen) for s in _members(arg))


def _checked(source: Source, seen: set[str]) -> Source:
    if source.problem or source.doc_id not in seen:
        seen.add(source.doc_id)
        return source
    return Source(source.path, source.doc_id, where=source.where,
                  problem=f"duplicate doc_id {source.doc_id!r}: an earlier input has it; this one is skipped")


def _records(path: str, fields: RecordFields) -> Iterator[Source]:
    """One Source per line of a JSON Lines file, read a line at a time."""
    with open(path, "rb") as f:
        for number, line in enumerate(f, start=1):
            if line.strip():
                yield _record(path, number, line, fields)


def _record(path: str, number: int, line: bytes, fields: RecordFields) -> Source:
    where = f"{shown(path)}:{number}"
    try:
        record = json.loads(line)
    except (ValueError, RecursionError) as e:  # UnicodeDecodeError is a ValueError
        return Source(path, where, where=where, problem=f"not a JSON record ({str(e).splitlines()[0][:80]})")
    if not isinstance(record, dict):
        return Source(path, where, where=where, problem="not a JSON object")
    doc_id, text = record.get(fields.id), record.get(fields.text)
    if not isinstance(doc_id, (str, int)) or isinstance(doc_id, bool) or str(doc_id) == "":
        return Source(path, where, where=where, problem=f"no {fields.id!r} field with a string or number")
    if not isinstance(text, str):
        return Source(path, where, where=where, problem=f"no {fields.text!r} field with a string")
    if not encodable(text):  # json reads "\ud800"; no text has it, and nothing after could encode it
        return Source(path, where, where=where, problem=f"{fields.text!r} holds a lone surrogate (\\ud800…), not text")
    return Source(path, str(doc_id), data=text, where=where, date=_date(record.get(fields.date)))


def iso_date(value: str) -> str:
    """A date as the tables write it, YYYY-MM-DD (2020-03-19, 20200319); ValueError when it is none."""
    return datetime.date.fromisoformat(value).isoformat()


def _date(value) -> str:
    """A record's date when it is one (2020-03-19, or a timestamp starting with one), else none."""
    if isinstance(value, str):
        try:
            return iso_date(value[:10])
        except ValueError:
            pass
    return ""


def _members(path: str) -> Iterator[Source]:
    """The .txt members of a .zip or .tar.gz, in archive order; the archive itself unreadable is one line."""
    try:
        yield from (_zip_members if path.lower().endswith(".zip") else _tar_members)(path)
    except (OSError, zipfile.BadZipFile, tarfile.TarError, EOFError) as e:
        yield Source(path, path, problem=f"cannot read the archive ({e})")


def _zip_members(path: str) -> Iterator[Source]:
    with zipfile.ZipFile(path) as archive:
        for info in archive.infolist():
            if not info.is_dir() and info.filename.lower().endswith(SUFFIX):
                yield _member(path, info.filename, info.file_size, lambda i=info: archive.read(i))


def _tar_members(path: str) -> Iterator[Source]:
    with tarfile.open(path, "r|*") as archive:  # a stream: members in order, never the whole archive at once
        for info in archive:
            if info.isfile() and info.name.lower().endswith(SUFFIX):
                yield _member(path, info.name, info.size, lambda i=info: archive.extractfile(i).read())


def _member(path: str, name: str, size: int, read) -> Source:
    doc_id = name.removeprefix("./")[:-len(SUFFIX)]
    where = f"{shown(path)}:{shown(name)}"
    if size > MAX_BYTES:
        return Source(path, doc_id, where=where, problem=over_limit("member", size))
    try:
        data = read()
    except (OSError, zipfile.BadZipFile, zlib.error, tarfile.TarError, EOFError) as e:  # this member only: a bad CRC
        return Source(path, doc_id, where=where, problem=f"cannot read this member ({e})")
    return Source(path, doc_id, data=data, where=where)
