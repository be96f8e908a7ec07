"""Read only the needed windows of remote Cloud-Optimized GeoTIFFs and mosaic them into one GeoTIFF.

GDAL's ``/vsicurl/`` reads COG headers and then just the tiles that cover the requested
window (HTTP Range requests). The plugin's User-Agent, extra headers (``x-api-key``), proxy
and timeout are passed as thread-local GDAL config options, so they apply to this run only.
"""

from __future__ import annotations

import contextlib
import math
import os
import tempfile
from pathlib import Path

from osgeo import gdal, osr

from ..core.errors import Cancelled, DownloadError
from ..core.progress import Progress
from ..net.session import NetworkSettings


@contextlib.contextmanager
def gdal_http_options(settings: NetworkSettings, headers: dict | None = None):
    """GDAL HTTP config (User-Agent, headers, timeout, retries, proxy) for the calling thread."""
    all_headers = {**settings.extra_headers, **(headers or {})}
    options = {
        "GDAL_HTTP_USERAGENT": settings.user_agent,
        "GDAL_HTTP_HEADERS": "\r\n".join(f"{k}: {v}" for k, v in all_headers.items()) or None,
        "GDAL_HTTP_TIMEOUT": str(int(settings.timeout_s)) if settings.timeout_s else None,
        "GDAL_HTTP_MAX_RETRY": str(settings.retries),
        "GDAL_HTTP_RETRY_DELAY": str(settings.backoff_s),
        "GDAL_HTTP_PROXY": _proxy_host(settings.proxy_url),
        "GDAL_DISABLE_READDIR_ON_OPEN": "EMPTY_DIR",
        "CPL_VSIL_CURL_ALLOWED_EXTENSIONS": ".tif,.tiff,.TIF,.TIFF",
        "GDAL_HTTP_MERGE_CONSECUTIVE_RANGES": "YES",
        "CURL_CA_BUNDLE": str(settings.ca_bundle) if settings.ca_bundle else None,
    }
    previous = {key: gdal.GetThreadLocalConfigOption(key, None) for key in options}
    try:
        for key, value in options.items():
            gdal.SetThreadLocalConfigOption(key, value)
        yield
    finally:
        for key, value in previous.items():
            gdal.SetThreadLocalConfigOption(key, value)


def vsi_path(href: str) -> str:
    """``/vsicurl/`` for http(s) hrefs; local paths as they are."""
    return "/vsicurl/" + href if href.startswith(("http://", "https://")) else href


def mosaic_window(sources: list, extent_wkt_crs: str, extent: tuple, output: Path,
                  progress: Progress | None = None) -> dict:
    """Warp the window ``extent`` (xmin, ymin, xmax, ymax in ``extent_wkt_crs``) of ``sources``.

    ``sources``: one entry per scene, each a tuple of GDAL paths (one RGB file or R, G, B files),
    ordered so the scene that should end on top comes last. The output takes that top scene's
    CRS and pixel size, its grid snapped to its pixels (nearest neighbour, so within
    one scene the output pixels are the source pixels). Written to a temporary file and renamed.
    """
    progress = progress or Progress()
    datasets = []
    for index, paths in enumerate(sources):
        progress.check_cancelled()
        try:
            if len(paths) == 1:
                datasets.append(paths[0])
            else:
                vrt = f"/vsimem/netload_rgb_{os.getpid()}_{id(sources)}_{index}.vrt"
                gdal.BuildVRT(vrt, list(paths), separate=True)
                datasets.append(vrt)
        except RuntimeError as error:
            raise DownloadError(f"cannot open {paths[0]}: {error}") from None
    try:
        top = gdal.Open(datasets[-1])
    except RuntimeError as error:
        raise DownloadError(f"cannot open {sources[-1][0]}: {error}") from None
    geotransform = top.GetGeoTransform()
    target_srs = top.GetSpatialRef()
    bounds = _snapped_bounds(extent, extent_wkt_crs, target_srs, geotransform)
    top = None
    output = Path(output)
    output.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(suffix=".tif", prefix=output.stem + ".", dir=output.parent)
    os.close(handle)

    def callback(fraction, _message, _data):
        progress.set_fraction(fraction)
        return 0 if progress.is_cancelled() else 1

    try:
        result = gdal.Warp(
            temporary, datasets, format="GTiff", outputBounds=bounds, dstSRS=target_srs.ExportToWkt(),
            xRes=abs(geotransform[1]), yRes=abs(geotransform[5]), resampleAlg="near", dstNodata=0,
            creationOptions=["COMPRESS=DEFLATE", "TILED=YES", "PHOTOMETRIC=RGB"],
            callback=callback, multithread=False,
        )
        if result is None:
            raise DownloadError("GDAL could not warp the scenes")
        size = (result.RasterXSize, result.RasterYSize)
        result = None
        if progress.is_cancelled():
            raise Cancelled()
        os.replace(temporary, output)
    except RuntimeError as error:
        if progress.is_cancelled():
            raise Cancelled() from None
        raise DownloadError(f"reading the scene windows failed: {error}") from None
    finally:
        if os.path.exists(temporary):
            os.remove(temporary)
        for dataset in datasets:
            if dataset.startswith("/vsimem/"):
                gdal.Unlink(dataset)
    return {"width": size[0], "height": size[1], "bounds": bounds, "crs_wkt": target_srs.ExportToWkt()}


def _snapped_bounds(extent, extent_wkt, target_srs, geotransform) -> tuple:
    source_srs = osr.SpatialReference()
    source_srs.ImportFromWkt(extent_wkt)
    source_srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    target = target_srs.Clone()
    target.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    xmin, ymin, xmax, ymax = extent
    if not source_srs.IsSame(target):
        transform = osr.CoordinateTransformation(source_srs, target)
        xmin, ymin, xmax, ymax = transform.TransformBounds(xmin, ymin, xmax, ymax, 21)
    x0, dx, _, y0, _, dy = geotransform
    dy = abs(dy)
    return (
        x0 + math.floor((xmin - x0) / dx + 1e-9) * dx,
        y0 - math.ceil((y0 - ymin) / dy - 1e-9) * dy,
        x0 + math.ceil((xmax - x0) / dx - 1e-9) * dx,
        y0 - math.floor((y0 - ymax) / dy + 1e-9) * dy,
    )


def _proxy_host(proxy_url: str | None) -> str | None:
    return proxy_url or None
