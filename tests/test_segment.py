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


def test_a_run_builds_one_jieba_dictionary_and_rjieba_still_imports_after_it(tmp_path):
    """The engine loads rjieba's extension without its package's default tokenizer (0.1 s, 25 MB),
    and a one-worker run leaves the process pool's modules unloaded; a later `import rjieba` works."""
    import subprocess
    import sys
    program = ("import sys; from extract import run; "
               f"run.run([{str(ROOT / 'corpus')!r}], {str(tmp_path)!r}, workers=1, progress=False); "
               "print('_DEFAULT_JIEBA' in vars(sys.modules.get('rjieba') or object), "
               "'multiprocessing' in sys.modules, 'concurrent.futures.process' in sys.modules); "
               "import rjieba; print(rjieba.cut('宝山区对口帮扶会泽县'))")
    out = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, check=True).stdout
    assert out.splitlines() == ["False False False", "['宝山区', '对口', '帮扶', '会泽县']"]


def test_the_word_holding_a_position_matches_the_cut():
    """word_at, word_start and word_end agree with jieba's words, and stop at their limits."""
    segmenter = get_engine(None, "rjieba").segmenter
    text = TEXTS[-1]
    ends = list(accumulate(map(len, segmenter._cut(text))))
    spans = list(zip([0, *ends[:-1]], ends))
    words = segmenter.words(text)
    for start, end in spans:
        for pos in range(start, end):
            assert words.word_at(pos) == (start, end)
    start, end = next(s for s in spans if s[1] - s[0] >= 3)
    assert words.word_start(end - 1, limit=end - 2) == end - 2  # not a word start: the limit
    assert words.word_end(start, limit=start + 1) is None  # the word ends further on
