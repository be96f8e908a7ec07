"""netload:download_inpe_imagery against a loopback STAC catalogue serving a COG made here."""

import json

import numpy as np
import pytest
from osgeo import gdal

from tests.support.http_server import FixtureServer, Reply
from tests.support.stac import ORIGIN_X, ORIGIN_Y, PIXEL, item, make_cog


@pytest.fixture()
def catalogue(tmp_path):
    cog = tmp_path / "scene.tif"
    pixels = make_cog(cog)
    with FixtureServer() as server:
        href = server.url("/cogs/CBERS4A_WPM_PCA_RGB321_20240924_197_123.tif")
        server.add_file("/cogs/CBERS4A_WPM_PCA_RGB321_20240924_197_123.tif", cog.read_bytes(), "image/tiff")

        def search(request):
            if request.query.get("page") == ["2"]:
                page = {"type": "FeatureCollection", "features": [item("CLEAR", 5.0, href)], "links": []}
            else:
                page = {"type": "FeatureCollection", "features": [item("CLOUDY", 90.0, href.replace("CBERS", "X"))],
                        "links": [{"rel": "next", "href": server.url("/stac/search?page=2")}]}
            return Reply(body=json.dumps(page).encode(), content_type="application/geo+json")

        server.route("/stac/search", search)
        yield server, pixels, cog.stat().st_size


def test_reads_only_the_window_and_reproduces_source_pixels(catalogue, netload_provider, tmp_path):
    import processing

    server, pixels, cog_size = catalogue
    rows, cols = slice(300, 420), slice(500, 650)
    xmin, xmax = ORIGIN_X + cols.start * PIXEL, ORIGIN_X + cols.stop * PIXEL
    ymax, ymin = ORIGIN_Y - rows.start * PIXEL, ORIGIN_Y - rows.stop * PIXEL
    output = tmp_path / "out.tif"
    result = processing.run("netload:download_inpe_imagery", {
        "STAC_URL": server.url("/stac/"), "COLLECTION": "CB4A-WPM-PCA-FUSED-1",
        "EXTENT": f"{xmin},{xmax},{ymin},{ymax} [EPSG:31983]", "START": "2024-09-01", "END": "2024-09-30",
        "MAX_CLOUD": 20, "API_KEY": "secret-key", "OUTPUT": str(output),
    })
    assert result["SCENES"] == 1
    written = gdal.Open(str(output))
    assert (written.RasterXSize, written.RasterYSize) == (150, 120)
    np.testing.assert_array_equal(written.ReadAsArray(), pixels[:, rows, cols])
    assert written.GetGeoTransform() == pytest.approx((xmin, PIXEL, 0, ymax, 0, -PIXEL))

    searches = server.requests_for("/stac/search")
    assert len(searches) == 2 and searches[0].query["collections"] == ["CB4A-WPM-PCA-FUSED-1"]
    assert searches[0].query["datetime"] == ["2024-09-01T00:00:00Z/2024-09-30T23:59:59Z"]
    cog_requests = [r for r in server.requests if r.path.startswith("/cogs/") and r.method == "GET"]
    assert cog_requests, "the COG was never read"
    assert all("Range" in r.headers for r in cog_requests), "a COG request without Range downloads the whole file"
    fetched = 0
    for request in cog_requests:
        first, last = request.headers["Range"][6:].split("-")
        fetched += int(last) - int(first) + 1
    assert fetched < cog_size / 2, f"read {fetched} of {cog_size} bytes"
    for request in searches + cog_requests:
        headers = {key.lower(): value for key, value in request.headers.items()}
        assert headers.get("x-api-key") == "secret-key"
        assert headers.get("user-agent", "").startswith("NetLoad")


def test_no_scene_matches_is_a_clear_error(catalogue, netload_provider, tmp_path):
    import processing
    from qgis.core import QgsProcessingException

    server, _pixels, _size = catalogue
    with pytest.raises(QgsProcessingException, match="No scene"):
        processing.run("netload:download_inpe_imagery", {
            "STAC_URL": server.url("/stac/"), "EXTENT": "500100,500200,7399000,7399100 [EPSG:31983]",
            "START": "2024-09-01", "END": "2024-09-30", "MAX_CLOUD": 1, "OUTPUT": str(tmp_path / "none.tif"),
        })
    assert not (tmp_path / "none.tif").exists()


def test_empty_dates_search_the_year_up_to_today(catalogue, netload_provider, tmp_path):
    import datetime

    import processing
    from qgis.core import QgsProcessingException

    server, _pixels, _size = catalogue
    with pytest.raises(QgsProcessingException, match="No scene"):  # MAX_CLOUD 1 keeps none: the search is the point
        processing.run("netload:download_inpe_imagery", {
            "STAC_URL": server.url("/stac/"), "EXTENT": "500100,500200,7399000,7399100 [EPSG:31983]",
            "MAX_CLOUD": 1, "OUTPUT": str(tmp_path / "none.tif"),
        })
    today = datetime.date.today()  # the run and this line fall on the same day unless run across midnight
    year_ago = today - datetime.timedelta(days=365)
    searched = server.requests_for("/stac/search")[0].query["datetime"]
    assert searched == [f"{year_ago}T00:00:00Z/{today}T23:59:59Z"]
