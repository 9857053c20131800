from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def tool(name: str):
    """A script of tools/ loaded as a module (scripts are not part of the package): tests use what the
    maintainers run (label.py builds the gold tables, audit_scores.py scores the audits)."""
    import importlib.util
    spec = importlib.util.spec_from_file_location(name, ROOT / "tools" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


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
