"""jieba segmentation, taught the division names through its user dictionary.

Two backends run the same algorithm on the same dictionary: jieba-rs through
`rjieba` (the default, ~25x faster) and the reference Python `jieba`. Both
get the same user words with the same frequencies, so they cut alike; a test
holds them to identical tables on the corpus.
"""
from __future__ import annotations

import logging
import re
from bisect import bisect_right
from dataclasses import dataclass
from itertools import accumulate

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
            import rjieba
            self._engine = rjieba.Jieba()
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
        return Words(text, self._cut)


# Characters jieba never puts inside a block of Han letters and digits (the
# runs it segments one at a time), in either implementation.
CLAUSE = re.compile(r"[^，。！？；：、“”‘’（）《》【】…\s\u2591]+")


class Words:
    """jieba's word boundaries over a text, cut clause by clause on first use.

    jieba segments each run of Han letters and digits on its own, and clause
    punctuation never belongs to such a run, so a clause cut alone gives the
    words the whole text would: only clauses someone asks about are cut.
    Punctuation between clauses is one word per character, as in jieba.
    """

    def __init__(self, text: str, cut):
        self._text, self._cut = text, cut
        self._spans = [m.span() for m in CLAUSE.finditer(text)]
        self._firsts = [s for s, _ in self._spans]
        self._cache: dict[int, tuple[set[int], set[int], list[int]]] = {}

    def _clause(self, pos: int):
        """(starts, ends, sorted ends) of the clause holding character pos, None between clauses."""
        k = bisect_right(self._firsts, pos) - 1
        if k < 0 or pos >= self._spans[k][1]:
            return None
        if k not in self._cache:
            s, e = self._spans[k]
            ends = [s + n for n in accumulate(map(len, self._cut(self._text[s:e])))]
            self._cache[k] = ({s, *ends[:-1]}, set(ends), ends)
        return self._cache[k]

    def is_start(self, pos: int) -> bool:
        clause = self._clause(pos)
        return clause is None or pos in clause[0]

    def is_end(self, pos: int) -> bool:
        clause = self._clause(pos - 1)
        return clause is None or pos in clause[1]

    def end_of_word_at(self, pos: int) -> int:
        """Where the word holding character pos ends."""
        clause = self._clause(pos)
        return pos + 1 if clause is None else clause[2][bisect_right(clause[2], pos)]
