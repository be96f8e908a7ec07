"""An exclusive lock on a file, across threads and processes, that the OS frees if its holder dies.

Two QGIS windows (or QGIS and ``qgis_process``) fetching the same URL must not write the same
``.part`` file: the second waits for the first and then finds a fresh cached copy. The lock is
``flock`` on POSIX and a one-byte ``msvcrt.locking`` region on Windows; both are released by the
operating system when the process ends, so a crash never leaves a stale lock behind.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

from ..core.progress import Progress

if os.name == "nt":
    import msvcrt

    def _try_lock(handle) -> bool:
        handle.seek(0)
        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(handle) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(handle) -> bool:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True

    def _unlock(handle) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


class FileLock:
    """``with FileLock(path, progress, waiting_message):`` waits (cancel-aware) for the lock."""

    POLL_S = 0.2

    def __init__(self, path: Path, progress: Progress | None = None, waiting_message: str = ""):
        self.path = Path(path)
        self.progress = progress or Progress()
        self.waiting_message = waiting_message
        self._handle = None

    def __enter__(self) -> FileLock:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        handle = open(self.path, "a+b")
        try:
            told = False
            while not _try_lock(handle):
                if not told and self.waiting_message:
                    self.progress.info(self.waiting_message)
                    told = True
                self.progress.check_cancelled()
                time.sleep(self.POLL_S)
        except BaseException:
            handle.close()
            raise
        self._handle = handle
        return self

    def __exit__(self, *exc) -> None:
        try:
            _unlock(self._handle)
        finally:
            self._handle.close()
            self._handle = None


def held_elsewhere(path: Path) -> bool:
    """True while another handle (of any process, this one included) holds the lock on ``path``.

    Tells a live run's folder from one a killed run left behind: the OS freed the lock of the dead.
    """
    path = Path(path)
    if not path.exists():
        return False
    with open(path, "a+b") as handle:
        if not _try_lock(handle):
            return True
        _unlock(handle)
    return False
