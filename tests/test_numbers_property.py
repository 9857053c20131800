"""Property tests of the number reader: numbers written out every way a text
writes them read back to the value that generated them, alone and inside
money; arbitrary text never raises and never gives value > value_max.

CI runs a bounded number of examples; for a longer local run:
    HYPOTHESIS_PROFILE=long .venv/bin/python -m pytest tests/test_numbers_property.py
"""
import os
from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extract import Document, get_engine
from extract.numbers import read_number

settings.register_profile("ci", max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("long", max_examples=20_000, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

DIGIT = "零一二三四五六七八九"
FINANCIAL = str.maketrans("一二三四五六七八九十百千", "壹贰叁肆伍陆柒捌玖拾佰仟")
TRADITIONAL = str.maketrans("万亿两", "萬億兩")


def under_10000(n: int) -> str:
    """1..9999 in Chinese, with the 零 of an inner gap (一千零五, 一千零五十)."""
    out, gap = "", False
    for size, unit in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        d = n // size % 10
        if d:
            out += ("零" if gap else "") + DIGIT[d] + unit
            gap = False
        elif out:
            gap = True
    return out


def chinese(n: int) -> str:
    """A whole number below 10**12 as Chinese numerals are written (一亿零五百万, 十五)."""
    if n == 0:
        return "零"
    out, gap = "", False
    for size, unit in ((10**8, "亿"), (10**4, "万"), (1, "")):
        section = n // size % 10**4 if size < 10**8 else n // size
        if not section:
            gap = gap or bool(out)
            continue
        if out and (gap or section < 1000):
            out += "零"
        out += under_10000(section) + unit
        gap = False
    return out[1:] if out.startswith("一十") else out


def arabic(n: int, separator: str) -> str:
    text = f"{n:,}"
    return text.replace(",", separator)


whole = st.integers(min_value=1, max_value=10**12 - 1)


@st.composite
def written(draw):
    """(text, value): one number written one of the ways Chinese news writes numbers."""
    n = draw(whole)
    form = draw(st.sampled_from(["arabic", "separated", "scaled", "chinese", "liang", "financial",
                                 "traditional", "mixed"]))
    if form == "arabic":
        return str(n), n
    if form == "separated":
        return arabic(n, draw(st.sampled_from([",", "，"]))), n
    if form == "scaled":  # 1.23亿, 7.92万
        unit, size = draw(st.sampled_from([("万", 10**4), ("亿", 10**8)]))
        cents = draw(st.integers(min_value=1, max_value=999_999))
        value = Decimal(cents) / 100
        return f"{value}{unit}", value * size
    if form == "mixed":  # 5万3000, 1亿2000万
        high, low = draw(st.integers(1, 9999)), draw(st.integers(1, 9999))
        unit, size = draw(st.sampled_from([("万", 10**4), ("亿", 10**8)]))
        tail, tail_size = ("", 1) if unit == "万" else ("万", 10**4)
        return f"{high}{unit}{low}{tail}", high * size + low * tail_size
    text = chinese(n)
    if form == "liang":
        text = text.replace("二千", "两千").replace("二百", "两百").replace("二万", "两万").replace("二亿", "两亿")
    if form == "financial":
        text = text.translate(FINANCIAL)
    if form == "traditional":
        text = text.translate(TRADITIONAL)
    return text, n


@given(written())
def test_a_written_number_reads_back(case):
    text, value = case
    got = read_number(text)
    assert got.value == value and got.value_max is None, text


@given(written())
def test_a_written_amount_reads_back_inside_text(case):
    text, value = case
    rows = get_engine()(Document("p", f"项目投入{text}元，")).records("amounts")
    assert [(r["text"], Decimal(r["value"])) for r in rows] == [(f"{text}元", value)]


@given(st.integers(1, 99_999), st.integers(1, 99_999), st.sampled_from(["-", "—", "——", "至", "到", "~", "～"]),
       st.sampled_from(["元", "万元", "亿元"]))
def test_a_range_never_has_its_lower_bound_above_the_upper(a, b, sep, unit):
    rows = get_engine()(Document("p", f"每户补助{a}{sep}{b}{unit}，")).records("amounts")
    assert rows, (a, b, sep, unit)
    for r in rows:
        assert r["value_max"] == "" or Decimal(r["value"]) <= Decimal(r["value_max"])
    scale = Decimal({"元": 1, "万元": 10**4, "亿元": 10**8}[unit])
    got = [(r["text"], Decimal(r["value"]), r["value_max"] and Decimal(r["value_max"])) for r in rows]
    if a < b:  # the shared scale goes to the lower bound: 3至5万元
        assert got == [(f"{a}{sep}{b}{unit}", a * scale, b * scale)]
    elif a <= b * scale:  # with the scale it would not be lower: it stands as written (6000到1.1万)
        assert got == [(f"{a}{sep}{b}{unit}", Decimal(a), b * scale)]
    else:  # no range: only the second number, with its unit
        assert got == [(f"{b}{unit}", b * scale, "")]


@given(st.integers(0, 99_999), st.integers(0, 9), st.integers(1, 9))
def test_sub_units_join_the_amount(yuan, jiao, fen):
    rows = get_engine()(Document("p", f"找零{yuan}元{jiao}角{fen}分。")).records("amounts")
    assert [Decimal(r["value"]) for r in rows] == [Decimal(yuan) + Decimal(jiao) / 10 + Decimal(fen) / 100]


TOKENS = [*"0123456789.,，-—至到元万亿千百十几数多余约近超块毛角分人名户口年以来上下左右\n。", "人民币", "美元", "$",
          "两个", "壹", "佰", "(含)", "二〇", "十三五", "截至"]


@given(st.lists(st.sampled_from(TOKENS), max_size=40).map("".join))
def test_arbitrary_text_never_raises_and_ranges_are_ordered(text):
    doc = get_engine()(Document("p", text))
    for table in ("amounts", "headcounts"):
        for m in doc.mentions[table]:
            assert m.value.value_max is None or m.value.value <= m.value.value_max, (text, m)
    for m in doc.mentions["years"]:
        assert 1900 <= m.value.year <= 2100


@given(st.integers(1, 9999), st.booleans())
def test_a_counted_yi_is_yuan_where_the_clause_speaks_of_money(n, in_chinese):
    said = (chinese(n) if in_chinese else str(n)) + "个亿"
    rows = get_engine()(Document("p", f"企业投资{said}，播放量达到{said}。")).records("amounts")
    assert [(r["text"], Decimal(r["value"]), r["currency"]) for r in rows] == [(said, n * Decimal(10**8), "CNY")]


@given(st.integers(1, 99), st.integers(1, 9), st.sampled_from(["斤", "盒", "公斤"]))
def test_spoken_yuan_with_its_unsaid_jiao_before_a_rate(yuan, jiao, unit):
    said = f"{chinese(yuan)}块{DIGIT[jiao]}"
    rows = get_engine()(Document("p", f"橘子{said}一{unit}。")).records("amounts")
    assert [(r["text"], Decimal(r["value"])) for r in rows] == [(said, yuan + Decimal(jiao) / 10)]
