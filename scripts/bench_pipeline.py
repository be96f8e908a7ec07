#!/usr/bin/env python3
"""Benchmark: ``netload:run_pipeline`` end to end on a national-size run, time per step and peak memory.

    .venv/bin/python scripts/bench_pipeline.py [--states all] [--units 4000000] [--days 31] [--small]
                                               [--start 2024-01-01] [--report] [--profile FILE]

Full size (the defaults): the 27 states, a registry of ~4 million units, 31 days. Small (``--small``):
``--states PR --units 50000 --days 3`` (under a minute once its inputs exist). NEEDS ``../shared/data``
beside the checkout (``--shared`` to point elsewhere): the IBGE polygons, ANEEL's register table, NASA POWER's
South file and ONS's hourly load are read from there; the script stops with a clear message when they are absent.

Inputs, prepared once into ``bench-data/national/`` (reused when present, not timed):

- **GD registry, GENERATED** in ANEEL's exact format by ``scripts/make_sample_gd.py --register``: count
  and kW per state × month of connection × source follow ANEEL's register table
  (``aneel_gd/mmgd_uf_mes_conexao.csv``, every month to 2026-09, so units connected after the period are
  in the file as in the real one), scaled to ``--units`` units in total; each unit placed inside its own
  municipality (``--polygons``); 1 % exact duplicate rows. A plain ``.csv`` like ANEEL's resource.
- **Municipality polygons, REAL**: IBGE's GeoJSON per state (``ibge/municipios_geojson/``), given to the
  pipeline as its ``MUNICIPALITIES`` template, so reading them is part of the timed run.
- **Irradiance, GENERATED** in NASA POWER's daily regional CSV format (header block, ``LAT,LON,YEAR,MO,
  DY,ALLSKY_SFC_SW_DWN``, 0.5° grid, ``-999`` off CERES's 1° grid as in the real file) over the states'
  box: each valid cell copies the day-by-day REAL values of a cell of NASA POWER's South file
  (``nasa_power/POWER_Regional_Daily_20240101_20241231_south.csv``, tiled over the country) scaled by the
  ratio of the daily extraterrestrial irradiation at the two latitudes. Plausible, not measured.
- **Load, REAL**: ONS's hourly carga verificada per subsystem with its MMGD
  (``ons/mmgd_hourly/``, January–June 2024) as a load table (``LOAD_TABLE``, matched by ONS area, times
  in Brasília local time labelling the start of the hour), the same way ``scripts/run_demo.py`` gives
  the South's. So the period must lie within 2024-01-01 … 2024-06-30.

The run: a child process starts QGIS offscreen like ``scripts/run_demo.py`` and calls
``processing.run("netload:run_pipeline")``; a feedback subclass timestamps the pipeline's own step
messages, and a sampling thread records the resident memory of the child and all its descendants
(``/proc``, every 0.1 s) per step. The parent also reads the child's ``ru_maxrss`` (``os.wait4``).
Wall time depends on how loaded the shared machine is, so each step's CPU time (user + system, all
threads) is printed beside it. ``--profile FILE`` runs ``processing.run`` under cProfile and prints the top
functions. Reference, measured in the same run in its own process: a bare ``pandas.read_csv`` of the
registry's columns the plugin reads (as text), the floor of reading the run's largest input.

Prints the time, CPU time and peak RSS of every step, the total, the registry ingest's rows/s, the
reference and the ratios to it, and the machine load (``uptime``); the last line is one JSON object.
Target (issue 15): ≤ 240 s and ≤ 3 GB at full size.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import subprocess
import sys
import tempfile
import threading
import time
from datetime import date, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
PY = sys.executable
BENCH = REPO / "bench-data" / "national"
ALL_STATES = ("RO", "AC", "AM", "RR", "PA", "AP", "TO", "MA", "PI", "CE", "RN", "PB", "PE", "AL", "SE", "BA",
              "MG", "ES", "RJ", "SP", "PR", "SC", "RS", "MS", "MT", "GO", "DF")
#: ONS load table of the real hourly file: its column suffix → the ONS area code the plugin uses.
ONS_AREAS = {"SE": "SECO", "S": "S", "NE": "NE", "N": "N"}
LOAD_FIRST_DAY, LOAD_LAST_DAY = date(2024, 1, 1), date(2024, 6, 30)
#: The pipeline's step messages (run_pipeline's begin()) → the step names reported.
STEP_PREFIXES = (("GD units", "gd_ingest"), ("Municipalities", "municipalities"), ("Zones:", "zones"),
                 ("Capacity per zone", "aggregate_gd"), ("INPE imagery", "download_imagery"),
                 ("Classifying rooftops", "classify_rooftops"),
                 ("Undeclared PV", "find_undeclared_pv"), ("Irradiance", "irradiance"),
                 ("Generation per zone", "generation"), ("Load table", "load_table"), ("ONS load", "ons_load"),
                 ("Hidden and real load", "hidden_load"), ("Styling and writing", "styling_writing"),
                 ("Report", "report"))
TARGET_SECONDS, TARGET_RSS_MB = 240.0, 3072.0
sys.path.insert(0, str(REPO))


# ----------------------------------------------------------------------------------------- inputs

class Inputs:
    """The shared data the run is made from, with a clear stop when it is missing."""

    def __init__(self, shared: Path):
        self.geojson = shared / "ibge" / "municipios_geojson"
        self.register = shared / "aneel_gd" / "mmgd_uf_mes_conexao.csv"
        self.power_south = shared / "nasa_power" / "POWER_Regional_Daily_20240101_20241231_south.csv"
        self.ons_hourly = shared / "ons" / "mmgd_hourly" / "carga_verificada_horaria_2024-01_2024-06.csv"
        missing = [str(p) for p in (self.geojson, self.register, self.power_south, self.ons_hourly) if not p.exists()]
        if missing:
            raise SystemExit(f"bench_pipeline needs the shared sample data (../shared/data beside the checkout, or "
                             f"--shared DIR); missing: {', '.join(missing)}")

    @property
    def municipality_template(self) -> str:
        return str(self.geojson / "geojs-{code}-mun.json")


def municipalities_gpkg(inputs: Inputs, states: list[str], key: str) -> Path:
    """The states' IBGE polygons as a GeoPackage with ``ibge_code`` (make_sample_gd's ``--polygons``)."""
    from netload_plugin.geo.municipalities import build_municipalities

    target = BENCH / f"municipalities-{key}.gpkg"
    if not target.exists():
        partial = target.with_suffix(".partial.gpkg")
        partial.unlink(missing_ok=True)
        build_municipalities(inputs.municipality_template, states, partial)
        partial.replace(target)
    return target


def registry_csv(inputs: Inputs, states: list[str], units: int, key: str) -> tuple[Path, int]:
    """The generated registry (ANEEL's format, the register's totals scaled to ``units``) and its data rows."""
    import pandas as pd

    # "GENERATED" in the name: run_pipeline then names the layer gd_units_generated, as for the demo's registry
    target = BENCH / f"gd-GENERATED-register-{key}-{units}.csv"
    if not target.exists():
        register = pd.read_csv(inputs.register, sep=";", dtype={"mes_conexao": str})
        real_units = int(register.loc[register["uf"].isin(states) & (register["unidades"] > 0), "unidades"].sum())
        scale = real_units / units
        polygons = municipalities_gpkg(inputs, states, key)
        partial = target.with_name(target.name + ".partial.csv")
        print(f"generating {target.name}: {real_units:,} registered units / {scale:.4f} per generated unit",
              file=sys.stderr)
        subprocess.run([PY, str(REPO / "scripts" / "make_sample_gd.py"), "--register", str(inputs.register),
                        "--scale", repr(scale), "--states", ",".join(states), "--polygons", str(polygons),
                        "--out", str(partial)], check=True)
        partial.replace(target)
    with target.open("rb") as stream:
        rows = sum(chunk.count(b"\n") for chunk in iter(lambda: stream.read(1 << 24), b"")) - 1
    return target, rows


def extraterrestrial_daily(lat_deg, day_of_year):
    """Daily extraterrestrial irradiation on a horizontal plane (relative units; Duffie & Beckman 1.10.3)."""
    import numpy as np

    phi = np.radians(lat_deg)
    decl = np.radians(23.45) * np.sin(2 * np.pi * (284 + day_of_year) / 365)
    sunset = np.arccos(np.clip(-np.tan(phi) * np.tan(decl), -1, 1))
    eccentricity = 1 + 0.033 * np.cos(2 * np.pi * day_of_year / 365)
    return eccentricity * (np.cos(phi) * np.cos(decl) * np.sin(sunset) + sunset * np.sin(phi) * np.sin(decl))


def _south_field(path: Path, days: list[date]):
    """The South file's header lines and its valid cells' values: (header, lats, lons, values[day, lat, lon])."""
    import numpy as np
    import pandas as pd

    lines = path.read_text(encoding="utf-8").splitlines()
    end = next(i for i, line in enumerate(lines) if line.startswith("-END HEADER-"))
    table = pd.read_csv(path, skiprows=end + 1)
    table = table[table["ALLSKY_SFC_SW_DWN"] != -999.0]
    cells = table[(table["LAT"] * 2 % 2 == 1) & (table["LON"] * 2 % 2 == 1)]  # centres of CERES's 1° cells
    lats, lons = np.sort(cells["LAT"].unique()), np.sort(cells["LON"].unique())
    stamp = pd.to_datetime(dict(year=cells["YEAR"], month=cells["MO"], day=cells["DY"])).dt.date
    values = np.full((len(days), len(lats), len(lons)), -999.0)
    where = {day: k for k, day in enumerate(days)}
    day_index = stamp.map(where)
    keep = day_index.notna().to_numpy()
    values[day_index[keep].astype(int).to_numpy(), np.searchsorted(lats, cells["LAT"].to_numpy()[keep]),
           np.searchsorted(lons, cells["LON"].to_numpy()[keep])] = cells["ALLSKY_SFC_SW_DWN"].to_numpy()[keep]
    return lines[: end + 2], lats, lons, values


def irradiance_csv(inputs: Inputs, states: list[str], start: date, days: int, key: str) -> Path:
    """Daily irradiance in NASA POWER's regional CSV format over the states' box (see the module notes)."""
    import numpy as np

    from netload_plugin.core import ibge

    target = BENCH / f"power-{key}-{start}-{days}.csv"
    if target.exists():
        return target
    period = [start + timedelta(days=k) for k in range(days)]
    header, src_lats, src_lons, values = _south_field(inputs.power_south, period)
    towns = ibge.municipalities()
    towns = towns[towns["uf"].isin(states)]
    lat_grid = np.arange(math.floor(towns["lat"].min() - 1.5), math.ceil(towns["lat"].max() + 1.5) + 0.25, 0.5)
    lon_grid = np.arange(math.floor(towns["lon"].min() - 1.5), math.ceil(towns["lon"].max() + 1.5) + 0.25, 0.5)
    last = period[-1]
    header = [line if not line.startswith("Dates") else
              f"Dates (month/day/year): {start:%m/%d/%Y} through {last:%m/%d/%Y} in LST" for line in header]
    lat_mesh, lon_mesh = np.meshgrid(lat_grid, lon_grid, indexing="ij")
    valid = (lat_mesh * 2 % 2 == 1) & (lon_mesh * 2 % 2 == 1)  # the real file's pattern: values on 1° centres
    source_i = np.floor(lat_mesh).astype(int) % len(src_lats)
    source_j = np.floor(lon_mesh).astype(int) % len(src_lons)
    with target.with_name(target.name + ".partial").open("w", encoding="utf-8", newline="\n") as out:
        out.write("\n".join(header) + "\n")
        for k, day in enumerate(period):
            doy = day.timetuple().tm_yday
            seed = values[k][source_i, source_j]
            ratio = extraterrestrial_daily(lat_mesh, doy) / extraterrestrial_daily(src_lats[source_i], doy)
            field = np.where(valid & (seed != -999.0), np.round(seed * ratio, 2), -999.0)
            out.writelines(f"{la:.1f},{lo:.1f},{day.year},{day.month},{day.day},{v}\n"
                           for la, lo, v in zip(lat_mesh.ravel(), lon_mesh.ravel(), field.ravel().tolist()))
    target.with_name(target.name + ".partial").replace(target)
    return target


def load_table_csv(inputs: Inputs, states: list[str], start: date, days: int, key: str) -> Path:
    """ONS's real hourly load of the states' subsystems for the period, one row per area and local hour."""
    from netload_plugin.core.hidden_load import subsystem_of_state

    target = BENCH / f"load-{key}-{start}-{days}.csv"
    if target.exists():
        return target
    areas = {subsystem_of_state(uf) for uf in states}
    lines = inputs.ons_hourly.read_text(encoding="utf-8").splitlines()
    header = lines[0].split(";")
    period = {(start + timedelta(days=k)).isoformat() for k in range(days)}
    rows = ["area;data_hora;global_mw;mmgd_mw;liquida_mw"]
    for suffix, area in ONS_AREAS.items():
        if area not in areas:
            continue
        wanted = [header.index(f"{name}_{suffix}") for name in ("global", "mmgd", "liquida")]
        for line in lines[1:]:
            fields = line.split(";")
            if fields[0][:10] in period:
                rows.append(";".join([area, fields[0]] + [fields[i] for i in wanted]))
    target.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return target


def pipeline_parameters(inputs: Inputs, states, start: date, days: int, gd: Path, power: Path, load: Path,
                        output: Path, report: bool) -> dict:
    parameters = {
        "STATES": ",".join(states), "START": start.isoformat(),
        "END": (start + timedelta(days=days - 1)).isoformat(), "GD_URL": str(gd),
        "MUNICIPALITIES": inputs.municipality_template, "IRRADIANCE_SOURCE": 2, "IRRADIANCE_URL": str(power),
        "LOAD_TABLE": str(load), "LOAD_MATCH": 1, "LOAD_ZONE_FIELD": "area", "LOAD_TIME_FIELD": "data_hora",
        "LOAD_TIME_ZONE": "America/Sao_Paulo", "LOAD_TIME_LABEL": 0, "LOAD_FIELD": "global_mw", "LOAD_UNIT": 0,
        "LOAD_KIND": 1, "LOAD_NET_FIELD": "liquida_mw", "LOAD_MMGD_FIELD": "mmgd_mw",
        "OUTPUT_GPKG": str(output / "national.gpkg"),
    }
    if report:
        parameters["REPORT"] = str(output / "national.pdf")
    return parameters


# ------------------------------------------------------------------------------------ the child run

def tree_rss_mb(pid: int) -> float:
    """Resident memory of ``pid`` and all its descendants (MB), from /proc."""
    total, todo = 0, [pid]
    while todo:
        current = todo.pop()
        try:
            with open(f"/proc/{current}/statm") as stream:
                total += int(stream.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
            for task in os.listdir(f"/proc/{current}/task"):
                with open(f"/proc/{current}/task/{task}/children") as stream:
                    todo.extend(int(child) for child in stream.read().split())
        except (FileNotFoundError, ProcessLookupError, PermissionError):
            continue
    return total / 2**20


def cpu_seconds() -> float:
    """CPU time (user + system) of this process, all threads, and of its waited-for children."""
    import resource

    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


class StepClock:
    """Times the pipeline's steps from its messages and samples this process tree's RSS per step."""

    def __init__(self):
        self.started = time.perf_counter()
        self.steps: list[dict] = [{"step": "start", "at": 0.0, "cpu": cpu_seconds(),
                                   "peak_rss_mb": tree_rss_mb(os.getpid())}]
        self.log: list[tuple[float, str]] = []
        self.peak = 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)
        self._thread.start()

    def _sample(self):
        while not self._stop.wait(0.1):
            rss = tree_rss_mb(os.getpid())
            self.peak = max(self.peak, rss)
            step = self.steps[-1]
            step["peak_rss_mb"] = max(step["peak_rss_mb"], rss)

    def message(self, text: str):
        now = time.perf_counter() - self.started
        self.log.append((round(now, 2), text))
        name = next((step for prefix, step in STEP_PREFIXES if text.startswith(prefix)), None)
        if name is not None and text.rstrip().endswith("…"):
            self.steps.append({"step": name, "at": now, "cpu": cpu_seconds(), "peak_rss_mb": tree_rss_mb(os.getpid())})

    def finish(self) -> dict:
        now = time.perf_counter() - self.started
        self._stop.set()
        self._thread.join()
        seconds, cpu, peaks = {}, {}, {}
        for step, following in zip(self.steps, self.steps[1:] + [{"at": now, "cpu": cpu_seconds()}]):
            seconds[step["step"]] = round(following["at"] - step["at"], 2)
            cpu[step["step"]] = round(following["cpu"] - step["cpu"], 2)
            peaks[step["step"]] = round(step["peak_rss_mb"])
        return {"total_s": round(now, 2), "total_cpu_s": round(sum(cpu.values()), 2), "step_s": seconds,
                "step_cpu_s": cpu, "step_peak_rss_mb": peaks, "sampled_peak_rss_mb": round(self.peak)}


def child_run(parameters_file: str, profile: str | None) -> dict:
    import resource

    from run_demo import start_qgis  # QGIS started offscreen with the provider registered, as the demo does

    app, provider = start_qgis()  # keep both references for the whole run
    import processing
    from qgis.core import QgsProcessingFeedback

    parameters = json.loads(Path(parameters_file).read_text())
    clock = StepClock()

    class Feedback(QgsProcessingFeedback):
        def pushInfo(self, info):
            clock.message(info)
            print(f"[{time.perf_counter() - clock.started:7.1f} s] {info}", file=sys.stderr, flush=True)

        def pushWarning(self, warning):
            print(f"[{time.perf_counter() - clock.started:7.1f} s] warning: {warning}", file=sys.stderr, flush=True)

        def reportError(self, error, fatalError=False):
            print("error:", error, file=sys.stderr, flush=True)

    feedback = Feedback()
    if profile:
        import cProfile

        profiler = cProfile.Profile()
        result = profiler.runcall(processing.run, "netload:run_pipeline", parameters, feedback=feedback)
        profiler.dump_stats(profile)
    else:
        result = processing.run("netload:run_pipeline", parameters, feedback=feedback)
    figures = clock.finish()
    figures["self_maxrss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    figures["children_maxrss_mb"] = round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024)
    figures["output_gpkg"] = result.get("OUTPUT_GPKG")
    figures["summary"] = result.get("SUMMARY")
    return figures


def child_read_csv(path: str) -> dict:
    """The reference: a bare ``pandas.read_csv`` of the registry's columns the plugin reads, as text."""
    import pandas as pd

    from netload_plugin.core.aneel_gd import COLUMNS

    started = time.perf_counter()
    frame = pd.read_csv(path, sep=";", encoding="latin-1", dtype=str, usecols=list(COLUMNS), on_bad_lines="skip",
                        keep_default_na=False)
    return {"seconds": time.perf_counter() - started, "rows": len(frame)}


