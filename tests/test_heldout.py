"""Accuracy on articles the rules were not developed on.

tests/gold_heldout/ labels fourteen People's Daily articles from ../shared/news/
(not committed: read in place). They were labelled by hand before the
pipeline was first run on them; the test skips when the folder is absent.
"""
import pytest

from extract import run as batch
from extract.evaluate import evaluate
from conftest import ROOT

NEWS = ROOT.parent / "shared" / "news" / "rmrb-2020q1"
GOLD = ROOT / "tests" / "gold_heldout"
# Row F1 floors, set below what was reached (places 0.995, the rest 1.000 on
# few rows); never lower one to make a change pass.
FLOORS = {"places": 0.97, "amounts": 0.95, "headcounts": 0.95, "years": 0.95}
# Facts are far from the 0.9 aimed at (reached: pairings F1 0.632; year 0.978,
# actor 0.711, target 0.807, measure 0.689): these floors only catch a fall.
FACT_FLOORS = {"year": 0.95, "actor": 0.67, "target": 0.77, "measure": 0.64}


@pytest.fixture(scope="module")
def heldout_scores(tmp_path_factory):
    if not NEWS.is_dir():
        pytest.skip(f"{NEWS} not found: the held-out articles are read in place")
    files = [str(NEWS / p.stem.split("-")[0] / f"{p.stem}.txt") for p in sorted((GOLD / "labels").glob("*.tsv"))]
    out = tmp_path_factory.mktemp("heldout")
    summary = batch.run(files, str(out), workers=1, progress=False)
    assert summary.documents == len(files) and not summary.problems
    return evaluate(GOLD, out).scores


@pytest.mark.parametrize("table", FLOORS)
def test_heldout_row_f1_floor(heldout_scores, table):
    score = heldout_scores[table].as_dict()
    assert score["row_f1"] >= FLOORS[table], score


def test_heldout_facts_floor(heldout_scores):
    accuracy = heldout_scores["facts"].as_dict()["accuracy"]
    assert all(accuracy[c] >= floor for c, floor in FACT_FLOORS.items()), accuracy
    assert heldout_scores["pairings"].as_dict()["f1"] >= 0.6
