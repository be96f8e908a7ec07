"""classify_rooftops under qgis_process (scripts/netload-process sees the venv's onnxruntime)."""

import numpy as np

from tests.support.rasters import write_geotiff
from tests.support.requires import require

require("onnxruntime")


def test_classify_rooftops_headless(netload_process, tmp_path):
    raster = write_geotiff(
        tmp_path / "scene.tif",
        np.random.default_rng(1).integers(0, 256, (3, 400, 400), dtype=np.uint8),
        (300_000.0, 7_500_000.0),
        0.3,
        options=(),
    )
    buildings = tmp_path / "buildings.geojson"
    buildings.write_text(
        '{"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"EPSG:31983"}},"features":['
        '{"type":"Feature","properties":{"id":1},"geometry":{"type":"Polygon","coordinates":[[[300055,7499945],'
        '[300065,7499945],[300065,7499955],[300055,7499955],[300055,7499945]]]}},'
        '{"type":"Feature","properties":{"id":2},"geometry":{"type":"Polygon","coordinates":[[[310000,7490000],'
        '[310010,7490000],[310010,7490010],[310000,7490010],[310000,7490000]]]}}]}'
    )
    reply = netload_process.run_json("netload:classify_rooftops", BUILDINGS=buildings, RASTER=raster,
                                     OUTPUT=tmp_path / "roofs.gpkg")
    assert reply["results"]["CLASSIFIED"] == 1 and reply["results"]["OUTSIDE_RASTER"] == 1
