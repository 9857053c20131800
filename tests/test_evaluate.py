"""The scorer on small hand-made cases."""
import pytest

from extract.evaluate import score_table

GOLD = [
    {"doc_id": "d", "start": 0, "end": 5, "text": "2.3亿元", "value": "230000000", "value_max": "",
     "currency": "CNY", "qualifier": "exact", "per": "", "optional": "0"},
    {"doc_id": "d", "start": 10, "end": 14, "text": "200元", "value": "200", "value_max": "",
     "currency": "CNY", "qualifier": "exact", "per": "", "optional": "0"},
    {"doc_id": "d", "start": 20, "end": 24, "text": "万余元", "value": "10000", "value_max": "",
     "currency": "CNY", "qualifier": "over", "per": "", "optional": "1"},
]


def score(pred):
    return score_table("amounts", GOLD, pred)


def test_perfect_prediction():
    s = score([{k: v for k, v in g.items() if k != "optional"} for g in GOLD[:2]]).as_dict()
    assert s["row_f1"] == s["strict"]["f1"] == 1.0


def test_optional_row_is_neither_missed_nor_false():
    s = score([{k: v for k, v in g.items() if k != "optional"} for g in GOLD]).as_dict()
    assert s["row_f1"] == 1.0 and s["predicted"] == 2


def test_off_by_one_span_is_lenient_not_strict():
    pred = [dict(GOLD[0], end=4, text="2.3亿"), dict(GOLD[1])]
    s = score(pred).as_dict()
    assert s["strict"]["precision"] == 0.5 and s["lenient"]["f1"] == 1.0
    assert s["row_f1"] == 0.5 and s["value_f1"] == 1.0


def test_extra_row_is_a_false_alarm():
    pred = [dict(GOLD[0]), dict(GOLD[1]), dict(GOLD[1], start=30, end=34)]
    s = score(pred).as_dict()
    assert s["strict"]["precision"] == pytest.approx(2 / 3) and s["strict"]["recall"] == 1.0


def test_wrong_value_breaks_row_not_span():
    pred = [dict(GOLD[0], value="23000000"), dict(GOLD[1])]
    s = score(pred).as_dict()
    assert s["strict"]["f1"] == 1.0 and s["row_f1"] == 0.5
    assert s["column_agreement"]["value"] == 0.5


def test_numbers_compare_as_numbers():
    pred = [dict(GOLD[0], value="230000000.0"), dict(GOLD[1])]
    assert score(pred).as_dict()["row_f1"] == 1.0
