"""HttpSession against the loopback fixture server: retries, resume, cache, cancel, errors."""

import json
import os
import time

import pytest

from netload_plugin.core.errors import Cancelled, DownloadError
from netload_plugin.net.session import HttpSession, NetworkSettings, cache_file_name, local_path
from tests.support.session import RecordingProgress

GD_PATH = "/aneel_gd/empreendimento-geracao-distribuida_3rows_RECONSTRUCTED.utf8.csv"
BIG_PATH = "/generated/big.bin"
BIG_BODY = bytes(range(256)) * 8192  # 2 MiB, eight read chunks, every byte position distinct mod 256


@pytest.fixture()
def session(tmp_path):
    return HttpSession(NetworkSettings(cache_dir=tmp_path / "cache", backoff_s=0.01, retries=3, timeout_s=10))


def _gets(server, path):
    return [r for r in server.requests_for(path) if r.method == "GET"]


def test_500_twice_then_success(fixture_server, shared_data, session):
    fixture_server.fail(GD_PATH, status=500, times=2)
    path = session.fetch(fixture_server.url(GD_PATH))
    assert path.read_bytes() == (shared_data / GD_PATH.lstrip("/")).read_bytes()
    assert len(fixture_server.requests_for(GD_PATH)) == 3
    assert path.parent == session.cache_dir
    assert not list(session.cache_dir.glob("*.part"))


def test_user_agent_and_extra_headers_are_sent(fixture_server, tmp_path):
    settings = NetworkSettings(cache_dir=tmp_path, extra_headers={"x-api-key": "k123"}, user_agent="NetLoad-test/9")
    HttpSession(settings).get(fixture_server.url(GD_PATH))
    headers = {k.lower(): v for k, v in fixture_server.requests[-1].headers.items()}
    assert headers["user-agent"] == "NetLoad-test/9"
    assert headers["x-api-key"] == "k123"


def test_default_user_agent_names_plugin_and_version():
    from netload_plugin.about import plugin_version

    agent = NetworkSettings().user_agent
    assert agent.startswith("NetLoad") and plugin_version() in agent


def test_dropped_connection_resumes_with_range(fixture_server, session):
    fixture_server.add_file(BIG_PATH, BIG_BODY)
    fixture_server.drop_after(BIG_PATH, nbytes=700_000, times=1)
    path = session.fetch(fixture_server.url(BIG_PATH))
    assert path.read_bytes() == BIG_BODY
    requests = _gets(fixture_server, BIG_PATH)
    assert len(requests) == 2
    assert "Range" not in requests[0].headers
    assert requests[1].headers["Range"] == "bytes=700000-"
    assert requests[1].headers["If-Range"]  # the ETag of the first reply


def test_repeated_drops_with_progress_do_not_exhaust_retries(fixture_server, tmp_path):
    session = HttpSession(NetworkSettings(cache_dir=tmp_path, backoff_s=0.01, retries=1))
    fixture_server.add_file(BIG_PATH, BIG_BODY)
    fixture_server.drop_after(BIG_PATH, nbytes=300_000, times=4)  # each resumed reply is cut too
    assert session.fetch(fixture_server.url(BIG_PATH)).read_bytes() == BIG_BODY
    assert len(_gets(fixture_server, BIG_PATH)) == 5


def test_server_ignoring_range_restarts_cleanly(fixture_server, session):
    fixture_server.add_file(BIG_PATH, BIG_BODY)
    fixture_server.drop_after(BIG_PATH, nbytes=500_000, times=1)
    url = fixture_server.url(BIG_PATH)
    # The partial file's validator no longer matches (the file "changed"): the server answers 200.
    original = session._open

    def open_with_stale_validator(url_, headers, *args, **kwargs):
        if "If-Range" in headers:
            headers = {**headers, "If-Range": '"stale"'}
        return original(url_, headers, *args, **kwargs)

    session._open = open_with_stale_validator
    path = session.fetch(url)
    assert path.read_bytes() == BIG_BODY
    assert len(_gets(fixture_server, BIG_PATH)) == 2


