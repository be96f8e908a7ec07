"""``netload:aggregate_gd`` — GD units × zones → zones with unit count and capacity."""

from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsFields,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterString,
)

from ... import compat
from ...compat import make_field
from ...core.definitions import GdFieldNames
from ..base import GROUP_MODEL, NetLoadAlgorithm
from ._layers import as_vector_layer, date_parameter, date_value

INT_FIELDS = {"gd_units", "gd_undated"}


class AggregateGdAlgorithm(NetLoadAlgorithm):
    ALGORITHM_ID = "aggregate_gd"
    GROUP = GROUP_MODEL

    GD_UNITS = "GD_UNITS"
    ZONES = "ZONES"
    ZONE_ID = "ZONE_ID"
    METHOD = "METHOD"
    AS_OF = "AS_OF"
    CAPACITY_FIELD = "CAPACITY_FIELD"
    TYPE_FIELD = "TYPE_FIELD"
    CLASS_FIELD = "CLASS_FIELD"
    MODALITY_FIELD = "MODALITY_FIELD"
    DATE_FIELD = "DATE_FIELD"
    IBGE_FIELD = "IBGE_FIELD"
    OUTPUT = "OUTPUT"
    OUTSIDE = "OUTSIDE"

    def displayName(self):
        return self.tr("Aggregate GD capacity per zone")

    def initAlgorithm(self, config=None):
        self.addParameter(
            QgsProcessingParameterFeatureSource(self.GD_UNITS, self.tr("GD units"), [compat.SOURCE_POINT])
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(self.ZONES, self.tr("Zones"), [compat.SOURCE_POLYGON])
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.ZONE_ID, self.tr("Zone IBGE code field"), parentLayerParameterName=self.ZONES, optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                self.METHOD, self.tr("Method"), [self.tr("By location"), self.tr("By IBGE code")], defaultValue=0
            )
        )
        self.addParameter(date_parameter(self.AS_OF, self.tr("Fleet as of date (optional)")))
        defaults = GdFieldNames()
        for name, label, default in (
            (self.CAPACITY_FIELD, self.tr("Capacity field (kW)"), defaults.capacity),
            (self.TYPE_FIELD, self.tr("Generation type field"), defaults.generation_type),
            (self.CLASS_FIELD, self.tr("Consumer class field"), defaults.consumer_class),
            (self.MODALITY_FIELD, self.tr("Modality field"), defaults.modality),
            (self.DATE_FIELD, self.tr("Connection date field"), defaults.connected_on),
            (self.IBGE_FIELD, self.tr("Unit IBGE code field"), defaults.ibge_code),
        ):
            parameter = QgsProcessingParameterString(name, label, defaultValue=default, optional=True)
            compat.set_advanced(parameter)
            self.addParameter(parameter)
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Zones with GD capacity")))
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTSIDE,
                self.tr("GD units outside every zone"),
                compat.SOURCE_POINT,
                optional=True,
                createByDefault=False,
            )
        )
        self.addOutput(QgsProcessingOutputNumber("OUTSIDE_COUNT", self.tr("Units outside every zone")))
        self.addOutput(QgsProcessingOutputNumber("UNDATED_COUNT", self.tr("Units without connection date")))
        self.addOutput(QgsProcessingOutputNumber("REPAIRED_ZONES", self.tr("Zone polygons repaired")))

    def field_names(self, parameters, context) -> GdFieldNames:
        def value(key):
            return self.parameterAsString(parameters, key, context)

        return GdFieldNames(
            capacity=value(self.CAPACITY_FIELD) or "capacity_kw",
            generation_type=value(self.TYPE_FIELD),
            consumer_class=value(self.CLASS_FIELD),
            modality=value(self.MODALITY_FIELD),
            connected_on=value(self.DATE_FIELD),
            ibge_code=value(self.IBGE_FIELD),
        )

    def process(self, parameters, context, feedback):
        from ...core.gd_aggregate import SUMMARY_FIELDS, aggregate  # pandas: when a run starts, not at QGIS start
        from ...geo.gd_zones import METHOD_CODE, membership

        gd_layer = as_vector_layer(self, parameters, self.GD_UNITS, context)
        zone_layer = as_vector_layer(self, parameters, self.ZONES, context)
        method = self.parameterAsEnum(parameters, self.METHOD, context)
        zone_id = self.parameterAsString(parameters, self.ZONE_ID, context)
        as_of = date_value(self, parameters, self.AS_OF, context)
        names = self.field_names(parameters, context)
        if method == METHOD_CODE and not zone_id:
            raise QgsProcessingException(self.tr("The IBGE-code method needs ZONE_ID (the zones' IBGE code field)."))
        feedback.pushInfo(
            self.tr("Reading {} GD units and {} zones…").format(gd_layer.featureCount(), zone_layer.featureCount())
        )
        found = membership(gd_layer, zone_layer, method, names, zone_id, context, feedback)
        self.check_cancelled(feedback)
        table, report = aggregate(found.units, len(found.zone_features), found.unit_index, found.zone_index, as_of)
        if found.repaired:
            feedback.pushWarning(self.tr("{} invalid zone polygon(s) repaired with makeValid.").format(found.repaired))
        feedback.pushInfo(
            self.tr(
                "{} units in service, {} kW in zones; {} outside every zone; {} without connection date; "
                "{} connected after AS_OF; {} with unusable capacity."
            ).format(
                report.units,
                round(float(table["gd_capacity_kw"].sum()), 1),
                report.outside,
                report.undated,
                report.after_as_of,
                report.invalid_capacity,
            )
        )
        if report.outside:
            feedback.pushWarning(self.tr("{} GD unit(s) lie outside every zone.").format(report.outside))

        fields = QgsFields()
        for field in zone_layer.fields():
            if field.name() not in SUMMARY_FIELDS:
                fields.append(field)
        for name in SUMMARY_FIELDS:
            fields.append(make_field(name, "int64" if name in INT_FIELDS else "double"))
        sink, dest = self.parameterAsSink(
            parameters, self.OUTPUT, context, fields, zone_layer.wkbType(), zone_layer.crs()
        )
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        rows = table.to_numpy(dtype=float)
        kept = [field.name() for field in zone_layer.fields() if field.name() not in SUMMARY_FIELDS]
        for index, zone in enumerate(found.zone_features):
            feature = QgsFeature(fields)
            feature.setGeometry(zone.geometry())
            values = [zone[name] for name in kept]
            values += [int(v) if name in INT_FIELDS else float(v) for name, v in zip(SUMMARY_FIELDS, rows[index])]
            feature.setAttributes(values)
            sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
        results = {
            self.OUTPUT: dest,
            "OUTSIDE_COUNT": report.outside,
            "UNDATED_COUNT": report.undated,
            "REPAIRED_ZONES": found.repaired,
        }
        if self.OUTSIDE in parameters and parameters[self.OUTSIDE] is not None:
            out_fields = QgsFields()
            out_fields.append(make_field("unit_index", "int64"))
            out_fields.append(make_field("capacity_kw", "double"))
            outside_sink, outside_dest = self.parameterAsSink(
                parameters, self.OUTSIDE, context, out_fields, compat.WKB_POINT, zone_layer.crs()
            )
            if outside_sink is not None:
                for i in report.outside_index:
                    feature = QgsFeature(out_fields)
                    if found.xs[i] == found.xs[i]:
                        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(found.xs[i], found.ys[i])))
                    feature.setAttributes([int(i), float(found.units.capacity_kw[i])])
                    outside_sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
                results[self.OUTSIDE] = outside_dest
        return results
