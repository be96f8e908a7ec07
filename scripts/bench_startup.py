#!/usr/bin/env python3
"""Time `qgis_process list` with NetLoad against the same command with a trivial plugin, side by side.

Target (issue 15.3): NetLoad's listing takes at most 1.3 times the trivial plugin's. Both run through
`scripts/netload-process` with a profile of their own in which the plugin was enabled by an untimed
first call, so each timed call is one `qgis_process list`, as for a user whose plugin is installed; the
trivial plugin is built here in a temporary folder under the same package name, with one provider and
one algorithm that imports nothing. Runs alternate (trivial, NetLoad, trivial, …) so a
change in the machine's load affects both alike; the ratio is the median of the ratios of neighbouring runs.
CPU time (user + system, of the whole process tree) is reported too: on a busy machine it varies much
less than wall time. Prints every run, then medians, peak RSS, algorithms listed per second and the
ratios, and one JSON object on its last line. Each NetLoad run is followed by the plugin's own share
timed alone in a clean Python (import, initProcessing, listing; QGIS already started): what the plugin
adds to every start, free of QGIS's own start time.

    .venv/bin/python scripts/bench_startup.py --runs 5
"""

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
RUNNER = REPO / "scripts" / "netload-process"
TARGET_RATIO = 1.3

TRIVIAL_METADATA = """[general]
name=Trivial
qgisMinimumVersion=3.22
description=A plugin that registers one provider with one algorithm and imports nothing else.
about=Reference for scripts/bench_startup.py.
version=0.1
author=NetLoad
email=netload@example.org
repository=https://example.org
hasProcessingProvider=yes
"""
TRIVIAL_INIT = '''
from qgis.core import QgsApplication, QgsProcessingAlgorithm, QgsProcessingProvider


class Nothing(QgsProcessingAlgorithm):
    def name(self):
        return "nothing"

    def displayName(self):
        return "Do nothing"

    def createInstance(self):
        return Nothing()

    def initAlgorithm(self, config=None):
        pass

    def processAlgorithm(self, parameters, context, feedback):
        return {}


class TrivialProvider(QgsProcessingProvider):
    def id(self):
        return "trivial"

    def name(self):
        return "Trivial"

    def loadAlgorithms(self):
        self.addAlgorithm(Nothing())


class TrivialPlugin:
    def __init__(self, iface):
        self.provider = None

    def initProcessing(self):
        self.provider = TrivialProvider()
        QgsApplication.processingRegistry().addProvider(self.provider)

    def initGui(self):
        self.initProcessing()

    def unload(self):
        QgsApplication.processingRegistry().removeProvider(self.provider)


def classFactory(iface):
    return TrivialPlugin(iface)
'''


def build_trivial_plugin(parent: Path) -> Path:
    """The trivial plugin as ``parent/netload_plugin`` (the name netload-process enables)."""
    folder = parent / "netload_plugin"
    folder.mkdir(parents=True)
    (folder / "metadata.txt").write_text(TRIVIAL_METADATA)
    (folder / "__init__.py").write_text(TRIVIAL_INIT)
    return parent


def timed_list(plugin_parent: Path, provider_name: str, algorithm_prefix: str) -> dict:
    """One `netload-process list`: wall time, peak RSS of the process tree, algorithms listed."""
    env = dict(os.environ, NETLOAD_PLUGIN_PARENT=str(plugin_parent), NETLOAD_PROFILE=str(plugin_parent / "profile"))
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        started = time.monotonic()
        process = subprocess.Popen([str(RUNNER), "list"], stdout=out, stderr=err, env=env)
        # wait4 reaps the runner and reports the peak RSS of it and the qgis_process it waited for.
        _pid, status, usage = os.wait4(process.pid, 0)
        elapsed = time.monotonic() - started
        process.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read().decode(errors="replace"), err.read().decode(errors="replace")
    if process.returncode != 0 or provider_name not in stdout.splitlines():
        raise SystemExit(f"listing with {plugin_parent} failed ({process.returncode}):\n"
                         f"{stdout[-2000:]}{stderr[-2000:]}")
    algorithms = sum(1 for line in stdout.splitlines() if line.strip().startswith(algorithm_prefix))
    return {"seconds": elapsed, "cpu_seconds": usage.ru_utime + usage.ru_stime, "peak_rss_mb": usage.ru_maxrss / 1024,
            "algorithms": algorithms}


REGISTER = """
import json, sys, time
from qgis.core import QgsApplication
application = QgsApplication([], False)
application.initQgis()
wall, cpu = time.perf_counter(), time.process_time()
import netload_plugin
netload_plugin.classFactory(None).initProcessing()
provider = QgsApplication.processingRegistry().providerById("netload")
names = [algorithm.displayName() for algorithm in provider.algorithms()]
print(json.dumps({"seconds": time.perf_counter() - wall, "cpu_seconds": time.process_time() - cpu,
                  "pandas": "pandas" in sys.modules, "plugin": netload_plugin.__file__}))
"""


