#!/usr/bin/env python3
"""Rebuild the bundled demo data in demo/ from ../shared/data (see demo/README.md for provenance).

    .venv/bin/python scripts/make_demo_data.py [--scale 4]

Writes: ons_carga_verificada_S_2024-01_hourly.csv (ONS's hourly global load, MMGD and net load of the
South, January 2024, values copied as written: the demo's load table),
ons_curva_carga_S_2024-01.csv (the S rows of January 2024 of the curva de carga, byte-exact lines),
nasa_power_daily_2024-01_south.csv (header + January rows, byte-exact lines),
municipalities_PR_SC_RS.gpkg (polygons of states 41, 42, 43, not simplified) and
gd_units_GENERATED_PR_SC_RS.zip (synthetic GD units in ANEEL's exact format whose count and kW per
state × month of connection × source follow ANEEL's register table up to January 2024, made by
scripts/make_sample_gd.py --register), then prints the register's capacity per state for demo/README.md.
"""

import argparse
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared" / "data"
DEMO = REPO / "demo"
REGISTER = SHARED / "aneel_gd" / "mmgd_uf_mes_conexao.csv"
sys.path.insert(0, str(REPO))


def ons_rows():
    source = SHARED / "ons" / "curva_carga" / "CURVA_CARGA_2024_head5000.csv"
    lines = source.read_bytes().splitlines(keepends=True)
    keep = [lines[0]] + [line for line in lines[1:] if line.startswith(b"S;") and b";2024-01-" in line]
    (DEMO / "ons_curva_carga_S_2024-01.csv").write_bytes(b"".join(keep))
    return len(keep) - 1


def ons_mmgd_rows():
    """The South's columns of ONS's hourly carga verificada for January 2024, as a load table (one area)."""
    source = SHARED / "ons" / "mmgd_hourly" / "carga_verificada_horaria_2024-01_2024-06.csv"
    lines = source.read_text(encoding="utf-8").splitlines()
    header = lines[0].split(";")
    wanted = [header.index(name) for name in ("data_hora", "global_S", "mmgd_S", "liquida_S")]
    rows = ["area;data_hora;global_mw;mmgd_mw;liquida_mw"]
    for line in lines[1:]:
        fields = line.split(";")
        if fields[0].startswith("2024-01-"):
            rows.append(";".join(["S"] + [fields[i] for i in wanted]))
    (DEMO / "ons_carga_verificada_S_2024-01_hourly.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return len(rows) - 1


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


def gd_units(scale: float):
    csv = DEMO / "gd_units_GENERATED_PR_SC_RS.csv"
    subprocess.run([sys.executable, str(REPO / "scripts" / "make_sample_gd.py"), "--register", str(REGISTER),
                    "--until", "2024-01", "--scale", str(scale), "--states", "PR,SC,RS",
                    "--polygons", str(DEMO / "municipalities_PR_SC_RS.gpkg"), "--out", str(csv), "--zip"], check=True)


def register_capacity():
    """ANEEL's register capacity (MW, all sources) per state at the end of December 2023 and of January 2024."""
    import pandas as pd

    table = pd.read_csv(REGISTER, sep=";", dtype={"mes_conexao": str})
    table = table[table["uf"].isin(["PR", "SC", "RS"])]
    for month in ("2023-12", "2024-01"):
        upto = table[(table["mes_conexao"] <= month) | (table["mes_conexao"] == "sem_data")]
        totals = (upto.groupby("uf")["potencia_kw"].sum() / 1000).round(1).to_dict()
        print(f"register capacity to {month} (MW):", totals, "total", round(sum(totals.values()), 1))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=4.0, help="registered units per generated unit")
    args = parser.parse_args()
    DEMO.mkdir(exist_ok=True)
    print("ONS carga verificada S hours:", ons_mmgd_rows())
    print("ONS curva de carga S rows:", ons_rows())
    print("NASA POWER January rows:", power_rows())
    print("municipalities:", municipalities())
    gd_units(args.scale)
    register_capacity()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
