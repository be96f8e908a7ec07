"""ONS load parsers on the real samples; expected values read by hand from the files."""

import json
from datetime import date

import numpy as np
import pandas as pd
import pytest

from netload_plugin.core import brazil_time, ons_load
from netload_plugin.core.errors import NetLoadError, SourceFormatError
from netload_plugin.core.ons_carga_verificada import load_api_json, parse_carga_verificada
from netload_plugin.core.ons_curva_carga import parse_curva_carga

UTC = "UTC"


def _api(shared_data, name):
    body = (shared_data / "ons" / "carga_verificada" / name).read_bytes()
    report = ons_load.LoadReport()
    records = load_api_json(body, name, report)
    return parse_carga_verificada(records, report, name), report


def test_2026_seco_row(shared_data):
    frame, report = _api(shared_data, "cargaverificada_SECO_2026-08-01_row1.json")
    assert len(frame) == 1
    row = frame.iloc[0]
    assert row["area"] == "SECO"
    assert row["time_utc"] == pd.Timestamp("2026-08-01T03:00Z")  # label 03:30Z is the END
    assert row["load_mw"] == pytest.approx(41637.23)
    assert row["mmgd_mw"] == pytest.approx(117.98)
    assert row["net_load_mw"] == pytest.approx(41519.25)
    assert row["supervised_mw"] == pytest.approx(38118.35)
    assert row["unsupervised_mw"] == pytest.approx(3400.8977)
    assert row["updated_at"] == pd.Timestamp("2026-08-28T03:19:10.800Z")
    assert row["dataset"] == "carga_verificada" and row["quality"] == "ok"
    # the MMGD identity the module docstring relies on
    assert row["net_load_mw"] + row["mmgd_mw"] == pytest.approx(row["load_mw"])
    assert report.messages() == []


def test_malformed_2018_body_parses_with_mmgd_null(shared_data):
    name = "cargaverificada_SECO_2018-06-01_row1.MALFORMED.json.txt"
    with pytest.raises(json.JSONDecodeError):
        json.loads((shared_data / "ons" / "carga_verificada" / name).read_bytes())
    frame, report = _api(shared_data, name)
    row = frame.iloc[0]
    assert report.repaired_empty_fields == 2
    assert np.isnan(row["mmgd_mw"])
    assert row["load_mw"] == pytest.approx(30392.07)
    assert row["net_load_mw"] == pytest.approx(30392.07)  # no MMGD estimate: global load is the net load
    assert row["time_utc"] == pd.Timestamp("2018-06-01T03:00Z")
    assert row["quality"] == "mmgd_missing"


def test_empty_reply(shared_data):
    frame, report = _api(shared_data, "cargaverificada_SE_2026-08-01.EMPTY.json")
    assert frame.empty and list(frame.columns) == list(ons_load.LOAD_COLUMNS)
    assert load_api_json(b"") == []


def test_se_is_rejected_with_a_seco_suggestion():
    with pytest.raises(NetLoadError, match="Did you mean 'SECO'"):
        ons_load.normalise_areas("SE")
    with pytest.raises(NetLoadError, match="Did you mean 'PES'"):
        ons_load.normalise_areas(["SECO", "PESX"])
    assert ons_load.normalise_areas("seco, s;NE n SECO") == ["SECO", "S", "NE", "N"]


def test_area_table_has_subsystems_areas_and_losses():
    kinds = pd.Series([kind for _, kind in ons_load.AREAS.values()]).value_counts()
    assert kinds["subsystem"] == 4 and kinds["losses"] == 4 and kinds["area"] == 26
    assert {"SECO", "S", "NE", "N", "PESE", "RJ", "BASE"} <= set(ons_load.AREAS)


def _record(end, load, mmgd=1.0, updated="2026-01-01T00:00:00.000Z", consistency=0, **extra):
    record = {"cod_areacarga": "S", "din_atualizacao": updated, "din_referenciautc": end,
              "val_cargaglobal": load, "val_cargaglobalsmmgd": None if mmgd is None else load - mmgd,
              "val_cargasupervisionada": load, "val_carganaosupervisionada": 0, "val_cargammgd": mmgd,
              "val_consistencia": consistency}
    record.update(extra)
    return record


