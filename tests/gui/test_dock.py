"""The dock: its controls make the right run parameters; runs, cancels and fails in the background."""

import time
from datetime import date

import pytest
from qgis.core import Qgis, QgsFeature, QgsGeometry, QgsGraduatedSymbolRenderer, QgsProject, QgsVectorLayer

from netload_plugin.core.definitions import IRRADIANCE_SOURCES, ONS_DATASETS
from netload_plugin.gui.results import table_name
from netload_plugin.gui.run_request import (
    DATA_LOCAL,
    IMAGERY_INPE,
    IRRADIANCE_NASA_POWER,
    ONS_CURVA_CARGA,
    REGION_EXTENT,
    REGION_ZONES,
    RunRequest,
    RunRequestError,
    build_run_parameters,
    run_name,
)
from tests.gui.conftest import bar_messages, demo_files, wait_for
from tests.support.fake_pipeline import STEPS, ZONE_VALUES, FakePipeline, hourly_rows


def _zones_layer():
    layer = QgsVectorLayer("Polygon?crs=EPSG:4674&field=code:string", "Municípios RJ", "memory")
    feature = QgsFeature(layer.fields())
    feature.setAttributes(["3304557"])
    feature.setGeometry(QgsGeometry.fromWkt("POLYGON((-43.8 -23.1,-43.1 -23.1,-43.1 -22.7,-43.8 -22.7,-43.8 -23.1))"))
    layer.dataProvider().addFeatures([feature])
    QgsProject.instance().addMapLayer(layer)
    return layer


def test_dock_opens_with_every_section(dock):
    dock.show()
    assert dock.region.title() and dock.period.title() and dock.data.title() and dock.rooftops.title()
    assert dock.run_button.isEnabled() and not dock.cancel_button.isEnabled()
    assert len(dock.region.state_boxes) == 27
    assert dock.tabs.count() == 2


def test_states_period_and_sources_make_the_parameters(dock, tmp_path, repo_root):
    gd_zip = str(demo_files(repo_root)["aneel_gd"])
    dock.region.set_states(["SP", "MG"])
    dock.period.set_period(date(2024, 1, 1), date(2024, 1, 31))
    dock.data.set_source("aneel_gd", gd_zip)
    dock.data.set_irradiance_source(IRRADIANCE_SOURCES.index("inmet"))
    dock.data.set_ons_dataset(ONS_DATASETS.index("curva_carga"))
    dock.output_widget.setFilePath(str(tmp_path / "run.gpkg"))
    dock.report_check.setChecked(True)
    params = build_run_parameters(dock.current_request())
    assert params == {
        "STATES": "MG,SP",  # IBGE order, as the checklist shows them
        "START": "2024-01-01",
        "END": "2024-01-31",
        "OUTPUT_GPKG": str(tmp_path / "run.gpkg"),
        "IRRADIANCE_SOURCE": 1,  # run_pipeline: 0 LABREN, 1 INMET, 2 NASA POWER
        "ONS_DATASET": 1,  # run_pipeline: 0 carga verificada, 1 curva de carga
        "GD_URL": gd_zip,
        "REPORT": str(tmp_path / "run.pdf"),
    }
    assert run_name(dock.current_request()) == "NetLoad MG, SP 2024-01-01–2024-01-31"


def test_local_files_mode_needs_every_source_named_by_its_row(dock, tmp_path, repo_root):
    files = demo_files(repo_root)
    dock.region.set_states(["PR"])
    dock.data.set_mode(DATA_LOCAL)
    dock.data.set_source("aneel_gd", str(files["aneel_gd"]))
    with pytest.raises(RunRequestError, match="give a file for Municipality polygons, Irradiance, ONS load$"):
        build_run_parameters(dock.current_request())
    for key in ("municipalities", "irradiance", "ons_load"):
        dock.data.set_source(key, str(files[key]))
    dock.data.set_irradiance_source(IRRADIANCE_NASA_POWER)
    dock.data.set_ons_dataset(ONS_CURVA_CARGA)
    dock.output_widget.setFilePath(str(tmp_path / "out.gpkg"))
    params = build_run_parameters(dock.current_request())
    assert params["MUNICIPALITIES"] == str(files["municipalities"])
    assert params["ONS_URL"] == str(files["ons_load"])


def test_zone_layer_and_rooftops_make_the_parameters(dock, tmp_path):
    zones = _zones_layer()
    dock.region.set_mode(REGION_ZONES)
    dock.region.zones_combo.setLayer(zones)
    dock.region.zone_field_combo.setField("code")
    dock.period.set_period(date(2024, 3, 1), date(2024, 3, 2))
    dock.rooftops.setChecked(True)
    dock.rooftops.buildings_combo.setLayer(zones)
    dock.rooftops.set_imagery(IMAGERY_INPE)
    dock.output_widget.setFilePath(str(tmp_path / "z.gpkg"))
    params = build_run_parameters(dock.current_request())
    assert params["ZONES"] == zones.id() and params["ZONE_ID"] == "code"
    assert "STATES" not in params and "EXTENT" not in params
    assert params["BUILDINGS"] == zones.id() and params["DOWNLOAD_IMAGERY"] is True and "RASTER" not in params
    assert "UNDECLARED_PV" not in params
    assert run_name(dock.current_request(), dock.zones_name()) == "NetLoad Municípios RJ 2024-03-01–2024-03-02"


