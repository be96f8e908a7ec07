"""The generation chain: time grids, irradiance shaping (conservation), stations, and the generation contract."""
import numpy as np
import pytest

from netload_plugin.core import daily_shaping, generation, model_grid, station_interpolation
from netload_plugin.core.fleet_orientation import ROOFS
from netload_plugin.core.geodesy import haversine_km
from netload_plugin.core.pv_system import PVParameters, pvwatts_ac

LAT = np.array([-3.10, -15.79, -30.03])
LON = np.array([-60.02, -47.93, -51.23])


def test_hourly_times_are_interval_starts_end_exclusive():
    times = model_grid.hourly_times("2024-01-01", "2025-01-01")
    assert len(times) == 366 * 24
    assert times[0] == np.datetime64("2024-01-01T00:00:00")
    assert times[-1] == np.datetime64("2024-12-31T23:00:00")
    half = model_grid.hourly_times("2024-03-01T00:00Z", "2024-03-02T00:00Z", step_minutes=30)
    assert len(half) == 48
    with pytest.raises(ValueError):
        model_grid.hourly_times("2024-01-02", "2024-01-01")
    with pytest.raises(ValueError):
        model_grid.hourly_times("2024-01-01", "2024-01-02", step_minutes=7)


@pytest.mark.parametrize("step_minutes", [60, 30])
def test_daily_totals_integrate_back_to_each_day(step_minutes):
    times = model_grid.hourly_times("2024-01-01", "2024-02-01", step_minutes)
    days = np.arange(np.datetime64("2023-12-31"), np.datetime64("2024-02-02"))
    rng = np.random.default_rng(3)
    totals = rng.uniform(1.0, 8.0, size=(days.size, LAT.size))
    ghi = daily_shaping.ghi_from_daily_totals(times, LAT, LON, totals, days)
    local_days = daily_shaping.local_solar_days(times, LON)
    hours = step_minutes / 60.0
    for zone in range(LAT.size):
        for day_index, day in enumerate(days):
            rows = local_days[:, zone] == day
            # Days wholly inside the period: the intervals sum (Wh) to the total (kWh × 1000).
            if day >= np.datetime64("2024-01-01") and day <= np.datetime64("2024-01-30"):
                assert ghi[rows, zone].sum() * hours == pytest.approx(totals[day_index, zone] * 1000,
                                                                      rel=1e-5)
            # A day cut by the period's edges is never inflated.
            assert ghi[rows, zone].sum() * hours <= totals[day_index, zone] * 1000 * (1 + 1e-5)
    assert np.all(ghi >= 0)


def test_daily_shape_follows_the_sun():
    times = model_grid.hourly_times("2024-06-10", "2024-06-11")
    ghi = daily_shaping.ghi_from_daily_totals(times, [-15.79], [-47.93], [[5.0]], ["2024-06-10"])[:, 0]
    # Brasília: solar noon ≈ 15:11 UTC; night hours are zero, the peak is the hour around noon.
    assert np.argmax(ghi) == 15
    assert ghi[0:9].max() == 0 and ghi[23] == 0


def test_missing_days_and_sentinels_give_nan():
    times = model_grid.hourly_times("2024-01-01", "2024-01-04")
    days = np.array(["2024-01-01", "2024-01-02"], dtype="datetime64[D]")
    totals = np.array([[5.0], [-999.0]])
    ghi = daily_shaping.ghi_from_daily_totals(times, [-30.03], [-51.23], totals, days)[:, 0]
    local_days = daily_shaping.local_solar_days(times, [-51.23])[:, 0]
    assert np.all(np.isfinite(ghi[local_days == np.datetime64("2024-01-01")]))
    day2 = local_days == np.datetime64("2024-01-02")
    assert np.all(np.isnan(ghi[day2][10:14])) and np.all(ghi[day2][:3] == 0)
    assert np.isnan(ghi[local_days == np.datetime64("2024-01-03")]).any()


