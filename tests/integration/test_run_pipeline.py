"""netload:run_pipeline end to end on the bundled demo data (offline), for three days."""

import json
import zipfile
from datetime import date

import numpy as np
import pandas as pd
import processing
import pytest
from qgis.core import QgsVectorLayer

from tests.headless.conftest import REPO

DEMO = REPO / "demo"
LAYERS = ("zones", "gd_units_generated", "gd_generation", "ons_load", "hidden_load_area", "hidden_load_summary",
          "irradiance_points", "irradiance_series")


def three_demo_days(target, with_load_table: bool) -> dict:
    """`make demo`'s parameters (scripts/run_demo.py) for 10–12 January; without its load table, ONS's curva
    de carga is downloaded from the demo's file instead."""
    from scripts.run_demo import demo_parameters

    parameters = {**demo_parameters(target), "START": "2024-01-10", "END": "2024-01-12"}
    if not with_load_table:
        parameters = {key: value for key, value in parameters.items() if not key.startswith("LOAD_")}
        parameters.update(ONS_DATASET=1, ONS_URL=str(DEMO / "ons_curva_carga_S_2024-01.csv"))
    return parameters


@pytest.fixture(scope="module")
def pipeline_output(netload_provider, tmp_path_factory):
    target = tmp_path_factory.mktemp("pipeline") / "out.gpkg"
    return target, processing.run("netload:run_pipeline", three_demo_days(target, with_load_table=False))


def layer(path, name):
    loaded = QgsVectorLayer(f"{path}|layername={name}", name, "ogr")
    assert loaded.isValid(), name
    return loaded


def test_pipeline_writes_the_expected_layers(pipeline_output):
    path, result = pipeline_output
    for name in LAYERS:
        assert layer(path, name).featureCount() > 0, name
    zones = layer(path, "zones")
    assert (
        zones.featureCount() == layer(REPO / "demo" / "municipalities_PR_SC_RS.gpkg", "municipalities").featureCount()
    )
    assert zones.renderer().type() == "graduatedSymbol"  # the default style stored in the GeoPackage
    for field in ("gd_capacity_kw", "hidden_load_mwh", "capacity_factor", "area"):
        assert zones.fields().indexOf(field) >= 0, field
    assert result["SUMMARY"].startswith("Sul (S): hidden load ")
    assert "compared with ONS's MMGD" in result["SUMMARY"]


def test_pipeline_gd_units_keep_a_valid_spatial_index(pipeline_output):
    """The units are written straight into the run's GeoPackage (no copy): their R-tree holds every point."""
    import sqlite3

    path, _ = pipeline_output
    with sqlite3.connect(str(path)) as connection:
        assert connection.execute("SELECT rtreecheck('rtree_gd_units_generated_geom')").fetchone()[0] == "ok"
        indexed = connection.execute("SELECT COUNT(*) FROM rtree_gd_units_generated_geom").fetchone()[0]
        rows = connection.execute("SELECT COUNT(*) FROM gd_units_generated").fetchone()[0]
        extension = connection.execute("SELECT COUNT(*) FROM gpkg_extensions WHERE table_name = "
                                       "'gd_units_generated' AND extension_name = 'gpkg_rtree_index'").fetchone()[0]
    assert indexed == rows > 0 and extension == 1


def test_pipeline_area_series_is_consistent(pipeline_output):
    path, _ = pipeline_output
    rows = list(layer(path, "hidden_load_area").getFeatures())
    assert 60 <= len(rows) <= 72  # hours of three UTC days that ONS's local days also cover
    for row in rows:
        assert row["area"] == "S" and row["quality"] == "net_derived"
        assert row["real_load_mw"] == pytest.approx(row["net_load_mw"] + row["hidden_load_mw"])
        assert row["net_load_mw"] == pytest.approx(row["ons_load_mw"] - row["registered_gd_mw"])
    assert max(r["registered_gd_mw"] for r in rows) > 0
    generation = layer(path, "gd_generation")
    assert generation.featureCount() == layer(path, "zones").featureCount() * 72


