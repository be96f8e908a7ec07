"""A QGIS interface double that really docks widgets and records menu and toolbar entries.

pytest-qgis's ``qgis_iface`` ignores ``addPluginToMenu``/``addDockWidget``; to prove that
reloading the plugin leaves exactly one dock and one menu entry we need them recorded.
"""

from qgis.PyQt.QtWidgets import QMainWindow


class RecordingInterface:
    """Wraps pytest-qgis's iface; docks into a real ``QMainWindow`` and records menus."""

    def __init__(self, base_iface):
        self._base = base_iface
        self.window = QMainWindow()
        self.menus = {}
        self.toolbar_actions = []
        self.options_factories = []

    def __getattr__(self, name):
        return getattr(self._base, name)

    def mainWindow(self):
        return self.window

    def addDockWidget(self, area, dock):
        self.window.addDockWidget(area, dock)

    def removeDockWidget(self, dock):
        self.window.removeDockWidget(dock)

    def addPluginToMenu(self, name, action):
        self.menus.setdefault(name, []).append(action)

    def removePluginMenu(self, name, action):
        self.menus.get(name, []).remove(action)

    def addToolBarIcon(self, action):
        self.toolbar_actions.append(action)

    def removeToolBarIcon(self, action):
        self.toolbar_actions.remove(action)

    def registerOptionsWidgetFactory(self, factory):
        self.options_factories.append(factory)

    def unregisterOptionsWidgetFactory(self, factory):
        self.options_factories.remove(factory)

    def showOptionsDialog(self, parent=None, current_page=""):
        self.shown_options_page = current_page
