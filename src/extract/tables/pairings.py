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

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import cached_property
from itertools import accumulate, pairwise
from operator import attrgetter
from typing import NamedTuple

import regex

from ..doc import Mention
from ..document import (CLAUSE_REACH, CLAUSE_STOP, CLAUSE_STOPS, CLOSING_BRACKETS, COLON, COLONS, DASHED_ITEM,
                        HEADING_LENGTH, ITEM_MARKS, ITEM_NUMBER, OPENING_BRACKETS, ORDINAL_CHARS, PART_MARK, PART_NUMBER,
                        SENTENCE_MARKS, Stops, title_around)
from ..numbers import COUNT_CHARS
from ..registry import Table, a_regex, finder, register_table
from ..rules import alternation
from .roles import (HOLDER_WIDTH, OWN_RULE, Gatherings, Regions, agent_opening, at_or_inside, bracket_end, chain_start,
                    chains, holding, inside, innermost, left_out_starts, most_specific, nested, open_bracket,
                    opens_clause, place_lists, starting_in, venue)


@dataclass(frozen=True, slots=True)
class Pairing:
    helper: str
    helper_code: str
    helped: str
    helped_code: str
    relation: str  # 扶贫协作, 对口支援, 对口帮扶, 结对帮扶 or 帮扶


class Statement(NamedTuple):
    """A pair as one passage states it, before the document's pairs are merged."""
    at: int  # where stated (the arrangement word, the list line)
    helper: Mention
    helped: Mention
    relation: str
    span: Mention  # the mention the row spans: the helped place's, or the helper's when only it is named
    implied: bool = False  # the helper is not named with the word (_subject_after): a closer statement wins


PAIRINGS = register_table(Table("pairings", Pairing, keys=("helper", "helped", "relation"), rules="pairings.yaml",
                                requires=("places",), scoring="pairs", overlap="keep_all"))
LEXICONS = ("relation_words", "arrangement_relations", "text_arrangements", "level_wording_relations", "arrangement_levels",
            "east_west_names", "naming_relations", "name_relations", "plain_relations",
            "respectively_words", "joining_words", "relation_modified_nouns", "relation_kind_names", "region_words",
            "partner_markers", "listing_words", "team_links", "team_nouns", "excluding_words", "not_excluding_words",
            "list_marks", "pair_dashes", "pair_joiners", "alias_openers", "renamed_openers", "venue_before", "venue_words", "venue_halls",
            "pair_name_marks", "co_giver_marks", "pair_list_verbs", "pair_list_levels", "pair_list_modes",
            "list_intro_ends", "list_line_ends", "part_openings", "funding_verbs", "funding_to", "headed_giving_verbs", "unnamed_receivers", "fund_nouns", "aid_fund_words", "pairs_closers",
            "pair_counters", "division_counters", "division_parts", "agreement_words", "zone_words",
            "wording_relations", "extending_words", "bracket_opens", "bracket_closes", "subject_sharing_words", "firm_words",
            "bound_relation_words", "bound_word_stops", "relation_nouns", "pair_list_adverbs", "short_relation_words", "short_word_stops",
            "rest_words", "holding_marks", "list_counters", "group_marks", "own_help_verbs", "fronting_words",
            "taken_as_words", "team_members", "weak_relation_words", "help_manners", "paired_kinds", "pair_count_words",
            "agent_markers", "delegation_words", "pair_name_joins", "open_list_marks", "task_joins",
            "agent_adverbs", "object_ends", "next_verbs", "unit_pair_kinds", "organ_tails", "organ_joins")


def _patterns(lexicons, names: str):
    """An arrangement word or name (沪滇协作); a list line under a heading (扶贫协作：云南曲靖罗平县、…)."""
    words, short, bound = lexicons["relation_words"], lexicons["short_relation_words"], lexicons["bound_relation_words"]
    # a run is one word: 对口支援帮扶; a short form only where it names no kind of place (对口县, 对口地区); a bound
    # word only after a word stating a relation between places (_with_bound)
    long_words = alternation([w for w in words if w not in short and w not in bound])
    stated = f"{long_words}|(?:{alternation(short)})(?!{alternation(lexicons['short_word_stops'])})"
    # not a word inside a kind's name, wherever a caller scans (凉山、甘孜、阿坝三州的重点帮扶县: no pair, no arrangement)
    in_kind = "|".join(f"(?<={regex.escape(k[:i])}){regex.escape(k[i:])}" if i else regex.escape(k)
                       for k in lexicons["relation_kind_names"] for i in range(len(k)))
    # (not a run opening an organ's name, alone or joined to others: 宁波市对口支援和区域合作局, 杭州市东西部扶贫协作和
    # 对口支援工作领导小组办公室 state nothing)
    word = f"(?:{stated}|{names})+"
    joins = f"(?:{alternation(lexicons['organ_joins'])})"
    run = f"(?>{word})(?!(?:{joins}{word})*{joins}?(?:{alternation(lexicons['organ_tails'])}))"
    relation = lexicons.compile(f"(?!{in_kind}){run}" if in_kind else run)
    # (after the line's number, if any: （二）对口支援：青海省果洛藏族自治州玛沁县)
    label_line = lexicons.compile(f"(?m)^[ \\t\\u3000]*{NUMBER}[ \\t\\u3000]*(?P<label>{alternation(words)})"
                                  f"[ \\t\\u3000]*[：:](?P<list>.+)$")
    return relation, label_line


def relation_of(word: str, lexicons) -> str:
    """An arrangement word's relation: from the lexicon; for a run of them (对口协作帮扶,
    对口支援帮扶) its first word's, the longest that starts it; for a run opening with a name
    (沪滇协作, 闽宁协作帮扶) by how the name ends."""
    if first := lexicons.words("relation_words").match(word):
        return lexicons["relation_words"][first.group()]
    if word in lexicons["bound_relation_words"]:
        return lexicons["plain_relations"][0]  # (a bound word no relation word is: 帮 after 建立结对关系：)
    ends = lexicons["name_relations"]
    return min(((word.find(end), r) for end, r in ends.items() if end in word), default=(0, ""))[1]


@finder("pairings", lexicons=LEXICONS, resources=("regions",), requires=("places",),
        options={"arrangement_names": a_regex()})
def find_pairings(doc, rule):
    lexicons, regions = rule.lexicons, rule.resources["regions"]
    relation, label_line = lexicons.derived(_patterns, rule.options["arrangement_names"])
    # (我县 in a county's own report stands for it: 张家港市对口帮扶我县)
    zones = lexicons["zone_words"]  # (平潭综合实验区: no 平潭县)
    places = sorted((p for p in doc.mentions["places"] + regions.own_places(doc) if not doc.text.startswith(zones, p.end)),
                    key=attrgetter("start"))
    if len({p.value.name for p in places}) < 2:
        return []  # a pair needs two divisions named
    starts = [p.start for p in places]
    found: list[Statement] = []
    implied: list[Statement] = []  # from statements naming only the helper
    passages = _Passages(doc, places, starts, regions, lexicons["list_marks"])
    own_giver = _own_giver(places, regions)
    titled_giver = own_giver or _titled_giver(doc, places, regions)  # (a report naming no 我X: its title's giver)
    weak = lexicons["weak_relation_words"]  # (援建: a word naming what a giver builds as well)
    arrangement_words = list(relation.finditer(doc.text))  # one scan, read by the statements and by _Relations
    stating_words = sorted(arrangement_words + _listed_bound(doc, arrangement_words, relation, lexicons),
                           key=lambda m: m.start())
    for sentence, words, kinds in _sentences_with(doc, stating_words, lexicons["relation_modified_nouns"]):
        in_sentence = starting_in(places, starts, *sentence)
        label = passages.label_giver(sentence[0])  # (济南市：…；继续帮扶重庆市武隆区: the line's label gives)
        words = _with_bound(doc.text, sentence, words, in_sentence, lexicons)
        # a weak word states pairs beside pairs another word of its sentence states, each a part of one of them
        # (福建省对口支援八宿县、左贡县，其中福州市援建八宿县; not 福建省对口支援八宿县，上海援建的学校位于江孜县, another
        # giver's building), or, where no other word states one, where the places are all it acts on (_whole_objects:
        # 浦东新区援建的莎车县和…; not 济南援建的花垣县十八洞猕猴桃产业基地, a project; nor 苏州援建学校, a building)
        strong = [w for w in words if not doc.text.startswith(weak, w.start())]
        stated = _stated_in(doc, sentence, [w for w in strong if w.start() not in kinds], in_sentence, regions, lexicons,
                            label)
        if len(strong) < len(words):
            with_weak = _stated_in(doc, sentence, [w for w in words if w.start() not in kinds], in_sentence, regions,
                                   lexicons, label)
            stated = (_refining(with_weak, lambda s: doc.text.startswith(weak, s.at)) if stated
                      else _whole_objects(doc.text, with_weak, chains(in_sentence), lexicons))
        if not stated:  # (a sentence naming one side: the helper, else the helped in the giver's own report)
            stated = (_helper_only(doc, sentence, strong, kinds, in_sentence, passages, regions, lexicons)
                      or _headed_parts(doc, sentence, places, starts, _helped_only(
                          doc, strong, kinds, in_sentence, label or titled_giver, regions, lexicons)))
        found += [s for s in stated if not s.implied] + _kind_named_pairs(doc, sentence, words, kinds, in_sentence,
                                                                         regions, lexicons)
        implied += [s for s in stated if s.implied]
    found += _listed(doc, places, starts, label_line, regions, lexicons)
    found += _teams(doc, places, regions, lexicons)
    named = _Relations(doc.text, arrangement_words, lexicons)
    found += _dashed(doc, places, starts, relation, named, regions, lexicons)
    found += _tabled(doc, places, starts, relation, regions, lexicons)
    found += _faced(doc, places, relation, named, regions, lexicons)
    found += _agreements(doc, places, starts, named, regions, lexicons)
    found += _unless_seen_closer(implied, found + implied)
    found = _not_counted_partners(doc, found, lexicons)
    found += _bracketed(doc, places, found, regions, lexicons)
    found += _own_items(doc, places, own_giver, relation, regions, lexicons)
    found += _extended(doc, places, found, regions, lexicons)
    found += _delegated(doc, places, starts, found, regions, lexicons)
    found += _funded(doc, arrangement_words, places, starts, found, titled_giver, regions, lexicons)
    found += _headed_giver(doc, places, starts, found, regions, lexicons)
    found = _not_one_side(found, regions)
    regional = _Regional(doc, places, starts, named)
    # (last, a text naming one arrangement only, of those whose name covers a whole text, 闽宁 扶贫协作: a pair it states
    # in a plain word is of it, in a sentence or a table's row under a plain heading, 帮扶城市｜受帮扶市（州）, where the
    # pair is one of the giving side's division helping the receiving side's; not help to 西藏, 新疆 or 青海, 对口支援
    # whatever else the text names: 天津已累计拨付甘肃、新疆、西藏…帮扶资金; nor help inside a province, 东莞市帮扶韶关市)
    whole_text = only if (only := named.only_arrangement()) in lexicons["text_arrangements"] else ""
    across = lambda s: (regions.side(s.helper.value) == "helper" and regions.side(s.helped.value) == "helped"
                        and not regions.only_receives(s.helped.value))
    found = [s._replace(relation=arrangement) if s.relation in lexicons["plain_relations"] and (
        arrangement := _list_arrangement(doc, s.at, named, lexicons) or _whole_arrangement(doc, s.at, named, lexicons)
        or _headed_arrangement(doc, s.at, relation, lexicons)
        or regional.arrangement(s.helped.value) or named.naming(*doc.document.sentence_at(s.at))
        or (whole_text if across(s) else ""))
        else s for s in found]
    # (a city's or a province's pair in a wording of its own, 宁波市对口帮扶黔西南州, is of the text's one arrangement
    # too where the text names it whole, 东西部扶贫协作, not only as one pair's, 粤滇扶贫协作: the east-west
    # arrangement pairs provinces and cities; a county's pair keeps its wording, often a pairing of its own)
    east_west = whole_text and any(w in doc.text for w in lexicons["east_west_names"])
    found = [s._replace(relation=whole_text) if east_west and s.relation in lexicons["level_wording_relations"]
             and s.helped.value.level in lexicons["arrangement_levels"] and across(s) else s for s in found]
    return _first_of_each(sorted(found, key=lambda f: f.at), rule.id, lexicons["arrangement_relations"],
                          lambda s: doc.text.startswith(weak, s.at))


FRONTED_OBJECT = 12  # the most letters of an object 把 fronts before 作为: 把【职业教育】作为帮扶…的抓手
SHARE = regex.compile(f"[{COUNT_CHARS}]")  # a share right after its place: 恩施州1.75亿元
FUNDED_REACH = 80  # the most letters of the clause before a word naming help funds that name their giver and receiver
# (eleven counties listed: 向云南省大理白族自治州洱源、剑川…永平等11个贫困县投入财政帮扶资金)
BRACKET_REACH = 20  # the most letters between an arrangement word and the brackets around it: （上海市静安区对口帮扶）


def _whole_objects(text: str, stated: list[Statement], chained: dict[int, int], lexicons) -> list[Statement]:
    """The statements of weak words that name the helped places as all the word acts on: the places right after the
    word or its 的, listed (_objects), each a chain by its last (chained: chains(); 援建的新疆泽普县), its phrase ending
    after the last, a list mark, object_ends or its clause's end there (前往浦东新区援建的莎车县和静安区援建的巴楚县;
    援建的莎车县、泽普县。; not 济南援建的花垣县猕猴桃产业基地, a project, nor 天津援建的于田县、策勒县卫星工厂, nor
    上海援建的学校位于江孜县, a building)."""
    weak, ends = lexicons.words("weak_relation_words"), (*lexicons["list_marks"], *lexicons["object_ends"], *CLAUSE_STOPS)
    by_word: dict[int, list[Statement]] = {}
    for s in stated:
        by_word.setdefault(s.at, []).append(s)
    out = []
    for at, group in by_word.items():
        if (word := weak.match(text, at)) is None:
            continue
        helped = sorted({s.span.start: s.span for s in group}.values(), key=attrgetter("start"))  # (in order)
        run = {p.start: p.end for p in _objects(text, word.end(), helped, lexicons, listed=True, chained=chained)}
        if run and text.startswith(ends, max(run.values())):
            out += [s for s in group if s.span.start in run]
    return out


def _refining(stated: list[Statement], weak) -> list[Statement]:
    """The statements of a sentence, a weak word's only where they share a side with another's, a division at, inside
    or holding that one's (其中福州市援建八宿县 under 福建省对口支援八宿县; 北京市重点援建和田市…，由东城区对口支援和田市;
    not 上海援建的学校位于江孜县 beside 福建省对口支援八宿县)."""
    strong = [s for s in stated if not weak(s)]
    # (each looked up once by its keys, not against each strong pair: a sentence of thousands of pairs costs linear time)
    helpers = {key for s in strong for key in _code_keys(s.helper.value, "in", "holds")}
    helped = {key for s in strong for key in _code_keys(s.helped.value, "in", "holds")}
    related = lambda place, keys: any(key in keys for key in _code_keys(place.value, "holds", "in"))
    return strong + [w for w in stated if weak(w) and (related(w.helper, helpers) or related(w.helped, helped))]


def _list_arrangement(doc, at: int, named: _Relations, lexicons) -> str | None:
    """The arrangement an introduction names for the list a statement stands in, lines ending in ；
    or a label's ： between (调整后的东西部扶贫协作结对关系如下。/ 结对关系：/ 北京市帮扶内蒙古自治区…；):
    the list's pairs are of that arrangement, whatever word each line uses (SPEC.md: the arrangement's
    name where the document names it)."""
    document = doc.document
    intro = document.list_introduction(document.paragraph_index(at), lexicons["list_intro_ends"],
                                       lambda line: line.endswith(lexicons["list_line_ends"]))
    return named.arranged(intro.start, intro.end) or None if intro else None


def _whole_arrangement(doc, at: int, named: _Relations, lexicons) -> str | None:
    """The arrangement the sentence before names, for a statement in a sentence opening with 其中 (建立“携手奔小康”
    结对关系。其中，福州市对口西吉县，厦门市对口海原县: the pairs are parts of that arrangement)."""
    document, text = doc.document, doc.text
    start, _ = document.sentence_at(at)
    if not text.startswith(lexicons["part_openings"], start) or start == 0:
        return None
    return named.last(*document.sentence_at(start - 1), but=lexicons["plain_relations"]) or None


def _headed_arrangement(doc, at: int, relation, lexicons) -> str | None:
    """The arrangement a run-in heading opening a statement's paragraph names, a sentence of its name alone after its
    number, if any (（四）东西部扶贫协作。全年向…等11个贫困县投入财政帮扶资金: the pairs are of it)."""
    document, text = doc.document, doc.text
    start, end = document.sentence_at(document.paragraph_at(at).start)
    start = LINE_NUMBER.match(text, start, end).end()
    heading = relation.fullmatch(text, start, end - text.endswith(HEADING_ENDS, start, end)) if end <= at else None
    return (found if heading and (found := relation_of(heading.group(), lexicons)) in lexicons["arrangement_relations"]
            else None)


