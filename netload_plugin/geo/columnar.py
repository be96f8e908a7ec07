"""Read point layers and polygon layers into numpy arrays, fast.

Point layers backed by OGR (GeoPackage, Shapefile, CSV…) are read through GDAL's Arrow stream
(``ogr.Layer.GetArrowStreamAsNumPy``, GDAL ≥ 3.6): millions of points in about a second. Other
providers (memory, PostGIS, delimited text) fall back to one ``QgsFeatureRequest`` pass that
fetches only the needed attributes. Coordinates are transformed to the target CRS in bulk.
"""

from __future__ import annotations

import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCsException,
    QgsFeatureRequest,
    QgsGeometry,
    QgsProject,
    QgsVectorLayer,
    QgsWkbTypes,
)

from .. import compat
from ..core.errors import NetLoadError
from ..core.point_in_polygon import PolygonSet
from .arrow_reader import GEOMETRY, ArrowUnavailableError, arrow_batches


def _read_ogr(layer: QgsVectorLayer, fields: list[str]):
    """x, y and columns through GDAL's Arrow stream, or None when that path cannot serve."""
    columns: dict[str, list] = {name: [] for name in fields}
    xs, ys = [], []
    try:
        for batch in arrow_batches(layer, fields, with_geometry=True):
            x, y = _points_from_wkb(batch[GEOMETRY])
            xs.append(x)
            ys.append(y)
            for name in fields:
                columns[name].append(batch[name])
    except ArrowUnavailableError:
        return None
    if not xs:
        return np.empty(0), np.empty(0), {name: np.empty(0, object) for name in fields}
    data = {k: np.concatenate(v) for k, v in columns.items()}
    return np.concatenate(xs), np.concatenate(ys), data


_WKB_POINT = np.dtype([("order", "u1"), ("type", "<u4"), ("x", "<f8"), ("y", "<f8")])


