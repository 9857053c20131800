"""Facts: for every amount and headcount, what it is about (SPEC.md, "facts.csv").

Built from the mentions of the same document only: the year that dates a
figure is a years row, its actor and target are places rows, so a fact can
be traced to its words like any row. Each column is decided by the nearest
evidence, narrowest first: the figure's clause, its sentence, its paragraph,
its section (the heading above); where none says, the column stays empty
(a blank is better than a guess).
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections import deque
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import cached_property
from itertools import pairwise, takewhile
from operator import itemgetter
from typing import NamedTuple

from ..doc import Mention
from ..document import (CLAUSE_END, CLAUSE_MARKS, CLAUSE_STOP, CLAUSE_STOPS, COLONS, FULL_STOPS, ITEM_NUMBER, LABEL_LINE,
                        ORDINAL_CHARS, PART_MARK, PART_NUMBER, PART_OPENING, Stops, title_around)
from ..numbers import APPROX_MARKS, CN_DIGIT_CHARS, COUNT_CHARS, ROUGH_MARKS
from ..registry import Shape, Table, a_regex, finder, option_pattern, register_table
from ..rules import alternation
from .roles import (CLAUSE_OPENERS, COUNTED_RULE, HOLDER_WIDTH, LOCAL_RULE, OWN_RULE, QUOTE_OPENERS, CountedPlaces,
                    Gathered, Gatherings, Locality, Regions, agent_opening, at_or_inside, bracket_end, chain_links,
                    chain_start, chains, holding, inside, innermost, left_out_starts, level_organ, most_specific,
                    open_bracket, opens_clause, nested, place_lists, starting_in, venue)
from .years import DATES_A_VALUE


@dataclass(frozen=True, slots=True)
class Fact:
    table: str  # amounts or headcounts
    value: Decimal
    value_max: Decimal | None
    unit: str  # the currency of money, the classifier of a headcount
    year: int | None
    year_end: int | None
    year_kind: str
    year_start: int | None  # raw offset of the years row that dates the figure
    actor: str
    target: str
    measure: str
    cue: str  # the word of the text that decided the measure


FACTS = register_table(Table(
    "facts", Fact, keys=("year", "year_end", "year_kind", "actor", "target", "measure"), rules="facts.yaml",
    requires=("documents", "amounts", "headcounts", "years", "places", "pairings"), scoring="facts", overlap="keep_all"))
PRODUCER_REACH = 10  # 光伏扶贫项目已结算年度收益: how far before an income word its producer may stand
LEXICONS = ("relative_years", "report_title_ends", "respectively_words", "each_words", "status_measures",
            "money_cues", "people_cues", "noun_cues",
            "driver_words", "investment_words", "project_words", "part_words", "receiving_noun_ends",
            "describing_measures", "describing_cues", "acting_measures", "driven_measures", "self_acting_measures", "acted_measures",
            "whole_place_words", "whole_place_openers", "organ_levels", "place_organs", "organ_glue", "level_funds",
            "level_fund_openers", "level_givers", "level_marks", "counted_place_kinds", "any_place_kinds",
            "excluding_words", "not_excluding_words", "not_counted_place_ends",
            "not_counted_place_after", "purpose_markers", "where_markers", "helping_verbs", "venue_before", "venue_words",
            "venue_halls", "own_place_words", "helper_words", "not_helper_word_after", "list_joining_words",
            "target_markers", "receiving_words", "passing_bodies", "received_measures", "other_sources", "source_opening", "source_closing", "uncredited_drivers", "arrived_words", "giver_budget_measures",
            "list_intro_ends",
            "presenting_words", "funding_measures", "outcome_measures", "outcome_cues",
            "origin_words", "return_markers", "landing_measures", "at_home_measures", "year_base_before", "year_base_after", "year_base_nouns", "year_copulas",
            "mutual_words", "pair_dashes", "comparison_openers", "denying_words", "agent_markers", "agent_adverbs",
            "own_time_words", "back_year_words", "own_poverty_measures", "national_words", "cumulative_words", "given_fund_ends", "not_cues", "count_words",
            "now_words", "now_span_words", "town_words", "village_words", "local_place_stops", "not_local_place_words",
            "local_place_word_after", "outward_measures", "sent_back_measures", "worker_nouns", "act_words",
            "carrier_cues", "purpose_cues", "team_served_cues", "signing_cues", "trade_words", "counted_status_cues", "moved_measures",
            "plain_money_cues", "plain_investment_cues", "open_list_marks", "completion_words", "completed_measures",
            "taking_in_words", "coming_words", "not_coming_words", "foreign_markers", "sent_nouns",
            "reducing_words", "reducing_to", "converting_words",
            "acted_on_cues", "patient_nouns", "not_patient_measures", "job_story_cues", "job_words", "aid_words",
            "goods_units", "placing_cues", "placing_words", "revenue_cues", "producer_words", "per_person_words",
            "age_words", "age_years", "destination_markers", "not_destination_after", "both_sides_words", "acted_on_markers",
            "sent_groups", "sent_group_glue", "total_words", "work_place_markers", "work_words",
            "team_title_words", "local_people_words",
            "come_to_markers", "come_to_words", "abbreviated_destinations", "abbreviated_destination_words",
            "buying_measures", "caption_marks", "year_after_links", "event_year_marks", "addressee_words",
            "central_help_words", "placeless_givers", "fault_words", "unnamed_receivers", "zone_words", "seat_markers", "stationing_words", "station_words", "agent_frame_ends", "joint_words",
            "bracket_opens", "bracket_closes", "meeting_sites",
            "whole_of_parts", "edition_words", "issue_marks", "issue_words", "rate_signs", "rate_words", "shared_out_measures", "since_after",
            "own_long_kinds", "border_words", "border_area_ends")
SEARCHED = ("mutual_words", "other_sources", "part_words", "driver_words", "investment_words", "project_words", "own_time_words", "national_words",
            "cumulative_words", "own_place_words", "receiving_words", "passing_bodies", "count_words", "now_words", "act_words",
            "arrived_words", "foreign_markers", "reducing_words", "job_words", "aid_words", "placing_words",
            "producer_words", "unnamed_receivers", "fault_words",
            "both_sides_words", "relative_years", "respectively_words", "report_title_ends", "central_help_words",
            "station_words", "back_year_words", "trade_words", "list_joining_words", "since_after", "source_opening",
            "team_title_words", "border_words")
SENT_GROUP_REACH = 20  # letters before a headcount where a group sent may stand: 援助湖北武汉医疗小分队由24名
CAPTION_LENGTH = 30  # the longest line a figure may caption alone, marks and all: ■ 3200余万元
LABEL_REACH = 30  # the most letters of a line's label before its colon (龙岩市—红寺堡区：; 黔西南布依族苗族自治州兴义市：)
NOTE_REACH = 12  # the most letters between a bracket's opening and a place noted in it: （由宁波市【江北区】长期结对帮扶）
JOINT_ORGAN = 8  # the most letters of an organ's name after its place: 西吉县【人力资源社会保障局】联合
STATION_NAME = 8  # the most letters between a body's seat and the word for it: 驻广州市黄埔区【劳务协作】工作站
COUNT_GAP = 2  # the most letters between a division and a count of those it holds: 昭通市结对4县, 保山市4个县
DENIAL_REACH = 12  # the most letters from a denying word's start to a cue in its clause: 【不纳入沪滇】协作资金
PART_OPENING_REACH = 10  # how far into a paragraph a part word opens it (从县（区）分布看，…: 8 letters)
SHARED_REACH = 2  # the most paragraphs a sum saying nothing of its own lies below the sum it is a share of
RECENT_WHOLES = 8  # the most sums kept to read back for a share's whole (安排…10360万元。另…捐款1286万元。/ 东川区3520万元)
PARALLEL_REACH = 30  # the most letters between two items of a list parted by ；, figure to figure
RECORD_FIELD = 60  # the longest line of a record's fields (建设地点：昆明市东川区铜都街道); an answer runs longer
RECORD_LINES = 8  # the most fields of a record above a figure's (a table of thousands of 1月：… lines is no record)
FULL_STOP = re.compile(f"[{FULL_STOPS}]")
# a report's items a level apart: （一）黄浦区结对5县，… over 1.澜沧县到位11200万元
PARENT_ITEM = re.compile(PART_NUMBER)
PART_HEADING = re.compile(PART_MARK)
# a part whose heading runs into its text (一、加大财政帮扶投入。全年安排…): a heading all the same, a short phrase with
# no comma and no figure, ended by its 。
RUN_IN_PART = re.compile(rf"{PART_MARK}[^，、；,;。！？!?：:\d０-９]{{2,20}}。")
SUB_ITEM = re.compile(ITEM_NUMBER)
# 2. （三） 一、 opening a paragraph, or a yearbook's bracketed label (【概况】2019年，…)
ITEM_OPENING = re.compile(rf"[ \t\u3000]*(?:{PART_OPENING.pattern}|{ITEM_NUMBER}|【[^【】\n]{{1,10}}】)")
ITEMS_REACH = 40  # the most sub-items read back to the item they stand under
LIST_ITEM = 40  # the longest line of a list under its introduction (嘉定区—武定县—5860万元)
HEADING_LINES = 2  # a section's heading may run to two lines (a heading and a byline) above its lead
AGENT_FRAME_REACH = 8  # letters after a place its 在…下 frame may end within: 在龙岗区的大力支持下
SUBJECT_REACH = 12  # letters from a sentence's start its opening place may run to: 新疆维吾尔自治区
YEAR_LEAD = 2  # letters that may stand before a year opening its sentence: 在2019年, 截至2019年
WORK_GAP = 6  # the most letters between a place and a word of working there: 在杭州市萧山区【一家汽配企业】打工
RANGE_GAP = 8  # the most letters between a range's two years: 2009年4月至2010年, 2019年12月27日至2020年
# a month and a day after a year: the year of a date line (来源：天津日报 2020-06-09, 2020年6月9日), which
# tells when the page appeared, not what year the text below is about
TIME_LABEL = re.compile(rf"[0-9{ORDINAL_CHARS}]{{1,4}}(?:年|月|季度)(?:份)?[：:]")  # 2月：, 2019年：, 一季度：
DAY_AFTER = re.compile(r"[-./]?\d{1,2}[-./月]\d{1,2}")
ENTRY_DAY = re.compile(DAY_AFTER.pattern + "[日号]?")  # a date's month and day, 日 and all (8月28日)
CLAUSE = Stops("，,；;：:（）()", thousands=True)  # a figure's clause: 截至2019年，累计投入2.3亿元（其中…）


@dataclass
class Passage:
    """Where a figure stands: its sentence, clause, paragraph and section, in clean offsets."""
    sentence: tuple[int, int]
    clause: tuple[int, int]
    paragraph: int  # index into Document.paragraphs
    section: int  # index of the heading paragraph above, or -1
    # the whole country before the figure in its sentence (全国累计选派290多万名第一书记), or a country abroad
    # in its clause (缅甸有5万多名先心病儿童): the figure is about no place its passage names
    beyond: bool


@finder("facts", lexicons=LEXICONS, resources=("regions",),
        requires=("documents", "amounts", "headcounts", "years", "places", "pairings"),
        options={"dateline": a_regex(), "sentence_reach": Shape("a number of characters, a whole number from 20 to 100,000",
                                                                 lambda v: type(v) is int and 20 <= v <= 100_000)})
def find_facts(doc, rule):
    figures = sorted([*doc.mentions["amounts"], *doc.mentions["headcounts"]], key=lambda m: m.start)
    if not figures:
        return []
    reader = _Reader(doc, rule.lexicons, rule.resources["regions"], option_pattern(rule.options["dateline"]),
                     rule.options["sentence_reach"])
    facts, previous = [], None
    for figure in figures:
        fact = reader.fact(figure, previous)
        facts.append(fact)
        previous = (figure, fact)
    # (a sum its shares follow takes their givers', and a caption's figure the fact of the figure it repeats: read after)
    facts = [reader.shared_out(k, figures, facts) for k in range(len(figures))]
    return [Mention("facts", figure.start, figure.end, rule.id, reader.captioned(figure) or fact)
            for figure, fact in zip(figures, facts)]


class _Reader:
    """What one document's text says about its figures."""

    def __init__(self, doc, lexicons, regions: Regions, dateline, reach: int):
        self.doc, self.text, self.lex, self.regions, self.reach = doc, doc.text, lexicons, regions, reach
        self.target_markers = lexicons["target_markers"]
        # what lists places people go to (到广东、浙江等省外, 到青岛等山东省内): once, not per figure
        self.destination_joins = (*lexicons["list_joining_words"], *lexicons["open_list_marks"])
        # what makes a count of both sides what is acted on (帮助两地…) or whose people are taken in (接收两县…来常)
        self.not_both_acting = (*lexicons["acted_on_markers"], *lexicons["taking_in_words"], *lexicons["where_markers"])
        # where a dateline starts: one scan, not a match after every place
        self.datelines = {m.start() for m in dateline.finditer(doc.text, overlapped=True)}
        document = doc.document
        self.document = document
        # places that can give or receive: not a dateline's (新华社北京1月6日电) nor one naming an
        # institution (新疆生产建设兵团, 拉萨市人民医院); 徐汇云医院 acts for 徐汇 (SPEC.md), so only a
        # name the institution word follows at once is set aside, and not where a target marker stands
        # before it, or its chain: a team that goes to a county's hospital lands in the county (来到策勒县人民医院,
        # 在四川省凉山彝族自治州美姑县人民医院), so does the help a helper's hospital gives the one a dash pairs it with
        # (宁波市第一医院—兴仁市人民医院); nor one the text leaves out, wherever the figure (广东省（不含深圳、珠海）);
        # the institution's chain is its name too (上海市普陀区中心医院: 上海市 as well)
        chained = chains(doc.mentions["places"])
        aside = left_out_starts(self.text, doc.mentions["places"], lexicons, lexicons["list_joining_words"])
        for p in doc.mentions["places"]:
            if self._aside(p, chained):
                aside.update((p.start, *chain_links(p.start, chained)))
        self.places = [p for p in doc.mentions["places"] if p.start not in aside]
        self.place_starts = [p.start for p in self.places]
        self.years = doc.mentions["years"]
        # (each figure's start, with its end)
        self.figure_starts = {m.start: m.end for table in ("amounts", "headcounts") for m in doc.mentions[table]}
        self.figure_order = sorted(self.figure_starts)
        self.year_starts = [y.start for y in self.years]
        self.year_start_set = set(self.year_starts)
        self.table_starts = {t: [m.start for m in doc.mentions[t]] for t in ("amounts", "headcounts")}
        self.pairs = [m.value for m in doc.mentions["pairings"]]
        self.helpers = {p.helper for p in self.pairs}
        self.helped = {p.helped for p in self.pairs}
        # the paired places that hold others (a province, a prefecture), to place the divisions
        # inside them on their side
        named = {p.value.name: p.value for p in doc.mentions["places"] if p.value.level in HOLDER_WIDTH}
        self.paired = {side: [named[n] for n in names if n in named]
                       for side, names in (("helper", self.helpers), ("helped", self.helped))}
        self._sides: dict[tuple[str, str], str] = {}  # by (name, code)
        self._line_labels: dict[int, str | None] = {}  # by paragraph (_line_label)
        self._sections: dict[tuple[int, int, str], str] = {}
        self._openings: dict[int, list] = {}  # by section
        self._head_years: dict[int, list] = {}  # by section: its heading lines' years, (paragraph, year) in order
        self._openers: dict[int, dict[str, int]] = {}  # by paragraph: where each place first opens a clause
        self._job_stories: dict[int, bool] = {}  # by paragraph: whether it speaks of jobs (_in_job_story)
        self._passages: dict[tuple[int, str], str] = {}  # by (sentence start, side)
        self._dating: dict[int, tuple[int, Mention | None]] = {}  # paragraph -> (years read, the last dating one)
        self._gathered = Gatherings()  # by (paragraph or section, its index, side)
        self._last: dict[str, tuple[Mention, Fact]] = {}  # each table's last figure read, and its fact
        # the last sums read of a measure a list shares out, with their paragraphs, in order (a share of one is one
        # too: the next share below counts its reach from it); and the last money a giver put in, with its paragraph
        self._sums: deque[tuple[int, Fact]] = deque(maxlen=RECENT_WHOLES)
        self._funding: tuple[int, Fact] | None = None
        self._facts: dict[int, Fact] = {}  # the facts read so far, by where their figure starts
        self._leveled: set[int] = set()  # where the figures a bare level gives start (县级配套资金300万元: _level_giver)
        self.money_cue = lexicons.derived(_measure_cues, "money_cues")
        self.people_cue = lexicons.derived(_measure_cues, "people_cues")
        # the words holding a cue that are none, by pattern: a table's own cue is its cue (转移支付, a budget cue of
        # money, hides the 转移 of workers from a headcount); built once per process, not per document
        self._not_cues = {self.money_cue: lexicons.derived(_not_cues_but, "money_cues"),
                          self.people_cue: lexicons.derived(_not_cues_but, "people_cues")}
        self._words = {name: lexicons.words(name) for name in SEARCHED}
        self._whole_words = lexicons.derived(_WholePlaceWords.of)
        self.year_base_before = lexicons["year_base_before"]
        self.caption_marks = "".join(lexicons["caption_marks"])
        self._age = lexicons.derived(_age_pattern)
        self._sent_group = lexicons.derived(_sent_group_pattern, True)
        self._sent_subject = lexicons.derived(_sent_group_pattern, False)
        self._helper_word = lexicons.derived(_helper_word_pattern)
        self._station_name = lexicons.derived(_station_name_pattern)
        self._joint_glue, self._joint_word = lexicons.derived(_joint_patterns)
        self._ratio = lexicons.derived(_ratio_pattern)
        self._edition = lexicons.derived(_edition_pattern)
        self._denied = lexicons.derived(_denied_pattern)
        self._agent_opening = lexicons.derived(_agent_opening_pattern)
        self._level_fund = lexicons.derived(_level_fund_pattern)
        self._placeless_opening = lexicons.derived(_placeless_opening_pattern)
        self._central_share = lexicons.derived(_central_share_pattern)
        self._rate_after = lexicons.derived(_rate_pattern)
        self._work_after = lexicons.derived(_work_after_pattern)
        self._come_to_after = lexicons.derived(_come_to_after_pattern)
        self._abbreviated_to = lexicons.derived(_abbreviated_destination_pattern)
        info = doc.mentions["documents"][0].value
        self.title_at, self.subtitle_at, self.body_at = info.title_at, info.subtitle_at, info.body_at
        self.first_line_title = info.title_guessed  # no 标题： line: its first line after the header lines, a heading
        # the places with the towns and villages standing for theirs (箐口村 -> 会泽县), the division whose own
        # report it is standing for 我县, and a count of the helped places for their holder (两旗): where figures land
        counts = list(lexicons.derived(CountedPlaces.of).counts(doc.text))
        counted, self.one_side_at = self._counted_places(counts)
        self.spots = sorted(lexicons.derived(Locality.of).mentions(doc.text, self.places) + regions.own_places(doc)
                            + counted, key=lambda p: p.start)
        # (and those standing for places no named division holds: 湖北、湖南、安徽三省)
        counted_at = {p.start for p in counted}
        self.unheld_counts = sorted(start for start, *_ in counts if start not in counted_at)
        self.spot_starts = [p.start for p in self.spots]

    def _counted_places(self, counts: list[tuple[int, int, str, int]]) -> tuple[list[Mention], set[int]]:
        """Each count of places of a kind (两旗, 三区) standing for the division the text names holding them (_holder),
        as a place of its own: the helped places of that kind the pairs name, all of them, else those of that kind named
        since the sentence before, all on one side (河西区…，武清区…，津南区…。2020年，三区共向平凉市投入: 天津市), else the
        helpers of that kind the pairs name (东莞市、中山市对口帮扶昭通市 … 两市先后选派干部96名: 广东省); and
        where each count of one side's places stands, a division holding them or not: no pair's two sides (两区 for
        宝山区 and 嘉定区; 两县 for 云阳县 and 秭归县, in two provinces)."""
        helped = {d.name: d for p in self.pairs if (d := self._divisions.get(p.helped))}
        helpers = {d.name: d for p in self.pairs if (d := self._divisions.get(p.helper))}
        found, one_side, holders = [], set(), {p.end for p in self.places if p.value.level in HOLDER_WIDTH}
        for start, end, kind, count in counts if helped else ():
            if any(start - gap in holders for gap in range(COUNT_GAP + 1)):
                continue  # (a count of a place's own divisions, 向昭通市结对4县: that place stands for them)
            counted = [d for d in helped.values() if self._of_kind(d, kind)]
            if len(counted) != count:
                counted = self._named_before(start, kind)
            if len(counted) != count:  # (else the helpers the pairs name, of one level: 东莞市、中山市…帮扶昭通市 / 两市
                # 先后选派; not 福州市 and 福清市, where 两市 are 福州 and 定西)
                counted = [d for d in helpers.values() if self._of_kind(d, kind)]
                counted = counted if len({d.level for d in counted}) == 1 else []
            if len(counted) == count:
                one_side.add(start)
                if holder := self._holder(counted):
                    found.append(Mention("places", start, end, COUNTED_RULE, self._divisions[holder]))
        return found, one_side

    def _named_before(self, start: int, kind: str) -> list:
        """The divisions of a kind named from the sentence before a position up to it, when all are on one side."""
        s0 = self.document.sentence_at(start)[0]
        since = self.document.sentence_at(s0 - 1)[0] if s0 else s0
        named = {p.value.name: p.value for p in self.places_in(since, start) if self._of_kind(p.value, kind)}
        return list(named.values()) if len({self._side_of(d) for d in named.values()}) == 1 else []

    def _of_kind(self, division, kind: str) -> bool:
        """Whether a count of places of a kind counts a division (三县区: 东川区 and two 县; not 新疆维吾尔自治区,
        a province, nor 喀什地区, a prefecture: no 区 a count of districts counts)."""
        return ((kind in self.lex["any_place_kinds"] or division.name.endswith(tuple(kind))) and division.level != "province"
                and not division.name.endswith(self.lex["not_counted_place_ends"]))

    def _list_item(self, between: str) -> bool:
        """Whether what stands between two figures makes the second the next item of
        a list (干部、, 和, nothing at all): then it shares the first's measure."""
        return len(between) <= 12 and "，" not in between and (
            not between or any(w in between for w in self.lex["list_joining_words"]))

    def _has(self, lexicon: str, start: int, end: int) -> bool:
        """Whether a word of the lexicon stands in text[start:end]."""
        return self._words[lexicon].search(self.text, start, end) is not None

    def _aside(self, place: Mention, chained: dict[int, int]) -> bool:
        """Whether a place neither gives nor receives: a dateline's, a meeting site's, or one an institution's word
        follows at once with no target marker or pair's dash before it or the chain it ends (see __init__)."""
        if place.end in self.datelines or self.text.startswith(self.lex["meeting_sites"], place.end):
            return True  # (or where a meeting is held: 在宁波主会场和兴义分会场签订)
        after = self.text[place.end:place.end + 1]
        if not (after in self.regions.institution_starts and self.regions.names_institution(place, self.text, gap=False)):
            return False
        start = chain_start(place.start, chained)
        # (nor one opening a numbered heading line right after its number: the section under it is about it, an
        # institution it heads standing for it, （二）兴仁市人民医院 / 派出…专业医师6名: to 兴仁市; not an issuer's line
        # over a title, 沿河土家族自治县人民医院 / 关于…的总结)
        return not (self._after_target_marker(start) or self.text.endswith(self.lex["pair_dashes"], 0, start)
                    or (self.document.paragraph_at(start).heading and self._after_item_number(start)))

    @cached_property
    def own_poverty(self) -> bool:
        """Whether the text is about a place's own poor: it names its poor (贫困人口, 脱贫) and no
        place on the receiving side (福建安溪县): then the places it is about receive."""
        return (all(self._side(p) == "helper" for p in self.places)
                and bool(self._cues(self.lex.derived(_poverty_words), 0, len(self.text))))

    @cached_property
    def _about_help(self) -> bool:
        """Whether the title names help (甬黔协作“扶贫车间”开进山村; not 思南县2020年政府工作报告), or no title is found."""
        return self.title_at[1] == 0 or self._has("aid_words", *self.title_at)

    @cached_property
    def own_report_helper(self) -> str:
        """The giver of a report's figures that name none: the one helper its pairs give the county whose own
        report it is (its title names a county on the helped side, its text calls it 我县 outside quotes, not a
        county chief quoted in a story: 深圳市龙华区对口帮扶我县); or the helper a title of a pair names first
        (历下区2020年对口帮扶花垣县工作情况: 历下区's report of its help, 选派党政干部4名…赴花垣县工作), or the one
        place it names, on the giving side, where the text calls it 我区 (普陀区2019年东西部扶贫协作工作总结: 安排帮扶资金
        3720万元 is 普陀区's; or a title naming a report: …工作情况通报). Not a county's report on anything but the help (政府工作报告)."""
        county, owned = self._title_county, self._owned
        own_word, sole = bool(owned), next(iter(owned)) if len(owned) == 1 else ""  # (the one place it calls its own)
        # (我县 outside quotes: regions.own_places; a report on the help, not a county's whole year: 思南县2020年政府
        # 工作报告's 全年减少贫困人口31694人 is the county's own work; nor a helper's, whose 我市 gives: 我市援疆工作组今年
        # 为疏勒县引进23家鲁企 is 东营市's) (its helper, or the city holding its helpers: 厦门市对口帮扶海原县…厦门市
        # 思明区结对我县西安镇 in 海原县's notice: 厦门市)
        if county and own_word and self._about_help and not owned & self.helpers:
            helpers = self._givers.get(county, set())
            return self._holder([self._divisions[name] for name in helpers], among=helpers) if helpers else ""
        titled = self._has("report_title_ends", *self.title_at)
        # (each division once: a title over its office's line names 广州市 twice, 广州市…统计简报 / 广州市统计局　编)
        first, *rest = list({p.value.name: p for p in innermost(self.places_in(*self.title_at))}.values()) or [None]
        if first is None:  # (a title naming no place: the one giver its header lines name, in a text saying 我市:
            # 来源：青岛市人民政府合作交流办公室 over 关于…提案的答复; not a subtitle's, 2020年上海市精准扶贫十大典型案例)
            named = list({p.value.name: p for p in self.places_in(0, self.body_at)}.values())
            one = named[0] if (own_word or titled) and len(named) == 1 else None
            if one and self._side(one) == "helper":
                return one.value.name
            # (else the one place the text calls its own, where it gives in the document's pairs: 我省 of a 福建日报
            # interview, 我省东西部扶贫协作的对象是宁夏…; 全年安排各类财政帮扶和援助资金23.54亿元 is 福建省's)
            return sole if sole in self.helpers else ""
        paired = {(p.helper, p.helped) for p in self.pairs}
        if any((first.value.name, p.value.name) in paired for p in rest):
            return first.value.name
        # (a title naming only the receiver, or several all paired with it, 关于视察我区对口帮扶…孟连县、西盟县…的报告, the
        # text calling its giver 我市: ——我市扎实推进东西部扶贫协作助力昭通…
        # under 来源：东莞市扶贫开发办公室, 我市与中山市共同对口帮扶云南省昭通市: 东莞市's report)
        if all((sole, p.value.name) in paired for p in (first, *rest)):
            return sole
        # (the one place, only where the text calls it 我区 or the title names a report: a news title naming a helper
        # is not its report, 苏州市2020年度消费扶贫工作情况通报 is; nor is a text's 我省 a city's its title names and its
        # pairs do not: 辽苏对口合作推进会在沈阳召开 in a paper of 辽宁, where 苏州 helps 铜仁)
        own = first.value.name in owned or titled or (own_word and first.value.name in self.helpers)
        return first.value.name if own and not rest and self._side(first) == "helper" else ""

    @cached_property
    def _owned(self) -> set[str]:
        """The divisions the text calls its own (我县, 我市: regions.own_places)."""
        return set(self._own_words.values())

    @cached_property
    def _own_words(self) -> dict[int, str]:
        """Where each 我X the text resolves to a division of its own stands, and that division's name."""
        return {p.start: p.value.name for p in self.spots if p.rule == OWN_RULE}

    @cached_property
    def _own_helped(self) -> set[str]:
        """The receiving places of the document's pairs the text calls its own, or its title or header lines name as
        its own (the title's county, else the header lines': 来源：澜沧县融媒体中心, a county's paper telling its story), or
        holding one (我市 of 昌都市, whose counties 天津市 helps): it is the receiving side's text."""
        helped = [self._divisions[name] for name in self.helped if name in self._divisions]
        return {name for name in self._owned | set(self._own_division_names.values()) if name in self.helped or (
            name in self._divisions and any(inside(h, self._divisions[name]) for h in helped))}

    @cached_property
    def main_helper(self) -> str:
        """The giver the document names most (the first named on a tie): 本市 in a passage that names none; none where
        no giver of the text's pairs holds the others (_holder: 上海、山东、黑龙江、吉林四省市…安排我市援藏项目, each
        paired with counties of 我市: none of them is the text's alone)."""
        givers = [p.value.name for p in self.places if self._side(p) == "helper"]
        paired = [d for h in self.helpers if (d := self._divisions.get(h))]
        if not givers or (paired and not self._holder(paired, among=self.helpers)):
            return ""
        return max(dict.fromkeys(givers), key=givers.count)

    # -- where ---------------------------------------------------------------
    def passage(self, pos: int, end: int) -> Passage:
        """Where a figure (pos to end) stands. A sentence of thousands of characters (a scraped table with
        no 。) is read only within `reach` of the figure's clause: each figure costs the same
        however long its sentence."""
        s0, s1 = self.document.sentence_at(pos)
        low = max(s0, pos - self.reach)
        clause = CLAUSE.around(self.text, pos, low, min(s1, end + self.reach))
        if clause[0] == pos and (opened := self._note_opening(pos, low)) >= 0:
            # (a note in brackets right before the figure names what the words before it name: 财政帮扶资金（沪滇扶贫
            # 协作资金）190万元 is one clause, its cue before the note)
            clause = (CLAUSE.around(self.text, opened, low, pos)[0], clause[1])
        sentence = (max(s0, clause[0] - self.reach), min(s1, clause[1] + self.reach))
        paragraph = self.document.paragraph_index(pos)
        return Passage(sentence, clause, paragraph, self.document.section_index(paragraph),
                       self._has("national_words", sentence[0], pos) or self._has("foreign_markers", *clause))

    def places_in(self, start: int, end: int, spots: bool = False) -> list[Mention]:
        """The places named between two positions, a chain by its last; spots: with towns and villages."""
        places, starts = (self.spots, self.spot_starts) if spots else (self.places, self.place_starts)
        return most_specific(starting_in(places, starts, start, end), self.text)

    def years_in(self, start: int, end: int) -> list[Mention]:
        return starting_in(self.years, self.year_starts, start, end)

    # -- one figure ------------------------------------------------------------
    def fact(self, figure: Mention, previous) -> Fact:
        fact = self._read(figure, previous)
        self._last[figure.table] = (figure, fact)
        self._facts[figure.start] = fact
        paragraph = self.document.paragraph_index(figure.start)
        if figure.table == "amounts" and fact.measure in self.lex["shared_out_measures"]:
            self._sums.append((paragraph, fact))
        if fact.actor and fact.measure in self.lex["funding_measures"] and figure.start not in self._leveled:
            self._funding = (paragraph, fact)
        return fact

    def _read(self, figure: Mention, previous) -> Fact:
        if self._rate(figure):
            return _fact(figure, None, None, "", "", "other", "")
        if previous and self._converted(previous[0], figure):
            old = previous[1]  # 300万坚戈（约合5.5万元人民币）: the same money, the same fact
            return _fact(figure, old.year and (old.year, old.year_end, old.year_kind), old.year_start, old.actor,
                         old.target, old.measure, old.cue)
        where = self.passage(figure.start, figure.end)
        part = bool(previous) and self._part_of(previous[0], figure, where)  # (。其中产业项目5000万元)
        measure, cue = self.measure(figure, where, previous, part)
        agent = self._agent_clause(figure, where)
        if agent and (measure, cue) == ("other", ""):  # 昆明市3名，…各1名，由普陀区选派: what the clause's verb does to them
            measure, cue = agent[1]
        share = self._share_of_above(figure, where, measure, cue)
        cued = (measure, cue) != ("other", "")  # (a share naming its money, 资金3.46亿元, keeps its cue, and takes the
        # sums' giver only where its place would spend on itself)
        if share and not cued:  # 二、分县资金到位情况 / 1.澜沧县到位11200万元: a share of the sums above, their measure
            measure, cue = share.measure, share.cue
        year = self.year(figure, where)
        actor, target = self.roles(figure, where, measure, cue)
        if measure == "budget" and cue in self.lex["carrier_cues"] and self._across_sides(actor, target):
            measure = "aid"  # 越秀区—荔波县：拨付4860万元: a helper's government paying a place it helps gives aid
        placeless = self._placeless_item(figure, where)  # (。其中中央衔接资金350万元: no one place's, whatever the whole's)
        if part and not self.places_in(*where.sentence):
            actor, target = ("" if placeless else previous[1].actor), previous[1].target  # 。其中接受捐款7.3亿元
        elif part and not placeless and not self._side_places(*where.sentence, "helper"):
            actor = previous[1].actor  # (。其中，产业发展类项目资金7340万元，主要用于东乡贡羊…: the whole's giver, its own place)
        elif previous and self._next_in_list(previous[0], figure, where) and not placeless:
            actor, target = previous[1].actor, previous[1].target  # 美姑县教师84人次、医生58人次: one item's roles
        elif share and not self._side_places(*where.sentence, "helper") and (not cued or (actor and actor == target)):
            actor = share.actor  # (and their giver, where the share's sentence names none)
        elif actor and actor == target and not self._said(figure, where) and (twin := self._parallel_item(figure)):
            actor = twin.actor  # 赴昭觉县教师92人次；美姑县教师84人次: the list's sender, not a place sending to itself
        elif self._acting_alone_before(previous, figure, where):
            actor = target  # 思南县累计输送1026人，沿河县984人: each place of the list acts for itself, as the first
        elif not actor and (funded := self._funded(where, measure, cue, target)):
            actor = funded.actor  # 鼓楼区安排闽宁协作资金1500万元，支持…建设基地。基地…已带动贫困户612户增收: its giver's
        if (part and previous[1].target and self._opens_with_part(where.clause[0])
                and not self._side_places(previous[0].end, where.clause[1], "helped")):
            # 江孜县落实3.62亿元，包括上海市计划内援藏资金3.05亿元: the whole's place, where nothing from the whole to the
            # part's clause end names a receiving place (not 注入沿河县…，其中2017年500万元; not a part word of a noun:
            # 全部10个乡镇和其中8个街道…各出资12万元)
            target = previous[1].target
        if (measure == "aid" and actor and actor == target and cue.endswith(self.lex["given_fund_ends"])
                and self._side_named(actor) == "helped"
                and any(p.value.name == actor for p in self.places_in(where.sentence[0], figure.start))):
            # 共和县…项目使用援助资金2800万元: the aid its giver gave, not its own (not 全市…民营企业…投入帮扶资金, the
            # place's own firms)
            actor = self._giver_of(self._divisions[actor], innermost=True)
        if (level := self._level_giver(figure, where, (target, actor))) is not None:
            actor = level  # 县级配套资金394.5万元 in a list after 天津市's funds: the county's own share
        elif (totalled := self._totalled_giver(figure, where)) is not None:
            actor = totalled
        if agent and agent[1][0] == measure and (givers := [p for p in self.places_in(*agent[0])
                                                            if self._side(p) == "helper"]):
            actor = givers[0].value.name  # (and the giver after 由 does it)
        if (measure in self.lex["buying_measures"] and target == actor and self._side_named(actor) == "helper"
                and self._has("aid_words", *where.sentence)):
            target = ""  # 杭州市…消费扶贫…成交额2.76亿元: a giver buying in help buys from the places it helps
        y = year.value if year else None
        return _fact(figure, y and (y.year, y.year_end, y.kind), self.document.raw_offset(year.start) if year else None,
                     actor, target, measure, self.document.as_written(cue, figure.start))

    def _funded(self, where: Passage, measure: str, cue: str, target: str) -> Fact | None:
        """The money a giver put in earlier in a figure's paragraph, for an outcome naming no giver (增收, 受益; not an
        income describing people, 人均可支配收入, 一年稳赚3万元): what that money brought; not where the outcome lands in
        a place the text pairs with other givers only (海原县合作社…带动612户增收 after 鼓楼区's money for 西吉县, where
        厦门市 helps 海原县); a giver holding the place's givers is none of those others (莞中两市…县均5460万元 is 广东省's,
        and so is what it brought to 昭通市, which 东莞市 and 中山市 help)."""
        if (measure not in self.lex["outcome_measures"] or cue not in self.lex["outcome_cues"]
                or not self._funding or self._funding[0] != where.paragraph):
            return None
        funded, lands = self._funding[1], self._divisions.get(target)
        givers = {self._divisions.get(g) for g in self._givers_of(lands)} - {None} if lands else set()
        giver = self._divisions.get(funded.actor)
        return funded if not givers or giver is None or any(nested(giver, g) for g in givers) else None

    def _acting_alone_before(self, previous, figure: Mention, where: Passage) -> bool:
        """Whether a count of people is a receiving place's item (_item_place) after a count in its sentence whose
        place acts for its own people (思南县累计输送1026人，沿河县984人: 沿河县 sends its own, not the passage's giver;
        not money, where a place's own share may be another's gift: 隆阳区安排8120万元、施甸县6950万元)."""
        if (not previous or figure.table != "headcounts" or previous[0].table != figure.table
                or previous[0].start < where.sentence[0]):
            return False
        before = previous[1]
        item = self._item_place(figure, where.sentence)
        return (bool(before.actor) and before.actor == before.target and item is not None
                and self._side(item) != "helper" and item.value.name != before.actor)

    def _across_sides(self, actor: str, target: str) -> bool:
        """Whether a giving-side division acts for a receiving-side one (not 广东省财政向湛江市拨付, a province's own)."""
        return self._side_named(actor) == "helper" and self._side_named(target) == "helped"

    def captioned(self, figure: Mention) -> Fact | None:
        """The fact of the figure a caption repeats: a line holding a figure alone, marks around it, captions the
        paragraph under it, which gives the same figure with what it is about (■ 28.6亿元 / 2013年以来，苏州市累计向
        我市投入帮扶资金28.6亿元). None where the paragraph under it does not give it."""
        paragraphs = self.document.paragraphs
        k = self.document.paragraph_index(figure.start)
        line = paragraphs[k]
        if (k + 1 == len(paragraphs) or line.end - line.start > CAPTION_LENGTH  # (a long line is read for no figure)
                or self.text[line.start:line.end].strip(self.caption_marks) != self.text[figure.start:figure.end]):
            return None
        mine = self._facts[figure.start]
        under = self._table_figures(figure.table, paragraphs[k + 1].start, paragraphs[k + 1].end)
        # (the same sum of the same money; people may be counted by another word: ■ 4.27万人 / 帮助4.27万名劳动力)
        same = (lambda f: f.value == mine.value and f.value_max == mine.value_max
                and (f.unit == mine.unit or figure.table == "headcounts"))
        twin = next((self._facts[m.start] for m in under if same(self._facts[m.start])), None)
        return replace(twin, unit=mine.unit) if twin else None

    def shared_out(self, k: int, figures: list[Mention], facts: list[Fact]) -> Fact:
        """The fact of figure k, credited to the givers of its shares where they follow it in its sentence, each
        with its own: to the one of them holding the others, else to none (总投资1860万元，其中江苏省援藏资金1100万元、
        苏州市援藏资金600万元、吴中区援藏资金160万元: 江苏省)."""
        figure, fact = figures[k], facts[k]
        if figure.table != "amounts" or not self.lex.derived(_share_opening).match(self.text, figure.end):
            return fact
        (start, end), j = self.passage(figure.start, figure.end).sentence, k + 1  # (within reach: a long sentence's)
        while j < len(figures) and figures[j].start < end and figures[j].table == "amounts":
            j += 1
        places = self._share_givers(zip(figures[k + 1:j], facts[k + 1:j]))
        if places is None:
            return fact
        givers = {p.name for p in places}
        if fact.actor and (self._holder(places, among={fact.actor}) or (
                fact.actor in givers and any(p.value.name == fact.actor
                                             for p in self.places_in(start, figure.start, spots=True)))):
            # (its own giver, holding theirs, 苏州市投入铜仁市帮扶资金4亿元，其中昆山市…、吴江区…; or giving one of them,
            # named before it in its sentence, 我区 too: 张家港市共安排我县…资金6280万元，其中苏州市级资金1500万元、张家港
            # 市级资金4780万元)
            return fact
        # (kept for a caption repeating the sum, read after: captioned)
        shared = self._facts[figure.start] = replace(fact, actor=self._holder(places, among=givers))
        return shared

    def _totalled_giver(self, figure: Mention, where: Passage) -> str | None:
        """The giver of a sum totalling the shares before it in its sentence that name givers of their own: the
        one of them holding the others, '' for none (使用张家港市财政帮扶资金5830万元、苏州市级统筹资金
        1270万元，合计7100万元: 苏州市, which holds 张家港市); None where the shares name fewer than two givers (shared_out
        reads the shares after a sum)."""
        if figure.table != "amounts" or not self._totals(figure, where):
            return None
        shares = self._table_figures("amounts", where.sentence[0], figure.start)
        places = self._share_givers((m, self._facts[m.start]) for m in shares)
        return None if places is None else self._holder(places, among={p.name for p in places})

    def _share_givers(self, shares) -> list | None:
        """The divisions giving a sum's shares ((mention, fact) pairs), where two or more give and each is named; None
        otherwise. Not a share a bare level gives (其中天津市帮扶资金600万元、县级配套资金100万元 is a project's, the
        county's own share beside the helper's, which still gives the whole)."""
        givers = {fact.actor for m, fact in shares if m.start not in self._leveled}
        if len(givers) < 2 or not givers <= self._divisions.keys():
            return None
        return [self._divisions[name] for name in givers]

    def _rate(self, figure: Mention) -> bool:
        """Whether a figure is the unit of a rate of exchange in brackets (总规模26万亿日元（1美元约合108日元）):
        it is about no one and no year."""
        return (self.text.endswith(("（", "("), 0, figure.start)
                and self.text.startswith(self.lex["converting_words"], figure.end))

    def _totals(self, figure: Mention, where: Passage) -> bool:
        """Whether a figure totals those before it: its clause is a total word and the figure alone, a colon between or
        not (…输送6950人；合计9410人, 合计：9410人; not 共计1240人次参加线上培训, what they did)."""
        start = where.clause[0]
        if start == figure.start and (label := self._label_start(where)) >= 0:
            start = label  # (the colon parts clauses)
        return (self.text[start:figure.start].rstrip("".join(COLONS)) in self.lex["total_words"]
                and not self.text[figure.end:where.clause[1]].strip(FULL_STOPS))

    def _converted(self, before: Mention, figure: Mention) -> bool:
        """Whether a figure restates the one before it in another unit: a converting word, in a bracket
        or not, is all that stands between (300万坚戈（约合5.5万元人民币）, 1美元约合108日元)."""
        between = self.text[before.end:figure.start].lstrip("（(")
        return before.table == figure.table and between in self.lex["converting_words"]

    def measure(self, figure: Mention, where: Passage, previous, part: bool) -> tuple[str, str]:
        """What a figure measures and the word that says so (_measure). Money per one of some goods is a price
        where no word or only a sale says otherwise (鸡蛋3.5元/斤, 一斤要卖30元: the rate is the cue where no
        word is); a count of the poor made fewer in the figure's own clause
        counts those lifted (贫困人口累计减少9348万人, 比上年减少100万人; not 减少到551万人, what is left); people sent
        whom a clause takes in to learn are trained (_taken_to_learn), whichever word said they were sent (接收昭通干部到东莞
        挂职跟岗208人次, 接收普格县来黄岩的36名挂职干部)."""
        measure, cue = self._measure(figure, where, previous, part)
        if measure == "sent" and self._taken_to_learn(figure, where):
            return "trained", cue  # the helped side's, come to learn
        if measure in ("other", "sales") and figure.table == "amounts" and figure.value.per in self.lex["goods_units"]:
            return "price", cue or figure.value.per  # 鸡蛋3.5元/斤, 一斤要卖30元: what one thing costs or sells for
        if measure == "poor":
            cut = self._words["reducing_words"].search(self.text, where.clause[0], figure.start)
            if cut and not self.text.startswith(self.lex["reducing_to"], cut.end()):
                return "lifted", cut.group()
        return measure, cue

    def _measure(self, figure: Mention, where: Passage, previous, part: bool) -> tuple[str, str]:
        """The cue that decides what a figure measures, nearest first: in its own
        clause before it, then after it in its clause (an outcome after it wins
        when a driver word comes before: 带动…就业), then earlier in the sentence;
        a verb (捐赠, 投资) over a noun (帮扶资金) where both stand. A part (其中,
        涉及) or the next item of a list (干部、3680名专业技术人员) takes the
        measure of the figure before it, but a part named as help funds
        (其中协作资金280万元) is aid. A group a headcount counts, going to a place
        after it in its clause with no cue of its own, is sent (49名教师赴黔西南州)."""
        cues, meaning = self._cue_words(figure)
        if previous and previous[1].cue in self.lex["reducing_words"]:
            previous, part = None, False  # lifted by its own clause (比上年减少12万人): the next figure does not inherit it
        elif previous and previous[1].measure == "price" and self._totals(figure, where):
            previous, part = None, False  # what one thing costs: the total after it is no price (每辆38.5万元，合计462万元)
        same_table = previous and previous[0].table == figure.table
        same_sentence = same_table and previous[0].end > where.sentence[0]
        since = previous[0].end if same_sentence else where.sentence[0]
        between = self.text[since:figure.start]
        own = self._cues(cues, max(where.clause[0], since), figure.start)
        others = self._later_items_words(figure, where)
        after = list(takewhile(lambda m: m.group() not in self.lex["acted_on_cues"],  # 340口人的源头村接待游客: hosts
                               [m for m in self._cues(cues, figure.end, where.clause[1]) if m.start() not in others]))
        after = self._acting_on(after, figure, where)  # (帮助326户搬迁户增收: the noun's 搬迁 names who, 增收 what)
        earlier = self._cues(cues, where.sentence[0], max(where.clause[0], since))
        if after:  # (从协作资金中按每人每月200元给予就业补贴: the funds drawn from yield to the cue after, 补贴)
            own = [m for m in own if not self._names_source(m, where.clause[0])]
        continues = part or (same_sentence and self._list_item(between))
        if not own and (column := self._column_cues(figure, cues)):
            chosen = self._strongest(column)  # 碧江区｜昆山市｜4860万元 under 区（县）｜苏州结对地｜到位财政帮扶资金
        elif self._outcomes(after) and not self._sent_noun(figure) and (
                part or self._has("driver_words", since, figure.start) or self._completed(figure, after[0], meaning)):
            chosen = self._strongest(after, first=True)  # 其中100户实现脱贫, 带动…就业: the outcome after
            # (not a noun: 其中30多人是脱贫户 says what the part is, the whole's measure stays; nor for people whose noun
            # says they are sent: 12名帮扶专家到岗 are sent, not employed)
        elif continues and not self._named_aid(own, meaning) and not self._named_status(own, meaning, previous) and (
                not self._verbs(self._acts(own, figure, where)) or self._moves_only(own)):
            # 其中建档立卡贫困户111户, 其中脱贫劳动力900人: the whole's measure (其中拨付靖西市9800万元: moving it says no other;
            # a part of a sum named as help funds is aid, 总投资320万元，其中协作资金280万元)
            return previous[1].measure, previous[1].cue
        elif (label := self._label_cues(cues, where)) and not self._verbs(own):
            chosen = self._strongest(label)  # 受益对象：建档立卡贫困户126户: what the label says the figure counts
        elif own and not (self._moves_only(own) and self._named_after(after)):
            # (下拨2.5亿元帮扶资金: what moves, named after the figure, decides; 安排该县财政援助资金2.36亿元，…仅拨付
            # 9284万元: what moves is the money named before it)
            moved = [m for m in earlier if self._named_after([m]) and meaning[m.group()] in self.lex["moved_measures"]
                     ] if self._moves_only(own) else []
            chosen = self._strongest(moved[-1:] or self._acting_on(own, figure, where))
        elif sent := self._sent_word(figure, where):
            return "sent", sent
        elif after:
            chosen = self._strongest(after, first=True)
        elif going := self._group_going(figure, where):
            return "sent", going
        elif (twin := self._line_twin(figure)) and twin.measure != "other":
            return twin.measure, twin.cue  # (厦门市—泾源县：4600万元，350人, under a line naming what each counts)
        elif same_sentence:
            return previous[1].measure, previous[1].cue
        elif earlier:
            chosen = self._strongest(earlier)
        elif same_table and self._totals(figure, where):
            return previous[1].measure, previous[1].cue  # 输送2460人；…输送6950人；合计9410人: counts what they count
        elif twin := self._parallel_item(figure):
            return twin.measure, twin.cue  # 2010年资助420人、发放80万元；2011年650人、130万元
        elif verb := self._helping_verb(figure):
            return "aid", verb  # 海曙区帮扶贞丰县5210万元: the sum a giver gives the place it helps
        elif intro := self._cues(cues, *self._list_intro(where.paragraph)):
            chosen = self._strongest(intro)  # 2019年各县市到位上海财政帮扶资金情况如下： / 嘉定区—武定县—5860万元
        elif heading := self._heading_cues(cues, meaning, where):
            # 三、分产品销售情况 / 马铃薯及其制品6800万元: what the part counts; a verb, as a noun in a heading names
            # a topic, not what each figure is (九、居民收入消费和社会保障 / 人均消费支出21559元), but for named help
            # funds (三、…三年到位财政援助资金 / 东城区——阿尔山市（1.06亿元）)
            chosen = self._strongest(heading)
        elif team := self._team_member(figure, where):
            return "sent", team
        else:
            return "other", ""
        word = chosen.group()
        measure = meaning[word]
        if measure == "benefited" and chosen not in own and self._workers(figure):
            return "other", ""  # 1万余名医护人员投入一线救治: who do the work are not who it helps
        if measure in self.lex["not_patient_measures"] and self._counts(figure, "patient_nouns"):
            return "other", ""  # 医疗队累计管理住院患者4997人次: patients are not the team sent
        if word in self.lex["team_served_cues"] and self._sends(where.sentence):
            return "benefited", word  # 医疗队驰援恩施，累计收治患者513人: those a team sent out serves
        if measure == "other" or (word in self.lex["job_story_cues"] and not self._in_job_story(where)):
            return "other", ""  # a cue of no measure (收治: patients a hospital admits) keeps others out
        if word in self.lex["placing_cues"] and self._has("placing_words", *where.clause):
            return "employed", word  # 公益岗位安置贫困劳动力: placed in work, not rehoused
        if measure == "income" and self._producing(chosen):
            return "output", word  # 国有企业营业总收入, 光伏扶贫项目已结算年度收益: what a producer earns
        named_aid = self._names_funds(word)  # 帮扶资金
        # (项目总投资4680万元，其中张家港市财政帮扶资金3200万元: an aid project's whole, a project word or not)
        aid_project = measure == "investment" and self._aid_share_after(figure)
        if (measure in ("investment", "aid") and not named_aid
                and (self._has("investment_words", where.sentence[0], figure.start)
                     or (not self.helpers and not aid_project
                         and self._has("project_words", where.sentence[0], figure.start)))):
            measure = "investment"  # 引导企业在云南投资, 实际到位资金: firms' money
        elif (measure == "investment" and word in self.lex["plain_investment_cues"]
              and self._aid_passage(opening := self._record_or_sentence(where), where.sentence[1])
              and not self._has("investment_words", opening, figure.start)):
            # 青羊投资220万元, 援藏资金投资: a helper's money is aid (not 总投资: a project's; nor a record's firm's, 签约企业：
            # …公司 / 建设内容：…一期投资1.1亿元)
            measure = "aid"
        elif aid_project:
            measure = "aid"
        if measure == "investment" and word in self.lex["signing_cues"] and self._has("trade_words", *where.sentence):
            measure = "sales"  # 展区现场销售131.9万元，签约8份、金额1360万元: orders signed at a fair
        return measure, word

    def _share_of_above(self, figure: Mention, where: Passage, measure: str, cue: str) -> Fact | None:
        """The fact of the sums above that a figure is a share of (_shared_before): for a sum saying nothing of its
        own, or only that it is money of their measure (计划投入上海援疆资金22.37亿元。其中，…；泽普县项目27个、资金3.46
        亿元: 资金 says aid, not whose)."""
        if (measure, cue) == ("other", ""):
            return self._shared_before(figure, where)
        share = self._shared_before(figure, where) if cue in self.lex["plain_money_cues"] else None
        return share if share and share.measure == measure else None

    def _shared_before(self, figure: Mention, where: Passage) -> Fact | None:
        """The fact of the last sum read of a measure a list shares out (aid, sales…: shared_out_measures), the last at
        least as large as the figure where one is, for a sum saying nothing of its own, at most SHARED_REACH paragraphs
        below it, in a text that pairs places: one county's or item's share of the money counted above (本年度资金中，
        下达各县46000万元。具体如下： / 1．澜沧县8200万元; not a law's fines after its 业务收入, …五十万元以上五百万元以下的
        罚款; nor a sum per head or thing, 每头牛…获得6000元赔付; nor one a cue of no measure names, _named_other)."""
        if figure.table != "amounts" or figure.value.per or not self.pairs or self._named_other(figure, where):
            return None
        near = [fact for _, fact in takewhile(lambda read: where.paragraph - read[0] <= SHARED_REACH, reversed(self._sums))]
        # (the whole the share is of, not a smaller sum after it: 安排帮扶资金10360万元…。另动员…捐款捐物折合1286万元。/
        # （一）按受援地分：东川区3520万元 shares the 10360万元)
        least = Decimal(figure.value.value)
        return next((fact for fact in near if fact.value >= least), near[0] if near else None)

    def _agent_clause(self, figure: Mention, where: Passage):
        """A later clause of a figure's sentence an agent marker opens, no cue between (昆明市3名，东川区…各1名，由普陀区
        选派): its span, and the measure and cue of its verb, the nearest as after any figure; None for none, where its cue
        is of no measure, or where the clause counts a figure of its own (到厦门市就业936人，由湖里辖区企业直接吸纳418人:
        the 418人 are what 湖里 takes in, not the 936人)."""
        cues, meaning = self._cue_words(figure)
        opening = self._agent_opening.search(self.text, figure.end, where.sentence[1])
        if opening is None or self._cues(cues, figure.end, opening.start()):
            return None
        span = (opening.end(), CLAUSE.around(self.text, opening.end(), opening.end(), where.sentence[1])[1])
        if _any_between(self.table_starts[figure.table], *span):
            return None
        found = self._cues(cues, *span)
        word = self._strongest(found, first=True).group() if found else ""
        return (span, (meaning[word], word)) if word and meaning[word] != "other" else None

    def _placeless_item(self, figure: Mention, where: Passage) -> bool:
        """Whether a giver no place is opens a figure's item of a list of figures, or its clause where the figure opens
        no item (…帮扶资金600万元、中央财政专项扶贫资金260万元; …帮扶资金600万元，中央财政专项扶贫资金260万元): no giver
        before it gives the figure, nor the passage's, nor one named after it (东部8省市和大连市共向结对地区投入: no one
        giver); not a list of givers (上海各区、社会各界累计捐款). Before one that is another source than the helpers
        (other_sources: 中央), a word opening an item of funds may stand (其中中央衔接资金350万元; 安排中央衔接资金300万元;
        not 其中爱心企业捐赠640余万元, a part of the whole's giver's)."""
        return self._placeless_opening.match(self.text, self._item_opening(figure, where)) is not None

    def _item_opening(self, figure: Mention, where: Passage) -> int:
        """Where a figure's item of a list of figures in its clause opens, after the last 、 with a figure of the
        clause before it (…帮扶资金600万元、县级配套资金260万元), else where its clause opens (the clause's own marks,
        ：（, already bound it)."""
        mark = self.text.rfind("、", where.clause[0], figure.start)
        return mark + 1 if where.clause[0] <= self._figure_before(figure) < mark else where.clause[0]

    def _named_other(self, figure: Mention, where: Passage) -> bool:
        """Whether a cue of no measure stands before a figure in its clause (直接经济损失9.4亿元): it says what the
        money is, no share of a sum above."""
        cues, meaning = self._cue_words(figure)
        return any(meaning[m.group()] == "other" for m in self._cues(cues, where.clause[0], figure.start))

    def _helping_verb(self, figure: Mention) -> str:
        """The verb of help right before the receiving place a sum follows at once (帮扶|贞丰县|5210万元), '' for
        none: not a noun it modifies (对口帮扶地区产品1.5亿元: no place before the sum)."""
        place = self._ending_at.get(figure.start) if figure.table == "amounts" else None
        if place is None:
            return ""
        start = chain_start(place.start, self._chained)  # (帮扶黔西南州贞丰县: from the chain's start)
        return next((w for w in self.lex["helping_verbs"] if self.text.endswith(w, 0, start)), "")

    def _column_cues(self, figure: Mention, cues) -> list:
        """The cues of the heading cell over a figure's cell, in a table written as text (none outside one), else of
        the table's caption, the line right above its heading row, a line of no full stop (…资金及人才选派计划 / 结对双方｜
        财政帮扶资金｜党政干部 / 张家港市—沿河县｜3200万元｜4名: 4名 are sent)."""
        head = self.document.column_head(figure.start)
        if not head:
            return []
        if found := self._cues(cues, *head):
            return found
        k = self.document.paragraph_index(head[0])
        caption = self.document.paragraphs[k - 1] if k > 0 else None
        return (self._cues(cues, caption.start, caption.end)
                if caption and _list_line(self.text[caption.start:caption.end]) else [])

    def _list_intro(self, paragraph: int) -> tuple[int, int]:
        """The span of the line introducing the list a figure's line stands in, a line of no full stop and itself an
        item (情况如下： / 嘉定区—武定县—5860万元), what the list counts; (0, 0) for none."""
        span = self.document.paragraphs[paragraph]
        intro = _list_line(self.text[span.start:span.end]) and self.document.list_introduction(
            paragraph, self.lex["list_intro_ends"], _list_line)
        return (intro.start, intro.end) if intro else (0, 0)

    def _heading_cues(self, cues, meaning: dict, where: Passage) -> list:
        """The verb cues of the numbered heading over a figure's paragraph (_part), or, where it has no cue, of the part
        its sub-part divides (三、分县（市）资助情况 / （一）临夏市 / 2017—2018学年351名，39.08万元; not 一、2020年预算执行情况
        over （三）东西部扶贫协作资金执行情况: the sub-part's topic, a noun, is what its figures are of); else its nouns
        naming help funds, what its bare sums are (三、京蒙扶贫协作结对关系及三年到位财政援助资金 / 北京市东城区——兴安盟
        阿尔山市（1.06亿元）)."""
        if not self._part(where.section, where.paragraph):
            return []
        found = next((found for heading in self._headings_above(where.paragraph)
                      if (found := self._cues(cues, heading.start, heading.end))), [])
        return self._verbs(found) or [m for m in found if self._named_aid([m], meaning)]

    def _producing(self, cue) -> bool:
        """Whether an income word is a producer's (企业营业收入, 扶贫项目…收益): a producer word shortly before it
        in its clause, no rate per person between or right before it (not 企业职工人均收入, 户均旅游收入: people's
        income)."""
        if cue.group() not in self.lex["revenue_cues"]:
            return False
        before = self.document.clause_before(cue.start(), PRODUCER_REACH)
        producer = self._words["producer_words"].search(before)
        # (nor a rate per person right before the producer word: 农户户均旅游收入3万元)
        return bool(producer) and not (before.endswith(self.lex["per_person_words"], 0, producer.start())
                                       or any(w in before[producer.end():] for w in self.lex["per_person_words"]))

    def _aid_passage(self, start: int, end: int) -> bool:
        """Whether text[start:end] speaks of help: an aid word (援藏, 帮扶, 扶贫) or a helper of
        the document's pairings (青羊 where 青羊区 helps 道孚县)."""
        return self._has("aid_words", start, end) or any(p.value.name in self.helpers for p in self.places_in(start, end))

    def _in_job_story(self, where: Passage) -> bool:
        """Whether a figure's paragraph speaks of work found or given (扶贫车间, 输送, 就业): read once per paragraph,
        not per figure (党支部吸纳…入党 thousands of times in one line read the line each time)."""
        if (story := self._job_stories.get(where.paragraph)) is None:
            paragraph = self.document.paragraphs[where.paragraph]
            story = self._job_stories[where.paragraph] = self._has("job_words", paragraph.start, paragraph.end)
        return story

    def _sent_noun(self, figure: Mention) -> str:
        """The word naming people sent in a headcount's own noun (帮扶专家 of 12名帮扶专家), '' for none."""
        return next((w for w in self.lex["sent_nouns"] if w in _noun(figure)), "")

    def _sent_word(self, figure: Mention, where: Passage) -> str:
        """The word naming people sent in a headcount's noun (驻村 of 驻村干部), else of a group in its clause before it
        (本批援黔队伍共38人: 援黔), else, where its clause is a total alone (共计98名), of a group the sentence's first
        clause names (挂职干部近日全部到岗，共计98名: 挂职), as the text writes it."""
        if figure.table != "headcounts":
            return ""
        if sent := self._sent_noun(figure):
            return sent
        # (the group right before the figure, 共 or 由 between: not 接受人道主义援助的人数, 第一书记带领党员干部为36户)
        start = max(where.clause[0], figure.start - SENT_GROUP_REACH)
        group = self._sent_group.search(self.text[start:figure.start])
        if not group and self.text[where.clause[0]:figure.start] in self.lex["sent_group_glue"]:
            # (a total in a clause of its own counts the group the sentence opens with: 第三批挂职干部近日全部到岗，共计98名)
            s0 = where.sentence[0]
            group = self._sent_subject.search(self.text, s0, CLAUSE.around(self.text, s0, s0, where.clause[0])[1])
        return group.group(1) if group else ""

    def _team_member(self, figure: Mention, where: Passage) -> str:
        """The word of a title naming a team sent (第九批援藏干部人才…工作纪实, 组团式教育帮扶, 支教团) where a headcount
        with no cue counts people of a group such teams are made of (sent_groups: 这支由142名干部人才组成的队伍, 其中教师
        45名, 我们一行九十三人), or, counting no noun, the group its clause names right before it (东莞工作组30名): the
        team's members, sent; not where its clause before the figure or its noun says they are the receiving side's own
        (本地医生12名, 42名本地骨干医生); else ''."""
        if figure.table != "headcounts":
            return ""
        noun, before = _noun(figure), self.text[where.clause[0]:figure.start]
        named = noun or self._glue_end.sub("", before)  # (工作组共30名: 工作组)
        counted = self.text[where.clause[0]:self._noun_end(figure, where)]  # (its clause up to its noun's end)
        if not named.endswith(tuple(self.lex["sent_groups"])) or any(w in counted for w in self.lex["local_people_words"]):
            return ""  # (not 带出了42名本地骨干医生: the receiving side's own; 20名扎根当地 is still the team's)
        return self._team_title

    def _noun_end(self, figure: Mention, where: Passage) -> int:
        """Where a headcount's noun ends when it follows the figure in its clause (42名本地骨干医生), else the figure's end."""
        noun = _noun(figure)
        found = self.text.find(noun, figure.end, where.clause[1]) if noun else -1
        return found + len(noun) if found >= 0 else figure.end

    @cached_property
    def _glue_end(self) -> re.Pattern:
        """One of sent_group_glue ending a stretch of text (工作组共, 队伍一共)."""
        return re.compile(f"(?:{alternation(self.lex['sent_group_glue'])})$")

    @cached_property
    def _team_title(self) -> str:
        """The first word of the title naming a team sent (team_title_words: 援藏干部 of 北京市第九批援藏干部人才三年工作
        纪实), '' for none."""
        found = self._words["team_title_words"].search(self.text, *self.title_at) if self.title_at[1] else None
        return found.group() if found else ""

    def _group_going(self, figure: Mention, where: Passage) -> str:
        """The group word a headcount's noun ends in (教师, 医生, 干部…) where its clause names a place they go to
        after it (第二批49名教师赴黔西南州; 组织医生、教师共31人到紫云县): those sent, else ''."""
        noun = _noun(figure)  # ('' for money: no group)
        group = next((w for w in self.lex["sent_groups"] if noun.endswith(w)), "")
        going = group and any(p.start in self._going for p in self.places_in(figure.end, where.clause[1], spots=True))
        return group if going else ""

    def _parallel_item(self, figure: Mention) -> Fact | None:
        """The fact of the figure in the same place of the line above, in lines labelled alike (_line_twin);
        else of the same table's figure in the item before, where ； alone parts them, the item opens with its
        year or is a place and its figure alone (2010年资助420人、发放80万元；2011年650人、130万元: 650人 is who was
        funded, as 420人; 赴昭觉县教师92人次；美姑县教师84人次): a list by year or place, each counted the same way.
        None where the twin counts no measure."""
        if line_twin := self._line_twin(figure):
            return line_twin if line_twin.measure != "other" else None
        twin = self._last.get(figure.table)
        if twin is None or twin[1].measure == "other" or figure.start - twin[0].end > PARALLEL_REACH:
            return None
        between = self.text[twin[0].end:figure.start]
        if between.count("；") != 1 or self._stops_between(twin[0].end, figure.start):
            return None
        item = twin[0].end + between.index("；") + 1  # (an item opening with its year: a list by year)
        return twin[1] if self.years_in(item, item + 1) or self._place_item(item, figure) else None

    def _place_item(self, item: int, figure: Mention) -> bool:
        """Whether an item is a place and its figure alone, what is counted between them at most (美姑县教师84人次;
        not 河北平乡县组织全县215名两新组织书记, which says what the place does)."""
        places = self.places_in(item, figure.start)
        return bool(places) and places[0].start == item and self.text[places[-1].end:figure.start] in ("", _noun(figure))

    def _line_twin(self, figure: Mention) -> Fact | None:
        """The fact of the figure in the same place of the line before, both lines labelled alike, with a time (1月：
        新增转移到广东1862人，其中贫困劳动力736人 / 2月：新增3415人，其中…) or with places alone (福州市—西吉县：财政援助资金
        5800万元，到福建就业600人 / 厦门市—泾源县：4600万元，350人): a list by month, year or pair, each line counted the
        same way."""
        k = self.document.paragraph_index(figure.start)
        line, before = self.document.paragraphs[k], self.document.paragraphs[k - 1] if k else None
        if before is None or (label := self._line_label(k)) is None or label != self._line_label(k - 1):
            return None
        mine = self._table_figures(figure.table, line.start, figure.start)
        above = self._table_figures(figure.table, before.start, before.end)
        return self._facts.get(above[len(mine)].start) if len(mine) < len(above) else None

    def _line_label(self, k: int) -> str | None:
        """What labels paragraph k's line: 'time' (2月：, 2019年：), 'places' (places alone, a dash between at most,
        before a colon within LABEL_REACH: 厦门市—泾源县：, 碧江区：; not 会泽县教育局：), else None; read once a line."""
        if k not in self._line_labels:
            line = self.document.paragraphs[k]
            reach = min(line.end, line.start + LABEL_REACH)
            colon = min((i for c in COLONS if (i := self.text.find(c, line.start, reach)) >= 0), default=-1)
            places = self.places_in(line.start, max(colon, line.start))
            # (what stands between the line's start, its places and the colon: nothing, or a pair's dash)
            bounds = [line.start, *(at for p in places for at in (p.start, p.end)), colon]
            alone = all(self.text[a:b] in ("", *self.lex["pair_dashes"]) for a, b in zip(bounds[::2], bounds[1::2]))
            self._line_labels[k] = ("time" if TIME_LABEL.match(self.text, line.start)
                                    else "places" if places and colon >= 0 and alone else None)
        return self._line_labels[k]

    def _table_figures(self, table: str, start: int, end: int) -> list[Mention]:
        """A table's figures that start between two positions, by bisection."""
        return starting_in(self.doc.mentions[table], self.table_starts[table], start, end)

    def _later_items_words(self, figure: Mention, where: Passage) -> range:
        """Where the words of a list's later items stand after a figure: from the list's joining word to the last
        figure of its table in the clause (其中到广东就业6000人、脱贫人口5000人、培训人员2000人: 脱贫 and 培训 are the
        later items' own, no cue of the 6000人's; but 组织干部312人次、技术人员438人次赴沪培训: 培训 after the list is both's)."""
        following = self._table_figures(figure.table, figure.end, where.clause[1])
        joining = following and self._words["list_joining_words"].search(self.text, figure.end, following[0].start)
        return range(joining.start(), following[-1].start) if joining else range(0)

    def _acts(self, cues: list, figure: Mention, where: Passage) -> list:
        """The cues neither inside the noun a headcount counts nor right before it (其中参加工伤保险的农民工8616万人,
        其中脱贫劳动力900人: 农民工 and 脱贫 name who is counted, no act)."""
        at, noun = self._noun_at(figure, where)
        meaning = self._cue_words(figure)[1]
        # (right before it, only a status: 脱贫劳动力; 带教青年教师8名 trains them)
        return [m for m in cues if not (at <= m.start() < at + len(noun)
                                        or m.end() == at and meaning.get(m.group()) in self.lex["status_measures"])
                ] if at >= 0 else cues

    def _acting_on(self, cues: list, figure: Mention, where: Passage) -> list:
        """The cues but those naming a status of who a headcount counts (counted_status_cues) inside its noun or
        right before it, where another cue acts on them (惠及搬迁群众2400余户: benefited; 培训易地搬迁劳动力1180人次:
        trained)."""
        at, noun = self._noun_at(figure, where)
        status = self.lex["counted_status_cues"]
        naming = [m for m in cues if at >= 0 and (at <= m.start() < at + len(noun)
                                                  or m.end() == at and m.group() in status)]
        if all(m in naming for m in cues):
            return cues  # (no cue but the noun's own: 易地搬迁建档立卡贫困户有10274户 stays relocated)
        return [m for m in cues if m not in naming or m.group() not in status]

    def _noun_at(self, figure: Mention, where: Passage) -> tuple[int, str]:
        """Where the noun a headcount counts stands in its clause, right after it (127名搬迁群众) or before it, and the
        noun; -1 for none."""
        noun = _noun(figure)
        if noun and self.text.startswith(noun, figure.end):
            return figure.end, noun
        return (self.text.rfind(noun, where.clause[0], figure.start) if noun else -1), noun

    def _cue_words(self, figure: Mention):
        """The cue words of a figure's table, as one pattern, and what each means."""
        if figure.table == "amounts":
            return self.money_cue, self.lex["money_cues"]
        return self.people_cue, self.lex["people_cues"]

    def _said(self, figure: Mention, where: Passage) -> bool:
        """Whether a figure's sentence says what it is before it, a cue of its own (毕节市发往广州方向的专列3趟，输送2840人)."""
        return bool(self._cues(self._cue_words(figure)[0], where.sentence[0], figure.start))

    def _next_in_list(self, before: Mention, figure: Mention, where: Passage) -> bool:
        """Whether a figure is the next item of a list the figure before it opens in its sentence, no place between
        (教师84人次、医生58人次; not 东川区100人、寻甸县200人, nor 中山市2.2亿元、其他地区4000万元, a list of places'
        shares, nor the figures 分别 gives each its place)."""
        return (before.table == figure.table and before.end > where.sentence[0] and before.start not in self._ending_at
                and self._list_item(self.text[before.end:figure.start]) and not self.places_in(before.end, figure.start)
                and not self._has("respectively_words", where.sentence[0], figure.start))

    def _opens_with_part(self, clause: int) -> bool:
        """Whether a part word opens a clause, or ends the one before it (。其中，西海岸新区投入资金3860万元)."""
        words = self.lex["part_words"]
        return self.text.startswith(words, clause) or self.text.endswith(words, 0, max(clause - 1, 0))

    def _part_of(self, whole: Mention, figure: Mention, where: Passage) -> bool:
        """Whether a figure is a part of the one before it (。其中产业项目5000万元): same table, a part word between,
        in the same paragraph or opening the figure's, the whole's the one before (…共运送务工人员2138人。 /
        从县（区）分布看，威宁自治县486人); in the figure's own sentence (总人口69.8万人，其中土家族占65%以上。2014年识别
        建档立卡贫困户3.31万户: that part is the share, not the next sentence's figure)."""
        if whole.table != figure.table:
            return False
        paragraph = self.document.paragraph_index(whole.start)
        if paragraph == where.paragraph:
            return self._has("part_words", max(whole.end, where.sentence[0]), figure.start)
        mine = self.document.paragraphs[where.paragraph]
        return (paragraph == where.paragraph - 1
                and self._has("part_words", mine.start, min(mine.end, mine.start + PART_OPENING_REACH)))

    def _named_status(self, own: list, meaning: dict, previous) -> bool:
        """Whether a part's own word names a status (status_measures) of those it counts, where its whole measures
        nothing: that status is what it counts (全村386户1412人，其中建档立卡贫困户132户: poor; not 其中参加工伤保险的
        农民工8000人, whose noun says who, no status)."""
        return previous[1].measure == "other" and any(meaning[m.group()] in self.lex["status_measures"] for m in own)

    def _aid_share_after(self, figure: Mention) -> bool:
        """Whether the clause right after a sum is its first share, named as help funds: the sum is what a
        project of that help costs in all, whatever word the text uses for it (总投资1200万元，其中沪滇资金800万元，
        县级衔接资金400万元; not 总投资1.2亿元，其中企业自筹8000万元, nor 分两期建设, no share)."""
        opening = self.lex.derived(_share_opening).match(self.text, figure.end) if figure.table == "amounts" else None
        if not opening:
            return False
        start = opening.end() + self.text.startswith(("：", ":", "，", ","), opening.end())  # (其中：沪滇资金…, 其中，…)
        share = self._cues(self.money_cue, start, start + len(self.document.clause_after(start)))
        return self._named_aid(share, self.lex["money_cues"])

    def _named_aid(self, cues: list, meaning: dict) -> bool:
        """Whether a cue names help funds (帮扶资金, 协作资金; not plain 资金)."""
        return any(meaning[m.group()] == "aid" and self._names_funds(m.group()) for m in cues)

    def _names_funds(self, word: str) -> bool:
        """Whether a cue is a noun naming what money is (帮扶资金, 总投资; not a plain 资金)."""
        return word in self.lex["noun_cues"] and word not in self.lex["plain_money_cues"]

    def _cues(self, pattern, start: int, end: int) -> list:
        """The cue words between two positions, not those inside a longer word that is none (脱贫攻坚; 转移支付 for
        a headcount, not for money), nor those a denying word earlier in their clause denies, no 的 between
        (不纳入沪滇协作资金范围: _denied_pattern)."""
        none = self._not_cues.get(pattern, self.lex["not_cues"])
        return [m for m in pattern.finditer(self.text, start, end)
                if m.group() not in none and not self._denied.search(self.text, max(0, m.start() - DENIAL_REACH), m.start())]

    def _moves_only(self, cues: list) -> bool:
        """Whether the cues are all verbs that only move money (拨付, 下拨)."""
        return all(m.group() in self.lex["carrier_cues"] for m in cues)

    def _names_source(self, cue, clause: int) -> bool:
        """Whether a cue names the funds money is drawn from (从东西部扶贫协作资金中按每人…, 从协作资金里): a word of
        source_opening before it in its clause and one of source_closing right after it."""
        return (self.text.startswith(self.lex["source_closing"], cue.end())
                and self._has("source_opening", clause, cue.start()))

    def _named_after(self, after: list) -> bool:
        """Whether the first cue after a figure in its clause names what the money is (帮扶资金; not a plain 资金)."""
        return bool(after) and self._names_funds(after[0].group())

    def _outcomes(self, cues: list) -> list:
        """The verbs of the cues that say what came of help, not that money moved (带动…就业; not 帮扶资金1860万元拨付)."""
        return [m for m in self._verbs(cues) if m.group() not in self.lex["carrier_cues"]]

    def _taken_to_learn(self, figure: Mention, where: Passage) -> bool:
        """Whether a figure's clause takes people in to learn (_taken_in) before the figure, no place of a helper naming
        whose they are before the word of their coming (接收昭通干部到东莞挂职跟岗; not 沿河县接收张家港市到沿河挂职干部,
        接收张家港挂职干部12名全部到岗: the helper's own, come to help; nor 选派挂职干部12名…并接收…来黄岩跟岗: those
        sent before the word)."""
        taken = self.lex.derived(_taken_in).search(self.text, *where.clause)
        return (taken is not None and taken.start() < figure.start
                and all(self._side(p) != "helper" for p in self.places_in(*taken.span(1))))

    def _completed(self, figure: Mention, outcome, meaning: dict) -> bool:
        """Whether only words saying it came to all or was reached stand between a figure and the outcome after it, of
        a measure that status takes (1.6万人全部脱贫, 11862人全部达到脱贫标准)."""
        return (meaning[outcome.group()] in self.lex["completed_measures"]
                and self.lex.derived(_completions).fullmatch(self.text, figure.end, outcome.start()) is not None)

    def _label_cues(self, cues, where: Passage) -> list:
        """The verbs of a label that a colon closes right before a figure's clause, in its sentence (受益对象：, 带动就业：):
        what the figures after it count; not a stretch holding a figure, a list's line before the colon's (捐赠物资折款
        12.6万元\n2.南山区南山街道—德保县马隘镇：帮扶资金70万元)."""
        start, colon = self._label_start(where), where.clause[0] - 1
        if start < 0 or _any_between(self.figure_order, start, colon):
            return []
        return self._verbs(self._cues(cues, start, colon))

    def _label_start(self, where: Passage) -> int:
        """Where the clause starts that a colon closes right before a figure's clause, in its sentence (受益对象：建档立卡
        贫困户126户, 合计：9410人: the colon parts clauses), -1 for none."""
        colon = where.clause[0] - 1
        if colon <= where.sentence[0] or self.text[colon] not in COLONS:
            return -1
        return CLAUSE.around(self.text, colon, where.sentence[0], colon)[0]

    def _verbs(self, cues: list) -> list:
        return [m for m in cues if m.group() not in self.lex["noun_cues"]]

    def _strongest(self, cues: list, first: bool = False):
        """Of several cues, a verb over a noun (捐赠帮扶资金: 捐赠), a noun over a verb that only moves money
        (拨付帮扶资金, 投入无偿帮扶资金: what moves decides), a verb of what befell those counted over one naming
        what they go to do (选派医疗专家到沿河帮扶162人次: 选派; purpose_cues), then the nearest to the figure (the
        last before it, the first after it)."""
        acting = self._outcomes(cues)
        acting = [m for m in acting if m.group() not in self.lex["purpose_cues"]] or acting
        pool = acting or [m for m in cues if m.group() in self.lex["noun_cues"]] or cues
        return pool[0] if first else pool[-1]

    def year(self, figure: Mention, where: Passage) -> Mention | None:
        """The nearest year before the figure in its sentence (or right after it:
        …1.2亿元（2019年）), else earlier in its paragraph when the sentence has no
        time of its own, else in the heading lines of its section; never a comparison's base. None where a later
        sentence's own time took the paragraph's account over (目前…), where an undated 今年 opened it or goes on in the
        figure's sentence (_opened_undated), or under a part run into its paragraph (一、加大资金投入。…)."""
        s0, s1 = where.sentence
        own = [y for y in self.years_in(s0, figure.start) if figure.start in self._values_of(y)]
        if own:
            return own[-1]  # 由2014年的59.76万人, 较2018年的3.86亿元: the year of this value
        in_sentence = [y for y in self.years_in(s0, s1) if self._dates(y) and self._value_of(y) is None]
        # (a year the figure's clause goes on with, 于 between: 第九批援藏干部人才153名于2019年7月到岗, over one before
        # it that dates another clause: 第八批…127名于2016年7月进藏; only the first year after the figure may be)
        joined = next((y for y in in_sentence if figure.end < y.start), None)
        if joined is not None and self.text[figure.end:joined.start] in self.lex["year_after_links"]:
            return joined
        # (not a part's year in an earlier clause: …累计投入15.72亿元，其中2020年安排7.46亿元，惠及46万多人 is the whole's;
        # but a comparison goes on with the part: 其中今年投入2860万元，比去年增加了近一千万元)
        past_part = where.clause[0] if not self.text.startswith(self.year_base_before, where.clause[0]) else s0
        before = [y for y in in_sentence if y.end <= figure.start and not (y.start < past_part and self._opens_part(y))]
        if before:
            return None if self._now_after(before[-1], figure) else _range_start(before, self.text)
        after = [y for y in in_sentence if figure.end <= y.start <= figure.end + 2  # …1.2亿元（2019年）
                 and not self.text[figure.end:y.start].strip("（(")]  # not 两万元，前年就脱贫了: another clause
        if after:
            return after[0]
        if self._has("own_time_words", s0, s1):
            return None
        paragraph = self.document.paragraphs[where.paragraph]
        # a cumulative figure (累计投入) is dated by a span of years earlier in its paragraph (2016年至今,
        # 截至2019年), not by a single year
        spans_only = self._has("cumulative_words", s0, figure.start)
        last = self._last_dating(where.paragraph, paragraph.start, s0)
        if last is not None and self._retimed(self.document.sentence_at(last.start)[1], s0):
            return None  # (a later sentence's 目前 took the account over from the year: no heading's year either)
        # (or where the sentence says it goes on with that year: （二）2017年。… 张家港市…率先开展，当年派驻教师27名)
        if last is not None and (self._heads_account(last, s0) or self._has("back_year_words", s0, figure.start)):
            return last if not spans_only or _spans(last.value) else None
        if self._opened_undated(paragraph.start, s0):
            return None
        if RUN_IN_PART.match(self.text, paragraph.start):  # (its heading, run in, names no year: not the title's)
            return None
        if self._part(self._through_introductions(where.section, where.paragraph), where.paragraph):
            return self._part_year(where.paragraph)  # a report's part (二、资金投入) under its title: its heading's year
        if where.section < 0:  # (no heading line above: the title's year, where it is not read as one)
            return self._title_year if s0 >= self.title_at[1] > 0 else None
        return self._heading_year(self._under_fields(where.section), where.paragraph)

    @cached_property
    def _title_year(self) -> Mention | None:
        """The year of the title (its 标题： field, or the lines over the header lines: title_at) where the paragraphs do not
        read it as a heading line, for its 、 or its comma (沪滇同心奔小康——2019年上海市黄浦区、金山区对口帮扶我市工作综述 /
        发布时间：…): a heading line all the same, whose year dates the paragraphs under it where no heading stands between
        (SPEC.md)."""
        return next((y for y in self.years_in(*self.title_at) if self._dates(y)), None)

    def _part_year(self, paragraph: int) -> Mention | None:
        """The year of the numbered heading above a paragraph, or, for a sub-part's heading that names none, of the part
        it divides ((一)东西部扶贫协作资金 under 一、2019年预算执行情况: 2019)."""
        return next((year for heading in self._headings_above(paragraph)
                     for year in self.years_in(heading.start, heading.end)), None)

    def _headings_above(self, paragraph: int) -> list:
        """The numbered heading above a paragraph and, where it is a sub-part's ((二)东乡县), the part it divides, past
        the sub-parts before it ((二) does not read (一)'s words): 三、分县（市）资助情况."""
        paragraphs, k = self.document.paragraphs, self.document.numbered_above(paragraph)
        headings = [paragraphs[k]] if k >= 0 else []
        while k >= 0 and PARENT_ITEM.match(self.text, paragraphs[k].start):
            k = self.document.numbered_above(k)
        return headings + [paragraphs[k]] if k >= 0 and headings[0] is not paragraphs[k] else headings

    def _under_fields(self, section: int) -> int:
        """The section a heading of labelled fields or a letter's addressee stands in, right under the headings above
        it: a page's fields under its title head nothing (铜仁市2019年…工作情况通报 / 来源：铜仁市扶贫开发办公室　字号：大
        中 小: the title's 2019年 dates the text below), nor does a notice's addressee (三合村2019年…补助发放情况公示 /
        全体村民：); not a label alone (内容：), which opens the body."""
        paragraphs = self.document.paragraphs
        while section > 0 and paragraphs[section - 1].heading and (self._fields_line(paragraphs[section])
                                                                    or self._addressee(paragraphs[section])):
            section = self.document.section_index(section - 1)
        return section

    def _addressee(self, paragraph) -> bool:
        """Whether a heading is a letter's or a notice's addressee (全体村民：, 尊敬的宁海县委、县政府：)."""
        return (self.text.endswith(COLONS, paragraph.start, paragraph.end)
                and self.text.startswith(self.lex["addressee_words"], paragraph.start))

    def _fields_line(self, paragraph) -> bool:
        """Whether a paragraph is a line of labelled fields (来源：…, 投资金额：1800万元), not a label alone (内容：) nor
        a place's paragraph (碧江区：昆山市全年投入…)."""
        label = LABEL_LINE.match(self.text, paragraph.start, paragraph.end)
        return (label is not None and not self.text.endswith(COLONS, paragraph.start, paragraph.end)
                and not self.places_in(paragraph.start, label.end()))

    def _heading_year(self, section: int, paragraph: int) -> Mention | None:
        """The year of the section's heading lines above a paragraph, the nearest first, not a date line's (来源：天津日报
        2020-06-09, a letter's 2020年3月15日 over the next letter) but a diary entry's (_heads_entry): the lines of its
        heading run are read once per section (a table of thousands of short lines is a run of headings)."""
        if section not in self._head_years:
            paragraphs, dated = self.document.paragraphs, []
            for k in takewhile(lambda k: paragraphs[k].heading, range(section, len(paragraphs))):
                line = paragraphs[k]  # (its day on its own line: 2016年 / 8月9日　海沧区… is a year heading entries)
                named = [y for y in self.years_in(line.start, line.end) if self._dates(y)
                         and (self._heads_entry(y, line) or not DAY_AFTER.match(self.text, y.end, line.end))]
                dated += [(k, named[0])] if named else []
            self._head_years[section] = dated
        dated = self._head_years[section]
        k = bisect_left(dated, paragraph, key=itemgetter(0))
        return dated[k - 1][1] if k else None

    def _heads_entry(self, year: Mention, line) -> bool:
        """Whether a date opens a heading line with more after its day: a diary's entry (2019年8月28日　晴)."""
        day = ENTRY_DAY.match(self.text, year.end)
        return year.start == line.start and day is not None and day.end() < line.end

    def _opened_undated(self, start: int, s0: int) -> bool:
        """Whether a paragraph's first sentence, before the figure's, sets its account in a year the text leaves
        unknown (会议通报，今年以来，…。人才交流方面，苏州选派112名…, in a text with no date: 今年 is no years row), or
        a sentence the figure's goes on from after a ； (今年天津市向我省拨付…；选派党政干部142名…): its figures are of
        that year, not of the heading's (SPEC.md: dated by 今年 or not at all)."""
        unknown = self._unknown_years
        k = bisect_left(unknown, s0) - 1
        if k < 0 or unknown[k] < start:
            return False  # (no such word in the paragraph before the figure's sentence: most texts)
        first_end = self.document.sentence_at(start)[1]
        return (first_end <= s0 and _any_between(unknown, start, first_end)) or not self._stops_between(unknown[k], s0)

    @cached_property
    def _unknown_years(self) -> list[int]:
        """Where the text's 今年, 去年… stand that are no years rows (a text of unknown date), not a comparison's base
        (比去年)."""
        return [m.start() for m in self._words["relative_years"].finditer(self.text)
                if m.start() not in self.year_start_set and not self._compares(m.start())]

    def _value_of(self, year: Mention) -> int | None:
        """Where the figure starts that a year dates alone, as its value of that year (由2014年的59.76万人减少至
        2.87万人: 2014 dates the 59.76万人 only, even after a comparison's 较), else None."""
        m = DATES_A_VALUE.match(self.text, year.end)
        if m and self._rate_after.match(self.text, m.end()):
            return m.end()  # (由2015年底的24.8%降至零: a rate, no figure, that the year dates alone)
        if not m or m.end() not in self.figure_starts:
            return None
        # (not a whole its parts follow: 今年到位的6630万元中，4120万元用于产业发展: the year dates the parts too)
        return None if self.text.startswith(self.lex["whole_of_parts"], self.figure_starts[m.end()]) else m.end()

    def _values_of(self, year: Mention) -> list[int]:
        """Where the figures start that a year dates alone (_value_of): the one after its 的 and those listed right
        after it, a list's mark or word between, as _respective_places reads a list of figures (分别由2020年的10860元、
        10215元、11430元提高到…: 2020 dates all three; 由2019年的8200元和7950元: both)."""
        found, at, joins = [], self._value_of(year), self.lex["list_joining_words"]
        while at in self.figure_starts:
            found.append(at)
            end = self.figure_starts[at]
            at = next((end + len(w) for w in joins if self.text.startswith(w, end)), None)
        return found

    def _heads_account(self, year: Mention, s0: int) -> bool:
        """Whether a year of an earlier sentence of the paragraph still dates a figure: no 。 stands between its
        sentence and the figure's (the sentence right before, or ；-parts after it), or it opens its own sentence,
        heading an account the text goes on with (2019年，宝山区投入
        资金1亿元。…。其中产业项目5000万元) unless a later sentence's own time took it over (year, _retimed); not a year
        inside a sentence further back (获得绿卡的人数已从2016财年的106.3万人降至…。…。每年接收难民上限…). On the
        audits, such years dated 8 figures right and 17 that readers left undated."""
        if self._labels_item(year) or self._opens_part(year):
            return False  # (…累计投入10.37亿元，其中2018年一年就达4.16亿元；先后选派…: 2018 dates the part alone)
        start, end = self.document.sentence_at(year.start)
        number = ITEM_OPENING.match(self.text, start, year.start)  # (（二）2017年：学科突破。 opens with its item's number)
        if len(self.text[number.end() if number else start:year.start].strip(" 　")) <= YEAR_LEAD:
            return True
        # (a year after its sentence's own subject dates that subject's account, not a later sentence with a subject of
        # its own: 南京市“十三五”以来累计向墨竹工卡县投入…；苏州市与林周县共建的…示范园牦牛存栏3600头; 六合区…2018年4月建成
        # 运营…。江宁区援建…投入协作资金2800万元; not 今年, the time of the whole text: 宁海县今年对晴隆县投入…；宁波市本级
        # 和结对区县向望谟县追加投入5300万元)
        mine, theirs = self._subject_at(start), self._subject_at(s0)
        if mine and theirs and mine != theirs and self.text[year.start:year.end] not in self.lex["relative_years"]:
            return False
        # (the sentence right before, or the parts ； separates that follow it up to the figure's: 分别签订了2019年
        # “携手奔小康”行动协议。其中，昆山市…4600万元；张家港市…5200万元; not where a time word of that sentence's
        # own dates its account and the year only an event in a later clause, 在 or 于 before it: 三年来派出…，帮助医院
        # 在2017年创建…。上海选派教师48名; still 截至目前，浙江已向我省拨付今年第一批…；第一批209名…到岗, and a year
        # opening its clause: 每年安排…，“十三五”期间累计达到3.2亿元。…惠及6.8万人)
        clause = CLAUSE.around(self.text, year.start, start, end)[0]
        # (a time word that is a year itself, 今年是关键之年, dates the account as the year does)
        timed = any(m.start() not in self.year_start_set
                    for m in self._words["own_time_words"].finditer(self.text, start, clause))
        event = clause < year.start and self.text.endswith(self.lex["event_year_marks"], 0, year.start)
        return not self._stops_between(end, s0) and not (timed and event)

    def _subject_at(self, start: int) -> str:
        """The place a sentence opens with, its subject (南京市…, 常州援藏工作组…), '' for none."""
        first = next(iter(self.places_in(start, start + SUBJECT_REACH)), None)
        return first.value.name if first is not None and first.start == start else ""

    def _retimed(self, start: int, end: int) -> bool:
        """Whether a sentence between two positions opens with a time of its own, starting an account the year above
        no longer dates (今年是…第一年。…。目前，上海在疆援疆干部人才共计958名。分地区看，在喀什地区工作的781名): one
        bisect, not a walk over the stops of a long paragraph."""
        return _any_between(self._retiming_stops, start - 1, end)

    @cached_property
    def _retiming_stops(self) -> list[int]:
        """The full stops a time word of its own follows (。目前，…)."""
        return [stop for stop in self._full_stops if self.text.startswith(self.lex["own_time_words"], stop + 1)]

    def _stops_between(self, start: int, end: int) -> bool:
        """Whether a full stop (。！？) stands between two positions: one bisect, not a scan of a long paragraph."""
        return _any_between(self._full_stops, start, end)

    @cached_property
    def _full_stops(self) -> list[int]:
        return [m.start() for m in FULL_STOP.finditer(self.text)]

    def _labels_item(self, year: Mention) -> bool:
        """Whether a year labels an item of a list by year, a figure right after it as after the year before it
        (2019年2130人、2020年2680人；帮助贫困人口就近就业3960人): it dates its item, not the account after the list."""
        k = bisect_left(self.year_starts, year.start)
        return (year.end in self.figure_starts and k > 0 and self.years[k - 1].end in self.figure_starts
                and year.start - self.years[k - 1].end <= PARALLEL_REACH)

    def _now_after(self, year: Mention, figure: Mention) -> bool:
        """Whether the figure is of now, not of a year before it in its sentence: a word of now stands
        between (2018年参加了培训，她现在每个月能挣6000多元), not as the end of the year's span
        (从2013年到现在, 自2018年启动…到目前) nor a value's (将从目前的2.1万亿美元); or a year the text cannot date (今年 in a
        text of unknown date, no years row: 2017年至2018年，…投入7450万元，今年再安排6350万元)."""
        if year.value.kind != "point":
            return False
        if _any_between(self._unknown_years, year.end, figure.start):
            return True
        now = self._words["now_words"].search(self.text, year.end, figure.start)
        return now is not None and not self.text.endswith(self.lex["now_span_words"], max(0, now.start() - 1), now.start())

    def _last_dating(self, paragraph: int, start: int, before: int) -> Mention | None:
        """The last year of a paragraph before a position that dates figures (not a comparison's
        base), tracked as the figures come in order: a paragraph of comparisons (比2018年增长…)
        is read once, not back from every figure."""
        k, last = self._dating.get(paragraph, (bisect_left(self.year_starts, start), None))
        if k and self.years[k - 1].start >= before:  # asked about an earlier point: start again
            k, last = bisect_left(self.year_starts, start), None
        while k < len(self.years) and self.years[k].start < before:
            if (self._dates(self.years[k]) and self._value_of(self.years[k]) is None
                    and not (last and _closes(last, self.years[k], self.text))):
                last = self.years[k]  # (1978年到2017年，… the range dates the paragraph's figures, not its end)
            k += 1
        self._dating[paragraph] = (k, last)
        return last

    def _opens_part(self, year: Mention) -> bool:
        """Whether a year opens a part of the figure before it (其中2020年安排7.46亿元, 其中“十三五”…): it dates that
        part's clause only."""
        quoted = year.start - 1 if self.text[year.start - 1:year.start] in QUOTE_OPENERS else year.start
        return self.text.endswith(self.lex["part_words"], 0, quoted)

    def _compares(self, start: int) -> bool:
        """Whether a year starting here is a comparison's base (比2018年增长, 较去年增加)."""
        return self.text.endswith(self.year_base_before, max(0, start - 3), start)

    def _said_of_a_year(self, year: Mention) -> bool:
        """Whether a year names what an earlier year of its clause is (今年是“十三五”规划收官之年: 今年 is the
        account's year, the plan only describes it)."""
        k = bisect_left(self.year_starts, year.start)
        if not k:
            return False
        subject = self.years[k - 1]  # (of its sentence: the clean text keeps no line break between paragraphs)
        return (self.text.startswith(self.lex["year_copulas"], subject.end)
                and subject.start >= self.document.sentence_at(year.start)[0]
                and CLAUSE_STOP.search(self.text, subject.end, year.start) is None)

    def _dates(self, year: Mention) -> bool:
        """A year dates figures unless it is a comparison's or a price's base (比2018年增长, 2010年不变价), tells a
        person's age (今年49岁的他), says what an earlier year is (今年是“十三五”规划收官之年), or is part of a title
        (《关于拨付2020年中央财政专项帮扶资金…的通知》) or an edition's or an issue's name (赴宁波务工政策问答（2020年版）,
        公告（2020年第6号）)."""
        if (self._compares(year.start) or self._ratio.match(self.text, year.end)
                or self.text.startswith(self.lex["year_base_nouns"], year.end)
                or self._edition.match(self.text, year.end) or self._said_of_a_year(year)):
            return False
        if self.text[year.start:year.end] in self.lex["age_years"] and self._age.match(self.text, year.end):
            return False
        return title_around(self.text, year.start) is None

    def roles(self, figure: Mention, where: Passage, measure: str, cue: str) -> tuple[str, str]:
        """actor: the giving-side place named before the figure in its sentence,
        or the one the passage is about; target: the receiving-side place the
        sentence names or marks (向…, 在…), or the one the passage is about.
        Several places on one side give the one that holds them all, else
        none. A figure that only describes a place (its poor, its budget, an
        income per person, people lifted no driver word credits) has no actor
        unless a giver is named with it; a place spending on itself is both.
        People both sides send each other (两地互派挂职干部31名, 互派党政干部23名:
        mutual_words before the figure in its clause) have neither: no one side
        sends or receives them."""
        if self._has("mutual_words", where.clause[0], figure.start):
            return "", ""
        s0 = where.sentence[0]
        named = self.places_in(s0, where.clause[1], spots=True) + self._purpose_places(where)
        # the last place before the figure, followed by a receiving word, receives (河北接受社会捐赠款物9.2亿元)
        last = [p for p in named if p.end <= figure.start][-1:]
        taking = {p.start for p in last if self._receives(p, figure)}
        owners, seats, _ = self._stationing
        # (a firm named by its place, investing, invests for it whatever its side: 成都某食品有限公司投资建设…，投资2.5亿元;
        # not a firm invested in, 宁夏泉丰鞋服有限公司，由晋江一家运动鞋企业投资)
        investing = set() if measure != "investment" else {
            p.start for p in named if p.end <= figure.start and self._opens_clause(p)
            and (firm := self.regions.firm.match(self.text, p.end))
            and self.text.startswith(self.lex["plain_investment_cues"], firm.end())}
        giving = [p for p in named if (self._side(p) == "helper" or p.start in owners | investing) and p.end <= figure.start
                  and p.start not in taking and p.rule != LOCAL_RULE and p.start not in self._going and p.start not in seats
                  and not self._noting_another(p, figure)]
        # (the giver opening the figure's own clause, over a district an earlier one names: 罗湖区结对帮扶的德保县，深圳
        # 农商银行发放贷款1.35亿元 is 深圳's; not one it names inside: 宝山区…帮助叶城县在上海销售1.86亿元)
        own = [p for p in giving if p.start >= where.clause[0]]
        chosen = own if any(self._opens_clause(p) or self._part_subject(p, figure) for p in own) else giving
        # (each share's own giver, from the figure before it in its clause on where one stands there: 其中北京市援青资金
        # 800万元、天津市援青资金400万元 is 天津市's)
        if (previous := self._figure_before(figure)) >= where.clause[0]:
            chosen = [p for p in chosen if p.start > previous] or chosen
        givers = innermost(self._listed_holders(chosen))
        receivers = [p for p in named if (self._side(p) != "helper" or p.start in taking) and p.start not in investing]
        # 分县看：望谟县7120万元、册亨县6850万元 (其中黄石310人，武汉2184人: where a team goes): the item's place
        # receives, or gives where it is on the giving side (市南区1460万元，市北区1730万元: what each buys); so does
        # the place a 分别 pairs the figure with (上海、广东分别选派1450名、870名)
        item = self._item_place(figure, where.sentence)
        respective = [] if item else self._respective_places(figure, where.sentence)
        if item is not None:
            if self._side(item) == "helper":
                givers, receivers = [item], [p for p in receivers if p.start >= figure.end]
            else:
                receivers = [item]
        own_senders = [p for p in ([item] if item else respective) if self._side(p) == "helped"]
        if (sent_back := self._sent_back(own_senders or named, figure, where, measure, named)) is not None:
            return sent_back
        for place in respective:  # (the sentence's other side stays: 东莞、中山两市共同帮扶昭通市，分别销售…)
            if self._side(place) == "helper":
                givers = [place]
            else:
                receivers = [place]
        # 沈阳117个重点项目…总投资1051亿元, 继续投资大连: in a text pairing none, where it lands, and no one named gives
        landing = measure in self.lex["landing_measures"] and not self.helpers and not receivers and bool(givers)
        if presented := self._presenting(named, figure, measure):
            givers, receivers = presented, [p for p in receivers if p not in presented]
        elif landing:
            givers, receivers = [], givers
        givers, landing_in = self._clause_pair(givers, receivers, where.clause[0], figure)
        # 武汉市上岗快递小哥人数…增加到目前的2万多人: a number of people is a statistic of a place, not its act
        counting = self._has("count_words", where.clause[0], figure.start)
        acting = self._acting_measure(measure, figure, where)
        # (people lifted that no driver word credits describe the place: 当年减贫1684户 after 长宁区投入…)
        describing = (measure in self.lex["describing_measures"] or cue in self.lex["describing_cues"] or counting
                      or measure in self.lex["driven_measures"] and not acting)
        # a place's poor or budget describe it whatever its side (福建省安溪县…贫困人口31.37万人);
        # not a person's income (在龙泉…月收入4000多元: the worker's home is the target)
        of_place = measure in self.lex["describing_measures"]
        # in a text that pairs no places, a giver its sentence names is what the figure is about (沈阳地铁…复工人数
        # 3328人), not the receiving place of the passage around it (_own_place, below); not where the sentence
        # tells of help going out (广东中医医疗队累计收治患者244人: the patients are where the team went)
        own = (not self.helpers and not receivers and bool(givers) and measure not in self.lex["outward_measures"]
               and not self._sends(where.sentence))
        target = "" if own else self._landing(landing_in or (named if of_place else []), figure, where)
        if in_row := self._row_places(figure):
            target = self._holding(innermost(in_row)) or target  # (a table's row: the place it is about)
        credited = givers  # the givers the figure is credited to
        if describing and self.own_poverty:
            credited = []  # 泰顺县建档立卡贫困人口1.2万人 in a text about its own poor: 泰顺县 gives nothing
        elif describing and measure == "poor":  # 会泽县尚有20044户未脱贫: only a giver in its own clause counts
            credited = [p for p in givers if p.start >= where.clause[0]]
        # 东莞市再支持1亿元，全县今年将再整合扶贫资金25亿元: the whole county of the figure's own clause acts, as where
        # no giver is named (内蒙古全区完成危房改造8073户); not a number of people (全省务工人数为191万人)
        whole = (self._whole_place(where.clause[0], figure.start)
                 if not credited or credited[-1].end <= where.clause[0] else "")
        buying = measure in self.lex["buying_measures"]
        # (not the places an item of a list of shares names together: 其中望谟县2180万元…，兴仁、贞丰、安龙、兴义四地合计
        # 1640万元)
        several = len({p.value.name for p in receivers if where.clause[0] <= p.start < figure.start}) > 1
        subject = (item is None and not (several and self._among_items(figure, where.sentence))
                   and any(self._subject(p, figure, where, credited) for p in receivers))
        # 中国工程院定点扶贫澜沧县…工程院…培训乡土人才1500余名: a central unit, no place, gives (SPEC.md: 中央)
        # (社会各界向我州捐款: a giver no place is, its subject)
        # (三省先后派出援藏干部627名: a count of places no named division holds, its subject: several give, no one; not
        # one that receives, 8县市获得财政帮扶资金均超过1亿元, whose giver is read as any receiver's)
        no_giver = (self._central_help_between(self.document.paragraphs[where.paragraph].start, figure.start)
                    or any(self.text.startswith(self.lex["placeless_givers"], at)
                           or (_any_between(self.unheld_counts, at, at + 1)
                               and not self._receiving(at, figure.start))
                           for at in (s0, where.clause[0], self._list_opening(s0, where.paragraph))))
        if self._placeless_item(figure, where):
            no_giver, credited = True, []
        # (县财政局滞留协作资金1,726.5万元: a sum at fault is no one's help, whoever's funds it was, nor its paying out,
        # 泽普县已将滞留资金4亿元全部拨付; only a giver the sentence names has it)
        faulted = self._has("fault_words", where.clause[0], figure.start)
        uncredited = no_giver or faulted  # (the routes below credit no giver the sentence does not name)
        actor = ((whole if acting and not counting else "")
                 or self._actor(figure, where, acting, credited,
                                named_only=describing or bool(taking) or subject or landing or uncredited))
        if buying and self.helpers and self._side_named(actor) == "helped":
            actor = ""  # (全县通过电商渠道销售农特产品1.36亿元 in a text of help: the receiving side sells, SPEC's actor buys)
        # (兴义市销售2.87亿元 in 宁波市's report on its buying: the county sells, the report's helper buys)
        if (not actor and not credited and (not subject or buying) and not uncredited and (
                acting and not describing
                or measure in self.lex["giver_budget_measures"] and self.own_report_helper in self._owned)):
            # 全年到位财政帮扶资金8630万元 in 都安's own report: 龙华区 gives; in a giver's own report (我区), its budget
            # is its own (关于黄浦区2020年预算执行情况的报告 / 区财政…预算安排对口支援资金2.76亿元: 黄浦区's; not the
            # helper's in a helped county's, 关于盐池县2019年财政决算的报告)
            actor = self.own_report_helper
        if (not actor and taking and not faulted and measure in self.lex["received_measures"]
                and not self._has("other_sources", last[0].end, figure.start)):
            # 宾川县获得沪滇帮扶资金4120万元 in a text pairing 奉贤区 with 大理州: the help it receives is its giver's
            actor = self._giver_of(last[0].value)
        if not actor and buying and not credited and not uncredited and (division := self._divisions.get(target)):
            # 分县看，澜沧县1.38亿元 (sales) in a text pairing 上海市 with 普洱市: what a receiving place sells, its giver
            # buys (SPEC.md: the actor buys)
            giver = self._passage_place(where, "helper")
            actor = giver if self._givers_of(division) == {giver} else ""
        if (not actor and not credited and not counting and not uncredited
                and measure in self.lex["self_acting_measures"]
                and (item is None or measure not in self.lex["outward_measures"])  # (黄冈市619人: where a team goes)
                and (figure.table == "amounts" or cue not in self.lex["noun_cues"])  # not 80多名建筑工人
                and not self._aid_share_after(figure)  # (张家川县肉牛养殖项目总投资…，其中天津市帮扶资金…: where it is built)
                # (no act: a place's own people at work, if any)
                and (acting and measure not in self.lex["acted_measures"] or self._at_work(figure, where.clause[0]))):
            actor = (self._acting_alone(receivers, figure, where.clause[0], opening=not acting)
                     or (self._acting_for_itself(where) if not receivers else ""))
            target = target or actor  # a place acting for its own people is the target too
        if not target and (acting or of_place or measure in self.lex["driven_measures"]) and self.own_poverty:
            target = self._passage_place(where, "helper")  # 安溪共投入各级财政扶贫资金 in 福建
        # (a giving place's share in a list is its act, not where it lands: 市南区1460万元，市北区1730万元 bought)
        # (a 我X the text leaves unresolved after a target marker, 滨州市累计向我县投入 in a text naming no 县 of its own,
        # or a count of places no named division holds, 全市帮助销售两州农特产品: a receiver it does not name, so the
        # figure does not stay at home)
        at_home = (not self.helpers and not (item is not None and item in givers)
                   and not self._marked_own_word(where.clause[0], figure.start)
                   and not self._has("unnamed_receivers", where.sentence[0], figure.start)
                   and not _any_between(self.unheld_counts, where.clause[0], figure.start))
        if not target and not receivers and at_home and measure not in self.lex["outward_measures"]:
            target = self._own_place(givers, where, acting)
        if (not target and actor and at_home and not receivers and measure in self.lex["at_home_measures"]
                and not self._sends(where.sentence)):  # (not 湖南援助湖北黄冈医疗队队员: help going out)
            target = actor  # 湖南从省、市、县机关单位选派干部到企业: in a text pairing none, a place acts at home
        if not target and not where.beyond and self._names_no_receiver(where.sentence):
            target = self._most_named(where)  # the last resort, nothing else said
        if actor and not buying and (self._by_both_sides(s0, figure) or self._both_sides_before(where, figure)):
            actor = ""  # 两地共帮助…转移就业2146人: both sides act, no one division (SPEC.md: else empty)
        return actor, target

    def _names_no_receiver(self, sentence: tuple[int, int]) -> bool:
        """Whether a sentence names no place, or only givers and no 我X the text leaves unresolved (学校一期工程…投入深圳
        援疆资金1.35亿元 in a story of 塔县's school; not 今年我州…引进杭州…企业 in a text naming no 州)."""
        named = self.places_in(*sentence, spots=True)
        return not named or (all(self._side(p) == "helper" for p in named)
                             and not any(self._unresolved_own_words(*sentence)))

    def _central_help_between(self, start: int, end: int) -> bool:
        """Whether a central unit's word of help (central_help_words: 定点扶贫) stands between two positions: one
        bisection over where the text's stand, not a search from a long paragraph's start for each of its figures."""
        spans = self._central_help_spans
        k = bisect_left(spans, (start,))
        return k < len(spans) and spans[k][1] <= end

    @cached_property
    def _central_help_spans(self) -> list[tuple[int, int]]:
        """Where the text's central_help_words stand, in order (one scan: its words, 定点扶贫 and 定点帮扶, cannot
        overlap, so a scan from the text's start finds each that a search from a paragraph's start would)."""
        return [m.span() for m in self._words["central_help_words"].finditer(self.text)]

    def _list_opening(self, s0: int, paragraph: int) -> int:
        """Where the sentence opens whose colon a sentence set after ； goes on as an item of its list (社会力量助力
        挂牌督战重点突出“五帮三带两转”：在智力技能上帮，…；在务工就业上帮，…输出贫困户56人: the opening's subject
        acts in each item), else the sentence's own start. The colon is looked for within reach: each item of a list of
        thousands costs the same."""
        start = max(self.document.paragraphs[paragraph].start, s0 - self.reach)
        if not self.text[start:s0].rstrip().endswith(("；", ";")):
            return s0
        colon = max(self.text.rfind(c, start, s0) for c in COLONS)
        if colon < 0 or self._stops_between(colon, s0):
            return s0
        return self.document.sentence_at(colon)[0]

    def _sent_back(self, senders_from: list[Mention], figure: Mention, where: Passage, measure: str,
                   named: list[Mention]) -> tuple[str, str] | None:
        """The actor and target of people a receiving-side place sends to a giving-side one to work or learn there
        (我州选派党政干部19名、专业技术人才87名赴松江区挂职学习; 毕节、黔南选派63名干部到广州挂职): they land where they go
        (SPEC.md: the target is where the figure lands), sent by the places of senders_from (the sentence's, or the
        figure's own item or 分别 place: 遵义市、普洱市分别选派干部61名、30名到上海挂职) named before them since the last
        place people went to before the figure's clause, or, but for a part, the one before that (松江区选派…到我州工作，
        我州选派180名…赴松江: 我州; 我市选派62名…到湖州挂职锻炼，选派…318名到湖州跟岗学习: 我市), those of the figure's own
        clause where it names any (济南市选派…来我州帮扶，我州选派208名…到济南: 我州, the subject of its 选派), and not
        where people come from (昭通籍学生). None unless both are named: where people go in the figure's clause (a giving
        place's one-letter name too, 赴苏挂职: _abbreviated_destination), or, for a part (其中教师96名), the last such
        place before it in its sentence; not a sender the text leaves unnamed (已选派16名)."""
        if measure not in self.lex["sent_back_measures"]:
            return None
        going = self._going
        went = [p for p in named if p.start in going]
        to = [p for p in went if where.clause[0] <= p.start < where.clause[1]]
        part = not to and self._opens_with_part(where.clause[0])
        if part:
            to = [p for p in went if p.end <= figure.start][-1:]
        abbreviated = None if to else self._abbreviated_destination(*where.clause)
        if (not to and abbreviated is None) or any(self._side(p) != "helper" for p in to):
            return None
        cuts = [p.end for p in went if p.end <= figure.start and p not in to]
        # (a clause goes on with the last one's sender, a sender of its own taking over below: 我市选派62名干部到湖州挂职
        # 锻炼，选派教师、医生等专业技术人员318名到湖州跟岗学习 is 我市's, as is …，赴湖州跟岗学习的教师共选派318名)
        if cuts and not part:
            cuts.pop()
        since = max(cuts, default=where.sentence[0])
        senders = [p for p in senders_from if since <= p.start and p.end <= figure.start and p.start not in going
                   and not self.text.startswith(self.lex["origin_words"], p.end)]
        # (the figure's own clause's sender, over an earlier clause's: 济南市选派…来我州帮扶，我州选派208名…到济南)
        senders = [p for p in senders if part or p.start >= where.clause[0]] or senders
        if not senders or any(self._side(p) != "helped" for p in senders):
            return None
        target = abbreviated if abbreviated is not None else self._holding(to, listed=True) or self._named_holder(to)
        return self._holding(senders, listed=True) or self._named_holder(senders), target

    def _abbreviated_destination(self, start: int, end: int) -> str | None:
        """The giving division a one-letter name after a destination marker stands for in a clause (我市选派…赴苏挂职:
        苏州市 where the text names 苏州市 on the giving side, else 江苏省 where it names that); '' where the text names
        none of them (the people go elsewhere all the same: their sender is not where they land), None for no such
        name."""
        found = self._abbreviated_to.search(self.text, start, end)
        if found is None:
            return None
        return next((name for name in self.lex["abbreviated_destinations"][found.group("short")]
                     if self._side_named(name) == "helper"), "")

    def _noting_another(self, place: Mention, figure: Mention) -> bool:
        """Whether a place stands in a bracket noting a receiving item before the figure's, another receiving place
        between them (分县看：册亨县（江北区长期结对帮扶）7920万元，望谟县7480万元: 江北区 gives the 7920万元, not the
        7480万元; not a giver's gloss, 苏州市（张家港市）对口帮扶沿河县…，项目总投资385.6万元)."""
        opened = open_bracket(self.text, max(0, place.start - NOTE_REACH), place.start, self.lex)
        close = bracket_end(self.text, place.end, figure.start, self.lex) if opened >= 0 else -1
        return (close >= 0 and (item := self._ending_at.get(opened)) is not None and self._side(item) == "helped"
                and any(self._side(p) == "helped" for p in self.places_in(close, figure.start)))

    def _row_places(self, figure: Mention) -> list[Mention]:
        """The receiving places the cells of a figure's table row name, where one stands after it (1｜恩施玉露｜250克/盒｜
        368元｜1.2吨｜…合作社｜恩施市: the county the row's product comes from, inside the 恩施州 of its name)."""
        row = self.document.row_at(figure.start)
        places = [p for p in self.places_in(row.cells[0][0], row.cells[-1][1]) if self._side(p) == "helped"] if row else []
        return places if any(p.start > figure.end for p in places) else []

    def _listed_holders(self, places: list[Mention]) -> list[Mention]:
        """The places, less one listed right after or before a division holding it: the holder acts for both
        (全年宁波市、宁海县投入我县…8650万元: 宁波市; 常州及江苏其他地区: 江苏省; 新引进张家港及苏州企业9家: 苏州市; not
        上海市…宝山区, named apart: the district acts; nor 黄埔区、广州开发区, a zone named for its city); the later
        written as a chain, from where its chain starts (宁波市及宁波市江北区共向我县拨付: 宁波市)."""
        def holds(outer: Mention, inner: Mention) -> bool:
            return inside(inner.value, outer.value) and not self.text.startswith(self.lex["zone_words"], outer.end)
        joined = lambda a, b: self.text[a.end:self._chain_start(b)] in self.lex["list_joining_words"]
        inner = {id(b if holds(a, b) else a) for a, b in pairwise(places) if joined(a, b) and (holds(a, b) or holds(b, a))}
        return [p for p in places if id(p) not in inner]

    def _subject(self, place: Mention, figure: Mention, where: Passage, credited: list[Mention]) -> bool:
        """Whether a receiving-side place is the subject of a figure's act, not the passage's giver: it opens the
        figure's clause (长垣市1000多名党员志愿者站出来; not one later in it: 邀请普洱25名教师, 本市采购遵义农产品 name
        what is acted on; nor a count of the helped places giving each its share: 三县区各不少于3800万元 says what each
        gets), or, where no giver is credited, the writer's own place opens an earlier clause of the sentence and goes
        on acting (2月24日，我县首批12辆务工专车从县城出发，载送326名务工人员)."""
        if place.end > figure.start or not self._opens_clause(place):
            return False
        if place.start >= where.clause[0]:
            return not self._shares_of(place)
        return place.rule == OWN_RULE and place.start >= where.sentence[0] and not credited

    def _shares_of(self, place: Mention) -> bool:
        """Whether a place is a count of the helped places a share word follows (三县区各…)."""
        return place.rule == COUNTED_RULE and self.text.startswith(self.lex["each_words"], place.end)

    def _purpose_places(self, where: Passage) -> list[Mention]:
        """The place a purpose clause right after the figure's names first (吴兴区投入教育帮扶资金1860万元，帮助青川县
        新建教学用房), or a clause saying where it is put to use (投资2.5亿元，在安龙县建设…): where the figure lands,
        as if named in its own clause; a chain by its last (帮助云南省罗平县)."""
        comma, text = where.clause[1], self.text
        # (past a comparison going on with the figure: 安排资金3.26亿元，比去年增加近四千万元，在楚雄州实施项目142个)
        while comma < where.sentence[1] and text.startswith(self.lex["comparison_openers"], comma + 1):
            comma = CLAUSE.around(text, comma + 1, comma + 1, where.sentence[1])[1]
        if comma >= where.sentence[1] or text[comma] not in "，,":
            return []
        purpose = next((w for w in self.lex["purpose_markers"] if text.startswith(w, comma + 1)), "")
        marker = purpose or next((w for w in self.lex["where_markers"] if text.startswith(w, comma + 1)), "")
        if not marker:
            return []
        chain, at = [], comma + 1 + len(marker)
        for place in starting_in(self.spots, self.spot_starts, at, where.sentence[1]):
            if place.start != at:
                break
            chain.append(place)
            at = place.end
        # (not a list of places, 在东乡县、积石山县建设: the passage's holder of them; nor where a figure of the clause
        # stands, 到山东就业186人，在重庆市内就近就业1970人: the next item's, not this one's)
        clause_end = CLAUSE.around(text, comma + 1, comma + 1, where.sentence[1])[1]
        order = self.figure_order
        at_venue = bool(chain) and venue(text, chain[0].start, chain[-1].end, self.lex)  # (在海南三亚召开的论坛)
        if text.startswith(self.lex["list_joining_words"], at) or (
                not purpose and (at_venue or bisect_left(order, at) < bisect_left(order, clause_end))):
            return []
        return most_specific(chain, text)

    def _figure_before(self, figure: Mention) -> int:
        """Where the figure before this one starts, -1 for none."""
        k = bisect_left(self.figure_order, figure.start)
        return self.figure_order[k - 1] if k else -1

    def _receives(self, place: Mention, figure: Mention) -> bool:
        """Whether a receiving word follows a place before the figure (河北接受社会捐赠款物9.2亿元; 湖北全省慈善系统，
        累计接受…), not one naming a kind of place (深圳…累计培训受援地教师: 受援地 is where 深圳 sends help), nor the
        giving-side body, in a text of pairings, that takes gifts to pass them on (宁波市慈善总会共接收东西部扶贫协作
        专项捐赠款物: 宁波 gives them; 佛山红十字会接收 in news pairing none receives for 佛山). A place inside its clause
        receives only there: a later clause's word is its subject's (玉屏侗族自治县：与太仓市结对，接收挂职干部6名)."""
        end = figure.start
        if not self._opens_clause(place):  # (its clause's end, sought forward only: a page of such lines stays linear)
            end = CLAUSE.around(self.text, place.start, place.start, figure.start)[1]
        return self._receiving(place.end, end, giver=bool(self.helpers) and self._side(place) == "helper")

    def _receiving(self, start: int, end: int, giver: bool = False) -> bool:
        """Whether a receiving word stands between two positions, not one naming a kind of place (受援地); giver: nor
        one a passing body takes (_receives)."""
        return any(not self.text.startswith(self.lex["receiving_noun_ends"], m.end())
                   and not (giver and self._has("passing_bodies", start, m.start()))
                   for m in self._words["receiving_words"].finditer(self.text, start, end))

    def _clause_pair(self, givers: list[Mention], receivers: list[Mention], clause_start: int,
                     figure: Mention) -> tuple[list[Mention], list[Mention]]:
        """The givers and receivers of the figure's own clause, when it names a pair of its own before the figure (a
        giver, then where it lands): that clause tells of its own pair (厦门市投入临夏州…，其中思明区向东乡县投入3200万元，
        湖里区向积石山县投入2500万元: 湖里区 and 积石山县, not the sentence's five; 苏州市投入林周县4.2亿元)."""
        def own(places):
            return [p for p in places if clause_start <= p.start and p.end <= figure.start]
        own_givers, own_receivers = own(givers), own(receivers)
        if not (own_givers and own_receivers and own_givers[0].start < own_receivers[0].start):
            return givers, receivers
        later = [p for p in receivers if p.start >= figure.end]
        return own_givers, own_receivers + later

    def _item_place(self, figure: Mention, sentence: tuple[int, int]) -> Mention | None:
        """The division a figure follows at once in a list of such items, each a place and its figure (分县
        （市）看：望谟县7120万元、册亨县6850万元), a note in brackets between or not (册亨县（江北区长期结对帮扶）7920万元):
        the figure is that place's share, whatever the sentence names; not a giving place people go to (输往浙江省3100人，
        输往广东省1200人: those a place sends there)."""
        place = self._item_before(figure.start)
        if (place is None or place.rule == LOCAL_RULE
                or place.start in self._going and self._side(place) == "helper"):
            return None
        return place if self._among_items(figure, sentence) else None

    def _among_items(self, figure: Mention, sentence: tuple[int, int]) -> bool:
        """Whether another figure of the sentence follows a division at once, an item of a list of shares (the
        text's items found once, then counted by bisection: a list of hundreds is not read again from each figure)."""
        items = self._item_starts
        k = bisect_left(items, figure.start)
        itself = k < len(items) and items[k] == figure.start  # (the figure stands in its sentence)
        return bisect_left(items, sentence[1]) - bisect_left(items, sentence[0]) > itself

    @cached_property
    def _item_starts(self) -> list[int]:
        """Where the figures that follow a division at once start (items of lists of shares), in order."""
        return [s for s in self.figure_order if (p := self._item_before(s)) is not None and p.rule != LOCAL_RULE]

    def _item_before(self, pos: int) -> Mention | None:
        """The place ending right before a position, or right before a bracket closing there."""
        opened = self._note_opening(pos, max(0, pos - 1 - NOTE_REACH))
        return self._ending_at.get(opened if opened >= 0 else pos)

    def _note_opening(self, pos: int, since: int) -> int:
        """Where the note in brackets closing right before a position opened, looking back to since, else -1
        (资金（沪滇扶贫协作资金）190万元, 册亨县（江北区长期结对帮扶）7920万元)."""
        if self.text[pos - 1:pos] not in self.lex["bracket_closes"]:
            return -1
        return open_bracket(self.text, since, pos - 1, self.lex)

    def _respective_places(self, figure: Mention, sentence: tuple[int, int]) -> list[Mention]:
        """The places a 分别 pairs a figure with: of the lists of places before it in the sentence, the last on each side
        as long as the figures of the figure's table after it, in order (上海、广东、深圳、山东分别选派1450名、870名、760名、
        1780名; 东莞、中山两市共同帮扶昭通市，分别销售昭通产品2.6亿元和1.5亿元; 思南县、碧江区分别在常熟市、昆山市对口帮扶下，
        …销售额分别为1509.8万元、1299.0万元: 思南县 and 常熟市; 昆山市、吴江区分别向碧江区、印江县捐赠…: the last list
        before its figures), each chain listed by its last name (向陕西、青海海南州投入…
        分别为24.9亿元和2.3亿元: 海南藏族自治州)."""
        *_, word = [None, *self._words["respectively_words"].finditer(self.text, sentence[0], figure.start)]
        if word is None:
            return []
        clause_end = CLAUSE.around(self.text, word.end(), sentence[0], sentence[1])[1]  # (its figures: its clause's)
        # (the list holding the figure, each joined to the one before by a list's mark or word: 分别由2020年的10860元、
        # 10215元、11430元提高到2025年的16000元…, the first three)
        lists = place_lists(self.text, self._table_figures(figure.table, word.end(), clause_end), lambda m: True,
                            self.lex["list_joining_words"])
        figures = next(([m.start for m in run] for run in lists if figure in run), [])
        if len(figures) < 2:
            return []
        # the lists of places, each item a chain read by its last name (places_in: 陕西、青海海南州分别, 海南州, not 青海;
        # 会泽县大井镇, 会泽县: a town after its county stands for it, no item of its own)
        runs: dict[int, list[Mention]] = {}  # by where each list starts (_list_starts)
        for p in self.places_in(sentence[0], figures[0]):  # (after the word too: 分别助销碧江区、万山区产品5120万元、3870万元)
            runs.setdefault(self._list_starts[p.start], []).append(p)
        sides = {}
        for run in reversed(runs.values()):
            if len(run) == len(figures):
                sides.setdefault(self._side(run[0]) == "helper", run[figures.index(figure.start)])
        return list(sides.values())

    @cached_property
    def _going(self) -> set[int]:
        """Where the places people go to start (_going_lists): they give nothing."""
        return {p.start for places in self._going_lists for p in places}

    @cached_property
    def _going_lists(self) -> list[list[Mention]]:
        """The lists of places people go to (其中到上海就业316人, 到广东、浙江等省外就业, 到青岛等山东省内就业): a place a
        marker stands before, and those a list's mark joins after it (place_lists). Read once per document: a sentence
        of thousands of figures asks for each; a chain's last name by where the chain starts (赴广东佛山的专列)."""
        text = self.text

        def going(p: Mention) -> bool:
            start = self._chain_start(p)
            marker = next((w for w in self.lex["destination_markers"] if text.endswith(w, 0, start)), "")
            if not marker and self._work_after.match(text, p.end):  # 在广东省稳定就业的贫困劳动力: where they work
                marker = next((w for w in self.lex["work_place_markers"] if text.endswith(w, 0, start)), "")
            # 来珠海跟岗学习: where they come to learn (not the 来 of a time word, 今年以来杭州市挂职干部)
            if (not marker and self._come_to_after.match(text, p.end)
                    and not text.endswith(self.lex["own_time_words"], 0, start)):
                marker = next((w for w in self.lex["come_to_markers"] if text.endswith(w, 0, start)), "")
            # (a one-letter marker may end a verb: 找到, 收到)
            return bool(marker) and not (len(marker) == 1
                                         and text[max(0, start - 2):start - 1] in self.lex["not_destination_after"])
        return place_lists(text, self.places_in(0, len(text), spots=True), going, self.destination_joins)

    def _by_both_sides(self, s0: int, figure: Mention) -> bool:
        """Whether the figure's sentence makes both sides of a pairing its subject before it (两地共帮助,
        双方计划), no helping place named after them but where people go; not two places of one side it names (从陇南、安顺两地…输入),
        nor a count of places a numeral goes on (聚焦“两州一县”深度贫困地区: two prefectures and a county), nor a count
        standing for one side's places, a division holding them or not (宝山区…，嘉定区…。两区共落实财政帮扶资金: 上海市's;
        常州市对口支援云阳县、秭归县…组织两县…来常就业: 常州市's; _counted_places)."""
        both = next(iter(self._both_sides_in(s0, figure.start)), None)
        if both is None:
            return False
        after = self.places_in(both[1], figure.start, spots=True)  # (双方回顾：我区向昭通市投入: 我区 gives)
        # (not where people go: 两地…帮助德江籍农村劳动力到江苏就业, 江苏 is no giver; nor where something stands:
        # 两地…在天桥区设立花垣县驻济南劳务协作站)
        if any(self._side(p) == "helper" and p.start not in self._going and not self._seated(p) for p in after):
            return False
        # the places naming the two: the list ending right before them, chains and all (陇南、安顺两地, 甘肃陇南、山东青岛两地)
        last = self._ending_at.get(both[0])
        start = max(s0, self._list_starts[last.start]) if last is not None else both[0]
        named = self.places_in(start, both[0])
        # (not what is acted on: 帮助两地贫困劳动力, 向两州投入; nor whose people are taken in: 接收两地…来甬挂职)
        acted_on = self.text.endswith(self.not_both_acting, 0, start if named else both[0])
        return not acted_on and len({self._side(p) for p in named}) != 1

    def _both_sides_in(self, start: int, end: int) -> list[tuple[int, int]]:
        """Where words naming both sides stand from start to end, as (start, end), in order (_both_sides)."""
        both = self._both_sides
        found = both[bisect_left(both, (start,)):bisect_left(both, (end,))]
        return [(a, b) for a, b in found if b <= end]

    @cached_property
    def _both_sides(self) -> list[tuple[int, int]]:
        """Every place words name both sides, read once per document (a sentence of thousands of figures asks for
        each): 两地, 双方, not a count a numeral goes on nor one standing for one side's places (_by_both_sides), and
        a giver and a receiver joined to act together (_joint_subjects)."""
        words = [(m.start(), m.end()) for m in self._words["both_sides_words"].finditer(self.text)
                 if self.text[m.end():m.end() + 1] not in CN_DIGIT_CHARS and m.start() not in self.one_side_at]
        return sorted(words + self._joint_subjects)

    @cached_property
    def _joint_subjects(self) -> list[tuple[int, int]]:
        """A giver and a receiver joined by 与 or 和, each with its organ's name if any, before a word of acting
        together (晋江市人社部门和西吉县联合举办, 上海市与湖北省文联共同发起): both sides as a subject, as 两地.
        From the first name to the end of that word."""
        found = []
        for a, b in pairwise(self.spots):
            if (self._joint_glue.fullmatch(self.text, a.end, b.start)
                    and (joint := self._joint_word.match(self.text, b.end))
                    and {self._side(a), self._side(b)} == {"helper", "helped"}):
                found.append((a.start, joint.end()))
        return found

    def _both_sides_before(self, where: Passage, figure: Mention) -> bool:
        """Whether the sentence before the figure's, in its paragraph, has both sides as the subject of a clause, which
        the figure's goes on with, naming no giver (两地人社部门联合举办专场招聘会5场。今年共帮助我县73名贫困劳动力到浙江就业)."""
        s0 = where.sentence[0]
        # (a sentence read only within reach of the figure (passage) has no sentence before it in reach)
        if s0 <= self.document.paragraphs[where.paragraph].start or self.document.sentence_at(s0)[0] != s0:
            return False
        before = max(self.document.sentence_at(s0 - 1)[0], s0 - self.reach)
        # (at the sentence's start too, which may follow a heading with no mark between: （四）劳务协作 / 两地共同举办…)
        both = next((start for start, _ in self._both_sides_in(before, s0)
                     if start == before or opens_clause(self.text, start)), None)
        # (its clauses before them naming no giver but where something stands: 在福州设立定西劳务工作站7个，两地联合举办…)
        return both is not None and self._by_both_sides(before, figure) and all(
            self._side(p) != "helper" or self._seated(p) for p in self.places_in(before, both))

    @cached_property
    def _stationing(self) -> tuple[set[int], set[int], list[tuple[int, str]]]:
        """Where places name a body one of them keeps in the other, a stationing word alone between them, the second's
        chain and all (三都县驻广州市黄埔区劳务协作工作站, 宁波市驻黔西南州工作队), read once per document: the starts of
        the seats, who give nothing, and of the owners opening their clause, who act for it whatever their side (not
        where the body is what is paid for: …、海原县驻厦门劳务工作站运行经费64万元); and, for each body named in full,
        where its name ends and its owner."""
        owners, seats, named = set(), set(), []
        for a, b in pairwise(self.places_in(0, len(self.text), spots=True)):
            if self.text[a.end:chain_start(b.start, self._chained)] in self.lex["stationing_words"]:
                seats.add(b.start)
                if self._opens_clause(a):
                    owners.add(a.start)
                if name := self._station_name.match(self.text, b.end):
                    named.append((name.end(), a.value.name))
        return owners, seats, named

    def _station_owner(self, start: int, end: int) -> str:
        """The owner of a body a bare word opening a clause names between two positions (工作站累计帮助三都籍务工人员…
        就业1652人; not 据工作站统计, a source): that of the last one named in full before it."""
        named = self._stationing[2]
        if not named:
            return ""  # (most texts name no such body: no search per figure)
        # (a full name's own word never opens a clause: its seat or the name's rest stands right before it)
        for word in self._words["station_words"].finditer(self.text, start, end):
            if opens_clause(self.text, word.start()):
                return next((owner for at, owner in reversed(named) if at <= word.start()), "")
        return ""

    @cached_property
    def _titled_station(self) -> str:
        """The owner of a body the title opens with, named in full (册亨县驻宁波劳务协作工作站2020年工作总结): the body
        writes, so a figure naming no giver is its owner's (新帮助册亨县农村劳动力到宁波就业1,132人: 册亨县's, not the
        helper's the passage names, 在宁波市江北区人力社保局…的大力支持下)."""
        owners, _, named = self._stationing
        first = next(iter(self.places_in(*self.title_at)), None)
        if first is None or first.start not in owners or not named or named[0][0] > self.title_at[1]:
            return ""
        return named[0][1]

    @cached_property
    def _titled_firm(self) -> str:
        """The place of a giving-side firm or chamber whose name the title opens with (广州交通投资集团有限公司2020年“万企
        帮万村”结对帮扶工作情况报告): the firm writes, so a figure naming no giver is its place's (SPEC.md: a firm presented
        with its place acts for it), not the giver's whose pair frames its help (在广州市天河区对口帮扶…纳雍县的工作框架下).
        A province heading the name stands for the one giver inside it the text pairs, the firm's home (江苏港城精密纺织
        股份有限公司 in a text pairing 张家港市 with 沿河县); none where it pairs several or none."""
        first = next(iter(self.places_in(*self.title_at)), None)
        if (first is None or chain_start(first.start, self._chained) != self.title_at[0] or self._side(first) != "helper"
                or self.regions.firm.match(self.text, first.end) is None):
            return ""
        if first.value.level != "province":
            return first.value.name
        inner = {d for h in self.helpers if (d := self._divisions.get(h)) and inside(d, first.value)}
        homes = [d.name for d in inner if not any(inside(o, d) for o in inner)]
        return homes[0] if len(homes) == 1 else ""

    def _seated(self, place: Mention) -> bool:
        """Whether a place is where something stands, not who acts (在天桥区设立…, 驻济南; not 在龙岗区协助下, whose
        help it is)."""
        frame = self.text[place.end:place.end + AGENT_FRAME_REACH]
        return (self.text.endswith(self.lex["seat_markers"], 0, place.start)
                and not any(w in frame for w in self.lex["agent_frame_ends"]))

    def _presenting(self, named: list[Mention], figure: Mention, measure: str) -> list[Mention]:
        """The place that presents the people a headcount sends, whatever its side: right after the count
        (128名广东省援助湖北医疗队队员, 137名甘肃医疗人员), after 来自, or after the team they form (由126名医务人员
        组成的四川省医疗队). They act for it (SPEC.md: a team presented with its place)."""
        if figure.table != "headcounts" or measure not in self.lex["outward_measures"]:
            return []
        first = next((p for p in named if p.start >= figure.end), None)
        if first is None:
            return []
        if self.text.startswith(self.lex["origin_words"], first.end):
            return []  # 接回…199名湖北同胞, 131位湖北籍旅客: where they are from, not whom they act for
        between = self.text[figure.end:first.start].removeprefix(figure.value.noun)
        return [first] if not between or between in self.lex["presenting_words"] else []

    def _sends(self, sentence: tuple[int, int]) -> bool:
        """Whether a sentence tells of help going out: a cue of an outward measure (医疗队, 驰援, 捐赠)."""
        return any(meaning.get(m.group()) in self.lex["outward_measures"]
                   for cues, meaning in ((self.people_cue, self.lex["people_cues"]), (self.money_cue, self.lex["money_cues"]))
                   for m in self._cues(cues, *sentence))

    def _landing(self, places: list[Mention], figure: Mention, where: Passage) -> str:
        """Where a figure lands: of the receiving places its sentence names, those a marker after it names
        where no other figure follows in its clause (8支医疗队844名队员在武汉支援，3支医疗队389名队员在随州;
        not a place naming its people: 75名湖南队员; nor one before it: 来自安徽的26名医护人员), else, in a text of
        help between places, those of its own clause before it, from the figure before it on where any stand there,
        else all of them; none when the one it lands in opens a list left unnamed (向湖北等地捐款); else the passage's
        receiving place."""
        # (each figure of a list its own item's, not the next item's place: 向毕节市投入5.6亿元、向黔南州投入3.3亿元、
        # 向安顺市投入2.1亿元)
        previous = self._figure_before(figure)
        last = not _any_between(self.figure_order, figure.start + 1, where.clause[1])  # (its clause's last figure)
        after = [p for p in places if p.start >= figure.end and self._marked(p)] if last else []
        # (…澜沧县也已通过考核评估，重庆市万州区2019年…收入…达到40171元: 万州区; not in news pairing none, where a
        # clause's place is as often where people come from: 江西省7名医疗队员 go to 湖北)
        own = [p for p in places if where.clause[0] <= p.start and p.end <= figure.start] if self.helpers else []
        own = [p for p in own if p.start > previous] or own
        target = ((self._target(after, figure) if after else "") or (self._target(own, figure) if own else "")
                  or self._target(places, figure))
        if self._left_open(target, places):
            return ""
        if target:
            return self._firm_standing(target, places, where) or target
        passage = self._passage_place(where, "helped")
        if (self._has("unnamed_receivers", where.clause[0], figure.start)
                and self._outside(passage, [d for p in self.pairs if (d := self._divisions.get(p.helped))])):
            return ""  # (帮助对口地区贫困劳动力实现就业不少于5000人: the places paired, unnamed, not the passage's one)
        after = ([p.value for p in self.places_in(figure.end, where.sentence[1]) if self._side(p) == "helped"]
                 if passage else [])  # (the several the sentence goes on with, where it is about one)
        if outside := self._outside(passage, after):
            # (全年安排…4.5亿元，其中保山市约3.3亿元、香格里拉市和泽普县各约6000万元 in a passage of 保山市: several the
            # sentence goes on with, the division named holding them all, if any; SPEC.md)
            return self._holder([self._divisions[passage], *outside], self._divisions)
        return passage

    def _outside(self, name: str, divisions: list) -> list:
        """The divisions outside a division, neither in it nor holding it, when several (香格里拉市 and 泽普县 for 保山市;
        not 西藏自治区 and 日喀则市, 定日县's)."""
        division = self._divisions.get(name)
        distinct = {d.name: d for d in divisions}
        outside = [d for d in distinct.values() if division and not (at_or_inside(d, division) or inside(division, d))]
        return outside if len(outside) > 1 else []

    def _firm_standing(self, target: str, places: list[Mention], where: Passage) -> str:
        """Where a target province the sentence names only as a firm's stands (宁夏凯晟纺织科技有限公司，总投资1.2亿元:
        firms take their province's name wherever they stand in it): the place the passage is about inside it (西吉县),
        the more specific place (SPEC.md); '' for none, and for a prefecture's firm (铜仁市…公司), standing where named."""
        outer = self._divisions.get(target)
        named = [p for p in places if p.value.name == target]
        if (outer is None or outer.level != "province" or not named
                or not all(self.regions.firm.match(self.text, p.end) for p in named)):
            return ""
        within = self._divisions.get(self._passage_place(where, "helped"))
        return within.name if within is not None and inside(within, outer) else ""

    def _acting_measure(self, measure: str, figure: Mention, where: Passage) -> bool:
        """Whether a figure's measure is what a place does (acting_measures), or does only where a driver word before
        it in its clause says someone helped it come about (帮助黔西南州9万名贫困群众实现脱贫; not 全县累计脱贫4268户,
        which describes the county: driven_measures), one crediting someone (not 全县累计实现…脱贫 alone:
        uncredited_drivers)."""
        return measure in self.lex["acting_measures"] or (
            measure in self.lex["driven_measures"]
            and any(m.group() not in self.lex["uncredited_drivers"]
                    for m in self._words["driver_words"].finditer(self.text, where.clause[0], figure.start)))

    def _marked_own_word(self, start: int, end: int) -> bool:
        """Whether a 我X (or 本X) of a division's kind the text leaves unresolved stands right after a target marker
        between two positions (向我县, 为我市; not 给我们, nor a 我县 standing for the county whose report it is)."""
        return any(self._after_target_marker(m.start()) for m in self._unresolved_own_words(start, end))

    def _unresolved_own_words(self, start: int, end: int):
        """Each 我X (or 本X) of a division's kind the text leaves unresolved between two positions, its kind the match's
        first group (我州 in a text of 州扶贫办 naming no 州)."""
        kinds = (*self.lex["counted_place_kinds"], *self.lex["own_long_kinds"])
        return (m for m in self.regions.own_word.finditer(self.text, start, end)
                if m.group(1) in kinds and m.start() not in self._own_words)

    def _own_place(self, givers: list[Mention], where: Passage, acting: bool) -> str:
        """Where the document tells of no help between places (it pairs none) and the sentence names no
        receiving side, a figure is about the giving-side place its sentence names (泰顺县共投入资金8000万元:
        a place spending on itself), or, for a figure no place does, the one its passage is about and acts
        in (西城区大栅栏街道灯火通明。…100多名党员 -> 西城区)."""
        named = self._holding(givers)
        if named or acting:
            return named
        return self._acting(self._passage_place(where, "helper"), where)

    def _actor(self, figure: Mention, where: Passage, acting: bool, givers: list[Mention], named_only: bool) -> str:
        """The givers named with the figure, else (named_only: not for a figure describing a place,
        nor one whose sentence names who receives it) the place the passage is about: the whole
        place a 全省 names, the writer's own (本市), its giver."""
        if givers:  # (several: the one holding them, or, in a text of help between places, the division it names that
            # does: 宝安、龙华两区…62家深圳企业…投入帮扶资金 is 深圳市's; not in news pairing none, 晋江市与安溪县合作)
            return self._holding(givers) or (self._named_holder(givers) if self.helpers else "")
        s0 = where.sentence[0]
        if self._helper_word.search(self.text, s0, figure.start):
            return self.main_helper  # 帮扶方累计向我县投入财政帮扶资金2.18亿元: the giver, as the text calls it
        if owner := self._station_owner(s0, figure.start):
            return owner
        if named_only:
            return ""
        if self._titled_station or self._titled_firm:
            return self._titled_station or self._titled_firm
        if self._whole_word(s0, figure.start) or self._has("own_place_words", s0, figure.start):
            # 全省各地…销售农特产品763.7万元: the province the passage is about, whatever its side;
            # 本市/我市 is the writer's own place: the passage's giver
            if not acting:
                return ""  # 武汉全市累计治愈出院4895人: 武汉 describes, and the passage's giver has no part
            giver = (self._whole_place(s0, figure.start)
                     or self._acting(self._passage_place(where, "helper", or_main=True), where))
            # a 我X the text leaves unresolved is no giver of another kind, but the named one of its kind holding it (我市
            # in 海曙区's passage: 宁波市; 我市…五年累计向三地投入 in a speech naming 北辰区 and no 市 of its own: no one)
            kinds = tuple({m.group(1) for m in self._unresolved_own_words(s0, figure.start)})
            if kinds and not giver.endswith(kinds):
                division = self._divisions.get(giver)
                return self._holder([division], {n for n in self._divisions if n.endswith(kinds)}) if division else ""
            return giver
        giver = self._passage_place(where, "helper")
        # (湖州 and 浙江 above a figure of 湖州's report on its pairing with 广安: the paired 湖州市 acts, not 浙江省)
        giver = self._acting(giver, where) or self._paired_within(giver, where.sentence[0])
        # (the report's own giver for a division holding it the paragraph names, whoever's text it is: 广东省 in 镇雄县's
        # notice of 东莞市's school places is 东莞市; not a firm's or a school's place, 上海申茂服饰有限公司投资… in 闵行区's
        # story: the firm acts for 上海市)
        if (own := self._own_within(giver)) == giver:
            return giver
        bodies = any(self.regions.names_institution(p, self.text)
                     for p in self._paragraph_places(where.paragraph, where.sentence[0], "helper").names.values())
        return giver if bodies else own

    def _acting(self, giver: str, where: Passage) -> str:
        """A giver from outside the figure's sentence, only when it acts in the document: paired with a
        helped place, opening a clause of the paragraph or its item before the figure (2019年，杨浦区在普洱市实施项目42个。
        项目覆盖…; 2.昆山市人力资源和社会保障局。在碧江区设立…), or the first place its section's heading names ((一)张家港市—沿河土家族自治县: SPEC.md's
        section headed 宝山区：…). One the passage only names (在北京举行, 上海浦东国际机场) credits nobody."""
        if not giver or giver in self.helpers or self._heads(giver, where.section):
            return giver
        return giver if self._first_opening(giver, where.paragraph) < where.sentence[0] else ""

    def _first_opening(self, name: str, paragraph: int) -> float:
        """Where a place first opens a clause in a paragraph (inf for nowhere): read once per place and paragraph, not
        back from every figure of a paragraph of thousands."""
        if paragraph not in self._openers:
            span, first = self.document.paragraphs[paragraph], {}
            for p in self.places_in(span.start, span.end):
                if self._opens_clause(p) or self._after_item_number(p.start):
                    first.setdefault(p.value.name, p.start)
            self._openers[paragraph] = first
        return self._openers[paragraph].get(name, float("inf"))

    def _giver_of(self, place, innermost: bool = False) -> str:
        """The one giver the text pairs with a division or one holding it, '' for none or several; innermost: of
        those the text names, the innermost of a chain (昆山市, not 苏州市 holding it, for 碧江区)."""
        givers = self._givers_of(place)
        if innermost:
            named = [d for g in givers if (d := self._divisions.get(g))]
            givers = {d.name for d in named if not any(inside(o, d) for o in named)}
        return givers.pop() if len(givers) == 1 else ""

    def _givers_of(self, place) -> set[str]:
        """The givers the text pairs with a division or one holding it."""
        return set().union(*(names for helped, names in self._givers.items()
                             if (division := self._divisions.get(helped)) and at_or_inside(place, division)))

    @cached_property
    def _givers(self) -> dict[str, set[str]]:
        """The givers the text's pairs give each receiving division, by its name."""
        givers: dict[str, set[str]] = {}
        for pair in self.pairs:
            givers.setdefault(pair.helped, set()).add(pair.helper)
        return givers

    def _paired_within(self, name: str, before: int) -> str:
        """The one giver of the text's pairings that lies inside a wider division and is named before a position
        (not one the text names only later: 全年采购、帮助销售黔西南农特产品7.8亿元。…宁海县在晴隆县投入…), '' for
        none or several."""
        wider = self._divisions.get(name)
        inner = {h for h in self.helpers if wider and (d := self._divisions.get(h)) and inside(d, wider)}
        # (a giver the pairs name by a 我X alone, or only where facts set the place aside, is named nowhere before)
        only = inner.pop() if len(inner) == 1 else ""
        return only if self._first_named.get(only, len(self.text)) < before else ""

    @cached_property
    def _first_named(self) -> dict[str, int]:
        """Where each division is first named."""
        first = {}
        for p in self.places:
            first.setdefault(p.value.name, p.start)
        return first

    def _heads(self, name: str, section: int) -> bool:
        """Whether a section's heading names a division first and a receiving one after it: the giver of a
        pair the section tells of ((一)张家港市—沿河土家族自治县; not 重庆巴南区龙洲湾街道——, a story's setting)."""
        if section < 0:
            return False
        heading = self.document.paragraphs[section]
        first, *rest = self.places_in(heading.start, heading.end) or [None]
        return (first is not None and first.value.name == name and self._side(first) == "helper"
                and any(self._side(p) == "helped" for p in rest))

    def _opens_clause(self, place: Mention) -> bool:
        """Whether a place is the first word of its clause: what the clause is about (杨浦区在普洱市实施…),
        with the names of a chain it ends (北京西城区大栅栏街道…: 西城区), after the year that opens it, if any, and
        the word making it a start (2021年上海市下达我市…, 今年以来我县已向江苏转移就业…: 上海市, 我县)."""
        start = self._chain_start(place)
        # (a match, not a slice: the last year may stand thousands of letters back on a long page, asked of each place)
        if (k := bisect_left(self.year_starts, start)) and (
                (end := self.years[k - 1].end) == start or self._words["since_after"].fullmatch(self.text, end, start)):
            start = self.years[k - 1].start
        return opens_clause(self.text, start)

    def _chain_start(self, place: Mention) -> int:
        """Where the chain a place ends starts (北京西城区: 北京), each name before it holding it; not roles.chain_start,
        which walks over any touching name (香港福建社团联会捐款: 福建 does not open the clause 香港 opens)."""
        start = place.start
        while (outer := self._ending_at.get(start)) is not None and inside(place.value, outer.value):
            start = outer.start
        return start

    def _part_subject(self, place: Mention, figure: Mention) -> bool:
        """Whether a place opens a part's clause, a cue of the figure's table right after it: the part's own giver
        (其中东莞市投入12.4亿元, 包括杭州市投入6.1亿元; not 其中上海市级财政援助资金, the level of whose money, nor
        其中上海市第五人民医院8名, a unit sent)."""
        start = self._chain_start(place)
        part = next((w for w in self.lex["part_words"] if self.text.endswith(w, 0, start)), "")
        return (bool(part) and opens_clause(self.text, start - len(part))
                and any(m.start() == place.end for m in self._cues(self._cue_words(figure)[0], place.end, figure.start)))

    def _after_item_number(self, pos: int) -> bool:
        """Whether a position follows just the item number opening its paragraph (2.昆山市人力资源和社会保障局。在碧江区
        设立…: what the item is about)."""
        start = self.document.paragraph_at(pos).start
        return pos > start and ITEM_OPENING.fullmatch(self.text, start, pos) is not None

    def _acting_alone(self, receivers: list[Mention], figure: Mention, clause: int, opening: bool) -> str:
        """The one receiving-side place named before a figure, in its clause when one is, not marked
        as where help lands (向, 在…): it acts on its own (百色市累计投入133.78亿元, 朔州市输送5000多名
        贫困劳动力，长治市组织培训1200人). opening: for a figure of no act (other), only a place opening
        its clause, the subject (长垣市1000多名党员志愿者站出来; not 家住宜昌市…的马德喜一家三口); not one a word of
        receiving or arriving follows (河北接受, _receiving: not a kind of place receiving, 百色市各受援县)."""
        before = [p for p in receivers if p.end <= figure.start and not self._marked(p) and p.rule != LOCAL_RULE
                  and not self._receiving(p.end, figure.start) and not self._has("arrived_words", p.end, figure.start)
                  and (not opening or self._opens_clause(p))]
        subjects = {p.value.name for p in ([p for p in before if p.start >= clause] or before)}
        return subjects.pop() if len(subjects) == 1 else ""

    def _acting_for_itself(self, where: Passage) -> str:
        """For a sentence naming no place, in a text pairing none or a passage naming no giver: the
        receiving-side place the passage is about and acts in (正安县出台优惠政策…。解决一个贫困户就业，
        政府一次性奖励2000元; a county's own story in a roundup of several)."""
        if self.helpers and self._passage_place(where, "helper"):
            return ""
        return self._acting(self._passage_place(where, "helped"), where)

    def _at_work(self, figure: Mention, clause: int) -> bool:
        """Whether a figure counts a place's own people at work (1000多名党员志愿者, 排查居民444386户),
        not what befell them (治愈出院4895人): a worker's noun, or an act before the figure in its clause."""
        return self._workers(figure) or self._has("act_words", clause, figure.start)

    def _workers(self, figure: Mention) -> bool:
        """Whether a headcount counts people at work (1000多名党员志愿者)."""
        return self._counts(figure, "worker_nouns")

    def _counts(self, figure: Mention, nouns: str) -> bool:
        """Whether a headcount counts people of a lexicon's kind: its noun ends in one of its words."""
        return _noun(figure).endswith(self.lex[nouns])

    def _marked(self, place: Mention) -> bool:
        """Whether a target marker stands right before a place (向会泽县, 在叶城县), before the chain
        it ends (向那曲市比如县: 比如县 receives, and does not spend on itself), or before the list it is an
        item of (驰援武汉、荆门: both are where the help lands)."""
        return self._after_target_marker(self._list_starts[place.start])

    @cached_property
    def _list_starts(self) -> dict[int, int]:
        """Where the list each place is an item of starts, by the place's start: the first name of the chain its first
        item ends (驰援武汉、荆门 from 荆门: 武汉's; 向那曲市比如县: 那曲市's). Found once per document, each from the item
        before it: a sentence listing thousands of places asks of each at every figure."""
        text, joins, starts = self.text, self.lex["list_joining_words"], {}
        for p in self.spots:  # (in order: the item before is found first)
            start = chain_start(p.start, self._chained)
            previous = self._ending_at.get(start - 1) if text.endswith(joins, max(0, start - 1), start) else None
            starts[p.start] = start if previous is None else starts[previous.start]
        return starts

    def _after_target_marker(self, pos: int) -> bool:
        """Whether a target marker (向, 在, 帮助…) ends right before a position: where help lands."""
        return self.text.endswith(self.target_markers, 0, pos)

    @cached_property
    def _ending_at(self) -> dict[int, Mention]:
        """Each place by where it ends (武汉 of 武汉、荆门)."""
        return {p.end: p for p in self.spots}

    @cached_property
    def _chained(self) -> dict[int, int]:
        """Where each place ends, and where it starts: a chain's names touch (roles.chains)."""
        return chains(self.spots)

    def _whole_place(self, start: int, end: int) -> str:
        """The division a whole-place word or a level's organ between two positions stands for (全县, 县里, 县财政,
        市总工会): the last of its level named in its sentence, else the document's own of that level (the title's,
        else the header lines': Regions.own_divisions), else the last named, or ''. (全年全省向宁夏、定西、临夏三地投入
        in 福建省's report: 福建省, not the 甘肃省 named above as the home of 定西; 今年，市总工会向安顺、陇南两市总工会
        各拨付 under 信息来源：青岛市总工会: 青岛市, not 陇南市.)"""
        whole = self._whole_word(start, end)
        if whole is None:
            return ""
        suffix, at = self._whole_words.suffixes[whole.group()], whole.start()
        sentence = self.document.sentence_at(at)[0]
        own = self._own_division_names.get(suffix[-1], "")  # (自治区: a 区 that is one)
        # (or the one of its kind the text calls its own: 全市新增向广东转移就业 in a bulletin whose 我市 is 河池市, not
        # the 深圳市 named last)
        called = {name for name in self._owned if name.endswith(suffix)}
        return (self._last_named(suffix, at, since=sentence) or (own if own.endswith(suffix) else "")
                or (called.pop() if len(called) == 1 else "") or self._last_named(suffix, at))

    def _level_giver(self, figure: Mention, where: Passage, roles: tuple[str, str]) -> str | None:
        """The giver a level opening a figure's item of money names (level_funds, _item_opening): a named division before
        级 (其中苏州市级资金4500万元: 苏州市), else, for a level of level_givers, the place the money lands in or the giver
        read so far, in that order, that is a division of that level, by its level, not its name (天津市's funds、县级
        配套资金300万元 for 张家川县's project: 张家川县; for 靖西市's, a county-level city, 靖西市), else the document's
        own of that level (its title's or header lines'); '' where none is known, not the last county named, one of many
        (利川市、巴东县等8县市…县级配套资金); None where no such level opens the item."""
        if figure.table != "amounts":
            return None
        opening = self._item_opening(figure, where)
        if (found := self._level_fund.fullmatch(self.text, opening, figure.start)) is None:
            return None
        if found.group("name"):
            named = self._ending_at.get(found.end("level"))
            return named.value.name if named is not None and self._chain_start(named) == found.start("name") else None
        level = found.group("level")
        if (kind := self.lex["level_givers"].get(level)) is None:
            return self._level_below(figure, where, level, opening)
        self._leveled.add(figure.start)
        # (no division holds a county: divisions.csv stops at that level)
        return (next((name for name in roles if (d := self._divisions.get(name)) is not None and d.level == kind), None)
                or self._own_division_names.get(level, ""))

    def _level_below(self, figure: Mention, where: Passage, level: str, opening: int) -> str | None:
        """For a level whose letter alone may be any side's (区级, 市级, 省级), the document's own division of that level
        where a share before it in its sentence names a division holding it before 级 (普陀区's notice: 其中，上海市级财政
        帮扶资金8460万元，区级财政帮扶资金3400万元: 普陀区); no one where a central share stands before it in its sentence
        (其中：中央资金36,420万元，省级资金12,581万元，市级资金3,062万元: the receiving side's own levels, under the central
        one; not 其中市级资金1.2亿元、区级资金1.92亿元, the helper's, nor after 按照党中央部署); None otherwise. opening:
        where the figure's item opens (_item_opening)."""
        own = self._divisions.get(self._own_division_names.get(level, ""))
        if own is None or not any(self.text.startswith(self.lex["level_marks"], p.end)
                                  and (d := self._divisions.get(p.value.name)) and inside(own, d)
                                  for p in self.places_in(where.sentence[0], figure.start)):
            if not self._central_share.search(self.text, where.sentence[0], opening):
                return None
            own = None
        self._leveled.add(figure.start)
        return own.name if own else ""

    @cached_property
    def _own_division_names(self) -> dict[str, str]:
        """The document's own division of each kind (县, 市) by its title or header lines only, read once."""
        own = self.regions.own_divisions(self.doc, {suffix[-1] for suffix in self._whole_words.suffixes.values()},
                                         whole_text=False)
        return {kind: division.name for kind, division in own.items()}

    def _whole_word(self, start: int, end: int):
        """The first whole-place word between two positions; one that stands for the place only opening a
        clause (区里7家爱心企业出资, 自治区做出了…决定) counts there only (not 社区里, 新疆维吾尔自治区, nor a
        list's item: 29个省、自治区、直辖市), and an organ only standing bare (由县财政, not 社区委员会)."""
        openers, acted_on = self.lex["whole_place_openers"], self.lex["acted_on_markers"]
        return next((m for m in self._whole_words.pattern.finditer(self.text, start, end)
                     if (m.group() not in openers or opens_clause(self.text, m.start(), quoted=True))
                     and not self.text.endswith(acted_on, 0, m.start())), None)  # (not 帮助全州建档立卡贫困人口)

    def _last_named(self, suffix: str, before: int, since: int = 0) -> str:
        """The last division whose name ends so (全省: 省; 全区: 区, 自治区 too; 自治区: only a 自治区) named
        before a position, since another (黑龙江全省; 丹江口在全市; 全省 in a report that began with 山西)."""
        starts, names = self._named_by_suffix.get(suffix[-1:], ((), ()))
        for i in range(bisect_left(starts, before) - 1, bisect_left(starts, since) - 1, -1):
            if names[i].endswith(suffix):
                return names[i]
        return ""

    @cached_property
    def _title_places(self) -> list:
        return self.regions.title_places(self.doc)

    @cached_property
    def _named_by_suffix(self) -> dict[str, tuple[list[int], list[str]]]:
        """Where each name ending in 省, 市, 县, 区 … starts, and the name: one bisect per figure."""
        found: dict[str, tuple[list[int], list[str]]] = {}
        for p in self.places:
            starts, names = found.setdefault(p.value.name[-1:], ([], []))
            starts.append(p.start)
            names.append(p.value.name)
        return found

    def _side(self, place: Mention) -> str:
        """helper or helped: what the document's pairings say (of the place, or of the one it
        lies in: 巴彦淖尔市 when 内蒙古 helps 荆门), else the province's side, else helped."""
        key = (place.value.name, place.value.code)
        if key not in self._sides:
            self._sides[key] = self._side_of(place.value)
        return self._sides[key]

    def _side_named(self, name: str) -> str:
        """The side of the division a name stands for (_side_of), '' for a name no place of the text holds."""
        division = self._divisions.get(name)
        return self._side_of(division) if division is not None else ""

    def _side_of(self, place) -> str:
        if place.name in self.helpers:
            return "helper"
        if place.name in self.helped:
            return "helped"
        if place.level != "province" and place.code:  # a province lies inside none of the paired places
            within = {side for side, outer in self.paired.items() if any(inside(place, o) for o in outer)}
            if len(within) == 1:
                return within.pop()
        return self.regions.side(place) or "helped"

    def _target(self, receivers: list[Mention], figure: Mention) -> str:
        if not receivers:
            return ""
        marked = [p for p in receivers if self._marked(p)]
        chosen = marked or receivers
        # 在宁夏，西吉县…仍有贫困人口1569户: a place named after the marked one, inside it and
        # before the figure, is the more specific (not one named later: 向湖北省捐赠…，数万名…武汉)
        within = [p for p in receivers if p.end <= figure.start
                  and any(q.end <= p.start and inside(p.value, q.value) for q in chosen)] if len(chosen) <= 3 else []
        return ((self._holding(within) if within else "") or self._holding(chosen, listed=len(marked) > 1)
                or self._named_holder(chosen))

    def _left_open(self, name: str, places: list[Mention]) -> bool:
        """Whether the place a figure would land in opens a list left unnamed (向湖北等地捐款): then it
        lands in no one place (a named place holding the list still does: 驰援武汉、荆门等地 in 湖北)."""
        return any(p.value.name == name and self.text.startswith(self.lex["open_list_marks"], p.end) for p in places)

    @staticmethod
    def _holding(places: list[Mention], listed: bool = False) -> str:
        held = holding(places, listed)
        return held.value.name if held else ""

    @cached_property
    def _paired_holders(self) -> set[str]:
        """The receiving places of the document's pairs and the divisions below a province the text names in a chain
        right before one (西藏那曲市色尼区: 那曲市), which a paragraph naming several of them may stand for (浙江省对口
        支援西藏那曲市色尼区、比如县、嘉黎县。…选派干部人才148名: 那曲市); not a wider division the text names elsewhere,
        nor a province, too wide to guess (云南曲靖市、迪庆州人社部门…。宝山区…130名…来沪就业: no one place)."""
        wide = [p for p in self.places if p.value.level != "province"]
        chained, by_start, names = chains(wide), {p.start: p for p in wide}, set(self.helped)
        for p in self.places:
            if p.value.name in self.helped:
                names.update(by_start[start].value.name for start in chain_links(p.start, chained))
        return names

    def _named_holder(self, places: list[Mention], among=None) -> str:
        """The most specific division the text names (among some names) that holds several receiving places none of
        which holds the others (东川区、寻甸县、禄劝县 of 云南省昆明市: 昆明市), '' for none."""
        inner = {p.value.name: p.value for p in places}
        return self._holder(list(inner.values()), among) if len(inner) > 1 else ""

    def _holder(self, places: list, among=None) -> str:
        """The most specific division the text names (among some names) that is or holds each of these, '' for none."""
        holders = [o for o in self._divisions.values() if (among is None or o.name in among)
                   and all(at_or_inside(p, o) for p in places)]
        return min(holders, key=lambda o: -len(o.code.rstrip("0"))).name if holders else ""

    def _passage_place(self, where: Passage, side: str, or_main: bool = False) -> str:
        """The place of a side the passage is about, when it is about one: the
        places of that side earlier in the paragraph, else in its section
        (heading and paragraphs above), taken together (_holding); or_main: else, where the paragraph names
        no giver, the giver the document names most. Empty for a figure of the whole country."""
        if where.beyond:
            return ""
        key = (where.sentence[0], side)
        if key not in self._passages:  # the figures of a sentence share it
            earlier = self._paragraph_places(where.paragraph, where.sentence[0], side)
            # (several receiving places, none holding the others: the paired one that holds them, 重庆市 of 武隆、巫山)
            held = earlier.holding() or self._named_holder(list(earlier.names.values()),
                                                           self._paired_holders if side == "helped" else None)
            # (a province named only at the head of a firm's or a school's name stands for the place inside it the
            # text is about: 2. 贵州虞黔电子科技有限公司。由常熟高新区一家企业投资… in 思南县's report, 思南县)
            if side == "helped" and getattr(self._divisions.get(held), "level", "") == "province" and all(
                    self.regions.names_institution(p, self.text) for p in earlier.names.values()):
                held = self._narrowed(held)
            # (in a giver's own report, a part naming no receiver tells of the one its pairs help: 苏州市…自评报告,
            # （二）人才支援 / 全年选派党政挂职干部38名 went to 铜仁市; in a receiver's own report, to 我市 itself)
            self._passages[key] = (held, True) if earlier.names else (
                self._parent_item_place(where.paragraph, side)
                or self._part_pair(where.section, where.paragraph, side)
                or self._section_place(where.section, where.paragraph, side)
                or (self._paired_helped if side == "helped" and (self.own_report_helper or self._own_helped) else "")
                # (广州医疗人才“组团式”帮扶毕节三年记: 毕节市; a subtitle's receiver, ——广东省第八批援藏工作队对口支援林芝
                # 工作综述: 林芝市, not its giver: ——一名广州援疆教师的疏附笔记 tells of the school's 1600多名学生 too)
                or self._pair_in(*self.title_at, side)
                or ((self._pair_in(*self.subtitle_at, side) or self._titled_helped) if side == "helped" else ""), False)
        place, named = self._passages[key]
        # (not where the paragraph names several givers: 上海、大连…7个帮扶城市…向我省投入 is no one city's)
        return place or (self.main_helper if or_main and not named else "")

    def _parent_item_place(self, paragraph: int, side: str) -> str:
        """The one place of a side the item a numbered sub-item stands under names ((一)黄浦区结对5县，合计到位3.04亿元。
        / 1.澜沧县到位11200万元: 黄浦区's), over the sub-items before it; '' for none or several."""
        paragraphs, text = self.document.paragraphs, self.text
        if not SUB_ITEM.match(text, paragraphs[paragraph].start):
            return ""
        k = paragraph - 1
        while k >= 0 and SUB_ITEM.match(text, paragraphs[k].start) and paragraph - k <= ITEMS_REACH:
            k -= 1
        if k < 0 or not PARENT_ITEM.match(text, paragraphs[k].start):
            return ""
        names = {p.value.name for p in self._side_places(paragraphs[k].start, paragraphs[k].end, side)}
        return names.pop() if len(names) == 1 else ""

    def _part_pair(self, section: int, paragraph: int, side: str) -> str:
        """The side's place of the one pair a report's numbered heading above the paragraph states (二、砚山县
        （上海市静安区对口帮扶）: the part tells of 静安区's help to 砚山县, not of the section's 文山州)."""
        part = self._part(section, paragraph)
        return self._pair_in(part.start, part.end, side) if part else ""

    @cached_property
    def _titled_helped(self) -> str:
        """The one receiving place of the document's pairs its title and subtitle name, '' for none or several (杭州市
        慈善总会…募集款物2980余万元 / ——…陆续送达黔东南州各县市, in a text pairing 杭州市 with 黔东南州 and 恩施州)."""
        names = {p.value.name for start, end in (self.title_at, self.subtitle_at) for p in self.places_in(start, end)
                 if p.value.name in self.helped}
        return names.pop() if len(names) == 1 else ""

    def _pair_in(self, start: int, end: int, side: str) -> str:
        """The side's place of the one pair of the document both of whose places a span names (a heading, the
        title), stated there or elsewhere; '' for none or several."""
        names = {p.value.name for p in self.places_in(start, end)}
        pairs = {(p.helper, p.helped) for p in self.pairs if p.helper in names and p.helped in names}
        return pairs.pop()[side == "helped"] if len(pairs) == 1 else ""

    def _part(self, section: int, paragraph: int):
        """The numbered heading (一、基本情况, （二）) nearest above a paragraph in its section, or right above its section's
        heading (三、2021年的主要目标任务有哪些？ / 答：《要点》提出了六个方面的量化指标：), None for none."""
        k = self.document.numbered_above(paragraph)
        return self.document.paragraphs[k] if k >= max(section, 0) or 0 <= k == section - 1 else None

    def _through_introductions(self, section: int, paragraph: int) -> int:
        """The section a paragraph's part is read in for its year: a line introducing the items under it cuts no part
        it stands in (二、2020年工作安排 / 今年是… / 重点抓好以下工作： / （二）深化东西部扶贫协作。…: 2020). For the year
        only: read so for the places too (_part_pair), the made set's reports lose more than they gain."""
        k, paragraphs = self.document.numbered_above(paragraph), self.document.paragraphs
        while 0 <= k < section and self.text.endswith(COLONS, paragraphs[section].start, paragraphs[section].end):
            section = self.document.section_index(section - 1)
        return section

    def _narrowed(self, name: str) -> str:
        """A wider division the paragraphs above name stands for the place the text is about inside it: the one
        county its title names (宁夏, 银川 and 固原 above a figure in 回访宁夏永宁县闽宁镇原隆村海国宝家: 永宁县), else
        the one receiving place its pairs hold together (西藏 named in passing in 江苏's report of its help to 拉萨市
        and its counties: 拉萨市), else the one the report's own giver's pairs hold inside it. The title or the pairs
        say what the story is about, the wider names are its setting (not one the figure's own paragraph names: 凉山州…
        推出畜牧保险 is the prefecture's)."""
        wider = self._divisions.get(name)  # None for a name no place row holds: left as it is
        for inner in (self._title_county, self._paired_helped, self._own_helped_in(wider)):
            if wider and inner and inner != name and (held := self._divisions.get(inner)) and inside(held, wider):
                return inner
        return name

    def _own_helped_in(self, wider) -> str:
        """The division holding the places the report's own giver helps inside a wider province, its help elsewhere
        aside (东莞市's report: 昭通市 and six of its counties in 云南省, beside 巴宜区 in 西藏), '' for none; not inside
        a prefecture, which is what a report tells of (临夏州, not the one county of it 厦门市's pairs name)."""
        if not wider or wider.level != "province":
            return ""
        inner = [d for d in self._own_giver_helps if inside(d, wider)]
        return self._holder(inner) if inner else ""

    @cached_property
    def _own_giver_helps(self) -> list:
        """The divisions the pairs of the report's own giver help, or of a giver it holds (我省's report: 福建省 helps
        宁夏, its 厦门市 临夏州, so a figure of 我省 naming neither lands in no one of them); not a division the gazetteer
        lacks, which no holder is known to hold (米林县, today 米林市)."""
        own = self._divisions.get(self.own_report_helper)
        return [d for p in self.pairs if own and (helper := self._divisions.get(p.helper)) and at_or_inside(helper, own)
                and (d := self._divisions.get(p.helped)) and d.code]

    @cached_property
    def _paired_helped(self) -> str:
        """The receiving place of the document's pairs the text calls its own (我市: 承德市, over the 河北省 天津市 signs
        with), else the most specific division the text names that is or holds every receiving place of its
        pairs (拉萨市 of 拉萨市 and its counties), or every one the report's own helper helps (百色市 of 广西百色市
        靖西市、那坡县 in 深圳市龙岗区's report, where 深圳市 helps 河池市 too; not 广西), '' for none."""
        if len(self._own_helped) == 1:
            return next(iter(self._own_helped))
        named = [self._divisions[n] for n in self.helped if n in self._divisions]
        helped = self._own_giver_helps
        return self._holder(helped or named) if helped or named else ""

    @cached_property
    def _divisions(self) -> dict:
        """Each division the places name, by name."""
        return {p.value.name: p.value for p in self.places}

    def _most_named(self, where: Passage) -> str:
        """Where a figure lands when nothing else says: the county its section (its paragraph, under no heading)
        names far more often than any other receiving place up to the figure's sentence (Gathered.most_named).
        On the quarter, 100 such rows labelled blind were right on 56% at most named twice, 71% at three times."""
        at = where.section if where.section >= 0 else where.paragraph
        return self._gathered.until(("most", at), self.document.paragraphs[at].start, where.sentence[0],
                                    lambda a, b: self._side_places(a, b, "helped")).most_named()

    def _paragraph_places(self, paragraph: int, until: int, side: str) -> Gathered:
        """The places of a side in a paragraph before a position, a record's lines above it included."""
        return self._gathered.until(("paragraph", paragraph, side), self._record_start(paragraph), until,
                                    lambda a, b: self._side_places(a, b, side))

    def _record_or_sentence(self, where: Passage) -> int:
        """Where a figure's record starts, for a line of labelled fields under others (资金来源：富阳区东西部扶贫协作资金 /
        投资金额：68.5万元: the record's funds are the figure's), else where its sentence does."""
        start = self._record_start(where.paragraph)
        return start if start < self.document.paragraphs[where.paragraph].start else where.sentence[0]

    def _record_start(self, paragraph: int) -> int:
        """Where a paragraph's record starts, for a line of labelled fields: at the first of the lines of fields right
        above it, or the numbered heading over them (二、东川区乌龙镇贫困村提升工程 / 项目名称：… / 建设地点：东川区乌龙镇 /
        投资金额：1000万元: the record tells of 东川区; not the long lines of an interview, 问：… / 答：…); else where the
        paragraph starts."""
        paragraphs = self.document.paragraphs
        k = paragraph
        while (k > max(0, paragraph - RECORD_LINES) and self._fields_line(paragraphs[k])
               and self._fields_line(paragraphs[k - 1]) and paragraphs[k - 1].end - paragraphs[k - 1].start <= RECORD_FIELD):
            k -= 1
        if k < paragraph and k > 0 and paragraphs[k - 1].numbered:
            k -= 1
        return paragraphs[k].start

    def _side_places(self, start: int, end: int, side: str) -> list[Mention]:
        """The places of a side between two positions, a giver's report's 我省 included (我省对口支援疏附县…；深圳市对口
        支援喀什市。全年援疆资金17.6亿元: 广东省's, holding both): towns and villages only where help lands."""
        working = self._working if side == "helped" else ()
        return [p for p in self.places_in(start, end, spots=True) if self._side(p) == side and p.start not in working
                and p.start not in self._bordering and (side == "helped" or p.rule != LOCAL_RULE)]

    @cached_property
    def _bordering(self) -> set[int]:
        """Where the places a border word makes neighbours start (沿河地处黔东北，东与重庆市酉阳县接壤; 德江县毗邻印江县): the
        places of its clause but the one opening it, no place a passage is about; not before a word of the area they
        share (丽江、迪庆交界处发生地震: the passage is about both)."""
        bordering = set()
        for m in self._words["border_words"].finditer(self.text):
            if not self.text.startswith(self.lex["border_area_ends"], m.end()):
                clause = CLAUSE.around(self.text, m.start(), *self.document.sentence_at(m.start()))
                bordering |= {p.start for p in self.places_in(*clause) if not self._opens_clause(p)}
        return bordering

    @cached_property
    def _working(self) -> set[int]:
        """Where the places people go to work in start (另有120多人到福建、新疆等地务工): each list of destinations
        (_going_lists) a work word follows, no place a passage is about; not their home they return to (返回普洱就业11人;
        the marker before a list's first place, or the chain it ends, goes for the whole list: 回到龙陵县、施甸县就业,
        回到云南龙陵县就业). Read once per document, not per span asked: a span may cut a list."""
        text = self.text
        return {p.start for places in self._going_lists
                if not text.endswith(self.lex["return_markers"], 0, self._chain_start(places[0]))
                and self._work_after.match(text, places[-1].end) for p in places}

    def _section_place(self, section: int, paragraph: int, side: str) -> str:
        """The place of a side the section above a paragraph is about (once per paragraph: sections are long):
        the places of its paragraphs above this one, heading included; else where its teller's story is set."""
        key = (section, paragraph, side)
        if key not in self._sections:
            above = section >= 0 and self._above(section, paragraph, side)
            self._sections[key] = ((self._narrowed(above) if side == "helped" else self._reporting(above))
                                   or self._teller_place(section, side)
                                   or (self._title_county if side == "helped" else ""))
        return self._sections[key]

    def _reporting(self, name: str) -> str:
        """The giver whose own report the text is, for a wider division holding it (江苏省 above, in 苏州's report of its
        help to 铜仁, 江苏省对口帮扶铜仁工作由我市具体负责: its figures are 苏州市's), else the name; not in a text the
        receiving side calls its own (广州·毕节…推介会 in 毕节's 我市: 广州及珠三角地区企业 are 广东省's)."""
        return name if self._own_helped else self._own_within(name)

    def _own_within(self, name: str) -> str:
        """The report's own giver where a division holds it, else the division."""
        own, wider = self.own_report_helper, self._divisions.get(name)
        return own if own in self._divisions and wider and inside(self._divisions[own], wider) else name

    def _above(self, section: int, paragraph: int, side: str) -> str:
        """The place of a side the paragraphs of a section above one are about, heading included; past the
        section's opening (its heading and lead paragraph), only where the opening or the title names it, or
        a division inside or around it: a report that opens on the nation's banks is not about the 湖北 of
        its fourth paragraph, nor a story of 兰考 told by a 浙江 fund about 浙江 (SPEC.md: the place a passage
        is about is named by a heading, a lead line or an earlier sentence of the paragraph)."""
        paragraphs = self.document.paragraphs

        def read(a: int, b: int) -> list[Mention]:
            return [p for k in range(a, b) for p in self._side_places(paragraphs[k].start, paragraphs[k].end, side)]
        first, mine = self._items_above(section, paragraph)
        if first < mine:  # (（三）结对企业在怒江…: not the places of （一）, （二）, items of their own)
            gathered = Gathered()
            gathered.add(self._gathered.until(("items", section, first, side), section, first, read).names.values())
            gathered.add(read(mine, paragraph))
        else:
            gathered = self._gathered.until(("section", section, side), section, paragraph, read)
        held = gathered.holding()
        if held and not self._opens_on(held, section):
            return ""
        return held

    def _items_above(self, section: int, paragraph: int) -> tuple[int, int]:
        """The first paragraph of the run of items (（一）, （二）) a paragraph's own item ends, and that item's first
        paragraph: the paragraph itself where it opens with its number, or the heading line of an item above it (not a
        paragraph of its own, after which what follows may tell of all the items: 其余5个共建园区…). Within its section
        and part (二、…), ITEMS_REACH paragraphs back at most; (paragraph, paragraph) where it stands in no such item."""
        paragraphs, text = self.document.paragraphs, self.text
        first = mine = None
        for k in range(paragraph, max(section, paragraph - ITEMS_REACH, 0) - 1, -1):
            if PARENT_ITEM.match(text, paragraphs[k].start):
                first, mine = k, k if mine is None else mine
            elif PART_HEADING.match(text, paragraphs[k].start):
                break
        if mine is None or not (mine == paragraph or paragraphs[mine].numbered):
            return paragraph, paragraph
        return first, mine

    def _opens_on(self, name: str, section: int) -> bool:
        """Whether the title, or a section's heading or lead paragraph, names a division, one inside it or one
        holding it (山西 in the title: 太原市 further down is still the story's)."""
        held = self._divisions.get(name)
        return any(p.name == name or (held and nested(p, held)) for p in self._opening(section))

    def _opening(self, section: int) -> list:
        """The divisions the title and a section's opening name (once per section): its heading lines (a
        heading, a byline under it) and the paragraph they lead."""
        if section not in self._openings:
            spans = [self.title_at, *((p.start, p.end) for p in self._opening_paragraphs(section))]
            self._openings[section] = [p.value for span in spans for p in self.places_in(*span)]
        return self._openings[section]

    def _opening_paragraphs(self, section: int) -> list:
        """A section's heading lines (at most HEADING_LINES) and the paragraph they lead."""
        paragraphs = self.document.paragraphs
        last = min(section + HEADING_LINES, len(paragraphs) - 1)
        lead = next((k for k in range(section, last) if not paragraphs[k].heading), last)
        return paragraphs[section:lead + 1]

    def _teller_place(self, section: int, side: str) -> str:
        """Where a section's story is set when the section names no place: the county or city of
        the line closing it (广西柳州市政协副主席、融水苗族自治县县委书记杨恩维讲述 -> 融水苗族自治县),
        whatever its side (江苏省淮安市洪泽区扶贫办主任 tells of 洪泽区's poor). The place figures
        land in, not a giver (the teller may be a worker who came from elsewhere); not a province
        (辽宁嬴德食品集团 names a firm, not where the story is set)."""
        if side != "helped":
            return ""
        told = [p for line in self.document.speakers(section) for p in innermost(self.places_in(line.start, line.end))]
        return self._holding([p for p in told if p.value.level != "province"])

    @cached_property
    def _title_county(self) -> str:
        """Where the figures of a passage naming no place land, when the document's title names one
        county (回访四川昭觉县解放乡火普村吉地尔子家: a story set in 昭觉县), whatever its side: the title
        says what the whole text is about. Not a wider division (a province's or a city's title heads
        reports from many of its counties), nor for a giver (a title does not say who acts)."""
        named = {p.name: p for p in self._title_places}
        place = next(iter(named.values())) if len(named) == 1 else None
        if place is None:  # (a title naming a giver and a county it helps: 张家港帮扶沿河这一年 is set in 沿河)
            helped = {n: p for n, p in named.items() if p.level == "county" and self._side_of(p) == "helped"}
            place = next(iter(helped.values())) if len(helped) == 1 else None
        if place is None or place.level != "county":
            return ""
        # a title line's county only on the helped side: 都安瑶族自治县2019年东西部扶贫协作工作总结 is the
        # county's own report (我县), 杨浦区…工作总结 and 泰顺的新产业 tell of help or money that lands elsewhere; nor
        # one the text's pairs name as a giver (来源：龙岗区对口帮扶工作领导小组办公室: its help lands in 靖西, 那坡)
        giving = self._side_of(place) == "helper" and (self.first_line_title or place.name in self.helpers)
        return "" if giving else place.name