def _stated_in(doc, sentence: tuple[int, int], words: list, places: list[Mention], regions: Regions,
               lexicons, label: Mention | None = None) -> list[Statement]:
    """The pairs a sentence states with both sides named in it (label: the giver its line's label names, if any)."""
    if len({p.value.name for p in places}) < 2:
        return []  # a pair needs two divisions named
    start, end = sentence
    named, starts = _named_relation(words, lexicons), [p.start for p in places]
    earlier = _Earlier(doc.text, start, places, regions, label)
    parts = _parts_of(doc.text, sentence, words, lexicons)
    naming = []  # the words that state no pair of their own: names of the arrangement (闽宁对口扶贫协作第一次联席会议)
    for previous, word, following in zip([None, *words], words, [*words[1:], None]):
        since, until = previous.end() if previous else start, following.start() if following else end
        # nor the lines above its own, which a sentence without a full stop runs over (a list of names and posts:
        # 李强 红河州绿春县扶贫办主任 / 王芳 上海市援滇医疗人才…: 绿春县 is no object of 援滇)
        line = doc.document.record_line_start(word.start())
        since, until = _title_reach(doc.text, word.start(), max(since, line), until, starts)
        after_word = previous is not None and since == previous.end()  # (not where its line or its title starts later)
        # a word reads only the places between its neighbours: a sentence of thousands costs linear time; not a list's
        # item right before the next word, which gives by it (吉林市对口支援吉隆县、长春市对口支援定结县: 长春市 is no
        # object; 对口帮扶云南省结对关系 still is)
        between = [p for p in starting_in(places, starts, since, until)
                   if following is None or p.end != until or not doc.text.endswith(lexicons["list_marks"], 0, p.start)]
        stated = _stated(doc, word, since, until, between, regions, lexicons, parts[word.start()] or named,
                         after_word=after_word, earlier=earlier)
        earlier.add(stated)
        naming += [] if stated else [word]
    # (…联席会议在福州召开，福建省与宁夏回族自治区正式建立对口帮扶关系: 扶贫协作; not where the arrangement's word
    # states a pair of its own: 凉山州与对口帮扶的佛山市…，临夏州和扶贫协作的厦门市)
    found = earlier.found
    if arrangement := _named_relation(naming, lexicons):
        found = [f._replace(relation=arrangement) if f.relation in lexicons["wording_relations"] else f for f in found]
    return found


def _title_reach(text: str, at: int, since: int, until: int, starts: list[int]) -> tuple[int, int]:
    """What a word in a book title reads: up to the title's end (《关于对口帮扶黔西南州的实施意见》，安龙县…: its object
    is inside), and from the title's start where the title names a place before the word, a giver or not (《长宁区对口
    支援与合作交流专项资金管理办法》，结合红河州…: no pair; 《上海市2020年对口帮扶云南省项目计划》和《长宁区…》: 上海市 →
    云南省 only, not 长宁区 → 云南省; 到广东省…，根据《百色市粤桂扶贫协作…办法》: no 广东省 → 百色市); a word outside a
    title reads its clause as before."""
    if (title := title_around(text, at)) is None:
        return since, until
    start, end = title
    named_before = bisect_left(starts, at) > bisect_left(starts, start)
    return (max(since, start) if named_before else since), min(until, end)


def _parts_of(text: str, sentence: tuple[int, int], words: list, lexicons) -> dict[int, str | None]:
    """For each word of a sentence (by start), the relation a word names last before the 其中 it stands after, else
    None: the pairs after it are parts of that relation (建立“一对一”结对帮扶关系，其中张家港市帮扶沿河县，常熟市帮扶思南县:
    结对帮扶, not the 东西部扶贫协作 the sentence named first). One pass over the words and the 其中 in order."""
    openings = [m.start() for m in lexicons.words("part_openings").finditer(text, *sentence)]
    parts, last, part, k = {}, None, None, 0
    for word in words:
        while k < len(openings) and openings[k] < word.start():
            part, k = last, k + 1
        parts[word.start()] = part
        if (relation := relation_of(word.group(), lexicons)) not in lexicons["plain_relations"]:
            last = relation
    return parts


def _sentences_with(doc, arrangement_words: list, modifies: tuple[str, ...]):
    """(sentence, its arrangement words, where those naming a kind start) for each
    sentence that has one; not a list line's label (扶贫协作：). A word naming a kind
    (援疆企业, 帮扶资金) states no pair with both sides, but names a helper (上海援疆专家)."""
    text, document = doc.text, doc.document
    by_sentence: dict[tuple[int, int], tuple[list, set[int]]] = {}
    sentence = (0, 0)
    for m in arrangement_words:
        if text.startswith(COLONS, m.end()):
            continue
        if not sentence[0] <= m.start() < sentence[1]:  # the words of one sentence look it up once
            sentence = document.sentence_at(m.start())
        if sentence[0] <= m.start() < sentence[1]:
            words, kinds = by_sentence.setdefault(sentence, ([], set()))
            words.append(m)
            if text.startswith(modifies, m.end()):
                kinds.add(m.start())
    return [(sentence, words, kinds) for sentence, (words, kinds) in by_sentence.items()]


def _listed_bound(doc, arrangement_words: list, relation, lexicons) -> list:
    """The bound words (协作, 支援) of the lines of a list whose introduction names a relation between places or an
    arrangement (市（州）结对关系如下： / 广州市协作毕节市； / 佛山市协作黔东南州。): each line states its pair as a
    sentence naming the arrangement would (_with_bound); not 协作 in a list of anything else (工作安排如下： /
    两地协作举办招聘会；), nor one inside an arrangement word (对口支援)."""
    text, out, under = doc.text, [], {}
    if not any(end in text for end in lexicons["list_intro_ends"]):
        return []
    stops, taken = lexicons["bound_word_stops"], {i for w in arrangement_words for i in range(w.start(), w.end())}
    for m in lexicons.words("bound_relation_words").finditer(text):
        if m.start() in taken or m.end() - 1 in taken or text.startswith(stops, m.end()):
            continue
        k = doc.document.paragraph_index(m.start())  # (each line's list read once, however many words it holds)
        if k not in under:
            under[k] = _under_relation_intro(doc, k, relation, lexicons)
        if under[k]:
            out.append(m)
    return out


def _under_relation_intro(doc, k: int, relation, lexicons) -> bool:
    """Whether paragraph k is a line of a list, the lines above it ending as items do (；), under an introduction
    whose sentence names a relation between places or an arrangement (市（州）结对关系如下：; not 开展东西部协作。今年工作
    安排如下：, nor a plain word's 帮扶工作安排如下：); the introduction may run on into the list's first line, a colon's
    line break ending nothing (结对关系如下：/ 广州市协作毕节市；)."""
    document, text = doc.document, doc.text
    intro = document.list_introduction(k, lexicons["list_intro_ends"],
                                       lambda line: line.endswith(lexicons["list_line_ends"]), run_on=True)
    if intro is None:
        return False
    s0, s1 = document.sentence_at(intro.end - 1)
    return (any(noun in text[s0:s1] for noun in lexicons["relation_nouns"])
            or any(relation_of(w.group(), lexicons) in lexicons["arrangement_relations"]
                   for w in relation.finditer(text, s0, s1)))


def _with_bound(text: str, sentence: tuple[int, int], words: list, places: list[Mention], lexicons) -> list:
    """A sentence's arrangement words with the bound words after one naming a relation between places (建立“一对一”
    对口支援关系，即海淀区支援和田市，朝阳区支援和田县: each 支援 states a pair of it), or after one whose place they
    spell out the parts of (承担对口支援拉萨市的任务，目前重点支援拉萨市城关区、堆龙德庆区: the same helper's), or after
    a colon that opens its pairs (四地的援疆力量各管一片：广东支援疏附、伽师，深圳支援喀什市), or opening a clause that
    shares the subject before (对口支援喀什地区四县，同时支援克拉玛依市); not 按照对口支援…的工作安排，贵州省支援湖北鄂州市,
    nor 医疗队支援武汉 alone."""
    nouns = lexicons["relation_nouns"]
    # (an arrangement word, or any naming a relation between places: 建立结对关系：鄞州区帮和龙市，慈溪市帮龙井市)
    arranged = [w for w in words if relation_of(w.group(), lexicons) in lexicons["arrangement_relations"]
                or text.startswith(nouns, w.end())]
    if not arranged:
        return words
    taken, stops = {i for w in words for i in range(w.start(), w.end())}, lexicons["bound_word_stops"]
    # (the first naming the relation, maybe a plain one after the arrangement's: 东西部协作新的结对关系：北京市协作内蒙古)
    stating = next((w.end() for w in arranged if text.startswith(nouns, w.end())), sentence[1])
    # (or a colon closing an arrangement word's clause: 四地的援疆力量各管一片：广东支援疏附; not one a later clause
    # closes, 上海对口支援莎车县，会议指出：江苏支援武汉; each clause read up to the next word only, one pass in all)
    ends = [min(w.start(), stating) for w in arranged[1:]] + [stating]
    closing = (COLON.search(text, w.end(), COMMA.around(text, w.end(), w.end(), end)[1])
               for w, end in zip(arranged, ends) if w.end() < end)
    stating = next((colon.start() for colon in closing if colon), stating)  # (the first: the clauses are in order)
    sharing = lexicons.derived(_sharing_gap)
    at, bound, helped, k, last = {p.start: p for p in places}, [], _Wholes(), 0, arranged[0].end()
    for m in lexicons.words("bound_relation_words").finditer(text, arranged[0].end(), sentence[1]):
        while k < len(arranged) and arranged[k].end() <= m.start():  # (the places the words before it help)
            helped.add(at.get(arranged[k].end()))
            k += 1
        # (not inside a word already found: 对口支援 holds 支援; a clause sharing the subject opens after the word
        # before, a comma between: each looks back no further, however long a sentence of them)
        if m.start() not in taken and m.end() - 1 not in taken and not text.startswith(stops, m.end()) and (
                m.start() >= stating or helped.holds(at.get(m.end()))
                or (opening := COMMA.around(text, m.start(), last, m.start())[0]) > last
                and sharing.fullmatch(text, opening, m.start())):
            bound.append(m)
        last = m.end()
    return sorted(words + bound, key=lambda m: m.start()) if bound else words


class _Wholes:
    """The places arrangement words help, to tell in one lookup whether a bound word's place is one of them or lies
    inside one (对口支援拉萨市…，重点支援拉萨市城关区), by name and by code prefix."""

    def __init__(self):
        self.names, self.prefixes = set(), set()

    def add(self, place: Mention | None):
        if place is not None:
            self.names.add(place.value.name)
            width = HOLDER_WIDTH.get(place.value.level)
            if width and place.value.code:
                self.prefixes.add(place.value.code[:width])

    def holds(self, place: Mention | None) -> bool:
        return place is not None and (place.value.name in self.names or bool(place.value.code) and any(
            place.value.code[:w] in self.prefixes for w in HOLDER_WIDTH.values() if len(place.value.code) > w))


def _named_relation(words, lexicons) -> str | None:
    """An arrangement a sentence names (粤滇扶贫协作): it is the relation of the
    pairs the sentence states with a plainer word (确定由东莞市帮扶昭通市)."""
    relations = [relation_of(w.group(), lexicons) for w in words]
    return next((r for r in relations if r in lexicons["arrangement_relations"]), None)


def _stated(doc, word, since: int, until: int, places: list[Mention], regions: Regions, lexicons,
            named: str | None, after_word: bool, earlier: _Earlier) -> list[Statement]:
    """The pairs one arrangement word states: givers named since the sentence's
    previous arrangement word, the helped named after it in its clause, up to
    the next one (or before it in its clause, on the receiving side:
    推进云南大理…对口帮扶工作). after_word: since is where the previous word ends;
    earlier: the sentence's places and the pairs its words have stated so far, whose subject a clause naming none
    shares."""
    if doc.text.endswith(lexicons["unit_pair_kinds"], since, word.start()):
        return []  # (units pair, a kind of unit right before, alone, the last of a list or doubled: 开展企业结对, 与共和、
        # 同德等县开展乡镇、学校、医院结对, 镇镇结对; the word still ends what the next reads)
    clause_start, clause_end = COMMA.around(doc.text, word.start(), since, until)
    # (the groups a 分别与 list parts with commas are one clause: 东城区、西城区分别与阿鲁科尔沁旗，喀喇沁旗、林西县结成…;
    # not a clause the list ended before: 和平区、河西区分别与甘肃省的多个县签订协议，河北区对口帮扶甘南州)
    if ((respective := lexicons.derived(_respective_join).search(doc.text, since, clause_start)) is not None
            and _names_only(doc.text, respective.end(), clause_start, places, "".join(lexicons["list_marks"]) + COMMA_MARKS)):
        clause_start = COMMA.around(doc.text, respective.start(), since, until)[0]
    chained = chains(places)
    after = _named_after(doc.text, word, clause_end, until, places, chained, regions, lexicons)
    if after is None:
        return []
    before = [p for p in most_specific([p for p in places if since <= p.start and p.end <= word.start()], doc.text)
              if not regions.names_institution(p, doc.text)  # 陕西师范大学结对帮扶…: a university gives
              and not venue(doc.text, chain_start(p.start, chained), p.end, lexicons)]
    rel = relation_of(word.group(), lexicons)
    rel = named if named and rel in lexicons["plain_relations"] else rel
    # (苏州市与铜仁市东西部扶贫协作和张家港市对口帮扶沿河: a list mark after the word, 张家港市 opens the next pair)
    coordinated = doc.text.startswith(lexicons["list_marks"], word.end()) and after and after[0].start > word.end()
    # (nor where a noun of the word, a letter or more, and a list mark lead on to the places after it, both sides
    # named before the word in its clause: 浙江、四川两省东西部协作工作部署和湖州市—广元市…, the pair 浙江 and 四川)
    if (after and doc.text.endswith(lexicons["list_marks"], word.end() + 1, chain_start(after[0].start, chained))
            and {regions.side(p.value) for p in before if p.start >= clause_start} >= {"helper", "helped"}):
        after = []
    if (not after or coordinated) and (joined := _joined_pairs(doc.text, word.start(), before, places, regions, lexicons)):
        return [Statement(word.start(), h, d, rel, d) for h, d in joined]  # 济南市与湘西州东西部扶贫协作
    giving = [p for p in before if regions.side(p.value) == "helper"]
    givers = _distinct(innermost(giving))
    implied = False
    if after and _partners_after(doc.text, word, lexicons) and all(regions.side(p.value) == "helper" for p in after):
        # 凉山州与对口帮扶的佛山市: the partners named after 与…的 give, the place before receives
        helpers, helped = _distinct(after), [p for p in before[-1:] if regions.side(p.value) == "helped"]
        within = []
    elif after and (relative := _relative_giver(doc.text, after, chained, regions, lexicons)):
        # (与对口帮扶我县的山东省烟台市: 烟台市 gives; so does a giver listed right before the word, 福建省及对口帮扶我县的泉州市)
        listed = [p for p in givers if doc.text[p.end:word.start()] in lexicons["list_marks"]]
        helpers, helped, within = listed + relative[1], relative[0], []
    elif after:
        helped = [p for p in after if regions.side(p.value) != "helper"]
        # (a province's help inside itself: 东莞市对口帮扶韶关市和揭阳市, the pair is checked against its helper below)
        within = [p for p in _objects(doc.text, word.end(), after, lexicons, listed=True)
                  if regions.side(p.value) == "helper"]
        # 重庆对口支援湖北孝感: the name just before the word, in its clause, gives; with the names listed
        # with it (山东、湖南对口支援黄冈: both give, whatever side each is on elsewhere)
        # (not one the previous word helps: 东莞市帮扶昭通市、珠海市帮扶怒江州 lists no givers, nor 龙岗区对口帮扶的
        # 大化县、宝安区对口帮扶的都安县, nor 对口支援西藏日喀则市江孜县和结对帮扶…剑川县)
        # (and the rest of their list before this word's clause: 省内对口帮扶韶关市、揭阳市，以及对口支援…巴宜区, 揭阳市
        # gives nothing; but 吉林市对口支援吉隆县、长春市对口支援定结县, 长春市 in the clause, does)
        # (and the whole list where a list mark makes this word the next item of a list of tasks: 对口帮扶云南省昭通市、
        # 怒江州、对口支援西藏林芝市巴宜区, 怒江州 gives nothing)
        run = _objects(doc.text, since, places, lexicons, listed=True) if after_word else []
        join = doc.text[run[-1].end:word.start()] if run else None  # (what joins the word to the objects before it)
        tasks = join in lexicons["list_marks"]
        objects = ({p.end for p in _objects(doc.text, since, places, lexicons)}
                   | {p.end for p in run if tasks or p.end <= clause_start} if after_word else set())
        # (nor a list 以及 joins to the word: it is what a verb before takes, as the word's objects are: 有力助推宁夏、
        # 甘肃临夏州以及对口支援的新疆昌吉州, 临夏州 helps no one; that list only, not the verb's subject: 东莞市助推
        # 昭通市以及对口支援的林芝市)
        if before and _task_joined(doc.text, before[-1].end, word.start(), lexicons):
            objects |= {p.end for p in _listed_before(doc.text, before[-1].end, before, lexicons, chained=chained)}
        free = [p for p in before if p.start >= clause_start and p.end not in objects
                and not _aside(doc.text, p, clause_start, word.start(), lexicons)]
        givers = [p for p in givers if p.end not in objects]  # (省内对口帮扶韶关，…扶贫协作云南昭通: 韶关 gives nothing)
        # (a word of the help's manner between them: 广东省、佛山市倾情帮扶凉山; an item a chain: 湖南省长沙市、江西省南昌市)
        listed = _listed_before(doc.text, _before_manner(doc.text, since, word.start(), lexicons), free, lexicons,
                                chained=chained)
        # (not a division of a province that only receives: 赴西藏昌都市及天津市对口支援的丁青县, 天津市 alone gives)
        listed = [p for p in listed if not regions.only_receives(p.value)] or listed
        # (givers of its own clause before earlier ones: …与青岛、淄博等兄弟市援藏工作组加强协同，编制好济南市对口支援白朗县规划)
        # (the innermost of its own clause's givers, not one inside a giver there that an earlier clause names: 张家港市挂职
        # 沿河县副县长介绍，2013年苏州市对口帮扶铜仁市以来 is 苏州市's)
        own_clause = _distinct(innermost([p for p in giving if p.start >= clause_start and p.end not in objects]))
        helpers = (listed if len(listed) > 1 else own_clause or givers) or free[-1:]
        implied = not helpers
        helpers = (helpers or _subject_after(clause_end, until, places, after)
                   or earlier.subject_before(since, clause_start, after))
        if not helpers:  # (a subject the clause shares states its pair as its own would: 北京市承担…，目前重点支援城关区;
            # a label's colon opens a clause too: 我区对口帮扶地区共6个县：扶贫协作云南省保山市隆阳区、…，对口支援…)
            colon = max(doc.text.rfind(c, clause_start, word.start()) for c in COLONS)
            helpers, implied = (_sentence_subject(doc.text, earlier, max(clause_start, colon + 1), word.start(), after,
                                                  lexicons)
                                or (_task_subject(since, earlier.last)
                                    if join in (*lexicons["list_marks"], *lexicons["task_joins"]) else [])
                                or _label_subject(doc.text, earlier.label, clause_start, word.start(), lexicons)), False
    else:
        helpers, gaps, within = givers, _Gaps(doc.text, places, givers, lexicons["pair_name_marks"]), []
        at = {p.start: p for p in before}
        taking = [p for p in before if p.start >= clause_start and regions.side(p.value) == "helped"
                  and not _holding_named(doc.text, p, at, lexicons)]
        helped = [p for p in taking if gaps.joined_to_one(p)]
        opening = doc.text[clause_start:chain_start(taking[0].start, chained)] if taking else None
        if not helpers and taking and (opening in lexicons["joining_words"]
                                       or opening and lexicons.derived(_sharing_gap).fullmatch(opening)
                                       or _counted_pairs(doc.text, taking[-1].end, word, lexicons)):
            # (a clause opening with 与 shares the sentence's subject: 我区与普洱市携手…，与宁洱、墨江…9个县结对帮扶; so
            # does one opening with a word that shares it: 房山区…，紧紧围绕突泉县、察右中旗两个结对旗县的需求, and one
            # counting the places it lists as the subject's pairs: 黄浦区…，全年向我市澜沧、孟连…5个结对县拨付)
            subject = _shared_subject(doc.text, earlier, clause_start, taking, lexicons)
            helpers, helped = (subject, taking) if subject else (helpers, helped)
        # (昭通市的镇雄县、彝良县，由东莞市结对帮扶: the clause before names what the clause's own givers help; not a
        # giver an earlier clause names, 借鉴上海市的经验，…，则由萧山区结对帮扶)
        own = [h for h in helpers if h.start >= clause_start] if not taking else []
        if own and (passive := _passive_objects(doc.text, since, clause_start, own[0], places, chained, regions,
                                                lexicons)):
            helpers, helped = own, passive
        if not helpers and (lists := _respective_lists(doc.text, clause_start, word.start(), places, regions, lexicons)):
            # (two lists 分别 pairs, the givers on the receiving side: 重庆市江津区、九龙坡区分别与芒康县、察雅县结对帮扶)
            return [Statement(word.start(), h, d, rel, d) for h, d in lists]
    helped = _distinct(helped or _within_province(within, helpers, regions))
    if not helpers or not helped:
        return []
    respectively = _respectively(doc.text, since, until, lexicons)
    if len(helpers) > 1 and len(helped) > 1:
        if not respectively:
            return []  # 四地对口帮扶三县一区: no pair is stated
        # (by the givers' list items, an item naming no division keeping its place: 市南区、…、西海岸新区、城阳区分别
        # 结对帮扶西秀区、…、关岭县、紫云县 pairs 城阳区 with 紫云县)
        run = _items(doc.text, chain_start(helpers[0].start, chained), helpers[-1].end, places)
        givers = run if len(run) > len(helpers) and {id(h) for h in helpers} <= {id(r) for r in run} else helpers
        return [Statement(word.start(), h, d, rel, d)
                for h, group in zip(givers, _groups(doc.text, helped, len(givers), lexicons)) if h for d in group]
    if respectively and len(helped) > 1 and _listed_with_others(doc.text, helpers):
        return []  # 西海岸新区、即墨区分别…帮扶礼县、西和县: the list's other item is no division named, so which is whose?
    # a division does not pair with one inside it (武汉…对口支援江汉区: 武汉 is where the help went)
    return [Statement(word.start(), h, d, rel, d, implied) for h in helpers for d in helped
            if h.value.name != d.value.name and not inside(d.value, h.value)]