def test_404_fails_at_once_naming_the_url(fixture_server, session):
    url = fixture_server.url("/aneel_gd/missing.csv")
    with pytest.raises(DownloadError) as error:
        session.fetch(url)
    assert url in str(error.value) and "404" in str(error.value)
    assert len(fixture_server.requests_for("/aneel_gd/missing.csv")) == 1


def test_403_mentions_blocked_ip_ranges(fixture_server, session):
    fixture_server.fail(GD_PATH, status=403, times=1)
    with pytest.raises(DownloadError) as error:
        session.get(fixture_server.url(GD_PATH))
    assert "403" in str(error.value) and "IP ranges" in str(error.value)
    assert len(fixture_server.requests_for(GD_PATH)) == 1


def test_429_retry_after_is_honoured(fixture_server, shared_data, session):
    from tests.support.http_server import Reply

    calls = []

    def limited(request):
        calls.append(time.monotonic())
        if len(calls) == 1:
            return Reply(b"slow down", status=429, headers={"Retry-After": "1"})
        return Reply(b'{"ok": true}', content_type="application/json")

    fixture_server.route("/api/limited", limited)
    assert json.loads(session.get(fixture_server.url("/api/limited"))) == {"ok": True}
    assert len(calls) == 2
    assert calls[1] - calls[0] >= 0.9  # backoff_s is 0.01: only Retry-After explains the wait


def test_truncated_body_is_detected_and_retried(fixture_server, shared_data, session):
    fixture_server.wrong_length(GD_PATH, extra=100, times=1)
    body = session.get(fixture_server.url(GD_PATH))
    assert body == (shared_data / GD_PATH.lstrip("/")).read_bytes()
    assert len(fixture_server.requests_for(GD_PATH)) == 2


def test_truncated_every_time_ends_in_download_error(fixture_server, tmp_path):
    session = HttpSession(NetworkSettings(cache_dir=tmp_path, backoff_s=0.01, retries=2))
    fixture_server.wrong_length(GD_PATH, extra=100, times=10)
    with pytest.raises(DownloadError) as error:
        session.get(fixture_server.url(GD_PATH))
    message = str(error.value)
    assert fixture_server.url(GD_PATH) in message and "3 attempts" in message and "truncated" in message


def test_fetch_truncated_every_time_reports_bytes(fixture_server, tmp_path):
    session = HttpSession(NetworkSettings(cache_dir=tmp_path, backoff_s=0.01, retries=2))
    fixture_server.add_file(BIG_PATH, BIG_BODY)
    fixture_server.fail(BIG_PATH, status=503, times=10)
    with pytest.raises(DownloadError) as error:
        session.fetch(fixture_server.url(BIG_PATH))
    assert "3 attempts" in str(error.value) and "503" in str(error.value)
    assert len(fixture_server.requests_for(BIG_PATH)) == 3


def test_cache_hit_revalidates_with_304(fixture_server, session):
    fixture_server.add_file(BIG_PATH, BIG_BODY)
    url = fixture_server.url(BIG_PATH)
    first = session.fetch(url)
    mtime = first.stat().st_mtime_ns
    progress = RecordingProgress()
    second = session.fetch(url, progress)
    assert second == first and second.read_bytes() == BIG_BODY
    assert second.stat().st_mtime_ns == mtime  # not rewritten
    revalidation = _gets(fixture_server, BIG_PATH)[-1]
    assert revalidation.headers["If-None-Match"] == json.loads(
        first.with_name(first.name + ".json").read_text()
    )["etag"]
    assert any("not modified" in line for line in progress.lines)


def test_refresh_downloads_again_without_conditions(fixture_server, session):
    fixture_server.add_file(BIG_PATH, BIG_BODY)
    url = fixture_server.url(BIG_PATH)
    session.fetch(url)
    session.fetch(url, refresh=True)
    requests = _gets(fixture_server, BIG_PATH)
    assert len(requests) == 2 and "If-None-Match" not in requests[1].headers


def test_changed_file_replaces_cache(fixture_server, session):
    url = fixture_server.url(BIG_PATH)
    fixture_server.add_file(BIG_PATH, b"old contents")
    session.fetch(url)
    fixture_server.add_file(BIG_PATH, b"new contents, longer")
    assert session.fetch(url).read_bytes() == b"new contents, longer"


