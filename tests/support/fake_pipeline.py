"""A stand-in for ``netload:run_pipeline`` that exercises the dock's machinery, nothing else.

It takes the dock's parameters, reports steps and progress, honours cancel between steps, and writes
a GeoPackage shaped like the real output (zones polygon layer + hidden-load table) from the numbers
given in ``ZONE_VALUES`` — so tests know every value the dock should show. It is registered under its
own provider id ``netloadtest`` and never ships in the plugin.
"""

import time
from datetime import datetime, timedelta, timezone

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransformContext,
    QgsFeature,
    QgsFields,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterString,
    QgsProcessingProvider,
    QgsVectorFileWriter,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QDateTime, Qt

from netload_plugin.compat import make_field
from netload_plugin.geo.styles import attach_style

PROVIDER_ID = "netloadtest"
ALGORITHM_ID = f"{PROVIDER_ID}:fake_pipeline"
#: area → (polygon WKT, hidden load MW, real load MW) written to the zones layer.
ZONE_VALUES = {
    "SP": ("POLYGON((-53 -25,-44 -25,-44 -19.8,-53 -19.8,-53 -25))", 900.0, 20000.0),
    "MG": ("POLYGON((-51 -22.9,-39.9 -22.9,-39.9 -14.2,-51 -14.2,-51 -22.9))", 450.0, 9000.0),
}
STEPS = ("Downloading ANEEL GD", "Downloading ONS load", "Estimating GD generation", "Writing outputs")


class FakePipeline(QgsProcessingAlgorithm):
    #: Set by a test (class-wide, as Processing runs a fresh instance): seconds per step, failing step.
    step_seconds = 0.0
    fail_at_step = ""

    def name(self):
        return "fake_pipeline"

    def displayName(self):
        return "Fake pipeline (tests)"

    def createInstance(self):
        return FakePipeline()

    def initAlgorithm(self, config=None):
        for name in ("STATES", "START", "END"):
            self.addParameter(QgsProcessingParameterString(name, name, optional=True))
        self.addParameter(QgsProcessingParameterFileDestination("OUTPUT_GPKG", "OUTPUT_GPKG", "GeoPackage (*.gpkg)"))
        self.addParameter(
            QgsProcessingParameterFileDestination(
                "REPORT", "REPORT", "PDF (*.pdf)", optional=True, createByDefault=False
            )
        )

    def processAlgorithm(self, parameters, context, feedback):
        delay, fail_at = FakePipeline.step_seconds, FakePipeline.fail_at_step
        output = self.parameterAsFileOutput(parameters, "OUTPUT_GPKG", context)
        for index, step in enumerate(STEPS):
            if feedback.isCanceled():
                return {}
            feedback.setProgressText(step)
            if step == fail_at:
                raise QgsProcessingException(f"{step}: the server answered 503")
            deadline = time.monotonic() + delay
            while time.monotonic() < deadline and not feedback.isCanceled():
                time.sleep(0.01)
            feedback.setProgress(100.0 * (index + 1) / len(STEPS))
        if feedback.isCanceled():
            return {}
        _write(output, self.parameterAsString(parameters, "START", context))
        results = {"OUTPUT_GPKG": output}
        if parameters.get("REPORT"):
            results["REPORT"] = str(_report(output, self.parameterAsFileOutput(parameters, "REPORT", context)))
        return results


def _writer(path, name, fields, geometry, append):
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = name
    if append:
        options.actionOnExistingFile = QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteLayer
    return QgsVectorFileWriter.create(
        path, fields, geometry, QgsCoordinateReferenceSystem("EPSG:4674"), QgsCoordinateTransformContext(), options
    )


def hourly_rows(start_iso: str):
    """24 hourly rows per zone: GD = 0.8 and PV = 0.2 of the zone's hidden load at 12–20 UTC, else 0."""
    start = datetime.fromisoformat(start_iso or "2024-01-01").replace(tzinfo=timezone.utc)
    for area, (_wkt, hidden, real) in ZONE_VALUES.items():
        for hour in range(24):
            sun = 1.0 if 12 <= hour <= 20 else 0.0
            gd, pv = hidden * 0.8 * sun, hidden * 0.2 * sun
            yield area, start + timedelta(hours=hour), real - gd - pv, gd, pv, real, hidden * 0.9 * sun