def test_monthly_climatology_gives_each_day_its_month_mean():
    times = model_grid.hourly_times("2023-01-01", "2024-01-01")
    monthly = np.linspace(3000, 6300, 12)[:, None] * np.array([1.0, 0.9, 1.1])[None, :]
    ghi = daily_shaping.ghi_from_monthly_climatology(times, LAT, LON, monthly)
    local_days = daily_shaping.local_solar_days(times, LON)
    for zone in range(LAT.size):
        for day in ["2023-02-14", "2023-07-01", "2023-11-30"]:
            rows = local_days[:, zone] == np.datetime64(day)
            month = int(day[5:7]) - 1
            assert ghi[rows, zone].sum() == pytest.approx(monthly[month, zone], rel=1e-5)


def test_stations_nearest_with_night_zeros_gaps_and_fallback():
    times = model_grid.hourly_times("2024-01-10T00:00", "2024-01-11T00:00")
    station_lat, station_lon = np.array([-15.79, -16.50]), np.array([-47.93, -47.93])
    series = np.full((24, 2), np.nan)
    series[12:20, 0] = 500.0   # station 0 reports only 12-19 UTC; night values stay empty
    series[9:22, 1] = 300.0    # station 1 (79 km south) reports the whole day
    series[14, 0] = np.nan     # a daytime gap at the nearest station
    zones_lat, zones_lon = np.array([-15.80, -15.80, -5.0]), np.array([-47.90, -47.90, -47.9])
    fallback = np.full((24, 3), 123.0)
    result = station_interpolation.ghi_from_stations(times, zones_lat, zones_lon, station_lat, station_lon,
                                          series, method="nearest", radius_km=150,
                                          fallback_ghi_wm2=fallback)
    ghi = result.ghi_wm2
    assert ghi[13, 0] == 500.0
    assert ghi[14, 0] == 300.0                 # gap → next-nearest station within the radius
    assert ghi[10, 0] == 300.0                 # daylight, station 0 empty → station 1
    assert ghi[2, 0] == 0.0                    # night: empty means zero
    assert result.nearest_station.tolist() == [0, 0, -1]
    assert result.station_weights.tolist() == [[1.0, 0.0], [1.0, 0.0], [0.0, 0.0]]
    assert result.stations_in_radius.tolist() == [2, 2, 0]
    assert np.isnan(result.nearest_distance_km[2])
    assert result.nearest_distance_km[0] == pytest.approx(
        haversine_km(-47.90, -15.80, -47.93, -15.79))
    # Zone 2 has no station: daylight from the fallback, night zero.
    sun_up = ghi[:, 2] != 0
    assert np.all(ghi[sun_up, 2] == 123.0) and result.fallback_intervals[2] == sun_up.sum() > 0


def test_stations_idw_weights_by_inverse_square_distance():
    times = model_grid.hourly_times("2024-01-10T14:00", "2024-01-10T16:00")
    station_lat, station_lon = np.array([-15.0, -16.0]), np.array([-48.0, -48.0])
    series = np.array([[400.0, 800.0], [400.0, np.nan]])
    zone_lat, zone_lon = np.array([-15.25]), np.array([-48.0])
    result = station_interpolation.ghi_from_stations(times, zone_lat, zone_lon, station_lat, station_lon, series,
                                          method="idw", radius_km=200)
    d0 = haversine_km(-48.0, -15.25, -48.0, -15.0)
    d1 = haversine_km(-48.0, -15.25, -48.0, -16.0)
    expected = (400 / d0 ** 2 + 800 / d1 ** 2) / (1 / d0 ** 2 + 1 / d1 ** 2)
    assert result.ghi_wm2[0, 0] == pytest.approx(expected, rel=1e-5)
    assert result.ghi_wm2[1, 0] == pytest.approx(400.0)   # the gap drops out of the weights
    np.testing.assert_allclose(result.station_weights[0],
                               np.array([1 / d0 ** 2, 1 / d1 ** 2]) / (1 / d0 ** 2 + 1 / d1 ** 2))


