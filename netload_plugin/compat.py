"""The one place where QGIS/Qt version differences are handled.

NetLoad supports QGIS 3.22 (Qt 5) to the current LTR (3.40) and is ready for QGIS 4 (Qt 6).
Code elsewhere never checks versions: it uses the names below. Each constant is the modern,
fully scoped enum member where the running QGIS has it (the ``Qgis.*`` enums added in 3.30-3.36,
the only spelling QGIS 4 keeps), and the 3.22 scoped spelling otherwise; both are the same
value, so a constant can be passed to any QGIS call that takes the enum.

Fields
    ``make_field(name, kind, length=0, precision=0)``: a ``QgsField`` of a portable kind
    (``FIELD_KINDS``: double, int, int64, string, date, datetime, bool). QGIS >= 3.38 and Qt 6
    take ``QMetaType.Type`` (3.40 warns that the ``QVariant.Type`` constructor is deprecated);
    3.22 takes only ``QVariant.Type``.

Processing source types (``QgsProcessingParameterFeatureSource`` / ``...VectorLayer`` /
``...FeatureSink`` data types)
    ``SOURCE_POINT``, ``SOURCE_LINE``, ``SOURCE_POLYGON``: vector layers of that geometry;
    ``SOURCE_ANY_GEOMETRY``: any vector layer with geometry; ``SOURCE_TABLE``: any vector layer,
    with or without geometry (``TypeVector``); ``SOURCE_RASTER``: raster layers.

Processing parameter options
    ``NUMBER_DOUBLE``, ``NUMBER_INTEGER`` (``QgsProcessingParameterNumber`` type);
    ``DATETIME_DATE``, ``DATETIME_DATETIME`` (``QgsProcessingParameterDateTime`` type);
    ``FILE_FILE``, ``FILE_FOLDER`` (``QgsProcessingParameterFile`` behavior);
    ``FIELD_ANY``, ``FIELD_NUMERIC``, ``FIELD_STRING``, ``FIELD_DATETIME``
    (``QgsProcessingParameterField`` data type); ``set_advanced(parameter)`` puts a parameter
    under "Advanced parameters"; ``has_flag(parameter, PARAMETER_FLAG_ADVANCED or
    PARAMETER_FLAG_OPTIONAL)`` reads a flag back.

Geometry and features
    ``WKB_POINT``, ``WKB_MULTIPOINT``, ``WKB_POLYGON``, ``WKB_MULTIPOLYGON``, ``WKB_NO_GEOMETRY``
    (sink geometry types); ``GEOMETRY_POINT``, ``GEOMETRY_LINE``, ``GEOMETRY_POLYGON``
    (``QgsWkbTypes.geometryType()`` results); ``REQUEST_NO_GEOMETRY`` (``QgsFeatureRequest``
    flag); ``CRS_WKT_PREFERRED`` (``QgsCoordinateReferenceSystem.toWkt()`` variant);
    ``LAYER_FILTER_POINT``, ``LAYER_FILTER_POLYGON``, ``LAYER_FILTER_VECTOR``,
    ``LAYER_FILTER_RASTER`` (``QgsMapLayerComboBox.setFilters()``); ``qgis_enum(group, member,
    legacy)`` for any other enum that moved to ``Qgis``.

Layouts
    ``set_label_font(label, font)``: a ``QgsLayoutItemLabel``'s font (3.40 deprecates ``setFont``).

Stable on every supported version, so not here: ``QgsFeatureSink.Flag.FastInsert``,
``Qgis.MessageLevel.*``, ``QgsProcessingFeedback.pushWarning()``. Always write enums fully
scoped (``Qt.AlignmentFlag.AlignLeft``): ``tests/unit/test_qt6_readiness.py`` enforces it.
"""

import qgis.core
from qgis.core import Qgis, QgsField
from qgis.PyQt.QtCore import QT_VERSION_STR

QT6 = int(QT_VERSION_STR.split(".")[0]) >= 6
QGIS_VERSION_INT = Qgis.versionInt() if hasattr(Qgis, "versionInt") else Qgis.QGIS_VERSION_INT

