"""`make package` builds a zip whose plugin loads, alone, in a fresh profile."""

import subprocess
import zipfile

from netload_plugin.processing.provider import algorithm_classes
from tests.headless.conftest import REPO, ProcessRunner


def test_packaged_zip_loads_in_a_fresh_profile(tmp_path):
    zip_path = tmp_path / "netload_plugin.zip"
    subprocess.run(
        ["python3", str(REPO / "scripts" / "package_plugin.py"), "--output", str(zip_path)],
        check=True, capture_output=True, text=True,
    )
    with zipfile.ZipFile(zip_path) as archive:
        names = archive.namelist()
        assert "netload_plugin/metadata.txt" in names
        assert all(name.startswith("netload_plugin/") for name in names)
        assert not any("__pycache__" in name or name.endswith(".pyc") for name in names)
        helps = {f"netload_plugin/help/{language}/{cls.ALGORITHM_ID}.md"
                 for cls in algorithm_classes() for language in ("en", "pt_BR")}
        assert helps <= set(names), "help files missing from the zip: add help to pb_tool.cfg's extra_dirs"
        archive.extractall(tmp_path / "plugins")

    runner = ProcessRunner(plugin_parent=tmp_path / "plugins")
    completed = runner("list")
    listed = {line.split()[0] for line in completed.stdout.splitlines() if line.strip().startswith("netload:")}
    assert "NetLoad" in completed.stdout.splitlines()
    assert listed == {f"netload:{cls.ALGORITHM_ID}" for cls in algorithm_classes()}
    described = runner("help", "netload:download_aneel_siga").stdout  # the help file, read from the zip's plugin
    assert "siga-empreendimentos-geracao.csv" in described and "<h3>" in described
