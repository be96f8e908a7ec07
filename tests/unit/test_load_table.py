"""Load tables: any table → the load-table schema by a column mapping; every expectation worked out by hand.

UTC instants below come from the stated offsets (Brasília is UTC−3, UTC−2 under daylight saving, which
began at local midnight on 2018-11-04 and ended at local midnight on 2019-02-17; Lisbon is UTC+0, UTC+1
in summer, which ended at 02:00 local on 2024-10-27).
"""

import numpy as np
import pandas as pd
import pytest

from netload_plugin.core.errors import NetLoadError
from netload_plugin.core.load_table import (
    KIND_GLOBAL,
    LABEL_END,
    REASON_BAD_LOAD,
    REASON_BAD_TIME,
    REASON_CONFLICT,
    REASON_DUPLICATE,
    REASON_NO_ZONE,
    REASON_NONEXISTENT,
    REASON_OFF_STEP,
    REASON_UNKNOWN_ZONE,
    SCHEMA_MAPPING,
    LoadMapping,
    match_zones,
    normalise,
    parse_numbers,
    parse_time_zone,
    parse_times,
)
from netload_plugin.core.ons_load import LOAD_COLUMNS
from tests.support.requires import require


def utc(*texts):
    return [pd.Timestamp(text, tz="UTC") for text in texts]


def table(zones, times, loads, **extra):
    return pd.DataFrame({"substation": zones, "time": times, "load": loads, **extra})


def mapping(**changes):
    return LoadMapping(zone_field="substation", time_field="time", load_field="load", **changes)


def test_time_zones_are_utc_offsets_or_iana_names():
    assert parse_time_zone("UTC").offset_minutes == 0 and parse_time_zone("").offset_minutes == 0
    assert parse_time_zone("UTC-03:00").offset_minutes == -180
    assert parse_time_zone("-3").offset_minutes == -180
    assert parse_time_zone("GMT+05:30").offset_minutes == 330
    assert parse_time_zone("America/Sao_Paulo").name == "America/Sao_Paulo"
    for wrong in ("Brasilia", "UTC-3x", "UTC+25:00"):
        with pytest.raises(ValueError):
            parse_time_zone(wrong)


def test_time_text_in_iso_order():
    frame = table(["A"] * 4,
                  ["2024-01-31 13:00", "2024-01-31T15:00:00", "2024/1/31 14:00:00", "2024-01-31 12:00:00.000"],
                  [1, 2, 3, 4])
    result = normalise(frame, mapping(time_zone="UTC-03:00"))
    got = result.table.set_index("time_utc")["load_mw"].to_dict()
    assert got == dict(zip(utc("2024-01-31 15:00", "2024-01-31 16:00", "2024-01-31 17:00", "2024-01-31 18:00"),
                           [4.0, 1.0, 3.0, 2.0]))


def test_own_offsets_win_over_the_stated_zone():
    frame = table(["A", "A", "A"], ["2024-01-31T13:00-03:00", "2024/01/31 17:00:00+00", "2024-01-31T18:00Z"],
                  [1, 2, 3])
    result = normalise(frame, mapping(time_zone="America/Sao_Paulo"))
    assert list(result.table["time_utc"]) == utc("2024-01-31 16:00", "2024-01-31 17:00", "2024-01-31 18:00")
    assert result.rejects.empty


def test_day_first_dates_are_never_guessed():
    result = normalise(table(["A", "A"], ["31/01/2024 13:00", "31/01/2024 14:00"], [1, 2]), mapping())
    assert result.table.empty and result.rejects["reason"].tolist() == [REASON_BAD_TIME] * 2
    assert result.counts() == {"bad_time": 2}  # nothing kept: no "table" finding
    frame = table(["A", "A", "A"], ["2024-01-31 13:00", "31/01/2024 14:00", "2024-01-31 15:00"], [1, 2, 3])
    result = normalise(frame, mapping())
    assert result.rejects[["row", "time", "reason"]].values.tolist() == [[2, "31/01/2024 14:00", REASON_BAD_TIME]]
    assert result.findings[0].details == {"row": 2, "value": "31/01/2024 14:00"}
    result = normalise(table(["A", "A"], ["31/01/2024 13:00", "31/01/2024 14:00"], [1, 2]),
                       mapping(time_zone="UTC-03:00", time_format="%d/%m/%Y %H:%M"))
    assert list(result.table["time_utc"]) == utc("2024-01-31 16:00", "2024-01-31 17:00")


