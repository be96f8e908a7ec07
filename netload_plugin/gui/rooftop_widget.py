"""The optional rooftop step: buildings, imagery (a raster layer or INPE CBERS via STAC) and a model."""

from qgis.core import QgsMapLayerProxyModel
from qgis.gui import QgsFileWidget, QgsMapLayerComboBox
from qgis.PyQt.QtCore import pyqtSignal
from qgis.PyQt.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLabel, QPushButton

from ..compat import qgis_enum
from .run_request import IMAGERY_INPE, IMAGERY_LAYER


class RooftopWidget(QGroupBox):
    """Undeclared rooftop PV: an existing per-zone layer, or (ticked) the rooftop step itself.

    An earlier ``find_undeclared_pv`` output (undeclared kW per zone) goes to the pipeline's
    UNDECLARED_PV as is; otherwise the buildings/imagery/model controls become run_pipeline's
    BUILDINGS, RASTER or DOWNLOAD_IMAGERY and MODEL, and the pipeline classifies the roofs itself.
    """

    changed = pyqtSignal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("Find undeclared rooftop PV (optional)"))
        self.setToolTip(self.tr("Rooftop PV that ANEEL's register does not list, found on imagery by an image "
                                "classifier (suspected, to be checked on the ground)."))
        self.setCheckable(True)
        self.setChecked(False)
        self.undeclared_combo = QgsMapLayerComboBox(self)
        self.undeclared_combo.setObjectName("undeclaredCombo")
        self.undeclared_combo.setFilters(
            qgis_enum("LayerFilter", "VectorLayer", lambda: QgsMapLayerProxyModel.Filter.VectorLayer)
        )
        self.undeclared_combo.setAllowEmptyLayer(True)
        self.undeclared_combo.setLayer(None)
        self.buildings_combo = QgsMapLayerComboBox(self)
        self.buildings_combo.setObjectName("buildingsCombo")
        self.buildings_combo.setFilters(
            qgis_enum("LayerFilter", "PolygonLayer", lambda: QgsMapLayerProxyModel.Filter.PolygonLayer)
        )
        self.buildings_combo.setAllowEmptyLayer(True)
        self.imagery_mode = QComboBox(self)
        self.imagery_mode.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.imagery_mode.setMinimumContentsLength(6)
        self.imagery_mode.setObjectName("imageryMode")
        self.imagery_mode.addItem(self.tr("Raster layer from the project"), IMAGERY_LAYER)
        self.imagery_mode.addItem(self.tr("Download INPE CBERS imagery"), IMAGERY_INPE)
        self.raster_combo = QgsMapLayerComboBox(self)
        self.raster_combo.setObjectName("rasterCombo")
        self.raster_combo.setFilters(
            qgis_enum("LayerFilter", "RasterLayer", lambda: QgsMapLayerProxyModel.Filter.RasterLayer)
        )
        self.raster_combo.setAllowEmptyLayer(True)
        self.model_widget = QgsFileWidget(self)
        self.model_widget.setObjectName("modelFile")
        self.model_widget.setFilter(self.tr("ONNX model (*.onnx)"))
        self.model_widget.lineEdit().setPlaceholderText(self.tr("default: the bundled model"))
        layout = QFormLayout(self)
        layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # long labels above their field: narrow dock
        existing = QLabel(self.tr("Undeclared PV per zone (existing layer)"), self)
        existing.setWordWrap(True)
        layout.addRow(existing, self.undeclared_combo)
        layout.addRow(self.tr("Buildings"), self.buildings_combo)
        layout.addRow(self.tr("Imagery"), self.imagery_mode)
        layout.addRow(self.tr("Raster"), self.raster_combo)
        layout.addRow(self.tr("Model"), self.model_widget)
        self.install_button = QPushButton(self.tr("Install onnxruntime"), self)
        self.install_button.setObjectName("installOnnxruntime")
        self.install_button.setToolTip(self.tr(
            "The rooftop classifier needs the Python package onnxruntime. This installs it into your QGIS "
            "profile with QGIS's own Python (netload:install_dependencies); QGIS's numpy is left untouched."))
        layout.addRow(self.install_button)
        self.refresh_dependency_state()
        self.imagery_mode.currentIndexChanged.connect(self._imagery_changed)
        for signal in (
            self.toggled,
            self.buildings_combo.layerChanged,
            self.raster_combo.layerChanged,
            self.model_widget.fileChanged,
        ):
            signal.connect(lambda *_args: self.changed.emit())
        self._imagery_changed()

    def refresh_dependency_state(self) -> bool:
        """Show the install button only while onnxruntime cannot be imported; returns whether it can."""
        from importlib import invalidate_caches, util

        invalidate_caches()  # a folder just filled by pip must be seen
        available = util.find_spec("onnxruntime") is not None
        self.install_button.setVisible(not available)
        return available

    def _imagery_changed(self, _index=None):
        self.raster_combo.setEnabled(self.imagery() == IMAGERY_LAYER)
        self.changed.emit()

    def imagery(self) -> str:
        return self.imagery_mode.currentData()

    def set_imagery(self, mode: str) -> None:
        self.imagery_mode.setCurrentIndex(self.imagery_mode.findData(mode))