def test_extent_mode_passes_the_extent_and_names_the_run_after_its_states(dock):
    # Santa Catarina island (Florianópolis): only SC municipalities have their centroid there.
    dock.region.set_extent("-48.600000,-48.300000,-27.900000,-27.400000 [EPSG:4674]")
    dock.region.set_mode(REGION_EXTENT)
    dock.period.set_period(date(2024, 1, 1), date(2024, 1, 1))
    params = build_run_parameters(dock.current_request())
    assert params["EXTENT"] == "-48.600000,-48.300000,-27.900000,-27.400000 [EPSG:4674]" and "STATES" not in params
    assert params["OUTPUT_GPKG"].endswith("netload_extent_SC_20240101_20240101.gpkg")
    dock.region.set_extent("-30.000000,-29.000000,-20.000000,-19.000000 [EPSG:4674]")  # the Atlantic
    with pytest.raises(RunRequestError, match="no Brazilian municipality"):
        build_run_parameters(dock.current_request())


def test_an_existing_undeclared_pv_layer_goes_to_the_pipeline(dock, tmp_path):
    table = QgsVectorLayer("None?field=ibge_code:string&field=undeclared_kw:double", "undeclared", "memory")
    QgsProject.instance().addMapLayer(table)
    dock.region.set_states(["PR"])
    dock.rooftops.setChecked(True)
    dock.rooftops.undeclared_combo.setLayer(table)
    dock.output_widget.setFilePath(str(tmp_path / "u.gpkg"))
    params = build_run_parameters(dock.current_request())
    assert params["UNDECLARED_PV"] == table.id()
    assert not set(params) & {"BUILDINGS", "RASTER", "DOWNLOAD_IMAGERY"}


@pytest.mark.parametrize(
    "change, fragment",
    [
        (dict(states=[]), "at least one state"),
        (dict(states=["XX"]), "XX"),
        (dict(end=date(2023, 12, 31)), "before the start"),
        (dict(data_mode=DATA_LOCAL), "ANEEL GD registry"),
        (dict(region_mode=REGION_EXTENT, extent="garbage"), "extent"),
        (dict(rooftops=True), "buildings"),
        (dict(output_gpkg=""), "GeoPackage"),
    ],
)
def test_invalid_requests_are_refused_with_a_reason(change, fragment):
    request = RunRequest(states=["SP"], start=date(2024, 1, 1), end=date(2024, 1, 2), output_gpkg="/tmp/x.gpkg")
    for key, value in change.items():
        setattr(request, key, value)
    with pytest.raises(RunRequestError, match=fragment):
        build_run_parameters(request)


def test_invalid_panel_warns_in_the_message_bar_and_does_not_run(dock):
    dock.run()  # no state ticked
    assert dock.runner is None
    assert any("state" in m for m in bar_messages(dock.iface.messageBar(), Qgis.MessageLevel.Warning))




def test_run_shows_progress_and_adds_the_styled_group(dock, fake_pipeline, tmp_path):
    dock.pipeline_id = fake_pipeline
    dock.region.set_states(["SP", "MG"])
    dock.period.set_period(date(2024, 1, 1), date(2024, 1, 1))
    dock.output_widget.setFilePath(str(tmp_path / "out.gpkg"))
    dock.report_check.setChecked(True)
    outcomes, steps, progress = [], [], []
    dock.run_finished.connect(outcomes.append)
    dock.run()
    dock.runner.step.connect(steps.append)
    dock.runner.progress.connect(progress.append)
    assert not dock.run_button.isEnabled() and dock.cancel_button.isEnabled()
    wait_for(lambda: outcomes)

    assert outcomes == ["finished"]
    assert steps == list(STEPS)
    assert progress[-1] == pytest.approx(100.0) and progress == sorted(progress)
    assert dock.run_button.isEnabled() and not dock.cancel_button.isEnabled()
    group = QgsProject.instance().layerTreeRoot().findGroup("NetLoad MG, SP 2024-01-01–2024-01-01")
    assert group is not None
    layers = {table_name(layer.layer()): layer.layer() for layer in group.findLayers()}
    assert set(layers) == {"zones", "hidden_load"}
    zones = layers["zones"]
    assert isinstance(zones.renderer(), QgsGraduatedSymbolRenderer)
    assert zones.renderer().classAttribute().strip('"') == "hidden_load_mw"
    assert set(zones.styleManager().styles()) >= {"hidden_load_mw", "hidden_load_share"}
    table = layers["hidden_load"]
    assert table.temporalProperties().isActive()
    assert table.temporalProperties().startField() == "time_utc"
    # The chart got the run's table: the summed real load equals the written values.
    expected_real = sum(row[5] for row in hourly_rows("2024-01-01")) / 24
    frame = dock.chart.canvas.frame
    assert frame.groupby("time_utc")["real_load_mw"].sum().mean() == pytest.approx(expected_real)
    assert sorted(frame["area"].unique()) == sorted(ZONE_VALUES)
    success = bar_messages(dock.iface.messageBar(), Qgis.MessageLevel.Success)
    assert any("MG, SP" in m for m in success)
    # The dock asked for the report (REPORT beside the GeoPackage) and names it in the message bar.
    report = tmp_path / "out.pdf"
    assert report.read_bytes().startswith(b"%PDF") and any(str(report) in m for m in success)


