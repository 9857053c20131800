"""The pipeline on corpus/ against the hand-labelled gold, and its invariants."""
import pytest

from extract import run as batch
from extract.evaluate import evaluate
from conftest import ROOT

# Row F1 floors, set from what the pipeline reaches (1.000 on every table when
# set); never lower one to make a change pass.
FLOORS = {"places": 0.98, "amounts": 0.97, "headcounts": 0.97, "years": 0.97}


@pytest.fixture(scope="module")
def corpus_out(tmp_path_factory):
    out = tmp_path_factory.mktemp("out")
    summary = batch.run([str(ROOT / "corpus")], str(out), workers=1, progress=False)
    assert summary.documents == 5 and not summary.problems
    return out


@pytest.mark.parametrize("table", FLOORS)
def test_row_f1_floor(corpus_out, table):
    score = evaluate(ROOT / "tests" / "gold", corpus_out).scores[table].as_dict()
    assert score["row_f1"] >= FLOORS[table], score


def test_committed_output_is_current(corpus_out):
    for table in FLOORS:
        assert (ROOT / "output" / f"{table}.csv").read_bytes() == (corpus_out / f"{table}.csv").read_bytes(), \
            f"output/{table}.csv is stale: run `extract run corpus -o output`"


def test_python_jieba_backend_gives_identical_tables(corpus_out, tmp_path):
    batch.run([str(ROOT / "corpus")], str(tmp_path), workers=1, backend="jieba", progress=False)
    for table in FLOORS:
        assert (tmp_path / f"{table}.csv").read_bytes() == (corpus_out / f"{table}.csv").read_bytes()


def test_anchors_only_speed_up(corpus_out, rules_copy, tmp_path):
    """A rule's anchor limits where its pattern is tried, never what it finds."""
    for name in ("amounts.yaml", "headcounts.yaml"):
        path = rules_copy / name
        path.write_text("".join(line for line in path.read_text(encoding="utf-8").splitlines(True)
                                if not line.strip().startswith("anchor:")), encoding="utf-8")
    batch.run([str(ROOT / "corpus")], str(tmp_path), workers=1, rules_dir=str(rules_copy), progress=False)
    for table in FLOORS:
        assert (tmp_path / f"{table}.csv").read_bytes() == (corpus_out / f"{table}.csv").read_bytes()
