"""Runs inside the QGIS desktop (``qgis --code``) for scripts/desktop_smoke.py: drives the NetLoad dock.

Each step waits for the previous one through Qt's event loop (never blocks QGIS): fill the demo data,
run, look at the result (attribute table, toolbox, Temporal Controller, hourly view, CRS), run again;
between the first and second good run a run that must fail. Writes ``NETLOAD_SMOKE_RESULT`` (JSON)
and quits QGIS.
"""

import json
import os
import time
import traceback
from datetime import date, timedelta
from pathlib import Path

from qgis.core import QgsApplication, QgsCoordinateReferenceSystem, QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import Qt, QTimer
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
        self.plan = ["finished"] + (["failed"] if RUNS > 1 else []) + ["finished"] * (RUNS - 1)
        self.runs, self.started = [], 0.0
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
        self.runs.append(run)
        QTimer.singleShot(2500, lambda: self.after_run(index, outcome))

    def after_run(self, index, outcome):
        try:
            self.dock.tabs.setCurrentIndex(1 if outcome == "finished" else 0)
            iface.mapCanvas().refresh()
            iface.mapCanvas().waitWhileRendering()
            self.grab(f"run{index}_after.png")
            if outcome == "finished":
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
            table.close()
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

    def grab(self, name):
        iface.mainWindow().grab().save(str(OUTPUT / name), "PNG")

    def finish(self):
        if SCREENSHOT:  # the README picture: the run's result alone, no leftovers of the activity
            project = QgsProject.instance()
            project.removeMapLayers([layer.id() for layer in project.mapLayers().values()
                                     if layer.name().startswith("survey")])
            iface.messageBar().clearWidgets()
            self.dock.tabs.setCurrentIndex(1)
            iface.mapCanvas().setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:4674"))
            zones = next((layer for layer in self.dock.last_layers
                          if layer.customProperty("netload/table") == "zones"), None)
            if zones is not None:
                iface.mapCanvas().setExtent(zones.extent())
            iface.mapCanvas().refresh()
            iface.mapCanvas().waitWhileRendering()
            QgsApplication.processEvents()
            iface.mainWindow().grab().save(SCREENSHOT, "PNG")
        document = {"runs": self.runs, "log": self.log}
        RESULT.write_text(json.dumps(document, ensure_ascii=False, indent=1), encoding="utf-8")
        QgsProject.instance().setDirty(False)  # no "save the project?" question on exit
        QTimer.singleShot(500, iface.actionExit().trigger)
        QTimer.singleShot(8000, lambda: QgsApplication.exit(0))  # if a dialog held the exit up


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
