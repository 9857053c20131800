"""Headcounts: a number and a classifier counting people or households."""
from __future__ import annotations

import itertools
from dataclasses import dataclass

import regex

from ..doc import Mention
from ..document import CLAUSE_END, CLAUSE_MARKS
from ..numbers import APPROX_MARKS, CN_DIGIT_CHARS, CN_SCALE_CHARS, ROUGH_AFTER, ROUGH_MARKS
from ..registry import Table, normalizer, register_table
from ..rules import alternation
from . import optional_group
from .quantity import QUALIFIER_LEXICONS, number_range, qualifier


@dataclass(frozen=True, slots=True)
class Headcount:
    value: int
    value_max: int | None
    unit: str  # the classifier as written: 人 名 位 人次 户 口
    qualifier: str
    noun: str  # what is counted, when the text names it next to the count


HEADCOUNTS = register_table(Table("headcounts", Headcount, keys=("value", "value_max", "unit", "qualifier"),
                                  rules="headcounts.yaml"))


COUNT_END = frozenset("0123456789" + CN_DIGIT_CHARS + CN_SCALE_CHARS)  # what a number ends with (not 余: 剩余贫困人口)


BEFORE_REACH = 32  # the noun group right before a count, a list of them included (党政干部、专业技术人员和致富带头人5600人次)
RELATIVE_REACH = 12  # a relative clause before a counted noun is short: 41位集中供养的老人
# the letters naming a kind before a head noun (106名辍学学生, 数十位政商界重要人士); fewer before a word
# the lexicon lacks, which may as well end a verb phrase (几十人扩展到上百人)
KIND_REACH = {"listed": 5, "role": 4}
KIND_WORD_REACH = 4  # the word naming the kind before a generic head: 外逃人员, 委员会成员
FOOTNOTE = r"［\d{1,3}］|\[\d{1,3}\]"  # a footnote's mark in a statistical text: 流动人口［10］
ORGANISATION_REACH = 12  # an organisation's name after a count (19户防疫物资生产企业), or its noun and the glue
# after it before a count (市场主体达到80万户)
NOT_IN_A_CLAUSE = regex.escape(CLAUSE_MARKS + "‘’《》\n ")  # what a relative clause before a noun never holds


ALSO = "(?:（[^）\\n]{1,3}）)?"  # a short word in brackets: 村（社区）干部
QUOTED_REACH = 12  # the longest noun group in quotes after a count (“中华技能大奖”获得者 holds a name, not it)


def _noun_patterns(lexicons):
    """The noun group after a count (kinds then a head, any number of them joined by 和, 及, 与 or 、), after a relative
    clause (41位集中供养的老人), after a word or two naming the kind (106名辍学学生); the one ending right
    before a count (then optional glue: 贫困人口为16.56万人); and the words that are no kind (发展)."""
    # a head noun of two letters or more may name the kind of the next (党员干部, 贫困户工人; not the
    # 户 of 65户贫困户): the group ends with the last head
    nouns = alternation(lexicons['people_nouns'])
    kinds = alternation([*lexicons['person_kinds'], *(w for w in lexicons['people_nouns'] if len(w) > 1)])
    joining = alternation(lexicons['noun_joining_words'])
    # (a kind of two letters or more may be joined to the next before the head they share: 重症和危重症患者,
    # 确诊和疑似患者; not a head noun, which is a group of its own, nor 村 of 133个村、群众)
    shared = alternation([w for w in lexicons['person_kinds'] if len(w) > 1])
    # (a word in brackets after a kind or the head names another the count takes in: 村（社区）干部, 公安民警（辅警）)
    group = f"(?:(?:{shared})(?:{joining}))?(?:(?:{kinds}){ALSO})*(?:{nouns}){ALSO}"
    # (not a partner the count acts with: 300名热心网友与民警联系, 3名驻村工作队员和村干部们一道)
    both = f"{group}(?:(?:{joining}){group}(?!{alternation(lexicons['noun_partner_after'])}))*"
    # a word left out before the noun, or a country (73名意大利患者: SPEC's nouns name no place)
    skipped = alternation([*lexicons['noun_skipped'], *lexicons['foreign_markers']])
    after = lexicons.compile(f"(?:{skipped})?(?P<noun>{both})")
    # 41位集中供养的老人: a relative clause between the count and its noun is left out
    related = lexicons.compile(f"[^的{NOT_IN_A_CLAUSE}]{{1,{RELATIVE_REACH}}}的(?P<noun>{both})")
    # 106名辍学学生: a word or two before the head name the kind (not a qualifier: 200名以上贫困户; nor a verb)
    # (nor a second noun's joining word: 984名和县级医院医疗骨干 counts the 医疗骨干 before it)
    stops = alternation([*lexicons["qualifier_after"], *lexicons["noun_gap_stops"], *lexicons["noun_joining_words"]])
    # …else a word the lexicon lacks that ends as the name of a person's role does (3名书店店员, 近百名安监员)
    role = f"(?:{alternation(lexicons['people_word_endings'])})(?<!{alternation(lexicons['not_people_words'])})"
    # (a listed noun after the fewest letters of kind; a role's word the longest, 白人雇员 not 白人)
    # (a place's 籍 or a country before it left out first, as after a count: 627名楚雄籍外出务工人员, 5名俄罗斯
    # 防疫专家; where that splits a word, as 新 of 445名新闻工作者, the whole is tried next)
    spaced = [lexicons.compile(f"{skip}(?!{stops})(?P<noun>[^的\\P{{Han}}]{{1,{KIND_REACH[kind]}}}{lazy}{head})")
              for kind, head, lazy in (("listed", both, "?"), ("role", role, ""))
              for skip in (f"(?:{skipped}){{1,2}}", "")]
    # (the last group named apart: 企业12.5万户、职工328万人 counts the 职工, 户 being the unit of the count before)
    joined = f"{group}(?:{joining})"
    # (a footnote's mark may stand between: 流动人口［10］2.36亿人, 农民工［12］总量29077万人)
    before = lexicons.compile(f"(?r)(?P<noun>(?:{joined})*(?P<last>{group}))(?:{FOOTNOTE})?"
                              f"(?:{alternation(lexicons['noun_glue'])})?\\Z")
    return after, related, spaced, before, lexicons["noun_not_kinds"]