def _write(path, start_iso):
    zone_fields = QgsFields()
    for field in (
        make_field("area", "string"),
        make_field("hidden_load_mw", "double"),
        make_field("real_load_mw", "double"),
    ):
        zone_fields.append(field)
    writer = _writer(path, "zones", zone_fields, QgsWkbTypes.Type.MultiPolygon, False)
    for area, (wkt, hidden, real) in ZONE_VALUES.items():
        feature = QgsFeature(zone_fields)
        feature.setGeometry(QgsGeometry.fromWkt(wkt))
        feature.setAttributes([area, hidden, real])
        writer.addFeature(feature)
    del writer
    names = ("area", "time_utc", "net_load_mw", "registered_gd_mw", "undeclared_pv_mw", "real_load_mw", "ons_mmgd_mw")
    table_fields = QgsFields()
    for name in names:
        table_fields.append(
            make_field(name, "string" if name == "area" else "datetime" if name == "time_utc" else "double")
        )
    writer = _writer(path, "hidden_load", table_fields, QgsWkbTypes.Type.NoGeometry, True)
    for area, instant, net, gd, pv, real, mmgd in hourly_rows(start_iso):
        feature = QgsFeature(table_fields)
        stamp = QDateTime(instant.year, instant.month, instant.day, instant.hour, 0, 0, 0, Qt.TimeSpec.UTC)
        feature.setAttributes([area, stamp, net, gd, pv, real, mmgd])
        writer.addFeature(feature)
    del writer


def _report(gpkg, pdf):
    """The PDF the way run_pipeline writes it: geo.report on the written tables, in a project of its own."""
    from qgis.core import QgsProject, QgsVectorLayer

    from netload_plugin.geo.chart import frame_from_layer
    from netload_plugin.geo.report import write_run_report

    zones = QgsVectorLayer(f"{gpkg}|layername=zones", "zones", "ogr")
    table = QgsVectorLayer(f"{gpkg}|layername=hidden_load", "hidden_load", "ogr")
    return write_run_report(pdf, zones, frame_from_layer(table), [], "fake", project=QgsProject())


class StyledZonesProbe(QgsProcessingAlgorithm):
    """Writes the ZONE_VALUES polygons to a sink and styles them the way NetLoad algorithms do."""

    def name(self):
        return "styled_zones"

    def displayName(self):
        return "Styled zones (tests)"

    def createInstance(self):
        return StyledZonesProbe()

    def initAlgorithm(self, config=None):
        self.addParameter(
            QgsProcessingParameterFeatureSink("OUTPUT", "OUTPUT", QgsProcessing.SourceType.TypeVectorPolygon)
        )

    def processAlgorithm(self, parameters, context, feedback):
        fields = QgsFields()
        for field in (
            make_field("area", "string"),
            make_field("hidden_load_mw", "double"),
            make_field("real_load_mw", "double"),
        ):
            fields.append(field)
        sink, dest_id = self.parameterAsSink(
            parameters, "OUTPUT", context, fields, QgsWkbTypes.Type.Polygon, QgsCoordinateReferenceSystem("EPSG:4674")
        )
        for area, (wkt, hidden, real) in ZONE_VALUES.items():
            feature = QgsFeature(fields)
            feature.setGeometry(QgsGeometry.fromWkt(wkt))
            feature.setAttributes([area, hidden, real])
            sink.addFeature(feature)
        attach_style(context, dest_id, "hidden_load_mw")
        return {"OUTPUT": dest_id}


class FakeProvider(QgsProcessingProvider):
    def id(self):
        return PROVIDER_ID

    def name(self):
        return "NetLoad tests"

    def loadAlgorithms(self):
        self.addAlgorithm(FakePipeline())
        self.addAlgorithm(StyledZonesProbe())
