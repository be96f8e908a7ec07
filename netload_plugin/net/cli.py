"""What the shell clients of ``net/`` share: argument types, CSV output and one mapping of failures to exit statuses.

Every ``python -m netload_plugin.net.<source>`` ends the same way:

* 0 when the work is done (or the status the client returned itself, e.g. 2 for a bad argument);
* 1 on a :class:`~..core.errors.NetLoadError`, its message on stderr after ``ERROR:`` and no traceback:
  the message already names the file, URL or row and what to do;
* 130 (128 + SIGINT, what shells report) on Ctrl+C or a :class:`~..core.errors.Cancelled`, with
  ``ERROR: Cancelled by the user.`` on stderr.

Anything else is a bug and keeps its traceback.
"""

from __future__ import annotations

import argparse
import functools
import sys
from datetime import date
from typing import Callable

from ..core.errors import Cancelled, NetLoadError
from .transfer import restore_ctrl_c

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_CANCELLED = 130
ISO_UTC = "%Y-%m-%dT%H:%M:%SZ"


def shell_command(main: Callable[..., int | None]) -> Callable[..., int]:
    """Decorate a client's ``main(argv)`` so failures become the exit statuses above."""

    @functools.wraps(main)
    def run(*args, **kwargs) -> int:
        restore_ctrl_c()  # a background shell, nohup or CI may have started us with SIGINT ignored
        try:
            status = main(*args, **kwargs)
        except (KeyboardInterrupt, Cancelled):
            print(f"ERROR: {Cancelled()}", file=sys.stderr)
            return EXIT_CANCELLED
        except NetLoadError as error:
            print(f"ERROR: {error}", file=sys.stderr)
            return EXIT_ERROR
        return EXIT_OK if status is None else status

    return run


def parse_date(text: str) -> date:
    """``YYYY-MM-DD`` (an argparse ``type``)."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date YYYY-MM-DD") from None


def check_period(start: date, end: date) -> None:
    """Refuse a period whose END comes before its START (it would silently select nothing)."""
    if end < start:
        raise NetLoadError(f"END {end} is before START {start}: swap them.")


def add_extent_argument(parser: argparse.ArgumentParser, required: bool = False, if_absent: str = "") -> None:
    """``--extent`` in degrees. Brazilian extents start with '-', which argparse takes for an option
    unless it is joined with '=', so the help shows that form."""
    help_text = "in degrees; write --extent=-48.5,-25.5,-46,-23 (with '=': the value starts with '-')"
    parser.add_argument("--extent", type=parse_extent, required=required, metavar="XMIN,YMIN,XMAX,YMAX",
                        help=help_text + (f"; {if_absent}" if if_absent else ""))


def parse_extent(text: str) -> tuple[float, float, float, float]:
    """``xmin,ymin,xmax,ymax`` in degrees (an argparse ``type``)."""
    try:
        values = [float(v) for v in text.split(",")]
    except ValueError:
        values = []
    if len(values) != 4 or values[0] > values[2] or values[1] > values[3]:
        raise argparse.ArgumentTypeError(f"{text!r} is not xmin,ymin,xmax,ymax in degrees")
    return tuple(values)


def warn_problems(progress, source: str, report) -> None:
    """One warning naming ``source`` and what its parser lost (rejected rows, unreadable values), if anything."""
    if report.problems():
        progress.warning(f"{source}: " + "; ".join(report.problems()))


def write_csv(frame, destination, time_columns: tuple = ()) -> None:
    """``frame`` as CSV (a path or an open text stream), its UTC ``time_columns`` as ISO 8601 ``…Z``."""
    if time_columns:
        frame = frame.copy()
        for column in time_columns:
            frame[column] = frame[column].dt.strftime(ISO_UTC)
    frame.to_csv(destination, index=False)


def write_points_and_series(points, series, points_csv: str, series_csv: str | None) -> None:
    """The irradiance clients' two outputs: the points (stations or cells) and their time series."""
    write_csv(points, points_csv)
    if series is not None and series_csv:
        write_csv(series, series_csv, ("time_utc",))
