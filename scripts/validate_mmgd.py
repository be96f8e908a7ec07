#!/usr/bin/env python3
"""Hold NetLoad's registered-GD estimate of one ONS area against ONS's MMGD, hour by hour.

The plugin's own chain: capacity per state and day from ANEEL's register table (solar rows by
default), spread over the state's municipalities by population (the plugin's IBGE table), NASA POWER
daily irradiance shaped by the clear-sky profile (``core.zone_generation.estimate``, daily mode,
nearest cell with data that day), the PV model with its default parameters unless told otherwise,
summed per hour and compared with ONS's MMGD (local Brasília hours converted to UTC). See
docs/validation.md for the figures and what they mean.

    .venv/bin/python scripts/validate_mmgd.py --area S --start 2024-01-01 --end 2024-06-30 \\
        --ons ../shared/data/ons/mmgd_hourly/carga_verificada_horaria_2024-01_2024-06.csv \\
        --capacity ../shared/data/aneel_gd/mmgd_uf_mes_conexao.csv \\
        --irradiance ../shared/data/nasa_power/POWER_Regional_Daily_20240101_20241231_south.csv

Prints a table per month and overall; the last line is one JSON object. ``--calibrate-on START:END``
fits a per-area performance factor on those local days (ONS's file must hold them) and reports the
calibrated estimate over START-END too; ``--write-calibration FILE`` keeps the factor for
``netload:estimate_gd_generation``'s CALIBRATION parameter.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from netload_plugin.about import plugin_version
from netload_plugin.core import ibge, nasa_power, register_capacity
from netload_plugin.core.brazil_time import local_to_utc
from netload_plugin.core.calibration import Calibration, area_code, fit_factor, write_calibration
from netload_plugin.core.capacity_spread import spread_by_weight
from netload_plugin.core.fleet_orientation import ORIENTATIONS
from netload_plugin.core.hidden_load import SUBSYSTEM_STATES
from netload_plugin.core.mmgd_comparison import FIGURES, compare_by_month, mean_by_local_hour, night_baseline
from netload_plugin.core.pv_system import PVParameters
from netload_plugin.core.zone_generation import MODE_DAILY, estimate

#: Column suffix of each area in the hourly reference file (its ``SE`` is ONS's ``SECO``).
FILE_AREA = {"SECO": "SE", "SE": "SE", "S": "S", "NE": "NE", "N": "N"}
JSON_KEYS = ("energy_ratio", "nmae_daylight", "correlation", "bias_mw", "our_mwh", "ons_mwh", "reference_mwh",
             "ons_night_baseline_mw", "capacity_mw", "capacity_factor", "ons_capacity_factor", "ghi_wm2",
             "performance_ratio", "ons_performance_ratio")


def read_reference(path: Path, area: str) -> pd.DataFrame:
    """The hourly reference table → local_time, time_utc, mmgd_mw of ``area`` (not a source format)."""
    column = f"mmgd_{FILE_AREA[area]}"
    table = pd.read_csv(path, sep=";", usecols=["data_hora", column])
    local = pd.to_datetime(table["data_hora"], format="%Y-%m-%dT%H:%M")
    utc, _, _ = local_to_utc(local)
    return pd.DataFrame({"local_time": local, "time_utc": utc.dt.tz_localize(None),
                         "mmgd_mw": pd.to_numeric(table[column], errors="coerce")})


def area_states(area: str) -> tuple:
    return SUBSYSTEM_STATES["SECO" if area in ("SE", "SECO") else area]


def model_area(args, states, first_day, last_day, params: PVParameters):
    """Hourly generation, PV capacity (MW) and capacity-weighted GHI of the area's fleet, UTC days
    first..last inclusive."""
    days = np.arange(first_day, last_day + 1)
    register = register_capacity.read_register_table(args.capacity)
    sources = None if args.sources == "all" else (register_capacity.SOLAR,)
    state_capacity = register_capacity.capacity_by_state_day(register, list(states), days, sources)
    municipalities = ibge.municipalities()
    zones = municipalities[municipalities["uf"].isin(states)]
    capacity = spread_by_weight(state_capacity, list(states), zones["uf"].to_numpy(), zones["population"])
    points, series = nasa_power.parse_power_csv(Path(args.irradiance).read_bytes(), Path(args.irradiance).name)
    result = estimate(zones["lat"].to_numpy(), zones["lon"].to_numpy(), capacity, str(days[0]), str(days[-1] + 1),
                      60, MODE_DAILY, points["lat"].to_numpy(), points["lon"].to_numpy(), points["station"].tolist(),
                      series, params=params, temp_air_c=args.temp_air, capacity_days=days)
    capacity_kw = np.broadcast_to(result.capacity_kw, result.generation_kw.shape)
    fleet_kw = capacity_kw.sum(axis=1)
    hourly = pd.DataFrame({
        "generation_mw": np.nansum(result.generation_kw, axis=1) / 1000.0,
        "capacity_mw": fleet_kw / 1000.0,
        "ghi_wm2": np.nansum(result.ghi_wm2 * capacity_kw, axis=1) / np.where(fleet_kw > 0, fleet_kw, np.nan),
    }, index=pd.DatetimeIndex(result.times))
    return hourly, result.notes, len(register.rejects)


def pv_parameters(args) -> PVParameters:
    """The default parameters with the options given; ``--tilt``/``--azimuth`` select one plane."""
    changes = {name: value for name, value in (("dc_ac_ratio", args.dc_ac), ("losses_percent", args.losses))
               if value is not None}
    if args.tilt is not None or args.azimuth is not None:
        tilt = None if args.tilt in (None, -1) else args.tilt
        changes.update(orientation=None, tilt_deg=tilt, azimuth_deg=args.azimuth or 0.0)
    elif args.orientation is not None:
        changes["orientation"] = ORIENTATIONS[args.orientation]
    return PVParameters(**changes)


def figures_json(table: pd.DataFrame) -> dict:
    overall = table.iloc[-1]
    months = [{"month": row["period"], **{key: _plain(row[key]) for key in JSON_KEYS}}
              for _, row in table.iloc[:-1].iterrows()]
    return {**{key: _plain(overall[key]) for key in JSON_KEYS}, "months": months}


def _plain(value):
    value = float(value)
    return None if np.isnan(value) else round(value, 4)


def print_table(title: str, table: pd.DataFrame) -> None:
    print(title)
    shown = table[list(FIGURES)].copy()
    print(shown.to_string(index=False, float_format=lambda v: f"{v:,.3f}" if abs(v) < 10 else f"{v:,.0f}"))


def print_by_hour(means: pd.DataFrame) -> None:
    """Daylight hours as rows, months as columns: ratio ours ÷ reference (and the MW of both)."""
    daylight = means[means["reference_mw"] > 1.0]
    print("ratio ours ÷ reference by local hour (rows) and month (columns)")
    print(daylight.pivot(index="hour", columns="month", values="ratio").to_string(float_format=lambda v: f"{v:.2f}"))


def parse_args(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--area", required=True, choices=sorted(FILE_AREA), help="ONS area (S, SE/SECO, NE, N)")
    parser.add_argument("--start", required=True, help="first local (Brasília) day, YYYY-MM-DD")
    parser.add_argument("--end", required=True, help="last local day, included")
    parser.add_argument("--ons", required=True, type=Path, help="hourly ONS table (data_hora;…;mmgd_S;…)")
    parser.add_argument("--capacity", required=True, type=Path, help="ANEEL register per state × month × source")
    parser.add_argument("--irradiance", required=True, type=Path, help="NASA POWER daily CSV covering the area")
    parser.add_argument("--sources", choices=("solar", "all"), default="solar",
                        help="register rows run through the PV model (default solar)")
    parser.add_argument("--total", action="store_true",
                        help="compare with ONS's total MMGD instead of its solar part (night baseline kept)")
    parser.add_argument("--orientation", choices=sorted(ORIENTATIONS), help="fleet orientation (default: the model's)")
    parser.add_argument("--tilt", type=float, help="one plane: module tilt in degrees (-1 = |latitude|)")
    parser.add_argument("--azimuth", type=float, help="one plane: module azimuth, degrees clockwise from north")
    parser.add_argument("--dc-ac", type=float, help="DC/AC ratio")
    parser.add_argument("--losses", type=float, help="system losses, %%")
    parser.add_argument("--by-hour", action="store_true", help="also print the mean per local hour and month")
    parser.add_argument("--temp-air", type=float, default=25.0, help="air temperature, °C (default 25)")
    parser.add_argument("--calibrate-on", metavar="START:END",
                        help="fit a performance factor on these local days (may lie outside START-END) and "
                             "report the calibrated estimate too")
    parser.add_argument("--write-calibration", type=Path, metavar="FILE",
                        help="with --calibrate-on: write the factor as a calibration file (JSON) for "
                             "netload:estimate_gd_generation's CALIBRATION")
    args = parser.parse_args(argv)
    if args.write_calibration is not None and not args.calibrate_on:
        parser.error("--write-calibration needs --calibrate-on")
    return args


def local_days(text: str, option: str) -> tuple:
    """``START:END`` (local days, both included) → two datetime64[D]."""
    try:
        first, last = (np.datetime64(part.strip(), "D") for part in text.split(":"))
    except ValueError:
        raise SystemExit(f"{option} must be START:END (YYYY-MM-DD:YYYY-MM-DD), not {text!r}") from None
    if last < first:
        raise SystemExit(f"{option}: {last} is before {first}")
    return first, last


def reference_rows(reference: pd.DataFrame, first, last) -> np.ndarray:
    """Which rows of the reference fall on local days first..last."""
    local_day = reference["local_time"].to_numpy().astype("datetime64[D]")
    return (local_day >= first) & (local_day <= last)


def model_description(args, params: PVParameters) -> dict:
    """The model a calibration belongs to: the PV parameters and the air temperature assumed."""
    return {**params.as_dict(), "temp_air_c": args.temp_air}


def calibrate(args, params, reference, ours, solar_reference, validation) -> tuple:
    """Fit the factor on the --calibrate-on rows, write --write-calibration, and return (factor, JSON)."""
    first, last = local_days(args.calibrate_on, "--calibrate-on")
    rows = reference_rows(reference, first, last)
    if not rows.any():
        raise SystemExit(f"{args.ons.name}: no hour between {first} and {last} to calibrate on")
    factor = fit_factor(ours[rows], solar_reference[rows])
    area = area_code(args.area)
    if args.write_calibration is not None:
        write_calibration(args.write_calibration, Calibration(
            {area: round(factor, 6)}, (str(first), str(last)),
            f"ONS carga verificada MMGD ({args.ons.name}), " + ("total" if args.total else "solar part: night "
                                                                "baseline removed"),
            model_description(args, params), plugin_version(),
            [f"capacity: ANEEL register ({args.capacity.name}), {args.sources} rows, spread by population",
             f"irradiance: NASA POWER daily ({args.irradiance.name}), nearest cell with a value that day"]))
    table = compare_by_month(reference.loc[validation, "local_time"], ours[validation] * factor,
                             reference.loc[validation, "mmgd_mw"], reference.loc[validation, "capacity_mw"],
                             reference.loc[validation, "ghi_wm2"], subtract_baseline=not args.total)
    print_table(f"calibrated: ours × {factor:.4f} (fitted on {first} to {last})", table)
    return factor, {"factor": round(factor, 6), "fitted_period": [str(first), str(last)], **figures_json(table)}


def main(argv=None):
    started = time.perf_counter()
    args = parse_args(argv)
    params = pv_parameters(args)
    reference = read_reference(args.ons, args.area)
    first, last = np.datetime64(args.start, "D"), np.datetime64(args.end, "D")
    validation = reference_rows(reference, first, last)
    if not validation.any():
        raise SystemExit(f"{args.ons.name}: no hour between {first} and {last}")
    needed = validation | (reference_rows(reference, *local_days(args.calibrate_on, "--calibrate-on"))
                           if args.calibrate_on else False)
    reference = reference[needed].reset_index(drop=True)
    validation = validation[needed]
    utc = reference["time_utc"].to_numpy().astype("datetime64[s]")
    hourly, notes, rejected = model_area(args, area_states(args.area), utc.min().astype("datetime64[D]"),
                                         utc.max().astype("datetime64[D]"), params)
    hourly = hourly.reindex(pd.DatetimeIndex(utc))
    reference = reference.assign(capacity_mw=hourly["capacity_mw"].to_numpy(), ghi_wm2=hourly["ghi_wm2"].to_numpy())
    ours = hourly["generation_mw"].to_numpy()
    period = reference[validation]
    table = compare_by_month(period["local_time"], ours[validation], period["mmgd_mw"], period["capacity_mw"],
                             period["ghi_wm2"], subtract_baseline=not args.total)
    print(f"area {args.area}: {int(validation.sum())} hours, {first} to {last} (local); "
          f"register rows rejected: {rejected}")
    for note in notes:
        print(f"  {note}")
    print_table("ours vs ONS " + ("MMGD (total)" if args.total else "MMGD solar part (night baseline removed)"), table)
    if args.by_hour:
        print_by_hour(mean_by_local_hour(period["local_time"], ours[validation], period["mmgd_mw"],
                                         subtract_baseline=not args.total))
    result = {"area": args.area, "start": args.start, "end": args.end, "sources": args.sources,
              "reference": "ons_mmgd_total" if args.total else "ons_mmgd_solar_part",
              "parameters": model_description(args, params), **figures_json(table)}
    if args.calibrate_on:
        total = reference["mmgd_mw"].to_numpy(float)
        solar = total if args.total else total - night_baseline(reference["local_time"], total)
        result["calibrated"] = calibrate(args, params, reference, ours, solar, validation)[1]
    result["runtime_seconds"] = round(time.perf_counter() - started, 2)
    print(f"runtime {result['runtime_seconds']:.1f} s")
    print(json.dumps(result, default=str, ensure_ascii=False))
    return result


if __name__ == "__main__":
    main()
