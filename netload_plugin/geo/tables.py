"""QGIS tables → pandas: a layer's attributes as a DataFrame, column-wise through GDAL's Arrow stream
when the layer allows it, feature by feature otherwise.

Writing DataFrames out is :mod:`netload_plugin.geo.gpkg_table`'s job.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from qgis.core import QgsFeatureRequest, QgsVectorLayer
from qgis.PyQt.QtCore import QDateTime

from .. import compat
from .arrow_reader import ArrowUnavailableError, arrow_batches


def _plain(value):
    if value is None or (hasattr(value, "isNull") and value.isNull()):
        return None
    if isinstance(value, QDateTime):
        return pd.Timestamp(value.toMSecsSinceEpoch(), unit="ms", tz="UTC")
    if hasattr(value, "toPyDate"):
        return value.toPyDate()
    return value


def read_table(layer: QgsVectorLayer, fields: list[str] | None = None) -> pd.DataFrame:
    """Attributes of every feature (all fields, or ``fields`` that exist) as a DataFrame."""
    names = [f for f in (fields or layer.fields().names()) if layer.fields().indexOf(f) >= 0]
    frame = _read_ogr_table(layer, names)
    if frame is not None:
        return frame
    request = QgsFeatureRequest().setFlags(compat.REQUEST_NO_GEOMETRY).setSubsetOfAttributes(names, layer.fields())
    rows = [[_plain(feature[name]) for name in names] for feature in layer.getFeatures(request)]
    return pd.DataFrame(rows, columns=names)


def _read_ogr_table(layer, names):
    """The columns ``names`` through GDAL's Arrow stream, or None when that path cannot serve."""
    chunks = {name: [] for name in names}
    try:
        for batch in arrow_batches(layer, names, with_geometry=False):
            for name in names:
                chunks[name].append(batch[name])
    except ArrowUnavailableError:
        return None
    return pd.DataFrame({name: (np.concatenate(v) if v else np.empty(0)) for name, v in chunks.items()})