def _groups(text: str, helped: list[Mention], count: int, lexicons) -> list[list[Mention]]:
    """The helped places 分别 pairs in order with its givers: runs of 、-listed names that group_marks part into as many
    groups as there are givers (长宁区、闵行区分别与金平、红河、绿春和元阳、屏边、泸西6个贫困县结对: three each), else one
    each (香洲区、金湾区、斗门区和珠海高新区分别与泸水市、福贡县、兰坪县、贡山县: the zone, no division, pairs nothing)."""
    groups = [[helped[0]]]
    for before, d in pairwise(helped):
        if text[before.end:d.start] in lexicons["group_marks"]:
            groups.append([])
        groups[-1].append(d)
    return groups if len(groups) == count < len(helped) else [[d] for d in helped]


def _aside(text: str, place: Mention, since: int, at: int, lexicons) -> bool:
    """Whether a place stands in brackets that close before a word (我市东西部扶贫协作（贵州省毕节市、黔南州）和对口支援
    （西藏林芝市波密县…）: 黔南州 lists what the word before helps and helps no one itself)."""
    return open_bracket(text, since, place.start, lexicons) >= 0 and bracket_end(text, place.end, at, lexicons) >= 0


def _holding_named(text: str, place: Mention, at: dict[int, Mention], lexicons) -> bool:
    """Whether a place holds the place right after it, 的 or a word of the rest between (普洱市的江城县、墨江县;
    拉萨市其余达孜区、林周县…由江苏省对口支援: the counties are the partners, not the place holding them; SPEC.md: a
    chain names the most specific); at: the places by where they start."""
    lead = next((w for w in (*lexicons["holding_marks"], *lexicons["rest_words"]) if text.startswith(w, place.end)), None)
    after = at.get(place.end + len(lead)) if lead else None
    return after is not None and inside(after.value, place.value)


def _objects(text: str, at: int, places: list[Mention], lexicons, listed: bool = False,
             chained: dict[int, int] | None = None) -> list[Mention]:
    """The names an arrangement word ending at `at` takes as its objects: the first right after it (的 between), then
    each touching the one before (a chain: 对口支援西藏日喀则市江孜县), or, listed, joined to it by a list mark as well
    (对口帮扶韶关市和揭阳市; not 历城区结对后坪乡、章丘区…, a list of pairs); with chained (chains()), each of places may
    be the last of a chain, read from the chain's start (援建的新疆喀什地区泽普县、叶城县: 泽普县, 叶城县). Read once per
    word."""
    run, pos, joins = [], at, ("", *lexicons["partner_markers"])
    for p in places:  # (by start)
        if p.start < at:
            continue
        if text[pos:chain_start(p.start, chained) if chained else p.start] not in joins:
            break
        run.append(p)
        pos = max(pos, p.end)
        joins = ("", *lexicons["list_marks"]) if listed else joins
    return run


def _within_province(after: list[Mention], helpers: list[Mention], regions: Regions) -> list[Mention]:
    """The places on the giving side an arrangement word helps, where its one helper lies in their province
    and holds none of them (东莞市对口帮扶韶关市: help inside Guangdong; not 上海市对口帮扶浦东新区)."""
    if len(helpers) != 1 or regions.side(helpers[0].value) != "helper" or helpers[0].value.level == "province":
        return []
    province = regions.province_prefix(helpers[0].value)
    return [p for p in after if regions.province_prefix(p.value) == province and p.value.level != "province"
            and not inside(p.value, helpers[0].value) and not inside(helpers[0].value, p.value)]


def _kind_named_pairs(doc, sentence: tuple[int, int], words: list, kinds: set[int], places: list[Mention],
                      regions: Regions, lexicons) -> list[Statement]:
    """The pairs a word naming a kind (扶贫协作资金, 协作项目) names by the pair's name right before it, giver 与 or 、
    receiver (根据苏州市、铜仁市东西部扶贫协作资金管理有关规定; not 上海市、浦东新区帮扶资金, two givers): the name states
    the pair, as 南浔—广安东西部扶贫协作产业园 does. Each word reads its own clause's places only (a sentence of
    thousands of such clauses costs linear time)."""
    found, starts = [], [p.start for p in places]
    for word in (w for w in words if w.start() in kinds):
        clause_start = COMMA.around(doc.text, word.start(), *sentence)[0]
        named = starting_in(places, starts, clause_start, word.start())
        before = most_specific([p for p in named if p.end <= word.start()], doc.text)
        rel = relation_of(word.group(), lexicons)
        found += [Statement(word.start(), h, d, rel, d)
                  for h, d in _joined_pairs(doc.text, word.start(), before, named, regions, lexicons)
                  or _two_named(doc.text, word.start(), before, chains(named), regions, lexicons)]
    return found


def _two_named(text: str, at: int, before: list[Mention], chained: dict[int, int], regions: Regions,
               lexicons) -> list[tuple[Mention, Mention]]:
    """The pair two names alone make right before a word, a pair's name's mark between (苏州市、铜仁市东西部扶贫协作
    资金): the clause names no other place before the word."""
    if len(before) != 2 or before[1].end != at:
        return []
    giver, taker = before
    joined = text[giver.end:chain_start(taker.start, chained)] in lexicons["pair_name_marks"]
    return [(giver, taker)] if joined and regions.gives_to(giver.value, taker.value) else []


def _joined_pairs(text: str, at: int, before: list[Mention], places: list[Mention], regions: Regions,
                  lexicons) -> list[tuple[Mention, Mention]]:
    """The pairs written right before an arrangement word as giver 与 receiver (or joined by a pair's name's mark,
    苏州·铜仁东西部扶贫协作), one or a list of them (济南市与湘西土家族苗族自治州东西部扶贫协作; 吴兴区与广安区、南浔区与前锋区结对帮扶; 晋江市与固原市西吉县、福清市与
    吴忠市红寺堡区的结对关系: a chain by its last), read back from the word: they are its pairs, whoever the sentence's
    subject is (历下区认真落实济南市与湘西州…协作部署), the list closed by a count of them or not (张家港市与沿河县、
    常熟市与思南县等10对结对市县)."""
    pairs, end, k = [], at, len(before)
    joins = lexicons.derived(_pair_joins)
    closer = lexicons.derived(_pairs_closer).fullmatch(text, before[-1].end, at) if before else None
    marks = lexicons["list_marks"]
    if closer:
        end = before[-1].end
        # (a list one of pairs_closers closes, 等, 共 or 的, a count after it or not, may part its pairs by commas:
        # 张家港市与沿河县，常熟市与思南县等结对关系; not a count alone)
        if text.startswith(lexicons["pairs_closers"], end):
            marks = (*marks, *LIST_COMMAS)
    chained = chains(places)
    head = lambda p: chain_start(p.start, chained)
    while k >= 2:
        giver, taker = before[k - 2], before[k - 1]
        if taker.end == end and _unnamed_giver(text[giver.end:head(taker)], joins, lexicons):
            k, end = k - 1, giver.end  # (昆山—碧江、苏州工业园区—万山的结对帮扶: 万山 is the zone's, a giver no place is)
            continue
        if (taker.end != end or text[giver.end:head(taker)] not in joins
                or not regions.gives_to(giver.value, taker.value)):
            break
        pairs.insert(0, (giver, taker))
        k -= 2
        # (givers joined before the 与: 奉化区和宁海县与安图县 pairs both with 安图县; so do givers a 、 lists, a giving
        # place being no pair's receiver: 上海市、广东省与云南省开展扶贫协作, not 吴兴区与广安区、南浔区与前锋区)
        while k and regions.gives_to(before[k - 1].value, taker.value) and text[before[k - 1].end:head(giver)] in (
                *lexicons["co_giver_marks"], *lexicons["list_marks"]):
            giver = before[k - 1]
            pairs.insert(0, (giver, taker))
            k -= 1
        if k < 2 or text[before[k - 1].end:head(giver)] not in marks:
            break
        end = before[k - 1].end
    return pairs


UNNAMED_GIVER = 12  # the most letters of a pair's giver no division is, between a list mark and the join: 苏州工业园区


def _unnamed_giver(between: str, joins: tuple[str, ...], lexicons) -> bool:
    """Whether the text between a pair's place and the next pair's receiver is a list mark, a giver no place is and a
    pair's join (、苏州工业园区—): that receiver is another's, not the list's giver's."""
    mark = next((m for m in lexicons["list_marks"] if between.startswith(m)), "")
    join = next((j for j in joins if between.endswith(j)), "")
    name = between[len(mark):len(between) - len(join)]
    return bool(mark and join) and 2 <= len(name) <= UNNAMED_GIVER and not CLAUSE_STOP.search(name)


def _count(lexicons, counters: str, optional: bool = False) -> str:
    """A count of what a lexicon's counters count: 10对, 十对 (pair_counters); 8个县 (division_counters); the counter
    optional: 5个 or 5 (pair_count_words)."""
    return f"[{COUNT_CHARS}]+(?:{alternation(lexicons[counters])}){'?' if optional else ''}"


def _pair_joins(lexicons) -> tuple[str, ...]:
    """What joins a giver and a receiver written before their arrangement word: 与, a pair's name's mark (苏州·铜仁东西部
    扶贫协作) or a dash (按照苏州—铜仁东西部扶贫协作部署)."""
    return (*lexicons["joining_words"], *lexicons["pair_name_joins"], *lexicons["pair_dashes"])


def _pairs_closer(lexicons):
    """What may close a list of pairs before its arrangement word: 等, 等10对, 共五对, and a verb taking the word
    (保持结对关系, 等8对建立结对关系, 相继签订结对帮扶协议), the pairs' level after it (等开展县（市、区）结对) or how they
    are matched (分别建立“一对一”结对帮扶关系), and the quote a name of the arrangement opens (苏州与铜仁“苏铜协作”)."""
    return lexicons.compile(f"(?:{alternation(lexicons['pairs_closers'])})?(?:{_count(lexicons, 'pair_counters')})?"
                            f"(?:{alternation(lexicons['pair_list_adverbs'])})?"
                            f"(?:{alternation(lexicons['pair_list_verbs'])})?"
                            f"(?:{alternation(lexicons['pair_list_levels'])})?"
                            f"(?:“?(?:{alternation(lexicons['pair_list_modes'])})”?)?“?")


def _listed_with_others(text: str, places: list[Mention]) -> bool:
    """Whether a lone place is an item of a list (、 before or after it) whose other items name no division."""
    return len(places) == 1 and (text.endswith("、", 0, places[0].start) or text.startswith("、", places[0].end))


def _listed_before(text: str, at: int, before: list[Mention], lexicons, upto: int | None = None,
                   chained: dict[int, int] | None = None) -> list[Mention]:
    """The places listed right before a position, each joined to the next by a list mark alone, a count of them
    closing the list or not (山东、湖南对口支援: both; 湖北、湖南、安徽三省对口支援: all three; 山东省委、湖南对口支援:
    湖南 alone); of before[:upto] only, where upto is given (a bound found by bisection, no copy for each word); with
    chained (chains()), an item of before may be the last of a chain, the chain's start then its start (宁夏、甘肃临夏州)."""
    k = len(before) if upto is None else upto
    counted = k and lexicons.derived(_count_pattern, "list_counters").fullmatch(text, before[k - 1].end, at)
    listed, end = [], before[k - 1].end if counted else at
    for p in map(before.__getitem__, range(k - 1, -1, -1)):
        if p.end != end and not (listed and text[p.end:end] in lexicons["list_marks"]):
            break
        listed.insert(0, p)
        end = chain_start(p.start, chained) if chained else p.start
    return listed


def _named_after(text: str, word, clause_end: int, until: int, places: list[Mention], chained: dict[int, int],
                 regions: Regions, lexicons) -> list[Mention] | None:
    """The places an arrangement word's clause names after it (成都对口支援了19个县，其中包括石渠、色达: or the
    clause it goes on into); None when the first names an institution (对口支援拉萨市人民医院: a hospital is
    helped, not a division). Not one naming an institution later in the clause (江西对口支援随州市医疗队…驰援
    洪山医院: the team's hospital), nor one the word excepts, nor the whole it excepts from (对口支援湖北省除武汉市外
    地市: neither 武汉市 nor 湖北省, but its other cities)."""
    if (closing := _bracket_close(text, word, places, lexicons)) is not None:
        clause_end = until = closing  # (玉屏县（太仓市结对）、万山区…: 万山区 is no object of 结对)
    after = _object_phrase(text, most_specific([p for p in places if word.end() <= p.start < clause_end], text), lexicons)
    if not after:
        after = most_specific(_listed_next(text, clause_end, until, places, lexicons), text)
    else:
        after += most_specific(_listed_on(text, after[-1].end, clause_end, until, places, lexicons), text)
    if after and regions.names_institution(after[0], text):
        return None
    former = _former_statuses(text, after, lexicons)
    excepted = left_out_starts(text, after, lexicons, lexicons["list_marks"])  # (除怒江、昭通以外: both)
    at = {p.start: p for p in after}
    return [p for p in after if not regions.names_institution(p, text) and p.start not in former
            and not _holding_named(text, p, at, lexicons)
            and p.start not in excepted and not text.startswith(lexicons["excluding_words"], p.end)
            and not text.endswith(lexicons["alias_openers"], 0, p.start)  # 宜昌市夷陵区（原宜昌县）: the same place
            and not text.startswith(lexicons["renamed_openers"], p.end)  # 思茅（今普洱市）: likewise
            and not venue(text, chain_start(p.start, chained), p.end, lexicons)]  # 会议在(云南省)玉树市召开


