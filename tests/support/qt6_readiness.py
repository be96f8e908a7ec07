"""A static check that Python code will run under QGIS 4 (Qt 6, PyQt6) as well as under Qt 5.

Plain ``ast``, no QGIS needed. :func:`violations` returns ``Violation`` records (line and
message) for:

* imports of ``PyQt5``/``PyQt6``/``PySide*``/``sip`` directly (``qgis.PyQt`` picks the right one);
* ``exec_()``/``print_()`` (Qt 6 has only ``exec()``/``print()``);
* modules and classes Qt 6 removed (``QtWebKit``, ``QRegExp``, ``QDesktopWidget``...);
* unscoped enums on Qt and QGIS classes: ``Qt.AlignLeft`` or ``QgsFeatureSink.FastInsert``
  instead of ``Qt.AlignmentFlag.AlignLeft`` / ``QgsFeatureSink.Flag.FastInsert``. The rule: an
  attribute ``<Class>.<Capitalised>`` that ends the chain (nothing after it), is not called
  (``QgsLayoutExporter.PdfExportSettings()`` builds a nested class) and is not a known enum type
  or nested class used whole (``KNOWN_TYPE_NAMES``). Upper-case constants
  (``QgsProcessing.TEMPORARY_OUTPUT``) pass, except the ``WKT_*`` enum members. Old-style flag
  names read from an instance (``parameter.FlagAdvanced``) fail too;
* enums that QGIS moved to ``Qgis`` between 3.22 and 3.40 (``QgsWkbTypes.Type``,
  ``QgsProcessing.SourceType``...): use the constants of ``netload_plugin/compat.py`` (the old
  spelling is fine as the ``legacy`` fallback of ``compat.qgis_enum``);
* ``QVariant``/``QMetaType`` types outside compat.py (fields: ``compat.make_field``).
"""

import ast
import re
from dataclasses import dataclass

DIRECT_BINDINGS = {"PyQt5", "PyQt6", "PySide2", "PySide6", "sip"}

# Modules and classes that exist in Qt 5 only (or moved to Qt5Compat, which PyQt6 lacks).
QT5_ONLY = {
    "QtWebKit", "QtWebKitWidgets", "QtXmlPatterns", "QtScript", "QtScriptTools", "QtX11Extras",
    "QtMacExtras", "QtWinExtras", "QRegExp", "QRegExpValidator", "QDesktopWidget", "QGLWidget",
    "QGLFormat", "QGLContext", "QMatrix", "QStringRef", "QTextCodec", "QWebView", "QWebPage",
    "QSound", "QLinkedList",
}

QT5_ONLY_METHODS = {"exec_": "exec()", "print_": "print()"}

# Enum types and nested classes that may legitimately end a chain (a type used whole).
KNOWN_TYPE_NAMES = {
    "AlignmentFlag", "ItemDataRole", "ItemFlag", "Type", "Flag", "Flags", "MessageLevel",
    "PdfExportSettings", "ImageExportSettings", "SvgExportSettings", "SaveVectorOptions",
    "ExportResult", "Role", "Policy", "StandardButton", "StandardButtons",
}

# Enum types that moved to ``Qgis`` (3.30-3.36): reach them through compat.py.
MOVED_ENUMS = {
    ("QgsProcessing", "SourceType"): "compat.SOURCE_*",
    ("QgsWkbTypes", "Type"): "compat.WKB_*",
    ("QgsWkbTypes", "GeometryType"): "compat.GEOMETRY_*",
    ("QgsProcessingParameterNumber", "Type"): "compat.NUMBER_*",
    ("QgsProcessingParameterDateTime", "Type"): "compat.DATETIME_*",
    ("QgsProcessingParameterFile", "Behavior"): "compat.FILE_*",
    ("QgsProcessingParameterField", "DataType"): "compat.FIELD_*",
    ("QgsProcessingParameterDefinition", "Flag"): "compat.set_advanced()",
    ("QgsFeatureRequest", "Flag"): "compat.REQUEST_*",
    ("QgsCoordinateReferenceSystem", "WktVariant"): "compat.CRS_WKT_*",
    ("QgsMapLayerProxyModel", "Filter"): "compat.LAYER_FILTER_*",
}

_MOVED_CLASSES = {cls for cls, _ in MOVED_ENUMS}

