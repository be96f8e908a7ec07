#!/usr/bin/env python3
"""Build the plugin zip for QGIS's "Install from ZIP" from the file set in pb_tool.cfg.

The zip holds one top folder, ``netload_plugin/``, with metadata.txt inside it. Caches,
translation sources (.ts) and editor leftovers are left out.
"""

import argparse
import configparser
import sys
import zipfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
EXCLUDED_SUFFIXES = {".pyc", ".pyo", ".ts", ".orig", ".rej", ".swp"}
EXCLUDED_DIRS = {"__pycache__", ".pytest_cache", "deps"}


def file_set(config_path: Path) -> list:
    """Every file of the plugin folder that the package must contain, relative to it."""
    config = configparser.ConfigParser()
    config.read(config_path, encoding="utf-8")
    files = config["files"]
    plugin_dir = REPO / config["plugin"]["name"]
    chosen = [Path(name) for key in ("python_files", "extras") for name in files.get(key, "").split()]
    for folder in files.get("extra_dirs", "").split():
        for path in sorted((plugin_dir / folder).rglob("*")):
            relative = path.relative_to(plugin_dir)
            if path.is_file() and path.suffix not in EXCLUDED_SUFFIXES and not EXCLUDED_DIRS & set(relative.parts):
                chosen.append(relative)
    unlisted = sorted(p.name for p in plugin_dir.glob("*.py") if Path(p.name) not in chosen)
    if unlisted:
        sys.exit(f"pb_tool.cfg does not list these plugin modules in python_files: {', '.join(unlisted)}")
    missing = [str(p) for p in chosen if not (plugin_dir / p).is_file()]
    if missing:
        sys.exit(f"pb_tool.cfg lists files that do not exist: {', '.join(missing)}")
    return chosen


def build(output: Path) -> Path:
    config_path = REPO / "pb_tool.cfg"
    plugin_name = configparser.ConfigParser()
    plugin_name.read(config_path, encoding="utf-8")
    name = plugin_name["plugin"]["name"]
    output.parent.mkdir(parents=True, exist_ok=True)
    partial = output.with_suffix(".zip.partial")
    with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for relative in file_set(config_path):
            archive.write(REPO / name / relative, f"{name}/{relative.as_posix()}")
    partial.replace(output)
    return output


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--output", type=Path, required=True, help="zip file to write")
    args = parser.parse_args()
    path = build(args.output)
    with zipfile.ZipFile(path) as archive:
        count = len(archive.namelist())
    print(f"{path} ({count} files, {path.stat().st_size / 1024:.0f} KiB)")


if __name__ == "__main__":
    main()