def _object_phrase(text: str, after: list[Mention], lexicons) -> list[Mention]:
    """The places after a word up to the end of its object's phrase: not past a partner marker (的) that a noun and a
    joining word follow (上海市对口帮扶云南省的总体部署和我区与昆明市签订的…协议: 昆明市 is no object of 对口帮扶), unless
    the noun counts or names the place's divisions (对口帮扶黔西南州的8个县和黔东南州的3个县: both are objects)."""
    joins, divisions = (*lexicons["list_marks"], *lexicons["joining_words"]), lexicons.derived(_divisions_after)
    for k, (one, other) in enumerate(pairwise(after)):
        gap = text[one.end:other.start]
        marker = next((m for m in lexicons["partner_markers"] if gap.startswith(m)), "")
        if (marker and any(word in gap for word in joins) and not divisions.match(text, one.end + len(marker))
                or any(word in gap for word in lexicons["next_verbs"])):
            return after[:k + 1]
    return after


def _bracket_close(text: str, word, places: list[Mention], lexicons) -> int | None:
    """Where the bracket an arrangement word stands in closes, when it opened with the giver's name right before the
    word (玉屏县（太仓市结对）; not a note, （完整目录可在杭州市…网站“对口支援与区域合作”专栏下载）), else None: the
    word names nothing past it."""
    opened = open_bracket(text, max(0, word.start() - BRACKET_REACH), word.start(), lexicons)
    if opened < 0 or not any(p.start == opened + 1 and word.start() - p.end <= HELPER_GAP for p in places):
        return None
    closing = bracket_end(text, word.end(), word.end() + BRACKET_REACH, lexicons)
    return closing if closing >= 0 else None


def _former_statuses(text: str, named: list[Mention], lexicons) -> set[int]:
    """Where the places start that stand in brackets under another status's name of the place right before them
    (库车市（2019年撤县设市前为库车县）: one place). One pass: a list of thousands is read once."""
    opens, closes = lexicons["bracket_opens"], lexicons["bracket_closes"]
    stem = lambda p: p.value.name.removesuffix(p.value.kind)
    found, bracketed = set(), None  # the place a bracket still open follows
    for before, place in pairwise(named):
        gap = text[before.end:place.start]
        bracketed = before if gap.startswith(opens) else bracketed
        bracketed = None if any(c in gap for c in closes) else bracketed
        if bracketed is not None and stem(bracketed) == stem(place):
            found.add(place.start)
    return found


def _subject_after(clause_end: int, until: int, places: list[Mention], helped: list[Mention]) -> list[Mention]:
    """The giver of an arrangement word whose clause names only the helped place: the place opening the next
    clause of the sentence, whatever its side, neither inside the helped place nor holding it (作为对口支援孝感市的
    一支重要力量，黑龙江医疗队…; 为做好对口支援湖北…防治工作，黑龙江省委省政府决定…)."""
    start = clause_end + 1
    k = bisect_left(places, start, key=attrgetter("start"))
    if clause_end >= until or k == len(places) or places[k].start != start or places[k].start >= until:
        return []
    return [] if _related(places[k], helped) else [places[k]]


class _Earlier:
    """A sentence's places and the pairs its words have stated so far, in order, for a clause naming no giver of its
    own (_stated): the place opening a clause before it found by bisection, the places helped in a set, and whether
    another word's giver closes a clause read on from where the last look stopped: a sentence of thousands of clauses
    sharing one subject reads each place and pair once, not once per clause."""

    def __init__(self, text: str, start: int, places: list[Mention], regions: Regions, label: Mention | None = None):
        self.text, self.start, self.places, self.regions = text, start, places, regions
        self.label = label  # the giver the sentence's line opens with as its label (济南市：…；继续帮扶…)
        self.found: list[Statement] = []
        self.last: list[Statement] = []  # the previous word's pairs
        self.helped: set[int] = set()  # where the places helped so far start
        self._words: list[list[Statement]] = []  # the pairs of each word that states any, in order
        self._closed: dict[int, tuple[int, bool]] = {}  # by a subject's start: the words read, whether one closes

    def add(self, stated: list[Statement]) -> None:
        """The pairs the next word states."""
        self.found += stated
        self.last = stated
        self.helped.update(s.helped.start for s in stated)
        self._words += [stated] if stated else []

    @cached_property
    def _openers(self) -> tuple[list[int], list[int], list[int]]:
        """The places opening a clause, the sentence's start too: their starts, their indices among the places, and
        for each count of them the index of the last giving one among them (-1 for none)."""
        text, places = self.text, self.places
        indices = [k for k, p in enumerate(places) if p.start == self.start or opens_clause(text, p.start)]
        giving = accumulate((k if self.regions.side(places[k].value) == "helper" else -1 for k in indices), max,
                            initial=-1)
        return [places[k].start for k in indices], indices, list(giving)

    def subject_before(self, since: int, clause_start: int, helped: list[Mention],
                       opening: bool = False) -> list[Mention]:
        """Else the place opening the nearest clause before the word's own (since on), a giving one before any
        other, else whatever its side, neither inside the helped place nor holding it (贵州举全省之力支援湖北，尤其是
        对口支援的鄂州市: 贵州), nor a place the sentence has helped already (对口支援…，青海果洛州6县，以及东西部扶贫协作
        云南省: 果洛州 gives nothing). opening: the sentence's start opens a clause though a line joined to the one
        before it starts there."""
        starts, indices, giving = self._openers
        low, high = bisect_left(starts, since), bisect_left(starts, clause_start)
        if low < high and not opening and starts[low] == self.start and not opens_clause(self.text, self.start):
            low += 1
        if low == high:
            return []
        # (a giving place before any other: 上海承担对口支援新疆…4县，…，同时对口支援三峡库区重庆市万州区 is 上海's, not the
        # 青海 of a clause listing what it helps)
        k = giving[high] if giving[high] >= indices[low] else indices[high - 1]
        if _related(self.places[k], helped):
            return []
        # (the chain it opens by its last: 深圳市龙华区…，与我县…协作 is 龙华区's)
        subject = _chain_at(self.places, k, self.text)
        return [] if subject.start in self.helped else [subject]

    def closed_after(self, subject: Mention) -> bool:
        """Whether another word's giver after a subject states a pair that closes a clause (东莞市对口帮扶昭通市、珠海市
        对口帮扶怒江州，: 珠海市's); not by a word the subject gives by as well (我省与福建省共同对口支援林芝市，: both its).
        Only the words after the subject are read, a giver after it being no earlier word's: a sentence of thousands of
        clauses each sharing a subject of its own (天河区对口帮扶荔波县，省内对口帮扶韶关市，…) reads each pair once."""
        first = bisect_left(self._words, subject.start, key=lambda stated: stated[0].at)  # (by where each word stands)
        read, closed = self._closed.get(subject.start, (first, False))
        for stated in self._words[read:] if not closed else ():
            if all(s.helper.start != subject.start for s in stated) and any(
                    s.helper.start > subject.start and self.text.startswith(tuple(COMMA_MARKS), s.helped.end)
                    for s in stated):
                closed = True
                break
        self._closed[subject.start] = (len(self._words), closed)
        return closed


def _sentence_subject(text: str, earlier: _Earlier, clause_start: int, at: int, helped: list[Mention],
                      lexicons) -> list[Mention]:
    """Else, for a clause with no subject of its own, the place opening the nearest clause before it in its sentence
    (我区自1996年起对口帮扶普洱市，长期结对澜沧县: 我区); not where a word before the arrangement word may be a
    subject the gazetteer lacks (市中区结对帮扶永顺县，济南高新区结对帮扶古丈县; 市本级直接对口帮扶邻水县)."""
    if not lexicons.derived(_sharing_gap).fullmatch(text, clause_start, at):
        return []
    return _shared_subject(text, earlier, clause_start, helped, lexicons)


def _label_subject(text: str, label: Mention | None, clause_start: int, at: int, lexicons) -> list[Mention]:
    """Else, for a clause sharing a subject (_sharing_gap) in a labelled line, the giver the label names (济南市：扶贫协作
    湘西州，…；继续帮扶重庆市武隆区: 济南市)."""
    return [label] if label and lexicons.derived(_sharing_gap).fullmatch(text, clause_start, at) else []


def _shared_subject(text: str, earlier: _Earlier, clause_start: int, helped: list[Mention], lexicons) -> list[Mention]:
    """The place opening the nearest clause before in the sentence, a giving one first, the sentence's start opening
    one (_Earlier.subject_before), which a later clause shares as its subject; not one of a list of subjects (徐汇区、
    长宁区等…结对帮扶，…帮扶范围覆盖元阳、红河等7个县 says not which helps which), nor one followed by another word's
    giver whose pair closes a clause (东莞市对口帮扶昭通市、珠海市对口帮扶怒江州，省内对口帮扶韶关市: whose is 韶关市?;
    but 我区认真落实…上海市对口支援云南工作要求，聚焦…5个结对县 is 我区's)."""
    subject = earlier.subject_before(earlier.start, clause_start, helped, opening=True)
    if not subject or text.startswith(lexicons["list_marks"], subject[0].end):
        return []
    return [] if earlier.closed_after(subject[0]) else subject


def _passive_objects(text: str, since: int, clause_start: int, giver: Mention, places: list[Mention],
                     chained: dict[int, int], regions: Regions, lexicons) -> list[Mention]:
    """What a giver that 由 names at its clause's opening helps: the receiving places that alone end the clause before,
    after its last 的 (与积石山同属临夏州的临夏市，则由厦门市思明区结对帮扶: 临夏市, not 临夏州), a chain by its last
    (黔东南州雷山县、台江县，都由…: 雷山县 and 台江县)."""
    if not lexicons.derived(_passive_opening).fullmatch(text, clause_start, chain_start(giver.start, chained)):
        return []
    end = clause_start - 1
    start = COMMA.around(text, end, since, end)[0]
    start = max(start, *(text.rfind(m, start, end) + len(m) for m in lexicons["partner_markers"]))
    in_clause = [p for p in places if start <= p.start and p.end <= end]
    named = most_specific(in_clause, text)  # (黔东南州雷山县、台江县: a chain by its last, all of it names)
    if not named or not _names_only(text, start, end, in_clause, "".join(lexicons["list_marks"])):
        return []
    return [] if any(regions.side(p.value) == "helper" for p in named) else named


def _passive_opening(lexicons):
    return lexicons.compile(agent_opening(lexicons))


def _task_subject(since: int, stated: list[Statement]) -> list[Mention]:
    """The one giver of the word before (stated: its pairs; since: where it ends), for a word a list mark or a task
    join lists right after that word's objects (_stated) as another task of its subject (东莞市承担着对口帮扶云南省
    昭通市、对口支援西藏林芝市巴宜区的任务: both 东莞市's; the objects a list: 对口支援新疆喀什地区、青海省果洛州以及东西部
    扶贫协作云南省)."""
    givers = [s.helper for s in stated if s.helped.start >= since]
    return givers[-1:] if len({g.value.name for g in givers}) == 1 else []


def _task_joined(text: str, end: int, at: int, lexicons) -> bool:
    """Whether a task join (以及) opens what stands between a place ending at end and the word at at, the rest words
    sharing a subject (宁夏、甘肃临夏州以及对口支援的新疆昌吉州; _sharing_gap reads the task joins too)."""
    return (text.startswith(lexicons["task_joins"], end)
            and lexicons.derived(_sharing_gap).fullmatch(text, end, at) is not None)


def _counted_pairs(text: str, end: int, word, lexicons) -> bool:
    """Whether a count of the places listed before an arrangement word names them as pairs of a kind: 澜沧、孟连、西盟
    5个结对县 (the count between the list's end and the word, a kind of place right after the word)."""
    return (lexicons.derived(_count_pattern, "pair_count_words", True).fullmatch(text, end, word.start()) is not None
            and text.startswith(lexicons["paired_kinds"], word.end()))


def _names_only(text: str, start: int, end: int, places: list[Mention], marks: str) -> bool:
    """Whether text[start:end] holds only names of places and the marks between them."""
    pos = start
    for p in places:
        if p.end <= start or p.start >= end:
            continue
        if text[pos:p.start].strip(marks):
            return False
        pos = max(pos, p.end)
    return not text[pos:end].strip(marks)


def _respective_join(lexicons):
    return lexicons.compile(f"(?:{alternation(lexicons['respectively_words'])})(?:{alternation(lexicons['joining_words'])})")


def _sharing_gap(lexicons):
    # (and a fronted object with what the word's help is taken as: 把职业教育作为帮扶黔西南州的重要抓手)
    fronted = (f"(?:{alternation(lexicons['fronting_words'])})\\p{{Han}}{{1,{FRONTED_OBJECT}}}?"
               f"(?:{alternation(lexicons['taken_as_words'])})")
    sharing = alternation([*lexicons["subject_sharing_words"], *lexicons["task_joins"]])
    return lexicons.compile(f"(?:{sharing}|\\d{{4}}年|{fronted})*")


def _related(place: Mention, others: list[Mention]) -> bool:
    """Whether a place is one of others, inside one or holding one."""
    return any(nested(place.value, p.value) for p in others)


def _listed_next(text: str, clause_end: int, until: int, places: list[Mention], lexicons) -> list[Mention]:
    """The places of the clause after an arrangement word's own, when it opens by listing what
    the word's clause only counted (，其中包括石渠、色达; ，分别是…)."""
    start = clause_end + 1
    if clause_end >= until or not text.startswith(lexicons["listing_words"], start):
        return []
    end = COMMA.around(text, start, start, until)[1]
    return [p for p in places if start <= p.start < end]


def _listed_on(text: str, end: int, clause_end: int, until: int, places: list[Mention], lexicons) -> list[Mention]:
    """The places of the clauses after a word's own that go on with its list, where its own closes with a count of
    the divisions named and each after it is names alone closed the same way (对口支援新疆喀什地区巴楚、莎车4县，西藏
    日喀则市江孜、亚东5县，青海果洛州6县: all of them its objects)."""
    counted, marks = lexicons.derived(_count_pattern, "list_counters"), ("", *lexicons["list_marks"])
    if not counted.fullmatch(text, end, clause_end):
        return []
    found, start, starts = [], clause_end + 1, [p.start for p in places]
    while start < until and text[start - 1] in COMMA_MARKS:
        stop = COMMA.around(text, start, start, until)[1]
        names = starting_in(places, starts, start, stop)
        if (not names or names[0].start != start or not counted.fullmatch(text, names[-1].end, stop)
                or any(text[a.end:b.start] not in marks for a, b in pairwise(names))):
            break
        found, start = found + names, stop + 1
    return found


def _relative_giver(text: str, after: list[Mention], chained: dict[int, int], regions: Regions,
                    lexicons) -> tuple[list[Mention], list[Mention]] | None:
    """The places an arrangement word's clause names as (helped, helpers) where the word and the receiving places right
    after it qualify the giver after a 的 (对口帮扶我县的山东省烟台市, 结对帮扶册亨县的江北区); None for any other
    object (对口帮扶恩施州的利川市: a county of the place helped)."""
    split = next((k for k in range(1, len(after))
                  if text[after[k - 1].end:chain_start(after[k].start, chained)] in lexicons["partner_markers"]), None)
    if split is None:
        return None
    helped, givers = after[:split], most_specific(after[split:], text)
    if (any(regions.side(p.value) == "helper" for p in helped)
            or not givers or any(regions.side(p.value) != "helper" for p in givers)):
        return None
    return helped, givers


def _partners_after(text: str, word, lexicons) -> bool:
    """Whether an arrangement word names the partners after it: 与对口帮扶的佛山市, 和扶贫协作的三门县."""
    return text.startswith(lexicons["partner_markers"], word.end()) and text.endswith(lexicons["joining_words"], 0, word.start())


class _Gaps:
    """Whether a place is more than an item of one list with one of some others (its helpers):
    深圳市与百色市, 云南、西藏等上海…, but not 鞍山市、云南玉溪市 (only 、 and names between
    them); two names alone make a pair's name (福建、宁夏扶贫协作, 苏州铜仁东西部扶贫协作), a third makes a list.
    What stands between the places (names left out) is kept in running sums, so that a list
    of thousands of names costs linear time, not a comparison of every name with every other."""

    def __init__(self, text: str, places: list[Mention], others: list[Mention], marks: tuple[str, ...]):
        self.marks_of_a_name = marks
        self.index = {id(p): i for i, p in enumerate(places)}  # (places by start, not overlapping)
        self.gaps = gaps = [text[a.end:b.start] for a, b in pairwise(places)]  # gaps[i]: between places i and i + 1
        self.marks = list(accumulate((bool(g.strip("、")) for g in gaps), initial=0))  # gaps holding more than 、
        self.length = list(accumulate(map(len, gaps), initial=0))
        self.others = sorted(self.index[id(o)] for o in others)

    def joined_to_one(self, place: Mention) -> bool:
        j, others, marks = self.index[id(place)], self.others, self.marks
        if not others:
            return False
        if (others[0] < j and marks[j] > marks[others[0]]) or (others[-1] > j and marks[others[-1]] > marks[j]):
            return True  # something besides 、 and names stands between it and the farthest one
        return any(self._pair_name(i, j) if i < j else self._pair_name(j, i) for i in self._one_comma_away(j))

    def _one_comma_away(self, j: int) -> list[int]:
        """The others whose stretch to place j, names left out, is one character or none."""
        length, others = self.length, self.others
        near = []
        for target in (length[j] - 1, length[j], length[j] + 1):
            k = bisect_left(others, target, key=length.__getitem__)
            while k < len(others) and length[others[k]] == target:
                near.append(others[k])
                k += 1
        return near

    def _pair_name(self, i: int, j: int) -> bool:
        gaps, marks = self.gaps, self.marks_of_a_name
        # (福建、宁夏扶贫协作, 北京市·玉树州对口支援, or the names side by side: 苏州铜仁东西部扶贫协作; not items of a longer
        # list of names: 广东、福建、宁夏; a list mark after what is no name leaves them a pair, 《…规划》、上海云南扶贫协作)
        listed_before = i > 0 and gaps[i - 1] in marks
        listed_after = j < len(gaps) and gaps[j] in marks
        return "".join(gaps[i:j]) in ("", *marks) and not listed_before and not listed_after