def timed_registration(plugin_parent: Path) -> dict:
    """The plugin's own share, without QGIS's start: import, initProcessing and listing, in a clean interpreter."""
    env = dict(os.environ, PYTHONPATH=str(plugin_parent))
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    completed = subprocess.run([sys.executable, "-c", REGISTER], capture_output=True, text=True, env=env, check=True,
                               cwd=plugin_parent)  # not this checkout's folder: its netload_plugin would come first
    return json.loads(completed.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5, help="timed runs of each plugin (default 5)")
    parser.add_argument("--small", action="store_true", help="two runs of each (what `make bench` uses)")
    parser.add_argument("--plugin", type=Path, default=REPO / "netload_plugin",
                        help="the netload_plugin folder to time (default: this checkout's; another for before/after)")
    args = parser.parse_args()
    runs = 2 if args.small else args.runs
    trivial, netload = [], []
    with tempfile.TemporaryDirectory(prefix="netload-bench-startup-") as folder:
        trivial_parent = build_trivial_plugin(Path(folder) / "trivial")
        netload_parent = Path(folder) / "netload"  # the checkout's plugin, beside a profile of its own
        netload_parent.mkdir()
        (netload_parent / "netload_plugin").symlink_to(args.plugin.resolve(), target_is_directory=True)
        timed_list(trivial_parent, "Trivial", "trivial:")  # enables each plugin and warms the disk cache
        timed_list(netload_parent, "NetLoad", "netload:")
        for number in range(1, runs + 1):
            trivial.append(timed_list(trivial_parent, "Trivial", "trivial:"))
            netload.append(timed_list(netload_parent, "NetLoad", "netload:"))
            netload[-1]["registration"] = timed_registration(netload_parent)
            ours, alone = netload[-1], netload[-1]["registration"]
            print(f"run {number}: trivial {trivial[-1]['seconds']:.2f} s ({trivial[-1]['cpu_seconds']:.2f} s CPU), "
                  f"NetLoad {ours['seconds']:.2f} s ({ours['cpu_seconds']:.2f} s CPU, "
                  f"{ours['algorithms']} algorithms); "
                  f"registering NetLoad alone {alone['seconds']:.2f} s ({alone['cpu_seconds']:.2f} s CPU)")
    report(runs, trivial, netload)


def report(runs: int, trivial: list, netload: list) -> None:
    """Medians and ratios, then the JSON line."""
    reference = statistics.median(run["seconds"] for run in trivial)
    ours = statistics.median(run["seconds"] for run in netload)
    ratio = statistics.median(n["seconds"] / t["seconds"] for t, n in zip(trivial, netload))
    cpu_ratio = statistics.median(n["cpu_seconds"] / t["cpu_seconds"] for t, n in zip(trivial, netload))
    peak, trivial_peak = max(run["peak_rss_mb"] for run in netload), max(run["peak_rss_mb"] for run in trivial)
    algorithms = netload[-1]["algorithms"]
    registration = statistics.median(run["registration"]["seconds"] for run in netload)
    registration_cpu = statistics.median(run["registration"]["cpu_seconds"] for run in netload)
    print(f"median wall: trivial {reference:.2f} s, NetLoad {ours:.2f} s; ratio {ratio:.2f} "
          f"(target ≤ {TARGET_RATIO}); "
          f"CPU ratio {cpu_ratio:.2f}; peak RSS NetLoad {peak:.0f} MB, trivial {trivial_peak:.0f} MB; "
          f"{algorithms / ours:.1f} NetLoad algorithms listed per second; registering NetLoad alone (import, "
          f"initProcessing, listing) {registration:.2f} s, {registration_cpu:.2f} s CPU, pandas imported: "
          f"{netload[-1]['registration']['pandas']}")
    print(json.dumps({
        "benchmark": "startup_list",
        "runs": runs,
        "trivial_median_s": round(reference, 3),
        "netload_median_s": round(ours, 3),
        "trivial_median_cpu_s": round(statistics.median(run["cpu_seconds"] for run in trivial), 3),
        "netload_median_cpu_s": round(statistics.median(run["cpu_seconds"] for run in netload), 3),
        "ratio_to_trivial": round(ratio, 3),
        "cpu_ratio_to_trivial": round(cpu_ratio, 3),
        "target_ratio": TARGET_RATIO,
        "meets_target": ratio <= TARGET_RATIO,
        "peak_rss_mb": round(peak, 1),
        "trivial_peak_rss_mb": round(trivial_peak, 1),
        "registration_s": round(registration, 3),
        "registration_cpu_s": round(registration_cpu, 3),
        "registration_imports_pandas": netload[-1]["registration"]["pandas"],
        "algorithms": algorithms,
        "algorithms_per_s": round(algorithms / ours, 2),
    }))


if __name__ == "__main__":
    main()
