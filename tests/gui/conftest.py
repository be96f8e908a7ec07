"""Fixtures for the dock tests: a docked panel in a real main window and the fake pipeline."""

import time
from datetime import date

import pytest
from qgis.core import QgsApplication, QgsProject, QgsSettings
from qgis.PyQt.QtCore import QCoreApplication

from netload_plugin.gui.dock import NetLoadDock
from tests.support.fake_pipeline import ALGORITHM_ID, FakePipeline, FakeProvider
from tests.support.iface import RecordingInterface


@pytest.fixture()
def fake_pipeline(qgis_app, qgis_processing):
    registry = QgsApplication.processingRegistry()
    provider = FakeProvider()
    registry.addProvider(provider)
    yield ALGORITHM_ID
    FakePipeline.step_seconds, FakePipeline.fail_at_step = 0.0, ""
    registry.removeProvider(provider)


@pytest.fixture()
def dock(qgis_app, qgis_iface):
    QgsSettings().remove("netload/dock")
    iface = RecordingInterface(qgis_iface)
    iface.messageBar().clear_messages()
    iface.messageBar().clearWidgets()  # real items a previous dock pushed
    panel = NetLoadDock(iface, iface.window)
    panel.resize(420, 900)
    yield panel
    panel.shutdown()
    panel.deleteLater()
    QgsProject.instance().removeAllMapLayers()
    QgsProject.instance().layerTreeRoot().removeAllChildren()
    QgsSettings().remove("netload/dock")


@pytest.fixture()
def fake_run(dock, fake_pipeline, tmp_path):
    """The dock set to run the fake pipeline for SP on one day into tmp_path/out.gpkg; yields its outcomes."""
    dock.pipeline_id = fake_pipeline
    dock.region.set_states(["SP"])
    dock.period.set_period(date(2024, 1, 1), date(2024, 1, 1))
    dock.output_widget.setFilePath(str(tmp_path / "out.gpkg"))
    outcomes = []
    dock.run_finished.connect(outcomes.append)
    return outcomes


def wait_for(predicate, timeout=30.0):
    """Spin the Qt event loop until ``predicate()`` is true; fail after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError("timed out waiting for the dock")
        QCoreApplication.processEvents()
        time.sleep(0.005)


def bar_messages(bar, level) -> list:
    """``title:text`` of the message bar's current entries at ``level`` (the dock pushes real items)."""
    return [f"{item.title()}:{item.text()}" for item in bar.items() if item.level() == level]


def demo_files(repo_root):
    """Source key → the bundled demo's file for it (NASA POWER irradiance, ONS curva de carga)."""
    demo = repo_root / "demo"
    return {
        "aneel_gd": demo / "gd_units_GENERATED_PR_SC_RS.zip",
        "municipalities": demo / "municipalities_PR_SC_RS.gpkg",
        "irradiance": demo / "nasa_power_daily_2024-01_south.csv",
        "ons_load": demo / "ons_curva_carga_S_2024-01.csv",
    }