def _list_line(line: str) -> bool:
    """Whether a line may be a list's item or introduction, or a table's caption: short, no full stop in it."""
    return len(line) <= LIST_ITEM and not FULL_STOP.search(line)


def _any_between(positions: list[int], start: int, end: int) -> bool:
    """Whether a sorted list holds a position from start up to end: one bisection, not a walk over a long paragraph."""
    k = bisect_left(positions, start)
    return k < len(positions) and positions[k] < end


def _spans(year) -> bool:
    """Whether a years row covers a stretch of time: a range, or a year since or until which."""
    return bool(year.year_end) or year.kind != "point"


def _range_start(years: list[Mention], text: str) -> Mention:
    """The last of these years, or the range it closes: 从2018年到2020年 is two years rows sharing
    the range's end, and a figure after it is dated by the range (its first row)."""
    return years[-2] if len(years) > 1 and _closes(years[-2], years[-1], text) else years[-1]


def _closes(first: Mention, last: Mention, text: str) -> bool:
    """Whether a year row ends the range another opens: the first's end year is its year, in the same
    clause a few letters on (2018年到2020年, 自2009年4月至2010年4月)."""
    between = text[first.end:last.start]
    return (first.value.year_end == last.value.year and first.value.year < last.value.year
            and len(between) <= RANGE_GAP and not CLAUSE_END.search(between))


