"""The NetLoad dock panel. It drives the same Processing algorithms the toolbox runs.

The "Run" tab gathers a :class:`~netload_plugin.gui.run_request.RunRequest` from small widgets,
runs ``netload:run_pipeline`` in the task manager (QGIS stays responsive), shows progress and the
current step, and loads the outputs into one styled layer group named after the run. The "Chart"
tab shows the run's hidden-load table.
"""

import traceback
from datetime import date
from pathlib import Path

from qgis.core import Qgis, QgsMessageLog, QgsProcessingUtils, QgsProject, QgsSettings
from qgis.gui import QgsFileWidget
from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QDockWidget,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..geo.chart import is_hidden_load_table
from .chart import ChartWidget
from .data_widget import DataWidget
from .period_widget import PeriodWidget
from .region_widget import RegionWidget
from .results import load_run_group
from .rooftop_widget import RooftopWidget
from .run_request import (
    DATA_LIVE,
    DATA_LOCAL,
    REGION_EXTENT,
    REGION_STATES,
    REGION_ZONES,
    RunRequest,
    RunRequestError,
    build_run_parameters,
    default_output_name,
    run_name,
)
from .runner import LOG_TAG, AlgorithmRunner
from .store_widget import StoreWidget

DOCK_OBJECT_NAME = "NetLoadDock"
PIPELINE_ID = "netload:run_pipeline"
OPTIONS_PAGE_TITLE = "NetLoad"
STATE_KEY = "netload/dock"


