"""One run of ``netload:run_pipeline``: the steps, in order, each a method of :class:`PipelineRun`.

The algorithm parses its parameters into a :class:`PipelineRequest` and hands it to a ``PipelineRun``,
which plans the steps that request needs (:meth:`PipelineRun.plan`) and runs them one after the other
with a cancel check and a progress step between them. The steps share what they make through the
run's attributes (``gd_layer``, ``zones_layer``, ``generation``…) and write into one work GeoPackage in
a private, locked work folder; the last step, :meth:`PipelineRun.publish`, puts the result in place.

To add a step: write a method that does it (child algorithms through :meth:`PipelineRun.child`) and put
it in :meth:`PipelineRun.plan`. To add a destination (a PostGIS store…): add a publishing method and
plan it instead of, or beside, :meth:`PipelineRun.publish`.
"""

from __future__ import annotations

import shutil
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsProcessingMultiStepFeedback,
    QgsProcessingUtils,
    QgsProject,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QCoreApplication

from ...core.definitions import IRRADIANCE_MODES, IRRADIANCE_SOURCES, MODE_OF_SOURCE, ONS_DATASETS
from ...core.numbers import optional_float
from ...geo.work_files import WorkFolder
from ...translation import format_number, translated

CONTEXT = "PipelineRun"
WORK_PREFIX = "netload-pipeline-"
LONLAT = "EPSG:4674"
IMAGERY_MARGIN_DEGREES = 0.002  # ~200 m around the buildings, so edge roofs get whole chips
IRRADIANCE_GROWTH_DEGREES = 0.6  # stations and cells this far outside the zones still count


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


@dataclass
class PipelineRequest:
    """What the run was asked for, read and checked from the algorithm's parameters (plain values and layers)."""

    states: list
    start: object  # the START and END parameter values, passed on to the child algorithms as given
    end: object
    first_day: str  # START and END as YYYY-MM-DD
    last_day: str
    target: Path
    report: Path | None
    gd_url: str
    municipalities: str  # "" when the run has its own zones
    zones_layer: object | None
    zone_id: str
    irradiance_source: int
    irradiance_url: str
    ons_dataset: int
    ons_url: str
    undeclared_pv: object | None
    calibration: str = ""  # estimate_gd_generation's CALIBRATION file ("": the physical model)
    buildings: object | None = None
    raster: object | None = None
    stac_url: str = ""
    model: str = ""
    threshold: float | None = None
    search_distance: float = 1000.0
    load_table: dict | None = None  # hidden_load's LOAD_TABLE and LOAD_* parameters: the user's load, not ONS's
    load_table_source: str = ""
    store: object | None = None  # geo.postgis_publish.StoreRequest: also publish the run to a team's PostGIS store
    parameters: dict = field(default_factory=dict)  # as given, for the store's provenance (credentials redacted)

    @property
    def region_name(self) -> str:
        """The states, or the zone layer's name: for titles."""
        return self.zones_layer.name() if self.zones_layer is not None else ", ".join(self.states)


