"""INMET automatic-station CSVs (one per station in the yearly ZIP), both generations.

File layout: 8 metadata lines (``REGIAO:;CO`` … ``DATA DE FUNDACAO:;07/05/00``), a header, hourly
rows; latin-1, ``;``, decimal comma without leading zero (``,8``), a trailing ``;`` on every
line. 2019+: ``Data;Hora UTC`` as ``2023/01/01;0000 UTC``; up to 2018:
``DATA (YYYY-MM-DD);HORA (UTC)`` as ``2018-01-01;00:00`` and ``-9999`` for missing.

Hour label: INMET's automatic stations label each hourly value with the END of the hour it
integrates (the ``… NA HORA ANT.`` columns say "in the previous hour" outright). The radiation
column agrees: at Brasília on 2023-01-01 (sunrise ≈08:40Z, sunset ≈21:45Z) the value labelled
0900 is 2.5 kJ/m² and the one labelled 2200 is 38.9 kJ/m², 2300 empty — only the
end-of-hour reading puts sunrise and sunset inside those hours (the tests check it against
pvlib's solar position). So ``time_utc`` = label − 1 h (start of the interval).

Radiation: ``RADIACAO GLOBAL`` is kJ/m² accumulated over the hour → mean W/m² = kJ/3.6.
Empty at night means nothing was recorded: kept as NULL (the model may treat night as 0).
Small negative night readings (sensor offset) are clipped to 0. ``-9999`` → NULL.
``temp_c`` is the dry-bulb air temperature read at the end of the hour (the label).
"""

from __future__ import annotations

import io
import re
from functools import lru_cache
from dataclasses import dataclass
from datetime import date, datetime

import numpy as np
import pandas as pd

from .errors import SourceFormatError
from .irradiance import KJ_PER_HOUR_TO_WM2, SERIES_COLUMNS

METADATA_LINES = 8
_HOUR_NS = 3_600_000_000_000
MISSING = -9999


@dataclass
class StationMeta:
    station: str
    name: str
    uf: str
    lat: float
    lon: float
    altitude_m: float
    founded_on: date | None


def _number(text: str) -> float:
    text = text.strip().replace(",", ".")
    try:
        value = float(text)
    except ValueError:
        return float("nan")
    return float("nan") if value == MISSING else value


def _founded(text: str) -> date | None:
    text = text.strip()
    for pattern in ("%d/%m/%y", "%d/%m/%Y", "%Y-%m-%d"):
        try:
            return datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    return None


def read_metadata(head: str, source: str) -> StationMeta:
    """The 8 ``KEY:;VALUE`` lines at the top of a station file."""
    values = {}
    for line in head.splitlines()[:METADATA_LINES]:
        key, _, rest = line.partition(";")
        values[re.sub(r"\s*\(.*\)", "", key).strip().rstrip(":").upper()] = rest.split(";")[0].strip()
    code = values.get("CODIGO") or values.get("CODIGO (WMO)")
    if not code or "LATITUDE" not in values:
        raise SourceFormatError(f"{source}: the first {METADATA_LINES} lines are not INMET station metadata "
                                f"(no CODIGO/LATITUDE); keys found: {', '.join(values)}")
    return StationMeta(
        station=code, name=values.get("ESTACAO", ""), uf=values.get("UF", ""),
        lat=_number(values["LATITUDE"]), lon=_number(values.get("LONGITUDE", "nan")),
        altitude_m=_number(values.get("ALTITUDE", "nan")),
        founded_on=_founded(values.get("DATA DE FUNDACAO", "")),
    )


def _metadata_end(data: bytes) -> int:
    cut = 0
    for _ in range(METADATA_LINES):
        cut = data.find(b"\n", cut) + 1 or len(data)
    return cut


def csv_part(data: bytes) -> bytes:
    """The CSV part (header + rows) of a station file: everything after the metadata lines."""
    return data[_metadata_end(data):]


def split_file(data: bytes, source: str) -> tuple[StationMeta, bytes]:
    """Metadata and the CSV part (header + rows) of a station file."""
    cut = _metadata_end(data)
    return read_metadata(data[:cut].decode("latin-1"), source), data[cut:]


def _find(columns, *needles) -> str | None:
    for column in columns:
        upper = column.upper()
        if all(n in upper for n in needles):
            return column
    return None


