"""Install and activate NetLoad's optional packages (onnxruntime) for QGIS's own Python.

``install_optional_dependencies(progress)`` is what the dock's button and the Processing
algorithm ``netload:install_dependencies`` call. The folder is ``<QGIS profile>/python/netload_deps``
(see ``core.optional_dependencies`` for why and how); the plugin appends it to ``sys.path``
when it loads (``activate_dependency_folder``), so an installed onnxruntime is importable in
QGIS desktop and ``qgis_process`` alike, on Windows, macOS and Linux.
"""

from __future__ import annotations

import importlib
import subprocess
import sys
from pathlib import Path

from qgis.core import QgsApplication

from ..core.errors import Cancelled, NetLoadError
from ..core.optional_dependencies import activate, dependency_folder, pip_command
from ..core.progress import Progress


def default_dependency_folder() -> Path:
    """``netload_deps`` inside the active QGIS profile's ``python`` folder."""
    return dependency_folder(Path(QgsApplication.qgisSettingsDirPath()))


def activate_dependency_folder() -> bool:
    """Put the profile's dependency folder on ``sys.path`` (called when the plugin loads)."""
    return activate(default_dependency_folder())


def install_optional_dependencies(progress: Progress | None = None, folder: Path | None = None) -> Path:
    """Install onnxruntime and its pure-Python companions (never numpy) into ``folder``.

    Runs QGIS's own interpreter with pip; pip's output goes to the log. Returns the folder.
    Raises :class:`NetLoadError` with pip's last lines when the installation fails.
    """
    progress = progress or Progress()
    folder = Path(folder) if folder else default_dependency_folder()
    folder.mkdir(parents=True, exist_ok=True)
    try:
        command = pip_command(folder)
    except FileNotFoundError as error:
        raise NetLoadError(str(error)) from None
    progress.info("Running: " + " ".join(command))
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
        creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0),
    )
    tail = []
    for line in process.stdout:
        line = line.rstrip()
        tail = (tail + [line])[-15:]
        progress.info(line)
        if progress.is_cancelled():
            process.kill()
            process.wait()
            raise Cancelled("Installation cancelled; run it again to finish it.")
    if process.wait() != 0:
        raise NetLoadError(
            f"pip could not install onnxruntime into {folder} (exit {process.returncode}):\n" + "\n".join(tail)
        )
    activate(folder)
    importlib.invalidate_caches()
    progress.info(f"Installed into {folder}; onnxruntime is importable from {sys.executable}.")
    return folder
