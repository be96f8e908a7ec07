"""``netload:find_undeclared_pv``: PV roofs that no registered GD unit explains, per roof and per zone."""

import math
from dataclasses import dataclass

import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCsException,
    QgsDistanceArea,
    QgsFeature,
    QgsFeatureSink,
    QgsFields,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsProcessingParameterCrs,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingUtils,
    QgsRectangle,
    QgsSpatialIndex,
)

from ... import compat
from ...compat import make_field
from ...core.definitions import DECLARED, NO_PV, NOT_CLASSIFIED, UNDECLARED
from ...core.numbers import optional_float
from ...core.point_in_polygon import locate_points
from ...geo.columnar import read_polygons
from ..base import GROUP_ROOFTOPS, NetLoadAlgorithm

LONLAT = "EPSG:4674"  # built into a CRS where used: CRS objects are not shared across threads (issue 17.1)
DEFAULT_FIELDS = {
    "PV_FIELD": "has_pv",
    "ROOF_KW_FIELD": "pv_kwp_est",
    "GD_KW_FIELD": "capacity_kw",
    "ZONE_ID": "zone_id",
}
CLASSIFICATION_STATUS = "classification_status"  # the input's own "status" field, renamed
METRES_PER_DEGREE = 110_000.0  # below a degree of latitude anywhere (110,574 m at the equator): boxes never too small


