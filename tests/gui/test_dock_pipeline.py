"""The dock runs the real netload:run_pipeline on the bundled demo data through its own controls."""

import subprocess
import sys
from datetime import date

import pandas as pd
import pytest
from qgis.core import Qgis, QgsApplication, QgsFeatureRequest, QgsGraduatedSymbolRenderer, QgsPointClusterRenderer, QgsProject
from qgis.PyQt.QtCore import QDate, QDateTime, Qt, QTime

from netload_plugin.core.definitions import IRRADIANCE_SOURCES, ONS_DATASETS
from netload_plugin.gui.run_request import DATA_LOCAL
from tests.gui.conftest import wait_for

pytestmark = pytest.mark.slow


@pytest.fixture()
def netload_provider(qgis_processing):
    registry = QgsApplication.processingRegistry()
    added = None
    if registry.providerById("netload") is None:
        from netload_plugin.processing.provider import NetLoadProvider

        added = NetLoadProvider()
        registry.addProvider(added)
    yield
    if added is not None:
        registry.removeProvider(added)


@pytest.fixture()
def demo_gd_zip(repo_root, tmp_path):
    """The demo's generated GD units; made with scripts/make_sample_gd.py when the zip is absent."""
    bundled = repo_root / "demo" / "gd_units_GENERATED_PR_SC_RS.zip"
    if bundled.is_file():
        return bundled
    target = tmp_path / "gd_units_GENERATED_PR_SC_RS.csv"
    subprocess.run([sys.executable, str(repo_root / "scripts" / "make_sample_gd.py"), "20000", "--states", "PR,SC,RS",
                    "--out", str(target), "--zip"], check=True, capture_output=True)
    return target.with_suffix(".zip")


def use_demo_files(dock, demo, gd_zip):
    """The dock's data panel set to the bundled demo's local files (NASA POWER, curva de carga)."""
    dock.data.set_mode(DATA_LOCAL)
    dock.data.set_irradiance_source(IRRADIANCE_SOURCES.index("nasa_power"))
    dock.data.set_ons_dataset(ONS_DATASETS.index("curva_carga"))
    dock.data.set_source("aneel_gd", str(gd_zip))
    dock.data.set_source("municipalities", str(demo / "municipalities_PR_SC_RS.gpkg"))
    dock.data.set_source("irradiance", str(demo / "nasa_power_daily_2024-01_south.csv"))
    dock.data.set_source("ons_load", str(demo / "ons_curva_carga_S_2024-01.csv"))


def test_demo_run_through_the_dock(dock, netload_provider, demo_gd_zip, repo_root, tmp_path):
    dock.region.set_states(["PR", "SC", "RS"])
    dock.period.set_period(date(2024, 1, 1), date(2024, 1, 3))
    use_demo_files(dock, repo_root / "demo", demo_gd_zip)
    dock.output_widget.setFilePath(str(tmp_path / "demo.gpkg"))
    outcomes, progress, texts = [], [], []
    dock.run_finished.connect(outcomes.append)
    dock.run()
    assert dock.runner is not None
    dock.runner.progress.connect(progress.append)
    dock.runner.info.connect(texts.append)
    wait_for(lambda: outcomes, timeout=900)

    assert outcomes == ["finished"], dock.step_label.text()
    assert len(progress) >= 5 and max(progress) >= 75  # the bar followed the pipeline's steps
    assert dock.progress_bar.value() == 100
    assert any("ONS" in text for text in texts)  # the step text followed the pipeline
    group = QgsProject.instance().layerTreeRoot().findGroup("NetLoad PR, SC, RS 2024-01-01–2024-01-03")
    assert group is not None
    layers = {node.layer().name(): node.layer() for node in group.findLayers()}
    assert {"zones", "hidden_load_area", "gd_generation"} <= set(layers)
    zones = layers["zones"]
    assert isinstance(zones.renderer(), QgsGraduatedSymbolRenderer)
    assert zones.renderer().classAttribute().strip('"') == "hidden_load_mwh"
    gd = [layer for name, layer in layers.items() if name.startswith("gd_units")]
    assert gd and isinstance(gd[0].renderer(), QgsPointClusterRenderer)
    assert layers["hidden_load_area"].temporalProperties().isActive()
    assert "layer_styles" not in layers

    # The zones × hour view animates in the Temporal Controller: one frame = one polygon per zone.
    hourly = layers["zones_hourly"]
    assert hourly.temporalProperties().isActive() and hourly.temporalProperties().startField() == "time_utc"
    assert not group.findLayer(hourly).itemVisibilityChecked()  # too many polygons to draw without the controller
    assert hourly.renderer().classAttribute() == "generation_mw"
    frame = QgsFeatureRequest().setFilterExpression(
        '"time_utc" >= make_datetime(2024, 1, 2, 15, 0, 0) AND "time_utc" < make_datetime(2024, 1, 2, 16, 0, 0)'
    )
    zone_ids = [f["zone_id"] for f in hourly.getFeatures(frame)]
    assert len(zone_ids) == zones.featureCount() == len(set(zone_ids))
    # The Temporal Controller gets the run's times in UTC, one frame per hour: from the generation's first
    # hour (00:00 UTC) to the end of the ONS load's last one (23:00 Brasília on the 3rd = 02:00 UTC, + 1 h).
    time_settings = QgsProject.instance().timeSettings()
    utc = Qt.TimeSpec.UTC
    assert time_settings.temporalRange().begin() == QDateTime(QDate(2024, 1, 1), QTime(0, 0), utc)
    assert time_settings.temporalRange().end() == QDateTime(QDate(2024, 1, 4), QTime(3, 0), utc)
    assert time_settings.temporalRange().begin().timeSpec() == utc and time_settings.timeStep() == 60

    # The chart shows the run's table. With the curva de carga, real load = ONS load (no undeclared
    # PV given): the CSV's first value (00:00 Brasília = 03:00 UTC) must be the chart's.
    ons = pd.read_csv(repo_root / "demo" / "ons_curva_carga_S_2024-01.csv", sep=";")
    first = ons.loc[ons["din_instante"] == "2024-01-01 00:00:00", "val_cargaenergiahomwmed"].iloc[0]
    frame = dock.chart.canvas.frame
    row = frame[frame["time_utc"] == pd.Timestamp("2024-01-01T03:00:00Z")]
    assert row["real_load_mw"].iloc[0] == pytest.approx(first, rel=1e-6)
    assert set(frame["area"]) == {"S"}


