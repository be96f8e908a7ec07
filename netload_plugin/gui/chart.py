"""The chart panel: pick an area (or a zone on the map), read the chart, export it as PNG or a table.

Drawing is :func:`netload_plugin.geo.chart.paint_chart`, the same code that renders the PNG for the
demo and the PDF report, so what the analyst sees is what gets exported. Tables go out as XLSX or
CSV with the fields' names in the analyst's language (:mod:`netload_plugin.geo.table_export`).
"""

import pandas as pd
from qgis.core import QgsMapLayerProxyModel
from qgis.gui import QgsMapLayerComboBox, QgsMapToolEmitPoint
from qgis.PyQt.QtCore import QRectF, QSize
from qgis.PyQt.QtGui import QPainter
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ..compat import qgis_enum
from ..core.chart_data import area_series, areas, chart_csv_frame
from ..geo.chart import area_title, frame_from_layer, is_hidden_load_table, paint_chart, save_chart_png
from ..geo.table_export import export_table, write_xlsx_sheets
from ..geo.tables import read_table
from ..geo.zone_curve import zone_at, zone_chart_frame, zone_id_field
from .results import spreadsheet_tables, table_name


class ChartCanvas(QWidget):
    """Paints the chart for one area of a hidden-load table."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.frame = pd.DataFrame()
        self.area = None
        self.metrics = {}
        self.setMinimumSize(QSize(320, 360))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def paintEvent(self, _event):
        painter = QPainter(self)
        try:
            self.metrics = paint_chart(painter, QRectF(self.rect()), self.frame, self.area)
        finally:
            painter.end()


class ChartWidget(QWidget):
    """Table and area selectors, the chart, a map tool that picks a zone, PNG and table export."""

    def __init__(self, canvas=None, parent=None):
        super().__init__(parent)
        self.map_canvas = canvas
        self.zones_layer = None
        self.run_tables = {}
        self.map_tool = None
        self.table_combo = QgsMapLayerComboBox(self)
        self.table_combo.setObjectName("chartTable")
        self.table_combo.setFilters(
            qgis_enum("LayerFilter", "VectorLayer", lambda: QgsMapLayerProxyModel.Filter.VectorLayer)
        )
        self.table_combo.setAllowEmptyLayer(True)
        self.table_combo.setLayer(None)
        self.table_combo.layerChanged.connect(self._table_changed)
        self.area_combo = QComboBox(self)
        self.area_combo.setObjectName("chartArea")
        self.area_combo.currentIndexChanged.connect(self._area_changed)
        self.canvas = ChartCanvas(self)
        self.canvas.setToolTip(self.tr(
            "Registered GD: NetLoad's estimate from ANEEL's register and irradiance. ONS MMGD: ONS's own estimate "
            "of the same micro and mini generation (carga verificada only).\n"
            "Bias: mean of registered GD − ONS MMGD (MW). nMAE (daylight): mean absolute difference over daylight "
            "hours divided by ONS's mean MMGD (0 = a perfect match). Correlation: how alike the two curves' "
            "shapes are (1 = the same shape). Energy ratio: registered GD energy / ONS MMGD energy. Capacity "
            "factor: mean generation / installed capacity."))
        self.pick_button = QPushButton(self.tr("Pick a zone on the map"), self)
        self.pick_button.setCheckable(True)
        self.pick_button.setEnabled(False)
        self.pick_button.setToolTip(
            self.tr("Click a zone of the last run on the map to see its own curve: its registered GD and undeclared "
                    "PV, and its net and real load when your load table is measured per zone"))
        self.pick_button.toggled.connect(self._pick_toggled)
        self.png_button = QPushButton(self.tr("Export PNG…"), self)
        self.table_button = QPushButton(self.tr("Export table…"), self)
        self.table_button.setToolTip(
            self.tr("The chart's numbers as a spreadsheet (XLSX) or CSV, headers in your language"))
        self.tables_button = QPushButton(self.tr("Export run tables…"), self)
        self.tables_button.setEnabled(False)
        self.tables_button.setToolTip(self.tr(
            "The last run's result tables (zones, areas, comparison with ONS, distributors) in one spreadsheet, "
            "one sheet each, headers in your language"))
        self.tables_button.clicked.connect(self._ask_run_tables)
        self.run_layers = []
        self.png_button.clicked.connect(self._ask_png)
        self.table_button.clicked.connect(self._ask_table)
        self.empty_label = QLabel(self.tr("Run the pipeline, or pick a hidden-load table, to see its chart."), self)
        self.empty_label.setWordWrap(True)
        self._lay_out()
        self.set_frame(pd.DataFrame())

    def _lay_out(self):
        top = QFormLayout()
        top.addRow(self.tr("Table"), self.table_combo)
        top.addRow(self.tr("Area"), self.area_combo)
        run_row, chart_row = QHBoxLayout(), QHBoxLayout()  # two rows: the dock stays narrow in any language
        run_row.addWidget(self.pick_button)
        run_row.addStretch(1)
        run_row.addWidget(self.png_button)
        chart_row.addWidget(self.tables_button)
        chart_row.addStretch(1)
        chart_row.addWidget(self.table_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.canvas, 1)
        layout.addLayout(run_row)
        layout.addLayout(chart_row)

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
                self.area_combo.addItem(area_title(area), area)
        self.area_combo.blockSignals(False)
        self.canvas.area = None
        for widget in (self.area_combo, self.png_button, self.table_button):
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

    def set_run_layers(self, layers) -> None:
        """Remember a run's layers, so a zone picked on the map can be charted."""
        self.run_layers = list(layers)
        self.tables_button.setEnabled(bool(spreadsheet_tables(self.run_layers)))
        self.run_tables = {table_name(layer): layer for layer in layers}
        self.zones_layer = self.run_tables.get("zones")
        self.pick_button.setEnabled(self.zones_layer is not None and "gd_generation" in self.run_tables
                                    and self.map_canvas is not None)

    def show_zone(self, feature) -> bool:
        """Chart one zone of the last run (a feature of its zones layer): its own hidden load, and its load
        when the run's load table is measured per zone (:mod:`netload_plugin.geo.zone_curve`)."""
        names = feature.fields().names()
        id_field = zone_id_field(names)
        if id_field is None:
            return False
        zone_id = feature[id_field]
        label = f"{feature['name']} ({zone_id})" if "name" in names and feature["name"] else str(zone_id)
        frame = zone_chart_frame(feature, zone_id, label, self.run_tables)
        if frame.empty:
            return False
        self.table_combo.blockSignals(True)
        self.table_combo.setLayer(None)
        self.table_combo.blockSignals(False)
        self.set_frame(frame)
        self.set_area(label)
        return True

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

    # -- picking a zone ----------------------------------------------------------------------
    def _pick_toggled(self, checked: bool):
        if not checked:
            self.release_map_tool()
            return
        # The zone under the click, not the first one within Identify's search radius: at a state's scale
        # that radius spans kilometres and a neighbour of a small municipality would be charted instead.
        self.map_tool = QgsMapToolEmitPoint(self.map_canvas)
        self.map_tool.canvasClicked.connect(self._map_clicked)
        self.map_tool.deactivated.connect(lambda: self.pick_button.setChecked(False))
        self.map_canvas.setMapTool(self.map_tool)

    def _map_clicked(self, point, _button=None) -> bool:
        """Chart the zone of the last run under ``point`` (map coordinates of the canvas)."""
        if self.zones_layer is None:
            return False
        crs = self.map_canvas.mapSettings().destinationCrs()
        zone = zone_at(self.zones_layer, point, crs)
        return zone is not None and self.show_zone(zone)

    def release_map_tool(self) -> None:
        """Give the canvas back its previous tool (and forget ours)."""
        if self.map_tool is not None and self.map_canvas is not None and self.map_canvas.mapTool() is self.map_tool:
            self.map_canvas.unsetMapTool(self.map_tool)
        self.map_tool = None

    # -- export ------------------------------------------------------------------------------
    def export_png(self, path) -> None:
        save_chart_png(self.canvas.frame, path, self.canvas.area)

    def export_table(self, path):
        """The chart's numbers (one row per time) as XLSX or CSV, by the file's suffix."""
        return export_table(chart_csv_frame(area_series(self.canvas.frame, self.canvas.area)), path)

    def export_run_tables(self, path):
        """The last run's result tables as one XLSX workbook, one sheet per table (named as in the Layers panel)."""
        sheets = {layer.name(): read_table(layer) for layer in spreadsheet_tables(self.run_layers)}
        return write_xlsx_sheets(sheets, path)

    def _ask_run_tables(self):
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Export run tables"), "",
                                                    self.tr("Spreadsheet (*.xlsx)"))
        if path:
            self.export_run_tables(path if path.lower().endswith(".xlsx") else path + ".xlsx")

    def _ask_png(self):
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Export chart"), "", self.tr("PNG image (*.png)"))
        if path:
            self.export_png(path)

    def _ask_table(self):
        filters = self.tr("Spreadsheet (*.xlsx)") + ";;" + self.tr("CSV table (*.csv)")
        path, chosen = QFileDialog.getSaveFileName(self, self.tr("Export chart data"), "", filters)
        if path:
            if not path.lower().endswith((".xlsx", ".csv")):
                path += ".csv" if "csv" in chosen.lower() else ".xlsx"
            self.export_table(path)
