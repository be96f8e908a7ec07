"""netload:aggregate_gd gives the same counts and sums as QGIS's own algorithms on the same layers.

Zones: the real municipality polygons of Santa Catarina (IBGE GeoJSON) plus one deliberately
invalid (self-intersecting "bow tie") zone; points: generated uniformly over the state's bounding
box, so many fall outside every zone. QGIS's natives are given the same zones repaired with
native:fixgeometries (aggregate_gd repairs with makeValid itself and reports it).
"""

import numpy as np
import processing
import pytest
from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsVectorLayer

from netload_plugin.compat import make_field

BOW_TIE = "POLYGON((-50.0 -27.0, -49.8 -26.8, -49.8 -27.0, -50.0 -26.8, -50.0 -27.0))"


@pytest.fixture(scope="module")
def zones(shared_data):
    source = QgsVectorLayer(str(shared_data / "ibge" / "municipios_geojson" / "geojs-42-mun.json"), "sc", "ogr")
    layer = QgsVectorLayer("MultiPolygon?crs=EPSG:4326", "zones", "memory")
    provider = layer.dataProvider()
    provider.addAttributes([make_field("ibge_code", "string")])
    layer.updateFields()
    features = []
    for municipality in source.getFeatures():
        feature = QgsFeature(layer.fields())
        feature.setGeometry(municipality.geometry())
        feature.setAttributes([str(municipality["id"])])
        features.append(feature)
    bow_tie = QgsFeature(layer.fields())
    bow_tie.setGeometry(QgsGeometry.fromWkt(BOW_TIE))
    bow_tie.setAttributes(["bowtie"])
    features.append(bow_tie)
    provider.addFeatures(features)
    assert not bow_tie.geometry().isGeosValid()
    return layer


@pytest.fixture(scope="module")
def points(zones):
    rng = np.random.default_rng(11)
    extent = zones.extent()
    n = 20_000
    xs = rng.uniform(extent.xMinimum() - 0.3, extent.xMaximum() + 0.3, n)
    ys = rng.uniform(extent.yMinimum() - 0.3, extent.yMaximum() + 0.3, n)
    capacity = np.round(rng.lognormal(2.0, 0.8, n), 2)
    layer = QgsVectorLayer("Point?crs=EPSG:4326", "gd", "memory")
    layer.dataProvider().addAttributes([make_field("capacity_kw", "double"), make_field("generation_type", "string")])
    layer.updateFields()
    features = []
    for x, y, c in zip(xs, ys, capacity):
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, y)))
        feature.setAttributes([float(c), "UFV"])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def test_same_counts_and_sums_as_qgis(netload_provider, zones, points):
    ours = processing.run("netload:aggregate_gd", {"GD_UNITS": points, "ZONES": zones, "METHOD": 0,
                                                   "OUTPUT": "memory:", "OUTSIDE": "memory:"})
    assert ours["REPAIRED_ZONES"] == 1
    fixed = processing.run("native:fixgeometries", {"INPUT": zones, "OUTPUT": "memory:"})["OUTPUT"]
    counted = processing.run("native:countpointsinpolygon", {"POLYGONS": fixed, "POINTS": points, "FIELD": "n", "OUTPUT": "memory:"})["OUTPUT"]
    summed = processing.run("qgis:joinbylocationsummary", {
        "INPUT": fixed, "JOIN": points, "PREDICATE": [1], "JOIN_FIELDS": ["capacity_kw"], "SUMMARIES": [5],
        "DISCARD_NONMATCHING": False, "OUTPUT": "memory:"})["OUTPUT"]  # predicate 1 = contains, summary 5 = sum
    ours_rows = {f["ibge_code"]: (f["gd_units"], f["gd_capacity_kw"], f["cap_ufv_kw"]) for f in ours["OUTPUT"].getFeatures()}
    native_counts = {f["ibge_code"]: f["n"] for f in counted.getFeatures()}
    native_sums = {f["ibge_code"]: (f["capacity_kw_sum"] or 0.0) for f in summed.getFeatures()}
    assert set(ours_rows) == set(native_counts) and len(ours_rows) == zones.featureCount()
    assert {k: v[0] for k, v in ours_rows.items()} == native_counts
    for key, (count, capacity, ufv) in ours_rows.items():
        assert capacity == pytest.approx(native_sums[key], abs=1e-6)
        assert ufv == pytest.approx(capacity)
    assert ours_rows["bowtie"][0] > 0  # the repaired zone does receive its points
    # points outside every zone, counted the way QGIS's join sees them (no matching zone)
    joined = processing.run("native:joinattributesbylocation", {
        "INPUT": points, "JOIN": fixed, "PREDICATE": [5], "JOIN_FIELDS": ["ibge_code"], "METHOD": 0,
        "DISCARD_NONMATCHING": False, "OUTPUT": "memory:"})["OUTPUT"]  # predicate 5 = within
    unmatched = sum(1 for f in joined.getFeatures() if f["ibge_code"] in (None, "") or (hasattr(f["ibge_code"], "isNull") and f["ibge_code"].isNull()))
    assert ours["OUTSIDE_COUNT"] == unmatched > 1000
    assert ours["OUTSIDE"].featureCount() == unmatched


def test_by_ibge_code(netload_provider, zones):
    layer = QgsVectorLayer("Point?crs=EPSG:4326", "gd", "memory")
    layer.dataProvider().addAttributes([make_field("capacity_kw", "double"), make_field("ibge_code", "string")])
    layer.updateFields()
    rows = [(5.0, "4205407"), (7.0, "420540"), (3.0, "4205407"), (9.0, "9999999")]  # 420540 completes to 4205407
    features = []
    for capacity, code in rows:
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(0, 0)))  # location ignored by this method
        feature.setAttributes([capacity, code])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    result = processing.run("netload:aggregate_gd", {"GD_UNITS": layer, "ZONES": zones, "METHOD": 1, "ZONE_ID": "ibge_code", "OUTPUT": "memory:"})
    florianopolis = next(f for f in result["OUTPUT"].getFeatures() if f["ibge_code"] == "4205407")
    assert (florianopolis["gd_units"], florianopolis["gd_capacity_kw"]) == (3, 15.0)
    assert result["OUTSIDE_COUNT"] == 1
