"""Documents: one row per document, from what it says about itself.

The header lines at the top of a file (连接：…, 标题：…, 日期：…, 内容：), or right
under its title lines (a government page: 标题 / 发布时间：…; a paper's: 标题 / 来源：宁波日报),
give the title, the web address and the publication date; else the file name
(20200720-01-01.txt) or a date given with the input. No date is better
than a wrong one: a date in the body text (3月10日) is never read as the
publication date. Whether a document repeats an earlier one needs every
document of the run: the run fills `duplicate_of` (see `first_of_body`).
"""
from __future__ import annotations

import datetime
import hashlib
import re
from dataclasses import dataclass, field, replace

from ..doc import Mention
from ..document import CLOSING_QUOTES, HEADING_LENGTH, INSIDE_SENTENCE, PARAGRAPH_END
from ..registry import Table, a_regex, across, finder, option_pattern, register_table
from ..rules import alternation


@dataclass(frozen=True, slots=True)
class DocumentInfo:
    source: str  # where it was read, as given
    title: str
    date: str  # YYYY-MM-DD, or empty
    date_source: str  # header, url, file_name, input
    url: str
    chars: int
    duplicate_of: str  # the doc_id of the first document with the same body (filled by the run)
    body: str = field(default="", metadata={"column": False})  # digest of the body without whitespace
    # where the title's words stand, clean offsets ((0, 0) for none): the facts read the place it names
    title_at: tuple[int, int] = field(default=(0, 0), metadata={"column": False})
    body_at: int = field(default=0, metadata={"column": False})  # where the text after the header lines starts (clean)
    # with no 标题： line, the title is the first line after the header lines, a heading (title_guessed); a heading
    # under it opening with a dash is its subtitle (——沿河土家族自治县2019年…工作总结)
    subtitle_at: tuple[int, int] = field(default=(0, 0), metadata={"column": False})
    # the heading line under them, where the body names who issues it (黔西南州人力资源和社会保障局)
    byline_at: tuple[int, int] = field(default=(0, 0), metadata={"column": False})
    title_guessed: bool = field(default=False, metadata={"column": False})


DOCUMENTS = register_table(Table("documents", DocumentInfo, keys=("date", "duplicate_of"), rules="documents.yaml",
                                 spans=False, free_text=("source", "title", "url", "duplicate_of"), across="documents.duplicates",
                                 scoring="documents"))
LEXICONS = ("header_labels", "subtitle_dashes", "report_title_ends", "issuer_ends", "report_title_openers")


@dataclass
class Header:
    fields: dict[str, str]  # what each header label said: url, title, date
    body_start: int  # raw offset where the text after the header lines begins
    title_at: tuple[int, int] = (0, 0)  # raw offsets of the title's lines


TITLE_LINES = 3  # the most title lines a page sets above its header lines (标题 / 副标题 / 发布时间：…)
TITLE_LENGTH = 80  # the longest title a subtitle line may stand under (a report's: 关于…情况和…安排的报告)
# a line that can be one of them: short, no full stop, no header label (a headline's ！ and ： may stand: 龙华—东兰：
# 山海相连，一起奔小康！ / 发布时间：2020-09-18)
TITLE_LINE = re.compile(r"[^。]{1,60}")
SITE_NAME = re.compile(r"[^，。；：,;:!?！？\s]{2,20}")  # a page's site before its header fields: 纳雍县人民政府网
QUOTED = re.compile(r"“[^“”]*”")  # a quoted phrase of a title, whose 、 parts no clauses (“稳得住、能致富”)


