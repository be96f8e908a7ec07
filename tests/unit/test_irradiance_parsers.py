"""INMET, LABREN and NASA POWER parsers on the real samples (values read by hand from the files)."""

from datetime import date
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from netload_plugin.core import inmet, labren, nasa_power
from netload_plugin.core.errors import SourceFormatError
from tests.support.requires import require

DATA = Path(__file__).resolve().parents[1] / "data"


def _inmet_sample(shared_data):
    path = next((shared_data / "inmet").glob("*.CSV"))
    return path, path.read_bytes()


def test_inmet_2019_format_metadata_and_daily_sum(shared_data):
    path, data = _inmet_sample(shared_data)
    meta, series = inmet.parse_station_file(data, path.name)
    assert (meta.station, meta.name, meta.uf) == ("A001", "BRASILIA", "DF")
    assert meta.lat == pytest.approx(-15.789, abs=1e-3) and meta.lon == pytest.approx(-47.926, abs=1e-3)
    assert meta.altitude_m == pytest.approx(1160.96) and meta.founded_on == date(2000, 5, 7)
    # daily sum by hand from the file's RADIACAO GLOBAL column, rows labelled 2023/01/01:
    # 2,5 + 253,8 + 510,4 + 1483 + 2165,4 + 3168,9 + 3915,1 + 3856,4 + 3338,7 + 2391 + 1542 + 802,5
    # + 428 + 38,9 = 23896,6 kJ/m² (23,897 rounded)
    by_hand = sum([2.5, 253.8, 510.4, 1483, 2165.4, 3168.9, 3915.1, 3856.4, 3338.7, 2391, 1542, 802.5, 428, 38.9])
    assert round(by_hand) == 23897
    labelled_jan1 = series[(series["time_utc"] + pd.Timedelta(hours=1)).dt.date == date(2023, 1, 1)]
    assert (labelled_jan1["ghi_wm2"].sum() * 3.6) == pytest.approx(23896.6)
    # label 1200 UTC (1483 kJ/m²) is the hour 11:00-12:00Z → mean 1483/3.6 W/m²
    row = series[series["time_utc"] == pd.Timestamp("2023-01-01T11:00Z")].iloc[0]
    assert row["ghi_wm2"] == pytest.approx(1483 / 3.6) and row["temp_c"] == pytest.approx(21.0)
    assert row["interval_s"] == 3600
    # night: empty → NULL; ',8'-style decimals: wind not read, but temp '19,2' at label 0100
    assert np.isnan(series.iloc[0]["ghi_wm2"]) and series.iloc[1]["temp_c"] == pytest.approx(19.2)
    assert len(series) == 72


def test_inmet_hour_label_is_the_end_of_the_hour(shared_data):
    """pvlib's solar position: sunrise and sunset fall inside the hours ENDING at the first and
    last labels with radiation, which the start-of-hour reading would contradict."""
    pvlib = require("pvlib")
    path, data = _inmet_sample(shared_data)
    meta, series = inmet.parse_station_file(data, path.name)
    day = series[(series["time_utc"] >= pd.Timestamp("2023-01-01T03:00Z")) &
                 (series["time_utc"] < pd.Timestamp("2023-01-02T03:00Z"))]
    lit = day[day["ghi_wm2"] > 0]["time_utc"]
    first_start, last_start = lit.min(), lit.max()
    times = pd.date_range(first_start - pd.Timedelta(hours=2), last_start + pd.Timedelta(hours=3), freq="1min")
    elevation = pvlib.solarposition.get_solarposition(times, meta.lat, meta.lon, meta.altitude_m)["apparent_elevation"]
    up = elevation[elevation > 0].index
    sunrise, sunset = up.min(), up.max()
    assert first_start <= sunrise < first_start + pd.Timedelta(hours=1)
    assert last_start <= sunset < last_start + pd.Timedelta(hours=1)


