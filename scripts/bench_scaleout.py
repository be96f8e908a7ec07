#!/usr/bin/env python3
"""Scale-out of the monitor: the same store filled by 1 and by N parallel qgis_process workers.

Starts a throw-away PostgreSQL + PostGIS server and, for each worker count, a fresh database that
scripts/netload-monitor fills from the bundled demo (PR, SC, RS; January 2024) with ``split = state``:
one run_pipeline per state, ``workers`` at a time, all committing to the same store under its lock.
Prints the wall time of each, the speed-up over one worker (the reference, measured in the same run),
the throughput per worker in zone-hours per second, and the CPU seconds it took — the workers' (every
qgis_process the monitor ran) and the server's (every process of the throw-away cluster) — with the
zone-hours per CPU second: the per-core throughput, which a shared machine's load does not stretch and
from which bigger machines can be costed. The last line is one JSON object.

    .venv/bin/python scripts/bench_scaleout.py                   # 31 days, 1 and 2 workers
    .venv/bin/python scripts/bench_scaleout.py --small           # 3 days
    .venv/bin/python scripts/bench_scaleout.py --days 10 --workers 1,2,4
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tests.support.postgres import WRITER, ThrowAwayCluster

DEMO = REPO / "demo"
STATES = ("PR", "SC", "RS")


def config_text(database: str, days: int, workers: int, log: Path) -> str:
    return f"""[store]
connection = service={database}
[region]
states = {",".join(STATES)}
[sources]
gd_url = {DEMO / "gd_units_GENERATED_PR_SC_RS.zip"}
municipalities = {DEMO / "municipalities_PR_SC_RS.gpkg"}
irradiance_source = nasa_power
irradiance_url = {DEMO / "nasa_power_daily_2024-01_south.csv"}
ons_dataset = curva_carga
ons_url = {DEMO / "ons_curva_carga_S_2024-01.csv"}
[schedule]
until = 2024-01-{days:02d}
lookback_days = {days}
split = state
workers = {workers}
[monitor]
log = {log}
"""


def zone_count() -> int:
    with sqlite3.connect(str(DEMO / "municipalities_PR_SC_RS.gpkg")) as db:
        return db.execute("SELECT count(*) FROM municipalities").fetchone()[0]


def fill(cluster, folder: Path, days: int, workers: int) -> dict:
    """Fill a fresh database through the monitor; returns its wall seconds and the workers' and server's CPU."""
    database = cluster.create_database(f"scaleout_{workers}")
    config = folder / f"monitor_{workers}.ini"
    config.write_text(config_text(database, days, workers, folder / f"monitor_{workers}.log"))
    server, children = cluster.cpu_seconds(), children_cpu()
    started = time.perf_counter()
    completed = subprocess.run([str(REPO / "scripts" / "netload-monitor"), "--config", str(config)],
                               capture_output=True, text=True, env=dict(os.environ))
    elapsed = time.perf_counter() - started
    if completed.returncode != 0:
        raise SystemExit(f"monitor with {workers} worker(s) failed: {completed.stdout}{completed.stderr}")
    print(f"{workers} worker(s): {completed.stdout.strip()} in {elapsed:.1f} s", flush=True)
    return {"seconds": elapsed, "workers_cpu_s": children_cpu() - children,
            "server_cpu_s": cluster.cpu_seconds() - server}


def children_cpu() -> float:
    """CPU seconds of the processes this one has waited for, and of theirs (the monitor's qgis_process runs)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def figures(measured: dict, reference: float, workers: int, zone_hours: int) -> dict:
    cpu = measured["workers_cpu_s"] + measured["server_cpu_s"]
    return {"seconds": round(measured["seconds"], 1), "speedup": round(reference / measured["seconds"], 2),
            "zone_hours_per_s_per_worker": round(zone_hours / measured["seconds"] / workers),
            "workers_cpu_s": round(measured["workers_cpu_s"], 1), "server_cpu_s": round(measured["server_cpu_s"], 1),
            "zone_hours_per_cpu_s": round(zone_hours / cpu)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--days", type=int, default=31, help="days of January 2024 (1-31)")
    parser.add_argument("--workers", default="1,2", help="worker counts, comma-separated (the first is the reference)")
    parser.add_argument("--small", action="store_true", help="3 days")
    arguments = parser.parse_args()
    days = 3 if arguments.small else max(1, min(arguments.days, 31))
    counts = [int(n) for n in arguments.workers.split(",")]
    zone_hours = zone_count() * 24 * days
    results = {}
    load_before = os.getloadavg()
    with ThrowAwayCluster(durable=True) as cluster, tempfile.TemporaryDirectory(prefix="bench-scaleout-") as folder:
        os.environ.update(cluster.environment(WRITER))
        for workers in counts:
            results[workers] = fill(cluster, Path(folder), days, workers)
    reference = results[counts[0]]["seconds"]
    summary = {str(n): figures(measured, reference, n, zone_hours) for n, measured in results.items()}
    for workers, row in summary.items():
        print(f"{workers} worker(s): {row['seconds']} s, speed-up {row['speedup']}, "
              f"{row['zone_hours_per_s_per_worker']:,} zone-hours/s per worker; CPU: workers {row['workers_cpu_s']} s, "
              f"server {row['server_cpu_s']} s, {row['zone_hours_per_cpu_s']:,} zone-hours per CPU second")
    print(json.dumps({"benchmark": "bench_scaleout", "states": len(STATES), "days": days, "zone_hours": zone_hours,
                      "load_before": load_before, "load_after": os.getloadavg(), "cpus": os.cpu_count(),
                      "workers": summary}))


if __name__ == "__main__":
    main()
