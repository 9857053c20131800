"""Pairings: which division helps which, as the document states a standing arrangement.

Two ways a document states one (SPEC.md, "pairings.csv"):
- a sentence with an arrangement word (对口支援, 扶贫协作, 结对帮扶 …) and the
  places around it: 宝山区结对帮扶曲靖市, 确定由东莞市和中山市帮扶昭通市,
  深圳市与百色市开展扶贫协作, 南浔—广安东西部扶贫协作产业园;
- a list line under a heading that names the helper (宝山区对口帮扶县 /
  扶贫协作：云南曲靖罗平县、师宗县…): one row per listed place.
The helper is the side the text presents as giving (before the arrangement
word; of two names before it, the one on the giving side of the country),
the helped the places after it or on the receiving side; each side by its
most specific name. A list of helpers and a list of helped places pair up
only with 分别. A pair stated twice is one row, at its first statement.
"""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

import regex

from ..doc import Mention
from ..document import Stops
from ..registry import Table, a_regex, finder, register_table
from ..rules import alternation
from .roles import Regions, inside, innermost, most_specific


@dataclass(frozen=True, slots=True)
class Pairing:
    helper: str
    helper_code: str
    helped: str
    helped_code: str
    relation: str  # 扶贫协作, 对口支援, 对口帮扶, 结对帮扶 or 帮扶


PAIRINGS = register_table(Table("pairings", Pairing, keys=("helper", "helped", "relation"), rules="pairings.yaml",
                                requires=("places",), scoring="pairs", overlap="keep_all"))
LEXICONS = ("relation_words", "arrangement_relations", "name_relations", "plain_relations", "respectively_words", "joining_words",
            "relation_modified_nouns")


def _patterns(lexicons, names: str):
    """An arrangement word or name (沪滇协作); a list line under a heading (扶贫协作：云南曲靖罗平县、…)."""
    words = lexicons["relation_words"]
    relation = regex.compile(f"(?:{alternation(words)}|{names})+")  # a run is one word: 对口支援帮扶
    label_line = regex.compile(f"(?m)^[ \\t\\u3000]*(?P<label>{alternation(words)})[ \\t\\u3000]*[：:](?P<list>.+)$")
    return relation, label_line


def relation_of(word: str, lexicons) -> str:
    """An arrangement word's relation: from the lexicon; for a run of them (对口协作帮扶,
    对口支援帮扶) its first word's, the longest that starts it; for a run opening with a name
    (沪滇协作, 闽宁协作帮扶) by how the name ends."""
    if first := lexicons.derived(_first_word).match(word):
        return lexicons["relation_words"][first.group()]
    ends = lexicons["name_relations"]
    return min(((word.find(end), r) for end, r in ends.items() if end in word), default=(0, ""))[1]


def _first_word(lexicons):
    return regex.compile(alternation(lexicons["relation_words"]))


@finder("pairings", lexicons=LEXICONS, resources=("regions",), requires=("places",),
        options={"arrangement_names": a_regex()})
def find_pairings(doc, rule):
    lexicons, regions = rule.lexicons, rule.resources["regions"]
    relation, label_line = lexicons.derived(_patterns, rule.options["arrangement_names"])
    places = doc.mentions["places"]
    if len({p.value.name for p in places}) < 2:
        return []  # a pair needs two divisions named
    starts = [p.start for p in places]
    found: list[tuple[int, Mention, Mention, str]] = []  # (where stated, helper, helped, relation)
    for (start, end), words in _sentences_with(doc, relation, tuple(lexicons["relation_modified_nouns"])):
        in_sentence = places[bisect_left(starts, start):bisect_left(starts, end)]
        if len({p.value.name for p in in_sentence}) < 2:
            continue  # a pair needs two divisions named
        named = _named_relation(words, lexicons)
        for previous, word, following in zip([None, *words], words, [*words[1:], None]):
            found += _stated(doc, word, previous.end() if previous else start, following.start() if following else end,
                             in_sentence, regions, lexicons, named)
    found += _listed(doc, places, starts, label_line, regions, lexicons)
    return _first_of_each(sorted(found, key=lambda f: f[0]), rule.id, tuple(lexicons["arrangement_relations"]))


def _sentences_with(doc, relation, modifies: tuple[str, ...]):
    """(sentence, its arrangement words) for each sentence that has one; not a
    list line's label (扶贫协作：) nor a word naming a kind (援疆企业)."""
    text, document = doc.text, doc.document
    by_sentence: dict[tuple[int, int], list] = {}
    sentence = (0, 0)
    for m in relation.finditer(text):
        if text.startswith(("：", ":"), m.end()) or text.startswith(modifies, m.end()):
            continue
        if not sentence[0] <= m.start() < sentence[1]:  # the words of one sentence look it up once
            sentence = document.sentence_at(m.start())
        if sentence[0] <= m.start() < sentence[1]:
            by_sentence.setdefault(sentence, []).append(m)
    return by_sentence.items()


def _named_relation(words, lexicons) -> str | None:
    """An arrangement a sentence names (粤滇扶贫协作): it is the relation of the
    pairs the sentence states with a plainer word (确定由东莞市帮扶昭通市)."""
    relations = [relation_of(w.group(), lexicons) for w in words]
    return next((r for r in relations if r in lexicons["arrangement_relations"]), None)