def _distinct(places: list[Mention]) -> list[Mention]:
    """One mention per division: 浦东新区…浦东 is one helper."""
    return list({p.value.name: p for p in reversed(places)}.values())[::-1]


def _helper_only(doc, sentence: tuple[int, int], words: list, kinds: set[int], in_sentence: list[Mention],
                 passages: _Passages, regions: Regions, lexicons) -> list[Statement]:
    """A sentence naming only the helper, right before its arrangement word, in a passage
    about the helped place (SPEC.md: 累计争取到深圳市财政帮扶资金 in an article about 百色市;
    还能见到上海援疆专家 in the passage about 莎车县): the helped place is the one the
    sentence names on the receiving side, else its paragraph, its section, the document. Not a word naming the
    helper's receivers as a kind, opening it or ending in its first letters (为上海受援地区群众增收, 上海对口协作地区, in a
    sentence no word of which states a pair: any of them, unnamed, not the passage's)."""
    unnamed = lexicons["unnamed_receivers"]
    for word in words:
        # (the kind opening with the word or with its last words: 受援地区, 对口协作地区)
        if any(doc.text.startswith(unnamed, i) for i in range(word.start(), word.end())):
            continue
        region = _region_of(word.group(), regions, lexicons)
        helper = (_helper_before(doc, word, word.start() in kinds, in_sentence, regions, region, lexicons)
                  or _helper_after_topic(doc, word, sentence, in_sentence, regions, lexicons))
        if helper is None:
            continue
        helped = passages.helped(sentence, helper, region)
        if helped is not None:
            span = helped if sentence[0] <= helped.start < sentence[1] else helper
            return [Statement(word.start(), helper, helped, relation_of(word.group(), lexicons), span, implied=True)]
    return []


def _funded(doc, words: list, places: list[Mention], starts: list[int], stated: list[Statement], own: Mention | None,
            regions: Regions, lexicons) -> list[Statement]:
    """The pairs no other statement states whose help funds a word names (an arrangement word, or a word of aid in the
    plain relation: 财政援助资金, aid_fund_words), giver and receiver named in its clause before it, a funding verb after
    the giver (蓬江区今年共安排天等县财政帮扶资金; 天河区累计向纳雍县投入财政帮扶资金), or the giver alone there and each
    receiver a share after the 其中 that follows (_shares_of): the helper's funds to a place state their pair, as its
    funds named alone do in a text about the place (SPEC.md); several givers and several receivers only where 分别 pairs
    them in order; a pair stated in other words keeps their relation."""
    text, funding, marks = doc.text, lexicons.words("funding_verbs"), lexicons["list_marks"]
    to_words = lexicons["funding_to"]
    seen, found = {(s.helper.value.name, s.helped.value.name) for s in stated}, []
    # (the words of aid after the arrangement words: each word's pairs are its own, ordered later by where stated)
    for word in (w for w in (*words, *lexicons.words("aid_fund_words").finditer(text))
                 if text.startswith(lexicons["fund_nouns"], w.end())):
        sentence_start = doc.document.sentence_at(word.start())[0]
        low = max(sentence_start, word.start() - FUNDED_REACH)
        clause_start = _grouped_start(text, COMMA.around(text, word.start(), low, word.start())[0], low,
                                      starting_in(places, starts, sentence_start, word.start()), lexicons)
        # (not a hospital's funds, 天河区人民医院向纳雍县投入帮扶资金, nor a place left out, 除纳雍县外)
        named = starting_in(places, starts, clause_start, word.start())
        excepted = left_out_starts(text, named, lexicons, marks)
        named = [p for p in named if not regions.names_institution(p, text) and p.start not in excepted]
        # (the givers a list opening the clause, a chain an item: 宁波市及宁波市江北区共向我县拨付…资金; the receivers a
        # list after them: 广州市今年向毕节、黔南两地投入财政帮扶资金)
        run = len(place_lists(text, named, lambda p: True, ("", *marks))[0]) if named else 0
        givers, takers = most_specific(named[:run], text), most_specific(named[run:], text)
        if (own is not None and named and clause_start == sentence_start
                and text.endswith(to_words, clause_start, named[0].start)):
            # (no giver before the receivers 向 opens, in a giver's own report, the sentence's first clause: 全年向云南省
            # 大理白族自治州洱源、剑川…等11个贫困县投入财政帮扶资金 in 浦东新区's bulletin; not one going on from a clause
            # whose subject gives, 福州市…分别对口帮扶…，五年来向固原市投入)
            givers, takers = [own], most_specific(named, text)
        chained = chains(named)  # (a chain one taker: 向云南省和贵州省遵义市投入)
        if (not givers or not funding.search(text, max(givers[0].end, clause_start), word.start())
                or not all(_joined_items(text, a.end, chain_start(b.start, chained), lexicons)
                           for a, b in pairwise(takers))):
            continue
        # (a giver alone, its funds shared out after 其中: 杭州市安排东西部扶贫协作财政帮扶资金6.87亿元，其中拨付黔东南州
        # 5.12亿元、恩施州1.75亿元)
        if not takers and len(givers) == 1:
            takers = _shares_of(doc, word.end(), places, starts, lexicons)
        if len(givers) > 1 and len(takers) > 1:  # (several of each pair only 分别, in order: 福州、厦门两市分别投入定西、临夏…)
            pairs = (list(zip(givers, takers)) if len(givers) == len(takers)
                     and _respectively(text, clause_start, word.start(), lexicons) else [])
        else:  # (not a province that several cities' funds go into: 大连、上海、苏州…等7个东部帮扶城市共向我省8个市（州）
            # 投入 helps its prefectures, none of them named)
            wide = len(givers) > 1 and any(g.value.level != "province" for g in givers)
            pairs = [(g, t) for g in givers for t in takers if not (wide and t.value.level == "province")]
        relation = relation_of(word.group(), lexicons) or lexicons["plain_relations"][0]
        found += [Statement(word.start(), giver, taker, relation, taker) for giver, taker in pairs
                  if (giver.value.name, taker.value.name) not in seen and regions.gives_to(giver.value, taker.value)]
    return found


def _grouped_start(text: str, clause_start: int, low: int, places: list[Mention], lexicons) -> int:
    """Where the receivers' clause of a sum begins when commas part its receivers into groups, each a province and
    its cities (浙江省向四川省，贵州省黔东南州、黔西南州，湖北省恩施州…投入…资金): the clause of the giver's 向 (funding_to)
    before it, names, list marks and parting commas only from the 向 on, its giver read as in a clause of one group
    (天津市今年向甘肃省庆阳市、平凉市，河北省承德市投入); else the clause's own start. places: those of its sentence up
    to the sum's word (not the text's all)."""
    *_, to = [None, *lexicons.words("funding_to").finditer(text, low, clause_start)]  # (the last)
    marks = "".join((*lexicons["list_marks"], *LIST_COMMAS))
    return (COMMA.around(text, to.start(), low, to.start())[0]
            if to is not None and _names_only(text, to.end(), clause_start, places, marks) else clause_start)


def _headed_giver(doc, places: list[Mention], starts: list[int], stated: list[Statement], regions: Regions,
                  lexicons) -> list[Statement]:
    """The pairs no other statement states of a section a giving division heads, its number and name alone (一、上海市。
    今年安排援藏项目102个，主要投向江孜、亚东五县; 三、黑龙江省 over its paragraphs): the places a verb of headed_giving_verbs
    lists right after it, none named before it in its clause (not 松江区援建的定日县…覆盖, another giver's), are the
    heading's division's."""
    text, document, found = doc.text, doc.document, []
    seen = {(s.helper.value.name, s.helped.value.name) for s in stated}
    for verb in lexicons.words("headed_giving_verbs").finditer(text):
        giver = _heading_giver(doc, document.paragraph_index(verb.start()), places, starts)
        if giver is None:
            continue
        sentence_start, sentence_end = document.sentence_at(verb.start())
        clause_start = COMMA.around(text, verb.start(), sentence_start, verb.start())[0]
        if starting_in(places, starts, max(clause_start, giver.end), verb.start()):
            continue
        # (the places of its sentence only: a list goes on by marks within it, and not each verb slices the text's all)
        takers = most_specific(_objects(text, verb.end(), starting_in(places, starts, verb.end(), sentence_end), lexicons,
                                        listed=True), text)
        found += [Statement(verb.start(), giver, t, lexicons["plain_relations"][0], t) for t in takers
                  if (giver.value.name, t.value.name) not in seen and regions.gives_to(giver.value, t.value)]
    return found


def _heading_giver(doc, k: int, places: list[Mention], starts: list[int]) -> Mention | None:
    """The division a numbered heading names alone over paragraph k, the nearest paragraph at or above it, a few at
    most, that opens with a number: a run-in heading (一、上海市。…) or a line (三、黑龙江省); None for none (四、上海市、
    江苏省。…: two)."""
    document, text = doc.document, doc.text
    for i in range(k, max(k - HEADED_REACH, -1), -1):
        start, end = document.sentence_at(document.paragraphs[i].start)
        number = HEADED_NUMBER.match(text, start, end)
        if number is None:
            continue
        named = starting_in(places, starts, number.end(), end)
        # (its name alone: nothing after it but the heading's end, so no second name either)
        return (named[0] if named and named[0].start == number.end()
                and text[named[0].end:end] in ("", *HEADING_ENDS) else None)
    return None


def _respectively(text: str, start: int, end: int, lexicons) -> bool:
    """Whether a word of respectively_words (分别) stands between two positions: a list of givers and one of receivers
    pair in order, not each with each."""
    return lexicons.words("respectively_words").search(text, start, end) is not None


def _joined_items(text: str, end: int, start: int, lexicons) -> bool:
    """Whether two places, the first ending at end and the second's name (its chain's) starting at start, are items of
    one list: a list mark alone between them, or after a count closing the items before it (向疏勒、英吉沙、麦盖提、岳普湖
    四县和喀什地区投入: 喀什地区 one item more), or a comma parting its groups in a clause _grouped_start reads
    whole."""
    counted = lexicons.derived(_count_pattern, "list_counters").match(text, end, start)
    between = text[counted.end() if counted else end:start]
    return between in lexicons["list_marks"] or between in LIST_COMMAS


def _shares_of(doc, after: int, places: list[Mention], starts: list[int], lexicons) -> list[Mention]:
    """The places of the list a sum's parts make after the 其中 that follows it in its sentence, no place between,
    each right before its share, a chain by its last (贵州省黔东南州), each after the first right after a list mark
    (其中拨付黔东南州5.12亿元、恩施州1.75亿元); none where the first place has no share (其中珠海市投入怒江州6.2亿元: its
    own giver's), nor those after the list (…，带动贵州省10万人), nor the parts of a later sum (…，宁波市安排…5.2亿元，
    其中黔西南州3.2亿元: not 杭州市's)."""
    text, end = doc.text, doc.document.sentence_at(after)[1]
    k = bisect_left(starts, after)
    part = lexicons.words("part_openings").search(text, after, min(end, starts[k]) if k < len(starts) else end)
    # (from the first place after the 其中, walked only as far as the list goes, not sliced to the sentence's end: a
    # sentence of thousands of sums reads each sum's list once)
    shares, i = [], k
    while part and i < len(places) and places[i].start < end:
        p = _chain_at(places, i, text)  # (贵州省黔东南州 by its last, the item opening at its first)
        if not SHARE.match(text, p.end) or (shares and not text.endswith(lexicons["list_marks"], 0, places[i].start)):
            break
        shares.append(p)
        i = bisect_right(starts, p.start)
    return shares


def _own_giver(places: list[Mention], regions: Regions) -> Mention | None:
    """The giving division whose own report the text is (我市 standing for 宁波市, Regions.own_places), None for
    none or for a receiving side's report."""
    return _giving_one([p for p in places if p.rule == OWN_RULE], regions)


def _titled_giver(doc, places: list[Mention], regions: Regions) -> Mention | None:
    """The one division a title names, a chain by its last (上海市嘉定区: 嘉定区), where it is on the giving side and
    heads no firm's or institution's name: whose text it is (2019年浦东新区国民经济和社会发展统计公报, which says 全区, not
    我区), else None."""
    title, title_end = doc.mentions["documents"][0].value.title_at
    return _giving_one(innermost([p for p in places if title <= p.start and p.end <= title_end
                                  and not regions.names_institution(p, doc.text)]), regions)


def _giving_one(places: list[Mention], regions: Regions) -> Mention | None:
    """The place, where the places name one division, on the giving side; else None."""
    named = {p.value.name: p for p in places}
    giver = next(iter(named.values())) if len(named) == 1 else None
    return giver if giver is not None and regions.side(giver.value) == "helper" else None


def _helped_only(doc, words: list, kinds: set[int], in_sentence: list[Mention], own_giver: Mention | None,
                 regions: Regions, lexicons) -> list[Statement]:
    """A sentence naming only the helped place, right after its arrangement word, with no giver named before it, in
    a giving division's own report (二、对口帮扶黔西南州情况 in 宁波市's, which says 我市): the report's division helps.
    Only a word opening its clause or a numbered part's heading, or right after a verb of the report's own help
    (全力助推对口帮扶的普洱市澜沧县…: the ones it helps): one after a name the gazetteer lacks has a giver; or one
    right after the partners a 与…的 lists (全力推进与昆明市东川区、寻甸县的东西部扶贫协作: those it helps); or a list it
    counts as pairs of a kind (临翔区、云县…8个结对县). The report's own division named before the word (a slogan's
    普陀所能) is no other giver."""
    if own_giver is None:
        return []
    text, document = doc.text, doc.document
    # (another giver before a word gives, and before every later one; not the report's own, 坚持“…、普陀所能”，全力推进
    # 与…的东西部扶贫协作: where the first other giver ends is found once, not for each word)
    other = min((p.end for p in in_sentence if regions.side(p.value) == "helper" and p.value.name != own_giver.value.name),
                default=len(text) + 1)
    for word in (w for w in words if w.start() not in kinds):
        if word.start() >= other:
            break
        k = bisect_right(in_sentence, word.start(), key=attrgetter("end"))  # (the places before it, by bisection)
        if k and _counted_pairs(text, in_sentence[k - 1].end, word, lexicons):  # (…临翔区、云县…8个结对县: its own pairs)
            helped = _listed_before(text, in_sentence[k - 1].end, in_sentence, lexicons, upto=k)
        elif partners := _partners_before(text, word.start(), in_sentence, lexicons):
            if _parts_subject(text, partners[0].start, document.sentence_at(word.start())[0], lexicons):
                continue  # (各区县（市）…要结合与兴义市、兴仁市的结对帮扶关系: the division's parts, each its own, pair)
            helped = partners  # (全力推进与云南省昆明市东川区、寻甸回族彝族自治县的东西部扶贫协作: the report's own partners)
        elif (opens_clause(text, word.start())
                or LINE_NUMBER.fullmatch(text, document.paragraph_at(word.start()).start, word.start())
                or text.endswith(lexicons["own_help_verbs"], 0, word.start())):
            helped = _objects(text, word.end(), in_sentence, lexicons, listed=True)
        else:
            continue  # (西海岸新区结对帮扶陇南市武都区: a subject the gazetteer lacks gives, not the report's division)
        helped = [p for p in helped if regions.side(p.value) != "helper"]
        if helped:
            rel = relation_of(word.group(), lexicons)
            return [Statement(word.start(), own_giver, d, rel, d) for d in _distinct(most_specific(helped, text))]
    return []


def _headed_parts(doc, sentence: tuple[int, int], places: list[Mention], starts: list[int],
                  stated: list[Statement]) -> list[Statement]:
    """The pairs of a run-in heading, a sentence of an arrangement word and what it helps only, with no number before
    it, with those its paragraph goes on to name inside what it helps: those, the most specific (对口支援新疆。全年安排
    喀什地区莎车县援疆项目46个: 莎车县, not 新疆); else the pairs as stated. (A numbered one, （一）对口支援青海。, keeps
    its place: a yearbook's numbered parts name the province and its prefectures both.)"""
    text = doc.text
    if (not stated or stated[0].at > sentence[0]
            or text[max(s.helped.end for s in stated):sentence[1]] not in ("", *HEADING_ENDS)):
        return stated
    parts: dict[str, Statement] = {}  # (each division once, where first named: 莎车县…莎车县)
    for p in most_specific(starting_in(places, starts, sentence[1], doc.document.paragraph_at(sentence[0]).end), text):
        for s in stated:
            if inside(p.value, s.helped.value):
                parts.setdefault(p.value.name, s._replace(helped=p, span=p))
    return list(parts.values()) or stated


def _parts_subject(text: str, at: int, since: int, lexicons) -> bool:
    """Whether the clause holding a position opens with a word naming a division's parts (division_parts: 各区县（市）文化
    和广电旅游体育局要结合与…的结对帮扶关系): they are its subject, none of them named."""
    start = COMMA.around(text, at, since, at)[0]
    return text.startswith(lexicons["division_parts"], start, at)


def _partners_before(text: str, at: int, places: list[Mention], lexicons) -> list[Mention]:
    """The places a joining word opens and a partner marker closes right before a word (与昆明市东川区、寻甸县的东西部
    扶贫协作), else none."""
    marker = next((m for m in lexicons["partner_markers"] if text.endswith(m, 0, at)), None)
    if marker is None:
        return []
    end = at - len(marker)  # (the places ending before it by one bisection: places do not overlap, their ends rise)
    listed = _listed_before(text, end, places, lexicons, upto=bisect_right(places, end, key=attrgetter("end")))
    return listed if listed and text.endswith(lexicons["joining_words"], 0, listed[0].start) else []


