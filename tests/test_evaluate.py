"""The scorer on small hand-made cases."""
import pytest

from extract.evaluate import evaluate, format_problems, score_table

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


def test_show_lists_a_column_the_agreement_counts_though_no_key():
    # per is no key of an amount (the row still counts), but its agreement is reported, so --show lists it
    pred = [dict(GOLD[0], per="年"), dict(GOLD[1])]
    s = score(pred)
    assert s.as_dict()["row_f1"] == 1.0 and s.as_dict()["column_agreement"]["per"] == 0.5
    shown = format_problems(s, None)
    assert shown.count("DIFF") == 1 and "per: 年≠" in shown


def test_numbers_compare_as_numbers():
    pred = [dict(GOLD[0], value="230000000.0"), dict(GOLD[1])]
    assert score(pred).as_dict()["row_f1"] == 1.0


PAIRING_COLUMNS = "doc_id,start,end,text,helper,helper_code,helped,helped_code,relation"


def _pairings(folder, rows, last):
    folder.mkdir()
    (folder / "pairings.csv").write_text("\n".join([f"{PAIRING_COLUMNS},{last}", *rows]) + "\n", encoding="utf-8")
    return folder


def test_articles_listed_without_gold_rows_are_scored(tmp_path):
    """A document stating no pairing has no gold row: listed in articles.txt, a pairing predicted there is a
    false alarm; a document the folder does not list is still left out."""
    row = "a,0,3,会泽县,宝山区,310113,会泽县,530326,结对帮扶"
    gold = _pairings(tmp_path / "gold", [f"{row},0"], "optional")
    pred = _pairings(tmp_path / "pred", [f"{row},pairing.statement", f"{row.replace('a,', 'b,', 1)},pairing.statement",
                                         f"{row.replace('a,', 'c,', 1)},pairing.statement"], "rule")
    (gold / "articles.txt").write_text("a\nb\n", encoding="utf-8")
    score = evaluate(gold, pred).scores["pairings"].as_dict()
    assert (score["gold"], score["predicted"], score["precision"]) == (1, 2, 0.5)
