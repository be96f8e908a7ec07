"""station_interpolation and the daily mode: values come from the stations or cells that have a value
*at that time* (issue 12's silent loss), with every substitution counted.

Expected values are written by hand from the inputs of each test.
"""
import numpy as np
import pytest

from netload_plugin.core import nasa_power, zone_generation
from netload_plugin.core.daily_shaping import local_solar_days
from netload_plugin.core.geodesy import haversine_km
from netload_plugin.core.station_interpolation import interpolate, neighbours

# Three stations on a meridian, a zone at the first one's latitude + 0.1°: distances ≈ 11, 100, 211 km.
STATION_LAT, STATION_LON = np.array([-25.0, -25.9, -26.9]), np.array([-50.0, -50.0, -50.0])
ZONE_LAT, ZONE_LON = np.array([-24.9]), np.array([-50.0])


def test_nearest_station_with_a_value_at_each_time():
    values = np.array([[1.0, 2.0, 3.0],
                       [np.nan, 2.0, 3.0],
                       [np.nan, np.nan, 3.0],
                       [np.nan, np.nan, np.nan]])
    found = interpolate(values, neighbours(ZONE_LAT, ZONE_LON, STATION_LAT, STATION_LON), "nearest")
    assert found.values[:3, 0].tolist() == [1.0, 2.0, 3.0] and np.isnan(found.values[3, 0])
    assert found.substituted.tolist() == [2] and found.missing.tolist() == [1]


def test_nearest_within_reach_only():
    values = np.array([[np.nan, np.nan, 3.0]])
    near = neighbours(ZONE_LAT, ZONE_LON, STATION_LAT, STATION_LON, max_distance_km=150.0)
    found = interpolate(values, near, "nearest")
    assert np.isnan(found.values[0, 0]) and found.missing.tolist() == [1]
    assert near.nearest.tolist() == [0]


def test_idw_renormalises_over_the_stations_with_a_value_and_falls_back_to_the_nearest():
    near = neighbours(ZONE_LAT, ZONE_LON, STATION_LAT, STATION_LON)
    d0, d1 = (haversine_km(-50.0, -24.9, -50.0, lat) for lat in (-25.0, -25.9))
    values = np.array([[10.0, 20.0, 99.0],       # stations 0 and 1 weighted, station 2 beyond 150 km
                       [np.nan, 20.0, 99.0],     # station 0 missing: station 1 alone
                       [np.nan, np.nan, 99.0]])  # none within 150 km: the nearest with a value
    found = interpolate(values, near, "idw", radius_km=150.0)
    expected = (10 / d0 ** 2 + 20 / d1 ** 2) / (1 / d0 ** 2 + 1 / d1 ** 2)
    assert found.values[0, 0] == pytest.approx(expected)
    assert found.values[1:, 0].tolist() == [20.0, 99.0]
    assert found.substituted.tolist() == [2] and found.missing.tolist() == [0]


def _power_csv(rows) -> bytes:
    """A NASA POWER regional daily reply in the real layout (header block, LST days, −999 fill)."""
    head = ("-BEGIN HEADER-\nNASA/POWER Source Native Resolution Daily Data \n"
            "Dates (month/day/year): 01/01/2024 through 01/04/2024 in LST\nLocation: Regional \n"
            "The value for missing source data that cannot be computed or is outside of the sources "
            "availability range: -999 \nparameter(s): \nALLSKY_SFC_SW_DWN     CERES SYN1deg All Sky Surface "
            "Shortwave Downward Irradiance (kW-hr/m^2/day) \n-END HEADER-\nLAT,LON,YEAR,MO,DY,ALLSKY_SFC_SW_DWN\n")
    return (head + "".join(f"{lat},{lon},2024,1,{day},{value}\n" for lat, lon, day, value in rows)).encode()


@pytest.fixture
def switching_cells():
    """Cell A (−25.0, −50.0) holds days 1-2 only, cell B (−26.0, −50.0) days 3-4 only: the grid switch
    of NASA POWER's 2024 South file in miniature."""
    values = {("A", 1): 5.0, ("A", 2): 6.0, ("B", 3): 4.0, ("B", 4): 7.0}
    cells = {"A": (-25.0, -50.0), "B": (-26.0, -50.0)}
    rows = [(*cells[cell], day, values.get((cell, day), -999.0)) for cell in "AB" for day in range(1, 5)]
    return nasa_power.parse_power_csv(_power_csv(rows), "switch.csv")


def _daily_estimate(switching_cells, end, method="nearest"):
    points, series = switching_cells
    return zone_generation.estimate(ZONE_LAT, ZONE_LON, [1000.0], "2024-01-01", end, 60, zone_generation.MODE_DAILY,
                                    points["lat"], points["lon"], points["station"].tolist(), series, method=method)


@pytest.mark.parametrize("method, substituted", [("nearest", 2), ("idw", 4)])
def test_daily_mode_takes_each_day_from_the_cells_with_data_that_day(switching_cells, method, substituted):
    result = _daily_estimate(switching_cells, "2024-01-06", method)
    local_days = local_solar_days(result.times, ZONE_LON)[:, 0]
    totals = {str(day): result.ghi_wm2[local_days == day, 0].sum() / 1000 for day in np.unique(local_days)}
    # Whole local days 2-4 integrate to the cell that had data that day (A, then B).
    assert totals["2024-01-02"] == pytest.approx(6.0, rel=1e-5)
    assert totals["2024-01-03"] == pytest.approx(4.0, rel=1e-5)
    assert totals["2024-01-04"] == pytest.approx(7.0, rel=1e-5)
    # Nearest: A is the usual cell (11 km; B is 122 km away), so days 3 and 4 came from B. IDW: both cells
    # lie within 150 km and are the usual pair, so every day (served by one of them) counts.
    assert result.substituted == substituted
    assert any(f"{substituted} of 4 ({25 * substituted:.2f} %) zone-days came from farther" in note
               for note in result.notes)
    # Day 5 is not in the file: its daylight is NULL, and said so.
    gaps = np.isnan(result.generation_kw[:, 0])
    assert gaps.any() and set(local_days[gaps].astype(str)) == {"2024-01-05"}
    assert any(f"{gaps.sum()} of {len(result.times)} " in note and "daylight zone-intervals had no irradiance"
               in note for note in result.notes)


def test_an_early_day_does_not_depend_on_how_far_the_period_runs(switching_cells):
    short = _daily_estimate(switching_cells, "2024-01-03")
    long = _daily_estimate(switching_cells, "2024-01-05")
    np.testing.assert_array_equal(short.generation_kw, long.generation_kw[:len(short.times)])
    assert np.isfinite(short.generation_kw).all() and np.nansum(short.generation_kw) > 0
