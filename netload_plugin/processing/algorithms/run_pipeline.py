"""``netload:run_pipeline`` — the whole chain for a region and period into one styled GeoPackage."""

import shutil
import tempfile
from pathlib import Path

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeatureRequest,
    QgsProcessingException,
    QgsProcessingMultiStepFeedback,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterEnum,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
    QgsProcessingUtils,
    QgsProject,
    QgsVectorLayer,
)

from ...core.errors import Cancelled, NetLoadError
from ...core import ibge
from ...core.hidden_load import SUBSYSTEM_STATES, state_of_ibge_code, subsystem_of_state
from ...core.onnx_runtime import import_onnxruntime
from ...geo.chart import frame_from_layer
from ...geo.feedback import FeedbackProgress
from ...geo.municipalities import DEFAULT_SOURCE, build_municipalities
from ...geo.report import source_row, write_run_report
from ...geo.styles import apply_style, save_default_style, style_points, style_zones
from ...geo.settings import source_url
from ..base import GROUP_WORKFLOW, NetLoadAlgorithm
from .classify_rooftops import BUNDLED_MODEL
from ._layers import date_parameter
from ._store import add_store_parameters, publish_or_raise, store_help, store_request
from ...geo.postgis_publish import day, publish_gpkg_run, run_record
from ... import compat

