"""compat: the same portable names work on every supported QGIS (run on 3.22 and 3.40).

Expected numbers are the enum values documented in the QGIS and Qt API references, which are
the same on every version; behaviour is checked through real layers and parameters.
"""

import warnings

import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFeatureRequest,
    QgsFields,
    QgsGeometry,
    QgsLayout,
    QgsLayoutItemLabel,
    QgsPointXY,
    QgsProcessingParameterDateTime,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
    QgsProject,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QDate, QDateTime, Qt, QTime
from qgis.PyQt.QtGui import QFont

from netload_plugin import compat

# Qt's QMetaType ids (identical to the old QVariant.Type values) for each portable kind.
QT_TYPE_IDS = {"bool": 1, "int": 2, "int64": 4, "double": 6, "string": 10, "date": 14, "datetime": 16}


@pytest.mark.parametrize("kind", sorted(QT_TYPE_IDS))
def test_make_field_gives_the_qt_type_without_deprecation_warnings(kind):
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # 3.40 deprecates the QVariant.Type constructor
        field = compat.make_field(f"{kind}_value", kind, length=12, precision=3)
    assert field.name() == f"{kind}_value"
    assert int(field.type()) == QT_TYPE_IDS[kind]
    assert (field.length(), field.precision()) == (12, 3)


def test_make_field_rejects_an_unknown_kind_naming_the_valid_ones():
    with pytest.raises(ValueError, match="unknown field kind 'float'.*double"):
        compat.make_field("x", "float")


def test_fields_of_every_kind_hold_their_values_in_a_layer(qgis_app):
    layer = QgsVectorLayer("Point?crs=EPSG:4674", "kinds", "memory")
    fields = QgsFields()
    for kind in compat.FIELD_KINDS:
        fields.append(compat.make_field(kind, kind))
    assert layer.dataProvider().addAttributes(fields.toList())
    layer.updateFields()
    values = {
        "double": 1.25, "int": 7, "int64": 2**40, "string": "Brasília", "bool": True,
        "date": QDate(2024, 1, 31), "datetime": QDateTime(QDate(2024, 1, 31), QTime(15, 0), Qt.TimeSpec.UTC),
    }
    feature = QgsFeature(layer.fields())
    for kind in compat.FIELD_KINDS:
        feature[kind] = values[kind]
    feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(-47.9, -15.8)))
    assert layer.dataProvider().addFeature(feature)
    stored = next(layer.getFeatures())
    assert stored["double"] == 1.25 and stored["int"] == 7 and stored["int64"] == 2**40
    assert stored["string"] == "Brasília" and stored["bool"] is True
    assert stored["date"] == QDate(2024, 1, 31)
    assert stored["datetime"].toUTC() == QDateTime(QDate(2024, 1, 31), QTime(15, 0), Qt.TimeSpec.UTC)


def test_processing_source_types_have_the_documented_values():
    assert int(compat.SOURCE_ANY_GEOMETRY) == -1
    assert int(compat.SOURCE_POINT) == 0
    assert int(compat.SOURCE_LINE) == 1
    assert int(compat.SOURCE_POLYGON) == 2
    assert int(compat.SOURCE_RASTER) == 3
    assert int(compat.SOURCE_TABLE) == 5
    parameter = QgsProcessingParameterFeatureSource("ZONES", "Zones", [compat.SOURCE_POLYGON, compat.SOURCE_POINT])
    assert [int(t) for t in parameter.dataTypes()] == [2, 0]


def test_parameter_options_are_accepted_by_their_parameters():
    number = QgsProcessingParameterNumber("N", "n", compat.NUMBER_DOUBLE)
    assert int(number.dataType()) == 1 and int(compat.NUMBER_INTEGER) == 0
    date = QgsProcessingParameterDateTime("D", "d", compat.DATETIME_DATE)
    assert int(date.dataType()) == 1 and int(compat.DATETIME_DATETIME) == 0
    folder = QgsProcessingParameterFile("F", "f", compat.FILE_FOLDER)
    assert int(folder.behavior()) == 1 and int(compat.FILE_FILE) == 0
    field = QgsProcessingParameterField("C", "c", type=compat.FIELD_NUMERIC)
    assert int(field.dataType()) == 0
    assert (int(compat.FIELD_ANY), int(compat.FIELD_STRING), int(compat.FIELD_DATETIME)) == (-1, 1, 2)