def test_generation_scales_with_a_growing_fleet_and_never_exceeds_capacity():
    times = model_grid.hourly_times("2024-01-01", "2024-01-08")
    ghi = daily_shaping.ghi_from_daily_totals(times, LAT, LON, np.full((9, 3), 7.5),
                                           np.arange(np.datetime64("2023-12-31"),
                                                     np.datetime64("2024-01-09")))
    base = generation.generation_kw(times, LAT, LON, [1.0, 1.0, 1.0], ghi)
    growing = np.linspace(10, 20, len(times))[:, None] * np.ones((1, 3))
    scaled = generation.generation_kw(times, LAT, LON, growing, ghi)
    np.testing.assert_allclose(scaled, base * growing, rtol=1e-5)
    clipped = generation.generation_kw(times, LAT, LON, [1.0, 1.0, 1.0], ghi * 1.6,
                                       params=PVParameters(dc_ac_ratio=1.6))
    assert clipped.max() <= 1.0 + 1e-6 and clipped.max() > 0.99
    assert np.all(base >= 0) and base.dtype == np.float32


def test_nan_irradiance_stays_nan_and_shapes_are_checked():
    times = model_grid.hourly_times("2024-01-01", "2024-01-02")
    ghi = np.full((24, 3), 400.0)
    ghi[15, 1] = np.nan
    out = generation.generation_kw(times, LAT, LON, [1, 1, 1], ghi)
    assert np.isnan(out[15, 1]) and np.isfinite(out[15, 0])
    with pytest.raises(ValueError):
        generation.generation_kw(times, LAT, LON, [1, 1, 1], ghi[:, :2])
    with pytest.raises(ValueError):
        generation.generation_kw(times, [-91.0, 0, 0], LON, [1, 1, 1], ghi)


def test_pvwatts_inverter_by_hand():
    # ζ = 0.5: η = 0.96/0.9637 · (−0.0162·0.5 − 0.0059/0.5 + 0.9858)
    pdc0 = 1.0 / 0.96
    pdc = 0.5 * pdc0
    efficiency = 0.96 / 0.9637 * (-0.0162 * 0.5 - 0.0059 / 0.5 + 0.9858)
    assert pvwatts_ac(np.array([pdc]), 1.0)[0] == pytest.approx(efficiency * pdc)
    assert pvwatts_ac(np.array([2.0]), 1.0)[0] == 1.0
    assert pvwatts_ac(np.array([0.0]), 1.0)[0] == 0.0


def test_parameters_validate_and_default_orientation_is_the_fleet_of_roofs():
    params = PVParameters()
    assert params.orientation is ROOFS and params.planes() == ROOFS.planes
    one_plane = PVParameters(orientation=None)
    np.testing.assert_allclose(one_plane.planes()[0].tilts_for([-23.5, 2.0]), [23.5, 2.0])   # |latitude|
    assert PVParameters(orientation=None, tilt_deg=10).planes()[0].tilts_for([-23.5]).tolist() == [10.0]
    assert params.losses_percent == pytest.approx(14.08, abs=0.01)
    with pytest.raises(ValueError):
        PVParameters(sky_model="perez-ish")
    with pytest.raises(ValueError):
        PVParameters(dc_ac_ratio=0)
    with pytest.raises(ValueError, match="not both"):
        PVParameters(tilt_deg=10)                       # a tilt with the fleet: refused, not ignored


def test_one_dimensional_capacity_is_per_zone_even_when_times_equal_zones():
    times = model_grid.hourly_times("2024-01-01T12:00", "2024-01-01T15:00")   # 3 times, 3 zones
    ghi = np.full((3, 3), 600.0)
    per_zone = generation.generation_kw(times, LAT, LON, [1.0, 2.0, 4.0], ghi)
    unit = generation.generation_kw(times, LAT, LON, [1.0, 1.0, 1.0], ghi)
    np.testing.assert_allclose(per_zone, unit * np.array([1.0, 2.0, 4.0])[None, :], rtol=1e-6)
    per_time = generation.generation_kw(times, LAT, LON, np.array([[1.0], [2.0], [4.0]]), ghi)
    np.testing.assert_allclose(per_time, unit * np.array([[1.0], [2.0], [4.0]]), rtol=1e-6)


