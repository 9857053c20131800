"""The Dask engine writes the same tables as the local one; parts merge back to them."""
import shutil
from pathlib import Path

import pytest

distributed = pytest.importorskip("distributed")

from extract import run as batch  # noqa: E402
from extract.distributed import merge_parts, run_dask  # noqa: E402
from extract.registry import tables  # noqa: E402

TABLES = [t.name for t in tables()]

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"


@pytest.fixture(scope="module")
def rules(tmp_path_factory):
    """A snapshot of rules/, so edits made while the tests run cannot split the two runs."""
    return str(shutil.copytree(ROOT / "rules", tmp_path_factory.mktemp("snap") / "rules"))


@pytest.fixture(scope="module")
def scheduler():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster:
        yield cluster.scheduler_address


@pytest.fixture(scope="module")
def reference(tmp_path_factory, rules):
    out = tmp_path_factory.mktemp("local")
    summary = batch.run([str(CORPUS)], str(out), workers=1, rules_dir=rules, progress=False)
    assert summary.documents == len(list(CORPUS.glob("*.txt"))) and not summary.problems
    return out


def assert_same_tables(a: Path, b: Path, ext="csv"):
    for table in TABLES:
        assert (a / f"{table}.{ext}").read_bytes() == (b / f"{table}.{ext}").read_bytes(), table


def test_dask_tables_are_byte_identical_and_parts_merge_back(scheduler, reference, rules, tmp_path):
    summary = run_dask([str(CORPUS)], str(tmp_path), scheduler=scheduler, rules_dir=rules, batch_size=2)
    assert summary.documents == 5 and not summary.problems
    assert_same_tables(reference, tmp_path)
    for table in TABLES:
        parts = sorted(p.name for p in (tmp_path / "parts" / table).iterdir())
        assert parts == ["part-00000.csv", "part-00001.csv", "part-00002.csv"]
        (tmp_path / f"{table}.csv").unlink()
    counts = merge_parts(tmp_path, "csv")
    assert counts == summary.counts
    assert_same_tables(reference, tmp_path)


def test_two_local_workers_equal_one(reference, rules, tmp_path):
    batch.run([str(CORPUS)], str(tmp_path), workers=2, rules_dir=rules, progress=False)
    assert_same_tables(reference, tmp_path)


def test_parquet_reads_back_as_the_csv_rows(scheduler, reference, rules, tmp_path):
    import pandas as pd
    run_dask([str(CORPUS)], str(tmp_path / "run"), scheduler=scheduler, rules_dir=rules, fmt="parquet")
    merge_parts(tmp_path / "run", "parquet")  # rewrites the same tables from the parts
    for table in TABLES:
        want = pd.read_csv(reference / f"{table}.csv", dtype=str, keep_default_na=False)
        got = pd.read_parquet(tmp_path / "run" / f"{table}.parquet", dtype_backend="numpy_nullable")
        assert list(got.columns) == list(want.columns)
        assert str(got["start" if "start" in got else "chars"].dtype) == "Int64"  # typed columns: integers, not text
        as_text = got.astype(object).where(got.notna(), "").astype(str)
        assert as_text.values.tolist() == want.values.tolist(), table
        assert len(got) > 0


def test_bad_files_are_problems_not_crashes(scheduler, rules, tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(next(CORPUS.glob("*.txt")), src / "good.txt")
    (src / "empty.txt").write_bytes(b"")
    (src / "binary.txt").write_bytes(b"\x00\x01\x02")
    args = [str(src), str(tmp_path / "missing")]
    local = batch.run(args, str(tmp_path / "local"), workers=1, rules_dir=rules, progress=False)
    summary = run_dask(args, str(tmp_path / "dask"), scheduler=scheduler, rules_dir=rules)
    assert summary.documents == local.documents == 1
    assert summary.problems == local.problems and len(summary.problems) == 3
    assert_same_tables(tmp_path / "local", tmp_path / "dask")
