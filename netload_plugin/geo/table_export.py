"""Tables to spreadsheets: XLSX (through GDAL's own XLSX driver) or CSV, with translated headers.

No new dependency: QGIS ships GDAL, and GDAL writes Office Open XML. Headers are the fields'
aliases (:mod:`netload_plugin.geo.field_aliases`) in the analyst's language; a CSV written for a
language with a decimal comma (pt_BR) uses ``;`` between fields and ``,`` in numbers, as Excel
and LibreOffice expect there. Files are written beside the target, then renamed: an interrupted
export leaves the earlier file intact.
"""

import os
from pathlib import Path

import pandas as pd
from osgeo import ogr

from ..core.errors import NetLoadError
from ..translation import display_locale
from .field_aliases import field_label


def _headers(frame: pd.DataFrame) -> list:
    return [field_label(str(column)) for column in frame.columns]


def _partial(path: Path) -> Path:
    return path.with_name(f".{path.stem}.partial{path.suffix}")


def write_csv(frame: pd.DataFrame, path, decimal_comma: bool = None) -> Path:
    """CSV in UTF-8 with a BOM (Excel then reads accents right); ``;`` and ``,`` for a decimal-comma locale."""
    path = Path(path)
    if decimal_comma is None:
        decimal_comma = display_locale().decimalPoint() == ","
    partial = _partial(path)
    out = frame.copy()
    out.columns = _headers(frame)
    out.to_csv(partial, index=False, sep=";" if decimal_comma else ",", decimal="," if decimal_comma else ".",
               encoding="utf-8-sig")
    os.replace(partial, path)
    return path


def _ogr_type(series: pd.Series):
    if pd.api.types.is_bool_dtype(series) or pd.api.types.is_integer_dtype(series):
        return ogr.OFTInteger64
    if pd.api.types.is_float_dtype(series):
        return ogr.OFTReal
    if pd.api.types.is_datetime64_any_dtype(series):
        return ogr.OFTDateTime
    return ogr.OFTString


def _cell(value, kind):
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return None
    if kind == ogr.OFTDateTime:
        stamp = pd.Timestamp(value)
        return stamp.tz_convert(None) if stamp.tzinfo is not None else stamp
    if kind == ogr.OFTInteger64:
        return int(value)
    if kind == ogr.OFTReal:
        return float(value)
    return str(value)


def write_xlsx(frame: pd.DataFrame, path, sheet: str = "NetLoad") -> Path:
    """One sheet with translated headers; numbers stay numbers, times stay date-times (UTC)."""
    return write_xlsx_sheets({sheet: frame}, path)


def write_xlsx_sheets(frames: dict, path) -> Path:
    """One sheet per ``{sheet name: frame}`` (names cut to Excel's 31 characters), in one workbook."""
    path = Path(path)
    driver = ogr.GetDriverByName("XLSX")
    if driver is None:
        raise NetLoadError(f"{path}: this GDAL has no XLSX driver; export as CSV instead")
    partial = _partial(path)
    if partial.exists():
        partial.unlink()
    dataset = driver.CreateDataSource(str(partial))
    if dataset is None:
        raise NetLoadError(f"{path}: GDAL could not create the spreadsheet")
    for sheet, frame in frames.items():
        _write_sheet(dataset, sheet[:31], frame)
    dataset = None  # closing writes the file
    os.replace(partial, path)
    return path


def _write_sheet(dataset, sheet: str, frame: pd.DataFrame) -> None:
    layer = dataset.CreateLayer(sheet, geom_type=ogr.wkbNone, options=["FIELD_TYPES=AUTO"])
    kinds = [_ogr_type(frame[column]) for column in frame.columns]
    for header, kind in zip(_headers(frame), kinds):
        layer.CreateField(ogr.FieldDefn(header, kind))
    definition = layer.GetLayerDefn()
    for row in frame.itertuples(index=False):
        feature = ogr.Feature(definition)
        for index, (value, kind) in enumerate(zip(row, kinds)):
            _set(feature, index, _cell(value, kind), kind)
        layer.CreateFeature(feature)


def _set(feature, index, value, kind):
    if value is None:
        feature.SetFieldNull(index)
    elif kind == ogr.OFTDateTime:
        feature.SetField(index, value.year, value.month, value.day, value.hour, value.minute, float(value.second), 0)
    else:
        feature.SetField(index, value)


def export_table(frame: pd.DataFrame, path) -> Path:
    """XLSX or CSV by the file's suffix."""
    path = Path(path)
    if path.suffix.lower() == ".xlsx":
        return write_xlsx(frame, path)
    return write_csv(frame, path)
