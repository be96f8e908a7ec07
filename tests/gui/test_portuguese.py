"""With QGIS's locale overridden to pt_BR, the dock, the chart and the provider speak Portuguese."""

import json

import pytest
from qgis.core import QgsSettings

from netload_plugin import translation
from netload_plugin.geo.chart import series_label
from netload_plugin.gui.dock import NetLoadDock
from netload_plugin.gui.run_request import RunRequest, RunRequestError, validate
from netload_plugin.processing.provider import NetLoadProvider
from tests.support.iface import RecordingInterface


@pytest.fixture()
def portuguese(qgis_app):
    settings = QgsSettings()
    saved = {key: settings.value(key) for key in ("locale/overrideFlag", "locale/userLocale")}
    settings.setValue("locale/overrideFlag", True)
    settings.setValue("locale/userLocale", "pt_BR")
    translation.remove_translator()
    translation.install_translator()
    yield
    translation.remove_translator()
    for key, value in saved.items():
        if value is None:
            settings.remove(key)
        else:
            settings.setValue(key, value)


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
    from netload_plugin.processing.base import GROUP_MODEL, GROUP_ROOFTOPS, GROUP_SOURCES, GROUP_WORKFLOW, NetLoadAlgorithm
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
    portuguese_texts = set(json.loads((translation.I18N_DIR / "pt_BR_source.json").read_text(encoding="utf-8")).values())
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
