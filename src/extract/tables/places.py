"""Places: administrative divisions from the gazetteer and division-shaped names.

Finding is the document's shared word scan over every full name and short
form, kept where jieba (taught the same names) puts word boundaries. The
finder leaves each name's possible readings as a draft; the table's resolve
step chooses among them with the whole document in view: a reading whose
parent or province the document names elsewhere wins, then the higher level
(大理 next to 云南 is the prefecture, not the city).
"""
from __future__ import annotations

import csv
import re
from bisect import bisect_left
from dataclasses import dataclass
from operator import itemgetter
from pathlib import Path

from ..doc import Mention
from ..registry import Shape, Table, finder, normalizer, register_table, resource, step
from ..rules import RuleError, alternation
from ..segment import UserWord

LEVEL_RANK = {"province": 0, "prefecture": 1, "county": 2}
STREET_NAME = 2  # the most letters of a street's own name between a short form and 街道 (延吉【新村】街道)
DIVISION_COLUMNS = ("code", "name", "kind", "level", "parent", "parent_code", "short_forms")


@dataclass(frozen=True, slots=True)
class Place:
    name: str  # full official name
    kind: str  # 省 市 州 区 县
    level: str  # province, prefecture or county
    parent: str
    code: str  # GB/T 2260, empty for a name the gazetteer lacks


@dataclass(frozen=True, slots=True)
class Readings:
    """Draft: the gazetteer rows a name may denote, until the document decides
    (one per surface, shared by its mentions)."""
    surface: str
    rows: list[int]
    settles: tuple[str, ...]  # the codes the name places the text in, when it has one reading (Gazetteer.settles)


@dataclass(slots=True)
class Unlisted:
    """Draft: a county-shaped name the gazetteer lacks (涪潭县), and its stem (涪潭)."""
    place: Place
    stem: str


PLACES = register_table(Table(
    "places", Place, keys=("name", "kind"), rules="places.yaml", steps=("places.resolve",)))