def test_zero_padding_revisions_negative_and_scientific_values():
    body = (
        b'[{"cod_areacarga":"S","din_atualizacao":"2026-01-01T00:00:00Z","din_referenciautc":"2026-01-01T03:30:00Z",'
        b'"val_cargaglobal":1.2345E4,"val_cargaglobalsmmgd":12345,"val_cargammgd":-2.5e1,"val_consistencia":0}]'
    )
    records = load_api_json(body)
    records += [
        _record("2026-01-01T04:00:00Z", 100.0),
        _record("2026-01-01T04:00:00Z", 120.0, updated="2026-02-01T00:00:00.000Z"),  # revision
        _record("2026-01-01T04:30:00Z", 130.0, consistency=1),
        _record("2026-01-01T05:00:00Z", 0, mmgd=0),  # zero padding of a day not measured yet
        _record("2026-01-01T05:30:00Z", 0, mmgd=0),
    ]
    report = ons_load.LoadReport()
    frame = parse_carga_verificada(records, report)
    assert list(frame["time_utc"]) == [pd.Timestamp(t) for t in
                                       ("2026-01-01T03:00Z", "2026-01-01T03:30Z", "2026-01-01T04:00Z")]
    assert frame["load_mw"].tolist() == [12345.0, 120.0, 130.0]
    assert frame["mmgd_mw"].iloc[0] == -25.0
    assert frame["quality"].tolist() == ["ok", "revised", "inconsistent"]
    assert report.revised == 1 and report.inconsistent == 1
    assert report.zero_padding == [("S", pd.Timestamp("2026-01-01T04:30Z"), pd.Timestamp("2026-01-01T05:00Z"), 2)]


def test_unparseable_body_names_the_place():
    with pytest.raises(SourceFormatError, match="line 1"):
        load_api_json(b"<html>503</html>", "reply for SECO")


def test_dst_tables_agree():
    """The built-in table (used where zoneinfo has no tzdata) equals IANA's transitions."""
    assert brazil_time.dst_periods_from_zoneinfo() == brazil_time.DST_PERIODS_UTC
    local = pd.Series(pd.date_range("2017-10-14", "2018-11-05", freq="h"))
    a = brazil_time.local_to_utc(local, brazil_time.DST_PERIODS_UTC)
    b = brazil_time.local_to_utc(local, brazil_time.dst_periods_from_zoneinfo())
    pd.testing.assert_series_equal(a[0], b[0])
    # and against pandas' own zoneinfo localisation wherever the local time is unambiguous
    ok = ~(a[1] | a[2])
    reference = local[ok].dt.tz_localize("America/Sao_Paulo").dt.tz_convert(UTC)
    pd.testing.assert_series_equal(a[0][ok], reference, check_names=False)


def test_local_day_lengths():
    assert brazil_time.local_day_hours(date(2018, 11, 4)) == 23  # DST began at 00:00
    assert brazil_time.local_day_hours(date(2018, 2, 17)) == 25  # DST ended at 24:00
    assert ons_load.expected_half_hours(date(2024, 6, 1)) == 48
    # every day of two DST seasons against pandas' own zoneinfo arithmetic
    for day in pd.date_range("2017-09-01", "2019-03-31", freq="D"):
        bounds = pd.DatetimeIndex([day, day + pd.Timedelta(days=1)]).tz_localize(
            "America/Sao_Paulo", nonexistent="shift_forward", ambiguous=[True, True])
        assert brazil_time.local_day_hours(day) == (bounds[1] - bounds[0]) / pd.Timedelta(hours=1), day


