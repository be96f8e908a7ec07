"""NetLoad's page in QGIS Settings ▸ Options: cache folder, CA bundle, source URLs, PV defaults.

The settings themselves (keys under ``netload/``, types, defaults) are declared once in
:mod:`netload_plugin.geo.settings`; this page only gives each a label and an editor. Algorithms read
the same declarations, so what the analyst sets here applies to the dock, the toolbox and models.
"""

from qgis.gui import QgsFileWidget, QgsOptionsPageWidget, QgsOptionsWidgetFactory
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ..about import PLUGIN_DIR
from ..core.definitions import ENDPOINTS
from ..geo import settings as plugin_settings
from ..translation import display_locale, translated

CONTEXT = "NetLoadSettings"
PAGE_TITLE = "NetLoad"

# (setting, label, editor) — editor: "folder", "file", "url", ("number", min, max, step, suffix) or
# ("choice", ((value, label), ...)).
GENERAL = (
    (plugin_settings.CACHE_DIR, QT_TRANSLATE_NOOP("NetLoadSettings", "Download cache folder"), "folder"),
    (plugin_settings.CA_BUNDLE, QT_TRANSLATE_NOOP("NetLoadSettings", "Extra CA bundle (PEM)"), "file"),
)
SOURCE_URLS = tuple((plugin_settings.SOURCE_URLS[key], endpoint.label, "url") for key, endpoint in ENDPOINTS.items())
PV_DEFAULTS = (
    (
        plugin_settings.PV_TILT_DEG,
        QT_TRANSLATE_NOOP("NetLoadSettings", "Module tilt"),
        ("number", -1.0, 90.0, 1.0, " °"),
    ),
    (
        plugin_settings.PV_AZIMUTH_DEG,
        QT_TRANSLATE_NOOP("NetLoadSettings", "Module azimuth (0 = north)"),
        ("number", 0.0, 359.9, 5.0, " °"),
    ),
    (
        plugin_settings.PV_DC_AC_RATIO,
        QT_TRANSLATE_NOOP("NetLoadSettings", "DC/AC ratio"),
        ("number", 0.5, 3.0, 0.05, ""),
    ),
    (
        plugin_settings.PV_LOSSES_PERCENT,
        QT_TRANSLATE_NOOP("NetLoadSettings", "System losses"),
        ("number", 0.0, 60.0, 0.5, " %"),
    ),
)
#: A choice editor: (stored value, label) pairs.
DISPLAY = (
    (plugin_settings.DISPLAY_TIME, QT_TRANSLATE_NOOP("NetLoadSettings", "Times in the chart and report"),
     ("choice", (("brasilia", QT_TRANSLATE_NOOP("NetLoadSettings", "Brasília time (UTC−3)")),
                 ("utc", QT_TRANSLATE_NOOP("NetLoadSettings", "UTC"))))),
)
PAGE_SETTINGS = GENERAL + SOURCE_URLS + PV_DEFAULTS + DISPLAY


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class NetLoadSettingsWidget(QWidget):
    """One editor per setting; ``load()`` fills them, ``save()`` writes them back.

    Text editors left empty mean "the default" (shown as placeholder), so a changed official
    endpoint or profile folder reaches users who never set their own.
    """

    def __init__(self, parent=None):
        super().__init__(parent)
        self.editors = {}
        body = QWidget(self)
        column = QVBoxLayout(body)
        for title, entries, translate in (  # the endpoints' labels are core.definitions'
            (tr("General"), GENERAL, tr),
            (tr("Source URLs (empty: the official endpoint)"), SOURCE_URLS, translated),
            (tr("Default PV system (registered GD estimate)"), PV_DEFAULTS, tr),
            (tr("Display"), DISPLAY, tr),
        ):
            box = QGroupBox(title, body)
            form = QFormLayout(box)
            for setting, label, editor_kind in entries:
                editor = self._editor(setting, editor_kind, box)
                editor.setObjectName(setting.key)
                form.addRow(translate(label), editor)
                self.editors[setting.key] = (setting, editor)
            column.addWidget(box)
        reset = QPushButton(tr("Restore defaults"), body)
        reset.clicked.connect(self.restore_defaults)
        column.addWidget(reset)
        column.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self.load()

    @staticmethod
    def _editor(setting, editor_kind, parent):
        if editor_kind in ("folder", "file"):
            editor = QgsFileWidget(parent)
            editor.setStorageMode(
                QgsFileWidget.StorageMode.GetDirectory if editor_kind == "folder" else QgsFileWidget.StorageMode.GetFile
            )
            editor.lineEdit().setPlaceholderText(str(setting.default_value()))
            return editor
        if editor_kind == "url":
            editor = QLineEdit(parent)
            editor.setPlaceholderText(setting.default_value())
            return editor
        if editor_kind[0] == "choice":
            editor = QComboBox(parent)
            for value, label in editor_kind[1]:
                editor.addItem(tr(label), value)
            return editor
        _number, minimum, maximum, step, suffix = editor_kind
        editor = QDoubleSpinBox(parent)
        editor.setRange(minimum, maximum)
        editor.setSingleStep(step)
        editor.setDecimals(2)
        editor.setLocale(display_locale())  # "14,08 %" in Portuguese, as the rest of NetLoad writes numbers
        editor.setSuffix(suffix)
        if setting is plugin_settings.PV_TILT_DEG:
            editor.setSpecialValueText(tr("|latitude| of each zone"))
        return editor

    def set_value(self, key, value):
        """Put ``value`` in the editor of ``key`` ("" for a text setting shows its default)."""
        setting, editor = self.editors[key]
        if isinstance(editor, QgsFileWidget):
            editor.setFilePath(value)
        elif isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(editor.findData(value or setting.default_value()), 0))
        elif isinstance(editor, QLineEdit):
            editor.setText(value)
        else:
            editor.setValue(float(value))

    def value(self, key):
        """The editor's value ("" for a text setting left at its default)."""
        setting, editor = self.editors[key]
        if isinstance(editor, QgsFileWidget):
            return editor.filePath().strip()
        if isinstance(editor, QComboBox):
            return "" if editor.currentData() == setting.default_value() else editor.currentData()
        if isinstance(editor, QLineEdit):
            return editor.text().strip()
        return float(editor.value())

    def load(self):
        for key, (setting, _editor) in self.editors.items():
            value = setting.value()
            if setting.kind is str and value == setting.default_value():
                value = ""
            self.set_value(key, value)

    def save(self):
        for key, (setting, _editor) in self.editors.items():
            value = self.value(key)
            if setting.kind is str and not value:
                setting.reset()
            elif setting.kind is float and value == setting.default_value():
                setting.reset()
            else:
                setting.set_value(value)

    def restore_defaults(self):
        for key, (setting, _editor) in self.editors.items():
            self.set_value(key, "" if setting.kind is str else setting.default_value())


class NetLoadOptionsPage(QgsOptionsPageWidget):
    """The page QGIS shows; ``apply()`` is called when the analyst presses OK."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("NetLoadOptionsPage")
        self.settings_widget = NetLoadSettingsWidget(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.settings_widget)

    def apply(self):
        self.settings_widget.save()


class NetLoadOptionsFactory(QgsOptionsWidgetFactory):
    """Registered with ``iface.registerOptionsWidgetFactory`` in initGui, removed in unload."""

    def __init__(self):
        super().__init__()
        self.setTitle(PAGE_TITLE)

    def icon(self):
        return QIcon(str(PLUGIN_DIR / "icons" / "netload.svg"))

    def createWidget(self, parent):
        return NetLoadOptionsPage(parent)