@dataclass
class Gazetteer:
    rows: list[dict]
    by_surface: dict[str, list[int]]  # surface -> row indexes
    common_words: frozenset[str]
    known_alone: frozenset[str]  # 义乌, 敦煌: county names a reader places without help
    other_after: tuple[str, ...]  # after a short form, a town's (洪山镇), a river's (嫩江流域), a road's (汾阳路)
    local_after: re.Pattern  # or a street's, its own name between (延吉新村街道)
    surnames: frozenset[str]  # 侯永平 is a person, not 永平县
    followers: tuple[str, ...]  # 委 in 云南省委: a full name may end inside jieba's word
    suffixes: dict[str, dict]  # 县区市旗…: what makes a short form more than bare, with the kind and level it gives
    word_endings: frozenset[str]  # 港 of 天津港, 人 of 武汉人: one letter making a word named after the place
    end_words: tuple[str, ...]  # 市民: a full name's last letter beginning a word with the next (武汉市民)
    town_letters: frozenset[str]  # 镇, 乡: a town's suffix of one letter, which may begin a short form (芙蓉墩|镇江|河村)
    village_after: re.Pattern  # a village's suffix a letter or two after a short form (镇江|河村)
    name_dots: str  # the dot between a foreign name's parts (伊文·哈密尔顿)
    ethnic_town: re.Pattern  # after a short form, an ethnic township's people and suffix (安康|佤族乡)

    def __post_init__(self):
        rows = self.rows
        self.by_code = {r["code"]: r for r in rows}
        self.by_name = frozenset(r["name"] for r in rows)
        self.initials = frozenset(name[0] for name in self.by_name)  # the letters a division's name begins with
        self.longest = max(map(len, self.by_surface), default=0)  # how far back a name ending at a position starts
        # one value per division, shared by all its mentions
        self.places = [Place(r["name"], r["kind"], r["level"], r["parent"], r["code"]) for r in rows]
        # surfaces that can only mean a province (云南, 新疆)
        province_forms = {s for s, found in self.by_surface.items() if all(rows[i]["level"] == "province" for i in found)}
        # the short forms that may name a town or a person instead: not 云南, 吉林, nor any full name
        self.short_forms = frozenset(self.by_surface.keys() - self.by_name - province_forms)
        # a name with one reading, neither an ordinary word nor a bare county,
        # tells where the text is: that division and every division above it
        self.settles = {s: (rows[i]["code"], *self.ancestors(rows[i]["code"]))
                        for s, (i, *others) in self.by_surface.items()
                        if not others and s not in self.common_words and not _is_bare_county(s, rows[i], self)}
        self._readings: dict[str, Readings] = {}

    def reading(self, surface: str) -> Readings:
        """A surface's readings, made on first use and shared by all its mentions (not at start-up: 6,000 surfaces)."""
        found = self._readings.get(surface)
        if found is None:
            found = self._readings[surface] = Readings(surface, self.by_surface[surface], self.settles.get(surface, ()))
        return found

    def ancestors(self, code: str) -> list[str]:
        out = []
        while code and code in self.by_code:  # load_divisions refuses loops
            code = self.by_code[code]["parent_code"]
            if code:
                out.append(code)
        return out

    def former(self, surface: str, suffix: str, words) -> Place | None:
        """A county's former name: its short form and another division suffix, a word of jieba's dictionary
        (older than the renaming) but no division's name today (水城县 for 水城区, 偃师市 for 偃师区), or a
        county once named after its prefecture (邢台县, now 信都区). SPEC.md keeps a former name as written,
        with no code."""
        name = surface + suffix
        if (suffix not in self.suffixes or name in self.by_surface or surface not in self.short_forms
                or surface in self.common_words or not words.known(name)
                or any(self.rows[i]["level"] == "province" for i in self.by_surface[surface])):
            return None
        return Place(name, self.suffixes[suffix]["kind"], self.suffixes[suffix]["level"], "", "")

    def user_words(self, freq: int) -> list[UserWord]:
        """Every surface jieba must know as a word, but the ordinary words among them."""
        return [UserWord(s, freq, True) for s in self.by_surface if s not in self.common_words]


def load_divisions(path: Path, kinds: list[str]) -> list[dict]:
    """The division table, checked row by row: every problem a line with the file and line."""
    try:
        with open(path, encoding="utf-8", newline="") as f:
            reader = csv.DictReader(f)
            missing = set(DIVISION_COLUMNS) - set(reader.fieldnames or [])
            if missing:
                raise RuleError([f"{path}:1: missing column(s) {', '.join(sorted(missing))}"])
            rows, problems = [], []
            for row in reader:
                if None in row or None in row.values():
                    problems.append(f"{path}:{reader.line_num}: the row has not the header's {len(reader.fieldnames)} fields")
                    continue
                row["__line__"] = reader.line_num
                rows.append(row)
    except (OSError, UnicodeDecodeError, csv.Error) as e:
        raise RuleError([f"{path}: cannot read ({e})"]) from None
    problems += _division_problems(rows, path, kinds)
    if problems:
        raise RuleError(problems)
    return rows


def _division_problems(rows: list[dict], path: Path, kinds: list[str]) -> list[str]:
    """Unknown levels and kinds, codes given twice, parents that do not exist or that loop back."""
    problems, by_code = [], {}
    for row in rows:
        where = f"{path}:{row['__line__']}"
        if row["level"] not in LEVEL_RANK:
            problems.append(f"{where}: level {row['level']!r} is not one of {', '.join(LEVEL_RANK)}")
        if row["kind"] not in kinds:
            problems.append(f"{where}: kind {row['kind']!r} is not one of {''.join(kinds)}")
        if row["code"] in by_code:
            problems.append(f"{where}: code {row['code']} given twice")
        by_code[row["code"]] = row
    for row in rows:
        if row["parent_code"] and row["parent_code"] not in by_code:
            problems.append(f"{path}:{row['__line__']}: parent_code {row['parent_code']} is no division's code")
    checked: set[str] = set()  # codes whose parents end at the top: each loop is found and said once
    for row in rows:
        chain, code = [], row["code"]
        while code in by_code and code not in checked:
            if code in chain:
                looped = by_code[code]
                problems.append(f"{path}:{looped['__line__']}: {looped['name']} is its own ancestor (parent_code loops)")
                break
            chain.append(code)
            code = by_code[code]["parent_code"]
        checked.update(chain)
    return problems


