"""The GeoPackage table writer: values read back independently (sqlite3 and OGR), atomic replacement."""

import csv
import io
import sqlite3
import subprocess

import numpy as np
import pandas as pd
import pytest
from osgeo import ogr

from netload_plugin.core import gpkg_writer
from netload_plugin.core.errors import Cancelled, NetLoadError
from netload_plugin.core.gpkg_writer import GpkgWriter
from netload_plugin.core.progress import Progress
from netload_plugin.geo.gpkg_table import table_destination, write_table

SPEC = {"station": "string", "time_utc": "datetime", "interval_s": "int", "ghi_wm2": "double", "day": "date"}


def _frame(n):
    return pd.DataFrame({
        "station": ["A001", None] * (n // 2),
        "time_utc": pd.date_range("2023-01-01T03:00Z", periods=n, freq="30min"),
        "interval_s": 1800,
        "ghi_wm2": np.where(np.arange(n) % 3 == 0, np.nan, np.arange(n) / 4),
        "day": [pd.Timestamp("2000-05-07").date(), None] * (n // 2),
    })


def test_unreadable_dates_are_null(tmp_path):
    frame = pd.DataFrame({"day": ["2000-05-07", "7 de maio", None]})
    write_table(frame, str(tmp_path / "d.gpkg"), "d", {"day": "date"})
    assert _sql_rows(tmp_path / "d.gpkg", "d") == [(1, "2000-05-07"), (2, None), (3, None)]


def _sql_rows(path, table="series"):
    with sqlite3.connect(path) as db:
        return db.execute(f'SELECT * FROM "{table}" ORDER BY fid').fetchall()


def _ogr(path, table="series"):
    source = ogr.Open(str(path))
    layer = source.GetLayerByName(table)
    return layer.GetFeatureCount(), [feature.items() for feature in layer]


def test_values_round_trip_through_sqlite_and_ogr(tmp_path):
    path = tmp_path / "t.gpkg"
    source = write_table(_frame(1000), str(path), "series", SPEC)
    assert source == f"{path}|layername=series"
    rows = _sql_rows(path)
    assert len(rows) == 1000
    assert rows[0] == (1, "A001", "2023-01-01T03:00:00.000Z", 1800, None, "2000-05-07")  # ghi 0/4 is row 0 % 3: NULL
    assert rows[1] == (2, None, "2023-01-01T03:30:00.000Z", 1800, 0.25, None)
    assert rows[999][2] == "2023-01-21T22:30:00.000Z"  # 03:00 + 999 × 30 min (20 days 19 h 30 min) later
    count, features = _ogr(path)
    assert count == 1000  # OGR's count (gpkg_ogr_contents) is the real one
    assert features[0] == {"station": "A001", "time_utc": "2023/01/01 03:00:00+00", "interval_s": 1800,
                           "ghi_wm2": None, "day": "2000/05/07"}


def test_file_is_a_valid_geopackage(tmp_path):
    path = tmp_path / "t.gpkg"
    write_table(_frame(300), str(path), "series", SPEC)
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert db.execute("PRAGMA application_id").fetchone() == (0x47504B47,)  # 'GPKG'
        assert db.execute("SELECT data_type, identifier FROM gpkg_contents WHERE table_name = 'series'").fetchone() \
            == ("attributes", "series")
        assert db.execute("SELECT feature_count FROM gpkg_ogr_contents WHERE table_name = 'series'").fetchone() == (
            300,
        )
        declared = db.execute("SELECT sql FROM sqlite_master WHERE name = 'series'").fetchone()[0]
    assert '"fid" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL' in declared and '"time_utc" DATETIME' in declared
    info = subprocess.run(["ogrinfo", "-so", str(path), "series"], capture_output=True, text=True, check=True).stdout
    assert "Feature Count: 300" in info and "time_utc: DateTime" in info and "day: Date" in info


def test_feature_count_triggers_keep_counting_after_the_bulk_insert(tmp_path):
    path = tmp_path / "t.gpkg"
    write_table(_frame(10), str(path), "series", SPEC)
    source = ogr.Open(str(path), 1)
    layer = source.GetLayerByName("series")
    feature = ogr.Feature(layer.GetLayerDefn())
    feature["station"] = "B002"
    layer.CreateFeature(feature)
    source = layer = None
    with sqlite3.connect(path) as db:
        assert db.execute("SELECT feature_count FROM gpkg_ogr_contents WHERE table_name = 'series'").fetchone() == (11,)


def test_many_frames_and_batches(tmp_path, monkeypatch):
    monkeypatch.setattr(gpkg_writer, "BATCH_ROWS", 70)  # several batches,
    monkeypatch.setattr(gpkg_writer, "MAX_PARAMETERS", 50)  # each in statements of 10 rows and a rest
    frames = [_frame(n) for n in (0, 10, 500, 2)]
    path = tmp_path / "t.gpkg"
    write_table(iter(frames), str(path), "series", SPEC)
    rows = _sql_rows(path)
    expected = pd.concat(frames, ignore_index=True)
    assert [r[0] for r in rows] == list(range(1, len(expected) + 1))
    assert [r[4] for r in rows] == [None if np.isnan(v) else v for v in expected["ghi_wm2"]]
    assert [r[2] for r in rows] == [t.strftime("%Y-%m-%dT%H:%M:%S.000Z") for t in expected["time_utc"]]


def test_times_are_utc_nulls_kept_and_kinds_converted(tmp_path):
    frame = pd.DataFrame({
        "local": pd.to_datetime(["2024-01-01 00:00", None]).tz_localize("America/Sao_Paulo"),
        "naive": pd.to_datetime(["2024-01-01 00:00", None]),
        "count": pd.array([5, None], dtype="Int64"),
        "whole": [7, 8],
        "flag": [True, False],
        "text": pd.Series([12, None], dtype=object),
    })
    spec = {
        "local": "datetime",
        "naive": "datetime",
        "count": "int64",
        "whole": "int",
        "flag": "bool",
        "text": "string",
    }
    path = tmp_path / "k.gpkg"
    write_table(frame, str(path), "k", spec)
    assert _sql_rows(path, "k") == [(1, "2024-01-01T03:00:00.000Z", "2024-01-01T00:00:00.000Z", 5, 7, 1, "12"),
                                     (2, None, None, None, 8, 0, None)]


def test_cancel_leaves_previous_output(tmp_path, monkeypatch):
    target = tmp_path / "t.gpkg"
    write_table(_frame(10), str(target), "series", SPEC)
    before = target.read_bytes()

    class CancelAfterFirstBatch(Progress):
        calls = 0

        def is_cancelled(self):
            self.calls += 1
            return self.calls > 2

    monkeypatch.setattr(gpkg_writer, "BATCH_ROWS", 100)
    with pytest.raises(Cancelled):
        write_table(_frame(1000), str(target), "series", SPEC, CancelAfterFirstBatch())
    assert target.read_bytes() == before
    assert not list(tmp_path.glob(".*partial*"))


def _failing_input():
    yield _frame(10)
    yield pd.DataFrame({"time_utc": ["not a time"] * 3, "interval_s": ["x", "y", "z"]})  # → NULLs, fine
    raise OSError("disk went away")


@pytest.mark.parametrize(
    "frames, error",
    [
        (_failing_input, OSError),  # the input fails in the caller's thread
        (
            lambda: [_frame(10), _frame(4).assign(station="lone surrogate \ud800")],
            UnicodeEncodeError,
        ),  # SQLite, storing thread
    ],
)
def test_failures_leave_previous_output(tmp_path, frames, error):
    target = tmp_path / "t.gpkg"
    write_table(_frame(10), str(target), "series", SPEC)
    before = target.read_bytes()
    with pytest.raises(error):
        write_table(frames(), str(target), "series", SPEC)
    assert target.read_bytes() == before
    assert not list(tmp_path.glob(".*partial*"))


def test_table_inside_an_existing_geopackage_is_replaced_in_one_transaction(tmp_path):
    path = tmp_path / "pipeline.gpkg"
    write_table(_frame(4), str(path), "other", SPEC)
    destination = f"ogr:dbname='{path}' table=\"series\""
    assert write_table(_frame(6), destination, "ignored", SPEC) == f"{path}|layername=series"
    assert len(_sql_rows(path, "series")) == 6 and len(_sql_rows(path, "other")) == 4

    with pytest.raises(Cancelled):  # a cancelled replacement: the earlier table stays whole
        write_table(_frame(500), destination, "ignored", SPEC, _cancelled_after(1))
    assert len(_sql_rows(path, "series")) == 6

    write_table(_frame(8), destination, "ignored", SPEC)  # replaced: new rows, count and fids
    assert [r[0] for r in _sql_rows(path, "series")] == list(range(1, 9))
    count, _ = _ogr(path, "series")
    assert count == 8
    with sqlite3.connect(path) as db:
        assert db.execute("SELECT count(*) FROM gpkg_contents WHERE table_name = 'series'").fetchone() == (1,)
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def _cancelled_after(calls):
    class Cancelling(Progress):
        seen = 0

        def is_cancelled(self):
            self.seen += 1
            return self.seen > calls

    return Cancelling()


def test_csv_output(tmp_path):
    path = write_table(_frame(4), str(tmp_path / "t.csv"), "series", SPEC)
    rows = list(csv.reader(io.StringIO((tmp_path / "t.csv").read_text())))  # GDAL ≥ 3.8 stops quoting integers
    assert path == str(tmp_path / "t.csv")
    assert rows[0] == ["station", "time_utc", "interval_s", "ghi_wm2", "day"]
    assert rows[1] == ["A001", "2023/01/01 03:00:00+00", "1800", "", "2000/05/07"]  # GDAL's CSV spelling; NULL is empty
    assert rows[2] == ["", "2023/01/01 03:30:00+00", "1800", "0.25", ""]
    assert len(rows) == 5
    assert not list(tmp_path.glob(".*"))


def test_writer_refuses_unknown_kinds_and_non_file_destinations(tmp_path):
    with pytest.raises(ValueError, match="unknown column kind"):
        GpkgWriter(tmp_path / "x.gpkg", "t", {"a": "decimal"})
    with pytest.raises(NetLoadError, match="not a file"):
        write_table(_frame(2), "memory:", "t", SPEC)


@pytest.mark.parametrize("destination, expected", [
    ("/tmp/a.gpkg", ("/tmp/a.gpkg", None)),
    ("/tmp/a.gpkg|layername=x", ("/tmp/a.gpkg", None)),
    ("ogr:dbname='/tmp/a.gpkg' table=\"t\" (geom)", ("/tmp/a.gpkg", "t")),
    ("C:/data/a.csv", ("C:/data/a.csv", None)),
    ("memory:", None),
    ("postgres://dbname='x' table=\"t\"", None),
])
def test_table_destination(destination, expected):
    found = table_destination(destination)
    assert (None if found is None else (found[0].as_posix(), found[1])) == expected


@pytest.mark.parametrize("unit", ["s", "ms", "us", "ns"])
def test_times_of_any_unit_are_written_as_utc_text(tmp_path, unit):
    """pandas 2 keeps second/milli/microsecond columns (numpy 2 beside QGIS 3.40): the text must not depend on it."""
    instants = np.array(["2024-01-10T03:00:00", "NaT"], dtype=f"datetime64[{unit}]")
    for aware in (False, True):
        times = pd.Series(instants)
        if aware:
            times = times.dt.tz_localize("UTC").dt.tz_convert("America/Sao_Paulo")
        path = tmp_path / f"{unit}{aware}.gpkg"
        write_table(pd.DataFrame({"time_utc": times}), str(path), "t", {"time_utc": "datetime"})
        with sqlite3.connect(str(path)) as connection:
            stored = [row[0] for row in connection.execute('SELECT time_utc FROM "t" ORDER BY fid')]
        assert stored == ["2024-01-10T03:00:00.000Z", None]
