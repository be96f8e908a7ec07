"""The dock's tool row: Help, Try the demo data, Save settings…, Load settings….

Small actions around a run that need no computation of their own: they open the desktop guide,
fill the panel with the bundled demo (files recognised by their content, so a renamed or refreshed
demo still fits), and write or read the panel's choices (:mod:`netload_plugin.gui.dock_state`).
"""

from datetime import date
from pathlib import Path

from qgis.core import Qgis, QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QObject, QUrl
from qgis.PyQt.QtGui import QDesktopServices
from qgis.PyQt.QtWidgets import QFileDialog, QPushButton

from ..about import PLUGIN_DIR, REPOSITORY_URL
from ..core import input_sniffing as sniff
from ..translation import user_locale
from . import dock_state
from .run_request import (
    DATA_LOCAL,
    IRRADIANCE_INMET,
    IRRADIANCE_LABREN,
    IRRADIANCE_NASA_POWER,
    LOAD_ONS,
    LOAD_OWN,
    ONS_CARGA_VERIFICADA,
    ONS_CURVA_CARGA,
    REGION_STATES,
)

CONTEXT = "NetLoadDockActions"
GUIDE_PATH = "docs/desktop.md"
DEMO_STATES = ("PR", "SC", "RS")
DEMO_PERIOD = (date(2024, 1, 1), date(2024, 1, 7))
DEMO_FOLDER_KEY = "netload/dock/demo_folder"
#: File kind → (source row, irradiance source or ONS dataset it implies).
DEMO_ROWS = {
    sniff.ANEEL_GD: ("aneel_gd", None, None),
    sniff.POLYGONS: ("municipalities", None, None),
    sniff.NASA_POWER: ("irradiance", IRRADIANCE_NASA_POWER, None),
    sniff.INMET: ("irradiance", IRRADIANCE_INMET, None),
    sniff.LABREN: ("irradiance", IRRADIANCE_LABREN, None),
    sniff.ONS_CURVA_CARGA: ("ons_load", None, ONS_CURVA_CARGA),
    sniff.ONS_CARGA_VERIFICADA: ("ons_load", None, ONS_CARGA_VERIFICADA),
}

#: The demo's load table: ONS's hourly carga verificada of the South with its MMGD (demo/README.md), known by its
#: header and mapped as `make demo` maps it (scripts/run_demo.py): area codes, Brasília hours labelling their
#: start, a global load split by the net load. With it the demo's comparison with ONS's MMGD has real numbers.
DEMO_LOAD_HEADER = "area;data_hora;global_mw;mmgd_mw;liquida_mw"
DEMO_LOAD_MAPPING = {"match": 1, "zone_field": "area", "time_field": "data_hora", "time_zone": "America/Sao_Paulo",
                     "time_label": 0, "load_field": "global_mw", "unit": 0, "kind": 1, "net_field": "liquida_mw",
                     "mmgd_field": "mmgd_mw"}


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def guide_url(locale: str = None) -> QUrl:
    """The desktop guide in the analyst's language: the checkout's own copy when there is one, else online."""
    portuguese = (locale or user_locale()).startswith("pt")
    path = GUIDE_PATH.replace(".md", ".pt_BR.md") if portuguese else GUIDE_PATH
    local = PLUGIN_DIR.parent / path
    if local.is_file():
        return QUrl.fromLocalFile(str(local))
    return QUrl(f"{REPOSITORY_URL}/blob/main/{path}")


def demo_candidates() -> list:
    """Folders that may hold the demo: inside the plugin, beside it (a checkout), the one chosen before."""
    remembered = QgsSettings().value(DEMO_FOLDER_KEY, "", type=str)
    folders = [PLUGIN_DIR / "demo", PLUGIN_DIR.parent / "demo"] + ([Path(remembered)] if remembered else [])
    return [folder for folder in folders if folder.is_dir()]


def demo_load_table(folder: Path):
    """The demo's hourly ONS table in ``folder`` (by its header), or None."""
    for path in sorted(folder.glob("*.csv")):
        with open(path, encoding="utf-8", errors="replace") as stream:
            if stream.readline().strip() == DEMO_LOAD_HEADER:
                return path
    return None


def demo_files(folder: Path) -> dict:
    """Kind → file for the demo inputs found in ``folder`` (by content; the first of each kind)."""
    found = {}
    for path in sorted(folder.iterdir()):
        if path.is_file() and path.suffix.lower() in (".csv", ".zip", ".gpkg", ".json", ".geojson"):
            found.setdefault(sniff.sniff_file(path), path)
    found.pop(sniff.UNKNOWN, None)
    return found


