"""Loads the plugin's Qt translation (``i18n/netload_<locale>.qm``) once per process.

Called from ``initProcessing()`` as well as ``initGui()``, so algorithm names and help come
out in Portuguese under ``qgis_process`` too. Touches no widget. The language is the one QGIS
itself speaks: ``--lang pt_BR`` on the command line, the Options override, else the system's.
The same translator serves ``core``'s messages (:mod:`netload_plugin.core.i18n`), and
:func:`display_locale` formats numbers and dates the way that language writes them.
"""

from pathlib import Path

from qgis.core import QgsApplication, QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QLocale, QTranslator

from .core import definitions, i18n
from .core.numbers import optional_float

I18N_DIR = Path(__file__).resolve().parent / "i18n"
_installed = []  # keeps the QTranslator alive; Qt only holds a pointer


def _usable(code) -> bool:
    return bool(code) and str(code) not in ("C", "POSIX")


def _qgis_translation() -> str:
    """The code QGIS loaded its own translation for, read from the running application."""
    application = QCoreApplication.instance()
    if application is None:
        return ""
    if not isinstance(application, QgsApplication):  # the desktop's app reaches Python as a QApplication
        try:
            from qgis.PyQt import sip

            application = sip.cast(application, QgsApplication)
        except (ImportError, TypeError):
            return ""
    try:
        return application.translation() or ""
    except (AttributeError, TypeError, RuntimeError):
        return ""


def user_locale() -> str:
    """The locale QGIS uses for its interface (``pt_BR``, ``en_US``...).

    First what QGIS loaded its own translation for; then ``locale/userLocale``, which QGIS's start-up
    writes with that same code (``--lang``, the Options override, or the system's); then
    ``QgsApplication.locale()`` and the system's locale.
    """
    for code in (_qgis_translation(), QgsSettings().value("locale/userLocale", "", type=str),
                 QgsApplication.locale(), QLocale.system().name()):
        if _usable(code):
            return code
    return "en_US"


def display_locale() -> QLocale:
    """How numbers and dates are written for the analyst: ``20.000 MW`` in pt_BR, ``20,000 MW`` in English."""
    return QLocale(user_locale())


#: What :func:`format_number` writes for an unknown value (None, NULL, NaN): the same in every language.
UNKNOWN_NUMBER = "–"


def format_number(value, decimals: int = 0, locale: QLocale = None, sign: bool = False) -> str:
    """A number the way the analyst's language writes it: ``20.000,5`` in pt_BR, ``20,000.5`` in English.

    The one place NetLoad formats a number for people (log lines, chart, report). ``value`` may be a
    numpy scalar (float32 included: QLocale refuses it under numpy 2, so it is made a float first);
    None, NULL and NaN give :data:`UNKNOWN_NUMBER`. ``sign`` writes ``+`` before zero and positive values.
    """
    number = optional_float(value)
    if number is None:
        return UNKNOWN_NUMBER
    text = (locale or display_locale()).toString(number, "f", decimals)
    return ("+" + text) if sign and number >= 0 else text


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
                i18n.set_number_formatter(format_number)
            return


def remove_translator() -> None:
    """Undo :func:`install_translator` (plugin unload)."""
    while _installed:
        QCoreApplication.removeTranslator(_installed.pop())
    i18n.set_translator(None)
    i18n.set_number_formatter(None)


def translated(label: str) -> str:
    """A label declared in :mod:`.core.definitions`, in the user's language."""
    return QCoreApplication.translate(definitions.CONTEXT, label)


def option_labels(options) -> list:
    """The translated labels of a :class:`~.core.definitions.Options`, in order (an enum parameter's options)."""
    return [translated(label) for label in options.labels()]