def _unless_seen_closer(implied: list[Statement], statements: list[Statement]) -> list[Statement]:
    """The implied statements no other statement names more closely (_coarser), each compared with
    the distinct pairs only, and for a county with those of the same county only (a county holds
    no other place): a page restating 上海援疆专家 in every sentence, or naming a thousand
    counties, costs linear time. Nor one whose helped place the text states giving elsewhere (江西省对口支援阿克陶县: 加强与
    江西两省及常州等对口支援市的沟通 pairs 常州市 with no 江西省)."""
    pairs = list({(s.helper.value.name, s.helped.value.name): s for s in statements}.values())
    of_place: dict[str, list[Statement]] = {}
    for s in pairs:
        of_place.setdefault(s.helped.value.name, []).append(s)
    givers = {s.helper.value.name for s in statements if not s.implied}
    return [f for f in implied if f.helped.value.name not in givers and not any(_coarser(f, other) for other in (
        pairs if f.helped.value.level in HOLDER_WIDTH else of_place[f.helped.value.name]))]


def _coarser(pair: Statement, other: Statement) -> bool:
    """Whether a pair is another pair seen from further off: its helper and helped the same
    as the other's or holding them (北京市援疆队伍 → 新疆, where 北京市 → 和田地区 is stated)."""
    sides = ((pair.helper, other.helper), (pair.helped, other.helped))
    if all(a.value.name == b.value.name for a, b in sides):
        return False
    return all(at_or_inside(b.value, a.value) for a, b in sides)


def _region_of(word: str, regions: Regions, lexicons) -> str:
    """The code of the province an arrangement word names (援疆: 新疆), '' for none."""
    province = next((p for w, p in lexicons["region_words"].items() if w in word), "")
    return regions.province_code.get(province, "")


def _helper_before(doc, word, naming_kind: bool, places: list[Mention], regions: Regions, region: str,
                   lexicons) -> Mention | None:
    """The division named right before an arrangement word (上海援疆, 深圳市财政帮扶: at most a short word between,
    and a word of the help's manner: 在静安区的倾情帮扶下): on the giving side, or any side outside the region a
    region word names (湖北省黄冈市援疆教师). Not where the word has a place after it in its clause
    (北京专家对口支援拉萨市人民医院: what it helps is named, and is no division), unless
    the word names a kind (援疆教师…来到新疆)."""
    text, start = doc.text, word.start()
    k = bisect_right(places, start, key=attrgetter("end"))  # places do not overlap: their ends rise with their starts
    if not k:
        return None
    helper = places[k - 1]
    gap = text[helper.end:_before_manner(text, helper.end, start, lexicons)]
    if len(gap) > HELPER_GAP or (gap and not gap.isalpha()) or regions.names_institution(helper, text):
        return None
    if not naming_kind:  # the next place, when no clause mark stands before it, follows the word in its clause
        k = bisect_left(places, word.end(), key=attrgetter("start"))
        if k < len(places) and COMMA.around(text, word.end(), word.end(), places[k].start)[1] == places[k].start:
            return None
    if region:
        return None if regions.province_prefix(helper.value) == region[:2] else helper
    return helper if regions.side(helper.value) == "helper" else None


def _before_manner(text: str, since: int, at: int, lexicons) -> int:
    """Where a word of the help's manner ending at `at` (after since) starts, else at (在静安区的倾情帮扶下)."""
    return at - len(next((m for m in lexicons["help_manners"] if text.endswith(m, since, at)), ""))


def _helper_after_topic(doc, word, sentence: tuple[int, int], places: list[Mention], regions: Regions,
                        lexicons) -> Mention | None:
    """The giver opening the clause after an arrangement word that is a clause of its own, a topic
    (东西部扶贫协作结对帮扶，今年广东东莞市再支持1亿元; 对口帮扶方面，…): the first chain of names there (by
    its last), a time word before it at most, on the giving side, with no institution's word just after
    it (确定北京协和医院等8家医院: hospitals give), not where it stands (依托苏铜协作平台，在上海、杭州新开设专柜).
    Each look is bounded: a page of such words costs linear time."""
    text = doc.text
    comma = TOPIC_END.search(text, word.end(), word.end() + TOPIC_TAIL + 1)
    if comma is None or comma.end() >= sentence[1]:
        return None
    end = comma.start()
    start = COMMA.around(text, word.start(), max(sentence[0], word.start() - TOPIC_REACH), word.start())[0]
    k = bisect_left(places, start, key=attrgetter("start"))
    if k < len(places) and places[k].start < end:
        return None  # the word's own clause names a place
    k = bisect_left(places, end, key=attrgetter("start"))
    if k == len(places):
        return None
    lead = text[end + 1:places[k].start]
    if len(lead) > TOPIC_LEAD or (lead and not lead.isalnum()) or lead.endswith(lexicons["venue_before"]):
        return None  # 开展“宁波医疗周”活动: a name inside what the clause does, not its subject
    first = _chain_at(places, k, text)
    if regions.side(first.value) != "helper":
        return None
    return None if regions.near_institution(first, text) else first


TOPIC_END = regex.compile("[，,]")
TOPIC_TAIL = 2  # words between a topic's arrangement word and its comma (对口帮扶方面，)
TOPIC_REACH = 30  # a topic clause is short: further back, its start is not sought
TOPIC_LEAD = 5  # what may open a clause before its subject: a time word (今年, 2019年, 去年以来)


class _Passages:
    """The places a passage names, for statements that name only the helper: each chain
    of names by its last, names heading an institution's left out; worked out on first use."""

    def __init__(self, doc, places: list[Mention], starts: list[int], regions: Regions, marks: tuple[str, ...]):
        self.doc, self.places, self.starts, self.regions = doc, places, starts, regions
        self.marks = "".join(marks)  # what may stand between the names of a label besides nothing (a chain)
        self._named: dict[tuple[int, int], dict[str, Mention]] = {}  # by span: most spans are the whole document
        self._gathered = Gatherings()  # a section's places, by paragraph

    @cached_property
    def heads(self) -> tuple[list[Mention], list[int]]:
        text = self.doc.text
        heads = [p for p in most_specific(self.places, text) if not self.regions.names_institution(p, text)]
        return heads, [p.start for p in heads]

    def helped(self, sentence: tuple[int, int], helper: Mention, region: str) -> Mention | None:
        """The receiving place a passage is about: the one its sentence names, else the one its
        paragraph opens with as its label, else its paragraph, its section (heading and paragraphs above),
        the document (holding); not the helper's own, nor one a receiving-side helper cannot give to
        (河北省、陕西省援藏工作队: not 河北省, Regions.gives_to); after a region word (援疆), those in its province first."""
        document = self.doc.document
        k = document.paragraph_index(sentence[0])
        paragraph, section = document.paragraphs[k], document.section_index(k)
        levels = (lambda: self._receiving(sentence), lambda: self._label(paragraph),
                  lambda: self._receiving((paragraph.start, paragraph.end)),
                  lambda: self._above(section, k), lambda: self._receiving((0, len(self.doc.text))))
        receiving_side = self.regions.side(helper.value) == "helped"
        for level in levels:
            named = [p for p in level().values() if p.value.name != helper.value.name and not inside(helper.value, p.value)
                     and (not receiving_side or self.regions.gives_to(helper.value, p.value))]
            if named:  # a region word's own province first (援疆: 新疆), as 援藏 reaches 四川's Tibetan areas too
                return holding([p for p in named if self.regions.province_prefix(p.value) == region[:2]] or named)
        return None

    def _receiving(self, span: tuple[int, int]) -> dict[str, Mention]:
        """The places a span names that may receive (not on the giving side), by name (each name's last mention)."""
        if span not in self._named:
            heads, starts = self.heads
            self._named[span] = {p.value.name: p for p in starting_in(heads, starts, *span)
                                 if self.regions.side(p.value) != "helper"}
        return self._named[span]

    def _label(self, paragraph) -> dict[str, Mention]:
        """The receiving places a paragraph opens with as its label (贵南县。扬州市援青工作组安排资金6480万元…: about 贵南县,
        whatever else it names, …到西宁做透析), none where it names a giver."""
        names = self._label_names(paragraph)
        return self._receiving((names[0].start, names[-1].end)) if names and all(
            self.regions.side(p.value) != "helper" for p in names) else {}

    def label_giver(self, at: int) -> Mention | None:
        """The giving division a paragraph's label names alone, for a sentence of it after the label (青岛市：对口帮扶
        安顺市，…；对口帮扶陇南市，…), None for none."""
        document = self.doc.document
        names = self._label_names(document.paragraph_at(at))
        return names[0] if (len(names) == 1 and names[0].end < document.sentence_at(at)[0]
                            and self.regions.side(names[0].value) == "helper") else None

    def _label_names(self, paragraph) -> list[Mention]:
        """The places a paragraph opens with as its label, after its number if any: names alone, a list mark between
        them at most, up to a heading's end (贵南县。…, 济南市：…; not a sentence, 会议在共和县召开。, 扬州市干部一行抵达西宁市。)."""
        text = self.doc.text
        k = bisect_left(self.starts, paragraph.start)
        # (the first name right after the number, if any: 八宿县。 is no number 八 before 宿县)
        if k == len(self.starts) or LINE_NUMBER.fullmatch(text, paragraph.start, self.starts[k]) is None:
            return []
        start = self.starts[k]
        label = LABEL.match(text, start, paragraph.end)
        if label is None:
            return []
        names = starting_in(self.places, self.starts, start, label.end() - 1)
        return names if _names_only(text, start, label.end() - 1, names, self.marks) else []

    def _above(self, section: int, k: int) -> dict[str, Mention]:
        """The receiving places of a section's heading and paragraphs above paragraph k, gathered
        paragraph by paragraph as statements come in order (a long section is read once)."""
        if section < 0:
            return {}
        paragraphs = self.doc.document.paragraphs
        return self._gathered.until(("section", section), section, k, lambda a, b: [
            p for j in range(a, b) for p in self._receiving((paragraphs[j].start, paragraphs[j].end)).values()]).names


HELPER_GAP = 2  # 深圳市【财政】帮扶资金, 普陀区【的】对口协作; further off, a name is no longer the helper's
COMMA_MARKS = "，,；;"
LIST_COMMAS = ("，", ",")  # of those, what goes on with a list's next item on its line, or parts its groups (向陕西省，
# 青海省西宁市、海东市…)
COMMA = Stops(COMMA_MARKS)  # an arrangement word's clause: a list joined by 、 stays whole (莎车、叶城、泽普)


def _listed(doc, places: list[Mention], starts: list[int], label_line, regions: Regions, lexicons) -> list[Statement]:
    """扶贫协作：云南曲靖罗平县、师宗县… under a heading naming the helper (宝山区对口帮扶县)."""
    out = []
    raw, document = doc.document.raw, doc.document

    def divisions(start: int, end: int) -> list[Mention]:  # not a name heading an institution's
        return [p for p in starting_in(places, starts, start, end)
                if not regions.names_institution(p, doc.text)]

    nearest: dict[int, Mention | None] = {}  # paragraph -> the helper of the nearest heading at or above it
    for m in label_line.finditer(raw):
        start, end = document.clean_offset(m.start("list")), document.clean_offset(m.end("list"))
        helped = [p for p in most_specific(divisions(start, end), doc.text) if regions.side(p.value) != "helper"]
        helper = _heading_helper(doc, divisions, document.paragraph_index(start), regions, nearest)
        if helper is not None and helped:
            rel = relation_of(m.group("label"), lexicons)
            out += [Statement(start, helper, d, rel, d) for d in helped]
    return out


def _teams(doc, places: list[Mention], regions: Regions, lexicons) -> list[Statement]:
    """Pairs a team's name states (厦门市赴甘肃临夏回族自治州帮扶工作队): a giving-side place, a link word
    (赴, 援助) or an arrangement word with who is sent (上海市援滇干部保山联络小组), a chain of names on the receiving
    side ending in the helped one, an arrangement word at most, the team's noun. Not a team sent to a town
    (驻…洛塔乡工作队: no division between the chain and the noun)."""
    text, link, tail = doc.text, lexicons.derived(_team_link), lexicons.derived(_team_tail)
    out = []
    for k, helper in enumerate(places[:-1]):
        linked = link.fullmatch(text, helper.end, places[k + 1].start)
        if not linked or regions.side(helper.value) != "helper":
            continue
        helped = _chain_at(places, k + 1, text)
        m = tail.match(text, helped.end)
        if m and regions.side(helped.value) != "helper":
            word = m.group("word") or linked.group("word")
            relation = relation_of(word, lexicons) if word else lexicons["plain_relations"][0]
            out.append(Statement(helped.start, helper, helped, relation, helped))
    return out


def _team_link(lexicons):
    return lexicons.compile(f"(?:{alternation(lexicons['team_links'])})"
                            f"|(?P<word>{alternation(lexicons['relation_words'])})(?:{alternation(lexicons['team_members'])})")


def _extended(doc, places: list[Mention], found: list[Statement], regions: Regions, lexicons) -> list[Statement]:
    """The places a later clause of a pair's sentence adds to its helper's (黄浦区自1996年起对口帮扶澜沧县、孟连县，
    2017年又新增景谷县、江城县、西盟县3个县): the same helper's pairs, of the arrangement of the list nearest before the
    word (对口帮扶普洱市，长期结对澜沧县，2017年起新增景谷县: 结对帮扶, as 澜沧县), for each of that list's givers where
    they help the same places (江苏省、苏州市对口帮扶铜仁市，又新增黔南州); not after a clause of several helpers'
    own pairs (越秀区与普定县、海珠区与镇宁县…分别建立结对关系，并延伸至西秀区: whose?)."""
    text, document, out = doc.text, doc.document, []
    words = list(lexicons.words("extending_words").finditer(text))
    if not words:
        return []
    starts, word_starts, seen = [p.start for p in places], [w.start() for w in words], set()
    by_helped = sorted(found, key=lambda s: s.helped.start)  # (a clause's pairs by bisection, not a pass over all)
    helped_starts = [s.helped.start for s in by_helped]
    for s in sorted(found, key=lambda s: -s.helped.start):  # the nearest list first
        start, end = document.sentence_at(s.at)
        k = bisect_left(word_starts, s.helped.end)  # (one bisection: a sentence of thousands of pairs)
        if not start <= s.helped.start < end or k == len(words) or words[k].start() >= end:
            continue  # (a helper alone in the sentence: no list of its own to go on from)
        word = words[k]
        if word.start() in seen:
            continue
        seen.add(word.start())
        listed = COMMA.around(text, s.helped.start, start, end)
        # (its givers together where they help the same places: 江苏省、苏州市对口帮扶铜仁市，又新增黔南州)
        helpers: dict[str, tuple[Mention, set[str]]] = {}
        for f in by_helped[bisect_left(helped_starts, listed[0]):bisect_left(helped_starts, listed[1])]:
            helpers.setdefault(f.helper.value.name, (f.helper, set()))[1].add(f.helped.value.name)
        if len({frozenset(helped) for _, helped in helpers.values()}) > 1:
            continue
        clause_end = min(COMMA.around(text, word.start(), word.start(), end)[1], end)
        added = most_specific(starting_in(places, starts, word.end(), clause_end), text)
        out += [Statement(p.start, helper, p, s.relation, p) for helper, _ in helpers.values() for p in added
                if regions.side(p.value) != "helper"]
    return out


def _delegated(doc, places: list[Mention], starts: list[int], found: list[Statement], regions: Regions,
               lexicons) -> list[Statement]:
    """Pairs a stated pair hands to a division inside its helper (江苏省对口帮扶铜仁工作由苏州市具体负责: 苏州市 helps
    铜仁市; …，其中喀什市和塔县由深圳市负责: 深圳市 helps those of 广东省's places; in a sentence of its own too,
    江苏对口支援青海省… / 西宁市2.38亿元，由南京市负责): the places of the clause before 由 (of the clause before that,
    where 由 opens its own) that the pair's helped place is or holds, of the pair's relation; a pair its own sentence
    states over one the text states elsewhere."""
    text, document, out = doc.text, doc.document, []
    taking, by_sentence, pairs = lexicons.words("delegation_words"), {}, {}
    for s in found:  # (each pair once for the text's: a list of thousands of statements is read once per 由)
        by_sentence.setdefault(document.sentence_at(s.at), []).append(s)
        pairs.setdefault((s.helper.value, s.helped.value), s)
    for m in lexicons.words("agent_markers").finditer(text):
        k = bisect_left(starts, m.end())
        if k == len(places) or starts[k] != m.end():
            continue
        giver = _chain_at(places, k, text)  # (由广东省深圳市负责: 深圳市)
        if not taking.match(text, giver.end) or regions.side(giver.value) != "helper":
            continue
        sentence = document.sentence_at(m.start())
        clause_start = COMMA.around(text, m.start(), *sentence)[0]
        if clause_start == m.start() > sentence[0]:  # (由 opening its clause: the clause before names what it takes)
            clause_start = COMMA.around(text, clause_start - 1, *sentence)[0]
        takers = [p for p in starting_in(places, starts, clause_start, m.start()) if regions.side(p.value) != "helper"]
        out += _handed(giver, takers, by_sentence.get(sentence, [])) or _handed(giver, takers, pairs.values())
    return out


def _handed(giver: Mention, takers: list[Mention], stated) -> list[Statement]:
    """The pairs of a division inside a stated pair's helper with the places it takes over that the pair helps."""
    return [Statement(p.start, giver, p, s.relation, p) for s in stated if inside(giver.value, s.helper.value)
            for p in takers if at_or_inside(p.value, s.helped.value)]


