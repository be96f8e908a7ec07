"""A GeoPackage layer as the store's DataFrames, read through GDAL's Arrow stream.

GDAL reads a GeoPackage column by column in C++ (about ten times faster than fetching rows through
:mod:`sqlite3` and building DataFrames), so publishing a run's GeoPackage to the store is bound by
the database, not by reading. Values come out as :mod:`netload_plugin.core.gpkg_reader` gives them
(text as UTF-8 bytes on GDAL 3.6, str later — the COPY encoder takes both; geometries as EWKB with
the layer's SRID). When the Arrow stream cannot serve the layer (old GDAL, a column type it
refuses), the sqlite reader is used instead: slower, never different. It also takes over part-way,
from the row where the stream stopped: GDAL 3.10's numpy bridge (QGIS 3.40) now and then fails on a
later batch of string columns ("returned a result with an exception set"), depending on memory
contents, so a long table must not depend on every batch getting through.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
from qgis.core import QgsVectorLayer

from ..core import gpkg_reader
from .arrow_reader import GEOMETRY, ArrowUnavailableError, arrow_batches


def read_frames(gpkg: Path, layer: gpkg_reader.GpkgLayer):
    """Yield ``layer``'s rows as DataFrames with its columns (fid left out), in table order."""
    geometry = layer.geometry
    names = [c.name for c in layer.columns if c.kind != "geometry"]
    source = QgsVectorLayer(f"{gpkg}|layername={layer.table}", layer.table, "ogr")
    batches = arrow_batches(source, names, with_geometry=geometry is not None) if source.isValid() else None
    done = 0  # rows yielded from the Arrow stream
    try:
        for batch in batches if batches is not None else ():
            frame = pd.DataFrame({name: batch[name] for name in names})
            if geometry is not None:
                frame[geometry.name] = gpkg_reader.ewkb_from_wkb(batch[GEOMETRY], geometry.srid)
            done += len(frame)
            yield frame[[c.name for c in layer.columns]]
    except ArrowUnavailableError:
        batches = None
    if batches is None:
        yield from gpkg_reader.read_frames(gpkg, layer, skip_rows=done)
