"""NASA POWER CSV replies (daily or hourly all-sky surface irradiance, point or regional).

Layout: a header block between ``-BEGIN HEADER-`` and ``-END HEADER-`` (units, time standard,
fill value ``-999``), then ``LAT,LON,YEAR,MO,DY[,HR],ALLSKY_SFC_SW_DWN[,T2M]`` rows. A point reply
has no LAT/LON columns: its coordinates are passed in.

Conversions to the common series (:mod:`.irradiance`):
- daily ``ALLSKY_SFC_SW_DWN`` in kWh/m²/day → mean W/m² = v·1000/24, ``interval_s`` 86400;
- hourly in Wh/m² (per hour) → W/m² as is; W/m² → as is; MJ/m²/day → v·10⁶/86400;
- ``-999`` → NULL.
Times: daily values are days in Local Solar Time (``in LST`` in the header): the day starts
at 00:00 LST = 00:00 UTC − lon/15 h, so ``time_utc`` is that instant (not a whole hour).
Hourly replies requested with ``time-standard=UTC`` are UTC; hours in LST are shifted the same
way. Station id of a cell: ``POWER_{lat}_{lon}`` (e.g. ``POWER_-25.5_-49.0``).
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from .errors import SourceFormatError
from .irradiance import KWH_PER_DAY_TO_WM2, SERIES_COLUMNS
from .line_table import split_lines
from .read_report import ReadReport

FILL = -999.0
PARAMETER = "ALLSKY_SFC_SW_DWN"


def station_id(lat: float, lon: float) -> str:
    return f"POWER_{float(lat):.1f}_{float(lon):.1f}" if _tenths(lat, lon) else f"POWER_{lat:g}_{lon:g}"


def _tenths(lat, lon) -> bool:
    return round(lat * 10) == lat * 10 and round(lon * 10) == lon * 10


def _split(data: bytes, source: str) -> tuple[str, bytes, int]:
    """(header block text, CSV part, line number of the CSV header) of a reply."""
    if b"-BEGIN HEADER-" not in data:
        return "", data, 1
    end = data.find(b"-END HEADER-")
    if end < 0:
        raise SourceFormatError(f"{source}: '-BEGIN HEADER-' without '-END HEADER-'")
    cut = data.find(b"\n", end)
    cut = len(data) if cut < 0 else cut + 1
    return data[:end].decode("utf-8", "replace"), data[cut:], data[:cut].count(b"\n") + 1


def _factor(head: str) -> float:
    line = next((text for text in head.splitlines() if text.strip().startswith(PARAMETER)), "")
    unit = line[line.rfind("(") + 1: line.rfind(")")].replace(" ", "").lower() if "(" in line else ""
    if "kw-hr/m^2/day" in unit or "kwh/m^2/day" in unit:
        return KWH_PER_DAY_TO_WM2
    if "mj/m^2/day" in unit:
        return 1e6 / 86400
    return 1.0  # Wh/m^2 per hour, W/m^2


def parse_power_csv(data: bytes, source: str = "POWER", lat=None, lon=None, extent=None,
                    report: ReadReport | None = None):
    """``(points, series)`` from a POWER CSV reply.

    Lines are checked first (:mod:`.line_table`; a file cut mid-value loses its last line). A row
    whose LAT/LON, date or irradiance is not readable is rejected with its line number; a ``T2M``
    that is not a number is NULL and counted; a repeated (cell, time) is a duplicate; cells outside
    ``extent`` are filtered out (``report``).
    """
    report = report if report is not None else ReadReport()
    head, body, header_line = _split(data, source)
    frame, line_numbers = _read(body, header_line, source, report)
    if "LAT" not in frame.columns:
        if lat is None:
            raise SourceFormatError(f"{source}: point reply without LAT/LON and no coordinates given")
        frame["LAT"], frame["LON"] = str(lat), str(lon)
    columns = _columns(frame, line_numbers, report)
    usable = report.reject_where((
        ("LAT/LON not a coordinate", ~(columns["LAT"].between(-90, 90) & columns["LON"].between(-180, 180)),
         lambda i: f"LAT {frame['LAT'].iloc[i]!r} LON {frame['LON'].iloc[i]!r}"),
        ("not a date", columns["stamp"].isna(), lambda i: "YEAR/MO/DY " + "/".join(
            str(frame[c].iloc[i]) for c in ("YEAR", "MO", "DY"))),
        (f"{PARAMETER} is not a number", columns["value"].isna(),
         lambda i: f"{PARAMETER} {frame[PARAMETER].iloc[i]!r}"),
    ), lambda i: f"line {line_numbers[i]}")
    columns = columns[usable]
    if extent is not None:
        xmin, ymin, xmax, ymax = extent
        inside = (columns["LON"].between(xmin, xmax) & columns["LAT"].between(ymin, ymax)).to_numpy()
        report.filtered_out += int((~inside).sum())
        columns = columns[inside]
    return _outputs(columns, "HR" in frame.columns, head, report)


def _read(body: bytes, header_line: int, source: str, report: ReadReport) -> tuple[pd.DataFrame, np.ndarray]:
    """The reply's rows as text, named by the (upper-cased) header, with their line numbers."""
    table = split_lines(body, source, report, separator=",", first_line=header_line, encoding="utf-8")
    header = [name.upper() for name in table.header]
    for column in ("YEAR", "MO", "DY", PARAMETER):
        if column not in header:
            raise SourceFormatError(f"{source}: column {column} missing; header is {','.join(header)[:300]}")
    if len(set(header)) < len(header):
        raise SourceFormatError(f"{source}: a column appears twice in the header {','.join(header)[:300]}")
    frame = table.read(list(range(len(header))), source, dtype=str, keep_default_na=False, encoding="utf-8")
    frame.columns = header
    return frame, table.line_numbers


