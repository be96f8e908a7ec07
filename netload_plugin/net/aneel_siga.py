"""Shell client for ANEEL's SIGA generation plants (no QGIS)::

    python -m netload_plugin.net.aneel_siga siga.gpkg --states MG
"""

from __future__ import annotations

import sys

from ..core import aneel_siga
from .aneel_cli import base_parser, run


def main(argv=None) -> int:
    parser = base_parser("python -m netload_plugin.net.aneel_siga",
                         "Download ANEEL's SIGA generation plants and write clean points.", aneel_siga.DEFAULT_URL)
    args = parser.parse_args(argv)

    def make(stream, name, size, progress):
        return aneel_siga.SigaParser(stream, name, states=args.states, total_bytes=size, progress=progress)

    return run(args, make, "siga_plants", aneel_siga.OUTPUT_KINDS)


if __name__ == "__main__":
    sys.exit(main())
