"""The mouse wheel scrolls the panel, not the combo box or date under the pointer.

Qt gives a wheel event to whatever widget is under the mouse, so scrolling down a long form
silently changes the ONS dataset or the start date the pointer passes over. The guard hands such
a wheel event to the scroll area instead, unless the analyst clicked into that field first.
"""

from qgis.PyQt.QtCore import QCoreApplication, QEvent, QObject, Qt
from qgis.PyQt.QtWidgets import QAbstractSpinBox, QComboBox


class WheelGuard(QObject):
    """Event filter: wheel over an unfocused combo/spin/date box scrolls ``scroll_area`` instead."""

    GUARDED = (QComboBox, QAbstractSpinBox)

    def __init__(self, scroll_area, parent=None):
        super().__init__(parent or scroll_area)
        self.scroll_area = scroll_area

    def install(self, root) -> int:
        """Guard every combo, spin and date box below ``root``; returns how many."""
        widgets = [w for kind in self.GUARDED for w in root.findChildren(kind)]
        for widget in widgets:
            widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # no focus by wheel: a click gives it
            widget.installEventFilter(self)
        return len(widgets)

    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Wheel and not watched.hasFocus():
            QCoreApplication.sendEvent(self.scroll_area.verticalScrollBar(), event)
            return True
        return False