def read_header(raw: str, lexicons, web_address: str) -> Header:
    """The header lines at the top of a text, or right under its title lines, a date in them or not
    (政府网站: 标题 / 发布时间：2020-06-18　来源：河池日报; 标题 / 来源：宁波日报): `label：value`, the title going on over the lines
    after it (two-line titles), up to 内容： or the first line that is none of these. An address label's value
    counts only as a web address (来源：龙陵县人民政府 names who published it: a 链接： line after it still gives the
    url). Title lines above a header are where its title stands (title_at), though no 标题： names them."""
    header = _header_at(raw, 0, lexicons, web_address)
    if header.fields:
        return header
    lead, pos = [], 0
    for line in _lines(raw):
        text = line.strip()
        # (a header line under the title may open with its site's name: 孟连县融媒体中心　日期：2020年6月18日)
        if text and (len(lead) == TITLE_LINES or not TITLE_LINE.fullmatch(text) or _header_fields(text, lexicons)):
            break
        lead += [(pos, pos + len(line.rstrip()))] if text else []
        pos += len(line)
    if not lead:
        return header
    under = _header_at(raw, pos, lexicons, web_address)
    # (header lines under a title end the header though they give no date: the body starts below them, and 来源：宁波日报
    # names the text's place, not 兴仁市 its body names)
    if not under.body_start:  # (no line of them labelled: the title lines are the body's)
        return header
    return replace(under, title_at=under.title_at if under.title_at != (0, 0) else (lead[0][0], lead[-1][1]))


def _header_at(raw: str, start: int, lexicons, web_address: str) -> Header:
    """The header lines from a position on (see read_header)."""
    labels = lexicons["header_labels"]
    fields: dict[str, str] = {}
    pos, title_open, title_at, labelled = start, False, (0, 0), False
    for line in _lines(raw, start):
        text = line.strip()
        if found := _header_fields(text, lexicons):
            pos, labelled = pos + len(line), True
            for m in found:  # (来源：新华网　发布时间：2020-01-09: the date is the line's second field)
                kind = labels[m.group("label")]
                if kind == "body":
                    return Header(fields, pos, title_at)
                if kind == "title" and kind not in fields:
                    title_at = (pos - len(line), pos)
                if kind != "url" or option_pattern(web_address).match(m.group("value").strip()):
                    fields.setdefault(kind, m.group("value").strip())
                title_open = kind == "title"
        elif title_open and text:
            fields["title"] = " ".join(filter(None, (fields["title"], text)))
            pos += len(line)
            title_at = (title_at[0], pos)
        elif not text and (labelled or pos == start):
            pos += len(line)
            title_open = False
        else:
            break
    # (a line of fields none of which is kept, 来源：安顺日报, is a header line all the same: the text starts below it)
    return Header(fields, pos if labelled else 0, title_at)


# a line with its end, split where str.splitlines splits
LINE_ENDS = r"\n\r\v\f\x1c-\x1e\x85\u2028\u2029"
LINE = re.compile(rf"[^{LINE_ENDS}]*(?:\r\n|[{LINE_ENDS}]|\Z)")


def _lines(raw: str, start: int = 0):
    """The lines of a text from a position, one at a time, as str.splitlines(keepends=True) gives them: the
    header is read from the first few, and a long document is not split whole for them."""
    return (line for m in LINE.finditer(raw, start) if (line := m.group()))


def _header_fields(text: str, lexicons) -> list:
    """The `label：value` fields of a header line, several where spaces part them (来源：新华网　发布时间：2020-01-09
    08:47; not the time after a date's space), the line opening with a label or with the site's name before them
    (纳雍县人民政府网　　日期：2019年12月3日　　来源：县扶贫办); none for a line that is no header line."""
    line_re, gap = lexicons.derived(_label_line), lexicons.derived(_field_gap)
    parts = gap.split(text)
    fields = [line_re.match(part) for part in parts]
    if not fields[0] and not (len(parts) > 1 and SITE_NAME.fullmatch(parts[0])):
        return []
    return [m for m in fields if m]


def _field_gap(lexicons):
    return lexicons.compile(f"\\s+(?=(?:{alternation(lexicons['header_labels'])})\\s*[：:])")


def _label_line(lexicons):
    return lexicons.compile(f"(?s)(?P<label>{alternation(lexicons['header_labels'])})" r"\s*[：:]\s*(?P<value>.*)")