class PipelineRun:
    """``with PipelineRun(...) as run: return run.execute()`` — the steps of one pipeline run."""

    def __init__(self, algorithm, request: PipelineRequest, context, feedback):
        self.algorithm, self.request, self.context, self.feedback = algorithm, request, context, feedback
        self._work_folder = WorkFolder(WORK_PREFIX)
        self.work: Path | None = None
        self.steps = None  # the multi-step feedback the child algorithms report to
        self.results: dict = {}
        # What the steps make, in the order they make it.
        self.gd_layer = self.zones_layer = self.capacity_layer = None
        self.zone_id = request.zone_id
        self.undeclared_pv = request.undeclared_pv
        self.raster = request.raster.source() if request.raster is not None else None
        self.classified_rooftops = None
        self.irradiance = self.generation = self.load = None
        self.report_pdf: Path | None = None

    def __enter__(self) -> PipelineRun:
        self.work = self._work_folder.__enter__()
        return self

    def __exit__(self, *exc) -> None:
        self._work_folder.__exit__(*exc)  # the work folder goes whatever happened: success, cancel or error

    @property
    def gpkg(self) -> Path:
        """The work GeoPackage the steps fill; :meth:`publish` copies it to OUTPUT_GPKG."""
        return self.work / "pipeline.gpkg"

    # -- running ---------------------------------------------------------------------------------
    def plan(self) -> list:
        """The steps this request needs, in order."""
        steps = [self.gd_units, self.zones, self.capacity]
        if self.request.buildings is not None:
            if self.raster is None:
                steps.append(self.imagery)
            steps += [self.classify_rooftops, self.undeclared_rooftops]
        steps += [self.irradiance_step, self.generation_step]
        if self.request.load_table is None:
            steps.append(self.ons_load)
        steps += [self.hidden_load, self.style]
        if self.request.report is not None:
            steps.append(self.write_report)
        steps.append(self.publish)
        if self.request.store is not None:
            steps.append(self.publish_store)
        return steps

    def execute(self) -> dict:
        """Run the planned steps; a cancel between two of them stops the run before the next."""
        plan = self.plan()
        self.steps = QgsProcessingMultiStepFeedback(len(plan), self.feedback)
        for number, step in enumerate(plan):
            self.algorithm.check_cancelled(self.feedback)
            self.steps.setCurrentStep(number)
            step()
        return self.results

    def say(self, message: str) -> None:
        """The step's line in the log and the dock's step text."""
        self.steps.pushInfo(message)

    def child(self, algorithm_id: str, parameters: dict) -> dict:
        """Run a child algorithm; a cancelled child returns {} (or fails, which the base treats as the cancel)."""
        import processing

        result = processing.run(algorithm_id, parameters, feedback=self.steps, context=self.context,
                                is_child_algorithm=True)
        self.algorithm.check_cancelled(self.feedback)
        return result

    def table(self, name: str, geometry: bool = True) -> str:
        """The destination of a layer written straight into the work GeoPackage."""
        return f"ogr:dbname='{self.gpkg}' table=\"{name}\"" + (" (geom)" if geometry else "")

    # -- steps -----------------------------------------------------------------------------------
    def gd_units(self) -> None:
        """The registry's units, written straight into the work GeoPackage: a national registry holds ~4 million
        points, and copying them there later cost two minutes (GDAL 3.6 rebuilds the R-tree row by row)."""
        self.say(tr("GD units (ANEEL)…"))
        name = "gd_units_generated" if "generated" in str(self.request.gd_url).lower() else "gd_units"
        self.child("netload:download_aneel_gd", {
            "URL": self.request.gd_url, "STATES": ",".join(self.request.states), "OUTPUT": self.table(name)})
        self.gd_layer = QgsVectorLayer(f"{self.gpkg}|layername={name}", name, "ogr")

    def zones(self) -> None:
        """The zones: the run's own layer, or the states' municipalities."""
        from ...geo.feedback import FeedbackProgress
        from ...geo.municipalities import build_municipalities

        request = self.request
        if request.zones_layer is not None:
            self.say(tr("Zones: {} (states {})").format(request.zones_layer.name(), ", ".join(request.states)))
            self.zones_layer = request.zones_layer
            return
        self.say(tr("Municipalities of {}…").format(", ".join(request.states)))
        path = self.work / "zones.gpkg"
        count = build_municipalities(request.municipalities, request.states, path,
                                     progress=FeedbackProgress(self.steps))
        self.say(tr("{} municipalities.").format(count))
        self.zones_layer = QgsVectorLayer(f"{path}|layername=municipalities", "zones", "ogr")
        self.zone_id = "ibge_code"

    def capacity(self) -> None:
        self.say(tr("Capacity per zone…"))
        aggregated = self.child("netload:aggregate_gd", {
            "GD_UNITS": self.gd_layer, "ZONES": self.zones_layer, "METHOD": 0,
            "OUTPUT": str(self.work / "zones_capacity.gpkg")})
        self.capacity_layer = QgsVectorLayer(aggregated["OUTPUT"], "zones", "ogr")

    def imagery(self) -> None:
        """INPE CBERS imagery over the buildings (DOWNLOAD_IMAGERY without RASTER)."""
        self.say(tr("INPE imagery of the buildings…"))
        buildings = self.request.buildings
        extent = QgsCoordinateTransform(buildings.crs(), QgsCoordinateReferenceSystem(LONLAT),
                                        self.context.transformContext()).transformBoundingBox(buildings.extent())
        extent.grow(IMAGERY_MARGIN_DEGREES)
        found = self.child("netload:download_inpe_imagery", {
            "STAC_URL": self.request.stac_url, "EXTENT": extent_text(extent, LONLAT),
            "START": self.request.first_day, "END": self.request.last_day, "OUTPUT": str(self.work / "imagery.tif")})
        self.raster = found["OUTPUT"]

    def classify_rooftops(self) -> None:
        self.say(tr("Classifying rooftops…"))
        classified = self.child("netload:classify_rooftops", {
            "BUILDINGS": self.request.buildings, "RASTER": self.raster,
            "MODEL": self.request.model or None, "THRESHOLD": self.request.threshold,
            "OUTPUT": str(self.work / "rooftops_classified.gpkg")})
        self.classified_rooftops = classified["OUTPUT"]

    def undeclared_rooftops(self) -> None:
        """find_undeclared_pv against the run's own GD units and zones: the undeclared kW per zone."""
        self.say(tr("Undeclared PV per zone…"))
        found = self.child("netload:find_undeclared_pv", {
            "ROOFTOPS": self.classified_rooftops, "GD_UNITS": self.gd_layer,
            "SEARCH_DISTANCE": self.request.search_distance, "ZONES": self.zones_layer, "ZONE_ID": self.zone_id,
            "OUTPUT": self.table("rooftops"), "OUTPUT_ZONES": self.table("undeclared_pv_zones")})
        self.undeclared_pv = found["OUTPUT_ZONES"]
        self.warn_zones_without_profile()

    def irradiance_step(self) -> None:
        self.say(tr("Irradiance…"))
        # in degrees whatever the zones' CRS (the growth of a projected extent would be in metres)
        to_degrees = QgsCoordinateTransform(self.capacity_layer.crs(), QgsCoordinateReferenceSystem(LONLAT),
                                            self.context.transformContext())
        extent = to_degrees.transformBoundingBox(self.capacity_layer.extent())
        extent.grow(IRRADIANCE_GROWTH_DEGREES)
        self.irradiance = self.child("netload:download_irradiance", {
            "SOURCE": self.request.irradiance_source, "URL": self.request.irradiance_url,
            "EXTENT": extent_text(extent, LONLAT),
            "START": self.request.start, "END": self.request.end, "OUTPUT": str(self.work / "irradiance_points.gpkg"),
            "OUTPUT_SERIES": str(self.work / "irradiance_series.gpkg")})

    @property
    def irradiance_source_id(self) -> str:
        return IRRADIANCE_SOURCES[self.request.irradiance_source].id

    def generation_step(self) -> None:
        self.say(tr("Generation per zone and hour…"))
        self.generation = self.child("netload:estimate_gd_generation", {
            "ZONES": self.capacity_layer, "ZONE_ID": self.zone_id, "CAPACITY_FIELD": "gd_capacity_kw",
            "GD_UNITS": self.gd_layer, "IRRADIANCE": self.irradiance["OUTPUT"],
            "IRRADIANCE_SERIES": self.irradiance.get("OUTPUT_SERIES"),
            "IRRADIANCE_MODE": IRRADIANCE_MODES.index(MODE_OF_SOURCE[self.irradiance_source_id]),
            "START": self.request.start, "END": self.request.end, "CALIBRATION": self.request.calibration or None,
            "OUTPUT": self.table("gd_generation", False), "OUTPUT_ZONES": str(self.work / "zones_generation.gpkg")})
        self.results["PROVENANCE"] = self.generation.get("PROVENANCE", "")

    def ons_load(self) -> None:
        from ...core.hidden_load import SUBSYSTEM_STATES, subsystem_of_state

        self.say(tr("ONS load…"))
        areas = sorted({subsystem_of_state(uf) for uf in self.request.states if subsystem_of_state(uf)})
        self.load = self.child("netload:download_ons_load", {
            "DATASET": self.request.ons_dataset, "AREAS": ",".join(areas or SUBSYSTEM_STATES),
            "START": self.request.start, "END": self.request.end, "URL": self.request.ons_url,
            "OUTPUT": str(self.work / "ons_load.gpkg")})

    def hidden_load(self) -> None:
        self.say(tr("Hidden and real load…"))
        self.child("netload:hidden_load", {
            **self.load_input(), "GD_GENERATION": self.generation["OUTPUT"],
            "ZONES": self.generation["OUTPUT_ZONES"], "ZONE_ID": self.zone_id, "UNDECLARED_PV": self.undeclared_pv,
            "OUTPUT": self.table("hidden_load_area", False), "OUTPUT_SUMMARY": self.table("hidden_load_summary", False),
            "OUTPUT_ZONES": self.table("zones")})

    def load_input(self) -> dict:
        """hidden_load's load: the ONS table just downloaded, or the user's load table with its mapping."""
        if self.request.load_table is None:
            return {"ONS_LOAD": self.load["OUTPUT"]}
        return {**self.request.load_table, "OUTPUT_LOAD": self.table("load_table", False),
                "OUTPUT_LOAD_REJECTED": self.table("load_rejected", False)}

    def style(self) -> None:
        """The inputs' layers beside the results, the zones × hour view, and every layer's default style."""
        from ...geo.zone_series import add_zone_series_view

        self.say(tr("Styling and writing {}…").format(self.request.target))
        for name, source in (("irradiance_points", self.irradiance["OUTPUT"]),
                             ("irradiance_series", self.irradiance.get("OUTPUT_SERIES")),
                             ("ons_load", (self.load or {}).get("OUTPUT"))):
            if source:
                copy_layer(str(source), self.gpkg, name)
        if self.zone_id == "ibge_code":  # zones are municipalities, which GD units name: a table per distributor
            from ...geo.distributors import add_distributor_table

            add_distributor_table(self.gpkg)
        add_zone_series_view(self.gpkg)
        style_layers(self.gpkg)
        reference = tr("ONS's MMGD") if self.request.load_table is None else tr("the load table's MMGD")
        self.results["SUMMARY"] = summary_text(self.gpkg, reference)

    def write_report(self) -> None:
        """The two-page PDF, laid out in a project of its own (never the desktop's, from this thread)."""
        from ...geo.chart import frame_from_layer
        from ...geo.report import write_run_report

        request = self.request
        self.say(tr("Report {}…").format(request.report))
        zones = QgsVectorLayer(f"{self.gpkg}|layername=zones", "zones", "ogr")  # with the style saved in the GeoPackage
        table = QgsVectorLayer(f"{self.gpkg}|layername=hidden_load_area", "hidden_load_area", "ogr")
        title = f"NetLoad {request.region_name} {request.first_day}–{request.last_day}"
        self.report_pdf = write_run_report(self.work / request.report.name, zones, frame_from_layer(table),
                                           report_sources(request), title, project=QgsProject())

    def publish(self) -> None:
        """Put the GeoPackage (and the report) in place, each atomically: a cancel or an error before
        this step leaves the earlier files as they were."""
        target = self.request.target
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_name(target.name + ".partial")
        partial.unlink(missing_ok=True)
        consistent_copy(self.gpkg, partial)
        partial.replace(target)
        self.results["OUTPUT_GPKG"] = str(target)
        if self.report_pdf is not None:
            self.results["REPORT"] = str(move_report(self.report_pdf, self.request.report))
        self.feedback.pushInfo(self.results["SUMMARY"])

    def publish_store(self) -> None:
        """The finished GeoPackage into the team's PostGIS store (STORE), in one transaction of its own."""
        from ...geo.feedback import FeedbackProgress
        from ...geo.postgis_publish import day, publish_gpkg_run, run_record

        request = self.request
        self.say(tr("Publishing to the store…"))
        zones = request.municipalities or request.zones_layer.source()
        load = ("load_table", request.load_table_source) if request.load_table is not None \
            else ("ons_load", request.ons_url)
        sources = [("gd_units", request.gd_url), ("zones", zones), ("irradiance", request.irradiance_url), load,
                   ("calibration", request.calibration)]
        region = f"states:{','.join(request.states)}" if request.municipalities \
            else f"zones:{request.zones_layer.name()}"
        record = run_record("run_pipeline", request.parameters, sources,
                            (day(request.start), day(request.end)), request.states, region)
        published = publish_gpkg_run(request.store, record, self.gpkg, self.zone_id, FeedbackProgress(self.steps))
        self.feedback.pushInfo(published.summary())

    # -- checks ----------------------------------------------------------------------------------
    def warn_zones_without_profile(self) -> None:
        """Say so when undeclared PV sits in zones with no registered unit.

        hidden_load spreads a zone's undeclared kW over the day with the zone's per-kW registered
        generation; a zone without registered units has no such profile and borrows its ONS area's
        mean one, an approximation the analyst should know about.
        """
        layer = QgsProcessingUtils.mapLayerFromString(self.undeclared_pv, self.context)
        if layer is None:
            return
        missing = [feature["undeclared_kw"] for feature in layer.getFeatures()
                   if (feature["undeclared_kw"] or 0) > 0 and not (feature["gd_kw"] or 0)]
        if missing:
            self.feedback.pushWarning(tr(
                "{} zone(s) with {} kW of undeclared PV have no registered GD unit: their generation follows the "
                "mean per-kW profile of their ONS area.").format(len(missing), round(sum(missing), 1)))


