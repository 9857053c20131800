from decimal import Decimal

import pytest

from extract.numbers import NumeralError, chinese_integer, digit_by_digit, parse_numeral, plain


@pytest.mark.parametrize("text,value,approx", [
    ("2.3亿", "230000000", False), ("1亿多", "100000000", True), ("200多万", "2000000", True),
    ("万余", "10000", True), ("十多万", "100000", True), ("两千", "2000", False),
    ("1,200万", "12000000", False), ("1.23亿", "123000000", False), ("7.92万", "79200", False),
    ("千", "1000", False), ("一千二百万", "12000000", False), ("40余", "40", True),
])
def test_parse_numeral(text, value, approx):
    assert parse_numeral(text) == (Decimal(value), approx)


def test_plain_has_no_exponent_or_trailing_zeros():
    assert plain(Decimal("2.3") * 100_000_000) == "230000000"
    assert plain(Decimal("0.50")) == "0.5"


def test_chinese_year_digits():
    assert digit_by_digit("二〇二〇") == 2020
    assert digit_by_digit("一九四九") == 1949


def test_unreadable_numeral_raises():
    with pytest.raises(NumeralError):
        parse_numeral("多余")


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


@pytest.mark.parametrize("text", ["五六", "三两", "一一", "七八万"])
def test_adjacent_digits_are_a_vague_count_not_a_number(text):
    with pytest.raises(NumeralError):
        parse_numeral(text)
