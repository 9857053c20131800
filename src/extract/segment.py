"""jieba segmentation, taught the division names through its user dictionary.

Two backends run the same algorithm on the same dictionary: jieba-rs through
`rjieba` (the default, ~25x faster) and the reference Python `jieba`. Both
get the same user words with the same frequencies, so they cut alike; a test
holds them to identical tables on the corpus.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from itertools import accumulate

import regex

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
BREAKS = r"[，。！？；：、“”‘’（）《》【】…\s\u2591]"
NEXT_BREAK = regex.compile(BREAKS)
LAST_BREAK = regex.compile("(?r)" + BREAKS)  # searched backwards from a position


class Clause:
    """jieba's words of one clause (the text between two clause breaks), as
    the set of positions where a word starts or ends."""

    __slots__ = ("start", "end", "bounds")

    def __init__(self, start: int, end: int, words: list[str]):
        self.start, self.end = start, end
        self.bounds = set(accumulate(map(len, words), initial=start))

    def end_of_word_at(self, pos: int) -> int:
        while pos + 1 not in self.bounds:  # words are a few characters long
            pos += 1
        return pos + 1


class Words:
    """jieba's word boundaries over a text, cut clause by clause on first use.

    jieba segments each run of Han letters and digits on its own, and clause
    punctuation never belongs to such a run, so a clause cut alone gives the
    words the whole text would: only clauses someone asks about are cut.
    Punctuation between clauses is one word per character, as in jieba.
    """

    def __init__(self, text: str, cut):
        self._text, self._cut = text, cut
        self._cache: dict[int, Clause] = {}
        self._last: Clause | None = None  # callers mostly walk forward: one clause answers many questions

    def clause(self, pos: int) -> Clause | None:
        """The clause holding character pos; None on a clause break or outside the text."""
        last = self._last
        if last is not None and last.start <= pos < last.end:
            return last
        text = self._text
        if not 0 <= pos < len(text) or NEXT_BREAK.match(text, pos):
            return None
        before = LAST_BREAK.search(text, 0, pos)
        start = before.end() if before else 0
        clause = self._cache.get(start)
        if clause is None:
            after = NEXT_BREAK.search(text, pos)
            end = after.start() if after else len(text)
            clause = self._cache[start] = Clause(start, end, self._cut(text[start:end]))
        self._last = clause
        return clause

    def is_start(self, pos: int) -> bool:
        clause = self.clause(pos)
        return clause is None or pos in clause.bounds

    def is_end(self, pos: int) -> bool:
        clause = self.clause(pos - 1)
        return clause is None or pos in clause.bounds

    def end_of_word_at(self, pos: int) -> int:
        """Where the word holding character pos ends."""
        clause = self.clause(pos)
        return pos + 1 if clause is None else clause.end_of_word_at(pos)