def _points_from_wkb(blobs: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """x, y of WKB points (2D, little-endian, 21 bytes); anything else parsed one by one."""
    n = len(blobs)
    xs, ys = np.full(n, np.nan), np.full(n, np.nan)
    if n == 0:
        return xs, ys
    if blobs.dtype.kind == "V":  # fixed-width binary column: every geometry has this size
        blobs = np.array([bytes(b) for b in blobs], dtype=object) if blobs.dtype.itemsize != 21 else blobs
    if blobs.dtype.kind == "V":
        raw = np.frombuffer(blobs.tobytes(), dtype=_WKB_POINT)
        ok = (raw["order"] == 1) & (raw["type"] == 1)
        xs[ok], ys[ok] = raw["x"][ok], raw["y"][ok]
        if ok.all():
            return xs, ys
        blobs = np.array([bytes(b) for b in blobs], dtype=object)
    lengths = np.fromiter((len(b) if b is not None else 0 for b in blobs), dtype=np.int64, count=n)
    simple = lengths == 21
    if simple.any():
        raw = np.frombuffer(b"".join(blobs[simple]), dtype=_WKB_POINT)
        ok = (raw["order"] == 1) & (raw["type"] == 1)
        index = np.nonzero(simple)[0]
        xs[index[ok]] = raw["x"][ok]
        ys[index[ok]] = raw["y"][ok]
        simple[index[~ok]] = False
    for i in np.nonzero(~simple & (lengths > 0))[0]:
        geometry = QgsGeometry()
        geometry.fromWkb(bytes(blobs[i]))
        if not geometry.isEmpty():
            point = (
                geometry.centroid().asPoint()
                if QgsWkbTypes.flatType(geometry.wkbType()) != compat.WKB_POINT
                else geometry.asPoint()
            )
            xs[i], ys[i] = point.x(), point.y()
    return xs, ys


def _read_features(layer: QgsVectorLayer, fields: list[str], feedback=None):
    request = QgsFeatureRequest().setSubsetOfAttributes(fields, layer.fields())
    n = layer.featureCount()
    xs, ys = [], []
    data = {name: [] for name in fields}
    for count, feature in enumerate(layer.getFeatures(request)):
        geometry = feature.geometry()
        if geometry.isNull() or geometry.isEmpty():
            xs.append(np.nan)
            ys.append(np.nan)
        else:
            point = geometry.asPoint() if not geometry.isMultipart() else geometry.centroid().asPoint()
            xs.append(point.x())
            ys.append(point.y())
        for name in fields:
            value = feature[name]
            data[name].append(None if value is None or (hasattr(value, "isNull") and value.isNull()) else value)
        if feedback is not None and count % 50_000 == 0:
            if feedback.isCanceled():
                break
            if n > 0:
                feedback.setProgress(100.0 * count / n)
    return np.array(xs, float), np.array(ys, float), {k: np.array(v, dtype=object) for k, v in data.items()}


def read_points(
    layer: QgsVectorLayer, fields: list[str], target_crs: QgsCoordinateReferenceSystem | None = None, feedback=None
) -> tuple[np.ndarray, np.ndarray, dict[str, np.ndarray]]:
    """x, y (in ``target_crs``) and the named attribute columns of every feature of ``layer``."""
    fields = [f for f in fields if f and layer.fields().indexOf(f) >= 0]
    result = _read_ogr(layer, fields)
    if result is None:
        result = _read_features(layer, fields, feedback)
    xs, ys, data = result
    if target_crs is not None and target_crs.isValid() and layer.crs().isValid() and layer.crs() != target_crs:
        xs, ys = transform_arrays(xs, ys, layer.crs(), target_crs, f"layer '{layer.name()}'")
    return xs, ys, data


def transform_arrays(xs, ys, source: QgsCoordinateReferenceSystem, target: QgsCoordinateReferenceSystem,
                     what: str = "the points"):
    """Bulk coordinate transformation with OSR (axis order: x = easting/longitude).

    Safe in a worker thread: each OSR reference is built from the CRS's authority id (a plain
    string) whenever it has one — a QGIS task's thread once got an empty ``toWkt()`` for
    EPSG:4674, the transformation was never built and ``TransformPoints`` failed with a
    ``TypeError``. A CRS that cannot be turned into a transformation raises one readable
    :class:`NetLoadError` naming ``what`` and both CRSs.
    """
    from osgeo import osr

    transform = None
    try:
        transform = osr.CoordinateTransformation(osr_reference(source, what), osr_reference(target, what))
    except (RuntimeError, TypeError) as error:  # GDAL with exceptions on, or a failed reference
        _raise_untransformable(what, source, target, str(error))
    if transform is None:
        _raise_untransformable(what, source, target, "PROJ found no transformation")
    valid = np.isfinite(xs) & np.isfinite(ys)
    out_x, out_y = np.full(len(xs), np.nan), np.full(len(ys), np.nan)
    if valid.any():
        points = np.column_stack([xs[valid], ys[valid]])
        moved = np.array(transform.TransformPoints(points))
        out_x[valid], out_y[valid] = moved[:, 0], moved[:, 1]
    return out_x, out_y


def osr_reference(crs: QgsCoordinateReferenceSystem, what: str = "the layer"):
    """An ``osr.SpatialReference`` (GIS axis order) for ``crs``: from its authority id, else its WKT,
    else its PROJ string; a :class:`NetLoadError` naming ``what`` when none of them can be read."""
    from osgeo import osr

    srs = osr.SpatialReference()
    readers = ((srs.SetFromUserInput, crs.authid), (srs.ImportFromWkt, lambda: crs.toWkt(compat.CRS_WKT_PREFERRED)),
               (srs.ImportFromProj4, crs.toProj))
    for read, text_of in readers:
        if _reads(read, text_of()) and not srs.IsLocal():
            srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
            return srs
    raise NetLoadError(f"{what}: the coordinate reference system '{_crs_name(crs)}' is undefined or cannot be read; "
                       "set the layer's CRS (Layer Properties → Source) and run again.")


def _reads(read, text: str) -> bool:
    """Whether the OSR import method ``read`` accepted ``text`` (empty text is not tried)."""
    if not text:
        return False
    try:
        return read(text) == 0
    except RuntimeError:  # GDAL with exceptions enabled
        return False


def _crs_name(crs: QgsCoordinateReferenceSystem) -> str:
    return crs.authid() or crs.description() or ("invalid" if not crs.isValid() else "unnamed")


def _raise_untransformable(what: str, source, target, reason: str):
    raise NetLoadError(f"{what}: cannot transform coordinates from {_crs_name(source)} to {_crs_name(target)} "
                       f"({reason.strip() or 'unknown reason'}).")


def read_polygons(layer: QgsVectorLayer, target_crs: QgsCoordinateReferenceSystem | None = None, context=None):
    """(PolygonSet, feature list, number of repaired geometries) of a polygon layer.

    Invalid geometries are repaired with ``makeValid`` first (as real zone layers often need);
    polygon parts of a repaired geometry collection are kept, lines and points dropped.
    """
    transform = None
    if target_crs is not None and target_crs.isValid() and layer.crs() != target_crs:
        transform = checked_transform(layer, target_crs, context)
    rings, features, repaired = [], [], 0
    for feature in layer.getFeatures():
        geometry = QgsGeometry(feature.geometry())
        if transform is not None and not geometry.isNull():
            transform_geometry(geometry, transform, layer, feature)
        if not geometry.isNull() and not geometry.isGeosValid():
            geometry = geometry.makeValid()
            repaired += 1
        rings.append(_polygon_rings(geometry))
        features.append(feature)
    return PolygonSet.from_rings(rings), features, repaired


def checked_transform(layer: QgsVectorLayer, target_crs: QgsCoordinateReferenceSystem, context=None):
    """A ``QgsCoordinateTransform`` from ``layer``'s CRS to ``target_crs``, built in the calling thread and
    checked: an invalid one raises a readable :class:`NetLoadError` instead of moving nothing."""
    project = context.project() if context is not None and context.project() else QgsProject.instance()
    transform = QgsCoordinateTransform(layer.crs(), target_crs, project.transformContext())
    if not transform.isValid():
        _raise_untransformable(f"layer '{layer.name()}'", layer.crs(), target_crs, "QGIS built no valid transformation")
    return transform


def transform_geometry(geometry: QgsGeometry, transform: QgsCoordinateTransform, layer, feature) -> None:
    """Transform ``geometry`` in place; a PROJ failure names the layer and feature."""
    try:
        geometry.transform(transform)
    except QgsCsException as error:
        raise NetLoadError(f"layer '{layer.name()}', feature {feature.id()}: cannot transform its geometry from "
                           f"{_crs_name(transform.sourceCrs())} to {_crs_name(transform.destinationCrs())} "
                           f"({error})") from None


def _polygon_rings(geometry: QgsGeometry) -> list[np.ndarray]:
    if geometry.isNull() or geometry.isEmpty():
        return []
    rings = []
    parts = [geometry] if not geometry.isMultipart() else [QgsGeometry(p.clone()) for p in geometry.constParts()]
    for part in parts:
        if QgsWkbTypes.geometryType(part.wkbType()) != compat.GEOMETRY_POLYGON:
            continue
        polygons = part.asMultiPolygon() if part.isMultipart() else [part.asPolygon()]
        for polygon in polygons:
            for ring in polygon:
                rings.append(np.array([(p.x(), p.y()) for p in ring], dtype=float))
    return rings
