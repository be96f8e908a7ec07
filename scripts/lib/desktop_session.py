"""Runs inside the QGIS desktop (``qgis --code``) for scripts/desktop_smoke.py: drives the NetLoad dock.

Each step waits for the previous one through Qt's event loop (never blocks QGIS): fill the demo data,
a run the dock must refuse before any work (a curva de carga CSV given as carga verificada), run, look
at the result (attribute table, a zone clicked on the map, the run tables exported, toolbox, Temporal
Controller, hourly view, CRS), run again; between the first and second good run a run that must fail.
What issue 17 asks of the desktop is recorded as facts (``checks``: widths, texts, message bar, layer
tree, legend, defaults) beside the screenshots. Writes ``NETLOAD_SMOKE_RESULT`` (JSON) and quits QGIS.
"""

import json
import os
import time
import traceback
from datetime import date, timedelta
from pathlib import Path

from qgis.core import (
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsProject,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QPoint, Qt, QTimer
from qgis.PyQt.QtTest import QTest
from qgis.PyQt.QtWidgets import QWidget
from qgis.utils import iface, plugins

RESULT = Path(os.environ["NETLOAD_SMOKE_RESULT"])
OUTPUT = Path(os.environ["NETLOAD_SMOKE_OUTPUT"])
DEMO = Path(os.environ["NETLOAD_SMOKE_DEMO"])
SCREENSHOT = os.environ.get("NETLOAD_SMOKE_SCREENSHOT", "")
RUNS = int(os.environ.get("NETLOAD_SMOKE_RUNS", "3"))
DAYS = int(os.environ.get("NETLOAD_SMOKE_DAYS", "2"))


class Session:
    def __init__(self):
        self.dock = plugins["netload_plugin"].dock
        self.plan = ["refused", "finished"] + (["failed"] if RUNS > 1 else []) + ["finished"] * (RUNS - 1)
        self.runs, self.started = [], 0.0
        self.checks = {}  # facts about issue 17's items, read from the running desktop
        self.log = []  # QGIS's message log: OGR noise and Python errors are findings too
        QgsApplication.messageLog().messageReceived.connect(self.logged)
        self.dock.run_finished.connect(self.finished)

    def logged(self, message, tag, level):
        if tag in ("OGR", "Python error", "Python warning") or int(level) >= 2:
            self.log.append(f"[{tag}] {message[:300]}")

    def start(self):
        self.dock.show()
        self.dock.raise_()
        iface.mainWindow().resizeDocks([self.dock], [600], Qt.Orientation.Horizontal)
        self.dock.actions.use_demo(DEMO)
        self.dock.period.set_period(date(2024, 1, 1), date(2024, 1, 1) + timedelta(days=DAYS - 1))
        self.dock.report_check.setChecked(True)
        self.checks["start"] = start_facts(self.dock)
        page = options_page()
        self.grab_widget(page, "options_page.png")
        page.close()
        QTimer.singleShot(1500, self.next_run)

    def next_run(self):
        index = len(self.runs)
        if index >= len(self.plan):
            self.finish()
            return
        self.prepare(index)
        self.grab(f"run{index}_before.png")
        self.started = time.monotonic()
        self.dock.run()
        if self.dock.runner is None:  # refused before it started
            self.finished("refused")

    def prepare(self, index):
        expected = self.plan[index]
        self.dock.output_widget.setFilePath(str(OUTPUT / f"run{index}.gpkg"))
        self.dock.actions.use_demo(DEMO)
        self.dock.period.set_period(date(2024, 1, 1), date(2024, 1, 1) + timedelta(days=DAYS - 1))
        if expected == "refused":  # ONS's curva de carga CSV given as carga verificada: caught before any step
            from netload_plugin.core.definitions import ONS_DATASETS
            from netload_plugin.gui.run_request import LOAD_ONS

            self.dock.load.set_source(LOAD_ONS)
            self.dock.data.set_ons_dataset(ONS_DATASETS.index("carga_verificada"))
            self.dock.data.set_source("ons_load", str(DEMO / "ons_curva_carga_S_2024-01.csv"))
        if expected == "failed":  # irradiance of another month: the estimate has nothing for these days
            source = (DEMO / "nasa_power_daily_2024-01_south.csv").read_text(encoding="utf-8")
            wrong = OUTPUT / "power_december.csv"
            wrong.write_text(source.replace(",2024,1,", ",2024,12,"), encoding="utf-8")
            self.dock.data.set_source("irradiance", str(wrong))

    def finished(self, outcome):
        index = len(self.runs)
        run = {"index": index, "expected": self.plan[index], "outcome": outcome,
               "seconds": round(time.monotonic() - self.started, 1), "status": self.dock.step_label.text()}
        if outcome == "finished":
            zones = next(layer for layer in self.dock.last_layers if layer.customProperty("netload/table") == "zones")
            run["hidden_load_mwh"] = round(sum(f["hidden_load_mwh"] or 0.0 for f in zones.getFeatures()), 3)
            run["zones_crs"] = zones.crs().authid()
            run["dock_width"] = self.dock.width()
        run["bar"] = bar_messages()
        self.runs.append(run)
        QTimer.singleShot(2500, lambda: self.after_run(index, outcome))

    def after_run(self, index, outcome):
        try:
            self.dock.tabs.setCurrentIndex(1 if outcome == "finished" else 0)
            iface.mapCanvas().refresh()
            iface.mapCanvas().waitWhileRendering()
            self.grab(f"run{index}_after.png")
            if outcome == "finished":
                self.runs[-1].update(result_facts(self.dock))
                self.click_zone(index)
                self.activity(index)
        except Exception:  # noqa: BLE001 (recorded, the session goes on)
            self.runs[-1]["activity_error"] = traceback.format_exc()
        QTimer.singleShot(1000, self.next_run)

    def activity(self, index):
        """What an analyst does between runs."""
        import processing

        zones = next(layer for layer in self.dock.last_layers if layer.customProperty("netload/table") == "zones")
        table = iface.showAttributeTable(zones)
        QgsApplication.processEvents()
        if table is not None:
            table.resize(1100, 500)
            QgsApplication.processEvents()
            self.grab_widget(table, f"run{index}_attributes.png")
            table.close()
        sheets = self.dock.chart.export_run_tables(OUTPUT / f"run{index}.xlsx")
        self.runs[-1]["xlsx"] = str(sheets)
        points = QgsVectorLayer("Point?crs=EPSG:31982&field=n:integer", f"survey {index}", "memory")
        QgsProject.instance().addMapLayer(points)
        processing.run("native:buffer", {"INPUT": points, "DISTANCE": 10, "OUTPUT": "memory:"})
        navigation = iface.mapCanvas().temporalController()
        navigation.setCurrentFrameNumber(12)
        hourly = next((layer for layer in self.dock.last_layers
                       if layer.customProperty("netload/table") == "zones_hourly"), None)
        if hourly is not None:
            node = QgsProject.instance().layerTreeRoot().findLayer(hourly)
            node.setItemVisibilityChecked(True)
            iface.mapCanvas().refresh()
            iface.mapCanvas().waitWhileRendering()
            self.grab(f"run{index}_hourly.png")
            node.setItemVisibilityChecked(False)
        crs = "EPSG:3857" if index % 2 == 0 else "EPSG:4674"
        iface.mapCanvas().setDestinationCrs(QgsCoordinateReferenceSystem(crs))
        iface.mapCanvas().zoomToFullExtent()

    def click_zone(self, index):
        """Pick a zone on the map with the Chart tab's tool and a real mouse click on the canvas."""
        zones = run_layer(self.dock, "zones")
        zone = max(zones.getFeatures(), key=lambda feature: feature["registered_gd_mwh"] or 0)
        canvas = iface.mapCanvas()
        self.dock.tabs.setCurrentIndex(1)
        self.dock.chart.pick_button.setChecked(True)
        to_map = QgsCoordinateTransform(zones.crs(), canvas.mapSettings().destinationCrs(), QgsProject.instance())
        point = to_map.transform(zone.geometry().pointOnSurface().asPoint())
        pixel = canvas.getCoordinateTransform().transform(point)
        QTest.mouseClick(canvas.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                         QPoint(int(pixel.x()), int(pixel.y())))
        QgsApplication.processEvents()
        self.runs[-1]["zone_clicked"] = f"{zone['name']} ({zone['ibge_code']})"
        self.runs[-1]["chart_area"] = self.dock.chart.area_combo.currentText()
        self.grab(f"run{index}_zone.png")
        self.dock.chart.pick_button.setChecked(False)
        self.dock.chart.set_layer(run_layer(self.dock, "hidden_load_area"))

    def grab(self, name):
        iface.mainWindow().grab().save(str(OUTPUT / name), "PNG")

    def grab_widget(self, widget, name):
        if widget is not None:
            widget.grab().save(str(OUTPUT / name), "PNG")

    def finish(self):
        if SCREENSHOT:  # the README picture: the run's result alone, no leftovers of the activity
            project = QgsProject.instance()
            project.removeMapLayers([layer.id() for layer in project.mapLayers().values()
                                     if layer.name().startswith("survey")])
            iface.messageBar().clearWidgets()
            self.dock.tabs.setCurrentIndex(1)
            self.dock.chart.set_layer(run_layer(self.dock, "hidden_load_area"))
            lay_out_for_picture(self.dock)
            iface.mapCanvas().setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:4674"))
            zones = next((layer for layer in self.dock.last_layers
                          if layer.customProperty("netload/table") == "zones"), None)
            if zones is not None:
                iface.mapCanvas().setExtent(zones.extent())
            iface.mapCanvas().refresh()
            iface.mapCanvas().waitWhileRendering()
            QgsApplication.processEvents()
            iface.mainWindow().grab().save(SCREENSHOT, "PNG")
        self.checks["end"] = end_facts(self.dock)
        document = {"runs": self.runs, "checks": self.checks, "log": self.log}
        RESULT.write_text(json.dumps(document, ensure_ascii=False, indent=1), encoding="utf-8")
        QgsProject.instance().setDirty(False)  # no "save the project?" question on exit
        QTimer.singleShot(500, iface.actionExit().trigger)
        QTimer.singleShot(8000, lambda: QgsApplication.exit(0))  # if a dialog held the exit up


def run_layer(dock, table):
    return next((layer for layer in dock.last_layers if layer.customProperty("netload/table") == table), None)


def bar_messages() -> list:
    """The QGIS message bar as the analyst sees it: (level, title: text) of each message still shown."""
    return [(int(item.level()), f"{item.title()}: {item.text()}"[:200]) for item in iface.messageBar().items()]


def lay_out_for_picture(dock) -> None:
    """The README picture: the Layers panel wide enough for the legend (Browser closed), the hourly view's
    legend folded so the zones' classes show, the panel at its usual width."""
    from qgis.PyQt.QtWidgets import QDockWidget

    window = iface.mainWindow()
    window.resize(1440, 820)  # room for the Layers panel's names beside the map and the panel
    QgsApplication.processEvents()
    browser, layers = (window.findChild(QDockWidget, name) for name in ("Browser", "Layers"))
    if browser is not None:
        browser.hide()
    if layers is not None:
        window.resizeDocks([layers, dock], [360, 540], Qt.Orientation.Horizontal)
    hourly = run_layer(dock, "zones_hourly")
    if hourly is not None:
        QgsProject.instance().layerTreeRoot().findLayer(hourly).setExpanded(False)


def start_facts(dock) -> dict:
    """Before any run: language, width, defaults, help, tooltips, the install button, the date edit."""
    from netload_plugin.gui.output_folder import default_output_folder
    from netload_plugin.translation import user_locale

    algorithm = QgsApplication.processingRegistry().algorithmById("netload:run_pipeline")
    labels = [dock.run_button.text(), dock.tabs.tabText(1), dock.actions.help_button.text(),
              dock.actions.demo_button.text(), dock.rooftops.install_button.text()]
    tips = [widget.toolTip() for widget in dock.findChildren(QWidget) if widget.isVisibleTo(dock)]
    return {
        "user_locale": user_locale(), "labels": labels,
        "dock_width": dock.width(), "dock_minimum_width": dock.minimumWidth(),
        "horizontal_scroll": dock.scroll.horizontalScrollBar().maximum(),
        "default_output_folder": str(default_output_folder()),
        "algorithm_start_default": str(algorithm.parameterDefinition("START").defaultValue()),
        "dock_period": [str(dock.period.start()), str(dock.period.end())],
        "visible_widgets_with_tooltip": sum(1 for tip in tips if tip), "visible_widgets": len(tips),
        "install_onnxruntime_shown": dock.rooftops.install_button.isVisibleTo(dock),
        "typed_date": typed_date(dock.period.start_edit),
    }


def typed_date(edit) -> str:
    """Ctrl+A then a whole date typed into a date edit (issue 17.12: the year used to stay)."""
    saved = edit.date()
    edit.setFocus()
    QTest.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(edit, "2023-03-15")
    typed = edit.date().toString("yyyy-MM-dd")
    edit.setDate(saved)
    return typed


def result_facts(dock) -> dict:
    """After a good run: the layer tree, the legend's labels and the zones' field names as shown."""
    group = dock.last_group
    tree = [(child.name(), child.itemVisibilityChecked()) for child in group.children()]
    zones = run_layer(dock, "zones")
    index = zones.fields().indexOf("hidden_load_mwh")
    areas = [dock.chart.area_combo.itemText(i) for i in range(dock.chart.area_combo.count())]
    return {"tree": tree, "legend": [band.label() for band in zones.renderer().ranges()], "chart_areas": areas,
            "alias_hidden_load_mwh": zones.attributeDisplayName(index), "status": dock.step_label.text()}


def end_facts(dock) -> dict:
    """What the session leaves for the next one: the dock's remembered state names the files."""
    from netload_plugin.gui import dock_state

    state = dock_state.remembered()
    saved = dock.actions.save(OUTPUT / "settings.json")
    return {"remembered_sources": sorted((state.get("sources") or {}).items()),
            "remembered_ons_dataset": state.get("ons_dataset"), "remembered_load": bool(state.get("load")),
            "settings_file": str(saved), "settings_file_loads": bool(dock.actions.load(saved))}


def options_page():
    """NetLoad's page of Settings ▸ Options, as the Options dialog shows it."""
    from netload_plugin.gui.settings_page import NetLoadSettingsWidget

    widget = NetLoadSettingsWidget()
    widget.resize(760, 720)
    widget.show()
    QgsApplication.processEvents()
    return widget


def _begin():
    try:
        session = Session()
        iface.mainWindow().showMaximized()
        globals()["_session"] = session  # kept alive for the event loop
        session.start()
    except Exception:  # noqa: BLE001 (any failure: written to the result file for the caller to report)
        RESULT.write_text(json.dumps({"error": traceback.format_exc(), "runs": []}), encoding="utf-8")
        iface.actionExit().trigger()


QTimer.singleShot(3000, _begin)
