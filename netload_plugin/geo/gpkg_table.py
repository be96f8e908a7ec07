"""Processing outputs of pandas tables (with or without points): one entry point, a dispatch on the destination.

Every table NetLoad writes goes through an :class:`Output` session: append frames as they come,
``commit()`` once everything is in (nothing visible changes before), ``abort()`` on any error or
cancel (an earlier output at the same place stays intact). Which session depends on where the
output goes:

* a GeoPackage file, whole or one table inside an existing one (``ogr:dbname='x.gpkg' table="t"``):
  :class:`~netload_plugin.core.gpkg_writer.GpkgWriter` writes it directly (fast bulk inserts, the
  R-tree of point tables packed once), in a staging file renamed over the target at the end;
* another file format GDAL writes (``.csv``, ``.shp``, ``.xlsx``…): the same writer fills a
  staging GeoPackage, converted with ``gdal.VectorTranslate`` and renamed into place at the end;
* anything else (``memory:``, databases): the Processing sink, feature by feature
  (:mod:`.frame_sink`).

A new destination type is one more session class and one more branch in :func:`open_output`.
"""

from __future__ import annotations

import os
import re
import sqlite3
from collections.abc import Iterable
from pathlib import Path

import pandas as pd

from ..core import gpkg_writer
from ..core.errors import NetLoadError
from ..core.gpkg_writer import GpkgWriter
from ..core.progress import Progress

_OGR_DESTINATION = re.compile(r"^ogr:dbname='(?P<path>[^']+)'\s+table=\"(?P<table>[^\"]+)\"")


def table_names(path: Path | str) -> set:
    """The tables and views a GeoPackage lists (``gpkg_contents``); empty for a missing file.

    Asking first, instead of opening ``file|layername=x`` and checking validity, keeps OGR from
    logging "Cannot find layer x" for every optional table a run did not write.
    """
    path = Path(path)
    if not path.is_file():
        return set()
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return {row[0] for row in connection.execute("SELECT table_name FROM gpkg_contents")}
    except sqlite3.Error:
        return set()
    finally:
        connection.close()


def table_destination(destination: str) -> tuple[Path, str | None] | None:
    """``(file, table inside an existing GeoPackage or None for a whole file)``; None when not a file."""
    match = _OGR_DESTINATION.match(destination)
    if match:
        path = Path(match.group("path"))
        return (path, match.group("table")) if path.suffix.lower() == ".gpkg" else None
    path = destination.split("|", 1)[0]
    if not path or re.match(r"^[a-z]+:", path) and not re.match(r"^[A-Za-z]:[\\/]", path):
        return None  # memory:, postgres:, ogr:… (but not a Windows drive letter)
    return Path(path), None


class FileOutput:
    """A table written to a file destination: a GeoPackage directly, other formats converted at the end."""

    def __init__(self, path: Path, table: str, columns: dict[str, str], *, inner_table: bool = False,
                 srs_id: int | None = None, description: str = "", on_commit=None):
        self.path, self.table = path, table
        self._on_commit = on_commit  # called with the written layer's source
        self._convert = not inner_table and path.suffix.lower() != ".gpkg"
        target = path.with_name(f".{path.stem}.{os.getpid()}.staging.gpkg") if self._convert else path
        self._writer = GpkgWriter(target, table, columns, srs_id=srs_id, table_only=inner_table,
                                  description=description)

    @property
    def count(self) -> int:
        return self._writer.count

    def append(self, frame: pd.DataFrame) -> None:
        self._writer.append(frame)

    def commit(self) -> str:
        """Finish the file; return the written layer's source (``path|layername=table`` for GeoPackages)."""
        self._writer.close()
        if self._convert:
            try:
                written = str(_translate(self._writer.path, self.table, self.path))
            finally:
                self._writer.path.unlink(missing_ok=True)
        else:
            written = f"{self.path}|layername={self.table}"
        if self._on_commit is not None:
            self._on_commit(written)
        return written

    def abort(self) -> None:
        self._writer.abort()
        if self._convert:
            self._writer.path.unlink(missing_ok=True)


class SinkOutput:
    """A table sent to a Processing sink (``memory:``, databases), feature by feature as it comes."""

    def __init__(self, sink, destination_id: str, columns: dict[str, str], points: bool, progress: Progress,
                 on_commit=None):
        self._sink, self._id, self._columns = sink, destination_id, columns
        self._xy = ("lon", "lat") if points else None
        self._progress = progress
        self._on_commit = on_commit  # called with the destination id
        self.count = 0

    def append(self, frame: pd.DataFrame) -> None:
        from .frame_sink import write_frame

        self.count += write_frame(self._sink, frame, self._columns, self._progress, xy=self._xy)

    def commit(self) -> str:
        self._sink = None  # a sink is finished when released
        if self._on_commit is not None:
            self._on_commit(self._id)
        return self._id

    def abort(self) -> None:
        self._sink = None


def open_file_output(output: str, table: str, columns: dict[str, str], *, srs_id: int | None = None,
                     description: str = "") -> FileOutput:
    """The session writing ``output``: a ``.gpkg`` file (replaced whole), ``ogr:dbname='x.gpkg' table="t"``
    (only that table replaced, ``table`` ignored) or another vector file format GDAL writes.

    Raises :class:`NetLoadError` for a destination that is not a file (see :func:`open_output`).
    """
    target = table_destination(str(output))
    if target is None:
        raise NetLoadError(f"Output {output!r} is not a file; write it through the Processing sink instead.")
    path, inner_table = target
    return FileOutput(path, inner_table or table, columns, inner_table=inner_table is not None, srs_id=srs_id,
                      description=description)


