#!/usr/bin/env python3
"""Desktop smoke test: the real QGIS desktop, a fresh profile, the dock run several times in one session.

Deploys the plugin (the zip `make package` builds) into a throw-away profile, starts `qgis` under Xvfb
with `--lang`, and lets `scripts/lib/desktop_session.py` (run inside QGIS with `--code`) drive the dock
as an analyst would: fill the demo data, run, open the attribute table, run a toolbox algorithm, move
the Temporal Controller, tick the hourly view, change the map's CRS, run again — and a run that fails
on purpose in the middle. Screenshots of every run are written to --output; the last line printed is
one JSON object with each run's outcome, seconds and hidden-load total::

    python3 scripts/desktop_smoke.py --runs 3 --lang pt_BR --output /tmp/smoke-pt
    python3 scripts/desktop_smoke.py --runs 1 --lang en_US --screenshot docs/screenshot.png
    python3 scripts/desktop_smoke.py --runs 2 --locale-override pt_BR --output /tmp/smoke-override

Linux only (Xvfb); needs QGIS (`qgis`), xvfb-run and the demo data in demo/.
"""

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SESSION = REPO / "scripts" / "lib" / "desktop_session.py"


def deploy(profile_root: Path, locale_override: str = "") -> Path:
    """Build the plugin zip and unpack it into a fresh profile, enabled (with QGIS's locale override set
    to ``locale_override`` when given, as Settings ▸ Options ▸ General does)."""
    package = profile_root / "netload_plugin.zip"
    subprocess.run([sys.executable, str(REPO / "scripts" / "package_plugin.py"), "--output", str(package)],
                   check=True, capture_output=True)
    profile = profile_root / "profiles" / "default"
    plugins = profile / "python" / "plugins"
    plugins.mkdir(parents=True)
    with zipfile.ZipFile(package) as archive:
        archive.extractall(plugins)
    ini = profile / "QGIS" / "QGIS3.ini"
    ini.parent.mkdir(parents=True)
    ini.write_text("[PythonPlugins]\nnetload_plugin=true\n[qgis]\ncheckVersion=false\nshowTips=false\n"
                   "[core]\nshowTips322=false\n" + (f"[locale]\noverrideFlag=true\nuserLocale={locale_override}\n"
                                                   if locale_override else ""), encoding="utf-8")
    return profile


def run_qgis(profile_root: Path, args, result: Path, timeout: int) -> int:
    env = dict(os.environ, NETLOAD_SMOKE_RESULT=str(result), NETLOAD_SMOKE_RUNS=str(args.runs),
               NETLOAD_SMOKE_OUTPUT=str(args.output), NETLOAD_SMOKE_DEMO=str(REPO / "demo"),
               NETLOAD_SMOKE_SCREENSHOT=str(args.screenshot or ""), NETLOAD_SMOKE_DAYS=str(args.days))
    env.pop("QT_QPA_PLATFORM", None)  # a real X display (Xvfb), not offscreen
    # QGIS embeds the system's Python: a pyenv/venv python first on PATH would lend it the wrong prefix
    env["PATH"] = "/usr/bin:/bin:" + env.get("PATH", "")
    for name in [key for key in env if key.startswith(("PYENV", "VIRTUAL_ENV", "PYTHONHOME", "PYTHONPATH"))]:
        env.pop(name)
    env.pop("QGIS_CUSTOM_CONFIG_PATH", None)
    language = [] if args.locale_override else ["--lang", args.lang]
    command = ["xvfb-run", "-a", "-s", "-screen 0 1600x1000x24", "qgis", "--profiles-path", str(profile_root),
               *language, "--nologo", "--noversioncheck", "--code", str(SESSION)]
    with open(args.output / "qgis.log", "w", encoding="utf-8") as log:
        process = subprocess.run(command, env=env, stdout=log, stderr=subprocess.STDOUT, timeout=timeout)
    return process.returncode


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=3, help="good runs of the dock in one session (default 3)")
    parser.add_argument("--days", type=int, default=2, help="days of January 2024 per run (default 2)")
    parser.add_argument("--lang", default="en_US", help="QGIS interface language (en_US, pt_BR): qgis --lang")
    parser.add_argument("--locale-override", default="", metavar="CODE",
                        help="start QGIS without --lang, its Options locale override set to CODE (pt_BR)")
    parser.add_argument("--output", type=Path, default=Path("desktop-smoke"), help="folder for screenshots and logs")
    parser.add_argument("--screenshot", type=Path, help="also write the last run's window here (README picture)")
    parser.add_argument("--timeout", type=int, default=1800, help="seconds before QGIS is stopped")
    args = parser.parse_args(argv)
    args.output = args.output.resolve()
    args.output.mkdir(parents=True, exist_ok=True)
    if args.screenshot:
        args.screenshot = args.screenshot.resolve()
    profile_root = Path(tempfile.mkdtemp(prefix="netload-smoke-profile-"))
    result = args.output / "result.json"
    result.unlink(missing_ok=True)
    started = time.monotonic()
    try:
        deploy(profile_root, args.locale_override)
        code = run_qgis(profile_root, args, result, args.timeout)
    finally:
        shutil.rmtree(profile_root, ignore_errors=True)
    summary = json.loads(result.read_text(encoding="utf-8")) if result.is_file() else {"error": "no result"}
    summary.update(qgis_exit_code=code, seconds=round(time.monotonic() - started, 1),
                   lang=args.locale_override or args.lang, locale_override=bool(args.locale_override))
    good = [run for run in summary.get("runs", []) if run.get("expected") == "finished"]
    summary["ok"] = bool(good) and all(run["outcome"] == run["expected"] for run in summary.get("runs", []))
    log = summary.pop("log", [])
    (args.output / "messages.log").write_text("\n".join(log) + "\n", encoding="utf-8")
    summary["log_messages"] = len(log)
    summary["python_errors"] = sum(1 for line in log if line.startswith("[Python error]"))
    summary["ok"] = summary["ok"] and summary["python_errors"] == 0
    print(json.dumps(summary, ensure_ascii=False))
    return 0 if summary["ok"] else 1


if __name__ == "__main__":
    sys.exit(main())