def run_pipeline(algorithm, request: PipelineRequest, context, feedback) -> dict:
    """Run every step of ``request`` in a work folder of its own; returns the algorithm's results."""
    with PipelineRun(algorithm, request, context, feedback) as run:
        return run.execute()


def report_sources(request: PipelineRequest) -> list:
    """The report's source table: every input with its URL or file and its date."""
    from ...geo.report import source_row
    from .classify_rooftops import BUNDLED_MODEL

    official = tr("official endpoint")
    irradiance = translated(IRRADIANCE_SOURCES[request.irradiance_source].label)
    ons = translated(ONS_DATASETS[request.ons_dataset].label)
    rows = [
        (tr("ANEEL — GD registry (micro e minigeração distribuída)"), request.gd_url),
        (tr("IBGE — municipality polygons"), request.municipalities) if request.municipalities
        else (tr("Zones"), request.zones_layer.source()),
        (tr("Irradiance ({})").format(irradiance), request.irradiance_url or official),
        (tr("ONS — load ({})").format(ons), request.ons_url or official) if request.load_table is None
        else (tr("Load table"), request.load_table_source),
    ]
    if request.buildings is not None:
        rows.append((tr("Buildings"), request.buildings.source()))
        rows.append((tr("Imagery"), request.raster.source() if request.raster is not None
                     else "INPE STAC " + request.stac_url))
        rows.append((tr("Rooftop PV model"), request.model or str(BUNDLED_MODEL)))
    return [source_row(name, location, download_label=tr("{} (download)")) for name, location in rows] + \
        [calibration_source_row(request.calibration)]


