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
from dataclasses import dataclass
from datetime import date

import numpy as np
import pandas as pd

from .errors import SourceFormatError
from .irradiance import KJ_PER_HOUR_TO_WM2, SERIES_COLUMNS

METADATA_LINES = 8
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
            return pd.to_datetime(text, format=pattern).date()
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


def split_file(data: bytes, source: str) -> tuple[StationMeta, bytes]:
    """Metadata and the CSV part (header + rows) of a station file."""
    cut = 0
    for _ in range(METADATA_LINES):
        cut = data.index(b"\n", cut) + 1 if b"\n" in data[cut:] else len(data)
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
        io.BytesIO(table), sep=";", encoding="latin-1", usecols=[columns.index(c) for c in wanted],
        names=columns + ["_trailing"] if len(header.rstrip("\r\n").split(";")) > len(columns) else columns,
        header=0, dtype={date_col: str, hour_col: str}, decimal=",", na_values=[str(MISSING), "-9999,0"],
        skip_blank_lines=True,
    )
    frame.columns = [{date_col: "d", hour_col: "h", rad_col: "rad", temp_col: "temp"}[c] for c in frame.columns]
    day = pd.to_datetime(frame["d"].str.replace("/", "-", regex=False), format="%Y-%m-%d", errors="coerce")
    hour = pd.to_numeric(frame["h"].str[:2], errors="coerce")
    label = day + pd.to_timedelta(hour, unit="h")
    bad = label.isna().to_numpy()
    if bad.all() and len(frame):
        raise SourceFormatError(f"{source}: no readable date/hour (first row {frame['d'].iloc[0]!r} "
                                f"{frame['h'].iloc[0]!r})")
    time_utc = (label - pd.Timedelta(hours=1)).dt.tz_localize("UTC")
    rad = pd.to_numeric(frame["rad"], errors="coerce").to_numpy(dtype=float)
    ghi = np.where(rad < 0, 0.0, rad) * KJ_PER_HOUR_TO_WM2
    temp = (pd.to_numeric(frame["temp"], errors="coerce").to_numpy(dtype=float)
            if "temp" in frame else np.full(len(frame), np.nan))
    out = pd.DataFrame({"station": station, "time_utc": time_utc, "interval_s": 3600, "ghi_wm2": ghi,
                        "temp_c": temp})[list(SERIES_COLUMNS)]
    keep = ~bad
    if start is not None:
        keep &= (out["time_utc"] >= start).to_numpy()
    if end is not None:
        keep &= (out["time_utc"] < end).to_numpy()
    return out[keep].reset_index(drop=True)


def parse_station_file(data: bytes, source: str, start=None, end=None) -> tuple[StationMeta, pd.DataFrame]:
    """Metadata and hourly series of one station file."""
    meta, table = split_file(data, source)
    return meta, parse_series(table, meta.station, source, start, end)
