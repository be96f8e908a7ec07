"""Without onnxruntime the plugin loads, other algorithms run, and the classifier says how to install it."""

import sys

import pytest
from qgis.core import QgsProcessingException, QgsVectorLayer


@pytest.fixture()
def no_onnxruntime(monkeypatch):
    monkeypatch.setitem(sys.modules, "onnxruntime", None)  # `import onnxruntime` raises ImportError


def test_plugin_loads_and_other_algorithms_run(no_onnxruntime, qgis_iface, netload_provider, tmp_path):
    import processing

    from netload_plugin import classFactory
    from netload_plugin.processing.provider import algorithm_classes

    assert classFactory(qgis_iface) is not None
    for algorithm_class in algorithm_classes():  # every algorithm declares its parameters without onnxruntime
        algorithm_class().initAlgorithm()
    roofs = QgsVectorLayer("Point?crs=EPSG:4674&field=has_pv:boolean&field=pv_kwp_est:double", "r", "memory")
    units = QgsVectorLayer("Point?crs=EPSG:4674&field=capacity_kw:double", "u", "memory")
    result = processing.run("netload:find_undeclared_pv", {
        "ROOFTOPS": roofs, "GD_UNITS": units, "OUTPUT": str(tmp_path / "o.gpkg")})
    assert result["UNDECLARED"] == 0


def test_classifier_names_the_install_steps(no_onnxruntime, netload_provider, tmp_path):
    import processing
    from osgeo import gdal

    raster = tmp_path / "r.tif"
    ds = gdal.GetDriverByName("GTiff").Create(str(raster), 10, 10, 3)
    ds.SetGeoTransform((0, 0.3, 0, 0, 0, -0.3))
    ds = None
    buildings = QgsVectorLayer("Polygon?crs=EPSG:4674", "b", "memory")
    with pytest.raises(QgsProcessingException) as caught:
        processing.run("netload:classify_rooftops", {
            "BUILDINGS": buildings, "RASTER": str(raster), "OUTPUT": str(tmp_path / "o.gpkg")})
    message = str(caught.value)
    assert "onnxruntime" in message and "netload:install_dependencies" in message and "--no-deps" in message