def parse_date(text: str, pattern: str) -> str:
    """The first valid date the pattern finds in the text, as YYYY-MM-DD, else ''."""
    for m in option_pattern(pattern).finditer(text):
        try:
            day = datetime.date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
        except ValueError:
            continue  # 2020-13-45: a malformed date is no date
        if 1900 <= day.year <= 2100:
            return day.isoformat()
    return ""


def publication_date(header: Header, name: str, input_date: str, options: dict) -> tuple[str, str]:
    """(date, date_source): a header line's date, else the web address's, else the file name's, else the input's."""
    for source, text, pattern in (("header", header.fields.get("date", ""), options["header_date"]),
                                  ("url", header.fields.get("url", ""), options["url_date"]),
                                  ("file_name", name, options["name_date"]),
                                  ("input", input_date, options["input_date"])):
        if text and (date := parse_date(text, pattern)):
            return date, source
    return "", ""


def body_digest(raw: str) -> str:
    """The body without whitespace, as a digest: two copies that differ only in their header are the same."""
    return hashlib.blake2b("".join(raw.split()).encode("utf-8"), digest_size=16).hexdigest()


@finder("document", lexicons=LEXICONS,
        options={**dict.fromkeys(("header_date", "url_date", "name_date", "input_date"), a_regex("y", "m", "d")),
                 "web_address": a_regex(), "document_number": a_regex()})
def describe_document(doc, rule):
    """The one row of a document: its header lines, or its file name and the input, and its size."""
    document = doc.document
    header = read_header(document.raw, rule.lexicons, rule.options["web_address"])
    name = document.doc_id.rsplit("/", 1)[-1]
    date, date_source = publication_date(header, name, document.input_date, rule.options)
    info = DocumentInfo(document.source or document.doc_id, header.fields.get("title", ""), date, date_source,
                        header.fields.get("url", ""), len(document.raw), "", body_digest(document.raw[header.body_start:]),
                        tuple(map(document.clean_offset, header.title_at)), document.clean_offset(header.body_start))
    return [Mention("documents", 0, 0, rule.id, _titled(info, document, doc.text, rule.lexicons,
                                                        rule.options["document_number"]))]


def _titled(info: DocumentInfo, document, text: str, lexicons, number: str) -> DocumentInfo:
    """The info with a title guessed where no header line names one: the first paragraph after the header lines,
    a heading, the heading under it opening with a dash (a subtitle), and the heading under them (a byline), or, a
    heading naming only its issuer, with the report's title under it; else a first line too long for a heading with
    a subtitle under it (_over_subtitle). Where the header gives the title (a 标题： line, or title lines over the header
    lines), the heading opening with a dash right after the header lines is its subtitle (关于本区…视察报告 / 发布时间：… /
    ——2019年10月22日在普陀区…会议上). A document's number over its title is no part of it (穗丰市场〔2021〕3号)."""
    paragraphs = document.paragraphs
    first = next((k for k, p in enumerate(paragraphs) if p.start >= info.body_at), None)
    if first is None:
        return info
    if first + 1 < len(paragraphs) and option_pattern(number).fullmatch(text, *paragraphs[first][:2]):
        first += 1
    if info.title_at != (0, 0):
        return replace(info, subtitle_at=paragraphs[first][:2]) if _subtitle(paragraphs[first], text, lexicons) else info
    line = text[paragraphs[first].start:paragraphs[first].end]
    if not (paragraphs[first].heading or _quoted_title(line) or (first + 1 < len(paragraphs) and _headline(line))):
        return _over_subtitle(info, document, paragraphs[first].start, lexicons)
    after = paragraphs[first + 1] if first + 1 < len(paragraphs) else None
    if (after is not None and line.rstrip().endswith(lexicons["issuer_ends"])
            and text.startswith(lexicons["report_title_openers"], after.start) and after.end - after.start <= TITLE_LENGTH
            and not text.endswith(PARAGRAPH_END, after.start, after.end)):
        return replace(info, title_at=(paragraphs[first].start, after.end), title_guessed=True)
    subtitle = after is not None and _subtitle(after, text, lexicons)
    k = first + 1 + subtitle
    byline = paragraphs[k][:2] if k < len(paragraphs) and paragraphs[k].heading else (0, 0)
    return replace(info, title_at=paragraphs[first][:2], subtitle_at=after[:2] if subtitle else (0, 0),
                   byline_at=byline, title_guessed=True)


