"""The NetLoad dock panel. It drives the same Processing algorithms the toolbox runs.

The "Run" tab gathers a :class:`~netload_plugin.gui.run_request.RunRequest` from small widgets,
checks it (local files are sniffed before anything heavy starts), runs ``netload:run_pipeline`` in
the task manager (QGIS stays responsive), shows progress and the current step, and loads the outputs
into one styled layer group named after the run. The "Chart" tab shows the run's hidden-load table,
or the curve of a zone picked on the map.
"""

import traceback
from pathlib import Path

from qgis.core import Qgis, QgsMessageLog, QgsProject
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
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..geo.chart import is_hidden_load_table
from . import dock_state
from .chart import ChartWidget
from .data_widget import DataWidget
from .dock_actions import DockActions
from .load_widget import LoadWidget
from .messages import RunMessages, first_line
from .output_folder import default_output_path
from .period_widget import PeriodWidget
from .region_widget import RegionWidget
from .results import load_run_group
from .rooftop_widget import RooftopWidget
from .run_request import (
    LOAD_ONS,
    REGION_ZONES,
    RunRequest,
    RunRequestError,
    build_run_parameters,
    default_output_name,
    run_name,
)
from .runner import LOG_TAG, AlgorithmRunner
from .store_widget import StoreWidget
from .wheel_guard import WheelGuard