def test_rooftop_chain_and_report_through_the_dock(dock, netload_provider, demo_gd_zip, repo_root, shared_data, tmp_path):
    """Buildings + a raster layer picked in the dock: run_pipeline classifies the roofs, finds the undeclared
    PV, adds it to the hidden load and writes the report; one state, one day, so it takes seconds."""
    pytest.importorskip("onnxruntime", reason="onnxruntime is not installed in this environment")
    from qgis.core import QgsCategorizedSymbolRenderer, QgsRasterLayer, QgsVectorLayer

    from tests.integration.test_run_pipeline_rooftops import ZONE, zone_geometry
    from tests.support.pv_scene import build_scene

    surface = zone_geometry(ZONE).PointOnSurface()
    scene = build_scene(shared_data, tmp_path / "scene", (surface.GetX(), surface.GetY()), epsg=31982)
    buildings = QgsVectorLayer(f"{scene.buildings}|layername=buildings", "buildings", "ogr")
    raster = QgsRasterLayer(str(scene.raster), "scene")
    QgsProject.instance().addMapLayers([buildings, raster])
    dock.region.set_states(["PR"])
    dock.period.set_period(date(2024, 1, 10), date(2024, 1, 10))
    use_demo_files(dock, repo_root / "demo", demo_gd_zip)
    dock.rooftops.setChecked(True)
    dock.rooftops.buildings_combo.setLayer(buildings)
    dock.rooftops.raster_combo.setLayer(raster)
    dock.output_widget.setFilePath(str(tmp_path / "roofs.gpkg"))
    dock.report_check.setChecked(True)
    outcomes, texts = [], []
    dock.run_finished.connect(outcomes.append)
    dock.run()
    assert dock.runner is not None
    assert dock.runner.parameters["BUILDINGS"] == buildings.id() and dock.runner.parameters["RASTER"] == raster.id()
    dock.runner.info.connect(texts.append)
    wait_for(lambda: outcomes, timeout=600)

    assert outcomes == ["finished"], dock.step_label.text()
    assert any("rooftops" in text.lower() for text in texts)  # the step text followed the rooftop steps
    group = QgsProject.instance().layerTreeRoot().findGroup("NetLoad PR 2024-01-10–2024-01-10")
    layers = {node.layer().name(): node.layer() for node in group.findLayers()}
    assert {"rooftops", "undeclared_pv_zones", "hidden_load_area"} <= set(layers)
    roofs = layers["rooftops"]
    assert isinstance(roofs.renderer(), QgsCategorizedSymbolRenderer) and roofs.renderer().classAttribute() == "status"
    assert roofs.featureCount() == len(scene.labels)
    assert max(f["undeclared_pv_mw"] for f in layers["hidden_load_area"].getFeatures()) > 0
    assert max(dock.chart.canvas.frame["undeclared_pv_mw"]) > 0  # the chart shows the undeclared PV line
    report = tmp_path / "roofs.pdf"
    assert report.read_bytes().startswith(b"%PDF")
    success = dock.iface.messageBar().get_messages(Qgis.MessageLevel.Success)
    assert any(str(report) in message for message in success)
