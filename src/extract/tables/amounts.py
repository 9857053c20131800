"""Money: a number and a currency, with qualifier, range, sub-units and rate."""
from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal

from ..doc import Mention
from ..numbers import macros, read_number
from ..registry import Table, normalizer, register_table
from ..rules import alternation
from . import optional_group
from .quantity import QUALIFIER_LEXICONS, number_range, qualifier


@dataclass(frozen=True, slots=True)
class Amount:
    value: Decimal  # in the currency's base unit
    value_max: Decimal | None  # upper bound of a range
    currency: str  # ISO 4217
    qualifier: str  # exact, about, over, under
    per: str  # the denominator of a rate (亩 in 16000元/亩)


AMOUNTS = register_table(Table("amounts", Amount, keys=("value", "value_max", "qualifier", "currency"),
                               rules="amounts.yaml"))
CURRENCY_LEXICONS = ("currencies", "currency_units", "formal_units", "currency_symbols", "spoken_units", "bare_units")
LEXICONS = (*QUALIFIER_LEXICONS, *CURRENCY_LEXICONS, "currency_by_country", "subunit_values", "currency_subunits",
            "per_before", "per_before_opening", "per_opening_after", "per_units", "per_periods", "not_per_after_one",
            "not_rate_after", "not_period_after", "not_period_before", "period_pay_letters", "each_units",
            "each_classifiers", "each_place_classifiers", "rate_joins", "range_separators", "counted_by_kuai")


def currency_of(word: str, lexicons) -> str:
    for name in CURRENCY_LEXICONS:
        code = lexicons[name].get(word)
        if code:
            return code
    raise KeyError(word)


def _rate_patterns(lexicons):
    """From the right: 人均/亩均… (县均/村均… opening a clause or after 其中), 每+unit, a classifier between or not
    (每个月; 每所学校 before a unit of each_units only), or /+unit, with the unit of each word; 一+unit (一亩地, not 一名干部); a
    period opening a noun (年产值); and an amount, and one no join follows, standing between a rate and a later amount
    (_rates_of)."""
    words = lexicons["per_before"] | lexicons["per_before_opening"]
    units, periods = lexicons["per_units"], lexicons["per_periods"]
    opening = (f"(?:(?<![\\p{{Han}}\\d])|(?<={alternation(lexicons['per_opening_after'])}))"
               f"(?:{alternation(lexicons['per_before_opening'])})")
    not_after_one, not_rate_after = lexicons["not_per_after_one"], lexicons["not_rate_after"]
    each = alternation([*units, *lexicons["each_units"]])
    classifier = alternation(lexicons["each_classifiers"])
    place = f"(?:{alternation(lexicons['each_place_classifiers'])})(?={alternation(lexicons['each_units'])})"
    # (a spoken unit not counting a thing, 每斤3块钱, not 每户一块菜地)
    spoken = f"(?:{alternation(lexicons['spoken_units'])})(?!{alternation(lexicons['counted_by_kuai'])})"
    money = f"{alternation([*lexicons['currencies'], *lexicons['currency_units'], *lexicons['bare_units']])}|{spoken}"
    # (3000余元, 三千来元, 3块: a mark after the numeral, which the number's pattern placed)
    amount = f"[\\d{macros()['CN_NUMERAL_CHARS']}][{macros()['APPROX_CHARS']}{macros()['ROUGH_CHARS']}]?(?:{money})"
    # (a pack's size before its price: 250克/盒参考价168元, 12瓶/箱; a price's own rate, 300元/亩, with its amount,
    # which stands between it and a later amount: _rates_of)
    rate = lexicons.compile(f"(?r)(?P<word>{alternation(lexicons['per_before'])}|{opening})"
                            f"|每(?:{classifier}|{place})?(?P<unit>{each})"
                            f"|(?:{amount})?/(?P<unit>{alternation(units)})")
    joined = alternation([*lexicons["range_separators"], *lexicons["rate_joins"]])
    between = lexicons.compile(amount), lexicons.compile(f"{amount}(?!.*(?:{joined}))")
    one = lexicons.compile(f"(?r)(?<![\\d{macros()['CN_NUMERAL_CHARS']}])一个?(?!{alternation(not_after_one)})"
                           f"(?P<unit>{alternation(units)})(?!{alternation(not_rate_after)})")
    after, before = alternation(lexicons["not_period_after"]), alternation(lexicons["not_period_before"])
    period = lexicons.compile(f"(?r)(?<![\\d{macros()['CN_NUMERAL_CHARS']}]|{after})(?:{alternation(periods)})"
                              f"(?!{before})(?=\\p{{Han}})")
    return rate, one, period, between, words


