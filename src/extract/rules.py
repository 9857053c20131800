"""Load and validate rules/ into a RuleSet: compiled rules bound to their mechanisms.

A rule file is data: lexicons (word -> meaning), macros (named regex
pieces, written {NAME}), and rules, each with an id, a description, a
pattern or a mechanism, and examples. Python holds only the mechanisms,
registered by name (extract.registry); which files exist, which lexicons
each mechanism reads and which tables there are all come from those
declarations, so a missing or doubled lexicon, an unknown file or a
mechanism registered twice is one line naming the file, before anything runs.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

import regex
import yaml

from . import registry
from .compiled import Parsed, Patterns, cache_dir, stdlib_twin
from .numbers import macros as numeral_macros
from .registry import Mechanism, Shape, Table

DEFAULT_DIR = Path(__file__).resolve().parents[2] / "rules"
SHARED_FILE = "common.yaml"  # lexicons and macros every table's rules may use
RULE_FIELDS = {"id", "description", "pattern", "anchor", "normalize", "examples", "options"}
EXAMPLE_FIELDS = {"text", "rows"}
MACRO = re.compile(r"\{([A-Z][A-Z0-9_]*)\}")
MAX_PATTERN = 1_000_000  # characters, macros expanded: nine macros, each ten copies of the next, are 10^8
DOC_SUFFIXES = (".md", ".txt")  # notes beside the rules (divisions.SOURCES.md), not rule files


class RuleError(Exception):
    """Problems found in rule files; .problems holds one line each."""

    def __init__(self, problems: list[str]):
        super().__init__("\n".join(problems))
        self.problems = problems


class Lexicons(dict):
    """The lexicons a mechanism declared. Reading another one is a bug in the
    mechanism, named here rather than a bare KeyError deep in a run."""

    def __init__(self, owner: str, items: dict, compile: Callable[[str], regex.Pattern] = regex.compile):
        super().__init__(items)
        self.owner = owner
        self.compile = compile  # regex.compile through the rule set's compiled-pattern cache
        self._derived: dict = {}

    def derived(self, build: Callable, *args):
        """What a mechanism builds from its lexicons (a pattern of all its words, compiled by
        `self.compile`), built on first use and kept with them: once per rule or step, not once per match."""
        key = (build, args)
        if key not in self._derived:
            self._derived[key] = build(self, *args)
        return self._derived[key]

    def words(self, name: str) -> re.Pattern:
        """A lexicon's words as one pattern, longest first (签订, 签署; 新增, 增加), compiled on first use."""
        return self.derived(_words_of, name)

    def __missing__(self, name):
        raise UndeclaredLexicon(f"{self.owner} reads lexicon '{name}' without declaring it (lexicons=...)")


def _words_of(lexicons: Lexicons, name: str) -> re.Pattern:
    # (the standard engine: a plain alternation of words, searched thousands of times per text, runs faster there)
    return re.compile(alternation(lexicons[name]))


def _frozen(words):
    """A list lexicon as a tuple: what str.startswith and endswith take, and no reader can change."""
    return tuple(words) if isinstance(words, list) else words


class UndeclaredLexicon(LookupError):
    pass


@dataclass
class Bound:
    """A mechanism with what it declared it reads: its lexicons and resources."""
    mechanism: Mechanism
    lexicons: Lexicons
    resources: dict[str, Any]

    @property
    def fn(self) -> Callable:
        return self.mechanism.fn


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
    anchor_words: frozenset[str] = frozenset()  # or: where one of these words starts (the shared word scan)
    anchor_group: str | None = None  # only where this group of the anchor matched (money, people)
    anchor_scan: re.Pattern | None = None  # the anchor as Python's re compiles it, when faster (compiled.stdlib_twin)
    bound: Bound | None = None  # its normalizer or finder, set once the rule set is valid

    @property
    def fn(self) -> Callable:
        return self.bound.fn

    @property
    def lexicons(self) -> Lexicons:
        return self.bound.lexicons

    @property
    def resources(self) -> dict[str, Any]:
        return self.bound.resources


