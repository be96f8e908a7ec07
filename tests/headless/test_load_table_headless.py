"""The made-up utility end to end under qgis_process: run_pipeline with its substations as ZONES, its GD units
as ANEEL registry rows and its SCADA export as LOAD_TABLE (instead of ONS's load).

The expectations come from the inputs (tests/support/utility.py): the SCADA rows converted by hand and the
generation table read back from the same GeoPackage; the log lines are counted from qgis_process's output.
"""

import pandas as pd
import pytest
from osgeo import ogr

from tests.headless.conftest import REPO
from tests.support import utility

DEMO_POWER = REPO / "demo" / "nasa_power_daily_2024-01_south.csv"


def table(path, name) -> pd.DataFrame:
    dataset = ogr.Open(str(path))
    layer = dataset.GetLayerByName(name)
    assert layer is not None, name
    definition = layer.GetLayerDefn()
    names = [definition.GetFieldDefn(i).GetName() for i in range(definition.GetFieldCount())]
    frame = pd.DataFrame([[feature.GetField(n) for n in names] for feature in layer], columns=names)
    if "time_utc" in frame:
        frame["time_utc"] = pd.to_datetime(frame["time_utc"].str.replace("/", "-").str.slice(0, 19))
    return frame


@pytest.fixture(scope="module")
def pipeline(netload_process, tmp_path_factory):
    folder = tmp_path_factory.mktemp("utility_headless")
    made = utility.build(folder / "inputs")
    output = folder / "utility.gpkg"
    completed = netload_process(
        "run", "netload:run_pipeline", "--",
        f"ZONES={made.substations}", "ZONE_ID=substation", "START=2024-01-10", "END=2024-01-12",
        f"GD_URL={made.registry}", "IRRADIANCE_SOURCE=2", f"IRRADIANCE_URL={DEMO_POWER}",
        f"LOAD_TABLE={made.scada}", *(f"{key}={value}" for key, value in utility.SCADA_PARAMETERS.items()),
        f"OUTPUT_GPKG={output}", timeout=600)
    return made, output, completed.stdout + completed.stderr


def test_hidden_and_real_load_per_substation_headless(pipeline):
    made, output, _ = pipeline
    generation = table(output, "gd_generation").rename(columns={"zone_id": "zone"})
    for name, (_, units) in utility.SUBSTATIONS.items():
        first_day = generation[(generation["zone"] == name) & (generation["time_utc"].dt.day == 10)]
        connected = sum(kw for kw, day, _ in units if day <= "2024-01-10")
        assert first_day["capacity_kw"].to_numpy() == pytest.approx(connected)
    load = pd.DataFrame(made.rows, columns=["zone", "label", "net_kw", "gd_kw"])
    load["time_utc"] = load["label"].map(utility.utc_start)
    expected = load.merge(generation, on=["zone", "time_utc"])
    got = table(output, "hidden_load_area").rename(columns={"area": "zone"})
    merged = expected.merge(got, on=["zone", "time_utc"], validate="one_to_one")
    assert len(got) == len(merged) == len(expected) == 3 * 69 - 1
    assert merged["hidden_load_mw"].to_numpy() == pytest.approx(merged["generation_mw"].to_numpy())
    real = merged["net_kw"] / 1000 + merged["generation_mw"]
    assert merged["real_load_mw"].to_numpy() == pytest.approx(real.to_numpy())
    assert set(table(output, "zones")["substation"]) == set(utility.SUBSTATIONS)
    assert "ons_load" not in {table_name for table_name in _layers(output)}


def test_load_table_and_its_rejects_are_in_the_geopackage(pipeline):
    made, output, log = pipeline
    rejected = table(output, "load_rejected")
    unknown = [i + 1 for i, row in enumerate(made.rows) if row[0] == utility.UNKNOWN_SUBSTATION]
    assert rejected["row"].tolist() == unknown and set(rejected["reason"]) == {"zone id not among the zones"}
    assert len(table(output, "load_table")) == len(made.rows) - len(unknown)
    assert f"{len(unknown)} row(s) of 1 zone id(s) not among the zones (SE-OESTE): rejected." in log
    assert "SE-CENTRO: 1 missing interval(s) of 60 min from 2024-01-11 16:00 to 2024-01-11 16:00 UTC" in log


def _layers(path):
    dataset = ogr.Open(str(path))
    return [dataset.GetLayerByIndex(i).GetName() for i in range(dataset.GetLayerCount())]