def _noun(figure: Mention) -> str:
    """What a headcount counts (its noun); '' for money."""
    return figure.value.noun if figure.table == "headcounts" else ""


def _fact(figure: Mention, year: tuple | None, year_start: int | None, actor: str, target: str, measure: str,
          cue: str) -> Fact:
    """A figure's fact: its value and unit as read, the rest as decided (year: year, year_end, kind)."""
    value = figure.value
    unit = value.currency if figure.table == "amounts" else value.unit
    value_max = Decimal(value.value_max) if value.value_max is not None else None
    year_fields = year or (None, None, "")
    return Fact(figure.table, Decimal(value.value), value_max, unit, *year_fields, year_start, actor, target, measure,
                cue)


class _WholePlaceWords(NamedTuple):
    """The whole-place words (全县, 县里) and a level's organs standing bare (县财政, 市总工会: after no letter nor 、,
    or after a word of glue, 由县财政; not 社区委员会, nor 普洱市商务局, whose place is named) as one pattern, and the
    suffix of the division each word stands for."""
    suffixes: dict[str, str]  # each word's division suffix (全县: 县; 自治区: 自治区), an organ's by its level (县财政: 县)
    pattern: re.Pattern  # (an organ matched by its level's letter alone: roles.level_organ)

    @classmethod
    def of(cls, lexicons) -> _WholePlaceWords:
        whole = lexicons["whole_place_words"]
        bare = "|".join(["(?<![\u3400-\u9fff、])", *(f"(?<={re.escape(w)})" for w in lexicons["organ_glue"])])
        return cls({**whole, **{level: level for level in lexicons["organ_levels"]}},
                   re.compile(f"{alternation(whole)}|(?:{bare}){level_organ(lexicons, 'organ_levels')}"))


