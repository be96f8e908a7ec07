"""Where the data comes from: download live, reuse the download cache, or local files per source.

Each source row takes a URL or a file; left empty, the algorithm uses its official endpoint (or,
offline, what the cache holds). Local files mode requires every row.
"""

from qgis.gui import QgsFileWidget
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, pyqtSignal
from qgis.PyQt.QtWidgets import QComboBox, QFormLayout, QGroupBox

from .run_request import DATA_CACHE, DATA_LIVE, DATA_LOCAL, SOURCE_PARAMETERS

#: Source key → label, in the order the rows appear.
SOURCE_LABELS = {
    "aneel_gd": QT_TRANSLATE_NOOP("DataWidget", "ANEEL GD registry"),
    "aneel_siga": QT_TRANSLATE_NOOP("DataWidget", "ANEEL SIGA plants"),
    "ons_load": QT_TRANSLATE_NOOP("DataWidget", "ONS load"),
    "irradiance": QT_TRANSLATE_NOOP("DataWidget", "Irradiance"),
}
FILE_FILTER = "CSV / ZIP / JSON (*.csv *.zip *.json);;GeoPackage (*.gpkg)"


class DataWidget(QGroupBox):
    """Data mode and one URL-or-file row per source."""

    changed = pyqtSignal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("Data"))
        self.mode_combo = QComboBox(self)
        self.mode_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.mode_combo.setMinimumContentsLength(6)
        self.mode_combo.setObjectName("dataMode")
        self.mode_combo.addItem(self.tr("Download live"), DATA_LIVE)
        self.mode_combo.addItem(self.tr("Reuse the cache (offline)"), DATA_CACHE)
        self.mode_combo.addItem(self.tr("Local files"), DATA_LOCAL)
        self.mode_combo.currentIndexChanged.connect(self._mode_changed)
        layout = QFormLayout(self)
        layout.addRow(self.tr("Mode"), self.mode_combo)
        self.source_widgets = {}
        for key in SOURCE_PARAMETERS:
            widget = QgsFileWidget(self)
            widget.setObjectName(f"source_{key}")
            widget.setFilter(FILE_FILTER)
            widget.setUseLink(False)
            widget.fileChanged.connect(lambda _path: self.changed.emit())
            layout.addRow(QCoreApplication.translate("DataWidget", SOURCE_LABELS[key]), widget)
            self.source_widgets[key] = widget
        self._mode_changed()

    def _mode_changed(self, _index=None):
        local = self.mode() == DATA_LOCAL
        hint = self.tr("file (required)") if local else self.tr("default: official source")
        for widget in self.source_widgets.values():
            widget.lineEdit().setPlaceholderText(hint)
        self.changed.emit()

    def mode(self) -> str:
        return self.mode_combo.currentData()

    def set_mode(self, mode: str) -> None:
        self.mode_combo.setCurrentIndex(self.mode_combo.findData(mode))

    def sources(self) -> dict:
        return {key: widget.filePath().strip() for key, widget in self.source_widgets.items() if widget.filePath().strip()}

    def set_source(self, key: str, value: str) -> None:
        self.source_widgets[key].setFilePath(value)
