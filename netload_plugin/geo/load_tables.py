"""A load table layer → pandas, with its times as the table wrote them.

:func:`netload_plugin.geo.tables.read_table` turns a QGIS ``QDateTime`` into a UTC instant through
the machine's own time zone when the value has no zone of its own (a CSV opened as a delimited-text
layer with type detection, a memory layer). A load table's times are in the zone the *user states*
(:mod:`netload_plugin.core.load_table`), so such a column is re-read here as wall-clock text, with
an offset only where the value carries one.
"""

from __future__ import annotations

import pandas as pd
from qgis.core import QgsFeatureRequest, QgsVectorLayer
from qgis.PyQt.QtCore import QDate, QDateTime, Qt

from .. import compat
from .tables import read_table


def read_load_table(layer: QgsVectorLayer, fields: list[str], time_field: str) -> pd.DataFrame:
    """The columns ``fields`` of every feature, in feature order (the rows' numbers in messages)."""
    frame = read_table(layer, fields)
    index = layer.fields().indexOf(time_field)
    if index < 0 or time_field not in frame or pd.api.types.is_datetime64_any_dtype(frame[time_field]):
        return frame  # text, or naive values read column-wise by GDAL: already as written
    if not layer.fields().at(index).isDateOrTime():
        return frame
    request = QgsFeatureRequest().setFlags(compat.REQUEST_NO_GEOMETRY).setSubsetOfAttributes([index])
    frame[time_field] = [_as_written(feature.attribute(index)) for feature in layer.getFeatures(request)]
    return frame


def _as_written(value):
    """A QDateTime/QDate as ISO text: wall clock, plus its offset when the value has a zone."""
    if isinstance(value, QDate):
        return value.toString("yyyy-MM-dd") if value.isValid() else None
    if not isinstance(value, QDateTime) or not value.isValid():
        return None if value is None or (hasattr(value, "isNull") and value.isNull()) else value
    text = value.toString("yyyy-MM-ddTHH:mm:ss.zzz")
    spec = value.timeSpec()
    if spec == Qt.TimeSpec.UTC:
        return text + "Z"
    if spec == Qt.TimeSpec.OffsetFromUTC:
        minutes = value.offsetFromUtc() // 60
        sign = "-" if minutes < 0 else "+"
        return f"{text}{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"
    return text
