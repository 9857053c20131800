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


@pytest.fixture(scope="session", autouse=True)
def pattern_cache(tmp_path_factory):
    """The compiled-pattern cache of the test run's own (the CLI tests' processes inherit it), not the user's."""
    import os
    folder = tmp_path_factory.mktemp("pattern-cache")
    previous = os.environ.get("EXTRACT_CACHE")
    os.environ["EXTRACT_CACHE"] = str(folder)
    yield folder
    if previous is None:
        del os.environ["EXTRACT_CACHE"]
    else:
        os.environ["EXTRACT_CACHE"] = previous
