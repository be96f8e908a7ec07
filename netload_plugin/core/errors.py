"""Exceptions shared by every layer.

Each carries a message written for the analyst: it names the file or URL, the row when
there is one, and what to do. The Processing layer turns them into
``QgsProcessingException`` unchanged, so the same words reach the toolbox, the log and
``qgis_process``.
"""


class NetLoadError(Exception):
    """Base class of every error NetLoad raises on purpose."""


class SourceFormatError(NetLoadError):
    """A source file or reply cannot be read as the format sources.md describes."""


class DownloadError(NetLoadError):
    """A download failed after its retries (HTTP status, network, truncated body)."""


class Cancelled(NetLoadError):
    """The user cancelled; nothing half-done was kept."""

    def __init__(self, message: str = "Cancelled by the user."):
        super().__init__(message)


class MissingOptionalDependencyError(NetLoadError):
    """An optional package (onnxruntime, scikit-learn) is needed by this step and absent."""
