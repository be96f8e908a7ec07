"""The GeoPackage writer's point tables and the R-tree bulk loader: valid, indexed, readable by GDAL.

(Attribute tables, atomic replacement and the value kinds: test_gpkg_table.py.)"""

import sqlite3
import struct

import numpy as np
import pandas as pd
import pytest

from netload_plugin.core import rtree_bulk
from netload_plugin.core.gpkg_writer import GpkgWriter, point_blobs
from netload_plugin.core.rtree_bulk import bulk_load
from tests.support.requires import require


def test_point_blob_layout():
    blob = point_blobs(np.array([-49.27]), np.array([-25.43]), 4674)[0]
    # GeoPackage header: 'GP', version 0, flags 1 (little endian, no envelope), srs_id; then WKB point
    assert blob[:4] == b"GP\x00\x01" and struct.unpack("<i", blob[4:8])[0] == 4674
    assert blob[8] == 1 and struct.unpack("<I", blob[9:13])[0] == 1
    assert struct.unpack("<dd", blob[13:]) == (-49.27, -25.43)
    assert point_blobs(np.array([np.nan]), np.array([1.0]), 4674) == [None]


@pytest.mark.parametrize("count", [1, 51, 52, 2652, 20000])
def test_bulk_loaded_rtree_is_consistent_and_queryable(count):
    db = sqlite3.connect(":memory:")
    db.execute("CREATE VIRTUAL TABLE r USING rtree(id, minx, maxx, miny, maxy)")
    rng = np.random.default_rng(count)
    x, y = rng.uniform(-74, -34, count).round(2), rng.uniform(-34, 5, count).round(2)
    bulk_load(db, "r", np.arange(1, count + 1), x, x, y, y)
    assert db.execute("SELECT rtreecheck('r')").fetchone()[0] == "ok"
    found = {
        row[0]
        for row in db.execute("SELECT id FROM r WHERE maxx >= -50 AND minx <= -45 AND maxy >= -25 AND miny <= -20")
    }
    expected = set(np.flatnonzero((x >= -50) & (x <= -45) & (y >= -25) & (y <= -20)) + 1)
    assert found == expected
    db.execute("INSERT INTO r VALUES (?, -47, -47, -22, -22)", (count + 1,))  # SQLite can keep editing it
    db.execute("DELETE FROM r WHERE id = 1")
    assert db.execute("SELECT rtreecheck('r')").fetchone()[0] == "ok"


def test_nodes_written_a_few_at_a_time_make_the_same_tree(monkeypatch):
    rng = np.random.default_rng(7)
    x, y = rng.uniform(-74, -34, 2652).round(2), rng.uniform(-34, 5, 2652).round(2)
    trees = []
    for nodes_per_write in (4096, 3):
        monkeypatch.setattr(rtree_bulk, "_NODES_PER_WRITE", nodes_per_write)
        db = sqlite3.connect(":memory:")
        db.execute("CREATE VIRTUAL TABLE r USING rtree(id, minx, maxx, miny, maxy)")
        bulk_load(db, "r", np.arange(1, len(x) + 1), x, x, y, y)
        assert db.execute("SELECT rtreecheck('r')").fetchone()[0] == "ok"
        trees.append([db.execute(f"SELECT * FROM r_{part} ORDER BY 1").fetchall()
                      for part in ("node", "rowid", "parent")])
    assert trees[0] == trees[1]


def test_writer_builds_a_geopackage_gdal_reads(tmp_path):
    ogr = require("osgeo.ogr")
    path = tmp_path / "points.gpkg"
    frame = pd.DataFrame({"unit_id": ["a", "b", None], "capacity_kw": [1.5, np.nan, 3.0],
                          "connected_on": ["2020-01-02", None, "2021-03-04"],
                          "lon": [-49.27, -48.55, -51.23], "lat": [-25.43, -27.59, -30.03]})
    kinds = {"unit_id": "string", "capacity_kw": "double", "connected_on": "date"}
    with GpkgWriter(path, "units", kinds, srs_id=4674) as writer:
        writer.append(frame.iloc[:2])
        writer.append(frame.iloc[2:])
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA application_id").fetchone()[0] == 0x47504B47
    assert db.execute("SELECT rtreecheck('rtree_units_geom')").fetchone()[0] == "ok"
    assert db.execute("SELECT min_x, max_y, srs_id FROM gpkg_contents").fetchone() == (-51.23, -25.43, 4674)
    db.close()
    source = ogr.Open(str(path))
    layer = source.GetLayer("units")
    assert layer.GetFeatureCount() == 3 and layer.GetSpatialRef().GetAuthorityCode(None) == "4674"
    assert source.ExecuteSQL("SELECT HasSpatialIndex('units', 'geom')").GetNextFeature().GetField(0) == 1
    layer.SetSpatialFilterRect(-50, -26, -49, -25)
    assert [f.GetField("unit_id") for f in layer] == ["a"]
    layer.SetSpatialFilter(None)
    rows = {f.GetFID(): (f.GetField("unit_id"), f.GetField("capacity_kw"), f.GetField("connected_on")) for f in layer}
    assert rows == {1: ("a", 1.5, "2020/01/02"), 2: ("b", None, None), 3: (None, 3.0, "2021/03/04")}


def test_writer_abort_removes_the_file(tmp_path):
    path = tmp_path / "x.gpkg"
    with pytest.raises(RuntimeError):
        with GpkgWriter(path, "t", {"a": "string"}, srs_id=4674):
            raise RuntimeError("boom")
    assert not path.exists() and list(tmp_path.iterdir()) == []
    with pytest.raises(ValueError):
        GpkgWriter(path, "t", {"bad name": "string"})
    with pytest.raises(ValueError):
        GpkgWriter(path, "t", {"a": "string"}, srs_id=31983)
