"""netload:run_pipeline (and the large-table algorithms) into a real PostGIS store, on the bundled demo data.

The GeoPackage the same run writes is read back here with sqlite3 (independently of the store's
GeoPackage reader) and every table's row count and column sums are compared with the store's. A
colleague's QGIS (a fresh profile, the reader role) then opens the layers and the stored project.
"""

import json
import os
import sqlite3
import subprocess
import sys
import zipfile
from io import BytesIO

import processing
import pytest
from qgis.core import QgsProcessingException, QgsVectorLayer

from tests.headless.conftest import REPO
from tests.support.postgres import READER, WRITER

DEMO = REPO / "demo"
SCHEMA = "energy_monitor"
PUBLISHED = ("zones", "gd_units_generated", "gd_generation", "ons_load", "hidden_load_area", "hidden_load_summary",
             "irradiance_points", "irradiance_series")


def pipeline_parameters(output, service, **extra):
    parameters = {
        "STATES": "PR,SC,RS", "START": "2024-01-10", "END": "2024-01-12",
        "GD_URL": str(DEMO / "gd_units_GENERATED_PR_SC_RS.zip"),
        "MUNICIPALITIES": str(DEMO / "municipalities_PR_SC_RS.gpkg"),
        "IRRADIANCE_SOURCE": 2, "IRRADIANCE_URL": str(DEMO / "nasa_power_daily_2024-01_south.csv"),
        "ONS_DATASET": 1, "ONS_URL": str(DEMO / "ons_curva_carga_S_2024-01.csv"), "OUTPUT_GPKG": str(output),
        "STORE": f"service={service}", "STORE_SCHEMA": SCHEMA,
    }
    parameters.update(extra)
    return parameters


@pytest.fixture(scope="module")
def store(postgres_cluster, netload_provider, tmp_path_factory):
    """The demo's three days run twice into one store (the second run replaces the first)."""
    database = postgres_cluster.create_database("netload_pipeline")
    saved = {key: os.environ.get(key) for key in postgres_cluster.environment(WRITER)}
    os.environ.update(postgres_cluster.environment(WRITER))
    folder = tmp_path_factory.mktemp("store")
    connection = postgres_cluster.connect(database)
    try:
        processing.run("netload:run_pipeline", pipeline_parameters(folder / "first.gpkg", database))
        first = counts(connection)
        processing.run("netload:run_pipeline", pipeline_parameters(folder / "second.gpkg", database))
        yield {"database": database, "gpkg": folder / "second.gpkg", "connection": connection, "first": first}
    finally:
        connection.close()
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


def query(connection, sql, parameters=None):
    with connection.cursor() as cursor:
        cursor.execute(sql, parameters)
        return cursor.fetchall()


def counts(connection) -> dict:
    return {table: query(connection, f"SELECT count(*) FROM {SCHEMA}.{table}")[0][0] for table in PUBLISHED}


def gpkg_figures(path, table):
    """Rows, and per numeric column its sum, straight from the GeoPackage file."""
    with sqlite3.connect(str(path)) as db:
        columns = [(name, kind) for _, name, kind, *_ in db.execute(f'PRAGMA table_info("{table}")')
                   if kind.upper() in ("REAL", "DOUBLE", "MEDIUMINT", "INTEGER") and name != "fid"]
        rows, = db.execute(f'SELECT count(*) FROM "{table}"').fetchone()
        sums = {name: db.execute(f'SELECT total("{name}") FROM "{table}"').fetchone()[0] for name, _ in columns}
    return rows, sums


def test_the_store_holds_the_numbers_of_the_geopackage(store):
    connection = store["connection"]
    for table in PUBLISHED:
        rows, sums = gpkg_figures(store["gpkg"], table)
        assert rows > 0, table
        assert query(connection, f"SELECT count(*) FROM {SCHEMA}.{table}")[0][0] == rows, table
        for column, total in sums.items():
            stored, = query(connection, f'SELECT coalesce(sum("{column}"), 0) FROM {SCHEMA}.{table}')[0]
            assert float(stored) == pytest.approx(total, rel=1e-9, abs=1e-9), (table, column)
    # times are the same instants: the ONS hours in the GeoPackage's text and in the store's timestamptz
    with sqlite3.connect(str(store["gpkg"])) as db:
        first, last = db.execute("SELECT min(time_utc), max(time_utc) FROM hidden_load_area").fetchone()
    assert query(connection, "SELECT to_char(min(time_utc) AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"'), "
                             "to_char(max(time_utc) AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"') "
                             f"FROM {SCHEMA}.hidden_load_area") == [(first, last)]


