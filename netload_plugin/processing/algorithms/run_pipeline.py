"""``netload:run_pipeline`` — the whole chain for a region and period into one styled GeoPackage.

This class declares the parameters and reads them into a :class:`~._pipeline_run.PipelineRequest`;
the steps themselves are :class:`~._pipeline_run.PipelineRun`'s.
"""

from pathlib import Path

from qgis.core import (
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterExtent,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
)

from ... import compat
from ...core import input_sniffing as sniff
from ...core.definitions import IRRADIANCE_SOURCES, ONS_DATASETS, PIPELINE_IRRADIANCE_SOURCE
from ...core.errors import NetLoadError
from ...core.onnx_runtime import import_onnxruntime
from ...geo.municipalities import DEFAULT_SOURCE
from ...geo.regions import states_in_extent, zone_states
from ...geo.settings import source_url
from ...translation import option_labels
from ..base import GROUP_WORKFLOW, NetLoadAlgorithm
from . import _load_table as load_input
from ._layers import date_parameter
from ._pipeline_run import PipelineRequest, run_pipeline
from ._store import add_store_parameters, store_request

DEFAULT_SEARCH_DISTANCE_M = 1000.0


class RunPipelineAlgorithm(NetLoadAlgorithm):
    ALGORITHM_ID = "run_pipeline"
    GROUP = GROUP_WORKFLOW

    STATES = "STATES"
    ZONES = "ZONES"
    ZONE_ID = "ZONE_ID"
    EXTENT = "EXTENT"
    START = "START"
    END = "END"
    GD_URL = "GD_URL"
    MUNICIPALITIES = "MUNICIPALITIES"
    IRRADIANCE_SOURCE = "IRRADIANCE_SOURCE"
    IRRADIANCE_URL = "IRRADIANCE_URL"
    ONS_DATASET = "ONS_DATASET"
    ONS_URL = "ONS_URL"
    CALIBRATION = "CALIBRATION"
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

    def displayName(self):
        return self.tr("Run the hidden-load pipeline")

    def initAlgorithm(self, config=None):
        self.add_region_parameters()
        self.add_source_parameters()
        self.add_rooftop_parameters()
        add_store_parameters(self)
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT_GPKG, self.tr("Output GeoPackage"), self.tr("GeoPackage (*.gpkg)")))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.REPORT, self.tr("PDF report"), self.tr("PDF (*.pdf)"), optional=True, createByDefault=False))
        self.addOutput(QgsProcessingOutputString("SUMMARY", self.tr("Comparison with ONS per area")))
        self.addOutput(QgsProcessingOutputString("PROVENANCE", self.tr("Model and calibration (JSON)")))

    def add_region_parameters(self):
        """Where and when: STATES, ZONES (+ ZONE_ID) or EXTENT; START and END."""
        self.addParameter(QgsProcessingParameterString(
            self.STATES, self.tr("States (UF letters)"), defaultValue="PR,SC,RS", optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.ZONES, self.tr("Zones (instead of the states' municipalities)"), [compat.SOURCE_POLYGON],
            optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.ZONE_ID, self.tr("Zone id field"), parentLayerParameterName=self.ZONES, optional=True))
        self.addParameter(QgsProcessingParameterExtent(
            self.EXTENT, self.tr("Extent (instead of the states: the states it covers)"), optional=True))
        self.addParameter(date_parameter(self.START, self.tr("First day"), optional=False))
        self.addParameter(date_parameter(self.END, self.tr("Last day (included)"), optional=False))

    def add_source_parameters(self):
        """Where each source comes from (empty: the official endpoint or the mirror set in the settings)."""
        self.addParameter(compat.set_advanced(QgsProcessingParameterString(
            self.GD_URL, self.tr("ANEEL GD registry (URL or file; empty = live)"), defaultValue="", optional=True)))
        self.addParameter(compat.set_advanced(QgsProcessingParameterString(
            self.MUNICIPALITIES, self.tr("Municipality polygons (file, or URL template with {code})"),
            defaultValue=DEFAULT_SOURCE, optional=True)))
        self.addParameter(QgsProcessingParameterEnum(
            self.IRRADIANCE_SOURCE, self.tr("Irradiance source"), option_labels(IRRADIANCE_SOURCES),
            defaultValue=IRRADIANCE_SOURCES.index(PIPELINE_IRRADIANCE_SOURCE)))
        self.addParameter(compat.set_advanced(QgsProcessingParameterString(
            self.IRRADIANCE_URL, self.tr("Irradiance URL or file (empty = live)"), defaultValue="", optional=True)))
        self.addParameter(QgsProcessingParameterEnum(
            self.ONS_DATASET, self.tr("ONS dataset"), option_labels(ONS_DATASETS),
            defaultValue=ONS_DATASETS.index("carga_verificada")))
        self.addParameter(compat.set_advanced(QgsProcessingParameterString(
            self.ONS_URL, self.tr("ONS URL or file (empty = live)"), defaultValue="", optional=True)))
        self.addParameter(QgsProcessingParameterFile(
            self.CALIBRATION, self.tr("Calibration file (empty: the physical model)"), extension="json",
            optional=True))
        load_input.add_parameters(self)
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.UNDECLARED_PV, self.tr("Undeclared PV per zone"), [compat.SOURCE_TABLE], optional=True))

    def add_rooftop_parameters(self):
        """The optional rooftop step: buildings, their imagery, the model and the matching distance."""
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.BUILDINGS, self.tr("Buildings (rooftop step)"), [compat.SOURCE_POLYGON], optional=True))
        self.addParameter(QgsProcessingParameterRasterLayer(
            self.RASTER, self.tr("Imagery of the buildings (RGB)"), optional=True))
        self.addParameter(QgsProcessingParameterBoolean(
            self.DOWNLOAD_IMAGERY, self.tr("Download INPE CBERS imagery instead"), defaultValue=False))
        self.addParameter(compat.set_advanced(QgsProcessingParameterString(
            self.STAC_URL, self.tr("INPE STAC API URL (empty = INPE's catalogue)"), defaultValue="", optional=True)))
        self.addParameter(compat.set_advanced(QgsProcessingParameterFile(
            self.MODEL, self.tr("ONNX rooftop model (empty: bundled model)"), extension="onnx", optional=True)))
        self.addParameter(compat.set_advanced(QgsProcessingParameterNumber(
            self.THRESHOLD, self.tr("PV probability threshold (empty: model's own)"), compat.NUMBER_DOUBLE,
            None, optional=True, minValue=0.0, maxValue=1.0)))
        self.addParameter(compat.set_advanced(QgsProcessingParameterNumber(
            self.SEARCH_DISTANCE, self.tr("Search distance roof ↔ GD unit (m)"), compat.NUMBER_DOUBLE,
            DEFAULT_SEARCH_DISTANCE_M, minValue=0.0)))

    def process(self, parameters, context, feedback):
        return run_pipeline(self, self.request(parameters, context), context, feedback)

    def request(self, parameters, context) -> PipelineRequest:
        """The parameters as a checked :class:`PipelineRequest`: contradictions fail here, before any download."""
        zones_layer = self.parameterAsVectorLayer(parameters, self.ZONES, context)
        zone_id = self.parameterAsString(parameters, self.ZONE_ID, context) or "ibge_code"
        if zones_layer is not None:
            from ...geo.zone_inputs import require_zone_geometries

            require_zone_geometries(zones_layer, zone_id)  # before any download
        report = self.parameterAsFileOutput(parameters, self.REPORT, context) if parameters.get(self.REPORT) else ""
        request = PipelineRequest(
            states=self.states(parameters, context, zones_layer, zone_id),
            start=parameters[self.START], end=parameters[self.END],
            first_day=self.day(parameters, self.START, context), last_day=self.day(parameters, self.END, context),
            target=Path(self.parameterAsFileOutput(parameters, self.OUTPUT_GPKG, context)),
            report=Path(report) if report else None,
            gd_url=self.parameterAsString(parameters, self.GD_URL, context) or source_url("aneel_gd"),
            municipalities="" if zones_layer is not None else self.municipalities(parameters, context),
            zones_layer=zones_layer, zone_id=zone_id,
            irradiance_source=self.parameterAsEnum(parameters, self.IRRADIANCE_SOURCE, context),
            irradiance_url=self.parameterAsString(parameters, self.IRRADIANCE_URL, context),
            ons_dataset=self.parameterAsEnum(parameters, self.ONS_DATASET, context),
            ons_url=self.parameterAsString(parameters, self.ONS_URL, context),
            calibration=self.calibration(parameters, context),
            undeclared_pv=parameters.get(self.UNDECLARED_PV) or None,
            load_table=load_input.forwarded(parameters) if load_input.is_given(parameters) else None,
            load_table_source=self.load_table_source(parameters, context),
            store=store_request(self, parameters, context), parameters=dict(parameters),
        )
        self.add_rooftop_request(request, parameters, context)
        self.check_local_inputs(parameters, context, zones_given=zones_layer is not None)
        return request

    def check_local_inputs(self, parameters, context, zones_given: bool) -> None:
        """Read each local source file's first bytes before any heavy step (core.input_sniffing, as the dock
        does): a file that does not fit its parameter stops the run in one sentence saying which choice fits."""
        irradiance = IRRADIANCE_SOURCES[self.parameterAsEnum(parameters, self.IRRADIANCE_SOURCE, context)].id
        ons = ONS_DATASETS[self.parameterAsEnum(parameters, self.ONS_DATASET, context)].id
        expected = sniff.expected_kinds(irradiance, ons)
        checks = [(self.GD_URL, "aneel_gd", self.parameterAsString(parameters, self.GD_URL, context)
                   or source_url("aneel_gd"), ""),
                  (self.IRRADIANCE_URL, "irradiance", self.parameterAsString(parameters, self.IRRADIANCE_URL, context),
                   self.IRRADIANCE_SOURCE)]
        if not zones_given:
            checks.append((self.MUNICIPALITIES, "municipalities", self.municipalities(parameters, context), ""))
        if not load_input.is_given(parameters):
            checks.append((self.ONS_URL, "ons_load", self.parameterAsString(parameters, self.ONS_URL, context),
                           self.ONS_DATASET))
        for name, row, value, choice in checks:
            problem = sniff.check_input(name, value, expected[row], choice) if expected[row] else ""
            if problem:
                raise NetLoadError(problem)
        if load_input.is_given(parameters):
            problem = sniff.check_load_table(load_input.LOAD_TABLE, load_input.table_file(self, parameters, context),
                                             self.ONS_URL, self.ONS_DATASET)
            if problem:
                raise NetLoadError(problem)
            load_input.check_mapping(self, parameters, context)

    def calibration(self, parameters, context) -> str:
        """CALIBRATION's file, read and checked now (a broken file fails before any download); "" without one."""
        path = self.parameterAsFile(parameters, self.CALIBRATION, context)
        if path:
            from ...core.calibration import read_calibration

            read_calibration(path)
        return path or ""

    def load_table_source(self, parameters, context) -> str:
        """LOAD_TABLE's file or source, for the report ("" without one)."""
        if not load_input.is_given(parameters):
            return ""
        layer = self.parameterAsVectorLayer(parameters, load_input.LOAD_TABLE, context)
        return layer.source() if layer is not None else str(parameters[load_input.LOAD_TABLE])

    def municipalities(self, parameters, context) -> str:
        """MUNICIPALITIES; left at its default, the source set in Options ▸ NetLoad (if any)."""
        source = self.parameterAsString(parameters, self.MUNICIPALITIES, context)
        return source_url("municipalities") if source in ("", DEFAULT_SOURCE) else source

    def states(self, parameters, context, zones_layer, zone_id) -> list:
        """The states to model: those of ZONES, else those EXTENT covers, else STATES."""
        if zones_layer is not None:
            states = zone_states(zones_layer, zone_id, context.transformContext())
            if not states:
                raise NetLoadError(self.tr("ZONES covers no Brazilian municipality: no state to model."))
            return states
        if parameters.get(self.EXTENT):
            extent = self.parameterAsExtent(parameters, self.EXTENT, context)
            crs = self.parameterAsExtentCrs(parameters, self.EXTENT, context)
            states = states_in_extent(extent, crs, context.transformContext())
            if not states:
                raise NetLoadError(self.tr("EXTENT holds no Brazilian municipality: no state to model."))
            return states
        text = self.parameterAsString(parameters, self.STATES, context)
        states = [uf.strip().upper() for uf in text.split(",") if uf.strip()]
        if not states:
            raise NetLoadError(self.tr("Give STATES, EXTENT or ZONES."))
        return states

    def add_rooftop_request(self, request: PipelineRequest, parameters, context) -> None:
        """The rooftop step's inputs, refused when contradictory.

        onnxruntime is checked here too, so a missing package stops the run at once with the
        install instructions instead of after the downloads.
        """
        buildings = self.parameterAsVectorLayer(parameters, self.BUILDINGS, context)
        raster = self.parameterAsRasterLayer(parameters, self.RASTER, context)
        download = self.parameterAsBool(parameters, self.DOWNLOAD_IMAGERY, context)
        if buildings is None:
            if raster is not None or download:
                raise NetLoadError(self.tr(
                    "RASTER and DOWNLOAD_IMAGERY belong to the rooftop step: give BUILDINGS too."))
            return
        if request.undeclared_pv is not None:
            raise NetLoadError(self.tr("Give BUILDINGS (rooftop step) or UNDECLARED_PV (an earlier result), not both."))
        if not download and raster is None:
            raise NetLoadError(self.tr("The rooftop step needs RASTER (imagery of the buildings) or DOWNLOAD_IMAGERY."))
        import_onnxruntime()
        threshold = parameters.get(self.THRESHOLD)
        request.buildings, request.raster = buildings, raster
        request.stac_url = self.parameterAsString(parameters, self.STAC_URL, context) or source_url("stac")
        request.model = self.parameterAsFile(parameters, self.MODEL, context)
        if threshold not in (None, ""):
            request.threshold = self.parameterAsDouble(parameters, self.THRESHOLD, context)
        request.search_distance = self.parameterAsDouble(parameters, self.SEARCH_DISTANCE, context)

    def day(self, parameters, name, context) -> str:
        """A date parameter as ``YYYY-MM-DD``."""
        return self.parameterAsDateTime(parameters, name, context).date().toString("yyyy-MM-dd")
