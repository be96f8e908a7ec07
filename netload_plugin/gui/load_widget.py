"""The load the hidden load is added to: ONS's (as the Data box sets it), or the analyst's own load table.

A distribution utility measures its substations and feeders itself: with "My own load table" the
run takes any table or CSV (a project layer, or a file) and the mapping of its columns, and computes
hidden and real load per zone the table names (or per ONS area). The controls are run_pipeline's
LOAD_TABLE and LOAD_* parameters (processing/algorithms/_load_table.py); the ones most tables leave
at their default sit in a collapsed "Advanced" box.
"""

from qgis.core import QgsMapLayerProxyModel, QgsVectorLayer
from qgis.gui import QgsCollapsibleGroupBox, QgsFieldComboBox, QgsMapLayerComboBox
from qgis.PyQt.QtCore import pyqtSignal
from qgis.PyQt.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QToolButton,
    QWidget,
)

from ..compat import qgis_enum
from .data_widget import narrow_combo, set_rows_visible
from .run_request import LOAD_ONS, LOAD_OWN, LoadTableChoice

TABLE_FILTER = "CSV / GeoPackage / XLSX / ODS (*.csv *.txt *.gpkg *.xlsx *.ods *.dbf);;*"
TIME_ZONES = ("UTC", "America/Sao_Paulo", "UTC-03:00")
#: Field choice → names tried, in order, when a table is chosen (the load-table schema's own names first).
FIELD_GUESSES = {
    "zone": ("zone_id", "area", "substation", "subestacao", "feeder", "alimentador"),
    "time": ("time_utc", "data_hora", "datetime", "time", "timestamp"),
    "load": ("load_mw", "carga_mw", "load_kw", "carga_kw", "load"),
    "net": ("net_load_mw", "liquida_mw"),
    "mmgd": ("mmgd_mw", "gd_mw", "gd_kw"),
}


def _field_combo(parent, name, optional):
    combo = QgsFieldComboBox(parent)
    combo.setObjectName(name)
    combo.setAllowEmptyFieldName(optional)
    return combo


