#!/usr/bin/env python3
"""Benchmark: hourly PV generation for every Brazilian municipality over a year.

Issue 5's target: 5,564 municipalities × 8,760 hours in ≤ 10 s and ≤ 2 GB peak RSS. Zones are the
real municipality centroids of ../shared/data/ibge/municipios_centroides.csv (the first N rows);
capacity 100 kW each. Irradiance is a *synthetic* climatology: every zone gets the monthly GHI of the
LABREN cell nearest São Paulo (../shared/data/inpe_labren), shaped by its own clear-sky profile —
the values do not change the work done, only the numbers produced.

Timed separately: shaping the climatology into hourly GHI (``ghi_from_monthly_climatology``) and
the generation itself (``generation_kw``, the figure the target is about) with the default fleet
orientation (four roof faces) and, side by side, with one plane (latitude tilt, north): their ratio is
the cost of the fleet mix. The reference is pvlib's equivalent one-plane chain (SPA solar position,
Erbs, Hay-Davies, physical IAM, SAPM, PVWatts DC and inverter) run on a few zones in the same
process and scaled linearly to N zones (labelled). Peak RSS is the process's maximum resident set
(``ru_maxrss``), inputs and outputs included.

    .venv/bin/python scripts/bench_generation.py [--small] [--zones N] [--hours N] [--pvlib-zones K]

The last line printed is one JSON object with every figure.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
SHARED = REPO.parent / "shared" / "data"

from netload_plugin.core import daily_shaping, generation, model_grid
from netload_plugin.core.pv_system import PVParameters

TARGET_SECONDS = 10.0
TARGET_RSS_MB = 2048.0
MONTHS = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def load_zones(n_zones: int):
    table = pd.read_csv(SHARED / "ibge" / "municipios_centroides.csv", usecols=["lat", "lon"])
    table = table.dropna()
    if n_zones > len(table):
        raise SystemExit(f"only {len(table)} municipality centroids available")
    table = table.iloc[:n_zones]
    return table["lat"].to_numpy(float), table["lon"].to_numpy(float)


def labren_monthly():
    cells = pd.read_csv(SHARED / "inpe_labren" / "global_horizontal_means_SP_excerpt_MODIFIED.csv",
                        sep=";")
    nearest = np.hypot(cells["LAT"] + 23.55, cells["LON"] + 46.63).idxmin()
    return cells.loc[nearest, MONTHS].to_numpy(float)


def pvlib_chain_seconds(times, lat, lon, ghi, params: PVParameters):
    """Time pvlib's chain on a few zones (same inputs); returns seconds and the AC output."""
    import pvlib
    midpoints = pd.DatetimeIndex(times + np.timedelta64(30, "m"), tz="UTC")
    start = time.perf_counter()
    outputs = []
    for zone in range(len(lat)):
        position = pvlib.solarposition.get_solarposition(midpoints, lat[zone], lon[zone],
                                                         method="nrel_numpy")
        split = pvlib.irradiance.erbs(ghi[:, zone], position["zenith"], midpoints)
        tilt = abs(lat[zone])
        poa = pvlib.irradiance.get_total_irradiance(
            tilt, 0.0, position["zenith"], position["azimuth"], split["dni"], ghi[:, zone],
            split["dhi"], dni_extra=pvlib.irradiance.get_extra_radiation(midpoints),
            model="haydavies", albedo=params.albedo)
        aoi = pvlib.irradiance.aoi(tilt, 0.0, position["zenith"], position["azimuth"])
        effective = poa["poa_direct"] * pvlib.iam.physical(aoi) + poa["poa_diffuse"]
        cell = pvlib.temperature.sapm_cell(poa["poa_global"], 25.0, params.wind_speed_ms,
                                           params.sapm_a, params.sapm_b, params.sapm_delta_t)
        dc = pvlib.pvsystem.pvwatts_dc(effective, cell, params.dc_ac_ratio, params.gamma_pdc)
        dc = dc * (1 - params.losses_percent / 100)
        outputs.append(pvlib.inverter.pvwatts(dc, 1 / params.inverter_efficiency_nominal,
                                              params.inverter_efficiency_nominal).values)
    return time.perf_counter() - start, np.column_stack(outputs)


