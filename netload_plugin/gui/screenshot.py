"""A picture of the NetLoad dock beside a map of the run's layers, for ``make demo`` and the README.

Works without a QGIS main window (``QT_QPA_PLATFORM=offscreen``): it builds a small window with a
map canvas and the real dock, renders it and saves a PNG::

    from netload_plugin.gui.screenshot import save_dock_and_map_screenshot
    save_dock_and_map_screenshot("demo-output/screenshot.png", [zones], frame=hidden_load_area_layer,
                                 states=["SP"], start=date(2024, 1, 1), end=date(2024, 1, 7))
"""

from pathlib import Path

from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsProject, QgsRectangle
from qgis.gui import QgsMapCanvas, QgsMessageBar
from qgis.PyQt.QtCore import QCoreApplication, Qt
from qgis.PyQt.QtGui import QColor
from qgis.PyQt.QtWidgets import QMainWindow

from .dock import NetLoadDock

MAP_CRS = "EPSG:4674"


class _ScreenshotInterface:
    """Just enough of QgisInterface for the dock: a canvas, a message bar, a main window."""

    def __init__(self, window, canvas):
        self._window, self._canvas, self._bar = window, canvas, QgsMessageBar(window)

    def mapCanvas(self):
        return self._canvas

    def mainWindow(self):
        return self._window

    def messageBar(self):
        return self._bar


def _full_extent(layers, crs):
    extent = QgsRectangle()
    extent.setMinimal()
    for layer in layers:
        if not layer.isSpatial() or layer.extent().isEmpty():
            continue
        transform = QgsCoordinateTransform(layer.crs(), crs, QgsProject.instance())
        extent.combineExtentWith(transform.transformBoundingBox(layer.extent()))
    if not extent.isEmpty():
        extent.scale(1.1)
    return extent


def save_dock_and_map_screenshot(
    path, layers, frame=None, states=(), start=None, end=None, tab="chart", size=(1500, 900)
) -> Path:
    """Render the dock (``tab``: "run" or "chart") beside a map of ``layers``; write a PNG.

    ``frame`` fills the chart tab: the hidden-load table as a layer (shown as picked in the tab) or
    a DataFrame. ``states``/``start``/``end`` fill the run tab so the picture shows what produced the map.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    window = QMainWindow()
    window.setWindowTitle("NetLoad")
    canvas = QgsMapCanvas(window)
    canvas.setCanvasColor(QColor("white"))
    crs = QgsCoordinateReferenceSystem(MAP_CRS)
    canvas.setDestinationCrs(crs)
    spatial = [layer for layer in layers if layer.isSpatial()]
    canvas.setLayers(spatial)
    window.setCentralWidget(canvas)
    dock = NetLoadDock(_ScreenshotInterface(window, canvas), window)
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    if states:
        dock.region.set_states(states)
    if start and end:
        dock.period.set_period(start, end)
    if hasattr(frame, "fields"):
        dock.chart.set_layer(frame)
    elif frame is not None:
        dock.chart.set_frame(frame)
    dock.tabs.setCurrentIndex(1 if tab == "chart" else 0)
    window.resize(*size)
    window.resizeDocks([dock], [int(size[0] * 0.42)], Qt.Orientation.Horizontal)
    window.show()
    QCoreApplication.processEvents()
    extent = _full_extent(spatial, crs)
    if not extent.isEmpty():
        canvas.setExtent(extent)
    canvas.refresh()
    canvas.waitWhileRendering()
    QCoreApplication.processEvents()
    try:
        if not window.grab().save(str(path), "PNG"):
            raise OSError(f"could not write screenshot {path}")
    finally:
        window.close()
        dock.deleteLater()
        window.deleteLater()
    return path