DOCK_OBJECT_NAME = "NetLoadDock"
PIPELINE_ID = "netload:run_pipeline"
INSTALL_ID = "netload:install_dependencies"
OPTIONS_PAGE_TITLE = "NetLoad"
#: Narrower than this and the form's labels and file rows are clipped (measured on the desktop).
MINIMUM_WIDTH = 520


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
        self.last_output = None
        self._pending_name = ""
        self._job = ""
        self.messages = RunMessages(lambda: self.iface.messageBar() if self.iface is not None else None, self)
        self.setWindowTitle(self.tr("NetLoad"))
        self.setObjectName(DOCK_OBJECT_NAME)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._run_tab(), self.tr("Run"))
        self.chart = ChartWidget(self.iface.mapCanvas() if self.iface is not None else None, self)
        self.tabs.addTab(self.chart, self.tr("Chart"))
        self.setWidget(self.tabs)
        self.actions = DockActions(self)
        self.setMinimumWidth(self._fitting_width())
        self.rooftops.install_button.clicked.connect(self.install_dependencies)
        dock_state.apply_panel_state(self, dock_state.remembered())

    # -- building ------------------------------------------------------------------------------
    def _run_tab(self):
        canvas = self.iface.mapCanvas() if self.iface is not None else None
        body = QWidget(self)
        intro = QLabel(self.tr("Hidden load = registered distributed generation + undeclared rooftop PV.\n"
                               "Real load = ONS net load + hidden load."), body)
        intro.setWordWrap(True)
        intro.setToolTip(self.tr("Distributed generation (MMGD: micro and mini generation behind the meter) "
                                 "lowers the load ONS measures. NetLoad estimates it and adds it back."))
        self.region = RegionWidget(canvas, body)
        self.period = PeriodWidget(body)
        self.data = DataWidget(body)
        self.load = LoadWidget(body)
        self.load.changed.connect(lambda: self.data.set_ons_used(self.load.source() == LOAD_ONS))
        self.rooftops = RooftopWidget(body)
        form = QVBoxLayout(body)
        for widget in (intro, self.region, self.period, self.data, self.load, self.rooftops, self._output_box(body)):
            form.addWidget(widget)
        form.addStretch(1)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(body)
        WheelGuard(self.scroll, self).install(body)

        tab = QWidget(self)
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll, 1)
        layout.addLayout(self._run_row(tab))
        return tab

    def _output_box(self, parent):
        box = QGroupBox(self.tr("Output"), parent)
        self.output_widget = QgsFileWidget(box)
        self.output_widget.setObjectName("outputGpkg")
        self.output_widget.setStorageMode(QgsFileWidget.StorageMode.SaveFile)
        self.output_widget.setFilter(self.tr("GeoPackage (*.gpkg)"))
        self.output_widget.lineEdit().setPlaceholderText(
            self.tr("default: beside the saved project, else Documents/NetLoad"))
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
        # Ignored width: a long message never widens the dock past the screen; it wraps (its first line
        # is at most STATUS_CHARACTERS long) instead of being cut at the panel's edge.
        self.step_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
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
        self.tools_row = QHBoxLayout()  # help, demo, save/load settings (DockActions fills it)
        layout = QVBoxLayout()
        layout.setContentsMargins(9, 0, 9, 9)
        layout.addLayout(self.tools_row)
        layout.addWidget(self.step_label)
        layout.addWidget(self.progress_bar)
        layout.addLayout(buttons)
        return layout

    def _fitting_width(self) -> int:
        """:data:`MINIMUM_WIDTH`, or wider when the form's labels need it (a longer language): never clipped."""
        body = self.scroll.widget()
        chrome = self.scroll.verticalScrollBar().sizeHint().width() + 2 * self.scroll.frameWidth() + 24
        return max(MINIMUM_WIDTH, body.minimumSizeHint().width() + chrome)

    def set_status(self, text: str) -> None:
        """The panel's status line: the first line only; the whole text in its tooltip."""
        self.step_label.setText(first_line(text))
        self.step_label.setToolTip(str(text or ""))

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
            load_source=self.load.source(),
            load_table=self.load.choice(),
            calibration_file=self.data.calibration(),
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
            request.output_gpkg = str(default_output_path(default_output_name(request, self.zones_name())))
        if self.report_check.isChecked() and request.output_gpkg:
            request.report_pdf = str(Path(request.output_gpkg).with_suffix(".pdf"))
        return request

    # -- running -------------------------------------------------------------------------------
    def run(self):
        """Validate the panel (and sniff its local files), then start ``netload:run_pipeline`` in the background."""
        if self.runner is not None:
            return
        self.messages.clear()
        request = self.current_request()
        try:
            parameters = build_run_parameters(request)
        except RunRequestError as error:
            self.set_status(str(error))
            self.show_message(self.tr("Cannot run"), str(error), Qgis.MessageLevel.Warning)
            return
        state = dock_state.panel_state(self)
        state.pop("output_gpkg", None)  # a file of its own per run, unless the analyst names one again
        dock_state.remember(state)
        Path(request.output_gpkg).parent.mkdir(parents=True, exist_ok=True)
        self._pending_name = run_name(request, self.zones_name())
        if self._start(self.pipeline_id, parameters, "pipeline"):
            self.set_status(self.tr("Starting {}…").format(self._pending_name))

    def install_dependencies(self):
        """Run ``netload:install_dependencies`` (pip into the profile's folder) with the dock's progress bar."""
        if self.runner is not None:
            return
        self.messages.clear()
        if self._start(INSTALL_ID, {}, "install"):
            self.set_status(self.tr("Installing onnxruntime… (a download of about 15 MB)"))

    def _start(self, algorithm_id: str, parameters: dict, job: str) -> bool:
        self.runner = AlgorithmRunner(algorithm_id, parameters, QgsProject.instance(), self)
        self.runner.progress.connect(lambda value: self.progress_bar.setValue(int(value)))
        self.runner.step.connect(self.set_status)
        self.runner.info.connect(self.set_status)
        self.runner.finished.connect(self._finished)
        self.runner.failed.connect(self._failed)
        self.runner.cancelled.connect(self._cancelled)
        try:
            self.runner.start()
        except LookupError:
            self.runner = None
            text = self.tr("The algorithm {} is not available; is the NetLoad provider enabled?").format(algorithm_id)
            self.show_message(self.tr("Cannot run"), text, Qgis.MessageLevel.Critical)
            return False
        self._job = job
        self._set_running(True)
        return True

    def cancel(self):
        if self.runner is not None:
            self.set_status(self.tr("Cancelling…"))
            self.cancel_button.setEnabled(False)
            self.runner.cancel()

    def is_running(self) -> bool:
        return self.runner is not None

    def _set_running(self, running: bool):
        self.run_button.setEnabled(not running)
        self.cancel_button.setEnabled(running)
        self.rooftops.install_button.setEnabled(not running)
        self.progress_bar.setValue(0)

    def _done(self, outcome: str):
        # The finished run's context (its project reference, layers a failed child left in its store)
        # goes now, on the main thread, not with the dock at exit.
        if self.runner is not None:
            self.runner.deleteLater()
        self.runner = None
        self._set_running(False)
        self.run_finished.emit(outcome)

    def _finished(self, results):
        if self._job == "install":
            self._installed(results)
            return
        try:
            self._load_results(results)
        except Exception as error:  # noqa: BLE001 (a slot must not raise: PyQt would abort QGIS)
            QgsMessageLog.logMessage(traceback.format_exc(), LOG_TAG, Qgis.MessageLevel.Critical)
            self._failed(self.tr("The run finished but its outputs could not be loaded: {}").format(error))
            return
        self.progress_bar.setValue(100)
        self.set_status(self.tr("Done: {} layers in “{}”.").format(len(self.last_layers), self._pending_name))
        output = Path(results.get("OUTPUT_GPKG") or "")
        self.last_output = output
        text = self.tr("Run finished: {}. Results in {}").format(self._pending_name, output)
        if results.get("REPORT"):  # run_pipeline wrote it when the panel asked (REPORT)
            text += " " + self.tr("Report: {}").format(results["REPORT"])
        self.show_message(self.tr("NetLoad"), text, Qgis.MessageLevel.Success, folder=output.parent)
        self._done("finished")
        self.progress_bar.setValue(100)

    def _load_results(self, results):
        canvas = self.iface.mapCanvas() if self.iface is not None else None
        navigation = canvas.temporalController() if canvas is not None else None
        self.last_group, self.last_layers = load_run_group(results, self._pending_name, QgsProject.instance(),
                                                           navigation=navigation)
        tables = [layer for layer in self.last_layers if is_hidden_load_table(layer)]
        if tables:
            self.chart.set_layer(tables[0])
        self.chart.set_run_layers(self.last_layers)

    def _installed(self, results):
        self.progress_bar.setValue(100)
        folder = results.get("OUTPUT_FOLDER", "")
        self.set_status(self.tr("onnxruntime is installed; the rooftop step can run."))
        text = self.tr("onnxruntime installed in {}").format(folder)
        self.show_message(self.tr("NetLoad"), text, Qgis.MessageLevel.Success)
        self.rooftops.refresh_dependency_state()
        self._done("finished")

    def _failed(self, message):
        details = "\n".join(self.runner.errors) if self.runner is not None else ""
        self.set_status(self.tr("Failed: {}").format(message))
        title = self.tr("NetLoad run failed") if self._job != "install" else self.tr("Installing onnxruntime failed")
        self.show_message(title, first_line(message) + " " + self.tr("(details in the NetLoad log)"),
                      Qgis.MessageLevel.Critical, details or message)
        self._done("failed")

    def _cancelled(self):
        self.set_status(self.tr("Cancelled; earlier outputs were left as they were."))
        self.show_message(self.tr("NetLoad"), self.tr("Run cancelled."), Qgis.MessageLevel.Info)
        self._done("cancelled")

    def show_message(self, title, text, level, details="", folder=None):
        """Message bar entry; errors stay until dismissed (or the next run) and offer their details."""
        self.messages.push(title, text, level, details, folder)

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
        self.chart.release_map_tool()
