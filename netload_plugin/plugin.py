"""Wires the plugin into QGIS: the Processing provider, the dock panel and the menu entry.

``initProcessing()`` is the only call ``qgis_process`` makes, so it registers the provider and
nothing else. ``initGui()`` adds the dock and menu; ``unload()`` removes exactly what was added,
so Plugin Reloader never leaves a second provider, dock or menu entry behind.
"""

from qgis.core import QgsApplication

from .about import PLUGIN_NAME
from .translation import install_translator, remove_translator

MENU_NAME = "&NetLoad"


class NetLoadPlugin:
    """The object QGIS keeps for the plugin's lifetime."""

    def __init__(self, iface):
        self.iface = iface
        self.provider = None
        self.dock = None
        self.dock_action = None
        self.options_factory = None

    # -- Processing (desktop and qgis_process) -------------------------------------------
    def initProcessing(self):
        """Register the ``netload`` provider once."""
        if self.provider is not None:
            return
        install_translator()
        from .geo.dependencies import activate_dependency_folder
        from .processing.provider import NetLoadProvider

        activate_dependency_folder()  # optional packages (onnxruntime) installed for this profile

        self.provider = NetLoadProvider()
        QgsApplication.processingRegistry().addProvider(self.provider)

    # -- Desktop --------------------------------------------------------------------------
    def initGui(self):
        """Add the dock panel (hidden until asked for) and its menu entry, then the provider."""
        self.initProcessing()
        from qgis.PyQt.QtCore import QCoreApplication, Qt
        from qgis.PyQt.QtGui import QIcon

        from .about import PLUGIN_DIR
        from .gui.dock import NetLoadDock
        from .gui.settings_page import NetLoadOptionsFactory

        self.dock = NetLoadDock(self.iface, self.iface.mainWindow())
        self.iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.dock.hide()

        self.dock_action = self.dock.toggleViewAction()
        self.dock_action.setIcon(QIcon(str(PLUGIN_DIR / "icons" / "netload.svg")))
        self.dock_action.setText(QCoreApplication.translate("NetLoadDock", "NetLoad panel"))
        self.iface.addPluginToMenu(MENU_NAME, self.dock_action)
        self.iface.addToolBarIcon(self.dock_action)

        self.options_factory = NetLoadOptionsFactory()
        self.iface.registerOptionsWidgetFactory(self.options_factory)

    def unload(self):
        """Remove the provider, the dock, the menu entry and the options page added by this instance."""
        if self.options_factory is not None:
            self.iface.unregisterOptionsWidgetFactory(self.options_factory)
            self.options_factory = None
        if self.dock_action is not None:
            self.iface.removePluginMenu(MENU_NAME, self.dock_action)
            self.iface.removeToolBarIcon(self.dock_action)
            self.dock_action = None
        if self.dock is not None:
            self.dock.shutdown()
            self.iface.removeDockWidget(self.dock)
            self.dock.close()
            self.dock.deleteLater()
            self.dock = None
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        remove_translator()

    def __repr__(self):
        return f"<{PLUGIN_NAME} plugin>"
