"""Servers that trickle, fall silent or never answer (issue 14 item 11): every wait ends — by the per-chunk
timeout, the overall stall limit, the user's cancel or Ctrl+C — against the loopback fixture server.

Limits are set short by each test. A wait that did not end would run into the test's timeout mark (a bound
on a hang, not a timing measurement): before these fixes each of these waited for minutes or forever.
"""

import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from netload_plugin.core.errors import Cancelled, DownloadError
from netload_plugin.net.session import HttpSession, NetworkSettings
from tests.support.http_server import FixtureServer
from tests.support.session import RecordingProgress

REPO = Path(__file__).resolve().parents[2]
BODY = bytes(range(256)) * 800  # 200 KiB
PATH = "/slow.bin"


@pytest.fixture()
def server():
    with FixtureServer() as running:
        running.add_file(PATH, BODY)
        yield running


def session(tmp_path, **settings) -> HttpSession:
    values = dict(cache_dir=tmp_path / "cache", proxy_url="", retries=0, backoff_s=0.01, max_backoff_s=0.05)
    values.update(settings)
    return HttpSession(NetworkSettings(**values))


class CancelSoon(RecordingProgress):
    """Cancels from another thread shortly after the request started, as the QGIS task manager does."""

    def __init__(self, server):
        super().__init__()
        self._cancelled = threading.Event()
        threading.Thread(target=self._cancel_when_asked, args=(server,), daemon=True).start()

    def _cancel_when_asked(self, server):
        while not server.requests_for(PATH):
            threading.Event().wait(0.05)
        self._cancelled.set()

    def is_cancelled(self):
        return self._cancelled.is_set()


@pytest.mark.timeout(60)
@pytest.mark.parametrize("call", ["fetch", "get"])
def test_a_trickling_server_fails_the_chunk_timeout(server, tmp_path, call):
    server.trickle(PATH, seconds=0.05, times=100)  # 200 KiB at 20 bytes/s: over two hours, every attempt
    client = session(tmp_path, timeout_s=0.5, retries=2)
    with pytest.raises(DownloadError, match=r"after 3 attempts; last error: less than 64 KiB of data in 0\.5 s"):
        getattr(client, call)(server.url(PATH))


@pytest.mark.timeout(60)
def test_headers_then_silence_ends_at_the_stall_limit_not_after_every_retry(server, tmp_path):
    server.silence(PATH, times=100)
    client = session(tmp_path, timeout_s=0.5, stall_s=1.2, retries=50)
    with pytest.raises(DownloadError, match=r"stalled: nothing received for \d+ s \(limit 1\.2 s"):
        client.fetch(server.url(PATH))
    assert 2 <= len(server.requests_for(PATH)) <= 4  # not the 51 attempts the retry count allows


@pytest.mark.timeout(60)
@pytest.mark.parametrize("fault", ["silence", "delay"])
def test_cancel_is_honoured_while_a_read_or_the_headers_wait(server, tmp_path, fault):
    getattr(server, fault)(PATH, seconds=3600)
    client = session(tmp_path, timeout_s=3600, stall_s=0)  # only the cancel can end this
    with pytest.raises(Cancelled):
        client.fetch(server.url(PATH), CancelSoon(server))
    assert not list((tmp_path / "cache").glob("*.part"))


@pytest.mark.timeout(60)
@pytest.mark.parametrize("parent_sigint", ["default", "ignored"])
def test_ctrl_c_stops_the_shell_client_while_the_server_is_silent(server, tmp_path, parent_sigint):
    """``python -m netload_plugin.net URL`` interrupted while it waits: status 130, one line. The child starts
    with SIGINT as the test sets it (ignored, as under ``nohup`` or a background shell), not as the caller has it."""
    server.silence(PATH)
    action = signal.SIG_IGN if parent_sigint == "ignored" else signal.SIG_DFL
    child = subprocess.Popen(
        [sys.executable, "-m", "netload_plugin.net", "--cache-dir", str(tmp_path / "cache"), "--proxy", "",
         server.url(PATH)], cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        preexec_fn=lambda: signal.signal(signal.SIGINT, action))
    try:
        while not server.requests_for(PATH):
            assert child.poll() is None, child.communicate()
            threading.Event().wait(0.05)
        child.send_signal(signal.SIGINT)
        _, stderr = child.communicate(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
    assert child.returncode == 130, stderr
    assert stderr.strip().splitlines()[-1] == "ERROR: Cancelled by the user."