@pytest.fixture(scope="module")
def calibrated_output(netload_provider, tmp_path_factory):
    """The same run as pipeline_output with a calibration file: the South × 0.7 (the demo's zones are all in S)."""
    from netload_plugin.core.calibration import Calibration, write_calibration

    folder = tmp_path_factory.mktemp("pipeline_calibrated")
    calibration = folder / "calibration_S.json"
    write_calibration(calibration, Calibration({"S": 0.7, "SECO": 0.4}, ("2024-01-01", "2024-03-31"),
                                               "ONS MMGD (test)", {}, "test"))
    target = folder / "out.gpkg"
    parameters = {**three_demo_days(target, with_load_table=False), "CALIBRATION": str(calibration)}
    return calibration, target, processing.run("netload:run_pipeline", parameters)


def test_a_calibration_file_scales_each_zones_generation_by_its_area_factor(pipeline_output, calibrated_output):
    """Per zone, over the three days: calibrated generation = 0.7 × the physical run's, read from both tables."""
    physical_path, physical_result = pipeline_output
    calibration, calibrated_path, calibrated_result = calibrated_output
    physical = frame_of(physical_path, "gd_generation").groupby("zone_id")["generation_mw"].sum()
    calibrated = frame_of(calibrated_path, "gd_generation").groupby("zone_id")["generation_mw"].sum()
    assert sorted(calibrated.index) == sorted(physical.index) and (physical > 0).sum() > 1000
    assert calibrated.to_numpy() == pytest.approx(0.7 * physical.reindex(calibrated.index).to_numpy(), rel=1e-5)
    hourly = frame_of(calibrated_path, "hidden_load_area").merge(
        frame_of(physical_path, "hidden_load_area"), on=["area", "time_utc"], suffixes=("", "_physical"))
    assert hourly["registered_gd_mw"].to_numpy() == pytest.approx(0.7 * hourly["registered_gd_mw_physical"].to_numpy(),
                                                                  rel=1e-5, abs=1e-6)
    assert json.loads(physical_result["PROVENANCE"])["calibration"] is None
    provenance = json.loads(calibrated_result["PROVENANCE"])["calibration"]
    assert provenance["file"] == str(calibration) and provenance["factors"] == {"S": 0.7, "SECO": 0.4}
    assert provenance["zones_calibrated"] == len(physical) and provenance["zones_uncalibrated"] == 0


def test_the_report_names_the_calibration_or_the_physical_model(calibrated_output):
    from netload_plugin.processing.algorithms._pipeline_run import calibration_source_row

    calibration, _, _ = calibrated_output
    row = calibration_source_row(str(calibration))
    assert row["location"] == (f"{calibration} (S × 0.7000, SECO × 0.4000 (fitted 2024-01-01 to 2024-03-31 against "
                               "ONS MMGD (test)))")
    assert row["date"] == date.fromtimestamp(calibration.stat().st_mtime).isoformat()
    assert calibration_source_row("")["location"] == "none: the physical model"


def test_a_broken_calibration_file_stops_the_run_before_anything_runs(netload_provider, tmp_path):
    from qgis.core import QgsProcessingException

    broken = tmp_path / "calibration.json"
    broken.write_text('{"format": "netload-calibration", "factors": {"S": -1}}', encoding="utf-8")
    target = tmp_path / "out" / "out.gpkg"
    with pytest.raises(QgsProcessingException, match="^calibration.json: factors: S must be a number between 0 and 10"):
        processing.run("netload:run_pipeline", {**three_demo_days(target, with_load_table=False),
                                                "CALIBRATION": str(broken)})
    assert not target.parent.exists()


