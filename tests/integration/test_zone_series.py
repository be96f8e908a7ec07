"""The zones × time GeoPackage view behind the Temporal Controller animation."""

import sqlite3
import time

import pytest
from qgis.core import (
    QgsCoordinateTransformContext,
    QgsFeatureRequest,
    QgsGeometry,
    QgsProject,
    QgsTemporalNavigationObject,
    QgsVectorFileWriter,
    QgsVectorLayer,
    QgsVectorLayerTemporalContext,
)
from qgis.PyQt.QtCore import Qt

from netload_plugin.geo.styles import set_project_time, style_zone_series, temporal_extent
from netload_plugin.geo.zone_series import add_zone_series_view
from tests.support.fake_pipeline import ZONE_VALUES, _write
from tests.support.layers import memory_layer


def _with_series(path):
    """Zones (ibge_code, peak_generation_mw) plus gd_generation: zone 0 gives 10 MW at 12 UTC, zone 1 4 MW."""
    zones = memory_layer(
        "MultiPolygon?crs=EPSG:4674",
        [("ibge_code", "string"), ("peak_generation_mw", "double")],
        [
            (QgsGeometry.fromWkt(wkt), [str(code), peak])
            for code, (wkt, peak) in enumerate(((ZONE_VALUES["SP"][0], 10.0), (ZONE_VALUES["MG"][0], 4.0)))
        ],
        name="zones",
    )
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName, options.layerName = "GPKG", "zones"
    QgsVectorFileWriter.writeAsVectorFormatV2(zones, str(path), QgsCoordinateTransformContext(), options)
    connection = sqlite3.connect(str(path))
    with connection:
        connection.execute(
            "CREATE TABLE gd_generation (fid INTEGER PRIMARY KEY, zone_id TEXT, time_utc DATETIME, generation_mw REAL)"
        )
        rows = [(code, f"2024-01-01T{hour:02d}:00:00.000Z", peak if hour == 12 else 0.0)
                for hour in range(24) for code, peak in (("0", 10.0), ("1", 4.0))]
        connection.executemany("INSERT INTO gd_generation (zone_id, time_utc, generation_mw) VALUES (?, ?, ?)", rows)
    connection.close()


def test_view_gives_one_polygon_per_zone_and_hour(qgis_app, tmp_path):
    path = tmp_path / "run.gpkg"
    _with_series(path)
    assert add_zone_series_view(path) == "zones_hourly"
    assert add_zone_series_view(path) == "zones_hourly"  # idempotent
    view = QgsVectorLayer(f"{path}|layername=zones_hourly", "zones_hourly", "ogr")
    assert view.isValid() and view.featureCount() == 48 and view.isSpatial()
    # What the Temporal Controller asks for one frame: start <= time_utc < end.
    noon = QgsFeatureRequest().setFilterExpression(
        '"time_utc" >= make_datetime(2024, 1, 1, 12, 0, 0) AND "time_utc" < make_datetime(2024, 1, 1, 13, 0, 0)'
    )
    values = {f["zone_id"]: f["generation_mw"] for f in view.getFeatures(noon)}
    assert values == {"0": 10.0, "1": 4.0}
    zones = QgsVectorLayer(f"{path}|layername=zones", "zones", "ogr")
    style_zone_series(view, zones)
    assert view.renderer().classAttribute() == "generation_mw"
    assert view.renderer().ranges()[-1].upperValue() == max(peak for peak in (10.0, 4.0))
    assert view.temporalProperties().isActive()


def test_no_view_without_the_tables(qgis_app, tmp_path):
    path = tmp_path / "run.gpkg"
    _write(str(path), "2024-01-01")  # zones but no gd_generation
    assert add_zone_series_view(path) == ""
    assert len(ZONE_VALUES) == 2


@pytest.fixture()
def sao_paulo_time(monkeypatch):
    """The machine's local time is Brasília's (UTC−3), as for most NetLoad users; restored afterwards."""
    monkeypatch.setenv("TZ", "America/Sao_Paulo")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_each_temporal_controller_frame_shows_its_own_utc_hour(qgis_app, sao_paulo_time, tmp_path):
    """The controller's range and frames are UTC and each frame draws the zones at exactly its hour.

    The stored texts are read with sqlite3, not through QGIS, so the check does not share QGIS's
    reading of GeoPackage datetimes.
    """
    path = tmp_path / "run.gpkg"
    _with_series(path)
    add_zone_series_view(path)
    view = QgsVectorLayer(f"{path}|layername=zones_hourly", "zones_hourly", "ogr")
    zones = QgsVectorLayer(f"{path}|layername=zones", "zones", "ogr")
    style_zone_series(view, zones)
    project = QgsProject()
    navigation = QgsTemporalNavigationObject()
    extent = temporal_extent(view, "time_utc", 60)
    set_project_time(project, extent, 60, navigation)

    connection = sqlite3.connect(str(path))
    stored = {fid: text for fid, text in connection.execute("SELECT fid, time_utc FROM gd_generation")}
    first, last = connection.execute("SELECT min(time_utc), max(time_utc) FROM gd_generation").fetchone()
    connection.close()
    assert extent.begin().timeSpec() == Qt.TimeSpec.UTC
    assert extent.begin().toString("yyyy-MM-ddTHH:mm:ss.zzzZ") == first == "2024-01-01T00:00:00.000Z"
    assert extent.end().toString("yyyy-MM-ddTHH:mm:ss.zzzZ") == "2024-01-02T00:00:00.000Z" and last.startswith(
        "2024-01-01T23"
    )
    assert project.timeSettings().temporalRange() == extent
    assert navigation.totalFrameCount() == 24

    context = QgsVectorLayerTemporalContext()
    context.setLayer(view)
    for frame in range(24):
        window = navigation.dateTimeRangeForFrameNumber(frame)
        assert window.begin().timeSpec() == Qt.TimeSpec.UTC
        request = QgsFeatureRequest().setFilterExpression(view.temporalProperties().createFilterString(context, window))
        shown = {feature.id(): stored[feature.id()] for feature in view.getFeatures(request)}
        assert sorted(shown.values()) == [window.begin().toString("yyyy-MM-ddTHH:mm:ss.zzzZ")] * 2, frame