def parse_series(table: bytes, station: str, source: str, start=None, end=None) -> pd.DataFrame:
    """Hourly rows of :data:`~netload_plugin.core.irradiance.SERIES_COLUMNS` from the CSV part."""
    header = table[: table.index(b"\n")].decode("latin-1") if b"\n" in table else table.decode("latin-1")
    columns = [c.strip() for c in header.rstrip("\r\n;").split(";")]
    date_col = _find(columns, "DATA")
    hour_col = _find(columns, "HORA")
    rad_col = _find(columns, "RADIACAO GLOBAL") or _find(columns, "RADIA", "GLOBAL")
    temp_col = _find(columns, "BULBO SECO")
    if not (date_col and hour_col and rad_col):
        raise SourceFormatError(f"{source}: header has no date/hour/RADIACAO GLOBAL column: {header[:200]!r}")
    wanted = [c for c in (date_col, hour_col, rad_col, temp_col) if c]
    frame = pd.read_csv(
        io.BytesIO(table), sep=";", encoding="latin-1", usecols=[columns.index(c) for c in wanted], header=0,
        dtype={columns.index(date_col): "category", columns.index(hour_col): "category"}, decimal=",",
        na_values=[str(MISSING), "-9999,0"], skip_blank_lines=True, low_memory=False,
    )
    names = {date_col: "d", hour_col: "h", rad_col: "rad", temp_col: "temp"}
    frame.columns = [names[c.strip()] for c in frame.columns]
    # A year has 365 distinct dates and 24 hours: convert the categories, not every row (and the
    # same categories, station after station, once).
    days, hours = frame["d"].cat, frame["h"].cat
    day_ok, day_value = (table[days.codes.to_numpy()] for table in _day_lookup(tuple(days.categories)))
    hour_ok, hour_ns = (table[hours.codes.to_numpy()] for table in _hour_lookup(tuple(hours.categories)))
    good = day_ok & hour_ok
    if len(frame) and not good.any():
        raise SourceFormatError(f"{source}: no readable date/hour (first row {frame['d'].iloc[0]!r} "
                                f"{frame['h'].iloc[0]!r})")
    start_ns = day_value + hour_ns - _HOUR_NS  # the label is the end of the hour
    if start is not None:
        good &= start_ns >= pd.Timestamp(start).value
    if end is not None:
        good &= start_ns < pd.Timestamp(end).value
    rad = _numbers(frame["rad"])
    ghi = np.where(rad < 0, 0.0, rad) * KJ_PER_HOUR_TO_WM2
    temp = _numbers(frame["temp"]) if "temp" in frame else np.full(len(frame), np.nan)
    if not good.all():
        start_ns, ghi, temp = start_ns[good], ghi[good], temp[good]
    time_utc = pd.DatetimeIndex(start_ns.view("datetime64[ns]")).tz_localize("UTC")
    # (a dict in column order: DataFrame(..., columns=...) would round-trip the times through objects)
    return pd.DataFrame(dict(zip(SERIES_COLUMNS, (np.full(len(start_ns), station, dtype=object), time_utc,
                                                  np.full(len(start_ns), 3600), ghi, temp))))


@lru_cache(maxsize=8)
def _day_lookup(labels: tuple) -> tuple[np.ndarray, np.ndarray]:
    """(valid, nanoseconds since the epoch) per date label (``2023/01/01`` or ``2018-01-01``), plus a
    trailing invalid entry for the code -1 of an empty cell."""
    days = pd.to_datetime(pd.Index(labels, dtype=object).str.replace("/", "-", regex=False), format="%Y-%m-%d",
                          errors="coerce").to_numpy(dtype="datetime64[ns]")
    return np.append(~np.isnat(days), False), np.append(days.view("int64"), 0)


@lru_cache(maxsize=8)
def _hour_lookup(labels: tuple) -> tuple[np.ndarray, np.ndarray]:
    """(valid, nanoseconds into the day) per hour label (``1200 UTC`` or ``12:00``), as :func:`_day_lookup`."""
    hours = pd.to_numeric(pd.Series([str(label)[:2] for label in labels], dtype=object), errors="coerce")
    hours = hours.to_numpy(dtype=float)
    return np.append(~np.isnan(hours), False), np.append(np.nan_to_num(hours).astype("int64") * _HOUR_NS, 0)


def _numbers(column: pd.Series) -> np.ndarray:
    if column.dtype.kind == "f":
        return column.to_numpy()
    return pd.to_numeric(column, errors="coerce").to_numpy(dtype=float)


def parse_station_file(data: bytes, source: str, start=None, end=None) -> tuple[StationMeta, pd.DataFrame]:
    """Metadata and hourly series of one station file."""
    meta, table = split_file(data, source)
    return meta, parse_series(table, meta.station, source, start, end)
