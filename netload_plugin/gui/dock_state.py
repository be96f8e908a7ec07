"""The panel's choices as plain data: remembered between sessions and saved to / loaded from a file.

One dictionary (:func:`panel_state`) serves both: QGIS's settings keep it for the next session, and
*Save settings…* writes it as JSON so a run can be repeated next month or sent to a colleague.
Layers are not part of it (their ids belong to one project); files, dates and choices are.
"""

import json
from datetime import date
from pathlib import Path

from qgis.core import QgsSettings
from qgis.PyQt.QtCore import QCoreApplication

from .run_request import DATA_LIVE, DATA_LOCAL, REGION_EXTENT, REGION_STATES, SOURCE_PARAMETERS

CONTEXT = "NetLoadDockState"
STATE_KEY = "netload/dock"
FILE_FORMAT = "netload-run-settings"
FILE_VERSION = 1


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class SettingsFileError(ValueError):
    """A settings file that cannot be loaded; the message names the file and the problem."""


def panel_state(dock) -> dict:
    """What the analyst chose in the dock (JSON-ready)."""
    return {
        "region_mode": dock.region.mode(),
        "states": dock.region.states(),
        "start": dock.period.start().isoformat(),
        "end": dock.period.end().isoformat(),
        "data_mode": dock.data.mode(),
        "irradiance_source": dock.data.irradiance_source(),
        "ons_dataset": dock.data.ons_dataset(),
        "sources": {key: dock.data.source_widgets[key].filePath().strip() for key in SOURCE_PARAMETERS},
        "calibration": dock.data.calibration(),
        "load": dock.load.state(),
        "output_gpkg": dock.output_widget.filePath().strip(),
        "report": dock.report_check.isChecked(),
    }


def apply_panel_state(dock, state: dict) -> None:
    """Put a :func:`panel_state` dictionary back into the dock; unknown or missing keys are left alone."""
    if state.get("states"):
        dock.region.set_states(state["states"])
    try:
        dock.period.set_period(date.fromisoformat(state["start"]), date.fromisoformat(state["end"]))
    except (KeyError, TypeError, ValueError):
        pass  # nothing stored yet: keep last month
    if state.get("region_mode") in (REGION_STATES, REGION_EXTENT):  # a zone layer may not exist in this project
        dock.region.set_mode(state["region_mode"])
    if state.get("data_mode") in (DATA_LIVE, DATA_LOCAL):
        dock.data.set_mode(state["data_mode"])
    setters = (("irradiance_source", dock.data.set_irradiance_source), ("ons_dataset", dock.data.set_ons_dataset))
    for name, setter in setters:
        if isinstance(state.get(name), int):
            setter(state[name])
    for key, value in (state.get("sources") or {}).items():
        if key in SOURCE_PARAMETERS and isinstance(value, str):
            dock.data.set_source(key, value)
    if isinstance(state.get("calibration"), str):
        dock.data.set_calibration(state["calibration"])
    if isinstance(state.get("load"), dict):
        dock.load.apply_state(state["load"])
    if isinstance(state.get("output_gpkg"), str):
        dock.output_widget.setFilePath(state["output_gpkg"])
    if isinstance(state.get("report"), bool):
        dock.report_check.setChecked(state["report"])


def remember(state: dict) -> None:
    """Keep ``state`` in the QGIS profile for the next session."""
    QgsSettings().setValue(f"{STATE_KEY}/state", json.dumps(state))


def remembered() -> dict:
    """The state kept by :func:`remember`, or ``{}``."""
    text = QgsSettings().value(f"{STATE_KEY}/state", "", type=str)
    try:
        state = json.loads(text) if text else {}
    except ValueError:
        return {}
    return state if isinstance(state, dict) else {}


def write_settings_file(path, state: dict) -> Path:
    """Write ``state`` as a small JSON document (UTF-8)."""
    path = Path(path)
    document = {"format": FILE_FORMAT, "version": FILE_VERSION, **state}
    path.write_text(json.dumps(document, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return path


def read_settings_file(path) -> dict:
    """The state saved by :func:`write_settings_file`; :class:`SettingsFileError` for anything else."""
    path = Path(path)
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise SettingsFileError(tr("{}: not a NetLoad settings file ({}).").format(path, error)) from error
    if not isinstance(document, dict) or document.get("format") != FILE_FORMAT:
        raise SettingsFileError(tr("{}: not a NetLoad settings file.").format(path))
    if document.get("version", 0) > FILE_VERSION:
        message = tr("{}: written by a newer NetLoad (version {}).").format(path, document.get("version"))
        raise SettingsFileError(message)
    return {key: value for key, value in document.items() if key not in ("format", "version")}
