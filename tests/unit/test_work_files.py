"""Leftovers of killed runs: stale work folders and staging files are removed, live and young ones kept."""

import os
import time

from netload_plugin.geo.work_files import (
    LOCK_NAME,
    STALE_AFTER_S,
    WorkFolder,
    remove_stale_leftovers,
    remove_stale_work_folders,
)
from netload_plugin.net.filelock import FileLock

PREFIX = "netload-pipeline-"


def aged(path, seconds):
    """Set ``path``'s modification time ``seconds`` in the past."""
    stamp = time.time() - seconds
    os.utime(path, (stamp, stamp))
    return path


def old_file(path):
    """A file last written more than a day ago."""
    path.write_bytes(b"left by a killed run")
    return aged(path, STALE_AFTER_S + 60)


def test_a_killed_runs_folder_goes_but_a_live_or_young_one_stays(tmp_path):
    killed = tmp_path / f"{PREFIX}killed"
    (killed / "pipeline.gpkg").parent.mkdir()
    (killed / "pipeline.gpkg").write_bytes(b"x" * 1000)
    (killed / LOCK_NAME).touch()  # its holder died: the OS freed the lock
    live = tmp_path / f"{PREFIX}live"
    live.mkdir()
    young = tmp_path / f"{PREFIX}young"
    young.mkdir()
    other = tmp_path / "someone-elses-folder"
    other.mkdir()
    for folder in (killed, live, other):
        aged(folder, STALE_AFTER_S + 60)
    aged(young, STALE_AFTER_S - 60)
    with FileLock(live / LOCK_NAME):  # a run that has lasted more than a day and still holds its lock
        aged(live, STALE_AFTER_S + 60)
        removed = remove_stale_work_folders(tmp_path, PREFIX)
    assert removed == [killed]
    assert sorted(p.name for p in tmp_path.iterdir()) == [f"{PREFIX}live", f"{PREFIX}young", "someone-elses-folder"]


def test_work_folder_is_locked_while_used_and_gone_after(tmp_path):
    stale = tmp_path / f"{PREFIX}old"
    stale.mkdir()
    aged(stale, STALE_AFTER_S + 60)
    with WorkFolder(PREFIX, tmp_path) as folder:
        assert not stale.exists()  # cleaned when the next run started
        aged(folder, STALE_AFTER_S + 60)
        assert remove_stale_work_folders(tmp_path, PREFIX) == []  # locked: another run leaves it alone
    assert not folder.exists()


def test_stale_staging_files_beside_an_output_go_and_a_hot_journal_stays(tmp_path):
    output = tmp_path / "out.gpkg"
    output.write_bytes(b"the earlier output")
    names = {
        ".out.4242.partial.gpkg": True,          # gpkg_table / point_output staging of a killed run
        ".out.4242.partial.gpkg-journal": True,  # its rollback journal
        ".out.4242.staging.gpkg": True,          # CSV/XLSX staging
        "out.gpkg.partial": True,                # run_pipeline's copy
        "out.gpkg-journal": False,               # a hot journal of the existing output: SQLite needs it
        "other.gpkg.partial": False,             # another output's
        "out.gpkg.bak": False,                   # not a staging name
    }
    for name in names:
        old_file(tmp_path / name)
    young = tmp_path / ".out.777.partial.gpkg"
    young.write_bytes(b"a run writing now")
    removed = remove_stale_leftovers(output)
    assert sorted(p.name for p in removed) == sorted(name for name, stale in names.items() if stale)
    assert young.exists() and output.read_bytes() == b"the earlier output"


def test_a_journal_whose_database_is_gone_is_a_leftover(tmp_path):
    journal = old_file(tmp_path / "out.gpkg-journal")
    assert remove_stale_leftovers(tmp_path / "out.gpkg") == [journal]
