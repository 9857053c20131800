from decimal import Decimal

import pytest

from extract.numbers import NumeralError, chinese_integer, digit_by_digit, plain, read_number


@pytest.mark.parametrize("text,value,value_max,hint", [
    ("2.3亿", "230000000", None, ""), ("1亿多", "100000000", None, "over"), ("200多万", "2000000", None, "over"),
    ("万余", "10000", None, "over"), ("十多万", "100000", None, "over"), ("两千", "2000", None, ""),
    ("1,200万", "12000000", None, ""), ("1.23亿", "123000000", None, ""), ("7.92万", "79200", None, ""),
    ("千", "1000", None, ""), ("一千二百万", "12000000", None, ""), ("40余", "40", None, "over"),
    ("82，225.00", "82225", None, ""), ("5万3000", "53000", None, ""), ("1亿2000万", "120000000", None, ""),
    ("壹仟玖佰", "1900", None, ""), ("肆佰叁拾萬", "4300000", None, ""), ("两个亿", "200000000", None, ""),
    ("一○○万", "1000000", None, ""), ("十几", "10", None, "over"), ("二十几万", "200000", None, "over"),
    ("三四千", "3000", "4000", "about"), ("八九亿", "800000000", "900000000", "about"), ("五六", "5", "6", "about"),
    ("十七八", "17", "18", "about"), ("二三十", "20", "30", "about"), ("三两", "2", "3", "about"),
    ("几十万", "100000", "1000000", "about"), ("数十亿", "1000000000", "10000000000", "about"),
    ("数百", "100", "1000", "about"),
])
def test_read_number(text, value, value_max, hint):
    got = read_number(text)
    assert (got.value, got.value_max, got.hint) == (Decimal(value), value_max and Decimal(value_max), hint)


def test_plain_has_no_exponent_or_trailing_zeros():
    assert plain(Decimal("2.3") * 100_000_000) == "230000000"
    assert plain(Decimal("0.50")) == "0.5"


def test_chinese_year_digits():
    assert digit_by_digit("二〇二〇") == 2020
    assert digit_by_digit("一九四九") == 1949


@pytest.mark.parametrize("text", ["多余", "一一", "五五", "1.2.3万"])
def test_unreadable_numeral_raises(text):
    with pytest.raises(NumeralError):
        read_number(text)


@pytest.mark.parametrize("text,value", [
    ("十", 10), ("十五", 15), ("一十五", 15), ("两千", 2000), ("一千零一十", 1010), ("一万零五", 10005),
    ("一亿二千万", 120_000_000), ("三百万亿", 300_000_000_000_000), ("一千九百亿", 190_000_000_000),
    ("三千五", 3500), ("两万三", 23000), ("一百万零五", 1_000_005), ("二〇二〇", 2020), ("零", 0),
])
def test_chinese_integer(text, value):
    assert chinese_integer(text) == value


@pytest.mark.parametrize("text", ["三四千", "两三千", "万万", "亿万", "十十", "千百", "一千千万万", "五亿三", ""])
def test_not_a_chinese_integer(text):
    with pytest.raises(ValueError):
        chinese_integer(text)


def test_chinese_integer_reads_as_cn2an_does():
    """cn2an (a test dependency only) is the reference: every string of up to
    three numeral characters, and written-out numbers cut and cut short."""
    cn2an = pytest.importorskip("cn2an")
    import itertools
    import random

    def reference(s):
        try:
            return int(cn2an.cn2an(s, "smart"))
        except (ValueError, KeyError):
            return None

    def ours(s):
        try:
            return chinese_integer(s)
        except ValueError:
            return None

    alphabet = "〇零一二两三四五六七八九十百千万亿"
    cases = {"".join(p) for n in (1, 2, 3) for p in itertools.product(alphabet, repeat=n)}
    rnd = random.Random(7)
    for _ in range(1500):
        written = cn2an.an2cn(rnd.choice([rnd.randint(0, 10**4), rnd.randint(0, 10**9), rnd.randint(0, 10**13)]))
        k = rnd.randrange(len(written))
        cases |= {written, written.replace("二", "两"), written[:k] + written[k + 1:], written[:k + 1]}
    assert [s for s in sorted(cases) if ours(s) != reference(s)] == []
