"""A made-up utility brings its own load: hidden and real load per substation, through Processing.

Three substation polygons (EPSG:31982), their GD units and their SCADA export in local time
(tests/support/utility.py) go through aggregate_gd → estimate_gd_generation → hidden_load with a
LOAD_TABLE. What hidden_load must give is worked out here from the inputs: the SCADA rows converted by
hand (kW → MW, local end label → UTC start), the units' capacity connected by each day, and the
generation table read back; every message is counted.
"""

from datetime import datetime

import numpy as np
import pandas as pd
import processing
import pytest
from qgis.core import QgsProcessingFeedback, QgsVectorLayer

from tests.headless.conftest import REPO
from tests.support import utility

DEMO_POWER = REPO / "demo" / "nasa_power_daily_2024-01_south.csv"
START, END = "2024-01-10", "2024-01-12"


class Log(QgsProcessingFeedback):
    def __init__(self):
        super().__init__()
        self.infos, self.warnings = [], []

    def pushInfo(self, info):
        super().pushInfo(info)
        self.infos.append(info)

    def pushWarning(self, warning):
        super().pushWarning(warning)
        self.warnings.append(warning)


def rows_of(path, name=None):
    layer = QgsVectorLayer(f"{path}|layername={name}" if name else str(path), name or "t", "ogr")
    assert layer.isValid(), path
    names = layer.fields().names()
    values = [[_plain(f[n]) for n in names] for f in layer.getFeatures()]
    return pd.DataFrame(values, columns=names)


def _plain(value):
    if hasattr(value, "toString") and hasattr(value, "toPyDateTime"):
        return pd.Timestamp(value.toString("yyyy-MM-ddTHH:mm:ss"))
    if value is None or (hasattr(value, "isNull") and value.isNull()):
        return np.nan
    return value


@pytest.fixture(scope="module")
def run(netload_provider, tmp_path_factory):
    folder = tmp_path_factory.mktemp("utility")
    made = utility.build(folder / "inputs")
    lon, lat = utility.CENTRE_LONLAT
    irradiance = processing.run("netload:download_irradiance", {
        "SOURCE": 2, "URL": str(DEMO_POWER), "EXTENT": f"{lon - 0.6},{lon + 0.6},{lat - 0.6},{lat + 0.6} [EPSG:4674]",
        "START": START, "END": END, "OUTPUT": str(folder / "irr.gpkg"), "OUTPUT_SERIES": str(folder / "series.gpkg")})
    zones = processing.run("netload:aggregate_gd", {
        "GD_UNITS": str(made.gd_units), "ZONES": str(made.substations), "METHOD": 0,
        "OUTPUT": str(folder / "zones.gpkg")})["OUTPUT"]
    generation = processing.run("netload:estimate_gd_generation", {
        "ZONES": zones, "ZONE_ID": "substation", "GD_UNITS": str(made.gd_units), "IRRADIANCE": irradiance["OUTPUT"],
        "IRRADIANCE_SERIES": irradiance["OUTPUT_SERIES"], "IRRADIANCE_MODE": 2, "START": START, "END": END,
        "OUTPUT": str(folder / "generation.gpkg"), "OUTPUT_ZONES": "memory:"})["OUTPUT"]
    log = Log()
    result = processing.run("netload:hidden_load", {
        "GD_GENERATION": generation, "ZONES": str(made.substations), "ZONE_ID": "substation",
        "LOAD_TABLE": str(made.scada), **utility.SCADA_PARAMETERS,
        "OUTPUT": str(folder / "hidden.gpkg"), "OUTPUT_SUMMARY": str(folder / "summary.gpkg"),
        "OUTPUT_ZONES": str(folder / "zones_out.gpkg"), "OUTPUT_LOAD": str(folder / "load.gpkg"),
        "OUTPUT_LOAD_REJECTED": str(folder / "rejected.gpkg")}, feedback=log)
    return made, rows_of(generation), result, log


def expected_load(made):
    """The SCADA rows of the known substations, converted by hand: UTC start, MW."""
    frame = pd.DataFrame(made.rows, columns=["zone", "label", "net_kw", "gd_kw"])
    frame["time_utc"] = frame["label"].map(utility.utc_start)
    frame["net_mw"] = frame["net_kw"] / 1000.0
    frame["gd_mw"] = frame["gd_kw"].astype(float) / 1000.0
    return frame


def test_capacity_per_substation_and_day_follows_the_units(run):
    made, generation, _, _ = run
    for name, (_, units) in utility.SUBSTATIONS.items():
        rows = generation[generation["zone_id"] == name]
        for day in ("2024-01-10", "2024-01-11", "2024-01-12"):
            connected = sum(kw for kw, since, _ in units if since <= day)
            got = rows[rows["time_utc"].dt.strftime("%Y-%m-%d") == day]["capacity_kw"]
            assert len(got) == 24 and got.to_numpy() == pytest.approx(connected), (name, day)
    assert generation["generation_mw"].max() > 0


