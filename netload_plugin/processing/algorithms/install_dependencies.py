"""``netload:install_dependencies``: put onnxruntime into the profile's dependency folder."""

from qgis.core import QgsProcessingOutputString

from ...geo.dependencies import install_optional_dependencies
from ...geo.feedback import FeedbackProgress
from ..base import GROUP_ROOFTOPS, NetLoadAlgorithm


class InstallDependencies(NetLoadAlgorithm):
    ALGORITHM_ID = "install_dependencies"
    GROUP = GROUP_ROOFTOPS

    def displayName(self):
        return self.tr("Install optional dependencies (onnxruntime)")

    def initAlgorithm(self, config=None):
        self.addOutput(QgsProcessingOutputString("OUTPUT_FOLDER", self.tr("Dependency folder")))

    def process(self, parameters, context, feedback):
        folder = install_optional_dependencies(FeedbackProgress(feedback))
        return {"OUTPUT_FOLDER": str(folder)}
