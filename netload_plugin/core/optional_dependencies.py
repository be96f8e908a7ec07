"""Optional Python packages (onnxruntime) in a plugin-managed folder beside QGIS's own Python.

QGIS ships its own Python on Windows and macOS, and users cannot always ``pip install`` into it
(no admin rights, no pip on PATH). NetLoad therefore keeps optional packages in one folder of the
user's QGIS profile, ``<profile>/python/netload_deps``, appended to ``sys.path`` when the plugin
loads, so QGIS's own packages always win over it. The folder is filled by

    <QGIS's python> -m pip install --target <folder> --no-deps --upgrade <pinned packages>

``--no-deps`` with an explicit, pinned list is the point: pip never pulls a numpy (QGIS's numpy,
which its GDAL bindings are built against, stays the one in use) nor anything unlisted.
This module holds the QGIS-free part: the pins, the command line, the interpreter lookup.
"""

from __future__ import annotations

import sys
from pathlib import Path

from .i18n import translate

DEPENDENCY_FOLDER_NAME = "netload_deps"
ONNXRUNTIME_PIN = "onnxruntime==1.20.1"
# onnxruntime's own requirements except numpy (QGIS's numpy is used), pinned.
ONNXRUNTIME_COMPANIONS = (
    "coloredlogs==15.0.1",
    "humanfriendly==10.0",
    "flatbuffers==24.3.25",
    "packaging==24.2",
    "protobuf==5.29.3",
    "sympy==1.13.3",
    "mpmath==1.3.0",
)
INSTALL_ALGORITHM = "netload:install_dependencies"


def dependency_folder(profile_dir: Path) -> Path:
    """``<QGIS profile>/python/netload_deps`` for the profile folder ``profile_dir``."""
    return Path(profile_dir) / "python" / DEPENDENCY_FOLDER_NAME


def activate(folder: Path) -> bool:
    """Append ``folder`` to ``sys.path`` (once) when it exists; True when it is on the path."""
    folder = Path(folder)
    if not folder.is_dir():
        return False
    if str(folder) not in sys.path:
        sys.path.append(str(folder))
    return True


def python_executable() -> Path:
    """The Python interpreter of the running QGIS (or of this script), to run pip with.

    ``sys.executable`` is that interpreter under Linux and ``qgis_process``, but inside QGIS
    desktop on Windows it is ``qgis-bin.exe`` and on macOS the QGIS app binary; the interpreter
    then lives under ``sys.prefix`` (``python.exe``/``python3.exe`` on Windows,
    ``bin/python3`` on macOS and Linux).
    """
    current = Path(sys.executable)
    if current.name.lower().startswith("python"):
        return current
    names = ("python.exe", "python3.exe", "bin/python3", "bin/python", "python3", "python")
    for base in dict.fromkeys((Path(sys.prefix), Path(sys.exec_prefix), current.parent)):
        for name in names:
            candidate = base / name
            if candidate.is_file():
                return candidate
    raise FileNotFoundError(
        f"cannot find the Python interpreter of this QGIS (looked for {', '.join(names)} under {sys.prefix})"
    )


def pip_command(folder: Path, python: Path | None = None) -> list:
    """The argument list that installs onnxruntime and its companions into ``folder``."""
    return [
        str(python or python_executable()), "-m", "pip", "install", "--disable-pip-version-check",
        "--no-input", "--upgrade", "--no-deps", "--only-binary", ":all:", "--target", str(folder),
        ONNXRUNTIME_PIN, *ONNXRUNTIME_COMPANIONS,
    ]


def install_instructions(folder: Path | None = None) -> str:
    """The sentence every 'onnxruntime is missing' message ends with."""
    where = str(folder) if folder else f"<QGIS profile>/python/{DEPENDENCY_FOLDER_NAME}"
    return translate("NetLoadOnnxRuntime", (
        "Install it once, from QGIS: the NetLoad panel's 'Install onnxruntime' button (in 'Find undeclared "
        "rooftop PV'), or Processing Toolbox › NetLoad › Rooftop PV › Install optional dependencies, or "
        "`qgis_process run {}`. It runs `python -m pip install --target {} --no-deps {} …` with QGIS's own "
        "Python, which leaves QGIS's numpy untouched. See the desktop guide (docs/desktop.md).")).format(
        INSTALL_ALGORITHM, where, ONNXRUNTIME_PIN)
