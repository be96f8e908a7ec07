"""The zones × time GeoPackage view behind the Temporal Controller animation."""

import sqlite3

from qgis.core import QgsCoordinateTransformContext, QgsFeature, QgsFeatureRequest, QgsGeometry, QgsVectorFileWriter, QgsVectorLayer

from netload_plugin.geo.styles import style_zone_series
from netload_plugin.geo.zone_series import add_zone_series_view
from tests.support.fake_pipeline import ZONE_VALUES, _write


def _with_series(path):
    """Zones (ibge_code, peak_generation_mw) plus gd_generation: zone 0 gives 10 MW at 12 UTC, zone 1 4 MW."""
    zones = QgsVectorLayer("MultiPolygon?crs=EPSG:4674&field=ibge_code:string&field=peak_generation_mw:double", "zones", "memory")
    features = []
    for code, (wkt, peak) in enumerate(((ZONE_VALUES["SP"][0], 10.0), (ZONE_VALUES["MG"][0], 4.0))):
        feature = QgsFeature(zones.fields())
        feature.setAttributes([str(code), peak])
        feature.setGeometry(QgsGeometry.fromWkt(wkt))
        features.append(feature)
    zones.dataProvider().addFeatures(features)
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName, options.layerName = "GPKG", "zones"
    QgsVectorFileWriter.writeAsVectorFormatV2(zones, str(path), QgsCoordinateTransformContext(), options)
    connection = sqlite3.connect(str(path))
    with connection:
        connection.execute("CREATE TABLE gd_generation (fid INTEGER PRIMARY KEY, zone_id TEXT, time_utc DATETIME, generation_mw REAL)")
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