def _organisation(lexicons):
    """A noun group after a count that ends in an organisation's noun and names no people (用人单位,
    防疫物资生产企业; not 贫困户就业企业); and one ending right before it, glue between (规上工业企业已有
    1.45万户开工)."""
    nouns = alternation(lexicons["organisation_nouns"])
    glue = alternation([*lexicons["noun_glue"], *lexicons["noun_gap_stops"], *lexicons["organisation_verbs"]])
    # (a firm's kind may stand in quotes: 247户“散乱污”企业; no other figure between: 贫困户136户521人 / 实施单位：)
    letter = f"(?:(?!{alternation(lexicons['people_nouns'])})(?:[“”]|[^{NOT_IN_A_CLAUSE}\\d０-９]))"
    return (lexicons.compile(f"{letter}{{0,{ORGANISATION_REACH}}}?(?:{nouns})"),
            lexicons.compile(f"(?r)(?:{nouns})(?:{glue}){{0,2}}\\Z"))


SLOGAN_REACH = 8  # 千名专家进百县帮万企: how close a slogan's other round numbers stand


def _another_round(lexicons):
    """A round number standing alone (not the 百 of 三百, nor 百万): another item of a slogan."""
    rounds = "".join(lexicons["round_numbers"])
    return lexicons.compile(f"(?<![\\d{CN_DIGIT_CHARS}{CN_SCALE_CHARS}])[{rounds}](?![\\d{CN_SCALE_CHARS}])")


def _in_slogan(text: str, start: int, end: int, lexicons) -> bool:
    """Whether a bare round count (百人, 千名) stands beside another round number in its clause: the
    items of a slogan or a programme's name (百人包百企, 千人千面, 百企联百村帮千户), not a count."""
    another = lexicons.derived(_another_round)
    before = CLAUSE_END.split(text[max(0, start - SLOGAN_REACH):start])[-1]
    after = CLAUSE_END.split(text[end:end + SLOGAN_REACH])[0]
    return bool(another.search(before) or another.search(after))


def _counts_organisations(doc, match, lexicons) -> bool:
    """Whether an organisation's noun stands right after the count or right before it in its clause."""
    after, before = lexicons.derived(_organisation)
    start = match.start("m")
    return bool(after.match(doc.text, match.end("m")) or before.search(doc.text, max(0, start - ORGANISATION_REACH), start))


