"""onnxruntime is optional: its absence gives the install message; the pip command never pulls numpy."""

import sys
from pathlib import Path

import pytest

from netload_plugin.core import optional_dependencies as deps
from netload_plugin.core.errors import MissingOptionalDependencyError
from netload_plugin.core.onnx_runtime import import_onnxruntime


def test_missing_onnxruntime_says_how_to_install(monkeypatch):
    monkeypatch.setitem(sys.modules, "onnxruntime", None)  # makes `import onnxruntime` fail
    with pytest.raises(MissingOptionalDependencyError) as caught:
        import_onnxruntime()
    message = str(caught.value)
    assert "onnxruntime" in message
    assert "netload:install_dependencies" in message
    assert "netload_deps" in message and "--no-deps" in message


def test_pip_command_pins_everything_and_never_numpy(tmp_path):
    command = deps.pip_command(tmp_path / "deps", python=Path("/opt/qgis/python3"))
    assert command[:4] == ["/opt/qgis/python3", "-m", "pip", "install"]
    assert "--no-deps" in command and "--target" in command
    assert command[command.index("--target") + 1] == str(tmp_path / "deps")
    packages = [a for a in command if "==" in a]
    assert "onnxruntime==1.20.1" in packages
    assert not any(p.lower().startswith("numpy") for p in packages)
    assert len(packages) == len([a for a in command[command.index(deps.ONNXRUNTIME_PIN):]])


def test_python_executable_on_windows_layout(monkeypatch, tmp_path):
    """Inside QGIS on Windows sys.executable is qgis-bin.exe; python.exe sits in sys.prefix."""
    (tmp_path / "apps" / "Python312").mkdir(parents=True)
    python = tmp_path / "apps" / "Python312" / "python.exe"
    python.write_bytes(b"")
    monkeypatch.setattr(sys, "executable", str(tmp_path / "bin" / "qgis-bin.exe"))
    monkeypatch.setattr(sys, "prefix", str(tmp_path / "apps" / "Python312"))
    monkeypatch.setattr(sys, "exec_prefix", str(tmp_path / "apps" / "Python312"))
    assert deps.python_executable() == python


def test_python_executable_on_macos_layout(monkeypatch, tmp_path):
    (tmp_path / "Contents" / "MacOS" / "bin").mkdir(parents=True)
    python = tmp_path / "Contents" / "MacOS" / "bin" / "python3"
    python.write_bytes(b"")
    monkeypatch.setattr(sys, "executable", str(tmp_path / "Contents" / "MacOS" / "QGIS"))
    monkeypatch.setattr(sys, "prefix", str(tmp_path / "Contents" / "MacOS"))
    monkeypatch.setattr(sys, "exec_prefix", str(tmp_path / "Contents" / "MacOS"))
    assert deps.python_executable() == python


def test_activate_appends_once_and_only_existing(monkeypatch, tmp_path):
    monkeypatch.setattr(sys, "path", list(sys.path))
    assert not deps.activate(tmp_path / "missing")
    folder = deps.dependency_folder(tmp_path)
    folder.mkdir(parents=True)
    assert deps.activate(folder) and deps.activate(folder)
    assert sys.path.count(str(folder)) == 1 and sys.path[-1] == str(folder)
