"""Period of the run: start and end dates (whole days, UTC), with a warning when reversed."""

from datetime import date

from qgis.PyQt.QtCore import QDate, pyqtSignal
from qgis.PyQt.QtWidgets import QDateEdit, QFormLayout, QGroupBox, QLabel


def _to_date(qdate: QDate) -> date:
    return date(qdate.year(), qdate.month(), qdate.day())


class PeriodWidget(QGroupBox):
    """Start and end day; both included."""

    changed = pyqtSignal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("Period (UTC days, both included)"))
        today = QDate.currentDate()
        first_of_last_month = QDate(today.year(), today.month(), 1).addMonths(-1)
        self.start_edit = self._date_edit(first_of_last_month, "startDate")
        self.end_edit = self._date_edit(first_of_last_month.addMonths(1).addDays(-1), "endDate")
        self.warning = QLabel(self)
        self.warning.setStyleSheet("color: #b00020")
        layout = QFormLayout(self)
        layout.addRow(self.tr("Start"), self.start_edit)
        layout.addRow(self.tr("End"), self.end_edit)
        layout.addRow(self.warning)
        self._check()

    def _date_edit(self, initial: QDate, name: str) -> QDateEdit:
        edit = QDateEdit(initial, self)
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
