"""The store writer on a real PostgreSQL + PostGIS: scopes, idempotence, partitions, the lock, a killed
writer, injected names and the reader role. Expected counts and sums are worked out from the rows the
tests generate (see tests/support/store_rows.py), never read back from the writer."""

import os
import signal
import subprocess
import sys
import threading
import time

import pandas as pd
import psycopg2
import pytest

from netload_plugin.core.errors import NetLoadError
from netload_plugin.core.pg_sql import Column, TableDefinition, UnsafeNameError, check_name, quote
from netload_plugin.core.pg_store import RunRecord, Scope, Store, StoreBusyError
from tests.support.postgres import READER, REPO, wait_until
from tests.support.store_rows import GENERATION, generation_frames, zone_ids

SCHEMA = "energy_monitor"
INJECTED = 'x"; DROP TABLE y; --'
JAN = pd.Timestamp("2024-01-01", tz="UTC")


@pytest.fixture()
def writer(postgres_cluster, store_database):
    """A psycopg2 connection as netload_writer, through the database's service (as the monitor connects)."""
    connection = psycopg2.connect(f"service={store_database}", application_name="netload")
    yield connection
    connection.close()


def publish(connection, zones, first, hours, seed=1, wait_s=0.0):
    """One run of generated generation rows replacing those zones over those hours; returns its run id."""
    start = pd.Timestamp(first, tz="UTC")
    with Store(connection, SCHEMA, wait_s=wait_s) as store:
        store.start_run(RunRecord("test:publish", "0", period_start=start.date()))
        store.replace(GENERATION, generation_frames(zones, first, hours, seed=seed),
                      Scope(("zone_id",), list(zones), (start, start + pd.Timedelta(hours=hours))))
        return store.commit()


def query(connection, sql, parameters=None):
    with connection.cursor() as cursor:
        cursor.execute(sql, parameters)
        rows = cursor.fetchall() if cursor.description else []
    connection.commit()
    return rows


def table_state(connection):
    """Count, capacity sum and runs per run id of gd_generation, and the runs table: what must not change."""
    return (query(connection, "SELECT run_id, count(*), sum(capacity_kw), min(time_utc), max(time_utc) "
                              "FROM energy_monitor.gd_generation GROUP BY run_id ORDER BY run_id"),
            query(connection, "SELECT run_id, algorithm FROM energy_monitor.runs ORDER BY run_id"))


def test_names_are_checked_and_quoted():
    assert check_name("energy_monitor") == "energy_monitor"
    for bad in (INJECTED, "Energy", "1st", "a-b", "", "x" * 64):
        with pytest.raises(UnsafeNameError, match="refused"):
            check_name(bad, "schema")
    assert quote('NM "MUN"') == '"NM ""MUN"""'


def test_an_injected_schema_name_is_refused_before_any_sql(writer):
    query(writer, "CREATE TABLE energy_monitor.y (id integer)")
    with pytest.raises(UnsafeNameError, match="Schema name .* refused"):
        Store(writer, INJECTED)
    assert query(writer, "SELECT to_regclass('energy_monitor.y') IS NOT NULL") == [(True,)]


def test_a_run_replaces_exactly_its_zones_and_hours(writer):
    zones = zone_ids(6)
    publish(writer, zones, "2024-01-01", 48)  # run 1: six zones, two days
    rerun = publish(writer, zones[:2], "2024-01-02", 24, seed=2)  # run 2: two zones, second day only
    rows = query(writer, "SELECT run_id, count(*), count(DISTINCT zone_id) FROM energy_monitor.gd_generation "
                         "GROUP BY run_id ORDER BY run_id")
    assert rows == [(1, 6 * 48 - 2 * 24, 6), (rerun, 2 * 24, 2)]
    assert query(writer, "SELECT count(*) FROM energy_monitor.gd_generation") == [(6 * 48,)]
    again = publish(writer, zones[:2], "2024-01-02", 24, seed=2)  # the same run once more: same rows
    assert query(writer, "SELECT count(*), sum(generation_mw) FROM energy_monitor.gd_generation WHERE run_id = %s",
                 (again,)) == query(writer, "SELECT count(*), sum(generation_mw) FROM energy_monitor.gd_generation "
                                            "WHERE zone_id = ANY(%s) AND time_utc >= '2024-01-02Z'", (list(zones[:2]),))
    assert query(writer, "SELECT count(*) FROM energy_monitor.gd_generation") == [(6 * 48,)]


