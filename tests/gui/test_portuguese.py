"""With QGIS's locale overridden to pt_BR, the dock, the chart and the provider speak Portuguese."""

import json
from datetime import date

import pytest
from qgis.core import QgsSettings

from netload_plugin import translation
from netload_plugin.geo.chart import series_label
from netload_plugin.gui.dock import NetLoadDock
from netload_plugin.gui.run_request import RunRequest, RunRequestError, validate
from netload_plugin.processing.provider import NetLoadProvider
from tests.support.iface import RecordingInterface


def test_dock_comes_out_in_portuguese(portuguese, qgis_iface):
    dock = NetLoadDock(RecordingInterface(qgis_iface))
    try:
        assert dock.run_button.text() == "Executar"
        assert dock.cancel_button.text() == "Cancelar"
        assert dock.region.title() == "Região"
        assert dock.region.states_button.text() == "Estados"
        assert dock.tabs.tabText(1) == "Gráfico"
        assert dock.data.mode_combo.itemText(1) == "Arquivos locais"
        assert dock.rooftops.title() == "Procurar FV em telhados não declarada (opcional)"
    finally:
        dock.deleteLater()


def test_chart_and_messages_come_out_in_portuguese(portuguese):
    assert series_label("undeclared_pv_mw") == "FV não declarada (suspeita)"
    assert series_label("net_load_mw") == "Carga líquida (ONS)"
    with pytest.raises(RunRequestError, match="Escolha pelo menos um estado"):
        validate(RunRequest(states=[]))


def test_provider_groups_and_algorithms_come_out_in_portuguese(portuguese):
    from netload_plugin.processing.base import (
        GROUP_MODEL,
        GROUP_ROOFTOPS,
        GROUP_SOURCES,
        GROUP_WORKFLOW,
        NetLoadAlgorithm,
    )
    from netload_plugin.processing.provider import algorithm_classes

    assert NetLoadProvider().longName().startswith("NetLoad — carga oculta na rede brasileira")

    class Probe(NetLoadAlgorithm):
        pass

    groups = {}
    for group in (GROUP_SOURCES, GROUP_MODEL, GROUP_ROOFTOPS, GROUP_WORKFLOW):
        Probe.GROUP = group
        groups[group] = Probe().group()
    assert groups == {
        GROUP_SOURCES: "Fontes de dados",
        GROUP_MODEL: "Modelo de carga oculta",
        GROUP_ROOFTOPS: "FV em telhados",
        GROUP_WORKFLOW: "Fluxo de trabalho",
    }
    portuguese_texts = set(
        json.loads((translation.I18N_DIR / "pt_BR_source.json").read_text(encoding="utf-8")).values()
    )
    for algorithm_class in algorithm_classes():
        algorithm = algorithm_class()
        assert algorithm.displayName() in portuguese_texts, algorithm.name()
        assert algorithm.group() in groups.values(), algorithm.name()


def test_strings_inherited_from_a_base_class_come_out_in_portuguese(portuguese):
    """tr() walks the class hierarchy: a string written in a base class keeps its Portuguese in subclasses."""
    from qgis.PyQt.QtCore import QCoreApplication

    from netload_plugin.processing.algorithms.download_aneel_siga import DownloadAneelSiga
    from netload_plugin.processing.algorithms.download_ons_load import DownloadOnsLoad

    refresh = "Download again (ignore the cache)"  # written in the ANEEL base class, not in DownloadAneelSiga
    assert QCoreApplication.translate("DownloadAneelSiga", refresh) == refresh
    siga = DownloadAneelSiga()
    siga.initAlgorithm()
    assert siga.parameterDefinition("REFRESH").description() == "Baixar de novo (ignorar o cache)"
    assert siga.parameterDefinition("URL").description() == "URL ou arquivo do SIGA (.csv ou .zip)"

    class LocalOnsLoad(DownloadOnsLoad):  # a context the .qm has never heard of
        pass

    assert LocalOnsLoad().displayName() == DownloadOnsLoad().displayName()
    assert LocalOnsLoad().displayName() == "Baixar a carga do ONS (carga verificada / curva de carga)"
    assert LocalOnsLoad().tr("no such string") == "no such string"


@pytest.fixture()
def qgis_started_in_portuguese(qgis_app):
    """QGIS started with ``--lang pt_BR`` (QgsApplication's translation), no Options override."""
    from qgis.core import QgsApplication

    settings = QgsSettings()
    saved = settings.value("locale/overrideFlag")
    settings.setValue("locale/overrideFlag", False)
    QgsApplication.setTranslation("pt_BR")
    translation.remove_translator()
    translation.install_translator()
    yield
    translation.remove_translator()
    QgsApplication.setTranslation("")
    if saved is None:
        settings.remove("locale/overrideFlag")
    else:
        settings.setValue("locale/overrideFlag", saved)