def run_child(arguments: list[str]) -> tuple[dict, float, float]:
    """This script in a fresh process with ``arguments``: its JSON reply, wall seconds, ``ru_maxrss`` (MB)."""
    started = time.perf_counter()
    process = subprocess.Popen([PY, __file__, *arguments], stdout=subprocess.PIPE,
                               env=dict(os.environ, PYTHONPATH=str(REPO)))
    output = process.stdout.read()
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"the child run {arguments[:2]} failed (status {os.waitstatus_to_exitcode(status)}); "
                         "see its messages")
    lines = output.decode().strip().splitlines()
    return json.loads(lines[-1]), wall, usage.ru_maxrss / 1024


def run_pipeline(parameters: dict, work: Path, profile: str | None) -> tuple[dict, float, float]:
    """The pipeline in a fresh process (see :func:`run_child`)."""
    parameters_file = work / "parameters.json"
    parameters_file.write_text(json.dumps(parameters, indent=1))
    return run_child(["--child", str(parameters_file)] + (["--profile", profile] if profile else []))


def print_profile(path: str, top: int = 40):
    import pstats

    stats = pstats.Stats(path)
    stats.sort_stats("cumulative").print_stats(top)
    stats.sort_stats("tottime").print_stats(top)


def output_counts(gpkg: Path) -> dict:
    """Rows per table of the run's GeoPackage (what it wrote)."""
    import sqlite3

    with sqlite3.connect(str(gpkg)) as connection:
        names = [row[0] for row in connection.execute("SELECT table_name FROM gpkg_contents ORDER BY 1")]
        return {name: connection.execute(f'SELECT COUNT(*) FROM "{name}"').fetchone()[0] for name in names}


