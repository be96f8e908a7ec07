"""The session's retry back-off: the first wait is ``backoff_s``, each further one doubles, up to ``max_backoff_s``.

A mutation pass (issue 16 item 11) made the waits triple instead of double and no test failed: the other
session tests use 0.01 s waits and only count attempts. Here a loopback server answers 503 every time and
the waits are read from the lines the session logs before each sleep ("retry 2 of 3 in 0.2 s"): what it
announces is what it sleeps. No clock is read, so machine load cannot change the result. Together the
two tests sleep about 1.6 s.
"""

import re

import pytest

from netload_plugin.core.errors import DownloadError
from netload_plugin.core.progress import Progress
from netload_plugin.net.session import HttpSession, NetworkSettings
from tests.support.http_server import FixtureServer, Reply

PATH = "/api/busy"


class LoggedLines(Progress):
    def __init__(self):
        self.lines = []

    def info(self, message):
        self.lines.append(message)


def announced_waits(lines, retries):
    return [float(wait) for line in lines for wait in re.findall(rf"retry \d+ of {retries} in ([0-9.]+) s", line)]


@pytest.fixture()
def busy_server(tmp_path):
    """Every request answered 503 Service Unavailable, without Retry-After."""
    with FixtureServer(root=tmp_path) as server:
        server.route(PATH, lambda request: Reply(b"busy", status=503))
        yield server


def _give_up(server, tmp_path, fetch, **settings):
    session = HttpSession(NetworkSettings(cache_dir=tmp_path / "cache", proxy_url="", **settings))
    progress = LoggedLines()
    with pytest.raises(DownloadError) as error:
        (session.fetch if fetch else session.get)(server.url(PATH), progress=progress)
    return progress.lines, str(error.value)


def test_waits_double_from_the_first_one(busy_server, tmp_path):
    lines, error = _give_up(busy_server, tmp_path, False, retries=3, backoff_s=0.1, max_backoff_s=60.0)
    assert announced_waits(lines, 3) == [0.1, 0.2, 0.4]   # 0.1 · 2^(k−1), k = 1, 2, 3
    assert len(busy_server.requests_for(PATH)) == 4 and "4 attempts" in error


def test_waits_stop_growing_at_the_cap(busy_server, tmp_path):
    """The same through ``fetch`` (downloads into the cache), with a cap reached at the third wait."""
    lines, error = _give_up(busy_server, tmp_path, True, retries=4, backoff_s=0.1, max_backoff_s=0.3)
    assert announced_waits(lines, 4) == [0.1, 0.2, 0.3, 0.3]   # 0.1, 0.2, min(0.4, 0.3), min(0.8, 0.3)
    assert len(busy_server.requests_for(PATH)) == 5 and "503" in error
