#!/usr/bin/env python3
"""Time `scripts/netload-process list` (qgis_process start + plugin load + listing).

Issue target: the `netload` provider section is printed within 20 s. Prints each run and,
last, one JSON object with the best and worst times and the ratio of the best to the target.
"""

import argparse
import json
import resource
import subprocess
import time
from pathlib import Path

RUNNER = Path(__file__).resolve().parent / "netload-process"
TARGET_S = 20.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=3, help="number of timed runs (default 3)")
    parser.add_argument("--small", action="store_true", help="one run only")
    args = parser.parse_args()
    runs = 1 if args.small else args.runs
    times = []
    for index in range(runs):
        started = time.monotonic()
        completed = subprocess.run([str(RUNNER), "list"], capture_output=True, text=True, check=True)
        elapsed = time.monotonic() - started
        algorithms = sum(1 for line in completed.stdout.splitlines() if line.strip().startswith("netload:"))
        if "NetLoad" not in completed.stdout.splitlines():
            raise SystemExit("the NetLoad provider section is missing from the listing")
        times.append(elapsed)
        print(f"run {index + 1}: {elapsed:.2f} s, {algorithms} netload algorithms listed")
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(json.dumps({
        "benchmark": "startup_list",
        "runs": runs,
        "best_s": round(min(times), 2),
        "worst_s": round(max(times), 2),
        "target_s": TARGET_S,
        "ratio_best_to_target": round(min(times) / TARGET_S, 3),
        "peak_rss_mb_child": round(peak_mb, 1),
        "algorithms": algorithms,
    }))


if __name__ == "__main__":
    main()
