"""``netload:install_dependencies``: put onnxruntime into the profile's dependency folder."""

from qgis.core import QgsProcessingOutputString

from ...core.optional_dependencies import ONNXRUNTIME_COMPANIONS, ONNXRUNTIME_PIN
from ...geo.dependencies import install_optional_dependencies
from ...geo.feedback import FeedbackProgress
from ..base import GROUP_ROOFTOPS, NetLoadAlgorithm


class InstallDependencies(NetLoadAlgorithm):
    ALGORITHM_ID = "install_dependencies"
    GROUP = GROUP_ROOFTOPS

    def displayName(self):  # noqa: N802
        return self.tr("Install optional dependencies (onnxruntime)")

    def shortHelpString(self):  # noqa: N802
        return self.tr(
            "Installs the Python packages the rooftop classifier needs ({} and {}) into the folder "
            "<QGIS profile>/python/netload_deps, with QGIS's own Python and pip (--target, --no-deps), so "
            "QGIS's numpy is never replaced. The plugin adds that folder to Python's path when it loads; "
            "the new packages work at once. Needs access to PyPI (through the system proxy). Run it again "
            "to repair or update.\n\nOUTPUT_FOLDER: the folder the packages went to."
        ).format(ONNXRUNTIME_PIN, ", ".join(ONNXRUNTIME_COMPANIONS))

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addOutput(QgsProcessingOutputString("OUTPUT_FOLDER", self.tr("Dependency folder")))

    def process(self, parameters, context, feedback):
        folder = install_optional_dependencies(FeedbackProgress(feedback))
        return {"OUTPUT_FOLDER": str(folder)}
