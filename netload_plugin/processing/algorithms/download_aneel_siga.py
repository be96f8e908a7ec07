"""``netload:download_aneel_siga`` — ANEEL's SIGA generation plants as a clean point layer."""

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorDestination,
)

from ...core import aneel_siga, ibge
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
    "ceg": "text", "name": "text", "uf": "text", "generation_type": "text", "phase": "text",
    "fuel_source": "text", "capacity_kw": "real", "started_on": "date", "municipalities": "text",
    "geom_source": "text",
}
REJECT_FIELDS = {name: "text" for name in aneel_siga.REJECT_COLUMNS} | {"line_number": "integer"}


class DownloadAneelSiga(NetLoadAlgorithm):
    ALGORITHM_ID = "download_aneel_siga"
    GROUP = GROUP_SOURCES

    URL = "URL"
    STATES = "STATES"
    REFRESH = "REFRESH"
    OUTPUT = "OUTPUT"
    REJECTED = "REJECTED"

    def displayName(self) -> str:  # noqa: N802
        return self.tr("Download ANEEL SIGA generation plants")

    def shortHelpString(self) -> str:  # noqa: N802
        return self.tr(
            "Downloads ANEEL's SIGA table of generation plants (about 25,000 rows) and writes them as points in "
            "SIRGAS 2000 (EPSG:4674).\n\n"
            "<b>Parameters</b>\n"
            "URL: the SIGA CSV or a ZIP holding it (default: ANEEL's monthly open-data resource); http(s), local "
            "path or file:// URL.\n"
            "STATES: optional comma-separated state letters (e.g. PR,SC,RS); empty = all.\n"
            "REFRESH: download again even if a validated copy is cached.\n"
            "OUTPUT: the point layer (GeoPackage by default).\n"
            "REJECTED: optional table of unusable rows with line_number and reason.\n\n"
            "<b>Output fields</b>\n"
            "ceg (CodCEG), name (HTML-entity damage such as J&amp;amp-F repaired), uf, generation_type "
            "(UHE, PCH, CGH, UTE, EOL, UFV, UTN…), phase, fuel_source, capacity_kw (granted capacity, kW), "
            "started_on (date of commercial operation; 1900 sentinels are NULL), municipalities (ANEEL's text, "
            "possibly several), geom_source (registry or municipality_centroid).\n\n"
            "Rows repeating a CEG (they differ only in the grant type) are kept once and counted."
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterString(self.URL, self.tr("SIGA URL or file (.csv or .zip)"),
                                                       defaultValue=aneel_siga.DEFAULT_URL))
        self.addParameter(QgsProcessingParameterString(self.STATES, self.tr("States (UF letters, comma-separated; "
                                                                            "empty = all)"), optional=True))
        self.addParameter(QgsProcessingParameterBoolean(self.REFRESH, self.tr("Download again (ignore the cache)"),
                                                        defaultValue=False))
        self.addParameter(QgsProcessingParameterVectorDestination(
            self.OUTPUT, self.tr("SIGA plants"), compat.SOURCE_POINT))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.REJECTED, self.tr("Rejected rows"), compat.SOURCE_TABLE, optional=True,
            createByDefault=False))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        progress = FeedbackProgress(feedback)
        output = self.parameterAsOutputLayer(parameters, self.OUTPUT, context)
        reject_fields = table_fields(REJECT_FIELDS)
        rejected_sink, rejected_id = self.parameterAsSink(
            parameters, self.REJECTED, context, reject_fields, compat.WKB_NO_GEOMETRY, QgsCoordinateReferenceSystem())
        try:
            states = ibge.parse_uf_list(self.parameterAsString(parameters, self.STATES, context))
            target = destination_path(output)
            local = HttpSession(qgis_network_settings()).fetch(
                self.parameterAsString(parameters, self.URL, context), progress.scaled(0.0, 0.5),
                refresh=self.parameterAsBool(parameters, self.REFRESH, context))
            name, stream, size = open_table(local)
            with stream:
                parser = aneel_siga.SigaParser(stream, name, states=states, total_bytes=size,
                                               progress=progress.scaled(0.5, 1.0))
                count = write_points(points_passing_rejects(parser.chunks(), rejected_sink, reject_fields),
                                     target, "siga_plants", POINT_FIELDS, description=f"ANEEL SIGA ({name})")
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
