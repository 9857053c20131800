"""Read, decode and repair one article, keeping a map back to the raw text.

Matching runs on `clean`: the raw text with whitespace and markdown
emphasis removed, full-width digits and punctuation folded to ASCII, and web
addresses masked. `offsets[i]` is the raw offset of `clean[i]`, so every
mention found in `clean` is reported against the file exactly as stored.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from .numbers import CN_DIGITS

MAX_BYTES = 50 * 1024 * 1024
URL = re.compile(r"(?:https?://|www\.)[\x21-\x7e]+")
EMPHASIS = re.compile(r"\*\*|__")
URL_MASK = "\u2591"  # a character no rule matches, one per masked character


class DocumentError(Exception):
    """A file that cannot be read as an article; str() is the one-line reason."""


@dataclass
class Document:
    doc_id: str
    raw: str
    clean: str = field(init=False)
    offsets: list[int] = field(init=False, repr=False)
    note: str = ""  # e.g. "decoded as GB18030"

    def __post_init__(self) -> None:
        self.clean, self.offsets = repair(self.raw)

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Clean-text span to raw-text span (end exclusive)."""
        return self.offsets[start], self.offsets[end - 1] + 1

    def mention_text(self, start: int, end: int) -> str:
        s, e = self.raw_span(start, end)
        return "".join(self.raw[s:e].split())


# Full-width digits, letters and the marks numbers use (．％－～／) read as
# ASCII; the Chinese comma and colon stay, they separate clauses, not digits.
FOLDED = {chr(c): unicodedata.normalize("NFKC", chr(c))
          for c in range(0xFF01, 0xFF5F) if chr(c).isalnum() or chr(c) in "．％－～／"}


def _fold(ch: str) -> str:
    return FOLDED.get(ch, ch)


BREAK = re.compile(r"\s*\n\s*")


def _kept_breaks(raw: str) -> set[int]:
    """Line breaks that must stay: a section numeral heading (六) above a
    paragraph starting with digits (133人) is two numbers, not 六133人."""
    kept = set()
    for m in BREAK.finditer(raw):
        before, after = raw[m.start() - 1:m.start()], raw[m.end():m.end() + 1]
        if (before in CN_DIGITS and after.isdigit()) or (before.isdigit() and after in CN_DIGITS):
            kept.add(m.start())
    return kept


def repair(raw: str) -> tuple[str, list[int]]:
    kept = _kept_breaks(raw)
    masked = set()
    for m in URL.finditer(raw):
        masked.update(range(m.start(), m.end()))
    dropped = set()
    for m in EMPHASIS.finditer(raw):
        dropped.update(range(m.start(), m.end()))
    chars, offsets = [], []
    for i, ch in enumerate(raw):
        if (ch.isspace() and i not in kept) or i in dropped or ch == "\ufeff":
            continue
        chars.append(URL_MASK if i in masked else "\n" if i in kept else _fold(ch))
        offsets.append(i)
    return "".join(chars), offsets


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