class FindUndeclaredPv(NetLoadAlgorithm):
    ALGORITHM_ID = "find_undeclared_pv"
    GROUP = GROUP_ROOFTOPS

    def displayName(self):
        return self.tr("Find undeclared rooftop PV")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource(
            "ROOFTOPS", self.tr("Classified rooftops"), [compat.SOURCE_ANY_GEOMETRY]))
        self.addParameter(compat.set_advanced(QgsProcessingParameterField(
            "PV_FIELD", self.tr("PV flag field"), DEFAULT_FIELDS["PV_FIELD"], "ROOFTOPS", optional=True)))
        self.addParameter(compat.set_advanced(QgsProcessingParameterField(
            "ROOF_KW_FIELD", self.tr("Roof capacity field (kWp)"), DEFAULT_FIELDS["ROOF_KW_FIELD"], "ROOFTOPS",
            compat.FIELD_NUMERIC, optional=True)))
        self.addParameter(QgsProcessingParameterFeatureSource(
            "GD_UNITS", self.tr("Registered GD units"), [compat.SOURCE_POINT]))
        self.addParameter(compat.set_advanced(QgsProcessingParameterField(
            "GD_KW_FIELD", self.tr("GD capacity field (kW)"), DEFAULT_FIELDS["GD_KW_FIELD"], "GD_UNITS",
            compat.FIELD_NUMERIC, optional=True)))
        self.addParameter(compat.set_advanced(QgsProcessingParameterNumber(
            "SEARCH_DISTANCE", self.tr("Search distance (m)"), compat.NUMBER_DOUBLE, 1000.0,
            minValue=0.0)))
        self.addParameter(QgsProcessingParameterFeatureSource(
            "ZONES", self.tr("Zones"), [compat.SOURCE_POLYGON], optional=True))
        self.addParameter(QgsProcessingParameterField(
            "ZONE_ID", self.tr("Zone id field"), DEFAULT_FIELDS["ZONE_ID"], "ZONES", optional=True))
        self.addParameter(QgsProcessingParameterCrs(
            "OUTPUT_CRS", self.tr("Output CRS"), QgsCoordinateReferenceSystem("EPSG:4674"), optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink("OUTPUT", self.tr("Rooftops with declaration status")))
        self.addParameter(QgsProcessingParameterFeatureSink(
            "OUTPUT_ZONES", self.tr("Undeclared PV per zone"), compat.SOURCE_POLYGON, optional=True))

    def process(self, parameters, context, feedback):
        """Roofs and units as points, roof-unit pairs within the distance, statuses, zones, outputs."""
        import pandas as pd  # when a run starts, not when QGIS lists the algorithms

        from ...core.undeclared_pv import match_roofs, zone_summary

        roofs = self.parameterAsSource(parameters, "ROOFTOPS", context)
        units = self.parameterAsSource(parameters, "GD_UNITS", context)
        zones = self.parameterAsSource(parameters, "ZONES", context)
        names = self._field_names(parameters, context, roofs, units, zones)
        zone_crs = zones.sourceCrs() if zones is not None else None
        roof_features, roof_points = _read_points(roofs, zone_crs, context, lambda feature: feature)
        pv_flags = [_pv_flag(feature[names["PV_FIELD"]]) for feature in roof_features]
        roof_kw = [_number(feature[names["ROOF_KW_FIELD"]]) for feature in roof_features]
        unit_kw, unit_points = _read_points(units, zone_crs, context,  # millions of units: keep their kW only
                                            lambda feature: _number(feature[names["GD_KW_FIELD"]]))
        feedback.setProgress(30)

        distance = self.parameterAsDouble(parameters, "SEARCH_DISTANCE", context)
        pairs = _pairs_within(roof_points, pv_flags, unit_points, distance, context, feedback)
        if pairs is None:  # cancelled before any output was created
            return {}
        matches = match_roofs(*pairs)
        statuses = [_status(flag, roof_id in matches) for roof_id, flag in enumerate(pv_flags)]
        feedback.setProgress(60)

        zone_features, zone_of_roof, zone_of_unit = [], [None] * len(pv_flags), [None] * len(unit_kw)
        if zones is not None:
            zone_features, (zone_of_roof, zone_of_unit) = _zone_of_points(
                zones, names["ZONE_ID"], (roof_points.in_zone_crs, unit_points.in_zone_crs), context)
        feedback.setProgress(80)

        output_crs = self.parameterAsCrs(parameters, "OUTPUT_CRS", context)
        if not output_crs.isValid():
            output_crs = QgsCoordinateReferenceSystem("EPSG:4674")
        results = self._write_roofs(parameters, context, roofs, roof_features, statuses, matches, zone_of_roof,
                                    output_crs)
        if zones is not None and parameters.get("OUTPUT_ZONES") not in (None, ""):
            summary = zone_summary(
                pd.DataFrame({"zone": zone_of_roof, "status": statuses, "kw": roof_kw}),
                pd.DataFrame({"zone": zone_of_unit, "kw": unit_kw}),
                list(dict.fromkeys(str(z[names["ZONE_ID"]]) for z in zone_features)),
            )
            results["OUTPUT_ZONES"] = self._write_zones(parameters, context, zones, zone_features,
                                                        names["ZONE_ID"], summary, output_crs)
            results["UNDECLARED_KW"] = float(summary["undeclared_kw"].sum())
        feedback.pushInfo(self.tr("PV roofs: {} declared, {} undeclared (suspected); {} without PV, {} not classified")
                          .format(*(statuses.count(s) for s in (DECLARED, UNDECLARED, NO_PV, NOT_CLASSIFIED))))
        feedback.setProgress(100)
        return results

    def _field_names(self, parameters, context, roofs, units, zones) -> dict:
        """The field parameters (or their defaults), each checked against its layer."""
        names = {name: self.parameterAsString(parameters, name, context) or DEFAULT_FIELDS[name]
                 for name in ("PV_FIELD", "ROOF_KW_FIELD", "GD_KW_FIELD", "ZONE_ID")}
        for source, name, what in ((roofs, "PV_FIELD", "ROOFTOPS"), (roofs, "ROOF_KW_FIELD", "ROOFTOPS"),
                                   (units, "GD_KW_FIELD", "GD_UNITS")):
            if source.fields().lookupField(names[name]) < 0:
                raise QgsProcessingException(self.tr("{} has no field '{}'").format(what, names[name]))
        if zones is not None and zones.fields().lookupField(names["ZONE_ID"]) < 0:
            raise QgsProcessingException(self.tr("ZONES has no field '{}' (set ZONE_ID)").format(names["ZONE_ID"]))
        return names

    def _write_roofs(self, parameters, context, roofs, roof_features, statuses, matches, zone_of_roof,
                     output_crs) -> dict:
        """The roofs with status, nearest_gd_m and zone; the input's own status kept under another name."""
        extra = QgsFields()
        for name, kind in (("status", "string"), ("nearest_gd_m", "double"), ("zone", "string")):
            extra.append(make_field(name, kind))
        roof_fields = QgsFields(roofs.fields())
        if roof_fields.lookupField("status") >= 0:  # classify_rooftops' own status (classified, outside_raster…)
            roof_fields.rename(roof_fields.lookupField("status"), CLASSIFICATION_STATUS)
        out_fields = QgsProcessingUtils.combineFields(roof_fields, extra)
        sink, dest_id = self.parameterAsSink(parameters, "OUTPUT", context, out_fields, roofs.wkbType(), output_crs)
        to_output = QgsCoordinateTransform(roofs.sourceCrs(), output_crs, context.transformContext())
        for roof_id, feature in enumerate(roof_features):
            geometry = QgsGeometry(feature.geometry())
            if not geometry.isNull():
                geometry.transform(to_output)
            feature.setGeometry(geometry)
            match = matches.get(roof_id)
            feature.setAttributes(feature.attributes() + [statuses[roof_id], match[1] if match else None,
                                                          zone_of_roof[roof_id]])
            sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
        return {"OUTPUT": dest_id, "DECLARED": statuses.count(DECLARED), "UNDECLARED": statuses.count(UNDECLARED)}

    def _write_zones(self, parameters, context, zones, zone_features, zone_field, summary, output_crs) -> str:
        """One row per zone: PV roofs and their kW against registered units and theirs."""
        zone_fields = QgsFields()
        zone_fields.append(zones.fields().field(zone_field))
        for name, kind in (("pv_roofs", "int"), ("pv_roofs_kw", "double"), ("undeclared_roofs", "int"),
                           ("gd_units", "int"), ("gd_kw", "double"), ("undeclared_kw", "double")):
            zone_fields.append(make_field(name, kind))
        sink, dest_id = self.parameterAsSink(
            parameters, "OUTPUT_ZONES", context, zone_fields, zones.wkbType(), output_crs)
        to_output = QgsCoordinateTransform(zones.sourceCrs(), output_crs, context.transformContext())
        for zone in zone_features:
            row = summary.loc[str(zone[zone_field])]
            out = QgsFeature(zone_fields)
            geometry = QgsGeometry(zone.geometry())
            if not geometry.isNull():
                geometry.transform(to_output)
            out.setGeometry(geometry)
            out.setAttributes([zone[zone_field], int(row["pv_roofs"]), float(row["pv_roofs_kw"]),
                               int(row["undeclared_roofs"]), int(row["gd_units"]), float(row["gd_kw"]),
                               float(row["undeclared_kw"])])
            sink.addFeature(out, QgsFeatureSink.Flag.FastInsert)
        return dest_id


@dataclass
class _Points:
    """Each feature's point (its centroid) in EPSG:4674 for distances, and in the zones' CRS for the
    zone join; None / NaN where the feature has no geometry or the CRS cannot express it."""

    lonlat: list  # QgsPointXY or None
    in_zone_crs: tuple  # (xs, ys) arrays, NaN where none


def _read_points(source, zone_crs, context, keep):
    """``keep(feature)`` for every feature of ``source`` (the feature itself, or a value), and its
    :class:`_Points`."""
    lonlat = QgsCoordinateReferenceSystem(LONLAT)
    to_lonlat = QgsCoordinateTransform(source.sourceCrs(), lonlat, context.transformContext())
    to_zones = QgsCoordinateTransform(source.sourceCrs(), zone_crs or lonlat, context.transformContext())
    kept, lonlat, xs, ys = [], [], [], []
    for feature in source.getFeatures():
        geometry = feature.geometry()
        point = zone_point = None
        if not geometry.isNull() and not geometry.isEmpty():
            centroid = QgsPointXY(geometry.centroid().asPoint())
            try:
                point, zone_point = to_lonlat.transform(centroid), to_zones.transform(centroid)
            except QgsCsException:  # outside the area where the CRS is defined: matches nothing
                point = zone_point = None
        kept.append(keep(feature))
        lonlat.append(point)
        xs.append(zone_point.x() if zone_point is not None else math.nan)
        ys.append(zone_point.y() if zone_point is not None else math.nan)
    return kept, _Points(lonlat, (np.array(xs, dtype=float), np.array(ys, dtype=float)))


def _pairs_within(roof_points: _Points, pv_flags, unit_points: _Points, distance: float, context, feedback):
    """(roof, unit, metres) of every PV roof and unit at most ``distance`` apart on the ellipsoid,
    as three arrays; None when cancelled."""
    measure = QgsDistanceArea()
    measure.setSourceCrs(QgsCoordinateReferenceSystem(LONLAT), context.transformContext())
    measure.setEllipsoid("EPSG:7019")
    index = QgsSpatialIndex()
    for unit_id, point in enumerate(unit_points.lonlat):
        if point is not None:
            index.addFeature(unit_id, QgsRectangle(point, point))
    pairs_roof, pairs_unit, pairs_distance = [], [], []
    half_lat = distance / METRES_PER_DEGREE
    for roof_id, (point, flag) in enumerate(zip(roof_points.lonlat, pv_flags)):
        if not flag or point is None:
            continue
        half_lon = half_lat / max(math.cos(math.radians(min(abs(point.y()), 89.0))), 1e-6)
        box = QgsRectangle(point.x() - half_lon, point.y() - half_lat, point.x() + half_lon, point.y() + half_lat)
        for unit_id in index.intersects(box):
            metres = measure.measureLine(point, unit_points.lonlat[unit_id])
            if metres <= distance:
                pairs_roof.append(roof_id)
                pairs_unit.append(unit_id)
                pairs_distance.append(metres)
        if feedback.isCanceled():
            return None
    return np.array(pairs_roof, dtype=np.int64), np.array(pairs_unit, dtype=np.int64), np.array(pairs_distance)


def _zone_of_points(zones, zone_field, point_sets, context):
    """The zone features and, for each (xs, ys) set, the zone id of every point (None: no zone).

    The one join of the plugin (``core.point_in_polygon``, as aggregate_gd): a point on a border goes
    to the zone north of it (then east); where zones overlap, to the first one in the layer's order.
    """
    polygons, zone_features, _repaired = read_polygons(zones, None, context)
    zone_ids = [str(zone[zone_field]) for zone in zone_features]
    results = []
    for xs, ys in point_sets:
        point_index, zone_index = locate_points(polygons, xs, ys)
        first = np.full(len(xs), len(zone_features), dtype=np.int64)
        np.minimum.at(first, point_index, zone_index)
        results.append([zone_ids[z] if z < len(zone_ids) else None for z in first.tolist()])
    return zone_features, results


def _status(pv_flag, matched: bool) -> str:
    if pv_flag is None:
        return NOT_CLASSIFIED
    if not pv_flag:
        return NO_PV
    return DECLARED if matched else UNDECLARED


def _pv_flag(value):
    """True/False from a bool, number or text field; None where NULL or empty (not classified)."""
    if value is None or value == "" or (hasattr(value, "isNull") and value.isNull()):
        return None
    if isinstance(value, str):
        return value.strip().lower() in ("1", "true", "t", "yes", "y", "sim")
    return bool(value)


def _number(value) -> float:
    """A kW field: 0 when NULL, empty or not a number (such a roof or unit adds nothing)."""
    number = optional_float(value)
    return 0.0 if number is None else number
