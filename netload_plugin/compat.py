"""The one place where QGIS/Qt version differences are handled.

NetLoad supports QGIS 3.22 (Qt 5) to the current LTR and is ready for QGIS 4 (Qt 6). Code
elsewhere never checks versions: it calls the helpers here.
"""

from qgis.core import Qgis, QgsField
from qgis.PyQt.QtCore import QT_VERSION_STR

QT6 = int(QT_VERSION_STR.split(".")[0]) >= 6
QGIS_VERSION_INT = Qgis.versionInt() if hasattr(Qgis, "versionInt") else Qgis.QGIS_VERSION_INT

if QT6:  # QGIS 4: field types are QMetaType.Type
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
else:
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


def qgis_enum(group: str, member: str, legacy):
    """``Qgis.<group>.<member>`` where QGIS has it (3.30+ moved many enums there), else ``legacy()``.

    ``legacy`` is a callable so the old spelling is only evaluated on the QGIS that still has it:
    ``qgis_enum("LayoutUnit", "Millimeters", lambda: QgsUnitTypes.LayoutUnit.LayoutMillimeters)``.
    """
    value = getattr(getattr(Qgis, group, None), member, None)
    return value if value is not None else legacy()