def _stated(doc, word, since: int, until: int, places: list[Mention], regions: Regions, lexicons,
            named: str | None) -> list[tuple]:
    """The pairs one arrangement word states: givers named since the sentence's
    previous arrangement word, the helped named after it in its clause, up to
    the next one (or before it in its clause, on the receiving side:
    推进云南大理…对口帮扶工作)."""
    clause_start, clause_end = COMMA.around(doc.text, word.start(), since, until)
    after = most_specific([p for p in places if word.end() <= p.start < clause_end], doc.text)
    if after and regions.names_institution(after[0], doc.text):
        return []  # 对口支援拉萨市人民医院: a hospital is helped, not a division
    before = [p for p in most_specific([p for p in places if since <= p.start and p.end <= word.start()], doc.text)
              if not regions.names_institution(p, doc.text)]  # 陕西师范大学结对帮扶…: a university gives
    givers = _distinct(innermost([p for p in before if regions.side(p.value) == "helper"]))
    if after:
        helped = [p for p in after if regions.side(p.value) != "helper"]
        # 重庆对口支援湖北孝感: the name just before the word, in its clause, gives
        helpers = givers or [p for p in before[-1:] if p.start >= clause_start]
    else:
        helpers = givers
        helped = [p for p in before if p.start >= clause_start and regions.side(p.value) == "helped"
                  and any(_joined(doc.text, h, p, places, lexicons) for h in helpers)]
    helped = _distinct(helped)
    if not helpers or not helped:
        return []
    rel = relation_of(word.group(), lexicons)
    rel = named if named and rel in lexicons["plain_relations"] else rel
    if len(helpers) > 1 and len(helped) > 1:
        stretch = doc.text[since:until]
        if not any(w in stretch for w in lexicons["respectively_words"]):
            return []  # 四地对口帮扶三县一区: no pair is stated
        return [(word.start(), h, d, rel) for h, d in zip(helpers, helped)]
    # a division does not pair with one inside it (武汉…对口支援江汉区: 武汉 is where the help went)
    return [(word.start(), h, d, rel) for h in helpers for d in helped
            if h.value.name != d.value.name and not inside(d.value, h.value)]


def _joined(text: str, one: Mention, other: Mention, places: list[Mention], lexicons) -> bool:
    """Whether two names are more than items of one list: 深圳市与百色市, 云南、西藏等上海…,
    but not 鞍山市、云南玉溪市 (only 、 and names between them)."""
    first, second = sorted((one, other), key=lambda m: m.start)
    between = list(text[first.end:second.start])
    for p in places:
        if first.end <= p.start and p.end <= second.start:
            between[p.start - first.end:p.end - first.end] = [""] * (p.end - p.start)
    rest = "".join(between)
    if rest.strip("、") or any(w in rest for w in lexicons["joining_words"]):
        return True
    # two names alone make a pair's name (福建、宁夏扶贫协作); a third makes a list
    return rest == "、" and not text.endswith("、", 0, first.start) and not text.startswith("、", second.end)


def _distinct(places: list[Mention]) -> list[Mention]:
    """One mention per division: 浦东新区…浦东 is one helper."""
    return list({p.value.name: p for p in reversed(places)}.values())[::-1]


COMMA = Stops("，,；;")  # an arrangement word's clause: a list joined by 、 stays whole (莎车、叶城、泽普)


def _listed(doc, places: list[Mention], starts: list[int], label_line, regions: Regions, lexicons) -> list[tuple]:
    """扶贫协作：云南曲靖罗平县、师宗县… under a heading naming the helper (宝山区对口帮扶县)."""
    out = []
    raw, document = doc.document.raw, doc.document

    def divisions(start: int, end: int) -> list[Mention]:  # not a name heading an institution's
        return [p for p in places[bisect_left(starts, start):bisect_left(starts, end)]
                if not regions.names_institution(p, doc.text)]

    for m in label_line.finditer(raw):
        start, end = document.clean_offset(m.start("list")), document.clean_offset(m.end("list"))
        helped = [p for p in most_specific(divisions(start, end), doc.text) if regions.side(p.value) != "helper"]
        helper = _heading_helper(doc, divisions, start, regions)
        if helper is not None and helped:
            rel = relation_of(m.group("label"), lexicons)
            out += [(start, helper, d, rel) for d in helped]
    return out


def _heading_helper(doc, divisions, pos: int, regions: Regions) -> Mention | None:
    """The giving-side place of the nearest heading before a position."""
    document = doc.document
    for k in range(document.paragraph_index(pos), -1, -1):
        p = document.paragraphs[k]
        if p.heading:
            named = [m for m in divisions(p.start, p.end) if regions.side(m.value) == "helper"]
            if named:
                return most_specific(named, doc.text)[-1]
    return None


def _first_of_each(found: list[tuple], rule_id: str, named: tuple[str, ...]) -> list[Mention]:
    """One row per (helper, helped), at its first statement, spanning the helped
    place's name; its relation is the arrangement's name where any statement of
    the pair gives one (扶贫协作, 对口支援), else the first statement's word."""
    first: dict[tuple[str, str], tuple] = {}
    relation: dict[tuple[str, str], str] = {}
    for _, helper, helped, rel in found:
        key = (helper.value.name, helped.value.name)
        first.setdefault(key, (helper, helped))
        if key not in relation or (rel in named and relation[key] not in named):
            relation[key] = rel
    out = [Mention("pairings", d.start, d.end, rule_id,
                   Pairing(h.value.name, h.value.code, d.value.name, d.value.code, relation[key]))
           for key, (h, d) in first.items()]
    return sorted(out, key=lambda m: m.start)
