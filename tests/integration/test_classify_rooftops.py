"""netload:classify_rooftops on a scene assembled from labelled chips at known coordinates.

Every chip of ``pv_chips`` placed in the scene is also scored directly (the model on the chip
file's pixels, no NetLoad chip cutting); the algorithm must reproduce that for every roof.
"""

import numpy as np
import pytest
from osgeo import gdal
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingFeedback,
    QgsProject,
    QgsVectorLayer,
)

from netload_plugin.processing.algorithms.classify_rooftops import BUNDLED_MODEL
from tests.support.layers import memory_layer
from tests.support.pv_scene import GSD_M, grid_size_px, read_chips, write_chip_grid
from tests.support.requires import require

require("onnxruntime")
from netload_plugin.core.onnx_runtime import RooftopModel

ORIGIN_X, ORIGIN_Y = 300_000.0, 7_500_000.0
UTM = "EPSG:31983"


class RecordingFeedback(QgsProcessingFeedback):
    def __init__(self):
        super().__init__()
        self.messages = []

    def reportError(self, error, fatalError=False):
        self.messages.append(error)

    def pushWarning(self, warning):
        self.messages.append(warning)


@pytest.fixture(scope="module")
def scene(shared_data, tmp_path_factory):
    """A 6 x 5 grid of chips in a 0.3 m GeoTIFF (UTM 23S) and their centres."""
    chips, labels = read_chips(shared_data, pv=15, no_pv=15)
    path = tmp_path_factory.mktemp("scene") / "scene.tif"
    centres = write_chip_grid(chips, path, ORIGIN_X, ORIGIN_Y, 31983)
    width, height = grid_size_px(len(chips))
    return {"path": path, "chips": chips, "centres": centres, "labels": labels,
            "width_m": width * GSD_M, "height_m": height * GSD_M}


def buildings_layer(centres, half_side_m=5.0):
    """Square roofs around the given UTM centres, stored in EPSG:4674 (another CRS than the raster)."""
    to_lonlat = QgsCoordinateTransform(QgsCoordinateReferenceSystem(UTM), QgsCoordinateReferenceSystem("EPSG:4674"),
                                       QgsProject.instance())
    corners = ((-1, -1), (1, -1), (1, 1), (-1, 1), (-1, -1))
    rows = []
    for number, (x, y) in enumerate(centres):
        geometry = QgsGeometry.fromPolygonXY(
            [[QgsPointXY(x + dx * half_side_m, y + dy * half_side_m) for dx, dy in corners]]
        )
        geometry.transform(to_lonlat)
        rows.append((geometry, [number]))
    return memory_layer("Polygon?crs=EPSG:4674", [("roof_id", "int")], rows, name="roofs")


def run(scene_path, layer, tmp_path, feedback=None, **extra):
    import processing

    parameters = {
        "BUILDINGS": layer,
        "RASTER": str(scene_path),
        "BATCH_SIZE": 7,
        "OUTPUT": str(tmp_path / "roofs.gpkg"),
    }
    parameters.update(extra)
    result = processing.run("netload:classify_rooftops", parameters, feedback=feedback)
    output = QgsVectorLayer(result["OUTPUT"], "out", "ogr")
    return result, {f["roof_id"]: f for f in output.getFeatures()}


