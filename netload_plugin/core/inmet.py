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

import re
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache

import numpy as np
import pandas as pd

from .errors import SourceFormatError
from .irradiance import KJ_PER_HOUR_TO_WM2, SERIES_COLUMNS
from .line_table import LineTable, split_lines
from .read_report import ReadReport

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


def _find(columns, *needles) -> int | None:
    """Index of the first column whose name holds every needle (case-insensitive)."""
    for index, column in enumerate(columns):
        upper = column.upper()
        if all(n in upper for n in needles):
            return index
    return None


def _columns(header: list[str], source: str) -> dict:
    """{"d", "h", "rad"[, "temp"]: column index} found by name in either generation's header."""
    found = {"d": _find(header, "DATA"), "h": _find(header, "HORA"), "rad": _find(header, "RADIACAO GLOBAL"),
             "temp": _find(header, "BULBO SECO")}
    if found["rad"] is None:
        found["rad"] = _find(header, "RADIA", "GLOBAL")
    if found["temp"] is None:  # optional
        del found["temp"]
    if None in found.values() or len(set(found.values())) < len(found):
        raise SourceFormatError(f"{source}: header has no distinct date, hour and RADIACAO GLOBAL columns: "
                                f"{';'.join(header)[:200]!r}")
    return found


def _read_columns(table: LineTable, wanted: dict, source: str) -> pd.DataFrame:
    """The ``wanted`` columns ({key: index}) of the well-formed lines: date and hour as categories,
    numbers with decimal comma (a column holding a non-number comes back as text)."""
    frame = table.read(sorted(wanted.values()), source, encoding="latin-1", decimal=",", keep_default_na=False,
                       na_values=["", str(MISSING), "-9999,0"],
                       dtype={wanted["d"]: "category", wanted["h"]: "category"})
    frame.columns = [key for key, _ in sorted(wanted.items(), key=lambda item: item[1])]
    return frame


def parse_series(table: bytes, station: str, source: str, start=None, end=None,
                 report: ReadReport | None = None, first_line: int = METADATA_LINES + 1) -> pd.DataFrame:
    """Hourly rows of :data:`~netload_plugin.core.irradiance.SERIES_COLUMNS` from the CSV part.

    ``first_line`` is the header's line number in the station file (for messages). Only the bad
    part is lost, and counted in ``report``: a line with the wrong number of fields or an
    unreadable date/hour is rejected, a cell that is not a number is NULL, an hour given twice
    is a duplicate, hours outside ``start``..``end`` are filtered out.
    """
    report = report if report is not None else ReadReport()
    split = split_lines(table, source, report, first_line=first_line)
    wanted = _columns(split.header, source)
    frame = _read_columns(split, wanted, source)
    start_ns, good = _times(frame, split.line_numbers, source, report)
    for key in ("rad", "temp"):
        frame[key] = _numbers(frame[key], split.header[wanted[key]], split.line_numbers, report) if key in wanted \
            else np.full(len(frame), np.nan)
    good &= ~_duplicated(start_ns, good, report)
    in_period = good.copy()
    if start is not None:
        in_period &= start_ns >= pd.Timestamp(start).value
    if end is not None:
        in_period &= start_ns < pd.Timestamp(end).value
    report.filtered_out += int((good & ~in_period).sum())
    report.kept += int(in_period.sum())
    rad, temp = frame["rad"].to_numpy()[in_period], frame["temp"].to_numpy()[in_period]
    ghi = np.where(rad < 0, 0.0, rad) * KJ_PER_HOUR_TO_WM2
    time_utc = pd.DatetimeIndex(start_ns[in_period].view("datetime64[ns]")).tz_localize("UTC")
    # (a dict in column order: DataFrame(..., columns=...) would round-trip the times through objects)
    return pd.DataFrame(dict(zip(SERIES_COLUMNS, (np.full(len(time_utc), station, dtype=object), time_utc,
                                                  np.full(len(time_utc), 3600), ghi, temp))))


def _times(frame: pd.DataFrame, line_numbers: np.ndarray, source: str, report: ReadReport):
    """(start of each hour in ns since the epoch, readable mask); unreadable dates/hours are rejected.

    A year has 365 distinct dates and 24 hours: the categories are converted, not every row (and
    the same categories, station after station, once).
    """
    days, hours = frame["d"].cat, frame["h"].cat
    day_ok, day_value = (lookup[days.codes.to_numpy()] for lookup in _day_lookup(tuple(days.categories)))
    hour_ok, hour_ns = (lookup[hours.codes.to_numpy()] for lookup in _hour_lookup(tuple(hours.categories)))
    good = day_ok & hour_ok
    if len(frame) and not good.any():
        raise SourceFormatError(f"{source}: no readable date/hour (first row {frame['d'].iloc[0]!r} "
                                f"{frame['h'].iloc[0]!r})")
    if not good.all():
        first = int(np.flatnonzero(~good)[0])
        report.reject("unreadable date or hour", int((~good).sum()),
                      f"line {line_numbers[first]}: {frame['d'].iloc[first]!r} {frame['h'].iloc[first]!r}")
    return day_value + hour_ns - _HOUR_NS, good  # the label is the end of the hour


def _duplicated(start_ns: np.ndarray, good: np.ndarray, report: ReadReport) -> np.ndarray:
    """Readable hours given a second time (the first is kept), counted as duplicates."""
    duplicated = np.zeros(len(start_ns), dtype=bool)
    duplicated[good] = pd.Index(start_ns[good]).duplicated()
    report.duplicates += int(duplicated.sum())
    return duplicated


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
    valid = (hours >= 0) & (hours <= 23) & (np.round(hours) == hours)
    return np.append(valid, False), np.append(np.where(valid, hours, 0).astype("int64") * _HOUR_NS, 0)


def _numbers(column: pd.Series, name: str, line_numbers: np.ndarray, report: ReadReport) -> np.ndarray:
    """A decimal-comma column as floats; a cell that is not a number is NULL and counted in ``report``."""
    if column.dtype.kind == "f":
        return column.to_numpy()
    if column.dtype.kind in "iu":
        return column.to_numpy(dtype=float)
    text = column.astype(object)
    values = pd.to_numeric(text.str.replace(",", ".", regex=False), errors="coerce").to_numpy(dtype=float)
    unreadable = np.isnan(values) & text.notna().to_numpy()
    if unreadable.any():
        first = int(np.flatnonzero(unreadable)[0])
        report.unreadable(name, int(unreadable.sum()), f"line {line_numbers[first]}: {name} {text.iloc[first]!r}")
    values[values == MISSING] = np.nan
    return values


def parse_station_file(data: bytes, source: str, start=None, end=None,
                       report: ReadReport | None = None) -> tuple[StationMeta, pd.DataFrame]:
    """Metadata and hourly series of one station file."""
    meta, table = split_file(data, source)
    return meta, parse_series(table, meta.station, source, start, end, report)
