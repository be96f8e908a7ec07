"""What ``download_aneel_gd`` and ``download_aneel_siga`` share: download, stream-parse, write points.

Both algorithms fetch one ANEEL table through the plugin's HTTP session, parse it in chunks with a
``core`` parser, write the kept rows as EPSG:4674 points and the unusable ones to an optional
rejects table, then log the parser's summary. Both outputs are sessions of :mod:`...geo.gpkg_table`
committed only once the whole file is read: a failed or cancelled run leaves an earlier OUTPUT and an
earlier REJECTED as they were. A subclass says only what differs: its id and names, its help, its
default URL, its output table, its own filter parameters and how to build its parser.
"""

from qgis.core import (
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

    def parser_module(self):
        """The ``core`` parser module, imported when a run starts: its ``OUTPUT_KINDS`` (output column → column
        kind) and ``REJECT_COLUMNS`` (line_number, an integer, then text) shape the two outputs."""
        raise NotImplementedError

    def make_parser(self, stream, name, size, states, parameters, context, progress):
        """The ``core`` parser of this table over ``stream``; it yields ``(points, rejects)`` chunks."""
        raise NotImplementedError

    def initAlgorithm(self, config=None):
        self.addParameter(compat.set_advanced(QgsProcessingParameterString(
            self.URL, self.url_description(), defaultValue=source_url(self.URL_SETTING))))
        self.addParameter(QgsProcessingParameterString(self.STATES, self.tr("States (UF letters, comma-separated; "
                                                                            "empty = all)"), optional=True))
        self.add_filter_parameters()
        self.addParameter(compat.set_advanced(QgsProcessingParameterBoolean(
            self.REFRESH, self.tr("Download again (ignore the cache)"), defaultValue=False)))
        self.addParameter(QgsProcessingParameterVectorDestination(
            self.OUTPUT, self.output_description(), compat.SOURCE_POINT))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.REJECTED, self.tr("Rejected rows"), compat.SOURCE_TABLE, optional=True,
            createByDefault=False))

    def process(self, parameters, context, feedback):
        progress = FeedbackProgress(feedback)
        from ...core import ibge  # pandas-based modules: imported when a run starts, not when QGIS lists algorithms

        states = ibge.parse_uf_list(self.parameterAsString(parameters, self.STATES, context))
        self._check_destinations(parameters, context)
        local = qgis_http_session().fetch(
            self.parameterAsString(parameters, self.URL, context), progress.scaled(0.0, self.DOWNLOAD_SHARE),
            refresh=self.parameterAsBool(parameters, self.REFRESH, context))
        name, stream, size = open_table(local)
        outputs = []
        try:
            with stream:
                parser = self.make_parser(stream, name, size, states, parameters, context,
                                          progress.scaled(self.DOWNLOAD_SHARE, 1.0))
                outputs = self._open_outputs(parameters, context, f"{self.SOURCE_LABEL} ({name})")
                for points, rejects in parser.chunks():
                    outputs[0].append(points)
                    if outputs[1] is not None:
                        outputs[1].append(rejects)
            written = [None if output is None else output.commit() for output in outputs]
        except BaseException:  # an error or a cancel: neither output replaces an earlier one
            for output in outputs:
                if output is not None:
                    output.abort()
            raise
        for line in parser.summary.lines():
            feedback.pushInfo(line)
        results = {self.OUTPUT: written[0], "FEATURE_COUNT": parser.summary.kept,
                   "REJECTED_COUNT": parser.summary.rejected_total}
        if written[1] is not None:
            results[self.REJECTED] = written[1]
        return results

    def _check_destinations(self, parameters, context) -> None:
        """OUTPUT and REJECTED are written at once, each in its own transaction: not into one GeoPackage."""
        from ...geo.gpkg_table import table_destination

        files = [table_destination(destination) if destination else None for destination in (
            self.parameterAsOutputLayer(parameters, name, context) for name in (self.OUTPUT, self.REJECTED))]
        if None not in files and files[0][0].resolve() == files[1][0].resolve():
            raise NetLoadError(self.tr("REJECTED cannot go into the file of OUTPUT ({}): choose another file.")
                               .format(files[1][0].name))

    def _open_outputs(self, parameters, context, description: str) -> list:
        """The point output and the optional rejects output (None when not asked for), committed at the end."""
        from ...geo.gpkg_table import open_output

        parser = self.parser_module()
        reject_fields = {name: "int64" if name == "line_number" else "string" for name in parser.REJECT_COLUMNS}
        points = open_output(self, parameters, self.OUTPUT, context, parser.OUTPUT_KINDS, srs_id=4674,
                             table=self.TABLE, description=description)
        try:
            return [points, open_output(self, parameters, self.REJECTED, context, reject_fields, table="rejected")]
        except BaseException:
            points.abort()
            raise
