"""INPE LABREN solar atlas 2017: the zipped monthly-means CSV → points clipped to an extent.

Shell use::

    python -m netload_plugin.net.labren --file tilted_latitude --extent=-48.5,-25.5,-46,-23 cells.csv
"""

from __future__ import annotations

import argparse
import sys

from ..core import labren
from ..core.definitions import ENDPOINTS
from ..core.progress import ConsoleProgress, Progress
from ..core.read_report import ReadReport
from .archive import open_maybe_zipped
from .cli import add_extent_argument, shell_command, warn_problems, write_csv

BASE_URL = ENDPOINTS["labren"].url
FILES = {"global_horizontal": "GLOBAL_HORIZONTAL_(csv).zip", "tilted_latitude": "TILTED_LATITUDE_(csv).zip"}
URLS = {which: BASE_URL + name for which, name in FILES.items()}
PREFIXES = {"global_horizontal": "ghi", "tilted_latitude": "gti"}


def atlas_url(which: str, base_url: str = BASE_URL) -> str:
    """The ZIP of atlas file ``which`` in the folder ``base_url`` (LABREN's, or a mirror of it)."""
    return base_url.rstrip("/") + "/" + FILES[which]


def read_labren(session, which: str = "global_horizontal", url: str | None = None, extent=None,
                progress: Progress | None = None):
    """Atlas cells inside ``extent`` with ``{ghi|gti}_jan … _dec, _annual`` (Wh/m²/day); lost rows and
    values are named in one warning."""
    progress = progress or Progress()
    location = url or URLS[which]
    path = session.fetch(location, progress)
    _, stream = open_maybe_zipped(path, suffixes=(".csv",))
    with stream:
        data = stream.read()
    report = ReadReport()
    points = labren.parse_labren_csv(data, PREFIXES[which], str(location), extent, report)
    warn_problems(progress, str(location), report)
    return points


@shell_command
def main(argv=None) -> None:
    from .ons import make_session

    parser = argparse.ArgumentParser(prog="python -m netload_plugin.net.labren",
                                     description="INPE LABREN atlas monthly means → points CSV (Wh/m²/day).")
    parser.add_argument("output")
    parser.add_argument("--file", choices=tuple(URLS), default="global_horizontal")
    parser.add_argument("--url", help="ZIP or CSV URL/path (default: the atlas file chosen by --file)")
    add_extent_argument(parser, if_absent="default the whole atlas")
    args = parser.parse_args(argv)
    progress = ConsoleProgress()
    points = read_labren(make_session(), args.file, args.url, args.extent, progress)
    write_csv(points, args.output)
    progress.info(f"{len(points)} cells written")


if __name__ == "__main__":
    sys.exit(main())
