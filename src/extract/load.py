"""Load: find the inputs, read and decode each one into a Document.

Bad input never stops a run: each problem is a DocumentError (or a line from
`collect_inputs`) whose str() is the one-line reason, reported with the name.
Names are shown so that one problem is one line, whatever bytes they hold
(a newline in a file name, a name that is not UTF-8).
"""
from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path

from .document import Document

MAX_BYTES = 50 * 1024 * 1024
SUFFIX = ".txt"  # read whatever its case (.TXT too)


class DocumentError(Exception):
    """A file that cannot be read as an article; str() is the one-line reason."""


def readable(name: str) -> str:
    """A file name as text: bytes that are not UTF-8 as \\xff (they cannot go into a UTF-8 table)."""
    return os.fsencode(name).decode("utf-8", "backslashreplace")


def shown(name: str) -> str:
    """A file name as messages show it: readable, and quoted when it holds
    anything a line could break or hide on (a newline, a space)."""
    text = readable(name)
    if text.isprintable() and not any(c.isspace() for c in text) and not text.startswith(("'", '"')):
        return text
    return repr(text)


@dataclass(frozen=True)
class Source:
    """One input document: where it is read from and the doc_id it gets."""
    path: str
    doc_id: str

    @property
    def shown(self) -> str:
        return shown(self.path)


def collect_inputs(paths: list[str]) -> tuple[list[Source], list[str]]:
    """Every .txt named or inside a named folder, once each, sorted by doc_id; problems for the rest.

    doc_id is the file name without its extension; when two inputs share one,
    each takes its path relative to the folder it was found in (a/art, b/art),
    and when that still collides, the path as given.
    """
    found: list[tuple[Path, Path | None]] = []  # (file, the folder argument it was found in)
    problems: list[str] = []
    for arg in paths:
        p = Path(arg)
        if p.is_dir():
            files = _walk(p, problems)
            if not files:
                problems.append(f"{shown(arg)}: folder has no .txt files")
            found += [(f, p) for f in files]
        elif p.is_file():
            found.append((p, None))
        elif p.is_symlink() and not p.exists():
            problems.append(f"{shown(arg)}: dangling link (its target does not exist)")
        elif p.exists():
            problems.append(f"{shown(arg)}: not a regular file or folder (a pipe or device?), skipped")
        else:
            problems.append(f"{shown(arg)}: no such file or folder")
    return _with_doc_ids(_once(found)), problems


def _walk(folder: Path, problems: list[str], seen: set | None = None) -> list[Path]:
    """The .txt files below a folder, following links to folders once each (a link loop ends there)."""
    seen = seen if seen is not None else set()
    real = os.path.realpath(folder)
    if real in seen:
        problems.append(f"{shown(str(folder))}: link loop, skipped")
        return []
    seen.add(real)
    files, others = [], 0
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError as e:
        problems.append(f"{shown(str(folder))}: cannot list folder ({e.strerror})")
        return []
    for entry in entries:
        path = Path(entry.path)
        try:
            mode = os.stat(entry.path).st_mode
        except OSError:
            problems.append(f"{shown(entry.path)}: dangling link, skipped")
            continue
        if stat.S_ISDIR(mode):
            files += _walk(path, problems, seen)
        elif not entry.name.lower().endswith(SUFFIX):
            others += 1
        elif stat.S_ISREG(mode):
            files.append(path)
        else:
            problems.append(f"{shown(entry.path)}: not a regular file (a pipe or device?), skipped")
    if others:
        problems.append(f"{shown(str(folder))}: {others} file(s) without the .txt extension skipped")
    return files


def _once(found: list[tuple[Path, Path | None]]) -> list[tuple[Path, Path | None]]:
    """A file reached by several paths (a link, ../) is read once, by the first."""
    seen, out = set(), []
    for path, root in found:
        key = os.path.realpath(path)
        if key not in seen:
            seen.add(key)
            out.append((path, root))
    return out