def test_months_become_keyed_partitions_with_the_reference_to_runs(writer):
    zones = zone_ids(3)
    publish(writer, zones, "2024-01-31", 48)  # 31 January and 1 February: two new months
    publish(writer, zones, "2024-02-01 12:00", 24)  # into the existing February partition
    publish(writer, zones, "2024-03-31", 24)  # a new month of an existing table
    partitions = query(writer, "SELECT c.relname, pg_get_expr(c.relpartbound, c.oid) FROM pg_inherits i "
                               "JOIN pg_class c ON c.oid = i.inhrelid "
                               "WHERE i.inhparent = 'energy_monitor.gd_generation'::regclass ORDER BY 1")
    assert [name for name, _ in partitions] == ["gd_generation_2024_01", "gd_generation_2024_02",
                                                "gd_generation_2024_03"]
    assert "2024-02-01 00:00:00+00" in partitions[1][1] and "2024-03-01 00:00:00+00" in partitions[1][1]
    constraints = query(writer, "SELECT conrelid::regclass::text, pg_get_constraintdef(oid) FROM pg_constraint "
                                "WHERE conrelid::regclass::text LIKE 'energy_monitor.gd_generation%' ORDER BY 1, 2")
    tables = ["energy_monitor.gd_generation"] + [f"energy_monitor.{name}" for name, _ in partitions]
    for table in tables:
        assert (table, "FOREIGN KEY (run_id) REFERENCES energy_monitor.runs(run_id)") in constraints
        assert (table, "PRIMARY KEY (time_utc, zone_id)") in constraints
    assert len(constraints) == 2 * len(tables)  # the month checks that spared ATTACH its scan are gone
    assert query(writer, "SELECT count(*) FROM energy_monitor.gd_generation_2024_02") == [(3 * 36,)]


def test_a_table_of_another_shape_is_refused_with_what_differs(writer):
    publish(writer, zone_ids(2), "2024-01-01", 2)
    other = TableDefinition("gd_generation", (Column("zone_id", "string"), Column("time_utc", "datetime")),
                            ("time_utc", "zone_id"), partition_by_month=True)
    with Store(writer, SCHEMA, wait_s=0) as store:
        store.start_run(RunRecord("test:other", "0"))
        with pytest.raises(NetLoadError, match="generation_mw is not in this run"):
            store.replace(other, pd.DataFrame({"zone_id": ["1"], "time_utc": [JAN]}), Scope(("zone_id",), ["1"]))


def test_a_second_run_waits_for_the_lock_or_fails_naming_the_holder(writer, store_database):
    zones = zone_ids(4)
    second = psycopg2.connect(f"service={store_database}", application_name="netload")
    try:
        holder = Store(writer, SCHEMA, wait_s=0).__enter__()
        holder.start_run(RunRecord("test:holder", "0"))
        with pytest.raises(StoreBusyError, match=r"another NetLoad run is writing to it \(server process \d+, netload, "
                                            r"role netload_writer"):
            publish(second, zones, "2024-01-01", 1, wait_s=0)
        finished = []
        waiting = threading.Thread(target=lambda: finished.append(publish(second, zones, "2024-01-01", 2, wait_s=30)))
        waiting.start()
        time.sleep(1.5)
        assert not finished  # still waiting while the first run holds the store
        holder.replace(GENERATION, generation_frames(zones, "2024-01-01", 1),
                       Scope(("zone_id",), list(zones), (JAN, JAN + pd.Timedelta(hours=1))))
        first = holder.commit()
        holder.__exit__(None, None, None)
        waiting.join(30)
        assert finished and finished[0] > first
        assert query(writer, "SELECT run_id, count(*) FROM energy_monitor.gd_generation GROUP BY run_id") == \
            [(finished[0], 4 * 2)]  # the waiting run came second and replaced the first one's hour
    finally:
        second.close()