def calibration_source_row(path: str) -> dict:
    """The report's calibration row: the file with its factors and fitted period, or "none: the physical model"."""
    from ...core.calibration import read_calibration
    from ...geo.report import source_row

    name = tr("Calibration of the registered-GD estimate")
    if not path:
        return {"name": name, "location": tr("none: the physical model"), "date": ""}
    row = source_row(name, path)
    row["location"] = f"{path} ({read_calibration(path).describe()})"
    return row


def extent_text(rectangle, authid: str) -> str:
    """An extent parameter value: ``xmin,xmax,ymin,ymax [EPSG:n]``."""
    return f"{rectangle.xMinimum()},{rectangle.xMaximum()},{rectangle.yMinimum()},{rectangle.yMaximum()} [{authid}]"


def copy_layer(source: str, gpkg: Path, name: str) -> None:
    """Copy the (single-layer) file ``source`` into the pipeline's GeoPackage as ``name``."""
    from osgeo import gdal

    source = str(source).split("|")[0]
    gdal.VectorTranslate(str(gpkg), source, format="GPKG", accessMode="update", layerName=name, options=["-overwrite"])


def style_layers(gpkg: Path) -> None:
    """Style the pipeline's layers and store each style in the GeoPackage as its default."""
    from ...geo.gpkg_table import table_names
    from ...geo.styles import apply_style, save_default_style, style_output_layer, style_points

    written = table_names(gpkg)  # optional tables a run did not write are not opened (no OGR log noise)
    for name, styler, description in (
        ("zones", style_output_layer, "hidden load per zone (MWh)"),  # the dock's choropleth: report = map
        ("gd_units_generated", style_points, "GD units"),
        ("gd_units", style_points, "GD units"),
        ("rooftops", lambda layer: apply_style(layer, "rooftops_status"),
         "roofs: declared / undeclared PV (suspected) / no PV"),
    ):
        layer = QgsVectorLayer(f"{gpkg}|layername={name}", name, "ogr") if name in written else None
        if layer is not None and layer.isValid():
            styler(layer)
            save_default_style(layer, description)