# The exact compat.py name for the legacy spellings met so far (scoped and unscoped).
_LEGACY_MEMBERS = {
    "QgsProcessing.SourceType.TypeVectorPoint": "SOURCE_POINT",
    "QgsProcessing.SourceType.TypeVectorLine": "SOURCE_LINE",
    "QgsProcessing.SourceType.TypeVectorPolygon": "SOURCE_POLYGON",
    "QgsProcessing.SourceType.TypeVectorAnyGeometry": "SOURCE_ANY_GEOMETRY",
    "QgsProcessing.SourceType.TypeVector": "SOURCE_TABLE",
    "QgsProcessing.SourceType.TypeRaster": "SOURCE_RASTER",
    "QgsProcessingParameterNumber.Type.Double": "NUMBER_DOUBLE",
    "QgsProcessingParameterNumber.Type.Integer": "NUMBER_INTEGER",
    "QgsProcessingParameterDateTime.Type.Date": "DATETIME_DATE",
    "QgsProcessingParameterDateTime.Type.DateTime": "DATETIME_DATETIME",
    "QgsProcessingParameterFile.Behavior.File": "FILE_FILE",
    "QgsProcessingParameterFile.Behavior.Folder": "FILE_FOLDER",
    "QgsProcessingParameterField.DataType.Any": "FIELD_ANY",
    "QgsProcessingParameterField.DataType.Numeric": "FIELD_NUMERIC",
    "QgsProcessingParameterField.DataType.String": "FIELD_STRING",
    "QgsProcessingParameterField.DataType.DateTime": "FIELD_DATETIME",
    "QgsProcessingParameterDefinition.Flag.FlagAdvanced": "set_advanced(parameter)",
    "QgsWkbTypes.Type.Point": "WKB_POINT",
    "QgsWkbTypes.Type.MultiPoint": "WKB_MULTIPOINT",
    "QgsWkbTypes.Type.Polygon": "WKB_POLYGON",
    "QgsWkbTypes.Type.MultiPolygon": "WKB_MULTIPOLYGON",
    "QgsWkbTypes.Type.NoGeometry": "WKB_NO_GEOMETRY",
    "QgsWkbTypes.GeometryType.PointGeometry": "GEOMETRY_POINT",
    "QgsWkbTypes.GeometryType.LineGeometry": "GEOMETRY_LINE",
    "QgsWkbTypes.GeometryType.PolygonGeometry": "GEOMETRY_POLYGON",
    "QgsFeatureRequest.Flag.NoGeometry": "REQUEST_NO_GEOMETRY",
    "QgsCoordinateReferenceSystem.WktVariant.WKT_PREFERRED": "CRS_WKT_PREFERRED",
    "QgsMapLayerProxyModel.Filter.PointLayer": "LAYER_FILTER_POINT",
    "QgsMapLayerProxyModel.Filter.PolygonLayer": "LAYER_FILTER_POLYGON",
    "QgsMapLayerProxyModel.Filter.RasterLayer": "LAYER_FILTER_RASTER",
    "QgsMapLayerProxyModel.Filter.VectorLayer": "LAYER_FILTER_VECTOR",
}
for _scoped, _name in list(_LEGACY_MEMBERS.items()):  # the unscoped spellings too
    _cls, _, _member = _scoped.split(".")
    _LEGACY_MEMBERS.setdefault(f"{_cls}.{_member}", _name)
COMPAT_FILE = "compat.py"
_CLASS = re.compile(r"^(Qt|Qgis|Qgs[A-Z]\w*|Q[A-Z][A-Za-z0-9]*)$")
_MODULE = re.compile(r"^Qt[A-Z]")  # QtCore, QtWidgets... (modules, not classes)
_OLD_FLAG = re.compile(r"^Flag[A-Z]\w*$")


@dataclass(frozen=True)
class Violation:
    line: int
    message: str


def _chain(node):
    """``a.b.c`` as ``["a", "b", "c"]``, or None when the chain does not start at a name."""
    parts = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if not isinstance(node, ast.Name):
        return None
    parts.append(node.id)
    return parts[::-1]


def _class_chain(parts):
    """Drop a leading module path (``QtCore.Qt.X`` -> ``Qt.X``) and keep chains rooted at a class."""
    while parts and (_MODULE.match(parts[0]) or parts[0] in {"qgis", "PyQt", "core", "gui"}):
        parts = parts[1:]
    return parts if parts and _CLASS.match(parts[0]) else None