def test_datetime_values_from_layers():
    """GeoPackage datetimes reach pandas as naive numpy values (Arrow, any unit) or aware Timestamps."""
    naive = np.array(["2024-01-31T13:00", "2024-01-31T14:00"], dtype="datetime64[ms]")
    parsed = parse_times(naive)
    assert parsed.valid.all() and not parsed.has_offset.any()
    assert list(pd.to_datetime(parsed.ns)) == [pd.Timestamp("2024-01-31 13:00"), pd.Timestamp("2024-01-31 14:00")]
    aware = pd.Series([pd.Timestamp("2024-01-31 13:00", tz="America/Sao_Paulo"), None], dtype=object)
    parsed = parse_times(aware)
    assert parsed.valid.tolist() == [True, False] and parsed.has_offset[0]
    assert pd.Timestamp(parsed.ns[0]) == pd.Timestamp("2024-01-31 16:00")


def test_brasilia_daylight_saving_start_and_end():
    """2018-11-04 00:00 did not exist; 2019-02-16 23:00 happened twice (DST, then standard time)."""
    frame = table(
        ["A"] * 5 + ["B"] * 4 + ["C"] * 3,
        ["2018-11-03 22:00", "2018-11-03 23:00", "2018-11-04 00:00", "2018-11-04 01:00", "2018-11-04 02:00",
         "2019-02-16 22:00", "2019-02-16 23:00", "2019-02-16 23:00", "2019-02-17 00:00",
         "2019-02-16 22:00", "2019-02-16 23:00", "2019-02-17 00:00"],
        [10, 11, 12, 13, 14, 20, 21, 22, 23, 30, 31, 33])
    result = normalise(frame, mapping(time_zone="America/Sao_Paulo"))
    got = result.table.set_index(["area", "time_utc"])["load_mw"]
    assert got["A"].to_dict() == dict(zip(utc("2018-11-04 01:00", "2018-11-04 02:00", "2018-11-04 03:00",
                                              "2018-11-04 04:00"), [10.0, 11.0, 13.0, 14.0]))
    assert got["B"].to_dict() == dict(zip(utc("2019-02-17 00:00", "2019-02-17 01:00", "2019-02-17 02:00",
                                              "2019-02-17 03:00"), [20.0, 21.0, 22.0, 23.0]))
    assert got["C"].to_dict() == dict(zip(utc("2019-02-17 00:00", "2019-02-17 01:00", "2019-02-17 03:00"),
                                          [30.0, 31.0, 33.0]))
    assert result.rejects[["row", "reason"]].values.tolist() == [[3, REASON_NONEXISTENT]]
    counts = result.counts()
    assert counts["dst_nonexistent"] == 1 and counts["dst_repeat_twice"] == 1 and counts["dst_repeat_once"] == 1
    gap = next(f for f in result.findings if f.code == "gap")
    assert (gap.count, gap.details["zone"], gap.details["first"]) == (1, "C", "2019-02-17 02:00")
    quality = result.table.set_index(["area", "time_utc"])["quality"]
    assert quality[("C", utc("2019-02-17 01:00")[0])] == "dst_ambiguous,mmgd_missing"
    assert quality[("B", utc("2019-02-17 01:00")[0])] == "mmgd_missing"