def _with_doc_ids(found: list[tuple[Path, Path | None]]) -> list[Source]:
    def stem(path: Path) -> str:
        return str(path.with_suffix("")) if path.suffix.lower() == SUFFIX else str(path)

    ids = [os.path.splitext(p.name)[0] for p, _ in found]
    for rename in (lambda p, root: stem(p.relative_to(root)) if root else stem(p), lambda p, root: stem(p)):
        counts: dict[str, int] = {}
        for i in ids:
            counts[i] = counts.get(i, 0) + 1
        ids = [rename(p, root) if counts[i] > 1 else i for (p, root), i in zip(found, ids)]
    sources = [Source(str(p), readable(i)) for (p, _), i in zip(found, ids)]
    return sorted(sources, key=lambda s: (s.doc_id, s.path))


def _is_common_chinese(text: str, encoding: str, lead: range) -> bool:
    """Whether most Han characters of a text are among the commonest of an
    encoding (GB2312 level 1, Big5 level 1: leads B0-D7, A4-C6): real text
    is; random bytes, or one encoding read as the other, are not."""
    han = [c for c in text if "\u4e00" <= c <= "\u9fff"]
    if len(han) < 0.3 * len(text.strip()):
        return False
    common = 0
    for c in han:
        try:
            common += c.encode(encoding)[0] in lead
        except UnicodeEncodeError:
            pass
    return common >= 0.8 * len(han)


def _plausible(text: str) -> bool:
    """Text a person wrote: no control characters, and ASCII or mostly common Chinese characters."""
    if not all(c.isprintable() or c in "\t\r\n\ufeff\u3000" for c in text):
        return False
    return text.isascii() or _is_common_chinese(text, "gb2312", range(0xB0, 0xD8))


def decode(data: bytes) -> tuple[str, str]:
    """Bytes to text and a note; DocumentError when no reading is safe."""
    if not data.strip():
        raise DocumentError("empty file")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
            if _plausible(text):
                return "\ufeff" + text, "decoded as UTF-16 (byte order mark)"  # the mark stays offset 0
        except UnicodeDecodeError:
            pass
    if b"\x00" in data:
        for encoding in ("utf-16-le", "utf-16-be"):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                continue
            if _plausible(text):
                raise DocumentError("UTF-16 without a byte order mark: convert it to UTF-8")
        raise DocumentError("binary file (contains NUL bytes)")
    try:
        return data.decode("utf-8"), ""
    except UnicodeDecodeError as utf8_error:
        reason = f"not UTF-8 ({utf8_error.reason} at byte {utf8_error.start})"
    try:
        text = data.decode("gb18030")
        if _is_common_chinese(text, "gb2312", range(0xB0, 0xD8)):
            return text, "decoded as GBK/GB18030"
    except UnicodeDecodeError:
        pass
    try:
        if _is_common_chinese(data.decode("big5"), "big5", range(0xA4, 0xC7)):
            raise DocumentError(f"{reason}; looks like Big5: convert it to UTF-8")
    except UnicodeDecodeError:
        pass
    raise DocumentError(f"{reason}, and not GBK/GB18030 Chinese text")


def read_document(source: Source | Path | str, date: str = "") -> Document:
    """The document a source holds; `date`: a publication date given with the input, for a document that states none."""
    if not isinstance(source, Source):
        path = Path(source)
        source = Source(str(path), os.path.splitext(path.name)[0])
    try:
        st = os.stat(source.path)
        if not stat.S_ISREG(st.st_mode):
            raise DocumentError("not a regular file (a pipe or device?)")
        if st.st_size > MAX_BYTES:
            raise DocumentError(f"file is {st.st_size / 2**20:.0f} MB, over the 50 MB limit")
        with open(source.path, "rb") as f:  # read(n) allocates n bytes first: ask for the size the file has
            data = f.read(st.st_size + 1)
            if len(data) > st.st_size:  # it grew since: read on, up to the limit
                data += f.read(MAX_BYTES + 1 - len(data))
        if len(data) > MAX_BYTES:
            raise DocumentError("file is over the 50 MB limit")
    except OSError as e:
        raise DocumentError(e.strerror or str(e)) from None
    text, note = decode(data)
    if not text.strip("\ufeff \t\r\n\u3000"):
        raise DocumentError("empty file")
    # SPEC offsets are into open(..., newline="").read(): no newline translation.
    return Document(doc_id=source.doc_id, raw=text, note=note, source=source.shown, input_date=date)