def open_output(algorithm, parameters: dict, name: str, context, columns: dict[str, str], *,
                srs_id: int | None = None, table: str | None = None, description: str = "",
                progress: Progress | None = None):
    """The session writing the algorithm's output ``name`` (a sink or vector destination), or None when an
    optional output was not asked for. ``srs_id``: a point table (frames carry ``lon``/``lat``).

    Files go to :class:`FileOutput` (layer ``table``, by default the file's name, as QGIS names it);
    anything else to the Processing sink. Call ``commit()`` for the destination to report.
    """
    destination = algorithm.parameterAsOutputLayer(parameters, name, context)
    if not destination:
        return None
    target = table_destination(destination)

    def loaded(written: str) -> None:
        _load_on_completion(context, destination, written)

    if target is None:
        return _sink_output(algorithm, parameters, name, context, columns, srs_id, progress or Progress(), loaded)
    return FileOutput(target[0], target[1] or table or target[0].stem, columns, inner_table=target[1] is not None,
                      srs_id=srs_id, description=description, on_commit=loaded)


def _sink_output(algorithm, parameters, name, context, columns, srs_id, progress, on_commit) -> SinkOutput:
    from qgis.core import QgsCoordinateReferenceSystem, QgsProcessingException

    from .. import compat
    from .frame_sink import fields_from

    kind = compat.WKB_NO_GEOMETRY if srs_id is None else compat.WKB_POINT
    crs = QgsCoordinateReferenceSystem() if srs_id is None else QgsCoordinateReferenceSystem(f"EPSG:{srs_id}")
    sink, destination_id = algorithm.parameterAsSink(parameters, name, context, fields_from(columns), kind, crs)
    if sink is None:
        raise QgsProcessingException(algorithm.invalidSinkError(parameters, name))
    return SinkOutput(sink, destination_id, columns, srs_id is not None, progress, on_commit)


def _frames(frames) -> Iterable[pd.DataFrame]:
    return [frames] if isinstance(frames, pd.DataFrame) else frames


def _rows_in(frames, progress: Progress, total_rows: int | None):
    """Each frame, checking cancel between them and reporting the fraction of ``total_rows``."""
    done = 0
    for frame in _frames(frames):
        progress.check_cancelled()
        batch = gpkg_writer.BATCH_ROWS
        for first in range(0, max(len(frame), 1), batch):
            yield frame.iloc[first: first + batch] if len(frame) > batch else frame
            done += min(batch, len(frame) - first)
            if total_rows:
                progress.set_fraction(min(done / total_rows, 1.0))
            progress.check_cancelled()


def fill(output, frames, progress: Progress | None = None, total_rows: int | None = None) -> str:
    """Append every frame of ``frames`` (a DataFrame or an iterable of them) to ``output`` and commit;
    abort on any error or cancel. Returns what ``commit()`` returns."""
    progress = progress or Progress()
    if total_rows is None and isinstance(frames, pd.DataFrame):
        total_rows = len(frames)
    try:
        for frame in _rows_in(frames, progress, total_rows):
            output.append(frame)
    except BaseException:
        output.abort()
        raise
    return output.commit()


def write_table(frames, output: str, table: str, columns: dict[str, str], progress: Progress | None = None,
                total_rows: int | None = None) -> str:
    """Write ``frames`` (a DataFrame or an iterable of them) to the file destination ``output``
    (see :func:`open_file_output`); ``total_rows`` (when known) drives the progress fraction.
    Returns the written layer's source (``path|layername=table`` for GeoPackages)."""
    return fill(open_file_output(output, table, columns), frames, progress, total_rows)


def write_table_output(algorithm, parameters: dict, name: str, context, frames, columns: dict[str, str],
                       progress: Progress | None = None, total_rows: int | None = None,
                       table: str | None = None) -> str | None:
    """Write ``frames`` to the algorithm's table output ``name`` (see :func:`open_output`); returns the
    destination for the algorithm's results (None for an optional output not asked for)."""
    output = open_output(algorithm, parameters, name, context, columns, table=table, progress=progress)
    return None if output is None else fill(output, frames, progress, total_rows)


def _translate(source: Path, table: str, target: Path) -> Path:
    """Convert the staging GeoPackage to ``target``'s format beside it, then rename it into place."""
    from osgeo import gdal

    converted = target.with_name(f".{target.stem}.{os.getpid()}.partial{target.suffix}")
    try:
        result = gdal.VectorTranslate(str(converted), str(source), layerName=table)
        if result is None:
            raise NetLoadError(f"Could not write {target.name}: {gdal.GetLastErrorMsg()}")
        result = None
        written = None
        for part in converted.parent.glob(converted.stem + ".*"):  # a shapefile's table is its .dbf
            os.replace(part, target.with_suffix(part.suffix))
            written = written or target.with_suffix(part.suffix)
        return target if target.exists() else written
    finally:
        for part in converted.parent.glob(converted.stem + ".*"):
            part.unlink(missing_ok=True)


def _load_on_completion(context, destination: str, written: str) -> None:
    """Point Processing's load-on-completion entry for ``destination`` (made when the user asked to
    open the output) at the layer really written, so it is opened once, as that layer."""
    layers = context.layersToLoadOnCompletion()
    if written != destination and destination in layers:
        details = layers.pop(destination)
        if written not in layers:
            layers[written] = details
        context.setLayersToLoadOnCompletion(layers)
