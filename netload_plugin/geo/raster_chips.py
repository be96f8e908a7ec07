"""Cut model-ready image chips around many points of a raster, streaming it window by window.

The raster is seen on the *model grid*: north-up, in a projected CRS, pixels of the model's
ground sample distance. A raster already on such a grid is read as it is (chips are then the
raster's own pixels); any other (another resolution, rotated, geographic CRS) is seen through
a GDAL warped VRT (average when shrinking, bilinear when enlarging; geographic rasters go to
the UTM zone of their centre), which resamples only the window being read.

Points are grouped by window so each window is read once, in one GDAL call for all three bands,
however many roofs it holds; GDAL's block cache is emptied after each window and chips go into
one reused batch buffer, so memory does not grow with the raster or the number of roofs.
"""

from __future__ import annotations

import math
import os
from dataclasses import dataclass

import numpy as np
from osgeo import gdal, osr

from ..core.errors import SourceFormatError
from ..core.progress import Progress
from ..core.rooftop_estimate import chip_origins

WINDOW_PX = 1024  # side of the raster window read at once, in model pixels (~3.8 MB of RGB)
STATUS_OK, STATUS_OUTSIDE, STATUS_CLIPPED, STATUS_NO_DATA = 0, 1, 2, 3
WARP_BY_WINDOW = "GDAL_VRT_WARP_USE_DATASET_RASTERIO"  # GDAL >= 3.8; older GDAL always reads by block


@dataclass
class ChipBatch:
    indices: np.ndarray  # positions in the caller's point arrays
    chips: np.ndarray  # (n, 3, S, S) uint8, R, G, B
    nodata_fraction: np.ndarray  # (n,) share of chip pixels that are no data (all three bands equal to it)