def test_any_iana_zone_through_zoneinfo():
    require("zoneinfo")
    frame = table(["L"] * 4, ["2024-10-27 00:00", "2024-10-27 01:00", "2024-10-27 01:00", "2024-10-27 02:00"],
                  [1, 2, 3, 4])
    result = normalise(frame, mapping(time_zone="Europe/Lisbon"))
    assert list(result.table["time_utc"]) == utc("2024-10-26 23:00", "2024-10-27 00:00", "2024-10-27 01:00",
                                                  "2024-10-27 02:00")
    spring = table(["L"] * 3, ["2024-03-31 00:00", "2024-03-31 01:00", "2024-03-31 02:00"], [1, 2, 3])
    result = normalise(spring, mapping(time_zone="Europe/Lisbon"))
    assert result.rejects["reason"].tolist() == [REASON_NONEXISTENT]
    assert list(result.table["time_utc"]) == utc("2024-03-31 00:00", "2024-03-31 01:00")


def test_net_load_in_kw_with_decimal_commas_and_the_utilitys_gd():
    frame = table(["SE-1", "SE-1"], ["2024-01-10 12:00", "2024-01-10 12:15"], ["1234,5", "-250,0"],
                  gd=["300,5", ""])
    result = normalise(frame, mapping(unit="kW", mmgd_field="gd"))
    rows = result.table
    assert rows["net_load_mw"].tolist() == pytest.approx([1.2345, -0.25])
    assert rows["mmgd_mw"].tolist()[0] == pytest.approx(0.3005) and np.isnan(rows["mmgd_mw"].iloc[1])
    # global load = what the meters saw + the generation behind them, where the table estimates it
    assert rows["load_mw"].tolist() == pytest.approx([1.5350, -0.25])
    assert rows["interval_s"].tolist() == [900, 900]
    assert rows["quality"].tolist() == ["ok", "mmgd_missing"]
    counts = result.counts()
    assert counts["decimal_comma"] == 2 and counts["negative_load"] == 1 and counts["no_mmgd"] == 1


def test_thousands_commas_are_not_decimal_commas():
    numbers, comma = parse_numbers(["1,234", "1.5", "7"])
    assert not comma and np.isnan(numbers[0]) and numbers[1:].tolist() == [1.5, 7.0]


def test_global_load_split_by_its_net_or_mmgd_column():
    times = ["2024-01-10 12:00", "2024-01-10 13:00"]
    both = table(["S", "S"], times, [1000, 1100], net=[900, ""], mmgd=[100, 150])
    rows = normalise(both, mapping(load_kind=KIND_GLOBAL, net_field="net", mmgd_field="mmgd")).table
    assert rows["net_load_mw"].tolist() == [900.0, 950.0]  # 1100 − 150 where the net value is missing
    unsplit = normalise(table(["S", "S"], times, [1000, 1100]), mapping(load_kind=KIND_GLOBAL))
    assert unsplit.table["net_load_mw"].isna().all() and unsplit.counts()["net_unsplit"] == 2
    assert set(unsplit.table["quality"]) == {"mmgd_unsplit"}
    with pytest.raises(NetLoadError, match="net-load field only goes with a global load"):
        normalise(both, mapping(net_field="net"))


def test_end_labels_become_interval_starts():
    frame = table(["A", "A", "A"], ["2024-01-10 01:00", "2024-01-10 02:00", "2024-01-10 03:00"], [1, 2, 3])
    result = normalise(frame, mapping(time_label=LABEL_END, time_zone="UTC-03:00"))
    assert list(result.table["time_utc"]) == utc("2024-01-10 03:00", "2024-01-10 04:00", "2024-01-10 05:00")


