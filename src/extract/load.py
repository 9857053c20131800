"""Load: find the inputs, read and decode each one into a Document.

Bad input never stops a run: each problem is a DocumentError (or a line from
`collect_inputs`) whose str() is the one-line reason, reported with the name.
Names are shown so that one problem is one line, whatever bytes they hold
(a newline in a file name, a name that is not UTF-8).
"""
from __future__ import annotations

import errno
import os
import re
import stat
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import regex

from .document import Document

MAX_BYTES = 50 * 1024 * 1024
SUFFIX = ".txt"  # read whatever its case (.TXT too)


class DocumentError(Exception):
    """A file that cannot be read as an article; str() is the one-line reason."""


def readable(name: str) -> str:
    """A name as text a UTF-8 table can hold: a file name's bytes that are not UTF-8 as \\xff,
    a lone surrogate no file name carries (a JSON id "\\ud800") as \\ud800."""
    try:
        return os.fsencode(name).decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:
        return name.encode("utf-8", "backslashreplace").decode("utf-8")


def encodable(text: str) -> bool:
    """Whether a str is text (UTF-8 can write it): a lone surrogate (a JSON "\\ud800", the bytes
    of a command-line argument that was not UTF-8) is not."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def shown(name: str) -> str:
    """A file name as messages show it: readable, and quoted when it holds
    anything a line could break or hide on (a newline, a space)."""
    text = readable(name)
    if text and text.isprintable() and not any(c.isspace() for c in text) and not text.startswith(("'", '"')):
        return text
    return repr(text)  # '' too: a message about an empty name must show one


@dataclass(frozen=True)
class Source:
    """One input document: where it is read from and the doc_id it gets. A record of a
    JSON Lines file, an archive member or standard input carries its own text (inputs.py)."""
    path: str
    doc_id: str
    data: bytes | str | None = None  # the document's bytes (a member, stdin) or text (a JSON record)
    where: str = ""  # how messages name it, when not by its path alone: news.jsonl:12, a.zip:x/y.txt
    problem: str = ""  # why it cannot be read, found while listing it (a bad record, a repeated id)
    date: str = ""  # a publication date that came with it (a JSON record's date field)

    def __post_init__(self) -> None:  # every way of naming a document (a file, a member, a record) goes through here
        object.__setattr__(self, "doc_id", readable(self.doc_id))

    @property
    def shown(self) -> str:
        return self.where or shown(self.path)


def collect_inputs(paths: list[str]) -> tuple[list[Source], list[str]]:
    """Every .txt named or inside a named folder, once each, sorted by doc_id; problems for the rest.

    doc_id is the file name without its extension; when two inputs share one,
    each takes its path relative to the folder it was found in (a/art, b/art),
    and when that still collides, the path as given (_with_doc_ids).
    """
    found: list[tuple[Path, Path | None]] = []  # (file, the folder argument it was found in)
    problems: list[str] = []
    for arg in paths:
        if not arg:  # Path("") is the current folder: an unset "$DIR" would read the whole tree
            problems.append(f"{shown(arg)}: empty path")
            continue
        try:
            mode = os.stat(arg).st_mode
        except OSError as e:
            problems.append(f"{shown(arg)}: {_unreachable(arg, e)}")
            continue
        if stat.S_ISDIR(mode):
            found += [(f, Path(arg)) for f in _walk(Path(arg), problems)]
        elif stat.S_ISREG(mode):
            found.append((Path(arg), None))
        else:
            problems.append(f"{shown(arg)}: not a regular file or folder (a pipe or device?), skipped")
    return _with_doc_ids(_once(found)), problems


def unreadable(path: str) -> str:
    """Why a path is no file to read: a missing one, a loop, a dangling link, a folder or a pipe."""
    try:
        os.stat(path)
    except OSError as e:
        return _unreachable(path, e)
    return "not a regular file"


def _unreachable(path: str, e: OSError) -> str:
    """Why a path that os.stat refused cannot be read (a link to itself is a loop, not a dangling link)."""
    if e.errno == errno.ELOOP:
        return "link loop, skipped"
    if e.errno == errno.ENAMETOOLONG:
        return "name too long (the path is over the system's limit), skipped"
    if e.errno in (errno.ENOENT, errno.ENOTDIR):
        return "dangling link (its target does not exist)" if os.path.islink(path) else "no such file or folder"
    return e.strerror or str(e)


def _walk(folder: Path, problems: list[str]) -> list[Path]:
    """The .txt files below a folder, depth first in name order, following
    links to folders once each (a link loop ends there). A loop, not a
    recursion: a folder 1,100 levels deep is read like any other. The files
    without the .txt extension are counted per folder, and a search that
    finds no .txt file at all is one line, with that count."""
    skipped: list[tuple[str, int]] = []  # (folder, how many other files it holds)
    top = _entries(str(folder), problems, skipped)
    if top is None:
        return []
    st = os.stat(folder)
    # folders by device and inode, not realpath: that costs a call per level, 1,100 levels deep per folder
    files, seen, pending = [], {(st.st_dev, st.st_ino)}, [iter(top)]
    while pending:
        item = next(pending[-1], None)
        if item is None:
            pending.pop()
            continue
        path, folder_id = item
        if folder_id is None:
            files.append(Path(path))
        elif folder_id in seen:
            problems.append(f"{shown(path)}: link loop, skipped")
        else:
            seen.add(folder_id)
            pending.append(iter(_entries(path, problems, skipped) or ()))
    others = sum(n for _, n in skipped)
    if not files:
        problems.append(f"{shown(str(folder))}: folder has no .txt files"
                        + (f" ({others} other file(s) skipped)" if others else ""))
    else:
        problems += [f"{shown(f)}: {n} file(s) without the .txt extension skipped" for f, n in skipped]
    return files


def _entries(folder: str, problems: list[str], skipped: list) -> list[tuple[str, tuple | None]] | None:
    """A folder's .txt files and folders, by name, as (path, None for a file or
    (device, inode) for a folder); None when it cannot be listed. Paths stay
    text: a Path parses every part of its path, 1,100 of them deep down."""
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError as e:
        problems.append(f"{shown(folder)}: cannot list folder ({e.strerror})")
        return None
    out, others = [], 0
    for entry in entries:
        try:
            st = os.stat(entry.path)
        except OSError as e:
            problems.append(f"{shown(entry.path)}: {_unreachable(entry.path, e)}")
            continue
        if stat.S_ISDIR(st.st_mode):
            out.append((entry.path, (st.st_dev, st.st_ino)))
        elif not entry.name.lower().endswith(SUFFIX):
            others += 1
        elif stat.S_ISREG(st.st_mode):
            out.append((entry.path, None))
        else:
            problems.append(f"{shown(entry.path)}: not a regular file (a pipe or device?), skipped")
    if others:
        skipped.append((folder, others))
    return out


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
    """doc_ids, unique: the name; where shared, the path below the folder searched,
    then with its extension (a.txt and a.TXT in one folder), then the path as given,
    then with its extension."""
    def name(path: Path, extension: bool) -> str:
        return str(path) if extension or path.suffix.lower() != SUFFIX else str(path.with_suffix(""))

    relative = [p.relative_to(root) if root else p for p, root in found]
    given = [p for p, _ in found]
    ids = [readable(os.path.splitext(p.name)[0]) for p in given]
    for paths, extension in ((relative, False), (relative, True), (given, False), (given, True)):
        counts = Counter(ids)
        ids = [readable(name(p, extension)) if counts[i] > 1 else i for p, i in zip(paths, ids)]
    sources = [Source(str(p), i) for p, i in zip(given, ids)]
    return sorted(sources, key=lambda s: (s.doc_id, s.path))


HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
# characters Chinese text does not hold but one encoding read as another
# gives: kana, bopomofo, Hangul, Greek, Cyrillic, box drawing, private use
# (上海市對口 in Big5, read as GBK: \ue5fd\ue1d3カ癸\ue60cや)
MOJIBAKE = re.compile("[\u0370-\u04ff\u1100-\u11ff\u2500-\u259f\u3040-\u30fa\u30fc-\u30ff\u3100-\u318f"
                      "\u31a0-\u31bf\uac00-\ud7af\ue000-\uf8ff\ufffd]")
SPACE = re.compile(r"\s+")
UNPRINTABLE = regex.compile(r"(?V1)[[\p{C}\p{Z}]--[ \t\r\n\ufeff\u3000]]")  # what str.isprintable refuses
GB2312 = ("gb2312", range(0xB0, 0xF8))  # its Han characters, both levels (黟, 歙, 婺 are level 2)
BIG5 = ("big5", range(0xA4, 0xC7))  # its commonest Han characters (level 1: 臺, 雲, 對)


def _in_table(char: str, table: tuple[str, range]) -> bool:
    encoding, leads = table
    try:
        return char.encode(encoding)[0] in leads
    except UnicodeEncodeError:
        return False


def _printable(text: str) -> bool:
    """str.isprintable, but for the line ends, tabs, BOMs and ideographic spaces that text holds."""
    return UNPRINTABLE.search(text) is None


def _is_chinese(text: str, *tables: tuple[str, range]) -> bool:
    """Whether a text reads as Chinese a person wrote: no control characters, a
    third or more Han, hardly any MOJIBAKE, and 80% of its Han among the
    characters of the tables. Random bytes, and one encoding read as another,
    fail one of these; each distinct character is looked up once."""
    chars = len(SPACE.sub("", text))
    han = Counter(HAN.findall(text))
    total = sum(han.values())
    if not total or total < 0.3 * chars or len(MOJIBAKE.findall(text)) > 0.05 * chars or not _printable(text):
        return False
    return sum(n for c, n in han.items() if any(_in_table(c, t) for t in tables)) >= 0.8 * total


def _reading(data: bytes, encoding: str, *tables: tuple[str, range]) -> str | None:
    """The text the bytes hold in an encoding, when it reads as Chinese."""
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        return None
    return text if _is_chinese(text, *tables) else None


def decode(data: bytes) -> tuple[str, str]:
    """Bytes to text and a note; DocumentError when no reading is safe."""
    if not data.strip():
        raise DocumentError("empty file")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")) and (text := _utf16(data, "utf-16")) is not None:
        return "\ufeff" + text, "decoded as UTF-16 (byte order mark)"  # the mark stays offset 0
    if b"\x00" in data:
        if any(_utf16(data, encoding) is not None for encoding in ("utf-16-le", "utf-16-be")):
            raise DocumentError("UTF-16 without a byte order mark: convert it to UTF-8")
        raise DocumentError("binary file (contains NUL bytes)")
    try:
        return data.decode("utf-8"), ""
    except UnicodeDecodeError as utf8_error:
        reason = f"not UTF-8 ({utf8_error.reason} at byte {utf8_error.start})"
    # GBK traditional text (臺灣) is Chinese too; a short text can read as both
    # (了解更多 in GBK is 賸賤載嗣 in Big5): GBK is used, and the note says so
    gbk, big5 = _reading(data, "gb18030", GB2312, BIG5), _reading(data, "big5", BIG5)
    if gbk is not None:
        return gbk, "decoded as GBK/GB18030" + (" (it reads as Big5 too: convert it to UTF-8 if its rows look wrong)"
                                                 if big5 is not None else "")
    if big5 is not None:
        raise DocumentError(f"{reason}; looks like Big5: convert it to UTF-8")
    raise DocumentError(f"{reason}, and not GBK/GB18030 Chinese text")


def _utf16(data: bytes, encoding: str) -> str | None:
    """The text of UTF-16 bytes, when it is English or Chinese a person wrote."""
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        return None
    return text if (text.isascii() and _printable(text)) or _is_chinese(text, GB2312, BIG5) else None


def read_document(source: Source | Path, date: str = "") -> Document:
    """The document a source holds; `date`: a publication date given with the input, for a document that states none."""
    if not isinstance(source, Source):
        path = Path(source)
        source = Source(str(path), os.path.splitext(path.name)[0])
    if source.problem:
        raise DocumentError(source.problem)
    if source.data is not None and len(source.data) > MAX_BYTES:  # a record's characters count as bytes: fewer
        raise DocumentError(over_limit("text"))
    if isinstance(source.data, str):
        text, note = source.data, ""
    else:
        text, note = decode(source.data if source.data is not None else read_file(source.path))
    # SPEC offsets are into open(..., newline="").read(): no newline translation.
    document = Document(doc_id=source.doc_id, raw=text, note=note, source=source.shown,
                        input_date=source.date or date)
    if not document.clean:  # nothing but spaces and invisible characters (NBSP, U+200B, U+2028, BOMs)
        raise DocumentError("empty file")
    return document


def over_limit(what: str, size: int | None = None) -> str:
    """The line for an input over the size limit: a file, an archive member, a text given whole."""
    said = f"{what} is {size:,} bytes," if size is not None else f"{what} is"
    return f"{said} over the {MAX_BYTES // 2**20} MB limit ({MAX_BYTES:,} bytes)"


def read_file(path: str) -> bytes:
    """A regular file's bytes, within the size limit, read once; DocumentError says why not."""
    try:
        st = os.stat(path)
        if not stat.S_ISREG(st.st_mode):
            raise DocumentError("not a regular file (a pipe or device?)")
        if st.st_size > MAX_BYTES:  # in bytes: 50 MB and 1 byte, rounded, would be "50 MB"
            raise DocumentError(over_limit("file", st.st_size))
        with open(path, "rb") as f:  # read(n) allocates n bytes first: ask for the size the file has
            data = f.read(st.st_size + 1)
            if len(data) > st.st_size:  # it grew since: read on, up to the limit
                data += f.read(MAX_BYTES + 1 - len(data))
        if len(data) > MAX_BYTES:
            raise DocumentError(over_limit("file"))
    except OSError as e:
        raise DocumentError(e.strerror or str(e)) from None
    return data