def test_a_zone_layer_brings_its_own_states(qgis_app):
    """With ZONES the states come from the zones (not STATES' default PR,SC,RS): IBGE codes, else the extent."""
    from qgis.core import QgsFeature, QgsGeometry, QgsProcessingContext

    from netload_plugin.geo.regions import zone_states

    def zones(field, values, wkt):
        memory = QgsVectorLayer(f"Polygon?crs=EPSG:4674&field={field}:string", "z", "memory")
        for value in values:
            feature = QgsFeature(memory.fields())
            feature.setAttributes([value])
            feature.setGeometry(QgsGeometry.fromWkt(wkt))
            memory.dataProvider().addFeatures([feature])
        memory.updateExtents()
        return memory

    context = QgsProcessingContext().transformContext()
    island = "POLYGON((-48.6 -27.9,-48.3 -27.9,-48.3 -27.4,-48.6 -27.4,-48.6 -27.9))"  # Florianópolis: SC only
    assert zone_states(zones("ibge_code", ["3304557", "3550308"], island), "ibge_code", context) == ["RJ", "SP"]
    assert zone_states(zones("feeder", ["F-12", "F-13"], island), "feeder", context) == ["SC"]
    assert zone_states(zones("ibge_code", ["F-12"], island), "ibge_code", context) == ["SC"]


# --- the demo as `make demo` runs it: ONS's hourly carga verificada with MMGD as a LOAD_TABLE -----------------
DEMO_LOAD = DEMO / "ons_carga_verificada_S_2024-01_hourly.csv"


@pytest.fixture(scope="module")
def demo_with_load_table(netload_provider, tmp_path_factory):
    target = tmp_path_factory.mktemp("pipeline_load_table") / "out.gpkg"
    return target, processing.run("netload:run_pipeline", three_demo_days(target, with_load_table=True))


def frame_of(path, name):
    rows = [[_plain(f[n]) for n in f.fields().names()] for f in layer(path, name).getFeatures()]
    return pd.DataFrame(rows, columns=layer(path, name).fields().names())


def _plain(value):
    if hasattr(value, "toPyDateTime"):
        return pd.Timestamp(value.toString("yyyy-MM-ddTHH:mm:ss"))
    return None if value is None or (hasattr(value, "isNull") and value.isNull()) else value


def test_demo_capacity_per_state_and_day_is_the_registrys(demo_with_load_table):
    """The registry's kW per state connected by each day (its own rows, distinct, 1900 = undated = always)."""
    path, _ = demo_with_load_table
    with zipfile.ZipFile(DEMO / "gd_units_GENERATED_PR_SC_RS.zip") as archive:
        units = pd.read_csv(archive.open(archive.namelist()[0]), sep=";", encoding="latin-1", dtype=str)
    units = units.drop_duplicates()
    kw = pd.to_numeric(units["MdaPotenciaInstaladaKW"].str.replace(",", "."))
    generation = frame_of(path, "gd_generation")
    generation["uf"] = generation["zone_id"].str[:2].map({"41": "PR", "42": "SC", "43": "RS"})
    for day in ("2024-01-10", "2024-01-12"):
        dates = units["DthAtualizaCadastralEmpreend"]
        connected = (dates <= day) | dates.str.startswith("1900")
        expected = kw[connected].groupby(units["SigUF"][connected]).sum()
        noon = generation[generation["time_utc"] == pd.Timestamp(f"{day}T15:00:00")]
        got = noon.groupby("uf")["capacity_kw"].sum()
        for uf in ("PR", "SC", "RS"):
            assert got[uf] == pytest.approx(expected[uf], rel=1e-6), (uf, day)  # float32 capacity
    assert 8.7e6 < got.sum() < 8.9e6  # ANEEL's register: 8,856 MW in the South at the end of January 2024


