"""Translation hook for the layers without Qt: ``core`` speaks the analyst's language too.

``core`` imports nothing from QGIS, so its messages cannot call ``QCoreApplication.translate``
themselves. A module declares ``CONTEXT = "Name"`` and a ``tr()`` calling :func:`translate`; the
plugin installs Qt's translate function here when it loads its translator
(:mod:`netload_plugin.translation`), and plain-Python callers (tests, shell tools) get English.
``scripts/update_translations.py`` extracts these ``tr("...")`` calls like any other.
"""

_translator = None
_number_formatter = None


def set_translator(function) -> None:
    """Use ``function(context, text) -> str`` for every later :func:`translate` (``None``: English)."""
    global _translator
    _translator = function


def set_number_formatter(function) -> None:
    """Use ``function(value, decimals) -> str`` for every later :func:`number` (``None``: English digits)."""
    global _number_formatter
    _number_formatter = function


def number(value: float, decimals: int = 0) -> str:
    """``value`` written the analyst's way once the plugin installed its formatter (``1.234,5`` in pt_BR),
    else as English writes it (``1,234.5``)."""
    if _number_formatter is None:
        return f"{value:,.{decimals}f}"
    return _number_formatter(value, decimals)


def translate(context: str, text: str) -> str:
    """``text`` in the analyst's language when a translator is installed, else as written."""
    if _translator is None:
        return text
    translated = _translator(context, text)
    return translated or text


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation in ``context`` without translating it now (as Qt's macro)."""
    return text
