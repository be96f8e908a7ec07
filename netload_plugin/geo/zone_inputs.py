"""Zone and irradiance layers → the arrays ``core.zone_generation`` needs."""

from __future__ import annotations

import numpy as np
import pandas as pd
from qgis.core import QgsCoordinateReferenceSystem, QgsGeometry, QgsVectorLayer

from ..core.errors import NetLoadError
from ..core.zone_generation import MONTH_FIELDS
from .columnar import checked_transform, read_points, transform_geometry
from .tables import read_table


def sirgas2000() -> QgsCoordinateReferenceSystem:
    """EPSG:4674 (SIRGAS 2000, degrees), made in the calling thread on every call.

    Never a module-level constant: a CRS object created in the main thread and used in a QGIS
    task's worker thread has returned an empty WKT there (issue 17).
    """
    return QgsCoordinateReferenceSystem("EPSG:4674")


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


def require_zone_geometries(layer: QgsVectorLayer, id_field: str | None) -> None:
    """Fail with the zones that have no geometry (NULL or empty): they have no place to model.

    Checked where zones are read, so the analyst reads which zone it is instead of a later
    "latitude must be within ±90°" or "no irradiance station" about a NaN centroid.
    """
    missing = [_zone_label(feature, id_field) for feature in layer.getFeatures() if _no_geometry(feature.geometry())]
    if missing:
        raise_zones_without_geometry(layer, missing)


def raise_zones_without_geometry(layer: QgsVectorLayer, labels: list[str]) -> None:
    """One line naming the first ten zones without geometry."""
    shown = ", ".join(labels[:10]) + (f" and {len(labels) - 10} more" if len(labels) > 10 else "")
    raise NetLoadError(f"zone layer '{layer.name()}': {len(labels)} zone(s) have no geometry (NULL or empty): "
                       f"{shown}. Fix or remove them and run again.")


def _no_geometry(geometry: QgsGeometry) -> bool:
    return geometry.isNull() or geometry.isEmpty()


def _zone_label(feature, id_field: str | None) -> str:
    """``4205407 (feature 12)``, or ``feature 12`` when the layer has no such id field."""
    if id_field and feature.fields().indexOf(id_field) >= 0:
        return f"{feature[id_field]} (feature {feature.id()})"
    return f"feature {feature.id()}"


def zone_table(layer: QgsVectorLayer, id_field: str | None, capacity_field: str | None, context=None) -> pd.DataFrame:
    """One row per zone: ``zone_id`` (text), ``lat``, ``lon`` (centroid, degrees), ``capacity_kw``, ``fid``.

    A zone without geometry stops the run with its id (:func:`require_zone_geometries`).
    """
    transform = checked_transform(layer, sirgas2000(), context)
    rows, missing = [], []
    for feature in layer.getFeatures():
        geometry = feature.geometry()
        if _no_geometry(geometry):
            missing.append(_zone_label(feature, id_field))
            continue
        point = geometry.pointOnSurface() if not geometry.centroid().within(geometry) else geometry.centroid()
        transform_geometry(point, transform, layer, feature)
        zone_id = feature[id_field] if id_field else feature.id()
        capacity = feature[capacity_field] if capacity_field else None
        rows.append((str(zone_id), point.asPoint().y(), point.asPoint().x(), capacity, feature.id()))
    if missing:
        raise_zones_without_geometry(layer, missing)
    frame = pd.DataFrame(rows, columns=["zone_id", "lat", "lon", "capacity_kw", "fid"])
    frame["capacity_kw"] = pd.to_numeric(frame["capacity_kw"], errors="coerce").fillna(0.0)
    return frame


def irradiance_points(layer: QgsVectorLayer, monthly: bool) -> pd.DataFrame:
    """Stations/cells: ``station``, ``lat``, ``lon`` (degrees) and, for LABREN, ``ghi_jan…ghi_dec``."""
    fields = ["station", *(MONTH_FIELDS if monthly else ())]
    missing = [f for f in fields if layer.fields().indexOf(f) < 0]
    if missing:
        raise NetLoadError(f"irradiance layer '{layer.name()}' lacks field(s) {', '.join(missing)}")
    xs, ys, data = read_points(layer, fields, sirgas2000())
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
