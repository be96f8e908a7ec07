"""GD units × zone layer: membership pairs and per-zone sums (used by aggregate_gd and the pipeline)."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd
from qgis.core import QgsVectorLayer

from ..core.definitions import GdFieldNames
from ..core.errors import NetLoadError
from ..core.gd_aggregate import GdUnits, match_by_code
from ..core.point_in_polygon import locate_points
from .columnar import read_points, read_polygons

METHOD_LOCATION = 0
METHOD_CODE = 1


@dataclass
class Membership:
    units: GdUnits
    xs: np.ndarray
    ys: np.ndarray
    unit_index: np.ndarray
    zone_index: np.ndarray
    zone_features: list
    repaired: int


def to_dates(values) -> np.ndarray | None:
    """Any date-like column (strings, QDate, datetime64) → ``datetime64[D]`` with NaT."""
    if values is None:
        return None
    if np.issubdtype(np.asarray(values).dtype, np.datetime64):
        return np.asarray(values).astype("datetime64[D]")
    series = pd.Series(values, dtype=object).map(
        lambda v: v.toString("yyyy-MM-dd") if hasattr(v, "toString") else v
    )
    return pd.to_datetime(series, errors="coerce").to_numpy().astype("datetime64[D]")


def read_units(layer: QgsVectorLayer, names: GdFieldNames, target_crs, feedback=None):
    """GD units as columns plus their coordinates in ``target_crs``."""
    if layer.fields().indexOf(names.capacity) < 0:
        raise NetLoadError(
            f"GD layer '{layer.name()}' has no capacity field '{names.capacity}' "
            f"(fields: {', '.join(layer.fields().names())})"
        )
    wanted = [
        names.capacity,
        names.generation_type,
        names.consumer_class,
        names.modality,
        names.connected_on,
        names.ibge_code,
    ]
    xs, ys, data = read_points(layer, wanted, target_crs, feedback)
    units = GdUnits(
        capacity_kw=pd.to_numeric(pd.Series(data[names.capacity]), errors="coerce").to_numpy(dtype=float),
        generation_type=data.get(names.generation_type),
        consumer_class=data.get(names.consumer_class),
        modality=data.get(names.modality),
        connected_on=to_dates(data.get(names.connected_on)),
        ibge_code=data.get(names.ibge_code),
    )
    return units, xs, ys


def membership(
    gd_layer: QgsVectorLayer,
    zone_layer: QgsVectorLayer,
    method: int,
    names: GdFieldNames,
    zone_id_field: str | None,
    context=None,
    feedback=None,
) -> Membership:
    """Which zone(s) each GD unit belongs to, by location or by IBGE code."""
    units, xs, ys = read_units(gd_layer, names, zone_layer.crs(), feedback)
    if method == METHOD_CODE:
        if not zone_id_field or zone_layer.fields().indexOf(zone_id_field) < 0:
            raise NetLoadError(f"zone layer '{zone_layer.name()}' has no IBGE code field '{zone_id_field}'")
        if units.ibge_code is None:
            raise NetLoadError(f"GD layer '{gd_layer.name()}' has no IBGE code field '{names.ibge_code}'")
        features = list(zone_layer.getFeatures())
        unit_index, zone_index = match_by_code(units.ibge_code, [f[zone_id_field] for f in features])
        return Membership(units, xs, ys, unit_index, zone_index, features, 0)
    polygons, features, repaired = read_polygons(zone_layer, None, context)
    unit_index, zone_index = locate_points(polygons, xs, ys)
    return Membership(units, xs, ys, unit_index, zone_index, features, repaired)