def test_demo_real_load_and_comparison_come_from_ons_table(demo_with_load_table):
    """ONS's hourly table read by hand: local hour + 3 h = UTC (no DST in 2024); real = ONS net + our GD."""
    path, result = demo_with_load_table
    ons = pd.read_csv(DEMO_LOAD, sep=";")
    ons["time_utc"] = pd.to_datetime(ons["data_hora"]) + pd.Timedelta(hours=3)
    generation = frame_of(path, "gd_generation").groupby("time_utc", as_index=False)["generation_mw"].sum()
    expected = ons.merge(generation, on="time_utc")
    got = frame_of(path, "hidden_load_area").merge(expected, on="time_utc", validate="one_to_one")
    assert len(got) == len(expected) == 72  # ONS's month covers all 72 UTC hours of the three days
    assert got["ons_load_mw"].to_numpy() == pytest.approx(got["global_mw"].to_numpy())
    assert got["ons_mmgd_mw"].to_numpy() == pytest.approx(got["mmgd_mw"].to_numpy())
    assert got["net_load_mw"].to_numpy() == pytest.approx(got["liquida_mw"].to_numpy())
    assert got["real_load_mw"].to_numpy() == pytest.approx((got["liquida_mw"] + got["generation_mw"]).to_numpy())
    assert set(got["quality"]) == {"ok"}
    summary = frame_of(path, "hidden_load_summary").iloc[0]
    assert summary["energy_ratio"] == pytest.approx(expected["generation_mw"].sum() / expected["mmgd_mw"].sum())
    assert summary["correlation"] == pytest.approx(np.corrcoef(expected["generation_mw"], expected["mmgd_mw"])[0, 1])
    assert summary["ons_mmgd_mwh"] == pytest.approx(expected["mmgd_mw"].sum())
    energy_ratio = f"energy ratio {summary['energy_ratio']:.3f}"
    assert "compared with the load table's MMGD" in result["SUMMARY"] and energy_ratio in result["SUMMARY"]
    assert layer(path, "load_table").featureCount() == len(ons) and layer(path, "load_rejected").featureCount() == 0


def test_the_published_geopackage_has_the_zones_hourly_view(pipeline_output):
    """qgis_process users get the Temporal Controller's view too: one polygon per zone in each UTC hour."""
    from qgis.core import QgsFeatureRequest

    path, _ = pipeline_output
    hourly = layer(path, "zones_hourly")
    frame = QgsFeatureRequest().setFilterExpression(
        '"time_utc" >= make_datetime(2024, 1, 11, 15, 0, 0) AND "time_utc" < make_datetime(2024, 1, 11, 16, 0, 0)')
    zone_ids = [feature["zone_id"] for feature in hourly.getFeatures(frame)]
    assert zone_ids
    assert sorted(zone_ids) == sorted(str(f["ibge_code"]) for f in layer(path, "zones").getFeatures())


def test_extent_models_the_states_it_covers_and_clears_killed_runs_leftovers(netload_provider, tmp_path, monkeypatch):
    """Santa Catarina island: only SC municipalities have their centroid there, so SC is modelled, whole."""
    import os
    import tempfile
    import time

    from osgeo import ogr

    from scripts.run_demo import demo_parameters

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))  # the work folders go here
    killed = tmp_path / "netload-pipeline-killed"
    killed.mkdir()
    leftover = tmp_path / "out.gpkg.partial"
    leftover.write_bytes(b"half a GeoPackage")
    for path in (killed, leftover):
        os.utime(path, (time.time() - 2 * 86400,) * 2)
    target = tmp_path / "out.gpkg"
    extent = {"STATES": "", "EXTENT": "-48.6,-48.3,-27.9,-27.4 [EPSG:4674]"}
    processing.run("netload:run_pipeline", {**demo_parameters(target), **extent, "START": "2024-01-10",
                                            "END": "2024-01-10"})
    demo = ogr.Open(str(DEMO / "municipalities_PR_SC_RS.gpkg"))
    sc = demo.GetLayer(0)
    sc.SetAttributeFilter("uf = 'SC'")
    assert layer(target, "zones").featureCount() == sc.GetFeatureCount() > 0
    assert {f["uf"] for f in layer(target, "gd_units_generated").getFeatures()} == {"SC"}
    assert not killed.exists() and not leftover.exists()
    assert not list(tmp_path.glob("netload-pipeline-*"))  # this run's own folder is gone too


def test_an_extent_outside_brazil_is_refused_in_one_line(netload_provider, tmp_path):
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException, match="^EXTENT holds no Brazilian municipality: no state to model.$"):
        processing.run("netload:run_pipeline", {"EXTENT": "-30,-29,-20,-19 [EPSG:4674]", "START": "2024-01-10",
                                                "END": "2024-01-10", "OUTPUT_GPKG": str(tmp_path / "out.gpkg")})
    assert not list(tmp_path.iterdir())
