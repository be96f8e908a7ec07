"""Fixtures shared by every test layer."""

import sys
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[1]
SAMPLE_DATA = REPO_ROOT / "tests" / "data"
LARGE_DATA = REPO_ROOT.parent / "shared" / "data"

if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

from tests.support.http_server import FixtureServer  # noqa: E402


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return REPO_ROOT


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """The real samples the project carries, ``tests/data`` (excerpts of ``../shared/data`` in the same layout;
    provenance in ``tests/data/README.md``). Every clone has them: tests never need ``../shared``."""
    return SAMPLE_DATA


@pytest.fixture(scope="session")
def large_data() -> Path:
    """The full sample collection beside the checkout (``../shared/data``), for the optional large-data tests:
    they are skipped, with the reason, where it is absent (a fresh clone)."""
    if not LARGE_DATA.is_dir():
        pytest.skip(f"optional large-data test: {LARGE_DATA} (the full sample collection) is not beside this checkout")
    return LARGE_DATA


@pytest.fixture()
def fixture_server(shared_data):
    """A loopback HTTP server rooted at ``tests/data`` (fresh per test, so faults don't leak)."""
    with FixtureServer(root=shared_data) as server:
        yield server
