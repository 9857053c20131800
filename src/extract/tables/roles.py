"""What pairings and facts share: which side of the aid a place is on, and the place a run of names means.

A place's side comes from its province (rules/pairings.yaml: the provinces
whose divisions give east-west and counterpart help, and those that receive
it); where the text says more (X对口支援Y), the text wins over the province.
A chain of names (云南曲靖罗平县) means its most specific place.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass
from operator import attrgetter
from typing import Callable, Iterator, NamedTuple

import regex

from ..doc import Mention
from ..document import CLAUSE_END, CLAUSE_STOPS, COLONS, LABEL_LINE
from ..numbers import CN_SCALE_CHARS, COUNT_CHARS, NumeralError, read_number
from ..registry import resource
from ..rules import alternation

LEXICONS = ("helper_provinces", "helped_provinces", "receiving_only_provinces", "institution_words", "institution_gap_stops", "firm_words",
            "firm_name_letters", "own_words", "own_long_kinds", "own_receiving_before", "own_giving_after",
            "own_helping_words", "list_joining_words", "joining_words", "own_organ_kinds", "issuer_leads", "relation_words", "former_divisions", "counted_place_kinds",
            "not_counted_place_after", "own_organ_levels", "place_organs", "organ_speakers")


@dataclass
class Regions:
    helper: frozenset[str]  # province code prefixes (31 for 上海市)
    helped: frozenset[str]
    receiving_only: frozenset[str]  # of the helped, those whose divisions help none (54 for 西藏自治区)
    province_code: dict[str, str]  # province name -> code
    institution: regex.Pattern  # matches right after a name that heads an institution's (拉萨市人民医院)
    institution_word: regex.Pattern  # only an institution word itself (no gap)
    institution_starts: frozenset[str]  # the characters institution words begin with: a quick test first
    institution_reach: int  # how far after a name its institution's word can end (the gap and the longest word)
    firm: regex.Pattern  # matches right after a name that heads a firm's or a chamber's (深圳市鹏程盛达实业集团有限公司)
    own_word: regex.Pattern  # what a report calls its own division by, then the division's kind: 我(县), 本(县), 我(地区)
    own_organ: regex.Pattern  # and a bare organ, its kind first: (区)财政, (县)总工会 (only where it opens its clause
    # or a speaker stands for it: 我代表区人民政府)
    organ_speakers: tuple[str, ...]
    holders: Callable[[str], list]  # the divisions holding a division, by its code, nearest first
    own_receiving_before: tuple[str, ...]  # right before a 我X, what makes it the receiving side (向我市)
    own_giving_after: tuple[str, ...]  # right after one, the giving side (我市重点帮扶)
    joining_words: tuple[str, ...]  # right after one, what joins it to the place it pairs with (我市与沿河县结对帮扶:
    # the pairings' lexicon)
    relation: re.Pattern  # a word of pairing (结对帮扶, 对口支援)
    helping: re.Pattern  # a word of help a few letters after a 我X, in its clause (我市把消费扶贫作为帮助广元…)
    run_joins: tuple[str, ...]  # what joins the places a 我X faces after such a word (list_joining_words: 安顺市、陇南市;
    # not a comma, which ends the object: 我市积极开展对口帮扶，宁波市企业…)
    own_organs: frozenset[str]  # what a report calls its own organ by, after 我 or 本: 院 (我院), 局, 校, 会
    issuer_leads: tuple[str, ...]  # what may stand before an organ's place on its line (中共东乡族自治县委党校)
    former: dict[str, str]  # a division merged away (no code) -> its province's code prefix: 下城区 -> 33

    def side(self, place) -> str | None:
        """'helper', 'helped' or None (unknown: a name the gazetteer lacks, a province in neither list)."""
        prefix = self.province_prefix(place)
        if prefix in self.helper:
            return "helper"
        if prefix in self.helped:
            return "helped"
        return None

    def gives_to(self, giver, taker) -> bool:
        """Whether a division paired with another gives to it: a giving-side one to any other, or a receiving-side
        one to a division of a province that only receives (湖南省与山南市建立对口支援关系: Tibet receives)."""
        side = self.side(giver)
        return (side == "helper" and self.side(taker) != "helper"
                or side == "helped" and self.only_receives(taker) and not self.only_receives(giver))

    def only_receives(self, place) -> bool:
        """Whether a division is of a province whose divisions help none (西藏, 新疆, 青海)."""
        return self.province_prefix(place) in self.receiving_only

    def province_prefix(self, place) -> str:
        """The code prefix of a division's province: its code's, or a merged-away district's province's (下城区: 33)."""
        return place.code[:2] or self.former.get(place.name, "")

    def names_institution(self, place: Mention, text: str, gap: bool = True) -> bool:
        """Whether a name heads a school's, hospital's or paper's name: 拉萨市人民医院, 陕西师范大学
        (or, without the gap, only where the institution word follows it at once)."""
        if not gap:
            return self.institution_word.match(text, place.end) is not None
        # most names head nothing: a search for any institution word within reach rules them out first
        return ((self.near_institution(place, text) and self.institution.match(text, place.end) is not None)
                or self.firm.match(text, place.end) is not None)

    def title_places(self, doc, own: bool = False, wider: bool = False) -> list:
        """The divisions a document's title names, not as an institution's (武昌医院) (a title naming none: its
        subtitle's, ——沿河土家族自治县2019年…工作总结, else its byline's, 黔西南州人力资源和社会保障局, else the header
        lines', 来源：纳雍县融媒体中心, a county's paper telling its own story). own: those a report may call its own,
        not one of a kind a line calls 我市 (——广州市对口帮扶我市工作综述 names the other city: 毕节's report); wider:
        a division holding another it names too, not the innermost only, for a 我X (江苏省人民政府办公厅关于…苏州市与铜仁市…:
        我省 is 江苏省; not a bare organ, 市委 in 上海市长宁区's report)."""
        info, text = doc.mentions["documents"][0].value, doc.text
        header = (0, info.body_at)  # (where a paper named for its place says whose text it is: 来源：重庆日报)
        for start, end in (info.title_at, info.subtitle_at, info.byline_at, header):
            others = tuple(m.group(1) for m in self.own_word.finditer(text, start, end)) if own else ()
            named = [p for p in doc.mentions["places"] if start <= p.start and p.end <= end
                     and (end == info.body_at or not self.names_institution(p, text, gap=False))
                     and not (others and p.value.name.endswith(others))]
            named = named if wider else innermost(named)
            if named:
                return [p.value for p in named]
        return []

    def own_places(self, doc) -> list[Mention]:
        """我县, 本县 (我州, 我市, 我区, 我省… by the division's kind) outside quotes, in the own report of the one
        division of that kind its title names (else of the one its header lines name, else of the one its text
        names: 朝阳区帮扶资金…我县四大农业项目 over a text naming 康保县 alone): that division's mentions, no table's
        rows (沿河土家族自治县2019年东西部扶贫协作工作总结: 我县累计减少贫困人口12.2万人 is 沿河's; 黔西南州2019年度…报告:
        宁波市投入我州; 浦东新区…总结: 我区投入; 张家港帮扶沿河这一年: 我县 is 沿河, the one county, not the city 张家港);
        and a level's bare organ opening its clause or paragraph (区财政安排…), by the title, its subtitle and byline,
        and the header lines only (_own_places). Read once per document (Doc.memo): pairings and facts both ask."""
        return doc.memo((id(self), "own_places"), lambda: self._own_places(doc))

    def _own_places(self, doc) -> list[Mention]:
        """(own_places, on the document's first ask.) A bare organ (区财政) only in a text of pairing help (a word of
        pairing in it: a county's news page on its own year is no report of its help), for the division the title, its
        subtitle and byline, or the header lines name, not one a 我X faces (县妇联 under 暖榕江 / 来源：桐庐县妇联 / 我县对口帮扶…榕江县:
        桐庐县): the text's others may be anyone's."""
        words, organs = self._own_words(doc), self._own_organs(doc)
        if not words and not organs:
            return []
        places = self.own_divisions(doc, {m.group(1) for m in words}) if words else {}
        titled = self.own_divisions(doc, {m.group(1) for m in organs}, whole_text=False) if organs else {}
        return sorted([Mention("places", m.start(), m.end(), OWN_RULE, named[m.group(1)])
                       for found, named in ((words, places), (organs, titled)) for m in found if m.group(1) in named],
                      key=attrgetter("start"))

    def _own_organs(self, doc) -> list:
        """The text's bare organs opening a clause or a paragraph (区财政安排…) or spoken for (我代表区人民政府), in a
        text naming a word of pairing."""
        if not self.relation.search(doc.text):
            return []
        document = doc.document
        return [m for m in self.own_organ.finditer(doc.text) if opens_clause(doc.text, m.start())
                or document.paragraph_at(m.start()).start == m.start() or doc.text.endswith(self.organ_speakers, 0, m.start())]

    def _own_words(self, doc) -> list:
        """The text's 我X (我县, 本市) outside quotes, found once per document: a quoted speaker's 我县 is theirs."""
        def found():
            words = list(self.own_word.finditer(doc.text))
            quoted = Quotes(doc.text) if words else None
            return [m for m in words if not quoted.inside(m.start())]
        return doc.memo((id(self), "own_words"), found)

    def faced(self, doc) -> set[str]:
        """The divisions the text's 我X face (_facing), which are not its own, read once per document."""
        return doc.memo((id(self), "faced"), lambda: self._facing(doc))

    def _facing(self, doc) -> set[str]:
        """The divisions of a 我X's kind named right before it in its clause, which it faces, so is not (北京市累计向我市
        投入: 我市 is not 北京市), or right after an arrangement word right after it, which it pairs with (我县对口帮扶贵州省
        黔东南州榕江县: 我县 is not 榕江县, whatever the title names), or after a word of help a few letters on, which it
        helps (我市把消费扶贫作为帮助广元贫困群众增收: 我市 is not 广元市)."""
        places, text, document = sorted(doc.mentions["places"], key=lambda p: p.end), doc.text, doc.document
        ends, facing, at = [p.end for p in places], set(), {p.start: p for p in places}
        title, title_end = doc.mentions["documents"][0].value.title_at
        for word in self._own_words(doc):  # (one bisection per word: a long page names hundreds of places)
            paired = self.relation.match(text, word.end()) or self.helping.match(text, word.end())
            if paired and bisect_left(ends, word.end() + 1) < bisect_left(ends, paired.end()):
                paired = None  # (我市紧紧抓住广州市对口帮扶毕节市的…契机: 广州市 helps, not 我市)
            # (in the 我X's paragraph, both ways, the clean text keeping no break between: …我州东西部扶贫协作工作综述 /
            # 阿坝发布, a title's 我州 pairs with no 阿坝; 来源：海沧区合作交流办 / 我区扎实推进…, 我区 faces no 海沧区); and
            # in the title or out of it, where a title runs on into what is under it as one paragraph (关于我区对口帮扶
            # 剑川县、鹤庆县…的调研报告 / 上海市杨浦区政协调研组: the byline names 我区, it does not face it; 关于广州市对口帮扶
            # 毕节市、黔南州的报告 / 我州今年…: the 我州 under the title faces no 黔南州 of it)
            low, high = document.paragraph_at(word.start())[:2]
            if title <= word.start() < title_end:
                low, high = max(low, title), min(high, title_end)
            elif word.start() >= title_end:
                low = max(low, title_end)
            # (no clause mark between: another clause or item, 宁波市、我市)
            near = bisect_left(ends, max(word.start() - FACING_REACH, low + 1))
            before = places[near:bisect_left(ends, word.start() + 1)]
            faced = [p for p in before if not CLAUSE_END.search(text, p.end, word.start())]
            faced += _paired_run(text, paired.end(), high, at, self.run_joins) if paired else []
            facing.update(p.value.name for p in faced if p.value.name.endswith(word.group(1)))
        return facing

    def own_divisions(self, doc, kinds: set[str], whole_text: bool = True) -> dict:
        """The division of each kind (the name's last letter: 县, 市) whose own report the document is: the one of
        that kind its title names, else its header lines (信息来源：青岛市总工会 under a title naming 安顺 and 陇南),
        else the one holding a division they name (我省 in 台江县's report: 贵州省), else its text; none where two are
        named. (海淀区对口支援西藏拉萨市堆龙德庆区工作情况报告, a title naming two of the kind: the one its header lines
        name, 来源：海淀区对口支援与合作交流办公室; each source read only for the kinds the ones before left unnamed.)
        Never one the text's 我X faces (faced: 深圳市…投入我市 over 深圳倾情帮扶 百色携手奔小康), whoever asks.
        whole_text=False: by the title (its subtitle and byline too) and the header lines only, and of the title's
        divisions the innermost only (title_places' wider, for a 我X alone)."""
        info, faced = doc.mentions["documents"][0].value, self.faced(doc)
        (title, title_end), (byline, byline_end), places = info.title_at, info.byline_at, doc.mentions["places"]
        found: dict = self._issuers(doc, kinds & self.own_organs) if kinds & self.own_organs else {}
        sources = (lambda: self.title_places(doc, own=True, wider=whole_text),
                   # (a title naming both cities of a pair, 苏州对口帮扶铜仁…, over its byline, 苏州市人民政府合作交流办公室)
                   lambda: [p.value for p in places if byline <= p.start and p.end <= byline_end],
                   lambda: [p.value for p in places if p.end <= info.body_at and not title <= p.start < title_end],
                   # (before the text: 台江县…报告 says 我省 is 贵州省, though the text names only 广东省)
                   lambda: {h for d in found.values() for h in self.holders(d.code)},
                   # (nor one a name it faces holds: 苏州市…投入我市, 苏州市10个县级市（区）与我市…: 张家港市 is none)
                   lambda: [p.value for p in places
                            if not (faced and any(h.name in faced for h in self.holders(p.value.code)))])
        for named in sources[:None if whole_text else 3]:
            unnamed = kinds - found.keys()
            if not unnamed:
                break
            # (none the text's 我X faces, whichever source names it: a title naming two of a kind, 深圳倾情帮扶
            # 百色携手奔小康 over 深圳市…投入我市; a byline, 天津市对口帮扶我市工作成效显著)
            found.update(_one_of_each_kind([d for d in named() if d.name not in faced], unnamed))
        if whole_text and self._own_side(doc):
            # (where some 我X takes a side, each kind on the side its own words take, any side where they take none: a
            # press conference's 帮助我省 is 云南省's side, its district speaker's 我区动员… takes none, so is the 区
            # named most, 宝山区, not the 新疆维吾尔自治区 it names as helped)
            for kind in kinds - found.keys():
                found.update(self._most_named_of_kind(places, {kind}, faced, self._own_side(doc, kind)))
        return found

    def _issuers(self, doc, organs: set[str]) -> dict:
        """For each organ's letter (院, 局), the division heading the organ whose name opens a line of the title, the
        byline or the header lines (after a field's label, 来源：, and one of issuer_leads at most): the first of the
        letters the text calls an organ by (organs: 我局's 局, not the 会 of 人力资源和社会保障局) within ORGAN_REACH of
        the division's name (沿河土家族自治县人民医院 over 关于…医疗帮扶工作情况的总结:
        我院 is 沿河's; 宁波市教育局关于援黔学校…的报告: 我局 is 宁波市's, not 我校; not 关于2020年张家港市第一人民医院…, what
        the report is about)."""
        info, text, document, found = doc.mentions["documents"][0].value, doc.text, doc.document, {}
        for start, end in (info.title_at, info.byline_at, (0, info.body_at)):
            named = sorted((p for p in doc.mentions["places"] if start <= p.start and p.end <= end), key=lambda p: p.start)
            chained = chains(named)
            for k, place in enumerate(named):
                opening = chain_start(place.start, chained)  # (a chain opens where its first name does)
                line = document.paragraph_at(opening).start
                label = LABEL_LINE.match(text, line, opening)
                if text[label.end() if label else line:opening] not in ("", *self.issuer_leads):
                    continue
                stop = named[k + 1].start if k + 1 < len(named) else end
                organ = ORGAN_NAME.match(text, place.end, min(stop, place.end + ORGAN_REACH))
                letter = next((c for c in organ.group() if c in organs), None) if organ else None
                if letter is not None and letter not in found:
                    found[letter] = place.value
        return found

    def _own_side(self, doc, kind: str = "") -> str | None:
        """The side the text's 我X stand on where one of them says so: 'helped' where help is received (三省对口支援
        我市, 向我市投入), else 'helper' where it is given (我市重点帮扶镇雄…), else the side facing the place a 我X
        pairs with (我市与沿河县结对帮扶: the giving side); None where none says. Each word is read in its own
        paragraph: the clean text joins paragraphs with nothing between (a heading's last word, 三、人才支援和社会帮扶 /
        本区现有…, is no help received). kind: of the 我X of that kind only (我区's 区)."""
        words = [m for m in self._own_words(doc) if not kind or m.group(1) == kind]
        text, document = doc.text, doc.document
        paragraphs = [document.paragraph_at(m.start()) for m in words]
        if any(text.endswith(self.own_receiving_before, p.start, m.start()) for m, p in zip(words, paragraphs)):
            return "helped"
        if any(text.startswith(self.own_giving_after, m.end(), p.end) for m, p in zip(words, paragraphs)):
            return "helper"
        at = {p.start: p for p in doc.mentions["places"]}
        return next(filter(None, (self._paired_side(doc, m.end(), p.end, at) for m, p in zip(words, paragraphs))), None)

    def _paired_side(self, doc, end: int, paragraph_end: int, at: dict[int, Mention]) -> str | None:
        """The side facing the place a 我X ending at `end` is joined to by a word of pairing in its clause (我县与宝山区
        结对帮扶以来: 'helped'), None where it is joined to none or to a place of neither side; at: the places by start."""
        join = next((j for j in self.joining_words if doc.text.startswith(j, end)), None)
        place = join and at.get(end + len(join))
        stop = place and CLAUSE_END.search(doc.text, place.end, paragraph_end)
        if place is None or not self.relation.search(doc.text, place.end, stop.start() if stop else paragraph_end):
            return None
        side = self.side(place.value)
        return side and ("helped" if side == "helper" else "helper")

    def _most_named_of_kind(self, places: list[Mention], kinds: set[str], others: set[str], side: str | None) -> dict:
        """For each kind, the division of it on a side (any, for None) that the text names, itself or by a
        division inside it, at least MOST_NAMED_MARGIN times as often as any other, and at least MOST_NAMED_LEAST times
        (本报讯 under a title naming none: 向我市投入 of a text naming 西吉县, 原州区, 隆德县… of 固原市 and once 中卫市海原县
        is 固原市; not 我市 of a speech naming 铜仁市 and 张家港市 alike). Not one the text's 我X faces (others), nor one
        it never names."""
        longest_first = sorted(kinds, key=len, reverse=True)
        counts: dict[str, Counter] = {kind: Counter() for kind in kinds}
        by_name: dict = {}
        for p in places:
            for d in (p.value, *(self.holders(p.value.code) if p.value.code else ())):
                kind = _kind_of(d.name, longest_first)
                if kind and d.name not in others and (side is None or (self.side(d) == "helper") == (side == "helper")):
                    counts[kind][d.name] += 1
                    by_name[d.name] = d
        # (a division the text never names is none of its places, nor a rival of one: 我州 stays; 张家港市 named thrice
        # is 我市, not 苏州市 holding it, named never)
        named = {p.value.name for p in places}
        found = {}
        for kind, counted in counts.items():
            (name, times), *rest = [c for c in counted.most_common() if c[0] in named][:2] or [("", 0)]
            if (times >= MOST_NAMED_LEAST
                    and (not rest or times >= MOST_NAMED_MARGIN * rest[0][1])):
                found[kind] = by_name[name]
        return found

    def near_institution(self, place: Mention, text: str) -> bool:
        """Whether an institution's word stands within reach after a name, whatever stands between
        (北京协和医院, where 和 keeps names_institution from reading one name)."""
        return self.institution_word.search(text, place.end, place.end + self.institution_reach) is not None


ORGAN_REACH = 12  # the longest organ's name after its place (人力资源和社会保障局)
ORGAN_NAME = regex.compile(r"\p{Han}+")
MOST_NAMED_LEAST, MOST_NAMED_MARGIN = 2, 2  # how often a text names the division its 我X is, when nothing else says
FACING_REACH = 6  # the most letters between a division and a 我X it faces (北京市累计向我市)
HELPING_GAP = 10  # the most letters between a 我X and a word of help it faces a place by (我市把消费扶贫作为帮助广元)
GAP = 4  # characters of an institution's own name between a place and its institution word (陕西【师范】大学)
FIRM_GAP = 10  # and of a firm's or a chamber's (深圳市【鹏程盛达实业】集团有限公司, 深圳市【女企业家】协会)


@resource("regions", lexicons=LEXICONS, resources=("gazetteer",), files=())
def build_regions(directory, res) -> Regions:
    gaz = res.resources["gazetteer"]
    codes = {row["name"]: row["code"] for row in gaz.rows if row["level"] == "province"}
    by_code = {place.code: place for place in gaz.places}
    prefixes = {name: frozenset(codes[p][:2] for p in res.lexicons[name] if p in codes)
                for name in ("helper_provinces", "helped_provinces", "receiving_only_provinces")}
    words = res.lexicons["institution_words"]
    # between a name and the institution it heads, a few characters of the institution's own name
    # (陕西【师范】大学), none of the stop words (上海市和云南省人民医院, 宝山区援建学校), nor a count of places (江孜、
    # 亚东…拉孜五县人民医院: the list's hospitals)
    def gap(width: int, allowed=()) -> str:
        stops = [w for w in res.lexicons["institution_gap_stops"] if w not in allowed]
        return f"(?:(?!{alternation(stops)}|{place_count(res.lexicons)})\\p{{Han}}){{0,{width}}}?"
    # (a firm's own name runs longer: 深圳市【鹏程盛达实业】集团有限公司, with the same stops but the letters a firm's name
    # may hold: 佛山【建工】集团)
    return Regions(prefixes["helper_provinces"], prefixes["helped_provinces"], prefixes["receiving_only_provinces"], codes,
                   res.lexicons.compile(f"{gap(GAP)}(?:{alternation(words)})"), res.lexicons.compile(alternation(words)),
                   frozenset(w[0] for w in words), GAP + max(map(len, words), default=0),
                   res.lexicons.compile(f"{gap(FIRM_GAP, res.lexicons['firm_name_letters'])}"
                                        f"(?:{alternation(res.lexicons['firm_words'])})"),
                   res.lexicons.compile(f"(?:{alternation(res.lexicons['own_words'])})"
                                        f"({alternation(res.lexicons['own_long_kinds'])}|\\p{{Han}})"),
                   res.lexicons.compile(level_organ(res.lexicons, "own_organ_levels")), res.lexicons["organ_speakers"],
                   lambda code: [by_code[c] for c in gaz.ancestors(code) if c in by_code],
                   res.lexicons["own_receiving_before"], res.lexicons["own_giving_after"], res.lexicons["joining_words"],
                   res.lexicons.words("relation_words"),
                   res.lexicons.compile(f"\\p{{Han}}{{0,{HELPING_GAP}}}?"
                                        f"(?:{alternation(res.lexicons['own_helping_words'])})"),
                   tuple(res.lexicons["list_joining_words"]),
                   frozenset(res.lexicons["own_organ_kinds"]), res.lexicons["issuer_leads"],
                   {name: codes[province][:2] for name, province in res.lexicons["former_divisions"].items()
                    if province in codes})


def _paired_run(text: str, start: int, stop: int, at: dict[int, Mention], joins: tuple[str, ...]) -> list[Mention]:
    """The places named one after another from a position (after a word of pairing or help), a 的 before them, one of
    joins between (对口帮扶的贵州省安顺市、甘肃省陇南市; not 湖州 of 我市结对帮扶的广安市广安区、凉山州木里县的农特产品也…进入湖州市场)."""
    run, pos = [], start + text.startswith("的", start)
    while pos < stop:
        join = next((j for j in joins if text.startswith(j, pos)), "") if run else ""
        if (place := at.get(pos + len(join))) is None:
            break
        run.append(place)
        pos = place.end
    return run


FORMER_RULE = "place.former"  # a district merged away (下城区): a places row with no code
OWN_RULE = "place.own_word"  # 我县 standing for the division whose own report it is (no table's row)


OPENING_QUOTE, CLOSING_QUOTE = regex.compile("“"), regex.compile("”")  # (found by the regex engine, not a loop)


class Quotes:
    """Where a text's quotes (“…”) open and close, found once: whether a position is inside one is a bisection, not
    a count from the text's start."""

    def __init__(self, text: str):
        self.opens = [m.start() for m in OPENING_QUOTE.finditer(text)]
        self.closes = [m.start() for m in CLOSING_QUOTE.finditer(text)]

    def inside(self, pos: int) -> bool:
        return bisect_left(self.opens, pos) > bisect_left(self.closes, pos)


# the code digits a division shares with every division inside it (310000 上海市 holds 31xxxx)
HOLDER_WIDTH = {"province": 2, "prefecture": 4}
# what a word opening its clause stands right after: a clause's end or a colon; not 、 (the next item of a list: 29个省、
# 自治区、直辖市). The clean text keeps no line break nor indent: a paragraph's start opens a clause only where a caller
# asks (Regions._own_organs; the sentence's start, pairings' _subject_before)
CLAUSE_OPENERS = frozenset(CLAUSE_STOPS + "".join(COLONS))
# a quote or bracket opens a clause only for a word standing for a place (“区里派来96名干部): a name after one
# names something (“黄埔欢迎您回家”, 泰康同济（武汉）医院)
QUOTE_OPENERS = frozenset("“（(\"")


def opens_clause(text: str, pos: int, quoted: bool = False) -> bool:
    """Whether a word at pos opens its clause (杨浦区在普洱市实施…): the text's start or an opener before it,
    a quote or bracket too when quoted."""
    return pos == 0 or text[pos - 1] in CLAUSE_OPENERS or quoted and text[pos - 1] in QUOTE_OPENERS


def agent_opening(lexicons) -> str:
    """A pattern of an agent marker opening a clause, one of agent_adverbs before it at most (由, 均由, 则由): who does
    what the clause before names or counts (facts' sent figures, pairings' passive objects)."""
    return f"(?:{alternation(lexicons['agent_adverbs'])})?(?:{alternation(lexicons['agent_markers'])})"


def level_organ(lexicons, levels: str) -> str:
    """A pattern of a level's letter of the lexicon `levels` (group 1) with one of its organs after it, looked at only
    (县财政, 区总工会: place_organs): standing bare, it stands for a division of that level (Regions.own_places; the
    facts' whole-place words)."""
    return f"({alternation(lexicons[levels])})(?={alternation(lexicons['place_organs'])})"


def left_out(text: str, start: int, lexicons) -> bool:
    """Whether a place starting here is one a word right before it leaves out (除武汉市外, 不含深圳), not where the
    word's first letter ends a verb (消除, and 消除了, whose 除了 leaves nothing out)."""
    word = next((w for w in lexicons["excluding_words"] if text.endswith(w, 0, start)), None)
    return word is not None and not text.endswith(lexicons["not_excluding_words"], 0, start - len(word) + 1)


def left_out_starts(text: str, places: list[Mention], lexicons, joins: tuple[str, ...]) -> set[int]:
    """Where the places left out start (left_out), and those a word of joins lists right after one (广东省（不含深圳、
    珠海）, 除怒江、昭通以外): one pass over places in order, for the facts and the pairings alike."""
    return {p.start for run in place_lists(text, places, lambda p: left_out(text, p.start, lexicons), joins) for p in run}


def place_lists(text: str, places: list[Mention], opens: Callable[[Mention], bool],
                joins: tuple[str, ...]) -> list[list[Mention]]:
    """The lists of places, in one pass over them in order: each opened by a place `opens` says opens one (one a word
    right before leaves out, one people go to; any, for every run of listed names), and going on with those a word of
    joins lists right after its last (除怒江、昭通以外; 到广东、浙江等省外就业). Any mentions list so: a 分别's figures too
    (分别由2020年的10860元、10215元、11430元提高到…)."""
    lists: list[list[Mention]] = []
    previous = None
    for p in places:
        if lists and lists[-1][-1] is previous and text[previous.end:p.start] in joins:
            lists[-1].append(p)
        elif opens(p):
            lists.append([p])
        previous = p
    return lists


def chains(places: list[Mention]) -> dict[int, int]:
    """Where each name ends, and where it starts: a chain's names touch (固原市|西吉县)."""
    return {p.end: p.start for p in places}


def chain_links(start: int, chained: dict[int, int]) -> Iterator[int]:
    """Where each name of the chain ending at a name's start starts, the nearest first (西藏那曲市色尼区 from 色尼区's
    start: 那曲市's, then 西藏's)."""
    while start in chained:
        start = chained[start]
        yield start


def chain_start(start: int, chained: dict[int, int]) -> int:
    """Where the chain of names ending at a name's start begins (固原市西吉县 from 西吉县's start)."""
    for start in chain_links(start, chained):
        pass
    return start


def open_bracket(text: str, since: int, at: int, lexicons) -> int:
    """Where the bracket still open at a position opened, looking back to since, else -1."""
    opened = max(text.rfind(mark, since, at) for mark in lexicons["bracket_opens"])
    return opened if opened > max(text.rfind(mark, since, at) for mark in lexicons["bracket_closes"]) else -1


def bracket_end(text: str, start: int, stop: int, lexicons) -> int:
    """Where the first closing bracket mark stands from start on, before stop, else -1."""
    return min((i for mark in lexicons["bracket_closes"] if (i := text.find(mark, start, stop)) >= 0), default=-1)


def most_specific(places: list[Mention], text: str) -> list[Mention]:
    """Each run of chained names by its last (云南曲靖罗平县 -> 罗平县); separate names stay separate.

    Names chain when they touch (nothing between them) and the later lies
    within the earlier (its parent or the parent's parent), or is a district merged away, with no code to say
    where it lies, after a name written out (杭州市下城区; not 我市…)."""
    out: list[Mention] = []
    for m in places:
        if out and out[-1].end == m.start and (inside(m.value, out[-1].value)
                                               or m.rule == FORMER_RULE and out[-1].rule != OWN_RULE):
            out[-1] = m
        else:
            out.append(m)
    return out


def innermost(places: list[Mention]) -> list[Mention]:
    """Leave out a place another of the list lies within: 上海…宝山区 gives 宝山区.

    By code prefixes, as `inside` reads them, in one pass: a province holds another
    place when another code starts with its two digits, a prefecture with its four
    (a sentence naming hundreds of counties is not compared pair by pair)."""
    codes = {p.value.code for p in places if p.value.code}
    if len(codes) < 2:
        return list(places)  # one division (or none) holds no other: most sentences name one
    shared = Counter(c[:width] for c in codes for width in HOLDER_WIDTH.values())

    def holds_another(place) -> bool:
        width = HOLDER_WIDTH.get(place.level)
        return bool(place.code) and width is not None and shared[place.code[:width]] > 1
    return [p for p in places if not holds_another(p.value)]


def holding(places: list[Mention], listed: bool = False) -> Mention | None:
    """The one place these name, the most specific of a chain, or the one that
    holds all the others (会泽县 and 宣威市 in a sentence about 曲靖市); else None.
    Places listed side by side are no chain: 支持湖北、武汉 is 湖北, which holds both."""
    distinct = list({p.value.name: p for p in places}.values())
    if len(distinct) <= (1 if listed else 3):  # a chain is at most province, prefecture, county
        inner = innermost(distinct)
        if len(inner) == 1:
            return inner[0]
    # the holder of all the others shares its code prefix with every one of them (by `inside`'s
    # reading), in one pass rather than pair by pair: a passage may name a hundred places
    codes = [p.value.code for p in distinct]
    if not all(codes):
        return None  # a name the gazetteer lacks lies inside nothing
    shared = {width for width in HOLDER_WIDTH.values() if len({c[:width] for c in codes}) == 1}
    return next((p for p in distinct if HOLDER_WIDTH.get(p.value.level) in shared and codes.count(p.value.code) == 1), None)


def starting_in(mentions: list[Mention], starts: list[int], start: int, end: int) -> list[Mention]:
    """The mentions (sorted by start, their starts given) that start in [start, end): one bisection each way."""
    return mentions[bisect_left(starts, start):bisect_left(starts, end)]


def _one_of_each_kind(places, kinds: set[str]) -> dict:
    """The divisions by kind, how their names end (县, 市, 区, 州; 地区), for the kinds asked that only one division
    is of (the longest kind a name ends with: 塔城地区 is of 地区, not of 区 where both are asked)."""
    by_kind: dict[str, dict] = {}
    longest_first = sorted(kinds, key=len, reverse=True)
    for place in places:
        if kind := _kind_of(place.name, longest_first):
            by_kind.setdefault(kind, {})[place.name] = place
    return {kind: next(iter(named.values())) for kind, named in by_kind.items() if len(named) == 1}


def _kind_of(name: str, longest_first: list[str]) -> str | None:
    """The longest of the kinds asked that a name ends with (塔城地区 is of 地区, not of 区 where both are asked)."""
    return next((k for k in longest_first if name.endswith(k)), None)


def inside(inner, outer) -> bool:
    """Whether a division lies inside another (莎车县 in 喀什地区, 宝山区 in 上海市), by their codes."""
    width = HOLDER_WIDTH.get(outer.level)
    if width is None or not inner.code or not outer.code or inner.code == outer.code:
        return False
    return inner.code[:width] == outer.code[:width]


def at_or_inside(inner, outer) -> bool:
    """Whether a division is another or lies inside it (沿河土家族自治县 of 铜仁市's pairs)."""
    return inner.name == outer.name or inside(inner, outer)


def nested(one, other) -> bool:
    """Whether a division is another, lies inside it or holds it (海原县 and 宁夏回族自治区, either way)."""
    return at_or_inside(one, other) or inside(other, one)


class Gathered:
    """Places gathered as a document is read in order, with the code prefixes they share: the
    one place they are about (holding) is found without rereading them when they cannot have
    one (places of several provinces, or one the gazetteer lacks: a long scraped page)."""

    def __init__(self):
        self.names: dict[str, Mention] = {}  # by name, each name's last mention
        self.times: Counter[str] = Counter()  # how often each name is named
        self.prefixes: dict[int, set[str]] = {width: set() for width in HOLDER_WIDTH.values()}
        self.unlisted = False

    def add(self, places) -> None:
        for p in places:
            self.names[p.value.name] = p
            self.times[p.value.name] += 1
            self.unlisted = self.unlisted or not p.value.code
            for width, seen in self.prefixes.items():
                seen.add(p.value.code[:width])

    def holding(self) -> str:
        """The name of the one place these are about (holding), '' for none."""
        if len(self.names) > 3 and (self.unlisted or all(len(seen) > 1 for seen in self.prefixes.values())):
            return ""  # what holding() would find: no place holds all the others
        held = holding(list(self.names.values()))
        return held.value.name if held else ""

    def most_named(self) -> str:
        """The county named at least three times, and at least twice as often as any other place: what
        a story naming other places in passing is about (正安县 four times, 四川省 twice); '' for none."""
        (name, times), *rest = self.times.most_common(2) or [("", 0)]
        if times < 3 or (rest and times < 2 * rest[0][1]) or self.names[name].value.level != "county":
            return ""
        return name


class Gatherings:
    """Stretches of a document read as it is read in order (a paragraph up to a figure, a
    section's paragraphs above one): each key's places are gathered once, every later call
    reading only what came since; asked about an earlier point, it starts again."""

    def __init__(self):
        self._done: dict[tuple, tuple[int, Gathered]] = {}

    def until(self, key: tuple, origin: int, until: int, read) -> Gathered:
        """The places read(origin, until) gives, read(done, until) only for what is new."""
        done, places = self._done.get(key, (origin, None))
        if places is None or done > until:
            done, places = origin, Gathered()
        places.add(read(done, until))
        self._done[key] = (until, places)
        return places


LOCAL_RULE = "fact.local_place"  # the rule of a town or village standing for its division (no table row)
NAME_LETTERS = (2, 4)  # a town's or village's own name before its suffix: 大井(镇), 阿布洛哈(村)


@dataclass(frozen=True)
class Locality:
    """Towns and villages, which no gazetteer of divisions holds, placed in a division by the
    document itself: 云南会泽县大井镇箐口村 puts 大井镇 and 箐口村 in 会泽县, so a later 箐口村有2025户
    lands in 会泽县 (a village's figures land in its county, the readers of the audits decided)."""
    chain: regex.Pattern  # after a division: a town's name, then a village's (大井镇箐口村)
    stops: frozenset[str]  # what no such name begins with: 该县各乡镇, 全县所有村
    generic: regex.Pattern  # words that make a common noun of it, not a name: 贫困村, 示范村, 农村
    word_after: tuple[str, ...]  # words its suffix begins, which end no name: 不少村民, 推进村级, 首个乡村
    suffix_starts: frozenset[str]  # the letters a suffix begins with (镇, 乡, 街, 村): most places are followed by none

    @classmethod
    def of(cls, lexicons) -> Locality:
        """From the facts rule's lexicons: a town's name then a village's, each a few letters and its
        suffix (大井镇箐口村), both optional."""
        least, most = NAME_LETTERS
        town, village = (f"(?P<{kind}>\\p{{Han}}{{{least},{most}}}?(?:{alternation(lexicons[kind + '_words'])}))?"
                         for kind in ("town", "village"))
        suffixes = [*lexicons["town_words"], *lexicons["village_words"]]
        return cls(lexicons.compile(town + village), frozenset(lexicons["local_place_stops"]),
                   lexicons.words("not_local_place_words"),
                   lexicons["local_place_word_after"], frozenset(w[0] for w in suffixes))

    def mentions(self, text: str, places: list[Mention]) -> list[Mention]:
        """The places with every mention of the towns and villages the text names after one, standing
        for it, never inside a division's own name."""
        found = self._named(text, places)
        if not found:
            return places
        starts = [p.start for p in places]
        spots = [Mention("places", m.start(), m.end(), LOCAL_RULE, found[m.group()])
                 for m in regex.finditer(alternation(found), text)
                 if self._ends(text, m.end()) and not _overlaps(places, starts, m.start(), m.end())]
        return sorted([*places, *spots], key=lambda p: p.start)

    def _ends(self, text: str, end: int) -> bool:
        """Whether a name's suffix ends it, not begins the next word (不少村民: no village named 不少村)."""
        return not text.startswith(self.word_after, end - 1)

    def _named(self, text: str, places: list[Mention]) -> dict:
        """Town and village names by the division each follows (the last of a chain: 曲靖市会泽县大井镇)."""
        found = {}
        for place, after in zip(places, [*places[1:], None]):
            if (place.value.level == "province" or (after and after.start == place.end)
                    or self.suffix_starts.isdisjoint(text[place.end + NAME_LETTERS[0]:place.end + NAME_LETTERS[1] + 1])):
                continue
            m = self.chain.match(text, place.end)
            for group in ("town", "village"):
                name, end = m.group(group), m.end(group)
                if (name and self._ends(text, end) and name[0] not in self.stops and not self.generic.search(name)
                        and (after is None or after.start >= end)):
                    found.setdefault(name, place.value)
        return found


COUNTED_RULE = "fact.counted_places"  # 两旗, 四县: the helped places counted, standing for their holder (no table row)


def _place_kinds(lexicons) -> str:
    """A class of the letters a count of places ends with (县, 旗, 市…)."""
    return f"[{''.join(lexicons['counted_place_kinds'])}]"


def place_count(lexicons, kinds: str = "") -> str:
    """A pattern of a count of places, its numeral group 1: a numeral of its own (not part of a longer number or an
    ordinal, 十二县, 第三县), then the kinds (a pattern; by default one of counted_place_kinds), not going on into
    another word (两市场, 三县长)."""
    kinds = kinds or _place_kinds(lexicons)
    return (f"(?<![{COUNT_CHARS}{CN_SCALE_CHARS}第])([{COUNT_CHARS}]{{1,2}})个?{kinds}"
            f"(?!{alternation(lexicons['not_counted_place_after'])})")


class CountedPlaces(NamedTuple):
    """Counts of places of one kind or more (两旗, 四县, 3个县, 三县区, 三县（区）): each read by the number reader, for the facts
    to give the division the text names holding the helped places counted (顺义区向两旗拨付 in a text pairing 顺义区 with
    通辽市科尔沁左翼中旗 and 奈曼旗 lands in 通辽市; SPEC: several places, the one named holding them all)."""
    pattern: regex.Pattern
    any_kinds: tuple[str, ...]  # (三地: from three on)

    @classmethod
    def of(cls, lexicons) -> CountedPlaces:
        # (the kinds a bracket adds count too: 三县（区）, 5县（市、区）; and places of any kind, 三地, alone: not the
        # first letter of a kind's word, 四地州, 两个地区, 7个地（市）)
        kinds = _place_kinds(lexicons)
        opens, closes = (regex.escape("".join(lexicons[name])) for name in ("bracket_opens", "bracket_closes"))
        alone = f"(?:{alternation(lexicons['any_place_kinds'])})(?!{kinds}|[{opens}])"
        bracketed = f"({alone}|{kinds}{{1,2}})(?:[{opens}]({kinds}(?:、{kinds}){{0,2}})[{closes}])?"
        return cls(lexicons.compile(place_count(lexicons, bracketed)), tuple(lexicons["any_place_kinds"]))

    def counts(self, text: str):
        """(start, end, kind, count) of each count of places of two or more, of any kind three or more (两地 is both
        sides of a pair, 三地 the places helped)."""
        for m in self.pattern.finditer(text):
            try:
                count = read_number(m.group(1)).value
            except NumeralError:
                continue
            kind = m.group(2) + (m.group(3) or "").replace("、", "")
            if count >= (3 if kind in self.any_kinds else 2):
                yield m.start(), m.end(), kind, int(count)


VENUE_NAME = 8  # the most letters of a hall's name before its hall word: 在苏州【国际博览】中心举行


def venue(text: str, start: int, end: int, lexicons) -> bool:
    """Whether the place (or chain of places) from start to end is where a meeting is held (会议在玉树市召开, 联席会议在
    福州召开, 展销会在苏州国际博览中心举行, 在海南三亚召开): it neither gives nor takes, and no figure lands there."""
    return (text.endswith(lexicons["venue_before"], 0, start)
            and lexicons.derived(_venue_after).match(text, end) is not None)


def _venue_after(lexicons):
    """After a venue's place, a hall if any, then the meeting word: 召开, 国际博览中心举行 (not 建设产业园并举行, where
    the place is what is built in)."""
    hall = f"\\p{{Han}}{{0,{VENUE_NAME}}}?(?:{alternation(lexicons['venue_halls'])})"
    return lexicons.compile(f"(?:{hall})?(?:{alternation(lexicons['venue_words'])})")


def _overlaps(places: list[Mention], starts: list[int], start: int, end: int) -> bool:
    k = bisect_left(starts, end)
    return k > 0 and places[k - 1].end > start
