"""scripts/netload-monitor against the loopback fixture server and a throw-away PostGIS store, run twice:
the first run fetches the sources and commits the missing days; the second fetches nothing and
changes nothing."""

import os
import subprocess
from datetime import date

import pytest

from netload_plugin.core.monitor_plan import MonitorConfig, plan
from tests.headless.conftest import REPO
from tests.support.http_server import FixtureServer

MONITOR = REPO / "scripts" / "netload-monitor"
DEMO = REPO / "demo"
TABLES = ("zones", "gd_units_generated", "gd_generation", "ons_load", "hidden_load_area", "hidden_load_summary",
          "runs", "gd_snapshots", "gd_changes", "qgis_projects")


def write_config(path, server, database, log):
    path.write_text(f"""[store]
connection = service={database}
schema = energy_monitor

[region]
states = PR,SC,RS

[sources]
gd_url = {server.url('/gd_units_GENERATED_PR_SC_RS.zip')}
municipalities = {DEMO / 'municipalities_PR_SC_RS.gpkg'}
irradiance_source = nasa_power
irradiance_url = {server.url('/nasa_power_daily_2024-01_south.csv')}
ons_dataset = curva_carga
ons_url = {server.url('/ons_curva_carga_S_2024-01.csv')}

[schedule]
until = 2024-01-12
lookback_days = 3
split = period
wait_s = 60

[monitor]
log = {log}
""")


def monitor(config, *extra):
    return subprocess.run([str(MONITOR), "--config", str(config), "--today", "2024-02-01", *extra],
                          capture_output=True, text=True, env=dict(os.environ), timeout=900)


def fingerprint(connection):
    """Row count and an md5 of every row of each table: any change at all shows."""
    found = {}
    with connection.cursor() as cursor:
        for table in TABLES:
            cursor.execute(f"SELECT count(*), md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) "
                           f"FROM energy_monitor.{table} t")
            found[table] = cursor.fetchone()
    return found


@pytest.mark.slow
def test_the_monitor_fetches_what_is_missing_once_and_then_nothing(postgres_cluster, store_database, tmp_path):
    log = tmp_path / "monitor.log"
    config = tmp_path / "monitor.ini"
    with FixtureServer(root=DEMO) as server:
        write_config(config, server, store_database, log)
        dry = monitor(config, "--dry-run")
        assert dry.returncode == 0, dry.stdout + dry.stderr
        assert dry.stdout.splitlines() == ["would run PR,RS,SC 2024-01-10..2024-01-12 (missing)",
                                           "netload-monitor: dry run, 1 run(s) to make in energy_monitor"]
        assert [r.method for r in server.requests] == ["HEAD"]  # a dry run fetches nothing

        first = monitor(config)
        assert first.returncode == 0, first.stdout + first.stderr + log.read_text()[-3000:]
        assert first.stdout.strip() == ("netload-monitor: OK, 1 run(s) committed to energy_monitor "
                                        "(PR,RS,SC 2024-01-10..2024-01-12 (missing))")
        assert {r.path for r in server.requests if r.method == "GET"} == {
            "/gd_units_GENERATED_PR_SC_RS.zip", "/nasa_power_daily_2024-01_south.csv", "/ons_curva_carga_S_2024-01.csv"}
        connection = postgres_cluster.connect(store_database)
        try:
            after_first = fingerprint(connection)
            assert after_first["runs"][0] == 1 and after_first["gd_generation"][0] == 1188 * 72
            server.requests.clear()

            second = monitor(config)
            assert second.returncode == 0, second.stdout + second.stderr
            assert second.stdout.strip() == ("netload-monitor: OK, nothing to do: energy_monitor holds every settled "
                                             "day for states:PR,RS,SC")
            assert [r.method for r in server.requests] == ["HEAD"]  # the registry's date only: nothing fetched
            assert fingerprint(connection) == after_first
        finally:
            connection.close()
    text = log.read_text()
    assert "plan for states:PR,RS,SC (1 committed run(s) in energy_monitor): nothing to do" in text
    assert "password" not in text.lower()


def test_a_failed_store_is_one_line_and_exit_1(tmp_path):
    config = tmp_path / "monitor.ini"
    config.write_text("[store]\nconnection = host=127.0.0.1 port=1 dbname=none connect_timeout=3\n"
                      "[region]\nstates = PR\n[monitor]\nlog = " + str(tmp_path / "m.log") + "\n")
    completed = monitor(config)
    assert completed.returncode == 1
    assert len(completed.stdout.splitlines()) == 1 and completed.stdout.startswith("netload-monitor: FAILED, ")


def test_the_plan_runs_missing_and_stale_days_by_state_and_month():
    """Hand-made store history: PR has 28 February – 2 March, fetched on 4 March, before those days settled."""
    from netload_plugin.core.monitor_plan import CoveredRun

    config = MonitorConfig(connection="service=x", states=["PR", "SC"], until=date(2024, 3, 2), lookback_days=3,
                           settle_days=7, max_days_per_run=31)
    runs = [CoveredRun(("PR",), "states:PR", date(2024, 2, 28), date(2024, 3, 2), date(2024, 3, 4))]
    jobs = plan(config, runs, today=date(2024, 3, 12), registry_changed={"SC": True})
    assert [job.describe() for job in jobs] == [
        "PR 2024-02-29..2024-02-29 (stale)",  # settled on 7 March, after the fetch; a run never spans months
        "PR 2024-03-01..2024-03-02 (stale)",
        "SC 2024-02-29..2024-02-29 (missing)", "SC 2024-03-01..2024-03-02 (missing)"]
    assert plan(config, runs, today=date(2024, 3, 5))[0].describe() == "SC 2024-02-29..2024-02-29 (missing)"


@pytest.mark.slow
def test_two_workers_split_by_state_commit_one_after_the_other(postgres_cluster, store_database, tmp_path):
    """Two qgis_process runs at once (PR and SC) into one store: PostgreSQL's lock puts their commits in turn."""
    import sqlite3

    config = tmp_path / "monitor.ini"
    with FixtureServer(root=DEMO) as server:
        write_config(config, server, store_database, tmp_path / "monitor.log")
        text = config.read_text().replace("states = PR,SC,RS", "states = PR,SC")
        text = text.replace("lookback_days = 3", "lookback_days = 1").replace(
            "split = period", "split = state\nworkers = 2"
        )
        config.write_text(text)
        completed = monitor(config)
    assert completed.returncode == 0, completed.stdout + completed.stderr
    assert completed.stdout.strip() == ("netload-monitor: OK, 2 run(s) committed to energy_monitor "
                                        "(PR 2024-01-12..2024-01-12 (missing); SC 2024-01-12..2024-01-12 (missing))")
    with sqlite3.connect(str(DEMO / "municipalities_PR_SC_RS.gpkg")) as db:
        expected = dict(db.execute("SELECT uf, count(*) FROM municipalities WHERE uf IN ('PR', 'SC') GROUP BY uf"))
    connection = postgres_cluster.connect(store_database)
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT states[1], started_utc, finished_utc FROM energy_monitor.runs ORDER BY finished_utc")
            runs = cursor.fetchall()
            cursor.execute("SELECT uf, count(*) FROM energy_monitor.zones GROUP BY uf")
            zones = dict(cursor.fetchall())
            cursor.execute("SELECT count(*) FROM energy_monitor.gd_generation")
            generation, = cursor.fetchone()
    finally:
        connection.close()
    assert sorted(state for state, _, _ in runs) == ["PR", "SC"]
    assert runs[1][1] >= runs[0][2]  # the second wrote only after the first had committed
    assert zones == expected and generation == 24 * sum(expected.values())
