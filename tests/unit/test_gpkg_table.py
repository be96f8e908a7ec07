"""The fast table writer: values round-trip through OGR, outputs are replaced atomically."""

import numpy as np
import pandas as pd
import pytest
from osgeo import ogr

from netload_plugin.core.errors import Cancelled
from netload_plugin.core.progress import Progress
from netload_plugin.geo import gpkg_table

SPEC = {"station": "string", "time_utc": "datetime", "interval_s": "int", "ghi_wm2": "double", "day": "date"}


def _frame(n):
    return pd.DataFrame({
        "station": ["A001", None] * (n // 2),
        "time_utc": pd.date_range("2023-01-01T03:00Z", periods=n, freq="30min"),
        "interval_s": 1800,
        "ghi_wm2": np.where(np.arange(n) % 3 == 0, np.nan, np.arange(n) / 4),
        "day": [pd.Timestamp("2000-05-07").date(), None] * (n // 2),
    })


def _read(path):
    source = ogr.Open(str(path))
    layer = source.GetLayer(0)
    rows = [feature.items() for feature in layer]
    return layer.GetFeatureCount(), rows


def test_round_trip(tmp_path):
    path = gpkg_table.write_table(_frame(250), str(tmp_path / "t.gpkg"), "series", SPEC)
    count, rows = _read(path)
    assert count == 250
    assert rows[0] == {"station": "A001", "time_utc": "2023/01/01 03:00:00+00", "interval_s": 1800, "ghi_wm2": None,
                       "day": "2000/05/07"}
    assert rows[1]["station"] is None and rows[1]["ghi_wm2"] == 0.25 and rows[1]["day"] is None
    assert rows[249]["time_utc"] == "2023/01/06 07:30:00+00"  # 03:00 + 249 × 30 min


def test_csv_output(tmp_path):
    path = gpkg_table.write_table(_frame(4), str(tmp_path / "t.csv"), "series", SPEC)
    assert path.read_text().splitlines()[0].startswith("station,time_utc")
    assert not list(tmp_path.glob(".*partial*"))


def test_cancel_leaves_previous_output(tmp_path, monkeypatch):
    target = tmp_path / "t.gpkg"
    gpkg_table.write_table(_frame(10), str(target), "series", SPEC)
    before = target.read_bytes()

    class CancelAfterFirstBatch(Progress):
        calls = 0

        def is_cancelled(self):
            self.calls += 1
            return self.calls > 1

    monkeypatch.setattr(gpkg_table, "BATCH", 100)
    with pytest.raises(Cancelled):
        gpkg_table.write_table(_frame(1000), str(target), "series", SPEC, CancelAfterFirstBatch())
    assert target.read_bytes() == before
    assert not list(tmp_path.glob(".*partial*"))
