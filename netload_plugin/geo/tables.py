"""pandas ↔ QGIS tables: read a layer's attributes into a DataFrame, write a DataFrame to a sink."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd
from qgis.core import QgsFeature, QgsFeatureRequest, QgsFeatureSink, QgsFields, QgsVectorLayer
from qgis.PyQt.QtCore import QDateTime, QTimeZone

from ..compat import make_field

_BATCH = 20_000


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
    if layer.providerType() == "ogr" and not layer.subsetString():
        frame = _read_ogr_table(layer, names)
        if frame is not None:
            return frame
    request = QgsFeatureRequest().setFlags(QgsFeatureRequest.NoGeometry).setSubsetOfAttributes(names, layer.fields())
    rows = [[_plain(feature[name]) for name in names] for feature in layer.getFeatures(request)]
    return pd.DataFrame(rows, columns=names)


def _read_ogr_table(layer, names):
    from osgeo import ogr

    parts = layer.dataProvider().dataSourceUri().split("|")
    dataset = ogr.Open(parts[0])
    if dataset is None:
        return None
    layer_name = next((p.split("=", 1)[1] for p in parts[1:] if p.startswith("layername=")), None)
    ogr_layer = dataset.GetLayer(layer_name) if layer_name else dataset.GetLayer(0)
    if ogr_layer is None or not hasattr(ogr_layer, "GetArrowStreamAsNumPy"):
        return None
    definition = ogr_layer.GetLayerDefn()
    available = [definition.GetFieldDefn(i).GetName() for i in range(definition.GetFieldCount())]
    ogr_layer.SetIgnoredFields([f for f in available if f not in names] + ["OGR_GEOMETRY"])
    chunks = {name: [] for name in names}
    for batch in ogr_layer.GetArrowStreamAsNumPy():
        for name in names:
            if name not in batch:
                return None
            chunks[name].append(unmask(batch[name]))
    frame = pd.DataFrame({name: (np.concatenate(v) if v else np.empty(0)) for name, v in chunks.items()})
    for name in names:
        column = frame[name]
        if column.dtype == object and len(column) and isinstance(column.iloc[0], bytes):
            frame[name] = column.str.decode("utf-8")
    return frame


def unmask(values) -> np.ndarray:
    """A (masked) Arrow column as a plain array: NULL → NaN (numbers) or None (anything else)."""
    if not isinstance(values, np.ma.MaskedArray):
        return values
    if not values.mask.any():
        return values.data
    if values.dtype.kind in "fiu":
        return values.astype(float).filled(np.nan)
    out = values.data.astype(object)
    out[values.mask] = None
    return out


def fields_for(columns: dict[str, str]) -> QgsFields:
    """``{"zone_id": "string", "time_utc": "datetime", ...}`` → QgsFields."""
    fields = QgsFields()
    for name, kind in columns.items():
        fields.append(make_field(name, kind))
    return fields


def _qt_value(value, kind):
    if value is None or (isinstance(value, float) and np.isnan(value)) or value is pd.NaT:
        return None
    if kind == "datetime":
        stamp = pd.Timestamp(value)
        if stamp.tzinfo is not None:
            stamp = stamp.tz_convert("UTC").tz_localize(None)
        qt = QDateTime.fromMSecsSinceEpoch(int(stamp.value // 1_000_000), QTimeZone.utc())
        return qt
    if kind == "date":
        return value if isinstance(value, dt.date) else pd.Timestamp(value).date()
    if kind in ("int", "int64"):
        return int(value)
    if kind == "double":
        return float(value)
    return str(value)


def write_frame(frame: pd.DataFrame, sink, columns: dict[str, str], feedback=None) -> int:
    """Write the rows of ``frame`` (columns as declared) as geometry-less features; returns rows."""
    fields = fields_for(columns)
    names = list(columns)
    kinds = [columns[n] for n in names]
    total = len(frame)
    data = [frame[n].tolist() if n in frame else [None] * total for n in names]
    batch = []
    for i in range(total):
        feature = QgsFeature(fields)
        feature.setAttributes([_qt_value(data[c][i], kinds[c]) for c in range(len(names))])
        batch.append(feature)
        if len(batch) >= _BATCH:
            sink.addFeatures(batch, QgsFeatureSink.FastInsert)
            batch = []
            if feedback is not None:
                if feedback.isCanceled():
                    return i
                feedback.setProgress(100.0 * i / max(total, 1))
    if batch:
        sink.addFeatures(batch, QgsFeatureSink.FastInsert)
    return total
