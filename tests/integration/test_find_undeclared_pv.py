"""netload:find_undeclared_pv on hand-made roofs, GD units and zones (distances worked out by hand)."""

import numpy as np
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
        "Polygon?crs=EPSG:31983",
        [("roof_id", "int"), ("has_pv", "bool"), ("pv_kwp_est", "double")],
        [
            (
                QgsGeometry.fromRect(QgsGeometry.fromPointXY(QgsPointXY(x, y)).buffer(5, 4).boundingBox()),
                [roof_id, has_pv, kw],
            )
            for roof_id, x, y, has_pv, kw in ROOFS
        ],
        name="roofs",
    )


def units_layer():
    return memory_layer(
        "Point?crs=EPSG:31983",
        [("unit", "string"), ("capacity_kw", "double")],
        [(QgsGeometry.fromPointXY(QgsPointXY(x, y)), [name, kw]) for name, x, y, kw in UNITS],
        name="gd",
    )


def zones_layer(zones=ZONES):
    """Rectangular zones, each (zone_id, x0, y0, x1, y1) in UTM 23S."""
    return memory_layer(
        "Polygon?crs=EPSG:31983", [("zone_id", "string")],
        [(QgsGeometry.fromWkt(f"POLYGON(({x0} {y0},{x1} {y0},{x1} {y1},{x0} {y1},{x0} {y0}))"), [zone_id])
         for zone_id, x0, y0, x1, y1 in zones], name="zones")


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
    assert [
        zones["Z1"][k] for k in ("pv_roofs", "pv_roofs_kw", "undeclared_roofs", "gd_units", "gd_kw", "undeclared_kw")
    ] == [3, 18.5, 2, 1, 4.0, 14.5]
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


# Four zones tiling 299,000..302,000 x 7,499,000..7,503,000 (UTM 23S): borders x = 300,500 and y = 7,501,000.
TILES = [("SW", 299_000, 7_499_000, 300_500, 7_501_000), ("SE", 300_500, 7_499_000, 302_000, 7_501_000),
         ("NW", 299_000, 7_501_000, 300_500, 7_503_000), ("NE", 300_500, 7_501_000, 302_000, 7_503_000)]
ON_BORDERS = [  # roof_id, x, y, the zone by the rule "north of the border, then east", worked out by hand
    (1, 300_000, 7_501_000, "NW"),  # on the SW | NW border
    (2, 300_500, 7_500_000, "SE"),  # on the SW | SE border
    (3, 300_500, 7_501_000, "NE"),  # on the corner the four zones share
    (4, 299_000, 7_500_000, "SW"),  # on the outer west edge: inside
    (5, 302_000, 7_500_000, None),  # on the outer east edge: outside every zone
]


def test_points_on_zone_borders_follow_the_one_boundary_rule(netload_provider, tmp_path):
    """Roofs and GD units exactly on borders: each in exactly one zone, the same one aggregate_gd picks."""
    import processing

    roofs = memory_layer("Point?crs=EPSG:31983", [("roof_id", "int"), ("has_pv", "bool"), ("pv_kwp_est", "double")],
                         [(QgsGeometry.fromPointXY(QgsPointXY(x, y)), [roof_id, True, 1.0])
                          for roof_id, x, y, _ in ON_BORDERS], name="roofs")
    units = memory_layer("Point?crs=EPSG:31983", [("unit", "int"), ("capacity_kw", "double")],
                         [(QgsGeometry.fromPointXY(QgsPointXY(x, y)), [roof_id, 1.0])
                          for roof_id, x, y, _ in ON_BORDERS], name="gd")
    result = processing.run("netload:find_undeclared_pv", {
        "ROOFTOPS": roofs, "GD_UNITS": units, "SEARCH_DISTANCE": 0.0,
        "ZONES": zones_layer(TILES), "ZONE_ID": "zone_id",
        "OUTPUT": str(tmp_path / "roofs.gpkg"), "OUTPUT_ZONES": str(tmp_path / "zones.gpkg")})
    found = {f["roof_id"]: f["zone"] for f in QgsVectorLayer(result["OUTPUT"], "r", "ogr").getFeatures()}
    assert {roof_id: (None if zone is None or str(zone) == "NULL" else zone) for roof_id, zone in found.items()} == \
        {roof_id: zone for roof_id, _, _, zone in ON_BORDERS}

    expected_units = {"SW": 1, "SE": 1, "NW": 1, "NE": 1}  # unit 5 on the outer east edge counts nowhere
    zones = {f["zone_id"]: f["gd_units"] for f in QgsVectorLayer(result["OUTPUT_ZONES"], "z", "ogr").getFeatures()}
    assert zones == expected_units
    aggregated = processing.run("netload:aggregate_gd", {"GD_UNITS": units, "ZONES": zones_layer(TILES), "METHOD": 0,
                                                         "OUTPUT": "memory:"})
    assert {f["zone_id"]: f["gd_units"] for f in aggregated["OUTPUT"].getFeatures()} == expected_units


def meridian_arc_m(lat1_deg: float, lat2_deg: float) -> float:
    """Distance along a meridian of GRS 80 (Simpson's rule on the meridian radius of curvature)."""
    a, f = 6_378_137.0, 1 / 298.257222101
    e2 = f * (2 - f)
    phi = np.radians(np.linspace(lat1_deg, lat2_deg, 2001))
    radius = a * (1 - e2) / (1 - e2 * np.sin(phi) ** 2) ** 1.5
    step = phi[1] - phi[0]
    return float(step / 3 * (radius[0] + radius[-1] + 4 * radius[1:-1:2].sum() + 2 * radius[2:-1:2].sum()))


@pytest.mark.parametrize("factor, status", [(1 + 1e-5, "declared"), (1 - 1e-5, "undeclared")])
def test_search_distance_boundary(netload_provider, tmp_path, factor, status):
    """A unit 600 m due north of a roof (by the meridian arc): 6 mm more distance matches it, 6 mm less does not."""
    import processing

    lon, lat_roof, lat_unit = -47.0, -23.5, -23.5 + 600 / 111_000
    metres = meridian_arc_m(lat_roof, lat_unit)
    assert 590 < metres < 610
    roofs = memory_layer("Point?crs=EPSG:4674", [("has_pv", "bool"), ("pv_kwp_est", "double")],
                         [(QgsGeometry.fromPointXY(QgsPointXY(lon, lat_roof)), [True, 5.0])], name="roofs")
    units = memory_layer("Point?crs=EPSG:4674", [("capacity_kw", "double")],
                         [(QgsGeometry.fromPointXY(QgsPointXY(lon, lat_unit)), [5.0])], name="gd")
    result = processing.run("netload:find_undeclared_pv", {
        "ROOFTOPS": roofs, "GD_UNITS": units, "SEARCH_DISTANCE": metres * factor, "OUTPUT": str(tmp_path / "r.gpkg")})
    [roof] = QgsVectorLayer(result["OUTPUT"], "r", "ogr").getFeatures()
    assert roof["status"] == status
    if status == "declared":
        assert roof["nearest_gd_m"] == pytest.approx(metres, abs=1e-3)
