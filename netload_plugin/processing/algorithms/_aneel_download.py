"""What ``download_aneel_gd`` and ``download_aneel_siga`` share: download, stream-parse, write points.

Both algorithms fetch one ANEEL table through the plugin's HTTP session, parse it in chunks with a
``core`` parser, write the kept rows as EPSG:4674 points and the unusable ones to an optional
rejects table, then log the parser's summary. A subclass says only what differs: its id and names,
its help, its default URL, its output table, its own filter parameters and how to build its parser.
"""

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorDestination,
)

from ... import compat
from ...core.errors import NetLoadError
from ...geo.feedback import FeedbackProgress
from ...geo.network import qgis_http_session
from ...geo.settings import source_url
from ...net.tables import open_table
from ..base import GROUP_SOURCES, NetLoadAlgorithm


class AneelDownloadAlgorithm(NetLoadAlgorithm):
    """Base of the ANEEL point downloads; subclasses fill the class attributes and the hooks below."""

    GROUP = GROUP_SOURCES

    URL = "URL"
    STATES = "STATES"
    REFRESH = "REFRESH"
    OUTPUT = "OUTPUT"
    REJECTED = "REJECTED"

    URL_SETTING = ""  # key of geo.settings.SOURCE_URLS: the default URL (the user's mirror or ANEEL's)
    TABLE = ""  # GeoPackage table of the points
    SOURCE_LABEL = ""  # table description: "<SOURCE_LABEL> (<file name>)"
    POINT_FIELDS: dict = {}  # output column → GeoPackage kind
    DOWNLOAD_SHARE = 0.5  # fraction of the progress bar given to the download
    # The parsers and ibge.parse_uf_list say what is wrong with a row or a parameter in ValueErrors.
    USER_ERRORS = (NetLoadError, ValueError)

    def url_description(self) -> str:
        """Label of the URL parameter."""
        raise NotImplementedError

    def output_description(self) -> str:
        """Label of the point output."""
        raise NotImplementedError

    def add_filter_parameters(self) -> None:
        """Declare the subclass's own parameters (between STATES and REFRESH)."""

    def reject_columns(self) -> tuple:
        """The parser's reject columns (line_number is added); read from the parser's module when a run starts."""
        raise NotImplementedError

    def make_parser(self, stream, name, size, states, parameters, context, progress):
        """The ``core`` parser of this table over ``stream``; it yields ``(points, rejects)`` chunks."""
        raise NotImplementedError

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterString(self.URL, self.url_description(),
                                                       defaultValue=source_url(self.URL_SETTING)))
        self.addParameter(QgsProcessingParameterString(self.STATES, self.tr("States (UF letters, comma-separated; "
                                                                            "empty = all)"), optional=True))
        self.add_filter_parameters()
        self.addParameter(QgsProcessingParameterBoolean(self.REFRESH, self.tr("Download again (ignore the cache)"),
                                                        defaultValue=False))
        self.addParameter(QgsProcessingParameterVectorDestination(
            self.OUTPUT, self.output_description(), compat.SOURCE_POINT))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.REJECTED, self.tr("Rejected rows"), compat.SOURCE_TABLE, optional=True,
            createByDefault=False))

    def process(self, parameters, context, feedback):
        progress = FeedbackProgress(feedback)
        output = self.parameterAsOutputLayer(parameters, self.OUTPUT, context)
        from ...core import ibge  # pandas-based modules: imported when a run starts, not when QGIS lists algorithms
        from ...geo.gpkg_table import destination_path
        from ...geo.point_output import points_passing_rejects, table_fields, write_points

        reject_fields = table_fields({name: "text" for name in self.reject_columns()} | {"line_number": "integer"})
        rejected_sink, rejected_id = self.parameterAsSink(
            parameters, self.REJECTED, context, reject_fields, compat.WKB_NO_GEOMETRY, QgsCoordinateReferenceSystem())
        states = ibge.parse_uf_list(self.parameterAsString(parameters, self.STATES, context))
        target = destination_path(output)
        local = qgis_http_session().fetch(
            self.parameterAsString(parameters, self.URL, context), progress.scaled(0.0, self.DOWNLOAD_SHARE),
            refresh=self.parameterAsBool(parameters, self.REFRESH, context))
        name, stream, size = open_table(local)
        with stream:
            parser = self.make_parser(stream, name, size, states, parameters, context,
                                      progress.scaled(self.DOWNLOAD_SHARE, 1.0))
            count = write_points(points_passing_rejects(parser.chunks(), rejected_sink, reject_fields), target,
                                 self.TABLE, self.POINT_FIELDS, description=f"{self.SOURCE_LABEL} ({name})")
        for line in parser.summary.lines():
            feedback.pushInfo(line)
        results = {self.OUTPUT: output, "FEATURE_COUNT": count, "REJECTED_COUNT": parser.summary.rejected_total}
        if rejected_sink is not None:
            results[self.REJECTED] = rejected_id
        return results
