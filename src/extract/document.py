"""One article's text: repaired for matching, with a map back to the raw text.

Matching runs on `clean`: the raw text with whitespace and markdown
emphasis removed, full-width digits and punctuation folded to ASCII,
traditional characters read as simplified ones, and web addresses masked.
`raw_offset(i)` is the raw offset of `clean[i]`, so every mention found in
`clean` is reported against the file exactly as stored.
Clauses, as rules look at them, are defined here once.
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cached_property
from itertools import accumulate
from operator import itemgetter
from pathlib import Path
from typing import Callable, Collection, NamedTuple

import regex

from .numbers import CN_DIGITS, CN_SCALE_CHARS

URL = re.compile(r"(?:https?://|www\.)[\x21-\x7e]+")
URL_MASK = "\u2591"  # a character no rule matches, one per masked character
# dropped from the clean text: whitespace runs with the invisible characters
# (zero-width spaces and joiners, soft hyphens, BOMs: 投资2\u200b亿元 is 2亿元),
# and markdown emphasis, but not between digits (2**3亿元 is no 23亿元)
DROP = regex.compile(r"[\s\x1c-\x1f\u200b-\u200f\u00ad\u2060\ufeff]+|(?<!\d)(?:\*\*|__)|(?:\*\*|__)(?!\d)")
# (regex scans twice as fast as re; its \s lacks \x1c-\x1f)
# Full-width digits, letters and the marks numbers use (．％－～／) read as
# ASCII; the Chinese comma and colon stay, they separate clauses, not digits.
FOLD = {chr(c): unicodedata.normalize("NFKC", chr(c))
        for c in range(0xFF01, 0xFF5F) if chr(c).isalnum() or chr(c) in "．％－～／"}
FULL_WIDTH = re.compile("[" + "".join(FOLD) + "]")
# Traditional characters read as their simplified forms, one for one, so rules written in simplified characters
# match a text from 香港 or 臺灣 (寧夏回族自治區海原縣 is 宁夏回族自治区海原县, 萬餘人 is 万余人); a row's text
# stays as written. Only characters simplified text never uses (not 著 of 著名): tools/make_traditional.py.
SIMPLIFIED = str.maketrans(dict(line for line in (Path(__file__).with_name("traditional.txt")
                                                  .read_text(encoding="utf-8").splitlines())
                                if not line.startswith("#")))
TRADITIONAL = re.compile("[" + "".join(map(chr, SIMPLIFIED)) + "]")  # (re's set of thousands scans 200× faster than regex's)
WRITTEN_REACH = 80  # how far from a mention a piece of its clean text is looked for as written (its noun, its cue)
THOUSANDS_COMMAS = ",，"  # what parts a number's thousands (rules/common.yaml's DIGITS: 5,316万元, 82，225.00)
THOUSANDS = re.compile(r"\d{3}(?!\d)")  # the digits after what parts thousands (5,316万元; a space: 1 000 000元)


def marks_pattern(marks: str, thousands: bool = False) -> str:
    """A pattern of one of some marks; thousands: a comma between a digit and three more parts thousands, as the rules'
    DIGITS read it (ASCII or full-width: 6,000人, 8，236户), and is no mark (其中到广东就业6,000人、脱贫人口5,000人 is one
    clause of figures; 3,4 two)."""
    commas = "".join(c for c in THOUSANDS_COMMAS if c in marks) if thousands else ""
    # (a comma is a mark unless a digit stands before it and three after: 6,000; one class, as fast in re as in regex)
    guard = f"(?!(?<=\\d)[{commas}]{THOUSANDS.pattern})" if commas else ""
    return f"{guard}[{regex.escape(marks)}]"


# what ends a clause, for rules that look at the words just before a mention
# (每亩…2万元 takes 亩 only from its own clause); a comma parting thousands ends none, of either width, as the rules'
# DIGITS and Stops read it (人均收入从3,000元增加到8,800元 and 从3，000元增加到8，800元 are one clause; not 3,4)
CLAUSE_MARKS = "，。；：！？、,;:!?（）()“”\"…"
CLAUSE_END = re.compile(marks_pattern(CLAUSE_MARKS, thousands=True))
CLAUSE_REACH = 500  # the furthest a clause after a mention is read, in characters
TITLE_REACH = 60  # how far from a position a book title's marks around it may stand: no title is longer


def title_around(text: str, at: int) -> tuple[int, int] | None:
    """Where the letters of the book title a position stands in start and end, its 《》 closed around it within
    TITLE_REACH each way (《关于拨付2020年中央财政专项帮扶资金的通知》, 《长宁区对口支援与合作交流专项资金管理办法》), else
    None."""
    opened = text.rfind("《", max(0, at - TITLE_REACH), at)
    if opened < 0 or "》" in text[opened:at]:
        return None
    closed = text.find("》", at, at + TITLE_REACH)
    return (opened + 1, closed) if closed >= 0 else None


@dataclass
class Document:
    doc_id: str
    raw: str
    clean: str = field(init=False)
    # clean[i] is raw[i + shifts[k]] for the last k with cuts[k] <= i: only
    # dropped runs move offsets, so a few cuts map every character
    cuts: list[int] = field(init=False, repr=False)
    shifts: list[int] = field(init=False, repr=False)
    traditional: bool = field(init=False, repr=False)  # it holds traditional characters the clean text reads simplified
    note: str = ""  # e.g. "decoded as GB18030"
    source: str = ""  # where it was read, as messages show it
    input_date: str = ""  # a publication date given with the input (--date, a JSON Lines field)

    def __post_init__(self) -> None:
        self.traditional = TRADITIONAL.search(self.raw) is not None  # (most texts hold none: one search, no translation)
        self.clean, self.cuts, self.shifts = repair(self.raw, self.traditional)

    def clause_after(self, end: int, through: Collection[str] = ()) -> str:
        """The clean text from a position to the end of its clause, past the marks in `through`
        (、 joins the items of a list inside a clause: 1996年福建、宁夏建立…关系以来), at most CLAUSE_REACH
        characters (a list of thousands of years, 2019年、2019年、…, asks it of each), and within its paragraph (a diary's
        date line, 2020年3月18日　晴, ends before the entry's 疫情以来: the clean text keeps no break between them)."""
        stop = min(len(self.clean), end + CLAUSE_REACH, self.paragraph_at(max(0, end - 1)).end)
        m = CLAUSE_END.search(self.clean, end, stop)
        while m and m.group() in through:
            m = CLAUSE_END.search(self.clean, m.end(), stop)
        return self.clean[end:m.start() if m else stop]

    def clause_before(self, start: int, width: int = 12) -> str:
        """The clean text just before a position, back to the start of its clause, at most `width` characters."""
        window = self.clean[max(0, start - width):start]
        marks = list(CLAUSE_END.finditer(window))
        return window[marks[-1].end():] if marks else window

    def as_written(self, piece: str, near: int) -> str:
        """A piece of the clean text as the raw text writes it, from its occurrence nearest a clean position
        (贫困劳动力 of a text in traditional characters is 貧困勞動力 as written); the piece itself where the raw
        text breaks it up."""
        if not piece or not self.traditional:
            return piece
        low, high = max(0, near - WRITTEN_REACH), near + WRITTEN_REACH + len(piece)  # (a long text costs no more)
        before, after = self.clean.rfind(piece, low, near + len(piece)), self.clean.find(piece, near, high)
        at = min((a for a in (before, after) if a >= 0), key=lambda a: abs(a - near), default=-1)
        if at < 0:
            return piece
        start = self.raw_offset(at)
        written = self.raw[start:start + len(piece)]
        return written if written.translate(SIMPLIFIED) == piece else piece

    def raw_offset(self, i: int) -> int:
        return i + self.shifts[bisect_right(self.cuts, i) - 1]

    def clean_offset(self, r: int) -> int:
        """The clean index of the first kept character at raw offset r or after it
        (len(clean) when none is): in the kept run that starts last at or before r,
        else where the next run starts."""
        k = bisect_right(self._raw_starts, r) - 1
        if k < 0:  # before the first kept character (a text opening with blanks)
            return 0
        i = r - self.shifts[k]
        following = self.cuts[k + 1] if k + 1 < len(self.cuts) else len(self.clean)
        return min(i, following)

    @cached_property
    def _raw_starts(self) -> list[int]:
        """The raw offset where each kept run (cuts[k]) starts."""
        return [c + s for c, s in zip(self.cuts, self.shifts)]

    @cached_property
    def paragraphs(self) -> list[Paragraph]:
        """The paragraphs as SPEC.md defines them, in clean offsets (computed once)."""
        offset = self.clean_offset
        return [Paragraph(offset(s), offset(e), *kinds) for s, e, *kinds in paragraph_spans(self.raw)]

    @cached_property
    def sentences(self) -> list[tuple[int, int]]:
        """The sentences, in clean offsets: each ends at 。！？；(and the quotes
        closing it) or with its paragraph; a page break inside one ends nothing."""
        return [s for k in range(len(self.paragraphs)) for s in self._sentences_of(k)]

    def _sentences_of(self, k: int) -> list[tuple[int, int]]:
        """The sentences of paragraph k, split on first use: most paragraphs hold no figure to date."""
        split = self.__dict__.setdefault("_split", {})
        if k not in split:
            p, out = self.paragraphs[k], []
            start = p.start
            for m in SENTENCE_END.finditer(self.clean, p.start, p.end):
                out.append((start, m.end()))
                start = m.end()
            if start < p.end:
                out.append((start, p.end))
            split[k] = out
        return split[k]

    def list_introduction(self, paragraph: int, intro_ends: tuple[str, ...], is_item: Callable[[str], bool],
                          run_on: bool = False, numbered: bool = False):
        """The paragraph introducing the list a paragraph stands in, over fewer than LIST_LINES lines before it that are
        items of it (is_item, a line stripped): …结对关系如下。 over 北京市帮扶内蒙古自治区…；, 2019年各县市到位上海财政帮扶
        资金情况如下： over 嘉定区—武定县—5860万元; None for none. run_on: an introduction may also run on into the list's
        first line, a colon's line break ending nothing (结对关系如下：/ 广州市协作毕节市；): then the paragraph up to the
        introduction's end. numbered: the line opening a part (its number first) introduces it too (一、宝山区（对口帮扶
        曲靖市5个县（市）），合计1.75亿元 over 宝山区—会泽县—4,850万元)."""
        paragraphs, text = self.paragraphs, self.clean
        for k in range(paragraph - 1, max(-1, paragraph - LIST_LINES), -1):
            line = text[paragraphs[k].start:paragraphs[k].end].rstrip()
            if line.endswith(intro_ends) or numbered and PART_OPENING.match(line):
                return paragraphs[k]
            if run_on and (ends := [i + len(e) for e in intro_ends if (i := line.rfind(e)) >= 0]):
                return paragraphs[k]._replace(end=paragraphs[k].start + max(ends))
            if not is_item(line):
                return None
        return None

    @cached_property
    def record_lines(self) -> tuple[list[int], list[int]]:
        """The starts and ends, in clean offsets, of the raw lines with a space inside them, no number beside it
        (RECORD_GAP), each read on its own: a record, a name, a space, then what it is (张明　上海市援滇干部，红河州元阳县
        副县长（挂职）), and as well a header's fields (日期：2020年6月18日　来源：…; not 发布时间：2020-07-15 10:32　来源：…,
        a number by the gap) or a headline of two phrases, whose words would otherwise read the places of the lines
        above (m58-art9's 7 false pairs). A list of them runs on as one sentence, the clean text keeping no break
        between (SPEC.md: a line break inside a sentence ends nothing)."""
        starts, ends, at = [], [], 0
        for line in self.raw.split("\n"):
            if RECORD_GAP.search(line.strip()):
                starts.append(self.clean_offset(at))
                ends.append(self.clean_offset(at + len(line.rstrip())))
            at += len(line) + 1
        return starts, ends

    def record_line_start(self, i: int) -> int:
        """Where the record line holding clean offset i starts (record_lines), 0 where i stands on none."""
        starts, ends = self.record_lines
        k = bisect_right(starts, i) - 1
        return starts[k] if k >= 0 and i < ends[k] else 0

    @cached_property
    def _starts(self) -> tuple[list[int], list[int]]:
        """Where each paragraph starts, and each paragraph's section (the heading
        at or above it, -1 for none): for lookups by position."""
        sections, heading = [], -1
        for k, p in enumerate(self.paragraphs):
            if p.heading and not (k and self._leads(self.paragraphs[k - 1], p)):
                heading = k
            sections.append(heading)
        return [p.start for p in self.paragraphs], sections

    @cached_property
    def _speakers(self) -> dict[int, list[Paragraph]]:
        """Each section's speaker lines (…县委书记杨恩维讲述 closing the story above it)."""
        found: dict[int, list[Paragraph]] = {}
        for p, section in zip(self.paragraphs, self._starts[1]):
            if p.speaker:
                found.setdefault(section, []).append(p)
        return found

    def speakers(self, section: int) -> list[Paragraph]:
        """The lines that name who tells a section (-1: the text before any heading)."""
        return self._speakers.get(section, [])

    def _leads(self, paragraph: Paragraph, following: Paragraph) -> bool:
        """Whether a heading and the heading line right under it head one section: the first ends
        with a colon (河南民权县人和镇西屯村村支书李国礼： / 依托农业庄园 吸纳贫困户就业), or the two are
        lines of one heading, neither with a colon nor a date of its own (环卫工人黄清辉 / 今年有了年终奖 /
        福利待遇有保障; not a letter's signature 习近平 / 2020年3月15日, nor the heading under it); or the second is a
        table's heading row under its caption.
        (A document's 标题：… line does not lead: the title names what the whole text is about
        only loosely, and 内容： after it ends the header.)"""
        if not paragraph.heading:
            return False
        # (a caption over a table's heading row heads the table: 附件：…产品目录（2020年第二批） / 序号｜产品名称｜…)
        if self.clean.endswith(COLONS, paragraph.start, paragraph.end) or len(CELL_MARK.findall(
                self.clean, following.start, following.end)) >= 2:
            return True
        return not any(NOT_OF_A_HEADING.search(self.clean, p.start, p.end) for p in (paragraph, following))

    def paragraph_index(self, pos: int) -> int:
        """The index of the paragraph holding clean position pos (-1 before the first)."""
        return bisect_right(self._starts[0], pos) - 1

    def paragraph_at(self, pos: int) -> Paragraph:
        """The paragraph holding clean position pos (paragraph_index's)."""
        return self.paragraphs[self.paragraph_index(pos)]

    def numbered_above(self, paragraph: int) -> int:
        """The index of the nearest numbered heading above a paragraph (一、北京市 over the paragraphs of its part), -1
        for none."""
        return self._numbered_above[paragraph]

    @cached_property
    def _numbered_above(self) -> list[int]:
        """For each paragraph, numbered_above's: found once, not by walking back from every figure of a section of
        thousands of lines."""
        out, last = [], -1
        for k, paragraph in enumerate(self.paragraphs):
            out.append(last)
            last = k if paragraph.numbered else last
        return out

    def section_index(self, paragraph: int) -> int:
        """The index of the heading paragraph a paragraph stands under (itself when a heading), -1 for none."""
        return self._starts[1][paragraph] if paragraph >= 0 else -1

    def sentence_at(self, pos: int) -> tuple[int, int]:
        """The last sentence starting at or before pos ((0, 0) when none does)."""
        for k in range(self.paragraph_index(pos), -1, -1):
            sentences = self._sentences_of(k)
            if sentences:  # a paragraph of markup alone has none
                return sentences[bisect_right(sentences, pos, key=itemgetter(0)) - 1]
        return (0, 0)

    @cached_property
    def table_rows(self) -> list[Row]:
        """The rows of tables written with cell marks under a heading row of the same number of cells, in clean
        offsets (区（县）｜苏州结对地｜到位财政帮扶资金 / 1.碧江区｜昆山市｜4860万元): what each cell's column is
        called. A heading row holds no digit; a line of other cells, or of none, ends the table. A table may part
        its columns with spaces instead (序号　帮扶方　　　受援地 / 2　　海曙区　　　望谟县　　5320), or with dashes
        (县区—结对帮扶方—协作资金 / 汉滨区—常州市武进区—3960万元)."""
        if not any(mark in self.raw for mark in CELL_MARKS) and not CELL_GAP.search(self.raw) and not DASHED_ROW.search(self.raw):
            return []
        rows, head, at = [], None, 0
        for line in self.raw.split("\n"):
            start, at = at, at + len(line) + 1
            if not line.strip(RULE_LINE):
                continue  # (a markdown table's |---|---| under its heading row)
            cells = self._cells(start, line)
            if len(cells) < 3:
                head = head if not line.strip() else None  # (blank lines stand between a table's rows)
            elif not any(c.isdigit() for c in line):
                head = cells
            elif head and len(cells) == len(head):
                rows.append(Row(cells, head))
            else:
                head = None
        return rows

    def _cells(self, start: int, line: str) -> tuple[tuple[int, int], ...]:
        """The clean spans of a line's cells, the line starting at raw offset start: parted by cell marks, else by
        the spaces inside it; none for a line of sentences, whose spaces are a caption's (…实施项目400余个。（记者　张涛
        摄）: no row under the caption line above it)."""
        marks, first, last = CELL_MARK, 0, len(line)
        if not CELL_MARK.search(line):  # (the spaces around the line are none of its cells' parting)
            if any(stop in line for stop in FULL_STOPS):
                return ()
            marks, first, last = CELL_SPACES, len(line) - len(line.lstrip(SPACES)), len(line.rstrip(SPACES))
            if not CELL_SPACES.search(line, first, last):  # (a line of one cell: its dashes may part its cells)
                marks = CELL_DASHES
        spans, at = [], first
        for gap in marks.finditer(line, first, last):
            spans.append((at, gap.start()))
            at = gap.end()
        spans.append((at, last))
        return tuple((self.clean_offset(start + a), self.clean_offset(start + b)) for a, b in spans)

    def row_at(self, pos: int) -> Row | None:
        """The table row (table_rows) holding clean position pos, or None."""
        rows = self.table_rows
        k = bisect_right(rows, pos, key=lambda row: row.cells[0][0]) - 1
        return rows[k] if k >= 0 and pos < rows[k].cells[-1][1] else None

    def column_head(self, pos: int) -> tuple[int, int] | None:
        """The clean span of the heading cell over the table cell holding pos (到位财政帮扶资金 over 4860万元), or None."""
        row = self.row_at(pos)
        return row.head[bisect_right(row.cells, pos, key=itemgetter(0)) - 1] if row else None

    def raw_sentences(self) -> list[tuple[int, int]]:
        """The sentences, as facts read them, in raw offsets (what a page of the text marks)."""
        return [self.locate(s, e)[:2] for s, e in self.sentences if e > s]

    def locate(self, start: int, end: int) -> tuple[int, int, str]:
        """A clean-text span's raw span (end exclusive) and its text as SPEC.md
        reports it: the raw characters without whitespace."""
        s, e = self.raw_offset(start), self.raw_offset(end - 1) + 1
        text = self.raw[s:e]
        return s, e, (text if e - s == end - start else "".join(text.split()))


class Stops:
    """Marks that bound a stretch of text (a clause of one kind or another), sought
    forward and backward from a position: one scan each way, however long the sentence."""

    def __init__(self, marks: str, thousands: bool = False):
        """thousands: a comma parting thousands is no mark (marks_pattern)."""
        pattern = marks_pattern(marks, thousands)
        self._next, self._last = regex.compile(pattern), regex.compile(f"(?r){pattern}")

    def around(self, text: str, pos: int, start: int, end: int) -> tuple[int, int]:
        """The stretch between marks that holds pos, within [start, end)."""
        before, after = self._last.search(text, start, pos), self._next.search(text, pos, end)
        return (before.end() if before else start), (after.start() if after else end)


class Row(NamedTuple):
    cells: tuple[tuple[int, int], ...]  # each cell's clean span
    head: tuple[tuple[int, int], ...]  # the heading row's cells, one per column


class Paragraph(NamedTuple):  # a tuple: a long scraped page makes thousands
    start: int
    end: int
    heading: bool  # a heading line (一、…, 宝山区：, a title): the paragraphs under it are its section
    speaker: bool = False  # a line naming who told the section above it (…县委书记杨恩维讲述): not a heading
    numbered: bool = False  # a report's numbered heading (一、基本情况): a part of the section, not one of its own


CELL_MARKS = "｜|\t"  # what parts the cells of a table written as text (碧江区｜昆山市｜4860万元; a tab reads as ｜)
CELL_MARK = re.compile(f"[{CELL_MARKS}]")
SPACES = " \u3000"
# a text with a gap of spaces inside a line (not a paragraph's indent), or one full-width space, may hold a table
# written with them (碧江区　昆山市　3862; regex finds the first such gap in a page three times faster than re)
CELL_GAP = regex.compile(f"(?<=\\S)(?:[{SPACES}]{{2,}}|\u3000)(?=\\S)")
CELL_SPACES = re.compile(f"[{SPACES}]+")  # which parts its columns (序号　帮扶方　　　受援地 / 2　　海曙区　　　望谟县)
# and which parts them where no mark nor space does: dashes (县区—结对帮扶方—协作资金), not a hyphen (2019-01-22); a
# line is a row only under a heading row of as many cells, three or more, that holds no digit
CELL_DASHES = re.compile("—+")
DASHED_ROW = re.compile("—[^—\n]+—")  # a line with two runs of them, three cells: a text that may hold such a table
# a space inside a line, between a record's name and what it is (张明　上海市援滇干部); not one beside a number, which
# a wrapped sentence's line holds as often (…结对帮扶，投入资金 1200万元。: the line above is still its sentence)
RECORD_GAP = regex.compile(f"[^\\s\\d][{SPACES}]+[^\\s\\d]")
LIST_LINES = 40  # the most lines a list runs to under the line introducing it
RULE_LINE = CELL_MARKS + "-—:： \t"  # all a line ruling a table's heading off from its rows holds
# a sentence ends at these, with the closing quotes and brackets right after them
FULL_STOPS = "。！？!?"  # the sentence ends that ； is not: an account set in parts by ； runs past it
SENTENCE_MARKS = FULL_STOPS + "；;"
CLOSING_QUOTES = "”’」』"
SENTENCE_END = re.compile(f"[{SENTENCE_MARKS}]+[{CLOSING_QUOTES}）)]*")
CLAUSE_STOPS = SENTENCE_MARKS + "，,"  # what ends a clause, not a list's item (、) nor a quote
CLAUSE_STOP = re.compile(f"[{CLAUSE_STOPS}]")
PARAGRAPH_END = tuple(SENTENCE_MARKS + "…" + CLOSING_QUOTES)  # a line ending with one of these ends its paragraph
OPENING_BRACKETS, CLOSING_BRACKETS = "（(", "）)"  # (the rules' bracket_opens and bracket_closes read the same)
# so does a line ending with a note in brackets after its sentence's end (…不低于8000万元。（责任单位：区财政局）)
NOTED_END = re.compile(f"[{SENTENCE_MARKS}][{CLOSING_QUOTES}]*[{OPENING_BRACKETS}][^{OPENING_BRACKETS}{CLOSING_BRACKETS}]*"
                       f"[{CLOSING_BRACKETS}]$")
INSIDE_SENTENCE = re.compile(r"[，、；,;]")  # a heading holds none of these
HEADING_LENGTH = 40  # and runs to no more characters than these
# a line with one of these is no line of a longer heading: a label (内容：), a date (2020年2月21日)
NOT_OF_A_HEADING = re.compile(r"[：:]|\d{4}年\d{1,2}月\d{1,2}日")
# a line of labelled fields parted by a bar is a table's record, no heading (项目名称：…/资金：620万元/受益人数：540人;
# not a header line: 日期：2020年9月10日　来源：普洱市教育体育局)
RECORD_LINE = re.compile(r"[：:][^：:]*?[/|｜／]\s*[^：:/|｜／\s\d]{1,10}[：:].*\d")  # (来源：新华网 | 作者：王明: a header)
# what may follow a number on the next line as its scale or unit (6.04 / 亿元, 1862 / 人)
UNIT_STARTS = frozenset(CN_SCALE_CHARS + "元人名户个位次")
LABELLED_COUNT = re.compile(r"[^\s：:，。；]{1,10}[：:]\s*[\d,.]+$")  # a line's last field a count: 浏览次数：1362
# a label and the figure it gives (■ 财政援助资金：9860万元): a record under its heading, no heading itself; not a
# line wholly in 【】, a block's heading, a label and a count in it and all (【总量：9省市全部实现正增长】)
LABELLED_VALUE = re.compile(r"(?!【[^【】]*】$)[^，。；,;：:]{1,20}[：:]\s*[\d０-９.,]++(?!年)")  # (not 附：2020年…项目表)
COLONS = ("：", ":")  # what ends a label (扶贫协作：) or a line introducing what follows (…结对关系如下：)
COLON = re.compile(f"[{''.join(COLONS)}]")  # either, the first found in one scan (结对关系: 市南区—康县)
LABEL_LINE = re.compile(r"[^，。、；,;:：]{1,10}[：:]")  # 扶贫协作：罗平县、师宗县 — a labelled line is a paragraph
# a line ending with the period it heads, in brackets: a heading, commas and colons and all (起步：打井窖、建学校
# （1996—2000年）, 第二阶段（2016—2018年）)
PERIOD_HEADING = re.compile(rf"[{OPENING_BRACKETS}]\d{{4}}年?[—–\-~至到]\d{{4}}年?[{CLOSING_BRACKETS}]$")
# a line that introduces who speaks, ending with a colon, its titles listed with 、 (江苏对口帮扶贵州铜仁工作队
#印江工作组组长、印江县委常委、副县长沈建民：): a heading, like 浦东新区区委副书记单少军：
INTRODUCTION = re.compile(r"[^，。；！？,;!?：:]{4,60}[：:]")
# a short line of two phrases, with no end (救危重，先进装备缺不了 / 前不久，一项…), the line under it indented
# as a paragraph's first: a subheading, which ends its paragraph (its words are no part of the first
# sentence under it: 老兵带动 / 164名民兵申请火线入党) but heads no section (the story's place and year, named
# above it, still reach under it). A sentence broken by a page goes on unindented (2018年，嘉定区投入\n\n帮扶资金…)
INDENTS = ("\u3000", " ", "\t")
SUBHEADING = re.compile(r"[^。；！？;!?：:]{2,24}(?<![，、,])")
# a report's numbered heading (一、基本情况, 3、劳务协作, （二）强化资金项目管理，帮扶成效持续显现, a page's 03 采购主体
# 光荣榜) ends its paragraph, indented under it or not (government pages often indent nothing), and heads no section:
# the title's place reaches the report's parts (its year does not: a part is dated by its own heading, Paragraph.numbered)
ORDINAL_CHARS = "一二三四五六七八九十"  # the Chinese numbers of a report's parts
PART_ORDINAL = f"[{ORDINAL_CHARS}]{{1,3}}"  # 二 of 二、 and （二）
PART_NUMBER = rf"[{OPENING_BRACKETS}]{PART_ORDINAL}[{CLOSING_BRACKETS}]"  # （二）: a part of a report's part (二、), over its items (1.)
ITEM_MARKS = ".．、"  # what follows an item's number
ITEM_NUMBER = rf"\d{{1,2}}[{ITEM_MARKS}](?!\d)"  # 1. 2、: an item under a part (not 1.5亿元)
LINE_ITEM = re.compile(rf"(?:^|\n)[{''.join(INDENTS)}]{{0,4}}{ITEM_NUMBER}$")  # a line's item number so far: 3.
LINE_ITEM_REACH = 8  # the longest LINE_ITEM: its break, 4 spaces, 2 digits and the mark
# a part's number opening a line, its heading run into its text (一、财政帮扶资金再创新高。全年宁波市…)
PART_MARK = rf"{PART_ORDINAL}、"  # 二、 of 二、主要做法: a report's part, over its parts' parts (（一）)
PART_OPENING = re.compile(rf"{PART_MARK}|{PART_NUMBER}")
NUMBERED_HEADING = re.compile(rf"(?:(?:{PART_ORDINAL}|\d{{1,2}})、|{PART_NUMBER}|0[1-9][ \u3000]+)"
                              r"(?:[^，、；,;。！？!?：:…]{1,38}|(?:[^、；;。！？!?…\d０-９]|\d{4}年){1,37}[^，,、；;。！？!?：:…\d０-９])"
                              rf"(?:[{OPENING_BRACKETS}][^{OPENING_BRACKETS}{CLOSING_BRACKETS}。；;]{{1,20}}[{CLOSING_BRACKETS}])?[？?]?")
# (a comma or a colon too where it holds no figure, a year aside: 一、从“输血”到“造血”，帮扶力度逐年加大, 一、寻甸县：聚焦整村推进
# and 四、附：2019年度帮扶项目情况说明 are headings in two phrases, 1、投入资金1亿元，实施项目42个 an item whose period was
# left off; a question too, in a policy Q&A: 三、2021年的主要目标任务有哪些？; its totals in brackets after it:
# 一、产业发展类（5个，3380万元）)
# a line that closes a told story by naming its teller (广西柳州市政协副主席、融水苗族自治县县委书记杨恩维讲述):
# a paragraph of its own, even with a 、 in it, and no heading of the story after it. The line after it is a
# byline (本报记者 张云河整理), the next story's heading or nothing: not a sentence going on (讲述\n了经历。)
# a line of an itinerary or a diary: its day, a space, and where or what (6月14日　施甸县、龙陵县): a heading, 、 and all
DAY_HEADING = re.compile(r"\d{1,2}月\d{1,2}日[ \u3000\t]+[^，。；！？,;!?：:]{1,30}")
# what opens an item or a block at a line's start: a bullet, a bracketed label (【第3页】, 【解说】); not ▪, a sub-bullet
BLOCK_OPENERS = ("•", "●", "◆", "■", "▶", "►", "【")
# a line opening with a name or two and a dash is an item of a pairs list (静安区、虹口区——文山州所属贫困县 /
# 普陀区——昆明市：东川区、…): it opens a paragraph of its own, however long the line before it ran; not a range of
# years (2016—2020年), which may go on with a sentence, nor a table's row with an empty cell (合计｜——｜55300万元), nor
# a quoted phrase or a run of dashes (“州—县—乡”三级…, “唰——唰——”, ——记中国—东盟…: a broken sentence goes on with
# them). Two or more in a row are the items of a list, each ending its paragraph however it ends and none a heading
# however short, the first neither (松江区——西双版纳州 over 徐汇区——红河州：泸西县 under 结对关系: no section of its own
# hiding the heading from the lines after it)
DASHED_ITEM = re.compile(rf"[^\d，。；！？,;!?：:“”‘’《》—{CELL_MARKS}\s]{{2,20}}—")
SPEAKER_ENDS = ("讲述", "口述")
SPEAKER_LINE = re.compile(f"[^，。；！？,;!?：:]{{4,60}}(?:{'|'.join(SPEAKER_ENDS)})")


def paragraph_spans(raw: str) -> list[tuple[int, int, bool, bool, bool]]:
    """(start, end, heading, speaker, numbered) of each paragraph in raw offsets. A paragraph
    ends at a line break after the end of a sentence (。！？” …), after a heading
    line (a short first line of a paragraph without commas: 二、产业扶贫,
    浦东新区区委副书记单少军：), after a labelled line (扶贫协作：罗平县、师宗县), a
    speaker line (…县委书记杨恩维讲述) or a subheading (救危重，先进装备缺不了), and before a numbered heading after a
    blank line (…股长 / (blank) / 三、结对关系). Any other line break, as at a page break in the middle of a sentence
    (赴\n\n滇), ends nothing."""
    spans, start = [], None
    every = raw.splitlines(keepends=True)
    lines = [(at, line) for at, line in zip(accumulate(map(len, every), initial=0), every) if line.strip()]
    dashed = [DASHED_ITEM.match(line.lstrip()) is not None for _, line in lines]  # (each line matched once)
    for k, (line_start, line) in enumerate(lines):
        first = start is None
        if first:
            start = line_start + len(line) - len(line.lstrip())
        following = k + 1 < len(lines)
        dashed_next = following and dashed[k + 1]
        listed = dashed[k] and (k > 0 and dashed[k - 1] or dashed_next)  # (an item of a list: a dashed line beside it)
        # (a numbered heading after a blank line opens a part, whatever the line above lacks: a list of names, 韩梅（女）
        # 化德县扶贫办股长 / (blank) / 三、京蒙扶贫协作结对关系及三年到位财政援助资金)
        parted = (following and lines[k + 1][0] > line_start + len(line)
                  and bool(NUMBERED_HEADING.fullmatch(lines[k + 1][1].strip())))
        heading, speaker, numbered, ends = _line_kind(line.strip(), first, lines[k + 1][1] if following else None,
                                                     opening=k == 0, item=listed, opens_next=dashed_next or parted)
        if ends:
            spans.append((start, line_start + len(line.rstrip()), heading, speaker, numbered))
            start = None
    if start is not None:
        spans.append((start, len(raw.rstrip()), False, False, False))
    return spans


def _line_kind(text: str, first: bool, following: str | None, opening: bool = False, item: bool = False,
               opens_next: bool = False) -> tuple[bool, bool, bool, bool]:
    """Whether a line (stripped) is a heading, a speaker line, a numbered heading, and whether it ends its paragraph;
    first: it opens a paragraph; following: the next non-empty line as written, None at the end; opening: the text's
    first line, which heads the text (its title) where the line under it is indented, commas and all (顺义区扎实推进
    京蒙扶贫协作 助力科左中旗、奈曼旗脱贫摘帽 / 　　2018年4月，…); item: a dashed pair line (DASHED_ITEM) beside
    another, an item of their list; opens_next: the next line opens a paragraph (a dashed pair line, a numbered heading
    after a blank line)."""
    speaker = (first and text.endswith(SPEAKER_ENDS) and bool(SPEAKER_LINE.fullmatch(text))
               and (following is None or not following.rstrip().endswith(PARAGRAPH_END)))
    short = len(text) <= HEADING_LENGTH and not text.endswith(PARAGRAPH_END)
    titled = (opening and following is not None and following[:1] in INDENTS and not NOT_OF_A_HEADING.search(text)
              and not text.endswith(("，", "、", ",")) and not NUMBERED_HEADING.fullmatch(text))  # (据介绍，/ 一、基本情况)
    heading = (first and not speaker and not item and not RECORD_LINE.search(text) and not LABELLED_VALUE.match(text)
               and ((short and (titled or not INSIDE_SENTENCE.search(text) or bool(PERIOD_HEADING.search(text))
                                or bool(DAY_HEADING.fullmatch(text))))
                    or bool(INTRODUCTION.fullmatch(text))))
    subheading = (first and not heading and not speaker and bool(SUBHEADING.fullmatch(text))
                  and following is not None and following[:1] in INDENTS)
    numbered = first and bool(NUMBERED_HEADING.fullmatch(text))
    # a table's row written with tabs (1, 刺梨饮品项目, 广州医药集团, 5.2亿元, 大方县, a tab between each) is a paragraph of
    # its own; rows with bars are read as lines (碧江区｜昆山市｜4860万元), records of labelled fields among them
    # (项目名称：…｜资金：…)
    row = text.count("\t") >= 2
    # a line introducing a report's numbered parts (…请抓紧组织实施。具体如下： / 一、产业发展类项目（1120万元）): the
    # part opens a paragraph of its own, under no year of the line above
    part = (following or "").strip()
    introducing = text.endswith(COLONS) and bool(NUMBERED_HEADING.fullmatch(part) or PART_OPENING.match(part))
    # a line before a bullet, a bracketed block's label (• 帮扶项目1274个, 【第3页】, 【解说】) or a dashed pair line
    # (opens_next): an item or a block opens there, whatever the line before lacks (not a sub-bullet, ▪ 2017年 2.31亿元,
    # which goes on with its item)
    opening_next = opens_next or following is not None and following.lstrip().startswith(BLOCK_OPENERS)
    ends = (heading or item or speaker or subheading or numbered or row or introducing or opening_next
            or text.endswith(PARAGRAPH_END)
            or bool(NOTED_END.search(text))
            or bool(LABELLED_VALUE.match(text)) or bool(LABEL_LINE.match(text) and not text.endswith(("，", "、", ","))))
    return heading, speaker, numbered, ends


def _kept_mark(text: str, start: int, end: int) -> tuple[int, str] | None:
    """Where a dropped run keeps one character, and what it reads as: a line break that parts numbers
    (_keeps_break), a tab between two cells of a line, which reads as the cell mark (a table's row copied from a
    web page, 1, 刺梨饮品项目, 5.2亿元, 大方县 with a tab between each, reads 1｜刺梨饮品项目｜5.2亿元｜大方县), or a
    space between two digits, which parts two numbers (a date and its time, 2020-12-30 18:06, is no 2020-12-3018;
    an item's number before a year, 01　2016年, no 012016年), but for a space parting thousands (1 000 000元), or
    after the dot of a line's item number (3. 38.7亿元 is no 3.38.7亿元)."""
    if _keeps_break(text, start, end):
        return text.index("\n", start, end), "\n"
    if "\n" in text[start:end] or not 0 < start or not end < len(text):
        return None
    if "\t" in text[start:end]:
        return text.index("\t", start, end), CELL_MARKS[0]
    if text[start] in SPACES and text[end].isdigit() and (
            text[start - 1].isdigit() and not THOUSANDS.match(text, end)
            or LINE_ITEM.search(text, max(0, start - LINE_ITEM_REACH), start)):
        return start, " "
    return None


def _keeps_break(text: str, start: int, end: int) -> bool:
    """A number ending its line ends there: a section numeral heading (六) above a
    paragraph starting with digits (133人) is not 六133人, a date line above a paragraph
    (2019-07-20 / 7月18日) is not 2019-07-207月, a header's count above the text (浏览次数：1362 /
    去年，…) is not 1362去年, an item's number above its line (21 / 人民日报与…) is not 21人: that line break stays."""
    if "\n" not in text[start:end]:
        return False
    before, after = text[start - 1:start], text[end:end + 1]
    if (before in CN_DIGITS or before.isdigit()) and (after in CN_DIGITS or after.isdigit()):
        return True
    # (a line of a label or a number alone: not a number a page break parts from its unit, 捐赠帮扶资金6.04 / 亿元)
    line = text[text.rfind("\n", 0, start) + 1:start].strip()
    return (before.isdigit() and after not in UNIT_STARTS  # (帮扶资金：6.04 / 亿元 is one amount)
            and (line.isdigit() or bool(LABELLED_COUNT.search(line))))


def repair(raw: str, traditional: bool) -> tuple[str, list[int], list[int]]:
    """Clean text and its offset map (cuts, shifts), built slice by slice:
    masking, folding and simplifying (where the text holds traditional
    characters) keep every character in place, so only the dropped runs move
    offsets."""
    text = URL.sub(lambda m: URL_MASK * len(m.group()), raw)
    text = FULL_WIDTH.sub(lambda m: FOLD[m.group()], text)  # 1:1, and rare: cheaper than translate
    if traditional:
        text = text.translate(SIMPLIFIED)  # (1:1 too)
    pieces, cuts, shifts, pos = [], [0], [0], 0

    def drop(start: int, end: int) -> None:
        if start == end:
            return
        shift = shifts[-1] + end - start
        cut = end - shift  # the clean index of the next kept character
        if cuts[-1] == cut:  # runs back to back (a blank line, then **)
            shifts[-1] = shift
        else:
            cuts.append(cut)
            shifts.append(shift)

    for run in DROP.finditer(text):
        start, end = run.span()
        pieces.append(text[pos:start])
        kept = _kept_mark(text, start, end)  # a line break or a cell's tab stays, at its own raw offset
        if kept is not None:
            at, mark = kept
            drop(start, at)
            pieces.append(mark)
            drop(at + 1, end)
        else:
            drop(start, end)
        pos = end
    pieces.append(text[pos:])
    return "".join(pieces), cuts, shifts
