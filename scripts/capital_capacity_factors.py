#!/usr/bin/env python3
"""Implied annual capacity factor of the default PV model at the 27 state capitals (LABREN cells).

Reads the LABREN Atlas cells of the capitals (tests/data/, provenance in tests/data/README.md) and prints
a Markdown table — per registered (inverter) kW and per kWp of modules, beside EPE's 4MD range
(13.5-18.1 %, median 15.4 %) — then one JSON object on the last line. See docs/validation.md.

    .venv/bin/python scripts/capital_capacity_factors.py [--dc-ac R] [--orientation NAME] [--temp-air C]
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np
import pandas as pd

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from netload_plugin.core.climatology_yield import annual_yield
from netload_plugin.core.fleet_orientation import ORIENTATIONS
from netload_plugin.core.labren import MONTHS, parse_labren_csv
from netload_plugin.core.pv_system import PVParameters

DATA = REPO / "tests" / "data"


def capitals(cells_path: Path, seats_path: Path) -> pd.DataFrame:
    cells = parse_labren_csv(cells_path.read_bytes(), source=cells_path.name).drop(columns="name")
    seats = pd.read_csv(seats_path, sep=";", dtype={"cell_id": str})
    seats["station"] = "LABREN_" + seats["cell_id"]
    return seats[["name", "uf", "station"]].merge(cells, on="station", how="left", validate="one_to_one")


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cells", type=Path, default=DATA / "inpe_labren" / "global_horizontal_means_capitals.csv")
    parser.add_argument("--seats", type=Path, default=DATA / "inpe_labren" / "capitals_cells.csv")
    parser.add_argument("--orientation", choices=sorted(ORIENTATIONS), default="roofs")
    parser.add_argument("--dc-ac", type=float, default=PVParameters().dc_ac_ratio)
    parser.add_argument("--temp-air", type=float, default=25.0)
    args = parser.parse_args(argv)
    table = capitals(args.cells, args.seats)
    params = PVParameters(orientation=ORIENTATIONS[args.orientation], dc_ac_ratio=args.dc_ac)
    months = [f"ghi_{month.lower()}" for month in MONTHS]
    result = annual_yield(table["lat"].to_numpy(), table["lon"].to_numpy(), table[months].to_numpy().T, params,
                          args.temp_air)
    table = table.assign(per_kw=result.per_registered_kw, per_kwp=result.per_module_kwp, kwh_kwp=result.kwh_per_kwp)
    table = table.sort_values("per_kwp")
    print("| capital | UF | GHI kWh/m²/day | CF per registered kW | CF per module kWp | kWh/kWp/year |")
    print("|---|---|---|---|---|---|")
    for _, row in table.iterrows():
        print(f"| {row['name']} | {row['uf']} | {row['ghi_annual'] / 1000:.2f} | {row['per_kw']:.1%} | "
              f"{row['per_kwp']:.1%} | {row['kwh_kwp']:,.0f} |")
    low, high = 0.135, 0.181
    outside = table[(table["per_kwp"] < low) | (table["per_kwp"] > high)]["name"].tolist()
    print(f"median per kWp {np.median(table['per_kwp']):.1%} (EPE 15.4 %), per registered kW "
          f"{np.median(table['per_kw']):.1%}; outside EPE's 13.5-18.1 % per kWp: {', '.join(outside) or 'none'}")
    print(json.dumps({"orientation": args.orientation, "dc_ac_ratio": args.dc_ac, "temp_air_c": args.temp_air,
                      "median_per_module_kwp": round(float(np.median(table["per_kwp"])), 4),
                      "median_per_registered_kw": round(float(np.median(table["per_kw"])), 4),
                      "outside_epe_range": outside,
                      "capitals": {row["name"]: round(float(row["per_kwp"]), 4) for _, row in table.iterrows()}},
                     ensure_ascii=False))


if __name__ == "__main__":
    main()
