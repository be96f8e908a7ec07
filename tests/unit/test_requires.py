"""tests/support/requires.py: a missing test dependency is a skip on a developer's machine, a failure under CI."""

import os
import subprocess
import sys

import pytest

from tests.conftest import REPO_ROOT
from tests.support.requires import missing, require, require_program, under_ci

ABSENT = "netload_no_such_package_for_tests"


@pytest.mark.parametrize("value, expected", [
    (None, False), ("", False), ("0", False), ("false", False), ("False", False), ("no", False), ("off", False),
    ("1", True), ("true", True), ("yes", True), ("GitLab", True),
])
def test_under_ci_follows_the_ci_variable(monkeypatch, value, expected):
    if value is None:
        monkeypatch.delenv("CI", raising=False)
    else:
        monkeypatch.setenv("CI", value)
    assert under_ci() is expected


def test_a_present_module_is_returned(monkeypatch):
    monkeypatch.setenv("CI", "1")
    import json
    import xml.dom

    assert require("json") is json
    assert require("xml.dom") is xml.dom


def test_a_missing_module_skips_with_what_to_install_outside_ci(monkeypatch):
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception) as skipped:
        require(ABSENT, install="pip install it")
    assert str(skipped.value).startswith(f"{ABSENT} is not importable (No module named '{ABSENT}')")
    assert str(skipped.value).endswith(": pip install it")


def test_known_packages_name_their_own_requirements_file(monkeypatch):
    monkeypatch.delenv("CI", raising=False)
    monkeypatch.setitem(sys.modules, "onnxruntime", None)  # `import onnxruntime` raises ImportError
    with pytest.raises(pytest.skip.Exception) as skipped:
        require("onnxruntime")
    assert "requirements-optional.txt" in str(skipped.value)


def test_a_missing_module_fails_under_ci(monkeypatch):
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception) as failed:
        require(ABSENT)
    assert ABSENT in str(failed.value) and "CI='true'" in str(failed.value)


def test_a_missing_program_skips_or_fails(monkeypatch):
    name = "netload-no-such-program"
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception) as skipped:
        require_program(name, package="netload-tools")
    assert str(skipped.value) == f"the {name} command is not on PATH: apt-get install netload-tools"
    monkeypatch.setenv("CI", "1")
    with pytest.raises(pytest.fail.Exception):
        require_program(name)
    assert os.path.basename(require_program("sh")) == "sh"


def test_missing_skips_a_whole_module_when_asked_at_module_level(monkeypatch):
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception) as skipped:
        missing("a reason")
    assert skipped.value.allow_module_level


def _run_pytest_on(tmp_path, ci):
    """Two scratch test modules, one requiring an absent package at module level, run by pytest as CI runs it."""
    (tmp_path / "test_plain.py").write_text("def test_runs():\n    pass\n", encoding="utf-8")
    (tmp_path / "test_scratch.py").write_text(
        "from tests.support.requires import require\n"
        f"require({ABSENT!r})\n\n"
        "def test_never_runs():\n"
        "    pass\n", encoding="utf-8")
    environment = {key: value for key, value in os.environ.items() if key != "CI"}
    environment["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO_ROOT), environment.get("PYTHONPATH")]))
    if ci is not None:
        environment["CI"] = ci
    return subprocess.run([sys.executable, "-m", "pytest", "-p", "no:pytest_qgis", "-p", "no:cacheprovider",
                           "-q", "-rs", "."],
                          cwd=tmp_path, env=environment, capture_output=True, text=True, timeout=120)


def test_a_real_pytest_run_skips_locally_and_fails_under_ci(tmp_path):
    local = _run_pytest_on(tmp_path, ci=None)
    assert local.returncode == 0, local.stdout + local.stderr
    assert "1 passed, 1 skipped" in local.stdout and f"{ABSENT} is not importable" in local.stdout

    ci = _run_pytest_on(tmp_path, ci="1")
    assert ci.returncode not in (0, 5), ci.stdout + ci.stderr   # 5 = nothing collected: also not a pass
    assert "error" in ci.stdout.lower() and f"{ABSENT} is not importable" in ci.stdout
    assert "CI must provide it" in ci.stdout and "skipped" not in ci.stdout
