"""netload:aggregate_gd gives the same counts and sums as QGIS's own algorithms on the same layers.

Zones: the real municipality polygons of Santa Catarina (IBGE, from the demo's GeoPackage) plus one deliberately
invalid (self-intersecting "bow tie") zone; points: generated uniformly over the state's bounding
box, so many fall outside every zone. QGIS's natives are given the same zones repaired with
native:fixgeometries (aggregate_gd repairs with makeValid itself and reports it).
"""

import numpy as np
import processing
import pytest
from qgis.core import QgsGeometry, QgsPointXY, QgsVectorLayer

from tests.support.layers import memory_layer

BOW_TIE = "POLYGON((-50.0 -27.0, -49.8 -26.8, -49.8 -27.0, -50.0 -26.8, -50.0 -27.0))"


@pytest.fixture(scope="module")
def zones(repo_root):
    source = QgsVectorLayer(str(repo_root / "demo" / "municipalities_PR_SC_RS.gpkg"), "sc", "ogr")
    bow_tie = QgsGeometry.fromWkt(BOW_TIE)
    assert not bow_tie.isGeosValid()
    rows = [(municipality.geometry(), [municipality["ibge_code"]]) for municipality in source.getFeatures()
            if municipality["ibge_code"].startswith("42")]  # Santa Catarina
    return memory_layer("MultiPolygon?crs=EPSG:4326", [("ibge_code", "string")], rows + [(bow_tie, ["bowtie"])],
                        name="zones")


@pytest.fixture(scope="module")
def points(zones):
    rng = np.random.default_rng(11)
    extent = zones.extent()
    n = 20_000
    xs = rng.uniform(extent.xMinimum() - 0.3, extent.xMaximum() + 0.3, n)
    ys = rng.uniform(extent.yMinimum() - 0.3, extent.yMaximum() + 0.3, n)
    capacity = np.round(rng.lognormal(2.0, 0.8, n), 2)
    return memory_layer(
        "Point?crs=EPSG:4326",
        [("capacity_kw", "double"), ("generation_type", "string")],
        [(QgsGeometry.fromPointXY(QgsPointXY(x, y)), [float(c), "UFV"]) for x, y, c in zip(xs, ys, capacity)],
        name="gd",
    )


def test_same_counts_and_sums_as_qgis(netload_provider, zones, points):
    ours = processing.run("netload:aggregate_gd", {"GD_UNITS": points, "ZONES": zones, "METHOD": 0,
                                                   "OUTPUT": "memory:", "OUTSIDE": "memory:"})
    assert ours["REPAIRED_ZONES"] == 1
    fixed = processing.run("native:fixgeometries", {"INPUT": zones, "OUTPUT": "memory:"})["OUTPUT"]
    counted = processing.run(
        "native:countpointsinpolygon", {"POLYGONS": fixed, "POINTS": points, "FIELD": "n", "OUTPUT": "memory:"}
    )["OUTPUT"]
    summed = processing.run("qgis:joinbylocationsummary", {
        "INPUT": fixed, "JOIN": points, "PREDICATE": [1], "JOIN_FIELDS": ["capacity_kw"], "SUMMARIES": [5],
        "DISCARD_NONMATCHING": False, "OUTPUT": "memory:"})["OUTPUT"]  # predicate 1 = contains, summary 5 = sum
    ours_rows = {
        f["ibge_code"]: (f["gd_units"], f["gd_capacity_kw"], f["cap_ufv_kw"]) for f in ours["OUTPUT"].getFeatures()
    }
    native_counts = {f["ibge_code"]: f["n"] for f in counted.getFeatures()}
    native_sums = {f["ibge_code"]: (f["capacity_kw_sum"] or 0.0) for f in summed.getFeatures()}
    assert set(ours_rows) == set(native_counts) and len(ours_rows) == zones.featureCount()
    assert {k: v[0] for k, v in ours_rows.items()} == native_counts
    for key, (_, capacity, ufv) in ours_rows.items():
        assert capacity == pytest.approx(native_sums[key], abs=1e-6)
        assert ufv == pytest.approx(capacity)
    assert ours_rows["bowtie"][0] > 0  # the repaired zone does receive its points
    # points outside every zone, counted the way QGIS's join sees them (no matching zone)
    joined = processing.run("native:joinattributesbylocation", {
        "INPUT": points, "JOIN": fixed, "PREDICATE": [5], "JOIN_FIELDS": ["ibge_code"], "METHOD": 0,
        "DISCARD_NONMATCHING": False, "OUTPUT": "memory:"})["OUTPUT"]  # predicate 5 = within
    unmatched = sum(
        1
        for f in joined.getFeatures()
        if f["ibge_code"] in (None, "") or (hasattr(f["ibge_code"], "isNull") and f["ibge_code"].isNull())
    )
    assert ours["OUTSIDE_COUNT"] == unmatched > 1000
    assert ours["OUTSIDE"].featureCount() == unmatched


def test_by_ibge_code(netload_provider, zones):
    rows = [(5.0, "4205407"), (7.0, "420540"), (3.0, "4205407"), (9.0, "9999999")]  # 420540 completes to 4205407
    nowhere = QgsGeometry.fromPointXY(QgsPointXY(0, 0))  # location ignored by this method
    layer = memory_layer("Point?crs=EPSG:4326", [("capacity_kw", "double"), ("ibge_code", "string")],
                         [(nowhere, [capacity, code]) for capacity, code in rows], name="gd")
    result = processing.run(
        "netload:aggregate_gd",
        {"GD_UNITS": layer, "ZONES": zones, "METHOD": 1, "ZONE_ID": "ibge_code", "OUTPUT": "memory:"},
    )
    florianopolis = next(f for f in result["OUTPUT"].getFeatures() if f["ibge_code"] == "4205407")
    assert (florianopolis["gd_units"], florianopolis["gd_capacity_kw"]) == (3, 15.0)
    assert result["OUTSIDE_COUNT"] == 1
