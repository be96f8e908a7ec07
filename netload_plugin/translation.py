"""Loads the plugin's Qt translation (``i18n/netload_<locale>.qm``) once per process.

Called from ``initProcessing()`` as well as ``initGui()``, so algorithm names and help come
out in Portuguese under ``qgis_process`` too. Touches no widget. The language is the one QGIS
itself speaks: ``--lang pt_BR`` on the command line, the Options override, else the system's.
The same translator serves ``core``'s messages (:mod:`netload_plugin.core.i18n`), and
:func:`display_locale` formats numbers and dates the way that language writes them.
"""

from pathlib import Path

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QCoreApplication, QLocale, QTranslator

from .core import i18n

I18N_DIR = Path(__file__).resolve().parent / "i18n"
_installed = []  # keeps the QTranslator alive; Qt only holds a pointer


def _usable(code) -> bool:
    return bool(code) and str(code) not in ("C", "POSIX")


def user_locale() -> str:
    """The locale QGIS uses for its interface (``pt_BR``, ``en_US``...).

    ``QgsApplication.translation()`` is what QGIS loaded its own translation for (``--lang`` or the
    Options override); ``QgsApplication.locale()`` reads the override when the application has not
    said; the system's locale comes last.
    """
    application = QCoreApplication.instance()
    if isinstance(application, QgsApplication) and _usable(application.translation()):
        return application.translation()
    if _usable(QgsApplication.locale()):
        return QgsApplication.locale()
    return QLocale.system().name()


def display_locale() -> QLocale:
    """How numbers and dates are written for the analyst: ``20.000 MW`` in pt_BR, ``20,000 MW`` in English."""
    return QLocale(user_locale())


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
                i18n.set_translator(QCoreApplication.translate)
            return


def remove_translator() -> None:
    """Undo :func:`install_translator` (plugin unload)."""
    while _installed:
        QCoreApplication.removeTranslator(_installed.pop())
    i18n.set_translator(None)
