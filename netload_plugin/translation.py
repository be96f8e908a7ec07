"""Loads the plugin's Qt translation (``i18n/netload_<locale>.qm``) once per process.

Called from ``initProcessing()`` as well as ``initGui()``, so algorithm names and help come
out in Portuguese under ``qgis_process`` too. Touches no widget.
"""

from pathlib import Path

from qgis.core import QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QLocale, QTranslator

from .core import definitions

I18N_DIR = Path(__file__).resolve().parent / "i18n"
_installed = []  # keeps the QTranslator alive; Qt only holds a pointer


def user_locale() -> str:
    """The locale QGIS uses for its interface (``pt_BR``, ``en_US``...)."""
    settings = QgsSettings()
    if settings.value("locale/overrideFlag", False, type=bool):
        locale = settings.value("locale/userLocale", "", type=str)
        if locale:
            return locale
    return QLocale.system().name()


def install_translator() -> None:
    """Install the translator for the user's locale once; silently English when none ships."""
    if _installed or QCoreApplication.instance() is None:
        return
    locale = user_locale()
    for name in (locale, locale.split("_")[0]):
        qm_file = I18N_DIR / f"netload_{name}.qm"
        if qm_file.exists():
            translator = QTranslator()
            if translator.load(str(qm_file)):
                QCoreApplication.installTranslator(translator)
                _installed.append(translator)
            return


def remove_translator() -> None:
    """Undo :func:`install_translator` (plugin unload)."""
    while _installed:
        QCoreApplication.removeTranslator(_installed.pop())


def translated(label: str) -> str:
    """A label declared in :mod:`.core.definitions`, in the user's language."""
    return QCoreApplication.translate(definitions.CONTEXT, label)


def option_labels(options) -> list:
    """The translated labels of a :class:`~.core.definitions.Options`, in order (an enum parameter's options)."""
    return [translated(label) for label in options.labels()]
