"""``netload:download_inpe_imagery``: CBERS-4A scenes from INPE's STAC catalogue, clipped to an extent."""

import datetime

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsProcessingParameterExtent,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterString,
    QgsProject,
)

from ... import compat
from ...core.errors import SourceFormatError
from ...geo.feedback import FeedbackProgress
from ...geo.network import qgis_network_settings
from ...geo.settings import source_url
from ...net.session import HttpSession
from ...net.stac import DEFAULT_COLLECTION, search_scenes
from ..base import GROUP_SOURCES, NetLoadAlgorithm


class DownloadInpeImagery(NetLoadAlgorithm):
    ALGORITHM_ID = "download_inpe_imagery"
    GROUP = GROUP_SOURCES
    GDAL_EXCEPTIONS = True  # the raster/imagery code expects GDAL to raise

    def displayName(self):
        return self.tr("Download INPE CBERS imagery (STAC)")

    def initAlgorithm(self, config=None):
        self.addParameter(compat.set_advanced(QgsProcessingParameterString(
            "STAC_URL", self.tr("STAC API URL"), source_url("stac"))))
        self.addParameter(compat.set_advanced(QgsProcessingParameterString(
            "COLLECTION", self.tr("Collection"), DEFAULT_COLLECTION)))
        self.addParameter(QgsProcessingParameterExtent("EXTENT", self.tr("Extent")))
        # Empty defaults, filled when the run starts: a default computed here would be the day QGIS started
        # (and the generated reference would change every day).
        self.addParameter(QgsProcessingParameterString(
            "START", self.tr("Start date (YYYY-MM-DD; empty = a year before END)"), "", optional=True))
        self.addParameter(QgsProcessingParameterString(
            "END", self.tr("End date (YYYY-MM-DD; empty = today)"), "", optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            "MAX_CLOUD", self.tr("Maximum cloud cover (%)"), compat.NUMBER_DOUBLE, 20.0,
            minValue=0.0, maxValue=100.0))
        self.addParameter(compat.set_advanced(QgsProcessingParameterString(
            "API_KEY", self.tr("API key (x-api-key)"), "", optional=True)))
        self.addParameter(QgsProcessingParameterRasterDestination("OUTPUT", self.tr("Imagery")))

    def process(self, parameters, context, feedback):
        from ...geo.imagery import gdal_http_options, mosaic_window, vsi_path

        progress = FeedbackProgress(feedback)
        end = self._date(parameters, context, "END") or datetime.date.today()
        start = self._date(parameters, context, "START") or end - datetime.timedelta(days=365)
        if end < start:
            raise SourceFormatError(self.tr("END {} is before START {}").format(end, start))
        extent = self.parameterAsExtent(parameters, "EXTENT", context)
        extent_crs = self.parameterAsExtentCrs(parameters, "EXTENT", context)
        if extent.isEmpty():
            raise SourceFormatError(self.tr("EXTENT is empty"))
        to_lonlat = QgsCoordinateTransform(extent_crs, QgsCoordinateReferenceSystem("EPSG:4326"), QgsProject.instance())
        lonlat = to_lonlat.transformBoundingBox(extent)
        api_key = self.parameterAsString(parameters, "API_KEY", context).strip()
        headers = {"x-api-key": api_key} if api_key else {}
        settings = qgis_network_settings(extra_headers=headers)
        session = HttpSession(settings)
        scenes = search_scenes(
            session, self.parameterAsString(parameters, "STAC_URL", context).strip(),
            self.parameterAsString(parameters, "COLLECTION", context).strip(),
            (lonlat.xMinimum(), lonlat.yMinimum(), lonlat.xMaximum(), lonlat.yMaximum()),
            f"{start}T00:00:00Z", f"{end}T23:59:59Z",
            self.parameterAsDouble(parameters, "MAX_CLOUD", context), progress=progress.scaled(0.0, 0.1),
        )
        if not scenes:
            raise SourceFormatError(
                self.tr(
                    "No scene of the collection covers the extent between {} and {} with cloud cover at most "
                    "{} %: widen the dates or MAX_CLOUD"
                ).format(start, end, self.parameterAsDouble(parameters, "MAX_CLOUD", context))
            )
        # Least cloudy last, so it ends on top of the mosaic; its grid is the output's.
        scenes.sort(key=lambda s: (-(s.cloud_cover if s.cloud_cover is not None else 100.0), s.datetime))
        for scene in scenes:
            feedback.pushInfo(self.tr("Scene {} ({}), cloud cover {} %").format(
                scene.item_id, scene.datetime, scene.cloud_cover))
        output = self.parameterAsOutputLayer(parameters, "OUTPUT", context)
        sources = [tuple(vsi_path(href) for href in scene.rgb_hrefs) for scene in scenes]
        with gdal_http_options(settings):
            written = mosaic_window(
                sources,
                extent_crs.toWkt(), (extent.xMinimum(), extent.yMinimum(), extent.xMaximum(), extent.yMaximum()),
                output, progress.scaled(0.1, 1.0),
            )
        feedback.pushInfo(
            self.tr("Wrote {} x {} pixels from {} scene(s)").format(written["width"], written["height"], len(scenes))
        )
        return {"OUTPUT": output, "SCENES": len(scenes)}

    def _date(self, parameters, context, name):
        """The date parameter ``name``, or None when it is empty."""
        text = self.parameterAsString(parameters, name, context).strip()
        if not text:
            return None
        try:
            return datetime.date.fromisoformat(text[:10])
        except ValueError:
            raise SourceFormatError(self.tr("{} = {!r} is not a date YYYY-MM-DD").format(name, text)) from None