def test_cancel_mid_download_keeps_previous_cache(fixture_server, session):
    url = fixture_server.url(BIG_PATH)
    fixture_server.add_file(BIG_PATH, b"previous version")
    cached = session.fetch(url)
    fixture_server.add_file(BIG_PATH, BIG_BODY)
    progress = RecordingProgress(cancel_after_fractions=1)
    with pytest.raises(Cancelled):
        session.fetch(url, progress)
    assert cached.read_bytes() == b"previous version"
    assert not list(session.cache_dir.glob("*.part"))
    assert 0 < progress.fractions[0] < 1  # it was cancelled mid-body


def test_cancel_during_backoff(fixture_server, tmp_path):
    session = HttpSession(NetworkSettings(cache_dir=tmp_path, backoff_s=30, retries=3))
    fixture_server.fail(GD_PATH, status=503, times=5)

    class CancelOnRetry(RecordingProgress):
        def is_cancelled(self):
            return bool(self.lines)  # the retry notice is logged before the wait

    started = time.monotonic()
    with pytest.raises(Cancelled):
        session.fetch(fixture_server.url(GD_PATH), CancelOnRetry())
    assert time.monotonic() - started < 5


def test_offline_fallback_uses_cached_copy_with_warning(fixture_server, tmp_path):
    session = HttpSession(NetworkSettings(cache_dir=tmp_path, backoff_s=0.01, retries=1))
    url = fixture_server.url(GD_PATH)
    cached = session.fetch(url)
    fixture_server.fail(GD_PATH, status=503, times=5)
    progress = RecordingProgress()
    assert session.fetch(url, progress) == cached
    assert progress.warnings and "cached copy" in progress.warnings[0]
    strict = HttpSession(NetworkSettings(cache_dir=tmp_path, backoff_s=0.01, retries=1, offline_fallback=False))
    with pytest.raises(DownloadError):
        strict.fetch(url)


def test_cache_without_validators_is_checked_by_size(fixture_server, session):
    from tests.support.http_server import Reply

    body = {"value": b"0123456789"}
    fixture_server.route("/plain.bin", lambda request: Reply(body["value"]))
    url = fixture_server.url("/plain.bin")
    # The route handler adds validators; strip them as a bare server would.
    original = session._open

    def no_validators(url_, headers, *args, **kwargs):
        reply = original(url_, headers, *args, **kwargs)
        for name in ("ETag", "Last-Modified"):
            del reply.headers[name]
        return reply

    session._open = no_validators
    session.fetch(url)
    session.fetch(url)
    assert [r.method for r in fixture_server.requests_for("/plain.bin")] == ["GET", "HEAD"]
    body["value"] = b"0123456789abc"
    assert session.fetch(url).read_bytes() == b"0123456789abc"


def test_progress_reports_bytes_and_fractions(fixture_server, session):
    fixture_server.add_file(BIG_PATH, BIG_BODY)
    progress = RecordingProgress()
    session.fetch(fixture_server.url(BIG_PATH), progress)
    assert progress.fractions[-1] == 1.0
    assert progress.fractions == sorted(progress.fractions) and len(progress.fractions) >= 8
    assert any("2.0 MB" in line for line in progress.lines)


def test_local_path_and_file_url(tmp_path, session):
    source = tmp_path / "local file.csv"
    source.write_bytes(b"a;b\n1;2\n")
    assert session.fetch(str(source)) == source
    assert session.fetch(source.as_uri()) == source
    assert session.fetch(source.as_uri().replace("file://", "file://localhost")) == source
    assert session.get(source.as_uri()) == b"a;b\n1;2\n"
    assert session.read_range(str(source), 2, 3) == b"b\n1"
    with pytest.raises(DownloadError) as error:
        session.fetch(str(tmp_path / "absent.csv"))
    assert "absent.csv" in str(error.value)
    assert not session.cache_dir.exists()  # nothing was copied


