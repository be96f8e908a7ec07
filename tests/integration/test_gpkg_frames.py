"""geo.gpkg_frames: the store's reader keeps every row when GDAL's Arrow stream fails part-way.

GDAL 3.10's numpy bridge (the QGIS 3.40 leg) now and then fails on a later batch of a string column; the
sqlite reader must then take over from the row where the stream stopped — no row lost, none repeated.
"""

import numpy as np
import pandas as pd
import pytest

from netload_plugin.core import gpkg_reader
from netload_plugin.core.gpkg_writer import GpkgWriter
from netload_plugin.core.pg_copy import encode_rows
from netload_plugin.geo import gpkg_frames
from netload_plugin.geo.arrow_reader import ArrowUnavailableError

ROWS = 150_000  # more than two of GDAL's Arrow batches (65,536 rows)


@pytest.fixture(scope="module")
def points(tmp_path_factory):
    path = tmp_path_factory.mktemp("frames") / "points.gpkg"
    index = np.arange(ROWS)
    frame = pd.DataFrame({"unit_id": [f"GD.PR.{i:07d}" for i in index], "capacity_kw": index * 0.5,
                          "lon": -50 + index * 1e-5, "lat": -25 + index * 1e-5})
    writer = GpkgWriter(path, "units", {"unit_id": "string", "capacity_kw": "double"}, srs_id=4674)
    writer.append(frame)
    writer.close()
    return path, gpkg_reader.layers(path)["units"]


def copy_bytes(frames, layer) -> bytes:
    kinds = {c.name: c.kind for c in layer.columns}
    return b"".join(encode_rows(frame, kinds) for frame in frames)


@pytest.mark.parametrize("good_batches", [0, 1, 2])
def test_a_stream_that_fails_after_some_batches_loses_and_repeats_nothing(points, monkeypatch, good_batches):
    path, layer = points
    real = gpkg_frames.arrow_batches
    served = []

    def failing_after(*args, **kwargs):
        for number, batch in enumerate(real(*args, **kwargs)):
            if number == good_batches:
                raise ArrowUnavailableError("returned a result with an exception set")
            served.append(len(batch["unit_id"]))
            yield batch

    monkeypatch.setattr(gpkg_frames, "arrow_batches", failing_after)
    frames = list(gpkg_frames.read_frames(path, layer))
    assert len(served) == good_batches and sum(len(f) for f in frames) == ROWS
    ids = pd.concat(frames)["unit_id"].map(lambda v: v.decode() if isinstance(v, bytes) else v)
    assert list(ids) == [f"GD.PR.{i:07d}" for i in range(ROWS)]  # in order, each once
    assert copy_bytes(frames, layer) == copy_bytes(gpkg_reader.read_frames(path, layer), layer)


def test_the_sqlite_reader_resumes_at_a_row(points):
    path, layer = points
    frames = list(gpkg_reader.read_frames(path, layer, skip_rows=ROWS - 10))
    assert pd.concat(frames)["capacity_kw"].tolist() == [i * 0.5 for i in range(ROWS - 10, ROWS)]
