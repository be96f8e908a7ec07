"""The NetLoad dock panel. It drives the same Processing algorithms the toolbox runs."""

from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QDockWidget, QLabel, QVBoxLayout, QWidget

DOCK_OBJECT_NAME = "NetLoadDock"


class NetLoadDock(QDockWidget):
    """Dock panel; its object name is fixed so tests and saved layouts find exactly one."""

    def __init__(self, iface, parent=None):
        super().__init__(parent)
        self.iface = iface
        self.setWindowTitle(self.tr("NetLoad"))
        self.setObjectName(DOCK_OBJECT_NAME)
        body = QWidget(self)
        layout = QVBoxLayout(body)
        intro = QLabel(
            self.tr(
                "Hidden load = registered distributed generation + undeclared rooftop PV.\n"
                "Real load = ONS net load + hidden load."
            ),
            body,
        )
        intro.setWordWrap(True)
        intro.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(intro)
        layout.addStretch(1)
        self.setWidget(body)
