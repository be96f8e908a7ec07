"""Writing cleaned point tables (pandas frames with ``lon``/``lat``) as QGIS outputs, atomically.

A ``.gpkg`` destination goes through the fast :class:`~netload_plugin.core.gpkg_points.GpkgPointWriter`;
any other format is written to a temporary GeoPackage first and converted with
``QgsVectorFileWriter``. Either way the result is built beside the target and renamed over it
only when complete, so a failed or cancelled run leaves an earlier output untouched.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Iterable

import pandas as pd
from qgis.core import (
    QgsCoordinateTransformContext,
    QgsFeature,
    QgsFeatureSink,
    QgsFields,
    QgsVectorFileWriter,
    QgsVectorLayer,
)

from ..compat import make_field
from ..core.errors import NetLoadError
from ..core.gpkg_points import GpkgPointWriter

_FIELD_KIND = {"text": "string", "real": "double", "integer": "int64", "date": "date"}


def write_points(frames: Iterable[pd.DataFrame], output: Path, table: str, columns: dict[str, str],
                 description: str = "") -> int:
    """Write every frame to ``output`` (EPSG:4674 points); return the feature count."""
    output = Path(output)
    output.parent.mkdir(parents=True, exist_ok=True)
    staging = output.with_name(f".{output.stem}.{os.getpid()}.partial.gpkg")
    converted = None
    try:
        with GpkgPointWriter(staging, table, columns, description=description) as writer:
            for frame in frames:
                writer.append(frame)
        count = writer.count
        if output.suffix.lower() == ".gpkg":
            os.replace(staging, output)
        else:
            converted = output.with_name(f".{output.stem}.{os.getpid()}.partial{output.suffix}")
            _convert(staging, table, converted)
            for part in converted.parent.glob(converted.stem + ".*"):  # a shapefile has siblings
                os.replace(part, output.with_suffix(part.suffix))
        return count
    finally:
        staging.unlink(missing_ok=True)
        if converted is not None:
            for sibling in converted.parent.glob(converted.stem + ".*"):
                sibling.unlink(missing_ok=True)


def _convert(gpkg: Path, table: str, target: Path) -> None:
    layer = QgsVectorLayer(f"{gpkg}|layername={table}", table, "ogr")
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = QgsVectorFileWriter.driverForExtension(target.suffix)
    options.layerName = table
    result = QgsVectorFileWriter.writeAsVectorFormatV2(layer, str(target), QgsCoordinateTransformContext(), options)
    if result[0] != QgsVectorFileWriter.WriterError.NoError:
        raise NetLoadError(f"Could not write {target.name}: {result[1]}")


def table_fields(columns: dict[str, str]) -> QgsFields:
    """``QgsFields`` for a geometry-less table (the REJECTED outputs)."""
    fields = QgsFields()
    for name, kind in columns.items():
        fields.append(make_field(name, _FIELD_KIND[kind]))
    return fields


def append_rows(sink, frame: pd.DataFrame, fields: QgsFields) -> None:
    """Add the rows of ``frame`` (columns named as ``fields``) to a geometry-less sink."""
    names = [fields.at(i).name() for i in range(fields.count())]
    values = frame[names].astype(object)
    features = []
    for row in values.where(values.notna(), None).itertuples(index=False, name=None):
        feature = QgsFeature(fields)
        feature.setAttributes(list(row))
        features.append(feature)
    sink.addFeatures(features, QgsFeatureSink.Flag.FastInsert)


def points_passing_rejects(chunks, rejected_sink, reject_fields: QgsFields):
    """The points of each parser chunk, sending its rejected rows to ``rejected_sink`` (if any) on the way."""
    for points, rejects in chunks:
        if rejected_sink is not None and len(rejects):
            append_rows(rejected_sink, rejects, reject_fields)
        yield points
