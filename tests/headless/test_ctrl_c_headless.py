"""Ctrl+C in ``qgis_process`` while a download waits on a silent server (issue 14 item 11).

QGIS 3.22's qgis_process replaced Python's SIGINT handler, so Ctrl+C was ignored for as long as the
server kept the connection open. The test sends SIGINT to the run's process group (what a terminal
does) once the request reached the loopback server; the run must end with NetLoad's cancel message.
The ``wait`` bound only stops a hang; it measures nothing.
"""

import os
import signal
import subprocess
import threading

import pytest

from tests.headless.conftest import RUNNER
from tests.support.http_server import FixtureServer

PATH = "/prd/cargaverificada"


@pytest.mark.timeout(300)
def test_ctrl_c_cancels_a_qgis_process_download(tmp_path):
    with FixtureServer() as server:
        server.add_file(PATH, b"[]")
        server.silence(PATH, times=100)
        arguments = [str(RUNNER), "run", "netload:download_ons_load", "--", "DATASET=0", "AREAS=S",
                     "START=2024-01-01", "END=2024-01-02", f"URL={server.url(PATH)}",
                     f"OUTPUT={tmp_path / 'load.gpkg'}"]
        with open(tmp_path / "out.txt", "w") as out, open(tmp_path / "err.txt", "w") as err:
            run = subprocess.Popen(arguments, stdout=out, stderr=err, start_new_session=True)
            try:
                while not server.requests_for(PATH):
                    assert run.poll() is None, (tmp_path / "err.txt").read_text()
                    threading.Event().wait(0.1)
                os.killpg(run.pid, signal.SIGINT)
                run.wait(timeout=120)
            finally:
                if run.poll() is None:
                    os.killpg(run.pid, signal.SIGKILL)
    output = (tmp_path / "out.txt").read_text() + (tmp_path / "err.txt").read_text()
    assert run.returncode == 1, output
    assert "Cancelled by the user." in output
    assert not (tmp_path / "load.gpkg").exists()
