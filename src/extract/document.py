"""Read, decode and repair one article, keeping a map back to the raw text.

Matching runs on `clean`: the raw text with whitespace and markdown
emphasis removed, full-width digits and punctuation folded to ASCII, and web
addresses masked. `raw_offset(i)` is the raw offset of `clean[i]`, so every
mention found in `clean` is reported against the file exactly as stored.
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass, field
from pathlib import Path

import regex

from .numbers import CN_DIGITS

MAX_BYTES = 50 * 1024 * 1024
URL = re.compile(r"(?:https?://|www\.)[\x21-\x7e]+")
URL_MASK = "\u2591"  # a character no rule matches, one per masked character
# dropped from the clean text: whitespace runs, markdown emphasis, a BOM
DROP = regex.compile(r"[\s\x1c-\x1f]+|\*\*|__|\ufeff")  # regex scans twice as fast as re; its \s lacks \x1c-\x1f
# Full-width digits, letters and the marks numbers use (．％－～／) read as
# ASCII; the Chinese comma and colon stay, they separate clauses, not digits.
FOLD = {chr(c): unicodedata.normalize("NFKC", chr(c))
        for c in range(0xFF01, 0xFF5F) if chr(c).isalnum() or chr(c) in "．％－～／"}
FULL_WIDTH = re.compile("[" + "".join(FOLD) + "]")


class DocumentError(Exception):
    """A file that cannot be read as an article; str() is the one-line reason."""


@dataclass
class Document:
    doc_id: str
    raw: str
    clean: str = field(init=False)
    # clean[i] is raw[i + shifts[k]] for the last k with cuts[k] <= i: only
    # dropped runs move offsets, so a few cuts map every character
    cuts: list[int] = field(init=False, repr=False)
    shifts: list[int] = field(init=False, repr=False)
    note: str = ""  # e.g. "decoded as GB18030"

    def __post_init__(self) -> None:
        self.clean, self.cuts, self.shifts = repair(self.raw)

    def raw_offset(self, i: int) -> int:
        return i + self.shifts[bisect_right(self.cuts, i) - 1]

    def locate(self, start: int, end: int) -> tuple[int, int, str]:
        """A clean-text span's raw span (end exclusive) and its text as SPEC.md
        reports it: the raw characters without whitespace."""
        s, e = self.raw_offset(start), self.raw_offset(end - 1) + 1
        text = self.raw[s:e]
        return s, e, (text if e - s == end - start else "".join(text.split()))


def _keeps_break(text: str, start: int, end: int) -> bool:
    """A section numeral heading (六) above a paragraph starting with digits
    (133人) is two numbers, not 六133人: that line break stays."""
    before, after = text[start - 1:start], text[end:end + 1]
    return (((before in CN_DIGITS and after.isdigit()) or (before.isdigit() and after in CN_DIGITS))
            and "\n" in text[start:end])


def repair(raw: str) -> tuple[str, list[int], list[int]]:
    """Clean text and its offset map (cuts, shifts), built slice by slice:
    masking and folding keep every character in place, so only the dropped
    runs move offsets."""
    text = URL.sub(lambda m: URL_MASK * len(m.group()), raw)
    text = FULL_WIDTH.sub(lambda m: FOLD[m.group()], text)  # 1:1, and rare: cheaper than translate
    pieces, cuts, shifts, pos, shift = [], [0], [0], 0, 0
    for run in DROP.finditer(text):
        start, end = run.span()
        pieces.append(text[pos:start])
        kept = _keeps_break(text, start, end)
        if kept:
            pieces.append("\n")  # stands at raw offset start, which the current shift already gives
        shift += end - start - kept
        cut = end - shift  # the clean index of the next kept character
        if cuts[-1] == cut:  # runs back to back (a blank line, then **)
            shifts[-1] = shift
        else:
            cuts.append(cut)
            shifts.append(shift)
        pos = end
    pieces.append(text[pos:])
    return "".join(pieces), cuts, shifts


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