@resource("gazetteer", files=("divisions.csv",),
          lexicons=("common_word_names", "known_alone_names", "word_first_names", "town_suffixes", "river_suffixes",
                    "road_suffixes", "street_suffixes", "surnames", "full_name_followers", "division_suffixes", "division_kinds", "name_word_endings",
                    "name_end_words", "town_words", "village_suffixes", "name_dots", "ethnic_groups",
                    "ethnic_town_suffixes", "not_town_words"))
def build_gazetteer(directory: Path, res) -> Gazetteer:
    lex = res.lexicons
    divisions = load_divisions(directory / "divisions.csv", lex["division_kinds"])
    words = frozenset(lex["word_first_names"])  # 公安 names 公安县 only as 公安县
    by_surface: dict[str, list[int]] = {}
    for i, row in enumerate(divisions):
        short = [s for s in row["short_forms"].split("|") if s not in words]
        for surface in dict.fromkeys([row["name"], *short]):
            if len(surface) >= 2:
                by_surface.setdefault(surface, []).append(i)
    return Gazetteer(divisions, by_surface, frozenset(lex["common_word_names"]), frozenset(lex["known_alone_names"]),
                     (*lex["town_suffixes"], *lex["river_suffixes"], *lex["road_suffixes"]),
                     re.compile(f"\\w{{1,{STREET_NAME}}}(?:{alternation(lex['street_suffixes'])})"),
                     frozenset(lex["surnames"]), lex["full_name_followers"],
                     lex["division_suffixes"], frozenset(lex["name_word_endings"]), lex["name_end_words"],
                     frozenset(w for w in lex["town_words"] if len(w) == 1),
                     re.compile(f"\\w{{0,2}}(?:{alternation(lex['village_suffixes'])})"), "".join(lex["name_dots"]),
                     _ethnic_town(lex))


@finder("gazetteer", resources=("gazetteer",),
        teaches=lambda rule: rule.resources["gazetteer"].user_words(rule.options["new_word_freq"]),
        scans=lambda rule: rule.resources["gazetteer"].by_surface,
        options={"new_word_freq": Shape("a jieba word frequency, a whole number from 1 to 1,000,000,000",
                                        lambda v: type(v) is int and 1 <= v <= 10**9)})