def counted_noun(doc, start: int, end: int, lexicons: dict) -> str:
    """What the count counts, named right after it (a place or 当地 may stand
    between: 40余位上海教师, 1000余名当地群众), else right before it; empty when
    a verb stands next to it (转移就业8000余人)."""
    text = doc.text
    after, related, spaced, before, not_kinds = lexicons.derived(_noun_patterns)
    place = end  # 40余位【上海】教师, 十多名【西藏自治区江孜县】青年就业创业基地负责人: past the whole chain
    while (further := doc.hit_end(place)) is not None:
        place = further
    for at in dict.fromkeys((end, place)):
        m = after.match(text, at) or related.match(text, at)
        if m and (noun := _whole_words(doc.words, m, text)):
            return noun
    if partner := _partner_noun(text, end, lexicons):
        return partner
    if quoted := _quoted_noun(text, end, (after, *spaced)):
        return quoted
    for at, pattern in itertools.product(dict.fromkeys((place, end)), spaced):
        # a listed noun first: 全国人大代表, not the 全国人 of a role's ending; past a place (20多位上海文艺界人士)
        m = _to_word_end(pattern, doc.words, text, at)
        if m and _noun_starts(doc.words, text, at, m.start("noun")):
            return m.group("noun")  # whole words: not 1000名党员干部群众's 员干部群众
    m = before.search(text, max(0, start - BEFORE_REACH), start)
    noun = m and next((m.start(g) for g in ("noun", "last") if not _after_a_number(text, m.start(g))), None)
    if noun is None:
        return ""  # 贫困人口1569户4320人: 户 is the unit of the count before, not what 4320人 counts
    # a head noun is counted with the word it ends (带动种植户170余户 → 种植户, not 户; 执法人员 → 执法人员), not a
    # batch's ordinal jieba joins to it (第十批援疆干部: not 批援疆干部)
    begin = doc.words.word_start(noun, max(0, start - BEFORE_REACH))
    if _after_a_number(text, noun - 1) and text[noun - 1:noun] in lexicons["batch_classifiers"]:
        begin = noun
    if negated := _negated(doc, begin, lexicons):
        begin = negated  # 未脱贫人口: not 脱贫人口, its opposite
    elif text.startswith(not_kinds, begin, noun):
        begin = noun  # 发展党员20名: a verb, not a kind of member
    elif text[begin:m.end("noun")] in lexicons["generic_heads"]:
        begin = _kind_word(doc, begin, lexicons)  # 追回外逃人员2041人: 外逃人员, not 人员
    return text[begin:m.end("noun")]


def _negated(doc, begin: int, lexicons) -> int | None:
    """Where a noun starts that a negation before it, or before the word before it, names the kind of
    (非|贫困户, 未|就业|人员, 未|脱贫|户): at the negation; None when none stands there (未能|帮扶|贫困户)."""
    negations, text = lexicons["noun_negations"], doc.text
    if (at := _negation_before(text, begin, negations)) is not None:
        return at
    before = doc.words.word_start(begin - 1, max(0, begin - KIND_WORD_REACH)) if begin else 0
    return _negation_before(text, before, negations) if 0 < before < begin else None


def _negation_before(text: str, pos: int, negations: tuple[str, ...]) -> int | None:
    """Where a negation ending at pos starts (未, 尚未), None for none."""
    word = next((w for w in negations if text.endswith(w, 0, pos)), None)
    return pos - len(word) if word else None


def _partner_noun(text: str, end: int, lexicons) -> str:
    """The noun a classifier counts with as a word of its own (18口人 → 人: the 人 of 口人), where nothing else is."""
    partner = lexicons["classifier_partners"].get(text[end - 1:end], "")
    return partner if partner and text.startswith(partner, end) else ""


def _kind_word(doc, begin: int, lexicons) -> int:
    """Where a generic head (人员, 对象, 成员) begins with the word before it, the kind it names (外逃人员, 低保对象,
    民建成员); not a verb that acts on them (招聘人员, 运送人员), a word left out (其他人员), a place (滞留武汉人员),
    a word of glue (达, 有), nor a letter alone."""
    if not begin:
        return begin
    before = doc.words.word_start(begin - 1, max(0, begin - KIND_WORD_REACH))
    word = doc.text[before:begin]
    if (len(word) < 2 or not regex.fullmatch(r"\p{Han}+", word) or doc.hit_end(before) is not None
            or word.startswith(lexicons["noun_not_kinds"]) or word in lexicons["noun_skipped"]
            or word.endswith((*lexicons["noun_glue"], *lexicons["noun_gap_stops"]))):
        return begin
    return before


def _quoted_noun(text: str, end: int, patterns) -> str:
    """A noun group in quotes right after the count, the whole of what they hold (两名“警察”, 3028名“全国技术能手”;
    not 600名“党建”专家, whose quotes hold a name, nor 1000名“保护伞”, a figure of speech)."""
    if not text.startswith("“", end):
        return ""
    close = text.find("”", end + 1, end + 2 + QUOTED_REACH)
    m = close > 0 and next((m for p in patterns if (m := p.fullmatch(text, end + 1, close))), None)
    return m.group("noun") if m else ""


def _to_word_end(pattern, words, text: str, at: int):
    """The pattern's match at a position, ending where a jieba word ends: where the fewest letters of kind
    end the noun inside a word (2729名高技能人才: 技能 + 能人, inside 人才), the match up to that word's end."""
    m = pattern.match(text, at)
    if m and not words.is_end(m.end("noun")):
        end = words.word_end(m.end("noun"))
        m = pattern.fullmatch(text, at, end) if end is not None else None
    return m