class LoadWidget(QGroupBox):
    """"Load": ONS's, or the analyst's own load table with its column mapping."""

    changed = pyqtSignal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("Load"))
        self._file_layer = None  # the chosen file, opened to list its fields (not added to the project)
        self.table_tip = ""
        self.source_combo = narrow_combo(self, "loadSource", [
            (self.tr("ONS (download or the ONS file above)"), LOAD_ONS), (self.tr("My own load table"), LOAD_OWN)])
        self.match_combo = narrow_combo(self, "loadMatch", [
            (self.tr("Zone ids: load per zone"), 0), (self.tr("ONS area codes (S, SECO, NE, N)"), 1)])
        self.zone_field = _field_combo(self, "loadZoneField", optional=True)
        self.time_field = _field_combo(self, "loadTimeField", optional=False)
        self.load_field = _field_combo(self, "loadField", optional=False)
        self.time_zone = narrow_combo(self, "loadTimeZone", [(zone, zone) for zone in TIME_ZONES])
        self.time_zone.setEditable(True)
        self.form = QFormLayout(self)
        self.form.addRow(self.tr("Source"), self.source_combo)
        # One form, so every field lines up; the table's rows show only for "My own load table".
        labels = (self.tr("Table"), self.tr("Its ids are"), self.tr("Id field"), self.tr("Time field"),
                  self.tr("Time zone"), self.tr("Load field"))
        widgets = (self._table_row(), self.match_combo, self.zone_field, self.time_field, self.time_zone,
                   self.load_field)
        for label, widget in zip(labels, widgets):
            self.form.addRow(label, widget)
        self.form.addRow(self._advanced_box())
        self.table_rows = widgets + (self.advanced_box,)
        self._add_tooltips()
        for signal in (self.source_combo.currentIndexChanged, self.kind_combo.currentIndexChanged):
            signal.connect(self._update_enabled)
        self.table_combo.layerChanged.connect(self._table_changed)
        self._update_enabled()

    # -- building -------------------------------------------------------------------------------
    def _table_row(self):
        row = QWidget(self)
        self.table_combo = QgsMapLayerComboBox(row)
        self.table_combo.setObjectName("loadTable")
        self.table_combo.setFilters(qgis_enum("LayerFilter", "VectorLayer",
                                              lambda: QgsMapLayerProxyModel.Filter.VectorLayer))
        self.table_combo.setAllowEmptyLayer(True)
        self.table_combo.setLayer(None)
        self.browse_button = QToolButton(row)
        self.browse_button.setObjectName("loadTableBrowse")
        self.browse_button.setText("…")
        self.browse_button.clicked.connect(self.ask_file)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table_combo, 1)
        layout.addWidget(self.browse_button)
        return row

    def _advanced_box(self):
        box = QgsCollapsibleGroupBox(self.tr("Advanced"), self)
        box.setObjectName("loadAdvanced")
        box.setCollapsed(True)
        self.advanced_box = box
        self.time_format = QLineEdit(box)
        self.time_format.setObjectName("loadTimeFormat")
        self.time_format.setPlaceholderText(self.tr("ISO 8601 (2024-01-31 13:00)"))
        self.label_combo = narrow_combo(box, "loadTimeLabel", [
            (self.tr("the start of its interval"), 0), (self.tr("the end of its interval"), 1)])
        self.unit_combo = narrow_combo(box, "loadUnit", [("MW", 0), ("kW", 1)])
        self.kind_combo = narrow_combo(box, "loadKind", [
            (self.tr("Net: measured at the substation/feeder"), 0),
            (self.tr("Global: includes the distributed generation"), 1)])
        self.net_field = _field_combo(box, "loadNetField", optional=True)
        self.mmgd_field = _field_combo(box, "loadMmgdField", optional=True)
        form = QFormLayout(box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("Time layout"), self.time_format)
        form.addRow(self.tr("Each time marks"), self.label_combo)
        form.addRow(self.tr("Unit"), self.unit_combo)
        form.addRow(self.tr("Its load is"), self.kind_combo)
        form.addRow(self.tr("Net load field"), self.net_field)
        form.addRow(self.tr("MMGD/GD field"), self.mmgd_field)
        return box

    def _add_tooltips(self):
        """What each choice means, where the analyst makes it."""
        self.source_combo.setToolTip(self.tr(
            "ONS: the load of ONS's areas (N, NE, SE/CO, S), downloaded or from the ONS file in Data.\n"
            "My own load table: a utility's measured load per substation or feeder (SCADA), or a previous run's "
            "ONS table: hidden and real load per zone the table names."))
        self.table_tip = self.tr(
            "A table layer of the project, or a file (…): CSV, GeoPackage, XLSX. One row per zone and time.")
        self.table_combo.setToolTip(self.table_tip)
        self.match_combo.setToolTip(self.tr(
            "Zone ids: the table's ids are the zones' ids (IBGE codes of the municipalities, or the zone layer's id "
            "field): hidden and real load per zone.\nONS area codes: its ids are S, SECO, NE, N; each zone joins "
            "its state's subsystem."))
        self.zone_field.setToolTip(self.tr("The field with the zone id or ONS area code (empty: zone_id or area)."))
        self.time_field.setToolTip(self.tr("The field with each row's date and time."))
        self.time_zone.setToolTip(self.tr(
            "The time zone the times are written in: UTC, an offset (UTC-03:00) or a name (America/Sao_Paulo "
            "applies Brazil's daylight saving until 2019). Times with their own offset keep it."))
        self.load_field.setToolTip(self.tr("The field with the measured load."))
        self.time_format.setToolTip(self.tr(
            "Only when the times are not written year first (ISO 8601): their layout in strptime codes, e.g. "
            "%d/%m/%Y %H:%M. Day-first dates are never guessed."))
        self.label_combo.setToolTip(self.tr("Whether a row's time is the start or the end of its interval."))
        self.unit_combo.setToolTip(self.tr("The unit of every value field of the table."))
        self.kind_combo.setToolTip(self.tr(
            "Net: what the substation or feeder meter measured, the generation behind the meters already "
            "subtracted (real load = net + hidden load).\nGlobal: a load that includes the distributed "
            "generation, like ONS's; give its net load field, or its MMGD field to split it."))
        self.net_field.setToolTip(self.tr("With a global load: the field with the net load."))
        self.mmgd_field.setToolTip(self.tr(
            "Optional: the table's own estimate of the distributed generation (MMGD/GD), compared with NetLoad's "
            "in the Chart tab (energy ratio, nMAE, correlation, bias)."))

    # -- behaviour ------------------------------------------------------------------------------
    def _update_enabled(self, _index=None):
        set_rows_visible(self.form, self.table_rows, self.source() == LOAD_OWN)
        self.net_field.setEnabled(self.kind_combo.currentData() == 1)
        self.changed.emit()

    def ask_file(self):
        path, _filter = QFileDialog.getOpenFileName(self, self.tr("Load table"), "", TABLE_FILTER)
        if path:
            self.set_table_file(path)

    def set_table_file(self, path: str) -> None:
        """Choose a file (not a project layer) as the table; its fields fill the field lists."""
        self.table_combo.setAdditionalItems([path])
        self.table_combo.setCurrentIndex(self.table_combo.findText(path))
        self._table_changed()

    def table_file(self) -> str:
        """The chosen file, or "" when a project layer (or nothing) is chosen."""
        text = self.table_combo.currentText()
        return text if self.table_combo.currentLayer() is None and text in self.table_combo.additionalItems() else ""

    def _table_changed(self, _layer=None):
        layer = self.table_combo.currentLayer()
        path = self.table_file()
        self.table_combo.setToolTip(path or self.table_tip)
        if layer is None and path:
            self._file_layer = QgsVectorLayer(path, "load table", "ogr")
            layer = self._file_layer if self._file_layer.isValid() else None
        for combo, guesses in ((self.zone_field, "zone"), (self.time_field, "time"), (self.load_field, "load"),
                               (self.net_field, "net"), (self.mmgd_field, "mmgd")):
            combo.setLayer(layer)
            names = layer.fields().names() if layer is not None else []
            combo.setField(next((name for name in FIELD_GUESSES[guesses] if name in names), ""))
        self.changed.emit()

    # -- state ----------------------------------------------------------------------------------
    def source(self) -> str:
        return self.source_combo.currentData()

    def set_source(self, source: str) -> None:
        self.source_combo.setCurrentIndex(max(self.source_combo.findData(source), 0))

    def choice(self) -> LoadTableChoice:
        """The mapping as chosen: run_pipeline's LOAD_TABLE (a layer id or the file) and LOAD_* values."""
        layer = self.table_combo.currentLayer()
        return LoadTableChoice(
            table=layer.id() if layer is not None else self.table_file(), match=self.match_combo.currentData(),
            zone_field=self.zone_field.currentField(), time_field=self.time_field.currentField(),
            time_zone=self.time_zone.currentText().strip(), time_format=self.time_format.text().strip(),
            time_label=self.label_combo.currentData(), load_field=self.load_field.currentField(),
            unit=self.unit_combo.currentData(), kind=self.kind_combo.currentData(),
            net_field=self.net_field.currentField(), mmgd_field=self.mmgd_field.currentField())

    def state(self) -> dict:
        """The choices to remember (a file, not a project layer: layer ids belong to one project)."""
        choice = self.choice()
        state = {key: getattr(choice, key) for key in LoadTableChoice.__dataclass_fields__ if key != "table"}
        return {"source": self.source(), "file": self.table_file(), **state}

    def apply_state(self, state: dict) -> None:
        """Put :meth:`state` back; unknown or mistyped keys are left alone."""
        if isinstance(state.get("file"), str) and state["file"]:
            self.set_table_file(state["file"])
        for key, combo in (("match", self.match_combo), ("time_label", self.label_combo), ("unit", self.unit_combo),
                           ("kind", self.kind_combo)):
            if isinstance(state.get(key), int) and combo.findData(state[key]) >= 0:
                combo.setCurrentIndex(combo.findData(state[key]))
        for key, combo in (("zone_field", self.zone_field), ("time_field", self.time_field),
                           ("load_field", self.load_field), ("net_field", self.net_field),
                           ("mmgd_field", self.mmgd_field)):
            if isinstance(state.get(key), str) and (not state[key] or combo.layer() is not None):
                combo.setField(state[key])
        if isinstance(state.get("time_zone"), str) and state["time_zone"]:
            self.time_zone.setCurrentText(state["time_zone"])
        if isinstance(state.get("time_format"), str):
            self.time_format.setText(state["time_format"])
        if state.get("source") in (LOAD_ONS, LOAD_OWN):
            self.set_source(state["source"])