# Irradiance source of download_irradiance → IRRADIANCE_MODE of estimate_gd_generation.
IRRADIANCE_MODES = {0: 4, 1: 0, 2: 2}  # LABREN → climatology; INMET → series nearest; POWER daily → daily nearest
BASE_STEPS = 8  # GD, municipalities, aggregation, irradiance, generation, ONS, hidden load, styling
LONLAT = QgsCoordinateReferenceSystem("EPSG:4674")
IMAGERY_MARGIN_DEGREES = 0.002  # ~200 m around the buildings, so edge roofs get whole chips
DEFAULT_SEARCH_DISTANCE_M = 1000.0


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
    BUILDINGS = "BUILDINGS"
    RASTER = "RASTER"
    DOWNLOAD_IMAGERY = "DOWNLOAD_IMAGERY"
    STAC_URL = "STAC_URL"
    MODEL = "MODEL"
    THRESHOLD = "THRESHOLD"
    SEARCH_DISTANCE = "SEARCH_DISTANCE"
    OUTPUT_GPKG = "OUTPUT_GPKG"
    REPORT = "REPORT"

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
            "id field; the state of a zone comes from the first two digits of an IBGE code). The states the zones "
            "lie in (from those codes, else from the municipalities inside the zones' extent) replace STATES.\n"
            "<b>START</b>, <b>END</b>: first and last day (END included).\n"
            "<b>GD_URL</b>: ANEEL GD registry (URL or local .csv/.zip; empty = the live resource, or the mirror set in NetLoad's settings).\n"
            "<b>MUNICIPALITIES</b>: polygons file with every municipality (ibge_code or id field) or a URL/path "
            "template with {code} (IBGE state code); default geodata-br's GeoJSON per state.\n"
            "<b>IRRADIANCE_SOURCE</b>: LABREN climatology, INMET stations or NASA POWER daily (default); "
            "<b>IRRADIANCE_URL</b>: its URL or local file (empty = live).\n"
            "<b>ONS_DATASET</b>: carga verificada (half-hourly, with ONS's MMGD, default) or curva de carga "
            "(hourly; no MMGD to compare with); <b>ONS_URL</b>: its URL or local file (empty = live).\n"
            "<b>UNDECLARED_PV</b>: optional undeclared PV per zone from an earlier find_undeclared_pv run "
            "(field undeclared_kw and the zone id); the alternative to the rooftop step.\n\n"
            "Rooftop step (optional; needs the Python package onnxruntime, see 'Install optional dependencies'): "
            "with <b>BUILDINGS</b> (building polygons, any CRS) the pipeline runs classify_rooftops → "
            "find_undeclared_pv against its own GD units and zones, and feeds the undeclared kW per zone to "
            "hidden_load.\n"
            "<b>RASTER</b>: RGB imagery of the buildings; or <b>DOWNLOAD_IMAGERY</b> (default off): fetch INPE "
            "CBERS-4A imagery over the buildings' extent for START–END with download_inpe_imagery from "
            "<b>STAC_URL</b> (empty = INPE's catalogue, or the one set in NetLoad's settings). CBERS-4A's 2 m pixels are much coarser than the bundled "
            "model's 0.3 m: such a run is screening only.\n"
            "<b>MODEL</b>: ONNX rooftop model (empty = the bundled model); <b>THRESHOLD</b>: PV probability "
            "threshold (empty = the model's own); <b>SEARCH_DISTANCE</b>: metres between a PV roof and a "
            "registered unit that explains it (default 1000).\n\n"
            "<b>OUTPUT_GPKG</b>: the GeoPackage, written atomically, with layers gd_units, zones (capacity, "
            "generation, hidden load; styled by hidden_load_mwh), gd_generation, ons_load, hidden_load_area, "
            "hidden_load_summary, irradiance_points, irradiance_series; with the rooftop step also rooftops "
            "(every building with pv_probability, has_pv, roof_area_m2, pv_kwp_est, classification_status and status declared / "
            "undeclared / no_pv / not_classified; styled by status) and undeclared_pv_zones (pv_roofs, "
            "pv_roofs_kw, gd_units, gd_kw, undeclared_kw per zone).\n"
            "<b>REPORT</b>: optional PDF (two A4 pages): the zones map with its legend and the comparison with "
            "ONS, the load chart and the sources with their dates; the chart is also kept as "
            "&lt;name&gt;_chart.png beside it."
        ) + store_help()

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterString(self.STATES, self.tr("States (UF letters)"), defaultValue="PR,SC,RS", optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(self.ZONES, self.tr("Zones (instead of the states' municipalities)"), [compat.SOURCE_POLYGON], optional=True))
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
        self.addParameter(QgsProcessingParameterFeatureSource(self.UNDECLARED_PV, self.tr("Undeclared PV per zone"), [compat.SOURCE_TABLE], optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(self.BUILDINGS, self.tr("Buildings (rooftop step)"), [compat.SOURCE_POLYGON], optional=True))
        self.addParameter(QgsProcessingParameterRasterLayer(self.RASTER, self.tr("Imagery of the buildings (RGB)"), optional=True))
        self.addParameter(QgsProcessingParameterBoolean(self.DOWNLOAD_IMAGERY, self.tr("Download INPE CBERS imagery instead"), defaultValue=False))
        self.addParameter(QgsProcessingParameterString(self.STAC_URL, self.tr("INPE STAC API URL (empty = INPE's catalogue)"), defaultValue="", optional=True))
        self.addParameter(QgsProcessingParameterFile(self.MODEL, self.tr("ONNX rooftop model (empty: bundled model)"), extension="onnx", optional=True))
        self.addParameter(QgsProcessingParameterNumber(self.THRESHOLD, self.tr("PV probability threshold (empty: model's own)"), compat.NUMBER_DOUBLE,
                                                       None, optional=True, minValue=0.0, maxValue=1.0))
        self.addParameter(QgsProcessingParameterNumber(self.SEARCH_DISTANCE, self.tr("Search distance roof ↔ GD unit (m)"), compat.NUMBER_DOUBLE,
                                                       DEFAULT_SEARCH_DISTANCE_M, minValue=0.0))
        self.addParameter(QgsProcessingParameterFileDestination(self.OUTPUT_GPKG, self.tr("Output GeoPackage"), self.tr("GeoPackage (*.gpkg)")))
        self.addParameter(QgsProcessingParameterFileDestination(self.REPORT, self.tr("PDF report"), self.tr("PDF (*.pdf)"), optional=True, createByDefault=False))
        self.addOutput(QgsProcessingOutputString("SUMMARY", self.tr("Comparison with ONS per area")))
        add_store_parameters(self)

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        import processing

        target = Path(self.parameterAsFileOutput(parameters, self.OUTPUT_GPKG, context))
        report_target = self.parameterAsFileOutput(parameters, self.REPORT, context) if parameters.get(self.REPORT) else ""
        states = [s.strip().upper() for s in self.parameterAsString(parameters, self.STATES, context).split(",") if s.strip()]
        zones_layer = self.parameterAsVectorLayer(parameters, self.ZONES, context)
        buildings = self.parameterAsVectorLayer(parameters, self.BUILDINGS, context)
        if not states and zones_layer is None:
            raise QgsProcessingException(self.tr("Give STATES or ZONES."))
        zone_id = self.parameterAsString(parameters, self.ZONE_ID, context) or "ibge_code"
        if zones_layer is not None:
            states = zone_states(zones_layer, zone_id, context)
            if not states:
                raise QgsProcessingException(self.tr("ZONES covers no Brazilian municipality: no state to model."))
        rooftop_steps = self.check_rooftop_parameters(parameters, context, buildings)
        store = store_request(self, parameters, context)
        start, end = parameters[self.START], parameters[self.END]
        step_count = BASE_STEPS + rooftop_steps + (1 if report_target else 0) + (1 if store else 0)
        steps = QgsProcessingMultiStepFeedback(step_count, feedback)
        work = Path(tempfile.mkdtemp(prefix="netload-pipeline-"))
        gpkg = work / "pipeline.gpkg"
        child = dict(context=context, is_child_algorithm=True)
        counter = iter(range(step_count))

        def begin(message):
            """Next step: cancel check between steps, then progress and step text."""
            if steps.isCanceled():
                raise _Stop()
            steps.setCurrentStep(next(counter))
            steps.pushInfo(message)

        def run(algorithm, params, message):
            begin(message)
            try:
                result = processing.run(algorithm, params, feedback=steps, **child)
            except QgsProcessingException:
                if not steps.isCanceled():
                    raise
                # A child may end a cancel with an error: stop below, outside this handler, so the
                # error's traceback (and the layers its frames hold) is freed now, not at exit.
            if steps.isCanceled():  # or it stops early and returns what it has: nothing usable
                raise _Stop()
            return result

        def table(name, geometry=True):
            return f"ogr:dbname='{gpkg}' table=\"{name}\"" + (" (geom)" if geometry else "")

        try:  # the work folder goes whatever happens: success, cancel or error
            gd_url = self.parameterAsString(parameters, self.GD_URL, context) or source_url("aneel_gd")
            gd = run("netload:download_aneel_gd", {
                "URL": gd_url,
                "STATES": ",".join(states), "OUTPUT": str(work / "gd_units.gpkg")}, self.tr("GD units (ANEEL)…"))
            gd_layer = QgsVectorLayer(gd["OUTPUT"], "gd_units", "ogr")
            municipalities_source = ""
            if zones_layer is None:
                begin(self.tr("Municipalities of {}…").format(", ".join(states)))
                municipalities_source = self.parameterAsString(parameters, self.MUNICIPALITIES, context) or DEFAULT_SOURCE
                count = build_municipalities(municipalities_source, states, work / "zones.gpkg",
                                             progress=FeedbackProgress(steps))
                steps.pushInfo(self.tr("{} municipalities.").format(count))
                zones_layer = QgsVectorLayer(f"{work / 'zones.gpkg'}|layername=municipalities", "zones", "ogr")
                zone_id = "ibge_code"
            else:
                begin(self.tr("Zones: {} (states {})").format(zones_layer.name(), ", ".join(states)))
            aggregated = run("netload:aggregate_gd", {"GD_UNITS": gd_layer, "ZONES": zones_layer, "METHOD": 0,
                                                      "OUTPUT": str(work / "zones_capacity.gpkg")}, self.tr("Capacity per zone…"))
            zones_capacity = QgsVectorLayer(aggregated["OUTPUT"], "zones", "ogr")
            undeclared_pv = parameters.get(self.UNDECLARED_PV)
            if buildings is not None:
                undeclared_pv = self.rooftop_step(parameters, context, steps, run, buildings, gd_layer, zones_layer, zone_id, table, work)
            extent = zones_capacity.extent()
            extent.grow(0.6)
            source = self.parameterAsEnum(parameters, self.IRRADIANCE_SOURCE, context)
            irradiance_url = self.parameterAsString(parameters, self.IRRADIANCE_URL, context)
            irradiance = run("netload:download_irradiance", {
                "SOURCE": source, "URL": irradiance_url,
                "EXTENT": f"{extent.xMinimum()},{extent.xMaximum()},{extent.yMinimum()},{extent.yMaximum()} [{zones_capacity.crs().authid()}]",
                "START": start, "END": end, "OUTPUT": str(work / "irradiance_points.gpkg"),
                "OUTPUT_SERIES": str(work / "irradiance_series.gpkg")},
                self.tr("Irradiance…"))
            generation = run("netload:estimate_gd_generation", {
                "ZONES": zones_capacity, "ZONE_ID": zone_id, "CAPACITY_FIELD": "gd_capacity_kw", "GD_UNITS": gd_layer,
                "IRRADIANCE": irradiance["OUTPUT"], "IRRADIANCE_SERIES": irradiance.get("OUTPUT_SERIES"),
                "IRRADIANCE_MODE": IRRADIANCE_MODES[source], "START": start, "END": end,
                "OUTPUT": table("gd_generation", False), "OUTPUT_ZONES": str(work / "zones_generation.gpkg")},
                self.tr("Generation per zone and hour…"))
            areas = sorted({subsystem_of_state(uf) for uf in states if subsystem_of_state(uf)}) or list(SUBSYSTEM_STATES)
            ons_dataset = self.parameterAsEnum(parameters, self.ONS_DATASET, context)
            ons_url = self.parameterAsString(parameters, self.ONS_URL, context)
            load = run("netload:download_ons_load", {
                "DATASET": ons_dataset, "AREAS": ",".join(areas),
                "START": start, "END": end, "URL": ons_url,
                "OUTPUT": str(work / "ons_load.gpkg")}, self.tr("ONS load…"))
            run("netload:hidden_load", {
                "ONS_LOAD": load["OUTPUT"], "GD_GENERATION": generation["OUTPUT"],
                "ZONES": generation["OUTPUT_ZONES"], "ZONE_ID": zone_id,
                "UNDECLARED_PV": undeclared_pv, "OUTPUT": table("hidden_load_area", False),
                "OUTPUT_SUMMARY": table("hidden_load_summary", False), "OUTPUT_ZONES": table("zones")},
                self.tr("Hidden and real load…"))
            begin(self.tr("Styling and writing {}…").format(target))
            self.copy_layer(gd_layer.source(), gpkg, "gd_units_generated" if "generated" in str(gd_url).lower() else "gd_units")
            for name, source_path in (("irradiance_points", irradiance["OUTPUT"]), ("irradiance_series", irradiance.get("OUTPUT_SERIES")),
                                      ("ons_load", load["OUTPUT"])):
                if source_path:
                    self.copy_layer(str(source_path), gpkg, name)
            self.style(gpkg)
            summary = _summary_text(gpkg)
            report = None
            if report_target:
                begin(self.tr("Report {}…").format(report_target))
                sources = self.report_sources(parameters, context, gd_url, municipalities_source, zones_layer, source,
                                              irradiance_url, ons_dataset, ons_url, buildings)
                title = "NetLoad {} {}–{}".format(", ".join(states) if municipalities_source else zones_layer.name(),
                                                   self.day(parameters, self.START, context), self.day(parameters, self.END, context))
                report = self.write_report(gpkg, work / Path(report_target).name, title, sources)
            target.parent.mkdir(parents=True, exist_ok=True)
            partial = target.with_name(target.name + ".partial")
            partial.unlink(missing_ok=True)
            _consistent_copy(gpkg, partial)
            partial.replace(target)
            results = {self.OUTPUT_GPKG: str(target), "SUMMARY": summary}
            if store is not None:
                begin(self.tr("Publishing to the store…"))
                feedback.pushInfo(self.publish_store(store, parameters, context, steps, gpkg, states, zone_id,
                                                     municipalities_source or zones_layer, gd_url))
            if report is not None:
                results[self.REPORT] = str(_move_report(report, Path(report_target)))
            feedback.pushInfo(summary)
            return results
        except (_Stop, Cancelled):
            return {}
        except NetLoadError as error:
            raise QgsProcessingException(str(error)) from error
        finally:
            shutil.rmtree(work, ignore_errors=True)

    def publish_store(self, store, parameters, context, feedback, gpkg, states, zone_id, zones, gd_url) -> str:
        """Publish the finished GeoPackage to the team's store (STORE); returns the line for the log.

        ``zones``: the municipality source (text) or the zone layer the run used.
        """
        municipalities = isinstance(zones, str)
        sources = [("gd_units", gd_url), ("zones", zones if municipalities else zones.source()),
                   ("irradiance", self.parameterAsString(parameters, self.IRRADIANCE_URL, context)),
                   ("ons_load", self.parameterAsString(parameters, self.ONS_URL, context))]
        region = f"states:{','.join(states)}" if municipalities else f"zones:{zones.name()}"
        period = (day(parameters[self.START]), day(parameters[self.END]))
        record = run_record(self.ALGORITHM_ID, parameters, sources, period, states, region)
        return publish_or_raise(publish_gpkg_run, store, record, gpkg, zone_id, FeedbackProgress(feedback)).summary()

    def check_rooftop_parameters(self, parameters, context, buildings) -> int:
        """Refuse contradictory rooftop parameters before any download; returns the rooftop step count.

        onnxruntime is checked here too, so a missing package stops the run at once with the
        install instructions instead of after the downloads.
        """
        if buildings is None:
            if parameters.get(self.RASTER) or self.parameterAsBool(parameters, self.DOWNLOAD_IMAGERY, context):
                raise QgsProcessingException(self.tr("RASTER and DOWNLOAD_IMAGERY belong to the rooftop step: give BUILDINGS too."))
            return 0
        if parameters.get(self.UNDECLARED_PV):
            raise QgsProcessingException(self.tr("Give BUILDINGS (rooftop step) or UNDECLARED_PV (an earlier result), not both."))
        download = self.parameterAsBool(parameters, self.DOWNLOAD_IMAGERY, context)
        if not download and self.parameterAsRasterLayer(parameters, self.RASTER, context) is None:
            raise QgsProcessingException(self.tr("The rooftop step needs RASTER (imagery of the buildings) or DOWNLOAD_IMAGERY."))
        try:
            import_onnxruntime()
        except NetLoadError as error:
            raise QgsProcessingException(str(error)) from error
        return 3 if download else 2

    def rooftop_step(self, parameters, context, feedback, run, buildings, gd_layer, zones_layer, zone_id, table, work):
        """classify_rooftops → find_undeclared_pv; returns the undeclared-PV-per-zone output for hidden_load."""
        raster = self.parameterAsRasterLayer(parameters, self.RASTER, context)
        raster_source = raster.source() if raster is not None else None
        if self.parameterAsBool(parameters, self.DOWNLOAD_IMAGERY, context) and raster is None:
            extent = QgsCoordinateTransform(buildings.crs(), LONLAT, context.transformContext()).transformBoundingBox(buildings.extent())
            extent.grow(IMAGERY_MARGIN_DEGREES)
            imagery = run("netload:download_inpe_imagery", {
                "STAC_URL": self.stac_url(parameters, context),
                "EXTENT": f"{extent.xMinimum()},{extent.xMaximum()},{extent.yMinimum()},{extent.yMaximum()} [EPSG:4674]",
                "START": self.day(parameters, self.START, context), "END": self.day(parameters, self.END, context),
                "OUTPUT": str(work / "imagery.tif")}, self.tr("INPE imagery of the buildings…"))
            raster_source = imagery["OUTPUT"]
        threshold = parameters.get(self.THRESHOLD)
        classified = run("netload:classify_rooftops", {
            "BUILDINGS": buildings, "RASTER": raster_source,
            "MODEL": self.parameterAsFile(parameters, self.MODEL, context) or None,
            "THRESHOLD": None if threshold in (None, "") else self.parameterAsDouble(parameters, self.THRESHOLD, context),
            "OUTPUT": str(work / "rooftops_classified.gpkg")}, self.tr("Classifying rooftops…"))
        found = run("netload:find_undeclared_pv", {
            "ROOFTOPS": classified["OUTPUT"], "GD_UNITS": gd_layer,
            "SEARCH_DISTANCE": self.parameterAsDouble(parameters, self.SEARCH_DISTANCE, context),
            "ZONES": zones_layer, "ZONE_ID": zone_id,
            "OUTPUT": table("rooftops"), "OUTPUT_ZONES": table("undeclared_pv_zones")}, self.tr("Undeclared PV per zone…"))
        self.warn_zones_without_profile(found["OUTPUT_ZONES"], context, feedback)
        return found["OUTPUT_ZONES"]

    def warn_zones_without_profile(self, undeclared_zones, context, feedback):
        """Say so when undeclared PV sits in zones with no registered unit.

        hidden_load spreads a zone's undeclared kW over the day with the zone's per-kW registered
        generation; a zone without registered units has no such profile and borrows its ONS area's
        mean one, an approximation the analyst should know about.
        """
        layer = QgsProcessingUtils.mapLayerFromString(undeclared_zones, context)
        if layer is None:
            return
        missing = [f["undeclared_kw"] for f in layer.getFeatures() if (f["undeclared_kw"] or 0) > 0 and not (f["gd_kw"] or 0)]
        if missing:
            feedback.pushWarning(self.tr(
                "{} zone(s) with {} kW of undeclared PV have no registered GD unit: their generation follows the "
                "mean per-kW profile of their ONS area.").format(len(missing), round(sum(missing), 1)))

    def report_sources(self, parameters, context, gd_url, municipalities_source, zones_layer, irradiance_source,
                       irradiance_url, ons_dataset, ons_url, buildings) -> list:
        """The report's source table: every input with its URL or file and its date."""
        official = self.tr("official endpoint")
        irradiance_names = [self.tr("INPE LABREN climatology"), self.tr("INMET stations"), self.tr("NASA POWER daily")]
        ons_names = [self.tr("Carga verificada (with ONS MMGD)"), self.tr("Curva de carga (hourly)")]
        rows = [
            (self.tr("ANEEL — GD registry (micro e minigeração distribuída)"), gd_url),
            (self.tr("IBGE — municipality polygons"), municipalities_source) if municipalities_source
            else (self.tr("Zones"), zones_layer.source()),
            (self.tr("Irradiance ({})").format(irradiance_names[irradiance_source]), irradiance_url or official),
            (self.tr("ONS — load ({})").format(ons_names[ons_dataset]), ons_url or official),
        ]
        if buildings is not None:
            raster = self.parameterAsRasterLayer(parameters, self.RASTER, context)
            rows.append((self.tr("Buildings"), buildings.source()))
            rows.append((self.tr("Imagery"), raster.source() if raster is not None
                         else "INPE STAC " + self.stac_url(parameters, context)))
            rows.append((self.tr("Rooftop PV model"), self.parameterAsFile(parameters, self.MODEL, context) or str(BUNDLED_MODEL)))
        return [source_row(name, location, download_label=self.tr("{} (download)")) for name, location in rows]

    def stac_url(self, parameters, context) -> str:
        """STAC_URL, else the catalogue set in Settings ▸ Options ▸ NetLoad (INPE's by default)."""
        return self.parameterAsString(parameters, self.STAC_URL, context) or source_url("stac")

    def day(self, parameters, name, context) -> str:
        """A date parameter as ``YYYY-MM-DD``."""
        return self.parameterAsDateTime(parameters, name, context).date().toString("yyyy-MM-dd")

    @staticmethod
    def write_report(gpkg: Path, pdf: Path, title: str, sources) -> Path:
        """The two-page PDF of the run, laid out in a project of its own (never the desktop's, from this thread)."""
        zones = QgsVectorLayer(f"{gpkg}|layername=zones", "zones", "ogr")  # opens with the style saved in the GeoPackage
        table_layer = QgsVectorLayer(f"{gpkg}|layername=hidden_load_area", "hidden_load_area", "ogr")
        return write_run_report(pdf, zones, frame_from_layer(table_layer), sources, title, project=QgsProject())

    @staticmethod
    def copy_layer(source: str, gpkg: Path, name: str):
        """Copy the (single-layer) file ``source`` into the pipeline's GeoPackage as ``name``."""
        from osgeo import gdal

        source = str(source).split("|")[0]
        gdal.VectorTranslate(str(gpkg), source, format="GPKG", accessMode="update", layerName=name,
                             options=["-overwrite"])

    def style(self, gpkg: Path):
        """Style the pipeline's own layer objects and store each style in the GeoPackage as the default."""
        for name, styler, description in (
            ("zones", lambda layer: style_zones(layer, "hidden_load_mwh"), "hidden load per zone (MWh)"),
            ("gd_units_generated", style_points, "GD units"),
            ("gd_units", style_points, "GD units"),
            ("rooftops", lambda layer: apply_style(layer, "rooftops_status"), "roofs: declared / undeclared PV (suspected) / no PV"),
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


def zone_states(zones_layer, zone_id: str, context) -> list:
    """The states (UF) a zone layer lies in: their GD units are downloaded and their subsystems are the ONS areas.

    From the zones' IBGE codes (first two digits) when ``zone_id`` holds them, else the states with a
    municipality centroid inside the zones' extent.
    """
    if zones_layer.fields().indexOf(zone_id) >= 0:
        request = QgsFeatureRequest().setFlags(compat.REQUEST_NO_GEOMETRY).setSubsetOfAttributes([zone_id], zones_layer.fields())
        codes = {str(feature[zone_id]) for feature in zones_layer.getFeatures(request)}
        states = {state_of_ibge_code(code) if len(code) in (6, 7) and code.isdigit() else None for code in codes}
        if states and None not in states:
            return [uf for uf in ibge.UF_BY_STATE_CODE.values() if uf in states]
    box = QgsCoordinateTransform(zones_layer.crs(), LONLAT, context.transformContext()).transformBoundingBox(zones_layer.extent())
    return ibge.states_in_box(box.xMinimum(), box.xMaximum(), box.yMinimum(), box.yMaximum())


def _move_report(pdf: Path, target: Path) -> Path:
    """Put the finished report (and its chart PNG, renamed to match) in place, each atomically."""
    target.parent.mkdir(parents=True, exist_ok=True)
    for source, destination in ((pdf.with_name(pdf.stem + "_chart.png"), target.with_name(target.stem + "_chart.png")), (pdf, target)):
        if source.is_file():
            partial = destination.with_name(destination.name + ".partial")
            shutil.copyfile(source, partial)
            partial.replace(destination)
    return target


class _Stop(Exception):
    """Cancelled between steps."""


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