def _poverty_words(lexicons):
    """The cue words of the own-poverty measures (贫困人口, 脱贫), as _cue_words makes them."""
    own = lexicons["own_poverty_measures"]
    return _cue_words(lexicons, [w for cues in ("money_cues", "people_cues") for w, m in lexicons[cues].items()
                                 if m in own])


def _age_pattern(lexicons) -> re.Pattern:
    """A person's age right after a year (今年49岁, 四十多岁, 四十来岁): the year tells how old, it dates nothing."""
    return re.compile(f"[{COUNT_CHARS}]+[{APPROX_MARKS}{ROUGH_MARKS}]?(?:{alternation(lexicons['age_words'])})")


def _work_after_pattern(lexicons) -> re.Pattern:
    """After a place, working there: 稳定就业, 务工 (a few letters between: 在广州市的工厂务工)."""
    return _words_after(lexicons["work_words"])


def _come_to_after_pattern(lexicons) -> re.Pattern:
    """After a place, working or serving there: 就业, 挂职, 跟岗 (来宝山挂职, 来珠海跟岗学习)."""
    return _words_after([*lexicons["work_words"], *lexicons["come_to_words"]])


def _abbreviated_destination_pattern(lexicons) -> re.Pattern:
    """A destination marker, a giving place's short name and a word of work or learning (赴沪挂职, 来甬务工): an
    alternation, not a class of letters, so a name of two (鹏城) finds its entry too."""
    markers = [*lexicons["destination_markers"], *lexicons["come_to_markers"]]
    return re.compile(f"(?:{alternation(markers)})(?P<short>{alternation(lexicons['abbreviated_destinations'])})"
                      f"(?:{alternation(lexicons['abbreviated_destination_words'])})")