def test_local_path_recognises_windows_drives_and_urls():
    assert local_path("C:\\data\\gd.csv") is not None
    assert local_path("https://example.org/x.csv") is None
    assert local_path("relative/gd.csv") is not None


def test_unsupported_scheme_is_refused(session):
    with pytest.raises(DownloadError):
        session.fetch("ftp://example.org/file.csv")


def test_get_adds_params_to_query(fixture_server, session):
    from tests.support.http_server import Reply

    fixture_server.route("/api/items", lambda request: Reply(json.dumps(request.query).encode()))
    body = session.get(fixture_server.url("/api/items?fixed=1"), params={"start": "2024-01-01", "area": "SE"})
    assert json.loads(body) == {"fixed": ["1"], "start": ["2024-01-01"], "area": ["SE"]}


def test_read_range(fixture_server, session):
    fixture_server.add_file(BIG_PATH, BIG_BODY)
    url = fixture_server.url(BIG_PATH)
    assert session.read_range(url, 1000, 500) == BIG_BODY[1000:1500]
    assert session.read_range(url, len(BIG_BODY) - 10, 100) == BIG_BODY[-10:]
    request = _gets(fixture_server, BIG_PATH)[0]
    assert request.headers["Range"] == "bytes=1000-1499"


def test_cache_names_are_safe_and_distinct():
    name = cache_file_name("https://evil.example/..%2F..%2Fetc%2Fpasswd?x=1")
    assert "/" not in name and "\\" not in name and not name.startswith(".")
    assert name.endswith("passwd")
    assert cache_file_name("https://a/x.zip?v=1") != cache_file_name("https://a/x.zip?v=2")
    assert cache_file_name("https://a/").endswith("-download")
    assert cache_file_name("https://a/dados/gd.zip").endswith("-gd.zip")


def test_clear_cache_removes_only_own_files(fixture_server, session):
    session.fetch(fixture_server.url(GD_PATH))
    stranger = session.cache_dir / "notes.txt"
    stranger.write_text("keep me")
    assert session.clear_cache() == 2  # the file and its sidecar
    remaining = sorted(os.listdir(session.cache_dir))
    assert remaining[-1] == "notes.txt" and stranger.read_text() == "keep me"
    assert len(remaining) == 2 and remaining[0].endswith(".lock")  # empty, may be held by a running download


def test_unreachable_server_fails_after_retries(tmp_path):
    import socket

    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    session = HttpSession(NetworkSettings(cache_dir=tmp_path, backoff_s=0.01, retries=2, timeout_s=2))
    with pytest.raises(DownloadError) as error:
        session.fetch(f"http://127.0.0.1:{port}/x.csv")
    assert "3 attempts" in str(error.value) and f"127.0.0.1:{port}" in str(error.value)


def test_cli_fetches_into_cache_and_prints_path(fixture_server, shared_data, tmp_path, capsys):
    from netload_plugin.net.__main__ import main

    url = fixture_server.url(GD_PATH)
    assert main([url, "--cache-dir", str(tmp_path), "--header", "x-api-key: abc"]) == 0
    printed = capsys.readouterr().out.strip()
    assert printed == str(tmp_path / cache_file_name(url))
    assert (tmp_path / cache_file_name(url)).read_bytes() == (shared_data / GD_PATH.lstrip("/")).read_bytes()
    assert {k.lower(): v for k, v in fixture_server.requests[-1].headers.items()}["x-api-key"] == "abc"
    assert main([fixture_server.url("/nothing.csv"), "--cache-dir", str(tmp_path)]) == 1
    assert "404" in capsys.readouterr().err
    assert main(["--clear-cache", "--cache-dir", str(tmp_path)]) == 0
    assert "Removed 2 cached files" in capsys.readouterr().err and not (tmp_path / cache_file_name(url)).exists()


