"""The analyst's second hour (issue 17): messages, width, wheel, defaults, sniffing, settings, demo, zones."""

import json
from datetime import date
from pathlib import Path

import pytest
from qgis.core import Qgis, QgsApplication, QgsFeature, QgsGeometry, QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QDate, QDateTime, QPoint, QPointF, Qt
from qgis.PyQt.QtGui import QWheelEvent
from qgis.PyQt.QtTest import QTest
from qgis.PyQt.QtWidgets import QApplication, QPushButton, QWidget

from netload_plugin.gui import dock_state
from netload_plugin.gui.dock import MINIMUM_WIDTH
from netload_plugin.gui.messages import STATUS_CHARACTERS, TIMEOUT_SECONDS, first_line
from netload_plugin.gui.output_folder import default_output_folder
from netload_plugin.gui.results import table_name
from netload_plugin.gui.run_request import DATA_LOCAL, ONS_CARGA_VERIFICADA, ONS_CURVA_CARGA, build_run_parameters
from tests.gui.conftest import bar_messages, demo_files, wait_for
from tests.support.fake_pipeline import STEPS, FakePipeline

TRACEBACK = "Traceback (most recent call last):\n" + "  File \"x.py\", line 1, in f\n" * 60 + "TypeError: " + "x" * 3000


def _run(dock, outcomes):
    dock.run()
    wait_for(lambda: outcomes)
    return outcomes.pop()


def test_a_long_failure_shows_one_line_and_keeps_the_dock_narrow(dock, fake_run, monkeypatch):
    dock.show()
    width_before = dock.minimumSizeHint().width()
    monkeypatch.setattr(FakePipeline, "fail_at_step", STEPS[1])
    monkeypatch.setattr("tests.support.fake_pipeline.QgsProcessingException", lambda _text: RuntimeError(TRACEBACK))
    assert _run(dock, fake_run) == "failed"
    shown = dock.step_label.text()
    assert "\n" not in shown and len(shown) <= STATUS_CHARACTERS
    assert shown.startswith("Failed: Traceback")
    assert "TypeError" in dock.step_label.toolTip()  # the whole text is one hover away
    assert dock.minimumSizeHint().width() == width_before <= MINIMUM_WIDTH + 40
    # the line wraps in the panel rather than being cut at its edge (seen in the desktop walk)
    assert dock.step_label.heightForWidth(300) > 1.5 * dock.step_label.fontMetrics().height()
    critical = [item for item in dock.iface.messageBar().items() if item.level() == Qgis.MessageLevel.Critical]
    assert len(critical) == 1 and critical[0].duration() == 0  # a failure stays until dismissed...
    more = [b for b in critical[0].findChildren(QPushButton) if b.text() == "Show more"]
    assert more  # ...and its details are behind "Show more"


def test_a_new_run_clears_the_old_failure_and_success_times_out(dock, fake_run, tmp_path):
    FakePipeline.fail_at_step = STEPS[1]
    assert _run(dock, fake_run) == "failed"
    assert bar_messages(dock.iface.messageBar(), Qgis.MessageLevel.Critical)
    FakePipeline.fail_at_step = ""
    assert _run(dock, fake_run) == "finished"
    bar = dock.iface.messageBar()
    assert bar_messages(bar, Qgis.MessageLevel.Critical) == []  # the red bar did not come back
    success = [item for item in bar.items() if item.level() == Qgis.MessageLevel.Success]
    assert len(success) == 1 and success[0].duration() == TIMEOUT_SECONDS
    assert str(tmp_path / "out.gpkg") in success[0].text()  # where the results are
    assert [b.text() for b in success[0].findChildren(QPushButton)] == ["Open folder"]
    assert not dock.step_label.text().startswith("Failed")


def test_first_line_skips_blank_lines_and_cuts_long_ones():
    assert first_line("\n\n  GDAL said no  \nmore") == "GDAL said no"
    cut = first_line("y" * 500, 20)
    assert len(cut) == 20 and cut.endswith("…")


