"""Region of the run: a checklist of states, a polygon layer of zones, or the map canvas extent."""

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFieldProxyModel,
    QgsMapLayerProxyModel,
    QgsProject,
)
from qgis.gui import QgsFieldComboBox, QgsMapLayerComboBox
from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..compat import qgis_enum
from ..core.ibge import STATES
from .run_request import REGION_EXTENT, REGION_STATES, REGION_ZONES

OUTPUT_CRS = "EPSG:4674"
STATE_COLUMNS = 6


class RegionWidget(QGroupBox):
    """Three ways to say where: states (UF), zones from the project, or what the map shows."""

    changed = pyqtSignal()

    def __init__(self, canvas=None, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("Region"))
        self.canvas = canvas
        self.mode_buttons = QButtonGroup(self)
        self.states_button = QRadioButton(self.tr("States"), self)
        self.zones_button = QRadioButton(self.tr("Zone layer"), self)
        self.extent_button = QRadioButton(self.tr("Map extent"), self)
        modes = QGridLayout()  # two per row: the three modes fit a narrow dock in Portuguese too
        for index, button in enumerate((self.states_button, self.zones_button, self.extent_button)):
            self.mode_buttons.addButton(button, index)
            modes.addWidget(button, index // 2, index % 2)
        self.states_button.setChecked(True)

        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._states_page())
        self.pages.addWidget(self._zones_page())
        self.pages.addWidget(self._extent_page())

        layout = QVBoxLayout(self)
        layout.addLayout(modes)
        layout.addWidget(self.pages)
        self.mode_buttons.buttonClicked.connect(self._mode_changed)

    # -- pages ---------------------------------------------------------------------------
    def _states_page(self):
        page = QWidget(self)
        grid = QGridLayout()
        grid.setHorizontalSpacing(4)
        grid.setVerticalSpacing(2)
        self.state_boxes = {}
        for index, uf in enumerate(STATES):
            box = QCheckBox(uf, page)
            box.setObjectName(f"state_{uf}")
            box.toggled.connect(lambda _checked: self.changed.emit())
            grid.addWidget(box, index // STATE_COLUMNS, index % STATE_COLUMNS)
            self.state_boxes[uf] = box
        clear = QPushButton(self.tr("Clear"), page)
        clear.clicked.connect(lambda: self.set_states([]))
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(grid)
        layout.addWidget(clear, 0, Qt.AlignmentFlag.AlignRight)
        return page

    def _zones_page(self):
        page = QWidget(self)
        self.zones_combo = QgsMapLayerComboBox(page)
        self.zones_combo.setObjectName("zonesCombo")
        self.zones_combo.setFilters(
            qgis_enum("LayerFilter", "PolygonLayer", lambda: QgsMapLayerProxyModel.Filter.PolygonLayer)
        )
        self.zones_combo.setAllowEmptyLayer(True)
        self.zone_field_combo = QgsFieldComboBox(page)
        self.zone_field_combo.setFilters(
            QgsFieldProxyModel.Filter.String | QgsFieldProxyModel.Filter.Int | QgsFieldProxyModel.Filter.LongLong
        )
        self.zone_field_combo.setAllowEmptyFieldName(True)
        self.zones_combo.layerChanged.connect(self.zone_field_combo.setLayer)
        self.zones_combo.layerChanged.connect(lambda _layer: self.changed.emit())
        layout = QGridLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Zones"), page), 0, 0)
        layout.addWidget(self.zones_combo, 0, 1)
        layout.addWidget(QLabel(self.tr("Zone id field"), page), 1, 0)
        layout.addWidget(self.zone_field_combo, 1, 1)
        return page

    def _extent_page(self):
        page = QWidget(self)
        self.extent_label = QLabel(page)
        self.extent_label.setWordWrap(True)
        refresh = QPushButton(self.tr("Use current map extent"), page)
        refresh.clicked.connect(self.refresh_extent)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.extent_label)
        layout.addWidget(refresh, 0, Qt.AlignmentFlag.AlignRight)
        self._extent = ""
        return page

    def _mode_changed(self, _button=None):
        self.pages.setCurrentIndex(self.mode_buttons.checkedId())
        if self.mode() == REGION_EXTENT and not self._extent:
            self.refresh_extent()
        self.changed.emit()

    # -- state -----------------------------------------------------------------------------
    def mode(self) -> str:
        return (REGION_STATES, REGION_ZONES, REGION_EXTENT)[max(self.mode_buttons.checkedId(), 0)]

    def set_mode(self, mode: str) -> None:
        button = {
            REGION_STATES: self.states_button,
            REGION_ZONES: self.zones_button,
            REGION_EXTENT: self.extent_button,
        }[mode]
        button.setChecked(True)
        self._mode_changed()

    def states(self) -> list:
        return [uf for uf, box in self.state_boxes.items() if box.isChecked()]

    def set_states(self, states) -> None:
        wanted = set(states)
        for uf, box in self.state_boxes.items():
            box.setChecked(uf in wanted)

    def zones_layer(self):
        return self.zones_combo.currentLayer()

    def zone_id_field(self) -> str:
        return self.zone_field_combo.currentField()

    def extent(self) -> str:
        return self._extent

    def refresh_extent(self) -> None:
        """Take the canvas extent, transformed to SIRGAS 2000 (the outputs' CRS)."""
        if self.canvas is None:
            return
        rectangle = self.canvas.extent()
        source = self.canvas.mapSettings().destinationCrs()
        target = QgsCoordinateReferenceSystem(OUTPUT_CRS)
        if source.isValid() and source != target:
            rectangle = QgsCoordinateTransform(source, target, QgsProject.instance()).transformBoundingBox(rectangle)
        self.set_extent(
            f"{rectangle.xMinimum():.6f},{rectangle.xMaximum():.6f},"
            f"{rectangle.yMinimum():.6f},{rectangle.yMaximum():.6f} [{OUTPUT_CRS}]"
        )

    def set_extent(self, extent: str) -> None:
        self._extent = extent
        self.extent_label.setText(extent or self.tr("No extent yet."))
        self.changed.emit()