def test_inmet_2018_format_with_minus_9999():
    path = DATA / "INMET_S_PR_A807_CURITIBA_01-01-2018_A_31-12-2018.CSV"
    meta, series = inmet.parse_station_file(path.read_bytes(), path.name)
    assert (meta.station, meta.name, meta.founded_on) == ("A807", "CURITIBA", date(2006, 5, 8))
    assert meta.altitude_m == pytest.approx(923.5)
    s = series.set_index("time_utc")
    assert np.isnan(s.loc[pd.Timestamp("2017-12-31T23:00Z"), "ghi_wm2"])  # -9999, label 00:00
    assert s.loc[pd.Timestamp("2018-01-01T08:00Z"), "ghi_wm2"] == 0.0  # -3,5 sensor offset clipped
    assert s.loc[pd.Timestamp("2018-01-01T09:00Z"), "ghi_wm2"] == pytest.approx(50.0)  # 180 / 3.6
    assert s.loc[pd.Timestamp("2018-01-01T14:00Z"), "ghi_wm2"] == pytest.approx(3240.5 / 3.6)
    assert s.loc[pd.Timestamp("2018-01-01T14:00Z"), "temp_c"] == pytest.approx(24.8)
    assert np.isnan(s.loc[pd.Timestamp("2018-01-01T15:00Z"), "temp_c"])


def test_inmet_not_a_station_file():
    with pytest.raises(SourceFormatError, match="metadata"):
        inmet.parse_station_file(b"a;b\n1;2\n" * 6, "x.csv")


def test_labren_sp_excerpt(shared_data):
    data = (shared_data / "inpe_labren" / "global_horizontal_means_SP_excerpt_MODIFIED.csv").read_bytes()
    points = labren.parse_labren_csv(data)
    assert len(points) == 36
    first = points.iloc[0]  # 4263;São Paulo;-48.1490;-25.3005;3781;5185;…;5193
    assert first["station"] == "LABREN_4263"
    assert (first["lon"], first["lat"]) == (-48.149, -25.3005)
    assert (first["ghi_annual"], first["ghi_jan"], first["ghi_jul"], first["ghi_dec"]) == (3781, 5185, 2450, 5193)
    clipped = labren.parse_labren_csv(data, extent=(-47.0, -24.45, -46.0, -24.3))
    assert set(clipped["station"]) == {"LABREN_4896", "LABREN_4897"}
    tilted = labren.parse_labren_csv(data, prefix="gti")
    assert tilted.iloc[0]["gti_annual"] == 3781


def test_nasa_power_daily(shared_data):
    data = (shared_data / "nasa_power" / "POWER_Regional_Daily_20240101_20241231_south_excerpt.csv").read_bytes()
    points, series = nasa_power.parse_power_csv(data, extent=(-57.0, -31.5, -56.5, -31.5))
    assert set(points["station"]) == {"POWER_-31.5_-57.0", "POWER_-31.5_-56.5"}
    s = series.set_index(["station", "time_utc"])
    # '-31.5,-56.5,2024,1,1,5.67' → 5.67 kWh/m²/day = 5670/24 W/m²; the LST day starts 56.5/15 h after 00Z
    start = pd.Timestamp("2024-01-01T00:00Z") + pd.Timedelta(hours=56.5 / 15)
    assert s.loc[("POWER_-31.5_-56.5", start), "ghi_wm2"] == pytest.approx(5.67 * 1000 / 24)
    assert s.loc[("POWER_-31.5_-56.5", start), "interval_s"] == 86400
    # '-31.5,-57.0,2024,1,1,-999.0' → NULL
    assert np.isnan(s.loc[("POWER_-31.5_-57.0", pd.Timestamp("2024-01-01T00:00Z") + pd.Timedelta(hours=57 / 15)),
                          "ghi_wm2"])


def test_nasa_power_hourly_point_utc():
    data = (b"-BEGIN HEADER-\nNASA/POWER Source Native Resolution Hourly Data\n"
            b"Dates (month/day/year): 01/01/2024 through 01/01/2024 in UTC\n"
            b"ALLSKY_SFC_SW_DWN     CERES SYN1deg All Sky Surface Shortwave Downward Irradiance (Wh/m^2)\n"
            b"-END HEADER-\nYEAR,MO,DY,HR,ALLSKY_SFC_SW_DWN,T2M\n2024,1,1,14,812.5,27.1\n2024,1,1,15,-999,-999\n")
    points, series = nasa_power.parse_power_csv(data, lat=-25.5, lon=-49.0)
    assert points["station"].tolist() == ["POWER_-25.5_-49.0"]
    assert series.iloc[0]["time_utc"] == pd.Timestamp("2024-01-01T14:00Z")
    assert series.iloc[0]["ghi_wm2"] == 812.5 and series.iloc[0]["temp_c"] == 27.1
    assert np.isnan(series.iloc[1]["ghi_wm2"]) and np.isnan(series.iloc[1]["temp_c"])