def test_bad_rows_are_rejected_with_their_reason_and_counted():
    frame = table(
        ["A", "A", "A", "A", "A", "B", "B", "B", "B", "", "B"],
        ["2024-01-10 00:00", "2024-01-10 01:00", "2024-01-10 03:00", "2024-01-10 03:07", "2024-01-10 04:00",
         "2024-01-10 00:00", "2024-01-10 01:00", "2024-01-10 01:00", "2024-01-10 02:00", "2024-01-10 03:00",
         "2024-01-10 02:00"],
        ["10", "11", "13", "99", "14", "20", "21", "22", "n/a", "5", "23"])
    result = normalise(frame, mapping())
    assert result.rejects[["row", "zone_id", "reason"]].values.tolist() == [
        [4, "A", REASON_OFF_STEP], [7, "B", REASON_CONFLICT], [8, "B", REASON_CONFLICT],
        [9, "B", REASON_BAD_LOAD], [10, None, REASON_NO_ZONE]]
    assert result.table.index.tolist() == [1, 2, 3, 5, 6, 11]  # source row numbers of the kept rows
    counts = result.counts()
    assert counts == {"no_zone": 1, "bad_load": 1, "off_step": 1, "step": 2, "conflict": 2, "gap": 2,
                      "table": 6}
    gaps = [(f.details["zone"], f.count, f.details["first"]) for f in result.findings if f.code == "gap"]
    assert gaps == [("A", 1, "2024-01-10 02:00"), ("B", 1, "2024-01-10 01:00")]
    conflict = next(f for f in result.findings if f.code == "conflict")
    assert conflict.details["zone"] == "B" and conflict.details["time_utc"] == "2024-01-10 01:00"


def test_identical_copies_keep_one():
    frame = table(["A", "A", "A"], ["2024-01-10 00:00", "2024-01-10 01:00", "2024-01-10 01:00"], [1, 2, 2])
    result = normalise(frame, mapping())
    assert result.table["load_mw"].tolist() == [1.0, 2.0]
    assert result.rejects[["row", "reason"]].values.tolist() == [[3, REASON_DUPLICATE]]


def test_zones_set_against_the_zone_layer():
    frame = table(["A", "A", "X", "X"], ["2024-01-10 00:00", "2024-01-10 01:00"] * 2, [1, 2, 3, 4])
    result = match_zones(normalise(frame, mapping()), ["A", "B", "C"])
    assert set(result.table["area"]) == {"A"}
    assert result.rejects[["row", "zone_id", "time", "load", "reason"]].values.tolist() == [
        [3, "X", "2024-01-10 00:00", "3", REASON_UNKNOWN_ZONE], [4, "X", "2024-01-10 01:00", "4", REASON_UNKNOWN_ZONE]]
    unknown = next(f for f in result.findings if f.code == "unknown_zone")
    assert (unknown.count, unknown.details) == (2, {"ids": 1, "examples": "X"})
    absent = next(f for f in result.findings if f.code == "zone_without_load")
    assert (absent.count, absent.details["examples"]) == (2, "B, C")


def test_a_table_in_the_schema_itself_keeps_its_flags():
    frame = pd.DataFrame({
        "area": ["S", "S"], "time_utc": pd.to_datetime(["2024-01-10 03:00", "2024-01-10 04:00"], utc=True),
        "interval_s": [3600, 3600], "load_mw": [9000.0, 9100.0], "net_load_mw": [np.nan, np.nan],
        "mmgd_mw": [np.nan, np.nan], "dataset": ["curva_carga"] * 2,
        "quality": ["mmgd_unsplit", "mmgd_unsplit,revised"],
    })
    result = normalise(frame, SCHEMA_MAPPING)
    assert list(result.table.columns) == list(LOAD_COLUMNS)
    assert result.table["quality"].tolist() == ["mmgd_unsplit", "mmgd_unsplit,revised"]
    assert result.table["dataset"].tolist() == ["curva_carga"] * 2
    assert list(result.table["time_utc"]) == utc("2024-01-10 03:00", "2024-01-10 04:00")


def test_mapping_errors_name_what_is_wrong():
    frame = table(["A"], ["2024-01-10 00:00"], [1])
    with pytest.raises(NetLoadError, match="no field 'kw'.*substation, time, load"):
        normalise(frame, LoadMapping("substation", "time", "kw"))
    with pytest.raises(NetLoadError, match="'Brasilia' is not a time zone.*America/Sao_Paulo"):
        normalise(frame, mapping(time_zone="Brasilia"))
    with pytest.raises(NetLoadError, match="interval length cannot be known"):
        normalise(frame, mapping())