def test_set_advanced_adds_the_advanced_flag_and_keeps_the_others():
    parameter = QgsProcessingParameterNumber("N", "n", compat.NUMBER_DOUBLE, optional=True)
    before = int(parameter.flags())
    assert compat.set_advanced(parameter) is parameter
    assert int(parameter.flags()) == before | 2  # FlagAdvanced = 1 << 1


def test_geometry_constants_match_real_layers():
    points = QgsVectorLayer("Point?crs=EPSG:4674", "p", "memory")
    zones = QgsVectorLayer("MultiPolygon?crs=EPSG:4674", "z", "memory")
    table = QgsVectorLayer("None", "t", "memory")
    assert points.wkbType() == compat.WKB_POINT and points.geometryType() == compat.GEOMETRY_POINT
    assert zones.wkbType() == compat.WKB_MULTIPOLYGON and zones.geometryType() == compat.GEOMETRY_POLYGON
    assert table.wkbType() == compat.WKB_NO_GEOMETRY
    assert QgsWkbTypes.multiType(compat.WKB_POINT) == compat.WKB_MULTIPOINT
    assert QgsWkbTypes.singleType(compat.WKB_MULTIPOLYGON) == compat.WKB_POLYGON
    assert int(compat.GEOMETRY_LINE) == 1


def test_no_geometry_request_and_preferred_wkt():
    request = QgsFeatureRequest().setFlags(compat.REQUEST_NO_GEOMETRY)
    assert int(request.flags()) & 1
    wkt = QgsCoordinateReferenceSystem("EPSG:4674").toWkt(compat.CRS_WKT_PREFERRED)
    assert wkt.startswith("GEOGCRS[") and "SIRGAS 2000" in wkt


def test_layer_filters_have_the_documented_values():
    # RasterLayer = 1, PointLayer = 4, LineLayer = 8, PolygonLayer = 16, VectorLayer = the
    # geometry kinds plus NoGeometry (2) and HasGeometry (4 | 8 | 16).
    assert int(compat.LAYER_FILTER_RASTER) == 1
    assert int(compat.LAYER_FILTER_POINT) == 4
    assert int(compat.LAYER_FILTER_POLYGON) == 16
    assert int(compat.LAYER_FILTER_VECTOR) & (2 | 4 | 8 | 16) == 2 | 4 | 8 | 16


def test_qgis_enum_prefers_the_moved_enum_and_falls_back_to_the_legacy_spelling():
    def must_not_be_called():
        raise AssertionError("the legacy spelling was evaluated although Qgis has the enum")

    assert compat.qgis_enum("MessageLevel", "Warning", must_not_be_called) == 1  # Qgis on every version
    assert compat.qgis_enum("NoSuchEnumGroup", "Member", lambda: "legacy") == "legacy"
    from qgis.core import QgsUnitTypes

    # Qgis.LayoutUnit.Millimeters (3.30+) or QgsUnitTypes.LayoutUnit.LayoutMillimeters: both 0.
    millimeters = compat.qgis_enum("LayoutUnit", "Millimeters", lambda: QgsUnitTypes.LayoutUnit.LayoutMillimeters)
    assert int(millimeters) == 0


def test_set_label_font_sets_size_and_weight(qgis_app):
    layout = QgsLayout(QgsProject.instance())
    label = QgsLayoutItemLabel(layout)
    font = QFont()
    font.setPointSizeF(14.0)
    font.setBold(True)
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # 3.40 deprecates QgsLayoutItemLabel.setFont
        compat.set_label_font(label, font)
    if hasattr(label, "textFormat"):
        applied, size = label.textFormat().font(), label.textFormat().size()
    else:
        applied, size = label.font(), label.font().pointSizeF()
    assert applied.bold() and size == 14.0
