"""NASA POWER client: daily (regional) or hourly (point) all-sky irradiance as CSV.

Query format (POWER API v2, ``/api/temporal/{daily|hourly}/{regional|point}``)::

    .../daily/regional?parameters=ALLSKY_SFC_SW_DWN,T2M&community=RE&latitude-min=..&latitude-max=..
        &longitude-min=..&longitude-max=..&start=YYYYMMDD&end=YYYYMMDD&format=CSV
    .../hourly/point?parameters=...&community=RE&latitude=..&longitude=..&start=..&end=..
        &format=CSV&time-standard=UTC

Regional requests cover boxes of 2° to 10° a side (boxes are widened/tiled to fit; the reply is
clipped back to the extent). Hourly data come per point: one request per 0.5° cell centre
inside the extent, at most :data:`MAX_POINTS`. ``url`` may instead be a CSV file or URL
(a saved reply), read as is.

Shell use::

    python -m netload_plugin.net.nasa_power --start 2024-01-01 --end 2024-01-31 \
        --extent=-50,-26,-48,-24 cells.csv series.csv
"""

from __future__ import annotations

import argparse
import math
import sys
from datetime import date

import numpy as np
import pandas as pd

from ..core import nasa_power
from ..core.definitions import ENDPOINTS
from ..core.errors import NetLoadError
from ..core.irradiance import empty_series
from ..core.progress import ConsoleProgress, Progress
from ..core.read_report import ReadReport
from .cli import add_extent_argument, parse_date, shell_command, warn_problems, write_points_and_series

API_URL = ENDPOINTS["nasa_power"].url
PARAMETERS = "ALLSKY_SFC_SW_DWN,T2M"
MIN_BOX, MAX_BOX = 2.0, 10.0
MAX_POINTS = 50
CELL = 0.5


def _is_saved_reply(url: str) -> bool:
    lowered = url.lower().split("?")[0]
    return lowered.endswith(".csv") or "://" not in url


def _tiles(extent):
    """Regional boxes covering ``extent``, each between MIN_BOX and MAX_BOX degrees a side."""
    xmin, ymin, xmax, ymax = extent

    def spans(low, high):
        width = max(high - low, MIN_BOX)
        centre = (low + high) / 2
        low, high = centre - width / 2, centre + width / 2
        count = math.ceil(width / MAX_BOX)
        step = width / count  # ≥ MIN_BOX since width ≥ MIN_BOX and count = ceil(width / MAX_BOX)
        return [(low + i * step, low + (i + 1) * step) for i in range(count)]

    return [(x0, y0, x1, y1) for x0, x1 in spans(xmin, xmax) for y0, y1 in spans(ymin, ymax)]


def _cell_centres(extent):
    xmin, ymin, xmax, ymax = extent
    xs = np.arange(math.floor(xmin / CELL) * CELL + CELL / 2, xmax + CELL / 2, CELL)
    ys = np.arange(math.floor(ymin / CELL) * CELL + CELL / 2, ymax + CELL / 2, CELL)
    return [(round(y, 4), round(x, 4)) for y in ys for x in xs] or [((ymin + ymax) / 2, (xmin + xmax) / 2)]


def read_power(session, start: date, end: date, extent, hourly: bool = False, url: str = API_URL,
               progress: Progress | None = None):
    """``(points, series)`` for ``extent`` (xmin, ymin, xmax, ymax in degrees)."""
    progress = progress or Progress()
    if _is_saved_reply(url):
        path = session.fetch(url, progress)
        report = ReadReport()
        points, series = nasa_power.parse_power_csv(path.read_bytes(), url, extent=extent, report=report)
        warn_problems(progress, url, report)
        return points, _between(series, start, end)
    common = {"parameters": PARAMETERS, "community": "RE", "start": start.strftime("%Y%m%d"),
              "end": end.strftime("%Y%m%d"), "format": "CSV"}
    replies = []
    if hourly:
        centres = _cell_centres(extent)
        if len(centres) > MAX_POINTS:
            raise NetLoadError(f"Hourly NASA POWER data come one point per request: the extent holds "
                               f"{len(centres)} cells of {CELL}°, more than {MAX_POINTS}. Choose a smaller "
                               "extent or daily data.")
        for index, (lat, lon) in enumerate(centres):
            progress.check_cancelled()
            body = session.get(f"{url}/hourly/point", {**common, "latitude": lat, "longitude": lon,
                                                       "time-standard": "UTC"}, progress)
            replies.append(_parsed(body, f"NASA POWER point {lat},{lon}", progress, lat=lat, lon=lon))
            progress.set_fraction((index + 1) / len(centres))
    else:
        tiles = _tiles(extent)
        for index, (x0, y0, x1, y1) in enumerate(tiles):
            progress.check_cancelled()
            body = session.get(f"{url}/daily/regional", {**common, "latitude-min": round(y0, 4),
                                                         "latitude-max": round(y1, 4), "longitude-min": round(x0, 4),
                                                         "longitude-max": round(x1, 4)}, progress)
            replies.append(_parsed(body, f"NASA POWER regional {x0:.2f},{y0:.2f},{x1:.2f},{y1:.2f}", progress,
                                   extent=extent))
            progress.set_fraction((index + 1) / len(tiles))
    points = pd.concat([p for p, _ in replies], ignore_index=True).drop_duplicates("station")
    frames = [s for _, s in replies if not s.empty]
    series = pd.concat(frames, ignore_index=True).drop_duplicates(["station", "time_utc"]) if frames else empty_series()
    return points.reset_index(drop=True), _between(series, start, end)


def _parsed(body: bytes, source: str, progress: Progress, **options):
    """``parse_power_csv`` of one reply, with one warning naming it when rows or values were lost."""
    report = ReadReport()
    result = nasa_power.parse_power_csv(body, source, report=report, **options)
    warn_problems(progress, source, report)
    return result


def _between(series, start: date, end: date):
    """Rows whose interval's midpoint falls within ``start``..``end`` (UTC days), so a Local-Solar-Time
    day belongs to its own date."""
    begin = pd.Timestamp(start, tz="UTC")
    stop = pd.Timestamp(end, tz="UTC") + pd.Timedelta(days=1)
    middle = series["time_utc"] + pd.to_timedelta(series["interval_s"] / 2, unit="s")
    return series[(middle >= begin) & (middle < stop)].reset_index(drop=True)


@shell_command
def main(argv=None) -> None:
    from .ons import make_session

    parser = argparse.ArgumentParser(prog="python -m netload_plugin.net.nasa_power",
                                     description="NASA POWER all-sky irradiance → cells CSV + series CSV.")
    parser.add_argument("cells_csv")
    parser.add_argument("series_csv")
    parser.add_argument("--start", type=parse_date, required=True)
    parser.add_argument("--end", type=parse_date, required=True)
    add_extent_argument(parser, required=True)
    parser.add_argument("--hourly", action="store_true", help="hourly point data (default daily regional)")
    parser.add_argument("--url", default=API_URL, help=f"API base or a saved CSV reply (default {API_URL})")
    args = parser.parse_args(argv)
    progress = ConsoleProgress()
    points, series = read_power(make_session(), args.start, args.end, args.extent, args.hourly, args.url, progress)
    write_points_and_series(points, series, args.cells_csv, args.series_csv)
    progress.info(f"{len(points)} cells, {len(series)} rows")


if __name__ == "__main__":
    sys.exit(main())
