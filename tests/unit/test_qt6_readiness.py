"""Qt 6 readiness: the plugin's Python code has nothing that breaks under QGIS 4 (Qt 6).

The scanner (tests/support/qt6_readiness.py) is tested on small snippets first, so a rule that
stopped firing would fail here, then run over every .py file of netload_plugin/.
"""

import configparser
from pathlib import Path

import pytest

from tests.support.qt6_readiness import main, violations

REPO = Path(__file__).resolve().parents[2]
PACKAGE = REPO / "netload_plugin"


def _messages(source, filename="netload_plugin/module.py"):
    return [v.message for v in violations(source, filename)]


@pytest.mark.parametrize(
    "source, expected",
    [
        ("from PyQt5.QtCore import Qt", "import PyQt5.QtCore"),
        ("import PyQt5.QtWidgets", "import PyQt5.QtWidgets"),
        ("from PyQt6 import QtGui", "import PyQt6"),
        ("import sip", "import sip"),
        ("from PyQt5 import sip", "import PyQt5: import Qt through qgis.PyQt"),
        ("import qgis.PyQt.QtWebKitWidgets", "QtWebKitWidgets does not exist"),
        ("from qgis.PyQt.QtXmlPatterns import *", "QtXmlPatterns does not exist"),
        ("from qgis.PyQt.QtCore import QRegExp", "QRegExp does not exist"),
        ("from qgis.PyQt import QtWidgets\nw = QtWidgets.QDesktopWidget()", "QDesktopWidget does not exist"),
        ("dialog.exec_()", "exec_(): Qt 6 has only exec()"),
        ("QDialog.exec_(dialog)", "exec_()"),
        ("label.setAlignment(Qt.AlignLeft)", "Qt.AlignLeft: unscoped enum"),
        ("QtCore.Qt.AlignLeft", "Qt.AlignLeft: unscoped enum"),
        ("buttons = QDialogButtonBox.Ok", "QDialogButtonBox.Ok: unscoped enum"),
        ("policy = QSizePolicy.Expanding", "QSizePolicy.Expanding: unscoped enum"),
        ("sink.addFeature(f, QgsFeatureSink.FastInsert)", "QgsFeatureSink.FastInsert: unscoped enum"),
        (
            "types = [QgsProcessing.TypeVectorPoint]",
            "QgsProcessing.TypeVectorPoint: this enum moved in QGIS 3.36; use compat.SOURCE_POINT",
        ),
        ("QgsProcessing.TypeMesh", "QgsProcessing.TypeMesh: unscoped enum; name its enum type too"),
        ("level = Qgis.Warning", "Qgis.Warning: unscoped enum"),
        ("wkt = crs.toWkt(QgsCoordinateReferenceSystem.WKT_PREFERRED)", "use compat.CRS_WKT_PREFERRED"),
        ("wkt = crs.toWkt(QgsCoordinateReferenceSystem.WKT2_2019)", "WKT2_2019: unscoped enum"),
        ("p.setFlags(p.flags() | p.FlagAdvanced)", ".FlagAdvanced: old unscoped flag; use compat.set_advanced"),
        ("flags = self.FlagNoThreading", ".FlagNoThreading: old unscoped flag; use its scoped enum"),
        ("QgsField('x', QVariant.Double)", "QVariant.Double: field types go through compat.make_field"),
        ("QgsField('x', QVariant.Type.Double)", "QVariant.Type.Double: field types go through compat.make_field"),
        ("t = QMetaType.Type.QString", "QMetaType.Type.QString: field types go through"),
        ("t = [QgsProcessing.SourceType.TypeVectorPoint]", "moved in QGIS 3.36; use compat.SOURCE_POINT"),
        ("sink_type = QgsWkbTypes.Type.Point", "use compat.WKB_POINT"),
        ("sink_type = QgsWkbTypes.Type.LineString", "use compat.WKB_*"),
        ("g == QgsWkbTypes.GeometryType.PolygonGeometry", "use compat.GEOMETRY_POLYGON"),
        ("QgsProcessingParameterNumber('N', 'n', QgsProcessingParameterNumber.Type.Double)", "compat.NUMBER_DOUBLE"),
        ("d = QgsProcessingParameterDateTime.Date", "compat.DATETIME_DATE"),
        ("crs.toWkt(QgsCoordinateReferenceSystem.WktVariant.WKT_PREFERRED)", "compat.CRS_WKT_PREFERRED"),
    ],
)
def test_scanner_reports_each_problem(source, expected):
    messages = _messages(source)
    assert len(messages) == 1 and expected in messages[0], messages


