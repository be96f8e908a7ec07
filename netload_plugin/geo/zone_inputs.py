"""Zone and irradiance layers → the arrays ``core.zone_generation`` needs."""

from __future__ import annotations

import numpy as np
import pandas as pd
from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsProject, QgsVectorLayer

from ..core.errors import NetLoadError
from ..core.zone_generation import MONTH_FIELDS
from .columnar import read_points
from .tables import read_table

GEOGRAPHIC = QgsCoordinateReferenceSystem("EPSG:4674")


def zone_id_field(layer: QgsVectorLayer, requested: str | None) -> str | None:
    """The zone id field: the one asked for, else ``ibge_code``/``zone_id``/``id`` if present."""
    if requested:
        if layer.fields().indexOf(requested) < 0:
            raise NetLoadError(f"zone layer '{layer.name()}' has no field '{requested}'")
        return requested
    for name in ("zone_id", "ibge_code", "id", "CD_MUN", "code"):
        if layer.fields().indexOf(name) >= 0:
            return name
    return None


def zone_table(layer: QgsVectorLayer, id_field: str | None, capacity_field: str | None, context=None) -> pd.DataFrame:
    """One row per zone: ``zone_id`` (text), ``lat``, ``lon`` (centroid, degrees), ``capacity_kw``, ``fid``."""
    project = context.project() if context is not None and context.project() else QgsProject.instance()
    transform = QgsCoordinateTransform(layer.crs(), GEOGRAPHIC, project.transformContext())
    rows = []
    for feature in layer.getFeatures():
        geometry = feature.geometry()
        if geometry.isNull() or geometry.isEmpty():
            lat = lon = np.nan
        else:
            point = geometry.pointOnSurface() if not geometry.centroid().within(geometry) else geometry.centroid()
            point = transform.transform(point.asPoint())
            lat, lon = point.y(), point.x()
        zone_id = feature[id_field] if id_field else feature.id()
        capacity = feature[capacity_field] if capacity_field else None
        rows.append((str(zone_id), lat, lon, capacity, feature.id()))
    frame = pd.DataFrame(rows, columns=["zone_id", "lat", "lon", "capacity_kw", "fid"])
    frame["capacity_kw"] = pd.to_numeric(frame["capacity_kw"], errors="coerce").fillna(0.0)
    return frame


def irradiance_points(layer: QgsVectorLayer, monthly: bool) -> pd.DataFrame:
    """Stations/cells: ``station``, ``lat``, ``lon`` (degrees) and, for LABREN, ``ghi_jan…ghi_dec``."""
    fields = ["station", *(MONTH_FIELDS if monthly else ())]
    missing = [f for f in fields if layer.fields().indexOf(f) < 0]
    if missing:
        raise NetLoadError(f"irradiance layer '{layer.name()}' lacks field(s) {', '.join(missing)}")
    xs, ys, data = read_points(layer, fields, GEOGRAPHIC)
    frame = pd.DataFrame({"station": data["station"], "lat": ys, "lon": xs})
    for name in fields[1:]:
        frame[name] = pd.to_numeric(pd.Series(data[name]), errors="coerce").to_numpy()
    frame["station"] = frame["station"].map(str)
    return frame[np.isfinite(frame["lat"]) & np.isfinite(frame["lon"])].reset_index(drop=True)


def irradiance_series(layer: QgsVectorLayer) -> pd.DataFrame:
    """Series table (station, time_utc, interval_s, ghi_wm2, temp_c) with ``time_utc`` as UTC timestamps."""
    frame = read_table(layer, ["station", "time_utc", "interval_s", "ghi_wm2", "temp_c"])
    for name in ("station", "time_utc", "interval_s", "ghi_wm2"):
        if name not in frame:
            raise NetLoadError(f"irradiance series '{layer.name()}' lacks field '{name}'")
    frame["time_utc"] = pd.to_datetime(frame["time_utc"], utc=True, errors="coerce")
    frame["station"] = frame["station"].astype(str)
    if "temp_c" not in frame:
        frame["temp_c"] = np.nan
    return frame.dropna(subset=["time_utc"])