def _whole_words(words, match, text: str) -> str:
    """The noun a match found, unless jieba's dictionary joins its last letters with the next ones into
    one word (6620户贫困群众户均: 户均; 20户家庭旅馆; 12名领导班子成员): then the group is matched again up
    to the last word end inside it, or none. A word jieba only guesses (30名辅警中: 警中) joins nothing."""
    end = match.end("noun")
    joined = _word_across(words, end)
    if joined is None or not words.known(text[joined[0]:joined[1]]):
        return match.group("noun")
    shorter = match.re.match(text, match.start(), joined[0]) if joined[0] > match.start("noun") else None
    return shorter.group("noun") if shorter else ""


def _word_across(words, pos: int) -> tuple[int, int] | None:
    """The span of the jieba word running across pos (None when a word ends there)."""
    return None if words.is_end(pos) else words.word_at(pos)


def _opens_word(words, text: str, pos: int) -> bool:
    """Whether a word starts at pos, or only a word jieba guesses runs across it (2494名援鄂医疗队员: 名援)."""
    across = _word_across(words, pos)
    return across is None or not words.known(text[across[0]:across[1]])


def _noun_starts(words, text: str, at: int, noun: int) -> bool:
    """Whether a noun found after at starts a word: right at it (_opens_word), or past a word left out
    only where jieba's words split there (楚雄籍|外出务工人员; not 新冠|肺炎患者, 新闻|工作者)."""
    return words.is_start(noun) if noun > at else _opens_word(words, text, at)


def _after_a_number(text: str, pos: int) -> bool:
    """Whether a number ends right before pos (1569户, 1200余户, 30来户; not 剩余贫困人口, nor 二来户: 来 after a
    scale or a 0 only, ROUGH_AFTER, as the numbers' APPROX macro reads it)."""
    before = text[max(0, pos - 2):pos]
    return bool(before) and (before[-1] in COUNT_END or (before[-1] in APPROX_MARKS and before[:1] in COUNT_END)
                             or (before[-1] in ROUGH_MARKS and before[:1] in ROUGH_AFTER))


@normalizer("headcount", lexicons=(*QUALIFIER_LEXICONS, "indefinite_numerals", "people_nouns", "person_kinds",
                                   "noun_skipped", "noun_glue", "noun_joining_words", "noun_partner_after", "noun_not_kinds",
                                   "noun_gap_stops",
                                   "ranking_words", "ranked_units", "rank_moves", "organisation_nouns", "organisation_units",
                                   "organisation_verbs", "foreign_markers", "people_word_endings", "not_people_words",
                                   "round_numbers", "generic_heads", "classifier_partners",
                                   "group_size_marks", "group_size_units", "batch_classifiers", "noun_negations"))
def headcount(match, doc, rule):
    lexicons = rule.lexicons
    if match.group("num") in lexicons["indefinite_numerals"] and not optional_group(match, "pre"):
        return []  # 一名教师: "a teacher", not a count
    if match.group("unit") in lexicons["ranked_units"]:
        before = doc.document.clause_before(match.start("m"), width=16)
        if any(w in before for w in lexicons["ranking_words"]) or before.endswith(lexicons["rank_moves"]):
            return []  # 排名短节目二三位, 比上年上升3位: places in a ranking, not people
    if match.group("num") in lexicons["round_numbers"] and not optional_group(match, "pre") and _in_slogan(
            doc.text, match.start("m"), match.end("m"), lexicons):
        return []  # “百人包百企”, 千人千面: the items of a slogan
    if match.group("unit") in lexicons["organisation_units"] and _counts_organisations(doc, match, lexicons):
        return []  # 103万户用人单位, 企业已有1.45万户: firms counted, not households
    reading, whole = number_range(match)
    if reading.value != reading.value.to_integral_value():
        return []  # 医师2.41人 (per thousand) is a rate: people come in whole numbers
    start = match.start("m") if whole else match.start("num_max")
    count = Headcount(int(reading.value), int(reading.value_max) if reading.value_max is not None else None,
                      match.group("unit"), qualifier(match, lexicons, reading.hint),
                      doc.document.as_written(counted_noun(doc, start, _noun_from(match, lexicons), lexicons), start))
    return [Mention("headcounts", start, match.end("m"), rule.id, count)]


def _noun_from(match, lexicons) -> int:
    """Where the counted noun may start: past a qualifier after the count (10名左右政协委员, 40名以上医护人员),
    but not past a bound that makes the count a group's size (两人以上家庭, 100人以下企业)."""
    post = optional_group(match, "post")
    if post and post in lexicons["group_size_marks"] and match.group("unit") in lexicons["group_size_units"]:
        return match.end("m")
    return match.end()
