"""``netload:find_undeclared_pv``: PV roofs that no registered GD unit explains, per roof and per zone."""

import math

import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsDistanceArea,
    QgsFeature,
    QgsFeatureRequest,
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

from ...compat import make_field
from ..base import GROUP_ROOFTOPS, NetLoadAlgorithm
from ... import compat

LONLAT = QgsCoordinateReferenceSystem("EPSG:4674")
DEFAULT_FIELDS = {"PV_FIELD": "has_pv", "ROOF_KW_FIELD": "pv_kwp_est", "GD_KW_FIELD": "capacity_kw", "ZONE_ID": "zone_id"}
CLASSIFICATION_STATUS = "classification_status"  # the input's own "status" field, renamed
METRES_PER_DEGREE = 111_000.0  # lower bound over the ellipsoid: search boxes are never too small


class FindUndeclaredPv(NetLoadAlgorithm):
    ALGORITHM_ID = "find_undeclared_pv"
    GROUP = GROUP_ROOFTOPS

    def displayName(self):  # noqa: N802
        return self.tr("Find undeclared rooftop PV")

    def shortHelpString(self):  # noqa: N802
        return self.tr(
            "Compares roofs where the classifier found PV with the registered GD units (ANEEL). The result is "
            "a list of suspects — PV that is undeclared ('não declarada (suspeita)') — not proof of any "
            "irregularity: the classifier errs, and ANEEL coordinates carry about 1 km precision.\n\n"
            "ROOFTOPS: output of classify_rooftops (polygons or points, any CRS).\n"
            "PV_FIELD (default has_pv) and ROOF_KW_FIELD (default pv_kwp_est): the roof's PV flag and "
            "estimated capacity.\n"
            "GD_UNITS: registered GD units (points, any CRS), e.g. from download_aneel_gd.\n"
            "GD_KW_FIELD (default capacity_kw): installed capacity of a unit in kW.\n"
            "SEARCH_DISTANCE: metres (default 1000, the precision of ANEEL's coordinates). Roof and unit "
            "pairs closer than this are matched nearest first; each unit explains at most one roof.\n"
            "ZONES (optional) and ZONE_ID: zones for the per-zone comparison (municipalities, feeders).\n"
            "OUTPUT_CRS: default EPSG:4674.\n\n"
            "OUTPUT: the roofs with status (declared: a unit within the distance; undeclared: PV and no "
            "unit left within the distance; no_pv; not_classified: no probability), nearest_gd_m (distance "
            "to the matched unit in m) and zone; a status field of the input (classify_rooftops' "
            "classified / outside_raster / …) is kept as classification_status.\n"
            "OUTPUT_ZONES: per zone, the zone id field, pv_roofs and pv_roofs_kw (PV roofs found and their "
            "estimated kW), undeclared_roofs, gd_units and gd_kw (registered), and undeclared_kw = "
            "max(0, pv_roofs_kw − gd_kw): capacity seen on roofs beyond what is registered, ready for "
            "hidden_load (UNDECLARED_PV with the same ZONE_ID)."
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFeatureSource(
            "ROOFTOPS", self.tr("Classified rooftops"), [compat.SOURCE_ANY_GEOMETRY]))
        self.addParameter(QgsProcessingParameterField(
            "PV_FIELD", self.tr("PV flag field"), DEFAULT_FIELDS["PV_FIELD"], "ROOFTOPS", optional=True))
        self.addParameter(QgsProcessingParameterField(
            "ROOF_KW_FIELD", self.tr("Roof capacity field (kWp)"), DEFAULT_FIELDS["ROOF_KW_FIELD"], "ROOFTOPS",
            compat.FIELD_NUMERIC, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            "GD_UNITS", self.tr("Registered GD units"), [compat.SOURCE_POINT]))
        self.addParameter(QgsProcessingParameterField(
            "GD_KW_FIELD", self.tr("GD capacity field (kW)"), DEFAULT_FIELDS["GD_KW_FIELD"], "GD_UNITS",
            compat.FIELD_NUMERIC, optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            "SEARCH_DISTANCE", self.tr("Search distance (m)"), compat.NUMBER_DOUBLE, 1000.0,
            minValue=0.0))
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
        import pandas as pd  # when a run starts, not when QGIS lists the algorithms

        from ...core.undeclared_pv import DECLARED, NO_PV, NOT_CLASSIFIED, UNDECLARED, match_roofs, zone_summary

        roofs = self.parameterAsSource(parameters, "ROOFTOPS", context)
        units = self.parameterAsSource(parameters, "GD_UNITS", context)
        zones = self.parameterAsSource(parameters, "ZONES", context)
        pv_field, roof_kw_field, gd_kw_field, zone_field = (
            self.parameterAsString(parameters, name, context) or DEFAULT_FIELDS[name]
            for name in ("PV_FIELD", "ROOF_KW_FIELD", "GD_KW_FIELD", "ZONE_ID"))
        distance = self.parameterAsDouble(parameters, "SEARCH_DISTANCE", context)
        for source, field, what in ((roofs, pv_field, "ROOFTOPS"), (roofs, roof_kw_field, "ROOFTOPS"),
                                    (units, gd_kw_field, "GD_UNITS")):
            if source.fields().lookupField(field) < 0:
                raise QgsProcessingException(self.tr("{} has no field '{}'").format(what, field))
        if zones is not None and zones.fields().lookupField(zone_field) < 0:
            raise QgsProcessingException(self.tr("ZONES has no field '{}' (set ZONE_ID)").format(zone_field))

        measure = QgsDistanceArea()
        measure.setSourceCrs(LONLAT, context.transformContext())
        measure.setEllipsoid("EPSG:7019")
        unit_points, unit_kw = self._points(units, gd_kw_field, context)
        index = QgsSpatialIndex()
        for unit_id, point in enumerate(unit_points):
            if point is not None:
                index.addFeature(unit_id, QgsRectangle(point, point))

        roof_features, roof_points, pv_flags, roof_kw = [], [], [], []
        transform = QgsCoordinateTransform(roofs.sourceCrs(), LONLAT, context.transformContext())
        for feature in roofs.getFeatures():
            geometry = feature.geometry()
            point = None
            if not geometry.isNull():
                point = QgsPointXY(geometry.centroid().asPoint()) if geometry.type() != compat.GEOMETRY_POINT \
                    else QgsPointXY(geometry.asPoint() if not geometry.isMultipart() else geometry.asMultiPoint()[0])
                point = transform.transform(point)
            roof_features.append(feature)
            roof_points.append(point)
            flag = feature[pv_field]
            pv_flags.append(None if flag is None or flag == "" or (hasattr(flag, "isNull") and flag.isNull()) else _truthy(flag))
            roof_kw.append(_number(feature[roof_kw_field]))
        feedback.setProgress(30)

        pairs_roof, pairs_unit, pairs_distance = [], [], []
        for roof_id, (point, flag) in enumerate(zip(roof_points, pv_flags)):
            if not flag or point is None:
                continue
            half_lat = distance / METRES_PER_DEGREE
            half_lon = half_lat / max(math.cos(math.radians(min(abs(point.y()), 89.0))), 1e-6)
            box = QgsRectangle(point.x() - half_lon, point.y() - half_lat, point.x() + half_lon, point.y() + half_lat)
            for unit_id in index.intersects(box):
                metres = measure.measureLine(point, unit_points[unit_id])
                if metres <= distance:
                    pairs_roof.append(roof_id)
                    pairs_unit.append(unit_id)
                    pairs_distance.append(metres)
            self.check_cancelled(feedback)
        matches = match_roofs(np.array(pairs_roof), np.array(pairs_unit), np.array(pairs_distance))
        statuses = []
        for roof_id, flag in enumerate(pv_flags):
            if flag is None:
                statuses.append(NOT_CLASSIFIED)
            elif not flag:
                statuses.append(NO_PV)
            else:
                statuses.append(DECLARED if roof_id in matches else UNDECLARED)
        feedback.setProgress(60)

        zone_of_roof = [None] * len(roof_points)
        zone_of_unit = [None] * len(unit_points)
        zone_features = []
        if zones is not None:
            zone_features = list(zones.getFeatures())
            to_lonlat = QgsCoordinateTransform(zones.sourceCrs(), LONLAT, context.transformContext())
            zone_geometries = []
            zone_index = QgsSpatialIndex()
            for number, zone in enumerate(zone_features):
                geometry = QgsGeometry(zone.geometry())
                geometry.transform(to_lonlat)
                zone_geometries.append(geometry)
                if not geometry.isNull():
                    zone_index.addFeature(number, geometry.boundingBox())
            engines = {}

            def zone_at(point):
                if point is None:
                    return None
                point_geometry = QgsGeometry.fromPointXY(point)  # kept alive while the engine reads it
                for number in zone_index.intersects(QgsRectangle(point, point)):
                    engine = engines.get(number)
                    if engine is None:
                        engine = engines[number] = QgsGeometry.createGeometryEngine(zone_geometries[number].constGet())
                        engine.prepareGeometry()
                    if engine.intersects(point_geometry.constGet()):
                        return str(zone_features[number][zone_field])
                return None

            zone_of_roof = [zone_at(p) for p in roof_points]
            zone_of_unit = [zone_at(p) for p in unit_points]
        feedback.setProgress(80)

        output_crs = self.parameterAsCrs(parameters, "OUTPUT_CRS", context)
        if not output_crs.isValid():
            output_crs = QgsCoordinateReferenceSystem("EPSG:4674")
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
            out = QgsFeature(out_fields)
            geometry = QgsGeometry(feature.geometry())
            if not geometry.isNull():
                geometry.transform(to_output)
            out.setGeometry(geometry)
            match = matches.get(roof_id)
            out.setAttributes(feature.attributes() + [statuses[roof_id], match[1] if match else None, zone_of_roof[roof_id]])
            sink.addFeature(out, QgsFeatureSink.Flag.FastInsert)

        counts = {s: statuses.count(s) for s in (DECLARED, UNDECLARED, NO_PV, NOT_CLASSIFIED)}
        feedback.pushInfo(self.tr("PV roofs: {} declared, {} undeclared (suspected); {} without PV, {} not classified").format(
            counts[DECLARED], counts[UNDECLARED], counts[NO_PV], counts[NOT_CLASSIFIED]))
        results = {"OUTPUT": dest_id, "DECLARED": counts[DECLARED], "UNDECLARED": counts[UNDECLARED]}

        if zones is not None and parameters.get("OUTPUT_ZONES") not in (None, ""):
            zone_ids = [str(z[zone_field]) for z in zone_features]
            summary = zone_summary(
                pd.DataFrame({"zone": zone_of_roof, "status": statuses, "kw": roof_kw}),
                pd.DataFrame({"zone": zone_of_unit, "kw": unit_kw}), list(dict.fromkeys(zone_ids)),
            )
            zone_field_def = zones.fields().field(zone_field)
            zone_fields = QgsFields()
            zone_fields.append(zone_field_def)
            for name, kind in (("pv_roofs", "int"), ("pv_roofs_kw", "double"), ("undeclared_roofs", "int"),
                               ("gd_units", "int"), ("gd_kw", "double"), ("undeclared_kw", "double")):
                zone_fields.append(make_field(name, kind))
            zone_sink, zones_id = self.parameterAsSink(
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
                zone_sink.addFeature(out, QgsFeatureSink.Flag.FastInsert)
            results["OUTPUT_ZONES"] = zones_id
            results["UNDECLARED_KW"] = float(summary["undeclared_kw"].sum())
        feedback.setProgress(100)
        return results

    @staticmethod
    def _points(source, kw_field, context):
        transform = QgsCoordinateTransform(source.sourceCrs(), LONLAT, context.transformContext())
        points, kws = [], []
        for feature in source.getFeatures(QgsFeatureRequest()):
            geometry = feature.geometry()
            point = None
            if not geometry.isNull():
                point = transform.transform(QgsPointXY(geometry.centroid().asPoint()))
            points.append(point)
            kws.append(_number(feature[kw_field]))
        return points, kws


def _truthy(value) -> bool:
    if isinstance(value, str):
        return value.strip().lower() in ("1", "true", "t", "yes", "y", "sim")
    return bool(value)


def _number(value) -> float:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return 0.0
    return 0.0 if math.isnan(number) else number
