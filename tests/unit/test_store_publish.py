"""A run's GeoPackage into the store: the GeoPackage reader, the GD registry's snapshots and "what changed"
per zone, the zones × hours view, and credentials kept out of provenance. The GeoPackages are written
here by the project's own writers (and GDAL for polygons); expected values are worked out by hand."""

import pandas as pd
import psycopg2
import pytest
from osgeo import ogr, osr

from netload_plugin.core import gpkg_reader
from netload_plugin.core.credentials import redact, redact_all
from netload_plugin.core.gpkg_writer import GpkgWriter
from netload_plugin.core.pg_store import RunRecord, Store
from netload_plugin.core.store_publish import publish_gpkg

SCHEMA = "energy_monitor"
GD_COLUMNS = {
    "unit_id": "string",
    "uf": "string",
    "ibge_code": "string",
    "capacity_kw": "double",
    "connected_on": "date",
}
ZONE_A = "POLYGON((-50 -26,-49 -26,-49 -25,-50 -25,-50 -26))"  # Paraná, zone 4100001
ZONE_B = "POLYGON((-49 -26,-48 -26,-48 -25,-49 -25,-49 -26))"  # zone 4100002


def write_zones(path, zones):
    source = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    reference = osr.SpatialReference()
    reference.ImportFromEPSG(4674)
    layer = source.CreateLayer("zones", reference, ogr.wkbMultiPolygon)
    for name, kind in (("ibge_code", ogr.OFTString), ("name", ogr.OFTString)):
        layer.CreateField(ogr.FieldDefn(name, kind))
    for code, wkt in zones:
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetField("ibge_code", code)
        feature.SetField("name", f"zone {code}")
        feature.SetGeometry(ogr.ForceToMultiPolygon(ogr.CreateGeometryFromWkt(wkt)))
        layer.CreateFeature(feature)
    source = None


def write_units(path, units):
    """``units``: (unit_id, lon, lat, kW); all in PR (IBGE 41)."""
    writer = GpkgWriter(path, "gd_units", GD_COLUMNS, srs_id=4674)
    writer.append(pd.DataFrame({
        "unit_id": [u[0] for u in units], "lon": [u[1] for u in units], "lat": [u[2] for u in units],
        "uf": "PR", "ibge_code": "4106902", "capacity_kw": [u[3] for u in units],
        "connected_on": ["2023-05-01"] * len(units)}))
    writer.close()


def write_generation(path, zone_ids, first, hours):
    kinds = {"zone_id": "string", "time_utc": "datetime", "generation_mw": "double"}
    writer = GpkgWriter(path, "gd_generation", kinds, table_only=True)
    times = pd.date_range(first, periods=hours, freq="h", tz="UTC")
    writer.append(pd.DataFrame({"zone_id": [z for _ in times for z in zone_ids],
                                "time_utc": [t for t in times for _ in zone_ids],
                                "generation_mw": [1.5] * (hours * len(zone_ids))}))
    writer.close()


def run_gpkg(tmp_path, name, units):
    zones = tmp_path / f"{name}_zones.gpkg"
    write_zones(zones, [("4100001", ZONE_A), ("4100002", ZONE_B)])
    units_file = tmp_path / f"{name}.gpkg"
    write_units(units_file, units)
    return units_file, zones


@pytest.fixture()
def writer(store_database):
    connection = psycopg2.connect(f"service={store_database}", application_name="netload")
    yield connection
    connection.close()


def rows(connection, sql):
    with connection.cursor() as cursor:
        cursor.execute(sql)
        found = cursor.fetchall()
    connection.commit()
    return found


def publish(connection, *paths, registry_date=None):
    with Store(connection, SCHEMA, wait_s=0) as store:
        store.start_run(RunRecord("test:publish", "0"))
        for path in paths:
            publish_gpkg(store, path, "ibge_code", registry_date)
        return store.commit()


