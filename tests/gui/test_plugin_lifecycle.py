"""Loading, unloading and loading the plugin again leaves exactly one of everything."""

import pytest
from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QCoreApplication, QEvent
from qgis.PyQt.QtWidgets import QDockWidget

from netload_plugin import classFactory
from netload_plugin.gui.dock import DOCK_OBJECT_NAME
from netload_plugin.plugin import MENU_NAME
from tests.support.iface import RecordingInterface


def _netload_providers():
    return [p for p in QgsApplication.processingRegistry().providers() if p.id() == "netload"]


def _live_docks(window):
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return window.findChildren(QDockWidget, DOCK_OBJECT_NAME)


@pytest.fixture()
def clean_registry(qgis_app, qgis_processing):
    """Start without a netload provider (integration tests register one) and restore it after."""
    registry = QgsApplication.processingRegistry()
    had_provider = registry.providerById("netload") is not None
    if had_provider:
        registry.removeProvider("netload")
    yield registry
    if had_provider and registry.providerById("netload") is None:
        from netload_plugin.processing.provider import NetLoadProvider

        registry.addProvider(NetLoadProvider())


def test_load_unload_load_leaves_one_of_each(clean_registry, qgis_iface):
    iface = RecordingInterface(qgis_iface)

    first = classFactory(iface)
    first.initGui()
    assert len(_netload_providers()) == 1
    first.unload()
    assert _netload_providers() == []
    assert _live_docks(iface.window) == []
    assert iface.menus.get(MENU_NAME, []) == []
    assert iface.toolbar_actions == []
    assert iface.options_factories == []

    second = classFactory(iface)
    second.initGui()
    try:
        assert len(_netload_providers()) == 1
        assert len(_live_docks(iface.window)) == 1
        assert len(iface.menus[MENU_NAME]) == 1
        assert len(iface.toolbar_actions) == 1
        assert len(iface.options_factories) == 1
        # initProcessing() is called again by QGIS after initGui(): still one provider.
        second.initProcessing()
        assert len(_netload_providers()) == 1
    finally:
        second.unload()
    assert _live_docks(iface.window) == []
    assert iface.options_factories == []


def test_class_factory_and_init_processing_do_no_gui_work(clean_registry, qgis_iface):
    plugin = classFactory(qgis_iface)
    plugin.initProcessing()
    try:
        assert plugin.dock is None and plugin.dock_action is None
        assert len(_netload_providers()) == 1
    finally:
        plugin.unload()
    assert _netload_providers() == []