def test_hidden_and_real_load_per_substation(run):
    made, generation, result, _ = run
    out = rows_of(result["OUTPUT"])
    load = expected_load(made)
    load = load[load["zone"].isin(utility.SUBSTATIONS)]
    gen = generation.rename(columns={"zone_id": "zone"})
    both = load.merge(gen, on=["zone", "time_utc"], how="inner")
    assert len(out) == len(both) == 3 * 69 - 1  # 69 shared hours per substation, one missing from the export
    merged = both.merge(out.rename(columns={"area": "zone"}), on=["zone", "time_utc"], validate="one_to_one")
    assert merged["registered_gd_mw"].to_numpy() == pytest.approx(merged["generation_mw"].to_numpy())
    assert merged["hidden_load_mw"].to_numpy() == pytest.approx(merged["generation_mw"].to_numpy())
    assert merged["net_load_mw"].to_numpy() == pytest.approx(merged["net_mw"].to_numpy())
    assert merged["real_load_mw"].to_numpy() == pytest.approx((merged["net_mw"] + merged["generation_mw"]).to_numpy())
    sul = merged[merged["zone"] == utility.REPORTS_GD]
    assert sul["ons_mmgd_mw"].to_numpy() == pytest.approx(sul["gd_mw"].to_numpy())
    assert sul["ons_load_mw"].to_numpy() == pytest.approx((sul["net_mw"] + sul["gd_mw"]).to_numpy())
    others = merged[merged["zone"] != utility.REPORTS_GD]
    assert others["ons_mmgd_mw"].isna().all()
    assert others["ons_load_mw"].to_numpy() == pytest.approx(others["net_mw"].to_numpy())

    summary = rows_of(result["OUTPUT_SUMMARY"]).set_index("area")
    ours, theirs = sul["generation_mw"], sul["gd_mw"]
    assert summary.loc[utility.REPORTS_GD, "energy_ratio"] == pytest.approx(ours.sum() / theirs.sum())
    assert summary.loc[utility.REPORTS_GD, "bias_mw"] == pytest.approx((ours - theirs).mean())
    assert summary.loc[utility.REPORTS_GD, "correlation"] == pytest.approx(np.corrcoef(ours, theirs)[0, 1])
    assert np.isnan(summary.loc["SE-NORTE", "energy_ratio"])
    for name in utility.SUBSTATIONS:
        mine = merged[merged["zone"] == name]
        assert summary.loc[name, "hidden_load_mwh"] == pytest.approx(mine["generation_mw"].sum())
        assert summary.loc[name, "hidden_peak_mw"] == pytest.approx(mine["generation_mw"].max())
    zones = rows_of(result["OUTPUT_ZONES"]).set_index("substation")
    assert zones.loc[utility.REPORTS_GD, "area_energy_ratio"] == pytest.approx(
        summary.loc[utility.REPORTS_GD, "energy_ratio"])
    centro = gen[gen["zone"] == "SE-CENTRO"]["generation_mw"].sum()
    assert zones.loc["SE-CENTRO", "hidden_load_mwh"] == pytest.approx(centro)


def test_the_unknown_substation_is_rejected_row_by_row(run):
    made, _, result, _ = run
    rejected = rows_of(result["OUTPUT_LOAD_REJECTED"])
    written = [i + 1 for i, row in enumerate(made.rows) if row[0] == utility.UNKNOWN_SUBSTATION]
    assert rejected["row"].tolist() == written
    assert set(rejected["zone_id"]) == {utility.UNKNOWN_SUBSTATION}
    assert set(rejected["reason"]) == {"zone id not among the zones"}
    assert rejected["time"].iloc[0] == f"{made.rows[written[0] - 1][1]:%d/%m/%Y %H:%M}"
    used = rows_of(result["OUTPUT_LOAD"])
    assert len(used) == len(made.rows) - len(written) and set(used["dataset"]) == {"load_table"}


def test_every_message_is_counted(run):
    made, generation, _, log = run
    load = expected_load(made)
    known = load[load["zone"].isin(utility.SUBSTATIONS)]
    load_hours = set(zip(known["zone"], known["time_utc"]))
    generation_hours = set(zip(generation["zone_id"], generation["time_utc"]))
    no_gd = int(load["gd_kw"].isna().sum())
    unknown = int((load["zone"] == utility.UNKNOWN_SUBSTATION).sum())
    gap = utility.utc_start(utility.MISSING_HOUR[1])
    assert log.warnings == [
        f"{no_gd} row(s) without a readable value in gd_kw: kept, not compared (quality mmgd_missing).",
        f"SE-CENTRO: 1 missing interval(s) of 60 min from {gap:%Y-%m-%d %H:%M} to {gap:%Y-%m-%d %H:%M} UTC: "
        "no value invented.",
        f"{unknown} row(s) of 1 zone id(s) not among the zones (SE-OESTE): rejected.",
        f"{len(generation_hours - load_hours)} interval(s) with generation in 3 zone(s)/area(s) have no load row: "
        "no real load for them.",
    ]
    first, last = load["time_utc"].min(), load["time_utc"].max()
    for line in ("carga_kw: decimal commas read as decimal points.", "gd_kw: decimal commas read as decimal points.",
                 "Time step 60 min: 4 zone(s).",
                 f"Load table: {len(load)} row(s) of 4 zone(s) from {first:%Y-%m-%d %H:%M} to {last:%Y-%m-%d %H:%M} "
                 "UTC; 0 row(s) rejected.",
                 f"{len(load_hours - generation_hours)} load interval(s) outside the generation's period: not used."):
        assert line in log.infos, line
    assert gap == datetime(2024, 1, 11, 16, 0)
