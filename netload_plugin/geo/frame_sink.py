"""Writing pandas tables to Processing feature sinks, feature by feature (points or geometry-less tables).

Columns are converted once per column (NaN/NaT → NULL, UTC times → ``QDateTime`` in UTC,
dates → ``QDate``) and features are added in batches with ``FastInsert``; cancel is checked
between batches.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from qgis.core import QgsFeature, QgsFeatureSink, QgsFields, QgsGeometry, QgsPointXY
from qgis.PyQt.QtCore import QDate, QDateTime, Qt

from ..compat import make_field
from ..core.progress import Progress

BATCH = 20_000


def fields_from(spec: dict) -> QgsFields:
    """``QgsFields`` from ``{name: kind}`` (kinds of :func:`~netload_plugin.compat.make_field`)."""
    fields = QgsFields()
    for name, kind in spec.items():
        fields.append(make_field(name, kind))
    return fields


def _column_values(series: pd.Series, kind: str) -> list:
    if kind == "datetime":
        utc = pd.to_datetime(series, utc=True)
        millis = utc.to_numpy(dtype="datetime64[ms]").astype("int64")
        missing = utc.isna().to_numpy()
        spec = Qt.TimeSpec.UTC
        return [None if gap else QDateTime.fromMSecsSinceEpoch(int(ms), spec) for ms, gap in zip(millis, missing)]
    if kind == "date":  # dates, timestamps or ISO text; unreadable ones are NULL, as in a GeoPackage
        days = pd.to_datetime(series, errors="coerce")
        return [None if pd.isna(day) else QDate(day.year, day.month, day.day) for day in days]
    if kind == "double":
        values = pd.to_numeric(series, errors="coerce").to_numpy(dtype=float)
        out = values.astype(object)
        out[np.isnan(values)] = None
        return out.tolist()
    if kind in ("int", "int64", "bool"):
        return [None if pd.isna(v) else int(v) for v in series]
    return [None if v is None or (isinstance(v, float) and np.isnan(v)) else str(v) for v in series]


def write_frame(sink, frame: pd.DataFrame, spec: dict, progress: Progress | None = None,
                xy: tuple[str, str] | None = None) -> int:
    """Add every row of ``frame`` (columns named as ``spec``) to ``sink``; ``xy`` names lon/lat columns."""
    progress = progress or Progress()
    fields = fields_from(spec)
    columns = [_column_values(frame[name] if name in frame else pd.Series([None] * len(frame)), kind)
               for name, kind in spec.items()]
    points = None
    if xy is not None:
        points = list(zip(frame[xy[0]].to_numpy(dtype=float), frame[xy[1]].to_numpy(dtype=float)))
    total, batch = len(frame), []
    for index, row in enumerate(zip(*columns)):
        feature = QgsFeature(fields)
        feature.setAttributes(list(row))
        if points is not None:
            feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(*points[index])))
        batch.append(feature)
        if len(batch) == BATCH:
            sink.addFeatures(batch, QgsFeatureSink.Flag.FastInsert)
            batch = []
            progress.check_cancelled()
            progress.set_fraction((index + 1) / total)
    if batch:
        sink.addFeatures(batch, QgsFeatureSink.Flag.FastInsert)
    progress.set_fraction(1.0)
    return total
