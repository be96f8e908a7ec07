"""netload:find_undeclared_pv on hand-made roofs, GD units and zones (distances worked out by hand)."""

import pytest
from qgis.core import QgsGeometry, QgsPointXY, QgsVectorLayer

from tests.support.layers import memory_layer

# Roofs and units in SIRGAS 2000 / UTM 23S, so distances are plain metres.
ROOFS = [  # roof_id, x, y, has_pv, pv_kwp_est
    (1, 300_000, 7_500_000, True, 7.5),    # unit A 400 m east, but A explains roof 3 (nearer): undeclared
    (2, 300_000, 7_502_000, True, 5.0),    # nearest unit A is 2.04 km away: undeclared
    (3, 300_300, 7_500_000, True, 6.0),    # 100 m from unit A: declared
    (4, 305_000, 7_500_000, False, 0.0),   # no PV
    (5, 305_100, 7_500_000, None, None),   # not classified
    (6, 305_200, 7_500_000, True, 10.0),   # unit B 900 m away: declared
]
UNITS = [("A", 300_400, 7_500_000, 4.0), ("B", 306_100, 7_500_000, 3.0), ("C", 309_000, 7_500_000, 50.0)]
ZONES = [("Z1", 299_000, 7_499_000, 302_000, 7_503_000), ("Z2", 304_000, 7_499_000, 310_000, 7_501_000)]


def roofs_layer():
    return memory_layer(
        "Polygon?crs=EPSG:31983", [("roof_id", "int"), ("has_pv", "bool"), ("pv_kwp_est", "double")],
        [(QgsGeometry.fromRect(QgsGeometry.fromPointXY(QgsPointXY(x, y)).buffer(5, 4).boundingBox()), [roof_id, has_pv, kw])
         for roof_id, x, y, has_pv, kw in ROOFS], name="roofs")


def units_layer():
    return memory_layer("Point?crs=EPSG:31983", [("unit", "string"), ("capacity_kw", "double")],
                        [(QgsGeometry.fromPointXY(QgsPointXY(x, y)), [name, kw]) for name, x, y, kw in UNITS], name="gd")


def zones_layer():
    return memory_layer(
        "Polygon?crs=EPSG:31983", [("zone_id", "string")],
        [(QgsGeometry.fromWkt(f"POLYGON(({x0} {y0},{x1} {y0},{x1} {y1},{x0} {y1},{x0} {y0}))"), [zone_id])
         for zone_id, x0, y0, x1, y1 in ZONES], name="zones")


def test_statuses_and_zone_excess(netload_provider, tmp_path):
    import processing

    result = processing.run("netload:find_undeclared_pv", {
        "ROOFTOPS": roofs_layer(), "GD_UNITS": units_layer(), "SEARCH_DISTANCE": 1000,
        "ZONES": zones_layer(), "ZONE_ID": "zone_id",
        "OUTPUT": str(tmp_path / "roofs.gpkg"), "OUTPUT_ZONES": str(tmp_path / "zones.gpkg"),
    })
    roofs = {f["roof_id"]: f for f in QgsVectorLayer(result["OUTPUT"], "r", "ogr").getFeatures()}
    assert {k: roofs[k]["status"] for k in roofs} == {
        1: "undeclared", 2: "undeclared", 3: "declared", 4: "no_pv", 5: "not_classified", 6: "declared"}
    assert roofs[3]["nearest_gd_m"] == pytest.approx(100.0, abs=0.5)  # UTM scale factor near 0.9997..1.0
    assert roofs[6]["nearest_gd_m"] == pytest.approx(900.0, abs=3.0)
    assert roofs[1]["zone"] == "Z1" and roofs[6]["zone"] == "Z2"

    zones = {f["zone_id"]: f for f in QgsVectorLayer(result["OUTPUT_ZONES"], "z", "ogr").getFeatures()}
    # Z1: roofs 1, 2, 3 with PV = 18.5 kW; unit A 4 kW -> 14.5 kW undeclared
    assert [zones["Z1"][k] for k in ("pv_roofs", "pv_roofs_kw", "undeclared_roofs", "gd_units", "gd_kw", "undeclared_kw")] \
        == [3, 18.5, 2, 1, 4.0, 14.5]
    # Z2: roof 6 (10 kW) against units B and C (53 kW): nothing undeclared
    assert zones["Z2"]["undeclared_kw"] == 0.0 and zones["Z2"]["gd_units"] == 2
    assert result["UNDECLARED"] == 2 and result["UNDECLARED_KW"] == 14.5


def test_larger_distance_declares_more(netload_provider, tmp_path):
    import processing

    result = processing.run("netload:find_undeclared_pv", {
        "ROOFTOPS": roofs_layer(), "GD_UNITS": units_layer(), "SEARCH_DISTANCE": 5000,
        "OUTPUT": str(tmp_path / "roofs.gpkg"),
    })
    # A→roof 3 (100 m), B→roof 6 (900 m), C→? roof 6 taken; roofs 1, 2 only reach A (taken): C is 9 km away
    assert result["DECLARED"] == 2 and result["UNDECLARED"] == 2
