"""Load and validate rules/ into compiled matchers.

A rule file is data: lexicons (word -> meaning), macros (named regex
pieces, written {NAME}), and rules, each with an id, a description, a
pattern or a mechanism, and examples. Python holds only the mechanisms
(normalizers, registered by name in extract.tables); every word list and
pattern a user may want to change lives in rules/.
"""
from __future__ import annotations

import csv
import re
from operator import itemgetter
import signal
import threading
from dataclasses import dataclass, field
from pathlib import Path

import ahocorasick_rs
import regex
import yaml

DEFAULT_DIR = Path(__file__).resolve().parents[2] / "rules"
TABLES = ("places", "amounts", "headcounts", "years")
RULE_FILES = ("common.yaml", *(f"{t}.yaml" for t in TABLES), "divisions.csv")
RULE_FIELDS = {"id", "description", "pattern", "anchor", "normalize", "examples", "options"}
EXAMPLE_FIELDS = {"text", "rows"}
MACRO = re.compile(r"\{([A-Z][A-Z0-9_]*)\}")
MATCH_TIMEOUT = 2.0  # CPU seconds per document, plus 1 s per 50k characters: a runaway pattern fails its document


class RuleError(Exception):
    """Problems found in rule files; .problems holds one line each."""

    def __init__(self, problems: list[str]):
        super().__init__("\n".join(problems))
        self.problems = problems


@dataclass
class Example:
    text: str
    rows: list[dict]
    where: str  # file:line, for messages


@dataclass
class Rule:
    id: str
    table: str
    description: str
    normalize: str
    pattern: regex.Pattern | None
    anchor: regex.Pattern | None  # where the pattern may start; None: anywhere
    options: dict
    examples: list[Example]
    where: str


@dataclass
class RuleSet:
    directory: Path
    lexicons: dict[str, dict]
    rules: dict[str, list[Rule]] = field(default_factory=dict)
    divisions: list[dict] = field(default_factory=list)

    def all_rules(self) -> list[Rule]:
        return [r for t in TABLES for r in self.rules.get(t, [])]

    def lexicon(self, name: str) -> dict:
        return self.lexicons[name]


class _LineLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
    """SafeLoader (libyaml's when present: 7x faster) that records the line of every mapping."""


def _construct_mapping(loader, node):
    mapping = loader.construct_mapping(node, deep=True)
    mapping["__line__"] = node.start_mark.line + 1
    return mapping


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def _strip_lines(value):
    if isinstance(value, dict):
        return {k: _strip_lines(v) for k, v in value.items() if k != "__line__"}
    if isinstance(value, list):
        return [_strip_lines(v) for v in value]
    return value


def alternation(words) -> str:
    """Longest-first alternation, so 超过 wins over 超."""
    return "|".join(regex.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


class WordMatcher:
    """One pass over the text finds every listed word, however many there are."""

    def __init__(self, words):
        self.words = list(dict.fromkeys(words))
        # a DFA: more memory than the default NFA, a faster scan (thousands of division names)
        self._automaton = ahocorasick_rs.AhoCorasick(self.words, implementation=ahocorasick_rs.Implementation.DFA)

    def find(self, text: str) -> list[tuple[int, int, str]]:
        """Every occurrence, overlapping ones included, as (start, end, word):
        by start, the longest first."""
        hits = self._automaton.find_matches_as_indexes(text, overlapping=True)  # (word index, start, end)
        hits.sort(key=itemgetter(2), reverse=True)
        hits.sort(key=itemgetter(1))  # stable: by start, and among equal starts the longest first
        words = self.words
        return [(start, end, words[i]) for i, start, end in hits]


def expand(pattern: str, macros: dict[str, str], where: str, depth: int = 0) -> str:
    if depth > 10:
        raise RuleError([f"{where}: macros nest too deep (a macro refers to itself?)"])

    def sub(m):
        name = m.group(1)
        if name not in macros:
            raise RuleError([f"{where}: unknown macro {{{name}}}"])
        return "(?:" + expand(macros[name], macros, where, depth + 1) + ")"

    return MACRO.sub(sub, pattern)


def _read_yaml(path: Path, problems: list[str]) -> dict:
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_LineLoader)
    except (OSError, UnicodeDecodeError) as e:
        problems.append(f"{path}: cannot read ({e})")
        return {}
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        line = f":{mark.line + 1}" if mark else ""
        problems.append(f"{path}{line}: not valid YAML ({getattr(e, 'problem', e)})")
        return {}
    if not isinstance(data, dict):
        problems.append(f"{path}: expected a mapping with lexicons/macros/rules")
        return {}
    return data


def _lexicon_macros(lexicons: dict) -> dict[str, str]:
    return {name.upper(): alternation(words) for name, words in lexicons.items() if words}


