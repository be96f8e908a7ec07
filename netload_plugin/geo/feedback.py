"""Adapter from ``QgsFeedback`` to the QGIS-free :class:`~netload_plugin.core.progress.Progress`."""

from qgis.core import QgsFeedback, QgsProcessingFeedback

from ..core.progress import Progress


class FeedbackProgress(Progress):
    """Forwards core progress, log lines and cancel checks to a QGIS feedback object."""

    def __init__(self, feedback: QgsFeedback):
        self._feedback = feedback

    def set_fraction(self, fraction: float) -> None:
        self._feedback.setProgress(100.0 * min(max(fraction, 0.0), 1.0))

    def info(self, message: str) -> None:
        if isinstance(self._feedback, QgsProcessingFeedback):
            self._feedback.pushInfo(message)

    def warning(self, message: str) -> None:
        if isinstance(self._feedback, QgsProcessingFeedback):
            self._feedback.pushWarning(message)

    def is_cancelled(self) -> bool:
        return self._feedback.isCanceled()