class NetLoadDock(QDockWidget):
    """Dock panel; its object name is fixed so tests and saved layouts find exactly one."""

    run_finished = pyqtSignal(str)  # "finished", "failed" or "cancelled"

    def __init__(self, iface, parent=None):
        super().__init__(parent)
        self.iface = iface
        self.runner = None
        self.pipeline_id = PIPELINE_ID
        self.last_group = None
        self.last_layers = []
        self._pending_name = ""
        self.setWindowTitle(self.tr("NetLoad"))
        self.setObjectName(DOCK_OBJECT_NAME)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._run_tab(), self.tr("Run"))
        self.chart = ChartWidget(self)
        self.tabs.addTab(self.chart, self.tr("Chart"))
        self.setWidget(self.tabs)
        self.restore_state()

    # -- building ------------------------------------------------------------------------------
    def _run_tab(self):
        canvas = self.iface.mapCanvas() if self.iface is not None else None
        body = QWidget(self)
        intro = QLabel(
            self.tr(
                "Hidden load = registered distributed generation + undeclared rooftop PV.\n"
                "Real load = ONS net load + hidden load."
            ),
            body,
        )
        intro.setWordWrap(True)
        intro.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.region = RegionWidget(canvas, body)
        self.period = PeriodWidget(body)
        self.data = DataWidget(body)
        self.rooftops = RooftopWidget(body)
        form = QVBoxLayout(body)
        for widget in (intro, self.region, self.period, self.data, self.rooftops, self._output_box(body)):
            form.addWidget(widget)
        form.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)

        tab = QWidget(self)
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll, 1)
        layout.addLayout(self._run_row(tab))
        return tab

    def _output_box(self, parent):
        box = QGroupBox(self.tr("Output"), parent)
        self.output_widget = QgsFileWidget(box)
        self.output_widget.setObjectName("outputGpkg")
        self.output_widget.setStorageMode(QgsFileWidget.StorageMode.SaveFile)
        self.output_widget.setFilter(self.tr("GeoPackage (*.gpkg)"))
        self.output_widget.lineEdit().setPlaceholderText(self.tr("default: a new file in the temporary folder"))
        self.report_check = QCheckBox(self.tr("Also write a PDF report beside it"), box)
        layout = QFormLayout(box)
        layout.addRow(self.tr("GeoPackage"), self.output_widget)
        layout.addRow(self.report_check)
        self.store = StoreWidget(box)
        layout.addRow(self.store)
        return box

    def _run_row(self, parent):
        self.step_label = QLabel(parent)
        self.step_label.setObjectName("stepLabel")
        self.step_label.setWordWrap(True)
        self.progress_bar = QProgressBar(parent)
        self.progress_bar.setRange(0, 100)
        self.progress_bar.setValue(0)
        self.run_button = QPushButton(self.tr("Run"), parent)
        self.run_button.setObjectName("runButton")
        self.run_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel"), parent)
        self.cancel_button.setObjectName("cancelButton")
        self.cancel_button.setEnabled(False)
        self.settings_button = QPushButton(self.tr("Settings…"), parent)
        self.run_button.clicked.connect(self.run)
        self.cancel_button.clicked.connect(self.cancel)
        self.settings_button.clicked.connect(self.open_settings)
        buttons = QHBoxLayout()
        buttons.addWidget(self.settings_button)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.run_button)
        layout = QVBoxLayout()
        layout.setContentsMargins(9, 0, 9, 9)
        layout.addWidget(self.step_label)
        layout.addWidget(self.progress_bar)
        layout.addLayout(buttons)
        return layout

    # -- state -> parameters --------------------------------------------------------------------
    def zones_name(self) -> str:
        layer = self.region.zones_layer()
        return layer.name() if layer is not None else ""

    def current_request(self) -> RunRequest:
        """The panel's state as a RunRequest (not yet validated)."""
        zones = self.region.zones_layer()
        request = RunRequest(
            region_mode=self.region.mode(),
            states=self.region.states(),
            zones_layer=zones.id() if zones is not None else "",
            zone_id_field=self.region.zone_id_field() if self.region.mode() == REGION_ZONES else "",
            extent=self.region.extent(),
            start=self.period.start(),
            end=self.period.end(),
            data_mode=self.data.mode(),
            sources=self.data.sources(),
            irradiance_source=self.data.irradiance_source(),
            ons_dataset=self.data.ons_dataset(),
            rooftops=self.rooftops.isChecked() and self.rooftops.undeclared_combo.currentLayer() is None,
            imagery_mode=self.rooftops.imagery(),
            model_file=self.rooftops.model_widget.filePath().strip(),
            output_gpkg=self.output_widget.filePath().strip(),
        )
        request.store_connection, request.store_schema = self.store.destination()
        undeclared = self.rooftops.undeclared_combo.currentLayer() if self.rooftops.isChecked() else None
        request.undeclared_pv_layer = undeclared.id() if undeclared is not None else ""
        if request.rooftops:
            buildings, raster = self.rooftops.buildings_combo.currentLayer(), self.rooftops.raster_combo.currentLayer()
            request.buildings_layer = buildings.id() if buildings is not None else ""
            request.imagery_layer = raster.id() if raster is not None else ""
        if not request.output_gpkg and request.start and request.end:
            request.output_gpkg = str(Path(QgsProcessingUtils.tempFolder()) / default_output_name(request, self.zones_name()))
        if self.report_check.isChecked() and request.output_gpkg:
            request.report_pdf = str(Path(request.output_gpkg).with_suffix(".pdf"))
        return request

    # -- remembering the last run's choices ------------------------------------------------------
    def save_state(self, request: RunRequest) -> None:
        """Remember region mode, states, period and data mode for the next session."""
        settings = QgsSettings()
        settings.setValue(f"{STATE_KEY}/region_mode", request.region_mode)
        settings.setValue(f"{STATE_KEY}/states", ",".join(request.states))
        settings.setValue(f"{STATE_KEY}/start", request.start.isoformat())
        settings.setValue(f"{STATE_KEY}/end", request.end.isoformat())
        settings.setValue(f"{STATE_KEY}/data_mode", request.data_mode)

    def restore_state(self) -> None:
        settings = QgsSettings()
        states = settings.value(f"{STATE_KEY}/states", "", type=str)
        if states:
            self.region.set_states(states.split(","))
        try:
            start = date.fromisoformat(settings.value(f"{STATE_KEY}/start", "", type=str))
            end = date.fromisoformat(settings.value(f"{STATE_KEY}/end", "", type=str))
        except ValueError:
            pass  # nothing stored yet: keep last month
        else:
            self.period.set_period(start, end)
        mode = settings.value(f"{STATE_KEY}/region_mode", REGION_STATES, type=str)
        if mode in (REGION_STATES, REGION_EXTENT):  # a zone layer may not exist in this project
            self.region.set_mode(mode)
        data_mode = settings.value(f"{STATE_KEY}/data_mode", "", type=str)
        if data_mode in (DATA_LIVE, DATA_LOCAL):
            self.data.set_mode(data_mode)

    # -- running -------------------------------------------------------------------------------
    def run(self):
        """Validate the panel, then start ``netload:run_pipeline`` in the background."""
        if self.runner is not None:
            return
        request = self.current_request()
        try:
            parameters = build_run_parameters(request)
        except RunRequestError as error:
            self._message(self.tr("Cannot run"), str(error), Qgis.MessageLevel.Warning)
            return
        self.save_state(request)
        self._pending_name = run_name(request, self.zones_name())
        self.runner = AlgorithmRunner(self.pipeline_id, parameters, QgsProject.instance(), self)
        self.runner.progress.connect(lambda value: self.progress_bar.setValue(int(value)))
        self.runner.step.connect(self.step_label.setText)
        self.runner.info.connect(self.step_label.setText)
        self.runner.finished.connect(self._finished)
        self.runner.failed.connect(self._failed)
        self.runner.cancelled.connect(self._cancelled)
        try:
            self.runner.start()
        except LookupError:
            self.runner = None
            self._message(self.tr("Cannot run"), self.tr("The algorithm {} is not available; is the NetLoad provider enabled?").format(self.pipeline_id), Qgis.MessageLevel.Critical)
            return
        self._set_running(True)
        self.step_label.setText(self.tr("Starting {}…").format(self._pending_name))

    def cancel(self):
        if self.runner is not None:
            self.step_label.setText(self.tr("Cancelling…"))
            self.cancel_button.setEnabled(False)
            self.runner.cancel()

    def is_running(self) -> bool:
        return self.runner is not None

    def _set_running(self, running: bool):
        self.run_button.setEnabled(not running)
        self.cancel_button.setEnabled(running)
        self.progress_bar.setValue(0)

    def _done(self, outcome: str):
        self.runner = None
        self._set_running(False)
        self.run_finished.emit(outcome)

    def _finished(self, results):
        try:
            canvas = self.iface.mapCanvas() if self.iface is not None else None
            navigation = canvas.temporalController() if canvas is not None else None
            self.last_group, self.last_layers = load_run_group(results, self._pending_name, QgsProject.instance(), navigation=navigation)
        except Exception as error:  # noqa: BLE001 (a slot must not raise: PyQt would abort QGIS)
            QgsMessageLog.logMessage(traceback.format_exc(), LOG_TAG, Qgis.MessageLevel.Critical)
            self._failed(self.tr("The run finished but its outputs could not be loaded: {}").format(error))
            return
        self.progress_bar.setValue(100)
        self.step_label.setText(self.tr("Done: {} layers in “{}”.").format(len(self.last_layers), self._pending_name))
        tables = [layer for layer in self.last_layers if is_hidden_load_table(layer)]
        if tables:
            self.chart.set_layer(tables[0])
        report = results.get("REPORT")  # run_pipeline wrote it when the panel asked (REPORT)
        text = self.tr("Run finished: {}").format(self._pending_name)
        if report:
            text += " " + self.tr("Report: {}").format(report)
        self._message(self.tr("NetLoad"), text, Qgis.MessageLevel.Success)
        self._done("finished")
        self.progress_bar.setValue(100)

    def _failed(self, message):
        details = "\n".join(self.runner.errors) if self.runner is not None else ""
        self.step_label.setText(self.tr("Failed: {}").format(message))
        self._message(self.tr("NetLoad run failed"), message + " " + self.tr("(details in the NetLoad log)"), Qgis.MessageLevel.Critical, details)
        self._done("failed")

    def _cancelled(self):
        self.step_label.setText(self.tr("Cancelled; earlier outputs were left as they were."))
        self._message(self.tr("NetLoad"), self.tr("Run cancelled."), Qgis.MessageLevel.Info)
        self._done("cancelled")

    def _message(self, title, text, level, details=""):
        """Message bar entry; errors stay until dismissed and offer their details ("Show more")."""
        bar = self.iface.messageBar() if self.iface is not None else None
        if bar is None:
            return
        duration = 0 if level == Qgis.MessageLevel.Critical else 8
        if details:
            bar.pushMessage(title, text, details, level, duration)
        else:
            bar.pushMessage(title, text, level, duration)

    def open_settings(self):
        if self.iface is not None and hasattr(self.iface, "showOptionsDialog"):
            self.iface.showOptionsDialog(self.iface.mainWindow(), OPTIONS_PAGE_TITLE)

    def shutdown(self, timeout_ms: int = 30000):
        """Cancel a running pipeline and wait for its task (plugin unload): nothing outlives the dock."""
        if self.runner is not None and self.runner.task is not None:
            task = self.runner.task
            self.runner.cancel()
            task.waitForFinished(timeout_ms)
        self.runner = None