def test_the_dock_follows_the_language_qgis_was_started_in(qgis_started_in_portuguese, qgis_iface):
    assert translation.user_locale() == "pt_BR"
    dock = NetLoadDock(RecordingInterface(qgis_iface))
    try:
        assert dock.run_button.text() == "Executar"
        assert dock.actions.help_button.text() == "Ajuda"
        assert dock.rooftops.install_button.text() == "Instalar onnxruntime"
        assert _narrowest_width_clips_nothing(dock)  # longer Portuguese labels widen the dock instead
    finally:
        dock.deleteLater()


def test_numbers_dates_and_core_messages_in_portuguese(qgis_started_in_portuguese):
    import pandas as pd

    from netload_plugin.core import input_sniffing
    from netload_plugin.geo.chart import area_title, format_metric, format_number, time_label
    from netload_plugin.geo.field_aliases import field_label

    assert format_number(20000, 0) == "20.000" and format_number(0.2245, 3) == "0,225"  # not "20,000", "0.224"
    assert format_metric("bias_mw", 12.34) == "+12,3"
    assert time_label(pd.Timestamp("2024-01-02 15:00"), True) == "02/01 15:00"
    assert area_title("S") == "Sul (S)"
    assert field_label("real_load_mw") == "Carga real (MW)"
    assert input_sniffing.kind_name(input_sniffing.NASA_POWER) == "um CSV do NASA POWER"
    with pytest.raises(RunRequestError, match="informe um arquivo para Cadastro de GD da ANEEL, Polígonos"):
        validate(RunRequest(states=["PR"], start=date(2024, 1, 1), end=date(2024, 1, 2), data_mode="local"))


def test_network_and_onnxruntime_errors_in_portuguese(qgis_started_in_portuguese):
    from netload_plugin.core.optional_dependencies import install_instructions
    from netload_plugin.net.session import _status_message

    message = _status_message("https://x/a.csv", 404, "Not Found", "")
    assert message.endswith("O arquivo não está lá: confira a URL (as fontes às vezes mudam seus arquivos de lugar).")
    assert install_instructions().startswith("Instale-o uma vez, pelo QGIS: o botão 'Instalar onnxruntime'")


def _narrowest_width_clips_nothing(dock) -> bool:
    from qgis.PyQt.QtCore import Qt
    from qgis.PyQt.QtWidgets import QApplication, QMainWindow, QWidget

    window = QMainWindow()
    window.setCentralWidget(QWidget())
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    window.resize(1300, 700)
    window.show()
    window.resizeDocks([dock], [100], Qt.Orientation.Horizontal)
    QApplication.processEvents()
    clipped = dock.scroll.horizontalScrollBar().maximum()
    window.removeDockWidget(dock)
    window.deleteLater()
    return dock.width() == dock.minimumWidth() and clipped == 0


def _summary_gpkg(path, rows):
    """A hidden_load_summary table as hidden_load writes it (the fields summary_text reads)."""
    from osgeo import ogr

    dataset = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    table = dataset.CreateLayer("hidden_load_summary", geom_type=ogr.wkbNone)
    table.CreateField(ogr.FieldDefn("area", ogr.OFTString))
    for name in ("hidden_load_mwh", "capacity_factor", "energy_ratio", "nmae_daylight", "correlation", "bias_mw"):
        table.CreateField(ogr.FieldDefn(name, ogr.OFTReal))
    for values in rows:
        feature = ogr.Feature(table.GetLayerDefn())
        for name, value in values.items():
            if value is not None:
                feature.SetField(name, value)
        table.CreateFeature(feature)
    dataset = None
    return path


def test_the_run_summary_comes_out_in_portuguese_with_portuguese_numbers(portuguese, tmp_path):
    """run_pipeline's SUMMARY (and last log line): words translated, thousands with dots, decimals with commas,
    a metric without a value as a dash; an ONS area by its name."""
    from netload_plugin.processing.algorithms._pipeline_run import summary_text, tr

    gpkg = _summary_gpkg(tmp_path / "run.gpkg", [
        {"area": "S", "hidden_load_mwh": 1413233.6, "capacity_factor": 0.21649, "energy_ratio": 1.34812,
         "nmae_daylight": 0.38104, "correlation": 0.99461, "bias_mw": 492.464},
        {"area": "SE-CENTRO", "hidden_load_mwh": 12.4, "capacity_factor": 0.1, "energy_ratio": None,
         "nmae_daylight": None, "correlation": None, "bias_mw": -3.06},
    ])
    assert summary_text(gpkg, tr("ONS's MMGD")).splitlines()[0] == (
        "Sul (S): carga oculta 1.413.234 MWh, fator de capacidade 0,216; comparada com a MMGD do ONS: razão de "
        "energia 1,348, nMAE diurno 0,381, correlação 0,995, viés +492,5 MW")
    assert summary_text(gpkg, tr("the load table's MMGD")).splitlines()[1] == (
        "SE-CENTRO: carga oculta 12 MWh, fator de capacidade 0,100; comparada com a MMGD da tabela de carga: razão "
        "de energia –, nMAE diurno –, correlação –, viés -3,1 MW")


