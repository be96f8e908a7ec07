#!/usr/bin/env python3
"""Build ``netload_plugin/resources/ibge_municipalities.csv`` from the shared IBGE centroid table.

Source: ``../shared/data/ibge/municipios_centroides.csv`` (5,570 municipalities; columns
``municipio`` = 7-digit IBGE code, ``uf`` = numeric state code, ``uf_code`` = state letters,
``name``, ``lon``, ``lat``, ``pop_21``). The shipped table keeps only what the cleaning needs:
``ibge_code, uf, name, lon, lat, population`` (coordinates rounded to 5 decimals, ~1 m).

    .venv/bin/python scripts/make_ibge_table.py [--source CSV] [--out CSV]
"""

import argparse
import csv
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_SOURCE = REPO.parent / "shared" / "data" / "ibge" / "municipios_centroides.csv"
DEFAULT_OUT = REPO / "netload_plugin" / "resources" / "ibge_municipalities.csv"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=DEFAULT_SOURCE)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args()
    with args.source.open(encoding="utf-8", newline="") as handle:
        rows = sorted(csv.DictReader(handle), key=lambda row: row["municipio"])
    with args.out.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["ibge_code", "uf", "name", "lon", "lat", "population"])
        for row in rows:
            code = row["municipio"].strip()
            if len(code) != 7 or not code.isdigit():
                raise SystemExit(f"{args.source}: bad IBGE code {code!r}")
            writer.writerow([code, row["uf_code"].strip(), row["name"].strip(),
                             f"{float(row['lon']):.5f}", f"{float(row['lat']):.5f}", int(row["pop_21"])])
    print(f"wrote {len(rows)} municipalities to {args.out}")


if __name__ == "__main__":
    main()
