"""Fixtures shared by every test layer."""

import sys
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[1]
SHARED_DATA = REPO_ROOT.parent / "shared" / "data"

if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

from tests.support.http_server import FixtureServer  # noqa: E402


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return REPO_ROOT


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """The real sample data beside the checkout (``../shared/data``)."""
    if not SHARED_DATA.is_dir():
        pytest.fail(f"sample data not found at {SHARED_DATA}: tests need ../shared beside the checkout")
    return SHARED_DATA


@pytest.fixture()
def fixture_server(shared_data):
    """A loopback HTTP server rooted at ``../shared/data`` (fresh per test, so faults don't leak)."""
    with FixtureServer(root=shared_data) as server:
        yield server