# -- Fields -------------------------------------------------------------------------------------
if QT6 or QGIS_VERSION_INT >= 33800:  # QgsField takes QMetaType.Type
    from qgis.PyQt.QtCore import QMetaType

    _TYPES = {
        "double": QMetaType.Type.Double,
        "int": QMetaType.Type.Int,
        "int64": QMetaType.Type.LongLong,
        "string": QMetaType.Type.QString,
        "date": QMetaType.Type.QDate,
        "datetime": QMetaType.Type.QDateTime,
        "bool": QMetaType.Type.Bool,
    }
else:  # QGIS 3.22-3.36 take only QVariant.Type
    from qgis.PyQt.QtCore import QVariant

    _TYPES = {
        "double": QVariant.Type.Double,
        "int": QVariant.Type.Int,
        "int64": QVariant.Type.LongLong,
        "string": QVariant.Type.String,
        "date": QVariant.Type.Date,
        "datetime": QVariant.Type.DateTime,
        "bool": QVariant.Type.Bool,
    }

FIELD_KINDS = tuple(_TYPES)


def make_field(name: str, kind: str, length: int = 0, precision: int = 0) -> QgsField:
    """A ``QgsField`` of a portable kind: double, int, int64, string, date, datetime or bool."""
    try:
        field_type = _TYPES[kind]
    except KeyError:
        raise ValueError(f"unknown field kind {kind!r}; use one of {', '.join(FIELD_KINDS)}") from None
    return QgsField(name, field_type, len=length, prec=precision)


# -- Enums that moved between 3.22 and 3.40 -------------------------------------------------------
def _member(modern: str, legacy: str):
    """The enum member at the dotted path ``modern`` in qgis.core if it exists, else ``legacy``.

    Paths are strings so that neither spelling is evaluated on a QGIS that lacks it.
    """
    for path in (modern, legacy):
        value = qgis.core
        try:
            for part in path.split("."):
                value = getattr(value, part)
        except AttributeError:
            continue
        return value
    raise AttributeError(f"this QGIS has neither {modern} nor {legacy}")


SOURCE_POINT = _member("Qgis.ProcessingSourceType.VectorPoint", "QgsProcessing.SourceType.TypeVectorPoint")
SOURCE_LINE = _member("Qgis.ProcessingSourceType.VectorLine", "QgsProcessing.SourceType.TypeVectorLine")
SOURCE_POLYGON = _member("Qgis.ProcessingSourceType.VectorPolygon", "QgsProcessing.SourceType.TypeVectorPolygon")
SOURCE_ANY_GEOMETRY = _member(
    "Qgis.ProcessingSourceType.VectorAnyGeometry", "QgsProcessing.SourceType.TypeVectorAnyGeometry"
)
SOURCE_TABLE = _member("Qgis.ProcessingSourceType.Vector", "QgsProcessing.SourceType.TypeVector")
SOURCE_RASTER = _member("Qgis.ProcessingSourceType.Raster", "QgsProcessing.SourceType.TypeRaster")

NUMBER_DOUBLE = _member("Qgis.ProcessingNumberParameterType.Double", "QgsProcessingParameterNumber.Type.Double")
NUMBER_INTEGER = _member("Qgis.ProcessingNumberParameterType.Integer", "QgsProcessingParameterNumber.Type.Integer")
DATETIME_DATE = _member(
    "Qgis.ProcessingDateTimeParameterDataType.Date", "QgsProcessingParameterDateTime.Type.Date"
)
DATETIME_DATETIME = _member(
    "Qgis.ProcessingDateTimeParameterDataType.DateTime", "QgsProcessingParameterDateTime.Type.DateTime"
)
FILE_FILE = _member("Qgis.ProcessingFileParameterBehavior.File", "QgsProcessingParameterFile.Behavior.File")
FILE_FOLDER = _member("Qgis.ProcessingFileParameterBehavior.Folder", "QgsProcessingParameterFile.Behavior.Folder")
FIELD_ANY = _member("Qgis.ProcessingFieldParameterDataType.Any", "QgsProcessingParameterField.DataType.Any")
FIELD_NUMERIC = _member(
    "Qgis.ProcessingFieldParameterDataType.Numeric", "QgsProcessingParameterField.DataType.Numeric"
)
FIELD_STRING = _member("Qgis.ProcessingFieldParameterDataType.String", "QgsProcessingParameterField.DataType.String")
FIELD_DATETIME = _member(
    "Qgis.ProcessingFieldParameterDataType.DateTime", "QgsProcessingParameterField.DataType.DateTime"
)
PARAMETER_FLAG_ADVANCED = _member(
    "Qgis.ProcessingParameterFlag.Advanced", "QgsProcessingParameterDefinition.Flag.FlagAdvanced"
)
PARAMETER_FLAG_OPTIONAL = _member(
    "Qgis.ProcessingParameterFlag.Optional", "QgsProcessingParameterDefinition.Flag.FlagOptional"
)

