"""The files an algorithm will write, checked before its first step.

A destination in a folder that cannot be created or written used to fail with a ``FileNotFoundError``
traceback after the whole run (a national pipeline: minutes of work lost). :func:`check_destinations`
finds every file destination among an algorithm's parameters and says at once, in one line, which one
cannot be written and why; it also clears the stale leftovers of killed runs beside each of them.
Destinations that are not files (``TEMPORARY_OUTPUT``, ``memory:``, databases) are left to QGIS.
"""

from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path

from qgis.core import QgsProcessing, QgsProcessingOutputLayerDefinition, QgsProperty

from ..core.errors import NetLoadError
from .work_files import remove_stale_leftovers

_OGR_TABLE = re.compile(r"^ogr:dbname='(?P<path>[^']+)'")
_SCHEME = re.compile(r"^[a-z][a-z0-9+]*:", re.IGNORECASE)
_DRIVE = re.compile(r"^[A-Za-z]:[\\/]")


def destination_file(value, context) -> Path | None:
    """The file behind a destination parameter's value, or None (not given, temporary, not a file)."""
    if isinstance(value, QgsProcessingOutputLayerDefinition):
        value = value.sink
    if isinstance(value, QgsProperty):
        value = value.valueAsString(context.expressionContext())
    text = str(value or "").strip()
    if not text or text == QgsProcessing.TEMPORARY_OUTPUT:
        return None
    match = _OGR_TABLE.match(text)
    if match:
        return Path(match.group("path"))
    if _SCHEME.match(text) and not _DRIVE.match(text):  # memory:, postgres:, file://…
        return None
    return Path(text.split("|", 1)[0])


def writable_problem(path: Path) -> str | None:
    """Why ``path`` cannot be written (its folder cannot be created or written), or None.

    Nothing is created: the nearest existing folder above is probed with a file made and removed there.
    """
    folder = path.parent
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    if not folder.is_dir():
        return f"{folder} is a file, not a folder"
    if path.is_dir():
        return "it is a folder"
    try:
        handle, probe = tempfile.mkstemp(prefix=".netload-probe-", dir=folder)
    except OSError as error:
        return f"cannot write in {folder} ({error.strerror or error})"
    os.close(handle)
    os.unlink(probe)
    return None


def check_destinations(algorithm, parameters: dict, context) -> list:
    """Refuse, in one line naming the parameter, a file destination that cannot be written; returns the files."""
    files = []
    for definition in algorithm.destinationParameterDefinitions():
        path = destination_file(parameters.get(definition.name()), context)
        if path is None:
            continue
        problem = writable_problem(path)
        if problem:
            raise NetLoadError(f"{definition.name()}: cannot write {path}: {problem}.")
        remove_stale_leftovers(path)
        files.append(path)
    return files
