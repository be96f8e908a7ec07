"""Column-wise reading of OGR-backed layers through GDAL's Arrow stream (GDAL >= 3.6).

Used by the table reader (``tables.read_table``) and the point reader (``columnar.read_points``):
both ask for a few columns of a file-backed layer, where Arrow is one to two orders of magnitude
faster than iterating QGIS features. Whenever this path cannot serve a layer (not an OGR layer,
a provider-side filter, an old GDAL, a missing column, or GDAL 3.10's numpy-2 bridge failing on
some string columns with "Negative size passed to PyBytes_FromStringAndSize") it raises
:class:`ArrowUnavailableError` and the caller reads through QGIS instead: slower, never different.

"Never different" includes the values' types: GDAL 3.6 (QGIS 3.22) hands string columns over as
fixed-width ``bytes`` arrays (``b'UFV'``), GDAL 3.10 as ``str``. Every string column is decoded
here, once, to ``str`` objects, so no caller compares ``b'UFV'`` with ``'UFV'`` (which silently
matched nothing: zero kW by IBGE code, every unit's capacity filed under "other type").
"""

from __future__ import annotations

import numpy as np
from qgis.core import QgsVectorLayer

GEOMETRY = "__geometry__"  # key of the WKB column in the yielded batches


class ArrowUnavailableError(Exception):
    """This layer cannot be read through the Arrow stream; read it through QGIS."""


def ogr_source(layer: QgsVectorLayer):
    """(path, layer name or id or None) of an OGR-backed layer without a filter, or None."""
    if layer.providerType() != "ogr" or layer.subsetString():
        return None
    parts = layer.dataProvider().dataSourceUri().split("|")
    path, name = parts[0], None
    for part in parts[1:]:
        if part.startswith("layername="):
            name = part.split("=", 1)[1]
        elif part.startswith("layerid="):
            name = int(part.split("=", 1)[1])
        elif part.startswith("subset="):
            return None  # provider-side filter: let QGIS apply it
    return path, name


def arrow_batches(layer: QgsVectorLayer, fields: list[str], with_geometry: bool):
    """Yield ``{field: array}`` batches (plus ``GEOMETRY``: WKB when asked) of every feature.

    Arrays are unmasked (NULL → NaN or None). Raises :class:`ArrowUnavailableError` before the first
    batch, or while reading, when the layer cannot be read this way.
    """
    from osgeo import ogr

    source = ogr_source(layer)
    if source is None:
        raise ArrowUnavailableError("not a plain OGR layer")
    dataset = ogr.Open(source[0])
    if dataset is None:
        raise ArrowUnavailableError(f"GDAL cannot open {source[0]}")
    ogr_layer = dataset.GetLayer(source[1]) if source[1] is not None else dataset.GetLayer(0)
    if ogr_layer is None or not hasattr(ogr_layer, "GetArrowStreamAsNumPy"):
        raise ArrowUnavailableError("no such layer, or GDAL older than 3.6")
    definition = ogr_layer.GetLayerDefn()
    available = [definition.GetFieldDefn(i).GetName() for i in range(definition.GetFieldCount())]
    text = {definition.GetFieldDefn(i).GetName() for i in range(definition.GetFieldCount())
            if definition.GetFieldDefn(i).GetType() == ogr.OFTString}
    ignored = [name for name in available if name not in fields]
    ogr_layer.SetIgnoredFields(ignored if with_geometry else ignored + ["OGR_GEOMETRY"])
    geometry_names = (ogr_layer.GetGeometryColumn() or "wkb_geometry", "wkb_geometry", "geometry", "geom")
    stream = ogr_layer.GetArrowStreamAsNumPy()
    try:
        for batch in stream:
            missing = [name for name in fields if name not in batch]
            if missing:
                raise ArrowUnavailableError(f"columns not in the Arrow stream: {missing}")
            out = {name: as_text(unmask(batch[name])) if name in text else unmask(batch[name]) for name in fields}
            if with_geometry:
                key = next((k for k in batch if k in geometry_names), None)
                if key is None:
                    raise ArrowUnavailableError("no geometry column in the Arrow stream")
                out[GEOMETRY] = unmask(batch[key])
            yield out
    except (RuntimeError, SystemError, ValueError) as error:
        raise ArrowUnavailableError(str(error)) from error
    finally:
        del stream


def unmask(values) -> np.ndarray:
    """A (masked) Arrow column as a plain array: NULL → NaN (numbers) or None (anything else)."""
    if not isinstance(values, np.ma.MaskedArray):
        return values
    if not values.mask.any():
        return values.data
    if values.dtype.kind in "fiu":
        return values.astype(float).filled(np.nan)
    out = values.data.astype(object)
    out[values.mask] = None
    return out


def as_text(values: np.ndarray) -> np.ndarray:
    """A string column as ``str`` objects, whether GDAL gave ``bytes`` (fixed-width ``S`` or objects) or
    ``str``; NULL stays None.

    OGR hands strings to Arrow as UTF-8; a byte that is not UTF-8 is replaced (U+FFFD) rather than
    failing the whole column.
    """
    if values.dtype.kind not in "SO":
        return values
    return np.array([value.decode("utf-8", "replace") if isinstance(value, bytes) else value
                     for value in values.tolist()], dtype=object)
