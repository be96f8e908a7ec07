"""Registering NetLoad (every QGIS start, every qgis_process call) imports nothing heavy.

pandas, onnxruntime, osgeo.gdal_array and the solar-position tables are imported only when an
algorithm runs. Checked in a clean interpreter: the test process itself has long imported them.
"""

import json
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
HEAVY = ("pandas", "onnxruntime", "osgeo.gdal_array", "netload_plugin.core._spa_tables")

REGISTER = """
import json, sys
from qgis.core import QgsApplication
application = QgsApplication([], False)
application.initQgis()
imported = {}
import netload_plugin
imported["netload_plugin"] = sorted(m for m in HEAVY if m in sys.modules)
from netload_plugin.processing.provider import NetLoadProvider, algorithm_classes
imported["provider"] = sorted(m for m in HEAVY if m in sys.modules)
classes = algorithm_classes()
imported["algorithm classes"] = sorted(m for m in HEAVY if m in sys.modules)
plugin = netload_plugin.classFactory(None)
plugin.initProcessing()  # what qgis_process does: the provider registers and loads its algorithms
provider = QgsApplication.processingRegistry().providerById("netload")
listed = [(algorithm.id(), algorithm.displayName(), algorithm.group()) for algorithm in provider.algorithms()]
imported["initProcessing and listing"] = sorted(m for m in HEAVY if m in sys.modules)
print(json.dumps({"imported": imported, "algorithms": len(listed), "classes": len(classes)}))
"""


def test_registering_the_plugin_and_listing_its_algorithms_imports_nothing_heavy():
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(REPO))
    completed = subprocess.run([sys.executable, "-c", f"HEAVY = {HEAVY!r}\n" + REGISTER], capture_output=True,
                               text=True, env=environment, cwd=REPO, timeout=300)
    assert completed.returncode == 0, completed.stderr[-3000:]
    reply = json.loads(completed.stdout.strip().splitlines()[-1])
    assert reply["algorithms"] == reply["classes"] > 10
    assert reply["imported"] == {step: [] for step in reply["imported"]}
