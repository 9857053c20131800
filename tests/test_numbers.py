from decimal import Decimal

import pytest

from extract.numbers import NumeralError, chinese_digits_to_int, parse_numeral, plain


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
    assert chinese_digits_to_int("二〇二〇") == 2020
    assert chinese_digits_to_int("一九四九") == 1949


def test_unreadable_numeral_raises():
    with pytest.raises(NumeralError):
        parse_numeral("多余")
