"""The dock's "Load" box (ONS's load or the analyst's own load table) and calibration picker: what they pass
to run_pipeline (build_run_parameters, a pure function), what they refuse, and what the panel remembers."""

import json
from datetime import date

import pytest
from qgis.core import QgsProject, QgsVectorLayer

from netload_plugin.core.calibration import Calibration, write_calibration
from netload_plugin.gui import dock_state
from netload_plugin.gui.run_request import (
    DATA_LOCAL,
    LOAD_ONS,
    LOAD_OWN,
    LoadTableChoice,
    RunRequest,
    RunRequestError,
    build_run_parameters,
)
from tests.gui.conftest import demo_files

#: The demo's hourly ONS table with MMGD (demo/README.md), mapped as `make demo` maps it (scripts/run_demo.py).
DEMO_MAPPING = dict(match=1, zone_field="area", time_field="data_hora", time_zone="America/Sao_Paulo",
                    load_field="global_mw", kind=1, net_field="liquida_mw", mmgd_field="mmgd_mw")


def _request(**changes) -> RunRequest:
    request = RunRequest(states=["PR"], start=date(2024, 1, 1), end=date(2024, 1, 2), output_gpkg="/tmp/x.gpkg")
    for key, value in changes.items():
        setattr(request, key, value)
    return request


def _calibration(path):
    write_calibration(path, Calibration({"S": 0.72}, ("2024-01-01", "2024-03-31"), "ONS MMGD", {}, "test"))
    return str(path)


def test_an_own_load_table_goes_as_load_table_parameters_instead_of_the_ons_file(repo_root):
    table = str(repo_root / "demo" / "ons_carga_verificada_S_2024-01_hourly.csv")
    request = _request(load_source=LOAD_OWN, load_table=LoadTableChoice(table=table, **DEMO_MAPPING),
                       sources={"ons_load": "/not/read.csv"})
    params = build_run_parameters(request)
    assert {key: value for key, value in params.items() if key.startswith("LOAD_")} == {
        "LOAD_TABLE": table, "LOAD_MATCH": 1, "LOAD_ZONE_FIELD": "area", "LOAD_TIME_FIELD": "data_hora",
        "LOAD_TIME_ZONE": "America/Sao_Paulo", "LOAD_TIME_LABEL": 0, "LOAD_FIELD": "global_mw", "LOAD_UNIT": 0,
        "LOAD_KIND": 1, "LOAD_NET_FIELD": "liquida_mw", "LOAD_MMGD_FIELD": "mmgd_mw"}
    assert "ONS_URL" not in params  # the ONS row is neither read nor checked
    # a net load has no net-load field (run_pipeline refuses one): a field left from a global choice is dropped
    net = build_run_parameters(_request(load_source=LOAD_OWN, load_table=LoadTableChoice(
        table=table, **{**DEMO_MAPPING, "kind": 0})))
    assert net["LOAD_KIND"] == 0 and "LOAD_NET_FIELD" not in net
    # and with ONS's load nothing of the table goes
    ons = build_run_parameters(_request(load_table=LoadTableChoice(table=table, **DEMO_MAPPING)))
    assert not [key for key in ons if key.startswith("LOAD_")]


def test_local_files_mode_with_an_own_table_needs_no_ons_file(repo_root):
    files = demo_files(repo_root)
    table = LoadTableChoice(table=str(repo_root / "demo" / "ons_carga_verificada_S_2024-01_hourly.csv"),
                            **DEMO_MAPPING)
    sources = {key: str(path) for key, path in files.items() if key != "ons_load"}
    params = build_run_parameters(_request(data_mode=DATA_LOCAL, sources=sources, load_source=LOAD_OWN,
                                           load_table=table))
    assert params["LOAD_TABLE"] == table.table and "ONS_URL" not in params
    with pytest.raises(RunRequestError, match="give a file for ONS load$"):
        build_run_parameters(_request(data_mode=DATA_LOCAL, sources=sources))


@pytest.mark.parametrize("table, message", [
    (LoadTableChoice(table=""), "My own load table: choose a layer or a file."),
    (LoadTableChoice(table="{demo}/ons_carga_verificada_S_2024-01_hourly.csv", time_field=""),
     "My own load table: choose its time field."),
    (LoadTableChoice(table="{demo}/gone.csv", time_field=""), "Load table: the file {demo}/gone.csv does not exist."),
    (LoadTableChoice(table="{demo}/ons_curva_carga_S_2024-01.csv"),
     "Load table: ons_curva_carga_S_2024-01.csv looks like ONS's curva de carga CSV, which is not a load table: "
     "give it as the ONS load file (Load: ONS) with 'Curva de carga'."),
])
def test_an_unusable_own_table_is_refused_in_plain_words(repo_root, table, message):
    table.table = table.table.replace("{demo}", str(repo_root / "demo"))
    with pytest.raises(RunRequestError) as raised:
        build_run_parameters(_request(load_source=LOAD_OWN, load_table=table))
    assert str(raised.value) == message.replace("{demo}", str(repo_root / "demo"))


def test_a_calibration_file_goes_to_the_pipeline_and_a_broken_one_is_named(tmp_path):
    path = _calibration(tmp_path / "calibration_S.json")
    assert build_run_parameters(_request(calibration_file=path))["CALIBRATION"] == path
    assert "CALIBRATION" not in build_run_parameters(_request())
    broken = tmp_path / "notes.json"
    broken.write_text("{}", encoding="utf-8")
    with pytest.raises(RunRequestError, match='^Calibration: notes.json: not a NetLoad calibration file'):
        build_run_parameters(_request(calibration_file=str(broken)))
    with pytest.raises(RunRequestError, match="^Calibration: the file .*absent.json does not exist.$"):
        build_run_parameters(_request(calibration_file=str(tmp_path / "absent.json")))