@pytest.mark.parametrize("month", ["2023-01", "2023-06"])
def test_midpoint_sun_is_within_1_percent_of_minute_resolution(month):
    """Hourly intervals evaluated at their midpoint vs the mean of 60 one-minute evaluations (the
    interval mean the hour stands for), under clear skies: daily energy and hourly power agree."""
    from netload_plugin.core.clearsky import clearsky_ghi
    minutes = model_grid.hourly_times(month + "-01", month + "-08", step_minutes=1)
    ghi_minutes = clearsky_ghi(minutes + np.timedelta64(30, "s"), LAT, LON)
    reference = generation.generation_kw(minutes, LAT, LON, [1, 1, 1], ghi_minutes)
    reference = reference.reshape(-1, 60, 3).mean(axis=1)
    hours = model_grid.hourly_times(month + "-01", month + "-08")
    hourly = generation.generation_kw(hours, LAT, LON, [1, 1, 1],
                                      ghi_minutes.reshape(-1, 60, 3).mean(axis=1))
    daily_ratio = hourly.reshape(-1, 24, 3).sum(axis=1) / reference.reshape(-1, 24, 3).sum(axis=1)
    assert np.abs(daily_ratio - 1).max() < 0.01
    assert np.abs(hourly - reference).mean() / reference[reference > 0].mean() < 0.01


def _inmet_brasilia(shared_data):
    """INMET A001 (Brasília) hourly global radiation, kJ/m² per hour; label = end of the hour."""
    import pandas as pd
    path = shared_data / "inmet" / "INMET_CO_DF_A001_BRASILIA_2023-01-01_03_REASSEMBLED.latin1.CSV"
    table = pd.read_csv(path, sep=";", skiprows=8, encoding="latin-1", dtype=str)
    radiation_kj = pd.to_numeric(table["RADIACAO GLOBAL (Kj/m²)"].str.replace(",", "."),
                                 errors="coerce").to_numpy()
    labels = pd.to_datetime(table["Data"] + " " + table["Hora UTC"].str[:4], format="%Y/%m/%d %H%M")
    return labels.to_numpy().astype("datetime64[s]"), radiation_kj / 3.6   # kJ/m²/h → W/m²


def test_real_inmet_station_feeds_a_zone(shared_data):
    labels, station_wm2 = _inmet_brasilia(shared_data)
    starts = labels - np.timedelta64(1, "h")
    assert np.all(np.diff(starts) == np.timedelta64(1, "h"))
    # INMET labels the end of each hour: with the sun at each interval's midpoint, the hour-ending
    # reading follows the clear-sky curve more closely than the hour-starting one would.
    from netload_plugin.core.clearsky import clearsky_ghi
    def correlation(interval_starts):
        clear = clearsky_ghi(interval_starts + np.timedelta64(30, "m"), [-15.789], [-47.926])[:, 0]
        return np.corrcoef(np.nan_to_num(station_wm2), clear)[0, 1]
    assert correlation(starts) > correlation(labels) + 0.01

    result = station_interpolation.ghi_from_stations(starts, [-15.7939], [-47.8828], [-15.78944444],
                                          [-47.92583332], station_wm2[:, None])
    ghi = result.ghi_wm2[:, 0]
    assert result.nearest_station.tolist() == [0] and result.nearest_distance_km[0] < 5
    assert result.fallback_intervals.tolist() == [0] and np.all(np.isfinite(ghi))
    measured = ~np.isnan(station_wm2)
    np.testing.assert_allclose(ghi[measured], station_wm2[measured], rtol=1e-6)
    assert np.all(ghi[~measured] == 0)                 # INMET leaves the night empty

    output = generation.generation_kw(starts, [-15.7939], [-47.8828], [1.0], result.ghi_wm2,
                                      temp_air_c=22.0, params=PVParameters(orientation=None))[:, 0]
    daily_kwh_per_kw = output.reshape(3, 24).sum(axis=1)
    daily_ghi_kwh = ghi.reshape(3, 24).sum(axis=1) / 1000
    # AC kWh per registered kW per kWh/m² of horizontal irradiation ≈ DC/AC ratio 1.2 × POA/GHI
    # (0.9-1.0 for a latitude tilt in January) × (1 − 14.08 % losses) × temperature factor in
    # Brasília's summer (0.8-0.95) × inverter 0.96: between about 0.71 and 0.94.
    ratio = daily_kwh_per_kw / daily_ghi_kwh
    assert np.all((ratio > 0.71) & (ratio < 0.94)), ratio
    assert output.max() <= 1.0
