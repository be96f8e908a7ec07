"""The HTTP session the source-client tests use.

The plugin's session (``netload_plugin.net.session.HttpSession``, built on the ``net`` branch)
is used when present. Until that branch is merged, a minimal urllib double with the same two
methods stands in (no retries, no cache): tests that need retries are skipped without it.
"""

from __future__ import annotations

import tempfile
import urllib.request
from pathlib import Path
from urllib.parse import urlencode, urlsplit

try:
    from netload_plugin.net.session import HttpSession  # noqa: F401
    HAVE_SESSION = True
except ImportError:
    HAVE_SESSION = False


class _UrllibDouble:
    def __init__(self):
        self._dir = Path(tempfile.mkdtemp(prefix="netload-test-"))

    def get(self, url, params=None, progress=None, headers=None) -> bytes:
        if params:
            url = url + ("&" if "?" in url else "?") + urlencode(params)
        with urllib.request.urlopen(urllib.request.Request(url, headers=headers or {}), timeout=30) as reply:
            return reply.read()

    def fetch(self, url_or_path, progress=None, refresh=False) -> Path:
        text = str(url_or_path)
        if not text.startswith(("http://", "https://")):
            return Path(text[7:] if text.startswith("file://") else text)
        target = self._dir / Path(urlsplit(text).path).name
        target.write_bytes(self.get(text))
        return target


def make_test_session():
    if HAVE_SESSION:
        from netload_plugin.net.session import HttpSession
        try:
            from netload_plugin.net.session import SessionSettings
            return HttpSession(SessionSettings(retry_backoff_s=0.01))
        except (ImportError, TypeError):
            return HttpSession(None)
    return _UrllibDouble()
