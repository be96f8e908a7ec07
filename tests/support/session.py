"""The HTTP session the source-client tests use: the plugin's own, with short backoff."""

from netload_plugin.net.session import HttpSession, NetworkSettings


def make_test_session(tmp_dir=None) -> HttpSession:
    return HttpSession(NetworkSettings(retries=3, backoff_s=0.01, max_backoff_s=0.05, cache_dir=tmp_dir,
                                       proxy_url=""))
