"""Runs a Processing algorithm in QGIS's task manager and reports back on the main thread.

The algorithm runs in a worker thread through ``QgsProcessingAlgRunnerTask``; the feedback object
re-emits progress, step text and errors as Qt signals, which Qt queues to the main thread, so the
dock only ever touches widgets and layers from the main thread.
"""

from qgis.core import (
    Qgis,
    QgsApplication,
    QgsMessageLog,
    QgsProcessingAlgRunnerTask,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProject,
)
from qgis.PyQt.QtCore import QObject, pyqtSignal

LOG_TAG = "NetLoad"


class SignallingFeedback(QgsProcessingFeedback):
    """Processing feedback that re-emits step text and messages as signals (thread-safe)."""

    step = pyqtSignal(str)
    message = pyqtSignal(str, bool)  # text, is_error

    def setProgressText(self, text):
        super().setProgressText(text)
        self.step.emit(text)

    def pushInfo(self, info):
        super().pushInfo(info)
        self.message.emit(info, False)

    def pushWarning(self, warning):
        super().pushWarning(warning)
        self.message.emit(warning, False)

    def reportError(self, error, fatalError=False):
        super().reportError(error, fatalError)
        self.message.emit(error, True)


class AlgorithmRunner(QObject):
    """One background run of an algorithm. Signals arrive on the main thread.

    ``finished(results)`` on success; ``failed(message)`` on error (message = the last error the
    algorithm reported); ``cancelled()`` when the user cancelled.
    """

    progress = pyqtSignal(float)
    step = pyqtSignal(str)  # progress text (feedback.setProgressText)
    info = pyqtSignal(str)  # informational messages (feedback.pushInfo), e.g. "ONS load…"
    finished = pyqtSignal(dict)
    failed = pyqtSignal(str)
    cancelled = pyqtSignal()

    def __init__(self, algorithm_id: str, parameters: dict, project=None, parent=None):
        super().__init__(parent)
        self.algorithm_id = algorithm_id
        self.parameters = parameters
        self.project = project or QgsProject.instance()
        self.task = None
        self.errors = []
        self.feedback = SignallingFeedback()
        self.feedback.progressChanged.connect(self.progress)
        self.feedback.step.connect(self.step)
        self.feedback.message.connect(self._log)
        self.context = QgsProcessingContext()
        self.context.setProject(self.project)
        self.context.setFeedback(self.feedback)

    def start(self):
        """Queue the task; raises ``LookupError`` if the algorithm is not registered."""
        algorithm = QgsApplication.processingRegistry().createAlgorithmById(self.algorithm_id)
        if algorithm is None:
            raise LookupError(self.algorithm_id)
        QgsMessageLog.logMessage(
            self.tr("Starting {} with {}").format(self.algorithm_id, self.parameters), LOG_TAG, Qgis.MessageLevel.Info
        )
        self.task = QgsProcessingAlgRunnerTask(algorithm, self.parameters, self.context, self.feedback)
        self.task.executed.connect(self._executed)
        QgsApplication.taskManager().addTask(self.task)
        return self.task

    def cancel(self):
        """Ask the algorithm to stop at its next cancel check."""
        self.feedback.cancel()
        if self.task is not None:
            self.task.cancel()

    def is_running(self) -> bool:
        return self.task is not None

    def _log(self, text, is_error):
        if is_error:
            self.errors.append(text)
        else:
            self.info.emit(text)
        level = Qgis.MessageLevel.Critical if is_error else Qgis.MessageLevel.Info
        QgsMessageLog.logMessage(text, LOG_TAG, level)

    def _executed(self, successful, results):
        self.task = None
        if self.feedback.isCanceled():
            QgsMessageLog.logMessage(
                self.tr("{} cancelled").format(self.algorithm_id), LOG_TAG, Qgis.MessageLevel.Warning
            )
            self.cancelled.emit()
        elif successful:
            QgsMessageLog.logMessage(
                self.tr("{} finished").format(self.algorithm_id), LOG_TAG, Qgis.MessageLevel.Success
            )
            self.finished.emit(dict(results))
        else:
            message = (
                self.errors[-1] if self.errors else self.tr("{} failed; see the NetLoad log.").format(self.algorithm_id)
            )
            self.failed.emit(message)
