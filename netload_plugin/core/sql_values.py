"""pandas columns as the values SQLite stores for a GeoPackage column kind (no QGIS, no GDAL).

Kinds (the names :func:`~netload_plugin.compat.make_field` uses too): ``string``, ``date``
(``YYYY-MM-DD``), ``datetime`` (``2023-01-01T03:00:00.000Z``, UTC), ``int``, ``int64``, ``bool``,
``double``. NaN, NaT, None and ``pd.NA`` become SQL NULL. Each distinct instant or label is
formatted once per batch, since series repeat the same few thousand times and dates millions of
times.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

SQL_TYPES = {"string": "TEXT", "datetime": "DATETIME", "date": "DATE", "int": "MEDIUMINT", "int64": "INTEGER",
             "double": "REAL", "bool": "BOOLEAN"}


def _datetime_text(series: pd.Series, last: dict | None = None) -> list:
    """GeoPackage DATETIME text (``2023-01-01T03:00:00.000Z``), naive times taken as UTC; NaT → None.

    ``last``: the previous batch's instants and text, reused when this batch has the same ones
    (stations after stations over the same year) and replaced otherwise.
    """
    if isinstance(series.dtype, pd.DatetimeTZDtype):
        series = series.dt.tz_convert("UTC").dt.tz_localize(None)
    elif not pd.api.types.is_datetime64_dtype(series.dtype):
        series = pd.to_datetime(series, utc=True, errors="coerce").dt.tz_localize(None)
    # In ns whatever the column's unit: pandas 2 keeps s/ms/us columns (numpy converts, NaT stays NaT).
    nanos = series.to_numpy().astype("datetime64[ns]").view("int64")
    codes, uniques = pd.factorize(nanos)  # series repeat the same instants: format each once
    last = {} if last is None else last
    if not np.array_equal(last.get("instants", ()), uniques):
        valid = uniques != np.iinfo(np.int64).min  # NaT
        text = np.full(len(uniques), None, dtype=object)
        stamps = np.datetime_as_string(uniques[valid].astype("datetime64[ns]").astype("datetime64[ms]"), unit="ms")
        text[valid] = np.char.add(stamps, "Z").astype(object)
        last.update(instants=uniques, text=text)
    return last["text"][codes].tolist()


def _labels(series: pd.Series, render) -> list:
    """Values rendered once per distinct value (``render`` takes them all, returns a label or None each),
    NULL for NA."""
    codes, uniques = pd.factorize(series.to_numpy(dtype=object), use_na_sentinel=True)
    labels = np.empty(len(uniques) + 1, dtype=object)
    labels[:-1] = render(uniques)
    labels[-1] = None
    return labels[codes].tolist()


def _date_text(values: np.ndarray) -> np.ndarray:
    """``YYYY-MM-DD`` of dates, timestamps or date text; None where unreadable."""
    days = pd.Series(pd.to_datetime(pd.Series(values, dtype=object), errors="coerce"))
    return days.dt.strftime("%Y-%m-%d").astype(object).where(days.notna(), None).to_numpy()


def _text(values: np.ndarray) -> list:
    return [str(value) for value in values]


def sql_values(series: pd.Series, kind: str, last: dict | None = None) -> list:
    """One column as SQLite values: NULL for NaN/NaT/None, GeoPackage text for dates and times.

    ``last``: a dict kept from batch to batch of the same column (see :func:`_datetime_text`).
    """
    if kind == "datetime":
        return _datetime_text(series, last)
    if kind == "double":  # sqlite3 binds NaN as NULL
        if series.dtype.kind in "fiub":
            return series.to_numpy(dtype=float, na_value=np.nan).tolist()
        return pd.to_numeric(series, errors="coerce").to_numpy(dtype=float).tolist()
    if kind in ("int", "int64", "bool"):
        if series.dtype.kind in "iub" and not series.hasnans:
            return series.to_numpy(dtype="int64").tolist()
        numbers = pd.to_numeric(series, errors="coerce").to_numpy(dtype=float, na_value=np.nan)
        return [None if value != value else int(value) for value in numbers.tolist()]
    if kind == "date":
        return _labels(series, _date_text)
    values = series.to_numpy(dtype=object)
    if pd.api.types.infer_dtype(values, skipna=True) in ("string", "empty"):  # already text: no rendering
        if pd.api.types.infer_dtype(values, skipna=False) == "string":  # and no gaps (the usual case)
            return values.tolist()
        missing = pd.isna(values)
        return (np.where(missing, None, values) if missing.any() else values).tolist()
    return _labels(series, _text)