def test_reproduces_direct_model_output_for_every_chip(scene, netload_provider, tmp_path):
    model = RooftopModel(BUNDLED_MODEL)
    direct = model.predict(scene["chips"])
    outside = [(ORIGIN_X - 500.0, ORIGIN_Y + 500.0), (ORIGIN_X + scene["width_m"] + 40.0, ORIGIN_Y - 10.0)]
    edge = [(ORIGIN_X + 5.0, ORIGIN_Y - 5.0)]  # centroid inside, chip crosses the raster edge
    layer = buildings_layer(scene["centres"] + outside + edge)
    feedback = RecordingFeedback()
    result, roofs = run(scene["path"], layer, tmp_path, feedback)

    n = len(scene["chips"])
    got = np.array([roofs[i]["pv_probability"] for i in range(n)])
    np.testing.assert_allclose(got, direct, atol=1e-5)
    threshold = model.contract.threshold
    assert [roofs[i]["has_pv"] for i in range(n)] == [bool(p >= threshold) for p in direct]
    assert all(roofs[i]["status"] == "classified" for i in range(n))
    # 10 m x 10 m squares: 100 m² (ellipsoidal area of a UTM square, within 0.2 %)
    assert roofs[0]["roof_area_m2"] == pytest.approx(100.0, rel=2e-3)
    expected_kw = [100.0 * 0.25 * 0.2 if p >= threshold else 0.0 for p in direct]
    np.testing.assert_allclose([roofs[i]["pv_kwp_est"] for i in range(n)], expected_kw, rtol=2e-3)

    assert [roofs[n]["status"], roofs[n + 1]["status"], roofs[n + 2]["status"]] == \
        ["outside_raster", "outside_raster", "chip_clipped"]
    assert all(
        roofs[i]["pv_probability"] is None or str(roofs[i]["pv_probability"]) == "NULL" for i in (n, n + 1, n + 2)
    )
    assert result["OUTSIDE_RASTER"] == 2 and result["NOT_CLASSIFIED"] == 3 and result["CLASSIFIED"] == n
    assert not any("SCREENING" in m for m in feedback.messages)
    assert any("3 of" in m for m in feedback.messages)


def test_threshold_parameter_overrides_model(scene, netload_provider, tmp_path):
    layer = buildings_layer(scene["centres"][:4])
    _, roofs = run(scene["path"], layer, tmp_path, THRESHOLD=0.0)
    assert all(roofs[i]["has_pv"] for i in range(4))


@pytest.mark.parametrize("mode_before", [False, True])
def test_a_run_leaves_gdals_exception_mode_as_it_found_it(scene, netload_provider, tmp_path, mode_before):
    """GDAL's exception mode is process-wide: switched for the run only, never for QGIS and other plugins."""
    earlier = gdal.GetUseExceptions()
    (gdal.UseExceptions if mode_before else gdal.DontUseExceptions)()
    try:
        run(scene["path"], buildings_layer(scene["centres"][:3]), tmp_path)
        assert bool(gdal.GetUseExceptions()) is mode_before
    finally:
        (gdal.UseExceptions if earlier else gdal.DontUseExceptions)()


def test_coarse_raster_warns_screening_only(scene, netload_provider, tmp_path):
    coarse = tmp_path / "coarse.tif"
    gdal.Warp(str(coarse), str(scene["path"]), xRes=2.0, yRes=2.0, resampleAlg="average")
    layer = buildings_layer(scene["centres"][6:12])
    feedback = RecordingFeedback()
    result, roofs = run(coarse, layer, tmp_path, feedback)
    assert result["SCREENING_ONLY"] is True
    assert any("SCREENING ONLY" in m and "2.00 m" in m for m in feedback.messages)
    assert all(0.0 <= roofs[i]["pv_probability"] <= 1.0 for i in range(6))


def test_user_model_breaking_the_contract_is_refused(scene, netload_provider, tmp_path):
    import processing
    from qgis.core import QgsProcessingException

    from tests.support.tiny_onnx import valid_metadata, write_model

    metadata = valid_metadata()
    del metadata["band_order"]
    bad = write_model(tmp_path / "bad.onnx", metadata)
    with pytest.raises(QgsProcessingException, match="band_order"):
        processing.run("netload:classify_rooftops", {
            "BUILDINGS": buildings_layer(scene["centres"][:1]), "RASTER": str(scene["path"]), "MODEL": str(bad),
            "OUTPUT": str(tmp_path / "never.gpkg")})
    assert not (tmp_path / "never.gpkg").exists()