def test_a_writer_killed_mid_copy_leaves_the_store_as_it_was(postgres_cluster, writer, store_database):
    zones = zone_ids()
    publish(writer, zones, "2024-03-01", 24)  # what the store holds before
    before = table_state(writer)
    child = subprocess.Popen([sys.executable, "-m", "tests.support.store_rows", store_database, SCHEMA, "720"],
                             cwd=REPO, env=dict(os.environ), stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        progress = ("SELECT coalesce(max(tuples_processed), 0) FROM pg_stat_progress_copy p "
                    "JOIN pg_stat_activity a USING (pid) WHERE a.application_name = 'netload'")
        copying = wait_until(lambda: query(writer, progress)[0][0] > 0 or child.poll() is not None,
                             timeout=120, interval=0.02)
        assert copying and child.poll() is None, child.stderr.read().decode() if child.poll() is not None else ""
        assert query(writer, "SELECT count(*) FROM energy_monitor.gd_generation") == [(before[0][0][1],)]
        child.send_signal(signal.SIGKILL)
        child.wait(30)
    finally:
        if child.poll() is None:
            child.kill()
    assert table_state(writer) == before
    assert query(writer, "SELECT count(*) FROM pg_class "
                         "WHERE relkind = 'r' AND relname LIKE 'gd_generation_2024_%'") == [(1,)]
    publish(writer, zones[:1], "2024-03-01", 1, wait_s=30)  # the lock went with the killed connection


def test_the_reader_role_reads_everything_and_changes_nothing(postgres_cluster, writer, store_database):
    publish(writer, zone_ids(2), "2024-01-01", 3)
    reader = postgres_cluster.connect(store_database, READER, autocommit=True)
    try:
        assert query(reader, "SELECT count(*) FROM energy_monitor.gd_generation") == [(6,)]
        assert query(reader, "SELECT count(*) FROM energy_monitor.runs") == [(1,)]
        for statement in ("DELETE FROM energy_monitor.gd_generation",
                          "INSERT INTO energy_monitor.runs (algorithm, plugin_version, parameters, sources) "
                          "VALUES ('x', '0', '{}', '[]')",
                          "CREATE TABLE energy_monitor.mine (id integer)",
                          "UPDATE public.layer_styles SET stylename = 'x'"):
            with pytest.raises(psycopg2.Error, match="read-only transaction"):
                query(reader, statement)
            with reader.cursor() as cursor:  # even with read-only switched off, the grants refuse
                cursor.execute("SET default_transaction_read_only = off")
            with pytest.raises(psycopg2.errors.InsufficientPrivilege):
                query(reader, statement)
            with reader.cursor() as cursor:
                cursor.execute("RESET default_transaction_read_only")
    finally:
        reader.close()
    assert query(writer, "SELECT count(*) FROM energy_monitor.gd_generation") == [(6,)]


def test_a_cancel_between_batches_leaves_the_store_as_it_was(writer):
    from netload_plugin.core.errors import Cancelled
    from netload_plugin.core.progress import Progress

    class CancelAfterFirstBatch(Progress):
        fractions = []

        def set_fraction(self, fraction):
            self.fractions.append(fraction)

        def is_cancelled(self):
            return bool(self.fractions)

    zones = zone_ids(50)
    publish(writer, zones, "2024-01-01", 48)
    before = table_state(writer)
    start = pd.Timestamp("2024-01-01", tz="UTC")
    with pytest.raises(Cancelled):
        with Store(writer, SCHEMA, CancelAfterFirstBatch(), wait_s=0) as store:
            store.start_run(RunRecord("test:cancelled", "0"))
            store.replace(GENERATION, generation_frames(zones, "2024-01-01", 96, rows_per_frame=500),
                          Scope(("zone_id",), list(zones), (start, start + pd.Timedelta(hours=96))), total_rows=4800)
    assert CancelAfterFirstBatch.fractions  # it had begun writing
    assert table_state(writer) == before


def test_a_sql_ascii_database_stores_what_is_not_ascii_as_utf8(postgres_cluster, store_database):
    """A cluster made by initdb under a POSIX locale (a new team member's shell) is SQL_ASCII: the run's
    QGIS version ("Białowieża") and a zone layer named in Portuguese still go in, as UTF-8 bytes."""
    database = postgres_cluster.create_database("netload_sql_ascii", encoding="SQL_ASCII")
    version, region = "3.22.16-Białowieża", "zones:São José dos Pinhais.gpkg"
    connection = psycopg2.connect(f"service={database}")  # the server's own client encoding: SQL_ASCII
    try:
        with Store(connection, SCHEMA, wait_s=0.0) as store:
            store.start_run(RunRecord("test:publish", "0", qgis_version=version, region=region))
            run_id = store.commit()
        stored, = query(connection, "SELECT qgis_version::bytea, region::bytea FROM energy_monitor.runs "
                                    "WHERE run_id = %s", (run_id,))
        assert [bytes(value) for value in stored] == [version.encode("utf-8"), region.encode("utf-8")]
    finally:
        connection.close()