def _words_after(words: list[str]) -> re.Pattern:
    """One of the words a few letters after a place, in its clause (在杭州市萧山区【一家汽配企业】打工)."""
    return re.compile(f"[^{CLAUSE_STOPS}]{{0,{WORK_GAP}}}?(?:{alternation(words)})")


def _agent_opening_pattern(lexicons) -> re.Pattern:
    """A clause's opening by an agent marker, an adverb before it at most (，由普陀区选派; ，均由普陀区选派)."""
    return re.compile(f"[，,]{agent_opening(lexicons)}")


def _denied_pattern(lexicons) -> re.Pattern:
    """Before a cue, a denying word earlier in its clause, no 的 between (不纳入沪滇【协作资金】范围; not 不含房地产的服务业
    【贷款】: the word denies the noun 的 closes), searched up to the cue."""
    return re.compile(f"(?:{alternation(lexicons['denying_words'])})[^{CLAUSE_MARKS}的\\n]*\\Z")


def _edition_pattern(lexicons) -> re.Pattern:
    """After a year, what makes it an edition's or an issue's name (政策问答（2020年版）, 甘肃省人民政府公告（2020年第6号）):
    it dates no figure."""
    return re.compile(f"(?:{alternation(lexicons['edition_words'])})|(?:{alternation(lexicons['issue_marks'])})"
                      f"[{COUNT_CHARS}]+(?:{alternation(lexicons['issue_words'])})")


