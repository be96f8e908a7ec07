"""Helpers for tests that run ``scripts/netload-process`` (qgis_process) in a subprocess."""

import json
import os
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
RUNNER = REPO / "scripts" / "netload-process"


class ProcessRunner:
    """Runs the headless runner and returns the completed process."""

    def __init__(self, plugin_parent: Path | None = None):
        self.env = dict(os.environ)
        if plugin_parent is not None:
            self.env["NETLOAD_PLUGIN_PARENT"] = str(plugin_parent)

    def __call__(self, *args, timeout=300, check=True):
        completed = subprocess.run(
            [str(RUNNER), *map(str, args)], capture_output=True, text=True, env=self.env, timeout=timeout
        )
        if check and completed.returncode != 0:
            raise AssertionError(
                f"netload-process {' '.join(map(str, args))} exited {completed.returncode}\n"
                f"stdout:\n{completed.stdout[-4000:]}\nstderr:\n{completed.stderr[-4000:]}"
            )
        return completed

    def run_json(self, algorithm_id, timeout=600, **parameters):
        """``run ALG --json -- KEY=VALUE...``; returns the parsed JSON reply."""
        args = ["run", algorithm_id, "--json", "--"] + [f"{k}={v}" for k, v in parameters.items()]
        completed = self(*args, timeout=timeout)
        return json.loads(completed.stdout[completed.stdout.index("{"):])


@pytest.fixture(scope="session")
def netload_process():
    return ProcessRunner()