def _period_word(doc, i: int, lexicons) -> bool:
    """A period word is a jieba word of its own (年 in 年/利润, 月 in 月/收入), heads
    one whose rest is a word (年产值, 年销售额) or names pay (月薪, 年租): not 年轻人,
    日本, 年代, nor a place's name (天津市: 津市 is a word too)."""
    words, text = doc.words, doc.text
    if not words.is_start(i) or doc.hit_end(i) is not None:
        return False
    end = words.word_end(i, i + 5)
    if end == i + 2:
        return text[i + 1] in lexicons["period_pay_letters"]
    return end == i + 1 or (end is not None and end - i > 2 and bool(words.known(text[i + 1:end])))


RATE_REACH = 30  # how far back in its clause 人均, 户均, 亩均 and 每+unit rule an amount (每人发放一次性交通和生活补贴1500元)
MONEY_AFTER = 30  # how far into the rest of its sentence a word naming money makes a bare 块 money (…600块，加上…的钱)
BARE_CLAUSE = 2  # the most letters before an amount's qualifier in a clause that all but opens with it (最高500块)


def _rates_of(text: str, start: int, found, between, per_before) -> list[str]:
    """The units of the rates found before an amount, nearest first, less those another amount took: a rate with
    an amount after it is that amount's (按每个县区1亿元标准安排补助12亿元: the 12亿元 is a total), unless a join (a
    range's separator, rate_joins) follows that amount anywhere before this one, as in a range, a change or a pair
    (每人500元至2000元, 人均收入从3000元增加到8800元, 人均可支配收入分别达到3.5万元和1.2万元, 每人1000元一次性稳岗补贴和最高
    1200元的往返交通补贴; a join of other words too: 每户补贴3000元用于购买种子和化肥共计60万元 is per 户); one with no
    amount between comes first (每人一次性补贴500元和每月300元稳岗补贴: 300元 is per 月)."""
    any_amount, unjoined = between
    fresh, shared = [], []
    for m in found:  # (from the match's start: a price's /+unit holds its amount, 300元/亩)
        if unjoined.search(text, m.start(), start):
            continue
        unit = per_before[m.group("word")] if m.group("word") else m.group("unit")
        (shared if any_amount.search(text, m.start(), start) else fresh).append(unit)
    return fresh or shared


def rate_before(doc, start: int, lexicons) -> str:
    """The denominator named just before an amount in its clause: 人均, 亩均 and
    每+unit first, a unit over a period (人均月工资收入, 每人每天 are per person), then 一+unit (一亩地至少增收),
    then a period opening a noun (年产值5000万元 is per year). Searched in the
    text itself, so that what stands before the clause still rules a word out
    (2019年 is no 年)."""
    rate, one, period, between, per_before = lexicons.derived(_rate_patterns)
    window = start - len(doc.document.clause_before(start))
    # of several rates in the clause, a unit over a period: 每人每天150元, 每年每户1000元 are per person,
    # per household, as 人均月工资收入 is (the nearest first: rate searches from the right); they rule far
    # back in the clause (人均可支配收入从2015年的3000元增加到2019年的8000元, 每年设立保护性耕作补贴专项资金6000万元)
    wide = start - len(doc.document.clause_before(start, RATE_REACH))
    if units := _rates_of(doc.text, start, rate.finditer(doc.text, wide, start), between, per_before):
        return next((u for u in units if u not in lexicons["per_periods"]), units[0])
    if m := one.search(doc.text, window, start):
        return m.group("unit")
    for m in period.finditer(doc.text, window, start):  # from the right: (?r)
        if _period_word(doc, m.start(), lexicons):
            return m.group()
    return ""


