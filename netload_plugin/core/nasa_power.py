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

import io
import re

import numpy as np
import pandas as pd

from .errors import SourceFormatError
from .irradiance import KWH_PER_DAY_TO_WM2, SERIES_COLUMNS

FILL = -999.0
PARAMETER = "ALLSKY_SFC_SW_DWN"


def station_id(lat: float, lon: float) -> str:
    return f"POWER_{float(lat):.1f}_{float(lon):.1f}" if _tenths(lat, lon) else f"POWER_{lat:g}_{lon:g}"


def _tenths(lat, lon) -> bool:
    return round(lat * 10) == lat * 10 and round(lon * 10) == lon * 10


def _split(text: str, source: str) -> tuple[str, str]:
    if "-BEGIN HEADER-" in text:
        if "-END HEADER-" not in text:
            raise SourceFormatError(f"{source}: '-BEGIN HEADER-' without '-END HEADER-'")
        head, _, body = text.partition("-END HEADER-")
        return head, body.lstrip("\r\n")
    return "", text


def _factor(head: str) -> float:
    line = next((l for l in head.splitlines() if l.strip().startswith(PARAMETER)), "")
    unit = line[line.rfind("(") + 1: line.rfind(")")].replace(" ", "").lower() if "(" in line else ""
    if "kw-hr/m^2/day" in unit or "kwh/m^2/day" in unit:
        return KWH_PER_DAY_TO_WM2
    if "mj/m^2/day" in unit:
        return 1e6 / 86400
    return 1.0  # Wh/m^2 per hour, W/m^2


def parse_power_csv(data: bytes, source: str = "POWER", lat=None, lon=None, extent=None):
    """``(points, series)`` from a POWER CSV reply."""
    text = data.decode("utf-8", "replace")
    head, body = _split(text, source)
    try:
        frame = pd.read_csv(io.StringIO(body))
    except (pd.errors.ParserError, pd.errors.EmptyDataError) as error:
        raise SourceFormatError(f"{source}: not a POWER CSV ({error})") from None
    frame.columns = [c.strip().upper() for c in frame.columns]
    for column in ("YEAR", "MO", "DY", PARAMETER):
        if column not in frame.columns:
            raise SourceFormatError(f"{source}: column {column} missing; header is {','.join(frame.columns)}")
    if "LAT" not in frame.columns:
        if lat is None:
            raise SourceFormatError(f"{source}: point reply without LAT/LON and no coordinates given")
        frame["LAT"], frame["LON"] = lat, lon
    if extent is not None:
        xmin, ymin, xmax, ymax = extent
        frame = frame[frame["LON"].between(xmin, xmax) & frame["LAT"].between(ymin, ymax)]
    hourly = "HR" in frame.columns
    in_lst = bool(re.search(r"\bin LST\b", head)) if head else False
    stamp = pd.to_datetime(dict(year=frame["YEAR"], month=frame["MO"], day=frame["DY"],
                                hour=frame["HR"] if hourly else 0), errors="coerce")
    if stamp.isna().any():
        row = int(np.flatnonzero(stamp.isna().to_numpy())[0])
        raise SourceFormatError(f"{source}, data row {row + 1}: not a date")
    shift = pd.to_timedelta(-frame["LON"] * 240, unit="s") if in_lst else pd.Timedelta(0)
    value = frame[PARAMETER].astype(float)
    ghi = value.where(value != FILL) * _factor(head)
    temp = frame["T2M"].astype(float).where(frame["T2M"] != FILL) if "T2M" in frame.columns else np.nan
    ids = [station_id(a, b) for a, b in zip(frame["LAT"], frame["LON"])]
    series = pd.DataFrame({"station": ids, "time_utc": (stamp + shift).dt.tz_localize("UTC"),
                           "interval_s": 3600 if hourly else 86400, "ghi_wm2": ghi.to_numpy(),
                           "temp_c": temp if np.isscalar(temp) else temp.to_numpy()})[list(SERIES_COLUMNS)]
    cells = frame[["LAT", "LON"]].drop_duplicates()
    points = pd.DataFrame({"station": [station_id(a, b) for a, b in zip(cells["LAT"], cells["LON"])],
                           "name": "", "lon": cells["LON"].to_numpy(float), "lat": cells["LAT"].to_numpy(float),
                           "altitude_m": np.nan, "founded_on": None, "source": "nasa_power"})
    return points.reset_index(drop=True), series.reset_index(drop=True)