@dataclass
class RuleSet:
    directory: Path
    tables: list[Table]  # in an order where each table comes after those it requires
    lexicons: dict[str, Any]
    rules: dict[str, list[Rule]] = field(default_factory=dict)  # table -> its rules, in file order
    steps: dict[str, list[Bound]] = field(default_factory=dict)  # table -> its steps, in order
    resources: dict[str, Any] = field(default_factory=dict)
    patterns: Patterns | None = None  # the compiled-pattern cache: save() once documents built more

    def all_rules(self) -> list[Rule]:
        return [r for t in self.tables for r in self.rules.get(t.name, [])]

    def files(self) -> list[str]:
        return rule_files(self.tables)


TEXT = Shape("text", lambda v: isinstance(v, str))
WORDS = Shape("a list of words", lambda v: isinstance(v, list) and all(isinstance(w, str) and w for w in v))
TEXT_BY_WORD = Shape("a mapping of words to text",
                     lambda v: isinstance(v, dict) and all(isinstance(k, str) and isinstance(x, str) for k, x in v.items()))
# a lexicon's values where its readers need more than text (角: 0.1 is multiplied: 角: abc would fail every
# document with 角); the values of every other mapping lexicon are text (a code, a label: 美元: USD)
LEXICON_VALUES = {
    "subunit_values": Shape("a number", lambda v: type(v) in (int, float) and math.isfinite(v)),
    "relative_years": Shape("a whole number", lambda v: type(v) is int),
    "five_year_plans": Shape("a whole number (the plan's first year)", lambda v: type(v) is int),
    "quoted_five_year_plans": Shape("a whole number (the plan's first year)", lambda v: type(v) is int),
    "currency_subunits": WORDS,
    "abbreviated_destinations": WORDS,
    "currency_by_country": TEXT_BY_WORD,
    "division_suffixes": Shape("a mapping {kind: text, level: text}",
                               lambda v: isinstance(v, dict) and all(isinstance(v.get(k), str) for k in ("kind", "level"))),
}


def _brief(value: Any) -> str:
    """A value as a message shows it: on one line, and not too long."""
    text = repr(value)
    return text if len(text) <= 40 else text[:39] + "…"


class _LineLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
    """SafeLoader (libyaml's when present: 7x faster) that records the line of every mapping."""


