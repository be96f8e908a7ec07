"""INMET, LABREN and NASA POWER clients through the loopback server."""

import zipfile
from datetime import date

import pandas as pd
import pytest

from netload_plugin.core.errors import NetLoadError
from netload_plugin.net import inmet, labren, nasa_power
from tests.support.http_server import Reply
from tests.support.session import make_test_session


@pytest.fixture()
def session(tmp_path):
    return make_test_session(tmp_path / "cache")


def test_inmet_zip_over_http_extent_and_rejects(fixture_server, shared_data, repo_root, tmp_path, session):
    path = tmp_path / "2023.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.write(next((shared_data / "inmet").glob("*.CSV")), "A001.CSV")
        archive.write(repo_root / "tests/data/INMET_S_PR_A807_CURITIBA_01-01-2018_A_31-12-2018.CSV", "A807.CSV")
        archive.writestr("broken.CSV", "nothing here\n")
    fixture_server.add_file("/dadoshistoricos/2023.zip", path.read_bytes(), "application/zip")
    template = fixture_server.url("/dadoshistoricos/{year}.zip")
    points, series, rejects = inmet.read_inmet(session, date(2023, 1, 1), date(2023, 1, 2), None, template)
    assert sorted(points["station"]) == ["A001", "A807"]
    assert [name for name, _ in rejects] == ["broken.CSV"]
    assert set(series["station"]) == {"A001"}  # A807's rows are from 2018, outside the dates
    only_brasilia, _, _ = inmet.read_inmet(session, date(2023, 1, 1), date(2023, 1, 2), (-48.5, -16.2, -47.3, -15.4),
                                           template)
    assert only_brasilia["station"].tolist() == ["A001"]


def test_labren_zip(fixture_server, shared_data, tmp_path, session):
    path = tmp_path / "GLOBAL_HORIZONTAL_(csv).zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.write(shared_data / "inpe_labren" / "global_horizontal_means_SP_excerpt_MODIFIED.csv",
                      "global_horizontal_means.csv")
    fixture_server.add_file("/atlas.zip", path.read_bytes(), "application/zip")
    points = labren.read_labren(
        session, "global_horizontal", fixture_server.url("/atlas.zip"), (-49.5, -25.0, -46.0, -24.0)
    )
    # rows with LAT -24.9005 (10), -24.5005 (1), -24.4005 (2), -24.3005 (1); the -25.0005 row lies outside
    assert len(points) == 14 and points["ghi_annual"].max() == 4543  # 4821;…;-46.6490;-24.5005;4543


def test_nasa_power_daily_regional_requests(fixture_server, shared_data, session):
    body = (shared_data / "nasa_power" / "POWER_Regional_Daily_20240101_20241231_south_excerpt.csv").read_bytes()
    fixture_server.route("/api/temporal/daily/regional", lambda request: Reply(body=body, content_type="text/csv"))
    points, series = nasa_power.read_power(session, date(2024, 1, 1), date(2024, 1, 10), (-49.2, -25.7, -48.8, -25.3),
                                           url=fixture_server.url("/api/temporal"))
    [request] = fixture_server.requests_for("/api/temporal/daily/regional")
    query = {k: v[0] for k, v in request.query.items()}
    assert query["parameters"].startswith("ALLSKY_SFC_SW_DWN") and query["format"] == "CSV"
    assert (query["start"], query["end"]) == ("20240101", "20240110")
    assert float(query["longitude-max"]) - float(query["longitude-min"]) >= 2.0  # widened to the API minimum
    assert points["station"].tolist() == ["POWER_-25.5_-49.0"]
    assert len(series) == 10


def test_nasa_power_hourly_point_requests(fixture_server, session):
    reply = (b"-BEGIN HEADER-\nDates (month/day/year): 01/01/2024 through 01/01/2024 in UTC\n"
             b"ALLSKY_SFC_SW_DWN  All Sky Surface Shortwave Downward Irradiance (Wh/m^2)\n-END HEADER-\n"
             b"YEAR,MO,DY,HR,ALLSKY_SFC_SW_DWN,T2M\n2024,1,1,15,900.0,28.0\n")
    fixture_server.route("/api/temporal/hourly/point", lambda request: Reply(body=reply, content_type="text/csv"))
    points, series = nasa_power.read_power(session, date(2024, 1, 1), date(2024, 1, 1), (-50.0, -26.0, -49.0, -25.0),
                                           hourly=True, url=fixture_server.url("/api/temporal"))
    requests = fixture_server.requests_for("/api/temporal/hourly/point")
    assert len(requests) == 4 and all(r.query["time-standard"] == ["UTC"] for r in requests)
    assert sorted(points["station"]) == ["POWER_-25.25_-49.25", "POWER_-25.25_-49.75", "POWER_-25.75_-49.25",
                                         "POWER_-25.75_-49.75"]
    assert (series["time_utc"] == pd.Timestamp("2024-01-01T15:00Z")).all()
    with pytest.raises(NetLoadError, match="cells"):
        nasa_power.read_power(session, date(2024, 1, 1), date(2024, 1, 1), (-60, -30, -40, -10), hourly=True,
                              url=fixture_server.url("/api/temporal"))