def test_the_load_box_maps_a_file_hides_the_ons_rows_and_keeps_advanced_collapsed(dock, repo_root, tmp_path):
    assert dock.load.source() == LOAD_ONS and not dock.load.table_combo.isVisibleTo(dock)
    assert dock.data.ons_combo.isVisibleTo(dock)
    dock.load.set_source(LOAD_OWN)
    assert dock.load.table_combo.isVisibleTo(dock) and dock.load.advanced_box.isCollapsed()
    assert not dock.data.ons_combo.isVisibleTo(dock) and not dock.data.source_widgets["ons_load"].isVisibleTo(dock)
    table = repo_root / "demo" / "ons_carga_verificada_S_2024-01_hourly.csv"
    dock.load.set_table_file(str(table))
    # the fields offered are the file's own, and the usual names are chosen for the analyst
    assert [dock.load.time_field.itemText(i) for i in range(dock.load.time_field.count())] == [
        "area", "data_hora", "global_mw", "mmgd_mw", "liquida_mw"]
    assert (dock.load.zone_field.currentField(), dock.load.time_field.currentField()) == ("area", "data_hora")
    assert (dock.load.net_field.currentField(), dock.load.mmgd_field.currentField()) == ("liquida_mw", "mmgd_mw")
    assert not dock.load.net_field.isEnabled()  # net load (the default) has no net-load field
    dock.load.load_field.setField("global_mw")
    dock.load.kind_combo.setCurrentIndex(1)
    assert dock.load.net_field.isEnabled()
    dock.load.match_combo.setCurrentIndex(1)
    dock.load.time_zone.setCurrentText("America/Sao_Paulo")
    dock.region.set_states(["PR", "SC", "RS"])
    dock.output_widget.setFilePath(str(tmp_path / "out.gpkg"))
    params = build_run_parameters(dock.current_request())
    assert params["LOAD_TABLE"] == str(table)
    assert {key: params[key] for key in ("LOAD_MATCH", "LOAD_ZONE_FIELD", "LOAD_TIME_FIELD", "LOAD_TIME_ZONE",
                                         "LOAD_FIELD", "LOAD_KIND", "LOAD_NET_FIELD", "LOAD_MMGD_FIELD")} == {
        "LOAD_MATCH": 1, "LOAD_ZONE_FIELD": "area", "LOAD_TIME_FIELD": "data_hora",
        "LOAD_TIME_ZONE": "America/Sao_Paulo", "LOAD_FIELD": "global_mw", "LOAD_KIND": 1,
        "LOAD_NET_FIELD": "liquida_mw", "LOAD_MMGD_FIELD": "mmgd_mw"}
    dock.load.set_source(LOAD_ONS)
    assert dock.data.ons_combo.isVisibleTo(dock) and "LOAD_TABLE" not in build_run_parameters(dock.current_request())


def test_a_project_layer_goes_by_its_id(dock, tmp_path):
    layer = QgsVectorLayer("None?field=zone_id:string&field=time_utc:string&field=load_mw:double", "scada", "memory")
    QgsProject.instance().addMapLayer(layer)
    dock.load.set_source(LOAD_OWN)
    dock.load.table_combo.setLayer(layer)
    assert (dock.load.zone_field.currentField(), dock.load.time_field.currentField(),
            dock.load.load_field.currentField()) == ("zone_id", "time_utc", "load_mw")
    dock.region.set_states(["PR"])
    dock.output_widget.setFilePath(str(tmp_path / "out.gpkg"))
    params = build_run_parameters(dock.current_request())
    assert params["LOAD_TABLE"] == layer.id() and params["LOAD_FIELD"] == "load_mw"
    assert dock.load.state()["file"] == ""  # a project layer is not remembered across projects


def test_the_load_choices_and_calibration_are_saved_loaded_and_remembered(dock, repo_root, tmp_path):
    from netload_plugin.gui.dock import NetLoadDock

    table = str(repo_root / "demo" / "ons_carga_verificada_S_2024-01_hourly.csv")
    calibration = _calibration(tmp_path / "calibration_S.json")
    dock.load.set_source(LOAD_OWN)
    dock.load.set_table_file(table)
    dock.load.load_field.setField("global_mw")
    dock.load.kind_combo.setCurrentIndex(1)
    dock.load.unit_combo.setCurrentIndex(1)
    dock.load.label_combo.setCurrentIndex(1)
    dock.load.time_format.setText("%d/%m/%Y %H:%M")
    dock.load.time_zone.setCurrentText("UTC-03:00")
    dock.data.set_calibration(calibration)
    saved = dock.actions.save(tmp_path / "run.json")
    document = json.loads(saved.read_text(encoding="utf-8"))
    assert document["calibration"] == calibration
    assert document["load"] == {
        "source": LOAD_OWN, "file": table, "match": 0, "zone_field": "area", "time_field": "data_hora",
        "time_zone": "UTC-03:00", "time_format": "%d/%m/%Y %H:%M", "time_label": 1, "load_field": "global_mw",
        "unit": 1, "kind": 1, "net_field": "liquida_mw", "mmgd_field": "mmgd_mw"}
    dock_state.remember(dock_state.panel_state(dock))
    for later in (NetLoadDock(dock.iface), None):  # the next session; then a fresh panel loading the file
        if later is None:
            later = NetLoadDock(dock.iface)
            later.load.set_source(LOAD_ONS)
            later.data.set_calibration("")
            assert later.actions.load(saved)
        try:
            assert later.load.state() == document["load"] and later.data.calibration() == calibration
            assert later.load.table_file() == table and later.load.table_combo.currentLayer() is None
        finally:
            later.deleteLater()
