"""Clause-by-clause segmentation gives jieba's words for the whole text."""
from itertools import accumulate

import pytest

from extract.document import Document
from extract.engine import get_engine
from conftest import ROOT

TEXTS = [Document(p.stem, p.read_text(encoding="utf-8")).clean for p in sorted((ROOT / "corpus").glob("*.txt"))]
TEXTS.append("新疆喀什莎车县人民医院，“十三五”以来投入2.3亿元！A股3.5%…静安区委书记（上海）\n\n第二段，云南")


@pytest.mark.parametrize("backend", ["rjieba", "jieba"])
@pytest.mark.parametrize("batched", [False, True], ids=["one block at a time", "blocks cut together"])
def test_lazy_words_match_a_whole_text_cut(backend, batched):
    segmenter = get_engine(None, backend).segmenter
    for text in TEXTS:
        ends = list(accumulate(map(len, segmenter._cut(text))))
        starts, end_set = {0, *ends[:-1]}, set(ends)
        words = segmenter.words(text)
        if batched:
            words.cut_around(range(0, len(text), 3))
        assert [p for p in range(len(text)) if words.is_start(p)] == sorted(starts)
        assert [p for p in range(1, len(text) + 1) if words.is_end(p)] == sorted(end_set)
