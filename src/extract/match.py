"""Finding: a rule's pattern over a document's text, words from a list, and the CPU budget both run under."""
from __future__ import annotations

import signal
import threading
from operator import itemgetter

import ahocorasick_rs

MATCH_TIMEOUT = 2.0  # CPU seconds per document, plus 1 s per 25k characters: a runaway pattern fails its document


class WordMatcher:
    """One pass over the text finds every listed word, however many there are."""

    def __init__(self, words):
        self.words = list(dict.fromkeys(words))
        # a contiguous NFA: of the 6,500 words the rules list, built in 6 ms (a DFA: 13 ms, at every start) and
        # scanning as fast as a DFA (the default NFA: half as fast)
        self._automaton = ahocorasick_rs.AhoCorasick(self.words,
                                                     implementation=ahocorasick_rs.Implementation.ContiguousNFA)

    def find(self, text: str) -> list[tuple[int, int, str]]:
        """Every occurrence, overlapping ones included, as (start, end, word):
        by start, the longest first."""
        hits = self._automaton.find_matches_as_indexes(text, overlapping=True)  # (word index, start, end)
        hits.sort(key=itemgetter(2), reverse=True)
        hits.sort(key=itemgetter(1))  # stable: by start, and among equal starts the longest first
        words = self.words
        return [(start, end, words[i]) for i, start, end in hits]


def find(rule, doc, limit: TimeLimit, anchors: dict) -> list:
    """All matches of a pattern rule, left to right without overlap.

    A rule with an anchor is tried only where its anchor matches (every money
    and headcount rule starts at a number): one scan for the anchor, shared
    by all rules through `anchors`, instead of one full scan per rule; a rule
    may take only the places where a named group of the anchor matched (the
    money rules where a currency follows). An anchor of words takes their
    places from the document's shared word scan.
    """
    limit.rule, timeout, text = rule.id, limit.per_call, doc.text
    try:
        if rule.anchor is None and not rule.anchor_words:
            return list(rule.pattern.finditer(text, timeout=timeout))
        key = rule.anchor.pattern if rule.anchor is not None else rule.anchor_words
        if key not in anchors:
            anchors[key] = (_by_group(_scan(rule, text, timeout)) if rule.anchor is not None
                            else {None: sorted({s for s, _, word in doc.hits() if word in rule.anchor_words})})
        found, end = [], 0
        for pos in anchors[key].get(rule.anchor_group, ()):
            if pos >= end and (m := rule.pattern.match(text, pos, timeout=timeout)):
                found.append(m)
                end = m.end()
        return found
    except TimeoutError:
        raise RuleTimeout(rule.id, limit.doc_id, timeout) from None


def _scan(rule, text: str, timeout: float | None):
    """A rule's anchor over the text: by its re twin under the document's alarm (timeout None)."""
    if timeout is None and rule.anchor_scan is not None:
        return rule.anchor_scan.finditer(text)
    return rule.anchor.finditer(text, timeout=timeout)


def _by_group(matches) -> dict[str | None, list[int]]:
    """Anchor positions, all of them (None) and by the named group that matched
    there (money, people): a rule may ask for one group's positions only."""
    found: dict[str | None, list[int]] = {None: []}
    for m in matches:
        found[None].append(m.start())
        if m.lastgroup:
            found.setdefault(m.lastgroup, []).append(m.start())
    return found


class TimeLimit:
    """How much CPU time the rules may take on one document; `rule` is the one running.

    In a process's main thread (the CLI, every local worker) one CPU-time
    alarm guards the whole document. Elsewhere (Dask's threads, a caller's
    threads) each regex call gets regex's own timeout instead, which reads
    a clock as it scans: long scans run ~40% slower that way.
    """

    def __init__(self, doc_id: str, chars: int):
        self.doc_id, self.rule = doc_id, ""
        # a page with a figure every 20 characters, the densest text the rules meet, runs at ~25k characters/s on a
        # slow machine (7 s for 180k), the slope allowed here, MATCH_TIMEOUT its margin; a runaway pattern costs the
        # square of its length and passes any slope soon
        self.seconds = MATCH_TIMEOUT + chars / 25_000
        self.per_call: float | None = None
        self._previous = None  # the handler to put back, when the alarm is ours

    def __enter__(self) -> TimeLimit:
        if (threading.current_thread() is threading.main_thread() and hasattr(signal, "setitimer")
                and not signal.getitimer(signal.ITIMER_VIRTUAL)[0]):  # never displace a caller's own timer
            self._previous = signal.signal(signal.SIGVTALRM, self._expired) or signal.SIG_DFL
            signal.setitimer(signal.ITIMER_VIRTUAL, self.seconds)
        else:
            self.per_call = self.seconds
        return self

    def __exit__(self, *exc) -> None:
        if self._previous is None:
            return
        previous, self._previous = self._previous, None  # from here on a late alarm is ignored
        try:
            signal.setitimer(signal.ITIMER_VIRTUAL, 0)
        finally:
            signal.signal(signal.SIGVTALRM, previous)

    def _expired(self, signum, frame):
        if self._previous is not None:
            raise RuleTimeout(self.rule, self.doc_id, self.seconds)


class RuleTimeout(Exception):
    def __init__(self, rule_id: str, doc_id: str, seconds: float):
        super().__init__(f"rule {rule_id} took over {seconds:g} s on {doc_id} (catastrophic backtracking?)")
        self.rule_id = rule_id
