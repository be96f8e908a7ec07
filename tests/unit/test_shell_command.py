"""One mapping of failures to exit statuses for every ``python -m netload_plugin.net.*`` client."""

import argparse
import csv
import io
import signal
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from netload_plugin.core.errors import Cancelled, DownloadError
from netload_plugin.net import inmet, labren, nasa_power, ons
from netload_plugin.net.cli import parse_date, parse_extent, shell_command, write_csv


def raising(error):
    @shell_command
    def main(argv=None):
        raise error

    return main


def test_success_is_zero_and_a_returned_status_is_kept(capsys):
    assert shell_command(lambda argv=None: None)() == 0
    assert shell_command(lambda argv=None: 2)() == 2
    assert capsys.readouterr().err == ""


def test_netload_error_is_one_with_its_message_and_no_traceback(capsys):
    assert raising(DownloadError("https://x/y.csv: HTTP 404 Not Found"))() == 1
    assert capsys.readouterr().err == "ERROR: https://x/y.csv: HTTP 404 Not Found\n"


def test_ctrl_c_and_cancel_are_130(capsys):
    assert raising(KeyboardInterrupt())() == 130
    assert capsys.readouterr().err == "ERROR: Cancelled by the user.\n"
    assert raising(Cancelled())() == 130
    assert capsys.readouterr().err == "ERROR: Cancelled by the user.\n"


def test_bugs_keep_their_traceback():
    with pytest.raises(ZeroDivisionError):
        raising(ZeroDivisionError())()
    with pytest.raises(SystemExit):  # argparse's own exit (status 2) passes through
        raising(SystemExit(2))()


@pytest.mark.parametrize("client", [inmet, labren, nasa_power, ons])
def test_every_client_maps_a_failed_download_to_status_one(client, tmp_path, capsys):
    missing = tmp_path / "missing.zip"
    argv = {
        inmet: [str(tmp_path / "s.csv"), str(tmp_path / "h.csv"), "--start", "2023-01-01", "--end", "2023-01-02"],
        labren: [str(tmp_path / "cells.csv")],
        nasa_power: [str(tmp_path / "c.csv"), str(tmp_path / "s.csv"), "--start", "2024-01-01", "--end",
                     "2024-01-02", "--extent=-50,-26,-48,-24"],
        ons: [str(tmp_path / "load.csv"), "--dataset", "curva_carga", "--start", "2024-01-01", "--end", "2024-01-02"],
    }[client]
    url = str(missing) if client is not inmet else str(tmp_path / "{year}.zip")
    assert client.main([*argv, "--url", url]) == 1
    last_line = capsys.readouterr().err.strip().splitlines()[-1]
    assert last_line.startswith("ERROR: ") and ("missing.zip" in last_line or "2023.zip" in last_line), last_line


def test_argument_types():
    assert str(parse_date("2024-02-29")) == "2024-02-29"
    assert parse_extent("-50,-26,-48,-24") == (-50.0, -26.0, -48.0, -24.0)
    for bad in ("-48,-26,-50,-24", "1,2,3", "a,b,c,d"):
        with pytest.raises(argparse.ArgumentTypeError):
            parse_extent(bad)
    with pytest.raises(argparse.ArgumentTypeError):
        parse_date("2024-02-30")


@pytest.mark.parametrize("inherited", [signal.SIG_DFL, signal.SIG_IGN], ids=["sigint-default", "sigint-ignored"])
def test_interrupted_shell_run_exits_130(tmp_path, inherited):
    """A real Ctrl+C (SIGINT) in a shell client: status 130, one line, no traceback — also when the client
    starts with SIGINT ignored (a background shell, nohup, some CI): the test sets the child's starting state
    itself, so it does not depend on how the test runner was started."""
    code = ("import os, signal\n"
            "from netload_plugin.net.cli import shell_command\n"
            "@shell_command\n"
            "def main():\n"
            "    os.kill(os.getpid(), signal.SIGINT)\n"
            "raise SystemExit(main())\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                            cwd=Path(__file__).resolve().parents[2],
                            preexec_fn=lambda: signal.signal(signal.SIGINT, inherited))
    assert result.returncode == 130
    assert result.stderr.strip() == "ERROR: Cancelled by the user."


def test_csv_times_are_iso_utc():
    frame = pd.DataFrame({"station": ["A"], "time_utc": [pd.Timestamp("2024-01-01 03:00", tz="UTC")],
                          "ghi_wm2": [512.5]})
    stream = io.StringIO()
    write_csv(frame, stream, ("time_utc",))
    assert stream.getvalue().splitlines() == ["station,time_utc,ghi_wm2", "A,2024-01-01T03:00:00Z,512.5"]
    assert str(frame["time_utc"].dtype).startswith("datetime64")  # the caller's frame is left as it was


def test_documented_extent_form_runs(shared_data, tmp_path):
    """The ``--extent=-48.5,...`` form the help and README show (a bare ``--extent -48.5,...`` is an argparse error)."""
    source = shared_data / "inpe_labren" / "global_horizontal_means_SP_excerpt_MODIFIED.csv"
    with source.open(encoding="utf-8") as handle:
        inside = sum(1 for row in csv.DictReader(handle, delimiter=";")
                     if -48.5 <= float(row["LON"]) <= -46 and -25.5 <= float(row["LAT"]) <= -23)
    out = tmp_path / "cells.csv"
    assert labren.main(["--extent=-48.5,-25.5,-46,-23", "--url", str(source), str(out)]) == 0
    assert len(out.read_text(encoding="utf-8").splitlines()) == inside + 1 > 1
