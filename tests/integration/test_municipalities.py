"""Municipality polygons from an http(s) template come through the plugin's HTTP session and cache.

The loopback server plays geodata-br: one GeoJSON per state from ../shared/data/ibge/municipios_geojson.
Expected counts and codes are read from those files with ``json``, not from the code under test.
"""

import json

import pytest
from osgeo import ogr

from netload_plugin.core.errors import Cancelled, DownloadError
from netload_plugin.core.progress import Progress
from netload_plugin.geo import settings
from netload_plugin.geo.municipalities import build_municipalities

SOURCE_DIR = "ibge/municipios_geojson"
STATES = {"AC": "12", "RR": "14"}  # two small states


@pytest.fixture()
def isolated_cache(tmp_path):
    settings.set_cache_dir(tmp_path / "cache")
    yield tmp_path / "cache"
    settings.set_cache_dir(None)


def source_codes(shared_data, code):
    features = json.loads((shared_data / SOURCE_DIR / f"geojs-{code}-mun.json").read_text(encoding="utf-8"))["features"]
    return {str(feature["properties"]["id"]) for feature in features}, len(features)


def written_codes(path):
    dataset = ogr.Open(str(path))
    return sorted(feature.GetField("ibge_code") for feature in dataset.GetLayer("municipalities"))


def test_http_template_is_downloaded_retried_and_revalidated(qgis_app, fixture_server, shared_data, isolated_cache,
                                                              tmp_path):
    template = fixture_server.url(f"/{SOURCE_DIR}/geojs-{{code}}-mun.json")
    paths = {uf: f"/{SOURCE_DIR}/geojs-{code}-mun.json" for uf, code in STATES.items()}
    expected_codes, expected_count = set(), 0
    for code in STATES.values():
        codes, count = source_codes(shared_data, code)
        expected_codes |= codes
        expected_count += count
    fixture_server.fail(paths["AC"], status=503, times=1)

    count = build_municipalities(template, list(STATES), tmp_path / "first.gpkg")

    assert count == expected_count == len(expected_codes)
    assert set(written_codes(tmp_path / "first.gpkg")) == expected_codes
    first_ac = fixture_server.requests_for(paths["AC"])
    assert len(first_ac) == 2  # the 503, then the retry that succeeded
    for request in fixture_server.requests:
        assert request.method == "GET" and "NetLoad" in request.headers.get("User-Agent", "")  # not GDAL's vsicurl
    assert len([p for p in isolated_cache.iterdir() if p.name.endswith("-mun.json")]) == 2

    seen = len(fixture_server.requests)
    count_again = build_municipalities(template, list(STATES), tmp_path / "second.gpkg")

    assert count_again == expected_count
    assert written_codes(tmp_path / "second.gpkg") == written_codes(tmp_path / "first.gpkg")
    revalidations = fixture_server.requests[seen:]
    assert sorted(r.path for r in revalidations) == sorted(paths.values())
    assert all(r.headers.get("If-None-Match") for r in revalidations)  # answered 304: served from the cache


class _Cancelled(Progress):
    def is_cancelled(self):
        return True


def test_cancel_and_a_missing_state_file_stop_before_anything_is_written(qgis_app, fixture_server, isolated_cache,
                                                                         tmp_path):
    template = fixture_server.url(f"/{SOURCE_DIR}/geojs-{{code}}-mun.json")
    with pytest.raises(Cancelled):
        build_municipalities(template, ["AC"], tmp_path / "cancelled.gpkg", progress=_Cancelled())
    with pytest.raises(DownloadError, match="404"):
        build_municipalities(fixture_server.url("/nowhere/{code}.json"), ["AC"], tmp_path / "missing.gpkg")
    assert not (tmp_path / "cancelled.gpkg").exists() and not (tmp_path / "missing.gpkg").exists()


def test_local_template_and_file_url_are_opened_directly(qgis_app, shared_data, tmp_path):
    codes, count = source_codes(shared_data, "12")
    local = str(shared_data / SOURCE_DIR / "geojs-{code}-mun.json")
    assert build_municipalities(local, ["AC"], tmp_path / "local.gpkg") == count
    file_url = (shared_data / SOURCE_DIR / "geojs-12-mun.json").as_uri()
    assert build_municipalities(file_url, ["AC"], tmp_path / "url.gpkg") == count
    assert set(written_codes(tmp_path / "url.gpkg")) == codes
