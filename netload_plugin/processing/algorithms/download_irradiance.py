"""``netload:download_irradiance`` — INPE LABREN atlas, INMET stations or NASA POWER as points + series.

pandas-based modules are imported inside the methods that run (cheap provider registration).
"""

from dataclasses import dataclass

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProcessingParameterDateTime,
    QgsProcessingParameterEnum,
    QgsProcessingParameterExtent,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorDestination,
)

from ... import compat
from ...core.definitions import IRRADIANCE_SOURCES
from ...geo.feedback import FeedbackProgress
from ...translation import option_labels
from ..base import GROUP_SOURCES, NetLoadAlgorithm
from .download_ons_load import parameter_date

LABREN_FILES = ("global_horizontal", "tilted_latitude")
POINT_FIELDS = {"station": "string", "name": "string", "altitude_m": "double", "founded_on": "date",
                "source": "string"}
SERIES_FIELDS = {"station": "string", "time_utc": "datetime", "interval_s": "int", "ghi_wm2": "double",
                 "temp_c": "double"}
SIRGAS = "EPSG:4674"


class DownloadIrradiance(NetLoadAlgorithm):
    ALGORITHM_ID = "download_irradiance"
    GROUP = GROUP_SOURCES

    SOURCE = "SOURCE"
    URL = "URL"
    EXTENT = "EXTENT"
    START = "START"
    END = "END"
    LABREN_FILE = "LABREN_FILE"
    POWER_TEMPORAL = "POWER_TEMPORAL"
    OUTPUT = "OUTPUT"
    OUTPUT_SERIES = "OUTPUT_SERIES"

    def displayName(self) -> str:
        return self.tr("Download solar irradiance (INPE LABREN / INMET / NASA POWER)")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterEnum(
            self.SOURCE, self.tr("Source"),
            options=option_labels(IRRADIANCE_SOURCES), defaultValue=0))
        self.addParameter(compat.set_advanced(QgsProcessingParameterString(
            self.URL, self.tr("Source URL or file (empty = live service)"), defaultValue="", optional=True)))
        self.addParameter(QgsProcessingParameterExtent(self.EXTENT, self.tr("Extent")))
        self.addParameter(QgsProcessingParameterDateTime(
            self.START, self.tr("First day"), type=compat.DATETIME_DATE, optional=True))
        self.addParameter(QgsProcessingParameterDateTime(
            self.END, self.tr("Last day"), type=compat.DATETIME_DATE, optional=True))
        self.addParameter(QgsProcessingParameterEnum(
            self.LABREN_FILE, self.tr("LABREN file"),
            options=[self.tr("Global horizontal"), self.tr("Tilted at latitude")], defaultValue=0))
        self.addParameter(QgsProcessingParameterEnum(
            self.POWER_TEMPORAL, self.tr("NASA POWER resolution"),
            options=[self.tr("Daily"), self.tr("Hourly")], defaultValue=0))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Irradiance points"), type=compat.SOURCE_POINT))
        self.addParameter(QgsProcessingParameterVectorDestination(
            self.OUTPUT_SERIES, self.tr("Irradiance series"), type=compat.SOURCE_TABLE, optional=True,
            createByDefault=True))

    def process(self, parameters, context, feedback):
        from ...geo.network import qgis_network_settings
        from ...net.session import HttpSession

        results = {}
        source = IRRADIANCE_SOURCES[self.parameterAsEnum(parameters, self.SOURCE, context)].id
        rect = self.parameterAsExtent(parameters, self.EXTENT, context, QgsCoordinateReferenceSystem(SIRGAS))
        job = _Job(parameters, context, feedback, FeedbackProgress(feedback), results,
                   HttpSession(qgis_network_settings()),
                   (rect.xMinimum(), rect.yMinimum(), rect.xMaximum(), rect.yMaximum()),
                   self.parameterAsString(parameters, self.URL, context).strip())
        points, point_fields, series_rows = {"labren": self.read_labren, "inmet": self.read_inmet,
                                             "nasa_power": self.read_power}[source](job)
        if points.empty:
            feedback.pushWarning(self.tr("No {} point inside the extent.").format(source))
        self.write_points(job, points, point_fields)
        feedback.pushInfo(self.tr("{} points, {} series rows").format(len(points), series_rows))
        return results

    def write_series(self, job, frames, share) -> None:
        """Into OUTPUT_SERIES (when wanted) as they come; without it the frames are still all read."""
        from ...geo.gpkg_table import write_table_output

        if self.parameterAsOutputLayer(job.parameters, self.OUTPUT_SERIES, job.context):
            job.results[self.OUTPUT_SERIES] = write_table_output(
                self, job.parameters, self.OUTPUT_SERIES, job.context, frames, SERIES_FIELDS, share,
                table="irradiance_series")
        for _ in frames:
            pass

    def read_labren(self, job):
        """(atlas cells, their fields, 0): LABREN has no series."""
        from ...core import labren
        from ...core.irradiance import empty_series
        from ...geo.settings import source_url
        from ...net import labren as labren_client

        which = LABREN_FILES[self.parameterAsEnum(job.parameters, self.LABREN_FILE, job.context)]
        url = job.url or labren_client.atlas_url(which, source_url("labren"))
        points = labren_client.read_labren(job.session, which, url, job.extent, job.progress.scaled(0.0, 0.9))
        prefix = labren_client.PREFIXES[which]
        point_fields = dict(POINT_FIELDS, **{f"{prefix}_{m.lower()}": "double" for m in labren.MONTHS + ("ANNUAL",)})
        self.write_series(job, empty_series(), job.progress.scaled(0.9, 1.0))
        return points, point_fields, 0

    def read_inmet(self, job):
        """(stations, their fields, series rows). Each station's series is written while the next file is
        read: the year (5 million rows) never sits in memory whole."""
        from ...geo.settings import source_url
        from ...net import inmet as inmet_client

        start, end = self.period(job)
        stations, rejects, rows = {}, [], []

        def station_series():
            for meta, frame in inmet_client.iter_inmet(job.session, start, end, job.extent,
                                                       job.url or source_url("inmet"), job.progress.scaled(0.0, 0.9),
                                                       rejects):
                stations[meta.station] = meta
                rows.append(len(frame))
                yield frame

        self.write_series(job, station_series(), job.progress.scaled(0.0, 0.9))
        if rejects:
            job.feedback.pushWarning(
                self.tr("{} station file(s) could not be read (listed above)").format(len(rejects))
            )
        return inmet_client.station_points(stations.values()), dict(POINT_FIELDS), sum(rows)

    def read_power(self, job):
        """(POWER cells, their fields, series rows)."""
        from ...geo.settings import source_url
        from ...net import nasa_power as power_client

        start, end = self.period(job)
        hourly = self.parameterAsEnum(job.parameters, self.POWER_TEMPORAL, job.context) == 1
        points, series = power_client.read_power(job.session, start, end, job.extent, hourly,
                                                 job.url or source_url("nasa_power"), job.progress.scaled(0.0, 0.9))
        self.write_series(job, series, job.progress.scaled(0.9, 0.95))
        return points, dict(POINT_FIELDS), len(series)

    def period(self, job):
        """START and END as dates, END not before START."""
        from ...net.cli import check_period

        start = parameter_date(self, job.parameters, self.START, job.context)
        end = parameter_date(self, job.parameters, self.END, job.context)
        check_period(start, end)
        return start, end

    def write_points(self, job, points, point_fields) -> None:
        """The points, into a sink opened only once everything is downloaded and parsed."""
        from ...geo.frame_sink import fields_from, write_frame

        sink, dest_id = self.parameterAsSink(job.parameters, self.OUTPUT, job.context, fields_from(point_fields),
                                             compat.WKB_POINT, QgsCoordinateReferenceSystem(SIRGAS))
        write_frame(sink, points, point_fields, job.progress.scaled(0.95, 1.0), xy=("lon", "lat"))
        sink.flushBuffer()
        del sink  # closes the file now: QGIS 3.40 finalizes a sink only when it is deleted
        job.results[self.OUTPUT] = dest_id


@dataclass
class _Job:
    """What one run's steps share."""

    parameters: dict
    context: object
    feedback: object
    progress: FeedbackProgress
    results: dict
    session: object
    extent: tuple
    url: str