def uptime() -> str:
    return subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip()


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__.splitlines()[0] + " Reads ../shared/data (IBGE polygons, "
        "ANEEL's register table, NASA POWER's South file, ONS's hourly load): see --shared."
    )
    parser.add_argument("--states", default="all", help="UF letters, comma-separated, or 'all' (default)")
    parser.add_argument("--units", type=int, default=4_000_000, help="GD units in the generated registry")
    parser.add_argument("--days", type=int, default=31, help="days in the period (from --start)")
    parser.add_argument("--start", type=date.fromisoformat, default=LOAD_FIRST_DAY, help="first day (2024)")
    parser.add_argument("--small", action="store_true", help="quick preset: --states PR --units 50000 --days 3")
    parser.add_argument("--report", action="store_true", help="also write the PDF report (REPORT)")
    parser.add_argument("--profile", help="write a cProfile of processing.run to this file and print its top")
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared" / "data",
                        help="the shared sample data the inputs are made from (default ../shared/data beside the "
                        "checkout; the script stops with a message naming what is missing)")
    parser.add_argument("--keep", action="store_true", help="keep the run's GeoPackage in bench-data/national/")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--child-read-csv", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child or args.child_read_csv:
        print(json.dumps(child_run(args.child, args.profile) if args.child else child_read_csv(args.child_read_csv)))
        return
    if args.small:
        args.states, args.units, args.days = "PR", 50_000, 3
    end = args.start + timedelta(days=args.days - 1)
    if args.days < 1 or args.start < LOAD_FIRST_DAY or end > LOAD_LAST_DAY:
        raise SystemExit(f"the period must lie within {LOAD_FIRST_DAY} … {LOAD_LAST_DAY} (ONS's hourly load file)")
    from netload_plugin.core import ibge

    states = list(ALL_STATES) if args.states.strip().lower() == "all" else ibge.parse_uf_list(args.states)
    key = "all" if set(states) == set(ALL_STATES) else "_".join(sorted(states))
    inputs = Inputs(args.shared)
    BENCH.mkdir(parents=True, exist_ok=True)
    gd, rows = registry_csv(inputs, states, args.units, key)
    power = irradiance_csv(inputs, states, args.start, args.days, key)
    load = load_table_csv(inputs, states, args.start, args.days, key)
    reference, _, reference_rss = run_child(["--child-read-csv", str(gd)])
    with tempfile.TemporaryDirectory(dir=BENCH) as folder:
        work = Path(folder)
        parameters = pipeline_parameters(inputs, states, args.start, args.days, gd, power, load, work, args.report)
        load_before = uptime()
        figures, wall, maxrss = run_pipeline(parameters, work, args.profile)
        figures.update(wall_with_qgis_start_s=round(wall, 2), child_maxrss_mb=round(maxrss),
                       read_csv_s=round(reference["seconds"], 2), read_csv_peak_rss_mb=round(reference_rss),
                       uptime_before=load_before, uptime_after=uptime())
        figures["output_rows"] = output_counts(Path(figures["output_gpkg"]))
        if args.keep:
            Path(figures["output_gpkg"]).replace(BENCH / f"national-{key}-{args.units}-{args.days}.gpkg")
    report_figures(args, states, gd, rows, figures)


