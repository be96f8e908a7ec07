"""pandas ↔ QGIS tables: read a layer's attributes into a DataFrame, write a DataFrame out.

Writing: a table output whose destination is a GeoPackage (a file, or ``ogr:dbname=… table=…``)
is written with one ``executemany`` into a table GDAL created (~1 million rows/s); any other
destination (memory layer, CSV, PostGIS…) goes through the Processing sink, feature by feature
(~10,000 rows/s), which is fine for small tables but not for a year of hourly rows per zone.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import sqlite3
from pathlib import Path

import numpy as np
import pandas as pd
from qgis.core import (
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsFields,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingOutputLayerDefinition,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QDateTime, QTimeZone

from ..compat import make_field
from .arrow_reader import ArrowUnavailable, arrow_batches
from .. import compat

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
    except ArrowUnavailable:
        return None
    frame = pd.DataFrame({name: (np.concatenate(v) if v else np.empty(0)) for name, v in chunks.items()})
    for name in names:
        column = frame[name]
        if column.dtype == object and len(column) and isinstance(column.iloc[0], bytes):
            frame[name] = column.str.decode("utf-8")
    return frame


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
            sink.addFeatures(batch, QgsFeatureSink.Flag.FastInsert)
            batch = []
            if feedback is not None:
                if feedback.isCanceled():
                    return i
                feedback.setProgress(100.0 * i / max(total, 1))
    if batch:
        sink.addFeatures(batch, QgsFeatureSink.Flag.FastInsert)
    return total


_OGR_DESTINATION = re.compile(r"^ogr:dbname='(?P<path>[^']+)'\s+table=\"(?P<table>[^\"]+)\"")
_OGR_KINDS = {"string": "OFTString", "double": "OFTReal", "int": "OFTInteger", "int64": "OFTInteger64",
              "date": "OFTDate", "datetime": "OFTDateTime", "bool": "OFTInteger"}


def gpkg_destination(destination: str) -> tuple[Path, str, bool] | None:
    """(file, table, whole file?) when ``destination`` is a GeoPackage, else None."""
    match = _OGR_DESTINATION.match(destination)
    if match:
        return Path(match.group("path")), match.group("table"), False
    if destination.lower().endswith(".gpkg") and "|" not in destination:
        path = Path(destination)
        return path, path.stem, True
    return None


def _sql_value(kind):
    """Column → list of SQLite values (GeoPackage text for dates and datetimes, None for NULL)."""
    if kind in ("datetime", "date"):
        pattern = "%Y-%m-%dT%H:%M:%S.000Z" if kind == "datetime" else "%Y-%m-%d"

        def convert(values):
            codes, uniques = pd.factorize(pd.Series(values))  # times repeat per zone: format each once
            stamps = pd.to_datetime(pd.Series(uniques), utc=True, errors="coerce")
            text = [None if pd.isna(t) else t.strftime(pattern) for t in stamps] + [None]
            return [text[c] for c in codes.tolist()]  # code -1 (NULL) picks the trailing None
        return convert
    if kind == "double":
        def convert(values):
            numbers = np.asarray(pd.to_numeric(pd.Series(values), errors="coerce"), dtype=float).tolist()
            return [None if v != v else v for v in numbers]
        return convert
    if kind in ("int", "int64", "bool"):
        return lambda values: [None if pd.isna(v) else int(v) for v in values]
    def text(values):
        codes, uniques = pd.factorize(pd.Series(values, dtype=object))  # NULL → code −1
        labels = [str(u) for u in uniques] + [None]
        return [labels[c] for c in codes.tolist()]
    return text


def write_gpkg_table(path: Path, table: str, chunks, columns: dict[str, str], whole_file: bool) -> int:
    """Create (or replace) an attribute table in a GeoPackage and fill it in one transaction.

    ``chunks``: a DataFrame or an iterable of DataFrames (so a year of hourly rows per zone never
    has to exist as Python objects all at once). A whole-file output is built beside the target
    and renamed into place (atomic); a table inside an existing GeoPackage is replaced in one
    transaction. Returns the number of rows.
    """
    from osgeo import ogr

    chunks = [chunks] if isinstance(chunks, pd.DataFrame) else chunks
    target = path.with_name(path.name + ".partial.gpkg") if whole_file else path
    if whole_file:
        target.unlink(missing_ok=True)
    driver = ogr.GetDriverByName("GPKG")
    dataset = driver.Open(str(target), 1) if target.exists() else driver.CreateDataSource(str(target))
    if dataset is None:
        raise QgsProcessingException(f"cannot write the GeoPackage {target}")
    layer = dataset.CreateLayer(table, None, ogr.wkbNone, ["OVERWRITE=YES"])
    for name, kind in columns.items():
        layer.CreateField(ogr.FieldDefn(name, getattr(ogr, _OGR_KINDS[kind])))
    layer = None
    dataset = None
    names = list(columns)
    converters = [_sql_value(columns[n]) for n in names]
    quoted = ", ".join(f'"{n}"' for n in names)
    insert = f'INSERT INTO "{table}" ({quoted}) VALUES ({", ".join("?" * len(names))})'
    rows = 0
    connection = sqlite3.connect(str(target))
    try:
        # a large page cache avoids journal syncs on every cache spill; a whole-file output is a
        # temporary file until renamed, so it needs no journal at all
        connection.execute("PRAGMA cache_size = -262144")
        if whole_file:
            connection.execute("PRAGMA journal_mode = OFF")
            connection.execute("PRAGMA synchronous = OFF")
        with connection:
            # GDAL's per-row feature-count triggers would double the cost: set the count once instead
            triggers = connection.execute(
                "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ? AND name LIKE '%feature_count%'",
                (table,)).fetchall()
            for trigger, _ in triggers:
                connection.execute(f'DROP TRIGGER "{trigger}"')
            for frame in chunks:
                data = [convert(frame[n].to_numpy() if n in frame else [None] * len(frame)) for n, convert in zip(names, converters)]
                connection.executemany(insert, zip(*data))
                rows += len(frame)
            for _, sql in triggers:
                connection.execute(sql)
            if connection.execute("SELECT 1 FROM sqlite_master WHERE name = 'gpkg_ogr_contents'").fetchone():
                connection.execute("UPDATE gpkg_ogr_contents SET feature_count = ? WHERE lower(table_name) = lower(?)",
                                   (rows, table))
    finally:
        connection.close()
    if whole_file:
        os.replace(target, path)
    return rows


def write_table_output(algorithm, parameters, name, context, frame, columns: dict[str, str], feedback=None) -> str:
    """Write ``frame`` (a DataFrame or an iterable of them) to the table output ``name``.

    Returns the destination for the algorithm's results.
    """
    destination = algorithm.parameterAsOutputLayer(parameters, name, context)
    target = gpkg_destination(destination) if destination else None
    if target is None:
        sink, dest = algorithm.parameterAsSink(parameters, name, context, fields_for(columns), compat.WKB_NO_GEOMETRY)
        if sink is None:
            raise QgsProcessingException(algorithm.invalidSinkError(parameters, name))
        for chunk in [frame] if isinstance(frame, pd.DataFrame) else frame:
            write_frame(chunk, sink, columns, feedback)
        return dest
    path, table, whole_file = target
    write_gpkg_table(path, table, frame, columns, whole_file)
    dest = f"{path}|layername={table}"
    definition = parameters.get(name)
    if isinstance(definition, QgsProcessingOutputLayerDefinition) and definition.destinationProject is not None:
        details = QgsProcessingContext.LayerDetails(table, definition.destinationProject, name)
        context.addLayerToLoadOnCompletion(dest, details)
    return dest
