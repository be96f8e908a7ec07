"""The shell clients write clean CSV/GeoPackage outputs and rejects without QGIS."""

import csv
import sqlite3

from netload_plugin.net import aneel_gd, aneel_siga


def test_gd_client_csv_and_rejects(repo_root, tmp_path, capsys):
    source = repo_root / "tests" / "data" / "aneel_gd_quirks.latin1.csv"
    status = aneel_gd.main([str(tmp_path / "gd.csv"), "--url", str(source), "--rejects", str(tmp_path / "rej.csv"),
                            "--states", "PR"])
    assert status == 0
    with (tmp_path / "gd.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 8 and {row["uf"] for row in rows} == {"PR"}
    assert list(rows[0]) == aneel_gd.aneel_gd.POINT_COLUMNS
    with (tmp_path / "rej.csv").open(encoding="utf-8") as handle:
        assert [row["line_number"] for row in csv.DictReader(handle)] == ["9", "10", "11", "16"]
    err = capsys.readouterr().err
    assert "Rows read: 15" in err and "Rows kept: 8" in err
    assert "SECRETO" not in (tmp_path / "gd.csv").read_text(encoding="utf-8")


def test_siga_client_gpkg(shared_data, tmp_path):
    source = shared_data / "aneel_siga" / "siga-empreendimentos-geracao_excerpt.latin1.csv"
    assert aneel_siga.main([str(tmp_path / "siga.gpkg"), "--url", str(source)]) == 0
    db = sqlite3.connect(tmp_path / "siga.gpkg")
    assert db.execute("SELECT count(*) FROM siga_plants").fetchone()[0] == 19
    assert [p.name for p in tmp_path.iterdir()] == ["siga.gpkg"]  # no partial file left


def test_client_error_exit_status(tmp_path, capsys):
    assert aneel_gd.main([str(tmp_path / "gd.csv"), "--url", str(tmp_path / "missing.csv")]) == 1
    assert "missing.csv" in capsys.readouterr().err
    assert not (tmp_path / "gd.csv").exists()