def _bracketed(doc, places: list[Mention], found: list[Statement], regions: Regions, lexicons) -> list[Statement]:
    """Pairs a list line opening with its number writes as the helped place, then its helper alone in brackets, where
    another statement names that helper's arrangement ((一)昆明市东川区（上海市普陀区结对帮扶）… / (二)寻甸县（普陀区）：
    寻甸县 is 普陀区's in the same way); not a place's parent or former name in brackets (宜昌市夷陵区（原宜昌县）)."""
    text, document = doc.text, doc.document
    relations, chained = {s.helper.value.name: s.relation for s in found}, chains(places)
    out = []
    for taker, giver, labelled in _bracket_givers(text, places, regions, lexicons):
        relation = labelled or relations.get(giver.value.name)
        if (relation is None or not text.startswith(lexicons["bracket_closes"], giver.end)
                or regions.side(taker.value) == "helper"):
            continue
        if _opens_numbered_line(document, taker, chained):  # (not a sentence's place)
            out.append(Statement(taker.start, giver, taker, relation, taker))
    return out


def _bracket_givers(text: str, places: list[Mention], regions: Regions,
                    lexicons) -> list[tuple[Mention, Mention, str]]:
    """Each place a bracket follows that opens with a giving place, with that place, a chain by its last
    ((一)昆明市东川区（上海市普陀区结对帮扶）: 普陀区; 1.东乡族自治县（湖里区结对）), and the relation of the label the
    bracket opens with, if any ((一)安定区（结对：福州市鼓楼区）: 结对帮扶): read by _bracketed, and by _own_items,
    which gives such an item to its own giver."""
    out = []
    for k, (taker, giver) in enumerate(pairwise(places)):
        between = text[taker.end:giver.start]
        if regions.side(giver.value) != "helper" or not between.startswith(tuple(lexicons["bracket_opens"])):
            continue
        label = lexicons.words("relation_words").fullmatch(between, 1, len(between) - 1)
        if len(between) == 1 or label and between.endswith(COLONS):
            out.append((taker, _chain_at(places, k + 1, text), relation_of(label.group(), lexicons) if label else ""))
    return out


def _own_items(doc, places: list[Mention], own_giver: Mention | None, relation, regions: Regions,
               lexicons) -> list[Statement]:
    """Pairs a giving division's own report lists as numbered items, each opening with the place it helps and a
    colon or bracket (上海市…统计快报, 本市: 1．新疆维吾尔自治区喀什地区（莎车、泽普…4县）：到位财政援助资金…; 4．云南省：…),
    in a text naming an arrangement, and with each division inside it its bracket lists; the relation is that of the
    item's own arrangement word (在岗援疆干部: 对口支援), else the plain word's, which the arrangement named for the place
    replaces."""
    if own_giver is None or relation.search(doc.text) is None:
        return []
    text, document, chained, out = doc.text, doc.document, chains(places), []
    # (an item whose bracket names its own giver is that giver's: 1.东乡族自治县（湖里区结对） in 厦门市's report is 湖里区's)
    giving = {taker.start: giver for taker, giver, _ in _bracket_givers(text, places, regions, lexicons)}
    for place in places:
        if not text.startswith((*lexicons["bracket_opens"], *COLONS), place.end) or regions.side(place.value) == "helper":
            continue
        line = document.paragraph_at(place.start)
        # (not a place ending its line, a heading over numbered items: 1.东乡族自治县 / （1）“鹭岛助学”项目)
        if place.end < line.end and _opens_numbered_line(document, place, chained):
            word = relation.search(text, place.end, line.end)
            rel = relation_of(word.group(), lexicons) if word else lexicons["plain_relations"][0]
            helped = [place, *_bracketed_parts(text, place, places, lexicons)]
            giver = giving.get(place.start, own_giver)
            out += [Statement(p.start, giver, p, rel, p) for p in helped]
    return out


def _opens_numbered_line(document, place: Mention, chained: dict[int, int]) -> bool:
    """Whether a place, with the chain it ends (昆明市东川区: from 昆明市), opens a line right after the line's number
    ((一)昆明市东川区（…）, 1．喀什地区：…)."""
    line = document.paragraph_at(place.start).start
    number = LINE_NUMBER.fullmatch(document.clean, line, chain_start(place.start, chained))
    return number is not None and bool(number.group().strip())


def _bracketed_parts(text: str, place: Mention, places: list[Mention], lexicons) -> list[Mention]:
    """The divisions inside a place that the bracket right after it lists (喀什地区（莎车、泽普、叶城、巴楚4县）)."""
    if not text.startswith(lexicons["bracket_opens"], place.end):
        return []
    close = bracket_end(text, place.end, len(text), lexicons)
    return [p for p in places if place.end < p.start and p.end <= close and inside(p.value, place.value)]


HEADING_ENDS = ("。", *COLONS)  # what ends a heading its paragraph goes on after: （一）北京—内蒙古。
SENTENCE_ENDS = tuple(SENTENCE_MARKS)  # what ends a paragraph that is a sentence, no heading
DASHED_HELPERS = 10  # the givers listed before one dash are few (平度市、莱西市—武都区), and the receivers after it: no
# list is read further
# what may open a heading or list line before what it names: its number ((一), 一、, 3.)
NUMBER = rf"[{OPENING_BRACKETS}]?[0-9{ORDINAL_CHARS}]{{0,3}}[{CLOSING_BRACKETS}{ITEM_MARKS}]?"
LINE_NUMBER = regex.compile(NUMBER + r"\s*")
# a number opening a report's part or item, its mark and all (一、, （二）, 3.)
HEADED_NUMBER = regex.compile(rf"(?:{PART_MARK}|{PART_NUMBER}|{ITEM_NUMBER})\s*")
HEADED_REACH = 6  # the most paragraphs a part a heading line numbers runs to (三、黑龙江省 / …重点支持康马县)
# a paragraph's label: one phrase up to a heading's end (贵南县。…, 青海省海南州同德县、兴海县：…)
LABEL = regex.compile(rf"[^{COMMA_MARKS}{SENTENCE_MARKS}{''.join(COLONS)}]{{2,30}}[{''.join(HEADING_ENDS)}]")


def _dashed(doc, places: list[Mention], starts: list[int], relation, named: _Relations, regions: Regions,
            lexicons) -> list[Statement]:
    """Pairs written helper—helped: in a line naming an arrangement (青岛市—陇南市东西部扶贫协作), under a label
    naming one (结对关系：市南区—康县；…；平度市、莱西市—武都区), or as a heading line of their own in a text
    naming one ((一)张家港市—沿河土家族自治县 under 苏州铜仁东西部扶贫协作), or a heading its paragraph or section goes
    on after ((一)北京—内蒙古。去年…; 怀柔区与科左后旗：黄牛产业做成“富民牛”, joined by a joining word there only); not
    a route (上海—昆明航线)."""
    text, document, dashes, dash = doc.text, doc.document, lexicons["pair_dashes"], lexicons.words("pair_dashes")
    if not named.starts:
        return []
    out, chained = [], chains(places)
    colons: dict[int, int] = {}  # by paragraph: where its first colon stands, -1 for none (_pair_context)
    for k, (giver, taker) in enumerate(pairwise(places)):
        joined = text[giver.end:taker.start] in lexicons["joining_words"]
        if not joined and text[giver.end:taker.start] in dashes and regions.side(giver.value) == "helped":
            out += _dashed_back(document, places, k, chained, relation, named, colons, regions, lexicons)
            continue
        if not (joined or text[giver.end:taker.start] in dashes) or regions.side(giver.value) != "helper":
            continue
        listed = _after_dash(document, places, k, lexicons)
        rest = [] if joined else _line_rest(document, places, starts, listed[-1], relation, dash)
        if rest and text.startswith(COLONS, listed[-1].end):  # (普洱市：澜沧县: 澜沧县, the receiver holding it no
            listed = listed[:-1]                                # partner of its own, as a chain's holder)
        helped = [p for p in listed + rest
                  if regions.side(p.value) != "helper" and not inside(p.value, giver.value)]
        opening = chain_start(giver.start, chained)  # (北京市怀柔区与科左后旗：… opens at 北京市)
        if joined and not (helped and _heads(document, opening, helped[-1])):
            continue
        rel = helped and _pair_context(document, opening, helped[-1], relation, named, colons, lexicons)
        if rel:
            helpers = [h for h in _before_dash(document, places, k, lexicons) if regions.side(h.value) == "helper"]
            out += [Statement(d.start, h, d, rel, d) for h in helpers for d in helped]
    return out


def _dashed_back(document, places: list[Mention], k: int, chained: dict[int, int], relation, named: _Relations,
                 colons: dict[int, int], regions: Regions, lexicons) -> list[Statement]:
    """The pairs of a dashed line written helped—helper (places[k] the last receiver before the dash), in the same
    places a line helper—helped stands (_pair_context: 澜沧拉祜族自治县——黄浦区 under 上海市对口帮扶我市县结对关系): the
    receivers listed before the dash with the givers listed after it, each chain by its last (chained: chains())."""
    text, line_end = document.clean, document.paragraph_at(places[k].start).end
    givers = [g for g in _after_dash(document, places, k, lexicons) if regions.side(g.value) == "helper"]
    clause_end = end.start() if givers and (end := CLAUSE_STOP.search(text, givers[-1].end, line_end)) else line_end
    if givers and lexicons.words("pair_dashes").search(text, givers[-1].end, clause_end):
        return []  # (a table's row, 汉滨区—常州市武进区—3960万元—42个: _tabled reads it by its columns)
    helped = [p for p in _before_dash(document, places, k, lexicons) if regions.side(p.value) == "helped"]
    if not givers or not helped:
        return []
    rel = _pair_context(document, chain_start(helped[0].start, chained), givers[-1], relation, named, colons, lexicons)
    return [Statement(d.start, h, d, rel, d) for h in givers for d in helped] if rel else []


def _before_dash(document, places: list[Mention], k: int, lexicons) -> list[Mention]:
    """The names listed on places[k]'s line up to it, a dash after it, each chain by its last (平度市、莱西市—武都区;
    福州市长乐区—隆德县: 长乐区; not the line before's)."""
    text, line = document.clean, document.paragraph_at(places[k].start).start
    listed = _listed_before(text, places[k].end, places[max(0, k + 1 - DASHED_HELPERS):k + 1], lexicons)
    return [p for p in most_specific(listed, text) if p.start >= line]


def _after_dash(document, places: list[Mention], k: int, lexicons) -> list[Mention]:
    """The names listed from places[k + 1] on, a dash before it, each chain by its last, as few as the names before a
    dash (北京市——和田市、和田县、墨玉县), on its own line: the clean text joins a dashed pair's line to the next with
    nothing between (翔安区—广河县 / 临夏县、永靖县由…: 广河县临夏县 is no chain)."""
    text, end = document.clean, document.paragraph_at(places[k + 1].start).end
    on_line = [p for p in places[k + 1:k + 1 + DASHED_HELPERS] if p.end <= end]
    return most_specific(_objects(text, places[k + 1].start, on_line, lexicons, listed=True), text)


def _line_rest(document, places: list[Mention], starts: list[int], last: Mention, relation, dash) -> list[Mention]:
    """The places a dashed pair's line goes on to list after the last receiver, up to the next pair's dash, most
    specific of each chain: after a comma, or after a colon those the receiver holds (黄浦区——普洱市：澜沧县、孟连县
    （1996年起），景谷县 / 浦东新区——文山州文山市，大理州鹤庆县等; 市南区—康县，崂山区—宕昌县: not 宕昌县), the line
    ending in a sentence mark or not (黄浦区——普洱市：澜沧县、孟连县；). None where a sentence ends before the line does
    (张家港市—沿河县，累计投入资金3亿元；带动贵阳市企业落户。: an account, not a list) or an arrangement word follows
    (宁波市—黔西南州：镇海区帮扶册亨县: a pair of its own)."""
    text, end = document.clean, document.paragraph_at(last.start).end
    end = following.start() if (following := dash.search(text, last.end, end)) else end  # (the first, one scan)
    colon = text.startswith(COLONS, last.end)
    if (not (colon or text.startswith(LIST_COMMAS, last.end))
            or any(c in SENTENCE_MARKS for c in text[last.end:end].rstrip(SENTENCE_MARKS))
            or relation.search(text, last.end, end)):
        return []
    return [p for p in most_specific(starting_in(places, starts, last.end, end), text)
            if not colon or inside(p.value, last.value)]


def _faced(doc, places: list[Mention], relation, named: _Relations, regions: Regions, lexicons) -> list[Statement]:
    """Pairs written giver 对 receiver (or 帮: 拱墅区帮黄平县), two givers or more listed one after another, in a sentence
    naming the arrangement before or after them (山东省14个市对口重庆市14个区县，比如济南对武隆、烟台对巫山; 苏州市对铜仁市、
    杭州市对恩施州和黔东南州、中山市和东莞市对昭通市等协作关系), else in an earlier sentence of their paragraph (…结对全覆盖。
    宁海县对晴隆县、北仑区对兴仁市全年投入…): the givers co_giver_marks join before 对 pair with each receiver
    list_marks join after it, a chain by its last (宁波市镇海区与凉山州金阳县); one giver's pairs alone are no arrangement
    (深圳对广州的优势; 在上海市和云南省、昆明市的坚强领导下, leaders listed)."""
    text, joiners, marks, co_givers = doc.text, lexicons["pair_joiners"], lexicons["list_marks"], lexicons["co_giver_marks"]
    chained_or_listed = ("", *marks)  # (each receiver a chain by its last: 天津帮甘肃省庆阳市、浙江帮四川)
    side = lambda k: regions.side(places[k].value)
    runs: list[list[tuple[Mention, Mention]]] = []
    for k in range(len(places) - 1):
        if text[places[k].end:places[k + 1].start] not in joiners or side(k) != "helper" or side(k + 1) != "helped":
            continue
        first = k
        while first and side(first - 1) == "helper" and text[places[first - 1].end:places[first].start] in co_givers:
            first -= 1
        last = k + 1
        while (last + 1 < len(places) and side(last + 1) == "helped"
               and text[places[last].end:places[last + 1].start] in chained_or_listed):
            last += 1
        pairs = [(g, t) for g in places[first:k + 1] for t in most_specific(places[k + 1:last + 1], text)]
        if runs and text[runs[-1][-1][1].end:places[first].start] in marks:  # (after the last run's last receiver)
            runs[-1] += pairs
        else:
            runs.append(pairs)
    out, stated_after = [], lexicons.derived(_stated_relation, relation.pattern)
    sentence, opening, after, after_starts = (0, 0), None, [], []
    for run in (r for r in runs if len({g.start for g, _ in r}) > 1):
        first, end = run[0][0].start, max(t.end for _, t in run)
        if not sentence[0] <= first < sentence[1]:
            # (each sentence's words found once, not once per run: a sentence of thousands of runs costs linear time)
            sentence = doc.document.sentence_at(first)
            opening, after = relation.search(text, *sentence), list(stated_after.finditer(text, *sentence))
            after_starts = [m.start() for m in after]
        # (the sentence's first word where it stands before the run, else the first after it; one read across the
        # run's bounds is searched for again)
        word = None
        if opening is not None and opening.start() < first:
            word = opening if opening.end() <= first else relation.search(text, sentence[0], first)
        if not word:
            k = bisect_left(after_starts, end)
            word = (stated_after.search(text, end, sentence[1]) if k and after[k - 1].end() > end
                    else after[k] if k < len(after) else None)
        # (else the one an earlier sentence of its paragraph names: 六是携手奔小康走深走实。我市11个区县（市）与黔西南州8个
        # 县（市）结对全覆盖…。宁海县对晴隆县、北仑区对兴仁市全年投入分别达5850万元和4920万元)
        rel = relation_of(word.group(), lexicons) if word else named.first(doc.document.paragraph_at(first).start,
                                                                            sentence[0])
        if rel:
            out += [Statement(taker.start, giver, taker, rel, taker) for giver, taker in run]
    return out


def _stated_relation(lexicons, relation: str):
    """After a list of pairs, the words naming their relation: an arrangement word (the relation pattern), or a bound
    one naming a relation (…大连市对六盘水市等“一对一”“一对多”协作关系)."""
    bound = f"(?:{alternation(lexicons['bound_relation_words'])})(?={alternation(lexicons['relation_nouns'])})"
    return lexicons.compile(f"{relation}|{bound}")


def _tabled(doc, places: list[Mention], starts: list[int], relation, regions: Regions, lexicons) -> list[Statement]:
    """Pairs in the rows of a table whose heading row names the arrangement (区（县）｜苏州结对地｜资金 /
    碧江区｜昆山市｜4860万元): each row naming one giver and one receiver pairs them; a plain heading's (帮扶城市｜
    受帮扶市（州）) take the text's one arrangement as other plain statements do (find_pairings)."""
    out, relations = [], {}
    for row in doc.document.table_rows:
        if row.head not in relations:
            relations[row.head] = _head_relation(doc.text, row.head, relation, lexicons)
        # (a receiver in one cell and the place holding it in another, 昆明市｜东川区: the county, as a chain gives)
        in_row = innermost(most_specific(starting_in(places, starts, row.cells[0][0], row.cells[-1][1]), doc.text))
        helpers = [p for p in in_row if regions.side(p.value) == "helper"]
        helped = [p for p in in_row if regions.side(p.value) == "helped"]
        if (relations[row.head] and len(helpers) == 1 and len(helped) == 1
                and not _firms_home(doc.text, helpers[0], regions, lexicons)):
            out.append(Statement(helped[0].start, helpers[0], helped[0], relations[row.head], helped[0]))
    return out


