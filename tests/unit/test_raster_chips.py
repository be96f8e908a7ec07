"""Streamed chip cutting (window by window, batch by batch) against the whole raster cut with numpy.

The "unstreamed" reference reads the entire raster into one array (warped to the model grid by a
separate ``gdal.Warp`` VRT when it is not on it already), cuts every chip by plain slicing around the
pixel that holds the roof centre, and runs the model once. The streamed path must give the same
probabilities and statuses, with roofs whose chips cross window boundaries everywhere.
"""

import numpy as np
import pytest
from osgeo import gdal, osr

from netload_plugin.core.errors import Cancelled
from netload_plugin.core.progress import Progress
from netload_plugin.geo.raster_chips import ChipRaster
from netload_plugin.geo.roof_scores import score_points
from tests.support.rasters import write_geotiff

onnxruntime = pytest.importorskip("onnxruntime", reason="onnxruntime is not installed in this environment")
from netload_plugin.core.onnx_runtime import RooftopModel
from netload_plugin.processing.algorithms.classify_rooftops import BUNDLED_MODEL

gdal.UseExceptions()
ORIGIN_X, ORIGIN_Y, CHIP, GSD = 300_000.0, 7_500_000.0, 101, 0.3


def texture(rows: int, columns: int, seed: int = 11) -> np.ndarray:
    """Roof-sized blocks of colour with noise: chips differ from each other, and so do probabilities."""
    rng = np.random.default_rng(seed)
    blocks = rng.integers(40, 235, size=(3, rows // 25 + 1, columns // 25 + 1), dtype=np.uint8)
    pixels = np.repeat(np.repeat(blocks, 25, axis=1), 25, axis=2)[:, :rows, :columns].astype(int)
    return np.clip(pixels + rng.integers(-25, 25, size=pixels.shape), 0, 255).astype(np.uint8)


def roof_centres(width_m: float, height_m: float, count: int, seed: int = 5):
    """Random roof centres whose 30 m chips lie inside a raster of that size (x, y in metres)."""
    rng = np.random.default_rng(seed)
    margin = 16.0
    return (ORIGIN_X + rng.uniform(margin, width_m - margin, count),
            ORIGIN_Y - rng.uniform(margin, height_m - margin, count))


def unstreamed(model, pixels: np.ndarray, origin: tuple, gsd: float, xs, ys) -> np.ndarray:
    """The whole raster in memory, one chip sliced around the pixel holding each centre."""
    columns = np.floor((xs - origin[0]) / gsd).astype(int)
    rows = np.floor((origin[1] - ys) / gsd).astype(int)
    half = CHIP // 2
    chips = np.stack([pixels[:, r - half:r + half + 1, c - half:c + half + 1] for c, r in zip(columns, rows)])
    return model.predict(chips)


@pytest.fixture(scope="module")
def model():
    return RooftopModel(BUNDLED_MODEL)


def streamed(path, model, xs, ys, window_px, batch_size=16):
    raster = ChipRaster(path, model.contract.gsd_m, model.contract.chip_size_px, window_px=window_px)
    try:
        return score_points(raster, model, xs, ys, batch_size)
    finally:
        raster.close()


def test_streamed_equals_whole_raster_on_the_model_grid(model, tmp_path):
    pixels = texture(700, 900)
    path = write_geotiff(tmp_path / "scene.tif", pixels, (ORIGIN_X, ORIGIN_Y), GSD)
    xs, ys = roof_centres(900 * GSD, 700 * GSD, 150)
    expected = unstreamed(model, pixels, (ORIGIN_X, ORIGIN_Y), GSD, xs, ys)
    assert expected.std() > 0.01  # chips differ: a mix-up between roofs would show

    for window_px in (128, 300, 100_000):  # 128: nearly every chip crosses a window edge; 100,000: one window
        scores = streamed(path, model, xs, ys, window_px)
        assert scores.counts() == {"classified": 150}
        np.testing.assert_allclose(scores.probabilities, expected, rtol=0, atol=1e-6)


def test_streamed_equals_whole_raster_when_resampled(model, tmp_path):
    """A 0.25 m raster seen at the model's 0.3 m: windows of the warped VRT against one whole warp."""
    pixels = texture(800, 1000, seed=12)
    path = write_geotiff(tmp_path / "fine.tif", pixels, (ORIGIN_X, ORIGIN_Y), 0.25)
    utm = osr.SpatialReference()
    utm.ImportFromEPSG(31983)
    # The same warp as a VRT of our own, read in one piece, block by block: GDAL >= 3.8 would otherwise warp
    # the whole request at once, and a MEM warp too, each rounding some pixels near its pieces' edges 1 DN apart.
    whole = gdal.Warp("/vsimem/whole.vrt", str(path), format="VRT", dstSRS=utm.ExportToWkt(), xRes=GSD, yRes=GSD,
                      resampleAlg="average", dstNodata=0)
    x0, _, _, y0, _, _ = whole.GetGeoTransform()
    xs, ys = roof_centres(1000 * 0.25, 800 * 0.25, 100, seed=6)
    gdal.SetConfigOption("GDAL_VRT_WARP_USE_DATASET_RASTERIO", "NO")
    try:
        expected = unstreamed(model, whole.ReadAsArray(), (x0, y0), GSD, xs, ys)
    finally:
        gdal.SetConfigOption("GDAL_VRT_WARP_USE_DATASET_RASTERIO", None)
    whole = None
    gdal.Unlink("/vsimem/whole.vrt")

    for window_px in (128, 300):
        scores = streamed(path, model, xs, ys, window_px)
        assert scores.counts() == {"classified": 100}
        np.testing.assert_allclose(scores.probabilities, expected, rtol=0, atol=1e-6)


def test_no_data_share_per_chip_and_statuses(model, tmp_path):
    """No data in the left 200 columns: chips more than half in it are not scored."""
    pixels = texture(400, 600, seed=13)
    pixels[:, :, :200] = 0
    path = write_geotiff(tmp_path / "holes.tif", pixels, (ORIGIN_X, ORIGIN_Y), GSD)
    dataset = gdal.Open(str(path), gdal.GA_Update)
    for band in (1, 2, 3):
        dataset.GetRasterBand(band).SetNoDataValue(0)
    dataset = None
    # centres on pixel columns 150, 230, 260, 400 (chips span column - 50 .. column + 50);
    # then one outside the raster and one whose chip crosses its edge
    columns = np.array([150, 230, 260, 400, 700, 20])
    rows = np.array([200, 200, 200, 200, 200, 200])
    xs, ys = ORIGIN_X + (columns + 0.5) * GSD, ORIGIN_Y - (rows + 0.5) * GSD
    scores = streamed(path, model, xs, ys, window_px=128)
    # share of no data: column 150 -> all, 230 -> 20/101 of the chip width (columns 180..199), 260 -> none
    assert scores.status_texts() == ["no_data", "classified", "classified", "classified", "outside_raster",
                                     "chip_clipped"]
    expected = unstreamed(model, pixels, (ORIGIN_X, ORIGIN_Y), GSD, xs[1:4], ys[1:4])
    np.testing.assert_allclose(scores.probabilities[1:4], expected, rtol=0, atol=1e-6)
    assert np.isnan(scores.probabilities[[0, 4, 5]]).all()


def test_no_data_limit_is_half_the_chip(model, tmp_path):
    """Chips of 101 x 101 = 10,201 pixels: 50 rows of no data (5,050, 49.5 %) scored, 51 rows (50.5 %) not."""
    pixels = texture(300, 400, seed=14)
    pixels[:, 50:100, 0:150] = 0  # above the first chip's centre row 100: its rows 50..99
    pixels[:, 50:101, 150:400] = 0  # the second chip (columns 200..300) also loses its row 100
    path = write_geotiff(tmp_path / "half.tif", pixels, (ORIGIN_X, ORIGIN_Y), GSD)
    dataset = gdal.Open(str(path), gdal.GA_Update)
    dataset.GetRasterBand(1).SetNoDataValue(0)
    dataset = None
    columns, rows = np.array([75, 250]), np.array([100, 100])  # chips span rows 50..150
    xs, ys = ORIGIN_X + (columns + 0.5) * GSD, ORIGIN_Y - (rows + 0.5) * GSD
    assert streamed(path, model, xs, ys, 128).status_texts() == ["classified", "no_data"]


def test_gdal_cache_stays_small_while_streaming(model, tmp_path):
    """Window by window, GDAL's block cache is emptied: it never holds much more than one window."""
    pixels = texture(1500, 1500, seed=15)  # 6.75 MB of pixels, tiled 256 x 256
    path = write_geotiff(tmp_path / "big.tif", pixels, (ORIGIN_X, ORIGIN_Y), GSD)
    xs, ys = roof_centres(1500 * GSD, 1500 * GSD, 200, seed=7)
    raster = ChipRaster(path, GSD, CHIP, window_px=256)
    used = []
    columns, rows = raster.grid_positions(xs, ys)
    try:
        for _ in raster.batches(np.arange(len(xs)), columns, rows, 8):
            used.append(gdal.GetCacheUsed())
    finally:
        raster.close()
    one_window = 3 * (256 + CHIP) ** 2 + 3 * 2 * 256 * 256  # a window plus a border of its tiles
    assert max(used) < one_window < pixels.nbytes / 4


class StopAfter(Progress):
    def __init__(self, batches: int):
        self.left = batches

    def set_fraction(self, fraction: float) -> None:
        self.left -= 1

    def is_cancelled(self) -> bool:
        return self.left <= 0


def test_cancel_between_batches_stops_the_worker(model, tmp_path):
    import threading

    pixels = texture(700, 900)
    path = write_geotiff(tmp_path / "scene.tif", pixels, (ORIGIN_X, ORIGIN_Y), GSD)
    xs, ys = roof_centres(900 * GSD, 700 * GSD, 150)
    raster = ChipRaster(path, GSD, CHIP, window_px=128)
    try:
        with pytest.raises(Cancelled):
            score_points(raster, model, xs, ys, 16, StopAfter(2))
    finally:
        raster.close()
    assert not [t for t in threading.enumerate() if t.name == "netload-roof-chips"]