def test_running_the_same_period_again_replaces_it_row_for_row(store):
    connection = store["connection"]
    assert counts(connection) == store["first"]
    runs = query(connection, f"SELECT run_id, row_counts FROM {SCHEMA}.runs ORDER BY run_id")
    assert [run_id for run_id, _ in runs] == [1, 2]
    for table in PUBLISHED:
        assert runs[1][1][table]["replaced"] == runs[1][1][table]["written"] == store["first"][table], table
    assert query(connection, f"SELECT count(DISTINCT run_id) FROM {SCHEMA}.gd_generation") == [(1,)]
    assert query(connection, f"SELECT previous_run_id, units_added, units_removed, units_capacity_changed "
                             f"FROM {SCHEMA}.gd_snapshots WHERE run_id = 2") == [(1, 0, 0, 0)]
    assert query(connection, f"SELECT count(*) FROM {SCHEMA}.gd_changes") == [(0,)]


def test_the_runs_table_keeps_provenance_and_no_credentials(store):
    (algorithm, version, period, parameters, sources), = query(
        store["connection"], f"SELECT algorithm, plugin_version, (period_start, period_end)::text, parameters, sources "
                             f"FROM {SCHEMA}.runs WHERE run_id = 2")
    assert algorithm == "netload:run_pipeline" and version and period == "(2024-01-10,2024-01-12)"
    assert parameters["STATES"] == "PR,SC,RS" and parameters["STORE"] == f"service={store['database']}"
    assert {source["name"] for source in sources} == {"gd_units", "zones", "irradiance", "ons_load"}
    assert all(source["date"] for source in sources)  # local files: their modification time


def test_a_colleague_opens_the_layers_styled_and_cannot_change_them(store, postgres_cluster, tmp_path):
    environment = dict(os.environ, QGIS_CUSTOM_CONFIG_PATH=str(tmp_path), **postgres_cluster.environment(READER))
    completed = subprocess.run([sys.executable, "-m", "tests.support.reader_profile", store["database"], SCHEMA],
                               cwd=REPO, env=environment, capture_output=True, text=True, timeout=300)
    report = json.loads(next(line for line in completed.stdout.splitlines() if line.startswith("{")))
    zones, units, area = (report["layers"][name] for name in ("zones", "gd_units_generated", "hidden_load_area"))
    assert zones["valid"] and zones["features"] == 1188 and zones["renderer"] == "graduatedSymbol"
    in_gpkg = QgsVectorLayer(f"{store['gpkg']}|layername=gd_units_generated", "units", "ogr")  # its saved default
    assert units["valid"] and units["renderer"] == in_gpkg.renderer().type()
    assert area["valid"] and area["features"] == 69
    assert not any(layer["can_add"] or layer["can_delete"] for layer in report["layers"].values())
    assert report["edit_added"] is False
    assert report["project_read"] is True
    assert report["project_layers"] and all(report["project_layers"].values())
    assert {"zones", "zones_hourly", "hidden_load_area", "runs"} <= set(report["project_layers"])
    assert report["project_time"] == ["2024-01-10T03:00", "2024-01-13T03:00"]  # the ONS hours, one step past the last
    assert report["project_renderers"]["zones"] == "graduatedSymbol"
    assert {"hidden_load_area", "zones_hourly", "gd_generation"} <= set(report["project_temporal"])
    assert all("user=" not in source and "password" not in source for source in report["sources"])


def test_the_stored_project_holds_no_credentials(store):
    content, = query(store["connection"], f"SELECT content FROM {SCHEMA}.qgis_projects WHERE name = 'netload'")[0]
    with zipfile.ZipFile(BytesIO(bytes(content))) as archive:
        project = b"".join(archive.read(name) for name in archive.namelist() if name.endswith(".qgs"))
    service = store["database"].encode()
    assert b"service=&apos;" + service in project or b"service='" + service in project
    assert b"password" not in project.lower() and b"netload_writer" not in project