def test_cli_runs_as_module(fixture_server, tmp_path, repo_root):
    import subprocess
    import sys

    result = subprocess.run(
        [sys.executable, "-m", "netload_plugin.net", fixture_server.url(GD_PATH), "--cache-dir", str(tmp_path)],
        cwd=repo_root,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == str(tmp_path / cache_file_name(fixture_server.url(GD_PATH)))
    assert "Downloading" in result.stderr


def test_zero_timeout_means_no_timeout(fixture_server, tmp_path):
    session = HttpSession(NetworkSettings(cache_dir=tmp_path, timeout_s=0))
    fixture_server.delay(GD_PATH, seconds=0.3)
    assert session.get(fixture_server.url(GD_PATH))


def test_read_timeout_is_retried(fixture_server, shared_data, tmp_path):
    session = HttpSession(NetworkSettings(cache_dir=tmp_path, timeout_s=0.3, backoff_s=0.01, retries=2))
    fixture_server.delay(GD_PATH, seconds=1.0)
    assert session.get(fixture_server.url(GD_PATH)) == (shared_data / GD_PATH.lstrip("/")).read_bytes()
    assert len(fixture_server.requests_for(GD_PATH)) == 2


def test_giving_up_reports_bytes_received_and_keeps_part_for_later(fixture_server, tmp_path):
    session = HttpSession(NetworkSettings(cache_dir=tmp_path, backoff_s=0.01, retries=2))
    fixture_server.add_file(BIG_PATH, BIG_BODY)
    fixture_server.drop_after(BIG_PATH, nbytes=700_000, times=1)
    fixture_server.drop_after(BIG_PATH, nbytes=0, times=3)  # then every resumed reply is cut at once
    url = fixture_server.url(BIG_PATH)
    with pytest.raises(DownloadError) as error:
        session.fetch(url)
    message = str(error.value)
    assert url in message and "4 attempts" in message and "700,000 bytes of 2.0 MB received" in message
    # A later run resumes from the bytes already on disk instead of starting over.
    assert session.fetch(url).read_bytes() == BIG_BODY
    assert _gets(fixture_server, BIG_PATH)[-1].headers["Range"] == "bytes=700000-"


def test_unwritable_cache_folder_is_a_clear_error(fixture_server, tmp_path):
    blocker = tmp_path / "cache"
    blocker.write_text("a file where the cache folder should be")
    session = HttpSession(NetworkSettings(cache_dir=blocker, backoff_s=0.01))
    with pytest.raises(DownloadError) as error:
        session.fetch(fixture_server.url(GD_PATH))
    assert str(blocker) in str(error.value) and "netload/cache_dir" in str(error.value)


def test_concurrent_fetches_of_one_url_share_the_cache(fixture_server, session):
    from concurrent.futures import ThreadPoolExecutor

    fixture_server.add_file(BIG_PATH, BIG_BODY)
    url = fixture_server.url(BIG_PATH)
    with ThreadPoolExecutor(4) as pool:
        paths = list(pool.map(lambda _: session.fetch(url), range(4)))
    assert len(set(paths)) == 1 and paths[0].read_bytes() == BIG_BODY


def test_gzip_body_sent_despite_identity_is_decoded(fixture_server, tmp_path):
    import gzip

    from tests.support.http_server import Reply

    plain = b"data;carga_mw\n" + b"2024-01-01;12345,6\n" * 5000
    packed = gzip.compress(plain)
    fixture_server.route("/api/gz", lambda request: Reply(packed, headers={"Content-Encoding": "gzip"}))
    session = HttpSession(NetworkSettings(cache_dir=tmp_path, backoff_s=0.01))
    assert session.get(fixture_server.url("/api/gz")) == plain
    path = session.fetch(fixture_server.url("/api/gz"))
    assert path.read_bytes() == plain
    assert {k.lower(): v for k, v in fixture_server.requests[0].headers.items()}["accept-encoding"] == "identity"


def test_environment_proxy_is_used_unless_disabled(fixture_server, shared_data, tmp_path, monkeypatch):
    monkeypatch.setenv("http_proxy", fixture_server.base_url)
    monkeypatch.delenv("no_proxy", raising=False)
    monkeypatch.delenv("NO_PROXY", raising=False)
    via_environment = HttpSession(NetworkSettings(cache_dir=tmp_path, backoff_s=0.01))
    # The loopback server answers absolute-URI requests, so it acts as the forward proxy.
    assert via_environment.get("http://source.invalid" + GD_PATH) == (shared_data / GD_PATH.lstrip("/")).read_bytes()
    assert fixture_server.requests_for(GD_PATH)[0].headers["Host"] == "source.invalid"
    direct = HttpSession(NetworkSettings(cache_dir=tmp_path, backoff_s=0.01, retries=0, proxy_url=""))
    with pytest.raises(DownloadError):
        direct.get("http://source.invalid" + GD_PATH)


def test_no_proxy_hosts_bypass_an_explicit_proxy(fixture_server, tmp_path):
    dead_proxy = "http://127.0.0.1:9"
    session = HttpSession(
        NetworkSettings(cache_dir=tmp_path, retries=0, proxy_url=dead_proxy, no_proxy=("127.0.0.1",))
    )
    assert session.get(fixture_server.url(GD_PATH))
    proxied = HttpSession(NetworkSettings(cache_dir=tmp_path, retries=0, proxy_url=dead_proxy))
    with pytest.raises(DownloadError):
        proxied.get(fixture_server.url(GD_PATH))


def test_not_enough_disk_space_fails_before_downloading(fixture_server, session, monkeypatch):
    import collections

    from netload_plugin.net import session as session_module

    usage = collections.namedtuple("usage", "total used free")
    monkeypatch.setattr(session_module.shutil, "disk_usage", lambda path: usage(10**9, 10**9 - 1000, 1000))
    fixture_server.add_file(BIG_PATH, BIG_BODY)
    with pytest.raises(DownloadError) as error:
        session.fetch(fixture_server.url(BIG_PATH))
    assert "2.0 MB" in str(error.value) and "1,000 bytes free" in str(error.value)
    assert [p.suffix for p in session.cache_dir.iterdir()] == [".lock"]  # no partial file, no sidecar


def test_retry_after_as_http_date_and_capped(fixture_server, tmp_path):
    import email.utils

    from netload_plugin.net.session import _retry_after
    from tests.support.http_server import Reply

    in_ten_seconds = email.utils.formatdate(time.time() + 10, usegmt=True)
    assert 8 <= _retry_after(in_ten_seconds) <= 10
    assert _retry_after("120") == 120.0 and _retry_after("soon") is None

    calls = []

    def busy(request):
        calls.append(time.monotonic())
        if len(calls) == 1:
            return Reply(b"maintenance", status=503, headers={"Retry-After": "3600"})
        return Reply(b"ok")

    fixture_server.route("/api/busy", busy)
    session = HttpSession(NetworkSettings(cache_dir=tmp_path, backoff_s=0.01, max_backoff_s=0.3))
    assert session.get(fixture_server.url("/api/busy")) == b"ok"
    assert 0.25 <= calls[1] - calls[0] < 5  # an hour asked, the cap applied


def test_second_process_waits_for_the_first_download(fixture_server, session, repo_root):
    import subprocess
    import sys

    url = fixture_server.url(GD_PATH)
    lock = session.cache_path_for(url).with_name(session.cache_path_for(url).name + ".lock")
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sys, time\n"
         "from netload_plugin.net.filelock import FileLock\n"
         f"with FileLock({str(lock)!r}):\n"
         "    print('locked', flush=True)\n"
         "    time.sleep(1.0)\n"],
        cwd=repo_root, stdout=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "locked"
        progress = RecordingProgress()
        started = time.monotonic()
        assert session.fetch(url, progress).is_file()
        assert time.monotonic() - started >= 0.5
        assert any("Waiting for another download" in line for line in progress.lines)
    finally:
        holder.wait(timeout=30)


def test_cancel_while_waiting_for_the_lock(fixture_server, session):
    from netload_plugin.net.filelock import FileLock

    url = fixture_server.url(GD_PATH)
    lock = session.cache_path_for(url).with_name(session.cache_path_for(url).name + ".lock")

    class CancelWhenWaiting(RecordingProgress):
        def is_cancelled(self):
            return bool(self.lines)

    with FileLock(lock):
        with pytest.raises(Cancelled):
            session.fetch(url, CancelWhenWaiting())
    assert fixture_server.requests_for(GD_PATH) == []