WKB_POINT = _member("Qgis.WkbType.Point", "QgsWkbTypes.Type.Point")
WKB_MULTIPOINT = _member("Qgis.WkbType.MultiPoint", "QgsWkbTypes.Type.MultiPoint")
WKB_POLYGON = _member("Qgis.WkbType.Polygon", "QgsWkbTypes.Type.Polygon")
WKB_MULTIPOLYGON = _member("Qgis.WkbType.MultiPolygon", "QgsWkbTypes.Type.MultiPolygon")
WKB_NO_GEOMETRY = _member("Qgis.WkbType.NoGeometry", "QgsWkbTypes.Type.NoGeometry")
GEOMETRY_POINT = _member("Qgis.GeometryType.Point", "QgsWkbTypes.GeometryType.PointGeometry")
GEOMETRY_LINE = _member("Qgis.GeometryType.Line", "QgsWkbTypes.GeometryType.LineGeometry")
GEOMETRY_POLYGON = _member("Qgis.GeometryType.Polygon", "QgsWkbTypes.GeometryType.PolygonGeometry")
REQUEST_NO_GEOMETRY = _member("Qgis.FeatureRequestFlag.NoGeometry", "QgsFeatureRequest.Flag.NoGeometry")
CRS_WKT_PREFERRED = _member("Qgis.CrsWktVariant.Preferred", "QgsCoordinateReferenceSystem.WktVariant.WKT_PREFERRED")
LAYER_FILTER_POINT = _member("Qgis.LayerFilter.PointLayer", "QgsMapLayerProxyModel.Filter.PointLayer")
LAYER_FILTER_POLYGON = _member("Qgis.LayerFilter.PolygonLayer", "QgsMapLayerProxyModel.Filter.PolygonLayer")
LAYER_FILTER_RASTER = _member("Qgis.LayerFilter.RasterLayer", "QgsMapLayerProxyModel.Filter.RasterLayer")
LAYER_FILTER_VECTOR = _member("Qgis.LayerFilter.VectorLayer", "QgsMapLayerProxyModel.Filter.VectorLayer")


def qgis_enum(group: str, member: str, legacy):
    """``Qgis.<group>.<member>`` where QGIS has it (3.30+ moved many enums there), else ``legacy()``.

    For a moved enum that has no constant above. ``legacy`` is a callable so the old spelling is
    only evaluated on the QGIS that still has it:
    ``qgis_enum("LayoutUnit", "Millimeters", lambda: QgsUnitTypes.LayoutUnit.LayoutMillimeters)``.
    """
    value = getattr(getattr(Qgis, group, None), member, None)
    return value if value is not None else legacy()


def set_label_font(label, font) -> None:
    """Give a ``QgsLayoutItemLabel`` this ``QFont``: ``setTextFormat`` where it exists (3.40
    deprecates ``setFont``), ``setFont`` on older QGIS."""
    if hasattr(label, "setTextFormat"):
        from qgis.core import QgsTextFormat

        label.setTextFormat(QgsTextFormat.fromQFont(font))
    else:
        label.setFont(font)


def set_advanced(parameter):
    """Show ``parameter`` under "Advanced parameters" in the algorithm dialog; returns it."""
    parameter.setFlags(parameter.flags() | PARAMETER_FLAG_ADVANCED)
    return parameter


def has_flag(parameter, flag) -> bool:
    """Whether ``parameter`` carries ``flag`` (``PARAMETER_FLAG_ADVANCED``, ``PARAMETER_FLAG_OPTIONAL``)."""
    return bool(parameter.flags() & flag)