def _load_rule(raw: dict, table: str, path: Path, macros: dict, problems: list[str]) -> Rule | None:
    where = f"{path}:{raw.get('__line__', '?')}"
    unknown = set(raw) - RULE_FIELDS - {"__line__"}
    if unknown:
        problems.append(f"{where}: unknown field(s) {', '.join(sorted(unknown))}")
    for key in ("id", "description", "normalize"):
        if not isinstance(raw.get(key), str) or not raw.get(key):
            problems.append(f"{where}: rule needs a non-empty '{key}'")
            return None
    compiled = anchor = None
    if "pattern" in raw:
        try:
            compiled = regex.compile(expand(str(raw["pattern"]), macros, where))
            if "anchor" in raw:
                anchor = regex.compile(expand(str(raw["anchor"]), macros, where))
        except RuleError as e:
            problems.extend(e.problems)
            return None
        except regex.error as e:
            problems.append(f"{where}: rule {raw['id']}: bad regex ({e})")
            return None
        if "m" not in compiled.groupindex and "m1" not in compiled.groupindex:
            problems.append(f"{where}: rule {raw['id']}: pattern needs a group (?P<m>...) for the mention")
    examples = []
    for ex in raw.get("examples") or []:
        ex_where = f"{path}:{ex.get('__line__', '?')}" if isinstance(ex, dict) else where
        if not isinstance(ex, dict) or "text" not in ex or set(ex) - EXAMPLE_FIELDS - {"__line__"}:
            problems.append(f"{ex_where}: rule {raw['id']}: an example is 'text' plus 'rows' (a list, empty for a negative)")
            continue
        examples.append(Example(str(ex["text"]), _strip_lines(ex.get("rows") or []), ex_where))
    if not any(e.rows for e in examples) or not any(not e.rows for e in examples):
        problems.append(f"{where}: rule {raw['id']}: needs at least one positive and one negative example")
    return Rule(raw["id"], table, raw["description"], raw["normalize"], compiled, anchor,
                _strip_lines(raw.get("options") or {}), examples, where)


def load_divisions(path: Path, problems: list[str]) -> list[dict]:
    need = {"code", "name", "kind", "level", "parent", "parent_code", "short_forms"}
    try:
        with open(path, encoding="utf-8", newline="") as f:
            reader = csv.DictReader(f)
            missing = need - set(reader.fieldnames or [])
            if missing:
                problems.append(f"{path}:1: missing column(s) {', '.join(sorted(missing))}")
                return []
            return list(reader)
    except (OSError, UnicodeDecodeError) as e:
        problems.append(f"{path}: cannot read ({e})")
        return []


def load_rules(directory: Path | str | None = None) -> RuleSet:
    """Read every rule file; raise RuleError listing all problems at once."""
    from .tables import FINDERS, NORMALIZERS  # the registries: tables register on import

    directory = Path(directory or DEFAULT_DIR)
    problems: list[str] = []
    if not directory.is_dir():
        raise RuleError([f"{directory}: rules directory not found"])
    common = _read_yaml(directory / "common.yaml", problems)
    lexicons = _strip_lines(common.get("lexicons") or {})
    files = {t: _read_yaml(directory / f"{t}.yaml", problems) for t in TABLES}
    for data in files.values():
        lexicons.update(_strip_lines(data.get("lexicons") or {}))
    macros = {**_lexicon_macros(lexicons), **_strip_lines(common.get("macros") or {})}
    ruleset = RuleSet(directory, lexicons)
    seen: dict[str, str] = {}
    for table, data in files.items():
        table_macros = {**macros, **_strip_lines(data.get("macros") or {})}
        rules = []
        for raw in data.get("rules") or []:
            rule = _load_rule(raw, table, directory / f"{table}.yaml", table_macros, problems)
            if rule is None:
                continue
            if rule.id in seen:
                problems.append(f"{rule.where}: duplicate rule id {rule.id} (first at {seen[rule.id]})")
            seen[rule.id] = rule.where
            registry = NORMALIZERS if rule.pattern is not None else FINDERS
            if rule.normalize not in registry:
                kind = "normalizer for a pattern" if rule.pattern is not None else "finder (a rule without pattern)"
                problems.append(f"{rule.where}: rule {rule.id}: unknown {kind} '{rule.normalize}' "
                                f"(known: {', '.join(sorted(registry))})")
            rules.append(rule)
        ruleset.rules[table] = rules
    ruleset.divisions = load_divisions(directory / "divisions.csv", problems)
    if problems:
        raise RuleError(problems)
    return ruleset


def find(rule: Rule, text: str, limit: TimeLimit, anchors: dict) -> list:
    """All matches of a pattern rule, left to right without overlap.

    A rule with an anchor is tried only where its anchor matches (every money
    and headcount rule starts at a number): one scan for the anchor, shared
    by all rules through `anchors`, instead of one full scan per rule.
    """
    limit.rule, timeout = rule.id, limit.per_call
    try:
        if rule.anchor is None:
            return list(rule.pattern.finditer(text, timeout=timeout))
        if rule.anchor.pattern not in anchors:
            anchors[rule.anchor.pattern] = [m.start() for m in rule.anchor.finditer(text, timeout=timeout)]
        found, end = [], 0
        for pos in anchors[rule.anchor.pattern]:
            if pos >= end and (m := rule.pattern.match(text, pos, timeout=timeout)):
                found.append(m)
                end = m.end()
        return found
    except TimeoutError:
        raise RuleTimeout(rule.id, limit.doc_id, timeout) from None


class TimeLimit:
    """How much CPU time the rules may take on one document; `rule` is the one running.

    In a process's main thread (the CLI, every local worker) one CPU-time
    alarm guards the whole document. Elsewhere (Dask's threads, a caller's
    threads) each regex call gets regex's own timeout instead, which reads
    a clock as it scans: long scans run ~40% slower that way.
    """

    def __init__(self, doc_id: str, chars: int):
        self.doc_id, self.rule = doc_id, ""
        self.seconds = MATCH_TIMEOUT + chars / 50_000  # 50k characters/s is far below any sane rule set
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