def test_the_stored_project_shows_the_results_over_unticked_inputs(store):
    """As the dock shows a run: the 150,000 GD points and the other inputs wait in an unticked group."""
    from xml.etree import ElementTree

    content, = query(store["connection"], f"SELECT content FROM {SCHEMA}.qgis_projects WHERE name = 'netload'")[0]
    with zipfile.ZipFile(BytesIO(bytes(content))) as archive:
        qgs = next(name for name in archive.namelist() if name.endswith(".qgs"))
        tree = ElementTree.fromstring(archive.read(qgs)).find("layer-tree-group")
    top = {node.get("name"): node.get("checked") for node in tree if node.tag == "layer-tree-layer"}
    inputs, = [node for node in tree if node.tag == "layer-tree-group" and node.get("name") == "Inputs"]
    assert inputs.get("checked") == "Qt::Unchecked"
    grouped = {node.get("name") for node in inputs if node.tag == "layer-tree-layer"}
    assert grouped == {"gd_units_generated", "irradiance_points", "irradiance_series", "ons_load", "gd_generation"}
    assert top["zones"] == "Qt::Checked" and top["zones_hourly"] == "Qt::Unchecked"
    assert {"hidden_load_area", "hidden_load_summary", "runs"} <= set(top)


def test_an_injected_schema_name_is_refused_before_anything_runs(store, tmp_path):
    injected = 'x"; DROP TABLE energy_monitor.runs; --'
    with pytest.raises(QgsProcessingException, match="Schema name .* refused"):
        processing.run("netload:run_pipeline", pipeline_parameters(tmp_path / "x.gpkg", store["database"],
                                                                    STORE_SCHEMA=injected))
    assert not (tmp_path / "x.gpkg").exists()
    assert query(store["connection"], f"SELECT count(*) FROM {SCHEMA}.runs") == [(2,)]


def test_the_large_table_algorithms_publish_their_own_tables(store, postgres_cluster, tmp_path):
    """download_aneel_gd, estimate_gd_generation and hidden_load, each with STORE, into a second schema."""
    gpkg, service = store["gpkg"], f"service={store['database']}"
    postgres_cluster.setup_roles(store["database"], "algorithms")
    common = {"STORE": service, "STORE_SCHEMA": "algorithms"}
    units = processing.run("netload:download_aneel_gd", {
        "URL": str(DEMO / "gd_units_GENERATED_PR_SC_RS.zip"), "STATES": "PR", "OUTPUT": str(tmp_path / "units.gpkg"),
        **common})
    generation = processing.run("netload:estimate_gd_generation", {
        "ZONES": f"{gpkg}|layername=zones", "ZONE_ID": "ibge_code", "IRRADIANCE": f"{gpkg}|layername=irradiance_points",
        "IRRADIANCE_SERIES": f"{gpkg}|layername=irradiance_series", "IRRADIANCE_MODE": 2, "START": "2024-01-11",
        "END": "2024-01-11", "OUTPUT": str(tmp_path / "generation.gpkg"), **common})
    processing.run("netload:hidden_load", {"ONS_LOAD": f"{gpkg}|layername=ons_load",
                                           "GD_GENERATION": f"{gpkg}|layername=gd_generation",
                                           "OUTPUT": str(tmp_path / "area.gpkg"), **common})
    connection = store["connection"]
    assert query(connection, "SELECT count(*), count(DISTINCT uf) FROM algorithms.gd_units") == \
        [(units["FEATURE_COUNT"], 1)]
    assert query(connection, "SELECT count(*) FROM algorithms.gd_generation") == [(1188 * 24,)]
    assert gpkg_figures(tmp_path / "generation.gpkg", "generation")[0] == 1188 * 24
    rows, sums = gpkg_figures(tmp_path / "area.gpkg", "area")
    assert query(connection, "SELECT count(*), sum(hidden_load_mw) FROM algorithms.hidden_load_area") == \
        [(rows, pytest.approx(sums["hidden_load_mw"]))]
    assert query(connection, "SELECT algorithm FROM algorithms.runs ORDER BY run_id") == [
        ("netload:download_aneel_gd",), ("netload:estimate_gd_generation",), ("netload:hidden_load",)]
    assert generation["OUTPUT"]


def test_the_arrow_reader_gives_the_bytes_of_the_sqlite_reader(store):
    """GDAL's Arrow stream (how the store is filled) and the sqlite3 reader agree on every layer, byte for
    byte once encoded for COPY, whatever this GDAL returns (bytes or str, ms or ns times)."""
    from netload_plugin.core import gpkg_reader
    from netload_plugin.core.pg_copy import encode_rows
    from netload_plugin.geo.gpkg_frames import read_frames

    for table, layer in gpkg_reader.layers(store["gpkg"]).items():
        if table == "layer_styles":
            continue
        kinds = {c.name: c.kind for c in layer.columns}
        arrow = b"".join(encode_rows(frame, kinds) for frame in read_frames(store["gpkg"], layer))
        sqlite = b"".join(encode_rows(frame, kinds) for frame in gpkg_reader.read_frames(store["gpkg"], layer))
        assert arrow == sqlite and len(arrow) > 0, table
