"""Under qgis_process, a curva de carga CSV given with carga verificada chosen stops run_pipeline before the
first download, with the suggestion, exit status 1 and nothing written (issue 17 item 4)."""

from tests.headless.conftest import REPO
from tests.support.http_server import FixtureServer

DEMO = REPO / "demo"


def test_a_curva_de_carga_with_carga_verificada_fails_at_once_headless(netload_process, tmp_path):
    target = tmp_path / "out" / "run.gpkg"
    with FixtureServer() as server:
        server.add_file("/gd.zip", (DEMO / "gd_units_GENERATED_PR_SC_RS.zip").read_bytes())
        completed = netload_process(
            "run", "netload:run_pipeline", "--", "STATES=PR,SC,RS", "START=2024-01-10", "END=2024-01-10",
            f"GD_URL={server.url('/gd.zip')}", f"MUNICIPALITIES={DEMO / 'municipalities_PR_SC_RS.gpkg'}",
            "IRRADIANCE_SOURCE=2", f"IRRADIANCE_URL={DEMO / 'nasa_power_daily_2024-01_south.csv'}",
            "ONS_DATASET=0", f"ONS_URL={DEMO / 'ons_curva_carga_S_2024-01.csv'}", f"OUTPUT_GPKG={target}",
            check=False)
        assert server.requests == []
    output = completed.stdout + completed.stderr
    assert completed.returncode == 1, output
    assert ("ONS_URL: ons_curva_carga_S_2024-01.csv looks like ONS's curva de carga CSV: choose 'Curva de carga' "
            "(ONS_DATASET=1).") in output
    assert "GD units" not in output and "Traceback" not in output
    assert not target.parent.exists()
