"""Accuracy on articles the rules were not developed on.

Two gold sets label People's Daily articles from ../shared/news/ (not
committed: read in place); the tests skip when the folder is absent:
- tests/gold_heldout/: fourteen articles, labelled by hand before the
  pipeline was first run on them;
- tests/gold_fresh/: forty articles labelled by readers who never saw the
  pipeline's output (its README says how each of its six sets was used);
  every table but places, which it labels only where facts need them;
- tests/gold_news/: a hundred and sixty-three articles on anything, labelled the same way
  for amounts, headcounts and years (articles.txt lists them);
- tests/gold_places/: a hundred and thirty-four more, labelled the same way for places;
- tests/gold_pairings/: the 119 articles naming an arrangement word, labelled for pairings only
  (articles.txt lists them: most state no pairing, and a pairing found there is a false alarm).
Floors are set below what was reached; they catch a fall. Never lower one to
make a change pass.
"""
from dataclasses import dataclass

import pytest

from extract import run as batch
from extract.evaluate import evaluate
from conftest import ROOT

NEWS = ROOT.parent / "shared" / "news" / "rmrb-2020q1"


@dataclass(frozen=True)
class GoldSet:
    folder: str
    row_f1: dict[str, float]  # per mention table
    facts: dict[str, float]  # per facts column; far from the 0.9 aimed at (empty: facts not labelled)
    pairings_f1: float | None

    def articles(self, gold) -> list[str]:
        """The doc_ids the set labels: one labels file each, or a list of them."""
        if (gold / "labels").is_dir():
            return [p.stem for p in sorted((gold / "labels").glob("*.tsv"))]
        return (gold / "articles.txt").read_text(encoding="utf-8").split()


SETS = {
    # reached: places 0.998, the rest 1.000; year 0.978, actor 0.822, target 0.933, measure 0.711; pairings 0.800
    "heldout": GoldSet("gold_heldout", {"places": 0.97, "amounts": 0.95, "headcounts": 0.95, "years": 0.95},
                       {"year": 0.95, "actor": 0.79, "target": 0.90, "measure": 0.68}, 0.76),
    # reached on the 40: amounts 1.000, headcounts 0.987, years 0.985; year 0.948, actor 0.769,
    # target 0.847, measure 0.831; pairings 0.909 (fifth 2026-11-28 session; actor was 0.671 before
    # the third). Set 6 (eight articles added on the second session, scored once, actor 0.512) brought
    # actor down from 0.731 on the 32: the floors are for the 40
    "fresh": GoldSet("gold_fresh", {"amounts": 0.97, "headcounts": 0.96, "years": 0.95},
                     {"year": 0.92, "actor": 0.74, "target": 0.81, "measure": 0.80}, 0.87),
    # reached (ninth session, ten sets): amounts 0.995, headcounts 0.994, years 0.991 (each of its sets scored
    # once before the changes it prompted: its README)
    "news": GoldSet("gold_news", {"amounts": 0.97, "headcounts": 0.96, "years": 0.96}, {}, None),
    # reached: places 0.992 (its nine sets scored once before the changes they prompted: 0.991, 0.975,
    # 0.949, 0.979, 0.989, 0.993, 1.000, 0.992, 0.954)
    "places": GoldSet("gold_places", {"places": 0.97}, {}, None),
    # reached (eighth 2026-11-28 session): set 1 pairs P/R/F1 0.882/0.789/0.833 when labelled, 0.938/0.789/0.857
    # after the one change it prompted; set 2 1.000/0.556/0.714 when labelled; both 0.952/0.714/0.816, then
    # 0.917/0.786/0.846 after set 2 was read; set 3 (never read) 1.000/0.727/0.842; all three 0.938/0.769/0.845
    "pairings": GoldSet("gold_pairings", {}, {}, 0.80),
}


@pytest.fixture(scope="module", params=SETS)
def scored(request, tmp_path_factory):
    if not NEWS.is_dir():
        pytest.skip(f"{NEWS} not found: the articles are read in place")
    gold = ROOT / "tests" / SETS[request.param].folder
    files = [str(NEWS / d.split("-")[0] / f"{d}.txt") for d in SETS[request.param].articles(gold)]
    out = tmp_path_factory.mktemp(request.param)
    summary = batch.run(files, str(out), workers=1, progress=False)
    assert summary.documents == len(files) and not summary.problems
    return SETS[request.param], evaluate(gold, out).scores


def test_row_f1_floors(scored):
    floors, scores = scored
    reached = {table: scores[table].as_dict()["row_f1"] for table in floors.row_f1}
    assert all(reached[t] >= floor for t, floor in floors.row_f1.items()), reached
    assert set(scores) & {"places"} <= set(floors.row_f1)  # partial place labels are never scored


def test_facts_floors(scored):
    floors, scores = scored
    if not floors.facts:
        pytest.skip("this set labels no facts")
    accuracy = scores["facts"].as_dict()["accuracy"]
    assert all(accuracy[c] >= floor for c, floor in floors.facts.items()), accuracy


def test_pairings_floor(scored):
    floors, scores = scored
    if floors.pairings_f1 is None:
        pytest.skip("this set labels no pairings")
    assert scores["pairings"].as_dict()["f1"] >= floors.pairings_f1
