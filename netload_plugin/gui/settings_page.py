"""NetLoad's page in QGIS Settings ▸ Options: cache folder, source URLs, CA bundle, PV defaults.

Values live in QgsSettings under ``netload/`` (see :data:`SETTINGS`); the algorithms read them
as their defaults, so what the analyst sets here applies to the dock, the toolbox and models alike.
"""

from qgis.core import QgsSettings
from qgis.gui import QgsFileWidget, QgsOptionsPageWidget, QgsOptionsWidgetFactory
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QDoubleSpinBox, QFormLayout, QGroupBox, QLineEdit, QPushButton, QScrollArea, QVBoxLayout, QWidget

from ..about import PLUGIN_DIR

CONTEXT = "NetLoadSettings"
PAGE_TITLE = "NetLoad"

# (key, label, kind, default, extra) — kind: folder, file, url, number (extra = (min, max, step, suffix)).
GENERAL = (
    ("netload/cache_dir", QT_TRANSLATE_NOOP("NetLoadSettings", "Download cache folder"), "folder", "", None),
    ("netload/ca_bundle", QT_TRANSLATE_NOOP("NetLoadSettings", "Extra CA bundle (PEM)"), "file", "", None),
)
SOURCE_URLS = (
    ("netload/url/aneel_gd", QT_TRANSLATE_NOOP("NetLoadSettings", "ANEEL GD registry"), "url",
     "https://dadosabertos.aneel.gov.br/dataset/5e0fafd2-21b9-4d5b-b622-40438d40aba2/resource/b1bd71e7-d0ad-4214-9053-cbd58e9564a7/download/empreendimento-geracao-distribuida.csv", None),
    ("netload/url/aneel_siga", QT_TRANSLATE_NOOP("NetLoadSettings", "ANEEL SIGA plants"), "url",
     "https://dadosabertos.aneel.gov.br/dataset/6d90b77c-c5f5-4d81-bdec-7bc619494bb9/resource/11ec447d-698d-4ab8-977f-b424d5deee6a/download/siga-empreendimentos-geracao.csv", None),
    ("netload/url/ons_api", QT_TRANSLATE_NOOP("NetLoadSettings", "ONS load API (carga verificada)"), "url", "https://apicarga.ons.org.br/prd/cargaverificada", None),
    ("netload/url/ons_csv", QT_TRANSLATE_NOOP("NetLoadSettings", "ONS load curve CSV"), "url",
     "https://ons-aws-prod-opendata.s3.amazonaws.com/dataset/curva-carga-ho/CURVA_CARGA_{YYYY}.csv", None),
    ("netload/url/labren", QT_TRANSLATE_NOOP("NetLoadSettings", "INPE LABREN solar atlas"), "url",
     "https://labren.ccst.inpe.br/projetos/atlas_2017/GLOBAL_HORIZONTAL_(csv).zip", None),
    ("netload/url/inmet", QT_TRANSLATE_NOOP("NetLoadSettings", "INMET station archive"), "url", "https://portal.inmet.gov.br/uploads/dadoshistoricos/{YYYY}.zip", None),
    ("netload/url/nasa_power", QT_TRANSLATE_NOOP("NetLoadSettings", "NASA POWER API"), "url", "https://power.larc.nasa.gov/api/temporal/hourly/point", None),
    ("netload/url/stac", QT_TRANSLATE_NOOP("NetLoadSettings", "INPE STAC catalogue"), "url", "https://data.inpe.br/bdc/stac/v1/", None),
)
PV_DEFAULTS = (
    ("netload/pv/tilt_deg", QT_TRANSLATE_NOOP("NetLoadSettings", "Module tilt"), "number", 20.0, (0.0, 90.0, 1.0, " °")),
    ("netload/pv/azimuth_deg", QT_TRANSLATE_NOOP("NetLoadSettings", "Module azimuth (0 = north)"), "number", 0.0, (0.0, 359.9, 5.0, " °")),
    ("netload/pv/dc_ac_ratio", QT_TRANSLATE_NOOP("NetLoadSettings", "DC/AC ratio"), "number", 1.2, (0.5, 3.0, 0.05, "")),
    ("netload/pv/losses_percent", QT_TRANSLATE_NOOP("NetLoadSettings", "System losses"), "number", 14.0, (0.0, 60.0, 0.5, " %")),
)
SETTINGS = GENERAL + SOURCE_URLS + PV_DEFAULTS


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def setting_default(key: str):
    for entry_key, _label, _kind, default, _extra in SETTINGS:
        if entry_key == key:
            return default
    raise KeyError(key)


def read_setting(key: str):
    """The stored value of a ``netload/`` setting, or its default (typed like the default)."""
    default = setting_default(key)
    return QgsSettings().value(key, default, type=type(default))


class NetLoadSettingsWidget(QWidget):
    """The editors for :data:`SETTINGS`; ``load()`` fills them, ``save()`` writes them back."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.editors = {}
        body = QWidget(self)
        column = QVBoxLayout(body)
        for title, entries in (
            (tr("General"), GENERAL),
            (tr("Source URLs (empty: the official endpoint)"), SOURCE_URLS),
            (tr("Default PV system (registered GD estimate)"), PV_DEFAULTS),
        ):
            box = QGroupBox(title, body)
            form = QFormLayout(box)
            for key, label, kind, default, extra in entries:
                editor = self._editor(kind, default, extra, box)
                editor.setObjectName(key)
                form.addRow(tr(label), editor)
                self.editors[key] = (kind, editor)
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
    def _editor(kind, default, extra, parent):
        if kind in ("folder", "file"):
            editor = QgsFileWidget(parent)
            editor.setStorageMode(QgsFileWidget.StorageMode.GetDirectory if kind == "folder" else QgsFileWidget.StorageMode.GetFile)
            return editor
        if kind == "number":
            minimum, maximum, step, suffix = extra
            editor = QDoubleSpinBox(parent)
            editor.setRange(minimum, maximum)
            editor.setSingleStep(step)
            editor.setDecimals(2)
            editor.setSuffix(suffix)
            return editor
        editor = QLineEdit(parent)
        editor.setPlaceholderText(default)
        return editor

    def _set(self, key, value):
        kind, editor = self.editors[key]
        if kind in ("folder", "file"):
            editor.setFilePath(value)
        elif kind == "number":
            editor.setValue(float(value))
        else:
            editor.setText(value)

    def _get(self, key):
        kind, editor = self.editors[key]
        if kind in ("folder", "file"):
            return editor.filePath().strip()
        if kind == "number":
            return float(editor.value())
        return editor.text().strip()

    def load(self):
        for key, _label, kind, default, _extra in SETTINGS:
            value = read_setting(key)
            # URL editors stay empty when the stored value is the default, so updates of the
            # official endpoint reach users who never changed it.
            self._set(key, "" if kind == "url" and value == default else value)

    def save(self):
        settings = QgsSettings()
        for key, _label, kind, default, _extra in SETTINGS:
            value = self._get(key)
            if kind == "url" and not value:
                settings.remove(key)
            else:
                settings.setValue(key, value)

    def restore_defaults(self):
        for key, _label, kind, default, _extra in SETTINGS:
            self._set(key, "" if kind == "url" else default)


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

    def createWidget(self, parent):  # noqa: N802 (QGIS API)
        return NetLoadOptionsPage(parent)
