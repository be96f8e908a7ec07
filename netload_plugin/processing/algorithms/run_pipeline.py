"""``netload:run_pipeline`` — the whole chain for a region and period into one styled GeoPackage."""

import shutil
import tempfile
from pathlib import Path

from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingMultiStepFeedback,
    QgsProcessingOutputString,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterString,
    QgsVectorLayer,
)

from ...core.errors import NetLoadError
from ...core.hidden_load import SUBSYSTEM_STATES, subsystem_of_state
from ...geo.municipalities import DEFAULT_SOURCE, build_municipalities
from ...geo.styles import save_default_style, style_points, style_zones
from ..base import GROUP_WORKFLOW, NetLoadAlgorithm
from ._layers import date_parameter

# Irradiance source of download_irradiance → IRRADIANCE_MODE of estimate_gd_generation.
IRRADIANCE_MODES = {0: 4, 1: 0, 2: 2}  # LABREN → climatology; INMET → series nearest; POWER daily → daily nearest
STEPS = 8


class RunPipelineAlgorithm(NetLoadAlgorithm):
    ALGORITHM_ID = "run_pipeline"
    GROUP = GROUP_WORKFLOW

    STATES = "STATES"
    ZONES = "ZONES"
    ZONE_ID = "ZONE_ID"
    START = "START"
    END = "END"
    GD_URL = "GD_URL"
    MUNICIPALITIES = "MUNICIPALITIES"
    IRRADIANCE_SOURCE = "IRRADIANCE_SOURCE"
    IRRADIANCE_URL = "IRRADIANCE_URL"
    ONS_DATASET = "ONS_DATASET"
    ONS_URL = "ONS_URL"
    UNDECLARED_PV = "UNDECLARED_PV"
    OUTPUT_GPKG = "OUTPUT_GPKG"

    def displayName(self):  # noqa: N802
        return self.tr("Run the hidden-load pipeline")

    def shortHelpString(self):  # noqa: N802
        return self.tr(
            "Runs the whole chain for a set of states (or a zone layer) and a period, and writes one GeoPackage "
            "with styled layers: download_aneel_gd → (municipalities) → aggregate_gd → download_irradiance → "
            "estimate_gd_generation → download_ons_load → hidden_load.\n\n"
            "<b>STATES</b>: UF letters, comma-separated (default PR,SC,RS); their municipalities are the zones "
            "and their subsystems the ONS areas.\n"
            "<b>ZONES</b>: optional polygon layer used instead of the municipalities (ZONE_ID: its IBGE code or "
            "id field; the state of a zone comes from the first two digits of an IBGE code).\n"
            "<b>START</b>, <b>END</b>: first and last day (END included).\n"
            "<b>GD_URL</b>: ANEEL GD registry (URL or local .csv/.zip; empty = the live resource).\n"
            "<b>MUNICIPALITIES</b>: polygons file with every municipality (ibge_code or id field) or a URL/path "
            "template with {code} (IBGE state code); default geodata-br's GeoJSON per state.\n"
            "<b>IRRADIANCE_SOURCE</b>: LABREN climatology, INMET stations or NASA POWER daily (default); "
            "<b>IRRADIANCE_URL</b>: its URL or local file (empty = live).\n"
            "<b>ONS_DATASET</b>: carga verificada (half-hourly, with ONS's MMGD, default) or curva de carga "
            "(hourly; no MMGD to compare with); <b>ONS_URL</b>: its URL or local file (empty = live).\n"
            "<b>UNDECLARED_PV</b>: optional undeclared PV per zone (find_undeclared_pv).\n"
            "<b>OUTPUT_GPKG</b>: the GeoPackage, written atomically, with layers gd_units, zones (capacity, "
            "generation, hidden load; styled by hidden_load_mwh), gd_generation, ons_load, hidden_load_area, "
            "hidden_load_summary, irradiance_points, irradiance_series."
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterString(self.STATES, self.tr("States (UF letters)"), defaultValue="PR,SC,RS", optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(self.ZONES, self.tr("Zones (instead of the states' municipalities)"), [QgsProcessing.TypeVectorPolygon], optional=True))
        self.addParameter(QgsProcessingParameterField(self.ZONE_ID, self.tr("Zone id field"), parentLayerParameterName=self.ZONES, optional=True))
        self.addParameter(date_parameter(self.START, self.tr("First day"), optional=False))
        self.addParameter(date_parameter(self.END, self.tr("Last day (included)"), optional=False))
        self.addParameter(QgsProcessingParameterString(self.GD_URL, self.tr("ANEEL GD registry (URL or file; empty = live)"), defaultValue="", optional=True))
        self.addParameter(QgsProcessingParameterString(self.MUNICIPALITIES, self.tr("Municipality polygons (file, or URL template with {code})"), defaultValue=DEFAULT_SOURCE, optional=True))
        self.addParameter(QgsProcessingParameterEnum(self.IRRADIANCE_SOURCE, self.tr("Irradiance source"),
                                                     [self.tr("INPE LABREN climatology"), self.tr("INMET stations"), self.tr("NASA POWER daily")], defaultValue=2))
        self.addParameter(QgsProcessingParameterString(self.IRRADIANCE_URL, self.tr("Irradiance URL or file (empty = live)"), defaultValue="", optional=True))
        self.addParameter(QgsProcessingParameterEnum(self.ONS_DATASET, self.tr("ONS dataset"),
                                                     [self.tr("Carga verificada (with ONS MMGD)"), self.tr("Curva de carga (hourly)")], defaultValue=0))
        self.addParameter(QgsProcessingParameterString(self.ONS_URL, self.tr("ONS URL or file (empty = live)"), defaultValue="", optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(self.UNDECLARED_PV, self.tr("Undeclared PV per zone"), [QgsProcessing.TypeVector], optional=True))
        self.addParameter(QgsProcessingParameterFileDestination(self.OUTPUT_GPKG, self.tr("Output GeoPackage"), self.tr("GeoPackage (*.gpkg)")))
        self.addOutput(QgsProcessingOutputString("SUMMARY", self.tr("Comparison with ONS per area")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        import processing

        steps = QgsProcessingMultiStepFeedback(STEPS, feedback)
        target = Path(self.parameterAsFileOutput(parameters, self.OUTPUT_GPKG, context))
        states = [s.strip().upper() for s in self.parameterAsString(parameters, self.STATES, context).split(",") if s.strip()]
        zones_layer = self.parameterAsVectorLayer(parameters, self.ZONES, context)
        if not states and zones_layer is None:
            raise QgsProcessingException(self.tr("Give STATES or ZONES."))
        start, end = parameters[self.START], parameters[self.END]
        work = Path(tempfile.mkdtemp(prefix="netload-pipeline-"))
        gpkg = work / "pipeline.gpkg"
        child = dict(context=context, is_child_algorithm=True)

        def run(step, algorithm, params, message):
            if steps.isCanceled():
                raise _Stop()
            steps.setCurrentStep(step)
            steps.pushInfo(message)
            return processing.run(algorithm, params, feedback=steps, **child)

        def table(name, geometry=True):
            return f"ogr:dbname='{gpkg}' table=\"{name}\"" + (" (geom)" if geometry else "")

        try:
            gd_url = self.parameterAsString(parameters, self.GD_URL, context) or _default("netload:download_aneel_gd", "URL")
            gd = run(0, "netload:download_aneel_gd", {
                "URL": gd_url,
                "STATES": ",".join(states), "OUTPUT": str(work / "gd_units.gpkg")}, self.tr("GD units (ANEEL)…"))
            gd_layer = QgsVectorLayer(gd["OUTPUT"], "gd_units", "ogr")
            if zones_layer is None:
                steps.setCurrentStep(1)
                steps.pushInfo(self.tr("Municipalities of {}…").format(", ".join(states)))
                source = self.parameterAsString(parameters, self.MUNICIPALITIES, context) or DEFAULT_SOURCE
                count = build_municipalities(source, states, work / "zones.gpkg")
                steps.pushInfo(self.tr("{} municipalities.").format(count))
                zones_layer = QgsVectorLayer(f"{work / 'zones.gpkg'}|layername=municipalities", "zones", "ogr")
                zone_id = "ibge_code"
            else:
                zone_id = self.parameterAsString(parameters, self.ZONE_ID, context) or "ibge_code"
            aggregated = run(2, "netload:aggregate_gd", {"GD_UNITS": gd_layer, "ZONES": zones_layer, "METHOD": 0,
                                                         "OUTPUT": str(work / "zones_capacity.gpkg")}, self.tr("Capacity per zone…"))
            zones_capacity = QgsVectorLayer(aggregated["OUTPUT"], "zones", "ogr")
            extent = zones_capacity.extent()
            extent.grow(0.6)
            source = self.parameterAsEnum(parameters, self.IRRADIANCE_SOURCE, context)
            irradiance = run(3, "netload:download_irradiance", {
                "SOURCE": source, "URL": self.parameterAsString(parameters, self.IRRADIANCE_URL, context),
                "EXTENT": f"{extent.xMinimum()},{extent.xMaximum()},{extent.yMinimum()},{extent.yMaximum()} [{zones_capacity.crs().authid()}]",
                "START": start, "END": end, "OUTPUT": table("irradiance_points"), "OUTPUT_SERIES": table("irradiance_series", False)},
                self.tr("Irradiance…"))
            generation = run(4, "netload:estimate_gd_generation", {
                "ZONES": zones_capacity, "ZONE_ID": zone_id, "CAPACITY_FIELD": "gd_capacity_kw", "GD_UNITS": gd_layer,
                "IRRADIANCE": irradiance["OUTPUT"], "IRRADIANCE_SERIES": irradiance.get("OUTPUT_SERIES"),
                "IRRADIANCE_MODE": IRRADIANCE_MODES[source], "START": start, "END": end,
                "OUTPUT": table("gd_generation", False), "OUTPUT_ZONES": str(work / "zones_generation.gpkg")},
                self.tr("Generation per zone and hour…"))
            areas = sorted({subsystem_of_state(uf) for uf in states if subsystem_of_state(uf)}) or list(SUBSYSTEM_STATES)
            load = run(5, "netload:download_ons_load", {
                "DATASET": self.parameterAsEnum(parameters, self.ONS_DATASET, context), "AREAS": ",".join(areas),
                "START": start, "END": end, "URL": self.parameterAsString(parameters, self.ONS_URL, context),
                "OUTPUT": table("ons_load", False)}, self.tr("ONS load…"))
            run(6, "netload:hidden_load", {
                "ONS_LOAD": load["OUTPUT"], "GD_GENERATION": generation["OUTPUT"],
                "ZONES": generation["OUTPUT_ZONES"], "ZONE_ID": zone_id,
                "UNDECLARED_PV": parameters.get(self.UNDECLARED_PV), "OUTPUT": table("hidden_load_area", False),
                "OUTPUT_SUMMARY": table("hidden_load_summary", False), "OUTPUT_ZONES": table("zones")},
                self.tr("Hidden and real load…"))
            steps.setCurrentStep(7)
            steps.pushInfo(self.tr("Styling and writing {}…").format(target))
            self.copy_layer(gd_layer, gpkg, "gd_units_generated" if "generated" in str(gd_url).lower() else "gd_units")
            self.style(gpkg)
            summary = _summary_text(gpkg)
        except _Stop:
            shutil.rmtree(work, ignore_errors=True)
            return {}
        except NetLoadError as error:
            shutil.rmtree(work, ignore_errors=True)
            raise QgsProcessingException(str(error)) from error
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_name(target.name + ".partial")
        partial.unlink(missing_ok=True)
        _consistent_copy(gpkg, partial)
        partial.replace(target)
        shutil.rmtree(work, ignore_errors=True)
        feedback.pushInfo(summary)
        return {self.OUTPUT_GPKG: str(target), "SUMMARY": summary}

    @staticmethod
    def copy_layer(layer, gpkg: Path, name: str):
        from osgeo import gdal

        source = layer.source().split("|")[0]
        gdal.VectorTranslate(str(gpkg), source, format="GPKG", accessMode="update", layerName=name,
                             options=["-nln", name, "-overwrite"])

    def style(self, gpkg: Path):
        for name, styler, description in (
            ("zones", lambda layer: style_zones(layer, "hidden_load_mwh"), "hidden load per zone (MWh)"),
            ("gd_units_generated", style_points, "GD units"),
            ("gd_units", style_points, "GD units"),
        ):
            layer = QgsVectorLayer(f"{gpkg}|layername={name}", name, "ogr")
            if layer.isValid():
                styler(layer)
                save_default_style(layer, description)


def _consistent_copy(source: Path, target: Path):
    """Copy a GeoPackage with everything committed (QGIS may still hold it open in WAL mode)."""
    import sqlite3

    connection = sqlite3.connect(str(source))
    try:
        connection.execute("VACUUM INTO ?", (str(target),))
    finally:
        connection.close()


class _Stop(Exception):
    """Cancelled between steps."""


def _default(algorithm_id, name):
    from qgis.core import QgsApplication

    child = QgsApplication.processingRegistry().algorithmById(algorithm_id)
    return child.parameterDefinition(name).defaultValue() if child else ""


def _summary_text(gpkg: Path) -> str:
    layer = QgsVectorLayer(f"{gpkg}|layername=hidden_load_summary", "summary", "ogr")
    lines = []
    for feature in layer.getFeatures():
        lines.append(
            "{area}: hidden load {h:,.0f} MWh, capacity factor {cf:.3f}, vs ONS MMGD: energy ratio {er}, nMAE daylight {nm}, "
            "correlation {co}, bias {bi} MW".format(
                area=feature["area"], h=feature["hidden_load_mwh"] or 0, cf=feature["capacity_factor"] or 0,
                er=_num(feature["energy_ratio"]), nm=_num(feature["nmae_daylight"]), co=_num(feature["correlation"]),
                bi=_num(feature["bias_mw"])))
    return "\n".join(lines)


def _num(value):
    return "n/a" if value is None or (hasattr(value, "isNull") and value.isNull()) or value != value else f"{float(value):.3f}"
