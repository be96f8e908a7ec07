"""netload:aggregate_gd run headless through qgis_process with --json."""

from osgeo import ogr, osr

from tests.headless.conftest import REPO

DEMO_ZONES = REPO / "demo" / "municipalities_PR_SC_RS.gpkg"
CODES = {"4106902": 2, "4205407": 1, "4314902": 3}  # Curitiba, Florianópolis, Porto Alegre: units per town


def write_units(path):
    """GD points on the surface of three municipalities (plus one in the Atlantic), in EPSG:4674."""
    source = ogr.Open(str(DEMO_ZONES))  # keep the dataset alive while its layer is read
    zones = source.GetLayer(0)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4674)
    dataset = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    layer = dataset.CreateLayer("gd_units", srs, ogr.wkbPoint)
    layer.CreateField(ogr.FieldDefn("capacity_kw", ogr.OFTReal))
    points = []
    for feature in zones:
        if feature.GetField("ibge_code") in CODES:
            surface = feature.GetGeometryRef().PointOnSurface()
            points += [(surface.GetX(), surface.GetY())] * CODES[feature.GetField("ibge_code")]
    points.append((-40.0, -30.0))
    for x, y in points:
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetField("capacity_kw", 10.0)
        feature.SetGeometry(ogr.CreateGeometryFromWkt(f"POINT ({x} {y})"))
        layer.CreateFeature(feature)
    dataset = None


def test_aggregate_gd_json(netload_process, tmp_path):
    units = tmp_path / "units.gpkg"
    write_units(units)
    output = tmp_path / "zones.gpkg"
    reply = netload_process.run_json("netload:aggregate_gd", GD_UNITS=units, ZONES=DEMO_ZONES, METHOD=0, OUTPUT=output)
    assert reply["results"]["OUTSIDE_COUNT"] == 1
    result = ogr.Open(str(output))
    layer = result.GetLayer(0)
    counts = {
        f.GetField("ibge_code"): (f.GetField("gd_units"), f.GetField("gd_capacity_kw"))
        for f in layer
        if f.GetField("gd_units")
    }
    assert counts == {code: (n, 10.0 * n) for code, n in CODES.items()}
