"""Load: find the inputs, read and decode each one into a Document.

Bad input never stops a run: each problem is a DocumentError (or a line from
`collect_inputs`) whose str() is the one-line reason, reported with the name.
"""
from __future__ import annotations

from pathlib import Path

from .document import Document

MAX_BYTES = 50 * 1024 * 1024


class DocumentError(Exception):
    """A file that cannot be read as an article; str() is the one-line reason."""


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


def decode(data: bytes, name: str) -> tuple[str, str]:
    """Bytes to text and a note; DocumentError when no reading is safe."""
    if not data.strip():
        raise DocumentError("empty file")
    if b"\x00" in data:
        raise DocumentError("binary file (contains NUL bytes)")
    try:
        return data.decode("utf-8"), ""
    except UnicodeDecodeError as utf8_error:
        try:
            text = data.decode("gb18030")
        except UnicodeDecodeError:
            raise DocumentError(f"not UTF-8 ({utf8_error.reason} at byte {utf8_error.start}) and not GBK/GB18030") from None
    han = sum("\u4e00" <= c <= "\u9fff" for c in text)
    if han < 0.3 * len(text.strip()):
        raise DocumentError("not UTF-8, and reading it as GBK gives no Chinese text")
    return text, "decoded as GBK/GB18030"


def read_document(path: Path) -> Document:
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise DocumentError(f"file is {size / 2**20:.0f} MB, over the 50 MB limit")
        data = path.read_bytes()
    except OSError as e:
        raise DocumentError(e.strerror or str(e)) from None
    text, note = decode(data, path.name)
    if not text.strip():
        raise DocumentError("empty file")
    # SPEC offsets are into open(..., newline="").read(): no newline translation.
    return Document(doc_id=path.stem, raw=text, note=note)
