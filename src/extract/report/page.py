"""An article page: its text with every mention highlighted, gold marks, its facts beside it.

The renderer is our own, not displaCy: checked with spaCy 3.8, displaCy's
`span` style puts a space after every token (2 0 1 9 年 in Chinese), its
`ent` style repeats the text of overlapping spans (a place inside an amount's
sentence, a year inside a date), and `page=True` output has no charset. Here
the text is cut at every edge of every mention, sentence and gold mark; each
piece carries the classes of all the marks over it, so overlapping marks show
together (a place underlined inside a green amount), the characters appear
once each, exactly as in the file, and line breaks stay (white-space: pre-wrap).
"""
from __future__ import annotations

from dataclasses import dataclass
from html import escape


@dataclass
class Mark:
    """A highlighted stretch of the raw text: a mention (table) or a gold mark (g-miss, g-false, g-wrong)."""
    start: int
    end: int
    kind: str  # a table name, or g-miss / g-false / g-wrong
    anchor: str  # its id in the page
    title: str  # what a hover or click shows

    @property
    def css(self) -> str:
        return self.kind if self.kind.startswith("g-") else f"t-{self.kind}"


def highlight(raw: str, marks: list[Mark], sentences: list[tuple[int, int]]) -> str:
    """The text as HTML: sentences as <span class="s" id="s-START">, marked pieces as <span class="m …" title=…>."""
    cuts = sorted({0, len(raw), *(x for m in marks for x in (m.start, m.end)), *(x for s in sentences for x in s)})
    starts = {s: e for s, e in sentences}
    ends = {e for _, e in sentences}
    anchors: dict[int, list[str]] = {}
    for m in marks:
        anchors.setdefault(m.start, []).append(m.anchor)
    marks = sorted(marks, key=lambda m: m.start)
    out, active, k = [], [], 0
    for a, b in zip(cuts, cuts[1:]):
        while k < len(marks) and marks[k].start <= a:
            active.append(marks[k])
            k += 1
        active = [m for m in active if m.end > a]
        if a in starts:
            out.append(f'<span class="s" id="s-{a}">')
        out += [f'<a id="{escape(x)}"></a>' for x in anchors.get(a, ())]
        piece = escape(raw[a:b])
        if active:
            css = " ".join(dict.fromkeys(m.css for m in active))
            title = escape("\n".join(m.title for m in active))
            piece = f'<span class="m {css}" title="{title}">{piece}</span>'
        out.append(piece)
        if b in ends:
            out.append("</span>")
    return "".join(out)
