"""A GeoPackage layer as the store's DataFrames, read through GDAL's Arrow stream.

GDAL reads a GeoPackage column by column in C++ (about ten times faster than fetching rows through
:mod:`sqlite3` and building DataFrames), so publishing a run's GeoPackage to the store is bound by
the database, not by reading. Values come out as :mod:`netload_plugin.core.gpkg_reader` gives them
(text as UTF-8 bytes on GDAL 3.6, str later — the COPY encoder takes both; geometries as EWKB with
the layer's SRID). When the Arrow stream cannot serve the layer (old GDAL, a column type it
refuses) before the first batch, the sqlite reader is used instead: slower, never different.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
from qgis.core import QgsVectorLayer

from ..core import gpkg_reader
from ..core.errors import NetLoadError
from .arrow_reader import GEOMETRY, ArrowUnavailableError, arrow_batches


def read_frames(gpkg: Path, layer: gpkg_reader.GpkgLayer):
    """Yield ``layer``'s rows as DataFrames with its columns (fid left out), in table order."""
    geometry = layer.geometry
    names = [c.name for c in layer.columns if c.kind != "geometry"]
    source = QgsVectorLayer(f"{gpkg}|layername={layer.table}", layer.table, "ogr")
    batches = arrow_batches(source, names, with_geometry=geometry is not None) if source.isValid() else None
    started = False
    try:
        for batch in batches if batches is not None else ():
            started = True
            frame = pd.DataFrame({name: batch[name] for name in names})
            if geometry is not None:
                frame[geometry.name] = gpkg_reader.ewkb_from_wkb(batch[GEOMETRY], geometry.srid)
            yield frame[[c.name for c in layer.columns]]
    except ArrowUnavailableError as error:
        if started:
            raise NetLoadError(f"Reading {layer.table} of {Path(gpkg).name} failed part-way: {error}") from None
        batches = None
    if batches is None:
        yield from gpkg_reader.read_frames(gpkg, layer)
