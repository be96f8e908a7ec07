"""Fixtures shared by every test layer."""

import contextlib
import itertools
import os
import sys
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[1]
SAMPLE_DATA = REPO_ROOT / "tests" / "data"
LARGE_DATA = REPO_ROOT.parent / "shared" / "data"

if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

from tests.support.http_server import FixtureServer

_EXIT_STATUS = pytest.StashKey[int]()


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
def interface_language(qgis_app):
    """Call it with a locale (``"pt_BR"``) to switch QGIS's interface language as Options ▸ General does, with the
    plugin's translator; the settings as they were afterwards."""
    from scripts.make_algorithm_docs import interface_language as switched_to

    with contextlib.ExitStack() as switches:
        yield lambda locale: switches.enter_context(switched_to(locale))


@pytest.fixture()
def portuguese(interface_language):
    """QGIS's interface in Brazilian Portuguese for the test."""
    interface_language("pt_BR")


@pytest.fixture()
def fixture_server(shared_data):
    """A loopback HTTP server rooted at ``tests/data`` (fresh per test, so faults don't leak)."""
    with FixtureServer(root=shared_data) as server:
        yield server


@pytest.fixture(scope="session")
def postgres_cluster():
    """A throw-away PostgreSQL + PostGIS server on a loopback port for the whole test run (stopped at the end)."""
    from tests.support.postgres import PostgresMissingError, ThrowAwayCluster

    try:
        cluster = ThrowAwayCluster()
    except PostgresMissingError as error:
        pytest.fail(str(error))
    with cluster:
        yield cluster


_DATABASES = itertools.count(1)


@pytest.fixture()
def store_database(postgres_cluster, monkeypatch):
    """A fresh database (PostGIS, team roles, schema energy_monitor); libpq sees the writer's services
    and passwords, so ``service=<name>`` connects as netload_writer."""
    from tests.support.postgres import WRITER

    name = postgres_cluster.create_database(f"netload_{next(_DATABASES)}")
    for key, value in postgres_cluster.environment(WRITER).items():
        monkeypatch.setenv(key, value)
    return name


def pytest_sessionfinish(session, exitstatus):
    session.config.stash[_EXIT_STATUS] = int(exitstatus)


@pytest.hookimpl(trylast=True)
def pytest_unconfigure(config):
    """End the QGIS test process without Python's own finalization, once pytest is done with it.

    pytest-qgis has already called ``exitQgis()``, every result and the summary are written: what is left is
    the interpreter destroying the remaining sip-wrapped Qt/QGIS objects in no particular order, which
    crashed (SIGSEGV) after a wholly green run once on each QGIS leg in December 2026 and never in a subset
    of the suite. The outcome is final by then, so the process exits with pytest's status instead.
    """
    if "qgis.core" in sys.modules and _EXIT_STATUS in config.stash:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(config.stash[_EXIT_STATUS])