def _zones_layer(values):
    from qgis.core import QgsGeometry

    from tests.support.layers import memory_layer

    rows = []
    for index, value in enumerate(values):
        x = -50 + index
        polygon = QgsGeometry.fromWkt(f"POLYGON(({x} -20,{x + 1} -20,{x + 1} -19,{x} -19,{x} -20))")
        rows.append((polygon, [f"Z{index}", value]))
    return memory_layer("Polygon?crs=EPSG:4674", [("zone_id", "string"), ("hidden_load_mwh", "double")], rows)


@pytest.mark.parametrize("values, first_low, last_high", [
    ((12.0, 30.0, 75.0, 150.0, 420.0, 1234.0, 2480.0), "12", "2.480"),  # thousands with a dot
    ((1.2, 2.4, 4.8, 9.6, 19.2, 38.4, 76.8), "1,2", "76,8"),  # decimals with a comma
])
def test_map_legend_numbers_in_portuguese(qgis_started_in_portuguese, values, first_low, last_high):
    """The choropleth's class labels (map legend, report legend) write numbers as Portuguese does, with QGIS
    started with --lang pt_BR: the lowest bound is the layer's smallest value, the highest its largest."""
    from netload_plugin.geo.styles import style_output_layer

    layer = _zones_layer(values)
    style_output_layer(layer)
    labels = [band.label() for band in layer.renderer().ranges()]
    assert labels[0].startswith(f"{first_low} – ") and labels[-1].endswith(f" – {last_high} MWh")
    for label in labels:  # every bound is a Portuguese number: digits, thousands dots, a decimal comma
        low, high = label[:-len(" MWh")].split(" – ")
        for bound in (low, high):
            assert bound.replace(".", "").replace(",", "", 1).isdigit(), label
            assert "," not in bound or bound.index(",") == len(bound) - 2, label


def test_a_run_without_irradiance_in_the_period_fails_in_portuguese(qgis_started_in_portuguese):
    """The message the dock showed in English in the Portuguese desktop (issue 17 item 3, seen in the walk)."""
    import numpy as np

    from netload_plugin.core.zone_generation import _live_stations

    with pytest.raises(ValueError, match="nenhuma estação ou célula de irradiância tem valor no período"):
        _live_stations(np.full((24, 2), np.nan), [-25.4, -27.6], [-49.3, -48.5])


def test_every_capacity_field_and_the_options_numbers_in_portuguese(qgis_started_in_portuguese):
    """Seen in the walk: cap_ufv_kw… had no alias in the attribute table, the Options page wrote 14.08 %."""
    from qgis.PyQt.QtWidgets import QDoubleSpinBox

    from netload_plugin.core.gd_aggregate import category_fields
    from netload_plugin.geo.field_aliases import field_label
    from netload_plugin.gui.settings_page import NetLoadSettingsWidget

    assert [name for name in category_fields() if field_label(name) == name] == []
    assert field_label("cap_ufv_kw") == "Potência de GD, solar FV (kW)"
    page = NetLoadSettingsWidget()
    try:
        spin = next(box for box in page.findChildren(QDoubleSpinBox) if box.suffix() == " %")
        spin.setValue(14.08)
        assert spin.text() == "14,08 %"
    finally:
        page.deleteLater()


def test_the_irradiance_notes_of_the_log_in_portuguese(qgis_started_in_portuguese):
    """The zone-generation notes (core, no Qt) were English words with English numbers in the Portuguese log."""
    import numpy as np

    from netload_plugin.core import zone_generation

    assert zone_generation._share(1234, 5000) == "1.234 de 5.000 (24,68 %)"
    result = zone_generation.estimate([-25.4], [-49.3], [1000.0], "2024-01-01", "2024-01-02", 60,
                                      zone_generation.MODE_CLIMATOLOGY, [-25.5], [-49.3],
                                      monthly_wh_m2_day=np.full((12, 1), 5000.0))
    # 0.1° of latitude on a 6,371 km sphere: 11.12 km, written with a decimal comma
    assert result.notes[0] == "Climatologia LABREN: célula do atlas mais próxima a no máximo 11,1 km"
