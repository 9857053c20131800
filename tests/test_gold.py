"""The gold files themselves: columns per SPEC.md, offsets, text, no overlaps."""
import csv

import pytest

from conftest import ROOT, tool
from extract.registry import tables

COLUMNS = {t.name: t.columns for t in tables() if t.spans}
MAY_SHARE_SPANS = {t.name for t in tables() if t.overlap == "keep_all"}  # two helpers of one place

GOLD = ROOT / "tests" / "gold"


def raw(doc_id):
    with open(ROOT / "corpus" / f"{doc_id}.txt", encoding="utf-8", newline="") as f:
        return f.read()


@pytest.mark.parametrize("table", COLUMNS)
def test_gold_table_is_well_formed(table):
    with open(GOLD / f"{table}.csv", encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        assert reader.fieldnames == ["doc_id", "start", "end", "text", *COLUMNS[table], "optional", "note"]
        rows = list(reader)
    assert rows, "gold must not be empty"
    texts = {}
    last = {}
    for r in rows:
        doc = texts.setdefault(r["doc_id"], raw(r["doc_id"]))
        s, e = int(r["start"]), int(r["end"])
        assert 0 <= s < e <= len(doc)
        assert r["text"] == "".join(doc[s:e].split())
        assert r["optional"] in ("0", "1")
        prev = last.get(r["doc_id"])
        if table in MAY_SHARE_SPANS:
            assert prev is None or prev <= s, f"unsorted at {r['doc_id']}:{s}"
            last[r["doc_id"]] = s
        else:
            assert prev is None or prev <= s, f"unsorted or overlapping at {r['doc_id']}:{s}"
            last[r["doc_id"]] = e
    assert set(texts) == {p.stem for p in (ROOT / "corpus").glob("*.txt")}


def test_label_files_rebuild_the_gold_tables(tmp_path):
    """tests/gold/*.csv are compiled from labels/ by tools/label.py, never edited apart."""
    label = tool("label")
    assert label.build(out=tmp_path) == 0
    for table in [*COLUMNS, "documents"]:
        assert (tmp_path / f"{table}.csv").read_bytes() == (GOLD / f"{table}.csv").read_bytes()


def test_an_anchor_copied_with_a_full_width_space_is_found():
    """Label anchors are searched in the text with its whitespace removed; a full-width space
    copied from an article into an anchor is removed too (a reader of set 6 hit this)."""
    label = tool("label")
    flat, where = label.strip_map("　　宝山区投入\n帮扶资金1亿元。")
    assert label.find_anchor("投入　帮扶资金[1亿元]", flat, where, 0) == (12, 15)


def test_a_set_of_mentions_may_label_facts_checked_against_the_divisions(tmp_path):
    """label.py --mentions: no place rows, so a fact's places are checked against divisions.csv and the
    article's own words (a former county the gazetteer lacks, 水城县, as written)."""
    label = tool("label")
    (tmp_path / "labels").mkdir()
    (tmp_path / "d.txt").write_text("2019年，宝山区向会泽县投入帮扶资金1亿元。", encoding="utf-8")
    fields = "value=100000000 measure=aid cue=帮扶资金 year=2019 year_kind=point year_at=[2019年]"
    (tmp_path / "labels" / "d.tsv").write_text(
        f"Y  [2019年]  year=2019 kind=point\nA  [1亿元]  {fields} actor=宝山区 target=会泽市\n", encoding="utf-8")
    label.GOLD, label.CORPUS, label.MENTIONS_ONLY = tmp_path, tmp_path, True
    rows, problems = label.label_doc("d", label.load_divisions())
    assert [(f["actor"], f["target"], f["year_start"]) for f in rows["facts"]] == [("宝山区", "会泽市", 0)]
    assert problems == ["d: fact at 19 (1亿元): target 会泽市 is no places row of the document"]