def gazetteer_places(doc, rule):
    """Names at jieba word boundaries, with three ways past a boundary that
    jieba draws inside a name: a chain (上海浦东新区 is one jieba word), a name
    heading a longer word (上海交通大学), a full name before 委 (云南省委);
    and a county's former name (水城县, today 水城区)."""
    gaz, text, words = rule.resources["gazetteer"], doc.text, doc.words
    by_name, by_surface, followers, short_forms = gaz.by_name, gaz.by_surface, gaz.followers, gaz.short_forms
    hits = doc.hits()
    words.cut_around(map(itemgetter(0), hits))
    found, chained, bounds = [], set(), words.bounds  # a name never spans a block break: its block is cut
    full_ends = {}  # where full names (晋城市) start -> where they end
    for start, end, surface in hits:
        if surface in by_name:
            full_ends.setdefault(start, []).append(end)
    glued = set()  # the short forms whose full name gave its last letter to the next word (武汉|市民)
    for start, end, surface in hits:
        if surface not in by_surface or (start not in chained and start not in bounds):
            continue
        if surface in short_forms and _names_other(start, end, doc, gaz):
            continue
        if surface in by_name and _gives_last_letter(end, doc, gaz):
            glued.add((start, end - 1))
            continue
        # it ends a word, or heads a word running 2+ characters past it, or one letter past it that names
        # something after it (天津港, 武汉人), or is a full name before 委, or heads a chain whose next name is
        # a full one ending where a word ends (山西晋|城市: jieba's word 山西晋 cuts 晋城市; not 北京市|民和
        # of 北京市民和游客, a short form)
        if (end in bounds or end + 1 not in bounds or text[end] in gaz.word_endings or (start, end) in glued
                or (surface in by_name and text.startswith(followers, end))
                or any(e in bounds for e in full_ends.get(end, ()))):
            chained.add(end)
            found.append(Mention("places", start, end, rule.id, gaz.reading(surface)))
        elif former := gaz.former(surface, text[end], words):  # 水城县: one word with a suffix not its own
            chained.add(end + 1)
            # (its bare form is the same place, unless that names a wider division too: 邢台 is still 邢台市)
            bare = all(gaz.rows[i]["level"] == "county" for i in by_surface[surface])
            found.append(Mention("places", start, end + 1, rule.id, Unlisted(former, surface) if bare else former))
    return found


def _gives_last_letter(end: int, doc, gaz: Gazetteer) -> bool:
    """Whether a full name's last letter begins a word with the next (市民) where jieba glued the letter to
    the name and cut the rest as a lone letter or a word its dictionary lacks (武汉市|民在: the people of
    武汉; not 武汉市|民政局, the city's bureau)."""
    text, words = doc.text, doc.words
    if not text.startswith(gaz.end_words, end - 1) or doc.hit_end(end):
        return False  # (not where a name starts after it: 海东市民和县 is 海东市 and 民和县)
    after = words.word_at(end)[1]
    return after == end + 1 or not words.known(text[end:after])


def _after_another(start: int, end: int, doc, gaz: Gazetteer) -> bool:
    """Whether a short form follows, at once, a name of a division none of whose readings holds it: the two are no
    chain (杨浦区延吉新村街道 is a street of 杨浦区 named after 延吉; 江苏南通任港街道 is a street of 南通)."""
    hits = doc.hits()  # (the names that could end here start within the longest name's reach: no scan of them all)
    nearby = hits[bisect_left(hits, start - gaz.longest, key=itemgetter(0)):bisect_left(hits, start, key=itemgetter(0))]
    # (division names only: the scan holds blocker words too, 申城南通任港街道)
    holders = {gaz.rows[i]["code"] for s, e, surface in nearby if e == start for i in gaz.by_surface.get(surface, ())}
    return bool(holders) and not any(holders & set(gaz.ancestors(gaz.rows[i]["code"]))
                                     for i in gaz.by_surface.get(doc.text[start:end], ()))


def _names_other(start: int, end: int, doc, gaz: Gazetteer) -> bool:
    """A short form that names a town (洪山镇), a river (嫩江流域, 黄浦江畔), a road (汾阳路社区) or,
    after a surname standing alone, a person (侯永平); that a town's suffix begins inside a town's and a
    village's names (芙蓉墩镇江河村, 永和乡城沟村: no 镇江, no 乡城); or that heads a foreign name's word after
    its middle dot (伊文·哈密尔顿: no 哈密; 中国·哈尔滨 is a name of its own)."""
    text = doc.text
    if start > 0 and text[start - 1] in gaz.name_dots and not doc.words.is_end(end):
        return True
    if text.startswith(gaz.other_after, end) and text[end:doc.hit_end(end) or end] not in gaz.by_name:
        return True  # (not where the suffix begins a full name: 昭通镇雄县 is 昭通 and 镇雄县, 台州路桥区)
    if gaz.local_after.match(text, end) and doc.hit_end(end) is None and _after_another(start, end, doc, gaz):
        return True  # (the letters before 街道 the street's own name, no division's: not 上海松江街道)
    if gaz.ethnic_town.match(text, end):
        return True
    if text[start] in gaz.town_letters and start > 0 and text[start - 1].isalpha() and gaz.village_after.match(text, end):
        return True
    return start > 0 and text[start - 1] in gaz.surnames and doc.words.is_start(start - 1)


