"""The spaCy component: registered by entry point, the same rows as `extract run`, exact spans whatever the tokenizer."""
import csv
import subprocess
import sys

import pytest

spacy = pytest.importorskip("spacy")

from conftest import ROOT  # noqa: E402
from extract import registry  # noqa: E402

CORPUS = sorted((ROOT / "corpus").glob("*.txt"))
SPAN_TABLES = ("places", "amounts", "headcounts", "years", "pairings")


def blank(segmenter: str):
    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": segmenter}}})
    nlp.add_pipe("extract")
    return nlp


def rows_of(table: str) -> dict[str, list[tuple]]:
    """output/<table>.csv (what `extract run corpus -o output` writes, checked by CI), by document."""
    out: dict[str, list[tuple]] = {}
    with open(ROOT / "output" / f"{table}.csv", encoding="utf-8", newline="") as f:
        for row in csv.reader(f):
            if row[0] != "doc_id":
                out.setdefault(row[0], []).append(tuple(row[1:]))
    return out


@pytest.mark.parametrize("segmenter", ["char", "jieba"])
def test_spans_and_attributes_equal_the_rows_of_extract_run(segmenter):
    nlp = blank(segmenter)
    texts = [p.read_text(encoding="utf-8") for p in CORPUS]
    docs = list(nlp.pipe(texts))  # many texts, as users run it
    for table in SPAN_TABLES:
        expected = rows_of(table)
        for path, doc in zip(CORPUS, docs):
            got = [tuple(str(c) for c in span._.row) for span in doc.spans[table]]
            assert got == expected.get(path.stem, []), (table, path.stem)
            assert all("".join(span.text.split()) == span._.row[2] and span.label_ == table for span in doc.spans[table])
    facts = rows_of("facts")
    columns = registry.table("facts").row_columns[1:]
    for path, doc in zip(CORPUS, docs):
        got = [tuple(str(f[c]) for c in columns) for f in doc._.facts]
        assert got == facts.get(path.stem, [])
        assert all("".join(f["span"].text.split()) == f["text"] for f in doc._.facts)


def test_a_mention_edge_inside_a_token_splits_the_token():
    nlp = blank("jieba")
    text = "普陀区委书记到丽江调研。"
    assert "区委书记" in [t.text for t in nlp.make_doc(text)]  # jieba: 普陀 | 区委书记: 普陀区 ends inside a token
    doc = nlp(text)
    place = doc.spans["places"][0]
    assert (place.text, place._.code, place._.level) == ("普陀区", "310107", "county")
    assert doc.text == text and "".join(t.text_with_ws for t in doc) == text  # the text itself is untouched
    assert [t.text for t in doc[place.start:place.end + 1]] == ["普陀", "区", "委书记"]


def test_typed_values_on_the_span():
    doc = blank("char")("2019年，宝山区投入帮扶资金3000万元，帮助1200名贫困人口脱贫。")
    money = doc.spans["amounts"][0]
    assert (str(money._.value), money._.currency, money._.rule) == ("30000000", "CNY", "amount.number_unit")
    assert doc.spans["headcounts"][0]._.noun == "贫困人口"
    assert doc.spans["years"][0]._.year == 2019
    assert {f["text"]: f["measure"] for f in doc._.facts} == {"3000万元": "aid", "1200名": "lifted"}


def test_add_pipe_finds_the_component_by_entry_point_alone():
    program = ("import spacy, sys; nlp = spacy.blank('zh'); nlp.add_pipe('extract'); "
               "doc = nlp('上海对口支援新疆喀什地区'); print([s.text for s in doc.spans['places']]); "
               "print('extract.spacy_component' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, check=True).stdout
    assert out.split("\n")[:2] == ["['上海', '新疆', '喀什地区']", "True"]


def test_extract_run_imports_neither_spacy_nor_matplotlib(tmp_path):
    program = ("import sys; from extract import run; "
               f"run.run([{str(CORPUS[0])!r}], {str(tmp_path)!r}, workers=1, progress=False); "
               "print(sorted(m for m in ('spacy', 'matplotlib', 'thinc') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_the_readme_example_runs_as_written():
    readme = (ROOT / "README.md").read_text(encoding="utf-8").split("### In spaCy")[1]
    first, second = [block.split("```")[0] for block in readme.split("```python\n")[1:3]]
    scope = {}
    exec(first, scope)
    assert eval(first.strip().splitlines()[-2], scope) == [("3000万元", __import__("decimal").Decimal("30000000"),
                                                           "CNY", "amount.number_unit")]
    imports, call = second.split("\n", 1)
    exec(imports, scope)
    html = eval(call, scope)
    assert "宝山区" in html and "3000万元" in html
