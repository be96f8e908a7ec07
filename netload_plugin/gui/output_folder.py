"""Where a run's GeoPackage goes when the analyst does not say: a folder that outlives QGIS.

Processing's temporary folder is deleted when QGIS closes, taking the results with it. The default
is the saved project's folder (results beside the project that shows them), else ``NetLoad`` in the
user's documents folder (``Documentos`` on a Portuguese system: Qt knows its name).
"""

from pathlib import Path

from qgis.core import QgsProject
from qgis.PyQt.QtCore import QStandardPaths

FOLDER_NAME = "NetLoad"


def default_output_folder(project: QgsProject = None) -> Path:
    """The saved project's folder, else ``<Documents>/NetLoad`` (home if the system has no documents folder)."""
    project = project or QgsProject.instance()
    if project.fileName() and project.absolutePath():
        return Path(project.absolutePath())
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents or Path.home()) / FOLDER_NAME


def default_output_path(file_name: str, project: QgsProject = None) -> Path:
    """``file_name`` in :func:`default_output_folder` (the folder is created when the run starts)."""
    return default_output_folder(project) / file_name
