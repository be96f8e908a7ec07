"""The ``netload`` Processing provider. It lists its algorithms explicitly (as QuickOSM does)."""

from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon

from ..about import PLUGIN_DIR, PROVIDER_ID, plugin_version


def algorithm_classes():
    """Every algorithm class the provider offers, in toolbox order.

    Imported here, not at module level, so loading the provider module stays cheap.
    """
    from .algorithms.aggregate_gd import AggregateGdAlgorithm
    from .algorithms.classify_rooftops import ClassifyRooftops
    from .algorithms.download_aneel_gd import DownloadAneelGd
    from .algorithms.download_aneel_siga import DownloadAneelSiga
    from .algorithms.download_inpe_imagery import DownloadInpeImagery
    from .algorithms.download_irradiance import DownloadIrradiance
    from .algorithms.download_ons_load import DownloadOnsLoad
    from .algorithms.estimate_gd_generation import EstimateGdGenerationAlgorithm
    from .algorithms.find_undeclared_pv import FindUndeclaredPv
    from .algorithms.hidden_load import HiddenLoadAlgorithm
    from .algorithms.install_dependencies import InstallDependencies
    from .algorithms.run_pipeline import RunPipelineAlgorithm

    return [
        DownloadAneelGd, DownloadAneelSiga, DownloadOnsLoad, DownloadIrradiance, DownloadInpeImagery,
        AggregateGdAlgorithm, EstimateGdGenerationAlgorithm, HiddenLoadAlgorithm,
        ClassifyRooftops, FindUndeclaredPv,
        RunPipelineAlgorithm, InstallDependencies,
    ]


class NetLoadProvider(QgsProcessingProvider):
    """Provider ``netload``: data sources, the hidden-load model, rooftop PV and the pipeline."""

    def id(self) -> str:
        return PROVIDER_ID

    def name(self) -> str:
        return "NetLoad"

    def longName(self) -> str:
        return (
            QCoreApplication.translate("NetLoadProvider", "NetLoad — hidden load on Brazil's grid")
            + f" {plugin_version()}"
        )

    def icon(self) -> QIcon:
        return QIcon(str(PLUGIN_DIR / "icons" / "netload.svg"))

    def versionInfo(self) -> str:
        return plugin_version()

    def loadAlgorithms(self) -> None:
        for algorithm_class in algorithm_classes():
            self.addAlgorithm(algorithm_class())