def _ethnic_town(lex) -> re.Pattern:
    """An ethnic township's name after its short form: peoples each with 族, then a town's suffix (佤族乡,
    土家族苗族乡, 白族自治乡), not where the suffix begins a word of people or villages (回族乡亲)."""
    peoples = f"(?:(?:{alternation(lex['ethnic_groups'])})族)+(?:自治)?"
    return re.compile(f"{peoples}(?!{alternation(lex['not_town_words'])})(?:{alternation(lex['ethnic_town_suffixes'])})")


@normalizer("unlisted_place", resources=("gazetteer",),
            lexicons=("unlisted_stem_stopchars", "foreign_markers", "division_suffixes"))
def unlisted_place(match, doc, rule):
    """涪潭县: shaped like a division, unknown to the gazetteer and to jieba."""
    name, stem = match.group("m"), match.group("stem")
    known = rule.resources["gazetteer"].by_surface
    if name in known or stem in known or name[1:] in known or doc.words.known(stem):
        return []  # 来黟县 is 来 + 黟县
    if not (doc.words.is_start(match.start("m")) and doc.words.is_end(match.end("m"))):
        return []  # 现代化县级, 我去县城, 3月任县委: the name must be whole words
    if any(c in rule.lexicons["unlisted_stem_stopchars"] for c in stem):
        return []
    paragraph = doc.document.paragraph_index
    if paragraph(match.start("m")) != paragraph(match.end("m") - 1):
        return []  # (a diary's date line, 2018年5月9日　晴, over 县人民医院…: no 日晴县 across the break)
    if stem[0] not in rule.resources["gazetteer"].initials:
        return []  # 拨达县财政, 均经县, 再出县看病: a letter no listed name begins with begins a verb, not a name
    before = doc.document.clause_before(match.start("m"))
    if any(marker in before for marker in rule.lexicons["foreign_markers"]):
        return []  # 日本群马县
    suffix = rule.lexicons["division_suffixes"][match.group("suffix")]
    place = Place(name, suffix["kind"], suffix["level"], "", "")
    return [Mention("places", match.start("m"), match.end("m"), rule.id, Unlisted(place, stem))]


@normalizer("former_place", lexicons=("division_suffixes",))
def former_place(match, doc, rule):
    """下城区: a division merged away, as written, no code; whole words only (not 地下城区域)."""
    start, end = match.span("m")
    if not (doc.words.is_start(start) and doc.words.is_end(end)):
        return []
    suffix = rule.lexicons["division_suffixes"][match.group("m")[-1]]
    return [Mention("places", start, end, rule.id, Place(match.group("m"), suffix["kind"], suffix["level"], "", ""))]


def _bare_unlisted(mentions: list[Mention], doc, gaz: Gazetteer) -> list[Mention]:
    """Once 涪潭县 (or a former name, 水城县) is named, 涪潭 alone (before or after) is the same place; not
    where it names a town or another thing (米林县米林镇)."""
    extra = []
    for full in {m.value.stem: m for m in mentions if isinstance(m.value, Unlisted)}.values():
        stem, pos = full.value.stem, doc.text.find(full.value.stem)
        while pos >= 0:
            if doc.words.is_start(pos) and not _names_other(pos, pos + len(stem), doc, gaz):
                extra.append(Mention("places", pos, pos + len(stem), full.rule, full.value.place))
            pos = doc.text.find(stem, pos + 1)
    return extra


