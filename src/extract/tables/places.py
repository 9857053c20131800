"""Places: administrative divisions from the gazetteer and division-shaped names.

Finding is an Aho-Corasick pass over every full name and short form, kept
where jieba (taught the same names) puts word boundaries. Choosing among
divisions that share a name uses the document: a reading whose parent or
province the document names elsewhere wins, then the higher level (大理 next
to 云南 is the prefecture, not the city).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from bisect import bisect_left

from ..rules import WordMatcher
from ..segment import UserWord
from . import Mention, finder, normalizer, window_before

LEVEL_RANK = {"province": 0, "prefecture": 1, "county": 2}


@dataclass
class Gazetteer:
    rows: list[dict]
    by_surface: dict[str, list[int]]  # surface -> row indexes
    common_words: frozenset[str]
    town_suffixes: tuple[str, ...]  # 洪山镇 is a town, not 洪山区
    surnames: frozenset[str]  # 侯永平 is a person, not 永平县
    province_forms: frozenset[str]  # surfaces that can only mean a province (云南, 新疆)
    followers: tuple[str, ...]  # 委 in 云南省委: a full name may end inside jieba's word
    matcher: WordMatcher
    user_words: tuple[UserWord, ...]
    by_code: dict[str, dict] = field(default_factory=dict)
    by_name: frozenset[str] = frozenset()
    suffixes: frozenset[str] = frozenset()  # 县区市旗…: what makes a short form more than bare

    def ancestors(self, code: str) -> list[str]:
        out = []
        while code and code in self.by_code:
            code = self.by_code[code]["parent_code"]
            if code:
                out.append(code)
        return out


def build_gazetteer(divisions: list[dict], lexicons: dict, options: dict) -> Gazetteer:
    by_surface: dict[str, list[int]] = {}
    words = []
    for i, row in enumerate(divisions):
        for surface in dict.fromkeys([row["name"], *row["short_forms"].split("|")]):
            if len(surface) >= 2:
                by_surface.setdefault(surface, []).append(i)
                words.append(UserWord(surface, options["new_word_freq"], True))
    common = frozenset(lexicons["common_word_names"])
    matcher = WordMatcher(by_surface)
    user_words = tuple(w for w in dict.fromkeys(words) if w.word not in common)
    province_forms = frozenset(s for s, rows in by_surface.items()
                               if all(divisions[i]["level"] == "province" for i in rows))
    return Gazetteer(divisions, by_surface, common, tuple(lexicons["town_suffixes"]), frozenset(lexicons["surnames"]),
                     province_forms,
                     tuple(lexicons["full_name_followers"]), matcher,
                     user_words, {r["code"]: r for r in divisions}, frozenset(r["name"] for r in divisions),
                     frozenset(lexicons["division_suffixes"]))


def _fields(row: dict) -> dict:
    return {k: row[k] for k in ("name", "kind", "level", "parent", "code")}


@finder("gazetteer")
def gazetteer_places(ctx, rule):
    """Names at jieba word boundaries, with three ways past a boundary that
    jieba draws inside a name: a chain (上海浦东新区 is one jieba word), a name
    heading a longer word (上海交通大学), a full name before 委 (云南省委)."""
    gaz, text, words = ctx.gazetteer, ctx.text, ctx.words
    found, chained = [], set()
    for start, end, surface in sorted(gaz.matcher.find(text), key=lambda h: (h[0], -h[1])):
        if start not in chained and not words.is_start(start):
            continue
        if surface not in gaz.by_name and surface not in gaz.province_forms and _names_other(start, end, ctx):
            continue
        heads_word = words.end_of_word_at(end - 1) - end >= 2
        full_before_follower = surface in gaz.by_name and text.startswith(gaz.followers, end)
        if heads_word or full_before_follower or words.is_end(end):
            chained.add(end)
            found.append(Mention("places", start, end, rule.id, {"candidates": gaz.by_surface[surface]}))
    return found


def _names_other(start: int, end: int, ctx) -> bool:
    """A short form that names a town (洪山镇) or, after a surname standing
    alone, a person (侯永平); the caller exempts province short forms (云南, 吉林)."""
    gaz = ctx.gazetteer
    if ctx.text.startswith(gaz.town_suffixes, end):
        return True
    return start > 0 and ctx.text[start - 1] in gaz.surnames and ctx.words.is_start(start - 1)


@normalizer("unlisted_place")
def unlisted_place(match, ctx, rule):
    """涪潭县: shaped like a division, unknown to the gazetteer and to jieba."""
    name, stem = match.group("m"), match.group("stem")
    known = ctx.gazetteer.by_surface
    if name in known or stem in known or name[1:] in known or ctx.segmenter.has_word(stem):
        return []  # 来黟县 is 来 + 黟县
    if not (ctx.words.is_start(match.start("m")) and ctx.words.is_end(match.end("m"))):
        return []  # 现代化县级, 我去县城, 3月任县委: the name must be whole words
    if any(c in ctx.lexicons["unlisted_stem_stopchars"] for c in stem):
        return []
    before = window_before(ctx.text, match.start("m"))
    if any(marker in before for marker in ctx.lexicons["foreign_markers"]):
        return []  # 日本群马县
    suffix = ctx.lexicons["division_suffixes"][match.group("suffix")]
    fields = {"name": name, "kind": suffix["kind"], "level": suffix["level"], "parent": "", "code": "", "stem": stem}
    return [Mention("places", match.start("m"), match.end("m"), rule.id, fields)]


def _bare_unlisted(mentions: list[Mention], ctx) -> list[Mention]:
    """Once 涪潭县 is named, 涪潭 alone (before or after) is the same place."""
    extra = []
    for full in {m.fields["stem"]: m for m in mentions if "stem" in m.fields}.values():
        stem = full.fields["stem"]
        pos = ctx.text.find(stem)
        while pos >= 0:
            if ctx.words.is_start(pos):
                extra.append(Mention("places", pos, pos + len(stem), full.rule,
                                     {k: v for k, v in full.fields.items() if k != "stem"}))
            pos = ctx.text.find(stem, pos + 1)
    return extra


def _is_bare_county(surface: str, row: dict, gaz: Gazetteer) -> bool:
    """莎车, 静安: a county-level name without its suffix, easily a word or a person."""
    return row["level"] == "county" and surface != row["name"] and surface[-1] not in gaz.suffixes


def _choose(surface: str, at: int, candidates: list[int], gaz: Gazetteer, context: dict[str, list[int]]) -> dict | None:
    """The reading the document supports most; among equals the higher level,
    then the one whose parent or province was named nearest (福州市鼓楼区)."""
    def distance(code: str) -> int:
        places = context.get(code, ())
        k = bisect_left(places, at)
        return min((abs(at - p) for p in places[max(0, k - 1):k + 1]), default=1 << 30)

    def score(i):
        row = gaz.rows[i]
        parent_named = row["parent_code"] in context
        province_named = row["code"][:2] + "0000" in context and row["level"] != "province"
        return 2 * parent_named + province_named, -LEVEL_RANK[row["level"]]

    def nearest(i):
        row = gaz.rows[i]
        return -min(distance(row["parent_code"]), distance(row["code"][:2] + "0000")), row["code"] in context

    scores = {i: score(i) for i in candidates}
    top = max(scores.values())
    tied = [i for i in candidates if scores[i] == top]
    best = tied[0] if len(tied) == 1 else max(tied, key=lambda i: (nearest(i), -int(gaz.rows[i]["code"])))
    support = top[0]
    if surface in gaz.common_words and support < 2:
        return None  # 比如, 合作, 资源: an ordinary word unless its parent is named
    if _is_bare_county(surface, gaz.rows[best], gaz) and support < 1:
        return None  # 王高安 is no 高安市 when nothing in the text is in 江西
    return gaz.rows[best]


def _context(mentions: list[Mention], ctx) -> dict[str, list[int]]:
    """Where names that can only mean one division (and their ancestors) stand."""
    gaz, context = ctx.gazetteer, {}
    for m in mentions:
        cands = m.fields.get("candidates")
        surface = ctx.text[m.start:m.end]
        if cands and len(cands) == 1 and surface not in gaz.common_words \
                and not _is_bare_county(surface, gaz.rows[cands[0]], gaz):
            code = gaz.rows[cands[0]]["code"]
            for c in (code, *gaz.ancestors(code)):
                context.setdefault(c, []).append(m.start)
    for places in context.values():
        places.sort()
    return context


def resolve_places(mentions: list[Mention], ctx) -> list[Mention]:
    mentions = mentions + _bare_unlisted(mentions, ctx)
    context = _context(mentions, ctx)
    out, chosen = [], {}  # a name with one reading is decided once per document
    for m in mentions:
        cands = m.fields.pop("candidates", None)
        if cands is not None:
            surface = ctx.text[m.start:m.end]
            if len(cands) > 1:
                row = _choose(surface, m.start, cands, ctx.gazetteer, context)
            elif surface in chosen:
                row = chosen[surface]
            else:
                row = chosen[surface] = _choose(surface, m.start, cands, ctx.gazetteer, context)
            if row is None:
                continue
            m.fields = _fields(row)
        m.fields.pop("stem", None)
        out.append(m)
    return out
