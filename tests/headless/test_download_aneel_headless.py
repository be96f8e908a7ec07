"""download_aneel_gd from the command line (qgis_process) on a local file, as a user would run it."""

import sqlite3


def test_download_aneel_gd_with_qgis_process(netload_process, repo_root, tmp_path):
    source = repo_root / "tests" / "data" / "aneel_gd_quirks.latin1.csv"
    output = tmp_path / "gd.gpkg"
    reply = netload_process.run_json("netload:download_aneel_gd", URL=source, STATES="PR,SC",
                                     OUTPUT=output, REJECTED=tmp_path / "rejected.csv")
    assert reply["results"]["FEATURE_COUNT"] == 9  # 10 kept, minus the RS unit
    assert reply["results"]["REJECTED_COUNT"] == 4  # all PR or of unknown state
    db = sqlite3.connect(output)
    assert sorted(db.execute("SELECT DISTINCT uf FROM gd_units").fetchall()) == [("PR",), ("SC",)]
    assert db.execute("SELECT rtreecheck('rtree_gd_units_geom')").fetchone()[0] == "ok"