def test_curva_carga_2018_dst_excerpt(shared_data):
    data = (shared_data / "ons" / "curva_carga" / "CURVA_CARGA_2018_dst_excerpt.csv").read_bytes()
    report = ons_load.LoadReport()
    frame = parse_curva_carga(data, report=report)
    seco = frame[frame["area"] == "SECO"].set_index("time_utc")
    # 2018-02-17 20:00 local is DST (UTC-2) → 22:00Z; 42601.55800000 in the file
    assert seco.loc[pd.Timestamp("2018-02-17T22:00Z"), "load_mw"] == pytest.approx(42601.558)
    # 2018-02-17 22:00 local → 2018-02-18 00:00Z; 39512.09800000
    assert seco.loc[pd.Timestamp("2018-02-18T00:00Z"), "load_mw"] == pytest.approx(39512.098)
    # the repeated 23:00 appears once: first occurrence (DST) → 01:00Z, flagged; 02:00Z has no value
    assert seco.loc[pd.Timestamp("2018-02-18T01:00Z"), "load_mw"] == pytest.approx(38062.888)
    assert "dst_ambiguous" in seco.loc[pd.Timestamp("2018-02-18T01:00Z"), "quality"]
    assert pd.Timestamp("2018-02-18T02:00Z") not in seco.index
    # 2018-02-18 00:00 local is standard time (UTC-3) → 03:00Z
    assert seco.loc[pd.Timestamp("2018-02-18T03:00Z"), "load_mw"] == pytest.approx(33961.882)
    # 2018-11-04 00:00 local did not exist: empty / 0E-8 rows dropped; 01:00 local (UTC-2) → 03:00Z
    assert seco.loc[pd.Timestamp("2018-11-04T03:00Z"), "load_mw"] == pytest.approx(32896.773)
    assert seco.loc[pd.Timestamp("2018-11-04T02:00Z"), "load_mw"] == pytest.approx(35072.183)
    assert ("SECO", pd.Timestamp("2018-11-04 00:00")) in report.dst_gaps
    assert ("S", pd.Timestamp("2018-11-04 00:00")) in report.dst_gaps  # the 0E-8 row
    assert ("SECO", pd.Timestamp("2018-02-17 23:00")) in report.dst_repeats
    assert set(frame["area"]) == {"SECO", "S", "NE", "N"}
    # float artefacts: 10733.92600289 → 10733.926; 5395.98799999 → 5395.988
    s = frame[frame["area"] == "S"].set_index("time_utc")
    assert s.loc[pd.Timestamp("2018-11-03T23:00Z"), "load_mw"] == 10733.926
    messages = "\n".join(report.messages())
    assert "did not exist" in messages and "happened twice" in messages


def test_curva_carga_2014_empty_day(shared_data):
    data = (shared_data / "ons" / "curva_carga" / "CURVA_CARGA_2014_gap_excerpt.csv").read_bytes()
    report = ons_load.LoadReport()
    frame = parse_curva_carga(data, areas=["SECO", "N"], report=report)
    assert set(report.empty_days) == {("SECO", date(2014, 2, 1)), ("N", date(2014, 2, 1))}
    # nothing invented for the empty day: 2014-02-01 local is 03:00Z..(next)03:00Z
    local_days = ons_load.local_day_of(frame["time_utc"])
    assert date(2014, 2, 1) not in set(local_days)
    # 2014-01-31 20:00 local (summer time, UTC-2) → 22:00Z, 44268.34600000 in the file
    seco = frame[frame["area"] == "SECO"].set_index("time_utc")
    assert seco.loc[pd.Timestamp("2014-01-31T22:00Z"), "load_mw"] == pytest.approx(44268.346)


def test_curva_carga_missing_column_is_named():
    with pytest.raises(SourceFormatError, match="din_instante"):
        parse_curva_carga(b"id_subsistema;x;val_cargaenergiahomwmed\nN;1;2\n", source="f.csv")


def test_utc_to_local_keeps_pre_2019_summer_time_without_zoneinfo():
    """The conversion the local days use: the built-in DST table (where zoneinfo has no tzdata) equals IANA's,
    where a plain UTC−3 fallback put every summer half hour between 02:00Z and 03:00Z on the previous day."""
    times = pd.Series(pd.date_range("2017-09-01T00:30Z", "2019-03-31T23:30Z", freq="h"))
    table = brazil_time.utc_to_local(times, brazil_time.DST_PERIODS_UTC)
    reference = times.dt.tz_convert("America/Sao_Paulo").dt.tz_localize(None)
    pd.testing.assert_series_equal(table, reference, check_names=False)
    summer = pd.Series([pd.Timestamp("2018-01-15T02:30Z")])
    assert ons_load.local_day_of(summer).iloc[0] == date(2018, 1, 15)  # 00:30 local (UTC−2), not 23:30 on the 14th
