"""The small base class every NetLoad algorithm derives from.

It gives each algorithm its translated name and group, its help text and icon, and
``createInstance()``; subclasses only declare parameters and orchestrate ``core``/``geo``/``net``.
"""

from qgis.core import QgsProcessingAlgorithm, QgsProcessingException
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from qgis.PyQt.QtGui import QIcon

from ..about import PLUGIN_DIR
from ..core.errors import NetLoadError

GROUP_SOURCES = "sources"
GROUP_MODEL = "model"
GROUP_ROOFTOPS = "rooftops"
GROUP_WORKFLOW = "workflow"

_GROUP_NAMES = {
    GROUP_SOURCES: QT_TRANSLATE_NOOP("NetLoadAlgorithm", "Data sources"),
    GROUP_MODEL: QT_TRANSLATE_NOOP("NetLoadAlgorithm", "Hidden load model"),
    GROUP_ROOFTOPS: QT_TRANSLATE_NOOP("NetLoadAlgorithm", "Rooftop PV"),
    GROUP_WORKFLOW: QT_TRANSLATE_NOOP("NetLoadAlgorithm", "Workflow"),
}


class NetLoadAlgorithm(QgsProcessingAlgorithm):
    """Base class: subclasses set ``ALGORITHM_ID``, ``GROUP`` and implement the rest."""

    ALGORITHM_ID = ""
    GROUP = GROUP_SOURCES

    def tr(self, text: str) -> str:
        """Translate ``text`` in the context of the class whose code holds it.

        The extractor (scripts/update_translations.py, like pylupdate) files each ``self.tr`` string
        under the class that lexically contains it, so a string written in a shared base class lives
        in that base's context. Look it up along the MRO, concrete class first, down to
        NetLoadAlgorithm; ``translate`` returns the text unchanged when a context lacks it.
        """
        mro = type(self).__mro__
        for cls in mro[: mro.index(NetLoadAlgorithm) + 1]:
            translated = QCoreApplication.translate(cls.__name__, text)
            if translated != text:
                return translated
        return text

    def createInstance(self):  # noqa: N802 (QGIS API)
        return type(self)()

    def name(self) -> str:
        return self.ALGORITHM_ID

    def groupId(self) -> str:  # noqa: N802
        return self.GROUP

    def group(self) -> str:
        return QCoreApplication.translate("NetLoadAlgorithm", _GROUP_NAMES[self.GROUP])

    def icon(self) -> QIcon:
        return QIcon(str(PLUGIN_DIR / "icons" / "netload.svg"))

    def helpUrl(self) -> str:  # noqa: N802
        return "https://github.com/netload/netload-qgis#algorithms"

    @staticmethod
    def raise_for(error: NetLoadError) -> None:
        """Re-raise a NetLoad error as the exception Processing shows to the user."""
        raise QgsProcessingException(str(error)) from error