def _subtitle(paragraph, text: str, lexicons) -> bool:
    """Whether a paragraph under a title is its subtitle: a heading opening with a dash."""
    return paragraph.heading and text.startswith(lexicons["subtitle_dashes"], paragraph.start)


def _over_subtitle(info: DocumentInfo, document, at: int, lexicons) -> DocumentInfo:
    """The info with the first line from a clean position (the header lines' end, a document's number over its title
    past: 沪府〔2020〕12号) as its title, where it is one phrase no longer than a title runs and the line under it opens
    with a dash, its subtitle (关于普陀区2019年…预算执行情况和2020年预算安排的报告 / ——2020年4月23日在…会议上): a
    government report's title, longer than a heading; or where it names a report, a list in it (广州市教育局2019年对口
    帮扶黔南州、毕节市教育“组团式”帮扶工作总结)."""
    lines = [(m.start(), m.end()) for m in LINE.finditer(document.raw, document.raw_offset(at))
             if m.group().strip()][:2]
    if len(lines) < 2:
        return info
    (start, end), (below, below_end) = lines
    line = document.raw[start:end]
    title, start = line.strip(), start + len(line) - len(line.lstrip())
    report = title.endswith(lexicons["report_title_ends"]) and not INSIDE_SENTENCE.search(title.replace("、", ""))
    over_dash = not INSIDE_SENTENCE.search(title) and document.raw.startswith(lexicons["subtitle_dashes"], below)
    if len(title) > TITLE_LENGTH or title.endswith(PARAGRAPH_END) or not (report or over_dash):
        return info
    return replace(info, title_at=(document.clean_offset(start), document.clean_offset(start + len(title))),
                   subtitle_at=tuple(map(document.clean_offset, (below, below_end))) if over_dash else (0, 0),
                   title_guessed=True)


def _headline(line: str) -> bool:
    """Whether a first line over the text is a headline of two phrases or a question, though a comma or a question
    mark keeps it from being a heading (新一轮东西部协作结对关系调整，甘肃有哪些变化？; 山海情深结硕果，携手奔小康):
    short, one comma at most, no other clause mark, ending with no mark or one asking or exclaiming."""
    return _title_marks(line) in ([], ["，"]) and not line.rstrip("？！?!").endswith(PARAGRAPH_END)


def _quoted_title(line: str) -> bool:
    """Whether a first line that ends a paragraph with a closing quote is a title all the same (厦门“飞地”扎根东乡山乡
    产业园里端上“家门口的饭碗”): short, no clause mark outside its quotes (库区移民“稳得住、能致富”, “张家港这门亲戚，
    我们沿河人走得越来越亲”), its quote closing no sentence (not “我们一定能脱贫。”)."""
    return (_title_marks(line) == [] and line.endswith(tuple(CLOSING_QUOTES))
            and not line.rstrip(CLOSING_QUOTES).endswith(PARAGRAPH_END))


def _title_marks(line: str) -> list[str] | None:
    """The clause marks of a first line outside its quotes, where it is short enough for a title; None where not."""
    return INSIDE_SENTENCE.findall(QUOTED.sub("", line)) if len(line) <= HEADING_LENGTH else None


@across("documents.duplicates")
class FirstOfBody:
    """Across a run, in doc order: a document whose body equals an earlier one's
    names that one in `duplicate_of`. Keeps one digest per distinct body."""

    def __init__(self):
        self.first: dict[str, str] = {}
        self.duplicates = 0

    def __call__(self, doc_id: str, info: DocumentInfo) -> DocumentInfo:
        first = self.first.setdefault(info.body, doc_id)
        if first == doc_id:
            return info
        self.duplicates += 1
        return replace(info, duplicate_of=first)

    def summary(self) -> str:
        return f"{self.duplicates} duplicate document(s)"
