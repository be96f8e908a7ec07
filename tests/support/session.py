"""The HTTP session and progress the source-client tests use: the plugin's own session, with short backoff."""

from netload_plugin.core.progress import Progress
from netload_plugin.net.session import HttpSession, NetworkSettings


def make_test_session(tmp_dir=None) -> HttpSession:
    return HttpSession(NetworkSettings(retries=3, backoff_s=0.01, max_backoff_s=0.05, cache_dir=tmp_dir,
                                       proxy_url=""))


class RecordingProgress(Progress):
    """Keeps every fraction, info line and warning; cancels after ``cancel_after_fractions`` fractions."""

    def __init__(self, cancel_after_fractions: int | None = None):
        self.fractions, self.lines, self.warnings = [], [], []
        self._cancel_after = cancel_after_fractions

    def set_fraction(self, fraction):
        self.fractions.append(fraction)

    def info(self, message):
        self.lines.append(message)

    def warning(self, message):
        self.warnings.append(message)

    def is_cancelled(self):
        return self._cancel_after is not None and len(self.fractions) >= self._cancel_after
