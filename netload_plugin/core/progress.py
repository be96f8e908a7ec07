"""Progress, log and cancel for code that must not import QGIS.

``core`` and ``net`` report through a :class:`Progress`; the Processing layer passes an
adapter around ``QgsProcessingFeedback`` (see ``geo.feedback``) and shell runs pass
:class:`ConsoleProgress`. Fractions are 0..1.
"""

import sys

from .errors import Cancelled


class Progress:
    """Silent progress sink: the default when the caller does not care."""

    def set_fraction(self, fraction: float) -> None:
        """Overall progress of the current step, 0..1."""

    def info(self, message: str) -> None:
        """A line for the log."""

    def warning(self, message: str) -> None:
        """A line for the log that the analyst should read."""

    def is_cancelled(self) -> bool:
        """True once the user asked to stop."""
        return False

    def check_cancelled(self) -> None:
        """Raise :class:`Cancelled` when the user asked to stop."""
        if self.is_cancelled():
            raise Cancelled()

    def scaled(self, start: float, end: float) -> "Progress":
        """A view of this progress whose 0..1 maps to ``start..end`` of the parent."""
        return ScaledProgress(self, start, end)


class ScaledProgress(Progress):
    """Maps a sub-step's 0..1 onto a slice of its parent's range."""

    def __init__(self, parent: Progress, start: float, end: float):
        self._parent, self._start, self._span = parent, start, end - start

    def set_fraction(self, fraction: float) -> None:
        self._parent.set_fraction(self._start + self._span * min(max(fraction, 0.0), 1.0))

    def info(self, message: str) -> None:
        self._parent.info(message)

    def warning(self, message: str) -> None:
        self._parent.warning(message)

    def is_cancelled(self) -> bool:
        return self._parent.is_cancelled()


class ConsoleProgress(Progress):
    """Progress for shell runs of the source clients: messages on stderr."""

    def __init__(self, stream=None):
        self._stream = stream or sys.stderr
        self._last_percent = -1

    def set_fraction(self, fraction: float) -> None:
        percent = int(fraction * 100)
        if percent != self._last_percent and percent % 10 == 0:
            self._last_percent = percent
            print(f"{percent:3d} %", file=self._stream)

    def info(self, message: str) -> None:
        print(message, file=self._stream)

    def warning(self, message: str) -> None:
        print(f"WARNING: {message}", file=self._stream)
