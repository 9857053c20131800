"""jieba segmentation, taught the division names through its user dictionary.

Two backends run the same algorithm on the same dictionary: jieba-rs through
`rjieba` (the default, ~25x faster) and the reference Python `jieba`. Both
get the same user words with the same frequencies, so they cut alike; a test
holds them to identical tables on the corpus.
"""
from __future__ import annotations

import importlib.machinery
import importlib.util
import logging
import sys
from dataclasses import dataclass
from itertools import accumulate, pairwise

import regex

from .document import CLAUSE_MARKS, URL_MASK

BACKENDS = ("rjieba", "jieba")


@dataclass(frozen=True)
class UserWord:
    word: str
    freq: int
    only_if_new: bool  # short forms must not override a word jieba already knows


class Segmenter:
    def __init__(self, backend: str = "rjieba", words: tuple[UserWord, ...] = ()):
        if backend not in BACKENDS:
            raise ValueError(f"unknown segmenter backend {backend!r} (choose from {', '.join(BACKENDS)})")
        self.backend = backend
        if backend == "rjieba":
            self._engine = _rjieba_class()()
            add, known = (lambda w, f: self._engine.add_word(w, f, None)), self._engine.has_word
        else:
            import jieba
            jieba.setLogLevel(logging.WARNING)
            self._engine = jieba.Tokenizer()
            self._engine.initialize()
            add, known = self._engine.add_word, (lambda w: self._engine.FREQ.get(w, 0) > 0)
        self._known = known
        self._cut = self._engine.cut if backend == "rjieba" else self._engine.lcut
        for w in words:
            if not (w.only_if_new and known(w.word)):
                add(w.word, w.freq)

    def has_word(self, word: str) -> bool:
        return bool(self._known(word))

    def words(self, text: str) -> "Words":
        return Words(text, self._cut, self.has_word)


def _rjieba_class():
    """rjieba's Jieba class, without running rjieba/__init__.py.

    That file builds a module-level tokenizer with the whole dictionary
    (0.1 s) which this package never uses: each engine builds its own, since
    add_word on a shared one would leak division names into other callers.
    The extension module is registered under its usual name, so a later
    `import rjieba` reuses it (PyO3 modules load once per process).
    """
    if "rjieba.rjieba" not in sys.modules:
        package = importlib.util.find_spec("rjieba")
        finder = importlib.machinery.FileFinder(
            package.submodule_search_locations[0],
            (importlib.machinery.ExtensionFileLoader, importlib.machinery.EXTENSION_SUFFIXES))
        spec = finder.find_spec("rjieba.rjieba")
        module = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = module
        spec.loader.exec_module(module)
    return sys.modules["rjieba.rjieba"].Jieba


# Characters jieba never puts inside a block of Han letters and digits (the
# runs it segments one at a time), in either implementation: clause marks,
# brackets and quotes, whitespace, and the mask of a web address.
BREAKS = "[" + regex.escape(CLAUSE_MARKS + "‘’《》【】…" + URL_MASK) + r"\s]"
NEXT_BREAK = regex.compile(BREAKS)
LAST_BREAK = regex.compile("(?r)" + BREAKS)  # searched backwards from a position


class Words:
    """jieba's word boundaries over a text, cut block by block as asked.

    jieba segments each run of Han letters and digits (a block) on its own,
    and punctuation never belongs to one, so a block cut alone gives the
    words the whole text would: only blocks someone asks about are cut.
    Punctuation between blocks is one word per character, as in jieba.
    """

    def __init__(self, text: str, cut, known=None):
        self._text, self._cut = text, cut
        self.known = known  # word -> whether jieba's dictionary has it
        self.bounds: set[int] = set()  # where words start or end, inside the blocks cut so far
        self._is_cut = bytearray(len(text))  # 1 inside a block already cut

    def cut_around(self, positions) -> None:
        """Cut every block holding one of these positions (ascending), all in one call to jieba."""
        spans, end, is_cut = [], 0, self._is_cut
        for pos in positions:
            if end <= pos < len(is_cut) and not is_cut[pos] and (span := self._block(pos)):
                spans.append(span)
                end = span[1]
        if spans:
            self._cut_spans(spans)

    def is_start(self, pos: int) -> bool:
        return not self._inside(pos) or pos in self.bounds

    def word_at(self, pos: int) -> tuple[int, int]:
        """The span of the word holding character pos (a break character is a word of its own)."""
        return self.word_start(pos), self.word_end(pos)

    def word_start(self, pos: int, limit: int = 0) -> int:
        """Where the word holding character pos starts, looking back no further than limit."""
        while pos > limit and not self.is_start(pos):
            pos -= 1
        return pos

    def word_end(self, pos: int, limit: int | None = None) -> int | None:
        """Where the word holding character pos ends, looking no further than limit (None: not by then)."""
        last = len(self._text) if limit is None else min(limit, len(self._text))
        return next((k for k in range(pos + 1, last + 1) if self.is_end(k)), None)

    def is_end(self, pos: int) -> bool:
        return not self._inside(pos - 1) or pos in self.bounds

    def _inside(self, pos: int) -> bool:
        """Whether pos is inside a block (not on a break, not outside the text), cutting it if need be."""
        if not 0 <= pos < len(self._text):
            return False
        if self._is_cut[pos]:
            return True
        span = self._block(pos)
        if span:
            self._cut_spans([span])
        return span is not None

    def _block(self, pos: int) -> tuple[int, int] | None:
        """The block holding character pos; None when pos is a break."""
        text = self._text
        before = LAST_BREAK.search(text, 0, pos + 1)
        start = before.end() if before else 0
        if start == pos + 1:
            return None
        after = NEXT_BREAK.search(text, pos)
        return start, after.start() if after else len(text)

    def _cut_spans(self, spans: list[tuple[int, int]]) -> None:
        """One jieba call for many blocks: joined by a line break, which jieba
        always makes a word of its own, so each block cuts as it would alone."""
        words = self._cut("\n".join(self._text[s:e] for s, e in spans))
        lengths, i = list(map(len, words)), 0
        for (_, end), (start, _) in pairwise(spans):
            i = words.index("\n", i)
            lengths[i] = start - end  # the line break stands for the text between the two blocks
            i += 1
        self.bounds.update(accumulate(lengths, initial=spans[0][0]))
        for s, e in spans:
            self._is_cut[s:e] = b"\x01" * (e - s)
