"""Shipped QML styles, the style post-processor and temporal properties."""

import pytest
from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsFeature,
    QgsGeometry,
    QgsGraduatedSymbolRenderer,
    QgsHeatmapRenderer,
    QgsPointClusterRenderer,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QDateTime, Qt

from netload_plugin.core.errors import NetLoadError
from netload_plugin.geo.styles import (
    STYLE_NAMES,
    StylePostProcessor,
    apply_style,
    set_temporal,
    style_for_layer,
    style_output_layer,
    style_path,
    temporal_extent,
)
from tests.support.layers import memory_layer


def _zones(values):
    rows = []
    for index, (hidden, real) in enumerate(values):
        x = -50 + index
        polygon = QgsGeometry.fromWkt(f"POLYGON(({x} -20,{x + 1} -20,{x + 1} -19,{x} -19,{x} -20))")
        rows.append((polygon, [f"Z{index}", hidden, real]))
    return memory_layer("Polygon?crs=EPSG:4674", [("area", "string"), ("hidden_load_mw", "double"),
                                                  ("real_load_mw", "double")], rows, name="zones")


def _points(fields, name="points"):
    return QgsVectorLayer(f"Point?crs=EPSG:4674&{fields}", name, "memory")


def test_every_shipped_style_exists():
    for name in STYLE_NAMES:
        assert style_path(name).is_file(), name
    with pytest.raises(NetLoadError, match="unknown style"):
        style_path("nope")


def test_graduated_classes_span_the_layers_values(qgis_app):
    layer = _zones(
        [(10.0, 100.0), (20.0, 100.0), (40.0, 100.0), (80.0, 100.0), (160.0, 100.0), (320.0, 100.0), (640.0, 100.0)]
    )
    apply_style(layer, "hidden_load_mw")
    renderer = layer.renderer()
    assert isinstance(renderer, QgsGraduatedSymbolRenderer)
    ranges = renderer.ranges()
    assert len(ranges) == 5
    assert ranges[0].lowerValue() == pytest.approx(10.0) and ranges[-1].upperValue() == pytest.approx(640.0)
    assert [r.upperValue() for r in ranges] == sorted(r.upperValue() for r in ranges)


def test_share_style_classifies_percent_of_real_load(qgis_app):
    layer = _zones([(5.0, 100.0), (10.0, 100.0), (30.0, 200.0)])  # 5 %, 10 %, 15 %
    apply_style(layer, "hidden_load_share")
    ranges = layer.renderer().ranges()
    assert ranges[0].lowerValue() == pytest.approx(5.0) and ranges[-1].upperValue() == pytest.approx(15.0)


def test_point_and_roof_styles(qgis_app):
    gd = _points("field=capacity_kw:double", "gd_units")
    apply_style(gd, "gd_units_heatmap")
    assert isinstance(gd.renderer(), QgsHeatmapRenderer)
    assert gd.renderer().weightExpression() == '"capacity_kw"'
    apply_style(gd, "gd_units_cluster")
    assert isinstance(gd.renderer(), QgsPointClusterRenderer)

    roofs = QgsVectorLayer("Polygon?crs=EPSG:4674&field=status:string", "roofs", "memory")
    apply_style(roofs, "rooftops_status")
    assert isinstance(roofs.renderer(), QgsCategorizedSymbolRenderer)
    # the values netload:find_undeclared_pv writes (core/undeclared_pv.py), spelled out here
    assert {c.value() for c in roofs.renderer().categories()} == {"declared", "undeclared", "no_pv", "not_classified"}

    siga = _points("field=generation_type:string&field=capacity_kw:double&field=ceg:string", "siga")
    apply_style(siga, "siga_plants")
    assert {"UFV", "EOL", "UHE"} <= {c.value() for c in siga.renderer().categories()}


def test_style_is_chosen_from_the_layers_content(qgis_app):
    assert style_for_layer(_zones([(1.0, 2.0)])) == "hidden_load_mw"
    assert (
        style_for_layer(_points("field=capacity_kw:double&field=generation_type:string", "gd_units"))
        == "gd_units_cluster"
    )
    assert (
        style_for_layer(_points("field=capacity_kw:double&field=generation_type:string", "aneel_siga")) == "siga_plants"
    )
    assert (
        style_for_layer(QgsVectorLayer("Polygon?crs=EPSG:4674&field=status:string", "roofs", "memory"))
        == "rooftops_status"
    )
    assert style_for_layer(QgsVectorLayer("None?field=x:int", "table", "memory")) is None


def test_temporal_properties_animate_each_interval(qgis_app):
    layer = QgsVectorLayer("Point?crs=EPSG:4674&field=time_utc:datetime&field=load_mw:double", "series", "memory")
    features = []
    for hour in (0, 1, 2):
        feature = QgsFeature(layer.fields())
        feature.setAttributes([QDateTime(2024, 1, 1, hour, 0, 0, 0, Qt.TimeSpec.UTC), 1.0])
        feature.setGeometry(QgsGeometry.fromWkt("POINT(-46 -23)"))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    set_temporal(layer, "time_utc")
    properties = layer.temporalProperties()
    assert properties.isActive()
    assert properties.startField() == "time_utc"
    assert properties.fixedDuration() == 0  # instants: one frame per interval (see set_temporal)
    extent = temporal_extent(layer, "time_utc", 30)
    assert extent.begin() == QDateTime(2024, 1, 1, 0, 0, 0, 0, Qt.TimeSpec.UTC)
    assert extent.end() == QDateTime(2024, 1, 1, 2, 30, 0, 0, Qt.TimeSpec.UTC)
    other = _zones([(1.0, 2.0)])
    set_temporal(other)  # no time field: left alone
    assert not other.temporalProperties().isActive()


