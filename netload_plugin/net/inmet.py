"""INMET automatic stations: the yearly ZIP of station CSVs → station points + hourly series.

Only stations inside the extent are decompressed past their metadata lines. A station file
that cannot be read is skipped and listed in ``rejects`` (file, reason), never dropped silently.

Shell use::

    python -m netload_plugin.net.inmet --start 2023-01-01 --end 2023-01-31 \
        --extent=-48.5,-16.2,-47.3,-15.4 stations.csv series.csv
"""

from __future__ import annotations

import argparse
import sys
from datetime import date

import pandas as pd

from ..core import inmet
from ..core.definitions import ENDPOINTS
from ..core.errors import SourceFormatError
from ..core.irradiance import POINT_COLUMNS, empty_series, in_extent
from ..core.progress import ConsoleProgress, Progress
from ..core.read_report import ReadReport
from .archive import iter_members, list_members, read_ahead
from .cli import add_extent_argument, parse_date, shell_command, warn_problems, write_points_and_series

URL_TEMPLATE = ENDPOINTS["inmet"].url
_HEAD_BYTES = 4096  # the 8 metadata lines fit easily


def iter_inmet(session, start: date, end: date, extent=None, url_template: str = URL_TEMPLATE,
               progress: Progress | None = None, rejects: list | None = None, report: ReadReport | None = None):
    """Yield ``(StationMeta, hourly series)`` per station inside ``extent``, ``start``..``end`` (UTC days).

    One station at a time, so a caller can write each series while the next file is read. A
    station file that cannot be read is skipped, with a warning naming it, and appended to
    ``rejects`` as (file, reason); the rows and cells lost inside a station that was read are
    counted in ``report`` and in one warning per station.
    """
    progress = progress or Progress()
    rejects = [] if rejects is None else rejects
    report = report if report is not None else ReadReport()
    begin = pd.Timestamp(start, tz="UTC")
    stop = pd.Timestamp(end, tz="UTC") + pd.Timedelta(days=1)
    years = list(range(start.year, end.year + 1)) if "{year}" in url_template else [start.year]
    for index, year in enumerate(years):
        location = url_template.format(year=year)
        share = progress.scaled(index / len(years), (index + 1) / len(years))
        path = session.fetch(location, share.scaled(0.0, 0.3))
        reading = share.scaled(0.3, 1.0)
        total = max(len(list_members(path, (".csv",))), 1)
        for number, (name, meta, data) in enumerate(read_ahead(_station_files(path, extent))):
            reading.check_cancelled()
            reading.set_fraction(number / total)
            if data is None and not isinstance(meta, SourceFormatError):
                continue  # outside the extent
            station = ReadReport()
            try:
                if isinstance(meta, SourceFormatError):
                    raise meta
                series = inmet.parse_series(inmet.csv_part(data), meta.station, name, begin, stop, station)
            except SourceFormatError as error:
                rejects.append((name, str(error)))
                progress.warning(f"skipped {name}: {error}")
                continue
            report.merge(station)
            warn_problems(progress, f"{meta.station} ({name})", station)
            yield meta, series


def _station_files(path, extent):
    """``(name, metadata or the SourceFormatError of the file, file bytes or None outside the extent)`` per member.

    Only members inside the extent are inflated past their metadata lines; a member that cannot be
    inflated (corrupt, CRC error) is reported like an unreadable file and the next one is read.
    """
    for name, stream in iter_members(path, (".csv",)):
        try:
            head = stream.read(_HEAD_BYTES)
            meta = inmet.read_metadata(head.decode("latin-1"), name)
            yield name, meta, (head + stream.read()) if in_extent(meta.lon, meta.lat, extent) else None
        except SourceFormatError as error:
            yield name, error, None


def station_points(stations) -> pd.DataFrame:
    """The :data:`~netload_plugin.core.irradiance.POINT_COLUMNS` table of ``StationMeta`` objects."""
    return pd.DataFrame(
        [(m.station, m.name, m.lon, m.lat, m.altitude_m, m.founded_on, "inmet") for m in stations],
        columns=list(POINT_COLUMNS),
    )


def read_inmet(session, start: date, end: date, extent=None, url_template: str = URL_TEMPLATE,
               progress: Progress | None = None):
    """``(points, series, rejects)`` for the stations inside ``extent`` and ``start``..``end`` (UTC days)."""
    stations, frames, rejects = {}, [], []
    for meta, series in iter_inmet(session, start, end, extent, url_template, progress, rejects):
        stations[meta.station] = meta
        frames.append(series)
    series = pd.concat(frames, ignore_index=True) if frames else empty_series()
    return station_points(stations.values()), series, rejects


@shell_command
def main(argv=None) -> None:
    parser = argparse.ArgumentParser(prog="python -m netload_plugin.net.inmet",
                                     description="INMET automatic stations → station CSV + hourly series CSV "
                                                 "(time_utc = start of the hour, ghi_wm2 mean W/m²).")
    parser.add_argument("stations_csv")
    parser.add_argument("series_csv")
    parser.add_argument("--start", type=parse_date, required=True)
    parser.add_argument("--end", type=parse_date, required=True)
    add_extent_argument(parser, if_absent="default all stations")
    parser.add_argument(
        "--url", default=URL_TEMPLATE, help=f"ZIP URL/path template with {{year}} (default {URL_TEMPLATE})"
    )
    args = parser.parse_args(argv)
    from .ons import make_session

    progress = ConsoleProgress()
    points, series, rejects = read_inmet(make_session(), args.start, args.end, args.extent, args.url, progress)
    write_points_and_series(points, series, args.stations_csv, args.series_csv)
    progress.info(f"{len(points)} stations, {len(series)} hourly rows, {len(rejects)} file(s) skipped")


if __name__ == "__main__":
    sys.exit(main())