def currency_by_country(word: str, doc, start: int, lexicons) -> str | None:
    """比索, 卢比: the code of the country named last before the amount, when the document names one."""
    countries = lexicons["currency_by_country"].get(word)
    if not countries:
        return None
    before = doc.text[:start]
    best = max(countries, key=lambda c: (before.rfind(c), len(c)))
    return countries[best] if best in before else None


def _subunit_pattern(lexicons):
    words = lexicons["subunit_values"]
    return lexicons.compile(f"(?P<num>\\d{{1,2}}|[{macros()['CN_NUMERAL_CHARS']}]{{1,3}})(?P<word>{alternation(words)})")


def subunits(text: str, currency: str, lexicons) -> Decimal | None:
    """123元【1角1分】 -> 0.11; None when a sub-unit is not the currency's (5元3美分)."""
    values, own = lexicons["subunit_values"], lexicons["currency_subunits"].get(currency, ())
    total, size, end = Decimal(0), Decimal(1), 0
    for m in lexicons.derived(_subunit_pattern).finditer(text):
        if m.group("word") not in own:
            return None
        size, end = Decimal(str(values[m.group("word")])), m.end()
        total += read_number(m.group("num")).value * size
    if text[end:]:  # 一块八毛五: the digit after the last sub-unit is one of the next smaller
        total += read_number(text[end:]).value * size / 10
    return total


def _bare_unit(text: str, pos: int, lexicons) -> str:
    """The counted scale that ends where a unit would stand (两个亿 → 个亿), or ''."""
    return next((u for u in lexicons["bare_units"] if text.endswith(u, 0, pos)), "")


def _amount(match, doc, lexicons, reading, group: str = "m") -> tuple[Amount, int]:
    """The amount of a match and where its span ends."""
    suffix = group[1:]  # m -> cur, m1 -> cur1
    before, unit, after = (optional_group(match, g + suffix) for g in ("pre_cur", "cur", "cur_after"))
    # 港币…元 is HKD, 三万元欧元 EUR; no unit at all after 两个亿: the counted scale says yuan
    word = before or after or unit or _bare_unit(doc.text, match.start("cur" + suffix), lexicons)
    currency = currency_by_country(word, doc, match.start(group), lexicons) or currency_of(word, lexicons)
    value, end = reading.value, match.end(group)
    sub, tail = optional_group(match, "sub"), optional_group(match, "tail")
    extra = subunits(sub, currency, lexicons) if sub and reading.value_max is None else None
    if sub and extra is None:
        end = match.end("cur" + suffix)  # 5元3美分, 三四元五角: the sub-units are no part of this amount
    elif sub:
        value += extra
    if tail and reading.value_max is None:
        value += read_number(tail).value / 10  # 一块二: 1.2
    elif tail:
        end = match.end("cur" + suffix)
    per = optional_group(match, "per_after") or rate_before(doc, match.start(group), lexicons)
    return Amount(value, reading.value_max, currency, qualifier(match, lexicons, reading.hint), per), end


@normalizer("amount", lexicons=(*LEXICONS, "money_context"))
def amount(match, doc, rule):
    """An amount; one with no currency word at all (两个亿) only where its clause speaks of money
    (投资两个亿, 经费8.5个亿; not 播放量达到一个亿)."""
    if match.group("cur") == "" and not optional_group(match, "pre_cur") and not _money_clause(doc, match, rule):
        return []
    reading, whole = number_range(match)
    start = match.start("m") if whole else match.start("num_max")
    value, end = _amount(match, doc, rule.lexicons, reading)
    return [Mention("amounts", start, end, rule.id, value)]


