"""``netload:download_aneel_gd`` — ANEEL's distributed-generation registry as a clean point layer."""

from qgis.core import (
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorDestination,
    QgsCoordinateReferenceSystem,
)

from ...core import aneel_gd, ibge
from ...core.errors import NetLoadError
from ...geo.feedback import FeedbackProgress
from ...geo.network import qgis_network_settings
from ...geo.gpkg_table import destination_path
from ...geo.point_output import points_passing_rejects, table_fields, write_points
from ...net.session import HttpSession
from ...net.tables import open_table
from ..base import GROUP_SOURCES, NetLoadAlgorithm
from ... import compat

POINT_FIELDS = {
    "unit_id": "text", "uf": "text", "ibge_code": "text", "municipality": "text", "consumer_class": "text",
    "modality": "text", "generation_type": "text", "source": "text", "size_class": "text",
    "capacity_kw": "real", "connected_on": "date", "distributor": "text", "substation": "text",
    "geom_source": "text",
}
REJECT_FIELDS = {name: "text" for name in aneel_gd.REJECT_COLUMNS} | {"line_number": "integer"}


class DownloadAneelGd(NetLoadAlgorithm):
    ALGORITHM_ID = "download_aneel_gd"
    GROUP = GROUP_SOURCES

    URL = "URL"
    STATES = "STATES"
    GENERATION_TYPES = "GENERATION_TYPES"
    MAX_DISTANCE_KM = "MAX_DISTANCE_KM"
    REFRESH = "REFRESH"
    OUTPUT = "OUTPUT"
    REJECTED = "REJECTED"

    def displayName(self) -> str:  # noqa: N802
        return self.tr("Download ANEEL distributed generation (GD) registry")

    def shortHelpString(self) -> str:  # noqa: N802
        return self.tr(
            "Downloads ANEEL's registry of micro and mini distributed generation units (about 4 million rows) "
            "and writes them as points in SIRGAS 2000 (EPSG:4674). The file is streamed and cleaned in chunks; "
            "it is never held whole in memory.\n\n"
            "<b>Parameters</b>\n"
            "URL: the registry CSV or ZIP (default: ANEEL's open-data resource); an http(s) URL, a local path or "
            "a file:// URL. Downloads are cached and resumed.\n"
            "STATES: optional comma-separated state letters (e.g. PR,SC,RS); empty = all of Brazil.\n"
            "GENERATION_TYPES: optional comma-separated SigTipoGeracao codes (UFV solar, UTE thermal, CGH hydro, "
            "EOL wind); empty = all.\n"
            "MAX_DISTANCE_KM: a unit farther than this from its municipality's centroid (default 50 km), or outside "
            "Brazil, is placed at the centroid.\n"
            "REFRESH: download again even if a validated copy is cached.\n"
            "OUTPUT: the point layer (GeoPackage written by a fast bulk writer with its spatial index; other "
            "formats are converted from it).\n"
            "REJECTED: optional table of the rows that could not be used, with line_number (physical line in the "
            "file) and reason.\n\n"
            "<b>Output fields</b>\n"
            "unit_id (CodEmpreendimento), uf, ibge_code (7 digits; 6-digit codes completed with the IBGE check "
            "digit), municipality, consumer_class, modality, generation_type, source, size_class, capacity_kw "
            "(installed inverter capacity, kW), connected_on (date, from DthAtualizaCadastralEmpreend; 1900 "
            "sentinels are NULL), distributor, substation, geom_source (registry, repaired_decimal: the lost "
            "decimal comma was restored, municipality_centroid).\n\n"
            "Exact duplicate rows are dropped and counted. Holder names, CPF/CNPJ and postal codes are never "
            "read into any output. The log ends with a summary of rows read, kept, repaired and rejected."
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterString(self.URL, self.tr("Registry URL or file (.csv or .zip)"),
                                                       defaultValue=aneel_gd.DEFAULT_URL))
        self.addParameter(QgsProcessingParameterString(self.STATES, self.tr("States (UF letters, comma-separated; "
                                                                            "empty = all)"), optional=True))
        self.addParameter(QgsProcessingParameterString(self.GENERATION_TYPES, self.tr(
            "Generation types (UFV, UTE, CGH, EOL; empty = all)"), optional=True))
        self.addParameter(QgsProcessingParameterNumber(self.MAX_DISTANCE_KM, self.tr(
            "Maximum distance from the municipality (km)"), compat.NUMBER_DOUBLE,
            defaultValue=50.0, minValue=0.0))
        self.addParameter(QgsProcessingParameterBoolean(self.REFRESH, self.tr("Download again (ignore the cache)"),
                                                        defaultValue=False))
        self.addParameter(QgsProcessingParameterVectorDestination(
            self.OUTPUT, self.tr("GD units"), compat.SOURCE_POINT))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.REJECTED, self.tr("Rejected rows"), compat.SOURCE_TABLE, optional=True,
            createByDefault=False))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        progress = FeedbackProgress(feedback)
        kinds = [k.strip() for k in self.parameterAsString(parameters, self.GENERATION_TYPES, context).split(",")]
        output = self.parameterAsOutputLayer(parameters, self.OUTPUT, context)
        reject_fields = table_fields(REJECT_FIELDS)
        rejected_sink, rejected_id = self.parameterAsSink(
            parameters, self.REJECTED, context, reject_fields, compat.WKB_NO_GEOMETRY, QgsCoordinateReferenceSystem())
        try:
            states = ibge.parse_uf_list(self.parameterAsString(parameters, self.STATES, context))
            target = destination_path(output)
            session = HttpSession(qgis_network_settings())
            local = session.fetch(self.parameterAsString(parameters, self.URL, context), progress.scaled(0.0, 0.3),
                                  refresh=self.parameterAsBool(parameters, self.REFRESH, context))
            name, stream, size = open_table(local)
            with stream:
                parser = aneel_gd.GdParser(
                    stream, name, states=states, generation_types=[k for k in kinds if k],
                    max_distance_km=self.parameterAsDouble(parameters, self.MAX_DISTANCE_KM, context),
                    total_bytes=size, progress=progress.scaled(0.3, 1.0))
                count = write_points(points_passing_rejects(parser.chunks(), rejected_sink, reject_fields), target,
                                     "gd_units", POINT_FIELDS, description=f"ANEEL GD registry ({name})")
        except ValueError as error:
            self.raise_for(NetLoadError(str(error)))
        except NetLoadError as error:
            self.raise_for(error)
        for line in parser.summary.lines():
            feedback.pushInfo(line)
        results = {self.OUTPUT: output, "FEATURE_COUNT": count, "REJECTED_COUNT": parser.summary.rejected_total}
        if rejected_sink is not None:
            results[self.REJECTED] = rejected_id
        return results