def test_post_processor_styles_and_survives_garbage_collection(qgis_app):
    processor = StylePostProcessor.create("hidden_load_mw")
    assert processor in StylePostProcessor._alive
    layer = _zones([(1.0, 10.0), (2.0, 10.0), (3.0, 10.0)])
    processor.postProcessLayer(layer, QgsProcessingContext(), QgsProcessingFeedback())
    assert isinstance(layer.renderer(), QgsGraduatedSymbolRenderer)
    assert processor not in StylePostProcessor._alive
    with pytest.raises(NetLoadError):
        StylePostProcessor.create("typo")


def test_output_zones_get_both_choropleths(qgis_app):
    layer = _zones([(1.0, 10.0), (2.0, 10.0), (3.0, 10.0)])
    style_output_layer(layer)
    manager = layer.styleManager()
    assert {"hidden_load_mw", "hidden_load_share"} <= set(manager.styles())
    assert manager.currentStyle() == "hidden_load_mw"
    manager.setCurrentStyle("hidden_load_share")
    assert "real_load_mw" in layer.renderer().classAttribute()


def test_post_processor_can_only_make_a_table_temporal(qgis_app):
    layer = QgsVectorLayer("None?field=area:string&field=time_utc:datetime", "series", "memory")
    StylePostProcessor.create("", temporal_field="time_utc").postProcessLayer(
        layer, QgsProcessingContext(), QgsProcessingFeedback()
    )
    assert layer.temporalProperties().isActive() and layer.temporalProperties().startField() == "time_utc"


def test_pipeline_zones_get_one_choropleth_per_hidden_load_field(qgis_app):
    layer = QgsVectorLayer(
        "Polygon?crs=EPSG:4674&field=ibge_code:string&field=hidden_load_mwh:double&field=hidden_peak_mw:double",
        "zones",
        "memory",
    )
    features = []
    for index, (mwh, peak) in enumerate(((100.0, 1.0), (400.0, 3.0), (900.0, 9.0))):
        feature = QgsFeature(layer.fields())
        feature.setAttributes([f"41000{index}", mwh, peak])
        feature.setGeometry(
            QgsGeometry.fromWkt(f"POLYGON(({index} 0,{index + 1} 0,{index + 1} 1,{index} 1,{index} 0))")
        )
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    style_output_layer(layer)
    manager = layer.styleManager()
    assert {"hidden_load_mwh", "hidden_peak_mw"} <= set(manager.styles())
    assert manager.currentStyle() == "hidden_load_mwh"
    assert layer.renderer().classAttribute() == "hidden_load_mwh"
    assert layer.renderer().ranges()[-1].upperValue() == pytest.approx(900.0)
    manager.setCurrentStyle("hidden_peak_mw")
    assert layer.renderer().classAttribute() == "hidden_peak_mw"
    assert layer.renderer().ranges()[-1].upperValue() == pytest.approx(9.0)


def test_gd_units_get_cluster_and_heat_map_and_file_styles_beat_the_gpkg_default(qgis_app, tmp_path):
    from netload_plugin.geo.styles import save_default_style, style_points

    path = tmp_path / "gd.gpkg"
    source = _points("field=unit_id:string&field=capacity_kw:double", "gd_units")
    feature = QgsFeature(source.fields())
    feature.setAttributes(["1", 5.0])
    feature.setGeometry(QgsGeometry.fromWkt("POINT(-49 -25)"))
    source.dataProvider().addFeatures([feature])
    from qgis.core import QgsCoordinateTransformContext, QgsVectorFileWriter

    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName, options.layerName = "GPKG", "gd_units"
    QgsVectorFileWriter.writeAsVectorFormatV2(source, str(path), QgsCoordinateTransformContext(), options)
    stored = QgsVectorLayer(f"{path}|layername=gd_units", "gd_units", "ogr")
    style_points(stored)
    save_default_style(stored, "pipeline default")  # what run_pipeline stores in its GeoPackage
    assert stored.listStylesInDatabase()[0] == 1

    layer = QgsVectorLayer(f"{path}|layername=gd_units", "gd_units", "ogr")
    style_output_layer(layer)
    assert isinstance(layer.renderer(), QgsPointClusterRenderer)
    assert {"gd_units_cluster", "gd_units_heatmap"} <= set(layer.styleManager().styles())
    layer.styleManager().setCurrentStyle("gd_units_heatmap")
    assert isinstance(layer.renderer(), QgsHeatmapRenderer)


def test_empty_classes_are_dropped_and_labels_differ(qgis_app):
    """The report's '1 – 1 MWh' and classes no zone falls in (issue 17 item 10), on hand-made classes."""
    from qgis.core import QgsGraduatedSymbolRenderer, QgsRendererRange, QgsSymbol

    from netload_plugin.geo.styles import POLYGON, _label_with_units, drop_empty_classes

    layer = _zones([(100.2, 1000.0), (100.3, 1000.0), (250.0, 1000.0)])
    renderer = QgsGraduatedSymbolRenderer("hidden_load_mw")
    for low, high in ((100.1, 100.4), (100.4, 200.0), (200.0, 300.0)):  # nothing between 100.4 and 200
        renderer.addClassRange(QgsRendererRange(low, high, QgsSymbol.defaultSymbol(POLYGON), ""))
    assert drop_empty_classes(renderer, layer) == 1
    assert [(r.lowerValue(), r.upperValue()) for r in renderer.ranges()] == [(100.1, 100.4), (200.0, 300.0)]
    _label_with_units(renderer)
    # 0 decimals would say "100 – 100 MW": one more decimal tells the bounds apart
    assert [r.label() for r in renderer.ranges()] == ["100.1 – 100.4 MW", "200 – 300 MW"]