def _ratio_pattern(lexicons) -> re.Pattern:
    """After a year, a ratio it is the base of (的2.4倍, 的两倍)."""
    return re.compile(f"的?[0-9.{CN_DIGIT_CHARS}十百]+(?:{alternation(lexicons['year_base_after'])})")


def _central_opening(lexicons) -> str:
    """A giver no place is that is another source than the helpers (中央), after a word of level_fund_openers too
    (其中中央衔接资金)."""
    sources = [w for w in lexicons["placeless_givers"] if w in lexicons["other_sources"]]
    if not sources:  # (none in both lexicons: nothing opens so, rather than an empty alternation matching everywhere)
        return "(?!)"
    return f"(?:{alternation(lexicons['level_fund_openers'])})?(?:{alternation(sources)})"


def _placeless_opening_pattern(lexicons) -> re.Pattern:
    """A giver no place is (社会各界), or a central one (_central_opening)."""
    return re.compile(f"{_central_opening(lexicons)}|{alternation(lexicons['placeless_givers'])}")


def _central_share_pattern(lexicons) -> re.Pattern:
    """A share a central source opens, as _placeless_opening reads one at an item's opening, a figure in the item
    (其中：中央资金1.8亿元, 其中中央衔接资金350万元): the levels listed after it are the receiving side's own. Not 中央
    inside a clause or in one with no figure (按照党中央部署, 落实中央要求: the helper's levels stay its own)."""
    marks = re.escape(CLAUSE_MARKS)
    return re.compile(f"(?<![^\\n{marks}]){_central_opening(lexicons)}[^{marks}]*?\\d")