def _is_bare_county(surface: str, row: dict, gaz: Gazetteer) -> bool:
    """莎车, 静安: a county-level name without its suffix, easily a word or a person (not 义乌: known alone)."""
    return (row["level"] == "county" and surface != row["name"] and surface[-1] not in gaz.suffixes
            and surface not in gaz.known_alone)


def _rank(candidates: list[int], gaz: Gazetteer, context: dict[str, list[int]]) -> tuple[list[int], int]:
    """The readings the document supports most, and how much: 2 when a
    reading's parent is named, 1 when only its province is. Among equals the
    higher level wins (大理 next to 云南 is the prefecture, not the city); a
    county beside a city of its name needs its parent (西安 in a text naming
    吉林 is still 西安市, not 辽源's 西安区)."""
    beside_city = any(gaz.rows[i]["level"] != "county" for i in candidates)

    def score(i):
        row = gaz.rows[i]
        parent_named = row["parent_code"] in context
        province_named = (row["code"][:2] + "0000" in context and row["level"] != "province"
                          and not (beside_city and row["level"] == "county"))
        return 2 * parent_named + province_named, -LEVEL_RANK[row["level"]]

    scores = {i: score(i) for i in candidates}
    top = max(scores.values())
    return [i for i in candidates if scores[i] == top], top[0]


def _nearest(tied: list[int], at: int, gaz: Gazetteer, context: dict[str, list[int]]) -> int:
    """Among tied readings, the one whose parent or province was named nearest (福州市鼓楼区)."""
    def distance(code: str) -> int:
        places = context.get(code, ())
        k = bisect_left(places, at)
        return min((abs(at - p) for p in places[max(0, k - 1):k + 1]), default=1 << 30)

    def nearest(i):
        row = gaz.rows[i]
        return -min(distance(row["parent_code"]), distance(row["code"][:2] + "0000")), row["code"] in context

    return max(tied, key=lambda i: (nearest(i), -int(gaz.rows[i]["code"])))


def _supported(surface: str, row: dict, support: int, gaz: Gazetteer) -> bool:
    if surface in gaz.common_words and support < 2:
        return False  # 比如, 合作, 资源: an ordinary word unless its parent is named
    if _is_bare_county(surface, row, gaz) and support < 1:
        return False  # 王高安 is no 高安市 when nothing in the text is in 江西
    return True


def _context(mentions: list[Mention]) -> dict[str, list[int]]:
    """Where names that can only mean one division (and their ancestors) stand."""
    context = {}
    for m in mentions:
        for code in (m.value.settles if isinstance(m.value, Readings) else ()):
            context.setdefault(code, []).append(m.start)
    for places in context.values():
        places.sort()
    return context


@step("places.resolve", resources=("gazetteer",))
def resolve_places(mentions: list[Mention], doc, step) -> list[Mention]:
    """Every draft to a Place, or dropped: readings by the document's context, unlisted names with their bare forms."""
    gaz = step.resources["gazetteer"]
    bare = _bare_unlisted(mentions, doc, gaz)
    spans = {(m.start, m.end) for m in bare}  # 水城 after 水城县: the place the text named, not today's 水城区
    mentions = [m for m in mentions if (m.start, m.end) not in spans] + bare
    context = _context(mentions)
    out, ranked, decided = [], {}, {}  # decided: a surface whose reading does not depend on where it stands
    for m in mentions:
        if isinstance(m.value, Unlisted):
            m.value = m.value.place
        if not isinstance(m.value, Readings):
            out.append(m)
            continue
        surface = m.value.surface
        if surface in decided:
            best = decided[surface]
        else:
            if surface not in ranked:
                ranked[surface] = _rank(m.value.rows, gaz, context)
            tied, support = ranked[surface]
            i = tied[0] if len(tied) == 1 else _nearest(tied, m.start, gaz, context)
            best = i if _supported(surface, gaz.rows[i], support, gaz) else None
            if len(tied) == 1:
                decided[surface] = best
        if best is not None:
            m.value = gaz.places[best]
            out.append(m)
    return out