class _Scanner(ast.NodeVisitor):
    def __init__(self, is_compat):
        self.is_compat = is_compat
        self.found = []
        self.parents = {}
        self.exempt = set()  # annotation subtrees: types are named whole there
        self.legacy_fallbacks = set()  # compat.qgis_enum(group, member, lambda: <legacy>)

    def report(self, node, message):
        self.found.append(Violation(node.lineno, message))

    # -- imports ------------------------------------------------------------------------------
    def visit_Import(self, node):
        for alias in node.names:
            self._check_module(node, alias.name)
        self.generic_visit(node)

    def visit_ImportFrom(self, node):
        self._check_module(node, node.module or "")
        for alias in node.names:
            if alias.name in QT5_ONLY:
                self.report(node, f"{alias.name} does not exist in Qt 6")
        self.generic_visit(node)

    def _check_module(self, node, module):
        parts = module.split(".")
        if parts[0] in DIRECT_BINDINGS:
            self.report(node, f"import {module}: import Qt through qgis.PyQt instead")
        for part in parts:
            if part in QT5_ONLY:
                self.report(node, f"{part} does not exist in Qt 6")

    # -- names and attributes -----------------------------------------------------------------
    def visit_Name(self, node):
        if node.id in QT5_ONLY:
            self.report(node, f"{node.id} does not exist in Qt 6")

    def visit_Attribute(self, node):
        message = self._attribute_problem(node)
        if message:
            self.report(node, message)
        self.generic_visit(node)

    def _attribute_problem(self, node):
        if node.attr in QT5_ONLY_METHODS:
            return f"{node.attr}(): Qt 6 has only {QT5_ONLY_METHODS[node.attr]}"
        if node.attr in QT5_ONLY:
            return f"{node.attr} does not exist in Qt 6"
        parent = self.parents.get(node)
        continued = isinstance(parent, ast.Attribute) and parent.value is node
        called = isinstance(parent, ast.Call) and parent.func is node
        parts = _chain(node)
        chain = _class_chain(parts) if parts else None
        if chain is None:
            if _OLD_FLAG.match(node.attr) and not continued:
                known = _LEGACY_MEMBERS.get(f"QgsProcessingParameterDefinition.{node.attr}")
                hint = f"compat.{known}" if known else "its scoped enum (see compat.py)"
                return f".{node.attr}: old unscoped flag; use {hint}"
            return None
        if continued or len(chain) < 2:
            return None  # judged at the end of the chain
        dotted = ".".join(chain)
        if not self.is_compat and chain[0] in {"QVariant", "QMetaType"} and not called:
            return f"{dotted}: field types go through compat.make_field (QVariant.Type is gone in Qt 6)"
        legacy_ok = self.is_compat or node in self.legacy_fallbacks
        if not legacy_ok and dotted in _LEGACY_MEMBERS:
            return f"{dotted}: this enum moved in QGIS 3.36; use compat.{_LEGACY_MEMBERS[dotted]}"
        if not legacy_ok and (chain[0], chain[1]) in MOVED_ENUMS:
            return f"{dotted}: this enum moved in QGIS 3.36; use {MOVED_ENUMS[chain[0], chain[1]]}"
        if len(chain) != 2 or called or node in self.exempt:
            return None
        name = chain[1]
        if not name[0].isupper() or name in KNOWN_TYPE_NAMES:
            return None
        if re.fullmatch(r"[A-Z][A-Z0-9_]*", name) and not name.startswith("WKT"):
            return None  # a constant such as QgsProcessing.TEMPORARY_OUTPUT or Qgis.QGIS_VERSION
        hint = " (or use a compat.py constant)" if chain[0] in _MOVED_CLASSES else ""
        return f"{dotted}: unscoped enum; name its enum type too, as in Qt.AlignmentFlag.AlignLeft{hint}"

    # -- bookkeeping --------------------------------------------------------------------------
    def scan(self, tree):
        for parent in ast.walk(tree):
            for child in ast.iter_child_nodes(parent):
                self.parents[child] = parent
            annotations = []
            if isinstance(parent, (ast.FunctionDef, ast.AsyncFunctionDef)):
                annotations.append(parent.returns)
                arguments = parent.args
                for arg in arguments.posonlyargs + arguments.args + arguments.kwonlyargs:
                    annotations.append(arg.annotation)
                annotations += [arguments.vararg and arguments.vararg.annotation,
                                arguments.kwarg and arguments.kwarg.annotation]
            elif isinstance(parent, ast.AnnAssign):
                annotations.append(parent.annotation)
            elif isinstance(parent, ast.Call) and isinstance(parent.func, ast.Name) \
                    and parent.func.id in {"isinstance", "issubclass"} and len(parent.args) == 2:
                annotations.append(parent.args[1])
            if isinstance(parent, ast.Call) and (_chain(parent.func) or [""])[-1] == "qgis_enum":
                legacy = parent.args[2:3] + [k.value for k in parent.keywords if k.arg == "legacy"]
                for argument in legacy:
                    self.legacy_fallbacks.update(ast.walk(argument))
            for annotation in filter(None, annotations):
                self.exempt.update(ast.walk(annotation))
        self.visit(tree)
        return sorted(set(self.found), key=lambda v: (v.line, v.message))


def violations(source: str, filename: str = "<snippet>") -> list:
    """Every Qt 6 readiness problem in ``source`` (``filename`` decides the compat.py exemptions)."""
    tree = ast.parse(source, filename=filename)
    return _Scanner(is_compat=filename.replace("\\", "/").endswith("/" + COMPAT_FILE)).scan(tree)


def main(argv=None) -> int:
    """``python -m tests.support.qt6_readiness [PATH...]``: list problems as file:line (default netload_plugin/)."""
    import sys
    from pathlib import Path

    roots = [Path(p) for p in (argv if argv is not None else sys.argv[1:])] or [Path("netload_plugin")]
    files = sorted(f for root in roots for f in ([root] if root.is_file() else root.rglob("*.py")))
    count = 0
    for path in files:
        for found in violations(path.read_text(encoding="utf-8"), str(path)):
            print(f"{path}:{found.line}: {found.message}")
            count += 1
    print(f"{count} Qt 6 readiness problem(s) in {len(files)} file(s)", file=sys.stderr)
    return 1 if count else 0


if __name__ == "__main__":
    raise SystemExit(main())
