"""Period of the run: start and end dates (whole days, UTC), with a warning when reversed."""

from datetime import date

from qgis.PyQt.QtCore import QDate, pyqtSignal
from qgis.PyQt.QtWidgets import QDateEdit, QFormLayout, QGroupBox, QLabel

from ..processing.algorithms._layers import last_month


def _to_date(qdate: QDate) -> date:
    return date(qdate.year(), qdate.month(), qdate.day())


class TypedDateEdit(QDateEdit):
    """A date box that takes a whole typed date: Ctrl+A then ``2024-01-15`` sets the year too.

    Qt's date edit types into one section at a time: with everything selected, digits go to the
    first section and the separator that follows a full year jumps over the month. Here a digit typed
    over the whole text starts at the year, and a separator right after a section filled itself is
    taken as that section's end, not as a request to skip the next one.
    """

    def __init__(self, *args):
        super().__init__(*args)
        self._section_just_filled = False

    def keyPressEvent(self, event):
        text, line = event.text(), self.lineEdit()
        if text.isdigit() and line.text() and line.selectedText() == line.text():
            self.setSelectedSection(QDateEdit.Section.YearSection)
        if self._section_just_filled and text and not text.isdigit() and text.isprintable():
            self._section_just_filled = False
            return
        before = self.currentSection()
        super().keyPressEvent(event)
        self._section_just_filled = text.isdigit() and self.currentSection() != before


class PeriodWidget(QGroupBox):
    """Start and end day; both included."""

    changed = pyqtSignal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("Period (UTC days, both included)"))
        self.setToolTip(self.tr(
            "Days run from 00:00 to 24:00 UTC (21:00 to 21:00 Brasília time). "
            "Sources store times in UTC; the chart and report show them in the time zone "
            "chosen in Settings ▸ Options ▸ NetLoad (the map's Temporal Controller works in UTC)."))
        first, last = last_month()  # ONS and the irradiance sources have published it by now
        self.start_edit = self._date_edit(first, "startDate")
        self.end_edit = self._date_edit(last, "endDate")
        self.warning = QLabel(self)
        self.warning.setStyleSheet("color: #b00020")
        layout = QFormLayout(self)
        layout.addRow(self.tr("Start"), self.start_edit)
        layout.addRow(self.tr("End"), self.end_edit)
        layout.addRow(self.warning)
        self._check()

    def _date_edit(self, initial: QDate, name: str) -> QDateEdit:
        edit = TypedDateEdit(initial, self)
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setMinimumDate(QDate(2012, 1, 1))  # ANEEL's GD registry starts with REN 482/2012
        edit.dateChanged.connect(self._check)
        return edit

    def _check(self, _date=None):
        reversed_ = self.end_edit.date() < self.start_edit.date()
        self.warning.setText(self.tr("The end date is before the start date.") if reversed_ else "")
        self.warning.setVisible(reversed_)
        self.changed.emit()

    def start(self) -> date:
        return _to_date(self.start_edit.date())

    def end(self) -> date:
        return _to_date(self.end_edit.date())

    def set_period(self, start: date, end: date) -> None:
        self.start_edit.setDate(QDate(start.year, start.month, start.day))
        self.end_edit.setDate(QDate(end.year, end.month, end.day))
