"""The dock's Store choice: a QGIS PostgreSQL connection and schema become run_pipeline's STORE parameters,
and "Last update" reads the store's runs table (a real PostGIS store)."""

from datetime import date

import psycopg2
import pytest
from qgis.core import QgsDataSourceUri, QgsProviderRegistry

from netload_plugin.core.pg_store import RunRecord, Store
from netload_plugin.gui.run_request import build_run_parameters

CONNECTION = "netload team store (test)"


@pytest.fixture()
def team_connection(store_database):
    """A QGIS PostgreSQL connection (in the tests' own profile) on the store's service."""
    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    metadata.saveConnection(metadata.createConnection(QgsDataSourceUri(f"service='{store_database}'").uri(False), {}),
                            CONNECTION)
    yield store_database
    metadata.deleteConnection(CONNECTION)


def test_the_store_choice_adds_the_store_parameters(dock, team_connection, tmp_path):
    dock.region.set_states(["PR"])
    dock.period.set_period(date(2024, 1, 1), date(2024, 1, 2))
    dock.output_widget.setFilePath(str(tmp_path / "run.gpkg"))
    assert "STORE" not in build_run_parameters(dock.current_request())  # GeoPackage only, the default
    assert not dock.store.connection_combo.isEnabled()
    dock.store.postgres_radio.setChecked(True)
    dock.store.connection_combo.setConnection(CONNECTION)
    dock.store.schema_edit.setText("team_2024")
    params = build_run_parameters(dock.current_request())
    assert params["STORE"] == CONNECTION and params["STORE_SCHEMA"] == "team_2024"
    assert params["OUTPUT_GPKG"] == str(tmp_path / "run.gpkg")


def test_last_update_reads_the_runs_table(dock, team_connection):
    dock.store.postgres_radio.setChecked(True)
    dock.store.connection_combo.setConnection(CONNECTION)
    assert dock.store.refresh() == "Last update: none yet (no run in energy_monitor)."
    connection = psycopg2.connect(f"service={team_connection}")
    try:
        with Store(connection, "energy_monitor", wait_s=0) as store:
            store.start_run(RunRecord("netload:run_pipeline", "0", region="states:PR",
                                      period_start=date(2024, 1, 10), period_end=date(2024, 1, 12)))
            store.commit()
        with connection.cursor() as cursor:
            cursor.execute("SELECT to_char(finished_utc AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI') "
                           "FROM energy_monitor.runs")
            finished, = cursor.fetchone()
    finally:
        connection.close()
    assert dock.store.refresh() == (f"Last update: {finished} UTC, run 1 (netload:run_pipeline, states:PR, "
                                    "2024-01-10 to 2024-01-12).")
    dock.store.schema_edit.setText('x"; DROP TABLE energy_monitor.runs; --')
    assert dock.store.refresh().startswith("Schema name ")
