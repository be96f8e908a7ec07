"""The chart panel: pick an area, read the chart, export it as PNG or its numbers as CSV.

Drawing is :func:`netload_plugin.geo.chart.paint_chart`, the same code that renders the PNG for the
demo and the PDF report, so what the analyst sees is what gets exported.
"""

import pandas as pd
from qgis.core import QgsMapLayerProxyModel
from qgis.gui import QgsMapLayerComboBox
from qgis.PyQt.QtCore import QRectF, QSize
from qgis.PyQt.QtGui import QPainter
from qgis.PyQt.QtWidgets import QComboBox, QFileDialog, QFormLayout, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from ..compat import qgis_enum
from ..core.chart_data import area_series, areas, chart_csv_frame
from ..geo.chart import frame_from_layer, is_hidden_load_table, paint_chart, save_chart_png


class ChartCanvas(QWidget):
    """Paints the chart for one area of a hidden-load table."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.frame = pd.DataFrame()
        self.area = None
        self.metrics = {}
        self.setMinimumSize(QSize(320, 360))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def paintEvent(self, _event):  # noqa: N802 (Qt API)
        painter = QPainter(self)
        try:
            self.metrics = paint_chart(painter, QRectF(self.rect()), self.frame, self.area)
        finally:
            painter.end()


class ChartWidget(QWidget):
    """Area selector, chart, PNG/CSV export."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.table_combo = QgsMapLayerComboBox(self)
        self.table_combo.setObjectName("chartTable")
        self.table_combo.setFilters(qgis_enum("LayerFilter", "VectorLayer", lambda: QgsMapLayerProxyModel.Filter.VectorLayer))
        self.table_combo.setAllowEmptyLayer(True)
        self.table_combo.setLayer(None)
        self.table_combo.layerChanged.connect(self._table_changed)
        self.area_combo = QComboBox(self)
        self.area_combo.setObjectName("chartArea")
        self.area_combo.currentIndexChanged.connect(self._area_changed)
        self.canvas = ChartCanvas(self)
        self.png_button = QPushButton(self.tr("Export PNG…"), self)
        self.csv_button = QPushButton(self.tr("Export CSV…"), self)
        self.png_button.clicked.connect(self._ask_png)
        self.csv_button.clicked.connect(self._ask_csv)
        self.empty_label = QLabel(self.tr("Run the pipeline, or pick a hidden-load table, to see its chart."), self)
        self.empty_label.setWordWrap(True)

        top = QFormLayout()
        top.addRow(self.tr("Table"), self.table_combo)
        top.addRow(self.tr("Area"), self.area_combo)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.png_button)
        buttons.addWidget(self.csv_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.canvas, 1)
        layout.addLayout(buttons)
        self.set_frame(pd.DataFrame())

    # -- data --------------------------------------------------------------------------------
    def set_frame(self, frame: pd.DataFrame) -> None:
        """Show a hidden-load table (columns area, time_utc, *_mw)."""
        self.canvas.frame = frame
        has_data = not frame.empty
        self.area_combo.blockSignals(True)
        self.area_combo.clear()
        if has_data:
            self.area_combo.addItem(self.tr("All areas"), None)
            for area in areas(frame):
                self.area_combo.addItem(area, area)
        self.area_combo.blockSignals(False)
        self.canvas.area = None
        for widget in (self.area_combo, self.png_button, self.csv_button):
            widget.setEnabled(has_data)
        self.canvas.setVisible(has_data)
        self.empty_label.setVisible(not has_data)
        self.canvas.update()

    def set_layer(self, layer) -> None:
        """Show a hidden-load table layer (also selects it in the table combo)."""
        self.table_combo.blockSignals(True)
        self.table_combo.setLayer(layer)
        self.table_combo.blockSignals(False)
        self.set_frame(frame_from_layer(layer))

    def _table_changed(self, layer):
        if layer is not None and is_hidden_load_table(layer):
            self.set_frame(frame_from_layer(layer))
        else:
            self.set_frame(pd.DataFrame())

    def set_area(self, area) -> None:
        self.area_combo.setCurrentIndex(max(self.area_combo.findData(area), 0))

    def _area_changed(self, _index):
        self.canvas.area = self.area_combo.currentData()
        self.canvas.update()

    # -- export ------------------------------------------------------------------------------
    def export_png(self, path) -> None:
        save_chart_png(self.canvas.frame, path, self.canvas.area)

    def export_csv(self, path) -> None:
        chart_csv_frame(area_series(self.canvas.frame, self.canvas.area)).to_csv(path, index=False)

    def _ask_png(self):
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Export chart"), "", self.tr("PNG image (*.png)"))
        if path:
            self.export_png(path)

    def _ask_csv(self):
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Export chart data"), "", self.tr("CSV table (*.csv)"))
        if path:
            self.export_csv(path)