def test_cancel_stops_cleanly_and_leaves_no_output(dock, fake_pipeline, tmp_path):
    dock.pipeline_id = fake_pipeline
    dock.region.set_states(["SP"])
    dock.period.set_period(date(2024, 1, 1), date(2024, 1, 1))
    dock.output_widget.setFilePath(str(tmp_path / "out.gpkg"))
    outcomes, steps = [], []
    dock.run_finished.connect(outcomes.append)
    FakePipeline.step_seconds = 5.0  # 4 steps of 5 s: cancel must not wait for them
    dock.run()
    dock.runner.step.connect(steps.append)
    wait_for(lambda: steps)
    dock.cancel()
    started = time.monotonic()
    wait_for(lambda: outcomes, timeout=10)
    assert time.monotonic() - started < 2.0
    assert outcomes == ["cancelled"]
    assert steps == [STEPS[0]]
    assert not (tmp_path / "out.gpkg").exists()
    assert QgsProject.instance().layerTreeRoot().findGroup("NetLoad SP 2024-01-01–2024-01-01") is None
    assert dock.run_button.isEnabled()


def test_failure_goes_to_the_message_bar_with_details(dock, fake_run):
    FakePipeline.fail_at_step = STEPS[1]
    dock.run()
    wait_for(lambda: fake_run)
    assert fake_run == ["failed"]
    critical = " ".join(bar_messages(dock.iface.messageBar(), Qgis.MessageLevel.Critical))
    assert "503" in critical
    assert "503" in dock.step_label.text()


def test_the_next_session_remembers_the_last_run(dock, fake_pipeline, tmp_path, repo_root):
    from netload_plugin.gui.dock import NetLoadDock

    dock.pipeline_id = fake_pipeline
    dock.region.set_states(["PR", "SC", "RS"])
    dock.period.set_period(date(2024, 1, 1), date(2024, 1, 31))
    dock.data.set_mode(DATA_LOCAL)
    dock.output_widget.setFilePath(str(tmp_path / "out.gpkg"))
    files = demo_files(repo_root)
    for key, path in files.items():
        dock.data.set_source(key, str(path))
    dock.data.set_ons_dataset(ONS_CURVA_CARGA)
    outcomes = []
    dock.run_finished.connect(outcomes.append)
    dock.run()
    wait_for(lambda: outcomes)
    later = NetLoadDock(dock.iface)
    try:
        assert later.region.states() == ["PR", "SC", "RS"]
        assert (later.period.start(), later.period.end()) == (date(2024, 1, 1), date(2024, 1, 31))
        assert later.data.mode() == DATA_LOCAL
        assert later.data.sources() == {key: str(path) for key, path in files.items()}  # the four paths
        assert later.data.ons_dataset() == ONS_CURVA_CARGA
        assert later.output_widget.filePath() == ""  # each run gets its own file unless one is named
    finally:
        later.deleteLater()


def test_algorithm_outputs_are_styled_by_the_post_processor(fake_pipeline):
    import processing

    results = processing.runAndLoadResults("netloadtest:styled_zones", {"OUTPUT": "TEMPORARY_OUTPUT"})
    layer = QgsProject.instance().mapLayer(results["OUTPUT"])
    assert layer is not None
    assert isinstance(layer.renderer(), QgsGraduatedSymbolRenderer)
    assert layer.renderer().classAttribute() == '"hidden_load_mw"'
    assert layer.renderer().ranges()[0].lowerValue() == min(v[1] for v in ZONE_VALUES.values())
    QgsProject.instance().removeMapLayer(layer)


def test_help_button_opens_the_desktop_guide_in_the_analysts_language(repo_root):
    from netload_plugin.gui.dock_actions import guide_url

    assert guide_url("pt_BR").toLocalFile() == str(repo_root / "docs" / "desktop.pt_BR.md")
    assert guide_url("en_US").toLocalFile() == str(repo_root / "docs" / "desktop.md")
    assert (repo_root / "docs" / "desktop.pt_BR.md").is_file() and (repo_root / "docs" / "desktop.md").is_file()
