"""A run's private work folder, and the leftovers of killed runs (work folders, staging files beside outputs).

A run killed outright (SIGKILL, a crash, a power cut) cannot tidy up: its ``netload-pipeline-*`` folder
stays in the temporary directory and its staging files (``.partial``, ``.staging`` and their SQLite
``-journal``/``-wal``/``-shm``) beside the outputs. The next run removes them once they are older than
:data:`STALE_AFTER_S` and not in use: a live run holds the lock file of its work folder (the OS frees
it when the process dies, see :mod:`..net.filelock`), and a live writer keeps touching its staging file.
Never removed: a ``-journal`` beside an existing database (SQLite needs it to roll back).
"""

from __future__ import annotations

import shutil
import tempfile
import time
from pathlib import Path

from ..net.filelock import FileLock, held_elsewhere

STALE_AFTER_S = 24 * 3600.0
LOCK_NAME = ".netload-run.lock"
STAGING_MARKS = (".partial", ".staging")
SQLITE_COMPANIONS = ("-journal", "-wal", "-shm")


class WorkFolder:
    """``with WorkFolder("netload-pipeline-") as folder:`` — a new folder in the temporary directory, locked
    while the run lasts and removed after it (success, error or cancel); stale ones are removed first."""

    def __init__(self, prefix: str, parent: Path | None = None):
        self.prefix = prefix
        self.parent = Path(parent or tempfile.gettempdir())
        self.path: Path | None = None
        self._lock: FileLock | None = None

    def __enter__(self) -> Path:
        remove_stale_work_folders(self.parent, self.prefix)
        self.path = Path(tempfile.mkdtemp(prefix=self.prefix, dir=self.parent))
        self._lock = FileLock(self.path / LOCK_NAME)
        self._lock.__enter__()
        return self.path

    def __exit__(self, *exc) -> None:
        try:
            self._lock.__exit__(*exc)
        finally:
            shutil.rmtree(self.path, ignore_errors=True)


def _stale(path: Path, now: float) -> bool:
    try:
        return now - path.stat().st_mtime > STALE_AFTER_S
    except OSError:  # gone meanwhile
        return False


def remove_stale_work_folders(parent: Path, prefix: str, now: float | None = None) -> list:
    """Remove ``prefix*`` folders in ``parent`` older than a day whose lock nobody holds; returns them."""
    now = time.time() if now is None else now
    removed = []
    for folder in sorted(Path(parent).glob(prefix + "*")):
        if folder.is_dir() and _stale(folder, now) and not held_elsewhere(folder / LOCK_NAME):
            shutil.rmtree(folder, ignore_errors=True)
            removed.append(folder)
    return removed


def stale_leftovers(destination: Path, now: float | None = None) -> list:
    """The staging files of killed runs beside ``destination`` (older than a day).

    The writers stage ``out.gpkg`` as ``.out.<pid>.partial.gpkg``, ``.out.<pid>.staging.gpkg`` or
    ``out.gpkg.partial``; a journal, WAL or shared-memory file of a database that no longer exists is
    a leftover too.
    """
    now = time.time() if now is None else now
    destination = Path(destination)
    if not destination.parent.is_dir():
        return []
    found = []
    for path in destination.parent.iterdir():
        name = path.name
        ours = name.startswith((f".{destination.stem}.", f"{destination.name}."))
        staging = ours and any(mark in name for mark in STAGING_MARKS)
        orphan = any(name == destination.name + tail for tail in SQLITE_COMPANIONS) and not destination.exists()
        if (staging or orphan) and path.is_file() and _stale(path, now):
            found.append(path)
    return sorted(found)


def remove_stale_leftovers(destination: Path, now: float | None = None) -> list:
    """Remove :func:`stale_leftovers` of ``destination``; returns what was removed."""
    removed = []
    for path in stale_leftovers(destination, now):
        try:
            path.unlink()
        except OSError:  # in use after all (Windows) or gone: leave it
            continue
        removed.append(path)
    return removed
