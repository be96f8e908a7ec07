"""netload:estimate_gd_generation with the LABREN climatology, static and growing fleets.

Expected values come from the source file, not from the model: each day's irradiance must add up
to the LABREN monthly mean of the nearest atlas cell (the ONS shaping method), and the capacity
of each day must be the capacity of the units connected by then.
"""

import processing
import pytest
from qgis.core import QgsGeometry, QgsPointXY

from tests.support.layers import memory_layer

MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def labren_cells(shared_data):
    """The first two cells of the LABREN excerpt: (id, lon, lat, monthly Wh/m²/day)."""
    lines = (
        (shared_data / "inpe_labren" / "global_horizontal_means_SP_excerpt_MODIFIED.csv")
        .read_text(encoding="utf-8")
        .splitlines()
    )
    header = lines[0].split(";")
    cells = []
    for line in lines[1:3]:
        row = dict(zip(header, line.split(";")))
        cells.append((row["ID"], float(row["LON"]), float(row["LAT"]), [float(row[m.upper()]) for m in MONTHS]))
    return cells


@pytest.fixture
def inputs(shared_data):
    cells = labren_cells(shared_data)
    irradiance = memory_layer(
        "Point?crs=EPSG:4674",
        [("station", "string")] + [(f"ghi_{m}", "double") for m in MONTHS],
        [
            (QgsGeometry.fromPointXY(QgsPointXY(lon, lat)), [f"LABREN_{cid}", *monthly])
            for cid, lon, lat, monthly in cells
        ],
    )
    (_, lon, lat, monthly) = cells[0]
    west, east, south, north = lon - 0.02, lon + 0.02, lat - 0.02, lat + 0.02
    square = QgsGeometry.fromWkt(
        f"POLYGON(({west} {south}, {east} {south}, {east} {north}, {west} {north}, {west} {south}))"
    )
    zones = memory_layer(
        "Polygon?crs=EPSG:4674", [("zone_id", "string"), ("gd_capacity_kw", "double")], [(square, ["Z1", 1000.0])]
    )
    units = memory_layer("Point?crs=EPSG:4674", [("capacity_kw", "double"), ("connected_on", "date")], [
        (QgsGeometry.fromPointXY(QgsPointXY(lon, lat)), [600.0, "2020-01-01"]),
        (QgsGeometry.fromPointXY(QgsPointXY(lon + 0.01, lat)), [400.0, "2024-01-03"]),
    ])
    return zones, irradiance, units, monthly


def test_labren_climatology_daily_energy_and_fleet_growth(netload_provider, inputs):
    zones, irradiance, units, monthly = inputs
    result = processing.run("netload:estimate_gd_generation", {
        "ZONES": zones, "IRRADIANCE": irradiance, "IRRADIANCE_MODE": 4, "START": "2024-01-01", "END": "2024-01-04",
        "GD_UNITS": units, "OUTPUT": "memory:", "OUTPUT_ZONES": "memory:"})
    rows = sorted(
        (f["time_utc"].toPyDateTime(), f["ghi_wm2"], f["generation_mw"], f["capacity_kw"])
        for f in result["OUTPUT"].getFeatures()
    )
    assert len(rows) == 4 * 24
    # the local solar day (UTC − 3.2 h here) from 04:00 UTC on Jan 2 to 03:00 on Jan 3 holds one whole day of sun
    day = [r for r in rows if (r[0].day == 2 and r[0].hour >= 4) or (r[0].day == 3 and r[0].hour < 4)]
    assert sum(r[1] for r in day) == pytest.approx(monthly[0], rel=0.01)  # Wh/m² over the day = LABREN January mean
    by_day = {r[0].day: r[3] for r in rows}
    assert by_day == {1: 600.0, 2: 600.0, 3: 1000.0, 4: 1000.0}  # the 400 kW unit joins on Jan 3
    assert all(r[2] == 0 for r in rows if r[1] == 0)  # no sun, no generation
    zone = next(result["OUTPUT_ZONES"].getFeatures())
    assert 0.10 < zone["capacity_factor"] < 0.30  # a January rooftop fleet in São Paulo state
    assert zone["generation_mwh"] == pytest.approx(sum(r[2] for r in rows), rel=1e-6)
