"""Where the data comes from: download (with the cache), or local files per source.

Downloads go through NetLoad's HTTP session, which keeps every file in the cache folder, revalidates
it, and falls back to the cached copy when the network is down — so "download" also reuses the cache.
Each source row takes a URL or a file; left empty, the official endpoint is used. Local files mode
requires every row.
"""

from qgis.gui import QgsFileWidget
from qgis.PyQt.QtCore import pyqtSignal
from qgis.PyQt.QtWidgets import QComboBox, QFormLayout, QGroupBox

from ..core.definitions import IRRADIANCE_SOURCES, ONS_DATASETS, PIPELINE_IRRADIANCE_SOURCE
from ..translation import option_labels
from .run_request import DATA_LIVE, DATA_LOCAL, SOURCE_PARAMETERS, source_label

FILE_FILTER = "CSV / ZIP / GeoPackage / GeoJSON (*.csv *.zip *.gpkg *.geojson *.json)"


def narrow_combo(parent, name, items=()):
    """A combo of ``(text, data)`` items that fits a narrow dock (its width does not follow its longest text)."""
    combo = QComboBox(parent)
    combo.setObjectName(name)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(6)
    for text, data in items:
        combo.addItem(text, data)
    return combo


def set_rows_visible(form: QFormLayout, widgets, visible: bool) -> None:
    """Show or hide form rows, each field with its label (Qt 5's QFormLayout cannot hide a row itself)."""
    for widget in widgets:
        widget.setVisible(visible)
        label = form.labelForField(widget)
        if label is not None:
            label.setVisible(visible)


class DataWidget(QGroupBox):
    """Data mode, the irradiance source, the ONS dataset and one URL-or-file row per source."""

    changed = pyqtSignal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("Data"))
        self.mode_combo = narrow_combo(self, "dataMode")
        self.mode_combo.addItem(self.tr("Download (cached, offline fallback)"), DATA_LIVE)
        self.mode_combo.addItem(self.tr("Local files"), DATA_LOCAL)
        self.mode_combo.currentIndexChanged.connect(self._mode_changed)
        # Item data = run_pipeline's option value (IRRADIANCE_SOURCE, ONS_DATASET).
        self.irradiance_combo = narrow_combo(self, "irradianceSource")
        for value, label in enumerate(option_labels(IRRADIANCE_SOURCES)):
            self.irradiance_combo.addItem(label, value)
        self.irradiance_combo.setCurrentIndex(IRRADIANCE_SOURCES.index(PIPELINE_IRRADIANCE_SOURCE))
        self.ons_combo = narrow_combo(self, "onsDataset")
        for value, label in enumerate(option_labels(ONS_DATASETS)):
            self.ons_combo.addItem(label, value)
        self.calibration_widget = QgsFileWidget(self)
        self.calibration_widget.setObjectName("calibrationFile")
        self.calibration_widget.setFilter(self.tr("NetLoad calibration (*.json)"))
        self.calibration_widget.setUseLink(False)
        self.calibration_widget.lineEdit().setPlaceholderText(self.tr("none: the physical model"))
        self.calibration_widget.fileChanged.connect(lambda _path: self.changed.emit())
        layout = QFormLayout(self)
        self.form = layout
        layout.addRow(self.tr("Mode"), self.mode_combo)
        layout.addRow(self.tr("Irradiance source"), self.irradiance_combo)
        layout.addRow(self.tr("Calibration"), self.calibration_widget)
        layout.addRow(self.tr("ONS dataset"), self.ons_combo)
        self.source_widgets = {}
        for key in SOURCE_PARAMETERS:
            widget = QgsFileWidget(self)
            widget.setObjectName(f"source_{key}")
            widget.setFilter(FILE_FILTER)
            widget.setUseLink(False)
            widget.fileChanged.connect(lambda _path: self.changed.emit())
            layout.addRow(source_label(key), widget)
            self.source_widgets[key] = widget
        for combo in (self.irradiance_combo, self.ons_combo):
            combo.currentIndexChanged.connect(lambda _index: self.changed.emit())
        self._add_tooltips()
        self._mode_changed()

    def _add_tooltips(self):
        """The concepts an analyst meets here, explained where they meet them."""
        self.mode_combo.setToolTip(self.tr(
            "Download: every source from its official address (or the mirror set in Options); each file is kept "
            "in the cache and reused when the network is down.\nLocal files: give a file for every row."))
        self.irradiance_combo.setToolTip(self.tr(
            "Sunlight drives the registered GD estimate. LABREN: INPE's long-term monthly atlas; INMET: hourly "
            "ground stations; NASA POWER: daily satellite values (default)."))
        self.ons_combo.setToolTip(self.tr(
            "Carga verificada: ONS's API, half-hourly, with ONS's own MMGD estimate (distributed generation "
            "behind the meter), which NetLoad is compared with.\nCurva de carga: ONS's hourly CSV per year, "
            "no MMGD: the comparison with ONS is then empty."))
        tips = {
            "aneel_gd": self.tr("ANEEL's register of micro and mini distributed generation (MMGD), CSV or ZIP."),
            "municipalities": self.tr("Municipality polygons (GeoPackage/GeoJSON) with their IBGE code: the zones."),
            "irradiance": self.tr("The irradiance file of the source chosen above."),
            "ons_load": self.tr("The ONS file of the dataset chosen above: JSON (carga verificada) or CSV "
                                "(curva de carga)."),
        }
        for key, widget in self.source_widgets.items():
            widget.setToolTip(tips[key])
        self.calibration_widget.setToolTip(self.tr(
            "Optional. A calibration brings the registered GD estimate to the level of ONS's own MMGD estimate: "
            "a factor per ONS area, fitted on a reference period (scripts/validate_mmgd.py --write-calibration). "
            "Empty (default): the physical model, which runs about 1.4 × ONS's MMGD in the South (see "
            "docs/validation.md)."))

    def _mode_changed(self, _index=None):
        local = self.mode() == DATA_LOCAL
        hint = self.tr("file (required)") if local else self.tr("default: official source")
        for widget in self.source_widgets.values():
            widget.lineEdit().setPlaceholderText(hint)
        self.changed.emit()

    def mode(self) -> str:
        return self.mode_combo.currentData()

    def set_mode(self, mode: str) -> None:
        self.mode_combo.setCurrentIndex(max(self.mode_combo.findData(mode), 0))

    def irradiance_source(self) -> int:
        return self.irradiance_combo.currentData()

    def set_irradiance_source(self, source: int) -> None:
        self.irradiance_combo.setCurrentIndex(self.irradiance_combo.findData(source))

    def ons_dataset(self) -> int:
        return self.ons_combo.currentData()

    def set_ons_dataset(self, dataset: int) -> None:
        self.ons_combo.setCurrentIndex(self.ons_combo.findData(dataset))

    def set_ons_used(self, used: bool) -> None:
        """Show the ONS dataset and file rows only while ONS's load is the run's load (not the analyst's table)."""
        set_rows_visible(self.form, (self.ons_combo, self.source_widgets["ons_load"]), used)

    def calibration(self) -> str:
        return self.calibration_widget.filePath().strip()

    def set_calibration(self, path: str) -> None:
        self.calibration_widget.setFilePath(path)

    def sources(self) -> dict:
        return {
            key: widget.filePath().strip() for key, widget in self.source_widgets.items() if widget.filePath().strip()
        }

    def set_source(self, key: str, value: str) -> None:
        self.source_widgets[key].setFilePath(value)