def consistent_copy(source: Path, target: Path) -> None:
    """Copy a GeoPackage with everything committed (QGIS may still hold it open in WAL mode)."""
    connection = sqlite3.connect(str(source))
    try:
        connection.execute("VACUUM INTO ?", (str(target),))
    finally:
        connection.close()


def move_report(pdf: Path, target: Path) -> Path:
    """Put the finished report (and its chart PNG, renamed to match) in place, each atomically."""
    target.parent.mkdir(parents=True, exist_ok=True)
    for source, destination in ((pdf.with_name(pdf.stem + "_chart.png"), target.with_name(target.stem + "_chart.png")),
                                (pdf, target)):
        if source.is_file():
            partial = destination.with_name(destination.name + ".partial")
            shutil.copyfile(source, partial)
            partial.replace(destination)
    return target


def summary_text(gpkg: Path, reference: str) -> str:
    """One line per area, in the analyst's language and number format (``display_locale``): the hidden load
    and the comparison with ``reference``, the MMGD it was held against (ONS's, or the load table's)."""
    from ...geo.chart import area_title, format_metric

    layer = QgsVectorLayer(f"{gpkg}|layername=hidden_load_summary", "summary", "ogr")
    lines = []
    for feature in layer.getFeatures():
        value = {name: optional_float(feature[name]) for name in SUMMARY_FIELDS}
        lines.append(tr(
            "{area}: hidden load {hidden} MWh, capacity factor {factor}; compared with {reference}: "
            "energy ratio {ratio}, nMAE daylight {nmae}, correlation {correlation}, bias {bias} MW").format(
            area=area_title(feature["area"]), hidden=format_number(value["hidden_load_mwh"] or 0.0, 0),
            factor=format_metric("capacity_factor", value["capacity_factor"] or 0.0), reference=reference,
            ratio=format_metric("energy_ratio", value["energy_ratio"]),
            nmae=format_metric("nmae_daylight", value["nmae_daylight"]),
            correlation=format_metric("correlation", value["correlation"]),
            bias=format_metric("bias_mw", value["bias_mw"])))
    return "\n".join(lines)


SUMMARY_FIELDS = ("hidden_load_mwh", "capacity_factor", "energy_ratio", "nmae_daylight", "correlation", "bias_mw")

