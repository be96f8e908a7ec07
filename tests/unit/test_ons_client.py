"""The ONS client against a loopback API that answers per request parameters."""

from datetime import date, datetime, timedelta, timezone

import pandas as pd
import pytest

from netload_plugin.core import ons_load
from netload_plugin.core.errors import NetLoadError
from netload_plugin.net import ons
from tests.support.http_server import Reply
from tests.support.ons_api import OnsApi, half_hour_value
from tests.support.session import make_test_session

TODAY = date(2026, 11, 28)


def _client(url, **kwargs):
    return ons.CargaVerificadaClient(make_test_session(), url, today=TODAY, **kwargs)


def test_date_pages():
    pages = ons.date_pages(date(2024, 1, 1), date(2024, 7, 18))
    assert pages[0] == (date(2024, 1, 1), date(2024, 3, 30))
    assert all((b - a).days + 1 <= 90 for a, b in pages)
    assert pages[-1][1] == date(2024, 7, 18) and len(pages) == 3
    with pytest.raises(NetLoadError):
        ons.date_pages(date(2024, 2, 1), date(2024, 1, 1))


def test_200_days_arrive_in_pages_without_losing_a_half_hour(fixture_server):
    api = OnsApi()
    url = api.install(fixture_server)
    client = _client(url)
    start, end = date(2024, 1, 1), date(2024, 7, 18)  # 200 local days
    frame = client.fetch("SECO", start, end)
    requests = fixture_server.requests_for("/prd/cargaverificada")
    assert len(requests) >= 3
    assert all((date.fromisoformat(r.query["dat_fim"][0]) - date.fromisoformat(r.query["dat_inicio"][0])).days < 90
               for r in requests)
    assert len(frame) == 200 * 48
    expected = pd.date_range("2024-01-01T03:00Z", periods=200 * 48, freq="30min")
    assert (frame["time_utc"].to_numpy() == expected.to_numpy()).all()
    # a value recomputed from the route's formula at the half hour's END label
    end_label = datetime(2024, 3, 15, 18, 30, tzinfo=timezone.utc)
    row = frame[frame["time_utc"] == pd.Timestamp(end_label - timedelta(minutes=30))].iloc[0]
    assert row["load_mw"] == pytest.approx(half_hour_value("SECO", end_label))
    assert (frame["quality"] == "ok").all()


def test_reply_cut_short_is_detected_and_re_requested(fixture_server):
    api = OnsApi(cap=30 * 48 - 7)  # every reply loses its tail beyond ~30 days
    url = api.install(fixture_server)
    client = _client(url)
    report = ons_load.LoadReport()
    frame = client.fetch(["S"], date(2024, 1, 1), date(2024, 3, 30), report)
    assert len(frame) == 90 * 48  # complete after smaller re-requests
    assert client.requests > 1
    assert report.incomplete_days == []
    # the short replies asked again count once: every row read is kept, a duplicate or filtered out
    assert report.balanced() and report.kept == len(frame) and report.rejected_total == 0


def test_day_that_stays_short_is_reported_not_padded(fixture_server):
    api = OnsApi(drop_day=date(2024, 2, 10))
    url = api.install(fixture_server)
    client = _client(url)
    report = ons_load.LoadReport()
    frame = client.fetch(["NE"], date(2024, 2, 1), date(2024, 2, 20), report)
    assert report.incomplete_days == [("NE", date(2024, 2, 10), 0, 48)]
    assert len(frame) == 19 * 48
    assert report.messages() == ["NE: no data at all on 2024-02-10"]


def test_malformed_pages_parse_with_mmgd_null(fixture_server):
    url = OnsApi(malformed=True).install(fixture_server)
    report = ons_load.LoadReport()
    frame = _client(url).fetch("N", date(2018, 6, 1), date(2018, 6, 2), report)
    assert len(frame) == 96 and frame["mmgd_mw"].isna().all()
    assert (frame["net_load_mw"] == frame["load_mw"]).all()
    assert report.repaired_empty_fields == 96 * 2


def test_unknown_area_fails_before_any_request(fixture_server):
    url = OnsApi().install(fixture_server)
    with pytest.raises(NetLoadError, match="SECO"):
        _client(url).fetch("SE", date(2024, 1, 1), date(2024, 1, 2))
    assert fixture_server.requests == []


def test_a_500_then_success(fixture_server):
    url = OnsApi().install(fixture_server)
    fixture_server.fail("/prd/cargaverificada", status=500, times=1)
    frame = _client(url).fetch("SECO", date(2024, 1, 1), date(2024, 1, 1))
    assert len(frame) == 48
    assert len(fixture_server.requests_for("/prd/cargaverificada")) == 2


def test_curva_carga_by_year_template(fixture_server, shared_data):
    template = fixture_server.url("/ons/curva_carga/CURVA_CARGA_{year}_dst_excerpt.csv")
    report = ons_load.LoadReport()
    frame = ons.fetch_curva_carga(make_test_session(), ["SECO"], date(2018, 2, 17), date(2018, 11, 4), template,
                                  report=report)
    assert set(frame["area"]) == {"SECO"} and frame["dataset"].eq("curva_carga").all()
    assert ("SECO", pd.Timestamp("2018-11-04 00:00")) in report.dst_gaps
    with pytest.raises(NetLoadError, match="subsystems"):
        ons.fetch_curva_carga(make_test_session(), ["RJ"], date(2018, 1, 1), date(2018, 1, 2), template)


def test_cli_writes_csv(fixture_server, tmp_path, monkeypatch):
    url = OnsApi().install(fixture_server)
    monkeypatch.setattr(ons, "make_session", make_test_session)
    out = tmp_path / "load.csv"
    assert ons.main([str(out), "--areas", "S,N", "--start", "2024-05-01", "--end", "2024-05-02", "--url", url]) == 0
    table = pd.read_csv(out)
    assert len(table) == 2 * 2 * 48
    assert table["time_utc"].iloc[0] == "2024-05-01T03:00:00Z"
    assert ons.main([str(out), "--areas", "SE", "--start", "2024-05-01", "--end", "2024-05-02", "--url", url]) == 1


def test_empty_reply_is_reported_without_day_by_day_requests(fixture_server):
    fixture_server.route("/prd/cargaverificada", lambda request: Reply(body=b"[\n ]", content_type="application/json"))
    url = fixture_server.url("/prd/cargaverificada")
    report = ons_load.LoadReport()
    frame = _client(url).fetch("SECO", date(2015, 1, 1), date(2015, 3, 31), report)
    assert frame.empty
    assert len(fixture_server.requests_for("/prd/cargaverificada")) == 1
    assert len(report.incomplete_days) == 90 and report.incomplete_days[0] == ("SECO", date(2015, 1, 1), 0, 48)
    assert report.messages() == ["SECO: no data at all from 2015-01-01 to 2015-03-31"]
