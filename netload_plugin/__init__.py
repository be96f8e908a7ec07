"""NetLoad QGIS plugin: reveals the hidden (behind-the-meter) load on Brazil's grid.

QGIS calls :func:`classFactory` both in desktop and in ``qgis_process``. It must stay
cheap and free of GUI work: the heavy modules are imported only when a method needs them.
"""


def classFactory(iface):
    """Return the plugin instance QGIS asked for."""
    from .plugin import NetLoadPlugin

    return NetLoadPlugin(iface)