def _columns(frame: pd.DataFrame, line_numbers: np.ndarray, report: ReadReport) -> pd.DataFrame:
    """LAT, LON, the interval's nominal start (``stamp``), the irradiance ``value`` and ``T2M`` as numbers."""
    def number(column):
        values = pd.to_numeric(frame[column].str.strip(), errors="coerce").astype(float)
        values[~np.isfinite(values)] = np.nan
        return values

    parts = {name: number(name) for name in ("YEAR", "MO", "DY", "HR") if name in frame.columns}
    parts = {name: values.where(values % 1 == 0) for name, values in parts.items()}  # 1.5 is no day
    with np.errstate(invalid="ignore"):  # NaN parts are cast while pandas assembles the dates
        stamp = pd.to_datetime(pd.DataFrame({"year": parts["YEAR"], "month": parts["MO"], "day": parts["DY"],
                                             "hour": parts.get("HR", 0)}), errors="coerce")
    out = pd.DataFrame({"LAT": number("LAT"), "LON": number("LON"), "value": number(PARAMETER), "stamp": stamp})
    out["T2M"] = number("T2M") if "T2M" in frame.columns else np.nan
    if "T2M" in frame.columns:
        text = frame["T2M"].str.strip()
        unreadable = (out["T2M"].isna() & (text != "")).to_numpy()
        if unreadable.any():
            first = int(np.flatnonzero(unreadable)[0])
            report.unreadable("T2M", int(unreadable.sum()), f"line {line_numbers[first]}: T2M {text.iloc[first]!r}")
    return out


def _outputs(columns: pd.DataFrame, hourly: bool, head: str, report: ReadReport):
    """(points, series) of the usable rows; a (cell, time) given twice keeps its first row."""
    in_lst = bool(re.search(r"\bin LST\b", head)) if head else False
    shift = pd.to_timedelta(-columns["LON"] * 240, unit="s") if in_lst else pd.Timedelta(0)
    ids = [station_id(a, b) for a, b in zip(columns["LAT"], columns["LON"])]
    ghi = columns["value"].where(columns["value"] != FILL) * _factor(head)
    temp = columns["T2M"].where(columns["T2M"] != FILL)
    series = pd.DataFrame({"station": ids, "time_utc": (columns["stamp"] + shift).dt.tz_localize("UTC"),
                           "interval_s": 3600 if hourly else 86400, "ghi_wm2": ghi.to_numpy(),
                           "temp_c": temp.to_numpy()})[list(SERIES_COLUMNS)]
    repeated = series.duplicated(["station", "time_utc"]).to_numpy()
    report.duplicates += int(repeated.sum())
    series = series[~repeated]
    report.kept += len(series)
    cells = columns[["LAT", "LON"]].drop_duplicates()
    points = pd.DataFrame({"station": [station_id(a, b) for a, b in zip(cells["LAT"], cells["LON"])],
                           "name": "", "lon": cells["LON"].to_numpy(float), "lat": cells["LAT"].to_numpy(float),
                           "altitude_m": np.nan, "founded_on": None, "source": "nasa_power"})
    return points.reset_index(drop=True), series.reset_index(drop=True)
