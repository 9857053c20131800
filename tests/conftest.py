from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def engine():
    from extract import get_engine
    return get_engine()


@pytest.fixture
def rules_copy(tmp_path):
    """A private copy of rules/ that a test may edit."""
    import shutil
    dst = tmp_path / "rules"
    shutil.copytree(ROOT / "rules", dst)
    return dst