def test_user_model_drives_chip_preparation(scene, netload_provider, tmp_path):
    """A 16 px, 0.5 m model: chips are resampled from the 0.3 m scene; mean-brightness model by hand."""
    from tests.support.tiny_onnx import valid_metadata, write_model

    model = write_model(tmp_path / "tiny.onnx", valid_metadata())
    layer = buildings_layer(scene["centres"][:3])
    _, roofs = run(scene["path"], layer, tmp_path, MODEL=str(model))
    for i in range(3):
        x, y = scene["centres"][i]
        # the 8 m x 8 m window around the centre, averaged in the source: what a 16 px 0.5 m chip sees
        ds = gdal.Translate("", str(scene["path"]), format="MEM", projWin=[x - 4, y + 4, x + 4, y - 4])
        mean = ds.ReadAsArray().astype(float).mean() / 255.0
        assert roofs[i]["pv_probability"] == pytest.approx(1 / (1 + np.exp(-(mean - 0.5) * 8)), abs=0.02)


class CancelAfterFirstBatch(QgsProcessingFeedback):
    """Asks to stop as soon as the progress passes the feature-reading 10 %: after the first batch is scored."""

    def setProgress(self, progress):
        super().setProgress(progress)
        if progress > 10.0:
            self.cancel()


@pytest.fixture
def counted_batches(monkeypatch):
    """The number of inference calls the algorithm makes (one per batch)."""
    calls = []
    predict = RooftopModel.predict_prepared

    def counting(self, model_input):
        calls.append(len(model_input))
        return predict(self, model_input)

    monkeypatch.setattr(RooftopModel, "predict_prepared", counting)
    return calls


def test_cancel_after_first_batch_keeps_earlier_output(scene, netload_provider, tmp_path, counted_batches):
    import processing

    from tests.support.tiny_onnx import valid_metadata, write_model

    model = str(write_model(tmp_path / "tiny.onnx", valid_metadata()))
    output = tmp_path / "roofs.gpkg"
    run(scene["path"], buildings_layer(scene["centres"][:4]), tmp_path, MODEL=model)  # the earlier output
    before = output.read_bytes()
    assert counted_batches == [4]

    counted_batches.clear()
    feedback = CancelAfterFirstBatch()
    result = processing.run("netload:classify_rooftops", {
        "BUILDINGS": buildings_layer(scene["centres"]), "RASTER": str(scene["path"]), "MODEL": model,
        "BATCH_SIZE": 7, "OUTPUT": str(output)}, feedback=feedback)
    assert "OUTPUT" not in result
    assert counted_batches == [7]  # 30 roofs = 5 batches of 7 or fewer: stopped after the first
    assert not chip_vrts_left()  # the 0.5 m model saw the 0.3 m scene through a warped VRT, now closed
    assert output.read_bytes() == before
    earlier = gdal.OpenEx(str(output), gdal.OF_VECTOR)
    assert earlier.GetLayer(0).GetFeatureCount() == 4  # the 4 roofs of the earlier run
    earlier = None


def test_cancel_before_start_writes_nothing(scene, netload_provider, tmp_path, counted_batches):
    import processing

    from tests.support.tiny_onnx import valid_metadata, write_model

    feedback = QgsProcessingFeedback()
    feedback.cancel()
    result = processing.run("netload:classify_rooftops", {
        "BUILDINGS": buildings_layer(scene["centres"][:3]), "RASTER": str(scene["path"]),
        "MODEL": str(write_model(tmp_path / "tiny.onnx", valid_metadata())),
        "OUTPUT": str(tmp_path / "never.gpkg")}, feedback=feedback)
    assert "OUTPUT" not in result
    assert counted_batches == [] and not (tmp_path / "never.gpkg").exists()
    assert not chip_vrts_left()


def chip_vrts_left():
    return [name for name in gdal.ReadDir("/vsimem/") or [] if name.startswith("netload_chips")]


def test_second_read_finds_each_building_by_feature_id():
    """Buildings are read twice (centres, then output); a provider may return them in another order."""
    from netload_plugin.processing.algorithms.classify_rooftops import _FidIndex

    index = _FidIndex(np.array([5, 3, 9], dtype=np.int64))
    assert [index.position(5, 0), index.position(3, 1), index.position(9, 2)] == [0, 1, 2]  # same order
    assert [index.position(9, 0), index.position(5, 1), index.position(3, 2)] == [2, 0, 1]  # another order
    assert index.position(7, 1) is None  # a feature the first read did not see
