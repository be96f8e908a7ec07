"""What the ANEEL shell clients share: download, parse in chunks, write CSV or GeoPackage, summary on stderr.

Runs without QGIS. The GeoPackage is written by :mod:`..core.gpkg_writer` (sqlite3 only), so it
needs neither QGIS nor GDAL. Outputs are written to a temporary file beside the target and
renamed when complete.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Callable

from ..core import ibge
from ..core.errors import NetLoadError
from ..core.gpkg_writer import GpkgWriter
from ..core.progress import ConsoleProgress
from .cli import shell_command
from .session import HttpSession, NetworkSettings
from .tables import open_table


def base_parser(prog: str, description: str, default_url: str) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog=prog, description=description)
    parser.add_argument("output", type=Path,
                        help="clean output: .csv (with lon, lat columns) or .gpkg (EPSG:4674 points)")
    parser.add_argument("--url", default=default_url, help="http(s) URL, file:// URL or local .csv/.zip "
                                                           "(default: ANEEL's open-data resource)")
    parser.add_argument("--states", type=_states, default="",
                        help="comma-separated UF letters, e.g. PR,SC,RS (default: all)")
    parser.add_argument("--rejects", type=Path,
                        help="write the rejected rows (line_number, reason, fields) to this CSV")
    parser.add_argument("--refresh", action="store_true", help="download again even if a cached copy is valid")
    parser.add_argument("--cache-dir", type=Path, help="download cache folder (default: <temp>/netload-cache)")
    parser.add_argument("--ca-bundle", type=Path, help="extra CA certificates (PEM) for ANEEL's incomplete TLS chain")
    return parser


def _states(text: str) -> list[str]:
    try:
        return ibge.parse_uf_list(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


@shell_command
def run(args: argparse.Namespace, make_parser: Callable, table: str, columns: dict[str, str]) -> None:
    """Download, parse with ``make_parser(stream, name, size, progress)``, write; failures → exit status."""
    if args.output.suffix.lower() not in (".csv", ".gpkg"):
        raise NetLoadError(f"{args.output.name}: write .csv or .gpkg")
    progress = ConsoleProgress()
    staging = [args.output.with_name(f".{args.output.name}.{os.getpid()}.partial")]
    if args.rejects:
        staging.append(args.rejects.with_name(f".{args.rejects.name}.{os.getpid()}.partial"))
    try:
        session = HttpSession(NetworkSettings(cache_dir=args.cache_dir, ca_bundle=args.ca_bundle))
        local = session.fetch(args.url, progress.scaled(0.0, 0.3), refresh=args.refresh)
        name, stream, size = open_table(local)
        with stream:
            parser = make_parser(stream, name, size, progress.scaled(0.3, 1.0))
            _write(parser.chunks(), args.output, staging, table, columns)
        if args.output.suffix.lower() == ".csv":
            os.replace(staging[0], args.output)
        if args.rejects:
            os.replace(staging[1], args.rejects)
    finally:
        for path in staging:
            path.unlink(missing_ok=True)
    for line in parser.summary.lines():
        print(line, file=sys.stderr)
    print(f"Wrote {args.output}", file=sys.stderr)


def _write(chunks, output: Path, staging: list[Path], table: str, columns: dict[str, str]) -> None:
    """Points to ``output`` (a GeoPackage, renamed into place by its writer) or to the staging CSV."""
    rejects_path = staging[1] if len(staging) > 1 else None
    if output.suffix.lower() == ".gpkg":
        with GpkgWriter(output, table, columns, srs_id=4674) as writer:
            for number, (points, rejects) in enumerate(chunks):
                writer.append(points)
                _append_rejects(rejects, rejects_path, first=number == 0)
        return
    for number, (points, rejects) in enumerate(chunks):
        points.to_csv(staging[0], mode="w" if number == 0 else "a", header=number == 0, index=False)
        _append_rejects(rejects, rejects_path, first=number == 0)


def _append_rejects(rejects, path: Path | None, first: bool) -> None:
    if path is not None:
        rejects.to_csv(path, mode="w" if first else "a", header=first, index=False)
