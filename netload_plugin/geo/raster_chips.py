"""Cut model-ready image chips around many points of a raster, reading it in large blocks.

The raster is seen on the *model grid*: north-up, in a projected CRS, pixels of the model's
ground sample distance. A raster already on such a grid is read as it is (chips are then the
raster's own pixels); any other (another resolution, rotated, geographic CRS) is seen through
a GDAL warped VRT (average when shrinking, bilinear when enlarging; geographic rasters go to
the UTM zone of their centre). Points are grouped by block so each block is read once, in one
GDAL call for all three bands, however many roofs it holds.
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

gdal.UseExceptions()

BLOCK_PX = 1024
STATUS_OK, STATUS_OUTSIDE, STATUS_CLIPPED = 0, 1, 2


@dataclass
class ChipBatch:
    indices: np.ndarray  # positions in the caller's point arrays
    chips: np.ndarray  # (n, 3, S, S) uint8, R, G, B
    nodata_fraction: np.ndarray  # (n,) share of chip pixels that are no data


class ChipRaster:
    """A raster prepared for chip cutting at ``gsd_m`` metres per pixel, ``chip_size`` pixels a side."""

    def __init__(self, path: str, gsd_m: float, chip_size: int):
        self.path, self.gsd_m, self.chip_size = str(path), gsd_m, chip_size
        try:
            source = gdal.Open(self.path)
        except RuntimeError as error:
            raise SourceFormatError(f"{self.path}: cannot open the raster ({error})") from None
        if source.RasterCount < 3:
            raise SourceFormatError(f"{self.path}: {source.RasterCount} band(s); the classifier needs R, G, B as bands 1-3")
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
        self.dataset = None
        if self.warped:
            gdal.Unlink(self._vrt)

    def grid_positions(self, xs: np.ndarray, ys: np.ndarray) -> tuple:
        """Continuous (column, row) on the model grid of points in the raster CRS."""
        return (np.asarray(xs) - self.origin_x) / self.pixel_x, (self.origin_y - np.asarray(ys)) / self.pixel_y

    def chip_status(self, columns: np.ndarray, rows: np.ndarray) -> np.ndarray:
        """OK when the whole chip lies in the raster, OUTSIDE when the point does not, else CLIPPED."""
        left, top = chip_origins(columns, rows, self.chip_size)
        inside_point = (columns >= 0) & (columns < self.width) & (rows >= 0) & (rows < self.height)
        whole_chip = (left >= 0) & (top >= 0) & (left + self.chip_size <= self.width) & (top + self.chip_size <= self.height)
        status = np.full(len(left), STATUS_CLIPPED, dtype=np.int8)
        status[~inside_point] = STATUS_OUTSIDE
        status[whole_chip] = STATUS_OK
        return status

    def batches(self, indices: np.ndarray, columns: np.ndarray, rows: np.ndarray, batch_size: int,
                progress: Progress | None = None):
        """Yield :class:`ChipBatch` es of the chips at ``indices`` (whose status must be OK), block by block."""
        progress = progress or Progress()
        size = self.chip_size
        left, top = chip_origins(columns[indices], rows[indices], size)
        block = (top // BLOCK_PX) * (self.width // BLOCK_PX + 1) + left // BLOCK_PX
        order = np.lexsort((left, block))
        indices, left, top, block = indices[order], left[order], top[order], block[order]
        boundaries = np.flatnonzero(np.diff(block)) + 1
        pending_index, pending_chips, pending_nodata, filled = [], [], [], 0
        for members in np.split(np.arange(len(indices)), boundaries):
            if not len(members):
                continue
            progress.check_cancelled()
            x0, y0 = int(left[members].min()), int(top[members].min())
            x1, y1 = int(left[members].max()) + size, int(top[members].max()) + size
            pixels = self._read(x0, y0, x1 - x0, y1 - y0)
            for member in members:
                cx, cy = left[member] - x0, top[member] - y0
                chip = pixels[:, cy:cy + size, cx:cx + size]
                pending_index.append(indices[member])
                pending_chips.append(chip)
                pending_nodata.append(self._nodata_fraction(chip))
                filled += 1
                if filled == batch_size:
                    yield self._batch(pending_index, pending_chips, pending_nodata)
                    pending_index, pending_chips, pending_nodata, filled = [], [], [], 0
        if filled:
            yield self._batch(pending_index, pending_chips, pending_nodata)

    def _read(self, x: int, y: int, width: int, height: int) -> np.ndarray:
        try:
            pixels = self.dataset.ReadAsArray(x, y, width, height, band_list=[1, 2, 3])
        except RuntimeError as error:
            raise SourceFormatError(f"{self.path}: reading pixels {x},{y} {width}x{height} failed: {error}") from None
        if pixels.dtype != np.uint8:
            pixels = np.clip(pixels, 0, 255)
        return pixels

    def _nodata_fraction(self, chip: np.ndarray) -> float:
        if self.nodata is None:
            return 0.0
        return float(np.mean(np.all(chip == self.nodata, axis=0)))

    @staticmethod
    def _batch(indices, chips, nodata) -> ChipBatch:
        return ChipBatch(np.asarray(indices), np.stack(chips).astype(np.uint8, copy=False), np.asarray(nodata))


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