def report_figures(args, states, gd: Path, rows: int, figures: dict):
    """Print the figures per step, the reference, the target, and the JSON line."""
    peak = max(figures["sampled_peak_rss_mb"], figures["child_maxrss_mb"], figures["children_maxrss_mb"])
    ingest = figures["step_s"].get("gd_ingest")
    result = {
        "states": len(states), "units_requested": args.units, "registry_rows": rows,
        "registry_mb": round(gd.stat().st_size / 1e6, 1), "days": args.days, "report": args.report,
        **{name: figures[name] for name in ("total_s", "total_cpu_s", "wall_with_qgis_start_s", "step_s",
                                            "step_cpu_s", "step_peak_rss_mb")},
        "peak_rss_mb": round(peak), "sampled_peak_rss_mb": figures["sampled_peak_rss_mb"],
        "child_maxrss_mb": figures["child_maxrss_mb"], "ingest_rows_per_s": round(rows / ingest) if ingest else None,
        "read_csv_s": figures["read_csv_s"], "read_csv_peak_rss_mb": figures["read_csv_peak_rss_mb"],
        "ratio_total_to_read_csv": round(figures["total_s"] / figures["read_csv_s"], 2),
        "ratio_ingest_to_read_csv": round(ingest / figures["read_csv_s"], 2) if ingest else None,
        "dominant_step": max(figures["step_s"], key=figures["step_s"].get), "output_rows": figures["output_rows"],
        "uptime_before": figures["uptime_before"], "uptime_after": figures["uptime_after"],
        "target_met": figures["total_s"] <= TARGET_SECONDS and peak <= TARGET_RSS_MB,
    }
    print(f"\nrun_pipeline: {len(states)} state(s), {rows:,} registry rows ({result['registry_mb']} MB), "
          f"{args.days} day(s)")
    for step, seconds in figures["step_s"].items():
        print(f"  {step:<18} {seconds:8.1f} s  (CPU {figures['step_cpu_s'][step]:7.1f} s)   "
              f"peak RSS {figures['step_peak_rss_mb'][step]:6d} MB")
    print(f"  {'total':<18} {figures['total_s']:8.1f} s  (CPU {figures['total_cpu_s']:7.1f} s)   "
          f"child wall time incl. QGIS start {figures['wall_with_qgis_start_s']:.1f} s")
    print(f"peak RSS: {result['peak_rss_mb']} MB (sampled tree {figures['sampled_peak_rss_mb']} MB, "
          f"ru_maxrss {figures['child_maxrss_mb']} MB); registry ingest {result['ingest_rows_per_s']} rows/s")
    print(f"reference, bare pandas.read_csv of the registry's {rows:,} rows (the columns the plugin reads): "
          f"{figures['read_csv_s']} s, peak RSS {figures['read_csv_peak_rss_mb']} MB; whole run / read_csv "
          f"{result['ratio_total_to_read_csv']}, ingest step / read_csv {result['ratio_ingest_to_read_csv']}")
    verdict = "met" if result["target_met"] else "NOT met"
    print(f"dominant step: {result['dominant_step']}; target ≤ {TARGET_SECONDS:.0f} s and ≤ {TARGET_RSS_MB:.0f} MB: "
          f"{verdict}")
    print("machine load:", figures["uptime_before"], "→", figures["uptime_after"])
    if figures.get("summary"):
        print(figures["summary"])
    if args.profile:
        print_profile(args.profile)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