def _level_fund_pattern(lexicons) -> re.Pattern:
    """An item of money a level opens (level_funds), a word of level_fund_openers before it at most, a name before its
    letter where one is (其中苏州市级资金: name 苏州, level 市), matched whole from the item's start to the figure."""
    return re.compile(f"(?:{alternation(lexicons['level_fund_openers'])})?(?P<name>[\u3400-\u9fff]{{0,12}}?)"
                      f"(?P<level>{alternation(lexicons['organ_levels'])})(?:{alternation(lexicons['level_marks'])})"
                      f"(?:{alternation(lexicons['level_funds'])})"
                      f"[^{CLAUSE_MARKS}]*")


def _share_opening(lexicons) -> re.Pattern:
    """After a sum, the opening of the list of its shares, any part word (，其中; ，包括)."""
    return re.compile(f"[，,](?:{alternation(lexicons['part_words'])})")


def _rate_pattern(lexicons) -> re.Pattern:
    """A rate, after a qualifier of two letters at most (不足70%, 百分之十二)."""
    return re.compile(f"[^\\d{re.escape(CLAUSE_MARKS)}]{{0,2}}?(?:[\\d.]+(?:{alternation(lexicons['rate_signs'])})"
                      f"|{alternation(lexicons['rate_words'])})")


