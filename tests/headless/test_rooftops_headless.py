"""classify_rooftops under qgis_process (scripts/netload-process sees the venv's onnxruntime)."""

import numpy as np
import pytest
from osgeo import gdal, osr

pytest.importorskip("onnxruntime", reason="onnxruntime is not installed in this environment")
gdal.UseExceptions()


def test_classify_rooftops_headless(netload_process, tmp_path):
    raster = tmp_path / "scene.tif"
    ds = gdal.GetDriverByName("GTiff").Create(str(raster), 400, 400, 3, gdal.GDT_Byte)
    ds.SetGeoTransform((300_000.0, 0.3, 0, 7_500_000.0, 0, -0.3))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(31983)
    ds.SetProjection(srs.ExportToWkt())
    ds.WriteArray(np.random.default_rng(1).integers(0, 256, (3, 400, 400), dtype=np.uint8))
    ds = None
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
