#!/usr/bin/env python3
"""Rebuild the bundled demo data in demo/ from ../shared/data (see demo/README.md for provenance).

    .venv/bin/python scripts/make_demo_data.py [--units 40000]

Writes: ons_curva_carga_S_2024-01.csv (the S rows of January 2024, byte-exact lines),
nasa_power_daily_2024-01_south.csv (header + January rows, byte-exact lines),
municipalities_PR_SC_RS.gpkg (polygons of states 41, 42, 43, not simplified) and
gd_units_GENERATED_PR_SC_RS.zip (synthetic GD units in ANEEL's exact format, made by
scripts/make_sample_gd.py).
"""

import argparse
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared" / "data"
DEMO = REPO / "demo"
sys.path.insert(0, str(REPO))


def ons_rows():
    source = SHARED / "ons" / "curva_carga" / "CURVA_CARGA_2024_head5000.csv"
    lines = source.read_bytes().splitlines(keepends=True)
    keep = [lines[0]] + [line for line in lines[1:] if line.startswith(b"S;") and b";2024-01-" in line]
    (DEMO / "ons_curva_carga_S_2024-01.csv").write_bytes(b"".join(keep))
    return len(keep) - 1


def power_rows():
    source = SHARED / "nasa_power" / "POWER_Regional_Daily_20240101_20241231_south.csv"
    lines = source.read_bytes().splitlines(keepends=True)
    end = next(i for i, line in enumerate(lines) if line.startswith(b"-END HEADER-"))
    header, data = lines[: end + 2], lines[end + 2:]
    keep = [line for line in data if line.split(b",")[3:4] == [b"1"]]  # MO == 1
    (DEMO / "nasa_power_daily_2024-01_south.csv").write_bytes(b"".join(header + keep))
    return len(keep)


def municipalities():
    from netload_plugin.geo.municipalities import build_municipalities

    target = DEMO / "municipalities_PR_SC_RS.gpkg"
    target.unlink(missing_ok=True)
    template = str(SHARED / "ibge" / "municipios_geojson" / "geojs-{code}-mun.json")
    return build_municipalities(template, ["PR", "SC", "RS"], target)


def gd_units(count: int):
    csv = DEMO / "gd_units_GENERATED_PR_SC_RS.csv"
    subprocess.run([sys.executable, str(REPO / "scripts" / "make_sample_gd.py"), str(count), "--states", "PR,SC,RS",
                    "--out", str(csv), "--zip"], check=True)
    return count


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--units", type=int, default=40_000, help="number of generated GD units")
    args = parser.parse_args()
    DEMO.mkdir(exist_ok=True)
    print("ONS S rows:", ons_rows())
    print("NASA POWER January rows:", power_rows())
    print("municipalities:", municipalities())
    print("generated GD units:", gd_units(args.units))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