class ChipRaster:
    """A raster prepared for chip cutting at ``gsd_m`` metres per pixel, ``chip_size`` pixels a side."""

    def __init__(self, path: str, gsd_m: float, chip_size: int, window_px: int = WINDOW_PX):
        self.path, self.gsd_m, self.chip_size, self.window_px = str(path), gsd_m, chip_size, window_px
        try:
            source = gdal.Open(self.path)
        except RuntimeError as error:
            raise SourceFormatError(f"{self.path}: cannot open the raster ({error})") from None
        if source.RasterCount < 3:
            raise SourceFormatError(
                f"{self.path}: {source.RasterCount} band(s); the classifier needs R, G, B as bands 1-3"
            )
        srs = source.GetSpatialRef()
        if srs is None:
            raise SourceFormatError(f"{self.path}: the raster has no CRS (georeference it first)")
        self.data_type = gdal.GetDataTypeName(source.GetRasterBand(1).DataType)
        self.nodata = source.GetRasterBand(1).GetNoDataValue()
        x0, dx, rx, y0, ry, dy = source.GetGeoTransform()
        self.source_gsd_m = _pixel_size_m(source, srs)
        on_model_grid = (
            srs.IsProjected() and rx == 0 and ry == 0 and dy < 0
            and math.isclose(dx * srs.GetLinearUnits(), gsd_m, rel_tol=1e-6)
            and math.isclose(-dy * srs.GetLinearUnits(), gsd_m, rel_tol=1e-6)
        )
        self.warped = not on_model_grid
        self._source = source  # kept open: a warped VRT reads it, and its block cache is emptied too
        if on_model_grid:
            self.dataset = source
        else:
            target = srs if srs.IsProjected() else _utm_for(source, srs)
            resolution = gsd_m / target.GetLinearUnits()
            self._vrt = f"/vsimem/netload_chips_{os.getpid()}_{id(self)}.vrt"
            self.dataset = gdal.Warp(
                self._vrt, source, format="VRT", dstSRS=target.ExportToWkt(), xRes=resolution, yRes=resolution,
                resampleAlg="average" if self.source_gsd_m < gsd_m else "bilinear",
                srcNodata=self.nodata, dstNodata=self.nodata if self.nodata is not None else 0,
            )
            if self.nodata is None:
                self.nodata = 0
        self.crs_wkt = self.dataset.GetSpatialRef().ExportToWkt()
        self.origin_x, self.pixel_x, _, self.origin_y, _, pixel_y = self.dataset.GetGeoTransform()
        self.pixel_y = -pixel_y
        self.width, self.height = self.dataset.RasterXSize, self.dataset.RasterYSize

    def close(self) -> None:
        self.dataset = self._source = None
        if self.warped:
            gdal.Unlink(self._vrt)

    def grid_positions(self, xs: np.ndarray, ys: np.ndarray) -> tuple:
        """Continuous (column, row) on the model grid of points in the raster CRS."""
        return (np.asarray(xs) - self.origin_x) / self.pixel_x, (self.origin_y - np.asarray(ys)) / self.pixel_y

    def chip_status(self, columns: np.ndarray, rows: np.ndarray) -> np.ndarray:
        """OK when the whole chip lies in the raster, OUTSIDE when the point does not, else CLIPPED."""
        left, top = chip_origins(columns, rows, self.chip_size)
        inside_point = (columns >= 0) & (columns < self.width) & (rows >= 0) & (rows < self.height)
        whole_chip = (
            (left >= 0) & (top >= 0) & (left + self.chip_size <= self.width) & (top + self.chip_size <= self.height)
        )
        status = np.full(len(left), STATUS_CLIPPED, dtype=np.int8)
        status[~inside_point] = STATUS_OUTSIDE
        status[whole_chip] = STATUS_OK
        return status

    def batches(self, indices: np.ndarray, columns: np.ndarray, rows: np.ndarray, batch_size: int,
                progress: Progress | None = None):
        """Yield :class:`ChipBatch` es of the chips at ``indices`` (whose status must be OK).

        Memory stays flat whatever the raster's size: the raster is read one window of about
        ``window_px`` × ``window_px`` model pixels (plus the chip margin) at a time, in one GDAL call
        for the three bands, and the chips are cut into one batch buffer. That buffer is reused:
        a batch's arrays are only valid until the next one is asked for.
        """
        progress = progress or Progress()
        left, top = chip_origins(columns[indices], rows[indices], self.chip_size)
        window = (top // self.window_px) * (self.width // self.window_px + 1) + left // self.window_px
        order = np.lexsort((left, top, window))
        indices, left, top, window = indices[order], left[order], top[order], window[order]
        batch = _BatchBuffer(batch_size, self.chip_size)
        for members in np.split(np.arange(len(indices)), np.flatnonzero(np.diff(window)) + 1):
            if not len(members):
                continue
            progress.check_cancelled()
            x0, y0 = int(left[members].min()), int(top[members].min())
            pixels, nodata = self._read_window(x0, y0, int(left[members].max()) + self.chip_size - x0,
                                               int(top[members].max()) + self.chip_size - y0)
            chip_x, chip_y = left[members] - x0, top[members] - y0
            fractions = _nodata_fractions(nodata, chip_x, chip_y, self.chip_size)
            for member, x, y, fraction in zip(members, chip_x, chip_y, fractions):
                if batch.add(indices[member], pixels, x, y, fraction):
                    yield batch.full()
        if batch.filled:
            yield batch.full()

    def _read_window(self, x: int, y: int, width: int, height: int) -> tuple:
        """RGB pixels of a window as uint8, and its no-data mask (None when the raster has none).

        A warped VRT is read block by block (``GDAL_VRT_WARP_USE_DATASET_RASTERIO=NO``): GDAL ≥ 3.8
        otherwise warps a large request in one piece, and resampled pixels near the piece's edges
        then differ by 1 DN from one window size to another. Block by block, a pixel's value does
        not depend on which window asked for it, so chips are the same however the raster is streamed.
        """
        previous = gdal.GetThreadLocalConfigOption(WARP_BY_WINDOW, None)
        gdal.SetThreadLocalConfigOption(WARP_BY_WINDOW, "NO")
        try:
            pixels = self.dataset.ReadAsArray(x, y, width, height, band_list=[1, 2, 3])
        except RuntimeError as error:
            raise SourceFormatError(f"{self.path}: reading pixels {x},{y} {width}x{height} failed: {error}") from None
        finally:  # drop the blocks GDAL cached (up to 5 % of RAM by default): each window is read once
            gdal.SetThreadLocalConfigOption(WARP_BY_WINDOW, previous)
            self.dataset.FlushCache()
            if self.warped:
                self._source.FlushCache()
        nodata = None if self.nodata is None else np.all(pixels == self.nodata, axis=0)
        if pixels.dtype != np.uint8:
            pixels = np.clip(pixels, 0, 255).astype(np.uint8)
        return pixels, nodata


class _BatchBuffer:
    """One batch of chips, filled chip by chip and handed out when full, then refilled in place."""

    def __init__(self, batch_size: int, chip_size: int):
        self.chips = np.empty((batch_size, 3, chip_size, chip_size), dtype=np.uint8)
        self.indices = np.empty(batch_size, dtype=np.int64)
        self.nodata = np.empty(batch_size)
        self.filled = 0

    def add(self, index: int, pixels: np.ndarray, x: int, y: int, nodata_fraction: float) -> bool:
        """Copy the chip at column ``x``, row ``y`` of ``pixels``; True when the batch is full."""
        size = self.chips.shape[-1]
        self.chips[self.filled] = pixels[:, y:y + size, x:x + size]
        self.indices[self.filled] = index
        self.nodata[self.filled] = nodata_fraction
        self.filled += 1
        return self.filled == len(self.chips)

    def full(self) -> ChipBatch:
        count, self.filled = self.filled, 0
        return ChipBatch(self.indices[:count], self.chips[:count], self.nodata[:count])


def _nodata_fractions(nodata, chip_x: np.ndarray, chip_y: np.ndarray, size: int) -> np.ndarray:
    """Share of no-data pixels in each chip of a window, from one summed-area table of its mask."""
    if nodata is None or not nodata.any():
        return np.zeros(len(chip_x))
    table = np.zeros((nodata.shape[0] + 1, nodata.shape[1] + 1), dtype=np.int64)
    np.cumsum(np.cumsum(nodata, axis=0), axis=1, out=table[1:, 1:])
    x1, y1 = chip_x + size, chip_y + size
    counts = table[y1, x1] - table[chip_y, x1] - table[y1, chip_x] + table[chip_y, chip_x]
    return counts / float(size * size)


def _pixel_size_m(dataset, srs) -> float:
    """Ground size of one source pixel in metres (geographic rasters: at their centre latitude)."""
    x0, dx, rx, y0, ry, dy = dataset.GetGeoTransform()
    size_x, size_y = math.hypot(dx, ry), math.hypot(rx, dy)
    if srs.IsProjected():
        return max(size_x, size_y) * srs.GetLinearUnits()
    latitude = y0 + dy * dataset.RasterYSize / 2
    metres_per_degree = 111_320.0
    return max(size_x * metres_per_degree * math.cos(math.radians(latitude)), size_y * metres_per_degree)


def _utm_for(dataset, srs) -> osr.SpatialReference:
    """The WGS 84 UTM zone of a geographic raster's centre (GDAL geotransforms are lon/lat)."""
    x0, dx, _, y0, _, dy = dataset.GetGeoTransform()
    lon, lat = x0 + dx * dataset.RasterXSize / 2, y0 + dy * dataset.RasterYSize / 2
    zone = int((lon + 180) // 6) + 1
    utm = osr.SpatialReference()
    utm.ImportFromEPSG((32700 if lat < 0 else 32600) + zone)
    return utm
