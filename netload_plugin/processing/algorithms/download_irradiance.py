"""``netload:download_irradiance`` — INPE LABREN atlas, INMET stations or NASA POWER as points + series.

pandas-based modules are imported inside ``process`` (cheap provider registration).
"""

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProcessingParameterDateTime,
    QgsProcessingParameterEnum,
    QgsProcessingParameterExtent,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorDestination,
)

from ...core.definitions import IRRADIANCE_SOURCES
from ...core.errors import NetLoadError
from ...geo.feedback import FeedbackProgress
from ...translation import option_labels
from ..base import GROUP_SOURCES, NetLoadAlgorithm
from .download_ons_load import parameter_date
from ... import compat

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

    def displayName(self) -> str:  # noqa: N802
        return self.tr("Download solar irradiance (INPE LABREN / INMET / NASA POWER)")

    def shortHelpString(self) -> str:  # noqa: N802
        return self.tr(
            "Downloads solar irradiance for an extent from one of three sources and writes the places as points "
            "(SIRGAS 2000, EPSG:4674) and, for INMET and NASA POWER, a time series table.\n\n"
            "<b>Parameters</b>\n"
            "SOURCE: 0 = INPE LABREN Atlas Brasileiro de Energia Solar 2017 (monthly climatology on a 0.1° grid; "
            "no series); 1 = INMET automatic stations (hourly, from the yearly ZIP of station files); "
            "2 = NASA POWER (global satellite/reanalysis fallback where INMET has no station).\n"
            "URL: empty = the source's live address; otherwise for LABREN the atlas ZIP/CSV, for INMET the ZIP "
            "address template with {year} (or one ZIP), for NASA POWER the API base or a saved CSV reply. "
            "Local files work too.\n"
            "EXTENT: area of interest, any CRS (transformed to EPSG:4674).\n"
            "START, END: first and last day (UTC), YYYY-MM-DD; not used by LABREN.\n"
            "LABREN_FILE: 0 = global horizontal (default), 1 = tilted at the latitude angle.\n"
            "POWER_TEMPORAL: 0 = daily (regional API, default), 1 = hourly (point API, one request per 0.5° "
            "cell, at most 50 cells).\n\n"
            "<b>Output fields</b>\n"
            "OUTPUT points: station (INMET code such as A001, LABREN_{cell id}, POWER_{lat}_{lon}); name; "
            "altitude_m; founded_on (INMET foundation date); source; LABREN adds ghi_jan … ghi_dec and "
            "ghi_annual (Wh/m²/day; gti_… for the tilted file).\n"
            "OUTPUT_SERIES table: station; time_utc (START of the interval, UTC); interval_s (3600 hourly, 86400 "
            "daily); ghi_wm2 (MEAN global horizontal irradiance over the interval, W/m²: INMET kJ/m² per hour ÷ "
            "3.6, POWER kWh/m²/day × 1000/24); temp_c (air temperature, °C). Empty values mean not measured: "
            "INMET leaves night hours empty (read them as 0 W/m² if you need a full day), -9999 and -999 are "
            "empty too. INMET labels each hour by its end; time_utc is its start. POWER daily values are days "
            "in local solar time, so they start at 00:00 UTC minus longitude/15 hours."
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterEnum(
            self.SOURCE, self.tr("Source"),
            options=option_labels(IRRADIANCE_SOURCES), defaultValue=0))
        self.addParameter(QgsProcessingParameterString(
            self.URL, self.tr("Source URL or file (empty = live service)"), defaultValue="", optional=True))
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
        from ...core import labren
        from ...core.irradiance import empty_series
        from ...geo.frame_sink import fields_from, write_frame
        from ...geo.gpkg_table import write_table_output
        from ...geo.network import qgis_network_settings
        from ...geo.settings import source_url
        from ...net import inmet as inmet_client
        from ...net import labren as labren_client
        from ...net import nasa_power as power_client
        from ...net.session import HttpSession

        progress = FeedbackProgress(feedback)
        results = {}
        source = IRRADIANCE_SOURCES[self.parameterAsEnum(parameters, self.SOURCE, context)].id
        url = self.parameterAsString(parameters, self.URL, context).strip()
        rect = self.parameterAsExtent(parameters, self.EXTENT, context, QgsCoordinateReferenceSystem(SIRGAS))
        extent = (rect.xMinimum(), rect.yMinimum(), rect.xMaximum(), rect.yMaximum())
        session = HttpSession(qgis_network_settings())
        fetching = progress.scaled(0.0, 0.9)
        point_fields = dict(POINT_FIELDS)
        series_rows = []  # rows per frame, counted as they pass

        def write_series(frames, share):
            """Into OUTPUT_SERIES (when wanted) as they come; without it the frames are still all read."""
            if self.parameterAsOutputLayer(parameters, self.OUTPUT_SERIES, context):
                results[self.OUTPUT_SERIES] = write_table_output(
                    self, parameters, self.OUTPUT_SERIES, context, frames, SERIES_FIELDS, share,
                    table="irradiance_series")
            for _ in frames:
                pass

        if source == "labren":
            which = LABREN_FILES[self.parameterAsEnum(parameters, self.LABREN_FILE, context)]
            points = labren_client.read_labren(session, which, url or labren_client.atlas_url(which, source_url("labren")),
                                                extent, fetching)
            prefix = labren_client.PREFIXES[which]
            point_fields.update({f"{prefix}_{m.lower()}": "double" for m in labren.MONTHS + ("ANNUAL",)})
            write_series(empty_series(), progress.scaled(0.9, 1.0))
        else:
            start = parameter_date(self, parameters, self.START, context)
            end = parameter_date(self, parameters, self.END, context)
            if end < start:
                raise NetLoadError(f"END {end} is before START {start}.")
            if source == "inmet":
                # Each station's series is written while the next file is read: the year
                # (5 million rows) never sits in memory whole.
                stations, rejects = {}, []

                def station_series():
                    for meta, frame in inmet_client.iter_inmet(
                            session, start, end, extent, url or source_url("inmet"), fetching, rejects):
                        stations[meta.station] = meta
                        series_rows.append(len(frame))
                        yield frame

                write_series(station_series(), fetching)
                points = inmet_client.station_points(stations.values())
                if rejects:
                    feedback.pushWarning(self.tr("{} station file(s) could not be read (listed above)")
                                         .format(len(rejects)))
            else:
                points, series = power_client.read_power(
                    session, start, end, extent, self.parameterAsEnum(parameters, self.POWER_TEMPORAL, context) == 1,
                    url or source_url("nasa_power"),
                    fetching)
                series_rows.append(len(series))
                write_series(series, progress.scaled(0.9, 0.95))
        if points.empty:
            feedback.pushWarning(self.tr("No {} point inside the extent.").format(source))
        # The point sink is opened only once everything is downloaded and parsed.
        sink, dest_id = self.parameterAsSink(parameters, self.OUTPUT, context, fields_from(point_fields),
                                             compat.WKB_POINT, QgsCoordinateReferenceSystem(SIRGAS))
        write_frame(sink, points, point_fields, progress.scaled(0.95, 1.0), xy=("lon", "lat"))
        sink.flushBuffer()
        del sink  # closes the file now: QGIS 3.40 finalizes a sink only when it is deleted
        results[self.OUTPUT] = dest_id
        feedback.pushInfo(self.tr("{} points, {} series rows").format(len(points), sum(series_rows)))
        return results