def _joint_patterns(lexicons) -> tuple[re.Pattern, re.Pattern]:
    """What joins a giver to a receiver acting with it, an organ's name before the joining word (人社部门和); what
    follows the second, an organ's name then the word of acting together (人力社保局联合). Organ names hold no mark."""
    organ = f"[^{re.escape(CLAUSE_MARKS)}\\d]{{0,{JOINT_ORGAN}}}?"
    return (re.compile(f"{organ}(?:{alternation(lexicons['list_joining_words'])})"),
            re.compile(f"{organ}(?:{alternation(lexicons['joint_words'])})"))


def _station_name_pattern(lexicons) -> re.Pattern:
    """The rest of a body's name after its seat, to the word for it (驻广州市黄埔区【劳务协作工作站】), within a clause."""
    name = f"[^{re.escape(''.join(sorted(CLAUSE_OPENERS)))}]{{0,{STATION_NAME}}}?"
    return re.compile(f"{name}(?:{alternation(lexicons['station_words'])})")


def _helper_word_pattern(lexicons) -> re.Pattern:
    """A word a helped place's text calls its helper by (帮扶方), not the start of another word (劳务协作方面)."""
    return re.compile(f"(?:{alternation(lexicons['helper_words'])})(?!{alternation(lexicons['not_helper_word_after'])})")


def _sent_group_pattern(lexicons, ending: bool) -> re.Pattern:
    """A word naming people sent, a group's noun a few letters on, no 的 between (接受人道主义援助的医生); ending: at
    the end of a stretch of text but for 共, 一共 or 由 (援黔队伍共, 上海援藏干部一共, 援助湖北武汉医疗小分队由)."""
    group = f"({alternation(lexicons['sent_nouns'])})[^，。；,;的]{{0,6}}?(?:{alternation(lexicons['sent_groups'])})+"
    return re.compile(f"{group}(?:{alternation(lexicons['sent_group_glue'])})?$" if ending else group)


def _taken_in(lexicons) -> re.Pattern:
    """A taking-in verb, then a word of people coming to it (接收两州来杭挂职锻炼干部) or of learning by following the
    work (接收我县跟岗教师), not one presenting whose they are (接收来自张家港的挂职干部) nor one saying they are at their
    posts (接收挂职干部4名全部到岗); group 1 what stands between. Searched within a figure's clause, which a thousands
    comma does not end (接收昭通干部1,208人次到东莞挂职)."""
    not_coming = alternation(lexicons["not_coming_words"])
    # (the taking-in word atomic: 接收到 read whole gives back no 到 to read as a coming word)
    return re.compile(f"(?>{alternation(lexicons['taking_in_words'])})(.*?)"
                      f"(?!{not_coming})(?:{alternation(lexicons['coming_words'])})", re.S)


def _completions(lexicons) -> re.Pattern:
    return re.compile(f"(?:{alternation(lexicons['completion_words'])})+")


def _measure_cues(lexicons, name: str):
    return _cue_words(lexicons, lexicons[name])


def _not_cues_but(lexicons, cues: str) -> frozenset:
    """The words holding a cue that are none, less a table's own cues (_Reader._cues)."""
    return frozenset(lexicons["not_cues"]).difference(lexicons[cues])


def _cue_words(lexicons, words) -> re.Pattern:
    """Cue words as one pattern, with the words that hold a cue and are none (脱贫攻坚: a campaign, not a
    place's poor), matched first so that their cue is not (_Reader._cues leaves them out)."""
    return re.compile(alternation([*words, *lexicons["not_cues"]]))