@pytest.mark.parametrize(
    "source",
    [
        "from qgis.PyQt.QtCore import Qt, QCoreApplication\nfrom qgis.PyQt import sip",
        "label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)",
        "buttons = QDialogButtonBox.StandardButton.Ok",
        "policy = QSizePolicy.Policy.Expanding",
        "sink.addFeature(f, QgsFeatureSink.Flag.FastInsert)",
        "level = Qgis.MessageLevel.Warning",
        "dialog.exec()",
        "path = QgsProcessing.TEMPORARY_OUTPUT\nv = Qgis.QGIS_VERSION_INT",
        "settings = QgsLayoutExporter.PdfExportSettings()",
        "alignment = Qt.AlignmentFlag(0)",
        "def level(x: Qgis.MessageLevel) -> Qgis.MessageLevel:\n    return x",
        "isinstance(value, QgsProcessingFeatureSourceDefinition)",
        "QgsWkbTypes.flatType(geometry.wkbType())",
        "from netload_plugin.compat import SOURCE_POINT, make_field\nmake_field('capacity_kw', 'double')",
        "QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)",
        "value = QVariant()",
        "self.Flags = 1\nx = obj.FlagAdvanced.value",
        "f = qgis_enum('LayerFilter', 'PolygonLayer', lambda: QgsMapLayerProxyModel.Filter.PolygonLayer)",
        "u = compat.qgis_enum('WkbType', 'Point', legacy=lambda: QgsWkbTypes.Type.Point)",
    ],
)
def test_scanner_accepts_portable_code(source):
    assert _messages(source) == []


def test_the_legacy_fallback_of_qgis_enum_must_still_be_scoped():
    messages = _messages("f = qgis_enum('WkbType', 'Point', lambda: QgsWkbTypes.Point)")
    assert len(messages) == 1 and "unscoped enum" in messages[0]


def test_compat_may_name_qvariant_and_legacy_enums_but_must_scope_them():
    compat_source = "T = QVariant.Type.Double\nM = QMetaType.Type.QString\nW = QgsWkbTypes.Type.Point"
    assert _messages(compat_source, "netload_plugin/compat.py") == []
    assert _messages("T = QVariant.Double", "netload_plugin/compat.py") != []


def test_violations_carry_the_line_number_and_each_problem_is_reported():
    found = violations("from qgis.PyQt.QtCore import Qt\n\nx = 1\ny = Qt.AlignLeft | Qt.AlignTop\n")
    assert [(v.line, v.message.split(":")[0]) for v in found] == [(4, "Qt.AlignLeft"), (4, "Qt.AlignTop")]


def test_the_plugin_package_is_qt6_ready():
    files = sorted(PACKAGE.rglob("*.py"))
    assert PACKAGE / "plugin.py" in files and PACKAGE / "compat.py" in files
    problems = [
        f"{path.relative_to(REPO)}:{found.line}: {found.message}"
        for path in files
        for found in violations(path.read_text(encoding="utf-8"), str(path))
    ]
    assert not problems, "Qt 6 readiness problems:\n" + "\n".join(problems)


def test_command_line_lists_problems_as_file_and_line(tmp_path, capsys):
    (tmp_path / "good.py").write_text("x = Qt.AlignmentFlag.AlignLeft\n", encoding="utf-8")
    (tmp_path / "bad.py").write_text("\nx = Qt.AlignLeft\n", encoding="utf-8")
    assert main([str(tmp_path)]) == 1
    assert capsys.readouterr().out.splitlines() == [
        f"{tmp_path / 'bad.py'}:2: " + violations("\nx = Qt.AlignLeft")[0].message
    ]
    assert main([str(tmp_path / "good.py")]) == 0


def test_metadata_declares_qt6_support():
    metadata = configparser.ConfigParser(interpolation=None)
    metadata.read(PACKAGE / "metadata.txt", encoding="utf-8")
    assert metadata["general"].get("supportsQt6") == "True"
    assert metadata["general"]["qgisMinimumVersion"] == "3.22"