def _firms_home(text: str, place: Mention, regions: Regions, lexicons) -> bool:
    """Whether a place names a firm's or an institution's home, heading its name (莆田市兴润木业有限公司) or in a bracket
    right after it (福建闽盛鞋业有限公司（晋江市）): a row pairing the firm with a village pairs no divisions."""
    opened = place.start > 0 and text[place.start - 1] in lexicons["bracket_opens"]
    return regions.names_institution(place, text) or (
        opened and text.endswith(tuple(lexicons["firm_words"]), 0, place.start - 1))


def _head_relation(text: str, head, relation, lexicons) -> str | None:
    """The relation a table's heading row names, its most telling word's (对口帮扶区 over 受援县's plain 受援)."""
    found = [relation_of(m.group(), lexicons) for m in (relation.search(text, *cell) for cell in head) if m]
    return next((r for r in found if r not in lexicons["plain_relations"]), found[0] if found else None)


def _agreements(doc, places: list[Mention], starts: list[int], named: _Relations, regions: Regions,
                lexicons) -> list[Statement]:
    """Pairs that sign an agreement in a paragraph whose earlier sentence names the arrangement (10对结对县分别签订了
    “携手奔小康”行动协议。其中，昆山市与碧江区签订协议): written giver 与 receiver before the verb, or as two lists
    分别 pairs in order (吴中区、相城区分别与印江县、德江县签订协议; an item naming no division alone pairs nothing:
    苏州工业园区). A signing alone states no pair (上海市与云南省签订合作协议: trade, a fair, a loan)."""
    text, document, out = doc.text, doc.document, []
    verbs = list(lexicons.words("agreement_words").finditer(text))
    if not verbs:
        return []
    since, clause = 0, (0, 0)
    for verb in verbs:
        s0, s1 = document.sentence_at(verb.start())
        paragraph = document.paragraph_at(verb.start())
        rel = named.first(paragraph.start, s0)
        if not rel or named.first(s0, s1):
            since = verb.end()
            continue
        if not clause[0] <= verb.start() < clause[1]:  # (the signings of one clause find it once)
            clause = COMMA.around(text, verb.start(), s0, s1)
        # (what stands since the previous signing: a clause of thousands of them is read once)
        start, since = max(clause[0], since), verb.end()
        before = starting_in(places, starts, start, verb.start())
        pairs = (_joined_pairs(text, verb.start(), most_specific(before, text), before, regions, lexicons)
                 or _respective_lists(text, start, verb.start(), before, regions, lexicons))
        out += [Statement(d.start, h, d, rel, d) for h, d in pairs]
    return out


class _Regional:
    """The arrangements a text names in sentences with the places they are about (山东省与重庆市结对开展扶贫协作):
    a pair stated in a plain word (济南对武隆) is of the one arrangement named with its receiver, a division
    holding it or one inside it (not 东莞市帮扶昭通市 after 山东、湖南对口支援黄冈: 黄冈 is not 昭通's)."""

    def __init__(self, doc, places: list[Mention], starts: list[int], named: _Relations):
        self.doc, self.places, self.starts, self.named = doc, places, starts, named

    @cached_property
    def _named(self) -> dict[tuple, set[str]]:
        """The arrangements named with each place, by its name and by the code digits it shares with what it holds
        and what holds it: read on a plain pair's first ask, each pair then looked up, not compared with every place."""
        by: dict[tuple, set[str]] = {}
        for at, relation in zip(self.named.arranged_starts, self.named.arrangements):
            for p in starting_in(self.places, self.starts, *self.doc.document.sentence_at(at)):
                for key in _code_keys(p.value, "in", "holds"):
                    by.setdefault(key, set()).add(relation)
        return by

    def arrangement(self, helped) -> str:
        """The one arrangement named with a receiver or a division holding it or inside it, else ''."""
        # (the keys a named place holding it, or one inside it, was filed under)
        found = set().union(*(self._named.get(key, set()) for key in _code_keys(helped, "holds", "in")))
        return found.pop() if len(found) == 1 else ""


def _code_keys(place, within: str, holding: str) -> list[tuple[str, str]]:
    """A division's keys: its name; the code digits of each wider level (what holds it shares them), filed under
    `within`; and the digits it shares with what it holds, under `holding`."""
    keys = [("name", place.name)]
    if place.code:
        keys += [(within, place.code[:w]) for w in HOLDER_WIDTH.values()]
        width = HOLDER_WIDTH.get(place.level)
        keys += [(holding, place.code[:width])] if width else []
    return keys


class _Relations:
    """The relations a text's arrangement words name, not those naming a kind (帮扶资金), by where they stand, read
    once per document: those of a stretch found by bisection (a paragraph of thousands of signings or of 其中
    statements is not read again for each)."""

    def __init__(self, text: str, arrangement_words: list, lexicons):
        found = [(m.start(), relation_of(m.group(), lexicons)) for m in arrangement_words
                 if not text.startswith(lexicons["relation_modified_nouns"], m.end())]
        self.starts, self.relations = [at for at, _ in found], [r for _, r in found]
        # (the words of each kind asked for by itself, their first in a stretch found by one bisection: a sentence of
        # thousands of plain statements is not walked again for each)
        self.arranged_starts, self.arrangements = _of_kind(found, lexicons["arrangement_relations"])
        self.naming_starts, self.namings = _of_kind(found, lexicons["naming_relations"])

    def arranged(self, start: int, end: int) -> str:
        """The first arrangement's relation named between two positions, else ''."""
        return _first_between(self.arranged_starts, self.arrangements, start, end)

    def only_arrangement(self) -> str:
        """The arrangement's relation where the text names one only, else ''."""
        return self.arrangements[0] if len(set(self.arrangements)) == 1 else ""

    def naming(self, start: int, end: int) -> str:
        """The first relation of naming_relations named between two positions (按照市、区结对关系), else ''."""
        return _first_between(self.naming_starts, self.namings, start, end)

    def last(self, start: int, end: int, but: tuple[str, ...] = ()) -> str:
        """The last relation named between two positions that is none of some, else ''."""
        for k in range(bisect_left(self.starts, end) - 1, bisect_left(self.starts, start) - 1, -1):
            if self.relations[k] not in but:
                return self.relations[k]
        return ""

    def first(self, start: int, end: int) -> str:
        """The first arrangement's relation named between two positions, else the first relation, else ''."""
        return self.arranged(start, end) or _first_between(self.starts, self.relations, start, end)


def _of_kind(found: list[tuple[int, str]], kind: tuple[str, ...]) -> tuple[list[int], list[str]]:
    """The starts and relations of the words whose relation is one of a kind."""
    return [at for at, r in found if r in kind], [r for _, r in found if r in kind]


def _first_between(starts: list[int], relations: list[str], start: int, end: int) -> str:
    """The relation of the first word (by their starts, sorted) that starts between two positions, else ''."""
    k = bisect_left(starts, start)
    return relations[k] if k < len(starts) and starts[k] < end else ""


def _respective_lists(text: str, start: int, end: int, places: list[Mention], regions: Regions,
                      lexicons) -> list[tuple[Mention, Mention]]:
    """Givers and receivers as two lists of as many items that 分别 pairs in order (吴中区、相城区分别与印江县、德江县):
    the items that are one division's name each, side by side."""
    joined = lexicons.derived(_respective_join).search(text, start, end)
    if joined is None:
        return []
    middle = joined.start()
    last = max((p.end for p in places if middle < p.start and p.end <= end), default=end)  # (…、边坝县开展结对帮扶)
    givers, takers = _items(text, start, middle, places), _items(text, joined.end(), last, places)
    if len(givers) != len(takers):
        return []
    return [(h, d) for h, d in zip(givers, takers) if h and d and regions.gives_to(h.value, d.value)]


def _items(text: str, start: int, end: int, places: list[Mention]) -> list[Mention | None]:
    """The items of a list parted by 、 between two positions: the place an item names whole, or the last of a chain
    that is the whole item (重庆市江津区), else None."""
    chained, by_end = chains(places), {p.end: p for p in places}
    items, at = [], start
    for part in text[start:end].split("、"):
        last = by_end.get(at + len(part))
        items.append(last if last and chain_start(last.start, chained) == at else None)
        at += len(part) + 1
    return items


def _pair_context(document, opening: int, last: Mention, relation, named: _Relations, colons: dict[int, int],
                  lexicons) -> str:
    """The relation that makes a dashed pair opening at a position (its giver's chain's start) a standing one, its
    arrangement word's: right after it (南浔—广安东西部扶贫协作), closing a list of pairs counted or left open by 等
    (_closed_list), in the label it is listed under, on its line (结对关系：市南区—康县), the line above, its section's
    heading or the line introducing the run of dashed lines it stands in (…结对关系如下：); or the text's first
    arrangement when the pair is a heading line of its own (its receivers, helped to last, end the line), a numbered
    heading ending its paragraph's first sentence (（一）北京—内蒙古。去年…) or one opening a short heading before its
    colon or 。 (_heads: 张家港市—沿河县：…); '' for none."""
    text = document.clean
    if word := relation.match(text, last.end):
        return relation_of(word.group(), lexicons)
    if closed := _closed_list(document, last.end, relation, lexicons):  # …、苏州高新区—江口县10对“携手奔小康”结对
        return relation_of(closed, lexicons)
    k = document.paragraph_index(opening)
    paragraph = document.paragraphs[k]
    if k not in colons:  # (its first colon, of either width, looked for once: a line of thousands of pairs)
        colons[k] = colon.start() if (colon := COLON.search(text, paragraph.start, paragraph.end)) else -1
    labels = [(paragraph.start, colons[k] if colons[k] < opening else -1)]  # (结对关系: 市南区—康县)
    if k > 0 and text.endswith(COLONS, document.paragraphs[k - 1].start, document.paragraphs[k - 1].end):
        labels.append((document.paragraphs[k - 1].start, document.paragraphs[k - 1].end))
    if (section := document.section_index(k)) >= 0:  # the heading the lines stand under (附：对口支援和田地区结对关系)
        labels.append((document.paragraphs[section].start, document.paragraphs[section].end))
    # (else the line introducing the list of dashed pair lines it stands in, where no heading over them names one:
    # …结对关系如下： over 黄浦区——普洱市：… and 长宁区——红河州：…; or the numbered line of their part)
    if intro := document.list_introduction(k, (*COLONS, *lexicons["list_intro_ends"]), DASHED_ITEM.match,
                                           numbered=True):
        labels.append((intro.start, intro.end))
    for start, end in labels:
        if end > start and (word := relation.search(text, start, end)):
            return relation_of(word.group(), lexicons)
    number = LINE_NUMBER.fullmatch(text, paragraph.start, opening)
    alone = number is not None and (not text[last.end:paragraph.end].strip()
                                    or bool(number.group().strip()) and text.startswith(HEADING_ENDS, last.end))
    return named.first(0, len(text)) if alone or _heads(document, opening, last) else ""


def _heads(document, opening: int, last: Mention) -> bool:
    """Whether a pair opening at a position opens a heading line, after its number if any, a heading's end right after
    it (怀柔区与科左后旗：黄牛产业做成“富民牛”, a short paragraph ending no sentence): the section under it tells of the
    pair."""
    text, paragraph = document.clean, document.paragraph_at(opening)
    return (paragraph.end - paragraph.start <= HEADING_LENGTH and text.startswith(HEADING_ENDS, last.end)
            and not text.endswith(SENTENCE_ENDS, paragraph.start, paragraph.end)
            and LINE_NUMBER.fullmatch(text, paragraph.start, opening) is not None)


CLOSED_GAP = 3  # the most letters from an open list's 等 to the arrangement word closing it (等现有结对关系)


def _closed_list(document, end: int, relation, lexicons) -> str:
    """The arrangement word that closes, in the same clause, a list of pairs counted before it (张家港市—沿河县、
    常熟市—思南县、…10对“携手奔小康”结对区（县）) or ended by 等 (静安区—文山州、奉贤区—大理州等现有结对关系): the pairs
    are of that arrangement; '' for none."""
    text = document.clean
    stop = min(len(text), end + CLAUSE_REACH)  # (a page of thousands of pair lines with no clause mark asks it of each)
    clause_end = CLAUSE_STOP.search(text, end, stop)
    word = relation.search(text, end, clause_end.start() if clause_end else stop)
    # (等 a few letters before the word only: 等现有结对关系, not 上海—昆明、杭州—贵阳等航线促进扶贫协作, a route's)
    closed = word and (lexicons.words("open_list_marks").search(text, max(end, word.start() - CLOSED_GAP - 1),
                                                                word.start())
                       or lexicons.derived(_count_pattern, "pair_counters").search(text, end, word.start()))
    return word.group() if closed else ""


def _not_counted_partners(doc, found: list[Statement], lexicons) -> list[Statement]:
    """The statements but those pairing several givers with one place a count of its divisions follows (北仑区、
    鄞州区等8个区县与黔西南州8个县, 与我市各县: each district helps one of the counties, not the prefecture; 福建省8个设区市与
    宁夏9个贫困县, one giver, still pairs the two)."""
    counted = lexicons.derived(_divisions_after)  # (8个县, 107个贫困村, 各县 right after a place)
    givers: dict[int, set[str]] = {}
    for s in found:
        if counted.match(doc.text, s.helped.end):
            givers.setdefault(s.helped.start, set()).add(s.helper.value.name)
    return [s for s in found if len(givers.get(s.helped.start, ())) < 2]


def _not_one_side(found: list[Statement], regions: Regions) -> list[Statement]:
    """The statements but those pairing two places each of which the text pairs on the same side with a third: items
    of one list of givers (江苏省、江西省两省援克前方指挥部, where 江苏省对口支援伊犁州 and 江西省对口支援阿克陶县) or of
    receivers (朝阳区帮扶翁牛特旗、巴林左旗). A place gives elsewhere only where its side can (Regions.gives_to: not
    果洛州, which only receives), and two places helping each other stay (新疆支援湖北, 湖北援疆). Nor a place paired with
    one holding it (我县“沪滇协作生态护林员”做法被昆明市…推广 in 寻甸县's: no county helps its own city)."""
    # (every statement passes here, whatever read it: _teams, _extended and _own_items need not leave these out)
    found = [s for s in found if not nested(s.helper.value, s.helped.value)]
    gives: dict[str, set[str]] = {}
    receives: dict[str, set[str]] = {}
    for s in found:
        if regions.gives_to(s.helper.value, s.helped.value):
            gives.setdefault(s.helper.value.name, set()).add(s.helped.value.name)
        receives.setdefault(s.helped.value.name, set()).add(s.helper.value.name)

    def elsewhere(side: dict[str, set[str]], s: Statement) -> bool:
        helper, helped = s.helper.value.name, s.helped.value.name
        return bool(side.get(helper, set()) - {helped}) and bool(side.get(helped, set()) - {helper})
    return [s for s in found if not (elsewhere(gives, s) or elsewhere(receives, s))]


def _count_pattern(lexicons, counters: str, optional: bool = False):
    return lexicons.compile(_count(lexicons, counters, optional))


def _divisions_after(lexicons):
    """A count of a place's divisions (8个县) or a word naming them (各县, 所辖) right after it."""
    return lexicons.compile(f"{_count(lexicons, 'division_counters')}|{alternation(lexicons['division_parts'])}")


def _chain_at(places: list[Mention], k: int, text: str) -> Mention:
    """The name a chain starting with places[k] stands for, its most specific (广东东莞市 -> 东莞市): a chain is
    three names at most (province, prefecture, county)."""
    return most_specific(places[k:k + 3], text)[0]


def _team_tail(lexicons):
    return lexicons.compile(f"(?P<word>{alternation(lexicons['relation_words'])})?(?:{alternation(lexicons['team_nouns'])})")


def _heading_helper(doc, divisions, k: int, regions: Regions, nearest: dict) -> Mention | None:
    """The giving-side place of the nearest heading at or above paragraph k, remembered per
    paragraph (a page of a thousand list lines does not walk back a thousand times)."""
    document, walked = doc.document, []
    while k >= 0 and k not in nearest:
        walked.append(k)
        p = document.paragraphs[k]
        named = [m for m in divisions(p.start, p.end) if regions.side(m.value) == "helper"] if p.heading else []
        if named:
            nearest[k] = most_specific(named, doc.text)[-1]
            break
        k -= 1
    found = nearest.get(k) if k >= 0 else None
    nearest.update(dict.fromkeys(walked, found))
    return found


def _named_span(statement: Statement) -> Mention | None:
    """The mention a row spans: a place named, not a report's 我县 (张家港市对口帮扶我县: 张家港市)."""
    for mention in (statement.span, statement.helper, statement.helped):
        if mention.rule != OWN_RULE:
            return mention
    return None


def _first_of_each(found: list[Statement], rule_id: str, named: tuple[str, ...], weak) -> list[Mention]:
    """One row per (helper, helped), at its first statement, spanning the helped
    place's name there (the helper's, when the statement names only the helper);
    its relation is the arrangement's name where any statement of the pair gives
    one (扶贫协作, 对口支援), else the first statement's word; a weak statement's (weak: a word that may name a
    building as well, 援建) only for a pair no other statement states."""
    first: dict[tuple[str, str], Statement] = {}
    relation: dict[tuple[str, str], str] = {}
    weakly: dict[tuple[str, str], str] = {}
    for statement in found:
        key = (statement.helper.value.name, statement.helped.value.name)
        first.setdefault(key, statement)
        if weak(statement):
            weakly.setdefault(key, statement.relation)
        elif key not in relation or (statement.relation in named and relation[key] not in named):
            relation[key] = statement.relation
    relation = weakly | relation
    out = [Mention("pairings", span.start, span.end, rule_id,
                   Pairing(f.helper.value.name, f.helper.value.code, f.helped.value.name, f.helped.value.code,
                           relation[key]))
           for key, f in first.items() if (span := _named_span(f)) is not None]
    return sorted(out, key=lambda m: m.start)
