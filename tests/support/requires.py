"""What a test needs beyond the plugin's own runtime: skipped on a developer's machine, a failure under CI.

A test that needs pvlib, onnxruntime, GDAL's Python bindings or a command-line tool asks for it here:

    pvlib = require("pvlib")                     # module level or inside a test
    ogr = require("osgeo.ogr")
    require_program("pdftotext", package="poppler-utils")

Where the package is missing the test is skipped with a reason that says what to install. When the
environment variable ``CI`` is set (``.ci/run`` sets ``CI=1``; ``scripts/ltr-run`` passes it into the
QGIS 3.40 root), a missing package fails the test instead: CI installs everything the suite uses, so a
skip there would hide a broken environment behind a green run. Asked for at module level, the failure
is a collection error, which stops the pytest process with the message (and ``scripts/run-tests`` fails).

Not for PyTorch (``requirements-train.txt``): training is outside the plugin and CI does not install
its several-GB wheel, so ``test_rooftop_model.py``'s export check keeps ``pytest.importorskip``.
"""

from __future__ import annotations

import importlib
import os
import shutil

import pytest

#: How to get each optional package the tests use (the default: the dev requirements).
INSTALL_HINTS = {
    "pvlib": "pip install -r requirements-dev.txt -c constraints.txt",
    "onnxruntime": "pip install -r requirements-optional.txt -c constraints.txt",
    "sklearn": "pip install -r requirements-optional.txt -c constraints.txt",
    "osgeo": "apt-get install python3-gdal (QGIS brings it)",
}
#: Values of ``CI`` that mean "not under CI".
NOT_CI = ("", "0", "false", "no", "off")


def under_ci() -> bool:
    """True when the environment variable ``CI`` is set to anything but an empty or false value."""
    return os.environ.get("CI", "").strip().lower() not in NOT_CI


def require(module: str, install: str | None = None):
    """The imported ``module``; skip the test without it (fail under CI). ``install``: how to get it."""
    try:
        return importlib.import_module(module)
    except ImportError as error:
        problem = str(error)  # reported below, outside the handler: one message, no chained traceback
    hint = install or INSTALL_HINTS.get(module.split(".")[0], "pip install -r requirements-dev.txt")
    missing(f"{module} is not importable ({problem}): {hint}")


def require_program(name: str, package: str | None = None) -> str:
    """The path of the command ``name`` on PATH; skip the test without it (fail under CI)."""
    path = shutil.which(name)
    if path is None:
        missing(f"the {name} command is not on PATH: apt-get install {package or name}")
    return path


def missing(reason: str):
    """Skip with ``reason``, or fail with it when running under CI."""
    if under_ci():
        pytest.fail(f"{reason} — CI={os.environ['CI']!r}: CI must provide it, so this is a failure, not a skip",
                    pytrace=False)
    pytest.skip(reason, allow_module_level=True)