class DockActions(QObject):
    """Builds the tool row's buttons into ``dock.tools_row`` and does what they say."""

    def __init__(self, dock):
        super().__init__(dock)
        self.dock = dock
        self.help_button = self._button(tr("Help"), tr("Open the desktop guide (dock, chart, map, report)"),
                                        self.open_help)
        self.demo_button = self._button(tr("Demo data"),
                                        tr("Fill the panel with the bundled demo: PR, SC, RS, 1–7 January 2024, "
                                           "local files, ONS's hourly load with its MMGD as the load table"),
                                        self.use_demo)
        self.save_button = self._button(
            tr("Save…"), tr("Save the panel's choices (region, period, data, files) to a settings file"), self.ask_save)
        self.load_button = self._button(tr("Load…"), tr("Load the panel's choices from a settings file"),
                                        self.ask_load)
        dock.tools_row.addStretch(1)

    def _button(self, text, tip, slot):
        button = QPushButton(text, self.dock)
        button.setToolTip(tip)
        button.clicked.connect(lambda _checked=False: slot())
        self.dock.tools_row.addWidget(button)
        return button

    def open_help(self) -> bool:
        return QDesktopServices.openUrl(guide_url())

    def use_demo(self, folder: Path = None) -> bool:
        """Fill the panel with the demo inputs of ``folder`` (found or asked for when ``None``)."""
        folders = [folder] if folder else demo_candidates()
        if not folders:
            chosen = QFileDialog.getExistingDirectory(self.dock, tr("Folder of the NetLoad demo data"))
            if not chosen:
                return False
            folders = [Path(chosen)]
        files = demo_files(folders[0])
        rows = {DEMO_ROWS[kind][0] for kind in files if kind in DEMO_ROWS}
        if rows != {"aneel_gd", "municipalities", "irradiance", "ons_load"}:
            self.dock.show_message(tr("NetLoad"), tr("{} does not hold the four demo inputs.").format(folders[0]),
                               Qgis.MessageLevel.Warning)
            return False
        QgsSettings().setValue(DEMO_FOLDER_KEY, str(folders[0]))
        self._fill_demo(files)
        self._fill_demo_load(demo_load_table(folders[0]))
        return True

    def _fill_demo(self, files: dict) -> None:
        dock = self.dock
        dock.region.set_states(DEMO_STATES)
        dock.region.set_mode(REGION_STATES)
        dock.period.set_period(*DEMO_PERIOD)
        dock.data.set_mode(DATA_LOCAL)
        for kind, path in files.items():
            row, irradiance, ons = DEMO_ROWS.get(kind, (None, None, None))
            if row:
                dock.data.set_source(row, str(path))
            if irradiance is not None:
                dock.data.set_irradiance_source(irradiance)
            if ons is not None:
                dock.data.set_ons_dataset(ons)
        dock.set_status(tr("Demo data filled in: press Run."))

    def _fill_demo_load(self, table) -> None:
        """The demo's hourly ONS table with MMGD as the run's load table; ONS's curva de carga when it is absent."""
        load = self.dock.load
        if table is None:
            load.set_source(LOAD_ONS)
            return
        load.set_table_file(str(table))
        load.apply_state({**DEMO_LOAD_MAPPING, "source": LOAD_OWN})

    def ask_save(self):
        path, _filter = QFileDialog.getSaveFileName(self.dock, tr("Save NetLoad settings"), "",
                                                    tr("NetLoad settings (*.json)"))
        if path:
            self.save(path)

    def ask_load(self):
        path, _filter = QFileDialog.getOpenFileName(self.dock, tr("Load NetLoad settings"), "",
                                                    tr("NetLoad settings (*.json)"))
        if path:
            self.load(path)

    def save(self, path) -> Path:
        written = dock_state.write_settings_file(path, dock_state.panel_state(self.dock))
        self.dock.set_status(tr("Settings saved to {}").format(written))
        return written

    def load(self, path) -> bool:
        try:
            state = dock_state.read_settings_file(path)
        except dock_state.SettingsFileError as error:
            self.dock.set_status(str(error))
            self.dock.show_message(tr("NetLoad"), str(error), Qgis.MessageLevel.Warning)
            return False
        dock_state.apply_panel_state(self.dock, state)
        self.dock.set_status(tr("Settings loaded from {}").format(path))
        return True
