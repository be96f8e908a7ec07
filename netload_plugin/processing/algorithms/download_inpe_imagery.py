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

    def displayName(self):  # noqa: N802
        return self.tr("Download INPE CBERS imagery (STAC)")

    def shortHelpString(self):  # noqa: N802
        return self.tr(
            "Searches a STAC catalogue (default INPE's Brazil Data Cube) for scenes of COLLECTION that "
            "intersect EXTENT between START and END with cloud cover at most MAX_CLOUD, reads only the "
            "windows of their Cloud-Optimized GeoTIFFs that cover EXTENT (HTTP range requests through "
            "GDAL), mosaics them and writes one RGB GeoTIFF clipped to EXTENT.\n\n"
            "STAC_URL: STAC API root (default: INPE's catalogue, or the one set in NetLoad's settings).\n"
            "COLLECTION: default CB4A-WPM-PCA-FUSED-1 (CBERS-4A WPM pansharpened RGB, 2 m, CC-BY-4.0).\n"
            "EXTENT: area to cover, any CRS.\n"
            "START, END: dates YYYY-MM-DD (inclusive).\n"
            "MAX_CLOUD: highest scene cloud cover in percent (eo:cloud_cover or cloud_cover); scenes "
            "without a figure are kept.\n"
            "API_KEY: optional, sent as the x-api-key header (to STAC and to the COG reads).\n"
            "OUTPUT: GeoTIFF, 3 bands R, G, B, in the CRS and pixel size of the least cloudy scene, grid "
            "aligned to its pixels; where scenes overlap the least cloudy one is on top. 0 = no data. "
            "Written atomically.\n\n"
            "2 m imagery is screening input for rooftop PV (classify_rooftops warns); aerial imagery "
            "at 0.3-0.5 m is what the bundled model expects."
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterString("STAC_URL", self.tr("STAC API URL"), source_url("stac")))
        self.addParameter(QgsProcessingParameterString("COLLECTION", self.tr("Collection"), DEFAULT_COLLECTION))
        self.addParameter(QgsProcessingParameterExtent("EXTENT", self.tr("Extent")))
        today = datetime.date.today()
        self.addParameter(QgsProcessingParameterString(
            "START", self.tr("Start date (YYYY-MM-DD)"), (today - datetime.timedelta(days=365)).isoformat()))
        self.addParameter(QgsProcessingParameterString("END", self.tr("End date (YYYY-MM-DD)"), today.isoformat()))
        self.addParameter(QgsProcessingParameterNumber(
            "MAX_CLOUD", self.tr("Maximum cloud cover (%)"), compat.NUMBER_DOUBLE, 20.0,
            minValue=0.0, maxValue=100.0))
        self.addParameter(QgsProcessingParameterString("API_KEY", self.tr("API key (x-api-key)"), "", optional=True))
        self.addParameter(QgsProcessingParameterRasterDestination("OUTPUT", self.tr("Imagery")))

    def process(self, parameters, context, feedback):
        # geo.imagery sets gdal.UseExceptions(), which imports osgeo.gdal_array on GDAL >= 3.7: run time only
        from ...geo.imagery import gdal_http_options, mosaic_window, vsi_path

        progress = FeedbackProgress(feedback)
        start = self._date(parameters, context, "START")
        end = self._date(parameters, context, "END")
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
        text = self.parameterAsString(parameters, name, context).strip()
        try:
            return datetime.date.fromisoformat(text[:10])
        except ValueError:
            raise SourceFormatError(self.tr("{} = {!r} is not a date YYYY-MM-DD").format(name, text)) from None