def _money_clause(doc, match, rule) -> bool:
    """Whether the clause before a match's amount names money (一张票七块, 工资至少2000块, 投资两个亿), or, where the
    amount and its qualifier all but open their clause, the clause before that (交通补助，最高500块 / 不超过500块)."""
    start = match.start("m")
    clause = doc.document.clause_before(start, width=16)
    opening = start - len(clause)
    if opening > 0 and (match.start("pre") if optional_group(match, "pre") else start) - opening <= BARE_CLAUSE:
        clause = doc.document.clause_before(opening - 1, width=16) + clause
    return rule.lexicons.words("money_context").search(clause) is not None


def _money_after(doc, match, rule) -> bool:
    """Whether the rest of a spoken amount's sentence names money (money_after), within MONEY_AFTER: the speaker's
    account goes on to what the sums are (去年分了1500块，今年又多了600块，加上在基地打工的钱)."""
    end = min(doc.document.sentence_at(match.start("m"))[1], match.end() + MONEY_AFTER)
    return rule.lexicons.words("money_after").search(doc.text, match.end(), end) is not None


@normalizer("amount_pair", lexicons=(*LEXICONS, "change_words"))
def amount_pair(match, doc, rule):
    """500元至2000元: two mentions sharing value_max; 2000元至500元 is no range, nor 增加6万亿日元至12万亿日元
    (a change: by how much, and to what)."""
    (low, _), (high, _) = number_range(match, "num1"), number_range(match, "num2")
    top = high.value_max if high.value_max is not None else high.value
    changed = doc.text.endswith(rule.lexicons["change_words"], 0, match.start("m1"))
    if low.value <= top and not changed:
        low, high = low._replace(value_max=top), high._replace(value_max=top)
    out = []
    for g, reading in (("m1", low), ("m2", high)):
        value, end = _amount(match, doc, rule.lexicons, reading, group=g)
        out.append(Mention("amounts", match.start(g), end, rule.id, value))
    return out


@normalizer("spoken_amount", lexicons=(*LEXICONS, "money_context", "money_after"))
def spoken_amount(match, doc, rule):
    """块 before 钱 or with its 毛/角 (十块三毛, 一块二) is money; before a
    qualifier or at the end of a clause only as a rate (一天80块) or where the
    clause speaks of money (一个月工资至少2000块; _money_clause) or the rest of its sentence goes on to it (…600块，加上
    在基地打工的钱; _money_after), not in 银幕总数达69787块 or 粘到一块."""
    found = amount(match, doc, rule)
    if match.group("more") and found[0].value.qualifier != "about":  # 一块多: a bit over one yuan
        found = [replace(m, value=replace(m.value, qualifier="over")) for m in found]
    spoken = (match.group("sub") or match.group("tail")
              or doc.text.startswith("钱", match.end("more") if match.group("more") else match.end("m")))
    if spoken or found[0].value.per:  # 一天80块: a rate is money too
        return found
    return found if _money_clause(doc, match, rule) or _money_after(doc, match, rule) else []


@normalizer("subunit_amount", lexicons=LEXICONS)
def subunit_amount(match, doc, rule):
    """五毛钱: a sub-unit alone is money before 钱 (0.5 CNY); 两三毛钱 is 0.2 to 0.3."""
    word, lexicons = match.group("cur"), rule.lexicons
    currency = next(code for code, words in lexicons["currency_subunits"].items() if word in words)
    size = Decimal(str(lexicons["subunit_values"][word]))
    reading = read_number(match.group("num"))
    value_max = reading.value_max * size if reading.value_max is not None else None
    per = optional_group(match, "per_after") or rate_before(doc, match.start("m"), lexicons)
    amount = Amount(reading.value * size, value_max, currency, qualifier(match, lexicons, reading.hint), per)
    return [Mention("amounts", match.start("m"), match.end("m"), rule.id, amount)]
