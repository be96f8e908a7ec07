"""Shell client for ANEEL's GD registry (no QGIS)::

    python -m netload_plugin.net.aneel_gd gd.gpkg --states PR,SC --rejects rejected.csv
    python -m netload_plugin.net.aneel_gd gd.csv --url empreendimento-geracao-distribuida.zip
"""

from __future__ import annotations

import sys

from ..core import aneel_gd
from .aneel_cli import base_parser, run


def main(argv=None) -> int:
    parser = base_parser("python -m netload_plugin.net.aneel_gd",
                         "Download ANEEL's distributed-generation registry and write clean points "
                         "(no holder names, CPF/CNPJ or postal codes).", aneel_gd.DEFAULT_URL)
    parser.add_argument("--generation-types", default="", help="comma-separated SigTipoGeracao codes, e.g. UFV")
    parser.add_argument("--max-distance-km", type=float, default=50.0,
                        help="farther from the municipality centroid → placed at the centroid (default 50)")
    args = parser.parse_args(argv)

    def make(stream, name, size, progress):
        return aneel_gd.GdParser(stream, name, states=args.states, generation_types=args.generation_types.split(","),
                                 max_distance_km=args.max_distance_km, total_bytes=size, progress=progress)

    return run(args, make, "gd_units", aneel_gd.OUTPUT_KINDS)


if __name__ == "__main__":
    sys.exit(main())