def timed_generation(times, lat, lon, capacity, ghi, params: PVParameters):
    """(wall seconds, CPU seconds, output) of one ``generation_kw`` run."""
    start, cpu_start = time.perf_counter(), time.process_time()
    output = generation.generation_kw(times, lat, lon, capacity, ghi, 25.0, params)
    return time.perf_counter() - start, time.process_time() - cpu_start, output


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--small", action="store_true", help="quick preset: 500 zones × 744 hours")
    parser.add_argument("--zones", type=int, default=None, help="number of zones (default 5564)")
    parser.add_argument("--hours", type=int, default=None, help="number of hours (default 8760)")
    parser.add_argument("--pvlib-zones", type=int, default=3,
                        help="zones run through pvlib for the reference timing (default 3)")
    args = parser.parse_args(argv)
    n_zones = args.zones or (500 if args.small else 5564)
    n_hours = args.hours or (744 if args.small else 8760)

    lat, lon = load_zones(n_zones)
    times = model_grid.hourly_times("2023-01-01", "2030-01-01")[:n_hours]
    monthly = np.repeat(labren_monthly()[:, None], n_zones, axis=1)
    capacity = np.full(n_zones, 100.0)
    params = PVParameters()
    rss_before = peak_rss_mb()

    start, cpu_start = time.perf_counter(), time.process_time()
    ghi = daily_shaping.ghi_from_monthly_climatology(times, lat, lon, monthly)
    shaping_s = time.perf_counter() - start
    shaping_cpu_s = time.process_time() - cpu_start
    rss_after_shaping = peak_rss_mb()

    generation_s, generation_cpu_s, output = timed_generation(times, lat, lon, capacity, ghi, params)
    one_plane = PVParameters(orientation=None)
    one_plane_s, one_plane_cpu_s, one_plane_output = timed_generation(times, lat, lon, capacity, ghi, one_plane)
    rss_peak = peak_rss_mb()
    load_average = os.getloadavg()[0]

    k = min(args.pvlib_zones, n_zones)
    pick = np.linspace(0, n_zones - 1, k).astype(int)
    pvlib_s, pvlib_ac = pvlib_chain_seconds(times, lat[pick], lon[pick], ghi[:, pick], one_plane)
    pvlib_scaled_s = pvlib_s / k * n_zones
    ours = one_plane_output[:, pick] / 100.0
    daylight = pvlib_ac > 0
    nmae = float(np.abs(ours - pvlib_ac)[daylight].mean() / pvlib_ac[daylight].mean())

    zone_hours = n_zones * n_hours
    figures = {
        "benchmark": "generation",
        "zones": n_zones,
        "hours": n_hours,
        "zone_hours": zone_hours,
        "shaping_seconds": round(shaping_s, 3),
        "shaping_cpu_seconds": round(shaping_cpu_s, 3),
        "generation_seconds": round(generation_s, 3),
        "generation_cpu_seconds": round(generation_cpu_s, 3),
        "orientation": params.orientation.describe(),
        "one_plane_generation_seconds": round(one_plane_s, 3),
        "one_plane_generation_cpu_seconds": round(one_plane_cpu_s, 3),
        "fleet_mix_cost_ratio": round(generation_s / one_plane_s, 3),
        "fleet_mix_cost_ratio_cpu": round(generation_cpu_s / one_plane_cpu_s, 3),
        "load_average_1min": round(load_average, 2),
        "total_seconds": round(shaping_s + generation_s, 3),
        "generation_zone_hours_per_second": round(zone_hours / generation_s),
        "generation_ratio_to_10s_target": round(generation_s / TARGET_SECONDS, 3),
        "total_ratio_to_10s_target": round((shaping_s + generation_s) / TARGET_SECONDS, 3),
        "peak_rss_mb": round(rss_peak, 1),
        "peak_rss_mb_before_work": round(rss_before, 1),
        "peak_rss_mb_after_shaping": round(rss_after_shaping, 1),
        "peak_rss_ratio_to_2GB_target": round(rss_peak / TARGET_RSS_MB, 3),
        "pvlib_zones_run": k,
        "pvlib_seconds_on_those_zones": round(pvlib_s, 3),
        "pvlib_seconds_scaled_to_all_zones": round(pvlib_scaled_s, 1),
        "speedup_vs_pvlib_scaled": round(pvlib_scaled_s / one_plane_s, 1),
        "ac_nmae_vs_pvlib_on_those_zones": round(nmae, 5),
        "mean_capacity_factor": round(float(output.mean() / 100.0), 4),
        "one_plane_mean_capacity_factor": round(float(one_plane_output.mean() / 100.0), 4),
        "output_dtype": str(output.dtype),
    }
    print(f"zones × hours               : {n_zones} × {n_hours} = {zone_hours:,} zone-hours")
    print(f"machine load (1 min average): {load_average:.2f} on {os.cpu_count()} CPUs "
          "(wall times stretch when the machine is shared; CPU times less so)")
    print(f"shaping (monthly → hourly)  : {shaping_s:.2f} s wall, {shaping_cpu_s:.2f} s CPU")
    print(f"generation_kw, fleet of roofs: {generation_s:.2f} s wall, {generation_cpu_s:.2f} s CPU  "
          f"({zone_hours / generation_s:,.0f} zone-hours/s; {generation_s / TARGET_SECONDS:.2f} × the "
          f"10 s target)")
    print(f"generation_kw, one plane    : {one_plane_s:.2f} s wall, {one_plane_cpu_s:.2f} s CPU  "
          f"(the fleet mix costs {generation_s / one_plane_s:.2f} × one plane; "
          f"{generation_cpu_s / one_plane_cpu_s:.2f} × in CPU time)")
    print(f"shaping + generation        : {shaping_s + generation_s:.2f} s  "
          f"({(shaping_s + generation_s) / TARGET_SECONDS:.2f} × the 10 s target)")
    print(f"peak RSS                    : {rss_peak:.0f} MB  ({rss_peak / TARGET_RSS_MB:.2f} × the "
          f"2 GB target; {rss_before:.0f} MB before the work)")
    print(f"pvlib chain, {k} zones        : {pvlib_s:.2f} s → scaled to {n_zones} zones "
          f"{pvlib_scaled_s:.0f} s (ours, one plane, is {pvlib_scaled_s / one_plane_s:.0f}× faster)")
    print(f"AC NMAE vs pvlib ({k} zones)  : {nmae:.4%} (one plane)")
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