def test_the_reader_gives_the_layers_with_their_types_and_values(tmp_path):
    units, zones = run_gpkg(tmp_path, "first", [("U1", -49.5, -25.5, 5.0), ("U2", -48.5, -25.5, 3.25)])
    write_generation(units, ["4100001"], "2024-01-10 03:00", 2)
    found = gpkg_reader.layers(units)
    assert set(found) == {"gd_units", "gd_generation"}
    kinds = {c.name: (c.kind, c.geometry_type, c.srid) for c in found["gd_units"].columns}
    assert kinds["geom"] == ("geometry", "Point", 4674) and kinds["connected_on"][0] == "date"
    assert kinds["capacity_kw"][0] == "double" and kinds["unit_id"][0] == "string"
    frame = pd.concat(gpkg_reader.read_frames(units, found["gd_units"]))
    assert frame["unit_id"].tolist() == ["U1", "U2"]
    assert frame["connected_on"].tolist() == [pd.Timestamp("2023-05-01")] * 2
    assert frame["geom"].iloc[1] == bytes.fromhex("0101000020" "42120000") + \
        pd.Series([-48.5, -25.5]).to_numpy("<f8").tobytes()  # EWKB little endian, SRID 4674
    series = pd.concat(gpkg_reader.read_frames(units, found["gd_generation"]))
    assert series["time_utc"].tolist() == [pd.Timestamp("2024-01-10 03:00", tz="UTC"),
                                           pd.Timestamp("2024-01-10 04:00", tz="UTC")]
    assert gpkg_reader.time_range(units, "gd_generation") == (pd.Timestamp("2024-01-10 03:00", tz="UTC"),
                                                              pd.Timestamp("2024-01-10 04:00:00.000001", tz="UTC"))


def test_a_new_registry_is_a_snapshot_with_what_changed_per_zone(tmp_path, writer):
    first, zones = run_gpkg(tmp_path, "first", [("A", -49.5, -25.5, 5.0), ("B", -49.4, -25.4, 3.0),
                                                ("C", -48.5, -25.5, 4.0)])
    run_1 = publish(writer, zones, first, registry_date="2026-01-16")
    second, _ = run_gpkg(tmp_path, "second", [("A", -49.5, -25.5, 5.0), ("B", -49.4, -25.4, 6.0),
                                              ("D", -48.6, -25.6, 2.0)])
    run_2 = publish(writer, second, registry_date="2026-02-16")
    assert rows(writer, "SELECT run_id, registry_date, units, capacity_kw, previous_run_id, previous_registry_date, "
                        "units_added, units_removed, units_capacity_changed "
                        "FROM energy_monitor.gd_snapshots ORDER BY 1") == [
        (run_1, "2026-01-16", 3, 12.0, None, None, 0, 0, 0),
        (run_2, "2026-02-16", 3, 13.0, run_1, "2026-01-16", 1, 1, 1)]
    # zone 4100001: B went from 3 to 6 kW; zone 4100002: C (4 kW) removed, D (2 kW) added
    assert rows(writer, "SELECT zone_id, units_added, units_removed, units_capacity_changed, capacity_added_kw, "
                        "capacity_removed_kw, capacity_delta_kw FROM energy_monitor.gd_changes ORDER BY zone_id") == [
        ("4100001", 0, 0, 1, 0.0, 0.0, 3.0), ("4100002", 1, 1, 0, 2.0, 4.0, -2.0)]
    assert rows(writer, "SELECT fid, unit_id FROM energy_monitor.gd_units ORDER BY fid") == [
        (410_000_001, "A"), (410_000_002, "B"), (410_000_003, "D")]  # PR = 41: fid = 41 × 10^7 + number


def test_zones_and_generation_give_the_hourly_zones_view(tmp_path, writer):
    units, zones = run_gpkg(tmp_path, "first", [("A", -49.5, -25.5, 5.0)])
    write_generation(zones, ["4100001", "4100002"], "2024-01-10 00:00", 3)
    publish(writer, zones)
    assert rows(writer, "SELECT zone_id, count(*), sum(generation_mw), min(ST_AsText(ST_Centroid(geom))) "
                        "FROM energy_monitor.zones_hourly GROUP BY zone_id ORDER BY 1") == [
        ("4100001", 3, 4.5, "POINT(-49.5 -25.5)"), ("4100002", 3, 4.5, "POINT(-48.5 -25.5)")]


def test_credentials_never_reach_provenance():
    assert redact("host=db dbname=netload password='s3 cret' user=w") == "host=db dbname=netload password=*** user=w"
    assert redact("https://ana:pw@dados.aneel.gov.br/x.csv?token=abc&ano=2024") == \
        "https://***@dados.aneel.gov.br/x.csv?token=***&ano=2024"
    assert redact_all({"STORE": "service=x PASSWORD=y", "N": 3, "L": ["apikey=k"]}) == \
        {"STORE": "service=x PASSWORD=***", "N": 3, "L": ["apikey=***"]}
