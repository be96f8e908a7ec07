"""The dock's messages: one line in the panel, the details in the log and behind *Show more*.

A run's messages belong to that run. The next run starts from a clean bar (only NetLoad's own
entries are removed, never another plugin's), success and information time out, failures stay
until dismissed or until the next run, and a message can carry a button (open the output folder).
"""

from qgis.core import Qgis
from qgis.gui import QgsMessageBar, QgsMessageViewer
from qgis.PyQt.QtCore import QCoreApplication, QObject, QUrl
from qgis.PyQt.QtGui import QDesktopServices
from qgis.PyQt.QtWidgets import QPushButton

CONTEXT = "NetLoadMessages"
#: Seconds a success or information message stays; failures stay until dismissed (0).
TIMEOUT_SECONDS = 10
#: The panel's status line never holds more than this many characters (the rest is in the tooltip).
STATUS_CHARACTERS = 160


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def first_line(text: str, limit: int = STATUS_CHARACTERS) -> str:
    """The first non-empty line of ``text``, cut to ``limit`` characters with an ellipsis.

    A traceback or a long GDAL message must not widen the dock: the panel shows its first line,
    the message bar's *Show more* and the NetLoad log keep the whole text.
    """
    line = next((part.strip() for part in str(text or "").splitlines() if part.strip()), "")
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"


def open_folder(path) -> bool:
    """Open a folder in the system's file manager (no shell: Qt picks the platform's way)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class RunMessages(QObject):
    """NetLoad's entries in a QGIS message bar, so a new run can take back the old ones."""

    def __init__(self, bar_source, parent=None):
        super().__init__(parent)
        self._bar_source = bar_source  # a callable: the iface's bar may be created after the dock
        self.items = []

    def bar(self):
        return self._bar_source()

    def clear(self) -> None:
        """Remove every message this dock pushed that is still in the bar."""
        bar = self.bar()
        if bar is not None:
            alive = set(map(id, bar.items()))
            for item in self.items:
                if id(item) in alive:
                    bar.popWidget(item)
        self.items = []

    def push(self, title: str, text: str, level, details: str = "", folder=None):
        """Push one message; ``details`` behind a *Show more* button, ``folder`` behind *Open folder*."""
        bar = self.bar()
        if bar is None:
            return None
        item = QgsMessageBar.createMessage(title, text, bar)
        if details:
            more = QPushButton(tr("Show more"), item)
            more.clicked.connect(lambda _checked=False: self._show_details(title, details))
            item.layout().addWidget(more)
        if folder is not None:
            button = QPushButton(tr("Open folder"), item)
            button.clicked.connect(lambda _checked=False: open_folder(folder))
            item.layout().addWidget(button)
        duration = 0 if level == Qgis.MessageLevel.Critical else TIMEOUT_SECONDS
        pushed = bar.pushWidget(item, level, duration)
        self.items.append(pushed)
        return pushed

    def _show_details(self, title: str, details: str) -> None:
        viewer = QgsMessageViewer(self.bar().window())
        viewer.setTitle(title)
        viewer.setMessageAsPlainText(details)
        viewer.showMessage(False)