def _construct_mapping(loader, node):
    """A mapping with the line it starts on; a key given twice is refused (美元: USD … 美元: EUR)."""
    seen = {}
    for key_node, _ in node.value:
        if not isinstance(key_node, yaml.ScalarNode):  # ? [a, b]: a list as a key, which no reader expects
            raise yaml.constructor.ConstructorError(
                None, None, "a key must be a word or a name, not a list or mapping", key_node.start_mark)
        key = loader.construct_object(key_node, deep=True)
        if key in seen:
            raise yaml.constructor.ConstructorError(
                None, None, f"key {key!r} given twice (first on line {seen[key]})", key_node.start_mark)
        seen[key] = key_node.start_mark.line + 1
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
    # (a word of letters only needs no escaping: regex.escape on all 9,000 words was a twentieth of start-up)
    return "|".join(w if w.isalnum() else regex.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


def expand(pattern: str, macros: dict[str, str], where: str, depth: int = 0, done: dict | None = None) -> str:
    """{NAME} -> the macro, grouped; a {NAME_CHARS} macro is a set of characters
    and goes in as it is, for use inside [...] (`[\\d.{CN_NUMERAL_CHARS}]`).
    Each macro is expanded once per pattern, and the result may not pass
    MAX_PATTERN: macros that repeat macros grow exponentially (BOMB0: '{BOMB1}{BOMB1}…')."""
    if depth > 10:
        raise RuleError([f"{where}: macros nest too deep (a macro refers to itself?)"])
    done = {} if done is None else done

    def sub(m):
        name = m.group(1)
        if name not in macros:
            raise RuleError([f"{where}: unknown macro {{{name}}}"])
        if name not in done:
            body = expand(macros[name], macros, where, depth + 1, done)
            done[name] = body if name.endswith("_CHARS") else "(?:" + body + ")"
        return done[name]

    out = MACRO.sub(sub, pattern)
    if len(out) > MAX_PATTERN:
        raise RuleError([f"{where}: the pattern is over {MAX_PATTERN:,} characters once its macros are expanded "
                         "(a macro repeating macros that repeat macros?)"])
    return out


def rule_files(tables: list[Table]) -> list[str]:
    """Every file a rules folder must hold for these tables, in load order."""
    needed = [SHARED_FILE, *(t.rules for t in tables if t.rules)]
    for name in _resources_needed(tables):
        needed += registry.RESOURCES[name].files
    return list(dict.fromkeys(needed))


def _mechanisms_of(tables: list[Table]) -> list[Mechanism]:
    """The steps the tables declare (rules name their own normalizers)."""
    return [registry.STEPS[s] for t in tables for s in t.steps if s in registry.STEPS]


def _resources_needed(tables: list[Table], rules: list[Rule] = ()) -> list[str]:
    """The resources the tables' mechanisms read, each after the resources it reads itself."""
    mechs = _mechanisms_of(tables) + [m for r in rules if (m := _mechanism(r)) is not None]
    if not rules:  # before the rules are read: every registered mechanism of these tables may be named
        mechs += [*registry.NORMALIZERS.values(), *registry.FINDERS.values()]
    order: dict[str, None] = {}

    def need(name: str, path: tuple[str, ...] = ()) -> None:
        if name in order or name not in registry.RESOURCES or name in path:
            return
        for dependency in registry.RESOURCES[name].resources:
            need(dependency, (*path, name))
        order[name] = None

    for m in mechs:
        for name in m.resources:
            need(name)
    return list(order)


def _mechanism(rule: Rule) -> Mechanism | None:
    return (registry.NORMALIZERS if rule.pattern is not None else registry.FINDERS).get(rule.normalize)


class _Anchored(Exception):
    """A YAML anchor or alias in a rule file, at its line."""

    def __init__(self, line: int):
        self.line = line


def _load_yaml(text: str):
    """The file's data, refusing YAML anchors (&name): rule files need none, and
    aliases of anchors are how a few bytes expand into gigabytes. (Run only on a
    text not kept parsed: the scan is a tenth of start-up, and a kept text passed it.)"""
    if "&" in text:
        for token in yaml.scan(text, Loader=_LineLoader):
            if isinstance(token, (yaml.AnchorToken, yaml.AliasToken)):
                raise _Anchored(token.start_mark.line + 1)
    return yaml.load(text, Loader=_LineLoader)


def _read_yaml(path: Path, problems: list[str], parsed: Parsed) -> dict:
    try:
        data = parsed.get(path.read_text(encoding="utf-8"), _load_yaml)
    except _Anchored as e:
        problems.append(f"{path}:{e.line}: YAML anchors and aliases are not allowed in rule files")
        return {}
    except FileNotFoundError:
        problems.append(f"{path}: missing (a rule file of this rule set)")
        return {}
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
    return data if _well_shaped(data, path, problems) else {}


FILE_FIELDS = {"lexicons", "macros", "rules"}


def _well_shaped(data: dict, path: Path, problems: list[str]) -> bool:
    """The shapes a rule file's parts must have, each wrong one a line with the file and line."""
    before = len(problems)

    def where(value, default) -> str:
        return f"{path}:{value.get('__line__', default)}" if isinstance(value, dict) else f"{path}:{default}"

    top = data.get("__line__", 1)
    if unknown := set(data) - FILE_FIELDS - {"__line__"}:
        problems.append(f"{path}:{top}: unknown section(s) {', '.join(sorted(map(str, unknown)))} (known: lexicons, macros, rules)")
    lexicons, macros, rules = data.get("lexicons") or {}, data.get("macros") or {}, data.get("rules") or []
    if not isinstance(lexicons, dict):
        problems.append(f"{where(data, top)}: lexicons must be a mapping of name: words")
    else:
        for name, words in lexicons.items():
            if name == "__line__":
                continue
            if not isinstance(name, str):  # 123: [上海] would be macro {123}, which no pattern can name
                problems.append(f"{where(lexicons, top)}: lexicon name {name!r} must be a word (quote it: '{name}')")
                continue
            items = words if isinstance(words, list) else [k for k in words if k != "__line__"] if isinstance(words, dict) else None
            if items is None or not all(isinstance(w, str) for w in items):
                problems.append(f"{where(lexicons, top)}: lexicon '{name}': words must be a list or mapping of text "
                                "(quote numbers: '1')")
    if not isinstance(macros, dict) or not all(isinstance(v, str) for k, v in macros.items() if k != "__line__"):
        problems.append(f"{where(data, top)}: macros must be a mapping of NAME: 'regex piece'")
    if not isinstance(rules, list) or not all(isinstance(r, dict) for r in rules):
        problems.append(f"{where(data, top)}: rules must be a list of rules, each a mapping (- id: …)")
    else:
        for rule in rules:
            if not isinstance(rule.get("options", {}), dict):
                problems.append(f"{where(rule, top)}: rule {rule.get('id')}: options must be a mapping")
            if not isinstance(rule.get("examples", []), list):
                problems.append(f"{where(rule, top)}: rule {rule.get('id')}: examples must be a list")
    return len(problems) == before


def _lexicon_macros(lexicons: dict) -> dict[str, str]:
    """{NAME}: a lexicon's words, longest first; {NAME_FIRST_CHARS}: the characters they begin with,
    for a quick test before the alternation (a [class] is one step, fifty words are fifty)."""
    macros = {}
    for name, words in lexicons.items():
        if words:
            macros[name.upper()] = alternation(words)
            macros[f"{name.upper()}_FIRST_CHARS"] = "".join(regex.escape(c) for c in sorted({w[0] for w in words if w}))
    return macros


def _load_rule(raw: dict, table: str, path: Path, macros: dict, lexicons: dict, problems: list[str],
               patterns: Patterns) -> Rule | None:
    where = f"{path}:{raw.get('__line__', '?')}"
    unknown = set(raw) - RULE_FIELDS - {"__line__"}
    if unknown:
        problems.append(f"{where}: unknown field(s) {', '.join(sorted(map(str, unknown)))}")
    for key in ("id", "description", "normalize"):
        if not isinstance(raw.get(key), str) or not raw.get(key):
            problems.append(f"{where}: rule needs a non-empty '{key}'")
            return None
    if not raw["id"].isprintable():  # every message names the rule: "x\ny" would break it over two lines
        problems.append(f"{where}: rule id {raw['id']!r} holds a line break or another invisible character")
        return None
    compiled = anchor = group = None
    words: frozenset[str] = frozenset()
    if "pattern" in raw:
        try:
            compiled = patterns.compile(expand(str(raw["pattern"]), macros, where))
            spec = raw.get("anchor")
            if isinstance(spec, dict) and "words" in spec:
                words = _anchor_words(spec, lexicons, where, raw["id"], problems)
            elif spec is not None:
                pattern = spec.get("pattern", "") if isinstance(spec, dict) else spec
                anchor = patterns.compile(expand(str(pattern), macros, where))
                group = spec.get("group") if isinstance(spec, dict) else None
                if group is not None and not isinstance(group, str):
                    problems.append(f"{where}: rule {raw['id']}: the anchor's group must name one of its groups")
                elif group is not None and group not in anchor.groupindex:
                    problems.append(f"{where}: rule {raw['id']}: the anchor has no group (?P<{group}>...)")
        except RuleError as e:
            problems.extend(e.problems)
            return None
        except regex.error as e:
            problems.append(f"{where}: rule {raw['id']}: bad regex ({e})")
            return None
        except RecursionError:  # the regex parser recurses once per level: (?:(?:(?:… 200 deep
            problems.append(f"{where}: rule {raw['id']}: the pattern nests groups too deeply to compile")
            return None
        if "m" not in compiled.groupindex and "m1" not in compiled.groupindex:
            problems.append(f"{where}: rule {raw['id']}: pattern needs a group (?P<m>...) for the mention")
        if compiled.match("") is not None:
            problems.append(f"{where}: rule {raw['id']}: pattern matches the empty string (a mention has a text)")
    examples = []
    for ex in raw.get("examples") or []:
        ex_where = f"{path}:{ex.get('__line__', '?')}" if isinstance(ex, dict) else where
        if (not isinstance(ex, dict) or "text" not in ex or set(ex) - EXAMPLE_FIELDS - {"__line__"}
                or not isinstance(ex.get("rows") or [], list) or not all(isinstance(r, dict) for r in ex.get("rows") or [])):
            problems.append(f"{ex_where}: rule {raw['id']}: an example is 'text' plus 'rows' (a list, empty for a negative)")
            continue
        examples.append(Example(str(ex["text"]), _strip_lines(ex.get("rows") or []), ex_where))
    if not any(is_positive(e, table) for e in examples) or all(is_positive(e, table) for e in examples):
        problems.append(f"{where}: rule {raw['id']}: needs at least one positive and one negative example")
    return Rule(raw["id"], table, raw["description"], raw["normalize"], compiled, anchor,
                _strip_lines(raw.get("options") or {}), examples, where, anchor_words=words, anchor_group=group,
                anchor_scan=stdlib_twin(anchor) if anchor is not None else None)


def _option_problems(rule: Rule) -> list[str]:
    """The options the rule's mechanism declares it reads, each given and of its shape: a rule set without
    new_word_freq, or with new_word_freq: abc, is refused here, not by jieba while the engine starts."""
    declared = getattr(_mechanism(rule), "options", None) or {}
    problems = [f"{rule.where}: rule {rule.id}: unknown option '{name}' (known: {', '.join(declared) or 'none'})"
                for name in rule.options if name not in declared]  # datelin: a misspelling read as nothing
    for name, shape in declared.items():
        if name not in rule.options:
            problems.append(f"{rule.where}: rule {rule.id}: needs option '{name}' ({shape.what})")
        elif not shape.fits(rule.options[name]):
            problems.append(f"{rule.where}: rule {rule.id}: option {name}: {_brief(rule.options[name])} "
                            f"is not {shape.what}")
    return problems


def is_positive(example: Example, table: str) -> bool:
    """A positive example: it expects rows; for a document-level table (one row
    always), rows with something in their key columns (a date read)."""
    spec = registry.TABLES.get(table)
    if not example.rows or spec is None or spec.spans:
        return bool(example.rows)
    return any(row.get(k) not in (None, "") for row in example.rows for k in spec.keys)


def _anchor_words(anchor: dict, lexicons: dict, where: str, rule_id: str, problems: list[str]) -> frozenset[str]:
    """anchor: {words: [lexicon, ...]}: the pattern is tried where one of their
    words starts, found by the document's one shared word scan (currency
    words before a number: 人民币3.14元) instead of a regex scan of its own."""
    names = _strip_lines(anchor).get("words")
    if not isinstance(names, list) or not names or not all(isinstance(n, str) for n in names):
        problems.append(f"{where}: rule {rule_id}: an anchor mapping is {{words: [lexicon, ...]}}")
        return frozenset()
    missing = [n for n in names if n not in lexicons]
    for name in missing:
        problems.append(f"{where}: rule {rule_id}: anchor words from lexicon '{name}', which no rule file defines")
    return frozenset(w for n in names if n in lexicons for w in lexicons[n])


def _collect_lexicons(files: dict[str, dict], directory: Path, problems: list[str]) -> dict[str, Any]:
    """Every file's lexicons in one namespace; a name defined twice is refused, with both places."""
    lexicons, defined = {}, {}
    for name, data in files.items():
        block = data.get("lexicons") or {}
        for lex, words in block.items():
            if lex == "__line__":
                continue
            where = f"{directory / name}:{(words if isinstance(words, dict) else block).get('__line__', '?')}"
            if lex in defined:
                problems.append(f"{where}: lexicon '{lex}' is already defined in {defined[lex]}")
                continue
            defined[lex] = where
            lexicons[lex] = _strip_lines(words)
    for lex, where in defined.items():
        lexicons[lex] = _with_included(lex, lexicons, where, problems)
        problems += _word_problems(lex, lexicons[lex], where)
    return lexicons


def _with_included(name: str, lexicons: dict, where: str, problems: list[str]) -> list | dict:
    """A lexicon with each word written '{NAME}' replaced by the words of lexicon name: a vocabulary
    several lexicons need is written once (the pairs' fund names, 沪滇资金, 闽宁资金: a money cue, a noun
    cue, a giver's fund); in a mapping each of its words takes the value '{NAME}' has ('{PAIR_FUNDS}': aid)."""
    words = lexicons[name]
    if not isinstance(words, (list, dict)) or not any(MACRO.fullmatch(str(w)) for w in words):
        return words
    out: list | dict = [] if isinstance(words, list) else {}
    for word in words:
        named = MACRO.fullmatch(str(word))
        included = named and lexicons.get(named[1].lower())
        if named and not (isinstance(included, list) and not any(MACRO.fullmatch(str(w)) for w in included)):
            problems.append(f"{where}: lexicon '{name}': {_brief(word)} names no list of plain words (a lexicon {named[1].lower()}, "
                            "defined in a rule file, whose words include no other)")
            continue
        for each in included or [word]:
            if isinstance(out, list):
                out.append(each)
            elif each in out:
                problems.append(f"{where}: lexicon '{name}': {_brief(each)} is listed twice")
            else:
                out[each] = words[word]
    return out


def _word_problems(name: str, words: list | dict, where: str) -> list[str]:
    """An empty word (no scan can look for it), a word listed twice (an edit that
    meant something else) and values that are not what the lexicon's readers need
    (LEXICON_VALUES; text when not declared), one line each."""
    problems = []
    if "" in words:
        problems.append(f"{where}: lexicon '{name}': an empty word ('')")
    if isinstance(words, list):
        seen: set[str] = set()
        if twice := next((w for w in map(str, words) if w in seen or seen.add(w)), None):
            problems.append(f"{where}: lexicon '{name}': {_brief(twice)} is listed twice")
    if isinstance(words, dict):
        shape = LEXICON_VALUES.get(name, TEXT)
        bad = [(w, v) for w, v in words.items() if not shape.fits(v)]
        if bad:
            more = f" (and {len(bad) - 1} more)" if len(bad) > 1 else ""
            problems.append(f"{where}: lexicon '{name}': {_brief(bad[0][0])}: {_brief(bad[0][1])} is not {shape.what}{more}")
    return problems


def _bind(mech: Mechanism, owner: str, where: str, lexicons: dict, resources: dict, problems: list[str],
          patterns: Patterns, table: Table | None = None) -> Bound:
    for name in mech.lexicons:
        if name not in lexicons:
            problems.append(f"{where}: {owner} needs lexicon '{name}', which no rule file defines")
    for name in mech.requires:
        if table is not None and name not in registry.readable(table):
            problems.append(f"{where}: {owner} reads table '{name}', which table {table.name} does not require")
    return Bound(mech, Lexicons(owner, {n: _frozen(lexicons[n]) for n in mech.lexicons if n in lexicons}, patterns.compile),
                 {n: resources.get(n) for n in mech.resources})


def _unknown_files(directory: Path, known: list[str]) -> list[str]:
    return [f"{path}: not a rule file of any table (known: {', '.join(known)})"
            for path in sorted(directory.iterdir())
            if path.is_file() and not path.name.startswith(".") and path.name not in known
            and not path.name.endswith(DOC_SUFFIXES)]


def load_rules(directory: Path | str | None = None) -> RuleSet:
    """Read every rule file the registered tables declare; raise RuleError listing all problems at once."""
    directory = Path(directory or DEFAULT_DIR)
    if not directory.is_dir():
        raise RuleError([f"{directory}: rules directory not found"])
    problems: list[str] = []
    try:
        tables = registry.tables()
    except registry.RegistryError as e:
        raise RuleError([*registry.PROBLEMS, str(e)]) from None
    problems += registry.PROBLEMS
    for t in tables:
        for s in t.steps:
            if s not in registry.STEPS:
                problems.append(f"{t.where}: table {t.name} names step '{s}', which is not registered")
        if t.overlap not in registry.OVERLAPS:
            problems.append(f"{t.where}: table {t.name} names overlap policy '{t.overlap}', which is not registered")
    known = rule_files(tables)
    problems += _unknown_files(directory, known)
    before = len(problems)
    parsed = Parsed(cache_dir())
    files = {name: _read_yaml(directory / name, problems, parsed) for name in known if name.endswith(".yaml")}
    parsed.save()
    lexicons = _collect_lexicons(files, directory, problems)
    if len(problems) > before:  # a file unread, a lexicon refused: every rule reading its macros would add an "unknown macro"
        raise RuleError(problems)
    shared_macros = {**numeral_macros(), **_lexicon_macros(lexicons), **_strip_lines(files[SHARED_FILE].get("macros") or {})}
    ruleset = RuleSet(directory, tables, lexicons, patterns=Patterns(cache_dir()))
    patterns = ruleset.patterns
    seen: dict[str, str] = {}
    for t in (t for t in tables if t.rules):
        data = files[t.rules]
        macros = {**shared_macros, **_strip_lines(data.get("macros") or {})}
        ruleset.rules[t.name] = []
        for raw in data.get("rules") or []:
            rule = _load_rule(raw, t.name, directory / t.rules, macros, lexicons, problems, patterns)
            if rule is None:
                continue
            if rule.id in seen:
                problems.append(f"{rule.where}: duplicate rule id {rule.id} (first at {seen[rule.id]})")
            seen[rule.id] = rule.where
            if _mechanism(rule) is None:
                kind, names = (("normalizer for a pattern", registry.NORMALIZERS) if rule.pattern is not None
                               else ("finder (a rule without pattern)", registry.FINDERS))
                problems.append(f"{rule.where}: rule {rule.id}: unknown {kind} {_brief(rule.normalize)} "
                                f"(known: {', '.join(sorted(names))})")
            problems += _option_problems(rule)
            ruleset.rules[t.name].append(rule)
    if problems:
        raise RuleError(problems)
    _build_resources(ruleset, directory, problems)
    for t in tables:
        for rule in ruleset.rules.get(t.name, ()):
            rule.bound = _bind(_mechanism(rule), f"rule {rule.id} ({rule.normalize})", rule.where, lexicons,
                               ruleset.resources, problems, patterns, t)
        where = directory / t.rules if t.rules else t.where
        ruleset.steps[t.name] = [_bind(registry.STEPS[s], f"step {s} of table {t.name}", str(where), lexicons,
                                       ruleset.resources, problems, patterns, t) for s in t.steps]
    if problems:
        raise RuleError(problems)
    patterns.save()
    return ruleset


def _build_resources(ruleset: RuleSet, directory: Path, problems: list[str]) -> None:
    """Each resource the rules and steps read, built once, in the order they are needed."""
    for name in _resources_needed(ruleset.tables, ruleset.all_rules()):
        mech = registry.RESOURCES[name]
        bound = _bind(mech, f"resource {name}", str(directory / (mech.files[0] if mech.files else SHARED_FILE)),
                      ruleset.lexicons, ruleset.resources, problems, ruleset.patterns)
        if problems:
            return
        try:
            ruleset.resources[name] = mech.fn(directory, bound)
        except RuleError as e:
            problems.extend(e.problems)
