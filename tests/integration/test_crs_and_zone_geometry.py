"""Coordinate transformations that cannot silently fail, in any thread, and zones without geometry.

Issue 17: inside a QGIS task's worker thread ``EPSG:4674``'s ``toWkt()`` came back empty, OSR built no
transformation and ``TransformPoints`` raised a ``TypeError``. Expected coordinates here come from
``QgsCoordinateTransform`` run in the main thread, not from the OSR path under test.
"""

import threading

import numpy as np
import processing
import pytest
from osgeo import ogr, osr
from qgis.core import (
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsProject,
    QgsTask,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QCoreApplication

from netload_plugin.core.errors import NetLoadError
from netload_plugin.geo.columnar import read_points, transform_arrays
from netload_plugin.geo.zone_inputs import zone_table
from tests.support.layers import memory_layer

# SIRGAS 2000 / UTM zone 22S: three points around Curitiba and Florianópolis, in metres
EASTINGS = np.array([673_000.0, 742_000.0, 650_123.5])
NORTHINGS = np.array([7_185_000.0, 6_943_000.0, 7_200_000.5])


class CrsWithoutWkt(QgsCoordinateReferenceSystem):
    """A CRS whose ``toWkt()`` is empty, as EPSG:4674's was in the worker thread."""

    def toWkt(self, *args):
        return ""


def expected_degrees(xs, ys, source="EPSG:31982"):
    source = source if isinstance(source, QgsCoordinateReferenceSystem) else QgsCoordinateReferenceSystem(source)
    transform = QgsCoordinateTransform(source, QgsCoordinateReferenceSystem("EPSG:4674"), QgsProject.instance())
    points = [transform.transform(QgsPointXY(x, y)) for x, y in zip(xs, ys)]
    return np.array([p.x() for p in points]), np.array([p.y() for p in points])


@pytest.fixture()
def utm_points(tmp_path) -> str:
    """A GeoPackage of the three points in EPSG:31982, written with OGR (read back through the Arrow path)."""
    path = tmp_path / "utm.gpkg"
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(31982)
    dataset = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    layer = dataset.CreateLayer("units", srs, ogr.wkbPoint)
    layer.CreateField(ogr.FieldDefn("capacity_kw", ogr.OFTReal))
    for x, y in zip(EASTINGS, NORTHINGS):
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetField("capacity_kw", 5.0)
        feature.SetGeometry(ogr.CreateGeometryFromWkt(f"POINT ({x} {y})"))
        layer.CreateFeature(feature)
    dataset = None
    return str(path)


def test_a_crs_with_an_empty_wkt_is_built_from_its_authority_id(qgis_app):
    source = CrsWithoutWkt("EPSG:31982")
    assert source.toWkt() == "" and source.authid() == "EPSG:31982"
    xs, ys = transform_arrays(EASTINGS, NORTHINGS, source, QgsCoordinateReferenceSystem("EPSG:4674"))
    lon, lat = expected_degrees(EASTINGS, NORTHINGS)
    np.testing.assert_allclose(xs, lon, atol=1e-9)
    np.testing.assert_allclose(ys, lat, atol=1e-9)


def test_a_crs_without_authority_id_is_read_from_its_wkt(qgis_app):
    source = QgsCoordinateReferenceSystem.fromProj(  # a transverse Mercator no authority lists
        "+proj=tmerc +lat_0=0 +lon_0=-49.5 +k=0.9996 +x_0=400000 +y_0=10000000 +ellps=GRS80 +units=m +no_defs")
    assert source.isValid() and source.authid() == ""
    xs, ys = transform_arrays(EASTINGS, NORTHINGS, source, QgsCoordinateReferenceSystem("EPSG:4674"))
    lon, lat = expected_degrees(EASTINGS, NORTHINGS, source)
    np.testing.assert_allclose(xs, lon, atol=1e-7)
    np.testing.assert_allclose(ys, lat, atol=1e-7)


@pytest.mark.parametrize("source", [QgsCoordinateReferenceSystem(), CrsWithoutWkt()], ids=["invalid", "empty"])
def test_an_undefined_crs_is_one_readable_error(qgis_app, source):
    with pytest.raises(NetLoadError) as caught:
        transform_arrays(EASTINGS, NORTHINGS, source, QgsCoordinateReferenceSystem("EPSG:4674"), "layer 'units'")
    message = str(caught.value)
    assert message.startswith("layer 'units': the coordinate reference system") and "\n" not in message


def test_points_read_in_a_qgis_task_with_a_crs_made_in_the_main_thread(qgis_app, utm_points):
    target = QgsCoordinateReferenceSystem("EPSG:4674")  # made here, used in the worker
    outcome = {}

    def work(task):
        outcome["thread"] = threading.current_thread()
        layer = QgsVectorLayer(utm_points, "units", "ogr")
        outcome["xy"] = read_points(layer, ["capacity_kw"], target)[:2]
        return True

    task = QgsTask.fromFunction("read points", work)
    QgsApplication.taskManager().addTask(task)
    for _ in range(3000):
        if "xy" in outcome or task.status() in (QgsTask.Complete, QgsTask.Terminated):
            break
        QCoreApplication.processEvents()
        threading.Event().wait(0.01)
    assert outcome.get("thread") not in (None, threading.main_thread())
    lon, lat = expected_degrees(EASTINGS, NORTHINGS)
    np.testing.assert_allclose(outcome["xy"][0], lon, atol=1e-9)
    np.testing.assert_allclose(outcome["xy"][1], lat, atol=1e-9)


def zones_with_a_hole_in_the_data():
    square = QgsGeometry.fromWkt("POLYGON((-49.3 -25.5, -49.2 -25.5, -49.2 -25.4, -49.3 -25.4, -49.3 -25.5))")
    return memory_layer("Polygon?crs=EPSG:4674", [("zone_id", "string"), ("gd_capacity_kw", "double")],
                        [(square, ["4106902", 100.0]), (QgsGeometry(), ["4205407", 50.0]),
                         (QgsGeometry.fromWkt("POLYGON EMPTY"), ["4314902", 10.0])], name="my zones")


def test_zone_table_names_the_zones_without_geometry(qgis_app):
    with pytest.raises(NetLoadError) as caught:
        zone_table(zones_with_a_hole_in_the_data(), "zone_id", "gd_capacity_kw")
    message = str(caught.value)
    assert "'my zones'" in message and "2 zone(s) have no geometry" in message
    assert "4205407" in message and "4314902" in message and "4106902" not in message


def test_estimate_gd_generation_names_the_zone_without_geometry(netload_provider):
    zones = zones_with_a_hole_in_the_data()
    irradiance = memory_layer("Point?crs=EPSG:4674", [("station", "string")],
                              [(QgsGeometry.fromPointXY(QgsPointXY(-49.25, -25.45)), ["POWER_-25.5_-49.0"])])
    with pytest.raises(QgsProcessingException, match=r"no geometry \(NULL or empty\): 4205407"):
        processing.run("netload:estimate_gd_generation", {
            "ZONES": zones, "ZONE_ID": "zone_id", "CAPACITY_FIELD": "gd_capacity_kw", "IRRADIANCE": irradiance,
            "IRRADIANCE_MODE": 0, "START": "2024-01-01", "END": "2024-01-01", "OUTPUT": "memory:"})


def test_run_pipeline_names_the_zone_without_geometry_before_any_download(netload_provider, tmp_path):
    with pytest.raises(QgsProcessingException, match=r"no geometry \(NULL or empty\): 4205407"):
        processing.run("netload:run_pipeline", {
            "ZONES": zones_with_a_hole_in_the_data(), "ZONE_ID": "zone_id", "START": "2024-01-01",
            "END": "2024-01-01", "GD_URL": str(tmp_path / "absent.csv"), "OUTPUT_GPKG": str(tmp_path / "out.gpkg")})