def test_minimum_width_and_the_wheel_scrolls_the_panel(dock):
    window = dock.iface.window  # docked as QGIS docks it, at its narrowest
    window.setCentralWidget(QWidget())  # the map's place
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    window.resize(1300, 700)
    window.show()
    window.resizeDocks([dock], [200], Qt.Orientation.Horizontal)
    QApplication.processEvents()
    assert dock.width() == dock.minimumWidth() == MINIMUM_WIDTH
    assert dock.scroll.horizontalScrollBar().maximum() == 0  # nothing clipped sideways
    combo = dock.data.ons_combo
    index, bar = combo.currentIndex(), dock.scroll.verticalScrollBar()
    assert bar.maximum() > 0
    bar.setValue(0)
    centre = QPointF(combo.rect().center())
    event = QWheelEvent(centre, QPointF(combo.mapToGlobal(combo.rect().center())), QPoint(0, 0), QPoint(0, -120),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(combo, event)
    assert combo.currentIndex() == index and bar.value() > 0


def test_default_output_is_beside_the_saved_project_else_documents(dock, tmp_path):
    dock.region.set_states(["PR"])
    dock.period.set_period(date(2024, 1, 1), date(2024, 1, 2))
    request = dock.current_request()
    assert Path(request.output_gpkg).parent == default_output_folder()
    assert default_output_folder().name == "NetLoad" and "netload-" not in str(default_output_folder())
    project = QgsProject.instance()
    try:
        project.setFileName(str(tmp_path / "analysis.qgz"))
        assert Path(dock.current_request().output_gpkg) == tmp_path / "netload_PR_20240101_20240102.gpkg"
    finally:
        project.setFileName("")


def test_a_curva_de_carga_given_as_carga_verificada_is_refused_before_the_run(dock, fake_pipeline, repo_root, tmp_path):
    dock.pipeline_id = fake_pipeline
    files = demo_files(repo_root)
    dock.region.set_states(["PR"])
    dock.data.set_mode(DATA_LOCAL)
    for key, path in files.items():
        dock.data.set_source(key, str(path))
    dock.data.set_ons_dataset(ONS_CARGA_VERIFICADA)
    dock.output_widget.setFilePath(str(tmp_path / "o.gpkg"))
    dock.run()
    assert dock.runner is None  # nothing started
    expected = "ONS load: ons_curva_carga_S_2024-01.csv looks like ONS's curva de carga CSV: choose 'Curva de carga'."
    assert dock.step_label.text() == expected
    assert any(expected in m for m in bar_messages(dock.iface.messageBar(), Qgis.MessageLevel.Warning))


def test_typing_a_whole_date_over_the_selection_sets_the_year(dock):
    edit = dock.period.start_edit
    edit.setDate(QDate(2025, 11, 1))
    edit.show()
    edit.setFocus()
    for typed, expected in (("2024-01-15", QDate(2024, 1, 15)), ("20230207", QDate(2023, 2, 7))):
        QTest.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        QTest.keyClicks(edit, typed)
        assert edit.date() == expected, typed


def test_settings_save_and_load_round_trip(dock, repo_root, tmp_path):
    files = demo_files(repo_root)
    dock.region.set_states(["SC", "RS"])
    dock.period.set_period(date(2024, 1, 3), date(2024, 1, 9))
    dock.data.set_mode(DATA_LOCAL)
    for key, path in files.items():
        dock.data.set_source(key, str(path))
    dock.data.set_ons_dataset(ONS_CURVA_CARGA)
    dock.report_check.setChecked(True)
    path = dock.actions.save(tmp_path / "run.json")
    document = json.loads(path.read_text(encoding="utf-8"))
    assert document["format"] == "netload-run-settings" and document["states"] == ["SC", "RS"]

    from netload_plugin.gui.dock import NetLoadDock

    other = NetLoadDock(dock.iface)
    try:
        assert other.actions.load(path)
        assert other.region.states() == ["SC", "RS"]
        assert (other.period.start(), other.period.end()) == (date(2024, 1, 3), date(2024, 1, 9))
        assert other.data.sources() == {key: str(p) for key, p in files.items()}
        assert other.data.ons_dataset() == ONS_CURVA_CARGA and other.report_check.isChecked()
        (tmp_path / "bad.json").write_text("[1, 2]", encoding="utf-8")
        assert not other.actions.load(tmp_path / "bad.json")
        assert "not a NetLoad settings file" in other.step_label.text()
    finally:
        other.deleteLater()


def test_settings_file_from_a_newer_netload_is_refused(tmp_path):
    path = tmp_path / "new.json"
    path.write_text(json.dumps({"format": "netload-run-settings", "version": 99}), encoding="utf-8")
    with pytest.raises(dock_state.SettingsFileError, match="newer NetLoad"):
        dock_state.read_settings_file(path)


def test_the_demo_button_fills_the_panel_from_the_demo_folder(dock, repo_root):
    assert dock.actions.use_demo(repo_root / "demo")
    assert dock.region.states() == ["PR", "SC", "RS"]
    assert (dock.period.start(), dock.period.end()) == (date(2024, 1, 1), date(2024, 1, 7))
    assert dock.data.mode() == DATA_LOCAL and dock.data.ons_dataset() == ONS_CURVA_CARGA
    assert dock.data.sources() == {key: str(path) for key, path in demo_files(repo_root).items()}
    # the load: ONS's hourly table with its MMGD, mapped exactly as `make demo` maps it
    from scripts.run_demo import DEMO_LOAD_TABLE

    params = build_run_parameters(dock.current_request())
    assert {key: value for key, value in params.items() if key.startswith("LOAD_")} == DEMO_LOAD_TABLE
    assert "ONS_URL" not in params


def test_fields_get_aliases_and_display_precision(dock, fake_run):
    assert _run(dock, fake_run) == "finished"
    layers = {table_name(layer): layer for layer in dock.last_layers}
    zones = layers["zones"]
    index = zones.fields().indexOf("hidden_load_mw")
    assert zones.attributeDisplayName(index) == "Hidden load (MW)"
    setup = zones.editorWidgetSetup(index)
    assert setup.type() == "Range" and setup.config()["Precision"] == 1
    # the attribute table shows 1 decimal: the formatter the table uses says so
    formatter = QgsApplication.fieldFormatterRegistry().fieldFormatter(setup.type())
    assert formatter.representValue(zones, index, setup.config(), None, 900.04) == "900.0"
    assert zones.name() == "Hidden load per zone" and table_name(zones) == "zones"


def test_a_zone_picked_on_the_map_shows_its_own_curve(dock):
    zones = QgsVectorLayer("Polygon?crs=EPSG:4674&field=ibge_code:string&field=name:string", "zones", "memory")
    zone = QgsFeature(zones.fields())
    zone.setAttributes(["4106902", "Curitiba"])
    zone.setGeometry(QgsGeometry.fromWkt("POLYGON((-49.4 -25.6,-49.2 -25.6,-49.2 -25.3,-49.4 -25.3,-49.4 -25.6))"))
    zones.dataProvider().addFeatures([zone])
    generation = QgsVectorLayer("None?field=zone_id:string&field=time_utc:datetime&field=generation_mw:double",
                                "gd_generation", "memory")
    rows = []
    for zone_id, hour, value in (("4106902", 15, 2.5), ("4106902", 16, 2.0), ("4205407", 15, 9.0)):
        feature = QgsFeature(generation.fields())
        feature.setAttributes([zone_id, QDateTime(2024, 1, 2, hour, 0, 0, 0, Qt.TimeSpec.UTC), value])
        rows.append(feature)
    generation.dataProvider().addFeatures(rows)
    dock.chart.set_run_layers([zones, generation])
    assert dock.chart.show_zone(next(zones.getFeatures()))
    frame = dock.chart.canvas.frame
    assert list(frame["registered_gd_mw"]) == [2.5, 2.0]  # Curitiba's own rows, not Florianópolis's
    assert dock.chart.area_combo.currentText() == "Curitiba (4106902)"


def test_install_button_shows_only_without_onnxruntime(dock):
    from importlib import util

    available = util.find_spec("onnxruntime") is not None
    assert dock.rooftops.refresh_dependency_state() == available
    assert dock.rooftops.install_button.isVisibleTo(dock.rooftops) == (not available)


def test_the_run_tables_go_to_one_workbook_with_translated_headers(dock, fake_run, tmp_path):
    from osgeo import ogr

    from tests.support.fake_pipeline import ZONE_VALUES, hourly_rows

    assert _run(dock, fake_run) == "finished"
    assert dock.chart.tables_button.isEnabled()
    path = dock.chart.export_run_tables(tmp_path / "run.xlsx")
    workbook = ogr.Open(str(path))
    sheets = {workbook.GetLayer(i).GetName(): workbook.GetLayer(i) for i in range(workbook.GetLayerCount())}
    assert set(sheets) == {"Hidden load per zone", "hidden_load"}  # the fake's table has no NetLoad title
    zones = sheets["Hidden load per zone"]
    rows = {row["ONS area"]: row["Hidden load (MW)"] for row in zones}
    assert rows == {area: values[1] for area, values in ZONE_VALUES.items()}
    assert sheets["hidden_load"].GetFeatureCount() == len(list(hourly_rows("2024-01-01")))


def _generation_layer(rows):
    """A gd_generation table (zone_id, time_utc, generation_mw, capacity_kw) with hours of 2 January 2024."""
    generation = QgsVectorLayer("None?field=zone_id:string&field=time_utc:datetime&field=generation_mw:double"
                                "&field=capacity_kw:double", "gd_generation", "memory")
    features = []
    for zone_id, hour, value, capacity in rows:
        feature = QgsFeature(generation.fields())
        feature.setAttributes([zone_id, QDateTime(2024, 1, 2, hour, 0, 0, 0, Qt.TimeSpec.UTC), value, capacity])
        features.append(feature)
    generation.dataProvider().addFeatures(features)
    return generation


def _zones_layer(rows):
    """A run's zones layer: ibge_code, name, area (the load table's id it adds to), undeclared_pv_mwh."""
    zones = QgsVectorLayer("Polygon?crs=EPSG:4674&field=ibge_code:string&field=name:string&field=area:string"
                           "&field=undeclared_pv_mwh:double", "zones", "memory")
    features = []
    for index, values in enumerate(rows):
        feature = QgsFeature(zones.fields())
        feature.setAttributes(list(values))
        x = -50 + index
        feature.setGeometry(QgsGeometry.fromWkt(f"POLYGON(({x} -25,{x + 1} -25,{x + 1} -24,{x} -24,{x} -25))"))
        features.append(feature)
    zones.dataProvider().addFeatures(features)
    return zones


def test_a_zone_shows_its_registered_gd_and_undeclared_pv(dock):
    """A zone of an ONS area: its own registered GD, and its undeclared PV spread over its per-kW profile
    (hidden_load's rule) so that it sums to the zone's undeclared_pv_mwh — here by hand."""
    from netload_plugin.geo.chart import chart_title

    zones = _zones_layer([("4106902", "Curitiba", "S", 3.0), ("4101903", "Assaí", "S", 1.6),
                          ("3550308", "São Paulo", "SECO", 0.0)])
    generation = _generation_layer([
        ("4106902", 15, 2.0, 1000.0), ("4106902", 16, 4.0, 1000.0), ("4106902", 17, 2.0, 1000.0),
        ("4101903", 15, 0.0, 0.0), ("4101903", 16, 0.0, 0.0), ("4101903", 17, 0.0, 0.0),  # no registered fleet
        ("3550308", 15, 5.0, 500.0), ("3550308", 16, 5.0, 500.0), ("3550308", 17, 5.0, 500.0)])
    dock.chart.set_run_layers([zones, generation])
    curitiba, assai, _sao_paulo = zones.getFeatures()
    assert dock.chart.show_zone(curitiba)
    frame = dock.chart.canvas.frame
    # per kW: 0.002, 0.004, 0.002 MW → 0.008 MWh per kW; 3.0 MWh / 0.008 = 375 kW → 0.75, 1.5, 0.75 MW
    assert list(frame["registered_gd_mw"]) == [2.0, 4.0, 2.0]
    assert list(frame["undeclared_pv_mw"]) == pytest.approx([0.75, 1.5, 0.75])
    assert list(frame["hidden_load_mw"]) == pytest.approx([2.75, 5.5, 2.75])
    assert chart_title(frame, "Curitiba", "UTC") == (
        "Curitiba: registered GD and undeclared PV over time, no load of its own (UTC)")
    # Assaí has no fleet: it borrows the mean profile of its area's zones (Curitiba's), not São Paulo's
    # 1.6 MWh / 0.008 MWh per kW = 200 kW → 0.4, 0.8, 0.4 MW
    assert dock.chart.show_zone(assai)
    assert list(dock.chart.canvas.frame["undeclared_pv_mw"]) == pytest.approx([0.4, 0.8, 0.4])
    assert dock.chart.area_combo.currentText() == "Assaí (4101903)"


def test_a_zone_of_a_load_table_measured_per_zone_shows_its_load(dock):
    """When the load table is measured per zone (each zone's area is its own id) the zone's rows of the
    hidden-load table are its curve: net and real load beside its generation."""
    from netload_plugin.geo.chart import chart_title

    zones = _zones_layer([("4106902", "Curitiba", "4106902", 0.0), ("4205407", "Florianópolis", "4205407", 0.0)])
    generation = _generation_layer([("4106902", 15, 2.0, 1000.0), ("4205407", 15, 9.0, 3000.0)])
    table = QgsVectorLayer("None?field=area:string&field=time_utc:datetime&field=net_load_mw:double"
                           "&field=registered_gd_mw:double&field=undeclared_pv_mw:double&field=hidden_load_mw:double"
                           "&field=real_load_mw:double", "hidden_load_area", "memory")
    rows = []
    for area, hour, net, gd in (("4106902", 15, 300.0, 2.0), ("4106902", 16, 310.0, 1.5), ("4205407", 15, 120.0, 9.0)):
        feature = QgsFeature(table.fields())
        feature.setAttributes([area, QDateTime(2024, 1, 2, hour, 0, 0, 0, Qt.TimeSpec.UTC), net, gd, 0.0, gd, net + gd])
        rows.append(feature)
    table.dataProvider().addFeatures(rows)
    dock.chart.set_run_layers([zones, generation, table])
    assert dock.chart.show_zone(next(zones.getFeatures()))
    frame = dock.chart.canvas.frame
    assert list(frame["net_load_mw"]) == [300.0, 310.0] and list(frame["real_load_mw"]) == [302.0, 311.5]
    assert chart_title(frame, "Curitiba", "UTC") == "Curitiba: load and generation over time (UTC)"


def test_a_click_charts_the_zone_under_it_not_a_neighbour(dock):
    """The pick tool charts the zone whose polygon holds the click, in the canvas's CRS (a click near a
    border at a state's scale used to chart the neighbour Identify's search radius found first)."""
    from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsPointXY

    zones = _zones_layer([("4106902", "Curitiba", "S", 0.0), ("4101804", "Araucária", "S", 0.0)])
    generation = _generation_layer([("4106902", 15, 2.0, 1000.0), ("4101804", 15, 7.0, 3000.0)])
    dock.chart.set_run_layers([zones, generation])
    canvas = dock.chart.map_canvas
    mercator, saved = QgsCoordinateReferenceSystem("EPSG:3857"), canvas.mapSettings().destinationCrs()
    canvas.setDestinationCrs(mercator)
    try:
        to_canvas = QgsCoordinateTransform(zones.crs(), mercator, QgsProject.instance())
        # Araucária's square is x -49..-48; the click is 0.01° inside it, beside Curitiba's (-50..-49)
        assert dock.chart._map_clicked(to_canvas.transform(QgsPointXY(-48.99, -24.5)))
        assert dock.chart.area_combo.currentText() == "Araucária (4101804)"
        assert list(dock.chart.canvas.frame["registered_gd_mw"]) == [7.0]
        assert not dock.chart._map_clicked(to_canvas.transform(QgsPointXY(-40.0, -24.5)))  # no zone there
    finally:
        canvas.setDestinationCrs(saved)


def test_a_runs_load_tables_get_readable_names_and_the_table_used_goes_to_inputs(qgis_app, tmp_path):
    """With the analyst's own load table the GeoPackage also holds load_table (the input as used) and
    load_rejected (its unusable rows): named for people, the input tucked into the Inputs group."""
    from osgeo import ogr

    from netload_plugin.gui.results import load_run_group

    path = tmp_path / "run.gpkg"
    dataset = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    for name in ("load_table", "load_rejected"):
        table = dataset.CreateLayer(name, geom_type=ogr.wkbNone)
        table.CreateField(ogr.FieldDefn("area", ogr.OFTString))
        row = ogr.Feature(table.GetLayerDefn())
        row.SetField("area", "S")
        table.CreateFeature(row)
    dataset = None
    project = QgsProject()  # a project of the test's own, kept alive while its tree is read
    group, _layers = load_run_group({"OUTPUT_GPKG": str(path)}, "run", project)
    assert [child.name() for child in group.children()] == ["Inputs", "Load table rows rejected"]
    assert [node.layer().name() for node in group.findGroup("Inputs").findLayers()] == ["Load table (as used, UTC)"]
